"""The connector briefing: what the user needs at hand before calling someone on a referral.

When the callee does not place the connector, the user explains who the connector is: their job,
their background and their supposed link with the callee (seed 001). The briefing gathers that,
with the permission to use the connector's name, from the person's primary introduction.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from carnet.domain import call_kinds
from carnet.domain.enums import ContactStatus, Forewarned, IntroductionStatus, Permission, Warmth
from carnet.domain.models import Interaction, Introduction, Organization, Person


@dataclass(frozen=True)
class ConnectorBriefing:
    person_id: int
    person_name: str
    person_organization: str
    introduction_id: int
    connector_id: int
    connector_name: str
    connector_job_title: str
    connector_organization: str
    connector_background: str
    context: str
    """How the connector and the person know each other, in the user's words ("" if unknown)."""
    reason: str
    """Why the user should call the person, in the user's words."""
    permission: Permission
    introduction_status: IntroductionStatus
    introduced_on: dt.date | None
    thanked_on: dt.date | None
    other_connectors: tuple[str, ...] = ()
    """Names of the people who also gave this person's name (not primary)."""
    forewarned: Forewarned = Forewarned.UNKNOWN
    """Whether the connector told the person that the user will call ("prévenu")."""

    @property
    def may_use_name(self) -> bool:
        return self.permission == Permission.YES


def _name(first: str, last: str) -> str:
    return " ".join(part for part in (first, last) if part)


def connector_briefing(session: Session, person_id: int) -> ConnectorBriefing | None:
    """The briefing on ``person_id``'s primary connector, or None when nobody introduced them."""
    connector = aliased(Person)
    introduced = aliased(Person)
    connector_org = aliased(Organization)
    introduced_org = aliased(Organization)
    row = session.execute(
        select(
            Introduction,
            introduced.first_name,
            introduced.last_name,
            introduced_org.name,
            connector.first_name,
            connector.last_name,
            connector.job_title,
            connector.background,
            connector_org.name,
        )
        .join(introduced, introduced.id == Introduction.introduced_id)
        .outerjoin(introduced_org, introduced_org.id == introduced.organization_id)
        .join(connector, connector.id == Introduction.connector_id)
        .outerjoin(connector_org, connector_org.id == connector.organization_id)
        .where(Introduction.introduced_id == person_id)
        .order_by(Introduction.is_primary.desc(), Introduction.introduced_on, Introduction.id)
    ).all()
    if not row:
        return None
    (intro, first, last, org, c_first, c_last, c_job, c_background, c_org), *others = row
    other_names = tuple(
        _name(o_first, o_last) for _i, _f, _l, _o, o_first, o_last, *_rest in others
    )
    return ConnectorBriefing(
        person_id=person_id,
        person_name=_name(first, last),
        person_organization=org or "",
        introduction_id=intro.id,
        connector_id=intro.connector_id,
        connector_name=_name(c_first, c_last),
        connector_job_title=c_job,
        connector_organization=c_org or "",
        connector_background=c_background,
        context=intro.context,
        reason=intro.reason,
        permission=Permission(intro.permission),
        introduction_status=IntroductionStatus(intro.status),
        introduced_on=intro.introduced_on,
        thanked_on=intro.thanked_on,
        other_connectors=other_names,
        forewarned=Forewarned(intro.forewarned),
    )


def person_name(session: Session, person_id: int) -> str:
    """The person's full name, or "" when they no longer exist."""
    row = session.execute(
        select(Person.first_name, Person.last_name).where(Person.id == person_id)
    ).first()
    return _name(*row) if row else ""


@dataclass(frozen=True)
class DirectContact:
    """Someone nobody introduced: a person the user knows, or a mere LinkedIn connection."""

    name: str
    first_name: str
    kind: Warmth
    """Known (someone the user knows) or cold (a weak tie, a lead found by the user)."""


def direct_contact(session: Session, person_id: int) -> DirectContact | None:
    """None when the person no longer exists."""
    row = session.execute(
        select(Person.first_name, Person.last_name, Person.weak_tie, Person.status).where(
            Person.id == person_id
        )
    ).first()
    if row is None:
        return None
    first, last, weak_tie, status = row
    previous = session.scalar(
        select(Interaction.warmth)
        .where(Interaction.person_id == person_id)
        .order_by(Interaction.occurred_at.desc(), Interaction.id.desc())
        .limit(1)
    )
    kind = call_kinds.suggest(None, bool(weak_tie), status == ContactStatus.LEAD, previous)
    return DirectContact(_name(first, last), first or _name(first, last), kind)
