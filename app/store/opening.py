"""Opening a store file: checking what it is, its pragmas, its audit key and its migrations."""

from __future__ import annotations

import os
import secrets
import sqlite3
from pathlib import Path

from app.core.errors import CanthusError
from app.store import keys as _keys
from app.store import schema as _schema
from app.store.base import StoreBase
from app.store.retention import DEFAULT_POLICY
from app.store.schema import APPLICATION_ID
from app.store.values import iso

ENV_DATA_DIR = "CANTHUS_DATA_DIR"
#: Who and why a new store records its own default retention policy (the report tells it from a change).
STORE_DEFAULT_WHO, STORE_DEFAULT_WHY = "canthus", "default policy of a new store"
_SQLITE_MAGIC = b"SQLite format 3\x00"


def _connect(path: Path, create: bool) -> sqlite3.Connection:
    if path.exists():
        if not path.is_file():
            raise CanthusError(f"{path} is not a file; the event store cannot be opened there.")
        try:
            with path.open("rb") as fh:
                head = fh.read(16)
        except OSError as e:
            raise CanthusError(f"cannot read the event store {path}: {e.strerror or e}.") from None
        if head and head != _SQLITE_MAGIC:
            raise CanthusError(
                f"{path} is not an SQLite database (corrupt or another kind of file); it was left "
                f"unchanged: move it away, or set {ENV_DATA_DIR} to another folder."
            )
    elif not create:
        raise CanthusError(f"no Canthus event store at {path}.")
    else:
        try:
            path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            # Health data: readable by this user only (SQLite gives -wal/-shm the same mode).
            os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
        except FileExistsError:
            pass
        except OSError as e:
            raise CanthusError(f"cannot create the event store {path}: {e.strerror or e}.") from None
    try:
        conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False, timeout=10.0)
    except sqlite3.Error as e:
        raise CanthusError(f"cannot open the event store {path}: {e}.") from None
    conn.row_factory = sqlite3.Row
    return conn


def _check_file(conn: sqlite3.Connection, path: Path) -> int:
    """The file's schema version, after checking it is a store this code can read."""
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
    except sqlite3.DatabaseError as e:
        raise CanthusError(f"{path} is corrupt or not an SQLite database ({e}); it was left unchanged.") from None
    if (app_id not in (0, APPLICATION_ID)) or (version == 0 and tables) or (version and app_id != APPLICATION_ID):
        raise CanthusError(f"{path} is an SQLite database of another program, not a Canthus event store; "
                           "it was left unchanged.")
    if version > _schema.schema_version():
        raise CanthusError(
            f"{path} was written by a newer Canthus (store schema {version}; this version reads up to "
            f"{_schema.schema_version()}). Upgrade Canthus; the file was left unchanged."
        )
    return version


def _set_pragmas(conn: sqlite3.Connection, path: Path) -> None:
    try:
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA busy_timeout = 10000")
    except sqlite3.DatabaseError as e:
        raise CanthusError(f"cannot use the event store {path}: {e}.") from None
    if str(mode).lower() != "wal":
        raise CanthusError(
            f"cannot switch {path} to write-ahead logging (got journal mode {mode!r}); put the data "
            "folder on a local disk."
        )


class Opening(StoreBase):
    """The audit key a store is sealed with, and bringing its schema up to date."""

    # -- audit key -----------------------------------------------------------
    def _load_key(self, version: int) -> None:
        """Find this folder's audit key; a keyed store whose key is gone cannot be written."""
        key = self._home.load()
        keyed_from = self._meta("audit_keyed_from") if version else None
        if keyed_from is not None:
            if key is None:
                raise CanthusError(
                    f"the audit key of the event store {self.path} is missing (looked in {self._home.looked_in()}): "
                    "without it no record can be sealed. Restore the key from a backup (docs/store.md, "
                    "'The audit key'), or move the data folder away to start a new store; the store was left "
                    "unchanged."
                )
            if key.state == "pending" and key.store_id == self._meta("store_id"):
                key = key.bound()  # its first keyed records were committed before a crash
                self._home.save(key)
            self._keyed_from = int(keyed_from)
        self._key = key

    def _new_key(self, store_id: str, keyed_from: int) -> None:
        """Make (or, after a crash, reuse) the key that seals this store from ``keyed_from`` on.

        A key already bound to another store is kept: this store then replaced
        that one, which ``verify`` names instead of letting a new key hide it.
        """
        key = self._key
        if key is None or (key.state == "pending" and key.store_id != store_id):
            key = _keys.SiteKey.new(iso(self.now()), store_id, keyed_from)
            self._home.save(key)  # before the first record it seals is committed
        self._key = key
        self._keyed_from = key.keyed_from if key.store_id == store_id else keyed_from

    def _bind_key(self) -> None:
        if self._key is not None and self._key.state == "pending" and self._key.store_id == self._meta("store_id"):
            self._key = self._key.bound()
            self._home.save(self._key)

    # -- schema -------------------------------------------------------------
    def _migrate(self, version: int) -> None:
        pending = [m for m in _schema.MIGRATIONS if m[0] > version]
        if not pending:
            return
        if version > 0:
            self._backup(version)
        else:  # a new store is made at the latest schema in one transaction
            pending = [(pending[-1][0], "new store", [sql for m in pending for sql in m[2]])]
        for target, description, statements in pending:
            with self._write() as c:
                if version == 0:
                    c.execute(f"PRAGMA application_id = {APPLICATION_ID}")
                for sql in statements:
                    c.execute(sql)
                c.execute(f"PRAGMA user_version = {int(target)}")
                if version == 0:
                    store_id = secrets.token_hex(16)
                    self._new_key(store_id, 1)  # a new store is keyed from its first record
                    c.execute("INSERT INTO meta (key, value) VALUES ('store_id', ?)", (store_id,))
                    c.execute("INSERT INTO meta (key, value) VALUES ('created_at', ?)", (iso(self.now()),))
                    c.execute("INSERT INTO meta (key, value) VALUES ('audit_keyed_from', ?)", (str(self._keyed_from),))
                    self._append(c, "store_created", {"store_id": store_id, "schema": target,
                                                      "audit_key": self._key.key_id})
                    self._set_retention(c, DEFAULT_POLICY, STORE_DEFAULT_WHO, STORE_DEFAULT_WHY)
                else:
                    extra = {}
                    if self._keyed_from is None:  # an unkeyed store: keyed from this record on
                        last = c.execute("SELECT max(seq) FROM audit").fetchone()[0] or 0
                        self._new_key(self._meta("store_id"), last + 1)
                        c.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('audit_keyed_from', ?)",
                                  (str(self._keyed_from),))
                        extra = {"audit_key": self._key.key_id, "keyed_from": self._keyed_from}
                    self._append(c, "schema_migrated", {"from": version, "to": target, "what": description, **extra})
            version = target
        self._bind_key()

    def _backup(self, version: int) -> None:
        """Copy the store aside before migrating it (``canthus.sqlite3.v<N>.bak``)."""
        dest = self.path.with_name(f"{self.path.name}.v{version}.bak")
        try:
            out = sqlite3.connect(dest)
            with out:
                self._conn.backup(out)
            out.close()
            os.chmod(dest, 0o600)
        except (sqlite3.Error, OSError) as e:
            raise CanthusError(f"cannot back up {self.path} before migrating it: {e}.") from None

