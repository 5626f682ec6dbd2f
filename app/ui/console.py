"""The guard's main screen: the live wall of entrances, the open alarms beside it.

The window only lays out and wires its parts; what is screened by, the alerts, the guard,
bypasses and every store write belong to the Qt-free :class:`app.station.Station`, which the
parts subscribe to:

- :class:`app.ui.wall_control.WallControl`: the camera workers, the tiles, layout, focus, palette;
- :class:`app.ui.alarm_desk.AlarmDesk`: the alarm list (never over the wall: the wall reflows to
  the width left), its sound, and the guard's presses on an alarm;
- :class:`app.ui.console_actions.GuardPresses` and ``RecordsWindows``: signing on, the focused
  entrance's buttons, History, Statistics, Re-calibration and Cameras;
- :class:`app.ui.console_dialogs.Supervisor`: the one supervisor-PIN flow and the settings it guards;
- :class:`app.ui.status_line.StatusLine`: the message bar and the status bar;
- :class:`app.ui.console_actions.ConsoleActions`: menus, the entrance bar and keys, from
  :mod:`app.ui.actions`.
"""

from __future__ import annotations

import gc
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QLabel, QMainWindow, QSplitter, QVBoxLayout, QWidget

from app.core.errors import CanthusError
from app.door import SimulatedDoor
from app.render.base import WallRenderer
from app.site import SiteConfig
from app.station import Station, site_settings
from app.translations import arg
from app.ui.alarm_desk import AlarmDesk
from app.ui.console_actions import ConsoleActions, GuardPresses, RecordsWindows
from app.ui.console_dialogs import QuitDialog, Supervisor, ask_text
from app.ui.keys_help import show_keys
from app.ui.sound import AlarmSound
from app.ui.status_line import StatusLine
from app.ui.wall_control import WallControl

__all__ = ["ConsoleWindow"]

STATUS_HZ = 4


class ConsoleWindow(QMainWindow):
    """Wall of tiles, one per entrance, fed by one worker thread per camera; the station decides."""

    def __init__(self, site: SiteConfig, renderer: WallRenderer, *, site_dir: Path | None = None,
                 store=None, door=None, sound: AlarmSound | None = None, escalate_after_s: float = 30.0,
                 site_path: Path | None = None, station: Station | None = None) -> None:
        super().__init__()
        self.site = site
        #: the site file the Cameras dialog writes back to (None: the demo site, not saved yet)
        self.site_path = Path(site_path) if site_path is not None else None
        self.site_dir = site_dir if site_dir is not None or site_path is None else Path(site_path).parent
        self.renderer, self.store, self.sound = renderer, store, sound or AlarmSound()
        self.station = station or Station(site_settings(site), store=store, door=door or SimulatedDoor(),
                                          escalate_after_s=escalate_after_s)
        self.door = self.station.door
        #: a line of text from the guard, (title, label) -> text or None; tests replace it
        self.ask_text = lambda title, label, password=False: ask_text(self, title, label, password)
        self._stopped = False
        #: (who, why) the guard gave to quit with open alarms; None: not asked (yet)
        self._quit_answer: tuple[str, str] | None = None
        self._quit_by_guard = False
        self.quit_dialog: QuitDialog | None = None
        self.keys_dialog = None
        self._shown_once = False
        self.setWindowTitle(arg(QCoreApplication.translate("Console", "Canthus — %1"), site.name))

        self.status = StatusLine(self, self.sound, renderer.description)
        self.banner = QLabel(QCoreApplication.translate("Console", "SCREENING SUSPENDED: no one is being screened"))
        self.banner.setObjectName("banner")
        self.banner.setAlignment(Qt.AlignCenter)
        self.banner.setVisible(False)
        # The open alarms beside the wall, never over it: the wall gets the width the list leaves,
        # and all of it while no alarm is open (the pane hides).
        self.splitter = QSplitter(Qt.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(renderer.widget)
        self.wall = WallControl(self, self.station, renderer, site=lambda: self.site, site_dir=lambda: self.site_dir,
                                changed=self._sync_actions, say=self.say, alert_cameras=lambda: self.alarms.cameras())
        self.presses = GuardPresses(self.station, self.wall, ask_text=lambda *a: self.ask_text(*a), say=self.say,
                                    changed=self._sync_actions)
        self.alarms = AlarmDesk(self, self.station, self.sound, self.splitter, names=self.names,
                                ensure_guard=self.presses.ensure_guard, say=self.say)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        self.supervisor = Supervisor(self, self.station)
        self.records = RecordsWindows(self)
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        for widget, stretch in ((self.status.bar, 0), (self.banner, 0), (self.splitter, 1)):
            column.addWidget(widget, stretch)
        self.setCentralWidget(central)
        renderer.set_double_click_handler(lambda i: self.wall.focus(None if self.wall.focused is not None else i))
        self.commands = ConsoleActions(self, [self.wall, self.alarms, self.presses, self.records, self.supervisor,
                                             self], wall=self.wall, station=self.station, has_store=store is not None)
        self._subscribe()
        self.wall.add_site_cameras()  # a bad file is one clear line before any window
        self._sync_actions()
        if self.station.start_note:
            self.say(self.station.start_note)
        self.station.restore_open_alerts()  # the last session's open alarms, back in the list (marked)
        if self.station.restore_note:
            self.show_message(self.station.restore_note)
        self._status_timer = QTimer(self, interval=1000 // STATUS_HZ, timeout=self._status_tick)

    # -- what tests, the Cameras dialog and the self-test read --------------------------
    book = property(lambda self: self.station.book)
    guard = property(lambda self: self.station.guard)
    decisions = property(lambda self: self.station.decisions)
    decision_count = property(lambda self: self.station.decision_count)
    problems = property(lambda self: self.station.problems)
    workers = property(lambda self: self.wall.workers)
    views = property(lambda self: self.wall.views)
    shown = property(lambda self: self.wall.shown)

    def names(self) -> list[str]:
        return [c.name for c in self.site.camera]

    def _subscribe(self) -> None:
        ev = self.station.events
        ev.settings_changed.connect(self.wall.on_settings_changed)
        ev.camera_changed.connect(self.wall.redraw)
        ev.screening_changed.connect(self.wall.on_screening_changed)
        ev.guard_changed.connect(self.status.signed_on)
        ev.suspended_changed.connect(self.banner.setVisible)
        ev.muted_changed.connect(self._on_muted)
        ev.problem.connect(self.say)
        ev.recovered.connect(self.say)

    def _sync_actions(self) -> None:
        if hasattr(self, "commands"):  # not while the parts are being made
            self.commands.sync()

    # -- lifecycle -------------------------------------------------------------
    def start(self) -> None:
        # Everything built so far lives as long as the console: keep it out of the cyclic
        # collector, whose full passes over it stalled the GUI.
        gc.freeze()
        self.wall.start()
        self._status_timer.start()

    def stop(self, timeout_s: float = 5.0) -> None:
        """Stop and join every worker, then record that nobody watches (idempotent)."""
        self._status_timer.stop()
        self.wall.stop(timeout_s)  # the decisions the workers queued are delivered first
        if not self._stopped:
            who, why = self._quit_answer or ("", "console closed")
            self.station.close(why, who)  # cameras recorded stopped; open alarms said; the writer flushed
        self._stopped = True

    def request_quit(self) -> None:
        """The guard quits (the menu, Ctrl+Q): asked first while alarms are open."""
        self._quit_by_guard = True
        self.close()

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt API
        """A guard's quit (the window's close button, Alt+F4, Ctrl+Q) with open alarms asks first:
        who and why, recorded; the alarms stay open in the record and come back at the next start.
        A close from code (tests, the self-test, ``--quit-after``) does not ask."""
        by_guard, self._quit_by_guard = event.spontaneous() or self._quit_by_guard, False
        if by_guard and not self._stopped and self._quit_answer is None and self.book.open_alerts():
            event.ignore()
            self.ask_quit()
            return
        self.records.close_all()
        self.stop()
        self.sound.close()
        self.renderer.close()
        super().closeEvent(event)

    def ask_quit(self) -> QuitDialog:
        """Ask who quits with open alarms and why (window-modal, not blocking): quit on confirm."""
        if self.quit_dialog is not None:
            return self.quit_dialog
        dlg = self.quit_dialog = QuitDialog(self, self.book.open_alerts(), self.names(), self.guard)

        def finished(result: int) -> None:
            self.quit_dialog = None
            answer = dlg.answer()
            dlg.deleteLater()
            if result == QuitDialog.Accepted and answer is not None:
                self._quit_answer = answer
                self.close()

        dlg.finished.connect(finished)
        dlg.open()
        return dlg

    # -- the window's own actions and events --------------------------------------------
    def toggle_full_screen(self) -> None:
        self.showNormal() if self.isFullScreen() else self.showFullScreen()

    def show_keys(self):
        """F1: every key, from the actions table."""
        self.keys_dialog = show_keys(self)
        return self.keys_dialog

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt API
        if not self.commands.key_pressed(event):
            super().keyPressEvent(event)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if not self.alarms.pane.isHidden() and not self._shown_once:  # alarms brought back at start
            self.alarms.size_pane()
        self._shown_once = True

    def say(self, text: str) -> None:
        """A line on the status bar: what just happened (a refusal, a change made)."""
        self.status.say(text)

    def show_message(self, text: str, key: str | None = None) -> None:
        """A message that stays over the wall until the guard closes it (``key``: it replaces the last of that key)."""
        self.status.show_message(text, key)

    def _status_tick(self) -> None:
        self.alarms.tick()  # escalation, what the store writer met meanwhile, the list's ages, the sound
        live = self.wall.tick()  # warm-up countdowns and the flashing
        self.status.update(live, len(self.workers), self.decision_count, self.wall.dropped)

    def _on_muted(self, muted: bool) -> None:
        self.sound.muted = muted
        self.status.sound_changed()

    # -- cameras added, edited, removed (Settings > Cameras…) ---------------------------
    def set_camera(self, index: int | None, cam) -> None:
        """Add (``index`` None), replace or remove (``cam`` None) one camera, as the site file now says.

        The caller has validated, saved and audited the change; only that camera's worker is
        restarted. A removal shifts the later tiles down by one: refused while an alert is open.
        """
        if cam is None and self.book.open_alerts():
            raise CanthusError("answer the open alerts first: a camera cannot be removed while one is open")
        cams = list(self.site.camera)
        if cam is None:
            del cams[index]
        elif index is None:
            cams.append(cam)
        else:
            cams[index] = cam
        self.site = self.site.model_copy(update={"camera": cams})
        self.wall.set_camera(index, cam)
        self.alarms.pane.names = self.names()
