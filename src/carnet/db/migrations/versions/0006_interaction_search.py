# ruff: noqa: E501
"""Full-text index of the calls and meetings the user logged (their summary and next step)

The notebook lists logged calls among the notes and finds them by a search of their words; without
an index each search read every call. ``interaction_search`` is an FTS5 index over
``interaction`` (rowid = interaction id), folding case and accents like ``note_search``, kept
right by triggers in the database and filled from the calls already logged. The SQL is written
out here, not imported, so that this revision stays what it was whatever the code becomes. A
later revision that rebuilds ``interaction`` (batch "copy the table") drops these triggers with it
and must create them again.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-03 18:30:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SEARCH_INDEX = [
    """\
CREATE VIRTUAL TABLE interaction_search USING fts5(summary, next_step, content = 'interaction', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2')
""",
    """\
CREATE TRIGGER interaction_search_ai AFTER INSERT ON interaction BEGIN
INSERT INTO interaction_search(rowid, summary, next_step) VALUES (NEW.id, NEW.summary, NEW.next_step);
END
""",
    """\
CREATE TRIGGER interaction_search_ad AFTER DELETE ON interaction BEGIN
INSERT INTO interaction_search(interaction_search, rowid, summary, next_step) VALUES ('delete', OLD.id, OLD.summary, OLD.next_step);
END
""",
    """\
CREATE TRIGGER interaction_search_au AFTER UPDATE OF summary, next_step ON interaction BEGIN
INSERT INTO interaction_search(interaction_search, rowid, summary, next_step) VALUES ('delete', OLD.id, OLD.summary, OLD.next_step);
INSERT INTO interaction_search(rowid, summary, next_step) VALUES (NEW.id, NEW.summary, NEW.next_step);
END
""",
    "INSERT INTO interaction_search(interaction_search) VALUES ('rebuild')",
]

TRIGGERS = ["interaction_search_ai", "interaction_search_ad", "interaction_search_au"]


def upgrade() -> None:
    for statement in SEARCH_INDEX:
        op.execute(statement)


def downgrade() -> None:
    for trigger in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    op.execute("DROP TABLE IF EXISTS interaction_search")
