"""What the tile chrome says and where it goes, as plain data both renderers draw.

Pure functions of a :class:`TileView`, a :class:`TileGeometry` and the span:
the words, colours and positions of the header, footer, scale bar and
person labels. Renderers only turn these into their own text and shapes.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from app.render.base import PersonMark, TileView
from app.render.layout import Rect, TileGeometry, bar_fraction
from app.render.palettes import FEVER_MASK_RGB
from app.render.theme import (
    BAR_BG,
    ELEVATED_BAR_BG,
    LIVE_WORD,
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
    limit: list[Label]  # limit value and caption, beside the mark, in the mask colour
    mark: Rect  # the threshold mark across the bar
    overlay: Label | None  # state word over the image
    detail: Label | None  # state detail under it
    dim: float


#: A count of frames not shown (latest frame wins); see QT_TRANSLATE_NOOP for why a table.
DROPPED = QT_TRANSLATE_NOOP("Tile", "%n dropped", None, 1)


def fps_text(view: TileView) -> str:
    text = arg(QCoreApplication.translate("Tile", "%1 fps"), f"{view.fps:.0f}") if view.fps > 0 else ""
    if view.dropped:
        text += f"{' · ' if text else ''}{QCoreApplication.translate('Tile', DROPPED, None, view.dropped)}"
    return text


def elide(text: str, px: float, max_width: float) -> str:
    """Shorten ``text`` with an ellipsis to fit about ``max_width`` at ``px`` (average glyph 0.56 em)."""
    fit = int(max_width / (0.56 * px))
    if len(text) <= fit:
        return text
    return text[: max(1, fit - 1)].rstrip() + "…"


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
    name_w = hdr.w - 2 * pad - 0.62 * geo.title_px * (len(word) + 1)
    footer_bg = ELEVATED_BAR_BG if view.last_role == "elevated" else BAR_BG
    fps = fps_text(view)
    result_w = ftr.w - 2 * pad - 0.6 * geo.small_px * (len(fps) + 1)

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

    overlay = detail = None
    area = geo.image_area
    if style.overlay or (view.celsius is None and view.state == "live"):
        text = word if style.overlay else QCoreApplication.translate("Tile", "No image")
        cy = area.y + area.h * (0.42 if view.state_detail else 0.5)
        overlay = Label(text, area.x + area.w / 2, cy, style.colour if style.overlay else TEXT_DIM, "center")
        if view.state_detail:
            detail = Label(elide(view.state_detail, geo.detail_px, area.w * 0.95), area.x + area.w / 2,
                           cy + 0.55 * geo.overlay_px + 0.8 * geo.detail_px, TEXT, "center")
    return Chrome(
        header_bg=header_bg,
        footer_bg=footer_bg,
        border_rgb=style.colour,
        name=Label(elide(view.name, geo.title_px, name_w), hdr.x + pad, hdr.y + hdr.h / 2, name_rgb),
        state=Label(word, hdr.right - pad, hdr.y + hdr.h / 2, word_rgb, "right"),
        result=Label(elide(view.last_result, geo.title_px, result_w), ftr.x + pad, ftr.y + ftr.h / 2,
                     role_rgb(view.last_role) if view.last_role else TEXT),
        fps=Label(fps, ftr.right - pad, ftr.y + ftr.h / 2, TEXT_DIM, "right"),
        scale=scale,
        limit=limit,
        mark=mark,
        overlay=overlay,
        detail=detail,
        dim=style.dim,
    )


def person_labels(people: list[PersonMark], image: Rect, img_w: int, img_h: int, px: int) -> list[Label]:
    """Each person's label centred above the head box (inside its top when there is no room above).

    Positions are widget pixels: ``image`` is where the img_w x img_h image is drawn.
    """
    sx, sy = image.w / img_w, image.h / img_h
    out = []
    for p in people:
        if not p.label:
            continue
        x, y, w, h = p.box
        cx = image.x + min(max(x + w / 2, 0), img_w) * sx
        top = image.y + max(y, 0) * sy
        if top - image.y >= px * 1.15:
            out.append(Label(p.label, cx, top - px * 0.1, role_rgb(p.role), "center", "bottom"))
        else:
            out.append(Label(p.label, cx, top + px * 1.1, role_rgb(p.role), "center", "bottom"))
    return out
