"""The alarm list beside the wall: a model/view list that stays cheap with hundreds open, one card
for the selected alarm, the wall reflowing to the width left (issue #12)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtWidgets import QApplication

from app.alarms import AlertBook
from app.door import SimulatedDoor
from app.site import CameraConfig, SimSourceConfig, SiteConfig
from app.ui.alarm_list import AlarmPane, age_text, pane_width
from app.ui.alerts import AlertCard
from tests.qt_helpers import StubWall, elevated_decision


@pytest.fixture
def book():
    return AlertBook(door=SimulatedDoor())


@pytest.fixture
def pane(qtbot, book):
    acted = []
    p = AlarmPane(["Door 1", "Door 2"], lambda a, action: acted.append((a, action)))
    p.acted = acted
    qtbot.addWidget(p)
    p.resize(460, 900)
    p.show()
    return p


def raise_in(book, n: int, start: int = 0):
    return [book.raise_alert(k % 2, elevated_decision(k + 1, camera=f"Door {k % 2 + 1}")) for k in range(start, start + n)]


def test_hundreds_of_open_alarms_are_rows_and_only_the_selected_one_a_card(pane, book, qtbot):
    alarms = raise_in(book, 150)
    pane.sync(book.open_alerts())
    assert pane.isVisible() and pane.model.rowCount() == 150
    assert pane.selected is alarms[-1]  # none was selected: the first row (the newest)
    assert len(pane.cards) == 1 and len(pane.findChildren(AlertCard)) == 1
    assert pane.header.text().startswith("150 open alarms")
    pane.view.scrollToBottom()
    QApplication.processEvents()
    pane.grab()  # every visible row painted (thumbnail, entrance, estimate, age) without error
    first = pane.model.index(149)
    assert "Door 1" in first.data() and "38.5 °C" in first.data()


def test_arrivals_keep_the_selection_and_a_closed_alarm_hands_it_to_its_neighbour(pane, book):
    a = raise_in(book, 5)
    pane.sync(book.open_alerts())
    pane.select(a[2])
    raise_in(book, 20, start=5)
    pane.sync(book.open_alerts())
    assert pane.selected is a[2] and pane.view.currentIndex().row() == pane.model.row_of(a[2]) == 22
    row = pane.model.row_of(a[2])
    book.act(a[2], "deny", "Ana")
    pane.sync(book.open_alerts())
    assert pane.model.row_of(a[2]) == -1 and pane.selected is a[1]  # the one now in its place
    assert pane.model.row_of(a[1]) == row
    assert pane.move_selection(-1) is a[3] and pane.move_selection(-100) is pane.model.alerts[0]
    for x in book.open_alerts():
        book.act(x, "deny", "Ana")
    pane.sync(book.open_alerts())
    assert pane.selected is None and pane.cards == {} and not pane.isVisible()  # the wall gets the width


def test_a_row_click_selects_and_the_card_buttons_act_on_the_card_alarm(pane, book, qtbot):
    a = raise_in(book, 3)
    pane.sync(book.open_alerts())
    rect = pane.view.visualRect(pane.model.index(2))
    qtbot.mouseClick(pane.view.viewport(), Qt.LeftButton, pos=rect.center())
    assert pane.selected is a[0]
    qtbot.mouseClick(pane.card(a[0]).buttons["deny"], Qt.LeftButton)
    assert pane.acted == [(a[0], "deny")]


def test_rows_say_escalated_silenced_and_from_the_last_session(pane, book):
    d = elevated_decision(9)
    old = book.restore(0, d, raised_wall=d.made_at - 7200, store_id=41, escalated=True)
    (new,) = raise_in(book, 1)
    new.silenced = True
    pane.sync(book.open_alerts())
    rows = {a.id: pane.model.index(pane.model.row_of(a)).data() for a in (old, new)}
    assert "from last session" in rows[old.id] and "ESCALATED" in rows[old.id] and "open since" in rows[old.id]
    assert "silenced" in rows[new.id] and "from last session" not in rows[new.id]
    pane.select(old)
    assert "FROM THE LAST SESSION" in pane.card(old).marks.text() and "ESCALATED" in pane.card(old).marks.text()
    assert pane.header.text().startswith("2 open alarms · 1 escalated")


def test_age_words():
    assert [age_text(s) for s in (0, 59.9, 60, 3599, 3600, 7325)] == ["0 s", "59 s", "1 min", "59 min",
                                                                       "1 h 00", "2 h 02"]


@pytest.mark.parametrize("size", [(1280, 800), (1920, 1080)])
def test_the_list_sits_beside_the_wall_and_the_wall_reflows(qtbot, tmp_path, qapp, size):
    from app.ui.console import ConsoleWindow
    from app.ui.sound import AlarmSound

    QSettings.setDefaultFormat(QSettings.IniFormat)
    QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, str(tmp_path))
    site = SiteConfig(name="t", camera=[CameraConfig(name=f"Door {i + 1}", source=SimSourceConfig(width=160, height=120))
                                        for i in range(4)])
    win = ConsoleWindow(site, StubWall(), sound=AlarmSound(backend="none"))
    qtbot.addWidget(win)
    win.resize(*size)
    win.show()
    qtbot.waitExposed(win)
    wall = win.renderer.widget
    full = wall.width()
    assert not win.alarms.pane.isVisible() and full >= size[0] - 20  # no alarm: the wall has the width
    for k in range(12):
        win.station.on_decision(k % 4, elevated_decision(k + 1, camera=f"Door {k % 4 + 1}"))
    QApplication.processEvents()
    pane = win.alarms.pane
    assert pane.isVisible() and pane.model.rowCount() == 12
    left_of_pane = pane.mapTo(win, QPoint(0, 0)).x()
    right_of_wall = wall.mapTo(win, QPoint(wall.width(), 0)).x()
    assert right_of_wall <= left_of_pane  # beside, never over: no tile hidden under the list
    assert wall.width() < full and wall.width() >= size[0] - pane_width(size[0]) - 20  # the wall reflowed
    assert pane.width() >= 360
    view = pane.view
    assert view.viewport().height() >= 3 * 64  # at least three rows readable below the card
    for a in win.book.open_alerts():
        win.book.act(a, "deny", "Ana")
    win.alarms.sync()
    QApplication.processEvents()
    assert not pane.isVisible() and wall.width() >= full - 2  # the wall takes the width back
    win.close()


def test_arrivals_do_not_move_the_rows_in_view_when_the_guard_scrolled_down(pane, book):
    raise_in(book, 60)
    pane.sync(book.open_alerts())
    QApplication.processEvents()
    pane.view.verticalScrollBar().setValue(20 * 64)
    QApplication.processEvents()
    in_view = pane.view.indexAt(QPoint(5, 5)).data(pane.model.AlertRole)
    raise_in(book, 5, start=60)
    pane.sync(book.open_alerts())
    QApplication.processEvents()
    assert pane.view.indexAt(QPoint(5, 5)).data(pane.model.AlertRole) is in_view
    assert pane.model.rowCount() == 65
