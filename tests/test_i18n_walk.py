"""The walker itself (tests/i18n_walk.py): the English-and-French comparison finds a label that was
never translated, which the look-up of ``.ts`` sources cannot, and leaves names, numbers, units,
function keys and texts translated as themselves alone."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QComboBox, QGroupBox, QLabel, QPushButton, QVBoxLayout, QWidget

from tests.i18n_walk import EnglishSources, english_left, own_key_names, same_in_both, visible_texts

#: A text no .ts holds: shown as it is in every language (what a literal left in the code does).
PLANTED = "Door sensor unplugged"


@pytest.fixture
def lang(qapp, tmp_path, monkeypatch):
    """Install a language on the test's application; English again afterwards."""
    from app.ui import i18n

    monkeypatch.setenv(i18n.ENV_CACHE_DIR, str(tmp_path / "cache"))
    yield lambda code: i18n.install_translators(qapp, code)
    i18n.install_translators(qapp, "en")


def _window(qtbot, planted: bool = True) -> QWidget:
    """A small window as the console builds one: translated texts, a name, a number with its unit,
    a text translated as itself ("Pause"), and (``planted``) a literal that never went through Qt."""
    w = QWidget()
    qtbot.addWidget(w)
    w.setWindowTitle(QCoreApplication.translate("Tile", "Step closer"))
    box = QGroupBox(QCoreApplication.translate("Cameras", "Cameras"), w)
    layout = QVBoxLayout(box)
    layout.addWidget(QLabel("Main entrance"))  # an entrance's name, from the site file
    layout.addWidget(QLabel("37 °C · 12 s"))
    layout.addWidget(QPushButton(QCoreApplication.translate("Actions", "Pause")))
    combo = QComboBox()
    keys = QKeySequence("Ctrl+Shift+1").toString(QKeySequence.NativeText)  # Qt's key names, translated
    combo.addItems([QCoreApplication.translate("Tile", "One person at a time"), keys, "F11"])
    layout.addWidget(combo)
    status = QLabel(PLANTED if planted else QCoreApplication.translate("Tile", "Remove glasses"))
    status.setObjectName("status")
    layout.addWidget(status)
    parts = QLabel(" · ".join([QCoreApplication.translate("Tile", "Measuring…"), PLANTED if planted else "3"]))
    layout.addWidget(parts)
    return w


def _both(lang, qtbot, code: str, planted: bool = True):
    """The window walked in English and in ``code``; and the names it shows (the entrance, and the key
    names ``code`` writes as English does)."""
    assert lang("en") == "en"
    english = visible_texts(_window(qtbot, planted))
    assert lang(code) == code
    return english, visible_texts(_window(qtbot, planted)), ["Main entrance", *own_key_names()]


@pytest.mark.parametrize("code", ["fr", "nl", "de"])
def test_a_planted_untranslated_label_is_found_by_comparing_with_english(lang, qtbot, code):
    english, translated, names = _both(lang, qtbot, code)
    sources = EnglishSources.read(code)
    assert not english_left(translated, sources)  # not a .ts source: the look-up alone misses it
    left = same_in_both(english, translated, sources, names=names)
    assert len(left) == 2, "\n".join(left)  # the label, and the same text as a part of another one
    assert all(repr(PLANTED) in line for line in left), left
    assert any("QLabel#status" in line for line in left), left
    assert all(f"in {code}" in line for line in left), left


def test_names_numbers_units_function_keys_and_texts_translated_as_themselves_are_not_flagged(lang, qtbot):
    english, translated, names = _both(lang, qtbot, "fr", planted=False)
    sources = EnglishSources.read("fr")
    assert sources.same_on_purpose("Pause")  # the .ts translates it as itself
    assert "Ctrl" in names and "Shift" not in names  # French writes Ctrl+Maj+1
    assert same_in_both(english, translated, sources, names=names) == []
    # without the entrance's name given, its label reads as untranslated English
    left = same_in_both(english, translated, sources, names=names[1:])
    assert len(left) == 1 and "'Main entrance'" in left[0], left


def test_an_allow_list_entry_with_its_reason_lets_a_text_stay(lang, qtbot):
    english, translated, names = _both(lang, qtbot, "fr")
    sources = EnglishSources.read("fr")
    allowed = {PLANTED: "a test's own label", "canthus": "the product's name"}
    assert same_in_both(english, translated, sources, names=names, same_on_purpose=allowed) == []


def test_the_same_place_is_compared_not_the_same_text_anywhere(lang, qtbot):
    """A text that moved (another widget, another order) is not compared: keys are widget paths."""
    english, translated, names = _both(lang, qtbot, "fr")
    keys = [f.key for f in translated]
    assert len(keys) == len(set(keys)), "two texts share a key"
    assert {f.key for f in english} == set(keys)
    moved = [f.__class__(f.where, f.text, f.key + " (elsewhere)") for f in translated]
    assert same_in_both(english, moved, EnglishSources.read("fr"), names=names) == []
