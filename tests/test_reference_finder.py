"""The reference finder (app.core.reference) on real kiosk recordings and the simulator:
it finds the disc or blackbody with no box given, and refuses what only looks like one."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import numpy as np
import pytest

from app.core.errors import CanthusError
from app.core.reference import find_reference
from app.sim.entrance import SimConfig, Simulator

ANNOTATIONS = json.loads((Path(__file__).parent / "data" / "kiosk_annotations.json").read_text("utf-8"))["recordings"]
# Disc centres the data's README gives, raw (row, col) before rotation, per device prefix.
README_CENTRES = {"fs-1204": (110, 152), "fs-1220": (94, 133), "fs-1228": (15, 102), "tko-0257": (20, 98)}


def _kiosk(shared_data: Path, name: str) -> np.ndarray:
    cptv = pytest.importorskip("cptv")
    with open(shared_data / "feverscreen-kiosk" / name, "rb") as f:
        frames = np.stack([np.asarray(fr.pix, dtype=np.float64) for fr in cptv.CPTVReader(f)])
    return np.rot90(frames / 100.0 - 273.15, -1, axes=(1, 2))  # upright: 90° clockwise


def _iou(a, b) -> float:
    ax, ay, aw, ah = a
    bx, by, bw, bh = b
    iw = max(0, min(ax + aw, bx + bw) - max(ax, bx))
    ih = max(0, min(ay + ah, by + bh) - max(ay, by))
    return iw * ih / (aw * ah + bw * bh - iw * ih)


def _inside(pt, box) -> bool:
    return box[0] <= pt[0] < box[0] + box[2] and box[1] <= pt[1] < box[1] + box[3]


def test_finds_the_disc_in_every_kiosk_recording(shared_data):
    """In the first 20 frames (2 s), in the middle and at the end of every kiosk
    recording, people walking in and out: the disc, where the annotation has it."""
    names = sorted(p.name for p in (shared_data / "feverscreen-kiosk").glob("*.cptv") if p.name != "coffee.cptv")
    assert len(names) == 20
    for name in names:
        c = _kiosk(shared_data, name)
        for start in (0, len(c) // 2 - 10, len(c) - 20):
            r = find_reference(c[start:start + 20])
            assert r.patch is not None, f"{name} @{start}: {r.reason}"
            p = r.patch
            assert p.temporal_std_c < 0.1 and p.jitter_px <= 0.5 and p.spatial_std_c < 0.4, (name, p)
            assert 31.0 < p.mean_c < 38.0 and p.contrast_c > 4.0, (name, p)
            if name in ANNOTATIONS:
                assert _iou(p.box, ANNOTATIONS[name]["disc_box"]) >= 0.7, (name, p.box)
            for prefix, (row, col) in README_CENTRES.items():
                if name.startswith(prefix):
                    assert _inside((119 - row, col), p.box), (name, p.box)


def _sim_frames(n: int, **kw) -> tuple[SimConfig, list[np.ndarray]]:
    cfg = SimConfig(seed=3, **kw)
    return cfg, [f for f, _, _ in itertools.islice(Simulator(cfg).frames(), n)]


@pytest.mark.parametrize("size", [(160, 120, 9.0), (384, 288, 25.0), (640, 512, 30.0)])
def test_finds_the_simulated_blackbody(size):
    w, h, fps = size
    cfg, frames = _sim_frames(60, width=w, height=h, fps=fps)
    for start in (0, 40):
        r = find_reference(frames[start:start + 20])
        assert r.patch is not None, r.reason
        assert r.patch.box == cfg.blackbody_rect
        assert abs(r.patch.mean_c - cfg.blackbody_c) < 0.1


def test_no_blackbody_no_patch():
    _, frames = _sim_frames(20, blackbody=False)
    r = find_reference(frames)
    assert r.patch is None and "warmer than the scene" in r.reason


def _scene(n=20, seed=0):
    rng = np.random.default_rng(seed)
    return 22.0 + rng.normal(0.0, 0.05, size=(n, 120, 160))


def _disc(img, cx, cy, r=4.0, c=36.0):
    yy, xx = np.mgrid[: img.shape[0], : img.shape[1]]
    img[(xx - cx) ** 2 + (yy - cy) ** 2 <= r * r] = c


def test_refuses_moving_elongated_flickering_and_face_like_patches():
    frames = _scene()
    for i, f in enumerate(frames):
        _disc(f, 20 + i, 30)  # a warm round thing that moves 1 px a frame
        f[90:93, 20:60] = 33.0  # a lamp: long and thin
        _disc(f, 120, 30, c=35.0 + (0.5 if i % 2 else 0.0))  # a flickering one
        f[60:110, 100:140] = 33.0  # a warm body with a hot spot (a face and its canthus)
        _disc(f, 120, 80, r=2.0, c=35.5)
    r = find_reference(frames)
    assert r.patch is None
    why = " ".join(reason for _, reason in r.rejected)
    for word in ("elongated", "not steady", "larger body"):
        assert word in why, why
    assert r.reason.startswith("no warm patch")


def test_finds_the_still_disc_among_decoys_and_a_dead_pixel():
    frames = _scene()
    for i, f in enumerate(frames):
        _disc(f, 130, 100)
        f[90:93, 20:60] = 33.0
    frames[5, 100, 130] = np.nan  # a dead pixel on the disc in one frame
    r = find_reference(frames)
    assert r.patch is not None, r.reason
    x, y, w, h = r.patch.box
    assert _inside((130, 100), r.patch.box) and 7 <= w <= 9 and 7 <= h <= 9
    assert abs(r.patch.mean_c - 36.0) < 0.05


@pytest.mark.parametrize("bad, words", [
    ([], "no frames"),
    ([np.zeros((120, 160))] * 2, "at least 3"),
    ([np.zeros((120, 160)), np.zeros((120, 160)), np.zeros((60, 80))], "differ in shape"),
    (np.zeros((120, 160)), "(N, H, W)"),
    ([np.zeros(5)] * 3, "2-D"),
    (np.zeros((3, 120, 160), dtype=bool), "dtype"),
])
def test_bad_input_says_what_is_wrong(bad, words):
    with pytest.raises(CanthusError, match=None) as err:
        find_reference(bad)
    assert words in str(err.value)
