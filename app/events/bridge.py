"""The station publishes: its events, turned into the publisher's calls (docs/events.md). No Qt.

:class:`EventBridge` subscribes to a :class:`~app.station.Station`'s events and
hands what headquarters needs to the :class:`~app.events.EventPublisher`:

- each camera's state on every change (a guard's bypass, pause or a console-wide
  suspension is the state: a bypassed camera is not screening, whatever its loop says);
- each alert raised (its ``uid`` is the alarm's id; the estimate only where the
  retention policy keeps values), and what closed it (the action, the secondary
  check's result or the reason's code, never typed words; the guard's name only
  where ``[events] guard_names`` allows it);
- every minute, per entrance, how many were screened, normal, elevated and asked
  to retry (by reason), counted from the decisions;
- the audit chain's head every :data:`~app.events.anchors.ANCHOR_EVERY_S`, at
  start and after each settings change.

Station callbacks run on the GUI thread, so they only copy the few values they
need and queue them: one thread of the bridge's own calls the publisher (whose
durable outbox writes to disk) and keeps the minute tallies, in the order the
events came. The audit head is read as a job of the station's store writer, so
it is read after the writes queued before it (a settings change's records) and
never from the GUI thread, which would wait on the store's lock behind an fsync.
"""

from __future__ import annotations

import logging
import math
import queue
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from app.core.errors import CanthusError
from app.core.vocabulary import FALSE_ALARM_CAUSES, OVERRIDE_REASONS, Verdict
from app.events.anchors import ANCHOR_EVERY_S, read_head

log = logging.getLogger("canthus.events")

#: The counts' period: one body per entrance per minute, the minute aligned on the wall clock.
MINUTE_S = 60.0
#: How often the bridge's thread looks at the clock (counts are due at most this late).
TICK_S = 1.0
#: The codes a closing press's reason is published as (anything else, typed words, is "other").
_REASON_CODES = {"allow": OVERRIDE_REASONS, "false_alarm": FALSE_ALARM_CAUSES}


@dataclass
class Tally:
    """One entrance's decisions in one minute."""

    screened: int = 0
    normal: int = 0
    elevated: int = 0
    retry: dict[str, int] = field(default_factory=dict)

    def add(self, verdict: str, reason: str) -> None:
        self.screened += 1
        if verdict == Verdict.NORMAL:
            self.normal += 1
        elif verdict == Verdict.ELEVATED:
            self.elevated += 1
        else:
            self.retry[reason] = self.retry.get(reason, 0) + 1


def camera_state(cam) -> tuple[str, str]:
    """``(state, detail)`` a camera publishes: a guard's switch wins over the loop's state."""
    if cam.screening_off:
        return str(cam.screening_off), f"screening {cam.screening_off} by a guard; camera {cam.state}"
    return str(cam.state), cam.reason or ""


def reason_published(action: str, reason: str) -> str | None:
    """A closing press's reason as its vocabulary code: typed words never leave the building."""
    words = _REASON_CODES.get(action)
    if words is None or not reason:
        return None
    code = reason.split(":", 1)[0].strip().lower()
    return code if code in words else "other"


def secondary_result(final_result: str | None) -> str | None:
    """The secondary check's outcome as a code: ``normal`` or ``fever_confirmed``."""
    return None if not final_result else final_result.strip().lower().replace(" ", "_")


class EventBridge:
    """Publishes one station's events; :meth:`start` after the station has its cameras, :meth:`stop` on exit.

    ``clock``: wall time (the minutes and the bodies' times); ``tick_s``: how often its thread
    looks whether counts or a head are due (tests call :meth:`tick` with a clock of theirs).
    """

    def __init__(self, station, site, store, publisher, *, clock: Callable[[], float] = time.time,
                 tick_s: float = TICK_S, head_every_s: float = ANCHOR_EVERY_S) -> None:
        self.station = station
        self.site = site
        self.store = store
        self.publisher = publisher
        self._clock = clock
        self.tick_s = float(tick_s)
        self.head_every_s = float(head_every_s)
        self._jobs: queue.SimpleQueue = queue.SimpleQueue()
        self._thread: threading.Thread | None = None
        self._stopping = False
        # on the bridge's thread only:
        self._tallies: dict[tuple[float, str], Tally] = {}  # (minute start, entrance) -> tally
        self._counted_until: float | None = None  # minutes before this were published
        self._states: dict[str, tuple[str, str]] = {}  # entrance -> (state, detail) last published
        self._head_due = 0.0  # at once at start
        self.errors = 0
        self._connected = False

    # -- life ------------------------------------------------------------------------
    def start(self) -> None:
        """Connect the station's events, start the publisher (its own thread) and the bridge's thread."""
        if self._thread is not None:
            return
        self.publisher.start()  # first: a CA file missing is said here, before anything is connected
        ev = self.station.events
        ev.decided.connect(self._on_decided)
        ev.alert_raised.connect(self._on_alert_raised)
        ev.alert_closed.connect(self._on_alert_closed)
        ev.camera_changed.connect(self._on_camera_changed)
        ev.screening_changed.connect(self._on_screening_changed)
        ev.settings_changed.connect(self._on_settings_changed)
        self._connected = True
        now = self._clock()
        self._counted_until = math.floor(now / MINUTE_S) * MINUTE_S
        for i in range(len(self.station.cameras)):  # what each camera is now, retained at headquarters
            self._on_camera_changed(i)
        self._thread = threading.Thread(target=self._run, name="canthus-events", daemon=True)
        self._thread.start()

    def stop(self, timeout_s: float = 5.0) -> None:
        """Publish the minute so far, say ``online = false`` and disconnect (waits at most about ``timeout_s``)."""
        if self._connected:
            ev = self.station.events
            for signal, cb in ((ev.decided, self._on_decided), (ev.alert_raised, self._on_alert_raised),
                               (ev.alert_closed, self._on_alert_closed), (ev.camera_changed, self._on_camera_changed),
                               (ev.screening_changed, self._on_screening_changed),
                               (ev.settings_changed, self._on_settings_changed)):
                signal.disconnect(cb)
            self._connected = False
        thread, self._thread = self._thread, None
        if thread is not None:
            self._jobs.put(("stop", None))
            thread.join(timeout_s)
        self.publisher.stop(timeout_s=min(3.0, timeout_s))
        try:
            self.publisher.outbox.close()
        except Exception as e:  # noqa: BLE001 - closing on exit: said, never raised at the guard
            log.error("events: closing the outbox: %s", e)

    def flush(self, timeout_s: float = 10.0) -> bool:
        """Wait until everything queued so far was handed to the publisher (tests); False on timeout."""
        if self._thread is None:
            return True
        done = threading.Event()
        self._jobs.put(("call", done.set))
        return done.wait(timeout_s)

    def tick(self) -> None:
        """Look at the clock now: publish the minutes that ended, the head when due (on the bridge's thread)."""
        self._jobs.put(("tick", None))

    @property
    def status(self) -> str:
        """The publisher's connection, in words (for a status line)."""
        return f"events: {self.publisher.status}"

    # -- the station's events (GUI thread): copy what is needed, queue it -------------------
    def _name(self, index: int) -> str | None:
        cams = self.station.cameras
        return cams[index].name if 0 <= index < len(cams) else None

    def _on_decided(self, index: int, d) -> None:
        name = self._name(index) or d.camera
        self._jobs.put(("decided", (self._clock(), name, str(d.verdict), str(d.reason))))

    def _on_camera_changed(self, index: int) -> None:
        cams = self.station.cameras
        if 0 <= index < len(cams):
            state, detail = camera_state(cams[index])
            self._jobs.put(("state", (cams[index].name, state, detail, self._clock())))

    def _on_screening_changed(self, index: int, _off) -> None:
        self._on_camera_changed(index)  # a console-wide suspension says only this, per camera

    def _on_alert_raised(self, alert) -> None:
        d = self.station.settings
        dec = alert.decision
        keeps_values = d.retention.mode != "none"
        self._jobs.put(("alarm", (alert.uid, alert.raised_wall, self._name(alert.camera_index) or alert.camera,
                                  dec.rule or d.rule, dec.limit_c if dec.limit_c is not None else d.limit_c,
                                  dec.estimate_c if keeps_values else None)))

    def _on_alert_closed(self, alert, _text: str) -> None:
        action = alert.outcome or ""
        who, reason = "", ""
        for act, person, detail in reversed(alert.actions):
            if act == action:
                who, reason = person, detail
                break
        result = secondary_result(alert.final_result) if action == "secondary_check" else \
            reason_published(action, reason)
        self._jobs.put(("resolution", (alert.uid, self._clock(), self._name(alert.camera_index) or alert.camera,
                                       action, result, who or None)))

    def _on_settings_changed(self, _settings, _keys) -> None:
        self._read_head()  # queued behind the change's own writes

    # -- the bridge's thread --------------------------------------------------------------
    def _run(self) -> None:
        while True:
            try:
                kind, arg = self._jobs.get(timeout=self.tick_s)
            except queue.Empty:
                kind, arg = "tick", None
            try:
                if kind == "stop":
                    self._publish_counts(self._clock(), partial=True)
                    return
                self._handle(kind, arg)
            except Exception as e:  # noqa: BLE001 - one bad event must not stop the ones after it
                self.errors += 1
                log.error("events: %s: %s", kind, e)

    def _handle(self, kind: str, arg) -> None:
        pub = self.publisher
        if kind == "decided":
            at, name, verdict, reason = arg
            minute = math.floor(at / MINUTE_S) * MINUTE_S
            if self._counted_until is not None and minute < self._counted_until:
                minute = self._counted_until  # its minute was published already: counted in the next
            self._tallies.setdefault((minute, name), Tally()).add(verdict, reason)
        elif kind == "state":
            name, state, detail, at = arg
            if self._states.get(name) != (state, detail):
                self._states[name] = (state, detail)
                pub.camera_state(name, state, detail, at)
        elif kind == "alarm":
            uid, at, name, rule, limit_c, estimate_c = arg
            pub.alarm(uid, at, name, rule, limit_c, estimate_c, message_id=f"{uid}-alarm")
        elif kind == "resolution":
            uid, at, name, action, result, guard = arg
            pub.resolution(uid, at, name, action, result, guard, message_id=f"{uid}-resolution")
        elif kind == "head":
            pub.audit_head(*arg)
        elif kind == "call":
            arg()
            return
        self._due(self._clock())

    def _due(self, now: float) -> None:
        self._publish_counts(now)
        if now >= self._head_due:
            self._head_due = now + self.head_every_s
            self._read_head()

    def _publish_counts(self, now: float, *, partial: bool = False) -> None:
        """Every entrance's body for each minute that ended (zeros included: headquarters sees the site
        is there); ``partial``: the minute under way too (at a stop)."""
        current = math.floor(now / MINUTE_S) * MINUTE_S
        if self._counted_until is None:
            self._counted_until = current
        ended = sorted({m for m, _ in self._tallies if m < current or partial})
        if self._counted_until < current:
            ended = sorted({*ended, current - MINUTE_S})  # the last minute, even with nobody in it
            self._counted_until = current
        # the cameras now (a copy: the GUI thread may add or remove one meanwhile), and any other
        # entrance that decided in those minutes (one removed since)
        cameras = [c.name for c in list(self.station.cameras)]
        for minute in ended:
            names = cameras + sorted({n for m, n in self._tallies if m == minute} - set(cameras))
            for name in names:
                t = self._tallies.pop((minute, name), None) or Tally()
                self.publisher.counts(name, minute, t.screened, t.normal, t.elevated, t.retry)

    def _read_head(self) -> None:
        """Read the store's head as a store-writer job; publish it from the bridge's thread."""
        if self.store is None:
            return
        writer = getattr(self.station, "writer", None)

        def job(store):
            return read_head(store)

        def done(f) -> None:
            if f.cancelled() or f.exception() is not None:
                self.errors += 1
                log.error("events: the audit head could not be read: %s", f.exception())
                return
            self._jobs.put(("head", f.result()))

        if writer is None:  # no writer: read it here, on the bridge's thread
            try:
                self._jobs.put(("head", read_head(self.store)))
            except CanthusError as e:
                self.errors += 1
                log.error("events: the audit head could not be read: %s", e)
            return
        try:
            writer.submit(job).add_done_callback(done)
        except CanthusError as e:  # the writer is closed: the console is stopping
            log.info("events: no audit head published: %s", e)


def connect_events(station, site, store, site_dir: str | Path | None = None, *,
                   clock: Callable[[], float] = time.time) -> EventBridge | None:
    """The started bridge of a console whose site file has an ``[events]`` table; None without one.

    CanthusError, one line, when it cannot start (no store for the outbox, a CA file missing...):
    the console screens all the same, and says it.
    """
    settings = getattr(site, "events", None)
    if settings is None:
        return None
    if store is None:
        raise CanthusError("events: publishing needs the event store (its outbox keeps undelivered alarms)")
    from app.events.outbox import Outbox
    from app.events.publisher import EventPublisher

    outbox = Outbox.for_store(store)
    try:
        publisher = EventPublisher(settings, site.name, outbox, base_dir=site_dir,
                                   entrances=[c.name for c in station.cameras])
        bridge = EventBridge(station, site, store, publisher, clock=clock)
        bridge.start()
    except BaseException:
        outbox.close()
        raise
    return bridge


__all__ = ["EventBridge", "Tally", "camera_state", "connect_events", "reason_published", "secondary_result"]
