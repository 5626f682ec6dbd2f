"""The decision history: who was screened where and when, with the alert and
what the guards did about it, filtered and exported for the DPO.

Everything here runs on the GUI thread and only reads the store. For a large
store the console may pass a second store opened on the same folder (WAL lets
it read beside the writer; see docs/store.md). The words come from
:mod:`app.ui.formatting`, the shared widgets and the window's base from
:mod:`app.ui.widgets`; the window's own texts are translated in context "History".
"""

from __future__ import annotations

import csv
import os
from datetime import datetime
from pathlib import Path
from typing import Callable

from PySide6.QtCore import (
    QCoreApplication,
    QItemSelectionModel,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QComboBox, QFileDialog, QLabel, QWidget

from app.core.errors import CanthusError
from app.core.vocabulary import Verdict
from app.translations import QT_TRANSLATE_NOOP, arg
from app.ui import theme
from app.ui.formatting import (
    ACTION_LABELS,
    DASH,
    action_text,
    actions_summary,
    alert_is_open,
    alert_text,
    alert_wait_text,
    fmt_c,
    fmt_pct,
    fmt_time,
    instruction_text,
    result_text,
    result_tip,
    retention_text,
    to_local,
)
from app.ui.widgets import (
    BORDER,
    ELEVATED_BG,
    ELEVATED_FG,
    ENTRANCE_COLOURS,
    GOOD,
    PERIODS,
    VIEW_STYLESHEET,
    WARN,
    PeriodSelector,
    ReviewDialog,
    RowsModel,
    button,
    fit_columns,
    labelled,
    review_table,
)

# -- the history table ------------------------------------------------------------
SORT_ROLE = Qt.UserRole
ID_ROLE = Qt.UserRole + 1


class HistoryModel(RowsModel):
    """Decisions from :meth:`Store.history`, one row each, text prepared once."""

    CONTEXT = "History"
    COLUMNS = (QT_TRANSLATE_NOOP("History", "Time"), QT_TRANSLATE_NOOP("History", "Entrance"),
               QT_TRANSLATE_NOOP("History", "Result"), QT_TRANSLATE_NOOP("History", "Reason / instruction"),
               QT_TRANSLATE_NOOP("History", "Canthus °C"), QT_TRANSLATE_NOOP("History", "Estimate °C"),
               QT_TRANSLATE_NOOP("History", "Alert"), QT_TRANSLATE_NOOP("History", "Actions taken"))
    NUMERIC = (4, 5)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
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
            instruction_text(d),
            fmt_c(d.get("canthus_c")),
            fmt_c(d.get("estimate_c")),
            alert_text(d.get("alert")),
            actions_summary(d.get("actions") or []) or DASH,
        )

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
                return result_tip("prealarm" if d.get("prealarm") else d["verdict"])
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
            return self.alignment(c)
        if role == Qt.ForegroundRole:
            if text == DASH:
                return QBrush(QColor(theme.MUTED))
            if c == 2:
                if d["verdict"] == Verdict.ELEVATED:
                    return QBrush(QColor(ELEVATED_FG))
                if d["verdict"] == Verdict.RETRY or d.get("prealarm"):
                    return QBrush(QColor(WARN))
                return QBrush(QColor(GOOD))
            if c == 6 and alert_is_open(d.get("alert")):
                return QBrush(QColor(theme.ALARM))
            return None
        if role == Qt.BackgroundRole and c == 2 and d["verdict"] == Verdict.ELEVATED:
            return QBrush(QColor(ELEVATED_BG))
        if role == Qt.FontRole and (c == 2 or (c == 6 and alert_is_open(d.get("alert")))):
            return self._bold
        return None


#: (key, text) of the result filter; "alerts" keeps the decisions that raised one, whatever their verdict.
RESULT_FILTERS = (("all", QT_TRANSLATE_NOOP("History", "All results")),
                  (Verdict.ELEVATED, QT_TRANSLATE_NOOP("History", "Elevated")),
                  (Verdict.NORMAL, QT_TRANSLATE_NOOP("History", "Normal")),
                  (Verdict.RETRY, QT_TRANSLATE_NOOP("History", "Retry (no result)")),
                  ("alerts", QT_TRANSLATE_NOOP("History", "Alerts only")))
_KEEP = object()
#: Counted texts (declared here so lupdate keeps their plural forms; translated with the count).
DECISIONS = QT_TRANSLATE_NOOP("History", "%n decisions", None, 1)
ELEVATED_COUNT = QT_TRANSLATE_NOOP("History", "%n elevated", None, 1)
ALERTS = QT_TRANSLATE_NOOP("History", "%n alerts", None, 1)
EXPORTED = QT_TRANSLATE_NOOP(
    "History", "Exported %n decisions to %1. The file holds personal data: keep it as the site's "
    "data-protection rules require.", None, 1)


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
        super().__init__(store, camera_names, parent, QCoreApplication.translate("History", "Screening history"),
                         clock=clock,
                         auto_refresh_ms=max(2000, auto_refresh_ms) if auto_refresh_ms else 0)
        self.ask_save_path: Callable[[], str | os.PathLike | None] = self._ask_save_path
        self.last_export: tuple[Path, int] | None = None

        bar = self.filter_bar()
        bar.addSpacing(16)
        self.result = QComboBox()
        for key, text in RESULT_FILTERS:
            self.result.addItem(QCoreApplication.translate("History", text), key)
        bar.addWidget(labelled(QCoreApplication.translate("History", "Re&sult"), self.result))
        bar.addWidget(self.result)
        bar.addStretch(1)
        self.root.addLayout(bar)

        self.model = HistoryModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = review_table(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.DescendingOrder)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.ElideRight)
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

        self.refresh_button = button(QCoreApplication.translate("History", "&Refresh"), self.refresh,
                                     tip=QCoreApplication.translate("History", "Reload from the event store (F5)"))
        self.export_button = button(
            QCoreApplication.translate("History", "E&xport CSV…"), self.export_csv, shortcut="Ctrl+E",
            tip=QCoreApplication.translate("History", "Write the rows shown (same filters) to a CSV file for the "
                                                      "DPO (Ctrl+E). It holds personal data."))
        self.close_row(self.refresh_button, self.export_button)

        self.entrance.currentIndexChanged.connect(self.refresh)
        self.result.currentIndexChanged.connect(self.refresh)
        self.period.changed.connect(self.refresh)
        self.table.selectionModel().selectionChanged.connect(self._show_details)
        self.fit_to_screen(1840, 1000)
        self.refresh()
        self.table.setFocus()

    def _size_columns(self) -> None:
        """Fit every column but the last to its widest usual content (every month's name and every
        result word: their lengths differ by language)."""
        fit_columns(self.table, [
            [fmt_time(datetime(2026, month, 28, 23, 59, 59), weekday=False) for month in range(1, 13)],
            [*self.camera_names],
            [result_text({"verdict": v, "prealarm": pre}) for v in Verdict for pre in (False, True)],
            [instruction_text({"verdict": Verdict.RETRY, "reason": "too_far"})],
            [fmt_c(38.88)],
            [fmt_c(38.88)],
            [alert_text({"closed_at": DASH, "outcome": "denied", "check_result": "fail"})],
        ], bold=(2,), first_extra=18)

    # -- filters ------------------------------------------------------------------
    def filters(self) -> dict:
        """The filters in force, as :meth:`Store.history` and :meth:`Store.export_csv` take them."""
        since, until = self.period.range()
        key = self.result.currentData()
        return {"camera": self.entrance.currentData(), "since": since, "until": until,
                "verdicts": [str(key)] if key in tuple(Verdict) else None}

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
        elevated = sum(1 for d in rows if d["verdict"] == Verdict.ELEVATED)
        text = " · ".join((QCoreApplication.translate("History", DECISIONS, None, len(rows)),
                           QCoreApplication.translate("History", ELEVATED_COUNT, None, elevated),
                           QCoreApplication.translate("History", ALERTS, None, alerts)))
        try:
            text += f"   ·   {retention_text(self.store.retention)}"
        except CanthusError:
            pass
        self.set_status(text)
        self.show_filters_in_subtitle()

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
            self.details.setText(QCoreApplication.translate(
                "History", "Select a row to see the decision, its alert and every action on it in full."))
            return
        readings = arg(QCoreApplication.translate(
            "History", "Canthus %1 °C  ·  estimate %2 °C  ·  limit %3 °C  ·  baseline %4 °C"),
                       fmt_c(d.get("canthus_c")), fmt_c(d.get("estimate_c")), fmt_c(d.get("limit_c"), 1),
                       fmt_c(d.get("baseline_c")))
        if not d.get("personal_kept", True):
            readings += "  ·  " + QCoreApplication.translate("History", "readings not kept (retention policy)")
        lines = [
            f"{fmt_time(d['t_wall'])}  ·  {d['camera']}  ·  {result_text(d)}  ·  {instruction_text(d, full=True)}",
            readings,
        ]
        al = d.get("alert")
        if al is not None:
            line = arg(QCoreApplication.translate("History", "Alert %1  ·  raised %2"), alert_text(al),
                       fmt_time(al.get("raised_at")))
            if al.get("closed_at"):
                line += "  ·  " + arg(QCoreApplication.translate("History", "closed %1 (%2)"),
                                      fmt_time(al["closed_at"]), alert_wait_text(al))
            lines.append(line)
        acts = d.get("actions") or []
        lines += [f"   {action_text(a)}" for a in acts] or [
            QCoreApplication.translate("History", "No action recorded on this decision.")]
        self.details.setText("\n".join(lines))

    # -- export ---------------------------------------------------------------------
    def _ask_save_path(self) -> str | None:
        default = f"canthus-history-{self.clock().astimezone():%Y-%m-%d-%H%M}.csv"
        path, _ = QFileDialog.getSaveFileName(self, QCoreApplication.translate("History", "Export the history as CSV"),
                                              default, QCoreApplication.translate("History", "CSV files (*.csv)"))
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
            self.set_status(arg(QCoreApplication.translate("History", "Export failed: %1"), e), problem=True)
            return None
        try:
            os.chmod(path, 0o600)  # health data: this user only, like the store itself
        except OSError:
            pass
        self.last_export = (path, n)
        self.set_status(arg(QCoreApplication.translate("History", EXPORTED, None, n), path))
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


#: The view's own names, then what moved to app.ui.formatting and app.ui.widgets and other modules
#: (re-calibration, older scripts) still import from here.
__all__ = [
    "HistoryModel", "HistoryView", "RESULT_FILTERS",
    "ACTION_LABELS", "BORDER", "DASH", "ENTRANCE_COLOURS", "GOOD", "PERIODS", "PeriodSelector", "ReviewDialog",
    "VIEW_STYLESHEET", "WARN", "action_text", "alert_text", "button", "fmt_c", "fmt_pct", "fmt_time", "to_local",
]
