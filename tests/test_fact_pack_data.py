"""The shipped data: the bundled pack is clean, complete and traceable to its article."""

from __future__ import annotations

import re
from functools import cache

import pytest
from pack_files import ARTICLE, BUNDLED_PACK, FACTS_DIR

from bot.core.models import FACT_VERDICTS, Fact
from bot.core.normalise import normalise
from bot.packs.coverage import fold_quote_text
from bot.packs.loader import FactBase, lint, load_fact_base

MIN_FACTS = 50
MIN_ALIASES = 3

# A figure in running text: "4,250", "$100", "2009–2018" (both years, its dash folded to a
# hyphen), not a name like "S-400" or "Vostok-2018".
_NUMBER = re.compile(r"(?<![\w.])(?<![^\W\d]-)\d(?:[\d,]*\d)?")


def digits(text: str) -> set[str]:
    return {n.replace(",", "") for n in re.findall(r"\d[\d,]*\d|\d", text)}


@cache
def bundled() -> FactBase:
    return load_fact_base([BUNDLED_PACK])


def article_text() -> str:
    if not ARTICLE.is_file():
        pytest.skip(f"the seed article is not beside this checkout (looked for {ARTICLE})")
    return ARTICLE.read_text(encoding="utf-8")


def article_body() -> str:
    """The article without capture residue: the photo captions and the last two lines."""
    lines = article_text().splitlines()[:-2]
    body = "\n".join(line for line in lines if not line.rstrip().endswith("(Getty)"))
    return fold_quote_text(body)


def fact_ids() -> list[str]:
    return [f.id for f in bundled().facts]


def test_bundled_pack_lints_without_errors() -> None:
    problems = lint([FACTS_DIR])
    assert [str(p) for p in problems if not p.warning] == []


def test_bundled_pack_has_enough_facts() -> None:
    assert len(bundled().facts) >= MIN_FACTS


def test_bundled_pack_names_its_source() -> None:
    (pack,) = bundled().packs
    assert pack.id == "russia-china-2019"
    source = pack.source
    assert source.title == "Are Russia and China Really Forming an Alliance?"
    assert source.subtitle == "The Evidence Is Less Than Impressive"
    assert source.author == "Leon Aron"
    assert source.publisher == "Foreign Affairs"
    assert source.published == "2019"


@pytest.mark.parametrize("fact_id", fact_ids())
def test_every_fact_is_complete(fact_id: str) -> None:
    fact = bundled().get(fact_id)
    assert fact is not None
    assert fact.claim and fact.summary
    assert fact.verdict in FACT_VERDICTS
    assert fact.quote, "the article's pack quotes the article on every fact"
    assert fact.figures, "every fact cites at least one figure"
    assert all(f.value and f.what for f in fact.figures)
    assert len(fact.aliases) >= MIN_ALIASES


@pytest.mark.parametrize("fact_id", fact_ids())
def test_aliases_are_different_wordings(fact_id: str) -> None:
    fact = bundled().get(fact_id)
    assert fact is not None
    folded = [normalise(t) for t in fact.texts]
    assert len(set(folded)) == len(folded), "an alias repeats the claim or another alias"


def test_both_sides_of_the_crimea_vote_are_facts() -> None:
    by_claim = {normalise(f.claim): f for f in bundled().facts}
    abstained = [f for c, f in by_claim.items() if "crimea" in c and "abstain" in c]
    voted_against = [f for c, f in by_claim.items() if "crimea" in c and "against" in c]
    assert abstained and abstained[0].verdict == "true"
    assert voted_against and voted_against[0].verdict == "false"
    assert abstained[0].quote == voted_against[0].quote


@pytest.mark.parametrize("fact_id", fact_ids())
def test_quote_is_verbatim_from_the_article(fact_id: str) -> None:
    text = fold_quote_text(article_text())
    fact = bundled().get(fact_id)
    assert fact is not None and fact.quote
    assert fold_quote_text(fact.quote) in text, f"quote of '{fact_id}' is not in {ARTICLE.name}"


def _quoting(body: str) -> list[tuple[int, int, Fact]]:
    spans = []
    for fact in bundled().facts:
        quote = fold_quote_text(fact.quote or "")
        start = body.find(quote) if quote else -1
        if start >= 0:
            spans.append((start, start + len(quote), fact))
    return spans


def test_every_number_in_the_article_is_cited_by_a_figure() -> None:
    body = article_body()
    cited = {d for f in bundled().facts for fig in f.figures for d in digits(fig.value)}
    numbers = {m.group().replace(",", "") for m in _NUMBER.finditer(body)}
    assert numbers, "no numbers found in the article"
    assert sorted(numbers - cited, key=float) == []


def test_every_number_is_cited_by_a_fact_quoting_its_sentence() -> None:
    """Traceability: a figure is cited by a fact whose quote contains that very occurrence."""
    body = article_body()
    spans = _quoting(body)
    gaps = []
    for m in _NUMBER.finditer(body):
        number = m.group().replace(",", "")
        citing = [f for start, end, f in spans if start <= m.start() < end
                  and any(number in digits(fig.value) for fig in f.figures)]
        if not citing:
            gaps.append(f"{m.group()} in “…{body[max(0, m.start() - 50):m.end() + 20]}…”")
    assert gaps == []
