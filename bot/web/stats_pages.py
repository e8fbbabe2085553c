"""The desk's "what is being asked" page: five charts over the last 7, 30 or 90 days, each
with its table and a CSV download of the same rows.

Every handler starts with `moderating(request)`: only the server's moderators read its
figures."""

from __future__ import annotations

import re

from aiohttp import web

from bot import messages
from bot.moderation.stats import DEFAULT_PERIOD, PERIODS
from bot.web.app import DESK, Moderating, moderating, render
from bot.web.charts import Figure, draw, to_csv
from bot.web.context import server_context
from bot.web.stats_figures import KEYS, figures


def _period(request: web.Request) -> int:
    """The period asked for in `?days=`; one the desk does not offer reads as the default."""
    text = request.query.get("days", "")
    return int(text) if text.isdigit() and int(text) in PERIODS else DEFAULT_PERIOD


async def _figures(request: web.Request, m: Moderating) -> tuple[int, tuple[Figure, ...]]:
    days = _period(request)
    stats = await request.app[DESK].ask_statistics(m.server, days)
    return days, figures(stats)


async def stats_page(request: web.Request) -> web.StreamResponse:
    m = await moderating(request)
    days, shown = await _figures(request, m)
    return render(request, "stats.html", **server_context(request, m.server, "stats"),
                  days=days, periods=[(p, messages.desk_stats_period(p)) for p in PERIODS],
                  charts=[(f, draw(f)) for f in shown])


async def stats_csv(request: web.Request) -> web.StreamResponse:
    m = await moderating(request)
    key = request.match_info["figure"]
    days, shown = await _figures(request, m)
    [figure] = [f for f in shown if f.key == key]
    server = re.sub(r"[^A-Za-z0-9_-]+", "-", str(m.server))
    name = f"{server}-{key}-{days}d.csv"
    return web.Response(text=to_csv(figure), content_type="text/csv", charset="utf-8",
                        headers={"Content-Disposition": f'attachment; filename="{name}"'})


def add_routes(app: web.Application) -> None:
    s = "/s/{server}"
    app.router.add_get(f"{s}/stats", stats_page)
    app.router.add_get(f"{s}/stats/{{figure:{'|'.join(KEYS)}}}.csv", stats_csv)
