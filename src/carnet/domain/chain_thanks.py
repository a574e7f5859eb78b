"""Close the loop with the whole chain: everyone up the chain that led to a meeting hears where
it led, not only the last connector.

Anne gave the user Loïc's name, Loïc gave Mathieu's; a meeting with Mathieu is obtained. The
thank-you to Loïc is proposed as before (``interactions.ThankProposal``); ``upper_connectors``
names Anne (and whoever led to her), and ``accept_chain_thanks`` adds a "tell them where it led"
follow-up for each. Marked done, each is the "informed on …" line of that connector's history.
The chain is followed through primary introductions, and stops at a loop.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from carnet.domain.enums import FollowUpKind, InteractionKind, Outcome
from carnet.domain.interactions import ThankProposal, primary_introduction
from carnet.domain.models import FollowUp, Interaction, Person

MAX_CHAIN = 20


@dataclass(frozen=True)
class ChainConnector:
    """Someone up the chain, and the person they led the user to."""

    connector_id: int
    connector_name: str
    led_to_name: str


def chain_above(session: Session, person_id: int) -> list[ChainConnector]:
    """The connectors above ``person_id``, the nearest first."""
    chain: list[ChainConnector] = []
    seen = {person_id}
    current = session.get(Person, person_id)
    while current is not None and len(chain) < MAX_CHAIN:
        introduction = primary_introduction(session, current.id)
        if introduction is None or introduction.connector_id in seen:
            break
        connector = introduction.connector
        chain.append(ChainConnector(connector.id, connector.full_name, current.full_name))
        seen.add(connector.id)
        current = connector
    return chain


def upper_connectors(session: Session, proposal: ThankProposal) -> list[ChainConnector]:
    """Those above the direct connector to tell where it led, when a meeting was obtained;
    someone already waiting to be told about this person is left out."""
    interaction = session.get(Interaction, proposal.interaction_id)
    if interaction is None or not (
        interaction.kind == InteractionKind.MEETING
        or interaction.outcome == Outcome.MEETING_OBTAINED
    ):
        return []
    pending = set(
        session.scalars(
            select(FollowUp.person_id)
            .join(Interaction, Interaction.id == FollowUp.interaction_id)
            .where(
                FollowUp.kind == FollowUpKind.THANK_CONNECTOR,
                FollowUp.done_at.is_(None),
                Interaction.person_id == interaction.person_id,
            )
        )
    )
    return [
        link
        for link in chain_above(session, interaction.person_id)[1:]
        if link.connector_id not in pending
    ]


def accept_chain_thanks(
    session: Session, proposal: ThankProposal, titles: dict[int, str]
) -> list[int]:
    """One "tell them where it led" follow-up per connector id of ``titles`` (in the user's
    language), due with the direct thank-you; returns their ids."""
    interaction_id = (
        proposal.interaction_id
        if session.get(Interaction, proposal.interaction_id) is not None
        else None
    )
    ids = []
    for connector_id, title in titles.items():
        if session.get(Person, connector_id) is None:
            continue
        follow_up = FollowUp(
            person_id=connector_id,
            kind=FollowUpKind.THANK_CONNECTOR,
            title=" ".join(title.split())[:300],
            due_on=proposal.due_on,
            interaction_id=interaction_id,
        )
        session.add(follow_up)
        session.flush()
        ids.append(follow_up.id)
    return ids
