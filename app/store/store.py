"""The event store: decisions, alerts, operator actions, settings changes,
calibration pairs, reference checks and camera states in one SQLite file,
each write audited in the same transaction (:mod:`app.store.audit`), personal
data kept only as the site's :class:`RetentionPolicy` allows.

:class:`Store` is made of one part per responsibility, each in its own module:
:mod:`~app.store.base` (connection, lock, transactions, audited rows),
:mod:`~app.store.opening` (file checks, audit key, migrations),
:mod:`~app.store.writes` (what is recorded), :mod:`~app.store.pin` (the
supervisor PIN), :mod:`~app.store.purge` (retention enforced),
:mod:`~app.store.queries` (what views read) and :mod:`~app.store.export` (CSV).
This module puts them together, finds the data folder and opens the store; the
names other modules import from here stay here.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from app.core.vocabulary import OVERRIDE_REASONS, THERMOMETER_RANGE_C
from app.store.export import Export
from app.store.opening import ENV_DATA_DIR, Opening, _check_file, _connect, _set_pragmas
from app.store.pin import SupervisorPins
from app.store.purge import Purge
from app.store.queries import Queries
from app.store.retention import RetentionPolicy
from app.store.schema import FILENAME
from app.store.values import UTC, decode_image, encode_image, hour_key, iso, override_code, parse_iso, utc
from app.store.writes import ACTIONS_KNOWN, ALERT_CLOSING, ALERT_OUTCOMES, Writes

#: Plausible clinical thermometer readings (°C): the domain's range (app.core.vocabulary).
READING_RANGE_C = THERMOMETER_RANGE_C

__all__ = [
    "ACTIONS_KNOWN", "ALERT_CLOSING", "ALERT_OUTCOMES", "ENV_DATA_DIR", "OVERRIDE_REASONS", "READING_RANGE_C",
    "UTC", "Store", "decode_image", "default_data_dir", "encode_image", "hour_key", "iso", "open_store",
    "override_code", "parse_iso", "resolve_data_dir", "utc",
]


class Store(Queries, Export, Purge, SupervisorPins, Writes, Opening):
    """One event store file. Create with :func:`open_store`."""

    def __enter__(self) -> Store:
        return self


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
        if "store" in locals():
            store.close()  # both connections and the high-water mark: the folder can be moved away
        else:
            conn.close()
        raise
    return store

