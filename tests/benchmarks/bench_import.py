"""Importing a 30,000-line LinkedIn export, and keeping the window responsive while it runs.

``import_linkedin_30k``: the export read, checked for duplicates and written in one transaction
by Carnet's importer, against the plainest way to load the same rows: the ``csv`` module and
``sqlite3`` ``executemany`` into the same schema (organisations, people, emails; the search
index triggers fire for both), with the same pragmas. Budget: 3 s and 4× the baseline.

``import_vcard_10k``: 10,000 vCard 3.0 cards with a photo each (as a phone's address book is
exported), read, matched and written by Carnet, against vobject parsing the same file alone (no
database at all). Budget: as ``import_linkedin_30k``, 4× the baseline.

``import_event_loop_block``: the longest the event loop went without running while the import
dialog read and wrote that export on its background thread, against the same measure on an idle
loop for as long. Budget: 50 ms. A load on the machine from elsewhere shows in both numbers.
"""

from __future__ import annotations

import base64
import csv
import os
import random
import shutil
import sqlite3
import statistics
import time
from contextlib import closing
from pathlib import Path

from run import Context, Measurement, benchmark

ROWS = 30_000
PREAMBLE = (
    "Notes:\n"
    '"When exporting your connection data, you may notice that some of the email addresses are'
    ' missing."\n\n'
)
HEADER = ["First Name", "Last Name", "URL", "Email Address", "Company", "Position", "Connected On"]
FIRST = "Adèle Agnès Amélie Anaïs André Benoît Cécile Céline Chloé Clément Édith Élise Émile Éric"
LAST = "Bérard Dupré Lefèvre Lévy Müller Nguyễn Œuvray Pétain Roué Thérèse Vérane Zoé Çelik Brûlé"
POSITIONS = ("Chargée de recrutement", "Directeur commercial", "Head of Product", "DRH", "CTO")
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def write_linkedin_export(path: Path, rows: int = ROWS, seed: int = 7) -> Path:
    """A LinkedIn Connections.csv as LinkedIn writes it, the same every time."""
    rng = random.Random(seed)
    firsts, lasts = FIRST.split(), LAST.split()
    companies = [f"Société {rng.choice(lasts)} {n}" for n in range(3000)]
    with path.open("w", encoding="utf-8", newline="") as handle:
        handle.write(PREAMBLE)
        writer = csv.writer(handle, lineterminator="\r\n")
        writer.writerow(HEADER)
        for n in range(rows):
            first, last = rng.choice(firsts), rng.choice(lasts)
            slug = f"{first}-{last}-{n}".lower()
            writer.writerow(
                [
                    first,
                    last,
                    f"https://www.linkedin.com/in/{slug}",
                    f"{n}@example.fr" if rng.random() < 0.3 else "",
                    rng.choice(companies),
                    rng.choice(POSITIONS),
                    f"{rng.randrange(1, 29):02d} {rng.choice(MONTHS)} {rng.randrange(2010, 2026)}",
                ]
            )
    return path


def empty_database(folder: Path) -> Path:
    """A fresh Carnet file, made by the real start-up path (migrations and triggers)."""
    from carnet.db.store import open_database

    folder.mkdir(parents=True, exist_ok=True)
    open_database(folder / "carnet.sqlite3", folder / "backups").close()
    return folder / "carnet.sqlite3"


def fresh_copy(template: Path, folder: Path) -> Path:
    folder.mkdir(parents=True)
    return Path(shutil.copy(template, folder / "carnet.sqlite3"))


def baseline_import(export: Path, database: Path) -> None:
    """The csv module and executemany: no preview, no duplicates, no checks."""
    with export.open(encoding="utf-8", newline="") as handle:
        lines = iter(handle)
        for line in lines:
            if line.startswith("First Name,"):
                break
        rows = list(csv.reader(lines))
    with closing(sqlite3.connect(database)) as connection:
        for pragma in ("foreign_keys = ON", "journal_mode = WAL", "synchronous = FULL"):
            connection.execute(f"PRAGMA {pragma}")
        with connection:
            companies = {name: n for n, name in enumerate(sorted({r[4] for r in rows}), 1)}
            connection.executemany(
                "INSERT INTO organization (id, name, is_target, sector, website, notes,"
                " created_at) VALUES (?, ?, 0, '', '', '', '2026-01-01 00:00:00')",
                [(n, name) for name, n in companies.items()],
            )
            connection.executemany(
                "INSERT INTO person (id, first_name, last_name, job_title, organization_id, city,"
                " linkedin_url, background, how_we_met, status, is_decision_maker, source,"
                " connected_on, created_at, updated_at) VALUES (?, ?, ?, ?, ?, '', ?, '', '',"
                " 'to_contact', 0, 'linkedin', ?, '2026-01-01 00:00:00', '2026-01-01 00:00:00')",
                [(n, r[0], r[1], r[5], companies[r[4]], r[2], r[6]) for n, r in enumerate(rows, 1)],
            )
            connection.executemany(
                "INSERT INTO contact_point (person_id, kind, label, value)"
                " VALUES (?, 'email', '', ?)",
                [(n, r[3]) for n, r in enumerate(rows, 1) if r[3]],
            )


def carnet_import(export: Path, path: Path) -> int:
    from carnet.db.engine import Database
    from carnet.io.planning import plan_import
    from carnet.io.reader import read_contacts_file
    from carnet.io.writer import write_import

    database = Database(path)
    try:
        parsed = read_contacts_file(export)
        with database.transaction() as session:
            summary = write_import(session, plan_import(session, parsed))
        return summary.created
    finally:
        database.close()


@benchmark("import_linkedin_30k")
def import_linkedin_30k(ctx: Context) -> Measurement:
    """A 30,000-line LinkedIn export read, matched and written, vs csv + executemany."""
    export = write_linkedin_export(ctx.workdir / "Connections.csv")
    template = empty_database(ctx.workdir / "template")
    times: dict[str, list[float]] = {"carnet": [], "baseline": []}
    for run in range(ctx.repeat + 1):  # the first run of each side warms the caches
        for side in ("baseline", "carnet"):
            target = fresh_copy(template, ctx.workdir / f"{side}-{run}")
            started = time.perf_counter()
            if side == "carnet":
                created = carnet_import(export, target)
                assert created == ROWS, created
            else:
                baseline_import(export, target)
            elapsed = (time.perf_counter() - started) * 1000
            with closing(sqlite3.connect(target)) as connection:
                assert connection.execute("SELECT count(*) FROM person").fetchone()[0] == ROWS
            if run:
                times[side].append(elapsed)
            ctx.log(f"{side}: {elapsed:.0f} ms")
    return Measurement(
        statistics.median(times["carnet"]),
        "ms",
        "csv module + sqlite3 executemany of the same rows",
        statistics.median(times["baseline"]),
    )


VCARDS = 10_000
PHOTO = base64.b64encode(bytes(range(256)) * 12).decode()  # a 3 kB picture


def write_vcard_export(path: Path, cards: int = VCARDS, seed: int = 11) -> Path:
    """An address book of ``cards`` cards, folded at 75 characters, the same every time."""
    rng = random.Random(seed)
    firsts, lasts = FIRST.split(), LAST.split()
    photo = "\r\n ".join(PHOTO[i : i + 74] for i in range(0, len(PHOTO), 74))
    with path.open("w", encoding="utf-8", newline="") as handle:
        for n in range(cards):
            first, last = rng.choice(firsts), rng.choice(lasts)
            handle.write(
                "BEGIN:VCARD\r\nVERSION:3.0\r\n"
                f"N:{last};{first};;;\r\nFN:{first} {last}\r\n"
                f"ORG:Société {rng.choice(lasts)} {n}\r\n"
                f"TITLE:{rng.choice(POSITIONS)}\r\n"
                f"EMAIL;TYPE=INTERNET:{n}@example.fr\r\n"
                f"TEL;TYPE=CELL:+33 6 {n % 100:02d} {n // 100 % 100:02d} 00 00\r\n"
                f"NOTE:Rencontré au salon\\, stand {n % 40}.\r\n"
                f"PHOTO;ENCODING=b;TYPE=JPEG:{photo}\r\n"
                "END:VCARD\r\n"
            )
    return path


def vobject_parse(export: Path) -> int:
    import vobject

    with export.open(encoding="utf-8", newline="") as handle:
        return sum(1 for _card in vobject.readComponents(handle.read()))


@benchmark("import_vcard_10k")
def import_vcard_10k(ctx: Context) -> Measurement:
    """10,000 cards with photos read, matched and written, vs vobject parsing them alone."""
    export = write_vcard_export(ctx.workdir / "contacts.vcf")
    template = empty_database(ctx.workdir / "template")
    times: dict[str, list[float]] = {"carnet": [], "baseline": []}
    for run in range(ctx.repeat + 1):  # the first run of each side warms the caches
        for side in ("baseline", "carnet"):
            started = time.perf_counter()
            if side == "carnet":
                created = carnet_import(export, fresh_copy(template, ctx.workdir / f"v-{run}"))
                assert created == VCARDS, created
            else:
                assert vobject_parse(export) == VCARDS
            elapsed = (time.perf_counter() - started) * 1000
            if run:
                times[side].append(elapsed)
            ctx.log(f"{side}: {elapsed:.0f} ms")
    return Measurement(
        statistics.median(times["carnet"]),
        "ms",
        "vobject parsing the same cards alone",
        statistics.median(times["baseline"]),
    )


class _LoopWatch:
    """The longest gap between two ticks of a 5 ms timer: how long the event loop was held."""

    def __init__(self) -> None:
        from PySide6.QtCore import Qt, QTimer

        self.longest = 0.0
        self._last = time.perf_counter()
        self._timer = QTimer(interval=5, timerType=Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._tick)
        self._timer.start()

    def _tick(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, (now - self._last) * 1000)
        self._last = now

    def stop(self) -> float:
        self._timer.stop()
        return self.longest


def _spin_until(app, done, timeout: float = 120.0) -> None:
    limit = time.perf_counter() + timeout
    while not done():
        if time.perf_counter() > limit:
            raise TimeoutError("the import did not finish")
        app.processEvents()
        time.sleep(0.001)


@benchmark("import_event_loop_block")
def import_event_loop_block(ctx: Context) -> Measurement:
    """Longest event-loop stall while the import dialog reads and writes 30,000 connections."""
    os.environ["QT_QPA_PLATFORM"] = ctx.platform
    from PySide6.QtWidgets import QApplication

    from carnet.db.engine import Database
    from carnet.ui.dialogs.import_dialog import ImportDialog
    from carnet.ui.events import DataEvents

    app = QApplication.instance() or QApplication([])
    export = write_linkedin_export(ctx.workdir / "Connections.csv")
    template = empty_database(ctx.workdir / "template")
    stalls, idle = [], []
    # The first run also pays for Qt's first paint of the dialog's widgets (styles, fonts): it is
    # logged, not counted, as import_linkedin_30k does with its warm-up run.
    for run in range(ctx.repeat + 1):
        database = Database(fresh_copy(template, ctx.workdir / f"run-{run}"))
        events = DataEvents()
        dialog = ImportDialog(database, events, export)
        dialog.show()
        app.processEvents()
        watch = _LoopWatch()
        started = time.perf_counter()
        _spin_until(app, lambda dialog=dialog: dialog.pages.currentIndex() == 1)
        dialog.start_import()
        _spin_until(app, lambda dialog=dialog: dialog.pages.currentIndex() == 2)
        duration = time.perf_counter() - started
        stall = watch.stop()
        assert dialog.summary is not None and dialog.summary.created == ROWS
        dialog.close()
        database.close()
        calm = _LoopWatch()
        end = time.perf_counter() + duration
        _spin_until(app, lambda end=end: time.perf_counter() > end)
        calm_stall = calm.stop()
        ctx.log(
            f"import {duration * 1000:.0f} ms: longest stall {stall:.1f} ms"
            + ("" if run else " (warm-up, not counted)")
        )
        if run:
            stalls.append(stall)
            idle.append(calm_stall)
    return Measurement(
        max(stalls), "ms", "idle event loop over the same time (budget 50 ms)", max(idle)
    )
