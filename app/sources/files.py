"""Files as cameras: HDF5 recordings, FLIR radiometric stills and sequences, CPTV.

:func:`open_file_frames` opens any of them by its content (the first bytes,
never the name alone) and gives the same small interface; ``canthus replay``
and the ``file`` source both go through it, so whatever replays also plays on
the wall.

A still (a FLIR radiometric JPEG) plays as a person who stands still in front
of the camera: the same picture, at a low rate (1 Hz unless set), with a new
``seq`` and time each time. The engine needs several steady frames to decide
and decides each person once while they stay in view, so the still gets one
measurement per person and then none, as a real standing person would; the
camera stays ``live`` (one frame then silence would read as ``offline``).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path
from typing import Literal, Protocol
from urllib.parse import unquote, urlsplit

from pydantic import Field, field_validator

from app.core.config import ReferenceConfig
from app.core.errors import BadRecording, CanthusError
from app.core.frame import Frame
from app.sources.base import Paced, SourceError
from app.sources.orient import OrientationSettings, orient, orient_box, oriented_shape

#: The rate a still is repeated at unless the site file sets ``fps``.
STILL_FPS = 1.0
#: Playback rate of a sequence whose file gives none.
DEFAULT_FPS = 9.0

_KINDS = "HDF5 recording, FLIR radiometric JPEG / SEQ / CSQ, CPTV"


class FileFrames(Protocol):
    """One file's frames and what the file says about its camera."""

    path: Path
    kind: str  # "hdf5", "flir-jpeg", "flir-seq", "cptv"
    camera: str
    fps: float  # 0.0: the file does not say (a still)
    shape: tuple[int, int]  # (rows, cols) as stored
    still: bool
    reference: ReferenceConfig | None  # in the file's own pixels

    def frames(self) -> Iterator[Frame]:
        """The frames from the first, each call starting again; t in seconds from the first."""
        ...

    def close(self) -> None: ...


class _HdfFile:
    kind = "hdf5"
    still = False

    def __init__(self, path: Path) -> None:
        from app.core.recording import Recording

        self.path = path
        self._rec = Recording(path)
        if len(self._rec) == 0:
            self._rec.close()
            raise BadRecording(f"{path}: the recording has no frames")
        self.camera = self._rec.camera
        self.fps = float(self._rec.fps or 0.0)
        self.shape = self._rec.shape
        self.reference = self._rec.reference

    def frames(self) -> Iterator[Frame]:
        return self._rec.frames()

    def close(self) -> None:
        self._rec.close()


class _FlirFile:
    def __init__(self, path: Path, *, still: bool) -> None:
        from app.core.flir import iter_flir

        self.path = path
        self.still = still
        self.kind = "flir-jpeg" if still else "flir-seq"
        self.reference = None
        self.emissivity: float | None = None  # the site's, instead of the one the camera stored
        it = iter_flir(path)
        try:
            first = next(it)
            second = None if still else next(it, None)
        finally:
            it.close()  # type: ignore[attr-defined]
        self.shape = first.counts.shape
        self.camera = first.camera_model or path.stem
        # Play at the pace of the time stamps (ms resolution: 34 ms reads as 29.4 Hz), or
        # at the rate the camera records where the stamps agree with it within 10 %: the
        # Thermimage SEQ says 30 Hz but its two frames are 3.97 s apart (saved on trigger).
        dt = second.t - first.t if second is not None else 0.0
        stamped = 1.0 / dt if 1 / 120 <= dt <= 60.0 else 0.0
        recorded = first.fps if 0.1 <= first.fps <= 120.0 else 0.0
        if still:
            self.fps = 0.0  # the camera's video rate says nothing about a photograph
        elif recorded and (not stamped or abs(stamped - recorded) <= 0.1 * recorded):
            self.fps = recorded
        else:
            self.fps = round(stamped, 3)

    def frames(self) -> Iterator[Frame]:
        from app.core.flir import iter_flir, planck_radiometer

        source = str(self.path)
        for i, fr in enumerate(iter_flir(self.path)):
            params = fr.params if self.emissivity is None else dataclasses.replace(fr.params, emissivity=self.emissivity)
            yield Frame(self.camera, i, fr.t, None, source, frozenset(), fr.counts, planck_radiometer(params))

    def close(self) -> None:
        pass  # each frames() call opens and closes the file itself


def open_file_frames(path: str | Path) -> FileFrames:
    """Open a recording or radiometric file of any kind Canthus reads, chosen by its content.

    Raises :class:`BadRecording` with one line naming the file and the
    problem: missing, not a file, of no kind read here, or corrupt.
    """
    p = Path(path)
    if not p.exists():
        raise BadRecording(f"{p}: no such file")
    if not p.is_file():
        raise BadRecording(f"{p}: not a file")
    try:
        with p.open("rb") as f:
            head = f.read(8)
    except OSError as exc:
        raise BadRecording(f"{p}: cannot be read ({exc.strerror or exc})") from None
    suffix = p.suffix.lower()
    if head.startswith(b"\x89HDF\r\n\x1a\n"):
        return _HdfFile(p)
    if head.startswith(b"\xff\xd8"):
        return _FlirFile(p, still=True)
    if head.startswith(b"FFF\x00"):
        return _FlirFile(p, still=False)
    if head.startswith(b"\x1f\x8b"):  # CPTV is gzip-compressed
        return _cptv(p)
    # Content of no kind: the name says which reader should explain what is wrong with it.
    if suffix in (".h5", ".hdf5"):
        return _HdfFile(p)
    if suffix in (".jpg", ".jpeg", ".seq", ".csq"):
        return _FlirFile(p, still=suffix in (".jpg", ".jpeg"))
    if suffix == ".cptv":
        return _cptv(p)
    what = "is empty" if not head else f"starts with bytes {head[:4].hex(' ')}"
    raise BadRecording(f"{p}: {what}: not a file Canthus reads ({_KINDS})")


def _cptv(p: Path) -> FileFrames:
    from app.sources.cptv import CptvFile

    return CptvFile(p)


class FileSettings(OrientationSettings):
    """A file played as a camera (site file ``source = {kind = "file", path = ...}``).

    ``path`` is relative to the site file's folder unless absolute. ``fps``
    overrides the file's own rate (a still's repeat rate: 1 Hz by default).
    ``reference`` is the blackbody box in the upright (rotated) picture, for
    files that do not carry one (CPTV, FLIR); it replaces the file's own.
    """

    kind: Literal["file"] = "file"
    path: str = Field(min_length=1, max_length=4096)
    loop: bool = True
    fps: float | None = Field(None, ge=0.1, le=120.0)
    reference: ReferenceConfig | None = None
    # FLIR files only: the object's emissivity instead of the one stored when the picture
    # was taken (cameras default to 0.95; skin is 0.98, DOMAIN.md). None: the file's own.
    emissivity: float | None = Field(None, ge=0.01, le=1.0)

    @field_validator("path")
    @classmethod
    def _printable(cls, v: str) -> str:
        if any(not c.isprintable() for c in v):
            raise ValueError("the path contains control or invisible characters")
        return v


class FileSource:
    """Plays a file in real time as a camera: sequences loop (unless ``loop = false``), stills repeat."""

    def __init__(self, settings: FileSettings, name: str, site_dir: Path | None = None) -> None:
        path = Path(settings.path).expanduser()
        if not path.is_absolute() and site_dir is not None:
            path = Path(site_dir) / path
        self.path = path
        self.settings = settings
        try:
            self._file = open_file_frames(path)
        except BadRecording as exc:
            # a missing file may yet appear (a share not mounted yet); a bad one will not heal
            raise SourceError(f"camera {name}: {exc}", state="offline", retry=not path.exists()) from None
        if settings.emissivity is not None:
            if not isinstance(self._file, _FlirFile):
                self._file.close()
                raise SourceError(f"camera {name}: emissivity applies to FLIR files only; {path.name} stores "
                                  "temperatures or Kelvin counts", state="offline", retry=False)
            self._file.emissivity = settings.emissivity
        self.name = name
        self.fps = settings.fps or self._file.fps or (STILL_FPS if self._file.still else DEFAULT_FPS)
        self.loop = settings.loop
        self.shape = oriented_shape(self._file.shape, settings.rotate)
        self.reference = self._reference()
        self._pace = Paced(self.fps)
        self._seq = 0
        self._offset_t = 0.0
        self._last_t = -1.0 / self.fps
        self._it: Iterator[Frame] | None = None
        self._still: Frame | None = None

    def _reference(self) -> ReferenceConfig | None:
        s, rows_cols = self.settings, self.shape
        ref = s.reference
        if ref is None and self._file.reference is not None:
            r = self._file.reference
            x, y, w, h = orient_box(r.x, r.y, r.width, r.height, self._file.shape, s.rotate, s.mirror)
            ref = r.model_copy(update={"x": x, "y": y, "width": w, "height": h})
        if ref is not None and (ref.x + ref.width > rows_cols[1] or ref.y + ref.height > rows_cols[0]):
            self._file.close()
            raise CanthusError(
                f"camera {self.name}: reference box {ref.width}x{ref.height} "
                f"at ({ref.x}, {ref.y}) leaves the {rows_cols[1]}x{rows_cols[0]} picture of {self.path}"
            )
        return ref

    def _oriented(self, frame: Frame) -> Frame:
        r, m = self.settings.rotate, self.settings.mirror
        if frame.celsius is not None:
            frame.celsius = orient(frame.celsius, r, m)
        if frame.raw is not None:
            frame.raw = orient(frame.raw, r, m)
        return frame

    def _next(self) -> Frame | None:
        if self._still is not None:
            f = self._still
            return Frame(f.camera, 0, 0.0, f.celsius, f.source, f.flags, f.raw, f.radiometer)
        if self._it is None:
            self._it = self._file.frames()
        frame = next(self._it, None)
        if frame is None:
            if not self.loop:
                raise SourceError(f"camera {self.name}: {self.path} played to its end (loop is off)",
                                  state="offline", retry=False)
            self._offset_t = self._last_t + 1.0 / self.fps
            self._it = self._file.frames()
            frame = next(self._it, None)
            if frame is None:
                raise SourceError(f"camera {self.name}: {self.path} has no frames left", retry=False)
        frame = self._oriented(frame)
        if self._file.still:
            # one turned copy for every repeat; read-only so that no consumer changes the next one
            for arr in (frame.celsius, frame.raw):
                if arr is not None:
                    arr.flags.writeable = False
            self._still = frame
            return self._next()
        return frame

    def read(self, timeout: float) -> Frame | None:
        if not self._pace.wait(timeout):
            return None
        try:
            frame = self._next()
        except BadRecording as exc:
            raise SourceError(f"camera {self.name}: {exc}", state="offline", retry=False) from None
        assert frame is not None
        self._seq += 1
        frame.seq = self._seq
        frame.camera = self.name
        if self._file.still:
            frame.t = self._last_t + 1.0 / self.fps  # a still has no time of its own: the repeat rate
        else:
            frame.t += self._offset_t
        self._last_t = frame.t
        return frame

    def close(self) -> None:
        self._it = None
        self._file.close()


def open_source(settings: FileSettings, name: str, site_dir: Path | None) -> FileSource:
    """The ``file`` source of a site file's camera ``name``."""
    return FileSource(settings, name, site_dir)


def settings_from_uri(uri: str) -> FileSettings:
    """``file:PATH`` (or ``file:///ABSOLUTE/PATH``) as file settings, for ``canthus probe``."""
    if not uri.startswith("file:"):
        raise CanthusError(f"{uri!r} is not a file URI (file:PATH)")
    rest = uri[len("file:"):]
    if rest.startswith("//"):
        parts = urlsplit(uri)
        if parts.netloc not in ("", "localhost"):
            raise CanthusError(f"{uri!r}: a file URI names a file on this machine, not on host {parts.netloc!r}")
        rest = unquote(parts.path)
    if not rest:
        raise CanthusError(f"{uri!r}: no path after file:")
    from pydantic import ValidationError

    from app.core.errors import describe_validation_error

    try:
        return FileSettings(kind="file", path=rest)
    except ValidationError as exc:
        raise CanthusError(f"{uri!r}: {describe_validation_error(exc)}") from None


__all__ = [
    "STILL_FPS",
    "FileFrames",
    "FileSettings",
    "FileSource",
    "open_file_frames",
    "open_source",
    "settings_from_uri",
]
