"""What the tile chrome says and where it goes, as plain data both renderers draw.

Pure functions of a :class:`TileView`, a :class:`TileGeometry` and the span:
the words, colours and positions of the header, footer, scale bar and
person labels. Renderers only turn these into their own text and shapes.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from app.render.base import SOURCE_WORDS, PersonMark, TileView
from app.render.layout import Rect, TileGeometry, bar_fraction
from app.render.palettes import FEVER_MASK_RGB
from app.render.textfit import elide_chars, elide_words, fit_footer, shorten, span_within, text_width
from app.render.theme import (
    BAR_BG,
    ELEVATED_BAR_BG,
    LIVE_WORD,
    REPLAY_WORD,
    TEXT,
    TEXT_DIM,
    f1,
    header_text_rgb,
    role_rgb,
    state_style,
    state_text,
)
from app.translations import QT_TRANSLATE_NOOP, arg

RGB = tuple[int, int, int]


@dataclass(frozen=True, slots=True)
class Label:
    text: str
    x: float
    y: float
    rgb: RGB
    anchor_x: str = "left"  # "left", "center", "right"
    anchor_y: str = "center"  # "top", "center", "bottom"


@dataclass(frozen=True, slots=True)
class Chrome:
    header_bg: RGB
    footer_bg: RGB
    border_rgb: RGB
    name: Label
    state: Label
    result: Label
    fps: Label
    scale: list[Label]  # span ends, plain
    #: beside the marks: the limit's value and caption (plain text when an alarm level under it is
    #: marked too: then that level's value and caption, in the mask colour)
    limit: list[Label]
    mark: Rect  # the alarm level's mark across the bar (where the fever mask starts), in the mask colour
    limit_mark: Rect | None  # a thinner tick at the limit when the alarm level sits under it
    overlay: Label | None  # state word over the image
    detail: Label | None  # state detail under it
    dim: float
    #: the left edge of the scale's labels (the widest of them, measured): person labels stay left of it
    scale_left: float = float("inf")


#: A count of frames not shown (latest frame wins); see QT_TRANSLATE_NOOP for why a table.
DROPPED = QT_TRANSLATE_NOOP("Tile", "%n dropped", None, 1)


def fps_forms(view: TileView) -> list[str]:
    """The frame-rate counter, longest form first: "25 fps · 53 dropped", then "25 fps" (the
    footer keeps the first that fits beside the last result, or none)."""
    rate = arg(QCoreApplication.translate("Tile", "%1 fps"), f"{view.fps:.0f}") if view.fps > 0 else ""
    if not view.dropped:
        return [rate] if rate else []
    dropped = QCoreApplication.translate("Tile", DROPPED, None, view.dropped)
    return [f"{rate} · {dropped}", rate] if rate else [dropped]


def fps_text(view: TileView) -> str:
    """The counter's whole form (what a footer with room shows)."""
    forms = fps_forms(view)
    return forms[0] if forms else ""


# the measured widths are Qt's; vispy lays the same glyphs out a little differently, so keep a margin
_SLACK = 1.04


def _width(px: int, bold: bool):
    return lambda text: _SLACK * text_width(text, px, bold)


def chrome(view: TileView, geo: TileGeometry, span: tuple[float, float]) -> Chrome:
    style = state_style(view.state)
    hdr, ftr = geo.header, geo.footer
    pad = max(6, geo.pad * 2)
    if style.alarm:
        header_bg = style.colour
        name_rgb = word_rgb = header_text_rgb(style)
    else:
        header_bg = BAR_BG
        name_rgb = TEXT
        word_rgb = LIVE_WORD if view.state == "live" else style.colour
    word = state_text(view.state)
    if view.state == "live" and view.source in SOURCE_WORDS:  # no door behind it: never "Live"
        word = QCoreApplication.translate("TileState", SOURCE_WORDS[view.source])
        word_rgb = REPLAY_WORD
    title_w = _width(geo.title_px, True)
    name_w = hdr.w - 2 * pad - title_w(word) - 0.5 * geo.title_px
    footer_bg = ELEVATED_BAR_BG if view.last_role == "elevated" else BAR_BG
    # the last result gets the footer first; the counter gives way (short form, then none)
    result, fps = fit_footer(view.last_result, fps_forms(view), ftr.w - 2 * pad, title_w,
                             _width(geo.small_px, False), gap=0.8 * geo.title_px)

    lo, hi = span
    bar = geo.bar
    frac = bar_fraction(view.skin_threshold_c, lo, hi)
    y_mark = bar.bottom - frac * bar.h
    mark = Rect(bar.x - 6, round(y_mark) - 2, bar.w + 6, 4)
    right = geo.bar_labels_right - 6
    sp = geo.small_px
    room = bar.h >= 4.6 * sp  # span ends and the two-line limit label all fit beside the bar
    scale = [Label(f1(hi), right, bar.y, TEXT_DIM, "right"), Label(f1(lo), right, bar.bottom, TEXT_DIM, "right")]
    if not room:
        scale = []
    # The limit value sits level with the mark, its caption on the side with
    # more bar; both are nudged clear of the span-end labels.
    below = bar.bottom - y_mark > y_mark - bar.y
    y_value = y_mark
    if room:
        top_free, bottom_free = bar.y + 1.15 * sp, bar.bottom - 1.15 * sp
        if below:
            y_value = min(max(y_value, top_free), bottom_free - 1.1 * sp)
        else:
            y_value = max(min(y_value, bottom_free), top_free + 1.1 * sp)
    off_scale = not lo <= view.skin_threshold_c <= hi
    limit = [
        Label(f1(view.limit_c), right, y_value, FEVER_MASK_RGB, "right"),
        Label(QCoreApplication.translate("Tile", "off scale") if off_scale
              else QCoreApplication.translate("Tile", "limit"), right, y_value + (1.1 if below else -1.1) * sp,
              FEVER_MASK_RGB, "right"),
    ]
    limit_mark = None
    level = view.alarm_level_c
    if level is not None and level < view.limit_c and not off_scale:
        limit_mark, limit = _two_marks(view, geo, span, y_mark, room)

    overlay = detail = None
    area = geo.image_area
    if style.overlay or (view.celsius is None and view.state == "live"):
        text = word if style.overlay else QCoreApplication.translate("Tile", "No image")
        cy = area.y + area.h * (0.42 if view.state_detail else 0.5)
        overlay = Label(text, area.x + area.w / 2, cy, style.colour if style.overlay else TEXT_DIM, "center")
        if view.state_detail:
            detail = Label(elide_words(view.state_detail, area.w * 0.95, _width(geo.detail_px, False)),
                           area.x + area.w / 2,
                           cy + 0.55 * geo.overlay_px + 0.8 * geo.detail_px, TEXT, "center")
    return Chrome(
        header_bg=header_bg,
        footer_bg=footer_bg,
        border_rgb=style.colour,
        name=Label(elide_chars(view.name, name_w, title_w), hdr.x + pad, hdr.y + hdr.h / 2, name_rgb),
        state=Label(word, hdr.right - pad, hdr.y + hdr.h / 2, word_rgb, "right"),
        result=Label(result, ftr.x + pad, ftr.y + ftr.h / 2,
                     role_rgb(view.last_role) if view.last_role else TEXT),
        fps=Label(fps, ftr.right - pad, ftr.y + ftr.h / 2, TEXT_DIM, "right"),
        scale=scale,
        limit=limit,
        mark=mark,
        limit_mark=limit_mark,
        overlay=overlay,
        detail=detail,
        dim=style.dim,
        scale_left=_left_of(scale, limit, geo.small_px),
    )


def _left_of(scale: list[Label], limit: list[Label], px: int) -> float:
    """Where the scale's right-aligned labels begin (the plain span ends, the bold limit words)."""
    lefts = [lb.x - _SLACK * text_width(lb.text, px, False) for lb in scale]
    lefts += [lb.x - _SLACK * text_width(lb.text, px, True) for lb in limit]
    return min(lefts, default=float("inf"))


def _two_marks(view: TileView, geo: TileGeometry, span: tuple[float, float], y_alarm: float,
               room: bool) -> tuple[Rect, list[Label]]:
    """The limit's tick above the alarm level's mark, and their labels: "limit" over its value, the
    alarm level's value over "alarm" (four short lines a narrow column holds), kept together
    around the two marks and clear of the span ends; with no room for four, the values only.

    The tick sits where the skin reading's estimate reaches the limit: the alarm level's skin
    temperature plus the margin (an oral model's slope is 1 or within a few % of it, well under
    the bar's resolution)."""
    lo, hi = span
    bar, sp, right = geo.bar, geo.small_px, geo.bar_labels_right - 6
    y_limit = bar.bottom - bar_fraction(view.skin_threshold_c + view.limit_c - view.alarm_level_c, lo, hi) * bar.h
    # a short bar puts the two within a pixel or two: the tick then sits just over the mark, both seen
    tick = Rect(bar.x - 6, min(round(y_limit) - 1, round(y_alarm) - 2 - 3), bar.w + 6, 2)
    level = view.alarm_level_c
    lines = [(QCoreApplication.translate("Tile", "limit"), TEXT), (f1(view.limit_c), TEXT),
             (f1(level), FEVER_MASK_RGB), (QCoreApplication.translate("Tile", "alarm"), FEVER_MASK_RGB)]
    if not bar.h >= (6.8 if room else 4.4) * sp:
        lines = lines[1:3]
    step = 1.1 * sp
    centre = (y_limit + y_alarm) / 2
    half = step * (len(lines) - 1) / 2
    top_free = bar.y + (1.15 * sp if room else 0.0)
    bottom_free = bar.bottom - (1.15 * sp if room else 0.0)
    first = min(max(centre - half, top_free), bottom_free - 2 * half)
    return tick, [Label(text, right, first + k * step, rgb, "right") for k, (text, rgb) in enumerate(lines)]


def person_labels(people: list[PersonMark], image: Rect, img_w: int, img_h: int, px: int,
                  right: float | None = None) -> list[Label]:
    """Each person's label centred above the head box (inside its top when there is no room above).

    Positions are widget pixels: ``image`` is where the img_w x img_h image is drawn. A label
    stays inside the image and left of ``right`` (the scale's labels, :attr:`Chrome.scale_left`):
    moved in from the edge, and shortened (:func:`~app.render.textfit.shorten`: the verdict and
    the number kept) when it is wider than the image.
    """
    sx, sy = image.w / img_w, image.h / img_h
    lo = image.x
    hi = image.right if right is None else max(lo + 1, min(image.right, right - 2))
    width = _width(px, True)
    out = []
    for p in people:
        if not p.label:
            continue
        x, y, w, h = p.box
        text = shorten(p.label, hi - lo, width)
        cx = span_within(image.x + min(max(x + w / 2, 0), img_w) * sx, width(text), lo, hi)
        top = image.y + max(y, 0) * sy
        if top - image.y >= px * 1.15:
            out.append(Label(text, cx, top - px * 0.1, role_rgb(p.role), "center", "bottom"))
        else:
            out.append(Label(text, cx, top + px * 1.1, role_rgb(p.role), "center", "bottom"))
    return out
