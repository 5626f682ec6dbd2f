"""The canthus + forehead (centre, maximum) + room model: the shipped one (issue 10).

Recomputes, seeded, the figures docs/calibration.md gives for it ("The canthus +
forehead model"): the fit, the project's 10-fold x 50 procedure and the nested
cross-validation at 37.5 / 37.7 / 38.0 °C, and rounds 2-4 with the model
unchanged, on the FDA table's readings; the engine's own forehead readings are
held by tests/test_forehead_measure.py and the kiosk and simulator tests.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from app.core import calibration as cal
from app.core.oral import FOREHEAD_MODEL, OFFSET_MODEL

FDA = Path(__file__).resolve().parents[2] / "shared" / "data" / "fda-facial-oral-temperature" / "FLIR_groups1and2.csv"


def _inputs(d: dict) -> tuple:
    return d["canthus"], d["forehead"], d["forehead_max"], d["room"], d["oral"]


@pytest.fixture(scope="module")
def round1():
    if not FDA.is_file():
        pytest.skip(f"FDA facial/oral data not found at {FDA}")
    return cal.load_fda_forehead(FDA, 1)


@pytest.fixture(scope="module")
def fit(round1):
    return cal.fit_forehead_details(*_inputs(round1))


@pytest.fixture(scope="module")
def nested(round1):
    return cal.forehead_cross_validate(*_inputs(round1), repeats=10, nested=True)


def test_fit_is_the_documented_model(round1, fit):
    assert round1["canthus"].size == 1003 and round1["skipped"] == 17
    m = fit.model
    assert m.canthus_weight == 1.0
    assert (m.forehead_weight, m.forehead_max_weight, m.room_coef) == pytest.approx((-0.177, 0.081, -0.061),
                                                                                      abs=0.0015)
    assert m.offset_c == pytest.approx(1.32, abs=0.005)
    assert (fit.in_sample_margin_c, fit.margin_extra_c, m.alarm_margin_c) == (0.2, 0.0, 0.2)
    # the room capped at FOREHEAD_ROOM_CAP_C (the study's rooms reach 29.1 °C)
    assert (m.room_min_c, m.room_max_c) == (20.2, cal.FOREHEAD_ROOM_CAP_C) == (20.2, 26.0)


def test_estimate_rises_one_for_one_with_the_canthus_and_clamps_the_room(fit):
    m = fit.model
    base = m.estimates([35.0], [34.0], [35.2], [24.0])[0]
    assert m.estimates([35.5], [34.0], [35.2], [24.0])[0] - base == pytest.approx(0.5)
    assert m.estimates([35.0], [34.0], [35.2], [35.0])[0] == m.estimates([35.0], [34.0], [35.2], [26.0])[0]
    assert m.estimates([35.0], [34.0], [35.2], [10.0])[0] == m.estimates([35.0], [34.0], [35.2], [20.2])[0]


def test_nested_cross_validation_reaches_issue_10(nested):
    at = nested["limits"][37.7]
    assert at["positives"] == 81 and at["negatives"] == 922
    assert at["sensitivity"] >= 0.90
    assert at["specificity"] >= 0.93
    assert at["sensitivity"] == pytest.approx(0.914, abs=0.002)
    assert at["specificity"] == pytest.approx(0.934, abs=0.002)
    lo, hi = at["specificity_ci95"]
    assert lo < 0.93 < hi  # the interval still spans the target: a point estimate, not a guarantee
    # The margin fitted at 37.7 °C holds sensitivity at the other limits.
    assert nested["limits"][37.5]["sensitivity"] >= 0.90
    assert nested["limits"][38.0]["sensitivity"] >= 0.90


def test_nested_specificity_beats_the_shipped_offset_like_for_like(round1, nested):
    offset = cal.nested_cross_validate(round1["canthus"], round1["oral"])
    assert nested["limits"][37.7]["specificity"] > offset["specificity"] + 0.01
    assert nested["limits"][37.7]["sensitivity"] >= offset["sensitivity"]


def test_project_procedure_10_fold_x_50(round1, fit):
    cv = cal.forehead_cross_validate(*_inputs(round1), margin_extra_c=fit.margin_extra_c)
    at = cv["limits"][37.7]
    # The extra search stopped where the out-of-fold sensitivity reached the target.
    assert at["sensitivity"] == pytest.approx(fit.cross_validated["sensitivity"])
    assert at["sensitivity"] >= 0.90
    assert at["specificity"] == pytest.approx(0.9405, abs=0.002)


def test_rounds_2_to_4_with_the_model_unchanged(fit):
    if not FDA.is_file():
        pytest.skip("FDA data missing")
    sens, spec = [], []
    for k in (2, 3, 4):
        s = cal.score_forehead_model(fit.model, *_inputs(cal.load_fda_forehead(FDA, k)), 37.7)
        sens.append(s["sensitivity"])
        spec.append(s["specificity"])
    # Specificity holds (the forehead does not carry the mouth, unlike the whole-face max
    # in round 4); sensitivity falls just under the target in round 2 (74/83).
    assert min(spec) >= 0.92
    assert sens[0] == pytest.approx(74 / 83, abs=1e-4)
    assert min(sens[1:]) >= 0.90


def test_vectorised_scores_agree_with_the_alarm_level(round1, fit):
    m = fit.model
    s = cal.score_forehead_model(m, *_inputs(round1), 37.7)
    est = m.estimates(*_inputs(round1)[:4])
    flagged = est >= m.alarm_level_c(37.7)
    assert s["true_positives"] + s["false_positives"] == int(flagged.sum())
    assert s["true_positives"] == int((flagged & (round1["oral"] >= 37.7)).sum())


def test_bad_inputs_are_refused():
    from app.core.errors import CanthusError

    with pytest.raises(CanthusError):
        cal.fit_forehead_details([35.0] * 3, [34.0] * 3, [35.0] * 2, [24.0] * 3, [37.0] * 3, robust=False)
    with pytest.raises(CanthusError):
        cal.fit_forehead_details([35.0], [34.0], [35.0], [24.0], [38.0], robust=False, form="cubic")
    with pytest.raises(CanthusError):
        cal.load_fda_forehead(FDA, 5)
    with pytest.raises(CanthusError):
        cal.fit_forehead_details([35.0] * 3, [34.0] * 3, [np.nan] * 3, [24.0] * 3, [37.0] * 3, robust=False)


# ------------------------------------------------ the named model in app.core.oral

def test_named_model_is_the_fit(round1, fit):
    m, f = FOREHEAD_MODEL, fit.model
    for name in ("offset_c", "alarm_margin_c", "forehead_weight", "forehead_ref_c", "forehead_max_weight",
                 "forehead_max_ref_c", "room_coef", "room_ref_c", "room_min_c", "room_max_c"):
        assert getattr(m, name) == getattr(f, name), name
    dc = round1["forehead"] - round1["canthus"]
    dm = round1["forehead_max"] - round1["canthus"]
    assert (m.forehead_excess_min_c, m.forehead_excess_max_c) == (round(dc.min(), 2), round(dc.max(), 2))
    assert (m.forehead_max_excess_min_c, m.forehead_max_excess_max_c) == (round(dm.min(), 2), round(dm.max(), 2))
    assert m.fallback == OFFSET_MODEL
    assert m.to_dict()["fallback"] == OFFSET_MODEL.to_dict()


@pytest.mark.parametrize("round_no", [1, 2])
def test_named_model_classifies_as_the_fit_reading_for_reading(round_no, fit):
    if not FDA.is_file():
        pytest.skip("FDA data missing")
    d = cal.load_fda_forehead(FDA, round_no)
    c, fc, fm, a, _ = _inputs(d)
    est = fit.model.estimates(c, fc, fm, a)
    used = np.array([FOREHEAD_MODEL.uses_forehead(*x) for x in zip(c, fc, fm)])
    if round_no == 1:
        assert used.all()  # the ranges are round 1's own
    for limit in (37.5, 37.7, 38.0):
        want = np.where(used, est >= fit.model.alarm_level_c(limit),
                        c + OFFSET_MODEL.offset_c >= OFFSET_MODEL.alarm_level_c(limit))
        got = [FOREHEAD_MODEL.classify(*x, limit, room_c=room, forehead_c=f1, forehead_max_c=f2)[0] == "elevated"
               for x, f1, f2, room in zip(c[:, None], fc, fm, a)]
        assert np.array_equal(np.asarray(got), want)


@pytest.mark.parametrize("centre_delta, max_delta", [
    (None, None), (-1.2, None), (None, -0.3), (float("nan"), -0.3), (-1.2, float("inf")),
    (0.0, -0.3),    # centre at the canthus: warmer than any fitted forehead centre
    (-1.2, 1.2),    # maximum 1.2 °C over the canthus: a warmed forehead
    (-5.0, -0.3),   # centre 5 °C under: covered or cold, outside the study
])
def test_without_a_usable_forehead_it_is_exactly_the_shipped_offset(centre_delta, max_delta):
    for canthus in (35.0, 36.19, 36.5):
        forehead = None if centre_delta is None else canthus + centre_delta
        forehead_max = None if max_delta is None else canthus + max_delta
        kw = {"forehead_c": forehead, "forehead_max_c": forehead_max}
        assert not FOREHEAD_MODEL.uses_forehead(canthus, forehead, forehead_max)
        for room in (None, 18.0, 24.0, 31.0):
            assert FOREHEAD_MODEL.estimate(canthus, None, room, **kw) == OFFSET_MODEL.estimate(canthus, None, room)
            assert FOREHEAD_MODEL.classify(canthus, 37.7, None, room, **kw) == OFFSET_MODEL.classify(canthus, 37.7)
    assert FOREHEAD_MODEL.uses_forehead(35.5, 34.3, 35.2)  # a usual forehead is used


def test_with_a_forehead_the_terms_act_as_fitted():
    m = FOREHEAD_MODEL
    kw = {"forehead_c": 34.4, "forehead_max_c": 35.4}
    assert m.estimate(35.5, room_c=24.0, **kw) == pytest.approx(35.5 + m.offset_c)
    assert m.estimate(35.5, room_c=None, **kw) == m.estimate(35.5, room_c=24.0, **kw)
    # a warm "room" (the kiosk's background read 30 °C) lowers the estimate at most to 26 °C's
    assert m.estimate(35.5, room_c=30.0, **kw) == m.estimate(35.5, room_c=26.0, **kw)
    assert m.estimate(35.5, room_c=24.0, **kw) - m.estimate(35.5, room_c=30.0, **kw) == pytest.approx(0.122)
    warmer = m.estimate(35.5, room_c=24.0, forehead_c=34.9, forehead_max_c=35.4)
    assert warmer == pytest.approx(35.5 + m.offset_c - 0.177 * 0.5)


def test_skin_threshold_is_where_classify_turns_elevated():
    m = FOREHEAD_MODEL
    fc, fm, room = 34.6, 35.6, 26.0
    t = m.skin_threshold_c(37.7, room, forehead_c=fc, forehead_max_c=fm)
    kw = {"forehead_c": fc, "forehead_max_c": fm}
    assert m.uses_forehead(t, fc, fm)
    assert m.classify(t + 1e-6, 37.7, None, room, **kw)[0] == "elevated"
    assert m.classify(t - 0.01, 37.7, None, room, **kw)[0] == "normal"
    assert m.skin_threshold_c(37.7, room) == OFFSET_MODEL.skin_threshold_c(37.7, room)


@pytest.mark.parametrize("field, value", [("alarm_margin_c", 0.25), ("prealarm_band_c", 0.2),
                                          ("target_sensitivity", 0.95), ("fitted_limit_c", 38.0)])
def test_a_forehead_model_decides_with_its_fallbacks_level(field, value):
    # Either branch may decide a reading, and the decision records one alarm level: a
    # forehead model whose margin (or band, target, limit) differs from its fallback's is refused.
    from dataclasses import replace

    with pytest.raises(ValueError, match=field):
        replace(FOREHEAD_MODEL, **{field: value})
    assert FOREHEAD_MODEL.alarm_level_c(37.7) == OFFSET_MODEL.alarm_level_c(37.7) == 37.5


def test_vectorised_forehead_scores_agree_reading_for_reading(round1):
    # calibration.estimates / predict_elevated / score_model on a ForeheadOralModel (the
    # Re-calibration window scores the shipped model on stored pairs so): the forehead where
    # usable, the fallback where a reading is missing, non-finite or out of range.
    m = FOREHEAD_MODEL
    c, fc, fm, room, oral = (np.array(round1[k], dtype=float) for k in ("canthus", "forehead", "forehead_max",
                                                                        "room", "oral"))
    fc[::7] = np.nan  # no forehead read
    fm[3::11] = c[3::11] + 2.0  # out of the fitted range
    room[5::13] = np.nan
    est = cal.estimates(m, c, None, room, fc, fm)
    pred = cal.predict_elevated(m, c, 37.7, None, room, fc, fm)
    for i in range(c.size):
        kw = {"forehead_c": None if np.isnan(fc[i]) else fc[i], "forehead_max_c": fm[i]}
        r = None if np.isnan(room[i]) else room[i]
        assert est[i] == pytest.approx(m.estimate(c[i], None, r, **kw), abs=1e-9)
        assert pred[i] == (m.classify(c[i], 37.7, None, r, **kw)[0] == "elevated")
    used = cal._uses_forehead(m, c, fc, fm)
    assert 0 < used.sum() < c.size
    s = cal.score_model(m, c, oral, 37.7, room=room, forehead=fc, forehead_max=fm)
    assert s["true_positives"] + s["false_positives"] == int(pred.sum())
    # without forehead readings, the fallback's scores exactly
    assert cal.score_model(m, c, oral, 37.7) == cal.score_model(OFFSET_MODEL, c, oral, 37.7)
