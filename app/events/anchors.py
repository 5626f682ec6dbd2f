"""Audit anchors: heads of a site's audit chain that left the building, and checking a store against them.

The station publishes its head (sequence number, seal, time) to
``{prefix}/{site}/audit-head`` every :data:`ANCHOR_EVERY_S` and at every
settings change; headquarters keeps every head it receives
(:class:`AnchorLog`, JSON lines) and exports them. A head cannot be taken
back once it is at headquarters, so a store checked against the exported
file with :func:`verify_against_anchors` shows whether it was

- edited: the chain no longer leads to an anchored seal;
- replaced (a new store, even with a new key): its record at an anchored
  number differs or is missing;
- cut short: it ends before the last anchored record.

Anchor file, one JSON object a line (what HQ writes and exports)::

    {"site": "head-office", "seq": 812, "seal": "<64 hex>", "utc_time": "...Z", "received_at": "...Z"}
"""

from __future__ import annotations

import itertools
import json
import os
import threading
from dataclasses import dataclass
from pathlib import Path

from app.core.errors import CanthusError
from app.events.config import SLUG_RE
from app.events.payloads import parse_utc, utc_text

#: How often the station publishes the head (and at every settings change).
ANCHOR_EVERY_S = 600.0
MAX_ANCHOR_FILE_BYTES = 256 << 20


def read_head(store) -> tuple[int, str, float]:
    """``(seq, seal, at)`` of a store's last audit record, for :meth:`EventPublisher.audit_head`."""
    seq, seal = store.audit_head()
    if seq == 0:
        return 0, seal, store.now().timestamp()
    record = store.audit_records(since_seq=seq - 1)[0]
    return seq, seal, parse_utc(record["at"])


@dataclass(frozen=True)
class Anchor:
    site: str
    seq: int
    seal: str
    utc_time: str
    received_at: str

    def to_line(self) -> str:
        return json.dumps({"site": self.site, "seq": self.seq, "seal": self.seal, "utc_time": self.utc_time,
                           "received_at": self.received_at}, separators=(",", ":"))


def _anchor(data, where: str) -> Anchor:
    if not isinstance(data, dict):
        raise CanthusError(f"{where}: not a JSON object")
    try:
        site, seq, seal = data["site"], data["seq"], data["seal"]
        utc_time, received = data["utc_time"], data.get("received_at", data["utc_time"])
    except KeyError as e:
        raise CanthusError(f"{where}: no {e.args[0]!r}") from None
    if not isinstance(site, str) or not SLUG_RE.match(site):
        raise CanthusError(f"{where}: site {site!r} is not a site slug")
    if not isinstance(seq, int) or isinstance(seq, bool) or seq < 0:
        raise CanthusError(f"{where}: seq {seq!r} is not a record number")
    if not isinstance(seal, str) or len(seal) != 64 or any(c not in "0123456789abcdef" for c in seal):
        raise CanthusError(f"{where}: seal is not 64 hexadecimal digits")
    for name, value in (("utc_time", utc_time), ("received_at", received)):
        try:
            parse_utc(value)
        except (TypeError, ValueError, AttributeError):
            raise CanthusError(f"{where}: {name} {str(value)[:40]!r} is not an ISO time") from None
    return Anchor(site, seq, seal, utc_time, received)


def read_anchors(path: str | Path) -> list[Anchor]:
    """Every anchor of a file, in the order received; CanthusError naming the file and line."""
    path = Path(path)
    try:
        if path.stat().st_size > MAX_ANCHOR_FILE_BYTES:
            raise CanthusError(f"anchor file {path}: too big to be one (over {MAX_ANCHOR_FILE_BYTES >> 20} MiB)")
        text = path.read_bytes().decode("utf-8")
    except FileNotFoundError:
        raise CanthusError(f"anchor file {path}: no such file") from None
    except (OSError, UnicodeDecodeError) as e:
        raise CanthusError(f"anchor file {path}: cannot be read ({e})") from None
    out = []
    for i, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            data = json.loads(line)
        except ValueError:
            raise CanthusError(f"anchor file {path}, line {i}: not JSON") from None
        out.append(_anchor(data, f"anchor file {path}, line {i}"))
    return out


class AnchorLog:
    """Headquarters' append-only file of every head received (one JSON line each, repeats skipped)."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._lock = threading.Lock()
        self._seen: set[tuple[str, int, str]] = set()
        if self.path.exists():
            for a in read_anchors(self.path):
                self._seen.add((a.site, a.seq, a.seal))
        else:
            self.path.parent.mkdir(parents=True, exist_ok=True)

    def add(self, site: str, seq: int, seal: str, utc_time: str, received_at: float) -> bool:
        """Keep a head; False when this very head was already kept."""
        anchor = _anchor({"site": site, "seq": seq, "seal": seal, "utc_time": utc_time,
                          "received_at": utc_text(received_at)}, "audit head")
        key = (site, seq, seal)
        with self._lock:
            if key in self._seen:
                return False
            with self.path.open("a", encoding="utf-8") as fh:
                fh.write(anchor.to_line() + "\n")
                fh.flush()
                os.fsync(fh.fileno())
            self._seen.add(key)
        return True

    def __len__(self) -> int:
        return len(self._seen)

    def export(self, dest: str | Path, site: str | None = None) -> int:
        """Write the anchors (of one site, or all) to ``dest``; returns how many."""
        anchors = [a for a in read_anchors(self.path) if site is None or a.site == site] if self.path.exists() else []
        dest = Path(dest)
        tmp = dest.with_name(f".{dest.name}.{os.getpid()}.tmp")
        try:
            tmp.write_text("".join(a.to_line() + "\n" for a in anchors), "utf-8")
            os.replace(tmp, dest)
        except OSError as e:
            tmp.unlink(missing_ok=True)
            raise CanthusError(f"cannot write {dest}: {e.strerror or e}") from None
        return len(anchors)


def verify_against_anchors(store, anchors_file: str | Path, *, site: str | None = None) -> tuple[bool, str]:
    """Check a store (an open Store, its data folder or file) against exported anchors.

    ``site``: which site's anchors, when the file holds several. Returns ``(ok, one line)``.
    The store's own verification runs first (chain, head, key, rows), then the anchors: the
    latest anchored record must be in the store with its seal, which also proves every
    earlier record (each seal covers the one before); heads that disagree with each other,
    or a record number that went down over time, mean the store was replaced in between.
    """
    from app.store import audit_head, verify_audit

    try:
        anchors = read_anchors(anchors_file)
    except CanthusError as e:
        return False, f"FAILED: {e}"
    sites = sorted({a.site for a in anchors})
    if site is not None:
        anchors = [a for a in anchors if a.site == site]
        if not anchors:
            return False, (f"FAILED: anchor file {anchors_file} has no anchor of site {site!r} (it has: "
                           f"{', '.join(sites) or 'none'})")
    elif len(sites) > 1:
        return False, (f"FAILED: anchor file {anchors_file} holds anchors of {len(sites)} sites "
                       f"({', '.join(sites[:5])}{'...' if len(sites) > 5 else ''}): name the site")
    if not anchors:
        return False, f"FAILED: anchor file {anchors_file} holds no anchor"
    by_seq: dict[int, Anchor] = {}
    for a in anchors:
        other = by_seq.setdefault(a.seq, a)
        if other.seal != a.seal:
            return False, (f"FAILED at record {a.seq}: two different seals were published for it ({other.utc_time} "
                           f"and {a.utc_time}): the store was replaced or rewritten between them")
    in_order = sorted(anchors, key=lambda a: parse_utc(a.utc_time))
    for before, after in itertools.pairwise(in_order):
        if after.seq < before.seq:
            return False, (f"FAILED: the head went back from record {before.seq} ({before.utc_time}) to "
                           f"{after.seq} ({after.utc_time}): the store was cut short or replaced between them")
    latest = max(anchors, key=lambda a: a.seq)
    try:
        last_seq, _ = audit_head(store)
    except CanthusError as e:
        return False, f"FAILED: {str(e).rstrip('.')}"
    if last_seq < latest.seq:
        return False, (f"FAILED at record {last_seq + 1}: the store ends at record {last_seq}, but record "
                       f"{latest.seq} had left the building at {latest.utc_time}: it was cut short or replaced")
    ok, message, _ = verify_audit(store, anchor=(latest.seq, latest.seal))
    n = len(by_seq)
    if not ok:
        return False, f"{message} (against {n} anchors, the latest record {latest.seq} at {latest.utc_time})"
    return True, f"{message}; matches {n} anchors, the latest record {latest.seq} at {latest.utc_time}"
