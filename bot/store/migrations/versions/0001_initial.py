"""The moderation store: servers, facts and their versions, queues and feedback.

Revision ID: 0001
Revises:
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def _actor() -> list[sa.Column[str]]:
    return [
        sa.Column("actor_platform", sa.String(50), nullable=False),
        sa.Column("actor_user", sa.String(200), nullable=False),
        sa.Column("actor_display", sa.String(200), nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "servers",
        sa.Column("key", sa.String(200), nullable=False),
        sa.Column("settings", sa.JSON(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(200), nullable=False),
        sa.PrimaryKeyConstraint("key", name="pk_servers"),
    )
    op.create_table(
        "facts",
        sa.Column("server", sa.String(200), nullable=False),
        sa.Column("fact_id", sa.String(120), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("retired", sa.Boolean(), nullable=False),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        *_actor(),
        sa.PrimaryKeyConstraint("server", "fact_id", name="pk_facts"),
        sa.ForeignKeyConstraint(["server"], ["servers.key"], name="fk_facts_server_servers"),
    )
    op.create_table(
        "fact_versions",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("server", sa.String(200), nullable=False),
        sa.Column("fact_id", sa.String(120), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("action", sa.String(20), nullable=False),
        sa.Column("retired", sa.Boolean(), nullable=False),
        sa.Column("before", sa.JSON(), nullable=True),
        sa.Column("after", sa.JSON(), nullable=False),
        sa.Column("restored_from", sa.Integer(), nullable=True),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        *_actor(),
        sa.PrimaryKeyConstraint("id", name="pk_fact_versions"),
        sa.ForeignKeyConstraint(["server"], ["servers.key"],
                                name="fk_fact_versions_server_servers"),
        sa.UniqueConstraint("server", "fact_id", "version", name="uq_fact_versions_version"),
    )
    op.create_table(
        "suggestions",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("server", sa.String(200), nullable=False),
        sa.Column("fact_id", sa.String(120), nullable=True),
        sa.Column("proposal", sa.JSON(), nullable=True),
        sa.Column("changes", sa.JSON(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        *_actor(),
        sa.Column("decided_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("decided_by", sa.String(200), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_suggestions"),
        sa.ForeignKeyConstraint(["server"], ["servers.key"],
                                name="fk_suggestions_server_servers"),
    )
    op.create_index("ix_suggestions_server_status", "suggestions", ["server", "status"])
    op.create_table(
        "unmatched",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("server", sa.String(200), nullable=False),
        sa.Column("normalised", sa.String(500), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.Column("first_asked", sa.DateTime(timezone=True), nullable=False),
        sa.Column("last_asked", sa.DateTime(timezone=True), nullable=False),
        sa.Column("fact_id", sa.String(120), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_unmatched"),
        sa.ForeignKeyConstraint(["server"], ["servers.key"], name="fk_unmatched_server_servers"),
        sa.UniqueConstraint("server", "normalised", name="uq_unmatched_text"),
    )
    op.create_table(
        "reports",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("server", sa.String(200), nullable=False),
        sa.Column("fact_id", sa.String(120), nullable=True),
        sa.Column("claim", sa.Text(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        *_actor(),
        sa.Column("resolution", sa.Text(), nullable=False),
        sa.Column("resolved_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("resolved_by", sa.String(200), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_reports"),
        sa.ForeignKeyConstraint(["server"], ["servers.key"], name="fk_reports_server_servers"),
    )
    op.create_index("ix_reports_server_status", "reports", ["server", "status"])
    op.create_table(
        "feedback",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("server", sa.String(200), nullable=False),
        sa.Column("fact_id", sa.String(120), nullable=False),
        sa.Column("voter", sa.String(200), nullable=False),
        sa.Column("reply_id", sa.String(200), nullable=False),
        sa.Column("helpful", sa.Boolean(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_feedback"),
        sa.ForeignKeyConstraint(["server"], ["servers.key"], name="fk_feedback_server_servers"),
        sa.UniqueConstraint("server", "fact_id", "voter", "reply_id", name="uq_feedback_vote"),
    )


def downgrade() -> None:
    op.drop_table("feedback")
    op.drop_index("ix_reports_server_status", table_name="reports")
    op.drop_table("reports")
    op.drop_table("unmatched")
    op.drop_index("ix_suggestions_server_status", table_name="suggestions")
    op.drop_table("suggestions")
    op.drop_table("fact_versions")
    op.drop_table("facts")
    op.drop_table("servers")
