"""The Dashboard page and the weekly report for the coach, through the window.

The figures follow the calls as they are logged; the report is one A4 page, as a PDF and on a
printer, with people shown by their initials when asked (a choice remembered after a restart).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pypdfium2
import pytest
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog

from carnet.domain import followups
from carnet.domain.enums import ContactStatus, FollowUpKind, InteractionKind, Outcome, Warmth
from carnet.domain.followups import FollowUpDraft
from carnet.domain.models import Interaction, Introduction, Organization, Person, Profile
from carnet.domain.weeks import week_start
from carnet.ui.reports.weekly_report import ReportOptions, ReportOptionsDialog
from tests.ui.window_helpers import restart

TODAY = dt.date.today()
MONDAY = week_start(TODAY)


@pytest.fixture
def seeded(database):
    """Anne met on Monday just after midnight; Bruno's bad call on Sunday night; a target,
    where Isabelle, whose name Anne gave, can hire."""
    with database.transaction() as session:
        session.add(Profile(name="Camille", weekly_goal=3))
        orsane = Organization(name="Orsane", is_target=True, priority=1)
        anne = Person(first_name="Anne", last_name="Roux", status=ContactStatus.MET)
        bruno = Person(first_name="Bruno", last_name="Petit", status=ContactStatus.CONTACTED)
        helene = Person(first_name="Hélène", last_name="Martin")
        isabelle = Person(
            first_name="Isabelle", last_name="Caron", organization=orsane, is_decision_maker=True
        )
        session.add_all([orsane, anne, bruno, helene, isabelle])
        session.flush()
        session.add_all(
            [
                Interaction(
                    person_id=anne.id,
                    kind=InteractionKind.CALL,
                    occurred_at=dt.datetime.combine(MONDAY, dt.time(0, 10)),
                    warmth=Warmth.WARM,
                    outcome=Outcome.MEETING_OBTAINED,
                ),
                Interaction(
                    person_id=bruno.id,
                    kind=InteractionKind.CALL,
                    occurred_at=dt.datetime.combine(MONDAY - dt.timedelta(days=1), dt.time(23, 30)),
                    outcome=Outcome.DIFFICULT,
                ),
                Introduction(connector_id=anne.id, introduced_id=isabelle.id),
            ]
        )
        followups.create_follow_up(
            session,
            FollowUpDraft(
                FollowUpKind.NEXT_STEP,
                "Call Hélène Martin back",
                TODAY + dt.timedelta(days=1),
                helene.id,
            ),
        )
    database.close()


def pdf_text(path: Path) -> tuple[int, str, int]:
    """Pages, the first page's text, and how many of its pixels are not white."""
    document = pypdfium2.PdfDocument(path)
    try:
        page = document[0]
        text = page.get_textpage().get_text_range()
        bitmap = page.render(scale=0.5, grayscale=True)  # one byte a pixel
        inked = sum(1 for value in bytes(bitmap.buffer) if value < 200)
        return len(document), text, inked
    finally:
        document.close()


def test_the_dashboard_follows_the_calls(qtbot, open_carnet, seeded, database):
    window = open_carnet()
    window.show_view(window.dashboard)
    page = window.dashboard
    assert page.week_title.text().startswith("This week, since")
    assert page.new_people.value.text() == "1 of 3"  # Anne; Bruno counts last week
    assert page.goal_bar.value() == 1 and page.goal_bar.maximum() == 3
    assert page.new_people.note.text() == "2 more new people to reach your weekly goal."
    assert page.calls.value.text() == "1 good, 0 difficult"
    assert "1 good, 1 difficult" in page.calls.note.text()
    meetings = page.meetings.value.text()
    assert "1 of 1 got a meeting (100%)" in meetings and "about 9 in 10" in meetings
    assert "1 of 1 got a meeting (0%)" not in meetings and "about 1 in 10" in meetings
    # Anne's call obtained a meeting, and she gave Isabelle's name
    assert (page.names.value.text(), page.names.note.text()) == ("1.0", "1 name from 1 meeting")

    (orsane,) = [page.targets.topLevelItem(i) for i in range(page.targets.topLevelItemCount())]
    assert [orsane.text(c) for c in range(4)] == [
        "Orsane (priority 1)",
        "1 relay away",
        "nobody known inside",
        "▲ way in found",
    ]

    new_people_chart, calls_chart = (view.chart() for view in page.chart_views())
    (weeks,) = [a for a in new_people_chart.axes() if hasattr(a, "categories")]
    assert len(weeks.categories()) == 12
    assert [s.name() for s in new_people_chart.series()] == ["", "Weekly goal (3)"]
    good, difficult, _other = calls_chart.series()[0].barSets()
    assert (good.at(11), difficult.at(10)) == (1, 1)

    # a second new person called today: the page on screen follows
    with window.database.transaction() as session:
        chloe = Person(first_name="Chloé", last_name="Blanc")
        session.add(chloe)
        session.flush()
        session.add(
            Interaction(
                person_id=chloe.id, kind=InteractionKind.VIDEO_CALL, outcome=Outcome.HELPFUL
            )
        )
    window.events.people_changed.emit()
    assert page.new_people.value.text() == "2 of 3"
    assert page.calls.value.text() == "2 good, 0 difficult"
    assert page.new_people.note.text() == "One more new person to reach your weekly goal."


def test_the_weekly_report_for_the_coach(
    qtbot, open_carnet, seeded, answer_dialog, tmp_path, monkeypatch
):
    window = open_carnet()
    chosen = tmp_path / "report for my coach"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *args, **kw: (str(chosen), ""))
    )

    def initials_please(dialog: ReportOptionsDialog) -> None:
        assert not dialog.initials.isChecked()
        assert dialog.week.currentData() == MONDAY
        dialog.initials.setChecked(True)
        dialog.accept()

    answer_dialog(initials_please)
    window.reports.report_action.trigger()
    pdf = tmp_path / "report for my coach.pdf"
    pages, text, inked = pdf_text(pdf)
    assert pages == 1 and inked > 2000  # figures, charts and tables drawn
    assert "Weekly report — Camille" in text
    assert "1 of 3" in text and "1 of 1 got a meeting (100%)" in text
    assert "Orsane" in text and "1 relay away" in text
    assert "H. M." in text and "Hélène" not in text and "Martin" not in text
    assert "People are shown by their initials." in text

    window = restart(window, open_carnet)

    def remembered(dialog: ReportOptionsDialog) -> None:
        assert dialog.initials.isChecked()
        dialog.initials.setChecked(False)
        dialog.week.setCurrentIndex(1)  # last week
        dialog.accept()

    answer_dialog(remembered)
    assert (
        window.reports.save_weekly_report(tmp_path / "last week.pdf") == tmp_path / "last week.pdf"
    )
    pages, text, _inked = pdf_text(tmp_path / "last week.pdf")
    assert pages == 1
    assert "Call Hélène Martin back" in text and "Hélène Martin" in text
    assert "0 good, 1 difficult" in text  # Bruno's Sunday-night call

    printed = tmp_path / "printed.pdf"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(printed))
    assert window.reports.print_weekly_report(printer, ReportOptions(TODAY, initials_only=True))
    pages, text, inked = pdf_text(printed)
    assert pages == 1 and inked > 2000 and "H. M." in text


def test_a_report_that_cannot_be_written_says_so(qtbot, open_carnet, seeded, tmp_path):
    window = open_carnet()
    target = tmp_path / "no-such-folder" / "report.pdf"
    assert window.reports.save_weekly_report(target, ReportOptions(TODAY)) is None
    assert "could not write the file report.pdf" in window.reports.message.text()
    assert not target.parent.exists()
