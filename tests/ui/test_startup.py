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


def test_importing_carnet_reads_no_package_metadata():
    """importlib.metadata alone took a tenth of a second of every start (issue 17)."""
    import subprocess
    import sys

    check = "import sys, carnet; print('importlib.metadata' in sys.modules, carnet.__version__)"
    done = subprocess.run([sys.executable, "-c", check], capture_output=True, text=True, check=True)
    loaded, version = done.stdout.split()
    assert loaded == "False" and version.count(".") == 2


def _texts(model, rows: int) -> list[list[str]]:
    return [
        [model.index(row, column).data() or "" for column in range(model.columnCount())]
        for row in range(rows)
    ]


def test_the_first_rows_show_before_the_database_opens_and_match_the_list(qtbot, database):
    """Issue 17: the people are on screen before SQLAlchemy opens the file, then the same rows
    in the Contacts list replace them."""
    from carnet.domain import people

    with database.transaction() as session:
        for first, last in (("Zoé", "Vasseur"), ("Émile", "Aubry"), ("Anne", "Bastide")):
            people.create_person(session, people.PersonDraft(first_name=first, last_name=last))
    path = database.path
    database.close()
    seen: list[tuple[bool, list[list[str]]]] = []

    def first_rows(rows) -> None:
        seen.append((window.database is None, _texts(rows.model, rows.model.rowCount())))

    window = launch(parse_args(["--data-dir", str(path.parent)]), first_rows)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.ready, timeout=10000):
        pass

    assert len(seen) == 1
    before_attach, early = seen[0]
    assert before_attach
    assert [row[0] for row in early] == ["Émile Aubry", "Anne Bastide", "Zoé Vasseur"]
    assert early == _texts(window.contacts.model, 3)
    assert window.pages.currentWidget() is window.contacts
    assert window.pages.count() == window.sidebar.count()
    window.close()
    window.database.close()


def test_a_file_to_upgrade_shows_no_early_rows_and_opens_as_usual(qtbot, data_dir):
    import shutil
    from pathlib import Path

    fixture = Path(__file__).parents[1] / "fixtures" / "carnet-0003.sqlite3"
    shutil.copy(fixture, data_dir / "carnet.sqlite3")
    seen: list[object] = []

    window = launch(parse_args(["--data-dir", str(data_dir)]), seen.append)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.ready, timeout=10000):
        pass

    assert seen == []  # the upgrade comes first: nothing is read from a file about to change
    assert window.contacts.model.rowCount() > 0
    window.close()
    window.database.close()


def test_the_first_rows_need_neither_sqlalchemy_nor_the_views():
    import subprocess
    import sys

    check = (
        "import sys, carnet.ui.first_rows; "
        "print(sorted(m for m in sys.modules if m.startswith(('sqlalchemy', 'alembic', "
        "'carnet.ui.views'))))"
    )
    done = subprocess.run([sys.executable, "-c", check], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


def test_the_frame_is_built_without_sqlite_or_sqlalchemy(tmp_path):
    """What the first paint does not need waits until after it (issue 17)."""
    import os
    import subprocess
    import sys

    check = (
        "import sys\n"
        "from carnet import paths\n"
        "from carnet.app import make_application\n"
        "from carnet.ui.main_window import MainWindow\n"
        "app = make_application(['carnet'])\n"
        f"window = MainWindow(paths.resolve({str(tmp_path)!r}))\n"
        "print(sorted(m for m in ('sqlite3', 'sqlalchemy', 'alembic', 'html') if m in sys.modules))"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", check], capture_output=True, text=True, check=True, env=env
    )
    assert done.stdout.strip().splitlines()[-1] == "[]"


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


def test_an_ordinary_start_reaches_the_window_without_sqlalchemy(tmp_path):
    """Everything ``main`` does before the window is built stays light: the notification area's
    module (which loads the domain) is asked for only with --hidden."""
    import os
    import subprocess
    import sys

    check = (
        "import os, sys\n"
        "from carnet import app\n"
        "def launch(args, on_first_rows):\n"
        "    print(sorted(m for m in ('sqlalchemy', 'alembic') if m in sys.modules), flush=True)\n"
        "    os._exit(0)\n"
        "app.launch = launch\n"
        f"app.main(['--data-dir', {str(tmp_path)!r}])\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", check], capture_output=True, text=True, check=True, env=env
    )
    assert done.stdout.strip().splitlines()[-1] == "[]"
