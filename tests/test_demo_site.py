"""The demo site raises alarms about as often as a real door (its fever rate), and
``canthus --training`` gives many, for practice (issue #12)."""

from __future__ import annotations

import pytest

from app import cli
from app.site import DEMO_FEVER_RATE, TRAINING_FEVER_RATE, demo_site


@pytest.mark.parametrize("n", [1, 4, 16])
def test_the_demo_has_a_real_sites_fever_rate_and_training_many(n):
    assert 0.01 <= DEMO_FEVER_RATE <= 0.02 < TRAINING_FEVER_RATE
    demo, training = demo_site(n), demo_site(n, training=True)
    assert [c.source.fever_rate for c in demo.camera] == [DEMO_FEVER_RATE] * n
    assert [c.source.fever_rate for c in training.camera] == [TRAINING_FEVER_RATE] * n
    assert "training" in training.name and "training" not in demo.name
    # the same entrances, cameras and incidents: only the rate differs
    strip = lambda site: [c.model_dump(exclude={"source": {"fever_rate"}}) for c in site.camera]  # noqa: E731
    assert strip(demo) == strip(training)


def test_help_documents_training_with_the_rates_in_force():
    text = " ".join(cli.build_parser().format_help().split())
    assert "--training" in text
    assert f"{TRAINING_FEVER_RATE * 100:g} % of its people febrile instead of {DEMO_FEVER_RATE * 100:g} %" in text


def test_training_opens_the_console_on_the_training_demo(monkeypatch):
    import app.ui.app

    opened = []
    monkeypatch.setattr(app.ui.app, "run_console", lambda site, **kw: opened.append(site) or 0)
    assert cli.main(["--training", "--demo-cameras", "2"]) == 0
    assert cli.main([]) == 0
    (training, demo) = opened
    assert [c.source.fever_rate for c in training.camera] == [TRAINING_FEVER_RATE] * 2
    assert [c.source.fever_rate for c in demo.camera] == [DEMO_FEVER_RATE] * 4


def test_training_with_a_site_file_is_one_clear_line(tmp_path, capsys):
    assert cli.main(["--training", "--site", str(tmp_path / "site.toml")]) == cli.EXIT_BAD_INPUT
    err = capsys.readouterr().err.strip()
    assert err == ("canthus: error: --training is for the demo site: a site file's simulated cameras set "
                   "their own fever_rate")
