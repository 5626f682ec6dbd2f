"""One camera's life, without Qt: source → frame gate/engine → latest result, every decision, state events.

:class:`CameraLoop` owns the camera's state machine (``live``, ``offline``,
``reconnecting``, ``credentials_refused``, ``warming_up``, ``ffc``,
``frozen``, ``not_radiometric``, ``bad_frames``, ``bad_pixels``, the
engine's reference states and the guard's ``paused``/``bypassed``/
``suspended``). The source is read in a reader thread of its own that feeds
a one-slot queue, so a ``read()`` that hangs never freezes the state machine:
the loop times out on the queue, declares the camera ``offline`` after the
grace period, abandons the hung reader and opens the camera afresh through
its factory after the backoff (1, 2, 4, 8, 16, 30 s). Each state change is
emitted once, with the time and the reason, and logged once: retries are
not logged. The console's Qt worker (:mod:`app.ui.worker`) only adapts this.
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from app.core.config import EngineConfig
from app.core.engine import Engine, FrameResult
from app.sources.base import SourceError
from app.translations import QT_TRANSLATE_NOOP, SOURCE_LANGUAGE, arg, catalog, current_language, decimal_sign

log = logging.getLogger(__name__)

#: Reconnect backoff after a fault (seconds); the last one repeats.
BACKOFF_S = (1, 2, 4, 8, 16, 30)
#: How long a camera may send nothing before it is ``offline`` (per camera: ``grace_s``).
OFFLINE_GRACE_S = 3.0
#: Refused frames in a row before the camera shows ``bad_frames``, and good ones in a
#: row before it leaves it: a single garbage frame among good ones does not flap the tile.
BAD_FRAMES_RUN = 3
#: A reconnected camera must deliver this long before the backoff starts again at 1 s,
#: so one that dies right after each reconnect is not retried every second for ever.
STABLE_S = 10.0
#: A source that answers (``read`` returns None in time) but sends nothing is ``offline``
#: after the grace period and read on; after this long silent it is opened afresh.
#: One whose ``read`` does not return at all is opened afresh as soon as it is offline.
SILENT_REOPEN_S = 30.0
#: How many state changes and backoff waits a loop remembers (for the console and tests).
KEEP_EVENTS = 256
#: Warm-up lock-out for a real camera kind that does not say its own (``warmup_s``).
DEFAULT_WARMUP_S = 30 * 60.0

#: Every state the loop reports. None of them but ``live`` screens anyone.
STATES = (
    "starting", "live", "offline", "reconnecting", "credentials_refused", "misconfigured", "warming_up", "ffc", "frozen",
    "not_radiometric", "bad_frames", "bad_pixels", "no_reference", "reference_drift",
    "paused", "bypassed", "suspended",
)
#: States in which no frame arrives: the display shows the last frame, dimmed.
NO_FRAMES = frozenset({"starting", "offline", "reconnecting", "credentials_refused", "misconfigured"})
#: Frame flags (app.sources.base.FRAME_FLAGS) that mean "show it, never measure it".
_SHOW_ONLY = ("frozen", "not_radiometric")
# Why a state changed: said twice, in English (the store, the log) and in the console's language
# (a status line, the Cameras dialog). A driver's own message (a SourceError's) stays as it is, inside
# the translated sentence. Counted texts sit here with ``None, 1`` (app.translations.QT_TRANSLATE_NOOP).
REFUSED_SO_FAR = QT_TRANSLATE_NOOP("CameraLoop", "frames refused so far: %n (last: %1)", None, 1)
_SHOW_ONLY_WHY = {
    "frozen": QT_TRANSLATE_NOOP("CameraLoop", "the camera says its picture is frozen"),
    "not_radiometric": QT_TRANSLATE_NOOP("CameraLoop", "a visible stream: shown, never measured"),
}


def _value(v: object, lang: str, i: int) -> str:
    """A reason's value in the language's form: a float with its decimal sign (0.5 s, 0,5 s); a reason
    already said twice (:func:`say`'s pair) in the ``i``-th of its two forms."""
    if isinstance(v, tuple):
        return str(v[i])
    return f"{v:g}".replace(".", decimal_sign(lang)) if isinstance(v, float) else str(v)


def say(source: str, *values: object, n: int = -1) -> tuple[str, str]:
    """(English, the console's language) of a reason declared in context "CameraLoop", ``%1``... filled
    with ``values`` (``n``: the count of a plural text)."""
    lang = current_language()
    english = catalog(SOURCE_LANGUAGE).translate("CameraLoop", source, None, n)
    shown = catalog(lang).translate("CameraLoop", source, None, n)
    return (arg(english, *(_value(v, SOURCE_LANGUAGE, 0) for v in values)),
            arg(shown, *(_value(v, lang, 1) for v in values)))


@dataclass(frozen=True, slots=True)
class StateEvent:
    """One change of a camera's state: ``at`` is wall time (``time.time()``), ``reason`` says why
    in English words (the store and the log keep it), ``reason_shown`` the same in the console's
    language; ``seconds_left`` is the warm-up countdown when ``state`` is ``warming_up``."""

    camera: str
    state: str
    previous: str
    at: float
    reason: str = ""
    seconds_left: float | None = None
    reason_shown: str = ""

    @property
    def shown(self) -> str:
        """Why, for the screen: ``reason_shown``, or ``reason`` for an event made without it."""
        return self.reason_shown or self.reason


@dataclass(slots=True)
class _Reader:
    """A thread that opens the source (if need be) and reads it into a one-slot queue.

    Blocking on a full slot (rather than dropping) keeps every frame the
    camera gave for the engine; the source's own pacing drops frames when the
    engine is slow. Abandoned, it finishes its current ``read`` (which may
    never return) and closes the source if the loop owns it.
    """

    open_source: Callable[[], object] | None
    source: object | None
    poll_s: float
    owned: bool
    out: queue.Queue = field(default_factory=lambda: queue.Queue(maxsize=1))
    gone: threading.Event = field(default_factory=threading.Event)
    done: threading.Event = field(default_factory=threading.Event)
    thread: threading.Thread | None = None
    started_at: float = 0.0
    # time.monotonic() at the start and when a read last returned: a hung read stops
    # updating it. Real time, whatever clock the loop was given: a thread hangs in real time.
    alive_at: float = field(default_factory=time.monotonic)

    def start(self, name: str) -> None:
        self.thread = threading.Thread(target=self._run, name=f"camera-reader-{name}", daemon=True)
        self.thread.start()

    def _put(self, item: tuple) -> bool:
        while not self.gone.is_set():
            try:
                self.out.put(item, timeout=self.poll_s)
                return True
            except queue.Full:
                continue
        return False

    def _run(self) -> None:
        try:
            if self.source is None:
                self.source = self.open_source()  # type: ignore[misc]
                if not self._put(("opened", self.source)):
                    return
            while not self.gone.is_set():
                frame = self.source.read(timeout=self.poll_s)  # type: ignore[union-attr]
                self.alive_at = time.monotonic()
                if frame is not None and not self._put(("frame", frame)):
                    return
        except Exception as e:  # noqa: BLE001 - any driver fault is the camera's, never the loop's
            self._put(("error", e))
        finally:
            if self.owned and self.source is not None:
                try:
                    self.source.close()  # type: ignore[union-attr]
                except Exception as e:  # noqa: BLE001
                    log.warning("closing a camera source failed: %s", e)
            self.done.set()

    def get(self, timeout: float) -> tuple | None:
        try:
            return self.out.get(timeout=timeout)
        except queue.Empty:
            return None

    def abandon(self) -> None:
        self.gone.set()


class CameraLoop:
    """Runs one camera until :meth:`stop`: call :meth:`run` in a thread of its own (or :meth:`start`).

    ``open_source()`` (re)opens the camera; ``source`` is one already opened
    (used first). Given only ``source``, a reconnect reads that same source
    again once its reader has returned. Callbacks run on the loop's thread:
    ``on_event(StateEvent)``, ``on_decision(Decision)`` (every one) and
    ``on_frame_ready()`` (a new latest result, signalled once until taken).
    ``clock`` (monotonic seconds), ``wall`` (epoch seconds) and
    ``wait(seconds) -> stopped`` are injectable for tests.
    """

    def __init__(self, engine_config: EngineConfig, *, open_source: Callable[[], object] | None = None,
                 source=None, name: str | None = None, grace_s: float = OFFLINE_GRACE_S,
                 warmup_s: float | None = None, reopen_after_s: float = SILENT_REOPEN_S, on_event: Callable[[StateEvent], None] | None = None,
                 on_decision=None, on_frame_ready: Callable[[], None] | None = None,
                 clock: Callable[[], float] = time.monotonic, wall: Callable[[], float] = time.time,
                 wait: Callable[[float], bool] | None = None, poll_s: float = 0.1) -> None:
        if open_source is None and source is None:
            raise ValueError("a camera loop needs a source or a way to open one")
        if not grace_s > 0:
            raise ValueError(f"the offline grace period must be positive, not {grace_s!r}")
        self.name = name or getattr(source, "name", None) or "camera"
        self.engine = Engine(self.name, engine_config)
        self._open = open_source
        self._borrowed = source if open_source is None else None
        self._first = source
        self.grace_s = float(grace_s)
        self.reopen_after_s = max(float(reopen_after_s), self.grace_s)
        self._warmup_override = warmup_s
        self.on_event = on_event
        self.on_decision = on_decision
        self.on_frame_ready = on_frame_ready
        self._clock, self._wall = clock, wall
        self._stop = threading.Event()
        self._reset = threading.Event()
        self._wait = wait or self._stop.wait
        self._poll = min(poll_s, self.grace_s / 4)
        self._lock = threading.Lock()
        self._latest: FrameResult | None = None
        self._pending = False
        self._commands: list[tuple[str, object]] = []
        self._reader: _Reader | None = None
        self._thread: threading.Thread | None = None
        self.source = source  # the source being read now (None while reconnecting)
        self.screening_off: str | None = None  # "paused" / "bypassed" / "suspended", set by the guard's console
        self.state = "starting"
        self.reason = ""
        self.reason_shown = ""  # ``reason`` in the console's language
        # The last KEEP_EVENTS changes and backoffs, in order (the store keeps every change):
        # an unplugged camera retries every 30 s for weeks, and a guard PC runs for weeks.
        self.events: list[StateEvent] = []
        self.retry_delays: list[float] = []
        self.failures = 0
        self.frames = 0  # frames screened (or shown while screening is off)
        self.taken = 0  # frames the display took
        self.bad_frames = 0  # frames the gate refused, all told
        self.last_frame_at = 0.0  # clock() of the last frame
        self.fps = 0.0
        self._warm_until: float | None = None
        self._connected_at = 0.0
        self._bad_run = 0
        self._good_run = 0
        self._in_bad = False
        self._ema: float | None = None
        self._retry_due = False
        self._halted = False
        self._fps_from: float | None = None
        self._last_reader: _Reader | None = None

    # -- from other threads ----------------------------------------------------
    def start(self) -> threading.Thread:
        """Run the loop in a daemon thread of its own (headless use, tests)."""
        self._thread = threading.Thread(target=self.run, name=f"camera-{self.name}", daemon=True)
        self._thread.start()
        return self._thread

    def stop(self) -> None:
        self._stop.set()

    def join(self, timeout: float | None = None) -> None:
        if self._thread is not None:
            self._thread.join(timeout)

    def reset(self) -> None:
        """The site acted (set the right password, fixed the setup): try a halted camera again."""
        self._reset.set()

    @property
    def halted(self) -> bool:
        """Left alone after a fault that retrying cannot mend, until :meth:`reset`."""
        return self._halted

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

    @property
    def warmup_left_s(self) -> float | None:
        """Seconds of warm-up lock-out left, None when not warming up."""
        until = self._warm_until
        if until is None:
            return None
        return max(0.0, until - self._clock())

    def command(self, name: str, arg: object) -> None:
        """``rescreen`` (subject), ``config`` (EngineConfig) or ``model`` (OralModel), applied between frames."""
        with self._lock:
            self._commands.append((name, arg))

    # -- the loop's thread -----------------------------------------------------
    def run(self) -> None:
        try:
            while not self._stop.is_set():
                self.step()
        finally:
            self._shutdown()

    def step(self) -> None:
        """One turn: (re)connect if due, take what the reader has, check the grace period."""
        if self._reader is None and not self._connect():
            return
        reader = self._reader
        assert reader is not None
        item = reader.get(self._poll)
        now = self._clock()
        if item is not None:
            kind, value = item
            if kind == "opened":
                self.source = value
                self._opened(now)
            elif kind == "frame":
                self._frame(value, now)
            else:
                self._fault(value)
                return
        since = max(self.last_frame_at, reader.started_at)
        silent = now - since
        if silent > self.grace_s:
            hung = time.monotonic() - reader.alive_at > self.grace_s
            why = say(QT_TRANSLATE_NOOP("CameraLoop", "no frame for %1 s: read() does not return") if hung
                      else QT_TRANSLATE_NOOP("CameraLoop", "no frame for %1 s"), self.grace_s)
            if hung or silent >= self.reopen_after_s:
                self._fault(None, why)
            elif self.state not in NO_FRAMES:  # it answers, with nothing: read on, and say so once
                self.fps, self._ema, self._fps_from = 0.0, None, None
                self._set("offline", why)
        elif self._warm_until is not None and now >= self._warm_until:
            self._warm_until = None  # the next frame is screened

    def _connect(self) -> bool:
        """Start a reader when one is due; False when the loop must go round again first."""
        if self._halted:
            # Left alone until the site acts: Hikvision locks an account after repeated failures.
            if not self._reset.wait(self._poll):
                return False
            self._reset.clear()
            self._halted, self.failures, self._retry_due = False, 0, False
            self._set("reconnecting", say(QT_TRANSLATE_NOOP("CameraLoop", "the site asked for a new try")))
        if self._retry_due:
            delay = BACKOFF_S[min(self.failures, len(BACKOFF_S)) - 1]
            self.retry_delays.append(delay)
            del self.retry_delays[:-KEEP_EVENTS]
            if self._wait(delay) or self._stop.is_set():
                return False
            self._retry_due = False
            self._set("reconnecting", say(QT_TRANSLATE_NOOP("CameraLoop", "attempt %1, after %2 s"), self.failures,
                                          delay))
        if self._borrowed_reader_busy():
            self._stop.wait(self._poll)  # real time: an injected wait would spin here
            return False
        first, self._first = self._first, None
        borrowed = self._borrowed
        r = _Reader(self._open, first or borrowed, self._poll, owned=borrowed is None)
        r.started_at = self._clock()
        self._reader = r
        self._last_reader = r
        r.start(self.name)
        if first is not None or borrowed is not None:
            self.source = first or borrowed
            self._opened(r.started_at)
        return True

    def _borrowed_reader_busy(self) -> bool:
        """A borrowed source is read by one reader at a time: wait for a hung one to come back."""
        last = self._last_reader
        return self._borrowed is not None and last is not None and not last.done.is_set()

    def _opened(self, now: float) -> None:
        self._connected_at = now
        warm = self._warmup_override
        if warm is None:
            warm = float(getattr(self.source, "warmup_s", 0.0) or 0.0)
        self._warm_until = now + warm if warm > 0 else None

    def _frame(self, frame, now: float) -> None:
        self._apply_commands()
        warming = self._warm_until is not None and now < self._warm_until
        show_only = next((f for f in _SHOW_ONLY if f in getattr(frame, "flags", ())), None)
        off = self.screening_off
        if off:
            result = self.engine.idle(frame, off)
        elif warming:
            result = self.engine.idle(frame, "warming_up")
        elif show_only:
            result = self.engine.idle(frame, show_only)
        else:
            result = self.engine.process(frame)
        if self._fps_from is not None:
            dt = now - self._fps_from
            self._ema = dt if self._ema is None else 0.9 * self._ema + 0.1 * dt
            self.fps = 1.0 / self._ema if self._ema else 0.0
        self._fps_from = self.last_frame_at = now
        self.frames += 1
        if self.failures and now - self._connected_at >= STABLE_S:
            self.failures = 0
        self._state_from(result, off, warming, show_only)
        if self.on_decision is not None:
            for d in result.decisions:
                self._call(self.on_decision, d)
        with self._lock:
            self._latest = result
            notify = not self._pending
            self._pending = True
        if notify and self.on_frame_ready is not None:
            self._call(self.on_frame_ready)

    def _state_from(self, result: FrameResult, off: str | None, warming: bool, show_only: str | None) -> None:
        refused = result.camera_state == "bad_frame"
        if refused:
            self.bad_frames += 1
            self._bad_run, self._good_run = self._bad_run + 1, 0
        else:
            self._good_run, self._bad_run = self._good_run + 1, 0
        if self._bad_run >= BAD_FRAMES_RUN:
            self._in_bad = True
        elif self._good_run >= BAD_FRAMES_RUN:
            self._in_bad = False
        if off:
            self._set(off, say(QT_TRANSLATE_NOOP("CameraLoop", "set by the guard")))
        elif warming:
            left = self.warmup_left_s or 0.0
            self._set("warming_up", say(QT_TRANSLATE_NOOP("CameraLoop", "camera warming up: %1 min left"),
                                        round(left / 60)), seconds_left=left)
        elif show_only:
            self._set(show_only, say(_SHOW_ONLY_WHY[show_only]))
        elif self._in_bad or (refused and self.state in NO_FRAMES):
            # (a camera that starts, or comes back, sending garbage is not "live" meanwhile)
            self._set("bad_frames", say(REFUSED_SO_FAR, result.detail, n=self.bad_frames))
        elif refused:
            pass  # one refused frame among good ones: the state stands (the engine screened nobody on it)
        elif self.state == "bad_frames" and self._good_run < BAD_FRAMES_RUN:
            pass  # hysteresis: good frames in a row before leaving "bad frames"
        else:
            st = result.camera_state
            detail = result.detail if st == "bad_pixels" else ""  # the engine's words, as it wrote them
            self._set(st if st in STATES else "live", (detail, detail))

    def _fault(self, error: BaseException | None, why: tuple[str, str] = ("", "")) -> None:
        """The camera cannot deliver: abandon its reader, then retry with backoff (or wait for the site)."""
        if self._reader is not None:
            self._reader.abandon()
            self._reader = None
        self.fps, self._ema, self._fps_from = 0.0, None, None  # ``source`` stays: the last one read
        self._warm_until = None
        self._in_bad, self._bad_run, self._good_run = False, 0, 0
        if isinstance(error, SourceError):  # the driver's words, in both
            state, retry, why = error.state, error.retry, (str(error), str(error))
        elif error is not None:
            text = f"{type(error).__name__}: {error}"
            state, retry, why = "offline", True, (text, text)
        else:
            state, retry = "offline", True
        if not retry:
            self._halted = True
            # A source that says retrying cannot help: its own state if it names one (a refused
            # password, not radiometric...), else a setup problem (wrong channel, no .cti file,
            # a file played to its end) -- never shown as a password problem it is not.
            self._set(state if state not in ("offline", "reconnecting") else "misconfigured",
                      say(QT_TRANSLATE_NOOP("CameraLoop", "%1: not retried until the site acts"), why))
            return
        self.failures += 1
        self._retry_due = True
        if self.state != "reconnecting":
            self._set(state if state in STATES else "offline", why)
        else:
            self.reason, self.reason_shown = why  # still reconnecting: a retry is not a state change, nor a log line

    def _set(self, state: str, reason: tuple[str, str], seconds_left: float | None = None) -> None:
        """Change to ``state`` for ``reason`` (English, the console's language: :func:`say`)."""
        if state == self.state:
            return
        reason, shown = reason
        ev = StateEvent(self.name, state, self.state, self._wall(), reason, seconds_left, shown)
        self.state, self.reason, self.reason_shown = state, reason, shown
        self.events.append(ev)
        del self.events[:-KEEP_EVENTS]
        level = logging.INFO if state == "live" else logging.WARNING
        log.log(level, "%s: %s -> %s%s", self.name, ev.previous, state, f" ({reason})" if reason else "")
        if self.on_event is not None:
            self._call(self.on_event, ev)

    def _call(self, fn, *args) -> None:
        """A listener's fault is logged, never the end of the camera's thread."""
        try:
            fn(*args)
        except Exception:
            log.exception("%s: a listener of the camera loop failed", self.name)

    def _apply_commands(self) -> None:
        with self._lock:
            cmds, self._commands = self._commands, []
        for name, value in cmds:
            if name == "rescreen":
                self.engine.rescreen(int(value))  # type: ignore[arg-type]
            elif name == "config":
                self.engine.config = value  # type: ignore[assignment]
            elif name == "model":
                self.engine.model = value  # type: ignore[assignment]
                self.engine.config = self.engine.config  # recompute the skin threshold

    def _shutdown(self) -> None:
        """Stop reading; a reader that returns within a second closes its source."""
        reader = self._reader or self._last_reader
        self._reader = None
        if reader is not None:
            reader.abandon()
            reader.done.wait(max(1.0, 2 * self._poll))
            if self._borrowed is not None and reader.done.is_set():
                try:
                    self._borrowed.close()
                except Exception as e:  # noqa: BLE001
                    log.warning("%s: closing the source failed: %s", self.name, e)
