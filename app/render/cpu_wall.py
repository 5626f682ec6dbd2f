"""The CPU wall: the same tiles drawn with pyqtgraph, for machines without usable GL.

One ``GraphicsView`` whose scene holds, per tile, a ``ViewBox`` with three
``ImageItem``s (thermal image through the palette as a lookup table with
fixed levels, the fever mask through a two-entry RGBA table, and a visible
camera's grey picture, shown instead of the thermal image with no scale and
no mask), outline
paths, rings at the measurement points, and plain Qt items for the chrome.
Tiles are placed by :mod:`app.render.layout`, the same numbers as the GPU
wall, so both answer :meth:`tile_at` and :meth:`image_rect` alike.

pyqtgraph maps colours on the CPU when it paints, and only for the frame it
paints, so a frame replaced before the next paint costs no colour mapping.
All methods run on the GUI thread.
"""

from __future__ import annotations

import time
from collections.abc import Callable

import numpy as np
import pyqtgraph as pg
from PySide6 import QtCore, QtGui, QtWidgets

from app.render.base import TileView
from app.render.chrome import Chrome, Label, chrome, person_labels
from app.render.common import AutoSpan, DisplayStats, WallBase, including
from app.render.layout import Rect, TileGeometry, fit_image, grid_cells, tile_geometry
from app.render.mouse import TileClickFilter
from app.render.palettes import FEVER_MASK_RGB, OUTLINE_RGB, PALETTES, load_palette
from app.render.textfit import font_family
from app.render.theme import BAR_BG, TEXT, TILE_BG, WALL_BG, role_rgb, state_style

MAX_LABELS = 8  # person labels and point rings per tile; more people still get outlines

_AX = {"left": 0.0, "center": 0.5, "right": 1.0}
_AY = {"top": 0.0, "center": 0.5, "bottom": 1.0}


def _qcolor(rgb, alpha: float = 1.0) -> QtGui.QColor:
    return QtGui.QColor(int(rgb[0]), int(rgb[1]), int(rgb[2]), int(round(alpha * 255)))


def _qrect(r: Rect) -> QtCore.QRectF:
    return QtCore.QRectF(r.x, r.y, r.w, r.h)


_UNSET = object()  # "draw whatever comes next": unlike None, which means "hidden"


def display_step(image_w: int, shown_w: float) -> int:
    """Every k-th pixel is enough when an image is shown at most 1/k of its size."""
    return max(1, int(image_w // max(shown_w, 1.0)))


class _Text(QtWidgets.QGraphicsSimpleTextItem):
    """A text placed by anchor, like vispy's Text."""

    def __init__(self, bold: bool = False, z: float = 10.0) -> None:
        super().__init__()
        self._font = QtGui.QFont()
        if family := font_family():  # the GPU wall's Open Sans: both walls read and measure alike
            self._font.setFamily(family)
        self._font.setBold(bold)
        self._font.setPixelSize(12)
        self.setFont(self._font)
        self.setZValue(z)
        self._key = _UNSET

    def place(self, label: Label | None, px: int) -> None:
        key = None if label is None or not label.text else (label, px)
        if key == self._key:
            return
        self._key = key
        if key is None:
            self.setVisible(False)
            return
        if self._font.pixelSize() != px:
            self._font.setPixelSize(px)
            self.setFont(self._font)
        self.setText(label.text)
        self.setBrush(_qcolor(label.rgb))
        br = self.boundingRect()
        self.setPos(label.x - _AX[label.anchor_x] * br.width(), label.y - _AY[label.anchor_y] * br.height())
        self.setVisible(True)


class _Tile:
    """The items of one tile, created once."""

    def __init__(self, wall: CpuWall, index: int) -> None:
        scene = wall._view.scene()
        self.index = index
        self.last_celsius = None  # the frame last uploaded: re-shows of it draw chrome only
        self.view_data: TileView | None = None
        self.pending: TileView | None = None
        self.geo: TileGeometry | None = None
        self.image_rect: Rect | None = None
        self.img_shape: tuple[int, int] | None = None
        self.auto = AutoSpan()
        self.span = (20.0, 40.0)
        self.alarm = False
        self.shown = False
        self._cache: dict[str, object] = {}

        def rect_item(z: float, brush=None) -> QtWidgets.QGraphicsRectItem:
            item = QtWidgets.QGraphicsRectItem()
            item.setPen(QtGui.QPen(QtCore.Qt.PenStyle.NoPen))
            if brush is not None:
                item.setBrush(_qcolor(brush))
            item.setZValue(z)
            scene.addItem(item)
            return item

        self.frame = rect_item(0, TILE_BG)
        self.header = rect_item(1, BAR_BG)
        self.footer = rect_item(1, BAR_BG)

        vb = pg.ViewBox(enableMouse=False, enableMenu=False, invertY=True, lockAspect=True,
                        defaultPadding=0.0)
        vb.setBackgroundColor(None)
        vb.disableAutoRange()
        scene.addItem(vb)
        self.view = vb
        self.image = pg.ImageItem(axisOrder="row-major")
        self.image.setLookupTable(wall._lut)
        self.image.setZValue(0)
        vb.addItem(self.image)
        self.mask = pg.ImageItem(axisOrder="row-major")
        self.mask.setLookupTable(wall._mask_lut)
        self.mask.setZValue(1)
        vb.addItem(self.mask)
        self.mask.setVisible(False)
        # A visible camera's picture: plain grey, levels 0-255, no palette (it is no temperature).
        self.picture = pg.ImageItem(axisOrder="row-major")
        self.picture.setZValue(0)
        vb.addItem(self.picture)
        self.picture.setVisible(False)
        self.thermal = True  # the tile shows °C (scale bar and limit mark), not a visible picture
        # One outline path per role: a fixed set of items however many people.
        self.outlines: dict[str, QtWidgets.QGraphicsPathItem] = {}
        for z, role in enumerate(OUTLINE_RGB):
            item = QtWidgets.QGraphicsPathItem()
            pen = QtGui.QPen(_qcolor(role_rgb(role)), 3)
            pen.setCosmetic(True)  # 3 screen pixels at any zoom
            pen.setJoinStyle(QtCore.Qt.PenJoinStyle.MiterJoin)
            item.setPen(pen)
            item.setZValue(2 + z * 0.01)
            vb.addItem(item, ignoreBounds=True)
            self.outlines[role] = item
        # Rings at measurement points: fixed screen size, so they ignore the view's scaling.
        self.points: list[QtWidgets.QGraphicsEllipseItem] = []
        for _ in range(MAX_LABELS):
            ring = QtWidgets.QGraphicsEllipseItem()
            ring.setFlag(QtWidgets.QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations, True)
            ring.setBrush(QtGui.QBrush(QtCore.Qt.BrushStyle.NoBrush))
            ring.setVisible(False)
            vb.addItem(ring, ignoreBounds=True)
            ring.setZValue(3)
            self.points.append(ring)
        # ViewBox.addItem lifts children below the box's own z; set it last.
        vb.setZValue(2)

        self.bar = pg.ImageItem(wall._bar_rgb, axisOrder="row-major")
        self.bar.setZValue(2)
        scene.addItem(self.bar)
        self.mark = rect_item(3, FEVER_MASK_RGB)
        self.limit_mark = rect_item(3, TEXT)  # the limit's tick, when the alarm level sits under it
        self.limit_mark.setVisible(False)
        self.dim = rect_item(4)
        self.dim.setVisible(False)
        self.border = QtWidgets.QGraphicsRectItem()
        self.border.setBrush(QtGui.QBrush(QtCore.Qt.BrushStyle.NoBrush))
        self.border.setZValue(9)
        scene.addItem(self.border)

        self.texts: dict[str, _Text] = {}
        for key, bold in (("name", True), ("state", True), ("result", True), ("fps", False),
                          ("overlay", True), ("detail", False)):
            self.texts[key] = _Text(bold)
        self.scale = [_Text() for _ in range(2)]
        self.limit = [_Text(bold=True) for _ in range(4)]  # limit and alarm level: caption and value each
        self.labels: list[tuple[_Text, _Text]] = []
        for _ in range(MAX_LABELS):
            shadow, front = _Text(bold=True, z=11), _Text(bold=True, z=12)
            pen = QtGui.QPen(QtGui.QColor(0, 0, 0), 3)
            pen.setJoinStyle(QtCore.Qt.PenJoinStyle.RoundJoin)
            shadow.setPen(pen)
            self.labels.append((shadow, front))
        for item in [*self.texts.values(), *self.scale, *self.limit, *(t for pair in self.labels for t in pair)]:
            scene.addItem(item)
            item.setVisible(False)
        self.items = [self.frame, self.header, self.footer, self.view, self.bar, self.mark, self.limit_mark,
                      self.dim, self.border,
                      *self.texts.values(), *self.scale, *self.limit, *(t for pair in self.labels for t in pair)]

    def set_shown(self, shown: bool) -> None:
        self.shown = shown
        for item in (self.frame, self.header, self.footer, self.view, self.border):
            item.setVisible(shown)
        if not shown:
            for item in self.items:
                item.setVisible(False)
            self._cache.clear()
            for t in (*self.texts.values(), *self.scale, *self.limit, *(t for pair in self.labels for t in pair)):
                t._key = _UNSET

    def _set(self, key: str, value) -> bool:
        if self._cache.get(key, _MISSING) == value:
            return False
        self._cache[key] = value
        return True


_MISSING = object()


class _GraphicsView(pg.GraphicsView):
    """Counts completed paints for the wall's display statistics."""

    def __init__(self) -> None:
        self.on_paint: Callable[[], None] | None = None
        self.on_resize: Callable[[], None] | None = None
        super().__init__(background=_qcolor(WALL_BG))
        # Everything but text is axis-aligned: antialiasing would only cost time.
        self.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing, False)
        self.setRenderHint(QtGui.QPainter.RenderHint.TextAntialiasing, True)

    def paintEvent(self, ev) -> None:
        super().paintEvent(ev)
        if self.on_paint is not None:
            self.on_paint()

    def resizeEvent(self, ev) -> None:
        super().resizeEvent(ev)
        if self.on_resize is not None:
            self.on_resize()


class CpuWall(WallBase):
    """The wall drawn by pyqtgraph on the CPU. See the module docstring."""

    kind = "cpu"

    def __init__(self, parent=None, *, note: str = "") -> None:
        self._view = _GraphicsView()
        if parent is not None:
            self._view.setParent(parent)
        self._note = note
        self._closed = False
        self._palette = "iron"
        self._lut = load_palette(self._palette).copy()
        self._bar_rgb = np.ascontiguousarray(load_palette(self._palette)[::-1, None, :])
        self._mask_lut = np.array([[0, 0, 0, 0], [*FEVER_MASK_RGB, 255]], np.uint8)
        self._fixed_span: tuple[float, float] | None = None
        self._tiles: dict[int, _Tile] = {}
        self._cells: list[tuple[int, Rect]] = []
        self._grid = (1, 1)
        self._mouse = TileClickFilter(self.tile_at, swallow_motion=False)
        self._view.viewport().installEventFilter(self._mouse)
        self.stats = DisplayStats()
        self._view.on_paint = self._painted
        self._view.on_resize = self._relayout

    # -- WallRenderer --------------------------------------------------------
    @property
    def widget(self):
        return self._view

    @property
    def description(self) -> str:
        what = QtCore.QCoreApplication.translate("Renderer", "CPU (pyqtgraph)")
        return what + (f": {self._note}" if self._note else "")

    def configure(self, n_tiles: int, rows: int, cols: int, shown: list[int]) -> None:
        self._begin_layout(n_tiles, rows, cols, shown, lambda i: _Tile(self, i))
        shown_set = set(shown)
        for i, tile in self._tiles.items():
            tile.set_shown(i in shown_set)
            if i not in shown_set:
                self.stats.forget(i)
        self._relayout()
        self._draw_pending(shown)

    def set_palette(self, name: str) -> None:
        if name not in PALETTES:
            raise KeyError(f"unknown palette {name!r}; choose one of {', '.join(PALETTES)}")
        if name == self._palette:
            return
        self._palette = name
        self._lut = load_palette(name).copy()
        self._bar_rgb = np.ascontiguousarray(load_palette(name)[::-1, None, :])
        for tile in self._tiles.values():
            tile.image.setLookupTable(self._lut)
            tile.bar.setImage(self._bar_rgb, autoLevels=False)

    def grab_rgb(self) -> np.ndarray:
        img = self._view.grab().toImage().convertToFormat(QtGui.QImage.Format.Format_RGB888)
        w, h, bpl = img.width(), img.height(), img.bytesPerLine()
        buf = np.frombuffer(img.constBits(), np.uint8, count=bpl * h).reshape(h, bpl)
        return buf[:, : w * 3].reshape(h, w, 3).copy()

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        import shiboken6

        self._tiles.clear()
        self._cells = []
        self._view.on_paint = self._view.on_resize = None
        if shiboken6.isValid(self._view):
            self._view.viewport().removeEventFilter(self._mouse)
            self._view.close()
            self._view.deleteLater()

    # -- internals -----------------------------------------------------------
    def _painted(self) -> None:
        self.stats.painted(time.perf_counter())

    def _relayout(self) -> None:
        if not self._cells or self._closed:
            return
        size = self._view.viewport().size()
        rows, cols = self._grid
        cells = grid_cells(size.width(), size.height(), rows, cols)
        self._cells = [(index, cells[k]) for k, (index, _) in enumerate(self._cells)]
        for index, cell in self._cells:
            tile = self._tiles[index]
            self._layout_tile(tile, cell)
            if tile.view_data is not None:
                self._apply(tile, tile.view_data, new_frame=False)

    def _layout_tile(self, tile: _Tile, cell: Rect) -> None:
        geo = tile_geometry(cell, tile.alarm)
        tile.geo = geo
        tile._cache.clear()
        for t in (*tile.texts.values(), *tile.scale, *tile.limit, *(t for pair in tile.labels for t in pair)):
            t._key = _UNSET
        tile.frame.setRect(_qrect(cell))
        b = geo.border
        pen = QtGui.QPen(_qcolor(TEXT), b)
        pen.setJoinStyle(QtCore.Qt.PenJoinStyle.MiterJoin)
        tile.border.setPen(pen)
        tile.border.setRect(_qrect(cell.inset(b / 2)))  # the pen straddles the rectangle
        tile.header.setRect(_qrect(geo.header))
        tile.footer.setRect(_qrect(geo.footer))
        tile.dim.setRect(_qrect(geo.image_area))
        tile.bar.setRect(_qrect(geo.bar))
        self._fit_view(tile)

    def _fit_view(self, tile: _Tile) -> None:
        geo = tile.geo
        if geo is None:
            return
        area = geo.image_area
        if tile.img_shape is None:
            tile.image_rect = None
            r = area
        else:
            ih, iw = tile.img_shape
            r = fit_image(area, iw, ih)
            tile.image_rect = r
        tile.view.setGeometry(_qrect(r))
        if tile.img_shape is not None:
            ih, iw = tile.img_shape
            tile.view.setRange(xRange=(0, iw), yRange=(0, ih), padding=0.0)

    def _apply(self, tile: _Tile, view: TileView, new_frame: bool = True) -> None:
        tile.view_data = view
        style = state_style(view.state)
        if style.alarm != tile.alarm and tile.geo is not None:
            tile.alarm = style.alarm
            self._layout_tile(tile, tile.geo.tile)
        geo = tile.geo
        if geo is None:
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
        if data is not None:
            if new_frame and self._fixed_span is None:
                tile.span = including(tile.auto.update(data), view.skin_threshold_c)
        if self._fixed_span is not None:
            tile.span = self._fixed_span
        if picture is not None and new_frame:
            k = display_step(picture.shape[1], tile.image_rect.w if tile.image_rect else picture.shape[1])
            ih, iw = picture.shape[:2]
            tile.picture.setImage(picture[::k, ::k] if k > 1 else picture, autoLevels=False, levels=(0, 255))
            tile.picture.setRect(QtCore.QRectF(0, 0, (iw // k) * k, (ih // k) * k))
            tile.picture.setVisible(True)
            tile.image.setVisible(False)
            tile.mask.setVisible(False)  # a picture has no temperatures, so no pixel is over the limit
            tile.thermal = False
        elif data is not None and new_frame:
            if not tile.thermal:
                tile.picture.setVisible(False)
                tile.image.setVisible(True)
                tile.thermal = True
            # Drawing a 640x512 frame into a 300-pixel tile: colour-map every
            # k-th pixel (display only; the engine measured the full frame)
            # and stretch it back over the frame's coordinates. The mask is
            # max-pooled, so no flagged pixel can vanish.
            k = display_step(data.shape[1], tile.image_rect.w if tile.image_rect else data.shape[1])
            ih, iw = data.shape[:2]
            full = QtCore.QRectF(0, 0, (iw // k) * k, (ih // k) * k)
            tile.image.setImage(data[::k, ::k] if k > 1 else data, autoLevels=False, levels=tile.span)
            tile.image.setRect(full)
            tile._cache["levels"] = tile.span
            mask = view.fever_mask
            if mask is not None and mask.shape[:2] == data.shape[:2] and mask.any():
                m = mask.view(np.uint8) if mask.dtype == np.bool_ else mask
                if k > 1:
                    m = m[: (ih // k) * k, : (iw // k) * k].reshape(ih // k, k, iw // k, k).max(axis=(1, 3))
                tile.mask.setImage(m, autoLevels=False, levels=(0, 1))
                tile.mask.setRect(full)
                tile.mask.setVisible(True)
            else:
                tile.mask.setVisible(False)
        elif tile._set("levels", tile.span) and tile.image.image is not None:
            tile.image.setLevels(tile.span)

        c: Chrome = chrome(view, geo, tile.span)
        if tile._set("colours", (c.border_rgb, c.header_bg, c.footer_bg, geo.border)):
            pen = tile.border.pen()
            pen.setColor(_qcolor(c.border_rgb))
            tile.border.setPen(pen)
            tile.header.setBrush(_qcolor(c.header_bg))
            tile.footer.setBrush(_qcolor(c.footer_bg))
        t = tile.texts
        t["name"].place(c.name, geo.title_px)
        t["state"].place(c.state, geo.title_px)
        t["result"].place(c.result, geo.title_px)
        t["fps"].place(c.fps, geo.small_px)
        t["overlay"].place(c.overlay, geo.overlay_px)
        t["detail"].place(c.detail, geo.detail_px)
        has_image = tile.img_shape is not None
        has_scale = has_image and tile.thermal  # a visible picture has no temperature scale
        tile.bar.setVisible(has_scale)
        tile.mark.setVisible(has_scale)
        for items, labels in ((tile.scale, c.scale), (tile.limit, c.limit)):
            for k, item in enumerate(items):
                item.place(labels[k] if has_scale and k < len(labels) else None, geo.small_px)
        if tile._set("mark", c.mark):
            tile.mark.setRect(_qrect(c.mark))
        tile.limit_mark.setVisible(has_scale and c.limit_mark is not None)
        if c.limit_mark is not None and tile._set("limit_mark", c.limit_mark):
            tile.limit_mark.setRect(_qrect(c.limit_mark))
        dim = c.dim if has_image else 0.0
        if tile._set("dim", dim):
            tile.dim.setBrush(_qcolor((0, 0, 0), dim))
            tile.dim.setVisible(dim > 0)
        self._draw_people(tile, view, geo, c.scale_left if has_scale else None)

    def _draw_people(self, tile: _Tile, view: TileView, geo: TileGeometry, right: float | None = None) -> None:
        screening = not state_style(view.state).overlay
        people = view.people if screening and tile.image_rect is not None else []
        key = (tuple((p.box, p.point, p.role, p.label) for p in people), tile.image_rect, geo.label_px, right)
        if not tile._set("people", key):
            return
        if tile._set("outline_px", geo.outline_px):
            for item in tile.outlines.values():
                pen = item.pen()
                pen.setWidthF(geo.outline_px)
                item.setPen(pen)
        paths = {role: QtGui.QPainterPath() for role in tile.outlines}
        for p in people:
            x, y, w, h = p.box
            paths.get(p.role, paths["retry"]).addRect(QtCore.QRectF(x, y, w, h))
        for role, item in tile.outlines.items():
            item.setPath(paths[role])
        pts = [p for p in people if p.point is not None]
        r = max(6.0, geo.label_px * 0.35)
        for k, ring in enumerate(tile.points):
            if k < len(pts):
                p = pts[k]
                ring.setRect(QtCore.QRectF(-r, -r, 2 * r, 2 * r))
                ring.setPen(QtGui.QPen(_qcolor(role_rgb(p.role)), 3))
                ring.setPos(p.point[0] + 0.5, p.point[1] + 0.5)
                ring.setVisible(True)
            else:
                ring.setVisible(False)
        labels = []
        if people:
            ih, iw = tile.img_shape
            labels = person_labels(people, tile.image_rect, iw, ih, geo.label_px, right)
        for k, (shadow, front) in enumerate(tile.labels):
            lb = labels[k] if k < len(labels) else None
            front.place(lb, geo.label_px)
            shadow.place(None if lb is None else Label(lb.text, lb.x, lb.y, (0, 0, 0), lb.anchor_x, lb.anchor_y),
                         geo.label_px)
