"""What a controller may ask of the window, by name: the open data file and small protocols.

A controller (the commands behind a menu, a dialog that swaps the data file) is given what it
uses in its constructor or ``attach``, never the whole ``MainWindow``: these types say what that
is, so that no UI module needs to import ``main_window`` and the UI has no import cycle.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol, runtime_checkable

if TYPE_CHECKING:
    from carnet.db.engine import Database
    from carnet.paths import AppPaths
    from carnet.ui.events import DataEvents


@runtime_checkable
class PersonSelection(Protocol):
    """A view that shows one person at a time: its one name for "the selected person"."""

    def selected_person_id(self) -> int | None: ...


class PersonCard(PersonSelection, Protocol):
    """The Contacts card: it can also start afresh on an empty card."""

    def new_person(self, *, leave: bool = True) -> None: ...


class OpenEditors(Protocol):
    """Editors holding unsaved text, saved before the data file is swapped and reset after."""

    def save_editors(self) -> bool: ...

    def reset_editors(self) -> None: ...


@dataclass(frozen=True)
class OpenData:
    """The data file the window shows, and who must hear when it is replaced."""

    database: Database
    app_paths: AppPaths
    events: DataEvents
    editors: OpenEditors

    def replaced(self) -> None:
        """Every view reloads, and the editors start afresh on the new data."""
        self.editors.reset_editors()
        self.events.people_changed.emit()
        self.events.notes_changed.emit()
