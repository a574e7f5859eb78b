"""Start-up: command line → paths → open or migrate the database → main window."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from carnet import APP_NAME, __version__, paths
from carnet.ui import error_reporting, language, single_instance, theme
from carnet.ui.first_paint import OnceShown
from carnet.ui.main_window import MainWindow
from carnet.ui.resources import app_icon_path

if TYPE_CHECKING:
    from carnet.db.engine import Database
    from carnet.ui.widgets.agenda_page import AgendaPage


HIDDEN_FLAG = "--hidden"


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    """The window's options; the help also lists the commands without a window (carnet.cli)."""
    from carnet.catalogue import CommandLine, argparse_speaking

    with argparse_speaking():
        parser = argparse.ArgumentParser(
            prog="carnet",
            description=CommandLine.tr("Carnet: your network, relay by relay."),
            epilog=CommandLine.tr(
                "Without a window:\n"
                "  carnet import FILE       import contacts (LinkedIn, Google, Outlook, vCard)\n"
                "  carnet export --format csv|vcard|backup FILE\n"
                "                           export your contacts, or all your data\n"
                "Type carnet import --help or carnet export --help for their options."
            ),
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )
        parser.add_argument(
            "--data-dir",
            metavar=CommandLine.tr("FOLDER"),
            help=CommandLine.tr("folder holding your data (instead of the usual one)"),
        )
        parser.add_argument(
            "--demo", action="store_true", help=CommandLine.tr("open the demo data")
        )
        parser.add_argument(
            paths.PORTABLE_FLAG,
            action="store_true",
            help=CommandLine.tr(
                "portable mode: keep data, settings and logs in a Carnet-data folder beside "
                "Carnet (a file named portable beside the program does the same)"
            ),
        )
        parser.add_argument(
            HIDDEN_FLAG,
            action="store_true",
            help=CommandLine.tr(
                "start hidden in the notification area, to remind you of the day's follow-ups "
                "(as when Carnet starts with your session)"
            ),
        )
        # for installers and continuous integration, not for users: hidden from the help
        parser.add_argument("--smoke-test", action="store_true", help=argparse.SUPPRESS)
        parser.add_argument(
            "--version",
            action="version",
            version=f"Carnet {__version__}",
            help=CommandLine.tr("show Carnet's version and exit"),
        )
        args, _qt_args = parser.parse_known_args(argv)
    return args


def make_application(argv: Sequence[str]) -> QApplication:
    # While a background thread (autosave, import, backup) runs Python, the window's thread gets
    # the interpreter back within 1 ms instead of 5: each database call of a view would otherwise
    # queue behind it, and a read of twenty calls could stall the window for 100 ms.
    sys.setswitchinterval(0.001)
    app = cast("QApplication | None", QApplication.instance()) or QApplication(
        [*argv, *theme.style_arguments(list(argv))]
    )
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setWindowIcon(QIcon(str(app_icon_path())))
    language.install_translators(app)
    theme.install(app)
    return app


def open_store(app_paths: paths.AppPaths) -> Database:
    from carnet.db.store import open_database

    database = open_database(app_paths.database, app_paths.backups_dir)
    if app_paths.demo:
        from carnet.domain.demo import ensure_demo_data

        with database.transaction() as session:
            ensure_demo_data(session)
    return database


def _attach_store(window: MainWindow, *, quiet: bool, damage_checked: bool = False) -> bool:
    """Open the window's database and attach it, or explain plainly why it cannot be opened."""
    from carnet.db.migrate import StoreError  # with sqlite3: after the frame is painted
    from carnet.ui.store_messages import explain_store_error

    if not quiet and not damage_checked and _damaged_and_not_restored(window):
        return False
    try:
        database = open_store(window.app_paths)
    except StoreError as error:
        title, text = explain_store_error(error)
        if quiet:
            print(f"{title}: {text}", file=sys.stderr)
        else:
            QMessageBox.critical(window if window.isVisible() else None, title, text)
        return False
    except Exception as error:  # the file busy, the disk full or unplugged: said plainly
        from carnet.db.errors import classify
        from carnet.storage_messages import failure_sentence

        if classify(error) is None and not isinstance(error, OSError):
            raise
        if quiet:
            print(failure_sentence(error, window.app_paths.database), file=sys.stderr)
        else:
            title, _ = explain_store_error(StoreError(window.app_paths.database))
            text = failure_sentence(
                error,
                window.app_paths.database,
                lambda source: QCoreApplication.translate("DomainMessages", source),
            )
            QMessageBox.critical(window if window.isVisible() else None, title, text)
        return False
    window.attach(database)
    return True


def _damaged_and_not_restored(window: MainWindow) -> bool:
    """A damaged data file (SQLite's quick check fails) first offers the latest good backup."""
    from carnet.ui.dialogs.restore_dialog import DamageOutcome, restore_damaged_at_start

    parent = window if window.isVisible() else None
    return restore_damaged_at_start(parent, window.app_paths) is DamageOutcome.DECLINED


def open_window(args: argparse.Namespace) -> MainWindow | None:
    """The main window on the database named by ``args``, built at once; None if it cannot open."""
    window = MainWindow(paths.resolve(args.data_dir, demo=args.demo, portable=args.portable))
    return window if _attach_store(window, quiet=args.smoke_test) else None


def launch(
    args: argparse.Namespace, on_first_look: Callable[[QWidget], object] | None = None
) -> MainWindow:
    """Show the window's frame at once, then the day's agenda, then open the database.

    The frame needs neither SQLAlchemy nor the data, so the user sees Carnet as soon as Qt is up;
    Today's agenda needs a read-only connection, not the usual opening, so it comes next
    (carnet.ui.first_today); the database is then opened and the pages built.
    """
    window = MainWindow(paths.resolve(args.data_dir, demo=args.demo, portable=args.portable))

    def quit_with_error() -> None:
        window.close()
        QApplication.exit(2)

    def attach_or_quit() -> None:
        attached = _attach_store(window, quiet=False, damage_checked=True)
        if not attached:
            quit_with_error()
            return
        from carnet.ui.daily_backup import start_daily_backup

        start_daily_backup(window.app_paths, window.safety.offer_restore, window)
        QTimer.singleShot(0, window.guide.show_welcome_if_new)

    def first_look_then_attach() -> None:
        if _damaged_and_not_restored(window):
            quit_with_error()
            return
        from carnet.ui.first_today import show_first_today

        first_look = show_first_today(window)
        if first_look is None:
            attach_or_quit()
            return
        OnceShown(first_look.painted_part(), attach_or_quit)
        if on_first_look is not None:
            on_first_look(first_look)

    OnceShown(window, first_look_then_attach)
    window.show()
    return window


def launch_hidden(args: argparse.Namespace) -> MainWindow:
    """Started with the session (``--hidden``): only the notification-area icon shows; the
    window comes from it (its reminder, or a click). Without a notification area: ``launch``."""
    window = MainWindow(paths.resolve(args.data_dir, demo=args.demo, portable=args.portable))

    def attach_or_quit() -> None:
        if not _attach_store(window, quiet=False):
            window.close()
            QApplication.exit(2)
            return
        from carnet.ui.daily_backup import start_daily_backup

        start_daily_backup(window.app_paths, window.safety.offer_restore, window)
        assert window.tray is not None
        window.tray.keep_visible()

    QApplication.setQuitOnLastWindowClosed(False)  # the window closed, Carnet stays in the tray
    QTimer.singleShot(0, attach_or_quit)
    return window


def smoke_test(window: MainWindow) -> int:
    """Write a person through the real use cases and read it back, then roll it all back.

    Nothing of it is ever committed, so the user's data keeps no trace of the test, even when
    the disk fills up or the file is locked halfway. A failure is one sentence, exit code 2.
    """
    from carnet.domain import people
    from carnet.storage_messages import failure_sentence

    database = window.database
    assert database is not None
    try:
        with database.reading() as session:
            person_id = people.create_person(session, people.PersonDraft(first_name="Smoke test"))
            session.flush()
            found = people.load_draft(session, person_id).first_name == "Smoke test"
            session.rollback()
    except Exception as error:
        print(failure_sentence(error, database.path), file=sys.stderr)
        return 2
    if not found:
        print("carnet smoke test failed: the person was not read back", file=sys.stderr)
        return 1
    print(f"carnet smoke test ok: {database.path}")
    return 0


REPORT_STARTUP_ENV = "CARNET_REPORT_STARTUP"


def _report_startup(window: MainWindow) -> Callable[[QWidget], object]:
    """Print when the window, then the data, are first on screen, and quit: used to time the
    start-up of the app as installed (tests/benchmarks), from source or frozen alike.

    The data is Today's agenda painted: its first look (returned: the hook ``launch`` calls
    with it), else the Today page once attached.
    """

    def data_shown() -> None:
        print("carnet: data shown", flush=True)
        QApplication.quit()

    OnceShown(window, lambda: print("carnet: window shown", flush=True))

    def page_shown() -> None:  # once ready, a page is current
        page = cast(QWidget, window.pages.currentWidget())
        OnceShown(window.today.page.painted_part() if page is window.today else page, data_shown)

    window.ready.connect(page_shown)
    return lambda page: OnceShown(cast("AgendaPage", page).painted_part(), data_shown)


def _tray_available() -> bool:
    """Asked only for ``--hidden``: carnet.ui.tray loads the domain, hence SQLAlchemy, which an
    ordinary start must not wait for before its window shows."""
    from carnet.ui.tray import tray_available

    return tray_available()


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv if argv is None else [sys.argv[0], *argv])
    from carnet.catalogue import keep_settings_in

    keep_settings_in(paths.portable_settings_dir(argv[1:]))  # before any setting is read
    if len(argv) > 1 and argv[1] in ("import", "export"):
        from carnet.cli import main as command_line

        return command_line(argv[1:])
    args = parse_args(argv[1:])
    if args.smoke_test:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if os.name == "posix":
        os.umask(0o077)  # whatever Carnet writes (data, backups, logs, exports) is the user's alone
    app_paths = paths.resolve(args.data_dir, demo=args.demo, portable=args.portable)
    reporter = error_reporting.install(app_paths.log_dir, quiet=args.smoke_test)
    error_reporting.log.info("Carnet %s starting on %s", __version__, app_paths.database)
    app = make_application(argv)
    instance = single_instance.claim(app_paths, quiet=args.smoke_test)
    if isinstance(instance, int):
        return instance
    if args.smoke_test:
        window = open_window(args)
        if window is None:
            instance.release()
            return 2
        try:
            return smoke_test(window)
        finally:
            window.close()
            assert window.database is not None
            window.database.close()
            instance.release()
    first_look_hooks: list[Callable[[QWidget], object]] = []
    if args.hidden and _tray_available():
        window = launch_hidden(args)
    else:
        window = launch(args, lambda page: [hook(page) for hook in first_look_hooks])
    instance.activation_requested.connect(lambda: single_instance.bring_to_front(window))
    reporter.restore_requested.connect(lambda: window.safety.restore())
    if os.environ.get(REPORT_STARTUP_ENV):  # before the event loop runs: nothing is shown yet
        first_look_hooks.append(_report_startup(window))
    status = app.exec()
    instance.release()
    if window.database is not None:
        window.database.close()
    return status
