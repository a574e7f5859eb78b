"""When the disk fills up, turns read-only, is locked or damaged while saving: the write is whole
or absent, the error says which of these happened, and saving works again once it is over."""

from __future__ import annotations

import errno
import sqlite3
from contextlib import closing

import pytest
from sqlalchemy import event, text
from sqlalchemy.exc import IntegrityError

from carnet.db.errors import StorageProblem, classify, explain
from carnet.domain import notebook, people

LONG_ENTRY = "Compte rendu du déjeuner avec la directrice commerciale. " * 4000


def note_count(database) -> int:
    with database.reading() as session:
        return len(notebook.list_notes(session))


def on_every_connection(database, *pragmas: str):
    """Run ``pragmas`` on every new connection of ``database`` from now on; returns the undo."""

    def apply(dbapi_connection, _record) -> None:
        for pragma in pragmas:
            dbapi_connection.execute(pragma)

    database.engine.dispose()
    event.listen(database.engine, "connect", apply)

    def undo() -> None:
        event.remove(database.engine, "connect", apply)
        database.engine.dispose()

    return undo


def save_entry(database, draft: notebook.NoteDraft) -> int:
    with database.transaction() as session:
        return notebook.create_note(session, draft)


def test_a_full_disk_loses_nothing_and_saving_resumes_once_space_is_freed(database):
    save_entry(database, notebook.NoteDraft(title="Before", body="short"))
    with closing(sqlite3.connect(database.path)) as connection:
        pages = connection.execute("PRAGMA page_count").fetchone()[0]
    free_space = on_every_connection(database, f"PRAGMA max_page_count = {pages + 2}")
    draft = notebook.NoteDraft(title="Lunch with Hélène", body=LONG_ENTRY)

    with pytest.raises(Exception) as failed:
        save_entry(database, draft)

    assert classify(failed.value) is StorageProblem.DISK_FULL
    assert note_count(database) == 1, "nothing of the failed entry was written"
    free_space()
    note_id = save_entry(database, draft)
    with database.reading() as session:
        assert notebook.load_draft(session, note_id).body == LONG_ENTRY


def test_a_read_only_disk_is_told_apart_and_the_data_stays_whole(database):
    person = people.PersonDraft(first_name="Hugo", last_name="Martin", email="hugo@example.org")
    writable_again = on_every_connection(database, "PRAGMA query_only = ON")

    with pytest.raises(Exception) as failed, database.transaction() as session:
        people.create_person(session, person)

    assert classify(failed.value) is StorageProblem.READ_ONLY
    writable_again()
    with database.reading() as session:
        assert people.count_people(session) == 0
    with database.transaction() as session:
        person_id = people.create_person(session, person)
    with database.reading() as session:
        assert people.load_draft(session, person_id).email == "hugo@example.org"


def test_another_program_holding_the_file_is_a_lock_not_a_loss(database):
    impatient = on_every_connection(database, "PRAGMA busy_timeout = 50")
    other_program = sqlite3.connect(database.path, isolation_level=None)
    other_program.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(Exception) as failed:
            save_entry(database, notebook.NoteDraft(title="During the lock"))
        assert classify(failed.value) is StorageProblem.LOCKED
    finally:
        other_program.execute("ROLLBACK")
        other_program.close()
        impatient()
    save_entry(database, notebook.NoteDraft(title="During the lock"))
    assert note_count(database) == 1


def test_a_damaged_file_is_recognised_when_read(database):
    for n in range(200):
        save_entry(database, notebook.NoteDraft(title=f"Entry {n}", body=LONG_ENTRY[:2000]))
    database.close()
    with database.path.open("r+b") as handle:
        handle.seek(4096 * 8)
        handle.write(b"\x13" * 4096 * 40)

    with pytest.raises(Exception) as failed:
        note_count(database)

    assert classify(failed.value) is StorageProblem.CORRUPT


@pytest.mark.parametrize(
    ("error", "problem"),
    [
        (OSError(errno.ENOSPC, "No space left on device"), StorageProblem.DISK_FULL),
        (OSError(errno.EROFS, "Read-only file system"), StorageProblem.READ_ONLY),
        (PermissionError(errno.EACCES, "Permission denied"), StorageProblem.READ_ONLY),
        (OSError(errno.EIO, "Input/output error"), StorageProblem.UNAVAILABLE),
        (sqlite3.OperationalError("database or disk is full"), StorageProblem.DISK_FULL),
        (sqlite3.DatabaseError("file is not a database"), StorageProblem.CORRUPT),
        (ValueError("a bug"), None),
        (IntegrityError("INSERT", {}, sqlite3.IntegrityError("UNIQUE failed")), None),
    ],
)
def test_errors_are_classified_wherever_they_hide_in_the_chain(error, problem):
    try:
        try:
            raise error
        except Exception as cause:
            raise RuntimeError("while saving the entry") from cause
    except RuntimeError as wrapped:
        assert classify(wrapped) is problem


def test_every_storage_problem_has_words_for_the_user():
    for problem in StorageProblem:
        message = explain(problem)
        assert message and "sqlite" not in message.lower() and "errno" not in message.lower()


def test_a_write_rolled_back_mid_way_leaves_the_search_index_in_step(database):
    save_entry(database, notebook.NoteDraft(title="Kept", body="café"))
    with pytest.raises(RuntimeError), database.transaction() as session:
        notebook.create_note(session, notebook.NoteDraft(title="Lost", body="café"))
        session.flush()
        raise RuntimeError("the laptop's lid closed")
    with database.reading() as session:
        found = session.execute(
            text("SELECT count(*) FROM note_search WHERE note_search MATCH 'cafe'")
        ).scalar()
    assert found == 1
