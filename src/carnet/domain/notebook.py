"""Use cases on notebook entries: dated notes written after a call or a meeting."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from carnet.domain.enums import NoteKind
from carnet.domain.errors import CONTROL_CHARACTER_MESSAGE, ValidationError
from carnet.domain.models import Note, Person


@dataclass
class NoteDraft:
    written_on: dt.date = field(default_factory=dt.date.today)
    title: str = ""
    body: str = ""
    kind: NoteKind = NoteKind.MEETING_NOTES
    person_ids: list[int] = field(default_factory=list)
    organization_id: int | None = None


@dataclass(frozen=True)
class NoteRow:
    id: int
    written_on: dt.date
    title: str
    people: tuple[str, ...]
    excerpt: str


def _apply(session: Session, note: Note, draft: NoteDraft) -> None:
    if "\x00" in draft.title or "\x00" in draft.body:
        raise ValidationError("body", CONTROL_CHARACTER_MESSAGE)
    note.written_on = draft.written_on
    note.title = draft.title
    note.body = draft.body
    note.kind = draft.kind
    note.organization_id = draft.organization_id
    note.people = [p for p in (session.get(Person, i) for i in draft.person_ids) if p]


def create_note(session: Session, draft: NoteDraft) -> int:
    note = Note()
    _apply(session, note, draft)
    session.add(note)
    session.flush()
    return note.id


def save_note(session: Session, note_id: int, draft: NoteDraft) -> None:
    note = session.get(Note, note_id)
    if note is None:
        raise LookupError(f"no note {note_id}")
    _apply(session, note, draft)


def delete_note(session: Session, note_id: int) -> None:
    note = session.get(Note, note_id)
    if note is not None:
        session.delete(note)


def load_draft(session: Session, note_id: int) -> NoteDraft:
    note = session.get(Note, note_id)
    if note is None:
        raise LookupError(f"no note {note_id}")
    return NoteDraft(
        written_on=note.written_on,
        title=note.title,
        body=note.body,
        kind=note.kind,
        person_ids=[p.id for p in note.people],
        organization_id=note.organization_id,
    )


def list_notes(session: Session) -> list[NoteRow]:
    """Entries newest first."""
    notes = session.scalars(
        select(Note)
        .options(selectinload(Note.people))
        .order_by(Note.written_on.desc(), Note.id.desc())
    )
    return [
        NoteRow(
            id=n.id,
            written_on=n.written_on,
            title=n.title,
            people=tuple(p.full_name for p in n.people),
            excerpt=" ".join(n.body.split())[:120],
        )
        for n in notes
    ]
