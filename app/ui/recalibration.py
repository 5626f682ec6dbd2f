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

from datetime import datetime
from typing import Callable

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView, QFrame, QGridLayout, QHBoxLayout, QInputDialog, QLabel, QLineEdit, QTableView, QWidget,
)

from app.core.calibration import DEFAULT_REPEATS, Fit, fit_details, score_model
from app.core.errors import CanthusError
from app.core.oral import OralModel
from app.store.pin import PinLockedOut, duration_text
from app.ui import theme
from app.ui.history import BORDER, DASH, GOOD, WARN, ReviewDialog, button, fmt_c, fmt_pct, fmt_time, to_local
from app.ui.statistics import _font, placeholder, styled_plot

#: Below these, a fitted margin means little: adoption stays disabled.
MIN_PAIRS = 20
MIN_POSITIVES = 3
MIN_NEGATIVES = 3

BIAS_NOTE = (
    "Pairs come from secondary checks, and those mostly follow alarms: people the camera passed are rarely "
    "checked, so missed fevers hardly appear here and the sensitivity shown is optimistic. Checking some "
    "people who passed, too, makes the pairs representative."
)


def _same_model(a: OralModel, b: OralModel) -> bool:
    return all(abs(getattr(a, k) - getattr(b, k)) < 1e-9
               for k in ("offset_c", "slope", "alarm_margin_c", "prealarm_band_c", "target_sensitivity"))


def model_text(m: OralModel) -> str:
    """The estimate formula in words: ``canthus + 1.31 °C`` or ``1.020 × canthus + 0.55 °C``."""
    sign = "+" if m.offset_c >= 0 else "−"
    head = "canthus" if abs(m.slope - 1.0) < 1e-9 else f"{m.slope:.3f} × canthus"
    return f"{head} {sign} {abs(m.offset_c):.2f} °C"


def _ci(ci) -> str:
    return "" if not ci else f"  ({100 * ci[0]:.0f}–{100 * ci[1]:.0f} %)"


def _range(r) -> str:
    return "" if not r else f"  ({100 * r[0]:.0f}–{100 * r[1]:.0f} %)"


class PairsModel(QAbstractTableModel):
    """Calibration pairs (newest first): time, entrance, canthus, estimate then, thermometer."""

    COLUMNS = ("Time", "Entrance", "Canthus °C", "Estimate °C", "Thermometer °C")

    def __init__(self, limit_c: float, parent=None) -> None:
        super().__init__(parent)
        self.limit_c = limit_c
        self._rows: list[dict] = []

    def set_pairs(self, pairs: list[dict]) -> None:
        self.beginResetModel()
        self._rows = sorted(pairs, key=lambda p: (p["at"], p["id"]), reverse=True)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.DisplayRole):  # noqa: N802 - Qt API
        if orientation == Qt.Horizontal and role == Qt.DisplayRole:
            return self.COLUMNS[section]
        if orientation == Qt.Horizontal and role == Qt.TextAlignmentRole:
            return int((Qt.AlignRight if section >= 2 else Qt.AlignLeft) | Qt.AlignVCenter)
        return None

    def data(self, index: QModelIndex, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        p = self._rows[index.row()]
        c = index.column()
        if role == Qt.DisplayRole:
            return (fmt_time(p["at"], seconds=False), p["camera"], fmt_c(p["canthus_c"]), fmt_c(p["estimate_c"]),
                    fmt_c(p["reference_c"], 1))[c]
        if role == Qt.TextAlignmentRole:
            return int((Qt.AlignRight if c >= 2 else Qt.AlignLeft) | Qt.AlignVCenter)
        if role == Qt.ForegroundRole:
            if c == 4 and p["reference_c"] is not None and p["reference_c"] >= self.limit_c:
                return QBrush(QColor(theme.ALARM))
            if c == 3 and p["estimate_c"] is None:
                return QBrush(QColor(theme.MUTED))
        if role == Qt.ToolTipRole and c == 4 and p["reference_c"] is not None and p["reference_c"] >= self.limit_c:
            return f"At or over the limit ({self.limit_c:.1f} °C): a positive"
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
        super().__init__(store, camera_names, parent, "Re-calibration from secondary checks", clock=clock)
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
        self.table = QTableView()
        self.table.setModel(self.pairs_model)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setShowGrid(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(40)
        self.table.horizontalHeader().setStretchLastSection(True)
        for col, width in enumerate((215, 170, 135, 135)):
            self.table.setColumnWidth(col, width)
        self.table.setMinimumWidth(860)
        top.addWidget(self.table, 5)
        self.plot = styled_plot("Canthus against thermometer", "thermometer °C", "canthus (camera) °C")
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
        self.bias = QLabel(BIAS_NOTE)
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

        self.refresh_button = button("&Refresh", self.refresh, tip="Reload the pairs and fit again (F5)")
        self.adopt_button = button("&Adopt fitted model…", self.adopt, primary=True,
                                   tip="Put the fitted model in use (supervisor PIN; audited)")
        self.close_row(self.refresh_button, self.adopt_button)
        self.fit_to_screen(1840, 1040)
        self.refresh()
        self.table.setFocus()

    # -- the scores table ---------------------------------------------------------
    ROWS = (("formula", "Oral estimate"), ("level", "Alarm level"), ("n", "Pairs"),
            ("positives", "Thermometer at or over the limit"), ("auc", "AUC"), ("sensitivity", "Sensitivity"),
            ("specificity", "Specificity"), ("error", "Estimate − thermometer"))
    HEADS = ("", "Current model", "Fitted on these pairs", "Fitted, cross-validated (range over repeats)")

    def _build_grid(self) -> None:
        for col, text in enumerate(self.HEADS):
            h = QLabel(text)
            h.setObjectName("cardCaption")
            self.grid.addWidget(h, 0, col)
        for r, (key, text) in enumerate(self.ROWS, start=1):
            name = QLabel(text)
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
        cells["level"].setText(f"{s['alarm_level_c']:.2f} °C  (margin {model.alarm_margin_c:.2f})")
        cells["n"].setText(str(s["n"]))
        cells["positives"].setText(str(s["positives"]))
        cells["auc"].setText(DASH if s["auc"] is None else f"{s['auc']:.3f}")
        cells["sensitivity"].setText(fmt_pct(s["sensitivity"]) + _ci(s["sensitivity_ci95"]))
        cells["specificity"].setText(fmt_pct(s["specificity"]) + _ci(s["specificity_ci95"]))
        sd = "" if s["sd_error_c"] is None else f" ± {s['sd_error_c']:.2f}"
        mean = round(s["mean_error_c"], 2) + 0.0  # no "-0.00"
        cells["error"].setText(f"{mean:+.2f}{sd} °C".replace("-", "−"))

    def _fill_cv(self, fit: Fit | None) -> None:
        col = 3
        for k, _ in self.ROWS:
            self._cells[(k, col)].setText(DASH)
        cv = fit.cross_validated if fit is not None else None
        if not cv:
            return
        self._cells[("formula", col)].setText(f"{cv['folds']}-fold × {cv['repeats']} repeats")
        self._cells[("level", col)].setText(f"margin {fit.in_sample_margin_c:.2f} + {fit.margin_extra_c:.2f}")
        self._cells[("n", col)].setText(self.cell("n", 2))
        self._cells[("positives", col)].setText(self.cell("positives", 2))
        self._cells[("auc", col)].setText(DASH if cv["auc"] is None else f"{cv['auc']:.3f}")
        self._cells[("sensitivity", col)].setText(fmt_pct(cv["sensitivity"]) + _range(cv["sensitivity_range"]))
        self._cells[("specificity", col)].setText(fmt_pct(cv["specificity"]) + _range(cv["specificity_range"]))

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
        self.current_scores = score_model(self.current_model, skin, ref, self.limit_c) if n else None
        self.fit = self.fitted_model = self.fitted_scores = None
        self.fit_problem = None
        if n < MIN_PAIRS or n_pos < MIN_POSITIVES or n_neg < MIN_NEGATIVES:
            self.fit_problem = (
                f"Too few pairs to fit a model: {n} pair{'' if n == 1 else 's'} ({MIN_PAIRS} needed), "
                f"{n_pos} at or over {self.limit_c:.1f} °C ({MIN_POSITIVES} needed) and {n_neg} under it "
                f"({MIN_NEGATIVES} needed). Adoption is disabled until more secondary checks are recorded."
            )
        else:
            try:
                self.fit = fit_details(skin, ref, self.limit_c, self.current_model.target_sensitivity,
                                       self.current_model.prealarm_band_c, repeats=self.repeats)
            except CanthusError as e:
                self.fit_problem = f"No model could be fitted: {e}"
        if self.fit is not None:
            self.fitted_model = OralModel(**{**self.fit.model.to_dict(),
                                             "provenance": self._provenance(self.fit, n, n_pos)})
            self.fitted_scores = score_model(self.fitted_model, skin, ref, self.limit_c)
        self._fill_scores(1, self.current_model, self.current_scores)
        self._fill_scores(2, self.fitted_model, self.fitted_scores)
        self._fill_cv(self.fit)
        self._plot(skin, ref)
        self._update_verdict()
        self.provenance.setText("Current model: " + (self.current_model.provenance or "no provenance recorded."))
        self.subtitle.setText(f"limit {self.limit_c:.1f} °C · {n} pair{'' if n == 1 else 's'} · target "
                              f"sensitivity {fmt_pct(self.current_model.target_sensitivity)}")
        if n:
            first, last = to_local(self.pairs[0]["at"]), to_local(self.pairs[-1]["at"])
            self.set_status(f"Pairs from {first:%Y-%m-%d %H:%M} to {last:%Y-%m-%d %H:%M}.")
        else:
            self.set_status("No secondary check with a thermometer reading is stored yet.")
        self.mark_refreshed(sig)

    def _provenance(self, fit: Fit, n: int, n_pos: int) -> str:
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
            text, colour = "The fitted model is the model in use: nothing to adopt.", GOOD
        elif self.fitted_model is not None:
            cur, new = self.current_model, self.fitted_model
            d_level = new.alarm_level_c(self.limit_c) - cur.alarm_level_c(self.limit_c)
            d_skin = new.skin_threshold_c(self.limit_c) - cur.skin_threshold_c(self.limit_c)
            effect = ("about the same people will be alarmed" if abs(d_skin) < 0.05 else
                      "more people will be alarmed" if d_skin < 0 else "fewer people will be alarmed")
            text = (f"Adopting moves the alarm level by {d_level:+.2f} °C and the canthus reading that raises an "
                    f"alarm by {d_skin:+.2f} °C, to {new.skin_threshold_c(self.limit_c):.2f} °C: {effect}."
                    ).replace("-", "−")
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
            placeholder(self.plot, "No pairs yet")
            return
        pos = ref >= self.limit_c
        for mask, colour, name in ((~pos, theme.ACCENT, "thermometer under the limit"),
                                   (pos, theme.ALARM, "at or over the limit")):
            if mask.any():
                p.addItem(pg.ScatterPlotItem(skin[mask], ref[mask], size=13, brush=pg.mkBrush(colour),
                                             pen=pg.mkPen(theme.BACKGROUND, width=1), name=name))
        lo, hi = float(skin.min()) - 0.3, float(skin.max()) + 0.3
        xs = np.array([lo, hi])
        p.addItem(pg.PlotDataItem(xs, self.current_model.slope * xs + self.current_model.offset_c,
                                  pen=pg.mkPen(theme.MUTED, width=3, style=Qt.DashLine),
                                  name=f"current: {model_text(self.current_model)}"))
        if self.fitted_model is not None:
            p.addItem(pg.PlotDataItem(xs, self.fitted_model.slope * xs + self.fitted_model.offset_c,
                                      pen=pg.mkPen(GOOD, width=3), name=f"fitted: {model_text(self.fitted_model)}"))
        limit = pg.InfiniteLine(pos=self.limit_c, angle=0, pen=pg.mkPen(theme.ALARM, width=2, style=Qt.DotLine),
                                label=f"limit {self.limit_c:.1f} °C",
                                labelOpts={"position": 0.97, "color": theme.ALARM, "anchors": [(1, 1), (1, 1)]})
        limit.label.setFont(_font(13, bold=True))
        p.addItem(limit)
        p.setXRange(lo, hi, padding=0.02)
        ylo = min(float(ref.min()), self.limit_c) - 0.3
        yhi = max(float(ref.max()), self.limit_c) + 0.3
        p.setYRange(ylo, yhi, padding=0.02)

    # -- adopting ------------------------------------------------------------------------
    def _ask_pin(self) -> str | None:
        m = self.fitted_model
        prompt = (f"Adopt the fitted model ({model_text(m)}, alarm at {m.alarm_level_c(self.limit_c):.2f} °C)?"
                  "\n\nSupervisor PIN:") if m is not None else "Supervisor PIN:"
        text, ok = QInputDialog.getText(self, "Supervisor PIN", prompt, QLineEdit.Password)
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
            self._say(self.fit_problem or "There is no fitted model to adopt.", ok=False)
            return False
        if self.supervisor is not None:
            who = self.supervisor("oral model", say=lambda text: self._say(f"Not adopted: {text}", ok=False))
            return who is not None and self._adopt(model, who)
        wait = self._pin_locked_for()
        if wait > 0:
            self._say(f"Too many wrong supervisor PINs: adoption is locked for another {duration_text(wait)}.",
                      ok=False)
            return False
        who = (self.who() or "").strip()
        if not who:
            self._say("Not adopted: sign on first, the change is recorded with a name.", ok=False)
            return False
        pin = self.ask_pin()
        if not pin:
            self._say("Not adopted: no PIN was entered.", ok=False)
            return False
        try:
            right = bool(self.check_pin(pin))
        except PinLockedOut as e:  # locked meanwhile (another path): refused unhashed
            self._say(f"Not adopted: {e}.", ok=False)
            return False
        except CanthusError as e:
            self._say(f"Not adopted: the PIN could not be checked ({e}).", ok=False)
            return False
        if not right:
            wait = self._pin_locked_for()
            self._say("Wrong supervisor PIN: the model was not changed." + (
                f" Too many wrong PINs: adoption is locked for {duration_text(wait)}." if wait > 0 else ""), ok=False)
            return False
        return self._adopt(model, who)

    def _adopt(self, model: OralModel, who: str) -> bool:
        try:
            self.adopt_callback(model, who)
        except CanthusError as e:
            self._say(f"Not adopted: {e}", ok=False)
            return False
        self.adoptions += 1
        self.current_model = model
        self.refresh()
        self._say(f"Adopted by {who}: {model_text(model)}, alarm at {model.alarm_level_c(self.limit_c):.2f} °C. "
                  "The change is in the audit trail.", ok=True)
        return True


__all__ = ["MIN_NEGATIVES", "MIN_PAIRS", "MIN_POSITIVES", "PairsModel", "RecalibrationView", "model_text"]
