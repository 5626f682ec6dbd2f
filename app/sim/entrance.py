"""A building entrance seen by a radiometric thermal camera, deterministic by seed.

People walk in from one side, stop in the screening zone facing the camera,
and walk out the other side. Each subject has a ground-truth core (oral)
temperature; the canthus temperature follows it and the room the way it does in
the FDA facial/oral data set (regression of ``canthiMax1`` on ``aveOralM`` and
``T_atm``: 0.826 per °C of core, 0.085 per °C of room over 24.1 °C, residual
SD 0.344 °C, n = 1003), so the physiology, not the simulator, decides who should
alarm. The forehead centre and the forehead maximum follow the canthus, the core
and the room as in the same table (``FOREHEAD_*`` below); the shipped oral model
reads both, and the room.

Faces are drawn in millimetres and scaled to pixels: hair, forehead, cheeks,
a cooler nose, eyes, two canthus hot spots (the hottest stable point), mouth,
neck and clothed shoulders. The room drifts slowly; the sensor adds NETD-like
noise and a slowly drifting calibration offset that a blackbody patch lets the
engine correct.

Incidents (each a reason the engine must give, or must shrug off):

=================  ==========================================  ===============
incident           what happens                                engine must say
=================  ==========================================  ===============
glasses            lenses (opaque to LWIR) hide the canthi      glasses
pair               two people stop side by side                 multiple_people
too_far            the subject stays far from the camera        too_far
cold_face          just in from the cold: face skin -4 °C       cold_face
no_stop            walks straight through                       unstable
warmup             camera warming up while the subject stands   warming_up
no_reference       blackbody blocked while the subject stands   no_reference
reference_drift    calibration jumps 0.8 °C, blackbody sees it  reference_drift
hot_drink          a 60 °C cup held beside the chin             (a result)
open_mouth         mouth open: hotter than the canthus          (a result)
ffc                flat-field correction freezes the image      (a result)
close_up           face fills the frame, cut by its edges       (a result)
warm_neck          neck (under the chin) hotter than canthus    (a result)
lean_in            head leans into the lens, crown warm         (a result) or unstable; never an alarm
cup_raised         a 55-65 °C cup raised to the mouth           (a result)
hot_pixels         isolated hot pixels, one on the canthus      (a result)
fringe             hair or a hat down to ~10 mm over the brows  (a result, from the canthus offset)
=================  ==========================================  ===============

The last six are what real faces do in front of a kiosk (issue 10; the
numbers they are drawn from are in docs/simulator.md). They are drawn from
their own random stream, so a seed's other subjects, incidents and
temperatures are the same with or without them.
"""

from __future__ import annotations

import bisect
import math
from dataclasses import dataclass, field
from typing import Iterator

import cv2
import numpy as np

from app.core.detection import (
    FOREHEAD_BAND_IN_FRAME,
    FOREHEAD_BAND_S,
    FOREHEAD_CENTRE_S,
    FOREHEAD_MIN_RADIUS_PX,
    FOREHEAD_RADIUS_S,
)
from app.core.errors import CanthusError
from app.core.oral import SHIPPED_MODEL, ForeheadOralModel, OralModel

# FDA data set (Wang et al. 2022), round 1: canthiMax1 regressed on aveOralM and the room
# (T_atm - 24.1 °C, the study's mean). A cooler room, a cooler canthus for the same core:
# 0.085 °C per °C, which the shipped model's room term corrects. (Without the room, slope
# 0.848, intercept 4.306, SD 0.362: the simulator's relation until 2026-12-01, whose
# rooms of 18.5-23.5 °C then read as warm as the study's 24 °C.)
CANTHUS_SLOPE = 0.8256
CANTHUS_ROOM = 0.0853
CANTHUS_INTERCEPT_C = 5.1475
CANTHUS_RESIDUAL_SD_C = 0.344
ROOM_REF_C = 24.1
# FDA data set (Wang et al. 2022), round 1, least squares on the same 1003 subjects:
# T_FHCC1 (forehead centre) on canthiMax1, aveOralM and the room, then T_FH_Max1
# (forehead maximum) on canthiMax1, aveOralM, T_FHCC1 and the room. In the table the
# centre lies a median 1.18 °C under the canthus (5-95 %: 2.38-0.52 under), the maximum
# 0.35 under (1.10 under to 0.27 over).
FOREHEAD_CANTHUS, FOREHEAD_CORE, FOREHEAD_ROOM, FOREHEAD_INTERCEPT_C = 0.825, 0.009, 0.0946, 4.6383
FOREHEAD_RESIDUAL_SD_C = 0.575
FOREHEAD_MAX_CANTHUS, FOREHEAD_MAX_CORE, FOREHEAD_MAX_FOREHEAD = 0.1287, 0.2298, 0.4595
FOREHEAD_MAX_ROOM, FOREHEAD_MAX_INTERCEPT_C = 0.0164, 6.4259
FOREHEAD_MAX_RESIDUAL_SD_C = 0.282
FOREHEAD_MAX_OVER_C = 0.1  # the maximum lies at least this over the centre (a maximum over a band holding it)
#: The table's ranges relative to the canthus (round 1: centre 4.13-0.14 °C under it, maximum
#: 2.52 under to 0.86 over): a residual drawn past them is drawn again, so that no simulated
#: forehead is warmer than the canthus (none in the table is) and the model's range check
#: passes every drawn forehead but a cold face's. The centre is drawn no colder than 2.7 °C
#: under the canthus: the engine takes a disc whose pixels lie 3 °C under it for hair or a
#: hat (detection.FOREHEAD_COVERED_GAP_C) and falls back to the offset, so the table's
#: coldest 3 % of foreheads are not simulated (a truth that counted them as seen would
#: score the engine's designed fallback as a miss).
FOREHEAD_RANGE_C = (-2.7, -0.14)
FOREHEAD_MAX_RANGE_C = (-2.52, 0.86)
#: cold_face (face washing, or just in from the cold): the canthus -0.6 °C and the rest of
#: the face, the forehead too, 4 °C more (DOMAIN's face washing lowers the forehead by
#: 2.8 °C; the simulator's cold face is colder all over, so the engine's cold-face check,
#: the canthus over typical skin, is unmistakable, and its forehead is outside the fitted
#: ranges: the canthus offset decides).
COLD_CANTHUS_C, COLD_FACE_C = 0.6, 4.0
COLD_FOREHEAD_C = COLD_CANTHUS_C + COLD_FACE_C

#: incident -> the non-result reason it must produce (None: a result is still due)
INCIDENTS: dict[str, str | None] = {
    "glasses": "glasses",
    "pair": "multiple_people",
    "too_far": "too_far",
    "cold_face": "cold_face",
    "no_stop": "unstable",
    "warmup": "warming_up",
    "no_reference": "no_reference",
    "reference_drift": "reference_drift",
    "hot_drink": None,
    "open_mouth": None,
    "ffc": None,
}
#: What real faces do (issue 10), incident -> reason, as INCIDENTS (all are in it).
CONFOUNDERS: dict[str, str | None] = {
    "close_up": None,
    "warm_neck": None,
    "lean_in": None,
    "cup_raised": None,
    "hot_pixels": None,
    "fringe": None,
}
INCIDENTS.update(CONFOUNDERS)
#: Non-results also accepted in place of the due result: a head still moving
#: into the lens may fairly be told to stand still (but never alarm).
ALSO_ACCEPTED: dict[str, frozenset[str]] = {"lean_in": frozenset({"unstable"})}
#: Arrivals a confounder is never added to: a close-up or a lean needs one
#: person who stops at the mark; a raised cup is not drawn beside a held one; a fringe
#: is not drawn over glasses (both hide the upper face: the reason would be glasses
#: either way) nor with another confounder (at most one per arrival).
_EXCLUDES: dict[str, frozenset[str]] = {
    "close_up": frozenset({"pair", "too_far", "no_stop", "lean_in"}),
    "lean_in": frozenset({"pair", "too_far", "no_stop", "close_up", "glasses", "cold_face"}),
    "cup_raised": frozenset({"hot_drink", "pair"}),
    "warm_neck": frozenset(),
    "hot_pixels": frozenset(),
    "fringe": frozenset({"glasses"}) | (frozenset(CONFOUNDERS) - {"fringe"}),
}

# Drawn from the real kiosk recordings (docs/simulator.md has the figures).
CLOSE_UP_SCALE = (1.7, 2.1)  # head 75-90 % of the frame's width: top of the head and chin cut off
CLOSE_UP_EYE_ROW = (0.38, 0.50)  # eye line as a share of the frame's height
WARM_NECK_C = (0.2, 0.6)  # neck over the canthus (kiosk: up to +0.3 at 6 mm/px, blurred)
LEAN_SCALE = (1.35, 1.6)  # head this much nearer the lens at the deepest of the lean
LEAN_CROWN_C = (-0.2, 0.3)  # scalp at the crown, relative to the canthus (the issue: can be hotter)
CUP_C = (55.0, 65.0)
CUP_W_MM, CUP_H_MM = 80.0, 100.0  # a mug (the kiosk's coffee cup: ~10x12 px at ~6 mm/px)
HOT_PIXEL_C = (1.0, 2.5)  # over the pixel's own value (kiosk: isolated pixels 1.0-2.1 °C over their 3x3 median)
FRINGE_MM = (16.0, 20.0)  # fringe's lower edge over the eye line: 8-12 mm over the brows (EYE_Y_MM - 8)
LEAN_STEPS = 4  # sprites drawn per lean (the depth is quantised): a sprite per frame would cost too much

# Bounds on a simulated camera; the site file and ``canthus simulate`` use
# the same ones. The largest radiometric cores sold are 1280x1024; 0.5-120 Hz
# spans the slowest Lepton-class stream to the fastest cooled camera.
MIN_WIDTH, MAX_WIDTH = 32, 1280
MIN_HEIGHT, MAX_HEIGHT = 24, 1024
MIN_FPS, MAX_FPS = 0.5, 120.0
#: People per crowd: about 16 hours of arrivals, scheduled in a fraction of a second.
MAX_PEOPLE = 10_000
#: Warm-up, FFC period and length: finite and at most a day.
MAX_SECONDS = 86_400.0
#: Seeds: numpy takes any non-negative integer; this bound keeps them 64-bit.
#: The site file and the CLI allow up to 2**32 - 1, leaving room for the
#: +1000 per crowd that a simulated source adds.
MAX_SEED = 2**63 - 1
MAX_USER_SEED = 2**32 - 1
MAX_NAME = 100


class SimConfigError(CanthusError, ValueError):
    """A simulator setting out of its range; the message names the setting.

    A ValueError as well, so callers that caught the old ValueError still do.
    """


# Head geometry in millimetres (adult averages, rounded).
HEAD_W_MM, HEAD_H_MM = 150.0, 215.0
EYE_Y_MM = 105.0  # from the top of the head
CANTHUS_DX_MM = 13.0
SHOULDER_W_MM = 420.0
# The forehead, as the engine reads it (detection.measure_forehead), with s = 2 *
# CANTHUS_DX_MM = 26 mm the canthus separation: skin over the brows (y < EYE_Y_MM -
# BROW_MM) reads forehead_c, uniform, so the engine's disc (centred 1.3 s over the eye
# line on the centre line, radius s/3: 25.1-42.5 mm over it, y = 62.5-79.9 mm from the
# head's top, 2.4 mm under the lowest hair line) averages exactly that. The forehead's
# maximum, forehead_max_c, is a warm patch over the nose bridge between the brows (the
# glabella), FOREHEAD_MAX_MM over the eye line and |x| <= FOREHEAD_MAX_HALF_W_MM: inside
# the engine's band (0.4 s = 10.4 mm to 2.5 s = 65 mm over the eye line, |x| <= 1.25 s),
# 3 mm under the disc (the lens blur, sigma 0.9 mm, does not reach it) and out of the
# canthus windows (9 mm round each canthus found). Not a strip along the brows: one
# hotter than the canthus (the table's maximum is over the canthus for about 1 in 7)
# pairs with a canthus as a tilted "eye line" (dy <= dx / 2 is a pair); a patch this
# narrow and this high never does.
BROW_MM = 8.0
FOREHEAD_MAX_MM = (16.0, 22.0)
#: 8 mm wide: narrower than the closest pair the eye-line search accepts (0.08 of the head's
#: width, 12 mm), so the patch's two edges (a plateau gives a maximum at each) never make an
#: "eye line" above the eyes, however near the face.
FOREHEAD_MAX_HALF_W_MM = 4.0


#: Seconds per person that always fit when a duration is asked for: walk in
#: (1 s, 1.6 s without a stop) + dwell (at most 3.2 s) + walk out + gap (at
#: most 1.6 s) is at most 6.8 s, so with this slot every arrival starts on its
#: scheduled share of the duration and the last one is out before the end.
SLOT_S = 6.8


@dataclass(frozen=True, slots=True)
class SimConfig:
    """One simulated entrance camera."""

    camera: str = "sim-1"
    width: int = 384
    height: int = 288
    fps: float = 9.0
    seed: int = 0
    people: int = 20
    seconds: float | None = None  # None: as long as the people need
    fever_rate: float = 0.10
    limit_c: float = 37.7
    incidents: frozenset[str] = frozenset(INCIDENTS)
    incident_rate: float = 0.20  # share of arrivals that meet an incident
    netd_c: float = 0.05  # noise-equivalent temperature difference
    room_c: float | None = None  # None: drawn in 18-24 °C
    blackbody: bool = True
    blackbody_c: float = 35.0
    warmup_s: float = 0.0  # camera warm-up at the start (also set by the warmup incident)
    ffc_every_s: float = 0.0  # periodic flat-field corrections (0: only as incidents)
    model: OralModel | ForeheadOralModel = SHIPPED_MODEL
    # Optional scripted arrivals: one tuple of incidents per arrival (a
    # "pair" arrival brings two people); overrides people and incident_rate.
    script: tuple[tuple[str, ...], ...] | None = None
    # Optional scripted core temperatures, one per person, in order.
    cores_c: tuple[float, ...] | None = None

    def __post_init__(self) -> None:
        def number(name: str, lo: float, hi: float, *, integer: bool = False) -> None:
            v = getattr(self, name)
            kind = int if integer else (int, float)
            if isinstance(v, bool) or not isinstance(v, kind) or not math.isfinite(v) or not lo <= v <= hi:
                what = "a whole number" if integer else "a finite number"
                raise SimConfigError(f"simulator {name} must be {what} from {lo:g} to {hi:g}, got {v!r}")

        if not isinstance(self.camera, str) or not self.camera.strip() or len(self.camera) > MAX_NAME:
            raise SimConfigError(f"simulator camera must be a name of 1 to {MAX_NAME} characters, got {self.camera!r}")
        number("width", MIN_WIDTH, MAX_WIDTH, integer=True)
        number("height", MIN_HEIGHT, MAX_HEIGHT, integer=True)
        number("fps", MIN_FPS, MAX_FPS)
        number("seed", 0, MAX_SEED, integer=True)
        number("people", 0, MAX_PEOPLE, integer=True)
        if self.seconds is not None:
            number("seconds", 1.0 / self.fps, MAX_SECONDS)
        number("fever_rate", 0.0, 1.0)
        number("limit_c", 34.0, 39.0)  # IEC 80601-2-59: adjustable over 34-39 °C
        number("incident_rate", 0.0, 1.0)
        number("netd_c", 0.0, 1.0)
        if self.room_c is not None:
            number("room_c", 0.0, 40.0)
        number("blackbody_c", 25.0, 45.0)
        number("warmup_s", 0.0, MAX_SECONDS)
        number("ffc_every_s", 0.0, MAX_SECONDS)
        if self.ffc_every_s and self.ffc_every_s < 1.0:
            raise SimConfigError(f"simulator ffc_every_s must be 0 (off) or at least 1 s, got {self.ffc_every_s!r}")
        if self.cores_c is not None:
            if len(self.cores_c) > MAX_PEOPLE:
                raise SimConfigError(f"simulator cores_c has {len(self.cores_c)} values, at most {MAX_PEOPLE}")
            bad = [v for v in self.cores_c if isinstance(v, bool) or not isinstance(v, (int, float))
                   or not math.isfinite(v) or not 30.0 <= v <= 45.0]
            if bad:
                raise SimConfigError(f"simulator cores_c must be body temperatures of 30-45 °C, got {bad[0]!r}")
        if self.script is not None and len(self.script) > MAX_PEOPLE:
            raise SimConfigError(f"simulator script has {len(self.script)} arrivals, at most {MAX_PEOPLE}")
        unknown = (set(self.incidents) | {i for a in self.script or () for i in a}) - set(INCIDENTS)
        if unknown:
            raise SimConfigError(f"unknown incidents {sorted(unknown)}; known: {', '.join(INCIDENTS)}")

    @property
    def px_per_mm(self) -> float:
        """The lens: a head fills ~45 % of the width at the screening distance."""
        return 1.15 * self.width / 384.0

    @property
    def blackbody_rect(self) -> tuple[int, int, int, int]:
        """(x, y, w, h) of the blackbody patch: top-left, above head height."""
        s = max(4, round(self.width * 0.045))
        return (max(1, round(self.width * 0.02)), max(1, round(self.height * 0.03)), s, s)


@dataclass(slots=True)
class Subject:
    """One person's ground truth and path through the scene."""

    subject: int
    core_c: float
    canthus_c: float
    enter_t: float
    stop_t: float
    leave_t: float
    exit_t: float
    incidents: list[str]
    x_stop: float  # head centre while standing, as a fraction of the width
    scale: float = 1.0  # distance factor (1: at the screening mark)
    direction: int = 1  # +1 walks left to right
    room_c: float = 21.0
    hair_mm: float = 50.0
    clothing_c: float = 28.0
    seed: int = 0
    # The true forehead centre and maximum (FOREHEAD_*), from the subject's own fourth stream:
    forehead_c: float = 0.0
    forehead_max_c: float = 0.0
    forehead_in_view: bool = True  # the engine's disc and band in the frame at the stop (a close-up may cut them)
    sprite: tuple[np.ndarray, np.ndarray, int, int] | None = field(default=None, repr=False)
    # Confounders (CONFOUNDERS), drawn from the subject's own second stream:
    eye_row: float | None = None  # close_up: the eye line's row, as a share of the frame's height
    lean: tuple[float, float, float, float, float] | None = None  # lean_in: t0, t_full, t_back, t_end, scale
    cup: tuple[float, float, float, float] | None = None  # cup_raised: °C, x offset mm, raised from, lowered at
    hot_pixels: list[tuple[int, int, float]] | None = field(default=None, repr=False)  # (row, col, +°C)
    fringe_mm: float | None = None  # fringe: its lower edge, mm from the top of the head
    lean_sprites: dict[int, tuple[np.ndarray, np.ndarray, int, int]] = field(default_factory=dict, repr=False)

    def drop_sprites(self) -> None:
        """Forget the drawn sprites (they are drawn again, identically, if needed)."""
        self.sprite = None
        self.lean_sprites.clear()

    @property
    def forehead_seen(self) -> bool:
        """Whether the engine can read this forehead: not under a fringe, not cut by the frame."""
        return self.forehead_in_view and "fringe" not in self.incidents

    def truth(self, camera: str, limit_c: float, model: OralModel | ForeheadOralModel,
              room_c: float | None = None) -> dict:
        """The ground truth. ``should_alarm`` is the model's verdict on the true canthus,
        the room (``room_c``: the background's median, what the engine gives the model;
        default the scene's air, ``self.room_c``) and the true forehead readings, these
        None where the engine cannot see the forehead (then the model answers as its
        canthus-offset fallback)."""
        seen = self.forehead_seen
        fc = round(self.forehead_c, 3) if seen else None
        fm = round(self.forehead_max_c, 3) if seen else None
        room = self.room_c if room_c is None else room_c
        inputs = {"room_c": room, "forehead_c": fc, "forehead_max_c": fm}
        verdict, _ = model.classify(self.canthus_c, limit_c, **inputs)
        return {
            "subject": self.subject,
            "camera": camera,
            "enter_t": round(self.enter_t, 3),
            "exit_t": round(self.exit_t, 3),
            "core_c": round(self.core_c, 3),
            "canthus_c": round(self.canthus_c, 3),
            "forehead_c": fc,
            "forehead_max_c": fm,
            "room_c": round(room, 2),
            # the model's estimate on the true readings, and its alarm level
            "estimate_c": round(model.estimate(self.canthus_c, **inputs), 3),
            "alarm_level_c": model.alarm_level_c(limit_c),
            "febrile": self.core_c >= limit_c,
            "should_alarm": verdict == "elevated",
            "incidents": list(self.incidents),
        }


def _ellipse(xx: np.ndarray, yy: np.ndarray, cx: float, cy: float, rx: float, ry: float) -> np.ndarray:
    return ((xx - cx) / rx) ** 2 + ((yy - cy) / ry) ** 2 <= 1.0


class Simulator:
    """Renders the entrance frame by frame. Same config, same frames."""

    def __init__(self, config: SimConfig) -> None:
        self.config = c = config
        self.rng = np.random.default_rng(c.seed)
        self.room_c = c.room_c if c.room_c is not None else float(self.rng.uniform(18.5, 23.5))
        self.subjects: list[Subject] = []
        self._windows: dict[str, list[tuple[float, float]]] = {k: [] for k in ("warmup", "no_reference", "reference_drift", "ffc")}
        self._schedule()
        # Who can be in view at time t, found by bisection: a crowd of
        # thousands must not cost a Python loop over everyone on every frame.
        # Arrivals are scheduled in order, so enter times never decrease.
        self._enter_t = [s.enter_t for s in self.subjects]
        self._exit_max: list[float] = []
        top = -math.inf
        for s in self.subjects:
            top = max(top, s.exit_t)
            self._exit_max.append(top)
        self._background = self._make_background()
        # A bank of noise frames: drawing fresh Gaussian noise per frame would
        # cost more than everything else the simulator does.
        bank_rng = np.random.default_rng(c.seed + 7919)
        self._noise = bank_rng.normal(0.0, c.netd_c, size=(8, c.height, c.width)).astype(np.float32)
        self._last: np.ndarray | None = None
        self._released = 0  # subjects before this index have had their sprite dropped
        for s in self.subjects:  # the first arrivals are drawn now, not all at once mid-stream
            if s.enter_t < 5.0:
                self._sprite(s)

    # -- schedule ---------------------------------------------------------
    @property
    def duration_s(self) -> float:
        c = self.config
        if c.seconds is not None:
            return c.seconds
        return (max((s.exit_t for s in self.subjects), default=0.0) + 1.0)

    @property
    def n_frames(self) -> int:
        return int(math.floor(self.duration_s * self.config.fps))

    def _draw_core(self, febrile: bool) -> float:
        if febrile:
            return float(self.rng.uniform(self.config.limit_c, 39.6))
        return float(np.clip(self.rng.normal(36.9, 0.3), 35.9, self.config.limit_c - 0.05))

    def _schedule(self) -> None:
        c, rng = self.config, self.rng
        walk = 1.0  # seconds to walk in or out
        t = 1.0
        n = c.people
        if c.seconds is not None and n > 0:
            per = c.seconds / n
            if per < 3.0:
                raise ValueError(
                    f"{n} people in {c.seconds:g} s leaves {per:.1f} s each; each needs at least 3 s"
                )
        # in INCIDENTS order: iterating a frozenset of str depends on PYTHONHASHSEED
        benign = [k for k in INCIDENTS if k in c.incidents and INCIDENTS[k] is None and k not in CONFOUNDERS]
        blocking = [k for k in INCIDENTS if k in c.incidents and INCIDENTS[k] is not None and k not in CONFOUNDERS]
        confounders = [k for k in CONFOUNDERS if k in c.incidents and k != "fringe"]
        fringe = "fringe" in c.incidents
        # Their own stream: adding them leaves every other draw of the seed as it was.
        conf_rng = np.random.default_rng([c.seed, 10])
        # The fringe (added after the other five) from a stream of its own: who meets which
        # of those is as it was before the fringe existed.
        fringe_rng = np.random.default_rng([c.seed, 11])
        sid = 0
        first = True
        script = list(c.script) if c.script is not None else None
        if script is not None:
            n = sum(2 if "pair" in a else 1 for a in script)
        while sid < n:
            incidents: list[str] = []
            if script is not None:
                incidents = list(script.pop(0))
            elif first and c.warmup_s > 0:
                incidents.append("warmup")
            elif blocking and rng.random() < c.incident_rate * 0.5:
                incidents.append(str(rng.choice(blocking)))
            if script is None and benign and rng.random() < c.incident_rate * 0.5:
                incidents.append(str(rng.choice(benign)))
            if script is None and (confounders or fringe):
                r_any, r_which = conf_rng.random(), conf_rng.random()
                fits = [k for k in confounders if not _EXCLUDES[k] & set(incidents)]
                if fits and r_any < c.incident_rate * 0.5:
                    incidents.append(fits[int(r_which * len(fits))])
                # as often as each of the others (a fifth of half the incident rate)
                if (fringe and fringe_rng.random() < c.incident_rate * 0.1
                        and not _EXCLUDES["fringe"] & set(incidents)):
                    incidents.append("fringe")
            first = False
            pair = "pair" in incidents and sid + 1 < n
            if "pair" in incidents and not pair:
                incidents.remove("pair")
            no_stop = "no_stop" in incidents
            dwell = 0.0 if no_stop else float(rng.uniform(2.2, 3.2))
            enter_t, stop_t = t, t + walk * (1.6 if no_stop else 1.0)
            leave_t = stop_t + dwell
            exit_t = leave_t + walk * (1.6 if no_stop else 1.0)
            members = 2 if pair else 1
            direction = 1 if rng.random() < 0.5 else -1
            for m in range(members):
                sid += 1
                febrile = rng.random() < c.fever_rate
                core = self._draw_core(febrile)
                if c.cores_c is not None and sid - 1 < len(c.cores_c):
                    core = c.cores_c[sid - 1]
                canthus = (CANTHUS_SLOPE * core + CANTHUS_ROOM * (self.room_c - ROOM_REF_C) + CANTHUS_INTERCEPT_C
                           + rng.normal(0.0, CANTHUS_RESIDUAL_SD_C))
                warm_canthus = canthus
                if "cold_face" in incidents:
                    canthus -= COLD_CANTHUS_C  # face washing / cold: canthus -0.6 °C, the rest of the face -4.6
                subj = Subject(
                    subject=sid, core_c=core, canthus_c=float(round(canthus, 3)),
                    enter_t=enter_t, stop_t=stop_t, leave_t=leave_t, exit_t=exit_t,
                    incidents=list(incidents),
                    x_stop=(0.5 if not pair else (0.27 if m == 0 else 0.73)) + float(rng.uniform(-0.03, 0.03)),
                    scale=1.0 if not pair else 0.8, direction=direction,
                    room_c=self.room_c,
                    hair_mm=float(rng.uniform(30.0, 60.0)),
                    clothing_c=self.room_c + float(rng.uniform(4.5, 7.0)),
                    seed=int(rng.integers(1 << 31)),
                )
                if "too_far" in incidents:
                    # far enough that the face gets ~1.5 mm per pixel, over
                    # the standard's ~1 mm, whatever the resolution
                    subj.scale = min(0.55, 0.65 / c.px_per_mm)
                self._forehead(subj, warm_canthus, "cold_face" in incidents)
                self._confound(subj, dwell)
                subj.forehead_in_view = self._forehead_in_view(subj)
                self.subjects.append(subj)
            window = (enter_t - 0.3, exit_t + 0.6)
            for k in ("warmup", "no_reference", "reference_drift"):
                if k in incidents:
                    self._windows[k].append(window)
            if "ffc" in incidents:
                f0 = stop_t + float(rng.uniform(0.0, max(0.1, dwell - 1.4)))
                self._windows["ffc"].append((f0, f0 + 0.4))
            gap = float(rng.uniform(0.6, 1.6))
            t = exit_t + gap
            if c.seconds is not None:
                t = max(t, sid * c.seconds / max(n, 1) + 1.0)
        late = [s for s in self.subjects if s.exit_t > c.seconds] if c.seconds is not None else []
        if late:
            # Refused rather than cut: a recording that ends on people still
            # walking in, with a truth file listing people never filmed, would
            # mislead every check scored against it. Lengthening it silently
            # would break the asked-for duration instead.
            fit = len(self.subjects) - len(late)
            raise SimConfigError(
                f"{n} people do not fit in {c.seconds:g} s: each needs 5-7 s to walk in, stop and walk "
                f"out, so only {fit} would be in the recording; ask for at most "
                f"{math.floor(c.seconds / SLOT_S)} people, or at least {math.ceil(n * SLOT_S)} s"
            )
        if c.warmup_s > 0:
            self._windows["warmup"].append((0.0, c.warmup_s))
        if c.ffc_every_s > 0:
            k = c.ffc_every_s
            while k < self.duration_s:
                self._windows["ffc"].append((k, k + 0.4))
                k += c.ffc_every_s

    @staticmethod
    def _forehead(s: Subject, canthus: float, cold: bool) -> None:
        """The true forehead centre and maximum, as the FDA table relates them to the canthus
        and the core (FOREHEAD_*), from the subject's own fourth stream: every other draw of
        the seed is as it was before the simulator drew foreheads. ``canthus`` is the warm
        one; a cold face then lowers both by COLD_FOREHEAD_C (as the rest of its face). Each
        residual is drawn again (at most 50 times) until the reading lies in the table's
        range relative to the canthus (FOREHEAD_RANGE_C, FOREHEAD_MAX_RANGE_C)."""
        rng = np.random.default_rng([s.seed, 4])

        def within(mean: float, sd: float, lo: float, hi: float) -> float:
            lo, hi = lo + 0.005, hi - 0.005  # inside the range after rounding to 0.001 °C
            for _ in range(50):
                v = mean + rng.normal(0.0, sd)
                if canthus + lo <= v <= canthus + hi:
                    return v
            return min(max(v, canthus + lo), canthus + hi)

        room = s.room_c - ROOM_REF_C
        centre = within(FOREHEAD_CANTHUS * canthus + FOREHEAD_CORE * s.core_c + FOREHEAD_ROOM * room
                        + FOREHEAD_INTERCEPT_C, FOREHEAD_RESIDUAL_SD_C, *FOREHEAD_RANGE_C)
        top = within(FOREHEAD_MAX_CANTHUS * canthus + FOREHEAD_MAX_CORE * s.core_c + FOREHEAD_MAX_FOREHEAD * centre
                     + FOREHEAD_MAX_ROOM * room + FOREHEAD_MAX_INTERCEPT_C, FOREHEAD_MAX_RESIDUAL_SD_C,
                     *FOREHEAD_MAX_RANGE_C)
        top = max(top, centre + FOREHEAD_MAX_OVER_C)
        if cold:
            centre, top = centre - COLD_FOREHEAD_C, top - COLD_FOREHEAD_C
        s.forehead_c, s.forehead_max_c = float(round(centre, 3)), float(round(top, 3))

    def _forehead_in_view(self, s: Subject) -> bool:
        """Whether the engine would read this forehead, with the subject at the stop: its disc
        wholly in the frame and large enough, and enough of its band in the frame (the
        engine's own geometry, ``detection.FOREHEAD_*``, at the true canthi). A close-up may
        cut them off; a face a few pixels across has too small a disc."""
        c = self.config
        pos = self._head_position(s, s.stop_t + 0.01)
        if pos is None:
            return False
        x, top = pos
        k = c.px_per_mm * s.scale
        eye, sep = top + EYE_Y_MM * k, 2.0 * CANTHUS_DX_MM * k
        cy, r = eye - FOREHEAD_CENTRE_S * sep, FOREHEAD_RADIUS_S * sep
        if r < FOREHEAD_MIN_RADIUS_PX or cy - r < -0.5 or x - r < -0.5 or x + r > c.width - 0.5 or cy + r > c.height - 0.5:
            return False
        lo, hi = FOREHEAD_BAND_S[0] * sep, FOREHEAD_BAND_S[1] * sep  # over the eye line; rows from 0 down are in
        return (eye + 0.5 - lo) / (hi - lo) >= FOREHEAD_BAND_IN_FRAME

    def _confound(self, s: Subject, dwell: float) -> None:
        """The subject's confounders: drawn from the subject's own second stream."""
        if not set(s.incidents) & set(CONFOUNDERS):
            return
        rng = np.random.default_rng([s.seed, 1])
        if "close_up" in s.incidents:
            s.scale = float(rng.uniform(*CLOSE_UP_SCALE))
            s.eye_row = float(rng.uniform(*CLOSE_UP_EYE_ROW))
        if "lean_in" in s.incidents:
            # forward in 0.5 s soon after stopping, held a while, back in 0.5 s
            t0 = s.stop_t + float(rng.uniform(0.0, 0.3))
            hold = float(rng.uniform(0.5, max(0.6, dwell - 1.6)))
            s.lean = (t0, t0 + 0.5, t0 + 0.5 + hold, t0 + 1.0 + hold, float(rng.uniform(*LEAN_SCALE)))
        if "cup_raised" in s.incidents:
            up = s.stop_t + float(rng.uniform(-0.3, 0.2))
            s.cup = (float(rng.uniform(*CUP_C)), float(rng.uniform(-20.0, 20.0)), up,
                     max(up + 1.5, s.leave_t - float(rng.uniform(0.0, 0.3))))
        if "fringe" in s.incidents:
            s.fringe_mm = EYE_Y_MM - float(rng.uniform(*FRINGE_MM))

    def _hot_pixels(self, s: Subject) -> list[tuple[int, int, float]]:
        """Isolated hot pixels while the subject is in view: one on the true canthus, the rest
        on the face and the scene, at least 3 px apart (a sensor's defects, not a hot spot)."""
        if s.hot_pixels is not None:
            return s.hot_pixels
        c = self.config
        rng = np.random.default_rng([s.seed, 2])
        k = c.px_per_mm * s.scale
        x, top = self._head_position(s, s.stop_t + 0.01) or (s.x_stop * c.width, 0.0)
        eye = top + EYE_Y_MM * k
        spots = [(eye + rng.integers(-1, 2), x + CANTHUS_DX_MM * k + rng.integers(-1, 2))]
        for _ in range(4):  # the canthus band
            spots.append((eye + rng.uniform(-25.0, 30.0) * k, x + rng.uniform(-45.0, 45.0) * k))
        for _ in range(3):  # elsewhere on the face
            spots.append((top + rng.uniform(40.0, 200.0) * k, x + rng.uniform(-60.0, 60.0) * k))
        for _ in range(3):  # the scene
            spots.append((rng.uniform(0, c.height), rng.uniform(0, c.width)))
        out: list[tuple[int, int, float]] = []
        for y, xx in spots:
            r, col = int(np.clip(round(y), 0, c.height - 1)), int(np.clip(round(xx), 0, c.width - 1))
            if all(max(abs(r - r2), abs(col - c2)) >= 3 for r2, c2, _ in out):
                out.append((r, col, float(rng.uniform(*HOT_PIXEL_C))))
        s.hot_pixels = out
        return out

    def truth(self) -> list[dict]:
        c = self.config
        return [s.truth(c.camera, c.limit_c, c.model, self.background_c((s.stop_t + s.leave_t) / 2))
                for s in self.subjects]

    def background_c(self, t: float) -> float:
        """The room the oral model is given at time ``t``: the median of the empty scene,
        noise-free (the engine's ``detection.background_c`` on a live frame). The lobby's
        cooler door and the ceiling's warmer air put it 0.2-0.5 °C under the scene's air,
        ``room_c``; scored against the air, the engine's estimates ran 0.01-0.03 °C high,
        a difference of definitions, not of measurement."""
        return float(np.median(self._background)) + 0.3 * math.sin(2 * math.pi * t / 600.0)

    # -- rendering --------------------------------------------------------
    def _make_background(self) -> np.ndarray:
        c = self.config
        yy, xx = np.mgrid[0 : c.height, 0 : c.width].astype(np.float32)
        bg = np.full((c.height, c.width), self.room_c, np.float32)
        bg += 0.8 * (0.5 - yy / c.height)  # warm air gathers under the ceiling
        door = (np.abs(xx - c.width * 0.5) < c.width * 0.3) & (yy < c.height * 0.9)
        bg[door] -= 0.6  # the open door: cooler air from the lobby
        return bg

    def _active(self, kind: str, t: float) -> bool:
        return any(a <= t < b for a, b in self._windows[kind])

    def camera_offset_c(self, t: float) -> float:
        """The camera's own calibration error at time t (what a blackbody corrects)."""
        off = 0.15 * math.sin(2 * math.pi * t / 240.0 + self.config.seed)
        if self._active("warmup", t):
            off += 1.2
        if self._active("reference_drift", t):
            off += 0.8
        return off

    def _sprite(self, s: Subject, lean_q: int = 0) -> tuple[np.ndarray, np.ndarray, int, int]:
        """Temperature image and alpha mask of one person, anchored at the head's top centre.

        ``lean_q`` (1..LEAN_STEPS) is a head leaning into the lens that far: nearer, so
        larger, and bowed, so the crown shows (warm scalp through thin hair)."""
        if lean_q == 0:
            if s.sprite is None:
                s.sprite = self._draw(s, self.config.px_per_mm * s.scale, 0.0)
            return s.sprite
        if lean_q not in s.lean_sprites:
            assert s.lean is not None
            f = lean_q / LEAN_STEPS
            s.lean_sprites[lean_q] = self._draw(s, self.config.px_per_mm * s.scale * (1.0 + f * (s.lean[4] - 1.0)), f)
        return s.lean_sprites[lean_q]

    def _draw(self, s: Subject, k: float, bow: float) -> tuple[np.ndarray, np.ndarray, int, int]:
        c = self.config
        rng = np.random.default_rng(s.seed)
        extra = np.random.default_rng([s.seed, 3])  # confounders' values: the draws above stay as they were
        w_mm = SHOULDER_W_MM + 40.0
        h_mm = max(HEAD_H_MM + 380.0, (c.height / k) + 20.0)
        w_px, h_px = int(w_mm * k) + 1, int(min(h_mm * k, c.height * 1.6)) + 1
        # 1-D coordinates broadcast against each other: no full mesh is built,
        # and the face is drawn only inside the head's box (a sprite is made
        # while other cameras run; it must stay cheap).
        xs = np.arange(w_px, dtype=np.float32) / k - w_mm / 2.0  # mm from the head's centre line
        ys = np.arange(h_px, dtype=np.float32) / k  # mm from the top of the head
        t = np.zeros((h_px, w_px), np.float32)
        alpha = np.zeros((h_px, w_px), bool)
        can = s.canthus_c
        cold = COLD_FACE_C if "cold_face" in s.incidents else 0.0

        def rows(y0: float, y1: float) -> slice:
            return slice(max(0, int(np.ceil(y0 * k))), max(0, min(h_px, int(np.ceil(y1 * k)))))

        def cols(x0: float, x1: float) -> slice:
            return slice(max(0, int(np.ceil((x0 + w_mm / 2) * k))), max(0, min(w_px, int(np.ceil((x1 + w_mm / 2) * k)))))

        chin = HEAD_H_MM * 0.93
        # body and shoulders (clothes): half-width grows down to the shoulders
        half = SHOULDER_W_MM / 2 - np.maximum(0.0, chin + 110.0 - ys) * 0.9
        body = (ys[:, None] > chin + 45.0) & (np.abs(xs)[None, :] < half[:, None])
        t[body], alpha[body] = s.clothing_c, True
        neck = (rows(chin - 25.0, chin + 60.0), cols(-52.0, 52.0))
        neck_c = can - 2.0
        if "warm_neck" in s.incidents:
            # the throat under the chin, a skin fold: kiosk necks read up to 0.3 °C over the canthus
            neck_c = can + float(extra.uniform(*WARM_NECK_C))
        t[neck], alpha[neck] = neck_c - cold * 0.7, True
        hb = (rows(0.0, HEAD_H_MM), cols(-HEAD_W_MM / 2, HEAD_W_MM / 2))
        yy, xx = ys[hb[0]][:, None], xs[hb[1]][None, :]
        th, ah = t[hb], alpha[hb]  # views: drawing into them draws the sprite
        head = _ellipse(xx, yy, 0.0, HEAD_H_MM / 2, HEAD_W_MM / 2, HEAD_H_MM / 2)
        ah |= head
        # skin: forehead warmer than cheeks, both cooler than the canthus
        skin = can - 1.7 - 0.004 * np.abs(yy - EYE_Y_MM) - cold - rng.uniform(0.0, 0.3)
        th[head] = np.broadcast_to(skin, head.shape)[head]
        # the forehead over the brows (uniform: the engine's disc averages it) and its
        # warmest strip (the forehead's maximum); a cold face's COLD_FOREHEAD_C is in both already
        forehead = head & (yy < EYE_Y_MM - BROW_MM)
        th[forehead] = s.forehead_c
        warmest = (head & (yy >= EYE_Y_MM - FOREHEAD_MAX_MM[1]) & (yy < EYE_Y_MM - FOREHEAD_MAX_MM[0])
                   & (np.abs(xx) <= FOREHEAD_MAX_HALF_W_MM))
        th[warmest] = s.forehead_max_c
        cheeks = head & (yy > EYE_Y_MM + 15.0) & (np.abs(xx) > 25.0)
        th[cheeks] -= 0.5
        hair = head & ((yy < s.hair_mm + 0.0015 * xx**2) | (np.abs(xx) > HEAD_W_MM / 2 - 12.0) & (yy < EYE_Y_MM))
        hair_c = s.room_c + 7.0 + float(rng.uniform(-0.6, 0.6))
        th[hair] = hair_c
        if s.fringe_mm is not None:
            # hair or a hat down over the forehead, as cold as the hair: no forehead to read
            th[head & (yy < s.fringe_mm)] = hair_c
        crown_c = can + float(extra.uniform(*LEAN_CROWN_C))
        if bow > 0.0:
            # bowed toward the lens: the crown (scalp through thin hair) in view, as warm as the face
            crown = head & (yy < s.hair_mm * (0.4 + 0.6 * bow) + 0.0015 * xx**2)
            th[crown] = th[crown] + (crown_c - th[crown]) * bow
        th[_ellipse(xx, yy, 0.0, EYE_Y_MM + 35.0, 15.0, 32.0)] = can - 3.0 - cold  # nose
        mouth_y = EYE_Y_MM + 70.0
        if "open_mouth" in s.incidents:
            # inside the mouth is near core: hotter than the canthus
            th[_ellipse(xx, yy, 0.0, mouth_y, 22.0, 14.0)] = s.core_c - 0.3
        else:
            th[_ellipse(xx, yy, 0.0, mouth_y, 24.0, 6.0)] = can - 1.0 - cold
        other = can - float(rng.uniform(0.05, 0.3))
        for side in (-1.0, 1.0):
            ex = side * 32.0
            th[_ellipse(xx, yy, ex, EYE_Y_MM, 14.0, 6.0)] = can - 0.7 - cold * 0.35  # eye
            cx = side * CANTHUS_DX_MM
            ring = _ellipse(xx, yy, cx, EYE_Y_MM, 7.5, 6.0)
            peak = can if side > 0 else other
            th[ring] = np.maximum(th[ring], peak - 0.35)
            th[_ellipse(xx, yy, cx, EYE_Y_MM, 4.5, 4.0)] = peak
            if "glasses" in s.incidents:
                th[_ellipse(xx, yy, ex, EYE_Y_MM, 26.0, 20.0)] = s.room_c + 3.5  # lens
        if "glasses" in s.incidents:
            t[rows(EYE_Y_MM - 9.0, EYE_Y_MM - 3.0), cols(-8.0, 8.0)] = s.room_c + 3.5  # bridge
        if "hot_drink" in s.incidents:
            hand = (rows(chin - 10.0, chin + 70.0), cols(70.0, 160.0))
            t[hand], alpha[hand] = can - 2.5, True
            cup = (rows(chin - 95.0, chin + 10.0), cols(77.0, 153.0))
            t[cup], alpha[cup] = float(rng.uniform(55.0, 65.0)), True
        # Optics: a slight blur, applied once per subject (not per frame). The
        # canthus spot is wide enough that its centre keeps the true peak.
        inside = np.where(alpha, t, np.float32(s.room_c))
        t = cv2.GaussianBlur(inside, (0, 0), sigmaX=max(0.5, 0.9 * k))
        # anchor: pixel of the head's top centre inside the sprite
        return (t, alpha, int(round(w_mm / 2.0 * k)), 0)

    def _lean_q(self, s: Subject, t: float) -> int:
        """How far the head leans in at t, quantised to 0..LEAN_STEPS (0: upright)."""
        if s.lean is None or not s.lean[0] < t < s.lean[3]:
            return 0
        t0, t1, t2, t3, _ = s.lean
        f = 1.0 if t1 <= t <= t2 else (t - t0) / (t1 - t0) if t < t1 else (t3 - t) / (t3 - t2)
        f = f * f * (3.0 - 2.0 * f)  # smooth start and stop
        return round(f * LEAN_STEPS)

    def _head_position(self, s: Subject, t: float, lean_q: int = 0) -> tuple[float, float] | None:
        """(x, y) of the head's top centre in pixels, or None when out of view."""
        c = self.config
        if not (s.enter_t <= t <= s.exit_t):
            return None
        k = c.px_per_mm * s.scale
        half = SHOULDER_W_MM / 2 * k
        start = -half if s.direction > 0 else c.width + half
        end = c.width + half if s.direction > 0 else -half
        x_stop = s.x_stop * c.width
        if t < s.stop_t:
            f = (t - s.enter_t) / max(1e-6, s.stop_t - s.enter_t)
            x = start + (x_stop - start) * f
        elif t < s.leave_t:
            x = x_stop + 0.6 * math.sin(7.0 * t + s.subject)  # standing, swaying a little
        else:
            f = (t - s.leave_t) / max(1e-6, s.exit_t - s.leave_t)
            x = x_stop + (end - x_stop) * f
        top = c.height * 0.03 + (1.0 - s.scale) * c.height * 0.25
        if s.eye_row is not None:  # a close-up: the eye line where the kiosk's screen puts it
            top = s.eye_row * c.height - EYE_Y_MM * k
        if lean_q and s.lean is not None:
            # nearer the lens the head grows about the eye line, and bowing lowers the eyes
            f = lean_q / LEAN_STEPS
            eye = top + EYE_Y_MM * k + 0.05 * c.height * f
            top = eye - EYE_Y_MM * k * (1.0 + f * (s.lean[4] - 1.0))
        return x, top

    def _draw_cup(self, frame: np.ndarray, s: Subject, t: float, x: float, top: float) -> None:
        """A hot cup in the subject's hand, raised from the chest to the mouth and lowered again.

        Drawn over the face and blurred with it as the lens would; the cup's top
        rim reaches just under the nose when raised."""
        assert s.cup is not None
        c = self.config
        cup_c, dx_mm, up_t, down_t = s.cup
        k = c.px_per_mm * s.scale
        low, high = HEAD_H_MM * 0.93 + 90.0, EYE_Y_MM + 60.0  # cup top: chest, and just under the nose
        f = min(1.0, max(0.0, (t - up_t) / 0.5)) * min(1.0, max(0.0, (down_t + 0.5 - t) / 0.5))
        y_mm = low + (high - low) * f
        cx = x + dx_mm * k
        x0, x1 = round(cx - CUP_W_MM / 2 * k), round(cx + CUP_W_MM / 2 * k)
        y0, y1 = round(top + y_mm * k), round(top + (y_mm + CUP_H_MM) * k)
        pad = math.ceil(3 * max(0.5, 0.9 * k)) + 1
        hx0, hx1 = x1 - int(10 * k), x1 + int(25 * k)  # the hand holding it, fingers round its side
        hy0, hy1 = y0 + int(20 * k), y1 + int(30 * k)
        rx0, ry0 = max(0, x0 - pad), max(0, y0 - pad)
        rx1, ry1 = min(c.width, hx1 + pad), min(c.height, hy1 + pad)
        if rx1 <= rx0 or ry1 <= ry0:
            return
        region = frame[ry0:ry1, rx0:rx1].copy()
        region[max(0, hy0 - ry0):max(0, hy1 - ry0), max(0, hx0 - rx0):max(0, hx1 - rx0)] = s.canthus_c - 2.5
        region[max(0, y0 - ry0):max(0, y1 - ry0), max(0, x0 - rx0):max(0, x1 - rx0)] = cup_c
        frame[ry0:ry1, rx0:rx1] = cv2.GaussianBlur(region, (0, 0), sigmaX=max(0.5, 0.9 * k))

    def render_celsius(self, i: int) -> tuple[np.ndarray, frozenset[str], float]:
        """Frame ``i``: (°C image as the camera reports it, flags, time)."""
        c = self.config
        t = i / c.fps
        flags: set[str] = set()
        if self._active("warmup", t):
            flags.add("warming_up")
        if self._active("ffc", t) and self._last is not None:
            flags.add("ffc")
            return self._last.copy(), frozenset(flags), t
        frame = self._background + np.float32(0.3 * math.sin(2 * math.pi * t / 600.0))
        lo, hi = bisect.bisect_left(self._exit_max, t), bisect.bisect_right(self._enter_t, t)
        # A sprite is cached while its person is in view, then dropped: a round's crowd
        # is thousands of people and a sprite is up to a few hundred KB. It is drawn
        # again, identically (from the subject's seed), if an earlier frame is asked for.
        for s in self.subjects[self._released:lo]:
            s.drop_sprites()
        self._released = max(self._released, lo)
        defects: list[tuple[int, int, float]] = []
        for s in self.subjects[lo:hi]:
            q = self._lean_q(s, t)
            pos = self._head_position(s, t, q)
            if pos is None:
                if s.exit_t < t:
                    s.drop_sprites()
                continue
            if "hot_pixels" in s.incidents:
                defects += self._hot_pixels(s)
            sprite, alpha, ax, ay = self._sprite(s, q)
            x0, y0 = int(round(pos[0])) - ax, int(round(pos[1])) - ay
            fx0, fy0 = max(0, x0), max(0, y0)
            fx1, fy1 = min(c.width, x0 + sprite.shape[1]), min(c.height, y0 + sprite.shape[0])
            if fx1 <= fx0 or fy1 <= fy0:
                continue
            sl = (slice(fy0 - y0, fy1 - y0), slice(fx0 - x0, fx1 - x0))
            np.copyto(frame[fy0:fy1, fx0:fx1], sprite[sl], where=alpha[sl])
            if s.cup is not None:
                self._draw_cup(frame, s, t, *pos)
        if c.blackbody:
            bx, by, bw, bh = c.blackbody_rect
            bb = c.blackbody_c
            if self._active("no_reference", t):
                bb = self.room_c + 1.0  # blocked by a coat on the stand
            frame[by : by + bh, bx : bx + bw] = bb
        frame += np.float32(self.camera_offset_c(t))
        frame += self._noise[i % len(self._noise)]
        for r, col, dc in defects:  # the sensor's own: after the optics and the noise
            frame[r, col] += np.float32(dc)
        self._last = frame
        return frame, frozenset(flags), t

    def frames(self) -> Iterator[tuple[np.ndarray, frozenset[str], float]]:
        for i in range(self.n_frames):
            yield self.render_celsius(i)
