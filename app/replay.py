"""Headless runs: a simulated entrance to a file, and recordings through the engine."""

from __future__ import annotations

import json
import os
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from app.core.config import EngineConfig, ReferenceConfig, ReferenceSearchConfig
from app.core.engine import Decision, Engine
from app.core.errors import CanthusError
from app.core.radiometry import Y16Resolution, celsius_to_y16
from app.core.recording import RecordingWriter


def truth_path(recording: str | os.PathLike) -> Path:
    return Path(str(recording) + ".truth.json")


def simulate_to_file(path: str | os.PathLike, config, *, compression: str | None = "default") -> dict:
    """Render a simulated entrance into a recording (centi-Kelvin Y16, like a
    Lepton in high-gain mode) and write the ground truth beside it."""
    from app.sim import Simulator  # the engine does not need the simulator to run

    sim = Simulator(config)
    ref = None
    if config.blackbody:
        x, y, w, h = config.blackbody_rect
        ref = ReferenceConfig(x=x, y=y, width=w, height=h, set_c=config.blackbody_c)
    path = Path(path)
    if path.exists():
        path.unlink()  # simulate writes a new file; appending is for live cameras
    with RecordingWriter(
        path, camera=config.camera, shape=(config.height, config.width), encoding="y16_centikelvin",
        fps=config.fps, source=f"simulator seed={config.seed}", reference=ref,
        calibration={"y16_kelvin_per_count": 0.01}, compression=compression,
    ) as rec:
        for celsius, flags, t in sim.frames():
            rec.append(celsius_to_y16(celsius, Y16Resolution.CENTIKELVIN), t, flags)
        frames = len(rec)
    truth = sim.truth()
    truth_path(path).write_text(json.dumps(truth, indent=1) + "\n", encoding="utf-8")
    return {"frames": frames, "subjects": len(truth), "seconds": round(sim.duration_s, 3)}


@dataclass
class ReplaySummary:
    files: int = 0
    frames: int = 0
    seconds_processed: float = 0.0
    verdicts: Counter = field(default_factory=Counter)
    reasons: Counter = field(default_factory=Counter)
    notes: list[str] = field(default_factory=list)  # one line per file whose reference is unknown or missing
    # Per file: the reference box used or found, the first correction applied, and how
    # many frames the camera spent in each state (live, no_reference, reference_drift...).
    cameras: list[dict] = field(default_factory=list)

    def to_json(self) -> dict:
        fps = self.frames / self.seconds_processed if self.seconds_processed > 0 else None
        return {
            "files": self.files,
            "frames": self.frames,
            "decisions": sum(self.verdicts.values()),
            "normal": self.verdicts.get("normal", 0),
            "elevated": self.verdicts.get("elevated", 0),
            "retry": self.verdicts.get("retry", 0),
            "retry_reasons": dict(sorted(self.reasons.items())),
            "processing_s": round(self.seconds_processed, 3),
            "frames_per_second": round(fps, 1) if fps else None,
            "notes": list(self.notes),
            "cameras": list(self.cameras),
        }


#: File kinds whose camera has a reference source in view that the file does not locate:
#: CPTV comes from the feverscreen kiosk, whose heated disc is always in the picture.
_REFERENCE_IN_VIEW = frozenset({"cptv"})


def _file_reference(rec, cfg: EngineConfig, rotate: int, box: tuple[int, int, int, int] | None,
                    set_c: float | None) -> tuple[EngineConfig, str | None]:
    """``cfg`` with the reference this file is played with, and a note when its temperature is unknown.

    In order: a box given (in the rotated frame; needs ``set_c``), the caller's
    ``cfg.reference``, the file's own box (turned like the frames), else the engine
    finds the source itself when a set point is given or the file kind always has one
    in view. A reference whose temperature is unknown gives no temperatures at all.
    """
    from app.sources.orient import orient_box, oriented_shape

    rows, cols = oriented_shape(rec.shape, rotate)
    if box is not None:
        x, y, w, h = box
        if x + w > cols or y + h > rows:
            raise CanthusError(f"{rec.path}: reference box {w}x{h} at ({x}, {y}) leaves the "
                               f"{cols}x{rows} picture (after --rotate {rotate})")
        assert set_c is not None  # the caller refuses a box without a set point
        return cfg.model_copy(update={"reference": ReferenceConfig(x=x, y=y, width=w, height=h, set_c=set_c)}), None
    ref = cfg.reference
    if ref is None and rec.reference is not None:
        r = rec.reference
        x, y, w, h = orient_box(r.x, r.y, r.width, r.height, rec.shape, rotate)
        ref = r.model_copy(update={"x": x, "y": y, "width": w, "height": h})
    if ref is not None:
        if set_c is not None:
            ref = ref.model_copy(update={"set_c": set_c})
        return cfg.model_copy(update={"reference": ref}), None
    search = cfg.reference_search
    if search is None and (set_c is not None or rec.kind in _REFERENCE_IN_VIEW):
        search = ReferenceSearchConfig()
    if search is None:
        return cfg, None
    if set_c is not None:
        search = search.model_copy(update={"set_c": set_c})
    cfg = cfg.model_copy(update={"reference_search": search})
    if search.set_c is None:
        return cfg, (f"{rec.path}: reference temperature unknown (a {rec.kind} camera has a reference source "
                     "in view; give its set point with --reference-c): no temperatures, every subject is "
                     "retry no_reference")
    return cfg, None


def replay(
    paths: Iterable[str | os.PathLike],
    config: EngineConfig | None = None,
    on_decision: Callable[[Decision], None] | None = None,
    *,
    rotate: int = 0,
    reference_box: tuple[int, int, int, int] | None = None,
    reference_c: float | None = None,
    on_note: Callable[[str], None] | None = None,
) -> ReplaySummary:
    """Run each recording through its own engine; report every decision.

    Any file kind :func:`~app.sources.files.open_file_frames` reads: HDF5
    recordings, FLIR radiometric JPEG / SEQ / CSQ, CPTV (a still is one frame:
    too few for a decision, but its frame is screened). A recording's
    blackbody region (if it has one) is used unless ``config`` sets one.
    Decision times are seconds from the recording's first frame.

    Frames are turned ``rotate`` degrees clockwise before the engine sees them, so
    every point and box is in the rotated frame. ``reference_box`` (x, y, w, h in
    the rotated frame) and ``reference_c`` (its set point) give the reference; with
    no box the engine finds the source itself (see :func:`_file_reference`).
    ``on_note`` hears one line per file whose reference temperature is unknown
    (and it is kept in the summary's notes).
    """
    from app.sources.files import open_file_frames
    from app.sources.orient import orient

    if rotate not in (0, 90, 180, 270):
        raise CanthusError(f"rotation must be 0, 90, 180 or 270 degrees clockwise, got {rotate!r}")
    if reference_box is not None and reference_c is None:
        raise CanthusError("a reference box needs the reference's set point (--reference-c): "
                           "without it the reference cannot correct anything")
    summary = ReplaySummary()

    t0 = 0.0

    def emit(d: Decision) -> None:
        d.t -= t0  # seconds from the recording's first frame
        summary.verdicts[d.verdict] += 1
        if d.verdict == "retry":
            summary.reasons[d.reason] += 1
        if on_decision:
            on_decision(d)

    for p in paths:
        rec = open_file_frames(p)
        try:
            cfg, note = _file_reference(rec, config or EngineConfig(), rotate, reference_box, reference_c)
            if note:
                summary.notes.append(note)
                if on_note:
                    on_note(note)
            engine = Engine(rec.camera, cfg)
            started = time.perf_counter()
            last_t, last_seq, t0 = 0.0, -1, None
            states: Counter = Counter()
            first_offset = None
            for frame in rec.frames():
                if t0 is None:
                    t0 = frame.t
                if rotate:
                    if frame.celsius is not None:
                        frame.celsius = orient(frame.celsius, rotate)
                    if frame.raw is not None:
                        frame.raw = orient(frame.raw, rotate)
                result = engine.process(frame)
                states[result.camera_state] += 1
                if first_offset is None and result.reference_offset_c is not None:
                    first_offset = round(float(result.reference_offset_c), 2)
                last_t, last_seq = frame.t, frame.seq
                for d in result.decisions:
                    emit(d)
            for d in engine.flush(last_t, last_seq):
                emit(d)
            if cfg.reference is None and cfg.reference_search is not None and engine.reference_box is None:
                note = f"{p}: reference source never found, so nothing was measured: {engine.reference_note}"
                summary.notes.append(note)
                if on_note:
                    on_note(note)
            summary.seconds_processed += time.perf_counter() - started
            ref = cfg.reference
            summary.cameras.append({
                "file": str(p),
                "reference_box": [ref.x, ref.y, ref.width, ref.height] if ref else
                (list(engine.reference_box) if engine.reference_box else None),
                "reference_found": cfg.reference is None and engine.reference_box is not None,
                "first_correction_c": first_offset,
                "camera_states": dict(sorted(states.items())),
            })
            summary.frames += engine.frames_processed
            summary.files += 1
        finally:
            rec.close()
    return summary
