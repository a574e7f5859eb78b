"""Alembic environment and revisions (a package, so that the layer contracts see them)."""
