"""The durable outbox: alarms and resolutions kept on disk until the broker has them.

It lives in the console's own event store file (one file to back up, and
written with the same ``synchronous=FULL`` care) in its own table
``events_outbox_v1``, through its own connection. A message is written here
*before* it is handed to the network and deleted when the broker acknowledges
it (QoS 1 PUBACK). After a restart, even after the console was killed, the
rows left are sent first, oldest first, with the ids they were written with:
a message acknowledged just before a kill may come twice, and receivers drop
the repeat by its id.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from app.core.errors import CanthusError

TABLE = "events_outbox_v1"  # the schema's version is in the name: a v2 would get its own table
_SCHEMA = f"""
CREATE TABLE IF NOT EXISTS {TABLE} (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    message_id TEXT NOT NULL UNIQUE,
    topic TEXT NOT NULL,
    payload BLOB NOT NULL,
    created_at REAL NOT NULL
)
"""


@dataclass(frozen=True)
class OutboxRow:
    seq: int
    message_id: str
    topic: str
    payload: bytes
    created_at: float


class Outbox:
    """Messages not yet acknowledged by the broker, in the order they were raised. Thread-safe."""

    def __init__(self, store_file: str | Path) -> None:
        self.path = Path(store_file)
        if not self.path.is_file():
            # Creating it here would make a bare SQLite file that the store then refuses as foreign.
            raise CanthusError(f"no event store at {self.path}: the outbox lives in the console's store, "
                               "open the store first")
        self._lock = threading.Lock()
        try:
            self._conn = sqlite3.connect(f"{self.path.resolve().as_uri()}?mode=rw", uri=True,
                                         isolation_level=None, check_same_thread=False, timeout=10.0)
            self._conn.execute("PRAGMA synchronous = FULL")  # per connection; the store's WAL is per file
            self._conn.execute(_SCHEMA)
        except sqlite3.Error as e:
            raise CanthusError(f"cannot open the events outbox in {self.path}: {e}") from None

    @classmethod
    def for_store(cls, store) -> Outbox:
        """The outbox of an open :class:`app.store.Store` (the same file)."""
        return cls(store.path)

    def _run(self, sql: str, args=()) -> list:
        with self._lock:
            try:
                return self._conn.execute(sql, args).fetchall()
            except sqlite3.Error as e:
                raise CanthusError(f"events outbox in {self.path}: {e}") from None

    def put(self, message_id: str, topic: str, payload: bytes) -> int:
        """Keep a message; returns its place in the queue. The row is on disk when this returns."""
        with self._lock:
            try:
                cur = self._conn.execute(
                    f"INSERT INTO {TABLE} (message_id, topic, payload, created_at) VALUES (?, ?, ?, ?)",
                    (message_id, topic, payload, time.time()))
                return int(cur.lastrowid)
            except sqlite3.Error as e:
                raise CanthusError(f"events outbox in {self.path}: {e}") from None

    def has(self, message_id: str) -> bool:
        """Whether a message with this id is kept (not yet acknowledged)."""
        return bool(self._run(f"SELECT 1 FROM {TABLE} WHERE message_id = ?", (message_id,)))

    def ack(self, seq: int) -> None:
        """The broker has it: forget it."""
        self._run(f"DELETE FROM {TABLE} WHERE seq = ?", (seq,))

    def pending(self) -> list[OutboxRow]:
        """Every message not yet acknowledged, oldest first."""
        rows = self._run(f"SELECT seq, message_id, topic, payload, created_at FROM {TABLE} ORDER BY seq")
        return [OutboxRow(r[0], r[1], r[2], bytes(r[3]), r[4]) for r in rows]

    def __len__(self) -> int:
        return int(self._run(f"SELECT count(*) FROM {TABLE}")[0][0])

    def close(self) -> None:
        with self._lock:
            self._conn.close()
