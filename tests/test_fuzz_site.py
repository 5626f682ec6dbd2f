"""Property-based fuzzing of site files and the calibration CSV reader.

Site files start from real ones (the demo site, the examples of
test_site.py, a training recording) and are mutated the way an unlucky site
edits them: numbers to extremes, NaN, inf, negatives and huge integers,
values of the wrong type, keys deleted or misspelt, camera names with stray
spaces, other scripts and invisible characters, cameras copied, and the text
itself cut or corrupted. Loading must either give settings that are all in
range, or refuse with the project's error naming the file and the key; never
another exception, never a hang. The CSV reader meets random bytes, other
encodings and delimiters, and huge or non-finite values: only CanthusError.

``tests/bench/fuzz_site.py --examples N`` runs the same checks longer and
prints counts (docs/fuzzing.md).
"""

from __future__ import annotations

import copy
import math
import tomllib
import unicodedata
from pathlib import Path

import numpy as np
import pytest
import tomli_w
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.core.calibration import PLAUSIBLE_C, load_pairs
from app.core.errors import CanthusError
from app.sim import (
    MAX_FPS,
    MAX_HEIGHT,
    MAX_PEOPLE,
    MAX_SECONDS,
    MAX_USER_SEED,
    MAX_WIDTH,
    MIN_FPS,
    MIN_HEIGHT,
    MIN_WIDTH,
    SimConfig,
)
from app.site import MAX_CAMERAS, RecordingSourceConfig, SimSourceConfig, demo_site, load_site, name_key

# -- site documents ---------------------------------------------------------

RECORDING = "entrance.h5"  # created next to every fuzzed site file


def _bases() -> list[dict]:
    from tests.test_site import GOOD

    demo = demo_site(4).model_dump(mode="python", exclude_none=True)
    training = {"name": "Training", "camera": [
        {"name": "Training", "source": {"kind": "recording", "path": RECORDING, "loop": True},
         "engine": {"limit_c": 37.5, "rule": "relative", "relative": {"window": 10, "trim": 1}}},
    ]}
    return [demo, tomllib.loads(GOOD), training]


BASES = _bases()

EXTREMES = [
    0, -1, 1, 2, 23, 24, 31, 32, 1280, 1281, 4096, 4097, 10_000, 10_001, 10**9, 2**31, 2**32 - 1, 2**32,
    2**63 - 1, -(2**63), 2**64, 0.0, -0.0, 0.49, 0.5, 120.0, 120.01, 34.0, 39.0, 39.05, 37.75, 86_400.0,
    86_400.5, 1e-300, -1e-300, 1e300, -1e300, 5e-324, math.nan, math.inf, -math.inf,
    True, False, "", " ", "25", "nan", "inf", "all", "none", "sim", "recording", [], [1], ["glasses"], {}, {"x": 1},
]
NAMES = [
    "Main entrance", "Main entrance ", "  main   ENTRANCE", "Main\u00a0entrance", "Main\u200bentrance",
    "Main\tentrance", "Main\nentrance", "Ｍａｉｎ entrance", "Main entrance\x00", "\x1b[31mMain", "",
    "   ", "x" * 40, "x" * 41, " " + "x" * 40 + " ", "e\u0301", "\u00e9", "Entrée principale", "正门",
    "مدخل", "🚪", "Staff entrance", "Loading dock",
]

values = st.one_of(
    st.sampled_from(EXTREMES),
    st.integers(),
    st.floats(),
    st.text(max_size=30),
    st.booleans(),
    st.lists(st.sampled_from(["glasses", "pair", "sneeze", "", "ffc"]), max_size=4),
).map(copy.deepcopy)  # EXTREMES holds lists and tables: a mutation must not change the constant
names = st.one_of(st.sampled_from(NAMES), st.text(max_size=50))
keys = st.one_of(st.sampled_from(["fsp", "people ", "Seed", "kind", "warmup", "extra", "limit"]),
                 st.text(min_size=1, max_size=12))


def _containers(node, path=()):
    """Every (path, table or array) in a parsed document."""
    yield path, node
    items = node.items() if isinstance(node, dict) else enumerate(node) if isinstance(node, list) else ()
    for k, v in items:
        if isinstance(v, (dict, list)):
            yield from _containers(v, (*path, k))


def _leaves(node, path=()):
    items = node.items() if isinstance(node, dict) else enumerate(node) if isinstance(node, list) else ()
    for k, v in items:
        if isinstance(v, (dict, list)):
            yield from _leaves(v, (*path, k))
        else:
            yield (*path, k)


def _at(doc, path):
    for k in path:
        doc = doc[k]
    return doc


@st.composite
def site_files(draw) -> bytes:
    """The bytes of a mutated site file."""
    doc = copy.deepcopy(draw(st.sampled_from(BASES)))
    for _ in range(draw(st.integers(1, 4))):
        op = draw(st.sampled_from(["value", "value", "value", "name", "name", "delete", "add", "copy"]))
        leaves = list(_leaves(doc))
        if op == "value" and leaves:
            path = draw(st.sampled_from(leaves))
            _at(doc, path[:-1])[path[-1]] = draw(values)
        elif op == "name":
            cams = [c for c in doc.get("camera", []) if isinstance(c, dict)] if isinstance(doc.get("camera"), list) else []
            target = draw(st.sampled_from(cams)) if cams and draw(st.booleans()) else doc
            target["name"] = draw(names)
        elif op == "delete" and leaves:
            path = draw(st.sampled_from(leaves))
            parent = _at(doc, path[:-1])
            parent.pop(path[-1]) if isinstance(parent, dict) else parent.pop(path[-1])
        elif op == "add":
            tables = [c for _, c in _containers(doc) if isinstance(c, dict)]
            draw(st.sampled_from(tables))[draw(keys)] = draw(values)
        elif op == "copy" and isinstance(doc.get("camera"), list) and doc["camera"]:
            cam = copy.deepcopy(draw(st.sampled_from(doc["camera"])))
            if isinstance(cam, dict) and draw(st.booleans()):
                cam["name"] = draw(names)
            doc["camera"].append(cam)
    data = tomli_w.dumps(doc).encode("utf-8")
    cut = draw(st.sampled_from(["none", "none", "none", "truncate", "byte"]))
    if cut == "truncate":
        data = data[: draw(st.integers(0, len(data)))]
    elif cut == "byte" and data:
        i = draw(st.integers(0, len(data) - 1))
        data = data[:i] + bytes([draw(st.integers(0, 255))]) + data[i + 1:]
    return data


def _finite_everywhere(node, where: str) -> None:
    if isinstance(node, float):
        assert math.isfinite(node), f"{where} = {node} was accepted"
    elif isinstance(node, dict):
        for k, v in node.items():
            _finite_everywhere(v, f"{where}.{k}")
    elif isinstance(node, (list, tuple)):
        for i, v in enumerate(node):
            _finite_everywhere(v, f"{where}.{i}")


def check_accepted(site) -> None:
    """Everything a loaded site says is in range, and the simulator takes it as it is."""
    _finite_everywhere(site.model_dump(), "site")
    assert 1 <= len(site.camera) <= MAX_CAMERAS
    keys_seen = set()
    for cam in (site, *site.camera):
        assert cam.name == " ".join(cam.name.split()) and cam.name, repr(cam.name)
        assert not any(unicodedata.category(ch)[0] == "C" for ch in cam.name), repr(cam.name)
    for cam in site.camera:
        assert len(cam.name) <= 40
        assert name_key(cam.name) not in keys_seen, f"duplicate camera {cam.name!r} accepted"
        keys_seen.add(name_key(cam.name))
        e = cam.engine
        assert 34.0 <= e.limit_c <= 39.0 and round(e.limit_c, 1) == e.limit_c
        assert 0.0 <= e.warmup_s <= MAX_SECONDS
        assert 2 * e.relative.trim < e.relative.window and e.relative.min_subjects <= e.relative.window
        src = cam.source
        if isinstance(src, SimSourceConfig):
            assert MIN_WIDTH <= src.width <= MAX_WIDTH and MIN_HEIGHT <= src.height <= MAX_HEIGHT
            assert MIN_FPS <= src.fps <= MAX_FPS
            assert 0 <= src.seed <= MAX_USER_SEED and 1 <= src.people <= MAX_PEOPLE
            assert 0.0 <= src.fever_rate <= 1.0 and 0.0 <= src.warmup_s <= MAX_SECONDS
            assert all(type(v) is not bool for v in (src.width, src.height, src.seed, src.people))
            # What open_source builds (without building the simulator itself)
            SimConfig(camera=cam.name, width=src.width, height=src.height, fps=src.fps, seed=src.seed,
                      people=src.people, fever_rate=src.fever_rate, warmup_s=src.warmup_s, limit_c=e.limit_c)
        else:
            assert isinstance(src, RecordingSourceConfig) and src.path and "\x00" not in src.path


_READ_PROBLEMS = ("not valid TOML", "cannot be read", "is too big for a site file")


def check_refused(err: CanthusError, path: Path, data: bytes) -> None:
    """The message names the file and, for a readable document, the key that is wrong."""
    msg = str(err)
    prefix = f"site file {path}: "
    assert msg.startswith(prefix), msg
    rest = msg[len(prefix):]
    if rest.startswith(_READ_PROBLEMS):
        return
    doc = tomllib.loads(data.decode("utf-8-sig"))  # it parsed, so a key is to blame
    # keys as the message shows them: control characters escaped
    top = {"".join(ch if ch.isprintable() else ascii(ch)[1:-1] for ch in k) for k in {"name", "camera", *doc}}
    assert rest.startswith(tuple(f"{k}{sep}" for k in top for sep in (".", ":", " ("))), msg
    assert "\n" not in msg


def load_one(data: bytes, directory: Path) -> tuple[str, str]:
    """Load one mutated site file: ('accepted' | 'refused', message); anything else raises."""
    path = directory / "site.toml"
    path.write_bytes(data)
    (directory / RECORDING).touch()
    try:
        site = load_site(path)
    except CanthusError as err:
        check_refused(err, path, data)
        return "refused", str(err)
    check_accepted(site)
    return "accepted", ""


@pytest.mark.timeout(120)
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=site_files())
def test_mutated_site_files_load_in_range_or_name_the_key(data, tmp_path_factory):
    load_one(data, tmp_path_factory.mktemp("site", numbered=True))


@pytest.mark.timeout(60)
def test_the_bases_themselves_load(tmp_path):
    for doc in BASES:
        assert load_one(tomli_w.dumps(doc).encode(), tmp_path) == ("accepted", "")


@pytest.mark.timeout(60)
@settings(max_examples=100, deadline=None)
@given(field=st.sampled_from(["fps", "people", "seed", "warmup_s", "width", "height", "fever_rate"]),
       value=st.one_of(st.floats(), st.integers(), st.sampled_from(EXTREMES)))
def test_every_sim_number_is_bounded(field, value, tmp_path_factory):
    """Targeted: one sim setting at a time, so accepted values are checked field by field."""
    doc = copy.deepcopy(BASES[1])
    doc["camera"][0]["source"][field] = value
    outcome, msg = load_one(tomli_w.dumps(doc).encode(), tmp_path_factory.mktemp("sim", numbered=True))
    if outcome == "refused":
        assert f"camera.0.source.sim.{field}" in msg


# -- calibration CSV ----------------------------------------------------------

CELLS = st.one_of(
    st.floats(allow_nan=True, allow_infinity=True).map(repr),
    st.floats(20.0, 45.0).map(lambda v: f"{v:.2f}"),
    st.floats(20.0, 45.0).map(lambda v: f"{v:.2f}".replace(".", ",")),
    st.sampled_from(["", " ", "nan", "NaN", "inf", "-inf", "1e400", "-1e400", "1e-400", "36,5", "3 6.5", "36.5.1",
                     "１２", "0x24", "1_0", '"36.5"', "\x00", "36.5\x00", "—", "°C"]),
    st.text(max_size=12),
)


@st.composite
def csv_files(draw) -> bytes:
    if draw(st.integers(0, 4)) == 0:
        return draw(st.binary(max_size=400))
    delim = draw(st.sampled_from([",", ";", "\t", "|", " ", ", "]))
    header = ["skin", "oral", *draw(st.lists(st.sampled_from(["id", "skin", "oral", "", "x"]), max_size=3))]
    header = draw(st.permutations(header))
    lines = [delim.join(header)]
    if draw(st.booleans()):
        lines.insert(0, draw(st.text(max_size=30)))  # extra header rows, as in the FDA table
    width = len(header)
    for _ in range(draw(st.integers(0, 12))):
        n = draw(st.sampled_from([width, width, width - 1, width + 1, 0]))
        lines.append(delim.join(draw(CELLS) for _ in range(max(0, n))))
    if draw(st.integers(0, 9)) == 0:
        lines.append("9" * draw(st.sampled_from([400, 200_000])))  # past csv's field limit
    text = draw(st.sampled_from(["\n", "\r\n", "\r"])).join(lines)
    encoding = draw(st.sampled_from(["utf-8", "utf-8", "utf-8-sig", "utf-16", "latin-1", "cp1252"]))
    return text.encode(encoding, errors="replace")


def read_one_csv(data: bytes, directory: Path, skin: str = "skin", ref: str = "oral") -> str:
    """'accepted' or 'refused'; anything but CanthusError raises."""
    path = directory / "pairs.csv"
    path.write_bytes(data)
    try:
        s, r, skipped = load_pairs(path, skin, ref)
    except CanthusError as err:
        assert str(err) and "\n" not in str(err) and str(path) in str(err)
        return "refused"
    lo, hi = PLAUSIBLE_C
    assert len(s) == len(r) > 0 and isinstance(skipped, int) and skipped >= 0
    assert np.isfinite(s).all() and np.isfinite(r).all()
    assert ((lo <= s) & (s <= hi)).all() and ((lo <= r) & (r <= hi)).all()
    return "accepted"


@pytest.mark.timeout(120)
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=csv_files())
def test_csv_reader_gives_pairs_in_range_or_canthus_error(data, tmp_path_factory):
    read_one_csv(data, tmp_path_factory.mktemp("csv", numbered=True))


@pytest.mark.timeout(60)
@settings(max_examples=100, deadline=None)
@given(skin=st.text(max_size=20), ref=st.text(max_size=20))
def test_csv_reader_any_column_names(skin, ref, tmp_path_factory):
    data = f"skin,oral\n36.1,37.0\n{skin},{ref}\n35.0,36.9\n".encode()
    read_one_csv(data, tmp_path_factory.mktemp("cols", numbered=True), skin, ref)
