"""The main window's dress: icons on the sidebar, the toolbar and the menus, in one place.

Which icon stands for which command is decided here, so that the views and command classes keep
their behaviour and their texts, and one glance shows the whole visual vocabulary.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol, cast

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import QMenu, QToolBar

from carnet.ui import theme
from carnet.ui.icons import icon

if TYPE_CHECKING:
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QListWidget, QMenuBar

    from carnet.ui.calls import CallCommands
    from carnet.ui.guide_commands import GuideCommands
    from carnet.ui.reports.commands import ReportCommands
    from carnet.ui.safety import SafetyCommands
    from carnet.ui.transfer import TransferCommands


class Dressable(Protocol):
    """What the dress touches of the main window (which imports this module, not the reverse)."""

    sidebar: QListWidget
    view_actions: list[QAction]
    new_contact_action: QAction
    new_lead_action: QAction
    new_entry_action: QAction
    undo_action: QAction
    redo_action: QAction
    find_duplicates_action: QAction
    transfer: TransferCommands
    reports: ReportCommands
    safety: SafetyCommands
    guide: GuideCommands
    calls: CallCommands

    def _page_labels(self) -> dict[str, str]: ...

    def menuBar(self) -> QMenuBar: ...

    def findChild(self, kind: type[QToolBar], name: str) -> QToolBar | None: ...


SIDEBAR_ICONS = {
    "today": "sun",
    "contacts": "users",
    "organizations": "building-2",
    "referrals": "network",
    "targets": "target",
    "notebook": "notebook-pen",
    "followups": "bell",
    "dashboard": "layout-dashboard",
}
SIDEBAR_ICON_SIZE = 16
# The list's padding and border, an item's padding (carnet.qss) and the gap after the icon.
SIDEBAR_PADDING = 35


def _action_icons(window: Dressable) -> dict:
    return {
        window.new_contact_action: "user-plus",
        window.new_lead_action: "user-round-plus",
        window.new_entry_action: "square-pen",
        window.transfer.import_action: "download",
        window.transfer.export_action: "upload",
        window.transfer.backup_action: "archive",
        window.transfer.restore_action: "archive-restore",
        window.reports.calendar_action: "calendar-plus",
        window.reports.report_action: "file-text",
        window.reports.print_action: "printer",
        window.safety.restore_action: "history",
        window.safety.export_person_action: "file-down",
        window.safety.delete_person_action: "user-x",
        window.guide.settings_action: "settings",
        window.guide.guide_action: "circle-help",
        window.guide.welcome_action: "hand",
        window.undo_action: "undo-2",
        window.redo_action: "redo-2",
        window.find_duplicates_action: "copy",
        window.calls.log_action: "phone",
        window.calls.debrief_action: "messages-square",
        window.calls.prepare_action: "clipboard-list",
        window.calls.playbook_action: "book-open",
        window.calls.profile_action: "user-round",
    }


def fit_sidebar(window: Dressable) -> None:
    """As wide as its widest entry (with a count of follow-ups due), icons and padding included."""
    labels = window._page_labels()
    metrics = window.sidebar.fontMetrics()
    widest = max(
        *(metrics.horizontalAdvance(label) for label in labels.values()),
        metrics.horizontalAdvance(labels["followups"] + " (00)"),
    )
    window.sidebar.setFixedWidth(widest + SIDEBAR_ICON_SIZE + SIDEBAR_PADDING)


def dress(window: Dressable) -> None:
    """Icons on the sidebar, the menus and the toolbar; the toolbar's quick actions."""
    sidebar = window.sidebar
    sidebar.setObjectName("sidebar")
    theme.dress(sidebar, "sidebar")
    theme.dress(cast(QToolBar, window.findChild(QToolBar, "quickActions")), "toolbar")
    sidebar.setIconSize(QSize(SIDEBAR_ICON_SIZE, SIDEBAR_ICON_SIZE))
    for row, key in enumerate(window._page_labels()):
        sidebar.item(row).setIcon(icon(SIDEBAR_ICONS[key]))
    fit_sidebar(window)
    for action, name in _action_icons(window).items():
        action.setIcon(icon(name))
    for row, action in enumerate(window.view_actions):
        action.setIcon(icon(list(SIDEBAR_ICONS.values())[row]))
    # One way to restore: the dialog of automatic copies also opens a backup file.
    for menu_action in window.menuBar().actions():
        if window.transfer.restore_action in cast(QMenu, menu_action.menu()).actions():
            cast(QMenu, menu_action.menu()).removeAction(window.transfer.restore_action)
    window.safety.restore_action.setToolTip(
        QCoreApplication.translate(
            "SafetyCommands", "Put back an automatic copy, or a backup file you saved"
        )
    )
    # "My profile" where people look for it: beside Settings, not among the calls.
    profile = window.calls.profile_action
    for menu_action in window.menuBar().actions():
        menu = cast(QMenu, menu_action.menu())  # the stub says QObject
        if profile in menu.actions():
            menu.removeAction(profile)
        if window.guide.settings_action in menu.actions():
            menu.insertAction(window.guide.settings_action, profile)
    toolbar = window.findChild(QToolBar, "quickActions")
    assert toolbar is not None
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    toolbar.setIconSize(QSize(18, 18))
    toolbar.clear()
    for action in (
        window.new_contact_action,
        window.new_lead_action,
        window.calls.log_action,
        window.new_entry_action,
    ):
        toolbar.addAction(action)
