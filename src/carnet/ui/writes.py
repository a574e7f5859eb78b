"""One road for writes: a use case runs in one transaction, then the views are told.

``run_write(database, tell, use_case, *args)`` calls ``use_case(session, *args)`` inside
``database.transaction()`` and, once it is committed, emits each signal of ``tell`` (the change
events of ``ui/events.py`` the write concerns; none when the caller tells the views later, from a
dialog's acceptance say). If the use case raises, the transaction is rolled back, nothing is
emitted and the error goes to the caller, which shows it in plain words.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Concatenate, ParamSpec, TypeVar

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance
    from sqlalchemy.orm import Session

    from carnet.db.engine import Database

P = ParamSpec("P")
R = TypeVar("R")


def run_write(
    database: Database,
    tell: Sequence[SignalInstance],
    use_case: Callable[Concatenate[Session, P], R],
    /,
    *args: P.args,
    **kwargs: P.kwargs,
) -> R:
    """``use_case(session, *args, **kwargs)`` in one transaction; its result once committed."""
    with database.transaction() as session:
        result = use_case(session, *args, **kwargs)
    for signal in tell:
        signal.emit()
    return result
