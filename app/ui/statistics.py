"""Screening statistics for a period: how many people, what results, how
alerts ended, what guards overrode, and how the temperatures and the
relative rule's baseline looked.

Counts come from the store's hourly aggregates (kept for ever, no personal
data); the temperature histogram and the baseline come from the decision
rows the retention policy still keeps, and say so when it keeps none. The
window's texts are translated in context "Statistics".
"""

from __future__ import annotations

from collections import Counter
from datetime import datetime, timezone
from typing import Callable

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import CanthusError
from app.core.vocabulary import DEFAULT_LIMIT_C, OVERRIDE_REASONS, Verdict
from app.render.words import override_reason_text, reason_text
from app.translations import QT_TRANSLATE_NOOP, arg
from app.ui import theme
from app.ui.formatting import (
    DASH,
    SHORT_OVERRIDE_REASONS,
    fmt_c,
    fmt_celsius,
    fmt_hours,
    fmt_number,
    fmt_pct,
    metric_label,
    parse_store_time,
)
from app.ui.widgets import (
    BORDER,
    ENTRANCE_COLOURS,
    WARN,
    ReviewDialog,
    button,
    font,
    placeholder,
    plot_title,
    styled_plot,
)

UTC = timezone.utc
BIN_C = 0.1  # histogram bin width (°C)


def hour_start(key: str) -> datetime:
    """The start of a store hour bucket (``YYYY-MM-DDTHH``, UTC)."""
    return datetime.strptime(key, "%Y-%m-%dT%H").replace(tzinfo=UTC)


class Card(QFrame):
    """One summary number, large, with its caption and a short note."""

    def __init__(self, caption: str, tip: str = "") -> None:
        super().__init__()
        self.setObjectName("card")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(18, 10, 18, 12)
        lay.setSpacing(2)
        self.caption = QLabel(caption.upper())
        self.caption.setObjectName("cardCaption")
        self.value = QLabel(DASH)
        self.value.setObjectName("cardValue")
        self.note = QLabel(" ")
        self.note.setObjectName("cardNote")
        for w in (self.caption, self.value, self.note):
            lay.addWidget(w)
        if tip:
            self.setToolTip(tip)

    def set(self, value: int, note: str = "", colour: str | None = None) -> None:
        self.value.setText(fmt_number(value))
        self.value.setStyleSheet(f"color: {colour};" if colour else "")
        self.note.setText(note or " ")


#: (key, caption, tooltip) of the summary cards, texts in context "Statistics".
CARDS = (
    ("screened", QT_TRANSLATE_NOOP("Statistics", "Screened"),
     QT_TRANSLATE_NOOP("Statistics", "People who stood in front of a camera (every decision, result or not).")),
    ("elevated", QT_TRANSLATE_NOOP("Statistics", "Elevated"),
     QT_TRANSLATE_NOOP("Statistics", "Results at or over the alarm level.")),
    ("retries", QT_TRANSLATE_NOOP("Statistics", "Retries"),
     QT_TRANSLATE_NOOP("Statistics", "Non-results: the person was asked to do something and screen again.")),
    ("alerts", QT_TRANSLATE_NOOP("Statistics", "Alerts"),
     QT_TRANSLATE_NOOP("Statistics", "Alerts raised for the guards.")),
    ("false_alarms", QT_TRANSLATE_NOOP("Statistics", "False alarms"),
     QT_TRANSLATE_NOOP("Statistics", "Alerts a guard closed as a false alarm.")),
    ("overrides", QT_TRANSLATE_NOOP("Statistics", "Overrides"),
     QT_TRANSLATE_NOOP("Statistics", "Entry allowed despite an alert.")),
)
#: Counted texts (declared so lupdate keeps their plural forms; translated with the count).
RESULTS = QT_TRANSLATE_NOOP("Statistics", "%n results", None, 1)
ESCALATED = QT_TRANSLATE_NOOP("Statistics", "%n escalated", None, 1)
FEVER_CONFIRMED = QT_TRANSLATE_NOOP("Statistics", "%n fever confirmed", None, 1)
PEOPLE_SCREENED = QT_TRANSLATE_NOOP("Statistics", "%n people screened", None, 1)
IN_HISTOGRAM = QT_TRANSLATE_NOOP("Statistics", "%n stored results in the histogram", None, 1)
NOT_IN_USE = QT_TRANSLATE_NOOP("Statistics", "Relative rule not in use")


class StatisticsView(ReviewDialog):
    """Screening statistics for one entrance or all, over a period.

    ``StatisticsView(store, camera_names, parent=None, *, limit_c=DEFAULT_LIMIT_C,
    clock=None, auto_refresh_ms=5000)``. Summary numbers (screened, elevated,
    retries, alerts, false alarms, overrides) and five pyqtgraph plots on a
    dark background: the oral-equivalent estimate histogram per entrance
    (0.1 °C bins, from the decision rows the retention policy keeps) with the
    limit as a red vertical line and the alarm level dashed; people screened
    per hour; the alert rate per hour (alerts raised / people screened);
    overrides by reason code and operator actions by type; and the running
    baseline of the relative rule over time where decisions carry one (else
    a note that the relative rule is not in use). Counts are hourly, so a
    period is rounded to whole hours. F5 refreshes; while visible it reloads
    when the store changed. Non-modal: use ``show()``.
    """

    def __init__(self, store, camera_names: list[str], parent: QWidget | None = None, *,
                 limit_c: float = DEFAULT_LIMIT_C,
                 clock: Callable[[], datetime] | None = None, auto_refresh_ms: int = 5000) -> None:
        super().__init__(store, camera_names, parent, QCoreApplication.translate("Statistics", "Screening statistics"),
                         clock=clock, auto_refresh_ms=auto_refresh_ms)
        self.limit_c = float(limit_c)
        self.histograms: dict[str, tuple[np.ndarray, np.ndarray]] = {}
        self.people_per_hour: dict[str, int] = {}
        self.alert_rate_per_hour: dict[str, float] = {}
        self.action_counts: dict[str, int] = {}
        self.baselines: dict[str, tuple[np.ndarray, np.ndarray]] = {}
        self.summary: dict[str, int] = {}
        self.alarm_level_c: float | None = None
        self.baseline_note = ""

        bar = self.filter_bar()
        bar.addStretch(1)
        self.refresh_button = button(QCoreApplication.translate("Statistics", "&Refresh"), self.refresh,
                                     tip=QCoreApplication.translate("Statistics", "Reload from the event store (F5)"))
        bar.addWidget(self.refresh_button)
        self.root.addLayout(bar)

        cards = QHBoxLayout()
        cards.setSpacing(12)
        self.cards: dict[str, Card] = {}
        for key, caption, tip in CARDS:
            self.cards[key] = Card(QCoreApplication.translate("Statistics", caption),
                                   QCoreApplication.translate("Statistics", tip))
            cards.addWidget(self.cards[key], 1)
        self.root.addLayout(cards)

        grid = QGridLayout()
        grid.setSpacing(12)
        people = QCoreApplication.translate("Statistics", "people")
        self.hist_plot = styled_plot(QCoreApplication.translate("Statistics", "Oral-equivalent estimate"), people,
                                     "°C")
        self.hourly_plot = styled_plot(QCoreApplication.translate("Statistics", "People screened per hour"), people,
                                       date_axis=True)
        self.rate_plot = styled_plot(QCoreApplication.translate("Statistics", "Alert rate per hour"),
                                     QCoreApplication.translate("Statistics", "% of people screened"), date_axis=True)
        self.actions_plot = styled_plot(QCoreApplication.translate("Statistics", "Overrides and actions"), "")
        codes = "\n".join(f"  {QCoreApplication.translate('ShortOverrideReason', SHORT_OVERRIDE_REASONS[code])}: "
                          f"{override_reason_text(code)}" for code in OVERRIDE_REASONS)
        self.actions_plot.setToolTip(arg(QCoreApplication.translate(
            "Statistics", "Overrides (amber): entry allowed despite an alert, by reason code.\n"
            "Actions (blue): the guards' button presses, by type.\n\nReason codes:\n%1"), codes))
        self.baseline_plot = styled_plot(QCoreApplication.translate("Statistics", "Relative rule baseline"),
                                         QCoreApplication.translate("Statistics", "canthus °C"), date_axis=True)
        self.hist_plot.getPlotItem().addLegend(offset=(-12, 10), labelTextColor=theme.TEXT, labelTextSize="13pt",
                                               brush=pg.mkBrush(22, 27, 34, 220), pen=pg.mkPen(BORDER))
        legend = self.baseline_plot.getPlotItem().addLegend(offset=(10, 6), labelTextColor=theme.TEXT,
                                                            labelTextSize="12pt", brush=pg.mkBrush(22, 27, 34, 220),
                                                            pen=pg.mkPen(BORDER))
        legend.setColumnCount(2)
        grid.addWidget(self.hist_plot, 0, 0, 1, 2)
        grid.addWidget(self.hourly_plot, 0, 2)
        grid.addWidget(self.rate_plot, 1, 0)
        grid.addWidget(self.actions_plot, 1, 1)
        grid.addWidget(self.baseline_plot, 1, 2)
        for c in range(3):
            grid.setColumnStretch(c, 1)
        for r in range(2):
            grid.setRowStretch(r, 1)
        self.root.addLayout(grid, 1)

        self.limit_line = pg.InfiniteLine(
            pos=self.limit_c, angle=90, pen=pg.mkPen(theme.ALARM, width=3),
            label=arg(QCoreApplication.translate("Statistics", "limit %1"), fmt_celsius(self.limit_c, 1)),
            labelOpts={"position": 0.92, "color": theme.ALARM, "anchors": [(0, 0.5), (0, 0.5)]})
        self.limit_line.label.setFont(font(14, bold=True))
        self.level_line = pg.InfiniteLine(
            angle=90, pen=pg.mkPen(WARN, width=2, style=Qt.DashLine),
            label=QCoreApplication.translate("Statistics", "alarm level"),
            labelOpts={"position": 0.80, "color": WARN, "anchors": [(1, 0.5), (1, 0.5)]})
        self.level_line.label.setFont(font(13))

        self.notes = QLabel()
        self.notes.setObjectName("muted")
        self.notes.setWordWrap(True)
        self.root.addWidget(self.notes)
        self.close_row()

        self.entrance.currentIndexChanged.connect(self.refresh)
        self.period.changed.connect(self.refresh)
        self.fit_to_screen(1840, 1000)
        self.refresh()

    # -- colours ---------------------------------------------------------------
    def colour_of(self, camera: str) -> str:
        names = self.camera_names
        i = names.index(camera) if camera in names else len(names) + sum(camera.encode()) % 7
        return ENTRANCE_COLOURS[i % len(ENTRANCE_COLOURS)]

    # -- loading -----------------------------------------------------------------
    def refresh(self) -> None:
        sig = self.change_signature()
        camera = self.entrance.currentData()
        since, until = self.period.range()
        try:
            counts = self.store.counts(camera=camera, since=since, until=until)
            hourly = self.store.counts(camera=camera, since=since, until=until, by="hour")
            rows = self.store.history(camera=camera, since=since, until=until,
                                      verdicts=[str(Verdict.NORMAL), str(Verdict.ELEVATED)])
            policy = self.store.retention
        except CanthusError as e:
            self.set_status(str(e), problem=True)
            self.mark_refreshed(sig)
            return
        end = until or self.clock().astimezone(UTC)
        self._summary(counts)
        self._histogram(rows)
        self._hourly(hourly, since, end)
        self._actions(counts)
        self._baseline(rows)
        notes = [QCoreApplication.translate("Statistics",
                                            "Counts are kept per hour, so the period is rounded to whole hours.")]
        if policy.mode == "none":
            notes.append(QCoreApplication.translate(
                "Statistics",
                "Retention 'none': no temperatures are stored, so the histogram and baseline stay empty."))
        elif policy.mode == "alarms":
            notes.append(QCoreApplication.translate(
                "Statistics", "Retention 'alarms': only elevated results are stored, so the histogram shows those "
                              "alone."))
        notes.append(arg(QCoreApplication.translate(
            "Statistics", "Temperatures from the %1 h of decisions the retention policy keeps."),
            fmt_hours(policy.hours)))
        self.notes.setText("  ".join(notes))
        self.show_filters_in_subtitle()
        self.set_status(" · ".join((
            QCoreApplication.translate("Statistics", PEOPLE_SCREENED, None, self.summary["screened"]),
            QCoreApplication.translate("Statistics", IN_HISTOGRAM, None, len(rows)))))
        self.mark_refreshed(sig)

    def _summary(self, counts: dict) -> None:
        screened = counts.get("screened", 0)
        elevated = counts.get("verdict:elevated", 0)
        normal = counts.get("verdict:normal", 0)
        retries = counts.get("verdict:retry", 0)
        alerts = counts.get("alert:raised", 0)
        false_alarms = counts.get("alert:outcome:false_alarm", 0)
        overrides = sum(n for m, n in counts.items() if m.startswith("override:"))
        self.summary = {"screened": screened, "elevated": elevated, "retries": retries, "alerts": alerts,
                        "false_alarms": false_alarms, "overrides": overrides}
        results = elevated + normal
        top_retry = Counter({m.split(":", 1)[1]: n for m, n in counts.items() if m.startswith("retry:")}).most_common(1)
        c = self.cards
        of_alerts = QCoreApplication.translate("Statistics", "%1 of alerts")
        c["screened"].set(screened, QCoreApplication.translate("Statistics", RESULTS, None, results))
        c["elevated"].set(elevated, arg(QCoreApplication.translate("Statistics", "%1 of results"),
                                        fmt_pct(elevated / results if results else None, 1)),
                          theme.ALARM if elevated else None)
        retry_note = arg(QCoreApplication.translate("Statistics", "%1 of screened"),
                         fmt_pct(retries / screened if screened else None))
        if top_retry:
            code = top_retry[0][0]
            retry_note += " · " + arg(QCoreApplication.translate("Statistics", "most: %1"),
                                      reason_text(code, code.replace("_", " ")))
        c["retries"].set(retries, retry_note, WARN if retries else None)
        c["alerts"].set(alerts, QCoreApplication.translate("Statistics", ESCALATED, None,
                                                           counts.get("alert:escalated", 0)))
        c["false_alarms"].set(false_alarms, arg(of_alerts, fmt_pct(false_alarms / alerts if alerts else None))
                              + " · " + QCoreApplication.translate("Statistics", FEVER_CONFIRMED, None,
                                                                   counts.get("check:fail", 0)))
        c["overrides"].set(overrides, arg(of_alerts, fmt_pct(overrides / alerts if alerts else None)))

    def _histogram(self, rows: list[dict]) -> None:
        p = self.hist_plot.getPlotItem()
        p.clear()
        self.histograms = {}
        by_camera: dict[str, list[float]] = {}
        levels = Counter()
        for d in rows:
            if d.get("estimate_c") is None:
                continue
            by_camera.setdefault(d["camera"], []).append(float(d["estimate_c"]))
            if d.get("rule") == "absolute" and d.get("alarm_level_c") is not None:
                levels[round(d["alarm_level_c"], 2)] += 1
        self.alarm_level_c = levels.most_common(1)[0][0] if levels else None
        if not by_camera:
            placeholder(self.hist_plot,
                        QCoreApplication.translate("Statistics", "No stored temperatures in this period"))
            return
        values = np.concatenate([np.asarray(v) for v in by_camera.values()])
        lo = min(np.floor(values.min() * 10) / 10, self.limit_c - 2.0)
        hi = max(np.ceil(values.max() * 10) / 10 + BIN_C, self.limit_c + 0.8)
        edges = np.round(np.arange(lo, hi + BIN_C / 2, BIN_C), 2)
        order = [n for n in self.camera_names if n in by_camera] + sorted(set(by_camera) - set(self.camera_names))
        centres = (edges[:-1] + edges[1:]) / 2
        stacked = np.zeros(centres.size)
        for cam in order:  # stacked bars: the total distribution, each entrance's share in its colour
            counts, _ = np.histogram(by_camera[cam], bins=edges)
            self.histograms[cam] = (edges, counts)
            p.addItem(pg.BarGraphItem(x=centres, y0=stacked.copy(), height=counts, width=BIN_C * 0.86,
                                      brush=pg.mkBrush(self.colour_of(cam)), pen=pg.mkPen(None),
                                      name=f"{cam} ({counts.sum()})"))
            stacked += counts
        p.addItem(self.limit_line)
        if self.alarm_level_c is not None and abs(self.alarm_level_c - self.limit_c) > 1e-6:
            self.level_line.setValue(self.alarm_level_c)
            self.level_line.label.setFormat(arg(QCoreApplication.translate("Statistics", "alarm %1"),
                                                fmt_c(self.alarm_level_c, 2)))
            p.addItem(self.level_line)
        p.enableAutoRange()
        p.setXRange(edges[0], edges[-1], padding=0.01)
        p.setYRange(0, stacked.max() * 1.2 + 1, padding=0)

    def _hourly(self, hourly: dict, since: datetime, end: datetime) -> None:
        self.people_per_hour = {h: m.get("screened", 0) for h, m in sorted(hourly.items()) if m.get("screened")}
        self.alert_rate_per_hour = {h: hourly[h].get("alert:raised", 0) / n for h, n in self.people_per_hour.items()}
        x0 = hour_start(since.astimezone(UTC).strftime("%Y-%m-%dT%H")).timestamp()
        x1 = end.timestamp()
        for plot, data, colour, scale, empty in (
            (self.hourly_plot, self.people_per_hour, theme.ACCENT, 1.0,
             QCoreApplication.translate("Statistics", "Nobody screened in this period")),
            (self.rate_plot, self.alert_rate_per_hour, WARN, 100.0,
             QCoreApplication.translate("Statistics", "No alert rate: nobody screened")),
        ):
            p = plot.getPlotItem()
            p.clear()
            if not data:
                placeholder(plot, empty)
                continue
            xs = np.array([hour_start(h).timestamp() + 1800 for h in data])
            ys = np.array([v * scale for v in data.values()], dtype=float)
            p.addItem(pg.BarGraphItem(x=xs, height=ys, width=3600 * 0.8, brush=pg.mkBrush(colour),
                                      pen=pg.mkPen(None)))
            p.setXRange(x0, max(x1, xs.max() + 1800), padding=0.02)
            p.setYRange(0, max(ys.max() * 1.15, 1.0), padding=0)
        total = sum(self.people_per_hour.values())
        raised = sum(hourly[h].get("alert:raised", 0) for h in self.people_per_hour)
        plot_title(self.hourly_plot, arg(
            QCoreApplication.translate("Statistics", "People screened per hour (%1 in all)"), fmt_number(total)))
        rate = fmt_pct(raised / total if total else None, 1)
        plot_title(self.rate_plot,
                   arg(QCoreApplication.translate("Statistics", "Alert rate per hour (%1 overall)"), rate))

    def _actions(self, counts: dict) -> None:
        p = self.actions_plot.getPlotItem()
        p.clear()
        overrides = sorted(((m, n) for m, n in counts.items() if m.startswith("override:") and n),
                           key=lambda mn: -mn[1])
        actions = sorted(((m, n) for m, n in counts.items() if m.startswith("action:") and n), key=lambda mn: -mn[1])
        items = overrides + actions
        self.action_counts = dict(items)
        left = p.getAxis("left")
        if not items:
            left.setTicks(None)
            placeholder(self.actions_plot,
                        QCoreApplication.translate("Statistics", "No operator actions in this period"))
            return
        ys = np.arange(len(items), dtype=float)
        ns = np.array([n for _, n in items], dtype=float)
        brushes = [pg.mkBrush(WARN if m.startswith("override:") else theme.ACCENT) for m, _ in items]
        p.addItem(pg.BarGraphItem(x0=np.zeros_like(ns), y=ys, height=0.62, width=ns, brushes=brushes,
                                  pen=pg.mkPen(None)))
        for y, n in zip(ys, ns):
            t = pg.TextItem(f" {int(n)}", color=theme.TEXT, anchor=(0, 0.5))
            t.setFont(font(13, bold=True))
            t.setPos(n, y)
            p.addItem(t)
        left.setTicks([[(float(y), metric_label(m)) for y, (m, _) in zip(ys, items)]])
        p.invertY(True)
        p.setYRange(-0.6, len(items) - 0.4, padding=0)
        p.setXRange(0, ns.max() * 1.2 + 0.5, padding=0)
        p.getAxis("bottom").setLabel(QCoreApplication.translate("Statistics", "times"), color=theme.MUTED,
                                     **{"font-size": "13pt"})

    def _baseline(self, rows: list[dict]) -> None:
        p = self.baseline_plot.getPlotItem()
        p.clear()
        self.baselines = {}
        pts: dict[str, list[tuple[float, float]]] = {}
        relative = False
        for d in rows:
            if d.get("baseline_c") is None:
                continue
            t = parse_store_time(d["t_wall"]).timestamp()
            pts.setdefault(d["camera"], []).append((t, float(d["baseline_c"])))
            relative |= (d.get("rule") == "relative")
        if not pts:
            self.baseline_note = QCoreApplication.translate("Statistics", NOT_IN_USE)
            plot_title(self.baseline_plot, QCoreApplication.translate("Statistics", "Relative rule baseline"))
            placeholder(self.baseline_plot, self.baseline_note)
            return
        self.baseline_note = ("" if relative else QCoreApplication.translate(
            "Statistics", "Relative rule not in use: the absolute rule decided; baseline tracked only"))
        plot_title(self.baseline_plot, QCoreApplication.translate("Statistics", "Relative rule baseline") if relative
                   else QCoreApplication.translate("Statistics", "Relative rule baseline (rule not in use)"))
        for cam in [n for n in self.camera_names if n in pts] + sorted(set(pts) - set(self.camera_names)):
            arr = np.array(pts[cam])
            self.baselines[cam] = (arr[:, 0], arr[:, 1])
            colour = self.colour_of(cam)
            p.addItem(pg.PlotDataItem(arr[:, 0], arr[:, 1], pen=pg.mkPen(colour, width=2.5), symbol="o",
                                      symbolSize=7, symbolBrush=pg.mkBrush(colour), symbolPen=None, name=cam))
        p.enableAutoRange()
        ys = np.concatenate([b[1] for b in self.baselines.values()])
        lo, hi = float(ys.min()) - 0.2, float(ys.max()) + 0.2
        p.setYRange(lo, hi + 0.22 * (hi - lo) * (1 + len(self.baselines) // 2), padding=0)  # room for the legend


#: ``styled_plot``, ``placeholder`` and ``metric_label`` moved to app.ui.widgets and app.ui.formatting;
#: they are still importable from here.
__all__ = ["StatisticsView", "metric_label", "placeholder", "styled_plot"]
