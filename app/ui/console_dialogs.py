"""The console's questions: the guard's (reasons, readings, names) and the one supervisor-PIN flow.

Every supervisor change (limit, rule, retention, adopting a model, the Cameras dialog)
goes through :meth:`SupervisorDialogs.supervisor`: it says why no PIN can be taken
(none set, locked out) before asking, asks the supervisor's name and PIN *first*,
checks the PIN with the store's one check (lock-out and audit included), and only
then are the value and the reason asked. The change is recorded under the name given.
Each dialog is an attribute tests replace with an answer (a modal dialog would block).
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFormLayout, QHeaderView, QInputDialog, QLineEdit,
                               QTableWidget, QTableWidgetItem, QVBoxLayout)

from app.core.errors import CanthusError
from app.core.vocabulary import FALSE_ALARM_CAUSES, LIMIT_RANGE_C, OVERRIDE_REASONS, THERMOMETER_RANGE_C, Action
from app.ui import actions as table

#: settings keys -> what the guard reads
SETTING_WORDS = {"limit_c": "limit_c", "rule": "rule", "retention": "retention", "oral_model": "model"}


class SupervisorDialogs:
    """Mixed into ConsoleWindow: the dialogs, and the settings they change through the station."""

    def init_dialogs(self) -> None:
        # Dialogs, replaceable in tests: each returns None when the guard cancels.
        self.ask_choice = self._ask_choice
        self.ask_reading = self._ask_reading
        self.ask_text = self._ask_text
        self.ask_supervisor: Callable[[str], tuple[str, str] | None] = self._ask_supervisor

    # -- the guard's answers ---------------------------------------------------------
    def ask_for_action(self, action: str) -> dict | None:
        """What an alert action needs from the guard (reason, reading) or None when cancelled.
        Reasons are offered in words; the station records their codes."""
        if action == Action.ALLOW:
            reason = self.ask_choice("Allow entry", "Why is entry allowed? (required)",
                                     [w for c, w in OVERRIDE_REASONS.items() if c != "other"])
            return None if reason is None else {"reason": reason}
        if action == Action.FALSE_ALARM:
            cause = self.ask_choice("False alarm", "What caused it?", list(FALSE_ALARM_CAUSES.values()))
            return None if cause is None else {"reason": cause}
        if action == Action.SECONDARY_CHECK:
            reading = self.ask_reading()
            return None if reading is None else {"reading_c": reading}
        return {}

    # -- the one supervisor-PIN flow ---------------------------------------------------
    def supervisor(self, what: str, say: Callable[[str], None] | None = None) -> str | None:
        """Ask the supervisor's name and PIN first; the name when the PIN is right, else None
        (and ``say`` tells why: none set, locked out, wrong, cancelled)."""
        say = say or self.status_problem.setText
        refusal = self.station.pin_refusal()
        if refusal:
            say(refusal)
            return None
        answer = self.ask_supervisor(what)
        if answer is None:
            say(f"{what} is unchanged: no PIN was entered")
            return None
        name, pin = answer
        name = (name or "").strip() or self.guard or "supervisor"
        res = self.station.pin_check(pin, f"console: {what}", who=name, what=what)
        if not res.ok:
            say(res.message)
            return None
        return name

    def _supervisor_pin(self) -> str | None:
        """The PIN alone (the Cameras dialog asks it, then checks it with :meth:`_check_pin_for`)."""
        refusal = self.station.pin_refusal()
        if refusal:
            self.status_problem.setText(refusal)
            return None
        answer = self.ask_supervisor("cameras")
        return None if answer is None else answer[1]

    def _check_pin_for(self, where: str):
        """The store's PIN check for one place in the console: wrong PINs are counted and audited with
        the guard signed on and the place; a check while locked out raises PinLockedOut."""
        return lambda pin: self.store.check_supervisor_pin(pin, who=self.guard or None, where=where)

    def change_setting(self, key: str, value, pin: str, why: str = "", who: str | None = None) -> bool:
        """Change ``limit_c``, ``rule`` or ``retention`` (a RetentionPolicy) with the supervisor PIN;
        saved, re-applied at the next start, audited under ``who`` (default: the guard signed on)."""
        what = SETTING_WORDS.get(key, key)
        res = self.station.pin_check(pin, f"console: {key}", who=who, what=what)
        if not res.ok:
            self.status_problem.setText(res.message)
            return False
        return self._apply_setting(key, value, who or self.guard or "supervisor", why)

    def _apply_setting(self, key: str, value, who: str, why: str) -> bool:
        try:
            self.station.change_settings(who, why, **{key: value})
        except CanthusError as e:
            self.status_problem.setText(f"{SETTING_WORDS.get(key, key)} not changed: {e}")
            return False
        self.status_problem.setText(f"{SETTING_WORDS.get(key, key)} changed by {who} (audited)")
        return True

    def change_limit(self, limit_c: float, pin: str, why: str = "") -> bool:
        return self.change_setting("limit_c", limit_c, pin, why)

    def adopt_model(self, model, who: str, why: str = "re-calibrated from secondary checks") -> None:
        """A supervisor adopts a re-fitted oral-equivalent model (PIN checked by the caller): every
        camera uses it now and after a restart; audited."""
        self.station.adopt_model(model, who, why)
        self.status_problem.setText(f"New model adopted by {who}: offset {model.offset_c:+.2f} °C (audited)")

    def ask_limit(self) -> None:
        who = self.supervisor("limit_c")
        if who is None:
            return
        lo, hi = LIMIT_RANGE_C
        value, ok = QInputDialog.getDouble(self, "Limit", "Limit (oral-equivalent, °C):",
                                           self.station.settings.limit_c, lo, hi, 1, Qt.WindowFlags(), 0.1)
        if ok:
            self._apply_setting("limit_c", round(value, 1), who, self.ask_text("Limit", "Why? (recorded)") or "")

    _ask_limit = ask_limit

    def ask_rule(self) -> None:
        who = self.supervisor("rule")
        if who is None:
            return
        rule = self.ask_choice("Rule", "Decision rule:", ("absolute", "relative"))
        if rule:
            self._apply_setting("rule", rule, who, self.ask_text("Rule", "Why? (recorded)") or "")

    def ask_retention(self) -> None:
        from app.store import RetentionPolicy

        who = self.supervisor("retention")
        if who is None:
            return
        mode = self.ask_choice("Retention", "Keep: none (counts only), alarms, or all decisions",
                               ("alarms", "none", "all"))
        if not mode:
            return
        hours, ok = QInputDialog.getDouble(self, "Retention", "For how many hours?", 24.0, 1.0, 24 * 365, 0)
        if ok:
            try:
                policy = RetentionPolicy(mode=mode, hours=hours)
            except (ValueError, CanthusError) as e:
                self.status_problem.setText(f"retention not changed: {e}")
                return
            self._apply_setting("retention", policy, who, self.ask_text("Retention", "Why? (recorded)") or "")

    # -- F1: every key, from the actions table ----------------------------------------
    def show_keys(self) -> QDialog:
        rows = table.help_rows()
        dlg = QDialog(self)
        dlg.setWindowTitle("Keys")
        box = QVBoxLayout(dlg)
        grid = QTableWidget(len(rows), 3, dlg)
        grid.setHorizontalHeaderLabels(["Key", "Does", "When"])
        grid.verticalHeader().setVisible(False)
        grid.setEditTriggers(QTableWidget.NoEditTriggers)
        for r, cells in enumerate(rows):
            for c, text in enumerate(cells):
                grid.setItem(r, c, QTableWidgetItem(text))
        head = grid.horizontalHeader()
        for col, mode in enumerate((QHeaderView.ResizeToContents, QHeaderView.Stretch, QHeaderView.ResizeToContents)):
            head.setSectionResizeMode(col, mode)
        box.addWidget(grid)
        close = QDialogButtonBox(QDialogButtonBox.Close)
        close.rejected.connect(dlg.close)
        box.addWidget(close)
        dlg.resize(980, 860)
        dlg.setModal(False)
        dlg.show()
        self.keys_dialog = dlg
        return dlg

    # -- default dialogs (tests replace them) ---------------------------------------------
    def _ask_choice(self, title: str, label: str, items) -> str | None:
        item, ok = QInputDialog.getItem(self, title, label, list(items), 0, True)
        return item.strip() if ok and item.strip() else (None if not ok else "")

    def _ask_reading(self) -> float | None:
        lo, hi = THERMOMETER_RANGE_C
        value, ok = QInputDialog.getDouble(self, "Secondary check", "Clinical thermometer reading (°C):",
                                           37.0, lo, hi, 1, Qt.WindowFlags(), 0.1)
        return value if ok else None

    def _ask_text(self, title: str, label: str, password: bool = False) -> str | None:
        text, ok = QInputDialog.getText(self, title, label, QLineEdit.Password if password else QLineEdit.Normal)
        return text if ok else None

    def _ask_supervisor(self, what: str) -> tuple[str, str] | None:
        """One dialog: the supervisor's name (recorded with the change) and the PIN."""
        dlg = QDialog(self)
        dlg.setWindowTitle("Supervisor")
        form = QFormLayout(dlg)
        name = QLineEdit(self.guard)
        pin = QLineEdit()
        pin.setEchoMode(QLineEdit.Password)
        form.addRow(f"Change: {what}", None)
        form.addRow("Supervisor's name (recorded):", name)
        form.addRow("Supervisor PIN:", pin)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(dlg.accept)
        buttons.rejected.connect(dlg.reject)
        form.addRow(buttons)
        pin.setFocus()
        if dlg.exec() != QDialog.Accepted:
            return None
        return name.text(), pin.text()
