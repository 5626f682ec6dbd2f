"""Alert logic: latching, the override buttons, the door only on a guard's action, escalation."""

from __future__ import annotations

import pytest

from app.alarms import ActionRefused, AlertBook
from app.core.engine import Decision
from app.door import SimulatedDoor


def elevated(camera="Main", subject=1, estimate=38.4) -> Decision:
    return Decision(camera=camera, subject=subject, t=1.0, seq=1, verdict="elevated", reason="measured",
                    instruction="", canthus_c=estimate - 1.31, estimate_c=estimate, rule="absolute",
                    limit_c=37.7, alarm_level_c=37.5)


class Clock:
    def __init__(self):
        self.t = 0.0

    def __call__(self):
        return self.t


@pytest.fixture
def book():
    return AlertBook(door=SimulatedDoor(), escalate_after_s=30.0, clock=Clock())


def test_alerts_latch_and_queue_newest_first(book):
    a = book.raise_alert(0, elevated(subject=1))
    b = book.raise_alert(1, elevated(camera="Side", subject=2))
    assert book.open_alerts() == [b, a]
    assert book.sounding
    book.act(a, "silence", "Ana")
    assert book.open_alerts() == [b, a]  # silence does not close
    assert not a.closed and book.sounding  # b still sounds
    book.act(b, "silence", "Ana")
    assert not book.sounding and len(book.open_alerts()) == 2
    assert book.door.events == []  # nothing touched a door


def test_allow_needs_a_reason_and_opens_the_door(book):
    a = book.raise_alert(0, elevated())
    with pytest.raises(ActionRefused, match="reason"):
        book.act(a, "allow", "Ana")
    with pytest.raises(ActionRefused, match="reason"):
        book.act(a, "allow", "Ana", reason="   ")
    assert not a.closed and book.door.events == []
    book.act(a, "allow", "Ana", reason="Known condition, documented")
    assert a.closed and a.outcome == "allow"
    assert book.door.state == {"Main": "released"}
    assert book.door.events[-1][3:] == ("Ana", "Known condition, documented")


def test_deny_holds_the_door(book):
    a = book.raise_alert(0, elevated())
    book.act(a, "deny", "Ana")
    assert book.door.state == {"Main": "held"} and a.closed


def test_secondary_check_result_follows_the_thermometer(book):
    a = book.raise_alert(0, elevated())
    with pytest.raises(ActionRefused, match="thermometer"):
        book.act(a, "secondary_check", "Ana")
    with pytest.raises(ActionRefused):
        book.act(a, "secondary_check", "Ana", reading_c=25.0)
    book.act(a, "secondary_check", "Ana", reading_c=38.2)
    assert a.final_result == "fever confirmed" and book.door.state["Main"] == "held"
    b = book.raise_alert(0, elevated(subject=2))
    book.act(b, "secondary_check", "Ana", reading_c=36.9)
    assert b.final_result == "normal" and book.door.state["Main"] == "released"


def test_false_alarm_needs_a_cause(book):
    a = book.raise_alert(0, elevated())
    with pytest.raises(ActionRefused, match="cause"):
        book.act(a, "false_alarm", "Ana")
    book.act(a, "false_alarm", "Ana", reason="Hot drink or food")
    assert a.closed and a.outcome == "false_alarm"


def test_nobody_signed_on_cannot_act_and_closed_alerts_stay_closed(book):
    a = book.raise_alert(0, elevated())
    with pytest.raises(ActionRefused, match="sign on"):
        book.act(a, "deny", "")
    book.act(a, "deny", "Ana")
    with pytest.raises(ActionRefused, match="closed"):
        book.act(a, "allow", "Ana", reason="x")


def test_escalation_after_the_configured_time_brings_the_sound_back(book):
    a = book.raise_alert(0, elevated())
    book.act(a, "silence", "Ana")
    book.clock.t = 29.0
    assert book.tick() == [] and not book.sounding
    book.clock.t = 30.5
    assert book.tick() == [a]
    assert a.escalated and book.sounding
    assert book.tick() == []  # escalates once
    assert [x[0] for x in a.actions] == ["silence", "escalated"]


def test_normal_decisions_do_not_raise_alerts(book):
    d = elevated()
    d.verdict = "normal"
    with pytest.raises(ValueError):
        book.raise_alert(0, d)


def test_a_simulated_door_remembers_only_its_last_commands():
    from app.door import DOOR_EVENTS_KEPT, SimulatedDoor

    door = SimulatedDoor()
    for i in range(DOOR_EVENTS_KEPT + 5):
        door.hold("Main entrance", "Ana", f"press {i}")
    assert len(door.events) == DOOR_EVENTS_KEPT
    assert door.events[-1][4] == f"press {DOOR_EVENTS_KEPT + 4}" and door.events[0][4] == "press 5"
    assert door.state == {"Main entrance": "held"}
