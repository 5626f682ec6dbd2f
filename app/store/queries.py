"""Queries: the audit trail, stored decisions with their alerts and actions, and the hourly counts."""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import timedelta

import numpy as np

from app.store import audit as _audit
from app.store.base import StoreBase
from app.store.schema import MODEL_INPUTS
from app.store.values import decode_image, hour_key, iso, utc


class Queries(StoreBase):
    """What the history, statistics and report views read; nothing here writes."""

    # -- reading ------------------------------------------------------------
    def verify(self, anchor: tuple[int, str] | None = None) -> tuple[bool, str, int | None]:
        """:func:`app.store.audit.verify_audit` on this store."""
        with self._read() as c:
            return _audit.verify_connection(c, anchor, folder=self.path.parent, path=self.path)

    def audit_head(self) -> tuple[int, str]:
        with self._read() as c:
            row = c.execute("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1").fetchone()
        return (row[0], row[1]) if row else (0, _audit.GENESIS)

    def audit_records(self, since_seq: int = 0) -> list[dict]:
        """Audit records after ``since_seq`` (for display or export)."""
        with self._read() as c:
            return [dict(r) for r in c.execute("SELECT * FROM audit WHERE seq > ? ORDER BY seq", (since_seq,))]

    @staticmethod
    def _range_sql(column: str, since, until) -> tuple[str, list]:
        clauses, params = [], []
        if since is not None:
            clauses.append(f"{column} >= ?")
            params.append(iso(utc(since)))
        if until is not None:
            clauses.append(f"{column} < ?")
            params.append(iso(utc(until)))
        return " AND ".join(clauses), params

    def history(self, camera: str | None = None, since=None, until=None,
                verdicts: Iterable[str] | None = None) -> list[dict]:
        """Stored decisions in ``[since, until)``, oldest first, each with its
        alert (or None) and the operator actions taken on it."""
        where, params = self._range_sql("d.t_wall", since, until)
        clauses = [where] if where else []
        if camera is not None:
            clauses.append("d.camera = ?")
            params.append(camera)
        if verdicts is not None:
            vs = list(verdicts)
            clauses.append(f"d.verdict IN ({', '.join('?' * len(vs))})" if vs else "0")
            params.extend(vs)
        sql = ("SELECT d.*, EXISTS (SELECT 1 FROM images i WHERE i.decision_id = d.id) AS has_image "
               "FROM decisions d" + (f" WHERE {' AND '.join(clauses)}" if clauses else "") + " ORDER BY d.t_wall, d.id")
        with self._read() as c:
            out = []
            for r in c.execute(sql, params).fetchall():
                d = {k: r[k] for k in r.keys() if k != "salt"}
                d["prealarm"], d["personal_kept"], d["has_image"] = bool(d["prealarm"]), bool(d["personal_kept"]), \
                    bool(d["has_image"])
                al = c.execute("SELECT * FROM alerts WHERE decision_id = ?", (r["id"],)).fetchone()
                d["alert"] = None if al is None else {k: al[k] for k in al.keys() if k != "salt"}
                d["actions"] = [
                    {k: a[k] for k in ("id", "at", "who", "action", "camera", "alert_id", "reason", "reading_c")}
                    for a in c.execute("SELECT * FROM actions WHERE decision_id = ? ORDER BY at, id", (r["id"],))
                ]
                out.append(d)
            return out

    def open_alerts(self) -> list[dict]:
        """Alerts not closed (left open by this or an earlier session), oldest first, each with
        what its decision kept: ``camera``, ``raised_at``, ``escalated_at``, ``t_wall``,
        ``personal_kept``, ``estimate_c``, ``canthus_c``, ``limit_c``, ``alarm_level_c``, ``rule``,
        ``subject``, ``decision_id``, ``has_image``; ``id`` and ``uid`` (None before schema 4) are the alert's."""
        sql = ("SELECT a.id, a.uid, a.decision_id, a.camera, a.raised_at, a.escalated_at, d.t_wall, d.personal_kept, "
               "d.verdict, d.estimate_c, d.canthus_c, d.limit_c, d.alarm_level_c, d.rule, d.subject, "
               "EXISTS (SELECT 1 FROM images i WHERE i.decision_id = d.id) AS has_image "
               "FROM alerts a JOIN decisions d ON d.id = a.decision_id WHERE a.closed_at IS NULL "
               "ORDER BY a.raised_at, a.id")
        with self._read() as c:
            rows = [dict(r) for r in c.execute(sql)]
        for r in rows:
            r["personal_kept"], r["has_image"] = bool(r["personal_kept"]), bool(r["has_image"])
        return rows

    def unresolved_alerts(self, since=None, until=None) -> dict[str, int]:
        """Alerts nobody resolved, for the report: ``open``, raised before ``until`` and not closed
        by then (still open, or closed later); ``console_closed``, closed in ``[since, until)`` by
        the console because no one could act on them any more. From the alerts table: counts only."""
        until_s = None if until is None else iso(utc(until))
        clauses, params = ["1"], []
        if since is not None:
            clauses.append("raised_at >= ?")
            params.append(iso(utc(since)))
        if until_s is not None:
            clauses.append("raised_at < ?")
            params.append(until_s)
        open_sql = (f"SELECT count(*) FROM alerts WHERE {' AND '.join(clauses)} AND (closed_at IS NULL"
                    + (" OR closed_at >= ?)" if until_s is not None else ")"))
        where, cparams = self._range_sql("closed_at", since, until)
        closed_sql = "SELECT count(*) FROM alerts WHERE outcome = 'console_closed'" + (f" AND {where}" if where else "")
        with self._read() as c:
            still_open = c.execute(open_sql, [*params, *([until_s] if until_s is not None else [])]).fetchone()[0]
            closed = c.execute(closed_sql, cparams).fetchone()[0]
        return {"open": int(still_open), "console_closed": int(closed)}

    def image(self, decision_id: int) -> np.ndarray | None:
        """The stored thermal snapshot (°C) of a decision, or None."""
        with self._read() as c:
            row = c.execute("SELECT data FROM images WHERE decision_id = ?", (int(decision_id),)).fetchone()
        return None if row is None else decode_image(row[0])

    def actions(self, since=None, until=None) -> list[dict]:
        """Operator actions in ``[since, until)``, oldest first."""
        where, params = self._range_sql("at", since, until)
        with self._read() as c:
            return [{k: r[k] for k in r.keys() if k != "salt"} for r in c.execute(
                "SELECT * FROM actions" + (f" WHERE {where}" if where else "") + " ORDER BY at, id", params)]

    def config_changes(self, since=None, until=None, key: str | None = None) -> list[dict]:
        where, params = self._range_sql("at", since, until)
        clauses = [where] if where else []
        if key is not None:
            clauses.append("key = ?")
            params.append(key)
        with self._read() as c:
            rows = c.execute("SELECT * FROM config_changes" + (f" WHERE {' AND '.join(clauses)}" if clauses else "")
                             + " ORDER BY at, id", params).fetchall()
        return [{**dict(r), "old_value": None if r["old_value"] is None else json.loads(r["old_value"]),
                 "new_value": None if r["new_value"] is None else json.loads(r["new_value"])} for r in rows]

    def camera_states(self, camera: str | None = None, until=None) -> list[dict]:
        where, params = self._range_sql("at", None, until)
        clauses = [where] if where else []
        if camera is not None:
            clauses.append("camera = ?")
            params.append(camera)
        with self._read() as c:
            return [dict(r) for r in c.execute(
                "SELECT * FROM camera_states" + (f" WHERE {' AND '.join(clauses)}" if clauses else "")
                + " ORDER BY camera, at, id", params)]

    def reference_checks(self, since=None, until=None) -> list[dict]:
        where, params = self._range_sql("at", since, until)
        with self._read() as c:
            return [dict(r) for r in c.execute(
                "SELECT * FROM reference_checks" + (f" WHERE {where}" if where else "") + " ORDER BY at, id", params)]

    def purges(self, since=None, until=None) -> list[dict]:
        where, params = self._range_sql("at", since, until)
        with self._read() as c:
            return [{**dict(r), "summary": json.loads(r["summary"]), "policy": json.loads(r["policy"])}
                    for r in c.execute("SELECT * FROM purges" + (f" WHERE {where}" if where else "")
                                       + " ORDER BY at, id", params)]

    def calibration_pairs(self, camera: str | None = None) -> list[dict]:
        """Stored (canthus reading, thermometer reading) pairs from secondary checks, with the
        oral model's other inputs of the decision checked (``forehead_c``, ``forehead_max_c``,
        ``room_c``; None where the engine read no forehead (cut, covered, too small: readings
        outside the model's fitted ranges are kept), or for pairs stored before schema 5)."""
        with self._read() as c:
            rows = c.execute("SELECT id, at, camera, alert_id, canthus_c, estimate_c, reference_c, "
                             f"{', '.join(MODEL_INPUTS)} FROM calibration_pairs"
                             + (" WHERE camera = ?" if camera else "") + " ORDER BY at, id",
                             (camera,) if camera else ()).fetchall()
        return [dict(r) for r in rows]

    def counts(self, *, camera: str | None = None, since=None, until=None, by: str | None = None) -> dict:
        """Aggregate counts over the hour buckets that start in ``[since, until)``.

        ``by=None``: ``{metric: n}``; ``by="camera"`` or ``by="hour"``:
        ``{camera or hour: {metric: n}}``. Metrics: ``screened``,
        ``verdict:<v>``, ``retry:<reason>``, ``prealarm``, ``alert:raised``,
        ``alert:escalated``, ``alert:outcome:<o>``, ``check:pass|fail|no_reading``,
        ``action:<a>``, ``override:<code>``, ``reference:ok|fail``, ``calibration:pair``.
        """
        if by not in (None, "camera", "hour"):
            raise ValueError("by must be None, 'camera' or 'hour'")
        clauses, params = [], []
        if since is not None:
            clauses.append("hour >= ?")
            params.append(hour_key(utc(since)))
        if until is not None:
            u = utc(until)
            clauses.append("hour < ?")
            params.append(hour_key(u + timedelta(hours=1)) if u.minute or u.second or u.microsecond else hour_key(u))
        if camera is not None:
            clauses.append("camera = ?")
            params.append(camera)
        group = {None: "", "camera": "camera, ", "hour": "hour, "}[by]
        sql = (f"SELECT {group}metric, sum(n) FROM counts" + (f" WHERE {' AND '.join(clauses)}" if clauses else "")
               + f" GROUP BY {group}metric ORDER BY {group}metric")
        with self._read() as c:
            rows = c.execute(sql, params).fetchall()
        if by is None:
            return {m: int(n) for m, n in rows}
        out: dict[str, dict[str, int]] = {}
        for key, m, n in rows:
            out.setdefault(key, {})[m] = int(n)
        return out

