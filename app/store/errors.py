"""Errors of the event store, and which of them are worth retrying.

A store call that SQLite refuses raises :class:`StoreError` (a one-line
:class:`~app.core.errors.CanthusError`) that remembers whether the cause is
*transient*: another writer holds the lock, the disk is full, an I/O error.
Those pass once the disk has room or the other writer is done, so a write is
retried (:class:`app.store.writer.StoreWriter`); anything else (a validation or
programming error) is not.
"""

from __future__ import annotations

import errno
import sqlite3

from app.core.errors import CanthusError

#: SQLite's primary result codes that a later attempt can get past.
_TRANSIENT_CODES = ("SQLITE_BUSY", "SQLITE_LOCKED", "SQLITE_IOERR", "SQLITE_FULL", "SQLITE_CANTOPEN",
                    "SQLITE_PROTOCOL")
#: The same, as SQLite words them (an OperationalError raised without a code).
_TRANSIENT_WORDS = ("database is locked", "database table is locked", "database is busy", "disk i/o error",
                    "database or disk is full", "unable to open database file", "locking protocol")
_TRANSIENT_ERRNO = {errno.ENOSPC, errno.EIO, errno.EAGAIN, errno.EBUSY, errno.EDQUOT}


class StoreError(CanthusError):
    """SQLite refused a store call; ``transient``: a later attempt may succeed."""

    def __init__(self, message: str, cause: BaseException | None = None) -> None:
        super().__init__(message)
        self.cause = cause
        self.transient = cause is not None and is_transient(cause)


def is_transient(exc: BaseException) -> bool:
    """Whether ``exc`` is a passing condition (locked, busy, disk full, I/O) rather than a fault."""
    if isinstance(exc, StoreError):
        return exc.transient
    if isinstance(exc, sqlite3.OperationalError):
        name = getattr(exc, "sqlite_errorname", None) or ""
        if name.startswith(_TRANSIENT_CODES):
            return True
        text = str(exc).lower()
        return any(w in text for w in _TRANSIENT_WORDS)
    if isinstance(exc, OSError):
        return exc.errno in _TRANSIENT_ERRNO
    return False
