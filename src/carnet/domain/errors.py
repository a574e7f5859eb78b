"""Errors a use case raises when the user asked for something it refuses.

Their messages are English source strings marked for Qt Linguist with
``QT_TRANSLATE_NOOP("DomainMessages", "…")`` (a literal call, the only form lupdate extracts);
the UI shows them through ``QCoreApplication.translate(MESSAGES_CONTEXT, message)``.
"""

from __future__ import annotations

# Defined in the leaf module carnet.text (the database layer uses them too); imported here so that
# the use cases keep taking them from beside the errors they raise.
from carnet.text import MESSAGES_CONTEXT, QT_TRANSLATE_NOOP

__all__ = [
    "CONTROL_CHARACTER_MESSAGE",
    "MESSAGES_CONTEXT",
    "QT_TRANSLATE_NOOP",
    "DomainError",
    "ValidationError",
]

CONTROL_CHARACTER_MESSAGE = QT_TRANSLATE_NOOP(
    "DomainMessages",
    "This text holds an invisible NUL character; remove it, or paste the text again.",
)


class DomainError(Exception):
    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class ValidationError(DomainError):
    """A field's value is refused; ``field`` names it so the form can point at it."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field
