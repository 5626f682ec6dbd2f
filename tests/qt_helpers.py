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


def elevated_decision(subject: int, camera: str = "Door 1", estimate_c: float = 38.5) -> "Decision":
    """An elevated decision as a camera's engine makes it (with a small °C head crop)."""
    import time as _time

    from app.core.engine import Decision

    crop = np.full((60, 50), 34.0, np.float32)
    crop[20, 25] = 37.2
    return Decision(camera=camera, subject=subject, t=1.0, seq=1, verdict="elevated", reason="measured",
                    instruction="", canthus_c=37.2, estimate_c=estimate_c, rule="absolute", limit_c=37.7,
                    alarm_level_c=37.4, point=(35, 50), box=(10, 30, 50, 60), snapshot=crop,
                    made_at=_time.time())


class KeyCounter:
    """Types keys as a guard does, at whatever has the keyboard (the active dialog's focused field,
    else the window), and counts them: the guard's effort, measured in key presses."""

    def __init__(self, qtbot, window: QWidget) -> None:
        self.qtbot, self.window, self.presses = qtbot, window, 0

    def target(self) -> QWidget:
        from PySide6.QtWidgets import QApplication

        modal = QApplication.activeModalWidget()
        if modal is not None:
            return modal.focusWidget() or modal
        return self.window

    def press(self, key) -> None:
        self.presses += 1
        self.qtbot.keyClick(self.target(), key)

    def type(self, text: str) -> None:
        """Typed text (a reading): not counted as presses, it is the answer itself."""
        self.qtbot.keyClicks(self.target(), text)


def close_like_the_window_manager(window: QWidget) -> bool:
    """Ask ``window`` to close as a window manager does for its close button or Alt+F4: an X11
    WM_DELETE_WINDOW message, which Qt delivers as a *spontaneous* close event. False where the
    platform is not X11 (nothing sent)."""
    import ctypes
    import ctypes.util

    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.platformName() != "xcb":
        return False
    x11 = ctypes.CDLL(ctypes.util.find_library("X11") or "libX11.so.6")
    x11.XOpenDisplay.restype = ctypes.c_void_p
    x11.XOpenDisplay.argtypes = [ctypes.c_char_p]
    x11.XInternAtom.restype = ctypes.c_ulong
    x11.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
    x11.XSendEvent.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_int, ctypes.c_long, ctypes.c_void_p]
    x11.XFlush.argtypes = [ctypes.c_void_p]
    x11.XCloseDisplay.argtypes = [ctypes.c_void_p]

    class ClientMessage(ctypes.Structure):
        _fields_ = [("type", ctypes.c_int), ("serial", ctypes.c_ulong), ("send_event", ctypes.c_int),
                    ("display", ctypes.c_void_p), ("window", ctypes.c_ulong), ("message_type", ctypes.c_ulong),
                    ("format", ctypes.c_int), ("data", ctypes.c_long * 5)]

    class XEvent(ctypes.Union):
        _fields_ = [("xclient", ClientMessage), ("pad", ctypes.c_long * 24)]

    dpy = x11.XOpenDisplay(None)
    if not dpy:
        return False
    try:
        ev = XEvent()
        ev.xclient.type = 33  # ClientMessage
        ev.xclient.window = int(window.winId())
        ev.xclient.message_type = x11.XInternAtom(dpy, b"WM_PROTOCOLS", 0)
        ev.xclient.format = 32
        ev.xclient.data[0] = x11.XInternAtom(dpy, b"WM_DELETE_WINDOW", 0)
        ev.xclient.data[1] = 0  # CurrentTime
        x11.XSendEvent(dpy, int(window.winId()), 0, 0, ctypes.byref(ev))
        x11.XFlush(dpy)
    finally:
        x11.XCloseDisplay(dpy)
    return True
