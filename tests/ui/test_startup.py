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


def test_only_the_contacts_are_built_before_the_data_shows_the_other_pages_follow(qtbot, data_dir):
    window = launch(parse_args(["--data-dir", str(data_dir)]))
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.ready, timeout=5000):
        pass

    assert set(window._built) == {"contacts"}  # what stood between the database and the rows
    assert window.pages.count() == window.sidebar.count()

    # once the people are on screen, the other pages are built a turn of the event loop apart
    qtbot.waitUntil(lambda: len(window._built) == window.sidebar.count(), timeout=10000)
    window.sidebar.setCurrentRow(6)
    assert window.pages.currentWidget() is window.dashboard
    assert window.pages.indexOf(window.dashboard) == 6
    window.close()
    window.database.close()


def test_a_page_asked_for_before_its_turn_is_built_at_once_in_its_place(qtbot, data_dir):
    window = launch(parse_args(["--data-dir", str(data_dir)]))
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.ready, timeout=5000):
        pass
    assert "followups" not in window._built

    window.sidebar.setCurrentRow(5)  # Follow-ups, clicked before it was built

    assert window.pages.currentWidget() is window.followups
    assert window.pages.indexOf(window.followups) == 5
    assert window.pages.count() == window.sidebar.count()
    window.close()
    window.database.close()


def test_importing_carnet_reads_no_package_metadata():
    """importlib.metadata alone took a tenth of a second of every start (issue 17)."""
    import subprocess
    import sys

    check = "import sys, carnet; print('importlib.metadata' in sys.modules, carnet.__version__)"
    done = subprocess.run([sys.executable, "-c", check], capture_output=True, text=True, check=True)
    loaded, version = done.stdout.split()
    assert loaded == "False" and version.count(".") == 2
