"""The console's language: which one, its translators, and numbers in its form (Qt side).

The language is the workstation's setting or ``--lang``, else the OS locale's language
(``QLocale.system()``), else English. :func:`install_translators` installs the app's
translator (``resources/i18n/canthus_{lang}.qm``) and Qt's own (``qtbase_{lang}.qm`` from
PySide6's translations folder: the buttons of Qt's dialogs), makes ``QLocale(lang)`` the
default (Qt's own widgets: spin boxes, calendars) and the language current for
:func:`format_c` and the wall's scale labels, which write 37,7 in French, Dutch and German.

The ``.qm`` files are compiled from the ``.ts`` sources by ``pyside6-lrelease``. A frozen
build carries them beside the sources (``packaging/canthus.spec`` compiles them); a
checkout or an installed package compiles them at first use into the cache folder, under
a name made from the ``.ts`` file's hash, so an edited ``.ts`` is never shadowed by an
old ``.qm`` and nothing generated lives in the source tree.
"""

from __future__ import annotations

import hashlib
import logging
import os
import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app.translations import (
    LANGUAGES,
    SOURCE_LANGUAGE,
    current_language,
    language_code,
    set_current_language,
    ts_path,
)

log = logging.getLogger(__name__)

#: Overrides the folder compiled ``.qm`` files are cached in (tests, a read-only profile).
ENV_CACHE_DIR = "CANTHUS_CACHE_DIR"

# The installed translators: QCoreApplication keeps only a pointer, so Python must keep them alive.
_installed: list[QTranslator] = []


def choose_language(setting: str | None) -> str:
    """``setting`` (a ``--lang`` value or the workstation's setting) if it names a language,
    else the OS locale's, else English. A setting that names none is logged and ignored."""
    if setting:
        code = language_code(setting)
        if code is not None:
            return code
        log.warning("unknown language %r: choose one of %s; using the system's language or English",
                    setting, ", ".join(LANGUAGES))
    system = QLocale.system()
    return language_code(system.name()) or SOURCE_LANGUAGE


def cache_dir() -> Path:
    env = os.environ.get(ENV_CACHE_DIR)
    if env:
        return Path(env).expanduser()
    import platformdirs

    return Path(platformdirs.user_cache_dir("Canthus", "Canthus")) / "i18n"


def qm_name(lang: str) -> str:
    """The compiled file's name: the language and the hash of its ``.ts`` source."""
    digest = hashlib.sha256(ts_path(lang).read_bytes()).hexdigest()[:16]
    return f"canthus_{lang}-{digest}.qm"


def lrelease() -> list[str] | None:
    """The command that runs ``lrelease`` (it ships with PySide6-Essentials), or None."""
    here = Path(sys.executable).parent
    for name in ("pyside6-lrelease", "pyside6-lrelease.exe"):
        if (here / name).is_file():
            return [str(here / name)]
    found = shutil.which("pyside6-lrelease")
    if found:
        return [found]
    import PySide6

    for candidate in (Path(PySide6.__file__).parent / "lrelease", Path(PySide6.__file__).parent / "lrelease.exe",
                      Path(PySide6.__file__).parent / "Qt" / "libexec" / "lrelease"):
        if candidate.is_file():
            return [str(candidate)]
    return None


def compile_qm(lang: str, out_dir: Path) -> Path:
    """Compile ``canthus_{lang}.ts`` into ``out_dir`` (named by :func:`qm_name`); returns the file.

    Raises RuntimeError naming what is missing or what lrelease said.
    """
    src = ts_path(lang)
    if not src.is_file():
        raise RuntimeError(f"translation source {src} is missing")
    cmd = lrelease()
    if cmd is None:
        raise RuntimeError("pyside6-lrelease not found (it ships with PySide6-Essentials)")
    out_dir.mkdir(parents=True, exist_ok=True)
    out = out_dir / qm_name(lang)
    tmp = out.with_name(f".{out.name}.{os.getpid()}.tmp")
    p = subprocess.run([*cmd, "-silent", str(src), "-qm", str(tmp)], capture_output=True, text=True, timeout=120,
                       check=False)
    if p.returncode != 0 or not tmp.is_file():
        tmp.unlink(missing_ok=True)
        raise RuntimeError(f"lrelease failed on {src.name}: {(p.stderr or p.stdout).strip()[:300]}")
    os.replace(tmp, out)
    return out


def qm_file(lang: str) -> Path | None:
    """The compiled translation of ``lang``: shipped beside its source (frozen build), cached, or compiled now.

    None, logged, when it can be neither found nor made (the console then speaks English).
    """
    try:
        name = qm_name(lang)
    except OSError as e:
        log.warning("no translation for %s: %s", lang, e)
        return None
    for folder in (ts_path(lang).parent, cache_dir()):
        if (folder / name).is_file():
            return folder / name
    try:
        return compile_qm(lang, cache_dir())
    except (RuntimeError, OSError, subprocess.SubprocessError) as e:
        log.warning("no translation for %s: %s", lang, e)
        return None


def install_translators(app: QCoreApplication, lang: str | None) -> str:
    """Choose the language (:func:`choose_language`), install its translators on ``app`` and
    make its locale the default; returns the language used ("en" when a translation is missing).

    Calling it again replaces the previous translators. Widgets built before it keep their texts.
    """
    for t in _installed:
        app.removeTranslator(t)
    _installed.clear()
    code = choose_language(lang)
    if code != SOURCE_LANGUAGE or ts_path(code).is_file():  # English carries only its plural forms
        ours = QTranslator()
        path = qm_file(code)
        if path is None or not ours.load(str(path)):
            if code != SOURCE_LANGUAGE:
                log.warning("translation %s could not be loaded: using English", path or f"canthus_{code}.qm")
                code = SOURCE_LANGUAGE
        else:
            app.installTranslator(ours)
            _installed.append(ours)
    if code != SOURCE_LANGUAGE:
        qt_own = QTranslator()
        folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt_own.load(f"qtbase_{code}", folder):
            app.installTranslator(qt_own)
            _installed.append(qt_own)
        else:
            log.info("Qt's own translation qtbase_%s not found in %s: its dialogs stay in English", code, folder)
    QLocale.setDefault(locale(code))
    set_current_language(code)
    return code


def locale(lang: str) -> QLocale:
    """The locale numbers and dates are written in: the language's own (fr_FR, nl_NL, de_DE, en_US)."""
    return QLocale(language_code(lang) or SOURCE_LANGUAGE)


def format_number(value: float, decimals: int = 1) -> str:
    """A number in the console's language: "1.234,5" in German (English until a language is installed,
    whatever the OS locale: the console's words and its numbers change together)."""
    return locale(current_language()).toString(float(value), "f", decimals)


def format_c(value: float, decimals: int = 1) -> str:
    """A temperature in the console's language: "37,7 °C" in French, Dutch and German, "37.7 °C" in English."""
    return f"{format_number(value, decimals)} °C"


def format_datetime(epoch_s: float, seconds: bool = False) -> str:
    """A wall-clock time (seconds since the epoch, shown in local time) in the console's language, 24-hour."""
    from datetime import datetime

    from app.translations import date_time

    return date_time(datetime.fromtimestamp(epoch_s), current_language(), seconds=seconds)


#: A date and time as a QDateTimeEdit shows it, in each language's numeric form (as ``date_time`` writes it).
_EDIT_FORMATS = {"en": "yyyy-MM-dd HH:mm", "fr": "dd/MM/yyyy HH:mm", "nl": "dd-MM-yyyy HH:mm", "de": "dd.MM.yyyy HH:mm"}


def date_time_edit_format() -> str:
    """The display format of a date-and-time field in the console's language: ``02.03.2026 08:00`` in German."""
    return _EDIT_FORMATS.get(current_language(), _EDIT_FORMATS[SOURCE_LANGUAGE])
