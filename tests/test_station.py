"""The station without a window: alerts, overrides, settings, PIN, records, tiles and memory,
as plain calls (writes run inline, so the store can be read right after each call)."""

from __future__ import annotations

import json
import re
import time
import tracemalloc

import numpy as np
import pytest

from app.alarms import ActionRefused
from app.camera_loop import StateEvent
from app.core.engine import Decision, FrameResult, TrackView
from app.core.errors import CanthusError
from app.core.frame import Frame
from app.core.oral import OralModel
from app.core.vocabulary import DEFAULT_LIMIT_C, FALSE_ALARM_CAUSES, OVERRIDE_REASONS
from app.door import SimulatedDoor
from app.station import (DECISIONS_KEPT, REFERENCE_RECHECK_S, CameraStatus, InlineWriter, Station, reason_code,
                         site_settings, tile_view)
from app.store import RetentionPolicy, open_store
from app.store.settings import ScreeningSettings

PIN = "471100"


class Clock:
    def __init__(self) -> None:
        self.t = 1000.0

    def __call__(self) -> float:
        return self.t


def elevated(camera="Main", subject=1, estimate=38.4, crop=True) -> Decision:
    snap = np.full((120, 100), 34.0, np.float32) if crop else None
    return Decision(camera=camera, subject=subject, t=1.0, seq=1, verdict="elevated", reason="measured",
                    instruction="", canthus_c=estimate - 1.31, estimate_c=estimate, rule="absolute",
                    limit_c=DEFAULT_LIMIT_C, alarm_level_c=37.5, point=(50, 60), box=(10, 20, 100, 120),
                    snapshot=snap)


def normal(camera="Main", subject=1) -> Decision:
    return Decision(camera=camera, subject=subject, t=1.0, seq=1, verdict="normal", reason="measured",
                    instruction="", canthus_c=35.4, estimate_c=36.7, rule="absolute", limit_c=DEFAULT_LIMIT_C,
                    alarm_level_c=37.5)


@pytest.fixture
def store(data_dir):
    s = open_store(data_dir)
    yield s
    s.close()


def make(store=None, cameras=("Main", "Side"), **kw) -> Station:
    st = Station(ScreeningSettings(), store=store, writer=InlineWriter, clock=kw.pop("clock", Clock()), **kw)
    for name in cameras:
        st.add_camera(name, reference_set_c=35.0)
    return st


def recorder(signal) -> list:
    got = []
    signal.connect(lambda *a: got.append(a))
    return got


def all_actions(store) -> list[dict]:
    import sqlite3

    con = sqlite3.connect(store.path)
    try:
        return [{"action": r[0], "who": r[1], "camera": r[2], "reason": r[3]}
                for r in con.execute("SELECT action, who, camera, reason FROM actions ORDER BY id")]
    finally:
        con.close()


# -- alerts and the guard's presses --------------------------------------------------

def test_an_elevated_decision_raises_a_stored_alert_and_deny_holds_the_door(store):
    st = make(store)
    raised, closed = recorder(st.events.alert_raised), recorder(st.events.alert_closed)
    assert st.on_decision(0, normal()) is None and raised == []
    alert = st.on_decision(0, elevated(subject=2))
    assert raised == [(alert,)] and st.book.open_alerts() == [alert]
    assert alert.store_id is not None and alert.decision.snapshot is None  # the thumbnail, not the crop
    assert st.cameras[0].last_result[1] == "elevated" and st.cameras[0].last_subject == 2
    with pytest.raises(ActionRefused, match="sign on"):
        st.act(alert, "deny")  # nobody signed on: nothing moves
    assert st.door.events == []
    st.sign_on("Ana")
    assert st.act(alert, "deny") == "Entry denied"
    assert closed == [(alert, "Entry denied")] and st.door.state == {"Main": "held"}
    (rec,) = [h for h in store.history(verdicts=["elevated"])]
    assert rec["alert"]["id"] == alert.store_id and rec["alert"]["outcome"] == "denied"
    assert [a["action"] for a in rec["actions"]] == ["deny"] and rec["actions"][0]["who"] == "Ana"
    assert st.decision_count == 2


def test_reasons_are_offered_in_words_and_recorded_as_codes(store):
    st = make(store)
    st.sign_on("Ana")
    a = st.on_decision(0, elevated(subject=1))
    st.act(a, "allow", reason=OVERRIDE_REASONS["hot_drink_or_food"])
    b = st.on_decision(0, elevated(subject=2))
    st.act(b, "allow", reason="her doctor's note")  # typed: counted as "other", the words kept
    c = st.on_decision(0, elevated(subject=3))
    st.act(c, "false_alarm", reason=FALSE_ALARM_CAUSES["sun_heated_skin"])
    reasons = [(x["action"], x["reason"]) for x in all_actions(store) if x["action"] != "sign_on"]
    assert reasons == [("allow", "hot_drink_or_food"), ("allow", "other: her doctor's note"),
                       ("false_alarm", "sun_heated_skin")]
    assert store.counts()["override:hot_drink_or_food"] == 1 and store.counts()["override:other"] == 1


def test_allow_needs_a_reason_and_a_secondary_check_keeps_the_pair(store):
    st = make(store)
    st.sign_on("Ana")
    a = st.on_decision(0, elevated())
    with pytest.raises(ActionRefused, match="reason"):
        st.act(a, "allow", reason="  ")
    with pytest.raises(ActionRefused, match="thermometer"):
        st.act(a, "secondary_check", reading_c=25.0)
    assert not a.closed and st.door.events == []
    assert st.act(a, "secondary_check", reading_c=38.2).endswith("fever confirmed")
    (rec,) = store.history(verdicts=["elevated"])
    assert rec["alert"]["check_result"] == "fail" and rec["alert"]["outcome"] == "denied"
    assert store.calibration_pairs()[-1]["reference_c"] == 38.2


def test_silence_escalation_and_silence_all(store):
    clock = Clock()
    st = make(store, clock=clock, escalate_after_s=30.0)
    changed = recorder(st.events.alert_changed)
    st.sign_on("Ana")
    a, b = st.on_decision(0, elevated(subject=1)), st.on_decision(1, elevated("Side", subject=2))
    assert st.book.open_alerts() == [b, a]  # newest first
    st.act(a, "silence")
    assert a.silenced and not a.closed and st.book.sounding  # b still sounds
    assert st.silence_all() == 1 and not st.book.sounding
    clock.t += 31
    assert st.tick() == [b, a]  # both escalate
    assert st.tick() == []  # once
    assert a.escalated and not a.silenced and st.book.sounding
    assert (a, "") in changed
    alerts = {h["alert"]["id"]: h["alert"] for h in store.history() if h["alert"]}
    assert alerts[a.store_id]["escalated_at"] is not None


def test_bypass_pause_suspend_mute_and_rescreen(store):
    st = make(store)
    switched, suspended = recorder(st.events.screening_changed), recorder(st.events.suspended_changed)
    with pytest.raises(ActionRefused, match="sign on"):
        st.toggle_off(0, "bypassed")
    st.sign_on("Ana")
    assert st.toggle_off(0, "bypassed") == "Main: bypassed" and st.cameras[0].screening_off == "bypassed"
    assert st.toggle_suspend() is True
    assert [c.screening_off for c in st.cameras] == ["bypassed", "suspended"]  # a bypass stays a bypass
    assert st.toggle_off(0, "bypassed") == "Main: screening resumed"
    assert st.cameras[0].screening_off == "suspended"  # resumed into the suspension
    assert st.toggle_suspend() is False and [c.screening_off for c in st.cameras] == [None, None]
    assert suspended == [(True,), (False,)] and switched[0] == (0, "bypassed")
    assert st.toggle_mute() is True and st.muted
    with pytest.raises(ActionRefused, match="no one to re-screen"):
        st.rescreen(0)
    a = st.on_decision(0, elevated(subject=7))
    assert st.rescreen(0) == "Main: measuring subject 7 again"
    assert a.closed and a.outcome == "rescreen"
    actions = [x["action"] for x in all_actions(store)]
    assert actions == ["sign_on", "bypass", "suspend", "resume", "resume_screening", "mute", "rescreen", "rescreen"]


# -- settings: one typed value, saved and re-applied -----------------------------------

def test_a_supervisors_limit_change_survives_a_restart_and_is_audited_once(data_dir):
    with open_store(data_dir) as s:
        st = make(s)
        changed = recorder(st.events.settings_changed)
        assert st.settings.limit_c == DEFAULT_LIMIT_C and st.start_note == ""
        assert st.change_settings("Sam Supervisor", "site policy", limit_c=38.0).limit_c == 38.0
        assert changed == [(st.settings, ["limit_c"])]
        st.close()
    with open_store(data_dir) as s:
        again = make(s)
        assert again.settings.limit_c == 38.0
        assert "limit 38.0 °C (site file: 37.7)" in again.start_note
        from app.core.config import EngineConfig

        assert again.engine_config(EngineConfig()).limit_c == 38.0  # what every camera is given
        changes = [c for c in s.config_changes() if c["key"] == "limit_c"]
        assert len(changes) == 1 and changes[0]["who"] == "Sam Supervisor"
        assert (changes[0]["old_value"], changes[0]["new_value"]) == (37.7, 38.0)
        ok, msg, _ = s.verify()
        assert ok, msg


def test_rule_retention_and_model_are_saved_and_wrong_values_refused(store):
    st = make(store)
    with pytest.raises(CanthusError, match="0.1 °C"):
        st.change_settings("Sam", "", limit_c=37.75)
    with pytest.raises(CanthusError, match="rule"):
        st.change_settings("Sam", "", rule="guesswork")
    with pytest.raises(CanthusError, match="not a setting"):
        st.change_settings("Sam", "", colour="blue")
    with pytest.raises(CanthusError, match="name"):
        st.change_settings("  ", "", limit_c=38.0)
    assert st.settings == ScreeningSettings(retention=store.retention)  # nothing changed
    st.change_settings("Sam", "trial", rule="relative", retention=RetentionPolicy(mode="all", hours=48))
    model = OralModel(offset_c=1.5, alarm_margin_c=0.2, provenance="test")
    st.adopt_model(model, "Sam")
    assert st.model is model
    saved = store.screening_settings()
    assert saved.rule == "relative" and saved.retention.mode == "all" and saved.oral_model["offset_c"] == 1.5
    assert store.retention.hours == 48
    assert "adopted model, offset +1.50 °C" in make(store).start_note


def test_no_store_no_settings_change():
    st = make(None)
    with pytest.raises(CanthusError, match="no event store"):
        st.change_settings("Sam", "", limit_c=38.0)
    assert not st.pin_check(PIN, "test").ok


def test_the_pin_check_is_the_stores_one_with_its_lock_out(store):
    st = make(store)
    assert "canthus supervisor-pin" in st.pin_refusal()  # none set: how to set one
    assert not st.pin_check(PIN, "test").ok
    store.set_supervisor_pin(PIN, "site admin")
    assert st.pin_refusal() == ""
    res = st.pin_check("000000", "console: limit_c", who="Sam", what="limit_c")
    assert not res.ok and res.message.startswith("Wrong supervisor PIN") and res.message.endswith(" — nothing changed (limit_c)")
    assert st.pin_check(PIN, "console: limit_c", who="Sam").ok
    for _ in range(5):
        st.pin_check("000000", "test")
    assert "locked for another" in st.pin_refusal()
    assert not st.pin_check(PIN, "test").ok  # right, but locked
    failed = [json.loads(r["payload"]) for r in store.audit_records() if r["kind"] == "pin_failed"]
    assert (failed[0]["who"], failed[0]["where"]) == ("Sam", "console: limit_c")


# -- the record: camera states and reference checks, as the report counts them ------------

def frame_result(state="live", reference_c=None, offset=None, celsius=None) -> FrameResult:
    celsius = np.full((12, 16), 30.0, np.float32) if celsius is None else celsius
    return FrameResult(frame=Frame(camera="Main", seq=1, t=0.0, celsius=celsius), camera_state=state, room_c=21.0,
                       reference_c=reference_c, reference_offset_c=offset, fever_threshold_c=36.2,
                       fever_mask=np.zeros((12, 16), np.uint8), tracks=[], decisions=[])


def test_reference_checks_are_logged_on_change_and_hourly_not_every_frame(store):
    from app.store.report import build_report

    clock = Clock()
    st = make(store, clock=clock)
    for _ in range(50):
        st.on_frame_result(0, frame_result(reference_c=34.9, offset=0.1))
    st.on_frame_result(1, frame_result())  # no reference in view: nothing to log
    st.on_frame_result(1, frame_result("warming_up", reference_c=36.1, offset=-1.1))  # not judged yet
    assert len(store.reference_checks()) == 1
    st.on_frame_result(0, frame_result("reference_drift", reference_c=34.5, offset=0.5))
    st.on_camera_state(0, StateEvent("Main", "reference_drift", "live", time.time(), "drifted 0.5 °C"))
    st.on_frame_result(0, frame_result("reference_drift", reference_c=34.5, offset=0.5))
    st.on_frame_result(0, frame_result(reference_c=34.95, offset=0.05))  # back
    clock.t += REFERENCE_RECHECK_S
    st.on_frame_result(0, frame_result(reference_c=34.95, offset=0.05))  # the hourly one
    checks = store.reference_checks()
    assert [(c["ok"], c["set_c"]) for c in checks] == [(1, 35.0), (0, 35.0), (1, 35.0), (1, 35.0)]
    assert checks[1]["reading_c"] == 34.5
    _, summary = build_report(store, "2000-01-01", "2100-01-01")
    assert summary["reference_checks"] == 4 and summary["reference_failures"] == 1


def test_camera_states_are_stored_once_each_and_stopped_on_close(store):
    st = make(store)
    seen = recorder(st.events.camera_changed)
    t0 = time.time() - 60
    st.on_camera_state(0, StateEvent("Main", "live", "starting", t0))
    st.on_camera_state(0, StateEvent("Main", "offline", "live", t0 + 10, "no frame for 3 s"))
    st.on_camera_state(0, StateEvent("Main", "live", "offline", t0 + 20))
    assert seen == [(0,), (0,), (0,)] and st.cameras[0].state == "live"
    st.close()
    states = [(r["camera"], r["state"]) for r in store.camera_states()]
    assert states == [("Main", "live"), ("Main", "offline"), ("Main", "live"), ("Main", "stopped"),
                      ("Side", "stopped")]


def test_a_write_that_fails_is_said_never_swallowed(store):
    st = make(store)
    problems = recorder(st.events.problem)
    store.close()  # the store goes away under the console
    st.on_decision(0, elevated())  # the alert is still raised: the guard must see it
    assert len(st.book.open_alerts()) == 1
    assert problems and problems[0][0].startswith("event store:")


def test_writes_go_through_the_threaded_writer_in_order_and_are_flushed_on_close(data_dir):
    with open_store(data_dir) as s:
        st = Station(ScreeningSettings(), store=s)  # the real writer thread
        st.add_camera("Main")
        st.sign_on("Ana")
        alerts = [st.on_decision(0, elevated(subject=k, crop=False)) for k in range(20)]
        for a in alerts[:10]:
            st.act(a, "deny")
        st.close()  # flushed: everything is in the store
        assert s.counts()["screened"] == 20
        closed = [h for h in s.history() if h["alert"] and h["alert"]["outcome"] == "denied"]
        assert len(closed) == 10


# -- the tile ----------------------------------------------------------------------------

def test_tile_view_is_a_pure_function_of_the_result_and_the_camera():
    settings = ScreeningSettings(limit_c=38.0)
    cam = CameraStatus(name="Main", state="live", last_result=("Normal 36.7 °C", "normal"))
    d = normal()
    res = frame_result()
    res.tracks = [TrackView(1, (1, 1, 5, 5), (3, 3), "decided", "", 35.4, d),
                  TrackView(2, (8, 1, 5, 5), None, "entering", "", None, None),
                  TrackView(3, (8, 6, 5, 5), (9, 8), "too_far", "Step closer", None, None)]
    v = tile_view(res, cam, settings, index=2, fps=9.0, dropped=4)
    assert (v.index, v.name, v.state, v.limit_c, v.fps, v.dropped) == (2, "Main", "live", 38.0, 9.0, 4)
    assert v.celsius is res.frame.celsius and v.skin_threshold_c == 36.2
    assert [(p.label, p.role) for p in v.people] == [("Normal 36.7 °C", "normal"), ("Step closer", "retry")]
    assert (v.last_result, v.last_role) == ("Normal 36.7 °C", "normal")
    # a state change between frames: the picture stays, unless the camera sends none
    cam.state = "warming_up"
    cam.seconds_left = 125
    w = tile_view(None, cam, settings, index=2, previous=v)
    assert w.celsius is v.celsius and w.state == "warming_up" and "(2:05 left)" in w.state_detail
    # not screening: no earlier result or person label under the state, as if it were current
    assert (w.last_result, w.last_role) == ("", "") and w.people == []
    cam.state = "locked_out"
    assert tile_view(None, cam, settings, index=2, previous=v).last_result == ""
    cam.state = "offline"
    off = tile_view(None, cam, settings, index=2, previous=v)
    assert off.celsius is None and off.people == [] and off.fps == 0.0 and off.state == "offline"
    assert v.state == "live" and len(v.people) == 2  # the earlier view is untouched


def test_reason_code_and_site_settings():
    assert reason_code(None, OVERRIDE_REASONS) is None and reason_code(" ", OVERRIDE_REASONS) == ""
    assert reason_code("known_condition: documented", OVERRIDE_REASONS) == "known_condition: documented"
    assert reason_code("camera fault", FALSE_ALARM_CAUSES) == "camera_fault"
    from app.site import demo_site

    assert site_settings(demo_site(2)).limit_c == DEFAULT_LIMIT_C


# -- memory over a long shift ----------------------------------------------------------------

def test_thousands_of_decisions_and_answered_alerts_leave_memory_flat():
    """A guard answering every alert: after a warm-up batch, more batches add (almost) nothing."""
    st = make(None, cameras=("Main",))
    st.sign_on("Ana")

    def batch(k0: int) -> None:
        for k in range(k0, k0 + 3000):
            a = st.on_decision(0, elevated(subject=k) if k % 3 == 0 else normal(subject=k))
            if a is not None:
                st.act(a, "deny")

    batch(0)
    tracemalloc.start()
    try:
        batch(3000)
        first = tracemalloc.get_traced_memory()[0]
        for b in range(2, 5):
            batch(3000 * b)
        grown = tracemalloc.get_traced_memory()[0] - first
    finally:
        tracemalloc.stop()
    assert st.decision_count == 15000 and len(st.decisions) == DECISIONS_KEPT
    assert st.book.open_alerts() == [] and len(st.door.events) == 5000
    # the door's simulated log is the one thing that grows, by design (one tuple per press)
    assert grown < 3000 * 3 * 400, grown


def test_alerts_left_open_cost_a_thumbnail_each():
    st = make(None, cameras=("Main",))
    st.on_decision(0, elevated(subject=0))
    tracemalloc.start()
    try:
        base = tracemalloc.get_traced_memory()[0]
        for k in range(1, 2001):
            st.on_decision(0, elevated(subject=k))  # nobody at the desk: all latch
        per_alert = (tracemalloc.get_traced_memory()[0] - base) / 2000
    finally:
        tracemalloc.stop()
    assert len(st.book.open_alerts()) == 2001
    assert per_alert < 16_000, per_alert  # a 64 px float16 thumbnail (~8 kB), never the 48 kB crop


def test_station_imports_no_qt_in_a_fresh_interpreter():
    import subprocess
    import sys

    code = ("import sys, app.station; bad = [m for m in sys.modules if m.split('.')[0] in "
            "('PySide6', 'vispy', 'pyqtgraph', 'shiboken6')]; print(bad); raise SystemExit(1 if bad else 0)")
    p = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert p.returncode == 0, p.stdout + p.stderr


def test_door_only_moves_on_a_press():
    door = SimulatedDoor()
    st = Station(ScreeningSettings(), door=door, clock=Clock())
    st.add_camera("Main")
    for k in range(10):
        st.on_decision(0, elevated(subject=k))
    st.tick()
    assert door.events == []


# -- open alarms survive a restart (issue #12) ----------------------------------------------------
def _quit_with_open_alarms(data_dir, *, retention=None, cameras=("Main", "Side")):
    """A session that raises three alerts, answers one and quits with two open; returns their uids."""
    s = open_store(data_dir, retention=retention)
    st = make(s, cameras=cameras)
    st.sign_on("Ana")
    a1 = st.on_decision(0, elevated("Main", 1, estimate=38.4))
    st.on_decision(1, elevated("Side", 2, estimate=37.6))
    st.on_decision(0, elevated("Main", 3, estimate=39.1))
    st.act(a1, "deny")
    assert "2 alarms are open" in st.quit_text()
    uids = {a.uid for a in st.book.open_alerts()}
    st.close("end of shift, handed over by phone", who="Ana")
    s.close()
    return uids


def test_quitting_with_open_alarms_is_audited_and_they_come_back_marked(data_dir):
    uids = _quit_with_open_alarms(data_dir)
    s = open_store(data_dir)
    quits = [a for a in all_actions(s) if a["action"] == "quit_with_open_alerts"]
    assert quits == [{"action": "quit_with_open_alerts", "who": "Ana", "camera": None,
                      "reason": "console closed with 2 open alarms: end of shift, handed over by phone"}]
    assert [r["estimate_c"] for r in s.open_alerts()] == [37.6, 39.1]  # still open in the record

    st = make(s)
    raised = recorder(st.events.alert_raised)
    back = st.restore_open_alerts()
    assert [(a.camera, a.camera_index, a.decision.estimate_c, a.from_last_session) for a in st.book.open_alerts()] \
        == [("Main", 0, 39.1, True), ("Side", 1, 37.6, True)]  # newest first, as the book keeps them
    assert [a for (a,) in raised] == back and "2 open alarms from the last session" in st.restore_note
    assert all(a.thumbnail is None for a in back)  # the default retention keeps no image
    assert {a.uid for a in back} == uids  # the same alarm to a publisher and headquarters
    assert st.restore_open_alerts() == []  # once
    # a new alert goes in front; answering a restored one closes it in the record
    new = st.on_decision(0, elevated("Main", 4, estimate=38.0))
    assert st.book.open_alerts()[0] is new and not new.from_last_session
    st.sign_on("Ben")
    main = next(a for a in back if a.camera == "Main")
    assert "Secondary check 38.9 °C: fever confirmed" == st.act(main, "secondary_check", reading_c=38.9)
    assert [(r["camera"], r["estimate_c"]) for r in s.open_alerts()] == [("Side", 37.6), ("Main", 38.0)]
    st.close()
    s.close()


def test_alarms_nobody_can_act_on_are_closed_as_console_closed_and_reported(data_dir):
    from datetime import timedelta

    from app.store.report import build_report
    from app.store.values import now_utc

    _quit_with_open_alarms(data_dir)
    s = open_store(data_dir)
    st = make(s, cameras=("Main",))  # "Side" left the site
    back = st.restore_open_alerts()
    assert [a.camera for a in back] == ["Main"]
    assert "1 closed as console closed (entrance 'Side' is no longer in the site)" in st.restore_note
    closing = [a for a in all_actions(s) if a["action"] == "console_closed"]
    assert closing == [{"action": "console_closed", "who": "console", "camera": "Side",
                        "reason": "left open by the last session; entrance 'Side' is no longer in the site"}]
    assert [r["camera"] for r in s.open_alerts()] == ["Main"]
    now = now_utc()
    _html, summary = build_report(s, now - timedelta(hours=1), now + timedelta(hours=1))
    assert summary["unresolved"] == 2 and summary["unresolved_open"] == 1
    assert summary["unresolved_console_closed"] == 1 and summary["outcomes"]["console_closed"] == 1
    assert re.search(r'data-metric="unresolved"><th>Unresolved alerts[^<]*</th><td>2</td>', _html)
    st.close()
    s.close()


def test_retention_none_stubs_are_closed_not_brought_back_and_never_stay_open(data_dir):
    _quit_with_open_alarms(data_dir, retention=RetentionPolicy(mode="none"))
    s = open_store(data_dir)
    assert len(s.open_alerts()) == 2
    st = make(s)
    st.tick()  # the first tick restores if the console did not
    assert st.book.open_alerts() == [] and "2 closed as console closed" in st.restore_note
    assert s.open_alerts() == []
    st.close()
    s.close()


def test_a_restored_alert_brings_its_stored_thumbnail(data_dir):
    s = open_store(data_dir, retention=RetentionPolicy(mode="alarms", hours=24, keep_images=True))
    st = make(s)
    st.on_decision(0, elevated("Main", 1))
    st.close("power cut")
    s.close()
    s = open_store(data_dir)
    st = make(s)
    (a,) = st.restore_open_alerts()
    assert a.thumbnail is not None and max(a.thumbnail.shape) <= 64 and float(a.thumbnail.max()) == 34.0
    assert a.decision.limit_c == DEFAULT_LIMIT_C and a.decision.alarm_level_c == 37.5
    st.close()
    s.close()


def test_closing_without_open_alarms_records_no_quit_action(store):
    st = make(store)
    assert st.quit_text() == ""
    st.close()
    assert not [a for a in all_actions(store) if a["action"] == "quit_with_open_alerts"]


def test_one_open_alarm_nobody_signed_on_is_recorded_under_console(store):
    st = make(store)
    st.on_decision(0, elevated())
    assert st.quit_text() == ("1 alarm is open: it stays open in the record and comes back when the console "
                              "starts again")
    st.close("")
    (quit_,) = [a for a in all_actions(store) if a["action"] == "quit_with_open_alerts"]
    assert (quit_["who"], quit_["reason"]) == ("console", "console closed with 1 open alarm: no reason given")


# -- the alarm level explained and honest state words (issue #12) ---------------------------------
def test_alarm_level_text_says_why_the_level_is_under_the_limit():
    from app.station import alarm_level_text
    from app.texts import alert_level_text

    model = OralModel(offset_c=1.31, alarm_margin_c=0.3, target_sensitivity=0.9)
    assert alarm_level_text(ScreeningSettings(), model) == \
        "alarm at 37.4 °C so that 90 % of people at 37.7 °C are caught"
    assert alarm_level_text(ScreeningSettings(limit_c=38.0), OralModel(offset_c=1.3, alarm_margin_c=0.0)) is None
    under = elevated(estimate=37.6)
    assert alert_level_text(under) == "under the 37.7 °C limit, over the 37.5 °C alarm level"
    assert alert_level_text(elevated(estimate=38.4)) is None
    st = make()
    assert st.alarm_level_text().startswith("alarm at 37.5 °C so that 90 %")  # the shipped model: margin 0.2


def test_a_tile_fed_by_a_recording_or_the_simulator_never_says_live():
    st = make(cameras=())
    for kind in ("sim", "recording", "file", "uvc"):
        st.add_camera(kind, source_kind=kind)
    views = [tile_view(None, cam, st.settings, index=i) for i, cam in enumerate(st.cameras)]
    assert [v.source for v in views] == ["simulated", "replay", "replay", ""]
    assert all(v.alarm_level_c == 37.5 and v.limit_c == DEFAULT_LIMIT_C for v in views)
    no_margin = tile_view(None, st.cameras[0], st.settings, index=0, model=OralModel(offset_c=1.3, alarm_margin_c=0))
    assert no_margin.alarm_level_c is None


def test_an_alert_left_open_by_a_schema_3_console_comes_back_with_a_new_uid(data_dir, monkeypatch):
    import app.store.schema as schema

    with monkeypatch.context() as m:
        m.setattr(schema, "MIGRATIONS", schema.MIGRATIONS[:3])
        s = open_store(data_dir)  # what a console of schema 3 wrote: an alert without a uid
        s.raise_alert(s.record_decision(elevated()))
        s.close()
    s = open_store(data_dir)  # migrated to 4: the alerts table gains uid, the audit stays valid
    assert s.pragmas()["user_version"] == schema.schema_version() and s.verify()[0]
    (row,) = s.open_alerts()
    assert row["uid"] is None
    st = make(s)
    (a,) = st.restore_open_alerts()
    assert len(a.uid) == 32 and a.from_last_session
    st.close()
    s.close()
