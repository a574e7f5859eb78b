"""The domain: SQLAlchemy models and the use cases on them. Never imports Qt."""
