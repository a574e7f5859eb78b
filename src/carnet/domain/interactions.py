"""Calls, meetings and emails: logging them, the after-meeting debrief, and what follows.

Every statistic (last interaction, good and difficult calls, warm and cold rates) is read from the
``interaction`` rows written here.

Logging also moves the person and their introduction forward, never back:

* any interaction: a lead or a person to contact becomes *contacted*, and a *suggested*
  introduction becomes *contacted*;
* a meeting: the person and the introduction become *met* (unless already further on);
* a *declined* outcome: a person not met yet becomes *declined*; a later interaction brings
  them back.

A conversation (call, video call, meeting) with a referred person that went well (meeting obtained,
or helpful) yields a ``ThankProposal``: tell the connector how it went and thank them, in a couple
of days. The user accepts it in one click (``accept_thank_proposal``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import ColumnElement, case, func, select
from sqlalchemy.orm import Session

from carnet.domain import call_kinds
from carnet.domain.enums import (
    ContactStatus,
    FollowUpKind,
    InteractionKind,
    IntroductionStatus,
    NoteKind,
    Outcome,
    Permission,
    Warmth,
)
from carnet.domain.errors import CONTROL_CHARACTER_MESSAGE, QT_TRANSLATE_NOOP, ValidationError
from carnet.domain.models import FollowUp, Interaction, Introduction, Note, Person
from carnet.domain.notebook import BODY_TOO_LONG_MESSAGE, MAX_BODY_CHARACTERS
from carnet.domain.people import PersonDraft
from carnet.domain.referrals import add_introduction, introduce_new_person
from carnet.domain.text import fill

GOOD_OUTCOMES = frozenset({Outcome.MEETING_OBTAINED, Outcome.HELPFUL})
CONVERSATIONS = frozenset(
    {InteractionKind.CALL, InteractionKind.VIDEO_CALL, InteractionKind.MEETING}
)
# Attempts to get a meeting: the warm and cold rates are meetings obtained out of these.
ATTEMPTS = frozenset(
    {
        InteractionKind.CALL,
        InteractionKind.VIDEO_CALL,
        InteractionKind.EMAIL,
        InteractionKind.MESSAGE,
    }
)
THANK_AFTER_DAYS = 2
NEXT_STEP_DEFAULT_DAYS = 7
MAX_DURATION_MINUTES = 24 * 60

PERSON_GONE_MESSAGE = QT_TRANSLATE_NOOP(
    "DomainMessages", "This person is no longer in your contacts; choose someone else."
)
NO_PERSON_MESSAGE = QT_TRANSLATE_NOOP("DomainMessages", "Choose the person you talked to.")
FUTURE_MESSAGE = QT_TRANSLATE_NOOP(
    "DomainMessages",
    "This date is in the future. Log a call once it happened; plan it as a next step instead.",
)
DURATION_MESSAGE = QT_TRANSLATE_NOOP(
    "DomainMessages", "A duration is between 0 minutes and 24 hours."
)
NAMELESS_MESSAGE = QT_TRANSLATE_NOOP(
    "DomainMessages", "Each name obtained needs a name: fill it in, or empty the line."
)


@dataclass(frozen=True)
class InteractionRow:
    id: int
    person_id: int
    kind: InteractionKind
    occurred_at: dt.datetime
    duration_minutes: int | None
    warmth: Warmth
    outcome: Outcome | None
    summary: str
    next_step: str


@dataclass(frozen=True)
class CallContext:
    """What the log and preparation forms need to know about the person before a call."""

    person_id: int
    person_name: str
    organization: str
    job_title: str
    status: ContactStatus
    introduction_id: int | None = None
    connector_id: int | None = None
    connector_name: str = ""
    permission: Permission | None = None
    context: str = ""
    thanked_on: dt.date | None = None
    last_interaction: InteractionRow | None = None
    weak_tie: bool = False
    """A LinkedIn connection nobody introduced, not yet marked as known."""

    @property
    def suggested_warmth(self) -> Warmth:
        """Warm when introduced by someone whose name the user may use; known when nobody
        introduced them and they are not a mere LinkedIn connection; otherwise cold."""
        previous = self.last_interaction.warmth if self.last_interaction else None
        return call_kinds.suggest(
            self.permission, self.weak_tie, self.status == ContactStatus.LEAD, previous
        )


@dataclass
class InteractionDraft:
    person_id: int | None
    kind: InteractionKind = InteractionKind.CALL
    occurred_at: dt.datetime = field(
        default_factory=lambda: dt.datetime.now().replace(second=0, microsecond=0)
    )
    duration_minutes: int | None = None
    warmth: Warmth = Warmth.COLD
    outcome: Outcome | None = None
    summary: str = ""
    next_step: str = ""
    next_step_due: dt.date | None = None


@dataclass(frozen=True)
class ThankProposal:
    """A follow-up the user may accept: tell the connector how it went and thank them."""

    connector_id: int
    connector_name: str
    person_name: str
    interaction_id: int
    due_on: dt.date


@dataclass(frozen=True)
class LoggedInteraction:
    interaction_id: int
    follow_up_id: int | None
    thank_proposal: ThankProposal | None


@dataclass
class NameObtained:
    """A name the person gave during a meeting: it becomes a lead they introduced."""

    name: str
    organization: str = ""
    permission: Permission = Permission.NOT_ASKED
    context: str = ""
    known_person_id: int | None = None
    """Someone already in the contacts: this person becomes one more connector on their card."""

    @property
    def is_blank(self) -> bool:
        return not (self.name.strip() or self.organization.strip() or self.context.strip())


@dataclass
class DebriefDraft:
    person_id: int | None
    met_on: dt.date = field(default_factory=dt.date.today)
    learned: str = ""
    advice: str = ""
    names: list[NameObtained] = field(default_factory=list)
    next_step: str = ""
    next_step_due: dt.date | None = None
    connector_thanked: bool = False
    log_meeting: bool = True
    outcome: Outcome | None = Outcome.HELPFUL


@dataclass(frozen=True)
class DebriefWording:
    """The words of the notebook entry a debrief writes, in the user's language (from the UI)."""

    title: str = "Meeting with {name}"
    learned: str = "What I learned"
    advice: str = "Advice received"
    names: str = "Names obtained"
    next_step: str = "Next step"
    may_use_name: str = "may use their name"
    may_not_use_name: str = "may not use their name"
    due: str = "by {date}"


@dataclass(frozen=True)
class DebriefResult:
    note_id: int
    interaction_id: int | None
    lead_ids: tuple[int, ...]
    follow_up_id: int | None
    thanked_introduction_id: int | None
    thank_proposal: ThankProposal | None


@dataclass(frozen=True)
class CallStatistics:
    conversations: int
    good: int
    difficult: int
    warm_attempts: int
    warm_meetings: int
    cold_attempts: int
    cold_meetings: int
    known_attempts: int = 0
    known_meetings: int = 0


# -- reading -----------------------------------------------------------------------------------


def _person(session: Session, person_id: int | None) -> Person:
    if person_id is None:
        raise ValidationError("person", NO_PERSON_MESSAGE)
    person = session.get(Person, person_id)
    if person is None:
        raise ValidationError("person", PERSON_GONE_MESSAGE)
    return person


def primary_introduction(session: Session, person_id: int) -> Introduction | None:
    return session.scalars(
        select(Introduction)
        .where(Introduction.introduced_id == person_id)
        .order_by(Introduction.is_primary.desc(), Introduction.introduced_on, Introduction.id)
    ).first()


def _row(interaction: Interaction) -> InteractionRow:
    return InteractionRow(
        id=interaction.id,
        person_id=interaction.person_id,
        kind=interaction.kind,
        occurred_at=interaction.occurred_at,
        duration_minutes=interaction.duration_minutes,
        warmth=interaction.warmth,
        outcome=interaction.outcome,
        summary=interaction.summary,
        next_step=interaction.next_step,
    )


def interactions_of(session: Session, person_id: int) -> list[InteractionRow]:
    """The person's calls, meetings and emails, latest first."""
    return [
        _row(i)
        for i in session.scalars(
            select(Interaction)
            .where(Interaction.person_id == person_id)
            .order_by(Interaction.occurred_at.desc(), Interaction.id.desc())
        )
    ]


def last_interaction(session: Session, person_id: int) -> InteractionRow | None:
    latest = session.scalars(
        select(Interaction)
        .where(Interaction.person_id == person_id)
        .order_by(Interaction.occurred_at.desc(), Interaction.id.desc())
        .limit(1)
    ).first()
    return _row(latest) if latest else None


def call_context(session: Session, person_id: int) -> CallContext:
    person = _person(session, person_id)
    introduction = primary_introduction(session, person_id)
    connector = introduction.connector if introduction else None
    return CallContext(
        person_id=person.id,
        person_name=person.full_name,
        organization=person.organization.name if person.organization else "",
        job_title=person.job_title,
        status=person.status,
        introduction_id=introduction.id if introduction else None,
        connector_id=connector.id if connector else None,
        connector_name=connector.full_name if connector else "",
        permission=introduction.permission if introduction else None,
        context=introduction.context if introduction else "",
        thanked_on=introduction.thanked_on if introduction else None,
        last_interaction=last_interaction(session, person_id),
        weak_tie=person.weak_tie,
    )


def call_statistics(session: Session, since: dt.date | None = None) -> CallStatistics:
    """Good and difficult conversations; meetings obtained from warm and from cold attempts."""

    def count(condition: ColumnElement[bool]) -> ColumnElement[int]:
        return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)

    conversation = Interaction.kind.in_(CONVERSATIONS)
    attempt = Interaction.kind.in_(ATTEMPTS)
    warm = Interaction.warmth == Warmth.WARM
    cold = Interaction.warmth == Warmth.COLD
    known = Interaction.warmth == Warmth.KNOWN
    obtained = Interaction.outcome == Outcome.MEETING_OBTAINED
    statement = select(
        count(conversation),
        count(conversation & Interaction.outcome.in_(GOOD_OUTCOMES)),
        count(conversation & (Interaction.outcome == Outcome.DIFFICULT)),
        count(attempt & warm),
        count(attempt & warm & obtained),
        count(attempt & cold),
        count(attempt & cold & obtained),
        count(attempt & known),
        count(attempt & known & obtained),
    )
    if since is not None:
        statement = statement.where(
            Interaction.occurred_at >= dt.datetime.combine(since, dt.time())
        )
    return CallStatistics(*(int(v) for v in session.execute(statement).one()))


# -- writing -----------------------------------------------------------------------------------


def _check_text(*texts: str) -> None:
    for text in texts:
        if "\x00" in text:
            raise ValidationError("summary", CONTROL_CHARACTER_MESSAGE)
        if len(text) > MAX_BODY_CHARACTERS:
            raise ValidationError("summary", BODY_TOO_LONG_MESSAGE)


def _check_draft(draft: InteractionDraft) -> None:
    _check_text(draft.summary, draft.next_step)
    if draft.occurred_at.date() > dt.date.today() + dt.timedelta(days=1):
        raise ValidationError("occurred_at", FUTURE_MESSAGE)
    if draft.duration_minutes is not None and not (
        0 <= draft.duration_minutes <= MAX_DURATION_MINUTES
    ):
        raise ValidationError("duration", DURATION_MESSAGE)


# How far a person has come; "declined" comes back to life with the next interaction.
_RANK = {
    ContactStatus.LEAD: 0,
    ContactStatus.TO_CONTACT: 0,
    ContactStatus.DECLINED: 0,
    ContactStatus.CONTACTED: 1,
    ContactStatus.MET: 2,
    ContactStatus.IN_RELATION: 3,
}


def _advance(
    person: Person,
    introduction: Introduction | None,
    kind: InteractionKind,
    outcome: Outcome | None,
) -> None:
    target = ContactStatus.MET if kind == InteractionKind.MEETING else ContactStatus.CONTACTED
    not_met = (ContactStatus.LEAD, ContactStatus.TO_CONTACT, ContactStatus.CONTACTED)
    if outcome == Outcome.DECLINED and person.status in not_met:
        person.status = ContactStatus.DECLINED
    elif _RANK[person.status] < _RANK[target]:
        person.status = target
    if introduction is None:
        return
    if kind == InteractionKind.MEETING:
        introduction.status = IntroductionStatus.MET
    elif introduction.status == IntroductionStatus.SUGGESTED:
        introduction.status = IntroductionStatus.CONTACTED


def _thank_proposal(
    session: Session, interaction: Interaction, introduction: Introduction | None
) -> ThankProposal | None:
    """The "tell the connector and thank them" follow-up, when the rule calls for one."""
    if (
        introduction is None
        or interaction.kind not in CONVERSATIONS
        or interaction.outcome not in GOOD_OUTCOMES
    ):
        return None
    if introduction.thanked_on and introduction.thanked_on >= interaction.occurred_at.date():
        return None
    already = session.scalar(
        select(func.count(FollowUp.id))
        .join(Interaction, Interaction.id == FollowUp.interaction_id)
        .where(
            FollowUp.kind == FollowUpKind.THANK_CONNECTOR,
            FollowUp.person_id == introduction.connector_id,
            FollowUp.done_at.is_(None),
            Interaction.person_id == interaction.person_id,
        )
    )
    if already:
        return None
    return ThankProposal(
        connector_id=introduction.connector_id,
        connector_name=introduction.connector.full_name,
        person_name=interaction.person.full_name,
        interaction_id=interaction.id,
        due_on=max(interaction.occurred_at.date(), dt.date.today())
        + dt.timedelta(days=THANK_AFTER_DAYS),
    )


def _next_step_follow_up(
    session: Session,
    person_id: int,
    interaction_id: int | None,
    text: str,
    due: dt.date | None,
    start: dt.date,
) -> int | None:
    text = text.strip()
    if not text:
        return None
    follow_up = FollowUp(
        person_id=person_id,
        kind=FollowUpKind.NEXT_STEP,
        title=text.splitlines()[0][:300],
        due_on=due or start + dt.timedelta(days=NEXT_STEP_DEFAULT_DAYS),
        interaction_id=interaction_id,
    )
    session.add(follow_up)
    session.flush()
    return follow_up.id


def log_interaction(session: Session, draft: InteractionDraft) -> LoggedInteraction:
    """Record a call, meeting or email; its next step becomes a follow-up."""
    person = _person(session, draft.person_id)
    _check_draft(draft)
    introduction = primary_introduction(session, person.id)
    interaction = Interaction(
        person=person,
        kind=draft.kind,
        occurred_at=draft.occurred_at.replace(microsecond=0),
        duration_minutes=draft.duration_minutes,
        warmth=draft.warmth,
        introduction_id=introduction.id if introduction and draft.warmth == Warmth.WARM else None,
        outcome=draft.outcome,
        summary=draft.summary.strip(),
        next_step=draft.next_step.strip(),
    )
    session.add(interaction)
    session.flush()
    _advance(person, introduction, draft.kind, draft.outcome)
    follow_up_id = _next_step_follow_up(
        session,
        person.id,
        interaction.id,
        draft.next_step,
        draft.next_step_due,
        draft.occurred_at.date(),
    )
    return LoggedInteraction(
        interaction.id, follow_up_id, _thank_proposal(session, interaction, introduction)
    )


def accept_thank_proposal(session: Session, proposal: ThankProposal, title: str) -> int:
    """Add the proposed follow-up, titled in the user's language; returns its id."""
    if session.get(Person, proposal.connector_id) is None:
        raise ValidationError("person", PERSON_GONE_MESSAGE)
    follow_up = FollowUp(
        person_id=proposal.connector_id,
        kind=FollowUpKind.THANK_CONNECTOR,
        title=title.strip()[:300],
        due_on=proposal.due_on,
        interaction_id=(
            proposal.interaction_id
            if session.get(Interaction, proposal.interaction_id) is not None
            else None
        ),
    )
    session.add(follow_up)
    session.flush()
    return follow_up.id


def mark_connector_thanked(
    session: Session, person_id: int, on: dt.date | None = None
) -> int | None:
    """The user told the person's connector how it went: stamp the introduction, close the
    pending thank-you follow-ups about this person. Returns the introduction's id, if any."""
    introduction = primary_introduction(session, person_id)
    if introduction is None:
        return None
    introduction.thanked_on = on or dt.date.today()
    pending = session.scalars(
        select(FollowUp)
        .join(Interaction, Interaction.id == FollowUp.interaction_id)
        .where(
            FollowUp.kind == FollowUpKind.THANK_CONNECTOR,
            FollowUp.person_id == introduction.connector_id,
            FollowUp.done_at.is_(None),
            Interaction.person_id == person_id,
        )
    )
    now = dt.datetime.now().replace(microsecond=0)
    for follow_up in pending:
        follow_up.done_at = now
    return introduction.id


# -- the after-meeting debrief -----------------------------------------------------------------


def split_name(name: str) -> tuple[str, str]:
    """ "Marie de La Tour" → ("Marie", "de La Tour"): the first word is the first name."""
    words = name.split()
    if not words:
        return "", ""
    return words[0], " ".join(words[1:])


def compose_debrief_note(
    draft: DebriefDraft,
    person_name: str,
    wording: DebriefWording,
    date_text: Callable[[dt.date], str] = str,
) -> tuple[str, str]:
    """The title and Markdown body of the notebook entry a debrief writes."""
    sections: list[str] = []
    if draft.learned.strip():
        sections.append(f"## {wording.learned}\n\n{draft.learned.strip()}")
    if draft.advice.strip():
        sections.append(f"## {wording.advice}\n\n{draft.advice.strip()}")
    names = [n for n in draft.names if not n.is_blank]
    if names:
        lines = []
        for n in names:
            line = f"- {n.name.strip()}"
            if n.organization.strip():
                line += f", {n.organization.strip()}"
            if n.permission == Permission.YES:
                line += f" ({wording.may_use_name})"
            elif n.permission == Permission.NO:
                line += f" ({wording.may_not_use_name})"
            if n.context.strip():
                line += f": {n.context.strip()}"
            lines.append(line)
        sections.append(f"## {wording.names}\n\n" + "\n".join(lines))
    if draft.next_step.strip():
        step = draft.next_step.strip()
        if draft.next_step_due:
            step += " (" + fill(wording.due, {"date": date_text(draft.next_step_due)}) + ")"
        sections.append(f"## {wording.next_step}\n\n{step}")
    return fill(wording.title, {"name": person_name}), "\n\n".join(sections) + "\n"


def record_debrief(
    session: Session,
    draft: DebriefDraft,
    wording: DebriefWording | None = None,
    date_text: Callable[[dt.date], str] = str,
) -> DebriefResult:
    """Write everything a debrief holds, in the caller's transaction.

    One notebook entry (meeting notes, linked to the person and their organisation); one lead per
    name obtained, introduced by this person with the permission given; a next-step follow-up; the
    connector marked as thanked; and, if asked, the meeting in the call log.
    """
    wording = wording or DebriefWording()
    person = _person(session, draft.person_id)
    _check_text(draft.learned, draft.advice, draft.next_step)
    if draft.met_on > dt.date.today() + dt.timedelta(days=1):
        raise ValidationError("occurred_at", FUTURE_MESSAGE)
    names = [n for n in draft.names if not n.is_blank]
    for n in names:
        _check_text(n.name, n.organization, n.context)
        if not n.name.strip():
            raise ValidationError("name", NAMELESS_MESSAGE)

    title, body = compose_debrief_note(draft, person.full_name, wording, date_text)
    note = Note(
        written_on=draft.met_on,
        title=title[:300],
        body=body,
        kind=NoteKind.MEETING_NOTES,
        organization_id=person.organization_id,
        people=[person],
    )
    session.add(note)

    lead_ids = []
    for n in names:
        if n.known_person_id is not None:
            if session.get(Person, n.known_person_id) is None:
                raise ValidationError("name", PERSON_GONE_MESSAGE)
            already = session.scalar(
                select(Introduction.id).where(
                    Introduction.connector_id == person.id,
                    Introduction.introduced_id == n.known_person_id,
                )
            )
            if already is None:
                add_introduction(
                    session,
                    person.id,
                    n.known_person_id,
                    permission=n.permission,
                    context=n.context,
                    introduced_on=draft.met_on,
                )
            continue
        first, last = split_name(n.name)
        lead_id = introduce_new_person(
            session,
            person.id,
            PersonDraft(
                first_name=first,
                last_name=last,
                organization_name=n.organization,
                status=ContactStatus.LEAD,
            ),
            permission=n.permission,
            context=n.context,
        )
        lead_ids.append(lead_id)
        named = session.scalars(
            select(Introduction).where(
                Introduction.connector_id == person.id, Introduction.introduced_id == lead_id
            )
        ).one()
        named.introduced_on = draft.met_on

    interaction = None
    introduction = primary_introduction(session, person.id)
    if draft.log_meeting:
        interaction = Interaction(
            person=person,
            kind=InteractionKind.MEETING,
            occurred_at=dt.datetime.combine(draft.met_on, dt.datetime.now().time()).replace(
                microsecond=0
            ),
            warmth=call_kinds.suggest(Permission.YES if introduction else None, person.weak_tie),
            introduction_id=introduction.id if introduction else None,
            outcome=draft.outcome,
            summary=draft.learned.strip(),
            next_step=draft.next_step.strip(),
        )
        session.add(interaction)
        session.flush()
        _advance(person, introduction, InteractionKind.MEETING, draft.outcome)

    follow_up_id = _next_step_follow_up(
        session,
        person.id,
        interaction.id if interaction else None,
        draft.next_step,
        draft.next_step_due,
        draft.met_on,
    )
    thanked = mark_connector_thanked(session, person.id) if draft.connector_thanked else None
    proposal = (
        _thank_proposal(session, interaction, introduction)
        if interaction is not None and not draft.connector_thanked
        else None
    )
    session.flush()
    return DebriefResult(
        note_id=note.id,
        interaction_id=interaction.id if interaction else None,
        lead_ids=tuple(lead_ids),
        follow_up_id=follow_up_id,
        thanked_introduction_id=thanked,
        thank_proposal=proposal,
    )
