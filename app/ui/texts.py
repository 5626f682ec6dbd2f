"""What the wall says, in the guard's words (short enough for a tile)."""

from __future__ import annotations

from app.core.engine import Decision, TrackView

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
