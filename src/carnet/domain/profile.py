"""The user's own profile: the root of the referral tree and what every call preparation shows."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from carnet.domain.errors import CONTROL_CHARACTER_MESSAGE, QT_TRANSLATE_NOOP, ValidationError
from carnet.domain.models import Profile

DEFAULT_WEEKLY_GOAL = 5
MIN_WEEKLY_GOAL, MAX_WEEKLY_GOAL = 1, 100
WEEKLY_GOAL_MESSAGE = QT_TRANSLATE_NOOP(
    "DomainMessages", "The weekly goal is a number of new people between 1 and 100."
)


@dataclass
class ProfileDraft:
    name: str = ""
    target_role: str = ""
    sectors: str = ""
    pitch: str = ""
    precise_ask: str = ""
    weekly_goal: int = DEFAULT_WEEKLY_GOAL

    def cleaned(self) -> ProfileDraft:
        text = (self.name, self.target_role, self.sectors, self.pitch, self.precise_ask)
        name, target_role, sectors, pitch, precise_ask = (value.strip() for value in text)
        if any("\x00" in value for value in text):
            raise ValidationError("pitch", CONTROL_CHARACTER_MESSAGE)
        if not MIN_WEEKLY_GOAL <= self.weekly_goal <= MAX_WEEKLY_GOAL:
            raise ValidationError("weekly_goal", WEEKLY_GOAL_MESSAGE)
        return ProfileDraft(name, target_role, sectors, pitch, precise_ask, self.weekly_goal)


def _the_profile(session: Session) -> Profile:
    profile = session.scalars(select(Profile).order_by(Profile.id)).first()
    if profile is None:
        profile = Profile()
        session.add(profile)
        session.flush()
    return profile


def load_profile(session: Session) -> ProfileDraft:
    p = _the_profile(session)
    return ProfileDraft(p.name, p.target_role, p.sectors, p.pitch, p.precise_ask, p.weekly_goal)


def save_profile(session: Session, draft: ProfileDraft) -> None:
    draft = draft.cleaned()
    p = _the_profile(session)
    p.name, p.target_role, p.sectors = draft.name, draft.target_role, draft.sectors
    p.pitch, p.precise_ask, p.weekly_goal = draft.pitch, draft.precise_ask, draft.weekly_goal
