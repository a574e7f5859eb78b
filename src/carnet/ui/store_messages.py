"""What the user is told when their data cannot be opened: plain words, what to do next."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from carnet.db.migrate import (
    DatabaseTooNew,
    DataFileEmptied,
    DataFolderNotWritable,
    HalfUpgraded,
    NotACarnetDatabase,
    StoreError,
    UpgradeFailed,
)
from carnet.ui.wording import fill


def explain_store_error(
    error: StoreError, translate: Callable[[str, str], str] = QCoreApplication.translate
) -> tuple[str, str]:
    """A dialog title and text for ``error``, naming the file or folder at fault; the command
    line passes its own ``translate`` (carnet.catalogue), which reads the same catalogue."""
    path = str(error.path)
    title = translate("StoreMessages", "Carnet cannot open your data")
    if isinstance(error, DataFolderNotWritable):
        text = translate(
            "StoreMessages",
            "Carnet cannot write in the folder {path}.\n\n"
            "Check that the disk is connected and not full, and that you may write there, "
            "then start Carnet again.",
        )
    elif isinstance(error, DatabaseTooNew):
        text = translate(
            "StoreMessages",
            "The file {path} was saved by a newer version of Carnet.\n\n"
            "It has been left untouched. Install the latest Carnet to open it.",
        )
    elif isinstance(error, UpgradeFailed):
        text = fill(
            translate(
                "StoreMessages",
                "Carnet could not update the file {path} to this version.\n\n"
                "Your data has been put back as it was; a copy is also kept in {backup}.",
            ),
            backup=str(error.backup),
        )
    elif isinstance(error, DataFileEmptied):
        text = fill(
            QCoreApplication.translate(
                "StoreMessages",
                "Your data file {path} is missing or empty, but Carnet keeps backups of your data, "
                "the latest in {backup}.\n\n"
                "Nothing was changed. Open Carnet's window: it offers to put that backup back.",
            ),
            backup=str(error.backup),
        )
    elif isinstance(error, HalfUpgraded):
        text = QCoreApplication.translate(
            "StoreMessages",
            "An earlier version of Carnet was stopped while it updated the file {path}, and no "
            "copy made before that update was found.\n\n"
            "The file has been left as it is. Keep it: whoever helps you with Carnet can put "
            "your data back from it.",
        )
    elif isinstance(error, NotACarnetDatabase):
        text = translate(
            "StoreMessages",
            "The file {path} is not a Carnet file, or it is damaged.\n\n"
            "It has been left untouched. Move it elsewhere to start afresh, or open another "
            "data folder.",
        )
    else:
        text = translate("StoreMessages", "The file {path} could not be opened.")
    return title, fill(text, path=path)
