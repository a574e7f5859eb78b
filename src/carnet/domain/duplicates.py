"""Likely duplicates among the contacts: two cards that are probably the same person.

Two cards are likely the same person when they share an email address, or a LinkedIn profile
address (written with or without https://, www., a country prefix or a trailing slash), or when
their names are nearly the same (typos, accents, hyphens, first and last name swapped) at the same
organisation. Names are compared with RapidFuzz's token sort ratio on folded names.

The user may say two cards are different people: the pair is remembered (setting
``duplicates.dismissed``) and not proposed again.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from urllib.parse import urlsplit

from rapidfuzz import fuzz, process
from sqlalchemy import select
from sqlalchemy.orm import Session

from carnet.domain.enums import ContactPointKind
from carnet.domain.models import ContactPoint, Organization, Person, Setting
from carnet.domain.text import fold

NAME_SCORE = 90
DISMISSED_KEY = "duplicates.dismissed"


class Reason(StrEnum):
    SAME_EMAIL = "same_email"
    SAME_LINKEDIN = "same_linkedin"
    SIMILAR_NAME = "similar_name"


@dataclass(frozen=True)
class DuplicatePair:
    """Two cards, the lower id first, with why they look like one person."""

    first_id: int
    second_id: int
    first_name: str
    second_name: str
    organization: str
    reasons: tuple[Reason, ...]
    score: float

    @property
    def ids(self) -> tuple[int, int]:
        return self.first_id, self.second_id


def linkedin_key(url: str) -> str:
    """The profile an address points at.

    "https://fr.linkedin.com/in/Marie/" and "www.linkedin.com/in/marie" → "linkedin.com/in/marie".
    """
    url = url.strip()
    if not url:
        return ""
    parts = urlsplit(url if "://" in url else f"https://{url}")
    host = parts.netloc.lower().rsplit("@", 1)[-1]
    labels = host.split(".")
    if len(labels) >= 2 and labels[-2:] == ["linkedin", "com"]:
        host = "linkedin.com"
    elif host.startswith("www."):
        host = host[4:]
    path = parts.path.rstrip("/").lower()
    return f"{host}{path}" if path else ""


def comparable_name(first: str, last: str) -> str:
    """A name folded for comparison: lower case, no accents, punctuation as spaces."""
    text = fold(f"{first} {last}")
    return " ".join("".join(ch if ch.isalnum() else " " for ch in text).split())


def dismissed_pairs(session: Session) -> set[tuple[int, int]]:
    row = session.get(Setting, DISMISSED_KEY)
    if row is None or not row.value:
        return set()
    try:
        return {(int(a), int(b)) for a, b in json.loads(row.value)}
    except (ValueError, TypeError):
        return set()


def dismiss_pair(session: Session, first_id: int, second_id: int) -> None:
    """Remember that these two cards are different people."""
    pairs = dismissed_pairs(session)
    pairs.add((min(first_id, second_id), max(first_id, second_id)))
    value = json.dumps(sorted(pairs))
    row = session.get(Setting, DISMISSED_KEY)
    if row is None:
        session.add(Setting(key=DISMISSED_KEY, value=value))
    else:
        row.value = value


def _pairs_sharing(keys: Iterable[tuple[str, int]]) -> set[tuple[int, int]]:
    groups: dict[str, set[int]] = defaultdict(set)
    for key, person_id in keys:
        if key:
            groups[key].add(person_id)
    pairs = set()
    for members in groups.values():
        ordered = sorted(members)
        for index, first in enumerate(ordered):
            for second in ordered[index + 1 :]:
                pairs.add((first, second))
    return pairs


def find_duplicates(session: Session) -> list[DuplicatePair]:
    """Every likely pair, the surest first (a shared address, then the closest names)."""
    reasons: dict[tuple[int, int], set[Reason]] = defaultdict(set)
    scores: dict[tuple[int, int], float] = {}

    emails = session.execute(
        select(ContactPoint.value, ContactPoint.person_id).where(
            ContactPoint.kind == ContactPointKind.EMAIL
        )
    )
    for pair in _pairs_sharing((value.strip().casefold(), pid) for value, pid in emails):
        reasons[pair].add(Reason.SAME_EMAIL)
        scores[pair] = 100.0

    profiles = session.execute(
        select(Person.linkedin_url, Person.id).where(Person.linkedin_url != "")
    )
    for pair in _pairs_sharing((linkedin_key(url), pid) for url, pid in profiles):
        reasons[pair].add(Reason.SAME_LINKEDIN)
        scores[pair] = 100.0

    by_organization: dict[int | None, list[tuple[int, str]]] = defaultdict(list)
    for pid, first, last, organization_id in session.execute(
        select(Person.id, Person.first_name, Person.last_name, Person.organization_id).where(
            Person.organization_id.is_not(None)
        )
    ):
        by_organization[organization_id].append((pid, comparable_name(first, last)))
    for members in by_organization.values():
        if len(members) < 2:
            continue
        members.sort()
        names = [name for _pid, name in members]
        for index, (pid, name) in enumerate(members[:-1]):
            if not name:
                continue
            for _match, score, offset in process.extract(
                name,
                names[index + 1 :],
                scorer=fuzz.token_sort_ratio,
                processor=None,
                score_cutoff=NAME_SCORE,
                limit=None,
            ):
                pair = (pid, members[index + 1 + offset][0])
                reasons[pair].add(Reason.SIMILAR_NAME)
                scores[pair] = max(scores.get(pair, 0.0), float(score))

    for pair in dismissed_pairs(session):
        reasons.pop(pair, None)
    if not reasons:
        return []
    ids = sorted({pid for pair in reasons for pid in pair})
    people: dict[int, tuple[str, str]] = {}
    for start in range(0, len(ids), 500):
        for pid, first, last, organization in session.execute(
            select(Person.id, Person.first_name, Person.last_name, Organization.name)
            .outerjoin(Organization, Organization.id == Person.organization_id)
            .where(Person.id.in_(ids[start : start + 500]))
        ):
            people[pid] = (" ".join(p for p in (first, last) if p), organization or "")
    found = [
        DuplicatePair(
            first_id=first,
            second_id=second,
            first_name=people[first][0],
            second_name=people[second][0],
            organization=people[first][1] or people[second][1],
            reasons=tuple(r for r in Reason if r in why),
            score=scores[(first, second)],
        )
        for (first, second), why in reasons.items()
        if first in people and second in people
    ]
    found.sort(key=lambda p: (-len(p.reasons), -p.score, fold(p.first_name), p.ids))
    return found
