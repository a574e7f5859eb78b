"""A name typed at capture (quick lead, debrief) matched against the people already known.

The method's chains cross: the same person is often named by two relays. Rather than a second
card, the user adds a second connector (one more introduction) to the card they already have.
Names are compared folded (case and accents aside) with RapidFuzz's token sort ratio, so that a
typo or first and last name swapped still match; one typed word matches a first or last name.
"""

from __future__ import annotations

from dataclasses import dataclass

from rapidfuzz import fuzz, process
from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from carnet.domain.duplicates import comparable_name
from carnet.domain.enums import Permission
from carnet.domain.models import Organization, Person
from carnet.domain.referrals import add_introduction

MATCH_SCORE = 85
MIN_LETTERS = 3


@dataclass(frozen=True)
class NameMatch:
    person_id: int
    name: str
    organization: str = ""

    @property
    def label(self) -> str:
        return f"{self.name} — {self.organization}" if self.organization else self.name


def people_named(
    session: Session, typed: str, exclude: int | None = None, limit: int = 5
) -> list[NameMatch]:
    """The known people whose name is (nearly) ``typed``, the closest first."""
    wanted = comparable_name(typed, "")
    words = wanted.split()
    if len(wanted.replace(" ", "")) < MIN_LETTERS:
        return []
    # only names sharing the first two letters of a typed word are compared (a typo further on)
    starts = [
        func.fold(column).op("LIKE")(prefix + word[:2] + "%")
        for word in words
        for column in (Person.first_name, Person.last_name)
        for prefix in ("", "% ")
    ]
    rows = session.execute(
        select(Person.id, Person.first_name, Person.last_name, Organization.name)
        .outerjoin(Organization, Organization.id == Person.organization_id)
        .where(or_(*starts))
    ).all()
    people = {
        pid: (comparable_name(first, last), first, last, organization or "")
        for pid, first, last, organization in rows
        if pid != exclude
    }
    if len(words) == 1:
        scored = [
            (pid, 100.0)
            for pid, (name, *_rest) in people.items()
            if any(fuzz.ratio(words[0], part) >= MATCH_SCORE for part in name.split())
        ]
    else:
        scored = [
            (pid, score)
            for _name, score, pid in process.extract(
                wanted,
                {pid: value[0] for pid, value in people.items()},
                scorer=fuzz.token_sort_ratio,
                processor=None,
                score_cutoff=MATCH_SCORE,
                limit=None,
            )
        ]
    scored.sort(key=lambda item: (-item[1], people[item[0]][0], item[0]))
    return [
        NameMatch(pid, " ".join(p for p in people[pid][1:3] if p), people[pid][3])
        for pid, _score in scored[:limit]
    ]


def add_connector(
    session: Session,
    person_id: int,
    connector_id: int,
    *,
    permission: Permission = Permission.NOT_ASKED,
    context: str = "",
    reason: str = "",
) -> int:
    """``connector_id`` also gave the user the name of ``person_id``: one more introduction on
    the card they already have (the first connector stays the one under whom they sit)."""
    return add_introduction(
        session, connector_id, person_id, permission=permission, context=context, reason=reason
    )
