"""The guard's keys on the alarm list, on the real window (issue #12).

Keys act on the selected alarm, never on whichever is newest; a dialog holds the alarm it names
while the list changes under it; nothing is pre-filled (A/S/F then Enter do nothing); the
secondary check takes at most 4 key presses plus the typed reading; quitting with open alarms
asks who and why, and the next start lists them again, marked. Decisions are handed to the
window as its camera workers would (``_on_decision``), so the alarm stream is exact.
"""

from __future__ import annotations

import sqlite3
import threading

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from app.site import CameraConfig, SimSourceConfig, SiteConfig
from app.store import open_store
from app.ui.alarm_list import alarm_summary
from app.ui.console import ConsoleWindow
from app.ui.console_dialogs import AlarmActionDialog
from app.ui.sound import AlarmSound
from tests.qt_helpers import (KeyCounter, StubWall, close_like_the_window_manager, elevated_decision,
                              press_shortcut)


def site(n: int = 2, fever_rate: float = 0.0, size: tuple[int, int] = (160, 120), fps: float = 9) -> SiteConfig:
    return SiteConfig(name="test", camera=[
        CameraConfig(name=f"Door {i + 1}", source=SimSourceConfig(
            width=size[0], height=size[1], fps=fps, seed=7 + i, fever_rate=fever_rate, incidents="none"))
        for i in range(n)])


@pytest.fixture
def console(qtbot, tmp_path, qapp):
    QSettings.setDefaultFormat(QSettings.IniFormat)
    QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, str(tmp_path / "settings"))
    made = []
    before = set(threading.enumerate())

    def make(s: SiteConfig | None = None, **kw):
        store = open_store(tmp_path / "data")
        win = ConsoleWindow(s or site(), StubWall(), store=store, sound=AlarmSound(backend="none"), **kw)
        qtbot.addWidget(win)
        win.resize(1280, 800)
        win.show()
        qtbot.waitExposed(win)
        win.activateWindow()
        made.append((win, store))
        return win

    yield make
    for win, store in made:
        if win.alarms.action_dialog is not None:
            win.alarms.action_dialog.reject()
        win.close()
        assert all(not w.isRunning() for w in win.workers)
        store.close()
    assert not [t for t in set(threading.enumerate()) - before if t.is_alive()]


def raise_alarms(win, n: int, start: int = 0) -> list:
    """n elevated decisions, alternating entrances, each a little warmer: the alarms they raise."""
    out = []
    for k in range(start, start + n):
        cam = k % len(win.workers)
        win.station.on_decision(cam, elevated_decision(k + 1, camera=win.site.camera[cam].name,
                                                estimate_c=37.8 + (k % 50) * 0.02))
        out.append(win.book.open_alerts()[0])
    return out


def actions_in_store(store) -> list[tuple[str, int | None, str | None]]:
    con = sqlite3.connect(store.path)
    try:
        return list(con.execute("SELECT action, alert_id, reason FROM actions WHERE action NOT IN "
                                "('sign_on', 'sign_off') ORDER BY id"))
    finally:
        con.close()


def test_sixty_alarms_arriving_while_a_dialog_is_open_the_action_lands_on_the_alarm_named(console, qtbot):
    win = console()
    win.presses.sign_on("Ana")
    (first,) = raise_alarms(win, 1)
    assert win.alarms.pane.selected is first  # the first alarm is selected when none is
    keys = KeyCounter(qtbot, win)
    keys.press(Qt.Key_F)
    dlg = win.alarms.action_dialog
    assert isinstance(dlg, AlarmActionDialog) and dlg.isVisible() and dlg.alert is first
    named = alarm_summary(first, "Door 1")
    assert named in dlg.subject.text() and "Door 1" in dlg.windowTitle()
    later = raise_alarms(win, 60, start=1)  # the queue changes under the open dialog
    QApplication.processEvents()
    assert win.alarms.pane.selected is first  # arrivals never move the selection
    win.alarms.pane.move_selection(-1)  # even the card being rebuilt (its widget deleted) is harmless
    QApplication.processEvents()
    assert win.alarms.pane.card(first) is None and dlg.alert is first and named in dlg.subject.text()
    keys.press(Qt.Key_1)  # the first cause in the list
    assert dlg.answer() == {"reason": "Hot drink or food"}
    keys.press(Qt.Key_Return)
    assert first.closed and first.outcome == "false_alarm"
    assert all(not a.closed for a in later) and len(win.book.open_alerts()) == 60
    assert win.alarms.pane.model.rowCount() == 60 and win.alarms.pane.model.row_of(first) == -1
    assert named in win.alarms.pane.confirmation.text()  # confirmed on the pane, naming the alarm
    assert win.station.flush()
    assert actions_in_store(win.store) == [("false_alarm", first.store_id, "hot_drink_or_food")]


@pytest.mark.parametrize("key", [Qt.Key_A, Qt.Key_S, Qt.Key_F])
def test_a_s_f_then_enter_alone_do_nothing(console, qtbot, key):
    win = console()
    win.presses.sign_on("Ana")
    (alert,) = raise_alarms(win, 1)
    keys = KeyCounter(qtbot, win)
    keys.press(key)
    dlg = win.alarms.action_dialog
    assert dlg is not None and dlg.isVisible()
    assert not dlg.ok.isEnabled() and dlg.answer() is None  # nothing chosen, nothing typed
    assert all(not b.isChecked() for b in dlg.choices) and dlg.text.text() == ""
    keys.press(Qt.Key_Return)
    keys.press(Qt.Key_Enter)
    assert not alert.closed and alert.actions == []
    assert dlg.isVisible()  # still asking
    keys.press(Qt.Key_Escape)
    assert win.alarms.action_dialog is None and not alert.closed
    assert win.station.flush() and actions_in_store(win.store) == []
    assert win.door.state == {}  # no door moved


def test_words_never_codes_and_the_reading_range_in_words(console, qtbot):
    from app.core.vocabulary import FALSE_ALARM_CAUSES, OVERRIDE_REASONS, THERMOMETER_RANGE_C

    win = console()
    win.presses.sign_on("Ana")
    (alert,) = raise_alarms(win, 1)
    dlg = win.alarms.on_alert_action(alert, "allow")
    shown = [b.text() for b in dlg.choices]
    assert [t.split("  ", 1)[1] for t in shown] == [w for c, w in OVERRIDE_REASONS.items() if c != "other"]
    assert not any(code in " ".join(shown) for code in OVERRIDE_REASONS if "_" in code)
    dlg.text.setText("documented allergy")  # typed: enough
    assert dlg.ok.isEnabled() and dlg.answer() == {"reason": "documented allergy"}
    dlg.reject()
    dlg = win.alarms.on_alert_action(alert, "false_alarm")
    assert [b.text().split("  ", 1)[1] for b in dlg.choices] == list(FALSE_ALARM_CAUSES.values())
    dlg.reject()
    dlg = win.alarms.on_alert_action(alert, "secondary_check")
    lo, hi = THERMOMETER_RANGE_C
    for typed in ("98.6", "3.7", "abc", "nan"):
        dlg.text.setText(typed)
        assert not dlg.ok.isEnabled() and dlg.answer() is None, typed
    dlg.text.setText("98.6")
    assert f"{lo:.0f}-{hi:.0f} °C" in dlg.hint.text() and "type it again" in dlg.hint.text()
    dlg.text.setText("38,2")  # a decimal comma is a reading too
    assert dlg.ok.isEnabled() and dlg.answer() == {"reading_c": 38.2}
    assert "fever confirmed" in dlg.hint.text() and "door stays closed" in dlg.hint.text()
    dlg.text.setText("36.8")
    assert "normal, the door opens" in dlg.hint.text()
    dlg.reject()
    assert not alert.closed


def test_the_sign_on_note_goes_once_the_guard_has_signed_on(console, qtbot):
    win = console()
    (alert,) = raise_alarms(win, 1)
    win.ask_text = lambda *a, **k: None  # the guard cancels the name question
    assert win.alarms.on_alert_action(alert, "deny") is None and alert in win.book.open_alerts()
    card = win.alarms.pane.card(alert)
    assert card.status.text().startswith("Sign on first") and win.status.problem.text().startswith("Sign on first")
    win.presses.sign_on("Alex Guard")
    assert not card.status.isVisibleTo(card) and card.status.text() == "" and win.status.problem.text() == ""
    assert win.alarms.on_alert_action(alert, "deny") is not None  # and the press is carried out now


def test_keys_act_on_the_selected_alarm_and_arrivals_do_not_move_it(console, qtbot):
    win = console()
    win.presses.sign_on("Ana")
    a1, a2, a3 = raise_alarms(win, 3)
    pane = win.alarms.pane
    assert pane.selected is a1 and [x.id for x in pane.model.alerts] == [a3.id, a2.id, a1.id]  # newest on top
    keys = KeyCounter(qtbot, win)
    keys.press(Qt.Key_Up)
    assert pane.selected is a2
    a4, a5 = raise_alarms(win, 2, start=3)
    assert pane.selected is a2  # arrivals do not move it
    keys.press(Qt.Key_M)
    assert a2.silenced and not a5.silenced
    keys.press(Qt.Key_D)
    assert a2.closed and a2.outcome == "deny" and not any(a.closed for a in (a1, a3, a4, a5))
    assert alarm_summary(a2, win.alarms.entrance_name(a2)) in pane.confirmation.text()
    assert pane.selected is a1  # its neighbour takes the selection
    keys.press(Qt.Key_Up)
    keys.press(Qt.Key_Up)
    keys.press(Qt.Key_Up)
    assert pane.selected is a5
    keys.press(Qt.Key_Up)  # stays on the top row
    assert pane.selected is a5
    assert win.station.flush()
    assert [(a, i) for a, i, _ in actions_in_store(win.store)] == [("silence", a2.store_id), ("deny", a2.store_id)]


def test_secondary_check_by_keys_alone_from_an_alarm_appearing_takes_at_most_four_presses(console, qtbot):
    """On a simulated entrance where everyone is febrile: the real engine raises the alarm."""
    win = console(site(1, fever_rate=1.0, size=(384, 288), fps=25))
    win.presses.sign_on("Ana")
    win.start()
    qtbot.waitUntil(lambda: bool(win.book.open_alerts()), timeout=60000)
    for w in win.workers:
        w.screening_off = "paused"  # one alarm is enough: the entrance stops raising more
    alert = win.alarms.pane.selected
    assert alert is not None and win.alarms.pane.isVisible()
    keys = KeyCounter(qtbot, win)
    keys.press(Qt.Key_S)
    keys.type("36.8")
    keys.press(Qt.Key_Return)
    assert alert.closed and alert.outcome == "secondary_check" and alert.final_result == "normal"
    assert keys.presses <= 4
    print(f"secondary check by keys: {keys.presses} key presses plus the typed reading")
    assert win.door.state[alert.camera] == "released"
    assert win.station.flush()
    assert win.store.calibration_pairs()[-1]["reference_c"] == 36.8


def test_quit_with_open_alarms_asks_and_the_next_start_lists_them_marked(console, qtbot):
    win = console()
    win.presses.sign_on("Ana")
    alarms = raise_alarms(win, 3)
    assert win.station.flush()
    press_shortcut(win, "Ctrl+Q")
    dlg = win.quit_dialog
    assert dlg is not None and dlg.isVisible() and win.isVisible()  # asked, not closed
    assert "3 alarms still open" in dlg.findChild(QLabel).text()
    assert not dlg.quit_button.isEnabled()  # a reason first
    dlg.reject()
    assert win.isVisible() and win.quit_dialog is None  # stayed
    if close_like_the_window_manager(win):  # the window's close button / Alt+F4
        qtbot.waitUntil(lambda: win.quit_dialog is not None, timeout=5000)
    else:  # not X11: the menu's Quit, the same question
        press_shortcut(win, "Ctrl+Q")
    dlg = win.quit_dialog
    assert dlg is not None and win.isVisible()
    qtbot.keyClicks(dlg.why, "end of shift")
    assert dlg.quit_button.isEnabled()
    qtbot.mouseClick(dlg.quit_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: not win.isVisible(), timeout=5000)
    store_path = win.store.path
    con = sqlite3.connect(store_path)
    try:
        (row,) = con.execute("SELECT who, reason FROM actions WHERE action = 'quit_with_open_alerts'").fetchall()
    finally:
        con.close()
    assert row == ("Ana", "console closed with 3 open alarms: end of shift")
    win.store.close()
    again = console()  # the next start, on the same data folder
    pane = again.alarms.pane
    assert pane.isVisible() and pane.model.rowCount() == 3
    assert pane.width() >= 360 and again.renderer.widget.width() > pane.width()  # beside the wall, its width
    back = pane.model.alerts
    assert [a.store_id for a in back] == [a.store_id for a in reversed(alarms)]  # newest first, as before
    assert all(a.from_last_session for a in back)
    index = pane.model.index(0)
    assert "from last session" in index.data()
    assert "FROM THE LAST SESSION" in pane.card(pane.selected).marks.text()
    assert again.status.bar.isVisible() and "from the last session" in again.status.message.text()


def test_the_pin_message_stays_until_it_is_closed(console, qtbot):
    win = console()
    win.presses.sign_on("Ana")
    win.supervisor.ask_supervisor = lambda what: pytest.fail("no PIN may be asked before one is set")
    win.supervisor.ask_rule()
    assert win.status.bar.isVisible() and "canthus supervisor-pin" in win.status.message.text()
    win.say("something else happened")  # the status line moves on; the message stays
    assert win.status.bar.isVisible() and "canthus supervisor-pin" in win.status.message.text()
    qtbot.mouseClick(win.status.bar.findChild(QPushButton, "messageClose"), Qt.LeftButton)
    assert not win.status.bar.isVisible()


def test_a_lock_out_counting_down_is_one_line_in_the_message_bar(console, qtbot):
    win = console()
    win.show_message("Alarms brought back from the last session")
    for left in (5, 3, 2):  # the same refusal, asked again as the lock-out runs down
        win.show_message(f"PIN checks are locked for another {left} s", key="pin")
    lines = win.status.message.text().split("\n")
    assert lines == ["Alarms brought back from the last session", "PIN checks are locked for another 2 s"]


def test_the_card_says_why_the_alarm_level_is_below_the_limit(console, qtbot):
    win = console()
    (alert,) = raise_alarms(win, 1)
    line = win.station.alarm_level_text()  # the shipped model alarms below the limit, for sensitivity
    card = win.alarms.pane.card(alert)
    assert line and card.explanation.isVisible() and card.explanation.text() == line
    assert "alarm at" in line and "37.7 °C" in line


def test_rule_and_retention_are_choices_that_say_what_they_mean(console, qtbot):
    from app.store import RetentionPolicy
    from app.ui.console_dialogs import ChoiceDialog, RetentionDialog

    win = console()
    dlg = ChoiceDialog(win, "Rule", "How an estimate becomes an alarm:", [
        ("absolute", "Absolute", "An alarm at the alarm level."), ("relative", "Relative", "Above the average.")],
        "absolute")
    qtbot.addWidget(dlg)
    assert dlg.radios["absolute"].isChecked() and "(now)" in dlg.radios["absolute"].text()
    assert not dlg.ok.isEnabled()  # the rule in force is no change
    dlg.radios["relative"].setChecked(True)
    assert not dlg.ok.isEnabled()  # why, first
    dlg.why.setText("trial at the main door")
    assert dlg.ok.isEnabled() and dlg.value() == "relative"
    ret = RetentionDialog(win, RetentionPolicy())
    qtbot.addWidget(ret)
    assert ret.radios["alarms"].isChecked() and not ret.ok.isEnabled()
    ret.radios["all"].setChecked(True)
    ret.hours.setCurrentIndex(ret.hours.findData(72.0))
    ret.why.setText("audit period")
    assert ret.ok.isEnabled() and ret.value() == RetentionPolicy(mode="all", hours=72.0)
    ret.radios["none"].setChecked(True)
    assert not ret.images.isEnabled() and ret.value().keep_images is False
    texts = " ".join(lbl.text() for lbl in ret.findChildren(QLabel))
    assert "counted" in texts and "re-calibration" in texts  # each choice says what it keeps
