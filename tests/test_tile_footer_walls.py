"""The footer and person labels measured with the walls' font, and drawn by both walls.

At a narrow tile the verdict and the whole number are shown and the frame-rate counter gave
way; at a wide tile everything is shown; a person's label stays inside the image, left of the
scale's labels. Canvases are small: software GL draws on this CPU.
"""

from __future__ import annotations

import numpy as np
import pytest

from app.render.base import PersonMark, TileView
from app.render.chrome import chrome, fps_text, person_labels
from app.render.layout import Rect, fit_image, grid_cells, tile_geometry
from app.render.textfit import text_width
from tests.test_render import gl_info, make  # noqa: F401 - the walls, built as the render tests build them

RESULTS = [  # (whole result, role, its verdict and number)
    ("ELEVATED 37.8 °C ≥ 37.5", "elevated", "ELEVATED 37.8"),
    ("VERHOOGD 37,8 °C ≥ 37,5", "elevated", "VERHOOGD 37,8"),
    ("ERHÖHT 37,8 °C ≥ 37,5", "elevated", "ERHÖHT 37,8"),
    ("ÉLEVÉE 37,8 °C ≥ 37,5", "elevated", "ÉLEVÉE 37,8"),
    ("Normaal 37,3 °C (voralarm)", "prealarm", "Normaal 37,3"),
    ("Normal 37,3 °C (pré-alarme)", "prealarm", "Normal 37,3"),
]
NARROW = grid_cells(690, 520, 4, 4)[0]  # 16 entrances on a small screen's wall: about 168 px a tile
WIDE = Rect(4, 4, 900, 600)


def _view(result: str, role: str, **kw) -> TileView:
    return TileView(0, "Main entrance 2", "live", fps=25.0, dropped=53, last_result=result, last_role=role,
                    celsius=np.zeros((4, 4), np.float32), **kw)


@pytest.mark.parametrize("result,role,core", RESULTS)
def test_a_narrow_footer_shows_the_verdict_and_number_and_drops_the_counter(qapp, result, role, core):
    geo = tile_geometry(NARROW)
    view = _view(result, role)
    c = chrome(view, geo, (20.0, 40.0))
    assert c.result.text.startswith(core), c.result.text  # never "VERHOOG…" or "ERHÖHT 37,…"
    assert "…" not in c.result.text
    assert c.fps.text != fps_text(view)  # the counter gave way: short form or nothing
    right = c.result.x + text_width(c.result.text, geo.title_px, True)
    if c.fps.text:
        right += text_width(c.fps.text, geo.small_px)
    assert right <= geo.footer.right


@pytest.mark.parametrize("result,role,core", RESULTS)
def test_a_wide_footer_shows_everything(qapp, result, role, core):
    view = _view(result, role)
    c = chrome(view, tile_geometry(WIDE), (20.0, 40.0))
    assert (c.result.text, c.fps.text) == (result, "25 fps · 53 dropped")


@pytest.mark.parametrize("cell", [NARROW, grid_cells(1300, 1000, 4, 4)[0], WIDE])
def test_a_person_label_stays_in_the_image_and_clear_of_the_scale(qapp, cell):
    geo = tile_geometry(cell)
    image = fit_image(geo.image_area, 384, 288)
    view = _view("", "")
    c = chrome(view, geo, (20.0, 40.0))
    right = min(image.right, c.scale_left)
    # a head at the image's right edge, with the longest label the console writes
    people = [PersonMark((300, 60, 84, 120), None, "elevated", "VERHOOGD 37,8 °C ≥ 37,5")]
    (label,) = person_labels(people, image, 384, 288, geo.label_px, c.scale_left)
    w = text_width(label.text, geo.label_px, True)
    assert label.text.split(" ")[-1] == "37,8" or label.text.startswith("VERHOOGD 37,8"), label.text
    if cell is not NARROW:  # a usual tile: the verdict whole too (a 100 px image cuts it: "VERHOO… 37,8")
        assert label.text.startswith("VERHOOGD 37,8"), label.text
    assert image.x <= label.x - w / 2 and label.x + w / 2 <= right, (label, w, right)


# -- drawn by both walls (the walls made by tests/test_render.py's fixtures) ---------------------------------------------------------


def _footer_ink(wall, grab: np.ndarray, footer: Rect) -> tuple[np.ndarray, np.ndarray]:
    """Columns (widget pixels) of amber result ink and of grey counter ink in the footer strip."""
    s = grab.shape[1] / wall.widget.width()
    strip = grab[int(footer.y * s) + 1:int(footer.bottom * s) - 1, int(footer.x * s):int(footer.right * s)]
    strip = strip.astype(int)
    amber = (strip[..., 0] > 170) & (strip[..., 2] < 90)  # (255, 184, 0) over the dark strip
    grey = strip[..., 2] > 110  # the counter's (150, 160, 175); amber ink has no blue
    cols = np.arange(strip.shape[1]) / s + footer.x
    return cols[amber.any(axis=0)], cols[grey.any(axis=0)]


@pytest.mark.parametrize("grid", [(4, 4), (1, 1)])
def test_the_wall_draws_the_result_whole_and_the_counter_only_with_room(make, grid):
    rows, cols = grid
    wall = make(680, 520)
    wall.configure(rows * cols, rows, cols, list(range(rows * cols)))
    rng = np.random.default_rng(1)
    celsius = (30.0 + rng.random((120, 160))).astype(np.float32)
    result = "Normaal 37,3 °C (voralarm)" if grid == (4, 4) else "Normaal 37,3 °C"
    view = TileView(0, "Main entrance 2", "live", fps=25.0, dropped=53, celsius=celsius,
                    last_result=result, last_role="prealarm")
    wall.show(view)
    grab = wall.grab_rgb()
    geo = tile_geometry(grid_cells(wall.widget.width(), wall.widget.height(), rows, cols)[0])
    c = chrome(view, geo, (20.0, 40.0))
    amber, grey = _footer_ink(wall, grab, geo.footer)
    assert amber.size, "no result drawn"
    drawn = amber.max() - amber.min()
    assert drawn >= 0.85 * text_width(c.result.text, geo.title_px, True), (c.result.text, drawn)
    assert amber.max() <= geo.footer.right
    if grid == (4, 4):
        assert c.result.text.startswith("Normaal 37,3"), c.result.text
        assert c.fps.text != fps_text(view)
        if not c.fps.text:
            assert not (grey > amber.max()).any()  # no counter drawn beside it
    else:
        assert (c.result.text, c.fps.text) == ("Normaal 37,3 °C", "25 fps · 53 dropped")
        assert (grey > amber.max() + 10).sum() >= 0.6 * text_width(c.fps.text, geo.small_px)  # the counter
