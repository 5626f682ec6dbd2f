"""The guard's alarms in the window: the list beside the wall, the sound, and the presses on an alarm.

:class:`AlarmDesk` keeps the alarm pane (:mod:`app.ui.alarm_list`) in step with the station's
alert book, repeats the sound while an alarm is not silenced, and turns the guard's buttons and
keys on the *selected* alarm into the station's actions, asking first what an action needs
(:class:`app.ui.console_dialogs.AlarmActionDialog`). The station decides; this asks and says.
"""

from __future__ import annotations

import time
from typing import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QSplitter, QWidget

from app.alarms import ActionRefused, Alert
from app.core.errors import CanthusError
from app.core.vocabulary import Action
from app.station import DECISIONS_KEPT, Station
from app.translations import QT_TRANSLATE_NOOP, arg
from app.ui.alarm_list import AlarmPane, alarm_summary, pane_width
from app.ui.console_dialogs import AlarmActionDialog
from app.ui.sound import AlarmSound

#: counted (declared with a literal count for lupdate, translated with the real one)
SILENCED = QT_TRANSLATE_NOOP("Console", "%n alarm(s) silenced; they stay until a decision", None, 1)
#: the alarm sounds again this often while an open alert is not silenced
REPEAT_S = 3.0


class AlarmDesk:
    """The open alarms beside the wall, their sound, and what the guard does about them.

    ``names()`` are the entrances' names; ``ensure_guard()`` asks the guard to sign on (False:
    nobody did); ``say`` puts a line on the status bar.
    """

    def __init__(self, window: QWidget, station: Station, sound: AlarmSound, splitter: QSplitter, *,
                 names: Callable[[], list[str]], ensure_guard: Callable[[], bool],
                 say: Callable[[str], None]) -> None:
        self.window, self.station, self.sound, self.splitter = window, station, sound, splitter
        self._names, self._ensure_guard, self._say = names, ensure_guard, say
        self.pane = AlarmPane(names(), self.on_alert_action)
        self.pane.make_card_explanation = lambda _decision: station.alarm_level_text() or ""
        splitter.addWidget(self.pane)
        #: the guard's open alarm dialog (one at a time), or None
        self.action_dialog: AlarmActionDialog | None = None
        self.latency_s: dict[int, float] = {}  # alert id -> decision to visible panel
        self._last_sound = 0.0
        self._ages_at = 0.0
        ev = station.events
        ev.alert_raised.connect(self._on_raised)
        ev.alert_changed.connect(self.on_changed)
        ev.alert_closed.connect(self._on_closed)
        ev.guard_changed.connect(self._on_guard)

    def cameras(self) -> set[int]:
        """The entrances with an open alarm (their tiles flash)."""
        return {a.camera_index for a in self.station.book.open_alerts()}

    def entrance_name(self, alert: Alert) -> str:
        names = self._names()
        return names[alert.camera_index] if 0 <= alert.camera_index < len(names) else alert.camera

    # -- the station's events ---------------------------------------------------------
    def _on_raised(self, alert: Alert) -> None:
        self.sync()
        if getattr(alert, "from_last_session", False):
            return  # brought back at start: no sound for a person long gone, no latency figure
        self.latency_s[alert.id] = time.time() - alert.decision.made_at
        if len(self.latency_s) > DECISIONS_KEPT:  # the newest only: a figure, not a record
            del self.latency_s[next(iter(self.latency_s))]
        self.sound_tick(force=True)

    def on_changed(self, alert: Alert, text: str) -> None:
        card = self.pane.card(alert)
        if card is not None:
            card.refresh(text or None)
        if text:
            self._say(text)
        self.sync()
        self.sound_tick()

    def _on_closed(self, alert: Alert, text: str) -> None:
        """A guard's action closed an alarm: it leaves the list; what was done is said on the pane."""
        who = alert.actions[-1][1] if alert.actions else self.station.guard
        done = arg(QCoreApplication.translate("Console", "✓ %1 — %2 (by %3)"),
                   alarm_summary(alert, self.entrance_name(alert)), text, who)
        self.pane.confirm(done)
        self._say(done)
        self.sync()
        self.sound_tick()

    @staticmethod
    def _sign_on_first() -> str:
        return QCoreApplication.translate("Console", "Sign on first: every action is recorded with the guard's name")

    def _on_guard(self, name: str) -> None:
        """Signed on: the "sign on first" notes on the cards and the status line are past."""
        if not name:
            return
        stale = self._sign_on_first()
        for card in self.pane.cards.values():
            if card.status.text() == stale:
                card.refresh("")
        if self.window.status.problem.text() == stale:
            self._say("")

    def sync(self) -> None:
        """The pane follows the book; when it appears the wall gives it its width (kept after)."""
        was_hidden = self.pane.isHidden()
        self.pane.sync(self.station.book.open_alerts())
        if was_hidden and not self.pane.isHidden():
            self.size_pane()

    def size_pane(self) -> None:
        total = sum(self.splitter.sizes()) or self.splitter.width()
        w = pane_width(self.window.width())
        self.splitter.setSizes([max(1, total - w), w])

    def tick(self) -> None:
        """Escalations and the store writer's news on the cards; the list's ages once a second."""
        for a in self.station.tick():
            card = self.pane.card(a)
            if card is not None:
                card.refresh()
        if time.monotonic() - self._ages_at >= 1.0:
            self._ages_at = time.monotonic()
            self.pane.refresh_ages()
        self.sound_tick()

    def sound_tick(self, force: bool = False) -> None:
        """The alarm repeats every 3 s while an open alert is not silenced (escalation un-silences)."""
        now = time.monotonic()
        if self.station.book.sounding and (force or now - self._last_sound >= REPEAT_S):
            self.sound.play()
            self._last_sound = now

    # -- the guard's presses ---------------------------------------------------------------
    def alert_action(self, action: str):
        """A key on the *selected* alarm (the one the card shows), never on whichever is newest."""
        alert = self.pane.selected
        if alert is None:
            self._say(QCoreApplication.translate("Console", "No open alarm"))
            return None
        return self.on_alert_action(alert, action)

    def select_alarm(self, step: int) -> None:
        """Up/Down: the alarm above or below the selected one in the list."""
        self.pane.move_selection(step)

    def on_alert_action(self, alert: Alert, action: str):
        """A button (or its key) on an alarm. Deny and Silence are carried out at once and return
        what happened; Allow, Secondary check and False alarm open their question (returned) and
        are carried out when the guard confirms it. None when refused."""
        if not self._ensure_guard():
            self.on_changed(alert, self._sign_on_first())
            return None
        if action in (Action.ALLOW, Action.SECONDARY_CHECK, Action.FALSE_ALARM):
            return self.open_action_dialog(alert, action, self.carry_out)
        return self.carry_out(alert, action, {})

    def carry_out(self, alert: Alert, action: str, answer: dict) -> str | None:
        """Hand the press and its answer to the station (on the alarm the dialog named)."""
        try:
            return self.station.act(alert, action, **answer)
        except (ActionRefused, CanthusError) as e:
            self.on_changed(alert, str(e))
            return None

    def open_action_dialog(self, alert: Alert, action: str, done: Callable[[Alert, str, dict], None]):
        """Ask what ``action`` on ``alert`` needs (a reason, a cause, the reading) without blocking:
        ``done(alert, action, answer)`` runs when the guard confirms; nothing when they cancel."""
        if self.action_dialog is not None:
            self.action_dialog.reject()
        dlg = AlarmActionDialog(self.window, alert, self.entrance_name(alert), action)
        self.action_dialog = dlg

        def finished(result: int) -> None:
            if self.action_dialog is dlg:
                self.action_dialog = None
            answer = dlg.answer()
            if result == QDialog.Accepted and answer is not None:  # never an action without its answer
                done(dlg.alert, dlg.action, answer)
            dlg.deleteLater()

        dlg.finished.connect(finished)
        dlg.open()
        return dlg

    def silence_all(self) -> None:
        if self._ensure_guard():
            self._say(QCoreApplication.translate("Console", SILENCED, None, self.station.silence_all()))

    def toggle_mute(self) -> None:
        if self._ensure_guard():
            self.station.toggle_mute()
