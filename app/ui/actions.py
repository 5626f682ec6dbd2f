"""Every action a guard or supervisor can take in the console, in one table.

The menus, the entrance bar, the alert cards' buttons, the key handling and the
F1 help are all made from :data:`ACTIONS`; no key is bound anywhere else. Texts
are plain English source strings, one place each (translated later, never
restated).

Keys: a key with Ctrl, Shift or a function key (``"Ctrl+L"``, ``"F1"``) is the
shortcut of the action's QAction; a plain key (``"A"``, ``"1"``, ``"Esc"``) is
looked up in :func:`plain_key` by the window's key handler, so that typing in a
field never triggers it and a dialog the guard has open keeps its keys.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence

from app.core.vocabulary import Action
from app.translations import QT_TRANSLATE_NOOP, arg

#: the table's texts are English sources (context "Actions"), translated where they are shown
CONTEXT = "Actions"

#: where an action is shown (besides the F1 help, which lists all)
VIEW, RECORDS, SETTINGS, GUARD, HELP = "menu:View", "menu:Records", "menu:Settings", "menu:Guard", "menu:Help"
PALETTE = "menu:View/Palette"
ENTRANCE_BAR = "entrance bar"
ALERT_CARD = "alert card"
#: menus in the order the menu bar shows them, with their titles
MENUS = ((VIEW, QT_TRANSLATE_NOOP("Actions", "&View")), (GUARD, QT_TRANSLATE_NOOP("Actions", "&Guard")),
         (RECORDS, QT_TRANSLATE_NOOP("Actions", "&Records")), (SETTINGS, QT_TRANSLATE_NOOP("Actions", "&Settings")),
         (HELP, QT_TRANSLATE_NOOP("Actions", "&Help")))
PALETTE_MENU = QT_TRANSLATE_NOOP("Actions", "&Palette")

#: when an action can be used (the window says which hold now)
ALWAYS, FOCUSED, OPEN_ALERT, STORE = "always", "an entrance is focused", "an alarm is open", "there is an event store"


@dataclass(frozen=True, slots=True)
class ActionSpec:
    """One row of the table: what it is called, its key, the window method it calls and with what."""

    id: str
    text: str  # menu or button text (``&`` marks the menu mnemonic)
    key: str  # "" for none
    handler: str  # a ConsoleWindow method name
    arg: object = None  # passed to the handler when not None
    enabled: str = ALWAYS
    where: tuple[str, ...] = ()
    checkable: bool = False
    group: str = ""  # exclusive choice (layout, palette)
    help: str = ""  # the F1 help's words, when they say more than the text
    fill: str = ""  # what ``%1`` in the text stands for (the entrance's number)

    @property
    def label(self) -> str:
        """The text without its mnemonic marker (English, the table's source)."""
        return _no_mnemonic(arg(self.text, self.fill) if self.fill else self.text)

    @property
    def shown_text(self) -> str:
        """The text in the console's language, with its mnemonic marker."""
        text = QCoreApplication.translate("Actions", self.text)
        return arg(text, self.fill) if self.fill else text

    @property
    def shown_label(self) -> str:
        """The text in the console's language, without its mnemonic marker."""
        return _no_mnemonic(self.shown_text)

    @property
    def shown_help(self) -> str:
        """The F1 help's words in the console's language (``%1``: the action's text)."""
        if not self.help:
            return self.shown_label
        label = self.shown_label.lower() if self.handler == "set_palette" else self.shown_label
        return arg(QCoreApplication.translate("Actions", self.help), label)

    @property
    def is_plain_key(self) -> bool:
        return bool(self.key) and is_plain(self.key)


def _no_mnemonic(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def is_plain(key: str) -> bool:
    return "+" not in key and not (key.startswith("F") and key[1:].isdigit())


def _layouts() -> list[ActionSpec]:
    names = (("auto", QT_TRANSLATE_NOOP("Actions", "&Automatic"), "Ctrl+A"), ("1x1", "&1 × 1", "Ctrl+1"),
             ("2x2", "&2 × 2", "Ctrl+2"), ("3x3", "&3 × 3", "Ctrl+3"), ("4x4", "&4 × 4", "Ctrl+4"))
    return [ActionSpec(f"layout_{n}", text, key, "set_layout", n, where=(VIEW,), checkable=True, group="layout",
                       help=QT_TRANSLATE_NOOP("Actions", "Layout: %1")) for n, text, key in names]


#: the palettes' names (app.render.palettes.PALETTES), for the menu
PALETTE_NAMES = {"iron": QT_TRANSLATE_NOOP("Actions", "Iron"), "rainbow": QT_TRANSLATE_NOOP("Actions", "Rainbow"),
                 "white_hot": QT_TRANSLATE_NOOP("Actions", "White Hot"),
                 "black_hot": QT_TRANSLATE_NOOP("Actions", "Black Hot"), "grey": QT_TRANSLATE_NOOP("Actions", "Grey")}


def _palettes() -> list[ActionSpec]:
    from app.render.palettes import PALETTES

    return [ActionSpec(f"palette_{name}", PALETTE_NAMES.get(name, name.replace("_", " ").title()),
                       f"Ctrl+Shift+{i + 1}", "set_palette", name, where=(PALETTE,), checkable=True,
                       group="palette", help=QT_TRANSLATE_NOOP("Actions", "Palette: %1"))
            for i, name in enumerate(PALETTES)]


def _focus() -> list[ActionSpec]:
    return [ActionSpec(f"focus_{n}", QT_TRANSLATE_NOOP("Actions", "Focus entrance %1"), str(n % 10), "focus", n - 1,
                       fill=str(n)) for n in range(1, 11)]


ACTIONS: tuple[ActionSpec, ...] = (
    *_layouts(),
    *_palettes(),
    ActionSpec("span", QT_TRANSLATE_NOOP("Actions", "Automatic temperature &span"), "Ctrl+S", "toggle_span", where=(VIEW,), checkable=True,
               help=QT_TRANSLATE_NOOP("Actions", "Automatic / fixed temperature span")),
    ActionSpec("wall", QT_TRANSLATE_NOOP("Actions", "Back to the &wall"), "Esc", "focus", None, where=(VIEW,)),
    ActionSpec("full_screen", QT_TRANSLATE_NOOP("Actions", "&Full screen"), "F11", "toggle_full_screen", where=(VIEW,), checkable=True),
    *_focus(),
    # the selected alarm (the card beside the wall), or the card whose button was pressed
    ActionSpec(Action.ALLOW, QT_TRANSLATE_NOOP("Actions", "Allow entry"), "A", "alert_action", Action.ALLOW, OPEN_ALERT, (ALERT_CARD,),
               help=QT_TRANSLATE_NOOP("Actions", "Allow entry (a reason is required)")),
    ActionSpec(Action.DENY, QT_TRANSLATE_NOOP("Actions", "Deny entry"), "D", "alert_action", Action.DENY, OPEN_ALERT, (ALERT_CARD,)),
    ActionSpec(Action.SECONDARY_CHECK, QT_TRANSLATE_NOOP("Actions", "Secondary check"), "S", "alert_action", Action.SECONDARY_CHECK, OPEN_ALERT,
               (ALERT_CARD,), help=QT_TRANSLATE_NOOP("Actions", "Secondary check: enter the clinical thermometer reading")),
    ActionSpec(Action.FALSE_ALARM, QT_TRANSLATE_NOOP("Actions", "False alarm"), "F", "alert_action", Action.FALSE_ALARM, OPEN_ALERT,
               (ALERT_CARD,), help=QT_TRANSLATE_NOOP("Actions", "False alarm (with its cause)")),
    ActionSpec(Action.SILENCE, QT_TRANSLATE_NOOP("Actions", "Silence"), "M", "alert_action", Action.SILENCE, OPEN_ALERT, (ALERT_CARD,),
               help=QT_TRANSLATE_NOOP("Actions", "Silence the alarm (it stays until a decision)")),
    ActionSpec("alarm_up", QT_TRANSLATE_NOOP("Actions", "Previous alarm"), "Up", "select_alarm", -1, OPEN_ALERT,
               help=QT_TRANSLATE_NOOP("Actions", "Select the alarm above in the list (newer)")),
    ActionSpec("alarm_down", QT_TRANSLATE_NOOP("Actions", "Next alarm"), "Down", "select_alarm", 1, OPEN_ALERT,
               help=QT_TRANSLATE_NOOP("Actions", "Select the alarm below in the list (older)")),
    # the focused entrance
    ActionSpec("rescreen", QT_TRANSLATE_NOOP("Actions", "Re-screen"), "R", "entrance_action", "rescreen", FOCUSED, (ENTRANCE_BAR,),
               help=QT_TRANSLATE_NOOP("Actions", "Re-screen the focused entrance's last person")),
    ActionSpec("bypass", QT_TRANSLATE_NOOP("Actions", "Bypass camera"), "B", "entrance_action", "bypass", FOCUSED, (ENTRANCE_BAR,),
               help=QT_TRANSLATE_NOOP("Actions", "Bypass the focused camera / resume it (red tile until resumed)")),
    ActionSpec("pause", QT_TRANSLATE_NOOP("Actions", "Pause"), "P", "entrance_action", "pause", FOCUSED, (ENTRANCE_BAR,),
               help=QT_TRANSLATE_NOOP("Actions", "Pause / resume the focused entrance")),
    # everywhere
    ActionSpec("silence_all", QT_TRANSLATE_NOOP("Actions", "Silence all"), "Ctrl+M", "silence_all", where=(ENTRANCE_BAR, GUARD)),
    ActionSpec("suspend", QT_TRANSLATE_NOOP("Actions", "Suspend screening"), "Ctrl+Shift+S", "toggle_suspend", where=(ENTRANCE_BAR, GUARD),
               help=QT_TRANSLATE_NOOP("Actions", "Suspend screening everywhere (evacuation) / resume")),
    ActionSpec("mute", QT_TRANSLATE_NOOP("Actions", "Mute this workstation"), "Ctrl+Shift+M", "toggle_mute", where=(ENTRANCE_BAR, GUARD),
               help=QT_TRANSLATE_NOOP("Actions", "Mute this workstation / sound on (logged)")),
    ActionSpec("sign_on", QT_TRANSLATE_NOOP("Actions", "Sign on"), "Ctrl+G", "ask_sign_on", where=(ENTRANCE_BAR, GUARD),
               help=QT_TRANSLATE_NOOP("Actions", "Sign on with your name (every action is recorded with it)")),
    ActionSpec("history", QT_TRANSLATE_NOOP("Actions", "&History…"), "Ctrl+H", "show_history", enabled=STORE, where=(RECORDS,)),
    ActionSpec("statistics", QT_TRANSLATE_NOOP("Actions", "&Statistics…"), "Ctrl+T", "show_statistics", enabled=STORE, where=(RECORDS,)),
    ActionSpec("recalibration", QT_TRANSLATE_NOOP("Actions", "Re-&calibration…"), "Ctrl+K", "show_recalibration", enabled=STORE,
               where=(RECORDS,)),
    ActionSpec("limit", QT_TRANSLATE_NOOP("Actions", "&Limit… (supervisor)"), "Ctrl+L", "ask_limit", enabled=STORE, where=(SETTINGS,)),
    ActionSpec("rule", QT_TRANSLATE_NOOP("Actions", "&Rule… (supervisor)"), "Ctrl+R", "ask_rule", enabled=STORE, where=(SETTINGS,)),
    ActionSpec("retention", QT_TRANSLATE_NOOP("Actions", "R&etention… (supervisor)"), "Ctrl+E", "ask_retention", enabled=STORE,
               where=(SETTINGS,)),
    ActionSpec("cameras", QT_TRANSLATE_NOOP("Actions", "&Cameras… (supervisor)"), "Ctrl+Shift+C", "show_cameras", enabled=STORE,
               where=(SETTINGS,)),
    ActionSpec("quit", QT_TRANSLATE_NOOP("Actions", "&Quit"), "Ctrl+Q", "request_quit", where=(GUARD,),
               help=QT_TRANSLATE_NOOP("Actions", "Quit the console (with open alarms: asks who and why, recorded)")),
    ActionSpec("keys", QT_TRANSLATE_NOOP("Actions", "&Keys"), "F1", "show_keys", where=(HELP,), help=QT_TRANSLATE_NOOP("Actions", "This list of keys")),
)

BY_ID: dict[str, ActionSpec] = {a.id: a for a in ACTIONS}


def _check_table() -> None:
    keys = [a.key.lower() for a in ACTIONS if a.key]
    dup = sorted({k for k in keys if keys.count(k) > 1})
    if dup:
        raise RuntimeError(f"keys bound twice in the actions table: {dup}")
    if len(BY_ID) != len(ACTIONS):
        raise RuntimeError("action ids repeat in the actions table")


_check_table()

_PLAIN = {a.key.lower(): a for a in ACTIONS if a.is_plain_key}


def plain_key(key: str) -> ActionSpec | None:
    """The action a plain key (no Ctrl/Alt) runs: ``"a"``, ``"1"``, ``"esc"``; None if none."""
    return _PLAIN.get(key.lower())


def shown_in(where: str) -> list[ActionSpec]:
    """The actions a menu, the entrance bar or an alert card shows, in table order."""
    return [a for a in ACTIONS if where in a.where]


def key_text(key: str) -> str:
    """A key as the guard's language writes it (``Ctrl+Shift+S``: Ctrl+Maj+S in French, Strg+Umschalt+S
    in German), from Qt's own translations; a run keeps its range (``Ctrl+Shift+1-5``, ``Up, Down``)."""
    if ", " in key:
        return ", ".join(key_text(k) for k in key.split(", "))
    head, dash, tail = key.rpartition("-")
    if dash and head[-1:].isdigit() and tail.isdigit():  # a run of keys: the first one, then its range
        return key_text(head)[:-1] + f"{head[-1]}-{tail}"
    return QKeySequence(key).toString(QKeySequence.NativeText) or key


def with_key(spec: ActionSpec) -> str:
    """A button's text with its key, e.g. ``Allow entry  [A]``."""
    return f"{spec.shown_label}  [{key_text(spec.key)}]" if spec.key else spec.shown_label


def help_rows() -> list[tuple[str, str, str]]:
    """(key, what it does, when it can be used) for every action with a key: the F1 help.

    The guard's keys come first (the selected alarm, the focused entrance, everywhere), then the
    view's; runs of one handler (focus 1-10, the palettes) are one row.
    """
    order = {OPEN_ALERT: 0, FOCUSED: 1, ALWAYS: 2, STORE: 3}
    def shown(text: str) -> str:  # a declared text in the console's language (no helper named tr: lupdate)
        return QCoreApplication.translate("Actions", text)

    when_words = {ALWAYS: "", FOCUSED: shown(QT_TRANSLATE_NOOP("Actions", "on the focused entrance")),
                  OPEN_ALERT: shown(QT_TRANSLATE_NOOP("Actions", "on the selected alarm")),
                  STORE: shown(QT_TRANSLATE_NOOP("Actions", "needs the event store"))}
    palettes = ", ".join(a.shown_label.lower() for a in ACTIONS if a.handler == "set_palette")
    runs = {"focus": ("1-9, 0", shown(QT_TRANSLATE_NOOP("Actions", "Focus entrance 1-10 (or double-click a tile)"))),
            "select_alarm": ("Up, Down", shown(QT_TRANSLATE_NOOP(
                "Actions", "Choose the alarm above (newer) or below (older) in the list"))),
            "set_palette": ("Ctrl+Shift+1-5", arg(shown(QT_TRANSLATE_NOOP("Actions", "Palette: %1")), palettes))}
    rows, done = [], set()
    for a in sorted((a for a in ACTIONS if a.key), key=lambda a: (order[a.enabled], VIEW in a.where
                                                                  or PALETTE in a.where or a.handler == "focus")):
        if a.handler in runs and a.arg is not None:
            if a.handler in done:
                continue
            done.add(a.handler)
            key, text = runs[a.handler]
            rows.append((key_text(key), text, shown(QT_TRANSLATE_NOOP("Actions", "in the alarm list"))
                         if a.handler == "select_alarm" else when_words[a.enabled]))
            continue
        rows.append((key_text(a.key), a.shown_help, when_words[a.enabled]))
    return rows


__all__ = ["ACTIONS", "ALERT_CARD", "BY_ID", "ENTRANCE_BAR", "MENUS", "ActionSpec", "help_rows", "plain_key",
           "shown_in", "with_key"]
