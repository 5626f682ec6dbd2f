"""The headquarters window: every site, its entrances, the open alarms. Reads only :class:`HqModel`.

Refreshed by a timer on the GUI thread (four times a second): the broker's
thread only queues messages, the model is touched here alone, and the tables'
items are made once and their text updated in place.
"""

from __future__ import annotations

import time
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QColor, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import CanthusError
from app.hq.model import REPORTING, UNREACHABLE, HqModel
from app.render.theme import AMBER, GREEN, RED, TEXT, TEXT_DIM, state_style, state_text

SITE_COLUMNS = ["Site", "Status", "Last report", "Entrances", "Screened", "Normal", "Elevated", "Retry", "Alarms"]
ENTRANCE_COLUMNS = ["Site", "Entrance", "State", "Detail", "Last report"]
ALARM_COLUMNS = ["Time", "Site", "Entrance", "Rule", "Limit", "Estimate"]


def _rgb(c: tuple[int, int, int]) -> QColor:
    return QColor(*c)


def ago(t: float | None, now: float) -> str:
    if t is None:
        return "never"
    s = max(0.0, now - t)
    if s < 90:
        return f"{s:.0f} s ago"
    if s < 5400:
        return f"{s / 60:.0f} min ago"
    return datetime.fromtimestamp(t).strftime("%d %b %H:%M")


def _table(columns: list[str]) -> QTableWidget:
    t = QTableWidget(0, len(columns))
    t.setHorizontalHeaderLabels(columns)
    t.verticalHeader().setVisible(False)
    t.setEditTriggers(QAbstractItemView.NoEditTriggers)
    t.setSelectionBehavior(QAbstractItemView.SelectRows)
    # Not ResizeToContents: with it every setText measures the whole column again, and a refresh
    # of 240 entrances' "last report" took seconds (tests/bench/bench_hq.py); _fill sizes the
    # columns once, when a text outgrew its column or the rows changed.
    t.horizontalHeader().setSectionResizeMode(QHeaderView.Interactive)
    t.horizontalHeader().setStretchLastSection(True)
    return t


def _fill(table: QTableWidget, rows: list[list[str]], colours: list[list[QColor | None]]) -> None:
    """Set the table's cells to ``rows``, reusing the items already there."""
    resize = table.rowCount() != len(rows)
    if resize:
        table.setRowCount(len(rows))
    widths = getattr(table, "_text_widths", None)
    if widths is None or len(widths) != table.columnCount():
        widths = table._text_widths = [0] * table.columnCount()
    last = getattr(table, "_last_rows", None) or []
    for r, (row, cols) in enumerate(zip(rows, colours)):
        if not resize and r < len(last) and last[r] == (row, cols):
            continue  # as it was: no item touched (most rows, most refreshes)
        for c, text in enumerate(row):
            item = table.item(r, c)
            if item is None:
                item = QTableWidgetItem()
                table.setItem(r, c, item)
            if item.text() != text:
                item.setText(text)
                if len(text) > widths[c]:
                    widths[c], resize = len(text), True
            colour = cols[c] or _rgb(TEXT)
            if item.foreground().color() != colour:
                item.setForeground(colour)
    table._last_rows = list(zip(rows, colours))
    if resize:
        table.resizeColumnsToContents()


class HqWindow(QMainWindow):
    def __init__(self, model: HqModel, subscriber=None, *, refresh_ms: int = 250, broker: str = "") -> None:
        super().__init__()
        self.model = model
        self.subscriber = subscriber
        self.setWindowTitle(f"Canthus headquarters{' - ' + broker if broker else ''}")
        self.sites = _table(SITE_COLUMNS)
        self.entrances = _table(ENTRANCE_COLUMNS)
        self.alarms = _table(ALARM_COLUMNS)
        self.alarms_title = QLabel("Open alarms")
        self.alarms_title.setObjectName("problem")
        alarm_box = QWidget()
        lay = QVBoxLayout(alarm_box)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.alarms_title)
        lay.addWidget(self.alarms)
        site_box = QWidget()
        lay = QVBoxLayout(site_box)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(QLabel("Sites (counts: today)"))
        lay.addWidget(self.sites)
        entrance_box = QWidget()
        lay = QVBoxLayout(entrance_box)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(QLabel("Entrances"))
        lay.addWidget(self.entrances)
        split = QSplitter(Qt.Vertical)
        for box in (site_box, alarm_box, entrance_box):
            split.addWidget(box)
        split.setSizes([300, 260, 390])
        self.setCentralWidget(split)
        self.broker_label = QLabel("")
        self.counts_label = QLabel("")
        self.statusBar().addWidget(self.broker_label, 1)
        self.statusBar().addPermanentWidget(self.counts_label)
        menu = self.menuBar().addMenu("&File")
        export = QAction("Export audit anchors…", self)
        export.setEnabled(model.anchors is not None)
        export.triggered.connect(self._export_anchors)
        menu.addAction(export)
        quit_ = QAction("Quit", self)
        quit_.setShortcut(QKeySequence.Quit)
        quit_.triggered.connect(self.close)
        menu.addAction(quit_)
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.refresh)
        self._timer.start(refresh_ms)
        self.refresh()

    def refresh(self, now: float | None = None) -> None:
        if self.subscriber is not None:
            self.subscriber.drain(self.model)
        now = time.time() if now is None else now
        m = self.model
        alarms = m.open_alarms()
        open_by_site: dict[str, int] = {}
        for a in alarms:
            open_by_site[a.site] = open_by_site.get(a.site, 0) + 1
        rows, colours = [], []
        erows, ecolours = [], []
        for slug in sorted(m.sites):
            site = m.sites[slug]
            status, why = m.site_status(slug, now)
            c = m.today_counts(slug, now)
            colour = {REPORTING: _rgb(GREEN), UNREACHABLE: _rgb(RED)}.get(status, _rgb(AMBER))
            n_open = open_by_site.get(slug, 0)
            rows.append([slug, status, ago(site.last_report, now),
                         str(len(site.entrances)), str(c.screened), str(c.normal), str(c.elevated), str(c.retry),
                         str(n_open)])
            colours.append([None, colour, _rgb(TEXT_DIM), None, None, None, _rgb(RED) if c.elevated else None,
                            None, _rgb(RED) if n_open else None])
            for e in sorted(site.entrances.values(), key=lambda e: e.name.casefold()):
                dim = status == UNREACHABLE  # what it last said, not what it is now
                state_colour = _rgb(TEXT_DIM) if dim else (
                    _rgb(GREEN) if e.state == "live" else _rgb(state_style(e.state).colour))
                erows.append([slug, e.name, state_text(e.state) + (" (last known)" if dim else ""), e.detail,
                              ago(e.last_report, now)])
                ecolours.append([None, None, state_colour, _rgb(TEXT_DIM), _rgb(TEXT_DIM)])
        _fill(self.sites, rows, colours)
        for r, slug in enumerate(sorted(m.sites)):  # why, on hovering the status
            why = m.site_status(slug, now)[1]
            if self.sites.item(r, 1).toolTip() != why:
                self.sites.item(r, 1).setToolTip(why)
        _fill(self.entrances, erows, ecolours)
        arows = [[datetime.fromtimestamp(a.at).strftime("%H:%M:%S"), a.site, a.entrance_name, a.rule,
                  f"{a.limit_c:.1f} °C", "-" if a.estimate_c is None else f"{a.estimate_c:.1f} °C"] for a in alarms]
        _fill(self.alarms, arows, [[_rgb(RED)] + [None] * 5 for _ in arows])
        self.alarms_title.setText(f"Open alarms: {len(alarms)}" if alarms else "Open alarms: none")
        if self.subscriber is not None:
            self.broker_label.setText(self.subscriber.status)
        self.counts_label.setText(f"{m.received} messages, {m.rejected} refused"
                                  + (f" (last: {m.last_problem[:80]})" if m.rejected else ""))

    def _export_anchors(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, "Export audit anchors", "canthus-anchors.jsonl",
                                              "JSON lines (*.jsonl)")
        if not path:
            return
        try:
            n = self.model.anchors.export(Path(path))
        except CanthusError as e:
            QMessageBox.warning(self, "Export audit anchors", str(e))
            return
        self.statusBar().showMessage(f"{n} audit anchors written to {path}", 10_000)

    def closeEvent(self, event) -> None:
        self._timer.stop()
        if self.subscriber is not None:
            self.subscriber.stop()
        super().closeEvent(event)
