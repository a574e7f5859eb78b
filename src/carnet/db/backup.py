"""Copies of the database made with SQLite's online backup API (safe while the file is open).

A backup is a complete Carnet database in the ``backups`` folder, named
``<database stem>-<YYYYMMDD-HHMMSS>-<reason>.sqlite3``. Carnet makes one:

- ``daily``: the first time it is used each day; the newest of each of the last 7 days are kept,
  and, further back, the newest of each of 4 more weeks;
- ``before-upgrade``: before a migration (see ``store.open_database``);
- ``before-restore``: of the current data, before a backup is put back in its place;
- any other reason a caller gives ``backup_before`` (an import, say). The 10 newest of each such
  reason are kept.

A copy is written beside its final name and renamed once complete and synced, so a crash never
leaves half a backup under a backup's name. Every file and folder made here is private to the user.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import sqlite3
import threading
import time
from collections.abc import Callable, Iterable
from contextlib import closing
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from carnet.db.migrate import (
    SQLITE_HEADER,
    NotACarnetDatabase,
    inspect_revision,
    known_revisions,
)
from carnet.paths import PRIVATE_FILE, make_private, make_private_folder

DAILY = "daily"
BEFORE_RESTORE = "before-restore"
BEFORE_UPGRADE = "before-upgrade"
DAMAGED = "damaged"
KEEP_DAILY = 7
KEEP_WEEKLY = 4
KEEP_PER_REASON = 10
STALE_PART_SECONDS = 600

_NAME = re.compile(r"(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})-(?P<reason>[a-z][a-z0-9-]*)\.sqlite3")
_STAMP = "%Y%m%d-%H%M%S"
_COUNTED = {
    "people": "person",
    "notes": "note",
    "introductions": "introduction",
    "interactions": "interaction",
}
# Backups and restores of one data folder never overlap, whichever thread starts them.
_busy = threading.Lock()


@dataclass(frozen=True)
class Backup:
    path: Path
    made_at: dt.datetime
    reason: str

    @property
    def automatic(self) -> bool:
        return self.reason == DAILY


@dataclass(frozen=True)
class BackupContents:
    """What a backup holds, read from the file itself."""

    revision: str
    people: int = 0
    notes: int = 0
    introductions: int = 0
    interactions: int = 0


class BackupProblem(StrEnum):
    MISSING = "missing"
    NOT_SQLITE = "not-sqlite"
    DAMAGED = "damaged"
    NOT_CARNET = "not-carnet"
    TOO_NEW = "too-new"


class InvalidBackup(Exception):
    """``path`` cannot be restored; ``problem`` says why in a way the UI can explain."""

    def __init__(self, path: Path, problem: BackupProblem, detail: str = "") -> None:
        super().__init__(f"{path}: {problem}" + (f" ({detail})" if detail else ""))
        self.path = path
        self.problem = problem


class DatabaseDamaged(Exception):
    """SQLite's own check of the live database failed: it must not be copied over good backups."""

    def __init__(self, path: Path, detail: str) -> None:
        super().__init__(f"{path}: {detail}")
        self.path = path
        self.detail = detail


# -- copying -------------------------------------------------------------------------------------


def _fsync_folder(folder: Path) -> None:
    """Make a rename inside ``folder`` durable (POSIX; Windows has no folder handles to sync)."""
    if os.name != "posix":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def _copy_pages(source: Path, target: Path) -> Path:
    """Copy ``source`` page by page into ``target + '.part'``, a private, complete file."""
    make_private_folder(target.parent)
    partial = target.with_name(target.name + ".part")
    partial.with_name(partial.name + "-journal").unlink(missing_ok=True)
    os.close(os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, PRIVATE_FILE))
    make_private(partial)
    try:
        with (
            closing(sqlite3.connect(f"file:{source}?mode=ro", uri=True)) as src,
            closing(sqlite3.connect(partial)) as dst,
        ):
            src.backup(dst)  # the copy commits with a synced journal: it is on the disk
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return partial


def copy_database(source: Path, target: Path) -> Path:
    """Copy ``source`` to ``target`` page by page; the copy is a complete, consistent database."""
    partial = _copy_pages(source, target)
    partial.replace(target)
    _fsync_folder(target.parent)
    return target


def backup_before(
    source: Path, backups_dir: Path, reason: str, *, now: dt.datetime | None = None
) -> Path:
    stamp = (now or dt.datetime.now()).strftime(_STAMP)
    target = backups_dir / f"{source.stem}-{stamp}-{reason}.sqlite3"
    counter = 1
    while target.exists():  # two backups in the same second keep both
        counter += 1
        target = backups_dir / f"{source.stem}-{stamp}-{reason}-{counter}.sqlite3"
    return copy_database(source, target)


def restore(backup: Path, target: Path) -> None:
    """Put ``backup`` back in place of ``target``, dropping any write-ahead log left beside it.

    The copy is complete before anything of ``target`` is touched; the log goes just before the
    swap, since SQLite would otherwise replay it onto the restored file.
    """
    partial = _copy_pages(backup, target)
    for suffix in ("-wal", "-shm"):
        target.with_name(target.name + suffix).unlink(missing_ok=True)
    partial.replace(target)
    _fsync_folder(target.parent)


def set_aside(database: Path, backups_dir: Path, reason: str) -> Path:
    """Keep a copy of ``database`` as it is now, even when SQLite cannot read it any more.

    A sound file is copied with the backup API; a damaged one (SQLite's quick check fails) is
    copied byte for byte, with its write-ahead log, under the reason ``damaged`` so that it never
    passes for a good backup.
    """
    try:
        check_database(database)
        return backup_before(database, backups_dir, reason)
    except (DatabaseDamaged, sqlite3.DatabaseError):
        pass
    stamp = dt.datetime.now().strftime(_STAMP)
    target = make_private_folder(backups_dir) / f"{database.stem}-{stamp}-{DAMAGED}.sqlite3"
    for suffix in ("", "-wal"):
        source = database.with_name(database.name + suffix)
        if source.exists():
            copy = target.with_name(target.name + suffix)
            shutil.copyfile(source, copy)
            make_private(copy)
    return target


# -- reading and checking ------------------------------------------------------------------------


def _lenient_text(value: bytes) -> str:
    """Text read from a file that may be damaged: bytes that are not UTF-8 become "�"."""
    return value.decode("utf-8", "replace")


def _open_read_only(path: Path) -> sqlite3.Connection:
    """Open a file for reading without writing anything beside it (see migrate.inspect_revision)."""
    has_log = path.with_name(path.name + "-wal").exists()
    uri = f"file:{path}?mode=ro" if has_log else f"file:{path}?immutable=1"
    connection = sqlite3.connect(uri, uri=True)
    connection.text_factory = _lenient_text
    return connection


def read_contents(path: Path, *, check: str | None = "integrity_check") -> BackupContents:
    """What ``path`` holds, after SQLite's ``check`` of it (None skips the check).

    Raises ``InvalidBackup`` when it is missing, not SQLite, damaged, not Carnet's, or too new.
    """
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as error:
        raise InvalidBackup(path, BackupProblem.MISSING, str(error)) from error
    if header != SQLITE_HEADER:
        raise InvalidBackup(path, BackupProblem.NOT_SQLITE)
    try:
        with closing(_open_read_only(path)) as connection:
            if check is not None:
                verdict = [row[0] for row in connection.execute(f"PRAGMA {check}")]
                if verdict != ["ok"]:
                    raise InvalidBackup(path, BackupProblem.DAMAGED, "; ".join(verdict[:3]))
            listed = connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            tables = {name for (name,) in listed}
            if "alembic_version" not in tables or "person" not in tables:
                raise InvalidBackup(path, BackupProblem.NOT_CARNET)
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
            counts = {
                field: connection.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
                for field, table in _COUNTED.items()
                if table in tables
            }
    except (sqlite3.DatabaseError, UnicodeDecodeError) as error:
        raise InvalidBackup(path, BackupProblem.DAMAGED, str(error)) from error
    if row is None:
        raise InvalidBackup(path, BackupProblem.NOT_CARNET)
    if row[0] not in known_revisions():
        raise InvalidBackup(path, BackupProblem.TOO_NEW, row[0])
    return BackupContents(revision=row[0], **counts)


def validate(path: Path) -> BackupContents:
    """A backup fit to restore: SQLite's full integrity check passes, this Carnet reads it, and
    its schema is exactly the one Carnet's migrations give its revision (no extra trigger, view
    or index, nothing altered)."""
    from carnet.db.schema import schema_differences

    contents = read_contents(path, check="integrity_check")
    try:
        with closing(_open_read_only(path)) as connection:
            different = schema_differences(connection, contents.revision)
    except (sqlite3.DatabaseError, UnicodeDecodeError) as error:
        raise InvalidBackup(path, BackupProblem.DAMAGED, type(error).__name__) from error
    if different:
        raise InvalidBackup(path, BackupProblem.NOT_CARNET, f"{len(different)} objects differ")
    return contents


def check_database(path: Path) -> None:
    """Raise ``DatabaseDamaged`` when SQLite's quick check of the live database fails.

    The file is opened for writing, as Carnet opens it, so that a log left by a crash is
    recovered rather than mistaken for damage. Errors that are not damage (a lock, a missing
    disk) are raised as they are.
    """
    from carnet.db.errors import StorageProblem, classify

    try:
        with closing(sqlite3.connect(path)) as connection:
            connection.text_factory = _lenient_text  # damage may reach the check's own words
            verdict = [row[0] for row in connection.execute("PRAGMA quick_check")]
    except UnicodeDecodeError as error:  # SQLite's own message quotes the damaged bytes
        raise DatabaseDamaged(path, "undecodable text") from error
    except sqlite3.DatabaseError as error:
        if classify(error) in (None, StorageProblem.CORRUPT):  # all SQLite cannot make sense of
            raise DatabaseDamaged(path, str(error)) from error
        raise
    if verdict != ["ok"]:
        raise DatabaseDamaged(path, "; ".join(verdict[:3]))


def _parse(path: Path, stem: str) -> Backup | None:
    match = _NAME.fullmatch(path.name)
    if match is None or match["stem"] != stem:
        return None
    try:
        made_at = dt.datetime.strptime(match["stamp"], _STAMP)
    except ValueError:
        return None
    reason = re.sub(r"-\d+$", "", match["reason"])  # "daily-2" is a second copy in one second
    return Backup(path, made_at, reason)


def list_backups(database: Path, backups_dir: Path) -> list[Backup]:
    """The backups of ``database`` in ``backups_dir``, newest first; damaged copies are left out."""
    if not backups_dir.is_dir():
        return []
    found = [
        backup
        for path in backups_dir.glob("*.sqlite3")
        if (backup := _parse(path, database.stem)) is not None and backup.reason != DAMAGED
    ]
    return sorted(found, key=lambda b: (b.made_at, _written_at(b.path)), reverse=True)


def _written_at(path: Path) -> int:
    """Orders two backups made in the same second."""
    try:
        return path.stat().st_mtime_ns
    except OSError:
        return 0


def latest_good_backup(database: Path, backups_dir: Path) -> tuple[Backup, BackupContents] | None:
    """The newest backup that passes the integrity check, with what it holds."""
    for backup in list_backups(database, backups_dir):
        try:
            return backup, validate(backup.path)
        except InvalidBackup:
            continue
    return None


def holds_data(contents: BackupContents) -> bool:
    return bool(contents.people or contents.notes or contents.interactions)


def is_empty(database: Path) -> bool:
    """No data file, a 0-byte one, or an SQLite file without a single table."""
    try:
        if not database.exists() or database.stat().st_size == 0:
            return True
        return inspect_revision(database) is None
    except (NotACarnetDatabase, OSError):
        return False  # not SQLite, or not Carnet's: the usual checks explain it


def backup_of_lost_data(database: Path, backups_dir: Path) -> Backup | None:
    """The newest backup that holds data, when the data file itself is missing or empty.

    Such a file is damage (a sync tool or a disk emptied it), not a new notebook: Carnet offers
    the backup rather than starting afresh over it.
    """
    if not is_empty(database):
        return None
    for backup in list_backups(database, backups_dir):
        try:
            if holds_data(read_contents(backup.path, check="quick_check")):
                return backup
        except InvalidBackup:
            continue
    return None


# -- rotation ------------------------------------------------------------------------------------


def _newest_per(backups: Iterable[Backup], key: Callable[[Backup], object]) -> list[Backup]:
    """The newest backup of each ``key`` group, newest group first (``backups`` newest first)."""
    chosen: dict[object, Backup] = {}
    for backup in backups:
        chosen.setdefault(key(backup), backup)
    return list(chosen.values())


def backups_to_keep(backups: list[Backup]) -> set[Path]:
    """7 daily and 4 weekly automatic backups, and the newest few of every other reason."""
    daily = [b for b in backups if b.automatic]
    kept_days = _newest_per(daily, lambda b: b.made_at.date())[:KEEP_DAILY]
    older = [b for b in daily if kept_days and b.made_at.date() < kept_days[-1].made_at.date()]
    kept_weeks = _newest_per(older, lambda b: b.made_at.isocalendar()[:2])[:KEEP_WEEKLY]
    keep = {b.path for b in (*kept_days, *kept_weeks)}
    for reason in {b.reason for b in backups if not b.automatic}:
        keep |= {b.path for b in [b for b in backups if b.reason == reason][:KEEP_PER_REASON]}
    return keep


def prune(database: Path, backups_dir: Path) -> list[Path]:
    """Delete the backups the rotation no longer keeps, and copies a crash left unfinished."""
    backups = list_backups(database, backups_dir)
    keep = backups_to_keep(backups)
    removed = [b.path for b in backups if b.path not in keep]
    for path in removed:
        path.unlink(missing_ok=True)
    cutoff = time.time() - STALE_PART_SECONDS
    leftovers = [
        *backups_dir.glob(f"{database.stem}-*.sqlite3.part"),
        *backups_dir.glob(f"{database.stem}-*.sqlite3.part-journal"),  # SQLite's, same crash
    ]
    for partial in leftovers:
        try:
            if partial.stat().st_mtime < cutoff:
                partial.unlink()
        except OSError:
            continue
    return removed


def automatic_backup(
    database: Path, backups_dir: Path, *, now: dt.datetime | None = None, check: bool = True
) -> Path | None:
    """Today's backup if there is none yet, then the rotation; None when today's already exists.

    The live file is checked first (unless the caller just did): a damaged database raises
    ``DatabaseDamaged`` and no backup is made or deleted, so the good ones stay for a restore.
    A live file holding no data is not backed up over backups that hold some (None), so the
    rotation never deletes good backups in favour of an emptied file.
    """
    now = now or dt.datetime.now()
    with _busy:
        if not database.exists():
            return None
        backups = list_backups(database, backups_dir)
        if any(b.automatic and b.made_at.date() == now.date() for b in backups):
            return None
        if check:
            check_database(database)
        if backups and not holds_data(read_contents(database, check=None)):
            return None
        made = backup_before(database, backups_dir, DAILY, now=now)
        prune(database, backups_dir)
        return made


def restore_backup(backup: Path, database: Path, backups_dir: Path) -> Path | None:
    """Check ``backup``, keep a copy of the current data, then put ``backup`` in its place.

    The database must be closed. Returns the copy of the data as it was (None if there was no
    file). Raises ``InvalidBackup``, with nothing changed, when the backup cannot be restored.
    """
    validate(backup)
    with _busy:
        kept = set_aside(database, backups_dir, BEFORE_RESTORE) if database.exists() else None
        restore(backup, database)
        prune(database, backups_dir)
        return kept
