"""Where things go on the wall, as pure functions of sizes (no Qt, no GL).

Both renderers place their tiles and the parts of a tile with these
functions, so :meth:`tile_at` and the image rectangle are the same numbers
for the GPU and the CPU wall, and tests can map image pixels to screen pixels.
All coordinates are logical (widget) pixels, origin at the top left.
"""

from __future__ import annotations

from dataclasses import dataclass

GAP = 4  # pixels between tiles


@dataclass(frozen=True, slots=True)
class Rect:
    x: float
    y: float
    w: float
    h: float

    @property
    def right(self) -> float:
        return self.x + self.w

    @property
    def bottom(self) -> float:
        return self.y + self.h

    def contains(self, px: float, py: float) -> bool:
        return self.x <= px < self.x + self.w and self.y <= py < self.y + self.h

    def inset(self, d: float) -> Rect:
        return Rect(self.x + d, self.y + d, max(0.0, self.w - 2 * d), max(0.0, self.h - 2 * d))


def grid_cells(width: float, height: float, rows: int, cols: int, gap: int = GAP) -> list[Rect]:
    """Row-major cell rectangles of a rows x cols grid filling width x height, in whole pixels."""
    if rows < 1 or cols < 1:
        raise ValueError(f"grid must be at least 1x1, got {rows}x{cols}")
    xs = [round(gap + c * (width - gap) / cols) for c in range(cols + 1)]
    ys = [round(gap + r * (height - gap) / rows) for r in range(rows + 1)]
    return [
        Rect(xs[c], ys[r], max(1, xs[c + 1] - xs[c] - gap), max(1, ys[r + 1] - ys[r] - gap))
        for r in range(rows)
        for c in range(cols)
    ]


def _clamp(v: float, lo: float, hi: float) -> float:
    return max(lo, min(hi, v))


@dataclass(frozen=True, slots=True)
class TileGeometry:
    """The parts of one tile; text sizes are pixel heights of the em box."""

    tile: Rect
    border: int
    header: Rect
    footer: Rect
    image_area: Rect  # the image is letterboxed inside this
    bar: Rect  # the colour scale bar itself
    bar_labels_right: float  # scale labels are right-aligned to this x
    title_px: int  # entrance name, state word, last result
    small_px: int  # fps, scale values
    label_px: int  # per-person label over the image
    overlay_px: int  # state word over the image
    detail_px: int  # state detail under it
    outline_px: int  # person outline thickness
    pad: int


def tile_geometry(tile: Rect, alarm: bool = False) -> TileGeometry:
    """Lay out one tile. Text grows with the tile so it reads from 2 m at any grid size."""
    base = min(tile.h, tile.w * 0.75)
    border = int(round(_clamp(base * 0.022, 4, 9))) if alarm else 2
    strip = int(round(_clamp(base * 0.115, 20, 60)))
    pad = int(round(_clamp(base * 0.015, 2, 8)))
    title_px = int(round(strip * 0.66))
    small_px = int(round(_clamp(strip * 0.5, 10, 26)))
    inner = tile.inset(border)
    header = Rect(inner.x, inner.y, inner.w, strip)
    footer = Rect(inner.x, inner.bottom - strip, inner.w, strip)
    col_w = int(round(_clamp(inner.w * 0.15, 46, 130)))
    bar_w = int(round(_clamp(col_w * 0.2, 8, 22)))
    body_y = header.bottom + pad
    body_h = max(1.0, footer.y - pad - body_y)
    bar_margin = max(small_px // 2 + 2, pad)  # room for the end labels, centred on the bar's ends
    bar = Rect(inner.right - pad - bar_w, body_y + bar_margin, bar_w, max(1.0, body_h - 2 * bar_margin))
    image_area = Rect(inner.x + pad, body_y, max(1.0, inner.w - col_w - 2 * pad), body_h)
    label_px = int(round(_clamp(base * 0.075, 13, 44)))
    return TileGeometry(
        tile=tile,
        border=border,
        header=header,
        footer=footer,
        image_area=image_area,
        bar=bar,
        bar_labels_right=bar.x - max(3, pad),
        title_px=title_px,
        small_px=small_px,
        label_px=label_px,
        overlay_px=int(round(_clamp(base * 0.15, 20, 110))),
        detail_px=int(round(_clamp(base * 0.055, 11, 34))),
        outline_px=max(3, round(label_px / 10)),
        pad=pad,
    )


def fit_image(area: Rect, img_w: int, img_h: int) -> Rect:
    """The letterboxed rectangle an img_w x img_h image fills in ``area``, square pixels, in whole pixels."""
    s = min(area.w / img_w, area.h / img_h)
    w, h = max(1, round(img_w * s)), max(1, round(img_h * s))
    return Rect(round(area.x + (area.w - w) / 2), round(area.y + (area.h - h) / 2), w, h)


def bar_fraction(value_c: float, low_c: float, high_c: float) -> float:
    """Where a temperature sits on the scale bar, 0 = bottom (low), 1 = top (high), clamped."""
    if high_c <= low_c:
        return 0.5
    return _clamp((value_c - low_c) / (high_c - low_c), 0.0, 1.0)
