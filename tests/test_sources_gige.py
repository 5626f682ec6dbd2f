"""FLIR A-series EST over GigE Vision against a fake of the harvesters 1.4 API (no GenTL producer here)."""

from __future__ import annotations

import sys
from types import SimpleNamespace

import numpy as np
import pytest
from pydantic import ValidationError

from app.core.errors import CanthusError
from app.sources import gige
from app.sources.base import SourceError
from app.sources.gige import GigeSettings, open_source

K = 273.15


class Node:
    def __init__(self, value, allowed=None):
        self._value, self.allowed = value, allowed

    @property
    def value(self):
        return self._value

    @value.setter
    def value(self, v):
        if self.allowed is not None and v not in self.allowed:
            raise ValueError(f"{v} is not an entry of this enumeration")  # as genicam's LogicalErrorException
        self._value = v


class FakeBuffer:
    def __init__(self, data, rows, cols, fmt="Mono16"):
        self.payload = SimpleNamespace(components=[SimpleNamespace(data=data, height=rows, width=cols, data_format=fmt)])
        self.queued = False

    def queue(self):
        self.queued = True


class FakeAcquirer:
    def __init__(self, buffers, ir_formats):
        self.remote_device = SimpleNamespace(node_map=SimpleNamespace(
            PixelFormat=Node("Mono8", {"Mono8", "Mono16"}), IRFormat=Node("Radiometric", ir_formats)))
        self.buffers = list(buffers)
        self.started = self.stopped = self.destroyed = False
        self.fetch_error: Exception | None = None

    def start(self):
        self.started = True

    def try_fetch(self, *, timeout):
        if self.fetch_error is not None:
            raise self.fetch_error
        return self.buffers.pop(0) if self.buffers else None  # None: nothing within timeout

    def stop(self):
        self.stopped = True

    def destroy(self):
        self.destroyed = True


class FakeHarvester:
    def __init__(self, serials=("75000123",), buffers=(), ir_formats=("Radiometric", "TemperatureLinear10mK",
                                                                         "TemperatureLinear100mK")):
        self.device_info_list = []
        self._serials = serials
        self.files, self.keys = [], []
        self.acquirer = FakeAcquirer(buffers, set(ir_formats))
        self.was_reset = False

    def add_file(self, path):
        self.files.append(path)

    def update(self):
        self.device_info_list = [SimpleNamespace(serial_number=s, model="A700 EST") for s in self._serials]

    def create(self, key):
        self.keys.append(key)
        return self.acquirer

    def reset(self):
        self.was_reset = True


def scene():
    c = np.full((480, 640), 21.0)
    c[100:220, 260:360] = 36.4
    c[150, 300] = 37.3
    return c


def mono16(celsius, k_per_count):
    counts = np.rint((celsius + K) / k_per_count).astype(np.uint16)
    return FakeBuffer(counts.reshape(-1), *celsius.shape)  # harvesters gives a flat array plus width/height


@pytest.fixture
def cti(tmp_path):
    path = tmp_path / "FLIR_GenTL.cti"
    path.write_bytes(b"stands in for the vendor's producer")
    return path


def open_fake(harvester, cti, **settings):
    s = GigeSettings(producer=cti.name, **settings)
    return open_source(s, "Staff entrance", cti.parent, harvester_factory=lambda: harvester)


@pytest.mark.parametrize("ir_format,k", [("TemperatureLinear10mK", 0.01), ("TemperatureLinear100mK", 0.1)])
def test_temperature_linear_frames_to_celsius(cti, ir_format, k):
    c = scene()
    buf = mono16(c, k)
    h = FakeHarvester(buffers=[buf])
    src = open_fake(h, cti, ir_format=ir_format, serial_number="75000123")
    nodes = h.acquirer.remote_device.node_map
    assert h.files == [str(cti)] and h.keys == [{"serial_number": "75000123"}]
    assert (nodes.PixelFormat.value, nodes.IRFormat.value) == ("Mono16", ir_format) and h.acquirer.started
    f = src.read(1.0)
    assert buf.queued  # handed back to the producer after the copy
    assert f.raw.shape == (480, 640) and f.celsius is None and f.camera == "Staff entrance"
    celsius = f.ensure_celsius()
    assert np.abs(celsius - c).max() <= k / 2 + 1e-4
    assert src.read(0.01) is None  # nothing more within the timeout
    src.close()
    assert h.acquirer.stopped and h.acquirer.destroyed and h.was_reset


def test_rotation(cti):
    c = scene()
    src = open_fake(FakeHarvester(buffers=[mono16(c, 0.01)]), cti, rotate=270)
    f = src.read(1.0)
    src.close()
    assert f.raw.shape == (640, 480) and np.abs(f.ensure_celsius() - np.rot90(c, 1)).max() < 0.006


def test_camera_without_temperature_linear_is_not_radiometric(cti):
    h = FakeHarvester(ir_formats=("Radiometric",))
    with pytest.raises(SourceError, match="cannot be set to Mono16 TemperatureLinear10mK") as err:
        open_fake(h, cti)
    assert err.value.state == "not_radiometric" and err.value.retry is False
    assert h.was_reset  # the producer is released on a failed open


def test_finding_the_camera(cti):
    with pytest.raises(SourceError, match="no GigE Vision camera answers") as err:
        open_fake(FakeHarvester(serials=()), cti)
    assert err.value.retry is True
    with pytest.raises(SourceError, match=r"2 cameras found \(1, 2\): set serial_number") as err:
        open_fake(FakeHarvester(serials=("1", "2")), cti)
    assert err.value.retry is False
    with pytest.raises(SourceError, match=r"not found through FLIR_GenTL.cti \(found: 1\)"):
        open_fake(FakeHarvester(serials=("1",)), cti, serial_number="9")
    h = FakeHarvester(serials=("1",))
    open_fake(h, cti).close()
    assert h.keys == [0]  # the only camera


def test_missing_producer_and_missing_extra(cti, monkeypatch):
    with pytest.raises(SourceError, match="GenTL producer .*nothere.cti does not exist") as err:
        open_source(GigeSettings(producer="nothere.cti"), "x", cti.parent, harvester_factory=FakeHarvester)
    assert err.value.retry is False
    monkeypatch.setitem(sys.modules, "harvesters", None)  # not installed
    monkeypatch.setitem(sys.modules, "harvesters.core", None)
    with pytest.raises(CanthusError, match=r"pip install 'canthus\[gige\]'"):
        open_source(GigeSettings(producer=cti.name), "x", cti.parent)


def test_lost_link_is_offline_and_retried(cti):
    h = FakeHarvester()
    src = open_fake(h, cti)
    h.acquirer.fetch_error = RuntimeError("GenTL: device removed")
    with pytest.raises(SourceError, match="device removed") as err:
        src.read(1.0)
    src.close()
    assert err.value.state == "offline" and err.value.retry is True


def test_wrong_buffers_are_refused(cti):
    bad_size = FakeBuffer(np.zeros(100, np.uint16), 480, 640)
    mono8 = FakeBuffer(np.zeros(480 * 640, np.uint8), 480, 640, fmt="Mono8")
    src = open_fake(FakeHarvester(buffers=[bad_size, mono8]), cti)
    with pytest.raises(SourceError, match="480×640 Mono16 frame came as 100 uint16"):
        src.read(1.0)
    assert bad_size.queued
    with pytest.raises(SourceError, match="not Mono16"):
        src.read(1.0)
    src.close()


def test_settings():
    with pytest.raises(ValidationError, match=r"\.cti file"):
        GigeSettings(producer="producer.dll")
    with pytest.raises(ValidationError):
        GigeSettings(producer="a.cti", ir_format="Radiometric")
    with pytest.raises(ValidationError, match="Extra inputs"):
        GigeSettings(producer="a.cti", ip="10.0.0.2")
    assert gige.IR_FORMATS["TemperatureLinear100mK"].value == 0.1
