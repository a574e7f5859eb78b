"""When an introduction was recorded, and why the user should call the person

``recorded_at`` orders an introduction among the calls and notes of its day (the day alone put it
at midday); introductions recorded before this revision have none and keep that place.
``reason`` is why to call the person (the quick lead's "why call them"), apart from ``context``,
which is how the connector and the person know each other.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-03 13:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("introduction", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "recorded_at",
                sa.DateTime(),
                nullable=True,
                comment="when the user wrote it down; orders it within its day",
            )
        )
        batch_op.add_column(
            sa.Column(
                "reason",
                sa.Text(),
                nullable=False,
                server_default="",
                comment="why the user should call the person",
            )
        )


def downgrade() -> None:
    with op.batch_alter_table("introduction", schema=None) as batch_op:
        batch_op.drop_column("reason")
        batch_op.drop_column("recorded_at")
