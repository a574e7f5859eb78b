"""The domain model: the user's network, their calls and their notebook.

The user is the root of the referral tree and is not a ``Person``: people the user knows directly
have no ``Introduction``; everyone else was introduced by a connector.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import TYPE_CHECKING, ClassVar

from sqlalchemy import (
    CheckConstraint,
    Column,
    Date,
    DateTime,
    Enum,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from carnet.domain.enums import (
    ContactPointKind,
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

# Named constraints let SQLite batch migrations find and alter them later.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def _choice(enum: type[StrEnum]) -> Enum:
    """Store an enum as its short value in a plain string column (no native enum in SQLite)."""
    return Enum(
        enum,
        values_callable=lambda members: [m.value for m in members],
        native_enum=False,
        create_constraint=False,
        validate_strings=True,
        length=20,
    )


def _now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    if TYPE_CHECKING:  # every model here is mapped to one Table (bulk writes use it)
        __table__: ClassVar[Table]


person_tag = Table(
    "person_tag",
    Base.metadata,
    Column("person_id", ForeignKey("person.id", ondelete="CASCADE"), primary_key=True),
    Column("tag_id", ForeignKey("tag.id", ondelete="CASCADE"), primary_key=True, index=True),
)

note_person = Table(
    "note_person",
    Base.metadata,
    Column("note_id", ForeignKey("note.id", ondelete="CASCADE"), primary_key=True),
    Column("person_id", ForeignKey("person.id", ondelete="CASCADE"), primary_key=True, index=True),
)


class Organization(Base):
    """A company or institution; a *target company* is one the user wants to work for."""

    __tablename__ = "organization"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300), index=True)
    is_target: Mapped[bool] = mapped_column(default=False)
    priority: Mapped[int | None] = mapped_column(Integer, comment="1 is the most wanted")
    sector: Mapped[str] = mapped_column(String(200), default="")
    website: Mapped[str] = mapped_column(String(500), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)

    people: Mapped[list[Person]] = relationship(back_populates="organization")


class Person(Base):
    __tablename__ = "person"

    id: Mapped[int] = mapped_column(primary_key=True)
    first_name: Mapped[str] = mapped_column(String(200), default="")
    last_name: Mapped[str] = mapped_column(String(200), default="")
    job_title: Mapped[str] = mapped_column(String(300), default="")
    organization_id: Mapped[int | None] = mapped_column(
        ForeignKey("organization.id", ondelete="SET NULL"), index=True
    )
    city: Mapped[str] = mapped_column(String(200), default="")
    linkedin_url: Mapped[str] = mapped_column(String(500), default="")
    background: Mapped[str] = mapped_column(Text, default="", comment="career path, 'parcours'")
    how_we_met: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[ContactStatus] = mapped_column(
        _choice(ContactStatus), default=ContactStatus.TO_CONTACT
    )
    is_decision_maker: Mapped[bool] = mapped_column(default=False)
    keep_in_touch_days: Mapped[int | None] = mapped_column(Integer)
    source: Mapped[str] = mapped_column(String(50), default="manual")
    connected_on: Mapped[dt.date | None] = mapped_column(Date)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now, onupdate=_now)
    weak_tie: Mapped[bool] = mapped_column(
        default=False,
        server_default="0",
        comment="a LinkedIn connection nobody introduced, not yet marked as known",
    )
    lead_stage: Mapped[LeadStage | None] = mapped_column(
        _choice(LeadStage), comment="to check, parked, worth a call"
    )
    planned_week: Mapped[dt.date | None] = mapped_column(
        Date, comment="the Monday of the week the user plans to call them"
    )
    # raised by triggers on every change of the card (revision 0004): see domain/versions.py
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")

    organization: Mapped[Organization | None] = relationship(back_populates="people")
    contact_points: Mapped[list[ContactPoint]] = relationship(
        back_populates="person", cascade="all, delete-orphan", order_by="ContactPoint.id"
    )
    tags: Mapped[list[Tag]] = relationship(secondary=person_tag, back_populates="people")
    introductions_received: Mapped[list[Introduction]] = relationship(
        foreign_keys="Introduction.introduced_id",
        back_populates="introduced",
        cascade="all, delete-orphan",
        passive_deletes=True,
    )
    introductions_given: Mapped[list[Introduction]] = relationship(
        foreign_keys="Introduction.connector_id",
        back_populates="connector",
        cascade="all, delete-orphan",
        passive_deletes=True,
    )
    interactions: Mapped[list[Interaction]] = relationship(
        back_populates="person", cascade="all, delete-orphan", passive_deletes=True
    )
    follow_ups: Mapped[list[FollowUp]] = relationship(
        back_populates="person", cascade="all, delete-orphan", passive_deletes=True
    )
    notes: Mapped[list[Note]] = relationship(secondary=note_person, back_populates="people")

    @property
    def full_name(self) -> str:
        return " ".join(part for part in (self.first_name, self.last_name) if part)

    def email(self) -> str:
        return next((p.value for p in self.contact_points if p.kind == ContactPointKind.EMAIL), "")

    def phone(self) -> str:
        return next((p.value for p in self.contact_points if p.kind == ContactPointKind.PHONE), "")


class ContactPoint(Base):
    """One email address or phone number of a person, with a label such as "work"."""

    __tablename__ = "contact_point"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    kind: Mapped[ContactPointKind] = mapped_column(_choice(ContactPointKind))
    label: Mapped[str] = mapped_column(String(50), default="")
    value: Mapped[str] = mapped_column(String(300))

    person: Mapped[Person] = relationship(back_populates="contact_points")


class Tag(Base):
    __tablename__ = "tag"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)

    people: Mapped[list[Person]] = relationship(secondary=person_tag, back_populates="tags")


class Introduction(Base):
    """The connector gave the user the introduced person's name: one edge of the referral tree."""

    __tablename__ = "introduction"
    __table_args__ = (
        UniqueConstraint("connector_id", "introduced_id", name="connector_introduced"),
        CheckConstraint("connector_id <> introduced_id", name="not_self"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    connector_id: Mapped[int] = mapped_column(
        ForeignKey("person.id", ondelete="CASCADE"), index=True
    )
    introduced_id: Mapped[int] = mapped_column(
        ForeignKey("person.id", ondelete="CASCADE"), index=True
    )
    is_primary: Mapped[bool] = mapped_column(
        default=True, comment="the connector under whom the person sits in the tree"
    )
    introduced_on: Mapped[dt.date] = mapped_column(Date, default=dt.date.today)
    permission: Mapped[Permission] = mapped_column(
        _choice(Permission), default=Permission.NOT_ASKED
    )
    status: Mapped[IntroductionStatus] = mapped_column(
        _choice(IntroductionStatus), default=IntroductionStatus.SUGGESTED
    )
    context: Mapped[str] = mapped_column(
        Text, default="", comment="how the connector and the person know each other"
    )
    reason: Mapped[str] = mapped_column(
        Text, default="", server_default="", comment="why the user should call the person"
    )
    recorded_at: Mapped[dt.datetime | None] = mapped_column(
        DateTime, default=_now, comment="when the user wrote it down; orders it within its day"
    )
    thanked_on: Mapped[dt.date | None] = mapped_column(
        Date, comment="when the user told the connector how it went and thanked them"
    )
    forewarned: Mapped[Forewarned] = mapped_column(
        _choice(Forewarned),
        default=Forewarned.UNKNOWN,
        server_default=Forewarned.UNKNOWN.value,
        comment="has the connector told the person the user will call ('prévenu')",
    )

    connector: Mapped[Person] = relationship(
        foreign_keys=[connector_id], back_populates="introductions_given"
    )
    introduced: Mapped[Person] = relationship(
        foreign_keys=[introduced_id], back_populates="introductions_received"
    )


class Interaction(Base):
    """A call, meeting, email… with one person."""

    __tablename__ = "interaction"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    kind: Mapped[InteractionKind] = mapped_column(_choice(InteractionKind))
    occurred_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now, index=True)
    duration_minutes: Mapped[int | None] = mapped_column(Integer)
    warmth: Mapped[Warmth] = mapped_column(_choice(Warmth), default=Warmth.COLD)
    introduction_id: Mapped[int | None] = mapped_column(
        ForeignKey("introduction.id", ondelete="SET NULL"), index=True
    )
    outcome: Mapped[Outcome | None] = mapped_column(_choice(Outcome))
    summary: Mapped[str] = mapped_column(Text, default="")
    next_step: Mapped[str] = mapped_column(Text, default="")
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")

    person: Mapped[Person] = relationship(back_populates="interactions")
    introduction: Mapped[Introduction | None] = relationship()


class Note(Base):
    """A dated notebook entry, often written right after a meeting."""

    __tablename__ = "note"

    id: Mapped[int] = mapped_column(primary_key=True)
    written_on: Mapped[dt.date] = mapped_column(Date, default=dt.date.today, index=True)
    title: Mapped[str] = mapped_column(String(300), default="")
    body: Mapped[str] = mapped_column(Text, default="")
    kind: Mapped[NoteKind] = mapped_column(_choice(NoteKind), default=NoteKind.MEETING_NOTES)
    organization_id: Mapped[int | None] = mapped_column(
        ForeignKey("organization.id", ondelete="SET NULL"), index=True
    )
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now, onupdate=_now)
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")

    organization: Mapped[Organization | None] = relationship()
    people: Mapped[list[Person]] = relationship(secondary=note_person, back_populates="notes")


class FollowUp(Base):
    __tablename__ = "follow_up"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[FollowUpKind] = mapped_column(_choice(FollowUpKind))
    title: Mapped[str] = mapped_column(String(300), default="")
    due_on: Mapped[dt.date] = mapped_column(Date, index=True)
    done_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    interaction_id: Mapped[int | None] = mapped_column(
        ForeignKey("interaction.id", ondelete="SET NULL")
    )

    person: Mapped[Person | None] = relationship(back_populates="follow_ups")


class Profile(Base):
    """The user: the root of the referral tree. There is one row."""

    __tablename__ = "profile"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), default="")
    target_role: Mapped[str] = mapped_column(String(300), default="")
    sectors: Mapped[str] = mapped_column(String(300), default="")
    pitch: Mapped[str] = mapped_column(Text, default="")
    precise_ask: Mapped[str] = mapped_column(Text, default="")
    weekly_goal: Mapped[int] = mapped_column(Integer, default=5)


class PlaybookCard(Base):
    """The user's own wording for one situation of the playbook; defaults live in the code."""

    __tablename__ = "playbook_card"

    situation: Mapped[str] = mapped_column(String(50), primary_key=True)
    title: Mapped[str] = mapped_column(String(200), default="")
    body: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now, onupdate=_now)


class Setting(Base):
    """A preference that belongs with the data (it travels with a backup), as text."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")
