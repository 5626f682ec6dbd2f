"""TLS to the broker: a throwaway CA, Mosquitto with a TLS listener, a console trusting that CA and one that does not."""

from __future__ import annotations

import json
import time

import pytest

from app.events import EventPublisher, EventsSettings, Outbox
from app.hq.client import HqSubscriber
from app.store import open_store
from tests.events_broker import Mosquitto, make_certificates, need_mosquitto


@pytest.fixture
def tls_broker(tmp_path):
    need_mosquitto()
    certs = make_certificates(tmp_path / "pki")
    b = Mosquitto(tmp_path / "broker", tls=certs).start()
    yield b
    b.stop()


@pytest.fixture
def store(data_dir):
    s = open_store(data_dir)
    yield s
    s.close()


def wait_for(predicate, timeout_s: float = 20.0) -> bool:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.05)
    return predicate()


def test_a_console_trusting_the_brokers_ca_delivers_over_mqtts_to_headquarters_over_mqtts(tls_broker, store, tmp_path):
    assert tls_broker.url.startswith("mqtts://")
    hq = HqSubscriber(tls_broker.url, ca_file=tls_broker.tls.ca, client_id="hq-tls-test")
    hq.start()
    settings = EventsSettings(mqtt_url=tls_broker.url, site_id="north-gate", ca_file="ca.pem", reconnect_max_s=2.0)
    pub = EventPublisher(settings, "North gate", Outbox.for_store(store), base_dir=tls_broker.tls.ca.parent,
                         entrances=["Main entrance"])
    pub.start()
    try:
        assert wait_for(lambda: hq.connected and pub.connected), (hq.status, pub.status)
        pub.alarm("a1b2", time.time(), "Main entrance", "absolute", 37.7, None, message_id="a1b2-alarm")
        got = []

        def alarm_arrived() -> bool:
            while not hq.messages.empty():
                got.append(hq.messages.get_nowait())
            return any(t.endswith("/alarm") for t, *_ in got)

        assert wait_for(alarm_arrived), (got, pub.status)
        body = json.loads(next(p for t, p, *_ in got if t.endswith("/alarm")))
        assert body["alert_id"] == "a1b2" and body["site"] == "north-gate"
        assert wait_for(lambda: len(pub.outbox) == 0)  # acknowledged over TLS: the outbox let it go
    finally:
        pub.stop()
        hq.stop()


def test_a_console_with_another_ca_is_refused_with_a_line_saying_why_and_its_alarm_waits(tls_broker, store, tmp_path):
    other = make_certificates(tmp_path / "other-pki", name="Some other CA")
    settings = EventsSettings(mqtt_url=tls_broker.url, site_id="north-gate", ca_file=str(other.ca),
                              reconnect_max_s=2.0)
    pub = EventPublisher(settings, "North gate", Outbox.for_store(store), entrances=["Main entrance"])
    pub.start()
    hq = HqSubscriber(tls_broker.url, ca_file=other.ca, client_id="hq-wrong-ca")
    hq.start()
    try:
        assert pub.alarm("c3d4", time.time(), "Main entrance", "absolute", 37.7, None)  # never waits on the network
        assert wait_for(lambda: "TLS" in pub.status), pub.status
        assert not pub.connected
        assert pub.status.startswith(f"TLS: {settings.broker} presented a certificate this console does not trust")
        assert "events.ca_file" in pub.status and "\n" not in pub.status
        assert len(pub.outbox) == 1  # kept for when the CA is put right
        assert wait_for(lambda: hq.status.startswith("TLS: ")), hq.status  # headquarters says it the same way
        assert not hq.connected
    finally:
        pub.stop()
        hq.stop()


def test_a_ca_file_that_is_not_pem_is_refused_in_one_line_before_connecting(tls_broker, store, tmp_path):
    from app.core.errors import CanthusError

    bad = tmp_path / "not-a-ca.pem"
    bad.write_text("hello\n")
    settings = EventsSettings(mqtt_url=tls_broker.url, site_id="north-gate", ca_file=str(bad))
    pub = EventPublisher(settings, "North gate", Outbox.for_store(store))
    with pytest.raises(CanthusError, match=r"^events.ca_file: .*not-a-ca.pem cannot be used as the broker's CA"):
        pub.start()
    assert not pub.connected
