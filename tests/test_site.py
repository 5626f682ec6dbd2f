"""Site files: the minimal format, the demo site, and clear errors for bad ones."""

from __future__ import annotations

import math
import tomllib

import numpy as np
import pytest

from app.cli import main
from app.core.errors import CanthusError
from app.sim import MAX_PEOPLE, SimConfig, SimConfigError, Simulator
from app.site import MAX_FILE_BYTES, demo_site, load_site, open_source

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


def test_a_cameras_key_at_the_top_of_the_file_says_where_it_belongs(tmp_path):
    p = tmp_path / "site.toml"
    p.write_text('name = "x"\nengine = { limit_c = 38.0 }\n[[camera]]\nname = "a"\nsource = { kind = "sim" }\n')
    with pytest.raises(CanthusError, match=r"engine: unknown key — it belongs in a \[\[camera\]\] table"):
        load_site(p)


def test_a_name_too_long_or_empty_says_what_it_got_once(tmp_path):
    p = tmp_path / "site.toml"
    p.write_text('name = "x"\n[[camera]]\nname = "   "\nsource = { kind = "sim" }\n')
    with pytest.raises(CanthusError) as err:
        load_site(p)
    assert "must be 1 to 40 characters" in str(err.value) and str(err.value).count("got") == 1, str(err.value)


_CAM = 'name = "x"\n[[camera]]\nname = "a"\nsource = { %s }\n'


@pytest.mark.parametrize(
    "source, expected",
    [
        # each real camera kind: unknown key, wrong type, out of range, missing value
        ('kind = "uvc", device = 0, modle = "lepton"', "camera.0.source.uvc.modle"),
        ('kind = "uvc", device = "0", model = "lepton"', "camera.0.source.uvc.device"),
        ('kind = "uvc", device = 0, rotate = 45', "camera.0.source.uvc.rotate"),
        ('kind = "uvc", device = 0, warmup_s = -1.0', "camera.0.source.uvc.warmup_s"),
        ('kind = "isapi"', "camera.0.source.isapi.host"),
        ('kind = "isapi", host = "10.0.0.9", port = 70000', "camera.0.source.isapi.port"),
        ('kind = "isapi", host = "10.0.0.9", password = "hunter2"', "camera.0.source.isapi.password"),
        ('kind = "isapi", host = "http://10.0.0.9"', "camera.0.source.isapi.host"),
        ('kind = "file", path = "gone.cptv"', "gone.cptv"),
        ('kind = "file", path = "x.cptv", fps = "9"', "camera.0.source.file.fps"),
        ('kind = "gige", producer = "vendor.cti", fps = 1000.0', "camera.0.source.gige.fps"),
    ],
)
def test_camera_kind_mistakes_name_the_key(tmp_path, source, expected):
    p = tmp_path / "site.toml"
    p.write_text(_CAM % source)
    with pytest.raises(CanthusError, match=expected.replace(".", r"\.")) as err:
        load_site(p)
    assert str(p) in str(err.value) and "\n" not in str(err.value)


def test_every_camera_kind_loads_from_a_site_file(tmp_path):
    (tmp_path / "door.cptv").write_bytes(b"")  # existence is checked at load; reading at open
    p = tmp_path / "site.toml"
    p.write_text('name = "x"\n'
                 '[[camera]]\nname = "Lepton"\nsource = { kind = "uvc", device = 0, model = "lepton", rotate = 90 }\n'
                 '[[camera]]\nname = "Hik"\nsource = { kind = "isapi", host = "10.0.0.9", channel = 2 }\n'
                 '[[camera]]\nname = "Kiosk"\nsource = { kind = "file", path = "door.cptv" }\n')
    site = load_site(p)
    assert [c.source.kind for c in site.camera] == ["uvc", "isapi", "file"]
    assert site.camera[0].source.warmup_s == 1800.0 and site.camera[0].source.rotate == 90


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


# -- real bounds (issue 8) ----------------------------------------------------


def _one_camera(source: str, engine: str = "", name: str = "Main entrance") -> str:
    text = f'name = "x"\n[[camera]]\nname = "{name}"\nsource = {{ kind = "sim", {source} }}\n'
    return text + (f"engine = {{ {engine} }}\n" if engine else "")


@pytest.mark.parametrize(
    "source, engine, key, detail",
    [
        # the fuzzing session's findings: a hang, a camera that never screens, two messages naming nothing
        ("people = 1000000000", "", "camera.0.source.sim.people", "less than or equal to 10000"),
        ("warmup_s = inf", "", "camera.0.source.sim.warmup_s", "finite"),
        ("fps = 1e-300", "", "camera.0.source.sim.fps", "greater than or equal to 0.5"),
        ("seed = -1", "", "camera.0.source.sim.seed", "got -1"),
        ("fps = 121", "", "camera.0.source.sim.fps", "120"),
        ("fps = nan", "", "camera.0.source.sim.fps", "finite"),
        ("seed = 4294967296", "", "camera.0.source.sim.seed", "4294967295"),
        ("width = 5000", "", "camera.0.source.sim.width", "1280"),
        ("warmup_s = 86401", "", "camera.0.source.sim.warmup_s", "86400"),
        ('fps = "25"', "", "camera.0.source.sim.fps", "valid number"),  # TOML is typed
        ("seed = true", "", "camera.0.source.sim.seed", "valid integer"),
        ('incidents = "some"', "", "camera.0.source.sim.incidents", '"all", "none" or a list'),
        ("", "warmup_s = inf", "camera.0.engine.warmup_s", "finite"),
        ("", "person_delta_c = 1e300", "camera.0.engine.person_delta_c", "20"),
        ("", "relative = { window = 4, trim = 2 }", "camera.0.engine.relative", "trim 2 drops all of window 4"),
        ("", "relative = { window = 5, min_subjects = 6 }", "camera.0.engine.relative", "never be reached"),
    ],
)
def test_out_of_range_numbers_are_refused_naming_the_key_and_camera(tmp_path, source, engine, key, detail):
    p = tmp_path / "site.toml"
    p.write_text(_one_camera(source or "fps = 9", engine))
    with pytest.raises(CanthusError) as err:
        load_site(p)
    msg = str(err.value)
    assert msg.startswith(f"site file {p}: {key} (camera 'Main entrance'): "), msg
    assert detail in msg


def test_bounds_at_their_edges_load(tmp_path):
    p = tmp_path / "site.toml"
    p.write_text(_one_camera("fps = 0.5, people = 10000, seed = 4294967295, warmup_s = 86400.0, width = 1280, "
                             "height = 1024", "limit_c = 39.0"))
    src = load_site(p).camera[0].source
    assert (src.fps, src.people, src.seed, src.warmup_s, src.width) == (0.5, 10000, 2**32 - 1, 86400.0, 1280)


def test_names_are_normalised_and_used_everywhere(tmp_path):
    p = tmp_path / "site.toml"
    p.write_text(_one_camera("fps = 9", name="  Main \\t entrance "))
    cam = load_site(p).camera[0]
    assert cam.name == "Main entrance"
    source, _ = open_source(cam)
    frame = source.read(timeout=1.0)
    assert source.name == frame.camera == "Main entrance"  # what the store and the tile receive


@pytest.mark.parametrize("second", ["Main entrance ", "main  ENTRANCE", "Main\\u00a0entrance", "Ｍａｉｎ entrance"])
def test_names_differing_only_in_spacing_case_or_width_are_duplicates(tmp_path, second):
    p = tmp_path / "site.toml"
    p.write_text(_one_camera("fps = 9") + f'[[camera]]\nname = "{second}"\nsource = {{ kind = "sim" }}\n')
    with pytest.raises(CanthusError) as err:
        load_site(p)
    written = tomllib.loads(f'n = "{second}"')["n"]
    msg = str(err.value)
    assert "camera.0.name 'Main entrance'" in msg and f"camera.1.name {written!r}" in msg, msg


@pytest.mark.parametrize("name, detail", [("Main\\u200bentrance", "U+200B"), ("\\u001b[31mMain", "U+001B"),
                                          ("   ", "1 to 40 characters"), ("x" * 41, "1 to 40 characters")])
def test_invisible_or_empty_names_are_refused(tmp_path, name, detail):
    p = tmp_path / "site.toml"
    p.write_text(_one_camera("fps = 9", name=name))
    with pytest.raises(CanthusError, match=r"camera\.0\.name") as err:
        load_site(p)
    assert detail in str(err.value) and "\n" not in str(err.value)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("a = " + "[" * 5000 + "]" * 5000 + "\n", "nested too deeply"),  # tomllib recurses
        ('name = "x"\r[[camera]]\n', "not valid TOML"),  # a bare CR is not a line break in TOML
        ('name = "x"\n[[camera]]\nname = "a"\nsource = { kind = "recording", path = "' + "x" * 4000 + '" }\n',
         "cannot be looked up"),
        ('name = "x"\n[[camera]]\nname = "a"\nsource = { kind = "recording", path = "a\\u0000b" }\n', "NUL"),
        ('name = "x"\n"bad\\nkey" = 1\n[[camera]]\nname = "a"\nsource = { kind = "sim" }\n', "bad\\nkey: unknown key"),
    ],
)
def test_hostile_site_files_get_one_line(tmp_path, text, expected):
    p = tmp_path / "site.toml"
    p.write_bytes(text.encode())
    with pytest.raises(CanthusError) as err:
        load_site(p)
    assert expected in str(err.value) and "\n" not in str(err.value)


def test_oversized_site_file_is_not_parsed(tmp_path):
    p = tmp_path / "site.toml"
    p.write_bytes(b"# " + b"x" * (MAX_FILE_BYTES + 1))
    with pytest.raises(CanthusError, match="too big for a site file"):
        load_site(p)


def test_a_windows_bom_is_accepted(tmp_path):
    p = tmp_path / "site.toml"
    p.write_bytes(b"\xef\xbb\xbf" + GOOD.replace("\n", "\r\n").encode())
    assert load_site(p).name == "Head office"


@pytest.mark.parametrize(
    "kw, setting",
    [({"fps": 1e-300}, "fps"), ({"fps": float("nan")}, "fps"), ({"seed": -1}, "seed"), ({"people": 10**9}, "people"),
     ({"warmup_s": float("inf")}, "warmup_s"), ({"width": 99999}, "width"), ({"seconds": float("inf")}, "seconds"),
     ({"people": True}, "people"), ({"camera": ""}, "camera"), ({"cores_c": (36.9, float("nan"))}, "cores_c")],
)
def test_simulator_refuses_the_same_with_the_setting_named(kw, setting):
    with pytest.raises(SimConfigError, match=rf"simulator {setting} ") as err:
        SimConfig(**kw)
    assert isinstance(err.value, CanthusError) and isinstance(err.value, ValueError)


@pytest.mark.timeout(120)
def test_largest_crowd_is_scheduled_lazily():
    sim = Simulator(SimConfig(people=MAX_PEOPLE, seed=5, width=160, height=120))
    assert len(sim.subjects) == MAX_PEOPLE
    assert sum(s.sprite is not None for s in sim.subjects) <= 2  # only the first arrivals are drawn up front
    last = sim.subjects[-1]
    frame, _, t = sim.render_celsius(int((last.stop_t + 0.5) * sim.config.fps))
    assert frame.shape == (120, 160) and np.isfinite(frame).all() and last.sprite is not None


def test_who_is_in_view_by_bisection_matches_everyone_checked():
    cfg = SimConfig(people=25, seed=9, script=None)
    fast, full = Simulator(cfg), Simulator(cfg)
    full._enter_t = [-math.inf] * len(full.subjects)  # every subject a candidate on every frame
    full._exit_max = [math.inf] * len(full.subjects)
    for i in range(0, fast.n_frames, 3):
        assert np.array_equal(fast.render_celsius(i)[0], full.render_celsius(i)[0]), i


@pytest.mark.parametrize(
    "args, option",
    [(["--people", "1000000000"], "--people"), (["--people", "0"], "--people"), (["--fps", "1e-300"], "--fps"),
     (["--fps", "nan"], "--fps"), (["--seed", "-1"], "--seed"), (["--size", "99999x10"], "--size"),
     (["--seconds", "inf"], "seconds")],
)
def test_cli_simulate_bounds(tmp_path, capsys, args, option):
    out = tmp_path / "o.h5"
    assert main(["simulate", str(out), *args]) == 2
    err = capsys.readouterr().err
    assert option in err and len(err.strip().splitlines()) == 1
    assert not out.exists()
