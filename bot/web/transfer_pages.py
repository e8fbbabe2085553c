"""The desk's import / export page: the server's facts downloaded as a YAML pack, CSV or
ClaimReview JSON-LD, and a file imported after a preview of what it would change.

An import is checked and planned when the file is sent (`Moderation.plan_import`, which writes
nothing); the preview carries the file and the plan's fingerprint to the confirm step, which
plans again and writes only if nothing changed meanwhile (the server's facts or the file).
So what is written is what the moderator saw. Every handler starts with `moderating(request)`.
"""

from __future__ import annotations

import base64
import binascii
import re
from pathlib import PurePath
from typing import Any
from urllib.parse import urlencode

from aiohttp import web

from bot import messages
from bot.core.models import Fact
from bot.moderation.errors import ExportNeedsSetting, ImportRejected
from bot.moderation.transfer import ImportPlan
from bot.moderation.types import ExportFormat, ServerKey
from bot.packs.loader import MAX_PACK_BYTES
from bot.store.codec import fact_from_data
from bot.web.app import DESK, Moderating, moderating, render
from bot.web.context import server_context
from bot.web.diff import compare
from bot.web.pages import server_url

# What each format is downloaded as: file extension and media type.
DOWNLOADS = {ExportFormat.YAML: ("yaml", "application/yaml"),
             ExportFormat.CSV: ("csv", "text/csv"),
             ExportFormat.CLAIMREVIEW: ("json", "application/ld+json")}
EXTENSIONS = {".yaml": ExportFormat.YAML, ".yml": ExportFormat.YAML, ".csv": ExportFormat.CSV,
              ".json": ExportFormat.CLAIMREVIEW, ".jsonld": ExportFormat.CLAIMREVIEW}
AUTO = "auto"
PREVIEW_ROWS = 100   # of each kind: new, changed and unchanged facts


class Refused(Exception):
    """A file the import cannot read, with the sentence saying why."""


def _file_stem(server: ServerKey) -> str:
    return re.sub(r"[^A-Za-z0-9_-]+", "-", str(server))


def _page(request: web.Request, m: Moderating, *, status: int = 200,
          **context: Any) -> web.Response:
    values: dict[str, Any] = {"problems": (), "error": "", "plan": None, "file_name": "",
                              "needs_setting": "", "changed_notice": ""}
    values.update(context)
    return render(request, "transfer.html", status=status,
                  **server_context(request, m.server, "transfer"),
                  formats=[f.value for f in ExportFormat], auto=AUTO, **values)


async def transfer_page(request: web.Request) -> web.StreamResponse:
    return _page(request, await moderating(request))


async def export_download(request: web.Request) -> web.StreamResponse:
    m = await moderating(request)
    try:
        fmt = ExportFormat(request.query.get("format", ""))
    except ValueError:
        raise web.HTTPNotFound() from None
    try:
        text = await request.app[DESK].export_facts(
            m.server, fmt, include_packs=request.query.get("packs") == "yes")
    except ExportNeedsSetting as exc:
        return _page(request, m, status=409, error=str(exc), needs_setting=exc.setting)
    extension, media = DOWNLOADS[fmt]
    name = f"{_file_stem(m.server)}-facts.{extension}"
    return web.Response(text=text, content_type=media, charset="utf-8",
                        headers={"Content-Disposition": f'attachment; filename="{name}"'})


def _format_of(chosen: str, filename: str) -> ExportFormat:
    if chosen != AUTO:
        try:
            return ExportFormat(chosen)
        except ValueError:
            raise Refused(messages.desk_import_format_unknown(chosen)) from None
    found = EXTENSIONS.get(PurePath(filename).suffix.lower())
    if found is None:
        raise Refused(messages.desk_import_format_unknown(filename))
    return found


def _text_of(data: bytes, filename: str) -> str:
    if not data:
        raise Refused(messages.desk_import_no_file())
    if len(data) > MAX_PACK_BYTES:
        raise Refused(messages.desk_import_too_large(filename, MAX_PACK_BYTES // (1024 * 1024)))
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise Refused(messages.desk_import_not_utf8(filename, exc.start)) from None


def _preview(plan: ImportPlan, server: ServerKey) -> dict[str, Any]:
    """The plan as the page lists it: new facts, changed ones field by field, unchanged ids."""
    key = str(server)

    def fact(fact_id: str, data: dict[str, Any]) -> Fact:
        return fact_from_data(fact_id, data, key)

    new = [fact(w.fact_id, w.data) for w in plan.writes if w.before is None]
    changed = [(w, [d for d in compare(fact(w.fact_id, w.before), fact(w.fact_id, w.data))
                    if d.changed]) for w in plan.writes if w.before is not None]
    def more(count: int) -> str:
        return messages.desk_more_not_shown(count - PREVIEW_ROWS) if count > PREVIEW_ROWS else ""

    return {"new": new[:PREVIEW_ROWS], "new_count": len(new), "new_more": more(len(new)),
            "changed": changed[:PREVIEW_ROWS], "changed_count": len(changed),
            "changed_more": more(len(changed)), "unchanged": plan.unchanged[:PREVIEW_ROWS],
            "unchanged_count": len(plan.unchanged), "unchanged_more": more(len(plan.unchanged))}


async def _planned(request: web.Request, m: Moderating, text: str, fmt: ExportFormat,
                   name: str, *, status: int = 200, notice: str = "") -> web.Response:
    """The preview of importing `text` now, or its problems (each naming its row or line)."""
    try:
        plan = await request.app[DESK].plan_import(m.server, text, fmt, name=name)
    except ImportRejected as exc:
        return _page(request, m, status=400, problems=exc.problems, file_name=name)
    encoded = base64.b64encode(text.encode()).decode()
    return _page(request, m, status=status, plan=plan, file_name=name, fmt=fmt.value,
                 heading=messages.desk_import_preview_heading(name), encoded=encoded,
                 digest=plan.digest(), changed_notice=notice,
                 **_preview(plan, m.server))


async def import_preview(request: web.Request) -> web.StreamResponse:
    m = await moderating(request)
    form = await request.post()
    upload = form.get("file")
    filename = str(getattr(upload, "filename", "") or "")
    try:
        data = upload.file.read() if isinstance(upload, web.FileField) else b""
        name = PurePath(filename).name or "import"
        text = _text_of(data, name)
        fmt = _format_of(str(form.get("format", AUTO)), name)
    except Refused as exc:
        return _page(request, m, status=400, error=str(exc))
    return await _planned(request, m, text, fmt, name)


async def import_confirm(request: web.Request) -> web.StreamResponse:
    m = await moderating(request)
    form = await request.post()
    try:
        text = base64.b64decode(str(form.get("text", "")), validate=True).decode()
        fmt = ExportFormat(str(form.get("format", "")))
    except (binascii.Error, UnicodeDecodeError, ValueError):
        return _page(request, m, status=400, error=messages.desk_import_confirm_broken())
    name = str(form.get("name", "")) or "import"
    mod = request.app[DESK]
    try:
        plan = await mod.plan_import(m.server, text, fmt, name=name)
    except ImportRejected as exc:
        return _page(request, m, status=400, problems=exc.problems, file_name=name)
    if plan.digest() != str(form.get("digest", "")):
        return await _planned(request, m, text, fmt, name, status=409,
                              notice=messages.desk_import_changed_since())
    done = await mod.apply_import(m.server, m.actor, plan)
    notice = messages.desk_imported(len(done.added), len(done.updated), len(done.unchanged))
    raise web.HTTPSeeOther(f"{server_url(m.server, 'transfer')}?{urlencode({'notice': notice})}")


def add_routes(app: web.Application) -> None:
    s = "/s/{server}/transfer"
    app.router.add_get(s, transfer_page)
    app.router.add_get(f"{s}/export", export_download)
    app.router.add_post(f"{s}/import", import_preview)
    app.router.add_post(f"{s}/import/confirm", import_confirm)
