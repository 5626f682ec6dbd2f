"""Mouse handling shared by both walls: double-click a tile, nothing else.

The wall is a display: no pan, zoom or selection. The filter reports a
double-click as a tile index and consumes the wall's mouse events, so
neither vispy's nor pyqtgraph's own handlers run (vispy 0.17's Qt backend
reads positions through APIs that PySide6 6.11 deprecates, on every hover).
An event filter the console installs on the same widget later runs first
and still sees every event.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6 import QtCore

_BUTTONS = {
    QtCore.QEvent.Type.MouseButtonPress,
    QtCore.QEvent.Type.MouseButtonRelease,
    QtCore.QEvent.Type.MouseButtonDblClick,
}
_MOTION = {QtCore.QEvent.Type.MouseMove, QtCore.QEvent.Type.Wheel}


class TileClickFilter(QtCore.QObject):
    """Event filter: double-click → ``on_double_click(tile)``; button events accepted and stopped."""

    def __init__(self, tile_at: Callable[[float, float], int | None], *, swallow_motion: bool) -> None:
        super().__init__()
        self._tile_at = tile_at
        self._swallow_motion = swallow_motion
        self.on_double_click: Callable[[int], None] | None = None

    def eventFilter(self, obj, ev) -> bool:  # noqa: N802 - Qt's name
        kind = ev.type()
        if kind in _BUTTONS:
            if kind == QtCore.QEvent.Type.MouseButtonDblClick and self.on_double_click is not None:
                pos = ev.position()
                index = self._tile_at(pos.x(), pos.y())
                if index is not None:
                    self.on_double_click(index)
            ev.accept()
            return True
        if kind in _MOTION and self._swallow_motion:
            ev.ignore()  # not ours: let the parent have it
            return True
        return False
