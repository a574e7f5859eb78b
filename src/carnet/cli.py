"""``carnet import`` and ``carnet export``: the importers and exporters without a window.

    carnet import PATH [--dry-run] [--data-dir DIR]
    carnet export --format csv|vcard|backup PATH [--delimiter ';'|','] [--data-dir DIR]

An import merges likely duplicates into the existing people (filling only their empty fields),
prints the summary and exits 0; a refused file prints why and exits 2. Nothing here imports Qt.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from carnet import paths

REFUSED = 2


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="carnet", description="Carnet import and export")
    commands = parser.add_subparsers(dest="command", required=True)
    importing = commands.add_parser("import", help="import contacts from a file")
    importing.add_argument("path", type=Path, help="LinkedIn, Google, Outlook CSV or vCard file")
    importing.add_argument(
        "--dry-run", action="store_true", help="read and check the file, write nothing"
    )
    exporting = commands.add_parser("export", help="export people or a full backup")
    exporting.add_argument("--format", choices=("csv", "vcard", "backup"), required=True)
    exporting.add_argument("path", type=Path, help="file to write")
    exporting.add_argument(
        "--delimiter", choices=(";", ","), default=";", help="CSV delimiter (default ';')"
    )
    for command in (importing, exporting):
        command.add_argument("--data-dir", help="folder holding the database")
        command.add_argument("--demo", action="store_true", help="use the demo database")
    return parser.parse_args(argv)


def main(argv: Sequence[str]) -> int:
    args = parse_args(argv)
    from carnet.cli_messages import STOPPED, failure_sentence
    from carnet.io.errors import ImportFileError

    # What the command line writes (exports, backups, data) is the user's alone: 0600 and 0700.
    previous_umask = os.umask(0o077) if os.name == "posix" else None
    app_paths = paths.resolve(args.data_dir, demo=args.demo)
    try:
        if args.command == "import":
            return import_file(args.path, app_paths, dry_run=args.dry_run)
        return export_file(args.format, args.path, app_paths, delimiter=args.delimiter)
    except ImportFileError as error:
        print(error.text(), file=sys.stderr)
        return REFUSED
    except Exception as error:  # every failure is a sentence and exit code 2, never a traceback
        print(failure_sentence(error, app_paths.database), file=sys.stderr)
        return REFUSED
    except KeyboardInterrupt:
        print(STOPPED, file=sys.stderr)
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
                summary = write_import(session, plan)
    finally:
        database.close()
    print(f"{path.name}: {len(parsed.rows)} contacts read ({parsed.source}, {parsed.encoding})")
    for problem in parsed.problems:
        print(f"  line {problem.line}: {problem.text()}")
    if dry_run:
        merged = sum(1 for d in plan.decisions.values() if d == "merge")
        print(
            f"Dry run, nothing written: would create {len(plan.rows) - merged}, "
            f"merge {merged} into existing people, skip {len(parsed.skipped)}"
            + (f", combine {len(plan.combined)} repeated lines" if plan.combined else "")
        )
        skipped = parsed.skipped
    else:
        print(
            f"Imported {summary.created} new, merged {summary.merged} into existing people, "
            f"skipped {len(summary.skipped)}"
            + (f", combined {summary.combined} repeated lines" if summary.combined else "")
        )
        skipped = summary.skipped
    for problem in skipped:
        print(f"  skipped line {problem.line}: {problem.text()}")
    return 0


def _say_waiting() -> None:
    from carnet.cli_messages import WAITING_FOR_WRITER

    print(WAITING_FOR_WRITER, file=sys.stderr, flush=True)


def export_file(kind: str, target: Path, app_paths: paths.AppPaths, *, delimiter: str) -> int:
    from carnet.db.store import open_database

    database = open_database(app_paths.database, app_paths.backups_dir)
    try:
        if kind == "backup":
            from carnet.io.backup_file import save_backup_file

            save_backup_file(database.path, target)
            print(f"Backup saved: {target}")
            return 0
        from carnet.io.export import people_to_export, write_csv, write_vcard

        with database.reading() as session:
            people = people_to_export(session)
        if kind == "csv":
            write_csv(people, target, delimiter=delimiter)
        else:
            write_vcard(people, target)
    finally:
        database.close()
    print(f"{len(people)} people exported to {target}")
    return 0
