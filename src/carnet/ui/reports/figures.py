"""The dashboard's figures in words, shared by the Dashboard page and the weekly report."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLocale, QObject

from carnet.domain.dashboard import COLD_REFERENCE, WARM_REFERENCE, Rate, TargetProgress
from carnet.ui.wording import ClassTr, date_text, fill


class DashboardFigures(QObject):
    """The translation context of these texts: ``DashboardFigures.tr("%Ln …", "", n)``."""

    if TYPE_CHECKING:  # PySide6 takes the class as the context: DashboardFigures.tr("…", "", n)
        tr: ClassTr


def long_date(day: dt.date) -> str:
    return date_text(day)


def short_date(day: dt.date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)


def percent(value: float) -> str:
    return fill(DashboardFigures.tr("{n}%"), n=QLocale().toString(round(value * 100)))


def decimal(value: float) -> str:
    # float(): QLocale.toString(0, "f", 1) is refused (an int has no format), and the refusal
    # inside a widget's showEvent took the whole window down.
    return QLocale().toString(float(value), "f", 1)


def goal_text(new_people: int, goal: int) -> str:
    """ "3 of 5" """
    return fill(DashboardFigures.tr("{n} of {goal}"), n=str(new_people), goal=str(goal))


def goal_note(new_people: int, goal: int) -> str:
    missing = goal - new_people
    if missing <= 0:
        return DashboardFigures.tr("Weekly goal reached. Well done!")
    return DashboardFigures.tr("%Ln more new people to reach your weekly goal.", "", missing)


def calls_text(good: int, difficult: int) -> str:
    """ "3 good, 1 difficult" """
    return ", ".join(
        (
            DashboardFigures.tr("%Ln good", "", good),
            DashboardFigures.tr("%Ln difficult", "", difficult),
        )
    )


def rate_text(rate: Rate, warm: bool) -> str:
    """ "8 of 11 got a meeting (73%)" """
    if not rate.out_of:
        return (
            DashboardFigures.tr("no warm call yet")
            if warm
            else DashboardFigures.tr("no cold call yet")
        )
    return fill(
        DashboardFigures.tr("%Ln of {calls} got a meeting ({rate})", "", rate.obtained),
        calls=QLocale().toString(rate.out_of),
        rate=percent(rate.value or 0),
    )


def known_rate_text(rate: Rate) -> str:
    """Calls to people the user already knows, counted apart from warm and cold ones."""
    if not rate.out_of:
        return DashboardFigures.tr("no call to someone you know yet")
    return fill(
        DashboardFigures.tr("%Ln of {calls} got a meeting ({rate})", "", rate.obtained),
        calls=QLocale().toString(rate.out_of),
        rate=percent(rate.value or 0),
    )


def known_reference_text() -> str:
    return DashboardFigures.tr("counted apart from warm and cold calls")


def reference_text(warm: bool) -> str:
    reference = WARM_REFERENCE if warm else COLD_REFERENCE
    in_ten = round(reference * 10)
    return fill(DashboardFigures.tr("method: about {n} in 10"), n=str(in_ten))


def names_text(rate: Rate) -> str:
    if not rate.out_of:
        return "–"
    return decimal(rate.value or 0)


def names_note(rate: Rate) -> str:
    if not rate.out_of:
        return DashboardFigures.tr("No meeting logged in the last 12 weeks.")
    return fill(
        DashboardFigures.tr("%Ln names from {meetings}", "", rate.obtained),
        meetings=DashboardFigures.tr("%Ln meetings", "", rate.out_of),
    )


def relays_text(relays: int | None, inside_met: bool = False) -> str:
    """Relays to a target company's decision maker; meeting someone inside is a step."""
    if relays is None:
        return DashboardFigures.tr("nobody known inside")
    if relays == 0:
        return DashboardFigures.tr("decision maker met")
    if inside_met:
        return DashboardFigures.tr("someone inside met, %Ln relays to go", "", relays)
    return DashboardFigures.tr("%Ln relays away", "", relays)


def trend_text(target: TargetProgress) -> str:
    """ "▲ 1 closer", "▼ 2 farther", "= same", "▲ way in found" """
    closer = target.closer_by
    if closer is None:
        if target.relays is not None and target.relays_before is None:
            return DashboardFigures.tr("▲ way in found")
        return ""
    if closer > 0:
        return fill(DashboardFigures.tr("▲ {n} closer"), n=str(closer))
    if closer < 0:
        return fill(DashboardFigures.tr("▼ {n} farther"), n=str(-closer))
    return DashboardFigures.tr("= same")


def initials(first_name: str, last_name: str) -> str:
    """ "Hélène Martin" → "H. M."; "Jean-Marc de La Tour" → "J.-M. D." """

    def of(name: str) -> str:
        words = [part for part in name.replace("-", " - ").split() if part]
        if not words:
            return ""
        if "-" in words:  # a hyphenated first name keeps its hyphen: "J.-M."
            return "".join("-" if w == "-" else w[0].upper() + "." for w in words)
        return words[0][0].upper() + "."

    return " ".join(part for part in (of(first_name), of(last_name)) if part)
