"""The desk's settings page: the server's settings, as /factbot config and `factbot server set`
change them, checked by the same rules.

Moderators read them; only the server's administrators (Manage Server; workspace admins and
owners) change them, as in chat. Every handler starts with `moderating(request)`."""

from __future__ import annotations

from urllib.parse import urlencode

from aiohttp import web

from bot import messages
from bot.moderation.errors import InvalidSettings
from bot.web import settings_form
from bot.web.app import DESK, Moderating, moderating, render
from bot.web.context import server_context
from bot.web.pages import server_url


def _page(request: web.Request, m: Moderating, values: dict[str, str],
          problems: dict[str, list[str]], *, shown: dict[str, str], status: int = 200,
          general: tuple[str, ...] = ()) -> web.Response:
    packs = request.app[DESK].pack_ids()
    ticked = {p.strip() for p in values["enabled_packs"].split(",")}
    all_packs = values["enabled_packs"] == settings_form.ALL_PACKS
    return render(request, "settings.html", status=status,
                  **server_context(request, m.server, "settings"),
                  fields=settings_form.FIELDS, values=values, problems=problems,
                  general=general, packs=packs, ticked=ticked, all_packs=all_packs,
                  can_change=m.access.admin, shown=settings_form.shown_json(shown))


async def settings_page(request: web.Request) -> web.StreamResponse:
    m = await moderating(request)
    current = settings_form.shown_text(await request.app[DESK].settings(m.server))
    return _page(request, m, current, {}, shown=current)


async def settings_save(request: web.Request) -> web.StreamResponse:
    m = await moderating(request)
    if not m.access.admin:
        raise web.HTTPForbidden(text=messages.desk_settings_admins_only(str(m.server)))
    mod = request.app[DESK]
    form = await request.post()
    current = await mod.settings(m.server)
    changes = settings_form.changes_of(form, current)
    url = server_url(m.server, "settings")
    if not changes:
        raise web.HTTPSeeOther(f"{url}?{urlencode({'notice': messages.desk_settings_same()})}")
    problems = settings_form.problems_by_field(current, changes, mod.pack_ids())
    general: tuple[str, ...] = ()
    if not problems:
        try:
            await mod.update_settings(m.server, m.actor, **changes)
        except InvalidSettings as exc:   # together they break a rule none breaks alone
            general = exc.problems
        else:
            raise web.HTTPSeeOther(f"{url}?{urlencode({'notice': messages.settings_saved()})}")
    values = {k: settings_form.as_text(v) for k, v in settings_form.submitted(form).items()}
    return _page(request, m, values, problems, shown=settings_form.shown_of(form, current),
                 status=400, general=general)


def add_routes(app: web.Application) -> None:
    app.router.add_get("/s/{server}/settings", settings_page)
    app.router.add_post("/s/{server}/settings", settings_save)
