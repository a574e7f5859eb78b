"""Alembic environment: Carnet passes its own connection; there is no alembic.ini at run time.

The models (``carnet.domain.models``) sit above the database layer, so this file does not import
them: a caller that compares the schema with the models passes ``Base.metadata`` itself as
``config.attributes["target_metadata"]`` (tests/db/test_migrations.py compares them directly).
"""

from alembic import context

from carnet.db.search_index import is_search_index


def include_name(name: str | None, type_: str, _parent_names: object) -> bool:
    """Leave the full-text indexes, which the models do not describe, to hand-written SQL."""
    return not (type_ == "table" and is_search_index(name))


config = context.config
connection = config.attributes["connection"]

context.configure(
    connection=connection,
    target_metadata=config.attributes.get("target_metadata"),
    render_as_batch=True,  # SQLite alters tables by copying them
    include_name=include_name,
)
with context.begin_transaction():
    context.run_migrations()
