"""The user's own profile: the root of the referral tree and what every call preparation shows."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from carnet.domain.models import Profile


@dataclass
class ProfileDraft:
    name: str = ""
    target_role: str = ""
    sectors: str = ""
    pitch: str = ""
    precise_ask: str = ""
    weekly_goal: int = 5


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
    p = _the_profile(session)
    p.name, p.target_role, p.sectors = draft.name, draft.target_role, draft.sectors
    p.pitch, p.precise_ask, p.weekly_goal = draft.pitch, draft.precise_ask, draft.weekly_goal
