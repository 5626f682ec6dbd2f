"""The published report: right totals from a realistic session, and no personal data."""

from __future__ import annotations

import argparse
import math
import re
from datetime import datetime, timedelta, timezone

import pytest

from app import __version__
from app.core.errors import CanthusError
from app.sim import SimConfig
from app.sim.scoring import screen_simulation
from app.store import RetentionPolicy, open_store, write_report
from app.store.commands import add_commands, parse_when, run_command

T0 = datetime(2026, 3, 2, 8, 0, tzinfo=timezone.utc)
GUARD = "Alice Fictitious"
ADMIN = "Carol Invented"


@pytest.fixture(scope="module")
def session():
    _truth, decisions = screen_simulation(SimConfig(people=40, seed=1))
    return decisions


class Clock:
    def __init__(self) -> None:
        self.t = T0

    def __call__(self) -> datetime:
        return self.t


def fill(store, decisions, clock) -> dict:
    """Store a screening session as the console would; returns what was personal."""
    personal = {"readings": [], "times": []}
    store.record_camera_state("sim-1", "warming_up", "camera start", at=T0 - timedelta(minutes=10))
    store.record_camera_state("sim-1", "live", at=T0)
    store.record_reference_check("sim-1", 35.0, 35.04, True, at=T0)
    store.record_action(GUARD, "sign_on", camera="sim-1", at=T0)
    n_alert = 0
    for d in decisions:
        wall = T0 + timedelta(seconds=d.t if math.isfinite(d.t) else 600.0)
        clock.t = wall
        personal["times"].append(wall.strftime("%H:%M:%S"))
        did = store.record_decision(d, wall)
        if d.verdict != "elevated":
            continue
        a = store.raise_alert(did, at=wall)
        reading = 37.61 + 0.17 * n_alert  # 37.61, 37.78, 37.95, ...: some under, some over the limit
        personal["readings"].append(reading)
        store.record_action(GUARD, "secondary_check", alert_id=a, reading_c=reading, at=wall + timedelta(minutes=1))
        if n_alert % 2:
            store.record_action(GUARD, "deny", alert_id=a, reason="sent home, told Bob Madeup",
                                at=wall + timedelta(minutes=2))
        else:
            store.record_action(GUARD, "allow", alert_id=a, reason="hot_drink_or_food: coffee with Dan Notreal",
                                at=wall + timedelta(minutes=2))
        n_alert += 1
    store.record_camera_state("sim-1", "offline", "network", at=T0 + timedelta(minutes=30))
    store.record_camera_state("sim-1", "live", at=T0 + timedelta(minutes=50))
    clock.t = T0 + timedelta(minutes=55)
    store.record_config_change(ADMIN, "limit_c", 37.7, 37.8, "asked by Eve Phantom")
    store.record_reference_check("sim-1", 35.0, 35.31, False, "drift", at=T0 + timedelta(minutes=56))
    clock.t = T0 + timedelta(hours=2)
    return personal


def test_report_has_the_totals_and_no_personal_data(session, tmp_path):
    clock = Clock()
    out = tmp_path / "report.html"
    with open_store(retention=RetentionPolicy("all", 24), clock=clock, auto_purge_s=None) as s:
        personal = fill(s, session, clock)
        summary = write_report(s, T0 - timedelta(hours=1), T0 + timedelta(days=1), out, site_name="Test site")
    html = out.read_text(encoding="utf-8")

    elevated = [d for d in session if d.verdict == "elevated"]
    retry = [d for d in session if d.verdict == "retry"]
    n_fail = sum(r >= 37.7 for r in personal["readings"])
    assert summary["screened"] == len(session) == 40
    assert summary["elevated"] == len(elevated) > 0 and summary["alerts"] == len(elevated)
    assert summary["checks"] == {"fail": n_fail, "pass": len(elevated) - n_fail}
    assert summary["outcomes"] == {"allowed": (len(elevated) + 1) // 2, "denied": len(elevated) // 2}
    assert summary["overrides"] == {"hot_drink_or_food": (len(elevated) + 1) // 2}
    assert summary["audit_ok"] is True

    def cell(metric: str, value) -> None:
        assert re.search(rf'data-metric="{re.escape(metric)}"><th>[^<]*</th><td>{value}</td>', html), metric

    cell("screened", 40)
    cell("elevated", len(elevated))
    cell("normal", 40 - len(elevated) - len(retry))
    cell("non_results", len(retry))
    for reason in {d.reason for d in retry}:
        cell(f"retry:{reason}", sum(d.reason == reason for d in retry))
    cell("alerts", len(elevated))
    cell("check:fail", n_fail)
    cell("check:pass", len(elevated) - n_fail)
    cell("outcome:denied", len(elevated) // 2)
    cell("override:hot_drink_or_food", (len(elevated) + 1) // 2)
    cell("calibration_pairs", len(elevated))
    # per camera: 40 screened, unless a small count (1-4 non-results...) withholds the column (small-count rule)
    screened_cell = r"\*" if "screened" in summary["withheld_per_camera"] else "40"
    assert re.search(rf'data-metric="camera:sim-1"><th>sim-1</th><td>{screened_cell}</td>', html)
    assert "30 min" in html  # downtime: 10 min warming up + 20 min offline
    assert re.search(r'data-metric="reference:sim-1"><th>sim-1</th><td>1</td><td>1</td>', html)
    assert "37.7 → 37.8" in html
    assert "Audit chain intact" in html and summary["audit_head"].split(":")[1] in html
    assert f"Canthus {__version__}" in html
    assert "store every decision for 24 h, no images" in html

    # No personal data: no readings, no subject numbers, no per-person times, no names, no free text.
    values = [v for d in session for v in (d.canthus_c, d.estimate_c, d.baseline_c) if v is not None]
    values += personal["readings"]
    leaked = sorted({f"{v:.2f}" for v in values if f"{v:.2f}" in html})
    assert leaked == []
    assert "subject" not in html.lower()
    assert [t for t in personal["times"] if t in html] == []
    for name in (GUARD, ADMIN, "Alice", "Carol", "Bob", "Dan", "Eve", "coffee", "sent home", "drift", "network"):
        assert name not in html, name


@pytest.mark.parametrize("mode", ["none", "alarms"])
def test_report_totals_do_not_depend_on_what_was_retained(session, tmp_path, mode):
    numbers = {}
    for m in ("all", mode):
        clock = Clock()
        with open_store(tmp_path / m, retention=RetentionPolicy(m), clock=clock, auto_purge_s=None) as s:
            fill(s, session, clock)
            s.purge(T0 + timedelta(days=3))  # everything personal is gone now
            numbers[m] = write_report(s, T0 - timedelta(hours=1), T0 + timedelta(days=1), tmp_path / f"{m}.html")
    for key in ("screened", "results", "elevated", "non_results", "alerts", "outcomes", "checks", "overrides",
                "retry_reasons", "reference_checks"):
        assert numbers[mode][key] == numbers["all"][key], key
    assert numbers[mode]["audit_ok"]


def cli(argv: list[str]) -> int:
    p = argparse.ArgumentParser(prog="canthus")
    p.add_argument("--data-dir", default=None)
    add_commands(p.add_subparsers(dest="command"))
    return run_command(p.parse_args(argv))


def test_cli_report(session, tmp_path, capsys):
    clock = Clock()
    with open_store(clock=clock, auto_purge_s=None) as s:
        fill(s, session, clock)
    out = tmp_path / "published.html"
    assert cli(["report", "--from", "2026-03-01", "--to", "2026-03-03", "--out", str(out)]) == 0
    assert "40 people screened" in capsys.readouterr().out
    assert 'data-metric="screened"><th>People screened</th><td>40</td>' in out.read_text(encoding="utf-8")
    with pytest.raises(CanthusError, match="--from: expected a date"):
        cli(["report", "--from", "yesterday", "--to", "2026-03-03", "--out", str(out)])
    with pytest.raises(CanthusError, match="must come after"):
        cli(["report", "--from", "2026-03-03", "--to", "2026-03-01", "--out", str(out)])
    with pytest.raises(CanthusError, match="no Canthus event store"):
        cli(["--data-dir", str(tmp_path / "empty"), "report", "--from", "2026-03-01", "--to", "2026-03-02",
             "--out", str(out)])


def test_cli_dates():
    day = parse_when("2026-03-02")
    assert (day.hour, day.minute, day.tzinfo is not None) == (0, 0, True)
    assert parse_when("2026-03-02", end=True) - day == timedelta(days=1)
    assert parse_when("2026-03-02T08:30:00+00:00") == T0 + timedelta(minutes=30)
