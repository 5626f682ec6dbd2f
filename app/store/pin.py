"""Supervisor PIN hashing (PBKDF2-HMAC-SHA256 from the standard library) and the lock-out policy.

Stored form: ``pbkdf2_sha256$<iterations>$<salt, base64>$<key, base64>``
with a random 16-byte salt per PIN and 600 000 iterations (OWASP's 2023
figure for PBKDF2-SHA256; about 0.1 s per check on a desktop CPU).

A PIN is 6 to 32 digits: it is typed at a console by a supervisor, often
on a touch screen's number pad, and a digits-only rule leaves no doubt about
keyboard layouts. Six digits are a million guesses; with the lock-out below
(5 free tries, then a wait doubling from 30 s up to an hour) guessing one
takes years, not the minutes a 4-digit PIN without lock-out took.

:func:`check_supervisor` is the one PIN check every path uses (console, dialogs,
command line): the store's lock-out and audit, and an answer in a guard's words.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import math
import secrets
from dataclasses import dataclass
from datetime import timedelta
from typing import Literal

from app.core.errors import CanthusError
from app.store import audit as _audit
from app.store.base import StoreBase
from app.store.schema import PIN_GUARD, SUPERVISOR_PINS
from app.store.values import _text, iso, parse_iso
from app.translations import QT_TRANSLATE_NOOP, arg, words

ITERATIONS = 600_000
MIN_LENGTH = 6
MAX_LENGTH = 32
_SCHEME = "pbkdf2_sha256"

#: Wrong PINs in a row that are free; the next ones lock PIN checks.
FREE_TRIES = 5
#: The first lock-out (after the 5th wrong PIN); each further wrong PIN doubles it, up to LOCKOUT_MAX_S.
LOCKOUT_FIRST_S = 30.0
LOCKOUT_MAX_S = 3600.0

# What the checks answer, in the console's language (the catalog of app.translations: Qt-free, English
# where no language is installed, as in the CLI). Counted texts are declared here with ``None, 1`` so
# that lupdate keeps their plural forms (app.translations.QT_TRANSLATE_NOOP); they start in lower case
# (PinResult.message reads after a prefix).
LOCKED_OUT = QT_TRANSLATE_NOOP("Pin", "too many wrong supervisor PINs (%n in a row): PIN checks are locked "
                                      "for another %1", None, 1)
WRONG_NOW_LOCKED = QT_TRANSLATE_NOOP("Pin", "wrong supervisor PIN (%n in a row): PIN checks are now locked for %1",
                                     None, 1)
WRONG_TRIES_LEFT = QT_TRANSLATE_NOOP("Pin", "wrong supervisor PIN (%n in a row; %1 more and PIN checks are "
                                            "locked for %2)", None, 1)
LOCKOUT_NOTE = QT_TRANSLATE_NOOP("Pin", " (%n wrong PINs in a row: PIN checks are locked for %1)", None, 1)


class PinLockedOut(CanthusError):
    """A PIN check refused, unhashed, because too many wrong PINs were entered."""

    def __init__(self, remaining_s: float) -> None:
        self.remaining_s = float(remaining_s)
        super().__init__(arg(words().translate(
            "Pin", "too many wrong supervisor PINs: PIN checks are locked for another %1"),
            duration_text(self.remaining_s)))


def lockout_s(failures: int) -> float:
    """Seconds PIN checks stay locked after ``failures`` wrong PINs in a row (0: not locked)."""
    if failures < FREE_TRIES:
        return 0.0
    return min(LOCKOUT_FIRST_S * 2.0 ** min(failures - FREE_TRIES, 20), LOCKOUT_MAX_S)


def duration_text(seconds: float) -> str:
    """``"30 s"``, ``"4 min 10 s"``, ``"1 h"``: whole seconds, rounded up (never says 0 s while locked)."""
    s = max(1, math.ceil(seconds - 1e-9))
    h, rest = divmod(s, 3600)
    m, sec = divmod(rest, 60)
    parts = [f"{h} h"] * bool(h) + [f"{m} min"] * bool(m) + [f"{sec} s"] * bool(sec)
    return " ".join(parts)


def _b64(b: bytes) -> str:
    return base64.b64encode(b).decode("ascii")


def validate_pin(pin: object) -> str:
    """The PIN if it is 6-32 ASCII digits; otherwise a CanthusError saying what a PIN must be."""
    if not isinstance(pin, str) or not (MIN_LENGTH <= len(pin) <= MAX_LENGTH and pin.isascii() and pin.isdigit()):
        got = "not text" if not isinstance(pin, str) else (
            f"{len(pin)} characters" if pin.isascii() and pin.isdigit() else "characters other than digits")
        raise CanthusError(f"a supervisor PIN must be {MIN_LENGTH} to {MAX_LENGTH} digits (got {got}).")
    return pin


def hash_pin(pin: str, iterations: int = ITERATIONS) -> str:
    salt = secrets.token_bytes(16)
    key = hashlib.pbkdf2_hmac("sha256", pin.encode("utf-8"), salt, iterations)
    return f"{_SCHEME}${iterations}${_b64(salt)}${_b64(key)}"


def check_pin(pin: str, stored: str) -> bool:
    """Whether ``pin`` matches ``stored``; the key comparison is constant-time."""
    try:
        scheme, iters, salt_b64, key_b64 = stored.split("$")
        if scheme != _SCHEME:
            return False
        salt = base64.b64decode(salt_b64, validate=True)
        key = base64.b64decode(key_b64, validate=True)
        iterations = int(iters)
    except (ValueError, TypeError):
        return False
    if not isinstance(pin, str):
        return False
    got = hashlib.pbkdf2_hmac("sha256", pin.encode("utf-8"), salt, iterations)
    return hmac.compare_digest(got, key)


# --------------------------------------------------------------------------
# The store's side: the PIN's hash and the lock-out count, both audited
# --------------------------------------------------------------------------


class SupervisorPins(StoreBase):
    """The supervisor PIN kept in the store (its salted hash) and the count of wrong ones."""

    def set_supervisor_pin(self, pin: str, who: str, *, current: str | None = None,
                           where: str | None = None) -> None:
        """Set the supervisor PIN: only a salted PBKDF2 hash is kept; audited without it.

        The first PIN is set only while none exists; changing it needs the
        ``current`` one, checked like any other (wrong PINs count towards the
        lock-out). ``where``: the path it came from, for the audit trail.
        """
        pin = validate_pin(pin)
        who = _text(who, "who set the PIN", required=True)
        where = _text(where, "where the PIN was set")
        if self.has_supervisor_pin():
            if current is None:
                raise CanthusError("a supervisor PIN is already set: changing it needs the current one; "
                                   "nothing was changed.")
            if not self.check_supervisor_pin(current, who=who, where=where):
                raise CanthusError("the current supervisor PIN is wrong; nothing was changed"
                                   + self._lockout_note() + ".")
        hashed = hash_pin(pin)
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
        return arg(words().translate("Pin", LOCKOUT_NOTE, None, int(st["failures"])), duration_text(st["locked_for_s"]))

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
            raise PinLockedOut(status["locked_for_s"])
        with self._read() as c:
            row = c.execute("SELECT pin_hash FROM supervisor_pins ORDER BY id DESC LIMIT 1").fetchone()
        if row is None:
            return False  # nothing to guess: not counted
        # Hashed outside the write lock: PBKDF2 takes ~0.1 s and decisions must not wait for it.
        right = isinstance(pin, str) and check_pin(pin, row[0])
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
            lock = lockout_s(failures)
            values = {"failures": failures, "locked_until": iso(now + timedelta(seconds=lock)) if lock else None,
                      "last_failure_at": iso(now)}
            if guard is None:
                self._insert(c, "pin_failed", PIN_GUARD, values, who=who, where=where)
            else:
                self._update(c, "pin_failed", PIN_GUARD, guard["id"], values, who=who, where=where)
        return False



# --------------------------------------------------------------------------
# The one PIN check of the console, its dialogs and the command line
# --------------------------------------------------------------------------

#: What a check found: the PIN was right, wrong, refused unhashed while locked out,
#: impossible (no PIN set, no store), or the store could not be read or written.
PinState = Literal["accepted", "wrong", "locked", "no_pin", "no_store", "unavailable"]


@dataclass(frozen=True, slots=True)
class PinResult:
    """The answer of :func:`check_supervisor`: ``ok`` and one line a guard reads.

    ``message`` starts in lower case so it reads after a prefix ("canthus: error: ",
    "limit unchanged: "); :attr:`sentence` is the same line capitalised. Truthy when ok.
    """

    ok: bool
    message: str
    state: PinState
    failures: int = 0  # wrong PINs in a row after this check
    locked_for_s: float = 0.0  # seconds PIN checks stay refused after this check

    def __bool__(self) -> bool:
        return self.ok

    @property
    def sentence(self) -> str:
        return self.message[:1].upper() + self.message[1:]


def check_supervisor(store: SupervisorPins | None, pin: object, *, who: str | None = None,
                     where: str | None = None) -> PinResult:
    """Check a supervisor PIN with the store's lock-out and audit (:meth:`SupervisorPins.check_supervisor_pin`).

    Never raises for a wrong PIN, a lock-out, a missing PIN or store, or a store that
    cannot be used right now: each is a :class:`PinResult` whose message says, in a
    guard's words, what happened and what to do (how many wrong PINs in a row, how
    long checks stay locked, how a PIN is set). ``who``/``where`` go to the audit trail.
    """
    if store is None:
        return PinResult(False, words().translate(
            "Pin", "no event store is open, so the supervisor PIN cannot be checked"), "no_store")
    try:
        if not store.has_supervisor_pin():
            command = f"canthus supervisor-pin --data-dir {store.path.parent}"  # a command: never translated
            return PinResult(False, arg(words().translate(
                "Pin", "no supervisor PIN is set: a site administrator sets one with `%1`"), command), "no_pin")
        right = store.check_supervisor_pin(pin if isinstance(pin, str) else "", who=who, where=where)
        status = store.pin_status()
    except PinLockedOut as e:
        failures = _failures(store)
        text = arg(words().translate("Pin", LOCKED_OUT, None, failures), duration_text(e.remaining_s))
        return PinResult(False, text, "locked", failures, e.remaining_s)
    except CanthusError as e:  # the store is unreadable or busy: nothing was checked
        # the store's own words stay as it wrote them, inside the translated sentence
        return PinResult(False, arg(words().translate("Pin", "the supervisor PIN could not be checked (%1)"),
                                    str(e).rstrip(".")), "unavailable")
    failures, locked = int(status["failures"]), float(status["locked_for_s"])
    if right:
        return PinResult(True, words().translate("Pin", "supervisor PIN accepted"), "accepted")
    if locked > 0:
        text = arg(words().translate("Pin", WRONG_NOW_LOCKED, None, failures), duration_text(locked))
    else:
        text = arg(words().translate("Pin", WRONG_TRIES_LEFT, None, failures), FREE_TRIES - failures,
                   duration_text(LOCKOUT_FIRST_S))
    return PinResult(False, text, "wrong", failures, locked)


def _failures(store: SupervisorPins) -> int:
    try:
        return int(store.pin_status()["failures"])
    except CanthusError:
        return FREE_TRIES
