"""The sealed, hash-chained audit trail: what is sealed, and how it is verified.

Each audit record ``seq`` (1, 2, 3, ...) holds a canonical JSON payload and

    hash = HMAC-SHA256( key, prev_hash "\\n" payload "\\n" seq "\\n" at )   (UTF-8, hex)

with ``key`` the data folder's audit key, kept outside the database
(:mod:`app.store.keys`), ``prev_hash`` the previous record's hash (64 zeros
for record 1) and ``at`` the UTC write time. Records written before a store
had a key (schema 1) are plain ``SHA-256(prev_hash "\\n" ...)``; the key's
record says from which record on it seals (``keyed_from``), so moving that
boundary is itself detected. Editing, removing, inserting or reordering
records breaks the chain at the first record touched, and recomputing the
chain needs the key.

A payload describing a row of an audited table carries ``table``, ``id``,
``row`` (its public columns, as stored) and ``sealed``: SHA-256 over the
row's random ``salt`` and the canonical JSON of its sealed (personal or
secret) columns (less ``added`` ones that are NULL: :class:`TableSpec`),
or null. Purges carry ``removed``: the ids they deleted, per
table. Personal values therefore live only in the data tables; purging them
deletes the row and its salt, and what stays in the audit (a salted hash) can
no longer be tested against guesses, while the chain itself is untouched.

:func:`verify_audit` checks that the file is whole, that the store is the
one its key was made for, the chain, the recorded head (records removed from
the end), the high-water mark kept beside the key (confirmed records lost),
an optional external anchor, that every data row matches its latest audit
record (or was removed by an audited purge), that sealed hourly counts were
never lowered, and that the retention policy in force is the last one
audited.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import sqlite3
from collections.abc import Iterable
from pathlib import Path
from typing import Protocol

from app.core.errors import CanthusError
from app.store.schema import APPLICATION_ID, FILENAME, TABLES, TableSpec


class OpenStore(Protocol):
    """An open :class:`app.store.store.Store`, as far as this module needs one (no import of it)."""

    def verify(self, anchor: tuple[int, str] | None = None) -> tuple[bool, str, int | None]: ...

    def audit_head(self) -> tuple[int, str]: ...

GENESIS = "0" * 64


def canonical(obj) -> str:
    """The one JSON text of ``obj``: sorted keys, no spaces, ASCII, no NaN."""
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=True, allow_nan=False)


def chain_hash(prev_hash: str, payload: str, seq: int, at: str) -> str:
    """The unkeyed SHA-256 link of records written before the store had a key (schema 1)."""
    return hashlib.sha256(f"{prev_hash}\n{payload}\n{seq}\n{at}".encode("utf-8")).hexdigest()


def keyed_hash(key: bytes, prev_hash: str, payload: str, seq: int, at: str) -> str:
    """The HMAC-SHA256 seal of a record: the same text as :func:`chain_hash`, keyed."""
    return hmac.new(key, f"{prev_hash}\n{payload}\n{seq}\n{at}".encode("utf-8"), hashlib.sha256).hexdigest()


def record_hash(key: bytes | None, keyed_from: int | None, prev_hash: str, payload: str, seq: int, at: str) -> str:
    """Record ``seq``'s hash: keyed from ``keyed_from`` on, plain SHA-256 before."""
    if key is not None and keyed_from is not None and seq >= keyed_from:
        return keyed_hash(key, prev_hash, payload, seq, at)
    return chain_hash(prev_hash, payload, seq, at)


def _sealed_value(v):
    if isinstance(v, (bytes, bytearray, memoryview)):
        return {"sha256": hashlib.sha256(bytes(v)).hexdigest()}
    return v


def seal(salt: str, values: dict) -> str:
    """Salted SHA-256 of sealed values (bytes enter as their own SHA-256)."""
    body = canonical({k: _sealed_value(v) for k, v in values.items()})
    return hashlib.sha256(f"{salt}\n{body}".encode("utf-8")).hexdigest()


def sealed_values(spec: TableSpec, row) -> dict:
    """The values a row's seal covers: its sealed columns, less the ``added`` ones that are
    NULL or absent (a file of an earlier schema), so seals made before they existed stay valid."""
    have = row.keys()
    return {c: row[c] for c in spec.sealed
            if c not in spec.added or (c in have and row[c] is not None)}


def row_record(spec: TableSpec, row) -> dict:
    """``{"row": public columns, "sealed": hash or None}`` of a table row."""
    sealed = seal(row["salt"], sealed_values(spec, row)) if spec.sealed else None
    return {"row": {c: row[c] for c in spec.public}, "sealed": sealed}


def _digest(record: dict) -> str:
    return hashlib.sha256(canonical(record).encode("utf-8")).hexdigest()


def to_ranges(ids: Iterable[int]) -> list[list[int]]:
    """[3, 4, 5, 9] -> [[3, 5], [9, 9]]."""
    out: list[list[int]] = []
    for i in sorted(set(ids)):
        if out and i == out[-1][1] + 1:
            out[-1][1] = i
        else:
            out.append([i, i])
    return out


def from_ranges(ranges) -> Iterable[int]:
    for a, b in ranges:
        yield from range(int(a), int(b) + 1)


# --------------------------------------------------------------------------
# Verification
# --------------------------------------------------------------------------


class _Failure(Exception):
    def __init__(self, seq: int | None, what: str) -> None:
        super().__init__(what)
        self.seq, self.what = seq, what


def _line(ok: bool, n: int, problem: _Failure | None, sealed) -> tuple[bool, str, int | None]:
    if ok:
        (seq, _h, at), keyed_from = sealed
        text = f"OK: {n} records, chain intact"
        if seq:
            text += f"; last sealed record {seq} at {at}"
        if keyed_from is None:
            text += ("; the store has no audit key yet (schema 1): its SHA-256 chain alone cannot tell a "
                     "recomputed forgery, open it once with this Canthus to key it")
        elif keyed_from > 1:
            text += f"; records 1 to {keyed_from - 1} predate the audit key (SHA-256 only)"
        return True, text, None
    assert problem is not None
    where = f"FAILED at record {problem.seq}" if problem.seq is not None else "FAILED"
    return False, f"{where}: {problem.what}", problem.seq


def _walk_chain(conn: sqlite3.Connection, key: bytes | None, keyed_from: int | None):
    """Check the chain; collect what the data checks need. Raises _Failure."""
    expected, prev = 1, GENESIS
    state: dict[tuple[str, int], tuple[int, str | None]] = {}  # (table, id) -> (seq, digest | None if removed)
    count_snapshots: dict[tuple[str, str], tuple[int, dict]] = {}
    retention: tuple[int, str] | None = None
    last = (0, GENESIS, None)
    for seq, at, kind, payload, prev_hash, h in conn.execute(
        "SELECT seq, at, kind, payload, prev_hash, hash FROM audit ORDER BY seq"
    ):
        if seq != expected:
            gone = f"record {expected}" if seq == expected + 1 else f"records {expected} to {seq - 1}"
            raise _Failure(expected, f"{gone} removed (the sequence jumps from {expected - 1} to {seq})")
        if prev_hash != prev:
            raise _Failure(seq, "does not follow the record before it (prev_hash mismatch): records were "
                                "removed, inserted or reordered here")
        if not isinstance(payload, str) or not isinstance(at, str) \
                or record_hash(key, keyed_from, prev_hash, payload, seq, at) != h:
            raise _Failure(seq, f"{kind!s} record was altered (its hash does not match its contents)")
        try:
            body = json.loads(payload)
            if canonical(body) != payload or body.get("kind") != kind:
                raise ValueError
        except (ValueError, TypeError, AttributeError):
            raise _Failure(seq, "payload is not the canonical JSON it was hashed as") from None
        # What the data checks need.
        for table, ranges in (body.get("removed") or {}).items():
            for i in from_ranges(ranges):
                state[(table, i)] = (seq, None)
        if "table" in body and "id" in body:
            state[(body["table"], int(body["id"]))] = (seq, _digest({"row": body["row"], "sealed": body["sealed"]}))
            if body["table"] == "config_changes" and body["row"].get("key") == "retention":
                retention = (seq, body["row"]["new_value"])
        if kind == "counts":
            count_snapshots[(body["camera"], body["hour"])] = (seq, body["counts"])
        prev, expected, last = h, expected + 1, (seq, h, at)
    return last, state, count_snapshots, retention


def _check_head(conn: sqlite3.Connection, last: tuple[int, str, str | None], anchor) -> None:
    got = conn.execute("SELECT value FROM meta WHERE key = 'audit_head'").fetchone()
    if got is not None:
        try:
            head_seq, head_hash = got[0].split(":")
            head_seq = int(head_seq)
        except ValueError:
            raise _Failure(None, "the recorded audit head was altered") from None
        if head_seq > last[0]:
            gone = f"record {head_seq}" if head_seq == last[0] + 1 else f"records {last[0] + 1} to {head_seq}"
            raise _Failure(last[0] + 1, f"{gone} removed from the end of the trail")
        if head_seq < last[0]:
            raise _Failure(head_seq + 1, "records after the recorded head were added outside the store")
        if head_hash != last[1]:
            raise _Failure(last[0], "the trail was rewritten (its last hash differs from the recorded head)")
    elif last[0]:
        raise _Failure(None, "the recorded audit head is missing")
    if anchor is not None:
        a_seq, a_hash = anchor
        row = conn.execute("SELECT hash FROM audit WHERE seq = ?", (a_seq,)).fetchone()
        if row is None:
            raise _Failure(a_seq, "the anchored record is missing")
        if row[0] != a_hash:
            raise _Failure(a_seq, "differs from the anchored hash: the trail was rewritten up to here")


def _check_rows(conn: sqlite3.Connection, state, count_snapshots, retention) -> None:
    problems: list[_Failure] = []

    def add(seq, what):
        problems.append(_Failure(seq, what))

    seen: set[tuple[str, int]] = set()
    present = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    for name, spec in TABLES.items():
        if name not in present:  # a table of a later schema than the store's
            continue
        have = {r[1] for r in conn.execute(f"PRAGMA table_info({name})")}
        cols = ["id", *spec.public, *(c for c in spec.sealed if c not in spec.added or c in have)] \
            + (["salt"] if spec.sealed else [])  # less columns of a later schema than the store's
        for row in conn.execute(f"SELECT {', '.join(cols)} FROM {name}"):
            row = dict(zip(cols, row))
            key = (name, row["id"])
            seen.add(key)
            st = state.get(key)
            if st is None:
                add(None, f"{name} row {row['id']} has no audit record (written outside the store)")
            elif st[1] is None:
                add(st[0], f"{name} row {row['id']} is still there although this purge removed it")
            elif _digest(row_record(spec, row)) != st[1]:
                add(st[0], f"{name} row {row['id']} was altered after this record audited it")
    for (name, rid), (seq, digest) in state.items():
        if digest is not None and (name, rid) not in seen and name in TABLES:
            add(seq, f"{name} row {rid} was deleted outside an audited purge")
    for (camera, hour), (seq, snap) in count_snapshots.items():
        have = dict(conn.execute("SELECT metric, n FROM counts WHERE camera = ? AND hour = ?", (camera, hour)))
        low = sorted(m for m, n in snap.items() if have.get(m, 0) < n)
        if low:
            add(seq, f"hourly counts of camera {camera!r} at {hour}:00 UTC were lowered ({', '.join(low)})")
    got = conn.execute("SELECT value FROM meta WHERE key = 'retention'").fetchone()
    if retention is not None and (got is None or got[0] != retention[1]):
        add(retention[0], "the retention policy in force is not the last one audited (changed outside the store)")
    if problems:
        raise min(problems, key=lambda p: (p.seq is None, p.seq or 0))


def _damage(path: Path | None, detail: str) -> _Failure:
    """One line naming where a truncated or damaged file goes wrong (SQLite reports many lines)."""
    first = " ".join(str(detail).split())[:160]
    where = ""
    if path is not None:
        try:
            with path.open("rb") as fh:
                head = fh.read(100)
            size = path.stat().st_size
            page = int.from_bytes(head[16:18], "big") if len(head) >= 18 else 0
            page = 65536 if page == 1 else page  # the header's way of writing 64 KiB
            pages = int.from_bytes(head[28:32], "big") if len(head) >= 32 else 0
            if page and pages and size < page * pages:
                where = (f" at byte {size} (page {size // page + 1} of the {pages} its header declares, "
                         f"{page * pages - size} bytes missing)")
        except OSError:
            pass
    return _Failure(None, f"the store file is truncated or damaged{where}: {first}")


def _meta(conn: sqlite3.Connection, key: str) -> str | None:
    try:
        row = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    except sqlite3.OperationalError:  # no meta table: an empty or foreign file
        return None
    return row[0] if row else None


def _check_key(conn: sqlite3.Connection, home, key) -> int | None:
    """The record from which the trail is keyed (None: an unkeyed schema-1 store). Raises _Failure."""
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    store_id, created = _meta(conn, "store_id"), _meta(conn, "created_at")
    stored_from = _meta(conn, "audit_keyed_from")
    if key is None:
        if stored_from is None and version < 2:
            return None
        where = home.looked_in() if home is not None else "this machine"
        raise _Failure(None, f"the audit key of this store is missing (looked in {where}): its seals cannot "
                             "be checked; restore the key from a backup")
    if key.store_id != store_id:
        when = (f"created at {created}, later than its audit key ({key.created_at})" if created and
                created > key.created_at else f"created at {created}, but its audit key was made at "
                f"{key.created_at}")
        raise _Failure(None, f"the store was replaced: this store ({store_id}) was {when} for store "
                             f"{key.store_id}; records of the original store are not here")
    if stored_from is None and version < 2:
        return None  # a schema-1 store whose migration to keys did not commit: still unkeyed
    if stored_from is None or int(stored_from) != key.keyed_from:
        raise _Failure(key.keyed_from, f"the start of the keyed trail was moved (the key seals from record "
                                       f"{key.keyed_from}, the store says {stored_from})")
    return key.keyed_from


def _check_high_water(mark, last: tuple[int, str, str | None], conn: sqlite3.Connection) -> None:
    if mark is None:
        return
    seq, at, seal = mark
    if seq > last[0]:
        gone = f"record {seq}" if seq == last[0] + 1 else f"records {last[0] + 1} to {seq}"
        raise _Failure(last[0] + 1, f"{gone} were confirmed (the last at {at}) but are missing from the store: "
                                    "its -wal file was deleted, or an older copy was put back")
    row = conn.execute("SELECT hash FROM audit WHERE seq = ?", (seq,)).fetchone()
    if row is None or row[0] != seal:
        raise _Failure(seq, f"differs from the record confirmed at {at}: the trail was rewritten up to here")


def verify_connection(conn: sqlite3.Connection, anchor: tuple[int, str] | None = None, *,
                      folder: Path | None = None, path: Path | None = None) -> tuple[bool, str, int | None]:
    """Verify the store open on ``conn``; ``folder``: its data folder, whose key and mark are checked."""
    from app.store.keys import HighWater, KeyHome

    n = 0
    own = not conn.in_transaction
    home = KeyHome(folder) if folder is not None else None
    try:
        key = home.load() if home is not None else None
        mark = HighWater.read(home.high_water_file) if home is not None and key is not None else None
    except CanthusError as e:
        return _line(False, 0, _Failure(None, str(e).rstrip(".")), None)
    try:
        if own:  # one snapshot, even while another process writes
            conn.execute("BEGIN")
        check = conn.execute("PRAGMA quick_check").fetchall()
        if [r[0] for r in check] != ["ok"]:
            raise _damage(path, check[0][0])
        n = conn.execute("SELECT count(*) FROM audit").fetchone()[0]
        keyed_from = _check_key(conn, home, key)
        last, state, snaps, retention = _walk_chain(conn, key.secret if keyed_from else None, keyed_from)
        _check_head(conn, last, anchor)
        _check_high_water(mark, last, conn)
        _check_rows(conn, state, snaps, retention)
    except _Failure as f:
        return _line(False, n, f, None)
    except sqlite3.DatabaseError as e:
        return _line(False, n, _damage(path, str(e)), None)
    except sqlite3.Error as e:
        return _line(False, n, _Failure(None, f"the store cannot be read ({' '.join(str(e).split())})"), None)
    finally:
        if own and conn.in_transaction:
            conn.execute("ROLLBACK")
    return _line(True, n, None, (last, keyed_from))


class _Damaged(CanthusError):
    """The file is an SQLite store that SQLite cannot read back whole (truncated, overwritten)."""

    def __init__(self, failure: _Failure) -> None:
        super().__init__(failure.what + ".")
        self.failure = failure


def _open_readonly(path: Path) -> sqlite3.Connection:
    if path.is_dir():
        path = path / FILENAME
    if not path.is_file():
        raise CanthusError(f"no Canthus event store at {path}.")
    conn = None
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
    except sqlite3.DatabaseError as e:
        if conn is not None:
            conn.close()
        with path.open("rb") as fh:
            ours = fh.read(16) == b"SQLite format 3\x00"
        if ours:  # an SQLite file that no longer reads: say where, in one line
            raise _Damaged(_damage(path, str(e))) from None
        raise CanthusError(f"{path} is not an SQLite database; it was left unchanged.") from None
    except sqlite3.Error as e:
        if conn is not None:
            conn.close()
        raise CanthusError(f"{path} is not a readable SQLite database ({' '.join(str(e).split())}); it was left "
                           "unchanged.") from None
    if app_id != APPLICATION_ID or version == 0:
        conn.close()
        raise CanthusError(f"{path} is not a Canthus event store.")
    return conn


def _file(target: Path) -> Path:
    return target / FILENAME if target.is_dir() else target


def verify_audit(target: OpenStore | str | os.PathLike, anchor: tuple[int, str] | None = None,
                 ) -> tuple[bool, str, int | None]:
    """Check the audit trail of a store (an open :class:`Store`, its data folder or file).

    Returns ``(ok, message, first_bad_seq)``: ``"OK: N records, chain intact;
    last sealed record N at <time>"`` or ``"FAILED at record N: what"`` with N
    the first record altered, removed or reordered (``"FAILED: what"`` and
    ``None`` when the fault is not tied to a record: a replaced store, a
    missing key, a damaged file). ``anchor``: ``(seq, hash)`` published
    earlier (e.g. in a report); a trail rewritten up to that record is then
    detected too, even by someone who holds the key.
    """
    if not isinstance(target, (str, os.PathLike)):  # an open store
        return target.verify(anchor=anchor)
    path = _file(Path(target))
    try:
        conn = _open_readonly(path)
    except _Damaged as e:
        return _line(False, 0, e.failure, None)
    try:
        return verify_connection(conn, anchor, folder=path.parent, path=path)
    finally:
        conn.close()


def audit_head(target: OpenStore | str | os.PathLike) -> tuple[int, str]:
    """``(seq, hash)`` of the last audit record: publish it to anchor the trail."""
    if not isinstance(target, (str, os.PathLike)):  # an open store
        return target.audit_head()
    conn = _open_readonly(Path(target))
    try:
        row = conn.execute("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1").fetchone()
        return (row[0], row[1]) if row else (0, GENESIS)
    except sqlite3.Error as e:
        raise CanthusError(f"{target}: the store cannot be read ({' '.join(str(e).split())}).") from None
    finally:
        conn.close()
