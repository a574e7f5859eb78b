"""Errors a use case raises when the user asked for something it refuses.

Their messages are English source strings marked for Qt Linguist with ``tr_noop``; the UI shows
them through ``QCoreApplication.translate(MESSAGES_CONTEXT, message)``.
"""

from __future__ import annotations

MESSAGES_CONTEXT = "DomainMessages"


def tr_noop(text: str) -> str:
    """Mark ``text`` for translation without importing Qt (the domain never does)."""
    return text


CONTROL_CHARACTER_MESSAGE = tr_noop(
    "This text holds an invisible NUL character; remove it, or paste the text again."
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
