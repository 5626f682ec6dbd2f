"""Qt-free words the console shows, in its language (issue #14): the supervisor PIN's answers with their
plural forms, the camera loop's reasons (the store and the log keep English), site-file errors as the
Cameras dialog words them, and the rule a decision was made by. English stays as the CLI reads it."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from app import translations
from app.site import SiteConfig, _describe
from app.store.pin import FREE_TRIES, PinLockedOut, check_supervisor


@pytest.fixture
def language():
    """Set the console's language as app.ui.i18n.install_translators does (no Qt needed); English after."""
    yield translations.set_current_language
    translations.set_current_language("en")


@pytest.fixture
def pin_store(tmp_path):
    from app.store import open_store

    s = open_store(tmp_path / "store")
    s.set_supervisor_pin("246802", "admin")
    yield s
    s.close()


def test_wrong_pins_are_counted_in_each_language_with_their_plural_forms(language, pin_store):
    language("de")
    first = check_supervisor(pin_store, "000000")
    assert first.message == "falsche Supervisor-PIN (1 in Folge; noch 4, dann wird die PIN-Prüfung für 30 s gesperrt)"
    assert first.sentence.startswith("Falsche Supervisor-PIN")
    language("fr")
    for _ in range(FREE_TRIES - 2):
        check_supervisor(pin_store, "000000")
    locked = check_supervisor(pin_store, "000000")
    assert locked.state == "wrong" and locked.failures == FREE_TRIES
    assert locked.message == ("PIN superviseur erroné (5 d'affilée) : vérification du PIN désormais bloquée "
                              "pendant 30 s")
    refused = check_supervisor(pin_store, "246802")  # the right PIN, refused unhashed while locked
    assert refused.state == "locked" and refused.message.startswith("trop de PIN superviseur erronés (5 d'affilée)")
    note = pin_store._lockout_note()
    assert note.startswith(" (5 PIN erronés d'affilée"), note  # French plural
    language("en")
    assert check_supervisor(pin_store, "246802").message.startswith("too many wrong supervisor PINs (5 in a row)")
    assert pin_store._lockout_note().startswith(" (5 wrong PINs in a row")


def test_english_singular_and_plural_come_from_the_english_catalog():
    """The one English text whose count inflects: 'wrong PIN' for one, 'wrong PINs' for more."""
    en = translations.catalog("en")
    from app.store.pin import LOCKOUT_NOTE

    assert en.translate("Pin", LOCKOUT_NOTE, None, 1).startswith(" (1 wrong PIN in a row")
    assert en.translate("Pin", LOCKOUT_NOTE, None, 6).startswith(" (6 wrong PINs in a row")


def test_no_pin_and_no_store_say_how_in_the_language_the_command_untranslated(language, pin_store, tmp_path):
    from app.store import open_store

    language("nl")
    assert check_supervisor(None, "1").sentence == ("Er is geen gebeurtenisregister open, dus de supervisor-pincode "
                                                    "kan niet worden gecontroleerd")
    with open_store(tmp_path / "empty") as empty:
        res = check_supervisor(empty, "123456")
    assert res.state == "no_pin" and res.message.startswith("er is geen supervisor-pincode ingesteld")
    assert "`canthus supervisor-pin --data-dir " in res.message
    assert "PIN-Prüfung noch 5 min 1 s gesperrt" in str(_locked("de", language, 300.2))


def _locked(lang, language, seconds):
    language(lang)
    return PinLockedOut(seconds)


def test_a_camera_reason_is_shown_in_the_language_and_kept_in_english(language):
    from app.camera_loop import REFUSED_SO_FAR, StateEvent, say

    language("fr")
    english, shown = say("no frame for %1 s", 0.5)
    assert (english, shown) == ("no frame for 0.5 s", "aucune image depuis 0,5 s")
    english, shown = say(REFUSED_SO_FAR, "no pixel holds a finite temperature", n=3)
    assert english == "frames refused so far: 3 (last: no pixel holds a finite temperature)"
    assert shown == "images refusées jusqu'ici : 3 (dernière : no pixel holds a finite temperature)"
    assert say(REFUSED_SO_FAR, "x", n=1)[1].startswith("image refusée jusqu'ici : 1")  # French singular
    driver = ("HTTP 401", "HTTP 401")  # a driver's words, the same in both
    assert say("%1: not retried until the site acts", driver) == (
        "HTTP 401: not retried until the site acts", "HTTP 401 : pas de nouvel essai tant que le site n'intervient pas")
    ev = StateEvent("Door", "offline", "live", 0.0, english, None, shown)
    assert ev.shown == shown and ev.reason == english
    assert StateEvent("Door", "offline", "live", 0.0, "as stored").shown == "as stored"  # made without a translation


def test_a_camera_loop_records_english_and_shows_the_language(language):
    """The loop's own events: ``reason`` for the store and the log, ``reason_shown`` for the screen."""
    import threading

    import numpy as np

    from app.camera_loop import CameraLoop
    from app.core.config import EngineConfig
    from app.core.frame import Frame

    class Garbage:
        name, warmup_s, seq = "Door", 0.0, 0

        def read(self, timeout=None):
            self.seq += 1
            return Frame(self.name, self.seq, self.seq / 9.0, np.full((120, 160), np.nan, np.float32))

        def close(self):
            pass

    language("de")
    seen = threading.Event()
    events = []
    loop = CameraLoop(EngineConfig(), source=Garbage(), grace_s=5.0,
                      on_event=lambda ev: (events.append(ev), seen.set()))
    loop.start()
    try:
        assert seen.wait(20), "no state change"
    finally:
        loop.stop()
        loop.join(5)
    ev = events[0]
    assert ev.state == "bad_frames"
    assert ev.reason.startswith("frames refused so far: 1 (last: ")
    assert ev.shown.startswith("bisher abgelehntes Bild: 1 (zuletzt: ")


BAD_CAMERA = {"camera": [{"name": "Main", "source": {"kind": "sim", "fps": 0, "zz": 1}, "offline_grace_s": 0.1},
                         {"name": "Side", "source": {"kind": "nope"}}]}


def _problem() -> ValidationError:
    try:
        SiteConfig.model_validate(BAD_CAMERA)
    except ValidationError as e:
        return e
    raise AssertionError("the site was accepted")


def test_a_site_file_problem_reads_in_the_language_with_its_keys_and_values_as_written(language):
    err = _problem()
    english = _describe(err, BAD_CAMERA)
    assert english.startswith("camera.0.source.sim.fps (camera 'Main'): Input should be greater than or equal to "
                              "0.5, got 0; camera.0.source.sim.zz (camera 'Main'): unknown key"), english
    language("fr")
    fr = _describe(err, BAD_CAMERA)
    assert fr.startswith("camera.0.source.sim.fps (caméra 'Main') : doit être supérieur ou égal à 0,5, reçu 0; "
                         "camera.0.source.sim.zz (caméra 'Main') : clé inconnue"), fr
    assert "la valeur 'nope' de 'kind' n'est aucune des valeurs attendues" in fr
    assert _describe(err, BAD_CAMERA, "en") == english  # the CLI's line, whatever the console speaks
    language("de")
    assert "muss größer oder gleich 0,5 sein, erhalten: 0.1" in _describe(err, BAD_CAMERA)  # 0.1: the file's value


def test_a_message_pydantic_words_otherwise_stays_as_pydantic_wrote_it(language):
    """A type listed in ERROR_TEXTS whose English no longer reads as pydantic's: pydantic's own words."""
    from app.site import _message

    language("fr")
    e = {"type": "greater_than_equal", "msg": "Input must be at least 0.5", "ctx": {"ge": 0.5}, "loc": ("x",)}
    assert _message(e, "fr") == "Input must be at least 0.5"
    e["msg"] = "Input should be greater than or equal to 0.5"
    assert _message(e, "fr") == "doit être supérieur ou égal à 0,5"


@pytest.mark.parametrize(("lang", "words"), [("en", ("absolute", "relative")), ("fr", ("absolue", "relative")),
                                            ("nl", ("absoluut", "relatief")), ("de", ("absolut", "relativ"))])
def test_the_rule_word_is_the_languages(language, lang, words):
    from app.texts import rule_text
    from app.ui.formatting import instruction_text

    language(lang)
    assert (rule_text("absolute"), rule_text("relative")) == words
    assert rule_text("unknown rule") == "unknown rule"  # a record's code this version does not know
    seeding = instruction_text({"verdict": "normal", "rule": "absolute (seeding baseline)"}, full=True)
    assert rule_text("absolute (seeding baseline)") in seeding
    if lang != "en":
        assert "seeding" not in seeding


def test_the_probe_line_of_the_cameras_test_in_the_language_and_english_for_the_cli():
    from app.sources.probe import summary

    rows = [{"width": 160, "height": 120, "min_c": 20.12, "max_c": 35.5, "state": "live", "unreadable_pixels": 0}
            for _ in range(9)] + [{"width": 160, "height": 120, "min_c": 21.0, "max_c": 34.0, "state": "ffc",
                                   "unreadable_pixels": 3}]
    assert summary(rows, 1.0) == ("10 frames of 160x120 at 9.0 frames/s; temperatures 20.12 to 35.50 °C; "
                                  "states live 9, ffc 1; 3 unreadable pixels")
    assert summary(rows[:1], 0.0) == "1 frame of 160x120; temperatures 20.12 to 35.50 °C; states live 1"
    fr = summary(rows, 1.0, "fr")
    assert fr.startswith("10 images de 160x120 à 9,0 images/s ; températures 20,12 à 35,50 °C ; états ")
    assert fr.endswith(" ; 3 pixels illisibles") and "live" not in fr
    assert summary(rows, 1.0, "de").startswith("10 Bilder mit 160x120 mit 9,0 Bildern/s; Temperaturen 20,12 bis")
    assert summary([], 1.0, "nl") == "geen beelden"
