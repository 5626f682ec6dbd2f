"""What one source delivers, frame by frame: the first thing an installer runs at a new site.

:func:`probe` reads up to N frames from a source and describes each (size,
temperature range, the camera states in its flags, unreadable pixels); it does
not screen anyone. Used by ``canthus probe URI``.
"""

from __future__ import annotations

import time
from collections.abc import Iterator

import numpy as np

from app.core.errors import CanthusError
from app.sources.base import SourceError
from app.translations import QT_TRANSLATE_NOOP, SOURCE_LANGUAGE, arg, catalog, number

# The order in which a frame's flags name its state (the first present wins).
_STATE_ORDER = ("ffc", "frozen", "warming_up", "not_radiometric")


def frame_state(flags: frozenset[str]) -> str:
    return next((s for s in _STATE_ORDER if s in flags), "live")


def describe(frame) -> dict:
    """One frame as a JSON-able dict: at least width, height, min_c, max_c and state."""
    visible = getattr(frame, "visible", None)
    if frame.celsius is None and frame.raw is None and visible is not None:
        h, w = np.asarray(visible).shape[:2]  # a visible picture: no temperatures at all
        return {"seq": int(frame.seq), "t": round(float(frame.t), 3), "width": int(w), "height": int(h),
                "min_c": None, "max_c": None, "state": "not_radiometric", "flags": sorted(frame.flags),
                "unreadable_pixels": 0}
    try:
        celsius = np.asarray(frame.ensure_celsius())
    except Exception as e:  # noqa: BLE001 - a radiometer that fails is what a probe is for
        raise SourceError(f"frame {frame.seq}: its raw values could not be converted to °C ({e})",
                          state="bad_frames") from None
    if celsius.ndim != 2 or celsius.size == 0:
        raise SourceError(f"frame {frame.seq}: not a 2-D temperature image (shape {celsius.shape})",
                          state="bad_frames")
    finite = np.isfinite(celsius)
    good = celsius[finite]
    h, w = celsius.shape
    return {
        "seq": int(frame.seq),
        "t": round(float(frame.t), 3),
        "width": int(w),
        "height": int(h),
        "min_c": round(float(good.min()), 2) if good.size else None,
        "max_c": round(float(good.max()), 2) if good.size else None,
        "state": frame_state(frozenset(frame.flags)),
        "flags": sorted(frame.flags),
        "unreadable_pixels": int(finite.size - good.size),
    }


def probe(source, frames: int, timeout_s: float = 10.0) -> Iterator[dict]:
    """Describe the next ``frames`` frames; SourceError when none comes for ``timeout_s``."""
    if frames < 1:
        raise CanthusError(f"--frames must be at least 1, got {frames}")
    waited_since = time.monotonic()
    got = 0
    while got < frames:
        frame = source.read(timeout=0.5)
        if frame is None:
            if time.monotonic() - waited_since > timeout_s:
                raise SourceError(f"{source.name}: no frame within {timeout_s:g} s", state="offline")
            continue
        waited_since = time.monotonic()
        got += 1
        yield describe(frame)


# counted texts of the summary (declared with a literal count for lupdate, translated with the real one)
FRAMES_OF = QT_TRANSLATE_NOOP("Probe", "%n frames of %1", None, 1)
UNREADABLE = QT_TRANSLATE_NOOP("Probe", "; %n unreadable pixels", None, 1)


def summary(rows: list[dict], elapsed_s: float, lang: str = SOURCE_LANGUAGE) -> str:
    """A line for what the probe saw, in ``lang`` (English for ``canthus probe``; the Cameras
    dialog's Test asks for the console's language)."""
    say = catalog(lang)
    if not rows:
        return say.translate("Probe", "no frames")
    sizes = sorted({(r["width"], r["height"]) for r in rows})
    lows = [r["min_c"] for r in rows if r["min_c"] is not None]  # a visible stream has none
    highs = [r["max_c"] for r in rows if r["max_c"] is not None]
    states: dict[str, int] = {}
    for r in rows:
        states[r["state"]] = states.get(r["state"], 0) + 1
    rate = (len(rows) - 1) / elapsed_s if len(rows) > 1 and elapsed_s > 0 else None
    if lows and highs:
        temps = arg(say.translate("Probe", "%1 to %2 °C"), number(min(lows), 2, lang), number(max(highs), 2, lang))
    elif all(r["state"] == "not_radiometric" for r in rows):
        temps = say.translate("Probe", "none (a visible stream: shown, never measured)")
    else:
        temps = say.translate("Probe", "no readable pixel")
    text = arg(say.translate("Probe", FRAMES_OF, None, len(rows)), ", ".join(f"{w}x{h}" for w, h in sizes))
    if rate:
        text += arg(say.translate("Probe", " at %1 frames/s"), number(rate, 1, lang))
    seen = ", ".join(f"{say.vocabulary('CameraState', k) if lang != SOURCE_LANGUAGE else k} {v}"
                     for k, v in states.items())
    text += arg(say.translate("Probe", "; temperatures %1; states %2"), temps, seen)
    unreadable = sum(r["unreadable_pixels"] for r in rows)
    return text + (say.translate("Probe", UNREADABLE, None, unreadable) if unreadable else "")
