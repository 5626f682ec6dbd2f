"""The command line: simulate → replay round trip, calibrate, and every bad input."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import h5py
import numpy as np
import pytest

from app.cli import main


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "app", *args], capture_output=True, text=True, timeout=120)


@pytest.fixture(scope="module")
def recording(tmp_path_factory):
    path = tmp_path_factory.mktemp("rec") / "entrance.h5"
    assert main(["simulate", str(path), "--people", "6", "--seed", "5", "--size", "384x288", "--fps", "9",
                 "--incidents", "none", "--compression", "none"]) == 0
    return path


def test_simulate_writes_recording_and_truth(recording):
    truth = json.loads((recording.parent / (recording.name + ".truth.json")).read_text())
    assert len(truth) == 6
    keys = {"subject", "camera", "enter_t", "exit_t", "core_c", "canthus_c", "forehead_c", "forehead_max_c",
            "room_c", "estimate_c", "alarm_level_c", "febrile", "should_alarm", "incidents"}
    assert all(set(t) == keys for t in truth)
    with h5py.File(recording) as f:
        assert f.attrs["format"] == "canthus-recording"
        assert f["raw"].dtype == np.uint16 and f["raw"].shape[1:] == (288, 384)
        assert np.all(np.diff(f["t"][:]) > 0)


def test_replay_json_lines_and_summary(recording, capsys):
    assert main(["replay", str(recording), "--json"]) == 0
    lines = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    decisions, summary = lines[:-1], lines[-1]["summary"]
    truth = json.loads((recording.parent / (recording.name + ".truth.json")).read_text())
    assert len(decisions) == len(truth) == summary["decisions"]
    for d, t in zip(decisions, truth):
        assert {"camera", "subject", "t", "canthus_c", "estimate_c", "verdict", "reason"} <= set(d)
        assert t["enter_t"] <= d["t"] <= t["exit_t"]
        assert d["verdict"] == ("elevated" if t["should_alarm"] else "normal")
        assert d["canthus_c"] == pytest.approx(t["canthus_c"], abs=0.1)
    assert summary["frames"] > 0 and summary["frames_per_second"] > 0


def test_replay_table(recording, capsys, tmp_path):
    assert main(["replay", str(recording)]) == 0
    out = capsys.readouterr().out
    assert "verdict" in out and "decisions" in out
    assert main(["replay", str(tmp_path / "gone.h5")]) == 2  # one error line, no table header before it
    out, err = capsys.readouterr()
    assert out == "" and err.count("\n") == 1 and "gone.h5" in err


def test_calibrate_on_plain_pairs(tmp_path, capsys):
    rng = np.random.default_rng(0)
    oral = np.concatenate([rng.normal(36.9, 0.3, 150), rng.uniform(37.7, 39.0, 30)])
    skin = oral - 1.3 + rng.normal(0, 0.2, oral.size)
    csv = tmp_path / "pairs.csv"
    csv.write_text("camera,thermometer\n" + "".join(f"{s:.2f},{o:.2f}\n" for s, o in zip(skin, oral)))
    assert main(["calibrate", str(csv), "--skin-column", "camera", "--reference-column", "thermometer", "--fit"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["current"]["n"] == 180 and report["current"]["positives"] == 30
    assert 0.9 < report["current"]["auc"] <= 1.0
    assert "cross_validated" in report["fitted"]
    assert report["fitted"]["model"]["offset_c"] == pytest.approx(1.3, abs=0.1)


def test_installed_canthus_calibrate_on_the_fda_table(shared_data):
    """The installed command (not an import in this process) on the real table: catches an
    undeclared dependency of calibration, as scipy once was."""
    import shutil

    exe = shutil.which("canthus", path=str(Path(sys.executable).parent)) or shutil.which("canthus")
    if exe is None:
        pytest.fail("the canthus command is not installed: pip install -e '.[test]'")
    table = shared_data / "fda-facial-oral-temperature" / "FLIR_groups1and2.csv"
    p = subprocess.run([exe, "calibrate", str(table), "--skin-column", "canthiMax1", "--reference-column",
                        "aveOralM", "--fit"], capture_output=True, text=True, timeout=300)
    assert p.returncode == 0, p.stderr[-2000:]
    report = json.loads(p.stdout)
    assert report["n"] == 1003 and report["skipped"] == 17
    assert report["current"]["auc"] == pytest.approx(0.973, abs=0.001)


def bad(capsys, *args) -> str:
    code = main(list(args)) if args[0] != "--nonsense" else None
    err = capsys.readouterr().err
    assert code == 2
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    return err


def test_bad_inputs_give_one_line_and_exit_2(tmp_path, recording, capsys):
    missing = tmp_path / "nope.h5"
    assert "no such file" in bad(capsys, "replay", str(missing))

    garbage = tmp_path / "garbage.h5"
    garbage.write_bytes(b"this is not hdf5" * 100)
    assert "not an HDF5 recording" in bad(capsys, "replay", str(garbage))

    truncated = tmp_path / "truncated.h5"
    truncated.write_bytes(recording.read_bytes()[: recording.stat().st_size // 2])
    assert "truncated" in bad(capsys, "replay", str(truncated))

    nan = tmp_path / "nan.h5"
    from app.core.recording import RecordingWriter

    with RecordingWriter(nan, camera="c", shape=(24, 32), encoding="celsius") as w:
        w.append(np.full((24, 32), 22.0, np.float32), 0.0)
        frame = np.full((24, 32), 22.0, np.float32)
        frame[3, 4] = np.nan
        w.append(frame, 0.1)
    assert "frame 1" in (err := bad(capsys, "replay", str(nan))) and "NaN" in err

    wrong_shape = tmp_path / "shape.h5"
    with h5py.File(wrong_shape, "w") as f:
        f.attrs.update(format="canthus-recording", format_version=1, encoding="celsius")
        f["raw"] = np.zeros((3, 5), np.float32)
        f["t"] = np.zeros(3)
        f["flags"] = np.zeros(3, np.uint8)
    assert "shape" in bad(capsys, "replay", str(wrong_shape))

    csv = tmp_path / "pairs.csv"
    csv.write_text("a,b\n35.1,37.0\n")
    assert "skin" in bad(capsys, "calibrate", str(csv), "--skin-column", "skin", "--reference-column", "b")
    assert "--size" in bad(capsys, "simulate", str(tmp_path / "x.h5"), "--size", "big")
    assert "--fever-rate" in bad(capsys, "simulate", str(tmp_path / "x.h5"), "--fever-rate", "2")
    assert "limit" in bad(capsys, "replay", str(recording), "--limit", "37.75")
    assert "incident" in bad(capsys, "simulate", str(tmp_path / "x.h5"), "--incidents", "sneezing")


def test_unknown_option_is_one_line_in_a_real_process():
    p = run("replay", "x.h5", "--frobnicate")
    assert p.returncode == 2
    assert len(p.stderr.strip().splitlines()) == 1
    assert "--frobnicate" in p.stderr and "Traceback" not in p.stderr


def test_headless_demo_site():
    p = run("--headless")
    assert p.returncode == 0, p.stderr
    assert "demo site" in p.stdout and "decisions" in p.stdout
    assert p.stderr == ""


def test_supervisor_pin_is_set_then_changed_only_with_the_current_one(tmp_path, monkeypatch, capsys):
    import io

    from app.store import open_store

    d = str(tmp_path / "store")

    def pin(stdin: str) -> int:
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
        return main(["--data-dir", d, "supervisor-pin", "--who", "Site admin", "--stdin"])

    assert pin("482913\n") == 0
    assert pin("000000\n123456\n") == 2  # wrong current PIN
    assert "wrong" in capsys.readouterr().err
    assert pin("482913\n771144\n") == 0
    store = open_store(tmp_path / "store")
    try:
        assert store.check_supervisor_pin("771144") and not store.check_supervisor_pin("482913")
        assert store.verify()[0]
    finally:
        store.close()
    assert pin("771144\n1\n") == 2  # too short: refused, one line
    # --data-dir after the command too, as settings, report and audit take it
    monkeypatch.setattr("sys.stdin", io.StringIO("771144\n246813\n"))
    assert main(["supervisor-pin", "--who", "Site admin", "--stdin", "--data-dir", d]) == 0
    with open_store(tmp_path / "store") as again:
        assert again.check_supervisor_pin("246813")
