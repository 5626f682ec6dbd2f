"""What the wall and the alarms say, in the guard's words (short enough for a tile): the station's
words, Qt-free, below every view that shows them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.core.engine import Decision, TrackView
from app.core.oral import SHIPPED_MODEL, OralModel

if TYPE_CHECKING:
    from app.store.settings import ScreeningSettings

SHORT = {
    "warming_up": "Camera warming up",
    "no_reference": "Blackbody not seen",
    "reference_drift": "Locked: reference drift",
    "bad_frame": "Camera fault: impossible image",
    "bad_pixels": "Dead pixels: use a thermometer",
    "multiple_people": "One person at a time",
    "too_far": "Step closer",
    "glasses": "Remove glasses",
    "cold_face": "Wait 15 min indoors",
    "unstable": "Stand still, look here",
    "entering": "",
    "measuring": "Measuring…",
    "lost": "",
}


#: Camera states (app.camera_loop.STATES) -> the tile's word (a TILE_STATES key) and what the guard does.
CAMERA_STATE_TEXT: dict[str, tuple[str, str]] = {
    "starting": ("starting", "Connecting to the camera"),
    "live": ("live", ""),
    "offline": ("offline", "No picture: screen by hand"),
    "reconnecting": ("reconnecting", "No picture: screen by hand"),
    "credentials_refused": ("credentials_refused", "Screen by hand; check camera password"),
    "misconfigured": ("misconfigured", "Screen by hand; check the camera's settings"),
    "warming_up": ("warming_up", "Camera warming up: screen by hand"),
    "ffc": ("ffc", "Camera recalibrating: one moment"),
    "frozen": ("frozen", "Picture frozen: screen by hand"),
    "not_radiometric": ("not_radiometric", "Visible camera: no screening here"),
    "bad_frames": ("bad_frames", "Impossible images: screen by hand, call maintenance"),
    "bad_pixels": ("bad_pixels", "Dead pixels: screen by hand, call maintenance"),
    "no_reference": ("locked_out", "Blackbody not seen: screen by hand"),
    "reference_drift": ("locked_out", "Reference drift: screen by hand, call maintenance"),
    "paused": ("paused", "Screening paused"),
    "bypassed": ("bypassed", "Camera bypassed: screen by hand"),
    "suspended": ("paused", "Screening suspended"),
}


def camera_state_text(state: str, seconds_left: float | None = None) -> tuple[str, str]:
    """(tile state, instruction) for a camera state; the warm-up says how long is left."""
    tile, text = CAMERA_STATE_TEXT.get(state, ("locked_out", state.replace("_", " ").capitalize()))
    if state == "warming_up" and seconds_left is not None:
        m, s = divmod(round(seconds_left), 60)
        text = f"{text} ({m}:{s:02d} left)"
    return tile, text


def decision_text(d: Decision) -> tuple[str, str]:
    """(text, role) for a decision: the result in large type, or the instruction."""
    if d.verdict == "retry":
        return SHORT.get(d.reason, d.instruction), "retry"
    est = f"{d.estimate_c:.1f} °C" if d.estimate_c is not None else ""
    if d.verdict == "elevated":
        # the alarm level sits under the limit (calibrated sensitivity): say so,
        # or "ELEVATED 37.6 °C" beside a 37.7 limit reads like a mistake
        level = f" ≥ {d.alarm_level_c:.1f}" if d.alarm_level_c is not None else ""
        return f"ELEVATED {est}{level}", "elevated"
    if d.prealarm:
        return f"Normal {est} (pre-alarm)", "prealarm"
    return f"Normal {est}", "normal"


def track_text(t: TrackView) -> tuple[str, str]:
    if t.decision is not None:
        return decision_text(t.decision)
    if t.state == "measuring":
        return SHORT["measuring"], "measuring"
    text = SHORT.get(t.state, "")
    return text, "retry" if text else "measuring"


#: A site file's source kinds that are not a door: what a live tile says instead of "Live"
#: (a key of app.render.base.SOURCE_WORDS). Every other kind is a real camera.
SOURCE_WORD = {"sim": "simulated", "recording": "replay", "file": "replay"}


def source_word(kind: str | None) -> str:
    """"simulated", "replay", or "" for a real camera: a training replay must never read "Live"."""
    return SOURCE_WORD.get(kind or "", "")


def _c(value: float) -> str:
    return f"{value:.1f} °C"


def alarm_level_text(settings: "ScreeningSettings", model: OralModel | None) -> str | None:
    """Why the alarm level sits below the limit, in one line, or None when it does not.

    ``model``: the oral model screening (None: the shipped one). The margin is chosen so that
    the model's target share of people whose temperature is at the limit are caught (the
    camera's estimate scatters around the thermometer's): "alarm at 37.5 °C so that 90 % of
    people at 37.7 °C are caught".
    """
    model = model or SHIPPED_MODEL
    level = model.alarm_level_c(settings.limit_c)
    if level >= settings.limit_c:
        return None
    return (f"alarm at {_c(level)} so that {model.target_sensitivity * 100:.0f} % of people at "
            f"{_c(settings.limit_c)} are caught")


def alert_level_text(d: Decision) -> str | None:
    """For an alert whose estimate is under the limit but at or over the alarm level, why it is an
    alert anyway ("under the 37.7 °C limit, over the 37.5 °C alarm level"); None otherwise."""
    est, limit, level = d.estimate_c, d.limit_c, d.alarm_level_c
    if est is None or limit is None or level is None:
        return None
    if d.rule is not None and not d.rule.startswith("absolute"):
        return None  # the relative rule's level is the baseline's, not a margin under the limit
    if level <= est < limit:
        return f"under the {_c(limit)} limit, over the {_c(level)} alarm level"
    return None
