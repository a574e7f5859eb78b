"""Tracebacks fit for a log file and a "Copy details" button: every frame, no personal data.

SQLAlchemy's error messages quote the statement and its parameters: a failed save would write
the person's name, job title and notes into ``carnet.log``, which outlives "delete this person
and all their data". Here a database error keeps only its kind and SQLite's own words (which
name tables and columns, never values); frames keep their file, line and code.
"""

from __future__ import annotations

import traceback

CAUSE = "\nThe above exception was the direct cause of the following exception:\n\n"
CONTEXT = "\nDuring handling of the above exception, another exception occurred:\n\n"


def describe(error: BaseException) -> str:
    """``error``'s kind and message, a database error's statement and values left out."""
    from sqlalchemy.exc import StatementError

    kind = f"{type(error).__module__}.{type(error).__qualname__}"
    if isinstance(error, StatementError):
        original = error.orig
        if original is None:
            return kind
        return f"{kind}: {type(original).__name__}: {original}"
    return "".join(traceback.format_exception_only(error)).strip()


def private_traceback(error: BaseException) -> str:
    parts: list[str] = []
    seen: set[int] = set()

    def walk(current: BaseException) -> None:
        seen.add(id(current))
        if current.__cause__ is not None and id(current.__cause__) not in seen:
            walk(current.__cause__)
            parts.append(CAUSE)
        elif (
            current.__context__ is not None
            and not current.__suppress_context__
            and id(current.__context__) not in seen
        ):
            walk(current.__context__)
            parts.append(CONTEXT)
        parts.append("Traceback (most recent call last):\n")
        parts.extend(traceback.format_list(traceback.extract_tb(current.__traceback__)))
        parts.append(describe(current) + "\n")

    walk(error)
    return "".join(parts)
