"""What the console says: the message bar over the wall and the status bar under it.

The message bar holds what matters until the guard closes it (how to set a PIN, personal data
written to a file, alarms brought back); the status bar says what just happened (a refusal, a
change made), who is signed on, how many cameras are live, the decisions and the sound.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QMainWindow, QPushButton

from app.translations import QT_TRANSLATE_NOOP, arg
from app.ui.sound import AlarmSound

#: counted texts on the status bar (declared with a literal count for lupdate, translated with the real one)
CAMERAS_LIVE = QT_TRANSLATE_NOOP("Console", "%1/%n cameras live", None, 1)
DECISIONS = QT_TRANSLATE_NOOP("Console", "%n decisions", None, 1)
FRAMES_DROPPED = QT_TRANSLATE_NOOP("Console", "%n frames dropped for display (the wall shows each camera's latest)",
                                   None, 1)
#: messages shown at once in the bar (the newest)
MESSAGES_SHOWN = 4


class ElidedLabel(QLabel):
    """A one-line label that, short of room, ends in "…" rather than being cut off mid-word,
    and shows its whole text as its tooltip then. ``text()`` is always the whole text."""

    #: narrowest it gets, in characters' widths
    MIN_CHARS = 12

    def __init__(self, text: str = "") -> None:
        super().__init__()
        self._whole = ""
        self.setText(text)

    def setText(self, text: str) -> None:  # noqa: N802 - Qt API
        self._whole = text
        self.updateGeometry()
        self._elide()

    def text(self) -> str:
        return self._whole

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        m = self.contentsMargins()
        width = self.fontMetrics().horizontalAdvance(self._whole) + m.left() + m.right() + 2
        return QSize(width, super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        least = self.fontMetrics().averageCharWidth() * self.MIN_CHARS
        return QSize(min(least, self.sizeHint().width()), super().minimumSizeHint().height())

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        m = self.contentsMargins()
        room = max(1, self.width() - m.left() - m.right())
        shown = self.fontMetrics().elidedText(self._whole, Qt.ElideRight, room)
        QLabel.setText(self, shown)
        self.setToolTip(self._whole if shown != self._whole else "")


class StatusLine:
    """The window's message bar (``bar``, to be placed) and its status bar (made here)."""

    def __init__(self, window: QMainWindow, sound: AlarmSound, renderer_description: str) -> None:
        self.sound = sound
        self.bar = QFrame()
        self.bar.setObjectName("messageBar")
        row = QHBoxLayout(self.bar)
        row.setContentsMargins(10, 4, 6, 4)
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextSelectableByMouse)
        row.addWidget(self.message, 1)
        close = QPushButton(QCoreApplication.translate("Console", "Close ✕"))
        close.setObjectName("messageClose")
        close.setFocusPolicy(Qt.NoFocus)
        close.clicked.connect(self.close_message)
        row.addWidget(close, 0, Qt.AlignTop)
        self._messages: dict[str, str] = {}  # key (or the text itself) -> text, oldest first
        self.bar.setVisible(False)

        sb = window.statusBar()
        sb.setSizeGripEnabled(False)  # its width is the sound's or the renderer's words
        self.cameras, self.decisions = QLabel(), QLabel()
        # the renderer in a word; why it was chosen (no GPU, software OpenGL...) in its tooltip
        self.renderer = QLabel(renderer_description.split(":", 1)[0])
        self.renderer.setToolTip(renderer_description)
        self.problem = ElidedLabel()
        self.problem.setObjectName("problem")
        self.guard = QLabel(QCoreApplication.translate("Console", "Guard: not signed on (Ctrl+G)"))
        self.guard.setObjectName("guard")
        self.sound_label = ElidedLabel(sound.state_text())
        for w in (self.guard, self.cameras, self.decisions, self.sound_label, self.problem):
            sb.addWidget(w)
        sb.addPermanentWidget(self.renderer)

    def show_message(self, text: str, key: str | None = None) -> None:
        """Show ``text`` in the message bar until closed (repeats are shown once). A message with a
        ``key`` replaces the earlier one of that key (a lock-out's time left: one line, the latest)."""
        if not text or text in self._messages.values():
            return
        self._messages.pop(key or text, None)
        self._messages[key or text] = text
        self.message.setText("\n".join(list(self._messages.values())[-MESSAGES_SHOWN:]))
        self.bar.setVisible(True)

    def close_message(self) -> None:
        self._messages.clear()
        self.message.setText("")
        self.bar.setVisible(False)

    def say(self, text: str) -> None:
        """A line on the status bar: what just happened (a refusal, a change made)."""
        self.problem.setText(text)

    def signed_on(self, name: str) -> None:
        self.guard.setText(arg(QCoreApplication.translate("Console", "Guard: %1"), name))

    def update(self, live: int, cameras: int, decisions: int, dropped: int) -> None:
        self.cameras.setText(arg(QCoreApplication.translate("Console", CAMERAS_LIVE, None, cameras), live))
        self.decisions.setText(QCoreApplication.translate("Console", DECISIONS, None, decisions))
        self.decisions.setToolTip(QCoreApplication.translate("Console", FRAMES_DROPPED, None, dropped))
        self.sound_changed()  # a player that failed meanwhile says so

    def sound_changed(self) -> None:
        text = self.sound.state_text()
        if text != self.sound_label.text():
            self.sound_label.setText(text)
