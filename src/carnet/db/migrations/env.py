"""Alembic environment: Carnet passes its own connection; there is no alembic.ini at run time."""

from alembic import context

from carnet.domain.models import Base

config = context.config
connection = config.attributes["connection"]

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite alters tables by copying them
)
with context.begin_transaction():
    context.run_migrations()
