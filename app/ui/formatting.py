"""Stored values in the review windows' words: local times, °C, percentages,
durations, results, alerts, the guards' actions and their reasons.

Pure functions of what the store returns (no Qt, no store access), so history,
statistics and re-calibration say one thing one way, and tests call them
directly. Reasons are stored as codes (``"hot_drink_or_food: coffee"``);
records written before the codes existed hold English words, and show as
they were written.
"""

from __future__ import annotations

from datetime import datetime, timezone

from app.core.engine import REASONS
from app.core.vocabulary import FALSE_ALARM_CAUSES, OVERRIDE_REASONS, Action, Verdict
from app.store.pin import duration_text

UTC = timezone.utc
#: What a cell shows where there is no value (not measured, or not kept by the retention policy).
DASH = "—"
#: The store's time format: fixed-width UTC ISO text.
STORE_TIME = "%Y-%m-%dT%H:%M:%S.%fZ"

ACTION_LABELS = {
    Action.ALLOW: "Allowed entry", Action.DENY: "Denied entry", Action.SECONDARY_CHECK: "Thermometer check",
    Action.FALSE_ALARM: "False alarm", Action.SILENCE: "Silenced", "acknowledge": "Acknowledged",
    "rescreen": "Re-screen", "bypass": "Bypassed camera", "resume": "Resumed", "pause": "Paused",
    "suspend": "Suspended", "resume_screening": "Resumed screening", "mute": "Muted", "unmute": "Unmuted",
    "sign_on": "Signed on", "sign_off": "Signed off", "note": "Note",
}
OUTCOME_LABELS = {
    "allowed": "Allowed", "denied": "Denied", "false_alarm": "False alarm", "rescreened": "Re-screened",
    "expired": "Expired", "cleared": "Cleared",
}
RESULT_TIPS = {
    Verdict.ELEVATED: "At or over the alarm level: an alert for the guards",
    "prealarm": "A normal result close to the alarm level (pre-alarm)",
    Verdict.NORMAL: "Under the alarm level",
    Verdict.RETRY: "No result: the person was asked to do something and screen again",
}


# -- times and numbers ----------------------------------------------------------
def parse_store_time(t: str) -> datetime:
    """A store time (``2026-03-02T08:12:00.000000Z``) as an aware UTC datetime."""
    return datetime.strptime(t, STORE_TIME).replace(tzinfo=UTC)


def to_local(t: str | datetime) -> datetime:
    """A store time or an aware datetime, in local time."""
    return (parse_store_time(t) if isinstance(t, str) else t).astimezone()


def fmt_time(t: str | datetime | None, seconds: bool = True, weekday: bool = True) -> str:
    """``Mon 02 Mar 09:12:05`` in local time, or a dash for no time."""
    if t is None:
        return DASH
    return to_local(t).strftime(("%a " if weekday else "") + ("%d %b %H:%M:%S" if seconds else "%d %b %H:%M"))


def fmt_c(v: float | None, places: int = 2) -> str:
    """A temperature, or a dash where the retention policy kept none."""
    return DASH if v is None else f"{v:.{places}f}"


def fmt_pct(x: float | None, places: int = 0) -> str:
    """A fraction as a percentage (``0.25`` -> ``25 %``), or a dash where there is none (nothing to divide)."""
    return DASH if x is None else f"{100 * x:.{places}f} %"


def plural(n: int, word: str) -> str:
    """``1 decision``, ``3 decisions``."""
    return f"{n} {word}{'' if n == 1 else 's'}"


# -- the guards' reasons ----------------------------------------------------------
def _vocabulary(action: str | None) -> dict[str, str]:
    # Some codes stand in both lists (hot_drink_or_food, camera_fault): the action says which.
    return FALSE_ALARM_CAUSES if action == Action.FALSE_ALARM else OVERRIDE_REASONS


def _parse_reason(reason: str, action: str | None) -> tuple[str, str, str] | None:
    """(code, its words, free text that adds to them) for a reason that starts with a known code, else None
    ("other" is no code worth words). Free text that only repeats the code's words adds nothing."""
    code, _, rest = reason.partition(":")
    code, rest = code.strip().lower(), rest.strip()
    vocabulary = _vocabulary(action)
    if code not in vocabulary or code == "other":
        return None
    words = vocabulary[code]
    return code, words, "" if words.lower().startswith(rest.lower()) else rest


def reason_text(reason: str | None, action: str | None = None) -> str:
    """A guard's reason in full: the code in words and any free text after it.

    ``action`` picks the codes (a false alarm's causes, or the override
    reasons for anything else); a reason that is no code (older records that
    stored the words, or typed text) shows as it was stored.
    """
    parsed = _parse_reason(reason, action) if reason else None
    if parsed is None:
        return reason or ""
    _, words, rest = parsed
    return f"{words} ({rest})" if rest else words


def short_reason(reason: str | None, action: str | None = None) -> str:
    """A guard's reason in a few words: ``hot drink or food: coffee`` (the code, and any free text)."""
    parsed = _parse_reason(reason, action) if reason else None
    if parsed is None:
        return reason or ""
    code, _, rest = parsed
    return code.replace("_", " ") + (f": {rest}" if rest else "")


def metric_label(metric: str) -> str:
    """A store count's name in words: ``override:heat_or_sun`` -> ``Override: heat or sun``."""
    kind, _, what = metric.partition(":")
    if kind == "override":
        return "Override: " + ("no reason" if what == "none" else what.replace("_", " "))
    return ACTION_LABELS.get(what, what.replace("_", " ").capitalize())


# -- actions ---------------------------------------------------------------------
def _reading(a: dict) -> str:
    return f"{a['reading_c']:.1f} °C"


def actions_summary(actions: list[dict]) -> str:
    """The actions on one decision on one line: ``Anna: Thermometer 38.1 °C  ›  Allowed entry (heat or sun)``."""
    parts, last_who = [], None
    for a in actions:
        what = ACTION_LABELS.get(a["action"], a["action"])
        if a["action"] == Action.SECONDARY_CHECK:
            what = "Thermometer" + (f" {_reading(a)}" if a.get("reading_c") is not None else ", no reading")
        elif a.get("reading_c") is not None:
            what += f" {_reading(a)}"
        why = short_reason(a.get("reason"), a["action"])
        if why:
            what += f" ({why})"
        who = a.get("who") or DASH
        parts.append(what if who == last_who else f"{who}: {what}")
        last_who = who
    return "  ›  ".join(parts)


def action_text(a: dict, with_time: bool = True) -> str:
    """One operator action: when, who, what, the thermometer reading and why."""
    parts = [to_local(a["at"]).strftime("%H:%M")] if with_time else []
    parts.append(a.get("who") or DASH)
    parts.append(ACTION_LABELS.get(a["action"], a["action"]))
    if a.get("reading_c") is not None:
        parts.append(_reading(a))
    why = reason_text(a.get("reason"), a["action"])
    if why:
        parts.append(why)
    return " · ".join(parts)


# -- decisions and alerts -------------------------------------------------------------
def result_text(d: dict) -> str:
    """A stored decision's result in one word (what the tile said)."""
    if d["verdict"] == Verdict.ELEVATED:
        return "ELEVATED"
    if d["verdict"] == Verdict.RETRY:
        return "Retry"
    return "Pre-alarm" if d.get("prealarm") else "Normal"


def instruction_text(d: dict, full: bool = False) -> str:
    """What the decision rested on: the instruction of a non-result, or the rule of a result."""
    if d["verdict"] == Verdict.RETRY:
        return REASONS.get(d.get("reason") or "", d.get("reason") or DASH)
    rule = d.get("rule") or ""
    text = "Measured" if rule.startswith("absolute") and not full else "Measured" + (f", {rule} rule" if rule else "")
    level = d.get("alarm_level_c")
    if full and level is not None and rule == "absolute":
        text += f", alarm at ≥ {level:.2f} °C"
    return text


def alert_text(al: dict | None) -> str:
    """An alert's state: ``OPEN``, or how it ended, the thermometer's word and whether it escalated."""
    if al is None:
        return DASH
    parts = [OUTCOME_LABELS.get(al.get("outcome") or "", al.get("outcome")) if al.get("closed_at") else "OPEN"]
    check = al.get("check_result")
    if check == "fail":
        parts.append("fever confirmed")
    elif check == "pass":
        parts.append("thermometer normal")
    if al.get("escalated_at"):
        parts.append("escalated")
    return " · ".join(p for p in parts if p)


def alert_wait_text(al: dict) -> str:
    """How long a closed alert waited for the guard's answer: ``closed after 1 min 20 s`` ("" while open)."""
    if not al.get("closed_at") or not al.get("raised_at"):
        return ""
    waited = (parse_store_time(al["closed_at"]) - parse_store_time(al["raised_at"])).total_seconds()
    return f"closed after {duration_text(waited)}"


def retention_text(policy) -> str:
    """The retention policy in a few words, for a status line."""
    if policy.mode == "none":
        return "Retention: nothing personal is kept"
    what = "every decision" if policy.mode == "all" else "elevated decisions only"
    return f"Retention: {what}, {policy.hours:g} h"


__all__ = [
    "ACTION_LABELS", "DASH", "OUTCOME_LABELS", "RESULT_TIPS", "action_text", "actions_summary", "alert_text",
    "alert_wait_text", "fmt_c", "fmt_pct", "fmt_time", "instruction_text", "metric_label", "parse_store_time",
    "plural", "reason_text", "result_text", "retention_text", "short_reason", "to_local",
]
