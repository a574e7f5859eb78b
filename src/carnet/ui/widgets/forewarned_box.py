"""The "prévenu" choice, wherever an introduction's permission is set."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox

from carnet.domain.enums import Forewarned
from carnet.ui.labels import forewarned_label


def forewarned_box() -> QComboBox:
    """Has the connector told the person that the user will call? "I don't know" until said."""
    box = QComboBox()
    for value in (Forewarned.UNKNOWN, Forewarned.YES, Forewarned.NO):
        box.addItem(forewarned_label(value), value)
    return box
