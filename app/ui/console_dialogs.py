"""The console's questions: the guard's (reasons, readings, names) and the one supervisor-PIN flow.

Every supervisor change (limit, rule, retention, adopting a model, the Cameras dialog)
goes through :meth:`Supervisor.ask`: it says why no PIN can be taken
(none set, locked out) before asking, asks the supervisor's name and PIN *first*,
checks the PIN with the store's one check (lock-out and audit included), and only
then are the value and the reason asked. The change is recorded under the name given.
Each supervisor dialog is an attribute tests replace with an answer (a modal dialog would block).

The guard's answers on an alarm (a reason, a cause, the thermometer reading) are asked by
:class:`AlarmActionDialog`: window-modal but not blocking (``open()``), naming the entrance, time
and reading it acts on, holding the :class:`Alert` (never a widget: the list may change under
it), with nothing chosen or typed in advance and OK disabled until an answer is given.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
)

from app.alarms import Alert
from app.core.errors import CanthusError
from app.core.vocabulary import (
    DEFAULT_LIMIT_C,
    FALSE_ALARM_CAUSES,
    LIMIT_RANGE_C,
    OVERRIDE_REASONS,
    THERMOMETER_RANGE_C,
    Action,
)
from app.render.words import false_alarm_cause_text, override_reason_text
from app.translations import QT_TRANSLATE_NOOP, arg
from app.ui.alarm_list import alarm_summary
from app.ui.i18n import format_c, format_number

#: counted (declared with a literal count for lupdate, translated with the real one)
STILL_OPEN = QT_TRANSLATE_NOOP("Dialogs", "%n alarms still open — no guard has answered them:", None, 1)

# settings keys -> the word a supervisor reads (the audit keeps the key)
SETTING_WORDS = {"limit_c": QT_TRANSLATE_NOOP("Dialogs", "limit"), "rule": QT_TRANSLATE_NOOP("Dialogs", "rule"),
                 "retention": QT_TRANSLATE_NOOP("Dialogs", "retention"),
                 "oral_model": QT_TRANSLATE_NOOP("Dialogs", "model")}


def setting_word(key: str) -> str:
    """A setting's name in the console's language (``limit_c``: limit, limite, grens, Grenzwert)."""
    return QCoreApplication.translate("Dialogs", SETTING_WORDS[key]) if key in SETTING_WORDS else key


class Supervisor:
    """The one supervisor-PIN flow, and the settings it guards, changed through the station.

    ``window`` is the dialogs' parent and says what happened (``say``, ``show_message``). Each
    question is an attribute tests replace with an answer (a modal dialog would block): each
    returns None when the supervisor cancels.
    """

    def __init__(self, window, station) -> None:
        self.window, self.station = window, station
        # (what, as shown) -> (name, PIN) or None
        self.ask_supervisor: Callable[[str], tuple[str, str] | None] = self._ask_supervisor
        # (current rule) -> (rule, why) or None
        self.ask_rule_choice: Callable[[str], tuple[str, str] | None] = self._ask_rule_choice
        # (current RetentionPolicy) -> (RetentionPolicy, why) or None
        self.ask_retention_choice = self._ask_retention_choice

    def _refused(self, say: Callable[[str], None]) -> bool:
        """Why no PIN can be taken now (none set, locked out), said and kept in the message bar."""
        refusal = self.station.pin_refusal()
        if refusal:
            say(refusal)
            self.window.show_message(refusal, key="pin")  # how to set one, or how long the lock-out lasts
        return bool(refusal)

    def ask(self, what: str, say: Callable[[str], None] | None = None, *, shown: str | None = None) -> str | None:
        """Ask the supervisor's name and PIN first; the name when the PIN is right, else None
        (and ``say`` tells why: none set, locked out, wrong, cancelled). ``what`` names the change
        in the audit of a wrong PIN (English); ``shown`` in the question (the console's language)."""
        say = say or self.window.say
        shown = shown or what
        if self._refused(say):
            return None
        answer = self.ask_supervisor(shown)
        if answer is None:
            say(arg(QCoreApplication.translate("Dialogs", "No PIN was entered: nothing changed (%1)"), shown))
            return None
        name, pin = answer
        name = (name or "").strip() or self.station.guard or "supervisor"
        res = self.station.pin_check(pin, f"console: {what}", who=name, what=shown)
        if not res.ok:
            say(res.message)
            return None
        return name

    def check_pin_for(self, where: str):
        """The store's PIN check for one place in the console: wrong PINs are counted and audited with
        the guard signed on and the place; a check while locked out raises PinLockedOut."""
        return lambda pin: self.window.store.check_supervisor_pin(pin, who=self.station.guard or None, where=where)

    def change_setting(self, key: str, value, pin: str, why: str = "", who: str | None = None) -> bool:
        """Change ``limit_c``, ``rule`` or ``retention`` (a RetentionPolicy) with the supervisor PIN;
        saved, re-applied at the next start, audited under ``who`` (default: the guard signed on)."""
        res = self.station.pin_check(pin, f"console: {key}", who=who, what=setting_word(key))
        if not res.ok:
            self.window.say(res.message)
            return False
        return self._apply_setting(key, value, who or self.station.guard or "supervisor", why)

    def _apply_setting(self, key: str, value, who: str, why: str) -> bool:
        word = setting_word(key)
        try:
            self.station.change_settings(who, why, **{key: value})
        except CanthusError as e:
            self.window.say(arg(QCoreApplication.translate("Dialogs", "Setting “%1” not changed: %2"), word, e))
            return False
        self.window.say(arg(QCoreApplication.translate("Dialogs", "Setting “%1” changed by %2 (audited)"), word, who))
        return True

    def change_limit(self, limit_c: float, pin: str, why: str = "") -> bool:
        return self.change_setting("limit_c", limit_c, pin, why)

    def adopt_model(self, model, who: str, why: str = "re-calibrated from secondary checks") -> None:
        """A supervisor adopts a re-fitted oral-equivalent model (PIN checked by the caller): every
        camera uses it now and after a restart; audited."""
        self.station.adopt_model(model, who, why)
        offset = ("+" if model.offset_c >= 0 else "") + format_number(model.offset_c, 2)
        self.window.say(arg(QCoreApplication.translate(
            "Dialogs", "New model adopted by %1: offset %2 °C (audited)"), who, offset))

    def ask_limit(self) -> None:
        who = self.ask("limit_c", shown=setting_word("limit_c"))
        if who is None:
            return
        lo, hi = LIMIT_RANGE_C
        title = QCoreApplication.translate("Dialogs", "Limit")
        value, ok = QInputDialog.getDouble(self.window, title,
                                           QCoreApplication.translate("Dialogs", "Limit (oral-equivalent, °C):"),
                                           self.station.settings.limit_c, lo, hi, 1, Qt.WindowFlags(), 0.1)
        if ok:
            why = self.window.ask_text(title, QCoreApplication.translate("Dialogs", "Why? (recorded)")) or ""
            self._apply_setting("limit_c", round(value, 1), who, why)

    def ask_rule(self) -> None:
        who = self.ask("rule", shown=setting_word("rule"))
        if who is None:
            return
        answer = self.ask_rule_choice(self.station.settings.rule)
        if answer:
            self._apply_setting("rule", answer[0], who, answer[1])

    def ask_retention(self) -> None:
        who = self.ask("retention", shown=setting_word("retention"))
        if who is None:
            return
        store = self.window.store
        answer = self.ask_retention_choice(store.retention if store is not None else None)
        if answer:
            self._apply_setting("retention", answer[0], who, answer[1])

    def _ask_rule_choice(self, current: str) -> tuple[str, str] | None:
        s = self.station.settings
        dlg = ChoiceDialog(self.window, QCoreApplication.translate("Dialogs", "Rule (supervisor)"),
                           QCoreApplication.translate("Dialogs", "How an estimate becomes an alarm, at every entrance:"), [
            ("absolute", QCoreApplication.translate("Dialogs", "Absolute"),
             arg(QCoreApplication.translate("Dialogs", "An alarm when a person's oral-equivalent estimate reaches the alarm level (limit "
                 "%1). The same for everyone; the usual choice."), format_c(s.limit_c))),
            ("relative", QCoreApplication.translate("Dialogs", "Relative (FLIR EST style)"),
             QCoreApplication.translate("Dialogs", "An alarm when a person is warmer than the average of the last ~10 normal people at that "
             "entrance by the rule's offset. It follows the room and the camera; the first people "
             "screened after a start set the average.")),
        ], current)
        return dlg.ask()

    def _ask_retention_choice(self, current) -> tuple[object, str] | None:
        from app.store import RetentionPolicy

        return RetentionDialog(self.window, current or RetentionPolicy()).ask()

    def _ask_supervisor(self, what: str) -> tuple[str, str] | None:
        """One dialog: the supervisor's name (recorded with the change) and the PIN."""
        dlg = QDialog(self.window)
        dlg.setWindowTitle(QCoreApplication.translate("Dialogs", "Supervisor"))
        form = QFormLayout(dlg)
        name = QLineEdit(self.station.guard)
        pin = QLineEdit()
        pin.setEchoMode(QLineEdit.Password)
        form.addRow(arg(QCoreApplication.translate("Dialogs", "Change: %1"), what), None)
        form.addRow(QCoreApplication.translate("Dialogs", "Supervisor's name (recorded):"), name)
        form.addRow(QCoreApplication.translate("Dialogs", "Supervisor PIN:"), pin)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(dlg.accept)
        buttons.rejected.connect(dlg.reject)
        form.addRow(buttons)
        pin.setFocus()
        if dlg.exec() != QDialog.Accepted:
            return None
        return name.text(), pin.text()


def ask_text(parent, title: str, label: str, password: bool = False) -> str | None:
    """A line of text from the guard (None: cancelled)."""
    text, ok = QInputDialog.getText(parent, title, label, QLineEdit.Password if password else QLineEdit.Normal)
    return text if ok else None


#: what each alarm action asks, in the guard's words: (title, question)
ACTION_QUESTIONS = {
    Action.ALLOW: (QT_TRANSLATE_NOOP("Actions", "Allow entry"),
                   QT_TRANSLATE_NOOP("Dialogs", "Why is entry allowed? Choose one (1-%1) or type the reason:")),
    Action.FALSE_ALARM: (QT_TRANSLATE_NOOP("Actions", "False alarm"),
                         QT_TRANSLATE_NOOP("Dialogs", "What caused the alarm? Choose one (1-%1) or type the cause:")),
    Action.SECONDARY_CHECK: (QT_TRANSLATE_NOOP("Actions", "Secondary check"),
                             QT_TRANSLATE_NOOP("Dialogs", "Type the clinical thermometer's reading, then Enter:")),
}


def parse_reading(text: str) -> float | None:
    """A typed thermometer reading (``36.8`` or ``36,8``) as °C, or None when it is not a number."""
    try:
        value = float(text.strip().replace(",", ".").removesuffix("°C").removesuffix("°").strip())
    except ValueError:
        return None
    return value if value == value else None  # NaN is not a reading


def reading_words(value: float | None, limit_c: float) -> tuple[bool, str]:
    """(acceptable, what the guard reads) for a typed reading: the range checked, the outcome said."""
    lo, hi = THERMOMETER_RANGE_C
    if value is None:
        return False, arg(QCoreApplication.translate("Dialogs", "Type the reading in °C (%1-%2), e.g. %3"), f"{lo:.0f}", f"{hi:.0f}",
                          format_number(36.8, 1))
    if not lo <= value <= hi:
        return False, arg(QCoreApplication.translate("Dialogs", "%1 °C is not a body temperature a thermometer gives (%2-%3 °C): "
                          "check the thermometer and type it again"), format_number(value, 1), f"{lo:.0f}", f"{hi:.0f}")
    if value >= limit_c:
        return True, arg(QCoreApplication.translate("Dialogs", "%1 is at or over the limit %2: fever confirmed, the door stays closed"),
                         format_c(value), format_c(limit_c))
    return True, arg(QCoreApplication.translate("Dialogs", "%1 is under the limit %2: normal, the door opens"), format_c(value), format_c(limit_c))


class AlarmActionDialog(QDialog):
    """What one action on one alarm needs, asked with nothing pre-filled.

    Allow and False alarm: a reason (or cause) chosen from the guard's words (keys 1-n, a click,
    or typed), none chosen at first; Secondary check: the thermometer reading, typed into an empty
    field, its range checked and its outcome said as it is typed. OK stays disabled until the
    answer is given, so Enter alone does nothing.
    """

    def __init__(self, parent, alert: Alert, entrance: str, action: str) -> None:
        super().__init__(parent)
        self.alert, self.action = alert, action
        d = alert.decision
        self.limit_c = d.limit_c or DEFAULT_LIMIT_C
        # the words recorded stay English (a record); the guard reads them in the console's language
        if action == Action.ALLOW:
            codes = [c for c in OVERRIDE_REASONS if c != "other"]
            self.words = [OVERRIDE_REASONS[c] for c in codes]
            shown = [override_reason_text(c) for c in codes]
        elif action == Action.FALSE_ALARM:
            self.words = list(FALSE_ALARM_CAUSES.values())
            shown = [false_alarm_cause_text(c) for c in FALSE_ALARM_CAUSES]
        else:
            self.words, shown = [], []
        source_title, question = ACTION_QUESTIONS[action]
        title = QCoreApplication.translate("Actions", source_title)
        self.setWindowTitle(f"{title} — {entrance}")
        box = QVBoxLayout(self)
        canthus = arg(QCoreApplication.translate("Dialogs", " (canthus %1)"), format_c(d.canthus_c, 2)) if d.canthus_c is not None else ""
        self.subject = QLabel(arg(QCoreApplication.translate("Dialogs", "%1 for the alarm at %2"), f"<b>{title}</b>",
                                  f"<b>{alarm_summary(alert, entrance)}</b>") + canthus)
        self.subject.setTextFormat(Qt.RichText)
        self.subject.setWordWrap(True)
        self.subject.setObjectName("dialogSubject")
        box.addWidget(self.subject)
        box.addWidget(QLabel(arg(QCoreApplication.translate("Dialogs", question), len(self.words))))
        self.group = QButtonGroup(self)
        self.choices: list[QRadioButton] = []
        for k, words in enumerate(shown, start=1):
            b = QRadioButton(f"{k}  {words}")
            self.group.addButton(b, k)
            box.addWidget(b)
            self.choices.append(b)
        self.group.buttonToggled.connect(lambda *_: self._check())
        self.text = QLineEdit()
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setObjectName("dialogHint")
        if action == Action.SECONDARY_CHECK:
            self.text.setPlaceholderText(arg(QCoreApplication.translate("Dialogs", "e.g. %1"), format_number(36.8, 1)))
            row = QFormLayout()
            row.addRow(QCoreApplication.translate("Dialogs", "Reading (°C):"), self.text)
            box.addLayout(row)
            box.addWidget(self.hint)
        elif self.words:
            self.text.setPlaceholderText(QCoreApplication.translate("Dialogs", "or type it here"))
            row = QFormLayout()
            row.addRow(QCoreApplication.translate("Dialogs", "Other:"), self.text)
            box.addLayout(row)
        self.text.textChanged.connect(self._typed)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.ok = self.buttons.button(QDialogButtonBox.Ok)
        self.ok.setText(title)
        self.buttons.accepted.connect(self._accept_if_answered)
        self.buttons.rejected.connect(self.reject)
        box.addWidget(self.buttons)
        self._check()
        (self.text if action == Action.SECONDARY_CHECK or not self.choices else self.choices[0]).setFocus()

    def _typed(self, text: str) -> None:
        if text.strip() and self.group.checkedButton() is not None:  # typing replaces a choice
            self.group.setExclusive(False)
            self.group.checkedButton().setChecked(False)
            self.group.setExclusive(True)
        self._check()

    def _check(self) -> None:
        ok = self.answer() is not None
        if self.action == Action.SECONDARY_CHECK:
            ok, words = reading_words(parse_reading(self.text.text()), self.limit_c)
            self.hint.setText(words)
        self.ok.setEnabled(ok)

    def _accept_if_answered(self) -> None:
        if self.answer() is not None:
            self.accept()

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt API
        """Keys 1-n choose a reason (unless the guard is typing in the field)."""
        k = event.key() - Qt.Key_0
        if self.choices and not self.text.hasFocus() and 1 <= k <= len(self.choices) \
                and not event.modifiers() & (Qt.ControlModifier | Qt.AltModifier):
            self.choices[k - 1].setChecked(True)
            return
        super().keyPressEvent(event)

    # -- the answer, and what tests and scripts use to give one ------------------------------
    def answer(self) -> dict | None:
        """What the station needs (``reason`` words or ``reading_c``), or None while not given."""
        if self.action == Action.SECONDARY_CHECK:
            value = parse_reading(self.text.text())
            ok, _ = reading_words(value, self.limit_c)
            return {"reading_c": value} if ok else None
        typed = self.text.text().strip()
        if typed:
            return {"reason": typed}
        b = self.group.checkedButton()
        return None if b is None else {"reason": self.words[self.group.id(b) - 1]}

    def choose(self, words: str) -> None:
        self.choices[self.words.index(words)].setChecked(True)


class ChoiceDialog(QDialog):
    """A supervisor's choice among a few values, each with what it means, and why (recorded).

    The value in force is marked "(now)"; OK is enabled once another value is chosen and a
    reason is given.
    """

    def __init__(self, parent, title: str, intro: str, choices: list[tuple[str, str, str]], current) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.current = current
        box = QVBoxLayout(self)
        intro_label = QLabel(intro)
        intro_label.setWordWrap(True)
        box.addWidget(intro_label)
        self.group = QButtonGroup(self)
        self.values = [v for v, _, _ in choices]
        self.radios: dict[str, QRadioButton] = {}
        for k, (value, name, meaning) in enumerate(choices):
            b = QRadioButton(name + ("  " + QCoreApplication.translate("Dialogs", "(now)") if value == current else ""))
            b.setChecked(value == current)
            self.group.addButton(b, k)
            box.addWidget(b)
            text = QLabel(meaning)
            text.setWordWrap(True)
            text.setObjectName("dialogHint")
            text.setContentsMargins(28, 0, 0, 6)
            box.addWidget(text)
            self.radios[value] = b
        self.extra = QFormLayout()
        box.addLayout(self.extra)
        self.why = QLineEdit()
        self.why.setPlaceholderText(QCoreApplication.translate("Dialogs", "required: recorded in the audit trail"))
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("Dialogs", "Why?"), self.why)
        box.addLayout(form)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.ok = self.buttons.button(QDialogButtonBox.Ok)
        self.ok.setText(QCoreApplication.translate("Dialogs", "Change"))
        self.buttons.accepted.connect(lambda: self.accept() if self.ok.isEnabled() else None)
        self.buttons.rejected.connect(self.reject)
        box.addWidget(self.buttons)
        self.group.buttonToggled.connect(lambda *_: self._check())
        self.why.textChanged.connect(lambda *_: self._check())
        self.setMinimumWidth(640)
        self._check()

    def chosen(self):
        b = self.group.checkedButton()
        return None if b is None else self.values[self.group.id(b)]

    def value(self):
        return self.chosen()

    def _check(self) -> None:
        self.ok.setEnabled(self.value() is not None and self.value() != self.current and bool(self.why.text().strip()))

    def ask(self):
        """(value, why) when changed, None when cancelled (modal: the supervisor is at the desk)."""
        return (self.value(), self.why.text().strip()) if self.exec() == QDialog.Accepted else None


#: the retention periods offered, in hours, and their words
RETENTION_HOURS = ((8, QT_TRANSLATE_NOOP("Dialogs", "8 hours")), (24, QT_TRANSLATE_NOOP("Dialogs", "24 hours")),
                   (72, QT_TRANSLATE_NOOP("Dialogs", "3 days")), (168, QT_TRANSLATE_NOOP("Dialogs", "7 days")),
                   (720, QT_TRANSLATE_NOOP("Dialogs", "30 days")))


class RetentionDialog(ChoiceDialog):
    """What the store keeps about people, and for how long (the site's data-protection choice)."""

    def __init__(self, parent, current) -> None:
        self.policy = current
        super().__init__(parent, QCoreApplication.translate("Dialogs", "Retention (supervisor)"),
                         QCoreApplication.translate("Dialogs", "What the event store keeps about the people screened. The purge is automatic "
                         "and audited; the published report holds counts only, whatever is chosen."), [
                             ("none", QCoreApplication.translate("Dialogs", "Only counts"),
                              QCoreApplication.translate("Dialogs", "No temperature, time or image of anyone is kept: decisions are counted per "
                              "hour; an alarm is kept only until a guard closes it.")),
                             ("alarms", QCoreApplication.translate("Dialogs", "Alarms"),
                              QCoreApplication.translate("Dialogs", "Alarms, the guards' actions and thermometer readings are kept for the period "
                              "below (re-calibration uses them); normal results are only counted.")),
                             ("all", QCoreApplication.translate("Dialogs", "Every decision"),
                              QCoreApplication.translate("Dialogs", "Every result (normal ones too) is kept for the period below.")),
                         ], current.mode)
        self.hours = QComboBox()
        for h, words in RETENTION_HOURS:
            self.hours.addItem(QCoreApplication.translate("Dialogs", words), float(h))
        if current.hours not in [float(h) for h, _ in RETENTION_HOURS]:
            self.hours.addItem(arg(QCoreApplication.translate("Dialogs", "%1 hours"), f"{current.hours:g}"), float(current.hours))
        self.hours.setCurrentIndex(self.hours.findData(float(current.hours)))
        self.images = QCheckBox(QCoreApplication.translate("Dialogs", "Keep the thermal image of each kept result (never with 'Only counts')"))
        self.images.setChecked(current.keep_images)
        self.extra.addRow(QCoreApplication.translate("Dialogs", "Kept for:"), self.hours)
        self.extra.addRow(self.images)
        self.hours.currentIndexChanged.connect(lambda *_: self._check())
        self.images.toggled.connect(lambda *_: self._check())
        self._check()

    def value(self):
        from app.store import RetentionPolicy

        mode = self.chosen()
        if mode is None or not hasattr(self, "hours"):
            return None
        try:
            return RetentionPolicy(mode=mode, hours=float(self.hours.currentData()),
                                   keep_images=self.images.isChecked() and mode != "none")
        except (ValueError, CanthusError):
            return None

    def _check(self) -> None:
        if hasattr(self, "images"):
            self.images.setEnabled(self.chosen() != "none")
            self.current = self.policy
        super()._check()


class QuitDialog(QDialog):
    """Quitting with open alarms: says which, asks who and why (recorded), and whether to quit anyway."""

    def __init__(self, parent, alerts: list[Alert], names: list[str], guard: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("Dialogs", "Quit with open alarms?"))
        box = QVBoxLayout(self)
        n = len(alerts)
        shown = alerts[:5]
        lines = "<br>".join(alarm_summary(a, names[a.camera_index] if a.camera_index < len(names) else a.camera)
                            for a in shown)
        more = "<br>" + arg(QCoreApplication.translate("Dialogs", "… and %1 more"), n - len(shown)) \
            if n > len(shown) else ""
        head = QCoreApplication.translate("Dialogs", STILL_OPEN, None, n)
        after = QCoreApplication.translate("Dialogs", "If you quit, they are recorded as left open by you with your "
                                           "reason, and they come back in the alarm list, marked, when the console "
                                           "starts again.")
        text = QLabel(f"<b>{head}</b><br>{lines}{more}<br><br>{after}")
        text.setTextFormat(Qt.RichText)
        text.setWordWrap(True)
        box.addWidget(text)
        form = QFormLayout()
        self.who = QLineEdit(guard)
        self.who.setPlaceholderText(QCoreApplication.translate("Dialogs", "your name (recorded)"))
        self.why = QLineEdit()
        self.why.setPlaceholderText(QCoreApplication.translate("Dialogs", "required, e.g. end of shift, workstation restart"))
        form.addRow(QCoreApplication.translate("Dialogs", "Who:"), self.who)
        form.addRow(QCoreApplication.translate("Dialogs", "Why quit now?"), self.why)
        box.addLayout(form)
        self.buttons = QDialogButtonBox()
        self.quit_button = self.buttons.addButton(QCoreApplication.translate("Dialogs", "Quit with open alarms"), QDialogButtonBox.AcceptRole)
        self.stay_button = self.buttons.addButton(QCoreApplication.translate("Dialogs", "Stay"), QDialogButtonBox.RejectRole)
        self.stay_button.setDefault(True)
        self.buttons.accepted.connect(lambda: self.accept() if self.quit_button.isEnabled() else None)
        self.buttons.rejected.connect(self.reject)
        box.addWidget(self.buttons)
        for w in (self.who, self.why):
            w.textChanged.connect(self._check)
        self._check()
        self.setMinimumWidth(640)
        self.why.setFocus()

    def _check(self) -> None:
        self.quit_button.setEnabled(bool(self.who.text().strip() and self.why.text().strip()))

    def answer(self) -> tuple[str, str] | None:
        """(who, why), or None while either is missing."""
        who, why = self.who.text().strip(), self.why.text().strip()
        return (who, why) if who and why else None
