"""Supervisor PIN hashing (PBKDF2-HMAC-SHA256 from the standard library) and the lock-out policy.

Stored form: ``pbkdf2_sha256$<iterations>$<salt, base64>$<key, base64>``
with a random 16-byte salt per PIN and 600 000 iterations (OWASP's 2023
figure for PBKDF2-SHA256; about 0.1 s per check on a desktop CPU).

A PIN is 6 to 32 digits: it is typed at a console by a supervisor, often
on a touch screen's number pad, and a digits-only rule leaves no doubt about
keyboard layouts. Six digits are a million guesses; with the lock-out below
(5 free tries, then a wait doubling from 30 s up to an hour) guessing one
takes years, not the minutes a 4-digit PIN without lock-out took.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import math
import secrets

from app.core.errors import CanthusError

ITERATIONS = 600_000
MIN_LENGTH = 6
MAX_LENGTH = 32
_SCHEME = "pbkdf2_sha256"

#: Wrong PINs in a row that are free; the next ones lock PIN checks.
FREE_TRIES = 5
#: The first lock-out (after the 5th wrong PIN); each further wrong PIN doubles it, up to LOCKOUT_MAX_S.
LOCKOUT_FIRST_S = 30.0
LOCKOUT_MAX_S = 3600.0


class PinLockedOut(CanthusError):
    """A PIN check refused, unhashed, because too many wrong PINs were entered."""

    def __init__(self, remaining_s: float) -> None:
        self.remaining_s = float(remaining_s)
        super().__init__(f"too many wrong supervisor PINs: PIN checks are locked for another "
                         f"{duration_text(self.remaining_s)}")


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
