"""Oral-equivalent estimate from a canthus reading, and the alarm level.

Skin is not core: a healthy inner canthus reads about 34-36 °C, so a limit
such as 37.7 °C is applied to an oral-equivalent estimate, never to the skin
reading itself. A constant offset detected fever best in Wang et al. 2022;
:class:`OralModel` allows a slope for sites that refit on their own pairs.

The alarm level sits a calibrated margin under the limit so that people whose
true oral temperature is at or over the limit are caught with a target
sensitivity (the camera's estimate scatters about ±0.4 °C around the
thermometer). How the shipped numbers were fitted: ``docs/calibration.md``.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass


@dataclass(frozen=True, slots=True)
class OralModel:
    """``estimate_c = slope * canthus_c + offset_c``; alarm at ``limit - margin``."""

    offset_c: float
    alarm_margin_c: float
    slope: float = 1.0
    prealarm_band_c: float = 0.3
    target_sensitivity: float = 0.90
    fitted_limit_c: float = 37.7
    provenance: str = ""

    def estimate(self, canthus_c: float) -> float:
        return self.slope * canthus_c + self.offset_c

    def alarm_level_c(self, limit_c: float) -> float:
        """Oral-equivalent estimate at and over which a subject is ``elevated``."""
        return round(limit_c - self.alarm_margin_c, 4)

    def skin_threshold_c(self, limit_c: float) -> float:
        """The canthus (skin) temperature whose estimate reaches the alarm level.

        The fever mask is every pixel at or over this: thresholding raw pixels
        against it is the same as thresholding their estimates.
        """
        return (self.alarm_level_c(limit_c) - self.offset_c) / self.slope

    def classify(self, canthus_c: float, limit_c: float) -> tuple[str, bool]:
        """(``"elevated"`` or ``"normal"``, pre-alarm flag) for one reading."""
        est = self.estimate(canthus_c)
        level = self.alarm_level_c(limit_c)
        if est >= level:
            return "elevated", False
        return "normal", est >= level - self.prealarm_band_c

    def to_dict(self) -> dict:
        return asdict(self)


#: The model Canthus ships with. Fitted on the FDA facial/oral data set
#: (round 1 ``canthiMax1`` vs ``aveOralM``); see docs/calibration.md.
SHIPPED_MODEL = OralModel(
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
