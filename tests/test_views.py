"""The review windows: history (filters, actions, CSV export, auto-refresh),
statistics (plots fed from the store's counts and rows) and re-calibration
(scores, refusal with too few pairs or a wrong PIN, adoption)."""

from __future__ import annotations

import csv
import threading
from dataclasses import replace
from datetime import datetime, timedelta, timezone

import numpy as np
import pytest
from PySide6.QtCore import Qt

from app.core.calibration import fit_details, score_model
from app.core.engine import Decision
from app.core.oral import SHIPPED_MODEL, OralModel
from app.core.vocabulary import FALSE_ALARM_CAUSES
from app.sim.entrance import SimConfig
from app.sim.scoring import screen_simulation
from app.store import RetentionPolicy, open_store
from app.ui.history import DASH, HistoryView
from app.ui.recalibration import RecalibrationView
from app.ui.statistics import StatisticsView

UTC = timezone.utc
#: 09:30 local time: the 12.5 h of decisions below start yesterday evening.
NOW = datetime(2026, 3, 2, 9, 30).astimezone()
CAMS = ["Entrance A", "Entrance B"]
GUARD = "Anna Guard"
PIN = "246810"
OUTCOMES = ("allow", "deny", "false_alarm")


def clock():
    return NOW


def new_store(folder):
    store = open_store(folder, clock=clock, auto_purge_s=None)
    store.set_retention(RetentionPolicy(mode="all", hours=24), "test admin", "every decision, for the views")
    return store


@pytest.fixture(scope="module")
def sim_decisions():
    """The first 30 decisions of a simulated entrance (a few people more, since not everyone is decided)."""
    _, decisions = screen_simulation(SimConfig(people=40, seed=2))
    assert len(decisions) >= 30
    decisions = decisions[:30]
    assert {d.verdict for d in decisions} == {"normal", "elevated", "retry"}
    return [replace(d, camera=CAMS[i % 2]) for i, d in enumerate(decisions)]


@pytest.fixture(scope="module")
def filled(tmp_path_factory, sim_decisions):
    """A store with 30 simulated decisions 25 min apart (the last 18 min ago),
    an alert on every elevated one, a thermometer check and a closing action."""
    store = new_store(tmp_path_factory.mktemp("store"))
    recs = []
    n = len(sim_decisions)
    for i, d in enumerate(sim_decisions):
        wall = NOW - timedelta(minutes=25 * (n - i) - 7)
        did = store.record_decision(d, wall)
        rec = {"id": did, "d": d, "wall": wall, "alert": None, "reading": None, "closing": None}
        if d.verdict == "elevated":
            k = sum(1 for r in recs if r["alert"] is not None)
            rec["alert"] = store.raise_alert(did, at=wall + timedelta(seconds=2))
            rec["reading"] = round(d.estimate_c + (0.3 if k % 2 else -0.4), 1)
            store.record_action(GUARD, "secondary_check", alert_id=rec["alert"], reading_c=rec["reading"],
                                at=wall + timedelta(seconds=50))
            rec["closing"] = OUTCOMES[k % 3]
            reason = "thermometer_normal: drank hot tea" if rec["closing"] == "allow" else None
            store.record_action(GUARD, rec["closing"], alert_id=rec["alert"], reason=reason,
                                at=wall + timedelta(seconds=80))
        recs.append(rec)
    assert all(r["id"] is not None for r in recs)
    yield store, recs
    store.close()


def expected(recs, *, camera=None, since=None, until=None, verdict=None, alerts=False):
    return sorted(r["id"] for r in recs
                  if (camera is None or r["d"].camera == camera)
                  and (since is None or r["wall"] >= since) and (until is None or r["wall"] < until)
                  and (verdict is None or r["d"].verdict == verdict) and (not alerts or r["alert"] is not None))


def make(qtbot, cls, *args, **kw):
    view = cls(*args, **kw)
    qtbot.addWidget(view)
    return view


@pytest.fixture(autouse=True)
def no_threads_left():
    before = set(threading.enumerate())
    yield
    left = [t for t in set(threading.enumerate()) - before if t.is_alive()]
    assert not left, f"threads left running: {left}"


# --------------------------------------------------------------------------
# History
# --------------------------------------------------------------------------


def test_history_lists_the_right_rows_for_each_filter(qtbot, filled):
    store, recs = filled
    view = make(qtbot, HistoryView, store, CAMS, auto_refresh_ms=0)
    ids = lambda: sorted(d["id"] for d in view.rows())  # noqa: E731
    assert view.row_count() == 30 and ids() == expected(recs)  # default: last 24 h, all results
    assert [d["t_wall"] for d in view.rows()] == sorted((d["t_wall"] for d in view.rows()), reverse=True)

    midnight = NOW.replace(hour=0, minute=0, second=0, microsecond=0)
    for period, since in (("hour", NOW - timedelta(hours=1)), ("today", midnight),
                          ("24h", NOW - timedelta(hours=24)), ("7d", NOW - timedelta(days=7))):
        view.set_filters(period=period)
        assert ids() == expected(recs, since=since), period
    assert len(expected(recs, since=NOW - timedelta(hours=1))) == 2
    assert len(expected(recs, since=midnight)) == 23

    view.set_filters(period="24h")
    for key, verdict in (("elevated", "elevated"), ("normal", "normal"), ("retry", "retry")):
        view.set_filters(result=key)
        assert ids() == expected(recs, verdict=verdict), key
        assert ids(), key
    view.set_filters(result="alerts")
    assert ids() == expected(recs, alerts=True) and all(d["alert"] for d in view.rows())

    view.set_filters(camera="Entrance B", result="all")
    assert ids() == expected(recs, camera="Entrance B") and 0 < view.row_count() < 30
    view.set_filters(camera="Entrance A", result="elevated")
    assert ids() == expected(recs, camera="Entrance A", verdict="elevated")

    view.set_filters(camera=None, result="all")
    a, b = NOW - timedelta(hours=6), NOW - timedelta(hours=2)
    view.period.set_custom(a, b)
    assert view.period.key() == "custom" and not view.period.from_edit.isHidden()
    assert ids() == expected(recs, since=a, until=b) and 0 < view.row_count() < 30


def test_history_shows_readings_alerts_and_the_actions_taken(qtbot, filled):
    store, recs = filled
    view = make(qtbot, HistoryView, store, CAMS, auto_refresh_ms=0)
    view.set_filters(result="alerts")
    by_id = {r["id"]: r for r in recs}
    closing_text = {"allow": "Allowed entry", "deny": "Denied entry", "false_alarm": "False alarm"}
    outcome_text = {"allow": "Allowed", "deny": "Denied", "false_alarm": "False alarm"}
    for row, d in enumerate(view.rows()):
        rec = by_id[d["id"]]
        assert view.cell_text(row, 1) == rec["d"].camera
        assert view.cell_text(row, 2) == "ELEVATED"
        assert view.cell_text(row, 4) == f"{rec['d'].canthus_c:.2f}"
        assert view.cell_text(row, 5) == f"{rec['d'].estimate_c:.2f}"
        assert view.cell_text(row, 6).startswith(outcome_text[rec["closing"]])
        actions = view.cell_text(row, 7)  # who, what, the reading and why, on one line
        assert actions == (f"{GUARD}: Thermometer {rec['reading']:.1f} °C  ›  {closing_text[rec['closing']]}"
                           + (" (thermometer normal: drank hot tea)" if rec["closing"] == "allow" else ""))
        local = rec["wall"].astimezone()
        assert local.strftime("%H:%M:%S") in view.cell_text(row, 0)  # local time
        # selected, the decision is shown in full: every action on its own line, with its time
        view.table.selectRow(row)
        details = view.details.text()
        assert details.count(GUARD) == 2 and f"Thermometer check · {rec['reading']:.1f} °C" in details
        if rec["closing"] == "allow":
            assert "Clinical thermometer reading normal (drank hot tea)" in details
        assert "closed after 1 min 18 s" in details  # raised 2 s after the decision, closed at 80 s
    # values the retention policy (or a non-result) did not keep show as a dash
    view.set_filters(result="retry")
    assert view.row_count() > 0
    for row in range(view.row_count()):
        assert view.cell_text(row, 4) == DASH and view.cell_text(row, 5) == DASH and view.cell_text(row, 6) == DASH
        assert view.cell_text(row, 3) not in ("", DASH)  # the instruction given


def test_history_words_false_alarm_causes_from_their_codes_and_keeps_older_words(qtbot, tmp_path, sim_decisions):
    store = new_store(tmp_path)
    try:
        elevated = [d for d in sim_decisions if d.verdict == "elevated"][:2]
        assert len(elevated) == 2
        for i, (d, reason) in enumerate(zip(elevated, ("sun_heated_skin: waited in the car park",
                                                       "Hot object near the face"))):
            wall = NOW - timedelta(minutes=10 - i)
            alert = store.raise_alert(store.record_decision(d, wall), at=wall)
            store.record_action(GUARD, "false_alarm", alert_id=alert, reason=reason, at=wall + timedelta(seconds=30))
        view = make(qtbot, HistoryView, store, CAMS, auto_refresh_ms=0)
        assert view.row_count() == 2  # newest first: the one stored with the words, then the code
        assert view.cell_text(0, 7) == f"{GUARD}: False alarm (Hot object near the face)"
        assert view.cell_text(1, 7) == f"{GUARD}: False alarm (sun heated skin: waited in the car park)"
        view.table.selectRow(1)
        assert f"False alarm · {FALSE_ALARM_CAUSES['sun_heated_skin']} (waited in the car park)" in view.details.text()
        view.table.selectRow(0)
        assert "False alarm · Hot object near the face" in view.details.text()
    finally:
        store.close()


def test_history_export_writes_the_filtered_rows(qtbot, filled, tmp_path):
    store, recs = filled
    view = make(qtbot, HistoryView, store, CAMS, auto_refresh_ms=0)
    view.set_filters(camera="Entrance A", result="elevated")
    view.ask_save_path = lambda: tmp_path / "elevated"  # no suffix: .csv is added
    qtbot.mouseClick(view.export_button, Qt.LeftButton)
    out = tmp_path / "elevated.csv"
    with out.open(newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert sorted(int(r["id"]) for r in rows) == expected(recs, camera="Entrance A", verdict="elevated")
    assert all(r["verdict"] == "elevated" and r["camera"] == "Entrance A" for r in rows)
    assert all(GUARD in r["actions"] for r in rows)
    assert view.last_export == (out, len(rows)) and str(len(rows)) in view.status.text()
    assert out.stat().st_mode & 0o077 == 0

    view.set_filters(camera=None, result="alerts", period="today")
    view.ask_save_path = lambda: str(tmp_path / "alerts.csv")
    assert view.export_csv() == view.row_count()
    with (tmp_path / "alerts.csv").open(newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    midnight = NOW.replace(hour=0, minute=0, second=0, microsecond=0)
    assert sorted(int(r["id"]) for r in rows) == expected(recs, since=midnight, alerts=True)
    assert all(r["alert_id"] for r in rows)

    view.ask_save_path = lambda: None  # cancelled: nothing written, nothing said
    assert view.export_csv() is None


def test_history_refreshes_itself_while_visible_and_stops_when_closed(qtbot, tmp_path, sim_decisions):
    store = new_store(tmp_path)
    try:
        store.record_decision(sim_decisions[0], NOW - timedelta(minutes=5))
        view = make(qtbot, HistoryView, store, CAMS)
        assert not view.auto_refreshing  # not shown yet
        view.show()
        qtbot.waitExposed(view)
        assert view.auto_refreshing and view.row_count() == 1
        store.record_decision(sim_decisions[1], NOW - timedelta(minutes=1))
        qtbot.waitUntil(lambda: view.row_count() == 2, timeout=5000)
        view.close()
        assert not view.auto_refreshing
    finally:
        store.close()


# --------------------------------------------------------------------------
# Statistics
# --------------------------------------------------------------------------


def test_statistics_plots_have_the_stores_data(qtbot, filled):
    store, recs = filled
    view = make(qtbot, StatisticsView, store, CAMS, auto_refresh_ms=0)
    view.period.set_period("7d")
    results = [r for r in recs if r["d"].verdict != "retry"]
    # histogram per entrance, from the rows' estimates, limit marked at 37.7
    assert set(view.histograms) == set(CAMS)
    total = sum(int(c.sum()) for _, c in view.histograms.values())
    assert total == len(results) > 0
    for cam, (edges, counts) in view.histograms.items():
        assert counts.sum() == sum(1 for r in results if r["d"].camera == cam)
        assert np.allclose(np.diff(edges), 0.1)
    assert view.limit_line.value() == pytest.approx(37.7)
    assert view.limit_line in view.hist_plot.getPlotItem().items
    assert view.alarm_level_c == pytest.approx(37.5)
    # people per hour add up to the store's count; alert rate = raised / screened
    assert sum(view.people_per_hour.values()) == store.counts()["screened"] == 30
    hourly = store.counts(by="hour")
    for hour, rate in view.alert_rate_per_hour.items():
        assert rate == pytest.approx(hourly[hour].get("alert:raised", 0) / hourly[hour]["screened"])
    assert sum(view.alert_rate_per_hour.values()) > 0
    # overrides and actions by type
    n_alerts = sum(1 for r in recs if r["alert"])
    assert view.action_counts["action:secondary_check"] == n_alerts
    assert view.action_counts["override:thermometer_normal"] == sum(1 for r in recs if r["closing"] == "allow")
    # the simulated decisions carry the tracked baseline, though the absolute rule decided
    assert set(view.baselines) == set(CAMS) and "not in use" in view.baseline_note
    # summary numbers
    counts = store.counts()
    assert view.summary == {
        "screened": 30, "elevated": counts["verdict:elevated"], "retries": counts["verdict:retry"],
        "alerts": n_alerts, "false_alarms": sum(1 for r in recs if r["closing"] == "false_alarm"),
        "overrides": sum(1 for r in recs if r["closing"] == "allow"),
    }
    assert view.cards["screened"].value.text() == "30"

    view.entrance.setCurrentIndex(view.entrance.findData("Entrance B"))
    assert set(view.histograms) == {"Entrance B"}
    assert sum(view.people_per_hour.values()) == store.counts(camera="Entrance B")["screened"]
    view.period.set_period("hour")
    assert sum(view.people_per_hour.values()) == store.counts(camera="Entrance B",
                                                              since=NOW - timedelta(hours=1))["screened"]


def test_statistics_say_when_there_is_nothing_to_show(qtbot, tmp_path):
    store = new_store(tmp_path)
    try:
        view = make(qtbot, StatisticsView, store, CAMS, limit_c=37.5, auto_refresh_ms=0)
        assert view.histograms == {} and view.people_per_hour == {} and view.action_counts == {}
        assert view.baseline_note == "Relative rule not in use"
        assert view.summary["screened"] == 0 and view.limit_line.value() == pytest.approx(37.5)
    finally:
        store.close()


# --------------------------------------------------------------------------
# Re-calibration
# --------------------------------------------------------------------------


class Calls:
    def __init__(self):
        self.adopted: list[tuple[OralModel, str]] = []
        self.pins: list[str] = []

    def adopt(self, model, who):
        self.adopted.append((model, who))


def recal(qtbot, store, calls, **kw):
    def check(pin):
        calls.pins.append(pin)
        return store.check_supervisor_pin(pin)

    return make(qtbot, RecalibrationView, store, CAMS, current_model=SHIPPED_MODEL, limit_c=37.7,
                check_pin=check, adopt=calls.adopt, who=lambda: "Sam Supervisor", repeats=10, **kw)


def test_recalibration_scores_the_current_model_and_refuses_with_too_few_pairs(qtbot, filled):
    store, recs = filled
    calls = Calls()
    view = recal(qtbot, store, calls)
    pairs = store.calibration_pairs()
    assert len(pairs) == sum(1 for r in recs if r["reading"] is not None) == view.pairs_model.rowCount() > 0
    skin = [p["canthus_c"] for p in pairs]
    ref = [p["reference_c"] for p in pairs]
    # the shipped forehead model is scored on the pairs' stored forehead and room readings
    assert all(p["forehead_c"] is not None and p["room_c"] is not None for p in pairs)
    nan = lambda k: np.array([np.nan if p[k] is None else p[k] for p in pairs])  # noqa: E731
    want = score_model(SHIPPED_MODEL, skin, ref, 37.7, room=nan("room_c"), forehead=nan("forehead_c"),
                       forehead_max=nan("forehead_max_c"))
    assert view.current_scores == want
    assert want["mean_error_c"] != score_model(SHIPPED_MODEL.fallback, skin, ref, 37.7)["mean_error_c"]
    assert view.cell("n", 1) == str(want["n"]) and view.cell("positives", 1) == str(want["positives"])
    if want["sensitivity"] is not None:
        assert view.cell("sensitivity", 1).startswith(f"{100 * want['sensitivity']:.0f} %")
    assert view.cell("level", 1).startswith("37.50 °C")
    assert "FDA facial/oral" in view.provenance.text()
    # the shipped forehead model says what it reads, and the offset it falls back to
    assert view.cell("formula", 1) == "canthus, forehead, room"
    assert view._cells[("formula", 1)].toolTip() == "canthus, forehead and room temperature (FDA fit); without a " \
        "usable forehead: canthus + 1.31 °C"
    # too few pairs: said plainly, nothing fitted, adoption disabled and refused
    assert view.fit is None and "Too few pairs" in view.fit_problem and "Too few pairs" in view.verdict.text()
    assert not view.adopt_button.isEnabled()
    view.ask_pin = lambda: pytest.fail("no PIN may be asked without a fitted model")
    assert view.adopt() is False
    assert calls.adopted == [] and calls.pins == []


@pytest.fixture
def paired(tmp_path):
    """36 fabricated elevated decisions, each checked with a thermometer that
    reads 1.60 °C over the canthus (± 0.1 °C)."""
    store = new_store(tmp_path)
    store.set_supervisor_pin(PIN, "test admin")
    rng = np.random.default_rng(7)
    canthus = np.linspace(35.0, 37.4, 36)
    noise = np.resize([-0.1, 0.0, 0.1, 0.05, -0.05, 0.0], 36)
    rng.shuffle(noise)
    for i, (c, e) in enumerate(zip(canthus, noise)):
        d = Decision(camera=CAMS[i % 2], subject=i, t=float(i), seq=i, verdict="elevated", reason="measured",
                     instruction="", canthus_c=float(c), estimate_c=float(c) + 1.31, rule="absolute", limit_c=37.7,
                     alarm_level_c=37.5)
        wall = NOW - timedelta(hours=10) + timedelta(minutes=15 * i)
        aid = store.raise_alert(store.record_decision(d, wall), at=wall)
        store.record_action(GUARD, "secondary_check", alert_id=aid, reading_c=round(float(c) + 1.6 + e, 2),
                            at=wall + timedelta(seconds=40))
    yield store
    store.close()


def test_recalibration_refuses_a_wrong_pin_and_adopts_with_the_right_one(qtbot, paired):
    calls = Calls()
    view = recal(qtbot, paired, calls)
    pairs = paired.calibration_pairs()
    skin = np.array([p["canthus_c"] for p in pairs])
    ref = np.array([p["reference_c"] for p in pairs])
    assert len(pairs) == 36 and (ref >= 37.7).sum() >= 3
    assert view.current_scores == score_model(SHIPPED_MODEL, skin, ref, 37.7)
    want = fit_details(skin, ref, 37.7, SHIPPED_MODEL.target_sensitivity, SHIPPED_MODEL.prealarm_band_c, repeats=10)
    assert view.fitted_model.offset_c == want.model.offset_c == pytest.approx(1.6, abs=0.03)
    assert view.fitted_model.alarm_margin_c == want.model.alarm_margin_c
    assert view.fitted_scores == score_model(view.fitted_model, skin, ref, 37.7)
    assert view.cell("formula", 2) == f"canthus + {want.model.offset_c:.2f} °C"
    assert view.adopt_button.isEnabled() and view.fit_problem is None

    view.ask_pin = lambda: "000000"
    qtbot.mouseClick(view.adopt_button, Qt.LeftButton)
    assert calls.pins == ["000000"] and calls.adopted == []
    assert "Wrong supervisor PIN" in view.message.text() and view.current_model is SHIPPED_MODEL

    view.ask_pin = lambda: None  # cancelled
    assert view.adopt() is False and calls.adopted == []

    view.ask_pin = lambda: PIN
    qtbot.mouseClick(view.adopt_button, Qt.LeftButton)
    assert len(calls.adopted) == 1
    model, who = calls.adopted[0]
    assert isinstance(model, OralModel) and who == "Sam Supervisor"
    assert model.offset_c == pytest.approx(1.6, abs=0.03) and model.slope == 1.0
    assert model.target_sensitivity == SHIPPED_MODEL.target_sensitivity
    assert "n=36" in model.provenance
    assert "Adopted by Sam Supervisor" in view.message.text()
    # the adopted model is now the one in use: nothing more to adopt
    assert view.current_model is model and not view.adopt_button.isEnabled()
    assert model.provenance in view.provenance.text()


def test_recalibration_locks_adoption_after_five_wrong_pins(qtbot, paired):
    calls = Calls()
    view = recal(qtbot, paired, calls)
    view.who, who = (lambda: ""), view.who  # nobody signed on: refused before any PIN is asked
    view.ask_pin = lambda: pytest.fail("no PIN may be asked without a name to record")
    assert view.adopt() is False and "sign on" in view.message.text() and calls.pins == []
    view.who = who
    view.ask_pin = lambda: "111111"
    for _ in range(5):  # the store's lock-out (tests/test_store_pin.py)
        assert view.adopt() is False
    view.ask_pin = lambda: PIN
    assert view.adopt() is False and "locked" in view.message.text()
    assert calls.adopted == [] and len(calls.pins) == 5
