"""Re-calibration from the site's own secondary checks.

Each guard's thermometer check on a stored decision leaves a *pair*: the
camera's canthus reading and the clinical thermometer's. This window shows
how the model in use does on those pairs, fits a new one with the same
procedure as ``canthus calibrate --fit`` (:func:`app.core.calibration.fit_details`:
constant offset, alarm margin cross-validated to the target sensitivity) and
lets a supervisor adopt it with the supervisor PIN. The console applies and
audits the change through the ``adopt`` callback.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QWidget,
)

from app.core.calibration import DEFAULT_REPEATS, Fit, estimates, fit_details, score_model
from app.core.errors import CanthusError
from app.core.oral import ForeheadOralModel, Model, OralModel
from app.store.pin import PinLockedOut, duration_text
from app.translations import QT_TRANSLATE_NOOP, arg, current_language, date_time
from app.ui import theme
from app.ui.console_dialogs import setting_word
from app.ui.formatting import DASH, fmt_c, fmt_celsius, fmt_pct, fmt_time, to_local
from app.ui.widgets import (
    BORDER,
    GOOD,
    WARN,
    ReviewDialog,
    RowsModel,
    button,
    fit_columns,
    font,
    placeholder,
    review_table,
    styled_plot,
)

#: Below these, a fitted margin means little: adoption stays disabled.
MIN_PAIRS = 20
MIN_POSITIVES = 3
MIN_NEGATIVES = 3

BIAS_NOTE = QT_TRANSLATE_NOOP(
    "Recalibration",
    "Pairs come from secondary checks, and those mostly follow alarms: people the camera passed are rarely "
    "checked, so missed fevers hardly appear here and the sensitivity shown is optimistic. Checking some "
    "people who passed, too, makes the pairs representative."
)
#: Counted texts (declared so lupdate keeps their plural forms; translated with the count).
TOO_FEW = QT_TRANSLATE_NOOP(
    "Recalibration",
    "Too few pairs to fit a model: %n pairs (%1 needed), %2 at or over %3 (%4 needed) and %5 under it "
    "(%6 needed). Adoption is disabled until more secondary checks are recorded.", None, 1)
SUBTITLE = QT_TRANSLATE_NOOP("Recalibration", "limit %1 · %n pairs · target sensitivity %2", None, 1)


def _same_model(a: Model, b: Model) -> bool:
    if isinstance(a, ForeheadOralModel) or isinstance(b, ForeheadOralModel):
        return a == b
    return all(abs(getattr(a, k) - getattr(b, k)) < 1e-9
               for k in ("offset_c", "slope", "alarm_margin_c", "prealarm_band_c", "target_sensitivity"))


def _signed(v: float, places: int = 2) -> str:
    """``+0.25``, ``−0,30``: a change or an error with its sign (a true minus), never ``-0.00``."""
    v = round(v, places) + 0.0
    return ("−" if v < 0 else "+") + fmt_c(abs(v), places)


def model_text(m: Model, *, long: bool = False) -> str:
    """The estimate formula in words: ``canthus + 1.31 °C`` or ``1.020 × canthus + 0.55 °C``; the
    shipped forehead model: ``canthus, forehead, room`` (``long``: and what it falls back to)."""
    if isinstance(m, ForeheadOralModel):
        if not long:
            return QCoreApplication.translate("Recalibration", "canthus, forehead, room")
        return arg(QCoreApplication.translate(
            "Recalibration", "canthus, forehead and room temperature (FDA fit); without a usable forehead: %1"),
            model_text(m.fallback))
    canthus = QCoreApplication.translate("Recalibration", "canthus")
    head = canthus if abs(m.slope - 1.0) < 1e-9 else f"{fmt_c(m.slope, 3)} × {canthus}"
    sign = "+" if m.offset_c >= 0 else "−"
    return f"{head} {sign} {fmt_celsius(abs(m.offset_c), 2)}"


def _ci(ci) -> str:
    return "" if not ci else f"  ({100 * ci[0]:.0f}–{100 * ci[1]:.0f} %)"


class PairsModel(RowsModel):
    """Calibration pairs (newest first): time, entrance, canthus, estimate then, thermometer."""

    CONTEXT = "Recalibration"
    COLUMNS = (QT_TRANSLATE_NOOP("Recalibration", "Time"), QT_TRANSLATE_NOOP("Recalibration", "Entrance"),
               QT_TRANSLATE_NOOP("Recalibration", "Canthus °C"), QT_TRANSLATE_NOOP("Recalibration", "Estimate °C"),
               QT_TRANSLATE_NOOP("Recalibration", "Thermometer °C"))
    NUMERIC = (2, 3, 4)

    def __init__(self, limit_c: float, parent=None) -> None:
        super().__init__(parent)
        self.limit_c = limit_c

    def set_pairs(self, pairs: list[dict]) -> None:
        self.beginResetModel()
        self._rows = sorted(pairs, key=lambda p: (p["at"], p["id"]), reverse=True)
        self.endResetModel()

    def data(self, index: QModelIndex, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        p = self._rows[index.row()]
        c = index.column()
        positive = c == 4 and p["reference_c"] is not None and p["reference_c"] >= self.limit_c
        if role == Qt.DisplayRole:
            return (fmt_time(p["at"], seconds=False), p["camera"], fmt_c(p["canthus_c"]), fmt_c(p["estimate_c"]),
                    fmt_c(p["reference_c"], 1))[c]
        if role == Qt.TextAlignmentRole:
            return self.alignment(c)
        if role == Qt.ForegroundRole:
            if positive:
                return QBrush(QColor(theme.ALARM))
            if c == 3 and p["estimate_c"] is None:
                return QBrush(QColor(theme.MUTED))
        if role == Qt.ToolTipRole and positive:
            return arg(QCoreApplication.translate("Recalibration", "At or over the limit (%1): a positive"),
                       fmt_celsius(self.limit_c, 1))
        return None


class RecalibrationView(ReviewDialog):
    """Score the model in use on the site's secondary-check pairs, fit a new
    one and let a supervisor adopt it.

    ``RecalibrationView(store, camera_names, parent=None, *, current_model,
    limit_c, check_pin, adopt, who, repeats=DEFAULT_REPEATS, clock=None)``.
    Lists :meth:`Store.calibration_pairs` (time, entrance, canthus, estimate
    at the time, thermometer) and shows, side by side, the current model's
    scores on them (:func:`score_model`: n, positives = thermometer at or
    over ``limit_c``, AUC, sensitivity and specificity with 95 % intervals,
    mean error), the model fitted on them (:func:`fit_details` with the
    current target sensitivity and pre-alarm band) with its in-sample and
    cross-validated scores, and a scatter plot of canthus against
    thermometer with both models' lines and the limit. The current model's
    provenance is shown below.

    Adoption needs at least :data:`MIN_PAIRS` pairs, :data:`MIN_POSITIVES`
    at or over the limit and :data:`MIN_NEGATIVES` under it; otherwise the
    window says so and the button stays disabled. "Adopt fitted model…"
    asks for the supervisor PIN (``self.ask_pin``: a callable returning the
    PIN or None, replaceable in tests), checks it with ``check_pin(pin)``,
    refuses with a message if it is wrong, and otherwise calls
    ``adopt(model, who())``. Wrong PINs count in the store (its lock-out holds
    here as on every other path: :meth:`Store.check_supervisor_pin`), and
    while PIN checks are locked no PIN is asked; the console
    applies the model and audits the change. An empty ``who()`` (nobody
    signed on) is refused before the PIN is asked. F5 refreshes. Non-modal.
    """

    def __init__(self, store, camera_names: list[str], parent: QWidget | None = None, *,
                 current_model: OralModel, limit_c: float, check_pin: Callable[[str], bool],
                 adopt: Callable[[OralModel, str], None], who: Callable[[], str],
                 repeats: int = DEFAULT_REPEATS, clock: Callable[[], datetime] | None = None,
                 supervisor: Callable[..., str | None] | None = None) -> None:
        super().__init__(store, camera_names, parent,
                         QCoreApplication.translate("Recalibration", "Re-calibration from secondary checks"),
                         clock=clock)
        self.current_model = current_model
        self.limit_c = float(limit_c)
        self.check_pin = check_pin
        self.adopt_callback = adopt
        self.who = who
        #: the console's one supervisor flow (name and PIN asked first, the store's check): when
        #: given, adoption goes through it and is recorded under the name it returns
        self.supervisor = supervisor
        self.repeats = int(repeats)
        self.ask_pin: Callable[[], str | None] = self._ask_pin
        self.pairs: list[dict] = []
        self.current_scores: dict | None = None
        self.fit: Fit | None = None
        self.fitted_model: OralModel | None = None
        self.fitted_scores: dict | None = None
        self.fit_problem: str | None = None
        self.adoptions = 0

        top = QHBoxLayout()
        top.setSpacing(12)
        self.pairs_model = PairsModel(self.limit_c, self)
        self.table = review_table(self.pairs_model, row_height=40)
        fit_columns(self.table, [
            [fmt_time(datetime(2026, month, 28, 23, 59), seconds=False) for month in range(1, 13)],
            [*self.camera_names], [fmt_c(38.88)], [fmt_c(38.88)]])
        self.table.setMinimumWidth(860)
        top.addWidget(self.table, 5)
        self.plot = styled_plot(QCoreApplication.translate("Recalibration", "Canthus against thermometer"),
                                QCoreApplication.translate("Recalibration", "thermometer °C"),
                                QCoreApplication.translate("Recalibration", "canthus (camera) °C"))
        self.plot.getPlotItem().showGrid(x=True, y=True, alpha=0.16)
        self.plot.getPlotItem().addLegend(offset=(12, 10), labelTextColor=theme.TEXT, labelTextSize="13pt",
                                          brush=pg.mkBrush(22, 27, 34, 220), pen=pg.mkPen(BORDER))
        top.addWidget(self.plot, 6)
        self.root.addLayout(top, 1)

        self.scores_frame = QFrame()
        self.scores_frame.setObjectName("card")
        self.grid = QGridLayout(self.scores_frame)
        self.grid.setContentsMargins(18, 12, 18, 12)
        self.grid.setHorizontalSpacing(36)
        self.grid.setVerticalSpacing(4)
        self.root.addWidget(self.scores_frame)
        self._cells: dict[tuple[str, int], QLabel] = {}
        self._build_grid()

        self.verdict = QLabel()
        self.verdict.setWordWrap(True)
        self.root.addWidget(self.verdict)
        self.bias = QLabel(QCoreApplication.translate("Recalibration", BIAS_NOTE))
        self.bias.setObjectName("muted")
        self.bias.setWordWrap(True)
        self.root.addWidget(self.bias)
        self.provenance = QLabel()
        self.provenance.setObjectName("muted")
        self.provenance.setWordWrap(True)
        self.provenance.setTextInteractionFlags(Qt.TextSelectableByMouse | Qt.TextSelectableByKeyboard)
        self.root.addWidget(self.provenance)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setVisible(False)
        self.root.addWidget(self.message)

        self.refresh_button = button(QCoreApplication.translate("Recalibration", "&Refresh"), self.refresh,
                                     tip=QCoreApplication.translate("Recalibration",
                                                                    "Reload the pairs and fit again (F5)"))
        self.adopt_button = button(
            QCoreApplication.translate("Recalibration", "&Adopt fitted model…"), self.adopt, primary=True,
            tip=QCoreApplication.translate("Recalibration", "Put the fitted model in use (supervisor PIN; audited)"))
        self.close_row(self.refresh_button, self.adopt_button)
        self.fit_to_screen(1840, 1040)
        self.refresh()
        self.table.setFocus()

    # -- the scores table ---------------------------------------------------------
    ROWS = (("formula", QT_TRANSLATE_NOOP("Recalibration", "Oral estimate")),
            ("level", QT_TRANSLATE_NOOP("Recalibration", "Alarm level")),
            ("n", QT_TRANSLATE_NOOP("Recalibration", "Pairs")),
            ("positives", QT_TRANSLATE_NOOP("Recalibration", "Thermometer at or over the limit")),
            ("auc", QT_TRANSLATE_NOOP("Recalibration", "AUC")),
            ("sensitivity", QT_TRANSLATE_NOOP("Recalibration", "Sensitivity")),
            ("specificity", QT_TRANSLATE_NOOP("Recalibration", "Specificity")),
            ("error", QT_TRANSLATE_NOOP("Recalibration", "Estimate − thermometer")))
    HEADS = ("", QT_TRANSLATE_NOOP("Recalibration", "Current model"),
             QT_TRANSLATE_NOOP("Recalibration", "Fitted on these pairs"),
             QT_TRANSLATE_NOOP("Recalibration", "Fitted, cross-validated (range over repeats)"))

    def _build_grid(self) -> None:
        for col, text in enumerate(self.HEADS):
            h = QLabel(QCoreApplication.translate("Recalibration", text) if text else "")
            h.setObjectName("cardCaption")
            self.grid.addWidget(h, 0, col)
        for r, (key, text) in enumerate(self.ROWS, start=1):
            name = QLabel(QCoreApplication.translate("Recalibration", text))
            name.setObjectName("muted")
            self.grid.addWidget(name, r, 0)
            for col in (1, 2, 3):
                cell = QLabel(DASH)
                self.grid.addWidget(cell, r, col)
                self._cells[(key, col)] = cell
        self.grid.setColumnStretch(1, 1)
        self.grid.setColumnStretch(2, 1)
        self.grid.setColumnStretch(3, 1)

    def cell(self, key: str, column: int) -> str:
        """The text of a score cell (``column`` 1: current, 2: fitted, 3: cross-validated)."""
        return self._cells[(key, column)].text()

    def _fill_scores(self, col: int, model: OralModel | None, s: dict | None) -> None:
        cells = {k: self._cells[(k, col)] for k, _ in self.ROWS}
        if model is None or s is None:
            for c in cells.values():
                c.setText(DASH)
            return
        cells["formula"].setText(model_text(model))
        cells["formula"].setToolTip(model_text(model, long=True))
        cells["level"].setText(arg(QCoreApplication.translate("Recalibration", "%1  (margin %2)"),
                                   fmt_celsius(s["alarm_level_c"], 2), fmt_c(model.alarm_margin_c, 2)))
        cells["n"].setText(str(s["n"]))
        cells["positives"].setText(str(s["positives"]))
        cells["auc"].setText(DASH if s["auc"] is None else fmt_c(s["auc"], 3))
        cells["sensitivity"].setText(fmt_pct(s["sensitivity"]) + _ci(s["sensitivity_ci95"]))
        cells["specificity"].setText(fmt_pct(s["specificity"]) + _ci(s["specificity_ci95"]))
        sd = "" if s["sd_error_c"] is None else f" ± {fmt_c(s['sd_error_c'], 2)}"
        cells["error"].setText(f"{_signed(s['mean_error_c'])}{sd} °C")

    def _fill_cv(self, fit: Fit | None) -> None:
        col = 3
        for k, _ in self.ROWS:
            self._cells[(k, col)].setText(DASH)
        cv = fit.cross_validated if fit is not None else None
        if not cv:
            return
        self._cells[("formula", col)].setText(arg(QCoreApplication.translate("Recalibration", "%1-fold × %2 repeats"),
                                                  cv["folds"], cv["repeats"]))
        self._cells[("level", col)].setText(arg(QCoreApplication.translate("Recalibration", "margin %1 + %2"),
                                                fmt_c(fit.in_sample_margin_c, 2), fmt_c(fit.margin_extra_c, 2)))
        self._cells[("n", col)].setText(self.cell("n", 2))
        self._cells[("positives", col)].setText(self.cell("positives", 2))
        self._cells[("auc", col)].setText(DASH if cv["auc"] is None else fmt_c(cv["auc"], 3))
        self._cells[("sensitivity", col)].setText(fmt_pct(cv["sensitivity"]) + _ci(cv["sensitivity_range"]))
        self._cells[("specificity", col)].setText(fmt_pct(cv["specificity"]) + _ci(cv["specificity_range"]))

    # -- loading and fitting ----------------------------------------------------------
    def change_signature(self):
        try:
            return self.store.audit_head()
        except CanthusError:
            return None

    def refresh(self) -> None:
        sig = self.change_signature()
        try:
            self.pairs = self.store.calibration_pairs()
        except CanthusError as e:
            self.pairs = []
            self.set_status(str(e), problem=True)
        self.pairs_model.set_pairs(self.pairs)
        skin = np.array([p["canthus_c"] for p in self.pairs], dtype=float)
        ref = np.array([p["reference_c"] for p in self.pairs], dtype=float)
        n = skin.size
        n_pos = int((ref >= self.limit_c).sum())
        n_neg = n - n_pos
        # the pairs' other inputs (schema 5; NaN where none was read or stored before it): the
        # shipped forehead model is scored as it decided, the offset where it fell back
        inputs = {k: np.array([np.nan if p.get(f) is None else p[f] for p in self.pairs], dtype=float)
                  for k, f in (("room", "room_c"), ("forehead", "forehead_c"), ("forehead_max", "forehead_max_c"))}
        self.current_scores = score_model(self.current_model, skin, ref, self.limit_c, **inputs) if n else None
        self.fit = self.fitted_model = self.fitted_scores = None
        self.fit_problem = None
        if n < MIN_PAIRS or n_pos < MIN_POSITIVES or n_neg < MIN_NEGATIVES:
            self.fit_problem = arg(QCoreApplication.translate("Recalibration", TOO_FEW, None, n), MIN_PAIRS, n_pos,
                                   fmt_celsius(self.limit_c, 1), MIN_POSITIVES, n_neg, MIN_NEGATIVES)
        else:
            try:
                self.fit = fit_details(skin, ref, self.limit_c, self.current_model.target_sensitivity,
                                       self.current_model.prealarm_band_c, repeats=self.repeats)
            except CanthusError as e:
                self.fit_problem = arg(QCoreApplication.translate("Recalibration", "No model could be fitted: %1"), e)
        if self.fit is not None:
            self.fitted_model = OralModel(**{**self.fit.model.to_dict(),
                                             "provenance": self._provenance(self.fit, n, n_pos)})
            self.fitted_scores = score_model(self.fitted_model, skin, ref, self.limit_c)
        self._fill_scores(1, self.current_model, self.current_scores)
        self._fill_scores(2, self.fitted_model, self.fitted_scores)
        self._fill_cv(self.fit)
        self._plot(skin, ref)
        self._update_verdict()
        self.provenance.setText(arg(QCoreApplication.translate("Recalibration", "Current model: %1"),
                                    self.current_model.provenance
                                    or QCoreApplication.translate("Recalibration", "no provenance recorded.")))
        self.subtitle.setText(arg(QCoreApplication.translate("Recalibration", SUBTITLE, None, n),
                                  fmt_celsius(self.limit_c, 1), fmt_pct(self.current_model.target_sensitivity)))
        if n:
            first, last = to_local(self.pairs[0]["at"]), to_local(self.pairs[-1]["at"])
            lang = current_language()
            self.set_status(arg(QCoreApplication.translate("Recalibration", "Pairs from %1 to %2."),
                                date_time(first, lang), date_time(last, lang)))
        else:
            self.set_status(QCoreApplication.translate(
                "Recalibration", "No secondary check with a thermometer reading is stored yet."))
        self.mark_refreshed(sig)

    def _provenance(self, fit: Fit, n: int, n_pos: int) -> str:
        # Kept with the model and in the audit trail, so written in English whatever the console's
        # language, like every record (the shipped model's provenance is English too).
        cv = fit.cross_validated or {}
        first, last = to_local(self.pairs[0]["at"]), to_local(self.pairs[-1]["at"])
        today = self.clock().astimezone().date().isoformat()
        return (
            f"Secondary checks in the Canthus event store, {first:%Y-%m-%d} to {last:%Y-%m-%d}: canthus vs "
            f"clinical thermometer, n={n}, {n_pos} at or over {self.limit_c:g} °C. Offset = mean difference; "
            f"margin = in-sample {fit.in_sample_margin_c:g} + {fit.margin_extra_c:g} so that "
            f"{cv.get('folds', '?')}-fold CV x{cv.get('repeats', '?')} sensitivity >= "
            f"{self.current_model.target_sensitivity:g}. Re-calibrated in the console, {today}."
        )

    @property
    def can_adopt(self) -> bool:
        return self.fitted_model is not None and not _same_model(self.fitted_model, self.current_model)

    def _update_verdict(self) -> None:
        if self.fit_problem:
            text, colour = self.fit_problem, WARN
        elif self.fitted_model is not None and not self.can_adopt:
            text, colour = QCoreApplication.translate(
                "Recalibration", "The fitted model is the model in use: nothing to adopt."), GOOD
        elif self.fitted_model is not None:
            cur, new = self.current_model, self.fitted_model
            d_level = new.alarm_level_c(self.limit_c) - cur.alarm_level_c(self.limit_c)
            d_skin = new.skin_threshold_c(self.limit_c) - cur.skin_threshold_c(self.limit_c)
            effect = (QCoreApplication.translate("Recalibration", "about the same people will be alarmed")
                      if abs(d_skin) < 0.05 else
                      QCoreApplication.translate("Recalibration", "more people will be alarmed") if d_skin < 0
                      else QCoreApplication.translate("Recalibration", "fewer people will be alarmed"))
            text = arg(QCoreApplication.translate(
                "Recalibration", "Adopting moves the alarm level by %1 °C and the canthus reading that raises an "
                                 "alarm by %2 °C, to %3: %4."),
                _signed(d_level), _signed(d_skin), fmt_celsius(new.skin_threshold_c(self.limit_c), 2), effect)
            colour = theme.TEXT
        else:
            text, colour = "", theme.TEXT
        self.verdict.setText(text)
        self.verdict.setStyleSheet(f"color: {colour}; font-weight: 600;")
        self.adopt_button.setEnabled(self.can_adopt)

    def _plot(self, skin: np.ndarray, ref: np.ndarray) -> None:
        p = self.plot.getPlotItem()
        p.clear()
        if skin.size == 0:
            placeholder(self.plot, QCoreApplication.translate("Recalibration", "No pairs yet"))
            return
        pos = ref >= self.limit_c
        for mask, colour, name in (
                (~pos, theme.ACCENT, QCoreApplication.translate("Recalibration", "thermometer under the limit")),
                (pos, theme.ALARM, QCoreApplication.translate("Recalibration", "at or over the limit"))):
            if mask.any():
                p.addItem(pg.ScatterPlotItem(skin[mask], ref[mask], size=13, brush=pg.mkBrush(colour),
                                             pen=pg.mkPen(theme.BACKGROUND, width=1), name=name))
        lo, hi = float(skin.min()) - 0.3, float(skin.max()) + 0.3
        xs = np.array([lo, hi])
        # the estimate on a canthus alone: the pairs hold no forehead, so the forehead model's fallback
        p.addItem(pg.PlotDataItem(xs, estimates(self.current_model, xs),
                                  pen=pg.mkPen(theme.MUTED, width=3, style=Qt.DashLine),
                                  name=arg(QCoreApplication.translate("Recalibration", "current: %1"),
                                           model_text(self.current_model))))
        if self.fitted_model is not None:
            p.addItem(pg.PlotDataItem(xs, estimates(self.fitted_model, xs),
                                      pen=pg.mkPen(GOOD, width=3),
                                      name=arg(QCoreApplication.translate("Recalibration", "fitted: %1"),
                                               model_text(self.fitted_model))))
        limit = pg.InfiniteLine(pos=self.limit_c, angle=0, pen=pg.mkPen(theme.ALARM, width=2, style=Qt.DotLine),
                                label=arg(QCoreApplication.translate("Recalibration", "limit %1"),
                                          fmt_celsius(self.limit_c, 1)),
                                labelOpts={"position": 0.97, "color": theme.ALARM, "anchors": [(1, 1), (1, 1)]})
        limit.label.setFont(font(13, bold=True))
        p.addItem(limit)
        p.setXRange(lo, hi, padding=0.02)
        ylo = min(float(ref.min()), self.limit_c) - 0.3
        yhi = max(float(ref.max()), self.limit_c) + 0.3
        p.setYRange(ylo, yhi, padding=0.02)

    # -- adopting ------------------------------------------------------------------------
    def _ask_pin(self) -> str | None:
        m = self.fitted_model
        pin = QCoreApplication.translate("Recalibration", "Supervisor PIN:")
        prompt = pin if m is None else arg(
            QCoreApplication.translate("Recalibration", "Adopt the fitted model (%1, alarm at %2)?\n\n%3"),
            model_text(m), fmt_celsius(m.alarm_level_c(self.limit_c), 2), pin)
        text, ok = QInputDialog.getText(self, QCoreApplication.translate("Recalibration", "Supervisor PIN"), prompt,
                                        QLineEdit.Password)
        return text if ok else None

    def _say(self, text: str, ok: bool) -> None:
        self.message.setObjectName("ok" if ok else "problem")
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
        self.message.setText(text)
        self.message.setVisible(True)

    def _pin_locked_for(self) -> float:
        """Seconds the store still refuses PIN checks (0 when it does not, or cannot say)."""
        try:
            return float(self.store.pin_status()["locked_for_s"])
        except (AttributeError, CanthusError):
            return 0.0

    def adopt(self) -> bool:
        """Ask for the PIN and adopt the fitted model; True when it was adopted."""
        model = self.fitted_model
        if model is None or not self.can_adopt:
            self._say(self.fit_problem
                      or QCoreApplication.translate("Recalibration", "There is no fitted model to adopt."), ok=False)
            return False
        if self.supervisor is not None:
            refused = QCoreApplication.translate("Recalibration", "Not adopted: %1")
            who = self.supervisor("oral model", say=lambda text: self._say(arg(refused, text), ok=False),
                                  shown=setting_word("oral_model"))
            return who is not None and self._adopt(model, who)
        wait = self._pin_locked_for()
        if wait > 0:
            self._say(arg(QCoreApplication.translate(
                "Recalibration", "Too many wrong supervisor PINs: adoption is locked for another %1."),
                duration_text(wait)), ok=False)
            return False
        who = (self.who() or "").strip()
        if not who:
            self._say(QCoreApplication.translate(
                "Recalibration", "Not adopted: sign on first, the change is recorded with a name."), ok=False)
            return False
        pin = self.ask_pin()
        if not pin:
            self._say(QCoreApplication.translate("Recalibration", "Not adopted: no PIN was entered."), ok=False)
            return False
        try:
            right = bool(self.check_pin(pin))
        except PinLockedOut as e:  # locked meanwhile (another path): refused unhashed
            self._say(arg(QCoreApplication.translate("Recalibration", "Not adopted: %1."), e), ok=False)
            return False
        except CanthusError as e:
            self._say(arg(QCoreApplication.translate(
                "Recalibration", "Not adopted: the PIN could not be checked (%1)."), e), ok=False)
            return False
        if not right:
            wait = self._pin_locked_for()
            text = QCoreApplication.translate("Recalibration", "Wrong supervisor PIN: the model was not changed.")
            if wait > 0:
                text += " " + arg(QCoreApplication.translate(
                    "Recalibration", "Too many wrong PINs: adoption is locked for %1."), duration_text(wait))
            self._say(text, ok=False)
            return False
        return self._adopt(model, who)

    def _adopt(self, model: OralModel, who: str) -> bool:
        try:
            self.adopt_callback(model, who)
        except CanthusError as e:
            self._say(arg(QCoreApplication.translate("Recalibration", "Not adopted: %1"), e), ok=False)
            return False
        self.adoptions += 1
        self.current_model = model
        self.refresh()
        self._say(arg(QCoreApplication.translate(
            "Recalibration", "Adopted by %1: %2, alarm at %3. The change is in the audit trail."),
            who, model_text(model), fmt_celsius(model.alarm_level_c(self.limit_c), 2)), ok=True)
        return True


__all__ = ["MIN_NEGATIVES", "MIN_PAIRS", "MIN_POSITIVES", "PairsModel", "RecalibrationView", "model_text"]
