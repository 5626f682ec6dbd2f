"""What real faces do, in the simulator (issue 10): each confounder looks as the kiosk
recordings say, and the engine gives the outcome the incident table asks for."""

from __future__ import annotations

import cv2
import numpy as np
import pytest

from app.core.config import EngineConfig
from app.sim import INCIDENTS, SimConfig, Simulator
from app.sim.entrance import (
    ALSO_ACCEPTED,
    CANTHUS_DX_MM,
    CONFOUNDERS,
    EYE_Y_MM,
    HEAD_H_MM,
    HEAD_W_MM,
)
from app.sim.scoring import score, screen_simulation

#: Confounders today's engine gets wrong, with what it does instead (strict xfails: a fix
#: must take its entry out). Close-ups cut by the frame and a hand holding a raised cup are
#: handled since issue #10; the fringe, added with the forehead model, is not.
ENGINE_FAILS: dict[str, str] = {
    "fringe": "a fringe down to 16-20 mm over the eye line is cold in the top of the glasses band "
              "(detection.GLASSES_TOP, 0.30 of the head box): every fringe gets 'retry glasses' instead of "
              "a result from the canthus offset. The kiosk's real fringes and combed hair (tko-0257, "
              "tko-1007) stay at or under 0.13 of the 0.20 threshold; a band from 0.41 lets every simulated "
              "fringe through but brings a plain kiosk face (20210331-131017) to 0.17-0.20, so it stays",
}


def _engine_may_fail(incident: str):
    if incident in ENGINE_FAILS:
        return pytest.param(incident, marks=pytest.mark.xfail(strict=True, reason=ENGINE_FAILS[incident]))
    return incident


def _sim(incident: str, seed: int = 4, arrivals: int = 1, **kw) -> Simulator:
    return Simulator(SimConfig(seed=seed, script=((incident,),) * arrivals, **kw))


def _frame_at(sim: Simulator, t: float) -> np.ndarray:
    return sim.render_celsius(round(t * sim.config.fps))[0].copy()


def _eye_row_and_canthus_col(sim: Simulator, t: float) -> tuple[int, int]:
    s = sim.subjects[0]
    q = sim._lean_q(s, t)
    x, top = sim._head_position(s, t, q)
    k = sim.config.px_per_mm * s.scale
    return round(top + EYE_Y_MM * k), round(x + CANTHUS_DX_MM * k)


# -- the simulator: each confounder is what the kiosk recordings show ---------------------

def test_every_confounder_is_an_incident_with_its_outcome():
    assert set(CONFOUNDERS) <= set(INCIDENTS)
    for name, reason in CONFOUNDERS.items():
        assert INCIDENTS[name] == reason
    assert set(ALSO_ACCEPTED) <= set(INCIDENTS)


def test_the_confounders_leave_every_other_draw_of_the_seed_as_it_was():
    old = frozenset(INCIDENTS) - set(CONFOUNDERS)
    for seed in (1, 2, 3):
        without = Simulator(SimConfig(people=200, seed=seed, incidents=old)).truth()
        with_ = Simulator(SimConfig(people=200, seed=seed)).truth()
        assert len(with_) == len(without) == 200
        added = 0
        for a, b in zip(without, with_):
            extra = [i for i in b["incidents"] if i not in a["incidents"]]
            # a fringe hides the forehead: the truth then has none, and decides as the offset
            hidden = {"forehead_c", "forehead_max_c", "estimate_c", "should_alarm"} if "fringe" in extra else set()
            assert ({k: v for k, v in a.items() if k not in {"incidents", *hidden}}
                    == {k: v for k, v in b.items() if k not in {"incidents", *hidden}})
            assert set(extra) <= set(CONFOUNDERS) and len(extra) <= 1
            added += bool(extra)
        assert added >= 10  # about 10 % of arrivals meet one


def test_same_seed_same_frames_with_every_confounder():
    script = tuple((name,) for name in CONFOUNDERS)
    a, b = (Simulator(SimConfig(seed=11, script=script)) for _ in range(2))
    frames = [a.render_celsius(i)[0].copy() for i in range(0, a.n_frames, 2)]
    assert all(np.array_equal(f, b.render_celsius(i)[0]) for f, i in zip(frames, range(0, b.n_frames, 2)))
    # drawn again after the sprites were dropped: the same pixels
    assert np.array_equal(a.render_celsius(2)[0], frames[1])


@pytest.mark.parametrize("seed", range(6))
def test_a_close_up_fills_the_frame_cut_by_its_edges_with_both_eyes_in(seed):
    sim = _sim("close_up", seed)
    s, c = sim.subjects[0], sim.config
    t = (s.stop_t + s.leave_t) / 2
    frame = _frame_at(sim, t)
    x, top = sim._head_position(s, t)
    k = c.px_per_mm * s.scale
    assert HEAD_W_MM * k >= 0.7 * c.width  # the head is at least 70 % of the frame's width
    assert top < 0 and top + HEAD_H_MM * k > c.height  # the top of the head and the chin are cut off
    skin = frame > s.canthus_c - 4.0
    assert skin[0].any() and skin[-1].any()  # face pixels touch the top and the bottom edges
    eye = round(top + EYE_Y_MM * k)
    for side in (-1, 1):  # both inner canthi in view, each as warm as the truth says
        col = round(x + side * CANTHUS_DX_MM * k)
        assert 0 <= eye < c.height and 0 <= col < c.width
        assert frame[eye - 1:eye + 2, col - 1:col + 2].max() > s.canthus_c - 0.4


def test_a_warm_neck_and_an_open_mouth_are_hotter_than_the_canthus():
    for name, rows_mm in (("warm_neck", (HEAD_H_MM * 0.93 + 5.0, HEAD_H_MM * 0.93 + 40.0)),
                          ("open_mouth", (EYE_Y_MM + 64.0, EYE_Y_MM + 76.0))):
        sim = _sim(name, netd_c=0.0)
        s, c = sim.subjects[0], sim.config
        t = (s.stop_t + s.leave_t) / 2
        frame = _frame_at(sim, t)
        x, top = sim._head_position(s, t)
        k = c.px_per_mm * s.scale
        region = frame[round(top + rows_mm[0] * k):round(top + rows_mm[1] * k), round(x - 20 * k):round(x + 20 * k)]
        eye, col = _eye_row_and_canthus_col(sim, t)
        canthus = frame[eye - 2:eye + 3, col - 2:col + 3].max() - sim.camera_offset_c(t)
        assert region.max() - sim.camera_offset_c(t) > canthus + 0.15, name


def test_a_head_leaning_in_grows_and_shows_a_warm_crown_then_straightens():
    sim = _sim("lean_in", seed=2, netd_c=0.0)
    s = sim.subjects[0]
    t0, t_full, t_back, t_end, scale = s.lean
    assert 1.3 < scale < 1.7 and s.stop_t <= t0 < t_full < t_back < t_end < s.leave_t
    upright, leaned, after = (_frame_at(sim, t) for t in (t0 - 0.05, (t_full + t_back) / 2, t_end + 0.2))
    def warm(f: np.ndarray) -> int:
        return int(np.count_nonzero(f > s.canthus_c - 2.5))

    assert warm(leaned) > 1.3 * warm(upright)
    assert abs(warm(after) - warm(upright)) < 0.05 * warm(upright)
    # the crown, above the eyes: as warm as skin now, hair before
    eye, _ = _eye_row_and_canthus_col(sim, (t_full + t_back) / 2)
    x = round(sim._head_position(s, t_full)[0])
    assert leaned[: max(1, eye // 3), x].max() > s.canthus_c - 0.6
    assert upright[: max(1, eye // 3), x].max() < s.canthus_c - 3.0


def test_a_raised_cup_reaches_the_mouth_and_is_the_hottest_thing_there():
    sim = _sim("cup_raised", seed=3)
    s, c = sim.subjects[0], sim.config
    cup_c, _, up_t, down_t = s.cup
    assert 55.0 <= cup_c <= 65.0 and s.stop_t - 0.5 < up_t < down_t <= s.leave_t
    raised = _frame_at(sim, (up_t + down_t) / 2 + 0.3)
    eye, _ = _eye_row_and_canthus_col(sim, (up_t + down_t) / 2 + 0.3)
    k = c.px_per_mm * s.scale
    hot_rows = np.flatnonzero((raised > 50.0).any(axis=1))
    assert hot_rows.size and eye < hot_rows[0] <= eye + 70 * k  # its rim just under the nose, below the eyes
    # lowered at the end: the cup is out of the frame below the chest
    assert not (_frame_at(sim, s.leave_t + 0.45) > 50.0).any()


def test_hot_pixels_are_isolated_one_sits_on_the_canthus():
    sim = _sim("hot_pixels", seed=5)
    s = sim.subjects[0]
    t = (s.stop_t + s.leave_t) / 2
    frame = _frame_at(sim, t)
    spots = sim._hot_pixels(s)
    assert len(spots) >= 6
    median = cv2.medianBlur(frame, 3)
    for r, col, dc in spots:
        assert 1.0 <= dc <= 2.5
        if 0 < r < frame.shape[0] - 1 and 0 < col < frame.shape[1] - 1:
            assert frame[r, col] - median[r, col] > 0.7
    assert all(max(abs(a[0] - b[0]), abs(a[1] - b[1])) >= 3 for i, a in enumerate(spots) for b in spots[i + 1:])
    eye, col = _eye_row_and_canthus_col(sim, s.stop_t + 0.01)
    assert max(abs(spots[0][0] - eye), abs(spots[0][1] - col)) <= 1
    gone = _frame_at(sim, s.exit_t + 0.5)  # the subject has left: so have the defects
    assert all(gone[r, col] - cv2.medianBlur(gone, 3)[r, col] < 0.5 for r, col, _ in spots)


# -- the engine on each confounder --------------------------------------------------------

@pytest.mark.parametrize("incident", [_engine_may_fail(n) for n in [*CONFOUNDERS, "open_mouth"]])
def test_each_confounder_gets_its_outcome_and_a_correct_canthus(incident):
    """30 arrivals with the incident, 30 % febrile, on two seeds: every subject gets exactly
    one decision; a result's canthus is within 0.15 °C of the truth; every should-alarm
    subject with a result alarms and nobody else does."""
    for seed in (1, 2):
        cfg = SimConfig(seed=seed, script=((incident,),) * 30, fever_rate=0.3)
        s = score(*screen_simulation(cfg))
        got = s.by_incident[incident]
        assert s.mismatches == [], (seed, s.mismatches[:5])
        allowed = {"normal", "elevated"} | {f"retry {r}" for r in ALSO_ACCEPTED.get(incident, ())}
        if INCIDENTS[incident] is not None:
            allowed = {f"retry {INCIDENTS[incident]}"}
        assert set(got.outcomes) <= allowed, (seed, got.outcomes)
        assert s.results >= 15  # most subjects are measured: the confounder is shrugged off
        assert got.max_error_c <= 0.15, (seed, got.max_error_c)
        # (every alarm and miss counts in the crowd figures, tests/test_crowd.py; here a subject
        # whose true estimate is within NEAR_LEVEL_C of the alarm level may go either way)
        assert got.false_alarms_clear == 0 and got.missed_clear == 0, (seed, got.false_alarms, got.missed)
        assert got.false_alarms + got.missed <= 1, (seed, got.false_alarms, got.missed)


def test_the_engine_settings_of_the_simulated_camera_are_the_defaults_but_the_reference():
    # The crowd figures hold for a site's default settings, not tuned ones.
    from app.sim.scoring import engine_config_for

    cfg = engine_config_for(SimConfig())
    assert cfg.model_dump(exclude={"reference"}) == EngineConfig().model_dump(exclude={"reference"})
