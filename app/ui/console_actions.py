"""The console's actions, made from the one table (:mod:`app.ui.actions`), and the guard's presses
that are not on an alarm: signing on, the focused entrance's buttons, suspending screening, and
the records windows.

Each handler named in the table is a method of one of the window's parts (the wall, the alarm
desk, the guard's presses, the records windows, the supervisor's dialogs, the window itself);
:class:`ConsoleActions` finds it there, and a test checks that every name is found exactly once.
The station decides; these only ask and say.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QToolBar

from app.alarms import ActionRefused
from app.render.palettes import PALETTES
from app.station import Station
from app.translations import arg
from app.ui import actions as table

LAYOUT_NAMES = ("auto", "1x1", "2x2", "3x3", "4x4")


class ConsoleActions:
    """Menus, the entrance bar and the keys, all made from the actions table.

    ``parts`` are the objects the table's handlers are looked up on, in order.
    """

    def __init__(self, window: QMainWindow, parts: list, *, wall, station: Station, has_store: bool) -> None:
        self.window, self.parts, self.wall, self.station, self.has_store = window, parts, wall, station, has_store
        self.by_id: dict[str, QAction] = {}
        menus = {where: window.menuBar().addMenu(QCoreApplication.translate("Actions", title))
                 for where, title in table.MENUS}
        menus[table.PALETTE] = menus[table.VIEW].addMenu(QCoreApplication.translate("Actions", table.PALETTE_MENU))
        bar = QToolBar(QCoreApplication.translate("Console", "Entrance"), window)
        bar.setObjectName("entranceBar")
        bar.setMovable(False)
        window.addToolBar(Qt.BottomToolBarArea, bar)
        self.entrance_label = QLabel()
        bar.addWidget(self.entrance_label)
        groups: dict[str, QActionGroup] = {}
        for spec in table.ACTIONS:
            act = QAction(spec.shown_text, window, checkable=spec.checkable)
            if spec.key and not spec.is_plain_key:  # plain keys: key_pressed, from the same table
                act.setShortcut(QKeySequence(spec.key))
            act.triggered.connect(lambda _=False, s=spec: self.run(s.id))
            if spec.group:
                groups.setdefault(spec.group, QActionGroup(window)).addAction(act)
            for where in spec.where:
                if where in menus:
                    menus[where].addAction(act)
            if table.ENTRANCE_BAR in spec.where:
                act.setText(table.with_key(spec))
                bar.addAction(act)
            window.addAction(act)
            self.by_id[spec.id] = act
        self.entrance = {k: self.by_id[k] for k in ("rescreen", "bypass", "pause")}
        self.layouts = {n: self.by_id[f"layout_{n}"] for n in LAYOUT_NAMES}

    def handler(self, name: str) -> Callable:
        """The table's handler ``name``: the first part that has it."""
        for part in self.parts:
            fn = getattr(part, name, None)
            if callable(fn):
                return fn
        raise LookupError(f"no part of the console handles {name!r}")

    def run(self, action_id: str):
        spec = table.BY_ID[action_id]
        fn = self.handler(spec.handler)
        return fn() if spec.arg is None and spec.handler != "focus" else fn(spec.arg)

    def key_pressed(self, event) -> bool:
        """A plain key (no Ctrl/Alt) from the table; False: not one of ours."""
        if event.modifiers() & (Qt.AltModifier | Qt.ControlModifier | Qt.MetaModifier):
            return False
        spec = table.plain_key(QKeySequence(event.key()).toString())
        if spec is None:
            return False
        if spec.enabled == table.FOCUSED and self.wall.focused is None:
            say_focus_first(self.window.say)
        else:
            self.run(spec.id)
        return True

    def sync(self) -> None:
        """Checks and enabled states follow the wall (layout, palette, span, focus) and the store."""
        wall = self.wall
        for name, act in self.layouts.items():
            act.setChecked(name == wall.layout_name)
        for name in PALETTES:
            self.by_id[f"palette_{name}"].setChecked(name == wall.palette)
        self.by_id["span"].setChecked(wall.span_auto)
        for spec in table.ACTIONS:
            if spec.enabled == table.STORE:
                self.by_id[spec.id].setEnabled(self.has_store)
            elif spec.enabled == table.FOCUSED:
                self.by_id[spec.id].setEnabled(wall.focused is not None)
        i = wall.focused
        if i is None:
            self.entrance_label.setText(
                QCoreApplication.translate("Console", "Focus an entrance (1-9) for its buttons") + "  ")
            return
        cam = self.station.cameras[i] if i < len(self.station.cameras) else None
        off = cam.screening_off if cam is not None else None
        self.entrance_label.setText(f"{wall.views[i].name}:  ")
        self.entrance["bypass"].setText(QCoreApplication.translate("Console", "Resume camera") + "  [B]"
                                        if off == "bypassed" else table.with_key(table.BY_ID["bypass"]))
        self.entrance["pause"].setText(QCoreApplication.translate("Console", "Resume") + "  [P]"
                                       if off == "paused" else table.with_key(table.BY_ID["pause"]))


def say_focus_first(say: Callable[[str], None]) -> None:
    say(QCoreApplication.translate("Console", "Focus an entrance first (1-9), then Re-screen, Bypass or Pause"))


class GuardPresses:
    """The guard's presses off the alarms: signed on first, asked what is needed, done by the station.

    ``ask_text(title, label)`` is the window's (replaceable) text question.
    """

    def __init__(self, station: Station, wall, *, ask_text: Callable, say: Callable[[str], None],
                 changed: Callable[[], None]) -> None:
        self.station, self.wall, self._ask_text, self._say, self._changed = station, wall, ask_text, say, changed

    def sign_on(self, name: str) -> None:
        self.station.sign_on(name)

    def ask_sign_on(self) -> None:
        self.sign_on(self._ask_text(QCoreApplication.translate("Console", "Sign on"),
                                    QCoreApplication.translate("Console", "Your name:")) or "")

    def ensure_guard(self) -> bool:
        if not self.station.guard:
            self.sign_on(self._ask_text(
                QCoreApplication.translate("Console", "Sign on"),
                QCoreApplication.translate("Console", "Your name (every action is recorded with it):")) or "")
        return bool(self.station.guard)

    def entrance_action(self, action: str) -> None:
        """Re-screen, bypass or pause the focused entrance."""
        i = self.wall.focused
        if i is None:
            say_focus_first(self._say)
            return
        if not self.ensure_guard():
            return
        try:
            if action == "rescreen":
                text = self.station.rescreen(i)
                self.wall.rescreen(i)
            else:
                text = self.station.toggle_off(i, {"bypass": "bypassed", "pause": "paused"}[action])
        except ActionRefused as e:
            text = str(e)
        self._say(text)
        self._changed()

    def toggle_suspend(self) -> None:
        """Suspend screening everywhere (e.g. an evacuation), or resume it."""
        if self.ensure_guard():
            self.station.toggle_suspend()


class RecordsWindows:
    """History, Statistics, Re-calibration and Cameras: made once, kept, shown again (non-modal)."""

    def __init__(self, window) -> None:
        self.window = window
        self.open: dict = {}

    def show_history(self):
        from app.ui.history import HistoryView

        w = self.window
        return self._open("history", lambda: HistoryView(w.store, w.names(), w))

    def show_statistics(self):
        from app.ui.statistics import StatisticsView

        w = self.window
        return self._open("statistics", lambda: StatisticsView(
            w.store, w.names(), w, limit_c=w.station.settings.limit_c))

    def show_recalibration(self):
        from app.ui.recalibration import RecalibrationView

        w = self.window
        refusal = w.station.pin_refusal() if w.store is not None else ""
        if refusal:
            w.say(arg(QCoreApplication.translate("Console", "%1: a model cannot be adopted now"), refusal))
        sup = w.supervisor
        return self._open("recalibration", lambda: RecalibrationView(
            w.store, w.names(), w, current_model=w.station.model or w.workers[0].engine.model,
            limit_c=w.station.settings.limit_c, check_pin=sup.check_pin_for("re-calibration window"),
            adopt=sup.adopt_model, who=lambda: w.guard, supervisor=sup.ask))

    def show_cameras(self):
        """The supervisor's Cameras dialog (non-modal, made once)."""
        from app.ui.cameras import CamerasDialog

        return self._open("cameras", lambda: CamerasDialog(self.window))

    def _open(self, key: str, make):
        if self.window.store is None:
            return None
        view = self.open.get(key)
        if view is None:
            view = self.open[key] = make()
        view.show()
        view.raise_()
        return view

    def close_all(self) -> None:
        for view in self.open.values():
            view.close()
