"""Purges: removing what the retention policy no longer allows, and sealing past hours' counts."""

from __future__ import annotations

from datetime import datetime, timedelta

from app.store import audit as _audit
from app.store.base import StoreBase
from app.store.schema import PURGES
from app.store.values import hour_key, iso, parse_iso, utc


class Purge(StoreBase):
    """Retention enforced: explicitly (:meth:`purge`) and on writes every ``auto_purge_s``."""

    # -- retention ----------------------------------------------------------
    def _maybe_purge(self, now: datetime) -> None:
        if self.auto_purge_s is None or self._in_write:
            return
        with self._read():
            last = self._meta("last_purge_at")
        if last is None or (now - parse_iso(last)).total_seconds() >= self.auto_purge_s:
            self.purge(now)

    def purge(self, now: datetime | None = None) -> dict:
        """Remove what the retention policy no longer allows; seal past hours' counts.

        Returns a summary: rows removed per table, images, hours sealed and
        the purge id (None when nothing was removed, in which case no purge
        record is written). Removals are audited as one ``purge`` record
        listing the ids removed; aggregate counts are never purged.
        """
        now = utc(now) if now is not None else self.now()
        policy = self.retention
        cutoff = iso(now - timedelta(hours=policy.hours))
        with self._write() as c:
            c.execute("CREATE TEMP TABLE IF NOT EXISTS purge_ids (tbl TEXT NOT NULL, id INTEGER NOT NULL, "
                      "PRIMARY KEY (tbl, id))")
            c.execute("DELETE FROM temp.purge_ids")
            if policy.mode == "all":
                where = "t_wall < :cutoff"
            elif policy.mode == "alarms":
                where = "t_wall < :cutoff OR verdict != 'elevated' OR personal_kept = 0"
            else:  # stubs live while their alert is open
                where = ("t_wall < :cutoff OR personal_kept = 1 OR verdict != 'elevated' OR id IN "
                         "(SELECT decision_id FROM alerts WHERE closed_at IS NOT NULL)")
            params = {"cutoff": cutoff}
            c.execute(f"INSERT INTO temp.purge_ids SELECT 'decisions', id FROM decisions WHERE {where}", params)
            c.execute("INSERT INTO temp.purge_ids SELECT 'alerts', id FROM alerts WHERE decision_id IN "
                      "(SELECT id FROM temp.purge_ids WHERE tbl = 'decisions')")
            # Actions about a purged decision, and thermometer readings not tied to one
            # that outlived the retention period (or any, where the policy keeps none).
            loose = "at < :cutoff" if policy.mode == "all" else "1"
            c.execute("INSERT INTO temp.purge_ids SELECT 'actions', id FROM actions WHERE "
                      "decision_id IN (SELECT id FROM temp.purge_ids WHERE tbl = 'decisions') OR "
                      "alert_id IN (SELECT id FROM temp.purge_ids WHERE tbl = 'alerts') OR "
                      f"(decision_id IS NULL AND reading_c IS NOT NULL AND {loose})", params)
            c.execute("INSERT INTO temp.purge_ids SELECT 'calibration_pairs', id FROM calibration_pairs WHERE "
                      "alert_id IN (SELECT id FROM temp.purge_ids WHERE tbl = 'alerts') OR "
                      f"(alert_id IS NULL AND {'at < :cutoff' if policy.mode != 'none' else '1'})", params)
            image_where = "" if policy.keep_images else " OR 1"
            c.execute("INSERT INTO temp.purge_ids SELECT 'images', id FROM images WHERE decision_id IN "
                      f"(SELECT id FROM temp.purge_ids WHERE tbl = 'decisions'){image_where}")
            removed: dict[str, list] = {}
            summary: dict[str, int] = {}
            for table in ("images", "calibration_pairs", "actions", "alerts", "decisions"):
                ids = [r[0] for r in c.execute("SELECT id FROM temp.purge_ids WHERE tbl = ? ORDER BY id", (table,))]
                summary[table] = len(ids)
                if ids:
                    c.execute(f"DELETE FROM {table} WHERE id IN (SELECT id FROM temp.purge_ids WHERE tbl = ?)",
                              (table,))
                    removed[table] = _audit.to_ranges(ids)
            c.execute("DELETE FROM temp.purge_ids")
            purge_id = None
            if removed:
                purge_id = self._insert(c, "purge", PURGES, {
                    "at": iso(now), "policy": _audit.canonical(policy.to_dict()), "cutoff": cutoff,
                    "summary": _audit.canonical(summary),
                }, removed=removed)
            sealed = self._seal_counts(c, now)
            c.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('last_purge_at', ?)", (iso(now),))
        return {**summary, "hours_sealed": sealed, "cutoff": cutoff, "purge_id": purge_id}

    def _seal_counts(self, c, now: datetime) -> int:
        """Commit every finished hour's counts that changed since last sealed to the audit."""
        rows = c.execute(
            "SELECT k.camera, k.hour, k.metric, k.n FROM counts k LEFT JOIN count_seals s "
            "ON s.camera = k.camera AND s.hour = k.hour WHERE s.hour IS NULL AND k.hour < ? "
            "ORDER BY k.camera, k.hour, k.metric", (hour_key(now),)
        ).fetchall()
        buckets: dict[tuple[str, str], dict[str, int]] = {}
        for cam, hour, metric, n in rows:
            buckets.setdefault((cam, hour), {})[metric] = n
        for (cam, hour), counts in buckets.items():
            seq = self._append(c, "counts", {"camera": cam, "hour": hour, "counts": counts})
            c.execute("INSERT OR REPLACE INTO count_seals (camera, hour, seq) VALUES (?, ?, ?)", (cam, hour, seq))
        return len(buckets)

