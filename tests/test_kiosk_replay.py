"""`canthus replay` options (rotation, reference set point and box, mm per pixel), the
reference source found automatically by the engine, and what the real kiosk recordings
give today: what already holds, and (xfail, strict) the targets of issue 10 not yet met."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from app.cli import main
from app.core.config import EngineConfig, ReferenceSearchConfig
from app.core.engine import Engine
from app.core.errors import CanthusError
from app.core.frame import Frame
from app.replay import replay, simulate_to_file
from app.sim import SimConfig

ANNOTATIONS = json.loads((Path(__file__).parent / "data" / "kiosk_annotations.json").read_text("utf-8"))["recordings"]
KIOSK = "feverscreen-kiosk"


# -- rotation ------------------------------------------------------------------------

@pytest.fixture(scope="module")
def sim_pair(tmp_path_factory):
    """A simulated entrance recorded upright, and the same frames stored on their side
    (turned 90° counter-clockwise, as a Lepton mounted on its side delivers them)."""
    from app.core.config import ReferenceConfig
    from app.core.recording import Recording, RecordingWriter
    from app.sources.orient import orient_box

    d = tmp_path_factory.mktemp("rot")
    upright = d / "upright.h5"
    cfg = SimConfig(width=384, height=288, people=4, seed=5, incidents=frozenset(), fever_rate=0.25)
    simulate_to_file(upright, cfg, compression="lzf")
    side = d / "side.h5"
    with Recording(upright) as rec:
        r = rec.reference
        x, y, w, h = orient_box(r.x, r.y, r.width, r.height, rec.shape, 270)
        ref = ReferenceConfig(x=x, y=y, width=w, height=h, set_c=r.set_c)
        with RecordingWriter(side, camera=rec.camera, shape=rec.shape[::-1], encoding="y16_centikelvin",
                             fps=rec.fps, source="test", reference=ref,
                             calibration={"y16_kelvin_per_count": 0.01}, compression="lzf") as out:
            for fr in rec.frames():
                out.append(np.ascontiguousarray(np.rot90(fr.raw, 1)), fr.t, fr.flags)
    return upright, side


def _decisions(paths, **kw) -> list[dict]:
    out: list[dict] = []
    replay(paths, None, lambda d: out.append(d.to_json()), **kw)
    return out


def test_rotate_restores_the_upright_recording_and_points_are_in_the_rotated_frame(sim_pair):
    upright, side = sim_pair
    want = _decisions([upright])
    assert sum(d["verdict"] != "retry" for d in want) >= 3  # people were measured
    got = _decisions([side], rotate=90)
    strip = lambda ds: [{k: v for k, v in d.items() if k != "t"} for d in ds]  # noqa: E731
    assert strip(got) == strip(want)
    # unturned, the sideways heads are other shapes in other places: not the same decisions
    assert strip(_decisions([side])) != strip(want)
    for d in got:
        if d["point"] is not None:
            x, y = d["point"]
            assert 0 <= x < 384 and 0 <= y < 288  # the upright frame, not the 288x384 sensor


def test_replay_refuses_a_bad_rotation_and_a_box_without_a_set_point(sim_pair, capsys):
    upright, _ = sim_pair
    with pytest.raises(CanthusError, match="0, 90, 180 or 270"):
        replay([upright], rotate=45)
    with pytest.raises(CanthusError, match="set point"):
        replay([upright], reference_box=(1, 1, 4, 4))
    assert main(["replay", str(upright), "--reference-box", "1,1,4,4"]) != 0
    assert "--reference-c" in capsys.readouterr().err
    assert main(["replay", str(upright), "--reference-box", "380,1,8,8", "--reference-c", "35"]) != 0
    err = capsys.readouterr().err
    assert "leaves the 384x288 picture" in err and "Traceback" not in err
    for bad in (["--rotate", "45"], ["--reference-box", "1,2,3"], ["--reference-c", "80"],
                ["--max-mm-per-px", "0"]):
        assert main(["replay", str(upright), *bad]) != 0
        err = capsys.readouterr().err
        assert bad[0] in err and "Traceback" not in err


def test_max_mm_per_px_lets_a_small_head_be_measured(sim_pair):
    upright, _ = sim_pair
    # 150 mm heads at 1 mm/px need 150 px: at 384x288 the simulated heads are smaller
    strict = _decisions([upright], rotate=0)
    coarse: list[dict] = []
    replay([upright], EngineConfig(max_mm_per_px=0.5), lambda d: coarse.append(d.to_json()))
    assert any(d["reason"] == "too_far" for d in coarse)
    assert sum(d["reason"] == "too_far" for d in coarse) > sum(d["reason"] == "too_far" for d in strict)


# -- the reference found automatically -------------------------------------------------

def _scene(disc_at=(30, 20), disc_c=36.0, shape=(120, 160), seed=0) -> np.ndarray:
    rng = np.random.default_rng(seed)
    img = (22.0 + 0.05 * rng.standard_normal(shape)).astype(np.float32)
    x, y = disc_at
    yy, xx = np.mgrid[: shape[0], : shape[1]]
    img[(xx - x) ** 2 + (yy - y) ** 2 <= 16] = disc_c
    return img


def _run(engine: Engine, frames, t0=0.0, dt=0.1):
    results = []
    for i, img in enumerate(frames):
        results.append(engine.process(Frame("c", i, t0 + i * dt, img)))
    return results


def test_engine_finds_the_source_then_corrects_with_it_and_locks_out_when_it_moves():
    search = ReferenceSearchConfig(set_c=36.2, history_frames=10, recheck_s=5.0)
    engine = Engine("c", EngineConfig(reference_search=search))
    first = _run(engine, [_scene(seed=i) for i in range(10)])
    assert all(r.camera_state == "no_reference" for r in first)
    assert "looking for the reference" in first[0].detail
    assert engine.reference_box is not None
    x, y, w, h = engine.reference_box
    assert x <= 30 < x + w and y <= 20 < y + h
    live = _run(engine, [_scene(seed=20 + i) for i in range(5)], t0=1.0)
    assert {r.camera_state for r in live} == {"live"}
    assert live[-1].reference_offset_c == pytest.approx(0.2, abs=0.02)
    # drift past the tolerance: locked out, as with a typed box
    assert _run(engine, [_scene(disc_c=35.5)], t0=1.6)[0].camera_state == "reference_drift"
    # vanished (cold where it was): no reference
    assert _run(engine, [_scene(disc_c=22.0)], t0=1.7)[0].camera_state == "no_reference"
    # the next check (after recheck_s) finds it 6 px to the right: locked out, not adopted
    moved = _run(engine, [_scene(disc_at=(36, 20), seed=40 + i) for i in range(12)], t0=6.0)
    assert moved[-1].camera_state == "no_reference" and "moved" in moved[-1].detail
    back = _run(engine, [_scene(seed=60 + i) for i in range(3)], t0=8.0)
    assert {r.camera_state for r in back} == {"no_reference"}  # until a person restarts the camera


def test_unknown_set_point_finds_the_source_but_never_measures():
    engine = Engine("c", EngineConfig(reference_search=ReferenceSearchConfig(history_frames=5)))
    results = _run(engine, [_scene(seed=i) for i in range(8)])
    assert engine.reference_box is not None
    assert {r.camera_state for r in results} == {"no_reference"}
    assert "temperature unknown" in results[-1].detail
    assert all(r.reference_offset_c is None for r in results)


def test_a_source_hidden_during_the_search_is_looked_for_again():
    engine = Engine("c", EngineConfig(reference_search=ReferenceSearchConfig(set_c=36.0, history_frames=5)))
    hidden = _run(engine, [_scene(disc_c=22.0, seed=i) for i in range(6)])
    assert engine.reference_box is None and hidden[-1].camera_state == "no_reference"
    assert "not found yet" in hidden[-1].detail
    # the next history still holds a hidden frame; the one after is clear
    _run(engine, [_scene(seed=10 + i) for i in range(9)], t0=1.0)
    assert engine.reference_box is not None


def test_simulated_blackbody_found_without_its_box(tmp_path):
    """A recording without a stored box, replayed with only the set point: the engine
    finds the simulator's blackbody and people are measured."""
    cfg = SimConfig(width=384, height=288, people=3, seed=2, incidents=frozenset())
    from app.sim import Simulator

    sim = Simulator(cfg)
    engine = Engine("sim", EngineConfig(reference_search=ReferenceSearchConfig(set_c=cfg.blackbody_c)))
    decisions = []
    for i, (c, flags, t) in enumerate(sim.frames()):
        decisions += engine.process(Frame("sim", i, t, c, "sim", flags)).decisions
    decisions += engine.flush(sim.duration_s)
    assert engine.reference_box == cfg.blackbody_rect
    assert sum(d.verdict == "normal" for d in decisions) >= 2


# -- the real kiosk recordings -----------------------------------------------------------

def _kiosk_files(shared_data: Path) -> list[Path]:
    pytest.importorskip("cptv")
    files = sorted(p for p in (shared_data / KIOSK).glob("*.cptv") if p.name != "coffee.cptv")
    assert len(files) == 20
    return files


def _iou(a, b) -> float:
    ax, ay, aw, ah = a
    bx, by, bw, bh = b
    iw = max(0, min(ax + aw, bx + bw) - max(ax, bx))
    ih = max(0, min(ay + ah, by + bh) - max(ay, by))
    return iw * ih / (aw * ah + bw * bh - iw * ih)


def test_disc_found_in_every_kiosk_recording_without_a_box(shared_data):
    from app.replay import _file_reference
    from app.sources.files import open_file_frames
    from app.sources.orient import orient

    for path in _kiosk_files(shared_data):
        rec = open_file_frames(path)
        cfg, note = _file_reference(rec, EngineConfig(max_mm_per_px=6.0), 90, None, 36.6)
        assert note is None and cfg.reference is None and cfg.reference_search.set_c == 36.6
        engine = Engine(rec.camera, cfg)
        for frame in rec.frames():
            frame.raw = orient(frame.raw, 90)
            engine.process(frame)
        rec.close()
        assert engine.reference_box is not None, f"{path.name}: {engine.reference_note}"
        if path.name in ANNOTATIONS:
            assert _iou(engine.reference_box, ANNOTATIONS[path.name]["disc_box"]) >= 0.7, path.name


def test_kiosk_without_a_set_point_says_the_reference_temperature_is_unknown(shared_data, capsys):
    path = next(p for p in _kiosk_files(shared_data) if p.name.startswith("fs-1204-816640"))
    assert main(["replay", str(path), "--rotate", "90", "--max-mm-per-px", "6", "--json"]) == 0
    out, err = capsys.readouterr()
    lines = [json.loads(x) for x in out.splitlines()]
    decisions = [d for d in lines if "verdict" in d]
    assert decisions and all(d["verdict"] == "retry" and d["reason"] == "no_reference" for d in decisions)
    assert all(d["canthus_c"] is None and d["estimate_c"] is None for d in decisions)
    assert err.count("\n") == 1 and "reference temperature unknown" in err and "--reference-c" in err
    assert "reference temperature unknown" in lines[-1]["summary"]["notes"][0]
    # with the set point, the same recording is measured
    assert main(["replay", str(path), "--rotate", "90", "--max-mm-per-px", "6", "--reference-c", "36.6",
                 "--json"]) == 0
    out, err = capsys.readouterr()
    assert err == ""
    assert any(json.loads(x).get("canthus_c") is not None for x in out.splitlines())


# -- the evaluation (tests/bench/eval_kiosk.py): what holds today, and issue 10's targets ----

@pytest.fixture(scope="module")
def kiosk_rows():
    from tests.conftest import SHARED_DATA

    if not (SHARED_DATA / KIOSK).is_dir():
        pytest.skip(f"real data folder {SHARED_DATA / KIOSK} is absent")
    pytest.importorskip("cptv")
    from tests.bench.eval_kiosk import evaluate

    return {r["file"]: r for r in evaluate(SHARED_DATA)}


def _measured(row) -> list[dict]:
    return [d for d in row["decisions"] if d["verdict"] != "retry"]


def test_eval_covers_every_recording_and_finds_every_disc(kiosk_rows):
    assert len(kiosk_rows) == 20
    for name, r in kiosk_rows.items():
        assert r["reference_box"] is not None, name
        if name in ANNOTATIONS:
            assert _iou(r["reference_box"], ANNOTATIONS[name]["disc_box"]) >= 0.7, name


def test_no_set_point_no_temperature(kiosk_rows):
    unknown = [r for r in kiosk_rows.values() if r["set_c"] is None]
    assert len(unknown) >= 5  # the recordings of devices the README does not list
    for r in unknown:
        assert r["decisions"] and all(d["reason"] == "no_reference" and d["canthus_c"] is None
                                      for d in r["decisions"]), r["file"]
        assert len(r["notes"]) == 1 and "reference temperature unknown" in r["notes"][0]


def test_empty_scene_and_far_person_give_no_result(kiosk_rows):
    for name in ("20210326-091927.cptv", "20210326-110819.cptv"):
        assert not _measured(kiosk_rows[name]), name


def test_every_measurement_is_in_the_upright_frame_on_a_person(kiosk_rows):
    for r in kiosk_rows.values():
        for d in _measured(r):
            x, y = d["point"]
            assert 0 <= x < 120 and 0 <= y < 160
            assert 30.0 <= d["canthus_c"] <= 38.0  # skin, never the disc's box or the room


def test_nobody_is_elevated(kiosk_rows):
    assert not [r["file"] for r in kiosk_rows.values() if any(d["verdict"] == "elevated" for d in r["decisions"])]


def test_a_coarse_camera_is_decided_by_the_canthus_offset(kiosk_rows):
    # At 6 mm per pixel the forehead disc is 2-3 px in radius, under FOREHEAD_MIN_RADIUS_PX:
    # no forehead reading, and the shipped model answers as the canthus offset.
    measured = [d for r in kiosk_rows.values() for d in _measured(r)]
    assert len(measured) >= 6
    for d in measured:
        assert d["forehead_missing"] == "too_small" and not d["forehead_used"], d
        assert d["estimate_c"] == d["offset_estimate_c"]


def test_on_real_faces_the_forehead_is_found_on_bare_foreheads_and_not_under_a_cap(monkeypatch):
    # The geometry on real faces, with the disc allowed down to 2 px: every measured person's
    # forehead is read, within the FDA table's relation to the canthus, but the man in a cap
    # pulled low, whose disc falls on the cap (4 °C under his canthus): "covered".
    from app.core import detection
    from tests.bench.eval_kiosk import evaluate
    from tests.conftest import SHARED_DATA

    if not (SHARED_DATA / KIOSK).is_dir():
        pytest.skip(f"real data folder {SHARED_DATA / KIOSK} is absent")
    pytest.importorskip("cptv")
    monkeypatch.setattr(detection, "FOREHEAD_MIN_RADIUS_PX", 2.0)
    used = covered = 0
    for r in evaluate(SHARED_DATA):
        for d in _measured(r):
            if ANNOTATIONS.get(r["file"], {}).get("hat"):
                assert d["forehead_missing"] == "covered" and d["estimate_c"] == d["offset_estimate_c"], d
                covered += 1
            else:
                assert d["forehead_used"], (r["file"], d)
                assert -2.0 <= d["forehead_c"] - d["canthus_c"] <= -0.1, (r["file"], d)
                used += 1
    assert covered == 1 and used >= 6


CLOSE_FRONTAL = ("20210401-142114.cptv", "fs-1204-816640-2021-03-31T22_06_52.000Z.cptv",
                 "fs-1204-816674-2021-04-01T00_46_43.265Z.cptv")


def test_close_frontal_faces_are_measured_at_the_inner_canthus(kiosk_rows):
    for name in CLOSE_FRONTAL:
        m = _measured(kiosk_rows[name])
        assert m, f"{name}: no measurement"
        assert all(d["distance_px"] is not None and d["distance_px"] <= 3.0 for d in m), (name, m)


def test_one_person_is_never_multiple_people(kiosk_rows):
    for name, r in kiosk_rows.items():
        if ANNOTATIONS.get(name, {}).get("people") == 1 and r["set_c"] is not None:
            assert not any(d["reason"] == "multiple_people" for d in r["decisions"]), name


def test_glasses_give_glasses(kiosk_rows):
    with_set_point = [r for r in kiosk_rows.values() if r["glasses"] and r["set_c"] is not None
                      and r["first_correction_c"] is not None]
    assert with_set_point
    for r in with_set_point:
        assert not _measured(r), r["file"]
        assert any(d["reason"] == "glasses" for d in r["decisions"]), r["file"]


@pytest.mark.xfail(strict=True, reason="issue 10: coffee.cptv is a non-radiometric Lepton 3 and is refused. A "
                   "locate-only path on its counts would not show it either: the person mask (room + 3 °C) and the "
                   "hot-object cut (40 °C) have no scale on raw counts, and its face is 12-22 px wide (too far at "
                   "6 mm/px, which needs 25 px; no canthi in any annotated frame) until the top edge cuts it, so there "
                   "is no eye region to find. The cup at the face is held by the simulator's hot_drink and cup_raised "
                   "subjects (tests/test_crowd.py)")
def test_the_hot_cup_is_never_the_measurement(shared_data):
    import cptv

    path = shared_data / KIOSK / "coffee.cptv"
    with open(path, "rb") as f:
        frames = [np.asarray(fr.pix, dtype=np.float64) for fr in cptv.CPTVReader(f)]
    decisions: list = []
    replay([path], EngineConfig(max_mm_per_px=6.0), decisions.append)
    for d in decisions:
        if d.point is not None and d.seq < 24:  # the cup is the hottest object in frames 0-23
            img = frames[d.seq]
            x, y = d.point
            assert img[y, x] < np.percentile(img, 99.5), d
    assert decisions
