"""Exports: stored decisions and calibration pairs as CSV files, written atomically."""

from __future__ import annotations

import csv
import os
from collections.abc import Iterable
from pathlib import Path

from app.core.errors import CanthusError
from app.store.base import StoreBase
from app.store.schema import MODEL_INPUTS


class Export(StoreBase):
    """CSV for the data-protection officer and for re-calibration (``canthus calibrate``)."""

    def export_pairs_csv(self, path: str | os.PathLike, camera: str | None = None) -> int:
        """Write the pairs for ``canthus calibrate PATH --skin-column canthus_c
        --reference-column reference_c``; returns the number of pairs.

        The forehead model's other inputs follow (``forehead_c``, ``forehead_max_c``,
        ``room_c``; empty where the engine read no forehead (cut, covered, too small), or for pairs stored before
        schema 5); ``canthus calibrate`` reads columns by name, so they change nothing there.
        """
        pairs = self.calibration_pairs(camera)
        cols = ["at", "camera", "canthus_c", "estimate_c", "reference_c", *MODEL_INPUTS]
        _write_csv(Path(path), cols, ([p[k] for k in cols] for p in pairs))
        return len(pairs)

    def export_csv(self, path: str | os.PathLike, **filters) -> int:
        """Write :meth:`history` (same filters) as CSV, one row per decision; returns the row count.

        For the data-protection officer: it holds personal data; text cells that
        a spreadsheet would run as a formula are prefixed with ``'``.
        """
        rows = self.history(**filters)
        cols = ["id", "t_wall", "camera", "subject", "verdict", "reason", "canthus_c", "estimate_c", "baseline_c",
                *MODEL_INPUTS, "rule", "limit_c", "alarm_level_c", "prealarm", "personal_kept", "has_image",
                "alert_id", "alert_raised_at", "alert_escalated_at", "alert_closed_at", "alert_outcome",
                "check_result", "actions"]

        def line(d):
            al = d["alert"] or {}
            acts = "; ".join(
                f"{a['at']} {a['who']}: {a['action']}" + (f" ({a['reason']})" if a["reason"] else "")
                + (f" [{a['reading_c']:g} °C]" if a["reading_c"] is not None else "") for a in d["actions"]
            )
            return [d["id"], d["t_wall"], d["camera"], d["subject"], d["verdict"], d["reason"], d["canthus_c"],
                    d["estimate_c"], d["baseline_c"], *(d[k] for k in MODEL_INPUTS), d["rule"], d["limit_c"],
                    d["alarm_level_c"], int(d["prealarm"]),
                    int(d["personal_kept"]), int(d["has_image"]), al.get("id"), al.get("raised_at"),
                    al.get("escalated_at"), al.get("closed_at"), al.get("outcome"), al.get("check_result"), acts]

        _write_csv(Path(path), cols, (line(d) for d in rows))
        return len(rows)




def _cell(v):
    if isinstance(v, str) and v[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + v
    return "" if v is None else v


def _write_csv(path: Path, header: list[str], rows: Iterable[list]) -> None:
    """Write a CSV atomically (temporary file, then rename)."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        with tmp.open("w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh)
            w.writerow(header)
            for r in rows:
                w.writerow([_cell(v) for v in r])
        os.replace(tmp, path)
    except OSError as e:
        tmp.unlink(missing_ok=True)
        raise CanthusError(f"cannot write {path}: {e.strerror or e}.") from None

