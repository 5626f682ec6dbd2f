"""A real Mosquitto for the events tests: started on 127.0.0.1, a free port, a temporary config.

Never the system service and never a home-made broker. Tests that use it are
skipped, with the reason, where the ``mosquitto`` binary is absent (CI
installs Debian's).
"""

from __future__ import annotations

import getpass
import shutil
import socket
import subprocess
import threading
import time
from pathlib import Path

import pytest

MOSQUITTO = shutil.which("mosquitto") or next(
    (p for p in ("/usr/sbin/mosquitto", "/usr/local/sbin/mosquitto") if Path(p).is_file()), None)
MOSQUITTO_PASSWD = shutil.which("mosquitto_passwd")


def need_mosquitto() -> str:
    if MOSQUITTO is None:
        pytest.skip("mosquitto is not installed (Debian/Ubuntu: apt-get install mosquitto); the events tests "
                    "run against a real broker")
    return MOSQUITTO


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Mosquitto:
    """One broker process; ``stop()`` and ``start()`` again keep its port and its persistence file."""

    def __init__(self, folder: Path, *, acl: str | None = None, passwords: dict[str, str] | None = None) -> None:
        self.binary = need_mosquitto()
        self.folder = folder
        folder.mkdir(parents=True, exist_ok=True)
        self.port = free_port()
        # run as root (CI containers), mosquitto would switch to user "mosquitto", which cannot write here
        lines = [f"user {getpass.getuser()}", f"listener {self.port} 127.0.0.1", "persistence true", f"persistence_location {folder}/",
                 "log_dest stderr", "log_type error", "log_type warning", "log_type notice"]
        if passwords:
            if MOSQUITTO_PASSWD is None:
                pytest.skip("mosquitto_passwd is not installed (it comes with mosquitto)")
            pw = folder / "passwords"
            pw.write_text("")
            for user, password in passwords.items():
                subprocess.run([MOSQUITTO_PASSWD, "-b", str(pw), user, password], check=True, capture_output=True)
            lines += ["allow_anonymous false", f"password_file {pw}"]
        else:
            lines.append("allow_anonymous true")
        if acl is not None:
            (folder / "acl").write_text(acl)
            lines.append(f"acl_file {folder / 'acl'}")
        self.config = folder / "mosquitto.conf"
        self.config.write_text("\n".join(lines) + "\n")
        self.proc: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"mqtt://127.0.0.1:{self.port}"

    def start(self, timeout_s: float = 15.0) -> Mosquitto:
        self.log = self.folder / "mosquitto.log"
        with self.log.open("ab") as log:
            self.proc = subprocess.Popen([self.binary, "-c", str(self.config)], stdout=subprocess.DEVNULL,
                                         stderr=log)
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"mosquitto exited at start: {self.log.read_text()[-500:]}")
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=0.5).close()
                return self
            except OSError:
                time.sleep(0.05)
        raise RuntimeError(f"mosquitto did not listen on port {self.port} within {timeout_s} s")

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()  # SIGTERM: it saves its persistence file (sessions, queued messages)
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(5)
        self.proc = None


class Collector:
    """A subscriber that keeps what it receives; ``wait(pred)`` until its messages satisfy ``pred``."""

    def __init__(self, broker: Mosquitto, topic: str, *, client_id: str | None = None, persistent: bool = False,
                 username: str | None = None, password: str | None = None) -> None:
        import paho.mqtt.client as mqtt

        self.topic = topic
        self.messages: list = []
        self._cond = threading.Condition()
        self.subscribed = threading.Event()
        self.client = mqtt.Client(mqtt.CallbackAPIVersion.VERSION2, client_id=client_id or "",
                                  clean_session=not persistent, protocol=mqtt.MQTTv311)
        if username:
            self.client.username_pw_set(username, password)
        self.client.reconnect_delay_set(1, 1)
        self.client.on_connect = lambda c, u, f, rc, p: c.subscribe(topic, qos=1)
        self.client.on_subscribe = lambda c, u, mid, rcs, p: self.subscribed.set()
        self.client.on_message = self._on_message
        self.client.connect("127.0.0.1", broker.port, keepalive=10)
        self.client.loop_start()
        assert self.subscribed.wait(10), "the test subscriber was not subscribed within 10 s"

    def _on_message(self, client, userdata, message) -> None:
        with self._cond:
            self.messages.append(message)
            self._cond.notify_all()

    def on(self, suffix: str) -> list:
        with self._cond:
            return [m for m in self.messages if m.topic.endswith(suffix)]

    def wait(self, predicate, timeout_s: float = 20.0) -> bool:
        deadline = time.monotonic() + timeout_s
        with self._cond:
            while not predicate(self):
                left = deadline - time.monotonic()
                if left <= 0:
                    return False
                self._cond.wait(min(left, 0.5))
        return True

    def close(self) -> None:
        self.client.disconnect()
        self.client.loop_stop()
