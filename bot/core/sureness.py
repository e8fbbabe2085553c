"""How sure a message is of what it claims: the words that vouch for a claim ("no doubt about
it", "definitely", "... Period.") and the words that hedge it ("probably", "apparently", "I
think").

Each list holds pieces of a regular expression that read a raw message ("I'm pretty sure",
"100%") as well as its normalised text. Splitting reads them where they open or close a claim;
the readings weigh a claim sure of what its source only hedges.
"""

from __future__ import annotations

# Words that vouch for a claim wherever they stand in it: "definitely", "no doubt", "for sure";
# with chat's spellings of "definitely" ("def", "defo", a common misspelling).
VOUCHING_WORDS = ("definitely", "certainly", "undoubtedly", "undeniably", "def", "defo", "deffo",
                  "definately", "defintely")
VOUCHING_SAYINGS = ("no doubt", "without (?:a|any) doubt", "no question", "for sure",
                    "for certain", "guaranteed", r"100\s?%")
# Chat's own ("no cap", "locked in") hold the claim before them together, and stay in its words.
VOUCHING_CHAT = ("no cap", "locked in")
# Words that vouch for a claim only as they close it: "... Period.", "..., mark my words". The
# longer tags ("..., end of story", "..., it's only a matter of time") are read as tags, not told
# in one word.
VOUCHING_CLOSES = ("period", "full stop", "mark my words", "confirmed")
VOUCHING_TAGS = ("end of story", "hands down",
                 # "..., done deal", "..., it's set in stone": what is planned told as settled.
                 # "The alliance is a done deal" is what the claim says, not a tag on it.
                 r"(?:(?:it|that)(?:['\u2019]?s| is) a |(?<!\ba ))(?:done deal|sure thing)",
                 r"(?:(?:it|that)(?:['\u2019]?s| is) )?set in stone",
                 r"(?:it(?:['\u2019]?s| is) )?(?:only |just )?a matter of time",
                 # "..., that's what the article establishes": the source made to vouch for it.
                 r"that(?:['\u2019]?s| is) what (?:the )?(?:article|author|piece|source) "
                 r"(?:establishes|proves|settles)")
# "I'm certain", "..., I'm sure of it": the writer sure of the claim.
SURE_OF_IT = r"i(?:['\u2019]?m| am)\s+(?:sure|certain)"
# "..., the author's certain of it": someone told sure of the claim.
CERTAIN_OF = r"(?:certain|sure|positive)\s+(?:of|about)\s+(?:it|that)"

# Words that hedge a claim: "probably", "reportedly", "supposedly".
HEDGING_WORDS = ("probably", "maybe", "perhaps", "possibly", "allegedly", "reportedly",
                 "supposedly")
# Words that tell what only seems so ("apparently", "presumably"): they hedge a claim as the
# others do, but one told with them still asserts what a source hedges.
SEEMING_WORDS = ("apparently", "presumably")
# Words that tell what the writer believes, short of knowing it: "pretty sure", "I think".
BELIEVING = (r"(?:i(?:['\u2019]m| am) )?(?:pretty|fairly|quite) sure",
             "i (?:think|guess|reckon|believe)")


def any_of(*lists: tuple[str, ...]) -> str:
    """One alternation of every piece in the lists, in their order."""
    return "|".join(piece for pieces in lists for piece in pieces)
