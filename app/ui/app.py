"""Start the console: Qt application, theme, renderer choice, window."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from app.core.errors import CanthusError

ORGANIZATION = "Canthus"
APPLICATION = "Canthus console"


def _check_display() -> None:
    if not sys.platform.startswith("linux"):
        return
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY") or platform):
        raise CanthusError(
            "no display to open the console on (DISPLAY is not set): start it from the workstation's desktop, "
            "or use 'canthus replay' / 'canthus --headless' on a server"
        )
    if platform in ("", "xcb") and not os.environ.get("WAYLAND_DISPLAY") and not _has_xcb_cursor():
        # Qt >= 6.5 aborts with a terse plugin error without it; say what to install instead.
        raise CanthusError(
            "the console needs the system library libxcb-cursor0 for Qt's X11 platform, and it is not "
            "installed: install it (Debian/Ubuntu: sudo apt-get install libxcb-cursor0) and start again"
        )


def _has_xcb_cursor() -> bool:
    import ctypes
    import ctypes.util

    name = ctypes.util.find_library("xcb-cursor") or "libxcb-cursor.so.0"
    try:
        ctypes.CDLL(name)
    except OSError:
        return False
    return True


def _start_events(station, site, store, site_dir):
    """The site's events to its MQTT broker (docs/events.md), or None without an [events] table.

    One that cannot start is said on the console's status line: screening never depends on it.
    """
    from app.events.bridge import connect_events

    try:
        return connect_events(station, site, store, site_dir)
    except CanthusError as e:
        station.say(str(e) if str(e).startswith("events") else f"events: {e}")
        return None


def close_after(window, quit_after_s: float | None, screenshot: Path | None, before=None) -> None:
    """``--quit-after S [--screenshot PNG]`` (checks and docs): after S seconds, ``before()``,
    the window saved as PNG, then closed; nothing when ``quit_after_s`` is None."""
    if quit_after_s is None:
        return
    from PySide6.QtCore import QTimer

    def finish() -> None:
        if before is not None:
            before()
        if screenshot is not None:
            window.grab().save(str(screenshot))
        window.close()

    QTimer.singleShot(int(quit_after_s * 1000), finish)


def fits(preferred: tuple[int, int], available: tuple[int, int]) -> bool:
    """Whether a window of ``preferred`` (width, height) fits the screen's ``available`` area."""
    return preferred[0] <= available[0] and preferred[1] <= available[1]


def show_on_screen(window, preferred: tuple[int, int]) -> None:
    """Show ``window`` at ``preferred`` size when the screen has room, else maximised to the screen:
    a guard's 1280×800 screen must show the alarm buttons, the whole wall and the status bar."""
    screen = window.screen()  # the screen it will open on (Qt's primary one before it is shown)
    area = screen.availableGeometry() if screen is not None else None
    if area is not None and not fits(preferred, (area.width(), area.height())):
        window.resize(area.width(), area.height())  # what --screenshot grabs without a window manager
        window.showMaximized()
        return
    window.resize(*preferred)
    window.show()


def run_console(site, *, renderer: str = "auto", site_dir: Path | None = None, quit_after_s: float | None = None,
                screenshot: Path | None = None, data_dir: Path | None = None, site_path: Path | None = None,
                lang: str | None = None) -> int:
    """``lang``: the workstation's language (--lang); None: the one chosen last time on this
    workstation, else the system's, else English."""
    _check_display()
    from app.store import open_store

    store = open_store(data_dir)  # before any window: a bad store is one clear line, not a dialog
    from PySide6.QtWidgets import QApplication

    from app.render.glinfo import make_wall
    from app.ui.console import ConsoleWindow
    from app.ui.theme import STYLESHEET

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setStyleSheet(STYLESHEET)
    from PySide6.QtCore import QSettings

    from app.ui.i18n import install_translators

    # Before any widget is made: texts are translated when a widget is built.
    used = install_translators(app, lang or QSettings().value("lang") or None)
    if lang:  # a per-workstation choice, kept for the next start
        QSettings().setValue("lang", used)
    wall = make_wall(renderer)
    window = ConsoleWindow(site, wall, site_dir=site_dir, store=store, site_path=site_path)
    show_on_screen(window, (1600, 1000))
    window.start()
    bridge = _start_events(window.station, site, store, site_dir)
    close_after(window, quit_after_s, screenshot)
    try:
        return app.exec()
    finally:
        window.stop()  # idempotent: however the loop ended, every queued store write is flushed first
        if bridge is not None:
            bridge.stop()  # the last minute's counts, then online = false (a few seconds at most)
        store.close()
