"""The notebook's search finds logged calls through their full-text index (revision 0006): the
work of a search stays the same however many calls were logged, and whatever the accents."""

from __future__ import annotations

import datetime as dt
import sqlite3
from typing import cast

from carnet.domain import notebook_calls, people
from carnet.domain.notebook import MATCH_END, MATCH_START, NoteQuery
from carnet.domain.people import PersonDraft

DAY = dt.datetime(2026, 3, 2, 9, 0)
LOG_CALL = (
    "INSERT INTO interaction(person_id, kind, occurred_at, warmth, summary, next_step)"
    " VALUES (?, 'call', ?, 'cold', ?, ?)"
)


def log_calls(database, how_many: int) -> int:
    """``how_many`` ordinary calls logged with one person, then one about a rare subject."""
    with database.transaction() as session:
        person = people.create_person(session, PersonDraft("Hélène", "Martin"))
        connection = session.connection()
        for n in range(how_many):
            connection.exec_driver_sql(
                LOG_CALL,
                (person, DAY - dt.timedelta(hours=n), "Point sur la recherche", "Relancer"),
            )
        connection.exec_driver_sql(
            LOG_CALL, (person, DAY, "Parlé de la maroquinerie de luxe", "Écrire à Bérénice")
        )
    return person


def searched(database, words: str) -> tuple[list[notebook_calls.CallRow], int]:
    """The calls found for ``words`` and how much work SQLite did (thousands of steps)."""
    steps = 0

    def count() -> int:
        nonlocal steps
        steps += 1
        return 0

    with database.reading() as session:
        driver = cast(sqlite3.Connection, session.connection().connection.driver_connection)
        driver.set_progress_handler(count, 1000)
        try:
            found = notebook_calls.list_calls(session, NoteQuery(text=words), limit=200)
        finally:
            driver.set_progress_handler(None, 0)
    return found, steps


def test_a_call_is_found_by_its_words_whatever_their_accents(database):
    log_calls(database, 3)
    (call,) = searched(database, "MAROQUINERIE berenice")[0]
    assert call.summary == f"Parlé de la {MATCH_START}maroquinerie{MATCH_END} de luxe"
    assert call.next_step == f"Écrire à {MATCH_START}Bérénice{MATCH_END}"
    assert searched(database, "maroquinerie paul")[0] == []


def test_searching_the_calls_does_not_read_every_call_logged(database):
    log_calls(database, 5000)
    found, steps = searched(database, "maroquinerie")
    assert len(found) == 1
    assert steps < 10, f"{steps} thousand SQLite steps for one match in 5,000 calls"
