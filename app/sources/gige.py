"""FLIR A-series EST screening cameras over GigE Vision, through GenICam (``harvesters``).

The camera is reached through the vendor's GenTL producer (a ``.cti`` file
the site file names; FLIR ships one with its Spinnaker/eBUS SDKs) and set to
``PixelFormat = Mono16`` with ``IRFormat = TemperatureLinear10mK`` or
``TemperatureLinear100mK``: each pixel is then Kelvin × 100 or × 10, the same
TLinear encoding as a Lepton's Y16, converted by
:func:`app.core.radiometry.y16_to_celsius`. ``IRFormat = Radiometric`` (raw
counts that need the camera's Planck constants) is not supported.

An optional extra: ``pip install 'canthus[gige]'``. **No real camera was
tried**: no GenTL producer can be installed where this was written, so it is
tested only against a fake of the harvesters API (tests/test_sources_gige.py)
that follows harvesters 1.4 (``Harvester.add_file/update/create``,
``ImageAcquirer.try_fetch(timeout=)``, ``buffer.payload.components[0]``,
``buffer.queue()``). The camera's shutter (NUC) state is not read.
"""

from __future__ import annotations

import functools
import time
from pathlib import Path
from typing import Any, Callable, Literal

import numpy as np
from pydantic import Field, field_validator
from pydantic_core import PydanticCustomError

from app.core.errors import CanthusError
from app.core.frame import Frame
from app.core.radiometry import Y16Resolution, y16_to_celsius
from app.sources.base import MAX_WARMUP_S, REAL_CAMERA_WARMUP_S, SourceError
from app.sources.orient import OrientationSettings, orient

IR_FORMATS = {"TemperatureLinear10mK": Y16Resolution.CENTIKELVIN, "TemperatureLinear100mK": Y16Resolution.DECIKELVIN}


class GigeSettings(OrientationSettings):
    """A GigE Vision camera: ``source = { kind = "gige", producer = "FLIR_GenTL.cti", serial_number = "..." }``."""

    kind: Literal["gige"] = "gige"
    # seconds without screening after the camera (re)connects: it warms up (per camera)
    warmup_s: float = Field(REAL_CAMERA_WARMUP_S, ge=0.0, le=MAX_WARMUP_S)
    #: The vendor's GenTL producer (.cti), absolute or relative to the site file.
    producer: str = Field(min_length=5, max_length=4096)
    #: Which camera; may be left out when the producer finds exactly one.
    serial_number: str | None = Field(None, min_length=1, max_length=64)
    ir_format: Literal["TemperatureLinear10mK", "TemperatureLinear100mK"] = "TemperatureLinear10mK"
    #: Expected frame rate (A-series EST: 30 Hz).
    fps: float = Field(30.0, ge=1.0, le=60.0)

    @field_validator("producer")
    @classmethod
    def _cti(cls, v: str) -> str:
        if "\x00" in v or not v.lower().endswith(".cti"):
            raise PydanticCustomError("gige_producer", "must name the vendor's GenTL producer, a .cti file")
        return v


def _harvester() -> Any:
    try:
        from harvesters.core import Harvester
    except ImportError:
        raise CanthusError("GigE Vision cameras need the optional extra: pip install 'canthus[gige]' "
                           "(the harvesters package)") from None
    return Harvester()


class GigeSource:
    """A GigE Vision camera delivering TemperatureLinear Mono16 as a :class:`~app.sources.base.Source`."""

    def __init__(self, settings: GigeSettings, name: str, site_dir: Path | None = None, *,
                 harvester_factory: Callable[[], Any] | None = None) -> None:
        self.settings = settings
        self.warmup_s = settings.warmup_s
        self.name = name
        self.fps = settings.fps
        self.uri = f"gige:{settings.serial_number or 'only camera'}"
        self.label = f"GigE camera {settings.serial_number or '(the only one)'}"
        cti = Path(settings.producer)
        if not cti.is_absolute() and site_dir is not None:
            cti = site_dir / cti
        if not cti.is_file():
            raise SourceError(f"{self.label}: the GenTL producer {cti} does not exist; install the camera "
                              "vendor's SDK and name its .cti file in the site file", retry=False)
        self._resolution = IR_FORMATS[settings.ir_format]
        self._radiometer = functools.partial(y16_to_celsius, resolution=self._resolution)
        self._seq = 0
        self._h = (harvester_factory or _harvester)()
        self._ia = None
        try:
            self._open(cti)
        except BaseException:
            self.close()
            raise

    def _open(self, cti: Path) -> None:
        s = self.settings
        try:
            self._h.add_file(str(cti))
            self._h.update()
            infos = list(self._h.device_info_list)
        except Exception as exc:  # genicam raises its own exception classes
            raise SourceError(f"{self.label}: the GenTL producer {cti.name} failed: {exc}") from None
        serials = [str(getattr(i, "serial_number", "")) for i in infos]
        if not infos:
            raise SourceError(f"{self.label}: no GigE Vision camera answers through {cti.name} "
                              "(unplugged, or on another subnet)")
        if s.serial_number is None:
            if len(infos) > 1:
                raise SourceError(f"{self.label}: {len(infos)} cameras found ({', '.join(serials)}): "
                                  "set serial_number for this camera", retry=False)
            key: Any = 0
        elif s.serial_number in serials:
            key = {"serial_number": s.serial_number}
        else:
            raise SourceError(f"{self.label}: not found through {cti.name} (found: {', '.join(serials) or 'none'})")
        try:
            self._ia = self._h.create(key)
            nodes = self._ia.remote_device.node_map
            nodes.PixelFormat.value = "Mono16"
            nodes.IRFormat.value = s.ir_format
            pixel_format, ir_format = str(nodes.PixelFormat.value), str(nodes.IRFormat.value)
        except Exception as exc:
            raise SourceError(f"{self.label}: cannot be set to Mono16 {s.ir_format} ({type(exc).__name__}: "
                              f"{exc}); is it a radiometric FLIR A-series?", state="not_radiometric",
                              retry=False) from None
        if (pixel_format, ir_format) != ("Mono16", s.ir_format):
            raise SourceError(f"{self.label}: asked for Mono16 {s.ir_format}, the camera kept {pixel_format} "
                              f"{ir_format}", state="not_radiometric", retry=False)
        try:
            self._ia.start()
        except Exception as exc:
            raise SourceError(f"{self.label}: acquisition does not start: {exc}") from None

    def read(self, timeout: float) -> Frame | None:
        try:
            buffer = self._ia.try_fetch(timeout=max(0.0, timeout))
        except Exception as exc:  # link lost, device removed
            raise SourceError(f"{self.label}: {type(exc).__name__}: {exc}") from None
        if buffer is None:
            return None
        t = time.monotonic()
        try:
            component = buffer.payload.components[0]
            fmt = str(getattr(component, "data_format", "Mono16"))
            if fmt != "Mono16":
                raise SourceError(f"{self.label}: frames arrive as {fmt}, not Mono16", state="not_radiometric",
                                  retry=False)
            rows, cols = int(component.height), int(component.width)
            data = np.asarray(component.data)
            if data.dtype != np.uint16 or data.size != rows * cols:
                raise SourceError(f"{self.label}: a {rows}×{cols} Mono16 frame came as {data.size} {data.dtype} "
                                  "values", state="bad_frames")
            # copy before the buffer goes back to the producer, which then refills it
            raw = data.reshape(rows, cols).copy()
        finally:
            buffer.queue()
        self._seq += 1
        raw = orient(raw, self.settings.rotate, self.settings.mirror)
        return Frame(self.name, self._seq, t, None, self.uri, raw=raw, radiometer=self._radiometer)

    def close(self) -> None:
        """Stop acquisition and release the camera and the producer; errors while doing so are moot."""
        ia, self._ia = self._ia, None
        for step in ((ia.stop, ia.destroy) if ia is not None else ()) + (self._h.reset,):
            try:
                step()
            except Exception:  # the device may be gone already; nothing is left to release
                pass


def open_source(settings: GigeSettings, name: str, site_dir: Path | None = None, *,
                harvester_factory: Callable[[], Any] | None = None) -> GigeSource:
    """Open the GigE Vision camera ``settings`` names; SourceError when it cannot be reached or set up."""
    return GigeSource(settings, name, site_dir, harvester_factory=harvester_factory)
