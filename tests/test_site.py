"""Site files: the minimal format, the demo site, and clear errors for bad ones."""

from __future__ import annotations

import pytest

from app.cli import main
from app.core.errors import CanthusError
from app.site import demo_site, load_site, open_source

GOOD = """
name = "Head office"

[[camera]]
name = "Main entrance"
source = { kind = "sim", width = 384, height = 288, fps = 25 }
engine = { limit_c = 38.0 }

[[camera]]
name = "Side door"
source = { kind = "sim", width = 160, height = 120, fps = 9, incidents = ["glasses", "too_far"] }
"""


def test_site_file_loads_and_opens_sources(tmp_path):
    p = tmp_path / "site.toml"
    p.write_text(GOOD)
    site = load_site(p)
    assert site.name == "Head office"
    assert [c.name for c in site.camera] == ["Main entrance", "Side door"]
    source, engine = open_source(site.camera[0])
    assert engine.limit_c == 38.0
    assert engine.reference is not None  # the simulated blackbody is found where the simulator puts it
    frame = source.read(timeout=1.0)
    assert frame is not None and frame.celsius.shape == (288, 384)


def test_demo_site_has_different_cameras():
    site = demo_site(4)
    sizes = {(c.source.width, c.source.height, c.source.fps) for c in site.camera}
    assert {(160, 120, 9.0), (384, 288, 25.0), (640, 512, 30.0)} <= sizes
    assert len(demo_site(16).camera) == 16
    with pytest.raises(CanthusError):
        demo_site(17)


@pytest.mark.parametrize(
    "text, expected",
    [
        ('name = "x"\n[[camera]]\nname = "a"\nsorce = { kind = "sim" }\n', "sorce"),
        ('name = "x"\n[[camera]]\nname = "a"\nsource = { kind = "sim", fps = -1 }\n', "camera.0.source.sim.fps"),
        ('name = "x"\n[[camera]]\nname = "a"\nsource = { kind = "sim" }\nengine = { limit_c = 37.75 }\n', "limit_c"),
        ('name = "x"\n[[camera]]\nname = "a"\nsource = { kind = "webcam" }\n', "kind"),
        ('name = "x"\ncamera = []\n', "camera"),
        ('name = "x"\n[[camera]\n', "not valid TOML"),
        ('name = "x"\n[[camera]]\nname = "a"\nsource = { kind = "recording", path = "gone.h5" }\n', "gone.h5"),
        ('name = "x"\n[[camera]]\nname = "a"\nsource = { kind = "sim", incidents = ["sneeze"] }\n', "sneeze"),
    ],
)
def test_bad_site_files_name_the_problem(tmp_path, text, expected):
    p = tmp_path / "site.toml"
    p.write_text(text)
    with pytest.raises(CanthusError, match=expected.replace(".", r"\.")) as err:
        load_site(p)
    assert str(p) in str(err.value)


def test_cli_bad_site_is_one_line(tmp_path, capsys):
    assert main(["--site", str(tmp_path / "missing.toml")]) == 2
    err = capsys.readouterr().err
    assert "no such file" in err and len(err.strip().splitlines()) == 1


def test_cli_without_display_says_so(monkeypatch, capsys):
    for var in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setattr("sys.platform", "linux")
    assert main([]) == 2
    assert "no display" in capsys.readouterr().err


def test_help_explains_demo_and_site(capsys):
    assert main(["--help"]) == 0
    out = capsys.readouterr().out
    assert "--site" in out and "demo site" in out and "--renderer" in out
