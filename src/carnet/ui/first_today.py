"""Today's page on screen before the database is opened the usual way.

The agenda is read by the same use case (``domain.today.agenda``) through a read-only
connection (``carnet.db.first_look``), and shown as the Today page will show it, its buttons
waiting; the page itself replaces it once every page is built: the user reads their day at once,
and can act on it a moment later.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from typing import TYPE_CHECKING

from sqlalchemy.exc import SQLAlchemyError

from carnet.db.first_look import open_for_first_look, read_first_look
from carnet.domain import today
from carnet.ui.widgets.agenda_page import AgendaPage

if TYPE_CHECKING:
    from carnet.ui.main_window import MainWindow


def show_first_today(window: MainWindow) -> AgendaPage | None:
    """Show the day's agenda in the window while its data opens; None when the file cannot be
    read plainly as it is (to upgrade, repair or explain: the usual opening does it), or holds
    nobody yet (the page's start guide comes with it)."""
    connection = open_for_first_look(window.app_paths.database)
    if connection is None:
        return None
    try:
        agenda = read_first_look(connection, lambda session: today.agenda(session, dt.date.today()))
    except (sqlite3.Error, SQLAlchemyError, ValueError):
        return None  # the usual opening explains
    finally:
        connection.close()
    if not agenda.has_people:
        return None
    page = AgendaPage()
    page.show_agenda(agenda)
    page.hold_actions()
    window.show_while_opening(page)
    return page
