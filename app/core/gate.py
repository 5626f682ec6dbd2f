"""The frame gate: what every frame passes before the engine screens it.

A dead pixel must never decide a fever. Before this gate a NaN among a
face's hottest pixels made the reading NaN, every comparison with it false,
and the verdict ``normal``. The gate sits at the top of
:meth:`app.core.engine.Engine.process`, so every source goes through it, and
sorts each frame into one of three outcomes:

* **refused** (camera state ``bad_frame``): no screening at all. Not a 2-D
  image of at least :data:`MIN_SIDE` and at most :data:`MAX_SIDE` pixels a
  side; °C values that are not floating point (integer °C is never guessed:
  integer data is accepted only as raw counts with a radiometer); a capture
  time that is not a finite number; no finite pixel at all; or any pixel
  outside the camera's physical range (``EngineConfig.camera_min_c`` ..
  ``camera_max_c``, −40..150 °C by default): a working camera cannot report
  it, so the conversion (unit, constants) is broken and no pixel can be
  trusted. A frame with no temperatures at all (a visible camera's
  picture, ``Frame.visible``) or flagged ``not_radiometric`` is refused
  too: it is only ever shown (:func:`check_visible`, ``Engine.idle``).
* **too many bad pixels** (camera state ``bad_pixels``): more than
  ``EngineConfig.max_bad_pixel_fraction`` of the pixels are NaN or infinite.
  The frame is shown and people are tracked, but nobody is measured; each
  person in view gets ``retry`` with reason ``bad_pixels``.
* **usable**: no bad pixel (the fast path: two vectorised reductions, no
  copy), or a few. A few bad pixels are filled from their neighbours (the
  median of their finite 8-neighbours; the frame's coldest finite value
  where none is finite) so detection and display see a whole image, and
  their positions travel with the frame so that the measurement leaves them
  out and refuses to read next to them (:func:`app.core.detection.measure`).

Pure numpy, no Qt: the same gate serves the console, replay and the tools.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from app.core.config import MAX_PX
from app.core.frame import Frame

#: Smallest image side screened. Smaller is no thermal camera (the smallest
#: radiometric arrays sold are 32x24) and leaves detection nothing to work on.
MIN_SIDE = 16
#: Largest image side accepted (the largest thermal sensors are 1920x1536);
#: bigger is a corrupt header, not a camera, and would exhaust memory.
MAX_SIDE = MAX_PX
#: Longest side over shortest. Thermal sensors are 4:3, 5:4 or 16:9; a long
#: thin strip is a mis-read header (and leaves detection no rows).
MAX_ASPECT = 4

#: Floating-point dtypes a °C frame may arrive in; each converts to float32
#: without changing any value a camera can produce (float64 keeps about 7
#: significant digits, 1e-5 °C at body temperature).
_FLOAT_KINDS = "f"

# The 8 neighbours of a pixel, for filling bad ones.
_NEIGHBOURS = ((-1, -1), (-1, 0), (-1, 1), (0, -1), (0, 1), (1, -1), (1, 0), (1, 1))


@dataclass(slots=True)
class Pixels:
    """The gate's verdict on a frame's pixels.

    ``state`` is ``"ok"``, ``"bad_pixels"`` (too many to screen) or
    ``"bad_frame"`` (refused; ``celsius`` is None). ``bad`` is a bool mask of
    the pixels that were NaN or infinite, None when there were none.
    """

    state: str
    celsius: np.ndarray | None
    bad: np.ndarray | None = None
    n_bad: int = 0
    message: str = ""


def check_structure(frame: Frame) -> str | None:
    """Why ``frame`` cannot be screened at all, or None; °C arrays are made float32.

    Checks the container, not the pixels: the capture time, the flags, the
    array's type, dtype and shape, and that raw values come with a
    radiometer. A float16/float64 °C array is replaced by its float32 copy
    (exact for any temperature a camera reports); a non-contiguous or
    read-only one by a contiguous, writeable copy.
    """
    try:
        t = float(frame.t)
    except (TypeError, ValueError, OverflowError):
        return f"capture time {frame.t!r} is not a number"
    if not math.isfinite(t):
        return f"capture time {t} is not a finite number"
    frame.t = t  # a capture time given as text or Decimal would break the engine's arithmetic later
    if not isinstance(frame.seq, (int, np.integer)) or isinstance(frame.seq, bool):
        return f"frame number {frame.seq!r} is not an integer"
    if not isinstance(frame.flags, (frozenset, set)):
        return f"flags must be a set of camera states, got {type(frame.flags).__name__}"
    if "not_radiometric" in frame.flags:
        return "the camera says this frame is not radiometric: shown, never screened"
    if frame.celsius is not None:
        arr = frame.celsius
        what = "°C frame"
    elif frame.raw is not None:
        arr = frame.raw
        what = "raw frame"
    elif frame.visible is not None:
        # A picture's brightness is no temperature, whatever its flags say.
        return "a visible picture, not temperatures (a non-radiometric camera): shown, never screened"
    else:
        return "frame has neither °C nor raw values"
    if not isinstance(arr, np.ndarray):
        return f"{what}: expected a numpy array, got {type(arr).__name__}"
    if type(arr) is not np.ndarray:
        # A subclass (masked array, matrix, memmap) would change what min,
        # max and indexing mean: screen the plain values underneath.
        arr = np.asarray(arr)
        if frame.celsius is not None:
            frame.celsius = arr
        else:
            frame.raw = arr
    if problem := _shape_problem(arr, what):
        return problem
    if frame.celsius is not None:
        if arr.dtype.kind not in _FLOAT_KINDS:
            hint = " (integer data is taken only as raw counts with a radiometer)" if arr.dtype.kind in "iu" else ""
            return f"°C frame: expected floating-point temperatures, got {arr.dtype}{hint}"
        if arr.dtype != np.float32 or not arr.flags.c_contiguous:
            frame.celsius = as_float32(arr)
        elif not arr.flags.writeable:  # the reference correction is added in place
            frame.celsius = arr.copy()
        return None
    if arr.dtype.kind not in "iu":
        return f"raw frame: expected integer sensor counts, got {arr.dtype}"
    if frame.radiometer is None or not callable(frame.radiometer):
        return "raw frame: no radiometer to convert its counts to °C"
    return None


def check_visible(frame: Frame) -> str | None:
    """Why a frame's visible picture cannot be shown, or None; the picture is made C-contiguous.

    For display only (``Engine.idle``): a uint8 grey 2-D image within the
    gate's size bounds. Passing here screens nobody: :func:`check_structure`
    still refuses the frame.
    """
    arr = frame.visible
    if type(arr) is not np.ndarray:
        return f"visible picture: expected a numpy array, got {type(arr).__name__}"
    if arr.dtype != np.uint8:
        return f"visible picture: expected 8-bit grey, got {arr.dtype}"
    if problem := _shape_problem(arr, "visible picture"):
        return problem
    if not arr.flags.c_contiguous:
        frame.visible = np.ascontiguousarray(arr)
    return None


def as_float32(arr: np.ndarray) -> np.ndarray:
    """``arr`` as C-contiguous float32 (itself if it is); values too large for float32 stay finite (and absurd)."""
    if arr.dtype == np.float32 and arr.flags.c_contiguous:
        return arr
    with np.errstate(over="ignore"):
        out = np.ascontiguousarray(arr, dtype=np.float32)
    if arr.dtype.itemsize > 4:
        # 1e300 °C must be refused as impossible, not pass as an "infinite"
        # dead pixel: saturate what the cast overflowed.
        over = np.isinf(out) & np.isfinite(arr)
        if over.any():
            out[over] = np.copysign(np.finfo(np.float32).max, arr[over])
    return out


def _shape_problem(arr: np.ndarray, what: str) -> str | None:
    if arr.ndim != 2:
        return f"{what}: expected a 2-D image, got {arr.ndim} dimension(s) {arr.shape}"
    h, w = arr.shape
    if min(h, w) < MIN_SIDE:
        return f"{what}: {w}x{h} pixels is too small to screen (at least {MIN_SIDE} a side)"
    if max(h, w) > MAX_SIDE:
        return f"{what}: {w}x{h} pixels is larger than any thermal camera (at most {MAX_SIDE} a side)"
    if max(h, w) > MAX_ASPECT * min(h, w):
        return f"{what}: {w}x{h} pixels is no camera's image (sides at most {MAX_ASPECT}:1)"
    return None


def check_pixels(celsius: np.ndarray, lo_c: float, hi_c: float, max_bad_fraction: float) -> Pixels:
    """Sort a float32 C-contiguous °C image into usable, too many bad pixels, or refused.

    ``lo_c``..``hi_c`` is the camera's physical range (inclusive). The
    common case, every pixel finite and in range, costs one min and one max
    (NaN propagates through both) and returns ``celsius`` itself. Otherwise
    the returned image is a copy with the bad pixels filled; the input is
    left as it was.
    """
    lo, hi = float(celsius.min()), float(celsius.max())
    if lo >= lo_c and hi <= hi_c:  # False for NaN: a NaN anywhere takes the slow path
        return Pixels("ok", celsius)
    bad = ~np.isfinite(celsius)
    n_bad = int(np.count_nonzero(bad))
    if n_bad == celsius.size:
        return Pixels("bad_frame", None, None, n_bad, "no pixel holds a finite temperature")
    if n_bad:
        good = celsius[~bad]
        lo, hi = float(good.min()), float(good.max())
    if lo < lo_c or hi > hi_c:
        outside = int(np.count_nonzero((celsius < lo_c) | (celsius > hi_c)))
        return Pixels(
            "bad_frame", None, None, n_bad,
            f"{outside} pixel(s) at {lo:.6g}..{hi:.6g} °C, outside the camera's range "
            f"{lo_c:g}..{hi_c:g} °C: wrong unit or broken conversion",
        )
    filled = fill_bad(celsius, bad, cold_c=lo)
    fraction = n_bad / celsius.size
    if fraction > max_bad_fraction:
        return Pixels(
            "bad_pixels", filled, bad, n_bad,
            f"{n_bad} of {celsius.size} pixels ({100 * fraction:.2g} %) are dead (NaN or infinite), "
            f"more than the {100 * max_bad_fraction:g} % a working camera has",
        )
    return Pixels("ok", filled, bad, n_bad, f"{n_bad} dead pixel(s) left out of the measurement")


def fill_bad(celsius: np.ndarray, bad: np.ndarray, cold_c: float) -> np.ndarray:
    """A copy of ``celsius`` with each ``bad`` pixel replaced by the median of its finite 8-neighbours.

    A pixel with no finite neighbour gets ``cold_c`` (the frame's coldest
    finite value: it can never look like skin). Vectorised over the bad
    pixels only, so a few dead pixels cost next to nothing. The result is
    for detection and display; the measurement never reads a filled pixel.
    """
    out = celsius.copy()
    ys, xs = np.nonzero(bad)
    padded = np.pad(celsius, 1, constant_values=np.nan)  # outside the frame: no neighbour
    vals = np.empty((ys.size, len(_NEIGHBOURS)), np.float32)
    for k, (dy, dx) in enumerate(_NEIGHBOURS):
        vals[:, k] = padded[ys + 1 + dy, xs + 1 + dx]
    finite = np.isfinite(vals)
    vals[~finite] = np.inf  # sorted after every finite value
    vals.sort(axis=1)
    n = finite.sum(axis=1)
    pick = vals[np.arange(ys.size), np.maximum(n - 1, 0) // 2]  # the (lower) median of the finite ones
    out[ys, xs] = np.where(n > 0, pick, np.float32(cold_c))
    return out
