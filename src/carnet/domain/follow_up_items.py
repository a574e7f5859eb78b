"""The items of the follow-ups list (``carnet.domain.followups``), apart from the queries that
make them: the first look at Today (``carnet.domain.today_rows``) builds them before SQLAlchemy
is loaded."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from carnet.domain.enums import FollowUpKind


@dataclass(frozen=True)
class ItemKey:
    """Names one item of the list: a stored follow-up, or a person's keep-in-touch reminder."""

    follow_up_id: int | None = None
    person_id: int | None = None

    @property
    def is_reminder(self) -> bool:
        return self.follow_up_id is None


@dataclass(frozen=True)
class FollowUpItem:
    key: ItemKey
    kind: FollowUpKind
    title: str
    """The user's own words; empty for a keep-in-touch reminder (the view words it)."""
    due_on: dt.date
    person_id: int | None
    first_name: str = ""
    last_name: str = ""
    organization: str = ""
    last_contact: dt.date | None = None
    cadence_days: int | None = None

    @property
    def person_name(self) -> str:
        return " ".join(part for part in (self.first_name, self.last_name) if part)

    @property
    def is_reminder(self) -> bool:
        return self.key.is_reminder
