"""In the dark scheme, the buttons of the note editor and the bevels Fusion draws stay dark."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from carnet.ui import theme


def _mean_lightness(widget) -> float:
    image = widget.grab().toImage()
    values = [
        QColor(image.pixel(x, y)).lightnessF()
        for x in range(0, image.width(), 2)
        for y in range(0, image.height(), 2)
    ]
    return sum(values) / len(values)


def test_the_note_editor_format_buttons_are_dark_in_the_dark_scheme(qapp, open_carnet):
    window = open_carnet()
    try:
        theme.apply(qapp, Qt.ColorScheme.Dark)
        palette = QApplication.palette()
        for role in (QPalette.ColorRole.Light, QPalette.ColorRole.Dark):
            assert palette.color(role).lightnessF() < 0.4, role
        window.show_view(window.notebook)
        for button in window.notebook.format_buttons.values():
            assert _mean_lightness(button) < 0.35, button.toolTip()
    finally:
        theme.apply(qapp, Qt.ColorScheme.Light)


def _contrast(one: QColor, other: QColor) -> float:
    """WCAG's contrast ratio: 3 is the least for the outline of a control."""

    def luminance(colour: QColor) -> float:
        def channel(value: float) -> float:
            return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

        red, green, blue = (channel(v) for v in (colour.redF(), colour.greenF(), colour.blueF()))
        return 0.2126 * red + 0.7152 * green + 0.0722 * blue

    high, low = sorted((luminance(one), luminance(other)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def _indicator_outline(button, window) -> QColor:
    """The colour of the indicator's left edge, where Fusion draws its outline, as seen in the
    window (so over the window's own background)."""
    from PySide6.QtWidgets import QStyle, QStyleOptionButton

    option = QStyleOptionButton()
    button.initStyleOption(option)
    element = (
        QStyle.SubElement.SE_RadioButtonIndicator
        if button.inherits("QRadioButton")
        else QStyle.SubElement.SE_CheckBoxIndicator
    )
    box = button.style().subElementRect(element, option, button)
    image = window.grab().toImage()
    ratio = image.devicePixelRatio()
    middle = button.mapTo(window, box.center())
    left = button.mapTo(window, box.topLeft()).x()
    # the outline is the pixel furthest from the window colour on the indicator's left edge
    candidates = [
        image.pixelColor(round(x * ratio), round(middle.y() * ratio)) for x in range(left, left + 3)
    ]
    background = QApplication.palette().color(QPalette.ColorRole.Window)
    return max(candidates, key=lambda colour: _contrast(colour, background))


def test_check_boxes_and_radio_buttons_show_a_clear_outline_in_both_schemes(
    qapp, qtbot, open_carnet
):
    from carnet.ui.dialogs.log_interaction_dialog import LogInteractionDialog

    window = open_carnet()
    try:
        for scheme in (Qt.ColorScheme.Dark, Qt.ColorScheme.Light):
            theme.apply(qapp, scheme)
            background = QApplication.palette().color(QPalette.ColorRole.Window)
            field = QApplication.palette().color(QPalette.ColorRole.Base)
            dialog = LogInteractionDialog(window.database, parent=window)
            qtbot.addWidget(dialog)
            dialog.show()
            qtbot.waitExposed(dialog)
            window.show_view(window.contacts)
            shown = [(window.contacts.due_filter, window), (dialog.warm, dialog)]
            for button, top in shown:
                outline = _indicator_outline(button, top)
                assert _contrast(outline, background) >= 3, (scheme, button.text())
                assert _contrast(outline, field) >= 3, (scheme, button.text())
            dialog.reject()
    finally:
        theme.apply(qapp, Qt.ColorScheme.Light)


def test_check_boxes_in_lists_show_the_same_clear_outline(qapp, qtbot):
    from PySide6.QtWidgets import QStyle, QStyleOptionViewItem, QTreeWidget, QTreeWidgetItem

    try:
        for scheme in (Qt.ColorScheme.Dark, Qt.ColorScheme.Light):
            theme.apply(qapp, scheme)
            tree = QTreeWidget()  # as the week's plan lists the people to call
            qtbot.addWidget(tree)
            tree.setItemDelegate(theme.ClearChecks(tree))
            item = QTreeWidgetItem(["Zoé Martin"])
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(0, Qt.CheckState.Unchecked)
            tree.addTopLevelItem(item)
            tree.show()
            qtbot.waitExposed(tree)
            option = QStyleOptionViewItem()
            option.initFrom(tree.viewport())
            option.rect = tree.visualItemRect(item)
            option.features |= QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator
            box = tree.style().subElementRect(
                QStyle.SubElement.SE_ItemViewItemCheckIndicator, option, tree.viewport()
            )
            image = tree.viewport().grab().toImage()
            edge = [
                image.pixelColor(x, box.center().y()) for x in range(box.left(), box.left() + 3)
            ]
            field = QApplication.palette().color(QPalette.ColorRole.Base)
            assert max(_contrast(colour, field) for colour in edge) >= 3, scheme
    finally:
        theme.apply(qapp, Qt.ColorScheme.Light)
