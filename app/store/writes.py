"""Writes: the retention policy and screening settings, decisions, alerts, operator actions,
settings changes, camera states and reference checks; each audited in its own transaction."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from app.core.errors import CanthusError
from app.core.vocabulary import THERMOMETER_RANGE_C
from app.store import audit as _audit
from app.store.base import StoreBase
from app.store.retention import DEFAULT_POLICY, RetentionPolicy
from app.store.schema import (
    ACTIONS, ALERTS, CALIBRATION_PAIRS, CAMERA_STATES, CONFIG_CHANGES, DECISIONS, IMAGES, MODEL_INPUTS,
    REFERENCE_CHECKS, SCREENING_SETTINGS,
)
from app.store.settings import ScreeningSettings
from app.store.values import _json_or_none, _num, _text, encode_image, iso, override_code, utc

if TYPE_CHECKING:
    from app.core.engine import Decision

#: Operator actions. Those in ALERT_CLOSING close an open alert with the given outcome.
ACTIONS_KNOWN = (
    "allow", "deny", "secondary_check", "false_alarm", "silence", "acknowledge", "rescreen",
    "bypass", "resume", "pause", "suspend", "resume_screening", "mute", "unmute",
    "sign_on", "sign_off", "note",
    # the console quit with alerts open (they stay open and come back at the next start)
    "quit_with_open_alerts",
    # the console closed an alert left open by an earlier session that nobody can act on any more
    # (its entrance left the site, or the retention policy kept no reading of it): unresolved
    "console_closed",
)
ALERT_CLOSING = {"allow": "allowed", "deny": "denied", "false_alarm": "false_alarm", "rescreen": "rescreened",
                 "console_closed": "console_closed"}
ALERT_OUTCOMES = (*ALERT_CLOSING.values(), "expired", "cleared")


class Writes(StoreBase):
    """Everything the console and the CLI record (purging as they go: :class:`app.store.purge.Purge`)."""

    # -- retention policy ---------------------------------------------------
    @property
    def retention(self) -> RetentionPolicy:
        with self._read():
            raw = self._meta("retention")
        return RetentionPolicy.from_dict(json.loads(raw)) if raw else DEFAULT_POLICY

    def _set_retention(self, c, policy: RetentionPolicy, who: str, why: str) -> None:
        old = self._meta("retention")
        new = _audit.canonical(policy.to_dict())
        c.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('retention', ?)", (new,))
        self._insert(c, "config_change", CONFIG_CHANGES, {
            "at": iso(self.now()), "who": who, "key": "retention", "old_value": old, "new_value": new, "why": why,
        })

    def set_retention(self, policy: RetentionPolicy, who: str, why: str = "") -> None:
        """Change the retention policy (audited); data it no longer allows goes at the next purge."""
        if not isinstance(policy, RetentionPolicy):
            raise TypeError("policy must be a RetentionPolicy")
        who = _text(who, "who changed the retention policy", required=True)
        with self._write() as c:
            self._set_retention(c, policy, who, _text(why, "reason") or "")

    # -- screening settings (limit, rule, retention, adopted model) ---------
    def screening_settings(self) -> ScreeningSettings | None:
        """The settings a supervisor saved, or None when none were ever saved (the site file applies).

        The retention policy is the one in force (:attr:`retention`), however it was set.
        """
        with self._read() as c:
            row = c.execute("SELECT limit_c, rule, oral_model FROM screening_settings "
                            "ORDER BY id DESC LIMIT 1").fetchone()
            if row is None:
                return None
            return ScreeningSettings(limit_c=row["limit_c"], rule=row["rule"], retention=self.retention,
                                     oral_model=None if row["oral_model"] is None else json.loads(row["oral_model"]))

    def save_screening_settings(self, new: ScreeningSettings, who: str, why: str = "", *,
                                in_force: ScreeningSettings | None = None) -> ScreeningSettings:
        """Persist ``new`` and audit each changed key (``limit_c``, ``rule``, ``retention``,
        ``oral_model``) as one config-change row, all in one transaction; returns what is saved.

        ``in_force``: the settings screened by until now when nothing was saved yet
        (the site file's), the old values of the first save's changes; default the
        shipped defaults with the retention policy in force. A retention change
        behaves as :meth:`set_retention`: data the new policy no longer allows goes at
        the next purge.
        """
        if not isinstance(new, ScreeningSettings):
            raise TypeError("new must be a ScreeningSettings")
        who = _text(who, "who changed the settings", required=True)
        why = _text(why, "reason") or ""
        with self._write() as c:
            old = self.screening_settings()
            if old is None:
                base = in_force if in_force is not None else ScreeningSettings()
                old = base.model_copy(update={"retention": self.retention})
            at = iso(self.now())
            for key in new.changed_keys(old):
                if key == "retention":
                    self._set_retention(c, new.retention, who, why)
                    continue
                self._insert(c, "config_change", CONFIG_CHANGES, {
                    "at": at, "who": who, "key": key, "old_value": _json_or_none(old.audit_value(key)),
                    "new_value": _json_or_none(new.audit_value(key)), "why": why,
                })
            values = {"saved_at": at, "saved_by": who, "limit_c": new.limit_c, "rule": new.rule,
                      "oral_model": _json_or_none(new.oral_model)}
            row = c.execute("SELECT id FROM screening_settings ORDER BY id DESC LIMIT 1").fetchone()
            if row is None:
                self._insert(c, "settings_saved", SCREENING_SETTINGS, values)
            else:
                self._update(c, "settings_saved", SCREENING_SETTINGS, row["id"], values)
            return self.screening_settings()

    # -- writing: decisions, alerts, actions --------------------------------
    def record_decision(self, decision: "Decision", wall_time: datetime | float | None = None) -> int | None:
        """Count a decision and store it if the retention policy allows.

        ``wall_time``: when it was made (aware datetime, or POSIX seconds;
        default now). Returns the decision id, or None when the policy keeps
        only counts of it (a normal decision under ``alarms``, everything but
        an elevated decision under ``none``).
        """
        now = self.now()
        t = utc(wall_time) if wall_time is not None else now
        verdict = decision.verdict
        if verdict not in ("normal", "elevated", "retry"):
            raise CanthusError(f"unknown verdict {verdict!r} (expected normal, elevated or retry).")
        camera = _text(decision.camera, "camera name", required=True)
        self._maybe_purge(now)
        policy = self.retention
        metrics = ["screened", f"verdict:{verdict}"]
        if verdict == "retry":
            metrics.append(f"retry:{decision.reason}")
        if decision.prealarm:
            metrics.append("prealarm")
        store_row = (policy.mode == "all" or verdict == "elevated") and t >= now - timedelta(hours=policy.hours)
        personal = policy.mode != "none"
        with self._write() as c:
            self._count(c, camera, t, metrics)
            if not store_row:
                return None
            values = {
                "camera": camera, "t_wall": iso(t), "verdict": verdict, "reason": str(decision.reason),
                "rule": decision.rule, "limit_c": _num(decision.limit_c), "alarm_level_c": _num(decision.alarm_level_c),
                "prealarm": int(bool(decision.prealarm)), "personal_kept": int(personal),
            }
            if personal:
                values.update({
                    "subject": int(decision.subject), "t_stream": _num(decision.t),
                    "frame_seq": int(decision.seq), "canthus_c": _num(decision.canthus_c),
                    "estimate_c": _num(decision.estimate_c), "baseline_c": _num(decision.baseline_c),
                    # the oral model's other inputs, so the estimate can be recomputed from the row
                    # (only those given: NULL is the column's default)
                    **{k: v for k in MODEL_INPUTS if (v := _num(getattr(decision, k))) is not None},
                })
            did = self._insert(c, "decision", DECISIONS, values)
            if personal and policy.keep_images and decision.snapshot is not None and decision.snapshot.size:
                self._insert(c, "image", IMAGES,
                             {"decision_id": did, "format": "npz", "data": encode_image(decision.snapshot)})
            return did

    def _decision(self, c, decision_id: int):
        row = c.execute("SELECT * FROM decisions WHERE id = ?", (int(decision_id),)).fetchone()
        if row is None:
            raise CanthusError(f"decision {decision_id} is not in the store (never stored, or purged).")
        return row

    def _alert(self, c, alert_id: int):
        row = c.execute("SELECT * FROM alerts WHERE id = ?", (int(alert_id),)).fetchone()
        if row is None:
            raise CanthusError(f"alert {alert_id} is not in the store (purged, or never raised).")
        return row

    def raise_alert(self, decision_id: int, at: datetime | None = None, uid: str | None = None) -> int:
        """Open an alert on a stored decision (idempotent: the existing alert's id). ``uid``: the
        alert's id across sessions (:attr:`app.alarms.Alert.uid`), kept so it survives a restart."""
        when = utc(at) if at is not None else self.now()
        self._maybe_purge(self.now())
        with self._write() as c:
            dec = self._decision(c, decision_id)
            existing = c.execute("SELECT id FROM alerts WHERE decision_id = ?", (dec["id"],)).fetchone()
            if existing:
                return int(existing[0])
            values = {"decision_id": dec["id"], "camera": dec["camera"], "raised_at": iso(when)}
            if uid is not None:
                values["uid"] = _text(uid, "alert uid")
            aid = self._insert(c, "alert_raised", ALERTS, values)
            self._count(c, dec["camera"], when, ["alert:raised"])
            return aid

    def escalate_alert(self, alert_id: int, at: datetime | None = None) -> None:
        """Mark an alert escalated (e.g. unanswered for too long); audited once."""
        when = utc(at) if at is not None else self.now()
        with self._write() as c:
            al = self._alert(c, alert_id)
            if al["escalated_at"] is None:
                self._update(c, "alert_escalated", ALERTS, al["id"], {"escalated_at": iso(when)})
                self._count(c, al["camera"], when, ["alert:escalated"])

    def close_alert(self, alert_id: int, outcome: str, at: datetime | None = None) -> None:
        """Close an alert without an operator action (``expired``, ``cleared``...).

        An alert closes once: later closing actions are recorded as actions
        but leave its outcome as it was.
        """
        if outcome not in ALERT_OUTCOMES:
            raise CanthusError(f"unknown alert outcome {outcome!r} (known: {', '.join(ALERT_OUTCOMES)}).")
        when = utc(at) if at is not None else self.now()
        with self._write() as c:
            self._close(c, self._alert(c, alert_id), outcome, when)

    def _close(self, c, al, outcome: str, when: datetime) -> None:
        if al["closed_at"] is None:
            self._update(c, "alert_closed", ALERTS, al["id"], {"closed_at": iso(when), "outcome": outcome})
            self._count(c, al["camera"], when, [f"alert:outcome:{outcome}"])

    def record_action(
        self, who: str, action: str, *, camera: str | None = None, alert_id: int | None = None,
        reason: str | None = None, reading_c: float | None = None, decision_id: int | None = None,
        at: datetime | None = None,
    ) -> int:
        """Log an operator's button press (who, what, why) and apply it to its alert.

        ``allow``/``deny``/``false_alarm``/``rescreen`` close the alert;
        ``secondary_check`` with ``reading_c`` (clinical thermometer, °C)
        records pass/fail against the decision's limit and a calibration pair.
        The thermometer reading is stored only where the retention policy
        keeps the decision it belongs to.
        """
        if action not in ACTIONS_KNOWN:
            raise CanthusError(f"unknown operator action {action!r} (known: {', '.join(ACTIONS_KNOWN)}).")
        who = _text(who, "operator name", required=True)
        reason = _text(reason, "reason")
        camera = _text(camera, "camera name")
        if reading_c is not None:
            reading_c = _num(reading_c)
            if reading_c is None or not THERMOMETER_RANGE_C[0] <= reading_c <= THERMOMETER_RANGE_C[1]:
                raise CanthusError(
                    f"thermometer reading {reading_c} is not a body temperature in °C "
                    f"({THERMOMETER_RANGE_C[0]:g}-{THERMOMETER_RANGE_C[1]:g})."
                )
        now = self.now()
        when = utc(at) if at is not None else now
        self._maybe_purge(now)
        policy = self.retention
        with self._write() as c:
            al = dec = None
            if alert_id is not None:
                al = self._alert(c, alert_id)
                if decision_id is not None and int(decision_id) != al["decision_id"]:
                    raise CanthusError(f"alert {alert_id} belongs to decision {al['decision_id']}, not {decision_id}.")
                decision_id = al["decision_id"]
            if decision_id is not None:
                dec = self._decision(c, decision_id)
            ref = al if al is not None else dec
            ref_camera = ref["camera"] if ref is not None else None
            if camera is not None and ref_camera is not None and camera != ref_camera:
                raise CanthusError(f"action on camera {camera!r} names a decision of camera {ref_camera!r}.")
            camera = camera or ref_camera
            linked_personal = dec is not None and bool(dec["personal_kept"])
            keep_reading = policy.mode == "all" or (policy.mode == "alarms" and linked_personal)
            aid = self._insert(c, "action", ACTIONS, {
                "at": iso(when), "who": who, "action": action, "camera": camera,
                "alert_id": al["id"] if al else None, "decision_id": dec["id"] if dec else None,
                "reason": reason, "reading_c": reading_c if keep_reading else None,
            })
            metrics = [f"action:{action}"]
            if action == "allow" and al is not None:
                metrics.append(f"override:{override_code(reason)}")
            if action == "secondary_check":
                if reading_c is None:
                    metrics.append("check:no_reading")
                else:
                    limit = dec["limit_c"] if dec is not None and dec["limit_c"] is not None else None
                    if limit is not None:
                        result = "fail" if reading_c >= limit else "pass"
                        metrics.append(f"check:{result}")
                        if al is not None and al["check_result"] != result:
                            self._update(c, "alert_checked", ALERTS, al["id"], {"check_result": result})
                    if keep_reading and linked_personal and dec["canthus_c"] is not None:
                        self._insert(c, "calibration_pair", CALIBRATION_PAIRS, {
                            "at": iso(when), "camera": dec["camera"], "alert_id": al["id"] if al else None,
                            "canthus_c": dec["canthus_c"], "estimate_c": dec["estimate_c"], "reference_c": reading_c,
                            # what a site refits the forehead model on
                            **{k: dec[k] for k in MODEL_INPUTS if k in dec.keys() and dec[k] is not None},
                        })
                        metrics.append("calibration:pair")
            self._count(c, camera, when, metrics)
            if al is not None and action in ALERT_CLOSING:
                self._close(c, self._alert(c, al["id"]), ALERT_CLOSING[action], when)
            return aid

    # -- writing: settings, cameras, PIN ------------------------------------
    def record_config_change(self, who: str, key: str, old, new, why: str) -> int:
        """Log a settings change (threshold, rule, model, camera setup...): values as JSON."""
        who = _text(who, "who changed the setting", required=True)
        key = _text(key, "setting name", required=True)
        why = _text(why, "reason for the change", required=True)
        try:
            old_j = None if old is None else _audit.canonical(old)
            new_j = None if new is None else _audit.canonical(new)
        except (TypeError, ValueError) as e:
            raise CanthusError(f"setting {key}: values must be plain JSON data ({e}).") from None
        if key == "retention":
            raise CanthusError("change the retention policy with set_retention().")
        with self._write() as c:
            return self._insert(c, "config_change", CONFIG_CHANGES, {
                "at": iso(self.now()), "who": who, "key": key, "old_value": old_j, "new_value": new_j, "why": why,
            })

    def record_camera_state(self, camera: str, state: str, detail: str | None = None,
                            at: datetime | None = None) -> int | None:
        """Log a camera's state when it changes (``live``, ``offline``, ``warming_up``,
        ``no_reference``, ``reference_drift``, ``bypassed``...). Every state but
        ``live`` counts as downtime in reports. A repeat of the current state
        (same detail) is not stored: returns None."""
        camera = _text(camera, "camera name", required=True)
        state = _text(state, "camera state", required=True)
        detail = _text(detail, "detail")
        when = utc(at) if at is not None else self.now()
        with self._write() as c:
            last = c.execute("SELECT state, detail FROM camera_states WHERE camera = ? ORDER BY at DESC, id DESC "
                             "LIMIT 1", (camera,)).fetchone()
            if last is not None and last["state"] == state and last["detail"] == detail:
                return None
            return self._insert(c, "camera_state", CAMERA_STATES,
                                {"at": iso(when), "camera": camera, "state": state, "detail": detail})

    def record_reference_check(self, camera: str, set_c: float | None, reading_c: float | None, ok: bool,
                               detail: str | None = None, at: datetime | None = None) -> int:
        """Log a reference (blackbody) check: scheduled checks and failures, not every frame."""
        camera = _text(camera, "camera name", required=True)
        when = utc(at) if at is not None else self.now()
        set_c, reading_c = _num(set_c), _num(reading_c)
        offset = None if set_c is None or reading_c is None else round(set_c - reading_c, 4)
        with self._write() as c:
            rid = self._insert(c, "reference_check", REFERENCE_CHECKS, {
                "at": iso(when), "camera": camera, "set_c": set_c, "reading_c": reading_c,
                "offset_c": offset, "ok": int(bool(ok)), "detail": _text(detail, "detail"),
            })
            self._count(c, camera, when, ["reference:ok" if ok else "reference:fail"])
            return rid

