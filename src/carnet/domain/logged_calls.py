"""A call or meeting already logged, opened again: corrected, or deleted and put back.

Correcting changes what was logged, not the person's card: the status it moved the person to
stays (the user sets it on the card). Deleting takes with it the follow-ups it planned that are
not done yet (its next step, the thank-you); ``restore_call`` puts them all back as they were.

Each write can be given the ``version`` of the call the user saw (see ``versions``): when the
call changed since (another window, an import), nothing is written and ``ChangedMeanwhile``
says so, so that no one else's change is overwritten without a word.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import cast

from sqlalchemy import ColumnElement, Table, delete, insert, select, update
from sqlalchemy.orm import Session

from carnet.domain import versions
from carnet.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from carnet.domain.interactions import InteractionDraft, _check_draft
from carnet.domain.models import FollowUp, Interaction

CALL_GONE_MESSAGE = QT_TRANSLATE_NOOP(
    "DomainMessages", "This call or meeting is no longer in Carnet; it may have been deleted."
)
CALL_CHANGED_MESSAGE = QT_TRANSLATE_NOOP(
    "DomainMessages",
    "This call or meeting was changed elsewhere (in another window or by an import) since "
    "Carnet showed it, so nothing was deleted. It now shows as it is saved.",
)
CALL_CHANGED_UNDO_MESSAGE = QT_TRANSLATE_NOOP(
    "DomainMessages",
    "This call or meeting was changed elsewhere (in another window or by an import) since this "
    "step: undoing or redoing it would erase that change, so Carnet leaves the call as it is.",
)

Row = dict[str, object]


@dataclass(frozen=True)
class CallSnapshot:
    """A deleted call: its row, the pending follow-ups deleted with it, the done ones unlinked."""

    interaction: Row
    follow_ups: tuple[Row, ...] = ()
    unlinked_follow_up_ids: tuple[int, ...] = ()

    @property
    def person_id(self) -> int:
        return cast(int, self.interaction["person_id"])


def _call(session: Session, interaction_id: int) -> Interaction:
    interaction = session.get(Interaction, interaction_id)
    if interaction is None:
        raise ValidationError("interaction", CALL_GONE_MESSAGE)
    return interaction


def load_call(session: Session, interaction_id: int) -> InteractionDraft:
    """What was logged, as the log dialog shows it."""
    call = _call(session, interaction_id)
    return InteractionDraft(
        person_id=call.person_id,
        kind=call.kind,
        occurred_at=call.occurred_at,
        duration_minutes=call.duration_minutes,
        warmth=call.warmth,
        outcome=call.outcome,
        summary=call.summary,
        next_step=call.next_step,
    )


def _claim(session: Session, interaction_id: int, seen_version: int | None) -> None:
    """Take the call for this write if it is still the one seen; nothing to check without one."""
    if seen_version is None:
        return
    try:
        versions.claim(session, "interaction", interaction_id, seen_version)
    except versions.ChangedMeanwhile:
        raise versions.ChangedMeanwhile(CALL_CHANGED_MESSAGE) from None
    except LookupError:
        raise ValidationError("interaction", CALL_GONE_MESSAGE) from None


def call_version(session: Session, interaction_id: int) -> int:
    try:
        return versions.current_version(session, "interaction", interaction_id)
    except LookupError:
        raise ValidationError("interaction", CALL_GONE_MESSAGE) from None


def correct_call(
    session: Session,
    interaction_id: int,
    draft: InteractionDraft,
    seen_version: int | None = None,
) -> int:
    """Write the corrected call (its person stays the same); returns its new version."""
    _check_draft(draft)
    _claim(session, interaction_id, seen_version)
    call = _call(session, interaction_id)
    call.kind = draft.kind
    call.occurred_at = draft.occurred_at.replace(microsecond=0)
    call.duration_minutes = draft.duration_minutes
    call.warmth = draft.warmth
    call.outcome = draft.outcome
    call.summary = draft.summary.strip()
    call.next_step = draft.next_step.strip()
    session.flush()
    session.expire(call, ["version"])  # raised by the database's trigger
    return call_version(session, interaction_id)


def _rows(session: Session, table: Table, *where: ColumnElement[bool]) -> list[Row]:
    return [dict(row) for row in session.execute(select(table).where(*where)).mappings()]


def delete_call(
    session: Session, interaction_id: int, seen_version: int | None = None
) -> CallSnapshot:
    """Delete the call (and its pending follow-ups); returns what ``restore_call`` needs."""
    _claim(session, interaction_id, seen_version)
    _call(session, interaction_id)
    interactions, follow_ups = Interaction.__table__, FollowUp.__table__
    (row,) = _rows(session, interactions, interactions.c.id == interaction_id)
    linked = follow_ups.c.interaction_id == interaction_id
    pending = _rows(session, follow_ups, linked, follow_ups.c.done_at.is_(None))
    done = session.scalars(select(follow_ups.c.id).where(linked, follow_ups.c.done_at.isnot(None)))
    snapshot = CallSnapshot(row, tuple(pending), tuple(done))
    session.execute(delete(follow_ups).where(linked, follow_ups.c.done_at.is_(None)))
    session.execute(update(follow_ups).where(linked).values(interaction_id=None))
    session.execute(delete(interactions).where(interactions.c.id == interaction_id))
    session.expire_all()
    return snapshot


def restore_call(session: Session, snapshot: CallSnapshot) -> int:
    """Put a deleted call back, under its id, with its follow-ups; returns its id."""
    interactions, follow_ups = Interaction.__table__, FollowUp.__table__
    session.execute(insert(interactions), [snapshot.interaction])
    if snapshot.follow_ups:
        session.execute(insert(follow_ups), list(snapshot.follow_ups))
    interaction_id = cast(int, snapshot.interaction["id"])
    if snapshot.unlinked_follow_up_ids:
        session.execute(
            update(follow_ups)
            .where(follow_ups.c.id.in_(snapshot.unlinked_follow_up_ids))
            .values(interaction_id=interaction_id)
        )
    session.expire_all()
    return interaction_id
