"""The simulator's truth file lists exactly the people in the recording it goes with."""

from __future__ import annotations

import json
import math

import pytest

from app.cli import main
from app.replay import simulate_to_file, truth_path
from app.sim import SimConfig, SimConfigError, Simulator
from app.sim.entrance import SLOT_S


def test_too_many_people_for_the_duration_is_refused_with_what_fits():
    # The case: 240 people in 900 s; before, 157 were filmed and 240 listed.
    with pytest.raises(SimConfigError) as err:
        Simulator(SimConfig(people=240, seconds=900))
    msg = str(err.value)
    assert "240 people do not fit in 900 s" in msg
    assert f"at most {math.floor(900 / SLOT_S)} people" in msg
    assert f"at least {math.ceil(240 * SLOT_S)} s" in msg


@pytest.mark.parametrize("seed", range(8))
@pytest.mark.parametrize("people", [1, 2, 9, 40])
def test_the_suggested_duration_always_fits_everyone(seed, people):
    seconds = math.ceil(people * SLOT_S)
    sim = Simulator(SimConfig(people=people, seconds=seconds, seed=seed))
    assert len(sim.truth()) == people
    assert all(0.0 < s.enter_t and s.exit_t <= seconds for s in sim.subjects)


def test_written_truth_matches_the_recording(tmp_path):
    cfg = SimConfig(width=160, height=120, fps=3.0, people=6, seconds=6 * SLOT_S, seed=4)
    out = tmp_path / "sim.h5"
    info = simulate_to_file(out, cfg, compression=None)
    truth = json.loads(truth_path(out).read_text(encoding="utf-8"))
    assert info["subjects"] == len(truth) == 6
    end = info["seconds"]
    assert info["frames"] == math.floor(end * cfg.fps)
    # Everyone listed walked in and out while the camera was recording.
    assert all(0.0 < p["enter_t"] < p["exit_t"] <= end for p in truth)
    assert [p["subject"] for p in truth] == list(range(1, 7))


def test_cli_refuses_in_one_line_and_writes_nothing(tmp_path, capsys):
    out = tmp_path / "crowd.h5"
    rc = main(["simulate", str(out), "--people", "240", "--seconds", "900"])
    err = capsys.readouterr().err
    assert rc != 0
    assert err.count("\n") == 1 and "240 people do not fit in 900 s" in err
    assert not out.exists() and not truth_path(out).exists()
