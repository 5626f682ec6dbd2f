"""The console's languages without Qt: the catalog read from the ``.ts`` sources, and numbers in each language's form.

The console translates through Qt (``QCoreApplication.translate`` and the compiled
``.qm`` files, :mod:`app.ui.i18n`); what runs without a Qt application, the published
report above all (``canthus report --lang de``), reads the same ``.ts`` files here. So
there is one translation source, ``resources/i18n/canthus_{fr,nl,de}.ts`` (and
``canthus_en.ts``, which holds only the English plural forms), kept complete by
``tests/test_i18n.py``, which runs ``pyside6-lupdate`` over ``app/``.

Texts are marked where they are written: ``QCoreApplication.translate("Context", "text")``
in Qt code, ``catalog.translate("Context", "text")`` in Qt-free code, and
:func:`QT_TRANSLATE_NOOP` in tables whose texts are translated later by key. Placeholders
are ``%1``, ``%2`` (filled by :func:`arg`), never f-strings: lupdate would extract the
braces as the text. A count is ``%n`` with the count as the fourth argument.
"""

from __future__ import annotations

import functools
import logging
import math
import re
import xml.etree.ElementTree as ET
from datetime import datetime
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

log = logging.getLogger(__name__)

#: The languages the console and the report speak; English is the source language.
LANGUAGES: dict[str, str] = {"en": "English", "fr": "Français", "nl": "Nederlands", "de": "Deutsch"}
SOURCE_LANGUAGE = "en"
I18N_DIR = Path(__file__).resolve().parents[1] / "resources" / "i18n"


_current = [SOURCE_LANGUAGE]


def current_language() -> str:
    """The console's language: English until ``app.ui.i18n.install_translators`` chose another."""
    return _current[0]


def set_current_language(lang: str) -> None:
    _current[0] = language_code(lang) or SOURCE_LANGUAGE


def ts_path(lang: str) -> Path:
    return I18N_DIR / f"canthus_{lang}.ts"


def language_code(value: str | None) -> str | None:
    """The language of a setting, a ``--lang`` value or a locale name ("fr", "fr_BE", "de-DE.UTF-8"),
    or None when it is none of :data:`LANGUAGES`."""
    if not value:
        return None
    code = re.split(r"[_\-.@]", value.strip().lower(), maxsplit=1)[0]
    return code if code in LANGUAGES else None


# Qt's name, which lupdate looks for
def QT_TRANSLATE_NOOP(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:  # noqa: N802
    """Mark ``text`` for lupdate in ``context`` and return it untranslated (it is translated later, by key).

    A plural text passes ``n=1`` as a literal: lupdate's Python parser marks a message as
    plural only when its count is a number literal (a variable count is read as an old
    encoding argument and the plural forms are lost), so a text counted at run time is
    declared in a table with ``None, 1`` and translated with its real count.
    """
    return text


def arg(text: str, *values) -> str:
    """``text`` with ``%1``, ``%2``... replaced by ``values`` (Qt's ``QString.arg`` order, one pass)."""
    def fill(m: re.Match) -> str:
        k = int(m.group(1))
        return str(values[k - 1]) if 1 <= k <= len(values) else m.group(0)

    return re.sub(r"%(\d)", fill, text)


# -- the vocabularies the engine and the store keep as codes -----------------------------------
#: app.core.engine.REASONS (the instruction of a non-result), by code; a test keeps them equal.
REASON_TEXTS: dict[str, str] = {
    "warming_up": QT_TRANSLATE_NOOP("Reason", "Camera warming up: check with a clinical thermometer"),
    "no_reference": QT_TRANSLATE_NOOP(
        "Reason", "Reference blackbody not seen or its temperature not set: check with a thermometer"),
    "reference_drift": QT_TRANSLATE_NOOP(
        "Reason", "Camera drifted from its reference: screening locked, call maintenance"),
    "bad_frame": QT_TRANSLATE_NOOP(
        "Reason", "Camera sends impossible images: check with a clinical thermometer, call maintenance"),
    "bad_pixels": QT_TRANSLATE_NOOP(
        "Reason", "Camera has dead pixels where the face is: check with a clinical thermometer, call maintenance"),
    "multiple_people": QT_TRANSLATE_NOOP("Reason", "One person at a time, please"),
    "too_far": QT_TRANSLATE_NOOP("Reason", "Step closer to the camera"),
    "glasses": QT_TRANSLATE_NOOP("Reason", "Remove glasses, please"),
    "cold_face": QT_TRANSLATE_NOOP("Reason", "Just in from the cold: wait 15 min indoors, then screen again"),
    "unstable": QT_TRANSLATE_NOOP("Reason", "Stand still and look at the camera"),
}
#: app.core.vocabulary.OVERRIDE_REASONS, by code.
OVERRIDE_REASON_TEXTS: dict[str, str] = {
    "thermometer_normal": QT_TRANSLATE_NOOP("OverrideReason", "Clinical thermometer reading normal"),
    "hot_drink_or_food": QT_TRANSLATE_NOOP("OverrideReason", "Hot drink or food just before screening"),
    "heat_or_sun": QT_TRANSLATE_NOOP("OverrideReason", "Sun, heat or exercise just before screening"),
    "known_condition": QT_TRANSLATE_NOOP("OverrideReason", "Known non-infectious condition"),
    "supervisor": QT_TRANSLATE_NOOP("OverrideReason", "Supervisor's decision"),
    "camera_fault": QT_TRANSLATE_NOOP("OverrideReason", "Camera fault suspected"),
    "other": QT_TRANSLATE_NOOP("OverrideReason", "Other or free-text reason"),
}
#: app.core.vocabulary.FALSE_ALARM_CAUSES, by code.
FALSE_ALARM_CAUSE_TEXTS: dict[str, str] = {
    "hot_drink_or_food": QT_TRANSLATE_NOOP("FalseAlarmCause", "Hot drink or food"),
    "sun_heated_skin": QT_TRANSLATE_NOOP("FalseAlarmCause", "Sun-heated skin"),
    "exertion": QT_TRANSLATE_NOOP("FalseAlarmCause", "Exertion (ran, cycled)"),
    "hot_object": QT_TRANSLATE_NOOP("FalseAlarmCause", "Hot object near the face"),
    "two_people": QT_TRANSLATE_NOOP("FalseAlarmCause", "Two people in view"),
    "camera_fault": QT_TRANSLATE_NOOP("FalseAlarmCause", "Camera fault"),
}
#: What a camera was doing (app.camera_loop.STATES and the engine's states), by code: the Cameras
#: dialog's State column and the report's downtime table.
CAMERA_STATE_TEXTS: dict[str, str] = {
    "live": QT_TRANSLATE_NOOP("CameraState", "Screening"),
    "starting": QT_TRANSLATE_NOOP("CameraState", "Starting"),
    "warming_up": QT_TRANSLATE_NOOP("CameraState", "Warming up"),
    "ffc": QT_TRANSLATE_NOOP("CameraState", "Flat-field correction"),
    "no_reference": QT_TRANSLATE_NOOP("CameraState", "Reference not seen"),
    "reference_drift": QT_TRANSLATE_NOOP("CameraState", "Reference drift (locked)"),
    "offline": QT_TRANSLATE_NOOP("CameraState", "Offline"),
    "reconnecting": QT_TRANSLATE_NOOP("CameraState", "Reconnecting"),
    "credentials_refused": QT_TRANSLATE_NOOP("CameraState", "Password refused (not retried)"),
    "misconfigured": QT_TRANSLATE_NOOP("CameraState", "Camera setup problem (not retried)"),
    "frozen": QT_TRANSLATE_NOOP("CameraState", "Picture frozen"),
    "not_radiometric": QT_TRANSLATE_NOOP("CameraState", "Not radiometric (no screening)"),
    "bad_frames": QT_TRANSLATE_NOOP("CameraState", "Impossible images"),
    "bad_frame": QT_TRANSLATE_NOOP("CameraState", "Impossible images"),
    "bad_pixels": QT_TRANSLATE_NOOP("CameraState", "Dead pixels"),
    "locked_out": QT_TRANSLATE_NOOP("CameraState", "Locked out"),
    "bypassed": QT_TRANSLATE_NOOP("CameraState", "Bypassed"),
    "suspended": QT_TRANSLATE_NOOP("CameraState", "Suspended"),
    "paused": QT_TRANSLATE_NOOP("CameraState", "Paused"),
    "stopped": QT_TRANSLATE_NOOP("CameraState", "Stopped"),
}
#: The rule a decision was made by (``Decision.rule``: app.core.rules), by code: the alert card, the history.
RULE_TEXTS: dict[str, str] = {
    "absolute": QT_TRANSLATE_NOOP("Rule", "absolute"),
    "relative": QT_TRANSLATE_NOOP("Rule", "relative"),
    "absolute (seeding baseline)": QT_TRANSLATE_NOOP("Rule", "absolute (seeding baseline)"),
}
#: context -> its table, for the code-keyed look-ups
VOCABULARIES: dict[str, dict[str, str]] = {
    "Reason": REASON_TEXTS, "OverrideReason": OVERRIDE_REASON_TEXTS, "FalseAlarmCause": FALSE_ALARM_CAUSE_TEXTS,
    "CameraState": CAMERA_STATE_TEXTS, "Rule": RULE_TEXTS,
}


# -- the catalog ---------------------------------------------------------------------------
def plural_form(lang: str, n: int) -> int:
    """Which numerus form a count takes: Qt's rules (French: 0 and 1 are singular)."""
    if lang == "fr":
        return 0 if n <= 1 else 1
    return 0 if n == 1 else 1


class Catalog:
    """The finished translations of one ``.ts`` file: (context, source, disambiguation) -> forms."""

    def __init__(self, lang: str, messages: dict[tuple[str, str, str], list[str]] | None = None) -> None:
        self.lang = lang
        self.messages = messages or {}

    @classmethod
    def read(cls, path: Path, lang: str) -> Catalog:
        """Parse a ``.ts`` file; unfinished and vanished entries are left out (the source text shows)."""
        root = ET.parse(path).getroot()
        messages: dict[tuple[str, str, str], list[str]] = {}
        for ctx in root.iter("context"):
            name = ctx.findtext("name") or ""
            for m in ctx.iter("message"):
                tr = m.find("translation")
                if tr is None or tr.get("type") in ("unfinished", "vanished", "obsolete"):
                    continue
                forms = [f.text or "" for f in tr.iter("numerusform")] if m.get("numerus") == "yes" else [tr.text or ""]
                if any(forms):
                    messages[(name, m.findtext("source") or "", m.findtext("comment") or "")] = forms
        return cls(lang, messages)

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        """As ``QCoreApplication.translate``: the translation, or the source text; ``%n`` is the count."""
        forms = self.messages.get((context, source, disambiguation or ""))
        text = source
        if forms:
            text = forms[min(plural_form(self.lang, n), len(forms) - 1)] if n >= 0 else forms[0]
        return text.replace("%n", str(n)) if n >= 0 else text

    def vocabulary(self, context: str, code: str, fallback: str | None = None) -> str:
        """A code of one of :data:`VOCABULARIES` in this language (unknown codes: ``fallback`` or the code)."""
        source = VOCABULARIES[context].get(code)
        return self.translate(context, source) if source else (fallback if fallback is not None else code)


@functools.cache
def catalog(lang: str) -> Catalog:
    """The catalog of ``lang`` (English: only its plural forms); an unknown language is English, logged."""
    code = language_code(lang)
    if code is None:
        log.warning("no translation for language %r: using English (choose one of %s)", lang, ", ".join(LANGUAGES))
        code = SOURCE_LANGUAGE
    path = ts_path(code)
    if not path.is_file():
        log.warning("translation file %s is missing: using the English texts", path)
        return Catalog(code)
    return Catalog.read(path, code)


def words() -> Catalog:
    """The catalog of the console's language (English until ``app.ui.i18n.install_translators`` chose
    another): what Qt-free code the console shows (the station, the store's PIN answers, the camera
    loop's reasons, site-file errors) is translated through it; the CLI, which installs no language,
    reads English."""
    return catalog(current_language())


# -- numbers and dates in the language's form (what QLocale does for these four) -----------------
_DECIMAL = {"en": ".", "fr": ",", "nl": ",", "de": ","}
_GROUP = {"en": ",", "fr": "\u202f", "nl": ".", "de": "."}
_DATE = {"en": "%Y-%m-%d", "fr": "%d/%m/%Y", "nl": "%d-%m-%Y", "de": "%d.%m.%Y"}


def number(value: float, decimals: int, lang: str) -> str:
    """``value`` with ``decimals`` places, in the language's form: 1.234,5 (de, nl), 1 234,5 (fr), 1,234.5 (en).

    The same text ``QLocale(lang).toString(value, "f", decimals)`` gives (a test holds them equal),
    for code that runs without Qt.
    """
    code = language_code(lang) or SOURCE_LANGUAGE
    if not math.isfinite(value):
        return "-"
    # Qt rounds the exact binary value half away from zero (1234.5 -> 1235, 7.25 -> 7.3); Python's
    # format rounds half to even, so round here first.
    exact = Decimal(abs(value)).quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
    text = f"{exact:.{decimals}f}"
    whole, _, frac = text.partition(".")
    groups = []
    while len(whole) > 3:
        whole, groups = whole[:-3], [whole[-3:], *groups]
    whole = _GROUP[code].join([whole, *groups])
    sign = "-" if value < 0 and float(text) != 0 else ""
    return sign + whole + (_DECIMAL[code] + frac if decimals > 0 else "")


def decimal_sign(lang: str) -> str:
    """The decimal sign of a language: "," in French, Dutch and German, "." in English."""
    return _DECIMAL[language_code(lang) or SOURCE_LANGUAGE]


def celsius(value: float, decimals: int, lang: str) -> str:
    """A temperature: "37,7 °C" (fr, nl, de), "37.7 °C" (en)."""
    return f"{number(value, decimals, lang)} °C"


#: Short day and month names as ``QLocale(lang)`` writes them (``ShortFormat``; a test holds them equal).
_DAYS = {
    "en": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
    "fr": ("lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."),
    "nl": ("ma", "di", "wo", "do", "vr", "za", "zo"),
    "de": ("Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."),
}
_MONTHS = {
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
    "fr": ("janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."),
    "nl": ("jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"),
    "de": ("Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.", "Dez."),
}


def short_day_name(weekday: int, lang: str) -> str:
    """A weekday (0 = Monday, as ``datetime.weekday``) in a few letters: Mon, lun., ma, Mo."""
    return _DAYS[language_code(lang) or SOURCE_LANGUAGE][weekday]


def short_month_name(month: int, lang: str) -> str:
    """A month (1-12) in a few letters: Mar, mars, mrt, März."""
    return _MONTHS[language_code(lang) or SOURCE_LANGUAGE][month - 1]


def day_month_time(t: datetime, lang: str, seconds: bool = True, weekday: bool = True) -> str:
    """A recent time with its day: ``Mon 02 Mar 09:12:05`` (en), ``lun. 02 mars`` (fr), ``ma 02 mrt`` (nl),
    ``Mo. 02. März`` (de); 24-hour clock. The review tables' times (the year is the period's)."""
    code = language_code(lang) or SOURCE_LANGUAGE
    day = f"{t.day:02d}." if code == "de" else f"{t.day:02d}"
    parts = [short_day_name(t.weekday(), code)] if weekday else []
    parts += [day, short_month_name(t.month, code), t.strftime("%H:%M:%S" if seconds else "%H:%M")]
    return " ".join(parts)


def date_time(t: datetime, lang: str, seconds: bool = False) -> str:
    """A date and time in the language's numeric form: 2026-11-01 14:05 (en), 01/11/2026 (fr), 01-11-2026 (nl),
    01.11.2026 (de); 24-hour clock in all four."""
    code = language_code(lang) or SOURCE_LANGUAGE
    return t.strftime(f"{_DATE[code]} %H:%M{':%S' if seconds else ''}")
