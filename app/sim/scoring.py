"""Screen a simulated entrance and score the engine against the ground truth."""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field

import numpy as np

from app.core.config import EngineConfig, ReferenceConfig
from app.core.engine import Decision, Engine
from app.core.frame import Frame
from app.sim.entrance import ALSO_ACCEPTED, INCIDENTS, SimConfig, Simulator


def engine_config_for(sim: SimConfig, **overrides) -> EngineConfig:
    """The engine settings a site would enter for this simulated camera."""
    ref = None
    if sim.blackbody:
        x, y, w, h = sim.blackbody_rect
        ref = ReferenceConfig(x=x, y=y, width=w, height=h, set_c=sim.blackbody_c)
    return EngineConfig(reference=ref, limit_c=sim.limit_c, **overrides)


def screen_simulation(sim_config: SimConfig, engine_config: EngineConfig | None = None) -> tuple[list[dict], list[Decision]]:
    sim = Simulator(sim_config)
    engine = Engine(sim_config.camera, engine_config or engine_config_for(sim_config), sim_config.model)
    decisions: list[Decision] = []
    for i, (celsius, flags, t) in enumerate(sim.frames()):
        decisions += engine.process(Frame(sim_config.camera, i, t, celsius, "sim", flags)).decisions
    decisions += engine.flush(sim.duration_s)
    return sim.truth(), decisions


#: A subject whose true estimate lies this close to the alarm level is "near" it: twice the
#: engine's mean canthus error on the simulator (about 0.02 °C, docs/simulator.md).
NEAR_LEVEL_C = 0.05


@dataclass
class IncidentScore:
    """What the subjects who met one incident got."""

    subjects: int = 0
    outcomes: Counter = field(default_factory=Counter)  # "normal", "elevated", "retry <reason>", "none"
    abs_errors: list[float] = field(default_factory=list)
    false_alarms: int = 0  # elevated, not should_alarm
    missed: int = 0  # should_alarm with a result that is not elevated
    forehead_used: int = 0  # results the engine gave both forehead readings to the model
    forehead_fallback: int = 0  # results without them: the canthus offset decided
    # The same two counts for subjects whose true estimate lies NEAR_LEVEL_C or more from the
    # alarm level: a reading within the engine's error of the truth may fall either side of
    # a level the truth just touches, which says nothing about a confounder.
    false_alarms_clear: int = 0
    missed_clear: int = 0

    @property
    def mae_c(self) -> float:
        return float(np.mean(self.abs_errors)) if self.abs_errors else float("nan")

    @property
    def max_error_c(self) -> float:
        return float(np.max(self.abs_errors)) if self.abs_errors else float("nan")


@dataclass
class Score:
    subjects: int = 0
    results: int = 0
    alarm_subjects: int = 0  # should_alarm subjects that got a result
    caught: int = 0
    other_results: int = 0
    false_alarms: int = 0
    abs_errors: list[float] = field(default_factory=list)
    # The engine's forehead readings against the truth, where both exist (°C)
    forehead_errors: list[float] = field(default_factory=list)
    forehead_max_errors: list[float] = field(default_factory=list)
    forehead_used: int = 0  # results whose decision carries both forehead readings
    forehead_fallback: int = 0  # results without them (the model fell back to the canthus offset)
    mismatches: list[str] = field(default_factory=list)  # subjects without exactly one fitting decision
    by_incident: dict[str, IncidentScore] = field(default_factory=dict)  # "none": subjects without one

    @property
    def result_rate(self) -> float:
        return self.results / self.subjects if self.subjects else 0.0

    @property
    def sensitivity(self) -> float:
        return self.caught / self.alarm_subjects if self.alarm_subjects else 1.0

    @property
    def false_alarm_rate(self) -> float:
        return self.false_alarms / self.other_results if self.other_results else 0.0

    @property
    def mae_c(self) -> float:
        return float(np.mean(self.abs_errors)) if self.abs_errors else float("nan")

    @property
    def forehead_mae_c(self) -> float:
        """Mean absolute error of the engine's forehead centre, where it and the truth's exist."""
        return float(np.mean(self.forehead_errors)) if self.forehead_errors else float("nan")

    @property
    def forehead_max_mae_c(self) -> float:
        """The same for the forehead maximum."""
        return float(np.mean(self.forehead_max_errors)) if self.forehead_max_errors else float("nan")

    def to_json(self) -> dict:
        return {
            "subjects": self.subjects, "results": self.results, "result_rate": round(self.result_rate, 4),
            "should_alarm_with_result": self.alarm_subjects, "caught": self.caught,
            "sensitivity": round(self.sensitivity, 4), "false_alarms": self.false_alarms,
            "false_alarm_rate": round(self.false_alarm_rate, 4), "canthus_mae_c": round(self.mae_c, 4),
            "forehead_mae_c": _r4(self.forehead_mae_c), "forehead_max_mae_c": _r4(self.forehead_max_mae_c),
            "forehead_used": self.forehead_used, "forehead_fallback": self.forehead_fallback,
            "mismatches": len(self.mismatches),
        }


def _r4(v: float) -> float | None:
    return None if math.isnan(v) else round(v, 4)  # NaN (nothing to average): None, which JSON can hold


def _reading(d: Decision, name: str) -> float | None:
    """A forehead reading of a decision (None before the engine measured foreheads)."""
    v = getattr(d, name, None)
    return None if v is None else float(v)


def score(truth: list[dict], decisions: list[Decision], slack_s: float = 1.0) -> Score:
    """Match decisions to subjects by time, then count.

    Subjects pass one after another (pairs together), so a decision belongs
    to the subject(s) in view at its time. Each subject must get exactly one
    decision (a pair, two); a non-result must name the reason its incident
    calls for (or, where none is, one of ``ALSO_ACCEPTED``); a result is scored
    on ``should_alarm`` and canthus error, and on the forehead readings the engine gave the
    oral model (error against the truth's where both exist; used vs fell back). ``by_incident`` breaks the outcomes
    down per incident, a subject counted under each of its incidents.
    """
    s = Score(subjects=len(truth))
    for group_t in sorted({(t["enter_t"], t["exit_t"]) for t in truth}):
        members = [t for t in truth if (t["enter_t"], t["exit_t"]) == group_t]
        got = [d for d in decisions if group_t[0] <= d.t <= group_t[1] + slack_s]
        if len(got) != len(members):
            s.mismatches.append(f"subjects {[m['subject'] for m in members]}: {len(got)} decisions")
        expected = {INCIDENTS[i] for m in members for i in m["incidents"] if INCIDENTS[i]}
        accepted = expected or {r for m in members for i in m["incidents"] for r in ALSO_ACCEPTED.get(i, ())}
        # Pairs: results are matched by nearest canthus reading
        ranked = sorted(got, key=lambda d: d.canthus_c if d.canthus_c is not None else -1)
        for j, m in enumerate(sorted(members, key=lambda m: m["canthus_c"])):
            d = ranked[j] if j < len(ranked) else None
            per = [s.by_incident.setdefault(i, IncidentScore()) for i in m["incidents"] or ["none"]]
            for p in per:
                p.subjects += 1
                p.outcomes["none" if d is None else d.verdict if d.verdict != "retry" else f"retry {d.reason}"] += 1
            if d is None:
                continue
            if d.verdict == "retry":
                if d.reason not in accepted:
                    s.mismatches.append(f"subject {m['subject']} {m['incidents']}: retry {d.reason}")
                continue
            if expected:
                s.mismatches.append(f"subject {m['subject']} {m['incidents']}: a result, expected {sorted(expected)}")
            s.results += 1
            err = abs(float(d.canthus_c) - m["canthus_c"])
            s.abs_errors.append(err)
            fc, fm = _reading(d, "forehead_c"), _reading(d, "forehead_max_c")
            used = fc is not None and fm is not None
            s.forehead_used += used
            s.forehead_fallback += not used
            if fc is not None and m.get("forehead_c") is not None:
                s.forehead_errors.append(abs(fc - m["forehead_c"]))
            if fm is not None and m.get("forehead_max_c") is not None:
                s.forehead_max_errors.append(abs(fm - m["forehead_max_c"]))
            elevated = d.verdict == "elevated"
            near = ("estimate_c" in m and "alarm_level_c" in m
                    and abs(m["estimate_c"] - m["alarm_level_c"]) < NEAR_LEVEL_C)
            for p in per:
                p.false_alarms_clear += elevated and not m["should_alarm"] and not near
                p.missed_clear += m["should_alarm"] and not elevated and not near
                p.abs_errors.append(err)
                p.forehead_used += used
                p.forehead_fallback += not used
                p.false_alarms += elevated and not m["should_alarm"]
                p.missed += m["should_alarm"] and not elevated
            if m["should_alarm"]:
                s.alarm_subjects += 1
                s.caught += elevated
            else:
                s.other_results += 1
                s.false_alarms += elevated
    return s
