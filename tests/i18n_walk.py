"""Find English left in a translated window: walk its widget tree, collect every text a person
reads, and flag those that are an English source text of the ``.ts`` file whose translation differs.

Reusable by any window's test (the review windows now, the console next)::

    texts = visible_texts(window)
    left = english_left(texts, EnglishSources.read("fr"))
    assert not left, "\n".join(map(str, left))

What counts as read: window titles, labels, buttons, check boxes, group box titles, tab texts,
combo box items, line edit placeholders, tooltips, actions (menus, tool bars), table and tree
headers and (``cells=True``) their cells, and the texts drawn in a graphics view (plot titles,
axis labels, legends, placeholders: pyqtgraph draws them as graphics text items; the ticks an axis
was given by name).

A text is English left when, ignoring case and ``&`` mnemonics, it (or one of its parts between
`` · ``, `` › ``, `` — `` and line breaks) equals a source text whose translation differs from it, or fits
a source with placeholders (``Exported %n decisions to %1.``), and it is no translation itself.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGraphicsSimpleTextItem,
    QGraphicsTextItem,
    QGraphicsView,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTabWidget,
    QWidget,
)

from app.translations import ts_path

_PLACEHOLDER = re.compile(r"%(?:\d|n)")
_TAG = re.compile(r"<[^>]+>")
_PARTS = re.compile(r"\n|\s+[·›—]\s+")
#: a source with placeholders is matched as a pattern only when its words say enough (not "%1 to %2")
_MIN_LETTERS = 4


def _plain(text: str) -> str:
    """Without mnemonics (``&Refresh``; ``&&`` is a literal ``&``), markup and outer space, case folded."""
    text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    if "<" in text and ">" in text:
        text = _TAG.sub("", text)
    return " ".join(text.split()).casefold()


@dataclass(frozen=True)
class Found:
    """A text on screen and where it is (the widget's class and object name, and which of its texts)."""

    where: str
    text: str

    def __str__(self) -> str:
        return f"{self.where}: {self.text!r}"


@dataclass
class EnglishSources:
    """The English texts a translated window must not show: exact texts and placeholder patterns."""

    lang: str
    exact: dict[str, str]  # plain English -> the translation it should have been
    patterns: list[tuple[re.Pattern, str]]
    translations: set[str]  # every translation, plain: a text that is one is never English left

    @classmethod
    def read(cls, lang: str, path: Path | None = None) -> EnglishSources:
        root = ET.parse(path or ts_path(lang)).getroot()
        exact: dict[str, str] = {}
        patterns: list[tuple[re.Pattern, str]] = []
        translations: set[str] = set()
        for m in root.iter("message"):
            source = m.findtext("source") or ""
            tr = m.find("translation")
            if tr is None or tr.get("type") in ("unfinished", "vanished", "obsolete"):
                continue
            forms = [f.text or "" for f in tr.iter("numerusform")] if m.get("numerus") == "yes" else [tr.text or ""]
            translations |= {_plain(f) for f in forms}
            if all(_plain(f) == _plain(source) for f in forms):
                continue  # the same in both languages ("AUC", "Canthus — %1")
            if _PLACEHOLDER.search(source):
                words = _PLACEHOLDER.sub("", source)
                if sum(c.isalpha() for c in words) >= _MIN_LETTERS:
                    parts = [re.escape(p) for p in _PLACEHOLDER.split(_plain(source))]
                    patterns.append((re.compile("^" + ".+".join(parts) + "$", re.DOTALL), forms[-1]))
            else:
                exact[_plain(source)] = forms[0]
        return cls(lang, exact, patterns, translations)

    def english(self, text: str) -> str | None:
        """The translation ``text`` should have been, when it is English left; else None."""
        plain = _plain(text)
        if not plain or plain in self.translations:
            return None
        if plain in self.exact:
            return self.exact[plain]
        for pattern, translation in self.patterns:
            if pattern.match(plain):
                return translation
        return None


def _model_texts(view: QAbstractItemView, name: str, cells: bool) -> list[Found]:
    model = view.model()
    if model is None:
        return []
    out = []
    for c in range(model.columnCount()):
        head = model.headerData(c, Qt.Horizontal, Qt.DisplayRole)
        if isinstance(head, str):
            out.append(Found(f"{name} header {c}", head))
    if cells:
        for r in range(model.rowCount(QModelIndex())):
            for c in range(model.columnCount()):
                for role, what in ((Qt.DisplayRole, "cell"), (Qt.ToolTipRole, "cell tooltip")):
                    value = model.index(r, c).data(role)
                    if isinstance(value, str):
                        out.append(Found(f"{name} {what} ({r}, {c})", value))
    return out


def _scene_texts(view: QGraphicsView, name: str) -> list[Found]:
    scene = view.scene()
    if scene is None:
        return []
    out = []
    for item in scene.items():
        if not item.isVisible():
            continue
        if isinstance(item, QGraphicsTextItem):
            out.append(Found(f"{name} graphics text", item.toPlainText()))
        elif isinstance(item, QGraphicsSimpleTextItem):
            out.append(Found(f"{name} graphics text", item.text()))
        # a pyqtgraph axis paints the ticks it was given (a bar chart's category names): no item to read
        for level in getattr(item, "_tickLevels", None) or ():
            out += [Found(f"{name} axis tick", text) for _, text in level if isinstance(text, str)]
    return out


def visible_texts(window: QWidget, *, cells: bool = True) -> list[Found]:
    """Every text of ``window`` and its children a person can read (hidden widgets too: a filter's
    custom fields show on demand)."""
    found: list[Found] = []
    for w in [window, *window.findChildren(QWidget)]:
        name = type(w).__name__ + (f"#{w.objectName()}" if w.objectName() else "")
        if w.isWindow() and w.windowTitle():
            found.append(Found(f"{name} title", w.windowTitle()))
        if w.toolTip():
            found.append(Found(f"{name} tooltip", w.toolTip()))
        if isinstance(w, QLabel | QAbstractButton):
            found.append(Found(name, w.text()))
        elif isinstance(w, QGroupBox):
            found.append(Found(f"{name} title", w.title()))
        elif isinstance(w, QComboBox):
            found += [Found(f"{name} item {i}", w.itemText(i)) for i in range(w.count())]
        elif isinstance(w, QLineEdit):
            found.append(Found(f"{name} placeholder", w.placeholderText()))
        elif isinstance(w, QTabWidget):
            found += [Found(f"{name} tab {i}", w.tabText(i)) for i in range(w.count())]
        if isinstance(w, QAbstractItemView) and not isinstance(w, QHeaderView):  # a header shows its view's model
            found += _model_texts(w, name, cells)
        if isinstance(w, QGraphicsView):
            found += _scene_texts(w, name)
        found += [Found(f"{name} action", a.text()) for a in w.actions() if a.text()]
        found += [Found(f"{name} action tooltip", a.toolTip()) for a in w.actions()
                  if a.toolTip() and a.toolTip() != a.text().replace("&", "")]
    return [f for f in found if f.text and f.text.strip()]


def english_left(texts: list[Found], sources: EnglishSources) -> list[str]:
    """The texts (or their parts) that are English sources left untranslated, each with where it is
    and what it should have read."""
    left = []
    for f in texts:
        for part in {f.text, *_PARTS.split(f.text)}:
            should = sources.english(part)
            if should is not None:
                left.append(f"{f.where}: {part.strip()!r} is English (a {sources.lang} text of the same source: "
                            f"{should!r})")
    return sorted(set(left))
