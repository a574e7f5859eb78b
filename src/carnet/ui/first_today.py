"""Today's page on screen before the database is opened the usual way.

The sections plain SQL can read (``domain.today_rows``: calls to make, thank-yous owed, stored
follow-ups due, meetings coming) are read through a read-only ``sqlite3`` connection
(``carnet.db.first_look``) before SQLAlchemy is even imported, by the very queries the Today page
runs, and shown as the page will show them, their buttons waiting. The page itself replaces this
first look once every page is built, with the news owed, the keep-in-touch reminders (after the
stored follow-ups) and the week's progress: the user reads their day at once, and can act on it a
moment later.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from typing import TYPE_CHECKING

from carnet.db.first_look import open_for_first_look
from carnet.domain import today_rows
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
        agenda = today_rows.first_look(connection.cursor(), dt.date.today())
    except (sqlite3.Error, ValueError):
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
