"""Calls through the real window: log a call (and thank the connector in one click), debrief a
meeting, prepare a call and export its one-page PDF, edit the playbook, fill in the profile."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDateTime, Qt
from sqlalchemy import func, select

from carnet.domain import interactions, people, playbook, profile, referrals
from carnet.domain.enums import (
    ContactStatus,
    FollowUpKind,
    InteractionKind,
    NoteKind,
    Outcome,
    Permission,
)
from carnet.domain.models import FollowUp, Interaction, Introduction, Note, Person, PlaybookCard
from carnet.domain.people import PersonDraft
from carnet.domain.playbook import Situation
from tests.ui.chooser_helpers import pick
from tests.ui.window_helpers import restart, type_text

TODAY = dt.date.today()


@pytest.fixture
def answer(answer_dialog):
    """``answer_dialog`` that closes the dialog when the filling fails, so the test fails
    with the error instead of waiting on an open dialog; call ``answer.check()`` after."""
    errors: list[BaseException] = []

    def arm(fill):
        def guarded(dialog) -> None:
            try:
                fill(dialog)
            except BaseException as error:
                errors.append(error)
                dialog.reject()

        answer_dialog(guarded)

    def check() -> None:
        if errors:
            raise errors[0]

    arm.check = check
    yield arm
    check()


@pytest.fixture
def window(open_carnet):
    """Claire's Carnet: Loïc gave her Mathieu's name and the permission to use his own."""
    window = open_carnet()
    with window.database.transaction() as session:
        profile.save_profile(
            session,
            profile.ProfileDraft(
                name="Claire Moreau",
                pitch="Douze ans de vente en parfumerie sélective.",
                precise_ask="Un nom chez Maison Orsane.",
            ),
        )
        loic = people.create_person(
            session,
            PersonDraft("Loïc", "Bertrand", job_title="Acheteur", organization_name="Céladon"),
        )
        referrals.introduce_new_person(
            session,
            loic,
            PersonDraft("Mathieu", "Roche", organization_name="Maison Orsane"),
            permission=Permission.YES,
            context="Anciens collègues",
        )
    window.events.people_changed.emit()
    return window


def person_id(window, first_name: str) -> int:
    with window.database.reading() as session:
        return session.scalars(select(Person.id).where(Person.first_name == first_name)).one()


def counts(window) -> dict[str, int]:
    with window.database.reading() as session:
        return {
            model.__tablename__: session.scalar(select(func.count()).select_from(model))
            for model in (Person, Introduction, Interaction, FollowUp, Note, PlaybookCard)
        }


def click_button(box, text: str) -> None:
    (button,) = [b for b in box.buttons() if b.text() == text]
    button.click()


def test_a_warm_call_that_went_well_is_logged_and_the_connector_thanked_in_one_click(
    qtbot, window, answer
):
    before = counts(window)
    seen = {}

    def fill(dialog) -> None:
        pick(qtbot, dialog.person, "mathieu")
        seen["warm"] = dialog.warm.isChecked()
        seen["connector"] = dialog.connector.text()
        seen["briefing"] = dialog.briefing.connector_name.text()
        seen["cards"] = [title for title, _body in dialog.playbook.cards.values()]
        seen["card"] = dialog.playbook.card.toPlainText()
        dialog.kind.setCurrentIndex(dialog.kind.findData(InteractionKind.CALL))
        dialog.duration.setValue(20)
        dialog.outcome.setCurrentIndex(dialog.outcome.findData(Outcome.MEETING_OBTAINED))
        type_text(qtbot, dialog.summary, "Rendez-vous jeudi à 10 h.")
        type_text(qtbot, dialog.next_step, "Préparer le rendez-vous")
        answer(lambda box: (seen.update(box=box.text()), click_button(box, "Add the follow-up")))
        dialog.accept()

    answer(fill)
    window.calls.log_action.trigger()

    assert seen["warm"], "warm, since Loïc's name may be used"
    assert "Loïc Bertrand" in seen["connector"] and seen["briefing"] == "Loïc Bertrand"
    assert seen["cards"][0] == "They don't remember Loïc Bertrand"
    assert "Loïc Bertrand is Acheteur, Céladon." in seen["card"]
    assert "Un nom chez Maison Orsane." in seen["card"]
    assert "Tell Loïc Bertrand how it went" in seen["box"]
    after = counts(window)
    assert after["interaction"] == before["interaction"] + 1
    assert after["follow_up"] == before["follow_up"] + 2, "the next step and the thank-you"
    with window.database.reading() as session:
        call = session.scalars(select(Interaction)).one()
        assert (call.kind, call.duration_minutes, call.outcome) == (
            InteractionKind.CALL,
            20,
            Outcome.MEETING_OBTAINED,
        )
        kinds = sorted(
            (f.kind, f.person.first_name)
            for f in session.scalars(select(FollowUp).order_by(FollowUp.id))
        )
        assert kinds == [
            (FollowUpKind.NEXT_STEP, "Mathieu"),
            (FollowUpKind.THANK_CONNECTOR, "Loïc"),
        ]
        assert session.get(Person, call.person_id).status == ContactStatus.CONTACTED


def test_not_now_on_the_proposal_adds_no_follow_up(qtbot, window, answer):
    mathieu = person_id(window, "Mathieu")

    def fill(dialog) -> None:
        dialog.outcome.setCurrentIndex(dialog.outcome.findData(Outcome.HELPFUL))
        answer(lambda box: click_button(box, "Not now"))
        dialog.accept()

    answer(fill)
    window.calls.log_call(mathieu)

    assert counts(window)["follow_up"] == 0
    assert counts(window)["interaction"] == 1


def test_a_call_in_the_future_or_with_a_deleted_person_is_refused_and_nothing_is_written(
    qtbot, window, answer
):
    mathieu = person_id(window, "Mathieu")
    before = counts(window)
    seen = []

    def fill(dialog) -> None:
        dialog.occurred_at.setMaximumDateTime(QDateTime.currentDateTime().addDays(30))
        dialog.occurred_at.setDateTime(QDateTime.currentDateTime().addDays(10))
        dialog.accept()
        seen.append(dialog.error.text())
        dialog.occurred_at.setDateTime(QDateTime.currentDateTime())
        with window.database.transaction() as session:
            people.delete_person(session, mathieu)
        dialog.accept()
        seen.append(dialog.error.text())
        dialog.reject()

    answer(fill)
    window.calls.log_call(mathieu)

    assert "in the future" in seen[0]
    assert "no longer in your contacts" in seen[1]
    after = counts(window)
    assert after["interaction"] == before["interaction"] == 0


def test_a_debrief_typed_at_the_keyboard_creates_the_leads_the_follow_up_and_the_note(
    qtbot, window, answer
):
    mathieu = person_id(window, "Mathieu")
    before = counts(window)

    def fill(dialog) -> None:
        assert "I have told Loïc Bertrand how it went" in dialog.thanked.text()
        type_text(qtbot, dialog.learned, "Le directeur export part en juin.")
        type_text(qtbot, dialog.advice, "Lire le rapport annuel.")
        first = dialog.names[0]
        type_text(qtbot, first.name, "Sophie Bernard")
        qtbot.keyClick(first.name, Qt.Key.Key_Return)
        assert dialog.isVisible(), "Enter in a field does not save the form by surprise"
        type_text(qtbot, first.organization, "Maison Orsane")
        first.permission.setCurrentIndex(first.permission.findData(Permission.YES))
        type_text(qtbot, first.context, "Sa directrice")
        qtbot.keyClick(first.context, Qt.Key.Key_Return)
        assert len(dialog.names) == 2, "Enter at the end of a name opens the next one"
        type_text(qtbot, dialog.names[1].name, "Marie de La Tour")
        type_text(qtbot, dialog.next_step, "Appeler Sophie")
        dialog.thanked.setChecked(True)
        dialog.accept()

    answer(fill)
    window.calls.debrief(mathieu)

    after = counts(window)
    assert after["person"] == before["person"] + 2
    assert after["introduction"] == before["introduction"] + 2
    assert after["note"] == before["note"] + 1
    assert after["interaction"] == before["interaction"] + 1
    assert after["follow_up"] == before["follow_up"] + 1
    with window.database.reading() as session:
        sophie = session.scalars(select(Person).where(Person.first_name == "Sophie")).one()
        intro = interactions.primary_introduction(session, sophie.id)
        assert (sophie.status, intro.connector_id, intro.permission) == (
            ContactStatus.LEAD,
            mathieu,
            Permission.YES,
        )
        assert interactions.primary_introduction(session, mathieu).thanked_on == TODAY
        note = session.scalars(select(Note)).one()
        assert note.title == "Meeting with Mathieu Roche"
        assert "- Sophie Bernard, Maison Orsane (may use their name): Sa directrice" in note.body
    window.show_view(window.notebook)
    assert "Meeting with Mathieu Roche" in window.notebook.entries.item(0).text()


def test_a_call_preparation_keeps_its_text_and_exports_a_one_page_pdf(
    qtbot, window, open_carnet, tmp_path
):
    pdfium = pytest.importorskip("pypdfium2")
    mathieu = person_id(window, "Mathieu")
    sheet = window.calls.prepare_call(mathieu)
    assert sheet.pitch.text() == "Douze ans de vente en parfumerie sélective."
    assert sheet.briefing.connector_name.text() == "Loïc Bertrand"
    type_text(qtbot, sheet.goal, "Obtenir un rendez-vous avec la directrice export.")
    type_text(qtbot, sheet.questions, "- Qui recrute ?")
    qtbot.keyClick(sheet.questions, Qt.Key.Key_Return)
    type_text(qtbot, sheet.questions, "- Puis-je vous citer ?")
    qtbot.waitUntil(lambda: sheet.saved_state.text() == "Saved in your notebook", timeout=2000)

    path = tmp_path / "préparation.pdf"
    sheet.export_pdf(path)
    document = pdfium.PdfDocument(str(path))
    assert len(document) == 1, "one page"
    page = document[0]
    text = page.get_textpage().get_text_range()
    for expected in (
        "Call with Mathieu Roche",
        "On behalf of Loïc Bertrand",
        "Obtenir un rendez-vous avec la directrice export.",
        "Puis-je vous citer",
        "Un nom chez Maison Orsane.",
        "They don't remember Loïc Bertrand",
    ):
        assert expected in text.replace("\r\n", "\n").replace("\n", " "), expected
    pixels = bytes(page.render(scale=0.5).buffer)
    dark = sum(1 for value in pixels if value < 128)
    assert dark > 2000, "the page has ink on it"
    document.close()
    sheet.close()

    window = restart(window, open_carnet)
    again = window.calls.prepare_call(mathieu)
    assert again.goal.toPlainText() == "Obtenir un rendez-vous avec la directrice export."
    assert again.questions.toPlainText() == "- Qui recrute ?\n- Puis-je vous citer ?"
    with window.database.reading() as session:
        (note,) = session.scalars(select(Note)).all()
        assert note.kind == NoteKind.CALL_PREPARATION
    again.close()


def test_a_long_preparation_still_fits_one_page(qtbot, window, tmp_path):
    pdfium = pytest.importorskip("pypdfium2")
    sheet = window.calls.prepare_call(person_id(window, "Mathieu"))
    sheet.questions.setPlainText("\n".join(f"- Question {n} ?" for n in range(120)))
    path = tmp_path / "long.pdf"
    sheet.export_pdf(path)
    document = pdfium.PdfDocument(str(path))
    assert len(document) == 1
    assert "Question 119" in document[0].get_textpage().get_text_range()
    document.close()
    sheet.close()


def test_the_playbook_is_rewritten_in_ones_own_words_then_reset(qtbot, window, answer):
    mathieu = person_id(window, "Mathieu")

    def rewrite(dialog) -> None:
        dialog.select(Situation.RESENTED_CALL)
        dialog.title.setText("Appel qui tourne mal")
        dialog.body.setPlainText("Remercier, raccrocher, appeler {connector} demain.")
        assert dialog.state.text() == "Your wording"
        dialog.accept()

    answer(rewrite)
    window.calls.playbook_action.trigger()
    with window.database.reading() as session:
        card = session.get(PlaybookCard, Situation.RESENTED_CALL.value)
        assert card.title == "Appel qui tourne mal"

    seen = {}

    def look(dialog) -> None:
        dialog.playbook.show_situation(Situation.RESENTED_CALL)
        seen["title"] = dialog.playbook.cards[Situation.RESENTED_CALL][0]
        seen["card"] = dialog.playbook.card.toPlainText()
        dialog.reject()

    answer(look)
    window.calls.log_call(mathieu)
    assert seen["title"] == "Appel qui tourne mal"
    assert seen["card"] == "Remercier, raccrocher, appeler Loïc Bertrand demain."

    def reset(dialog) -> None:
        dialog.select(Situation.RESENTED_CALL)
        qtbot.mouseClick(dialog.reset_button, Qt.MouseButton.LeftButton)
        assert dialog.title.text() == "They resent the call"
        assert dialog.state.text() == "Default wording"
        dialog.accept()

    answer(reset)
    window.calls.playbook_action.trigger()
    with window.database.reading() as session:
        assert session.get(PlaybookCard, Situation.RESENTED_CALL.value) is None
        default = playbook.default_card(Situation.RESENTED_CALL)
        assert playbook.list_cards(session)[2] == default


def test_the_profile_is_kept_and_shown_in_the_call_preparation(qtbot, window, open_carnet, answer):
    def fill(dialog) -> None:
        dialog.name.setText("Claire M.")
        dialog.target_role.setText("Responsable grands comptes")
        dialog.sectors.setText("Parfumerie")
        dialog.pitch.setPlainText("Nouveau pitch.")
        dialog.precise_ask.setPlainText("Un contact chez Délys.")
        dialog.weekly_goal.setValue(8)
        dialog.accept()

    answer(fill)
    window.calls.profile_action.trigger()

    window = restart(window, open_carnet)
    with window.database.reading() as session:
        saved = profile.load_profile(session)
    assert (saved.name, saved.target_role, saved.weekly_goal) == (
        "Claire M.",
        "Responsable grands comptes",
        8,
    )
    sheet = window.calls.prepare_call(person_id(window, "Mathieu"))
    assert sheet.precise_ask.text() == "Un contact chez Délys."
    sheet.close()


def test_the_calls_menu_with_nobody_selected_asks_for_the_person(qtbot, window, answer):
    seen = {}

    def look(dialog) -> None:
        seen["person"] = dialog.person.current_id()
        seen["thanked"] = dialog.thanked.isEnabled()
        pick(qtbot, dialog.person, "loic")
        seen["chosen"] = dialog.person.current_id()
        seen["no connector"] = dialog.thanked.text()
        dialog.reject()

    answer(look)
    window.calls.debrief_action.trigger()

    assert seen["person"] is None and not seen["thanked"]
    assert seen["chosen"] == person_id(window, "Loïc")
    assert "no one to thank" in seen["no connector"]
    assert counts(window)["note"] == 0


def test_quitting_with_the_preparation_open_keeps_what_was_just_typed(qtbot, window, open_carnet):
    mathieu = person_id(window, "Mathieu")
    sheet = window.calls.prepare_call(mathieu)
    type_text(qtbot, sheet.goal, "Typed just before quitting")
    assert sheet.saved_state.text() == "Editing…"

    window = restart(window, open_carnet)

    again = window.calls.prepare_call(mathieu)
    assert again.goal.toPlainText() == "Typed just before quitting"
    again.close()
