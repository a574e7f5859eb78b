"""The Dashboard keeps the figures a change did not touch (issue 17), and still always shows what
a computation from scratch gives: after a call of an earlier week changed by another program, a
deletion and its undo, and an import, through the window."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from carnet.db.store import open_database
from carnet.domain import dashboard
from carnet.domain.enums import ContactStatus, InteractionKind, Outcome, Warmth
from carnet.domain.models import Interaction, Organization, Person, Profile

NOW = dt.datetime(2026, 3, 11, 12, 0)  # a Wednesday
THREE_WEEKS_AGO = NOW - dt.timedelta(weeks=3)


def seed(database) -> dict[str, int]:
    """Anne's warm call three weeks ago got a meeting; Bruno's cold call today went well; Orsane,
    a target company, has nobody known inside."""
    with database.transaction() as session:
        session.add(Profile(name="Camille", weekly_goal=3))
        session.add(Organization(name="Orsane", is_target=True, priority=1))
        anne = Person(first_name="Anne", last_name="Roux", status=ContactStatus.MET)
        bruno = Person(first_name="Bruno", last_name="Petit", status=ContactStatus.CONTACTED)
        session.add_all([anne, bruno])
        session.flush()
        session.add_all(
            [
                Interaction(
                    person_id=anne.id,
                    kind=InteractionKind.CALL,
                    occurred_at=THREE_WEEKS_AGO,
                    warmth=Warmth.WARM,
                    outcome=Outcome.MEETING_OBTAINED,
                ),
                Interaction(
                    person_id=bruno.id,
                    kind=InteractionKind.CALL,
                    occurred_at=NOW - dt.timedelta(hours=1),
                    outcome=Outcome.HELPFUL,
                ),
            ]
        )
        return {"anne": anne.id}


def shown(window) -> tuple[str, str]:
    """What the page says: the calls over twelve weeks, and Orsane's row of the targets."""
    page = window.dashboard
    orsane = page.targets.topLevelItem(0)
    return page.calls.note.text(), orsane.text(1)


def matches_a_fresh_computation(window) -> bool:
    with window.database.reading() as session:
        return window.dashboard.dashboard == dashboard.compute(session)


def test_the_figures_kept_follow_every_kind_of_change(
    qtbot, open_carnet, time_machine, monkeypatch, tmp_path
):
    time_machine.move_to(NOW.astimezone(), tick=False)
    window = open_carnet()
    ids = seed(window.database)
    window.events.people_changed.emit()
    window.show_view(window.dashboard)
    assert "Over 12 weeks: 2 good, 0 difficult." in shown(window)[0]
    assert shown(window)[1] == "nobody known inside"
    assert window.dashboard._figures._kept is not None  # the page keeps what it counted
    window.external_changes.check()  # the seeding: this window's own writes

    # another program corrects Anne's call of three weeks ago: a closed week changes
    other = open_database(window.database.path, tmp_path / "backups")
    with other.transaction() as session:
        call = session.query(Interaction).filter_by(person_id=ids["anne"]).one()
        call.outcome = Outcome.DIFFICULT
    other.close()
    assert window.external_changes.check()
    assert "Over 12 weeks: 1 good, 1 difficult." in shown(window)[0]
    assert matches_a_fresh_computation(window)

    # Anne deleted from her card, then the deletion undone: her call goes, then comes back
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.open_person(ids["anne"])
    window.contacts.delete()
    window.show_view(window.dashboard)
    assert "Over 12 weeks: 1 good, 0 difficult." in shown(window)[0]
    assert matches_a_fresh_computation(window)
    window.undo_stack.undo()
    assert "Over 12 weeks: 1 good, 1 difficult." in shown(window)[0]
    assert matches_a_fresh_computation(window)

    # an import brings someone who works at Orsane: the target company gets a way in
    export = tmp_path / "Connections.csv"
    export.write_text(
        "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
        "Isabelle,Caron,,,Orsane,Directrice,02 Feb 2026\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(export), ""))
    window.transfer.import_action.trigger()
    dialog = window.transfer.import_dialog
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() != 0, timeout=10000)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 2, timeout=10000)
    dialog.accept()
    window.show_view(window.dashboard)
    assert shown(window)[1] != "nobody known inside"
    assert "Over 12 weeks: 1 good, 1 difficult." in shown(window)[0]
    assert matches_a_fresh_computation(window)


def test_a_call_logged_today_leaves_the_earlier_weeks_as_they_were_counted(
    qtbot, open_carnet, time_machine
):
    """The page counts this week's calls again, and keeps the rest, which has not changed."""
    time_machine.move_to(NOW.astimezone(), tick=False)
    window = open_carnet()
    seed(window.database)
    window.events.people_changed.emit()
    window.show_view(window.dashboard)
    kept = window.dashboard._figures._kept
    with window.database.transaction() as session:
        chloe = Person(first_name="Chloé", last_name="Blanc")
        session.add(chloe)
        session.flush()
        session.add(Interaction(person_id=chloe.id, kind=InteractionKind.CALL, warmth=Warmth.WARM))
    window.events.people_changed.emit()
    assert window.dashboard.calls.value.text() == "1 good, 0 difficult"
    assert window.dashboard.dashboard.this_week.calls == 2
    again = window.dashboard._figures._kept
    assert again.weeks is kept.weeks and again.targets is kept.targets  # not counted again
    assert matches_a_fresh_computation(window)


def test_the_journal_of_changes_is_kept_in_each_connection_not_in_the_file(open_carnet):
    window = open_carnet()
    window.show_view(window.dashboard)
    with sqlite3.connect(Path(window.database.path)) as connection:
        names = [row[0] for row in connection.execute("SELECT name FROM sqlite_master")]
    assert not [name for name in names if name.startswith("carnet_journal")]
