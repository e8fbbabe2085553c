"""The `factbot` command line: the contract other tools rely on."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result
from pack_files import BUNDLED_PACK, FACTS_DIR, WritePack

from bot import messages
from bot.cli.main import main
from bot.core.checker import DEFAULT_THRESHOLD
from bot.core.models import Verdict

VERDICTS = {str(v) for v in Verdict}
TOP_KEYS = {"input", "verdict", "fact_id", "score", "text", "results"}
RESULT_KEYS = {"claim", "verdict", "fact_id", "score"}

PANDAS = """\
- id: pandas-bamboo
  claim: "Giant pandas eat bamboo almost all day long"
  verdict: true
  summary: "Pandas spend most of the day eating bamboo."
  quote: "A panda eats bamboo for up to 14 hours a day."
  figures:
    - {value: "14 hours", what: "time a panda spends eating each day"}
  aliases: ["do pandas really eat bamboo all day?"]
"""

KOALAS = """\
- id: koalas-sleep
  claim: "Koalas sleep around twenty hours every single day"
  verdict: true
  summary: "Koalas sleep most of the day."
"""


def invoke(*args: str, input: str | None = None) -> Result:
    return CliRunner().invoke(main, list(args), input=input, catch_exceptions=False)


def check_json(*args: str) -> dict[str, Any]:
    result = invoke("check", "--json", *args)
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert isinstance(data, dict)
    return data


def assert_contract(data: dict[str, Any]) -> None:
    assert set(data) >= TOP_KEYS
    assert data["verdict"] in VERDICTS
    assert 0.0 <= data["score"] <= 1.0
    assert isinstance(data["text"], str) and data["text"]
    assert (data["fact_id"] is None) == (data["verdict"] == "no_match")
    assert data["results"], "one entry per claim checked"
    for item in data["results"]:
        assert set(item) == RESULT_KEYS
        assert item["verdict"] in VERDICTS
        assert 0.0 <= item["score"] <= 1.0
        assert (item["fact_id"] is None) == (item["verdict"] == "no_match")
    first = data["results"][0]
    assert (first["verdict"], first["fact_id"]) == (data["verdict"], data["fact_id"])


# -- check ---------------------------------------------------------------------------------------

def test_check_prints_the_reply_as_a_chat_user_sees_it() -> None:
    result = invoke("check", "China abstained on the UN vote condemning the seizure of Crimea")
    assert result.exit_code == 0
    assert result.stdout.startswith(messages.verdict_heading(Verdict.TRUE))
    assert "Are Russia and China Really Forming an Alliance?" in result.stdout
    assert "Leon Aron" in result.stdout and "Foreign Affairs" in result.stdout


def test_check_json_matched() -> None:
    data = check_json("China abstained on the UN vote condemning the seizure of Crimea")
    assert_contract(data)
    assert data["input"] == "China abstained on the UN vote condemning the seizure of Crimea"
    assert (data["verdict"], data["fact_id"]) == ("true", "china-abstained-crimea")
    assert "candidates" not in data
    assert "Foreign Affairs" in data["text"]


def test_check_json_no_match_exits_zero() -> None:
    data = check_json("my cat knocked the coffee off the table again")
    assert_contract(data)
    assert (data["verdict"], data["fact_id"]) == ("no_match", None)
    assert data["text"].splitlines()[:2] == [
        messages.claim_as_understood("my cat knocked the coffee off the table again"),
        messages.no_match()]


def test_check_json_several_claims_give_one_result_each() -> None:
    data = check_json("Trade hit $100 billion in 2018. Putin and Xi have met over 25 times.")
    assert_contract(data)
    assert [(r["fact_id"], r["verdict"]) for r in data["results"]] == [
        ("trade-2018-record", "true"), ("putin-xi-met-25-times", "true")]
    assert [r["claim"] for r in data["results"]] == [
        "Trade hit $100 billion in 2018.", "Putin and Xi have met over 25 times."]


def test_check_json_keeps_unicode_readable() -> None:
    result = invoke("check", "--json", "Ｃｈｉｎａ abstained on Crimea ✅")
    assert "✅" in result.stdout and "\\u2705" not in result.stdout


@pytest.mark.parametrize("claim", ["China abstained on Crimea",
                                   "Russia has a great ballet tradition"])
def test_top_k_lists_candidates_best_first(claim: str) -> None:
    data = check_json("--top", "3", claim)
    assert_contract(data)
    candidates = data["candidates"]
    assert 1 <= len(candidates) <= 3
    assert all(set(c) == {"fact_id", "score"} for c in candidates)
    scores = [c["score"] for c in candidates]
    assert scores == sorted(scores, reverse=True)
    assert all(0.0 <= s <= 1.0 for s in scores)
    if data["fact_id"] is not None:
        assert data["fact_id"] in [c["fact_id"] for c in candidates]


def test_top_k_goes_below_the_threshold() -> None:
    data = check_json("--top", "5", "Russia and China")
    assert data["verdict"] == "no_match"
    assert len(data["candidates"]) == 5
    assert data["candidates"][0]["score"] == data["score"] < DEFAULT_THRESHOLD


def test_jsonl_file_one_object_per_line_in_order(tmp_path: Path) -> None:
    lines = ["China abstained on Crimea", "", "   ", "the weather is nice today",
             "Putin and Xi have met more than 25 times", "\t"]
    path = tmp_path / "claims.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = invoke("check", "--jsonl", str(path))
    assert result.exit_code == 0
    objects = [json.loads(line) for line in result.stdout.splitlines()]
    assert [o["input"] for o in objects] == lines
    for obj in objects:
        assert_contract(obj)
    assert [o["verdict"] for o in objects] == [
        "true", "no_match", "no_match", "no_match", "true", "no_match"]
    assert [o["fact_id"] for o in objects] == [
        "china-abstained-crimea", None, None, None, "putin-xi-met-25-times", None]


def test_jsonl_from_stdin_with_top() -> None:
    result = invoke("check", "--jsonl", "-", "--top", "2",
                    input="China abstained on Crimea\n\nRussia sold China the S-400\n")
    assert result.exit_code == 0
    objects = [json.loads(line) for line in result.stdout.splitlines()]
    assert [o["fact_id"] for o in objects] == [
        "china-abstained-crimea", None, "s400-sold-to-china"]
    assert [len(o["candidates"]) for o in objects] == [2, 0, 2]


def test_jsonl_last_line_without_newline_and_crlf(tmp_path: Path) -> None:
    path = tmp_path / "claims.txt"
    path.write_bytes(b"China abstained on Crimea\r\n\r\nRussia sold China the S-400")
    objects = [json.loads(line) for line in invoke("check", "--jsonl", str(path))
               .stdout.splitlines()]
    assert [o["input"] for o in objects] == [
        "China abstained on Crimea", "", "Russia sold China the S-400"]


def test_jsonl_line_with_bad_bytes_still_gets_its_object(tmp_path: Path) -> None:
    path = tmp_path / "claims.txt"
    path.write_bytes(b"China abstained on Crimea\n\xff\xfe not utf-8\n"
                     b"Russia sold China the S-400\n")
    result = invoke("check", "--jsonl", str(path))
    assert result.exit_code == 0
    objects = [json.loads(line) for line in result.stdout.splitlines()]
    assert [o["fact_id"] for o in objects] == [
        "china-abstained-crimea", None, "s400-sold-to-china"]
    assert objects[1]["input"].endswith("not utf-8")


def test_facts_option_replaces_the_bundled_packs(write_pack: WritePack) -> None:
    pack = write_pack("animals.yaml", PANDAS)
    data = check_json("--facts", str(pack), "giant pandas eat bamboo all day long")
    assert (data["verdict"], data["fact_id"]) == ("true", "pandas-bamboo")
    assert "A Test Source" in data["text"] and "14 hours" in data["text"]
    bundled = check_json("--facts", str(pack), "China abstained on Crimea")
    assert bundled["verdict"] == "no_match"


def test_facts_option_is_repeatable_and_takes_directories(write_pack: WritePack,
                                                         tmp_path: Path) -> None:
    pandas = write_pack("one/pandas.yaml", PANDAS)
    write_pack("two/koalas.yaml", KOALAS)
    both = ["--facts", str(pandas), "--facts", str(tmp_path / "two")]
    assert check_json(*both, "koalas sleep twenty hours every day")["fact_id"] == "koalas-sleep"
    assert check_json(*both, "pandas eat bamboo all day long")["fact_id"] == "pandas-bamboo"
    with_bundled = ["--facts", str(FACTS_DIR), "--facts", str(pandas)]
    assert check_json(*with_bundled, "China abstained on Crimea")["fact_id"] == (
        "china-abstained-crimea")


def test_bad_fact_base_exits_one_with_located_problems(write_pack: WritePack) -> None:
    bad = write_pack("bad.yaml", PANDAS.replace("verdict: true", "verdict: maybe"))
    result = invoke("check", "--facts", str(bad), "pandas eat bamboo")
    assert result.exit_code == 1
    assert result.stdout == ""
    line = next(i for i, text in enumerate(bad.read_text().splitlines(), 1) if "maybe" in text)
    assert f"{bad}:{line}: fact 'pandas-bamboo': verdict 'maybe'" in result.stderr
    assert messages.bad_fact_base(1) in result.stderr


@pytest.mark.parametrize("command", [
    ["check", "pandas eat bamboo"],
    ["check", "--jsonl", "-"],
    ["facts", "list"],
    ["facts", "show", "pandas-bamboo"],
    ["run"],
], ids=" ".join)
def test_every_command_refuses_a_bad_fact_base_with_exit_one(
        command: list[str], write_pack: WritePack) -> None:
    bad = write_pack("bad.yaml", PANDAS.replace("verdict: true", "verdict: [true]"))
    result = CliRunner().invoke(main, [*command, "--facts", str(bad)], input="pandas\n")
    assert result.exit_code == 1, result.output
    assert "fact 'pandas-bamboo': `verdict` must be text" in result.stderr
    assert "Traceback" not in result.output


def test_directory_without_packs_exits_one(tmp_path: Path) -> None:
    result = invoke("check", "--facts", str(tmp_path), "pandas eat bamboo")
    assert result.exit_code == 1
    assert messages.no_packs() in result.stderr


@pytest.mark.parametrize("args", [
    ["check"],
    ["check", "a claim", "--jsonl", "-"],
    ["check", "--top", "0", "a claim"],
    ["check", "--threshold", "1.5", "a claim"],
    ["check", "--facts", "/no/such/pack.yaml", "a claim"],
    ["check", "--no-such-option", "a claim"],
    ["no-such-command"],
    ["facts", "show"],
    ["facts", "show", "no-such-fact"],
    ["facts", "lint", "/no/such/dir"],
    ["run", "--adapter", "carrier-pigeon"],
], ids=lambda a: " ".join(a))
def test_usage_errors_exit_two(args: list[str]) -> None:
    result = CliRunner().invoke(main, args, input="")
    assert result.exit_code == 2, result.output
    assert "Usage:" in result.stderr or "Error" in result.stderr


def test_help_and_version_exit_zero() -> None:
    assert invoke("--help").exit_code == 0
    version = invoke("--version")
    assert version.exit_code == 0 and "factbot" in version.stdout


# -- facts lint / list / show --------------------------------------------------------------------

def test_lint_bundled_is_clean() -> None:
    result = invoke("facts", "lint")
    assert result.exit_code == 0
    assert result.stdout.strip().endswith("no errors.")
    assert invoke("facts", "lint", str(FACTS_DIR)).exit_code == 0


def test_lint_reports_every_problem_and_exits_one(write_pack: WritePack) -> None:
    first = write_pack("a.yaml", PANDAS.replace("verdict: true", "verdict: maybe"))
    second = write_pack("b.yaml", KOALAS + "  related: [nowhere]\n")
    result = invoke("facts", "lint", str(first.parent))
    assert result.exit_code == 1
    errors = result.stderr.splitlines()
    assert any(e.startswith(f"{first}:") and "fact 'pandas-bamboo': verdict 'maybe'" in e
               for e in errors)
    assert any(e.startswith(f"{second}:") and "fact 'koalas-sleep': related id 'nowhere'" in e
               for e in errors)
    assert errors[-1] == messages.lint_summary(2, 0)


def test_lint_warnings_do_not_fail(write_pack: WritePack) -> None:
    path = write_pack("short.yaml", KOALAS.replace(
        "Koalas sleep around twenty hours every single day", "Koalas sleep"))
    result = invoke("facts", "lint", str(path))
    assert result.exit_code == 0
    assert f"{path}:" in result.stdout and "warning: fact 'koalas-sleep'" in result.stdout
    assert messages.lint_clean(1, 1) in result.stdout


def test_lint_an_empty_directory_is_an_error(tmp_path: Path) -> None:
    result = invoke("facts", "lint", str(tmp_path))
    assert result.exit_code == 1
    assert messages.no_packs() in result.stderr


def test_facts_list_shows_every_fact() -> None:
    result = invoke("facts", "list")
    assert result.exit_code == 0
    rows = [line.split("\t") for line in result.stdout.splitlines()]
    ids = [r[0] for r in rows]
    assert len(ids) == len(set(ids)) >= 50
    assert all(len(r) == 3 and r[1] in VERDICTS - {"no_match"} for r in rows)
    assert ["china-abstained-crimea", "true"] in [r[:2] for r in rows]


def test_facts_list_with_facts_option(write_pack: WritePack) -> None:
    result = invoke("facts", "list", "--facts", str(write_pack("p.yaml", PANDAS)))
    assert result.stdout == "pandas-bamboo\ttrue\tGiant pandas eat bamboo almost all day long\n"


def test_facts_show_gives_the_whole_fact() -> None:
    result = invoke("facts", "show", "trade-2018-record")
    assert result.exit_code == 0
    out = result.stdout
    assert "id: trade-2018-record" in out and "verdict: true" in out
    assert "$100 billion" in out and "quote: " in out and "alias: " in out


# -- the installed entry point -------------------------------------------------------------------

def test_installed_factbot_entry_point() -> None:
    factbot = Path(sys.executable).parent / "factbot"
    assert factbot.exists(), f"the console script is not installed next to {sys.executable}"
    done = subprocess.run(
        [str(factbot), "check", "--json", "--facts", str(BUNDLED_PACK),
         "China abstained on the UN resolution on Crimea"],
        capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert_contract(data)
    assert data["fact_id"] == "china-abstained-crimea"
