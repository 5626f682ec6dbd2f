"""Raw-to-°C converters against hand-computed and published numbers.

Published reference values used here (all public, cited where used):

* Thermimage README (github.com/gtatters/Thermimage, README.md, "Importing
  Thermal Videos"): the raw2temp look-up table built from the calibration of
  its sample SEQ (FLIR SC660: PlanckR1 21106.77, B 1501, F 1, O -7340,
  R2 0.012545258; emissivity 0.95, 1 m, 20 °C, 50 % RH) gives
  ``templookup[c(17172, 18273, 24932)] = 18.30964 24.77935 57.07821``.
* ThermimageCalibration (github.com/gtatters/ThermimageCalibration, README.md
  and the CSV exports it reads): the same SC660 calibration, raw counts of the
  first image row exported by FLIR ResearchIR (``IguanaRawR&D.csv``:
  19852, 19867, 19838, 19835, 19839) and the temperatures FLIR ThermaCAM
  Researcher Pro computed for them under changed settings, exported at 0.1 °C:
  ``IguanaActualTemperatureE0.96Temps20Thermcam.csv`` (E 0.96, 20 °C),
  ``Iguana_T0.7.csv`` (IR window transmission 0.7), ``Iguana_RT40.csv``
  (reflected/atmosphere/window 40 °C, as the README reproduces it) and
  ``Iguana_E0.9.csv`` (E 0.9). The README reports raw2temp agreeing with FLIR's
  software to 0.03-0.05 °C on average (SD ~0.03 °C); with the 0.05 °C export
  rounding, ±0.15 °C per pixel is the honest tolerance.
* Topdon TC001 / InfiRay P2: Les Wright's PyThermalCamera
  (github.com/leswright1977/PyThermalCamera, src/tc001v4.2.py):
  ``hi = thdata[y][x][0]; lo = thdata[y][x][1]; lo = lo*256;
  rawtemp = hi+lo; temp = (rawtemp/64)-273.15`` -- "hi" is in fact the low
  byte of a little-endian 1/64 K value.
"""

from __future__ import annotations

import numpy as np
import pytest

from app.core.errors import BadFrame
from app.core.radiometry import (
    KELVIN_OFFSET,
    PlanckLUT,
    PlanckParams,
    Y16Resolution,
    atmospheric_transmission,
    celsius_passthrough,
    celsius_to_counts,
    celsius_to_y16,
    counts_to_celsius,
    topdon_to_celsius,
    y16_to_celsius,
)

CK = Y16Resolution.CENTIKELVIN
DK = Y16Resolution.DECIKELVIN

# FLIR SC660 factory constants (Thermimage raw2temp.Rd calibration table).
SC660 = dict(r1=21106.77, r2=0.012545258, b=1501.0, f=1.0, o=-7340.0)


def sc660(**conditions: float) -> PlanckParams:
    base = dict(distance_m=1.0, reflected_c=20.0, atmosphere_c=20.0, window_c=20.0, humidity_pct=50.0)
    base.update(conditions)
    return PlanckParams(**SC660, **base)


# --------------------------------------------------------------------------
# Y16 (Lepton TLinear)


def test_y16_centikelvin_hand_computed() -> None:
    # 30815 cK = 308.15 K = 35.00 °C; 27315 cK = 0 °C; 0 cK = -273.15 °C
    raw = np.array([[30815, 27315], [0, 31015]], dtype=np.uint16)
    out = y16_to_celsius(raw, CK)
    assert out.dtype == np.float32 and out.flags.c_contiguous and out.shape == (2, 2)
    np.testing.assert_allclose(out, [[35.0, 0.0], [-273.15, 37.0]], atol=1e-4)


def test_y16_decikelvin_hand_computed() -> None:
    # 3082 dK = 308.2 K = 35.05 °C; 3100 dK = 310.0 K = 36.85 °C
    raw = np.array([[3082, 3100]], dtype=np.uint16)
    np.testing.assert_allclose(y16_to_celsius(raw, DK), [[35.05, 36.85]], atol=1e-4)


def test_low_gain_frame_read_in_its_own_mode_gives_body_temperature() -> None:
    """The "divide by 100 always" bug reads a low-gain 310 K as -242 °C."""
    low_gain = np.full((120, 160), 3100, dtype=np.uint16)  # 310.0 K in 0.1 K units
    right = y16_to_celsius(low_gain, DK)
    np.testing.assert_allclose(right, 36.85, atol=1e-4)
    wrong = y16_to_celsius(low_gain, CK)  # what the bug computes
    np.testing.assert_allclose(wrong, -242.15, atol=1e-4)
    with pytest.raises(BadFrame):  # and the pipeline's validation refuses it
        celsius_passthrough(wrong)


def test_y16_resolution_is_never_assumed() -> None:
    with pytest.raises(TypeError):
        y16_to_celsius(np.zeros((2, 2), np.uint16))  # type: ignore[call-arg]


def test_y16_offset_and_input_layouts() -> None:
    frame = np.full((120, 160), 30815, dtype=np.uint16)
    np.testing.assert_allclose(y16_to_celsius(frame, CK, offset_c=-0.4), 34.6, atol=1e-4)
    for view in (frame[:, ::2], frame.T, frame.astype(">u2"), frame.astype(np.int32)):
        out = y16_to_celsius(view, CK)
        assert out.shape == view.shape and out.flags.c_contiguous
        np.testing.assert_allclose(out, 35.0, atol=1e-4)


def test_y16_precision_over_the_whole_range() -> None:
    raw = np.arange(65536, dtype=np.uint16).reshape(256, 256)
    exact_ck = raw.astype(np.float64) * 0.01 - KELVIN_OFFSET
    exact_dk = raw.astype(np.float64) * 0.1 - KELVIN_OFFSET
    assert np.abs(y16_to_celsius(raw, CK) - exact_ck).max() < 1e-4
    assert np.abs(y16_to_celsius(raw, DK) - exact_dk).max() < 1e-3  # float32 at ~6000 °C


@pytest.mark.parametrize(
    "bad", [np.array([[1.5]]), np.array([[-1, 5]]), np.array([[70000]]), np.zeros((2, 2, 2), np.uint16)]
)
def test_y16_rejects_non_16_bit_input(bad: np.ndarray) -> None:
    with pytest.raises(BadFrame):
        y16_to_celsius(bad, CK)


def test_celsius_to_y16_hand_computed_and_clipped() -> None:
    assert celsius_to_y16(np.array(35.0), CK) == 30815
    assert celsius_to_y16(np.array(35.05), DK) == 3082
    np.testing.assert_array_equal(celsius_to_y16(np.array([-300.0, 1e6]), CK), [0, 65535])


def test_celsius_to_y16_refuses_non_finite() -> None:
    with pytest.raises(BadFrame):  # would otherwise be written as 0 = -273.15 °C
        celsius_to_y16(np.array([[36.0, np.nan]]), CK)
    with pytest.raises(BadFrame):
        celsius_to_y16(np.array([[np.inf]]), DK)


def test_empty_raw_frames_are_bad_frames() -> None:
    empty = np.zeros((0, 160), dtype=np.uint16)
    with pytest.raises(BadFrame):
        y16_to_celsius(empty, CK)
    with pytest.raises(BadFrame):
        PlanckLUT(sc660(emissivity=0.95))(empty)


@pytest.mark.parametrize("resolution,tol", [(CK, 0.005 + 1e-4), (DK, 0.05 + 1e-3)])
def test_y16_round_trip(resolution: Y16Resolution, tol: float) -> None:
    temps = np.arange(-20.0, 150.0, 0.013).reshape(1, -1)
    back = y16_to_celsius(celsius_to_y16(temps, resolution), resolution)
    assert np.abs(back - temps).max() <= tol  # within half a count
    raw = np.arange(0, 65536, 7, dtype=np.uint16).reshape(1, -1)
    np.testing.assert_array_equal(celsius_to_y16(y16_to_celsius(raw, resolution), resolution), raw)


# --------------------------------------------------------------------------
# FLIR Planck (raw2temp)


def test_raw2temp_thermimage_readme_sample_seq() -> None:
    # Thermimage README: templookup[c(17172, 18273, 24932)] -> 18.30964 24.77935 57.07821
    # (calibration and conditions of Thermimage's SampleSEQ.seq: SC660, E 0.95,
    # 1 m, 20 °C reflected/atmosphere/window, 50 % RH, window transmission 1).
    got = counts_to_celsius(np.array([17172, 18273, 24932]), sc660(emissivity=0.95))
    np.testing.assert_allclose(got, [18.30964, 24.77935, 57.07821], atol=2e-5)


IGUANA_RAW = np.array([19852, 19867, 19838, 19835, 19839])  # IguanaRawR&D.csv, row 1


@pytest.mark.parametrize(
    "conditions,flir_software_c",
    [
        # IguanaActualTemperatureE0.96Temps20Thermcam.csv, row 1
        (dict(emissivity=0.96), [33.2, 33.3, 33.1, 33.1, 33.1]),
        # Iguana_T0.7.csv: external window transmission 0.7
        (dict(emissivity=0.96, window_transmission=0.7), [38.4, 38.5, 38.3, 38.2, 38.3]),
        # Iguana_RT40.csv, with the settings Thermimage's README reproduces it with
        (dict(emissivity=0.96, reflected_c=40.0, atmosphere_c=40.0, window_c=40.0), [32.2, 32.3, 32.2, 32.1, 32.2]),
        # Iguana_E0.9.csv: emissivity 0.9
        (dict(emissivity=0.9), [34.0, 34.1, 33.9, 33.9, 33.9]),
    ],
    ids=["E0.96", "window0.7", "40C", "E0.9"],
)
def test_raw2temp_against_flir_thermacam_researcher(conditions: dict, flir_software_c: list[float]) -> None:
    got = counts_to_celsius(IGUANA_RAW, sc660(**conditions))
    np.testing.assert_allclose(got, flir_software_c, atol=0.15)


def test_emissivity_below_one_raises_a_warm_object_estimate() -> None:
    counts = celsius_to_counts(35.0, sc660(emissivity=1.0))  # a 35 °C blackbody, 20 °C room
    t1 = float(counts_to_celsius(counts, sc660(emissivity=1.0)))
    t095 = float(counts_to_celsius(counts, sc660(emissivity=0.95)))
    assert t1 == pytest.approx(35.0, abs=1e-6)
    assert t095 > t1 + 0.5  # part of the signal is the colder room's reflection
    cold = celsius_to_counts(5.0, sc660(emissivity=1.0))  # colder than the room: the reverse
    assert float(counts_to_celsius(cold, sc660(emissivity=0.95))) < 5.0
    # published: FLIR's own E 0.9 export reads this warm pixel ~0.8 °C higher than E 0.96
    assert (counts_to_celsius(IGUANA_RAW, sc660(emissivity=0.9)) > counts_to_celsius(IGUANA_RAW, sc660(emissivity=0.96))).all()


def test_reflected_temperature_equal_to_object_makes_emissivity_irrelevant() -> None:
    counts = celsius_to_counts(20.0, sc660(emissivity=1.0, distance_m=0.0))
    for e in (0.5, 0.9, 1.0):
        assert float(counts_to_celsius(counts, sc660(emissivity=e, distance_m=0.0))) == pytest.approx(20.0, abs=1e-6)


@pytest.mark.parametrize(
    "conditions",
    [
        dict(emissivity=0.98),
        dict(emissivity=0.9, distance_m=5.0, humidity_pct=80.0, atmosphere_c=30.0),
        dict(emissivity=0.95, window_transmission=0.7, window_c=30.0, reflected_c=10.0),
    ],
)
def test_celsius_to_counts_inverts_counts_to_celsius(conditions: dict) -> None:
    p = sc660(**conditions)
    temps = np.linspace(0.0, 120.0, 241)
    np.testing.assert_allclose(counts_to_celsius(celsius_to_counts(temps, p), p), temps, atol=1e-9)


def test_atmospheric_transmission() -> None:
    assert atmospheric_transmission(sc660(distance_m=0.0)) == pytest.approx(1.0)
    taus = [atmospheric_transmission(sc660(distance_m=d)) for d in (1.0, 5.0, 20.0, 100.0)]
    assert all(0.0 < t < 1.0 for t in taus) and taus == sorted(taus, reverse=True)
    assert atmospheric_transmission(sc660(distance_m=10.0, humidity_pct=90.0)) < atmospheric_transmission(
        sc660(distance_m=10.0, humidity_pct=10.0)
    )


def test_counts_under_the_background_are_not_temperatures() -> None:
    out = counts_to_celsius(np.array([0, 100, 18000]), sc660(emissivity=0.95))
    assert np.isnan(out[:2]).all() and np.isfinite(out[2])


@pytest.mark.parametrize(
    "bad",
    [dict(emissivity=0.0), dict(emissivity=1.01), dict(window_transmission=0.0), dict(distance_m=-1.0), dict(humidity_pct=101.0)],
)
def test_planck_params_reject_impossible_conditions(bad: dict) -> None:
    with pytest.raises(ValueError):
        sc660(**bad)


# --------------------------------------------------------------------------
# PlanckLUT


@pytest.mark.parametrize(
    "conditions",
    [dict(emissivity=0.95), dict(emissivity=0.9, window_transmission=0.7, distance_m=3.0, humidity_pct=70.0)],
)
def test_lut_matches_the_direct_formula(conditions: dict) -> None:
    p = sc660(**conditions)
    lut = PlanckLUT(p)
    direct = counts_to_celsius(np.arange(65536, dtype=np.float64), p)
    valid = np.isfinite(direct)
    assert valid.sum() > 50000
    assert np.abs(lut.table[valid].astype(np.float64) - direct[valid]).max() < 1e-3
    frame = np.random.default_rng(0).integers(16000, 26000, size=(480, 640)).astype(np.uint16)
    out = lut(frame)
    assert out.dtype == np.float32 and out.shape == frame.shape and out.flags.c_contiguous
    assert np.abs(out - counts_to_celsius(frame, p)).max() < 1e-3
    np.testing.assert_allclose(lut(frame, offset_c=0.25), out + np.float32(0.25), atol=1e-5)


def test_lut_published_values() -> None:
    lut = PlanckLUT(sc660(emissivity=0.95))
    np.testing.assert_allclose(
        lut(np.array([[17172, 18273, 24932]], np.uint16)), [[18.30964, 24.77935, 57.07821]], atol=1e-3
    )


def test_lut_rebuilt_only_when_params_change() -> None:
    p = sc660(emissivity=0.95)
    lut = PlanckLUT(p)
    table = lut.table
    lut.params = p
    assert lut.table is table
    lut.params = sc660(emissivity=0.95)  # equal values, new object: no rebuild
    assert lut.table is table
    lut.params = sc660(emissivity=0.9)
    assert lut.table is not table
    assert lut.params.emissivity == 0.9
    assert lut.table[20000] > table[20000]  # warm pixel, lower emissivity


def test_lut_refuses_counts_it_cannot_convert() -> None:
    lut = PlanckLUT(sc660(emissivity=0.95))
    frame = np.full((8, 8), 18000, dtype=np.uint16)
    frame[0, 0] = 0  # dead pixel under the background: no temperature
    with pytest.raises(BadFrame, match="range this calibration"):
        lut(frame)


# --------------------------------------------------------------------------
# °C passthrough and Topdon


def test_passthrough_accepts_a_plausible_frame() -> None:
    frame = np.full((16, 16), 36.5)  # float64 in
    out = celsius_passthrough(frame)
    assert out.dtype == np.float32 and out.flags.c_contiguous
    np.testing.assert_allclose(out, 36.5)


@pytest.mark.parametrize(
    "bad",
    [
        np.where(np.eye(16, dtype=bool), np.nan, 30.0),
        np.where(np.eye(16, dtype=bool), np.inf, 30.0),
        np.where(np.eye(16, dtype=bool), -np.inf, 30.0),
        np.full(256, 30.0),  # 1-D
        np.full((16, 16, 3), 30.0),  # colour image
        np.full((4, 4), 30.0),  # too small
        np.full((16, 16), 30815.0),  # centi-Kelvin passed off as °C
    ],
    ids=["nan", "inf", "-inf", "1d", "3d", "tiny", "wrong-unit"],
)
def test_passthrough_rejects_bad_frames(bad: np.ndarray) -> None:
    with pytest.raises(BadFrame):
        celsius_passthrough(bad)


def test_topdon_quirk_formula() -> None:
    # 37.00625 °C = 310.15625 K = 19850/64 -> 19850 = 0x4D8A: byte 0 = 0x8A, byte 1 = 0x4D
    hi = np.array([[0x8A]], dtype=np.uint8)  # "hi" in PyThermalCamera is byte 0 (the low byte)
    lo = np.array([[0x4D]], dtype=np.uint8)
    np.testing.assert_allclose(topdon_to_celsius(hi, lo), [[19850 / 64 - 273.15]], atol=1e-4)
    np.testing.assert_allclose(topdon_to_celsius(hi, lo), 37.00625, atol=1e-4)


def test_topdon_uint8_bytes_do_not_overflow() -> None:
    rng = np.random.default_rng(1)
    thermal = rng.integers(0, 256, size=(192, 256, 2), dtype=np.uint8)
    thermal[0, 0] = (255, 255)
    out = topdon_to_celsius(thermal[..., 0], thermal[..., 1])
    expected = (thermal[..., 0].astype(np.float64) + thermal[..., 1].astype(np.float64) * 256) / 64 - KELVIN_OFFSET
    assert out.dtype == np.float32 and out.flags.c_contiguous and out.shape == (192, 256)
    np.testing.assert_allclose(out, expected, atol=1e-3)
    assert out[0, 0] == pytest.approx(65535 / 64 - KELVIN_OFFSET, abs=1e-3)
