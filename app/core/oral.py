"""Oral-equivalent estimate from a canthus reading (and the forehead), and the alarm level.

Skin is not core: a healthy inner canthus reads about 34-36 °C, so a limit
such as 37.7 °C is applied to an oral-equivalent estimate, never to the skin
reading itself. A constant offset detected fever best in Wang et al. 2022
(:data:`OFFSET_MODEL`; :class:`OralModel` allows a slope for sites that refit on
their own pairs). The shipped model, :data:`FOREHEAD_MODEL`, adds the forehead
centre, the forehead maximum and the room to the canthus, and falls back to the
offset for a reading without a usable forehead (issue 10).

The alarm level sits a calibrated margin under the limit so that people whose
true oral temperature is at or over the limit are caught with a target
sensitivity (the camera's estimate scatters about ±0.4 °C around the
thermometer). How the shipped numbers were fitted: ``docs/calibration.md``.
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass


def _check_room_range(model) -> None:
    if not model.room_min_c <= model.room_max_c:
        raise ValueError(f"room_min_c ({model.room_min_c:g}) must not exceed room_max_c ({model.room_max_c:g})")


@dataclass(frozen=True, slots=True)
class OralModel:
    """``estimate = slope * skin + offset + room_coef * (room - room_ref)``; alarm at ``limit - margin``.

    ``skin = canthus + face_weight * excess``, where ``excess`` is how far the
    whole-face maximum lies over the canthus maximum, cut at ``face_cap_c`` so
    that a hot mouth, cup or pixel elsewhere on the face can add at most
    ``face_weight * face_cap_c`` to the estimate. A reading given without the
    face maximum uses ``face_excess_c`` (the fitting data's mean excess), one
    without the room temperature uses ``room_ref_c``; a model with
    ``face_weight = room_coef = 0`` is the plain canthus offset (or line).
    """

    offset_c: float
    alarm_margin_c: float
    slope: float = 1.0
    prealarm_band_c: float = 0.3
    target_sensitivity: float = 0.90
    fitted_limit_c: float = 37.7
    provenance: str = ""
    face_weight: float = 0.0
    face_cap_c: float = 0.3
    face_excess_c: float = 0.0
    room_coef: float = 0.0
    room_ref_c: float = 24.0
    room_min_c: float = 0.0
    room_max_c: float = 50.0

    def __post_init__(self) -> None:
        _check_room_range(self)

    def room_used_c(self, room_c: float | None) -> float | None:
        """The room temperature the estimate uses: ``room_c`` clamped to the fitted range (None if missing)."""
        if room_c is None or not math.isfinite(room_c):
            return None
        return min(max(room_c, self.room_min_c), self.room_max_c)

    def _excess(self, canthus_c: float, face_max_c: float | None) -> float:
        if face_max_c is None or not math.isfinite(face_max_c):
            return self.face_excess_c
        return min(max(face_max_c - canthus_c, 0.0), self.face_cap_c)

    def _room_term(self, room_c: float | None) -> float:
        room = self.room_used_c(room_c)
        if room is None:
            return 0.0
        return self.room_coef * (room - self.room_ref_c)

    def estimate(self, canthus_c: float, face_max_c: float | None = None,
                 room_c: float | None = None, *, forehead_c: float | None = None,
                 forehead_max_c: float | None = None) -> float:
        """Oral-equivalent estimate (°C) of one reading; face max and room optional
        (the forehead readings are :class:`ForeheadOralModel`'s, ignored here)."""
        skin = canthus_c + self.face_weight * self._excess(canthus_c, face_max_c)
        return self.slope * skin + self.offset_c + self._room_term(room_c)

    def alarm_level_c(self, limit_c: float) -> float:
        """Oral-equivalent estimate at and over which a subject is ``elevated``."""
        return round(limit_c - self.alarm_margin_c, 4)

    def skin_threshold_c(self, limit_c: float, room_c: float | None = None, *,
                         forehead_c: float | None = None, forehead_max_c: float | None = None) -> float:
        """The canthus (skin) temperature whose estimate reaches the alarm level.

        The fever mask is every pixel at or over this: thresholding raw pixels
        against it is the same as thresholding their estimates (with the
        face-max excess at its fitted mean, as for a reading without one).
        """
        level = self.alarm_level_c(limit_c) - self.offset_c - self._room_term(room_c)
        return level / self.slope - self.face_weight * self.face_excess_c

    def classify(self, canthus_c: float, limit_c: float, face_max_c: float | None = None,
                 room_c: float | None = None, *, forehead_c: float | None = None,
                 forehead_max_c: float | None = None) -> tuple[str, bool]:
        """(``"elevated"`` or ``"normal"``, pre-alarm flag) for one reading."""
        est = self.estimate(canthus_c, face_max_c, room_c)
        level = self.alarm_level_c(limit_c)
        if est >= level:
            return "elevated", False
        return "normal", est >= level - self.prealarm_band_c

    def to_dict(self) -> dict:
        return asdict(self)


#: The canthus offset, fitted on the FDA facial/oral data set (round 1
#: ``canthiMax1`` vs ``aveOralM``); see docs/calibration.md. What the shipped
#: forehead model falls back to for a reading without a usable forehead, and the
#: form a site's re-calibration fits.
OFFSET_MODEL = OralModel(
    offset_c=1.31,
    alarm_margin_c=0.2,
    slope=1.0,
    prealarm_band_c=0.3,
    target_sensitivity=0.90,
    fitted_limit_c=37.7,
    provenance=(
        "FDA facial/oral temperature data (Wang et al., Sensors 2022, 22, 215; "
        "PhysioNet doi:10.13026/3bhc-9065, CC0), FLIR_groups1and2.csv round 1: "
        "canthiMax1 vs aveOralM, n=1003 (17 blank skipped), 81 at or over 37.7 °C. "
        "Offset = mean(aveOralM - canthiMax1) rounded to 0.01 °C; margin = smallest "
        "0.05 °C step with in-sample sensitivity >= 0.90 (0.15) + 0.05 so that "
        "stratified 10-fold cross-validation, 50 repeats with seed 0, gives "
        "sensitivity >= 0.90. app.core.calibration.fit_model, 2026-11-28."
    ),
)


#: The canthus + capped face maximum + room model, fitted on the FDA table's
#: whole-face maximum ``T_Max1``. Not shipped: its gain over the offset comes
#: from the subjects whose face maximum is the mouth, which the engine leaves
#: out of the upper face it measures. Cross-validated on the table's inputs
#: (nested) sensitivity 0.915, specificity 0.936; fed what the engine measures
#: (the FDA's upper-face regions) sensitivity falls to 0.873, under the target,
#: and refitted on them specificity is 0.890, under the offset's 0.922.
#: Rooms outside the study's 20.2-29.1 °C are clamped to it. docs/calibration.md.
FACE_ROOM_MODEL = OralModel(
    offset_c=1.21,
    alarm_margin_c=0.25,
    slope=1.0,
    prealarm_band_c=0.3,
    target_sensitivity=0.90,
    fitted_limit_c=37.7,
    face_weight=1.343,
    face_cap_c=0.3,
    face_excess_c=0.077,
    room_coef=-0.078,
    room_ref_c=24.1,
    room_min_c=20.2,
    room_max_c=29.1,
    provenance=(
        "FDA facial/oral temperature data (Wang et al., Sensors 2022, 22, 215; "
        "PhysioNet doi:10.13026/3bhc-9065, CC0), FLIR_groups1and2.csv round 1: "
        "canthiMax1, T_Max1 (whole-face max) and T_atm (room) vs aveOralM, n=1003. "
        "aveOralM - canthiMax1 = w*min(T_Max1 - canthiMax1, 0.3) + q*(T_atm - 24.1) + offset "
        "by least squares; margin = in-sample 0.25 + 0.00 so that stratified 10-fold "
        "cross-validation, 50 repeats with seed 0, gives sensitivity >= 0.90; room clamped "
        "to the fitted T_atm range 20.2-29.1 °C. "
        "app.core.calibration.fit_face_room_details, 2026-11-28."
    ),
)


@dataclass(frozen=True, slots=True)
class ForeheadOralModel:
    """Canthus + forehead centre + forehead maximum + room: the shipped model (issue 10).

    ``estimate = canthus + forehead_weight * (forehead - forehead_ref_c)
    + forehead_max_weight * (forehead_max - forehead_max_ref_c)
    + room_coef * (room' - room_ref_c) + offset_c``, ``room'`` the room clamped to
    ``room_min_c``-``room_max_c`` (a missing room counts as ``room_ref_c``). The
    canthus weight is 1, so the estimate rises one for one with the canthus and
    the mask stays a skin threshold.

    The forehead is used only when both readings are given, finite, and lie
    relative to the canthus within what the fitting pairs showed
    (``forehead - canthus`` in ``forehead_excess_min_c``-``forehead_excess_max_c``,
    ``forehead_max - canthus`` in ``forehead_max_excess_min_c``-
    ``forehead_max_excess_max_c``: a warmed forehead, sun, a hat just taken off
    would lower the estimate and miss fevers, a covered or cold one is outside the
    study). Otherwise every method answers exactly as ``fallback`` (the shipped
    canthus offset) does. docs/calibration.md, "The canthus + forehead model".
    """

    offset_c: float
    alarm_margin_c: float
    forehead_weight: float
    forehead_ref_c: float
    forehead_max_weight: float
    forehead_max_ref_c: float
    room_coef: float = 0.0
    room_ref_c: float = 24.0
    room_min_c: float = 0.0
    room_max_c: float = 50.0
    forehead_excess_min_c: float = -math.inf
    forehead_excess_max_c: float = math.inf
    forehead_max_excess_min_c: float = -math.inf
    forehead_max_excess_max_c: float = math.inf
    prealarm_band_c: float = 0.3
    target_sensitivity: float = 0.90
    fitted_limit_c: float = 37.7
    provenance: str = ""
    fallback: OralModel = OFFSET_MODEL

    def __post_init__(self) -> None:
        _check_room_range(self)
        # One alarm level, one pre-alarm band, whichever branch decides: a decision records
        # and the screen shows alarm_level_c, and a reading may fall back on either side.
        for name in ("alarm_margin_c", "prealarm_band_c", "target_sensitivity", "fitted_limit_c"):
            if getattr(self, name) != getattr(self.fallback, name):
                raise ValueError(f"a forehead model's {name} ({getattr(self, name):g}) must equal its "
                                 f"fallback's ({getattr(self.fallback, name):g})")

    def uses_forehead(self, canthus_c: float, forehead_c: float | None, forehead_max_c: float | None) -> bool:
        """True when the forehead readings are given, finite and within the fitted relation to the canthus."""
        if forehead_c is None or forehead_max_c is None:
            return False
        if not (math.isfinite(forehead_c) and math.isfinite(forehead_max_c)):
            return False
        # readings come in 0.01 °C: a tolerance keeps a fitted extreme inside its own range
        e, m = forehead_c - canthus_c, forehead_max_c - canthus_c
        return (self.forehead_excess_min_c - 1e-6 <= e <= self.forehead_excess_max_c + 1e-6
                and self.forehead_max_excess_min_c - 1e-6 <= m <= self.forehead_max_excess_max_c + 1e-6)

    room_used_c = OralModel.room_used_c  # the same clamp to room_min_c-room_max_c

    def _terms(self, forehead_c: float, forehead_max_c: float, room_c: float | None) -> float:
        room = self.room_used_c(room_c)
        term = 0.0 if room is None else self.room_coef * (room - self.room_ref_c)
        return (self.forehead_weight * (forehead_c - self.forehead_ref_c)
                + self.forehead_max_weight * (forehead_max_c - self.forehead_max_ref_c) + term)

    def estimate(self, canthus_c: float, face_max_c: float | None = None, room_c: float | None = None, *,
                 forehead_c: float | None = None, forehead_max_c: float | None = None) -> float:
        """Oral-equivalent estimate (°C); without a usable forehead, ``fallback.estimate``."""
        if not self.uses_forehead(canthus_c, forehead_c, forehead_max_c):
            return self.fallback.estimate(canthus_c, face_max_c, room_c)
        return canthus_c + self._terms(forehead_c, forehead_max_c, room_c) + self.offset_c

    def alarm_level_c(self, limit_c: float) -> float:
        """Estimate at and over which a reading *with* a usable forehead is ``elevated``."""
        return round(limit_c - self.alarm_margin_c, 4)

    def skin_threshold_c(self, limit_c: float, room_c: float | None = None, *,
                         forehead_c: float | None = None, forehead_max_c: float | None = None) -> float:
        """The canthus whose estimate reaches the alarm level, for these forehead readings
        (without them, the fallback's). The range check is on the canthus itself, so this
        is exact only for a canthus whose forehead readings are usable; the mask is a
        display aid, the decision is :meth:`classify`'s."""
        if forehead_c is None or forehead_max_c is None or not (
                math.isfinite(forehead_c) and math.isfinite(forehead_max_c)):
            return self.fallback.skin_threshold_c(limit_c, room_c)
        return self.alarm_level_c(limit_c) - self.offset_c - self._terms(forehead_c, forehead_max_c, room_c)

    def classify(self, canthus_c: float, limit_c: float, face_max_c: float | None = None,
                 room_c: float | None = None, *, forehead_c: float | None = None,
                 forehead_max_c: float | None = None) -> tuple[str, bool]:
        """(``"elevated"`` or ``"normal"``, pre-alarm flag); without a usable forehead, ``fallback.classify``."""
        if not self.uses_forehead(canthus_c, forehead_c, forehead_max_c):
            return self.fallback.classify(canthus_c, limit_c, face_max_c, room_c)
        est = self.estimate(canthus_c, face_max_c, room_c, forehead_c=forehead_c, forehead_max_c=forehead_max_c)
        level = self.alarm_level_c(limit_c)
        if est >= level:
            return "elevated", False
        return "normal", est >= level - self.prealarm_band_c

    def to_dict(self) -> dict:
        d = {name: getattr(self, name) for name in self.__slots__ if name != "fallback"}
        d["fallback"] = self.fallback.to_dict()
        return d


#: The canthus + forehead model of issue 10, fitted on the FDA table round 1
#: (``calibration.fit_forehead_details``). Cross-validated (nested) sensitivity
#: 0.915, specificity 0.934 at 37.7 °C; round 2 sensitivity 0.892; room capped at 26 °C. The engine
#: measures both forehead readings from the located canthi
#: (``detection.measure_forehead``); a covered, cut or out-of-range forehead falls
#: back to ``OFFSET_MODEL``. docs/calibration.md.
FOREHEAD_MODEL = ForeheadOralModel(
    offset_c=1.32,
    alarm_margin_c=0.2,
    forehead_weight=-0.177,
    forehead_ref_c=34.4,
    forehead_max_weight=0.081,
    forehead_max_ref_c=35.4,
    room_coef=-0.061,
    room_ref_c=24.0,
    room_min_c=20.2,
    room_max_c=26.0,
    forehead_excess_min_c=-4.13,
    forehead_excess_max_c=-0.14,
    forehead_max_excess_min_c=-2.52,
    forehead_max_excess_max_c=0.86,
    prealarm_band_c=0.3,
    target_sensitivity=0.90,
    fitted_limit_c=37.7,
    provenance=(
        "FDA facial/oral temperature data (Wang et al., Sensors 2022, 22, 215; "
        "PhysioNet doi:10.13026/3bhc-9065, CC0), FLIR_groups1and2.csv round 1: "
        "canthiMax1, T_FHCC1 (forehead centre), T_FH_Max1 (extended forehead max) and "
        "T_atm (room, capped at 26.0 °C) vs aveOralM, n=1003 (17 blank skipped), 81 at or over 37.7 °C. "
        "aveOralM - canthiMax1 = a*(T_FHCC1 - 34.4) + b*(T_FH_Max1 - 35.4) + q*(T_atm' - 24.0) "
        "+ offset by least squares; margin = in-sample 0.20 + 0.00 so that stratified 10-fold "
        "cross-validation, 50 repeats with seed 0, gives sensitivity >= 0.90; room clamped to "
        "20.2-26.0 °C; forehead used only within the fitting pairs' forehead - canthus ranges. "
        "app.core.calibration.fit_forehead_details, 2026-12-01."
    ),
)


#: The model Canthus ships with: the canthus + forehead model, falling back to the
#: canthus offset for a reading without a usable forehead.
SHIPPED_MODEL = FOREHEAD_MODEL

#: Either kind of model: everything that decides takes both (same methods; the
#: forehead readings are keyword inputs an ``OralModel`` ignores).
Model = OralModel | ForeheadOralModel


def model_from_dict(d: dict) -> Model:
    """The model a ``to_dict()`` wrote (a forehead model nests its fallback)."""
    if "forehead_weight" in d:
        fb = d.get("fallback")
        if not isinstance(fb, dict):
            raise ValueError("a forehead model needs its fallback model (a table of oral model fields)")
        return ForeheadOralModel(**{**d, "fallback": OralModel(**fb)})
    return OralModel(**d)
