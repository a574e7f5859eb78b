"""Preparing a call: what the user wants from it, and everything to have at hand while calling.

The goal and the questions are kept as a "call preparation" notebook entry about the person, in
Markdown under two headings, so they are searchable with the rest of the notebook. A preparation
written in the last ``REUSE_DAYS`` days is taken up again rather than started afresh.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from carnet.domain.enums import NoteKind
from carnet.domain.errors import ValidationError
from carnet.domain.interactions import PERSON_GONE_MESSAGE, call_context
from carnet.domain.models import Note, Person, Profile, note_person
from carnet.domain.notebook import NoteDraft, check_draft
from carnet.domain.text import fill

REUSE_DAYS = 7


@dataclass(frozen=True)
class PreparationWording:
    """The words of the entry, in the user's language (from the UI)."""

    title: str = "Call preparation: {name}"
    goal: str = "Goal of the call"
    questions: str = "Questions"


@dataclass(frozen=True)
class Preparation:
    note_id: int | None
    goal: str
    questions: str


@dataclass(frozen=True)
class PreparationSheet:
    """What the printed sheet shows besides the goal and questions."""

    person_id: int
    person_name: str
    job_title: str
    organization: str
    phone: str
    email: str
    connector_name: str
    my_name: str
    pitch: str
    precise_ask: str


def compose(goal: str, questions: str, wording: PreparationWording) -> str:
    return f"## {wording.goal}\n\n{goal.strip()}\n\n## {wording.questions}\n\n{questions.strip()}\n"


def parse(body: str, wording: PreparationWording) -> tuple[str, str]:
    """The goal and questions of an entry written by ``compose``; anything else is the goal."""
    goal_heading, questions_heading = f"## {wording.goal}", f"## {wording.questions}"
    text = body.strip()
    if not text.startswith(goal_heading) or questions_heading not in text:
        return text, ""
    goal, _sep, questions = text[len(goal_heading) :].partition(questions_heading)
    return goal.strip(), questions.strip()


def _recent_preparation(session: Session, person_id: int) -> Note | None:
    since = dt.date.today() - dt.timedelta(days=REUSE_DAYS)
    return session.scalars(
        select(Note)
        .join(note_person, note_person.c.note_id == Note.id)
        .where(
            note_person.c.person_id == person_id,
            Note.kind == NoteKind.CALL_PREPARATION,
            Note.written_on >= since,
        )
        .order_by(Note.written_on.desc(), Note.id.desc())
        .limit(1)
    ).first()


def load_preparation(
    session: Session, person_id: int, wording: PreparationWording | None = None
) -> Preparation:
    note = _recent_preparation(session, person_id)
    if note is None:
        return Preparation(None, "", "")
    goal, questions = parse(note.body, wording or PreparationWording())
    return Preparation(note.id, goal, questions)


def save_preparation(
    session: Session,
    person_id: int,
    preparation: Preparation,
    wording: PreparationWording | None = None,
) -> int | None:
    """Write the goal and questions; returns the entry's id (None while both are empty)."""
    wording = wording or PreparationWording()
    person = session.get(Person, person_id)
    if person is None:
        raise ValidationError("person", PERSON_GONE_MESSAGE)
    note = session.get(Note, preparation.note_id) if preparation.note_id else None
    if note is None and not (preparation.goal.strip() or preparation.questions.strip()):
        return None
    body = compose(preparation.goal, preparation.questions, wording)
    title = fill(wording.title, {"name": person.full_name})[:300]
    check_draft(NoteDraft(title=title, body=body))
    if note is None:
        note = Note(
            written_on=dt.date.today(),
            kind=NoteKind.CALL_PREPARATION,
            title=title,
            organization_id=person.organization_id,
            people=[person],
        )
        session.add(note)
    note.body = body
    session.flush()
    return note.id


def preparation_sheet(session: Session, person_id: int) -> PreparationSheet:
    context = call_context(session, person_id)
    person = session.get(Person, person_id)
    assert person is not None
    profile = session.scalars(select(Profile).order_by(Profile.id)).first()
    return PreparationSheet(
        person_id=person_id,
        person_name=context.person_name,
        job_title=context.job_title,
        organization=context.organization,
        phone=person.phone(),
        email=person.email(),
        connector_name=context.connector_name,
        my_name=profile.name if profile else "",
        pitch=profile.pitch if profile else "",
        precise_ask=profile.precise_ask if profile else "",
    )
