"""A site: its entrances, each with a camera source and screening settings.

Site files are TOML. Unknown keys fail with their path, so a typo never
silently falls back to a default; every number has bounds (a billion people
or an infinite warm-up is refused, not obeyed), values must have their TOML
type, and camera names are compared ignoring case and repeated spaces. Minimal form (the camera-sources issue adds
real camera kinds)::

    name = "Head office"

    [[camera]]
    name = "Main entrance"
    source = { kind = "sim", width = 384, height = 288, fps = 25 }
    engine = { limit_c = 37.7 }

    [[camera]]
    name = "Training"
    source = { kind = "recording", path = "entrance.h5" }
"""

from __future__ import annotations

import tomllib
import unicodedata
from pathlib import Path
from typing import Annotated, Any, Literal, Union

from pydantic import AfterValidator, Field, ValidationError, ValidationInfo, field_validator
from pydantic_core import PydanticCustomError

from app.core.config import EngineConfig
from app.core.errors import CanthusError
from app.events.config import EventsSettings
from app.sim.entrance import (
    INCIDENTS,
    MAX_FPS,
    MAX_HEIGHT,
    MAX_PEOPLE,
    MAX_SECONDS,
    MAX_USER_SEED,
    MAX_WIDTH,
    MIN_FPS,
    MIN_HEIGHT,
    MIN_WIDTH,
)
from app.sources.config import SourceSettings
from app.sources.registry import settings_classes
from app.translations import QT_TRANSLATE_NOOP, SOURCE_LANGUAGE, arg, catalog, current_language, decimal_sign

MAX_CAMERAS = 16
#: The site-file format this Canthus writes and reads; older files are migrated on load.
SCHEMA_VERSION = 1
#: version -> function turning a version-N site table into version N+1 (none yet: version 1 is the first)
MIGRATIONS: dict[int, Any] = {}
#: Seconds without a frame before a camera is "offline" (DOMAIN.md: report offline after a grace period).
OFFLINE_GRACE_S = 3.0
#: A site file is a few dozen lines; anything this big is not one (and would be slow to parse).
MAX_FILE_BYTES = 1 << 20


def normalise_name(text: str) -> str:
    """A name as shown and stored: Unicode NFC, no leading, trailing or repeated spaces.

    Refuses control and invisible characters, which would make two names
    that look the same differ in the store.
    """
    name = " ".join(unicodedata.normalize("NFC", text).split())
    bad = next((ch for ch in name if unicodedata.category(ch)[0] == "C"), None)
    if bad is not None:
        raise PydanticCustomError("name_chars", "has an invisible or control character (U+{code})",
                                  {"code": f"{ord(bad):04X}"})
    return name


def name_key(name: str) -> str:
    """What two names are compared by: case, width and spacing variants are the same name."""
    return " ".join(unicodedata.normalize("NFKC", name).casefold().split())


def _name(max_length: int):
    def check(text: str) -> str:
        name = normalise_name(text)
        if not 1 <= len(name) <= max_length:
            raise PydanticCustomError("name_length", "must be 1 to {max} characters (spaces at the ends "
                                      "and repeated ones do not count), got {n}", {"max": max_length, "n": len(name)})
        return name

    return AfterValidator(check)


_Strict = SourceSettings  # the same rules for the site's own tables


class SimSourceConfig(_Strict):
    kind: Literal["sim"] = "sim"
    width: int = Field(384, ge=MIN_WIDTH, le=MAX_WIDTH)
    height: int = Field(288, ge=MIN_HEIGHT, le=MAX_HEIGHT)
    fps: float = Field(9.0, ge=MIN_FPS, le=MAX_FPS)
    seed: int = Field(0, ge=0, le=MAX_USER_SEED)
    people: int = Field(30, ge=1, le=MAX_PEOPLE)  # per simulated crowd; a new crowd follows
    fever_rate: float = Field(0.10, ge=0.0, le=1.0)
    incidents: list[str] | Literal["all", "none"] = "all"
    warmup_s: float = Field(0.0, ge=0.0, le=MAX_SECONDS)
    realtime: bool = True  # False: as fast as the engine goes (training replays, stress tests)

    @field_validator("incidents", mode="plain")
    @classmethod
    def _incidents(cls, v: Any) -> list[str] | str:
        # One clear message instead of pydantic's two (one per branch of the union).
        if v in ("all", "none"):
            return v
        if not isinstance(v, (list, tuple)) or not all(isinstance(x, str) for x in v):
            raise PydanticCustomError("incidents", "must be \"all\", \"none\" or a list of incident names")
        unknown = sorted(set(v) - set(INCIDENTS))
        if unknown:
            raise PydanticCustomError("incidents", "unknown incidents {unknown}; known: {known}",
                                      {"unknown": str(unknown)[:200], "known": ", ".join(INCIDENTS)})
        return list(dict.fromkeys(v))


class RecordingSourceConfig(_Strict):
    kind: Literal["recording"] = "recording"
    path: str = Field(min_length=1, max_length=4096)
    loop: bool = True

    @field_validator("path")
    @classmethod
    def _no_nul(cls, v: str) -> str:
        if "\x00" in v:  # no file system accepts it; Path would raise deep inside
            raise PydanticCustomError("path_nul", "contains a NUL character")
        return v


# The real camera kinds (file, uvc, isapi, gige) are listed once, in app.sources.registry.
SourceConfig = Annotated[Union[(SimSourceConfig, RecordingSourceConfig, *settings_classes())],
                         Field(discriminator="kind")]


class CameraConfig(_Strict):
    name: Annotated[str, _name(40)]
    source: SourceConfig
    engine: EngineConfig = EngineConfig()
    offline_grace_s: float = Field(OFFLINE_GRACE_S, ge=0.5, le=60.0)


class SiteConfig(_Strict):
    schema_version: int = Field(SCHEMA_VERSION, ge=1)  # load_site refuses a newer one and migrates older
    name: Annotated[str, _name(80)] = "Canthus site"
    camera: list[CameraConfig] = Field(min_length=1, max_length=MAX_CAMERAS)
    events: EventsSettings | None = None  # publish to an MQTT broker (docs/events.md); None: this console only

    @field_validator("camera", mode="wrap")
    @classmethod
    def _distinct_names(cls, raw: Any, handler) -> list[CameraConfig]:
        cams = handler(raw)
        seen: dict[str, int] = {}
        for i, cam in enumerate(cams):
            j = seen.setdefault(name_key(cam.name), i)
            if j != i:
                def written(k: int) -> str:  # as in the file, so a stray space is visible
                    r = raw[k]
                    return repr(r.get("name") if isinstance(r, dict) else cams[k].name)

                raise PydanticCustomError(
                    "duplicate_name",
                    "camera.{j}.name {a} and camera.{i}.name {b} are the same name (names are compared "
                    "ignoring case, width and repeated spaces)",
                    {"i": i, "j": j, "a": written(j), "b": written(i)},
                )
        return cams

    @field_validator("events")
    @classmethod
    def _topic_names(cls, events: EventsSettings | None, info: ValidationInfo) -> EventsSettings | None:
        # The site and each entrance need a distinct MQTT topic name (slug) once they publish.
        if events is not None and "camera" in info.data:
            from app.events.topics import entrance_slugs, slug

            if events.site_id is None and not slug(info.data.get("name", "")):
                raise PydanticCustomError("site_slug", "the site name has no letter or digit to name its MQTT "
                                                       "topics by: set events.site_id")
            try:
                entrance_slugs(c.name for c in info.data["camera"])
            except CanthusError as e:
                raise PydanticCustomError("entrance_slug", "{why}", {"why": str(e)}) from None
        return events


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


# What a site-file problem says, by its pydantic type: (text, the ``ctx`` keys filling %1, %2..., the ``ctx``
# key a ``%n`` counts). Each text is pydantic's (or this module's) own English, so that English reads as
# before; a message that does not read as its text in English (another pydantic, a source kind's own
# validator) is shown as pydantic wrote it, inside the translated frame.
ERROR_TEXTS: dict[str, tuple[tuple[str, tuple[str, ...], str | None], ...]] = {
    "extra_forbidden": ((QT_TRANSLATE_NOOP("SiteFile", "unknown key"), (), None),),
    "missing": ((QT_TRANSLATE_NOOP("SiteFile", "Field required"), (), None),),
    "greater_than_equal": ((QT_TRANSLATE_NOOP("SiteFile", "Input should be greater than or equal to %1"), ("ge",), None),),
    "greater_than": ((QT_TRANSLATE_NOOP("SiteFile", "Input should be greater than %1"), ("gt",), None),),
    "less_than_equal": ((QT_TRANSLATE_NOOP("SiteFile", "Input should be less than or equal to %1"), ("le",), None),),
    "less_than": ((QT_TRANSLATE_NOOP("SiteFile", "Input should be less than %1"), ("lt",), None),),
    "float_parsing": ((QT_TRANSLATE_NOOP(
        "SiteFile", "Input should be a valid number, unable to parse string as a number"), (), None),),
    "float_type": ((QT_TRANSLATE_NOOP("SiteFile", "Input should be a valid number"), (), None),),
    "int_parsing": ((QT_TRANSLATE_NOOP(
        "SiteFile", "Input should be a valid integer, unable to parse string as an integer"), (), None),),
    "int_type": ((QT_TRANSLATE_NOOP("SiteFile", "Input should be a valid integer"), (), None),),
    "int_from_float": ((QT_TRANSLATE_NOOP(
        "SiteFile", "Input should be a valid integer, got a number with a fractional part"), (), None),),
    "bool_parsing": ((QT_TRANSLATE_NOOP("SiteFile", "Input should be a valid boolean, unable to interpret input"),
                      (), None),),
    "bool_type": ((QT_TRANSLATE_NOOP("SiteFile", "Input should be a valid boolean"), (), None),),
    "string_type": ((QT_TRANSLATE_NOOP("SiteFile", "Input should be a valid string"), (), None),),
    "string_too_short": ((QT_TRANSLATE_NOOP("SiteFile", "String should have at least %n characters", None, 1), (),
                          "min_length"),),
    "string_too_long": ((QT_TRANSLATE_NOOP("SiteFile", "String should have at most %n characters", None, 1), (),
                         "max_length"),),
    "literal_error": ((QT_TRANSLATE_NOOP("SiteFile", "Input should be %1"), ("expected",), None),),
    "union_tag_invalid": ((QT_TRANSLATE_NOOP(
        "SiteFile", "Input tag '%1' found using %2 does not match any of the expected tags: %3"),
        ("tag", "discriminator", "expected_tags"), None),),
    "too_short": ((QT_TRANSLATE_NOOP("SiteFile", "List should have at least %1 item after validation, not %2"),
                   ("min_length", "actual_length"), None),),
    "name_chars": ((QT_TRANSLATE_NOOP("SiteFile", "has an invisible or control character (U+%1)"), ("code",), None),),
    "name_length": ((QT_TRANSLATE_NOOP("SiteFile", "must be 1 to %1 characters (spaces at the ends and repeated "
                                                   "ones do not count), got %2"), ("max", "n"), None),),
    "incidents": ((QT_TRANSLATE_NOOP("SiteFile", "must be \"all\", \"none\" or a list of incident names"), (), None),
                  (QT_TRANSLATE_NOOP("SiteFile", "unknown incidents %1; known: %2"), ("unknown", "known"), None)),
    "path_nul": ((QT_TRANSLATE_NOOP("SiteFile", "contains a NUL character"), (), None),),
    "duplicate_name": ((QT_TRANSLATE_NOOP("SiteFile", "camera.%1.name %2 and camera.%3.name %4 are the same name "
                                                      "(names are compared ignoring case, width and repeated spaces)"),
                        ("j", "a", "i", "b"), None),),
    "site_slug": ((QT_TRANSLATE_NOOP("SiteFile", "the site name has no letter or digit to name its MQTT topics by: "
                                                 "set events.site_id"), (), None),),
}
MORE_PROBLEMS = QT_TRANSLATE_NOOP("SiteFile", "; and %n more", None, 1)


def _ctx_value(v: Any, lang: str) -> str:
    """A bound or a count from pydantic's ``ctx``, as pydantic writes it, with the language's decimal sign."""
    return str(v).replace(".", decimal_sign(lang)) if isinstance(v, float) else str(v)


def _message(e: dict, lang: str) -> str:
    """One problem's message (without its key path) in ``lang``: its text of :data:`ERROR_TEXTS` when that
    reads, in English, as pydantic's own message; else pydantic's message as it is."""
    msg = e["msg"].removeprefix("Value error, ")
    ctx = e.get("ctx") or {}
    for source, keys, counted in ERROR_TEXTS.get(e["type"], ()):
        if any(k not in ctx for k in keys) or (counted is not None and not isinstance(ctx.get(counted), int)):
            continue
        n = ctx[counted] if counted is not None else -1
        english = arg(catalog(SOURCE_LANGUAGE).translate("SiteFile", source, None, n), *(str(ctx[k]) for k in keys))
        if english == msg or e["type"] == "extra_forbidden":  # "unknown key": this module's own words
            return arg(catalog(lang).translate("SiteFile", source, None, n), *(_ctx_value(ctx[k], lang) for k in keys))
    return msg


def _describe(err: ValidationError, data: Any, lang: str | None = None) -> str:
    """One line: each problem with its key path, the camera it is in, and the value given, in ``lang``
    (None: the console's language; English in the CLI). Key paths and values are the file's, untranslated."""
    lang = lang or current_language()
    say = catalog(lang)
    parts = []
    errors = err.errors()
    for e in errors[:4]:
        loc = e["loc"]
        where = ".".join(str(x) for x in loc) or "value"
        if len(loc) >= 3 and loc[0] == "camera" and isinstance(loc[1], int):
            try:
                name = data["camera"][loc[1]]["name"]
            except (KeyError, IndexError, TypeError):
                name = None
            if isinstance(name, str) and name.strip():
                where = arg(say.translate("SiteFile", "%1 (camera %2)"), where, repr(name.strip()[:40]))
        msg = _message(e, lang)
        if e["type"] == "extra_forbidden" and len(loc) == 1 and loc[0] in CameraConfig.model_fields:
            # a camera's key at the file's top level: say where it goes
            msg = arg(say.translate("SiteFile", "%1 — it belongs in a [[camera]] table"), msg)
        quiet = ("missing", "duplicate_name", "mqtt_url", "entrance_slug", "site_slug", "extra_forbidden",
                 "name_length")  # name_length: its message says what it got
        if not isinstance(e.get("input"), (dict, list)) and e["type"] not in quiet:  # mqtt_url: a password
            msg = arg(say.translate("SiteFile", "%1, got %2"), msg, _short(e.get("input")))
        parts.append(arg(say.translate("SiteFile", "%1: %2"), where, msg))
    more = len(errors) - len(parts)
    text = "; ".join(parts) + (say.translate("SiteFile", MORE_PROBLEMS, None, more) if more > 0 else "")
    # Keys and values come from the file: a newline in one must not split the message.
    return "".join(ch if ch.isprintable() else ascii(ch)[1:-1] for ch in text)


def _migrate(data: dict, p: Path) -> dict:
    """Bring an older site table to :data:`SCHEMA_VERSION`; a newer one is refused by name."""
    version = data.get("schema_version", 1)
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise CanthusError(f"site file {p}: schema_version: must be a whole number from 1, got {_short(version)}")
    if version > SCHEMA_VERSION:
        raise CanthusError(f"site file {p}: schema_version: {version} is from a newer Canthus (this one reads "
                           f"up to {SCHEMA_VERSION}); update Canthus or use a file written for this version")
    while version < SCHEMA_VERSION:
        data = {**MIGRATIONS[version](data), "schema_version": version + 1}
        version += 1
    return data


def load_site(path: str | Path) -> SiteConfig:
    """Read a site file; every problem becomes one CanthusError naming the file and key."""
    p = Path(path)
    try:
        size = p.stat().st_size
        if size > MAX_FILE_BYTES:
            raise CanthusError(f"site file {p}: {size} bytes is too big for a site file (at most {MAX_FILE_BYTES})")
        # Bytes, not text mode: universal newlines would turn a stray CR (not
        # allowed in TOML) into a line break. A BOM from a Windows editor is fine.
        data = tomllib.loads(p.read_bytes().decode("utf-8-sig"))
    except FileNotFoundError:
        raise CanthusError(f"site file {p}: no such file") from None
    except (OSError, UnicodeDecodeError) as e:
        raise CanthusError(f"site file {p}: cannot be read ({e})") from None
    except tomllib.TOMLDecodeError as e:
        raise CanthusError(f"site file {p}: not valid TOML ({e})") from None
    except RecursionError:  # tomllib parses nested arrays recursively
        raise CanthusError(f"site file {p}: not valid TOML (values nested too deeply)") from None
    data = _migrate(data, p)
    try:
        site = SiteConfig.model_validate(data)
    except ValidationError as e:
        raise CanthusError(f"site file {p}: {_describe(e, data)}") from None
    for i, cam in enumerate(site.camera):
        src = cam.source
        if isinstance(src, RecordingSourceConfig) or getattr(src, "kind", None) == "file":
            try:
                found = (p.parent / src.path).exists() or Path(src.path).exists()
            except OSError as e:  # a name too long for the file system
                raise CanthusError(f"site file {p}: camera.{i}.source.path ({cam.name!r}): "
                                   f"cannot be looked up ({e.strerror})") from None
            if not found:
                raise CanthusError(f"site file {p}: camera.{i}.source.path ({cam.name!r}): "
                                   f"recording {src.path} not found")
    return site


#: The demo site's camera kinds, in order: (name, width, height, fps, mm/px allowed)
_DEMO_CAMERAS = [
    ("Main entrance", 384, 288, 25.0, 1.0),
    ("Staff entrance", 640, 512, 30.0, 1.0),
    # A Lepton-class camera cannot give 1 mm per pixel on a face; the demo
    # accepts 2.5 mm knowingly, as a site would have to (docs/engine.md).
    ("Loading dock", 160, 120, 9.0, 2.5),
    ("Visitors", 384, 288, 9.0, 1.0),
]


#: Share of the demo's people who are febrile: about what a screened site sees outside an
#: epidemic peak (1-2 %), so the demo raises alarms as a real door does (issue #12).
DEMO_FEVER_RATE = 0.015
#: ``canthus --training``: many alarms, for practising the guard's answers.
TRAINING_FEVER_RATE = 0.15


def demo_site(n: int = 4, *, training: bool = False) -> SiteConfig:
    """The built-in demo: n simulated entrances (different cameras), every incident on; DEMO_FEVER_RATE
    of the people febrile, or TRAINING_FEVER_RATE with ``training`` (many alarms, to practise on)."""
    if not 1 <= n <= MAX_CAMERAS:
        raise CanthusError(f"the demo site has 1 to {MAX_CAMERAS} entrances, not {n}")
    rate = TRAINING_FEVER_RATE if training else DEMO_FEVER_RATE
    cams = []
    for i in range(n):
        name, w, h, fps, mm = _DEMO_CAMERAS[i % len(_DEMO_CAMERAS)]
        if i >= len(_DEMO_CAMERAS):
            name = f"{name} {i // len(_DEMO_CAMERAS) + 1}"
        cams.append(CameraConfig(
            name=name,
            source=SimSourceConfig(width=w, height=h, fps=fps, seed=101 + i, fever_rate=rate,
                                   warmup_s=4.0 if i == 3 else 0.0),
            engine=EngineConfig(max_mm_per_px=mm),
        ))
    return SiteConfig(name="Demo site (simulated, training: many alarms)" if training else "Demo site (simulated)",
                      camera=cams)


def open_source(cam: CameraConfig, site_dir: Path | None = None):
    """The frame source for one camera, and the engine settings completed from it."""
    from app.sim import SimConfig
    from app.sim.scoring import engine_config_for
    from app.sources import RecordingSource, SimulatedSource

    src = cam.source
    engine = cam.engine
    if isinstance(src, SimSourceConfig):
        inc = {"all": frozenset(INCIDENTS), "none": frozenset()}.get(src.incidents) if isinstance(src.incidents, str) else frozenset(src.incidents)
        sim = SimConfig(camera=cam.name, width=src.width, height=src.height, fps=src.fps, seed=src.seed,
                        people=src.people, fever_rate=src.fever_rate, incidents=inc, warmup_s=src.warmup_s,
                        limit_c=engine.limit_c)
        if engine.reference is None:  # the simulated blackbody is where the simulator put it
            engine = engine.model_copy(update={"reference": engine_config_for(sim).reference})
        return SimulatedSource(sim, realtime=src.realtime), engine
    if isinstance(src, RecordingSourceConfig):
        path = Path(src.path)
        if not path.is_absolute() and site_dir is not None and (site_dir / path).exists():
            path = site_dir / path
        source = RecordingSource(path, name=cam.name, loop=src.loop)
    else:
        from app.sources.registry import open_settings

        source = open_settings(src, cam.name, site_dir)
    reference = getattr(source, "reference", None)
    if engine.reference is None and reference is not None:
        engine = engine.model_copy(update={"reference": reference})
    return source, engine
