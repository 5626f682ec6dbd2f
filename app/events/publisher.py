"""A console's events to the MQTT broker: the one object the station calls.

Nothing here waits on the network: paho's own thread connects, reconnects
with back-off and sends; the methods below build a body, keep alarms and
resolutions in the :class:`~app.events.outbox.Outbox` first, hand the
message to paho and return. While the broker is away, paho keeps what it was
given in order and sends it after the reconnect; the outbox keeps it across a
crash. Retained topics (online, state, audit head) are also remembered here
and published again on every connect, so a broker restarted without
persistence learns them back.

No Qt: the station calls it from the GUI thread or a worker alike.
"""

from __future__ import annotations

import collections
import logging
import socket
import ssl
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

from app.core.errors import CanthusError
from app.events import payloads as p
from app.events.config import EventsSettings, keyring_account
from app.events.outbox import Outbox
from app.events.topics import Topics, entrance_slugs, slug

log = logging.getLogger("canthus.events")

#: Minutes of counts kept per entrance while the broker is away (a day); older ones are dropped.
MAX_HELD_COUNTS = 16 * 24 * 60


def connect_failure(exc: BaseException | None, broker) -> str:
    """Why a connection to ``broker`` failed, in one line (paho says only that it did)."""
    if isinstance(exc, ssl.SSLCertVerificationError):
        return (f"TLS: {broker} presented a certificate this console does not trust ("
                f"{exc.verify_message or exc.reason}): check events.ca_file is the CA that signed the broker's "
                "certificate and that the certificate names this host")
    if isinstance(exc, ssl.SSLError):
        return f"TLS with {broker} failed ({exc.reason or exc}): is it a TLS listener (mqtts://), and the port right?"
    if isinstance(exc, ConnectionRefusedError):
        return f"{broker} refused the connection: is the broker running, and the port right?"
    if isinstance(exc, TimeoutError):
        return f"{broker} did not answer in time"
    if isinstance(exc, OSError):
        return f"cannot reach {broker} ({exc.strerror or exc})"
    return f"cannot connect to {broker}" + (f" ({exc})" if exc else "")


def close_failed_socket(exc: BaseException | None) -> None:
    """Close the socket paho 2.x leaves open when a TLS handshake fails (its ``_ssl_wrap_socket``
    raises without closing ``ssl_sock``): found in the failing frames, so retries leak no descriptor."""
    tb = exc.__traceback__ if exc is not None else None
    while tb is not None:
        for value in list(tb.tb_frame.f_locals.values()):
            if isinstance(value, socket.socket) and value.fileno() != -1:
                value.close()
        tb = tb.tb_next


def _keyring_password(account: str) -> str | None:
    from app.sources.credentials import get_camera_password

    return get_camera_password(account)


class EventPublisher:
    """Publishes one site's events (topics and bodies in docs/events.md)."""

    def __init__(self, settings: EventsSettings, site_name: str, outbox: Outbox, *,
                 password_lookup: Callable[[str], str | None] = _keyring_password,
                 base_dir: str | Path | None = None, entrances: tuple[str, ...] | list[str] = (),
                 clock: Callable[[], float] = time.time) -> None:
        self.settings = settings
        self.site = settings.site_id or slug(site_name)
        if not self.site:
            raise CanthusError(f"events: the site name {site_name!r} has no letter or digit to name its MQTT "
                               "topics by: set site_id in the [events] table")
        self.topics = Topics(settings.topic_prefix, self.site)
        self.outbox = outbox
        self._password_lookup = password_lookup
        self._base_dir = Path(base_dir) if base_dir is not None else None
        self._clock = clock
        self._slugs = entrance_slugs(entrances)  # refuses two names sharing a topic, up front
        self._lock = threading.Lock()
        self._connected = threading.Event()
        self._inflight: dict[int, int | None] = {}  # paho mid -> outbox seq (None: not an outbox message)
        self._early: set[int] = set()  # acknowledged before publish() returned its mid
        self._states: dict[str, bytes] = {}  # entrance slug -> latest state body (retained)
        self._head: bytes | None = None
        self._held_counts: collections.deque[tuple[str, bytes]] = collections.deque(maxlen=MAX_HELD_COUNTS)
        self._client = None
        self.status = "not started"
        self._refused = False
        self.errors = 0

    # -- life -------------------------------------------------------------------------
    def start(self) -> None:
        """Start connecting (in paho's thread) and queue what the outbox still holds, oldest first."""
        import paho.mqtt.client as mqtt

        if self._client is not None:
            return
        s = self.settings
        broker = s.broker
        client = mqtt.Client(mqtt.CallbackAPIVersion.VERSION2, client_id=f"canthus-site-{self.site}",
                             clean_session=True, protocol=mqtt.MQTTv311)
        client.will_set(self.topics.online, b"false", qos=1, retain=True)
        if s.username:
            client.username_pw_set(s.username, self._password_lookup(keyring_account(broker, s.username)))
        if broker.tls:
            ca = self._ca_file() if s.ca_file else None
            try:
                client.tls_set(ca_certs=str(ca) if ca else None, cert_reqs=ssl.CERT_REQUIRED,
                               tls_version=ssl.PROTOCOL_TLS_CLIENT)
            except (ssl.SSLError, OSError, ValueError) as e:  # not PEM, unreadable
                raise CanthusError(f"events.ca_file: {ca or 'the system CAs'} cannot be used as the broker's CA "
                                   f"certificate ({e})") from None
        client.reconnect_delay_set(1, max(1, int(s.reconnect_max_s)))
        client.max_queued_messages_set(0)  # unbounded: the outbox bounds nothing away
        client.on_connect = self._on_connect
        client.on_disconnect = self._on_disconnect
        client.on_connect_fail = self._on_connect_fail
        client.on_publish = self._on_publish
        self._client = client
        for row in self.outbox.pending():
            self._send(row.topic, row.payload, qos=1, retain=False, seq=row.seq)
        self.status = f"connecting to {broker}"
        client.connect_async(broker.host, broker.port, keepalive=s.keepalive_s)
        client.loop_start()

    def _ca_file(self) -> Path:
        path = Path(self.settings.ca_file)
        if not path.is_absolute() and self._base_dir is not None:
            path = self._base_dir / path
        if not path.is_file():
            raise CanthusError(f"events.ca_file: {path} not found (the broker's CA certificate, PEM)")
        return path

    def stop(self, timeout_s: float = 3.0) -> None:
        """Say ``online = false`` (retained; a clean disconnect sends no will), then disconnect.

        Waits at most ``timeout_s`` for the broker to take the flag; messages still unacknowledged
        stay in the outbox for the next start.
        """
        client, self._client = self._client, None
        if client is None:
            return
        if self._connected.is_set():
            info = client.publish(self.topics.online, b"false", qos=1, retain=True)
            try:
                info.wait_for_publish(timeout_s)
            except (RuntimeError, ValueError):
                pass
        client.disconnect()
        client.loop_stop()
        self._connected.clear()
        self.status = "stopped"

    @property
    def connected(self) -> bool:
        return self._connected.is_set()

    # -- what the station calls -------------------------------------------------------------
    def camera_state(self, entrance: str, state: str, detail: str, at: float) -> None:
        """A camera changed state (retained, so headquarters sees it on subscribing)."""
        e = self._entrance(entrance)
        body = p.encode(p.state_body(self.site, e, entrance, state, detail, at))
        with self._lock:
            self._states[e] = body
        if self._connected.is_set():
            self._send(self.topics.entrance(e, "state"), body, qos=1, retain=True)

    def alarm(self, alert_id: str | int, at: float, entrance: str, rule: str, limit_c: float,
              estimate_c: float | None, *, message_id: str | None = None) -> bool:
        """An alert was raised. ``alert_id``: unique across sessions (``Alert.uid``); ``estimate_c``:
        None where the retention policy keeps no values; ``message_id``: default a new random one."""
        e = self._entrance(entrance)
        body = p.alarm_body(self.site, e, entrance, alert_id, at, rule, limit_c, estimate_c, message_id)
        return self._durable(self.topics.entrance(e, "alarm"), body)

    def resolution(self, alert_id: str | int, at: float, entrance: str, action: str, result: str | None,
                   guard: str | None, *, message_id: str | None = None) -> bool:
        """What closed an alert; the guard's name only where ``[events] guard_names`` allows it."""
        e = self._entrance(entrance)
        body = p.resolution_body(self.site, e, entrance, alert_id, at, action, result,
                                 guard if self.settings.guard_names else None, message_id)
        return self._durable(self.topics.entrance(e, "resolution"), body)

    def counts(self, entrance: str, minute_start: float, screened: int, normal: int, elevated: int,
               retry_by_reason: dict[str, int]) -> None:
        """One minute's aggregates of one entrance (no person, no value)."""
        e = self._entrance(entrance)
        body = p.encode(p.counts_body(self.site, e, entrance, minute_start, screened, normal, elevated,
                                      retry_by_reason))
        topic = self.topics.entrance(e, "counts")
        if self._connected.is_set():
            self._send(topic, body, qos=1, retain=False)
        else:
            with self._lock:
                self._held_counts.append((topic, body))

    def audit_head(self, seq: int, seal: str, at: float) -> None:
        """The audit chain's head (retained): every 10 minutes and at every settings change."""
        body = p.encode(p.audit_head_body(self.site, seq, seal, at, self._clock()))
        with self._lock:
            self._head = body
        if self._connected.is_set():
            self._send(self.topics.audit_head, body, qos=1, retain=True)

    # -- inside ------------------------------------------------------------------------
    def _entrance(self, name: str) -> str:
        e = self._slugs.get(name)
        if e is None:
            e = entrance_slugs([*self._slugs, name])[name]
            self._slugs[name] = e
        return e

    def _durable(self, topic: str, body: dict) -> bool:
        payload = p.encode(body)
        seq = None
        try:
            if self.outbox.has(body["id"]):
                # The same message again (an alert a restart brought back, its alarm never acknowledged):
                # the outbox already sends it, in its place in the queue.
                return True
            seq = self.outbox.put(body["id"], topic, payload)
        except CanthusError as e:  # a full disk must not stop the alarm from leaving now
            self.errors += 1
            log.error("events: %s; sending %s %s without keeping it", e, topic, body["id"])
        return self._send(topic, payload, qos=1, retain=False, seq=seq)

    def _send(self, topic: str, payload: bytes, *, qos: int, retain: bool, seq: int | None = None) -> bool:
        client = self._client
        if client is None:  # not started, or stopped: the outbox keeps durable ones for the next start
            return False
        info = client.publish(topic, payload, qos=qos, retain=retain)
        if info.rc not in (0, 4):  # 4: MQTT_ERR_NO_CONN, queued by paho and sent after the reconnect
            self.errors += 1
            log.error("events: paho refused %s (rc %s)", topic, info.rc)
            return False
        acked = False
        with self._lock:
            if info.mid in self._early:
                self._early.discard(info.mid)
                acked = True
            else:
                self._inflight[info.mid] = seq
        if acked and seq is not None:
            self._ack(seq)
        return True

    def _ack(self, seq: int) -> None:
        try:
            self.outbox.ack(seq)
        except CanthusError as e:
            self.errors += 1  # sent twice after a restart at worst; receivers drop the repeat by id
            log.error("events: %s", e)

    def _on_publish(self, client, userdata, mid, reason_code, properties) -> None:
        with self._lock:
            if mid in self._inflight:
                seq = self._inflight.pop(mid)
            else:
                self._early.add(mid)
                return
        if seq is not None:
            self._ack(seq)

    def _on_connect(self, client, userdata, flags, reason_code, properties) -> None:
        if reason_code.is_failure:
            status = f"broker refused the connection: {reason_code} (retrying with back-off)"
            if status != self.status:  # once, not at every retry
                log.warning("events: %s", status)
            self.status, self._refused = status, True
            return
        self._refused = False
        self._connected.set()
        self.status = "connected"
        self._send(self.topics.online, b"true", qos=1, retain=True)
        with self._lock:
            retained = [(self.topics.entrance(e, "state"), b) for e, b in self._states.items()]
            if self._head is not None:
                retained.append((self.topics.audit_head, self._head))
            held, self._held_counts = list(self._held_counts), collections.deque(maxlen=MAX_HELD_COUNTS)
        for topic, body in retained:
            self._send(topic, body, qos=1, retain=True)
        for topic, body in held:
            self._send(topic, body, qos=1, retain=False)

    def _on_connect_fail(self, client, userdata) -> None:
        # paho calls this inside its ``except OSError`` block: the exception is the current one
        exc = sys.exc_info()[1]
        close_failed_socket(exc)
        status = connect_failure(exc, self.settings.broker) + " (retrying with back-off)"
        if status != self.status:  # once, not at every retry
            log.warning("events: %s", status)
        self.status, self._refused = status, True

    def _on_disconnect(self, client, userdata, flags, reason_code, properties) -> None:
        self._connected.clear()
        if self._client is not None and not self._refused:
            self.status = f"broker connection lost ({reason_code}); reconnecting"
            log.warning("events: %s", self.status)
