"""Facts as schema.org ClaimReview JSON-LD, the format fact-checkers publish.

Each fact is one ClaimReview with what Google's Fact Check markup requires and recommends:
`url` (the fact's page, from the server's `fact_page_url`), `claimReviewed` the claim,
`reviewRating` (`alternateName` and `name` the verdict, on a 1-5 scale), `datePublished` (when
the server first published the fact; for a pack fact, when its pack file last changed),
`author` the reviewing organisation (the server's `reviewer_name`), and `itemReviewed`, a
Claim (with the aliases as `alternateName`). Also `reviewBody` the summary, `isBasedOn` the
source, `citation` the quote, `keywords` the tags; figures and related ids go in `factbot:`
terms. Import reads those back, and also plain ClaimReviews from other fact-checkers: their
textual rating is mapped to a verdict (or their numeric rating, low false, high true, between
misleading), and their own page (`url`, `author`) becomes the source when `isBasedOn` is
absent.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any
from urllib.parse import quote, urlsplit

from bot import messages
from bot.core.models import Fact, Figure, Source, Verdict
from bot.importexport.items import ImportItem
from bot.moderation.types import FactInput

NS = "https://github.com/factbot/factbot/ns#"
CONTEXT: list[Any] = ["https://schema.org", {"factbot": NS}]
RATING_VALUE = {Verdict.FALSE: 1, Verdict.MISLEADING: 2, Verdict.UNPROVEN: 3, Verdict.TRUE: 5}
RATINGS: dict[str, Verdict] = {
    "true": Verdict.TRUE, "correct": Verdict.TRUE, "accurate": Verdict.TRUE,
    "false": Verdict.FALSE, "incorrect": Verdict.FALSE, "inaccurate": Verdict.FALSE,
    "fake": Verdict.FALSE, "pants on fire": Verdict.FALSE, "wrong": Verdict.FALSE,
    "misleading": Verdict.MISLEADING, "half true": Verdict.MISLEADING,
    "mixture": Verdict.MISLEADING, "partly false": Verdict.MISLEADING,
    "missing context": Verdict.MISLEADING, "exaggerated": Verdict.MISLEADING,
    "unproven": Verdict.UNPROVEN, "unverified": Verdict.UNPROVEN,
    "unsupported": Verdict.UNPROVEN, "no evidence": Verdict.UNPROVEN,
}


def _work(url: str) -> dict[str, str]:
    return {"@type": "CreativeWork", "url": url}


def _named(kind: str, name: str | None) -> dict[str, str] | None:
    return {"@type": kind, "name": name} if name else None


@dataclass(frozen=True, slots=True)
class Publication:
    """Who publishes a server's fact checks, where, and when each was published."""

    reviewer: str                             # the organisation's name
    page_url: str                             # a fact's page, `{id}` where its id goes
    published: Mapping[str, datetime]         # fact id → first published
    modified: Mapping[str, datetime] = field(default_factory=dict)

    def url_of(self, fact_id: str) -> str:
        return self.page_url.replace("{id}", quote(fact_id, safe=""))

    def reviewer_url(self) -> str:
        parts = urlsplit(self.page_url)
        return f"{parts.scheme}://{parts.netloc}/"


def _review(fact: Fact, publication: Publication) -> dict[str, Any]:
    src = fact.source
    based_on: dict[str, Any] = {"@type": "CreativeWork", "name": src.title}
    for key, value in (("alternativeHeadline", src.subtitle),
                       ("author", _named("Person", src.author)),
                       ("publisher", _named("Organization", src.publisher)),
                       ("datePublished", src.published), ("url", src.url)):
        if value:
            based_on[key] = value
    label = messages.verdict_label(fact.verdict)
    claim: dict[str, Any] = {"@type": "Claim", "name": fact.claim}
    if fact.aliases:
        claim["alternateName"] = list(fact.aliases)
    if fact.claimant:
        claim["author"] = {"@type": "Person", "name": fact.claimant}
    if fact.appearances:
        claim["firstAppearance"] = _work(fact.appearances[0])
        claim["appearance"] = [_work(url) for url in fact.appearances]
    review: dict[str, Any] = {
        "@type": "ClaimReview",
        "identifier": fact.id,
        "url": publication.url_of(fact.id),
        "datePublished": publication.published[fact.id].date().isoformat(),
        "claimReviewed": fact.claim,
        "itemReviewed": claim,
        "reviewRating": {
            "@type": "Rating", "alternateName": label, "name": label,
            "ratingValue": RATING_VALUE[fact.verdict], "bestRating": 5, "worstRating": 1,
        },
        "reviewBody": fact.summary,
        "isBasedOn": based_on,
        "author": {"@type": "Organization", "name": publication.reviewer,
                   "url": publication.reviewer_url()},
    }
    modified = publication.modified.get(fact.id)
    if modified is not None:
        review["dateModified"] = modified.date().isoformat()
    if fact.quote:
        review["citation"] = {"@type": "Quotation", "text": fact.quote}
    if fact.tags:
        review["keywords"] = list(fact.tags)
    if fact.figures:
        review["factbot:figures"] = [{"value": f.value, "what": f.what} for f in fact.figures]
    if fact.related:
        review["factbot:related"] = list(fact.related)
    return review


def export_claimreview(facts: Sequence[Fact], publication: Publication) -> str:
    doc = {"@context": CONTEXT, "@graph": [_review(f, publication) for f in facts]}
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def _reviews(doc: Any) -> list[Any] | None:
    if isinstance(doc, list):
        return doc
    if isinstance(doc, dict):
        if "@graph" in doc:
            graph = doc["@graph"]
            return graph if isinstance(graph, list) else [graph]
        if "dataFeedElement" in doc:   # a schema.org DataFeed of ClaimReviews
            return [e.get("item", e) if isinstance(e, dict) else e
                    for e in doc["dataFeedElement"] or []]
        return [doc]
    return None


def _text(value: Any) -> str | None:
    if isinstance(value, dict):
        value = value.get("name") or value.get("text")
    if isinstance(value, list):
        value = value[0] if value else None
    if value is None or isinstance(value, dict | list | bool):
        return None
    return str(value).strip() or None


def _strings(value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        # schema.org keywords may be one comma-separated text
        return tuple(v.strip() for v in value.split(",") if v.strip())
    if isinstance(value, list):
        return tuple(str(v) for v in value)
    return (str(value),)


def _verdict(rating: Any) -> Verdict | None:
    if isinstance(rating, list):
        rating = rating[0] if rating else None
    if not isinstance(rating, dict):
        return None
    name = _text(rating.get("alternateName")) or _text(rating.get("name"))
    if name and name.lower().rstrip(".!") in RATINGS:
        return RATINGS[name.lower().rstrip(".!")]
    try:
        value = float(rating["ratingValue"])
        best = float(rating.get("bestRating", 5))
        worst = float(rating.get("worstRating", 1))
        share = (value - worst) / (best - worst)
    except (KeyError, TypeError, ValueError, ZeroDivisionError):
        return None
    if not 0 <= share <= 1:
        return None
    if share <= 0.2:
        return Verdict.FALSE
    return Verdict.TRUE if share >= 0.8 else Verdict.MISLEADING


def _source(review: dict[str, Any]) -> Source | None:
    based = review.get("isBasedOn")
    if isinstance(based, list):
        based = based[0] if based else None
    if isinstance(based, dict):
        return Source(title=_text(based.get("name")) or _text(based.get("headline"))
                      or _text(based.get("url")) or "",
                      subtitle=_text(based.get("alternativeHeadline")),
                      author=_text(based.get("author")),
                      publisher=_text(based.get("publisher")),
                      published=_text(based.get("datePublished")), url=_text(based.get("url")))
    author = _text(review.get("author"))
    url = _text(review.get("url"))
    if author or url:
        return Source(title=_text(review.get("headline")) or _text(review.get("name"))
                      or author or url or "",
                      publisher=author, published=_text(review.get("datePublished")), url=url)
    return None


def _appearances(claim: dict[str, Any]) -> tuple[str, ...]:
    """The addresses where a Claim appeared, its first appearance first, each once."""
    found: list[str] = []
    for key in ("firstAppearance", "appearance"):
        value = claim.get(key)
        for item in value if isinstance(value, list) else [value]:
            url = _text(item.get("url")) if isinstance(item, dict) else _text(item)
            if url and url not in found:
                found.append(url)
    return tuple(found)


def _figures(value: Any) -> tuple[Any, ...]:
    if not isinstance(value, list):
        return ()
    return tuple(Figure(str(v.get("value", "")), str(v.get("what", "")))
                 if isinstance(v, dict) else v for v in value)


def parse_claimreview(text: str) -> tuple[list[ImportItem], list[str]]:
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        return [], [messages.import_not_json(f"line {exc.lineno}, column {exc.colno}: {exc.msg}")]
    reviews = _reviews(doc)
    if not reviews:
        return [], [messages.import_no_claimreviews()]
    problems: list[str] = []
    items: list[ImportItem] = []
    for number, review in enumerate(reviews, start=1):
        ident = _text(review.get("identifier")) if isinstance(review, dict) else None
        kind = review.get("@type") if isinstance(review, dict) else type(review).__name__
        if kind != "ClaimReview":
            problems.append(messages.import_item(number, ident,
                                                 messages.import_not_claimreview(str(kind))))
            continue
        verdict = _verdict(review.get("reviewRating"))
        if verdict is None:
            rating = review.get("reviewRating")
            shown = _text(rating.get("alternateName")) if isinstance(rating, dict) else None
            problems.append(messages.import_item(
                number, ident, messages.import_unknown_rating(shown or json.dumps(rating))))
            continue
        reviewed = review.get("itemReviewed")
        if not isinstance(reviewed, dict):
            reviewed = {}
        aliases = _strings(reviewed.get("alternateName"))
        citation = review.get("citation")
        quote = _text(citation.get("text")) if isinstance(citation, dict) else None
        fields = FactInput(
            id=ident, claim=_text(review.get("claimReviewed")) or "", verdict=verdict,
            summary=_text(review.get("reviewBody")) or _text(review.get("description")) or "",
            source=_source(review), quote=quote, figures=_figures(review.get("factbot:figures")),
            aliases=aliases, tags=_strings(review.get("keywords")),
            related=_strings(review.get("factbot:related")),
            claimant=_text(reviewed.get("author")), appearances=_appearances(reviewed))
        items.append(ImportItem(f"item {number}" + (f" (id '{ident}')" if ident else ""),
                                fields))
    return items, problems
