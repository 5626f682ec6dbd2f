"""Time and values as the event store writes them: UTC ISO text, checked text, finite numbers, images."""

from __future__ import annotations

import io
import math
from datetime import date, datetime, timezone

import numpy as np

from app.core.errors import CanthusError
from app.core.vocabulary import OVERRIDE_REASONS
from app.store import audit as _audit

UTC = timezone.utc
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


def now_utc() -> datetime:
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

