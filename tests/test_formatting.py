"""The review windows' words: times, °C, percentages, durations, results,
alerts and the guards' reasons (pure functions, no display needed)."""

from __future__ import annotations

import subprocess
import sys
from datetime import datetime, timedelta, timezone
from types import SimpleNamespace

import pytest

from app.core.engine import REASONS
from app.core.vocabulary import FALSE_ALARM_CAUSES, OVERRIDE_REASONS, Action, Verdict
from app.ui import formatting as f
from app.ui.formatting import DASH

UTC = timezone.utc
#: A store time and the same instant as an aware datetime.
STORED = "2026-03-02T08:12:05.250000Z"
INSTANT = datetime(2026, 3, 2, 8, 12, 5, 250000, tzinfo=UTC)


def stored(t: datetime) -> str:
    return t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


# -- times and numbers --------------------------------------------------------------
def test_a_store_time_is_read_as_utc_and_shown_in_local_time():
    assert f.parse_store_time(STORED) == INSTANT
    local = INSTANT.astimezone()
    assert f.to_local(STORED) == local and f.to_local(STORED).utcoffset() == local.utcoffset()
    assert f.to_local(INSTANT) == local
    assert f.fmt_time(STORED) == local.strftime("%a %d %b %H:%M:%S")
    assert f.fmt_time(INSTANT, seconds=False, weekday=False) == local.strftime("%d %b %H:%M")
    assert f.fmt_time(None) == DASH


def test_a_store_time_in_another_format_is_refused():
    with pytest.raises(ValueError):
        f.parse_store_time("02/03/2026 08:12")


def test_temperatures_and_percentages_have_their_places_or_a_dash():
    assert f.fmt_c(37.6549) == "37.65"
    assert f.fmt_c(37.66, 1) == "37.7"
    assert f.fmt_c(0.0) == "0.00"  # zero is a value, not a missing one
    assert f.fmt_c(None) == DASH
    assert f.fmt_pct(0.25) == "25 %"
    assert f.fmt_pct(0.0314, 1) == "3.1 %"
    assert f.fmt_pct(None) == DASH


# -- reasons -------------------------------------------------------------------------
def test_every_override_code_is_shown_in_words_and_its_free_text_after():
    for code, words in OVERRIDE_REASONS.items():
        if code == "other":
            continue
        assert f.reason_text(code, Action.ALLOW) == words
        assert f.reason_text(f"{code}: coffee", Action.ALLOW) == f"{words} (coffee)"
        assert f.reason_text(f" {code.upper()} :coffee ", "bypass") == f"{words} (coffee)"
        assert f.short_reason(f"{code}: coffee", Action.ALLOW) == f"{code.replace('_', ' ')}: coffee"


def test_free_text_that_only_repeats_the_codes_words_is_not_shown_twice():
    # What the console's "Allow entry" choices store: the code, then its words in lower case.
    assert f.reason_text("thermometer_normal: clinical thermometer reading normal", Action.ALLOW) == \
        OVERRIDE_REASONS["thermometer_normal"]
    assert f.reason_text("hot_drink_or_food: hot drink or food just before", Action.ALLOW) == \
        OVERRIDE_REASONS["hot_drink_or_food"]
    assert f.short_reason("heat_or_sun: sun, heat or exercise just before", Action.ALLOW) == "heat or sun"


def test_other_and_unknown_reasons_show_as_typed():
    assert f.reason_text("other: badge forgotten", Action.ALLOW) == "other: badge forgotten"
    assert f.reason_text("because I said so", Action.ALLOW) == "because I said so"
    assert f.short_reason("because: I said so", Action.ALLOW) == "because: I said so"
    assert f.reason_text(None) == "" and f.reason_text("") == ""
    assert f.short_reason(None) == ""


def test_false_alarm_causes_are_worded_from_their_codes():
    for code, words in FALSE_ALARM_CAUSES.items():
        assert f.reason_text(code, Action.FALSE_ALARM) == words
        assert f.reason_text(f"{code}: held a mug", Action.FALSE_ALARM) == f"{words} (held a mug)"
        assert f.short_reason(code, Action.FALSE_ALARM) == code.replace("_", " ")
    # A code both lists have is worded by the action it was given with.
    assert f.reason_text("hot_drink_or_food", Action.FALSE_ALARM) == FALSE_ALARM_CAUSES["hot_drink_or_food"]
    assert f.reason_text("hot_drink_or_food", Action.ALLOW) == OVERRIDE_REASONS["hot_drink_or_food"]
    # An override code is no cause of a false alarm.
    assert f.reason_text("supervisor", Action.FALSE_ALARM) == "supervisor"


def test_older_false_alarms_that_stored_the_words_keep_them():
    for words in FALSE_ALARM_CAUSES.values():
        assert f.reason_text(words, Action.FALSE_ALARM) == words
        assert f.short_reason(words, Action.FALSE_ALARM) == words
        assert f.action_text({"at": STORED, "who": "Anna", "action": "false_alarm", "reason": words},
                             with_time=False) == f"Anna · False alarm · {words}"


def test_metric_labels():
    assert f.metric_label("override:heat_or_sun") == "Override: heat or sun"
    assert f.metric_label("override:none") == "Override: no reason"
    assert f.metric_label("action:secondary_check") == "Thermometer check"
    assert f.metric_label("action:door_opened") == "Door opened"


# -- actions ----------------------------------------------------------------------------
def test_one_action_in_full():
    a = {"at": STORED, "who": "Anna Guard", "action": "allow", "reason": "heat_or_sun: cycled in", "reading_c": None}
    hhmm = INSTANT.astimezone().strftime("%H:%M")
    assert f.action_text(a) == f"{hhmm} · Anna Guard · Allowed entry · {OVERRIDE_REASONS['heat_or_sun']} (cycled in)"
    check = {"at": STORED, "who": None, "action": "secondary_check", "reading_c": 38.06}
    assert f.action_text(check, with_time=False) == f"{DASH} · Thermometer check · 38.1 °C"
    assert f.action_text({"at": STORED, "who": "Bo", "action": "wave"}, with_time=False) == "Bo · wave"


def test_the_actions_on_a_decision_on_one_line_name_each_guard_once():
    acts = [
        {"who": "Anna", "action": "secondary_check", "reading_c": 37.94},
        {"who": "Anna", "action": "allow", "reason": "thermometer_normal: 37.2 oral"},
        {"who": "Bo", "action": "silence"},
        {"who": "Bo", "action": "secondary_check", "reading_c": None},
        {"who": "Bo", "action": "false_alarm", "reason": "two_people"},
    ]
    assert f.actions_summary(acts) == ("Anna: Thermometer 37.9 °C  ›  Allowed entry (thermometer normal: 37.2 oral)"
                                       "  ›  Bo: Silenced  ›  Thermometer, no reading  ›  False alarm (two people)")
    assert f.actions_summary([]) == ""


# -- decisions and alerts ------------------------------------------------------------------
@pytest.mark.parametrize(("d", "text"), [
    ({"verdict": Verdict.ELEVATED}, "ELEVATED"),
    ({"verdict": "elevated", "prealarm": True}, "ELEVATED"),
    ({"verdict": "retry"}, "Retry"),
    ({"verdict": "normal", "prealarm": True}, "Pre-alarm"),
    ({"verdict": "normal"}, "Normal"),
])
def test_result_text(d, text):
    assert f.result_text(d) == text


def test_instruction_text_says_what_the_decision_rested_on():
    reason = next(iter(REASONS))
    assert f.instruction_text({"verdict": "retry", "reason": reason}) == REASONS[reason]
    assert f.instruction_text({"verdict": "retry", "reason": "new_reason"}) == "new_reason"
    assert f.instruction_text({"verdict": "retry", "reason": None}) == DASH
    absolute = {"verdict": "elevated", "rule": "absolute", "alarm_level_c": 37.95}
    assert f.instruction_text(absolute) == "Measured"
    assert f.instruction_text(absolute, full=True) == "Measured, absolute rule, alarm at ≥ 37.95 °C"
    assert f.instruction_text({"verdict": "normal", "rule": "relative", "alarm_level_c": 36.9}, full=True) == \
        "Measured, relative rule"
    assert f.instruction_text({"verdict": "normal"}) == "Measured"


def test_alert_text():
    assert f.alert_text(None) == DASH
    assert f.alert_text({"closed_at": None}) == "OPEN"
    assert f.alert_text({"closed_at": None, "escalated_at": STORED}) == "OPEN · escalated"
    assert f.alert_text({"closed_at": STORED, "outcome": "denied", "check_result": "fail"}) == \
        "Denied · fever confirmed"
    assert f.alert_text({"closed_at": STORED, "outcome": "allowed", "check_result": "pass"}) == \
        "Allowed · thermometer normal"
    assert f.alert_text({"closed_at": STORED, "outcome": "new_outcome"}) == "new_outcome"


def test_an_alerts_wait_is_said_in_minutes_and_seconds():
    raised = INSTANT
    assert f.alert_wait_text({"raised_at": stored(raised), "closed_at": stored(raised + timedelta(seconds=80))}) == \
        "closed after 1 min 20 s"
    assert f.alert_wait_text({"raised_at": stored(raised), "closed_at": stored(raised + timedelta(hours=1))}) == \
        "closed after 1 h"
    assert f.alert_wait_text({"raised_at": stored(raised), "closed_at": None}) == ""


def test_retention_text():
    assert f.retention_text(SimpleNamespace(mode="none", hours=0)) == "Retention: nothing personal is kept"
    assert f.retention_text(SimpleNamespace(mode="all", hours=24)) == "Retention: every decision, 24 h"
    assert f.retention_text(SimpleNamespace(mode="alarms", hours=1.5)) == "Retention: elevated decisions only, 1.5 h"


def test_the_formatters_need_no_qt():
    """Importing them loads no widget library, so scripts and reports can use them without a display."""
    code = ("import sys, app.ui.formatting; "
            "print(sorted({m.split('.')[0] for m in sys.modules} & {'PySide6', 'pyqtgraph', 'vispy'}))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


# -- in the console's language ---------------------------------------------------------------
@pytest.fixture
def speak():
    """Make the console's language ``lang`` (what installing its translators does), English afterwards."""
    from app import translations

    yield translations.set_current_language
    translations.set_current_language("en")


def test_numbers_are_written_in_the_languages_form(speak):
    speak("fr")
    assert f.fmt_c(37.6549) == "37,65" and f.fmt_c(37.66, 1) == "37,7" and f.fmt_c(None) == DASH
    assert f.fmt_celsius(38.06) == "38,1 °C"
    assert f.fmt_pct(0.0314, 1) == "3,1 %"
    assert f.fmt_number(12345) == "12\u202f345"
    assert f.fmt_hours(1.5) == "1,5" and f.fmt_hours(24) == "24"
    speak("de")
    assert f.fmt_number(12345) == "12.345" and f.fmt_c(-0.004) == "0,00"


@pytest.mark.parametrize(("lang", "day", "month"),
                         [("fr", "lun.", "mars"), ("nl", "ma", "mrt"), ("de", "Mo.", "März")])
def test_times_are_written_with_the_languages_day_and_month_names(speak, lang, day, month):
    speak(lang)
    local = INSTANT.astimezone()
    if (local.weekday(), local.month) != (0, 3):
        pytest.skip("this zone puts the instant on another day")
    dd = f"{local.day:02d}." if lang == "de" else f"{local.day:02d}"
    assert f.fmt_time(STORED) == f"{day} {dd} {month} {local:%H:%M:%S}"
    assert f.fmt_time(INSTANT, seconds=False, weekday=False) == f"{dd} {month} {local:%H:%M}"


def test_the_review_words_in_french(speak):
    speak("fr")
    assert f.result_text({"verdict": "elevated"}) == "ÉLEVÉE"
    assert f.result_text({"verdict": "normal", "prealarm": True}) == "Pré-alarme"
    assert f.instruction_text({"verdict": "retry", "reason": "too_far"}) == "Approchez-vous de la caméra"
    assert f.instruction_text({"verdict": "retry", "reason": "new_reason"}) == "new_reason"  # a code of a later version
    assert f.instruction_text({"verdict": "elevated", "rule": "absolute", "alarm_level_c": 37.95}, full=True) == \
        "Mesurée, règle absolue, alarme à ≥ 37,95 °C"
    assert f.alert_text({"closed_at": STORED, "outcome": "denied", "check_result": "fail"}) == \
        "Refusée · fièvre confirmée"
    assert f.alert_text({"closed_at": None, "escalated_at": STORED}) == "OUVERTE · escaladée"
    raised = INSTANT
    assert f.alert_wait_text({"raised_at": stored(raised), "closed_at": stored(raised + timedelta(seconds=80))}) == \
        "clôturée après 1 min 20 s"
    assert f.retention_text(SimpleNamespace(mode="alarms", hours=1.5)) == \
        "Conservation : résultats élevés seulement, 1,5 h"
    assert f.metric_label("override:heat_or_sun") == "Dérogation : chaleur ou soleil"
    assert f.metric_label("action:secondary_check") == "Contrôle au thermomètre"
    assert f.metric_label("action:door_opened") == "Door opened"  # an action this version has no words for


def test_a_guards_reason_in_french_and_the_typed_text_kept(speak):
    speak("fr")
    assert f.reason_text("heat_or_sun: cycled in", Action.ALLOW) == \
        "Soleil, chaleur ou effort juste avant le contrôle (cycled in)"
    assert f.reason_text("two_people", Action.FALSE_ALARM) == "Deux personnes dans le champ"
    assert f.short_reason("hot_drink_or_food: café", Action.ALLOW) == "boisson ou repas chaud: café"
    # what the console stores after the code (its English words) is not shown twice
    assert f.reason_text("thermometer_normal: clinical thermometer reading normal", Action.ALLOW) == \
        "Thermomètre médical : valeur normale"
    assert f.reason_text("because I said so", Action.ALLOW) == "because I said so"
    acts = [{"who": "Anna", "action": "secondary_check", "reading_c": 37.94},
            {"who": "Anna", "action": "allow", "reason": "thermometer_normal: 37.2 oral"}]
    assert f.actions_summary(acts) == \
        "Anna: Thermomètre 37,9 °C  ›  Entrée autorisée (thermomètre normal: 37.2 oral)"


def test_every_coded_reason_has_its_short_words():
    assert set(f.SHORT_OVERRIDE_REASONS) == set(OVERRIDE_REASONS)
    assert set(f.SHORT_FALSE_ALARM_CAUSES) == set(FALSE_ALARM_CAUSES)
    for code, words in {**f.SHORT_OVERRIDE_REASONS, **f.SHORT_FALSE_ALARM_CAUSES}.items():
        assert words == code.replace("_", " ")  # in English, the code's own words


def test_the_consoles_own_closing_words_are_words_not_codes():
    from app.ui.formatting import action_label, outcome_label

    assert outcome_label("console_closed") == "Closed by the console, unresolved"
    assert action_label("quit_with_open_alerts") == "Console quit with alarms open"
    assert action_label("console_closed") == "Closed by the console (unresolved)"
