"""One long-lived thread per camera: the Qt face of :class:`app.camera_loop.CameraLoop`.

The loop (Qt-free) reads the source, screens, keeps the latest result and
owns the camera's state machine; the worker runs it in a Python thread and
re-emits its callbacks as signals, queued to the GUI thread, so a worker
never touches a widget. (A plain Python thread, not a QThread: logging from
a QThread leaves a never-ending ``threading._DummyThread`` behind.) Display is
latest-frame-wins (the GUI takes the newest result when it is ready);
decisions and state changes are never dropped.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Signal

from app.camera_loop import BACKOFF_S, OFFLINE_GRACE_S, CameraLoop, StateEvent
from app.core.config import EngineConfig
from app.core.engine import FrameResult
from app.render.words import camera_state_word

__all__ = ["BACKOFF_S", "CameraWorker"]


class CameraWorker(QObject):
    """Runs one camera's loop until :meth:`stop`; ``open_source()`` re-opens the camera after a fault."""

    #: a new latest result is waiting (emitted once until taken)
    frame_ready = Signal(int)
    #: one decision, never dropped
    decision = Signal(int, object)
    #: a message for the guard/admin: a state change that is a problem and its reason, in the console's
    #: language (the store and the log keep the reason in English)
    problem = Signal(int, str)
    #: the camera's state changed: (index, StateEvent), once per change
    state_changed = Signal(int, object)

    def __init__(self, index: int, source, engine_config: EngineConfig, parent=None, *,
                 open_source=None, grace_s: float = OFFLINE_GRACE_S, name: str | None = None, **loop_args) -> None:
        super().__init__(parent)
        self.index = index
        self.loop = CameraLoop(
            engine_config, open_source=open_source, source=source, name=name or getattr(source, "name", None),
            grace_s=grace_s, on_event=self._on_event, on_decision=lambda d: self.decision.emit(self.index, d),
            on_frame_ready=lambda: self.frame_ready.emit(self.index), **loop_args,
        )
        self.engine = self.loop.engine
        self.setObjectName(f"camera-{index}")
        self._thread = threading.Thread(target=self.loop.run, name=f"camera-{index}", daemon=True)

    def _on_event(self, ev: StateEvent) -> None:
        self.state_changed.emit(self.index, ev)
        if ev.state in ("offline", "credentials_refused", "bad_frames", "not_radiometric"):
            # the state word is translated here, on the camera's thread (translate() is thread-safe)
            self.problem.emit(self.index, f"{ev.camera}: {camera_state_word(ev.state)}: {ev.shown}")

    # -- called from the GUI thread (the loop's own attributes, for the console and tests) --
    @property
    def source(self):
        return self.loop.source

    @property
    def state(self) -> str:
        return self.loop.state

    @property
    def screening_off(self) -> str | None:
        return self.loop.screening_off

    @screening_off.setter
    def screening_off(self, value: str | None) -> None:
        self.loop.screening_off = value

    @property
    def frames(self) -> int:
        return self.loop.frames

    @property
    def taken(self) -> int:
        return self.loop.taken

    @property
    def dropped(self) -> int:
        return self.loop.dropped

    @property
    def fps(self) -> float:
        return self.loop.fps

    @property
    def last_frame_at(self) -> float:
        return self.loop.last_frame_at

    def stop(self) -> None:
        self.loop.stop()

    def reset(self) -> None:
        self.loop.reset()

    def take_latest(self) -> FrameResult | None:
        return self.loop.take_latest()

    def rescreen(self, subject: int) -> None:
        self.loop.command("rescreen", subject)

    def set_engine_config(self, config: EngineConfig) -> None:
        self.loop.command("config", config)

    def set_model(self, model) -> None:
        self.loop.command("model", model)

    # -- the thread (QThread's names, which the console and tests use) ----------
    def start(self) -> None:
        self._thread.start()

    def isRunning(self) -> bool:  # as QThread
        return self._thread.is_alive()

    def wait(self, ms: int) -> bool:
        """Join the thread for at most ``ms`` milliseconds; True if it ended (or never started)."""
        if self._thread.ident is not None:
            self._thread.join(ms / 1000.0)
        return not self._thread.is_alive()
