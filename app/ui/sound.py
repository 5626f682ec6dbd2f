"""The audible alarm: resources/alarm.wav, played without blocking the GUI.

QtMultimedia is not part of PySide6-Essentials (it comes with the 600 MB
PySide6-Addons we deliberately do not ship), so the sound is played by the
platform: ``winsound`` on Windows (the product's platform), ``paplay`` or
``aplay`` on Linux desktops, ``afplay`` on macOS; QtMultimedia is used when
it happens to be installed; ``QApplication.beep()`` is the last resort, and
on most machines without a sound device it is silent. :meth:`AlarmSound.state_text`
says so ("no sound device") instead of "on": a guard must know the alarm is
only seen. A player that fails (no device behind it) falls back to the beep.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ALARM_WAV = Path(__file__).resolve().parents[2] / "resources" / "alarm.wav"
#: Linux's sound devices: ``aplay`` plays to an ALSA playback device (pcmC<card>D<device>p) here
SND_DIR = Path("/dev/snd")


def has_alsa_playback(folder: Path | None = None) -> bool:
    """Whether the machine has an ALSA playback device (a server such as PulseAudio may still have none)."""
    try:
        return any((folder or SND_DIR).glob("pcmC*D*p"))
    except OSError:
        return False


class AlarmSound:
    def __init__(self, path: Path = ALARM_WAV, *, backend: str | None = None) -> None:
        self.path = path
        self.muted = False
        self.plays = 0  # times the alarm was started (tests, status)
        self._effect = None
        self._proc: subprocess.Popen | None = None
        self.backend = backend or self._detect()

    def _detect(self) -> str:
        if sys.platform == "win32":
            return "winsound"
        try:
            from PySide6.QtMultimedia import QSoundEffect  # noqa: F401

            return "qtmultimedia"
        except ImportError:
            pass
        for tool in ("paplay", "aplay", "afplay"):
            if shutil.which(tool) and (tool != "aplay" or has_alsa_playback()):
                return tool  # paplay's server is found out at the first play (a failure falls back)
        return "beep"

    @property
    def audible(self) -> bool:
        """Whether the alarm can be heard: a real player and the sound file (the beep fallback
        and the test backend "none" are not)."""
        self._check_player()
        return self.backend not in ("beep", "none") and self.path.is_file()

    def state_text(self) -> str:
        """The sound's state for the status bar, in the guard's words."""
        from PySide6.QtCore import QCoreApplication

        from app.translations import arg

        if self.muted:
            return QCoreApplication.translate("Sound", "Sound: MUTED on this workstation")
        if not self.path.is_file():
            return arg(QCoreApplication.translate(
                "Sound", "Sound: no alarm sound file (%1 missing): alarms are shown only"), self.path.name)
        if not self.audible:
            return QCoreApplication.translate("Sound", "Sound: no sound device: alarms are shown only")
        return QCoreApplication.translate("Sound", "Sound: on")

    def _check_player(self) -> None:
        """A player process that ended in error (no device, no server): use the beep from now on."""
        if self._proc is not None and self._proc.poll() not in (None, 0):
            self._proc = None
            self.backend = "beep"

    def play(self) -> None:
        """Start the alarm once (returns at once). Nothing plays while muted."""
        if self.muted:
            return
        self.plays += 1
        self._check_player()
        if self.backend == "none":
            return
        if self.backend == "winsound":
            import winsound

            winsound.PlaySound(str(self.path), winsound.SND_FILENAME | winsound.SND_ASYNC)
        elif self.backend == "qtmultimedia":
            from PySide6.QtCore import QUrl
            from PySide6.QtMultimedia import QSoundEffect

            if self._effect is None:
                self._effect = QSoundEffect()
                self._effect.setSource(QUrl.fromLocalFile(str(self.path)))
            self._effect.play()
        elif self.backend in ("paplay", "aplay", "afplay"):
            if self._proc is None or self._proc.poll() is not None:
                try:
                    self._proc = subprocess.Popen([self.backend, str(self.path)], stdout=subprocess.DEVNULL,
                                                  stderr=subprocess.DEVNULL)
                except OSError:
                    self._proc, self.backend = None, "beep"
                    self.play_beep()
        else:
            self.play_beep()

    @staticmethod
    def play_beep() -> None:
        from PySide6.QtWidgets import QApplication

        QApplication.beep()

    def close(self) -> None:
        if self._proc is not None and self._proc.poll() is None:
            self._proc.terminate()
            self._proc.wait(2)
