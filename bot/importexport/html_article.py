"""An HTML page saved to disk, reduced to its article's text and what the page says of it.

Pure (text in, text out) and standard library only (`html.parser`). Scripts, styles, the
site's navigation, header, footer and asides are dropped; when the page marks its article
(`<article>`, else `<main>`), only that is kept. Each paragraph, heading, list item or table
row becomes one line, so that a sentence never runs from one into the next (`factbot facts
coverage` ends a sentence at a line break); a `<br>` inside one is a space. The title comes
from `<title>` (less the site's name it ends on; else `og:title`), the author, publisher, date
and address from the usual meta tags when present.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html.parser import HTMLParser

# Elements whose text is never the article's.
_DROPPED = frozenset("""
    script style nav header footer aside noscript template svg iframe button select form
    """.split())
# Elements that start a line of their own.
_BLOCKS = frozenset("""
    p div h1 h2 h3 h4 h5 h6 li ul ol blockquote figcaption figure section article main tr td
    th dd dt pre table hr title
    """.split())
# Void elements have no end tag, so they never open a dropped or kept region.
_VOID = frozenset("area base br col embed hr img input link meta source track wbr".split())
_META = {
    "author": "author", "article:author": "author", "dc.creator": "author",
    "sailthru.author": "author", "parsely-author": "author",
    "publisher": "publisher", "og:site_name": "publisher", "dc.publisher": "publisher",
    "article:published_time": "published", "date": "published", "dc.date": "published",
    "pubdate": "published", "publish-date": "published", "sailthru.date": "published",
    "og:url": "url", "og:title": "og_title",
}
_SPACES = re.compile(r"[ \t\r\f\v\u00a0]+")


@dataclass(frozen=True, slots=True)
class ArticleText:
    """A page's article text (a paragraph a line) and what the page says about it."""

    text: str
    title: str | None = None
    author: str | None = None
    publisher: str | None = None
    published: str | None = None
    url: str | None = None


class _Reader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.dropped = 0
        self.regions: dict[str, list[str]] = {"article": [], "main": [], "page": []}
        self.inside = {"article": 0, "main": 0}
        self.title: list[str] = []
        self.in_title = False
        self.meta: dict[str, str] = {}

    def _line_break(self) -> None:
        for name, lines in self.regions.items():
            if (name == "page" or self.inside[name]) and lines and lines[-1]:
                lines.append("")

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "meta":
            self._meta(dict(attrs))
            return
        if tag == "link" and dict(attrs).get("rel") == "canonical":
            self.meta.setdefault("url", dict(attrs).get("href") or "")
            return
        if tag in _VOID:
            if tag in _BLOCKS:
                self._line_break()
            elif tag == "br":   # a break inside a paragraph is no end of a sentence
                self.handle_data(" ")
            return
        self.stack.append(tag)
        if tag in _DROPPED:
            self.dropped += 1
        if tag in self.inside:
            self.inside[tag] += 1
        if tag == "title":
            self.in_title = True
        if tag in _BLOCKS:
            self._line_break()

    def handle_endtag(self, tag: str) -> None:
        if tag not in self.stack:
            return   # a stray end tag closes nothing
        while self.stack:
            open_tag = self.stack.pop()
            if open_tag in _DROPPED:
                self.dropped -= 1
            if open_tag in self.inside:
                self.inside[open_tag] -= 1
            if open_tag == "title":
                self.in_title = False
            if open_tag in _BLOCKS:
                self._line_break()
            if open_tag == tag:
                break

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title.append(data)
            return
        if self.dropped:
            return
        text = _SPACES.sub(" ", data.replace("\n", " "))
        for name, lines in self.regions.items():
            if name == "page" or self.inside[name]:
                if not lines:
                    lines.append("")
                lines[-1] += text

    def _meta(self, attrs: dict[str, str | None]) -> None:
        key = (attrs.get("name") or attrs.get("property") or attrs.get("itemprop") or "")
        field = _META.get(key.strip().lower()) or (
            "published" if key == "datePublished" else None)
        content = (attrs.get("content") or "").strip()
        if field and content:
            self.meta.setdefault(field, content)


def _text(lines: list[str]) -> str:
    return "\n".join(line for line in (_SPACES.sub(" ", raw).strip() for raw in lines) if line)


def _without_site(title: str, site: str | None) -> str:
    """A page title without the site's name it ends on ("Pandas | Zoo News" -> "Pandas")."""
    if site:
        for separator in (" | ", " - ", " – ", " — ", " :: "):
            head, sep, tail = title.rpartition(separator)
            if sep and head and tail.strip().casefold() == site.strip().casefold():
                return head.strip()
    return title


def article_from_html(page: str) -> ArticleText:
    """The article of an HTML page as text, a paragraph a line, with its title and the
    author, publisher, date and address its meta tags give."""
    reader = _Reader()
    reader.feed(page)
    reader.close()
    text = next((t for t in (_text(reader.regions[r]) for r in ("article", "main")) if t),
                _text(reader.regions["page"]))
    meta = reader.meta
    title = _without_site(_SPACES.sub(" ", "".join(reader.title)).strip(),
                          meta.get("publisher")) or meta.get("og_title")
    return ArticleText(text=text, title=title or None, author=meta.get("author"),
                       publisher=meta.get("publisher"), published=meta.get("published"),
                       url=meta.get("url") or None)


def looks_like_html(text: str) -> bool:
    """Whether a text is an HTML page rather than plain text."""
    head = text.lstrip()[:1000].lower()
    return head.startswith(("<!doctype html", "<html")) or bool(
        re.search(r"<(?:head|body|p|div|article)\b", head))
