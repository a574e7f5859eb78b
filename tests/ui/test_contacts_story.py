"""Contacts through the window: a long list read a page at a time, search as you type and the
filters, a full card saved and read back after a restart, its inline checks and its timeline,
and what is refused or kept exactly."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QMessageBox

from carnet.domain import notebook, people, referrals
from carnet.domain.enums import ContactStatus, FollowUpKind, InteractionKind, Outcome
from carnet.domain.models import FollowUp, Interaction, Organization, Person
from carnet.domain.people import ContactEntry, PersonDraft
from tests.benchmarks.generate import generate
from tests.ui.window_helpers import restart, type_text


def names(view) -> list[str]:
    model = view.model
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def add(window, **fields) -> int:
    with window.database.transaction() as session:
        person_id = people.create_person(session, PersonDraft(**fields))
    window.events.people_changed.emit()
    return person_id


def save(qtbot, window) -> None:
    qtbot.mouseClick(window.contacts.save_button, Qt.MouseButton.LeftButton)


def count_people(window) -> int:
    with window.database.reading() as session:
        return people.count_people(session)


def test_three_thousand_people_are_listed_and_only_the_rows_on_screen_are_read(
    qtbot, open_carnet, data_dir
):
    generate(data_dir / "carnet.sqlite3", people=3000, seed=7, organizations=150)
    window = open_carnet()
    window.show_view(window.contacts)  # Carnet opens on Today
    view = window.contacts
    model = view.model

    assert model.rowCount() == 3000
    assert view.count.text() == "3,000 people"
    qtbot.waitUntil(lambda: len(model._pages) >= 1)
    assert len(model._pages) <= 2, "only the first page or two were read"
    first = [model.index(row, 0).data() for row in range(3)]
    assert all(first)

    view.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)  # by organisation
    organisations = [model.index(row, 1).data() for row in range(0, 3000, 300)]
    shown = [o for o in organisations if o]
    assert shown == sorted(shown, key=str.casefold)
    assert model.index(2999, 1).data() == "", "people without an organisation come last"
    assert len(model._pages) <= 12

    view.table.sortByColumn(5, Qt.SortOrder.DescendingOrder)  # last interaction, newest first
    assert model.index(0, 5).data() != ""
    view.table.scrollToBottom()
    assert model.index(2999, 0).data()


def test_search_as_you_type_and_the_filters(qtbot, open_carnet):
    window = open_carnet()
    window.show_view(window.contacts)  # Carnet opens on Today
    view = window.contacts
    helene = add(
        window,
        first_name="Hélène",
        last_name="Dufresne",
        organization_name="Noname Corp",
        status=ContactStatus.MET,
        tags=("luxe",),
        emails=(ContactEntry("h.dufresne@parfums.example"),),
    )
    paul = add(window, first_name="Paul", last_name="Martin", status=ContactStatus.LEAD)
    add(window, first_name="Rita", last_name="Moreau", organization_name="Acme", tags=("Lyon",))
    with window.database.transaction() as session:
        session.query(Organization).filter_by(name="Noname Corp").one().is_target = True
        notebook.create_note(
            session, notebook.NoteDraft(title="Salon", body="travel retail", person_ids=[paul])
        )
        session.add(FollowUp(person_id=paul, kind=FollowUpKind.NEXT_STEP, due_on=dt.date.today()))
        session.add(
            Interaction(person_id=helene, kind=InteractionKind.CALL, occurred_at=dt.datetime.now())
        )
    window.events.people_changed.emit()
    assert names(view) == ["Hélène Dufresne", "Paul Martin", "Rita Moreau"]

    for typed, expected in (
        ("helene", ["Hélène Dufresne"]),
        ("noname", ["Hélène Dufresne"]),
        ("parfums", ["Hélène Dufresne"]),
        ("retail", ["Paul Martin"]),
        ("lyon", ["Rita Moreau"]),
    ):
        view.search.clear()
        type_text(qtbot, view.search, typed)
        qtbot.waitUntil(lambda expected=expected: names(view) == expected)
    view.search.clear()
    qtbot.waitUntil(lambda: len(names(view)) == 3)

    view.status_filter.setCurrentIndex(view.status_filter.findData(ContactStatus.LEAD))
    assert names(view) == ["Paul Martin"]
    view.status_filter.setCurrentIndex(0)
    view.targets_filter.click()
    assert names(view) == ["Hélène Dufresne"]
    view.targets_filter.click()
    view.tag_filter.setCurrentIndex(view.tag_filter.findText("Lyon"))
    assert names(view) == ["Rita Moreau"]
    view.tag_filter.setCurrentIndex(0)
    view.due_filter.click()
    assert names(view) == ["Paul Martin"]
    assert view.model.index(0, 6).data() == "Today"
    view.due_filter.click()
    view.quiet_filter.setCurrentIndex(1)  # not contacted for two weeks: nobody is that old
    assert names(view) == []
    assert view.empty.isVisible() and "Nobody matches" in view.empty.text()
    view.quiet_filter.setCurrentIndex(0)
    assert view.count.text() == "3 people"


def test_a_full_card_is_checked_saved_and_shown_back_after_a_restart(qtbot, open_carnet):
    window = open_carnet()
    window.show_view(window.contacts)  # Carnet opens on Today
    add(window, first_name="Zoé", last_name="Martin", organization_name="Maison Orsane")
    window.new_contact_action.trigger()
    view = window.contacts
    form = view.form
    type_text(qtbot, form.first_name, "Hélène")
    type_text(qtbot, form.last_name, "Dufresne 👩🏽‍💼")
    type_text(qtbot, form.job_title, "Directrice des achats")
    type_text(qtbot, form.organization, "Maison Ors")
    completions = form.organization.completer()
    assert completions.completionCount() == 1 and completions.currentCompletion() == "Maison Orsane"
    form.organization.setText("Maison Orsane")
    assert not form.organization_hint.isVisible()
    form.organization.setText("Parfums Délys")
    assert form.organization_hint.isVisible(), "a new organisation is announced"

    type_text(qtbot, form.emails.value_edits()[0], "helene@orsane")
    form.emails.value_edits()[0].editingFinished.emit()
    assert "email address" in form.emails._rows[0].message.text()
    form.emails.value_edits()[0].setText("helene@orsane.example")
    form.emails._rows[0].label.setCurrentText("work")
    qtbot.mouseClick(form.emails.add_button, Qt.MouseButton.LeftButton)
    type_text(qtbot, form.emails.value_edits()[1], "h.dufresne@gmail.example")
    form.emails._rows[1].label.setCurrentText("personal")
    type_text(qtbot, form.phones.value_edits()[0], "+33 (0)6 12-34-56-78")
    type_text(qtbot, form.city, "Grasse")
    type_text(qtbot, form.linkedin_url, "linkedin/helene")
    save(qtbot, window)
    assert "web address" in form._messages["linkedin_url"].text()
    assert form._messages["linkedin_url"].isVisible()
    assert count_people(window) == 1, "nothing was saved"

    form.linkedin_url.setText("www.linkedin.com/in/helene-dufresne")
    form.status.setCurrentIndex(form.status.findData(ContactStatus.MET))
    form.keep_in_touch.set_days(30)
    form.decision_maker.setChecked(True)
    type_text(qtbot, form.tags, "luxe, Grasse")
    form.background.setPlainText("Parcours ✈️ نور الهدى " + "é" * 10_000)
    form.how_we_met.setPlainText("Salon Cosmetic 360\nStand B12")
    save(qtbot, window)
    assert count_people(window) == 2
    assert not form.error.isVisible()

    window = restart(window, open_carnet)
    window.show_view(window.contacts)  # Carnet opens on Today
    view = window.contacts
    view.table.selectRow(names(view).index("Hélène Dufresne 👩🏽‍💼"))
    form = view.form
    assert view.title.text() == "Hélène Dufresne 👩🏽‍💼"
    assert form.draft() == PersonDraft(
        first_name="Hélène",
        last_name="Dufresne 👩🏽‍💼",
        job_title="Directrice des achats",
        organization_name="Parfums Délys",
        city="Grasse",
        linkedin_url="www.linkedin.com/in/helene-dufresne",
        background="Parcours ✈️ نور الهدى " + "é" * 10_000,
        how_we_met="Salon Cosmetic 360\nStand B12",
        status=ContactStatus.MET,
        emails=(
            ContactEntry("helene@orsane.example", "work"),
            ContactEntry("h.dufresne@gmail.example", "personal"),
        ),
        phones=(ContactEntry("+33 (0)6 12-34-56-78", ""),),
        tags=("Grasse", "luxe"),
        keep_in_touch_days=30,
        is_decision_maker=True,
    )


def test_what_is_refused_shows_under_its_field_and_nothing_is_half_written(qtbot, open_carnet):
    window = open_carnet()
    window.new_contact_action.trigger()
    form = window.contacts.form
    type_text(qtbot, form.job_title, "Recruteuse")
    qtbot.keyClick(form.job_title, Qt.Key.Key_Return)
    assert form.error.isVisible() and "name" in form.error.text()

    type_text(qtbot, form.first_name, "Inès")
    form.city.setText("Ly\x01on")
    save(qtbot, window)
    assert form._messages["city"].isVisible()
    assert "invisible control character" in form._messages["city"].text()
    assert count_people(window) == 0

    form.city.setText("Lyon")
    form.first_name.setText("x" * 201)
    save(qtbot, window)
    assert "200 characters" in form.error.text()
    assert count_people(window) == 0
    form.first_name.setText("Inès")
    save(qtbot, window)
    assert count_people(window) == 1


def test_the_timeline_shows_the_history_newest_first_and_opens_the_others(qtbot, open_carnet):
    window = open_carnet()
    zoe = add(window, first_name="Zoé", last_name="Martin")
    with window.database.transaction() as session:
        hugo = referrals.introduce_new_person(
            session, zoe, PersonDraft(first_name="Hugo", last_name="Petit")
        )
        session.add(
            Interaction(
                person_id=hugo,
                kind=InteractionKind.CALL,
                occurred_at=dt.datetime.now() + dt.timedelta(minutes=1),
                outcome=Outcome.MEETING_OBTAINED,
                summary="He will <b>see</b> me on Friday",
            )
        )
        notebook.create_note(
            session,
            notebook.NoteDraft(
                written_on=dt.date.today() - dt.timedelta(days=3),
                title="Préparation",
                person_ids=[hugo],
            ),
        )
    window.events.people_changed.emit()
    view = window.contacts
    view.open_person(hugo)
    assert view.selected_person_id() == hugo
    assert view.tabs.tabText(1).endswith("(3)")
    text = view.timeline.toPlainText()
    assert text.index("Meeting obtained") < text.index("Zoé Martin gave you this name")
    assert text.index("Zoé Martin gave you") < text.index("Notebook: Préparation")
    assert "He will <b>see</b> me" in text, "what was typed is shown as typed"

    view.timeline.anchorClicked.emit(QUrl(f"person:{zoe}"))
    assert view.selected_person_id() == zoe
    assert "Gave you the name of Hugo Petit" in view.timeline.toPlainText()


@pytest.mark.parametrize("clock", ["00:05", "11:59", "23:55"])
def test_the_timeline_story_holds_at_any_hour_of_the_day(qtbot, open_carnet, time_machine, clock):
    """The introduction recorded just now is older than the call logged a minute later, whatever
    the hour (it used to be put at midday, so the story failed every morning)."""
    now = dt.datetime.combine(dt.date(2026, 12, 4), dt.time.fromisoformat(clock))
    time_machine.move_to(now.astimezone(), tick=False)
    assert dt.datetime.now() == now
    test_the_timeline_shows_the_history_newest_first_and_opens_the_others(qtbot, open_carnet)


def test_deleting_says_what_goes_and_is_undone(qtbot, open_carnet, monkeypatch):
    window = open_carnet()
    window.show_view(window.contacts)  # Carnet opens on Today
    zoe = add(window, first_name="Zoé", last_name="Martin")
    with window.database.transaction() as session:
        hugo = referrals.introduce_new_person(session, zoe, PersonDraft(first_name="Hugo"))
        session.add(Interaction(person_id=zoe, kind=InteractionKind.MEETING, summary="Café"))
        notebook.create_note(session, notebook.NoteDraft(title="Zoé", person_ids=[zoe]))
    window.events.people_changed.emit()
    asked: list[str] = []

    def confirm(_parent, _title, text, *args, **kwargs):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", confirm)
    window.open_person(zoe)
    qtbot.mouseClick(window.contacts.delete_button, Qt.MouseButton.LeftButton)

    assert "1 call or meeting" in asked[0] and "1 name they gave you" in asked[0]
    assert "The notebook entry about them stays" in asked[0] and "undo" in asked[0]
    assert names(window.contacts) == ["Hugo"]
    assert window.undo_action.isEnabled() and "Delete Zoé Martin" in window.undo_action.text()

    window.undo_action.trigger()
    assert names(window.contacts) == ["Zoé Martin", "Hugo"] or names(window.contacts) == [
        "Hugo",
        "Zoé Martin",
    ]
    assert window.contacts.selected_person_id() == zoe
    with window.database.reading() as session:
        assert session.get(Person, hugo).introductions_received[0].connector_id == zoe
        assert [i.summary for i in session.get(Person, zoe).interactions] == ["Café"]
    window.redo_action.trigger()
    assert names(window.contacts) == ["Hugo"]

    window = restart(window, open_carnet)
    window.show_view(window.contacts)  # Carnet opens on Today
    assert names(window.contacts) == ["Hugo"]
