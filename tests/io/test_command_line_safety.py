"""The command line under a permissive umask, and a sentence with exit code 2 for each failure."""

from __future__ import annotations

import os
import sqlite3
import stat
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

from carnet.db.store import open_database

posix_only = pytest.mark.skipif(os.name != "posix", reason="file modes and umask are POSIX")


def carnet(*args: str, umask: int = -1) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "carnet", *args],
        capture_output=True,
        text=True,
        timeout=120,
        umask=umask,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@posix_only
def test_everything_the_command_line_writes_is_private_under_umask_022(tmp_path, samples):
    data = tmp_path / "new" / "data"
    imported = carnet(
        "import", str(samples / "linkedin/Connections.csv"), "--data-dir", str(data), umask=0o022
    )
    assert imported.returncode == 0, imported.stderr
    written = {}
    for kind, name in (("csv", "out.csv"), ("vcard", "out.vcf"), ("backup", "out.zip")):
        target = tmp_path / name
        exported = carnet(
            "export", "--format", kind, str(target), "--data-dir", str(data), umask=0o022
        )
        assert exported.returncode == 0, exported.stderr
        written[name] = mode(target)

    assert written == {"out.csv": 0o600, "out.vcf": 0o600, "out.zip": 0o600}
    assert mode(data) == 0o700
    assert mode(data / "carnet.sqlite3") == 0o600
    assert all(mode(p) == 0o600 for p in data.iterdir() if p.is_file())


def refused(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 2, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    assert result.stderr.strip().count("\n") == 0, result.stderr  # one sentence
    return result.stderr


def test_a_data_file_that_is_a_folder_gets_a_sentence(tmp_path):
    data = tmp_path / "data"
    (data / "carnet.sqlite3").mkdir(parents=True)

    said = refused(
        carnet("export", "--format", "csv", str(tmp_path / "o.csv"), "--data-dir", str(data))
    )

    assert "is a folder, where Carnet expects a file" in said


def test_an_export_to_a_folder_gets_a_sentence(tmp_path):
    data = tmp_path / "data"
    (tmp_path / "out.csv").mkdir()

    said = refused(
        carnet("export", "--format", "csv", str(tmp_path / "out.csv"), "--data-dir", str(data))
    )

    assert "could not write the file out.csv" in said


def test_a_data_file_another_program_keeps_locked_gets_the_right_advice(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    open_database(data / "carnet.sqlite3", data / "backups").close()
    with closing(sqlite3.connect(data / "carnet.sqlite3", isolation_level=None)) as holder:
        holder.execute("PRAGMA locking_mode = EXCLUSIVE")
        holder.execute("BEGIN EXCLUSIVE")
        holder.execute("CREATE TABLE held (x)")

        said = refused(
            carnet("export", "--format", "csv", str(tmp_path / "o.csv"), "--data-dir", str(data))
        )

    assert "Another program kept your data file busy" in said


def test_a_bit_flipped_data_file_gets_a_sentence(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    open_database(data / "carnet.sqlite3", data / "backups").close()
    database = data / "carnet.sqlite3"
    raw = bytearray(database.read_bytes())
    for offset in range(100, len(raw), 509):
        raw[offset] ^= 0x5A
    database.write_bytes(bytes(raw))

    said = refused(
        carnet("export", "--format", "csv", str(tmp_path / "o.csv"), "--data-dir", str(data))
    )

    assert "Carnet" in said


def test_a_csv_with_a_huge_cell_in_its_header_area_is_read(tmp_path):
    csv = tmp_path / "contacts.csv"
    huge = "x" * (200 * 1024)
    csv.write_text(f'"{huge}"\nFirst Name,Last Name,Email\nAda,Lovelace,ada@example.org\n', "utf-8")

    result = carnet("import", str(csv), "--data-dir", str(tmp_path / "data"))

    assert "Traceback" not in result.stderr
    assert "field larger than field limit" not in result.stdout + result.stderr


def test_bit_flipped_data_files_get_a_sentence_each(tmp_path, capsys):
    """Bit flips at seeded random spots of a file with data: the command line exports, or
    says in one sentence that the file is damaged; never "an unexpected problem"."""
    import random

    from carnet import cli

    original = (Path(__file__).parents[1] / "fixtures" / "carnet-0004.sqlite3").read_bytes()
    refused = 0
    for seed in range(120):
        chance = random.Random(seed)
        flipped = bytearray(original)
        for _ in range(chance.choice([1, 3, 20, 200])):
            flipped[chance.randrange(len(flipped))] ^= 1 << chance.randrange(8)
        data = tmp_path / f"data-{seed}"
        data.mkdir()
        (data / "carnet.sqlite3").write_bytes(bytes(flipped))

        code = cli.main(["export", "--format", "csv", str(data / "o.csv"), "--data-dir", str(data)])

        said = capsys.readouterr().err
        assert code in (0, 2), said
        assert "unexpected" not in said and "Traceback" not in said, f"seed {seed}: {said}"
        refused += code == 2
    assert refused > 30
