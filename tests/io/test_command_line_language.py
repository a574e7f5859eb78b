"""The command line speaks the language of the window: the system's, or the one chosen in
Settings, read from the same catalogue."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.french_mistakes import mistakes

ENGLISH_HELP_WORDS = ("usage", "show", "folder", "import contacts", "options:", "positional")


def carnet(*args: str, system: str = "fr_FR.UTF-8", config: Path | None = None):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LC_ALL": system, "LANG": system}
    env.pop("LANGUAGE", None)
    if config is not None:
        env["XDG_CONFIG_HOME"] = str(config)
    return subprocess.run(
        [sys.executable, "-m", "carnet", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )


def choose_in_settings(config: Path, language: str) -> Path:
    """What Settings › Language writes (QSettings of organisation and application Carnet)."""
    (config / "Carnet").mkdir(parents=True, exist_ok=True)
    (config / "Carnet" / "Carnet.conf").write_text(f"[General]\nlanguage={language}\n")
    return config


@pytest.mark.parametrize("command", [(), ("import",), ("export",)])
def test_the_help_is_in_french_on_a_french_system(command):
    result = carnet(*command, "--help")
    assert result.returncode == 0, result.stderr
    text = result.stdout
    assert text.startswith("utilisation\u00a0: carnet")
    assert "afficher cette aide et quitter" in text
    assert not [w for w in ENGLISH_HELP_WORDS if w in text.lower()], text
    assert not mistakes(text), mistakes(text)
    assert "--smoke-test" not in text


def test_the_main_help_lists_import_and_export_and_hides_the_smoke_test():
    text = carnet("--help", system="en_GB.UTF-8").stdout
    assert re.search(r"^  carnet import FILE", text, re.M)
    assert re.search(r"^  carnet export --format csv\|vcard\|backup FILE", text, re.M)
    assert "--smoke-test" not in text and "smoke" not in text
    french = carnet("--help").stdout
    assert "carnet import FICHIER" in french and "exporter vos contacts" in french


def test_the_language_chosen_in_settings_wins_over_the_system(tmp_path):
    french = carnet("--help", system="en_GB.UTF-8", config=choose_in_settings(tmp_path, "fr"))
    assert french.stdout.startswith("utilisation")
    english = carnet("import", "--help", config=choose_in_settings(tmp_path, "en"))
    assert english.stdout.startswith("usage: carnet import")


def test_errors_and_the_import_summary_in_french(tmp_path, samples: Path):
    data = tmp_path / "data"
    missing = carnet("export", "--data-dir", str(data))
    assert missing.returncode == 2
    assert "erreur\u00a0: il manque ces arguments\u00a0: --format, FICHIER" in missing.stderr

    result = carnet("import", str(samples / "linkedin/Connections.csv"), "--data-dir", str(data))
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[:4] == [
        "6 contacts lus dans Connections.csv",
        "  Nouvelles personnes\u00a0: 6",
        "  Fusionnés avec des personnes déjà dans Carnet\u00a0: 0",
        "  Ignorés\u00a0: 1",
    ]
    assert "ligne 9\u00a0: Aucun nom sur cette ligne" in result.stdout

    one = tmp_path / "one.vcf"
    one.write_text("BEGIN:VCARD\nVERSION:3.0\nFN:Inès Aubert\nN:Aubert;Inès;;;\nEND:VCARD\n")
    dry = carnet("import", str(one), "--dry-run", "--data-dir", str(data))
    assert dry.stdout.startswith("1 contact lu dans one.vcf\nEssai à blanc")

    refused = carnet("import", str(samples / "bad/garbage.bin"), "--data-dir", str(data))
    assert refused.returncode == 2 and "Traceback" not in refused.stderr
    assert "Le fichier garbage.bin n’est pas un fichier de contacts" in refused.stderr


def test_a_csv_export_from_the_command_line_is_in_french(tmp_path, samples: Path):
    data = tmp_path / "data"
    carnet("import", str(samples / "outlook/outlook-fr.csv"), "--data-dir", str(data))
    target = tmp_path / "contacts.csv"
    result = carnet("export", "--format", "csv", str(target), "--data-dir", str(data))
    assert result.returncode == 0, result.stderr
    assert re.fullmatch(r"\d+ personnes exportées dans .*contacts\.csv\n", result.stdout)
    lines = target.read_text("utf-8-sig").splitlines()
    assert lines[0] == (
        "Prénom;Nom;Organisation;Poste;E-mail;Téléphone;Ville;LinkedIn;Statut;Nom donné par;"
        "Source;Relation établie le;Parcours"
    )
    assert all(";À contacter;" in line for line in lines[1:])

    again = carnet("import", str(target), "--dry-run", "--data-dir", str(tmp_path / "other"))
    assert again.returncode == 0, again.stderr
    assert f"{len(lines) - 1} contacts lus dans contacts.csv" in again.stdout


def test_data_that_cannot_be_opened_is_explained_in_french(tmp_path):
    (tmp_path / "carnet.sqlite3").write_bytes(b"PK\x03\x04 a zip, not a database")
    result = carnet(
        "export", "--format", "csv", str(tmp_path / "out.csv"), "--data-dir", str(tmp_path)
    )
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert result.stderr.startswith("Le fichier ")
    assert "n’est pas un fichier Carnet, ou il est endommagé" in result.stderr
