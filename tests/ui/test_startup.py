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
    assert window.pages.currentWidget() is window.today
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


def _shown(page) -> dict[str, list[str]]:
    return {name: [row.text.text() for row in rows] for name, rows in page.rows.items()}


def test_the_day_shows_before_the_database_opens_and_matches_the_page(qtbot, database):
    """Issue 20: Today's agenda is on screen before the usual opening (alembic's check, every
    page built), its buttons waiting; then the Today page shows the same rows, ready to act."""
    import datetime as dt

    from carnet.domain import followups, people

    with database.transaction() as session:
        zoe = people.create_person(session, people.PersonDraft("Zoé", "Vasseur"))
        people.create_person(session, people.PersonDraft("Émile", "Aubry"))
        followups.create_follow_up(
            session,
            followups.FollowUpDraft(title="Rappeler Zoé", due_on=dt.date.today(), person_id=zoe),
        )
    path = database.path
    database.close()
    seen: list[tuple[bool, dict[str, list[str]], bool]] = []

    def first_look(page) -> None:
        buttons = [b for rows in page.rows.values() for row in rows for b in row.buttons.values()]
        seen.append((window.database is None, _shown(page), any(b.isEnabled() for b in buttons)))

    window = launch(parse_args(["--data-dir", str(path.parent)]), first_look)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.ready, timeout=10000):
        pass

    assert len(seen) == 1
    before_attach, early, clickable = seen[0]
    assert before_attach and not clickable
    assert early["calls"] == ["Émile Aubry", "Zoé Vasseur"]
    assert early["followups"] == ["Rappeler Zoé"]
    assert early == _shown(window.today.page)
    assert window.pages.currentWidget() is window.today
    assert window.pages.count() == window.sidebar.count()
    window.close()
    window.database.close()


def test_the_day_is_reported_painted_before_the_data_opens(qtbot, database, monkeypatch):
    """startup_to_data times this report: the first look, painted, comes before the usual
    opening (the page itself gets no paint event, covered by its lists: its lists' is awaited)."""
    from carnet.app import _report_startup
    from carnet.domain import people

    with database.transaction() as session:
        people.create_person(session, people.PersonDraft("Zoé", "Vasseur"))
    path = database.path
    database.close()
    opened_yet: list[bool] = []
    monkeypatch.setattr(
        QApplication, "quit", lambda: opened_yet.append(window.database is not None)
    )
    hooks = []

    window = launch(parse_args(["--data-dir", str(path.parent)]), lambda page: hooks[0](page))
    hooks.append(_report_startup(window))
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.ready, timeout=10000):
        pass

    assert opened_yet[:1] == [False]
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
    assert window.pages.currentWidget() is window.today
    window.close()
    window.database.close()


def test_the_first_look_needs_neither_alembic_nor_the_views():
    import subprocess
    import sys

    check = (
        "import sys, carnet.ui.first_today; "
        "print(sorted(m for m in sys.modules if m.startswith(('alembic', 'carnet.ui.views'))))"
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
