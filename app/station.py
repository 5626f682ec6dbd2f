"""The screening station as a plain-Python model: what the console shows, without Qt.

Imitates napari's ``ViewerModel``: the :class:`Station` owns the screening
settings (limit, rule, adopted oral model, retention) as one typed value that is
persisted and re-applied at start, the alert book, the signed-on guard,
suspension, bypasses and mute, each camera's status, and every write to the
event store. It emits events (:class:`Signal`: ``station.events.alert_raised
.connect(callback)``) that the window subscribes to; the window forwards what the
camera loops deliver (decisions, state changes, the frames it draws) and the
guard's presses, and only draws what the station says.

Everything here runs on the caller's thread (the GUI thread in the console) and
returns at once: store writes go to a :class:`StoreWriter` (one writer thread, in
order, retried, flushed on close). Writes that need an id from an earlier write
(a decision row, then its alert) are one job. Problems the writer meets on its
thread are queued and emitted from :meth:`Station.tick`, on the caller's thread.

:func:`tile_view` is the pure function that turns an engine result and a camera's
status into what its tile shows.
"""

from __future__ import annotations

import time
from collections import deque
from concurrent.futures import Future
from dataclasses import dataclass, replace
from typing import Any, Callable

from app.alarms import ActionRefused, Alert, AlertBook
from app.camera_loop import NO_FRAMES, StateEvent
from app.core.engine import Decision, FrameResult
from app.core.errors import CanthusError, describe_validation_error
from app.core.oral import SHIPPED_MODEL, Model, OralModel
from app.core.vocabulary import (
    FALSE_ALARM_CAUSES,
    OVERRIDE_REASONS,
    CameraState,
    Verdict,
)
from app.door import DoorController, SimulatedDoor
from app.render.base import PersonMark, TileView
from app.store.pin import check_supervisor, duration_text
from app.store.settings import ScreeningSettings
from app.texts import (
    alarm_level_text,
    camera_state_text,
    decision_text,
    rule_text,
    source_word,
    track_text,
    words,
)
from app.translations import QT_TRANSLATE_NOOP, arg, current_language, number

#: the station's counted words (declared with a literal count for lupdate, translated with the real one)
QUIT_TEXT = QT_TRANSLATE_NOOP("Station", "%n alarms are open: they stay open in the record and come back when the "
                              "console starts again", None, 1)
BACK_IN_LIST = QT_TRANSLATE_NOOP("Station", "%n open alarms from the last session back in the list", None, 1)
CLOSED_AS_CONSOLE_CLOSED = QT_TRANSLATE_NOOP("Station", "%n closed as console closed (%1)", None, 1)

#: decisions the station keeps for inspection (newest, without head crops); every one goes to the store
DECISIONS_KEPT = 1000
#: a reference (blackbody) that stays as it was is still logged this often: the "scheduled" check
REFERENCE_RECHECK_S = 3600.0
#: reference states of a camera, as the engine reports them
_REFERENCE_FAILED = frozenset({CameraState.NO_REFERENCE, CameraState.REFERENCE_DRIFT})


class Signal:
    """A list of callbacks called in order with the emitted arguments (napari's EventEmitter, small)."""

    def __init__(self, name: str) -> None:
        self.name = name
        self._callbacks: list[Callable[..., Any]] = []

    def connect(self, callback: Callable[..., Any]) -> Callable[..., Any]:
        if callback not in self._callbacks:
            self._callbacks.append(callback)
        return callback

    def disconnect(self, callback: Callable[..., Any]) -> None:
        if callback in self._callbacks:
            self._callbacks.remove(callback)

    def emit(self, *args: Any) -> None:
        for cb in list(self._callbacks):
            cb(*args)


class StationEvents:
    """The station's events and what each passes to its callbacks."""

    def __init__(self) -> None:
        #: (index, decision): every decision a camera made (results and non-results), as it came
        self.decided = Signal("decided")
        #: (alert): an elevated decision raised it
        self.alert_raised = Signal("alert_raised")
        #: (alert, text): silenced, escalated, or a press was refused (text says why)
        self.alert_changed = Signal("alert_changed")
        #: (alert, text): a guard's action closed it
        self.alert_closed = Signal("alert_closed")
        #: (settings: ScreeningSettings, changed keys: list[str])
        self.settings_changed = Signal("settings_changed")
        #: (index): a camera's state, last result or screening switch changed
        self.camera_changed = Signal("camera_changed")
        #: (index, off: str | None): a guard bypassed, paused or resumed a camera, or suspended all
        self.screening_changed = Signal("screening_changed")
        #: (name): a guard signed on ("" nobody)
        self.guard_changed = Signal("guard_changed")
        #: (suspended: bool)
        self.suspended_changed = Signal("suspended_changed")
        #: (muted: bool)
        self.muted_changed = Signal("muted_changed")
        #: (text): something the guard must read (a refused press, a store that fails, a change made)
        self.problem = Signal("problem")
        #: (text): the store recovered; the status line may clear its problem
        self.recovered = Signal("recovered")


@dataclass
class CameraStatus:
    """What the station knows of one camera between frames (the window owns its worker)."""

    name: str
    state: str = CameraState.STARTING  # the camera loop's state (app.camera_loop.STATES)
    reason: str = ""
    seconds_left: float | None = None  # warm-up countdown
    last_event: StateEvent | None = None
    last_result: tuple[str, str] = ("", "")  # (text, role) of the last decision
    last_subject: int | None = None
    screening_off: str | None = None  # "bypassed", "paused", "suspended" or None
    #: the blackbody's set point from the site file (None: none configured, or found by search)
    reference_set_c: float | None = None
    reference_ok: bool | None = None  # the last reference check logged (None: none yet)
    reference_logged_at: float = 0.0  # monotonic
    #: the site file's source kind (``site.camera[i].source.kind``: "sim", "recording", "file",
    #: "uvc"...): a live tile fed by a recording says "Replay", by the simulator "Simulated"
    source_kind: str = ""


@dataclass(frozen=True, slots=True)
class PinCheck:
    """The outcome of one supervisor-PIN check: ``ok`` and, when not, what the guard reads."""

    ok: bool
    message: str = ""


class InlineWriter:
    """Runs each store job at once on the caller's thread: for tests and short-lived tools.

    The same ``submit``/``flush``/``close`` as :class:`app.store.writer.StoreWriter`;
    a failing job's Future holds its error (the station says it). No retries.
    """

    def __init__(self, store, on_problem: Callable[[str], None] | None = None,
                 on_recovered: Callable[[], None] | None = None) -> None:
        self.store = store
        self.on_problem = on_problem
        self.on_recovered = on_recovered

    def submit(self, fn: Callable[[Any], Any]) -> Future:
        f: Future = Future()
        try:
            f.set_result(fn(self.store))
        except Exception as e:  # noqa: BLE001 - kept in the Future, said by whoever submitted it
            f.set_exception(e)
        return f

    def flush(self, timeout: float | None = None) -> bool:
        return True

    def close(self, timeout: float | None = None) -> None:
        pass


def _threaded_writer(store, on_problem, on_recovered):
    from app.store.writer import StoreWriter

    return StoreWriter(store, on_problem=on_problem, on_recovered=on_recovered)


def site_settings(site, retention=None) -> ScreeningSettings:
    """The settings the site file gives (its first camera's limit and rule, the shipped model)."""
    eng = site.camera[0].engine if site.camera else None
    values: dict = {}
    if eng is not None:
        values.update(limit_c=eng.limit_c, rule=eng.rule)
    if retention is not None:
        values["retention"] = retention
    return ScreeningSettings(**values)


def reason_code(answer: str | None, words: dict[str, str]) -> str | None:
    """A guard's choice as the code the store records: the words shown, a code (with a note after
    a colon), or free text (recorded as ``other: text``); None when nothing was given."""
    if answer is None:
        return None
    text = answer.strip()
    if not text:
        return ""
    by_words = {w.lower(): c for c, w in words.items()}
    if text.lower() in by_words:
        return by_words[text.lower()]
    head = text.split(":", 1)[0].strip().lower()
    if head in words:
        return text
    return f"other: {text}" if "other" in words else text


class Station:
    """One console's screening state and its store writes (no Qt, no threads of its own but the writer).

    ``site_defaults``: the settings the site file gives; the store's saved settings, when
    there are any, replace them at start (said in :attr:`start_note`). ``writer``: a
    :class:`StoreWriter` factory ``(store, on_problem, on_recovered) -> writer``; by
    default the threaded one when there is a store.
    """

    def __init__(self, site_defaults: ScreeningSettings, *, store=None, door: DoorController | None = None,
                 escalate_after_s: float = 30.0, clock: Callable[[], float] = time.monotonic,
                 writer: Callable[..., Any] | None = None) -> None:
        self.events = StationEvents()
        self.store = store
        self.door = door or SimulatedDoor()
        self.clock = clock
        self.book = AlertBook(door=self.door, escalate_after_s=escalate_after_s, clock=clock,
                              on_record=self._record_alert_action)
        self.cameras: list[CameraStatus] = []
        self.guard = ""
        self.suspended = False
        self.muted = False
        self.decisions: deque[Decision] = deque(maxlen=DECISIONS_KEPT)
        self.decision_count = 0
        self.problems: deque[str] = deque(maxlen=100)
        self._pending: deque[tuple[str, str]] = deque()  # from the writer's thread: ("problem"|"recovered", text)
        self._closed = False
        #: what the start found open from the last session, in words ("" nothing): see restore_open_alerts
        self.restore_note = ""
        self._left_open: list[dict] | None = None  # the store's open alerts at start, until restored
        self.site_settings = site_defaults
        saved = None
        if store is not None:
            saved = store.screening_settings()
            # retention lives in the store since before settings were saved as one value
            if saved is None:
                self.site_settings = site_defaults.model_copy(update={"retention": store.retention})
        self.settings: ScreeningSettings = saved or self.site_settings
        self._model: Model | None = None
        self.start_note = self._differs_note(saved)
        if store is not None:
            # read now, before this session raises any: whatever is open was left by an earlier one
            self._left_open = store.open_alerts()
        if store is None:
            self.writer = None
        else:
            make = writer or _threaded_writer
            self.writer = make(store, self._writer_problem, self._writer_recovered)

    # -- settings ---------------------------------------------------------------
    def _differs_note(self, saved: ScreeningSettings | None) -> str:
        if saved is None:
            return ""
        site = self.site_settings
        parts = []
        if saved.limit_c != site.limit_c:
            parts.append(arg(words().translate("Station", "limit %1 °C (site file: %2)"),
                             number(saved.limit_c, 1, current_language()), number(site.limit_c, 1, current_language())))
        if saved.rule != site.rule:
            parts.append(arg(words().translate("Station", "rule %1 (site file: %2)"), rule_text(saved.rule),
                             rule_text(site.rule)))
        if saved.oral_model is not None:
            offset = float(saved.oral_model.get("offset_c", 0.0))
            parts.append(arg(words().translate("Station", "adopted model, offset %1 °C"),
                             ("+" if offset >= 0 else "") + number(offset, 2, current_language())))
        return arg(words().translate("Station", "Saved settings in use: %1"), "; ".join(parts)) if parts else ""

    @property
    def model(self) -> Model | None:
        """The adopted oral-equivalent model (None: each camera's shipped one)."""
        if self._model is None or self._model.to_dict() != self.settings.oral_model:
            self._model = self.settings.model()
        return self._model

    def engine_config(self, config):
        """A camera's engine settings with the station's limit and rule (a validated copy)."""
        return type(config)(**{**config.model_dump(), "limit_c": self.settings.limit_c, "rule": self.settings.rule})

    def change_settings(self, who: str, why: str, **changes) -> ScreeningSettings:
        """Change limit_c, rule, retention or oral_model (the caller checked the supervisor PIN).

        Validated here (a wrong value raises CanthusError naming it, nothing changes);
        saved, audited once per changed key and re-applied at the next start by the store.
        """
        who = (who or "").strip()
        if not who:
            raise CanthusError("a settings change is recorded with the supervisor's name: give one")
        unknown = sorted(set(changes) - {"limit_c", "rule", "retention", "oral_model"})
        if unknown:
            raise CanthusError(f"{', '.join(unknown)} is not a setting the station changes")
        if self.store is None:
            raise CanthusError("no event store: settings changes are audited, so none can be made here")
        from pydantic import ValidationError

        try:
            new = ScreeningSettings(**{**self.settings.model_dump(), **changes})
        except ValidationError as e:
            raise CanthusError(describe_validation_error(e)) from None
        keys = new.changed_keys(self.settings)
        if not keys:
            return self.settings
        why = (why or "").strip() or f"changed in the console by {who}"
        self.settings = new
        site = self.site_settings  # a first save audits its old values as the site file's
        self._write(lambda s: s.save_screening_settings(new, who, why, in_force=site))
        self.events.settings_changed.emit(new, keys)
        return new

    def adopt_model(self, model: OralModel, who: str, why: str = "re-calibrated from secondary checks") -> None:
        """Every camera screens with ``model`` from now on, and after a restart (audited)."""
        self._model = model  # this very object: the cameras are given it
        self.change_settings(who, why, oral_model=model.to_dict())

    # -- the supervisor PIN ------------------------------------------------------
    def pin_check(self, pin: str | None, where: str, *, who: str | None = None, what: str = "the setting") -> PinCheck:
        """The store's one PIN check (:func:`app.store.pin.check_supervisor`: lock-out, wrong PINs
        audited with ``who`` and ``where``), as ok and, when not, a line naming ``what`` stays unchanged."""
        res = check_supervisor(self.store, pin, who=who or self.guard or None, where=where)
        return PinCheck(True) if res.ok else PinCheck(False, arg(words().translate("Station", "%1 — nothing changed (%2)"),
                                                                 res.sentence, what))

    def pin_refusal(self) -> str:
        """Why no PIN can be checked now, said before anyone types one ("" when one can)."""
        if self.store is None:
            return words().translate("Station", "No event store: supervisor changes are audited, so none can be made here")
        if not self.store.has_supervisor_pin():
            return check_supervisor(self.store, None).sentence  # how one is set
        locked = self.store.pin_status()["locked_for_s"]
        if locked > 0:
            return arg(words().translate("Station", "Too many wrong supervisor PINs: changes are locked for another %1"),
                       duration_text(locked))
        return ""

    # -- cameras ----------------------------------------------------------------
    def add_camera(self, name: str, *, reference_set_c: float | None = None, index: int | None = None,
                   source_kind: str = "") -> int:
        """A camera joins (at the end, or in place of camera ``index``); returns its index.
        ``source_kind``: the site file's ``source.kind`` (what the tile's state word says)."""
        status = CameraStatus(name=name, reference_set_c=reference_set_c, source_kind=source_kind,
                              screening_off=CameraState.SUSPENDED.value if self.suspended else None)
        if index is None:
            self.cameras.append(status)
            return len(self.cameras) - 1
        self.cameras[index] = status
        return index

    def stop_camera(self, index: int, why: str) -> None:
        """Camera ``index`` stops being watched (removed, replaced, console closed): the report
        leaves that time out."""
        self._store_state(self.cameras[index].name, CameraState.STOPPED, why, time.time())

    def remove_camera(self, index: int) -> None:
        """Camera ``index`` leaves; later cameras move down one. Refused while an alert is open
        (alerts name their entrance by position)."""
        if self.book.open_alerts():
            raise CanthusError("answer the open alerts first: a camera cannot be removed while one is open")
        del self.cameras[index]

    def on_camera_state(self, index: int, ev: StateEvent) -> None:
        """A camera's state changed (once per change): kept, stored, and a reference state checked."""
        cam = self.cameras[index]
        cam.state, cam.reason, cam.seconds_left, cam.last_event = ev.state, ev.reason, ev.seconds_left, ev
        self._store_state(cam.name, ev.state, ev.reason, ev.at)
        if ev.state in _REFERENCE_FAILED:
            self._reference_check(index, None, None, ok=False, detail=ev.reason or ev.state)
        self.events.camera_changed.emit(index)

    def on_frame_result(self, index: int, result: FrameResult) -> None:
        """A result the window is about to draw: a reference that was read is logged when its
        state changes and once every REFERENCE_RECHECK_S (not every frame)."""
        cam = self.cameras[index]
        if result.camera_state not in _REFERENCE_FAILED and (
                result.camera_state != CameraState.LIVE or result.reference_c is None):
            return  # no reference in view, or not judged on this frame (warming up, paused...)
        ok = result.camera_state not in _REFERENCE_FAILED and result.reference_offset_c is not None
        due = self.clock() - cam.reference_logged_at >= REFERENCE_RECHECK_S
        if ok != cam.reference_ok or due:
            detail = "" if ok else (result.detail or result.camera_state)
            self._reference_check(index, result.reference_c, result.reference_offset_c, ok=ok, detail=detail)

    def _reference_check(self, index: int, reading_c, offset_c, *, ok: bool, detail: str) -> None:
        cam = self.cameras[index]
        recent = self.clock() - cam.reference_logged_at < REFERENCE_RECHECK_S
        if cam.reference_ok is ok and reading_c is None and recent:
            return  # a failure already logged, said again by a state event
        set_c = reading_c + offset_c if reading_c is not None and offset_c is not None else cam.reference_set_c
        cam.reference_ok, cam.reference_logged_at = ok, self.clock()
        name = cam.name
        self._write(lambda s: s.record_reference_check(name, set_c, reading_c, ok, detail=(detail or None)
                                                       and detail[:200]))

    def _store_state(self, camera: str, state: str, reason: str, at: float) -> None:
        reason = (reason or "")[:200] or None
        self._write(lambda s: s.record_camera_state(camera, str(state), reason, at=at))

    # -- decisions and alerts ----------------------------------------------------
    def on_decision(self, index: int, d: Decision) -> Alert | None:
        """One decision from camera ``index``: counted, kept (without its crop), stored as the
        retention policy allows; an elevated one raises an alert at once (returned)."""
        self.decisions.append(replace(d, snapshot=None))
        self.decision_count += 1
        cam = self.cameras[index]
        cam.last_result = decision_text(d)
        if d.subject > 0:
            cam.last_subject = d.subject
        alert = self.book.raise_alert(index, d) if d.verdict == Verdict.ELEVATED else None

        done: dict = {}

        def job(store, d=d, alert=alert):  # retried from its start: each step is done once
            if "decision" not in done:
                done["decision"] = store.record_decision(d)
            did = done["decision"]
            if alert is not None and did is not None and alert.store_id is None:
                alert.store_id = store.raise_alert(did, uid=alert.uid)
            return did

        self._write(job)
        self.events.decided.emit(index, d)
        if alert is not None:
            self.events.alert_raised.emit(alert)
        return alert

    def act(self, alert: Alert, action: str, *, reason: str = "", reading_c: float | None = None) -> str:
        """A guard's press on an alert (by whoever is signed on); returns what happened.
        Raises ActionRefused with the reason in words. Reasons are recorded as codes."""
        words = OVERRIDE_REASONS if action == "allow" else FALSE_ALARM_CAUSES if action == "false_alarm" else None
        if words is not None:
            reason = reason_code(reason, words) or ""
        text = self.book.act(alert, action, self.guard, reason=reason, reading_c=reading_c)
        (self.events.alert_closed if alert.closed else self.events.alert_changed).emit(alert, text)
        return text

    def silence_all(self) -> int:
        self._need_guard()
        silenced = [a for a in self.book.open_alerts() if not a.silenced]
        n = self.book.silence_all(self.guard)
        for a in silenced:
            self.events.alert_changed.emit(a, words().translate("Station", "Sound silenced; the alert stays until a decision"))
        return n

    def _record_alert_action(self, action: str, who: str, alert: Alert, reason: str, reading_c) -> None:
        """The alert book's presses and escalations, to the store (after the alert's own row)."""
        if action == "escalated":  # not a press: the alert's own record says it
            self._write(lambda s: alert.store_id is not None and s.escalate_alert(alert.store_id))
            self.events.alert_changed.emit(alert, "")
            return
        outcome = alert.final_result
        done: dict = {}

        def job(store):  # retried from its start: each step is done once
            if "action" not in done:
                done["action"] = store.record_action(who, action, camera=alert.camera, alert_id=alert.store_id,
                                                     reason=reason or None, reading_c=reading_c)
            if action == "secondary_check" and alert.store_id is not None:
                # the store closes allow/deny/false alarm itself; a check closes on its result
                store.close_alert(alert.store_id, "cleared" if outcome == "normal" else "denied")

        self._write(job)

    def tick(self) -> list[Alert]:
        """Escalate alerts left too long (returned) and say what the writer met meanwhile.
        The first tick brings back the last session's open alerts if nobody did yet."""
        if self._left_open is not None:
            self.restore_open_alerts()
        self.tick_messages()
        return self.book.tick()

    def restore_open_alerts(self) -> list[Alert]:
        """The alerts an earlier session left open (the store's alerts not closed), dealt with once,
        after the site's cameras were added: each comes back into the book marked
        ``from_last_session`` (entrance, time, estimate; a thumbnail only if its image was stored)
        and is announced by ``alert_raised``; one nobody can act on any more (its entrance left
        the site, or the retention policy kept no reading of it) is closed in the record as
        ``console_closed`` (an audited action by "console", counted as unresolved by the report).
        Returns the alerts brought back; :attr:`restore_note` says what was done. Called by the
        first :meth:`tick` if not before."""
        rows, self._left_open = self._left_open or [], None
        if not rows:
            return []
        from app.store.values import parse_iso

        index = {cam.name: i for i, cam in enumerate(self.cameras)}
        back: list[Alert] = []
        closed: dict[str, int] = {}
        for r in rows:
            why = ""
            if r["camera"] not in index:
                why = f"entrance {r['camera']!r} is no longer in the site"
            elif not r["personal_kept"] or r["estimate_c"] is None:
                why = "the retention policy kept no reading of it"
            if why:
                closed[why] = closed.get(why, 0) + 1
                self._write(lambda s, r=r, why=why: s.record_action(
                    "console", "console_closed", camera=r["camera"], alert_id=r["id"],
                    reason=f"left open by the last session; {why}"))
                continue
            made = parse_iso(r["t_wall"]).timestamp()
            d = Decision(camera=r["camera"], subject=int(r["subject"] or 0), t=0.0, seq=0, verdict=Verdict.ELEVATED,
                         reason="measured", instruction="", canthus_c=r["canthus_c"], estimate_c=r["estimate_c"],
                         rule=r["rule"], limit_c=r["limit_c"], alarm_level_c=r["alarm_level_c"], made_at=made)
            snap = self.store.image(r["decision_id"]) if r["has_image"] else None
            back.append(self.book.restore(index[r["camera"]], d, raised_wall=parse_iso(r["raised_at"]).timestamp(),
                                          store_id=int(r["id"]), escalated=r["escalated_at"] is not None,
                                          snapshot=snap, uid=r["uid"]))
        parts = []
        if back:
            parts.append(words().translate("Station", BACK_IN_LIST, None, len(back)))
        for why, n in closed.items():
            parts.append(arg(words().translate("Station", CLOSED_AS_CONSOLE_CLOSED, None, n), why))
        self.restore_note = "; ".join(parts)
        for a in back:
            self.events.alert_raised.emit(a)
        return back

    def quit_text(self) -> str:
        """What quitting now means for the open alerts, in one line ("" none open): for the
        confirmation a console asks before it quits."""
        n = len(self.book.open_alerts())
        if not n:
            return ""
        return words().translate("Station", QUIT_TEXT, None, n)

    def alarm_level_text(self) -> str | None:
        """Why the alarm level sits below the limit, in one line (None when it does not): see
        :func:`app.texts.alarm_level_text`."""
        return alarm_level_text(self.settings, self.model)

    # -- the guard -----------------------------------------------------------------
    def sign_on(self, name: str) -> bool:
        name = (name or "").strip()
        if not name:
            return False
        if self.guard:
            self._action(self.guard, "sign_off")
        self.guard = name
        self._action(name, "sign_on")
        self.events.guard_changed.emit(name)
        return True

    def _need_guard(self) -> None:
        if not self.guard:
            raise ActionRefused("sign on first: every action is recorded with the guard's name")

    def rescreen(self, index: int) -> str:
        """Measure camera ``index``'s last person again; an alert on them ends. Returns the words;
        the window tells the camera's loop (the subject is ``cameras[index].last_subject``)."""
        self._need_guard()
        cam = self.cameras[index]
        if cam.last_subject is None:
            raise ActionRefused(arg(words().translate("Station", "%1: no one to re-screen"), cam.name))
        for a in self.book.open_alerts():  # they are measured again
            if a.camera_index == index and a.decision.subject == cam.last_subject:
                self.act(a, "rescreen")
        self._action(self.guard, "rescreen", cam.name)
        return arg(words().translate("Station", "%1: measuring subject %2 again"), cam.name, cam.last_subject)

    def toggle_off(self, index: int, target: str) -> str:
        """Bypass (``"bypassed"``) or pause (``"paused"``) camera ``index``, or resume it."""
        self._need_guard()
        if target not in ("bypassed", "paused"):
            raise ValueError(f"unknown screening switch {target!r}")
        cam = self.cameras[index]
        if cam.screening_off == target:
            cam.screening_off = CameraState.SUSPENDED.value if self.suspended else None
            self._action(self.guard, "resume", cam.name)
            text = arg(words().translate("Station", "%1: screening resumed"), cam.name)
        else:
            cam.screening_off = target
            self._action(self.guard, "bypass" if target == "bypassed" else "pause", cam.name)
            text = arg(words().translate("Station", "%1: %2"), cam.name,
                       words().translate("Station", "bypassed") if target == "bypassed" else words().translate("Station", "paused"))
        self.events.screening_changed.emit(index, cam.screening_off)
        self.events.camera_changed.emit(index)
        return text

    def toggle_suspend(self) -> bool:
        """Suspend screening everywhere (an evacuation), or resume it; returns whether suspended."""
        self._need_guard()
        self.suspended = not self.suspended
        for i, cam in enumerate(self.cameras):
            if self.suspended and cam.screening_off is None:
                cam.screening_off = CameraState.SUSPENDED.value
            elif not self.suspended and cam.screening_off == CameraState.SUSPENDED:
                cam.screening_off = None
            else:
                continue
            self.events.screening_changed.emit(i, cam.screening_off)
        self._action(self.guard, "suspend" if self.suspended else "resume_screening")
        self.events.suspended_changed.emit(self.suspended)
        return self.suspended

    def toggle_mute(self) -> bool:
        self._need_guard()
        self.muted = not self.muted
        self._action(self.guard, "mute" if self.muted else "unmute")
        self.events.muted_changed.emit(self.muted)
        return self.muted

    def _action(self, who: str, action: str, camera: str | None = None) -> None:
        self._write(lambda s: s.record_action(who, action, camera=camera))

    # -- the store ------------------------------------------------------------------
    def _write(self, job: Callable[[Any], Any]) -> Future | None:
        """Hand one job to the writer (in order, retried while the store is unavailable); one that
        fails for good is said (problem event), never silently dropped."""
        if self.writer is None or self._closed:
            return None
        f = self.writer.submit(job)
        f.add_done_callback(self._job_done)
        if isinstance(self.writer, InlineWriter):
            self.tick_messages()
        return f

    def _job_done(self, f: Future) -> None:  # on the writer's thread
        if not f.cancelled() and f.exception() is not None:
            self._pending.append(("problem", f"event store: {f.exception()}"))

    def _writer_problem(self, text: str) -> None:  # on the writer's thread: said at the next tick
        self._pending.append(("problem", text if text.startswith("event store") else f"event store: {text}"))

    def _writer_recovered(self, text: str = "") -> None:
        self._pending.append(("recovered", text or "event store: writing again"))

    def tick_messages(self) -> None:
        while self._pending:
            kind, text = self._pending.popleft()
            (self._problem if kind == "problem" else self.events.recovered.emit)(text)

    def _problem(self, text: str) -> None:
        self.problems.append(text)
        self.events.problem.emit(text)

    def say(self, text: str) -> None:
        """A line for the guard from elsewhere (a camera loop's problem): kept and emitted."""
        self._problem(text)

    def flush(self, timeout_s: float | None = 10.0) -> bool:
        """Wait until every write so far is in the store (tests, a self-check); False on timeout."""
        return True if self.writer is None else bool(self.writer.flush(timeout_s))

    def close(self, why: str = "console closed", who: str = "") -> None:
        """Every camera stops being watched (recorded), and every write reaches the store.

        With alerts open, an audited ``quit_with_open_alerts`` action by ``who`` (default the
        signed-on guard, else "console") says "console closed with N open alarms: <why>"; the
        alerts stay open in the record and come back at the next start
        (:meth:`restore_open_alerts`)."""
        if self._closed:
            return
        n = len(self.book.open_alerts())
        if n:
            who = (who or "").strip() or self.guard or "console"
            why_text = (why or "").strip() or "no reason given"
            text = f"console closed with {n} open alarm{'s' if n != 1 else ''}: {why_text}"
            self._write(lambda s: s.record_action(who, "quit_with_open_alerts", reason=text[:500]))
        now = time.time()
        for cam in self.cameras:
            self._store_state(cam.name, CameraState.STOPPED, why, now)
        self._closed = True
        if self.writer is not None:
            self.writer.flush(30.0)
            self.writer.close()
        self.tick_messages()


def tile_view(result: FrameResult | None, camera: CameraStatus, settings: ScreeningSettings, *, index: int,
              fps: float = 0.0, dropped: int = 0, skin_threshold_c: float | None = None,
              previous: TileView | None = None, model: Model | None = None) -> TileView:
    """What camera ``index``'s tile shows: its state (the camera loop's, never one frame's), the
    latest result's picture and people, its last decision, the limit. Pure: a new TileView.

    With ``result`` None (a state change between frames) the picture is ``previous``'s; a camera
    that sends no frames shows none and no people. ``model``: the oral model screening (default
    the settings' adopted one, else the shipped one): its alarm level is marked on the scale when
    it sits under the limit.
    """
    state, detail = camera_state_text(camera.state, camera.seconds_left)
    model = model or settings.model() or SHIPPED_MODEL
    level = model.alarm_level_c(settings.limit_c)
    view = TileView(index=index, name=camera.name, state=state, state_detail=detail, fps=fps,
                    limit_c=settings.limit_c, dropped=dropped, source=source_word(camera.source_kind),
                    alarm_level_c=level if level < settings.limit_c else None)
    if state == "live":
        view.last_result, view.last_role = camera.last_result
    # else the tile says why nobody is screened: an earlier "Normal 36.9 °C" under "Locked out" or
    # "Warming up" would read as screening working (an alarm it raised stays in the alarm list)
    if skin_threshold_c is not None:
        view.skin_threshold_c = skin_threshold_c
    if result is None:
        if previous is not None and camera.state not in NO_FRAMES:
            view.celsius, view.visible, view.fever_mask = previous.celsius, previous.visible, previous.fever_mask
            view.people = list(previous.people) if state == "live" else []
            view.fps = previous.fps if not fps else fps
            view.skin_threshold_c = previous.skin_threshold_c if skin_threshold_c is None else skin_threshold_c
        elif camera.state in NO_FRAMES:
            view.fps = 0.0
        return view
    view.celsius = result.frame.celsius
    view.visible = result.frame.visible  # a visible camera's picture: drawn in grey, never measured
    view.fever_mask = result.fever_mask
    view.skin_threshold_c = result.fever_threshold_c
    for t in result.tracks:
        if t.state in ("entering", "lost"):
            continue
        text, role = track_text(t)
        view.people.append(PersonMark(box=t.box, point=t.point, role=role, label=text))
    return view


__all__ = ["DECISIONS_KEPT", "CameraStatus", "InlineWriter", "PinCheck", "Signal", "Station", "StationEvents",
           "alarm_level_text", "reason_code", "site_settings", "tile_view"]
