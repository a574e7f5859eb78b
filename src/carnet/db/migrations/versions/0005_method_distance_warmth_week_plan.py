"""The method, deeper: "prévenu" on introductions, LinkedIn weak ties, lead stages, week plan

* ``introduction.forewarned``: has the connector told the person the user will call
  (yes / no / unknown); every introduction recorded before is "unknown".
* ``person.weak_tie``: a LinkedIn connection nobody introduced, kept out of the tree's root until
  the user marks them as known. People imported from LinkedIn before this revision, with no
  introduction and nothing logged with them, become weak ties; everyone else stays as they were.
* ``person.lead_stage``: to check, parked, worth a call (empty for everyone before).
* ``person.planned_week``: the Monday of the week the user plans to call them (the week plan).

Marking the weak ties changes no card: the edit-version trigger is set aside for that update, so
that a window still open on an older copy is not told the card changed under it.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-03 15:30:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

PERSON_VERSION_TRIGGER = (
    "CREATE TRIGGER person_version_au AFTER UPDATE ON person WHEN NEW.version = OLD.version "
    "BEGIN UPDATE person SET version = version + 1 WHERE id = NEW.id; END"
)
WEAK_TIES = """
UPDATE person SET weak_tie = 1
WHERE source = 'linkedin'
  AND NOT EXISTS (SELECT 1 FROM introduction i WHERE i.introduced_id = person.id)
  AND NOT EXISTS (SELECT 1 FROM interaction r WHERE r.person_id = person.id)
"""


def upgrade() -> None:
    op.add_column(
        "introduction",
        sa.Column(
            "forewarned",
            sa.Enum("yes", "no", "unknown", name="forewarned", native_enum=False, length=20),
            nullable=False,
            server_default="unknown",
            comment="has the connector told the person the user will call ('prévenu')",
        ),
    )
    op.add_column(
        "person",
        sa.Column(
            "weak_tie",
            sa.Boolean(),
            nullable=False,
            server_default="0",
            comment="a LinkedIn connection nobody introduced, not yet marked as known",
        ),
    )
    op.add_column(
        "person",
        sa.Column(
            "lead_stage",
            sa.Enum(
                "to_check", "parked", "worth_a_call", name="leadstage", native_enum=False, length=20
            ),
            nullable=True,
            comment="to check, parked, worth a call",
        ),
    )
    op.add_column(
        "person",
        sa.Column(
            "planned_week",
            sa.Date(),
            nullable=True,
            comment="the Monday of the week the user plans to call them",
        ),
    )
    op.execute("DROP TRIGGER person_version_au")
    op.execute(WEAK_TIES)
    op.execute(PERSON_VERSION_TRIGGER)


def downgrade() -> None:
    with op.batch_alter_table("person") as batch_op:
        batch_op.drop_column("planned_week")
        batch_op.drop_column("lead_stage")
        batch_op.drop_column("weak_tie")
    with op.batch_alter_table("introduction") as batch_op:
        batch_op.drop_column("forewarned")
