"""The GPU wall: one vispy SceneCanvas, one view per tile, colour mapping on the GPU.

One canvas (one GL context) holds a ``ViewBox`` per tile, placed in a grid
by :mod:`app.render.layout`; :meth:`VispyWall.configure` only moves, shows
and hides them. Each view holds the tile's thermal image, an ``Image``
visual with the raw °C float32 frame in a float texture
(``texture_format="auto"``): the span (``clim``) and the palette (``cmap``)
are applied in the fragment shader, so changing either uploads nothing and
a new frame is one texture upload. The fever mask is a second ``Image``
above it (uint8, two-colour colormap: transparent / :data:`FEVER_MASK_RGB`),
also mapped on the GPU, and drawn only while the mask has a pixel set. A
visible (non-radiometric) camera's picture is a third ``Image`` (uint8, grey
colormap, fixed 0-255), drawn instead of the thermal one, with no scale bar
and no mask: it is no temperature.

Why the rest is not per tile: vispy spends a fixed slice of Python time on
every visual it draws (about half a millisecond here), so 16 tiles with a
dozen visuals each would be CPU-bound at a few frames per second on any
GPU. The chrome of all tiles is therefore drawn by a handful of wall-wide
visuals in canvas pixels: one mesh under the views (tile backgrounds,
header and footer strips, borders, scale bars and their marks), one mesh
over them (dimming, person outlines), one set of markers, and one text
visual per type size. A frame costs one or two draws per tile plus about
ten for the whole wall, and those wall-wide visuals are rebuilt only when
what they show changes (span labels and fps at most 4 times a second).

Everything is created once: wall-wide visuals in the constructor, a tile's
view and images the first time :meth:`configure` names its index; after
that they are only updated in place. All methods run on the GUI thread.
"""

from __future__ import annotations

import time

import numpy as np
from PySide6.QtCore import QCoreApplication

from app.render.base import TileView
from app.render.chrome import Chrome, Label, chrome, person_labels
from app.render.common import AutoSpan, DisplayStats, WallBase, including
from app.render.layout import Rect, TileGeometry, fit_image, grid_cells, tile_geometry
from app.render.mouse import TileClickFilter
from app.render.palettes import FEVER_MASK_RGB, PALETTES, load_palette, rgba
from app.render.theme import TEXT, TILE_BG, WALL_BG, role_rgb, state_style
from app.translations import arg

FONT_FACE = "OpenSans"  # ships with vispy: the same glyphs on every machine
TEXT_REFRESH_S = 0.25  # fps and span figures change every frame; nobody reads them faster
BAR_STEPS = 64  # gradient segments per scale bar

_BAR_INDEX = np.linspace(255, 0, BAR_STEPS + 1).round().astype(int)  # palette entries down the bar

# vispy names vertical anchors for a y-up frame; the wall is laid out in
# widget pixels (y down), where its "top" is our "bottom".
_ANCHOR_Y = {"top": "bottom", "center": "center", "bottom": "top"}


class _Tile:
    """One tile's own visuals (its view, image and mask) and what it last showed."""

    def __init__(self, wall: VispyWall, index: int) -> None:
        from vispy import scene

        self.index = index
        self.shown = False
        self.last_celsius = None  # the frame last uploaded: re-shows of it draw chrome only
        self.view_data: TileView | None = None
        self.pending: TileView | None = None  # latest view while hidden
        self.geo: TileGeometry | None = None
        self.image_rect: Rect | None = None
        self.img_shape: tuple[int, int] | None = None
        self.auto = AutoSpan()
        self.span = (20.0, 40.0)
        self.alarm = False
        self.chrome: Chrome | None = None
        self.clim: tuple[float, float] | None = None

        self.view = scene.ViewBox(parent=wall._canvas.central_widget, border_width=0)
        cam = scene.PanZoomCamera(aspect=1.0, flip=(False, True, False))
        cam.interactive = False  # a guard's stray scroll must not zoom a screening view
        self.view.camera = cam
        self.view.visible = False
        # Image then mask, both at z = 0: depth testing off, ``order`` decides.
        self.image = scene.visuals.Image(
            np.zeros((2, 2), np.float32), texture_format="auto", cmap=wall._cmap, clim=self.span,
            interpolation="nearest", parent=self.view.scene,
        )
        self.image.order = 0
        self.image.set_gl_state(blend=False, depth_test=False)  # opaque: no blending to pay for
        self.image.visible = False
        self.mask = scene.visuals.Image(
            np.zeros((2, 2), np.uint8), texture_format="auto", cmap=wall._mask_cmap, clim=(0.0, 1.0),
            interpolation="nearest", parent=self.view.scene,
        )
        self.mask.order = 1
        self.mask.set_gl_state("translucent", depth_test=False)
        self.mask.visible = False
        self.picture = scene.visuals.Image(
            np.zeros((2, 2), np.uint8), texture_format="auto", cmap="grays", clim=(0.0, 255.0),
            interpolation="nearest", parent=self.view.scene,
        )
        self.picture.order = 0
        self.picture.set_gl_state(blend=False, depth_test=False)
        self.picture.visible = False
        self.thermal = True  # the tile shows °C (scale bar and limit mark), not a visible picture


class _Text:
    """One wall-wide text visual: every label of one type size, in canvas pixels."""

    def __init__(self, wall: VispyWall, bold: bool, throttle: bool = False) -> None:
        from vispy import scene

        self.visual = scene.visuals.Text(
            "", bold=bold, face=FONT_FACE, font_manager=wall._fonts, parent=wall._canvas.central_widget,
        )
        self.visual.order = 10
        self.visual.visible = False
        self.throttle = throttle
        self.last_build = 0.0
        self._texts: tuple = ()
        self._colours: tuple = ()
        self._pos: tuple = ()
        self._style: tuple = ()

    def set(self, labels: list[Label], px: int, pt_per_px: float, now: float, force: bool = False) -> bool:
        """Show ``labels``; False when a throttled change was put off (call again later)."""
        v = self.visual
        if not labels:
            if v.visible:
                v.visible = False
            self._texts = ()
            return True
        texts = tuple(lb.text for lb in labels)
        colours = tuple(lb.rgb for lb in labels)
        pos = tuple((round(lb.x, 1), round(lb.y, 1)) for lb in labels)
        style = (px, labels[0].anchor_x, labels[0].anchor_y)
        assert all((lb.anchor_x, lb.anchor_y) == style[1:] for lb in labels), "one anchor per text visual"
        if (texts, colours, pos, style) == (self._texts, self._colours, self._pos, self._style):
            return True
        if self.throttle and not force and self._texts and now - self.last_build < TEXT_REFRESH_S:
            return False
        if texts != self._texts:
            v.text = list(texts)
        if colours != self._colours or texts != self._texts:
            v.color = np.array([rgba(c) for c in colours], np.float32)
        if pos != self._pos or texts != self._texts:
            v.pos = np.array(pos, np.float32)
        if style != self._style:
            v.anchors = (labels[0].anchor_x, _ANCHOR_Y[labels[0].anchor_y])
            v.font_size = px * pt_per_px
        self._texts, self._colours, self._pos, self._style = texts, colours, pos, style
        self.last_build = now
        v.visible = True
        return True


class _Quads:
    """Rectangles with per-vertex colours, gathered then handed to one Mesh visual."""

    _FACES = np.array([0, 1, 2, 0, 2, 3], np.uint32)

    def __init__(self) -> None:
        self.xy: list[np.ndarray] = []  # (4 n, 2) blocks
        self.rgba: list[np.ndarray] = []  # (4 n, 4) blocks

    def rect(self, r: Rect, rgb, alpha: float = 1.0) -> None:
        self.xy.append(np.array([(r.x, r.y), (r.right, r.y), (r.right, r.bottom), (r.x, r.bottom)], np.float32))
        self.rgba.append(np.tile(np.array(rgba(rgb, alpha), np.float32), (4, 1)))

    def frame(self, r: Rect, width: float, rgb) -> None:
        w = width
        for part in (Rect(r.x, r.y, r.w, w), Rect(r.x, r.bottom - w, r.w, w),
                     Rect(r.x, r.y + w, w, r.h - 2 * w), Rect(r.right - w, r.y + w, w, r.h - 2 * w)):
            self.rect(part, rgb)

    def gradient(self, r: Rect, colours: np.ndarray) -> None:
        """A vertical gradient through ``colours`` (N, 3 uint8), first colour at the top."""
        n = len(colours) - 1
        ys = r.y + r.h * np.arange(n + 1, dtype=np.float32) / n
        xy = np.empty((n, 4, 2), np.float32)
        xy[:, :, 0] = (r.x, r.right, r.right, r.x)
        xy[:, 0, 1] = xy[:, 1, 1] = ys[:-1]
        xy[:, 2, 1] = xy[:, 3, 1] = ys[1:]
        c = np.concatenate([colours.astype(np.float32) / 255.0, np.ones((n + 1, 1), np.float32)], axis=1)
        col = np.stack([c[:-1], c[:-1], c[1:], c[1:]], axis=1)
        self.xy.append(xy.reshape(-1, 2))
        self.rgba.append(col.reshape(-1, 4))

    def apply(self, mesh) -> None:
        if not self.xy:
            mesh.visible = False
            return
        xy = np.concatenate(self.xy)
        n = len(xy) // 4
        faces = (np.arange(n, dtype=np.uint32)[:, None] * 4 + self._FACES).reshape(-1, 3)
        mesh.set_data(vertices=xy, faces=faces, vertex_colors=np.concatenate(self.rgba))
        mesh.visible = True


class VispyWall(WallBase):
    """The wall drawn by vispy on the GPU. See the module docstring."""

    kind = "gpu"

    def __init__(self, parent=None, *, size: tuple[int, int] = (1280, 720), note: str = "",
                 renderer_hint: str = "") -> None:
        from vispy import app as vispy_app
        from vispy import scene
        from vispy.color import Colormap
        from vispy.visuals.text.text import FontManager

        vispy_app.use_app("pyside6")
        self._canvas = scene.SceneCanvas(
            keys=None, size=size, show=False, bgcolor=rgba(WALL_BG), parent=parent, app="pyside6",
        )
        self._note = note
        self._renderer_hint = renderer_hint  # from probe_gl, until this canvas's context has drawn
        self._renderer = ""
        self._closed = False
        self._fonts = FontManager(method="cpu")  # one glyph atlas for every text on the wall
        self._mask_cmap = Colormap([(0.0, 0.0, 0.0, 0.0), rgba(FEVER_MASK_RGB)], interpolation="linear")
        self._palette = "iron"
        self._cmap = self._colormap(self._palette)
        self._fixed_span: tuple[float, float] | None = None
        self._tiles: dict[int, _Tile] = {}
        self._cells: list[tuple[int, Rect]] = []  # (tile index, cell) of shown tiles
        self._grid = (1, 1)
        self._laid_out_for: tuple[int, int] | None = None  # canvas size of the last layout
        self._dirty = True  # wall-wide visuals need rebuilding before the next draw
        self._under_key: list | None = None  # what the under mesh shows now
        self.stats = DisplayStats()

        centre = self._canvas.central_widget
        # Wall-wide visuals, in canvas pixels. Under the views, then over them.
        self._under = scene.visuals.Mesh(parent=centre)
        self._under.order = -10
        self._under.set_gl_state(blend=False, depth_test=False, cull_face=False)  # opaque
        self._over = scene.visuals.Mesh(parent=centre)
        self._over.order = 5
        self._over.set_gl_state("translucent", depth_test=False, cull_face=False)
        self._markers = scene.visuals.Markers(parent=centre)
        self._markers.order = 6
        self._markers.set_gl_state("translucent", depth_test=False)
        self._markers.visible = False
        # One text visual per type size and anchor (a vispy Text has one of each).
        self._text = {
            "title": _Text(self, bold=True),  # entrance names and last results, left-aligned
            "state": _Text(self, bold=True),  # state words, right-aligned
            "small": _Text(self, bold=False, throttle=True),
            "limit": _Text(self, bold=True),
            "overlay": _Text(self, bold=True),
            "detail": _Text(self, bold=False),
            "shadow": _Text(self, bold=True),
            "label": _Text(self, bold=True),
        }
        self._text["label"].visual.order = 11

        from PySide6.QtCore import QTimer

        # Redraws once more when a throttled figure was put off and no frame follows.
        self._text_timer = QTimer(self._canvas.native)
        self._text_timer.setSingleShot(True)
        self._text_timer.setInterval(int(TEXT_REFRESH_S * 1000) + 10)
        self._text_timer.timeout.connect(self._canvas.update)

        self._mouse = TileClickFilter(self.tile_at, swallow_motion=True)
        self._canvas.native.installEventFilter(self._mouse)
        self._canvas.events.resize.connect(self._on_resize)
        self._canvas.events.draw.connect(self._on_draw)  # runs before the scene draws
        self._canvas.native.frameSwapped.connect(self._on_swapped)

    # -- WallRenderer --------------------------------------------------------
    @property
    def widget(self):
        return self._canvas.native

    @property
    def canvas(self):
        """The vispy SceneCanvas (for benchmarks and tests)."""
        return self._canvas

    @property
    def renderer(self) -> str:
        """GL_RENDERER of the canvas's context; empty until the first draw."""
        return self._renderer

    @property
    def description(self) -> str:
        where = self._renderer or self._renderer_hint or QCoreApplication.translate(
            "Renderer", "GL renderer not yet known (no frame drawn)")
        what = arg(QCoreApplication.translate("Renderer", "GPU (vispy) on %1"), where)
        return what + (f": {self._note}" if self._note else "")

    def configure(self, n_tiles: int, rows: int, cols: int, shown: list[int]) -> None:
        self._begin_layout(n_tiles, rows, cols, shown, lambda i: _Tile(self, i))
        shown_set = set(shown)
        for i, tile in self._tiles.items():
            tile.shown = i in shown_set
            tile.view.visible = tile.shown
            if not tile.shown:
                self.stats.forget(i)
        self._relayout()
        self._dirty = True
        self._canvas.update()
        self._draw_pending(shown)

    def set_palette(self, name: str) -> None:
        if name not in PALETTES:
            raise KeyError(f"unknown palette {name!r}; choose one of {', '.join(PALETTES)}")
        if name == self._palette:
            return
        self._palette = name
        self._cmap = self._colormap(name)
        for tile in self._tiles.values():
            tile.image.cmap = self._cmap
        self._dirty = True  # scale bars
        self._canvas.update()

    def grab_rgb(self) -> np.ndarray:
        if not self._canvas.native.isValid():
            raise RuntimeError("the GPU wall has no GL context until its widget has been shown")
        self._follow_size()
        self._flush(force=True)
        rgba_img = self._canvas.render(alpha=False)
        if not self._renderer:
            self._query_renderer()
        return np.ascontiguousarray(rgba_img[..., :3])

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        import shiboken6

        native = self._canvas.native
        self._mouse.on_double_click = None
        if shiboken6.isValid(self._text_timer):
            self._text_timer.stop()
        self._canvas.events.resize.disconnect(self._on_resize)
        self._canvas.events.draw.disconnect(self._on_draw)
        if shiboken6.isValid(native):
            native.removeEventFilter(self._mouse)
            native.frameSwapped.disconnect(self._on_swapped)
        self._tiles.clear()
        self._cells = []
        if shiboken6.isValid(native):
            self._canvas.close()
            native.deleteLater()

    # -- internals: events ---------------------------------------------------
    @staticmethod
    def _colormap(name: str):
        from vispy.color import Colormap

        return Colormap(load_palette(name).astype(np.float32) / 255.0, interpolation="linear")

    def _pt_per_px(self) -> float:
        return 72.0 / float(self._canvas.dpi or 96.0)

    def _on_resize(self, event) -> None:
        self._relayout()

    def _sync_size(self) -> None:
        self._follow_size()

    def _follow_size(self) -> None:
        # The canvas hears of a new widget size only when GL next resizes,
        # which may be after a caller has already asked where a tile is.
        if tuple(self._canvas.size) != self._laid_out_for:
            self._relayout()

    def _on_draw(self, event) -> None:
        if not self._renderer:
            self._query_renderer()
        self._flush()

    def _on_swapped(self) -> None:
        self.stats.painted(time.perf_counter())

    def _query_renderer(self) -> None:
        from vispy.gloo import gl

        try:
            self._renderer = str(gl.glGetParameter(gl.GL_RENDERER))
        except Exception as exc:  # noqa: BLE001 - a description must never break drawing
            self._renderer = f"unknown GL renderer ({exc})"

    # -- internals: layout ---------------------------------------------------
    def _relayout(self) -> None:
        if not self._cells:
            return
        w, h = self._canvas.size
        self._laid_out_for = (w, h)
        rows, cols = self._grid
        cells = grid_cells(w, h, rows, cols)
        self._cells = [(index, cells[k]) for k, (index, _) in enumerate(self._cells)]
        for index, cell in self._cells:
            tile = self._tiles[index]
            tile.geo = tile_geometry(cell, tile.alarm)
            self._fit_view(tile)
            if tile.view_data is not None:
                self._apply(tile, tile.view_data, new_frame=False)
        self._dirty = True

    def _fit_view(self, tile: _Tile) -> None:
        from vispy.geometry import Rect as VRect

        area = tile.geo.image_area
        if tile.img_shape is None:
            tile.image_rect = None
            r = area
        else:
            ih, iw = tile.img_shape
            r = fit_image(area, iw, ih)
            tile.image_rect = r
            tile.view.camera.rect = (0, 0, iw, ih)
        tile.view.rect = VRect(r.x, r.y, r.w, r.h)

    # -- internals: one tile -------------------------------------------------
    def _apply(self, tile: _Tile, view: TileView, new_frame: bool = True) -> None:
        """Bring one tile's own visuals up to ``view`` and note what the wall-wide ones must show."""
        tile.view_data = view
        style = state_style(view.state)
        if style.alarm != tile.alarm and tile.geo is not None:
            tile.alarm = style.alarm
            tile.geo = tile_geometry(tile.geo.tile, tile.alarm)
            self._fit_view(tile)
        if tile.geo is None:
            return
        data = view.celsius
        picture = view.visible if data is None else None
        shown = data if data is not None else picture
        if shown is not None:
            shape = shown.shape[:2]
            if shape != tile.img_shape:
                tile.img_shape = shape
                tile.auto.reset()
                self._fit_view(tile)
        if picture is not None and new_frame:
            tile.picture.set_data(picture)
            tile.picture.visible = True
            tile.image.visible = False
            tile.mask.visible = False  # a picture has no temperatures, so no pixel is over the limit
            tile.thermal = False
        if data is not None:
            if new_frame:
                tile.picture.visible = False
                tile.thermal = True
                tile.image.set_data(data if data.dtype == np.float32 else data.astype(np.float32))
                tile.image.visible = True
                if self._fixed_span is None:
                    tile.span = including(tile.auto.update(data), view.skin_threshold_c)
                mask = view.fever_mask
                if mask is not None and mask.shape[:2] == shape and mask.any():
                    tile.mask.set_data(mask.view(np.uint8) if mask.dtype == np.bool_ else mask)
                    tile.mask.visible = True
                else:
                    tile.mask.visible = False  # most frames: nothing over the alarm level, one draw fewer
        if self._fixed_span is not None:
            tile.span = self._fixed_span
        if tile.span != tile.clim:
            tile.clim = tile.span
            tile.image.clim = tile.span
        tile.chrome = chrome(view, tile.geo, tile.span)
        self._dirty = True
        self._canvas.update()

    # -- internals: the wall-wide visuals ------------------------------------
    def _flush(self, force: bool = False) -> None:
        """Rebuild the wall-wide visuals from every shown tile's chrome, if anything changed."""
        if not self._dirty or self._closed:
            return
        self._dirty = False
        now = time.perf_counter()
        pt = self._pt_per_px()
        bar_colours = load_palette(self._palette)[_BAR_INDEX]
        under, over = _Quads(), _Quads()
        under_key: list = [self._palette]
        groups: dict[str, list[Label]] = {k: [] for k in self._text}
        px: dict[str, int] = {}
        marks = []  # (x, y, rgb)
        for index, _cell in self._cells:
            tile = self._tiles[index]
            geo, c, view = tile.geo, tile.chrome, tile.view_data
            if geo is None or c is None or view is None:
                continue
            has_image = tile.img_shape is not None
            has_scale = has_image and tile.thermal  # a visible picture has no temperature scale
            under_key.append((geo, c.header_bg, c.footer_bg, c.border_rgb, has_scale, c.mark, c.limit_mark))
            if c.dim > 0 and has_image:
                over.rect(geo.image_area, (0, 0, 0), alpha=c.dim)
            groups["title"] += [c.name, c.result]
            groups["state"].append(c.state)
            px["title"] = px["state"] = geo.title_px
            groups["small"].append(c.fps)
            if has_scale:
                groups["small"] += c.scale
                groups["limit"] += c.limit
            px["small"] = px["limit"] = geo.small_px
            if c.overlay is not None:
                groups["overlay"].append(c.overlay)
                px["overlay"] = geo.overlay_px
            if c.detail is not None:
                groups["detail"].append(c.detail)
                px["detail"] = geo.detail_px
            if not state_style(view.state).overlay and tile.image_rect is not None and view.people:
                self._people(tile, view, over, groups, marks)
                px["label"] = px["shadow"] = geo.label_px
        if under_key != self._under_key:  # backgrounds, borders and bars change rarely
            self._under_key = under_key
            for geo, header_bg, footer_bg, border_rgb, has_scale, mark, limit_mark in under_key[1:]:
                under.rect(geo.tile, TILE_BG)
                under.rect(geo.header, header_bg)
                under.rect(geo.footer, footer_bg)
                under.frame(geo.tile, geo.border, border_rgb)
                if has_scale:
                    under.gradient(geo.bar, bar_colours)  # hot at the top
                    under.rect(mark, FEVER_MASK_RGB)
                    if limit_mark is not None:
                        under.rect(limit_mark, TEXT)
            under.apply(self._under)
        over.apply(self._over)
        if marks:
            size = max(12, px.get("label", 16) * 0.7)
            self._markers.set_data(
                pos=np.array([(x, y) for x, y, _ in marks], np.float32), face_color=(0, 0, 0, 0),
                edge_color=np.array([rgba(c) for _, _, c in marks], np.float32), edge_width=3, size=size,
                symbol="ring",
            )
            self._markers.visible = True
        else:
            self._markers.visible = False
        for key, text in self._text.items():
            labels = [lb for lb in groups[key] if lb is not None and lb.text]
            if not text.set(labels, px.get(key, 12), pt, now, force=force):
                self._dirty = True  # a throttled figure is still to be shown
                if not self._text_timer.isActive():
                    self._text_timer.start()

    def _people(self, tile: _Tile, view: TileView, over: _Quads, groups: dict, marks: list) -> None:
        r, (ih, iw) = tile.image_rect, tile.img_shape
        sx, sy = r.w / iw, r.h / ih
        for p in view.people:
            x, y, w, h = p.box
            box = Rect(r.x + max(0, x) * sx, r.y + max(0, y) * sy,
                       min(w + min(0, x), iw - max(0, x)) * sx, min(h + min(0, y), ih - max(0, y)) * sy)
            if box.w > 0 and box.h > 0:
                over.frame(box, min(tile.geo.outline_px, box.w / 2, box.h / 2), role_rgb(p.role))  # inside the box
            if p.point is not None:
                marks.append((r.x + (p.point[0] + 0.5) * sx, r.y + (p.point[1] + 0.5) * sy, role_rgb(p.role)))
        right = tile.chrome.scale_left if tile.chrome is not None and tile.thermal else None
        labels = person_labels(view.people, r, iw, ih, tile.geo.label_px, right)
        for lb in labels:
            for dx, dy in ((-1.5, 0), (1.5, 0), (0, -1.5), (0, 1.5)):  # a black outline round the words
                groups["shadow"].append(Label(lb.text, lb.x + dx, lb.y + dy, (0, 0, 0), lb.anchor_x, lb.anchor_y))
        groups["label"] += labels
