"""Tables of the moderation store, as SQLAlchemy ORM models (the migrations create them)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any, cast

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}
KEY = 200     # "platform:id"
FACT_ID = 120
USER = 200
PLATFORM = 50


def utcnow() -> datetime:
    return datetime.now(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class ServerRow(Base):
    """One server: its settings and a revision bumped by every change to its facts or settings.

    Instances compare the revision they built a matcher from with this one to see changes
    made by other instances.
    """

    __tablename__ = "servers"
    key: Mapped[str] = mapped_column(String(KEY), primary_key=True)
    settings: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    revision: Mapped[int] = mapped_column(Integer, default=0)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    updated_by: Mapped[str] = mapped_column(String(USER), default="")


class FactRow(Base):
    """The current version of a server's fact (its own, or its edited copy of a pack fact)."""

    __tablename__ = "facts"
    server: Mapped[str] = mapped_column(ForeignKey("servers.key"), primary_key=True)
    fact_id: Mapped[str] = mapped_column(String(FACT_ID), primary_key=True)
    version: Mapped[int] = mapped_column(Integer)
    retired: Mapped[bool] = mapped_column(Boolean, default=False)
    data: Mapped[dict[str, Any]] = mapped_column(JSON)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    actor_platform: Mapped[str] = mapped_column(String(PLATFORM))
    actor_user: Mapped[str] = mapped_column(String(USER))
    actor_display: Mapped[str] = mapped_column(String(USER), default="")


class FactVersionRow(Base):
    """Every version of every fact, never changed once written."""

    __tablename__ = "fact_versions"
    __table_args__ = (UniqueConstraint("server", "fact_id", "version",
                                       name="uq_fact_versions_version"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    server: Mapped[str] = mapped_column(ForeignKey("servers.key"))
    fact_id: Mapped[str] = mapped_column(String(FACT_ID))
    version: Mapped[int] = mapped_column(Integer)
    action: Mapped[str] = mapped_column(String(20))
    retired: Mapped[bool] = mapped_column(Boolean, default=False)
    before: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)
    after: Mapped[dict[str, Any]] = mapped_column(JSON)
    restored_from: Mapped[int | None] = mapped_column(Integer, nullable=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    actor_platform: Mapped[str] = mapped_column(String(PLATFORM))
    actor_user: Mapped[str] = mapped_column(String(USER))
    actor_display: Mapped[str] = mapped_column(String(USER), default="")


class SuggestionRow(Base):
    __tablename__ = "suggestions"
    __table_args__ = (Index("ix_suggestions_server_status", "server", "status"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    server: Mapped[str] = mapped_column(ForeignKey("servers.key"))
    fact_id: Mapped[str | None] = mapped_column(String(FACT_ID), nullable=True)
    proposal: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)
    changes: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)
    note: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(20), default="pending")
    reason: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    actor_platform: Mapped[str] = mapped_column(String(PLATFORM))
    actor_user: Mapped[str] = mapped_column(String(USER))
    actor_display: Mapped[str] = mapped_column(String(USER), default="")
    # The version of `fact_id` a correction was proposed on (0: the pack's); NULL before 0003.
    fact_version: Mapped[int | None] = mapped_column(Integer, nullable=True)
    decided_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    decided_by: Mapped[str] = mapped_column(String(USER), default="")


class UnmatchedRow(Base):
    __tablename__ = "unmatched"
    __table_args__ = (UniqueConstraint("server", "normalised", name="uq_unmatched_text"),
                      # The open queue, most asked and most recent first, a page at a time.
                      Index("ix_unmatched_queue", "server", "fact_id", "count", "last_asked"),
                      Index("ix_unmatched_first_asked", "server", "first_asked"))
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    server: Mapped[str] = mapped_column(ForeignKey("servers.key"))
    normalised: Mapped[str] = mapped_column(String(500))
    text: Mapped[str] = mapped_column(Text)
    count: Mapped[int] = mapped_column(Integer, default=1)
    first_asked: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    last_asked: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    fact_id: Mapped[str | None] = mapped_column(String(FACT_ID), nullable=True)
    dismissed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    dismissed_by: Mapped[str] = mapped_column(String(USER), default="", server_default="")


class ReportRow(Base):
    __tablename__ = "reports"
    __table_args__ = (Index("ix_reports_server_status", "server", "status"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    server: Mapped[str] = mapped_column(ForeignKey("servers.key"))
    fact_id: Mapped[str | None] = mapped_column(String(FACT_ID), nullable=True)
    claim: Mapped[str] = mapped_column(Text)
    reason: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(20), default="open")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    actor_platform: Mapped[str] = mapped_column(String(PLATFORM))
    actor_user: Mapped[str] = mapped_column(String(USER))
    actor_display: Mapped[str] = mapped_column(String(USER), default="")
    resolution: Mapped[str] = mapped_column(Text, default="")
    resolved_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    resolved_by: Mapped[str] = mapped_column(String(USER), default="")


class FeedbackRow(Base):
    """One person's vote on one reply about a fact; voting again changes the vote."""

    __tablename__ = "feedback"
    __table_args__ = (UniqueConstraint("server", "fact_id", "voter", "reply_id",
                                       name="uq_feedback_vote"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    server: Mapped[str] = mapped_column(ForeignKey("servers.key"))
    fact_id: Mapped[str] = mapped_column(String(FACT_ID))
    voter: Mapped[str] = mapped_column(String(USER))
    reply_id: Mapped[str] = mapped_column(String(USER), default="")
    helpful: Mapped[bool] = mapped_column(Boolean)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class FactAskRow(Base):
    """How often a server's members explicitly asked about a fact and got its verdict."""

    __tablename__ = "fact_asks"
    server: Mapped[str] = mapped_column(ForeignKey("servers.key"), primary_key=True)
    fact_id: Mapped[str] = mapped_column(String(FACT_ID), primary_key=True)
    count: Mapped[int] = mapped_column(Integer, default=1)
    last_asked: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class PlatformStateRow(Base):
    """What a platform adapter keeps across restarts, by key: for Discord, a hash of the
    commands last synced, so that an unchanged command tree is not synced again."""

    __tablename__ = "platform_state"
    key: Mapped[str] = mapped_column(String(KEY), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


def table(model: type[Base]) -> Table:
    """The Core table of a model, for INSERT/UPDATE statements with compare-and-set clauses."""
    return cast(Table, model.__table__)


class WebSessionRow(Base):
    """A person signed in to the moderators' desk; the cookie holds the token, this its hash.

    `servers` caches what the platform said (which servers, admin or not, which roles) until
    `checked_at` is older than the desk's re-check period; the moderator rule is applied to it
    with the server's current settings on every request.
    """

    __tablename__ = "web_sessions"
    __table_args__ = (Index("ix_web_sessions_expires_at", "expires_at"),)
    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    platform: Mapped[str] = mapped_column(String(PLATFORM))
    user_id: Mapped[str] = mapped_column(String(USER))
    display: Mapped[str] = mapped_column(String(USER), default="")
    team_id: Mapped[str] = mapped_column(String(USER), default="")
    access_token: Mapped[str] = mapped_column(Text)
    csrf: Mapped[str] = mapped_column(String(64))
    servers: Mapped[list[Any]] = mapped_column(JSON, default=list)
    checked_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    expires_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class WebSignInRow(Base):
    """A sign-in started on the desk: its OAuth state (used once) and the address it came
    from, which the per-address rate limit counts."""

    __tablename__ = "web_signins"
    __table_args__ = (Index("ix_web_signins_address_at", "address", "at"),)
    state: Mapped[str] = mapped_column(String(64), primary_key=True)
    platform: Mapped[str] = mapped_column(String(PLATFORM))
    address: Mapped[str] = mapped_column(String(USER))
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    used: Mapped[bool] = mapped_column(Boolean, default=False)


class CheckDayRow(Base):
    """Explicit checks of one server on one day (UTC), by channel and verdict: what the desk's
    "what is being asked" page charts. `channel` is empty where there was none (a direct
    message). Without a rowid on SQLite, so a period's rows are read in key order alone."""

    __tablename__ = "check_days"
    __table_args__ = ({"sqlite_with_rowid": False},)
    server: Mapped[str] = mapped_column(ForeignKey("servers.key"), primary_key=True)
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    channel: Mapped[str] = mapped_column(String(USER), primary_key=True)
    verdict: Mapped[str] = mapped_column(String(20), primary_key=True)
    count: Mapped[int] = mapped_column(Integer, default=0)


class FactDayRow(Base):
    """Explicit checks of one server on one day (UTC) that a fact answered, by fact: the most
    asked facts of a period."""

    __tablename__ = "fact_days"
    __table_args__ = ({"sqlite_with_rowid": False},)
    server: Mapped[str] = mapped_column(ForeignKey("servers.key"), primary_key=True)
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    fact_id: Mapped[str] = mapped_column(String(FACT_ID), primary_key=True)
    count: Mapped[int] = mapped_column(Integer, default=0)
