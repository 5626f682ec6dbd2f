"""``canthus --selftest``: the check every packaging step runs, in the console's real setup."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from app.core.errors import CanthusError
from app.selftest import KNOWN_PEOPLE, run_selftest

ALL_CHECKS = ["resources", "camera kinds", "codecs", "engine", "recording", "store", "display", "console", "tiles", "screenshot", "close"]


def read_report(folder):
    return json.loads((folder / "report.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("renderer, wall", [("gpu", "GPU (vispy)"), ("cpu", "CPU (pyqtgraph)")])
def test_selftest_passes_and_writes_its_report_and_screenshot(qapp, tmp_path, capsys, renderer, wall):
    from PySide6.QtGui import QImage

    out = tmp_path / "selftest"
    key_dir = os.environ.get("CANTHUS_KEY_DIR")
    assert run_selftest(out, renderer=renderer) == 0
    assert os.environ.get("CANTHUS_KEY_DIR") == key_dir  # its throw-away key folder is not left behind
    printed = capsys.readouterr()
    assert "selftest passed" in printed.out and printed.err == ""
    report = read_report(out)
    checks = {c["name"]: c for c in report["checks"]}
    assert [c["name"] for c in report["checks"]] == ALL_CHECKS
    assert report["ok"] and all(c["ok"] for c in checks.values()), checks
    assert report["wall"].startswith(wall)
    assert checks["engine"]["detail"].startswith("elevated (canthus") and ", normal (canthus" in checks["engine"]["detail"]
    assert "an edited decision is caught: FAILED at record" in checks["store"]["detail"]
    assert "4 tiles drew their first frame" in checks["tiles"]["detail"]
    assert report["frozen"] is False
    assert {"python", "PySide6", "qt", "vispy", "numpy"} <= report["versions"].keys()
    if renderer == "gpu":
        assert report["gl"]["ok"] and report["gl"]["renderer"] and report["gl"]["vendor"]
        assert report["gl"]["renderer"] in report["wall"]  # the wall names the GL it drew with
    shot = QImage(str(out / "screenshot.png"))
    assert not shot.isNull() and shot.width() >= 800 and shot.height() >= 500
    colours = {shot.pixel(x, y) for x in range(0, shot.width(), 7) for y in range(0, shot.height(), 7)}
    assert len(colours) > 50  # tiles, text and scale bars, not a blank window


def test_every_failing_check_is_a_line_and_the_others_still_run(qapp, tmp_path, capsys, monkeypatch):
    missing = tmp_path / "gone" / "alarm.wav"
    monkeypatch.setattr("app.ui.sound.ALARM_WAV", missing)  # a bundle without its data

    def broken_engine(*_a, **_k):
        raise RuntimeError("engine exploded")

    monkeypatch.setattr("app.sim.scoring.screen_simulation", broken_engine)

    def no_display():
        raise CanthusError("no display to open the console on (DISPLAY is not set)")

    monkeypatch.setattr("app.ui.app._check_display", no_display)
    out = tmp_path / "selftest"
    assert run_selftest(out) == 1
    printed = capsys.readouterr()
    assert "Traceback" not in printed.out + printed.err
    checks = {c["name"]: c for c in read_report(out)["checks"]}
    assert list(checks) == ["resources", "camera kinds", "codecs", "engine", "recording", "store", "display"]  # no console without a display
    assert {n for n, c in checks.items() if c["ok"]} == {"camera kinds", "codecs", "recording"}
    assert checks["resources"]["detail"] == f"the alarm sound {missing} is missing"
    assert checks["engine"]["detail"].startswith("RuntimeError: engine exploded (at test_selftest.py:")
    assert checks["store"]["detail"] == "no elevated decision to store (the engine check failed)"
    assert checks["display"]["detail"].startswith("no display to open the console on")
    for name in ("resources", "engine", "store", "display"):
        assert f"FAIL  {name}: {checks[name]['detail']}" in printed.err
    assert "selftest FAILED" in printed.err
    assert not (out / "screenshot.png").exists()


def test_a_wrong_verdict_fails_the_engine_check(tmp_path, monkeypatch, capsys):
    from app.selftest import check_engine, CheckFailed

    monkeypatch.setattr("app.selftest.KNOWN_PEOPLE", tuple((c, "normal") for c, _ in KNOWN_PEOPLE))
    with pytest.raises(CheckFailed, match=r"expected verdicts \['normal', 'normal'\].*got \['elevated', 'normal'\]"):
        check_engine([])


def test_a_camera_kind_missing_from_the_bundle_fails_its_check(monkeypatch):
    from app.selftest import CheckFailed, check_camera_kinds

    monkeypatch.setitem(__import__("app.sources.registry", fromlist=["KINDS"]).KINDS, "uvc",
                        ("app.sources.not_bundled", "UvcSettings"))
    with pytest.raises(CheckFailed, match=r"camera kind 'uvc': app\.sources\.not_bundled\.UvcSettings cannot be loaded"):
        check_camera_kinds()


def test_a_report_folder_that_cannot_be_made_is_one_line(tmp_path, capsys):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    assert run_selftest(blocker / "selftest") == 1
    err = capsys.readouterr().err
    assert err.startswith(f"canthus: selftest: cannot write the report to {blocker / 'selftest'}")
    assert len(err.strip().splitlines()) == 1


def test_canthus_selftest_command_in_its_own_process(tmp_path):
    out = tmp_path / "st"
    p = subprocess.run([sys.executable, "-m", "app", "--selftest", str(out), "--renderer", "cpu"],
                       capture_output=True, text=True, timeout=180)
    assert p.returncode == 0, p.stderr[-2000:]
    assert read_report(out)["ok"] and (out / "screenshot.png").stat().st_size > 10_000
