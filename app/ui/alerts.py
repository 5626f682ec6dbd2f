"""The alert panel: open alerts, newest first, each with the guard's buttons.

It sits beside the wall in the same window, so it is never hidden behind
it, and it takes no keyboard focus: a dialog the guard has open keeps it.
"""

from __future__ import annotations

import time
from datetime import datetime
from typing import Callable

import numpy as np
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (QFrame, QGridLayout, QHBoxLayout, QLabel, QPushButton, QScrollArea,
                               QSizePolicy, QVBoxLayout, QWidget)

from app.alarms import Alert
from app.render.palettes import load_palette
from app.ui.actions import ALERT_CARD, shown_in, with_key

SNAPSHOT_PX = 170
#: cards built at once; a guard handles alerts one at a time, newest first
MAX_CARDS = 3


def snapshot_pixmap(alert: Alert, size: int = SNAPSHOT_PX) -> QPixmap | None:
    """The thermal thumbnail of the person (iron palette, own span) with the measurement point marked."""
    crop = alert.thumbnail
    if crop is None or crop.size == 0:
        return None
    crop = crop.astype(np.float32)
    lo, hi = float(np.percentile(crop, 2)), float(crop.max())
    idx = np.clip((crop - lo) / max(hi - lo, 1e-3) * 255.0, 0, 255).astype(np.uint8)
    rgb = np.ascontiguousarray(load_palette("iron")[idx])
    h, w = idx.shape
    img = QImage(rgb.data, w, h, 3 * w, QImage.Format_RGB888).copy()
    scale = size / max(w, h)
    pix = QPixmap.fromImage(img).scaled(int(w * scale), int(h * scale), Qt.KeepAspectRatio, Qt.SmoothTransformation)
    if alert.thumbnail_point is not None:
        px, py = alert.thumbnail_point[0] * scale, alert.thumbnail_point[1] * scale
        p = QPainter(pix)
        p.setRenderHint(QPainter.Antialiasing)
        p.setPen(QPen(QColor(0, 255, 255), 3))
        p.drawEllipse(QPointF(px, py), 9, 9)
        p.drawLine(QPointF(px - 16, py), QPointF(px - 10, py))
        p.drawLine(QPointF(px + 10, py), QPointF(px + 16, py))
        p.end()
    return pix


class AlertCard(QFrame):
    """One alert: who/where/what, the snapshot, the buttons (with their keys)."""

    def __init__(self, alert: Alert, entrance: str, on_action: Callable[[Alert, str], None]) -> None:
        super().__init__()
        self.alert = alert
        self.setObjectName("alertCard")
        self.setFocusPolicy(Qt.NoFocus)
        d = alert.decision
        outer = QVBoxLayout(self)
        title = QLabel(f"FEVER ALERT · {entrance}")
        title.setObjectName("alertTitle")
        outer.addWidget(title)
        row = QHBoxLayout()
        snap = QLabel()
        pix = snapshot_pixmap(alert)
        if pix is not None:
            snap.setPixmap(pix)
        snap.setFixedSize(SNAPSHOT_PX, SNAPSHOT_PX)
        snap.setAlignment(Qt.AlignCenter)
        row.addWidget(snap)
        facts = QLabel(
            f"<b>{datetime.fromtimestamp(alert.raised_wall).strftime('%H:%M:%S')}</b><br>"
            f"Estimate (oral) <b>{d.estimate_c:.1f} °C</b><br>"
            f"Canthus (skin) {d.canthus_c:.2f} °C<br>"
            f"Limit {d.limit_c:.1f} °C · alarm at ≥ {d.alarm_level_c:.1f} °C<br>"
            f"Rule: {d.rule}"
        )
        facts.setTextFormat(Qt.RichText)
        facts.setWordWrap(True)
        facts.setObjectName("alertFacts")
        row.addWidget(facts, 1)
        outer.addLayout(row)
        self.status = QLabel("Confirm with a clinical thermometer. The guard decides.")
        self.status.setObjectName("alertStatus")
        self.status.setWordWrap(True)
        outer.addWidget(self.status)
        grid = QGridLayout()
        self.buttons: dict[str, QPushButton] = {}
        for k, spec in enumerate(shown_in(ALERT_CARD)):  # the actions table: texts and keys in one place
            action = str(spec.arg)
            b = QPushButton(with_key(spec))
            b.setObjectName(f"btn_{action}")
            b.setFocusPolicy(Qt.NoFocus)  # never take the keyboard from a dialog or the wall
            b.setMinimumHeight(56)
            b.clicked.connect(lambda _=False, a=action: on_action(self.alert, a))
            grid.addWidget(b, k // 2, k % 2)
            self.buttons[action] = b
        outer.addLayout(grid)
        self._look: tuple[bool, bool] | None = None
        self.refresh()

    def refresh(self, message: str | None = None) -> None:
        a = self.alert
        if message is not None:
            self.status.setText(message)
        elif a.escalated:
            self.status.setText(f"ESCALATED: no decision for {time.monotonic() - a.raised_at:.0f} s")
        look = (a.escalated, a.silenced)
        if look != self._look:  # re-polishing restyles every child: only when the look changes
            self._look = look
            self.setProperty("escalated", a.escalated)
            self.setProperty("silenced", a.silenced)
            self.style().unpolish(self)
            self.style().polish(self)
            self.buttons["silence"].setEnabled(not a.silenced)


class AlertPanel(QScrollArea):
    """Open alerts, newest first. Hidden when there are none."""

    def __init__(self, entrance_names: list[str], on_action: Callable[[Alert, str], None]) -> None:
        super().__init__()
        self.setObjectName("alertPanel")
        self.names = entrance_names
        self.on_action = on_action
        self.setWidgetResizable(True)
        self.setFocusPolicy(Qt.NoFocus)
        self.setMinimumWidth(580)
        # Opaque: nothing under it needs painting first (it floats over the wall)
        self.setAttribute(Qt.WA_OpaquePaintEvent)
        self.viewport().setAttribute(Qt.WA_OpaquePaintEvent)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Fixed, QSizePolicy.Expanding)
        self._inner = QWidget()
        self._box = QVBoxLayout(self._inner)
        self.more = QLabel()
        self.more.setObjectName("alertTitle")
        self.more.setVisible(False)
        self._box.addWidget(self.more)
        self._box.addStretch(1)
        self.setWidget(self._inner)
        self.cards: dict[int, AlertCard] = {}
        self.shown_at: dict[int, float] = {}  # alert id -> time.time() it became visible
        self.setVisible(False)

    def sync(self, alerts: list[Alert]) -> None:
        """Show these alerts (newest first): new cards on top, closed ones removed.

        At most MAX_CARDS cards exist; older open alerts wait in the queue
        (counted on the panel) and get their card as newer ones are closed.
        """
        waiting = alerts[MAX_CARDS:]
        alerts = alerts[:MAX_CARDS]
        self.more.setText(f"+ {len(waiting)} older alert(s) waiting below" if waiting else "")
        self.more.setVisible(bool(waiting))
        ids = [a.id for a in alerts]
        for aid in list(self.cards):
            if aid not in ids:
                card = self.cards.pop(aid)
                self.shown_at.pop(aid, None)
                self._box.removeWidget(card)
                card.deleteLater()
        for pos, a in enumerate(alerts):
            card = self.cards.get(a.id)
            if card is None:
                card = AlertCard(a, self.names[a.camera_index], self.on_action)
                self.cards[a.id] = card
                self._box.insertWidget(pos, card)
            else:
                card.refresh()
        self.setVisible(bool(alerts))
        now = time.time()
        for a in alerts:  # visible now (the 1 s target is measured to this)
            self.shown_at.setdefault(a.id, now)

    def card(self, alert: Alert) -> AlertCard | None:
        return self.cards.get(alert.id)
