"""Messages from templates through the real window (issue 20, point 2): the relay named only when
they said yes, asked first otherwise; the message handed to the mail program (or copied); logged
as sent, which closes the thank-you owed and survives a restart; templates in one's own words."""

from __future__ import annotations

import datetime as dt
from urllib.parse import parse_qs, urlsplit

import pytest
import time_machine
from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QGuiApplication
from sqlalchemy import select

from carnet.domain import people, referrals
from carnet.domain.enums import FollowUpKind, InteractionKind, Outcome, Permission
from carnet.domain.interactions import InteractionDraft, accept_thank_proposal, log_interaction
from carnet.domain.messages import MessageKind, template
from carnet.domain.models import FollowUp, Interaction
from carnet.domain.people import ContactEntry, PersonDraft
from carnet.domain.profile import ProfileDraft, save_profile
from carnet.ui.dialogs.message_dialog import KIND_LABELS
from tests.ui.window_helpers import restart

NOW = dt.datetime(2026, 3, 10, 9, 30)


class MailProgram(QObject):
    """Stands for the user's mail program: Qt hands it every ``mailto:`` link."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url)


@pytest.fixture
def mail_program(qapp):
    program = MailProgram()
    QDesktopServices.setUrlHandler("mailto", program, "open")
    yield program
    QDesktopServices.unsetUrlHandler("mailto")


def relay_and_lead(window, permission: Permission, email: str = "bruno@example.org"):
    with window.database.transaction() as session:
        save_profile(
            session,
            ProfileDraft(name="Claire Moreau", precise_ask="Meet people who run a warehouse."),
        )
        anne = people.create_person(
            session, PersonDraft("Anne", "Petit", emails=(ContactEntry("anne@example.org"),))
        )
        bruno = referrals.introduce_new_person(
            session,
            anne,
            PersonDraft(
                "Bruno",
                "Lefèvre",
                organization_name="Atelier & Fils",
                emails=(ContactEntry(email),) if email else None,
            ),
            permission=permission,
        )
    window.events.people_changed.emit()
    return anne, bruno


def write_from_card(window, person_id, answer_dialog, fill) -> None:
    window.open_person(person_id)
    answer_dialog(fill)
    window.contacts.message_button.click()


def test_a_first_message_names_the_relay_who_said_yes(open_carnet, answer_dialog):
    window = open_carnet()
    anne, bruno = relay_and_lead(window, Permission.YES)
    seen = {}

    def read(dialog) -> None:
        seen["kind"] = dialog.current_kind()
        seen["text"] = dialog.text.toPlainText()
        seen["notice"] = dialog.notice.isVisible()
        seen["address"] = dialog.address.currentText()
        dialog.reject()

    write_from_card(window, bruno, answer_dialog, read)
    assert seen["kind"] == MessageKind.FIRST_CONTACT
    assert "Anne Petit suggested that I get in touch with you." in seen["text"]
    assert "Meet people who run a warehouse." in seen["text"]
    assert not seen["notice"] and seen["address"] == "bruno@example.org"


def test_not_asked_yet_the_message_leaves_the_relay_out_and_offers_to_ask_first(
    open_carnet, answer_dialog
):
    window = open_carnet()
    anne, bruno = relay_and_lead(window, Permission.NOT_ASKED)
    seen = {}

    def read(dialog) -> None:
        seen["before"] = dialog.subject.text() + dialog.text.toPlainText()
        seen["notice"] = dialog.notice.text()
        dialog.ask_first_button.click()
        seen["to"] = dialog.recipient.currentText()
        seen["address"] = dialog.address.currentText()
        seen["question"] = dialog.text.toPlainText()
        dialog.reject()

    write_from_card(window, bruno, answer_dialog, read)
    assert "Anne" not in seen["before"]
    assert seen["notice"] == (
        "You have not asked Anne Petit yet whether you may use their name, so this message "
        "does not mention them. You may send it as it is, or ask them first."
    )
    assert (seen["to"], seen["address"]) == ("Anne Petit", "anne@example.org")
    assert "may I tell them that you sent me?" in seen["question"]
    assert "Bruno Lefèvre" in seen["question"]


def test_a_relay_who_said_no_is_not_named_and_the_dialog_says_why(open_carnet, answer_dialog):
    window = open_carnet()
    anne, bruno = relay_and_lead(window, Permission.NO)
    seen = {}

    def read(dialog) -> None:
        dialog.kind.setCurrentIndex(dialog.kind.findData(MessageKind.FOLLOW_UP))
        seen["message"] = dialog.subject.text() + dialog.text.toPlainText()
        seen["notice"] = dialog.notice.text() if dialog.notice.isVisible() else ""
        seen["ask first"] = dialog.ask_first_button.isVisible()
        dialog.reject()

    write_from_card(window, bruno, answer_dialog, read)
    assert "Anne" not in seen["message"] and "Petit" not in seen["message"]
    assert seen["notice"] == (
        "Anne Petit asked you not to use their name: this message does not mention them."
    )
    assert not seen["ask first"]


def test_the_message_opens_in_the_mail_program_encoded(open_carnet, answer_dialog, mail_program):
    window = open_carnet()
    anne, bruno = relay_and_lead(window, Permission.YES)
    seen = {}

    def send(dialog) -> None:
        dialog.subject.setText("Café & conseils ? #1")
        dialog.text.setPlainText("Bonjour Bruno,\nÀ bientôt & merci ?\n\n#fin")
        dialog.mail_button.click()
        seen["feedback"] = dialog.feedback.text()
        seen["channel"] = dialog.channel.currentData()
        dialog.reject()

    write_from_card(window, bruno, answer_dialog, send)
    (url,) = mail_program.urls
    encoded = bytes(url.toEncoded()).decode("ascii")
    parts = urlsplit(encoded)
    assert parts.path == "bruno@example.org" and parts.fragment == ""
    query = parse_qs(parts.query)
    assert query["subject"] == ["Café & conseils ? #1"]
    assert query["body"] == ["Bonjour Bruno,\r\nÀ bientôt & merci ?\r\n\r\n#fin"]
    assert seen["channel"] == InteractionKind.EMAIL
    assert seen["feedback"].startswith("Your mail program opens with the message.")


def test_a_long_message_is_copied_and_the_mail_program_gets_the_subject(
    open_carnet, answer_dialog, mail_program
):
    window = open_carnet()
    anne, bruno = relay_and_lead(window, Permission.YES)
    long_text = "Bonjour,\n" + "é" * 1200
    seen = {}

    def send(dialog) -> None:
        dialog.text.setPlainText(long_text)
        dialog.mail_button.click()
        seen["feedback"] = dialog.feedback.text()
        dialog.reject()

    write_from_card(window, bruno, answer_dialog, send)
    (url,) = mail_program.urls
    assert parse_qs(urlsplit(bytes(url.toEncoded()).decode()).query).get("body") is None
    assert QGuiApplication.clipboard().text() == long_text
    assert "too long" in seen["feedback"] and "(Ctrl+V)" in seen["feedback"]


def test_with_no_address_the_message_is_copied(open_carnet, answer_dialog, mail_program):
    window = open_carnet()
    anne, bruno = relay_and_lead(window, Permission.YES, email="")
    seen = {}

    def send(dialog) -> None:
        seen["subject"] = dialog.subject.text()
        dialog.mail_button.click()
        seen["feedback"] = dialog.feedback.text()
        dialog.copy_button.click()
        seen["channel"] = dialog.channel.currentData()
        dialog.reject()

    write_from_card(window, bruno, answer_dialog, send)
    assert mail_program.urls == []
    assert seen["feedback"].startswith("There is no e-mail address for this person")
    assert QGuiApplication.clipboard().text().startswith("Hello Bruno Lefèvre,")
    assert seen["channel"] == InteractionKind.MESSAGE


def test_a_thank_you_logged_as_sent_closes_the_follow_up_and_stays(
    open_carnet, answer_dialog, mail_program
):
    window = open_carnet()
    anne, bruno = relay_and_lead(window, Permission.YES)
    with time_machine.travel(NOW, tick=False):
        with window.database.transaction() as session:
            logged = log_interaction(
                session,
                InteractionDraft(bruno, kind=InteractionKind.CALL, outcome=Outcome.HELPFUL),
            )
            assert logged.thank_proposal is not None
            accept_thank_proposal(session, logged.thank_proposal, "Thank Anne Petit")
        window.events.people_changed.emit()
        window.show_in_referral_tree(bruno)
        menu = window.referrals.context_menu(bruno)
        (thank,) = [a for a in menu.actions() if a.text() == "Thank the relay, Anne Petit…"]
        seen = {}

        def send(dialog) -> None:
            seen["to"] = dialog.recipient.currentText()
            seen["text"] = dialog.text.toPlainText()
            dialog.mail_button.click()
            dialog.accept()

        answer_dialog(send)
        thank.trigger()
    assert seen["to"] == "Anne Petit"
    assert "Thank you for putting me in touch with Bruno Lefèvre" in seen["text"]
    window = restart(window, open_carnet)
    with window.database.reading() as session:
        (sent,) = session.scalars(select(Interaction).where(Interaction.person_id == anne))
        assert (sent.kind, sent.summary, sent.occurred_at) == (
            InteractionKind.EMAIL,
            "Thank you",
            NOW.replace(second=0),
        )
        (owed,) = session.scalars(
            select(FollowUp).where(FollowUp.kind == FollowUpKind.THANK_CONNECTOR)
        )
        assert owed.done_at == NOW
    window.open_person(anne)
    assert "Thank you" in window.contacts.timeline.toPlainText()


def test_a_template_in_ones_own_words_is_kept_and_reset(open_carnet, answer_dialog):
    window = open_carnet()
    anne, bruno = relay_and_lead(window, Permission.YES)
    seen = {}

    def edit(templates) -> None:
        templates.subject.set_markdown("Merci !")
        templates.text.set_markdown("Bonjour ")
        templates.text.moveCursor(templates.text.textCursor().MoveOperation.End)
        (action,) = [
            a for a in templates.text.insert_button.menu().actions() if a.text() == "the relay"
        ]
        action.trigger()
        seen["state"] = templates.state.text()
        templates.accept()

    def compose(dialog) -> None:
        dialog.kind.setCurrentIndex(dialog.kind.findData(MessageKind.FOLLOW_UP))
        answer_dialog(edit)
        dialog.template_button.click()
        seen["subject"], seen["text"] = dialog.subject.text(), dialog.text.toPlainText()
        dialog.reject()

    write_from_card(window, bruno, answer_dialog, compose)
    assert seen == {"state": "Your wording", "subject": "Merci !", "text": "Bonjour Anne Petit"}

    window = restart(window, open_carnet)

    def reset(templates) -> None:
        templates.kinds.setCurrentRow(list(KIND_LABELS).index(MessageKind.FOLLOW_UP))
        seen["kept"] = templates.text.markdown()
        templates.reset_button.click()
        seen["reset"] = templates.state.text()
        templates.accept()

    answer_dialog(reset)
    window.templates_action.trigger()
    assert seen["kept"] == "Bonjour {connector}" and seen["reset"] == "Carnet’s wording"
    with window.database.reading() as session:
        assert not template(session, MessageKind.FOLLOW_UP).is_custom


def test_in_french_the_message_and_the_notice_read_french(open_carnet, answer_dialog, start_in):
    start_in("fr")
    window = open_carnet()
    with window.database.transaction() as session:
        save_profile(session, ProfileDraft(name="Claire Moreau"))
        anne = people.create_person(session, PersonDraft("Anne", "Petit"))
        alain = referrals.introduce_new_person(
            session, anne, PersonDraft("Alain", "Roux"), permission=Permission.NOT_ASKED
        )
    window.events.people_changed.emit()
    seen = {}

    def read(dialog) -> None:
        seen["notice"] = dialog.notice.text()
        dialog.ask_first_button.click()
        seen["subject"], seen["text"] = dialog.subject.text(), dialog.text.toPlainText()
        dialog.reject()

    write_from_card(window, alain, answer_dialog, read)
    assert seen["notice"].startswith(
        "Vous n’avez pas encore demandé à Anne Petit si vous pouvez utiliser son nom\u00a0:"
    )
    assert seen["subject"] == "Puis-je dire que je viens de votre part\u00a0?"
    assert seen["text"].startswith(
        "Bonjour Anne,\n\nMerci encore de m’avoir donné le nom d’Alain Roux.\n"
    )


def test_the_calls_menu_writes_to_the_person_selected(open_carnet, answer_dialog):
    window = open_carnet()
    anne, bruno = relay_and_lead(window, Permission.YES)
    window.message_action.trigger()
    assert "Choose a person first" in window.statusBar().currentMessage()
    window.open_person(anne)
    seen = {}

    def read(dialog) -> None:
        seen["kind"], seen["to"] = dialog.current_kind(), dialog.recipient.currentText()
        dialog.reject()

    answer_dialog(read)
    window.message_action.trigger()
    assert seen == {"kind": MessageKind.ASK_INTRODUCTION, "to": "Anne Petit"}
