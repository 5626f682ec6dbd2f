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

That finds only English that has a translation. Text that never went through a translation (a
literal, a driver's message, a word built in code) is found by comparing two runs instead: the same
window built the same way in English and in the other language, walked with :func:`visible_texts`
(each text has a ``key``: the widget's path in the tree and which of its texts). :func:`same_in_both`
returns the texts shown at the same place, identical in both, that hold words: not a name given
(entrances, the site, the guard, the product), a number, a unit, a function key, a text whose translation
is the same on purpose ("Pause", "AUC" in the ``.ts``), or one of :data:`SAME_ON_PURPOSE`, each with
the reason it may stay::

    left = same_in_both(visible_texts(english_window), visible_texts(french_window),
                        EnglishSources.read("fr"), names=[c.name for c in site.camera])
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
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
    """A text on screen and where it is (the widget's class and object name, and which of its texts);
    ``key``: the same place by the widget's path from the window, equal in two windows built alike."""

    where: str
    text: str
    key: str = ""

    def __str__(self) -> str:
        return f"{self.where}: {self.text!r}"


@dataclass
class EnglishSources:
    """The English texts a translated window must not show: exact texts and placeholder patterns."""

    lang: str
    exact: dict[str, str]  # plain English -> the translation it should have been
    patterns: list[tuple[re.Pattern, str]]
    translations: set[str]  # every translation, plain: a text that is one is never English left
    same: set[str] = field(default_factory=set)  # sources translated as themselves, plain ("Pause", "AUC")
    same_patterns: list[re.Pattern] = field(default_factory=list)  # ... with placeholders ("Canthus — %1")
    translation_patterns: list[re.Pattern] = field(default_factory=list)  # translations with placeholders

    @classmethod
    def read(cls, lang: str, path: Path | None = None) -> EnglishSources:
        root = ET.parse(path or ts_path(lang)).getroot()
        exact: dict[str, str] = {}
        patterns: list[tuple[re.Pattern, str]] = []
        translations: set[str] = set()
        same: set[str] = set()
        same_patterns: list[re.Pattern] = []
        translation_patterns: list[re.Pattern] = []
        for m in root.iter("message"):
            source = m.findtext("source") or ""
            tr = m.find("translation")
            if tr is None or tr.get("type") in ("unfinished", "vanished", "obsolete"):
                continue
            forms = [f.text or "" for f in tr.iter("numerusform")] if m.get("numerus") == "yes" else [tr.text or ""]
            translations |= {_plain(f) for f in forms}
            translation_patterns += [_pattern(f) for f in forms if _PLACEHOLDER.search(f) and
                                     sum(c.isalpha() for c in _PLACEHOLDER.sub("", f)) >= _MIN_LETTERS]
            if all(_plain(f) == _plain(source) for f in forms):  # the same in both languages ("AUC")
                if _PLACEHOLDER.search(source):
                    same_patterns.append(_pattern(source))
                else:
                    same.add(_plain(source))
                continue
            if _PLACEHOLDER.search(source):
                words = _PLACEHOLDER.sub("", source)
                if sum(c.isalpha() for c in words) >= _MIN_LETTERS:
                    patterns.append((_pattern(source), forms[-1]))
            else:
                exact[_plain(source)] = forms[0]
        return cls(lang, exact, patterns, translations, same, same_patterns, translation_patterns)

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


    def same_on_purpose(self, text: str) -> bool:
        """Whether ``text`` is a source the ``.ts`` translates as itself (a loan word, an abbreviation), or
        a translation of this language's ``.ts`` ("1 open alarm" is Dutch too): it went through one."""
        plain = _plain(text)
        return (plain in self.same or plain in self.translations
                or any(p.match(plain) for p in (*self.same_patterns, *self.translation_patterns)))


def _pattern(source: str) -> re.Pattern:
    parts = [re.escape(p) for p in _PLACEHOLDER.split(_plain(source))]
    return re.compile("^" + ".+".join(parts) + "$", re.DOTALL)


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
    for k, item in enumerate(scene.items()):  # the scene's stacking order: the same for scenes built alike
        if not item.isVisible():
            continue
        if isinstance(item, QGraphicsTextItem):
            out.append(Found(f"{name} graphics text", item.toPlainText(), f"graphics text {k}"))
        elif isinstance(item, QGraphicsSimpleTextItem):
            out.append(Found(f"{name} graphics text", item.text(), f"graphics text {k}"))
        # a pyqtgraph axis paints the ticks it was given (a bar chart's category names): no item to read
        for level in getattr(item, "_tickLevels", None) or ():
            out += [Found(f"{name} axis tick", text, f"axis {k} tick {j}")
                    for j, (_, text) in enumerate(level) if isinstance(text, str)]
    return out


def _path(w: QWidget, window: QWidget) -> str:
    """Where ``w`` sits under ``window``: each ancestor by class and object name, or by its place
    among its parent's children of the same class (so two windows built alike give the same path)."""
    parts = []
    while w is not None and w is not window:
        parent = w.parent()
        name = type(w).__name__
        if w.objectName():
            name += f"#{w.objectName()}"
        elif parent is not None:
            name += f"[{[c for c in parent.children() if type(c) is type(w)].index(w)}]"
        parts.append(name)
        w = parent if isinstance(parent, QWidget) else None
    return "/".join([type(window).__name__, *reversed(parts)])


def visible_texts(window: QWidget, *, cells: bool = True) -> list[Found]:
    """Every text of ``window`` and its children a person can read (hidden widgets too: a filter's
    custom fields show on demand)."""
    found: list[Found] = []
    for w in [window, *window.findChildren(QWidget)]:
        start = len(found)
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
        actions = QWidget.actions(w)  # Qt's, even where a window names an attribute of its own "actions"
        found += [Found(f"{name} action", a.text(), f"action {i}") for i, a in enumerate(actions) if a.text()]
        found += [Found(f"{name} action tooltip", a.toolTip(), f"action {i} tooltip") for i, a in enumerate(actions)
                  if a.toolTip() and a.toolTip() != a.text().replace("&", "")]
        path = _path(w, window)
        found[start:] = [Found(f.where, f.text, f"{path} {f.key or f.where[len(name):].strip()}".rstrip())
                         for f in found[start:]]
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


#: Texts that may read the same in English and in the language under test, and why. A text found the same
#: in both is English left unless it is listed here (or is a name, a number, a unit or a function key).
SAME_ON_PURPOSE: dict[str, str] = {
    "canthus": "the product's name (and the eye's corner, the same word in French and Dutch)",
    "°c": "the unit",
    "ok": "Qt's own button (QDialogButtonBox, translated by Qt): the same word in French, Dutch and German",
}
#: Words that are no language's: units, function keys and the formats and protocols a dialog names. Other
#: key names are words (Qt writes Shift "Maj" in French, Ctrl "Strg" in German): not listed.
_NOT_WORDS = re.compile(
    r"(?<![^\W\d_])(?:°c|°f|ms|min|h|s|hz|px|mm|fps|mb|kb|gb|f\d{1,2}|"
    r"usb|uvc|isapi|gige|rtsp|mqtt|csv|html|toml|uri|url|cpu|gpu|opengl|vispy|pyqtgraph|id)(?![^\W\d_])")
_WORD = re.compile(r"[^\W\d_]{2,}")


#: Key names the F1 help and the buttons' hints write; a language writes some as English does (Ctrl in French).
KEY_NAMES = ("Ctrl", "Shift", "Alt", "Esc", "Tab", "Up", "Down", "Left", "Right", "Del", "Home", "End", "Space",
             "Return", "Enter", "Backspace")


def own_key_names() -> list[str]:
    """The key names the installed language writes as English does, as Qt writes them (its own
    translation, ``QKeySequence.NativeText``): Ctrl is "Ctrl" in French but "Strg" in German. Call it
    while the language is installed, and pass them to :func:`same_in_both` as names."""
    from PySide6.QtGui import QKeySequence

    def native(k: str) -> str:
        seq = f"{k}+A" if k in ("Ctrl", "Shift", "Alt") else k  # a modifier alone is no key sequence
        return QKeySequence(seq).toString(QKeySequence.NativeText).removesuffix("+A")

    return [k for k in KEY_NAMES if native(k) == k]


def _has_words(text: str, names: list[str]) -> bool:
    """Whether ``text`` (plain) holds a word once the names, numbers, units and key names are taken out."""
    for name in sorted({_plain(n) for n in names if n and n.strip()}, key=len, reverse=True):
        text = re.sub(rf"(?<![^\W\d_]){re.escape(name)}(?![^\W\d_])", " ", text)  # whole words only
    return bool(_WORD.search(_NOT_WORDS.sub(" ", text)))


def same_in_both(english: list[Found], translated: list[Found], sources: EnglishSources, *,
                 names: list[str] = (), same_on_purpose: dict[str, str] | None = None) -> list[str]:
    """Texts shown at the same place (``Found.key``) in an English window and in the same window in
    ``sources.lang``, identical in both (ignoring case and mnemonics), that hold words: untranslated,
    whether or not their English is a ``.ts`` source. A text made of parts (`` · ``, line breaks) is
    compared part by part when both have as many. Names given, numbers, units, function keys, texts the
    ``.ts`` translates as themselves and ``same_on_purpose`` (default :data:`SAME_ON_PURPOSE`) are not."""
    allowed = [*(SAME_ON_PURPOSE if same_on_purpose is None else same_on_purpose), *names]
    shown = {f.key: f.text for f in english}
    left = []
    for f in translated:
        was = shown.get(f.key)
        if was is None:
            continue
        if _plain(was) == _plain(f.text):
            same = [f.text]
        else:
            a, b = _PARTS.split(was), _PARTS.split(f.text)
            same = [q for p, q in zip(a, b, strict=True) if _plain(p) == _plain(q)] if len(a) == len(b) > 1 else []
        for part in same:
            # a key hint ("Pause  [P]") or a loan word inside a text is no untranslated word either
            if sources.same_on_purpose(part) or not _has_words(_plain(part), [*allowed, *sources.same]):
                continue
            left.append(f"{f.where}: {part.strip()!r} reads the same in English and in {sources.lang} "
                        f"(at {f.key})")
    return sorted(set(left))
