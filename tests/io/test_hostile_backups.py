"""Backups and zips built to harm: refused before they touch the user's data or memory.

A corpus built here: backups whose database carries an extra trigger, an extra view, an extra
index or a rewritten search trigger; a backup zip whose database inflates a thousandfold; zips
whose headers lie about their sizes; a LinkedIn zip whose Connections.csv is a bomb.
"""

from __future__ import annotations

import json
import sqlite3
import struct
import tracemalloc
import zipfile
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

import pytest

from carnet.db.backup import BackupProblem, InvalidBackup, backup_before, restore_backup
from carnet.db.store import open_database
from carnet.domain import people
from carnet.io.backup_file import (
    ALTERED,
    INFLATES,
    restore_backup_file,
    save_backup_file,
)
from carnet.io.errors import BAD_ZIP, ImportFileError
from carnet.io.reader import read_contacts_file
from tests.io.samples import contents

CHANGES: dict[str, str] = {
    "extra trigger": (
        "CREATE TRIGGER tidy AFTER INSERT ON note BEGIN DELETE FROM person_tag; "
        "DELETE FROM person; END"
    ),
    "extra view": "CREATE VIEW everyone AS SELECT first_name, last_name FROM person",
    "extra index": "CREATE INDEX ix_person_first ON person (first_name)",
    "rewritten search trigger": (
        "DROP TRIGGER note_search_ai; CREATE TRIGGER note_search_ai AFTER INSERT ON note "
        "BEGIN DELETE FROM person; END"
    ),
}


@pytest.fixture
def live(data_dir: Path) -> Path:
    database = open_database(data_dir / "carnet.sqlite3", data_dir / "backups")
    with database.transaction() as session:
        for name in ("Camille", "Hugo", "Hélène"):
            people.create_person(session, people.PersonDraft(first_name=name))
    database.close()
    return data_dir / "carnet.sqlite3"


def altered_copy(live: Path, folder: Path, change: str) -> Path:
    copy = backup_before(live, folder, "hostile")
    with closing(sqlite3.connect(copy)) as connection:
        connection.executescript(CHANGES[change])
    return copy


@pytest.mark.parametrize("change", CHANGES)
def test_a_backup_with_a_schema_carnet_did_not_make_is_refused(live, tmp_path, change):
    hostile = altered_copy(live, tmp_path / "corpus", change)
    before = contents(live)

    with pytest.raises(InvalidBackup) as refused:
        restore_backup(hostile, live, live.parent / "backups")

    assert refused.value.problem is BackupProblem.NOT_CARNET
    assert contents(live) == before


def zip_of(target: Path, database: Path | None = None, **members: bytes) -> Path:
    manifest = {"kind": "carnet-backup", "format": 1, "database": "carnet.sqlite3"}
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("manifest.json", json.dumps(manifest))
        if database is not None:
            archive.write(database, "carnet.sqlite3")
        for name, data in members.items():
            archive.writestr(name, data)
    return target


@pytest.mark.parametrize("change", ["extra trigger", "rewritten search trigger"])
def test_a_backup_file_whose_database_carries_foreign_rules_is_refused(live, tmp_path, change):
    hostile = zip_of(tmp_path / "hostile.zip", altered_copy(live, tmp_path / "corpus", change))
    before = contents(live)

    with pytest.raises(ImportFileError) as refused:
        restore_backup_file(hostile, live, live.parent / "backups")

    assert refused.value.values.get("detail") == ALTERED
    assert contents(live) == before


def test_a_backup_file_carnet_saved_still_restores(live, tmp_path):
    saved = save_backup_file(live, tmp_path / "mine.carnet-backup.zip")

    restore_backup_file(saved, live, live.parent / "backups")

    assert len(contents(live)["person"]) == 3


def write_bomb(archive: zipfile.ZipFile, name: str, megabytes: int, line: bytes) -> None:
    block = line * (1024 * 1024 // len(line))
    with archive.open(name, "w", force_zip64=True) as member:
        for _ in range(megabytes):
            member.write(block)


def test_a_backup_file_that_inflates_a_thousandfold_is_refused_after_a_few_megabytes(
    live, tmp_path
):
    bomb = tmp_path / "bomb.carnet-backup.zip"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("manifest.json", json.dumps({"kind": "carnet-backup", "format": 1}))
        write_bomb(archive, "carnet.sqlite3", 96, b"SQLite format 3\x00" + bytes(4080))
    assert bomb.stat().st_size < 1024 * 1024
    before = contents(live)

    with pytest.raises(ImportFileError) as refused:
        restore_backup_file(bomb, live, live.parent / "backups")

    assert refused.value.values.get("detail") == INFLATES
    assert contents(live) == before


def lie_about_sizes(path: Path, member: str, size: int) -> None:
    """Rewrite the sizes a zip's headers give ``member`` (local header and central directory)."""
    data = bytearray(path.read_bytes())
    name = member.encode()
    for signature, offset in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        start = 0
        while (found := data.find(signature, start)) >= 0:
            name_at = found + (30 if signature == b"PK\x03\x04" else 46)
            if data[name_at : name_at + len(name)] == name:
                data[found + offset : found + offset + 4] = struct.pack("<I", size)
            start = found + 4
    path.write_bytes(bytes(data))


def test_a_backup_file_that_lies_about_its_sizes_is_refused(live, tmp_path):
    liar = zip_of(tmp_path / "liar.zip", live)
    lie_about_sizes(liar, "carnet.sqlite3", 4096)
    before = contents(live)

    with pytest.raises(ImportFileError):
        restore_backup_file(liar, live, live.parent / "backups")

    assert contents(live) == before


@pytest.fixture
def peak_memory() -> Callable[[Callable[[], object]], int]:
    def measure(action: Callable[[], object]) -> int:
        tracemalloc.start()
        try:
            action()
        except ImportFileError:
            pass
        finally:
            peak = tracemalloc.get_traced_memory()[1]
            tracemalloc.stop()
        return peak

    return measure


def test_a_contacts_zip_bomb_is_refused_without_filling_the_memory(tmp_path, peak_memory):
    bomb = tmp_path / "Basic_LinkedInDataExport.zip"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        write_bomb(archive, "Connections.csv", 90, b"First Name,Last Name\nAda,Lovelace\n")

    with pytest.raises(ImportFileError) as refused:
        read_contacts_file(bomb)
    peak = peak_memory(lambda: read_contacts_file(bomb))

    assert refused.value.message == BAD_ZIP
    assert peak < 32 * 1024 * 1024


def test_a_contacts_zip_that_lies_about_its_sizes_is_refused(tmp_path, samples):
    liar = tmp_path / "liar.zip"
    with zipfile.ZipFile(liar, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.write(samples / "linkedin/Connections.csv", "Connections.csv")
    lie_about_sizes(liar, "Connections.csv", 12)

    with pytest.raises(ImportFileError) as refused:
        read_contacts_file(liar)

    assert refused.value.message == BAD_ZIP


@pytest.mark.parametrize(
    "cell",
    ['\uff1dHYPERLINK("http://x.example")', "\u200b=1+1", "\ufeff+33", "|calc", " =1+1"],
)
def test_a_csv_export_neutralises_formulas_hidden_behind_lookalikes(cell):
    from carnet.io.export import neutralise

    assert neutralise(cell) == "'" + cell
