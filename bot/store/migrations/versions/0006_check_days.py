"""Explicit checks per server and day, by channel and verdict (`check_days`) and by the fact
that answered them (`fact_days`): checks per day by verdict, checks per channel and the most
asked facts over a period, as the desk charts them. Counted from this revision on; earlier
checks are only in `fact_asks` and `unmatched`. And an index that counts new unmatched claims
by the day they were first asked.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Without a rowid on SQLite: a period's rows are read in key order, from the key alone.
    op.create_table(
        "check_days",
        sa.Column("server", sa.String(200), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("channel", sa.String(200), nullable=False),
        sa.Column("verdict", sa.String(20), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("server", "day", "channel", "verdict", name="pk_check_days"),
        sa.ForeignKeyConstraint(["server"], ["servers.key"], name="fk_check_days_server_servers"),
        sqlite_with_rowid=False,
    )
    op.create_table(
        "fact_days",
        sa.Column("server", sa.String(200), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("fact_id", sa.String(120), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("server", "day", "fact_id", name="pk_fact_days"),
        sa.ForeignKeyConstraint(["server"], ["servers.key"], name="fk_fact_days_server_servers"),
        sqlite_with_rowid=False,
    )
    # New unmatched claims per day: a range of one server's, without reading them all.
    op.create_index("ix_unmatched_first_asked", "unmatched", ["server", "first_asked"])


def downgrade() -> None:
    op.drop_index("ix_unmatched_first_asked", table_name="unmatched")
    op.drop_table("fact_days")
    op.drop_table("check_days")
