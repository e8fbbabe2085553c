"""The desk's "Draft from a source" page: paste or upload an article, review a draft fact for
each checkable sentence, publish the chosen ones as the server's facts.

Nothing is kept between the steps: the review form carries the source text and its drafts'
fields, so any instance behind a balancer can take the next step. Drafts are reviewed
`BATCH` at a time (a form of a few hundred fields stays within what a request may hold); the
next batch is drafted again from the source text, in the same order. Each draft is edited with
the fact form spec (`bot.moderation.form`), and published through the Moderation service as
the desk's "New fact" form is; the coverage report is measured again after each publication.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from aiohttp import web

from bot import messages
from bot.core.models import Fact, Source
from bot.moderation import form
from bot.moderation.draft import Draft, draft_source, source_of
from bot.moderation.errors import InvalidFact, ModerationError
from bot.moderation.types import FieldProblem, ServerKey
from bot.packs.coverage import Coverage, fold_quote_text, quoted
from bot.web.app import MODERATION, SERVER_NAME, moderating, render
from bot.web.pages import server_url

HTML_SUFFIXES = (".html", ".htm", ".xhtml")
SOURCE_FIELDS = ("title", "author", "publisher", "date", "url")
BATCH = 40   # drafts a review form shows (each has 11 fields; a request may hold 1,000)


@dataclass(frozen=True, slots=True)
class Item:
    """One draft as the review form shows it."""

    index: int
    line: int
    kinds: str
    values: dict[str, str]
    covered: bool
    picked: bool
    problems: dict[str, list[str]] = field(default_factory=dict)

    def name(self, key: str) -> str:
        return f"d{self.index}-{key}"


def _context(request: web.Request, server: ServerKey) -> dict[str, Any]:
    return {"server": str(server), "server_name": request.get(SERVER_NAME, str(server)),
            "section": "draft", "base": server_url(server).rstrip("/")}


def _values(fact: Fact) -> dict[str, str]:
    return {f.name: form.shown(f.name, fact) for f in form.FIELDS}


def _items(draft: Draft, offset: int) -> list[Item]:
    return [Item(i, d.sentence.line,
                 ", ".join(messages.DESK_TEXT[f"draft_kind_{k}"] for k in d.kinds),
                 _values(d.fact), d.covered, picked=not d.covered)
            for i, d in enumerate(draft.facts[offset:offset + BATCH])]


async def _drafted(request: web.Request, server: ServerKey, text: str,
                   source: Source) -> Draft:
    """The drafts of `text` against the facts the server serves now."""
    base = await request.app[MODERATION].fact_base(server)
    return draft_source(text, source, quotes=(f.quote for f in base.facts.values() if f.quote),
                        taken_ids=base.facts.keys(), pack=str(server))


def _offset(posted: Mapping[str, Any]) -> int:
    raw = str(posted.get("offset", "0"))
    return int(raw) if raw.isdigit() else 0


def _review(request: web.Request, server: ServerKey, *, text: str, source: Source,
            draft: Draft, items: list[Item], offset: int, status: int = 200,
            notice: str = "") -> web.Response:
    coverage: Coverage = draft.coverage
    total = len(draft.facts)
    shown = messages.desk_draft_batch(offset + 1, min(offset + BATCH, total), total) \
        if total > BATCH else ""
    carried = {"title": source.title, "author": source.author or "",
               "publisher": source.publisher or "", "date": source.published or "",
               "url": source.url or ""}
    return render(request, "draft_review.html", status=status,
                  **_context(request, server), fields=form.FIELDS, items=items,
                  source_text=text, carried=carried, offset=offset, shown=shown,
                  previous_offset=max(0, offset - BATCH) if offset else None,
                  next_offset=offset + BATCH if offset + BATCH < total else None,
                  coverage=coverage, published_notice=notice,
                  coverage_line=messages.desk_draft_coverage(coverage.covered, coverage.total,
                                                             coverage.share),
                  action=server_url(server, "draft", "publish"),
                  batch_action=server_url(server, "draft"))


def _upload_form(request: web.Request, server: ServerKey, *, status: int = 200,
                 problem: str = "", given: Mapping[str, str] | None = None) -> web.Response:
    return render(request, "draft.html", status=status, **_context(request, server),
                  action=server_url(server, "draft"), problem=problem,
                  source_fields=SOURCE_FIELDS, given=dict(given or {}))


def _uploaded(posted: Mapping[str, Any]) -> tuple[str, bool | None]:
    """The text sent (a file wins over the text box), and whether it is HTML when its name
    says so (None: told by its look)."""
    upload = posted.get("source_file")
    if isinstance(upload, web.FileField) and upload.filename:
        raw = upload.file.read()
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise ValueError(messages.desk_draft_unreadable(upload.filename, str(exc))) from exc
        html = True if upload.filename.lower().endswith(HTML_SUFFIXES) else None
        return text, html
    return str(posted.get("source_text", "")), None


async def draft_page(request: web.Request) -> web.StreamResponse:
    m = await moderating(request)
    if request.method == "GET":
        return _upload_form(request, m.server)
    posted = await request.post()
    given = {k: str(posted.get(k, "")).strip() for k in SOURCE_FIELDS}
    try:
        raw, html = _uploaded(posted)
    except ValueError as exc:
        return _upload_form(request, m.server, status=400, problem=str(exc), given=given)
    if not raw.strip():
        return _upload_form(request, m.server, status=400,
                            problem=messages.desk_draft_empty(), given=given)
    if posted.get("reduced"):
        html = False   # a further batch: the text is the article already
    text, source = _source(raw.replace("\r\n", "\n"), html, given)
    draft = await _drafted(request, m.server, text, source)
    offset = min(_offset(posted), max(0, len(draft.facts) - 1))
    return _review(request, m.server, text=text, source=source, draft=draft,
                   items=_items(draft, offset), offset=offset)


def _source(raw: str, html: bool | None, given: Mapping[str, str]) -> tuple[str, Source]:
    return source_of(raw, html=html, title=given.get("title"), author=given.get("author"),
                     publisher=given.get("publisher"), published=given.get("date"),
                     url=given.get("url"))


def _submitted(posted: Mapping[str, Any]) -> list[Item]:
    try:
        count = int(str(posted.get("count", "0")))
    except ValueError:
        count = 0
    items = []
    for i in range(min(count, BATCH)):
        prefix = f"d{i}-"
        values = {f.name: str(posted.get(prefix + f.name, "")).replace("\r\n", "\n")
                  for f in form.FIELDS}
        line = str(posted.get(prefix + "line", "0"))
        items.append(Item(i, int(line) if line.isdigit() else 0,
                          str(posted.get(prefix + "kinds", "")), values, covered=False,
                          picked=posted.get(prefix + "pick") is not None))
    return items


def _by_field(problems: Iterable[FieldProblem]) -> dict[str, list[str]]:
    return form.by_field(list(problems), [f.name for f in form.FIELDS], "claim")


async def draft_publish(request: web.Request) -> web.StreamResponse:
    m = await moderating(request)
    mod = request.app[MODERATION]
    posted = await request.post()
    given = {k: str(posted.get(k, "")).strip() for k in SOURCE_FIELDS}
    text, source = _source(str(posted.get("source_text", "")).replace("\r\n", "\n"), False,
                           given)
    items = _submitted(posted)
    published, kept = 0, []
    for item in items:
        if not item.picked:
            kept.append(item)
            continue
        try:
            await mod.add_fact(m.server, m.actor, form.fact_input(item.values))
            published += 1
        except InvalidFact as exc:
            kept.append(replace(item, problems=_by_field(exc.fields)))
        except ModerationError as exc:
            kept.append(replace(item, problems={"fact_id": [str(exc)]}))
    draft = await _drafted(request, m.server, text, source)
    # Covered now: a sentence a fact of the server quotes, the ones just published included.
    folded = [fold_quote_text(d.fact.quote or "") for d in draft.facts if d.covered]
    kept = [replace(item, index=index, covered=quoted(quote, folded) if quote else False)
            for index, item in enumerate(kept)
            for quote in [item.values.get("quote", "").strip()]]
    failed = any(item.problems for item in kept)
    notice = messages.desk_draft_published(published) if published or not failed else ""
    return _review(request, m.server, text=text, source=source, draft=draft, items=kept,
                   offset=_offset(posted), status=400 if failed else 200, notice=notice)


def add_draft_routes(app: web.Application) -> None:
    app.router.add_route("*", "/s/{server}/draft", draft_page)
    app.router.add_post("/s/{server}/draft/publish", draft_publish)
