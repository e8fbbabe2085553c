"""Who did what to whom in a claim and a fact text: the roles of the actors they name.

Each actor a text names (countries, their capitals and leaders) gets a role from the words
around it: "X's" is an owner, "to X" / "in X" a recipient, "from X" a source, "by X" an agent;
the first other actor is the subject, the next an object. A verb of taking ("bought",
"imported") reads the roles of a verb of giving ("sold", "exported") the other way round.
Actors named side by side ("Russia and China", "Russia-China") share one role. `roles` answers
AGREES, REVERSED or UNKNOWN (see bot.core.reading, which reads the rest of a claim's wording).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum

from bot.core.analysis import actor_of
from bot.core.lexicon import ENTITY_OF

AGREES, REVERSED, UNKNOWN = "agrees", "reversed", "unknown"


class Role(Enum):
    SUBJECT = "subject"
    OBJECT = "object"      # a recipient or object: "sold China", "to China", "in Russia"
    OWNER = "owner"        # "China's"
    OF = "of"              # "of Russia", "of Russian arms exports"
    SOURCE = "source"      # "from Russia"
    AGENT = "agent"        # "by Russia": a subject in a passive sentence
    COMPARED = "compared"  # "than China"
    OTHER = "other"        # named, but in a role word order cannot tell


# Words just before an actor that give it its role.
MARKERS: dict[str, Role] = {
    **dict.fromkeys("to into towards toward for in at on against".split(), Role.OBJECT),
    **dict.fromkeys("from off".split(), Role.SOURCE),
    **dict.fromkeys("by".split(), Role.AGENT),
    **dict.fromkeys("than".split(), Role.COMPARED),
    **dict.fromkeys("of".split(), Role.OF),
}
# Words that may stand between a marker and its actor: "to the Kremlin", "from its ally China".
SKIPPABLE = frozenset("""
    the a an its their his her fellow ally neighbor neighbour weaker stronger imperial tsarist
    former communist soviet-era mighty powerful poorer richer bigger smaller larger giant
    """.split())
# Words that make a continent or region of a country's name: "South America".
REGION_OF = frozenset("south north latin central east west".split())
# A noun just before an actor that opens a relative clause: "the only country Russia sells
# the S-400 to" makes Russia the subject of its own clause, which word order cannot show.
_RELATIVE_HEADS = frozenset("""
    country countries nation nations state states one ones partner partners buyer buyers
    customer customers market markets power powers place thing things neighbor neighbour
    """.split())
# Two actors joined by these share one role: "Russia and China", "Russia n China".
_JOINING = frozenset("and n or & plus".split())
# Words and phrases that make a relation mutual whatever the order of the actors ("the other
# channel" is not "each other").
_MUTUAL = frozenset("mutual mutually bilateral joint jointly together between".split())
_MUTUAL_PHRASE = re.compile(r"\b(?:each other|one another)\b")

# Verbs of giving and of taking: their subjects stand on opposite sides of one exchange.
_GIVING = frozenset("""
    sell sells sold selling export exports exported exporting supply supplies supplied supplying
    ship ships shipped shipping deliver delivers delivered delivering give gives gave given
    giving provide provides provided providing lend lends lent lending invest invests invested
    investing send sends sent sending grant grants granted sale sales
    """.split())
_TAKING = frozenset("""
    buy buys bought buying purchase purchases purchased purchasing import imports imported
    importing receive receives received receiving get gets got getting acquire acquires
    acquired acquiring borrow borrows borrowed borrowing obtain obtains obtained
    """.split())

# Verbs that act from a subject on an object ("China ambushed a Soviet patrol", "Xi called
# Putin his best friend"): word order tells their roles only when one stands between the two.
_ACTING = frozenset("""
    ambush ambushes ambushed ambushing attack attacks attacked attacking kill kills killed
    invade invades invaded invite invites invited inviting call calls called calling
    present presents presented presenting hang hangs hung seize seizes seized seizing
    support supports supported supporting back backs backed backing recognise recognised
    recognize recognizes recognized recognizing threaten threatens threatened pressure
    pressured help helps helped helping trust trusts trusted fear fears feared follow follows
    followed lead leads led copy copies copied reprise reprises reprised impose imposes
    imposed beat beats defeat defeated defeats join joins joined joining finance finances
    financed financing fund funds funded funding court courts courted flirt flirts flirted
    dangle dangles dangled intrude intrudes intruded snub snubs snubbed offer offers offered
    hand hands handed return returns returned criticise criticised criticize criticized
    condemn condemns condemned condemning sanction sanctions sanctioned oppose opposes
    opposed outspend outspends admire admires admired praise praises praised host hosts
    hosted visit visits visited ally allies allied rely relies relied depend depends depended
    bring brings brought bringing
    supply award awards awarded honor honors honored honour honoured decorate decorated
    """.split())

@dataclass(frozen=True, slots=True)
class Mention:
    actor: str
    role: Role
    position: int


def marker_before(words: list[str], i: int) -> Role | None:
    """The role the words just before position i give the actor there ("to", "by", "than"...),
    past adjectives and articles; None when no marker stands there."""
    j = i - 1
    while j >= 0 and words[j] in SKIPPABLE:
        j -= 1
    return MARKERS.get(words[j]) if j >= 0 else None


def is_owner(word: str, actor: str) -> bool:
    """ "russias" (Russia's, once the apostrophe is gone) but not "russians" or "soviets"."""
    return word.endswith("s") and word not in ENTITY_OF and actor_of(word[:-1]) == actor




def mentions(normalised: str) -> list[Mention] | None:
    """Each actor's first mention with its role, in order; None when the text says the relation
    is mutual (then order says nothing). Two actors named side by side ("Russia and China")
    are left out: the pair names a topic, and only the actors' later mentions have roles."""
    words = normalised.split()
    if not _MUTUAL.isdisjoint(words) or _MUTUAL_PHRASE.search(normalised):
        return None
    found: list[Mention] = []
    seen: set[str] = set()
    previous_actor_at = -1
    for i, word in enumerate(words):
        actor = actor_of(word)
        if actor is None or (i > 0 and words[i - 1] in REGION_OF):
            continue  # "South America", "North Korea" are no actors here
        if _side_by_side(words, previous_actor_at, i) and actor not in seen \
                and not (is_owner(word, actor) and words[i - 1] not in _JOINING):
            if not found or found[-1].position != previous_actor_at:
                return None
            # "russia china trade", "russia and china", "xi and putin", "xi and putins
            # friendship" (theirs, together): the pair names a topic
            # and says nothing about direction; the actors' later mentions may ("Russia-China
            # trade resembles colonial trade, with Russia as China's appendage").
            seen.discard(found.pop().actor)
            previous_actor_at = i
            continue
        previous_actor_at = i
        if actor in seen:
            continue
        seen.add(actor)
        role = marker_before(words, i)
        if role is Role.OF and is_owner(word, actor):
            role = None  # "three quarters of Russia's exports": Russia owns the exports
        if role is None:
            if is_owner(word, actor):
                role = Role.OWNER
            elif not any(m.role in (Role.SUBJECT, Role.AGENT) for m in found):
                role = Role.SUBJECT
            elif i > 0 and words[i - 1] in _RELATIVE_HEADS:
                role = Role.OTHER  # the subject of a clause of its own
            elif _acts_between(words, _subject_at(found), i):
                role = Role.OBJECT
            else:
                role = Role.OTHER  # no verb between the two: word order says nothing
        found.append(Mention(actor, role, i))
    return found


def _side_by_side(words: list[str], previous: int, i: int) -> bool:
    """Whether the actor at i is named beside the one at `previous` ("russia and china")."""
    if previous < 0:
        return False
    between = words[previous + 1:i]
    return len(between) <= 2 and all(w in _JOINING or w in SKIPPABLE for w in between) \
        and (not between or between[0] in _JOINING)


def _subject_at(found: list[Mention]) -> int:
    return next(m.position for m in found if m.role in (Role.SUBJECT, Role.AGENT))


def _acts_between(words: list[str], start: int, end: int) -> bool:
    between = words[start + 1:end]
    return any(w in _ACTING or w in _GIVING or w in _TAKING for w in between)


# Nouns of an exchange: with a verb of the other side, the verb tells who acts ("India got 35
# percent of Russian arms exports" is told with a verb of taking).
_EXCHANGE_NOUNS = frozenset("exports imports sales sale purchases shipments".split())


def _exchange(words: set[str]) -> int:
    """+1 for a verb of giving, -1 for one of taking, 0 for neither or both."""
    giving, taking = not _GIVING.isdisjoint(words), not _TAKING.isdisjoint(words)
    if giving and taking:
        verbs = words - _EXCHANGE_NOUNS
        giving, taking = not _GIVING.isdisjoint(verbs), not _TAKING.isdisjoint(verbs)
    return 0 if giving == taking else (1 if giving else -1)


def _canonical(role: Role, exchange: int) -> Role:
    """A role as the same exchange told with a verb of giving: an agent is a subject; in a
    text about an exchange the owner of it ("Russia's exports", "China's purchases") is its
    subject; with a verb of taking, the taker is the recipient and "from X" names the giver."""
    if role is Role.AGENT or (exchange and role is Role.OWNER):
        role = Role.SUBJECT
    if exchange >= 0:
        return role
    if role is Role.SUBJECT:
        return Role.OBJECT
    if role is Role.SOURCE:
        return Role.SUBJECT
    return role


# Words that may open a clause of its own: "Russia brought India in and China invited
# Pakistan" has two subjects.
_CLAUSE_OPENERS = frozenset("and while but whereas then so".split())


def agents(normalised: str) -> dict[str, str]:
    """Who acts on whom, clause by clause: each actor acted on, with the subject of its clause.
    A clause opens at "and", "while", "but"... followed by an actor with no marker before it:
    "Russia brought India into the SCO and China invited Pakistan" gives India to Russia and
    Pakistan to China."""
    words = normalised.split()
    if not _MUTUAL.isdisjoint(words) or _MUTUAL_PHRASE.search(normalised):
        return {}
    out: dict[str, str] = {}
    subject: tuple[str, int] | None = None
    previous = -1
    for i, word in enumerate(words):
        actor = actor_of(word)
        if actor is None or (i > 0 and words[i - 1] in REGION_OF) or is_owner(word, actor):
            continue
        if _side_by_side(words, previous, i):
            return {}
        previous = i
        marker = marker_before(words, i)
        if marker is Role.AGENT or marker is Role.COMPARED:
            return {}  # a passive or a comparison: word order is read elsewhere
        opens = i > 0 and words[i - 1] in _CLAUSE_OPENERS
        if subject is None or (marker is None and opens):
            subject = (actor, i)
        elif actor != subject[0] and (
                marker is Role.OBJECT
                or (marker is None and _acts_between(words, subject[1], i))):
            out.setdefault(actor, subject[0])
    return out


def agents_reversed(claim: str, fact: str) -> bool:
    """Whether the claim gives an actor acted on another agent than the fact text does: the
    roles of a swap across clauses. The two agents are both named in each text, or the claim's
    agent acts on another actor in the fact ("Russia invited Pakistan" against "Russia invited
    India and China invited Pakistan")."""
    if _exchange(set(claim.split())) * _exchange(set(fact.split())) < 0:
        return False  # one told with a verb of giving, the other of taking
    claim_agents, fact_agents = agents(claim), agents(fact)
    claim_actors = set(claim_agents) | set(claim_agents.values())
    fact_actors = set(fact_agents) | set(fact_agents.values())
    swapped = agreeing = 0
    for acted_on, agent in claim_agents.items():
        other = fact_agents.get(acted_on)
        if other is None:
            continue
        if other == agent:
            agreeing += 1
        elif (agent in fact_actors and other in claim_actors) \
                or agent in fact_agents.values():
            swapped += 1
    return swapped > 0 and agreeing == 0


def roles(claim: str, fact: str) -> str:
    """Whether the claim gives the actors the roles the fact text gives them."""
    reading = _first_roles(claim, fact)
    if reading != REVERSED and agents_reversed(claim, fact):
        return REVERSED
    return reading


def _first_roles(claim: str, fact: str) -> str:
    """The roles of each actor's first mention, compared."""
    claim_mentions, fact_mentions = mentions(claim), mentions(fact)
    if not claim_mentions or not fact_mentions:
        return UNKNOWN
    claim_exchange, fact_exchange = _exchange(set(claim.split())), _exchange(set(fact.split()))
    claim_roles = {m.actor: _canonical(m.role, claim_exchange) for m in claim_mentions}
    fact_roles = {m.actor: _canonical(m.role, fact_exchange) for m in fact_mentions}
    shared = [a for a in claim_roles if a in fact_roles]
    if len(shared) < 2:
        return UNKNOWN
    a, b = shared[:2]
    pairs = (claim_roles[a], claim_roles[b]), (fact_roles[a], fact_roles[b])
    if any(x == y or Role.OTHER in (x, y) for x, y in pairs):
        return UNKNOWN
    subjects = [[r is Role.SUBJECT for r in pair] for pair in pairs]
    if all(any(s) for s in subjects):
        # Who acts is what matters: "Xi reprised Putin's choices" and "Putin modeled his
        # on Xi's" name different actors as the one who acts.
        return AGREES if subjects[0] == subjects[1] else REVERSED
    if pairs[0] == pairs[1]:
        return AGREES
    if pairs[0] == pairs[1][::-1]:
        return REVERSED
    return UNKNOWN
