"""The store's plumbing: its two connections (writes, reads), their locks, transactions, and audited inserts and updates.

Threads: a store holds two connections. Writes go through one, guarded by a
re-entrant lock, so any thread may call it (the console's
:class:`~app.store.writer.StoreWriter` writes from its own thread); each write
is one short transaction (one fsync with ``synchronous=FULL`` in WAL mode).
Reads go through a second, read-only connection with a lock of its own, so the
GUI thread's reads never wait behind a write, nor behind a write waiting for
another process's write lock (up to the 10 s busy timeout): WAL lets a reader
run beside the writer. Each read is one snapshot (a read transaction), however
many statements it makes. A read made inside a write transaction, on the writing
thread, uses the writing connection and sees the transaction's own rows.
Writers in other processes are serialised by ``BEGIN IMMEDIATE``, so the audit
chain stays linear.
"""

from __future__ import annotations

import secrets
import sqlite3
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

from app.store import audit as _audit
from app.store import keys as _keys
from app.store.errors import StoreError
from app.store.schema import TableSpec
from app.store.values import UTC, hour_key, iso, now_utc


class StoreBase:
    """One event store file: its connection, lock, audit key and transactions."""

    def __init__(self, conn: sqlite3.Connection, path: Path, *, clock=None, auto_purge_s: float | None = 300.0):
        self._conn = conn
        self.path = path
        self._lock = threading.RLock()
        self._reader: sqlite3.Connection | None = None  # opened at the first read
        self._read_lock = threading.RLock()  # reads nest (a property read inside a query)
        self._writing_thread: int | None = None  # the thread inside a write transaction, if any
        self._closed = False
        self._read_depth = 0
        self._clock = clock or now_utc
        self.auto_purge_s = auto_purge_s
        self._in_write = False
        # The audit key (outside the database) and from which record it seals.
        self._home = _keys.KeyHome(path.parent)
        self._key: _keys.SiteKey | None = None
        self._keyed_from: int | None = None
        self._high_water = _keys.HighWater(self._home.high_water_file)
        self._pending_head: tuple[int, str, str] | None = None

    # -- plumbing -----------------------------------------------------------
    def now(self) -> datetime:
        return self._clock().astimezone(UTC)

    def close(self) -> None:
        with self._read_lock:
            self._closed = True
            if self._reader is not None:
                self._reader.close()
        with self._lock:
            self._conn.close()
            self._high_water.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @contextmanager
    def _read(self) -> Iterator[sqlite3.Connection]:
        """The read-only connection (the writing one inside this thread's own write transaction)."""
        if self._writing_thread == threading.get_ident():
            with self._lock:
                yield from self._reading(self._conn)
            return
        with self._read_lock:
            conn = self._reader_connection()
            if self._read_depth:  # nested: part of the outer read's snapshot
                yield from self._reading(conn)
                return
            # One snapshot for the whole read: a decision, its alert and its actions read together
            # are of one moment, though the writer commits meanwhile.
            try:
                conn.execute("BEGIN")
            except sqlite3.Error as e:
                raise StoreError(f"event store {self.path}: {e}.", e) from None
            self._read_depth += 1
            try:
                yield from self._reading(conn)
            finally:
                self._read_depth -= 1
                if conn.in_transaction:
                    conn.execute("COMMIT")

    def _reading(self, conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
        try:
            yield conn
        except sqlite3.Error as e:
            raise StoreError(f"event store {self.path}: {e}.", e) from None

    def _reader_connection(self) -> sqlite3.Connection:
        if self._closed:
            raise StoreError(f"event store {self.path}: it was closed.")
        if self._reader is None:
            try:
                # the plain path, as the writing connection opens it (a file: URI of a Windows share or
                # a long path is refused by SQLite); query_only makes it read-only
                conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False, timeout=10.0)
                conn.execute("PRAGMA query_only = ON")
            except sqlite3.Error as e:
                raise StoreError(f"event store {self.path}: cannot open it for reading: {e}.", e) from None
            conn.row_factory = sqlite3.Row
            self._reader = conn
        return self._reader

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One transaction holding SQLite's write lock; rolled back on any error."""
        with self._lock:
            if self._in_write:  # nested: part of the outer transaction
                yield self._conn
                return
            try:
                self._conn.execute("BEGIN IMMEDIATE")
            except sqlite3.Error as e:
                raise StoreError(f"event store {self.path}: {e}.", e) from None
            self._in_write = True
            self._writing_thread = threading.get_ident()
            self._pending_head = None
            try:
                yield self._conn
                self._conn.execute("COMMIT")
                if self._pending_head is not None and self._keyed_from is not None:
                    # After the commit, never before: the mark may lag the store, never lead it.
                    self._high_water.write(*self._pending_head)
            except BaseException as e:
                try:
                    self._conn.execute("ROLLBACK")
                except sqlite3.Error:
                    pass
                if isinstance(e, sqlite3.Error):
                    raise StoreError(f"event store {self.path}: {e}.", e) from None
                raise
            finally:
                self._in_write = False
                self._writing_thread = None
                self._pending_head = None

    def pragmas(self) -> dict:
        """The writing connection's settings (journal mode, synchronous, foreign keys, schema)."""
        with self._lock:
            c = self._conn
            return {name: c.execute(f"PRAGMA {name}").fetchone()[0]
                    for name in ("journal_mode", "synchronous", "foreign_keys", "user_version", "application_id")}

    def _append(self, c: sqlite3.Connection, kind: str, payload: dict) -> int:
        """Append one audit record (inside the caller's transaction)."""
        last = c.execute("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1").fetchone()
        seq, prev = (last[0] + 1, last[1]) if last else (1, _audit.GENESIS)
        at = iso(self.now())
        text = _audit.canonical({**payload, "kind": kind})
        key = self._key.secret if self._key is not None else None
        h = _audit.record_hash(key, self._keyed_from, prev, text, seq, at)
        c.execute("INSERT INTO audit (seq, at, kind, payload, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?)",
                  (seq, at, kind, text, prev, h))
        c.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('audit_head', ?)", (f"{seq}:{h}",))
        self._pending_head = (seq, at, h)
        return seq

    def _audit_row(self, c: sqlite3.Connection, kind: str, spec: TableSpec, rid: int, **extra) -> None:
        row = c.execute(f"SELECT * FROM {spec.name} WHERE id = ?", (rid,)).fetchone()
        self._append(c, kind, {"table": spec.name, "id": rid, **_audit.row_record(spec, row), **extra})

    def _insert(self, c: sqlite3.Connection, kind: str, spec: TableSpec, values: dict, **extra) -> int:
        if spec.sealed:
            values = {**values, "salt": secrets.token_hex(16)}
        cols = list(values)
        cur = c.execute(f"INSERT INTO {spec.name} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
                        [values[k] for k in cols])
        rid = int(cur.lastrowid)
        self._audit_row(c, kind, spec, rid, **extra)
        return rid

    def _update(self, c: sqlite3.Connection, kind: str, spec: TableSpec, rid: int, values: dict, **extra) -> None:
        sets = ", ".join(f"{k} = ?" for k in values)
        c.execute(f"UPDATE {spec.name} SET {sets} WHERE id = ?", [*values.values(), rid])
        self._audit_row(c, kind, spec, rid, **extra)

    def _count(self, c: sqlite3.Connection, camera: str | None, at: datetime, metrics: Iterable[str]) -> None:
        cam, hour = camera or "", hour_key(at)
        for m in metrics:
            c.execute("INSERT INTO counts (camera, hour, metric, n) VALUES (?, ?, ?, 1) "
                      "ON CONFLICT (camera, hour, metric) DO UPDATE SET n = n + 1", (cam, hour, m))
        # A sealed hour that changes is sealed again at the next purge.
        c.execute("DELETE FROM count_seals WHERE camera = ? AND hour = ?", (cam, hour))

    def _meta(self, key: str) -> str | None:
        with self._read() as c:
            row = c.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

