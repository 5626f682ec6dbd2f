"""Fitting the tile's words into their room, by measured width (pure, plus one Qt measurer).

A tile's footer holds the last result on the left and the frame-rate counter on the right;
the result is what a guard reads, so it gets the room first (:func:`fit_footer`): the
counter gives way (its short form, then nothing) before the result is shortened, and a
result is shortened by whole words from the end, never through the verdict word or the
number (:func:`shorten`): "ELEVATED 37.8 °C ≥ 37.5" becomes "ELEVATED 37.8 °C", then
"ELEVATED 37.8", never "ELEVA…". Nothing here knows a language: the number is the first
word with a digit in it, the verdict the words before it, and widths come from a
``width(text) -> px`` callable (the font's metrics in the walls, :func:`text_width`).

The functions are pure so the tests can drive them with any width function; the walls
measure with Qt's metrics of Open Sans, the face both of them draw with.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache

Width = Callable[[str], float]

ELLIPSIS = "…"


def estimate_width(text: str, px: float, bold: bool = False) -> float:
    """A width guess with no font at hand: an average glyph of 0.56 em (0.6 em bold)."""
    return len(text) * px * (0.6 if bold else 0.56)


def elide_chars(text: str, room: float, width: Width) -> str:
    """The longest start of ``text`` plus "…" that fits ``room`` ("…" alone when nothing does)."""
    if width(text) <= room:
        return text
    lo, hi = 0, len(text)  # binary search on the number of characters kept
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if width(text[:mid].rstrip() + ELLIPSIS) <= room:
            lo = mid
        else:
            hi = mid - 1
    return text[:lo].rstrip() + ELLIPSIS if lo else ELLIPSIS


def elide_words(text: str, room: float, width: Width) -> str:
    """``text`` if it fits, else as many whole words as fit followed by "…" (cut in a word only
    when its first word alone does not fit)."""
    if width(text) <= room:
        return text
    words = text.split(" ")
    for k in range(len(words) - 1, 0, -1):
        cand = " ".join(words[:k]).rstrip(" :,;·-–") + ELLIPSIS
        if width(cand) <= room:
            return cand
    return elide_chars(text, room, width)


def _number_at(words: Sequence[str]) -> int | None:
    for i, w in enumerate(words):
        if any(ch.isdigit() for ch in w):
            return i
    return None


def shorten(text: str, room: float, width: Width) -> str:
    """``text`` made to fit ``room`` keeping its verdict and its number.

    A text with a number ("VERHOOGD 37,8 °C ≥ 37,5", "Normal 37,3 °C (Voralarm)") loses whole
    words from its end, down to the words before the number, the number and its unit, then
    the unit; a form that would end on a lone sign ("≥") is skipped. Only when the verdict
    and the number alone do not fit is the verdict cut ("VERH… 37,8"), and then the number
    stands alone. A text with no number (an instruction) loses whole words, with "…".
    """
    if width(text) <= room:
        return text
    words = text.split(" ")
    i = _number_at(words)
    if i is None:
        return elide_words(text, room, width)
    for k in range(len(words) - 1, i, -1):
        cand = " ".join(words[:k])
        if cand[-1:].isalnum() and width(cand) <= room:
            return cand
    number = words[i]
    verdict = " ".join(words[:i])
    if verdict:
        rest = room - width(" " + number)
        cut = elide_chars(verdict, rest, width) if rest > 0 else ""
        if cut and cut != ELLIPSIS and width(cut + " " + number) <= room:
            return cut + " " + number
    return number


def fit_footer(result: str, counters: Sequence[str], room: float, result_width: Width,
               counter_width: Width, gap: float) -> tuple[str, str]:
    """(result, counter) for a footer ``room`` wide: the result whole if any way allows it.

    ``counters`` are the counter's forms, longest first (e.g. "25 fps · 53 dropped", "25 fps");
    the first that fits beside the whole result, ``gap`` apart, is kept; when none does the
    counter is dropped and the result has the whole room (shortened by :func:`shorten` if it
    still does not fit).
    """
    forms = [c for c in counters if c]
    if not result:
        for c in forms:
            if counter_width(c) <= room:
                return "", c
        return "", ""
    need = result_width(result)
    for c in forms:
        if need + gap + counter_width(c) <= room:
            return result, c
    return shorten(result, room, result_width), ""


def span_within(centre: float, text_w: float, lo: float, hi: float) -> float:
    """The centre of a ``text_w``-wide text placed as near ``centre`` as it can be inside [lo, hi]."""
    half = text_w / 2
    if text_w >= hi - lo:
        return (lo + hi) / 2
    return min(max(centre, lo + half), hi - half)


_METRICS: dict[tuple[int, bool], object] = {}
_FAMILY: list[str] = []


def font_family() -> str:
    """Open Sans, the face the GPU wall draws with (it ships with vispy), added to Qt's fonts once;
    "" when it cannot be (the default face is used then). Needs a QGuiApplication."""
    if not _FAMILY:
        from pathlib import Path

        import vispy
        from PySide6 import QtGui

        family = ""
        data = Path(vispy.__file__).resolve().parent / "util" / "fonts" / "data"
        for name in ("OpenSans-Regular.ttf", "OpenSans-Bold.ttf"):
            fid = QtGui.QFontDatabase.addApplicationFont(str(data / name))
            if fid >= 0 and not family:
                families = QtGui.QFontDatabase.applicationFontFamilies(fid)
                family = families[0] if families else ""
        _FAMILY.append(family)
    return _FAMILY[0]


def text_width(text: str, px: int, bold: bool = False) -> float:
    """How wide ``text`` is drawn at ``px`` pixels in the walls' face: Qt's font metrics of Open
    Sans (both walls draw it), or :func:`estimate_width` before there is a QGuiApplication."""
    if not text:
        return 0.0
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is None:
        return estimate_width(text, px, bold)
    return _measured(text, int(px), bool(bold))


@lru_cache(maxsize=8192)  # a wall measures the same few dozen texts at every frame
def _measured(text: str, px: int, bold: bool) -> float:
    from PySide6.QtGui import QFont, QFontMetricsF

    key = (px, bold)
    fm = _METRICS.get(key)
    if fm is None:
        font = QFont()
        if family := font_family():
            font.setFamily(family)
        font.setBold(bold)
        font.setPixelSize(max(1, int(px)))
        fm = _METRICS[key] = QFontMetricsF(font)
    return fm.horizontalAdvance(text)
