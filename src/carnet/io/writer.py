"""Write an import plan in one transaction: all of it, or nothing if it fails or is cancelled.

New people go in with bulk inserts (a 30,000-line LinkedIn export takes a second, not a minute);
a row merged into an existing person only fills the fields that person has empty and adds the
emails and phones they lack: nothing already in Carnet is overwritten.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import func, insert, select, text, update
from sqlalchemy.orm import Session

from carnet.domain.enums import ContactPointKind, ContactStatus, NoteKind
from carnet.domain.errors import QT_TRANSLATE_NOOP
from carnet.domain.models import ContactPoint, Note, Organization, Person, note_person
from carnet.domain.notebook import MAX_BODY_CHARACTERS, MAX_TITLE_CHARACTERS
from carnet.domain.text import fill
from carnet.io.csv_layouts import LINKEDIN
from carnet.io.errors import ImportCancelled
from carnet.io.planning import Decision, ImportPlan, PersonSnapshot, load_people
from carnet.io.rows import ContactRow, RowProblem, fast_fold, phone_key

CHUNK = 2000
SKIPPED_DUPLICATE = QT_TRANSLATE_NOOP(
    "DomainMessages", "Already in Carnet as {value}: skipped, as you chose."
)
IMPORT_NOTE_TITLE = QT_TRANSLATE_NOOP("DomainMessages", "Imported from {file}")
IMPORT_NOTE_LINE = QT_TRANSLATE_NOOP("DomainMessages", "{label}: {value}")

Progress = Callable[[int, int], None]


@dataclass
class ImportSummary:
    created: int = 0
    merged: int = 0
    combined: int = 0
    skipped: list[RowProblem] = field(default_factory=list)
    noted: int = 0
    """People given an import note for the values Carnet has no field for."""


def write_import(
    session: Session,
    plan: ImportPlan,
    *,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] = lambda: False,
    translate: Callable[[str], str] = lambda text: text,
) -> ImportSummary:
    """Write ``plan`` in the caller's transaction; raises ImportCancelled when asked to stop.

    A row's extras (values Carnet has no field for) become a notebook entry linked to the
    person, titled after the file; ``translate`` gives that entry's words in the user's language.
    """
    summary = ImportSummary(combined=len(plan.combined), skipped=list(plan.parsed.skipped))
    to_create: list[ContactRow] = []
    to_merge: list[tuple[ContactRow, int]] = []
    for index, row in enumerate(plan.rows):
        duplicate = plan.duplicates.get(index)
        decision = plan.decisions.get(index, Decision.MERGE) if duplicate else Decision.CREATE
        if decision == Decision.CREATE or duplicate is None:
            to_create.append(row)
        elif decision == Decision.MERGE:
            to_merge.append((row, duplicate.person_id))
        else:
            summary.skipped.append(RowProblem(row.line, SKIPPED_DUPLICATE, duplicate.person_name))
    total = len(to_create) + len(to_merge)
    done = 0

    def step(count: int) -> None:
        nonlocal done
        if cancelled():
            raise ImportCancelled()
        done += count
        if progress is not None:
            progress(done, total)

    step(0)
    # Take the write lock first, as BEGIN IMMEDIATE would: the ids read next then stay ours.
    session.execute(text("DELETE FROM setting WHERE 0"))
    organizations = _organization_ids(session, to_create + [row for row, _ in to_merge])
    now = dt.datetime.now().replace(microsecond=0)
    source = plan.parsed.source
    next_id = (session.scalar(select(func.max(Person.id))) or 0) + 1
    noted: list[tuple[int, ContactRow]] = []
    for start in range(0, len(to_create), CHUNK):
        chunk = to_create[start : start + CHUNK]
        ids = range(next_id, next_id + len(chunk))
        next_id += len(chunk)
        session.execute(
            insert(Person.__table__),
            [
                _person_values(row, organizations, source, now) | {"id": person_id}
                for person_id, row in zip(ids, chunk, strict=True)
            ],
        )
        points = [
            values
            for person_id, row in zip(ids, chunk, strict=True)
            for values in _new_points(person_id, row, set(), set())
        ]
        noted += [(person_id, row) for person_id, row in zip(ids, chunk, strict=True) if row.extras]
        if points:
            session.execute(insert(ContactPoint.__table__), points)
        summary.created += len(chunk)
        step(len(chunk))

    for start in range(0, len(to_merge), CHUNK):
        merging = to_merge[start : start + CHUNK]
        people = load_people(session, {person_id for _, person_id in merging})
        points = []
        for row, person_id in merging:
            person = people.get(person_id)
            if person is None:  # deleted since the preview: the row becomes a new person
                person_id, next_id = next_id, next_id + 1
                session.execute(
                    insert(Person.__table__),
                    [_person_values(row, organizations, source, now) | {"id": person_id}],
                )
                points += _new_points(person_id, row, set(), set())
                if row.extras:
                    noted.append((person_id, row))
                summary.created += 1
                continue
            changes = _missing_fields(person, row, organizations)
            if changes:
                session.execute(update(Person).where(Person.id == person_id).values(**changes))
            points += _new_points(person_id, row, person.emails, person.phones)
            person.emails.update(e.lower() for e in row.emails)  # two rows may merge into one
            person.phones.update(phone_key(p) for p in row.phones)
            if row.extras:
                noted.append((person_id, row))
            summary.merged += 1
        if points:
            session.execute(insert(ContactPoint.__table__), points)
        step(len(merging))
    if noted:
        title = fill(translate(IMPORT_NOTE_TITLE), {"file": plan.parsed.path.name})
        _write_notes(session, noted, title[:MAX_TITLE_CHARACTERS], translate)
    summary.noted = len(noted)
    summary.skipped.sort(key=lambda problem: problem.line)
    return summary


def _write_notes(
    session: Session,
    noted: list[tuple[int, ContactRow]],
    title: str,
    translate: Callable[[str], str],
) -> None:
    """One notebook entry per person, listing the values their row held beyond Carnet's fields."""
    first = (session.scalar(select(func.max(Note.id))) or 0) + 1
    now = dt.datetime.now().replace(microsecond=0)
    today = now.date()
    for start in range(0, len(noted), CHUNK):
        chunk = noted[start : start + CHUNK]
        ids = range(first + start, first + start + len(chunk))
        session.execute(
            insert(Note.__table__),
            [
                {
                    "id": note_id,
                    "written_on": today,
                    "title": title,
                    "body": import_note_body(row.extras, translate),
                    "kind": NoteKind.JOURNAL,
                    "organization_id": None,
                    "created_at": now,
                    "updated_at": now,
                }
                for note_id, (_person, row) in zip(ids, chunk, strict=True)
            ],
        )
        session.execute(
            insert(note_person),
            [
                {"note_id": note_id, "person_id": person_id}
                for note_id, (person_id, _row) in zip(ids, chunk, strict=True)
            ],
        )


def import_note_body(
    extras: tuple[tuple[str, str], ...], translate: Callable[[str], str] = lambda text: text
) -> str:
    """ "Label: value" a line each; a value of several lines continues indented."""
    lines = []
    for label, value in extras:
        text = "\n    ".join(value.splitlines())
        lines.append(fill(translate(IMPORT_NOTE_LINE), {"label": translate(label), "value": text}))
    return "\n".join(lines)[:MAX_BODY_CHARACTERS]


def _organization_ids(session: Session, rows: list[ContactRow]) -> dict[str, int]:
    """The id of every organisation the rows name, by folded name, creating the missing ones."""
    known: dict[str, int] = {}
    for org_id, name in session.execute(select(Organization.id, Organization.name)):
        known.setdefault(fast_fold(name), org_id)
    missing: dict[str, str] = {}
    for row in rows:
        key = fast_fold(row.organization)
        if key and key not in known:
            missing.setdefault(key, row.organization)
    if missing:
        first = (session.scalar(select(func.max(Organization.id))) or 0) + 1
        ids = range(first, first + len(missing))
        now = dt.datetime.now().replace(microsecond=0)
        session.execute(
            insert(Organization.__table__),
            [
                {
                    "id": org_id,
                    "name": name,
                    "is_target": False,
                    "sector": "",
                    "website": "",
                    "notes": "",
                    "created_at": now,
                }
                for org_id, name in zip(ids, missing.values(), strict=True)
            ],
        )
        known.update(zip(missing, ids, strict=True))
    return known


def _person_values(
    row: ContactRow, organizations: dict[str, int], source: str, now: dt.datetime
) -> dict[str, object]:
    return {
        "first_name": row.first_name,
        "last_name": row.last_name,
        "job_title": row.job_title,
        "organization_id": organizations.get(fast_fold(row.organization)),
        "city": row.city,
        "linkedin_url": row.linkedin_url,
        "background": row.notes,
        "how_we_met": "",
        "status": ContactStatus.TO_CONTACT,
        "is_decision_maker": False,
        "keep_in_touch_days": None,
        "source": source,
        # a LinkedIn connection is a weak tie, kept out of the tree's root until known
        "weak_tie": source == LINKEDIN.source,
        "connected_on": row.connected_on,
        "created_at": now,
        "updated_at": now,
    }


def _missing_fields(
    person: PersonSnapshot, row: ContactRow, organizations: dict[str, int]
) -> dict[str, object]:
    changes: dict[str, object] = {}
    for name in ("first_name", "last_name", "job_title", "city", "linkedin_url"):
        if not getattr(person, name) and getattr(row, name):
            changes[name] = getattr(row, name)
    if not person.background and row.notes:
        changes["background"] = row.notes
    if not person.organization and row.organization:
        changes["organization_id"] = organizations[fast_fold(row.organization)]
    if person.connected_on is None and row.connected_on is not None:
        changes["connected_on"] = row.connected_on
    return changes


def _new_points(
    person_id: int, row: ContactRow, emails: set[str], phones: set[str]
) -> list[dict[str, object]]:
    points = [
        {"person_id": person_id, "kind": ContactPointKind.EMAIL, "label": "", "value": email}
        for email in row.emails
        if email.lower() not in emails
    ]
    points += [
        {"person_id": person_id, "kind": ContactPointKind.PHONE, "label": "", "value": phone}
        for phone in row.phones
        if phone_key(phone) not in phones
    ]
    return points
