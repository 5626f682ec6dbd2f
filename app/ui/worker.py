"""One long-lived thread per camera: source → engine → (latest frame, every decision).

Display is latest-frame-wins: the worker keeps only the newest result and
the GUI takes it when it is ready (older ones are counted as dropped).
Decisions are never dropped: each goes to the GUI thread as its own queued
signal. A worker never touches a widget.
"""

from __future__ import annotations

import logging
import threading
import time

from PySide6.QtCore import QThread, Signal

from app.core.config import EngineConfig
from app.core.engine import Engine, FrameResult
from app.core.errors import CanthusError

log = logging.getLogger(__name__)

#: Reconnect backoff after a source failure (seconds), capped.
BACKOFF_S = (1, 2, 4, 8, 16, 30)


class CameraWorker(QThread):
    """Runs one camera's source and engine until :meth:`stop`."""

    #: a new latest result is waiting (emitted once until taken)
    frame_ready = Signal(int)
    #: one decision, never dropped
    decision = Signal(int, object)
    #: a message for the guard/admin (source failed, reconnecting...)
    problem = Signal(int, str)

    def __init__(self, index: int, source, engine_config: EngineConfig, parent=None) -> None:
        super().__init__(parent)
        self.index = index
        self.source = source
        self.engine = Engine(source.name, engine_config)
        self._stop = threading.Event()
        self._lock = threading.Lock()
        self._latest: FrameResult | None = None
        self._pending = False
        self._commands: list[tuple[str, object]] = []
        self.screening_off: str | None = None  # "paused" / "bypassed" / "suspended": frames shown, no screening
        self.frames = 0  # frames screened
        self.taken = 0  # frames the display took
        self.last_frame_at = 0.0  # time.monotonic() of the last frame
        self.fps = 0.0
        self.setObjectName(f"camera-{index}")

    # -- called from the GUI thread ------------------------------------------
    def stop(self) -> None:
        self._stop.set()

    def take_latest(self) -> FrameResult | None:
        with self._lock:
            res, self._latest, self._pending = self._latest, None, False
        if res is not None:
            self.taken += 1
        return res

    @property
    def dropped(self) -> int:
        """Frames screened but never displayed (a newer one replaced them)."""
        with self._lock:
            waiting = 1 if self._latest is not None else 0
        return max(0, self.frames - self.taken - waiting)

    def rescreen(self, subject: int) -> None:
        self._command("rescreen", subject)

    def set_engine_config(self, config: EngineConfig) -> None:
        self._command("config", config)

    def set_model(self, model) -> None:
        self._command("model", model)

    def _command(self, name: str, arg: object) -> None:
        with self._lock:
            self._commands.append((name, arg))

    # -- the thread ----------------------------------------------------------
    def run(self) -> None:  # noqa: D401 - Qt API
        failures = 0
        ema = None
        while not self._stop.is_set():
            try:
                frame = self.source.read(timeout=0.1)
            except (CanthusError, OSError) as e:
                delay = BACKOFF_S[min(failures, len(BACKOFF_S) - 1)]
                if failures < len(BACKOFF_S):  # don't flood the log once at the cap
                    self.problem.emit(self.index, f"{self.source.name}: {e}; retrying in {delay} s")
                failures += 1
                self._stop.wait(delay)
                continue
            if frame is None:
                continue
            failures = 0
            self._apply_commands()
            off = self.screening_off
            result = self.engine.idle(frame, off) if off else self.engine.process(frame)
            now = time.monotonic()
            if self.last_frame_at:
                dt = now - self.last_frame_at
                ema = dt if ema is None else 0.9 * ema + 0.1 * dt
                self.fps = 1.0 / ema if ema else 0.0
            self.last_frame_at = now
            self.frames += 1
            for d in result.decisions:
                self.decision.emit(self.index, d)
            with self._lock:
                self._latest = result
                notify = not self._pending
                self._pending = True
            if notify:
                self.frame_ready.emit(self.index)
        self.source.close()

    def _apply_commands(self) -> None:
        with self._lock:
            cmds, self._commands = self._commands, []
        for name, arg in cmds:
            if name == "rescreen":
                self.engine.rescreen(int(arg))  # type: ignore[arg-type]
            elif name == "config":
                self.engine.config = arg  # type: ignore[assignment]
            elif name == "model":
                self.engine.model = arg  # type: ignore[assignment]
                self.engine.config = self.engine.config  # recompute the skin threshold
