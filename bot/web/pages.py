"""The desk's pages for one server: facts, their history, and the review queues.

Every handler starts with `moderating(request)`, which checks again that the reader moderates
the server in the address; every read and change goes through the seam (`bot.chat.seam.Desk`)
that the chat platforms and the command line call too."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote, urlencode

from aiohttp import web

from bot import messages
from bot.chat.seam import Desk
from bot.core.models import FACT_VERDICTS
from bot.moderation.errors import (
    InvalidFact,
    ModerationError,
    SuggestionConflict,
    UnknownFact,
    UnknownItem,
    VersionConflict,
)
from bot.moderation.types import FactRecord, Origin, ServerKey
from bot.web.app import DESK, SERVER_NAME, Handler, moderating, render
from bot.web.diff import compare
from bot.web.forms import changes_of, form_values, new_fact_input

PAGE = 50


def _desk(request: web.Request) -> Desk:
    return request.app[DESK]


def server_url(server: ServerKey, *parts: str | int) -> str:
    tail = "/".join(quote(str(p), safe="") for p in parts)
    return f"/s/{quote(str(server), safe=':')}/{tail}"


def _back(url: str, notice: str) -> web.HTTPSeeOther:
    return web.HTTPSeeOther(f"{url}?{urlencode({'notice': notice})}")


def _page(request: web.Request) -> int:
    try:
        return max(1, int(request.query.get("page", "1")))
    except ValueError:
        return 1


def _common(request: web.Request, server: ServerKey, section: str) -> dict[str, Any]:
    return {"server": str(server), "server_name": request.get(SERVER_NAME, str(server)),
            "section": section, "base": server_url(server).rstrip("/"),
            "verdicts": [v.value for v in FACT_VERDICTS]}


# -- facts -------------------------------------------------------------------------------------

async def facts_list(request: web.Request) -> web.StreamResponse:
    m = await moderating(request)
    desk = _desk(request)
    status = request.query.get("status", "")
    if status == "retired":
        records = [r for r in await desk.list_facts(m.server) if r.retired]
    else:
        # What the server serves; its own facts (and edited pack facts) carry its key as
        # their pack. Reading versions is left to the fact's page: this list stays fast.
        key = str(m.server)
        records = [FactRecord(m.server, fact, 0, False,
                              Origin.SERVER if fact.pack == key else Origin.PACK)
                   for fact in (await desk.fact_base(m.server)).facts.values()]
    q = request.query.get("q", "").strip().lower()
    tag, verdict, origin = (request.query.get(k, "") for k in ("tag", "verdict", "origin"))
    tags = sorted({t for r in records for t in r.fact.tags})

    def keep(r: FactRecord) -> bool:
        f = r.fact
        text = " ".join((f.id, f.claim, f.summary, *f.aliases)).lower()
        return ((not q or all(word in text for word in q.split()))
                and (not tag or tag in f.tags) and (not verdict or f.verdict.value == verdict)
                and (not origin or r.origin.value == origin))

    found = sorted((r for r in records if keep(r)), key=lambda r: r.fact.id)
    page = _page(request)
    shown = found[(page - 1) * PAGE: page * PAGE]
    query = {k: v for k, v in request.query.items() if k != "page" and k != "notice"}
    return render(request, "facts.html", **_common(request, m.server, "facts"), records=shown,
                  tags=tags, q=request.query.get("q", ""), tag=tag, verdict=verdict,
                  origin=origin, origins=[o.value for o in Origin], shown_state=status,
                  summary=messages.desk_page_of(page, len(shown), len(found)),
                  prev_url=(f"?{urlencode({**query, 'page': page - 1})}" if page > 1 else ""),
                  next_url=(f"?{urlencode({**query, 'page': page + 1})}"
                            if page * PAGE < len(found) else ""))


def _fact_form(request: web.Request, server: ServerKey, *, record: FactRecord | None,
               values: dict[str, str], action: str, problems: tuple[str, ...] = (),
               status: int = 200, **extra: Any) -> web.Response:
    return render(request, "fact_form.html", status=status,
                  **_common(request, server, "facts"), record=record, values=values,
                  action=action, problems=problems, **extra)


async def fact_edit(request: web.Request) -> web.StreamResponse:
    m = await moderating(request)
    fact_id = request.match_info["fact"]
    record = await _desk(request).get_fact(m.server, fact_id)
    url = server_url(m.server, "facts", fact_id)
    if request.method == "GET":
        return _fact_form(request, m.server, record=record, values=form_values(record.fact),
                          action=url)
    form = await request.post()
    changes = changes_of(form, record.fact)
    if not changes:
        raise _back(url, messages.desk_fact_saved(fact_id, record.version))
    try:
        expected = int(str(form.get("version", "")))
    except ValueError:
        expected = -1
    try:
        saved = await _desk(request).edit_fact(m.server, m.actor, fact_id, changes, expected)
    except InvalidFact as exc:
        return _fact_form(request, m.server, record=record, values=dict(form_strings(form)),
                          action=url, problems=exc.problems, status=400)
    except VersionConflict as exc:
        return _fact_form(request, m.server, record=record, values=dict(form_strings(form)),
                          action=url, problems=(str(exc),), status=409)
    raise _back(url, messages.desk_fact_saved(fact_id, saved.version))


def form_strings(form: Any) -> dict[str, str]:
    values = form_values(None)
    values.update({k: str(v) for k, v in form.items() if k in values})
    return values


async def fact_new(request: web.Request) -> web.StreamResponse:
    m = await moderating(request)
    url = server_url(m.server, "facts", "new")
    if request.method == "GET":
        values = form_values(None)
        values["claim"] = request.query.get("claim", "")
        return _fact_form(request, m.server, record=None, values=values, action=url)
    form = await request.post()
    try:
        saved = await _desk(request).add_fact(m.server, m.actor, new_fact_input(form))
    except ModerationError as exc:
        problems = exc.problems if isinstance(exc, InvalidFact) else (str(exc),)
        return _fact_form(request, m.server, record=None, values=form_strings(form),
                          action=url, problems=problems, status=400)
    raise _back(server_url(m.server, "facts", saved.fact.id),
                messages.desk_fact_saved(saved.fact.id, saved.version))


async def fact_history(request: web.Request) -> web.StreamResponse:
    m = await moderating(request)
    fact_id = request.match_info["fact"]
    versions = await _desk(request).history(m.server, fact_id)
    rows = [(v, compare(v.before, v.after)) for v in reversed(versions)]
    return render(request, "history.html", **_common(request, m.server, "facts"),
                  fact_id=fact_id, rows=rows)


async def fact_retire(request: web.Request) -> web.StreamResponse:
    m = await moderating(request)
    fact_id = request.match_info["fact"]
    await _desk(request).retire_fact(m.server, m.actor, fact_id)
    raise _back(server_url(m.server, "facts", fact_id), messages.desk_fact_retired(fact_id))


async def fact_restore(request: web.Request) -> web.StreamResponse:
    m = await moderating(request)
    fact_id = request.match_info["fact"]
    form = await request.post()
    version = str(form.get("restore_version", "")).strip()
    await _desk(request).restore_fact(m.server, m.actor, fact_id,
                                     int(version) if version.isdigit() else None)
    raise _back(server_url(m.server, "facts", fact_id), messages.desk_fact_restored(fact_id))


# -- queues ------------------------------------------------------------------------------------

async def unmatched_list(request: web.Request) -> web.StreamResponse:
    m = await moderating(request)
    page = _page(request)
    items = await _desk(request).unmatched(m.server, limit=PAGE + 1, offset=(page - 1) * PAGE)
    return render(request, "unmatched.html", **_common(request, m.server, "unmatched"),
                  items=items[:PAGE], prev_url=f"?page={page - 1}" if page > 1 else "",
                  next_url=f"?page={page + 1}" if len(items) > PAGE else "")


async def unmatched_fact(request: web.Request) -> web.StreamResponse:
    m = await moderating(request)
    item = int(request.match_info["item"])
    url = server_url(m.server, "unmatched", item, "fact")
    if request.method == "GET":
        values = form_values(None)
        values["claim"] = request.query.get("claim", "")
        return _fact_form(request, m.server, record=None, values=values, action=url)
    form = await request.post()
    try:
        saved = await _desk(request).fact_from_unmatched(m.server, m.actor, item,
                                                        new_fact_input(form))
    except ModerationError as exc:
        problems = exc.problems if isinstance(exc, InvalidFact) else (str(exc),)
        return _fact_form(request, m.server, record=None, values=form_strings(form),
                          action=url, problems=problems, status=400)
    raise _back(server_url(m.server, "facts", saved.fact.id),
                messages.desk_fact_saved(saved.fact.id, saved.version))


async def unmatched_alias(request: web.Request) -> web.StreamResponse:
    m = await moderating(request)
    form = await request.post()
    fact_id = str(form.get("fact_id", "")).strip()
    saved = await _desk(request).alias_from_unmatched(m.server, m.actor,
                                                     int(request.match_info["item"]), fact_id)
    raise _back(server_url(m.server, "unmatched"), messages.desk_alias_added(saved.fact.id))


async def unmatched_dismiss(request: web.Request) -> web.StreamResponse:
    m = await moderating(request)
    item = int(request.match_info["item"])
    await _desk(request).dismiss_unmatched(m.server, m.actor, item)
    raise _back(server_url(m.server, "unmatched"), messages.unmatched_dismissed(item))


async def suggestions_list(request: web.Request) -> web.StreamResponse:
    m = await moderating(request)
    desk = _desk(request)
    items = await desk.list_suggestions(m.server)
    # Corrections whose fact changed since they were proposed: both versions are shown, and
    # approving one says on which version.
    changed = {s.id: c for s in items if s.fact_id is not None
               and (c := await desk.changed_since(m.server, s.id)) is not None}
    return render(request, "suggestions.html", **_common(request, m.server, "suggestions"),
                  items=items, changed=changed)


def _on_version(form: Any) -> int | None:
    raw = str(form.get("on_version", "")).strip()
    return int(raw) if raw.isdigit() else None


async def suggestion_decide(request: web.Request) -> web.StreamResponse:
    m = await moderating(request)
    item = int(request.match_info["item"])
    url = server_url(m.server, "suggestions")
    if request.match_info["decision"] == "approve":
        on_version = _on_version(await request.post())
        try:
            done = await _desk(request).approve_suggestion(m.server, m.actor, item,
                                                           on_version=on_version)
        except SuggestionConflict as exc:
            # The list shows both versions now; nothing was applied.
            raise _back(url, messages.desk_suggestion_changed(item, exc.fact_id,
                                                              exc.current)) from exc
        raise _back(url, messages.desk_suggestion_approved(item, done.fact_id or ""))
    reason = str((await request.post()).get("reason", "")).strip()
    if not reason:
        raise _back(url, messages.desk_reason_needed())
    await _desk(request).reject_suggestion(m.server, m.actor, item, reason)
    raise _back(url, messages.desk_suggestion_rejected(item))


async def reports_list(request: web.Request) -> web.StreamResponse:
    m = await moderating(request)
    items = await _desk(request).list_reports(m.server)
    return render(request, "reports.html", **_common(request, m.server, "reports"), items=items)


async def report_resolve(request: web.Request) -> web.StreamResponse:
    m = await moderating(request)
    item = int(request.match_info["item"])
    resolution = str((await request.post()).get("resolution", "")).strip()
    await _desk(request).resolve_report(m.server, m.actor, item, resolution)
    raise _back(server_url(m.server, "reports"), messages.desk_report_resolved(item))


@web.middleware
async def moderation_errors(request: web.Request, handler: Handler) -> web.StreamResponse:
    """A refused change (unknown fact or item, already decided, ...) as its own sentence."""
    try:
        return await handler(request)
    except ModerationError as exc:
        status = 404 if isinstance(exc, UnknownFact | UnknownItem) else 409
        return render(request, "problem.html", status=status, message=str(exc))


def add_routes(app: web.Application) -> None:
    app.middlewares.append(moderation_errors)
    r = app.router
    s = "/s/{server}"
    r.add_get(f"{s}/facts", facts_list)
    r.add_route("*", f"{s}/facts/new", fact_new)
    r.add_route("*", f"{s}/facts/{{fact}}", fact_edit)
    r.add_get(f"{s}/facts/{{fact}}/history", fact_history)
    r.add_post(f"{s}/facts/{{fact}}/retire", fact_retire)
    r.add_post(f"{s}/facts/{{fact}}/restore", fact_restore)
    r.add_get(f"{s}/unmatched", unmatched_list)
    r.add_route("*", f"{s}/unmatched/{{item:\\d+}}/fact", unmatched_fact)
    r.add_post(f"{s}/unmatched/{{item:\\d+}}/alias", unmatched_alias)
    r.add_post(f"{s}/unmatched/{{item:\\d+}}/dismiss", unmatched_dismiss)
    r.add_get(f"{s}/suggestions", suggestions_list)
    r.add_post(f"{s}/suggestions/{{item:\\d+}}/{{decision:approve|reject}}", suggestion_decide)
    r.add_get(f"{s}/reports", reports_list)
    r.add_post(f"{s}/reports/{{item:\\d+}}/resolve", report_resolve)
