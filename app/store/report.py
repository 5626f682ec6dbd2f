"""An aggregate report a site can publish: counts only, no personal data.

Everything in it comes from the hourly counts, the camera state log, the
reference checks, settings changes, the audit trail and, for the alerts still
open at the period's end, how many alert rows have no close time; never from
decision rows. So it holds no per-person identifiers, readings or times, no operator
names and no free text. Small counts are shown as they are.
"""

from __future__ import annotations

import html
import math
import os
from datetime import datetime
from pathlib import Path

from app.core.errors import CanthusError
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
_ACTION_LABELS = {
    "allow": QT_TRANSLATE_NOOP("Report", "Allow entry"),
    "deny": QT_TRANSLATE_NOOP("Report", "Deny entry"),
    "secondary_check": QT_TRANSLATE_NOOP("Report", "Secondary check"),
    "false_alarm": QT_TRANSLATE_NOOP("Report", "False alarm"),
    "silence": QT_TRANSLATE_NOOP("Report", "Silence"),
}
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
        return f"{number(100.0 * part / whole, 1, self.lang)} %" if whole else "-"

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


def _simple(v) -> bool:
    return v is None or isinstance(v, (bool, int, float))


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
    s.append(
        "<p class=period>"
        + _e(
            arg(
                translate(
                    "Report",
                    "From %1 to %2 (%3 to %4 UTC; counts are kept per hour, so the period is rounded to whole hours).",
                ),
                w.minute(start),
                w.minute(end),
                utc_from,
                utc_to,
            )
        )
        + "</p>"
    )

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
    rows = []
    for cam in cams:
        if not cam:
            continue
        pc = per_camera.get(cam, {})
        d = downtime.get(cam)
        rows.append(
            (
                _m(f"camera:{cam}"),
                cam,
                w.n(n("screened", pc)),
                w.n(n("verdict:normal", pc) + n("verdict:elevated", pc)),
                w.n(n("verdict:elevated", pc)),
                w.n(n("verdict:retry", pc)),
                w.n(n("alert:raised", pc)),
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
                        ch["key"],
                        f"{w.value(ch['old_value'])} → {w.value(ch['new_value'])}"
                        if _simple(ch["old_value"]) and _simple(ch["new_value"])
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

    s.append(_h(2, translate("Report", "Personal data")))
    s.append(
        "<p>"
        + arg(
            translate("Report", "Retention policy in force: %1: %2."), f"<b>{_e(policy.mode)}</b>", _e(w.policy(policy))
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
    from app.store.retention import RetentionPolicy

    try:
        return arg(w.catalog.translate("Report", "retention: %1"), w.policy(RetentionPolicy.from_dict(v)))
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
