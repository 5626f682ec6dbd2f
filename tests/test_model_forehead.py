"""The canthus + forehead (centre, maximum) + room model (issue 10's lead, not shipped).

Recomputes, seeded, the figures docs/calibration.md gives for it ("The canthus +
forehead model"): the fit, the project's 10-fold x 50 procedure and the nested
cross-validation at 37.5 / 37.7 / 38.0 °C, and rounds 2-4 with the model
unchanged. The engine does not measure the forehead yet: these hold what the
FDA table says the model would do once it does.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from app.core import calibration as cal

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
    assert (m.forehead_weight, m.forehead_max_weight, m.room_coef) == pytest.approx((-0.177, 0.085, -0.056),
                                                                                      abs=0.0015)
    assert m.offset_c == pytest.approx(1.32, abs=0.005)
    assert (fit.in_sample_margin_c, fit.margin_extra_c, m.alarm_margin_c) == (0.2, 0.0, 0.2)
    assert (m.room_min_c, m.room_max_c) == (20.2, 29.1)


def test_estimate_rises_one_for_one_with_the_canthus_and_clamps_the_room(fit):
    m = fit.model
    base = m.estimates([35.0], [34.0], [35.2], [24.0])[0]
    assert m.estimates([35.5], [34.0], [35.2], [24.0])[0] - base == pytest.approx(0.5)
    assert m.estimates([35.0], [34.0], [35.2], [35.0])[0] == m.estimates([35.0], [34.0], [35.2], [29.1])[0]
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
