"""Every real kiosk recording through the engine, against the hand annotations.

    python tests/bench/eval_kiosk.py [--data ../shared/data] [--markdown]

Each recording is replayed as ``canthus replay`` would play it with
``--rotate 90 --max-mm-per-px 6 [--reference-c C]``: upright, at the coarse
resolution a 160×120 kiosk camera needs (docs/engine.md), the disc found by the
engine itself, and its set point from the data's README (the ``calibration``
column of ``tko-test-files.csv``, per device) where it gives one; recordings of
no listed device are played without one, so they must say the reference
temperature is unknown. Per recording it prints the people in view (from the
annotations, else the kiosk's ``Scanned``), the decisions and reasons, and where
each measured point fell: the distance in pixels to the nearest annotated inner
canthus in the annotated frame nearest in time (within ``MAX_GAP`` frames), or
"no annotation". The numbers are a description of today's engine, not a target.
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from app.core.config import EngineConfig, ReferenceSearchConfig  # noqa: E402
from app.replay import replay  # noqa: E402
from app.core.oral import OFFSET_MODEL, SHIPPED_MODEL  # noqa: E402

ANNOTATIONS = json.loads((ROOT / "tests" / "data" / "kiosk_annotations.json").read_text("utf-8"))["recordings"]
#: The disc's set point per device, as the data's README gives it.
SET_POINTS = {"fs-1204": 36.6, "fs-1220": 35.8, "fs-1216": 37.0, "fs-1228": 37.0, "tko-1007": 35.9}
ROTATE = 90  # the kiosk's sensor lies on its side (README): 90° clockwise makes faces upright
MM_PER_PX = 6.0  # faces are 25-45 px wide at 3-6 mm per pixel (README)
#: A Lepton reads ±5 K on its own (README): its correction against the disc is often
#: more than the default 0.3 °C lock-out, which is meant for cameras accurate by
#: themselves. The kiosk accepts any correction; this evaluation allows the most a
#: site may set (2 °C), so that detection, not the lock-out, is what the table shows.
TOLERANCE_C = 2.0
#: A decision is compared with an annotated frame at most this many frames away (9 Hz: 1.1 s).
MAX_GAP = 10


def device_of(name: str, notes: dict[str, dict]) -> str | None:
    """The kiosk device a recording came from: the annotation's, else the CSV's, else its name."""
    if name in ANNOTATIONS and ANNOTATIONS[name]["device"]:
        return ANNOTATIONS[name]["device"]
    row = notes.get(name)
    if row and row.get("Device"):
        return row["Device"]
    return next((d for d in SET_POINTS if name.startswith(d)), None)


def set_point(device: str | None) -> float | None:
    if device is None:
        return None
    return next((c for d, c in SET_POINTS.items() if device.startswith(d)), None)


def kiosk_notes(data: Path) -> dict[str, dict]:
    """``tko-test-files.csv`` rows by the file name as stored here (``:`` written ``_``)."""
    with (data / "tko-test-files.csv").open(newline="", encoding="utf-8") as f:
        return {row["fileName"].replace(":", "_"): row for row in csv.DictReader(f)}


def nearest_canthus(name: str, seq: int, point: tuple[int, int]) -> tuple[float | None, str]:
    """Distance (px) from ``point`` to the nearest annotated inner canthus near frame ``seq``."""
    rec = ANNOTATIONS.get(name)
    if rec is None:
        return None, "no annotation (recording not annotated)"
    frames = [f for f in rec["frames"] if abs(f["index"] - seq) <= MAX_GAP]
    if not frames:
        return None, f"no annotation within {MAX_GAP} frames"
    fr = min(frames, key=lambda f: abs(f["index"] - seq))
    canthi = [c for face in fr["faces"] if face["canthi"] for c in face["canthi"].values()]
    if not canthi:
        why = "; ".join(face.get("note", "") for face in fr["faces"]) or "nobody annotated in view"
        return None, f"no annotation (frame {fr['index']}: {why})"
    d = min(math.dist(point, c) for c in canthi)
    return d, f"{d:.1f} px from a canthus (frame {fr['index']})"


def evaluate(data: Path) -> list[dict]:
    """One row per kiosk recording: what the engine decided and where it measured."""
    kiosk = data / "feverscreen-kiosk"
    notes = kiosk_notes(kiosk)
    rows = []
    for path in sorted(p for p in kiosk.glob("*.cptv") if p.name != "coffee.cptv"):
        name = path.name
        device = device_of(name, notes)
        row = notes.get(name, {})
        c = float(row["calibration"]) if row.get("calibration") else set_point(device)
        decisions = []
        config = EngineConfig(max_mm_per_px=MM_PER_PX, reference_search=ReferenceSearchConfig(tolerance_c=TOLERANCE_C))
        summary = replay([path], config, decisions.append,
                         rotate=ROTATE, reference_c=c)
        people = ANNOTATIONS[name]["people"] if name in ANNOTATIONS else None
        scanned = notes.get(name, {}).get("Scanned")
        out = []
        for d in decisions:
            where = "-"
            dist = None
            if d.point is not None:
                dist, where = nearest_canthus(name, d.seq, d.point)
            out.append({"subject": d.subject, "seq": d.seq, "verdict": d.verdict, "reason": d.reason,
                        "canthus_c": None if d.canthus_c is None else round(d.canthus_c, 2),
                        "estimate_c": None if d.estimate_c is None else round(d.estimate_c, 2),
                        "point": list(d.point) if d.point else None, "distance_px": dist, "where": where,
                        "forehead_c": _r2(d.forehead_c), "forehead_max_c": _r2(d.forehead_max_c),
                        "forehead_missing": d.forehead_missing, "room_c": _r2(d.room_c),
                        "offset_estimate_c": None if d.canthus_c is None else round(OFFSET_MODEL.estimate(d.canthus_c), 2),
                        "forehead_used": d.canthus_c is not None and SHIPPED_MODEL.uses_forehead(
                            d.canthus_c, d.forehead_c, d.forehead_max_c)})
        cam = summary.cameras[0]
        rows.append({"file": name, "device": device, "set_c": c, "people": people, "scanned": scanned,
                     "kiosk_showed": notes.get(name, {}).get("realTemps") or None,
                     "glasses": ANNOTATIONS.get(name, {}).get("glasses") or "Glasses" in row.get("Feature", ""),
                     "reference_box": cam["reference_box"], "first_correction_c": cam["first_correction_c"],
                     "camera_states": cam["camera_states"], "notes": summary.notes, "decisions": out})
    return rows


def _r2(v: float | None) -> float | None:
    return None if v is None else round(float(v), 2)


def _short(name: str) -> str:
    return name.split("-2021")[0] if name.count("-") > 2 else name.removesuffix(".cptv")


def markdown(rows: list[dict]) -> str:
    """The table docs/kiosk-evaluation.md holds."""
    lines = ["| recording | people | set point | disc found / first correction | frames by camera state | "
             "decisions (subject: verdict reason, canthus °C, where measured) |",
             "|---|---|---|---|---|---|"]
    for r in rows:
        people = str(r["people"]) if r["people"] is not None else f"? (kiosk scanned {r['scanned'] or '?'})"
        if r["glasses"]:
            people += ", glasses"
        sp = f"{r['set_c']:g} °C" if r["set_c"] is not None else "unknown"
        disc = (f"{tuple(r['reference_box'])}" if r["reference_box"] else "not found")
        disc += f" / {r['first_correction_c']:+.2f} °C" if r["first_correction_c"] is not None else " / none"
        states = ", ".join(f"{k} {v}" for k, v in r["camera_states"].items())
        ds = []
        for d in r["decisions"]:
            what = d["verdict"] if d["verdict"] != "retry" else f"retry {d['reason']}"
            if d["canthus_c"] is not None:
                what += f", {d['canthus_c']:.2f} (est. {d['estimate_c']:.2f}"
                if d["forehead_used"]:
                    what += (f"; forehead {d['forehead_c'] - d['canthus_c']:+.2f} / max "
                             f"{d['forehead_max_c'] - d['canthus_c']:+.2f}; offset alone {d['offset_estimate_c']:.2f})")
                else:
                    what += f"; no forehead: {d['forehead_missing'] or 'out of range'})"
            if d["point"] is not None:
                what += f", at {tuple(d['point'])}: {d['where']}"
            ds.append(f"{d['subject']}: {what}")
        lines.append(f"| {_short(r['file'])} | {people} | {sp} | {disc} | {states} | "
                     f"{'<br>'.join(ds) or 'none'} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--markdown", action="store_true", help="print the table for docs/kiosk-evaluation.md")
    ap.add_argument("--json", action="store_true", help="print every row as JSON")
    a = ap.parse_args(argv)
    if not (a.data / "feverscreen-kiosk").is_dir():
        print(f"eval_kiosk: {a.data / 'feverscreen-kiosk'} is absent", file=sys.stderr)
        return 2
    rows = evaluate(a.data)
    if a.json:
        print(json.dumps(rows, indent=1))
    elif a.markdown:
        print(markdown(rows))
    else:
        for r in rows:
            print(f"{_short(r['file'])}: people {r['people']}, set point {r['set_c']}, disc {r['reference_box']}, "
                  f"correction {r['first_correction_c']}, states {r['camera_states']}")
            for d in r["decisions"]:
                print(f"    {d['subject']:>3} {d['verdict']:<8} {d['reason']:<16} {d['canthus_c']!s:>6} "
                      f"{d['point']!s:>10}  {d['where']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
