"""What the wall and the alarms say, in the guard's words (short enough for a tile): the station's
words, Qt-free, below every view that shows them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.core.engine import Decision, TrackView
from app.core.oral import SHIPPED_MODEL, Model
from app.translations import (
    QT_TRANSLATE_NOOP,
    arg,
    current_language,
    number,
    words,
)

if TYPE_CHECKING:
    from app.store.settings import ScreeningSettings

SHORT = {
    "warming_up": QT_TRANSLATE_NOOP("Tile", "Camera warming up"),
    "no_reference": QT_TRANSLATE_NOOP("Tile", "Blackbody not seen"),
    "reference_drift": QT_TRANSLATE_NOOP("Tile", "Locked: reference drift"),
    "bad_frame": QT_TRANSLATE_NOOP("Tile", "Camera fault: impossible image"),
    "bad_pixels": QT_TRANSLATE_NOOP("Tile", "Dead pixels: use a thermometer"),
    "multiple_people": QT_TRANSLATE_NOOP("Tile", "One person at a time"),
    "too_far": QT_TRANSLATE_NOOP("Tile", "Step closer"),
    "glasses": QT_TRANSLATE_NOOP("Tile", "Remove glasses"),
    "cold_face": QT_TRANSLATE_NOOP("Tile", "Wait 15 min indoors"),
    "unstable": QT_TRANSLATE_NOOP("Tile", "Stand still, look here"),
    "entering": "",
    "measuring": QT_TRANSLATE_NOOP("Tile", "Measuring…"),
    "lost": "",
}


#: Camera states (app.camera_loop.STATES) -> the tile's word (a TILE_STATES key) and what the guard does.
CAMERA_STATE_TEXT: dict[str, tuple[str, str]] = {
    "starting": ("starting", QT_TRANSLATE_NOOP("Tile", "Connecting to the camera")),
    "live": ("live", ""),
    "offline": ("offline", QT_TRANSLATE_NOOP("Tile", "No picture: screen by hand")),
    "reconnecting": ("reconnecting", QT_TRANSLATE_NOOP("Tile", "No picture: screen by hand")),
    "credentials_refused": ("credentials_refused", QT_TRANSLATE_NOOP("Tile", "Screen by hand; check camera password")),
    "misconfigured": ("misconfigured", QT_TRANSLATE_NOOP("Tile", "Screen by hand; check the camera's settings")),
    "warming_up": ("warming_up", QT_TRANSLATE_NOOP("Tile", "Camera warming up: screen by hand")),
    "ffc": ("ffc", QT_TRANSLATE_NOOP("Tile", "Camera recalibrating: one moment")),
    "frozen": ("frozen", QT_TRANSLATE_NOOP("Tile", "Picture frozen: screen by hand")),
    "not_radiometric": ("not_radiometric", QT_TRANSLATE_NOOP("Tile", "Visible camera: no screening here")),
    "bad_frames": ("bad_frames", QT_TRANSLATE_NOOP("Tile", "Impossible images: screen by hand, call maintenance")),
    "bad_pixels": ("bad_pixels", QT_TRANSLATE_NOOP("Tile", "Dead pixels: screen by hand, call maintenance")),
    "no_reference": ("locked_out", QT_TRANSLATE_NOOP("Tile", "Blackbody not seen: screen by hand")),
    "reference_drift": ("locked_out", QT_TRANSLATE_NOOP("Tile", "Reference drift: screen by hand, call maintenance")),
    "paused": ("paused", QT_TRANSLATE_NOOP("Tile", "Screening paused")),
    "bypassed": ("bypassed", QT_TRANSLATE_NOOP("Tile", "Camera bypassed: screen by hand")),
    "suspended": ("paused", QT_TRANSLATE_NOOP("Tile", "Screening suspended")),
}


def _c(value: float) -> str:
    """A temperature in the console's language (``37.7 °C``, ``37,7 °C``)."""
    return f"{number(value, 1, current_language())} °C"


def camera_state_text(state: str, seconds_left: float | None = None) -> tuple[str, str]:
    """(tile state, instruction) for a camera state, in the console's language; the warm-up says
    how long is left."""
    known = state in CAMERA_STATE_TEXT
    tile, source = CAMERA_STATE_TEXT.get(state, ("locked_out", ""))
    # live: no instruction (the tile's state word says it); an unknown code: itself, readable
    text = words().translate("Tile", source) if source else ("" if known else state.replace("_", " ").capitalize())
    if state == "warming_up" and seconds_left is not None:
        m, s = divmod(round(seconds_left), 60)
        text = arg(words().translate("Tile", "%1 (%2 left)"), text, f"{m}:{s:02d}")
    return tile, text


def short_text(code: str, fallback: str = "") -> str:
    """A tile's instruction by the engine's code (``SHORT``), in the console's language."""
    source = SHORT.get(code)
    if source is None:
        return fallback
    return words().translate("Tile", source) if source else ""


def decision_text(d: Decision) -> tuple[str, str]:
    """(text, role) for a decision: the result in large type, or the instruction."""
    if d.verdict == "retry":
        return short_text(d.reason, d.instruction), "retry"
    lang = current_language()
    est = _c(d.estimate_c) if d.estimate_c is not None else ""
    if d.verdict == "elevated":
        # the alarm level sits under the limit (calibrated sensitivity): say so,
        # or "ELEVATED 37.6 °C" beside a 37.7 limit reads like a mistake
        level = f" ≥ {number(d.alarm_level_c, 1, lang)}" if d.alarm_level_c is not None else ""
        return arg(words().translate("Tile", "ELEVATED %1"), est) + level, "elevated"
    if d.prealarm:
        return arg(words().translate("Tile", "Normal %1 (pre-alarm)"), est), "prealarm"
    return arg(words().translate("Tile", "Normal %1"), est), "normal"


def track_text(t: TrackView) -> tuple[str, str]:
    if t.decision is not None:
        return decision_text(t.decision)
    if t.state == "measuring":
        return short_text("measuring"), "measuring"
    text = short_text(t.state)
    return text, "retry" if text else "measuring"


#: A site file's source kinds that are not a door: what a live tile says instead of "Live"
#: (a key of app.render.base.SOURCE_WORDS). Every other kind is a real camera.
SOURCE_WORD = {"sim": "simulated", "recording": "replay", "file": "replay"}


def rule_text(rule: str | None) -> str:
    """The rule a decision was made by (``Decision.rule``: "absolute", "relative", "absolute (seeding
    baseline)") in the console's language, for the alert card and the history; an unknown one as it is."""
    return words().vocabulary("Rule", rule) if rule else ""


def source_word(kind: str | None) -> str:
    """"simulated", "replay", or "" for a real camera: a training replay must never read "Live"."""
    return SOURCE_WORD.get(kind or "", "")


def alarm_level_text(settings: ScreeningSettings, model: Model | None) -> str | None:
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
    share = f"{number(model.target_sensitivity * 100, 0, current_language())} %"
    return arg(words().translate("Alarm", "alarm at %1 so that %2 of people at %3 are caught"),
               _c(level), share, _c(settings.limit_c))


def alert_level_text(d: Decision) -> str | None:
    """For an alert whose estimate is under the limit but at or over the alarm level, why it is an
    alert anyway ("under the 37.7 °C limit, over the 37.5 °C alarm level"); None otherwise."""
    est, limit, level = d.estimate_c, d.limit_c, d.alarm_level_c
    if est is None or limit is None or level is None:
        return None
    if d.rule is not None and not d.rule.startswith("absolute"):
        return None  # the relative rule's level is the baseline's, not a margin under the limit
    if level <= est < limit:
        return arg(words().translate("Alarm", "under the %1 limit, over the %2 alarm level"), _c(limit), _c(level))
    return None
