"""`canthus record`: a site's live sources to recordings, one per camera, losslessly."""

from __future__ import annotations

import numpy as np

from app.cli import main
from app.core.recording import Recording
from app.recorder import slug
from tests.test_probe import LiveCapture
from tests.test_sources_uvc import lepton_frame
from tests.test_sources_uvc import scene as uvc_scene

SITE = '''name = "rec"
[[camera]]
name = "Main entrance"
source = { kind = "sim", width = 160, height = 120, fps = 9.0, seed = 3 }
[[camera]]
name = "USB Lepton"
source = { kind = "uvc", device = 0, model = "lepton", warmup_s = 0.0 }
'''


def test_record_a_site_then_replay_it(tmp_path, monkeypatch, capsys):
    c = uvc_scene()
    raw = lepton_frame(c)
    monkeypatch.setattr("app.sources.uvc._opencv_capture", lambda device, api: LiveCapture([raw], size=(160, 122)))
    site = tmp_path / "site.toml"
    site.write_text(SITE)
    out = tmp_path / "rec"
    assert main(["record", "--site", str(site), "--out", str(out), "--seconds", "1.5"]) == 0
    printed = capsys.readouterr().out
    assert "Main entrance:" in printed and "USB Lepton:" in printed and "error" not in printed
    with Recording(out / "usb-lepton.h5") as rec:
        assert rec.encoding == "y16_centikelvin" and len(rec) > 0  # the camera's own counts, not °C
        first = next(iter(rec.frames()))
        np.testing.assert_array_equal(first.raw, raw[:120].astype(np.uint16))  # bit-exact, telemetry stripped
    with Recording(out / "main-entrance.h5") as rec:
        assert len(rec) > 0
    assert main(["replay", str(out / "usb-lepton.h5"), "--json"]) == 0


def test_a_camera_that_cannot_open_is_named_and_the_rest_recorded(tmp_path, monkeypatch, capsys):
    class Unplugged:
        def isOpened(self):
            return False

        def release(self):
            pass

    monkeypatch.setattr("app.sources.uvc._opencv_capture", lambda device, api: Unplugged())
    site = tmp_path / "site.toml"
    site.write_text(SITE)
    assert main(["record", "--site", str(site), "--out", str(tmp_path / "rec"), "--seconds", "1"]) == 2  # one failed
    out = capsys.readouterr().out
    assert "USB Lepton: 0 frames" in out and "cannot be opened" in out
    assert (tmp_path / "rec" / "main-entrance.h5").exists()
    # recording again into the same folder never overwrites
    assert main(["record", "--site", str(site), "--out", str(tmp_path / "rec"), "--seconds", "1"]) == 2
    assert "not overwritten" in capsys.readouterr().out


def test_two_cameras_with_one_slug_get_two_files(tmp_path, capsys):
    site = tmp_path / "site.toml"
    site.write_text('name = "rec"\n'
                    '[[camera]]\nname = "Dock 1"\nsource = { kind = "sim", width = 160, height = 120, seed = 1 }\n'
                    '[[camera]]\nname = "Dock #1"\nsource = { kind = "sim", width = 160, height = 120, seed = 2 }\n')
    assert main(["record", "--site", str(site), "--out", str(tmp_path / "rec"), "--seconds", "1"]) == 0
    files = sorted(p.name for p in (tmp_path / "rec").iterdir())
    assert files == ["dock-1-2.h5", "dock-1.h5"]
    for f in files:
        with Recording(tmp_path / "rec" / f) as rec:
            assert len(rec) > 0
    with Recording(tmp_path / "rec" / "dock-1-2.h5") as rec:
        assert rec.camera == "Dock #1"


def test_slugs():
    assert slug("Main entrance") == "main-entrance" and slug("  Quai #2 (Nord) ") == "quai-2-nord"
