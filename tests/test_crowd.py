"""The issue's acceptance figures on simulated crowds (>= 200 people, 10 % febrile, all incidents).

Issue 10's figure: on the simulator's real-face confounders too, the canthus error stays
<= 0.15 °C, sensitivity >= 0.98 on should-alarm subjects and false alarms <= 2 %. A seed's
crowd takes about 10 s on one core of the 2-core CI machine.
"""

from __future__ import annotations

import pytest

from app.sim import INCIDENTS, SimConfig
from app.sim.entrance import CONFOUNDERS
from app.sim.scoring import score, screen_simulation
from tests.test_sim_confounders import ENGINE_FAILS


def _check(s, incidents: frozenset[str]) -> None:
    assert s.subjects == 200
    assert s.mismatches == []  # every subject: one decision; each non-result names its incident
    assert s.result_rate >= 0.80
    assert s.sensitivity >= 0.98
    assert s.false_alarm_rate <= 0.02
    assert s.mae_c <= 0.15
    assert s.alarm_subjects >= 10  # enough should-alarm subjects for the sensitivity to mean something
    for name in incidents & set(CONFOUNDERS):  # each confounder met, and its canthus right
        got = s.by_incident.get(name)
        assert got is not None and got.subjects >= 1, name
        assert not got.abs_errors or got.max_error_c <= 0.15, (name, got.max_error_c)


@pytest.mark.slow
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_simulated_crowd_meets_the_targets(seed):
    # Every incident, the real-face confounders included, but any ENGINE_FAILS still names
    # (none today): these figures must not slip while the engine learns the rest.
    incidents = frozenset(INCIDENTS) - set(ENGINE_FAILS)
    truth, decisions = screen_simulation(SimConfig(people=200, fever_rate=0.10, seed=seed, incidents=incidents))
    _check(score(truth, decisions), incidents)
