"""Problems found in a fact pack, worded for the person who edits it."""

from __future__ import annotations

__all__ = [
    "alias_is_claim",
    "bad_fact_id",
    "bidi_controls",
    "dangling_related",
    "duplicate_claim",
    "duplicate_id",
    "duplicate_key",
    "duplicate_pack",
    "empty_field",
    "empty_pack",
    "missing_field",
    "mixed_scripts",
    "no_packs",
    "not_utf8",
    "pack_too_large",
    "short_claim",
    "unknown_verdict",
    "unreadable",
    "wrong_type",
    "yaml_alias_refused",
    "yaml_syntax",
    "yaml_too_deep",
    "yaml_too_many_nodes",
]

# -- pack validation ----------------------------------------------------------------------------

def yaml_syntax(detail: str) -> str:
    return f"YAML syntax error: {detail}"


def yaml_alias_refused() -> str:
    return "YAML aliases (*name) are not allowed in fact packs; write the value out"


def yaml_too_deep(limit: int) -> str:
    return f"the document nests deeper than {limit} levels; a fact pack never needs that"


def yaml_too_many_nodes(limit: int) -> str:
    return f"the document has more than {limit} values; split it into several packs"


def pack_too_large(size: int, limit: int) -> str:
    return (
        f"file is {size / 1_048_576:.1f} MB, over the {limit // 1_048_576} MB limit for one pack; "
        "split it into several packs"
    )


def unreadable(exc: OSError) -> str:
    return f"cannot read the file: {exc.strerror or exc}"


def not_utf8(offset: int) -> str:
    return f"not UTF-8 text (bad byte at offset {offset}); save the file as UTF-8"


def empty_pack() -> str:
    return "the file is empty; a pack needs a `source` block and a `facts` list"


def no_packs() -> str:
    return "no fact packs (*.yaml) found here"


def wrong_type(field: str, expected: str) -> str:
    return f"`{field}` must be {expected}"


def duplicate_key(key: str) -> str:
    return f"`{key}` is given twice"


def missing_field(field: str) -> str:
    return f"missing required field `{field}`"


def empty_field(field: str) -> str:
    return f"`{field}` is empty"


def unknown_verdict(value: str) -> str:
    return f"verdict '{value}' is not one of true, false, misleading, unproven"


def bad_fact_id(fact_id: str) -> str:
    return f"id '{fact_id}' must be lowercase letters, digits and single dashes"


def duplicate_id(first: str) -> str:
    return f"duplicate id, first defined at {first}"


def duplicate_pack(pack_id: str, first: str) -> str:
    return f"pack id '{pack_id}' is already used by {first}"


def dangling_related(fact_id: str) -> str:
    return f"related id '{fact_id}' is not a fact in the loaded packs"


def duplicate_claim(other: str) -> str:
    return f"claim text repeats fact '{other}'"


def mixed_scripts(word: str) -> str:
    shown = word.encode("ascii", "backslashreplace").decode("ascii")
    return (f"the word {shown!r} mixes alphabets (a Cyrillic or Greek letter that looks Latin?); "
            "it will not match what people type")


def bidi_controls() -> str:
    return "text holds bidirectional control characters, which can make it read otherwise"


def short_claim() -> str:
    return "claim has three words or fewer; it may match too much"


def alias_is_claim(alias: str, other: str) -> str:
    return f"alias “{alias}” is the claim of fact '{other}'"
