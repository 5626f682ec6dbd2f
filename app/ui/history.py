"""The decision history: who was screened where and when, with the alert and
what the guards did about it, filtered and exported for the DPO.

Also holds what the three review windows share (history, statistics,
re-calibration): their look (:data:`VIEW_STYLESHEET`), the period selector,
number and time formatting, and the :class:`ReviewDialog` base with a
refresh that only reloads when the store changed.

Everything here runs on the GUI thread and only reads the store. For a large
store the console may pass a second store opened on the same folder (WAL lets
it read beside the writer; see docs/store.md).
"""

from __future__ import annotations

import csv
import os
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Callable

from PySide6.QtCore import (
    QAbstractTableModel, QDateTime, QItemSelectionModel, QModelIndex, QSortFilterProxyModel, Qt, QTimer, Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QDateTimeEdit, QDialog, QFileDialog, QHBoxLayout, QLabel,
    QPushButton, QSizePolicy, QTableView, QVBoxLayout, QWidget,
)

from app.core.engine import REASONS
from app.core.errors import CanthusError
from app.store.store import OVERRIDE_REASONS
from app.ui import theme
from app.ui.texts import SHORT

UTC = timezone.utc
DASH = "—"

# -- the look -------------------------------------------------------------------
BORDER = "#30363d"
RAISED = "#21262d"
GOOD = "#56d364"
WARN = "#e3b341"
ELEVATED_BG = "#6e1519"
ELEVATED_FG = "#ffe2e0"
SELECTION = "#1f3a5f"
#: one colour per entrance in plots (no red: red means the limit and alarms)
ENTRANCE_COLOURS = ("#58a6ff", "#3fb950", "#d2a8ff", "#f0883e", "#39c5cf", "#db61a2", "#e3b341", "#a5d6ff")

VIEW_STYLESHEET = f"""
QDialog {{ background: {theme.BACKGROUND}; }}
QDialog QWidget {{ color: {theme.TEXT}; font-size: 15pt; }}
QDialog QLabel, QDialog QWidget#bar {{ background: transparent; }}
QLabel#title {{ font-size: 22pt; font-weight: 600; }}
QLabel#muted {{ color: {theme.MUTED}; font-size: 13pt; }}
QLabel#status {{ color: {theme.MUTED}; }}
QLabel#problem {{ color: {theme.ALARM}; font-weight: 600; }}
QLabel#ok {{ color: {GOOD}; font-weight: 600; }}
QLabel#details {{ background: {theme.PANEL}; border: 1px solid {BORDER}; border-radius: 6px; padding: 10px 14px; }}
QComboBox, QDateTimeEdit {{
    background: {theme.PANEL}; border: 1px solid {BORDER}; border-radius: 6px; padding: 5px 12px; min-height: 34px;
}}
QComboBox:focus, QDateTimeEdit:focus {{ border: 2px solid {theme.ACCENT}; }}
QComboBox QAbstractItemView {{
    background: {theme.PANEL}; border: 1px solid {BORDER}; selection-background-color: {theme.ACCENT};
    selection-color: {theme.BACKGROUND};
}}
QPushButton {{
    background: {RAISED}; border: 1px solid {BORDER}; border-radius: 6px; padding: 6px 20px; min-height: 34px;
}}
QPushButton:hover {{ border-color: {theme.ACCENT}; }}
QPushButton:focus {{ border: 2px solid {theme.ACCENT}; }}
QPushButton:pressed {{ background: {SELECTION}; }}
QPushButton:disabled {{ color: #6e7681; border-color: {RAISED}; }}
QPushButton#primary {{ background: #1f6feb; border-color: #388bfd; color: #ffffff; font-weight: 600; }}
QPushButton#primary:disabled {{ background: {RAISED}; border-color: {RAISED}; color: #6e7681; }}
QTableView {{
    background: {theme.PANEL}; alternate-background-color: #1b2129; gridline-color: {BORDER};
    border: 1px solid {BORDER}; border-radius: 6px; selection-background-color: {SELECTION};
    selection-color: {theme.TEXT};
}}
QTableView:focus {{ border: 1px solid {theme.ACCENT}; }}
QTableView::item {{ padding: 0 10px; }}
QHeaderView::section {{
    background: {RAISED}; color: {theme.MUTED}; font-size: 13pt; font-weight: 600; padding: 8px 10px;
    border: none; border-right: 1px solid {BORDER}; border-bottom: 1px solid {BORDER};
}}
QTableCornerButton::section {{ background: {RAISED}; border: none; }}
QScrollBar:vertical, QScrollBar:horizontal {{ background: {theme.PANEL}; border: none; width: 16px; height: 16px; }}
QScrollBar::handle {{ background: #3d444d; border-radius: 6px; min-height: 40px; min-width: 40px; }}
QScrollBar::add-line, QScrollBar::sub-line {{ width: 0; height: 0; }}
QFrame#card {{ background: {theme.PANEL}; border: 1px solid {BORDER}; border-radius: 8px; }}
QLabel#cardValue {{ font-size: 30pt; font-weight: 700; }}
QLabel#cardCaption {{ color: {theme.MUTED}; font-size: 13pt; font-weight: 600; }}
QLabel#cardNote {{ color: {theme.MUTED}; font-size: 12pt; }}
QGraphicsView {{ border: 1px solid {BORDER}; border-radius: 8px; }}
QCalendarWidget QWidget {{ font-size: 13pt; }}
QToolTip {{ background: {theme.PANEL}; color: {theme.TEXT}; border: 1px solid {BORDER}; font-size: 13pt; }}
"""

# -- words ---------------------------------------------------------------------
ACTION_LABELS = {
    "allow": "Allowed entry", "deny": "Denied entry", "secondary_check": "Thermometer check",
    "false_alarm": "False alarm", "silence": "Silenced", "acknowledge": "Acknowledged", "rescreen": "Re-screen",
    "bypass": "Bypassed camera", "resume": "Resumed", "pause": "Paused", "suspend": "Suspended",
    "resume_screening": "Resumed screening", "mute": "Muted", "unmute": "Unmuted", "sign_on": "Signed on",
    "sign_off": "Signed off", "note": "Note",
}
OUTCOME_LABELS = {
    "allowed": "Allowed", "denied": "Denied", "false_alarm": "False alarm", "rescreened": "Re-screened",
    "expired": "Expired", "cleared": "Cleared",
}

#: (key, text) of the periods every review window offers.
PERIODS = (("hour", "Last hour"), ("today", "Today"), ("24h", "Last 24 h"), ("7d", "Last 7 days"),
           ("custom", "Custom…"))


def to_local(t: str | datetime) -> datetime:
    """A store time (fixed-width UTC ISO text) or aware datetime, in local time."""
    if isinstance(t, str):
        t = datetime.strptime(t, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC)
    return t.astimezone()


def fmt_time(t: str | datetime | None, seconds: bool = True, weekday: bool = True) -> str:
    if t is None:
        return DASH
    return to_local(t).strftime(("%a " if weekday else "") + ("%d %b %H:%M:%S" if seconds else "%d %b %H:%M"))


def fmt_c(v: float | None, places: int = 2) -> str:
    """A temperature, or a dash where the retention policy kept none."""
    return DASH if v is None else f"{v:.{places}f}"


def fmt_pct(x: float | None, places: int = 0) -> str:
    return DASH if x is None else f"{100 * x:.{places}f} %"


def reason_text(reason: str | None) -> str:
    """An override reason: its code in words, and any free text after it."""
    if not reason:
        return ""
    code, _, rest = reason.partition(":")
    code = code.strip().lower()
    if code in OVERRIDE_REASONS and code != "other":
        return OVERRIDE_REASONS[code] + (f" ({rest.strip()})" if rest.strip() else "")
    return reason


def short_reason(reason: str | None) -> str:
    """An override reason in a few words: ``hot drink or food: coffee``."""
    if not reason:
        return ""
    code, _, rest = reason.partition(":")
    code = code.strip().lower()
    if code in OVERRIDE_REASONS and code != "other":
        return code.replace("_", " ") + (f": {rest.strip()}" if rest.strip() else "")
    return reason


def actions_summary(actions: list[dict]) -> str:
    """The actions on one decision on one line: ``Anna: Thermometer 38.1 °C › Allowed entry (heat or sun)``."""
    parts, last_who = [], None
    for a in actions:
        what = ACTION_LABELS.get(a["action"], a["action"])
        if a["action"] == "secondary_check":
            what = "Thermometer" + (f" {a['reading_c']:.1f} °C" if a.get("reading_c") is not None else ", no reading")
        elif a.get("reading_c") is not None:
            what += f" {a['reading_c']:.1f} °C"
        why = short_reason(a.get("reason"))
        if why:
            what += f" ({why})"
        who = a.get("who") or DASH
        parts.append(what if who == last_who else f"{who}: {what}")
        last_who = who
    return "  ›  ".join(parts)


def action_text(a: dict, with_time: bool = True) -> str:
    """One operator action: when, who, what, the thermometer reading and why."""
    parts = [to_local(a["at"]).strftime("%H:%M")] if with_time else []
    parts.append(a.get("who") or DASH)
    parts.append(ACTION_LABELS.get(a["action"], a["action"]))
    if a.get("reading_c") is not None:
        parts.append(f"{a['reading_c']:.1f} °C")
    why = reason_text(a.get("reason"))
    if why:
        parts.append(why)
    return " · ".join(parts)


def result_text(d: dict) -> str:
    if d["verdict"] == "elevated":
        return "ELEVATED"
    if d["verdict"] == "retry":
        return "Retry"
    return "Pre-alarm" if d.get("prealarm") else "Normal"


def instruction_text(d: dict, full: bool = False) -> str:
    """What the decision rested on: the instruction of a non-result, or the rule of a result."""
    if d["verdict"] == "retry":
        return REASONS.get(d.get("reason") or "", d.get("reason") or DASH)
    rule = d.get("rule") or ""
    text = "Measured" if rule.startswith("absolute") and not full else "Measured" + (f", {rule} rule" if rule else "")
    level = d.get("alarm_level_c")
    if full and level is not None and rule == "absolute":
        text += f", alarm at ≥ {level:.2f} °C"
    return text


def alert_text(al: dict | None) -> str:
    if al is None:
        return DASH
    parts = [OUTCOME_LABELS.get(al.get("outcome") or "", al.get("outcome")) if al.get("closed_at") else "OPEN"]
    check = al.get("check_result")
    if check == "fail":
        parts.append("fever confirmed")
    elif check == "pass":
        parts.append("thermometer normal")
    if al.get("escalated_at"):
        parts.append("escalated")
    return " · ".join(p for p in parts if p)


def retention_text(policy) -> str:
    """The retention policy in a few words, for a status line."""
    if policy.mode == "none":
        return "Retention: nothing personal is kept"
    what = "every decision" if policy.mode == "all" else "elevated decisions only"
    return f"Retention: {what}, {policy.hours:g} h"


RESULT_TIPS = {
    "elevated": "At or over the alarm level: an alert for the guards",
    "prealarm": "A normal result close to the alarm level (pre-alarm)",
    "normal": "Under the alarm level",
    "retry": "No result: the person was asked to do something and screen again",
}


# -- the period selector ---------------------------------------------------------
def _to_qdatetime(t: datetime) -> QDateTime:
    return QDateTime.fromMSecsSinceEpoch(int(round(t.timestamp() * 1000)))


def _from_qdatetime(q: QDateTime) -> datetime:
    return datetime.fromtimestamp(q.toMSecsSinceEpoch() / 1000.0, UTC)


class PeriodSelector(QWidget):
    """Last hour / today / last 24 h / last 7 days / custom from-to (local time).

    :meth:`range` gives ``(since, until)`` as aware datetimes; ``until`` is
    None for the periods that run up to now, so new decisions appear.
    """

    changed = Signal()

    def __init__(self, clock: Callable[[], datetime], parent: QWidget | None = None, default: str = "24h") -> None:
        super().__init__(parent)
        self.setObjectName("bar")
        self.clock = clock
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(8)
        label = QLabel("&Period")
        self.combo = QComboBox()
        for key, text in PERIODS:
            self.combo.addItem(text, key)
        label.setBuddy(self.combo)
        self.from_label = QLabel("&from")
        self.from_edit = QDateTimeEdit(calendarPopup=True, displayFormat="yyyy-MM-dd HH:mm")
        self.from_label.setBuddy(self.from_edit)
        self.to_label = QLabel("&to")
        self.to_edit = QDateTimeEdit(calendarPopup=True, displayFormat="yyyy-MM-dd HH:mm")
        self.to_label.setBuddy(self.to_edit)
        for w in (label, self.combo, self.from_label, self.from_edit, self.to_label, self.to_edit):
            lay.addWidget(w)
        self._custom = (self.from_label, self.from_edit, self.to_label, self.to_edit)
        for w in self._custom:
            w.setVisible(False)
        self.combo.setCurrentIndex(max(0, self.combo.findData(default)))
        self.combo.currentIndexChanged.connect(self._on_kind)
        self.from_edit.dateTimeChanged.connect(self._on_custom_edit)
        self.to_edit.dateTimeChanged.connect(self._on_custom_edit)

    def key(self) -> str:
        return self.combo.currentData()

    def set_period(self, key: str) -> None:
        i = self.combo.findData(key)
        if i < 0:
            raise ValueError(f"unknown period {key!r}; known: {', '.join(k for k, _ in PERIODS)}")
        self.combo.setCurrentIndex(i)

    def set_custom(self, since: datetime, until: datetime) -> None:
        """Choose a custom period (aware datetimes, or naive local ones)."""
        self.combo.blockSignals(True)
        self.from_edit.blockSignals(True)
        self.to_edit.blockSignals(True)
        try:
            self.combo.setCurrentIndex(self.combo.findData("custom"))
            self.from_edit.setDateTime(_to_qdatetime(since.astimezone()))
            self.to_edit.setDateTime(_to_qdatetime(until.astimezone()))
        finally:
            self.combo.blockSignals(False)
            self.from_edit.blockSignals(False)
            self.to_edit.blockSignals(False)
        self._show_custom(True)
        self.changed.emit()

    def range(self) -> tuple[datetime, datetime | None]:
        now = self.clock().astimezone(UTC)
        key = self.key()
        if key == "hour":
            return now - timedelta(hours=1), None
        if key == "today":
            midnight = now.astimezone().replace(hour=0, minute=0, second=0, microsecond=0)
            return midnight.astimezone(UTC), None
        if key == "7d":
            return now - timedelta(days=7), None
        if key == "custom":
            a, b = _from_qdatetime(self.from_edit.dateTime()), _from_qdatetime(self.to_edit.dateTime())
            return (a, b) if a <= b else (b, a)
        return now - timedelta(hours=24), None

    def describe(self) -> str:
        if self.key() != "custom":
            return self.combo.currentText().lower()
        a, b = self.range()
        return f"{fmt_time(a, False)} to {fmt_time(b, False)}"

    def _show_custom(self, on: bool) -> None:
        for w in self._custom:
            w.setVisible(on)

    def _on_kind(self) -> None:
        custom = self.key() == "custom"
        if custom:
            # Start from the last hours shown, rounded to minutes, so "custom" is an easy edit.
            now = self.clock().astimezone().replace(second=0, microsecond=0)
            for edit, t in ((self.from_edit, now - timedelta(hours=24)), (self.to_edit, now + timedelta(minutes=1))):
                edit.blockSignals(True)
                edit.setDateTime(_to_qdatetime(t))
                edit.blockSignals(False)
        self._show_custom(custom)
        self.changed.emit()

    def _on_custom_edit(self) -> None:
        if self.key() == "custom":
            self.changed.emit()


def entrance_combo(camera_names: list[str]) -> QComboBox:
    combo = QComboBox()
    combo.addItem("All entrances", None)
    for name in camera_names:
        combo.addItem(name, name)
    return combo


def labelled(text: str, widget: QWidget) -> QLabel:
    label = QLabel(text)
    label.setBuddy(widget)
    return label


def button(text: str, slot, *, primary: bool = False, shortcut: str | None = None, tip: str = "") -> QPushButton:
    b = QPushButton(text)
    b.setAutoDefault(False)
    b.setDefault(False)
    if primary:
        b.setObjectName("primary")
    if shortcut:
        b.setShortcut(QKeySequence(shortcut))
    if tip:
        b.setToolTip(tip)
    b.clicked.connect(lambda _=False: slot())
    return b


# -- the common dialog ------------------------------------------------------------
class ReviewDialog(QDialog):
    """Base of the review windows: dark theme, title, resizable and maximisable,
    Esc or the Close button closes, F5 refreshes; optional auto-refresh while
    visible that reloads only when the store changed (audit head, counts) or
    every ``stale_s`` (so sliding periods move on)."""

    stale_s = 30.0

    def __init__(self, store, camera_names: list[str], parent: QWidget | None, title: str, *,
                 clock: Callable[[], datetime] | None = None, auto_refresh_ms: int = 0) -> None:
        super().__init__(parent)
        self.store = store
        self.camera_names = list(camera_names)
        self.clock = clock or getattr(store, "now", None) or (lambda: datetime.now(UTC))
        self.setModal(False)
        self.setWindowTitle(f"Canthus — {title}")
        self.setWindowFlags(Qt.Window | Qt.WindowTitleHint | Qt.WindowSystemMenuHint | Qt.WindowMinMaxButtonsHint
                            | Qt.WindowCloseButtonHint)
        self.setSizeGripEnabled(True)
        self.setStyleSheet(VIEW_STYLESHEET)
        self.setMinimumSize(960, 640)
        self.root = QVBoxLayout(self)
        self.root.setContentsMargins(24, 18, 24, 18)
        self.root.setSpacing(12)
        head = QHBoxLayout()
        self.title_label = QLabel(title)
        self.title_label.setObjectName("title")
        head.addWidget(self.title_label)
        head.addStretch(1)
        self.subtitle = QLabel()
        self.subtitle.setObjectName("muted")
        head.addWidget(self.subtitle)
        self.root.addLayout(head)
        self._signature = None
        self._refreshed_at = 0.0
        self._auto = QTimer(self)
        self._auto.setInterval(auto_refresh_ms)
        self._auto.timeout.connect(self._auto_refresh)
        self._auto_ms = auto_refresh_ms
        QShortcut(QKeySequence(Qt.Key_F5), self, activated=self.refresh)

    def fit_to_screen(self, width: int, height: int) -> None:
        """Start at ``width`` x ``height``, or the screen's free area where it is smaller."""
        screen = (self.parentWidget().screen() if self.parentWidget() else None) or self.screen()
        if screen is not None:
            free = screen.availableGeometry()
            width, height = min(width, free.width() - 40), min(height, free.height() - 60)
        self.resize(max(width, self.minimumWidth()), max(height, self.minimumHeight()))

    def close_row(self, *widgets: QWidget) -> QHBoxLayout:
        """The bottom row: a status text, the given buttons, and Close."""
        row = QHBoxLayout()
        self.status = QLabel()
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self.status.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Preferred)
        row.addWidget(self.status, 1)
        for w in widgets:
            row.addWidget(w)
        self.close_button = button("Close", self.close, tip="Close this window (Esc)")
        row.addWidget(self.close_button)
        self.root.addLayout(row)
        return row

    def set_status(self, text: str, problem: bool = False) -> None:
        self.status.setObjectName("problem" if problem else "status")
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)
        self.status.setText(text)

    # -- refreshing -------------------------------------------------------------
    def refresh(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    def change_signature(self):
        """Something that changes whenever the data shown may have changed."""
        try:
            # Stored rows and actions are audited; decisions kept only as counts are not, so
            # the recent hours' count covers those (hour-indexed, cheap).
            recent = self.store.counts(since=self.clock() - timedelta(hours=2)).get("screened", 0)
            return self.store.audit_head(), recent
        except CanthusError:
            return None

    def mark_refreshed(self, signature=None) -> None:
        self._signature = signature if signature is not None else self.change_signature()
        self._refreshed_at = time.monotonic()

    def _auto_refresh(self) -> None:
        if not self.isVisible():
            return
        sig = self.change_signature()
        if sig != self._signature or time.monotonic() - self._refreshed_at >= self.stale_s:
            self.refresh()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if self._auto_ms > 0:
            self._auto.start()

    def hideEvent(self, event) -> None:  # noqa: N802 - Qt API
        self._auto.stop()
        super().hideEvent(event)

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt API
        self._auto.stop()
        super().closeEvent(event)

    @property
    def auto_refreshing(self) -> bool:
        return self._auto.isActive()


# -- the history table ------------------------------------------------------------
SORT_ROLE = Qt.UserRole
ID_ROLE = Qt.UserRole + 1


class HistoryModel(QAbstractTableModel):
    """Decisions from :meth:`Store.history`, one row each, text prepared once."""

    COLUMNS = ("Time", "Entrance", "Result", "Reason / instruction", "Canthus °C", "Estimate °C", "Alert",
               "Actions taken")
    NUMERIC = (4, 5)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[dict] = []
        self._cells: list[tuple[str, ...]] = []
        self._bold = QFont()
        self._bold.setBold(True)

    def set_rows(self, rows: list[dict]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._cells = [self._format(d) for d in self._rows]
        self.endResetModel()

    def decision(self, row: int) -> dict:
        return self._rows[row]

    @staticmethod
    def _format(d: dict) -> tuple[str, ...]:
        return (
            fmt_time(d["t_wall"], weekday=False),
            d["camera"],
            result_text(d),
            SHORT.get(d.get("reason") or "", instruction_text(d)) if d["verdict"] == "retry" else instruction_text(d),
            fmt_c(d.get("canthus_c")),
            fmt_c(d.get("estimate_c")),
            alert_text(d.get("alert")),
            actions_summary(d.get("actions") or []) or DASH,
        )

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.DisplayRole):  # noqa: N802 - Qt API
        if orientation == Qt.Horizontal and role == Qt.DisplayRole:
            return self.COLUMNS[section]
        if orientation == Qt.Horizontal and role == Qt.TextAlignmentRole:
            return int((Qt.AlignRight if section in self.NUMERIC else Qt.AlignLeft) | Qt.AlignVCenter)
        return None

    def data(self, index: QModelIndex, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        r, c = index.row(), index.column()
        d = self._rows[r]
        text = self._cells[r][c]
        if role == Qt.DisplayRole:
            return text
        if role == Qt.ToolTipRole:
            if c == 7 and d.get("actions"):
                return "\n".join(action_text(a) for a in d["actions"])
            if c == 2:
                return RESULT_TIPS.get("prealarm" if d.get("prealarm") else d["verdict"])
            if c == 3:
                return instruction_text(d, full=True)
            return text if c == 6 else None
        if role == SORT_ROLE:
            if c == 0:
                return d["t_wall"]
            if c in (4, 5):
                v = d.get("canthus_c" if c == 4 else "estimate_c")
                return -1e9 if v is None else v
            return text
        if role == ID_ROLE:
            return d["id"]
        if role == Qt.TextAlignmentRole:
            return int((Qt.AlignRight if c in self.NUMERIC else Qt.AlignLeft) | Qt.AlignVCenter)
        if role == Qt.ForegroundRole:
            if text == DASH:
                return QBrush(QColor(theme.MUTED))
            if c == 2:
                if d["verdict"] == "elevated":
                    return QBrush(QColor(ELEVATED_FG))
                if d["verdict"] == "retry" or d.get("prealarm"):
                    return QBrush(QColor(WARN))
                return QBrush(QColor(GOOD))
            if c == 6 and text.startswith("OPEN"):
                return QBrush(QColor(theme.ALARM))
            return None
        if role == Qt.BackgroundRole and c == 2 and d["verdict"] == "elevated":
            return QBrush(QColor(ELEVATED_BG))
        if role == Qt.FontRole and (c == 2 or (c == 6 and text.startswith("OPEN"))):
            return self._bold
        return None


RESULT_FILTERS = (("all", "All results"), ("elevated", "Elevated"), ("normal", "Normal"),
                  ("retry", "Retry (no result)"), ("alerts", "Alerts only"))
_KEEP = object()
_VERDICTS = {"all": None, "elevated": ("elevated",), "normal": ("normal",), "retry": ("retry",), "alerts": None}


class HistoryView(ReviewDialog):
    """The decision history of the store, for supervisors and the DPO.

    ``HistoryView(store, camera_names, parent=None, *, clock=None,
    auto_refresh_ms=2000)``. Filters: entrance (all or one), period (last
    hour, today, last 24 h, last 7 days, custom from-to in local time) and
    result (all, elevated, normal, retry, alerts only). One row per stored
    decision, newest first: local time, entrance, result, reason or the
    instruction given, canthus and oral-equivalent estimate (°C), the alert's
    outcome, and every action taken on it (who, what, thermometer reading,
    why). Values the retention policy did not keep show as "—". Selecting a
    row shows it in full below the table.

    "Export CSV…" (Ctrl+E) writes the same filtered rows with
    :meth:`Store.export_csv`; the file chooser is ``self.ask_save_path``
    (a callable returning a path or None) so tests can replace it. "Refresh"
    (F5) reloads; while visible it also reloads by itself, at most every
    2 s and only when the store changed. Non-modal: use ``show()``.
    ``clock``: the current time for the periods (default: the store's).
    """

    def __init__(self, store, camera_names: list[str], parent: QWidget | None = None, *,
                 clock: Callable[[], datetime] | None = None, auto_refresh_ms: int = 2000) -> None:
        super().__init__(store, camera_names, parent, "Screening history", clock=clock,
                         auto_refresh_ms=max(2000, auto_refresh_ms) if auto_refresh_ms else 0)
        self.ask_save_path: Callable[[], str | os.PathLike | None] = self._ask_save_path
        self.last_export: tuple[Path, int] | None = None

        bar = QHBoxLayout()
        bar.setSpacing(10)
        self.entrance = entrance_combo(self.camera_names)
        bar.addWidget(labelled("&Entrance", self.entrance))
        bar.addWidget(self.entrance)
        bar.addSpacing(16)
        self.period = PeriodSelector(self.clock, self)
        bar.addWidget(self.period)
        bar.addSpacing(16)
        self.result = QComboBox()
        for key, text in RESULT_FILTERS:
            self.result.addItem(text, key)
        bar.addWidget(labelled("Re&sult", self.result))
        bar.addWidget(self.result)
        bar.addStretch(1)
        self.root.addLayout(bar)

        self.model = HistoryModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.DescendingOrder)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.ElideRight)
        self.table.setShowGrid(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(44)
        hh = self.table.horizontalHeader()
        hh.setHighlightSections(False)
        hh.setStretchLastSection(True)
        self._size_columns()
        self.table.setMinimumHeight(360)
        self.root.addWidget(self.table, 1)

        self.details = QLabel()
        self.details.setObjectName("details")
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextSelectableByMouse | Qt.TextSelectableByKeyboard)
        self.details.setMinimumHeight(110)
        self.details.setAlignment(Qt.AlignTop | Qt.AlignLeft)
        self.root.addWidget(self.details)

        self.refresh_button = button("&Refresh", self.refresh, tip="Reload from the event store (F5)")
        self.export_button = button("E&xport CSV…", self.export_csv, shortcut="Ctrl+E",
                                    tip="Write the rows shown (same filters) to a CSV file for the DPO (Ctrl+E). "
                                        "It holds personal data.")
        self.close_row(self.refresh_button, self.export_button)

        self.entrance.currentIndexChanged.connect(self.refresh)
        self.result.currentIndexChanged.connect(self.refresh)
        self.period.changed.connect(self.refresh)
        self.table.selectionModel().selectionChanged.connect(self._show_details)
        self.fit_to_screen(1840, 1000)
        self.refresh()
        self.table.setFocus()

    def _size_columns(self) -> None:
        """Fit every column but the last to its widest usual content at the views' type size."""
        font = QFont(self.table.font())
        font.setPointSizeF(15)
        bold = QFont(font)
        bold.setBold(True)
        head = QFont(bold)
        head.setPointSizeF(13)
        cell, strong, header = QFontMetrics(font), QFontMetrics(bold), QFontMetrics(head)
        samples = (
            [fmt_time(datetime(2026, 12, 28, 23, 59, 59), weekday=False)],
            [*self.camera_names],
            [],
            [*SHORT.values()],
            ["38.88"],
            ["38.88"],
            ["Denied · fever confirmed"],
        )
        for col, texts in enumerate(samples):
            metrics = strong if col == 2 else cell
            width = max([metrics.horizontalAdvance(t) for t in texts]
                        + [strong.horizontalAdvance("ELEVATED") if col == 2 else 0]
                        + [header.horizontalAdvance(HistoryModel.COLUMNS[col]) + (18 if col == 0 else 0)])
            self.table.setColumnWidth(col, min(width + 34, 360))  # cell padding and margins

    # -- filters ------------------------------------------------------------------
    def filters(self) -> dict:
        """The filters in force, as :meth:`Store.history` and :meth:`Store.export_csv` take them."""
        since, until = self.period.range()
        verdicts = _VERDICTS[self.result.currentData()]
        return {"camera": self.entrance.currentData(), "since": since, "until": until,
                "verdicts": None if verdicts is None else list(verdicts)}

    @property
    def alerts_only(self) -> bool:
        return self.result.currentData() == "alerts"

    def set_filters(self, *, camera=_KEEP, period: str | None = None, result: str | None = None) -> None:
        """Set filters (``camera``: a name, or None for all; ``period``: a
        :data:`PERIODS` key; ``result``: a :data:`RESULT_FILTERS` key); refreshes once."""
        widgets = (self.entrance, self.result, self.period)
        for w in widgets:
            w.blockSignals(True)
        try:
            if period is not None:
                self.period.set_period(period)
            if camera is not _KEEP:
                i = self.entrance.findData(camera)
                if i < 0:
                    raise ValueError(f"unknown entrance {camera!r}")
                self.entrance.setCurrentIndex(i)
            if result is not None:
                i = self.result.findData(result)
                if i < 0:
                    raise ValueError(f"unknown result filter {result!r}")
                self.result.setCurrentIndex(i)
        finally:
            for w in widgets:
                w.blockSignals(False)
        self.refresh()

    # -- loading --------------------------------------------------------------------
    def refresh(self) -> None:
        sig = self.change_signature()
        selected = self.selected_decision()
        try:
            rows = self.store.history(**self.filters())
        except CanthusError as e:
            self.model.set_rows([])
            self.set_status(str(e), problem=True)
            self.mark_refreshed(sig)
            return
        if self.alerts_only:
            rows = [d for d in rows if d.get("alert") is not None]
        bar = self.table.verticalScrollBar()
        scroll = bar.value()
        self.model.set_rows(rows)
        bar.setValue(min(scroll, bar.maximum()))
        if selected is not None:
            self.select_decision(selected["id"])
        self._show_details()
        self._update_status(rows)
        self.mark_refreshed(sig)

    def _update_status(self, rows: list[dict]) -> None:
        alerts = sum(1 for d in rows if d.get("alert") is not None)
        elevated = sum(1 for d in rows if d["verdict"] == "elevated")
        n = len(rows)
        text = f"{n} decision{'' if n == 1 else 's'} · {elevated} elevated · {alerts} alert{'' if alerts == 1 else 's'}"
        try:
            text += f"   ·   {retention_text(self.store.retention)}"
        except CanthusError:
            pass
        self.set_status(text)
        self.subtitle.setText(f"{self.entrance.currentText()} · {self.period.describe()} · "
                              f"updated {self.clock().astimezone().strftime('%H:%M:%S')}")

    def row_count(self) -> int:
        return self.proxy.rowCount()

    def rows(self) -> list[dict]:
        """The decisions in the table, in the order shown."""
        return [self.model.decision(self.proxy.mapToSource(self.proxy.index(r, 0)).row())
                for r in range(self.proxy.rowCount())]

    def cell_text(self, row: int, column: int) -> str:
        return self.proxy.index(row, column).data(Qt.DisplayRole)

    def selected_decision(self) -> dict | None:
        sel = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not sel:
            return None
        return self.model.decision(self.proxy.mapToSource(sel[0]).row())

    def select_decision(self, decision_id: int) -> bool:
        for r in range(self.proxy.rowCount()):
            idx = self.proxy.index(r, 0)
            if idx.data(ID_ROLE) == decision_id:
                self.table.selectionModel().select(
                    idx, QItemSelectionModel.ClearAndSelect | QItemSelectionModel.Rows)
                self.table.setCurrentIndex(idx)
                return True
        return False

    def _show_details(self, *_args) -> None:
        d = self.selected_decision()
        if d is None:
            self.details.setText("Select a row to see the decision, its alert and every action on it in full.")
            return
        lines = [
            f"{fmt_time(d['t_wall'])}  ·  {d['camera']}  ·  {result_text(d)}  ·  {instruction_text(d, full=True)}",
            f"Canthus {fmt_c(d.get('canthus_c'))} °C  ·  estimate {fmt_c(d.get('estimate_c'))} °C  ·  "
            f"limit {fmt_c(d.get('limit_c'), 1)} °C  ·  baseline {fmt_c(d.get('baseline_c'))} °C"
            + ("" if d.get("personal_kept", True) else "  ·  readings not kept (retention policy)"),
        ]
        al = d.get("alert")
        if al is not None:
            lines.append(f"Alert {alert_text(al)}  ·  raised {fmt_time(al.get('raised_at'))}"
                         + (f"  ·  closed {fmt_time(al['closed_at'])}" if al.get("closed_at") else ""))
        acts = d.get("actions") or []
        lines += [f"   {action_text(a)}" for a in acts] or ["No action recorded on this decision."]
        self.details.setText("\n".join(lines))

    # -- export ---------------------------------------------------------------------
    def _ask_save_path(self) -> str | None:
        default = f"canthus-history-{self.clock().astimezone():%Y-%m-%d-%H%M}.csv"
        path, _ = QFileDialog.getSaveFileName(self, "Export the history as CSV", default, "CSV files (*.csv)")
        return path or None

    def export_csv(self) -> int | None:
        """Ask for a file and write the filtered rows to it; returns the row count (None: cancelled)."""
        chosen = self.ask_save_path()
        if not chosen:
            return None
        path = Path(chosen)
        if not path.suffix:
            path = path.with_suffix(".csv")
        try:
            n = self.store.export_csv(path, **self.filters())
            if self.alerts_only:
                n = _keep_rows_with_alerts(path)
        except CanthusError as e:
            self.set_status(f"Export failed: {e}", problem=True)
            return None
        try:
            os.chmod(path, 0o600)  # health data: this user only, like the store itself
        except OSError:
            pass
        self.last_export = (path, n)
        self.set_status(f"Exported {n} decision{'' if n == 1 else 's'} to {path}. The file holds personal "
                        "data: keep it as the site's data-protection rules require.")
        return n


def _keep_rows_with_alerts(path: Path) -> int:
    """Rewrite an exported history keeping only decisions that raised an alert."""
    try:
        with path.open("r", encoding="utf-8", newline="") as fh:
            rows = list(csv.reader(fh))
        header, body = rows[0], rows[1:]
        col = header.index("alert_id")
        kept = [r for r in body if r[col] != ""]
        tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        with tmp.open("w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh)
            w.writerow(header)
            w.writerows(kept)
        os.replace(tmp, path)
    except (OSError, ValueError, IndexError) as e:
        raise CanthusError(f"cannot write {path}: {e}.") from None
    return len(kept)


__all__ = [
    "ACTION_LABELS", "DASH", "ENTRANCE_COLOURS", "HistoryModel", "HistoryView", "PERIODS", "PeriodSelector",
    "ReviewDialog", "VIEW_STYLESHEET", "action_text", "alert_text", "fmt_c", "fmt_time", "to_local",
]
