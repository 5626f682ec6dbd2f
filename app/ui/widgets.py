"""What the review windows (history, statistics, re-calibration) share on
screen: their look (:data:`VIEW_STYLESHEET`), the entrance and period filters,
buttons, a read-only table, plots in the control-room look, and the
:class:`ReviewDialog` base with a refresh that only reloads when the store
changed. The words and numbers they show come from :mod:`app.ui.formatting`;
their own texts are translated in context "Review" (``QCoreApplication.translate``).
"""

from __future__ import annotations

import re
import time
from datetime import datetime, timedelta, timezone
from typing import Callable

import pyqtgraph as pg
from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QCoreApplication,
    QDateTime,
    QModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont, QFontMetrics, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import CanthusError
from app.translations import (
    QT_TRANSLATE_NOOP,
    arg,
    current_language,
    decimal_sign,
    short_day_name,
    short_month_name,
)
from app.ui import theme
from app.ui.formatting import fmt_time
from app.ui.i18n import date_time_edit_format

UTC = timezone.utc

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

#: (key, text) of the periods every review window offers (texts in context "Review").
PERIODS = (("hour", QT_TRANSLATE_NOOP("Review", "Last hour")), ("today", QT_TRANSLATE_NOOP("Review", "Today")),
           ("24h", QT_TRANSLATE_NOOP("Review", "Last 24 h")), ("7d", QT_TRANSLATE_NOOP("Review", "Last 7 days")),
           ("custom", QT_TRANSLATE_NOOP("Review", "Custom…")))


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
        label = QLabel(QCoreApplication.translate("Review", "&Period"))
        self.combo = QComboBox()
        for key, text in PERIODS:
            self.combo.addItem(QCoreApplication.translate("Review", text), key)
        label.setBuddy(self.combo)
        self.from_label = QLabel(QCoreApplication.translate("Review", "&from"))
        self.from_edit = QDateTimeEdit(calendarPopup=True, displayFormat=date_time_edit_format())
        self.from_label.setBuddy(self.from_edit)
        self.to_label = QLabel(QCoreApplication.translate("Review", "&to"))
        self.to_edit = QDateTimeEdit(calendarPopup=True, displayFormat=date_time_edit_format())
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
        """The period in words for a subtitle: ``Last 24 h``, or ``Mon 02 Mar 08:00 to Mon 02 Mar 12:00``."""
        if self.key() != "custom":
            return self.combo.currentText()
        a, b = self.range()
        return arg(QCoreApplication.translate("Review", "%1 to %2"), fmt_time(a, False), fmt_time(b, False))

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
    """All entrances (data None) or one of them (data: its name)."""
    combo = QComboBox()
    combo.addItem(QCoreApplication.translate("Review", "All entrances"), None)
    for name in camera_names:
        combo.addItem(name, name)
    return combo


def labelled(text: str, widget: QWidget) -> QLabel:
    """A label whose mnemonic (``&Entrance``: Alt+E) moves the focus to ``widget``."""
    label = QLabel(text)
    label.setBuddy(widget)
    return label


def button(text: str, slot, *, primary: bool = False, shortcut: str | None = None, tip: str = "") -> QPushButton:
    """A push button that calls ``slot()`` and never becomes the dialog's default (Enter does not press it)."""
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
        self.setWindowTitle(arg(QCoreApplication.translate("Review", "Canthus — %1"), title))
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

    def filter_bar(self) -> QHBoxLayout:
        """The top row's entrance and period filters (``self.entrance``, ``self.period``); the caller adds
        its own widgets after them and the row to :attr:`root`."""
        bar = QHBoxLayout()
        bar.setSpacing(10)
        self.entrance = entrance_combo(self.camera_names)
        bar.addWidget(labelled(QCoreApplication.translate("Review", "&Entrance"), self.entrance))
        bar.addWidget(self.entrance)
        bar.addSpacing(16)
        self.period = PeriodSelector(self.clock, self)
        bar.addWidget(self.period)
        return bar

    def show_filters_in_subtitle(self) -> None:
        """The subtitle: the entrance, the period and when the data shown was read."""
        self.subtitle.setText(arg(QCoreApplication.translate("Review", "%1 · %2 · updated %3"),
                                  self.entrance.currentText(), self.period.describe(),
                                  self.clock().astimezone().strftime("%H:%M:%S")))

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
        self.close_button = button(QCoreApplication.translate("Review", "Close"), self.close,
                                   tip=QCoreApplication.translate("Review", "Close this window (Esc)"))
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




# -- tables and plots -----------------------------------------------------------------
class RowsModel(QAbstractTableModel):
    """A read-only table model of dict rows: subclasses name :attr:`COLUMNS` (English, marked with
    ``QT_TRANSLATE_NOOP`` in their :attr:`CONTEXT`, shown translated), the right-aligned
    :attr:`NUMERIC` ones, and give :meth:`data`."""

    CONTEXT = "Review"
    COLUMNS: tuple[str, ...] = ()
    NUMERIC: tuple[int, ...] = ()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[dict] = []

    def alignment(self, column: int) -> int:
        return int((Qt.AlignRight if column in self.NUMERIC else Qt.AlignLeft) | Qt.AlignVCenter)

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.DisplayRole):  # noqa: N802 - Qt API
        if orientation == Qt.Horizontal and role == Qt.DisplayRole:
            return QCoreApplication.translate(self.CONTEXT, self.COLUMNS[section])
        if orientation == Qt.Horizontal and role == Qt.TextAlignmentRole:
            return self.alignment(section)
        return None


def review_table(model: QAbstractItemModel, row_height: int = 44) -> QTableView:
    """A read-only table of whole rows in the views' look: one row selected at a time, no grid, no row numbers,
    the last column stretched."""
    table = QTableView()
    table.setModel(model)
    table.setAlternatingRowColors(True)
    table.setSelectionBehavior(QAbstractItemView.SelectRows)
    table.setSelectionMode(QAbstractItemView.SingleSelection)
    table.setEditTriggers(QAbstractItemView.NoEditTriggers)
    table.setShowGrid(False)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(row_height)
    table.horizontalHeader().setHighlightSections(False)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def font(points: float, bold: bool = False) -> QFont:
    """A font of ``points`` size (plots and their labels, where the style sheet does not reach)."""
    f = QFont()
    f.setPointSizeF(points)
    f.setBold(bold)
    return f


def fit_columns(table: QTableView, samples: list[list[str]], *, bold: tuple[int, ...] = (), first_extra: int = 0,
                most: int = 360) -> None:
    """Size each column of ``table`` to its header or its widest sample text at the views' type size
    (at most ``most`` pixels), so translated headers and words are not cut: ``samples[c]`` for column c,
    cells of the ``bold`` columns measured bold; ``first_extra`` leaves room for the sort arrow."""
    cell = QFont(table.font())
    cell.setPointSizeF(15)
    strong = QFont(cell)
    strong.setBold(True)
    head = QFont(strong)
    head.setPointSizeF(13)
    cell_m, strong_m, head_m = QFontMetrics(cell), QFontMetrics(strong), QFontMetrics(head)
    model = table.model()
    for col, texts in enumerate(samples):
        metrics = strong_m if col in bold else cell_m
        header = model.headerData(col, Qt.Horizontal, Qt.DisplayRole) or ""
        width = max([metrics.horizontalAdvance(t) for t in texts]
                    + [head_m.horizontalAdvance(header) + (first_extra if col == 0 else 0)])
        table.setColumnWidth(col, min(width + 34, most))  # cell padding and margins


_ENGLISH_DATE_NAMES = re.compile(r"\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\b")
_DAY_INDEX = {d: i for i, d in enumerate(("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"))}
_MONTH_INDEX = {m: i + 1 for i, m in enumerate(("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
                                                 "Nov", "Dec"))}


class LocaleAxisItem(pg.AxisItem):
    """An axis whose numbers are written in the console's language (36,5 in French, Dutch and German)."""

    def tickStrings(self, values, scale, spacing):  # noqa: N802 - pyqtgraph API
        sign = decimal_sign(current_language())
        strings = super().tickStrings(values, scale, spacing)
        return strings if sign == "." else [s.replace(".", sign) for s in strings]


class LocaleDateAxisItem(pg.DateAxisItem):
    """A time axis whose day and month names are the console's language's ("mars", not "Mar")."""

    def tickStrings(self, values, scale, spacing):  # noqa: N802 - pyqtgraph API
        lang = current_language()

        def local(m: re.Match) -> str:
            name = m.group(1)
            return (short_day_name(_DAY_INDEX[name], lang) if name in _DAY_INDEX
                    else short_month_name(_MONTH_INDEX[name], lang))

        strings = super().tickStrings(values, scale, spacing)
        return strings if lang == "en" else [_ENGLISH_DATE_NAMES.sub(local, s) for s in strings]


def styled_plot(title: str, left: str, bottom: str | None = None, *, date_axis: bool = False) -> pg.PlotWidget:
    """A pyqtgraph plot in the control-room look: dark panel, large muted axes, no mouse zoom; its
    numbers, days and months in the console's language."""
    axis_items = {"left": LocaleAxisItem(orientation="left"),
                  "bottom": (LocaleDateAxisItem(orientation="bottom") if date_axis
                             else LocaleAxisItem(orientation="bottom"))}
    w = pg.PlotWidget(background=theme.PANEL, axisItems=axis_items)
    plot_title(w, title)
    p = w.getPlotItem()
    p.hideButtons()
    p.setMenuEnabled(False)
    p.setMouseEnabled(x=False, y=False)
    p.showGrid(x=False, y=True, alpha=0.16)
    for name in ("left", "bottom"):
        ax = p.getAxis(name)
        ax.setPen(pg.mkPen(BORDER))
        ax.setTextPen(pg.mkPen(theme.MUTED))
        ax.setTickFont(font(13))
        ax.setStyle(tickTextOffset=8)
    p.getAxis("left").setLabel(left, color=theme.MUTED, **{"font-size": "13pt"})
    if bottom:
        p.getAxis("bottom").setLabel(bottom, color=theme.MUTED, **{"font-size": "13pt"})
    w.setMinimumSize(380, 280)
    return w


def plot_title(plot: pg.PlotWidget, title: str) -> None:
    """Set a plot's title in the views' type."""
    plot.getPlotItem().setTitle(title, color=theme.TEXT, size="16pt")


def placeholder(plot: pg.PlotWidget, text: str) -> pg.TextItem:
    """An empty plot that says why it is empty."""
    p = plot.getPlotItem()
    item = pg.TextItem(text, color=theme.MUTED, anchor=(0.5, 0.5))
    item.setFont(font(15))
    p.addItem(item)
    item.setPos(0.5, 0.5)
    p.setXRange(0, 1, padding=0)
    p.setYRange(0, 1, padding=0)
    return item


__all__ = [
    "BORDER", "ELEVATED_BG", "ELEVATED_FG", "ENTRANCE_COLOURS", "GOOD", "PERIODS", "RAISED", "SELECTION",
    "VIEW_STYLESHEET", "WARN", "LocaleAxisItem", "LocaleDateAxisItem", "PeriodSelector", "ReviewDialog", "RowsModel",
    "button", "entrance_combo", "fit_columns", "font",
    "labelled", "placeholder", "plot_title", "review_table", "styled_plot",
]
