"""Preferences that belong with the data (they travel with a backup), stored as text."""

from __future__ import annotations

from sqlalchemy.orm import Session

from carnet.domain.models import Setting

WELCOME_DONE = "welcome.done"


def get_setting(session: Session, key: str, default: str = "") -> str:
    row = session.get(Setting, key)
    return row.value if row is not None else default


def set_setting(session: Session, key: str, value: str) -> None:
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=value))
    else:
        row.value = value
