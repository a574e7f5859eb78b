"""``carnet import`` and ``carnet export``: the importers and exporters without a window.

    carnet import PATH [--dry-run] [--data-dir DIR]
    carnet export --format csv|vcard|backup PATH [--delimiter ';'|','] [--data-dir DIR]

An import merges likely duplicates into the existing people (filling only their empty fields),
prints the summary and exits 0; a refused file prints why and exits 2. Everything printed is in
the language of the window, read from the same catalogue (``carnet.catalogue``): write a new
message as ``CommandLine.tr("…")``, or print a ``DomainMessages`` one through ``say(…)``. Only
QtCore's translator is loaded here, no window.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from carnet import paths
from carnet.catalogue import CommandLine, argparse_speaking, current, keep_settings_in, say
from carnet.domain.text import fill

REFUSED = 2


def _fill(template: str, **values: object) -> str:
    return fill(template, values, french=current().french)


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    with argparse_speaking():
        return _parser().parse_args(argv)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="carnet", description=CommandLine.tr("Carnet: import contacts, export your data")
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="{import,export}")
    importing = commands.add_parser(
        "import",
        help=CommandLine.tr("import contacts from a file"),
        description=CommandLine.tr(
            "Import contacts from a file: LinkedIn (Connections.csv or the export zip), Google "
            "Contacts, Outlook, vCard, or a CSV file exported by Carnet."
        ),
    )
    importing.add_argument(
        "path",
        type=Path,
        metavar=CommandLine.tr("FILE"),
        help=CommandLine.tr("the file of contacts to import"),
    )
    importing.add_argument(
        "--dry-run",
        action="store_true",
        help=CommandLine.tr("read and check the file, write nothing"),
    )
    exporting = commands.add_parser(
        "export",
        help=CommandLine.tr("export your contacts, or all your data as a backup"),
        description=CommandLine.tr(
            "Export your contacts to a spreadsheet (CSV) or an address book (vCard), or all your "
            "data to a backup file."
        ),
    )
    exporting.add_argument(
        "--format",
        choices=("csv", "vcard", "backup"),
        required=True,
        help=CommandLine.tr("csv for a spreadsheet, vcard for an address book, backup for all"),
    )
    exporting.add_argument(
        "path", type=Path, metavar=CommandLine.tr("FILE"), help=CommandLine.tr("file to write")
    )
    exporting.add_argument(
        "--delimiter",
        choices=(";", ","),
        default=";",
        help=CommandLine.tr("what separates the columns of a CSV file (default ';')"),
    )
    for command in (importing, exporting):
        command.add_argument(
            "--data-dir",
            metavar=CommandLine.tr("FOLDER"),
            help=CommandLine.tr("folder holding your data"),
        )
        command.add_argument(
            "--demo", action="store_true", help=CommandLine.tr("use the demo data")
        )
        command.add_argument(
            paths.PORTABLE_FLAG,
            action="store_true",
            help=CommandLine.tr("portable mode: use the Carnet-data folder beside Carnet"),
        )
    return parser


def main(argv: Sequence[str]) -> int:
    keep_settings_in(paths.portable_settings_dir(tuple(argv)))  # before the help is translated
    args = parse_args(argv)
    from carnet.io.errors import ImportFileError
    from carnet.storage_messages import STOPPED, failure_sentence

    # What the command line writes (exports, backups, data) is the user's alone: 0600 and 0700.
    previous_umask = os.umask(0o077) if os.name == "posix" else None
    app_paths = paths.resolve(args.data_dir, demo=args.demo, portable=args.portable)
    try:
        if args.command == "import":
            return import_file(args.path, app_paths, dry_run=args.dry_run)
        return export_file(args.format, args.path, app_paths, delimiter=args.delimiter)
    except ImportFileError as error:
        print(error.text(say), file=sys.stderr)
        return REFUSED
    except Exception as error:  # every failure is a sentence and exit code 2, never a traceback
        print(failure_sentence(error, app_paths.database, say), file=sys.stderr)
        return REFUSED
    except KeyboardInterrupt:
        print(say(STOPPED), file=sys.stderr)
        return REFUSED
    finally:
        if previous_umask is not None:
            os.umask(previous_umask)


def import_file(path: Path, app_paths: paths.AppPaths, *, dry_run: bool) -> int:
    from carnet.db.store import open_database
    from carnet.io.planning import plan_import
    from carnet.io.reader import read_contacts_file
    from carnet.io.writer import write_import

    parsed = read_contacts_file(path)
    database = open_database(app_paths.database, app_paths.backups_dir)
    try:
        if dry_run:
            with database.reading() as session:
                plan = plan_import(session, parsed)
        else:
            with database.writing(on_wait=_say_waiting) as session:
                plan = plan_import(session, parsed)
                summary = write_import(session, plan, translate=say)
    finally:
        database.close()
    print(
        _fill(CommandLine.tr("%Ln contacts read in {file}", "", len(parsed.rows)), file=path.name)
    )
    for problem in parsed.problems:
        print("  " + _line(problem.line, problem.text(say)))
    if dry_run:
        merged = sum(1 for d in plan.decisions.values() if d == "merge")
        created, combined, skipped = len(plan.rows) - merged, len(plan.combined), parsed.skipped
        print(CommandLine.tr("Dry run: nothing was written. An import would give:"))
    else:
        created, merged = summary.created, summary.merged
        combined, skipped = summary.combined, summary.skipped
    number = current().locale.toString
    counts = [
        _fill(CommandLine.tr("New people: {count}"), count=number(created)),
        _fill(
            CommandLine.tr("Merged into people already in Carnet: {count}"), count=number(merged)
        ),
        _fill(CommandLine.tr("Skipped: {count}"), count=number(len(skipped))),
    ]
    if combined:
        counts.append(
            _fill(
                CommandLine.tr("Lines repeating an earlier contact, combined with it: {count}"),
                count=number(combined),
            )
        )
    for line in counts:
        print("  " + line)
    for problem in skipped:
        print("  " + _line(problem.line, problem.text(say)))
    return 0


def _line(number: int, text: str) -> str:
    return _fill(CommandLine.tr("line {line}: {problem}"), line=str(number), problem=text)


def _say_waiting() -> None:
    from carnet.storage_messages import WAITING_FOR_WRITER

    print(say(WAITING_FOR_WRITER), file=sys.stderr, flush=True)


def export_file(kind: str, target: Path, app_paths: paths.AppPaths, *, delimiter: str) -> int:
    from carnet.db.store import open_database

    database = open_database(app_paths.database, app_paths.backups_dir)
    try:
        if kind == "backup":
            from carnet.io.backup_file import save_backup_file

            save_backup_file(database.path, target)
            print(_fill(CommandLine.tr("Backup saved: {file}"), file=str(target)))
            return 0
        from carnet.io.export import people_to_export, write_csv, write_vcard

        with database.reading() as session:
            people = people_to_export(session)
        if kind == "csv":
            write_csv(
                people,
                target,
                delimiter=delimiter,
                translate=lambda text: current().translate("Export", text),
            )
        else:
            write_vcard(people, target)
    finally:
        database.close()
    print(_fill(CommandLine.tr("%Ln people exported to {file}", "", len(people)), file=str(target)))
    return 0
