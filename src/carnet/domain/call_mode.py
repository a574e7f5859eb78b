"""The call mode: what the user types during a call, kept as a draft; the one click that ends it.

While the call goes on, the notes, the names the person gives and the kind of call are a draft
per person in the ``Setting`` table (they travel with a backup and survive a crash). One outcome
logs the call through ``interactions.log_interaction`` (so follow-ups, the keep-in-touch rhythm
and the history follow as after the log dialog), turns each name into a lead introduced by the
person called (or one more connector on the card of someone already known), and drops the draft.
``undo_logged_call`` takes all of it back and puts the draft back; ``redo_logged_call`` again.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field, replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from carnet.domain import leads, logged_calls, name_match, snapshots
from carnet.domain.enums import (
    ContactStatus,
    InteractionKind,
    IntroductionStatus,
    Outcome,
    Permission,
    Warmth,
)
from carnet.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from carnet.domain.interactions import (
    InteractionDraft,
    ThankProposal,
    call_context,
    log_interaction,
    primary_introduction,
)
from carnet.domain.models import Introduction, Person, Setting
from carnet.domain.referrals import remove_introduction
from carnet.domain.settings import get_setting, set_setting

DRAFT_PREFIX = "call_mode.draft."
NAME_TWICE = QT_TRANSLATE_NOOP("DomainMessages", "This name is already in the list.")


@dataclass
class NameGiven:
    """A name the person gave during the call: a lead they introduce, or someone already known."""

    name: str
    permission: Permission = Permission.NOT_ASKED
    known_person_id: int | None = None
    """Someone already in the contacts: the person called becomes one more connector there."""


@dataclass
class CallDraft:
    person_id: int
    notes: str = ""
    warmth: Warmth | None = None
    """The kind of call the user chose; None: the one Carnet suggests."""
    names: list[NameGiven] = field(default_factory=list)

    @property
    def is_empty(self) -> bool:
        return not self.notes.strip() and self.warmth is None and not self.names


def draft_key(person_id: int) -> str:
    return f"{DRAFT_PREFIX}{person_id}"


def to_text(draft: CallDraft) -> str:
    return json.dumps(
        {
            "notes": draft.notes,
            "warmth": Warmth(draft.warmth).value if draft.warmth is not None else None,
            "names": [
                {
                    "name": n.name,
                    "permission": Permission(n.permission).value,
                    "known": n.known_person_id,
                }
                for n in draft.names
            ],
        },
        ensure_ascii=False,
    )


def from_text(person_id: int, text: str) -> CallDraft | None:
    """The draft saved as ``text``; None when there is none or it cannot be read."""
    try:
        data = json.loads(text)
        names = [
            NameGiven(
                str(item["name"]),
                Permission(item.get("permission", Permission.NOT_ASKED)),
                int(item["known"]) if item.get("known") is not None else None,
            )
            for item in data.get("names", [])
        ]
        warmth = Warmth(data["warmth"]) if data.get("warmth") else None
        return CallDraft(person_id, str(data.get("notes", "")), warmth, names)
    except (ValueError, TypeError, KeyError, AttributeError):
        return None


def load_draft(session: Session, person_id: int) -> CallDraft | None:
    text = get_setting(session, draft_key(person_id))
    return from_text(person_id, text) if text else None


def save_draft(session: Session, draft: CallDraft) -> None:
    """Keep the draft; an empty one is dropped."""
    if draft.is_empty:
        clear_draft(session, draft.person_id)
    else:
        set_setting(session, draft_key(draft.person_id), to_text(draft))


def clear_draft(session: Session, person_id: int) -> None:
    row = session.get(Setting, draft_key(person_id))
    if row is not None:
        session.delete(row)


def check_new_name(draft: CallDraft, name: NameGiven) -> None:
    """Refuse a blank name, one too long for a card, or one already captured in this call."""
    if not leads.split_name(name.name)[0]:
        raise ValidationError("name", leads.NAME_MISSING)
    if len(name.name) > leads.MAX_LINE:
        raise ValidationError("name", leads.LINE_TOO_LONG)
    wanted = " ".join(name.name.casefold().split())
    for given in draft.names:
        same_card = (
            name.known_person_id is not None and given.known_person_id == name.known_person_id
        )
        if same_card or " ".join(given.name.casefold().split()) == wanted:
            raise ValidationError("name", NAME_TWICE)


@dataclass(frozen=True)
class CallLogged:
    """What one outcome wrote, and what an undo needs to take it back."""

    interaction_id: int
    draft: CallDraft
    lead_ids: tuple[int, ...]
    introduction_ids: tuple[int, ...]
    """One per name of someone already known (the introduction added to their card)."""
    status_before: ContactStatus
    introduction_status_before: IntroductionStatus | None
    status_after: ContactStatus
    introduction_status_after: IntroductionStatus | None
    thank_proposal: ThankProposal | None = None


def _stand(session: Session, person_id: int) -> tuple[ContactStatus, IntroductionStatus | None]:
    """Where the person and their primary introduction stand."""
    person = session.get(Person, person_id)
    if person is None:
        raise ValidationError("person", logged_calls.CALL_GONE_MESSAGE)
    introduction = primary_introduction(session, person_id)
    return ContactStatus(person.status), (
        IntroductionStatus(introduction.status) if introduction is not None else None
    )


def _set_stand(
    session: Session, person_id: int, status: ContactStatus, introduction: IntroductionStatus | None
) -> None:
    person = session.get(Person, person_id)
    if person is not None:
        person.status = status
    primary = primary_introduction(session, person_id)
    if primary is not None and introduction is not None:
        primary.status = introduction


def log_call(
    session: Session, draft: CallDraft, outcome: Outcome, occurred_at: dt.datetime
) -> CallLogged:
    """Log the call with ``outcome``, capture the names given, drop the draft."""
    warmth = draft.warmth or call_context(session, draft.person_id).suggested_warmth
    before = _stand(session, draft.person_id)
    logged = log_interaction(
        session,
        InteractionDraft(
            person_id=draft.person_id,
            kind=InteractionKind.CALL,
            occurred_at=occurred_at.replace(second=0, microsecond=0),
            warmth=warmth,
            outcome=outcome,
            summary=draft.notes,
        ),
    )
    lead_ids, introduction_ids = _capture_names(session, draft)
    clear_draft(session, draft.person_id)
    return CallLogged(
        logged.interaction_id,
        draft,
        lead_ids,
        introduction_ids,
        *before,
        *_stand(session, draft.person_id),
        logged.thank_proposal,
    )


def _capture_names(session: Session, draft: CallDraft) -> tuple[tuple[int, ...], tuple[int, ...]]:
    lead_ids: list[int] = []
    introduction_ids: list[int] = []
    for given in draft.names:
        known = given.known_person_id
        if known is not None and session.get(Person, known) is not None:
            if not _already_introduced(session, draft.person_id, known):
                introduction_ids.append(
                    name_match.add_connector(
                        session, known, draft.person_id, permission=given.permission
                    )
                )
        else:
            lead_ids.append(
                leads.capture_lead(
                    session,
                    leads.LeadDraft(
                        name=given.name, connector_id=draft.person_id, permission=given.permission
                    ),
                )
            )
    return tuple(lead_ids), tuple(introduction_ids)


def _already_introduced(session: Session, connector_id: int, person_id: int) -> bool:
    return (
        session.scalars(
            select(Introduction.id).where(
                Introduction.connector_id == connector_id,
                Introduction.introduced_id == person_id,
            )
        ).first()
        is not None
    )


@dataclass(frozen=True)
class CallUndone:
    logged: CallLogged
    call: logged_calls.CallSnapshot
    leads: tuple[snapshots.PersonSnapshot, ...]


def undo_logged_call(session: Session, logged: CallLogged) -> CallUndone:
    """Take the call, its leads and connectors back; the person and the introduction go back to
    where they stood; the draft is there again for the call mode."""
    lead_snapshots = tuple(snapshots.remove_person(session, lead) for lead in logged.lead_ids)
    for introduction_id in logged.introduction_ids:
        if session.get(Introduction, introduction_id) is not None:
            remove_introduction(session, introduction_id)
    call = logged_calls.delete_call(session, logged.interaction_id)
    _set_stand(
        session, logged.draft.person_id, logged.status_before, logged.introduction_status_before
    )
    save_draft(session, logged.draft)
    return CallUndone(logged, call, lead_snapshots)


def _known_to_add_again(session: Session, logged: CallLogged) -> list[tuple[int, Permission]]:
    """The known people the call added a connector to (those it found already introduced by
    the person called, it left alone)."""
    known = [
        (given.known_person_id, given.permission)
        for given in logged.draft.names
        if given.known_person_id is not None
        and session.get(Person, given.known_person_id) is not None
        and not _already_introduced(session, logged.draft.person_id, given.known_person_id)
    ]
    return known


def redo_logged_call(session: Session, undone: CallUndone) -> CallLogged:
    """Write again what ``undo_logged_call`` took back."""
    logged = undone.logged
    interaction_id = logged_calls.restore_call(session, undone.call)
    lead_ids = tuple(snapshots.restore_person(session, lead).person_id for lead in undone.leads)
    introduction_ids = tuple(
        name_match.add_connector(session, known, logged.draft.person_id, permission=permission)
        for known, permission in _known_to_add_again(session, logged)
    )
    _set_stand(
        session, logged.draft.person_id, logged.status_after, logged.introduction_status_after
    )
    clear_draft(session, logged.draft.person_id)
    return replace(
        logged,
        interaction_id=interaction_id,
        lead_ids=lead_ids,
        introduction_ids=introduction_ids,
        thank_proposal=None,
    )
