"""Test doubles and checks shared by the console tests."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from app.render.base import TileView


def press_shortcut(window: QWidget, keys: str) -> QAction:
    """Trigger the one enabled action of ``window`` bound to ``keys`` (e.g. "Ctrl+4").

    Typing a window shortcut depends on the window manager making the window
    active, which a loaded CI machine does not always do in time; the binding
    (exactly one action per key sequence) and what the action does are what
    the tests check, so they find the action by its shortcut and trigger it.
    """
    seq = QKeySequence(keys)
    bound = [a for a in window.findChildren(QAction) if a.isEnabled() and seq in a.shortcuts()]
    assert len(bound) == 1, f"{keys}: {len(bound)} enabled actions bound ({[a.text() for a in bound]})"
    bound[0].trigger()
    return bound[0]


class _DoubleClicks(QObject):
    def __init__(self, wall):
        super().__init__()
        self.wall = wall

    def eventFilter(self, obj, event):  # noqa: N802 - Qt API
        if event.type() == QEvent.MouseButtonDblClick and self.wall.handler:
            pos = event.position()
            self.wall.handler(self.wall.tile_at(pos.x(), pos.y()))
            return True
        return False


class StubWall:
    """A renderer that records what it is asked to draw (no GL, no pixels)."""

    kind = "stub"
    description = "stub renderer (tests)"

    def __init__(self) -> None:
        self._widget = QWidget()
        self.layout: tuple[int, int, int, list[int]] | None = None
        self.palette = None
        self.span = None
        self.shown_views: dict[int, TileView] = {}
        self.show_calls = 0
        self.closed = False
        self.handler = None
        self._filter = _DoubleClicks(self)
        self._widget.installEventFilter(self._filter)

    def set_double_click_handler(self, handler):
        self.handler = handler

    @property
    def widget(self) -> QWidget:
        return self._widget

    def configure(self, n_tiles, rows, cols, shown):
        self.layout = (n_tiles, rows, cols, list(shown))

    def set_palette(self, name):
        self.palette = name

    def set_span(self, lo, hi):
        self.span = (lo, hi)

    def show(self, view):
        self.show_calls += 1
        self.shown_views[view.index] = view

    def tile_at(self, x, y):
        assert self.layout is not None
        _, rows, cols, shown = self.layout
        w, h = self._widget.width() / cols, self._widget.height() / rows
        k = int(y // h) * cols + int(x // w)
        return shown[k] if 0 <= k < len(shown) else None

    def grab_rgb(self):
        return np.zeros((1, 1, 3), np.uint8)

    def close(self):
        self.closed = True
