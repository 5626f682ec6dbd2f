"""The wall renderers: palettes, layout, and the pixels both walls actually draw.

Every pixel test runs on the GPU wall (vispy) and the CPU wall (pyqtgraph).
The GPU case needs an OpenGL context; under pytest-xvfb with the xcb platform
Mesa's llvmpipe gives one, so it is skipped only where GL is really missing.
Canvases are kept small: software GL draws on this CPU.
"""

from __future__ import annotations

import itertools
import threading

import numpy as np
import pytest

from app.render.base import TILE_STATES, PersonMark, TileView
from app.render.chrome import chrome, fps_text, person_labels
from app.render.common import AutoSpan, DisplayStats, including
from app.render.layout import GAP, Rect, bar_fraction, fit_image, grid_cells, tile_geometry
from app.render.palettes import FEVER_MASK_RGB, OUTLINE_RGB, PALETTE_DIR, PALETTES, generate, load_palette
from app.render.theme import ELEVATED_BAR_BG, LIVE_WORD, RED, REPLAY_WORD, SLATE, STATE_STYLE, TEXT

# -- palettes -------------------------------------------------------------------


def test_every_palette_is_a_checked_in_256_entry_table():
    for name in PALETTES:
        assert (PALETTE_DIR / f"{name}.csv").is_file()
        table = load_palette(name)
        assert table.shape == (256, 3) and table.dtype == np.uint8
        assert not table.flags.writeable
        # the files are what the generator makes (regenerate with `python -m app.render.palettes --write`)
        np.testing.assert_array_equal(table, generate(name))
    assert (PALETTE_DIR / "README.md").is_file()
    with pytest.raises(KeyError):
        load_palette("jet")


def test_palettes_run_from_cold_to_hot():
    for name in ("iron", "white_hot", "grey"):
        lum = load_palette(name).astype(float) @ [0.299, 0.587, 0.114]
        assert lum[-1] > lum[0] + 200, name
    lum = load_palette("black_hot").astype(float) @ [0.299, 0.587, 0.114]
    assert lum[0] > lum[-1] + 200
    assert not np.array_equal(load_palette("grey"), load_palette("white_hot"))


def test_fever_mask_colour_is_far_from_every_palette_entry():
    every = np.concatenate([load_palette(n).astype(float) for n in PALETTES])
    dist = np.sqrt(((every - np.array(FEVER_MASK_RGB, float)) ** 2).sum(axis=1))
    assert dist.min() > 80, f"fever mask colour within {dist.min():.0f} of a palette entry"


def test_outline_colours_are_distinct_from_each_other_and_the_mask():
    assert set(OUTLINE_RGB) == {"measuring", "normal", "prealarm", "elevated", "retry"}
    for (ra, a), (rb, b) in itertools.combinations(OUTLINE_RGB.items(), 2):
        assert np.linalg.norm(np.subtract(a, b)) > 100, (ra, rb)
    for role, rgb in OUTLINE_RGB.items():
        assert np.linalg.norm(np.subtract(rgb, FEVER_MASK_RGB)) > 80, role


# -- pure layout and chrome -----------------------------------------------------


@pytest.mark.parametrize("rows,cols", [(1, 1), (2, 2), (3, 3), (4, 4), (2, 3)])
def test_grid_cells_tile_the_area_without_overlap(rows, cols):
    cells = grid_cells(1000, 700, rows, cols)
    assert len(cells) == rows * cols
    for a, b in itertools.combinations(cells, 2):
        assert a.right + GAP <= b.x or b.right + GAP <= a.x or a.bottom + GAP <= b.y or b.bottom + GAP <= a.y
    assert all(0 < c.x and c.right <= 1000 and 0 < c.y and c.bottom <= 700 for c in cells)
    assert min(c.w for c in cells) >= (1000 - GAP * (cols + 1)) / cols - 1


def test_fit_image_keeps_square_pixels_and_centres():
    r = fit_image(Rect(10, 20, 400, 200), 640, 512)
    assert abs(r.w / r.h - 640 / 512) < 0.02
    assert r.h == 200 and abs((r.x - 10) - (400 - r.w) / 2) <= 1


def test_text_grows_with_the_tile():
    small = tile_geometry(Rect(0, 0, 320, 240))
    big = tile_geometry(Rect(0, 0, 1900, 1000))
    assert big.title_px > small.title_px and big.overlay_px > small.overlay_px
    assert small.title_px >= 13  # legible even on a 4x4 wall of a small screen
    assert tile_geometry(Rect(0, 0, 320, 240), alarm=True).border > small.border


def test_chrome_words_and_colours():
    geo = tile_geometry(Rect(0, 0, 480, 360))
    view = TileView(0, "North", "live", fps=29.6, last_result="ELEVATED 38.2 °C", last_role="elevated",
                    celsius=np.zeros((4, 4), np.float32), dropped=3)
    c = chrome(view, geo, (20.0, 40.0))
    assert c.state.text == "Live" and c.name.text == "North"
    assert c.footer_bg == ELEVATED_BAR_BG and c.result.rgb == OUTLINE_RGB["elevated"]
    assert fps_text(view) == "30 fps · 3 dropped"
    # the result has the footer first: whole, with as much of the counter as fits beside it
    assert c.result.text == "ELEVATED 38.2 °C" and c.fps.text in ("30 fps · 3 dropped", "30 fps")
    assert c.overlay is None and c.dim == 0
    # the threshold mark sits at the skin threshold on the bar
    frac = bar_fraction(view.skin_threshold_c, 20.0, 40.0)
    assert abs((geo.bar.bottom - (c.mark.y + c.mark.h / 2)) / geo.bar.h - frac) < 0.02
    assert c.limit[0].text == "37.7"
    for state in TILE_STATES:
        c = chrome(TileView(0, "N", state, state_detail="why"), geo, (20.0, 40.0))
        assert c.border_rgb == STATE_STYLE[state].colour
        if STATE_STYLE[state].overlay:
            assert c.overlay is not None and c.overlay.text == TILE_STATES[state]
        elif state == "alert":  # flashes the header and border; the picture stays clear
            assert c.overlay is None and c.dim == 0


@pytest.mark.parametrize("size", [(480, 360), (320, 240), (240, 180), (960, 720)])
def test_an_alarm_level_under_the_limit_gets_its_own_mark_and_words(size):
    """The limit's tick above the alarm level's mark (where the fever mask starts), "limit 37.7" over
    "37.4 alarm", one line apart, clear of the span ends and inside the bar's height."""
    geo = tile_geometry(Rect(0, 0, *size))
    view = TileView(0, "North", "live", celsius=np.zeros((4, 4), np.float32), skin_threshold_c=36.1,
                    alarm_level_c=37.4)
    c = chrome(view, geo, (20.0, 40.0))
    assert c.limit_mark is not None and c.limit_mark.y < c.mark.y  # hotter is higher
    frac = bar_fraction(36.1 + 0.3, 20.0, 40.0)
    # where the limit is, or just over the alarm mark where the bar is too short to part them
    assert abs((geo.bar.bottom - (c.limit_mark.y + c.limit_mark.h / 2)) / geo.bar.h - frac) < max(0.02, 5 / geo.bar.h)
    assert c.limit_mark.bottom < c.mark.y
    texts = [lb.text for lb in c.limit]
    assert texts in (["limit", "37.7", "37.4", "alarm"], ["37.7", "37.4"]), texts
    assert texts[texts.index("37.7")] and c.limit[texts.index("37.4")].rgb == FEVER_MASK_RGB
    assert c.limit[texts.index("37.7")].rgb == TEXT
    ys = [lb.y for lb in c.limit]
    sp = geo.small_px
    assert all(b - a >= sp for a, b in zip(ys, ys[1:], strict=False)), ys  # no line over another
    assert all(geo.bar.y <= y <= geo.bar.bottom for y in ys)
    for end in c.scale:  # the span-end labels stay clear
        assert all(abs(end.y - y) >= sp for y in ys), (end.y, ys)
    if size[0] >= 480:
        assert texts[0] == "limit"  # room for the words on a usual tile
    # no margin: one mark, labelled with the limit as before
    c = chrome(TileView(0, "North", "live", celsius=np.zeros((4, 4), np.float32)), geo, (20.0, 40.0))
    assert c.limit_mark is None and [lb.text for lb in c.limit] == ["37.7", "limit"]


def test_a_replay_or_simulated_tile_never_says_live():
    geo = tile_geometry(Rect(0, 0, 480, 360))
    img = np.zeros((4, 4), np.float32)
    for source, word, rgb in (("", "Live", LIVE_WORD), ("replay", "Replay", REPLAY_WORD),
                              ("simulated", "Simulated", REPLAY_WORD)):
        c = chrome(TileView(0, "North", "live", celsius=img, source=source), geo, (20.0, 40.0))
        assert (c.state.text, c.state.rgb) == (word, rgb)
    c = chrome(TileView(0, "North", "offline", source="replay"), geo, (20.0, 40.0))
    assert c.state.text == "Offline"  # a state that is not live says what it is


def test_person_label_above_the_box_or_inside_it_at_the_top():
    image = Rect(100, 50, 320, 256)
    above, inside = person_labels(
        [PersonMark((60, 100, 40, 56), (70, 110), "normal", "36.9 °C"),
         PersonMark((200, 0, 40, 56), None, "elevated", "38.2 °C")], image, 160, 128, 20)
    assert above.y < 50 + 100 * 2 and above.rgb == OUTLINE_RGB["normal"]
    assert inside.y > 50 and inside.rgb == OUTLINE_RGB["elevated"]


def test_auto_span_is_cheap_smoothed_and_never_too_narrow():
    rng = np.random.default_rng(1)
    frame = (25 + rng.normal(0, 0.05, (512, 640))).astype(np.float32)
    auto = AutoSpan()
    lo, hi = auto.update(frame)
    assert hi - lo >= auto.min_width_c - 1e-6 and lo < 25 < hi
    ramp = np.tile(np.linspace(20, 40, 640, dtype=np.float32), (512, 1))
    lo2, hi2 = auto.update(ramp)
    assert lo2 < lo and hi2 > hi and hi2 < 39  # moving towards the new span, not jumping
    for _ in range(100):
        lo3, hi3 = auto.update(ramp)
    assert abs(lo3 - 20.2) < 0.3 and abs(hi3 - 39.9) < 0.3
    assert including((20.0, 30.0), 36.2) == (20.0, 38.2)


def test_display_stats_latest_frame_wins():
    s = DisplayStats()
    s.push(0, t=1.0)
    s.push(0, t=1.01)  # replaces the first before any paint
    s.push(1, t=1.02)
    s.painted(t=1.05)
    assert (s.pushed, s.displayed, s.dropped, s.paints) == (3, 2, 1, 1)
    assert sorted(round(v, 3) for v in s.latencies_s) == [0.03, 0.04]


def test_renderers_do_not_compute_temperatures():
    """The wall reads the °C array it is given; it never converts counts or applies emissivity."""
    from pathlib import Path

    import app.render as pkg

    src = "".join(p.read_text() for p in Path(pkg.__path__[0]).glob("*.py"))
    for word in ("app.core", "radiometry", "emissivity", "centikelvin"):
        assert word not in src, word


# -- the walls ------------------------------------------------------------------

W, H = 160, 120  # synthetic frame
HOT = (slice(40, 80), slice(96, 128))  # rows, cols of the masked square


def ramp_frame() -> tuple[np.ndarray, np.ndarray]:
    """20 °C → 40 °C left to right in 1 °C steps of 8 columns, and a masked hot square."""
    steps = 20.0 + (np.arange(W) // 8) * 1.0 + 0.5
    celsius = np.tile(steps.astype(np.float32), (H, 1))
    mask = np.zeros((H, W), np.uint8)
    mask[HOT] = 1
    celsius[HOT] = 39.0
    return celsius, mask


@pytest.fixture(scope="session")
def gl_info(qapp):
    from app.render.glinfo import probe_gl

    return probe_gl()


@pytest.fixture(params=["gpu", "cpu"])
def make(request, qtbot, gl_info):
    """Build a wall of the parametrised kind, shown at a given size; closed after the test."""
    walls = []

    def build(width: int, height: int):
        if request.param == "gpu":
            if not gl_info.ok:
                pytest.skip(f"no OpenGL context on this machine: {gl_info.error}")
            from app.render.vispy_wall import VispyWall

            wall = VispyWall(size=(width, height), renderer_hint=gl_info.renderer)
        else:
            from app.render.cpu_wall import CpuWall

            wall = CpuWall()
        walls.append(wall)
        wall.widget.resize(width, height)
        wall.widget.show()
        qtbot.waitExposed(wall.widget)
        return wall

    yield build
    for wall in walls:
        wall.close()
    qtbot.wait(1)


def screen_xy(wall, rect: Rect, grab: np.ndarray, ix: float, iy: float) -> tuple[int, int]:
    """Pixel (column, row) in ``grab`` of image coordinate (ix, iy)."""
    s = grab.shape[1] / wall.widget.width()
    return int((rect.x + ix * rect.w / W) * s), int((rect.y + iy * rect.h / H) * s)


def near_entry(rgb, palette: np.ndarray, index: int, spread: int = 3) -> float:
    lo, hi = max(0, index - spread), min(255, index + spread)
    return float(np.sqrt(((palette[lo:hi + 1].astype(float) - np.asarray(rgb, float)) ** 2).sum(axis=1)).min())


def test_known_frame_draws_palette_colours_and_the_mask_exactly(make):
    wall = make(320, 240)
    wall.configure(1, 1, 1, [0])
    wall.set_span(20.0, 40.0)
    celsius, mask = ramp_frame()
    wall.show(TileView(0, "Ramp", "live", celsius=celsius, fever_mask=mask))
    img = wall.grab_rgb()
    rect = wall.image_rect(0)
    assert rect is not None and rect.w > 150
    iron = load_palette("iron")
    for step in (1, 5, 9, 13, 17):  # 21.5, 25.5, 29.5, 33.5, 37.5 °C
        t = 20.0 + step + 0.5
        x, y = screen_xy(wall, rect, img, step * 8 + 4, 20)
        index = round((t - 20.0) / 20.0 * 255)
        assert near_entry(img[y, x], iron, index) < 8, (t, img[y, x], iron[index])

    # the mask colour exactly where the mask is set, nowhere else in the image
    s = img.shape[1] / wall.widget.width()
    x0, y0 = int(np.ceil(rect.x * s)), int(np.ceil(rect.y * s))
    x1, y1 = int((rect.x + rect.w) * s), int((rect.y + rect.h) * s)
    area = img[y0:y1, x0:x1].astype(int)
    is_mask = np.abs(area - FEVER_MASK_RGB).max(axis=2) <= 3
    mx0 = rect.x * s + HOT[1].start * rect.w * s / W - x0
    mx1 = rect.x * s + HOT[1].stop * rect.w * s / W - x0
    my0 = rect.y * s + HOT[0].start * rect.h * s / H - y0
    my1 = rect.y * s + HOT[0].stop * rect.h * s / H - y0
    yy, xx = np.mgrid[0 : area.shape[0], 0 : area.shape[1]] + 0.5
    inside = (xx > mx0 + 2) & (xx < mx1 - 2) & (yy > my0 + 2) & (yy < my1 - 2)
    outside = (xx < mx0 - 2) | (xx > mx1 + 2) | (yy < my0 - 2) | (yy > my1 + 2)
    assert inside.sum() > 500 and is_mask[inside].all()
    assert not is_mask[outside].any(), f"{is_mask[outside].sum()} mask-coloured pixels outside the mask"


def test_palette_and_span_changes_change_pixels(make):
    wall = make(320, 240)
    wall.configure(1, 1, 1, [0])
    wall.set_span(20.0, 40.0)
    celsius, mask = ramp_frame()
    wall.show(TileView(0, "Ramp", "live", celsius=celsius, fever_mask=mask))
    img = wall.grab_rgb()
    rect = wall.image_rect(0)
    x, y = screen_xy(wall, rect, img, 9 * 8 + 4, 20)  # 29.5 °C
    before = img[y, x].copy()
    wall.set_palette("grey")
    img = wall.grab_rgb()
    grey = load_palette("grey")
    assert near_entry(img[y, x], grey, round(9.5 / 20 * 255)) < 8
    assert np.abs(img[y, x].astype(int) - before).max() > 40
    wall.set_span(29.0, 31.0)  # 29.5 °C is now a quarter of the way up
    img = wall.grab_rgb()
    assert near_entry(img[y, x], grey, round(0.25 * 255)) < 8
    wall.set_span(None, None)  # automatic: the span follows the frame on the next one
    wall.show(TileView(0, "Ramp", "live", celsius=celsius, fever_mask=mask))
    lo, hi = wall.current_span(0)
    assert 20.0 <= lo < 21.0 and 39.0 < hi < 41.0


@pytest.mark.parametrize("rows", [1, 2, 3, 4])
def test_configure_puts_tiles_where_tile_at_says(make, rows):
    wall = make(480, 360)
    wall.configure(16, 4, 4, list(range(16)))
    wall.set_palette("grey")
    wall.set_span(20.0, 40.0)
    order = list(reversed(range(rows * rows)))  # any order: the grid shows what it is told
    wall.configure(16, rows, rows, order)
    for i in range(16):  # a uniform frame per tile, its grey level telling which tile it is
        wall.show(TileView(i, f"T{i}", "live", celsius=np.full((24, 32), 20.0 + 1.2 * i + 0.3, np.float32)))
    img = wall.grab_rgb()
    s = img.shape[1] / wall.widget.width()
    grey = load_palette("grey")
    cells = grid_cells(480, 360, rows, rows)
    for k, index in enumerate(order):
        r = wall.image_rect(index)
        assert r is not None and cells[k].contains(r.x + r.w / 2, r.y + r.h / 2)
        cx, cy = r.x + r.w / 2, r.y + r.h / 2
        assert wall.tile_at(cx, cy) == index
        assert wall.tile_at(cells[k].x + 1, cells[k].y + 1) == index
        level = round((1.2 * index + 0.3) / 20 * 255)
        assert near_entry(img[int(cy * s), int(cx * s)], grey, level, spread=2) < 8, index
    hidden = set(range(16)) - set(order)
    assert all(wall.image_rect(i) is None for i in hidden)
    assert wall.tile_at(1, 1) is None  # the gap between tiles
    assert wall.tile_at(479, 359) is None or rows == 1


def test_offline_and_bypassed_tiles_are_unmistakable(make):
    wall = make(640, 240)
    wall.configure(3, 1, 3, [0, 1, 2])
    wall.set_span(20.0, 40.0)
    celsius, mask = ramp_frame()
    for i in range(3):
        wall.show(TileView(i, f"Door {i}", "live", celsius=celsius, fever_mask=mask))
    img = wall.grab_rgb()
    s = img.shape[1] / wall.widget.width()
    rect = wall.image_rect(1)
    px, py = screen_xy(wall, rect, img, 13 * 8 + 4, 100)
    live_level = img[py, px].astype(int).sum()

    wall.show(TileView(1, "Door 1", "offline", state_detail="No frames for 12 s"))  # keeps its last frame
    wall.show(TileView(2, "Door 2", "bypassed", celsius=celsius, fever_mask=mask))
    img = wall.grab_rgb()
    cells = grid_cells(640, 240, 1, 3)

    def px_at(x, y):
        return img[int(y * s), int(x * s)].astype(int)

    def close(rgb, ref, tol=12):
        return np.abs(rgb - ref).max() <= tol

    for k, colour in ((0, SLATE), (1, RED), (2, RED)):
        c = cells[k]
        assert close(px_at(c.x + 1, c.y + c.h / 2), colour), (k, px_at(c.x + 1, c.y + c.h / 2))
        assert close(px_at(c.x + c.w / 2, c.bottom - 2), colour), k
    # header filled with the state colour on alarm states
    geo = tile_geometry(cells[1], alarm=True)
    assert close(px_at(geo.header.x + geo.header.w / 2, geo.header.y + 3), RED)
    # the state word written large over the (dimmed) image
    area = geo.image_area
    x0, y0, x1, y1 = (int(v * s) for v in (area.x, area.y, area.right, area.bottom))
    red_px = (np.abs(img[y0:y1, x0:x1].astype(int) - RED).max(axis=2) <= 40).sum()
    assert red_px > 300
    assert img[py, px].astype(int).sum() < 0.6 * live_level  # last frame kept, dimmed


def test_the_limit_tick_is_drawn_above_the_alarm_level_mark(make):
    wall = make(320, 240)
    wall.configure(1, 1, 1, [0])
    wall.set_span(20.0, 40.0)
    celsius, mask = ramp_frame()
    view = TileView(0, "Ramp", "live", celsius=celsius, fever_mask=mask, skin_threshold_c=33.0, alarm_level_c=36.0)
    wall.show(view)
    img = wall.grab_rgb()
    s = img.shape[1] / wall.widget.width()
    c = chrome(view, tile_geometry(grid_cells(320, 240, 1, 1)[0]), (20.0, 40.0))

    def px(rect):  # the middle of a mark, left of the bar (only the mark is drawn there)
        return img[int((rect.y + rect.h / 2) * s), int((rect.x + 2) * s)].astype(int)

    assert np.abs(px(c.limit_mark) - TEXT).max() <= 12, px(c.limit_mark)
    assert np.abs(px(c.mark) - FEVER_MASK_RGB).max() <= 12, px(c.mark)


def test_people_overlays_and_no_new_objects_per_frame(make):
    wall = make(320, 240)
    wall.configure(2, 1, 2, [0, 1])
    wall.set_span(20.0, 40.0)
    celsius, mask = ramp_frame()

    def view(k):
        return TileView(0, "North", "live", fps=30.0, celsius=celsius, fever_mask=mask,
                        people=[PersonMark((20 + k, 30, 40, 56), (40 + k, 50), "elevated", "38.2 °C"),
                                PersonMark((90, 40, 30, 40), None, "normal", "36.9 °C")],
                        last_result="ELEVATED 38.2 °C", last_role="elevated")

    wall.show(view(0))
    wall.grab_rgb()
    count = _object_count(wall)
    for k in range(1, 6):
        wall.show(view(k))
        wall.show(TileView(1, "South", "live", celsius=celsius, fever_mask=mask,
                           people=[PersonMark((10, 10, 30, 40), (20, 20), "measuring", "Measuring...")]))
    img = wall.grab_rgb()
    assert _object_count(wall) == count
    # the outline of the elevated person is drawn in its colour
    rect = wall.image_rect(0)
    s = img.shape[1] / wall.widget.width()
    x = int((rect.x + (25 + 20) * rect.w / W) * s)  # middle of the box's top edge (k = 5)
    y = int((rect.y + 30 * rect.h / H) * s)
    column = img[max(0, y - 3) : y + 4, x].astype(int)
    assert (np.abs(column - OUTLINE_RGB["elevated"]).max(axis=1) <= 40).any(), column


def _object_count(wall) -> int:
    if wall.kind == "gpu":
        def count(node):
            return 1 + sum(count(ch) for ch in node.children)

        return count(wall.canvas.scene)
    return len(wall.widget.scene().items())


def test_double_click_reports_the_tile(make, qtbot):
    from PySide6.QtCore import QPoint, Qt

    wall = make(480, 240)
    wall.configure(2, 1, 2, [0, 1])
    seen = []
    wall.set_double_click_handler(seen.append)
    cells = grid_cells(480, 240, 1, 2)
    target = wall.widget if wall.kind == "gpu" else wall.widget.viewport()
    # hovering and clicking must not reach vispy's own handlers (deprecated Qt calls, warnings are errors)
    qtbot.mouseMove(target, QPoint(30, 30))
    qtbot.mouseMove(target, QPoint(60, 40))
    qtbot.mouseClick(target, Qt.MouseButton.LeftButton, pos=QPoint(60, 40))
    assert seen == []
    qtbot.mouseDClick(target, Qt.MouseButton.LeftButton, pos=QPoint(int(cells[1].x + 40), int(cells[1].y + 40)))
    assert seen == [1]


def test_hidden_tiles_keep_their_latest_view_until_shown(make):
    wall = make(320, 240)
    wall.configure(2, 1, 1, [0])
    wall.set_palette("grey")
    wall.set_span(20.0, 40.0)
    wall.show(TileView(1, "Hidden", "live", celsius=np.full((24, 32), 30.0, np.float32)))
    assert wall.image_rect(1) is None
    wall.configure(2, 1, 1, [1])
    img = wall.grab_rgb()
    r = wall.image_rect(1)
    s = img.shape[1] / wall.widget.width()
    assert near_entry(img[int((r.y + r.h / 2) * s), int((r.x + r.w / 2) * s)], load_palette("grey"), 128) < 8


def test_closing_releases_the_widget_and_starts_no_threads(qtbot, gl_info):
    import shiboken6
    from PySide6.QtCore import QCoreApplication, QEvent

    from app.render.cpu_wall import CpuWall
    from app.render.vispy_wall import VispyWall

    before = set(threading.enumerate())
    kinds = [CpuWall] + ([VispyWall] if gl_info.ok else [])
    for cls in kinds:
        wall = cls()
        wall.configure(4, 2, 2, [0, 1, 2, 3])
        widget = wall.widget
        widget.resize(320, 240)
        widget.show()
        qtbot.waitExposed(widget)
        celsius, mask = ramp_frame()
        wall.show(TileView(0, "A", "live", celsius=celsius, fever_mask=mask))
        wall.grab_rgb()
        wall.close()
        wall.close()  # idempotent
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        qtbot.waitUntil(lambda w=widget: not shiboken6.isValid(w), timeout=2000)
    assert set(threading.enumerate()) <= before


# -- choosing a renderer --------------------------------------------------------


def test_software_renderers_are_recognised():
    from app.render.glinfo import is_software

    for name in ("llvmpipe (LLVM 15.0.6, 256 bits)", "softpipe", "Mesa X11 swrast", "GDI Generic",
                 "Microsoft Basic Render Driver", "SwiftShader Device"):
        assert is_software(name), name
    for name in ("NVIDIA GeForce RTX 4070/PCIe/SSE2", "AMD Radeon RX 7800 XT", "Mesa Intel(R) UHD Graphics 770"):
        assert not is_software(name), name


def test_make_wall_explains_its_choice_without_gl(qapp):
    from app.render.glinfo import GlInfo, make_wall

    broken = GlInfo(False, error="could not create an OpenGL context")
    for choice in ("auto", "gpu"):
        wall = make_wall(choice, info=broken)
        try:
            assert wall.kind == "cpu" and "could not create an OpenGL context" in wall.description
        finally:
            wall.close()
    wall = make_wall("cpu")
    assert wall.kind == "cpu" and wall.description.startswith("CPU (pyqtgraph)")
    wall.close()
    with pytest.raises(ValueError):
        make_wall("opengl")


def test_make_wall_on_this_machines_gl(qapp, gl_info):
    from app.render.glinfo import make_wall

    if not gl_info.ok:
        pytest.skip(f"no OpenGL context on this machine: {gl_info.error}")
    auto = make_wall("auto")
    gpu = make_wall("gpu")
    try:
        assert gpu.kind == "gpu" and gl_info.renderer in gpu.description
        if gl_info.software:  # llvmpipe under Xvfb: the CPU wall, and it says why
            assert auto.kind == "cpu"
            assert "software" in auto.description and gl_info.renderer in auto.description
            assert "software" in gpu.description
        else:
            assert auto.kind == "gpu"
    finally:
        auto.close()
        gpu.close()


def test_gpu_wall_draw_calls_do_not_grow_with_chrome(qtbot, gl_info, monkeypatch):
    """vispy pays Python time per visual drawn: a tile costs its image (and mask), the chrome is shared."""
    if not gl_info.ok:
        pytest.skip(f"no OpenGL context on this machine: {gl_info.error}")
    import vispy.gloo

    from app.render.vispy_wall import VispyWall

    wall = VispyWall(size=(480, 360))
    try:
        wall.widget.resize(480, 360)
        wall.widget.show()
        qtbot.waitExposed(wall.widget)
        celsius, mask = ramp_frame()
        counts = {}
        for n in (4, 16):
            wall.configure(16, 4, 4, list(range(n)))
            for i in range(n):
                wall.show(TileView(i, f"Door {i}", "live", fps=30.0, celsius=celsius, fever_mask=mask,
                                   people=[PersonMark((20, 30, 40, 56), (40, 50), "normal", "36.9 °C")],
                                   last_result="Normal 36.9 °C", last_role="normal"))
            wall.grab_rgb()
            calls = []
            original = vispy.gloo.Program.draw
            monkeypatch.setattr(vispy.gloo.Program, "draw", lambda self, *a, **k: (calls.append(1), original(self, *a, **k))[1])
            wall.grab_rgb()
            monkeypatch.undo()
            counts[n] = len(calls)
        assert counts[16] <= 2 * 16 + 12, counts
        assert counts[16] - counts[4] <= 2 * 12, counts  # two draws per extra tile, at most
    finally:
        wall.close()


def test_gpu_wall_throttled_figures_catch_up_without_new_frames(qtbot, gl_info):
    """fps and span figures redraw at most 4 times a second, but the last value always reaches the screen."""
    if not gl_info.ok:
        pytest.skip(f"no OpenGL context on this machine: {gl_info.error}")
    from app.render.vispy_wall import VispyWall

    wall = VispyWall(size=(320, 240))
    try:
        wall.widget.resize(320, 240)
        wall.widget.show()
        qtbot.waitExposed(wall.widget)
        wall.configure(1, 1, 1, [0])
        celsius, mask = ramp_frame()
        wall.show(TileView(0, "A", "live", fps=30.0, celsius=celsius, fever_mask=mask))
        wall.grab_rgb()
        wall.show(TileView(0, "A", "live", fps=12.0, celsius=celsius, fever_mask=mask))  # within 0.25 s
        qtbot.waitUntil(lambda: "12 fps" in wall._text["small"]._texts, timeout=3000)
    finally:
        wall.close()


def test_an_empty_layout_leaves_only_the_wall_background(make):
    from app.render.theme import WALL_BG

    wall = make(320, 240)
    wall.configure(2, 1, 2, [0, 1])
    celsius, mask = ramp_frame()
    wall.show(TileView(0, "A", "offline", celsius=celsius, fever_mask=mask))
    wall.grab_rgb()
    wall.configure(2, 1, 1, [])
    img = wall.grab_rgb().astype(int)
    # 8 levels: pytest-xvfb's default 16-bit screen rounds the CPU wall's grab to RGB565
    assert (np.abs(img - WALL_BG).max(axis=2) <= 8).mean() > 0.999
