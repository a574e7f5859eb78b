"""Notebook benchmarks on 300,000 entries (100,000 people), each beside a baseline of the same run.

- ``notebook_open``: build the Notebook view, show it, until its first page of entries is
  painted. Baseline: a bare ``QListWidget`` filled with the 200 newest titles read by one raw
  ``sqlite3`` query, shown and painted.
- ``notebook_search``: median time from a search's words to the list of matches painted (entries
  in date order, matches marked), over a set of searches a user might type. Baseline: the raw FTS5
  query for the same words (``SELECT rowid FROM note_search WHERE note_search MATCH ?``, every
  match fetched, plain ``sqlite3``), the least any search on this index costs.
- ``notebook_calls_first_page``: the notebook's first page read with the calls logged among the
  notes (100,000 interactions), as the view asks for it (``notebook_calls.list_entries``: 201
  entries, names and excerpts). Baseline: the same two lists read by raw ``sqlite3`` queries
  (the 201 newest notes and calls, one query each, rows fetched). Budget: 3x the baseline.
- ``notebook_calls_search``: median time for the same list filtered by each search of
  ``SEARCHES`` (notes and calls, matches marked). Baseline: the raw FTS5 queries of both indexes
  (``note_search``, ``interaction_search`` from revision 0006), every match fetched. Budget: 1x.
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


def _timed(function: Callable[[], object], repeat: int) -> list[float]:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        function()
        times.append((time.perf_counter() - started) * 1000)
    return times


FIRST_NOTES = (
    "SELECT id, written_on, title, substr(body, 1, 400) FROM note"
    " ORDER BY written_on DESC, id DESC LIMIT 201"
)
FIRST_CALLS = (
    "SELECT i.id, i.occurred_at, i.summary, i.next_step, p.first_name, p.last_name"
    " FROM interaction AS i JOIN person AS p ON p.id = i.person_id"
    " WHERE i.kind IN ('call', 'meeting', 'video_call')"
    " ORDER BY i.occurred_at DESC, i.id DESC LIMIT 201"
)


@benchmark("notebook_calls_first_page")
def notebook_calls_first_page(ctx: Context) -> Measurement:
    """The notebook's first page with the logged calls among the notes, against raw SQL."""
    from carnet.domain import notebook, notebook_calls

    path = _data(ctx)
    database = _open_database(path)
    raw = sqlite3.connect(path)

    def ours() -> None:
        with database.reading() as session:
            notebook_calls.list_entries(session, limit=notebook.PAGE_SIZE + 1)

    def bare() -> None:
        raw.execute(FIRST_NOTES).fetchall()
        raw.execute(FIRST_CALLS).fetchall()

    try:
        ours(), bare()  # warm-up: imports, file cache
        mine, theirs = _timed(ours, ctx.repeat * 4), _timed(bare, ctx.repeat * 4)
    finally:
        raw.close()
        database.close()
    return Measurement(
        statistics.median(mine),
        "ms",
        "raw sqlite3: the 201 newest notes and calls",
        statistics.median(theirs),
    )


@benchmark("notebook_calls_search")
def notebook_calls_search(ctx: Context) -> Measurement:
    """Median search of notes and logged calls, against the raw FTS5 queries of both indexes."""
    from carnet.db.search_index import match_expression
    from carnet.domain import notebook, notebook_calls

    path = _data(ctx)
    database = _open_database(path)
    raw = sqlite3.connect(path)

    def ours(words: str) -> None:
        with database.reading() as session:
            notebook_calls.list_entries(
                session, notebook.NoteQuery(text=words), limit=notebook.PAGE_SIZE + 1
            )

    def bare(words: str) -> None:
        for index in ("note_search", "interaction_search"):
            raw.execute(
                f"SELECT rowid FROM {index} WHERE {index} MATCH ?", (match_expression(words),)
            ).fetchall()

    try:
        mine: list[float] = []
        theirs: list[float] = []
        for words in SEARCHES:
            ours(words), bare(words)  # warm-up
            mine.extend(_timed(lambda words=words: ours(words), ctx.repeat))
            theirs.extend(_timed(lambda words=words: bare(words), ctx.repeat))
    finally:
        raw.close()
        database.close()
    return Measurement(
        statistics.median(mine),
        "ms",
        "raw FTS5 MATCH on note_search and interaction_search, every match fetched",
        statistics.median(theirs),
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
