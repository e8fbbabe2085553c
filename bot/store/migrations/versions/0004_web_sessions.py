"""Sessions and sign-in attempts of the moderators' desk on the web; an index that pages the
unmatched queue without sorting it whole.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "web_sessions",
        sa.Column("token_hash", sa.String(64), nullable=False),
        sa.Column("platform", sa.String(50), nullable=False),
        sa.Column("user_id", sa.String(200), nullable=False),
        sa.Column("display", sa.String(200), nullable=False),
        sa.Column("team_id", sa.String(200), nullable=False),
        sa.Column("access_token", sa.Text(), nullable=False),
        sa.Column("csrf", sa.String(64), nullable=False),
        sa.Column("servers", sa.JSON(), nullable=False),
        sa.Column("checked_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("token_hash", name="pk_web_sessions"),
    )
    op.create_index("ix_web_sessions_expires_at", "web_sessions", ["expires_at"])
    op.create_table(
        "web_signins",
        sa.Column("state", sa.String(64), nullable=False),
        sa.Column("platform", sa.String(50), nullable=False),
        sa.Column("address", sa.String(200), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("used", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("state", name="pk_web_signins"),
    )
    op.create_index("ix_web_signins_address_at", "web_signins", ["address", "at"])
    op.create_index("ix_unmatched_queue", "unmatched",
                    ["server", "fact_id", "count", "last_asked"])


def downgrade() -> None:
    op.drop_index("ix_unmatched_queue", table_name="unmatched")
    op.drop_index("ix_web_signins_address_at", table_name="web_signins")
    op.drop_table("web_signins")
    op.drop_index("ix_web_sessions_expires_at", table_name="web_sessions")
    op.drop_table("web_sessions")
