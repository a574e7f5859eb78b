"""Follow-ups: whom to call, thank or get back in touch with, and by when.

Two kinds of item share one list:

* **stored follow-ups**, ``follow_up`` rows: next steps, "thank the connector" suggestions, and
  reminders the user wrote themselves;
* **keep-in-touch reminders**, computed and never stored. A person with a cadence (their own
  ``keep_in_touch_days``, else the default for their status, kept in the settings) is due
  ``cadence`` days after their last exchange with them: the latest interaction of any kind (a
  call, meeting, message, email, or help given), or keep-in-touch or thank-you follow-up about
  them marked done. Someone never contacted counts from the day they joined the network
  (``connected_on``, else the day they were added). A notebook entry that mentions them is not an
  exchange: they heard nothing from the user, so it leaves the count alone.

On a reminder, *done* stores a done keep-in-touch follow-up (a contact today: the count starts
again); *snooze* keeps the day in the settings (``keep_in_touch.snoozed.<person id>``), and the
reminder is due on the later of that day and the cadence's; *edit* changes the person's cadence.
A person with an open stored keep-in-touch follow-up gets no computed reminder: the user's own
wording and date stand for it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Select,
    String,
    Subquery,
    case,
    cast,
    delete,
    func,
    literal,
    select,
    union_all,
)
from sqlalchemy.orm import Session

from carnet.domain.enums import ContactStatus, FollowUpKind
from carnet.domain.errors import CONTROL_CHARACTER_MESSAGE, QT_TRANSLATE_NOOP, ValidationError
from carnet.domain.follow_up_items import FollowUpItem as FollowUpItem
from carnet.domain.follow_up_items import ItemKey as ItemKey
from carnet.domain.models import (
    FollowUp,
    Interaction,
    Introduction,
    Organization,
    Person,
    Setting,
)
from carnet.domain.weeks import week_end

# every 3 weeks, 2 months, 6 months, every year
CADENCE_PRESETS = (21, 61, 182, 365)
MIN_CADENCE_DAYS, MAX_CADENCE_DAYS = 1, 3650
BUILT_IN_DEFAULT_CADENCE: dict[ContactStatus, int | None] = {
    ContactStatus.LEAD: None,
    ContactStatus.TO_CONTACT: None,
    ContactStatus.CONTACTED: None,
    ContactStatus.MET: 61,
    ContactStatus.IN_RELATION: 61,
    ContactStatus.DECLINED: None,
}
DEFAULT_CADENCE_KEY = "cadence.default.{status}"
SNOOZED_KEY = "keep_in_touch.snoozed.{person_id}"
SNOOZED_PREFIX = "keep_in_touch.snoozed."
KEEP_IN_TOUCH_HORIZON_DAYS = 28
"""Reminders are listed (and exported) up to four weeks ahead; stored follow-ups at any date."""
MAX_TITLE = 300
CONTACT_FOLLOW_UPS = (FollowUpKind.KEEP_IN_TOUCH, FollowUpKind.THANK_CONNECTOR)

CADENCE_MESSAGE = QT_TRANSLATE_NOOP(
    "DomainMessages", "A keep-in-touch rhythm is between 1 and 3650 days."
)
TITLE_MESSAGE = QT_TRANSLATE_NOOP(
    "DomainMessages", "Say in a few words what to do, for example “Call Marc back”."
)
TITLE_TOO_LONG_MESSAGE = QT_TRANSLATE_NOOP(
    "DomainMessages", "Keep the follow-up to one line of at most 300 characters."
)
SNOOZE_PAST_MESSAGE = QT_TRANSLATE_NOOP(
    "DomainMessages", "Choose a day after today to snooze until."
)
GONE_MESSAGE = QT_TRANSLATE_NOOP(
    "DomainMessages", "This follow-up no longer exists; the list has been refreshed."
)
PERSON_GONE_MESSAGE = QT_TRANSLATE_NOOP(
    "DomainMessages", "This person is no longer in your contacts; choose someone else."
)


class Bucket(StrEnum):
    OVERDUE = "overdue"
    TODAY = "today"
    THIS_WEEK = "this_week"
    LATER = "later"


def bucket_of(due_on: dt.date, today: dt.date) -> Bucket:
    """Overdue, today, the rest of this week (until Sunday), or later."""
    if due_on < today:
        return Bucket.OVERDUE
    if due_on == today:
        return Bucket.TODAY
    if due_on <= week_end(today):
        return Bucket.THIS_WEEK
    return Bucket.LATER


@dataclass(frozen=True)
class FollowUpList:
    today: dt.date
    overdue: tuple[FollowUpItem, ...] = ()
    due_today: tuple[FollowUpItem, ...] = ()
    this_week: tuple[FollowUpItem, ...] = ()
    later: tuple[FollowUpItem, ...] = ()

    def bucket(self, bucket: Bucket) -> tuple[FollowUpItem, ...]:
        return {
            Bucket.OVERDUE: self.overdue,
            Bucket.TODAY: self.due_today,
            Bucket.THIS_WEEK: self.this_week,
            Bucket.LATER: self.later,
        }[bucket]

    def items(self) -> list[FollowUpItem]:
        return [*self.overdue, *self.due_today, *self.this_week, *self.later]

    @property
    def due_count(self) -> int:
        """What is waiting now: overdue and due today."""
        return len(self.overdue) + len(self.due_today)


@dataclass
class FollowUpDraft:
    kind: FollowUpKind = FollowUpKind.NEXT_STEP
    title: str = ""
    due_on: dt.date | None = None
    person_id: int | None = None


# -- cadences ----------------------------------------------------------------------------------


def _check_cadence(days: int | None) -> None:
    if days is not None and not MIN_CADENCE_DAYS <= days <= MAX_CADENCE_DAYS:
        raise ValidationError("cadence", CADENCE_MESSAGE)


def default_cadences(session: Session) -> dict[ContactStatus, int | None]:
    """The keep-in-touch rhythm of a person who has none of their own, by status."""
    stored = dict(
        session.execute(
            select(Setting.key, Setting.value).where(Setting.key.like("cadence.default.%"))
        ).all()
    )
    cadences = {}
    for status, built_in in BUILT_IN_DEFAULT_CADENCE.items():
        value = stored.get(DEFAULT_CADENCE_KEY.format(status=status.value))
        if value is None:
            cadences[status] = built_in
        else:
            days = int(value) if value.strip().isdigit() else 0
            cadences[status] = days or None
    return cadences


def save_default_cadences(session: Session, cadences: dict[ContactStatus, int | None]) -> None:
    """Store every status's default; None means no reminder for that status ("0")."""
    for days in cadences.values():
        _check_cadence(days)
    for status, days in cadences.items():
        key = DEFAULT_CADENCE_KEY.format(status=ContactStatus(status).value)
        row = session.get(Setting, key)
        value = str(days or 0)
        if row is None:
            session.add(Setting(key=key, value=value))
        else:
            row.value = value


def set_cadence(session: Session, person_id: int, days: int | None) -> None:
    """The person's own rhythm; None falls back to the default for their status, 0 is never."""
    if days != 0:
        _check_cadence(days)
    person = session.get(Person, person_id)
    if person is None:
        raise ValidationError("person", PERSON_GONE_MESSAGE)
    person.keep_in_touch_days = days


def cadence_of(session: Session, person_id: int | None) -> tuple[int | None, int | None]:
    """The person's own rhythm (None: none of their own) and the default for their status."""
    person = session.get(Person, person_id) if person_id is not None else None
    if person is None:
        return None, None
    return person.keep_in_touch_days, default_cadences(session).get(person.status)


# -- reading -----------------------------------------------------------------------------------


def _cadence_expression(defaults: dict[ContactStatus, int | None]) -> ColumnElement[Any]:
    by_status = [(Person.status == status, days) for status, days in defaults.items() if days]
    default = case(*by_status, else_=None) if by_status else literal(None)
    return func.coalesce(Person.keep_in_touch_days, default)


def _contact_days(people_with_cadence: ColumnElement[bool]) -> Subquery:
    """One row per (person, source): the latest day of each kind of exchange, plus the day the
    person joined (``joined``) for those in ``people_with_cadence``.

    Each source is grouped on its own; the interactions in one pass over the table
    (``person_id + 0`` keeps SQLite off the person index, whose row-by-row lookups are three times
    slower on a large file).
    """
    interactions = select(
        (Interaction.person_id + 0).label("person_id"),
        literal(1).label("contact"),
        func.date(func.max(Interaction.occurred_at)).label("day"),
    ).group_by(Interaction.person_id + 0)
    done = (
        select(FollowUp.person_id, literal(1), func.date(func.max(FollowUp.done_at)))
        .where(
            FollowUp.done_at.is_not(None),
            FollowUp.person_id.is_not(None),
            FollowUp.kind.in_(CONTACT_FOLLOW_UPS),
        )
        .group_by(FollowUp.person_id)
    )
    joined = select(
        Person.id,
        literal(0),
        func.coalesce(cast(Person.connected_on, String), func.date(Person.created_at)),
    ).where(people_with_cadence)
    return union_all(interactions, done, joined).subquery("contacts")


def _snoozes(session: Session) -> dict[int, dt.date]:
    snoozed = {}
    for key, value in session.execute(
        select(Setting.key, Setting.value).where(Setting.key.like(SNOOZED_PREFIX + "%"))
    ):
        try:
            snoozed[int(key.removeprefix(SNOOZED_PREFIX))] = dt.date.fromisoformat(value)
        except ValueError:
            continue
    return snoozed


def _reminders(
    session: Session, horizon: dt.date, columns: Callable[..., Sequence[Any]]
) -> Select[Any]:
    """SELECT ``columns(days, cadence, due)`` over the people due by ``horizon`` (snoozes aside)."""
    cadence = _cadence_expression(default_cadences(session))
    open_reminder = (
        select(FollowUp.id)
        .where(
            FollowUp.person_id == Person.id,
            FollowUp.kind == FollowUpKind.KEEP_IN_TOUCH,
            FollowUp.done_at.is_(None),
        )
        .exists()
    )
    contacts = _contact_days(cadence > 0)
    # grouped first, then each person looked up by id: joined the other way round, SQLite scans
    # the grouped subquery once per person
    days = (
        select(
            contacts.c.person_id,
            func.max(case((contacts.c.contact == 1, contacts.c.day))).label("last"),
            func.max(case((contacts.c.contact == 0, contacts.c.day))).label("joined"),
        )
        .group_by(contacts.c.person_id)
        .subquery("days")
    )
    due = func.date(
        func.coalesce(days.c.last, days.c.joined), "+" + cast(cadence, String) + " days"
    )
    return (
        select(*columns(days, cadence, due))
        .select_from(days)
        .join(Person, Person.id == days.c.person_id)
        .where(days.c.joined.is_not(None), due <= horizon.isoformat(), ~open_reminder)
    )


def keep_in_touch_reminders(
    session: Session, today: dt.date | None = None, horizon_days: int = KEEP_IN_TOUCH_HORIZON_DAYS
) -> list[FollowUpItem]:
    """Everyone due for a keep-in-touch contact by ``today + horizon_days``, soonest first."""
    today = today or dt.date.today()
    horizon = today + dt.timedelta(days=horizon_days)
    statement = _reminders(
        session,
        horizon,
        lambda days, cadence, due: (
            Person.id,
            Person.first_name,
            Person.last_name,
            Organization.name,
            days.c.last,
            cadence,
            due,
        ),
    ).outerjoin(Organization, Organization.id == Person.organization_id)
    snoozed = _snoozes(session)
    items = []
    for pid, first, last_name, organization, last_day, cadence_days, due_text in session.execute(
        statement
    ):
        due_on = dt.date.fromisoformat(due_text)
        if pid in snoozed and snoozed[pid] > due_on:
            due_on = snoozed[pid]
            if due_on > horizon:
                continue
        items.append(
            FollowUpItem(
                key=ItemKey(person_id=pid),
                kind=FollowUpKind.KEEP_IN_TOUCH,
                title="",
                due_on=due_on,
                person_id=pid,
                first_name=first,
                last_name=last_name,
                organization=organization or "",
                last_contact=dt.date.fromisoformat(last_day) if last_day else None,
                cadence_days=cadence_days,
            )
        )
    items.sort(key=lambda item: (item.due_on, item.key.person_id))
    return items


def count_reminders(session: Session, by: dt.date) -> int:
    """How many keep-in-touch reminders are due by ``by`` (snoozes included)."""
    later = [pid for pid, until in _snoozes(session).items() if until > by]
    statement = _reminders(session, by, lambda *_: (func.count(),))
    if later:
        statement = statement.where(Person.id.not_in(later))
    return int(session.scalar(statement) or 0)


def stored_follow_ups(session: Session) -> list[FollowUpItem]:
    """Every open follow-up row, soonest first."""
    rows = session.execute(
        select(
            FollowUp.id,
            FollowUp.kind,
            FollowUp.title,
            FollowUp.due_on,
            FollowUp.person_id,
            Person.first_name,
            Person.last_name,
            Organization.name,
        )
        .outerjoin(Person, Person.id == FollowUp.person_id)
        .outerjoin(Organization, Organization.id == Person.organization_id)
        .where(FollowUp.done_at.is_(None))
        .order_by(FollowUp.due_on, FollowUp.id)
    ).all()
    return [
        FollowUpItem(
            key=ItemKey(follow_up_id=fid),
            kind=FollowUpKind(kind),
            title=title,
            due_on=due_on,
            person_id=pid,
            first_name=first or "",
            last_name=last or "",
            organization=organization or "",
        )
        for fid, kind, title, due_on, pid, first, last, organization in rows
    ]


def list_follow_ups(session: Session, today: dt.date | None = None) -> FollowUpList:
    """Stored follow-ups and keep-in-touch reminders, sorted into overdue, today, this week, later.

    Within a bucket: by due day, stored follow-ups before reminders of the same day.
    """
    today = today or dt.date.today()
    items = sorted(
        [*stored_follow_ups(session), *keep_in_touch_reminders(session, today)],
        key=lambda i: (i.due_on, i.is_reminder, i.key.follow_up_id or 0, i.key.person_id or 0),
    )
    buckets: dict[Bucket, list[FollowUpItem]] = {bucket: [] for bucket in Bucket}
    for item in items:
        buckets[bucket_of(item.due_on, today)].append(item)
    return FollowUpList(
        today,
        tuple(buckets[Bucket.OVERDUE]),
        tuple(buckets[Bucket.TODAY]),
        tuple(buckets[Bucket.THIS_WEEK]),
        tuple(buckets[Bucket.LATER]),
    )


def due_count(session: Session, today: dt.date | None = None) -> int:
    """How many follow-ups and reminders are overdue or due today: the sidebar's count."""
    today = today or dt.date.today()
    stored = session.scalar(
        select(func.count(FollowUp.id)).where(FollowUp.done_at.is_(None), FollowUp.due_on <= today)
    )
    return int(stored or 0) + count_reminders(session, today)


def planned_until(
    session: Session, last: dt.date, today: dt.date | None = None
) -> list[FollowUpItem]:
    """Everything due by ``last`` (included), overdue first: what the week ahead holds."""
    today = today or dt.date.today()
    horizon = max(0, (last - today).days)
    items = [
        *stored_follow_ups(session),
        *keep_in_touch_reminders(session, today, horizon_days=horizon),
    ]
    return sorted(
        (i for i in items if i.due_on <= last),
        key=lambda i: (i.due_on, i.is_reminder, i.key.follow_up_id or 0, i.key.person_id or 0),
    )


def load_draft(session: Session, follow_up_id: int) -> FollowUpDraft:
    follow_up = _follow_up(session, follow_up_id)
    return FollowUpDraft(
        FollowUpKind(follow_up.kind), follow_up.title, follow_up.due_on, follow_up.person_id
    )


# -- writing -----------------------------------------------------------------------------------


def _follow_up(session: Session, follow_up_id: int | None) -> FollowUp:
    follow_up = session.get(FollowUp, follow_up_id) if follow_up_id is not None else None
    if follow_up is None:
        raise ValidationError("follow_up", GONE_MESSAGE)
    return follow_up


def _cleaned(session: Session, draft: FollowUpDraft) -> FollowUpDraft:
    title = " ".join(draft.title.split())
    if "\x00" in title:
        raise ValidationError("title", CONTROL_CHARACTER_MESSAGE)
    if not title:
        raise ValidationError("title", TITLE_MESSAGE)
    if len(title) > MAX_TITLE:
        raise ValidationError("title", TITLE_TOO_LONG_MESSAGE)
    if draft.due_on is None:
        raise ValidationError(
            "due_on", QT_TRANSLATE_NOOP("DomainMessages", "Choose the day it is due.")
        )
    if draft.person_id is not None and session.get(Person, draft.person_id) is None:
        raise ValidationError("person", PERSON_GONE_MESSAGE)
    return FollowUpDraft(FollowUpKind(draft.kind), title, draft.due_on, draft.person_id)


def create_follow_up(session: Session, draft: FollowUpDraft) -> int:
    draft = _cleaned(session, draft)
    follow_up = FollowUp(
        kind=draft.kind, title=draft.title, due_on=draft.due_on, person_id=draft.person_id
    )
    session.add(follow_up)
    session.flush()
    return follow_up.id


def update_follow_up(session: Session, follow_up_id: int, draft: FollowUpDraft) -> None:
    follow_up = _follow_up(session, follow_up_id)
    draft = _cleaned(session, draft)
    follow_up.kind, follow_up.title = draft.kind, draft.title
    assert draft.due_on is not None  # _cleaned refuses a draft without one
    follow_up.due_on, follow_up.person_id = draft.due_on, draft.person_id


def _now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


def _forget_snooze(session: Session, person_id: int) -> None:
    session.execute(delete(Setting).where(Setting.key == SNOOZED_KEY.format(person_id=person_id)))


def _forget_stale_snoozes(session: Session, today: dt.date) -> None:
    """Drop the snoozes that say nothing any more: past, or of someone deleted since."""
    snoozed = _snoozes(session)
    present = set(
        session.scalars(select(Person.id).where(Person.id.in_(list(snoozed)))) if snoozed else ()
    )
    stale = [
        SNOOZED_KEY.format(person_id=pid)
        for pid, until in snoozed.items()
        if until < today or pid not in present
    ]
    if stale:
        session.execute(delete(Setting).where(Setting.key.in_(stale)))


def mark_done(
    session: Session, key: ItemKey, title: str = "", now: dt.datetime | None = None
) -> None:
    """Done: the follow-up is closed; a reminder becomes a contact today (the count restarts).

    Thanking a connector also stamps the introduction as thanked, as the call log does.
    """
    now = now or _now()
    if key.is_reminder:
        person = session.get(Person, key.person_id)
        if person is None:
            raise ValidationError("person", PERSON_GONE_MESSAGE)
        session.add(
            FollowUp(
                person_id=person.id,
                kind=FollowUpKind.KEEP_IN_TOUCH,
                title=" ".join(title.split())[:MAX_TITLE],
                due_on=now.date(),
                done_at=now,
            )
        )
        _forget_snooze(session, person.id)
        return
    follow_up = _follow_up(session, key.follow_up_id)
    follow_up.done_at = now
    if follow_up.kind == FollowUpKind.THANK_CONNECTOR and follow_up.interaction_id is not None:
        interaction = session.get(Interaction, follow_up.interaction_id)
        introduction = (
            session.scalars(
                select(Introduction).where(
                    Introduction.connector_id == follow_up.person_id,
                    Introduction.introduced_id == interaction.person_id,
                )
            ).first()
            if interaction is not None
            else None
        )
        if introduction is not None and (
            introduction.thanked_on is None or introduction.thanked_on < now.date()
        ):
            introduction.thanked_on = now.date()


def snooze(session: Session, key: ItemKey, until: dt.date, today: dt.date | None = None) -> None:
    """Put the item off until ``until`` (a day after today)."""
    today = today or dt.date.today()
    if until <= today:
        raise ValidationError("due_on", SNOOZE_PAST_MESSAGE)
    if not key.is_reminder:
        _follow_up(session, key.follow_up_id).due_on = until
        return
    if session.get(Person, key.person_id) is None:
        raise ValidationError("person", PERSON_GONE_MESSAGE)
    _forget_stale_snoozes(session, today)
    setting_key = SNOOZED_KEY.format(person_id=key.person_id)
    row = session.get(Setting, setting_key)
    if row is None:
        session.add(Setting(key=setting_key, value=until.isoformat()))
    else:
        row.value = until.isoformat()
