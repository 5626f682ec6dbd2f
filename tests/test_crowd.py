"""The issue's acceptance figures on simulated crowds (>= 200 people, 10 % febrile, all incidents)."""

from __future__ import annotations

import pytest

from app.sim import SimConfig
from app.sim.scoring import score, screen_simulation


@pytest.mark.slow
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_simulated_crowd_meets_the_targets(seed):
    truth, decisions = screen_simulation(SimConfig(people=200, fever_rate=0.10, seed=seed))
    s = score(truth, decisions)
    assert s.subjects == 200
    assert s.mismatches == []  # every subject: one decision; each non-result names its incident
    assert s.result_rate >= 0.80
    assert s.sensitivity >= 0.98
    assert s.false_alarm_rate <= 0.02
    assert s.mae_c <= 0.15
    assert s.alarm_subjects >= 10  # enough should-alarm subjects for the sensitivity to mean something
