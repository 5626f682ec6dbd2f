"""`canthus probe URI` on each URI kind, against the same fakes the source tests use."""

from __future__ import annotations

import io
import json
import time

import numpy as np
import pytest

from app.cli import main
from tests.test_sources_isapi import PASSWORD, USER, FakeCamera
from tests.test_sources_isapi import scene as isapi_scene
from tests.test_sources_uvc import FakeCapture, lepton_frame
from tests.test_sources_uvc import scene as uvc_scene


def run_probe(capsys, *args, stdin: str | None = None, monkeypatch=None) -> tuple[int, list[dict], str]:
    if stdin is not None:
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = main(["probe", *args])
    out, err = capsys.readouterr()
    rows = [json.loads(line) for line in out.splitlines() if line.startswith("{")]
    return code, rows, err


class LiveCapture(FakeCapture):
    """A camera that keeps sending the same frame at ~50 Hz (the source keeps the latest)."""

    def read(self):
        time.sleep(0.02)
        return True, self.frames[0]


@pytest.mark.parametrize("ffc_state, state", [(3, "live"), (2, "ffc")])  # 3: FFC done long ago; 2: in progress
def test_probe_uvc_lepton(capsys, monkeypatch, ffc_state, state):
    c = uvc_scene()
    cap = LiveCapture([lepton_frame(c, ffc_state=ffc_state)], size=(160, 122))
    monkeypatch.setattr("app.sources.uvc._opencv_capture", lambda device, api: cap)
    code, rows, err = run_probe(capsys, "uvc:0", "--frames", "3", "--json")
    assert code == 0, err
    assert [(r["width"], r["height"]) for r in rows] == [(160, 120)] * 3  # telemetry rows stripped
    assert [r["state"] for r in rows] == [state] * 3
    assert rows[0]["min_c"] == pytest.approx(float(c.min()), abs=0.02)
    assert rows[0]["max_c"] == pytest.approx(float(c.max()), abs=0.02)


def test_probe_unplugged_uvc_is_one_line(capsys, monkeypatch):
    monkeypatch.setattr("app.sources.uvc._opencv_capture", lambda device, api: FakeCapture([], opened=False))
    code, rows, err = run_probe(capsys, "uvc:3", "--frames", "1")
    assert code == 2 and not rows
    assert err.count("\n") == 1 and "offline" in err and "UVC camera 3" in err


@pytest.fixture
def camera():
    cam = FakeCamera()
    yield cam
    cam.close()


def test_probe_isapi_password_from_stdin(capsys, monkeypatch, camera):
    code, rows, err = run_probe(capsys, f"isapi://{USER}@127.0.0.1:{camera.port}/2", "--frames", "2", "--json",
                                "--password-stdin", stdin=PASSWORD + "\n", monkeypatch=monkeypatch)
    assert code == 0, err
    expect = isapi_scene()
    assert rows[0]["height"], rows[0]["width"] == expect.shape
    assert rows[0]["max_c"] == pytest.approx(float(np.max(expect)), abs=0.01)
    assert {r["state"] for r in rows} == {"live"}


def test_probe_isapi_wrong_password_is_credentials_refused(capsys, monkeypatch, camera):
    code, rows, err = run_probe(capsys, f"isapi://{USER}@127.0.0.1:{camera.port}/2", "--frames", "1",
                                "--password-stdin", stdin="wrong-one\n", monkeypatch=monkeypatch)
    assert code == 2 and not rows
    assert "credentials refused" in err and err.count("\n") == 1
    assert camera.credentialed == 1  # tried once, then left alone


def test_probe_a_flir_sequence_file(capsys, shared_data):
    csq = shared_data / "flir-radiometric" / "hand_t1030sc.csq"
    code, rows, err = run_probe(capsys, f"file:{csq}", "--frames", "2", "--json")
    assert code == 0, err
    assert [(r["width"], r["height"]) for r in rows] == [(1024, 768)] * 2
    assert 34.5 < rows[0]["max_c"] < 36.0  # "skin max ~35.3 °C" (shared/data/README.md)


def test_probe_refuses_an_unknown_uri(capsys):
    code, rows, err = run_probe(capsys, "webcam:0")
    assert code == 2 and "file:PATH" in err and err.count("\n") == 1


def test_credentials_set_then_delete(capsys, monkeypatch):
    from app.sources.credentials import get_camera_password

    monkeypatch.setattr("sys.stdin", io.StringIO("s3cret-Pass\n"))
    assert main(["credentials", "set", "Main entrance"]) == 0
    assert "s3cret" not in capsys.readouterr().out  # never echoed
    assert get_camera_password("main  ENTRANCE") == "s3cret-Pass"
    assert main(["credentials", "delete", "Main entrance"]) == 0
    assert get_camera_password("Main entrance") is None
    monkeypatch.setattr("sys.stdin", io.StringIO("\n"))
    assert main(["credentials", "set", "Main entrance"]) == 2
    assert "empty" in capsys.readouterr().err


def test_probe_a_visible_stream_says_not_radiometric(capsys, monkeypatch, tmp_path):
    import cv2

    from app.sources import rtsp

    video = tmp_path / "stream.avi"
    writer = cv2.VideoWriter(str(video), cv2.CAP_FFMPEG, cv2.VideoWriter_fourcc(*"MJPG"), 10.0, (64, 48))
    for _ in range(10):
        writer.write(np.full((48, 64, 3), 120, np.uint8))
    writer.release()
    # the same FFmpeg path as a camera's stream, on a file (no RTSP server here)
    monkeypatch.setattr(rtsp, "open_source", lambda s, name, site_dir=None, **kw: rtsp.RtspSource(s, name,
                                                                                                  target=str(video)))
    code, rows, err = run_probe(capsys, "rtsp://192.0.2.20:554/live", "--frames", "2", "--json")
    assert code == 0, err
    assert [(r["width"], r["height"], r["state"], r["min_c"]) for r in rows] == [(64, 48, "not_radiometric", None)] * 2


@pytest.mark.parametrize("uri", ["isapi://admin:s3cr:t@10.0.0.1/2", "isapi://admin:s3cret@10.0.0.1:99999/2",
                                 "rtsp://admin:s3cret@10.0.0.1:99999/live"])
def test_a_password_in_a_uri_is_refused_and_never_repeated(capsys, uri):
    code, rows, err = run_probe(capsys, uri)
    assert code == 2 and "password never goes in a URI" in err and "s3cr" not in err
