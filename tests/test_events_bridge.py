"""The station publishes: a Station fed decisions and a guard's presses, through the bridge, into a real Mosquitto."""

from __future__ import annotations

import json

import pytest

from app.core.engine import Decision
from app.core.errors import CanthusError
from app.core.vocabulary import DEFAULT_LIMIT_C, FALSE_ALARM_CAUSES, OVERRIDE_REASONS
from app.events import EventPublisher, EventsSettings, Outbox
from app.events.bridge import (
    EventBridge,
    Tally,
    camera_state,
    connect_events,
    reason_published,
)
from app.events.payloads import utc_text
from app.hq.model import HqModel
from app.station import InlineWriter, Station
from app.store import RetentionPolicy, open_store
from app.store.settings import ScreeningSettings
from tests.events_broker import Collector, Mosquitto, need_mosquitto

MINUTE = 29_000_000 * 60.0  # a minute's start, in 2025: the bridge's clock is the test's


class Clock:
    def __init__(self, t: float) -> None:
        self.t = t

    def __call__(self) -> float:
        return self.t


def decision(camera: str, verdict: str, reason: str = "measured", estimate: float = 36.7) -> Decision:
    return Decision(camera=camera, subject=1, t=1.0, seq=1, verdict=verdict, reason=reason, instruction="",
                    canthus_c=estimate - 1.3 if verdict != "retry" else None,
                    estimate_c=estimate if verdict != "retry" else None, rule="absolute", limit_c=DEFAULT_LIMIT_C,
                    alarm_level_c=DEFAULT_LIMIT_C - 0.2)


@pytest.fixture
def broker(tmp_path):
    need_mosquitto()
    b = Mosquitto(tmp_path / "broker").start()
    yield b
    b.stop()


@pytest.fixture
def store(data_dir):
    s = open_store(data_dir)
    yield s
    s.close()


@pytest.fixture
def console(broker, store, request):
    """A station with two entrances, its bridge started on the test's clock, and a subscriber to its topics."""
    extra = getattr(request, "param", {})  # [events] keys of the site
    st = Station(ScreeningSettings(), store=store, writer=InlineWriter)
    for name in ("Main entrance", "Staff door"):
        st.add_camera(name)
    sub = Collector(broker, "canthus/north-gate/#")
    settings = EventsSettings(mqtt_url=broker.url, site_id="north-gate", reconnect_max_s=2.0, **extra)
    pub = EventPublisher(settings, "North gate", Outbox.for_store(store), entrances=[c.name for c in st.cameras])
    clock = Clock(MINUTE + 5.0)
    bridge = EventBridge(st, None, store, pub, clock=clock, tick_s=0.05)
    bridge.start()
    assert sub.wait(lambda c: c.on("/online")), "the console never said it was online"
    yield st, bridge, sub, clock
    bridge.stop()
    sub.close()


def bodies(messages) -> list[dict]:
    return [json.loads(m.payload) for m in messages]


def test_an_alarm_then_the_guards_check_arrive_with_the_alerts_uid_and_no_guard_name(console):
    st, _, sub, _ = console
    st.sign_on("Ana Guard")
    alert = st.on_decision(0, decision("Main entrance", "elevated", estimate=38.42))
    assert sub.wait(lambda c: c.on("/main-entrance/alarm")), sub.messages
    (alarm,) = bodies(sub.on("/alarm"))
    assert alarm["alert_id"] == alert.uid and alarm["id"] == f"{alert.uid}-alarm"
    assert alarm["estimate_c"] == 38.42 and alarm["limit_c"] == DEFAULT_LIMIT_C and alarm["rule"] == "absolute"
    assert alarm["entrance_name"] == "Main entrance"
    st.act(alert, "secondary_check", reading_c=38.6)
    assert sub.wait(lambda c: c.on("/main-entrance/resolution"))
    (res,) = bodies(sub.on("/resolution"))
    assert (res["alert_id"], res["action"], res["result"]) == (alert.uid, "secondary_check", "fever_confirmed")
    assert "guard" not in res and "Ana" not in json.dumps(res)
    # headquarters, fed what was published, opened the alarm and closed it again
    hq = HqModel()
    for m in sub.messages:
        hq.handle(m.topic, m.payload, retained=m.retain)
    assert hq.rejected == 0 and hq.open_alarms() == [] and "north-gate" in hq.sites


@pytest.mark.parametrize("console", [{"guard_names": True}], indirect=True)
def test_a_site_that_allows_guard_names_publishes_them_and_reasons_only_as_codes(console):
    st, _, sub, _ = console
    st.sign_on("Ana Guard")
    a = st.on_decision(1, decision("Staff door", "elevated", estimate=38.0))
    b = st.on_decision(1, decision("Staff door", "elevated", estimate=38.1))
    st.act(a, "allow", reason="her doctor's note, Mrs Smith")  # typed: never leaves the building
    st.act(b, "false_alarm", reason=FALSE_ALARM_CAUSES["sun_heated_skin"])
    assert sub.wait(lambda c: len(c.on("/staff-door/resolution")) == 2)
    got = {r["alert_id"]: r for r in bodies(sub.on("/resolution"))}
    assert (got[a.uid]["action"], got[a.uid]["result"], got[a.uid]["guard"]) == ("allow", "other", "Ana Guard")
    assert (got[b.uid]["action"], got[b.uid]["result"]) == ("false_alarm", "sun_heated_skin")
    assert "Smith" not in json.dumps(list(got.values()))


def test_no_estimate_leaves_under_retention_none_and_a_settings_change_publishes_the_audit_head(console, store):
    st, _, sub, _ = console
    assert sub.wait(lambda c: c.on("/audit-head")), "no head at start"
    st.change_settings("Sam Supervisor", "data protection review", retention=RetentionPolicy(mode="none"))
    seq, seal = store.audit_head()
    assert sub.wait(lambda c: any(b["seq"] == seq for b in bodies(c.on("/audit-head")))), bodies(sub.on("/audit-head"))
    head = [b for b in bodies(sub.on("/audit-head")) if b["seq"] == seq][-1]
    assert head["seal"] == seal and seq > bodies(sub.on("/audit-head"))[0]["seq"]
    alert = st.on_decision(0, decision("Main entrance", "elevated", estimate=38.9))
    assert sub.wait(lambda c: c.on("/alarm"))
    (alarm,) = bodies(sub.on("/alarm"))
    assert alarm["alert_id"] == alert.uid and "estimate_c" not in alarm


def test_a_bypass_and_a_suspension_are_the_published_state_and_resuming_gives_the_cameras_back(console, broker):
    st, _, sub, _ = console
    assert sub.wait(lambda c: len(c.on("/state")) == 2)  # each camera's state at start
    assert {b["state"] for b in bodies(sub.on("/state"))} == {"starting"}
    st.sign_on("Ana Guard")
    st.toggle_off(0, "bypassed")

    def last_state(c, entrance):
        got = bodies(c.on(f"/{entrance}/state"))
        return got[-1]["state"] if got else None

    assert sub.wait(lambda c: last_state(c, "main-entrance") == "bypassed")
    late = Collector(broker, "canthus/north-gate/main-entrance/state")  # what headquarters opening now learns
    try:
        assert late.wait(lambda c: c.messages)
        assert late.messages[-1].retain and json.loads(late.messages[-1].payload)["state"] == "bypassed"
        assert "Ana" not in late.messages[-1].payload.decode()
    finally:
        late.close()
    st.toggle_suspend()  # an evacuation: every camera not already off
    assert sub.wait(lambda c: last_state(c, "staff-door") == "suspended")
    assert last_state(sub, "main-entrance") == "bypassed"
    st.toggle_suspend()
    st.toggle_off(0, "bypassed")
    assert sub.wait(lambda c: last_state(c, "main-entrance") == "starting" and last_state(c, "staff-door") == "starting")


def test_every_minute_each_entrance_publishes_its_counts_from_the_decisions(console):
    st, bridge, sub, clock = console
    for verdict, reason in (("normal", "measured"), ("normal", "measured"), ("retry", "too_far"),
                            ("retry", "too_far"), ("retry", "glasses")):
        st.on_decision(0, decision("Main entrance", verdict, reason))
    alert = st.on_decision(0, decision("Main entrance", "elevated", estimate=38.2))
    bridge.flush()
    assert not sub.on("/counts"), "counts before the minute ended"
    clock.t = MINUTE + 61.0  # the next minute: this one has ended
    st.on_decision(0, decision("Main entrance", "normal"))  # the next minute's
    bridge.tick()
    assert sub.wait(lambda c: len(c.on("/counts")) == 2), bodies(sub.on("/counts"))
    got = {b["entrance"]: b for b in bodies(sub.on("/counts"))}
    main, staff = got["main-entrance"], got["staff-door"]
    assert (main["screened"], main["normal"], main["elevated"]) == (6, 2, 1)
    assert main["retry"] == {"glasses": 1, "too_far": 2}
    assert (staff["screened"], staff["retry"]) == (0, {})  # nobody: said, so headquarters knows the site is there
    assert {b["minute_start"] for b in got.values()} == {utc_text(MINUTE)}
    assert alert is not None
    clock.t = MINUTE + 121.0
    bridge.tick()
    assert sub.wait(lambda c: len(c.on("/counts")) == 4)
    later = [b for b in bodies(sub.on("/main-entrance/counts")) if b["minute_start"] != main["minute_start"]]
    assert [(b["screened"], b["normal"]) for b in later] == [(1, 1)]


def test_the_bridge_never_lets_a_bad_value_reach_the_station_and_stops_with_online_false(console, broker):
    st, bridge, sub, _ = console
    bad = decision("Main entrance", "elevated", estimate=float("nan"))
    alert = st.on_decision(0, bad)  # the publisher refuses a NaN; the station goes on
    assert alert is not None and len(st.book.open_alerts()) == 1
    st.on_decision(0, decision("Main entrance", "elevated", estimate=38.3))
    assert sub.wait(lambda c: c.on("/alarm"))
    assert bridge.flush() and bridge.errors == 1
    bridge.stop()
    assert sub.wait(lambda c: c.on("/online")[-1].payload == b"false")


def test_pure_parts_tally_states_and_reason_codes():
    t = Tally()
    for v, r in (("normal", "measured"), ("elevated", "measured"), ("retry", "too_far")):
        t.add(v, r)
    assert (t.screened, t.normal, t.elevated, t.retry) == (3, 1, 1, {"too_far": 1})
    assert reason_published("allow", "hot_drink_or_food") == "hot_drink_or_food"
    assert reason_published("allow", "other: the words typed") == "other"
    assert reason_published("allow", "Mrs Smith's note") == "other"
    assert reason_published("deny", "anything") is None
    assert set(OVERRIDE_REASONS) >= {"other"}

    class Cam:
        state, reason, screening_off = "live", "", "paused"

    assert camera_state(Cam()) == ("paused", "screening paused by a guard; camera live")


def test_connect_events_is_none_without_an_events_table_and_one_line_when_it_cannot_start(store, tmp_path):
    st = Station(ScreeningSettings(), store=store, writer=InlineWriter)

    class Site:
        name = "North gate"
        events = None

    assert connect_events(st, Site(), store, tmp_path) is None
    Site.events = EventsSettings(mqtt_url="mqtts://127.0.0.1:1", ca_file="missing-ca.pem")
    with pytest.raises(CanthusError, match=r"events.ca_file: .*missing-ca.pem not found"):
        connect_events(st, Site(), store, tmp_path)
    with pytest.raises(CanthusError, match="needs the event store"):
        connect_events(st, Site(), None, tmp_path)


def test_the_console_says_an_events_table_that_cannot_start_and_screens_on(store, tmp_path):
    from app.ui.app import _start_events

    st = Station(ScreeningSettings(), store=store, writer=InlineWriter)
    said = []
    st.events.problem.connect(said.append)

    class Site:
        name = "North gate"
        events = EventsSettings(mqtt_url="mqtts://127.0.0.1:1", ca_file="missing-ca.pem")

    assert _start_events(st, Site(), store, tmp_path) is None
    assert len(said) == 1 and said[0].startswith("events.ca_file:") and "missing-ca.pem" in said[0]


def test_an_alarm_already_in_the_outbox_is_not_kept_or_sent_twice(store):
    """A restart brings back an open alert and announces it again; its alarm, never acknowledged, is in the outbox."""
    outbox = Outbox.for_store(store)
    outbox.put("u1-alarm", "canthus/north-gate/main-entrance/alarm", b"{}")
    pub = EventPublisher(EventsSettings(mqtt_url="mqtt://127.0.0.1:1", site_id="north-gate"), "North gate", outbox)
    assert pub.alarm("u1", 1.0, "Main entrance", "absolute", DEFAULT_LIMIT_C, None, message_id="u1-alarm")
    assert len(outbox) == 1 and pub.errors == 0
    assert not pub.alarm("u2", 1.0, "Main entrance", "absolute", DEFAULT_LIMIT_C, None, message_id="u2-alarm")
    assert [r.message_id for r in outbox.pending()] == ["u1-alarm", "u2-alarm"]  # kept for the start
    outbox.close()
