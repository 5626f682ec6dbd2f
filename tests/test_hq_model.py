"""Headquarters' model (no Qt): sites, entrances, open alarms, today's counts, unreachable sites."""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.core.errors import CanthusError
from app.events import EventPublisher, EventsSettings, Outbox
from app.events import payloads as p
from app.events.anchors import AnchorLog
from app.hq import add_hq_arguments, run_hq_from_args
from app.hq.client import HqSubscriber
from app.hq.model import REPORTING, UNREACHABLE, WAITING, Counts, HqModel
from app.store import open_store
from tests.events_broker import Mosquitto, need_mosquitto

ROOT = Path(__file__).resolve().parents[1]
T0 = 1_790_000_000.0


def feed(model: HqModel, site: str, kind: str, body, *, entrance: str | None = None, now: float = T0,
         retained: bool = False) -> bool:
    topic = f"canthus/{site}/{entrance}/{kind}" if entrance else f"canthus/{site}/{kind}"
    payload = body if isinstance(body, bytes) else p.encode(body)
    return model.handle(topic, payload, retained=retained, now=now)


def test_sites_entrances_and_alarms_newest_first_across_sites():
    m = HqModel(clock=lambda: T0)
    feed(m, "north", "state", p.state_body("north", "main", "Main entrance", "live", "", T0), entrance="main")
    feed(m, "north", "alarm", p.alarm_body("north", "main", "Main entrance", 1, T0 + 1, "absolute", 37.7, None),
         entrance="main")
    feed(m, "south", "alarm", p.alarm_body("south", "dock", "Dock", 1, T0 + 5, "relative", 37.7, 38.4),
         entrance="dock")
    alarms = m.open_alarms()
    assert [(a.site, a.alert_id) for a in alarms] == [("south", "1"), ("north", "1")]
    assert alarms[0].estimate_c == 38.4 and alarms[1].estimate_c is None
    assert m.sites["north"].entrances["main"].state == "live"
    assert m.sites["north"].entrances["main"].name == "Main entrance"
    # the resolution closes the one of its site, not the same alert id elsewhere
    feed(m, "north", "resolution", p.resolution_body("north", "main", "Main entrance", 1, T0 + 9, "deny", None, None),
         entrance="main")
    assert [(a.site, a.alert_id) for a in m.open_alarms()] == [("south", "1")]


def test_a_repeat_is_dropped_by_its_id_and_a_resolution_before_its_alarm_closes_it():
    m = HqModel(clock=lambda: T0)
    alarm = p.alarm_body("north", "main", "Main", 3, T0, "absolute", 37.7, None)
    assert feed(m, "north", "alarm", alarm, entrance="main")
    assert not feed(m, "north", "alarm", alarm, entrance="main")  # QoS 1: at least once
    assert m.duplicates == 1 and len(m.open_alarms()) == 1
    feed(m, "north", "resolution", p.resolution_body("north", "main", "Main", 4, T0, "allow", None, None),
         entrance="main")
    feed(m, "north", "alarm", p.alarm_body("north", "main", "Main", 4, T0, "absolute", 37.7, None), entrance="main")
    assert [a.alert_id for a in m.open_alarms()] == ["3"]


def test_todays_counts_sum_the_minutes_of_today_and_a_repeated_minute_counts_once():
    now = time.mktime(time.localtime()[:3] + (12, 0, 30, 0, 0, -1))  # today's local noon: no midnight nearby
    m = HqModel(clock=lambda: now)
    minute = now - 30
    for start in (minute, minute - 60, minute - 86400):  # the last one is yesterday's
        feed(m, "north", "counts", p.counts_body("north", "main", "Main", start, 10, 8, 1, {"too_far": 1}),
             entrance="main", now=now)
    feed(m, "north", "counts", p.counts_body("north", "main", "Main", minute, 10, 8, 1, {"too_far": 1}),
         entrance="main", now=now)  # the same minute again (a QoS 1 repeat, or a resend)
    c = m.today_counts("north", now)
    assert (c.screened, c.normal, c.elevated, c.retry) == (20, 16, 2, 2)


def test_a_site_turns_unreachable_after_the_grace_or_at_online_false():
    clock = [T0]
    m = HqModel(grace_s=60, clock=lambda: clock[0])
    feed(m, "north", "online", b"true", retained=True)  # what it last said, not that it is there
    assert m.site_status("north", T0 + 1)[0] == WAITING
    assert m.site_status("north", T0 + 61)[0] == UNREACHABLE
    feed(m, "north", "online", b"true", now=T0 + 62)
    assert m.site_status("north", T0 + 100)[0] == REPORTING
    status, why = m.site_status("north", T0 + 123)
    assert status == UNREACHABLE and "61 s" in why
    feed(m, "north", "counts", p.counts_body("north", "main", "Main", T0, 1, 1, 0, {}), entrance="main", now=T0 + 130)
    assert m.site_status("north", T0 + 131)[0] == REPORTING
    feed(m, "north", "online", b"false", now=T0 + 132)
    status, why = m.site_status("north", T0 + 133)
    assert status == UNREACHABLE and "online = false" in why


def test_bad_messages_are_counted_with_a_reason_and_never_raise():
    m = HqModel(clock=lambda: T0)
    assert not m.handle("canthus/north/main/alarm", b"not json", now=T0)
    assert "not JSON" in m.last_problem
    assert not m.handle("canthus/north/main/alarm", p.encode({"v": 1, "site": "north"}), now=T0)
    assert "alarm body" in m.last_problem
    wrong = p.alarm_body("south", "main", "Main", 1, T0, "absolute", 37.7, None)  # claims another site
    assert not m.handle("canthus/north/main/alarm", p.encode(wrong), now=T0)
    assert not m.handle("canthus/Not A Slug/online", b"true", now=T0)
    assert not m.handle("canthus/north/online", b"maybe", now=T0)
    assert m.rejected == 5 and not m.sites.get("south") and not m.open_alarms()


def test_audit_heads_are_kept_in_the_anchor_log(tmp_path):
    log = AnchorLog(tmp_path / "anchors.jsonl")
    m = HqModel(anchors=log, clock=lambda: T0)
    feed(m, "north", "audit-head", p.audit_head_body("north", 12, "c" * 64, T0, T0))
    feed(m, "north", "audit-head", p.audit_head_body("north", 12, "c" * 64, T0, T0 + 600), retained=True)
    assert len(log) == 1 and m.sites["north"].audit_head == (12, "c" * 64)


def test_the_model_and_the_subscriber_import_no_qt():
    code = ("import sys, app.hq, app.hq.model, app.hq.client, app.events.publisher, app.events.anchors; "
            "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'vispy', 'pyqtgraph')]; "
            "raise SystemExit(str(bad) if bad else 0)")
    r = subprocess.run([sys.executable, "-c", code], check=False, cwd=ROOT, capture_output=True, text=True)
    assert r.returncode == 0, r.stdout + r.stderr


def test_hq_options_parse_and_a_bad_broker_is_one_line(tmp_path):
    parser = add_hq_arguments(argparse.ArgumentParser())
    a = parser.parse_args(["--broker", "mqtt://u:secret@host", "--grace", "30"])
    with pytest.raises(CanthusError) as e:
        run_hq_from_args(a)
    assert "secret" not in str(e.value) and "\n" not in str(e.value)
    with pytest.raises(CanthusError, match="needs --broker"):
        run_hq_from_args(parser.parse_args([]))
    log = AnchorLog(tmp_path / "hq" / "hq-anchors.jsonl")
    log.add("north", 3, "d" * 64, "2026-11-03T08:00:00.000Z", T0)
    out = tmp_path / "out.jsonl"
    a = parser.parse_args(["--data-dir", str(tmp_path), "--export-anchors", str(out), "--site", "north"])
    assert run_hq_from_args(a) == 0 and out.read_text().count("\n") == 1


def test_through_a_real_broker_a_silent_site_turns_unreachable_after_the_grace(tmp_path, data_dir):
    need_mosquitto()
    broker = Mosquitto(tmp_path / "broker").start()
    sub = HqSubscriber(broker.url, client_id="hq-model-test")
    model = HqModel(grace_s=1.5)
    sub.start()
    try:
        deadline = time.monotonic() + 10
        while not sub.connected and time.monotonic() < deadline:
            time.sleep(0.05)
        with open_store(data_dir) as store:
            settings = EventsSettings(mqtt_url=broker.url, site_id="north-gate", reconnect_max_s=1.0)
            pub = EventPublisher(settings, "North gate", Outbox.for_store(store))
            pub.start()
            try:
                pub.camera_state("Main entrance", "warming_up", "camera warming up", time.time())
                pub.alarm(1, time.time(), "Main entrance", "absolute", 37.7, None)

                def until(pred, timeout_s=10.0):
                    end = time.monotonic() + timeout_s
                    while time.monotonic() < end:
                        sub.drain(model)
                        if pred():
                            return True
                        time.sleep(0.05)
                    return False

                assert until(lambda: len(model.open_alarms()) == 1)
                assert model.site_status("north-gate")[0] == REPORTING
                assert model.sites["north-gate"].entrances["main-entrance"].state == "warming_up"
                # connected but silent: nothing for the grace period
                assert until(lambda: model.site_status("north-gate")[0] == UNREACHABLE, 5)
                assert "no report" in model.site_status("north-gate")[1]
            finally:
                pub.stop()
    finally:
        sub.stop()
        broker.stop()


def test_todays_counts_are_running_totals_each_entrance_minute_once_whatever_its_message_id():
    now = time.mktime(time.localtime()[:3] + (12, 0, 30, 0, 0, -1))
    m = HqModel(clock=lambda: now)
    minute = now - 30
    for k in range(300):  # five hours of two entrances
        for e in ("main", "side"):
            feed(m, "north", "counts", p.counts_body("north", e, e.title(), minute - 60 * k, 2, 1, 0, {"too_far": 1}),
                 entrance=e, now=now)
    again = p.counts_body("north", "main", "Main", minute, 9, 9, 0, {})
    again["id"] = "resent-under-another-id"
    feed(m, "north", "counts", again, entrance="main", now=now)
    c = m.today_counts("north", now)
    assert (c.screened, c.normal, c.elevated, c.retry) == (1200, 600, 0, 600)
    assert m.today_counts("south", now) == Counts() and m.duplicates == 1
