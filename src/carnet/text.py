"""Text helpers every layer shares: folding accents, and marking messages for translation.

A leaf: it imports nothing from Carnet, so ``db``, ``domain``, ``io`` and ``ui`` may all use it
without reaching into one another (the layers are checked by ``tests/project/test_layers.py``).
"""

from __future__ import annotations

import unicodedata

MESSAGES_CONTEXT = "DomainMessages"


def fold(text: str | None) -> str:
    """Lower-case ``text`` and strip its accents, so that "helene" matches "Hélène"."""
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for Qt Linguist under ``context`` without importing Qt.

    Write the context and the text as literals, ``QT_TRANSLATE_NOOP("DomainMessages", "…")``:
    lupdate reads the call, not the value. The UI shows the message through
    ``QCoreApplication.translate(MESSAGES_CONTEXT, message)``.
    """
    return text
