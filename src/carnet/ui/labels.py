"""The words the user sees for each value of the domain's vocabularies."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from carnet.domain.enums import ContactStatus, IntroductionStatus, Permission


def _tr(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def status_label(status: ContactStatus) -> str:
    return {
        ContactStatus.LEAD: _tr("Lead"),
        ContactStatus.TO_CONTACT: _tr("To contact"),
        ContactStatus.CONTACTED: _tr("Contacted"),
        ContactStatus.MET: _tr("Met"),
        ContactStatus.IN_RELATION: _tr("In relation"),
        ContactStatus.DECLINED: _tr("Declined"),
    }[status]


def permission_label(permission: Permission) -> str:
    return {
        Permission.YES: _tr("May use their name"),
        Permission.NO: _tr("May not use their name"),
        Permission.NOT_ASKED: _tr("Permission not asked yet"),
    }[permission]


def introduction_status_label(status: IntroductionStatus) -> str:
    return {
        IntroductionStatus.SUGGESTED: _tr("Suggested"),
        IntroductionStatus.CONTACTED: _tr("Contacted"),
        IntroductionStatus.MET: _tr("Met"),
    }[status]
