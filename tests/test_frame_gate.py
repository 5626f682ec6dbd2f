"""The frame gate: no garbage frame becomes a result, none raises, none leaves the camera live.

Issue 8's repro first (dead pixels on febrile faces used to read "normal"),
then the gate's rules one by one, then property tests (hypothesis) that mix
every kind of garbage into real simulated faces. ``tests/bench/fuzz_frames.py``
runs the same properties for longer and prints counts.
"""

from __future__ import annotations

import functools
import math
from dataclasses import dataclass
from typing import Callable

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.core import engine as engine_module
from app.core import gate
from app.core.config import EngineConfig
from app.core.detection import Measurement
from app.core.engine import CAMERA_STATES, REASONS, Engine, _Track
from app.core.frame import Frame
from app.core.radiometry import PlanckLUT, PlanckParams, Y16Resolution, celsius_to_y16, y16_to_celsius
from app.sim import SimConfig, Simulator
from app.sim.scoring import engine_config_for
from app.texts import SHORT

RESULTS = ("normal", "elevated")


# -- material ------------------------------------------------------------------
@functools.cache
def subject(febrile: bool) -> tuple[EngineConfig, tuple[tuple[np.ndarray, frozenset, float], ...], dict]:
    """One person walking up, standing and leaving (384x288, 9 fps, a blackbody in view):
    the engine settings for the camera, the frames and the truth."""
    cfg = SimConfig(seed=3, script=((),), cores_c=(39.0 if febrile else 36.6,))  # clearly one or the other
    sim = Simulator(cfg)
    frames = tuple((c.copy(), f, t) for c, f, t in sim.frames())
    (truth,) = sim.truth()
    assert truth["should_alarm"] is febrile
    for c, _, _ in frames:
        c.setflags(write=False)  # mutations copy; the cache stays clean
    return engine_config_for(cfg), frames, truth


def y16(c: np.ndarray) -> np.ndarray:
    return celsius_to_y16(c, Y16Resolution.CENTIKELVIN)


def y16_radiometer(raw: np.ndarray, *, offset_c: float = 0.0) -> np.ndarray:
    return y16_to_celsius(raw, Y16Resolution.CENTIKELVIN, offset_c=offset_c)


FLIR = PlanckLUT(PlanckParams(r1=17096.453, r2=0.046642166, b=1428.0, f=1.0, o=-6337.0))


def run(engine: Engine, frames) -> tuple[list, list[engine_module.FrameResult]]:
    decisions, results = [], []
    for fr in frames:
        res = engine.process(fr)
        results.append(res)
        decisions += res.decisions
    return decisions + engine.flush(), results


# -- the repro -----------------------------------------------------------------
def test_dead_pixels_on_febrile_faces_never_read_normal():
    """Issue 8: c[::50, ::50] = NaN (0.04 % of pixels) turned 4 x elevated into 4 x normal."""
    cfg = SimConfig(width=384, height=288, fps=9, seed=5, script=((),) * 4, fever_rate=1.0)
    sim = Simulator(cfg)
    engine = Engine(cfg.camera, engine_config_for(cfg), cfg.model)
    frames = []
    for i, (c, flags, t) in enumerate(sim.frames()):
        c = c.copy()
        c[::50, ::50] = np.nan
        frames.append(Frame(cfg.camera, i, t, c, "sim", flags))
    decisions, results = run(engine, frames)
    truth = sim.truth()
    assert all(t["should_alarm"] for t in truth)
    assert len(decisions) == 4
    assert [d.verdict for d in decisions] == ["elevated"] * 4  # measured around the dead pixels
    for t, d in zip(truth, decisions):
        assert d.canthus_c == pytest.approx(t["canthus_c"], abs=0.1)
    assert engine.frames_bad_pixels == len(frames) and engine.frames_refused == 0
    assert {r.bad_pixels for r in results} == {48}  # counted: 6 rows x 8 columns
    assert {r.camera_state for r in results} == {"live"}  # 0.04 % is a working camera


def test_dead_pixels_on_the_canthus_give_retry_with_the_reason():
    """The peak may hide under dead pixels: no reading is taken next to them."""
    ecfg, frames, truth = subject(True)
    engine = Engine("c", ecfg)
    gated = []
    for i, (c, flags, t) in enumerate(frames):
        c = c.copy()
        y, x = np.unravel_index(int(np.argmax(np.where(c < 40, c, 0))), c.shape)  # the face's hottest pixel
        c[y - 1 : y + 2, x - 1 : x + 2] = np.nan
        gated.append(Frame("c", i, t, c, "sim", flags))
    decisions, results = run(engine, gated)
    assert [d.verdict for d in decisions] == ["retry"]
    (d,) = decisions
    assert d.reason == "bad_pixels" and d.instruction == REASONS["bad_pixels"]
    assert d.canthus_c is None and d.estimate_c is None
    assert any(t.state == "bad_pixels" for r in results for t in r.tracks)


def test_too_many_dead_pixels_is_a_camera_state_and_a_retry():
    ecfg, frames, _ = subject(True)
    engine = Engine("c", ecfg)
    rng = np.random.default_rng(1)
    gated = []
    for i, (c, flags, t) in enumerate(frames):
        c = c.copy()
        c.ravel()[rng.choice(c.size, c.size // 50, replace=False)] = np.nan  # 2 %
        gated.append(Frame("c", i, t, c, "sim", flags))
    decisions, results = run(engine, gated)
    assert {r.camera_state for r in results} == {"bad_pixels"}
    assert all("more than the 1 %" in r.detail for r in results)
    assert all(np.isfinite(r.frame.celsius).all() for r in results)  # filled for display and detection
    assert [(d.verdict, d.reason) for d in decisions] == [("retry", "bad_pixels")]


# -- the gate's rules ----------------------------------------------------------
def standing(febrile: bool = True) -> tuple[np.ndarray, float]:
    _, frames, _ = subject(febrile)
    c, _, t = frames[len(frames) // 2]
    return c.copy(), t


@pytest.mark.parametrize(
    "make, words",
    [
        (lambda c: c.astype(np.int16), "raw counts with a radiometer"),  # integer °C is never guessed
        (lambda c: c > 30, "floating-point"),
        (lambda c: c.astype(object), "floating-point"),
        (lambda c: c.astype(np.complex64), "floating-point"),
        (lambda c: c.ravel(), "2-D"),
        (lambda c: np.dstack([c, c, c]), "2-D"),
        (lambda c: c[:0], "too small"),
        (lambda c: c[:1, :1], "too small"),
        (lambda c: c[:15, :15], "too small"),
        (lambda c: np.zeros((20, 4097), np.float32), "larger than any thermal camera"),
        (lambda c: c[:20, :100], "at most 4:1"),
        (lambda c: c.tolist(), "numpy array"),
        (lambda c: np.where(c > 30, 200.0, c).astype(np.float32), "outside the camera's range"),
        (lambda c: np.where(c > 30, -273.15, c).astype(np.float32), "outside the camera's range"),
        (lambda c: np.where(c > 30, 1e30, c), "outside the camera's range"),  # float64: not a float32 inf
        (lambda c: np.full_like(c, np.nan), "no pixel holds a finite temperature"),
    ],
)
def test_refused_frames_say_why_and_show_nothing(make, words):
    c, t = standing()
    engine = Engine("c", EngineConfig())
    res = engine.process(Frame("c", 0, t, make(c)))
    assert res.camera_state == "bad_frame"
    assert words in res.detail
    assert res.frame.celsius is None and res.decisions == [] and res.tracks == []
    assert engine.frames_refused == 1


@pytest.mark.parametrize(
    "frame, words",
    [
        (Frame("c", 0, float("nan"), np.zeros((32, 32), np.float32)), "capture time"),
        (Frame("c", 0, "soon", np.zeros((32, 32), np.float32)), "capture time"),  # type: ignore[arg-type]
        (Frame("c", "7", 0.0, np.zeros((32, 32), np.float32)), "frame number"),  # type: ignore[arg-type]
        (Frame("c", 0, 0.0, np.zeros((32, 32), np.float32), flags=None), "flags"),  # type: ignore[arg-type]
        (Frame("c", 0, 0.0, None), "neither"),
        (Frame("c", 0, 0.0, None, raw=np.zeros((32, 32), np.uint16)), "no radiometer"),
        (Frame("c", 0, 0.0, None, raw=np.zeros((32, 32), np.float32), radiometer=y16_radiometer), "integer"),
        (Frame("c", 0, 0.0, None, raw=np.zeros((32, 32), np.uint16), radiometer=y16_radiometer), "range"),
        (Frame("c", 0, 0.0, None, raw=np.zeros((32, 32), np.uint16), radiometer=FLIR), "leave the range"),
        (Frame("c", 0, 0.0, None, raw=np.zeros((32, 32), np.uint16),
               radiometer=lambda raw, offset_c=0.0: raw[:4]), "radiometer returned"),
    ],
)
def test_refused_containers(frame, words):
    res = Engine("c", EngineConfig()).process(frame)
    assert res.camera_state == "bad_frame" and words in res.detail


def test_exact_conversions_screen_like_float32():
    """float64 and float16 °C, non-contiguous arrays and Y16 raw counts give the float32 decisions."""
    ecfg, frames, truth = subject(True)
    variants: dict[str, Callable[[np.ndarray, float, int], Frame]] = {
        "float32": lambda c, t, i: Frame("c", i, t, c.copy()),
        "float64": lambda c, t, i: Frame("c", i, t, c.astype(np.float64)),
        "float16": lambda c, t, i: Frame("c", i, t, c.astype(np.float16)),
        "strided": lambda c, t, i: Frame("c", i, t, np.asfortranarray(c)),
        "masked": lambda c, t, i: Frame("c", i, t, np.ma.masked_array(c, mask=c > 30)),  # the values count
        "read_only": lambda c, t, i: Frame("c", i, t, c),  # the correction is not added in place to it
        "y16": lambda c, t, i: Frame("c", i, t, None, raw=y16(c), radiometer=y16_radiometer),
    }
    for name, make in variants.items():
        engine = Engine("c", ecfg)
        decisions, results = run(engine, [make(c, t, i) for i, (c, _, t) in enumerate(frames)])
        assert {r.camera_state for r in results} == {"live"}, name
        assert [d.verdict for d in decisions] == ["elevated"], name
        assert decisions[0].canthus_c == pytest.approx(truth["canthus_c"], abs=0.05), name


def test_clean_frames_pass_without_a_copy():
    c, _ = standing()
    px = gate.check_pixels(c, -40.0, 150.0, 0.01)
    assert px.state == "ok" and px.celsius is c and px.bad is None and px.n_bad == 0


def test_fill_uses_finite_neighbours_and_leaves_the_input_alone():
    c = np.arange(25, dtype=np.float32).reshape(5, 5) + 20
    c[2, 2] = np.nan  # neighbours 26 27 28 31 33 36 37 38: lower median 31
    c[0, 0] = np.inf  # neighbours 21, 25, 26: median 25
    c[4, 3:] = np.nan  # (4,4)'s neighbours: 38, 39 and the NaN at (4,3): lower median 38
    before = c.copy()
    px = gate.check_pixels(c, -40.0, 150.0, 0.5)
    np.testing.assert_array_equal(c, before)
    out = px.celsius
    assert px.state == "ok" and px.n_bad == 4
    assert (out[2, 2], out[0, 0], out[4, 4]) == (31.0, 25.0, 38.0)
    assert np.isfinite(out).all() and px.bad.sum() == 4
    lone = np.full((4, 4), np.nan, np.float32)
    lone[0, 0] = 21.0
    assert np.all(gate.check_pixels(lone, -40.0, 150.0, 1.0).celsius == 21.0)  # no finite neighbour: the coldest


def test_range_is_per_camera_and_widened_only_by_the_applied_correction():
    c, t = standing()
    c[0, 0] = 60.0
    assert Engine("c", EngineConfig(camera_max_c=55.0)).process(Frame("c", 0, t, c.copy())).camera_state == "bad_frame"
    assert Engine("c", EngineConfig(camera_max_c=60.0)).process(Frame("c", 0, t, c.copy())).camera_state == "live"
    with pytest.raises(ValueError):
        EngineConfig(camera_min_c=40.0)  # no room for skin
    with pytest.raises(ValueError):
        EngineConfig(max_bad_pixel_fraction=float("nan"))


def test_a_dead_pixel_on_the_blackbody_means_it_is_not_seen():
    from app.core.config import ReferenceConfig

    base = np.full((120, 160), 22.0, np.float32)
    base[10:20, 10:20] = 35.0
    engine = Engine("c", EngineConfig(reference=ReferenceConfig(x=10, y=10, width=10, height=10, set_c=35.0)))
    assert engine.process(Frame("c", 0, 0.0, base.copy())).camera_state == "live"
    base[14, 14] = np.nan
    res = engine.process(Frame("c", 1, 0.1, base.copy()))
    assert res.camera_state == "no_reference" and res.reference_offset_c is None
    assert np.isfinite(res.frame.celsius).all()  # never "corrected" by a NaN offset


def test_a_non_finite_reading_never_becomes_a_verdict(monkeypatch):
    """The decision step's own guard, past the gate: NaN compares false, which would read "normal"."""
    ecfg, frames, _ = subject(True)
    monkeypatch.setattr(engine_module, "measure",
                        lambda *a, **k: Measurement(float("nan"), (0, 0), 0.0, 36.0))
    decisions, _ = run(Engine("c", ecfg), [Frame("c", i, t, c.copy()) for i, (c, _, t) in enumerate(frames)])
    assert [(d.verdict, d.reason) for d in decisions] == [("retry", "bad_pixels")]
    engine = Engine("c", EngineConfig())
    tr = _Track(1, (0.0, 0.0), 10, 0, readings=[(float("nan"), (0, 0))] * 6, seen_complete=True)
    c, t = standing()
    hd = engine_module.Head(0, 0, 10, 14, (5.0, 7.0), True, False, 140)
    assert engine._decide(tr, hd, Frame("c", 0, t, c)) is None and tr.decision is None
    assert tr.reasons["bad_pixels"] == 1


def test_idle_frames_are_gated_too():
    engine = Engine("c", EngineConfig())
    res = engine.idle(Frame("c", 0, 0.0, np.zeros(7)), "paused")
    assert res.camera_state == "paused" and res.frame.celsius is None and "2-D" in res.detail


def test_new_states_have_guard_words():
    for state in ("bad_frame", "bad_pixels"):
        assert state in CAMERA_STATES and state in REASONS
        assert "thermometer" in REASONS[state] and SHORT[state]


# -- properties ----------------------------------------------------------------
NON_FINITE = st.sampled_from([np.nan, np.inf, -np.inf])
IMPOSSIBLE = st.sampled_from([-273.15, -40.5, 150.5, 200.0, 1e30, -1e30, 3.4e38])


@dataclass(frozen=True)
class Mutation:
    """One kind of garbage applied to a frame, and what the gate must make of it.

    ``expect``: "refuse" (bad_frame, no image, no result), "dead" (NaN/inf
    pixels: what the frame holds decides, see :func:`expected`), "same" (an
    exact conversion) or "noise" (in range, undetectable: it must only not
    raise, nor call a febrile person normal).
    """

    name: str
    expect: str
    make: Callable[[np.ndarray, float, int, np.random.Generator], Frame]
    face: bool = False  # the garbage still holds the real face (its pixels can be tracked)
    blocks: bool = False  # but with so many dead pixels (> 1 %) that nobody is measured

    def __repr__(self) -> str:  # hypothesis prints this when a property fails
        return f"Mutation({self.name})"


def _dead(pattern: str, value: float, amount: float):
    def make(c, t, i, rng):
        c = c.copy()
        h, w = c.shape
        if pattern == "random":
            c.ravel()[rng.choice(c.size, max(1, int(amount * c.size)), replace=False)] = value
        elif pattern == "grid":
            step = max(2, int(1 / math.sqrt(amount)))
            c[rng.integers(step):: step, rng.integers(step):: step] = value
        elif pattern == "row":
            c[rng.integers(h), :] = value
        elif pattern == "column":
            c[:, rng.integers(w)] = value
        elif pattern == "block":
            s = min(h, w, max(1, int(math.sqrt(amount * c.size))))
            y, x = rng.integers(h - s + 1), rng.integers(w - s + 1)
            c[y : y + s, x : x + s] = value
        elif pattern == "peak":  # on the face's hottest pixel
            y, x = np.unravel_index(int(np.argmax(np.where(c < 40, c, 0))), c.shape)
            s = max(1, int(math.sqrt(amount * c.size)) // 2)
            c[max(0, y - s) : y + s + 1, max(0, x - s) : x + s + 1] = value
        return Frame("c", i, t, c)
    return make


@st.composite
def mutations(draw) -> Mutation:
    kind = draw(st.sampled_from(["dead", "impossible", "dtype", "shape", "container", "raw", "noise", "exact"]))
    if kind == "dead":
        pattern = draw(st.sampled_from(["random", "grid", "row", "column", "block", "peak"]))
        value = draw(NON_FINITE)
        amount = draw(st.sampled_from([1e-5, 4e-4, 3e-3, 0.02, 0.3, 1.0]))
        return Mutation(f"dead {pattern} {value} x{amount}", "dead", _dead(pattern, value, amount), face=True,
                        blocks=pattern not in ("row", "column") and amount >= 0.02)
    if kind == "impossible":
        value = draw(IMPOSSIBLE)
        count = draw(st.sampled_from([1, 7, 1000, -1]))

        def make(c, t, i, rng, value=value, count=count):
            c = c.astype(np.float64)
            if count < 0:
                c[:] = value
            else:
                c.ravel()[rng.choice(c.size, count, replace=False)] = value
            return Frame("c", i, t, c)
        return Mutation(f"impossible {value} x{count}", "refuse", make)
    if kind == "dtype":
        dtype = draw(st.sampled_from([np.int8, np.int16, np.int32, np.int64, np.uint8, np.uint16, np.bool_,
                                      object, np.complex64, "U8"]))
        return Mutation(f"dtype {np.dtype(dtype)}", "refuse", lambda c, t, i, rng, d=dtype: Frame("c", i, t, c.astype(d)))
    if kind == "exact":
        how = draw(st.sampled_from(["float64", "float16", "fortran", "y16", "masked", "read_only"]))
        makers = {
            "read_only": lambda c, t, i, rng: Frame("c", i, t, c),  # the cached frames are read-only
            "masked": lambda c, t, i, rng: Frame("c", i, t, np.ma.masked_array(c, mask=c > 30)),
            "float64": lambda c, t, i, rng: Frame("c", i, t, c.astype(np.float64)),
            "float16": lambda c, t, i, rng: Frame("c", i, t, c.astype(np.float16)),
            "fortran": lambda c, t, i, rng: Frame("c", i, t, np.asfortranarray(c)),
            "y16": lambda c, t, i, rng: Frame("c", i, t, None, raw=y16(c), radiometer=y16_radiometer),
        }
        return Mutation(f"exact {how}", "same", makers[how], face=True)
    if kind == "shape":
        how = draw(st.sampled_from(["scalar", "1d", "3d", "4d", "empty", "empty_cols", "pixel", "tiny", "strip"]))
        makers = {
            "scalar": lambda c: c[0, 0],
            "1d": lambda c: c.ravel(),
            "3d": lambda c: c[None],
            "4d": lambda c: c[None, None],
            "empty": lambda c: c[:0],
            "empty_cols": lambda c: c[:, :0],
            "pixel": lambda c: c[:1, :1],
            "tiny": lambda c: c[:15, :200],
            "strip": lambda c: c[:40, :],
        }
        return Mutation(f"shape {how}", "refuse", lambda c, t, i, rng, f=makers[how]: Frame("c", i, t, f(c)))
    if kind == "container":
        how = draw(st.sampled_from(["list", "nothing", "nan_t", "inf_t", "str_t", "flags", "seq"]))
        makers = {
            "list": lambda c, t, i, rng: Frame("c", i, t, c.tolist()),
            "nothing": lambda c, t, i, rng: Frame("c", i, t, None),
            "nan_t": lambda c, t, i, rng: Frame("c", i, float("nan"), c.copy()),
            "inf_t": lambda c, t, i, rng: Frame("c", i, float("inf"), c.copy()),
            "str_t": lambda c, t, i, rng: Frame("c", i, "t", c.copy()),
            "flags": lambda c, t, i, rng: Frame("c", i, t, c.copy(), flags=None),
            "seq": lambda c, t, i, rng: Frame("c", None, t, c.copy()),
        }
        return Mutation(f"container {how}", "refuse", makers[how])
    if kind == "raw":
        how = draw(st.sampled_from(["float", "no_radiometer", "zero_counts", "flir_out_of_range", "negative",
                                    "wrong_shape", "radiometer_nan"]))
        makers = {
            "float": lambda c, t, i, rng: Frame("c", i, t, None, raw=c.astype(np.float32), radiometer=y16_radiometer),
            "no_radiometer": lambda c, t, i, rng: Frame("c", i, t, None, raw=y16(c)),
            "zero_counts": lambda c, t, i, rng: Frame("c", i, t, None, raw=np.where(c > 30, 0, y16(c)).astype(np.uint16),
                                                     radiometer=y16_radiometer),
            "flir_out_of_range": lambda c, t, i, rng: Frame("c", i, t, None, raw=y16(c), radiometer=FLIR),
            "negative": lambda c, t, i, rng: Frame("c", i, t, None, raw=-y16(c).astype(np.int32), radiometer=y16_radiometer),
            "wrong_shape": lambda c, t, i, rng: Frame("c", i, t, None, raw=y16(c),
                                                      radiometer=lambda r, offset_c=0.0: y16_radiometer(r)[:, :10]),
            "radiometer_nan": lambda c, t, i, rng: Frame("c", i, t, None, raw=y16(c),
                                                         radiometer=lambda r, offset_c=0.0: np.full(r.shape, np.nan)),
        }
        return Mutation(f"raw {how}", "refuse", makers[how])
    how = draw(st.sampled_from(["uniform", "gauss", "constant", "floor", "ceiling", "flat_hot"]))
    makers = {
        "uniform": lambda c, t, i, rng: Frame("c", i, t, rng.uniform(-40, 150, c.shape).astype(np.float32)),
        "gauss": lambda c, t, i, rng: Frame("c", i, t, (c + rng.normal(0, 3, c.shape)).clip(-40, 150).astype(np.float32)),
        "constant": lambda c, t, i, rng: Frame("c", i, t, np.full(c.shape, 36.5, np.float32)),
        "floor": lambda c, t, i, rng: Frame("c", i, t, np.full(c.shape, -40.0, np.float32)),
        "ceiling": lambda c, t, i, rng: Frame("c", i, t, np.full(c.shape, 150.0, np.float32)),
        "flat_hot": lambda c, t, i, rng: Frame("c", i, t, np.where(c > 30, 39.9, c).astype(np.float32)),
    }
    return Mutation(f"noise {how}", "noise", makers[how], face=how in ("gauss", "flat_hot"))


@dataclass
class Tally:
    """Counts for the on-demand fuzz run (tests/bench/fuzz_frames.py)."""

    sequences: int = 0
    frames: int = 0
    garbage: int = 0  # of the frames, mutated ones
    refused: int = 0
    bad_pixel_frames: int = 0
    retry: int = 0
    decisions: int = 0
    exceptions: int = 0


TALLY = Tally()


def expected(m: Mutation, frame: Frame) -> str:
    """What the gate must make of a mutated frame; for dead pixels, counted on the frame itself."""
    if m.expect != "dead":
        return m.expect
    n = int(np.count_nonzero(~np.isfinite(frame.celsius)))
    if n == 0:  # a sparse grid that missed the frame
        return "clean"
    if n == frame.celsius.size:
        return "refuse"
    return "bad_pixels" if n > 0.01 * frame.celsius.size else "dirty"


def check_result(res, expect: str) -> None:
    """What one frame's result must be, whatever it held."""
    assert res.camera_state in CAMERA_STATES
    if expect == "refuse":
        assert res.camera_state == "bad_frame", res.detail
        assert res.frame.celsius is None and res.detail
    elif expect == "bad_pixels":
        assert res.camera_state == "bad_pixels", res.detail
    elif expect == "dirty":
        assert res.camera_state in ("live", "no_reference")  # a dead pixel on the blackbody hides it
        assert res.bad_pixels > 0
    if res.camera_state in ("bad_frame", "bad_pixels"):
        assert not [d for d in res.decisions if d.verdict in RESULTS]  # nobody is measured
    if res.frame.celsius is not None:
        assert res.frame.celsius.dtype == np.float32 and np.isfinite(res.frame.celsius).all()
        assert res.fever_mask.shape == res.frame.celsius.shape
    for d in res.decisions:
        if d.verdict in RESULTS:
            assert math.isfinite(d.canthus_c) and math.isfinite(d.estimate_c)
        else:
            assert d.verdict == "retry" and d.reason in REASONS and d.canthus_c is None


def screen(engine: Engine, frame: Frame, expect: str):
    TALLY.frames += 1
    TALLY.garbage += expect != "clean"
    try:
        res = engine.process(frame)
    except Exception:
        TALLY.exceptions += 1
        raise
    check_result(res, expect)
    TALLY.refused += res.camera_state == "bad_frame"
    TALLY.bad_pixel_frames += res.bad_pixels > 0 or res.camera_state == "bad_pixels"
    return res


def screen_mutated(febrile: bool, mutation: Mutation, every: int, phase: int, seed: int) -> None:
    """One person in view with every ``every``-th frame replaced by garbage: never a wrong result."""
    ecfg, frames, truth = subject(febrile)
    rng = np.random.default_rng(seed)
    engine = Engine("c", ecfg)
    decisions = []
    blocked = 0  # frames refused or with too many dead pixels
    TALLY.sequences += 1
    for i, (c, flags, t) in enumerate(frames):
        if (i + phase) % every == 0:
            frame = mutation.make(c, t, i, rng)
            expect = expected(mutation, frame)
        else:
            frame, expect = Frame("c", i, t, c.copy(), "sim", flags), "clean"
        res = screen(engine, frame, expect)
        decisions += res.decisions
        blocked += expect in ("refuse", "bad_pixels")
    decisions += engine.flush()
    TALLY.decisions += sum(d.verdict in RESULTS for d in decisions)
    TALLY.retry += sum(d.verdict == "retry" for d in decisions)
    verdicts = [d.verdict for d in decisions]
    # The one duty: a febrile person is never called normal. Nor, from
    # garbage the gate can see, is a well person called febrile.
    if febrile:
        assert "normal" not in verdicts
    elif mutation.expect != "noise":
        assert "elevated" not in verdicts
    if mutation.expect != "noise":
        for d in decisions:
            if d.verdict in RESULTS:  # measured on real pixels only
                assert d.canthus_c == pytest.approx(truth["canthus_c"], abs=0.15)
    if blocked == len(frames):
        assert not [v for v in verdicts if v in RESULTS]


def screen_garbage(mutations_: list[Mutation], seed: int) -> None:
    """Frames of garbage only, one after another (repeats included): no result, ever."""
    ecfg, frames, _ = subject(True)
    rng = np.random.default_rng(seed)
    engine = Engine("c", ecfg)
    decisions = []
    TALLY.sequences += 1
    for i in range(4 * len(mutations_)):
        m = mutations_[i % len(mutations_)]
        c, _, _ = frames[(20 + i) % len(frames)]  # the person standing, steadily: only the garbage stops a result
        frame = m.make(c, i / 9.0, i, rng)
        expect = expected(m, frame)
        res = screen(engine, frame, expect)
        decisions += res.decisions
    decisions += engine.flush()
    TALLY.retry += len(decisions)
    assert not [d for d in decisions if d.verdict in RESULTS]


def faceless(m: Mutation) -> bool:
    """Garbage with nothing real left to measure: refused, too many dead pixels, or pure noise."""
    return not m.face or m.blocks


SEQUENCE = dict(
    febrile=st.booleans(), mutation=mutations(), every=st.sampled_from([1, 2, 3, 7]),
    phase=st.integers(0, 6), seed=st.integers(0, 2**16),
)
GARBAGE = dict(mutations_=st.lists(mutations().filter(faceless), min_size=1, max_size=4),
               seed=st.integers(0, 2**16))
CI = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@CI
@given(**SEQUENCE)
def test_garbage_mixed_into_a_real_face_never_gives_a_wrong_result(febrile, mutation, every, phase, seed):
    screen_mutated(febrile, mutation, every, phase, seed)


@CI
@given(**GARBAGE)
def test_garbage_alone_never_gives_a_result_nor_raises(mutations_, seed):
    screen_garbage(mutations_, seed)


def test_a_camera_worker_lives_through_garbage(qtbot):
    """The console's worker thread keeps screening after frames that used to kill it."""
    from app.ui.worker import CameraWorker

    ecfg, frames, _ = subject(True)
    c0 = frames[0][0]
    garbage = [c0.astype(np.int32), c0[:, :1], np.full((288, 384), np.nan, np.float32), c0.ravel(),
               np.where(c0 > 30, 200.0, c0), None]

    class Source:
        name, fps = "garbage", 9.0

        def __init__(self) -> None:
            self.queue = [Frame("garbage", i, i / 9.0, g) for i, g in enumerate(garbage)]
            n = len(self.queue)
            self.queue += [Frame("garbage", n + i, (n + i) / 9.0, c.copy()) for i, (c, _, _) in enumerate(frames)]
            self.total = len(self.queue)

        def read(self, timeout: float):
            return self.queue.pop(0) if self.queue else None

        def close(self) -> None:
            pass

    source = Source()
    worker = CameraWorker(0, source, ecfg)
    got = []
    worker.decision.connect(lambda i, d: got.append(d))
    worker.start()
    try:
        qtbot.waitUntil(lambda: worker.frames == source.total and bool(got), timeout=20000)
        assert worker.isRunning()
        assert worker.engine.frames_refused == len(garbage)
        assert [d.verdict for d in got] == ["elevated"]
    finally:
        worker.stop()
        worker.wait(5000)


def test_a_capture_time_given_as_text_is_taken_as_its_number_not_kept_as_text():
    """'1.5' passes float() but broke the engine's time arithmetic on every later frame."""
    from decimal import Decimal

    eng = Engine("c")
    for seq, t in enumerate(["1.5", Decimal("1.6"), 1.7, np.float64(1.8)], start=1):
        res = eng.process(Frame("c", seq, t, np.full((120, 160), 20.0, np.float32)))  # type: ignore[arg-type]
        assert res.camera_state != "bad_frame" and isinstance(res.frame.t, float)
