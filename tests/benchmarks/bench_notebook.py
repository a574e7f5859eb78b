"""Notebook benchmarks on 300,000 entries (100,000 people), each beside a baseline of the same run.

- ``notebook_open``: build the Notebook view, show it, until its first page of entries is
  painted. Baseline: a bare ``QListWidget`` filled with the 200 newest titles read by one raw
  ``sqlite3`` query, shown and painted.
- ``notebook_search``: median time from a search's words to the list of matches painted (entries
  in date order, matches marked), over a set of searches a user might type. Baseline: the raw FTS5
  query for the same words (``SELECT rowid FROM note_search WHERE note_search MATCH ?``, every
  match fetched, plain ``sqlite3``), the least any search on this index costs.
- ``notebook_keystroke``: typing in a 20-page entry while it autosaves (a save every 600 ms at
  most): the longest time the event loop was blocked, by a keystroke or anything between two.
  Baseline: the same typing in a bare ``QPlainTextEdit`` holding the same text.
"""

from __future__ import annotations

import os
import sqlite3
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from generate import SENTENCES, generate
from run import Context, Measurement, benchmark

PEOPLE = 100_000
NOTES = 300_000
PAGE_CHARACTERS = 3_000
PAGES = 20
TYPED = "Nouvelle piste chez Orsane, rappeler Sophie jeudi. " * 2
TYPING_INTERVAL_S = 0.05
SEARCHES = (
    "martin",
    "Sophie",
    "salon",
    "recrute",
    "directrice financière",
    "cooptation",
    "lyon mars",
    "déjeuner",
    "énergie",
    "Bernard",
    "Dubois",
    "Petit",
)

_shared: dict[str, Path] = {}


def _data(ctx: Context) -> Path:
    """The 300,000-entry file, made once per run and shared by the three benchmarks."""
    path = _shared.get("path")
    if path is None or not path.exists():
        path = ctx.workdir / "carnet.sqlite3"
        counts = generate(path, people=PEOPLE, notes=NOTES, seed=1)
        ctx.log(f"generated {counts}")
        _shared["path"] = path
    return path


def _app(ctx: Context):
    os.environ["QT_QPA_PLATFORM"] = ctx.platform
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication([])


class _Painted:
    """Tells when a widget has been painted since ``reset``."""

    def __init__(self, widget) -> None:
        from PySide6.QtCore import QEvent, QObject

        class Filter(QObject):
            def eventFilter(inner, _watched, event) -> bool:  # noqa: N805
                if event.type() == QEvent.Type.Paint:
                    self.seen = True
                return False

        self.seen = False
        self._filter = Filter()
        widget.installEventFilter(self._filter)

    def wait(self, app, ready: Callable[[], bool] = lambda: True) -> None:
        deadline = time.perf_counter() + 30
        while not (self.seen and ready()):
            app.processEvents()
            if time.perf_counter() > deadline:
                raise RuntimeError("never painted")


def _open_database(path: Path):
    from carnet.db.store import open_database

    return open_database(path, path.parent / "backups")


@benchmark("notebook_open")
def notebook_open(ctx: Context) -> Measurement:
    """Open the Notebook view on 300,000 entries: built, shown, first page painted."""
    app = _app(ctx)
    path = _data(ctx)
    from PySide6.QtWidgets import QListWidget

    from carnet.ui.events import DataEvents
    from carnet.ui.views.notebook_view import NotebookView

    database = _open_database(path)

    def open_view() -> float:
        started = time.perf_counter()
        view = NotebookView(database, DataEvents())
        view.resize(1100, 700)
        painted = _Painted(view.entries.viewport())
        view.show()
        painted.wait(app, lambda: view.entries.count() > 0)
        elapsed = time.perf_counter() - started
        view.close()
        view.deleteLater()
        app.processEvents()
        return elapsed * 1000

    def bare_list() -> float:
        started = time.perf_counter()
        connection = sqlite3.connect(path)
        titles = [
            title
            for (title,) in connection.execute(
                "SELECT title FROM note ORDER BY written_on DESC, id DESC LIMIT 200"
            )
        ]
        connection.close()
        widget = QListWidget()
        widget.resize(400, 700)
        widget.addItems(titles)
        painted = _Painted(widget.viewport())
        widget.show()
        painted.wait(app)
        elapsed = time.perf_counter() - started
        widget.close()
        widget.deleteLater()
        app.processEvents()
        return elapsed * 1000

    try:
        open_view(), bare_list()  # warm-up: imports, file cache
        ours, bare = [], []
        for _ in range(ctx.repeat):
            ours.append(open_view())
            bare.append(bare_list())
        ctx.log(f"open: {[round(t, 1) for t in ours]} bare: {[round(t, 1) for t in bare]}")
    finally:
        database.close()
    return Measurement(
        statistics.median(ours),
        "ms",
        "bare QListWidget of the 200 newest titles (raw sqlite3)",
        statistics.median(bare),
    )


@benchmark("notebook_search")
def notebook_search(ctx: Context) -> Measurement:
    """Median search in 300,000 entries, words typed to matches painted."""
    app = _app(ctx)
    path = _data(ctx)
    from carnet.db.search_index import match_expression
    from carnet.ui.events import DataEvents
    from carnet.ui.views.notebook_view import NotebookView

    database = _open_database(path)
    view = NotebookView(database, DataEvents())
    view.resize(1100, 700)
    view.show()
    painted = _Painted(view.entries.viewport())
    painted.wait(app)
    raw = sqlite3.connect(path)

    def search(words: str) -> float:
        started = time.perf_counter()
        painted.seen = False
        view.search.setText(words)
        view._search_delay.stop()  # the pause before searching is not the search
        view._apply_filters()
        painted.wait(app)
        return (time.perf_counter() - started) * 1000

    def raw_search(words: str) -> float:
        started = time.perf_counter()
        raw.execute(
            "SELECT rowid FROM note_search WHERE note_search MATCH ?", (match_expression(words),)
        ).fetchall()
        return (time.perf_counter() - started) * 1000

    try:
        for words in SEARCHES:  # warm-up
            search(words), raw_search(words)
            assert view.entries.count() > 0, f"nothing found for {words!r}"
        ours: dict[str, list[float]] = {w: [] for w in SEARCHES}
        bare: dict[str, list[float]] = {w: [] for w in SEARCHES}
        for _ in range(ctx.repeat):
            for words in SEARCHES:
                ours[words].append(search(words))
                bare[words].append(raw_search(words))
        for words in SEARCHES:
            ctx.log(
                f"{words!r}: {statistics.median(ours[words]):.1f} ms,"
                f" raw {statistics.median(bare[words]):.1f} ms"
            )
    finally:
        view.close()
        raw.close()
        database.close()
    return Measurement(
        statistics.median(t for times in ours.values() for t in times),
        "ms",
        "raw FTS5 MATCH query, every match fetched (sqlite3)",
        statistics.median(t for times in bare.values() for t in times),
    )


def _twenty_pages() -> str:
    paragraphs, size, i = [], 0, 0
    while size < PAGES * PAGE_CHARACTERS:
        paragraph = " ".join(SENTENCES[(i + k) % len(SENTENCES)] for k in range(5))
        paragraphs.append(paragraph)
        size += len(paragraph) + 2
        i += 1
    return "\n\n".join(paragraphs)


def _type_into(app, editor, done: Callable[[], bool]) -> list[float]:
    """Type ``TYPED`` at a steady pace; every keystroke's and every event batch's duration."""
    from PySide6.QtTest import QTest

    blocks: list[float] = []

    def run_events(until: float) -> None:
        while time.perf_counter() < until:
            started = time.perf_counter()
            app.processEvents()
            blocks.append((time.perf_counter() - started) * 1000)
            time.sleep(0.001)

    for char in TYPED:
        started = time.perf_counter()
        QTest.keyClicks(editor, char)
        blocks.append((time.perf_counter() - started) * 1000)
        run_events(started + TYPING_INTERVAL_S)
    deadline = time.perf_counter() + 30
    while not done() and time.perf_counter() < deadline:
        run_events(time.perf_counter() + 0.05)
    return blocks


@benchmark("notebook_keystroke")
def notebook_keystroke(ctx: Context) -> Measurement:
    """Longest event-loop block while typing in a 20-page entry that autosaves."""
    app = _app(ctx)
    path = _data(ctx)
    from PySide6.QtGui import QTextCursor
    from PySide6.QtWidgets import QPlainTextEdit

    from carnet.domain import notebook
    from carnet.ui.events import DataEvents
    from carnet.ui.views.notebook_view import NotebookView

    text = _twenty_pages()
    database = _open_database(path)
    with database.transaction() as session:
        note_id = notebook.create_note(
            session, notebook.NoteDraft(title="Vingt pages", body=text, person_ids=[1, 2])
        )
    view = NotebookView(database, DataEvents())
    view.resize(1100, 700)
    view.show()
    app.processEvents()
    view.open_entry(note_id)
    view.body.setFocus()
    view.body.moveCursor(QTextCursor.MoveOperation.End)
    bare = QPlainTextEdit()
    bare.resize(600, 600)
    bare.setPlainText(text)
    bare.show()
    bare.moveCursor(QTextCursor.MoveOperation.End)
    try:
        ours, theirs = [], []
        for _ in range(max(1, ctx.repeat // 2)):
            ours.extend(_type_into(app, view.body, lambda: not view._autosave.dirty))
            theirs.extend(_type_into(app, bare, lambda: True))
        with database.reading() as session:
            saved = notebook.load_draft(session, note_id).body
        assert saved == view.body.toPlainText(), "everything typed was saved"
        ctx.log(
            f"{len(text):,} characters; keystrokes and event batches: carnet max"
            f" {max(ours):.1f} ms, p99 {statistics.quantiles(ours, n=100)[98]:.1f} ms;"
            f" bare max {max(theirs):.1f} ms"
        )
    finally:
        view.close()
        bare.close()
        database.close()
    return Measurement(max(ours), "ms", "same typing in a bare QPlainTextEdit", max(theirs))
