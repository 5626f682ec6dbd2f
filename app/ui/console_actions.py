"""The console's actions, wired from the one table (:mod:`app.ui.actions`), and what the guard's
presses do in the window: ask what is needed, hand it to the station, say what happened.

Mixed into :class:`app.ui.console.ConsoleWindow`; the station decides, these only ask and say.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QLabel, QToolBar

from app.alarms import ActionRefused, Alert
from app.core.errors import CanthusError
from app.core.vocabulary import Action
from app.render.palettes import PALETTES
from app.translations import QT_TRANSLATE_NOOP, arg
from app.ui import actions as table

LAYOUT_NAMES = ("auto", "1x1", "2x2", "3x3", "4x4")
#: counted (declared with a literal count for lupdate, translated with the real one)
SILENCED = QT_TRANSLATE_NOOP("Console", "%n alarm(s) silenced; they stay until a decision", None, 1)


class ActionWiring:
    """Menus, the entrance bar and the keys, all made from the actions table."""

    def _build_actions(self) -> None:
        self.actions_by_id: dict[str, QAction] = {}
        menus = {where: self.menuBar().addMenu(QCoreApplication.translate("Actions", title))
                 for where, title in table.MENUS}
        menus[table.PALETTE] = menus[table.VIEW].addMenu(QCoreApplication.translate("Actions", table.PALETTE_MENU))
        bar = QToolBar(QCoreApplication.translate("Console", "Entrance"), self)
        bar.setObjectName("entranceBar")
        bar.setMovable(False)
        self.addToolBar(Qt.BottomToolBarArea, bar)
        self.entrance_label = QLabel()
        bar.addWidget(self.entrance_label)
        groups: dict[str, QActionGroup] = {}
        for spec in table.ACTIONS:
            act = QAction(spec.shown_text, self, checkable=spec.checkable)
            if spec.key and not spec.is_plain_key:  # plain keys: keyPressEvent, from the same table
                act.setShortcut(QKeySequence(spec.key))
            act.triggered.connect(lambda _=False, s=spec: self.run_action(s.id))
            if spec.group:
                groups.setdefault(spec.group, QActionGroup(self)).addAction(act)
            for where in spec.where:
                if where in menus:
                    menus[where].addAction(act)
            if table.ENTRANCE_BAR in spec.where:
                act.setText(table.with_key(spec))
                bar.addAction(act)
            self.addAction(act)
            self.actions_by_id[spec.id] = act
        self.entrance_actions = {k: self.actions_by_id[k] for k in ("rescreen", "bypass", "pause")}
        self._layout_actions = {n: self.actions_by_id[f"layout_{n}"] for n in LAYOUT_NAMES}

    def run_action(self, action_id: str):
        spec = table.BY_ID[action_id]
        handler = getattr(self, spec.handler)
        return handler() if spec.arg is None and spec.handler != "focus" else handler(spec.arg)

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt API
        spec = None
        if not event.modifiers() & (Qt.AltModifier | Qt.ControlModifier | Qt.MetaModifier):
            spec = table.plain_key(QKeySequence(event.key()).toString())
        if spec is None:
            super().keyPressEvent(event)
        elif spec.enabled != table.FOCUSED or self._focus is not None or not self._say_focus_first():
            self.run_action(spec.id)

    def _say_focus_first(self) -> bool:
        self.say(QCoreApplication.translate("Console", "Focus an entrance first (1-9), then Re-screen, Bypass or Pause"))
        return True

    def _sync_actions(self) -> None:
        if not hasattr(self, "span_auto"):
            return  # still being built
        for name, act in self._layout_actions.items():
            act.setChecked(name == self.layout_name)
        current = str(self.settings.value("wall/palette", "iron"))
        for name in PALETTES:
            self.actions_by_id[f"palette_{name}"].setChecked(name == current)
        self.actions_by_id["span"].setChecked(self.span_auto)
        for spec in table.ACTIONS:
            if spec.enabled == table.STORE:
                self.actions_by_id[spec.id].setEnabled(self.store is not None)
            elif spec.enabled == table.FOCUSED:
                self.actions_by_id[spec.id].setEnabled(self._focus is not None)
        i = self._focus
        if i is None:
            self.entrance_label.setText(QCoreApplication.translate("Console", "Focus an entrance (1-9) for its buttons")
                                        + "  ")
            return
        off = self.station.cameras[i].screening_off if i < len(self.station.cameras) else None
        self.entrance_label.setText(f"{self.site.camera[i].name}:  ")
        self.entrance_actions["bypass"].setText(QCoreApplication.translate("Console", "Resume camera") + "  [B]"
                                                if off == "bypassed" else
                                                table.with_key(table.BY_ID["bypass"]))
        self.entrance_actions["pause"].setText(QCoreApplication.translate("Console", "Resume") + "  [P]"
                                               if off == "paused" else
                                               table.with_key(table.BY_ID["pause"]))


class GuardActions:
    """The guard's presses: signed on first, asked what the press needs, carried out by the station."""

    def sign_on(self, name: str) -> None:
        self.station.sign_on(name)

    def ask_sign_on(self) -> None:
        self.sign_on(self.ask_text(QCoreApplication.translate("Console", "Sign on"),
                                   QCoreApplication.translate("Console", "Your name:")) or "")

    def _ensure_guard(self) -> bool:
        if not self.guard:
            self.sign_on(self.ask_text(
                QCoreApplication.translate("Console", "Sign on"),
                QCoreApplication.translate("Console", "Your name (every action is recorded with it):")) or "")
        return bool(self.guard)

    def alert_action(self, action: str):
        """A key on the *selected* alarm (the one the card shows), never on whichever is newest."""
        alert = self.alarm_pane.selected
        if alert is None:
            self.say(QCoreApplication.translate("Console", "No open alarm"))
            return None
        return self.on_alert_action(alert, action)

    def select_alarm(self, step: int) -> None:
        """Up/Down: the alarm above or below the selected one in the list."""
        self.alarm_pane.move_selection(step)

    def on_alert_action(self, alert: Alert, action: str):
        """A button (or its key) on an alarm. Deny and Silence are carried out at once and return
        what happened; Allow, Secondary check and False alarm open their question (returned) and
        are carried out when the guard confirms it. None when refused."""
        if not self._ensure_guard():
            self._on_alert_changed(alert, QCoreApplication.translate(
                "Console", "Sign on first: every action is recorded with the guard's name"))
            return None
        if action in (Action.ALLOW, Action.SECONDARY_CHECK, Action.FALSE_ALARM):
            return self.open_action_dialog(alert, action, self.carry_out)
        return self.carry_out(alert, action, {})

    def carry_out(self, alert: Alert, action: str, answer: dict) -> str | None:
        """Hand the press and its answer to the station (on the alarm the dialog named)."""
        try:
            return self.station.act(alert, action, **answer)
        except (ActionRefused, CanthusError) as e:
            self._on_alert_changed(alert, str(e))
            return None

    def entrance_action(self, action: str) -> None:
        """Re-screen, bypass or pause the focused entrance."""
        i = self._focus
        if i is None:
            self._say_focus_first()
            return
        if not self._ensure_guard():
            return
        try:
            if action == "rescreen":
                text = self.station.rescreen(i)
                self.workers[i].rescreen(self.station.cameras[i].last_subject)
            else:
                text = self.station.toggle_off(i, {"bypass": "bypassed", "pause": "paused"}[action])
        except ActionRefused as e:
            text = str(e)
        self.say(text)
        self._sync_actions()

    def _guarded(self, fn, done) -> None:
        if self._ensure_guard():
            done(fn())

    def silence_all(self) -> None:
        self._guarded(self.station.silence_all,
                      lambda n: self.say(QCoreApplication.translate("Console", SILENCED, None, n)))

    def toggle_suspend(self) -> None:
        """Suspend screening everywhere (e.g. an evacuation), or resume it."""
        self._guarded(self.station.toggle_suspend, lambda _: None)

    def toggle_mute(self) -> None:
        self._guarded(self.station.toggle_mute, lambda _: None)


class RecordsWindows:
    """History, Statistics, Re-calibration and Cameras: made once, kept, shown again (non-modal)."""

    def show_history(self):
        from app.ui.history import HistoryView

        return self._open_view("history", lambda: HistoryView(self.store, self._names(), self))

    def show_statistics(self):
        from app.ui.statistics import StatisticsView

        return self._open_view("statistics", lambda: StatisticsView(
            self.store, self._names(), self, limit_c=self.station.settings.limit_c))

    def show_recalibration(self):
        from app.ui.recalibration import RecalibrationView

        refusal = self.station.pin_refusal() if self.store is not None else ""
        if refusal:
            self.status_problem.setText(arg(QCoreApplication.translate(
                "Console", "%1: a model cannot be adopted now"), refusal))
        return self._open_view("recalibration", lambda: RecalibrationView(
            self.store, self._names(), self, current_model=self.station.model or self.workers[0].engine.model,
            limit_c=self.station.settings.limit_c, check_pin=self._check_pin_for("re-calibration window"),
            adopt=self.adopt_model, who=lambda: self.guard, supervisor=self.supervisor))

    def show_cameras(self):
        """The supervisor's Cameras dialog (non-modal, made once)."""
        from app.ui.cameras import CamerasDialog

        return self._open_view("cameras", lambda: CamerasDialog(self))

    def _open_view(self, key: str, make):
        """Records windows are made once, kept, and shown again (non-modal)."""
        if self.store is None:
            return None
        view = self._record_views.get(key)
        if view is None:
            view = self._record_views[key] = make()
        view.show()
        view.raise_()
        return view
