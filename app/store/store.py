"""The event store: decisions, alerts, operator actions, settings changes,
calibration pairs, reference checks and camera states in one SQLite file,
each write audited in the same transaction (:mod:`app.store.audit`), personal
data kept only as the site's :class:`RetentionPolicy` allows.

Threads: a :class:`Store` holds one connection guarded by a re-entrant lock,
so any thread may call it (the console writes from the GUI thread); calls
are serialised and each write is one short transaction (one fsync with
``synchronous=FULL`` in WAL mode, typically a millisecond or two on an SSD).
For long reads in another thread (a report), open a second store on the same
folder: WAL lets readers run beside the writer. Writers in other processes
are serialised by ``BEGIN IMMEDIATE``, so the audit chain stays linear.
"""

from __future__ import annotations

import csv
import io
import json
import math
import os
import secrets
import sqlite3
import threading
from contextlib import contextmanager
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable, Iterator

import numpy as np

from app.core.errors import CanthusError
from app.store import audit as _audit
from app.store import keys as _keys
from app.store import pin as _pin
from app.store import schema as _schema
from app.store.errors import StoreError
from app.store.retention import DEFAULT_POLICY, RetentionPolicy
from app.store.schema import (
    ACTIONS, ALERTS, APPLICATION_ID, CALIBRATION_PAIRS, CAMERA_STATES, CONFIG_CHANGES, DECISIONS,
    FILENAME, IMAGES, PIN_GUARD, PURGES, REFERENCE_CHECKS, SCREENING_SETTINGS, SUPERVISOR_PINS, TableSpec,
)
from app.store.settings import ScreeningSettings

if TYPE_CHECKING:
    from app.core.engine import Decision

UTC = timezone.utc
ENV_DATA_DIR = "CANTHUS_DATA_DIR"

#: Operator actions. Those in ALERT_CLOSING close an open alert with the given outcome.
ACTIONS_KNOWN = (
    "allow", "deny", "secondary_check", "false_alarm", "silence", "acknowledge", "rescreen",
    "bypass", "resume", "pause", "suspend", "resume_screening", "mute", "unmute",
    "sign_on", "sign_off", "note",
)
ALERT_CLOSING = {"allow": "allowed", "deny": "denied", "false_alarm": "false_alarm", "rescreen": "rescreened"}
ALERT_OUTCOMES = (*ALERT_CLOSING.values(), "expired", "cleared")

#: Reason codes for allowing entry despite an alarm ("override"). A reason
#: given as "code" or "code: free text" is counted under its code in reports;
#: anything else counts as "other" (free text never reaches a report).
OVERRIDE_REASONS = {
    "thermometer_normal": "Clinical thermometer reading normal",
    "hot_drink_or_food": "Hot drink or food just before screening",
    "heat_or_sun": "Sun, heat or exercise just before screening",
    "known_condition": "Known non-infectious condition",
    "supervisor": "Supervisor's decision",
    "camera_fault": "Camera fault suspected",
    "other": "Other or free-text reason",
}

#: Plausible clinical thermometer readings (°C); others are a unit or typing error.
READING_RANGE_C = (30.0, 45.0)

_TEXT_MAX = 500


# --------------------------------------------------------------------------
# Time
# --------------------------------------------------------------------------


def utc(t: datetime | date | float | int | str) -> datetime:
    """An aware UTC datetime. Naive datetimes and dates are local time; numbers are POSIX seconds."""
    if isinstance(t, datetime):
        return t.astimezone(UTC)
    if isinstance(t, date):
        return datetime(t.year, t.month, t.day).astimezone(UTC)
    if isinstance(t, (int, float)) and not isinstance(t, bool):
        return datetime.fromtimestamp(float(t), UTC)
    if isinstance(t, str):
        try:
            return utc(datetime.fromisoformat(t))
        except ValueError:
            raise CanthusError(f"not an ISO date or date-time: {t!r}") from None
    raise TypeError(f"expected a datetime, date, POSIX seconds or ISO text, got {type(t).__name__}")


def iso(t: datetime) -> str:
    """Fixed-width UTC ISO text (sorts as time): ``2026-03-02T08:00:05.250000Z``."""
    return t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def parse_iso(s: str) -> datetime:
    return datetime.strptime(s, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC)


def hour_key(t: datetime) -> str:
    return t.astimezone(UTC).strftime("%Y-%m-%dT%H")


def _now() -> datetime:
    return datetime.now(UTC)


# --------------------------------------------------------------------------
# Values
# --------------------------------------------------------------------------


def _num(v) -> float | None:
    if v is None:
        return None
    v = float(v)
    return v if math.isfinite(v) else None


def _text(v, what: str, required: bool = False) -> str | None:
    if v is None or (isinstance(v, str) and not v.strip()):
        if required:
            raise CanthusError(f"{what} must not be empty.")
        return None
    if not isinstance(v, str):
        raise CanthusError(f"{what} must be text, got {type(v).__name__}.")
    v = v.strip()
    if len(v) > _TEXT_MAX:
        raise CanthusError(f"{what} is longer than {_TEXT_MAX} characters.")
    return v


def _json_or_none(v) -> str | None:
    return None if v is None else _audit.canonical(v)


def override_code(reason: str | None) -> str:
    if not reason:
        return "none"
    head = reason.split(":", 1)[0].strip().lower()
    return head if head in OVERRIDE_REASONS else "other"


def encode_image(celsius: np.ndarray) -> bytes:
    buf = io.BytesIO()
    np.savez_compressed(buf, celsius=np.asarray(celsius, dtype=np.float32))
    return buf.getvalue()


def decode_image(data: bytes) -> np.ndarray:
    with np.load(io.BytesIO(data), allow_pickle=False) as z:
        return z["celsius"]


# --------------------------------------------------------------------------
# Opening
# --------------------------------------------------------------------------


def default_data_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_data_dir("Canthus", "Canthus"))


def resolve_data_dir(data_dir: str | os.PathLike | None = None) -> Path:
    """Explicit folder, else ``$CANTHUS_DATA_DIR``, else the per-machine data folder."""
    if data_dir is not None:
        return Path(data_dir).expanduser()
    env = os.environ.get(ENV_DATA_DIR)
    if env:
        return Path(env).expanduser()
    return default_data_dir()


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


def open_store(
    data_dir: str | os.PathLike | None = None,
    *,
    retention: RetentionPolicy | None = None,
    who: str = "site configuration",
    clock: Callable[[], datetime] | None = None,
    auto_purge_s: float | None = 300.0,
    create: bool = True,
) -> "Store":
    """Open (creating and migrating as needed) the event store of this machine.

    Folder: ``data_dir``, else ``$CANTHUS_DATA_DIR``, else
    ``platformdirs.user_data_dir("Canthus", "Canthus")``; the file is
    ``canthus.sqlite3`` in it. ``retention``: the site's policy; when it
    differs from the stored one the change is recorded (by ``who``).
    ``clock``: returns the current aware time (tests). ``auto_purge_s``:
    writes purge expired data when the last purge is older than this (None:
    only explicit :meth:`Store.purge`). ``create=False``: a missing store is
    an error instead of being created.
    """
    folder = resolve_data_dir(data_dir)
    path = folder / FILENAME
    conn = _connect(path, create)
    try:
        version = _check_file(conn, path)
        _set_pragmas(conn, path)
        store = Store(conn, path, clock=clock, auto_purge_s=auto_purge_s)
        store._load_key(version)
        store._migrate(version)
        if retention is not None and retention != store.retention:
            store.set_retention(retention, who, "policy of the site configuration")
    except BaseException:
        conn.close()
        if "store" in locals():
            store._high_water.close()
        raise
    return store


# --------------------------------------------------------------------------
# The store
# --------------------------------------------------------------------------


class Store:
    """One event store file. Create with :func:`open_store`."""

    def __init__(self, conn: sqlite3.Connection, path: Path, *, clock=None, auto_purge_s: float | None = 300.0):
        self._conn = conn
        self.path = path
        self._lock = threading.RLock()
        self._clock = clock or _now
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
        with self._lock:
            self._conn.close()
            self._high_water.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @contextmanager
    def _read(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            try:
                yield self._conn
            except sqlite3.Error as e:
                raise StoreError(f"event store {self.path}: {e}.", e) from None

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
                self._pending_head = None

    def pragmas(self) -> dict:
        """Connection settings in force (journal mode, synchronous, foreign keys, schema)."""
        with self._read() as c:
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
        row = self._conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

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
                    self._set_retention(c, DEFAULT_POLICY, "canthus", "default policy of a new store")
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

    # -- retention policy ---------------------------------------------------
    @property
    def retention(self) -> RetentionPolicy:
        with self._read():
            raw = self._meta("retention")
        return RetentionPolicy.from_dict(json.loads(raw)) if raw else DEFAULT_POLICY

    def _set_retention(self, c, policy: RetentionPolicy, who: str, why: str) -> None:
        old = self._meta("retention")
        new = _audit.canonical(policy.to_dict())
        c.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('retention', ?)", (new,))
        self._insert(c, "config_change", CONFIG_CHANGES, {
            "at": iso(self.now()), "who": who, "key": "retention", "old_value": old, "new_value": new, "why": why,
        })

    def set_retention(self, policy: RetentionPolicy, who: str, why: str = "") -> None:
        """Change the retention policy (audited); data it no longer allows goes at the next purge."""
        if not isinstance(policy, RetentionPolicy):
            raise TypeError("policy must be a RetentionPolicy")
        who = _text(who, "who changed the retention policy", required=True)
        with self._write() as c:
            self._set_retention(c, policy, who, _text(why, "reason") or "")

    # -- screening settings (limit, rule, retention, adopted model) ---------
    def screening_settings(self) -> ScreeningSettings | None:
        """The settings a supervisor saved, or None when none were ever saved (the site file applies).

        The retention policy is the one in force (:attr:`retention`), however it was set.
        """
        with self._read() as c:
            row = c.execute("SELECT limit_c, rule, oral_model FROM screening_settings "
                            "ORDER BY id DESC LIMIT 1").fetchone()
            if row is None:
                return None
            return ScreeningSettings(limit_c=row["limit_c"], rule=row["rule"], retention=self.retention,
                                     oral_model=None if row["oral_model"] is None else json.loads(row["oral_model"]))

    def save_screening_settings(self, new: ScreeningSettings, who: str, why: str = "", *,
                                in_force: ScreeningSettings | None = None) -> ScreeningSettings:
        """Persist ``new`` and audit each changed key (``limit_c``, ``rule``, ``retention``,
        ``oral_model``) as one config-change row, all in one transaction; returns what is saved.

        ``in_force``: the settings screened by until now when nothing was saved yet
        (the site file's), the old values of the first save's changes; default the
        shipped defaults with the retention policy in force. A retention change
        behaves as :meth:`set_retention`: data the new policy no longer allows goes at
        the next purge.
        """
        if not isinstance(new, ScreeningSettings):
            raise TypeError("new must be a ScreeningSettings")
        who = _text(who, "who changed the settings", required=True)
        why = _text(why, "reason") or ""
        with self._write() as c:
            old = self.screening_settings()
            if old is None:
                base = in_force if in_force is not None else ScreeningSettings()
                old = base.model_copy(update={"retention": self.retention})
            at = iso(self.now())
            for key in new.changed_keys(old):
                if key == "retention":
                    self._set_retention(c, new.retention, who, why)
                    continue
                self._insert(c, "config_change", CONFIG_CHANGES, {
                    "at": at, "who": who, "key": key, "old_value": _json_or_none(old.audit_value(key)),
                    "new_value": _json_or_none(new.audit_value(key)), "why": why,
                })
            values = {"saved_at": at, "saved_by": who, "limit_c": new.limit_c, "rule": new.rule,
                      "oral_model": _json_or_none(new.oral_model)}
            row = c.execute("SELECT id FROM screening_settings ORDER BY id DESC LIMIT 1").fetchone()
            if row is None:
                self._insert(c, "settings_saved", SCREENING_SETTINGS, values)
            else:
                self._update(c, "settings_saved", SCREENING_SETTINGS, row["id"], values)
            return self.screening_settings()

    # -- writing: decisions, alerts, actions --------------------------------
    def record_decision(self, decision: "Decision", wall_time: datetime | float | None = None) -> int | None:
        """Count a decision and store it if the retention policy allows.

        ``wall_time``: when it was made (aware datetime, or POSIX seconds;
        default now). Returns the decision id, or None when the policy keeps
        only counts of it (a normal decision under ``alarms``, everything but
        an elevated decision under ``none``).
        """
        now = self.now()
        t = utc(wall_time) if wall_time is not None else now
        verdict = decision.verdict
        if verdict not in ("normal", "elevated", "retry"):
            raise CanthusError(f"unknown verdict {verdict!r} (expected normal, elevated or retry).")
        camera = _text(decision.camera, "camera name", required=True)
        self._maybe_purge(now)
        policy = self.retention
        metrics = ["screened", f"verdict:{verdict}"]
        if verdict == "retry":
            metrics.append(f"retry:{decision.reason}")
        if decision.prealarm:
            metrics.append("prealarm")
        store_row = (policy.mode == "all" or verdict == "elevated") and t >= now - timedelta(hours=policy.hours)
        personal = policy.mode != "none"
        with self._write() as c:
            self._count(c, camera, t, metrics)
            if not store_row:
                return None
            values = {
                "camera": camera, "t_wall": iso(t), "verdict": verdict, "reason": str(decision.reason),
                "rule": decision.rule, "limit_c": _num(decision.limit_c), "alarm_level_c": _num(decision.alarm_level_c),
                "prealarm": int(bool(decision.prealarm)), "personal_kept": int(personal),
            }
            if personal:
                values.update({
                    "subject": int(decision.subject), "t_stream": _num(decision.t),
                    "frame_seq": int(decision.seq), "canthus_c": _num(decision.canthus_c),
                    "estimate_c": _num(decision.estimate_c), "baseline_c": _num(decision.baseline_c),
                })
            did = self._insert(c, "decision", DECISIONS, values)
            if personal and policy.keep_images and decision.snapshot is not None and decision.snapshot.size:
                self._insert(c, "image", IMAGES,
                             {"decision_id": did, "format": "npz", "data": encode_image(decision.snapshot)})
            return did

    def _decision(self, c, decision_id: int):
        row = c.execute("SELECT * FROM decisions WHERE id = ?", (int(decision_id),)).fetchone()
        if row is None:
            raise CanthusError(f"decision {decision_id} is not in the store (never stored, or purged).")
        return row

    def _alert(self, c, alert_id: int):
        row = c.execute("SELECT * FROM alerts WHERE id = ?", (int(alert_id),)).fetchone()
        if row is None:
            raise CanthusError(f"alert {alert_id} is not in the store (purged, or never raised).")
        return row

    def raise_alert(self, decision_id: int, at: datetime | None = None) -> int:
        """Open an alert on a stored decision (idempotent: the existing alert's id)."""
        when = utc(at) if at is not None else self.now()
        self._maybe_purge(self.now())
        with self._write() as c:
            dec = self._decision(c, decision_id)
            existing = c.execute("SELECT id FROM alerts WHERE decision_id = ?", (dec["id"],)).fetchone()
            if existing:
                return int(existing[0])
            aid = self._insert(c, "alert_raised", ALERTS,
                               {"decision_id": dec["id"], "camera": dec["camera"], "raised_at": iso(when)})
            self._count(c, dec["camera"], when, ["alert:raised"])
            return aid

    def escalate_alert(self, alert_id: int, at: datetime | None = None) -> None:
        """Mark an alert escalated (e.g. unanswered for too long); audited once."""
        when = utc(at) if at is not None else self.now()
        with self._write() as c:
            al = self._alert(c, alert_id)
            if al["escalated_at"] is None:
                self._update(c, "alert_escalated", ALERTS, al["id"], {"escalated_at": iso(when)})
                self._count(c, al["camera"], when, ["alert:escalated"])

    def close_alert(self, alert_id: int, outcome: str, at: datetime | None = None) -> None:
        """Close an alert without an operator action (``expired``, ``cleared``...).

        An alert closes once: later closing actions are recorded as actions
        but leave its outcome as it was.
        """
        if outcome not in ALERT_OUTCOMES:
            raise CanthusError(f"unknown alert outcome {outcome!r} (known: {', '.join(ALERT_OUTCOMES)}).")
        when = utc(at) if at is not None else self.now()
        with self._write() as c:
            self._close(c, self._alert(c, alert_id), outcome, when)

    def _close(self, c, al, outcome: str, when: datetime) -> None:
        if al["closed_at"] is None:
            self._update(c, "alert_closed", ALERTS, al["id"], {"closed_at": iso(when), "outcome": outcome})
            self._count(c, al["camera"], when, [f"alert:outcome:{outcome}"])

    def record_action(
        self, who: str, action: str, *, camera: str | None = None, alert_id: int | None = None,
        reason: str | None = None, reading_c: float | None = None, decision_id: int | None = None,
        at: datetime | None = None,
    ) -> int:
        """Log an operator's button press (who, what, why) and apply it to its alert.

        ``allow``/``deny``/``false_alarm``/``rescreen`` close the alert;
        ``secondary_check`` with ``reading_c`` (clinical thermometer, °C)
        records pass/fail against the decision's limit and a calibration pair.
        The thermometer reading is stored only where the retention policy
        keeps the decision it belongs to.
        """
        if action not in ACTIONS_KNOWN:
            raise CanthusError(f"unknown operator action {action!r} (known: {', '.join(ACTIONS_KNOWN)}).")
        who = _text(who, "operator name", required=True)
        reason = _text(reason, "reason")
        camera = _text(camera, "camera name")
        if reading_c is not None:
            reading_c = _num(reading_c)
            if reading_c is None or not READING_RANGE_C[0] <= reading_c <= READING_RANGE_C[1]:
                raise CanthusError(
                    f"thermometer reading {reading_c} is not a body temperature in °C "
                    f"({READING_RANGE_C[0]:g}-{READING_RANGE_C[1]:g})."
                )
        now = self.now()
        when = utc(at) if at is not None else now
        self._maybe_purge(now)
        policy = self.retention
        with self._write() as c:
            al = dec = None
            if alert_id is not None:
                al = self._alert(c, alert_id)
                if decision_id is not None and int(decision_id) != al["decision_id"]:
                    raise CanthusError(f"alert {alert_id} belongs to decision {al['decision_id']}, not {decision_id}.")
                decision_id = al["decision_id"]
            if decision_id is not None:
                dec = self._decision(c, decision_id)
            ref = al if al is not None else dec
            ref_camera = ref["camera"] if ref is not None else None
            if camera is not None and ref_camera is not None and camera != ref_camera:
                raise CanthusError(f"action on camera {camera!r} names a decision of camera {ref_camera!r}.")
            camera = camera or ref_camera
            linked_personal = dec is not None and bool(dec["personal_kept"])
            keep_reading = policy.mode == "all" or (policy.mode == "alarms" and linked_personal)
            aid = self._insert(c, "action", ACTIONS, {
                "at": iso(when), "who": who, "action": action, "camera": camera,
                "alert_id": al["id"] if al else None, "decision_id": dec["id"] if dec else None,
                "reason": reason, "reading_c": reading_c if keep_reading else None,
            })
            metrics = [f"action:{action}"]
            if action == "allow" and al is not None:
                metrics.append(f"override:{override_code(reason)}")
            if action == "secondary_check":
                if reading_c is None:
                    metrics.append("check:no_reading")
                else:
                    limit = dec["limit_c"] if dec is not None and dec["limit_c"] is not None else None
                    if limit is not None:
                        result = "fail" if reading_c >= limit else "pass"
                        metrics.append(f"check:{result}")
                        if al is not None and al["check_result"] != result:
                            self._update(c, "alert_checked", ALERTS, al["id"], {"check_result": result})
                    if keep_reading and linked_personal and dec["canthus_c"] is not None:
                        self._insert(c, "calibration_pair", CALIBRATION_PAIRS, {
                            "at": iso(when), "camera": dec["camera"], "alert_id": al["id"] if al else None,
                            "canthus_c": dec["canthus_c"], "estimate_c": dec["estimate_c"], "reference_c": reading_c,
                        })
                        metrics.append("calibration:pair")
            self._count(c, camera, when, metrics)
            if al is not None and action in ALERT_CLOSING:
                self._close(c, self._alert(c, al["id"]), ALERT_CLOSING[action], when)
            return aid

    # -- writing: settings, cameras, PIN ------------------------------------
    def record_config_change(self, who: str, key: str, old, new, why: str) -> int:
        """Log a settings change (threshold, rule, model, camera setup...): values as JSON."""
        who = _text(who, "who changed the setting", required=True)
        key = _text(key, "setting name", required=True)
        why = _text(why, "reason for the change", required=True)
        try:
            old_j = None if old is None else _audit.canonical(old)
            new_j = None if new is None else _audit.canonical(new)
        except (TypeError, ValueError) as e:
            raise CanthusError(f"setting {key}: values must be plain JSON data ({e}).") from None
        if key == "retention":
            raise CanthusError("change the retention policy with set_retention().")
        with self._write() as c:
            return self._insert(c, "config_change", CONFIG_CHANGES, {
                "at": iso(self.now()), "who": who, "key": key, "old_value": old_j, "new_value": new_j, "why": why,
            })

    def record_camera_state(self, camera: str, state: str, detail: str | None = None,
                            at: datetime | None = None) -> int | None:
        """Log a camera's state when it changes (``live``, ``offline``, ``warming_up``,
        ``no_reference``, ``reference_drift``, ``bypassed``...). Every state but
        ``live`` counts as downtime in reports. A repeat of the current state
        (same detail) is not stored: returns None."""
        camera = _text(camera, "camera name", required=True)
        state = _text(state, "camera state", required=True)
        detail = _text(detail, "detail")
        when = utc(at) if at is not None else self.now()
        with self._write() as c:
            last = c.execute("SELECT state, detail FROM camera_states WHERE camera = ? ORDER BY at DESC, id DESC "
                             "LIMIT 1", (camera,)).fetchone()
            if last is not None and last["state"] == state and last["detail"] == detail:
                return None
            return self._insert(c, "camera_state", CAMERA_STATES,
                                {"at": iso(when), "camera": camera, "state": state, "detail": detail})

    def record_reference_check(self, camera: str, set_c: float | None, reading_c: float | None, ok: bool,
                               detail: str | None = None, at: datetime | None = None) -> int:
        """Log a reference (blackbody) check: scheduled checks and failures, not every frame."""
        camera = _text(camera, "camera name", required=True)
        when = utc(at) if at is not None else self.now()
        set_c, reading_c = _num(set_c), _num(reading_c)
        offset = None if set_c is None or reading_c is None else round(set_c - reading_c, 4)
        with self._write() as c:
            rid = self._insert(c, "reference_check", REFERENCE_CHECKS, {
                "at": iso(when), "camera": camera, "set_c": set_c, "reading_c": reading_c,
                "offset_c": offset, "ok": int(bool(ok)), "detail": _text(detail, "detail"),
            })
            self._count(c, camera, when, ["reference:ok" if ok else "reference:fail"])
            return rid

    def set_supervisor_pin(self, pin: str, who: str, *, current: str | None = None,
                           where: str | None = None) -> None:
        """Set the supervisor PIN: only a salted PBKDF2 hash is kept; audited without it.

        The first PIN is set only while none exists; changing it needs the
        ``current`` one, checked like any other (wrong PINs count towards the
        lock-out). ``where``: the path it came from, for the audit trail.
        """
        pin = _pin.validate_pin(pin)
        who = _text(who, "who set the PIN", required=True)
        where = _text(where, "where the PIN was set")
        if self.has_supervisor_pin():
            if current is None:
                raise CanthusError("a supervisor PIN is already set: changing it needs the current one; "
                                   "nothing was changed.")
            if not self.check_supervisor_pin(current, who=who, where=where):
                raise CanthusError("the current supervisor PIN is wrong; nothing was changed"
                                   + self._lockout_note() + ".")
        hashed = _pin.hash_pin(pin)
        with self._write() as c:
            old = [r[0] for r in c.execute("SELECT id FROM supervisor_pins")]
            if old and current is None:  # another writer set a first PIN meanwhile
                raise CanthusError("a supervisor PIN was set meanwhile: changing it needs the current one; "
                                   "nothing was changed.")
            c.execute("DELETE FROM supervisor_pins")
            extra = {"change": "replaced" if old else "first", "where": where}
            if old:
                extra["removed"] = {"supervisor_pins": _audit.to_ranges(old)}
            self._insert(c, "pin_set", SUPERVISOR_PINS, {"set_at": iso(self.now()), "set_by": who, "pin_hash": hashed},
                         **extra)

    def has_supervisor_pin(self) -> bool:
        with self._read() as c:
            return c.execute("SELECT 1 FROM supervisor_pins LIMIT 1").fetchone() is not None

    def pin_status(self) -> dict:
        """``{"failures": wrong PINs in a row, "locked_for_s": seconds PIN checks stay refused (0: none)}``."""
        with self._read() as c:
            row = c.execute("SELECT failures, locked_until FROM pin_guard ORDER BY id DESC LIMIT 1").fetchone()
        if row is None:
            return {"failures": 0, "locked_for_s": 0.0}
        left = 0.0 if row["locked_until"] is None else (parse_iso(row["locked_until"]) - self.now()).total_seconds()
        return {"failures": int(row["failures"]), "locked_for_s": max(0.0, left)}

    def _lockout_note(self) -> str:
        st = self.pin_status()
        if st["locked_for_s"] <= 0:
            return ""
        return (f" ({st['failures']} wrong PINs in a row: PIN checks are locked for "
                f"{_pin.duration_text(st['locked_for_s'])})")

    def check_supervisor_pin(self, pin: str, *, who: str | None = None, where: str | None = None) -> bool:
        """Whether ``pin`` is the supervisor PIN (False when none is set).

        After :data:`app.store.pin.FREE_TRIES` wrong PINs in a row, checks are
        refused for 30 s, doubling with each further wrong PIN up to an hour:
        :class:`app.store.pin.PinLockedOut` (a CanthusError saying how long is
        left), raised before the PIN is even hashed. The count lives in the
        store, so it survives restarts and holds for every path (console, CLI,
        re-calibration). Each wrong PIN is audited with ``who`` and ``where``,
        never the PIN; a right one resets the count (audited when it was not 0).
        """
        status = self.pin_status()
        if status["locked_for_s"] > 0:
            raise _pin.PinLockedOut(status["locked_for_s"])
        with self._read() as c:
            row = c.execute("SELECT pin_hash FROM supervisor_pins ORDER BY id DESC LIMIT 1").fetchone()
        if row is None:
            return False  # nothing to guess: not counted
        # Hashed outside the write lock: PBKDF2 takes ~0.1 s and decisions must not wait for it.
        right = isinstance(pin, str) and _pin.check_pin(pin, row[0])
        who = _text(who, "who entered the PIN") if isinstance(who, str) else None
        where = _text(where, "where the PIN was entered") if isinstance(where, str) else None
        if right and not status["failures"]:
            return True  # nothing to reset: no write
        with self._write() as c:
            guard = c.execute("SELECT id, failures FROM pin_guard ORDER BY id DESC LIMIT 1").fetchone()
            failures = int(guard["failures"]) if guard is not None else 0
            if right:
                if failures:
                    self._update(c, "pin_accepted", PIN_GUARD, guard["id"],
                                 {"failures": 0, "locked_until": None}, who=who, where=where)
                return True
            now = self.now()
            failures += 1
            lock = _pin.lockout_s(failures)
            values = {"failures": failures, "locked_until": iso(now + timedelta(seconds=lock)) if lock else None,
                      "last_failure_at": iso(now)}
            if guard is None:
                self._insert(c, "pin_failed", PIN_GUARD, values, who=who, where=where)
            else:
                self._update(c, "pin_failed", PIN_GUARD, guard["id"], values, who=who, where=where)
        return False

    # -- retention ----------------------------------------------------------
    def _maybe_purge(self, now: datetime) -> None:
        if self.auto_purge_s is None or self._in_write:
            return
        with self._read():
            last = self._meta("last_purge_at")
        if last is None or (now - parse_iso(last)).total_seconds() >= self.auto_purge_s:
            self.purge(now)

    def purge(self, now: datetime | None = None) -> dict:
        """Remove what the retention policy no longer allows; seal past hours' counts.

        Returns a summary: rows removed per table, images, hours sealed and
        the purge id (None when nothing was removed, in which case no purge
        record is written). Removals are audited as one ``purge`` record
        listing the ids removed; aggregate counts are never purged.
        """
        now = utc(now) if now is not None else self.now()
        policy = self.retention
        cutoff = iso(now - timedelta(hours=policy.hours))
        with self._write() as c:
            c.execute("CREATE TEMP TABLE IF NOT EXISTS purge_ids (tbl TEXT NOT NULL, id INTEGER NOT NULL, "
                      "PRIMARY KEY (tbl, id))")
            c.execute("DELETE FROM temp.purge_ids")
            if policy.mode == "all":
                where = "t_wall < :cutoff"
            elif policy.mode == "alarms":
                where = "t_wall < :cutoff OR verdict != 'elevated' OR personal_kept = 0"
            else:  # stubs live while their alert is open
                where = ("t_wall < :cutoff OR personal_kept = 1 OR verdict != 'elevated' OR id IN "
                         "(SELECT decision_id FROM alerts WHERE closed_at IS NOT NULL)")
            params = {"cutoff": cutoff}
            c.execute(f"INSERT INTO temp.purge_ids SELECT 'decisions', id FROM decisions WHERE {where}", params)
            c.execute("INSERT INTO temp.purge_ids SELECT 'alerts', id FROM alerts WHERE decision_id IN "
                      "(SELECT id FROM temp.purge_ids WHERE tbl = 'decisions')")
            # Actions about a purged decision, and thermometer readings not tied to one
            # that outlived the retention period (or any, where the policy keeps none).
            loose = "at < :cutoff" if policy.mode == "all" else "1"
            c.execute("INSERT INTO temp.purge_ids SELECT 'actions', id FROM actions WHERE "
                      "decision_id IN (SELECT id FROM temp.purge_ids WHERE tbl = 'decisions') OR "
                      "alert_id IN (SELECT id FROM temp.purge_ids WHERE tbl = 'alerts') OR "
                      f"(decision_id IS NULL AND reading_c IS NOT NULL AND {loose})", params)
            c.execute("INSERT INTO temp.purge_ids SELECT 'calibration_pairs', id FROM calibration_pairs WHERE "
                      "alert_id IN (SELECT id FROM temp.purge_ids WHERE tbl = 'alerts') OR "
                      f"(alert_id IS NULL AND {'at < :cutoff' if policy.mode != 'none' else '1'})", params)
            image_where = "" if policy.keep_images else " OR 1"
            c.execute("INSERT INTO temp.purge_ids SELECT 'images', id FROM images WHERE decision_id IN "
                      f"(SELECT id FROM temp.purge_ids WHERE tbl = 'decisions'){image_where}")
            removed: dict[str, list] = {}
            summary: dict[str, int] = {}
            for table in ("images", "calibration_pairs", "actions", "alerts", "decisions"):
                ids = [r[0] for r in c.execute("SELECT id FROM temp.purge_ids WHERE tbl = ? ORDER BY id", (table,))]
                summary[table] = len(ids)
                if ids:
                    c.execute(f"DELETE FROM {table} WHERE id IN (SELECT id FROM temp.purge_ids WHERE tbl = ?)",
                              (table,))
                    removed[table] = _audit.to_ranges(ids)
            c.execute("DELETE FROM temp.purge_ids")
            purge_id = None
            if removed:
                purge_id = self._insert(c, "purge", PURGES, {
                    "at": iso(now), "policy": _audit.canonical(policy.to_dict()), "cutoff": cutoff,
                    "summary": _audit.canonical(summary),
                }, removed=removed)
            sealed = self._seal_counts(c, now)
            c.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('last_purge_at', ?)", (iso(now),))
        return {**summary, "hours_sealed": sealed, "cutoff": cutoff, "purge_id": purge_id}

    def _seal_counts(self, c, now: datetime) -> int:
        """Commit every finished hour's counts that changed since last sealed to the audit."""
        rows = c.execute(
            "SELECT k.camera, k.hour, k.metric, k.n FROM counts k LEFT JOIN count_seals s "
            "ON s.camera = k.camera AND s.hour = k.hour WHERE s.hour IS NULL AND k.hour < ? "
            "ORDER BY k.camera, k.hour, k.metric", (hour_key(now),)
        ).fetchall()
        buckets: dict[tuple[str, str], dict[str, int]] = {}
        for cam, hour, metric, n in rows:
            buckets.setdefault((cam, hour), {})[metric] = n
        for (cam, hour), counts in buckets.items():
            seq = self._append(c, "counts", {"camera": cam, "hour": hour, "counts": counts})
            c.execute("INSERT OR REPLACE INTO count_seals (camera, hour, seq) VALUES (?, ?, ?)", (cam, hour, seq))
        return len(buckets)

    # -- reading ------------------------------------------------------------
    def verify(self, anchor: tuple[int, str] | None = None) -> tuple[bool, str, int | None]:
        """:func:`app.store.audit.verify_audit` on this store."""
        with self._read() as c:
            return _audit.verify_connection(c, anchor, folder=self.path.parent, path=self.path)

    def audit_head(self) -> tuple[int, str]:
        with self._read() as c:
            row = c.execute("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1").fetchone()
        return (row[0], row[1]) if row else (0, _audit.GENESIS)

    def audit_records(self, since_seq: int = 0) -> list[dict]:
        """Audit records after ``since_seq`` (for display or export)."""
        with self._read() as c:
            return [dict(r) for r in c.execute("SELECT * FROM audit WHERE seq > ? ORDER BY seq", (since_seq,))]

    @staticmethod
    def _range_sql(column: str, since, until) -> tuple[str, list]:
        clauses, params = [], []
        if since is not None:
            clauses.append(f"{column} >= ?")
            params.append(iso(utc(since)))
        if until is not None:
            clauses.append(f"{column} < ?")
            params.append(iso(utc(until)))
        return " AND ".join(clauses), params

    def history(self, camera: str | None = None, since=None, until=None,
                verdicts: Iterable[str] | None = None) -> list[dict]:
        """Stored decisions in ``[since, until)``, oldest first, each with its
        alert (or None) and the operator actions taken on it."""
        where, params = self._range_sql("d.t_wall", since, until)
        clauses = [where] if where else []
        if camera is not None:
            clauses.append("d.camera = ?")
            params.append(camera)
        if verdicts is not None:
            vs = list(verdicts)
            clauses.append(f"d.verdict IN ({', '.join('?' * len(vs))})" if vs else "0")
            params.extend(vs)
        sql = ("SELECT d.*, EXISTS (SELECT 1 FROM images i WHERE i.decision_id = d.id) AS has_image "
               "FROM decisions d" + (f" WHERE {' AND '.join(clauses)}" if clauses else "") + " ORDER BY d.t_wall, d.id")
        with self._read() as c:
            out = []
            for r in c.execute(sql, params).fetchall():
                d = {k: r[k] for k in r.keys() if k != "salt"}
                d["prealarm"], d["personal_kept"], d["has_image"] = bool(d["prealarm"]), bool(d["personal_kept"]), \
                    bool(d["has_image"])
                al = c.execute("SELECT * FROM alerts WHERE decision_id = ?", (r["id"],)).fetchone()
                d["alert"] = None if al is None else {k: al[k] for k in al.keys() if k != "salt"}
                d["actions"] = [
                    {k: a[k] for k in ("id", "at", "who", "action", "camera", "alert_id", "reason", "reading_c")}
                    for a in c.execute("SELECT * FROM actions WHERE decision_id = ? ORDER BY at, id", (r["id"],))
                ]
                out.append(d)
            return out

    def image(self, decision_id: int) -> np.ndarray | None:
        """The stored thermal snapshot (°C) of a decision, or None."""
        with self._read() as c:
            row = c.execute("SELECT data FROM images WHERE decision_id = ?", (int(decision_id),)).fetchone()
        return None if row is None else decode_image(row[0])

    def actions(self, since=None, until=None) -> list[dict]:
        """Operator actions in ``[since, until)``, oldest first."""
        where, params = self._range_sql("at", since, until)
        with self._read() as c:
            return [{k: r[k] for k in r.keys() if k != "salt"} for r in c.execute(
                "SELECT * FROM actions" + (f" WHERE {where}" if where else "") + " ORDER BY at, id", params)]

    def config_changes(self, since=None, until=None, key: str | None = None) -> list[dict]:
        where, params = self._range_sql("at", since, until)
        clauses = [where] if where else []
        if key is not None:
            clauses.append("key = ?")
            params.append(key)
        with self._read() as c:
            rows = c.execute("SELECT * FROM config_changes" + (f" WHERE {' AND '.join(clauses)}" if clauses else "")
                             + " ORDER BY at, id", params).fetchall()
        return [{**dict(r), "old_value": None if r["old_value"] is None else json.loads(r["old_value"]),
                 "new_value": None if r["new_value"] is None else json.loads(r["new_value"])} for r in rows]

    def camera_states(self, camera: str | None = None, until=None) -> list[dict]:
        where, params = self._range_sql("at", None, until)
        clauses = [where] if where else []
        if camera is not None:
            clauses.append("camera = ?")
            params.append(camera)
        with self._read() as c:
            return [dict(r) for r in c.execute(
                "SELECT * FROM camera_states" + (f" WHERE {' AND '.join(clauses)}" if clauses else "")
                + " ORDER BY camera, at, id", params)]

    def reference_checks(self, since=None, until=None) -> list[dict]:
        where, params = self._range_sql("at", since, until)
        with self._read() as c:
            return [dict(r) for r in c.execute(
                "SELECT * FROM reference_checks" + (f" WHERE {where}" if where else "") + " ORDER BY at, id", params)]

    def purges(self, since=None, until=None) -> list[dict]:
        where, params = self._range_sql("at", since, until)
        with self._read() as c:
            return [{**dict(r), "summary": json.loads(r["summary"]), "policy": json.loads(r["policy"])}
                    for r in c.execute("SELECT * FROM purges" + (f" WHERE {where}" if where else "")
                                       + " ORDER BY at, id", params)]

    def calibration_pairs(self, camera: str | None = None) -> list[dict]:
        """Stored (canthus reading, thermometer reading) pairs from secondary checks."""
        with self._read() as c:
            rows = c.execute("SELECT id, at, camera, alert_id, canthus_c, estimate_c, reference_c "
                             "FROM calibration_pairs" + (" WHERE camera = ?" if camera else "") + " ORDER BY at, id",
                             (camera,) if camera else ()).fetchall()
        return [dict(r) for r in rows]

    def export_pairs_csv(self, path: str | os.PathLike, camera: str | None = None) -> int:
        """Write the pairs for ``canthus calibrate PATH --skin-column canthus_c
        --reference-column reference_c``; returns the number of pairs."""
        pairs = self.calibration_pairs(camera)
        cols = ["at", "camera", "canthus_c", "estimate_c", "reference_c"]
        _write_csv(Path(path), cols, ([p[k] for k in cols] for p in pairs))
        return len(pairs)

    def counts(self, *, camera: str | None = None, since=None, until=None, by: str | None = None) -> dict:
        """Aggregate counts over the hour buckets that start in ``[since, until)``.

        ``by=None``: ``{metric: n}``; ``by="camera"`` or ``by="hour"``:
        ``{camera or hour: {metric: n}}``. Metrics: ``screened``,
        ``verdict:<v>``, ``retry:<reason>``, ``prealarm``, ``alert:raised``,
        ``alert:escalated``, ``alert:outcome:<o>``, ``check:pass|fail|no_reading``,
        ``action:<a>``, ``override:<code>``, ``reference:ok|fail``, ``calibration:pair``.
        """
        if by not in (None, "camera", "hour"):
            raise ValueError("by must be None, 'camera' or 'hour'")
        clauses, params = [], []
        if since is not None:
            clauses.append("hour >= ?")
            params.append(hour_key(utc(since)))
        if until is not None:
            u = utc(until)
            clauses.append("hour < ?")
            params.append(hour_key(u + timedelta(hours=1)) if u.minute or u.second or u.microsecond else hour_key(u))
        if camera is not None:
            clauses.append("camera = ?")
            params.append(camera)
        group = {None: "", "camera": "camera, ", "hour": "hour, "}[by]
        sql = (f"SELECT {group}metric, sum(n) FROM counts" + (f" WHERE {' AND '.join(clauses)}" if clauses else "")
               + f" GROUP BY {group}metric ORDER BY {group}metric")
        with self._read() as c:
            rows = c.execute(sql, params).fetchall()
        if by is None:
            return {m: int(n) for m, n in rows}
        out: dict[str, dict[str, int]] = {}
        for key, m, n in rows:
            out.setdefault(key, {})[m] = int(n)
        return out

    def export_csv(self, path: str | os.PathLike, **filters) -> int:
        """Write :meth:`history` (same filters) as CSV, one row per decision; returns the row count.

        For the data-protection officer: it holds personal data; text cells that
        a spreadsheet would run as a formula are prefixed with ``'``.
        """
        rows = self.history(**filters)
        cols = ["id", "t_wall", "camera", "subject", "verdict", "reason", "canthus_c", "estimate_c", "baseline_c",
                "rule", "limit_c", "alarm_level_c", "prealarm", "personal_kept", "has_image",
                "alert_id", "alert_raised_at", "alert_escalated_at", "alert_closed_at", "alert_outcome",
                "check_result", "actions"]

        def line(d):
            al = d["alert"] or {}
            acts = "; ".join(
                f"{a['at']} {a['who']}: {a['action']}" + (f" ({a['reason']})" if a["reason"] else "")
                + (f" [{a['reading_c']:g} °C]" if a["reading_c"] is not None else "") for a in d["actions"]
            )
            return [d["id"], d["t_wall"], d["camera"], d["subject"], d["verdict"], d["reason"], d["canthus_c"],
                    d["estimate_c"], d["baseline_c"], d["rule"], d["limit_c"], d["alarm_level_c"], int(d["prealarm"]),
                    int(d["personal_kept"]), int(d["has_image"]), al.get("id"), al.get("raised_at"),
                    al.get("escalated_at"), al.get("closed_at"), al.get("outcome"), al.get("check_result"), acts]

        _write_csv(Path(path), cols, (line(d) for d in rows))
        return len(rows)


def _cell(v):
    if isinstance(v, str) and v[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + v
    return "" if v is None else v


def _write_csv(path: Path, header: list[str], rows: Iterable[list]) -> None:
    """Write a CSV atomically (temporary file, then rename)."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        with tmp.open("w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh)
            w.writerow(header)
            for r in rows:
                w.writerow([_cell(v) for v in r])
        os.replace(tmp, path)
    except OSError as e:
        tmp.unlink(missing_ok=True)
        raise CanthusError(f"cannot write {path}: {e.strerror or e}.") from None
