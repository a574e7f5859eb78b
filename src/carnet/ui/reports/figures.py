"""The dashboard's figures in words, shared by the Dashboard page and the weekly report."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from carnet.domain.dashboard import COLD_REFERENCE, WARM_REFERENCE, Rate, TargetProgress


def long_date(day: dt.date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat)


def short_date(day: dt.date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)


def percent(value: float) -> str:
    return QCoreApplication.translate("DashboardFigures", "{n}%").replace(
        "{n}", QLocale().toString(round(value * 100))
    )


def decimal(value: float) -> str:
    # float(): QLocale.toString(0, "f", 1) is refused (an int has no format), and the refusal
    # inside a widget's showEvent took the whole window down.
    return QLocale().toString(float(value), "f", 1)


def goal_text(new_people: int, goal: int) -> str:
    """ "3 of 5" """
    return (
        QCoreApplication.translate("DashboardFigures", "{n} of {goal}")
        .replace("{n}", str(new_people))
        .replace("{goal}", str(goal))
    )


def goal_note(new_people: int, goal: int) -> str:
    missing = goal - new_people
    if missing <= 0:
        return QCoreApplication.translate("DashboardFigures", "Weekly goal reached. Well done!")
    if missing == 1:
        return QCoreApplication.translate(
            "DashboardFigures", "One more new person to reach your weekly goal."
        )
    return QCoreApplication.translate(
        "DashboardFigures", "{n} more new people to reach your weekly goal."
    ).replace("{n}", str(missing))


def calls_text(good: int, difficult: int) -> str:
    return (
        QCoreApplication.translate("DashboardFigures", "{good} good, {difficult} difficult")
        .replace("{good}", str(good))
        .replace("{difficult}", str(difficult))
    )


def rate_text(rate: Rate, warm: bool) -> str:
    """ "8 of 11 got a meeting (73%)" """
    if not rate.out_of:
        return (
            QCoreApplication.translate("DashboardFigures", "no warm call yet")
            if warm
            else QCoreApplication.translate("DashboardFigures", "no cold call yet")
        )
    return (
        QCoreApplication.translate("DashboardFigures", "{n} of {calls} got a meeting ({rate})")
        .replace("{n}", str(rate.obtained))
        .replace("{calls}", str(rate.out_of))
        .replace("{rate}", percent(rate.value or 0))
    )


def reference_text(warm: bool) -> str:
    reference = WARM_REFERENCE if warm else COLD_REFERENCE
    in_ten = round(reference * 10)
    return QCoreApplication.translate("DashboardFigures", "method: about {n} in 10").replace(
        "{n}", str(in_ten)
    )


def names_text(rate: Rate) -> str:
    if not rate.out_of:
        return "–"
    return decimal(rate.value or 0)


def names_note(rate: Rate) -> str:
    if not rate.out_of:
        return QCoreApplication.translate(
            "DashboardFigures", "No meeting logged in the last 12 weeks."
        )
    return (
        QCoreApplication.translate("DashboardFigures", "{names} names from {meetings} meetings")
        .replace("{names}", str(rate.obtained))
        .replace("{meetings}", str(rate.out_of))
    )


def relays_text(relays: int | None) -> str:
    if relays is None:
        return QCoreApplication.translate("DashboardFigures", "nobody known inside")
    if relays == 0:
        return QCoreApplication.translate("DashboardFigures", "someone inside met")
    if relays == 1:
        return QCoreApplication.translate("DashboardFigures", "1 relay away")
    return QCoreApplication.translate("DashboardFigures", "{n} relays away").replace(
        "{n}", str(relays)
    )


def trend_text(target: TargetProgress) -> str:
    """ "▲ 1 closer", "▼ 2 farther", "= same", "▲ way in found" """
    closer = target.closer_by
    if closer is None:
        if target.relays is not None and target.relays_before is None:
            return QCoreApplication.translate("DashboardFigures", "▲ way in found")
        return ""
    if closer > 0:
        return QCoreApplication.translate("DashboardFigures", "▲ {n} closer").replace(
            "{n}", str(closer)
        )
    if closer < 0:
        return QCoreApplication.translate("DashboardFigures", "▼ {n} farther").replace(
            "{n}", str(-closer)
        )
    return QCoreApplication.translate("DashboardFigures", "= same")


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
