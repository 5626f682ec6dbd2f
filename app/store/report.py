"""An aggregate report a site can publish: counts only, no personal data.

Everything in it comes from the hourly counts, the camera state log, the
reference checks, settings changes, the audit trail and, for the alerts still
open at the period's end, how many alert rows have no close time; never from
decision rows. So it holds no per-person identifiers, readings or times, no operator
names and no free text.

Small counts: a count of people per entrance from 1 to ``MIN_PUBLISHED_COUNT - 1`` could single
someone out (the one person flagged at a side door on a quiet day), so the per-entrance table
withholds it. The whole column is withheld for every entrance (shown as ``WITHHELD``), and with
it the columns it can be worked out from (``LINKED_COLUMNS``: screened = results + no result;
alerts follow elevated results), so neither the site totals nor the other entrances give it back.
The site totals are published exactly; the report says so in its own text.
"""

from __future__ import annotations

import html
import math
import os
from datetime import datetime
from pathlib import Path

from app.core.errors import CanthusError
from app.store.opening import STORE_DEFAULT_WHO, STORE_DEFAULT_WHY  # a new store's own row: not a change
from app.store.store import OVERRIDE_REASONS, Store, parse_iso, utc
from app.translations import QT_TRANSLATE_NOOP, arg, catalog, date_time, number

_OUTCOME_LABELS = {
    "allowed": QT_TRANSLATE_NOOP("Report", "Allowed in by the guard"),
    "denied": QT_TRANSLATE_NOOP("Report", "Entry refused"),
    "false_alarm": QT_TRANSLATE_NOOP("Report", "Marked false alarm"),
    "rescreened": QT_TRANSLATE_NOOP("Report", "Screened again"),
    "expired": QT_TRANSLATE_NOOP("Report", "Expired without action"),
    "cleared": QT_TRANSLATE_NOOP("Report", "Cleared"),
    "console_closed": QT_TRANSLATE_NOOP("Report", "Closed by the console, unresolved"),
}
_CHECK_LABELS = {
    "fail": QT_TRANSLATE_NOOP("Report", "Fever confirmed by clinical thermometer"),
    "pass": QT_TRANSLATE_NOOP("Report", "Fever not confirmed by clinical thermometer"),
    "no_reading": QT_TRANSLATE_NOOP("Report", "Check without a thermometer reading"),
}
#: Every operator action the store knows (app.store.writes.ACTIONS_KNOWN), by code; a test keeps them equal.
_ACTION_LABELS = {
    "allow": QT_TRANSLATE_NOOP("Report", "Allow entry"),
    "deny": QT_TRANSLATE_NOOP("Report", "Deny entry"),
    "secondary_check": QT_TRANSLATE_NOOP("Report", "Secondary check"),
    "false_alarm": QT_TRANSLATE_NOOP("Report", "False alarm"),
    "silence": QT_TRANSLATE_NOOP("Report", "Silence"),
    "acknowledge": QT_TRANSLATE_NOOP("Report", "Acknowledge an alarm"),
    "rescreen": QT_TRANSLATE_NOOP("Report", "Screen again"),
    "bypass": QT_TRANSLATE_NOOP("Report", "Bypass a camera"),
    "resume": QT_TRANSLATE_NOOP("Report", "Resume a camera"),
    "pause": QT_TRANSLATE_NOOP("Report", "Pause"),
    "suspend": QT_TRANSLATE_NOOP("Report", "Suspend screening"),
    "resume_screening": QT_TRANSLATE_NOOP("Report", "Resume screening"),
    "mute": QT_TRANSLATE_NOOP("Report", "Mute the sound"),
    "unmute": QT_TRANSLATE_NOOP("Report", "Unmute the sound"),
    "sign_on": QT_TRANSLATE_NOOP("Report", "Sign on"),
    "sign_off": QT_TRANSLATE_NOOP("Report", "Sign off"),
    "note": QT_TRANSLATE_NOOP("Report", "Note"),
    "quit_with_open_alerts": QT_TRANSLATE_NOOP("Report", "Console quit with alarms open"),
    "console_closed": QT_TRANSLATE_NOOP("Report", "Alarm closed by the console, unresolved"),
}
#: The settings a change is logged under (config_changes.key), by key.
_SETTING_LABELS = {
    "limit_c": QT_TRANSLATE_NOOP("Report", "Alarm limit (°C)"),
    "rule": QT_TRANSLATE_NOOP("Report", "Decision rule"),
    "retention": QT_TRANSLATE_NOOP("Report", "Retention policy"),
    "oral_model": QT_TRANSLATE_NOOP("Report", "Oral-equivalent model"),
    "camera": QT_TRANSLATE_NOOP("Report", "Camera setup"),
    "camera_password": QT_TRANSLATE_NOOP("Report", "Camera password"),
}
#: The retention modes (app.store.retention.MODES), by code.
_MODE_LABELS = {
    "none": QT_TRANSLATE_NOOP("Report", "Nothing personal"),
    "alarms": QT_TRANSLATE_NOOP("Report", "Alarms only"),
    "all": QT_TRANSLATE_NOOP("Report", "All decisions"),
}

# The small-count rule: a per-entrance count of people from 1 to MIN_PUBLISHED_COUNT - 1 is not published.
MIN_PUBLISHED_COUNT = 5
# What a withheld cell shows (explained under the table).
WITHHELD = "*"
# The per-entrance columns that give one another away (screened = results + no result; an alert is raised
# for each elevated result): when one of a group is withheld, the whole group is.
LINKED_COLUMNS = (("screened", "results", "non_results"), ("elevated", "alerts"))
# Under this, a duration is written to the second (a short outage must not read "0 min" next to its availability).
SECONDS_UNDER_S = 5 * 60
PURGES = QT_TRANSLATE_NOOP(
    "Report", "Expired data is deleted automatically; %n purge(s) ran in the period, each recorded in the audit trail.",
    None, 1)
AUDIT_INTACT = QT_TRANSLATE_NOOP("Report", "intact (%n records)", None, 1)


def _e(v) -> str:
    return html.escape(str(v), quote=True)


def _h(level: int, text: str) -> str:
    return f"<h{level}>{_e(text)}</h{level}>"


def _p(text: str) -> str:
    return f"<p>{_e(text)}</p>"


class _Words:
    """The report's language: its catalog (read from the .ts sources) and its number and date forms."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.catalog = catalog(lang)

    def n(self, value: int) -> str:
        return number(value, 0, self.lang)

    def duration(self, seconds: float) -> str:
        if seconds < SECONDS_UNDER_S:
            if 0 < seconds < 1:
                return arg(self.catalog.translate("Report", "< %1 s"), 1)
            m, sec = divmod(round(seconds), 60)
            return (
                arg(self.catalog.translate("Report", "%1 min %2 s"), m, f"{sec:02d}")
                if m
                else arg(self.catalog.translate("Report", "%1 s"), sec)
            )
        minutes = int(round(seconds / 60.0))
        h, m = divmod(minutes, 60)
        return (
            arg(self.catalog.translate("Report", "%1 h %2 min"), h, f"{m:02d}")
            if h
            else arg(self.catalog.translate("Report", "%1 min"), m)
        )

    def minute(self, t: datetime) -> str:
        local = t.astimezone()
        return f"{date_time(local, self.lang)} {local.strftime('%Z')}".strip()

    def pct(self, part: float, whole: float) -> str:
        """A share to one decimal; never "100,0 %" when some was missing, nor "0,0 %" when some was there."""
        if not whole:
            return "-"
        share = 100.0 * part / whole
        if part < whole and share >= 99.95:
            return f"> {number(99.9, 1, self.lang)} %"
        if part > 0 and share < 0.05:
            return f"< {number(0.1, 1, self.lang)} %"
        return f"{number(share, 1, self.lang)} %"

    def setting_value(self, key: str, v) -> str:
        """A setting's value in a change row: the rule in words, others as :meth:`value`."""
        if key == "rule" and isinstance(v, str):
            return self.catalog.vocabulary("Rule", v)
        return self.value(v)

    def mode(self, mode: str) -> str:
        """A retention mode in words."""
        return self.catalog.translate("Report", _MODE_LABELS[mode]) if mode in _MODE_LABELS else mode

    def setting(self, key: str) -> str:
        """A setting's name (config_changes.key) in words."""
        return self.catalog.translate("Report", _SETTING_LABELS[key]) if key in _SETTING_LABELS else key

    def value(self, v) -> str:
        """A setting's value as the settings-change table shows it."""
        if v is None:
            return self.catalog.translate("Report", "unset")
        if isinstance(v, bool):
            return self.catalog.translate("Report", "on") if v else self.catalog.translate("Report", "off")
        if isinstance(v, float):
            text = f"{v:g}"
            return text if "e" in text or not math.isfinite(v) else number(v, len(text.partition(".")[2]), self.lang)
        return str(v)

    def policy(self, policy) -> str:
        """The retention policy in words (RetentionPolicy.describe, in the report's language)."""
        h = self.value(float(policy.hours))
        if policy.mode == "none":
            return self.catalog.translate("Report", "store nothing personal: aggregate counts only")
        if policy.mode == "alarms":
            text = (
                self.catalog.translate(
                    "Report",
                    "store elevated decisions (alarms) and the actions on them for %1 h, with thermal "
                    "snapshots; aggregate counts kept",
                )
                if policy.keep_images
                else self.catalog.translate(
                    "Report",
                    "store elevated decisions (alarms) and the actions on them for %1 h, no images; "
                    "aggregate counts kept",
                )
            )
        else:
            text = (
                self.catalog.translate(
                    "Report", "store every decision for %1 h, with thermal snapshots; aggregate counts kept"
                )
                if policy.keep_images
                else self.catalog.translate("Report", "store every decision for %1 h, no images; aggregate counts kept")
            )
        return arg(text, h)


#: Logged when the console closes: the time after it is not observed (neither
#: screening nor down: nobody was running the entrance).
NOT_OBSERVED = "stopped"


def _downtime(store: Store, start: datetime, stop: datetime) -> dict[str, dict]:
    """Per camera: seconds per state within [start, stop), from the state log.

    Every state but ``live`` is downtime; time after a ``stopped`` record
    (the console closed) is left out, not counted as screening.
    """
    out: dict[str, dict] = {}
    if stop <= start:
        return out
    by_camera: dict[str, list[dict]] = {}
    for r in store.camera_states(until=stop):
        by_camera.setdefault(r["camera"], []).append(r)
    for camera, rows in by_camera.items():
        state, t, spans = None, start, {}
        for r in rows:
            at = parse_iso(r["at"])
            if at <= start:
                state = r["state"]
                continue
            spans[state] = spans.get(state, 0.0) + (at - t).total_seconds()
            state, t = r["state"], at
        spans[state] = spans.get(state, 0.0) + (stop - t).total_seconds()
        known = {k: v for k, v in spans.items() if k not in (None, NOT_OBSERVED) and v > 0}
        observed = sum(known.values())
        live = known.get("live", 0.0)
        out[camera] = {
            "observed_s": observed,
            "live_s": live,
            "down_s": observed - live,
            "states": {k: v for k, v in known.items() if k != "live"},
        }
    return out


def _store_default(ch: dict) -> bool:
    """The retention row a new store writes for itself: its default policy, which nobody chose."""
    return (ch["key"] == "retention" and ch["old_value"] is None and ch.get("who") == STORE_DEFAULT_WHO
            and ch.get("why") == STORE_DEFAULT_WHY)


def _withheld(rows: dict[str, dict[str, int]]) -> set[str]:
    """The per-entrance columns not published under the small-count rule (:data:`MIN_PUBLISHED_COUNT`):
    those where any entrance counted 1 to MIN_PUBLISHED_COUNT - 1, with their :data:`LINKED_COLUMNS`."""
    small = {col for counts in rows.values() for col, v in counts.items() if 0 < v < MIN_PUBLISHED_COUNT}
    for group in LINKED_COLUMNS:
        if small & set(group):
            small |= set(group)
    return small


def _simple(v, key: str = "") -> bool:
    return v is None or isinstance(v, (bool, int, float)) or (key == "rule" and isinstance(v, str))


def _table(rows: list[tuple], head: tuple | None = None, cls: str = "") -> str:
    parts = [f'<table class="{cls}">' if cls else "<table>"]
    if head:
        parts.append("<tr>" + "".join(f"<th>{_e(h)}</th>" for h in head) + "</tr>")
    for row in rows:
        metric, cells = (row[0], row[1:]) if isinstance(row[0], dict) else ({}, row)
        attr = f' data-metric="{_e(metric["m"])}"' if metric else ""
        first, *rest = cells
        parts.append(f"<tr{attr}><th>{_e(first)}</th>" + "".join(f"<td>{_e(c)}</td>" for c in rest) + "</tr>")
    parts.append("</table>")
    return "".join(parts)


def _m(name: str) -> dict:
    return {"m": name}


def build_report(store: Store, start, end, *, site_name: str | None = None, lang: str = "en") -> tuple[str, dict]:
    """(HTML text, summary numbers) of the report for ``[start, end)``, written in ``lang`` (en, fr, nl, de;
    another is English, logged). The summary's keys and the ``data-metric`` codes are the same in every language."""
    from app import __version__
    from app.core.engine import REASONS

    w = _Words(lang)
    translate = w.catalog.translate  # lupdate reads translate("Report", "...") calls
    start, end = utc(start), utc(end)
    if end <= start:
        raise CanthusError("the report period ends before it starts.")
    now = store.now()
    totals = store.counts(since=start, until=end)
    per_camera = store.counts(since=start, until=end, by="camera")
    ok, audit_msg, _bad = store.verify()
    head_seq, head_hash = store.audit_head()
    policy = store.retention
    downtime = _downtime(store, start, min(end, now))
    refs = store.reference_checks(start, end)
    unresolved = store.unresolved_alerts(start, end)
    changes = store.config_changes(start, end)
    defaults = [ch for ch in changes if _store_default(ch)]  # not a change: what the store started with
    changes = [ch for ch in changes if not _store_default(ch)]
    purges = store.purges(start, end)

    def n(metric: str, src: dict | None = None) -> int:
        return int((totals if src is None else src).get(metric, 0))

    def with_prefix(prefix: str, src: dict | None = None) -> dict[str, int]:
        src = totals if src is None else src
        return {k[len(prefix) :]: v for k, v in sorted(src.items()) if k.startswith(prefix)}

    screened = n("screened")
    results = n("verdict:normal") + n("verdict:elevated")
    summary = {
        "screened": screened,
        "results": results,
        "elevated": n("verdict:elevated"),
        "non_results": n("verdict:retry"),
        "prealarms": n("prealarm"),
        "alerts": n("alert:raised"),
        "escalated": n("alert:escalated"),
        # open at the period's end (raised in it), and closed by the console: nobody resolved them
        # (closed by the console: from the counts, which outlive a purge of the alert rows)
        "unresolved": unresolved["open"] + n("alert:outcome:console_closed"),
        "unresolved_open": unresolved["open"],
        "unresolved_console_closed": n("alert:outcome:console_closed"),
        "outcomes": with_prefix("alert:outcome:"),
        "checks": with_prefix("check:"),
        "overrides": with_prefix("override:"),
        "actions": with_prefix("action:"),
        "retry_reasons": with_prefix("retry:"),
        "reference_checks": len(refs),
        "reference_failures": sum(1 for r in refs if not r["ok"]),
        "calibration_pairs": n("calibration:pair"),
        "config_changes": len(changes),
        "purges": len(purges),
        "audit_ok": ok,
        "audit_records": head_seq,
        "audit_head": f"{head_seq}:{head_hash}",
    }

    title = translate("Report", "Fever screening report") + (f": {site_name}" if site_name else "")
    s: list[str] = []
    s.append(_h(1, title))
    utc_from, utc_to = date_time(start, w.lang), date_time(end, w.lang)
    if start.astimezone().utcoffset() or end.astimezone().utcoffset():
        period = arg(
            translate(
                "Report",
                "From %1 to %2 (%3 to %4 UTC; counts are kept per hour, so the period is rounded to whole hours).",
            ),
            w.minute(start),
            w.minute(end),
            utc_from,
            utc_to,
        )
    else:  # local time is UTC: the range once
        period = arg(
            translate(
                "Report", "From %1 to %2 (counts are kept per hour, so the period is rounded to whole hours)."
            ),
            w.minute(start),
            w.minute(end),
        )
    s.append("<p class=period>" + _e(period) + "</p>")

    s.append(_h(2, translate("Report", "People screened")))
    s.append(
        _table(
            [
                (_m("screened"), translate("Report", "People screened"), w.n(screened)),
                (_m("results"), translate("Report", "With a result"), w.n(results)),
                (_m("normal"), translate("Report", "Normal"), w.n(n("verdict:normal"))),
                (_m("elevated"), translate("Report", "Elevated (alarm: secondary check)"), w.n(n("verdict:elevated"))),
                (_m("prealarm"), translate("Report", "Pre-alarm (near the alarm level)"), w.n(n("prealarm"))),
                (
                    _m("non_results"),
                    translate("Report", "No result (asked to retry or checked by hand)"),
                    w.n(n("verdict:retry")),
                ),
                (translate("Report", "Share with a result"), w.pct(results, screened)),
            ]
        )
    )
    retry = summary["retry_reasons"]
    if retry:
        s.append(_h(3, translate("Report", "No result, by reason")))
        s.append(
            _table(
                [
                    (_m(f"retry:{k}"), w.catalog.vocabulary("Reason", k, REASONS.get(k, k)), w.n(v))
                    for k, v in retry.items()
                ],
                (translate("Report", "Reason"), translate("Report", "Count")),
            )
        )

    s.append(_h(2, translate("Report", "Alerts and secondary checks")))
    s.append(
        "<p>"
        + _e(
            translate(
                "Report",
                "An alarm never decides entry: it starts a secondary check by a guard with a clinical "
                "thermometer (GDPR Art. 22; FDA labelling).",
            )
        )
        + "</p>"
    )
    s.append(
        _table(
            [
                (_m("alerts"), translate("Report", "Alerts raised"), w.n(summary["alerts"])),
                (_m("escalated"), translate("Report", "Alerts escalated"), w.n(summary["escalated"])),
                (
                    _m("unresolved"),
                    translate("Report", "Unresolved alerts (no guard's decision)"),
                    w.n(summary["unresolved"]),
                ),
                (
                    _m("unresolved_open"),
                    translate("Report", "of which still open at the end of the period"),
                    w.n(summary["unresolved_open"]),
                ),
                (
                    _m("unresolved_console_closed"),
                    translate("Report", "of which closed by the console: left open, no one could act on them"),
                    w.n(summary["unresolved_console_closed"]),
                ),
            ]
        )
    )
    if summary["outcomes"]:
        s.append(_h(3, translate("Report", "How alerts ended")))
        s.append(
            _table(
                [
                    (_m(f"outcome:{k}"), translate("Report", _OUTCOME_LABELS[k]) if k in _OUTCOME_LABELS else k, w.n(v))
                    for k, v in summary["outcomes"].items()
                ],
                (translate("Report", "Outcome"), translate("Report", "Count")),
            )
        )
    s.append(_h(3, translate("Report", "Secondary checks")))
    s.append(
        _table(
            [
                (_m(f"check:{k}"), translate("Report", _CHECK_LABELS[k]), w.n(n(f"check:{k}")))
                for k in ("fail", "pass", "no_reading")
            ],
            (translate("Report", "Result"), translate("Report", "Count")),
        )
    )
    s.append(_h(3, translate("Report", "Entry allowed despite an alarm (overrides), by reason")))
    if summary["overrides"]:
        s.append(
            _table(
                [
                    (
                        _m(f"override:{k}"),
                        translate("Report", "No reason given")
                        if k == "none"
                        else w.catalog.vocabulary("OverrideReason", k, OVERRIDE_REASONS.get(k, k)),
                        w.n(v),
                    )
                    for k, v in summary["overrides"].items()
                ],
                (translate("Report", "Reason"), translate("Report", "Count")),
            )
        )
    else:
        s.append(_p(translate("Report", "None.")))
    if summary["actions"]:
        s.append(_h(3, translate("Report", "Operator actions, by type")))
        s.append(
            _table(
                [
                    (
                        _m(f"action:{k}"),
                        translate("Report", _ACTION_LABELS[k]) if k in _ACTION_LABELS else k.replace("_", " "),
                        w.n(v),
                    )
                    for k, v in summary["actions"].items()
                ],
                (translate("Report", "Action"), translate("Report", "Count")),
            )
        )

    s.append(_h(2, translate("Report", "Per camera")))
    cams = sorted(set(per_camera) | set(downtime) - {""})
    people = {}
    for cam in cams:
        if not cam:
            continue
        pc = per_camera.get(cam, {})
        people[cam] = {
            "screened": n("screened", pc),
            "results": n("verdict:normal", pc) + n("verdict:elevated", pc),
            "elevated": n("verdict:elevated", pc),
            "non_results": n("verdict:retry", pc),
            "alerts": n("alert:raised", pc),
        }
    withheld = _withheld(people)
    summary["withheld_per_camera"] = sorted(withheld)
    rows = []
    for cam, counts in people.items():
        d = downtime.get(cam)
        rows.append(
            (
                _m(f"camera:{cam}"),
                cam,
                *(WITHHELD if col in withheld else w.n(v) for col, v in counts.items()),
                w.duration(d["down_s"]) if d else translate("Report", "no state log"),
                w.pct(d["live_s"], d["observed_s"]) if d else "-",
            )
        )
    s.append(
        _table(
            rows,
            (
                translate("Report", "Camera"),
                translate("Report", "Screened"),
                translate("Report", "Results"),
                translate("Report", "Elevated"),
                translate("Report", "No result"),
                translate("Report", "Alerts"),
                translate("Report", "Downtime"),
                translate("Report", "Screening availability"),
            ),
        )
        if rows
        else _p(translate("Report", "No camera activity."))
    )
    if rows:
        rule = translate(
            "Report",
            "Small counts: a count of people at one entrance from 1 to %1 could single someone out, so it is "
            "not published; its column is withheld for every entrance (%2), with the columns it could be worked "
            "out from. The totals for the whole site above are exact.",
        )
        s.append("<p class=small-counts>" + _e(arg(rule, MIN_PUBLISHED_COUNT - 1, WITHHELD)) + "</p>")
    if any(d["states"] for d in downtime.values()):
        s.append(_h(3, translate("Report", "Downtime by state")))
        s.append(
            _table(
                [
                    (cam, w.catalog.vocabulary("CameraState", st, st), w.duration(sec))
                    for cam, d in sorted(downtime.items())
                    for st, sec in sorted(d["states"].items())
                ],
                (translate("Report", "Camera"), translate("Report", "State"), translate("Report", "Time")),
            )
        )

    s.append(_h(2, translate("Report", "Calibration and reference checks")))
    ref_rows = {}
    for r in refs:
        ok_n, fail_n = ref_rows.get(r["camera"], (0, 0))
        ref_rows[r["camera"]] = (ok_n + bool(r["ok"]), fail_n + (not r["ok"]))
    s.append(
        _table(
            [(_m(f"reference:{cam}"), cam, w.n(a), w.n(b)) for cam, (a, b) in sorted(ref_rows.items())],
            (
                translate("Report", "Camera"),
                translate("Report", "Reference checks passed"),
                translate("Report", "Failed"),
            ),
        )
        if ref_rows
        else _p(translate("Report", "No reference (blackbody) checks were logged."))
    )
    s.append(
        _table(
            [
                (
                    _m("calibration_pairs"),
                    translate("Report", "Thermometer/camera pairs collected for re-calibration"),
                    w.n(summary["calibration_pairs"]),
                )
            ]
        )
    )
    s.append(_h(3, translate("Report", "Settings changes")))
    if changes:
        s.append(
            _table(
                [
                    (
                        w.minute(parse_iso(ch["at"])),
                        w.setting(ch["key"]),
                        f"{w.setting_value(ch['key'], ch['old_value'])} → {w.setting_value(ch['key'], ch['new_value'])}"
                        if _simple(ch["old_value"], ch["key"]) and _simple(ch["new_value"], ch["key"])
                        else (
                            _policy_text(ch["new_value"], w)
                            if ch["key"] == "retention"
                            else translate("Report", "changed (see the audit trail)")
                        ),
                    )
                    for ch in changes
                ],
                (translate("Report", "When"), translate("Report", "Setting"), translate("Report", "Change")),
            )
        )
    else:
        s.append(_p(translate("Report", "None.")))
    for ch in defaults:
        s.append(
            _p(
                arg(
                    translate("Report", "%1: the store's default retention policy when it was created (not a change): %2."),
                    w.minute(parse_iso(ch["at"])),
                    _policy_text(ch["new_value"], w),
                )
            )
        )

    s.append(_h(2, translate("Report", "Personal data")))
    s.append(
        "<p>"
        + arg(
            translate("Report", "Retention policy in force: %1: %2."),
            f"<b>{_e(w.mode(policy.mode))}</b>",
            _e(w.policy(policy)),
        )
        + " "
        + _e(translate("Report", PURGES, None, len(purges)))
        + "</p>"
    )
    s.append(
        "<p>"
        + _e(
            translate(
                "Report",
                "This report holds aggregate counts only: no identities or per-person numbers, no "
                "temperatures or times of individual people, no images, no operator names and no "
                "free-text notes.",
            )
        )
        + "</p>"
    )

    s.append(_h(2, translate("Report", "Audit trail")))
    status = (
        translate("Report", AUDIT_INTACT, None, head_seq) if ok else arg(translate("Report", "FAILED: %1"), audit_msg)
    )
    chain = arg(translate("Report", "Audit chain %1."), status)
    s.append(f'<p class="audit {"ok" if ok else "failed"}" data-metric="audit">{_e(chain)}</p>')
    anchor = f"<code>canthus audit verify --anchor {head_seq}:{_e(head_hash)}</code>"
    s.append(
        "<p>"
        + arg(
            translate(
                "Report",
                "Head record %1, hash %2. Keep this line: %3 later proves that no record up to here was rewritten.",
            ),
            head_seq,
            f"<code>{_e(head_hash)}</code>",
            anchor,
        )
        + "</p>"
    )

    generated = arg(translate("Report", "Canthus %1, report generated %2."), __version__, w.minute(now))
    s.append(f"<footer>{_e(generated)}</footer>")
    doc = (
        f"<!DOCTYPE html>\n<html lang={w.lang}><head><meta charset=utf-8>"
        f'<meta name=viewport content="width=device-width, initial-scale=1"><title>{_e(title)}</title>'
        f"<style>{_CSS}</style></head><body>\n" + "\n".join(s) + "\n</body></html>\n"
    )
    return doc, summary


def _policy_text(v, w: _Words) -> str:
    """A retention policy (its audited dict) in words: its mode, then what it keeps."""
    from app.store.retention import RetentionPolicy

    try:
        policy = RetentionPolicy.from_dict(v)
        return arg("%1: %2", w.mode(policy.mode), w.policy(policy))
    except (KeyError, TypeError, ValueError):
        return w.catalog.translate("Report", "changed (see the audit trail)")


_CSS = (
    "body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}"
    "table{border-collapse:collapse;margin:.5rem 0 1rem}th,td{border:1px solid #ccc;padding:.25rem .6rem;"
    "text-align:left}td{text-align:right}h2{border-bottom:2px solid #456;margin-top:2rem}"
    ".audit.ok{color:#185c2a}.audit.failed{color:#a00;font-weight:bold}code{word-break:break-all}"
    "footer{margin-top:2rem;color:#666;font-size:.9em}"
)


def write_report(
    store: Store,
    start: datetime,
    end: datetime,
    out: str | os.PathLike,
    *,
    site_name: str | None = None,
    lang: str = "en",
) -> dict:
    """Write the self-contained HTML report for ``[start, end)`` to ``out`` in ``lang`` (en, fr, nl, de);
    returns its numbers.

    Naive datetimes are local time. The words come from the same ``.ts`` files the console is
    translated from (read without Qt: the report is written from the command line).
    """
    doc, summary = build_report(store, start, end, site_name=site_name, lang=lang)
    out = Path(out)
    tmp = out.with_name(f".{out.name}.{os.getpid()}.tmp")
    try:
        tmp.write_text(doc, encoding="utf-8")
        os.replace(tmp, out)
    except OSError as e:
        tmp.unlink(missing_ok=True)
        raise CanthusError(f"cannot write the report {out}: {e.strerror or e}.") from None
    return summary
