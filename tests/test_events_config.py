"""The site file's [events] table: strict, documented, one clear line for each mistake."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from app.core.errors import CanthusError
from app.events.config import EventsSettings, parse_broker_url
from app.events.topics import Topics, entrance_slugs, parse_topic, slug
from app.site import load_site

EXAMPLE = Path(__file__).resolve().parents[1] / "resources" / "site-example.toml"
SITE = 'name = "Head office"\n[[camera]]\nname = "Main entrance"\nsource = {kind = "sim"}\n'


def write(tmp_path, text: str) -> Path:
    p = tmp_path / "site.toml"
    p.write_text(SITE + text, "utf-8")
    return p


def test_every_events_key_is_documented_in_the_example():
    text = EXAMPLE.read_text("utf-8")
    written = set(re.findall(r"(?m)^(?:#: )?\s*([a-z_0-9]+)\s*=", text))
    assert "[events]" in text
    assert not [k for k in EventsSettings.model_fields if k not in written]


def test_slugs_and_topics():
    assert slug("Main entrance") == "main-entrance"
    assert slug("  Entrée  Nord / B2 ") == "entree-nord-b2"
    assert slug("北门") == ""
    t = Topics("canthus", "head-office")
    assert t.online == "canthus/head-office/online"
    assert t.entrance("main-entrance", "alarm") == "canthus/head-office/main-entrance/alarm"
    assert parse_topic("canthus", t.entrance("main-entrance", "alarm")).kind == "alarm"
    assert parse_topic("canthus", t.audit_head).entrance is None
    assert parse_topic("canthus", "canthus/a/b/c/d") is None and parse_topic("other", t.online) is None
    with pytest.raises(CanthusError, match="'Main entrance' and 'main-entrance'"):
        entrance_slugs(["Main entrance", "main-entrance"])


def test_broker_urls():
    b = parse_broker_url("mqtts://broker.example.org")
    assert (b.tls, b.host, b.port) == (True, "broker.example.org", 8883)
    assert parse_broker_url("mqtt://10.0.0.5:1884").port == 1884
    for bad, why in [("http://x", "mqtt:// or mqtts://"), ("mqtt://", "no host"), ("mqtt://x:99999", "not valid"),
                     ("mqtt://x/topic", "path"), ("", "empty")]:
        with pytest.raises(ValueError, match=why):
            parse_broker_url(bad)


def test_a_site_file_with_events_loads_and_mistakes_are_one_line_with_the_key(tmp_path):
    site = load_site(write(tmp_path, '[events]\nmqtt_url = "mqtt://127.0.0.1"\nusername = "head-office"\n'))
    assert site.events.broker.port == 1883 and site.events.site_id is None
    cases = [
        ('[events]\nmqtt_url = "mqtt://hq:s3cret@host"\n', "events.mqtt_url: the broker URL holds a user"),
        ('[events]\nmqtt_url = "mqtt://h"\nsite_id = "Head Office"\n', "events.site_id: must be a slug"),
        ('[events]\nmqtt_url = "mqtt://h"\ntopic_prefix = "a/#"\n', "events.topic_prefix"),
        ('[events]\nmqtt_url = "mqtt://h"\nkeepalive_s = "30"\n', "events.keepalive_s"),
        ('[events]\nmqtt_url = "mqtt://h"\nqos = 2\n', "events.qos: unknown key"),
        ('[[camera]]\nname = "Main-entrance"\nsource = {kind = "sim"}\n[events]\nmqtt_url = "mqtt://h"\n',
         "same MQTT topic"),
    ]
    for text, expected in cases:
        with pytest.raises(CanthusError) as e:
            load_site(write(tmp_path, text))
        message = str(e.value)
        assert expected in message and "\n" not in message and "s3cret" not in message, message
    # without [events] two names with one slug are fine: nothing is published
    load_site(write(tmp_path, '[[camera]]\nname = "Main-entrance"\nsource = {kind = "sim"}\n'))
