"""The supervisor's Cameras dialog: add/edit/remove validated, PIN-checked, audited, written, applied.

Every change goes through the console's one supervisor flow: its name-and-PIN question
(``console.supervisor.ask_supervisor``, replaced here by an answer) comes first, the store checks the PIN.
"""

from __future__ import annotations

import threading
from pathlib import Path

import keyring
import pytest
from PySide6.QtCore import QSettings

from app.cli import main
from app.site import load_site
from app.sources.base import SourceError
from app.sources.credentials import SERVICE, account
from app.store import open_store
from app.ui.cameras import CameraEditor, CamerasDialog, changed_keys
from app.ui.console import ConsoleWindow
from app.ui.sound import AlarmSound
from tests.qt_helpers import StubWall

#: Qt's offscreen platform (QT_QPA_PLATFORM=offscreen) cannot raise or size a window and warns so
#: when the dialog is shown; those two lines say what the platform lacks, not what the dialog does.
#: Any other Qt warning still fails these tests (qt_log_level_fail), on offscreen as on xcb.
pytestmark = pytest.mark.qt_log_ignore(r"^This plugin does not support (raise|propagateSizeHints)\(\)$")

PIN = "246810"

SITE = """\
# the installer's own comment
name = "Test site"

[[camera]]
name = "Door 1"
source = { kind = "sim", width = 160, height = 120, fps = 9.0, seed = 1 }

[[camera]]
name = "Door 2"
source = { kind = "sim", width = 160, height = 120, fps = 9.0, seed = 2 }
"""

ISAPI = """
[[camera]]
name = "Gate"
source = { kind = "isapi", host = "127.0.0.1", port = 9, channel = 2, user = "canthus" }
"""


@pytest.fixture
def console(qtbot, tmp_path, qapp):
    QSettings.setDefaultFormat(QSettings.IniFormat)
    QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, str(tmp_path / "settings"))
    made = []
    before = set(threading.enumerate())

    def make(text: str = SITE, start: bool = True):
        path = tmp_path / "site" / "site.toml"
        path.parent.mkdir(exist_ok=True)
        path.write_text(text)
        store = open_store(tmp_path / "data")
        store.set_supervisor_pin(PIN, "Site admin")
        win = ConsoleWindow(load_site(path), StubWall(), store=store, sound=AlarmSound(backend="none"),
                            site_path=path)
        qtbot.addWidget(win)
        win.resize(1000, 700)
        win.show()
        win.ask_text = lambda *a, **k: pytest.fail("no question expected here")
        win.presses.sign_on("Ana")
        if start:
            win.start()
        dlg = win.records.show_cameras()
        win.supervisor.ask_supervisor = lambda what: ("Ana", PIN)  # the dialog offers the guard's name; the PIN typed
        dlg.ask_why = lambda: "new door opened"
        dlg.ask_save_path = lambda: pytest.fail("a site with a file is saved to it")
        made.append(win)
        return win, dlg, path

    yield make
    for win in made:
        win.close()
        assert all(not w.isRunning() for w in win.workers)
        win.store.close()
    for t in set(threading.enumerate()) - before:
        t.join(5)  # a probe thread ends by itself within its timeout
    assert not [t for t in set(threading.enumerate()) - before if t.is_alive()]


def camera_changes(store) -> list[dict]:
    return store.config_changes(key="camera")


def fill(editor: CameraEditor, name: str, kind: str, **fields: str) -> None:
    editor.name.setText(name)
    editor.kind.setCurrentIndex(editor.kind.findData(kind))
    for key, text in fields.items():
        editor.form.set_text(key, text)


def test_adding_a_simulated_camera_writes_the_file_audits_and_starts_only_its_tile(console, qtbot):
    win, dlg, path = console()
    before = list(win.workers)
    editor = CameraEditor(dlg, None, path.parent, dlg._validator(None))
    fill(editor, "Door 3", "sim", width="192", height="144", fps="9", seed="7")
    editor.accept()
    assert editor.camera is not None and editor.error.text() == ""
    dlg.edit_camera = lambda index, cam: editor.raw()
    dlg.add()
    assert "saved" in dlg.message.text(), dlg.message.text()

    site = load_site(path)  # the file the console starts from next time
    assert [c.name for c in site.camera] == ["Door 1", "Door 2", "Door 3"]
    new = site.camera[2].source
    assert (new.kind, new.width, new.height, new.seed) == ("sim", 192, 144, 7)
    assert site.camera[2].engine.limit_c == site.camera[0].engine.limit_c
    assert "installer's own comment" in path.with_name("site.toml.bak").read_text()  # the old file, kept
    assert len(load_site(path.with_name("site.toml.bak")).camera) == 2

    (change,) = camera_changes(win.store)
    assert change["who"] == "Ana" and change["why"] == "new door opened"
    assert change["new_value"]["action"] == "add" and change["new_value"]["camera"] == "Door 3"
    assert change["new_value"]["kind"] == "sim"
    assert {"source.width", "source.height", "source.seed", "name"} <= set(change["new_value"]["changed"])
    ok, line, _ = win.store.verify()
    assert ok, line

    assert win.workers[:2] == before and all(w.isRunning() for w in before)  # the others untouched
    assert [v.name for v in win.views] == ["Door 1", "Door 2", "Door 3"]
    assert win.renderer.layout == (3, 2, 2, [0, 1, 2])  # the layout adapts
    qtbot.waitUntil(lambda: win.views[2].celsius is not None, timeout=15000)
    assert win.views[2].celsius.shape == (144, 192)
    assert dlg.table.rowCount() == 3 and dlg.table.item(2, 0).text() == "Door 3"


def test_a_wrong_value_is_refused_with_its_field_named_and_nothing_written(console):
    win, dlg, path = console(start=False)
    text = path.read_text()
    editor = CameraEditor(dlg, None, path.parent, dlg._validator(None))
    fill(editor, "Door 3", "sim", width="5000")
    editor.accept()
    assert editor.camera is None and "width" in editor.error.text() and "5000" in editor.error.text()
    assert not dlg.save(None, editor.raw(), "Ana")
    assert "camera.2.source.sim.width" in dlg.message.text()
    fill(editor, "door  1", "sim", width="")  # the same name as Door 1, compared as the site file does
    assert not dlg.save(None, editor.raw(), "Ana")
    assert "same name" in dlg.message.text()
    fill(editor, "Door 3", "file", path="no-such.cptv")
    assert not dlg.save(None, editor.raw(), "Ana")  # load_site's own check, on the file it would write
    assert "not found" in dlg.message.text() and "camera.2.source.path" in dlg.message.text()
    assert path.read_text() == text and not path.with_name("site.toml.bak").exists()
    assert sorted(p.name for p in path.parent.iterdir()) == ["site.toml"]  # no temp file left
    assert camera_changes(win.store) == [] and len(win.workers) == 2
    assert win.store.pin_status()["failures"] == 0  # refused before any PIN was checked


def test_a_wrong_pin_writes_nothing_and_is_audited_as_a_failure(console):
    from app.store.pin import FREE_TRIES

    win, dlg, path = console(start=False)
    text = path.read_text()
    win.supervisor.ask_supervisor = lambda what: ("Ana", "135791")
    dlg.edit_camera = lambda index, cam: pytest.fail("the camera's form comes only after a right PIN")
    head = win.store.audit_head()[0]
    assert not dlg.add()
    assert dlg.message.text() == "Wrong supervisor PIN: cameras unchanged"
    assert path.read_text() == text and camera_changes(win.store) == [] and len(win.workers) == 2
    failed = [r for r in win.store.audit_records(head) if r["kind"] == "pin_failed"]
    assert len(failed) == 1 and "camera list" in failed[0]["payload"] and "Ana" in failed[0]["payload"]
    assert PIN not in failed[0]["payload"] and "135791" not in failed[0]["payload"]
    assert win.store.pin_status()["failures"] == 1
    # the store's lock-out holds here as everywhere: the last free try says so, the next is not asked
    for _ in range(FREE_TRIES - 1):
        assert not dlg.add()
    assert "in a row: PIN checks are locked for" in dlg.message.text()
    win.supervisor.ask_supervisor = lambda what: pytest.fail("no PIN is asked while checks are locked")
    assert not dlg.add()
    assert dlg.message.text().startswith("Cameras unchanged: Too many wrong supervisor PINs")
    assert win.store.pin_status()["failures"] == FREE_TRIES and camera_changes(win.store) == []


def test_a_change_is_recorded_under_the_supervisors_typed_name_asked_before_the_form(console):
    win, dlg, path = console(start=False)
    asked: list[str] = []

    def supervisor(what: str):
        asked.append(f"supervisor: {what}")
        return "  Bea Supervisor ", PIN  # typed over the guard's name the dialog offers

    def form(index, cam):
        asked.append("form")
        return {"name": "Door 3", "source": {"kind": "sim", "width": 160, "height": 120, "seed": 3}}

    win.supervisor.ask_supervisor, dlg.edit_camera = supervisor, form
    assert dlg.add()
    assert asked == ["supervisor: the camera list (add a camera)", "form"]  # the PIN first, then the camera
    (change,) = camera_changes(win.store)
    assert change["who"] == "Bea Supervisor" and win.guard == "Ana"  # not the guard signed on
    assert dlg.message.text() == "Door 3: add saved to site.toml by Bea Supervisor (audited)"
    # cancelled at the supervisor's question: no form, nothing written, and the console says why
    win.supervisor.ask_supervisor = lambda what: None
    dlg.select(2)
    assert not dlg.edit_selected() and asked[-1] == "form" and len(asked) == 2
    assert dlg.message.text() == "No PIN was entered: nothing changed (camera Door 3)"
    assert len(camera_changes(win.store)) == 1 and len(load_site(path).camera) == 3


def test_editing_one_camera_restarts_only_its_worker(console, qtbot):
    win, dlg, path = console()
    qtbot.waitUntil(lambda: all(v.celsius is not None for v in win.views), timeout=15000)
    first, second = win.workers
    editor = CameraEditor(dlg, win.site.camera[1], path.parent, dlg._validator(1))
    assert editor.form.fields["width"][1].text() == "160"  # the form shows the camera's settings
    editor.form.set_text("width", "200")
    dlg.select(1)
    dlg.edit_camera = lambda index, cam: editor.raw() if index == 1 else pytest.fail("the wrong camera")
    dlg.edit_selected()
    assert "edit saved" in dlg.message.text(), dlg.message.text()
    assert load_site(path).camera[1].source.width == 200
    assert win.workers[0] is first and first.isRunning()  # untouched
    assert win.workers[1] is not second and not second.isRunning()  # stopped and replaced
    frames = first.frames
    qtbot.waitUntil(lambda: win.views[1].celsius is not None and win.views[1].celsius.shape == (120, 200),
                    timeout=15000)
    qtbot.waitUntil(lambda: first.frames > frames, timeout=5000)  # and it keeps delivering
    (change,) = camera_changes(win.store)
    assert change["new_value"]["changed"] == ["source.width"] and change["new_value"]["action"] == "edit"
    # the same values again: nothing to save, nothing audited
    assert not dlg.save(1, win.site.camera[1].model_dump(mode="json", exclude_none=True), "Ana")
    assert dlg.message.text() == "Nothing changed" and len(camera_changes(win.store)) == 1


def test_an_edited_camera_keeps_what_the_supervisor_changed_while_running(console, qtbot):
    """Limit, adopted model and suspension live in the console, not the site file: a camera
    restarted by an edit must not come back at the file's limit, the shipped model, screening."""
    from dataclasses import replace

    win, dlg, path = console()
    assert win.supervisor.change_limit(37.3, PIN, "test")
    model = replace(win.workers[0].engine.model, offset_c=win.workers[0].engine.model.offset_c + 0.5)
    win.supervisor.adopt_model(model, "tester")
    win.presses.toggle_suspend()
    edited = win.site.camera[1].model_copy(update={"offline_grace_s": 4.0})
    win.set_camera(1, edited)
    new = win.workers[1]
    qtbot.waitUntil(lambda: new.engine.model.offset_c == model.offset_c, timeout=10000)
    assert new.engine.config.limit_c == 37.3 and win.views[1].limit_c == 37.3
    assert new.screening_off == "suspended"


def test_removing_a_camera_shifts_the_tiles_and_keeps_the_others(console):
    win, dlg, path = console()
    kept = win.workers[1]
    dlg.select(0)
    dlg.remove_selected()
    assert [c.name for c in load_site(path).camera] == ["Door 2"]
    assert win.workers == [kept] and kept.index == 0 and kept.isRunning()
    assert [(v.index, v.name) for v in win.views] == [(0, "Door 2")]
    assert camera_changes(win.store)[0]["new_value"]["action"] == "remove"
    dlg.select(0)
    dlg.remove_selected()  # a site has at least one camera
    assert "camera" in dlg.message.text() and len(load_site(path).camera) == 1


def test_test_connection_on_a_file_uri_gives_a_summary_in_a_thread(console, qtbot, tmp_path):
    rec = tmp_path / "door.h5"
    assert main(["simulate", str(rec), "--seconds", "8", "--people", "1", "--size", "160x120", "--fps", "9",
                 "--incidents", "none"]) == 0
    win, dlg, path = console(start=False)
    editor = CameraEditor(dlg, None, path.parent, dlg._validator(None))
    editor.uri.setText(f"file:{rec}")
    editor.fill_from_uri()
    assert editor.kind.currentData() == "file" and editor.form.fields["path"][1].text() == str(rec)
    editor.name.setText("Training")
    editor.test_connection()
    assert editor.probe_thread is not None and editor.probe_thread is not threading.current_thread()
    qtbot.waitUntil(lambda: "frames of 160x120" in editor.result.text(), timeout=20000)
    assert "temperatures" in editor.result.text() and editor.test_button.isEnabled()
    # a URI that names nothing: one line saying so, the form untouched
    editor.uri.setText("webcam:0")
    editor.fill_from_uri()
    assert "not a camera URI" in editor.error.text() and editor.kind.currentData() == "file"
    # a file that is not there: the cause, in one line
    editor.form.set_text("path", str(tmp_path / "gone.h5"))
    editor.test_connection()
    qtbot.waitUntil(lambda: editor.result.text().startswith("failed:"), timeout=20000)
    assert "gone.h5" in editor.result.text() and "\n" not in editor.result.text()
    # and a camera of the list, tested from the list
    dlg.select(0)
    dlg.test_selected()
    qtbot.waitUntil(lambda: "Door 1: 5 frames of 160x120" in dlg.message.text(), timeout=20000)


def test_set_password_goes_to_the_keyring_only(console):
    win, dlg, path = console(SITE + ISAPI, start=False)
    dlg.select(0)
    assert not dlg.buttons["password"].isEnabled()  # a simulated camera has none
    dlg.select(2)
    assert dlg.buttons["password"].isEnabled()
    dlg.ask_password = lambda name: "s3cret-Pass"
    assert dlg.set_password_selected()
    assert keyring.get_password(SERVICE, account("Gate")) == "s3cret-Pass"
    assert "s3cret" not in path.read_text()
    assert all("s3cret" not in r["payload"] for r in win.store.audit_records())
    (change,) = win.store.config_changes(key="camera_password")
    assert change["new_value"]["camera"] == "Gate" and change["who"] == "Ana"
    win.supervisor.ask_supervisor = lambda what: ("Ana", "135791")
    dlg.ask_password = lambda name: pytest.fail("the password is asked only after a right PIN")
    assert not dlg.set_password_selected()  # wrong PIN: the old password stays
    assert dlg.message.text() == "Wrong supervisor PIN: nothing changed"
    assert keyring.get_password(SERVICE, account("Gate")) == "s3cret-Pass"


def test_retry_resets_a_camera_that_refused_its_password(console, qtbot, monkeypatch):
    class Refusing:
        name, fps = "Gate", 2.0

        def read(self, timeout):
            raise SourceError("Gate: the camera refused the password", state="credentials_refused", retry=False)

        def close(self):
            pass

    opened = []

    def fake_open(cam, site_dir=None):
        opened.append(cam.name)
        return Refusing(), cam.engine

    monkeypatch.setattr("app.ui.wall_control.open_source", fake_open)
    win, dlg, path = console(SITE.split("[[camera]]")[0] + ISAPI)
    qtbot.waitUntil(lambda: win.workers[0].state == "credentials_refused", timeout=10000)
    dlg.select(0)
    dlg._refresh_states()
    assert dlg.buttons["retry"].isEnabled() and dlg.table.item(0, 2).text() == "credentials refused"
    assert opened == ["Gate"]
    assert dlg.retry_selected()
    qtbot.waitUntil(lambda: len(opened) == 2, timeout=10000)  # opened afresh after the reset
    qtbot.waitUntil(lambda: win.workers[0].state == "credentials_refused", timeout=10000)


def test_retry_is_refused_for_a_camera_that_did_not_refuse(console):
    win, dlg, path = console(start=False)
    dlg.select(0)
    assert not dlg.buttons["retry"].isEnabled()
    assert not dlg.retry_selected() and "only a camera left alone after a fault" in dlg.message.text()


def test_the_demo_site_asks_where_to_save(console, tmp_path, qtbot):
    from app.site import demo_site

    win, _, _ = console(start=False)
    demo = ConsoleWindow(demo_site(2), StubWall(), store=win.store, sound=AlarmSound(backend="none"))
    qtbot.addWidget(demo)
    dlg = CamerasDialog(demo)
    assert "Demo site" in dlg.where.text()
    dlg.ask_save_path = lambda: None
    raw = {"name": "Door 3", "source": {"kind": "sim"}}
    assert not dlg.save(None, raw, "Ana") and "needs a file" in dlg.message.text()
    target = tmp_path / "saved" / "demo.toml"
    target.parent.mkdir()
    dlg.ask_save_path = lambda: target
    assert dlg.save(None, raw, "Ana")
    assert [c.name for c in load_site(target).camera] == ["Main entrance", "Staff entrance", "Door 3"]
    assert demo.site_path == target and "demo.toml" in dlg.where.text()
    demo.close()


def test_changed_keys_name_what_differs():
    site = load_site_text(SITE)
    a, b = site.camera
    assert changed_keys(a, b) == ["name", "source.seed"]
    assert changed_keys(a, a) == []
    assert "source.width" in changed_keys(None, a)


def load_site_text(text: str):
    import tempfile

    with tempfile.TemporaryDirectory() as d:
        p = Path(d) / "s.toml"
        p.write_text(text)
        return load_site(p)



def test_the_camera_editor_fits_a_1280x800_screen_its_fields_scroll(qapp, qtbot):
    from PySide6.QtWidgets import QDialogButtonBox, QScrollArea

    from app.ui.cameras import CameraEditor

    editor = CameraEditor(None, None, None, lambda raw: None)
    qtbot.addWidget(editor)
    tallest = max(editor.forms, key=lambda k: editor.forms[k].sizeHint().height())
    editor.kind.setCurrentIndex(editor.kind.findData(tallest))
    assert editor.minimumSizeHint().height() <= 700  # with a title bar and a task bar, on 800 px
    editor.resize(700, 650)
    editor.show()
    qtbot.waitExposed(editor)
    buttons = editor.findChild(QDialogButtonBox)
    assert buttons.geometry().bottom() <= editor.height()  # OK and Cancel in view
    assert editor.findChild(QScrollArea).widget() is editor.stack
