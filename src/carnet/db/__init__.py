"""Persistence: the SQLite engine, sessions, migrations and backups. Never imports Qt."""
