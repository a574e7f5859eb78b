"""`carnet import` and `carnet export`, as a coach's script would run them."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

from carnet.cli import main
from tests.io.samples import contents


def carnet(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "carnet", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )


def test_import_then_export_from_the_command_line(tmp_path: Path, samples: Path):
    data = tmp_path / "data"
    result = carnet("import", str(samples / "linkedin/Connections.csv"), "--data-dir", str(data))
    assert result.returncode == 0, result.stderr
    assert "6 contacts read in Connections.csv" in result.stdout
    assert "  New people: 6\n  Merged into people already in Carnet: 0\n  Skipped: 1" in (
        result.stdout
    )
    assert "line 9: No name on this line" in result.stdout

    refused = carnet("import", str(samples / "bad/garbage.bin"), "--data-dir", str(data))
    assert refused.returncode == 2
    assert "Traceback" not in refused.stderr
    assert "The file garbage.bin is not a contacts file" in refused.stderr

    target = tmp_path / "out.vcf"
    exported = carnet("export", "--format", "vcard", str(target), "--data-dir", str(data))
    assert exported.returncode == 0, exported.stderr
    assert target.read_text("utf-8").count("BEGIN:VCARD") == 6


def test_a_dry_run_reads_and_writes_nothing(tmp_path: Path, samples: Path, capsys):
    data = tmp_path / "data"
    assert main(["import", str(samples / "google/contacts.csv"), "--data-dir", str(data)]) == 0
    before = contents(data / "carnet.sqlite3")
    capsys.readouterr()

    status = main(
        ["import", str(samples / "vcard/apple-3.0.vcf"), "--dry-run", "--data-dir", str(data)]
    )

    out = capsys.readouterr().out
    assert status == 0
    assert "2 contacts read in apple-3.0.vcf" in out
    assert "Dry run: nothing was written. An import would give:" in out
    assert "New people: 1\n  Merged into people already in Carnet: 1\n  Skipped: 1" in out
    assert contents(data / "carnet.sqlite3") == before


def test_export_csv_and_backup(tmp_path: Path, samples: Path, capsys):
    data = tmp_path / "data"
    main(["import", str(samples / "outlook/outlook-fr.csv"), "--data-dir", str(data)])
    assert (
        main(["export", "--format", "csv", str(tmp_path / "c.csv"), "--data-dir", str(data)]) == 0
    )
    text = (tmp_path / "c.csv").read_text("utf-8-sig")
    assert text.splitlines()[0].startswith("First name;Last name;")
    assert "Gaëlle;Le Bihan;Groupe Ébène" in text
    assert "To contact" in text
    assert (
        main(
            [
                "export",
                "--format",
                "csv",
                "--delimiter",
                ",",
                str(tmp_path / "d.csv"),
                "--data-dir",
                str(data),
            ]
        )
        == 0
    )
    assert (tmp_path / "d.csv").read_text("utf-8-sig").startswith("First name,Last name,")
    backup = tmp_path / "b.carnet-backup.zip"
    assert main(["export", "--format", "backup", str(backup), "--data-dir", str(data)]) == 0
    assert zipfile.ZipFile(backup).namelist() == ["manifest.json", "carnet.sqlite3"]
    capsys.readouterr()

    assert main(["import", str(backup), "--data-dir", str(data)]) == 2
    assert "is a Carnet backup, not a contacts file" in capsys.readouterr().err
