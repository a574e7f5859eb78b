"""Quick capture of a lead: a name dropped over lunch ("you should really call TrucMuche").

One step writes the person as a *lead* and, when the user says who mentioned them, the
introduction from that connector with the permission to use their name. Where the name came up
goes to the card's "how we met"; the one line of why to call them is the introduction's reason
(never "how they know each other", which the user did not say), or goes to "how we met" when
nobody is named.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from carnet.domain import name_match
from carnet.domain.enums import ContactStatus, Forewarned, Permission
from carnet.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from carnet.domain.models import Person
from carnet.domain.people import PersonDraft, create_person
from carnet.domain.referrals import introduce_new_person

NAME_MISSING = QT_TRANSLATE_NOOP("DomainMessages", "Type the name you were given.")
CONNECTOR_GONE = QT_TRANSLATE_NOOP(
    "DomainMessages",
    "The person who mentioned them is no longer in your contacts; choose someone else.",
)
MAX_LINE = 2_000
LINE_TOO_LONG = QT_TRANSLATE_NOOP(
    "DomainMessages", "Keep it to one line: 2,000 characters at most."
)


@dataclass
class LeadDraft:
    name: str = ""
    connector_id: int | None = None
    organization_name: str = ""
    context: str = ""
    permission: Permission = Permission.NOT_ASKED
    why: str = ""
    forewarned: Forewarned = Forewarned.UNKNOWN


def split_name(name: str) -> tuple[str, str]:
    """ "Marie de La Tour" → ("Marie", "de La Tour"): the first word is the first name."""
    words = name.split()
    return (words[0], " ".join(words[1:])) if words else ("", "")


def capture_lead(session: Session, draft: LeadDraft) -> int:
    """Write the lead (and the introduction from the connector); returns the new person's id."""
    first, last = split_name(draft.name)
    if not first:
        raise ValidationError("name", NAME_MISSING)
    context, why = draft.context.strip(), draft.why.strip()
    for field, value in (("context", context), ("why", why)):
        if len(value) > MAX_LINE:
            raise ValidationError(field, LINE_TOO_LONG)
    if draft.connector_id is not None and session.get(Person, draft.connector_id) is None:
        raise ValidationError("connector", CONNECTOR_GONE)
    person = PersonDraft(
        first_name=first,
        last_name=last,
        organization_name=draft.organization_name,
        status=ContactStatus.LEAD,
        how_we_met=context
        if draft.connector_id is not None
        else "\n".join(part for part in (context, why) if part),
    )
    if draft.connector_id is None:
        return create_person(session, person)
    return introduce_new_person(
        session,
        draft.connector_id,
        person,
        permission=Permission(draft.permission),
        reason=why,
        forewarned=Forewarned(draft.forewarned),
    )


NO_CONNECTOR_FOR_KNOWN = QT_TRANSLATE_NOOP(
    "DomainMessages",
    "This person is already in your contacts. Say who mentioned them, and Carnet adds that "
    "connector to their card; or choose “someone new”.",
)


def add_connector_to_known(session: Session, person_id: int, draft: LeadDraft) -> int:
    """The name given is someone already known: the connector is added to their card (a second
    introduction) instead of a second card; the why and where it came up become the
    introduction's reason. Returns the introduction's id."""
    if draft.connector_id is None:
        raise ValidationError("connector", NO_CONNECTOR_FOR_KNOWN)
    if session.get(Person, draft.connector_id) is None:
        raise ValidationError("connector", CONNECTOR_GONE)
    context, why = draft.context.strip(), draft.why.strip()
    for field, value in (("context", context), ("why", why)):
        if len(value) > MAX_LINE:
            raise ValidationError(field, LINE_TOO_LONG)
    return name_match.add_connector(
        session,
        person_id,
        draft.connector_id,
        permission=Permission(draft.permission),
        reason=" — ".join(part for part in (why, context) if part),  # where it came up kept too
    )
