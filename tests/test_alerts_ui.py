"""End to end on the console: a febrile person → an alert the guard acts on → the record.

The demo-site engine runs in its worker threads; the guard's dialogs are
replaced by answers (a modal dialog would block the test), everything else
is the real console: alarm list and card, keys, the guard's dialogs (answered through their
fields), store, door, sound.
"""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QSettings, Qt

from app.site import CameraConfig, SimSourceConfig, SiteConfig
from app.store import open_store
from app.ui.console import ConsoleWindow
from app.ui.sound import AlarmSound
from tests.qt_helpers import StubWall, press_shortcut


def febrile_site(n: int = 1, realtime: bool = True) -> SiteConfig:
    return SiteConfig(name="test", camera=[
        CameraConfig(name=f"Door {i + 1}", source=SimSourceConfig(
            width=384, height=288, fps=25, seed=7 + i, fever_rate=1.0, incidents="none", realtime=realtime))
        for i in range(n)
    ])


@pytest.fixture
def console(qtbot, tmp_path, qapp):
    QSettings.setDefaultFormat(QSettings.IniFormat)
    QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, str(tmp_path / "settings"))
    made = []
    before = set(threading.enumerate())

    def make(site: SiteConfig, **kw):
        store = open_store(tmp_path / "data")
        win = ConsoleWindow(site, StubWall(), store=store, sound=AlarmSound(backend="none"), **kw)
        qtbot.addWidget(win)
        win.resize(1200, 800)
        win.show()
        win.ask_text = lambda *a, **k: "Ana"
        made.append(win)
        return win

    yield make
    for win in made:
        if win.alarms.action_dialog is not None:
            win.alarms.action_dialog.reject()
        win.close()
        assert all(not w.isRunning() for w in win.workers)
    assert not [t for t in set(threading.enumerate()) - before if t.is_alive()]


def first_alert(win, qtbot, n: int = 1, timeout: int = 30000):
    qtbot.waitUntil(lambda: len(win.book.open_alerts()) >= n, timeout=timeout)
    return win.book.open_alerts()


def test_febrile_person_alert_secondary_check_stored(console, qtbot):
    win = console(febrile_site())
    win.presses.sign_on("Ana")
    win.start()
    (alert,) = first_alert(win, qtbot)[-1:]
    card = win.alarms.pane.card(alert)
    assert card is not None and card.isVisible() and win.alarms.pane.isVisible()
    assert win.alarms.latency_s[alert.id] < 1.0  # decision made → alert on screen
    assert win.sound.plays >= 1  # the alarm sounded
    qtbot.mouseClick(card.buttons["secondary_check"], Qt.LeftButton)
    dlg = win.alarms.action_dialog
    assert dlg.alert is alert and dlg.text.text() == ""  # nothing pre-filled
    qtbot.keyClicks(dlg.text, "38.2")
    qtbot.mouseClick(dlg.ok, Qt.LeftButton)
    assert alert.closed and alert.final_result == "fever confirmed"
    assert win.door.state[alert.camera] == "held"
    assert win.station.flush()  # the writes went to the store writer's thread, in order
    stored = [h for h in win.store.history(verdicts=["elevated"]) if h["alert"] and h["alert"]["id"] == alert.store_id]
    assert len(stored) == 1
    rec = stored[0]
    assert rec["alert"]["check_result"] == "fail" and rec["alert"]["outcome"] == "denied"
    (check,) = [a for a in rec["actions"] if a["action"] == "secondary_check"]
    assert check["who"] == "Ana" and check["reading_c"] == 38.2
    assert win.store.calibration_pairs()[-1]["reference_c"] == 38.2  # kept for recalibration


def test_allow_without_a_reason_is_refused(console, qtbot):
    win = console(febrile_site())
    win.presses.sign_on("Ana")
    win.start()
    alert = first_alert(win, qtbot)[0]
    dlg = win.alarms.on_alert_action(alert, "allow")
    dlg.text.setText("   ")  # spaces are no reason
    assert not dlg.ok.isEnabled()
    dlg.accept()  # even forced through, nothing is done without a reason
    assert not alert.closed and alert.actions == []
    assert win.alarms.carry_out(alert, "allow", {"reason": " "}) is None  # and the station refuses one
    assert not alert.closed and "reason" in win.status.problem.text()
    assert alert.camera not in win.door.state  # no door moved
    dlg = win.alarms.on_alert_action(alert, "allow")
    dlg.text.setText("known_condition: documented")
    qtbot.mouseClick(dlg.ok, Qt.LeftButton)
    assert alert.closed and win.door.state[alert.camera] == "released"
    assert "Entry allowed" in win.alarms.pane.confirmation.text()


def test_every_alert_button_and_its_key(console, qtbot):
    win = console(febrile_site(realtime=False))
    win.presses.sign_on("Ana")
    win.start()
    alerts = first_alert(win, qtbot, n=4)
    for w in win.workers:  # enough alerts: stop the cameras, then press
        w.screening_off = "paused"
    answers = {Qt.Key_A: "1", Qt.Key_F: "2", Qt.Key_S: "36.8"}  # a reason's number, a cause's, a reading
    # keys act on the selected alarm (the card beside the wall)
    for key, outcome in ((Qt.Key_M, None), (Qt.Key_A, "allow"), (Qt.Key_D, "deny"), (Qt.Key_F, "false_alarm"),
                         (Qt.Key_S, "secondary_check")):
        selected = win.alarms.pane.selected
        qtbot.keyClick(win, key)
        if key in answers:
            dlg = win.alarms.action_dialog
            assert dlg.alert is selected
            target = dlg.text if key == Qt.Key_S else dlg
            qtbot.keyClicks(target, answers[key])
            qtbot.keyClick(dlg.text if key == Qt.Key_S else dlg, Qt.Key_Return)
        if outcome is None:
            assert selected.silenced and not selected.closed
        else:
            assert selected.closed and selected.outcome == outcome, key
    # buttons, on the remaining alerts
    remaining = win.book.open_alerts()
    if remaining:
        card = win.alarms.pane.card(win.alarms.pane.selected)
        qtbot.mouseClick(card.buttons["deny"], Qt.LeftButton)
        assert win.alarms.pane.model.row_of(remaining[0]) == -1 or not remaining[0].closed
    assert win.station.flush()
    actions = {a["action"] for h in win.store.history() for a in h["actions"]}
    assert {"silence", "allow", "deny", "false_alarm", "secondary_check"} <= actions
    assert len(alerts) >= 4


def test_second_alert_queues_newest_first_and_escalation_fires(console, qtbot):
    win = console(febrile_site(n=2), escalate_after_s=1.0)
    win.presses.sign_on("Ana")
    win.start()
    alerts = first_alert(win, qtbot, n=2)
    assert alerts[0].raised_at >= alerts[1].raised_at  # newest first
    listed = win.alarms.pane.model.alerts
    assert [a.id for a in listed[:2]] == [a.id for a in alerts[:2]]  # the list, newest on top
    selected = win.alarms.pane.selected
    assert selected is not None and win.alarms.pane.card(selected) is not None
    win.alarms.on_alert_action(selected, "silence")
    qtbot.waitUntil(lambda: selected.escalated, timeout=5000)
    assert not selected.silenced  # escalation brings the sound back
    qtbot.waitUntil(lambda: "ESCALATED" in win.alarms.pane.card(selected).marks.text(), timeout=5000)
    row = win.alarms.pane.model.index(win.alarms.pane.model.row_of(selected))
    assert "ESCALATED" in row.data()  # marked in the list too
    alerts = [selected]
    assert win.station.flush()
    stored = {h["alert"]["id"]: h["alert"] for h in win.store.history() if h["alert"]}
    assert stored[alerts[0].store_id]["escalated_at"] is not None


def test_entrance_buttons_bypass_pause_rescreen_and_global_actions(console, qtbot):
    win = console(febrile_site(n=2))
    win.presses.sign_on("Ana")
    win.start()
    qtbot.waitUntil(lambda: all(v.celsius is not None for v in win.views), timeout=10000)
    qtbot.keyClick(win, Qt.Key_1)  # focus entrance 1
    qtbot.keyClick(win, Qt.Key_B)
    assert win.workers[0].screening_off == "bypassed"
    qtbot.waitUntil(lambda: win.views[0].state == "bypassed", timeout=5000)
    assert "Resume camera" in win.commands.entrance["bypass"].text()
    qtbot.keyClick(win, Qt.Key_B)
    assert win.workers[0].screening_off is None
    win.commands.entrance["pause"].trigger()  # the toolbar button
    qtbot.waitUntil(lambda: win.views[0].state == "paused", timeout=5000)
    qtbot.keyClick(win, Qt.Key_P)
    press_shortcut(win, "Ctrl+Shift+S")  # suspend screening
    assert win.station.suspended and win.banner.isVisible()
    assert all(w.screening_off == "suspended" for w in win.workers)
    press_shortcut(win, "Ctrl+Shift+S")
    assert not win.station.suspended and all(w.screening_off is None for w in win.workers)
    press_shortcut(win, "Ctrl+Shift+M")  # mute this workstation
    assert win.sound.muted
    qtbot.waitUntil(lambda: win.station.cameras[0].last_subject is not None, timeout=30000)
    qtbot.keyClick(win, Qt.Key_R)  # re-screen the last person at entrance 1
    assert win.station.flush()
    actions = [a["action"] for a in _all_actions(win.store)]
    for expected in ("sign_on", "bypass", "resume", "pause", "suspend", "resume_screening", "mute", "rescreen"):
        assert expected in actions, expected


def _all_actions(store):
    import sqlite3

    con = sqlite3.connect(store.path)
    try:
        return [{"action": r[0], "who": r[1]} for r in con.execute("SELECT action, who FROM actions ORDER BY id")]
    finally:
        con.close()


def test_limit_change_needs_the_supervisor_pin_and_is_audited(console, qtbot):
    win = console(febrile_site())
    win.presses.sign_on("Ana")
    win.store.set_supervisor_pin("471100", "site admin")
    assert not win.supervisor.change_limit(38.0, "0000")
    assert win.wall.engine_configs[0].limit_c == 37.7
    assert win.supervisor.change_limit(38.0, "471100", "site policy")
    assert win.wall.engine_configs[0].limit_c == 38.0 and win.views[0].limit_c == 38.0
    assert not win.supervisor.change_limit(37.75, "471100")  # 0.1 °C steps
    assert win.station.flush()
    ok, message, _ = win.store.verify()
    assert ok, message


def test_nobody_signed_on_is_asked_first(console, qtbot):
    win = console(febrile_site())
    asked = []
    win.ask_text = lambda *a, **k: asked.append(a) or None  # the guard cancels
    win.start()
    alert = first_alert(win, qtbot)[0]
    assert win.alarms.on_alert_action(alert, "deny") is None and not alert.closed and asked


def test_records_windows_open_and_adopting_a_model_is_audited(console, qtbot):
    from app.core.oral import OralModel

    win = console(febrile_site())
    win.presses.sign_on("Ana")
    assert win.records.show_history().isVisible()
    assert win.records.show_statistics().isVisible()
    assert win.records.show_recalibration().isVisible()
    assert win.records.show_history() is win.records.open["history"]  # kept, shown again
    model = OralModel(offset_c=1.5, alarm_margin_c=0.2, provenance="test")
    win.supervisor.adopt_model(model, "Ana")
    win.start()
    qtbot.waitUntil(lambda: win.workers[0].engine.model is model, timeout=10000)
    assert win.station.flush()
    ok, message, _ = win.store.verify()
    assert ok, message


def test_rule_and_retention_changes_need_the_pin_and_are_audited(console, qtbot):
    from app.store import RetentionPolicy

    win = console(febrile_site())
    win.presses.sign_on("Ana")
    win.store.set_supervisor_pin("471100", "site admin")
    assert not win.supervisor.change_setting("rule", "relative", "1234")
    assert win.supervisor.change_setting("rule", "relative", "471100", "trial")
    assert win.wall.engine_configs[0].rule == "relative"
    assert not win.supervisor.change_setting("rule", "guesswork", "471100")
    assert win.supervisor.change_setting("retention", RetentionPolicy(mode="all", hours=48), "471100", "audit period")
    assert win.station.flush()
    assert win.store.retention.mode == "all" and win.store.retention.hours == 48
    ok, message, _ = win.store.verify()
    assert ok, message


def test_the_supervisor_is_asked_first_and_the_change_is_recorded_under_the_name_given(console, qtbot):
    win = console(febrile_site())
    win.presses.sign_on("Ana")
    asked = []
    win.supervisor.ask_rule_choice = lambda current: asked.append("rule") or ("relative", "trial")
    # no PIN set: said, nothing asked
    win.supervisor.ask_supervisor = lambda what: pytest.fail("no PIN may be asked before one is set")
    win.supervisor.ask_rule()
    assert "canthus supervisor-pin" in win.status.problem.text() and asked == []
    win.store.set_supervisor_pin("471100", "site admin")
    win.supervisor.ask_supervisor = lambda what: asked.append(f"pin for {what}") or ("Sam Supervisor", "000000")
    win.supervisor.ask_rule()  # a wrong PIN: neither the value nor the reason is asked
    assert asked == ["pin for rule"] and "nothing changed (rule)" in win.status.problem.text()
    asked.clear()
    win.supervisor.ask_supervisor = lambda what: asked.append(f"pin for {what}") or ("Sam Supervisor", "471100")
    win.supervisor.ask_rule()
    assert asked == ["pin for rule", "rule"]  # the PIN first, then the choice and why
    assert win.wall.engine_configs[0].rule == "relative" and win.station.settings.rule == "relative"
    assert win.station.flush()
    (change,) = [c for c in win.store.config_changes() if c["key"] == "rule"]
    assert change["who"] == "Sam Supervisor" and change["why"] == "trial"


def test_a_limit_change_survives_a_restart_of_the_console(console, qtbot):
    win = console(febrile_site())
    win.presses.sign_on("Ana")
    win.store.set_supervisor_pin("471100", "site admin")
    assert win.supervisor.change_limit(38.0, "471100", "site policy")
    win.close()  # flushes the writer
    win.store.close()
    again = console(febrile_site())  # a new console on the same data folder
    assert again.station.settings.limit_c == 38.0
    assert again.wall.engine_configs[0].limit_c == 38.0 and again.views[0].limit_c == 38.0
    assert again.workers[0].engine.config.limit_c == 38.0
    assert "site file: 37.7" in again.status.problem.text()  # the status line says the saved value differs
    assert len([c for c in again.store.config_changes() if c["key"] == "limit_c"]) == 1
