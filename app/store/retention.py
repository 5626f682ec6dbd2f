"""The retention policy a site chooses for personal data."""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass
from typing import Literal

MODES = ("none", "alarms", "all")


@dataclass(frozen=True, slots=True)
class RetentionPolicy:
    """What the store keeps about people, and for how long.

    - ``"none"``: nothing personal. Decisions only increment hourly counts;
      an elevated decision leaves a row without readings, subject number or
      image (a *stub*) so that the guard's alert can be handled, and the stub,
      its alert and the actions on it are purged once the alert is closed
      (or ``hours`` after it was recorded). Thermometer readings are never
      written; only pass/fail is counted.
    - ``"alarms"`` (default): elevated decisions, their alerts, actions,
      thermometer readings and calibration pairs, for ``hours``. Normal
      decisions and non-results are only counted.
    - ``"all"``: every decision, for ``hours``.

    ``keep_images``: store the thermal snapshot (°C crop) of stored decisions
    (purged with them). Never under ``"none"``.
    """

    mode: Literal["none", "alarms", "all"] = "alarms"
    hours: float = 24.0
    keep_images: bool = False

    def __post_init__(self) -> None:
        if self.mode not in MODES:
            raise ValueError(f"retention mode must be one of {', '.join(MODES)}, got {self.mode!r}")
        if isinstance(self.hours, bool) or not isinstance(self.hours, (int, float)) \
                or not math.isfinite(self.hours) or self.hours <= 0:
            raise ValueError(f"retention hours must be a positive number, got {self.hours!r}")
        if not isinstance(self.keep_images, bool):
            raise ValueError(f"keep_images must be true or false, got {self.keep_images!r}")
        if self.mode == "none" and self.keep_images:
            raise ValueError("retention mode 'none' keeps nothing personal, so it cannot keep images")

    def to_dict(self) -> dict:
        d = asdict(self)
        d["hours"] = float(self.hours)
        return d

    @classmethod
    def from_dict(cls, d: dict) -> "RetentionPolicy":
        return cls(mode=d["mode"], hours=float(d["hours"]), keep_images=bool(d["keep_images"]))

    def describe(self) -> str:
        h = f"{self.hours:g} h"
        if self.mode == "none":
            return "store nothing personal: aggregate counts only"
        what = "elevated decisions (alarms) and the actions on them" if self.mode == "alarms" else "every decision"
        img = ", with thermal snapshots" if self.keep_images else ", no images"
        return f"store {what} for {h}{img}; aggregate counts kept"


DEFAULT_POLICY = RetentionPolicy()
