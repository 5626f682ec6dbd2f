"""Decision rules: the absolute limit and the relative (running baseline) rule."""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass

from app.core.config import EngineConfig
from app.core.oral import Model


@dataclass(frozen=True, slots=True)
class RuleOutcome:
    verdict: str  # "normal" or "elevated"
    prealarm: bool
    rule: str  # "absolute", "relative" or "absolute (seeding baseline)"
    estimate_c: float
    alarm_level_c: float  # on the oral-equivalent scale for "absolute", on skin for "relative"
    baseline_c: float | None = None


class RelativeBaseline:
    """Trimmed running mean of the canthus readings of recent normal subjects.

    FLIR's EST scheme: the last ``window`` normal subjects, dropping the
    ``trim`` highest and lowest. Only subjects judged normal are added, so a
    febrile subject never drags the baseline up. The first subjects seed it:
    until ``min_subjects`` are in, the absolute rule decides.
    """

    def __init__(self, window: int = 10, trim: int = 1, min_subjects: int = 3) -> None:
        self._values: deque[float] = deque(maxlen=window)
        self.trim = trim
        self.min_subjects = min_subjects

    def __len__(self) -> int:
        return len(self._values)

    @property
    def ready(self) -> bool:
        return len(self._values) >= self.min_subjects

    def value(self) -> float | None:
        if not self._values:
            return None
        vals = sorted(self._values)
        t = self.trim if len(vals) > 2 * self.trim else 0
        kept = vals[t : len(vals) - t] if t else vals
        return sum(kept) / len(kept)

    def add(self, canthus_c: float) -> None:
        self._values.append(canthus_c)

    def clear(self) -> None:
        self._values.clear()


def decide(canthus_c: float, config: EngineConfig, model: Model, baseline: RelativeBaseline,
           face_max_c: float | None = None, room_c: float | None = None, *,
           forehead_c: float | None = None, forehead_max_c: float | None = None) -> RuleOutcome:
    """Apply the configured rule to one subject's canthus reading (and feed the baseline).

    ``face_max_c`` (the upper face's maximum), ``room_c``, ``forehead_c`` and
    ``forehead_max_c`` (the forehead centre and maximum) are the oral model's other
    inputs: the shipped :class:`~app.core.oral.ForeheadOralModel` takes the forehead
    and the room (and falls back to the canthus offset without a usable forehead), the
    face-and-room :class:`~app.core.oral.OralModel` the face maximum and the room, a
    plain canthus offset none. The relative rule compares canthus readings only."""
    fh = {"forehead_c": forehead_c, "forehead_max_c": forehead_max_c}
    estimate = model.estimate(canthus_c, face_max_c, room_c, **fh)
    if config.rule == "relative" and baseline.ready:
        base = baseline.value()
        assert base is not None
        level = base + config.relative.offset_c
        if canthus_c >= level:
            out = RuleOutcome("elevated", False, "relative", estimate, round(level, 3), round(base, 3))
        else:
            pre = canthus_c >= level - model.prealarm_band_c
            out = RuleOutcome("normal", pre, "relative", estimate, round(level, 3), round(base, 3))
    else:
        verdict, pre = model.classify(canthus_c, config.limit_c, face_max_c, room_c, **fh)
        rule = "absolute" if config.rule == "absolute" else "absolute (seeding baseline)"
        out = RuleOutcome(verdict, pre, rule, estimate, model.alarm_level_c(config.limit_c), baseline.value())
    if out.verdict == "normal":
        baseline.add(canthus_c)
    return out
