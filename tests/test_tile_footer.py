"""The tile's footer and person labels: the result gets the room first, shortened keeping verdict and number.

Pure: driven by a fixed-pitch width function (10 px a character), so every expected text is exact.
The same functions measured with the walls' font are in test_tile_footer_walls.py.
"""

from __future__ import annotations

import pytest

from app.render.textfit import elide_words, fit_footer, shorten, span_within


def pitch(text: str) -> float:
    return 10.0 * len(text)


RESULTS = [  # (whole result, its verdict and number): the languages the console ships
    ("ELEVATED 37.8 °C ≥ 37.5", "ELEVATED 37.8"),
    ("VERHOOGD 37,8 °C ≥ 37,5", "VERHOOGD 37,8"),
    ("ERHÖHT 37,8 °C ≥ 37,5", "ERHÖHT 37,8"),
    ("ÉLEVÉE 37,8 °C ≥ 37,5", "ÉLEVÉE 37,8"),
    ("Normal 37.3 °C (pre-alarm)", "Normal 37.3"),
    ("Normaal 37,3 °C (voralarm)", "Normaal 37,3"),
    ("Normal 37,3 °C (pré-alarme)", "Normal 37,3"),
]
FULL, SHORT = "25 fps · 53 dropped", "25 fps"


@pytest.mark.parametrize("result,core", RESULTS)
def test_a_narrow_footer_keeps_the_verdict_and_number_and_the_counter_gives_way(result, core):
    room = pitch(core + " °C") + 5  # the verdict, the number and its unit; not the tail
    shown, counter = fit_footer(result, [FULL, SHORT], room, pitch, pitch, gap=10)
    assert shown == core + " °C" and counter == ""
    assert pitch(shown) <= room


@pytest.mark.parametrize("result,core", RESULTS)
def test_the_counter_shrinks_before_the_result_is_shortened(result, core):
    room = pitch(result) + 10 + pitch(SHORT)  # the whole result and the short counter, not the long one
    assert fit_footer(result, [FULL, SHORT], room, pitch, pitch, gap=10) == (result, SHORT)
    room = pitch(result) + 5  # the whole result alone
    assert fit_footer(result, [FULL, SHORT], room, pitch, pitch, gap=10) == (result, "")


@pytest.mark.parametrize("result,core", RESULTS)
def test_a_wide_footer_shows_everything(result, core):
    room = pitch(result) + 10 + pitch(FULL)
    assert fit_footer(result, [FULL, SHORT], room, pitch, pitch, gap=10) == (result, FULL)


@pytest.mark.parametrize("result,core", RESULTS)
def test_shortening_never_cuts_the_number_while_verdict_and_number_fit(result, core):
    for room in range(int(pitch(core)), int(pitch(result)) + 20):
        shown = shorten(result, room, pitch)
        assert pitch(shown) <= room, (room, shown)
        assert shown.startswith(core), (room, shown)  # never "VERHOOG…", never "ERHÖHT 37,…"
        assert "…" not in shown and not shown.endswith("≥"), (room, shown)
        assert result.startswith(shown)  # whole words off the end, nothing else
    assert shorten(result, pitch(result), pitch) == result


def test_below_verdict_and_number_the_number_stays_whole():
    text = "VERHOOGD 37,8 °C ≥ 37,5"
    assert shorten(text, pitch("VERH… 37,8"), pitch) == "VERH… 37,8"  # the verdict cut, the number whole
    assert shorten(text, pitch("37,8") + 5, pitch) == "37,8"


def test_an_instruction_loses_whole_words():
    text = "Camera warming up: screen by hand"
    assert shorten(text, pitch("Camera warming up…") + 5, pitch) == "Camera warming up…"
    assert elide_words(text, pitch(text), pitch) == text
    assert elide_words("Stap dichterbij", pitch("Stap…"), pitch) == "Stap…"
    assert elide_words("Onbeschikbaar", pitch("Onbe…"), pitch) == "Onbe…"  # one word: cut in it


def test_no_result_leaves_the_counter_its_room():
    assert fit_footer("", [FULL, SHORT], pitch(FULL), pitch, pitch, gap=10) == ("", FULL)
    assert fit_footer("", [FULL, SHORT], pitch(SHORT), pitch, pitch, gap=10) == ("", SHORT)
    assert fit_footer("Normal 36.9 °C", [], pitch("Normal 36.9"), pitch, pitch, gap=10) == ("Normal 36.9", "")


def test_a_label_is_moved_inside_its_room():
    assert span_within(95, 40, 0, 100) == 80  # pushed left, clear of the right edge
    assert span_within(5, 40, 0, 100) == 20
    assert span_within(50, 40, 0, 100) == 50
    assert span_within(95, 140, 0, 100) == 50  # wider than the room: centred in it
