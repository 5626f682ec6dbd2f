"""The forehead readings the shipped oral model takes (detection.measure_forehead): where
they are read from the located canthi, and when there are none (the model then falls
back to the canthus offset)."""

from __future__ import annotations

import numpy as np
import pytest

from app.core import detection
from app.core.config import EngineConfig
from app.core.detection import Head, measure_forehead
from app.core.face import EyeLine
from app.core.oral import OFFSET_MODEL, SHIPPED_MODEL

CFG = EngineConfig()
CANTHUS, FOREHEAD, BROW = 35.6, 34.3, 35.2


def _face(sep: int = 24, eye_y: int = 70, w: int = 160, h: int = 140, cx: int = 80):
    """A frontal face: room 22 °C, skin 33.5, forehead FOREHEAD from the brows to the hair
    line, a brow ridge at BROW 0.5-0.75 separations above the eye line, canthi at CANTHUS."""
    img = np.full((h, w), 22.0, np.float32)
    yy, xx = np.mgrid[0:h, 0:w]
    head_w = 6 * sep
    face = ((xx - cx) / (head_w / 2)) ** 2 + ((yy - eye_y) / (1.2 * head_w / 2)) ** 2 <= 1
    img[face] = 33.5
    above = face & (yy < eye_y - 0.3 * sep)
    img[above] = FOREHEAD
    brow = face & (yy <= eye_y - 0.5 * sep) & (yy >= eye_y - 0.75 * sep) & (np.abs(xx - cx) <= 1.1 * sep)
    img[brow] = BROW
    left, right = (cx - sep // 2, eye_y), (cx + sep // 2, eye_y)
    for x, y in (left, right):
        img[y - 1:y + 2, x - 1:x + 2] = CANTHUS
    head = Head(x=cx - head_w // 2, y=max(0, eye_y - int(0.38 * 1.43 * head_w)), width=head_w,
                height=int(1.43 * head_w), centre=(float(cx), float(eye_y)), complete=True, at_edge=False,
                person_area_px=int(face.sum()))
    return img, head, EyeLine(left, right, 33.0, 2.0, True)


def test_a_frontal_forehead_gives_the_centre_mean_and_the_brow_maximum():
    img, head, eyes = _face()
    fh = measure_forehead(img, head, eyes, CANTHUS, None, CFG)
    assert fh.why == "" and fh.centre_c == pytest.approx(FOREHEAD, abs=1e-3)
    assert fh.max_c == pytest.approx(BROW, abs=1e-3)  # the brow ridge, not the canthi under it
    x, y, r = fh.disc
    assert (x, y, r) == pytest.approx((80, 70 - 1.3 * 24, 8.0), abs=0.05)
    # and the model uses them (within the fitted ranges)
    assert SHIPPED_MODEL.uses_forehead(CANTHUS, fh.centre_c, fh.max_c)


def test_the_disc_follows_a_tilted_eye_line():
    img, head, _ = _face()
    # canthi 24 px apart along a line tilted by ~14°: "up" the face leans the same way
    eyes = EyeLine((68, 73), (91, 67), 33.0, 2.0, True)
    fh = measure_forehead(img, head, eyes, CANTHUS, None, CFG)
    sep = float(np.hypot(23, -6))
    ax, ay = 23 / sep, -6 / sep
    want = (79.5 + ay * 1.3 * sep, 70 - ax * 1.3 * sep)
    assert fh.disc[:2] == pytest.approx(want, abs=0.05)


def test_hair_or_a_hat_over_the_forehead_gives_no_reading():
    img, head, eyes = _face()
    img[: 70 - 22, :] = np.where(img[: 70 - 22, :] > 30, 27.0, img[: 70 - 22, :])  # a fringe to the brows
    fh = measure_forehead(img, head, eyes, CANTHUS, None, CFG)
    assert (fh.centre_c, fh.max_c, fh.why) == (None, None, "covered")


def test_a_forehead_cut_by_the_frame_gives_no_reading():
    img, head, eyes = _face(eye_y=70)
    cut = img[40:]  # the top of the frame runs through the disc
    head.y -= 40
    eyes = EyeLine((eyes.left[0], 30), (eyes.right[0], 30), 33.0, 2.0, True)
    fh = measure_forehead(cut, head, eyes, CANTHUS, None, CFG)
    assert (fh.centre_c, fh.max_c, fh.why) == (None, None, "cut")


def test_a_face_too_coarse_for_a_disc_gives_no_reading():
    img, head, eyes = _face(sep=5, w=60, h=50, cx=30, eye_y=30)
    fh = measure_forehead(img, head, eyes, CANTHUS, None, CFG)
    assert fh.why == "too_small" and fh.centre_c is None and fh.disc[2] < detection.FOREHEAD_MIN_RADIUS_PX


def test_hot_objects_and_dead_pixels_are_left_out():
    img, head, eyes = _face()
    img[44:50, 60:66] = 60.0  # a hot cup against the brow band
    bad = np.zeros(img.shape, bool)
    x, y, _ = measure_forehead(img, head, eyes, CANTHUS, None, CFG).disc
    img[round(y), round(x)] = 80.0  # a stuck pixel in the disc
    bad[round(y), round(x)] = True
    fh = measure_forehead(img, head, eyes, CANTHUS, bad, CFG)
    assert fh.centre_c == pytest.approx(FOREHEAD, abs=1e-3)
    assert fh.max_c == pytest.approx(BROW, abs=1e-3)


def test_measure_gives_the_forehead_with_the_face_maximum_only():
    img, head, _ = _face()
    full = detection.measure(img, head, CFG)
    assert full is not None and full.forehead is not None
    assert detection.measure(img, head, CFG, face_max=False).forehead is None


@pytest.mark.parametrize("centre, top", [(None, None), (34.3, None), (CANTHUS + 0.5, 35.2), (CANTHUS - 6, 35.2)])
def test_without_a_usable_forehead_the_estimate_is_the_offset(centre, top):
    assert SHIPPED_MODEL.estimate(CANTHUS, None, 27.0, forehead_c=centre, forehead_max_c=top) == \
        OFFSET_MODEL.estimate(CANTHUS)
    assert SHIPPED_MODEL.classify(CANTHUS, 37.7, None, 27.0, forehead_c=centre, forehead_max_c=top) == \
        OFFSET_MODEL.classify(CANTHUS, 37.7)
