"""Alembic environment: runs on a connection the store hands over (see bot.store.database)."""

from __future__ import annotations

from alembic import context

from bot.store.schema import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("run migrations through `factbot db upgrade` or Moderation.open()")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
