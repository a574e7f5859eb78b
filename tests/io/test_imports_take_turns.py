"""Two imports of one file at once give the people of one: the second waits, then merges."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

from carnet.db.store import open_database

ROWS = 400


def connections_csv(path: Path) -> Path:
    lines = ["First Name,Last Name,URL,Email Address,Company,Position,Connected On"]
    lines += [
        f"Prénom{i},Nom{i},https://www.linkedin.com/in/p{i},p{i}@example.org,Maison {i % 9},"
        f"Chargée de projet,01 Mar 2026"
        for i in range(ROWS)
    ]
    path.write_text("\n".join(lines) + "\n", "utf-8")
    return path


def carnet_import(csv: Path, data_dir: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "carnet", "import", str(csv), "--data-dir", str(data_dir)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )


def test_two_imports_of_one_file_started_together_give_the_people_of_one(tmp_path, data_dir):
    csv = connections_csv(tmp_path / "Connections.csv")
    database = data_dir / "carnet.sqlite3"
    open_database(database, data_dir / "backups").close()
    with closing(sqlite3.connect(database, isolation_level=None)) as writer:
        writer.execute("BEGIN IMMEDIATE")  # a third writer holds the data while both start
        imports = [carnet_import(csv, data_dir) for _ in range(2)]
        for running in imports:
            assert running.stderr is not None
            said = running.stderr.readline()
            assert "waits for it to finish" in said, said + running.stderr.read()
        writer.execute("ROLLBACK")
    outputs = [running.communicate(timeout=300) for running in imports]

    assert [running.returncode for running in imports] == [0, 0], outputs
    with closing(sqlite3.connect(database)) as connection:
        assert connection.execute("SELECT count(*) FROM person").fetchone()[0] == ROWS
    summaries = sorted(out for out, _err in outputs)
    assert "New people: 0\n" in summaries[0]
    assert f"Merged into people already in Carnet: {ROWS}\n" in summaries[0]
    assert f"New people: {ROWS}\n" in summaries[1]
    assert "Merged into people already in Carnet: 0\n" in summaries[1]
