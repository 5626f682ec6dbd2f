"""A tile that leaves an overlay state (warming up) must lose its overlay, on both walls."""

from __future__ import annotations

import numpy as np
import pytest

from app.render.base import TileView
from app.render.cpu_wall import CpuWall


def test_cpu_wall_overlay_goes_when_the_camera_goes_live(qtbot):
    wall = CpuWall()
    qtbot.addWidget(wall.widget)
    wall.widget.resize(640, 480)
    wall.widget.show()
    wall.configure(1, 1, 1, [0])
    wall.set_span(20.0, 40.0)
    img = np.full((120, 160), 22.0, np.float32)
    view = TileView(index=0, name="A", state="warming_up", state_detail="Camera warming up", celsius=img)
    wall.show(view)
    texts = wall._tiles[0].texts
    assert texts["overlay"].isVisible() and texts["overlay"].text() == "Warming up"
    wall.show(TileView(index=0, name="A", state="live", celsius=img.copy()))
    assert not texts["overlay"].isVisible()
    assert not texts["detail"].isVisible()
    assert texts["state"].text() == "Live"
    wall.close()


@pytest.mark.parametrize("state", ["offline", "locked_out", "bypassed"])
def test_cpu_wall_overlay_comes_and_goes(qtbot, state):
    wall = CpuWall()
    qtbot.addWidget(wall.widget)
    wall.widget.resize(640, 480)
    wall.widget.show()
    wall.configure(1, 1, 1, [0])
    img = np.full((120, 160), 22.0, np.float32)
    wall.show(TileView(index=0, name="A", state="live", celsius=img))
    texts = wall._tiles[0].texts
    assert not texts["overlay"].isVisible()
    wall.show(TileView(index=0, name="A", state=state, celsius=img))
    assert texts["overlay"].isVisible()
    wall.show(TileView(index=0, name="A", state="live", celsius=img))
    assert not texts["overlay"].isVisible()
    wall.close()
