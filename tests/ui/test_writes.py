"""The one road for writes (``ui/writes.py``): one transaction, then the views are told."""

from __future__ import annotations

import pytest
from sqlalchemy.orm import Session

from carnet.domain import people
from carnet.domain.errors import ValidationError
from carnet.domain.people import PersonDraft
from carnet.ui.events import DataEvents
from carnet.ui.writes import run_write


def _names(database) -> list[str]:
    with database.reading() as session:
        return [row.full_name for row in people.list_people(session)]


def test_a_write_is_committed_before_the_views_are_told(qtbot, database):
    events = DataEvents()
    seen: list[tuple[str, list[str]]] = []
    # What a view reloads when told: the data must already be there, in a session of its own.
    events.people_changed.connect(lambda: seen.append(("people", _names(database))))
    events.notes_changed.connect(lambda: seen.append(("notes", _names(database))))

    person_id = run_write(
        database,
        (events.people_changed,),
        people.create_person,
        PersonDraft(first_name="Odile", last_name="Marchal"),
    )

    assert isinstance(person_id, int)
    assert seen == [("people", ["Odile Marchal"])], "told once, only of what changed"


def test_a_refused_write_leaves_nothing_and_tells_nobody(qtbot, database):
    events = DataEvents()
    told: list[str] = []
    events.people_changed.connect(lambda: told.append("people"))
    events.notes_changed.connect(lambda: told.append("notes"))

    def add_then_refuse(session: Session, draft: PersonDraft) -> int:
        people.create_person(session, draft)
        raise ValidationError("first_name", "refused after the first row")

    with pytest.raises(ValidationError):
        run_write(
            database,
            (events.people_changed, events.notes_changed),
            add_then_refuse,
            PersonDraft(first_name="Yvan", last_name="Perrot"),
        )

    assert _names(database) == [], "the person added before the refusal was rolled back"
    assert told == []
