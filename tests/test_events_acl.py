"""The documented Mosquitto ACL, on a real broker with a password file made by mosquitto_passwd."""

from __future__ import annotations

import json
import re
import time
from pathlib import Path

import pytest

from app.events import EventPublisher, EventsSettings, Outbox
from app.events.mosquitto import acl_text
from app.store import open_store
from tests.events_broker import Collector, Mosquitto, need_mosquitto

DOCS = Path(__file__).resolve().parents[1] / "docs" / "events.md"
PASSWORDS = {"north-gate": "n0rth-secret", "south-gate": "s0uth-secret", "hq_security": "hq-secret"}


@pytest.fixture
def broker(tmp_path):
    need_mosquitto()
    b = Mosquitto(tmp_path / "broker", acl=acl_text(), passwords=PASSWORDS).start()
    yield b
    b.stop()


def site_publisher(broker, store, user: str, site_id: str) -> EventPublisher:
    settings = EventsSettings(mqtt_url=broker.url, site_id=site_id, username=user, reconnect_max_s=1.0)
    return EventPublisher(settings, site_id, Outbox.for_store(store), password_lookup=lambda account: PASSWORDS[user])


def test_the_docs_give_this_very_acl():
    text = DOCS.read_text("utf-8")
    assert acl_text() in text, "docs/events.md must show app.events.mosquitto.acl_text() as it is"


def test_a_site_publishes_only_under_its_own_prefix_and_headquarters_only_reads(broker, data_dir):
    hq = Collector(broker, "canthus/#", username="hq_security", password=PASSWORDS["hq_security"])
    with open_store(data_dir) as store:
        # north-gate's credentials, claiming to be south-gate: the broker drops every message
        impostor = site_publisher(broker, store, "north-gate", "south-gate")
        impostor.start()
        try:
            impostor.alarm(1, time.time(), "Main entrance", "absolute", 37.7, None)
            impostor.camera_state("Main entrance", "live", "", time.time())
            # the broker acknowledges (MQTT 3.1.1 cannot say no) and drops it: the outbox empties
            assert hq.wait(lambda c: len(impostor.outbox) == 0, 10)
        finally:
            impostor.stop()
        honest = site_publisher(broker, store, "north-gate", "north-gate")
        honest.start()
        try:
            honest.alarm(2, time.time(), "Main entrance", "absolute", 37.7, None)
            assert hq.wait(lambda c: c.on("/alarm"))  # after the impostor's, on the same broker
        finally:
            honest.stop()
    hq.client.publish("canthus/north-gate/main-entrance/alarm", b"{}", qos=1).wait_for_publish(5)
    hq.client.publish("canthus/north-gate/online", b"false", qos=1, retain=True).wait_for_publish(5)
    assert hq.wait(lambda c: [m.payload for m in c.on("/north-gate/online")][-1:] == [b"false"], 10)
    time.sleep(0.5)
    topics = {m.topic for m in hq.messages}
    assert not any(t.startswith("canthus/south-gate/") for t in topics), topics
    alarms = [json.loads(m.payload) for m in hq.on("/alarm")]
    assert [a["alert_id"] for a in alarms] == ["2"]  # neither the impostor's nor headquarters' own "{}"
    # the last "false" is north-gate's clean stop, not headquarters' write: only one "false" arrived
    assert [m.payload for m in hq.on("/north-gate/online")].count(b"false") == 1
    hq.close()


def test_a_wrong_password_is_refused_and_said_so(broker, data_dir):
    with open_store(data_dir) as store:
        settings = EventsSettings(mqtt_url=broker.url, site_id="north-gate", username="north-gate")
        pub = EventPublisher(settings, "North gate", Outbox.for_store(store), password_lookup=lambda a: "wrong")
        pub.start()
        try:
            deadline = time.monotonic() + 10
            while "refused" not in pub.status and time.monotonic() < deadline:
                time.sleep(0.05)
            assert re.search(r"refused.*(authori[sz]ed|password)", pub.status, re.IGNORECASE), pub.status
            assert not pub.connected
        finally:
            pub.stop()
