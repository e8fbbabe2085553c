"""The motive, purpose or cause a claim gives for what it tells: "the deal died because the
Kremlin blocked it", "Russia invited India purely to spite Beijing", "Beijing is deliberately
doing it, as a strategy", "Xi picked Astana to humiliate Putin, that was the plan all along".

A claim so told asserts two things: what happened (its main clause) and why. `motive_of` parts
them, in the raw text, so the main clause can be read on its own and the motive's words weighed
against what the source says.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.core.analysis import actor_of
from bot.core.lexicon import STOP_WORDS
from bot.core.normalise import cached_normalise as normalise

# Where a cause opens after the claim's main clause: "... because ...", chat's "bc", "cuz";
# "... out of spite"; "... was direct payback for ...". "cause" is the conjunction only where no
# article or adjective makes it the noun ("the cause of").
_CAUSE = re.compile(
    r"(?:\s*[,;\u2014\u2013-]\s*|\s+)(?:(?:and\s+)?(?:(?:just|only|purely|simply|solely|partly|"
    r"mainly|mostly|largely|all)\s+)?(?:because(?:\s+of)?|b/c|bc|cuz|coz|cos|"
    r"(?<!\bthe )(?<!\ba )(?<!\bmain )(?<!\broot )(?<!\breal )(?<!\bits )(?<!\btheir )"
    r"['\u2019]?cause"
    r"|due\s+to|owing\s+to"
    r"|out\s+of\s+(?:pure\s+|sheer\s+)?(?:spite|fear|anger|jealousy|envy|resentment|revenge|"
    r"pique|distrust|mistrust|suspicion|paranoia|insecurity|malice)"
    r"|(?:(?:was|were|is|are|as)\s+)?(?:(?:a|an)\s+)?(?:(?:direct|pure|simple|deliberate)\s+)?"
    r"(?:payback|revenge|retaliation|punishment)\s+(?:for|against)"
    # "... was a direct dig at Xi", "... a swipe at Beijing": aimed at someone.
    r"|(?:(?:was|were|is|are|as)\s+)?(?:(?:a|an)\s+)?(?:(?:direct|deliberate|pointed|veiled)\s+)?"
    r"(?:dig|jab|swipe|potshot)\s+at"
    r"|(?:(?:was|were|is|are)\s+)?(?:(?:a|an)\s+)?(?:direct|deliberate)\s+"
    r"(?:response|reaction|answer|reply)\s+to"
    r"|in\s+(?:retaliation|revenge)\s+(?:to|for)))\b\s*",
    re.IGNORECASE)

# A purpose told after the main clause: "... purely to spite Beijing", "... in order to ...".
_PURPOSE = re.compile(
    r"(?:\s*,\s*|\s+)(?:(?:purely|specifically|just|only|simply|solely|merely|mainly|mostly|"
    r"largely|primarily|deliberately|intentionally|precisely|expressly|partly|all)\s+"
    r"(?:in\s+order\s+|so\s+as\s+)?|in\s+order\s+|so\s+as\s+)to\s+(?P<word>[\w'\u2019]+)",
    re.IGNORECASE)

# A purpose told with no word before it, read as one only where the claim says elsewhere that
# it gives a motive ("... to troll Beijing, that was the whole point").
_BARE_PURPOSE = re.compile(r"\s+to\s+(?P<word>[\w'\u2019]+)", re.IGNORECASE)

# Words in the claim's main clause telling it was meant: "deliberately", "on purpose", "as a
# strategy", "by design".
_INTENT = re.compile(
    r"(?:\s*,\s*|\s+)(?:deliberately|intentionally|purposely|purposefully|knowingly|"
    r"on\s+purpose|by\s+design|as\s+(?:a\s+)?(?:deliberate\s+|conscious\s+)?"
    r"(?:strategy|tactic|ploy|policy|plan|plot|scheme))\b(?:\s*,)?",
    re.IGNORECASE)

# The words that tell a deed was meant, weighed as they are: "strategic" in a fact's text
# does not give "as a strategy".
MEANT_WORDS = frozenset("""
    deliberately intentionally purposely purposefully knowingly purpose design strategy tactic
    ploy policy plan plot scheme motive motivation goal aim intention agenda game
    """.split())

# A tag after the claim telling that what it said was the motive: "..., that was the whole
# point", "That was Moscow's plan all along", "that's the real reason".
_MOTIVE_TAG = re.compile(
    r"(?:\s*[,.;:!?\u2014\u2013-]+\s*|\s+)(?:and\s+)?(?:that|this|it)(?:['\u2019]?s|\s+is|\s+was)"
    r"\s+(?:(?:the|their|his|her|its|[\w]+['\u2019]s)\s+)?"
    r"(?:(?:whole|real|entire|true|main|only|actual)\s+)?"
    r"(?P<noun>point|plan|motive|motivation|reason|goal|idea|aim|game|strategy|intention|agenda)"
    r"\b.*$",
    re.IGNORECASE | re.DOTALL)

# Nouns of a tag that tell of a motive the source may state ("the plan", "the strategy"):
# weighed with the motive's words. "The point" and "the reason" only mark the motive.
_TAG_NOUNS_WEIGHED = frozenset(
    "plan motive motivation goal aim strategy intention agenda game".split())

# Words after "to" that open no purpose: articles and pronouns ("to the SCO", "to them").
_NOT_A_VERB = STOP_WORDS - frozenset("be do have get make keep".split())

# The words that open a motive without telling one: "because of", "purely to", "was a
# direct ... for".
_JOINING = frozenset("""
    and because of bc b c cuz coz cos cause due owing to out in order so as just only purely
    simply solely partly mainly mostly largely all specifically merely primarily precisely
    expressly was were is are a an direct pure simple sheer for against
    """.split())

# Words opening a purpose that tell it was the one meant: "purely to", "specifically to".
_MEANT = frozenset("""
    purely specifically just only simply solely merely deliberately intentionally precisely
    expressly
    """.split())

# Where a clause ends: a stop, a comma, a dash between spaces.
_CLAUSE_END = re.compile(r"[.,;:!?\u2014\u2013]|\s-+\s")

# A relative clause in the main clause: "..., which stepped on Moscow's toes".
_RELATIVE = re.compile(r"\bwhich\b", re.IGNORECASE)

# Words that stress a purpose, where they stand before the deed: "only dangled ... to ...".
_PURPOSE_STRESS = re.compile(r"\b(?:only|just|purely|simply|solely|merely)\s+", re.IGNORECASE)

# A main clause this short says nothing on its own.
MIN_MAIN_WORDS = 3


@dataclass(frozen=True, slots=True)
class Motive:
    """A claim parted into what it says happened and why."""

    main: str    # the main clause, raw, without the motive or the words telling intent
    motive: str  # the motive, purpose or cause and the words telling intent, normalised,
    #              without the words that only stress it ("obviously", "secretly" stays)
    # Whether it lays what happened on someone: told as meant ("deliberately", "purely to",
    # "out of spite", "that was the plan"), or a cause whose subject is an actor ("because
    # Beijing starved them of money"), not a circumstance ("because the talks fell apart").
    pointed: bool = False


def _verb_after_to(word: str) -> bool:
    plain = normalise(word)
    return bool(plain) and plain not in _NOT_A_VERB and actor_of(plain) is None \
        and not any(c.isdigit() for c in plain)


def motive_of(text: str) -> Motive | None:
    """The claim's main clause and the motive, purpose or cause it gives, if it gives one
    after a main clause of its own."""
    if not any(c.isalpha() for c in text):
        return None
    said: list[str] = []
    body = text
    tag = _MOTIVE_TAG.search(body)
    if tag is not None:
        if tag.group("noun").casefold() in _TAG_NOUNS_WEIGHED:
            said.append(tag.group("noun"))
        body = body[:tag.start()]
    intents = list(_INTENT.finditer(body))
    for found in reversed(intents):
        said.append(found.group(0).strip(" ,"))
        body = body[:found.start()] + body[found.end():]
    marked = tag is not None or bool(intents)
    pointed = bool(said)
    cut = _CAUSE.search(body)
    purpose = next((m for m in _PURPOSE.finditer(body) if _verb_after_to(m.group("word"))),
                   None)
    if purpose is not None and (cut is None or purpose.start() < cut.start()):
        cut = purpose
    if cut is None and marked:
        cut = next((m for m in reversed(list(_BARE_PURPOSE.finditer(body)))
                    if _verb_after_to(m.group("word"))), None)
    if cut is not None and _RELATIVE.search(body, 0, cut.start()) is not None:
        # "..., which stepped on Moscow's toes because ...": the cause tells why the relative
        # clause holds, not why the deed was done.
        return None
    if cut is not None:
        # The motive's own clause: what follows it after a stop or a comma goes on about
        # something else ("... bc the Kremlin blocked it lol, that's what happened"). Of the
        # words that open it, those that name a motive ("payback", "out of spite") are weighed
        # with it; the joining ones ("because", "purely to") are not.
        words = normalise(body[cut.start():cut.end()]).split()
        opening = " ".join(w for w in words if w not in _JOINING)
        clause = _CLAUSE_END.split(body[cut.end():], maxsplit=1)[0]
        said.append(f"{opening} {clause}")
        subject = [w for w in normalise(clause).split()[:2] if w != "the"][:1]
        pointed = pointed or bool(opening) or not _MEANT.isdisjoint(words) \
            or (cut.re is _CAUSE and any(actor_of(w) is not None for w in subject))
        body = body[:cut.start()]
        if cut.re is not _CAUSE:
            # "only dangled the Kurils to Abe to troll Beijing": the "only" goes with the
            # purpose, not with the deed.
            body = _PURPOSE_STRESS.sub("", body)
    elif not marked:
        return None
    main = body.strip(" ,;:-\u2014\u2013")
    if len(normalise(main).split()) < MIN_MAIN_WORDS:
        return None
    motive = " ".join(w for w in normalise(" ".join(reversed(said))).split()
                      if w not in _STRESSING)
    return Motive(main=main, motive=motive, pointed=pointed) if motive else None


# Words in a motive that stress or soften it and tell no motive: "obviously", "simple as",
# "mostly"; and the light verbs that carry none of its own ("the economy looked bleak": the
# bleakness is the motive).
_STRESSING = frozenset("""
    obviously obvs obv clearly simple simply mostly largely mainly partly really so way much
    pretty quite fairly totally completely entirely
    look looks looked looking seem seems seemed get gets got getting become becomes became
    feel feels felt go goes went going come comes came
    """.split())

# A fact's text that gives a motive, a purpose or a cause: "stalled due to financing
# problems", "Because of its greater interdependence ...", "to allay its concerns rather than
# to bolster an alliance".
_STATES_MOTIVE = re.compile(r"\b(?:because|due to|owing to|rather than to|not so much to|"
                            r"less to|so that|in order to|thats why|which is why)\b")


def states_motive(text: str) -> bool:
    """Whether a text (raw) gives a motive, a purpose or a cause for what it tells."""
    return _STATES_MOTIVE.search(normalise(text)) is not None or motive_of(text) is not None
