"""The alarm sound says what it can do: "on" only when a player can be heard, "no sound device"
when it fell back to the (usually silent) beep, and a player that fails falls back to it."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from app.ui import sound
from app.ui.sound import ALARM_WAV, AlarmSound


def _player(folder: Path, name: str, exit_code: int) -> None:
    """A stand-in for a sound player on PATH that exits with ``exit_code`` (no device: non-zero)."""
    p = folder / name
    p.write_text(f"#!/bin/sh\nexit {exit_code}\n", encoding="utf-8")
    p.chmod(p.stat().st_mode | stat.S_IEXEC)


@pytest.fixture
def path_with(tmp_path, monkeypatch):
    def make(exit_code: int) -> None:
        _player(tmp_path, "aplay", exit_code)
        monkeypatch.setenv("PATH", f"{tmp_path}{os.pathsep}{os.environ.get('PATH', '')}")
    return make


def test_the_shipped_sound_file_is_there():
    assert ALARM_WAV.is_file()


@pytest.mark.parametrize("backend", ["beep", "none"])
def test_a_silent_fallback_says_no_sound_device(backend):
    s = AlarmSound(backend=backend)
    assert not s.audible
    assert s.state_text() == "Sound: no sound device: alarms are shown only"
    s.muted = True
    assert s.state_text() == "Sound: MUTED on this workstation"


def test_a_player_that_works_is_on(path_with, qapp):
    path_with(0)
    s = AlarmSound(backend="aplay")
    s.play()
    s._proc.wait(10)
    assert s.audible and s.state_text() == "Sound: on" and s.backend == "aplay"
    s.close()


def test_a_player_that_fails_falls_back_and_says_so(path_with, qapp):
    path_with(1)  # e.g. aplay on a machine without a sound card
    s = AlarmSound(backend="aplay")
    s.play()
    assert s._proc is not None
    s._proc.wait(10)
    assert s.state_text() == "Sound: no sound device: alarms are shown only" and s.backend == "beep"
    s.play()  # the beep from now on, without raising
    assert s.plays == 2


def test_a_player_that_cannot_start_falls_back(tmp_path, monkeypatch, qapp):
    monkeypatch.setenv("PATH", str(tmp_path))  # no player at all
    s = AlarmSound(backend="aplay")
    s.play()
    assert s.backend == "beep" and not s.audible


def test_a_missing_sound_file_is_said(tmp_path):
    s = AlarmSound(tmp_path / "alarm.wav", backend="aplay")
    assert s.state_text() == "Sound: no alarm sound file (alarm.wav missing): alarms are shown only"


def test_aplay_is_chosen_only_with_a_playback_device(tmp_path, monkeypatch):
    bin_dir, snd = tmp_path / "bin", tmp_path / "snd"
    bin_dir.mkdir()
    snd.mkdir()
    _player(bin_dir, "aplay", 0)
    monkeypatch.setenv("PATH", str(bin_dir))
    monkeypatch.setattr(sound, "SND_DIR", snd)
    monkeypatch.setattr(sound.sys, "platform", "linux")
    monkeypatch.setitem(__import__("sys").modules, "PySide6.QtMultimedia", None)  # not installed
    (snd / "pcmC0D0c").touch()  # a capture device only: nothing to play to
    assert AlarmSound().backend == "beep"
    (snd / "pcmC0D0p").touch()
    assert AlarmSound().backend == "aplay"
