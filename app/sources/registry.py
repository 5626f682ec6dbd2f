"""Every camera kind by name: its settings model, how to open it, how a URI names it.

The site file's ``source = { kind = "..." }`` and ``canthus probe URI`` both
come here, so a kind added to :data:`KINDS` is known to both at once.
"""

from __future__ import annotations

import importlib
from pathlib import Path

from app.core.errors import CanthusError
from app.sources.config import SourceSettings

#: kind -> (module, settings class). Each module has ``open_source(settings, name, site_dir, ...)``
#: and, where a URI can name it, ``settings_from_uri(uri)``.
KINDS: dict[str, tuple[str, str]] = {
    "file": ("app.sources.files", "FileSettings"),
    "uvc": ("app.sources.uvc", "UvcSettings"),
    "isapi": ("app.sources.isapi", "IsapiSourceConfig"),
    "gige": ("app.sources.gige", "GigeSettings"),  # harvesters is an optional extra: imported when used
    "rtsp": ("app.sources.rtsp", "RtspSettings"),  # visible streams: shown, never measured
}

#: URI scheme -> kind
SCHEMES = {"file": "file", "uvc": "uvc", "isapi": "isapi", "isapis": "isapi", "rtsp": "rtsp", "rtsps": "rtsp"}


def _module(kind: str):
    return importlib.import_module(KINDS[kind][0])


def settings_classes() -> list[type[SourceSettings]]:
    """The settings model of every kind, for the site file's source union."""
    return [getattr(_module(k), cls) for k, (_, cls) in KINDS.items()]


def settings_from_uri(uri: str) -> SourceSettings:
    """``file:PATH``, ``uvc:INDEX``, ``isapi://[user@]HOST[:PORT]/CHANNEL``, ``rtsp://...`` as a kind's settings."""
    scheme = uri.partition(":")[0].lower()
    kind = SCHEMES.get(scheme)
    if kind is None or ":" not in uri:
        raise CanthusError(f"{uri!r}: not a camera URI; known forms: file:PATH, uvc:INDEX, "
                           "isapi://[user@]HOST[:PORT]/CHANNEL (isapis:// for HTTPS), "
                           "rtsp://[user@]HOST[:PORT]/PATH (rtsps:// for TLS)")
    return _module(kind).settings_from_uri(uri)


def open_settings(settings: SourceSettings, name: str, site_dir: Path | None = None, **extra):
    """The source for ``settings`` (one of the kinds in :data:`KINDS`)."""
    kind = getattr(settings, "kind", None)
    if kind not in KINDS:
        raise CanthusError(f"camera {name!r}: no source of kind {kind!r}")
    return _module(kind).open_source(settings, name, site_dir, **extra)
