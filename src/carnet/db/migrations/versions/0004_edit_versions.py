"""Edit versions: a counter on people, notes and calls, raised by every change

Each row of ``person``, ``note`` and ``interaction`` gets a ``version`` that triggers raise
whenever the row changes, whoever changes it (the window, an import in another process, a merge).
A person's version also rises when their email addresses, phone numbers or tags change, and a
note's when the people linked to it do. A save compares the version it read with the one in the
file, in its UPDATE, so that it never overwrites a change it has not seen.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-03 13:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

VERSIONED = ("person", "note", "interaction")


def _bump(table: str, row: str) -> str:
    return f"UPDATE {table} SET version = version + 1 WHERE id = {row}; "


TRIGGERS = {
    **{
        f"{table}_version_au": (
            f"AFTER UPDATE ON {table} WHEN NEW.version = OLD.version "
            f"BEGIN {_bump(table, 'NEW.id')}END"
        )
        for table in VERSIONED
    },
    "person_version_contact_point_ai": (
        f"AFTER INSERT ON contact_point BEGIN {_bump('person', 'NEW.person_id')}END"
    ),
    "person_version_contact_point_au": (
        "AFTER UPDATE ON contact_point BEGIN "
        f"{_bump('person', 'OLD.person_id')}{_bump('person', 'NEW.person_id')}END"
    ),
    "person_version_contact_point_ad": (
        f"AFTER DELETE ON contact_point BEGIN {_bump('person', 'OLD.person_id')}END"
    ),
    "person_version_person_tag_ai": (
        f"AFTER INSERT ON person_tag BEGIN {_bump('person', 'NEW.person_id')}END"
    ),
    "person_version_person_tag_ad": (
        f"AFTER DELETE ON person_tag BEGIN {_bump('person', 'OLD.person_id')}END"
    ),
    "note_version_note_person_ai": (
        f"AFTER INSERT ON note_person BEGIN {_bump('note', 'NEW.note_id')}END"
    ),
    "note_version_note_person_ad": (
        f"AFTER DELETE ON note_person BEGIN {_bump('note', 'OLD.note_id')}END"
    ),
}


# Raising a person's version updates their row: the search index's trigger, which fired on any
# update of the row, now fires only when a column it indexes changes.
PERSON_SEARCH_BODY = """\
BEGIN
DELETE FROM person_search WHERE rowid IN (SELECT NEW.id);
INSERT INTO person_search(rowid, name, organization, job_title, tags, emails, notes)
SELECT p.id,
       trim(p.first_name || ' ' || p.last_name),
       coalesce(o.name, ''),
       p.job_title,
       coalesce((SELECT group_concat(t.name, ' ') FROM person_tag pt
                 JOIN tag t ON t.id = pt.tag_id WHERE pt.person_id = p.id), ''),
       coalesce((SELECT group_concat(c.value, ' ') FROM contact_point c
                 WHERE c.person_id = p.id AND c.kind = 'email'), ''),
       coalesce((SELECT group_concat(n.title || ' ' || n.body, ' ') FROM note_person np
                 JOIN note n ON n.id = np.note_id WHERE np.person_id = p.id), '')
FROM person p LEFT JOIN organization o ON o.id = p.organization_id
 WHERE p.id IN (SELECT NEW.id);
END"""
INDEXED_COLUMNS = "first_name, last_name, job_title, organization_id"


def upgrade() -> None:
    for table in VERSIONED:
        op.add_column(table, sa.Column("version", sa.Integer(), nullable=False, server_default="1"))
    for name, body in TRIGGERS.items():
        op.execute(f"CREATE TRIGGER {name} {body}")
    op.execute("DROP TRIGGER person_search_person_au")
    op.execute(
        f"CREATE TRIGGER person_search_person_au AFTER UPDATE OF {INDEXED_COLUMNS} ON person "
        + PERSON_SEARCH_BODY
    )


def downgrade() -> None:
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute("DROP TRIGGER person_search_person_au")
    op.execute(
        "CREATE TRIGGER person_search_person_au AFTER UPDATE ON person " + PERSON_SEARCH_BODY
    )
    for table in VERSIONED:
        with op.batch_alter_table(table) as batch_op:
            batch_op.drop_column("version")
