"""The console and headquarters open at their preferred size only where the screen has room:
on a guard's 1280x800 screen a 1600x1000 window hid the alarm buttons, the bottom tiles and
the status bar (a new user's trial), so there they open maximised to the screen."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QWidget

from app.ui.app import fits, show_on_screen


class Screen:
    def __init__(self, w: int, h: int) -> None:
        self.area = QRect(0, 0, w, h)

    def availableGeometry(self) -> QRect:  # noqa: N802 - Qt API
        return self.area


class Window(QWidget):
    def __init__(self, screen: Screen) -> None:
        super().__init__()
        self._screen = screen
        self.maximised = False

    def screen(self):
        return self._screen

    def showMaximized(self) -> None:  # noqa: N802 - Qt API
        self.maximised = True


def test_fits():
    assert fits((1600, 1000), (1920, 1040)) and not fits((1600, 1000), (1280, 760))
    assert not fits((1600, 1000), (1700, 900))  # tall enough matters as much as wide enough


def test_a_small_screen_gets_the_window_maximised_to_it(qapp):
    small = Window(Screen(1280, 760))
    show_on_screen(small, (1600, 1000))
    assert small.maximised and (small.width(), small.height()) == (1280, 760)
    big = Window(Screen(1920, 1040))
    show_on_screen(big, (1600, 1000))
    assert not big.maximised and (big.width(), big.height()) == (1600, 1000) and big.isVisible()
    big.close()
