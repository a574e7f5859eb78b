"""Full-text search indexes (SQLite FTS5), kept in step with the tables by triggers.

``person_search`` holds one document per person (rowid = person id): name, organisation, job
title, tags, emails and the text of the notes linked to them. ``note_search`` indexes the
notebook's titles and bodies (rowid = note id), ``interaction_search`` the summary and next step
of every call, meeting or message logged (rowid = interaction id), so that the notebook finds
calls as quickly as notes. All fold case and accents ("helene" finds "Hélène"). The triggers live
in the database, so every writer keeps the indexes right, whether it is a view, an importer or a
migration. They are created by revisions 0002 and 0006, whose SQL is the reference; a revision
that rebuilds a watched table must create its triggers again.
"""

from __future__ import annotations

SEARCH_TABLES = ("person_search", "note_search", "interaction_search")
TOKENIZER = "unicode61 remove_diacritics 2"


def is_search_index(name: str | None) -> bool:
    """True for the FTS tables, their shadow tables and the view that feeds them."""
    return bool(name) and any(str(name).startswith(table) for table in SEARCH_TABLES)


def match_expression(text: str) -> str | None:
    """An FTS5 query matching every word of ``text`` as a prefix, or None when it has no word.

    Each word is quoted, so the user's punctuation (quotes, stars, AND/OR/NEAR) is plain text.
    """
    words = [word.replace('"', '""') for word in text.split()]
    words = [word for word in words if any(ch.isalnum() for ch in word)]
    if not words:
        return None
    return " ".join(f'"{word}"*' for word in words)
