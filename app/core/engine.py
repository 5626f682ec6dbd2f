"""One camera's screening: frame in, per-person states and decisions out.

The order is fixed: frame gate (:mod:`app.core.gate`) → reference check and
correction → detection → tracking → one decision per person.
:meth:`Engine.process` never raises on a frame, whatever it holds: a frame
the gate refuses comes back as a :class:`FrameResult` with camera state
``bad_frame`` (or ``bad_pixels``) and no image. It keeps no reference to the
frame after returning, so a worker thread can hand results to a display that
shows only the latest frame while every :class:`Decision` is delivered.
"""

from __future__ import annotations

import logging
import math
import time
from collections import Counter, deque
from dataclasses import dataclass, field

import cv2
import numpy as np

from app.core import gate
from app.core.config import EngineConfig, ReferenceConfig
from app.core.detection import (
    Head,
    background_c,
    decimation,
    fever_mask,
    find_heads,
    measure,
    room_temperature,
)
from app.core.errors import CanthusError
from app.core.frame import Frame
from app.core.oral import SHIPPED_MODEL, Model
from app.core.reference import find_reference
from app.core.rules import RelativeBaseline, decide

#: Non-results: code -> what the guard tells the person or does. None is a pass.
REASONS: dict[str, str] = {
    "warming_up": "Camera warming up: check with a clinical thermometer",
    "no_reference": "Reference blackbody not seen or its temperature not set: check with a thermometer",
    "reference_drift": "Camera drifted from its reference: screening locked, call maintenance",
    "bad_frame": "Camera sends impossible images: check with a clinical thermometer, call maintenance",
    "bad_pixels": "Camera has dead pixels where the face is: check with a clinical thermometer, call maintenance",
    "multiple_people": "One person at a time, please",
    "too_far": "Step closer to the camera",
    "glasses": "Remove glasses, please",
    "cold_face": "Just in from the cold: wait 15 min indoors, then screen again",
    "unstable": "Stand still and look at the camera",
}
# When a subject met several blocking states equally often, the guard hears
# the first of these: camera problems before instructions to the person.
_PRIORITY = list(REASONS)

CAMERA_STATES = ("live", "warming_up", "ffc", "no_reference", "reference_drift", "bad_frame", "bad_pixels")

log = logging.getLogger(__name__)

# What a radiometer may raise on counts it cannot convert (a custom one
# included): the frame is refused, the worker thread lives on.
_CONVERSION_ERRORS = (CanthusError, ValueError, TypeError, IndexError, ArithmeticError, cv2.error)


@dataclass(slots=True)
class Decision:
    """The one decision about one subject: a result or a non-result."""

    camera: str
    subject: int
    t: float
    seq: int
    verdict: str  # "normal", "elevated" or "retry"
    reason: str  # "measured" for results, a REASONS code for non-results
    instruction: str
    canthus_c: float | None = None
    estimate_c: float | None = None
    rule: str | None = None
    limit_c: float | None = None
    alarm_level_c: float | None = None
    prealarm: bool = False
    baseline_c: float | None = None
    point: tuple[int, int] | None = None
    box: tuple[int, int, int, int] | None = None
    snapshot: np.ndarray | None = field(default=None, repr=False)  # °C crop of the head, for the alert
    # The mm per pixel the camera is allowed to run at (EngineConfig.max_mm_per_px): over
    # the standard's 1 mm/px a site accepted a documented loss of accuracy (docs/engine.md).
    max_mm_per_px: float | None = None
    face_max_c: float | None = None  # the upper face's maximum the oral model was given
    room_c: float | None = None  # the room temperature the oral model was given
    forehead_c: float | None = None  # the forehead centre the oral model was given
    forehead_max_c: float | None = None  # the forehead maximum the oral model was given
    # Why no forehead was given ("cut", "covered", "too_small"; "" when given or not looked for)
    forehead_missing: str = ""
    made_at: float = field(default_factory=time.time)  # wall clock when decided (alert latency, store)

    def to_json(self) -> dict:
        r2 = lambda v: None if v is None else round(float(v), 2)
        return {
            "camera": self.camera,
            "subject": self.subject,
            "t": round(self.t, 3),
            "canthus_c": r2(self.canthus_c),
            "estimate_c": r2(self.estimate_c),
            "verdict": self.verdict,
            "reason": self.reason,
            "instruction": self.instruction,
            "rule": self.rule,
            "limit_c": self.limit_c,
            "alarm_level_c": r2(self.alarm_level_c),
            "prealarm": self.prealarm,
            "point": list(self.point) if self.point else None,
            "forehead_c": r2(self.forehead_c),
            "forehead_max_c": r2(self.forehead_max_c),
            "forehead_missing": self.forehead_missing or None,
        }


@dataclass(slots=True)
class TrackView:
    """What the screen needs to draw one tracked person in this frame."""

    subject: int
    box: tuple[int, int, int, int]  # x, y, w, h of the head
    point: tuple[int, int] | None  # hottest canthus pixel this frame
    state: str  # "entering", "measuring", a REASONS code, or "decided"
    instruction: str
    reading_c: float | None
    decision: Decision | None


@dataclass(slots=True)
class FrameResult:
    """What one frame gave. A refused frame's ``frame`` has no image (``celsius`` None)."""

    frame: Frame
    camera_state: str
    room_c: float
    reference_c: float | None
    reference_offset_c: float | None
    fever_threshold_c: float  # skin temperature whose estimate reaches the alarm level
    fever_mask: np.ndarray  # uint8, nonzero where the estimate is at or over the alarm level
    tracks: list[TrackView]
    decisions: list[Decision]
    bad_pixels: int = 0  # NaN/inf pixels the gate filled (0 for a refused frame)
    detail: str = ""  # why the gate refused the frame or flagged its pixels, for the log and the tile
    # The mm per pixel this camera is allowed (EngineConfig.max_mm_per_px; 1.0 is the
    # standard's): a tile shows it when a site runs a coarse camera (e.g. "6 mm/px").
    max_mm_per_px: float = 1.0


@dataclass(slots=True)
class _Track:
    subject: int
    centre: tuple[float, float]
    width: int
    last_seq: int
    readings: list[tuple[float, tuple[int, int]]] = field(default_factory=list)
    reasons: Counter = field(default_factory=Counter)
    seen_complete: bool = False
    box: tuple[int, int, int, int] = (0, 0, 0, 0)  # the head, last time it was seen
    decision: Decision | None = None
    missed: int = 0
    eyes: object | None = None  # face.EyeLine found last frame (reused while the head stays put)
    eyes_at: tuple[float, float] | None = None  # the head's centre then
    eyes_reused: int = 0
    # Seen while the reference source was still being located (Engine._locating), and
    # seen once it was in use: a person whose whole visit fell before the lock is
    # no_reference, one who was still in view at the lock is decided on every frame.
    waited: bool = False
    located: bool = False


#: A head found inside a tracked head's box and under this fraction of its width is a
#: piece of that person (Engine._piece_of_known_person); a new person's head is about
#: as wide as the last one's.
PIECE_FRACTION = 0.7

#: Frames in a row a still head's eye line is reused before it is located afresh.
EYES_REUSE = 4

#: Room estimates the engine remembers, to tell a close-up filling the frame from the room.
ROOM_FRAMES = 9

#: Pixels of frame history the reference search keeps per camera (float32: 64 MB):
#: 20 frames of 640x512 fit three times over; a 4096x4096 camera gets the minimum.
REF_HISTORY_PIXELS = 16 * 1024 * 1024
MIN_REF_FRAMES = 3


class Engine:
    """Screens one camera. Not thread-safe: one engine per camera worker."""

    def __init__(self, camera: str, config: EngineConfig | None = None, model: Model = SHIPPED_MODEL) -> None:
        self.camera = camera
        self._room_c = float("nan")  # the background's median, last frame (the oral model's room)
        self._rooms: deque[float] = deque(maxlen=ROOM_FRAMES)  # recent room estimates (close-ups held out)
        self._model = model
        self.config = config or EngineConfig()
        self.baseline = RelativeBaseline(
            self.config.relative.window, self.config.relative.trim, self.config.relative.min_subjects
        )
        self._tracks: list[_Track] = []
        self._next_subject = 1
        self._provisional = 0  # negative ids for people not yet fully in view
        self._first_t: float | None = None
        self._last_views: list[TrackView] = []
        self._last_t = 0.0  # capture time of the last frame the gate let through
        self._bad: np.ndarray | None = None  # this frame's dead pixels (the gate's mask)
        self._refusal: str | None = None  # why the last frame was refused (logged once per run)
        self.frames_processed = 0
        self.frames_refused = 0  # refused by the gate: not screened
        self.frames_bad_pixels = 0  # had dead pixels (filled, left out of the measurement)
        self.decisions_made = 0
        # The reference source found in view (EngineConfig.reference_search): its box,
        # the frames gathered for the next search, when that search starts, and why
        # screening is locked out (the source moved) or why there is no box yet.
        self.reference_box: tuple[int, int, int, int] | None = None
        self.reference_note = ""
        self._ref_history: list[np.ndarray] = []
        self._ref_next_t: float | None = None
        self._ref_moved: str | None = None

    # -- settings ----------------------------------------------------------
    @property
    def model(self) -> Model:
        return self._model

    @model.setter
    def model(self, model: Model) -> None:
        """A model adopted while running (a site's re-calibration) moves the mask's threshold too."""
        self._model = model
        if hasattr(self, "_config"):
            self._skin_threshold = model.skin_threshold_c(self._config.limit_c, self._room_c)

    @property
    def config(self) -> EngineConfig:
        return self._config

    @config.setter
    def config(self, config: EngineConfig) -> None:
        self._config = config
        # The mask's threshold; a model with a room term follows the room (next frame).
        self._skin_threshold = self.model.skin_threshold_c(config.limit_c, self._room_c)

    def _active_reference(self) -> ReferenceConfig | None:
        """The reference box in use: the configured one, else the one found with a known set point."""
        cfg = self.config
        if cfg.reference is not None or cfg.reference_search is None or self.reference_box is None:
            return cfg.reference
        s = cfg.reference_search
        if s.set_c is None:
            return None
        x, y, w, h = self.reference_box
        return ReferenceConfig(x=x, y=y, width=w, height=h, set_c=s.set_c, tolerance_c=s.tolerance_c,
                               find_tolerance_c=s.find_tolerance_c, max_spread_c=s.max_spread_c)

    def _search_reference(self, t: float, celsius: np.ndarray, applied_c: float) -> None:
        """Gather frames and run the reference finder on them: at start, then every ``recheck_s``.

        The history is of the camera's own °C (the correction applied to this frame is
        taken off), so the source's stillness is judged on what the sensor saw. A box
        found again where it was keeps screening going; one found elsewhere locks the
        camera out (``no_reference``) until it is restarted: a moved camera or source is
        for a person to check, never silently adopted.
        """
        s = self.config.reference_search
        if s is None or self.config.reference is not None or self._ref_moved:
            return
        if self._ref_next_t is not None and t < self._ref_next_t:
            return
        if self._ref_history and self._ref_history[-1].shape != celsius.shape:
            self._ref_history = []  # the camera changed its picture size: start again
        self._ref_history.append(celsius - np.float32(applied_c) if applied_c else celsius.copy())
        # At most REF_HISTORY_PIXELS in memory per camera, whatever the frame size.
        wanted = max(MIN_REF_FRAMES, min(s.history_frames, REF_HISTORY_PIXELS // max(1, celsius.size)))
        if len(self._ref_history) < wanted:
            return
        try:
            found = find_reference(self._ref_history)
        except CanthusError as e:  # not a frame history (cannot happen past the gate): look again
            self._ref_history = []
            self.reference_note = f"reference search failed: {e}"
            return
        self._ref_history = []
        if found.patch is None:
            if self.reference_box is None:
                self.reference_note = f"reference source not found yet: {found.reason}"
                return  # try again on the next frames
            # Someone in front of it during the whole history: the per-frame check
            # of the box in use says whether it is still seen.
            self._ref_next_t = t + s.recheck_s
            return
        box = found.patch.box
        if self.reference_box is not None:
            (ax, ay, aw, ah), (bx, by, bw, bh) = self.reference_box, box
            moved = math.dist((ax + aw / 2, ay + ah / 2), (bx + bw / 2, by + bh / 2))
            if moved > s.max_move_px:
                self._ref_moved = (f"reference source moved from {self.reference_box} to {box} ({moved:.1f} px): "
                                   "screening locked; check the camera and the source, then restart the camera")
                self.reference_note = self._ref_moved
                log.warning("%s: %s", self.camera, self._ref_moved)
                return
        else:
            log.info("%s: reference source %s", self.camera, found.reason)
            self.reference_box = box
        self.reference_note = "" if s.set_c is not None else (
            f"reference temperature unknown: a source is in view at {box} but no set point was given, "
            "so no temperature can be measured")
        self._ref_next_t = t + s.recheck_s

    def _locating(self) -> bool:
        """Whether the reference source is still being looked for at start (its set
        point known, no box found yet), as opposed to lost, moved, drifted or of unknown
        temperature: a wait that ends by itself within ``history_frames``."""
        cfg = self.config
        s = cfg.reference_search
        return (cfg.reference is None and s is not None and s.set_c is not None
                and self.reference_box is None and not self._ref_moved)

    def idle(self, frame: Frame, state: str) -> FrameResult:
        """A frame seen while screening is off (paused, bypassed, suspended).

        Converted for display only: nobody is tracked or decided, and
        everyone in view is forgotten (a person half-measured before a pause
        is measured afresh after it).
        """
        self._tracks.clear()
        self._last_views = []
        if frame.celsius is None and frame.raw is None and frame.visible is not None:
            # A visible camera's picture: passed on to be drawn, no temperature, no mask.
            if problem := gate.check_visible(frame):
                return self._no_image(frame, state, problem)
            return FrameResult(frame, state, float("nan"), None, None, self._skin_threshold,
                               np.zeros((0, 0), np.uint8), [], [], 0, "", self.config.max_mm_per_px)
        px, _, _, _ = self._admit(frame, with_reference=False)
        if px.celsius is None:
            return self._no_image(frame, state, px.message)
        return FrameResult(frame, state, float("nan"), None, None, self._skin_threshold,
                           fever_mask(px.celsius, self._skin_threshold), [], [], px.n_bad, px.message, self.config.max_mm_per_px)

    def rescreen(self, subject: int) -> bool:
        """Discard a subject's decision and measure again (guard's Re-screen)."""
        for tr in self._tracks:
            if tr.subject == subject and subject > 0:
                tr.decision = None
                tr.readings.clear()
                tr.reasons.clear()
                return True
        return False

    # -- per frame -----------------------------------------------------------
    def _admit(self, frame: Frame, with_reference: bool = True
               ) -> tuple[gate.Pixels, str | None, float | None, float | None]:
        """The frame gate, the reference check and the conversion to °C, in that order.

        Returns the gate's verdict on the pixels (``celsius`` None: refused)
        and the reference's (block, reading, offset). Afterwards
        ``frame.celsius`` is the gated image, reference-corrected: fused into
        the conversion of raw frames, added in place to frames that came as °C.
        """
        cfg = self.config
        none = (None, None, None)
        problem = gate.check_structure(frame)
        if problem:
            return gate.Pixels("bad_frame", None, message=problem), *none
        lo, hi = cfg.camera_min_c, cfg.camera_max_c
        if frame.celsius is not None:
            px = gate.check_pixels(frame.celsius, lo, hi, cfg.max_bad_pixel_fraction)
            if px.celsius is None:
                return px, *none
            frame.celsius = px.celsius
            block, ref_c, offset = self._reference(frame, px.bad) if with_reference else none
            if offset is not None and block is None:
                frame.ensure_celsius(offset)
            return px, block, ref_c, offset
        assert frame.raw is not None and frame.radiometer is not None  # check_structure saw to it
        try:
            block, ref_c, offset = self._reference(frame, None) if with_reference else none
            fused = offset if offset is not None and block is None else 0.0
            celsius = frame.radiometer(frame.raw, offset_c=fused)
        except _CONVERSION_ERRORS as e:
            return gate.Pixels("bad_frame", None, message=f"raw frame: {e}"), *none
        if not isinstance(celsius, np.ndarray) or celsius.shape != frame.raw.shape or celsius.dtype.kind != "f":
            what = getattr(celsius, "shape", type(celsius).__name__)
            return gate.Pixels("bad_frame", None, message=f"raw frame: the radiometer returned {what}, "
                               f"not a °C image of shape {frame.raw.shape}"), *none
        # The correction is fused in: a pixel may lie that much past the range.
        px = gate.check_pixels(gate.as_float32(celsius), lo - abs(fused), hi + abs(fused), cfg.max_bad_pixel_fraction)
        frame.celsius = px.celsius
        return px, block, ref_c, offset

    def _reference(self, frame: Frame, bad: np.ndarray | None) -> tuple[str | None, float | None, float | None]:
        ref = self._active_reference()
        if ref is None:
            search = self.config.reference_search
            if search is not None and self.config.reference is None:
                # A source is in view but not located yet, moved, or of unknown
                # temperature: never an uncorrected reading in its place.
                if not self.reference_note:
                    self.reference_note = (f"looking for the reference source in view "
                                           f"({search.history_frames} frames to judge that it stays still)")
                return "no_reference", None, None
            return None, None, None
        if self._ref_moved:
            return "no_reference", None, None
        h, w = frame.shape
        if ref.x + ref.width > w or ref.y + ref.height > h:
            return "no_reference", None, None
        # the inner part of the patch: edges mix with the surroundings
        mx, my = ref.width // 4, ref.height // 4
        y0, y1, x0, x1 = ref.y + my, ref.y + ref.height - my, ref.x + mx, ref.x + ref.width - mx
        patch = frame.region_celsius(y0, y1, x0, x1)
        # A dead pixel on the blackbody: it cannot be read, so it is not seen.
        if (bad is not None and bad[y0:y1, x0:x1].any()) or not np.isfinite(patch).all():
            return "no_reference", None, None
        reading = float(np.median(patch))
        spread = float(patch.max() - patch.min())
        if abs(reading - ref.set_c) > ref.find_tolerance_c or spread > ref.max_spread_c:
            return "no_reference", reading, None
        offset = ref.set_c - reading
        if abs(offset) > ref.tolerance_c:
            return "reference_drift", reading, offset
        return None, reading, offset

    def process(self, frame: Frame) -> FrameResult:
        """Screen one frame; never raises on what the frame holds.

        A frame the gate refuses screens nobody: everyone in view is aged
        as if unseen and, if never decided, leaves with ``retry``
        (``bad_frame``). With too many dead pixels people are tracked but
        not measured (``bad_pixels``).
        """
        cfg = self.config
        self.frames_processed += 1
        px, block, ref_c, offset = self._admit(frame)
        if px.celsius is None:
            return self._refused(frame, px.message)
        celsius = px.celsius
        self._bad = px.bad
        self._refusal = None
        if px.n_bad:
            self.frames_bad_pixels += 1
        if self._first_t is None:
            self._first_t = frame.t
        self._last_t = frame.t
        decisions: list[Decision] = []
        warming = "warming_up" in frame.flags or (frame.t - self._first_t) < cfg.warmup_s
        # (judged before this frame's search, which may find the source: this frame
        # was not corrected with it)
        locating = block == "no_reference" and self._locating()
        if cfg.reference_search is not None and not warming and "ffc" not in frame.flags:
            self._search_reference(frame.t, celsius, offset if offset is not None and block is None else 0.0)
        mask = fever_mask(celsius, self._skin_threshold)
        # A camera still warming up also fails its reference: say the cause.
        # Dead pixels over 1 % come first: the sensor itself is failing.
        camera_state = "bad_pixels" if px.state == "bad_pixels" else "warming_up" if warming else (block or "live")
        if "ffc" in frame.flags:
            # Frozen or stale image: nothing seen now counts, nobody is aged.
            return FrameResult(frame, "ffc", float("nan"), ref_c, offset, self._skin_threshold, mask,
                               self._last_views, [], px.n_bad, px.message, self.config.max_mm_per_px)
        if camera_state == "live":
            camera_block = None
        else:
            camera_block = camera_state
        ref = cfg.reference
        ref_box = (ref.x, ref.y, ref.width, ref.height) if ref else self.reference_box
        # A face filling the frame makes the frame's own room estimate skin: keep the
        # room seen before (the median of the last ROOM_FRAMES estimates, robust to a
        # garbage frame among them) while the estimate is over it by a person's margin.
        d = decimation(celsius.shape[1])
        room_now = room_temperature(celsius, d)
        if self._rooms and room_now > float(np.median(self._rooms)) + cfg.person_delta_c:
            room_now = float(np.median(self._rooms))
        else:
            self._rooms.append(room_now)
        heads, room = find_heads(celsius, cfg, ref_box, room_c=room_now)
        self._room_c = background_c(celsius, room, cfg)
        if self.model.room_coef:
            self._skin_threshold = self.model.skin_threshold_c(cfg.limit_c, self._room_c)
        matched = self._match(heads, frame.seq)
        # People in the screening zone, whole heads or heads cut by the frame
        # (a second person half in view still makes a reading unsafe to
        # attribute). A cut "head" low in the frame is a hand or a shoulder.
        h, w = celsius.shape
        n_present = sum(
            1 for _, hd, _ in matched
            if hd.complete or (hd.at_edge and 0.1 * w <= hd.centre[0] <= 0.9 * w and hd.y < h // 2)
        )
        points: dict[int, tuple[int, int]] = {}
        states: dict[int, tuple[str, float | None]] = {}
        for tr, hd, moved in matched:
            tr.box = (hd.x, hd.y, hd.width, hd.height)
            state, reading = self._step(tr, hd, moved, frame, camera_block, n_present, points,
                                        waiting=locating and camera_state == "no_reference")
            states[id(tr)] = (state, reading)
            if state == "measuring" and tr.decision is None and len(tr.readings) >= cfg.lock_frames:
                dec = self._decide(tr, hd, frame)
                if dec is not None:
                    decisions.append(dec)
        decisions.extend(self._expire(frame.t, frame.seq))
        self._last_views = self._views(states, points)
        detail = px.message or (self.reference_note if block == "no_reference" else "")
        return FrameResult(frame, camera_state, room, ref_c, offset, self._skin_threshold, mask,
                           self._last_views, decisions, px.n_bad, detail, cfg.max_mm_per_px)

    def _refused(self, frame: Frame, why: str) -> FrameResult:
        """A frame the gate refused: nobody is screened, everyone in view ages, nothing raises."""
        self.frames_refused += 1
        if why != self._refusal:  # once per run of refused frames, not 25 times a second
            log.warning("%s: frame %s refused: %s", self.camera, frame.seq, why)
            self._refusal = why
        t = frame.t if isinstance(frame.t, (int, float)) and math.isfinite(frame.t) else self._last_t
        seq = frame.seq if isinstance(frame.seq, (int, np.integer)) else -1
        states = {}
        for tr in self._tracks:
            # Unseen in this frame: a person who walks on while the camera
            # sends garbage leaves with "retry", never silently.
            tr.missed += 1
            if tr.decision is None and tr.seen_complete:
                tr.readings.clear()  # a lock never spans a refused frame
                tr.reasons["bad_frame"] += 1
            states[id(tr)] = ("bad_frame" if tr.decision is None else "decided", None)
        decisions = self._expire(t, int(seq))
        self._last_views = self._views(states, {})
        return self._no_image(frame, "bad_frame", why, decisions)

    def _no_image(self, frame: Frame, state: str, why: str, decisions: list[Decision] | None = None) -> FrameResult:
        t = frame.t if isinstance(frame.t, (int, float)) and math.isfinite(frame.t) else self._last_t
        seq = int(frame.seq) if isinstance(frame.seq, (int, np.integer)) else -1
        shown = Frame(str(frame.camera), seq, float(t), None, str(frame.source))
        return FrameResult(shown, state, float("nan"), None, None, self._skin_threshold,
                           np.zeros((0, 0), np.uint8), list(self._last_views), decisions or [], 0, why, self.config.max_mm_per_px)

    def flush(self, t: float | None = None, seq: int = -1) -> list[Decision]:
        """End of stream: decide every subject still in view."""
        out = [d for tr in self._tracks if (d := self._finish(tr, t, seq)) is not None]
        self._tracks.clear()
        return out

    # -- internals -----------------------------------------------------------
    def _match(self, heads: list[Head], seq: int) -> list[tuple[_Track, Head, float]]:
        """Greedy nearest-centre matching; unmatched heads start new subjects."""
        pairs = []
        for ti, tr in enumerate(self._tracks):
            for hi, hd in enumerate(heads):
                dist = math.dist(tr.centre, hd.centre)
                if dist < 0.6 * max(tr.width, hd.width):
                    pairs.append((dist, ti, hi))
        pairs.sort()
        used_t, used_h, out = set(), set(), []
        for dist, ti, hi in pairs:
            if ti in used_t or hi in used_h:
                continue
            used_t.add(ti)
            used_h.add(hi)
            tr, hd = self._tracks[ti], heads[hi]
            moved = dist / max(hd.width, 1)
            tr.centre, tr.width, tr.last_seq, tr.missed = hd.centre, hd.width, seq, 0
            out.append((tr, hd, moved))
        for hi, hd in enumerate(heads):
            if hi not in used_h and self._piece_of_known_person(hd, seq):
                used_h.add(hi)  # a shoulder, hand or hair of someone already tracked: not a person
        for hi, hd in enumerate(heads):
            if hi not in used_h:
                self._provisional -= 1
                tr = _Track(self._provisional, hd.centre, hd.width, seq)
                self._tracks.append(tr)
                out.append((tr, hd, 1.0))
        for ti, tr in enumerate(self._tracks):
            if ti not in used_t and tr.last_seq != seq:
                tr.missed += 1
        return out

    def _known_eyes(self, tr: _Track, hd: Head):
        """The eye line found on this head in the last frame, when the head has moved
        under a pixel since (and it was found at most EYES_REUSE frames ago): locating
        the canthi is most of a measurement's cost, reading them is not."""
        if tr.eyes is None or tr.eyes_at is None or tr.eyes_reused >= EYES_REUSE:
            return None
        dx, dy = hd.centre[0] - tr.eyes_at[0], hd.centre[1] - tr.eyes_at[1]
        if abs(dx) > 1.0 or abs(dy) > 1.0:
            return None
        tr.eyes_reused += 1
        return tr.eyes

    def _piece_of_known_person(self, hd: Head, seq: int) -> bool:
        """Whether ``hd`` is a piece of a person already tracked (seen this frame or a few
        frames ago): well under that head's size and inside its box widened by a quarter
        on each side. A face leaving, turning or leaning in is cut by the person mask and
        the frame into bumps (hair, a shoulder, a raised hand); counted as heads they made
        one person at the kiosk several subjects and ``multiple_people``. Seeing a piece
        keeps the person's track alive (its box stays the last real head's)."""
        cx, cy = hd.centre
        for tr in self._tracks:
            x, y, w, h = tr.box
            if w <= 0 or hd.width > PIECE_FRACTION * w:
                continue
            if x - w / 4 <= cx <= x + w * 1.25 and y - h / 4 <= cy <= y + h * 1.25:
                if tr.last_seq != seq:
                    tr.missed = 0
                    tr.last_seq = seq
                return True
        return False

    def _step(self, tr: _Track, hd: Head, moved: float, frame: Frame, camera_block: str | None,
              n_present: int, points: dict, waiting: bool = False) -> tuple[str, float | None]:
        """One tracked head in one frame: its state, and its canthus reading when measured.

        ``waiting``: the reference source is still being located (camera ``no_reference``).
        The person is then judged as on a live camera on what needs no reference (too
        far, glasses, no eye line, a cold face, moving: all relative to the face itself)
        and that counts towards their one decision, while a frame in which they could
        have been measured, or with a second "head" in view (it may be the source, not
        yet left out), counts as ``no_reference``. The screen shows
        ``no_reference`` throughout and nothing is read; see :meth:`_finish` for a
        person who leaves before the source is found."""
        cfg = self.config
        if not hd.complete:
            tr.readings.clear()
            return "entering", None
        if not tr.seen_complete:
            # Public subject numbers are given at the first full view, so
            # people glimpsed at the frame's edge do not use them up.
            tr.seen_complete = True
            tr.subject = self._next_subject
            self._next_subject += 1
        m = None
        if waiting:
            tr.waited = True
        else:
            tr.located = True
        if camera_block and not waiting:
            state = camera_block
        elif n_present >= 2:
            state = "multiple_people"
        elif hd.width < cfg.min_head_px:
            state = "too_far"
        else:
            known = self._known_eyes(tr, hd)
            m = measure(frame.celsius, hd, cfg, self._bad, face_max=False, eyes=known)
            tr.eyes = None if m is None else m.eyes
            tr.eyes_at = hd.centre
            if known is None:
                # located afresh: reused again for at most EYES_REUSE frames (resetting on the
                # last reuse instead, as before, reused one eye line for as long as the head
                # stood still, a wrong one included)
                tr.eyes_reused = 0
            if m is None:
                state = "unstable"
            elif m.cold_fraction > cfg.glasses_fraction:
                state = "glasses"  # lenses hide the canthi, whatever warm spot is left
            elif m.canthus_c is None or m.canthus_c < m.face_skin_c:
                # No eye line (not facing the camera, eyes cut by the frame), or "canthi"
                # cooler than typical face skin: not a face's eye line.
                state = "unstable"
                m = None
            elif m.near_bad or not math.isfinite(m.canthus_c):
                state = "bad_pixels"  # the peak may lie under a dead pixel: no reading
            elif m.canthus_c - m.face_skin_c > cfg.cold_face_gap_c:
                state = "cold_face"
            elif moved > cfg.max_motion and moved * hd.width > 1.0:
                # (a head's box jitters by a pixel on a coarse camera: 3 % of a 30 px face)
                state = "unstable"
            else:
                state = "measuring"
        if m is not None and m.point is not None:
            points[id(tr)] = m.point
        if tr.decision is not None:
            return "decided", m.canthus_c if m else None
        if waiting:
            points.pop(id(tr), None)  # no reference: nothing is read, no point is shown
            tr.readings.clear()
            # (the source not yet found is not yet left out of the people either: a
            # kiosk's disc is as warm as a face, so a second "head" may be the source)
            tr.reasons["no_reference" if state in ("measuring", "multiple_people") else state] += 1
            return "no_reference", None
        if state != "measuring":
            tr.readings.clear()
            tr.reasons[state] += 1
            return state, m.canthus_c if m else None
        assert m is not None and m.canthus_c is not None and m.point is not None
        tr.readings.append((m.canthus_c, m.point))

        lock = tr.readings[-cfg.lock_frames :]
        vals = [r for r, _ in lock]
        if len(lock) == cfg.lock_frames and max(vals) - min(vals) > cfg.max_reading_spread_c:
            tr.reasons["unstable"] += 1
            del tr.readings[0]
        return state, m.canthus_c

    def _decide(self, tr: _Track, hd: Head, frame: Frame) -> Decision | None:
        cfg = self.config
        lock = tr.readings[-cfg.lock_frames :]
        canthus = float(np.median([r for r, _ in lock]))
        if not math.isfinite(canthus):
            # Unreachable past the gate and _step; kept because every
            # comparison with NaN is false, and "not elevated" would read as
            # normal. No verdict is ever made from a non-finite reading.
            log.error("%s: subject %d: non-finite reading %r refused", self.camera, tr.subject, canthus)
            tr.readings.clear()
            tr.reasons["bad_pixels"] += 1
            return None
        # The upper face's maximum, on the frame decided on (once per person, not per frame).
        # On the eye line the canthus was just read on (the forehead is placed from it).
        m = measure(frame.celsius, hd, cfg, self._bad, eyes=tr.eyes)
        face_max = m.face_max_c if m is not None and m.face_max_c is not None and math.isfinite(m.face_max_c) \
            else None
        room = self._room_c if math.isfinite(self._room_c) else None
        fh = m.forehead if m is not None else None
        fc = fh.centre_c if fh is not None and fh.max_c is not None else None
        fm = fh.max_c if fc is not None else None
        out = decide(canthus, cfg, self.model, self.baseline, face_max_c=face_max, room_c=room,
                     forehead_c=fc, forehead_max_c=fm)
        x0, y0 = max(0, hd.x), max(0, hd.y)
        snap = frame.celsius[y0 : hd.y + hd.height, x0 : hd.x + hd.width].copy()
        dec = Decision(
            camera=self.camera, subject=tr.subject, t=frame.t, seq=frame.seq,
            verdict=out.verdict, reason="measured",
            instruction="Fever screening alarm: secondary check" if out.verdict == "elevated" else "Normal",
            canthus_c=canthus, estimate_c=out.estimate_c, rule=out.rule, limit_c=cfg.limit_c,
            alarm_level_c=out.alarm_level_c, prealarm=out.prealarm, baseline_c=out.baseline_c,
            point=lock[-1][1], box=(hd.x, hd.y, hd.width, hd.height), snapshot=snap,
            max_mm_per_px=cfg.max_mm_per_px, face_max_c=face_max, room_c=room,
            forehead_c=fc, forehead_max_c=fm, forehead_missing=fh.why if fh is not None else "",
        )
        tr.decision = dec
        self.decisions_made += 1
        return dec

    def _finish(self, tr: _Track, t: float | None, seq: int) -> Decision | None:
        if tr.decision is not None or not tr.seen_complete:
            return None
        if tr.waited and not tr.located:
            # Gone before the reference source was found: whatever else was seen, the
            # camera could not have measured this person (camera problems come first).
            reason = "no_reference"
        elif tr.reasons:
            top = max(tr.reasons.values())
            reason = next(r for r in _PRIORITY if tr.reasons.get(r, 0) == top)
        else:
            reason = "unstable"
        self.decisions_made += 1
        return Decision(
            camera=self.camera, subject=tr.subject, t=t if t is not None else float("nan"), seq=seq,
            verdict="retry", reason=reason, instruction=REASONS[reason], limit_c=self.config.limit_c,
            max_mm_per_px=self.config.max_mm_per_px,
        )

    def _expire(self, t: float, seq: int) -> list[Decision]:
        out, keep = [], []
        for tr in self._tracks:
            if tr.missed > self.config.lost_frames:
                d = self._finish(tr, t, seq)
                if d is not None:
                    out.append(d)
            else:
                keep.append(tr)
        self._tracks = keep
        return out

    def _views(self, states: dict, points: dict) -> list[TrackView]:
        views = []
        for tr in self._tracks:
            state, reading = states.get(id(tr), ("lost", None))
            instr = REASONS.get(state, "Measuring..." if state == "measuring" else "")
            if tr.decision is not None:
                instr = tr.decision.instruction
            views.append(TrackView(tr.subject, tr.box, points.get(id(tr)), state, instr, reading, tr.decision))
        return views
