"""Export for Excel and address books, and the full backup file carried between two computers."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
import zipfile
from contextlib import closing
from pathlib import Path

import pytest
import vobject

from carnet.db.store import open_database
from carnet.domain import referrals
from carnet.domain.enums import Permission
from carnet.domain.people import PersonDraft, create_person
from carnet.io.backup_file import read_backup_info, restore_backup_file, save_backup_file
from carnet.io.errors import ImportFileError
from carnet.io.export import neutralise, people_to_export, write_csv, write_vcard
from tests.io.samples import contents, import_into


@pytest.fixture
def network(database):
    with database.transaction() as session:
        camille = create_person(
            session,
            PersonDraft(
                first_name="Camille",
                last_name="Durand",
                organization_name="Atelier Lumière, Lyon; Paris",
                job_title="Directrice « produit »",
                email="camille@example.org",
                phone="+33 6 12 34 56 78",
                city="Lyon",
                linkedin_url="https://www.linkedin.com/in/camille-durand",
                background="Ancienne collègue.\nConnaît tout le monde; surtout Hugo, Zoé…",
            ),
        )
        referrals.introduce_new_person(
            session,
            camille,
            PersonDraft(first_name='=HYPERLINK("http://evil")', last_name="@SUM(A1)"),
            permission=Permission.YES,
        )
        create_person(
            session, PersonDraft(first_name="Zoé", last_name="-Lefèvre", job_title="-10 % budget")
        )
    return database


def exported(database):
    with database.reading() as session:
        return people_to_export(session)


def test_csv_for_excel_has_a_bom_semicolons_and_no_formula(network, tmp_path: Path):
    target = tmp_path / "contacts.csv"
    write_csv(exported(network), target)
    data = target.read_bytes()
    assert data.startswith(b"\xef\xbb\xbfFirst name;Last name;Organisation;")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=";"))
    header, *people = rows
    by_name = {row[0]: dict(zip(header, row, strict=True)) for row in people}
    camille = by_name["Camille"]
    assert camille["Organisation"] == "Atelier Lumière, Lyon; Paris"
    assert camille["Phone"] == "'+33 6 12 34 56 78"
    assert camille["Background"] == "Ancienne collègue.\nConnaît tout le monde; surtout Hugo, Zoé…"
    evil = by_name['\'=HYPERLINK("http://evil")']
    assert evil["Last name"] == "'@SUM(A1)"
    assert evil["Introduced by"] == "Camille Durand"
    zoe = by_name["Zoé"]
    assert (zoe["Last name"], zoe["Job title"]) == ("'-Lefèvre", "'-10 % budget")
    for row in people:
        assert not any(cell.startswith(("=", "+", "-", "@", "\t", "\r")) for cell in row)


@pytest.mark.parametrize(
    ("cell", "shown"),
    [
        ("=1+1", "'=1+1"),
        ("+33 6", "'+33 6"),
        ("-2", "'-2"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tcmd", "'\tcmd"),
        ("\rcmd", "'\rcmd"),
        ("Zoé = amie", "Zoé = amie"),
        ("", ""),
    ],
)
def test_cells_a_spreadsheet_would_run_are_neutralised(cell: str, shown: str):
    assert neutralise(cell) == shown


def test_csv_with_commas_on_request(network, tmp_path: Path):
    target = tmp_path / "contacts.csv"
    write_csv(exported(network), target, delimiter=",")
    assert target.read_text("utf-8-sig").startswith("First name,Last name,Organisation,")


def test_vcard_40_round_trip_through_carnet(network, tmp_path: Path):
    target = tmp_path / "contacts.vcf"
    write_vcard(exported(network), target)
    cards = list(vobject.readComponents(target.read_text("utf-8")))
    assert [card.version.value for card in cards] == ["4.0"] * 3
    assert target.read_bytes().count(b"\r\n") > 10

    other = open_database(tmp_path / "other" / "carnet.sqlite3", tmp_path / "other" / "backups")
    try:
        _plan, summary = import_into(other, target)
        assert summary.created == 3
        before = {(p.full_name, p.organization): p for p in exported(network)}
        after = {(p.full_name, p.organization): p for p in exported(other)}
        assert before.keys() == after.keys()
        for key, person in before.items():
            again = after[key]
            for field in ("first_name", "last_name", "organization", "job_title", "emails"):
                assert getattr(again, field) == getattr(person, field), field
            for field in ("phones", "city", "linkedin_url", "background"):
                assert getattr(again, field) == getattr(person, field), field
            assert again.source == "vcard"
    finally:
        other.close()


def test_vcard_lines_are_folded_for_other_apps(tmp_path: Path, network):
    target = tmp_path / "contacts.vcf"
    people = exported(network)
    write_vcard(people, target)
    for line in target.read_bytes().split(b"\r\n"):
        assert len(line) <= 75 + 1


def test_a_backup_file_carries_everything_to_another_computer(
    network, data_dir: Path, tmp_path: Path
):
    backup = save_backup_file(network.path, tmp_path / "carnet.carnet-backup.zip")
    with zipfile.ZipFile(backup) as archive:
        assert sorted(archive.namelist()) == ["carnet.sqlite3", "manifest.json"]
        manifest = json.loads(archive.read("manifest.json"))
    assert manifest["kind"] == "carnet-backup"
    assert manifest["people"] == 3
    assert read_backup_info(backup).people == 3

    laptop = tmp_path / "laptop"
    database = open_database(laptop / "carnet.sqlite3", laptop / "backups")
    with database.transaction() as session:
        create_person(session, PersonDraft(first_name="Only", last_name="On the laptop"))
    database.close()
    laptop_before = contents(laptop / "carnet.sqlite3")

    kept = restore_backup_file(backup, laptop / "carnet.sqlite3", laptop / "backups")

    assert kept is not None and kept.parent == laptop / "backups"
    assert "before-restore" in kept.name
    assert contents(kept) == laptop_before
    network.close()
    assert contents(laptop / "carnet.sqlite3") == contents(data_dir / "carnet.sqlite3")
    reopened = open_database(laptop / "carnet.sqlite3", laptop / "backups")
    try:
        assert (
            sorted(p.full_name for p in exported(reopened))[0]
            == '=HYPERLINK("http://evil") @SUM(A1)'
        )
    finally:
        reopened.close()


def _rezip(source: Path, target: Path, change) -> Path:
    """A copy of the backup ``source`` whose members ``change(name, data)`` rewrites."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
        for name in old.namelist():
            data = change(name, old.read(name))
            if data is not None:
                new.writestr(name, data)
    return target


def _without_checksum(name: str, data: bytes) -> bytes:
    if name == "manifest.json":
        manifest = json.loads(data)
        del manifest["sha256"]
        return json.dumps(manifest).encode()
    return data


def _database_bytes_changed(edit):
    def change(name: str, data: bytes) -> bytes:
        if name != "carnet.sqlite3":
            return _without_checksum(name, data)
        work = Path(__import__("tempfile").mkdtemp()) / "db.sqlite3"
        work.write_bytes(data)
        with closing(sqlite3.connect(work)) as connection:
            edit(connection)
            connection.commit()
        return work.read_bytes()

    return change


@pytest.mark.parametrize(
    ("make", "expected"),
    [
        (lambda good, bad: bad.write_bytes(b"not a zip at all"), "is not a Carnet backup file"),
        (
            lambda good, bad: _rezip(good, bad, lambda n, d: None if n == "manifest.json" else d),
            "is not a Carnet backup file",
        ),
        (
            lambda good, bad: _rezip(
                good,
                bad,
                lambda n, d: d[:5000] + b"\xff" * 100 + d[5100:] if n == "carnet.sqlite3" else d,
            ),
            "contents do not match its checksum",
        ),
        (
            lambda good, bad: _rezip(
                good,
                bad,
                lambda n, d: (
                    _without_checksum(n, d)
                    if n == "manifest.json"
                    else b"SQLite format 3\x00" + b"\x00" * 200
                ),
            ),
            "damaged",
        ),
        (
            lambda good, bad: _rezip(
                good,
                bad,
                _database_bytes_changed(
                    lambda c: c.execute("UPDATE alembic_version SET version_num = '9999'")
                ),
            ),
            "saved by a newer version of Carnet",
        ),
    ],
    ids=["not-a-zip", "no-manifest", "checksum", "not-sqlite", "too-new"],
)
def test_a_bad_backup_file_is_refused_and_the_current_data_kept(
    network, tmp_path: Path, make, expected: str
):
    good = save_backup_file(network.path, tmp_path / "good.carnet-backup.zip")
    bad = tmp_path / "bad.carnet-backup.zip"
    make(good, bad)
    home = tmp_path / "home"
    database = open_database(home / "carnet.sqlite3", home / "backups")
    with database.transaction() as session:
        create_person(session, PersonDraft(first_name="Kept"))
    database.close()
    before = contents(home / "carnet.sqlite3")
    with pytest.raises(ImportFileError) as refused:
        restore_backup_file(bad, home / "carnet.sqlite3", home / "backups")
    assert expected in refused.value.text()
    assert "bad.carnet-backup.zip" in refused.value.text()
    assert contents(home / "carnet.sqlite3") == before
    assert not (home / "backups").exists() or not list((home / "backups").iterdir())


def test_a_backup_from_an_older_carnet_is_upgraded_when_opened(tmp_path: Path):
    old = Path(__file__).resolve().parents[1] / "fixtures" / "carnet-0001.sqlite3"
    backup = tmp_path / "old.carnet-backup.zip"
    with zipfile.ZipFile(backup, "w") as archive:
        archive.writestr("manifest.json", json.dumps({"kind": "carnet-backup", "format": 1}))
        archive.write(old, "carnet.sqlite3")
    home = tmp_path / "home"
    restore_backup_file(backup, home / "carnet.sqlite3", home / "backups")
    database = open_database(home / "carnet.sqlite3", home / "backups")
    try:
        assert exported(database)
    finally:
        database.close()
