"""Calibration: CSV pairs, ROC/sensitivity metrics, fitting, the shipped model."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from app.core import calibration as cal
from app.core.errors import CanthusError
from app.core.oral import FACE_ROOM_MODEL, OFFSET_MODEL, OralModel

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
FDA = DATA / "fda-facial-oral-temperature" / "FLIR_groups1and2.csv"

needs_fda = pytest.mark.skipif(
    not FDA.is_file(),
    reason=f"FDA facial/oral data not found at {FDA} (the shared data folder beside the repo)",
)


@pytest.fixture(scope="module")
def round1():
    if not FDA.is_file():
        pytest.skip(f"FDA facial/oral data not found at {FDA}")
    return cal.load_pairs(FDA, "canthiMax1", "aveOralM")


def _write(tmp_path: Path, text: str, name: str = "pairs.csv") -> Path:
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return p


# ---------------------------------------------------------------- loading


@needs_fda
def test_loads_fda_table_directly(round1):
    skin, ref, skipped = round1
    assert skin.size == ref.size == 1003  # 1020 subjects, 17 blank canthiMax1
    assert skipped == 17
    # README: 85 at >= 37.7 over all 1020; 4 of them have a blank canthiMax1.
    assert int((ref >= 37.7).sum()) == 81
    assert int((ref >= 37.5).sum()) == 106
    assert skin.min() > 33.0 and skin.max() < 39.0
    assert ref.min() > 35.0 and ref.max() < 41.0


@needs_fda
@pytest.mark.parametrize("k, n, skipped", [(2, 1009, 11), (3, 1010, 10), (4, 991, 29)])
def test_loads_other_rounds(k, n, skipped):
    skin, _, skip = cal.load_pairs(FDA, f"canthiMax{k}", "aveOralM")
    assert (skin.size, skip) == (n, skipped)


def test_plain_csv_skips_blank_and_text(tmp_path):
    p = _write(
        tmp_path,
        "when,camera_c,thermometer_c\n"
        "09:00,36.1,37.4\n"
        "09:05,,37.0\n"  # blank skin
        "09:06,36.4,n/a\n"  # text reference
        "\n"  # empty line: ignored, not counted
        "09:10, 35.9 ,37.1\n"
        "09:12,nan,37.1\n",  # not finite
    )
    skin, ref, skipped = cal.load_pairs(p, "camera_c", "thermometer_c")
    np.testing.assert_array_equal(skin, [36.1, 35.9])
    np.testing.assert_array_equal(ref, [37.4, 37.1])
    assert skipped == 3


def test_header_below_title_rows_bom_crlf_and_semicolons(tmp_path):
    p = tmp_path / "eu.csv"
    p.write_bytes(
        "\ufeffSecondary checks;;\r\nsite A;;\r\nskin;oral;who\r\n36,2;37,5;x\r\n35,8;36,9;y\r\n"
        .encode("utf-8")
    )
    skin, ref, skipped = cal.load_pairs(p, "skin", "oral")
    np.testing.assert_allclose(skin, [36.2, 35.8])
    np.testing.assert_allclose(ref, [37.5, 36.9])
    assert skipped == 0


def test_missing_file(tmp_path):
    with pytest.raises(CanthusError, match="no such file"):
        cal.load_pairs(tmp_path / "nope.csv", "a", "b")


def test_no_header_row_lists_columns(tmp_path):
    p = _write(tmp_path, "camera_c,thermometer_c\n36.1,37.4\n")
    with pytest.raises(CanthusError) as err:
        cal.load_pairs(p, "camera", "thermometer_c")
    msg = str(err.value)
    assert "pairs.csv" in msg and "'camera'" in msg and "camera_c" in msg
    assert "did you mean 'camera_c'" in msg


@needs_fda
def test_no_header_row_in_fda_lists_machine_names():
    with pytest.raises(CanthusError, match="canthiMax1") as err:
        cal.load_pairs(FDA, "canthimax1", "aveOralM")
    assert "SubjectID" in str(err.value)


def test_no_usable_pairs(tmp_path):
    p = _write(tmp_path, "skin,oral\n,37.0\n36.0,\n")
    with pytest.raises(CanthusError, match=r"no row .* has numbers.*2 skipped"):
        cal.load_pairs(p, "skin", "oral")


def test_implausible_value_names_line(tmp_path):
    p = _write(tmp_path, "skin,oral\n36.0,37.0\n309.2,37.1\n")  # Kelvin, not °C
    with pytest.raises(CanthusError, match=r"line 3 has skin = 309\.2.*20-45"):
        cal.load_pairs(p, "skin", "oral")


def test_duplicate_column_and_same_column(tmp_path):
    p = _write(tmp_path, "skin,oral,skin\n36.0,37.0,36.1\n")
    with pytest.raises(CanthusError, match="appears 2 times"):
        cal.load_pairs(p, "skin", "oral")
    with pytest.raises(CanthusError, match="must differ"):
        cal.load_pairs(p, "oral", "oral")


def test_not_utf8(tmp_path):
    p = tmp_path / "latin1.csv"
    p.write_bytes("skin,oral\n36.0,37.0\n\xb0C\n".encode("latin-1"))
    with pytest.raises(CanthusError, match="UTF-8"):
        cal.load_pairs(p, "skin", "oral")


# ---------------------------------------------------------------- metrics


def test_auc_hand_computed():
    # positives 2 and 4 vs negatives 1 and 3: 3 of 4 pairs ordered right.
    assert cal.roc_auc([1, 2, 3, 4], [0, 1, 0, 1]) == pytest.approx(0.75)
    # ties count one half: positives {2, 3} vs negatives {1, 2} -> (1 + .5 + 1 + 1) / 4
    assert cal.roc_auc([1, 2, 2, 3], [0, 0, 1, 1]) == pytest.approx(0.875)
    assert cal.roc_auc([5, 5, 5], [0, 1, 0]) == pytest.approx(0.5)
    assert cal.roc_auc([1, 2], [1, 1]) is None


@pytest.mark.parametrize("hits,n,low,high", [
    # reference values from scipy.stats.binomtest(...).proportion_ci(method="exact")
    (0, 10, 0.0, 0.308497),
    (5, 10, 0.187086, 0.812914),
    (91, 101, 0.825447, 0.951491),
    (500, 1000, 0.468549, 0.531451),
    (10, 10, 0.691503, 1.0),
])
def test_clopper_pearson_matches_reference_values(hits, n, low, high):
    lo, hi = cal.clopper_pearson(hits, n)
    assert lo == pytest.approx(low, abs=1e-6) and hi == pytest.approx(high, abs=1e-6)


def test_average_ranks_share_ties():
    assert cal._average_ranks(np.array([3.0, 1.0, 3.0, 2.0, 3.0])).tolist() == [4.0, 1.0, 4.0, 2.0, 4.0]


def test_sensitivity_specificity_hand_computed():
    model = OralModel(offset_c=1.0, alarm_margin_c=0.2)  # elevated: skin >= 36.5
    skin = [36.6, 36.4, 36.7, 35.0, 36.5]
    ref = [37.8, 37.9, 37.0, 36.5, 37.2]  # positives at 37.7: first two
    sc = cal.score_model(model, skin, ref, 37.7)
    assert (sc["positives"], sc["negatives"]) == (2, 3)
    assert (sc["true_positives"], sc["false_negatives"]) == (1, 1)
    assert (sc["false_positives"], sc["true_negatives"]) == (2, 1)
    assert sc["sensitivity"] == 0.5
    assert sc["specificity"] == pytest.approx(1 / 3, abs=1e-4)
    assert sc["alarm_level_c"] == 37.5


@needs_fda
def test_fda_auc(round1):
    skin, ref, _ = round1
    auc = cal.roc_auc(skin, ref >= 37.7)
    assert 0.96 <= auc <= 0.98
    # The model's AUC is the skin's when slope > 0, and is computed honestly.
    assert cal.score_model(OFFSET_MODEL, skin, ref, 37.7)["auc"] == pytest.approx(auc, abs=1e-4)
    flipped = OralModel(offset_c=80.0, alarm_margin_c=0.2, slope=-1.0)
    assert cal.score_model(flipped, skin, ref, 37.7)["auc"] == pytest.approx(1 - auc, abs=1e-4)


@needs_fda
def test_vectorised_prediction_matches_classify(round1):
    skin, _, _ = round1
    fast = cal.predict_elevated(OFFSET_MODEL, skin, 37.7)
    slow = [OFFSET_MODEL.classify(float(s), 37.7)[0] == "elevated" for s in skin]
    assert fast.tolist() == slow


# ---------------------------------------------------------------- fitting


@needs_fda
def test_fitted_offset_is_mean_difference(round1):
    skin, ref, _ = round1
    model = cal.fit_model(skin, ref, robust=False)
    assert model.slope == 1.0
    assert model.offset_c == pytest.approx(np.mean(ref - skin), abs=0.005)
    assert model.offset_c == round(model.offset_c, 2)


@needs_fda
def test_in_sample_margin_is_smallest_reaching_target(round1):
    skin, ref, _ = round1
    model = cal.fit_model(skin, ref, robust=False)
    sens = cal.score_model(model, skin, ref, 37.7)["sensitivity"]
    assert sens >= 0.90
    if model.alarm_margin_c > 0:
        tighter = OralModel(model.offset_c, round(model.alarm_margin_c - 0.05, 2))
        assert cal.score_model(tighter, skin, ref, 37.7)["sensitivity"] < 0.90


@needs_fda
def test_shipped_model_is_the_round1_fit(round1):
    skin, ref, _ = round1
    result = cal.fit_details(skin, ref, 37.7, 0.90)
    for name in ("offset_c", "alarm_margin_c", "slope", "prealarm_band_c",
                 "target_sensitivity", "fitted_limit_c"):
        assert getattr(result.model, name) == getattr(OFFSET_MODEL, name), name
    assert result.model.alarm_margin_c >= result.in_sample_margin_c
    assert result.cross_validated["sensitivity"] >= 0.90
    assert "canthiMax1" in OFFSET_MODEL.provenance and "2026-11-28" in OFFSET_MODEL.provenance


@needs_fda
def test_shipped_model_round1_sensitivity_and_cv(round1):
    skin, ref, _ = round1
    sc = cal.score_model(OFFSET_MODEL, skin, ref, 37.7)
    assert sc["sensitivity"] >= 0.90
    assert sc["specificity"] > 0.90
    cv = cal.cross_validate(skin, ref, 37.7, 0.90, folds=10, repeats=50, seed=0,
                            margin_extra_c=0.05)
    assert cv["sensitivity"] >= 0.90
    assert 0.95 < cv["auc"] < 0.99
    assert cv["specificity"] > 0.85
    lo, hi = cv["sensitivity_range"]
    assert lo <= cv["sensitivity"] <= hi
    # Without the extra margin the in-sample choice is optimistic out of fold.
    plain = cal.cross_validate(skin, ref, 37.7, 0.90, repeats=50)
    assert plain["sensitivity"] <= cv["sensitivity"]


@needs_fda
def test_shipped_model_on_rounds_2_to_4():
    for k in (2, 3, 4):
        skin, ref, _ = cal.load_pairs(FDA, f"canthiMax{k}", "aveOralM")
        sc = cal.score_model(OFFSET_MODEL, skin, ref, 37.7)
        assert sc["sensitivity"] >= 0.90, k
        assert sc["specificity"] >= 0.85, k


def test_synthetic_known_offset_is_recovered():
    rng = np.random.default_rng(7)
    skin = rng.normal(35.6, 0.55, 4000)
    ref = skin + 1.20 + rng.normal(0.0, 0.30, skin.size)
    result = cal.fit_details(skin, ref, 37.7, 0.90, repeats=5)
    assert result.model.offset_c == pytest.approx(1.20, abs=0.02)
    assert result.model.slope == 1.0
    assert result.model.alarm_margin_c >= result.in_sample_margin_c
    assert result.cross_validated["sensitivity"] >= 0.90
    linear = cal.fit_model(skin, ref, method="linear", robust=False)
    assert linear.slope == pytest.approx(1.0, abs=0.03)  # noise is in the reference only


def test_fit_errors():
    skin = np.array([35.0, 35.5, 36.0])
    with pytest.raises(CanthusError, match="at least 2"):
        cal.fit_model(skin, skin + 1.0)  # no reference at or over 37.7
    with pytest.raises(CanthusError, match="same length"):
        cal.fit_model(skin, skin[:2])
    with pytest.raises(CanthusError, match="target sensitivity"):
        cal.fit_model(skin, skin + 2.0, target_sensitivity=1.5)
    with pytest.raises(CanthusError, match="unknown fitting method"):
        cal.fit_model(skin, skin + 2.0, method="cubic", robust=False)


# ---------------------------------------------------------------- report


def test_report_on_plain_csv_with_fit(tmp_path):
    rng = np.random.default_rng(3)
    skin = np.round(rng.normal(35.8, 0.6, 300), 2)
    ref = np.round(skin + 1.1 + rng.normal(0, 0.3, skin.size), 2)
    lines = ["skin_c,oral_c"] + [f"{s:.2f},{r:.2f}" for s, r in zip(skin, ref)] + [",37.0"]
    p = _write(tmp_path, "\n".join(lines) + "\n")
    rep = cal.calibrate_report(p, "skin_c", "oral_c", fit=True, repeats=5, date="2026-11-28")
    json.dumps(rep, allow_nan=False)  # what the CLI prints
    assert (rep["n"], rep["skipped"], rep["limit_c"]) == (300, 1, 37.7)
    cur = rep["current"]
    assert cur["model"] == OFFSET_MODEL.to_dict()
    for key in ("n", "positives", "auc", "sensitivity", "specificity", "alarm_level_c"):
        assert key in cur
    fitted = rep["fitted"]
    assert fitted["model"]["offset_c"] == pytest.approx(1.1, abs=0.06)
    assert "2026-11-28" in fitted["model"]["provenance"]
    assert fitted["in_sample"]["sensitivity"] >= 0.90
    assert fitted["cross_validated"]["sensitivity"] >= 0.90
    assert set(fitted) == {"model", "in_sample_margin_c", "in_sample", "cross_validated"}


def test_report_without_fit_has_no_fitted(tmp_path):
    p = _write(tmp_path, "a,b\n35.0,36.0\n36.5,38.0\n")
    rep = cal.calibrate_report(p, "a", "b")
    assert "fitted" not in rep
    assert rep["current"]["positives"] == 1
    json.dumps(rep, allow_nan=False)


# ---------------------------------------------------------------- canthus + face max + room


@pytest.fixture(scope="module")
def face_room():
    if not FDA.is_file():
        pytest.skip(f"FDA facial/oral data not found at {FDA}")
    (c, f, a, r), skipped = cal.load_columns(FDA, ("canthiMax1", "T_Max1", "T_atm", "aveOralM"))
    return c, f, a, r, skipped


@needs_fda
def test_face_room_model_is_the_round1_fit(face_room):
    c, f, a, r, skipped = face_room
    assert (c.size, skipped) == (1003, 17)
    fit = cal.fit_face_room_details(c, f, a, r, 37.7, 0.90)
    for name in ("offset_c", "alarm_margin_c", "slope", "face_weight", "face_cap_c", "face_excess_c",
                 "room_coef", "room_ref_c", "room_min_c", "room_max_c", "target_sensitivity", "fitted_limit_c"):
        assert getattr(fit.model, name) == getattr(FACE_ROOM_MODEL, name), name
    # The room range it clamps to is the study's: T_atm 20.2-29.1 °C.
    assert (FACE_ROOM_MODEL.room_min_c, FACE_ROOM_MODEL.room_max_c) == (a.min(), a.max())
    # The room term is the documented ~0.08 °C less offset per °C of room.
    assert -0.1 < FACE_ROOM_MODEL.room_coef < -0.05
    cv = fit.cross_validated
    assert cv["sensitivity"] >= 0.90 and cv["specificity"] >= 0.93
    # Better out of fold than the shipped canthus offset with the same procedure.
    base = cal.cross_validate(c, r, 37.7, 0.90, margin_extra_c=0.05)
    assert base["specificity"] < 0.92 < cv["specificity"]
    assert cv["auc"] > base["auc"]


@needs_fda
def test_face_room_nested_cross_validation_beats_offset(face_room):
    # Every weight, offset and margin (extra included) chosen inside the outer training folds.
    c, f, a, r, _ = face_room
    new = cal.nested_cross_validate(c, r, f, a, repeats=10, inner_repeats=5)
    old = cal.nested_cross_validate(c, r, repeats=10, inner_repeats=5)
    assert new["sensitivity"] >= 0.90 and new["specificity"] >= 0.93
    assert old["specificity"] < new["specificity"]


@needs_fda
def test_face_room_vectorised_matches_classify(face_room):
    c, f, a, r, _ = face_room
    m = FACE_ROOM_MODEL
    for limit in (37.5, 37.7, 38.0):
        fast = cal.predict_elevated(m, c, limit, f, a)
        slow = [m.classify(float(x), limit, float(y), float(z))[0] == "elevated" for x, y, z in zip(c, f, a)]
        assert fast.tolist() == slow
        alone = cal.predict_elevated(m, c, limit)  # canthus only: the mean face excess, the study's room
        assert alone.tolist() == [m.classify(float(x), limit)[0] == "elevated" for x in c]
    in_sample = cal.predict_elevated(m, c, 37.7, f, a)
    pos = r >= 37.7
    assert (in_sample & pos).sum() == 75 and (in_sample & ~pos).sum() == 60


def test_face_room_estimate_caps_the_face_and_ignores_missing():
    m = FACE_ROOM_MODEL
    # A hot mouth or cup 3 °C over the canthus adds no more than the cap allows.
    assert m.estimate(35.5, 38.5, 24.1) == pytest.approx(35.5 + 1.343 * 0.3 + 1.21)
    assert m.estimate(35.5, 35.5, 24.1) == pytest.approx(35.5 + 1.21)
    assert m.estimate(35.5) == pytest.approx(35.5 + 1.343 * 0.077 + 1.21)
    assert m.estimate(35.5, float("nan"), float("nan")) == m.estimate(35.5)
    assert m.estimate(35.5, 35.6, 20.2) == pytest.approx(m.estimate(35.5, 35.6, 24.1) + 0.078 * 3.9)
    # Under the study's coolest room (20.2 °C) the room term stops growing: no extrapolation.
    assert m.estimate(35.5, 35.6, 18.0) == m.estimate(35.5, 35.6, 20.2)
    # The skin threshold is the canthus whose estimate (mean excess) reaches the alarm level.
    t = m.skin_threshold_c(37.7, room_c=22.0)
    assert m.estimate(t, room_c=22.0) == pytest.approx(m.alarm_level_c(37.7))
    # The plain models are unchanged by the new terms.
    assert OFFSET_MODEL.estimate(35.5, 38.0, 30.0) == OFFSET_MODEL.estimate(35.5) == 35.5 + 1.31


def test_face_room_bad_inputs():
    c = np.array([35.0, 35.5, 36.0, 36.4, 36.6])
    r = c + 1.3
    with pytest.raises(CanthusError, match="same length"):
        cal.fit_face_room_details(c, c[:3], c, r)
    with pytest.raises(CanthusError, match="under its canthus maximum"):
        cal.fit_face_room_details(c, c - 0.1, np.full(5, 22.0), r, robust=False)
    with pytest.raises(CanthusError, match="varied"):
        cal.fit_face_room_details(c, c, np.full(5, 22.0), r, robust=False)


def test_load_columns_reads_several_and_names_missing(tmp_path):
    p = _write(tmp_path, "canthus,face,room,oral\n35.5,35.7,22,37.0\n35.6,,22,37.1\n35.9,36.0,23,37.3\n")
    (_, f, _, _), skipped = cal.load_columns(p, ("canthus", "face", "room", "oral"))
    np.testing.assert_array_equal(f, [35.7, 36.0])
    assert skipped == 1
    with pytest.raises(CanthusError, match="no row has all columns 'canthus', 'face', 'ambient' and 'oral'"):
        cal.load_columns(p, ("canthus", "face", "ambient", "oral"))
