"""Supervisor PIN hashing: PBKDF2-HMAC-SHA256 from the standard library.

Stored form: ``pbkdf2_sha256$<iterations>$<salt, base64>$<key, base64>``
with a random 16-byte salt per PIN and 600 000 iterations (OWASP's 2023
figure for PBKDF2-SHA256; about 0.1 s per check on a desktop CPU).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets

ITERATIONS = 600_000
MIN_LENGTH = 4
MAX_LENGTH = 64
_SCHEME = "pbkdf2_sha256"


def _b64(b: bytes) -> str:
    return base64.b64encode(b).decode("ascii")


def validate_pin(pin: object) -> str:
    from app.core.errors import CanthusError

    if not isinstance(pin, str) or not MIN_LENGTH <= len(pin) <= MAX_LENGTH or pin != pin.strip():
        raise CanthusError(
            f"a supervisor PIN must be {MIN_LENGTH} to {MAX_LENGTH} characters without leading or "
            "trailing spaces (6 or more digits recommended)."
        )
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
