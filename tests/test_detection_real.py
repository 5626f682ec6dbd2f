"""Detection on real radiometric FLIR pictures of people (../shared/data/flir-radiometric).

These are group pictures, not screening shots: several people, faces about
6 mm per pixel. What the engine must do with them is find the heads and
refuse to produce a result (several people in view), never pass anyone.
"""

from __future__ import annotations

import numpy as np
import pytest

from app.core.config import EngineConfig
from app.core.detection import find_heads, measure
from app.core.engine import Engine
from app.core.flir import flir_to_celsius, read_flir
from app.core.frame import Frame


def celsius(shared_data, name: str) -> np.ndarray:
    return flir_to_celsius(read_flir(shared_data / "flir-radiometric" / name)[0])


def screen_still(image: np.ndarray, frames: int = 10):
    engine = Engine("still")
    decisions, states = [], []
    for i in range(frames):
        res = engine.process(Frame("still", i, i / 9.0, image.copy()))
        decisions += res.decisions
        states.append({t.state for t in res.tracks})
    return decisions + engine.flush(frames / 9.0), states


def test_lab_people_heads_are_found_where_the_faces_are(shared_data):
    image = celsius(shared_data, "people_lab_i60.jpg")
    heads, room = find_heads(image, EngineConfig())
    assert 18.0 < room < 22.0  # a lab at room temperature
    whole = [h for h in heads if h.complete and h.y < 60]  # the standing people's heads
    # three faces in the back row: left, centre, right (pixel centres read off the picture)
    for fx, fy in [(30, 40), (92, 42), (157, 38)]:
        assert any(h.x <= fx <= h.x + h.width and h.y <= fy <= h.y + h.height for h in whole), (fx, fy)
    # the hottest pixel of the picture (34.3 °C, README) is on a face we found
    y, x = np.unravel_index(int(image.argmax()), image.shape)
    assert image.max() == pytest.approx(34.3, abs=0.1)
    assert any(h.x <= x < h.x + h.width and h.y <= y < h.y + h.height for h in whole)
    for h in whole:
        m = measure(image, h, EngineConfig())
        assert m is not None
        px, py = m.point
        assert h.x <= px < h.x + h.width and h.y <= py < h.y + h.height  # measured on the face, not beside it
        assert 30.0 < m.canthus_c <= image[h.y : h.y + h.height, h.x : h.x + h.width].max()


@pytest.mark.parametrize("name", ["people_lab_i60.jpg", "seated_group_e40.jpg"])
def test_group_pictures_never_give_a_result(shared_data, name):
    decisions, states = screen_still(celsius(shared_data, name))
    assert decisions, "people in view must get a decision line"
    assert all(d.verdict == "retry" and d.reason == "multiple_people" for d in decisions)
    assert all("measuring" not in s for s in states)
