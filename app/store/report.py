"""An aggregate report a site can publish: counts only, no personal data.

Everything in it comes from the hourly counts, the camera state log, the
reference checks, settings changes and the audit trail; never from decision
rows. So it holds no per-person identifiers, readings or times, no operator
names and no free text. Small counts are shown as they are.
"""

from __future__ import annotations

import html
import os
from datetime import datetime
from pathlib import Path

from app.core.errors import CanthusError
from app.store.store import OVERRIDE_REASONS, Store, parse_iso, utc

_STATE_LABELS = {
    "live": "screening",
    "warming_up": "warming up",
    "ffc": "flat-field correction",
    "no_reference": "reference not seen",
    "reference_drift": "reference drift (locked)",
    "offline": "offline",
    "reconnecting": "reconnecting",
    "credentials_refused": "password refused (not retried)",
    "misconfigured": "camera setup problem (not retried)",
    "frozen": "picture frozen",
    "not_radiometric": "not radiometric (no screening)",
    "bad_frames": "impossible images",
    "bad_pixels": "dead pixels",
    "locked_out": "locked out",
    "starting": "starting",
    "bypassed": "bypassed",
    "suspended": "suspended",
    "paused": "paused",
}
_OUTCOME_LABELS = {
    "allowed": "Allowed in by the guard",
    "denied": "Entry refused",
    "false_alarm": "Marked false alarm",
    "rescreened": "Screened again",
    "expired": "Expired without action",
    "cleared": "Cleared",
}
_CHECK_LABELS = {
    "fail": "Fever confirmed by clinical thermometer",
    "pass": "Fever not confirmed by clinical thermometer",
    "no_reading": "Check without a thermometer reading",
}


def _e(v) -> str:
    return html.escape(str(v), quote=True)


def _duration(seconds: float) -> str:
    minutes = int(round(seconds / 60.0))
    h, m = divmod(minutes, 60)
    return f"{h} h {m:02d} min" if h else f"{m} min"


def _minute(t: datetime) -> str:
    return t.astimezone().strftime("%Y-%m-%d %H:%M %Z").strip()


def _pct(part: float, whole: float) -> str:
    return f"{100.0 * part / whole:.1f} %" if whole else "-"


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
        out[camera] = {"observed_s": observed, "live_s": live, "down_s": observed - live,
                       "states": {k: v for k, v in known.items() if k != "live"}}
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


def build_report(store: Store, start, end, *, site_name: str | None = None) -> tuple[str, dict]:
    """(HTML text, summary numbers) of the report for ``[start, end)``."""
    from app import __version__
    from app.core.engine import REASONS

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
    changes = store.config_changes(start, end)
    purges = store.purges(start, end)

    def n(metric: str, src: dict | None = None) -> int:
        return int((totals if src is None else src).get(metric, 0))

    def with_prefix(prefix: str, src: dict | None = None) -> dict[str, int]:
        src = totals if src is None else src
        return {k[len(prefix):]: v for k, v in sorted(src.items()) if k.startswith(prefix)}

    screened = n("screened")
    results = n("verdict:normal") + n("verdict:elevated")
    summary = {
        "screened": screened, "results": results, "elevated": n("verdict:elevated"),
        "non_results": n("verdict:retry"), "prealarms": n("prealarm"),
        "alerts": n("alert:raised"), "escalated": n("alert:escalated"),
        "outcomes": with_prefix("alert:outcome:"), "checks": with_prefix("check:"),
        "overrides": with_prefix("override:"), "actions": with_prefix("action:"),
        "retry_reasons": with_prefix("retry:"), "reference_checks": len(refs),
        "reference_failures": sum(1 for r in refs if not r["ok"]), "calibration_pairs": n("calibration:pair"),
        "config_changes": len(changes), "purges": len(purges), "audit_ok": ok, "audit_records": head_seq,
        "audit_head": f"{head_seq}:{head_hash}",
    }

    title = "Fever screening report" + (f": {site_name}" if site_name else "")
    s: list[str] = []
    s.append(f"<h1>{_e(title)}</h1>")
    s.append(f"<p class=period>From {_e(_minute(start))} to {_e(_minute(end))} "
             f"({_e(start.strftime('%Y-%m-%d %H:%M'))} to {_e(end.strftime('%Y-%m-%d %H:%M'))} UTC; "
             "counts are kept per hour, so the period is rounded to whole hours).</p>")

    s.append("<h2>People screened</h2>")
    s.append(_table([
        (_m("screened"), "People screened", screened),
        (_m("results"), "With a result", results),
        (_m("normal"), "Normal", n("verdict:normal")),
        (_m("elevated"), "Elevated (alarm: secondary check)", n("verdict:elevated")),
        (_m("prealarm"), "Pre-alarm (near the alarm level)", n("prealarm")),
        (_m("non_results"), "No result (asked to retry or checked by hand)", n("verdict:retry")),
        ("Share with a result", _pct(results, screened)),
    ]))
    retry = summary["retry_reasons"]
    if retry:
        s.append("<h3>No result, by reason</h3>")
        s.append(_table([(_m(f"retry:{k}"), REASONS.get(k, k), v) for k, v in retry.items()], ("Reason", "Count")))

    s.append("<h2>Alerts and secondary checks</h2>")
    s.append("<p>An alarm never decides entry: it starts a secondary check by a guard with a clinical "
             "thermometer (GDPR Art. 22; FDA labelling).</p>")
    s.append(_table([
        (_m("alerts"), "Alerts raised", summary["alerts"]),
        (_m("escalated"), "Alerts escalated", summary["escalated"]),
    ]))
    if summary["outcomes"]:
        s.append("<h3>How alerts ended</h3>")
        s.append(_table([(_m(f"outcome:{k}"), _OUTCOME_LABELS.get(k, k), v) for k, v in summary["outcomes"].items()],
                        ("Outcome", "Count")))
    s.append("<h3>Secondary checks</h3>")
    s.append(_table([(_m(f"check:{k}"), _CHECK_LABELS.get(k, k), n(f"check:{k}")) for k in ("fail", "pass", "no_reading")],
                    ("Result", "Count")))
    s.append("<h3>Entry allowed despite an alarm (overrides), by reason</h3>")
    if summary["overrides"]:
        s.append(_table([(_m(f"override:{k}"), OVERRIDE_REASONS.get(k, "No reason given" if k == "none" else k), v)
                         for k, v in summary["overrides"].items()], ("Reason", "Count")))
    else:
        s.append("<p>None.</p>")
    if summary["actions"]:
        s.append("<h3>Operator actions, by type</h3>")
        s.append(_table([(_m(f"action:{k}"), k.replace("_", " "), v) for k, v in summary["actions"].items()],
                        ("Action", "Count")))

    s.append("<h2>Per camera</h2>")
    cams = sorted(set(per_camera) | set(downtime) - {""})
    rows = []
    for cam in cams:
        if not cam:
            continue
        pc = per_camera.get(cam, {})
        d = downtime.get(cam)
        rows.append((_m(f"camera:{cam}"), cam, n("screened", pc), n("verdict:normal", pc) + n("verdict:elevated", pc),
                     n("verdict:elevated", pc), n("verdict:retry", pc), n("alert:raised", pc),
                     _duration(d["down_s"]) if d else "no state log",
                     _pct(d["live_s"], d["observed_s"]) if d else "-"))
    s.append(_table(rows, ("Camera", "Screened", "Results", "Elevated", "No result", "Alerts", "Downtime",
                           "Screening availability")) if rows else "<p>No camera activity.</p>")
    if any(d["states"] for d in downtime.values()):
        s.append("<h3>Downtime by state</h3>")
        s.append(_table([(cam, _STATE_LABELS.get(st, st), _duration(sec))
                         for cam, d in sorted(downtime.items()) for st, sec in sorted(d["states"].items())],
                        ("Camera", "State", "Time")))

    s.append("<h2>Calibration and reference checks</h2>")
    ref_rows = {}
    for r in refs:
        ok_n, fail_n = ref_rows.get(r["camera"], (0, 0))
        ref_rows[r["camera"]] = (ok_n + bool(r["ok"]), fail_n + (not r["ok"]))
    s.append(_table([(_m(f"reference:{cam}"), cam, a, b) for cam, (a, b) in sorted(ref_rows.items())],
                    ("Camera", "Reference checks passed", "Failed"))
             if ref_rows else "<p>No reference (blackbody) checks were logged.</p>")
    s.append(_table([(_m("calibration_pairs"), "Thermometer/camera pairs collected for re-calibration",
                      summary["calibration_pairs"])]))
    s.append("<h3>Settings changes</h3>")
    if changes:
        s.append(_table([
            (_minute(parse_iso(ch["at"])), ch["key"],
             f"{_fmt_value(ch['old_value'])} → {_fmt_value(ch['new_value'])}"
             if _simple(ch["old_value"]) and _simple(ch["new_value"]) else
             (_policy_text(ch["new_value"]) if ch["key"] == "retention" else "changed (see the audit trail)"))
            for ch in changes
        ], ("When", "Setting", "Change")))
    else:
        s.append("<p>None.</p>")

    s.append("<h2>Personal data</h2>")
    s.append(f"<p>Retention policy in force: <b>{_e(policy.mode)}</b>: {_e(policy.describe())}. "
             f"Expired data is deleted automatically; {len(purges)} purge(s) ran in the period, each "
             "recorded in the audit trail.</p>")
    s.append("<p>This report holds aggregate counts only: no identities or per-person numbers, no "
             "temperatures or times of individual people, no images, no operator names and no "
             "free-text notes.</p>")

    s.append("<h2>Audit trail</h2>")
    status = f"intact ({head_seq} records)" if ok else f"FAILED: {audit_msg}"
    s.append(f'<p class="audit {"ok" if ok else "failed"}" data-metric="audit">Audit chain {_e(status)}.</p>')
    s.append(f"<p>Head record {head_seq}, hash <code>{_e(head_hash)}</code>. Keep this line: "
             f"<code>canthus audit verify --anchor {head_seq}:{_e(head_hash)}</code> later proves that "
             "no record up to here was rewritten.</p>")

    s.append(f"<footer>Canthus {_e(__version__)}, report generated {_e(_minute(now))}.</footer>")
    doc = (
        "<!DOCTYPE html>\n<html lang=en><head><meta charset=utf-8>"
        f"<meta name=viewport content=\"width=device-width, initial-scale=1\"><title>{_e(title)}</title>"
        f"<style>{_CSS}</style></head><body>\n" + "\n".join(s) + "\n</body></html>\n"
    )
    return doc, summary


def _fmt_value(v) -> str:
    if v is None:
        return "unset"
    if isinstance(v, bool):
        return "on" if v else "off"
    return f"{v:g}" if isinstance(v, float) else str(v)


def _policy_text(v) -> str:
    from app.store.retention import RetentionPolicy

    try:
        return "retention: " + RetentionPolicy.from_dict(v).describe()
    except (KeyError, TypeError, ValueError):
        return "changed (see the audit trail)"


_CSS = (
    "body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}"
    "table{border-collapse:collapse;margin:.5rem 0 1rem}th,td{border:1px solid #ccc;padding:.25rem .6rem;"
    "text-align:left}td{text-align:right}h2{border-bottom:2px solid #456;margin-top:2rem}"
    ".audit.ok{color:#185c2a}.audit.failed{color:#a00;font-weight:bold}code{word-break:break-all}"
    "footer{margin-top:2rem;color:#666;font-size:.9em}"
)


def write_report(store: Store, start: datetime, end: datetime, out: str | os.PathLike, *,
                 site_name: str | None = None) -> dict:
    """Write the self-contained HTML report for ``[start, end)`` to ``out``; returns its numbers.

    Naive datetimes are local time.
    """
    doc, summary = build_report(store, start, end, site_name=site_name)
    out = Path(out)
    tmp = out.with_name(f".{out.name}.{os.getpid()}.tmp")
    try:
        tmp.write_text(doc, encoding="utf-8")
        os.replace(tmp, out)
    except OSError as e:
        tmp.unlink(missing_ok=True)
        raise CanthusError(f"cannot write the report {out}: {e.strerror or e}.") from None
    return summary

