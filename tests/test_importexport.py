"""Import and export of a server's facts in all three formats, on SQLite and PostgreSQL."""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st
from store_support import MOD, SERVER_A, SERVER_B

from bot import messages
from bot.core.models import FACT_VERDICTS, Claim, Fact, Figure, Source, Verdict
from bot.importexport import Publication, export_text, parse_text
from bot.moderation import (
    ExportFormat,
    ExportNeedsSetting,
    FactInput,
    ImportRejected,
    InvalidSettings,
    Moderation,
)
from bot.moderation.fields import build_fact
from bot.packs.loader import FACT_ID, lint, load_fact_base

pytest_plugins = ["store_fixtures"]

FORMATS = list(ExportFormat)

NASA = Source(title="Apollo sample catalogue", subtitle="Lunar rocks", author="J. Doe",
              publisher="NASA", published="1972", url="https://example.org/apollo")
BOOK = Source(title="Penguins of the world", publisher="Field Guides")
FACTS = [
    FactInput(id="moon-cheese", claim="The moon is made of green cheese", verdict="false",
              summary="Lunar samples show the moon is rock.", source=NASA,
              quote="The samples are igneous rock, with “quotes”, commas, and\nnew lines.",
              figures=(Figure("382 kg", "lunar samples returned"),
                       Figure("6", "crewed landings")),
              aliases=("is the moon cheese", "moon = cheese?"), tags=("space", "moon"),
              related=("penguins-fly",), claimant="Wallace",
              appearances=("https://films.example/grand-day-out", "https://x.example/p/1")),
    FactInput(id="penguins-fly", claim="Penguins can fly over the Andes", verdict="misleading",
              summary="Penguins are flightless; they cross nothing by air.", source=BOOK,
              related=("moon-cheese",)),
    FactInput(id="ice-cold", claim="Ice is colder than boiling water", verdict="true",
              summary="At normal pressure ice is below 0 °C, boiling water at 100 °C.",
              source=NASA),
    FactInput(id="moderators-say", claim="The server rules were written in 2020",
              verdict="unproven", summary="Nobody kept the date."),
]


async def _seed(mod: Moderation) -> None:
    for fields in FACTS:
        if fields.id == "moon-cheese":
            await mod.add_fact(SERVER_A, MOD, FactInput(**{
                **{k: getattr(fields, k) for k in FactInput.__dataclass_fields__},
                "related": ()}))
        else:
            await mod.add_fact(SERVER_A, MOD, fields)
    await mod.edit_fact(SERVER_A, MOD, "moon-cheese", {"related": ["penguins-fly"]})
    await mod.update_settings(SERVER_A, MOD, fact_page_url=PAGES)


async def _facts(mod: Moderation, server: object) -> dict[str, object]:
    return {r.fact.id: r.fact for r in await mod.list_facts(server)}  # type: ignore[arg-type]


@pytest.mark.asyncio
@pytest.mark.parametrize("fmt", FORMATS)
async def test_round_trip_loses_nothing(mod: Moderation, fmt: ExportFormat) -> None:
    await _seed(mod)
    text = await mod.export_facts(SERVER_A, fmt)
    result = await mod.import_facts(SERVER_B, MOD, text, fmt)
    assert sorted(result.added) == sorted(f.id for f in FACTS if f.id)
    original = await _facts(mod, SERVER_A)
    copied = await _facts(mod, SERVER_B)
    assert {k: _without_pack(v) for k, v in copied.items()} == {
        k: _without_pack(v) for k, v in original.items()}
    # The copy answers in the other server.
    reply = await mod.check(Claim("penguins can fly over the andes", platform="discord",
                                  server=SERVER_B.id))
    assert reply.verdict is Verdict.MISLEADING
    # Importing the same text again changes nothing.
    again = await mod.import_facts(SERVER_B, MOD, text, fmt)
    assert again.added == () and again.updated == () and len(again.unchanged) == len(FACTS)


def _without_pack(fact: object) -> object:
    from dataclasses import replace
    return replace(fact, pack="")  # type: ignore[type-var]


@pytest.mark.asyncio
async def test_yaml_export_is_a_pack_lint_accepts(mod: Moderation, tmp_path: Path) -> None:
    await _seed(mod)
    await mod.retire_fact(SERVER_A, MOD, "ice-cold")
    path = tmp_path / "server.yaml"
    path.write_text(await mod.export_facts(SERVER_A, ExportFormat.YAML), encoding="utf-8")
    assert [p for p in lint([path]) if not p.warning] == []
    base = load_fact_base([path])
    assert sorted(f.id for f in base.facts) == ["moderators-say", "moon-cheese", "penguins-fly"]
    assert base.get("moon-cheese").figures[0] == Figure("382 kg", "lunar samples returned")


@pytest.mark.asyncio
async def test_claimreview_export_is_schema_org(mod: Moderation) -> None:
    await _seed(mod)
    doc = json.loads(await mod.export_facts(SERVER_A, ExportFormat.CLAIMREVIEW))
    assert "https://schema.org" in doc["@context"]
    reviews = {r["identifier"]: r for r in doc["@graph"]}
    moon = reviews["moon-cheese"]
    assert moon["@type"] == "ClaimReview"
    assert moon["claimReviewed"] == "The moon is made of green cheese"
    assert moon["reviewRating"]["alternateName"] == "False"
    assert moon["isBasedOn"]["publisher"] == {"@type": "Organization", "name": "NASA"}


# Google's Fact Check markup (developers.google.com/search/docs/appearance/structured-data/
# factcheck, "Structured data type definitions"): the properties of each type it requires and
# recommends.
GOOGLE_FACT_CHECK = {
    "ClaimReview": {"required": {"claimReviewed", "reviewRating", "url"},
                    "recommended": {"author", "datePublished", "itemReviewed"}},
    "Claim": {"required": set(),
              "recommended": {"appearance", "author", "datePublished", "firstAppearance"}},
    "Rating": {"required": {"alternateName"},
               "recommended": {"bestRating", "name", "ratingValue", "worstRating"}},
    # `author` of a ClaimReview: the organisation publishing the fact check, with a name.
    "Organization": {"required": {"name"}, "recommended": {"url"}},
}
PAGES = "https://checks.example/facts/{id}"


def _unknown(fact: Fact) -> dict[str, set[str]]:
    """Recommended properties a fact has no data for: Google wants them "where known". No
    fact records when a claim was made; who made it and where it appeared, only some do."""
    claim = {"datePublished"}
    if fact.claimant is None:
        claim.add("author")
    if not fact.appearances:
        claim |= {"appearance", "firstAppearance"}
    return {"Claim": claim}


def _google_problems(node: dict[str, object], kind: str, where: str,
                     unknown: dict[str, set[str]]) -> list[str]:
    if node.get("@type") != kind:
        return [f"{where}: @type {node.get('@type')!r} is not {kind}"]
    spec = GOOGLE_FACT_CHECK[kind]
    wanted = spec["required"] | (spec["recommended"] - unknown.get(kind, set()))
    return [f"{where}: no {name}" for name in sorted(wanted) if node.get(name) in (None, "", [])]


def _check_claimreview(review: dict[str, object], fact: Fact) -> list[str]:
    where, unknown = fact.id, _unknown(fact)
    problems = _google_problems(review, "ClaimReview", where, unknown)
    for key, kind in (("reviewRating", "Rating"), ("itemReviewed", "Claim"),
                      ("author", "Organization")):
        value = review.get(key)
        if isinstance(value, dict):
            problems += _google_problems(value, kind, f"{where}.{key}", unknown)
    rating = review["reviewRating"]
    assert isinstance(rating, dict)
    if not rating["worstRating"] <= rating["ratingValue"] <= rating["bestRating"]:
        problems.append(f"{where}: rating {rating['ratingValue']} out of its scale")
    return problems


@pytest.mark.asyncio
async def test_every_claimreview_has_what_google_requires_and_recommends(
        mod: Moderation) -> None:
    await _seed(mod)
    await mod.update_settings(SERVER_A, MOD, reviewer_name="Example Fact Checks")
    doc = json.loads(await mod.export_facts(SERVER_A, ExportFormat.CLAIMREVIEW,
                                            include_packs=True))
    assert doc["@context"][0] == "https://schema.org"
    reviews = doc["@graph"]
    served = (await mod.fact_base(SERVER_A)).facts
    assert sorted(r["identifier"] for r in reviews) == sorted(served)
    problems = [p for r in reviews for p in _check_claimreview(r, served[r["identifier"]])]
    assert problems == []
    for review in reviews:
        fact_id = review["identifier"]
        assert review["url"] == f"https://checks.example/facts/{fact_id}"
        assert review["author"] == {"@type": "Organization", "name": "Example Fact Checks",
                                    "url": "https://checks.example/"}
        assert datetime.fromisoformat(review["datePublished"]).year >= 2019
        assert review["itemReviewed"]["name"] == served[fact_id].claim
        assert review["reviewRating"]["name"] == review["reviewRating"]["alternateName"]
    moon = next(r for r in reviews if r["identifier"] == "moon-cheese")
    assert moon["itemReviewed"]["alternateName"] == ["is the moon cheese", "moon = cheese?"]
    assert moon["itemReviewed"]["author"] == {"@type": "Person", "name": "Wallace"}
    assert moon["itemReviewed"]["firstAppearance"] == {
        "@type": "CreativeWork", "url": "https://films.example/grand-day-out"}
    assert [a["url"] for a in moon["itemReviewed"]["appearance"]] == [
        "https://films.example/grand-day-out", "https://x.example/p/1"]
    assert moon["datePublished"] == datetime.now(UTC).date().isoformat()
    # A pack fact is dated by its pack file.
    pack_fact = next(r for r in reviews if r["identifier"] == "alliance-forming")
    pack_path = Path(mod.packs.packs[served["alliance-forming"].pack].path)
    assert pack_fact["datePublished"] == datetime.fromtimestamp(
        pack_path.stat().st_mtime, UTC).date().isoformat()


@pytest.mark.asyncio
async def test_claimreview_needs_a_fact_page_address_and_names_no_internal_id(
        mod: Moderation) -> None:
    await mod.add_fact(SERVER_B, MOD, FACTS[2])
    with pytest.raises(ExportNeedsSetting) as err:
        await mod.export_facts(SERVER_B, ExportFormat.CLAIMREVIEW)
    assert "fact_page_url=https://example.org/facts/{id}" in str(err.value)
    assert "factbot server set --server discord:222" in str(err.value)
    with pytest.raises(InvalidSettings):
        await mod.update_settings(SERVER_B, MOD, fact_page_url="checks.example/facts")
    with pytest.raises(InvalidSettings):
        await mod.update_settings(SERVER_B, MOD, fact_page_url="https://checks.example/facts")
    await mod.update_settings(SERVER_B, MOD, fact_page_url="https://checks.example/f?id={id}")
    (review,) = json.loads(await mod.export_facts(SERVER_B, ExportFormat.CLAIMREVIEW))["@graph"]
    assert review["url"] == "https://checks.example/f?id=ice-cold"
    assert review["author"]["name"] == messages.default_reviewer_name()
    assert str(SERVER_B) not in json.dumps(review["author"])
    assert "dateModified" not in review
    await mod.edit_fact(SERVER_B, MOD, "ice-cold", {"tags": ["physics"]})
    (edited,) = json.loads(await mod.export_facts(SERVER_B, ExportFormat.CLAIMREVIEW))["@graph"]
    assert edited["dateModified"] >= edited["datePublished"]


@pytest.mark.asyncio
async def test_third_party_claimreview_imports(mod: Moderation) -> None:
    feed = {"@context": "https://schema.org", "@type": "DataFeed", "dataFeedElement": [
        {"@type": "DataFeedItem", "item": {
            "@type": "ClaimReview", "url": "https://checker.example/cats",
            "claimReviewed": "Cats have nine lives", "datePublished": "2024-02-01",
            "author": {"@type": "Organization", "name": "Example Checks"},
            "reviewRating": {"@type": "Rating", "ratingValue": 1, "bestRating": 5,
                             "worstRating": 1, "alternateName": "Pants on Fire"},
            "reviewBody": "Cats have one life, like everyone else.",
            "itemReviewed": {"@type": "Claim",
                             "author": {"@type": "Person", "name": "A. Blogger"},
                             "firstAppearance": {"@type": "CreativeWork",
                                                 "url": "https://blog.example/cats"},
                             "appearance": [{"url": "https://blog.example/cats"},
                                            "https://social.example/1"]}}},
        {"@type": "DataFeedItem", "item": {
            "@type": "ClaimReview", "claimReviewed": "Dogs can smell fear quite well",
            "author": {"@type": "Organization", "name": "Example Checks"},
            "reviewRating": {"@type": "Rating", "ratingValue": 3, "bestRating": 5,
                             "worstRating": 1},
            "description": "Dogs notice stress signals; fear itself has no smell."}},
    ]}
    result = await mod.import_facts(SERVER_A, MOD, json.dumps(feed), "claimreview")
    assert result.added == ("cats-have-nine-lives", "dogs-can-smell-fear-quite-well")
    cats = (await mod.get_fact(SERVER_A, "cats-have-nine-lives")).fact
    assert cats.verdict is Verdict.FALSE
    assert cats.source.publisher == "Example Checks"
    assert cats.source.url == "https://checker.example/cats"
    assert cats.claimant == "A. Blogger"
    assert cats.appearances == ("https://blog.example/cats", "https://social.example/1")
    dogs = (await mod.get_fact(SERVER_A, "dogs-can-smell-fear-quite-well")).fact
    assert dogs.verdict is Verdict.MISLEADING


@pytest.mark.asyncio
async def test_import_updates_existing_facts_with_a_new_version(mod: Moderation) -> None:
    await _seed(mod)
    text = await mod.export_facts(SERVER_A, ExportFormat.CSV)
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    for row in rows:
        if row["id"] == "ice-cold":
            row["verdict"] = "false"
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(rows[0]))
    writer.writeheader()
    writer.writerows(rows)
    await mod.retire_fact(SERVER_A, MOD, "penguins-fly")
    result = await mod.import_facts(SERVER_A, MOD, out.getvalue(), "csv")
    assert sorted(result.updated) == ["ice-cold", "penguins-fly"]
    assert (await mod.get_fact(SERVER_A, "ice-cold")).fact.verdict is Verdict.FALSE
    assert not (await mod.get_fact(SERVER_A, "penguins-fly")).retired
    assert [v.action for v in await mod.history(SERVER_A, "ice-cold")] == ["add", "import"]


BAD_CSV = (
    "id,claim,verdict,summary,figures\n"
    "good-one,A perfectly fine claim here,true,Fine.,\n"
    "bad-verdict,Another claim that is fine,maybe,Fine.,\n"
    "no-summary,A third claim about things,false,,\n"
    "bad-figures,A fourth claim about figures,true,Fine.,[oops\n"
    "good-one,Duplicate id of the first row,true,Fine.,\n"
)


@pytest.mark.asyncio
async def test_malformed_csv_names_rows_and_writes_nothing(mod: Moderation) -> None:
    with pytest.raises(ImportRejected) as err:
        await mod.import_facts(SERVER_A, MOD, BAD_CSV, "csv")
    text = str(err.value)
    assert "row 3" in text and "maybe" in text
    assert "row 4" in text and "summary" in text
    assert "row 5" in text and "figures" in text
    assert "row 6" in text and "row 2" in text
    assert "Nothing was imported" in text
    assert await mod.list_facts(SERVER_A) == []


@pytest.mark.asyncio
async def test_malformed_csv_header(mod: Moderation) -> None:
    with pytest.raises(ImportRejected) as err:
        await mod.import_facts(SERVER_A, MOD, "id,claim,verdict\nx,y,true\n", "csv")
    assert "row 1" in str(err.value) and "summary" in str(err.value)


@pytest.mark.asyncio
async def test_malformed_claimreview_names_items(mod: Moderation) -> None:
    items = [
        {"@type": "ClaimReview", "identifier": "ok-item", "claimReviewed": "Fine claim here",
         "reviewRating": {"alternateName": "True"}, "reviewBody": "Fine."},
        {"@type": "Article", "identifier": "not-a-review"},
        {"@type": "ClaimReview", "identifier": "odd-rating", "claimReviewed": "Odd rating here",
         "reviewRating": {"alternateName": "Spicy"}, "reviewBody": "Hm."},
        {"@type": "ClaimReview", "identifier": "no-claim",
         "reviewRating": {"alternateName": "False"}, "reviewBody": "x"},
    ]
    with pytest.raises(ImportRejected) as err:
        await mod.import_facts(SERVER_A, MOD, json.dumps(items), "claimreview")
    text = str(err.value)
    assert "item 2 (id 'not-a-review')" in text and "Article" in text
    assert "item 3 (id 'odd-rating')" in text and "Spicy" in text
    assert "item 4 (id 'no-claim')" in text and "claim" in text
    assert await mod.list_facts(SERVER_A) == []
    with pytest.raises(ImportRejected) as err2:
        await mod.import_facts(SERVER_A, MOD, "{not json", "claimreview")
    assert "line 1" in str(err2.value)


@pytest.mark.asyncio
async def test_malformed_yaml_names_lines(mod: Moderation) -> None:
    pack = {"pack": "p", "source": {"title": "T"}, "facts": [
        {"id": "fine-fact", "claim": "A fine claim for the pack", "verdict": "true",
         "summary": "ok"},
        {"id": "Bad ID", "claim": "Another claim for the pack", "verdict": "nope",
         "summary": "ok"},
    ]}
    with pytest.raises(ImportRejected) as err:
        await mod.import_facts(SERVER_A, MOD, yaml.safe_dump(pack, sort_keys=False), "yaml",
                               name="upload.yaml")
    text = str(err.value)
    assert "upload.yaml:" in text and "Bad ID" in text and "nope" in text
    assert await mod.list_facts(SERVER_A) == []


@pytest.mark.asyncio
async def test_import_related_must_resolve(mod: Moderation) -> None:
    rows = ("id,claim,verdict,summary,related\n"
            "linked-fact,A claim linked to nothing,true,ok,\"[\"\"ghost\"\"]\"\n")
    with pytest.raises(ImportRejected) as err:
        await mod.import_facts(SERVER_A, MOD, rows, "csv")
    assert "row 2" in str(err.value) and "ghost" in str(err.value)


# -- property: any valid facts survive every format -------------------------------------------

def _texts() -> st.SearchStrategy[str]:
    chars = st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp"))
    return st.text(chars, min_size=1, max_size=40).map(str.strip).filter(bool)


@st.composite
def _fact_lists(draw: st.DrawFn) -> list[Fact]:
    count = draw(st.integers(1, 4))
    ids = draw(st.lists(st.from_regex(FACT_ID, fullmatch=True).filter(lambda s: len(s) < 40),
                        min_size=count, max_size=count, unique=True))
    sources = [Source(title=draw(_texts()), author=draw(st.none() | _texts()),
                      url=draw(st.none() | _texts())) for _ in range(2)]
    facts = []
    for fact_id in ids:
        facts.append(Fact(
            id=fact_id, claim=draw(_texts()), verdict=draw(st.sampled_from(FACT_VERDICTS)),
            summary=draw(_texts()), source=draw(st.sampled_from(sources)),
            quote=draw(st.none() | _texts()),
            figures=tuple(draw(st.lists(st.builds(Figure, _texts(), _texts()), max_size=2))),
            aliases=tuple(draw(st.lists(_texts(), max_size=3, unique=True))),
            tags=tuple(draw(st.lists(_texts(), max_size=2, unique=True))),
            related=tuple(draw(st.lists(st.sampled_from(ids), max_size=2, unique=True))),
            pack="p", claimant=draw(st.none() | _texts()),
            appearances=tuple(draw(st.lists(_texts(), max_size=2, unique=True)))))
    return facts


@settings(max_examples=60, deadline=None)
@given(facts=_fact_lists(), fmt=st.sampled_from(FORMATS))
def test_any_facts_round_trip(facts: list[Fact], fmt: ExportFormat) -> None:
    publication = Publication("Checkers", "https://checks.example/f/{id}",
                              {f.id: datetime(2026, 1, 2, tzinfo=UTC) for f in facts})
    text = export_text(facts, fmt, pack_id="p", publisher=Source(title="Publisher"),
                       publication=publication)
    items, problems = parse_text(text, fmt)
    assert problems == []
    back = [build_fact(i.fields, fact_id=i.fields.id or "", pack="p",
                       default_source=Source(title="Publisher")) for i in items]
    assert back == facts


# -- formulas in CSV cells ---------------------------------------------------------------------

FORMULAS = ["=HYPERLINK(\"http://evil.example\",\"click\")", "+SUM(A1:A9)", "-2+3",
            "@cmd", "=cmd|' /C calc'!A0", "\tindented", "\rreturn"]


@pytest.mark.parametrize("cell", FORMULAS)
def test_csv_cells_that_a_spreadsheet_would_run_are_neutralised_and_restored(cell: str) -> None:
    fact = Fact(id="formula", claim=cell + " is a claim here", verdict=Verdict.FALSE,
                summary=cell, quote=cell, source=BOOK, aliases=("a plain alias",))
    text = export_text([fact], ExportFormat.CSV, pack_id="p", publisher=BOOK)
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    for column in ("claim", "summary", "quote"):
        assert rows[0][column].startswith("'" + cell[0]), (column, rows[0][column])
    items, problems = parse_text(text, ExportFormat.CSV)
    assert problems == []
    (item,) = items
    assert (item.fields.claim, item.fields.summary, item.fields.quote) == (
        fact.claim, cell, cell.strip() or None)


def test_a_plain_apostrophe_is_left_as_written() -> None:
    fact = Fact(id="quoted", claim="'Tis the season for tariffs", verdict=Verdict.TRUE,
                summary="'quoted' words stay", source=BOOK)
    text = export_text([fact], ExportFormat.CSV, pack_id="p", publisher=BOOK)
    (item,), _ = parse_text(text, ExportFormat.CSV)
    assert (item.fields.claim, item.fields.summary) == (fact.claim, fact.summary)


def test_a_csv_cell_too_large_to_read_is_named_not_a_traceback() -> None:
    text = "claim,verdict,summary\n" + "A fine claim here,true,short\n" + \
        "x" * 200_000 + ",true,huge\n"
    _, problems = parse_text(text, ExportFormat.CSV)
    assert len(problems) == 1
    assert problems[0].startswith("row 3: ") and "field larger than field limit" in problems[0]
