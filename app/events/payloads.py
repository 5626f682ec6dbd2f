"""The JSON bodies of the events, built by a console and read back by headquarters.

Every body carries ``v`` (this format's version), ``site`` and, where the
receiver must tell a repeat from a new event (QoS 1 delivers at least once),
``id``. Alarms follow the shape of an ONVIF radiometry temperature-alarm event
(``UtcTime``, the ``Source`` items naming camera and rule, the ``Data`` items
carrying the reading and threshold); docs/events.md maps field by field. No
image and no personal datum is ever in a body: an estimate only where the
site's retention policy keeps values, a guard's name only where the site
allows it.

Readers are lenient about keys they do not know (a newer console may add some)
and strict about the ones they use: a body that fails is dropped and counted,
never a crash at headquarters.
"""

from __future__ import annotations

import json
import math
import uuid
from datetime import UTC, datetime
from typing import Annotated, Any

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, ValidationError

VERSION = 1
#: The ONVIF topic an alarm body corresponds to (Analytics service, radiometry rules).
ONVIF_TOPIC = "tns1:RuleEngine/Radiometry/TemperatureAlarm"
MAX_BODY_BYTES = 64 * 1024  # a body is a few hundred bytes; anything far bigger is not ours


def utc_text(at: float) -> str:
    """Seconds since the epoch -> ``2026-11-03T08:15:02.123Z``."""
    return datetime.fromtimestamp(at, UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def parse_utc(text: str) -> float:
    return datetime.fromisoformat(text).timestamp()


def new_id() -> str:
    return uuid.uuid4().hex


def encode(body: dict) -> bytes:
    return json.dumps(body, separators=(",", ":"), ensure_ascii=False, allow_nan=False).encode("utf-8")


def _c(value: float | None) -> float | None:
    if value is None:
        return None
    value = float(value)
    if not math.isfinite(value):
        raise ValueError(f"a temperature must be a finite number, got {value!r}")
    return round(value, 2)


def state_body(site: str, entrance: str, name: str, state: str, detail: str, at: float) -> dict:
    return {"v": VERSION, "site": site, "entrance": entrance, "entrance_name": name, "state": str(state),
            "detail": detail or "", "utc_time": utc_text(at)}


def alarm_body(site: str, entrance: str, name: str, alert_id: str | int, at: float, rule: str, limit_c: float,
               estimate_c: float | None, message_id: str | None = None) -> dict:
    """``alert_id``: the alert's id unique across the console's sessions (``Alert.uid``)."""
    body = {"v": VERSION, "id": message_id or new_id(), "site": site, "entrance": entrance,
            "entrance_name": name, "alert_id": str(alert_id), "utc_time": utc_text(at), "rule": str(rule),
            "limit_c": _c(limit_c), "onvif_topic": ONVIF_TOPIC}
    if estimate_c is not None:
        body["estimate_c"] = _c(estimate_c)
    return body


def resolution_body(site: str, entrance: str, name: str, alert_id: str | int, at: float, action: str,
                    result: str | None, guard: str | None, message_id: str | None = None) -> dict:
    body = {"v": VERSION, "id": message_id or new_id(), "site": site, "entrance": entrance,
            "entrance_name": name, "alert_id": str(alert_id), "utc_time": utc_text(at), "action": str(action)}
    if result is not None:
        body["result"] = str(result)
    if guard is not None:
        body["guard"] = guard
    return body


def counts_body(site: str, entrance: str, name: str, minute_start: float, screened: int, normal: int,
                elevated: int, retry_by_reason: dict[str, int]) -> dict:
    minute = utc_text(minute_start)
    return {"v": VERSION, "id": f"{site}/{entrance}/{minute}", "site": site, "entrance": entrance,
            "entrance_name": name, "minute_start": minute, "screened": int(screened), "normal": int(normal),
            "elevated": int(elevated), "retry": {str(k): int(n) for k, n in sorted(retry_by_reason.items())}}


def audit_head_body(site: str, seq: int, seal: str, at: float, sent_at: float) -> dict:
    return {"v": VERSION, "site": site, "seq": int(seq), "seal": str(seal), "utc_time": utc_text(at),
            "sent_at": utc_text(sent_at)}


# -- reading (headquarters) -----------------------------------------------------------


#: An alert's id: text (a console's ``Alert.uid``); a bare number is read as its text.
AlertId = Annotated[str, BeforeValidator(lambda v: str(v) if isinstance(v, int) and not isinstance(v, bool) else v),
                    Field(min_length=1, max_length=100)]


class _Body(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True, allow_inf_nan=False)
    v: int = Field(ge=1)
    site: str = Field(min_length=1, max_length=100)


class _EntranceBody(_Body):
    entrance: str = Field(min_length=1, max_length=100)
    entrance_name: str = Field("", max_length=200)


class StateMsg(_EntranceBody):
    state: str = Field(min_length=1, max_length=60)
    detail: str = Field("", max_length=500)
    utc_time: datetime


class AlarmMsg(_EntranceBody):
    id: str = Field(min_length=1, max_length=100)
    alert_id: AlertId
    utc_time: datetime
    rule: str = Field(max_length=60)
    limit_c: float
    estimate_c: float | None = None


class ResolutionMsg(_EntranceBody):
    id: str = Field(min_length=1, max_length=100)
    alert_id: AlertId
    utc_time: datetime
    action: str = Field(min_length=1, max_length=60)
    result: str | None = Field(None, max_length=60)
    guard: str | None = Field(None, max_length=100)


class CountsMsg(_EntranceBody):
    id: str = Field(min_length=1, max_length=300)
    minute_start: datetime
    screened: int = Field(ge=0)
    normal: int = Field(ge=0)
    elevated: int = Field(ge=0)
    retry: dict[str, int] = {}


class AuditHeadMsg(_Body):
    seq: int = Field(ge=0)
    seal: str = Field(pattern=r"^[0-9a-f]{64}$")
    utc_time: datetime
    sent_at: datetime | None = None


MODELS: dict[str, type[_Body]] = {"state": StateMsg, "alarm": AlarmMsg, "resolution": ResolutionMsg,
                                  "counts": CountsMsg, "audit-head": AuditHeadMsg}


class BadBody(ValueError):
    """A body that is not one of ours: one line saying why."""


def read_online(payload: bytes) -> bool:
    text = payload.decode("utf-8", "replace").strip().lower()
    if text not in ("true", "false"):
        raise BadBody(f"online flag is {text[:20]!r}, not true or false")
    return text == "true"


def read_body(kind: str, payload: bytes) -> Any:
    """The parsed body of a ``kind`` topic; BadBody when it is not a valid one."""
    if len(payload) > MAX_BODY_BYTES:
        raise BadBody(f"{kind} body of {len(payload)} bytes is too big")
    try:
        data = json.loads(payload)
    except (ValueError, UnicodeDecodeError) as e:
        raise BadBody(f"{kind} body is not JSON ({e})") from None
    try:
        return MODELS[kind].model_validate(data)
    except ValidationError as e:
        first = e.errors()[0]
        where = ".".join(str(x) for x in first["loc"]) or "body"
        raise BadBody(f"{kind} body: {where}: {first['msg']}") from None
