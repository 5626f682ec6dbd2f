"""What every frame source is: a blocking, paced iterator of frames.

A source is a blocking, paced iterator of :class:`~app.core.frame.Frame`
that a camera worker pulls from. ``read(timeout)`` returns the next frame
when it is due, or None if none came in time (the camera is silent); it never
blocks longer than ``timeout`` so a worker can always stop promptly.
"""

from __future__ import annotations

import time
from typing import Protocol

from app.core.frame import Frame


class Source(Protocol):
    name: str
    fps: float

    def read(self, timeout: float) -> Frame | None: ...

    def close(self) -> None: ...


class Paced:
    """Releases one frame every 1/fps seconds of wall time (real-time playback)."""

    def __init__(self, fps: float) -> None:
        self.fps = fps
        self._next = time.monotonic()

    def wait(self, timeout: float) -> bool:
        delay = self._next - time.monotonic()
        if delay > timeout:
            time.sleep(max(0.0, timeout))
            return False
        if delay > 0:
            time.sleep(delay)
        # never try to catch up more than a frame: a slow consumer drops, not bursts
        self._next = max(self._next + 1.0 / self.fps, time.monotonic() - 1.0 / self.fps)
        return True


