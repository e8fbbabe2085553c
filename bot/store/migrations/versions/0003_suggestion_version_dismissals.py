"""The fact version a correction was proposed on; who dismissed an unmatched claim, and when.

A correction suggestion made before this revision has no recorded version (NULL): approving
it applies it to the fact as it is then, as before. Unmatched claims dismissed before this
revision were deleted, so there is nothing to carry over.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("suggestions") as batch:
        batch.add_column(sa.Column("fact_version", sa.Integer(), nullable=True))
    with op.batch_alter_table("unmatched") as batch:
        batch.add_column(sa.Column("dismissed_at", sa.DateTime(timezone=True), nullable=True))
        batch.add_column(sa.Column("dismissed_by", sa.String(200), nullable=False,
                                   server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("unmatched") as batch:
        batch.drop_column("dismissed_by")
        batch.drop_column("dismissed_at")
    with op.batch_alter_table("suggestions") as batch:
        batch.drop_column("fact_version")
