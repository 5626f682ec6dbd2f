"""The unit of data flowing through the engine: one radiometric frame."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

import numpy as np

from app.core.errors import BadFrame


class Radiometer(Protocol):
    """Raw sensor values → °C, with an additive correction fused in."""

    def __call__(self, raw: np.ndarray, *, offset_c: float = 0.0) -> np.ndarray: ...


@dataclass(slots=True)
class Frame:
    """One frame of per-pixel temperatures.

    ``celsius`` is a C-contiguous float32 array (rows, cols) of scene
    temperatures in degrees Celsius, straight from the radiometric conversion:
    never resized, never colour-mapped, so maxima are true maxima.

    A source that has raw values may leave ``celsius`` as None and give
    ``raw`` plus its ``radiometer``: the engine then reads the reference
    blackbody on the raw patch and converts the whole frame once, with the
    reference correction fused into the conversion (one pass instead of two).

    Every frame passes the frame gate (:mod:`app.core.gate`) at the top of
    ``Engine.process``: dtype, shape and pixels are checked there, for every
    source, so a source may hand over what its camera sent.

    ``flags`` carries camera states that are not in the pixels:
    ``"warming_up"`` (camera not yet thermally stable) and ``"ffc"`` (a
    flat-field correction is in progress or just happened: the frame is frozen
    or stale).

    ``visible`` is a picture from a camera that measures no temperature (a
    visible RTSP stream): uint8 grey (rows, cols), with ``celsius`` and
    ``raw`` None and the ``"not_radiometric"`` flag. It is only ever shown;
    the frame gate refuses a frame without temperatures for screening.
    """

    camera: str
    seq: int
    t: float  # capture time, seconds (monotonic for a camera; recordings: from start)
    celsius: np.ndarray | None
    source: str = ""  # where it came from: "sim", a file path, a camera URL...
    flags: frozenset[str] = field(default_factory=frozenset)
    raw: np.ndarray | None = None
    radiometer: Radiometer | None = None
    visible: np.ndarray | None = None  # uint8 grey picture of a non-radiometric camera: display only

    @property
    def shape(self) -> tuple[int, int]:
        arr = self.celsius if self.celsius is not None else self.raw if self.raw is not None else self.visible
        assert arr is not None, "a frame has celsius, raw or visible values"
        return arr.shape  # type: ignore[return-value]

    def region_celsius(self, y0: int, y1: int, x0: int, x1: int) -> np.ndarray:
        """°C of a small region, converting only that region if need be."""
        if self.celsius is not None:
            return self.celsius[y0:y1, x0:x1]
        assert self.raw is not None and self.radiometer is not None
        return self.radiometer(np.ascontiguousarray(self.raw[y0:y1, x0:x1]))

    def ensure_celsius(self, offset_c: float = 0.0) -> np.ndarray:
        """Convert raw values once (with ``offset_c`` fused), or add it in place."""
        if self.celsius is None:
            assert self.raw is not None and self.radiometer is not None
            self.celsius = self.radiometer(self.raw, offset_c=offset_c)
        elif offset_c:
            self.celsius += np.float32(offset_c)
        return self.celsius


#: Temperatures outside this range cannot come from a working thermal camera
#: looking at a building entrance; a frame full of them is a broken conversion.
#: Decoders refuse such files with it; the engine's gate applies each camera's
#: own, narrower range (EngineConfig.camera_min_c..camera_max_c).
PLAUSIBLE_C = (-60.0, 600.0)


def validate_celsius(values: np.ndarray, *, what: str = "frame") -> np.ndarray:
    """Return ``values`` as a C-contiguous float32 2-D array or raise BadFrame.

    Rejects wrong dimensionality, empty frames, NaN/inf pixels and values no
    camera could have measured. Cost is one pass over the frame (min/max).
    """
    arr = np.asarray(values)
    if arr.ndim != 2 or arr.shape[0] < 8 or arr.shape[1] < 8:
        raise BadFrame(f"{what}: expected a 2-D temperature image, got shape {arr.shape}")
    if arr.dtype != np.float32 or not arr.flags.c_contiguous:
        arr = np.ascontiguousarray(arr, dtype=np.float32)
    lo, hi = float(arr.min()), float(arr.max())
    if not (np.isfinite(lo) and np.isfinite(hi)):
        raise BadFrame(f"{what}: contains NaN or infinite pixels")
    if lo < PLAUSIBLE_C[0] or hi > PLAUSIBLE_C[1]:
        raise BadFrame(
            f"{what}: temperatures {lo:.1f}..{hi:.1f} °C are outside what a camera "
            f"can measure ({PLAUSIBLE_C[0]:.0f}..{PLAUSIBLE_C[1]:.0f} °C): wrong unit or conversion?"
        )
    return arr
