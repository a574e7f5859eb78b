"""After a difficult call, offer the light contact the method recommends: a long rhythm and one
short, friendly word in a few months. One click accepts; "Not now" changes nothing."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from carnet.db.engine import Database
from carnet.domain import light_contact
from carnet.domain.errors import MESSAGES_CONTEXT, ValidationError
from carnet.ui.dialogs.call_forms import short_date
from carnet.ui.wording import fill


def offer_light_contact(
    parent: QWidget, database: Database, interaction_id: int | None
) -> int | None:
    """Returns the id of the planned light contact, or None when not offered or declined."""
    with database.reading() as session:
        proposal = light_contact.light_contact_proposal(session, interaction_id)
    if proposal is None:
        return None
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("LightContact", "Keep a light contact"))
    box.setText(
        fill(
            QCoreApplication.translate(
                "LightContact",
                "The call with {person} was difficult. It happens, and the door stays open: "
                "keep in touch lightly, every six months?",
            ),
            person=proposal.person_name,
        )
    )
    box.setInformativeText(
        fill(
            QCoreApplication.translate(
                "LightContact", "A first short word (some news, an article) is planned for {date}."
            ),
            date=short_date(proposal.due_on),
        )
    )
    accept = box.addButton(
        QCoreApplication.translate("LightContact", "Keep a light contact"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    box.addButton(
        QCoreApplication.translate("LightContact", "Not now"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(accept)
    box.exec()
    if box.clickedButton() is not accept:
        return None
    title = fill(
        QCoreApplication.translate(
            "LightContact", "Send {person} a short friendly word: some news or an article"
        ),
        person=proposal.person_name,
    )
    try:
        with database.transaction() as session:
            return light_contact.accept_light_contact(session, proposal, title)
    except ValidationError as error:
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("LightContact", "Light contact not planned"),
            QCoreApplication.translate(MESSAGES_CONTEXT, error.message),
        )
        return None
