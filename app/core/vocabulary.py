"""The domain's numbers and words, in one place.

Every module that needs the default limit, the plausible thermometer range, the
verdicts, the camera states or the guard's reasons takes them from here; none
restates them. Enums are ``StrEnum`` so a value compares equal to the plain
string already stored in an event store or a recording (``Verdict.NORMAL ==
"normal"``), and old records keep their meaning.

Texts here are English source texts; the console translates them (the codes are
what is stored and counted, never the words).
"""

from __future__ import annotations

from enum import StrEnum

#: The EU deployment's limit, oral-equivalent (°C); sites change it (audited).
DEFAULT_LIMIT_C = 37.7
#: IEC 80601-2-59: the alarm threshold is adjustable within 34-39 °C, in 0.1 °C steps.
LIMIT_RANGE_C = (34.0, 39.0)
#: Plausible clinical (oral/ear) thermometer readings a guard types after a secondary
#: check; anything outside is a unit or typing error, refused with this range named.
THERMOMETER_RANGE_C = (34.0, 43.0)
#: The °C span the wall's false colour shows by default (room to a little over fever).
DISPLAY_SPAN_C = (20.0, 40.0)


class Verdict(StrEnum):
    NORMAL = "normal"
    ELEVATED = "elevated"
    RETRY = "retry"  # a non-result: the reason says why and what to do


class CameraState(StrEnum):
    """What a camera (its loop and its engine) is doing, as a tile shows it and a store keeps it."""

    STARTING = "starting"
    LIVE = "live"
    OFFLINE = "offline"
    RECONNECTING = "reconnecting"
    CREDENTIALS_REFUSED = "credentials_refused"
    MISCONFIGURED = "misconfigured"
    WARMING_UP = "warming_up"
    FFC = "ffc"
    FROZEN = "frozen"
    NO_REFERENCE = "no_reference"
    REFERENCE_DRIFT = "reference_drift"
    BAD_FRAME = "bad_frame"
    BAD_PIXELS = "bad_pixels"
    BYPASSED = "bypassed"  # a guard took the camera out of screening (audited)
    SUSPENDED = "suspended"  # screening suspended for the whole console (audited)
    STOPPED = "stopped"  # removed or replaced by a supervisor


class Action(StrEnum):
    """The guard's presses on an alert. None of them is the software's decision."""

    ALLOW = "allow"
    DENY = "deny"
    SECONDARY_CHECK = "secondary_check"
    FALSE_ALARM = "false_alarm"
    SILENCE = "silence"


#: Why a guard let an alerted person in: code -> words. The code is what the report
#: counts ("other" for anything typed), free text never.
OVERRIDE_REASONS: dict[str, str] = {
    "thermometer_normal": "Clinical thermometer reading normal",
    "hot_drink_or_food": "Hot drink or food just before screening",
    "heat_or_sun": "Sun, heat or exercise just before screening",
    "known_condition": "Known non-infectious condition",
    "supervisor": "Supervisor's decision",
    "camera_fault": "Camera fault suspected",
    "other": "Other or free-text reason",
}

#: What caused a false alarm: code -> words.
FALSE_ALARM_CAUSES: dict[str, str] = {
    "hot_drink_or_food": "Hot drink or food",
    "sun_heated_skin": "Sun-heated skin",
    "exertion": "Exertion (ran, cycled)",
    "hot_object": "Hot object near the face",
    "two_people": "Two people in view",
    "camera_fault": "Camera fault",
}


def in_thermometer_range(value_c: float) -> bool:
    """Whether a typed thermometer reading is plausible (NaN is not)."""
    lo, hi = THERMOMETER_RANGE_C
    return lo <= value_c <= hi


def limit_in_tenths(value_c: float) -> float:
    """A limit as IEC 80601-2-59 sets it, in 0.1 °C steps (a validator's body: raises ValueError)."""
    if abs(round(value_c, 1) - value_c) > 1e-9:
        raise ValueError("the limit is set in 0.1 °C steps")
    return round(value_c, 1)
