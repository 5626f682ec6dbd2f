"""Frame sources for the live console: simulated cameras and looping recordings.

A source is a blocking, paced iterator of :class:`~app.core.frame.Frame`
that a camera worker pulls from. ``read(timeout)`` returns the next frame
when it is due, or None if none came in time (the camera is silent); it never
blocks longer than ``timeout`` so a worker can always stop promptly.
"""

from __future__ import annotations

import threading
import time
from pathlib import Path
from typing import Protocol

from app.core.errors import CanthusError
from app.core.frame import Frame


class Source(Protocol):
    name: str
    fps: float

    def read(self, timeout: float) -> Frame | None: ...

    def close(self) -> None: ...


class _Paced:
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


class SimulatedSource:
    """A simulated entrance that never ends: a new crowd (next seed) after each one."""

    def __init__(self, config, *, realtime: bool = True) -> None:
        from app.sim import Simulator

        self._Simulator = Simulator
        self.config = config
        self.name = config.camera
        self.fps = config.fps
        self._pace = _Paced(config.fps) if realtime else None
        self._round = 0
        self._t0 = 0.0
        self._seq = 0
        self._start_round()
        self.stalled = threading.Event()  # set to make the camera go silent (tests, demos)

    def _start_round(self) -> None:
        from dataclasses import replace

        cfg = replace(self.config, seed=self.config.seed + 1000 * self._round,
                      warmup_s=self.config.warmup_s if self._round == 0 else 0.0)
        self._sim = self._Simulator(cfg)
        self._frames = self._sim.frames()
        self._round += 1

    def read(self, timeout: float) -> Frame | None:
        if self.stalled.is_set():
            time.sleep(timeout)
            return None
        if self._pace is not None and not self._pace.wait(timeout):
            return None
        item = next(self._frames, None)
        if item is None:
            self._t0 += self._sim.duration_s
            self._start_round()
            item = next(self._frames)
        celsius, flags, t = item
        self._seq += 1
        return Frame(self.name, self._seq, self._t0 + t, celsius.copy(), "sim", flags)

    def close(self) -> None:
        pass


class RecordingSource:
    """Plays a recording in real time, looping (for training and demos)."""

    def __init__(self, path: str | Path, *, name: str | None = None, loop: bool = True, fps: float | None = None) -> None:
        from app.core.recording import Recording

        self._rec = Recording(path)
        if len(self._rec) == 0:
            self._rec.close()
            raise CanthusError(f"{path}: the recording has no frames")
        self.name = name or self._rec.camera
        self.fps = fps or self._rec.fps or 9.0
        self.loop = loop
        self.reference = self._rec.reference
        self._pace = _Paced(self.fps)
        self._it = self._rec.frames()
        self._seq = 0
        self._offset_t = 0.0
        self._last_t = 0.0

    def read(self, timeout: float) -> Frame | None:
        if not self._pace.wait(timeout):
            return None
        frame = next(self._it, None)
        if frame is None:
            if not self.loop:
                return None
            self._offset_t = self._last_t + 1.0 / self.fps
            self._it = self._rec.frames()
            frame = next(self._it)
        self._seq += 1
        frame.seq = self._seq
        frame.t += self._offset_t
        frame.camera = self.name
        self._last_t = frame.t
        return frame

    def close(self) -> None:
        self._rec.close()
