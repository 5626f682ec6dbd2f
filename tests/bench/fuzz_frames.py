"""The frame gate's fuzz run, longer than CI's: garbage frames into the engine, counts out.

    python tests/bench/fuzz_frames.py [--examples N]

Runs the two properties of tests/test_frame_gate.py with N examples each
(CI runs 40): garbage mixed into a real simulated face (NaN/inf patterns,
impossible temperatures, wrong dtypes and shapes, broken containers and raw
frames, in-range noise), and garbage alone. Prints frames tried, refused,
with dead pixels, decisions and retries, and exceptions out of the engine
(which must be 0). Exits 1 if a property fails, with hypothesis's smallest
failing example.
"""

from __future__ import annotations

import argparse
import logging
import sys
import time
import traceback
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from hypothesis import HealthCheck, given, settings  # noqa: E402

from tests import test_frame_gate as g  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--examples", type=int, default=1000, help="examples per property (default 1000)")
    args = ap.parse_args(argv)
    if args.examples < 1:
        ap.error("--examples must be at least 1")
    logging.disable(logging.WARNING)  # the engine logs each run of refused frames; thousands here
    run = settings(max_examples=args.examples, deadline=None, database=None,
                   suppress_health_check=list(HealthCheck))
    props = {
        "garbage mixed into a real face": run(given(**g.SEQUENCE)(g.screen_mutated)),
        "garbage alone": run(given(**g.GARBAGE)(g.screen_garbage)),
    }
    failed = 0
    started = time.perf_counter()
    for name, prop in props.items():
        try:
            prop()
            print(f"{name}: OK")
        except Exception:  # a property failed: show hypothesis's minimal example, count it
            failed += 1
            print(f"{name}: FAILED")
            traceback.print_exc()
    t = g.TALLY
    print(f"sequences {t.sequences}, frames tried {t.frames} (garbage {t.garbage}), refused {t.refused}, "
          f"with dead pixels {t.bad_pixel_frames}, decisions {t.decisions}, retry {t.retry}, "
          f"exceptions {t.exceptions}, properties failed {failed}, {time.perf_counter() - started:.0f} s")
    return 1 if failed or t.exceptions else 0


if __name__ == "__main__":
    sys.exit(main())
