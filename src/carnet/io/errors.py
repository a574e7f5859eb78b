"""The one error every importer, exporter and backup file raises: it names the file and line."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from carnet.domain.errors import QT_TRANSLATE_NOOP
from carnet.domain.text import fill

EMPTY_FILE = QT_TRANSLATE_NOOP("DomainMessages", "The file {file} is empty.")
NOT_TEXT = QT_TRANSLATE_NOOP(
    "DomainMessages",
    "The file {file} is not a contacts file Carnet can read (it does not hold text).",
)
TOO_LARGE = QT_TRANSLATE_NOOP(
    "DomainMessages",
    "The file {file} is too large ({size} MB): Carnet imports files of up to {limit} MB.",
)
UNREADABLE = QT_TRANSLATE_NOOP("DomainMessages", "The file {file} could not be read: {detail}.")
UNKNOWN_COLUMNS = QT_TRANSLATE_NOOP(
    "DomainMessages",
    "Carnet does not recognise the columns of {file}: none of them speaks of people. Carnet "
    "reads the contacts exported by LinkedIn, Google Contacts, Outlook and Thunderbird, and the "
    "address books of phones and computers.",
)
UNKNOWN_FORMAT = QT_TRANSLATE_NOOP(
    "DomainMessages",
    "Carnet does not recognise {file}. It reads the contacts exported by LinkedIn "
    "(Connections.csv or the export zip), Google Contacts and Outlook, and vCard files (.vcf).",
)
BAD_ZIP = QT_TRANSLATE_NOOP("DomainMessages", "The file {file} is a damaged zip file.")
NO_CONNECTIONS = QT_TRANSLATE_NOOP(
    "DomainMessages",
    "The zip file {file} holds no Connections.csv. In LinkedIn, ask for a copy of your data "
    "that includes your connections, then import the zip you receive.",
)
BACKUP_NOT_CONTACTS = QT_TRANSLATE_NOOP(
    "DomainMessages",
    "The file {file} is a Carnet backup, not a contacts file: to open it, choose File › Restore "
    "from a backup…, then Backup file…",
)
TRUNCATED_VCARD = QT_TRANSLATE_NOOP(
    "DomainMessages",
    "The file {file} ends in the middle of a contact card (the card that starts on line {line} "
    "has no end): the file was probably cut short.",
)
NOT_VCARD = QT_TRANSLATE_NOOP("DomainMessages", "The file {file} holds no contact card.")
BAD_CSV = QT_TRANSLATE_NOOP("DomainMessages", "Line {line} of {file} could not be read: {detail}.")
NO_CONTACTS = QT_TRANSLATE_NOOP(
    "DomainMessages", "The file {file} holds column names but no contact."
)

NOT_A_BACKUP = QT_TRANSLATE_NOOP("DomainMessages", "The file {file} is not a Carnet backup file.")
DAMAGED_BACKUP = QT_TRANSLATE_NOOP(
    "DomainMessages",
    "The backup file {file} is damaged ({detail}). Your current data was left as it was.",
)
BACKUP_TOO_NEW = QT_TRANSLATE_NOOP(
    "DomainMessages",
    "The backup file {file} was saved by a newer version of Carnet. Install the latest Carnet "
    "to restore it. Your current data was left as it was.",
)
CANNOT_WRITE = QT_TRANSLATE_NOOP(
    "DomainMessages", "Carnet could not write the file {file}: {detail}."
)


class ImportFileError(Exception):
    """A file Carnet refuses, with a message for the user that names it (and the line)."""

    def __init__(
        self, path: str | Path, message: str, *, line: int | None = None, **values: object
    ) -> None:
        self.path = Path(path)
        self.message = message
        self.line = line
        self.values = {key: str(value) for key, value in values.items()}
        super().__init__(self.text())

    def text(self, translate: Callable[[str], str] = lambda text: text) -> str:
        """The message, translated by ``translate``, with the file name and line filled in."""
        values = {"file": self.path.name}
        if self.line is not None:
            values["line"] = str(self.line)
        for key, value in self.values.items():
            # A detail may itself be a marked message (a backup's damage); others stay as they are.
            values[key] = translate(value)
        return fill(translate(self.message), values)  # "de export.csv" → "d’export.csv"


class ImportCancelled(Exception):
    """The user cancelled: the transaction is rolled back."""
