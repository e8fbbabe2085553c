"""The moderation store: SQLAlchemy tables, Alembic migrations, and the queries on them.

Nothing outside `bot.moderation` and the admin CLI should need this package directly.
"""
