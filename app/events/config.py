"""The site file's ``[events]`` table: where a console publishes its events.

::

    [events]
    mqtt_url = "mqtts://broker.example.org:8883"
    site_id = "head-office"          # default: the slug of the site's name
    topic_prefix = "canthus"
    username = "head-office"         # the password is in the OS keyring, never here
    ca_file = "broker-ca.pem"

The password is read from the OS keyring under the account
``mqtt://USER@HOST`` (:func:`keyring_account`), set with
``canthus credentials set "mqtt://head-office@broker.example.org"`` as a
camera's is. Like every site table, unknown keys and wrong TOML types are
refused with their path.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from pydantic import Field, field_validator
from pydantic_core import PydanticCustomError

from app.sources.config import SourceSettings

#: MQTT's registered ports (IANA): plain and over TLS.
DEFAULT_PORTS = {"mqtt": 1883, "mqtts": 8883}
#: A slug: lower-case ASCII letters and digits in runs joined by single dashes.
SLUG_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
#: A topic prefix: one or more levels of letters, digits, ``_`` and ``-`` (no wildcards, no empty level).
PREFIX_RE = re.compile(r"^[A-Za-z0-9_-]+(?:/[A-Za-z0-9_-]+)*$")
MAX_SLUG = 64


class BrokerAddress:
    """``mqtt[s]://host[:port]`` taken apart."""

    __slots__ = ("host", "port", "tls")

    def __init__(self, tls: bool, host: str, port: int) -> None:
        self.tls, self.host, self.port = tls, host, port

    def __repr__(self) -> str:
        return f"{'mqtts' if self.tls else 'mqtt'}://{self.host}:{self.port}"


def parse_broker_url(url: str) -> BrokerAddress:
    """The broker of ``url``; ValueError with one line saying what is wrong with it."""
    if not isinstance(url, str) or not url.strip():
        raise ValueError("the broker URL is empty (expected mqtt://HOST[:PORT] or mqtts://HOST[:PORT])")
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError as e:  # a port that is not a number or out of range
        raise ValueError(f"the broker URL {url!r} is not valid ({e})") from None
    scheme = parts.scheme.lower()
    if scheme not in DEFAULT_PORTS:
        raise ValueError(f"the broker URL {url!r} must start with mqtt:// or mqtts:// (TLS)")
    if parts.username is not None or parts.password is not None:
        # never echoed: the URL would put the password in a log line
        raise ValueError("the broker URL holds a user or password: give the user as username, "
                         "the password in the OS keyring")
    if not parts.hostname:
        raise ValueError(f"the broker URL {url!r} names no host")
    if parts.path not in ("", "/") or parts.query or parts.fragment:
        raise ValueError(f"the broker URL {url!r} has a path or query; only mqtt[s]://HOST[:PORT] is meant")
    if port == 0:
        raise ValueError(f"the broker URL {url!r} has port 0")
    return BrokerAddress(scheme == "mqtts", parts.hostname, port or DEFAULT_PORTS[scheme])


def keyring_account(broker: BrokerAddress, username: str) -> str:
    """The OS keyring account holding the broker password of ``username`` (see the module's text)."""
    return f"mqtt://{username}@{broker.host}"


class EventsSettings(SourceSettings):
    """Publishing to an MQTT broker (docs/events.md). Strict, like every table of a site file."""

    mqtt_url: str = Field(max_length=300)
    site_id: str | None = Field(None, max_length=MAX_SLUG)  # None: the slug of the site's name
    topic_prefix: str = Field("canthus", max_length=100)
    username: str | None = Field(None, min_length=1, max_length=100)
    ca_file: str | None = Field(None, min_length=1, max_length=4096)  # relative to the site file
    keepalive_s: int = Field(30, ge=5, le=600)  # the broker declares the site gone after 1.5x this
    reconnect_max_s: float = Field(60.0, ge=1.0, le=3600.0)  # back-off doubles from 1 s up to this
    guard_names: bool = False  # resolutions carry the guard's name only where the site allows it

    @field_validator("mqtt_url")
    @classmethod
    def _url(cls, v: str) -> str:
        try:
            parse_broker_url(v)
        except ValueError as e:
            raise PydanticCustomError("mqtt_url", "{why}", {"why": str(e)}) from None
        return v.strip()

    @field_validator("site_id")
    @classmethod
    def _site_id(cls, v: str | None) -> str | None:
        if v is not None and not SLUG_RE.match(v):
            raise PydanticCustomError("site_id", "must be a slug: lower-case letters and digits joined by "
                                                 "single dashes, such as \"head-office\"")
        return v

    @field_validator("topic_prefix")
    @classmethod
    def _prefix(cls, v: str) -> str:
        if not PREFIX_RE.match(v):
            raise PydanticCustomError("topic_prefix", "must be topic levels of letters, digits, _ and -, joined "
                                                      "by /, with no wildcard (+, #) and no empty level")
        return v

    @field_validator("username")
    @classmethod
    def _user(cls, v: str | None) -> str | None:
        if v is not None and (v != v.strip() or any(not ch.isprintable() for ch in v)):
            raise PydanticCustomError("username", "has spaces at its ends or a control character")
        return v

    @property
    def broker(self) -> BrokerAddress:
        return parse_broker_url(self.mqtt_url)
