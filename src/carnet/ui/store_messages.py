"""What the window says when the user's data cannot be opened: a title, and the sentence the
command line says too (``carnet.storage_messages``)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from carnet.db.migrate import StoreError
from carnet.domain.errors import MESSAGES_CONTEXT
from carnet.storage_messages import store_sentence


def explain_store_error(
    error: StoreError, translate: Callable[[str, str], str] = QCoreApplication.translate
) -> tuple[str, str]:
    """A dialog title and text for ``error``, naming the file or folder at fault."""
    title = translate("StoreMessages", "Carnet cannot open your data")
    return title, store_sentence(error, lambda text: translate(MESSAGES_CONTEXT, text))
