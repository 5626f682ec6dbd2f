"""The console in French, Dutch and German beside English (issue #14): catalogs complete, numbers in
each language's form, a tile drawn in French, the report in German, and the fallback to English."""

from __future__ import annotations

import ast
import logging
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from datetime import UTC, datetime, timedelta
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt

from app import translations
from app.translations import LANGUAGES, Catalog, ts_path

ROOT = Path(__file__).resolve().parents[1]
APP = ROOT / "app"
TRANSLATED = [lang for lang in LANGUAGES if lang != "en"]


def _lupdate() -> str:
    here = Path(sys.executable).parent / "pyside6-lupdate"
    if not here.is_file():
        pytest.fail("pyside6-lupdate is missing: it ships with PySide6-Essentials (pip install -e .)")
    return str(here)


def _messages(path: Path) -> dict[tuple[str, str, str], ET.Element]:
    root = ET.parse(path).getroot()
    return {(ctx.findtext("name") or "", m.findtext("source") or "", m.findtext("comment") or ""): m
            for ctx in root.iter("context") for m in ctx.iter("message")}


def _key(k: tuple[str, str, str]) -> str:
    return f"[{k[0]}] {k[1]!r}" + (f" ({k[2]})" if k[2] else "")


@pytest.fixture(scope="module")
def extracted(tmp_path_factory) -> dict[tuple[str, str, str], ET.Element]:
    """Every text lupdate finds in app/ (the whole tree: texts wrapped later are covered too)."""
    out = tmp_path_factory.mktemp("lupdate") / "all.ts"
    files = sorted(str(p.relative_to(ROOT)) for p in APP.rglob("*.py"))
    p = subprocess.run([_lupdate(), *files, "-no-obsolete", "-locations", "none", "-target-language", "fr_FR",
                        "-ts", str(out)], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert p.returncode == 0, p.stdout + p.stderr
    found = _messages(out)
    assert len(found) > 100, f"lupdate found only {len(found)} texts in app/: {p.stdout}"
    return found


@pytest.mark.parametrize("lang", TRANSLATED)
def test_every_text_in_app_is_translated_and_finished(extracted, lang):
    have = _messages(ts_path(lang))
    missing = [_key(k) for k in extracted if k not in have]
    problems = []
    for k, m in have.items():
        if k not in extracted:
            continue
        tr = m.find("translation")
        forms = [f.text or "" for f in tr.iter("numerusform")] if m.get("numerus") == "yes" else [tr.text or ""]
        if tr.get("type") in ("unfinished", "vanished", "obsolete") or not all(f.strip() for f in forms):
            problems.append(f"{_key(k)} is unfinished")
        elif (extracted[k].get("numerus") == "yes") != (m.get("numerus") == "yes"):
            problems.append(f"{_key(k)}: plural in the source but not in the .ts, or the reverse")
        elif m.get("numerus") == "yes" and len(forms) != 2:
            problems.append(f"{_key(k)}: {len(forms)} plural forms, {lang} has 2")
        else:
            for f in forms:
                marks = sorted(set(re.findall(r"%\d|%n", m.findtext("source") or "")))
                if sorted(set(re.findall(r"%\d|%n", f))) != marks:
                    problems.append(f"{_key(k)}: translation {f!r} does not keep the placeholders {marks}")
    stale = [_key(k) for k in have if k not in extracted]
    fix = (f"run: pyside6-lupdate $(find app -name '*.py') -no-obsolete -locations none "
           f"-ts resources/i18n/canthus_{lang}.ts, then translate (pyside6-linguist)")
    assert not missing, f"{len(missing)} texts missing from canthus_{lang}.ts ({fix}): {missing[:20]}"
    assert not problems, f"canthus_{lang}.ts: {problems[:20]}"
    assert not stale, f"canthus_{lang}.ts holds texts no longer in app/ ({fix}): {stale[:20]}"


def test_english_has_every_plural_form(extracted):
    have = _messages(ts_path("en"))
    plural = [k for k, m in extracted.items() if m.get("numerus") == "yes"]
    assert plural, "no plural text found: the counted texts (\"%n dropped\") are not being extracted"
    for k in plural:
        m = have.get(k)
        assert m is not None, f"{_key(k)} missing from canthus_en.ts (lupdate ... -pluralonly -ts canthus_en.ts)"
        forms = [f.text or "" for f in m.find("translation").iter("numerusform")]
        assert len(forms) == 2 and all(forms), f"{_key(k)}: English needs its singular and plural"


def _translate_calls(tree: ast.AST):
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            f = node.func
            name = f.attr if isinstance(f, ast.Attribute) else f.id if isinstance(f, ast.Name) else ""
            if name in ("translate", "QT_TRANSLATE_NOOP") and len(node.args) >= 2:
                yield node


def test_no_translated_text_that_lupdate_cannot_see(extracted):
    """What lupdate's Python parser silently drops or reads wrong: f-strings and calls inside them, a
    computed text, a variable count on a literal text (read as an encoding: the plural is lost)."""
    bad = []
    for path in sorted(APP.rglob("*.py")):
        src = path.read_text(encoding="utf-8")
        tree = ast.parse(src)
        in_fstring = {id(n) for js in ast.walk(tree) if isinstance(js, ast.JoinedStr) for n in ast.walk(js)}
        rel = path.relative_to(ROOT)
        for call in _translate_calls(tree):
            where = lambda node, rel=rel: f"{rel}:{node.lineno}"  # noqa: E731
            ctx, text = call.args[0], call.args[1]
            if not (isinstance(ctx, ast.Constant) and isinstance(ctx.value, str)):
                if not isinstance(text, ast.Name | ast.Attribute | ast.Subscript):  # a declared text, looked up
                    bad.append(f"{where(call)}: the context must be a string literal")
                continue
            if id(call) in in_fstring and isinstance(text, ast.Constant):
                bad.append(f"{where(call)}: a translate call inside an f-string is invisible to lupdate")
            if isinstance(text, ast.JoinedStr | ast.BinOp | ast.Call):
                bad.append(f"{where(call)}: the text is computed; use %1 placeholders and app.translations.arg")
            if isinstance(text, ast.Constant) and isinstance(text.value, str):
                count = call.args[3] if len(call.args) > 3 else None
                if count is not None and not (isinstance(count, ast.Constant) and isinstance(count.value, int)):
                    bad.append(f"{where(call)}: a literal plural text with a variable count loses its plural "
                               "forms in lupdate; declare it with QT_TRANSLATE_NOOP(ctx, text, None, 1) and "
                               "translate that constant with the count")
                comment = call.args[2] if len(call.args) > 2 else None
                key = (ctx.value, text.value,
                       comment.value if isinstance(comment, ast.Constant) and isinstance(comment.value, str) else "")
                if id(call) not in in_fstring and key not in extracted:
                    bad.append(f"{where(call)}: lupdate did not extract {_key(key)} (arguments it cannot parse?)")
    assert not bad, "\n".join(bad)


def test_the_code_keyed_tables_match_the_engine_and_the_vocabulary():
    from app.core.engine import REASONS
    from app.core.vocabulary import FALSE_ALARM_CAUSES, OVERRIDE_REASONS, CameraState

    assert translations.REASON_TEXTS == REASONS
    assert translations.OVERRIDE_REASON_TEXTS == OVERRIDE_REASONS
    assert translations.FALSE_ALARM_CAUSE_TEXTS == FALSE_ALARM_CAUSES
    assert {s.value for s in CameraState} <= set(translations.CAMERA_STATE_TEXTS)


# -- numbers ---------------------------------------------------------------------------------------
@pytest.fixture
def qapp_lang(qapp, tmp_path, monkeypatch):
    """Install a language on the test's application; English again afterwards."""
    from app.ui import i18n

    monkeypatch.setenv(i18n.ENV_CACHE_DIR, str(tmp_path / "cache"))
    yield lambda lang: i18n.install_translators(qapp, lang)
    i18n.install_translators(qapp, "en")


@pytest.mark.parametrize(("lang", "text"), [("en", "37.7 °C"), ("fr", "37,7 °C"), ("nl", "37,7 °C"),
                                            ("de", "37,7 °C")])
def test_format_c_in_each_language(qapp_lang, lang, text):
    from app.ui.i18n import format_c

    assert qapp_lang(lang) == lang
    assert format_c(37.7) == text
    assert format_c(36.94, decimals=2) == text.replace("37", "36").replace("7 °C", "94 °C")


@pytest.mark.parametrize("lang", list(LANGUAGES))
@pytest.mark.parametrize("value", [0.0, -0.5, 7.25, 37.7, 999.95, 1234.5, 1234567.0, -20.04])
@pytest.mark.parametrize("decimals", [0, 1, 2])
def test_the_qt_free_numbers_are_what_qlocale_writes(lang, value, decimals):
    """The report writes numbers without Qt; they must read as the console's do."""
    qt = QLocale(lang).toString(value, "f", decimals)
    assert translations.number(value, decimals, lang) == qt


def test_catalog_plural_rules_follow_each_language():
    cat = translations.catalog("fr")
    assert cat.translate("Tile", "%n dropped", None, 1) == "1 sautée"
    assert cat.translate("Tile", "%n dropped", None, 0) == "0 sautée"  # French: 0 is singular
    assert cat.translate("Tile", "%n dropped", None, 2) == "2 sautées"
    de = translations.catalog("de")
    assert de.translate("Report", "intact (%n records)", None, 1) == "intakt (1 Eintrag)"
    assert de.translate("Report", "intact (%n records)", None, 0) == "intakt (0 Einträge)"


# -- a tile in French ----------------------------------------------------------------------------
def _tile_text(wall) -> list[str]:
    from PySide6.QtWidgets import QGraphicsSimpleTextItem

    return [i.text() for i in wall.widget.scene().items() if isinstance(i, QGraphicsSimpleTextItem) and i.isVisible()]


def test_a_tile_state_is_drawn_in_french(qapp_lang, qtbot):
    from app.render.base import TileView
    from app.render.cpu_wall import CpuWall

    assert qapp_lang("fr") == "fr"
    wall = CpuWall()
    try:
        qtbot.addWidget(wall.widget)
        wall.widget.resize(640, 480)
        wall.widget.show()
        wall.configure(1, 1, 1, [0])
        frame = np.full((120, 160), 24.0, np.float32)
        wall.show(TileView(index=0, name="Entrée principale", state="warming_up", celsius=frame, fps=9.0,
                           limit_c=37.7, skin_threshold_c=36.2, dropped=3))
        texts = _tile_text(wall)
        assert "Préchauffage" in texts, texts  # the state word, header and overlay
        assert "Warming up" not in texts
        assert "37,7" in texts and "seuil" in texts, texts  # the limit beside the scale, decimal comma
        assert "9 i/s · 3 sautées" in texts, texts
        assert not any(re.fullmatch(r"\d+\.\d", t) for t in texts), texts  # no decimal point on the scale
    finally:
        wall.close()


# -- the report in German --------------------------------------------------------------------------
def test_the_report_in_german_has_german_headings_and_decimal_commas(tmp_path):
    from app.store import open_store, write_report

    t0 = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)
    now = [t0]
    with open_store(tmp_path / "store", clock=lambda: now[0]) as s:
        s.record_camera_state("Haupteingang", "live", at=t0)
        s.record_camera_state("Haupteingang", "offline", "network", at=t0 + timedelta(minutes=50))
        s.record_camera_state("Haupteingang", "live", at=t0 + timedelta(minutes=60))
        now[0] = t0 + timedelta(minutes=70)
        s.record_config_change("Carol Invented", "limit_c", 37.7, 37.8, "re-calibrated")
        now[0] = t0 + timedelta(hours=3)
        out = tmp_path / "bericht.html"
        summary = write_report(s, t0, t0 + timedelta(hours=2), out, lang="de")
        in_english = write_report(s, t0, t0 + timedelta(hours=2), tmp_path / "report.html")
    html = out.read_text(encoding="utf-8")
    assert "<html lang=de>" in html
    for heading in ("Bericht Fieberscreening", "Gemessene Personen", "Alarme und Zweitprüfungen", "Pro Kamera",
                    "Personenbezogene Daten", "Prüfprotokoll"):
        assert heading in html, heading
    for english in ("People screened", "Fever screening report", "Audit trail", "Per camera"):
        assert english not in html, english
    assert "37,7 → 37,8" in html  # the settings change, decimal comma
    assert re.search(r"<td>\d+,\d %</td>", html), "availability not written with a decimal comma"
    assert "Offline" in html and "10 min" in html  # downtime by state, in German words
    assert "02.03.2026" in html  # dates in the German form
    assert summary == in_english  # the numbers are the same in every language
    assert "People screened" in (tmp_path / "report.html").read_text(encoding="utf-8")


def test_the_report_in_an_unknown_language_is_english_with_a_warning(tmp_path, caplog):
    from app.store import open_store, write_report

    translations.catalog.cache_clear()
    t0 = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)
    with open_store(tmp_path / "store", clock=lambda: t0) as s, caplog.at_level(logging.WARNING):
        write_report(s, t0 - timedelta(hours=1), t0, tmp_path / "r.html", lang="xx")
    assert "People screened" in (tmp_path / "r.html").read_text(encoding="utf-8")
    assert any("'xx'" in r.getMessage() and "English" in r.getMessage() for r in caplog.records)


# -- the language chosen -------------------------------------------------------------------------
def test_an_unknown_language_falls_back_to_english_with_a_warning(qapp_lang, caplog, monkeypatch):
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("ja_JP")))  # an OS we do not speak
    with caplog.at_level(logging.WARNING, logger="app.ui.i18n"):
        assert qapp_lang("klingon") == "en"
    assert any("unknown language 'klingon'" in r.getMessage() for r in caplog.records)
    assert QCoreApplication.translate("TileState", "Warming up") == "Warming up"
    from app.ui.i18n import format_c

    assert format_c(37.7) == "37.7 °C"


def test_without_a_setting_the_os_language_is_used(qapp_lang, monkeypatch):
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("nl_BE")))
    assert qapp_lang(None) == "nl"
    assert QCoreApplication.translate("TileState", "Warming up") == "Opwarmen"
    assert qapp_lang("fr_BE") == "fr"  # a setting wins over the OS
    assert QCoreApplication.translate("TileState", "Warming up") == "Préchauffage"


def test_qts_own_dialog_texts_are_translated_too(qapp_lang):
    assert qapp_lang("de") == "de"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Abbrechen"


def test_compiled_catalogs_are_named_by_their_source_so_an_edit_is_never_shadowed(tmp_path, monkeypatch):
    from app.ui import i18n

    monkeypatch.setenv(i18n.ENV_CACHE_DIR, str(tmp_path / "cache"))
    qm = i18n.qm_file("de")
    assert qm is not None and qm.parent == tmp_path / "cache" and qm.stat().st_size > 1000
    assert i18n.qm_file("de") == qm  # cached: not compiled again
    src = tmp_path / "i18n"
    src.mkdir()
    (src / "canthus_de.ts").write_bytes(ts_path("de").read_bytes().replace(b"Aufw\xc3\xa4rmen", b"Vorheizen"))
    monkeypatch.setattr(translations, "I18N_DIR", src)
    edited = i18n.qm_file("de")
    assert edited != qm and edited.is_file()
    assert Catalog.read(src / "canthus_de.ts", "de").translate("TileState", "Warming up") == "Vorheizen"


def test_codes_are_translated_by_code_in_the_render_layer(qapp_lang):
    from app.render.words import (
        camera_state_word,
        false_alarm_cause_text,
        override_reason_text,
        reason_text,
    )

    assert qapp_lang("nl") == "nl"
    assert reason_text("too_far") == "Kom dichter bij de camera"
    assert override_reason_text("supervisor") == "Beslissing van de supervisor"
    assert false_alarm_cause_text("two_people") == "Twee personen in beeld"
    assert camera_state_word("offline") == "Offline" and camera_state_word("warming_up") == "Opwarmen"
    assert reason_text("no_such_code", fallback="as stored") == "as stored"  # an old record's code


# -- the review windows in French: no English left in their widgets --------------------------------
REVIEW_NOW = datetime(2026, 3, 2, 9, 30).astimezone()
REVIEW_CAMS = ["Entrée A", "Entrée B"]


@pytest.fixture
def review_store(tmp_path):
    """A store with every kind of row the review windows word: normal, pre-alarm, elevated (alerts
    allowed with a reason, denied, false alarm, one left open and escalated) and non-results."""
    from app.core.engine import Decision
    from app.store import RetentionPolicy, open_store

    store = open_store(tmp_path / "store", clock=lambda: REVIEW_NOW, auto_purge_s=None)
    store.set_retention(RetentionPolicy(mode="all", hours=24), "test admin", "every decision, for the views")
    rows = [("normal", 35.4, False), ("normal", 36.05, True), ("elevated", 36.9, False), ("retry", None, False),
            ("elevated", 37.1, False), ("elevated", 36.8, False), ("retry", None, False), ("elevated", 37.3, False)]
    closing = iter([("allow", "heat_or_sun: cycled in"), ("deny", None), ("false_alarm", "two_people"), (None, None)])
    for i, (verdict, canthus, pre) in enumerate(rows):
        d = Decision(camera=REVIEW_CAMS[i % 2], subject=i, t=float(i), seq=i, verdict=verdict,
                     reason="measured" if canthus else ("too_far" if i == 3 else "glasses"), instruction="",
                     canthus_c=canthus, estimate_c=None if canthus is None else canthus + 1.31,
                     rule=None if canthus is None else "absolute", limit_c=37.7, alarm_level_c=37.5, prealarm=pre,
                     baseline_c=None if canthus is None else 35.6)
        wall = REVIEW_NOW - timedelta(minutes=20 * (len(rows) - i))
        did = store.record_decision(d, wall)
        if verdict == "elevated":
            alert = store.raise_alert(did, at=wall + timedelta(seconds=2))
            action, reason = next(closing)
            if action is None:  # open, escalated
                store.escalate_alert(alert, at=wall + timedelta(seconds=32))
                continue
            store.record_action("Anna Agent", "secondary_check", alert_id=alert, reading_c=canthus + 1.4,
                                at=wall + timedelta(seconds=40))
            store.record_action("Anna Agent", action, alert_id=alert, reason=reason, at=wall + timedelta(seconds=70))
    yield store
    store.close()


def _english_left(window, lang="fr") -> list[str]:
    from tests.i18n_walk import EnglishSources, english_left, visible_texts

    return english_left(visible_texts(window), EnglishSources.read(lang))


def test_the_walker_finds_english_in_an_english_window(qapp_lang, qtbot, review_store):
    """The check below is worth something only if it fails on English: the same window, not translated."""
    from app.ui.history import HistoryView

    assert qapp_lang("en") == "en"
    view = HistoryView(review_store, REVIEW_CAMS, auto_refresh_ms=0)
    qtbot.addWidget(view)
    left = "\n".join(_english_left(view))
    for english in ("'Screening history'", "'Time'", "'Elevated'", "'&Refresh'",
                    "'Last 24 h'", "'ELEVATED'", "'8 decisions'"):
        assert english in left, f"{english} not found in:\n{left}"
    from app.ui.statistics import StatisticsView

    stats = StatisticsView(review_store, REVIEW_CAMS, auto_refresh_ms=0)
    qtbot.addWidget(stats)
    stats.period.set_period("7d")
    left = "\n".join(_english_left(stats))
    for english in ("graphics text: 'Overrides and actions'", "axis tick: 'Thermometer check'",
                    "cardCaption: 'FALSE ALARMS'", "status: '8 people screened'", "tooltip: 'Alerts raised for"):
        assert english in left, f"{english} not found in:\n{left}"


def test_the_history_window_in_french_has_no_english_left(qapp_lang, qtbot, review_store):
    from app.ui.history import HistoryView

    assert qapp_lang("fr") == "fr"
    view = HistoryView(review_store, REVIEW_CAMS, auto_refresh_ms=0)
    qtbot.addWidget(view)
    view.set_filters(period="7d")
    assert view.row_count() == 8
    for row in range(view.row_count()):  # every row's details (actions, alert, readings) in turn
        view.table.selectRow(row)
        left = _english_left(view)
        assert not left, "\n".join(left)
    view.period.set_period("custom")  # the from-to fields, in the French date form
    assert not _english_left(view)
    assert re.fullmatch(r"\d\d/\d\d/\d{4} \d\d:\d\d", view.period.from_edit.text()), view.period.from_edit.text()
    assert view.windowTitle() == "Canthus — Historique du dépistage"
    assert view.model.headerData(0, Qt.Horizontal) == "Heure"
    readings = [view.cell_text(r, 4) for r in range(view.row_count()) if view.cell_text(r, 4) != "—"]
    assert readings and all(re.fullmatch(r"\d\d,\d\d", t) for t in readings), readings  # decimal comma
    assert any(view.cell_text(r, 2) == "ÉLEVÉE" for r in range(view.row_count()))
    assert "8 décisions · 4 élevés · 4 alertes" in view.status.text()


def test_the_statistics_window_in_french_has_no_english_left(qapp_lang, qtbot, review_store):
    from app.ui.statistics import StatisticsView

    assert qapp_lang("fr") == "fr"
    view = StatisticsView(review_store, REVIEW_CAMS, auto_refresh_ms=0)
    qtbot.addWidget(view)
    view.period.set_period("7d")
    assert view.summary["screened"] == 8 and view.histograms
    left = _english_left(view)
    assert not left, "\n".join(left)
    assert view.windowTitle() == "Canthus — Statistiques du dépistage"
    assert view.cards["false_alarms"].caption.text() == "FAUSSES ALARMES"
    assert view.limit_line.label.toPlainText() == "seuil 37,7 °C"  # decimal comma on the plot
    assert view.cards["elevated"].note.text() == "66,7 % des résultats"  # 4 of 6 results
    assert view.hist_plot.getPlotItem().getAxis("bottom").tickStrings([36.5, 37.0], 1, 0.5) == ["36,5", "37,0"]
    view.resize(1840, 1000)
    view.show()
    qtbot.waitExposed(view)
    view.grab()  # drawn: the time axis chose its ticks for the 7 days shown (1 March among them)
    hourly = view.hourly_plot.getPlotItem().getAxis("bottom")
    ticks = [t for spacing, values in hourly.tickValues(*hourly.range, hourly.width())
             for t in hourly.tickStrings(values, 1, spacing)]
    assert "mars" in ticks and "Mar" not in ticks, ticks  # the month's French name

    empty = StatisticsView(review_store, REVIEW_CAMS, auto_refresh_ms=0)  # the placeholders of empty plots
    qtbot.addWidget(empty)
    empty.period.set_custom(REVIEW_NOW - timedelta(days=30), REVIEW_NOW - timedelta(days=29))
    assert empty.summary["screened"] == 0
    left = _english_left(empty)
    assert not left, "\n".join(left)


def test_the_recalibration_window_in_french_has_no_english_left(qapp_lang, qtbot, review_store):
    from app.core.oral import SHIPPED_MODEL
    from app.ui.recalibration import RecalibrationView

    assert qapp_lang("fr") == "fr"
    view = RecalibrationView(review_store, REVIEW_CAMS, current_model=SHIPPED_MODEL, limit_c=37.7,
                             check_pin=lambda pin: False, adopt=lambda m, who: None, who=lambda: "")
    qtbot.addWidget(view)
    assert view.pairs_model.rowCount() == 3
    assert view.fit_problem.startswith("Trop peu de paires pour ajuster un modèle : 3 paires"), view.fit_problem
    assert view.adopt() is False  # refused in French too
    left = _english_left(view)  # the model's provenance is a record, in English, but no source text
    assert not left, "\n".join(left)
    assert view.cell("level", 1).startswith("37,50 °C")


@pytest.mark.parametrize("lang", list(LANGUAGES))
def test_the_qt_free_day_and_month_names_are_what_qlocale_writes(lang):
    q = QLocale(lang)
    assert [translations.short_day_name(d, lang) for d in range(7)] == \
        [q.dayName(d + 1, QLocale.FormatType.ShortFormat) for d in range(7)]
    assert [translations.short_month_name(m, lang) for m in range(1, 13)] == \
        [q.monthName(m, QLocale.FormatType.ShortFormat) for m in range(1, 13)]
