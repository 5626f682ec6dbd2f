"""The hand annotations of the real kiosk recordings (tests/data/kiosk_annotations.json):
their schema and geometry always, and, where the recordings are present, that every
annotated canthus lies on warm face skin (a check of the annotations against the pixels)."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

ANNOTATIONS = Path(__file__).parent / "data" / "kiosk_annotations.json"
KIOSK = "feverscreen-kiosk"
WIDTH, HEIGHT = 120, 160  # upright (rotated 90°) kiosk frame; coffee.cptv (rotate_cw 0) is 160×120
# The disc's set point per device (README of the data: `calibration`, 37 when absent).
SET_POINT_C = {"fs-1204": 36.6, "fs-1220": 35.8, "fs-1216": 37.0, "fs-1228": 37.0, "tko-1007": 35.9}


def _load() -> dict:
    return json.loads(ANNOTATIONS.read_text("utf-8"))


def _inside(pt, box) -> bool:
    x, y, w, h = box
    return x <= pt[0] < x + w and y <= pt[1] < y + h


def _size(rec) -> tuple[int, int]:
    """(width, height) of the recording's upright frame: the 160×120 sensor turned by rotate_cw."""
    return (WIDTH, HEIGHT) if rec["rotate_cw"] in (90, 270) else (HEIGHT, WIDTH)


def _box_ok(box, size=(WIDTH, HEIGHT)) -> bool:
    return (isinstance(box, list) and len(box) == 4 and all(isinstance(v, int) for v in box)
            and box[0] >= 0 and box[1] >= 0 and box[2] > 0 and box[3] > 0
            and box[0] + box[2] <= size[0] and box[1] + box[3] <= size[1])


def _canthi():
    """(file, frame index, face box, eye side, point, frame size) for every annotated canthus."""
    for name, rec in _load()["recordings"].items():
        for fr in rec["frames"]:
            for face in fr["faces"]:
                for side, pt in (face["canthi"] or {}).items():
                    yield name, fr["index"], face["box"], side, pt, _size(rec)


def test_schema():
    data = _load()
    assert data["schema"] == 1 and data["upright_size"] == [WIDTH, HEIGHT]
    recs = data["recordings"]
    assert len(recs) >= 10
    for name, rec in recs.items():
        assert name.endswith(".cptv"), name
        assert set(rec) == {"rotate_cw", "device", "disc_box", "people", "glasses", "hat", "notes", "frames"}, name
        assert rec["rotate_cw"] in (0, 90, 180, 270), name
        assert rec["disc_box"] is None or _box_ok(rec["disc_box"], _size(rec)), name
        assert isinstance(rec["people"], int) and rec["people"] >= 0, name
        assert isinstance(rec["glasses"], bool) and isinstance(rec["hat"], bool) and rec["notes"], name
        indices = [fr["index"] for fr in rec["frames"]]
        assert indices == sorted(set(indices)) and indices, name
        for fr in rec["frames"]:
            assert set(fr) == {"index", "faces"} and fr["index"] >= 0
            for face in fr["faces"]:
                assert set(face) <= {"box", "canthi", "confidence", "note"}, (name, fr["index"])
                assert _box_ok(face["box"], _size(rec)), (name, fr["index"], face["box"])
                assert face["confidence"] in ("high", "medium"), (name, fr["index"])
                if face["canthi"] is None:
                    assert face.get("note"), f"{name} #{fr['index']}: a face without canthi says why"
                else:
                    assert set(face["canthi"]) == {"left", "right"}
        # Nobody in view: at least one empty frame unless the person never leaves.
        if rec["people"] == 0:
            assert all(not fr["faces"] for fr in rec["frames"]), name


def test_canthi_inside_face_and_frame():
    n = 0
    for name, idx, box, side, pt, (width, height) in _canthi():
        assert len(pt) == 2 and all(isinstance(v, int) for v in pt), (name, idx, side)
        assert 0 <= pt[0] < width and 0 <= pt[1] < height, (name, idx, side, pt)
        assert _inside(pt, box), f"{name} #{idx}: {side} canthus {pt} outside the face {box}"
        n += 1
    assert n >= 30
    # In the image, "left" is the canthus with the smaller x (the subject's right eye),
    # and both lie on one eye line: close together, left of right.
    for name, rec in _load()["recordings"].items():
        for fr in rec["frames"]:
            for face in fr["faces"]:
                if face["canthi"]:
                    (lx, ly), (rx, ry) = face["canthi"]["left"], face["canthi"]["right"]
                    assert lx < rx and rx - lx <= face["box"][2] // 2 and abs(ly - ry) <= 6, (name, fr["index"])


def _upright(shared_data: Path, name: str, rotate_cw: int) -> np.ndarray:
    """The recording in °C (Lepton TLinear 0.01 K), rotated upright (clockwise)."""
    cptv = pytest.importorskip("cptv")
    with open(shared_data / KIOSK / name, "rb") as f:
        frames = np.stack([np.asarray(fr.pix, dtype=np.float64) for fr in cptv.CPTVReader(f)])
    return np.rot90(frames / 100.0 - 273.15, -(rotate_cw // 90), axes=(1, 2))


def test_canthi_are_on_warm_skin(shared_data):
    """Each annotated canthus, in the kiosk's own disc-corrected °C (set point + reading
    − disc median, the data README), reads as face skin: 30-38 °C at its 3×3
    neighbourhood's maximum (the annotation is good to a pixel), and is warmer than the
    frame's median background."""
    data = _load()["recordings"]
    checked = 0
    for name, rec in data.items():
        if not any(face["canthi"] for fr in rec["frames"] for face in fr["faces"]):
            continue
        c = _upright(shared_data, name, rec["rotate_cw"])
        x, y, w, h = rec["disc_box"]
        set_c = SET_POINT_C.get(rec["device"], 37.0)
        for fr in rec["frames"]:
            img = c[fr["index"]]
            offset = set_c - float(np.median(img[y:y + h, x:x + w]))
            for face in fr["faces"]:
                for side, (px, py) in (face["canthi"] or {}).items():
                    near = img[max(0, py - 1):py + 2, max(0, px - 1):px + 2].max() + offset
                    assert 30.0 <= near <= 38.0, f"{name} #{fr['index']} {side} canthus {px, py}: {near:.2f} °C"
                    assert img[py, px] > np.median(img) + 2.0, f"{name} #{fr['index']} {side}: not warmer than the scene"
                    checked += 1
    assert checked >= 30
