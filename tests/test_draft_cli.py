"""`factbot facts draft SOURCE`: a pack of draft facts the loader accepts, and the report."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner, Result
from pack_files import ARTICLE, FACTS_DIR, WritePack

from bot import messages
from bot.cli.main import main
from bot.core.models import Verdict
from bot.packs.coverage import fold_quote_text
from bot.packs.loader import lint, load_fact_base

SEED = ["--title", "Are Russia and China Really Forming an Alliance?", "--author", "Leon Aron",
        "--publisher", "Foreign Affairs", "--date", "2019"]


def invoke(*args: str) -> Result:
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


@pytest.fixture
def article() -> Path:
    if not ARTICLE.is_file():
        pytest.skip(f"the seed article is not beside this checkout (looked for {ARTICLE})")
    return ARTICLE


def test_the_bundled_article_gives_a_pack_the_loader_accepts(article: Path,
                                                             tmp_path: Path) -> None:
    out = tmp_path / "drafts.yaml"
    result = invoke("facts", "draft", str(article), *SEED, "--out", str(out))
    assert result.exit_code == 0, result.output
    base = load_fact_base([out])
    assert not [p for p in lint([out]) if not p.warning]
    text = fold_quote_text(article.read_text(encoding="utf-8"))
    [pack] = base.packs
    assert pack.id == "are-russia-and-china-really-forming-an-alliance"
    assert (pack.source.author, pack.source.publisher, pack.source.published) == (
        "Leon Aron", "Foreign Affairs", "2019")
    for fact in base.facts:
        assert fact.quote is not None and fold_quote_text(fact.quote) in text
        assert fact.verdict is Verdict.TRUE and fact.source == pack.source
    lines = result.stdout.splitlines()
    assert lines[0] == messages.draft_header(len(base.facts), 112, pack.source.title)
    assert lines[1] == messages.draft_coverage_before(0, 112, 0.0)
    left_out = [line for line in lines if line[:2].rstrip(":").isdigit()]
    assert lines[2] == messages.draft_coverage_after(112 - len(left_out), 112,
                                                     (112 - len(left_out)) / 112)
    assert "1: Are Russia and China Really Forming an Alliance?" in left_out
    assert lines[-1] == messages.draft_written(len(base.facts), str(out), 0)
    figures = {f.value: f.what for fact in base.facts for f in fact.figures}
    assert figures["no more than $24 billion"] == (
        "China directly invested into its northern neighbor’s economy")


def test_drafts_extending_a_pack_leave_out_what_it_quotes(article: Path,
                                                          tmp_path: Path) -> None:
    out = tmp_path / "drafts.yaml"
    result = invoke("facts", "draft", str(article), "--pack", str(FACTS_DIR), "--out", str(out))
    assert result.exit_code == 0, result.output
    assert yaml.safe_load(out.read_text(encoding="utf-8"))["facts"] == []
    drafted = int(result.stdout.split()[1])
    assert result.stdout.splitlines()[-1] == messages.draft_written(0, str(out), drafted)
    assert messages.draft_coverage_before(107, 112, 107 / 112) in result.stdout
    # Written all the same, the drafts load beside the pack: no id of it is reused.
    result = invoke("facts", "draft", str(article), "--pack", str(FACTS_DIR), "--out", str(out),
                    "--include-covered")
    assert result.exit_code == 0
    base = load_fact_base([FACTS_DIR, out])
    assert len(base.facts) == len(load_fact_base([FACTS_DIR]).facts) + drafted


PAGE = """<!doctype html><html><head><title>Pandas at Home | Zoo News</title>
<meta property="og:site_name" content="Zoo News"><meta name="author" content="Ann Author">
</head><body><nav>Subscribe to Zoo News</nav><article><h1>Pandas at Home</h1>
<p>A giant panda eats bamboo for up to 14 hours a day. Do pandas sleep?</p></article></body>
</html>"""


def test_an_html_page_to_standard_output_with_the_report_on_standard_error(
        tmp_path: Path) -> None:
    page = tmp_path / "pandas.htm"
    page.write_text(PAGE, encoding="utf-8")
    result = invoke("facts", "draft", str(page), "--url", "https://zoo.example/pandas")
    assert result.exit_code == 0, result.output
    pack = yaml.safe_load(result.stdout)
    assert pack["source"] == {"title": "Pandas at Home", "author": "Ann Author",
                              "publisher": "Zoo News", "url": "https://zoo.example/pandas"}
    [fact] = pack["facts"]
    assert fact["quote"] == "A giant panda eats bamboo for up to 14 hours a day."
    assert fact["figures"] == [{"value": "up to 14 hours",
                                "what": "A giant panda eats bamboo a day"}]
    assert messages.draft_header(1, 3, "Pandas at Home") in result.stderr
    assert "2: Do pandas sleep?" in result.stderr   # lines of the article text


def test_a_bad_pack_exits_one_and_a_bad_source_two(tmp_path: Path,
                                                   write_pack: WritePack) -> None:
    source = tmp_path / "a.txt"
    source.write_text("Kenya signed the treaty with Uganda.\n", encoding="utf-8")
    bad = write_pack("bad.yaml", """\
        - id: x
          claim: "Kenya signed a treaty with Uganda"
          verdict: maybe
          summary: "s"
        """)
    result = invoke("facts", "draft", str(source), "--pack", str(bad))
    assert result.exit_code == 1 and "verdict 'maybe'" in result.stderr
    (tmp_path / "latin1.txt").write_bytes("Café au lait.".encode("latin-1"))
    (tmp_path / "blank.txt").write_text(" \n", encoding="utf-8")
    for name in ("latin1.txt", "blank.txt", "missing.txt"):
        result = invoke("facts", "draft", str(tmp_path / name))
        assert result.exit_code == 2 and result.stdout == "", name
