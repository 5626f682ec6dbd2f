"""Per-frame cost of the whole engine, beside a same-run memory-copy baseline.

    python tests/bench/bench_engine.py [--sizes 160x120,384x288,640x512] [--ring-mib N]

For each frame size:

* **copy**: one frame copied out of a ring of °C frames larger than the CPU's
  last-level cache, frame after frame, as live frames arrive from memory
  (copying one frame over and over would measure the cache, not the memory).
* **engine**: a simulated entrance recorded to an uncompressed recording
  (Y16 centi-Kelvin, like a Lepton) at least as large as that ring, then read
  back frame by frame: HDF5 read → radiometric conversion → reference
  correction → fever mask → detection → tracking → decisions.

Runs on one core (affinity, OpenCV threads = 1). Prints medians and the
ratio engine/copy. Targets (issue #2): ≤ 1.0 ms per 640x512 frame and
≤ 20x the copy.
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
import tempfile
import time
from pathlib import Path

import cv2
import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from app.core.engine import Engine  # noqa: E402
from app.core.recording import Recording  # noqa: E402
from app.replay import simulate_to_file  # noqa: E402
from app.sim import SimConfig  # noqa: E402
from app.sim.scoring import engine_config_for  # noqa: E402


def llc_bytes() -> int:
    """Size of the largest CPU cache (Linux sysfs); 64 MiB if unknown."""
    best = 0
    for p in Path("/sys/devices/system/cpu/cpu0/cache").glob("index*/size"):
        text = p.read_text().strip()
        mult = {"K": 1 << 10, "M": 1 << 20, "G": 1 << 30}.get(text[-1], 1)
        best = max(best, int(text.rstrip("KMG")) * mult)
    return best or (64 << 20)


def one_core() -> None:
    cv2.setNumThreads(1)
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})


def bench_copy(w: int, h: int, ring_bytes: int, sample: np.ndarray) -> float:
    n = max(8, ring_bytes // (w * h * 4))
    ring = np.empty((n, h, w), np.float32)
    for i in range(n):  # distinct pages, touched once so they are mapped
        ring[i] = sample
    dst = np.empty((h, w), np.float32)
    times = np.empty(n)
    for i in range(n):
        t0 = time.perf_counter()
        np.copyto(dst, ring[i])
        times[i] = time.perf_counter() - t0
    return float(np.median(times))


def bench_engine(w: int, h: int, fps: float, ring_bytes: int, tmp: Path) -> tuple[float, float, int, int]:
    frames_needed = max(64, ring_bytes // (w * h * 2))
    seconds = frames_needed / fps
    people = max(1, int(seconds / 5.5))
    cfg = SimConfig(width=w, height=h, fps=fps, seed=3, people=people, seconds=None)
    path = tmp / f"bench_{w}x{h}.h5"
    simulate_to_file(path, cfg, compression=None)
    with Recording(path) as rec:
        engine = Engine(cfg.camera, engine_config_for(cfg))
        n = len(rec)
        times = np.empty(n)
        it = rec.frames()
        decisions = 0
        for i in range(n):
            t0 = time.perf_counter()
            frame = next(it)
            res = engine.process(frame)
            times[i] = time.perf_counter() - t0
            decisions += len(res.decisions)
    size = path.stat().st_size
    path.unlink()
    return float(np.median(times)), float(np.percentile(times, 95)), n, decisions + 0 * size


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="160x120@9,384x288@25,640x512@30")
    ap.add_argument("--ring-mib", type=int, default=0, help="ring size (default: 2x the last-level cache)")
    args = ap.parse_args()
    one_core()
    ring = (args.ring_mib << 20) if args.ring_mib else 2 * llc_bytes()
    print(f"CPU: {platform.processor() or platform.machine()}, last-level cache {llc_bytes() >> 20} MiB, "
          f"ring {ring >> 20} MiB, 1 core, numpy {np.__version__}, OpenCV {cv2.__version__}")
    print(f"{'size':>12} {'frames':>7} {'copy ms':>8} {'engine ms':>10} {'p95 ms':>7} {'ratio':>6}  target")
    with tempfile.TemporaryDirectory() as d:
        for spec in args.sizes.split(","):
            size, fps = spec.split("@")
            w, h = (int(v) for v in size.split("x"))
            sample = np.full((h, w), 21.0, np.float32)
            copy = bench_copy(w, h, ring, sample)
            med, p95, n, decisions = bench_engine(w, h, float(fps), ring, Path(d))
            target = "<= 1.0 ms and <= 20x copy" if (w, h) == (640, 512) else ""
            ok = "" if not target else ("  MET" if med <= 1e-3 and med / copy <= 20 else "  NOT MET")
            print(f"{size:>12} {n:>7} {copy * 1e3:>8.3f} {med * 1e3:>10.3f} {p95 * 1e3:>7.3f} {med / copy:>6.1f}  "
                  f"{target}{ok}  ({decisions} decisions)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
