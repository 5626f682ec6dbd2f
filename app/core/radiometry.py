"""Raw sensor values to degrees Celsius, vectorised.

Every converter takes a raw 2-D array and returns C-contiguous float32 °C.
Units are in the names: ``centikelvin``, ``decikelvin``, ``counts``.

Conversions in use at real sites:

* FLIR Lepton / PureThermal radiometric Y16: TLinear output is centi-Kelvin in
  the high-gain 0.01 K mode and deci-Kelvin in the low-gain 0.1 K mode. The
  resolution is a camera setting (:class:`Y16Resolution`), never assumed:
  dividing by 100 unconditionally is a known bug that reads a low-gain 310 K
  (3100) as -242 °C.
* FLIR raw counts with the Planck constants R1, R2, B, F, O, corrected for
  emissivity, reflected apparent temperature, atmospheric transmission
  (temperature, humidity, distance) and an external window: the ``raw2temp``
  formula as published in Thermimage (Tattersall) and used by flirpy and flyr.
  :class:`PlanckLUT` evaluates it once per possible 16-bit value and then
  converts a frame with one table look-up.
* Cameras that send °C directly (:func:`celsius_passthrough`).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

import cv2
import numpy as np

from app.core.errors import BadFrame
from app.core.frame import validate_celsius

KELVIN_OFFSET = 273.15


class Y16Resolution(float, enum.Enum):
    """Kelvin per count of a radiometric Y16 (TLinear) stream."""

    CENTIKELVIN = 0.01  # Lepton high-gain mode, 0.01 K resolution
    DECIKELVIN = 0.1  # Lepton low-gain mode, 0.1 K resolution


def _require_uint16(raw: np.ndarray, what: str) -> np.ndarray:
    arr = np.asarray(raw)
    if arr.ndim != 2 or arr.size == 0:
        raise BadFrame(f"{what}: expected a 2-D raw image, got shape {arr.shape}")
    if arr.dtype != np.uint16:
        if not np.issubdtype(arr.dtype, np.integer):
            raise BadFrame(f"{what}: expected 16-bit raw values, got {arr.dtype}")
        if arr.size and (arr.min() < 0 or arr.max() > 0xFFFF):
            raise BadFrame(f"{what}: raw values do not fit in 16 bits")
        arr = arr.astype(np.uint16)
    return arr


def y16_to_celsius(
    raw: np.ndarray, resolution: Y16Resolution, *, offset_c: float = 0.0
) -> np.ndarray:
    """Radiometric Y16 (Kelvin × 100 or × 10) to °C, plus an optional offset.

    One fused pass (OpenCV ``addWeighted`` computes ``raw*k + gamma`` straight
    into float32), so a reference-blackbody correction costs nothing extra.
    """
    arr = _require_uint16(raw, "Y16 frame")
    k = float(Y16Resolution(resolution).value)
    return cv2.addWeighted(arr, k, arr, 0.0, offset_c - KELVIN_OFFSET, dtype=cv2.CV_32F)


def celsius_to_y16(celsius: np.ndarray, resolution: Y16Resolution) -> np.ndarray:
    """Inverse of :func:`y16_to_celsius` (rounded, clipped to 16 bits).

    NaN/inf have no 16-bit encoding (a cast would silently write 0 = -273.15 °C)
    and raise :class:`BadFrame`.
    """
    k = float(Y16Resolution(resolution).value)
    values = np.asarray(celsius, dtype=np.float64)
    if not np.isfinite(values).all():
        raise BadFrame("°C to Y16: NaN or infinite temperatures have no 16-bit encoding")
    counts = np.rint((values + KELVIN_OFFSET) / k)
    return np.clip(counts, 0, 0xFFFF).astype(np.uint16)


def celsius_passthrough(values: np.ndarray) -> np.ndarray:
    """Cameras that send °C (e.g. Hikvision thermometry): validate and pass on."""
    return validate_celsius(values, what="°C frame")


def topdon_to_celsius(hi: np.ndarray, lo: np.ndarray) -> np.ndarray:
    """Topdon TC001 / InfiRay P2 thermal half-frame: ``(hi + lo*256)/64 - 273.15``."""
    counts = np.asarray(hi, dtype=np.float32) + np.asarray(lo, dtype=np.float32) * 256.0
    return np.ascontiguousarray(counts / 64.0 - KELVIN_OFFSET, dtype=np.float32)


@dataclass(frozen=True, slots=True)
class PlanckParams:
    """FLIR calibration constants and the measurement conditions.

    Names follow FLIR's metadata (``PlanckR1``... ``AtmosphericTransAlpha1``).
    Distances in metres, temperatures in °C, humidity in percent.
    """

    r1: float
    r2: float
    b: float
    f: float
    o: float
    emissivity: float = 0.98
    distance_m: float = 1.0
    reflected_c: float = 20.0
    atmosphere_c: float = 20.0
    humidity_pct: float = 50.0
    window_c: float = 20.0
    window_transmission: float = 1.0
    alpha1: float = 0.006569
    alpha2: float = 0.01262
    beta1: float = -0.002276
    beta2: float = -0.00667
    x: float = 1.9

    def __post_init__(self) -> None:
        if not 0.0 < self.emissivity <= 1.0:
            raise ValueError(f"emissivity must be in (0, 1], got {self.emissivity}")
        if not 0.0 < self.window_transmission <= 1.0:
            raise ValueError(f"window transmission must be in (0, 1], got {self.window_transmission}")
        if self.distance_m < 0:
            raise ValueError(f"distance must be >= 0 m, got {self.distance_m}")
        if not 0.0 <= self.humidity_pct <= 100.0:
            raise ValueError(f"relative humidity must be 0..100 %, got {self.humidity_pct}")


def _planck_counts(p: PlanckParams, temp_c: float) -> float:
    """Raw counts a blackbody at ``temp_c`` would produce (no atmosphere)."""
    return p.r1 / (p.r2 * (np.exp(p.b / (temp_c + KELVIN_OFFSET)) - p.f)) - p.o


def atmospheric_transmission(p: PlanckParams) -> float:
    """FLIR's two-band atmospheric model; the path is split around the window."""
    t = p.atmosphere_c
    h2o = (p.humidity_pct / 100.0) * np.exp(
        1.5587 + 0.06939 * t - 0.00027816 * t**2 + 0.00000068455 * t**3
    )
    half = np.sqrt(p.distance_m / 2.0)
    sq = np.sqrt(h2o)
    return float(
        p.x * np.exp(-half * (p.alpha1 + p.beta1 * sq))
        + (1.0 - p.x) * np.exp(-half * (p.alpha2 + p.beta2 * sq))
    )


def counts_to_celsius(counts: np.ndarray | float, p: PlanckParams) -> np.ndarray:
    """The full ``raw2temp`` formula, evaluated directly (float64).

    Removes reflected, atmospheric and window radiation from the raw signal,
    then inverts Planck's law. Counts that leave no object radiance (at or
    under the background) give NaN: they are not temperatures.
    """
    e, irt = p.emissivity, p.window_transmission
    tau = atmospheric_transmission(p)  # tau1 == tau2: symmetric path
    raw_refl = _planck_counts(p, p.reflected_c)
    raw_atm = _planck_counts(p, p.atmosphere_c)
    raw_wind = _planck_counts(p, p.window_c)
    emiss_wind = 1.0 - irt
    refl_wind = 0.0
    raw_obj = (
        np.asarray(counts, dtype=np.float64) / e / tau / irt / tau
        - (1.0 - tau) / e / tau * raw_atm
        - (1.0 - tau) / e / tau / irt / tau * raw_atm
        - emiss_wind / e / tau / irt * raw_wind
        - (1.0 - e) / e * raw_refl
        - refl_wind / e / tau / irt * raw_refl
    )
    with np.errstate(invalid="ignore", divide="ignore"):
        arg = p.r1 / (p.r2 * (raw_obj + p.o)) + p.f
        out = p.b / np.log(arg) - KELVIN_OFFSET
    return np.where((raw_obj + p.o > 0) & (arg > 1.0), out, np.nan)


def celsius_to_counts(temp_c: np.ndarray | float, p: PlanckParams) -> np.ndarray:
    """Inverse of :func:`counts_to_celsius` (``temp2raw``), float64 counts."""
    e, irt = p.emissivity, p.window_transmission
    tau = atmospheric_transmission(p)
    raw_obj = p.r1 / (p.r2 * (np.exp(p.b / (np.asarray(temp_c, dtype=np.float64) + KELVIN_OFFSET)) - p.f)) - p.o
    raw_refl = _planck_counts(p, p.reflected_c)
    raw_atm = _planck_counts(p, p.atmosphere_c)
    raw_wind = _planck_counts(p, p.window_c)
    total = (
        raw_obj
        + (1.0 - tau) / e / tau * raw_atm
        + (1.0 - tau) / e / tau / irt / tau * raw_atm
        + (1.0 - irt) / e / tau / irt * raw_wind
        + (1.0 - e) / e * raw_refl
    )
    return total * e * tau * irt * tau


class PlanckLUT:
    """Counts → °C through a 65 536-entry table, rebuilt only when params change.

    Building the table costs one evaluation of :func:`counts_to_celsius` over
    all 16-bit values (a few ms); converting a frame is then one gather.
    Counts with no valid temperature map to NaN and are caught by validation.
    """

    def __init__(self, params: PlanckParams) -> None:
        self._params: PlanckParams | None = None
        self._table = np.empty(0, dtype=np.float32)
        self.params = params

    @property
    def params(self) -> PlanckParams:
        assert self._params is not None
        return self._params

    @params.setter
    def params(self, params: PlanckParams) -> None:
        if params == self._params:
            return
        table = counts_to_celsius(np.arange(65536, dtype=np.float64), params).astype(np.float32)
        finite = np.flatnonzero(np.isfinite(table))
        # Valid counts form one interval (the curve is monotonic); checking the
        # frame's min/max counts against it is cheaper than isnan on the output.
        self._valid = (int(finite[0]), int(finite[-1])) if finite.size else (1, 0)
        self._table = table
        self._params = params

    @property
    def table(self) -> np.ndarray:
        return self._table

    def __call__(self, counts: np.ndarray, *, offset_c: float = 0.0) -> np.ndarray:
        arr = _require_uint16(counts, "raw counts frame")
        lo, hi = int(arr.min()), int(arr.max())
        if lo < self._valid[0] or hi > self._valid[1]:
            raise BadFrame(
                f"raw counts frame: counts {lo}..{hi} leave the range this calibration "
                f"can convert ({self._valid[0]}..{self._valid[1]})"
            )
        # Shifting the 65 536-entry table is cheaper than adding over a frame.
        table = self._table + np.float32(offset_c) if offset_c else self._table
        return np.take(table, arr)  # measured faster than fancy indexing for uint16
