# ruff: noqa: E501
"""Search indexes, playbook cards, settings, thanked connectors

Full-text indexes (FTS5) over people and notes, kept right by triggers in the database. The SQL is
written out here, not imported, so that this revision stays what it was whatever the code
becomes. A later revision that rebuilds one of the watched tables (batch "copy the table") drops
its triggers with it and must create them again.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25 19:28:29.440180
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SEARCH_INDEX = [
    """\
CREATE VIRTUAL TABLE person_search USING fts5(name, organization, job_title, tags, emails, notes, tokenize = 'unicode61 remove_diacritics 2')
""",
    """\
CREATE VIRTUAL TABLE note_search USING fts5(title, body, content = 'note', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2')
""",
    """\
CREATE TRIGGER person_search_person_ad AFTER DELETE ON person BEGIN
DELETE FROM person_search WHERE rowid = OLD.id;
END
""",
    """\
CREATE TRIGGER note_search_ai AFTER INSERT ON note BEGIN
INSERT INTO note_search(rowid, title, body) VALUES (NEW.id, NEW.title, NEW.body);
END
""",
    """\
CREATE TRIGGER note_search_ad AFTER DELETE ON note BEGIN
INSERT INTO note_search(note_search, rowid, title, body) VALUES ('delete', OLD.id, OLD.title, OLD.body);
END
""",
    """\
CREATE TRIGGER note_search_au AFTER UPDATE OF title, body ON note BEGIN
INSERT INTO note_search(note_search, rowid, title, body) VALUES ('delete', OLD.id, OLD.title, OLD.body);
INSERT INTO note_search(rowid, title, body) VALUES (NEW.id, NEW.title, NEW.body);
END
""",
    """\
CREATE TRIGGER person_search_person_ai AFTER INSERT ON person BEGIN
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
END
""",
    """\
CREATE TRIGGER person_search_person_au AFTER UPDATE ON person BEGIN
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
END
""",
    """\
CREATE TRIGGER person_search_organization_au AFTER UPDATE OF name ON organization BEGIN
DELETE FROM person_search WHERE rowid IN (SELECT id FROM person WHERE organization_id = NEW.id);
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
 WHERE p.id IN (SELECT id FROM person WHERE organization_id = NEW.id);
END
""",
    """\
CREATE TRIGGER person_search_contact_point_ai AFTER INSERT ON contact_point BEGIN
DELETE FROM person_search WHERE rowid IN (SELECT NEW.person_id);
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
 WHERE p.id IN (SELECT NEW.person_id);
END
""",
    """\
CREATE TRIGGER person_search_contact_point_au AFTER UPDATE ON contact_point BEGIN
DELETE FROM person_search WHERE rowid IN (SELECT NEW.person_id UNION SELECT OLD.person_id);
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
 WHERE p.id IN (SELECT NEW.person_id UNION SELECT OLD.person_id);
END
""",
    """\
CREATE TRIGGER person_search_contact_point_ad AFTER DELETE ON contact_point BEGIN
DELETE FROM person_search WHERE rowid IN (SELECT OLD.person_id);
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
 WHERE p.id IN (SELECT OLD.person_id);
END
""",
    """\
CREATE TRIGGER person_search_person_tag_ai AFTER INSERT ON person_tag BEGIN
DELETE FROM person_search WHERE rowid IN (SELECT NEW.person_id);
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
 WHERE p.id IN (SELECT NEW.person_id);
END
""",
    """\
CREATE TRIGGER person_search_person_tag_ad AFTER DELETE ON person_tag BEGIN
DELETE FROM person_search WHERE rowid IN (SELECT OLD.person_id);
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
 WHERE p.id IN (SELECT OLD.person_id);
END
""",
    """\
CREATE TRIGGER person_search_tag_au AFTER UPDATE OF name ON tag BEGIN
DELETE FROM person_search WHERE rowid IN (SELECT person_id FROM person_tag WHERE tag_id = NEW.id);
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
 WHERE p.id IN (SELECT person_id FROM person_tag WHERE tag_id = NEW.id);
END
""",
    """\
CREATE TRIGGER person_search_note_au_people AFTER UPDATE OF title, body ON note BEGIN
DELETE FROM person_search WHERE rowid IN (SELECT person_id FROM note_person WHERE note_id = NEW.id);
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
 WHERE p.id IN (SELECT person_id FROM note_person WHERE note_id = NEW.id);
END
""",
    """\
CREATE TRIGGER person_search_note_person_ai AFTER INSERT ON note_person BEGIN
DELETE FROM person_search WHERE rowid IN (SELECT NEW.person_id);
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
 WHERE p.id IN (SELECT NEW.person_id);
END
""",
    """\
CREATE TRIGGER person_search_note_person_ad AFTER DELETE ON note_person BEGIN
DELETE FROM person_search WHERE rowid IN (SELECT OLD.person_id);
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
 WHERE p.id IN (SELECT OLD.person_id);
END
""",
    """\
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

""",
    "INSERT INTO note_search(note_search) VALUES ('rebuild')",
]


TRIGGERS = [
    "person_search_person_ad",
    "note_search_ai",
    "note_search_ad",
    "note_search_au",
    "person_search_person_ai",
    "person_search_person_au",
    "person_search_organization_au",
    "person_search_contact_point_ai",
    "person_search_contact_point_au",
    "person_search_contact_point_ad",
    "person_search_person_tag_ai",
    "person_search_person_tag_ad",
    "person_search_tag_au",
    "person_search_note_au_people",
    "person_search_note_person_ai",
    "person_search_note_person_ad",
]


def upgrade() -> None:
    op.create_table(
        "playbook_card",
        sa.Column("situation", sa.String(length=50), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("situation", name=op.f("pk_playbook_card")),
    )
    op.create_table(
        "setting",
        sa.Column("key", sa.String(length=100), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_setting")),
    )
    with op.batch_alter_table("introduction", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "thanked_on",
                sa.Date(),
                nullable=True,
                comment="when the user told the connector how it went and thanked them",
            )
        )
    # The search triggers look links up by person and by tag.
    with op.batch_alter_table("note_person", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_note_person_person_id"), ["person_id"], unique=False)
    with op.batch_alter_table("person_tag", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_person_tag_tag_id"), ["tag_id"], unique=False)
    for statement in SEARCH_INDEX:
        op.execute(statement)


def downgrade() -> None:
    for trigger in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    op.execute("DROP TABLE IF EXISTS person_search")
    op.execute("DROP TABLE IF EXISTS note_search")
    with op.batch_alter_table("person_tag", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_person_tag_tag_id"))
    with op.batch_alter_table("note_person", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_note_person_person_id"))
    with op.batch_alter_table("introduction", schema=None) as batch_op:
        batch_op.drop_column("thanked_on")

    op.drop_table("setting")
    op.drop_table("playbook_card")
