"""The unit of data flowing through the engine: one radiometric frame."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from app.core.errors import BadFrame


@dataclass(slots=True)
class Frame:
    """One frame of per-pixel temperatures.

    ``celsius`` is a C-contiguous float32 array (rows, cols) of scene
    temperatures in degrees Celsius, straight from the radiometric conversion:
    never resized, never colour-mapped, so maxima are true maxima.

    ``flags`` carries camera states that are not in the pixels:
    ``"warming_up"`` (camera not yet thermally stable) and ``"ffc"`` (a
    flat-field correction is in progress or just happened: the frame is frozen
    or stale).
    """

    camera: str
    seq: int
    t: float  # capture time, seconds (monotonic for a camera; recordings: from start)
    celsius: np.ndarray
    source: str = ""  # where it came from: "sim", a file path, a camera URL...
    flags: frozenset[str] = field(default_factory=frozenset)

    @property
    def shape(self) -> tuple[int, int]:
        return self.celsius.shape  # type: ignore[return-value]


#: Temperatures outside this range cannot come from a working thermal camera
#: looking at a building entrance; a frame full of them is a broken conversion.
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
