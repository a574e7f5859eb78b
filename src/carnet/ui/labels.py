"""The words the user sees for each value of the domain's vocabularies."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from carnet.domain.enums import (
    ContactStatus,
    FollowUpKind,
    Forewarned,
    InteractionKind,
    IntroductionStatus,
    LeadStage,
    NoteKind,
    Outcome,
    Permission,
    Warmth,
)


def status_label(status: ContactStatus) -> str:
    return {
        ContactStatus.LEAD: QCoreApplication.translate("Labels", "Lead"),
        ContactStatus.TO_CONTACT: QCoreApplication.translate("Labels", "To contact"),
        ContactStatus.CONTACTED: QCoreApplication.translate("Labels", "Contacted"),
        ContactStatus.MET: QCoreApplication.translate("Labels", "Met"),
        ContactStatus.IN_RELATION: QCoreApplication.translate("Labels", "In relation"),
        ContactStatus.DECLINED: QCoreApplication.translate("Labels", "Declined"),
    }[status]


def permission_label(permission: Permission) -> str:
    return {
        Permission.YES: QCoreApplication.translate("Labels", "May use their name"),
        Permission.NO: QCoreApplication.translate("Labels", "May not use their name"),
        Permission.NOT_ASKED: QCoreApplication.translate("Labels", "Permission not asked yet"),
    }[permission]


def introduction_status_label(status: IntroductionStatus) -> str:
    return {
        IntroductionStatus.SUGGESTED: QCoreApplication.translate("Labels", "Suggested"),
        IntroductionStatus.CONTACTED: QCoreApplication.translate("Labels", "Contacted"),
        IntroductionStatus.MET: QCoreApplication.translate("Labels", "Met"),
    }[status]


def note_kind_label(kind: NoteKind) -> str:
    return {
        NoteKind.MEETING_NOTES: QCoreApplication.translate("Labels", "Meeting notes"),
        NoteKind.CALL_PREPARATION: QCoreApplication.translate("Labels", "Call preparation"),
        NoteKind.JOURNAL: QCoreApplication.translate("Labels", "Journal"),
        NoteKind.COMPANY_FACTS: QCoreApplication.translate("Labels", "Facts about a company"),
    }[kind]


def interaction_kind_label(kind: InteractionKind) -> str:
    return {
        InteractionKind.CALL: QCoreApplication.translate("Labels", "Phone call"),
        InteractionKind.MEETING: QCoreApplication.translate("Labels", "Meeting"),
        InteractionKind.VIDEO_CALL: QCoreApplication.translate("Labels", "Video call"),
        InteractionKind.EMAIL: QCoreApplication.translate("Labels", "Email"),
        InteractionKind.MESSAGE: QCoreApplication.translate("Labels", "Message"),
        InteractionKind.EVENT: QCoreApplication.translate("Labels", "Event"),
        InteractionKind.GAVE_INTRODUCTION: QCoreApplication.translate(
            "Labels", "Help given: an introduction"
        ),
        InteractionKind.GAVE_ADVICE: QCoreApplication.translate("Labels", "Help given: advice"),
        InteractionKind.SENT_ARTICLE: QCoreApplication.translate(
            "Labels", "Help given: an article"
        ),
        InteractionKind.SHARED_NEWS: QCoreApplication.translate("Labels", "Help given: news"),
        InteractionKind.CV_HANDED: QCoreApplication.translate("Labels", "CV handed over"),
    }[kind]


def outcome_label(outcome: Outcome) -> str:
    return {
        Outcome.MEETING_OBTAINED: QCoreApplication.translate("Labels", "Meeting obtained"),
        Outcome.HELPFUL: QCoreApplication.translate("Labels", "Helpful"),
        Outcome.NOT_NOW: QCoreApplication.translate("Labels", "Not now"),
        Outcome.DECLINED: QCoreApplication.translate("Labels", "Declined"),
        Outcome.DIFFICULT: QCoreApplication.translate("Labels", "Difficult"),
    }[outcome]


def warmth_label(warmth: Warmth) -> str:
    return {
        Warmth.WARM: QCoreApplication.translate("Labels", "Warm: on someone's recommendation"),
        Warmth.KNOWN: QCoreApplication.translate("Labels", "Known: someone you already know"),
        Warmth.COLD: QCoreApplication.translate("Labels", "Cold: without a recommendation"),
    }[warmth]


def forewarned_label(forewarned: Forewarned) -> str:
    """Has the connector told the person that the user will call ("prévenu")?"""
    return {
        Forewarned.YES: QCoreApplication.translate("Labels", "Yes, they expect my call"),
        Forewarned.NO: QCoreApplication.translate("Labels", "No, not told"),
        Forewarned.UNKNOWN: QCoreApplication.translate("Labels", "I don't know"),
    }[forewarned]


def follow_up_kind_label(kind: FollowUpKind) -> str:
    return {
        FollowUpKind.NEXT_STEP: QCoreApplication.translate("Labels", "Next step"),
        FollowUpKind.THANK_CONNECTOR: QCoreApplication.translate("Labels", "Thank the connector"),
        FollowUpKind.KEEP_IN_TOUCH: QCoreApplication.translate("Labels", "Keep in touch"),
    }[kind]


def lead_stage_label(stage: LeadStage | None) -> str:
    return {
        None: QCoreApplication.translate("Labels", "Not qualified yet"),
        LeadStage.TO_CHECK: QCoreApplication.translate("Labels", "To check"),
        LeadStage.PARKED: QCoreApplication.translate("Labels", "Parked"),
        LeadStage.WORTH_A_CALL: QCoreApplication.translate("Labels", "Worth a call"),
    }[stage]
