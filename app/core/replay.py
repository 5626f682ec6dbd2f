"""Headless runs: a simulated entrance to a file, and recordings through the engine."""

from __future__ import annotations

import json
import os
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from app.core.config import EngineConfig, ReferenceConfig
from app.core.engine import Decision, Engine
from app.core.radiometry import Y16Resolution, celsius_to_y16
from app.core.recording import RecordingWriter


def truth_path(recording: str | os.PathLike) -> Path:
    return Path(str(recording) + ".truth.json")


def simulate_to_file(path: str | os.PathLike, config, *, compression: str | None = "lzf") -> dict:
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
        }


def replay(
    paths: Iterable[str | os.PathLike],
    config: EngineConfig | None = None,
    on_decision: Callable[[Decision], None] | None = None,
) -> ReplaySummary:
    """Run each recording through its own engine; report every decision.

    Any file kind :func:`~app.sources.files.open_file_frames` reads: HDF5
    recordings, FLIR radiometric JPEG / SEQ / CSQ, CPTV (a still is one frame:
    too few for a decision, but its frame is screened). A recording's
    blackbody region (if it has one) is used unless ``config`` sets one.
    Decision times are seconds from the recording's first frame.
    """
    from app.sources.files import open_file_frames

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
            cfg = config or EngineConfig()
            if cfg.reference is None and rec.reference is not None:
                cfg = cfg.model_copy(update={"reference": rec.reference})
            engine = Engine(rec.camera, cfg)
            started = time.perf_counter()
            last_t, last_seq, t0 = 0.0, -1, None
            for frame in rec.frames():
                if t0 is None:
                    t0 = frame.t
                result = engine.process(frame)
                last_t, last_seq = frame.t, frame.seq
                for d in result.decisions:
                    emit(d)
            for d in engine.flush(last_t, last_seq):
                emit(d)
            summary.seconds_processed += time.perf_counter() - started
            summary.frames += engine.frames_processed
            summary.files += 1
        finally:
            rec.close()
    return summary
