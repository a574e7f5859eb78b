"""Export one person's data in full, or delete it in full (see ``domain.privacy``)."""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

from carnet.db.engine import Database
from carnet.domain import people, privacy
from carnet.ui.wording import ClassTr, fill
from carnet.ui.writes import run_write


class PersonData(QObject):
    """The translation context of these texts: ``PersonData.tr("%Ln …", "", n)``."""

    if TYPE_CHECKING:  # PySide6 takes the class as the context: PersonData.tr("…", "", n)
        tr: ClassTr


def choose_person(parent: QWidget, database: Database, title: str) -> int | None:
    """Ask which person, from everyone's names; None if the user cancels or there is nobody."""
    with database.reading() as session:
        rows = people.list_people(session)
    if not rows:
        QMessageBox.information(
            parent,
            title,
            QCoreApplication.translate("PersonData", "There is nobody in your contacts yet."),
        )
        return None
    labels = [
        f"{row.full_name} — {row.organization}" if row.organization else row.full_name
        for row in rows
    ]
    chosen, ok = QInputDialog.getItem(
        parent, title, QCoreApplication.translate("PersonData", "Whose data?"), labels, 0, False
    )
    return rows[labels.index(chosen)].id if ok and chosen in labels else None


def _file_name(name: str) -> str:
    safe = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", name).strip(" .") or QCoreApplication.translate(
        "PersonData", "contact"
    )
    return (
        fill(QCoreApplication.translate("PersonData", "{name} - data from Carnet"), name=safe[:80])
        + ".json"
    )


def export_person_data(
    parent: QWidget, database: Database, person_id: int, target: Path | None = None
) -> Path | None:
    """Write everything Carnet holds about the person to a JSON file the user chooses."""
    with database.reading() as session:
        text = privacy.export_person_json(session, person_id)
        name = people.load_draft(session, person_id)
    full_name = " ".join(p for p in (name.first_name, name.last_name) if p)
    if target is None:
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        chosen, _filter = QFileDialog.getSaveFileName(
            parent,
            QCoreApplication.translate("PersonData", "Export this person's data"),
            str(Path(documents) / _file_name(full_name)),
            QCoreApplication.translate("PersonData", "JSON files (*.json)"),
        )
        if not chosen:
            return None
        target = Path(chosen)
    partial = target.with_name(target.name + ".part")
    try:
        partial.write_text(text, encoding="utf-8")
        os.replace(partial, target)
    except OSError as error:
        partial.unlink(missing_ok=True)
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("PersonData", "Carnet could not write the file"),
            fill(
                QCoreApplication.translate(
                    "PersonData", "Carnet could not write {file}: {reason}."
                ),
                file=str(target),
                reason=error.strerror or str(error),
            ),
        )
        return None
    QMessageBox.information(
        parent,
        QCoreApplication.translate("PersonData", "Data exported"),
        fill(
            QCoreApplication.translate(
                "PersonData", "Everything Carnet holds about {name} is in {file}."
            ),
            name=full_name,
            file=str(target),
        ),
    )
    return target


def delete_person_data(parent: QWidget, database: Database, person_id: int) -> bool:
    """Ask, then delete the person and all their data, leaving no trace in the file."""
    with database.reading() as session:
        found = privacy.person_data(session, person_id)
    lines = [
        fill(
            QCoreApplication.translate("PersonData", "Calls and meetings: {count}"),
            count=str(found.interactions),
        ),
        fill(
            QCoreApplication.translate("PersonData", "Introductions, given or received: {count}"),
            count=str(found.introductions),
        ),
        fill(
            QCoreApplication.translate("PersonData", "Follow-ups: {count}"),
            count=str(found.follow_ups),
        ),
        fill(
            QCoreApplication.translate("PersonData", "Notebook entries about them alone: {count}"),
            count=str(found.notes_only_about_them),
        ),
    ]
    text = fill(
        QCoreApplication.translate(
            "PersonData", "Delete {name} and all their data? This cannot be undone."
        ),
        name=found.name,
    )
    details = "\n".join(f"• {line}" for line in lines)
    if found.notes_shared:
        details += "\n\n" + fill(
            PersonData.tr(
                "%Ln notebook entries are also about other people: they are kept, no longer "
                "linked to {name}. Their text may still mention {name}.",
                "",
                found.notes_shared,
            ),
            name=found.name,
        )
    details += "\n\n" + QCoreApplication.translate(
        "PersonData",
        "Copies in your automatic backups disappear as those backups are replaced, within five "
        "weeks.",
    )
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("PersonData", "Delete all their data?"),
        text,
        parent=parent,
    )
    box.setInformativeText(details)
    delete_button = box.addButton(
        QCoreApplication.translate("PersonData", "Delete everything"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    if box.clickedButton() is not delete_button:
        return False
    run_write(database, (), privacy.delete_person_in_full, person_id)
    database.erase_deleted_traces()
    return True
