"""The console and the command line: help, examples, fact lookups."""

from __future__ import annotations

__all__ = [
    "CONSOLE_EXAMPLES",
    "bad_fact_base",
    "console_banner",
    "console_bye",
    "console_greeting",
    "console_help",
    "console_prompt",
    "coverage_below_minimum",
    "coverage_header",
    "coverage_source_empty",
    "coverage_source_unreadable",
    "coverage_uncovered",
    "lint_clean",
    "lint_summary",
    "reload_failed_keeping_last",
    "unknown_fact",
]

# -- console ------------------------------------------------------------------------------------

def console_banner(fact_count: int, pack_count: int) -> str:
    return (
        f"factbot console: {fact_count} facts from {pack_count} pack(s). "
        "Type a claim and press Enter; /help for examples, /quit or Ctrl-D ends."
    )


# Claims a newcomer can try, one per kind of answer.
CONSOLE_EXAMPLES = (
    "Russia and China are allies",
    "China invested $100 billion in Russia after Crimea",
    "China sold Russia the S-400",
    "Russia is China's tenth-largest export market",
    "Putin and Xi have met more than 25 times",
)


def console_help(examples: tuple[str, ...] = CONSOLE_EXAMPLES) -> str:
    lines = [
        "Type a claim, or paste a message, and I check it against the fact base:",
        "✅ true, ❌ false, ⚠️ misleading, ❔ unproven, or ℹ️ context where I can show what "
        "the source says but cannot judge your wording; 🔍 when I have no fact on it.",
        "Try:",
        *(f"  {e}" for e in examples),
        "Commands: /help shows this; /quit, /exit or Ctrl-D ends.",
    ]
    return "\n".join(lines)


def console_greeting() -> str:
    return "Hi! Type a claim to check, or /help for examples."


def console_prompt() -> str:
    return "claim> "


def console_bye() -> str:
    return "Bye."


# -- fact lookups -------------------------------------------------------------------------------

def unknown_fact(fact_id: str) -> str:
    return f"No fact with id '{fact_id}'."


def lint_clean(files: int, facts: int) -> str:
    return f"OK: {files} file(s), {facts} fact(s), no errors."


def lint_summary(errors: int, warnings: int) -> str:
    return f"{errors} error(s), {warnings} warning(s)."


def bad_fact_base(problem_count: int) -> str:
    return f"The fact base has {problem_count} error(s); fix them and run again."


def coverage_header(covered: int, total: int, share: float) -> str:
    return f"covered {covered} of {total} sentences ({share:.1%})"


def coverage_uncovered(line: int, sentence: str) -> str:
    return f"{line}: {sentence}"


def coverage_below_minimum(share: float, minimum: float) -> str:
    return (f"The packs quote {share:.1%} of the source's sentences, "
            f"below the minimum {minimum:.1%}.")


def coverage_source_unreadable(detail: str) -> str:
    return f"cannot read it as UTF-8 text ({detail})"


def coverage_source_empty() -> str:
    return "it has no sentences to cover"


def reload_failed_keeping_last(problem_count: int) -> str:
    return (
        f"Fact packs changed but have {problem_count} error(s); "
        "the last good fact base keeps serving."
    )
