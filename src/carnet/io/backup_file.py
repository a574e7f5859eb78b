"""The full backup file: one zip holding a copy of the database and a manifest.

The copy is made with SQLite's online backup API (db/backup.py), so it is consistent even while
Carnet has the file open. Restoring checks everything before touching the live file: the zip, the
manifest, the checksum, the SQLite header, ``PRAGMA integrity_check`` and a schema revision this
Carnet knows. Then it copies the current data to the backups folder and puts the backup in its
place. The caller closes the database first and opens it again afterwards through the normal
open path, which upgrades a file saved by an older Carnet.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import os
import shutil
import sqlite3
import tempfile
import zipfile
import zlib
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from carnet import __version__
from carnet.db.backup import backup_before, copy_database, restore
from carnet.db.migrate import NotACarnetDatabase, inspect_revision, known_revisions
from carnet.db.schema import schema_differences
from carnet.domain.errors import QT_TRANSLATE_NOOP
from carnet.io.errors import (
    BACKUP_TOO_NEW,
    CANNOT_WRITE,
    DAMAGED_BACKUP,
    NOT_A_BACKUP,
    ImportFileError,
)
from carnet.io.zipcap import TooLarge, copy_member, member_cap

KIND = "carnet-backup"
FORMAT = 1
DATABASE_MEMBER = "carnet.sqlite3"
MANIFEST_MEMBER = "manifest.json"
MAX_DATABASE_BYTES = 4 * 1024**3
SUFFIX = ".carnet-backup.zip"

CHECKSUM_MISMATCH = QT_TRANSLATE_NOOP("DomainMessages", "its contents do not match its checksum")
NOT_SQLITE = QT_TRANSLATE_NOOP("DomainMessages", "the data inside is not a Carnet database")
NOT_INTACT = QT_TRANSLATE_NOOP(
    "DomainMessages", "the database inside fails SQLite's integrity check"
)
NO_DATA = QT_TRANSLATE_NOOP("DomainMessages", "the database inside is empty")
INFLATES = QT_TRANSLATE_NOOP(
    "DomainMessages", "it unpacks to far more data than a Carnet backup of its size can hold"
)
ALTERED = QT_TRANSLATE_NOOP(
    "DomainMessages", "the database inside holds tables or rules that Carnet did not make"
)
MAX_MANIFEST = 1024 * 1024


@dataclass(frozen=True)
class BackupInfo:
    created_at: str
    carnet_version: str
    schema_revision: str
    people: int | None


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def save_backup_file(database_path: Path, target: Path) -> Path:
    """Write the backup zip of ``database_path`` to ``target``, whole or not at all."""
    target = Path(target)
    partial = target.with_name(target.name + ".part")
    try:
        with tempfile.TemporaryDirectory(prefix="carnet-backup-") as work:
            copy = copy_database(database_path, Path(work) / DATABASE_MEMBER)
            with closing(sqlite3.connect(copy)) as connection:
                connection.execute("PRAGMA journal_mode = DELETE")
                people = connection.execute("SELECT count(*) FROM person").fetchone()[0]
            manifest = {
                "kind": KIND,
                "format": FORMAT,
                "created_at": dt.datetime.now().replace(microsecond=0).isoformat(),
                "carnet_version": __version__,
                "schema_revision": inspect_revision(copy),
                "database": DATABASE_MEMBER,
                "size": copy.stat().st_size,
                "sha256": _sha256(copy),
                "people": people,
            }
            with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED) as archive:
                archive.writestr(MANIFEST_MEMBER, json.dumps(manifest, indent=2))
                archive.write(copy, DATABASE_MEMBER)
        os.replace(partial, target)
    except OSError as error:
        partial.unlink(missing_ok=True)
        raise ImportFileError(target, CANNOT_WRITE, detail=error.strerror or str(error)) from error
    return target


def _damaged(path: Path, detail: str) -> ImportFileError:
    return ImportFileError(path, DAMAGED_BACKUP, detail=detail)


def check_backup_file(path: Path, work: Path) -> tuple[Path, BackupInfo]:
    """Extract and check the database in the backup zip ``path`` into the folder ``work``."""
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            if not {MANIFEST_MEMBER, DATABASE_MEMBER} <= names:
                raise ImportFileError(path, NOT_A_BACKUP)
            manifest_bytes = io.BytesIO()
            copy_member(archive, archive.getinfo(MANIFEST_MEMBER), manifest_bytes, MAX_MANIFEST)
            try:
                manifest = json.loads(manifest_bytes.getvalue().decode("utf-8"))
            except (UnicodeDecodeError, json.JSONDecodeError) as error:
                raise ImportFileError(path, NOT_A_BACKUP) from error
            if not isinstance(manifest, dict) or manifest.get("kind") != KIND:
                raise ImportFileError(path, NOT_A_BACKUP)
            member = archive.getinfo(DATABASE_MEMBER)
            extracted = work / DATABASE_MEMBER
            cap = member_cap(path.stat().st_size, MAX_DATABASE_BYTES)
            with extracted.open("wb") as target:
                copy_member(archive, member, target, cap)
    except ImportFileError:
        raise
    except TooLarge as error:
        raise _damaged(path, INFLATES) from error
    except (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, EOFError, ValueError) as error:
        raise ImportFileError(path, NOT_A_BACKUP) from error
    except (NotImplementedError, RuntimeError) as error:
        raise ImportFileError(path, NOT_A_BACKUP) from error
    except OSError as error:
        raise ImportFileError(path, CANNOT_WRITE, detail=error.strerror or str(error)) from error

    if manifest.get("sha256") and manifest["sha256"] != _sha256(extracted):
        raise _damaged(path, CHECKSUM_MISMATCH)
    try:
        revision = inspect_revision(extracted)
    except NotACarnetDatabase as error:
        raise _damaged(path, NOT_SQLITE) from error
    if revision is None:
        raise _damaged(path, NO_DATA)
    if revision not in known_revisions():
        raise ImportFileError(path, BACKUP_TOO_NEW)
    try:
        with closing(sqlite3.connect(f"file:{extracted}?mode=ro", uri=True)) as connection:
            verdict = connection.execute("PRAGMA integrity_check").fetchall()
    except sqlite3.DatabaseError as error:
        raise _damaged(path, NOT_INTACT) from error
    if verdict != [("ok",)]:
        raise _damaged(path, NOT_INTACT)
    with closing(sqlite3.connect(f"file:{extracted}?mode=ro", uri=True)) as connection:
        if schema_differences(connection, revision):
            raise _damaged(path, ALTERED)
    people = manifest.get("people")
    info = BackupInfo(
        created_at=str(manifest.get("created_at", "")),
        carnet_version=str(manifest.get("carnet_version", "")),
        schema_revision=revision,
        people=people if isinstance(people, int) else None,
    )
    return extracted, info


def read_backup_info(path: Path) -> BackupInfo:
    """Check the backup file ``path`` without restoring it."""
    with tempfile.TemporaryDirectory(prefix="carnet-restore-") as work:
        return check_backup_file(Path(path), Path(work))[1]


def restore_backup_file(path: Path, database_path: Path, backups_dir: Path) -> Path | None:
    """Replace ``database_path`` by the database in the backup file ``path``.

    The database must be closed. Nothing is touched unless the backup passes every check; the
    current data is copied to ``backups_dir`` first, and that copy's path is returned.
    """
    database_path = Path(database_path)
    database_path.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="carnet-restore-", dir=database_path.parent) as work:
        extracted, _info = check_backup_file(Path(path), Path(work))
        safety = None
        if database_path.exists() and database_path.stat().st_size:
            safety = _keep_current(database_path, backups_dir)
        restore(extracted, database_path)
    return safety


def _keep_current(database_path: Path, backups_dir: Path) -> Path:
    """A copy of the current data; a byte copy when SQLite cannot read it (it may be damaged)."""
    try:
        return backup_before(database_path, backups_dir, "before-restore")
    except sqlite3.DatabaseError:
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        target = backups_dir / f"{database_path.stem}-{stamp}-before-restore-as-is.sqlite3"
        backups_dir.mkdir(parents=True, exist_ok=True)
        shutil.copy2(database_path, target)
        return target
