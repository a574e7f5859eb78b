"""Guards against a Qt binding that Carnet cannot live with."""

from __future__ import annotations

import sys

from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QComboBox


def test_empty_qvariants_do_not_eat_references_to_none(qapp):
    """PySide6 6.12.0 lost one reference to None per empty QVariant; after a few thousand
    list rows Python aborted with "deallocating None"."""
    model = QStandardItemModel()
    model.appendRow(QStandardItem("Hélène"))
    combo = QComboBox()
    before = sys.getrefcount(None)
    for _ in range(200):
        model.index(0, 0).data(1000)
        combo.addItem("Nobody", None)
    assert sys.getrefcount(None) - before > -50
