"""A recording played back as a live camera, in real time and looping."""

from __future__ import annotations

from pathlib import Path

from app.core.errors import CanthusError
from app.core.frame import Frame
from app.sources.base import Paced


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
        self._pace = Paced(self.fps)
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
