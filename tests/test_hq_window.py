"""The headquarters window (offscreen Qt): it shows a site, an entrance's state and an alarm."""

from __future__ import annotations

import time

import pytest

from app.events import payloads as p
from app.hq.model import HqModel
from app.render.theme import state_text

pytest.importorskip("PySide6")
from app.hq.window import HqWindow


def cells(table) -> list[list[str]]:
    return [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]


def test_the_window_shows_sites_entrances_and_open_alarms(qtbot):
    now = time.time()
    m = HqModel(grace_s=60, clock=lambda: now)
    m.handle("canthus/north-gate/online", b"true", now=now)
    m.handle("canthus/north-gate/main-entrance/state",
             p.encode(p.state_body("north-gate", "main-entrance", "Main entrance", "warming_up", "", now)), now=now)
    m.handle("canthus/north-gate/main-entrance/alarm", p.encode(p.alarm_body(
        "north-gate", "main-entrance", "Main entrance", 4, now, "absolute", 37.7, 38.2)), now=now)
    m.handle("canthus/south-gate/online", b"false", now=now)
    w = HqWindow(m, refresh_ms=10_000)
    qtbot.addWidget(w)
    w.refresh(now + 1)
    sites = cells(w.sites)
    assert [r[0] for r in sites] == ["north-gate", "south-gate"]
    assert sites[0][1] == "reporting" and sites[0][8] == "1"
    assert sites[1][1].startswith("unreachable")
    (entrance,) = cells(w.entrances)
    assert entrance[:3] == ["north-gate", "Main entrance", state_text("warming_up")]
    (alarm,) = cells(w.alarms)
    assert alarm[1:] == ["north-gate", "Main entrance", "absolute", "37.7 °C", "38.2 °C"]
    assert w.alarms_title.text() == "Open alarms: 1"
    items = [w.sites.item(0, c) for c in range(w.sites.columnCount())]
    m.handle("canthus/north-gate/main-entrance/resolution", p.encode(p.resolution_body(
        "north-gate", "main-entrance", "Main entrance", 4, now + 2, "false_alarm", "hot_drink_or_food", None)),
        now=now + 2)
    w.refresh(now + 3)
    assert w.alarms.rowCount() == 0 and w.alarms_title.text() == "Open alarms: none"
    assert [w.sites.item(0, c) for c in range(w.sites.columnCount())] == items  # updated in place
    w.refresh(now + 120)  # north-gate is silent past the grace
    assert cells(w.sites)[0][1].startswith("unreachable") and "(last known)" in cells(w.entrances)[0][2]


def test_a_refresh_changes_only_what_changed_and_a_longer_text_widens_its_column(qtbot):
    now = time.time()
    m = HqModel(grace_s=600, clock=lambda: now)
    for site in ("a", "b"):
        m.handle(f"canthus/{site}/door/state", p.encode(p.state_body(site, "door", "Door", "live", "", now)), now=now)
    w = HqWindow(m, refresh_ms=10_000)
    qtbot.addWidget(w)
    w.refresh(now + 1)
    narrow = w.entrances.columnWidth(3)
    w.refresh(now + 1)  # nothing changed: the same texts
    assert [r[2] for r in cells(w.entrances)] == [state_text("live")] * 2
    detail = "camera reconnecting after the network switch went down in the east wing"
    m.handle("canthus/b/door/state", p.encode(p.state_body("b", "door", "Door", "reconnecting", detail, now + 2)),
             now=now + 2)
    w.refresh(now + 2)
    rows = cells(w.entrances)
    assert rows[0][2] == state_text("live") and rows[1][2:4] == [state_text("reconnecting"), detail]
    assert w.entrances.columnWidth(3) > narrow
