"""Files Carnet refuses: a clear message naming the file (and the line), and nothing written."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from carnet.io.errors import ImportFileError
from carnet.io.reader import read_contacts_file
from carnet.io.textfile import MAX_BYTES
from tests.io.samples import contents, import_into


@pytest.fixture
def someone_already_there(database):
    from carnet.domain.people import PersonDraft, create_person

    with database.transaction() as session:
        create_person(session, PersonDraft(first_name="Paul", last_name="Durand"))
    return database


@pytest.mark.parametrize(
    ("sample", "expected", "line"),
    [
        ("bad/empty.csv", "The file empty.csv is empty.", None),
        ("bad/blank-with-bom.csv", "The file blank-with-bom.csv is empty.", None),
        ("bad/garbage.bin", "garbage.bin is not a contacts file Carnet can read", None),
        ("bad/cut-short.vcf", "the card that starts on line 1 has no end", 1),
        ("bad/bank-statement.csv", "Carnet does not recognise the columns of bank-statement", None),
        ("bad/linkedin-header-only.csv", "linkedin-header-only.csv holds column names", None),
        (
            "linkedin/Complete_LinkedInDataExport_without_connections.zip",
            "holds no Connections.csv",
            None,
        ),
    ],
)
def test_a_refused_file_names_itself_and_changes_nothing(
    someone_already_there, samples: Path, sample: str, expected: str, line: int | None
):
    before = contents(someone_already_there.path)
    with pytest.raises(ImportFileError) as refused:
        import_into(someone_already_there, samples / sample)
    assert expected in refused.value.text()
    assert Path(sample).name in refused.value.text()
    assert refused.value.line == line
    assert contents(someone_already_there.path) == before


def test_a_200_mb_file_is_refused_before_it_is_read(tmp_path: Path):
    huge = tmp_path / "Connections.csv"
    with huge.open("wb") as handle:  # sparse: takes no room on the disk
        handle.truncate(200 * 1024 * 1024)
    with pytest.raises(ImportFileError) as refused:
        read_contacts_file(huge)
    assert refused.value.text() == (
        "The file Connections.csv is too large (200 MB): Carnet imports files of up to 100 MB."
    )


def test_a_zip_whose_connections_file_is_too_large_is_refused(tmp_path: Path):
    export = tmp_path / "export.zip"
    with zipfile.ZipFile(export, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("Connections.csv", b"\0" * (MAX_BYTES + 1))  # compresses to 100 kB
    with pytest.raises(ImportFileError, match="too large"):
        read_contacts_file(export)


def test_a_damaged_zip_is_refused(tmp_path: Path, samples: Path):
    damaged = tmp_path / "Basic_LinkedInDataExport.zip"
    data = (samples / "linkedin/Basic_LinkedInDataExport_11-25-2026.zip").read_bytes()
    damaged.write_bytes(data[: len(data) // 2])
    with pytest.raises(ImportFileError) as refused:
        read_contacts_file(damaged)
    assert refused.value.text() == "The file Basic_LinkedInDataExport.zip is a damaged zip file."


def test_a_missing_file_is_explained(tmp_path: Path):
    with pytest.raises(ImportFileError, match="Connections.csv could not be read"):
        read_contacts_file(tmp_path / "Connections.csv")


def test_a_vcard_line_that_is_not_part_of_a_card_is_reported_and_the_cards_kept(tmp_path: Path):
    broken = tmp_path / "contacts.vcf"
    broken.write_text(
        "BEGIN:VCARD\nVERSION:3.0\nFN:Zoé\nEND:VCARD\nthis is not a card\n", encoding="utf-8"
    )
    parsed = read_contacts_file(broken)
    assert [row.full_name for row in parsed.rows] == ["Zoé"]
    assert [(p.line, p.text()) for p in parsed.problems] == [
        (5, "This line is not part of a contact card: it was ignored.")
    ]


def test_a_file_cut_short_keeps_its_whole_cards(samples: Path):
    parsed = read_contacts_file(samples / "bad/truncated.vcf")
    assert [row.full_name for row in parsed.rows] == ["Jérôme Dupré"]
    assert [(p.line, p.text()) for p in parsed.skipped] == [
        (6, "This card has no end (the file was probably cut short here): it was skipped.")
    ]
