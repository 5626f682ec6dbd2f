"""A person's own pieces are not a second person; a second head is (app.core.detection).

Kiosk-like upright frames (120x160, one 33 px face at 6 mm/px, a cold jacket), each with
one extra warm shape beside the face, drawn as the real kiosk recordings show them
(docs/kiosk-evaluation.md): a shoulder rising to the neck, a fist raised under the chin,
a warm pipe in the top corner. Each of them was a second "head" before issue 10's piece
rules (the engine said ``multiple_people``); a second face beside the first still is.
"""

from __future__ import annotations

import numpy as np
import pytest

from app.core.config import EngineConfig
from app.core.detection import find_heads
from app.core.engine import Engine
from app.core.frame import Frame

CFG = EngineConfig(max_mm_per_px=6.0, lock_frames=3)
YY, XX = np.mgrid[:160, :120]


def _face() -> np.ndarray:
    img = np.full((160, 120), 24.0, np.float32)
    img[((XX - 60) / 16.0) ** 2 + ((YY - 80) / 23.0) ** 2 <= 1] = 34.0  # head
    img[110:160, 35:85] = 26.0  # a jacket: under the room + 3 °C person margin
    for side in (-1, 1):
        img[74:77, 60 + side * 9 - 3: 60 + side * 9 + 3] = 33.0  # the eye: cooler
        img[74:77, 60 + side * 3 - (side < 0): 60 + side * 3 + (side > 0) + 1] = 35.3  # inner canthus
    img[73:78, 60] = 33.6  # the nose bridge
    return img


def _shoulder(img: np.ndarray, thick: int) -> np.ndarray:
    """A band rising from the lower left to just left of the face's chin, apart from it."""
    for x in range(5, 41):
        top = round(120 - (x - 5) * 0.7)
        img[top: top + thick, x] = 32.0
    return img


def _fist(img: np.ndarray) -> np.ndarray:
    """A rounded blob wider than the face, its top under the chin (a hand at the chin)."""
    img[((XX - 64) / 18.0) ** 2 + ((YY - 118) / 12.0) ** 2 <= 1] = 33.0
    return img


def _pipe(img: np.ndarray) -> np.ndarray:
    """A warm pipe slanting down from the top-left corner, above the face."""
    for x in range(46):
        top = round(5 + x * 0.45)
        img[top: top + 7, x] = 30.0
    return img


def _second_face(img: np.ndarray) -> np.ndarray:
    img[((XX - 100) / 15.0) ** 2 + ((YY - 80) / 21.0) ** 2 <= 1] = 34.0
    return img


PIECES = {
    "thin shoulder": lambda img: _shoulder(img, 8),  # a slope: highest at its end, thin
    "thick shoulder": lambda img: _shoulder(img, 14),  # solid, but rising to the face's neck
    "fist under the chin": _fist,
    "pipe in the corner": _pipe,
}


def _screen(img: np.ndarray, frames: int = 8):
    engine = Engine("kiosk", CFG)
    rng = np.random.default_rng(3)
    decisions = []
    for i in range(frames):
        noisy = img + 0.02 * rng.standard_normal(img.shape).astype(np.float32)
        decisions += engine.process(Frame("kiosk", i, i / 9.0, noisy)).decisions
    return decisions + engine.flush()


@pytest.mark.parametrize("piece", list(PIECES))
def test_a_piece_of_the_person_is_not_a_head_and_the_face_is_measured(piece):
    img = PIECES[piece](_face())
    bumps = [(hd.x, hd.y, hd.width) for hd in find_heads(img, CFG)[0]]
    assert bumps == [(44, 58, 33)], bumps  # the face alone
    decisions = _screen(img)
    assert [(d.verdict, d.reason) for d in decisions] == [("normal", "measured")]
    assert decisions[0].canthus_c == pytest.approx(35.3, abs=0.15)


def test_a_second_face_beside_the_first_is_still_multiple_people():
    img = _second_face(_face())
    heads = find_heads(img, CFG)[0]
    assert len(heads) == 2 and all(hd.complete for hd in heads)
    decisions = _screen(img)
    assert decisions and all(d.verdict == "retry" and d.reason == "multiple_people" for d in decisions)


def test_a_second_face_behind_a_piece_is_still_seen():
    """The piece rules drop the pieces only: with a fist under the chin and a second face
    beside, there are still two people."""
    img = _second_face(_fist(_face()))
    assert sorted((hd.x, hd.y) for hd in find_heads(img, CFG)[0]) == [(44, 58), (85, 60)]
    assert {d.reason for d in _screen(img)} == {"multiple_people"}


def test_a_head_knows_where_its_crown_is_and_how_solid_it_is():
    face = find_heads(_face(), CFG)[0][0]
    assert 0.4 <= face.apex <= 0.6 and face.fill > 0.7  # a dome, highest in its middle


def test_a_nearer_person_below_another_is_a_second_person_not_a_piece():
    """A child (or a wheelchair user) close to the camera, an adult further back: the near head
    is bigger and lower, its top under the far head's chin. It is a head, never the far
    person's hand: two people, never the adult's reading for the child."""
    img = np.full((160, 120), 24.0, np.float32)
    img[((XX - 60) / 14.0) ** 2 + ((YY - 26) / 18.0) ** 2 <= 1] = 34.0  # the adult, further back
    img[((XX - 60) / 20.0) ** 2 + ((YY - 100) / 26.0) ** 2 <= 1] = 34.0  # the child, near
    img[126:160, 30:90] = 26.0  # the child's jacket
    heads = find_heads(img, CFG)[0]
    assert len(heads) == 2, [(hd.x, hd.y, hd.width, round(hd.fill, 2)) for hd in heads]
    child = max(heads, key=lambda hd: hd.y)
    adult = min(heads, key=lambda hd: hd.y)
    assert adult.width < child.width <= 1.5 * adult.width  # the case the chin rule must not take
    assert {d.reason for d in _screen(img)} == {"multiple_people"}
