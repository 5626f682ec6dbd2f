"""The selected alarm's card: who, where, what was measured, why it alarmed, and the guard's buttons.

The card sits in the alarm pane beside the wall (:mod:`app.ui.alarm_list`), so it is never
hidden behind the wall nor over it, and it takes no keyboard focus: a dialog the guard has
open keeps it. Its buttons and their keys come from the actions table.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import datetime

import numpy as np
from PySide6.QtCore import QCoreApplication, QPointF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
)

from app.alarms import Alert
from app.render.palettes import load_palette
from app.texts import rule_text
from app.translations import arg
from app.ui.actions import ALERT_CARD, shown_in, with_key
from app.ui.i18n import format_c, format_number

SNAPSHOT_PX = 112
#: cards built at once: the selected alarm's (the list paints the others as rows)
MAX_CARDS = 1


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
    """One alarm, large: entrance and time, snapshot, readings, the alarm level's reason, the buttons.

    ``explain(decision)``: the one line that says why the alarm level sits where it does (the
    station's words); ``on_action(alert, action)``: what a button does. The card holds the
    :class:`Alert`; a dialog it opens holds the Alert too, never this widget.
    """

    def __init__(self, alert: Alert, entrance: str, on_action: Callable[[Alert, str], None],
                 explain: Callable[[object], str] | None = None) -> None:
        super().__init__()
        self.alert = alert
        self.entrance = entrance
        self.setObjectName("alertCard")
        self.setFocusPolicy(Qt.NoFocus)
        d = alert.decision
        outer = QVBoxLayout(self)
        outer.setSpacing(4)
        self.title = QLabel(f"{entrance}  ·  {datetime.fromtimestamp(alert.raised_wall).strftime('%H:%M:%S')}")
        self.title.setObjectName("alertTitle")
        self.title.setWordWrap(True)
        outer.addWidget(self.title)
        self.marks = QLabel()
        self.marks.setObjectName("alertMarks")
        self.marks.setWordWrap(True)
        outer.addWidget(self.marks)
        row = QHBoxLayout()
        snap = QLabel()
        pix = snapshot_pixmap(alert)
        if pix is not None:
            snap.setPixmap(pix)
        else:
            snap.setText(QCoreApplication.translate("AlertCard", "no image"))
        snap.setFixedSize(SNAPSHOT_PX, SNAPSHOT_PX)
        snap.setAlignment(Qt.AlignCenter)
        row.addWidget(snap)
        est = format_c(d.estimate_c) if d.estimate_c is not None else "—"
        canthus = format_c(d.canthus_c, 2) if d.canthus_c is not None else "—"
        limit = format_number(d.limit_c, 1)
        if d.alarm_level_c is not None:
            limit = arg(QCoreApplication.translate("AlertCard", "%1 · alarm %2"), limit,
                        format_number(d.alarm_level_c, 1))
        lines = [
            arg(QCoreApplication.translate("AlertCard", "Estimate (oral) %1"), f"<b>{est}</b>"),
            arg(QCoreApplication.translate("AlertCard", "Canthus (skin) %1"), canthus),
            arg(QCoreApplication.translate("AlertCard", "Limit %1 °C"), limit),
            arg(QCoreApplication.translate("AlertCard", "Rule: %1"), rule_text(d.rule)),
        ]
        self.facts = QLabel("<br>".join(lines))
        self.facts.setTextFormat(Qt.RichText)
        self.facts.setWordWrap(True)
        self.facts.setObjectName("alertFacts")
        column = QVBoxLayout()
        column.addWidget(self.facts)
        self.explanation = QLabel(explain(d) if explain is not None else "")
        self.explanation.setObjectName("alertExplanation")
        self.explanation.setWordWrap(True)
        self.explanation.setVisible(bool(self.explanation.text()))
        column.addWidget(self.explanation)
        column.addStretch(1)
        row.addLayout(column, 1)
        outer.addLayout(row)
        #: what a press did or why it was refused (hidden until there is something to say)
        self.status = QLabel()
        self.status.setObjectName("alertStatus")
        self.status.setWordWrap(True)
        self.status.setVisible(False)
        outer.addWidget(self.status)
        grid = QGridLayout()
        grid.setSpacing(4)
        self.buttons: dict[str, QPushButton] = {}
        for k, spec in enumerate(shown_in(ALERT_CARD)):  # the actions table: texts and keys in one place
            action = str(spec.arg)
            b = QPushButton(with_key(spec))
            b.setObjectName(f"btn_{action}")
            b.setFocusPolicy(Qt.NoFocus)  # never take the keyboard from a dialog or the wall
            b.setMinimumHeight(40)
            b.clicked.connect(lambda _=False, a=action: on_action(self.alert, a))
            self.buttons[action] = b
        # Allow, Deny, Silence on the first row; Secondary check, False alarm on the second
        places = {"allow": (0, 0, 2), "deny": (0, 2, 2), "silence": (0, 4, 2), "secondary_check": (1, 0, 3),
                  "false_alarm": (1, 3, 3)}
        for k, (action, b) in enumerate(self.buttons.items()):
            r, c, span = places.get(action, (2 + k // 2, (k % 2) * 3, 3))
            grid.addWidget(b, r, c, 1, span)
        outer.addLayout(grid)
        self._look: tuple[bool, bool] | None = None
        self.refresh()

    def refresh(self, message: str | None = None) -> None:
        a = self.alert
        if message is not None:
            self.status.setText(message)
            self.status.setVisible(bool(message))
        marks = []
        if getattr(a, "from_last_session", False):
            marks.append(QCoreApplication.translate(
                "AlertCard", "FROM THE LAST SESSION: left open when the console closed; the person may be gone"))
        if a.escalated:
            marks.append(arg(QCoreApplication.translate("AlertCard", "ESCALATED: no decision for %1"),
                             age_words(time.monotonic() - a.raised_at)))
        if a.silenced:
            marks.append(QCoreApplication.translate("AlertCard", "Silenced: the alarm stays until a decision"))
        self.marks.setText("\n".join(marks))
        self.marks.setVisible(bool(marks))
        look = (a.escalated, a.silenced)
        if look != self._look:  # re-polishing restyles every child: only when the look changes
            self._look = look
            self.setProperty("escalated", a.escalated)
            self.setProperty("silenced", a.silenced)
            self.style().unpolish(self)
            self.style().polish(self)
            self.buttons["silence"].setEnabled(not a.silenced)


def age_words(seconds: float) -> str:
    """``45 s``, ``3 min 20 s``, ``2 h 05 min``: how long an alarm has waited."""
    s = max(0, int(seconds))
    if s < 60:
        return f"{s} s"
    if s < 3600:
        return f"{s // 60} min {s % 60:02d} s"
    return f"{s // 3600} h {s % 3600 // 60:02d} min"
