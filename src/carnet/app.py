"""Start-up: command line → paths → open or migrate the database → main window."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from carnet import APP_NAME, __version__, paths
from carnet.db.engine import Database
from carnet.db.migrate import StoreError
from carnet.db.store import open_database
from carnet.ui.main_window import MainWindow
from carnet.ui.resources import app_icon_path, translations_dir
from carnet.ui.store_messages import explain_store_error


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="carnet", description="Carnet")
    parser.add_argument("--data-dir", help="folder holding the database (overrides the default)")
    parser.add_argument("--demo", action="store_true", help="open the demo database")
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help="start without a window, write and read back a person, then exit",
    )
    parser.add_argument("--version", action="version", version=f"Carnet {__version__}")
    args, _qt_args = parser.parse_known_args(argv)
    return args


def make_application(argv: Sequence[str]) -> QApplication:
    app = QApplication.instance() or QApplication(list(argv))
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setWindowIcon(QIcon(str(app_icon_path())))
    _install_translators(app)
    return app


def _install_translators(app: QApplication) -> None:
    locale = QLocale()
    for name, folder in (
        ("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        ("carnet", str(translations_dir())),
    ):
        translator = QTranslator(app)
        if translator.load(locale, name, "_", folder):
            app.installTranslator(translator)


def open_store(app_paths: paths.AppPaths) -> Database:
    database = open_database(app_paths.database, app_paths.backups_dir)
    if app_paths.demo:
        from carnet.domain.demo import ensure_demo_data

        with database.transaction() as session:
            ensure_demo_data(session)
    return database


def open_window(args: argparse.Namespace) -> MainWindow | None:
    """Open the database named by ``args`` and build the main window, or explain why not."""
    app_paths = paths.resolve(args.data_dir, demo=args.demo)
    try:
        database = open_store(app_paths)
    except StoreError as error:
        title, text = explain_store_error(error)
        if args.smoke_test:
            print(f"{title}: {text}", file=sys.stderr)
        else:
            QMessageBox.critical(None, title, text)
        return None
    return MainWindow(database, app_paths)


def smoke_test(window: MainWindow) -> int:
    """Write a person through the real use cases, read it back, remove it."""
    from carnet.domain import people

    database = window.database
    with database.transaction() as session:
        person_id = people.create_person(session, people.PersonDraft(first_name="Smoke test"))
    with database.reading() as session:
        found = people.load_draft(session, person_id).first_name == "Smoke test"
    with database.transaction() as session:
        people.delete_person(session, person_id)
    if not found:
        print("carnet smoke test failed: the person was not read back", file=sys.stderr)
        return 1
    print(f"carnet smoke test ok: {database.path}")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv if argv is None else [sys.argv[0], *argv])
    args = parse_args(argv[1:])
    if args.smoke_test:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = make_application(argv)
    window = open_window(args)
    if window is None:
        return 2
    if args.smoke_test:
        try:
            return smoke_test(window)
        finally:
            window.close()
            window.database.close()
    window.show()
    status = app.exec()
    window.database.close()
    return status
