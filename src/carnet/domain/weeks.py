"""Weeks as the user lives them: they start on Monday, in local time.

Carnet stores dates and times as the user's local wall-clock time (naive datetimes), so a call
logged on Sunday at 23:30 belongs to the week that ends that Sunday, wherever the user is.
"""

from __future__ import annotations

import datetime as dt

WEEK = dt.timedelta(days=7)


def week_start(day: dt.date) -> dt.date:
    """The Monday of the week that holds ``day``."""
    return day - dt.timedelta(days=day.weekday())


def week_end(day: dt.date) -> dt.date:
    """The Sunday of the week that holds ``day``."""
    return week_start(day) + dt.timedelta(days=6)


def midnight(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time())
