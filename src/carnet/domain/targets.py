"""Target companies: the chains of relays toward each one, how far the user is, what to do next.

A person is *met* when their status is met or in relation, or when an introduction to them is
marked met. The distance to a person is 0 once met; otherwise it is one more than the distance to
the nearest of the people who gave their name (the user, for someone known directly, is at 0).
So it counts the relays still to go from the last person met.

The goal is the future boss, not "someone inside" (seed 002): a target company's distance is
the relays to its decision maker(s). When a decision maker is known, it is the nearest one's
distance (0 once met); when none is known yet, it is one more than the nearest person inside
(who still has to name them): meeting someone inside is a step, one relay from the end. A person
inside who declined is not a way in, and counts for nothing; None when there is no way in.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from carnet.domain.enums import ContactStatus, IntroductionStatus, Permission
from carnet.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from carnet.domain.models import Introduction, Organization, Person
from carnet.domain.people import find_or_create_organization
from carnet.domain.referrals import MET_STATUSES
from carnet.domain.text import fold


@dataclass(frozen=True)
class ChainStep:
    """One person on a chain, with the edge from the connector before them (None: the user)."""

    person_id: int
    name: str
    job_title: str
    status: ContactStatus
    met: bool
    contacted: bool
    is_decision_maker: bool
    connector_id: int | None
    introduction_id: int | None
    permission: Permission | None
    introduction_status: IntroductionStatus | None
    thanked: bool = False
    """The user told the connector how it went with this person."""


@dataclass(frozen=True)
class Chain:
    """From the first person the user knows to someone inside the target company."""

    steps: tuple[ChainStep, ...]
    distance: int

    @property
    def inside(self) -> ChainStep:
        return self.steps[-1]

    @property
    def declined(self) -> bool:
        """The person inside declined: not a way in."""
        return self.inside.status == ContactStatus.DECLINED


class TargetStage(StrEnum):
    """How far the user has gone toward a target company's decision maker."""

    NOBODY_KNOWN = "nobody_known"
    ON_THE_WAY = "on_the_way"
    """Someone inside (or a decision maker) is known, not met yet."""
    INSIDE_MET = "inside_met"
    """Someone inside is met, the decision maker not yet."""
    DECISION_MAKER_MET = "decision_maker_met"


def company_distance(chains: list[Chain] | tuple[Chain, ...]) -> tuple[int | None, TargetStage]:
    """Relays to the decision maker, and the stage, from a company's chains (see the module)."""
    ways_in = [c for c in chains if not c.declined]
    deciders = [c.distance for c in ways_in if c.inside.is_decision_maker]
    inside = [c.distance for c in ways_in]
    if deciders:
        distance = min(deciders)
    elif inside:
        distance = min(inside) + 1
    else:
        return None, TargetStage.NOBODY_KNOWN
    if distance == 0:
        return 0, TargetStage.DECISION_MAKER_MET
    if min(inside) == 0:
        return distance, TargetStage.INSIDE_MET
    return distance, TargetStage.ON_THE_WAY


class NextActionKind(StrEnum):
    CALL = "call"
    """Call ``person`` (the one after the farthest person reached), through ``connector``."""
    THANK_CONNECTOR = "thank_connector"
    """The chain reached ``person`` inside: tell ``connector``, who gave the name, how it went."""
    GET_MEETING = "get_meeting"
    """``person`` was contacted: follow up to meet them."""
    FIND_ANOTHER_WAY = "find_another_way"
    """``person`` declined: ask ``connector`` (or the user's contacts) for another name."""
    ASK_DECISION_MAKER = "ask_decision_maker"
    """Everyone on the chain is met; ask ``person`` who decides there."""
    DONE = "done"
    """The user has met ``person``, the decision maker."""
    FIND_WAY_IN = "find_way_in"
    """Nobody inside is known yet: ask around who knows the company."""


@dataclass(frozen=True)
class NextAction:
    kind: NextActionKind
    person_id: int | None = None
    person_name: str = ""
    connector_id: int | None = None
    connector_name: str = ""
    permission: Permission | None = None


@dataclass(frozen=True)
class DecisionMaker:
    person_id: int
    name: str
    job_title: str
    met: bool


@dataclass(frozen=True)
class TargetCompany:
    organization_id: int
    name: str
    priority: int | None
    sector: str
    distance: int | None
    """Relays to the decision maker (see the module); None: no way in yet."""
    chains: tuple[Chain, ...]
    """One per person inside, nearest first (decision makers first among equals), those who
    declined last."""
    decision_makers: tuple[DecisionMaker, ...]
    next_action: NextAction
    stage: TargetStage = TargetStage.NOBODY_KNOWN


@dataclass
class _Person:
    name: str
    job_title: str
    organization_id: int | None
    status: ContactStatus
    is_decision_maker: bool
    met: bool = False
    contacted: bool = False


@dataclass(frozen=True)
class _Edge:
    introduction_id: int
    connector_id: int
    is_primary: bool
    permission: Permission
    status: IntroductionStatus
    thanked: bool


class _Network:
    """Everyone and every introduction, read in two queries, with memoised distances."""

    def __init__(self, session: Session) -> None:
        self.people: dict[int, _Person] = {}
        for pid, first, last, job, org_id, status, decision_maker in session.execute(
            select(
                Person.id,
                Person.first_name,
                Person.last_name,
                Person.job_title,
                Person.organization_id,
                Person.status,
                Person.is_decision_maker,
            )
        ):
            status = ContactStatus(status)
            self.people[pid] = _Person(
                f"{first} {last}" if first and last else first or last,
                job,
                org_id,
                status,
                bool(decision_maker),
                met=status in MET_STATUSES,
                contacted=status
                in (ContactStatus.CONTACTED, ContactStatus.DECLINED, *MET_STATUSES),
            )
        self.connectors: dict[int, list[_Edge]] = {}
        for (
            intro_id,
            connector_id,
            introduced_id,
            primary,
            permission,
            intro_status,
            thanked_on,
        ) in session.execute(
            select(
                Introduction.id,
                Introduction.connector_id,
                Introduction.introduced_id,
                Introduction.is_primary,
                Introduction.permission,
                Introduction.status,
                Introduction.thanked_on,
            ).order_by(Introduction.is_primary.desc(), Introduction.introduced_on, Introduction.id)
        ):
            edge = _Edge(
                intro_id,
                connector_id,
                bool(primary),
                Permission(permission),
                IntroductionStatus(intro_status),
                thanked_on is not None,
            )
            self.connectors.setdefault(introduced_id, []).append(edge)
            person = self.people[introduced_id]
            if edge.status == IntroductionStatus.MET:
                person.met = person.contacted = True
            elif edge.status == IntroductionStatus.CONTACTED:
                person.contacted = True
        self.distance: dict[int, int] = {}
        self.best_edge: dict[int, _Edge | None] = {}

    def resolve(self, person_id: int) -> int:
        """The person's distance, computing it (and their connectors') on first use.

        Iterative, so that however long a chain is, Python's recursion limit is never reached;
        a connector caught in a loop (only possible in data written outside Carnet) is ignored.
        """
        visiting: set[int] = set()
        stack = [(person_id, False)]
        while stack:
            pid, expanded = stack.pop()
            if pid in self.distance:
                continue
            edges = self.connectors.get(pid, [])
            if not expanded:
                visiting.add(pid)
                stack.append((pid, True))
                stack.extend(
                    (e.connector_id, False)
                    for e in edges
                    if e.connector_id not in self.distance and e.connector_id not in visiting
                )
                continue
            visiting.discard(pid)
            known = [e for e in edges if e.connector_id in self.distance]
            # edges come primary first, then oldest first: min() keeps the first among equals
            best = min(known, key=lambda e: self.distance[e.connector_id], default=None)
            self.best_edge[pid] = best
            if self.people[pid].met:
                self.distance[pid] = 0
            else:
                self.distance[pid] = 1 + (self.distance[best.connector_id] if best else 0)
        return self.distance[person_id]

    def chain(self, person_id: int) -> Chain:
        distance = self.resolve(person_id)
        steps: list[ChainStep] = []
        current: int | None = person_id
        seen: set[int] = set()
        while current is not None and current not in seen:
            seen.add(current)
            person, edge = self.people[current], self.best_edge.get(current)
            steps.append(
                ChainStep(
                    person_id=current,
                    name=person.name,
                    job_title=person.job_title,
                    status=person.status,
                    met=person.met,
                    contacted=person.contacted,
                    is_decision_maker=person.is_decision_maker,
                    connector_id=edge.connector_id if edge else None,
                    introduction_id=edge.introduction_id if edge else None,
                    permission=edge.permission if edge else None,
                    introduction_status=edge.status if edge else None,
                    thanked=edge.thanked if edge else False,
                )
            )
            current = edge.connector_id if edge else None
        steps.reverse()
        return Chain(tuple(steps), distance)


def _next_action(network: _Network, focus: Chain | None) -> NextAction:
    """What to do next on the chain: everyone before the farthest person reached (contacted or
    met) is behind the user, even a relay never called who gave that person's name."""
    if focus is None:
        return NextAction(NextActionKind.FIND_WAY_IN)
    steps = focus.steps
    reached = max((i for i, step in enumerate(steps) if step.contacted or step.met), default=-1)
    if reached >= 0 and steps[reached].status == ContactStatus.DECLINED:
        return _action(network, NextActionKind.FIND_ANOTHER_WAY, steps[reached])
    if reached < len(steps) - 1:
        return _action(network, NextActionKind.CALL, steps[reached + 1])
    inside = focus.inside
    if inside.met and inside.is_decision_maker:
        return _action(network, NextActionKind.DONE, inside)
    if inside.connector_id is not None and not inside.thanked:
        return _action(network, NextActionKind.THANK_CONNECTOR, inside)
    if not inside.met:
        return _action(network, NextActionKind.GET_MEETING, inside)
    return _action(network, NextActionKind.ASK_DECISION_MAKER, inside)


def _action(network: _Network, kind: NextActionKind, step: ChainStep) -> NextAction:
    connector = network.people.get(step.connector_id) if step.connector_id else None
    return NextAction(
        kind,
        person_id=step.person_id,
        person_name=step.name,
        connector_id=step.connector_id,
        connector_name=connector.name if connector else "",
        permission=step.permission,
    )


def target_companies(session: Session) -> list[TargetCompany]:
    """Every target company with its chains, nearest first, then by priority and name."""
    targets = session.execute(
        select(Organization.id, Organization.name, Organization.priority, Organization.sector)
        .where(Organization.is_target)
        .order_by(Organization.id)
    ).all()
    if not targets:
        return []
    network = _Network(session)
    inside: dict[int, list[int]] = {org_id: [] for org_id, *_ in targets}
    for pid, person in network.people.items():
        if person.organization_id in inside:
            inside[person.organization_id].append(pid)

    companies = []
    for org_id, name, priority, sector in targets:
        chains = sorted(
            (network.chain(pid) for pid in inside[org_id]),
            key=lambda c: (
                c.declined,
                c.distance,
                not c.inside.is_decision_maker,
                fold(c.inside.name),
            ),
        )
        deciders = [c for c in chains if c.inside.is_decision_maker]
        ways_in = [c for c in chains if not c.declined]
        candidates = ways_in or deciders or chains
        fallback = candidates[0] if candidates else None
        focus = next((c for c in ways_in if c.inside.is_decision_maker), fallback)
        distance, stage = company_distance(chains)
        companies.append(
            TargetCompany(
                organization_id=org_id,
                name=name,
                priority=priority,
                sector=sector,
                distance=distance,
                chains=tuple(chains),
                decision_makers=tuple(
                    DecisionMaker(
                        c.inside.person_id, c.inside.name, c.inside.job_title, c.inside.met
                    )
                    for c in sorted(deciders, key=lambda c: fold(c.inside.name))
                ),
                next_action=_next_action(network, focus),
                stage=stage,
            )
        )
    companies.sort(
        key=lambda t: (
            t.distance is None,
            t.distance or 0,
            t.priority is None,
            t.priority or 0,
            fold(t.name),
        )
    )
    return companies


# Choosing targets and decision makers ----------------------------------------------------------

MAX_PRIORITY = 5


def set_target(session: Session, organization_name: str, priority: int | None = None) -> int:
    """Make the named organisation (created if new) a target company; returns its id."""
    name = organization_name.strip()
    if not name:
        raise ValidationError(
            "organization", QT_TRANSLATE_NOOP("DomainMessages", "Type the name of the company.")
        )
    if "\x00" in name:
        raise ValidationError(
            "organization",
            QT_TRANSLATE_NOOP("DomainMessages", "This text holds an invisible control character."),
        )
    if priority is not None and not 1 <= priority <= MAX_PRIORITY:
        raise ValidationError(
            "priority",
            QT_TRANSLATE_NOOP("DomainMessages", "The priority goes from 1 (most wanted) to 5."),
        )
    organization = find_or_create_organization(session, name)
    assert organization is not None
    organization.is_target = True
    organization.priority = priority
    session.flush()
    return organization.id


def remove_target(session: Session, organization_id: int) -> None:
    """The company stays in the contacts, no longer as a target."""
    organization = session.get(Organization, organization_id)
    if organization is not None:
        organization.is_target = False
        organization.priority = None


def set_decision_maker(session: Session, person_id: int, is_decision_maker: bool) -> None:
    person = session.get(Person, person_id)
    if person is None:
        raise ValidationError(
            "person",
            QT_TRANSLATE_NOOP("DomainMessages", "This person is no longer in your contacts."),
        )
    person.is_decision_maker = is_decision_maker


def count_targets(session: Session) -> int:
    return session.scalar(select(func.count(Organization.id)).where(Organization.is_target)) or 0
