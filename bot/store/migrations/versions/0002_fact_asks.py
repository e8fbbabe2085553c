"""Ask counts per server and fact, for "most asked facts".

Earlier releases of the Slack app kept these counts in its own table, `slack_fact_asks`,
created outside the migrations; when that table exists its counts are moved here and it is
dropped.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-29
"""

from __future__ import annotations

from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

OLD_TABLE = "slack_fact_asks"


def upgrade() -> None:
    fact_asks = op.create_table(
        "fact_asks",
        sa.Column("server", sa.String(200), nullable=False),
        sa.Column("fact_id", sa.String(120), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.Column("last_asked", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("server", "fact_id", name="pk_fact_asks"),
        sa.ForeignKeyConstraint(["server"], ["servers.key"], name="fk_fact_asks_server_servers"),
    )
    bind = op.get_bind()
    if OLD_TABLE in sa.inspect(bind).get_table_names():
        _move_slack_counts(bind, fact_asks)


def _move_slack_counts(bind: sa.Connection, fact_asks: sa.Table) -> None:
    old = sa.table(OLD_TABLE, sa.column("server", sa.String()), sa.column("fact_id", sa.String()),
                   sa.column("count", sa.Integer()),
                   sa.column("last_asked", sa.DateTime(timezone=True)))
    servers = sa.table("servers", sa.column("key", sa.String()), sa.column("settings", sa.JSON()),
                       sa.column("revision", sa.Integer()),
                       sa.column("updated_at", sa.DateTime(timezone=True)),
                       sa.column("updated_by", sa.String()))
    rows = [{"server": server, "fact_id": fact_id, "count": count, "last_asked": last_asked}
            for server, fact_id, count, last_asked in bind.execute(
                sa.select(old.c.server, old.c.fact_id, old.c.count, old.c.last_asked))]
    known = set(bind.execute(sa.select(servers.c.key)).scalars())
    now = datetime.now(UTC)
    missing = sorted({r["server"] for r in rows} - known)
    if missing:
        op.bulk_insert(servers, [{"key": k, "settings": {}, "revision": 0, "updated_at": now,
                                  "updated_by": ""} for k in missing])
    if rows:
        op.bulk_insert(fact_asks, rows)
    op.drop_table(OLD_TABLE)


def downgrade() -> None:
    op.drop_table("fact_asks")
