"""The CV handed over: "give me your CV, I'll pass it on".

The method warns about it: a CV passed on is usually the last the user hears of it. Carnet at
least keeps the trace: an interaction of kind ``CV_HANDED`` with the person it was handed to (for
which job or company, in its summary) and a follow-up to ask them what became of it. The playbook
card "They ask for your CV" steers the call towards a name and the permission to use it instead.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy.orm import Session

from carnet.domain.enums import FollowUpKind, InteractionKind
from carnet.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from carnet.domain.interactions import FUTURE_MESSAGE, NO_PERSON_MESSAGE, PERSON_GONE_MESSAGE
from carnet.domain.models import FollowUp, Interaction, Person

ASK_BACK_AFTER_DAYS = 10
MAX_FOR = 300
FOR_TOO_LONG_MESSAGE = QT_TRANSLATE_NOOP(
    "DomainMessages", "Keep “for” to one line of at most 300 characters."
)
ASK_BACK_PAST_MESSAGE = QT_TRANSLATE_NOOP(
    "DomainMessages", "Choose a day after the CV was handed over to ask what became of it."
)


@dataclass
class CvDraft:
    person_id: int | None
    for_what: str = ""
    """The job, company or person the CV is meant for."""
    handed_on: dt.date | None = None
    ask_back_on: dt.date | None = None
    """When to ask what became of it; None: no follow-up."""


@dataclass(frozen=True)
class CvHanded:
    interaction_id: int
    follow_up_id: int | None


def record_cv_handed(
    session: Session, draft: CvDraft, follow_up_title: str, now: dt.datetime | None = None
) -> CvHanded:
    """Write the hand-over and its "what became of it" follow-up (titled in the user's
    language)."""
    if draft.person_id is None:
        raise ValidationError("person", NO_PERSON_MESSAGE)
    if session.get(Person, draft.person_id) is None:
        raise ValidationError("person", PERSON_GONE_MESSAGE)
    now = (now or dt.datetime.now()).replace(second=0, microsecond=0)
    day = draft.handed_on or now.date()
    if day > now.date() + dt.timedelta(days=1):
        raise ValidationError("handed_on", FUTURE_MESSAGE)
    for_what = " ".join(draft.for_what.split())
    if len(for_what) > MAX_FOR:
        raise ValidationError("for_what", FOR_TOO_LONG_MESSAGE)
    if draft.ask_back_on is not None and draft.ask_back_on <= day:
        raise ValidationError("ask_back_on", ASK_BACK_PAST_MESSAGE)
    handed = Interaction(
        person_id=draft.person_id,
        kind=InteractionKind.CV_HANDED,
        occurred_at=dt.datetime.combine(day, now.time()),
        summary=for_what,
    )
    session.add(handed)
    session.flush()
    follow_up_id = None
    if draft.ask_back_on is not None:
        follow_up = FollowUp(
            person_id=draft.person_id,
            kind=FollowUpKind.NEXT_STEP,
            title=" ".join(follow_up_title.split())[:300],
            due_on=draft.ask_back_on,
            interaction_id=handed.id,
        )
        session.add(follow_up)
        session.flush()
        follow_up_id = follow_up.id
    return CvHanded(handed.id, follow_up_id)
