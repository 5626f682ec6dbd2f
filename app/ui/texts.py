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
