"""What every frame source is: a blocking, paced iterator of frames.

A source is a blocking, paced iterator of :class:`~app.core.frame.Frame`
that a camera worker pulls from. ``read(timeout)`` returns the next frame
when it is due, or None if none came in time (the camera is silent); it never
blocks longer than ``timeout`` so a worker can always stop promptly.
"""

from __future__ import annotations

import threading
import time
from typing import Any, Protocol

from app.core.errors import CanthusError
from app.core.frame import Frame

#: Per-frame camera states a source may put in ``Frame.flags`` (none is a result):
#: "warming_up", "ffc" (flat-field correction: frozen or stale), "frozen" (the camera
#: says the picture is frozen), "not_radiometric" (a visible stream: shown, never measured).
FRAME_FLAGS = frozenset({"warming_up", "ffc", "frozen", "not_radiometric"})


#: A real camera (re)started is not thermally stable for about 30 minutes (IEC 80601-2-59
#: asks for a warm-up; DOMAIN.md): nobody is screened meanwhile. Simulators and files: 0.
REAL_CAMERA_WARMUP_S = 30 * 60.0
MAX_WARMUP_S = 24 * 3600.0


class SourceError(CanthusError):
    """A source that cannot deliver now.

    ``state`` is what the camera's tile shows ("offline", "credentials_refused",
    ...); ``retry`` says whether reconnecting with backoff can help. A camera
    that refused the password is not retried: Hikvision locks the account for
    30 minutes after repeated failures, so the site must act first.
    """

    def __init__(self, message: str, *, state: str = "offline", retry: bool = True) -> None:
        super().__init__(message)
        self.state = state
        self.retry = retry


class Source(Protocol):
    """``read`` returns a frame, None when none came within ``timeout``, or raises
    :class:`SourceError` (or OSError); ``close`` releases the device or file."""

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




class CaptureReader(threading.Thread):
    """Owns an OpenCV-style capture: opens it, reads it continuously, keeps the latest frame.

    OpenCV captures are not thread-safe, so only this thread touches one. A read
    that hangs keeps only this thread waiting; the capture is released here when
    that read returns, and *before* a failed open is signalled, so a caller that
    gives up and exits the process never races a release in OpenCV's C++ (that
    aborted with "terminate called without an active exception").

    A kind says how to open (:meth:`open_capture`), what a failed open means
    (:meth:`open_failed`), what to set once open (:meth:`configure`), what to
    keep of each image (:meth:`keep`) and how to word text (:meth:`masked`).
    """

    #: what :meth:`run` says when a read fails after the capture opened
    stopped = "the camera stopped sending frames"

    def __init__(self, kind: str, label: str) -> None:
        super().__init__(name=f"{kind}-reader {label}", daemon=True)
        self.label = label
        self.cond = threading.Condition()
        self.opened = threading.Event()  # set once open succeeded or failed
        self.stopping = threading.Event()
        self.error: SourceError | None = None
        self.latest: tuple[int, float, Any] | None = None  # (count, monotonic time, image)
        self.open_ok = False  # the capture opened (later errors are read errors, raised by read())

    # -- what a kind says -------------------------------------------------------
    def open_capture(self) -> Any:
        raise NotImplementedError

    def open_failed(self) -> None:
        self._fail(f"{self.label}: the camera cannot be opened")

    def configure(self, cap: Any) -> None:
        """Settings to make, and facts to read, once the capture is open."""

    def keep(self, img: Any) -> Any:
        return img

    def masked(self, text: str) -> str:
        return text

    # -- the thread --------------------------------------------------------------
    def _fail(self, message: str, *, state: str = "offline", retry: bool = True) -> None:
        with self.cond:
            if self.error is None:
                self.error = SourceError(self.masked(message), state=state, retry=retry)
            self.cond.notify_all()

    def run(self) -> None:
        cap = None
        try:
            cap = self.open_capture()
            if not cap.isOpened():
                self.open_failed()
                return
            self.configure(cap)
            self.open_ok = True
            self.opened.set()
            count = 0
            while not self.stopping.is_set():
                ok, img = cap.read()
                if self.stopping.is_set():
                    break
                if not ok or img is None:
                    self._fail(f"{self.label}: {self.stopped}")
                    return
                count += 1
                frame = self.keep(img)
                with self.cond:
                    self.latest = (count, time.monotonic(), frame)
                    self.cond.notify_all()
        except Exception as exc:  # cv2.error, OSError... from a driver: the camera is unusable now
            self._fail(f"{self.label}: {type(exc).__name__}: {exc}")
        finally:
            if cap is not None:
                try:
                    cap.release()
                except Exception:  # releasing a vanished device can fail; nothing is left to free
                    pass
            self.opened.set()  # after the release: see the class docstring


def newer_than(reader, taken: int, timeout: float):
    """``(count, time, image)`` of a reader thread's latest frame once it is newer than frame
    ``taken``, or None after ``timeout``; raises the reader's error.

    For sources whose device is read by a thread of its own that keeps only the latest
    frame (``reader.cond``, ``reader.latest``, ``reader.error``): UVC and RTSP cameras.
    """
    deadline = time.monotonic() + max(0.0, timeout)
    with reader.cond:
        while reader.latest is None or reader.latest[0] == taken:
            if reader.error is not None:
                raise reader.error
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return None
            reader.cond.wait(remaining)
        return reader.latest
