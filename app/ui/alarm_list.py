"""The open alarms beside the wall: one compact row each, and the selected one shown large.

A model/view list (:class:`AlarmListModel` + :class:`AlarmRowDelegate`) keeps hundreds of open
alarms cheap: a row is painted, never built as widgets. Above it, one :class:`app.ui.alerts.AlertCard`
shows the *selected* alarm with its buttons; the guard's keys act on that one. Arriving alarms are
inserted without moving the selection; the first is selected when none is; a closed one leaves the
list and its neighbour takes the selection. With no alarm open the pane hides and the wall takes
the width (the window lays the two side by side: the pane never floats over a tile).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QLabel,
    QListView,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QVBoxLayout,
)

from app.alarms import Alert
from app.translations import QT_TRANSLATE_NOOP, arg, current_language, day_month_time
from app.ui import theme
from app.ui.alerts import AlertCard, snapshot_pixmap
from app.ui.i18n import format_c

#: counted texts (lupdate reads a plural only from a literal count: declared here, translated with n)
OPEN_ALARMS = QT_TRANSLATE_NOOP("AlarmList", "%n open alarms", None, 1)
ESCALATED = QT_TRANSLATE_NOOP("AlarmList", "%n escalated", None, 1)

#: the selected alarm's card: one at a time (the list holds the rest as painted rows)
MAX_CARDS = 1
ROW_HEIGHT = 64
ROW_THUMB_PX = 56
#: the pane's width: a share of the window, within these bounds (the wall keeps the rest)
PANE_WIDTH_SHARE = 0.3
PANE_MIN_PX, PANE_MAX_PX = 380, 560


def age_text(seconds: float) -> str:
    """How long an alarm has been open, short: ``45 s``, ``3 min``, ``2 h 05``."""
    s = max(0, int(seconds))
    if s < 60:
        return f"{s} s"
    if s < 3600:
        return f"{s // 60} min"
    return f"{s // 3600} h {s % 3600 // 60:02d}"


def from_last_session(alert: Alert) -> bool:
    """Whether the alarm was left open when the console last closed (the station marks it)."""
    return bool(getattr(alert, "from_last_session", False))


def alarm_summary(alert: Alert, entrance: str) -> str:
    """Entrance, time and estimate in one line: what every dialog and confirmation names."""
    d = alert.decision
    est = format_c(d.estimate_c) if d.estimate_c is not None else QCoreApplication.translate("AlarmList", "no estimate")
    return f"{entrance} · {datetime.fromtimestamp(alert.raised_wall).strftime('%H:%M:%S')} · {est}"


class AlarmListModel(QAbstractListModel):
    """Open alarms in the alert book's order (newest first); rows are inserted and removed in place
    so the view keeps its scroll position and the selection stays on its alarm."""

    AlertRole = Qt.UserRole + 1

    def __init__(self, names: list[str], clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__()
        self.names = names
        self.clock = clock
        self._alerts: list[Alert] = []
        self._thumbs: dict[int, object] = {}  # alert id -> QPixmap (open alarms only)

    # -- Qt's side --------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self._alerts)

    def columnCount(self, parent: QModelIndex | None = None) -> int:  # noqa: N802 - Qt API
        """One column (callable without a parent, as a table view's callers do: the i18n walker)."""
        return 0 if parent is not None and parent.isValid() else 1

    def data(self, index: QModelIndex, role: int = Qt.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._alerts):
            return None
        a = self._alerts[index.row()]
        if role == self.AlertRole:
            return a
        if role in (Qt.DisplayRole, Qt.AccessibleTextRole, Qt.ToolTipRole):
            return " · ".join([self.summary(a), self.age(a), *self.marks(a)])
        return None

    # -- what a row says --------------------------------------------------------------------
    def entrance(self, a: Alert) -> str:
        return self.names[a.camera_index] if 0 <= a.camera_index < len(self.names) else a.camera

    def summary(self, a: Alert) -> str:
        return alarm_summary(a, self.entrance(a))

    def age(self, a: Alert) -> str:
        if from_last_session(a):
            since = day_month_time(datetime.fromtimestamp(a.raised_wall), current_language(), seconds=False,
                                   weekday=False)
            return arg(QCoreApplication.translate("AlarmList", "open since %1"), since)
        return age_text(self.clock() - a.raised_at)

    @staticmethod
    def marks(a: Alert) -> list[str]:
        marks = []
        if from_last_session(a):
            marks.append(QCoreApplication.translate("AlarmList", "from last session"))
        if a.escalated:
            marks.append(QCoreApplication.translate("AlarmList", "ESCALATED"))
        if a.silenced:
            marks.append(QCoreApplication.translate("AlarmList", "silenced"))
        return marks

    def thumbnail(self, a: Alert):
        if a.id not in self._thumbs:
            self._thumbs[a.id] = snapshot_pixmap(a, ROW_THUMB_PX)
        return self._thumbs[a.id]

    # -- keeping up with the book -------------------------------------------------------------
    @property
    def alerts(self) -> list[Alert]:
        return list(self._alerts)

    def row_of(self, alert: Alert | None) -> int:
        if alert is None:
            return -1
        for r, a in enumerate(self._alerts):
            if a is alert or a.id == alert.id:
                return r
        return -1

    def set_alerts(self, alerts: list[Alert]) -> None:
        """Become ``alerts`` (the book's open ones, in its order): closed rows removed, new ones
        inserted where the book has them, the rest only repainted (ages, marks)."""
        want = [a for a in alerts if not a.closed]
        ids = {a.id for a in want}
        for r in range(len(self._alerts) - 1, -1, -1):
            if self._alerts[r].id not in ids:
                self.beginRemoveRows(QModelIndex(), r, r)
                gone = self._alerts.pop(r)
                self._thumbs.pop(gone.id, None)
                self.endRemoveRows()
        for r, a in enumerate(want):
            if r < len(self._alerts) and self._alerts[r].id == a.id:
                continue
            if a.id in {x.id for x in self._alerts[r:]}:  # the book reordered: rebuild, rare
                self.beginResetModel()
                self._alerts = list(want)
                self.endResetModel()
                return
            self.beginInsertRows(QModelIndex(), r, r)
            self._alerts.insert(r, a)
            self.endInsertRows()
        if self._alerts:
            self.dataChanged.emit(self.index(0), self.index(len(self._alerts) - 1))


class AlarmRowDelegate(QStyledItemDelegate):
    """Paints one alarm row: thumbnail, entrance and time, estimate, age, marks."""

    def __init__(self, model: AlarmListModel, parent=None) -> None:
        super().__init__(parent)
        self.model = model
        self.bold = QFont()
        self.bold.setPointSize(13)
        self.bold.setBold(True)
        self.small = QFont()
        self.small.setPointSize(12)

    def sizeHint(self, option, index) -> QSize:
        return QSize(200, ROW_HEIGHT)

    def paint(self, p: QPainter, option, index) -> None:
        a: Alert = index.data(AlarmListModel.AlertRole)
        if a is None:
            return
        r: QRect = option.rect
        selected = bool(option.state & QStyle.State_Selected)
        p.save()
        p.fillRect(r, QColor("#4a0a10" if a.escalated else "#2a0d10"))
        if selected:
            p.setPen(QPen(QColor(theme.ACCENT), 4))
            p.drawRect(r.adjusted(2, 2, -2, -2))
        else:
            p.setPen(QPen(QColor("#30363d"), 1))
            p.drawLine(r.bottomLeft(), r.bottomRight())
        thumb = self.model.thumbnail(a)
        x = r.left() + 6
        if thumb is not None:
            p.drawPixmap(x + (ROW_THUMB_PX - thumb.width()) // 2,
                         r.top() + (ROW_HEIGHT - thumb.height()) // 2, thumb)
        x += ROW_THUMB_PX + 8
        d = a.decision
        est = format_c(d.estimate_c) if d.estimate_c is not None else "—"
        top = QRect(x, r.top() + 4, r.right() - x - 6, ROW_HEIGHT // 2 - 4)
        bottom = QRect(x, r.top() + ROW_HEIGHT // 2, r.right() - x - 6, ROW_HEIGHT // 2 - 4)
        p.setFont(self.bold)
        p.setPen(QColor(theme.TEXT))
        fm = p.fontMetrics()
        est_w = fm.horizontalAdvance(est) + 4
        name = fm.elidedText(self.model.entrance(a), Qt.ElideRight, top.width() - est_w - 8)
        p.drawText(top, Qt.AlignLeft | Qt.AlignVCenter, name)
        p.setPen(QColor(theme.ALARM))
        p.drawText(top, Qt.AlignRight | Qt.AlignVCenter, est)
        p.setFont(self.small)
        marks = self.model.marks(a)
        line = f"{datetime.fromtimestamp(a.raised_wall).strftime('%H:%M:%S')}  ·  {self.model.age(a)}"
        p.setPen(QColor(theme.MUTED if not a.escalated else "#ffd0d0"))
        p.drawText(bottom, Qt.AlignLeft | Qt.AlignVCenter,
                   p.fontMetrics().elidedText(line, Qt.ElideRight, bottom.width() // 2 + 40))
        if marks:
            p.setPen(QColor("#ff8080" if a.escalated else "#ffd58a"))
            p.drawText(bottom, Qt.AlignRight | Qt.AlignVCenter, " · ".join(marks))
        p.restore()


class AlarmPane(QFrame):
    """Every open alarm: the selected one large (its card and buttons), all of them in the list below.

    ``on_action(alert, action)`` is called by the card's buttons; the window's keys use
    :attr:`selected`. :meth:`sync` follows the alert book. ``selection_changed`` says when the
    selected alarm changes (the window redraws nothing for it; tests and the F1 help read it).
    """

    selection_changed = Signal(object)

    def __init__(self, entrance_names: list[str], on_action: Callable[[Alert, str], None],
                 clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__()
        self.setObjectName("alarmPane")
        self.on_action = on_action
        self.model = AlarmListModel(entrance_names, clock)
        self.selected: Alert | None = None
        #: (decision) -> the card's one line on why the alarm level sits where it does ("" none)
        self.make_card_explanation: Callable[[object], str] | None = None
        #: the card of the selected alarm (at most MAX_CARDS), by alert id
        self.cards: dict[int, AlertCard] = {}
        self.shown_at: dict[int, float] = {}  # alert id -> time.time() its card became visible
        self.setFocusPolicy(Qt.NoFocus)
        self.setSizePolicy(QSizePolicy.Preferred, QSizePolicy.Expanding)
        box = QVBoxLayout(self)
        box.setContentsMargins(6, 6, 6, 6)
        box.setSpacing(6)
        self.header = QLabel()
        self.header.setObjectName("alarmHeader")
        self.header.setWordWrap(True)
        box.addWidget(self.header)
        self.confirmation = QLabel()
        self.confirmation.setObjectName("alarmConfirmation")
        self.confirmation.setWordWrap(True)
        self.confirmation.setVisible(False)
        box.addWidget(self.confirmation)
        self._card_slot = QVBoxLayout()
        box.addLayout(self._card_slot)
        self.view = QListView()
        self.view.setObjectName("alarmList")
        self.view.setModel(self.model)
        self.view.setItemDelegate(AlarmRowDelegate(self.model, self.view))
        self.view.setUniformItemSizes(True)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollPerPixel)  # the scroll value is in pixels
        self.view.setSelectionMode(QAbstractItemView.SingleSelection)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.view.setVerticalScrollBarPolicy(Qt.ScrollBarAlwaysOn)
        self.view.setFocusPolicy(Qt.NoFocus)  # the window's keys (Up/Down, A/D/S/F/M) stay the window's
        self.view.clicked.connect(lambda index: self.select(index.data(AlarmListModel.AlertRole)))
        box.addWidget(self.view, 1)
        self.setVisible(False)

    @property
    def names(self) -> list[str]:
        return self.model.names

    @names.setter
    def names(self, names: list[str]) -> None:
        self.model.names = names

    # -- following the book --------------------------------------------------------------------
    def sync(self, alerts: list[Alert]) -> None:
        """Show these open alerts: new rows inserted (the selection stays where it is), closed
        ones removed (their neighbour is selected), the first selected when none is."""
        before = self.model.row_of(self.selected)
        bar = self.view.verticalScrollBar()
        top_id = self.model.alerts[0].id if self.model.rowCount() else None
        self.model.set_alerts(alerts)
        rows_now = self.model.alerts
        if bar.value() > 0 and top_id is not None:  # scrolled down: new rows on top move nothing in view
            above = next((r for r, a in enumerate(rows_now) if a.id == top_id), 0)
            bar.setValue(bar.value() + above * ROW_HEIGHT)
        rows = rows_now
        if self.selected is not None and self.model.row_of(self.selected) < 0:
            # the selected alarm was closed: the one now in its place (or the one above)
            self._set_selected(rows[min(max(before, 0), len(rows) - 1)] if rows else None)
        elif self.selected is None and rows:
            self._set_selected(rows[0])
        else:
            self._mark_selected_row()
            card = self.card(self.selected) if self.selected is not None else None
            if card is not None:
                card.refresh()
        n = len(rows)
        escalated = sum(a.escalated for a in rows)
        header = QCoreApplication.translate("AlarmList", OPEN_ALARMS, None, n)
        if escalated:
            header += " · " + QCoreApplication.translate("AlarmList", ESCALATED, None, escalated)
        self.header.setText(header + ("  ·  ↑↓" if n > 1 else ""))
        self.setVisible(bool(rows))

    def select(self, alert: Alert | None) -> None:
        """The guard chose an alarm (a click, or Up/Down)."""
        if alert is not None and self.model.row_of(alert) >= 0:
            self._set_selected(alert)

    def move_selection(self, step: int) -> Alert | None:
        """Select the alarm ``step`` rows below (positive) or above (negative), kept in the list."""
        rows = self.model.alerts
        if not rows:
            return None
        r = self.model.row_of(self.selected)
        self._set_selected(rows[min(max(r + step, 0), len(rows) - 1)] if r >= 0 else rows[0])
        return self.selected

    def _set_selected(self, alert: Alert | None) -> None:
        changed = alert is not self.selected
        self.selected = alert
        if changed or (alert is not None and alert.id not in self.cards):
            for aid in list(self.cards):
                card = self.cards.pop(aid)
                self.shown_at.pop(aid, None)
                self._card_slot.removeWidget(card)
                card.hide()
                card.deleteLater()  # dialogs hold the Alert, never this widget
            if alert is not None:
                card = AlertCard(alert, self.model.entrance(alert), self.on_action, self.make_card_explanation)
                self.cards[alert.id] = card
                self.shown_at[alert.id] = time.time()
                self._card_slot.addWidget(card)
        self._mark_selected_row(scroll=changed)
        if changed:
            self.selection_changed.emit(alert)

    def _mark_selected_row(self, scroll: bool = False) -> None:
        r = self.model.row_of(self.selected)
        sel = self.view.selectionModel()
        if r < 0:
            sel.clearSelection()
            return
        index = self.model.index(r)
        if sel.currentIndex() != index or not sel.isSelected(index):
            sel.setCurrentIndex(index, sel.SelectionFlag.ClearAndSelect)
        if scroll:
            self.view.scrollTo(index)

    # -- what the guard reads ------------------------------------------------------------------
    def card(self, alert: Alert) -> AlertCard | None:
        return self.cards.get(alert.id)

    def confirm(self, text: str) -> None:
        """Say what the last action did, on the pane, until the next one (not a passing status line)."""
        self.confirmation.setText(text)
        self.confirmation.setVisible(bool(text))

    def refresh_ages(self) -> None:
        """Repaint the rows (ages, marks) and the card's state: cheap, only visible rows paint."""
        if self.model.rowCount():
            self.model.dataChanged.emit(self.model.index(0), self.model.index(self.model.rowCount() - 1))
        for card in self.cards.values():
            card.refresh()


def pane_width(window_width: int) -> int:
    """How wide the alarm pane is beside the wall for a window this wide."""
    return int(min(PANE_MAX_PX, max(PANE_MIN_PX, window_width * PANE_WIDTH_SHARE)))


__all__ = ["MAX_CARDS", "AlarmListModel", "AlarmPane", "AlarmRowDelegate", "age_text", "alarm_summary",
           "from_last_session", "pane_width"]
