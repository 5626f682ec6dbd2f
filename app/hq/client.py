"""Headquarters' MQTT subscriber: paho's thread receives, a queue hands messages to the model's thread. No Qt.

The session is persistent (``clean_session = False`` under a fixed client id,
QoS 1): while headquarters is closed, a broker with persistence keeps the
alarms for it, and they arrive when it starts again.
"""

from __future__ import annotations

import logging
import queue
import socket
import ssl
import sys
import threading
import time
from pathlib import Path

from app.core.errors import CanthusError
from app.events.config import parse_broker_url
from app.events.topics import subscription

log = logging.getLogger("canthus.hq")


class HqSubscriber:
    def __init__(self, broker_url: str, *, topic_prefix: str = "canthus", ca_file: str | Path | None = None,
                 username: str | None = None, password: str | None = None, client_id: str | None = None,
                 reconnect_max_s: int = 30) -> None:
        try:
            self.broker = parse_broker_url(broker_url)
        except ValueError as e:
            raise CanthusError(f"--broker: {e}") from None
        if ca_file is not None and not Path(ca_file).is_file():
            raise CanthusError(f"--ca-file: {ca_file} not found (the broker's CA certificate, PEM)")
        self.prefix = topic_prefix
        self.ca_file, self.username, self.password = ca_file, username, password
        self.client_id = client_id or f"canthus-hq-{socket.gethostname()}"[:64]
        self.reconnect_max_s = reconnect_max_s
        self.messages: queue.SimpleQueue = queue.SimpleQueue()  # (topic, payload, retained, received_at)
        self.status = "not started"
        self._connected = threading.Event()
        self._client = None

    @property
    def connected(self) -> bool:
        return self._connected.is_set()

    def start(self) -> None:
        import paho.mqtt.client as mqtt

        client = mqtt.Client(mqtt.CallbackAPIVersion.VERSION2, client_id=self.client_id, clean_session=False,
                             protocol=mqtt.MQTTv311)
        if self.username:
            client.username_pw_set(self.username, self.password)
        if self.broker.tls:
            client.tls_set(ca_certs=str(self.ca_file) if self.ca_file else None, cert_reqs=ssl.CERT_REQUIRED,
                           tls_version=ssl.PROTOCOL_TLS_CLIENT)
        client.reconnect_delay_set(1, self.reconnect_max_s)
        client.on_connect = self._on_connect
        client.on_disconnect = self._on_disconnect
        client.on_connect_fail = self._on_connect_fail
        client.on_message = self._on_message
        self._client = client
        self.status = f"connecting to {self.broker}"
        client.connect_async(self.broker.host, self.broker.port, keepalive=30)
        client.loop_start()

    def stop(self) -> None:
        client, self._client = self._client, None
        if client is not None:
            client.disconnect()
            client.loop_stop()
        self._connected.clear()
        self.status = "stopped"

    def drain(self, model, limit: int = 10_000) -> int:
        """Hand queued messages to ``model``; returns how many changed what is shown."""
        changed = 0
        for _ in range(limit):
            try:
                topic, payload, retained, at = self.messages.get_nowait()
            except queue.Empty:
                break
            changed += model.handle(topic, payload, retained=retained, now=at)
        return changed

    def _on_connect(self, client, userdata, flags, reason_code, properties) -> None:
        if reason_code.is_failure:
            self.status = f"broker refused headquarters: {reason_code}"
            log.warning("hq: %s", self.status)
            return
        client.subscribe(subscription(self.prefix), qos=1)
        self._connected.set()
        self.status = f"connected to {self.broker}"

    def _on_connect_fail(self, client, userdata) -> None:
        from app.events.publisher import close_failed_socket, connect_failure

        # paho calls this inside its ``except OSError`` block: the exception is the current one
        exc = sys.exc_info()[1]
        close_failed_socket(exc)
        status = connect_failure(exc, self.broker) + " (retrying)"
        if status != self.status:
            log.warning("hq: %s", status)
        self.status = status

    def _on_disconnect(self, client, userdata, flags, reason_code, properties) -> None:
        self._connected.clear()
        if self._client is not None:
            self.status = f"broker connection lost ({reason_code}); reconnecting"

    def _on_message(self, client, userdata, message) -> None:
        self.messages.put((message.topic, bytes(message.payload), bool(message.retain), time.time()))
