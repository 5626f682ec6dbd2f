"""Pieces both renderers share: the automatic span and display accounting.

Nothing here computes a temperature: the automatic span only chooses which
stretch of the given °C values the palette covers.
"""

from __future__ import annotations

import math
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np

DEFAULT_SPAN_C = (20.0, 40.0)  # before the first frame, and for a fixed span left half-set


class AutoSpan:
    """Per-tile display span from the frame's 1st and 99.5th percentiles, smoothed.

    Percentiles come from a strided subsample of about ``samples`` pixels
    (every 9th pixel of every 9th row of a 640x512 frame: 0.06 ms), and are smoothed
    exponentially so the picture does not pump as people walk through. The
    span is never narrower than ``min_width_c``, so a uniform scene does not
    turn sensor noise into full-contrast snow.
    """

    def __init__(self, alpha: float = 0.15, min_width_c: float = 3.0, samples: int = 4096) -> None:
        self.alpha = alpha
        self.min_width_c = min_width_c
        self.samples = samples
        self._span: tuple[float, float] | None = None

    def reset(self) -> None:
        self._span = None

    @property
    def span(self) -> tuple[float, float]:
        return self._span or DEFAULT_SPAN_C

    def update(self, celsius: np.ndarray) -> tuple[float, float]:
        h, w = celsius.shape[:2]
        stride = max(1, int(math.sqrt(h * w / self.samples)))
        sub = celsius[::stride, ::stride].ravel()  # a copy: partition below may reorder it
        n = sub.size
        k_lo, k_hi = int(0.01 * (n - 1)), int(0.995 * (n - 1))
        part = np.partition(sub, (k_lo, k_hi))
        lo, hi = float(part[k_lo]), float(part[k_hi])
        if not (math.isfinite(lo) and math.isfinite(hi)):
            return self.span
        if hi - lo < self.min_width_c:
            mid = 0.5 * (hi + lo)
            lo, hi = mid - self.min_width_c / 2, mid + self.min_width_c / 2
        if self._span is None:
            self._span = (lo, hi)
        else:
            a = self.alpha
            plo, phi = self._span
            self._span = (plo + a * (lo - plo), phi + a * (hi - phi))
        return self._span


def including(span: tuple[float, float], value_c: float, margin_c: float = 2.0) -> tuple[float, float]:
    """``span`` stretched so ``value_c`` (the alarm mark) lies inside it with ``margin_c`` to spare.

    The automatic span always shows the alarm mark on the scale bar, and a
    face near the alarm level is never drawn saturated.
    """
    lo, hi = span
    return (min(lo, value_c - margin_c), max(hi, value_c + margin_c))


@dataclass(slots=True)
class DisplayStats:
    """Frames pushed, shown and dropped by one wall, and push-to-pixel latency.

    A frame is *displayed* by the first completed paint after it was pushed;
    a frame pushed while the tile's previous one is still waiting for a paint
    replaces it (latest frame wins) and counts as *dropped*.
    """

    pushed: int = 0
    displayed: int = 0
    dropped: int = 0
    paints: int = 0
    latencies_s: deque = field(default_factory=lambda: deque(maxlen=4096))
    #: Stamps pushed frames. A benchmark may stamp them with when they arrived instead.
    clock: Callable[[], float] = time.perf_counter
    _waiting: dict[int, float] = field(default_factory=dict)  # tile -> push time of its undisplayed frame

    def push(self, index: int, t: float | None = None) -> None:
        self.pushed += 1
        if index in self._waiting:
            self.dropped += 1
        self._waiting[index] = self.clock() if t is None else t

    def painted(self, t: float | None = None) -> None:
        now = time.perf_counter() if t is None else t
        self.paints += 1
        for t_push in self._waiting.values():
            self.latencies_s.append(now - t_push)
        self.displayed += len(self._waiting)
        self._waiting.clear()

    def forget(self, index: int) -> None:
        """A hidden tile's frame will not be painted: it is not waiting."""
        self._waiting.pop(index, None)

    def reset(self) -> None:
        self.pushed = self.displayed = self.dropped = self.paints = 0
        self.latencies_s.clear()
        self._waiting.clear()


#: tiles a wall can hold (a 4x4 grid)
MAX_TILES = 16


class WallBase:
    """What both walls do the same way: span, per-tile bookkeeping, lookups.

    Subclasses own ``_tiles`` (index -> tile with ``shown``, ``view_data``,
    ``pending``, ``last_celsius``, ``auto``, ``span``, ``image_rect``),
    ``_cells`` ((index, Rect) of shown tiles), ``_fixed_span``, ``stats``,
    ``_mouse`` and ``_apply(tile, view, new_frame)``. ``_sync_size`` is a hook
    for a wall whose geometry follows its widget lazily.
    """

    def _sync_size(self) -> None:
        pass

    def _begin_layout(self, n_tiles: int, rows: int, cols: int, shown: list[int], make_tile) -> None:
        """Check a layout, create the tiles it needs (once), note the grid; cells are placed later."""
        from app.render.layout import Rect

        if not 0 <= n_tiles <= MAX_TILES:
            raise ValueError(f"n_tiles must be 0..{MAX_TILES}, got {n_tiles}")
        if len(shown) > rows * cols:
            raise ValueError(f"{len(shown)} tiles do not fit a {rows}x{cols} grid")
        if any(not 0 <= i < n_tiles for i in shown):
            raise ValueError(f"shown tiles {shown} must be in 0..{n_tiles - 1}")
        for i in range(n_tiles):
            if i not in self._tiles:
                self._tiles[i] = make_tile(i)
        self._grid = (rows, cols)
        self._cells = [(i, Rect(0, 0, 1, 1)) for i in shown]

    def _draw_pending(self, shown: list[int]) -> None:
        """Tiles shown again draw the latest view they were given while hidden."""
        for i in shown:
            tile = self._tiles[i]
            if tile.pending is not None:
                view, tile.pending = tile.pending, None
                self._apply(tile, view)

    def set_span(self, low_c: float | None, high_c: float | None) -> None:
        if low_c is None or high_c is None:
            self._fixed_span = None
            for tile in self._tiles.values():
                tile.auto.reset()
                tile.last_celsius = None  # the next show, even of the same frame, sets the automatic span
        else:
            if not high_c > low_c:
                raise ValueError(f"span high {high_c} must be above low {low_c}")
            self._fixed_span = (float(low_c), float(high_c))
        for tile in self._tiles.values():
            if tile.view_data is not None and tile.shown:
                self._apply(tile, tile.view_data, new_frame=False)

    def show(self, view) -> None:
        tile = self._tiles.get(view.index)
        if tile is None:
            raise KeyError(f"tile {view.index} was not configured (configure(n_tiles=...) first)")
        if not tile.shown:
            tile.pending = view  # drawn when the tile is shown; nothing to upload meanwhile
            tile.view_data = view
            return
        self._sync_size()
        # The same frame again (the console re-showing a tile to flash it or
        # change its state) redraws the chrome only: uploading and mapping the
        # image again would cost as much as a new frame.
        image = view.celsius if view.celsius is not None else view.visible  # a visible camera's picture
        new_frame = image is not None and image is not tile.last_celsius
        if new_frame:
            tile.last_celsius = image
            self.stats.push(view.index)
        self._apply(tile, view, new_frame=new_frame)

    def tile_at(self, x: float, y: float) -> int | None:
        self._sync_size()
        for index, cell in self._cells:
            if cell.contains(x, y):
                return index
        return None

    def image_rect(self, index: int):
        """Where tile ``index``'s image is drawn, in widget pixels; None if hidden or no frame yet."""
        tile = self._tiles.get(index)
        if tile is None or not tile.shown:
            return None
        self._sync_size()
        return tile.image_rect

    def current_span(self, index: int) -> tuple[float, float]:
        """The span tile ``index`` is drawn with now (fixed or automatic)."""
        return self._tiles[index].span

    def set_double_click_handler(self, callback) -> None:
        """Call ``callback(tile_index)`` when a tile is double-clicked (None to stop)."""
        self._mouse.on_double_click = callback
