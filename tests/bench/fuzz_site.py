"""On-demand fuzz run of site files and the calibration CSV reader; prints counts.

    python -m tests.bench.fuzz_site --examples 5000

The same generators and checks as tests/test_fuzz_site.py, for longer, with
each load bounded by an alarm so a hang is counted rather than waited for.
Counts per target: tried, accepted (every value then in range), refused with
the key named (CSV: refused with CanthusError), bad (accepted out of range,
or refused without naming the key), other exceptions, hangs.
"""

from __future__ import annotations

import argparse
import collections
import signal
import sys
import tempfile
import traceback
from pathlib import Path

from hypothesis import HealthCheck, Phase, given, settings

from tests.test_fuzz_site import csv_files, load_one, read_one_csv, site_files

HANG_S = 10


class _Hang(Exception):
    pass


def _alarm(*_):
    raise _Hang


def _run(name: str, strategy, check, examples: int, directory: Path) -> collections.Counter:
    counts: collections.Counter = collections.Counter()
    shown: dict[str, str] = {}

    @settings(max_examples=examples, deadline=None, database=None, phases=[Phase.generate],
              suppress_health_check=list(HealthCheck))
    @given(data=strategy)
    def one(data):
        counts["tried"] += 1
        signal.alarm(HANG_S)
        try:
            outcome = check(data, directory)
            outcome = outcome[0] if isinstance(outcome, tuple) else outcome
            counts["refused" if outcome == "refused" else "accepted"] += 1
        except _Hang:
            counts["hangs"] += 1
            shown.setdefault("hang", repr(data[:200]))
        except AssertionError as e:
            counts["bad"] += 1
            shown.setdefault("bad", f"{data[:300]!r}\n  {e}")
        except Exception:  # the point of the run: count what escapes, do not stop
            counts["other exceptions"] += 1
            shown.setdefault("other", f"{data[:300]!r}\n{traceback.format_exc(limit=3)}")
        finally:
            signal.alarm(0)

    one()
    print(f"{name}: " + ", ".join(f"{k} {counts[k]}" for k in
                                  ("tried", "accepted", "refused", "bad", "other exceptions", "hangs")))
    for k, v in shown.items():
        print(f"  first {k}: {v}")
    return counts


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--examples", type=int, default=2000, help="examples per target (default 2000)")
    a = ap.parse_args(argv)
    signal.signal(signal.SIGALRM, _alarm)
    failed = 0
    with tempfile.TemporaryDirectory() as tmp:
        for name, strategy, check in (("site files", site_files(), load_one), ("calibration CSV", csv_files(), read_one_csv)):
            c = _run(name, strategy, check, a.examples, Path(tmp))
            failed += c["bad"] + c["other exceptions"] + c["hangs"]
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
