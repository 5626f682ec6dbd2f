"""Alerts and the guard's override buttons, as plain logic (no Qt).

An ``elevated`` decision raises an alert at once. Alerts latch: only a
guard's action closes one. The software never refuses entry by itself: the
door controller is driven only from :meth:`AlertBook.act`, i.e. by a button.
Every press (and escalation) is handed to ``on_record`` with who, what and why:
the station (:mod:`app.station`) writes it to the store. The words a guard picks
from are :data:`app.core.vocabulary.OVERRIDE_REASONS` and ``FALSE_ALARM_CAUSES``;
the buttons and their keys are in :mod:`app.ui.actions`.
"""

from __future__ import annotations

import time
import uuid
from dataclasses import dataclass, field, replace
from typing import Callable

import cv2
import numpy as np

from app.core.engine import Decision
from app.core.errors import CanthusError
from app.core.vocabulary import DEFAULT_LIMIT_C, THERMOMETER_RANGE_C, Action, Verdict, in_thermometer_range
from app.door import DoorController

#: longest side of an alert's thermal thumbnail (px): alerts latch until a guard acts, so
#: hundreds may wait open; each keeps this small °C image, never the engine's full head crop
THUMBNAIL_MAX_PX = 64


def thumbnail(decision: Decision) -> tuple[np.ndarray | None, tuple[float, float] | None]:
    """The decision's °C head crop shrunk to at most THUMBNAIL_MAX_PX a side (float16, area-averaged),
    and the measurement point in its pixel coordinates; (None, None) without a snapshot."""
    crop = decision.snapshot
    if crop is None or crop.size == 0 or crop.ndim != 2:
        return None, None
    h, w = crop.shape
    f = min(1.0, THUMBNAIL_MAX_PX / max(h, w))
    tw, th = max(1, round(w * f)), max(1, round(h * f))
    small = crop if (tw, th) == (w, h) else cv2.resize(np.asarray(crop, np.float32), (tw, th),
                                                        interpolation=cv2.INTER_AREA)
    point = None
    if decision.point is not None and decision.box is not None:
        point = ((decision.point[0] - max(0, decision.box[0]) + 0.5) * tw / w,
                 (decision.point[1] - max(0, decision.box[1]) + 0.5) * th / h)
    # float16 keeps ~0.03 °C at body temperature: the card's colours, not a measurement
    return small.astype(np.float16), point


class ActionRefused(CanthusError):
    """A button press that cannot be carried out as given (e.g. Allow without a reason)."""


@dataclass
class Alert:
    id: int
    camera_index: int
    decision: Decision
    raised_at: float  # monotonic
    raised_wall: float  # time.time()
    silenced: bool = False
    escalated: bool = False
    closed: bool = False
    outcome: str | None = None  # the action that closed it
    final_result: str | None = None  # after a secondary check: "normal" or "fever confirmed"
    actions: list[tuple[str, str, str]] = field(default_factory=list)  # (action, who, detail)
    store_id: int | None = None
    #: unique across sessions and consoles: what a site publishes and HQ de-duplicates by
    uid: str = field(default_factory=lambda: uuid.uuid4().hex)
    thumbnail: np.ndarray | None = field(default=None, repr=False)  # small °C image for the card
    thumbnail_point: tuple[float, float] | None = None  # the measurement point in the thumbnail
    #: raised by an earlier session of the console and still open in the record when it quit:
    #: brought back (see :meth:`app.station.Station.restore_open_alerts`); its person may be long gone
    from_last_session: bool = False

    @property
    def camera(self) -> str:
        return self.decision.camera


class AlertBook:
    """Open alerts, newest first; actions; escalation. A closed alert leaves the book."""

    def __init__(self, *, door: DoorController, escalate_after_s: float = 30.0,
                 clock: Callable[[], float] = time.monotonic,
                 on_record: Callable[[str, str, Alert, str, float | None], None] | None = None) -> None:
        self.door = door
        #: (action, who, alert, reason, reading_c) for every press and escalation, after it is applied
        self.on_record = on_record
        self.escalate_after_s = escalate_after_s
        self.clock = clock
        self._alerts: list[Alert] = []
        self._next = 1

    def raise_alert(self, camera_index: int, decision: Decision) -> Alert:
        """An alert on an elevated decision (its ``store_id`` is set by whoever stores it)."""
        if decision.verdict != Verdict.ELEVATED:
            raise ValueError("only elevated decisions raise alerts")
        thumb, point = thumbnail(decision)
        # The alert keeps the decision without its full crop (the store has what the record
        # needs): a copy, so a writer still holding the decision is not changed under it.
        alert = Alert(self._next, camera_index, replace(decision, snapshot=None), self.clock(), time.time(),
                      thumbnail=thumb, thumbnail_point=point)
        self._next += 1
        self._alerts.insert(0, alert)
        return alert

    def restore(self, camera_index: int, decision: Decision, *, raised_wall: float, store_id: int,
                escalated: bool = False, snapshot: np.ndarray | None = None, uid: str | None = None) -> Alert:
        """An alert an earlier session left open, back in the book (marked ``from_last_session``).

        It goes after every alert already in the book (it is older); its age counts from
        ``raised_wall``, so one older than the escalation time is escalated at the next tick
        unless ``escalated`` says it already was. ``snapshot``: the stored °C crop, if any; ``uid``:
        the stored one (the same alarm to a publisher and HQ), else a new one.
        """
        if decision.verdict != Verdict.ELEVATED:
            raise ValueError("only elevated decisions raise alerts")
        thumb, point = thumbnail(replace(decision, snapshot=snapshot)) if snapshot is not None else (None, None)
        age = max(0.0, time.time() - raised_wall)
        alert = Alert(self._next, camera_index, replace(decision, snapshot=None), self.clock() - age,
                      raised_wall, escalated=escalated, store_id=store_id, thumbnail=thumb,
                      thumbnail_point=point, from_last_session=True)
        if uid:
            alert.uid = uid
        self._next += 1
        older = [i for i, a in enumerate(self._alerts) if a.raised_wall < raised_wall]
        self._alerts.insert(older[0] if older else len(self._alerts), alert)
        return alert

    def open_alerts(self) -> list[Alert]:
        return [a for a in self._alerts if not a.closed]

    @property
    def sounding(self) -> bool:
        """The alarm sound plays while any open alert is not silenced."""
        return any(not a.silenced for a in self.open_alerts())

    def tick(self) -> list[Alert]:
        """Escalate open alerts left without a closing action too long; returns the new ones."""
        now = self.clock()
        newly = []
        for a in self.open_alerts():
            if not a.escalated and now - a.raised_at >= self.escalate_after_s:
                a.escalated = True
                a.silenced = False  # the sound comes back
                newly.append(a)
                self._record("escalated", "system", a, "no action within %.0f s" % self.escalate_after_s)
        return newly

    def act(self, alert: Alert, action: str, who: str, *, reason: str = "", reading_c: float | None = None) -> str:
        """Carry out one button press; returns what happened, in words. Raises ActionRefused."""
        if not who.strip():
            raise ActionRefused("sign on first: every action is recorded with the guard's name")
        if alert.closed:
            raise ActionRefused(f"alert {alert.id} is already closed ({alert.outcome})")
        cam = alert.camera
        reason = reason.strip()
        if action == Action.SILENCE:
            alert.silenced = True
            self._record(action, who, alert, reason)
            return "Sound silenced; the alert stays until a decision"
        if action == "allow":
            if not reason:
                raise ActionRefused("Allow entry needs a reason: pick one or type it")
            self.door.release(cam, who, reason)
            text = f"Entry allowed: {reason}"
        elif action == "deny":
            self.door.hold(cam, who, reason or "denied by guard")
            text = "Entry denied"
        elif action == "secondary_check":
            if reading_c is None or not in_thermometer_range(reading_c):
                raise ActionRefused(
                    f"enter the clinical thermometer reading, {THERMOMETER_RANGE_C[0]:.0f}-{THERMOMETER_RANGE_C[1]:.0f} °C"
                )
            limit = alert.decision.limit_c or DEFAULT_LIMIT_C
            alert.final_result = "fever confirmed" if reading_c >= limit else "normal"
            if alert.final_result == "normal":
                self.door.release(cam, who, f"secondary check {reading_c:.1f} °C")
            else:
                self.door.hold(cam, who, f"secondary check {reading_c:.1f} °C")
            text = f"Secondary check {reading_c:.1f} °C: {alert.final_result}"
        elif action == "rescreen":
            text = "Measuring again"  # the engine forgets the decision; a new one will come
        elif action == "false_alarm":
            if not reason:
                raise ActionRefused("False alarm needs its cause: pick one or type it")
            self.door.release(cam, who, f"false alarm: {reason}")
            text = f"False alarm: {reason}"
        else:
            raise ActionRefused(f"unknown action {action!r}")
        alert.closed = True
        alert.outcome = action
        self._alerts.remove(alert)  # closed: its record is in the store; the book holds open ones only
        self._record(action, who, alert, reason, reading_c)
        return text

    def silence_all(self, who: str) -> int:
        n = 0
        for a in self.open_alerts():
            if not a.silenced:
                self.act(a, "silence", who, reason="silence all")
                n += 1
        return n

    def _record(self, action: str, who: str, alert: Alert, reason: str = "", reading_c: float | None = None) -> None:
        alert.actions.append((action, who, reason if reading_c is None else f"{reading_c:.1f} °C"))
        if self.on_record is not None:
            self.on_record(action, who, alert, reason, reading_c)
