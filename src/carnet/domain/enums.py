"""The vocabularies of the method, stored as short stable strings."""

from __future__ import annotations

from enum import StrEnum


class ContactStatus(StrEnum):
    """Where a person stands in the user's search, from a name dropped over lunch onwards."""

    LEAD = "lead"
    TO_CONTACT = "to_contact"
    CONTACTED = "contacted"
    MET = "met"
    IN_RELATION = "in_relation"
    DECLINED = "declined"


class Permission(StrEnum):
    """May the user say "I am calling on behalf of <connector>"?"""

    NOT_ASKED = "not_asked"
    YES = "yes"
    NO = "no"


class IntroductionStatus(StrEnum):
    SUGGESTED = "suggested"
    CONTACTED = "contacted"
    MET = "met"


class InteractionKind(StrEnum):
    CALL = "call"
    MEETING = "meeting"
    VIDEO_CALL = "video_call"
    EMAIL = "email"
    MESSAGE = "message"
    EVENT = "event"
    # help given (reciprocity): see domain/reciprocity.py
    GAVE_INTRODUCTION = "gave_introduction"
    GAVE_ADVICE = "gave_advice"
    SENT_ARTICLE = "sent_article"
    SHARED_NEWS = "shared_news"
    # the user's CV handed to this person, for a job or a company (in the summary)
    CV_HANDED = "cv_handed"


class Warmth(StrEnum):
    """A warm call is made on someone's recommendation; a known one to someone the user already
    knows (a friend, a former colleague); a cold one to a stranger, without a recommendation."""

    WARM = "warm"
    KNOWN = "known"
    COLD = "cold"


class Forewarned(StrEnum):
    """Has the connector told the person that the user will call ("prévenu")?"""

    YES = "yes"
    NO = "no"
    UNKNOWN = "unknown"


class LeadStage(StrEnum):
    """How far a lead has matured before it is worth a call this week."""

    TO_CHECK = "to_check"
    PARKED = "parked"
    WORTH_A_CALL = "worth_a_call"


class Outcome(StrEnum):
    MEETING_OBTAINED = "meeting_obtained"
    HELPFUL = "helpful"
    NOT_NOW = "not_now"
    DECLINED = "declined"
    DIFFICULT = "difficult"


class NoteKind(StrEnum):
    MEETING_NOTES = "meeting_notes"
    CALL_PREPARATION = "call_preparation"
    JOURNAL = "journal"
    COMPANY_FACTS = "company_facts"


class FollowUpKind(StrEnum):
    NEXT_STEP = "next_step"
    THANK_CONNECTOR = "thank_connector"
    KEEP_IN_TOUCH = "keep_in_touch"


class ContactPointKind(StrEnum):
    EMAIL = "email"
    PHONE = "phone"
