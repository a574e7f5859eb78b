"""Give as well as take: help given to people, and who helped the user.

Help given (an introduction made for them, advice, an article sent, some news) is an interaction
of one of the ``GIVE_KINDS``: it shows on the person's history and, as any exchange, restarts
their keep-in-touch count. The "give and take" panel reads two lists from here:

* **who helped you**: the people who gave the user names (introductions) or had a conversation
  that went well (a meeting obtained, or helpful), with how often;
* **whom you could help now**: among them, those to whom the user gave nothing since they last
  helped, the most generous first.

The week's gives are counted beside its asks: calls, video calls, meetings, emails and messages,
the ways the user asks for help.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from carnet.domain.enums import InteractionKind, Outcome
from carnet.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from carnet.domain.interactions import FUTURE_MESSAGE, NO_PERSON_MESSAGE, PERSON_GONE_MESSAGE
from carnet.domain.models import Interaction, Introduction, Person
from carnet.domain.notebook import BODY_TOO_LONG_MESSAGE, MAX_BODY_CHARACTERS
from carnet.domain.weeks import midnight, week_start

GIVE_KINDS = (
    InteractionKind.GAVE_INTRODUCTION,
    InteractionKind.GAVE_ADVICE,
    InteractionKind.SENT_ARTICLE,
    InteractionKind.SHARED_NEWS,
)
ASK_KINDS = (
    InteractionKind.CALL,
    InteractionKind.VIDEO_CALL,
    InteractionKind.MEETING,
    InteractionKind.EMAIL,
    InteractionKind.MESSAGE,
)
HELPFUL = (Outcome.MEETING_OBTAINED, Outcome.HELPFUL)
NOT_A_GIFT_MESSAGE = QT_TRANSLATE_NOOP("DomainMessages", "Choose what you gave.")


@dataclass(frozen=True)
class Helper:
    person_id: int
    name: str
    names_given: int
    helpful_talks: int
    gives: int
    last_help: dt.date | None
    last_give: dt.date | None

    @property
    def owed(self) -> bool:
        """They helped since the user last gave them something (or the user never did)."""
        return self.last_help is not None and (
            self.last_give is None or self.last_give < self.last_help
        )


@dataclass(frozen=True)
class WeekGiveAndTake:
    asks: int
    gives: int


@dataclass
class GiftDraft:
    person_id: int | None
    kind: InteractionKind = InteractionKind.GAVE_ADVICE
    given_on: dt.date | None = None
    what: str = ""


def record_gift(session: Session, draft: GiftDraft, now: dt.datetime | None = None) -> int:
    """Write the help given; returns the interaction's id."""
    if draft.person_id is None:
        raise ValidationError("person", NO_PERSON_MESSAGE)
    if session.get(Person, draft.person_id) is None:
        raise ValidationError("person", PERSON_GONE_MESSAGE)
    if draft.kind not in GIVE_KINDS:
        raise ValidationError("kind", NOT_A_GIFT_MESSAGE)
    now = (now or dt.datetime.now()).replace(second=0, microsecond=0)
    day = draft.given_on or now.date()
    if day > now.date() + dt.timedelta(days=1):
        raise ValidationError("given_on", FUTURE_MESSAGE)
    what = draft.what.strip()
    if len(what) > MAX_BODY_CHARACTERS:
        raise ValidationError("what", BODY_TOO_LONG_MESSAGE)
    gift = Interaction(
        person_id=draft.person_id,
        kind=draft.kind,
        occurred_at=dt.datetime.combine(day, now.time()),
        summary=what,
    )
    session.add(gift)
    session.flush()
    return gift.id


def week_give_and_take(session: Session, today: dt.date | None = None) -> WeekGiveAndTake:
    """This week's asks and gives, Monday to today."""
    since = midnight(week_start(today or dt.date.today()))
    counts = dict(
        session.execute(
            select(Interaction.kind, func.count())
            .where(Interaction.occurred_at >= since)
            .group_by(Interaction.kind)
        ).all()
    )
    return WeekGiveAndTake(
        asks=sum(counts.get(kind, 0) for kind in ASK_KINDS),
        gives=sum(counts.get(kind, 0) for kind in GIVE_KINDS),
    )


def helpers(session: Session) -> list[Helper]:
    """Everyone who helped the user, those owed something first, then the most generous."""
    names = dict(
        session.execute(
            select(Introduction.connector_id, func.count()).group_by(Introduction.connector_id)
        ).all()
    )
    named_on = dict(
        session.execute(
            select(Introduction.connector_id, func.max(Introduction.introduced_on)).group_by(
                Introduction.connector_id
            )
        ).all()
    )
    talks = {
        pid: (count, last)
        for pid, count, last in session.execute(
            select(Interaction.person_id, func.count(), func.max(Interaction.occurred_at))
            .where(Interaction.outcome.in_(HELPFUL))
            .group_by(Interaction.person_id)
        )
    }
    gives = {
        pid: (count, last)
        for pid, count, last in session.execute(
            select(Interaction.person_id, func.count(), func.max(Interaction.occurred_at))
            .where(Interaction.kind.in_(GIVE_KINDS))
            .group_by(Interaction.person_id)
        )
    }
    ids = set(names) | set(talks)
    people: dict[int, str] = dict(
        session.execute(
            select(Person.id, func.trim(Person.first_name + " " + Person.last_name)).where(
                Person.id.in_(ids)
            )
        ).all()
    )
    found = []
    for pid in ids & set(people):
        talk_count, talk_last = talks.get(pid, (0, None))
        give_count, give_last = gives.get(pid, (0, None))
        days = [d for d in (named_on.get(pid), _day(talk_last)) if d is not None]
        found.append(
            Helper(
                person_id=pid,
                name=people[pid],
                names_given=names.get(pid, 0),
                helpful_talks=talk_count,
                gives=give_count,
                last_help=max(days) if days else None,
                last_give=_day(give_last),
            )
        )
    found.sort(key=lambda h: (not h.owed, -(h.names_given + h.helpful_talks), h.name, h.person_id))
    return found


def _day(value: object) -> dt.date | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def could_help_now(session: Session, limit: int = 5) -> list[Helper]:
    """Those who helped and got nothing back since: the people to think of first."""
    return [h for h in helpers(session) if h.owed][:limit]
