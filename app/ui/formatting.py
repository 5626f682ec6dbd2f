"""Stored values in the review windows' words: local times, °C, percentages,
durations, results, alerts, the guards' actions and their reasons.

Pure functions of what the store returns (no Qt, no store access), so history,
statistics and re-calibration say one thing one way, and tests call them
directly. They speak the console's language (:func:`app.translations.current_language`,
set when the console installs its translators) through the catalog read from the
same ``.ts`` sources Qt loads, so this module stays importable without Qt; numbers
and dates are written in that language's form (37,65 in French, Dutch and German).

Reasons are stored as codes (``"hot_drink_or_food: coffee"``); records written
before the codes existed hold English words, and show as they were written.
"""

from __future__ import annotations

from datetime import datetime, timezone

from app.core.vocabulary import FALSE_ALARM_CAUSES, OVERRIDE_REASONS, Action, Verdict
from app.store.pin import duration_text
from app.translations import (
    QT_TRANSLATE_NOOP,
    arg,
    current_language,
    day_month_time,
    number,
    words,
)

UTC = timezone.utc
#: What a cell shows where there is no value (not measured, or not kept by the retention policy).
DASH = "—"
#: The store's time format: fixed-width UTC ISO text.
STORE_TIME = "%Y-%m-%dT%H:%M:%S.%fZ"

#: The guards' and the console's actions (store codes), translated by code in context "ReviewAction".
ACTION_LABELS = {
    Action.ALLOW: QT_TRANSLATE_NOOP("ReviewAction", "Allowed entry"),
    Action.DENY: QT_TRANSLATE_NOOP("ReviewAction", "Denied entry"),
    Action.SECONDARY_CHECK: QT_TRANSLATE_NOOP("ReviewAction", "Thermometer check"),
    Action.FALSE_ALARM: QT_TRANSLATE_NOOP("ReviewAction", "False alarm"),
    Action.SILENCE: QT_TRANSLATE_NOOP("ReviewAction", "Silenced"),
    "acknowledge": QT_TRANSLATE_NOOP("ReviewAction", "Acknowledged"),
    "rescreen": QT_TRANSLATE_NOOP("ReviewAction", "Re-screen"),
    "bypass": QT_TRANSLATE_NOOP("ReviewAction", "Bypassed camera"),
    "resume": QT_TRANSLATE_NOOP("ReviewAction", "Resumed"),
    "pause": QT_TRANSLATE_NOOP("ReviewAction", "Paused"),
    "suspend": QT_TRANSLATE_NOOP("ReviewAction", "Suspended"),
    "resume_screening": QT_TRANSLATE_NOOP("ReviewAction", "Resumed screening"),
    "mute": QT_TRANSLATE_NOOP("ReviewAction", "Muted"),
    "unmute": QT_TRANSLATE_NOOP("ReviewAction", "Unmuted"),
    "console_closed": QT_TRANSLATE_NOOP("ReviewAction", "Closed by the console (unresolved)"),
    "quit_with_open_alerts": QT_TRANSLATE_NOOP("ReviewAction", "Console quit with alarms open"),
    "sign_on": QT_TRANSLATE_NOOP("ReviewAction", "Signed on"),
    "sign_off": QT_TRANSLATE_NOOP("ReviewAction", "Signed off"),
    "note": QT_TRANSLATE_NOOP("ReviewAction", "Note"),
}
#: How an alert ended (store codes), context "AlertOutcome".
OUTCOME_LABELS = {
    "allowed": QT_TRANSLATE_NOOP("AlertOutcome", "Allowed"),
    "denied": QT_TRANSLATE_NOOP("AlertOutcome", "Denied"),
    "false_alarm": QT_TRANSLATE_NOOP("AlertOutcome", "False alarm"),
    "rescreened": QT_TRANSLATE_NOOP("AlertOutcome", "Re-screened"),
    "expired": QT_TRANSLATE_NOOP("AlertOutcome", "Expired"),
    "cleared": QT_TRANSLATE_NOOP("AlertOutcome", "Cleared"),
    "console_closed": QT_TRANSLATE_NOOP("AlertOutcome", "Closed by the console, unresolved"),
}
#: What each result means, for a table cell's tooltip, context "Review".
RESULT_TIPS = {
    Verdict.ELEVATED: QT_TRANSLATE_NOOP("Review", "At or over the alarm level: an alert for the guards"),
    "prealarm": QT_TRANSLATE_NOOP("Review", "A normal result close to the alarm level (pre-alarm)"),
    Verdict.NORMAL: QT_TRANSLATE_NOOP("Review", "Under the alarm level"),
    Verdict.RETRY: QT_TRANSLATE_NOOP("Review", "No result: the person was asked to do something and screen again"),
}
#: A guard's reason in a few words (the code's own words in English), by code: the override reasons...
SHORT_OVERRIDE_REASONS = {
    "thermometer_normal": QT_TRANSLATE_NOOP("ShortOverrideReason", "thermometer normal"),
    "hot_drink_or_food": QT_TRANSLATE_NOOP("ShortOverrideReason", "hot drink or food"),
    "heat_or_sun": QT_TRANSLATE_NOOP("ShortOverrideReason", "heat or sun"),
    "known_condition": QT_TRANSLATE_NOOP("ShortOverrideReason", "known condition"),
    "supervisor": QT_TRANSLATE_NOOP("ShortOverrideReason", "supervisor"),
    "camera_fault": QT_TRANSLATE_NOOP("ShortOverrideReason", "camera fault"),
    "other": QT_TRANSLATE_NOOP("ShortOverrideReason", "other"),
}
#: ... and the causes of a false alarm.
SHORT_FALSE_ALARM_CAUSES = {
    "hot_drink_or_food": QT_TRANSLATE_NOOP("ShortFalseAlarmCause", "hot drink or food"),
    "sun_heated_skin": QT_TRANSLATE_NOOP("ShortFalseAlarmCause", "sun heated skin"),
    "exertion": QT_TRANSLATE_NOOP("ShortFalseAlarmCause", "exertion"),
    "hot_object": QT_TRANSLATE_NOOP("ShortFalseAlarmCause", "hot object"),
    "two_people": QT_TRANSLATE_NOOP("ShortFalseAlarmCause", "two people"),
    "camera_fault": QT_TRANSLATE_NOOP("ShortFalseAlarmCause", "camera fault"),
}


def action_label(code: str) -> str:
    """An action code in words (``allow`` -> ``Allowed entry``); an unknown code shows as stored."""
    source = ACTION_LABELS.get(code)
    return words().translate("ReviewAction", source) if source else code


def outcome_label(code: str) -> str:
    """How an alert ended, in words; an unknown outcome shows as stored."""
    source = OUTCOME_LABELS.get(code)
    return words().translate("AlertOutcome", source) if source else code


def result_tip(key: str) -> str | None:
    """What a result (a verdict, or ``prealarm``) means, for a tooltip."""
    source = RESULT_TIPS.get(key)
    return words().translate("Review", source) if source else None


# -- times and numbers ----------------------------------------------------------
def parse_store_time(t: str) -> datetime:
    """A store time (``2026-03-02T08:12:00.000000Z``) as an aware UTC datetime."""
    return datetime.strptime(t, STORE_TIME).replace(tzinfo=UTC)


def to_local(t: str | datetime) -> datetime:
    """A store time or an aware datetime, in local time."""
    return (parse_store_time(t) if isinstance(t, str) else t).astimezone()


def fmt_time(t: str | datetime | None, seconds: bool = True, weekday: bool = True) -> str:
    """``Mon 02 Mar 09:12:05`` in local time (``lun. 02 mars 09:12:05`` in French), or a dash for no time."""
    if t is None:
        return DASH
    return day_month_time(to_local(t), current_language(), seconds=seconds, weekday=weekday)


def fmt_number(v: float, places: int = 0) -> str:
    """A number in the console's language: ``1 234,5`` (fr), ``1.234,5`` (nl, de), ``1,234.5`` (en)."""
    return number(v, places, current_language())


def fmt_c(v: float | None, places: int = 2) -> str:
    """A temperature without its unit (``37.65``, ``37,65`` in French), or a dash where the retention
    policy kept none."""
    return DASH if v is None else number(v, places, current_language())


def fmt_celsius(v: float | None, places: int = 1) -> str:
    """A temperature with its unit (``37.7 °C``, ``37,7 °C``), or a dash."""
    return DASH if v is None else f"{fmt_c(v, places)} °C"


def fmt_pct(x: float | None, places: int = 0) -> str:
    """A fraction as a percentage (``0.25`` -> ``25 %``), or a dash where there is none (nothing to divide)."""
    return DASH if x is None else f"{number(100 * x, places, current_language())} %"


def fmt_hours(h: float) -> str:
    """A number of hours as a setting holds it: ``24``, ``1,5`` (no trailing zeros)."""
    places = next((k for k in range(3) if abs(round(h, k) - h) < 1e-9), 2)
    return number(h, places, current_language())


# -- the guards' reasons ----------------------------------------------------------
def _vocabulary(action: str | None) -> tuple[str, dict[str, str], dict[str, str]]:
    # Some codes stand in both lists (hot_drink_or_food, camera_fault): the action says which.
    if action == Action.FALSE_ALARM:
        return "FalseAlarmCause", FALSE_ALARM_CAUSES, SHORT_FALSE_ALARM_CAUSES
    return "OverrideReason", OVERRIDE_REASONS, SHORT_OVERRIDE_REASONS


def _parse_reason(reason: str, action: str | None) -> tuple[str, str, str] | None:
    """(code, its words, free text that adds to them) for a reason that starts with a known code, else None
    ("other" is no code worth words). Free text that only repeats the code's words adds nothing."""
    code, _, rest = reason.partition(":")
    code, rest = code.strip().lower(), rest.strip()
    context, vocabulary, _ = _vocabulary(action)
    if code not in vocabulary or code == "other":
        return None
    english = vocabulary[code]
    shown = words().vocabulary(context, code, english)
    repeats = english.lower().startswith(rest.lower()) or shown.lower().startswith(rest.lower())
    return code, shown, "" if repeats else rest


def reason_text(reason: str | None, action: str | None = None) -> str:
    """A guard's reason in full: the code in words and any free text after it.

    ``action`` picks the codes (a false alarm's causes, or the override
    reasons for anything else); a reason that is no code (older records that
    stored the words, or typed text) shows as it was stored.
    """
    parsed = _parse_reason(reason, action) if reason else None
    if parsed is None:
        return reason or ""
    _, shown, rest = parsed
    return f"{shown} ({rest})" if rest else shown


def _short_words(code: str, action: str | None) -> str:
    _, _, short = _vocabulary(action)
    source = short.get(code)
    context = "ShortFalseAlarmCause" if action == Action.FALSE_ALARM else "ShortOverrideReason"
    return words().translate(context, source) if source else code.replace("_", " ")


def short_reason(reason: str | None, action: str | None = None) -> str:
    """A guard's reason in a few words: ``hot drink or food: coffee`` (the code's words, and any free text)."""
    parsed = _parse_reason(reason, action) if reason else None
    if parsed is None:
        return reason or ""
    code, _, rest = parsed
    return _short_words(code, action) + (f": {rest}" if rest else "")


def metric_label(metric: str) -> str:
    """A store count's name in words: ``override:heat_or_sun`` -> ``Override: heat or sun``."""
    kind, _, what = metric.partition(":")
    if kind == "override":
        if what == "none":
            return words().translate("Review", "Override: no reason")
        return arg(words().translate("Review", "Override: %1"), _short_words(what, None))
    source = ACTION_LABELS.get(what)
    return words().translate("ReviewAction", source) if source else what.replace("_", " ").capitalize()


# -- actions ---------------------------------------------------------------------
def _reading(a: dict) -> str:
    return fmt_celsius(a["reading_c"], 1)


def actions_summary(actions: list[dict]) -> str:
    """The actions on one decision on one line: ``Anna: Thermometer 38.1 °C  ›  Allowed entry (heat or sun)``."""
    parts, last_who = [], None
    for a in actions:
        what = action_label(a["action"])
        if a["action"] == Action.SECONDARY_CHECK:
            what = (arg(words().translate("Review", "Thermometer %1"), _reading(a)) if a.get("reading_c") is not None
                    else words().translate("Review", "Thermometer, no reading"))
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
    parts.append(action_label(a["action"]))
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
        return words().translate("Review", "ELEVATED")
    if d["verdict"] == Verdict.RETRY:
        return words().translate("Review", "Retry")
    return words().translate("Review", "Pre-alarm") if d.get("prealarm") else words().translate("Review", "Normal")


def instruction_text(d: dict, full: bool = False) -> str:
    """What the decision rested on: the instruction of a non-result, or the rule of a result."""
    if d["verdict"] == Verdict.RETRY:
        code = d.get("reason") or ""
        return words().vocabulary("Reason", code, code or DASH) if code else DASH
    rule = d.get("rule") or ""
    if not rule or (not full and rule.startswith("absolute")):
        return words().translate("Review", "Measured")
    if rule == "absolute":
        text = words().translate("Review", "Measured, absolute rule")
    elif rule == "relative":
        text = words().translate("Review", "Measured, relative rule")
    else:  # "absolute (seeding baseline)": the relative rule's first people
        text = arg(words().translate("Review", "Measured, %1 rule"), words().vocabulary("Rule", rule))
    level = d.get("alarm_level_c")
    if full and level is not None and rule == "absolute":
        text = arg(words().translate("Review", "%1, alarm at ≥ %2"), text, fmt_celsius(level, 2))
    return text


def alert_text(al: dict | None) -> str:
    """An alert's state: ``OPEN``, or how it ended, the thermometer's word and whether it escalated."""
    if al is None:
        return DASH
    parts = [outcome_label(al.get("outcome") or "") if al.get("closed_at") else words().translate("Review", "OPEN")]
    check = al.get("check_result")
    if check == "fail":
        parts.append(words().translate("Review", "fever confirmed"))
    elif check == "pass":
        parts.append(words().translate("Review", "thermometer normal"))
    if al.get("escalated_at"):
        parts.append(words().translate("Review", "escalated"))
    return " · ".join(p for p in parts if p)


def alert_is_open(al: dict | None) -> bool:
    """True for an alert no guard has answered yet (the table marks it)."""
    return al is not None and not al.get("closed_at")


def alert_wait_text(al: dict) -> str:
    """How long a closed alert waited for the guard's answer: ``closed after 1 min 20 s`` ("" while open)."""
    if not al.get("closed_at") or not al.get("raised_at"):
        return ""
    waited = (parse_store_time(al["closed_at"]) - parse_store_time(al["raised_at"])).total_seconds()
    return arg(words().translate("Review", "closed after %1"), duration_text(waited))


def retention_text(policy) -> str:
    """The retention policy in a few words, for a status line."""
    if policy.mode == "none":
        return words().translate("Review", "Retention: nothing personal is kept")
    if policy.mode == "all":
        return arg(words().translate("Review", "Retention: every decision, %1 h"), fmt_hours(policy.hours))
    return arg(words().translate("Review", "Retention: elevated decisions only, %1 h"), fmt_hours(policy.hours))


__all__ = [
    "ACTION_LABELS", "DASH", "OUTCOME_LABELS", "RESULT_TIPS", "SHORT_FALSE_ALARM_CAUSES", "SHORT_OVERRIDE_REASONS",
    "action_label", "action_text", "actions_summary", "alert_is_open", "alert_text", "alert_wait_text", "fmt_c",
    "fmt_celsius", "fmt_hours", "fmt_number", "fmt_pct", "fmt_time", "instruction_text", "metric_label",
    "outcome_label", "parse_store_time", "reason_text", "result_text", "result_tip", "retention_text",
    "short_reason", "to_local", "words",
]
