"""Fit and check the oral-equivalent model from paired readings.

A *pair* is one person's canthus (skin) reading from the camera and a
reference reading from a clinical thermometer. Pairs come from the FDA
facial/oral data set (the shipped model) or from a site's own secondary checks
(re-calibration with ``canthus calibrate PAIRS.csv ... --fit``).

The method (docs/calibration.md has the numbers):

1. **Offset.** ``offset = mean(reference - skin)``, slope 1: a constant offset
   detected fever best of the 7 calibration methods in Wang et al. 2022. A
   least-squares line (``method="linear"``) is there for comparison.
2. **Alarm margin, in-sample.** The smallest margin, in 0.05 °C steps, whose
   alarm level ``limit - margin`` catches ``target_sensitivity`` of the pairs
   with ``reference >= limit``. Specificity can only fall as the margin grows,
   so the smallest margin that reaches the target is also the one with the best
   specificity.
3. **Alarm margin, robust.** Picking the margin on the data it is scored on is
   optimistic, so the procedure (steps 1-2) is cross-validated (stratified
   k-fold, repeated with fixed seeds) and an extra margin is added, again in
   0.05 °C steps, until the out-of-fold sensitivity averaged over the repeats
   reaches the target. The shipped margin is in-sample margin + extra.

Everything here is numpy (no scipy: it would add ~100 MB to the installer for three small functions); scores mirror :meth:`OralModel.classify`
exactly (same float arithmetic), so a reported sensitivity is what the screen
does with the same readings.
"""

from __future__ import annotations

import csv
import difflib
import math
from dataclasses import dataclass, field, fields
from pathlib import Path

import numpy as np

from app.core.errors import CanthusError
from app.core.oral import OFFSET_MODEL, ForeheadOralModel, Model, OralModel
from app.core.vocabulary import DEFAULT_LIMIT_C

#: Readings outside this range (°C) are not a human canthus or mouth: the file
#: is in another unit, or columns were mixed up.
PLAUSIBLE_C = (20.0, 45.0)

#: Alarm margins are searched in steps of this size (°C).
MARGIN_STEP_C = 0.05

#: Default number of cross-validation repeats (each a fresh stratified split).
DEFAULT_REPEATS = 50

_DELIMITERS = (",", ";", "\t")
_TOL = 1e-9  # sensitivity comparisons: 9/10 must count as reaching 0.90


# --------------------------------------------------------------------------
# Loading
# --------------------------------------------------------------------------


def _read_rows(path: Path, delimiter: str) -> list[tuple[int, list[str]]]:
    """(line number, cells) for every record of the file."""
    rows: list[tuple[int, list[str]]] = []
    with path.open("r", encoding="utf-8-sig", newline="") as fh:
        reader = csv.reader(fh, delimiter=delimiter)
        start = 1
        for cells in reader:
            rows.append((start, [c.strip() for c in cells]))
            start = reader.line_num + 1
    return rows


def _parse(cell: str, decimal_comma: bool) -> float | None:
    if decimal_comma:
        cell = cell.replace(",", ".")
    try:
        value = float(cell)
    except ValueError:
        return None
    return value if math.isfinite(value) else None


def _printable(cell: str, limit: int = 40) -> str:
    """A cell as it can be shown in a one-line message: escaped, and cut if long."""
    text = "".join(ch if ch.isprintable() else ascii(ch)[1:-1] for ch in cell)
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _column_hint(rows: list[tuple[int, list[str]]], wanted: tuple[str, ...]) -> str:
    """A few column names the file does have, and close matches to ``wanted``."""
    best: list[str] = []
    for _, cells in rows[:50]:
        names = [c for c in dict.fromkeys(cells) if c]
        if len(names) > len(best):
            best = names
    if not best:
        return "the file has no column names"
    close = []
    for name in wanted:
        if name not in best:
            close += [f"'{_printable(m)}' for '{_printable(name)}'" for m in difflib.get_close_matches(name, best, n=1)]
    shown = ", ".join(_printable(c) for c in best[:8]) + (f" and {len(best) - 8} more" if len(best) > 8 else "")
    hint = f"columns it has include {shown}"
    if close:
        hint += f" (did you mean {', '.join(close)}?)"
    return hint


def _names(columns: tuple[str, ...]) -> str:
    quoted = [f"'{_printable(c)}'" for c in columns]
    return " and ".join(quoted) if len(quoted) == 2 else ", ".join(quoted[:-1]) + " and " + quoted[-1]


def load_columns(path: str | Path, columns: tuple[str, ...]) -> tuple[list[np.ndarray], int]:
    """Read the named numeric columns (°C) of a CSV: (one array per column, rows skipped).

    The rules of :func:`load_pairs`, for any number of distinct columns: a row
    is kept only when every named cell is a finite number.
    """
    path = Path(path)
    columns = tuple(columns)
    both = "both" if len(columns) == 2 else "all"
    if len(columns) < 2 or len(set(columns)) != len(columns):
        raise CanthusError(f"{path}: the columns to read must be at least 2 distinct names, got {_names(columns)}.")
    if not path.exists():
        raise CanthusError(f"{path}: no such file.")
    if not path.is_file():
        raise CanthusError(f"{path}: is not a file.")

    rows: list[tuple[int, list[str]]] = []
    header_at = -1
    delimiter = ","
    first_csv_error: csv.Error | None = None
    for delimiter in _DELIMITERS:
        try:
            rows = _read_rows(path, delimiter)
        except UnicodeDecodeError:
            raise CanthusError(f"{path}: is not a UTF-8 text (CSV) file.") from None
        except OSError as exc:
            raise CanthusError(f"{path}: cannot be read as CSV ({exc}).") from None
        except csv.Error as exc:
            # Read with the wrong delimiter a wide line is one huge field: try
            # the next delimiter, and report this only if none has the columns.
            first_csv_error = first_csv_error or exc
            continue
        header_at = next(
            (i for i, (_, cells) in enumerate(rows) if all(c in cells for c in columns)), -1
        )
        if header_at >= 0:
            break
    if header_at < 0:
        try:
            rows = _read_rows(path, ",")
        except (OSError, csv.Error) as exc:
            raise CanthusError(f"{path}: cannot be read as CSV ({first_csv_error or exc}).") from None
        raise CanthusError(
            f"{path}: no row has {both} columns {_names(columns)}; {_column_hint(rows, columns)}."
        )

    header = rows[header_at][1]
    for name in columns:
        if header.count(name) > 1:
            raise CanthusError(
                f"{path}: column '{_printable(name)}' appears {header.count(name)} times in the "
                f"header on line {rows[header_at][0]}, so it is ambiguous."
            )
    where = [header.index(c) for c in columns]
    decimal_comma = delimiter != ","

    values: list[list[float]] = [[] for _ in columns]
    skipped = 0
    lo, hi = PLAUSIBLE_C
    for line, cells in rows[header_at + 1:]:
        if not any(cells):
            continue
        row = [_parse(cells[i], decimal_comma) if i < len(cells) else None for i in where]
        if any(v is None for v in row):
            skipped += 1
            continue
        for name, value in zip(columns, row):
            if not lo <= value <= hi:
                raise CanthusError(
                    f"{path}: line {line} has {_printable(name)} = {value:g}, outside the plausible "
                    f"{lo:g}-{hi:g} °C for a person (wrong unit or column?)."
                )
        for out, value in zip(values, row):
            out.append(value)
    if not values[0]:
        raise CanthusError(
            f"{path}: no row below the header on line {rows[header_at][0]} has numbers "
            f"in {both} {_names(columns)} ({skipped} skipped)."
        )
    return [np.asarray(v, dtype=np.float64) for v in values], skipped


def load_pairs(
    path: str | Path, skin_column: str, reference_column: str
) -> tuple[np.ndarray, np.ndarray, int]:
    """Read (skin, reference, skipped) from a CSV with the two named columns.

    The header is the first row that contains both names, so files with extra
    header rows above it (the FDA table has three) read as they are. UTF-8 with
    or without a BOM; comma, semicolon or tab separated (with ``;`` or tab,
    decimal commas are accepted). Rows where either value is blank or not a
    finite number are skipped and counted; wholly empty rows are ignored.

    Raises :class:`CanthusError` when the file is missing or unreadable, no row
    has both columns, no row has a usable pair, or a value lies outside
    20-45 °C (naming the line).
    """
    if skin_column == reference_column:
        raise CanthusError(
            f"{Path(path)}: the skin and reference columns must differ, both are '{_printable(skin_column)}'."
        )
    (skin, ref), skipped = load_columns(path, (skin_column, reference_column))
    return skin, ref, skipped


# --------------------------------------------------------------------------
# Metrics
# --------------------------------------------------------------------------


def _pairs(skin, reference) -> tuple[np.ndarray, np.ndarray]:
    s = np.asarray(skin, dtype=np.float64)
    r = np.asarray(reference, dtype=np.float64)
    if s.ndim != 1 or s.shape != r.shape:
        raise CanthusError(
            f"skin and reference must be 1-D and the same length, got shapes {s.shape} and {r.shape}."
        )
    if s.size == 0:
        raise CanthusError("no pairs to calibrate from.")
    if not (np.isfinite(s).all() and np.isfinite(r).all()):
        raise CanthusError("skin and reference readings must all be finite numbers.")
    return s, r


def _average_ranks(x: np.ndarray) -> np.ndarray:
    """1-based ranks of ``x``; tied values share the mean of their ranks."""
    order = np.argsort(x, kind="stable")
    xs = x[order]
    starts = np.flatnonzero(np.r_[True, xs[1:] != xs[:-1]])
    ends = np.r_[starts[1:], xs.size]  # exclusive
    group_rank = (starts + ends + 1) / 2.0  # mean of ranks start+1 .. end
    ranks = np.empty(x.size, dtype=np.float64)
    ranks[order] = np.repeat(group_rank, ends - starts)
    return ranks


def _binom_cdf(k: int, n: int, p: float) -> float:
    """P(X <= k) for X ~ Binomial(n, p), summed in log space (exact enough for n in the thousands)."""
    if k < 0:
        return 0.0
    if k >= n or p <= 0.0:
        return 1.0
    if p >= 1.0:
        return 0.0
    lp, lq = math.log(p), math.log1p(-p)
    lf = math.lgamma(n + 1)
    terms = [lf - math.lgamma(i + 1) - math.lgamma(n - i + 1) + i * lp + (n - i) * lq for i in range(k + 1)]
    m = max(terms)
    return min(1.0, math.exp(m) * math.fsum(math.exp(t - m) for t in terms))


def _bisect(f, lo: float, hi: float) -> float:
    """Root of a function that is increasing on [lo, hi], to 1e-12."""
    for _ in range(100):
        mid = 0.5 * (lo + hi)
        if f(mid) < 0.0:
            lo = mid
        else:
            hi = mid
        if hi - lo < 1e-12:
            break
    return 0.5 * (lo + hi)


def clopper_pearson(hits: int, n: int, confidence: float = 0.95) -> tuple[float, float]:
    """Exact (Clopper-Pearson) interval for a proportion ``hits / n``.

    The lower bound is the p at which P(X >= hits) = alpha/2, the upper the p at
    which P(X <= hits) = alpha/2; both found by bisection on the binomial CDF.
    """
    if not 0 <= hits <= n or n <= 0:
        raise CanthusError(f"a proportion needs 0 <= hits <= n and n > 0, got {hits}/{n}.")
    a = (1.0 - confidence) / 2.0
    low = 0.0 if hits == 0 else _bisect(lambda p: (1.0 - _binom_cdf(hits - 1, n, p)) - a, 0.0, 1.0)
    high = 1.0 if hits == n else _bisect(lambda p: a - _binom_cdf(hits, n, p), 0.0, 1.0)
    return low, high


def roc_auc(scores, positive) -> float | None:
    """Area under the ROC curve, rank based (Mann-Whitney); ties count one half.

    ``None`` when there are no positives or no negatives.
    """
    x = np.asarray(scores, dtype=np.float64)
    y = np.asarray(positive, dtype=bool)
    n_pos = int(y.sum())
    n_neg = y.size - n_pos
    if n_pos == 0 or n_neg == 0:
        return None
    ranks = _average_ranks(x)
    u = ranks[y].sum() - n_pos * (n_pos + 1) / 2.0
    return float(u / (n_pos * n_neg))


def _without_forehead(model: Model) -> OralModel:
    """The model that answers for a reading without forehead readings."""
    return model.fallback if isinstance(model, ForeheadOralModel) else model


def estimates(model: Model, skin, face_max=None, room=None, forehead=None, forehead_max=None) -> np.ndarray:
    """:meth:`OralModel.estimate` (or :meth:`ForeheadOralModel.estimate`) for every
    reading, vectorised, same arithmetic.

    ``face_max``, ``room``, ``forehead`` and ``forehead_max`` are optional arrays (or
    ``None``); a non-finite value in them counts as missing, as in the models'
    ``estimate``. The room is clamped to the model's fitted range and the face excess
    capped, as there. A :class:`ForeheadOralModel` uses the forehead readings where both
    are finite and within its fitted ranges (:meth:`ForeheadOralModel.uses_forehead`)
    and answers as its fallback elsewhere, and everywhere when none are given (a table
    of canthus readings).
    """
    if isinstance(model, ForeheadOralModel):
        base = estimates(model.fallback, skin, face_max, room)
        if forehead is None or forehead_max is None:
            return base
        return np.where(_uses_forehead(model, skin, forehead, forehead_max),
                        ForeheadModel.of(model).estimates(skin, forehead, forehead_max, room), base)
    s = np.asarray(skin, dtype=np.float64)
    excess: np.ndarray | float = model.face_excess_c
    if face_max is not None:
        f = np.asarray(face_max, dtype=np.float64)
        excess = np.where(np.isfinite(f), np.minimum(np.maximum(f - s, 0.0), model.face_cap_c),
                          model.face_excess_c)
    term: np.ndarray | float = 0.0
    if room is not None:
        a = np.asarray(room, dtype=np.float64)
        clamped = np.clip(a, model.room_min_c, model.room_max_c)
        term = np.where(np.isfinite(a), model.room_coef * (clamped - model.room_ref_c), 0.0)
    return model.slope * (s + model.face_weight * excess) + model.offset_c + term


def _uses_forehead(model: ForeheadOralModel, skin, forehead, forehead_max) -> np.ndarray:
    """:meth:`ForeheadOralModel.uses_forehead` for every reading (False where non-finite)."""
    c = np.asarray(skin, dtype=np.float64)
    fc, fm = np.asarray(forehead, dtype=np.float64), np.asarray(forehead_max, dtype=np.float64)
    with np.errstate(invalid="ignore"):
        e, m = fc - c, fm - c
        return (np.isfinite(fc) & np.isfinite(fm)
                & (e >= model.forehead_excess_min_c - 1e-6) & (e <= model.forehead_excess_max_c + 1e-6)
                & (m >= model.forehead_max_excess_min_c - 1e-6) & (m <= model.forehead_max_excess_max_c + 1e-6))


def predict_elevated(model: Model, skin, limit_c: float, face_max=None, room=None,
                     forehead=None, forehead_max=None) -> np.ndarray:
    """``classify(...)[0] == "elevated"`` for every reading, vectorised.

    Same arithmetic as the models' ``classify`` (:func:`estimates` against the rounded
    alarm level, which a forehead model shares with its fallback), so results agree
    reading for reading.
    """
    return estimates(model, skin, face_max, room, forehead, forehead_max) >= model.alarm_level_c(limit_c)


def _rate(hits: int, n: int) -> float | None:
    return hits / n if n else None


def _ci95(hits: int, n: int) -> list[float] | None:
    if not n:
        return None
    low, high = clopper_pearson(hits, n)
    return [round(low, 4), round(high, 4)]


def _r4(x: float | None) -> float | None:
    return None if x is None else round(float(x), 4)


def score_model(model: Model, skin, reference, limit_c: float, face_max=None, room=None,
                forehead=None, forehead_max=None) -> dict:
    """How ``model`` screens the pairs at ``limit_c``.

    Positives: ``reference >= limit_c``. Predicted positive: the model says
    ``"elevated"``. Sensitivity/specificity carry exact (Clopper-Pearson) 95 %
    intervals; values are ``None`` where undefined (no positives/negatives).
    ``face_max``, ``room``, ``forehead`` and ``forehead_max`` (optional arrays; NaN
    where missing) are the other inputs, used as the models' ``estimate`` uses them:
    a forehead model scores its fallback where a pair has no usable forehead.
    """
    s, r = _pairs(skin, reference)
    for name, extra in (("face maximum", face_max), ("room", room), ("forehead", forehead),
                        ("forehead maximum", forehead_max)):
        if extra is not None and np.shape(extra) != s.shape:
            raise CanthusError(f"the {name} readings must be as many as the pairs, got {np.shape(extra)} for {s.shape}.")
    positive = r >= limit_c
    est = estimates(model, s, face_max, room, forehead, forehead_max)
    pred = est >= model.alarm_level_c(limit_c)
    model = _without_forehead(model)  # the skin threshold below: the mask's, the fallback's
    tp = int((pred & positive).sum())
    fn = int((~pred & positive).sum())
    fp = int((pred & ~positive).sum())
    tn = int((~pred & ~positive).sum())
    return {
        "n": int(s.size),
        "positives": tp + fn,
        "negatives": fp + tn,
        "auc": _r4(roc_auc(est, positive)),
        "sensitivity": _r4(_rate(tp, tp + fn)),
        "sensitivity_ci95": _ci95(tp, tp + fn),
        "specificity": _r4(_rate(tn, fp + tn)),
        "specificity_ci95": _ci95(tn, fp + tn),
        "true_positives": tp,
        "false_negatives": fn,
        "false_positives": fp,
        "true_negatives": tn,
        "alarm_level_c": model.alarm_level_c(limit_c),
        "skin_threshold_c": round(model.skin_threshold_c(limit_c), 4),
        "mean_error_c": _r4(np.mean(est - r)),
        "sd_error_c": _r4(np.std(est - r, ddof=1)) if s.size > 1 else None,
    }


# --------------------------------------------------------------------------
# Fitting
# --------------------------------------------------------------------------


def _fit_line(s: np.ndarray, r: np.ndarray, method: str) -> tuple[float, float]:
    """(slope, offset), offset rounded to 0.01 °C, slope to 0.001."""
    if method == "offset":
        return 1.0, round(float(np.mean(r - s)), 2)
    if method == "linear":
        if s.size < 3 or np.ptp(s) == 0:
            raise CanthusError("a linear fit needs at least 3 pairs with different skin readings.")
        ds = s - s.mean()
        slope = round(float(np.dot(ds, r - r.mean()) / np.dot(ds, ds)), 3)  # least squares
        if slope <= 0:
            raise CanthusError(
                f"the linear fit has slope {slope:g}; oral temperature does not rise with the "
                "skin reading in these pairs, so only a constant offset can be fitted."
            )
        return slope, round(float(np.mean(r) - slope * np.mean(s)), 2)
    raise CanthusError(f"unknown fitting method '{method}' (use 'offset' or 'linear').")


def _min_margin(
    est: np.ndarray, positive: np.ndarray, limit_c: float, target: float, min_margin_c: float
) -> float:
    """Smallest margin (0.05 °C steps, >= ``min_margin_c``) reaching ``target``."""
    pos = np.sort(est[positive])
    n_pos = pos.size
    # A margin that puts the level under every positive always reaches the target.
    n_steps = max(1, math.ceil((limit_c - pos[0] - min_margin_c) / MARGIN_STEP_C) + 2)
    for k in range(n_steps + 1):
        margin = round(min_margin_c + k * MARGIN_STEP_C, 4)
        level = round(limit_c - margin, 4)  # as OralModel.alarm_level_c
        caught = n_pos - int(np.searchsorted(pos, level, side="left"))
        if caught / n_pos >= target - _TOL:
            return margin
    raise AssertionError("unreachable: the last margin catches every positive")


def _fit_in_sample(s, r, limit_c, target, method, min_margin_c) -> tuple[float, float, float]:
    slope, offset = _fit_line(s, r, method)
    positive = r >= limit_c
    margin = _min_margin(slope * s + offset, positive, limit_c, target, min_margin_c)
    return slope, offset, margin


def _check_fit_inputs(s, r, limit_c, target, need_positives: int) -> None:
    if not 0.0 < target <= 1.0:
        raise CanthusError(f"target sensitivity must be in (0, 1], got {target:g}.")
    n_pos = int((r >= limit_c).sum())
    if n_pos < need_positives:
        raise CanthusError(
            f"{n_pos} pair(s) have a reference reading at or over {limit_c:g} °C; at least "
            f"{need_positives} are needed to fit and cross-validate the alarm margin."
        )


def _stratified_folds(positive: np.ndarray, folds: int, rng: np.random.Generator) -> np.ndarray:
    fold_of = np.empty(positive.size, dtype=np.int64)
    start = 0
    for cls in (True, False):
        idx = rng.permutation(np.flatnonzero(positive == cls))
        fold_of[idx] = (start + np.arange(idx.size)) % folds
        start = (start + idx.size) % folds
    return fold_of


@dataclass(frozen=True)
class _OutOfFold:
    """Per repeat: every pair's estimate from a model fitted without it."""

    est: np.ndarray  # (repeats, n)
    fold_of: np.ndarray  # (repeats, n)
    margins: np.ndarray  # (repeats, folds) in-sample margin of each training fit
    folds: int
    repeats: int
    seed: int


def _out_of_fold(s, r, limit_c, target, folds, repeats, seed, method, min_margin_c,
                 fitter=None) -> _OutOfFold:
    """Out-of-fold estimates; ``fitter(train)`` -> (estimates of all pairs, margin)."""
    positive = r >= limit_c
    k = min(int(folds), s.size)
    if k < 2 or repeats < 1:
        raise CanthusError(f"cross-validation needs at least 2 folds and 1 repeat (got {k} and {repeats}).")
    if fitter is None:
        def fitter(train):
            slope, offset, margin = _fit_in_sample(s[train], r[train], limit_c, target, method, min_margin_c)
            return slope * s + offset, margin
    est = np.empty((repeats, s.size))
    fold_of = np.empty((repeats, s.size), dtype=np.int64)
    margins = np.empty((repeats, k))
    for rep in range(repeats):
        rng = np.random.default_rng([seed, rep])
        fold_of[rep] = _stratified_folds(positive, k, rng)
        for f in range(k):
            test = fold_of[rep] == f
            all_est, margin = fitter(~test)
            est[rep, test] = all_est[test]
            margins[rep, f] = margin
    return _OutOfFold(est, fold_of, margins, k, repeats, seed)


def _summarise(values: list[float | None]) -> tuple[float | None, list[float] | None]:
    vals = [v for v in values if v is not None]
    if not vals:
        return None, None
    return _r4(np.mean(vals)), [_r4(min(vals)), _r4(max(vals))]


def _oof_scores(oof: _OutOfFold, r: np.ndarray, limit_c: float, extra_c: float) -> dict:
    positive = r >= limit_c
    sens, spec, auc = [], [], []
    for rep in range(oof.repeats):
        levels = np.array([
            round(limit_c - round(m + extra_c, 4), 4) for m in oof.margins[rep]
        ])
        pred = oof.est[rep] >= levels[oof.fold_of[rep]]
        sens.append(_rate(int((pred & positive).sum()), int(positive.sum())))
        spec.append(_rate(int((~pred & ~positive).sum()), int((~positive).sum())))
        auc.append(roc_auc(oof.est[rep], positive))
    out = {"folds": oof.folds, "repeats": oof.repeats, "seed": oof.seed,
           "margin_extra_c": round(extra_c, 4),
           "mean_fold_margin_c": _r4(np.mean(oof.margins) + extra_c)}
    for name, vals in (("auc", auc), ("sensitivity", sens), ("specificity", spec)):
        out[name], out[f"{name}_range"] = _summarise(vals)
    return out


def cross_validate(
    skin,
    reference,
    limit_c: float = DEFAULT_LIMIT_C,
    target_sensitivity: float = 0.90,
    folds: int = 10,
    repeats: int = DEFAULT_REPEATS,
    seed: int = 0,
    *,
    margin_extra_c: float = 0.0,
    method: str = "offset",
    min_margin_c: float = 0.0,
) -> dict:
    """Out-of-fold scores of the fitting procedure at ``limit_c``.

    Stratified ``folds``-fold cross-validation (positives and negatives spread
    evenly), repeated ``repeats`` times with seeds ``(seed, 0..repeats-1)``.
    In each fold the offset and the in-sample margin are fitted on the other
    folds, ``margin_extra_c`` is added, and the held-out pairs are classified.
    Each repeat pools its held-out predictions into one sensitivity,
    specificity and AUC; the dict gives their mean over repeats and the
    ``*_range`` [min, max] across repeats.
    """
    s, r = _pairs(skin, reference)
    _check_fit_inputs(s, r, limit_c, target_sensitivity, need_positives=2)
    oof = _out_of_fold(s, r, limit_c, target_sensitivity, folds, repeats, seed, method, min_margin_c)
    return _oof_scores(oof, r, limit_c, margin_extra_c)


def _robust_extra(oof: _OutOfFold, r: np.ndarray, limit_c: float, target: float) -> tuple[float, dict]:
    """Smallest extra margin (0.05 °C steps) whose out-of-fold sensitivity reaches ``target``."""
    # Past this extra every out-of-fold positive is caught in every repeat.
    cap = float(limit_c - oof.est.min() + oof.margins.max()) + MARGIN_STEP_C
    k = 0
    while True:
        extra = round(k * MARGIN_STEP_C, 4)
        cv = _oof_scores(oof, r, limit_c, extra)
        if cv["sensitivity"] >= target - _TOL or extra > cap:
            return extra, cv
        k += 1


@dataclass(frozen=True)
class Fit:
    """A fitted model and how its margin was reached."""

    model: OralModel  # or a ForeheadModel (fit_forehead_details)
    in_sample_margin_c: float
    margin_extra_c: float
    cross_validated: dict | None = field(default=None)


def fit_details(
    skin,
    reference,
    limit_c: float = DEFAULT_LIMIT_C,
    target_sensitivity: float = 0.90,
    prealarm_band_c: float = 0.3,
    *,
    robust: bool = True,
    folds: int = 10,
    repeats: int = DEFAULT_REPEATS,
    seed: int = 0,
    method: str = "offset",
    min_margin_c: float = 0.0,
    provenance: str = "",
) -> Fit:
    """:func:`fit_model` with the details: in-sample margin, extra, CV scores."""
    s, r = _pairs(skin, reference)
    _check_fit_inputs(s, r, limit_c, target_sensitivity, need_positives=2 if robust else 1)
    slope, offset, margin = _fit_in_sample(s, r, limit_c, target_sensitivity, method, min_margin_c)
    extra = 0.0
    cv = None
    if robust:
        oof = _out_of_fold(
            s, r, limit_c, target_sensitivity, folds, repeats, seed, method, min_margin_c
        )
        extra, cv = _robust_extra(oof, r, limit_c, target_sensitivity)
    model = OralModel(
        offset_c=offset,
        alarm_margin_c=round(margin + extra, 4),
        slope=slope,
        prealarm_band_c=prealarm_band_c,
        target_sensitivity=target_sensitivity,
        fitted_limit_c=limit_c,
        provenance=provenance,
    )
    return Fit(model, margin, extra, cv)


def fit_model(
    skin,
    reference,
    limit_c: float = DEFAULT_LIMIT_C,
    target_sensitivity: float = 0.90,
    prealarm_band_c: float = 0.3,
    **options,
) -> OralModel:
    """Fit an :class:`OralModel` to (skin, reference) pairs.

    Offset ``mean(reference - skin)`` rounded to 0.01 °C (``method="linear"``:
    least-squares line instead). Alarm margin: the smallest 0.05 °C step whose
    level reaches ``target_sensitivity`` on the pairs, plus (``robust=True``,
    the default) the smallest extra that brings the repeated stratified
    cross-validated sensitivity to the target. Options as for :func:`fit_details`.
    """
    return fit_details(skin, reference, limit_c, target_sensitivity, prealarm_band_c, **options).model


#: The whole-face maximum counts only this far (°C) over the canthus maximum:
#: in the FDA table it is within 0.36 °C of it for 90 % of round-1 subjects,
#: while a hot mouth (round 4, just after the oral thermometer), a cup or a hot
#: pixel can put it a degree or more above; the cap bounds what they can add.
FACE_CAP_C = 0.3


#: The FDA table's regions that lie inside the face the engine measures for the
#: face maximum (top of the head down to just under the canthi): the canthi and
#: the forehead, per round (suffix ``k``). The whole-face ``T_Max`` also holds the
#: mouth, cheeks and chin, which the engine leaves out.
FDA_UPPER_FACE_COLUMNS = ("canthiMax{k}", "canthi4Max{k}", "Max1R13_{k}", "Max1L13_{k}",
                          "T_RC_Max{k}", "T_LC_Max{k}", "T_FH_Max{k}", "T_FHC_Max{k}")


def load_fda_inputs(path: str | Path, round_no: int = 1) -> dict:
    """One round of the FDA table as the engine's inputs: arrays ``canthus``,
    ``face_max`` (the whole face, ``T_Max``), ``upper_face_max`` (the largest of
    :data:`FDA_UPPER_FACE_COLUMNS`: what the engine's upper-face maximum can be
    checked against), ``room`` (``T_atm``), ``oral`` (``aveOralM``) and ``skipped``
    (rows with a blank among them)."""
    if round_no not in (1, 2, 3, 4):
        raise CanthusError(f"the FDA table has rounds 1-4, got {round_no}.")
    upper = tuple(name.format(k=round_no) for name in FDA_UPPER_FACE_COLUMNS)
    (canthus, *rest), skipped = load_columns(path, upper + (f"T_Max{round_no}", "T_atm", "aveOralM"))
    *regions, face, room, oral = rest
    return {"canthus": canthus, "face_max": face, "upper_face_max": np.max(np.vstack([canthus, *regions]), axis=0),
            "room": room, "oral": oral, "skipped": skipped}


def _face_room_inputs(canthus, face_max, room, reference):
    c, r = _pairs(canthus, reference)
    f = np.asarray(face_max, dtype=np.float64)
    a = np.asarray(room, dtype=np.float64)
    if f.shape != c.shape or a.shape != c.shape:
        raise CanthusError(
            f"canthus, face maximum, room and reference must be the same length, got shapes "
            f"{c.shape}, {f.shape}, {a.shape} and {r.shape}."
        )
    if not (np.isfinite(f).all() and np.isfinite(a).all()):
        raise CanthusError("face maximum and room readings must all be finite numbers.")
    if (f < c).any():
        i = int(np.flatnonzero(f < c)[0])
        raise CanthusError(
            f"pair {i + 1} has a face maximum ({f[i]:g} °C) under its canthus maximum ({c[i]:g} °C): "
            "the face maximum includes the canthus, so the columns are mixed up."
        )
    return c, f, a, r


def _fit_face_room_in_sample(c, f, a, r, limit_c, target, min_margin_c, cap_c, base: OralModel):
    """Least squares of (reference - canthus) on capped face excess and room; then the margin.

    Slope on the skin stays 1 (as for the constant offset, so a margin tuned at
    one limit holds at others); only the face excess and the room get weights.
    """
    excess = np.minimum(np.maximum(f - c, 0.0), cap_c)
    room_ref = round(float(np.mean(a)), 1)
    z = np.column_stack([excess, a - room_ref, np.ones(c.size)])
    if c.size < 4 or np.linalg.matrix_rank(z) < 3:
        raise CanthusError(
            "a canthus + face + room fit needs at least 4 pairs with varied face excess and room temperature."
        )
    w, q, off = np.linalg.lstsq(z, r - c, rcond=None)[0]
    if w < 0:
        raise CanthusError(
            f"the face-maximum weight came out {w:.3f} < 0 (a hotter face would lower the estimate); "
            "fit the canthus offset alone on these pairs."
        )
    model = OralModel(**{
        **base.to_dict(), "offset_c": round(float(off), 2), "slope": 1.0, "alarm_margin_c": 0.0,
        "face_weight": round(float(w), 3), "face_cap_c": cap_c, "face_excess_c": round(float(excess.mean()), 3),
        "room_coef": round(float(q), 3), "room_ref_c": room_ref,
        "room_min_c": round(float(a.min()), 2), "room_max_c": round(float(a.max()), 2),
    })
    margin = _min_margin(estimates(model, c, f, a), r >= limit_c, limit_c, target, min_margin_c)
    return model, margin


def fit_face_room_details(
    canthus,
    face_max,
    room,
    reference,
    limit_c: float = DEFAULT_LIMIT_C,
    target_sensitivity: float = 0.90,
    prealarm_band_c: float = 0.3,
    *,
    robust: bool = True,
    folds: int = 10,
    repeats: int = DEFAULT_REPEATS,
    seed: int = 0,
    min_margin_c: float = 0.0,
    face_cap_c: float = FACE_CAP_C,
    provenance: str = "",
    live_face_max=None,
) -> Fit:
    """Fit the canthus + capped face maximum + room model; margins as :func:`fit_details`.

    ``estimate = canthus + w * min(face_max - canthus, cap) + q * (room - room_ref) + offset``,
    ``w``, ``q`` and ``offset`` by least squares of ``reference - canthus``;
    in-sample margin then the cross-validated extra exactly as for the offset.
    The room range of the fitting pairs is kept with the model, which clamps to it.
    ``live_face_max`` (default ``face_max``): the face maximum the held-out pairs
    are scored with, so that the extra margin is the one the engine's own input
    needs (see :func:`nested_cross_validate`).
    """
    c, f, a, r = _face_room_inputs(canthus, face_max, room, reference)
    live = f if live_face_max is None else _face_room_inputs(canthus, live_face_max, room, reference)[1]
    _check_fit_inputs(c, r, limit_c, target_sensitivity, need_positives=2 if robust else 1)
    base = OralModel(0.0, 0.0, prealarm_band_c=prealarm_band_c, target_sensitivity=target_sensitivity,
                     fitted_limit_c=limit_c, provenance=provenance)
    model, margin = _fit_face_room_in_sample(c, f, a, r, limit_c, target_sensitivity, min_margin_c,
                                             face_cap_c, base)
    extra, cv = 0.0, None
    if robust:
        def fitter(train):
            m, mg = _fit_face_room_in_sample(c[train], f[train], a[train], r[train], limit_c,
                                             target_sensitivity, min_margin_c, face_cap_c, base)
            return estimates(m, c, live, a), mg

        oof = _out_of_fold(c, r, limit_c, target_sensitivity, folds, repeats, seed, "", min_margin_c, fitter)
        extra, cv = _robust_extra(oof, r, limit_c, target_sensitivity)
    model = OralModel(**{**model.to_dict(), "alarm_margin_c": round(margin + extra, 4)})
    return Fit(model, margin, extra, cv)


def nested_cross_validate(
    canthus,
    reference,
    face_max=None,
    room=None,
    limit_c: float = DEFAULT_LIMIT_C,
    target_sensitivity: float = 0.90,
    folds: int = 10,
    repeats: int = 10,
    seed: int = 0,
    *,
    inner_repeats: int = 5,
    face_cap_c: float = FACE_CAP_C,
    live_face_max=None,
) -> dict:
    """Out-of-fold scores of the *whole* fitting procedure, extra margin included.

    :func:`cross_validate` adds one extra margin found on all the data; here
    each outer training set runs the full robust fit itself (its own inner
    cross-validation, ``inner_repeats`` repeats with seed ``seed + 1``) and the
    held-out fold is classified by that model alone, so no held-out pair ever
    helps choose a weight, an offset or a margin. With ``face_max`` and
    ``room`` the canthus + face + room model, without them the constant offset.

    ``live_face_max`` (default ``face_max``) is the face maximum the held-out
    pairs are classified with: fit on what the table has, score on what the
    engine measures (the FDA's whole-face ``T_Max`` holds the mouth, the
    engine's upper face does not). Held-out rooms outside a fold's fitted range
    are clamped by its model, as the engine's are.
    """
    multi = face_max is not None or room is not None
    if multi:
        c, f, a, r = _face_room_inputs(canthus, face_max, room, reference)
        live = f if live_face_max is None else _face_room_inputs(canthus, live_face_max, room, reference)[1]
    else:
        c, r = _pairs(canthus, reference)
        f = a = None
    _check_fit_inputs(c, r, limit_c, target_sensitivity, need_positives=2 * folds)
    positive = r >= limit_c
    sens, spec, auc, margins = [], [], [], []
    for rep in range(repeats):
        fold_of = _stratified_folds(positive, folds, np.random.default_rng([seed, rep]))
        pred = np.zeros(c.size, dtype=bool)
        est = np.empty(c.size)
        for k in range(folds):
            test = fold_of == k
            tr = ~test
            opts = {"folds": folds, "repeats": inner_repeats, "seed": seed + 1}
            if multi:
                m = fit_face_room_details(c[tr], f[tr], a[tr], r[tr], limit_c, target_sensitivity,
                                          face_cap_c=face_cap_c, **opts).model
                e = estimates(m, c[test], live[test], a[test])
            else:
                m = fit_details(c[tr], r[tr], limit_c, target_sensitivity, **opts).model
                e = estimates(m, c[test])
            est[test] = e
            pred[test] = e >= m.alarm_level_c(limit_c)
            margins.append(m.alarm_margin_c)
        tp = int((pred & positive).sum())
        tn = int((~pred & ~positive).sum())
        sens.append(_rate(tp, int(positive.sum())))
        spec.append(_rate(tn, int((~positive).sum())))
        auc.append(roc_auc(est, positive))
    out = {"folds": folds, "repeats": repeats, "inner_repeats": inner_repeats, "seed": seed,
           "mean_fold_margin_c": _r4(np.mean(margins)),
           "positives": int(positive.sum()), "negatives": int((~positive).sum())}
    for name, vals in (("auc", auc), ("sensitivity", sens), ("specificity", spec)):
        out[name], out[f"{name}_range"] = _summarise(vals)
    return out


# --------------------------------------------------------------------------
# Canthus + forehead (centre, maximum) [+ room]: issue 10's lead, not shipped
# --------------------------------------------------------------------------

#: The FDA table's forehead columns (round ``k``): ``T_FHCC`` the forehead centre
#: (header ``T_FC``: the mean of a small region at the centre of the forehead) and
#: ``T_FH_Max`` the extended forehead's maximum (header ``T_FEmax``).
FDA_FOREHEAD_COLUMNS = ("canthiMax{k}", "T_FHCC{k}", "T_FH_Max{k}")


def load_fda_forehead(path: str | Path, round_no: int = 1) -> dict:
    """One round of the FDA table for the forehead model: arrays ``canthus``
    (``canthiMax``), ``forehead`` (``T_FHCC``), ``forehead_max`` (``T_FH_Max``),
    ``room`` (``T_atm``), ``oral`` (``aveOralM``) and ``skipped`` (rows with a blank)."""
    if round_no not in (1, 2, 3, 4):
        raise CanthusError(f"the FDA table has rounds 1-4, got {round_no}.")
    names = tuple(n.format(k=round_no) for n in FDA_FOREHEAD_COLUMNS) + ("T_atm", "aveOralM")
    (canthus, fc, fm, room, oral), skipped = load_columns(path, names)
    return {"canthus": canthus, "forehead": fc, "forehead_max": fm, "room": room, "oral": oral,
            "skipped": skipped}


@dataclass(frozen=True)
class ForeheadModel:
    """``estimate = canthus_weight * canthus + forehead_weight * (forehead - forehead_ref_c)
    + forehead_max_weight * (forehead_max - forehead_max_ref_c) + room_coef * (room' - room_ref_c)
    + offset_c``, ``room'`` the room clamped to ``room_min_c``-``room_max_c`` (as
    :meth:`OralModel.room_used_c`); alarm at ``limit - alarm_margin_c`` (rounded as
    :meth:`OralModel.alarm_level_c`). ``canthus_weight`` 1 is the offset form."""

    offset_c: float
    alarm_margin_c: float
    canthus_weight: float = 1.0
    forehead_weight: float = 0.0
    forehead_ref_c: float = 0.0
    forehead_max_weight: float = 0.0
    forehead_max_ref_c: float = 0.0
    room_coef: float = 0.0
    room_ref_c: float = 24.0
    room_min_c: float = 0.0
    room_max_c: float = 50.0

    def estimates(self, canthus, forehead, forehead_max, room=None) -> np.ndarray:
        """Every reading's estimate; a non-finite room counts as missing (no room term), as
        in :meth:`ForeheadOralModel.estimate`."""
        c = np.asarray(canthus, dtype=np.float64)
        term: np.ndarray | float = 0.0
        if room is not None and self.room_coef:
            a = np.asarray(room, dtype=np.float64)
            term = np.where(np.isfinite(a), self.room_coef * (np.clip(a, self.room_min_c, self.room_max_c)
                                                              - self.room_ref_c), 0.0)
        return (self.canthus_weight * c
                + self.forehead_weight * (np.asarray(forehead, dtype=np.float64) - self.forehead_ref_c)
                + self.forehead_max_weight * (np.asarray(forehead_max, dtype=np.float64) - self.forehead_max_ref_c)
                + term + self.offset_c)

    @classmethod
    def of(cls, model: ForeheadOralModel) -> ForeheadModel:
        """The fit-time form of a decision-time forehead model (canthus weight 1)."""
        return cls(**{f.name: getattr(model, f.name) for f in fields(cls) if f.name != "canthus_weight"})

    def alarm_level_c(self, limit_c: float) -> float:
        return round(limit_c - self.alarm_margin_c, 4)


#: The room the forehead model takes is capped here (the study's 90th percentile is 25.7 °C).
#: A console's "room" is the background's median: at the kiosk it read 29.4-30.4 °C (the
#: housing and a wall right behind the face), which the study's own range (to 29.1) would
#: have let lower the estimate by 0.28 °C. Capped, the warmest room lowers it by 0.12 °C,
#: and the cross-validated figures are unchanged (docs/calibration.md).
FOREHEAD_ROOM_CAP_C = 26.0


def _forehead_inputs(canthus, forehead, forehead_max, room, reference, room_cap_c=FOREHEAD_ROOM_CAP_C):
    c, r = _pairs(canthus, reference)
    arrays = [np.asarray(x, dtype=np.float64) for x in (forehead, forehead_max, room)]
    if any(x.shape != c.shape for x in arrays):
        raise CanthusError("canthus, forehead, forehead maximum, room and reference must be the same length.")
    if not all(np.isfinite(x).all() for x in arrays):
        raise CanthusError("forehead, forehead maximum and room readings must all be finite numbers.")
    if room_cap_c is not None:
        arrays[2] = np.minimum(arrays[2], room_cap_c)
    return (c, *arrays, r)


def _fit_forehead_in_sample(c, fc, fm, a, r, limit_c, target, min_margin_c, form, use_room):
    """Least squares, then the in-sample margin as :func:`_min_margin`.

    ``form="offset"``: ``reference - canthus`` on the forehead terms (and room), the
    canthus weight kept at 1, so the estimate rises one for one with the canthus and
    a margin fitted at one limit holds at others. ``form="free"``: ``reference`` on
    the canthus too (its weight < 1, like the linear canthus fit).
    """
    if form not in ("offset", "free"):
        raise CanthusError(f"unknown forehead model form '{form}' (use 'offset' or 'free').")
    refs = {"forehead_ref_c": round(float(fc.mean()), 1), "forehead_max_ref_c": round(float(fm.mean()), 1),
            "room_ref_c": round(float(a.mean()), 1)}
    cols = [fc - refs["forehead_ref_c"], fm - refs["forehead_max_ref_c"]]
    if use_room:
        cols.append(a - refs["room_ref_c"])
    if form == "free":
        cols.append(c)
    z = np.column_stack(cols + [np.ones(c.size)])
    if c.size < z.shape[1] + 1 or np.linalg.matrix_rank(z) < z.shape[1]:
        raise CanthusError("a canthus + forehead fit needs more pairs with varied readings.")
    y = r - c if form == "offset" else r
    w = np.linalg.lstsq(z, y, rcond=None)[0]
    model = ForeheadModel(
        offset_c=round(float(w[-1]), 2), alarm_margin_c=0.0,
        canthus_weight=1.0 if form == "offset" else round(float(w[-2]), 3),
        forehead_weight=round(float(w[0]), 3), forehead_max_weight=round(float(w[1]), 3),
        room_coef=round(float(w[2]), 3) if use_room else 0.0,
        room_min_c=round(float(a.min()), 2) if use_room else 0.0,
        room_max_c=round(float(a.max()), 2) if use_room else 50.0,
        **refs,
    )
    margin = _min_margin(model.estimates(c, fc, fm, a), r >= limit_c, limit_c, target, min_margin_c)
    return model, margin


def fit_forehead_details(
    canthus, forehead, forehead_max, room, reference,
    limit_c: float = DEFAULT_LIMIT_C, target_sensitivity: float = 0.90, *,
    form: str = "offset", use_room: bool = True, robust: bool = True,
    folds: int = 10, repeats: int = DEFAULT_REPEATS, seed: int = 0, min_margin_c: float = 0.0,
    room_cap_c: float | None = FOREHEAD_ROOM_CAP_C,
) -> Fit:
    """Fit the canthus + forehead centre + forehead maximum [+ room] model; the margin
    exactly as :func:`fit_details` (in-sample 0.05 °C step, then the smallest extra
    that brings the repeated stratified cross-validated sensitivity to the target).
    Rooms over ``room_cap_c`` count as it (so the fitted model's ``room_max_c`` is it)."""
    c, fc, fm, a, r = _forehead_inputs(canthus, forehead, forehead_max, room, reference, room_cap_c)
    _check_fit_inputs(c, r, limit_c, target_sensitivity, need_positives=2 if robust else 1)
    model, margin = _fit_forehead_in_sample(c, fc, fm, a, r, limit_c, target_sensitivity, min_margin_c,
                                            form, use_room)
    extra, cv = 0.0, None
    if robust:
        def fitter(train):
            m, mg = _fit_forehead_in_sample(c[train], fc[train], fm[train], a[train], r[train], limit_c,
                                            target_sensitivity, min_margin_c, form, use_room)
            return m.estimates(c, fc, fm, a), mg

        oof = _out_of_fold(c, r, limit_c, target_sensitivity, folds, repeats, seed, "", min_margin_c, fitter)
        extra, cv = _robust_extra(oof, r, limit_c, target_sensitivity)
    model = ForeheadModel(**{**model.__dict__, "alarm_margin_c": round(margin + extra, 4)})
    return Fit(model, margin, extra, cv)


def forehead_cross_validate(
    canthus, forehead, forehead_max, room, reference,
    fit_limit_c: float = DEFAULT_LIMIT_C, target_sensitivity: float = 0.90,
    folds: int = 10, repeats: int = DEFAULT_REPEATS, seed: int = 0, *,
    form: str = "offset", use_room: bool = True, nested: bool = False, inner_repeats: int = 5,
    margin_extra_c: float = 0.0, limits: tuple[float, ...] = (37.5, 37.7, 38.0),
    room_cap_c: float | None = FOREHEAD_ROOM_CAP_C,
) -> dict:
    """Out-of-fold scores of the forehead model's fitting procedure, per limit in ``limits``.

    Each training fold fits the weights and its margin at ``fit_limit_c``; the
    held-out pairs are classified at every limit with that one margin (``limit -
    margin``), so the figures at 37.5 and 38.0 °C show whether a margin fitted at
    37.7 °C carries over. ``nested`` False: the fold's in-sample margin plus
    ``margin_extra_c`` (the project's 10-fold x 50 procedure, extra chosen once
    on all the out-of-fold predictions by :func:`fit_forehead_details`). ``nested``
    True: each training fold runs the whole robust fit, inner cross-validation
    (``inner_repeats``, seed ``seed + 1``) included, and only its model classifies
    the held-out fold. Per limit: mean and [min, max] over repeats of AUC,
    sensitivity and specificity, and the counts of the mean (rounded) with their
    Clopper-Pearson 95 % intervals.
    """
    c, fc, fm, a, r = _forehead_inputs(canthus, forehead, forehead_max, room, reference, room_cap_c)
    _check_fit_inputs(c, r, fit_limit_c, target_sensitivity, need_positives=2 * folds)
    positive_fit = r >= fit_limit_c
    res = {lim: {"sens": [], "spec": [], "auc": []} for lim in limits}
    margins = []
    for rep in range(repeats):
        fold_of = _stratified_folds(positive_fit, folds, np.random.default_rng([seed, rep]))
        est = np.empty(c.size)
        margin_of = np.empty(c.size)
        for k in range(folds):
            test = fold_of == k
            tr = ~test
            if nested:
                m = fit_forehead_details(c[tr], fc[tr], fm[tr], a[tr], r[tr], fit_limit_c, target_sensitivity,
                                         form=form, use_room=use_room, folds=folds, repeats=inner_repeats,
                                         seed=seed + 1, room_cap_c=None).model
                mg = m.alarm_margin_c
            else:
                m, mg = _fit_forehead_in_sample(c[tr], fc[tr], fm[tr], a[tr], r[tr], fit_limit_c,
                                                target_sensitivity, 0.0, form, use_room)
                mg = round(mg + margin_extra_c, 4)
            est[test] = m.estimates(c[test], fc[test], fm[test], a[test])
            margin_of[test] = mg
            margins.append(mg)
        for lim in limits:
            pos = r >= lim
            levels = np.array([round(lim - g, 4) for g in margin_of])
            pred = est >= levels
            res[lim]["sens"].append(_rate(int((pred & pos).sum()), int(pos.sum())))
            res[lim]["spec"].append(_rate(int((~pred & ~pos).sum()), int((~pos).sum())))
            res[lim]["auc"].append(roc_auc(est, pos))
    out = {"folds": folds, "repeats": repeats, "seed": seed, "nested": nested, "form": form,
           "use_room": use_room, "margin_extra_c": None if nested else margin_extra_c,
           "mean_fold_margin_c": _r4(np.mean(margins)), "limits": {}}
    for lim in limits:
        pos = r >= lim
        n_pos, n_neg = int(pos.sum()), int((~pos).sum())
        d = {"positives": n_pos, "negatives": n_neg}
        for name, key in (("auc", "auc"), ("sensitivity", "sens"), ("specificity", "spec")):
            d[name], d[f"{name}_range"] = _summarise(res[lim][key])
        tp = round(d["sensitivity"] * n_pos)
        tn = round(d["specificity"] * n_neg)
        d["sensitivity_count"], d["sensitivity_ci95"] = [tp, n_pos], _ci95(tp, n_pos)
        d["specificity_count"], d["specificity_ci95"] = [tn, n_neg], _ci95(tn, n_neg)
        out["limits"][lim] = d
    return out


def score_forehead_model(model: ForeheadModel, canthus, forehead, forehead_max, room, reference,
                         limit_c: float) -> dict:
    """In-sample (or independent-round) scores of a fixed forehead model at ``limit_c``."""
    c, fc, fm, a, r = _forehead_inputs(canthus, forehead, forehead_max, room, reference)
    pos = r >= limit_c
    est = model.estimates(c, fc, fm, a)
    pred = est >= model.alarm_level_c(limit_c)
    tp, fn = int((pred & pos).sum()), int((~pred & pos).sum())
    fp, tn = int((pred & ~pos).sum()), int((~pred & ~pos).sum())
    return {"n": int(c.size), "positives": tp + fn, "auc": _r4(roc_auc(est, pos)),
            "sensitivity": _r4(_rate(tp, tp + fn)), "sensitivity_ci95": _ci95(tp, tp + fn),
            "specificity": _r4(_rate(tn, tn + fp)), "specificity_ci95": _ci95(tn, tn + fp),
            "true_positives": tp, "false_positives": fp,
            "mean_error_c": _r4(np.mean(est - r)), "sd_error_c": _r4(np.std(est - r, ddof=1))}


# --------------------------------------------------------------------------
# Report (what ``canthus calibrate`` prints)
# --------------------------------------------------------------------------


def calibrate_report(
    path: str | Path,
    skin_column: str,
    reference_column: str,
    limit_c: float = DEFAULT_LIMIT_C,
    fit: bool = False,
    model: Model = OFFSET_MODEL,
    *,
    target_sensitivity: float | None = None,
    repeats: int = DEFAULT_REPEATS,
    seed: int = 0,
    date: str | None = None,
) -> dict:
    """JSON-ready scores of ``model`` on the pairs in ``path`` and, with ``fit``,
    a model fitted to them (in-sample and cross-validated scores).

    The fitted model keeps the current model's pre-alarm band and, unless
    ``target_sensitivity`` is given, its target sensitivity. ``date`` (ISO,
    default today) goes into the fitted model's provenance.
    """
    skin, ref, skipped = load_pairs(path, skin_column, reference_column)
    report: dict = {
        "file": str(path),
        "skin_column": skin_column,
        "reference_column": reference_column,
        "n": int(skin.size),
        "skipped": skipped,
        "limit_c": limit_c,
        "current": {"model": model.to_dict(), **score_model(model, skin, ref, limit_c)},
    }
    if fit:
        import datetime

        target = model.target_sensitivity if target_sensitivity is None else target_sensitivity
        when = date or datetime.date.today().isoformat()
        n_pos = int((ref >= limit_c).sum())
        result = fit_details(
            skin, ref, limit_c, target, model.prealarm_band_c, repeats=repeats, seed=seed,
        )
        in_sample = result.in_sample_margin_c
        provenance = (
            f"{Path(path).name}: {skin_column} vs {reference_column}, n={skin.size}, "
            f"{n_pos} at or over {limit_c:g} °C; offset = mean difference; margin = "
            f"in-sample {in_sample:g} + {result.margin_extra_c:g} so that {result.cross_validated['folds']}"
            f"-fold CV x{repeats} sensitivity >= {target:g}; canthus calibrate {when}"
        )
        fitted = OralModel(**{**result.model.to_dict(), "provenance": provenance})
        report["fitted"] = {
            "model": fitted.to_dict(),
            "in_sample_margin_c": in_sample,
            "in_sample": score_model(fitted, skin, ref, limit_c),
            "cross_validated": result.cross_validated,
        }
    return report
