"""Events against a real Mosquitto on 127.0.0.1: retained state and online flag, alarms, outages, a kill."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from app.events import EventPublisher, EventsSettings, Outbox
from app.store import open_store
from tests.events_broker import Collector, Mosquitto, need_mosquitto

ROOT = Path(__file__).resolve().parents[1]


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


def publisher(broker_url: str, store, **kw) -> EventPublisher:
    settings = EventsSettings(mqtt_url=broker_url, site_id="north-gate", reconnect_max_s=2.0, **kw)
    return EventPublisher(settings, "North gate", Outbox.for_store(store), entrances=["Main entrance"])


def bodies(messages) -> list[dict]:
    return [json.loads(m.payload) for m in messages]


def test_online_flag_and_camera_state_are_retained_and_a_clean_stop_says_offline(broker, store):
    pub = publisher(broker.url, store)
    pub.start()
    try:
        early = Collector(broker, "canthus/north-gate/#")
        assert early.wait(lambda c: c.on("/online"))
        pub.camera_state("Main entrance", "live", "", time.time())
        assert early.wait(lambda c: c.on("/main-entrance/state"))
        early.close()
        late = Collector(broker, "canthus/north-gate/#")  # subscribes after both were published
        assert late.wait(lambda c: c.on("/online") and c.on("/state"))
        online, state = late.on("/online")[-1], late.on("/state")[-1]
        assert online.retain and online.payload == b"true"
        assert state.retain and json.loads(state.payload)["state"] == "live"
        assert json.loads(state.payload)["entrance_name"] == "Main entrance"
        late.close()
    finally:
        pub.stop()
    after = Collector(broker, "canthus/north-gate/online")
    assert after.wait(lambda c: c.on("/online"))
    assert after.on("/online")[-1].payload == b"false"  # MQTT sends no will on a clean disconnect: we did
    after.close()


def test_an_alarm_is_delivered_once_with_its_fields_and_is_not_retained(broker, store):
    sub = Collector(broker, "canthus/#")
    pub = publisher(broker.url, store)
    pub.start()
    try:
        assert pub.alarm(7, 1_790_000_000.25, "Main entrance", "absolute", 37.7, 38.31)
        assert sub.wait(lambda c: c.on("/alarm"))
        (msg,) = sub.on("/alarm")
        body = json.loads(msg.payload)
        assert msg.topic == "canthus/north-gate/main-entrance/alarm" and msg.qos == 1 and not msg.retain
        assert body["alert_id"] == "7" and body["limit_c"] == 37.7 and body["estimate_c"] == 38.31
        assert body["utc_time"] == "2026-09-21T14:13:20.250Z" and body["rule"] == "absolute" and body["id"]
        assert sub.wait(lambda c: len(pub.outbox) == 0, 10)  # acknowledged, so forgotten
        pub.resolution(7, 1_790_000_030.0, "Main entrance", "secondary_check", "normal", "A. Guard")
        assert sub.wait(lambda c: c.on("/resolution"))
        res = json.loads(sub.on("/resolution")[0].payload)
        assert res["action"] == "secondary_check" and res["result"] == "normal" and "guard" not in res
    finally:
        pub.stop()
        sub.close()
    late = Collector(broker, "canthus/#")
    assert late.wait(lambda c: c.on("/online"))
    assert not late.on("/alarm")  # never retained: a late subscriber does not get old alarms as new
    late.close()


def test_broker_down_for_20_s_every_alarm_raised_meanwhile_arrives_once_in_order(broker, store):
    # HQ's way: a persistent session, so the restarted broker keeps what arrives before HQ is back
    sub = Collector(broker, "canthus/+/+/alarm", client_id="hq-test", persistent=True)
    pub = publisher(broker.url, store)
    pub.start()
    try:
        assert pub.alarm(1, time.time(), "Main entrance", "absolute", 37.7, None)
        assert sub.wait(lambda c: len(c.on("/alarm")) == 1)
        broker.stop()
        down_at = time.monotonic()
        for alert_id in range(2, 7):  # raised while there is no broker: none of these calls waits on it
            assert pub.alarm(alert_id, time.time(), "Main entrance", "absolute", 37.7, None)
            time.sleep(3)
        assert len(pub.outbox) == 5
        time.sleep(max(0.0, 20 - (time.monotonic() - down_at)))
        broker.start()
        assert sub.wait(lambda c: len(c.on("/alarm")) >= 6, 30), (
            [b["alert_id"] for b in bodies(sub.on("/alarm"))], len(pub.outbox), pub.status, sub.client.is_connected(),
            (broker.folder / "mosquitto.log").read_text()[-2000:])
        time.sleep(1.0)  # a repeat, if any, would come now
        got = bodies(sub.on("/alarm"))
        assert [b["alert_id"] for b in got] == ["1", "2", "3", "4", "5", "6"]
        assert len({b["id"] for b in got}) == 6
        assert sub.wait(lambda c: len(pub.outbox) == 0, 10)
    finally:
        pub.stop()
        sub.close()


CHILD = textwrap.dedent("""
    import sys, time
    from app.events import EventPublisher, EventsSettings, Outbox
    from app.store import open_store
    store = open_store(sys.argv[2])
    settings = EventsSettings(mqtt_url=sys.argv[1], site_id="north-gate", reconnect_max_s=1.0)
    pub = EventPublisher(settings, "North gate", Outbox.for_store(store))
    pub.start()
    for alert_id in (11, 12, 13):
        pub.alarm(alert_id, time.time(), "Main entrance", "absolute", 37.7, None)
    print("raised", flush=True)
    time.sleep(600)
""")


def test_a_console_killed_with_alarms_in_its_outbox_delivers_them_after_restart(tmp_path, data_dir):
    need_mosquitto()
    broker = Mosquitto(tmp_path / "broker")  # not started: the console cannot deliver
    child = subprocess.Popen([sys.executable, "-c", CHILD, broker.url, str(data_dir)], cwd=ROOT,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert child.stdout.readline().strip() == "raised", child.stderr.read()
    finally:
        os.kill(child.pid, signal.SIGKILL)
        child.wait(10)
        child.stdout.close()
        child.stderr.close()
    broker.start()
    try:
        sub = Collector(broker, "canthus/#")
        with open_store(data_dir) as store:
            assert len(Outbox.for_store(store)) == 3
            pub = publisher(broker.url, store)
            pub.start()
            try:
                assert sub.wait(lambda c: len(c.on("/alarm")) >= 3)
                assert [b["alert_id"] for b in bodies(sub.on("/alarm"))] == ["11", "12", "13"]
                assert sub.wait(lambda c: len(pub.outbox) == 0, 10)
                assert store.verify()[0]  # the outbox table beside the store's own leaves its audit intact
            finally:
                pub.stop()
        sub.close()
    finally:
        broker.stop()


def test_a_console_that_dies_leaves_online_false_by_its_last_will(broker, data_dir):
    code = CHILD.replace("for alert_id in (11, 12, 13):\n    pub.alarm", "while not pub.connected:\n    time.sleep(0.05)\n#")
    sub = Collector(broker, "canthus/north-gate/online")
    child = subprocess.Popen([sys.executable, "-c", code, broker.url, str(data_dir)], cwd=ROOT,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert child.stdout.readline().strip() == "raised", child.stderr.read()
        assert sub.wait(lambda c: [m.payload for m in c.on("/online")][-1:] == [b"true"])
    finally:
        os.kill(child.pid, signal.SIGKILL)
        child.wait(10)
        child.stdout.close()
        child.stderr.close()
    assert sub.wait(lambda c: [m.payload for m in c.on("/online")][-1:] == [b"false"])
    sub.close()
