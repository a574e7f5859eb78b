"""Start-up as a user sees it: the window at once, the data a moment later."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QMessageBox

from carnet.app import launch, parse_args


def test_the_window_shows_before_the_data_then_the_data_arrives(qtbot, data_dir):
    window = launch(parse_args(["--data-dir", str(data_dir)]))
    qtbot.addWidget(window)
    assert window.isVisible()
    assert window.database is None and not window.sidebar.isEnabled()
    assert not window.new_contact_action.isEnabled()

    with qtbot.waitSignal(window.ready, timeout=5000):
        pass

    assert window.database is not None
    assert window.pages.currentWidget() is window.contacts
    assert window.sidebar.isEnabled() and window.new_contact_action.isEnabled()
    window.close()
    window.database.close()


def test_data_that_cannot_open_is_explained_then_carnet_quits(qtbot, data_dir, monkeypatch):
    (data_dir / "carnet.sqlite3").write_text("a shopping list, not a database")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text: shown.append(text))
    exits: list[int] = []
    monkeypatch.setattr(QApplication, "exit", lambda status=0: exits.append(status))

    window = launch(parse_args(["--data-dir", str(data_dir)]))
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: bool(exits), timeout=5000)

    assert exits == [2]
    assert "is not a Carnet file" in shown[0]
    assert not window.isVisible()


def test_the_window_and_the_command_line_say_the_same_sentence(qtbot, data_dir, monkeypatch):
    from tests.ui.test_command_line import run_carnet

    database = data_dir / "carnet.sqlite3"
    database.write_text("a shopping list, not a database")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text: shown.append(text))
    monkeypatch.setattr(QApplication, "exit", lambda status=0: None)
    window = launch(parse_args(["--data-dir", str(data_dir)]))
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)

    said = run_carnet(
        "export", "--format", "csv", str(data_dir / "out.csv"), "--data-dir", str(data_dir)
    )

    assert said.returncode == 2
    assert said.stderr.strip() == shown[0]
    assert shown[0] == (
        f"The file {database} is not a Carnet file, or it is damaged. It was left untouched: "
        "move it elsewhere to start afresh, or choose another data folder."
    )
