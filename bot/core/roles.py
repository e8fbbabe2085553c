"""Who did what to whom in a claim and a fact text: the roles of the actors they name.

Each actor a text names (countries, their capitals and leaders) gets a role from the words
around it: "X's" is an owner, "to X" / "in X" a recipient, "from X" a source, "by X" an agent;
the first other actor is the subject, the next an object. A verb of taking ("bought",
"imported") reads the roles of a verb of giving ("sold", "exported") the other way round.
Actors named side by side ("Russia and China", "Russia-China") share one role. A noun that names
an actor a side of an exchange ("Xi was the first recipient of China's order", "the biggest
buyer of Chinese arms is Pakistan") gives it that side and the actor across from it the other.
`roles` answers AGREES, REVERSED or UNKNOWN (see bot.core.reading, which reads the rest of a
claim's wording).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from enum import Enum
from functools import lru_cache

from bot.core.analysis import actor_of, content_words
from bot.core.lexicon import COUNTRY_CODES, ENTITY_OF, NATIONALITY_ADJECTIVES, STOP_WORDS

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
    former communist soviet-era mighty powerful poorer richer bigger smaller larger giant new
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
# Nouns of what two actors share alike, whichever is named first: "X's border with Y".
_SHARED_NOUNS = frozenset("border borders frontier frontiers boundary".split())
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
    jump jumps jumped jumping raid raids raided raiding assault assaults assaulted assaulting
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
    bring brings brought bringing hit hits hitting strike strikes struck striking shell shells
    shelled shelling
    supply award awards awarded honor honors honored honour honoured decorate decorated
    killing invading threatening helping trusting fearing following copying imposing beating
    defeating funding courting flirting dangling snubbing offering handing returning
    sanctioning admiring praising hosting visiting
    """.split())

# Verbs of asking: the actor asked for something ("keeps asking Moscow for a pact", "pushing
# Beijing for loans") is the one it is sought from, as "seek from Moscow" names it.
_ASKING = frozenset("""
    ask asks asked asking push pushes pushed pushing press presses pressed pressing pressure
    pressures pressured pressuring urge urges urged urging beg begs begged begging lobby lobbies
    lobbied lobbying petition petitions petitioned petitioning
    """.split())


def _asked(words: list[str], i: int) -> bool:
    """Whether the actor at i is asked for something: a verb of asking just before it (past
    adjectives and articles) and "for" just after it."""
    j = i - 1
    while j >= 0 and words[j] in SKIPPABLE:
        j -= 1
    return j >= 0 and words[j] in _ASKING and i + 1 < len(words) and words[i + 1] == "for"


# Nouns that name a side of an exchange: "X was the first recipient of Y's order" makes X the
# one who received, as "Y gave X the order" does; "X is the supplier" makes X the one who gives.
# ("Host" is left out: a host is where something happens, as "in X" is.)
_RECEIVING_NOUNS = frozenset("""
    recipient recipients receiver receivers guest guests buyer buyers customer customers client
    clients importer importers purchaser purchasers beneficiary beneficiaries invitee invitees
    """.split())
_GIVING_NOUNS = frozenset("""
    seller sellers supplier suppliers exporter exporters donor donors giver givers
    provider providers vendor vendors lender lenders
    """.split())
# Words that link a subject to the noun that says what it is ("was the very first recipient",
# "is not the biggest buyer").
_LINKING = frozenset("""
    is was are were became becomes remains remained be been being isnt wasnt arent werent
    """.split())
# Words that end the phrase after a linking verb before any noun of an exchange: "was the
# place where buyers ..." says nothing of the actor as one.
_PHRASE_ENDS = frozenset(MARKERS) | frozenset("that who which where when and but with".split())
_NOUN_REACH = 5


def _noun_ahead(words: list[str], start: int) -> Role | None:
    """The side the first noun of an exchange within reach from `start` names, before the
    phrase ends."""
    for word in words[start:start + _NOUN_REACH]:
        if word in _RECEIVING_NOUNS:
            return Role.OBJECT
        if word in _GIVING_NOUNS:
            return Role.SUBJECT
        if word in _PHRASE_ENDS or ((actor := actor_of(word)) is not None
                                    and not is_owner(word, actor)):
            return None  # "is Pakistan's biggest supplier" reads on past the owner
    return None


def _noun_behind(words: list[str], end: int) -> Role | None:
    """The side a noun of an exchange names in the few words before `end`: "the biggest
    buyer of Chinese weapons is ...", "China's largest customer for weapons is ..."."""
    for word in reversed(words[max(0, end - _NOUN_REACH - 2):end]):
        if word in _RECEIVING_NOUNS:
            return Role.OBJECT
        if word in _GIVING_NOUNS:
            return Role.SUBJECT
        if word in _LINKING:
            return None
    return None


def exchange_noun(words: list[str], i: int) -> Role | None:
    """The role a noun of an exchange gives the actor at i when it is said to be one: SUBJECT
    for a giver ("Moscow was the supplier"), OBJECT for a receiver ("Xi was the first
    recipient", asked "was Xi the first recipient", or told last: "the biggest buyer of
    Chinese arms is Pakistan"); None when no such noun names it."""
    if i + 1 < len(words) and words[i + 1] in _LINKING:
        return _noun_ahead(words, i + 2)
    if i == 1 and words[0] in _LINKING:
        return _noun_ahead(words, i + 1)
    if i > 1 and words[i - 1] in _LINKING:
        return _noun_behind(words, i - 1)
    return None


def named_side(words: list[str]) -> tuple[int, Role] | None:
    """Where a text names an actor a side of an exchange by a noun, and which side; None when
    it names none so."""
    for i, word in enumerate(words):
        if (actor := actor_of(word)) is not None and not is_owner(word, actor) \
                and (side := exchange_noun(words, i)) is not None:
            return i, side
    return None


@lru_cache(maxsize=16_384)
def names_exchange(normalised: str) -> bool:
    """Whether a text names an actor a side of an exchange by a noun ("X was the supplier")."""
    return named_side(words_of(normalised)) is not None


# Nouns of where someone goes: "Moscow was Xi's first destination" has Xi go to Moscow.
_DESTINATION_NOUNS = frozenset("""
    destination destinations stop stops stopover stopovers port visit trip
    """.split())
# Words that make a destination one of goods, not of a traveller ("among China's export
# destinations").
_GOODS_BOUND = frozenset("export exports import imports trade trading arms among".split())


def _owner_in(words: list[str], start: int, end: int) -> int | None:
    return next((k for k in range(max(start, 0), end)
                 if (a := actor_of(words[k])) is not None and is_owner(words[k], a)), None)


def named_destination(words: list[str]) -> tuple[int, int | None] | None:
    """Where a text names an actor as where another goes ("Moscow was Xi's first destination",
    "Xi's first stop abroad was Moscow"), with the position of the one who goes (its owner,
    None when no actor owns the noun); None when it names none so."""
    for i, word in enumerate(words):
        actor = actor_of(word)
        if actor is None or is_owner(word, actor):
            continue
        linked = i + 1 < len(words) and words[i + 1] in _LINKING
        if linked or (i == 1 and words[0] in _LINKING):
            start = i + 2 if linked else i + 1
            for k in range(start, min(len(words), start + _NOUN_REACH)):
                if words[k] in _DESTINATION_NOUNS:
                    return i, _owner_in(words, start, k)
                if words[k] in _PHRASE_ENDS or words[k] in _GOODS_BOUND:
                    break
        elif i > 1 and words[i - 1] in _LINKING:
            behind = max(0, i - 1 - _NOUN_REACH)
            noun = next((k for k in range(i - 2, behind - 1, -1)
                         if words[k] in _DESTINATION_NOUNS), None)
            if noun is not None and _GOODS_BOUND.isdisjoint(words[behind:noun]):
                return i, _owner_in(words, behind, noun)
    return None


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
    if j > 0 and (words[j - 1], words[j]) in _INTERJECTIONS:
        return None  # "hold on, Xi called Putin ...": a word of chat, no "on Xi"
    return MARKERS.get(words[j]) if j >= 0 else None


# Chat words that end in a marker and mark nothing: "hold on", "hang on", "come on".
_INTERJECTIONS = frozenset({("hold", "on"), ("hang", "on"), ("come", "on")})


def is_owner(word: str, actor: str) -> bool:
    """ "russias" (Russia's, once the apostrophe is gone) but not "russians" or "soviets"."""
    return word.endswith("s") and word not in ENTITY_OF and actor_of(word[:-1]) == actor




# Words that follow "X's" only where it is "X is" or "X has": an article, an adverb, a
# preposition, a participle, an adjective said only of a subject ("China's ready to follow
# Russia", "Putin's on the left", "Russia's the bigger buyer"). A possessive is followed by
# what it owns.
_AFTER_IS = frozenset("""
    the a an not never no now still also already just really actually basically way far so
    too only even definitely clearly probably totally gonna going been got getting become
    becoming trying ready able unable likely unlikely willing unwilling afraid about on in at
    with behind ahead against into out over up down
    """.split())


def words_of(normalised: str) -> list[str]:
    """A text's words, with "X's" read as "X" where it stands for "X is" ("China's ready")."""
    return list(_words_read(normalised))


@lru_cache(maxsize=16_384)
def _words_read(normalised: str) -> tuple[str, ...]:
    words = normalised.split()
    return tuple(w[:-1] if i + 1 < len(words) and words[i + 1] in _AFTER_IS
                 and (actor := actor_of(w)) is not None and is_owner(w, actor) else w
                 for i, w in enumerate(words))


# A claim is read against each of its candidate facts' texts, and a fact's texts against every
# claim near them: the readings of a text, and of a pair, are made once.
_READINGS = 16_384


@lru_cache(maxsize=_READINGS)
def mentions(normalised: str, *, sides: bool = True) -> tuple[Mention, ...] | None:
    """Each actor's first mention with its role, in order; None when the text says the relation
    is mutual (then order says nothing). Two actors named side by side ("Russia and China")
    are left out: the pair names a topic, and only the actors' later mentions have roles. With
    `sides`, an actor named a side of an exchange by a noun ("Xi was the first recipient of
    China's order") has that side, and the actor on the other side the other."""
    words = words_of(normalised)
    if not _MUTUAL.isdisjoint(words) or _MUTUAL_PHRASE.search(normalised):
        return None
    found: list[Mention] = []
    seen: set[str] = set()
    named = named_side(words) if sides else None
    destination = named_destination(words)
    previous_actor_at = -1
    passive = False
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
        if role is None and _asked(words, i):
            role = Role.SOURCE  # "asking Moscow for a pact" seeks the pact from Moscow
        if role is None and i > 1 and words[i - 1] == "with" and words[i - 2] in _SHARED_NOUNS:
            role = Role.OTHER  # "Kazakhstan's border with Russia" is Russia's with Kazakhstan
        owner = is_owner(word, actor) or _owns_thing_exchanged(words, i)
        if role is Role.OF and owner:
            role = None  # "three quarters of Russia's exports": Russia owns the exports
        if named is not None:
            # "Xi was the first recipient of China's order": Xi received, China gave.
            if i == named[0]:
                role = named[1]
            elif _counterpart(words, i):
                role = Role.OBJECT if named[1] is Role.SUBJECT else Role.SUBJECT
        if role is None and destination is not None:
            # "Moscow was Xi's first destination": Moscow is gone to, Xi goes.
            if i == destination[0]:
                role = Role.OBJECT
            elif i == destination[1]:
                role = Role.SUBJECT
        if role is None and _passive_subject(words, i):
            role = Role.OBJECT  # "China was invited": acted on, as "invited China" is
            passive = True
        if role is None:
            if owner:
                role = Role.OWNER  # "Russia's oil", and "buys Russian oil" as well
            elif passive:
                role = Role.OTHER  # after a passive only "by" names who acts
            elif not any(m.role in (Role.SUBJECT, Role.AGENT) for m in found):
                role = Role.SUBJECT
            elif i > 0 and words[i - 1] in _RELATIVE_HEADS:
                role = Role.OTHER  # the subject of a clause of its own
            elif _acts_between(words, _subject_at(found), i):
                role = Role.OBJECT
            else:
                role = Role.OTHER  # no verb between the two: word order says nothing
        found.append(Mention(actor, role, i))
    return tuple(found)


# The verbs a passive is told with: the linking ones, and chat's "got" ("Pakistan got invited
# into the SCO by Russia" is "was invited").
_PASSIVE_LINKING = _LINKING | frozenset("got gets getting".split())
# Words that may stand between a passive's linking verb and its participle.
_PASSIVE_ADVERBS = frozenset("not never also first only reportedly allegedly then".split())


# Words that may stand between a verb of an exchange and the adjective on what is exchanged:
# "buys lots of cheap Russian oil", "sold more Chinese electronics", "buying up Russian oil".
_AMOUNT_WORDS = frozenset("""
    more most much lots lot loads plenty amounts amount volumes quantities tons tonnes of up
    cheap cheaper discounted mostly mainly largely some any all
    """.split())
# How many such words may stand there.
_AMOUNT_REACH = 4


def _owns_thing_exchanged(words: list[str], i: int) -> bool:
    """Whether the word at i is a nationality adjective on what a verb of giving or taking
    before it exchanges, which names its owner as a possessive does: "China buys Russian
    electronics" buys Russia's electronics ("Chinese troops ambushed a Soviet patrol" is no
    exchange)."""
    if words[i] not in NATIONALITY_ADJECTIVES or i + 1 >= len(words) \
            or actor_of(words[i + 1]) is not None:
        return False
    j = i - 1
    while j >= max(0, i - 1 - _AMOUNT_REACH) and (words[j] in SKIPPABLE
                                                   or words[j] in _AMOUNT_WORDS):
        j -= 1
    return j >= 0 and (words[j] in _GIVING or words[j] in _TAKING)


def _passive_subject(words: list[str], i: int) -> bool:
    """Whether the actor at i is the subject of a passive ("China was invited", "Xi was
    awarded", asked "was China only invited"), which is acted on."""
    j = i + 1
    if j < len(words) and words[j] in _PASSIVE_LINKING:
        j += 1
    elif not (i > 0 and words[i - 1] in _LINKING):  # asked: "was China invited"
        return False
    while j < len(words) and words[j] in _PASSIVE_ADVERBS:
        j += 1
    return j < len(words) and (words[j] in _ACTING or words[j] in _GIVING
                               or words[j] in _TAKING) and _participle(words[j])


# Words before an actor that make it the other side of an exchange named by a noun: "the
# largest customer for Chinese weapons", "the first buyer of Russian jets", "a buyer from
# Moscow" ("to" and "in" keep their own reading: "the supplier of arms to India").
_COUNTERPART_MARKERS = frozenset("for of from".split())


def _counterpart(words: list[str], i: int) -> bool:
    """Whether the actor at i, after the noun of an exchange that names the text's first actor a
    side of it, stands on the other side: it follows "for", "of" or "from", or no marker."""
    j = i - 1
    while j >= 0 and words[j] in SKIPPABLE:
        j -= 1
    return j < 0 or words[j] in _COUNTERPART_MARKERS or words[j] not in MARKERS


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


def _exchange_told(normalised: str) -> int:
    """The exchange a text tells (see `_exchange`); a text that names an actor a side of one by
    a noun ("Xi was the first recipient of China's order") tells it as giving, its owner
    ("China's order") the giver."""
    told = _exchange(set(normalised.split()))
    return 1 if told == 0 and names_exchange(normalised) else told


def _owns_what_is_taken(normalised: str, mention: Mention) -> bool:
    """Whether an actor owns what a verb of taking before it takes: "China got Russia's
    S-400" takes it from Russia."""
    if mention.role is not Role.OWNER:
        return False
    words = words_of(normalised)
    owned = words[mention.position + 1:mention.position + 4]
    return any(w in _TAKING for w in words[:mention.position]) \
        and _EXCHANGE_NOUNS.isdisjoint(owned)  # "got 35% of Russia's exports": its sales


def _canonical(role: Role, exchange: int, *, owns_what_is_taken: bool = False) -> Role:
    """A role as the same exchange told with a verb of giving: an agent is a subject; in a
    text about an exchange the owner of it ("Russia's exports", "China's purchases") is its
    subject; with a verb of taking, the taker is the recipient, and "from X" and the owner of
    what is taken ("got Russia's S-400") name the giver."""
    if exchange < 0 and owns_what_is_taken:
        return Role.SUBJECT
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


@lru_cache(maxsize=_READINGS)
def agents(normalised: str) -> Mapping[str, str]:
    """Who acts on whom, clause by clause: each actor acted on, with the subject of its clause.
    A clause opens at "and", "while", "but"... followed by an actor with no marker before it:
    "Russia brought India into the SCO and China invited Pakistan" gives India to Russia and
    Pakistan to China."""
    words = words_of(normalised)
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
        if marker is Role.AGENT and subject is not None and subject[0] != actor \
                and _passive_subject(words, subject[1]):
            # "Pakistan was brought into the SCO by Russia": Russia acts on Pakistan.
            out[subject[0]] = actor
            continue
        if marker is Role.AGENT or marker is Role.COMPARED:
            return {}  # a comparison, or a passive of no actor: word order is read elsewhere
        opens = i > 0 and words[i - 1] in _CLAUSE_OPENERS
        if subject is None or (marker is None and opens):
            subject = (actor, i)
        elif actor != subject[0] and (
                marker is Role.OBJECT
                or (marker is None and _acts_between(words, subject[1], i))):
            out.setdefault(actor, subject[0])
    return out


# Past participles that end otherwise than "-ed", "-en" or "-wn".
_PARTICIPLES = frozenset("""
    led held made run built brought bought sold sent set hit put won fought taught kept lent
    paid told struck
    """.split())


def _participle(word: str) -> bool:
    return word.endswith(("ed", "en", "wn")) or word in _PARTICIPLES


def _passive_agents(words: list[str]) -> set[str]:
    """The actors a passive names after "by", with those joined to them: "founded by India
    and Pakistan"."""
    found: set[str] = set()
    for i, word in enumerate(words):
        if word != "by" or i == 0 or not _participle(words[i - 1]):
            continue  # "stand by Moscow" is no passive
        j = i + 1
        while j < len(words):
            while j < len(words) and words[j] in SKIPPABLE:
                j += 1
            actor = actor_of(words[j]) if j < len(words) else None
            if actor is None or is_owner(words[j], actor):
                break
            found.add(actor)
            j += 1
            if j < len(words) and words[j] in _JOINING:
                j += 1
    return found


def passive_agents_acted_on(claim: str, fact: str) -> bool:
    """Whether a passive claim names as its agents ("the SCO was founded by India and
    Pakistan") only actors the fact has others act on ("Russia brought India into the SCO and
    China invited Pakistan"). An exchange is left to the roles of its sides ("the S-400 was
    bought by China")."""
    if _exchange(set(claim.split())) or _exchange(set(fact.split())):
        return False
    by = _passive_agents(words_of(claim))
    fact_agents = agents(fact)
    return bool(by) and by <= set(fact_agents) and by.isdisjoint(fact_agents.values())


def agents_reversed(claim: str, fact: str) -> bool:
    """Whether the claim gives an actor acted on another agent than the fact text does: the
    roles of a swap across clauses. The two agents are both named in each text, or the claim's
    agent acts on another actor in the fact ("Russia invited Pakistan" against "Russia invited
    India and China invited Pakistan")."""
    if passive_agents_acted_on(claim, fact):
        return True
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


def _codes_named(normalised: str) -> str:
    """A text with chat's country codes ("cn sold s-400 to ru") read as the countries' names:
    who acts on whom is read of them, though elsewhere a short code may be another word."""
    words = normalised.split()
    if not any(w in COUNTRY_CODES for w in words):
        return normalised
    return " ".join(COUNTRY_CODES.get(w, w) for w in words)


@lru_cache(maxsize=_READINGS)
def roles(claim: str, fact: str) -> str:
    """Whether the claim gives the actors the roles the fact text gives them."""
    claim = _codes_named(claim)
    reading = _first_roles(claim, fact)
    if reading != REVERSED and agents_reversed(claim, fact):
        return REVERSED
    if reading == UNKNOWN and passive_turned(claim, fact):
        return REVERSED
    return reading


# How many words after "X is" or "X's" may name what X is or owns ("is the raw material
# appendage", "Russia's largest trading partner"), the last of them the thing itself.
_OWNED_REACH = 4
# Words too plain to name what an actor is or owns.
_PLAIN = frozenset("the a an its their his her very most more main only just basically".split())


def _owner_told_as_owned(claim: str, fact: str) -> bool:
    """Whether the claim says an actor is what the fact says it owns, another actor being that
    ("China is the raw material appendage" against "Russia as China's raw material appendage",
    "Russia is the largest trading partner" against "China is Russia's largest trading
    partner"); the claim names no other actor."""
    words, fact_words = words_of(claim), words_of(fact)
    named = [(i, a) for i, w in enumerate(words) if (a := actor_of(w)) is not None]
    if len({a for _, a in named}) != 1:
        return False
    at, actor = named[0]
    if is_owner(words[at], actor) or marker_before(words, at) is not None \
            or at + 1 >= len(words) or words[at + 1] not in _LINKING:
        return False
    head = _head_noun(words[at + 2:at + 2 + _OWNED_REACH])
    others = {a for w in fact_words if (a := actor_of(w)) is not None and a != actor}
    return head is not None and bool(others) and any(
        is_owner(w, actor) and _head_noun(fact_words[j + 1:j + 1 + _OWNED_REACH]) == head
        for j, w in enumerate(fact_words) if actor_of(w) == actor)


def _head_noun(words: list[str]) -> str | None:
    """The last word of a noun phrase that opens these words, up to a word that ends it ("the
    raw material appendage in ...": "appendage"); None when none opens them."""
    phrase: list[str] = []
    for word in words:
        if word in _PHRASE_ENDS or word in _LINKING or actor_of(word) is not None:
            break
        phrase.append(word)
    return phrase[-1] if phrase and phrase[-1] not in _PLAIN else None


# Words that stand for the actor a sentence is about ("He made the Church its guardian").
_HE = frozenset("he she they it".split())


def thing_swapped(claim: str, sentence: str, actor: str) -> bool:
    """Whether the claim makes the thing a sentence has the actor act on act on the actor, by
    the same verb: "the Orthodox Church made Putin guardian" against "he made the Orthodox
    Church the guardian", the sentence's subject the actor or a pronoun for it. The claim's
    subject is a thing, not an actor, every word of it after the verb in the sentence."""
    words, told = words_of(claim), words_of(sentence)
    at = next((i for i, w in enumerate(words) if actor_of(w) is not None), None)
    if at is None or actor_of(words[at]) != actor or is_owner(words[at], actor):
        return False
    verb = at - 1
    while verb >= 0 and words[verb] in SKIPPABLE:
        verb -= 1
    subject = [w for w in content_words(" ".join(words[:max(verb, 0)])) if w not in SKIPPABLE]
    if verb < 1 or not subject or words[verb] not in told:
        return False
    k = told.index(words[verb])
    doer = [w for w in told[:k] if w in _HE or actor_of(w) == actor]
    return bool(doer) and set(subject) <= set(told[k + 1:]) and set(subject).isdisjoint(told[:k])


def _tells_exchange(normalised: str) -> bool:
    """Whether a text tells an exchange, by a verb ("sold", "bought") or a noun that names an
    actor a side of it ("the first recipient")."""
    return _exchange(set(normalised.split())) != 0 or names_exchange(normalised)


def entities_named(normalised: str) -> set[str]:
    """The actors a text names."""
    return {a for w in normalised.split() if (a := actor_of(w)) is not None}


def _named_side(normalised: str, found: tuple[Mention, ...]) -> str | None:
    """The actor a text names a side of an exchange by a noun ("Pakistan is the largest
    customer"), when it has a role there."""
    named = named_side(words_of(normalised))
    return next((m.actor for m in found if named and m.position == named[0]), None)


def _one_side(claimed: Role, stated: Role, fact_roles: Collection[Role]) -> str:
    """A claim that names one actor as a side of an exchange ("Xi was the first recipient of
    China's order") against a fact text that has it give or receive from another actor ("Xi
    gave Putin China's order"): reversed when the fact puts it on the other side."""
    sides = {Role.SUBJECT, Role.OBJECT}
    if claimed not in sides or stated not in sides or claimed is stated:
        return UNKNOWN
    return REVERSED if claimed in fact_roles else UNKNOWN


def _first_roles(claim: str, fact: str) -> str:
    """The roles of each actor's first mention, compared. Sides named by nouns of an exchange
    ("the first recipient") are read when both texts tell an exchange, by such a noun or a verb
    ("gave"), or the claim names a side and no other actor; otherwise both are read by word
    order alone."""
    one_side = names_exchange(claim) and len(entities_named(claim)) == 1
    sides = one_side or (_tells_exchange(claim) and _tells_exchange(fact)
                         and (names_exchange(claim) or names_exchange(fact)))
    claim_mentions, fact_mentions = mentions(claim, sides=sides), mentions(fact, sides=sides)
    if not claim_mentions or not fact_mentions:
        return UNKNOWN
    claim_exchange = _exchange_told(claim) if sides else _exchange(set(claim.split()))
    fact_exchange = _exchange_told(fact) if sides else _exchange(set(fact.split()))
    claim_roles = {m.actor: _canonical(m.role, claim_exchange,
                                       owns_what_is_taken=_owns_what_is_taken(claim, m))
                   for m in claim_mentions}
    fact_roles = {m.actor: _canonical(m.role, fact_exchange,
                                      owns_what_is_taken=_owns_what_is_taken(fact, m))
                  for m in fact_mentions}
    shared = [a for a in claim_roles if a in fact_roles]
    claim_named, fact_named = _named_side(claim, claim_mentions), _named_side(fact, fact_mentions)
    if sides and claim_named and fact_named and claim_named != fact_named \
            and {claim_named, fact_named} <= set(shared):
        # "China is Pakistan's biggest arms supplier" against "Pakistan is the largest
        # customer for Chinese weapons": each ranks another actor among its side.
        return REVERSED
    if len(shared) == 1 and one_side:
        return _one_side(claim_roles[shared[0]], fact_roles[shared[0]],
                         tuple(fact_roles.values()))
    if len(shared) < 2:
        return REVERSED if _owner_told_as_owned(claim, fact) else UNKNOWN
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


# Trips: who travelled where. "Putin flew to Tokyo" and "Abe's visit to Moscow" tell of trips
# the other way round: the one said to travel is where the other went.
_TRAVEL_VERBS = frozenset("""
    fly flies flew flown flying go goes went gone going travel travels travelled traveled
    travelling traveling come comes came coming head heads headed heading jet jets jetted
    journey journeys journeyed arrive arrives arrived arriving
    """.split())
_VISITING = frozenset("visit visits visited visiting".split())
_TRIP_NOUNS = frozenset("visit visits trip trips journey journeys tour tours voyage".split())
# How far a trip's destination may stand from the word that tells the trip.
_TRIP_REACH = 6
# Words that name a traveller whom `actor_of` leaves alone for being a common word elsewhere
# ("Abe's visit").
_TRAVELLER_NAMES = frozenset("abe abes".split())


def _traveller(word: str) -> str | None:
    if word in _TRAVELLER_NAMES:
        name = word if word in ENTITY_OF else word[:-1]
        return ENTITY_OF.get(name)
    return actor_of(word)


def _destination(words: list[str], start: int, *, marked: bool) -> str | None:
    """The actor a trip goes to: the first one within reach after `start` (after "to" or "in"
    when `marked`), before another trip or clause begins."""
    for k in range(start, min(len(words), start + _TRIP_REACH)):
        word = words[k]
        if word in _CLAUSE_OPENERS or word in _TRAVEL_VERBS or word in _VISITING:
            return None
        actor = actor_of(word)
        if actor is None or is_owner(word, actor):
            continue
        if not marked or marker_before(words, k) is Role.OBJECT:
            return actor
        return None
    return None


# Words before "visit" that make it a noun, no verb: "made Moscow his first visit".
_NOUN_BEFORE = frozenset("a an the his her their its first 1st official state".split())


@lru_cache(maxsize=_READINGS)
def trips(normalised: str) -> frozenset[tuple[str | None, str | None]]:
    """The trips a text tells, each as (traveller, destination), None where it names none:
    "Putin flew to Tokyo" gives (russia, japan), "during Abe's visit to Moscow" (japan,
    russia), "when Abe visited" (japan, None)."""
    words = words_of(normalised)
    found: set[tuple[str | None, str | None]] = set()
    for i, word in enumerate(words):
        if word in _TRIP_NOUNS and i > 0 and (owner := _traveller(words[i - 1])) is not None \
                and words[i - 1].endswith("s"):
            found.add((owner, _destination(words, i + 1, marked=True)))
        elif (word in _TRAVEL_VERBS or word in _VISITING) \
                and not (i > 0 and words[i - 1] in _NOUN_BEFORE):
            before = [a for w in words[max(0, i - 3):i] if (a := _traveller(w)) is not None]
            if not before:
                continue
            found.add((before[-1], _destination(words, i + 1, marked=word not in _VISITING)))
    return frozenset((t, d) for t, d in found if t != d)


def trip_reversed(claim: str, texts: Collection[str]) -> bool:
    """Whether the claim sends a traveller where the fact's texts have someone come from: its
    traveller is their trip's destination, or its destination their traveller; no text of the
    fact has the claim's traveller travel."""
    told = {(t, d) for t, d in trips(claim) if t is not None and d is not None}
    if not told:
        return False
    theirs = {trip for text in texts if text for trip in trips(text)}
    if any(t == mine for mine, _ in told for t, _ in theirs):
        return False
    return any(t == dest or (d is not None and d == mine)
               for mine, dest in told for t, d in theirs)


def _deeds(normalised: str) -> set[tuple[str, str, bool]]:
    """Each actor a text has act or be acted on by a verb, as (actor, verb's stem, acts): "China
    invited Russia" gives (china, invit, True); "China was invited" (china, invit, False);
    "Russia was invited by China" (russia, invit, False) and (china, invit, True)."""
    words = words_of(normalised)
    found: set[tuple[str, str, bool]] = set()
    for i, word in enumerate(words):
        actor = actor_of(word)
        if actor is None or is_owner(word, actor) or (i > 0 and words[i - 1] in REGION_OF):
            continue
        if _passive_subject(words, i):
            j = i + 1
            while j < len(words) and (words[j] in _LINKING or words[j] in _PASSIVE_ADVERBS):
                j += 1
            verb = words[j]
            found.add((actor, verb_stem(verb), False))
            # "was invited to the summit by Japan": the agent a few words on.
            for k in range(j + 1, min(len(words) - 1, j + _NOUN_REACH + 1)):
                if words[k] in _CLAUSE_OPENERS:
                    break
                if words[k] == "by" and (agent := actor_of(words[k + 1])) is not None:
                    found.add((agent, verb_stem(verb), True))
                    break
            continue
        j = i + 1
        while j < len(words) and words[j] in _PASSIVE_ADVERBS:
            j += 1
        if j < len(words) and words[j] in _ACTING and marker_before(words, i) is None \
                and not (i > 0 and words[i - 1] in _LINKING):
            found.add((actor, verb_stem(words[j]), True))
    return found


def verb_stem(verb: str) -> str:
    """A verb's stem, its endings of tense left off ("invited", "inviting" -> "invit")."""
    for ending in ("ing", "ed", "es", "s", "e"):
        if verb.endswith(ending) and len(verb) - len(ending) >= 3:
            return verb[:-len(ending)]
    return verb


def passive_turned(claim: str, fact: str) -> bool:
    """Whether the claim has an actor do what the fact has done to it, by the same verb: "China
    invited Russia" or "Russia was invited by China" against "China was invited"."""
    mine, theirs = _deeds(claim), _deeds(fact)
    return any((actor, verb, not acts) in theirs and (actor, verb, acts) not in theirs
               for actor, verb, acts in mine)


# A thing told as handed to its one actor: "the order went to Putin", "the prize was given to
# the mayor".
_HANDED_TO = re.compile(r"\b(?:went|goes|go|gone|was given|were given|was awarded|were awarded|"
                        r"was handed|were handed|was presented|were presented) to (?:the )?"
                        r"(?P<word>\w+)")


def lone_recipient_gives(claim: str, fact: str) -> bool:
    """Whether a normalised claim that gives one actor a role tells a thing handed to it ("the order
    went to Putin") where the fact text has that actor give to another ("Putin awarded Xi the
    order"): the recipient told is the giver."""
    found = _HANDED_TO.search(claim)
    if found is None or (actor := actor_of(found["word"])) is None \
            or claim[found.end():].startswith((" and ", " n ", " &")):
        return False
    # Two actors side by side ("went to Putin Xi put it on him" typed without its comma)
    # are no pair to read roles of: only the one the thing went to has a role here; so in
    # the clause the thing goes in ("went to Putin, then Xi put it on him").
    told = mentions(claim.split(" then ", 1)[0])
    if told is None or not {m.actor for m in told} <= {actor}:
        return False
    theirs = mentions(fact)
    if not theirs:
        return False
    first = theirs[0]
    return first.actor == actor and first.role is Role.SUBJECT \
        and any(m.actor != actor and m.role is Role.OBJECT for m in theirs[1:])


# Deals: who bought, who sold, who ended the deal. A party is any word that names one ("the
# Kremlin", "Huawei", "the security services"), actor of the pack or not: "the security
# services pushed to buy Huawei and the Kremlin blocked it" gives the Kremlin the deed the
# source gives the security services.
BUYER, SELLER, ENDER = "buyer", "seller", "ender"
_BUYING = frozenset("buy buys bought buying purchase purchases purchased purchasing cop".split())
_BUYER_NOUNS = frozenset("buyer buyers purchaser purchasers customer customers client".split())
_SELLER_NOUNS = frozenset("seller sellers vendor vendors supplier suppliers".split())
# Verbs that end a deal, their subject the one who ended it.
_DEAL_ENDING = frozenset("""
    killed kills kill scrapped scraps scrap cancelled canceled cancels cancel nixed nixes vetoed
    vetoes veto blocked blocks block torpedoed sank axed ditched reversed reverses reverse
    overturned overturn overturns overruled overrule overrules overrode override overrides shut
    """.split())
# Verbs whose object is the one whose decision was undone: "overruled the Kremlin".
_OVERRULING = frozenset("""
    overruled overrule overrules overrode override overrides challenged challenge challenges
    defied defy defies
    """.split())
# Words between a party and the deed it does: "the Kremlin decided to buy", "the security
# services actually got it reversed", "kremlin was bout to cop".
_DEED_FILLER = frozenset("""
    to decided decide decides wanted want wants tried try tries pushed push pushes planned plan
    plans was were is are had has have gonna going about bout ready set actually then later
    eventually finally first initially nearly almost would did do does just really own its
    their got get gets it managed dared so also quickly suddenly
    """.split())
# Words that name a deal or a decision, owned by the party named before them ("a Kremlin deal
# to buy", "the Kremlins decision").
_DEAL_NOUNS = frozenset("deal deals decision plan plans purchase order contract".split())
_DEED_REACH = 5
_SELLER_REACH = 4
# Forms of a verb of buying that are also nouns ("the Huawei purchase", "its Huawei buy"): a
# verb only after a word that leads to one ("to buy", "would purchase").
_BUYING_NOUNS = frozenset("buy purchase purchases".split())


def _party_word(word: str) -> bool:
    """Whether a word may name a party: not a function word, an adverb ("surprisingly") nor a
    verb's form ("considered buying")."""
    if actor_of(word) is not None:
        return True
    return word.isalpha() and not word.endswith(("ed", "ing", "ly")) \
        and word not in STOP_WORDS and word not in SKIPPABLE and word not in _JOINING \
        and word not in MARKERS and word not in _DEED_FILLER


def _party(word: str) -> str:
    """The key a party's word is compared by: an actor's name folded ("kremlin", "kremlins",
    "moscow"), any other word its plain form ("services")."""
    actor = actor_of(word) or (actor_of(word[:-1]) if word.endswith("s") else None)
    return actor or (word[:-1] if word.endswith("s") and len(word) > 4 else word)


def _doer_before(words: list[str], at: int, *, owner: bool) -> str | None:
    """The party that does the deed at `at`: the word before it past the words between a doer
    and its deed; past a deal's noun, the one whose deal it is ("a Kremlin deal to buy") when
    `owner`, else none (the deal is what is ended: "the Huawei deal got killed"). One made to
    do it ("made Moscow cancel it") does it too."""
    j = at - 1
    while j >= 0 and at - j <= _DEED_REACH and words[j] in _DEED_FILLER:
        j -= 1
    if j < 0 or at - j > _DEED_REACH:
        return None
    if words[j] in _DEAL_NOUNS:
        j -= 1
        if j < 0 or not owner:
            return None
    return _party(words[j]) if _party_word(words[j]) else None


def _agent_after(words: list[str], at: int) -> str | None:
    """The agent of a passive deed: "was killed by the security services"."""
    if at + 1 >= len(words) or words[at + 1] != "by":
        return None
    return _party_at(words, at + 2)


def _party_at(words: list[str], start: int) -> str | None:
    """The party a noun phrase opening at `start` names, by its last word ("the security
    services"); None when no party's word opens it."""
    j = start
    while j < len(words) and words[j] in SKIPPABLE:
        j += 1
    head = None
    while j < len(words) and j < start + _SELLER_REACH and _party_word(words[j]):
        head, j = words[j], j + 1
    return _party(head) if head is not None else None


def _seller_after(words: list[str], at: int) -> set[str]:
    """The parties that sell in a deal bought at `at`: those named after "from" ("from the
    telecom giant Huawei"). The thing bought ("buy Huawei servers", "buy the Su-35") is not
    read: a maker's name and a product's are told apart by nothing in the words."""
    out: set[str] = set()
    for j in range(at + 1, min(len(words), at + 1 + _DEED_REACH + 2)):
        if words[j] == "from":
            out.update(_party(w) for w in words[j + 1:j + 1 + _SELLER_REACH]
                       if _party_word(w))
            return out
        if words[j] in _JOINING and j > at + 3:
            break
    return out


def _named_as(words: list[str], at: int) -> str | None:
    """The party a noun of a side names: "the Kremlin was the buyer", "and Huawei the seller".
    Only an article may stand before the noun, then a linking verb or none."""
    j = at - 1
    if j < 0 or words[j] not in ("the", "a"):
        return None
    j -= 1
    if j >= 0 and words[j] in _LINKING:
        j -= 1
    return _party(words[j]) if j >= 0 and _party_word(words[j]) else None


def _sides_named(normalised: str) -> dict[str, set[str]]:
    """The parties a text names a side of a deal by a noun: "the Kremlin was the buyer and
    Huawei the seller"."""
    words = normalised.split()
    found: dict[str, set[str]] = {BUYER: set(), SELLER: set()}
    for i, word in enumerate(words):
        if (word in _BUYER_NOUNS or word in _SELLER_NOUNS) \
                and (named := _named_as(words, i)) is not None:
            found[BUYER if word in _BUYER_NOUNS else SELLER].add(named)
    return found


def deal_parties(normalised: str) -> dict[str, set[str]]:
    """The parties a text gives each side of a deal: its buyer, seller and ender ("the Kremlin
    decided to buy servers from Huawei; the security services killed the deal"). The one whose
    decision is overruled ("overruled the Kremlin") is its buyer."""
    words = normalised.split()
    found: dict[str, set[str]] = {BUYER: set(), SELLER: set(), ENDER: set()}
    for i, word in enumerate(words):
        if word in _BUYING:
            if word in _BUYING_NOUNS and (i == 0 or words[i - 1] not in _DEED_FILLER):
                continue
            if (doer := _doer_before(words, i, owner=True)) is not None:
                found[BUYER].add(doer)
            found[SELLER] |= _seller_after(words, i)
        elif word in _DEAL_ENDING or word in _OVERRULING:
            doer = _agent_after(words, i) or _doer_before(words, i, owner=False)
            if doer is not None:
                found[ENDER].add(doer)
            if word in _OVERRULING and (overruled := _party_at(words, i + 1)) is not None:
                found[BUYER].add(overruled)
    for side, named in _sides_named(normalised).items():
        found[side] |= named
    return found


def deal_sides_swapped(claim: str, texts: Collection[str]) -> bool:
    """Whether the claim gives a party of a deal a side ("the Kremlin blocked it") that the
    fact's texts give to another party and never to it (the security services blocked it, the
    Kremlin bought): the buyer, seller and ender of a deal told the other way round."""
    agreeing, swapped, _ = _sides_against(claim, texts)
    return swapped > 0 and swapped >= agreeing


def _sides_against(claim: str, texts: Collection[str]) -> tuple[int, int, set[str]]:
    """How many of the claim's deal parties stand on a side the fact's texts give them, how
    many on a side those texts give another party only, and the sides that agree."""
    told = deal_parties(claim)
    stated: dict[str, set[str]] = {}
    for text in texts:
        for side, parties in deal_parties(text).items():
            for party in parties:
                stated.setdefault(party, set()).add(side)
    agreeing, swapped = 0, 0
    sides: set[str] = set()
    for side, parties in told.items():
        for party in parties:
            if party not in stated:
                continue
            if side in stated[party]:
                agreeing, sides = agreeing + 1, sides | {side}
            elif any(side in s for q, s in stated.items() if q != party):
                swapped += 1
    return agreeing, swapped, sides


def deal_told_as_stated(claim: str, texts: Collection[str]) -> bool:
    """Whether the claim tells a deal's buyer and the one who ended it as the fact's texts do
    ("the Kremlin wanted to buy from Huawei and its security services blocked it"), giving no
    party another's side: the plan and its end, the story the source tells."""
    agreeing, swapped, sides = _sides_against(claim, texts)
    return swapped == 0 and agreeing >= 2 and ENDER in sides and BUYER in sides


def deal_sides_named(claim: str, texts: Collection[str]) -> bool:
    """Whether the claim names sides of a deal by nouns only, each party one the fact's texts
    give a side ("the Kremlin was the buyer and Huawei the seller"): it says who stood on which
    side, whichever, not that the deal went through."""
    named = _sides_named(claim)
    agreeing, swapped, _ = _sides_against(claim, texts)
    return any(named.values()) and agreeing + swapped == sum(map(len, named.values())) \
        and not (_BUYING | _DEAL_ENDING | _OVERRULING).intersection(claim.split())
