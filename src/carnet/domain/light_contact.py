"""After a difficult call: the light, long-cadence contact the method recommends.

Someone who resented the call is not lost: a word now and then (news, an article), months apart,
keeps the door open. Carnet offers it, never imposes it: ``light_contact_proposal`` says whether to
offer, ``accept_light_contact`` sets the person's rhythm to every six months and plans a first
light contact in three months.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from carnet.domain.enums import FollowUpKind, InteractionKind, Outcome
from carnet.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from carnet.domain.models import FollowUp, Interaction, Person

LIGHT_CADENCE_DAYS = 182
"""Every six months (one of the rhythm presets)."""
FIRST_LIGHT_CONTACT_DAYS = 91
CONVERSATIONS = frozenset(
    {InteractionKind.CALL, InteractionKind.VIDEO_CALL, InteractionKind.MEETING}
)

PERSON_GONE_MESSAGE = QT_TRANSLATE_NOOP(
    "DomainMessages", "This person is no longer in your contacts; choose someone else."
)


@dataclass(frozen=True)
class LightContactProposal:
    person_id: int
    person_name: str
    cadence_days: int
    due_on: dt.date


def light_contact_proposal(
    session: Session, interaction_id: int | None, today: dt.date | None = None
) -> LightContactProposal | None:
    """A proposal after a difficult conversation, unless a keep-in-touch follow-up is already
    planned with the person (their own wording stands)."""
    interaction = session.get(Interaction, interaction_id) if interaction_id else None
    if (
        interaction is None
        or interaction.outcome != Outcome.DIFFICULT
        or interaction.kind not in CONVERSATIONS
    ):
        return None
    planned = session.scalar(
        select(FollowUp.id).where(
            FollowUp.person_id == interaction.person_id,
            FollowUp.kind == FollowUpKind.KEEP_IN_TOUCH,
            FollowUp.done_at.is_(None),
        )
    )
    if planned is not None:
        return None
    start = max(interaction.occurred_at.date(), today or dt.date.today())
    return LightContactProposal(
        person_id=interaction.person_id,
        person_name=interaction.person.full_name,
        cadence_days=LIGHT_CADENCE_DAYS,
        due_on=start + dt.timedelta(days=FIRST_LIGHT_CONTACT_DAYS),
    )


def accept_light_contact(session: Session, proposal: LightContactProposal, title: str) -> int:
    """The person's rhythm becomes the long one; the first light contact is planned. Returns the
    follow-up's id."""
    person = session.get(Person, proposal.person_id)
    if person is None:
        raise ValidationError("person", PERSON_GONE_MESSAGE)
    person.keep_in_touch_days = proposal.cadence_days
    follow_up = FollowUp(
        person_id=person.id,
        kind=FollowUpKind.KEEP_IN_TOUCH,
        title=" ".join(title.split())[:300],
        due_on=proposal.due_on,
    )
    session.add(follow_up)
    session.flush()
    return follow_up.id
