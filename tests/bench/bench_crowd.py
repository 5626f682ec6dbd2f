"""Screening quality on simulated crowds: the figures quoted in the README.

    python tests/bench/bench_crowd.py [--seeds 1,2,3] [--people 200] [--size 384x288] [--fps 9]
                                      [--incidents all|none|NAME,...|-NAME,...]

Each seed is one entrance with ``--people`` subjects, 10 % febrile, every
incident enabled (``--incidents -close_up,cup_raised``: all but those).
Prints, per seed and pooled: share of subjects with a result, sensitivity on
``should_alarm`` subjects with a result, false-alarm rate on the others,
canthus mean absolute error, and how many subjects did not get exactly one
decision with the reason their incident calls for; then, pooled, per
incident: subjects, what they got, canthus error (mean and worst), false
alarms and missed alarms.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from app.sim import INCIDENTS, SimConfig  # noqa: E402
from app.sim.scoring import IncidentScore, Score, score, screen_simulation  # noqa: E402


def incidents(text: str) -> frozenset[str]:
    if text in ("all", "none"):
        return frozenset(INCIDENTS) if text == "all" else frozenset()
    names = {n.strip() for n in text.lstrip("-").split(",") if n.strip()}
    unknown = sorted(names - set(INCIDENTS))
    if unknown:
        raise SystemExit(f"bench_crowd: unknown incident(s) {', '.join(unknown)}; known: {', '.join(INCIDENTS)}")
    return frozenset(INCIDENTS) - names if text.startswith("-") else frozenset(names)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seeds", default="1,2,3,4,5,6")
    ap.add_argument("--people", type=int, default=200)
    ap.add_argument("--size", default="384x288")
    ap.add_argument("--fps", type=float, default=9.0)
    ap.add_argument("--fever-rate", type=float, default=0.10)
    ap.add_argument("--incidents", default="all")
    a = ap.parse_args()
    chosen = incidents(a.incidents)
    w, h = (int(v) for v in a.size.split("x"))
    pooled = Score()
    print(f"{'seed':>5} {'subjects':>8} {'results':>8} {'sens':>10} {'false al.':>10} {'MAE °C':>7} {'mismatch':>8} {'s':>5}")
    for seed in (int(s) for s in a.seeds.split(",")):
        t0 = time.perf_counter()
        cfg = SimConfig(people=a.people, seed=seed, width=w, height=h, fps=a.fps, fever_rate=a.fever_rate,
                        incidents=chosen)
        s = score(*screen_simulation(cfg))
        for name, inc in s.by_incident.items():
            p = pooled.by_incident.setdefault(name, IncidentScore())
            p.subjects += inc.subjects
            p.outcomes.update(inc.outcomes)
            p.abs_errors += inc.abs_errors
            p.false_alarms += inc.false_alarms
            p.missed += inc.missed
        for name in ("subjects", "results", "alarm_subjects", "caught", "other_results", "false_alarms"):
            setattr(pooled, name, getattr(pooled, name) + getattr(s, name))
        pooled.abs_errors += s.abs_errors
        pooled.mismatches += s.mismatches
        print(f"{seed:>5} {s.subjects:>8} {s.result_rate:>8.1%} {s.caught:>4}/{s.alarm_subjects:<5} "
              f"{s.false_alarms:>4}/{s.other_results:<5} {s.mae_c:>7.3f} {len(s.mismatches):>8} "
              f"{time.perf_counter() - t0:>5.1f}")
    s = pooled
    print(f"{'all':>5} {s.subjects:>8} {s.result_rate:>8.1%} {s.sensitivity:>10.3f} {s.false_alarm_rate:>10.2%} "
          f"{s.mae_c:>7.3f} {len(s.mismatches):>8}")
    print(f"\n{'incident':>16} {'subjects':>8} {'MAE °C':>7} {'worst':>6} {'false al.':>9} {'missed':>6}  outcomes")
    for name in [*INCIDENTS, "none"]:
        if name in s.by_incident:
            p = s.by_incident[name]
            got = ", ".join(f"{k} {v}" for k, v in p.outcomes.most_common())
            print(f"{name:>16} {p.subjects:>8} {p.mae_c:>7.3f} {p.max_error_c:>6.3f} {p.false_alarms:>9} {p.missed:>6}  {got}")
    for m in s.mismatches[:20]:
        print("  mismatch:", m)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
