"""Whether a claim says the opposite of a fact text: negation cues counted where they deny.

Negation is counted by parity on both sides, so "China refused to recognise Abkhazia" and
"China did not recognise Abkhazia" agree, and "it's not true that China didn't abstain" is the
same claim as "China abstained". Phrases that contain a cue but deny nothing are left out:
bounds ("no more than $24 billion"), hedges ("not sure if", "not only"), idioms ("voted no",
"no cap"), and negative questions ("isn't it true that ...", "didn't China ...?", "..., didn't
it?"), which ask about the claim rather than deny it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz import fuzz, process

from bot.core.analysis import actor_of, content_words, endings_as_one, term_of
from bot.core.lexicon import (
    AMBIGUOUS_ENTITY_WORDS,
    ENTITY_OF,
    LIGHT_VERBS,
    NEGATION_CUES,
    NEGATIVE_AUXILIARIES,
)
from bot.core.normalise import cached_normalise as normalise
from bot.core.numbers import NUMBER_WORDS, quantities
from bot.core.patterns import opening_words
from bot.core.sureness import VOUCHING_CHAT, VOUCHING_SAYINGS, any_of

# A negative auxiliary ("didnt", "isnt"), and any word that denies what follows it ("not",
# "never" too), as alternations for the patterns below.
_NEGATIVE_AUX = f"(?:{any_of(NEGATIVE_AUXILIARIES)})"
_DENYING = f"(?:not|never|{any_of(NEGATIVE_AUXILIARIES)})"

# Words that deny what follows or what they belong to, beyond the plain cues.
LEXICAL_CUES = frozenset(
    """
    refused refuse refuses refusing failed fail fails unlikely rarely seldom hardly scarcely nowhere
    collapsed scrapped cancelled canceled aint aborted abort aborts derailed foundered fizzled
    reversal cancellation
    vetoed veto vetoes abandoned abandon abandons scrap scraps nixed shelved scuttled torpedoed
    wary warier reluctant hesitant loath unwilling
    """.split()
)
# Long cues are recognised through a typo ("refusd"); short ones are too close to other words
# ("arent" / "parent", "likely" / "unlikely") to guess at.
_TYPO_CUES = ("refused", "refusing", "collapsed", "cancelled", "unlikely")
_TYPO_CUTOFF = 88.0
_PHRASE_CUES = opening_words(
    "abcdfghiknoprstuw",
    r"\b(?:fell|fall|falls|fallen|falling) (?:through|thru|apart)\b|\bcalled off\b"
    r"|\b(?:declined|declines|decline|declining) to\b"
    r"|\b(?:pulled|pull|pulls|pulling) back from\b"
    # "killed the deal" or "dropped the plan" ends it; "killed soldiers" or "dropped 5%" is no
    # denial.
    r"|\b(?:killed|kill|kills|killing|sank|sunk|dropped|drop|drops|dropping|axed|axe|axes|"
    r"ditched|ditch|ditches|blocked|block|blocks|blocking|reversed|reverse|reverses|overturned|"
    r"overturn|overturns|cancel|cancels|stopped|stop|stops|stopping|halted|halt|halts|"
    r"scuppered|scupper|scuppers|overruled|overrule|overrules|overrode|override|overrides) "
    r"(?:a |an |the |its |their |this |that )?"
    r"(?:\w+ ){0,3}?(?:deal|plan|project|purchase|contract|agreement|pledge|bid|talks|decision)\b"
    # "overruled the Kremlin on a Huawei purchase": whose decision, then the deal it ended.
    r"|\b(?:overruled|overrule|overrules|overrode|override|overrides) (?:\S+ ){1,3}?(?:on|over) "
    r"(?:a |an |the |its |their )?(?:\w+ ){0,3}?(?:deal|plan|purchase|contract|decision|bid)\b"
    r"|\b(?:backed|back|backs|pulled|pull|pulls) out of\b|\b(?:walked|walk|walks) away from\b"
    # "the deal blew up", "was gonna buy a stake before it blew up": a deal's end. A thread
    # or a story that blew up took off.
    r"|\b(?:(?:deal|plan|project|purchase|contract|agreement|pledge|bid|talks)|"
    r"(?:before|until|till|then|when|and|but) (?:it|that))"
    r" (?:\S+ )?(?:blew up|blown up|imploded|went belly up|went south|went bust)\b"
    # "reneged on the pledge", "ghosted Russia on the pledge": a promise not kept. Ghosting
    # someone over a vote or a talk is no such thing.
    r"|\b(?:reneged|renege|reneges|reneging) on\b"
    # "pledged $25 billion then bailed", "and then ghosted", "but backed out": the one who
    # promised, gone at the end of the clause. Bailing water out is no such thing.
    r"|\b(?:then|but|and then|before|until) (?:\w+ )?(?:bailed|bails|ghosted|ghosting|"
    r"backed out|pulled out|walked away)(?! (?:of|from|water|the|a|an)\b)(?: \w+)?$"
    r"|\b(?:ghosted|ghost|ghosts|ghosting) (?:\S+ ){0,2}?on "
    r"(?:a |an |the |its |their |this |that )?(?:\S+ ){0,4}?"
    r"(?:deal|plan|project|purchase|contract|agreement|pledge|bid|promise)\b"
    # "it is rare for empires to ally with colonies" says what "empires rarely ally" says.
    r"|\b(?:its|it is|it was|it s) (?:very |quite |extremely )?(?:rare|uncommon) (?:for|to|that)\b"
    # The same, told of the deal: "the decision was reversed", "got it overturned", "the deal
    # died", "the deal was off".
    # ("the deal actually got reversed": a word that stresses or orders it may come first.)
    r"|\b(?:deal|plan|project|purchase|contract|agreement|pledge|bid|talks|decision)\b "
    r"(?:(?:actually|really|indeed|then|later|eventually|finally|suddenly|ultimately) )?"
    r"(?:(?:was|were|got|gets|is|has been|had been|been) )?(?:\w+ )?"
    r"(?:killed|reversed|overturned|blocked|axed|ditched|dropped|died|dead|off)\b"
    r"|\bgot it (?:killed|reversed|overturned|blocked|axed|ditched|dropped)\b"
    # "challenged the decision and managed to reverse it": "it" the deal or decision just named.
    # ("Scrapped" or "cancelled" deny by themselves, and are not counted again.)
    r"|\b(?:deal|plan|project|purchase|contract|agreement|pledge|bid|decision)\b"
    r"(?: \S+){0,6}? (?:killed|kill|kills|reversed|reverse|reverses|overturned|overturn|"
    r"overturns|blocked|block|blocks|axed|ditched|dropped|cancel) it\b"
    # "nearly bought", "came close to signing": it was not done. A figure nearly reached
    # ("nearly doubled", "almost hit $100 billion") is a bound, read with the figures.
    r"|\b(?:nearly|almost) (?!(?:doubled|tripled|quadrupled|halved|reached|hit|topped|"
    r"totaled|totalled|equaled|equalled|matched|exceeded|surpassed)\b)"
    r"(?!\S+ (?:by |to |over |about |around )?\d)"
    r"(?=[a-z]{3,}ed\b|(?:bought|sold|won|lost|made|took|gave|sent|went|built|broke|began|"
    r"fought|paid|struck|left)\b)"
    r"|\b(?:came|come|comes|coming) close to [a-z]{3,}ing\b"
    # "barely invested", "barely trades", "barely ever met": the deed hardly done at all.
    # "Barely $5 billion" or "barely two" tells a figure small.
    r"|\bbarely (?=ever\b|[a-z]{3,}(?:ed|s)\b)")

# Words that close a statement by stressing what it tells ("China's economy is seven times
# Russia's, not even close", "..., no contest"): they deny nothing of their own.
GAP_STRESSED = ("not even close", "no contest")

_NOT_DENYING = opening_words(
    "1abcdfghilnorstvw",
    r"\b(?:no|not) (?:more|less|fewer|greater|later|earlier|longer|sooner) than\b"
    # "didn't exceed $24 billion" bounds the figure from above: "no more than".
    r"|\b(?:didnt|did not|doesnt|does not|never|not) (?:(?:go|goes|went|rise|rose|get|got) )?"
    r"(?:exceed|exceeded|exceeding|top|topped|surpass|over|above|beyond|past)\b"
    r"(?= (?:[a-z]+ )?\d)"
    r"|\bnot (?:only|just|merely|sure|certain)\b"
    # "isn't selling it to china alone": not only to China, to others too.
    r"|\b" + _DENYING + r"\b(?= (?:\S+ ){1,8}?alone\b)"
    # "no other leader is as close to him as Xi", "nobody else comes closer": the one named
    # put above all others, a superlative; nothing denied.
    r"|\b(?:no other|nobody else|no one else|noone else)\b"
    r"(?=(?: \S+){0,5}? (?:as (?:\S+ )?(?:much|many|often|close|closely|big|large|high|far|"
    r"long|good) as|more|better|bigger|larger|closer|higher|further|longer)\b)"
    # "no wonder", "no idea", "it was no contest": idioms, no denial.
    r"|\bno (?:wonder|idea|joke|kidding|lie|contest)\b"
    # "went through no problem", "no problems at all": how a deed went, not a denial of it;
    # problems had ("had no problems", "there were no problems") or a thing that is no problem
    # ("money is no problem") are denied.
    r"|(?<!\bhad )(?<!\bhas )(?<!\bhave )(?<!\bfaced )(?<!\bsaw )(?<!\bis )(?<!\bwas )"
    r"(?<!\bare )(?<!\bwere )(?<!\bbe )(?<!\btheres )\bno (?:problem|problems|issue|issues|"
    r"hitch|hitches)\b"
    # "no daylight between them": the two sides at one, nothing denied.
    r"|\bno (?:daylight|real daylight) between\b"
    # "not a great surprise", "no surprise there", "hardly surprising": how expected the claim
    # was, nothing of it denied.
    r"|\b(?:not|no|hardly|isnt|wasnt) (?:a |an |any |much |of a |too |that |so |very |real |"
    r"great |big |huge |massive |total )*(?:surprise|surprising|surprisingly|shock|shocking|"
    r"shocker)\b"
    # "no doubt", "no cap": the claim vouched for, not denied.
    rf"|\b(?:{any_of(VOUCHING_SAYINGS, VOUCHING_CHAT)})\b"
    rf"|\b(?:{any_of(GAP_STRESSED)})$"
    # "joined so it wouldn't worry", "so as not to alarm them": a purpose, to keep something
    # from happening; the deed told is not denied.
    r"|\b(?:so as not|in order not)\b|\bso (?:that )?\S+ (?:wouldnt|would not)\b"
    # "China ambushed them, not the other way round": the roles told are confirmed.
    r"|\b(?:and )?not (?:the other way (?:round|around)|vice versa|the reverse)\b"
    # "the gap gets wider, not smaller", "worse off not better": a comparative told, and its
    # contrary set aside after it; nothing of the claim denied.
    r"|(?:(?<=[a-z]er )|(?<=[a-z]er off )|(?<=worse )|(?<=worse off )|(?<=better )|(?<=better off )"
    r"|(?<=more )|(?<=less ))(?:and |but )?not (?!(?:ever|never|other|after|under|over|either|"
    r"neither|rather|whether|together)\b)(?=(?:[a-z]{2,}er|worse|better|less|more)\b)"
    # "we weren't that far off", "not far from the truth": near the mark, no denial.
    r"|\b(?:not|isnt|arent|wasnt|werent|aint) (?:even |really )?(?:that |so |too |all that )?"
    r"far (?:off|from)\b"
    r"|\b(?:dont|didnt|do not|did not) know (?:if|whether)\b"
    # "a framing I hadn't heard before", "didn't expect that": what the writer knew of the
    # claim, nothing of it denied.
    r"|\b(?:i|we) (?:hadnt|havent|had not|have not|didnt|did not|never|wouldnt have|would not "
    r"have) (?:even |really |ever )?(?:heard|known|realised|realized|noticed|expected|guessed|"
    r"thought of|come across|seen that|seen this|seen it)\b"
    r"|\b(?:didnt|did not) expect (?:that|this|it)\b"
    # "the reversal didn't originate with the Kremlin": whom a deed came from denied, not the
    # deed.
    r"|\b(?:didnt|did not|doesnt|does not|wasnt|was not|never) (?:originate|originated|come|"
    r"came|stem|stemmed) (?:with|from)\b"
    # "inspired, if not engineered, by the US": one thing told, perhaps more; nothing denied.
    r"|\bif not\b"
    r"|\b(?:vote|votes|voted|voting|say|says|said) no\b"
    # "no way!" is surprise; "no way Russia sold it" denies, and is counted below.
    r"|\bno way\b(?!(?: \S+){3})"
    # "true or not?" asks.
    r"|\b(?:true|right|correct|real|accurate) or not\b|\bor (?:not|no|nope|nah+)$"
    r"|\bnothing (?:more|less|but|short of|else but)\b"
    # "$24bn, which is nothing for them", "..., that's kinda nothing": a sum judged small (for
    # someone, or closing the text), nothing denied.
    r"|(?<!\bthere )\b(?:is|was|thats|its) (?:basically |like |practically |just |kinda |"
    r"kind of |pretty much |literally )?nothing(?: for\b|$)"
    # "nobody else wants it", "no buyer other than China", "no other country gets it": the
    # one named (or meant) is told alone, as "only" tells it; nothing is denied of it. A bare
    # "no other club does" denies the others.
    r"|\b(?:nobody|no one|noone|none|nothing) else\b|\bno \w+ other than\b"
    r"|\bno other(?= (?:[a-z]+ )?(?:country|countries|nation|nations|state|states|buyer|buyers"
    r"|customer|customers|client|clients|supplier|suppliers|partner|partners)\b)"
    # "every single one, no exceptions": the whole stressed, nothing denied.
    r"|\bno exceptions?\b"
    # "celebrated Xi's birthday, not his own": whose it was told by setting the other aside.
    r"|\bnot (?:his|her|their|its) own\b"
    # "not unlike the one in trade", "not dissimilar": alike, said by denying the unlike.
    r"|\bnot (?:unlike|dissimilar)\b"
    # "nothing in common", "little in common", "don't have much in common": told alike, each
    # says two things are unlike, as "different" does; none denies what is told of them.
    r"|\b(?:(?:nothing|little|few|no|hardly any|hardly anything|not much|not a lot)(?: \w+)?"
    r"|(?:dont|doesnt|didnt|do not|does not|did not) (?:really )?(?:have|share) "
    r"(?:much|anything|a lot|many)(?: \w+)?) in common\b"
    # "isn't anything more than a hobby", "wasn't anything but talk": no more than that, the
    # thing named held to what it is, not denied.
    r"|\b(?:not|isnt|arent|wasnt|werent|aint) (?:really )?(?:anything|any|much) "
    r"(?:more than|other than|but|else but)\b"
    # "can afford it in a way China can't": the denial is of the other one compared.
    r"|\bin (?:(?:a|the) )?ways? (?:that )?(?:\S+ ){1,2}?(?:cant|cannot|couldnt|doesnt|dont|wont|"
    r"isnt|arent|wasnt|werent|didnt)\b(?: \S+)?$"
    # "hardly any troops", "hardly sent much", "hardly the only one": an amount or a kind told
    # small, the deed itself not denied.
    r"|\b(?:hardly|scarcely)\b"
    r"(?= (?:\S+ )?(?:much|many|any|anything|anyone|a|an|the|alone|only|unique|exclusive)\b)"
)
# "..., it's not that long", "..., not that important": a closing judgment of what the claim
# told, after it (not after "is" or "are", where it is the claim: "the border is not that
# long").
# "hit many NGOs, not all of them": a part told, then held short of the whole; no denial of
# the part.
_PART_NOT_ALL = re.compile(
    r"(?P<part>\b(?:many|most|some|several|few|much|half|lots|plenty|numerous)\b(?: \S+){0,8}?)"
    r" (?:but |though |yet |and |just |although )?not (?:all|every|each|everyone|everything)\b"
    r"(?: (?:one|single one|of them|of it|of those))?")
_SMALL_JUDGED = opening_words(
    "intw",
    r"(?<=\S )(?<!\bis )(?<!\bare )(?<!\bwas )(?<!\bwere )(?<!\bbe )(?<!\bbeen )"
    r"(?:(?:its|it s|it is|thats|that s|that is|which is) )?"
    r"not (?:that|so|all that|too|very|really|super|such an?) (?:long|big|large|much|many|high|"
    r"important|"
    r"impressive|significant|huge|great|special|deep|strong)(?: (?:a )?(?:gap|deal|number))?"
    r"(?: (?:honestly|really|tbh|imo|tho|though|lol))?$")
# "..., that's not a bestie move", "..., not very loyal of them": a closing remark judging the
# deed, which denies none of it.
_DEED_JUDGED = opening_words(
    "intw",
    r"(?<=\S )(?:(?:its|it s|it is|thats|that s|that is|which is) )?"
    r"not (?:(?:a|an|exactly|exactly an?|really an?|very|exactly|too|so|that|super|really) )?"
    r"(?:(?:\S+ ){0,2}?(?:move|look)(?: (?:thats|that s|its|more like|just) (?:an? )?"
    r"(?:\S+ ){0,2}?(?:move|look))?"
    r"|\S+ of (?:the )?(?P<judged>\S+))$")
_JUDGED_PRONOUNS = frozenset({"them", "him", "her", "it", "us"})


def _drop_deed_judged(text: str) -> str:
    """The text without a closing remark judging the deed ("not very loyal of them", "not
    very nice of India"): the remark names whom it judges by a pronoun or an actor."""
    def judged(found: re.Match[str]) -> str:
        whom = found.group("judged")
        if whom is None or whom in _JUDGED_PRONOUNS or actor_of(whom) is not None:
            return " "
        return found.group(0)
    return _DEED_JUDGED.sub(judged, text)
# "didn't vote against Russia, just abstained": the denial is of what the claim sets aside;
# the claim itself is what follows "just", "only", "instead", "rather", "merely", "but".
_CONTRASTED = re.compile(
    r"\b" + _DENYING + r"\b"
    r"(?P<denied>(?:(?!\b(?:just|only|instead|rather|merely|simply|but)\b).){1,80}?)"
    # "the only buyer" names one of a kind: no contrast ("it's just ..." is one).
    r"(?:\b(?:just|instead|rather|merely|simply|but)\b|(?<!\bthe )(?<!\bits )(?<!\btheir )"
    r"\bonly\b)(?P<claimed>.+)$"
    # "didn't vote against, it abstained": a new clause whose pronoun does something else.
    r"|\b" + _DENYING + r"\b"
    r"(?:.{1,80}?) (?:it|they|he|she|many|most|some|several) (?P<done>[a-z]{3,}ed\b.*)$")
# "china abstained, it didnt vote against": a claim, then a new clause whose pronoun denies
# something else of the same actor, the contrary set aside after the claim.
_CONTRARY_AFTER = re.compile(
    r"^(?P<kept>(?:\S+ ){2,}?)(?:it|they|he|she) "
    r"(?:didnt|did not|doesnt|does not|dont|do not|never|wasnt|was not|werent|isnt|arent|"
    r"hasnt|havent|wont) (?P<denied>.+)$")
# "isn't it true that ...", "didn't China ...", "is it not true that ..." open a question.
_LEADING_QUESTION = re.compile(
    r"^(?:(?:so|but|wait|and|hey|ok|okay|like|um|hmm)\s+)*"
    r"(?:" + _NEGATIVE_AUX + r"\b|is it not true that\b|is it not the case that\b"
    # "does the delegate not agree that ...?": someone asked to grant what follows.
    r"|(?:do|does|did|would|will|can|could|should|shall) (?:\S+ ){1,5}?not "
    r"(?:agree|accept|think|believe|recogni[sz]e|see|admit|concede|acknowledge) that\b)"
)
# "..., didn't it?", "..., isn't that right?" close one.
_TAG_QUESTION = re.compile(
    r"\b" + _NEGATIVE_AUX + r" (?:it|they|he|she|we|you|there|that|this)(?: right| so| true)?$"
)
# "it's a myth that ...", "it is false that ..." deny without a cue.
_DENIAL_PREFIX = re.compile(
    r"^(?:its|it is|thats|that is|this is)?\s*(?:a |an |total |complete |pure )?"
    r"(?:myth|false|untrue|lie|fake news|fake|wrong|nonsense|bs|bullshit|incorrect) that\b"
)
# A word of denial after the whole statement: "X? nope", "X - that's wrong".
# ("..., or nah" closes a question, as "or not" does.)
_DENIAL_CLOSE = re.compile(r"(?<!\bor )\b(?:nope|nah+|"
                           r"(?:thats|that is|this is) (?:wrong|false|untrue))$")
# "less" or "fewer" without a number after them compare the other way: "invested less in X".
# "Less than three times" bounds a figure, as "less than 3" does.
# "Less to bolster an alliance than to reassure China" keeps one purpose and sets the other
# aside, as "rather than" does: no denial.
_COMPARATIVE_LESS = opening_words(
    "fl",
    # "$148 billion in Africa vs way less in Russia": the other side of a comparison told.
    r"(?<!\bvs )(?<!\bversus )(?<!\bvs way )(?<!\bvs far )(?<!\bvs much )(?<!\bvs a lot )"
    # ("gets less out of the order than Russia" compares; "less out of fear than out of
    # greed" sets a reason aside.)
    r"\b(?:less|fewer)\b(?! (?:to|as|for|because|about|by)\b)"
    r"(?! out of\b.*\b(?:than|as|but) out of\b)"
    r"(?! than \d)(?! than (?:a|an|half|twice|double|triple|"
    + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r")\b)")


# A deed denied, then the same told by what ended it in a clause of its own: "the purchase did
# not happen in the end, it fell through".
_TOLD_TWICE = re.compile(
    r"\b(?:didnt|did not|never|wont|will not|doesnt|does not) (?:\S+ )?"
    r"(?:happen|happened|go ahead|went ahead|went through|go through|materialise|materialize|"
    r"materialised|materialized|come off|pan out)\b"
    r"(?: \S+){0,4}? (?:it|that|this|the deal|the plan|and|and it) (?:just |simply |basically )?"
    r"(?:fell|fall|falls|fallen) (?:through|thru|apart)\b")


# A thing denied, and in a clause of its own the talk of it called overstated: "it's not an
# alliance, the reports are greatly exaggerated" denies once, the denial told twice.
_OVERSTATED = (r"(?:is|are|was|were|been|being|got) (?:\S+ )?"
               r"(?:exaggerated|overblown|overstated|overhyped|overdone)\b")
_THING_DENIED = r"\b(?:not|isnt|arent|wasnt|werent) (?:really |even |quite )?(?:a|an|any) \S+"
_DENIED_AS_OVERSTATED = re.compile(
    _THING_DENIED + r"(?: \S+)*? \S+ " + _OVERSTATED + r"|\b" + _OVERSTATED + r"(?: \S+)*? "
    + _THING_DENIED)


# The same ending told again after it as the deed that never came: "the purchase collapsed,
# (it) never closed", "was scrapped and never went through".
_NEVER_CAME = re.compile(
    r"\b(?:and |but )?(?:it |that |this |the deal |the plan |so it )?(?:just |simply )?"
    r"(?:didnt|did not|never|wasnt|was not) (?:actually |even |really )?"
    r"(?:happen|happened|close|closed|go through|went through|go ahead|went ahead|"
    r"materialise|materialize|materialised|materialized|complete|completed|come off|pan out|"
    r"get done|got done|finalised|finalized|get finalised|get finalized|"
    r"get signed|got signed)\b")


# A deed denied, then how it came out told in a closing clause of its own: "putin didn't give
# the islands back, it went nowhere", "they never signed, the talks led nowhere".
_CAME_TO_NOTHING = re.compile(
    r"\b(?:and |but |so )?(?:it|that|this|they|the (?:deal|plan|offer|talks|idea|proposal))"
    r" (?:just |simply |basically |ultimately |all |never )?(?:went|led|got|goes|leads|gets|"
    r"came to|comes to) (?:nowhere|nothing)$")


# An ending told of "it", the thing a clause before it named: "got it reversed", "killed it".
_ENDED_AGAIN = re.compile(
    r"\b(?:got|get|gets|getting|had) it (?:killed|reversed|overturned|blocked|axed|ditched|"
    r"dropped|scrapped|cancelled|canceled)\b"
    r"|\b(?:killed|reversed|overturned|blocked|axed|ditched|scrapped|cancelled|canceled|"
    r"torpedoed|scuttled|scuppered|nixed|vetoed) it\b")


def _ends_something(normalised: str) -> bool:
    """Whether a normalised text tells something ended by a word or phrase of its own
    ("torpedoed the purchase"), a plain "not" aside."""
    return any(w in LEXICAL_CUES for w in normalised.split()) \
        or _PHRASE_CUES.search(normalised) is not None


# A claim closed by the source's silence on it: "..., the article doesn't say that at all".
_SOURCE_SAYS_NOT = re.compile(
    r"\b(?:the (?:article|author|writer|piece|source)|it|he|aron) "
    r"(?:doesnt|does not|didnt|did not|never) (?:even )?(?:say|says|said|mention|mentions|"
    r"mentioned|claim|claims|claimed)"
    r"(?: (?:that|so|this|it|anything like that|any of that|any of it))?"
    r"(?: at all)?$")


_STRESSED_DENIAL = re.compile(
    r"(?P<denial>\b(?:" + _DENYING + r"|no|failed|refused)\b.*?)\bnot even\b")


# One alone, then none besides it: "China is the only buyer, nobody else wants it".
_ALONE_RESTATED = re.compile(
    r"\b(?:only|sole|solely|exclusive|exclusively|alone)\b.*?"
    r"\b(?:nobody|no one|noone|none|nothing|no) (?:else|other)\b")


# A denial of any one closing a text that denies already: "not a single one", "not one",
# "none at all", "not any of them".
_DENIAL_RESTATED = opening_words(
    "acdhinsw",
    r"(?P<denial>\b(?:" + _DENYING + r"|no|none|nobody|nothing)\b.*?)\b"
    r"(?:not (?:a single|one|a one|any)(?: (?:one|bit|of them|of it))?"
    r"|none (?:at all|whatsoever)|not at all)$")
# "nothing came of it, putin didnt offer anything": "nothing" told, then again of one actor as
# the deed that gave nothing, in a clause of its own that closes the text.
_NOTHING_RESTATED = re.compile(
    r"\b(?:nothing|no) (?:\S+ ){1,8}?(?P<again>\S+ (?:didnt|did not|never|doesnt|does not) "
    r"(?:\S+ ){1,2}?anything)$")


@lru_cache(maxsize=50_000)
def _is_cue(word: str) -> bool:
    if word in NEGATION_CUES or word in LEXICAL_CUES:
        return True
    if len(word) < 6:
        return False
    return process.extractOne(word, _TYPO_CUES, scorer=fuzz.ratio,
                              score_cutoff=_TYPO_CUTOFF) is not None


# Words that go on with a predicate straight after a leading negative word: "isn't top 10 in
# imports", "doesn't make the top ten", "isn't even in the top ten". No subject comes between,
# so the clause has lost it to the clause before and denies; a question names its subject
# there ("isn't Russia in the top ten?").
_PREDICATE_OPENERS = frozenset(
    "top in among on at part even really actually quite make makes made rank ranks ranked "
    "crack cracks cracked break breaks feature features featured appear appears appeared "
    "figure figures figured reach reaches reached count counts counted".split())


def _asks_of(rest: str) -> bool:
    """Whether the words after a leading negative word ask a question: they do not go on
    with a predicate or a figure straight away."""
    first = rest.split()[:1]
    return not first or not (first[0] in _PREDICATE_OPENERS or first[0][:1].isdigit())


def _nor_continuing(words: list[str]) -> int:
    """How many of the words' "nor" follow another plain denial, which they go on with."""
    seen = False
    count = 0
    for word in words:
        if word == "nor" and seen:
            count += 1
        elif word in NEGATION_CUES:
            seen = True
    return count


# "..., not Russia into China" closing a claim that told China into Russia: the roles set
# aside, as "not the other way round" sets them aside.
_ROLES_SET_ASIDE = re.compile(
    r"\s(?:and |but )?not (?P<other>\w+) (?:into|in|to|from|on|with|for) (?P<one>\w+)$")


def _roles_set_aside(text: str) -> str:
    """A text without a closing "not B into A" where it told A's deed with B before it: the
    contrary set aside confirms the roles told, and denies nothing."""
    found = _ROLES_SET_ASIDE.search(text)
    if found is None:
        return text
    one, other = actor_of(found.group("one")), actor_of(found.group("other"))
    before = [actor_of(w) for w in text[:found.start()].split()]
    told = [a for a in before if a in (one, other)]
    if one is None or other is None or one == other or told[:1] != [one] or other not in told:
        return text
    return text[:found.start()]


@lru_cache(maxsize=16_384)
def negations(normalised: str, *, comparatives: bool = True, lexical: bool = True) -> int:
    """How many times a normalised text denies its claim (only the parity matters).

    `comparatives` counts a bare "less" or "fewer" as a denial ("invested less in X"); the
    checker turns it off where it reads the comparison itself. `lexical` counts words that
    deny by their meaning ("refused", "failed", "fell through") as well as plain negations."""
    text = _drop_deed_judged(_SMALL_JUDGED.sub(" ", _NOT_DENYING.sub(
        " ", _roles_set_aside(normalised))))
    if "not" in text:  # (no match without it)
        # "many NGOs, not all of them": the whole set aside is no denial of the part.
        text = _PART_NOT_ALL.sub(r"\g<part>", text)
    # "never failed to back it, not even on Crimea": "not even" after a denial stresses it.
    if "not even" in text:  # (no match without it)
        text = _STRESSED_DENIAL.sub(r"\g<denial>", text)
    # "none of them were finished, not a single one": the denial told again to stress it.
    text = _DENIAL_RESTATED.sub(r"\g<denial>", text)
    if (again := _NOTHING_RESTATED.search(text)) is not None:
        text = text[:again.start("again")]
    said_too = _SOURCE_SAYS_NOT.search(text)
    if said_too is not None and any(w in NEGATION_CUES for w in text[:said_too.start()].split()):
        # "no way Putin signed it, the article doesn't say that": the denial told again as
        # the source's silence.
        text = text[:said_too.start()]
    count = 0
    lead = _LEADING_QUESTION.match(text)
    if lead is not None and _asks_of(text[lead.end():]):
        text = text[lead.end():]
    text = _TAG_QUESTION.sub(" ", text)
    if _DENIAL_PREFIX.match(text):
        count += 1
    if _DENIAL_CLOSE.search(text):
        count += 1
    words = text.split()
    # "neither ... nor", "didn't vote against it, nor for it": a "nor" after a denial goes on
    # with it, and denies once with it.
    count -= _nor_continuing(words)
    if _ALONE_RESTATED.search(text) is not None:
        # "the only buyer, nobody else wants it": one alone, told again as none besides.
        count -= 1
    if _TOLD_TWICE.search(text) is not None:
        # "it didn't happen, it fell through": one denial told twice.
        count -= 1
    if _DENIED_AS_OVERSTATED.search(text) is not None:
        count -= 1
    if lexical and (came := _NEVER_CAME.search(text)) is not None \
            and _ends_something(text[:came.start()]):
        # "the purchase collapsed, never closed": the ending told, then told again as the
        # deed that never came.
        count -= 1
    if (came := _CAME_TO_NOTHING.search(text)) is not None \
            and any(w in NEGATION_CUES for w in text[:came.start()].split()):
        # "didn't give them back, it went nowhere": the denial told again as the outcome.
        count -= 1
    if lexical and (again := _ENDED_AGAIN.search(text)) is not None \
            and _ends_something(text[:again.start()]):
        # "torpedoed the purchase and got it reversed": the ending told, then told again of
        # "it", the thing it ended.
        count -= 1
    if not lexical:
        return count + sum(1 for w in words if w in NEGATION_CUES)
    count += sum(map(_is_cue, words))
    count += len(_PHRASE_CUES.findall(text))
    if comparatives:
        count += len(_COMPARATIVE_LESS.findall(text))
    return count


# "invited to reassure china, not to bolster an alliance": a purpose or reason set aside after
# the one claimed.
_SET_ASIDE_AFTER = re.compile(
    r"^(?P<claimed>(?:\S+ ){3,}?)(?:and )?not (?:to|as|for|because|out of|so much)\b")


# "invited to allay its concerns rather than to bolster an alliance": the purpose, reason or
# means a text keeps, and the one it sets aside, told alike ("to ... rather than to ...").
_KEPT_AND_ASIDE = re.compile(
    r"^(?P<kept>(?:\S+ ){3,}?)(?:and )?(?:not|rather than|instead of) "
    r"(?P<aside>(?:to|as|for|because|by|out of) .+)$")


def _kept_and_aside(normalised: str) -> tuple[str, frozenset[str], frozenset[str]] | None:
    """A text that keeps one purpose (or reason, or means) and sets another aside: the text
    up to the one set aside, and the terms of the one kept and of the one set aside, each
    without the other's. The purpose kept is the tail of the text from the last word the one
    set aside opens with ("to allay its concerns" against "to bolster an alliance")."""
    found = _KEPT_AND_ASIDE.match(normalised)
    if found is None:
        return None
    kept, aside = found.group("kept").split(), found.group("aside").split()
    opens = [i for i, word in enumerate(kept) if word == aside[0]]
    item = " ".join(kept[opens[-1]:] if opens else kept[-len(aside):])
    kept_terms, aside_terms = _terms(item), _terms(" ".join(aside))
    return found.group("kept").strip(), kept_terms - aside_terms, aside_terms - kept_terms


def speaks_of_the_aside(claim: str, fact: str) -> str | None:
    """The fact text (normalised) read up to what it sets aside, when the claim speaks of
    that and not of what the fact keeps instead ("the invitation wasn't about bolstering an
    alliance" against "invited to allay its concerns rather than to bolster an alliance"):
    the fact denies what the claim speaks of. None otherwise."""
    found = _kept_and_aside(fact)
    if found is None:
        return None
    kept, kept_terms, aside_terms = found
    terms = _terms(claim)
    return kept if terms & aside_terms and not terms & kept_terms else None


# "invited less to bolster an alliance than to reassure china" ("not so much ... but to ..."):
# one purpose (or reason, or means) kept and one set aside, told as "to reassure china rather
# than to bolster an alliance".
_LESS_THAN = re.compile(
    # ("gets less out of the order than Russia does" compares how much: "out of" opens a
    # reason only when told again after "than".)
    r"\b(?:less|not so much|not as much) (?!out of\b(?!.*\b(?:than|as|but) out of\b))"
    r"(?P<opens>to|as|for|because|about|out of|by) "
    r"(?P<aside>.+?) (?:than|as|but) (?:(?P=opens) )?(?P<kept>.+)$")


# A claim's last purpose: "invited to Vostok mainly to cement an alliance".
_LAST_PURPOSE = re.compile(
    r"\b(?:mainly|mostly|chiefly|primarily|largely|just|only|really|basically) to "
    r"(?P<purpose>(?:\S+ ){0,5}\S+)$")


def purposes_in_order(normalised: str) -> str:
    """A text that sets a purpose aside with "less ... than", told as "... rather than": the one
    kept first, then the one set aside."""
    found = _LESS_THAN.search(normalised)
    if found is None:
        return normalised
    opens = found.group("opens")
    return (f"{normalised[:found.start()]}{opens} {found.group('kept')} rather than {opens} "
            f"{found.group('aside')}")


def purposes_swapped(claim: str, fact: str) -> bool:
    """Whether the claim keeps the purpose (or reason, or means) the fact text sets aside, or
    sets aside the one it keeps: "invited less to calm china than to build an alliance" against
    "invited to allay its concerns rather than to bolster an alliance"."""
    mine = _kept_and_aside(purposes_in_order(claim))
    theirs = _kept_and_aside(purposes_in_order(fact))
    if mine is None or theirs is None:
        return False
    _, kept, aside = mine
    _, fact_kept, fact_aside = theirs
    return bool((kept & fact_aside and not kept & fact_kept)
                or (aside & fact_kept and not aside & fact_aside))


def purpose_set_aside(claim: str, fact: str) -> bool:
    """Whether a claim with one purpose ("invited mainly to cement an alliance") names the one
    the fact text sets aside ("to allay its concerns rather than to bolster an alliance"), and
    not the one it keeps."""
    found = _LAST_PURPOSE.search(claim)
    theirs = _kept_and_aside(purposes_in_order(fact))
    if found is None or theirs is None or _kept_and_aside(purposes_in_order(claim)):
        return False
    purpose = _terms(found.group("purpose"))
    return bool(purpose & theirs[2]) and not purpose & theirs[1]


# A sum named, then a pronoun: "the 25 billion it", "the money they".
_AMOUNT_BEFORE = re.compile(
    r"(?:\d\S*|thousand|million|billion|trillion|usd|dollars|money|sum|cash|funds|amount) "
    r"(?:it|they|he|she) $")


# "didn't launch it in kazakhstan, it was in china": a place denied, then the place it was in
# told as the correction.
_PLACE_CORRECTED = re.compile(
    r"^(?P<denied>.*\b" + _DENYING + r"\b.+?) "
    r"(?:but|rather|instead|(?:it|that|they|this) (?:was|were|happened|took place)|it was)"
    r"(?: (?:actually|really|all))? (?:in|at) \S+(?: \S+)?$")


def place_denied(normalised: str) -> str:
    """The denial a text makes before the place it tells as the correction ("xi didnt launch
    bri in kazakhstan it was in china" denies "xi didnt launch bri in kazakhstan"); the text
    whole where it corrects no place."""
    match = _PLACE_CORRECTED.match(normalised)
    return match.group("denied") if match is not None else normalised


def contrasted(normalised: str) -> str:
    """What a contrast claims: "china didnt vote against russia just abstained" claims "just
    abstained", and "invited to reassure china not to bolster an alliance" claims "invited to
    reassure china"; text without such a contrast is returned whole."""
    match = _CONTRASTED.search(normalised)
    if match is not None and match.group("done") \
            and _AMOUNT_BEFORE.search(normalised[:match.start("done")]) is not None:
        # "didn't pay the 25 billion it pledged": a pronoun after a sum named opens a clause
        # telling of that sum, no claim of its own.
        match = None
    if match is not None:
        claimed = match.group("claimed") or match.group("done")
        if claimed and len(claimed.split()) >= 1:
            return claimed.strip()
    after = _SET_ASIDE_AFTER.match(normalised)
    return after.group("claimed").strip() if after is not None else normalised


# "it was Russia who invited India, not China": an actor set against the one the claim tells
# of, denied in its place. ("Not us" is the chat's own.)
# The figures that may follow the actor set against: "not china, like 35 percent vs 12".
_FIGURES_AFTER = (r"(?: (?:like|with|at|about|around|roughly|eg|ie))? \d+(?:\.\d+)?"
                  r"(?: (?:\d+(?:\.\d+)?|percent|vs|versus|to|against|and|or|billion|million))*")
_ACTOR_NAME = (r"(?:the )?(?:"
               + any_of(tuple(w for w in ENTITY_OF if w not in AMBIGUOUS_ENTITY_WORDS))
               + r")s?")
# "..., not by Xi and Putin": the actors set against may be a pair.
_ACTOR_SET_AGAINST = re.compile(
    r"^(?P<claimed>(?:\S+ ){3,}?)(?:and |but )?not (?:(?:to|in|from|by|with|for) )?"
    rf"{_ACTOR_NAME}(?: (?:and|or|n|&) {_ACTOR_NAME})?"
    rf"(?:{_FIGURES_AFTER})?$")


def actor_set_against(normalised: str) -> str:
    """The claim a normalised text makes before it denies the same of another actor ("russia
    invited india not china": "russia invited india"); the text whole when it closes with no
    such actor."""
    found = _ACTOR_SET_AGAINST.match(normalised)
    return found.group("claimed").strip() if found is not None else normalised


def contrary_set_aside(claim: str, fact: str) -> str | None:
    """The claim a normalised text makes before it denies the contrary of it ("china
    abstained it didnt vote against": "china abstained"), when the fact text speaks of what
    the claim says and not of the contrary denied; else None."""
    found = _CONTRARY_AFTER.match(claim)
    if found is None or negations(found.group("kept")):
        return None
    known = {term_of(w) for w in content_words(fact)}
    kept, denied = _terms(found.group("kept")), _terms(found.group("denied"))
    if not denied or (denied - kept) & known or not (kept - denied) & known:
        return None
    return found.group("kept").strip()


# "china abstained, didn't vote against": a comma (or a bracket: "abstained (did not vote
# against)"), then a denial with no subject of its own, told of the subject before it.
_SUBJECTLESS_DENIAL = re.compile(
    r"(?:,\s+|\s*\(\s*)(?=(?:didn['\u2019]?t|did not|doesn['\u2019]?t|does not|never|"
    r"wasn['\u2019]?t|was not|"
    r"hasn['\u2019]?t|has not|won['\u2019]?t|will not)\s)", re.IGNORECASE)


def subject_told(raw: str) -> str:
    """A raw claim with "it" told as the subject of a denial after a comma that has none of
    its own ("China abstained, it didn't vote against"); other claims as they are."""
    return _SUBJECTLESS_DENIAL.sub(", it ", raw)


# "the border is 2,600 miles, not 4,250", "it lasted months, not just one day like I thought":
# a figure set aside after the one claimed, the claim's correction of it.
_FIGURE_SET_ASIDE = re.compile(
    r"^(?P<claimed>(?:\S+ ){2,}?)(?:and |but )?not (?:just |only |merely |even )?"
    r"(?:like |about |around |roughly |some )?"
    r"(?P<aside>(?:usd )?(?:\d\S*|(?:" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
    + r")\b)(?: \S+){0,3}?)"
    r"(?: (?:like|as) (?:i|we|you|he|she|they|people|some|everyone|many) \S+(?: \S+)?)?$")


@lru_cache(maxsize=16_384)
def figure_set_aside(normalised: str) -> str:
    """The claim a normalised text makes before it sets aside a figure of the same kind as
    one it gives ("the border is 2600 miles long not 4250": "the border is 2600 miles long");
    the text whole when it closes with no such figure."""
    found = _FIGURE_SET_ASIDE.match(normalised)
    if found is None or not quantities(found.group("aside")):
        return normalised
    told = [q for q in quantities(found.group("claimed")) if q.unit != "year"]
    aside = quantities(found.group("aside"))[0]
    if not any(q.unit == aside.unit or not aside.unit for q in told):
        return normalised
    return found.group("claimed").strip()


# "haven't met that often", "wasn't small at all": a denial of how much, often or big, which a
# figure beside it goes on to tell.
_DEGREE_DENIED = re.compile(
    r"\b" + _DENYING + r"\b"
    r"(?: \S+){0,3}? (?:that|so|too|very|all that) (?:often|much|many|big|small|large|long|high|"
    r"low|few|little|frequently)\b"
    r"|\b(?:not|isnt|arent|wasnt|werent|aint) (?:\S+ )?(?:small|big|large|tiny|huge|minor|"
    r"modest|little) at all\b")


def degree_denied(normalised: str) -> bool:
    """Whether a normalised claim denies how much, how often or how big something was ("they
    haven't met that often, fewer than ten times"): a figure it gives is what it tells in the
    denial's place, not a figure it denies."""
    return _DEGREE_DENIED.search(normalised) is not None


# "didn't touch the term limits", "never changed the caps": a limit left as it was, kept.
_LEFT_IN_PLACE = re.compile(
    r"\b(?:didnt|did not|never|hasnt|has not|havent|have not|wont|will not|doesnt|does not)"
    r"(?: even| ever| really)? (?:touch|touched|change|changed|alter|altered)"
    r"(?= (?:the |its |his |her |their |any |those |these )?(?:\S+ ){0,3}?"
    r"(?:limits?|quotas?|caps?|constitution)\b)")


def left_in_place(normalised: str) -> str:
    """A normalised claim with a rule it denies was touched told as kept ("xi did not touch
    the term limits": "xi kept the term limits"), which says the same without a denial."""
    return _LEFT_IN_PLACE.sub("kept", normalised)


# Words that tell a thing was done away with: "scrapped the limits" and "abolished the limits"
# say one deed, though only "scrapped" is counted as a denial where nothing else ends a thing.
_ENDING_WORDS = frozenset("""
    abolished abolish abolishes abolishing scrapped scrap scraps scrapping repealed repeal
    repeals repealing eliminated eliminate eliminates eliminating cancelled canceled cancel
    cancels nixed axed ditched ditch ditches dropped
    """.split())
_ENDING_PHRASES = re.compile(
    r"\b(?:(?:did|do|does|done|doing) away with|(?:got|get|gets|getting|gotten) rid of)\b")


def _ending_told(normalised: str) -> str:
    return _ENDING_PHRASES.sub("abolished", normalised)


def ended_alike(claim: str, fact: str) -> tuple[str, str]:
    """A claim and a fact text that both tell a thing was done away with, each in its own
    words ("Xi scrapped the limits" against "Xi abolished the limits"), with those words told
    alike, so that neither counts as a denial the other lacks; other texts as they are."""
    claim_told, fact_told = _ending_told(claim), _ending_told(fact)
    if _ENDING_WORDS.isdisjoint(claim_told.split()) or _ENDING_WORDS.isdisjoint(fact_told.split()):
        return claim, fact

    def alike(text: str) -> str:
        return " ".join("abolished" if w in _ENDING_WORDS else w for w in text.split())
    return alike(claim_told), alike(fact_told)


# Words that hold a thing to no more than what follows them: "mere talk", "just oil and gas".
# Not after "the", "its", "their" or "not" ("the only one", "not just oil"), nor before a figure
# they bound ("just 3,200 soldiers") or a time they tell ("just last year").
HOLDING_WORDS = ("just", "only", "mere", "merely", "simply", "solely", "purely", "nothing but",
                 "no more than")
HELD_BEFORE = r"(?<!\bthe )(?<!\bits )(?<!\btheir )(?<!\bnot )\b"
HELD_AFTER = (r"(?! (?:usd )?\d)"
              r"(?! (?:last|this|after|before|now|days|weeks|months|years|"
              r"a (?:year|month|week|day|few))\b)")
# "isn't just talk", "not only oil": a denial of "just" or "only".
_NOT_ONLY = re.compile(
    rf"\b{_DENYING}(?: be)? (?:{any_of(HOLDING_WORDS)})\b")
# "but also", "as well": what a "not only" goes on to add.
_ALSO = re.compile(r"\b(?:but|also|as well|too)\b")
# A text that holds a thing to no more than what it names.
_RESTRICTING = re.compile(rf"{HELD_BEFORE}(?:{any_of(HOLDING_WORDS)})\b{HELD_AFTER}")


def not_only_read(claim: str, fact: str) -> str:
    """A normalised claim with its "not only" read against the fact text: where the fact
    holds a thing to no more than it names ("the talks were mere theatre") and the claim adds
    nothing after ("the talks weren't just theatre"), the claim denies that (told as a plain
    "not"); elsewhere "not only" denies nothing ("China isn't only buying oil")."""
    found = _NOT_ONLY.search(claim)
    if found is None:
        return claim
    denies = _RESTRICTING.search(fact) is not None and _ALSO.search(claim[found.end():]) is None
    return f"{claim[:found.start()]}{'not' if denies else ''}{claim[found.end():]}"


# A denial that one is alone in what it does: "won't be the only customer", "isn't exclusive".
_NOT_ALONE = re.compile(
    r"\b(?:" + _DENYING + r"|no longer)\b"
    r"(?:(?: \S+){1,3}? only\b|(?: \S+){0,3}? "
    r"(?:sole|exclusive|exclusively|exclusivity|unique|monopoly)\b)")
# Words that tell one is alone in what it does.
_ALONE_WORDS = frozenset(
    "only sole solely exclusive exclusively exclusivity unique alone monopoly".split())


def exclusivity_read(claim: str, fact: str) -> str:
    """A normalised claim without its denial that one is alone in what it does ("China won't
    be the only customer", "it isn't exclusivity") where the fact text tells of no one alone:
    the claim denies what the fact does not say, and nothing of what it does."""
    if not _ALONE_WORDS.isdisjoint(fact.split()):
        return claim
    return " ".join(_NOT_ALONE.sub(" ", claim).split())


# "Before Vostok-2018": what came ahead of the thing named after it.
_BEFORE_THING = re.compile(r"\b(?:before|prior to|ahead of) (?:the )?(?P<thing>\S+)")


def firstness_read(claim: str, fact: str) -> str:
    """A normalised claim that tells of the like before the thing a fact text calls the first
    ("there were joint drills before vostok" against "vostok was the first joint drill"),
    with a denial added: one before it denies that it was the first, and "none before it"
    tells that it was. Text that speaks of a first itself, or of nothing before the thing
    the fact names, is returned whole."""
    words = fact.split()
    if "first" not in words or "first" in claim.split():
        return claim
    found = _BEFORE_THING.search(claim)
    if found is None or found.group("thing") not in words:
        return claim
    return f"not {claim}"


# "didn't send many troops", "not a lot of soldiers": an amount denied its size, the deed kept.
_MANY_DENIED = re.compile(
    r"\b(?:not|didnt|did not|doesnt|does not|dont|do not|wasnt|was not|werent|were not|"
    r"hasnt|has not|havent|have not)(?= (?:\S+ ){0,2}?(?:many|a lot of|lots of)\b)")


# A figure the source itself tells small: "no more than $24 billion", "only 11 of the 91".
_TOLD_SMALL = re.compile(r"\b(?:no more than|not more than|only|just|at most|merely|a mere|"
                         r"mere)(?: \S+){0,2}? \d")
# How a claim tells an amount small without a figure: "barely invested", "hardly any", "didn't
# bring much", and a closing "that's nothing" or "that's peanuts" judging the amount told.
_SMALL_TOLD = re.compile(
    r"\b(?:barely|hardly|scarcely)\b"
    r"|\b(?:not|didnt|did not|doesnt|does not|dont|do not|wasnt|was not|werent|were not|"
    r"hasnt|has not|havent|have not)(?= (?:\S+ ){0,2}?much\b)"
    r"|(?<=\S )(?:thats|that s|that is|its|it s|which is) (?:\S+ ){0,2}?(?:nothing|peanuts)$")


def few_read(claim: str, fact: str) -> str:
    """A normalised claim without its denial of a big amount ("didn't send many troops") where
    the fact text gives a count: the claim tells the amount small, as the count does, and
    denies nothing of the deed. Where the fact tells its figure small ("no more than $24
    billion"), a claim that calls the amount small ("barely invested", "didn't bring much")
    tells the same."""
    if not any(q.unit != "year" for q in quantities(fact)):
        return claim
    claim = _MANY_DENIED.sub(" ", claim)
    if _TOLD_SMALL.search(fact):
        claim = _SMALL_TOLD.sub(" ", claim)
    return " ".join(claim.split())


# "didn't finance all 91 projects", "not every project was funded": the whole denied, a part
# left standing.
WHOLE_DENIED = (
    r"\b(?:not|didnt|did not|doesnt|does not|dont|do not|wasnt|was not|werent|were not|"
    r"hasnt|has not|havent|have not)"
    # The deed between, in the same clause: "not real, it's all for show" is no whole denied.
    r"(?P<between>(?: (?!(?:it|its|thats|that|this|they|theyre|he|she|we|is|are|was|were|and|"
    r"but|so|or)\b)[a-z]+){0,2}?) (?:all|every)\b"
    r"(?! (?:of a sudden|that|the way|at once)\b)")
_ALL_DENIED = re.compile(WHOLE_DENIED)
# A fact text that holds a deed to a part of a whole: "only 11 of the 91", "just a few of".
_PART_OF_WHOLE = re.compile(
    r"\b(?:only|just|merely|mere|barely)\b(?: \S+){0,2}? of\b")


def part_read(claim: str, fact: str) -> str:
    """A normalised claim without its denial of the whole ("didn't finance all 91 projects")
    where the fact text holds the deed to a part of it ("financed only 11 of the 91"): the
    claim tells the part as the fact does, and denies nothing of the deed."""
    if _PART_OF_WHOLE.search(fact) is None:
        return claim
    return " ".join(_ALL_DENIED.sub(r"\g<between>", claim).split())


# Trust denied ("the spooks didn't trust China"), and a fact text that tells the fear or
# suspicion it comes to ("over spying fears", "alarmed by the likelihood of espionage").
_TRUST_DENIED = re.compile(
    r"\b(?:didnt|did not|dont|do not|doesnt|does not|never|wouldnt|would not|couldnt|"
    r"could not) (?:really |fully |totally |quite |ever )?trust(?:ed|s)?\b")
_FEARED = re.compile(
    r"\b(?:fear|fears|feared|fearing|afraid|alarm|alarmed|suspicion|suspicions|suspicious|"
    r"distrust|distrusted|mistrust|mistrusted|wary|espionage|spying)\b")


def distrust_read(claim: str, fact: str) -> str:
    """A normalised claim with its denial of trust ("didn't trust China") read as the distrust
    it tells, where the fact text tells fear or suspicion of the other side: the claim says
    what the fact does, and denies none of it."""
    if "trust" not in claim or not _FEARED.search(fact):
        return claim
    return _TRUST_DENIED.sub("distrusted", claim)


def opposes(claim_normalised: str, fact_normalised: str, *, comparatives: bool = True,
            lexical: bool = True) -> bool:
    """Whether the claim denies what the fact text states (or the other way round). A claim
    that denies one thing to assert another ("didn't vote against, just abstained") is read
    by what it asserts, when that is what the fact text states."""
    claim_normalised, fact_normalised = ended_alike(claim_normalised, fact_normalised)
    claim_normalised = " ".join(not_only_read(claim_normalised, fact_normalised).split())
    claim_normalised = exclusivity_read(claim_normalised, fact_normalised)
    claim_normalised = firstness_read(claim_normalised, fact_normalised)
    claim_normalised = few_read(claim_normalised, fact_normalised)
    claim_normalised = part_read(claim_normalised, fact_normalised)
    claim_normalised = distrust_read(claim_normalised, fact_normalised)
    claimed = contrasted(claim_normalised)
    if claimed != claim_normalised and (_shares_a_word(claimed, fact_normalised)
                                        or _figure_borne_out(claimed, fact_normalised)):
        claim_normalised = claimed
    claim_normalised = in_scope(claim_normalised, fact_normalised)
    claim_normalised = understatement_aside(claim_normalised, fact_normalised)
    kept = speaks_of_the_aside(claim_normalised, fact_normalised)
    if kept is not None:
        # The fact denies what it sets aside, which is what the claim speaks of.
        return (negations(claim_normalised, comparatives=comparatives, lexical=lexical) % 2
                == negations(kept, comparatives=comparatives, lexical=lexical) % 2)
    # A fact text that sets a purpose aside ("..., not to build an alliance") is read by the
    # one it keeps, as a claim is.
    after = _SET_ASIDE_AFTER.match(fact_normalised)
    if after is not None:
        fact_normalised = after.group("claimed").strip()
    fact_normalised = _ending_spoken_of(fact_normalised, claim_normalised)
    fact_normalised = conceded_in_scope(fact_normalised, claim_normalised)
    claim_normalised = _unfit_ending(claim_normalised, fact_normalised)
    return (negations(claim_normalised, comparatives=comparatives, lexical=lexical) % 2
            != negations(fact_normalised, comparatives=comparatives, lexical=lexical) % 2)


# A deed meant and then not done: "didn't follow through", "never paid", "did not deliver".
_NOT_CARRIED_OUT = re.compile(
    r"\b(?:didnt|did not|never|hasnt|has not|havent|have not|wont|will not|wasnt|was not)"
    r"(?: (?:actually|really|ever|quite|in the end|then))? "
    r"(?:follow|followed) (?:through|thru|up)\b"
    r"|\b(?:didnt|did not|never|hasnt|has not|havent|have not|wont|will not)"
    r"(?: (?:actually|really|ever|in the end|then))? "
    r"(?:pay|paid|deliver|delivered|come through|came through|materiali[sz]e|materiali[sz]ed|"
    r"happen|happened|honou?r|honou?red|make good|made good|fork|forked|cough|coughed|"
    r"put|come up with|came up with|go through|went through|pan out|panned out)\b")


def plan_not_carried_out(normalised: str) -> str:
    """A normalised claim that tells a plan (a pledge, a decision) without the denial of its
    being carried out ("pledged $25 billion, then didn't follow through"): that denial is an
    ending told of the plan, as "fell through" is, not a denial of the plan."""
    return " ".join(_NOT_CARRIED_OUT.sub(" ", normalised).split())


# "nearly bought", "almost signed", "came close to buying": a deed decided on, not done.
_NEAR_MISS = re.compile(
    r"\b(?:nearly|almost) (?=[a-z]{3,}ed\b|(?:bought|sold|won|made|took|gave|sent|went|built|"
    r"paid|struck)\b)"
    r"|\b(?:came|come|comes|coming) close to (?=[a-z]{3,}ing\b)")
# A deed told as decided on, not as done: "decided to buy", "agreed to sell".
_DECIDED_ON = re.compile(
    r"\b(?:decided|decides|decide|agreed|agrees|planned|plans|intended|intends|resolved|"
    r"chose|opted|set out) to\b")


def near_miss_of_decision(normalised: str, decided: str) -> bool:
    """Whether a normalised claim denies only by telling a deed nearly done ("it nearly bought
    from Huawei") where the fact's claim (normalised) tells the deed as decided on ("decided to
    buy from Huawei"): a deed nearly done was decided on, so the claim agrees with it."""
    if _DECIDED_ON.search(decided) is None or _NEAR_MISS.search(normalised) is None:
        return False
    return not negations(_NEAR_MISS.sub("", normalised)) % 2


# The things a deal's ending is told of ("blocked the deal", "the plan fell through").
_DEAL_NOUNS = frozenset(
    "deal plan project purchase contract agreement pledge bid talks decision".split())


# Standing against someone: "challenged the Kremlin", "dared to oppose it".
_STANDING_AGAINST = re.compile(
    r"\b(?:challenged|challenge|challenges|challenging|opposed|oppose|opposes|opposing|"
    r"contested|contest|resisted|resist|resists|defied|defy|defies|defying|"
    r"(?:stood|stand|stands|standing) up to|(?:pushed|push|pushes|pushing) back against)\b")


def _ending_spoken_of(fact: str, claim: str) -> str:
    """A normalised fact text without the endings it tells of a deal, plan or the like
    ("spooks blocked a huawei deal") when the claim names no such thing ("spooks were scared
    of chinese espionage"): the claim does not speak of the deal, nor deny its ending. A claim
    that tells an ending of its own ("the kremlin was buying servers and spooks got it
    reversed") speaks of the deal by what it tells of the deed."""
    if not _DEAL_NOUNS.isdisjoint(claim.split()) or _ends_something(claim):
        return fact
    if _STANDING_AGAINST.search(claim) is not None:
        # "The spooks didn't challenge the Kremlin" against "the Huawei deal fell through":
        # whether someone stood against another is not what an ending said only of a deal
        # tells ("didn't get the servers" is).
        fact = _DEAL_ENDING.sub(" ", fact)
    return _PHRASE_CUES.sub(
        lambda found: " " if not _DEAL_NOUNS.isdisjoint(found.group().split())
        else found.group(), fact)


# A deal or decision named only as what someone stood against ("challenged the decision",
# "fought the deal").
_OPPOSED_DEAL = re.compile(
    r"\b(?P<verb>challenged|challenge|challenges|challenging|opposed|oppose|opposes|opposing|"
    r"contested|contest|contests|fought|fight|fights|resisted|resist|resists|questioned|"
    r"protested|objected|object|objects) (?:to )?(?:a |an |the |its |their |this |that )?"
    r"(?:\S+ ){0,4}?(?:deal|plan|project|purchase|contract|agreement|pledge|bid|talks|decision)\b")
# Verbs of standing against a decision, each as good as another: "resisted the purchase" tells
# what "challenged the decision" does ("questioned" only doubts it).
_STANDING_TERMS = frozenset(term_of(w) for w in """
    challenge oppose contest fight resist protest object
    """.split())


def opposition_told(claim: str, source: str) -> bool:
    """Whether a normalised claim names a deal or decision only as what someone stood against
    ("the spooks challenged the decision"), in the word the normalised source tells that with
    before it tells the ending ("dared to challenge the decision and managed to reverse it"):
    the claim tells the source's first deed, and denies no ending."""
    found = _OPPOSED_DEAL.search(claim)
    if found is None or _ends_something(claim):
        return False
    verb = term_of(found.group("verb"))
    told = {term_of(w) for w in source.split()}
    return verb in told or (verb in _STANDING_TERMS and not _STANDING_TERMS.isdisjoint(told))


def endings_aside(text: str) -> str:
    """A normalised text without the endings it tells of a deal, plan or the like."""
    return " ".join(_PHRASE_CUES.sub(
        lambda found: " " if not _DEAL_NOUNS.isdisjoint(found.group().split())
        else found.group(), text).split())


# Endings said only of a deal or a plan: "fell through", "was called off".
_DEAL_ENDING = re.compile(r"\b(?:fell|fall|falls|fallen|falling) (?:through|thru)\b"
                          r"|\bcalled off\b")


def _unfit_ending(claim: str, fact: str) -> str:
    """A normalised claim without an ending said only of a deal or plan ("... the biggest oil
    company, fell through"), when neither the claim nor the fact text names a deal or plan:
    the ending is of something else the message tells, not a denial of the fact."""
    if not _DEALT.isdisjoint(claim.split()) or not _DEALT.isdisjoint(fact.split()):
        return claim
    return _DEAL_ENDING.sub(" ", claim)


# A deal or plan named, or told by its verb ("pledged", "planned to buy").
_DEALT = _DEAL_NOUNS | frozenset(
    "pledged pledging planned planning promised promising agreed offered tried attempted "
    "intended signed negotiated bid".split())


# Words that join two statements; a denial in one says nothing of the other.
# ("At the same time" and "meanwhile" join two clauses as "while" does.)
_CLAUSE_JOIN = re.compile(r"\b(?:and|but|while|whilst|whereas|although|though|yet|which|"
                          r"meanwhile|at the same time)\b")
# Figures and their units tell nothing of what a clause is about.
_AMOUNT_WORDS = frozenset("usd percent thousand million billion trillion times".split())


@lru_cache(maxsize=16_384)
def _terms(normalised: str) -> frozenset[str]:
    """What a clause is about: its content words' terms, actors and figures aside."""
    return frozenset(term_of(w) for w in content_words(normalised)
                     if actor_of(w) is None and w not in _AMOUNT_WORDS
                     and not any(c.isdigit() for c in w))


# Words that tell a deed was undone ("... and got it reversed"): a clause of them alone goes
# on about the clause before it.
_UNDOING_TERMS = frozenset(term_of(w) for w in (
    "killed reversed overturned blocked axed ditched dropped died dead off scrapped cancelled "
    "canceled nixed shelved collapsed got get gets".split()))


# Words that name, in an ending's clause, only what the claim has just told: "the whole thing".
_REFERRING = frozenset(term_of(w) for w in "whole thing everything".split())


@lru_cache(maxsize=4096)
def _known_terms(normalised: str) -> frozenset[str]:
    """The terms of a fact text's content words (every claim near the fact is read against
    them)."""
    return frozenset(term_of(w) for w in content_words(normalised))


def _an_actor(word: str) -> bool:
    """Whether a word names an actor: a country, its people or its leader."""
    return word in ENTITY_OF or actor_of(word) is not None


def _joins_actors(claim: str, join: re.Match[str]) -> bool:
    """Whether a join is an "and" between two actors ("Russia and China"), no clause's end."""
    before, after = claim[:join.start()].split()[-1:], claim[join.end():].split()[:1]
    return join.group() == "and" and bool(before) and bool(after) \
        and _an_actor(before[0]) and _an_actor(after[0])


def _clauses(claim: str) -> list[str]:
    """A normalised claim cut at its joins, an "and" between two actors left whole."""
    parts: list[str] = []
    start = 0
    for join in _CLAUSE_JOIN.finditer(claim):
        if not _joins_actors(claim, join):
            parts.append(claim[start:join.start()])
            start = join.end()
    return [*parts, claim[start:]]


# "..., isn't exactly trust-building", "not exactly a recipe for trust": an understatement that
# closes a claim, judging what it told.
_UNDERSTATED = re.compile(
    r"\b(?:not|isnt|arent|wasnt|werent|aint) exactly (?P<judged>(?:[a-z]+ ?){1,4})$")


def understatement_aside(claim: str, fact: str) -> str:
    """A normalised claim without the understatement that closes it ("a 2600 mile border
    imposed on a weaker neighbour isnt exactly trust building") when no word of what it judges
    is the normalised fact text's: it judges the claim, and denies nothing the fact states."""
    found = _UNDERSTATED.search(claim)
    if found is None or len(claim[:found.start()].split()) < 3:
        return claim
    judged = _terms(found.group("judged"))
    if not judged or not judged.isdisjoint(_known_terms(fact)):
        return claim
    return claim[:found.start()].strip()


def in_scope(claim: str, fact: str) -> str:
    """The clauses of a normalised claim that speak of what the fact text does: a clause
    whose words (actors aside) are all foreign to the fact is about something else ("China
    abstained on Crimea and it refused to recognise Abkhazia", read against the abstention).
    The whole claim when no clause is left, or there is only one."""
    parts = _clauses(claim)
    if len(parts) < 2:
        return claim
    known = _known_terms(endings_as_one(fact))
    # A clause that undoes something the fact text undoes too ("... and managed to overturn
    # it") speaks of what it does; so does one that tells only an ending of what the claim has
    # just told ("..., and then it got called off", "but the whole thing fell through").
    undoing = known & _UNDOING_TERMS
    kept = [part for part in parts
            if (terms := _terms(ended := endings_as_one(part)) - _UNDOING_TERMS
                - (_REFERRING if _ends_something(part) else frozenset())).intersection(known)
            or not terms or _terms(ended) & undoing]
    # "Russia and China don't share ...": an "and" between actors joins no clauses; what is
    # left of actors alone says nothing, and the claim is read whole.
    if not any(_terms(part) for part in kept):
        return claim
    if _DEALT.isdisjoint(fact.split()):
        # "the pledge fell through and the pipe cost russia 55 billion" against "the pipeline
        # cost russia 55 billion": the ending is of a deal or plan the fact does not speak of.
        unended = [part for part in kept if not ends_a_deal(part)]
        if unended and len(unended) < len(kept) and any(_terms(part) for part in unended):
            kept = unended
    return " ".join(" ".join(kept).split())


# Where a raw claim parts into clauses by its punctuation: commas, semicolons, colons, dashes.
_RAW_CLAUSE_CUT = re.compile(r"[,;:]+\s+|\s+[-\u2013\u2014]+\s+")


@lru_cache(maxsize=16_384)
def deal_ending_aside(raw: str, fact: str) -> str | None:
    """The normalised claim without the clauses, parted by punctuation, that tell a deal, plan
    or pledge ended ("the pipe cost russia $55bn, the $25bn was china's pledge that fell
    through") when the normalised fact text names no deal or plan, and a clause left speaks of
    what it does: the ending is of something the fact does not speak of. None otherwise."""
    if not _DEALT.isdisjoint(fact.split()):
        return None
    parts = [text for part in _RAW_CLAUSE_CUT.split(raw) if (text := normalise(part))]
    # A clause that tells the fact's matter too ("pledged $25B for the pipeline and that fell
    # through") is the claim's own.
    known = _known_terms(fact)
    kept = [part for part in parts if not ends_a_deal(part) or _terms(part) & known]
    if len(parts) < 2 or not kept or len(kept) == len(parts) \
            or not any(_terms(part) & known for part in kept):
        return None
    return " ".join(kept)


def ends_a_deal(normalised: str) -> bool:
    """Whether a normalised clause tells a deal, plan or pledge ended ("the pledge fell
    through", "they killed the deal")."""
    return _DEAL_ENDING.search(normalised) is not None or any(
        not _DEAL_NOUNS.isdisjoint(found.split()) for found in _PHRASE_CUES.findall(normalised))


# Words that join a statement to one it concedes or sets against it: "a gesture Beijing likely
# resented, even though it did not lead to a breakthrough" tells two things.
_CONCEDING = re.compile(r"\b(?:even though|although|though|even if|whereas|while|but|yet)\b"
                        # "... dared to challenge the decision and managed to reverse it": a
                        # further deed told of the same doer
                        r"|\band (?=(?:\S+ ){0,3}?(?:managed|went on|proceeded) to\b)")


def conceded_in_scope(fact: str, claim: str) -> str:
    """A normalised fact text without the statements it concedes or sets against another
    that the normalised claim does not speak of: a claim about the resentment is no denial of
    "it did not lead to a breakthrough" told beside it. The whole text when no such statement
    is left out, or none is left."""
    parts = _CONCEDING.split(fact)
    if len(parts) < 2:
        return fact
    terms = _terms(claim)
    kept = [part for part in parts if _terms(part) & terms or not _terms(part)]
    if not kept or not any(_terms(part) for part in kept):
        return fact
    return " ".join(" ".join(kept).split())


# Where the source's sentences part into clauses ("Russia ranks tenth in exports and does not
# make the top ten in imports": two).
_SOURCE_CUTS = re.compile(r"[.;,!?:()\u2014]+|\s[-\u2013]\s|\sand\s")
# A claim's words beyond the text it matched must be this many, and the source's clause must
# hold this share of them, for that clause to be what the claim's words say.
MIN_BEYOND = 2
BEYOND_SHARE = 0.75


# Verbs of one meaning, told apart by no reading of a claim against its source: what a deed
# led to ("produced a breakthrough", "led to a breakthrough", "brought a breakthrough").
_SAME_MEANING = {word: family for family, words in {
    "lead": "produce produces produced producing yield yields yielded yielding result results "
            "resulted resulting bring brings brought bringing",
}.items() for word in words.split()}


def _meant(normalised: str) -> frozenset[str]:
    """A clause's terms (as `_terms`), verbs of one meaning told as one."""
    return _terms(" ".join(_SAME_MEANING.get(w, w) for w in normalised.split()))


@lru_cache(maxsize=4096)
def _source_clauses(source: str) -> tuple[tuple[str, frozenset[str]], ...]:
    out = []
    for part in _SOURCE_CUTS.split(source):
        text = normalise(part)
        if text:
            out.append((text, frozenset(_meant(text))))
    return tuple(out)


def source_clause(claim: str, stated: str, source: str) -> str | None:
    """The clause of the source (a fact's quote, raw) that says what the normalised claim says
    beyond the normalised text it matched, when the claim says MIN_BEYOND words or more there
    and one clause holds most of them; else None. A clause telling only the other side of
    trade than the claim's is not what the claim says."""
    beyond = _meant(claim) - _meant(stated)
    if len(beyond) < MIN_BEYOND or not source:
        return None
    clauses = _source_clauses(source)
    best = max(clauses, key=lambda c: len(beyond & c[1]), default=None)
    if best is None:
        return None
    # Words the source uses in its other clauses ("the latest round") are the source's too:
    # most of the rest must be in the one clause.
    elsewhere = frozenset().union(*(c[1] for c in clauses if c is not best)) - best[1]
    if len(beyond & best[1]) < max(MIN_BEYOND, BEYOND_SHARE * len(beyond - elsewhere)):
        return None
    if other_side(claim, (best[0],)):
        return None  # the clause tells another side of trade than the claim's
    return best[0]


# Verbs too light to tell what a denial denies: "did not lead to a breakthrough" denies the
# breakthrough.
_LIGHT_VERBS = frozenset(term_of(w) for w in LIGHT_VERBS)
# How many words after a plain denial tell what it denies.
_DENIED_REACH = 4


def _denied_terms(normalised: str) -> frozenset[str]:
    """The terms a normalised text denies plainly: those of the few words after each "no",
    "not", "never" or "n't", light verbs and actors aside."""
    words = normalised.split()
    out: set[str] = set()
    for at, word in enumerate(words):
        if word in NEGATION_CUES:
            reach = " ".join(words[at + 1:at + 1 + _DENIED_REACH])
            out |= _terms(reach) - _LIGHT_VERBS
    return frozenset(out)


def denied_in_source(claim: str, stated: str, source: str) -> str | None:
    """The clause of the source (a fact's quote, raw) that plainly denies what the normalised
    claim plainly denies ("..., no breakthrough" against "..., even though it did not lead to
    a breakthrough"), when the claim denies once and the normalised text it matched denies
    nothing; else None."""
    if negations(claim, lexical=False) % 2 != 1 or not source or negations(stated) \
            or _terms(contrasted(claim)) != _terms(claim):
        return None
    denied = _denied_terms(claim)
    if not denied:
        return None
    for text, _ in _source_clauses(source):
        if negations(text, lexical=False) % 2 and denied & _denied_terms(text):
            return text
    return None


# The two sides of a country's trade: a claim about one is not about the other.
_TRADE_SIDES = (re.compile(r"\bexport(?:s|ed|ing|er|ers)?\b"),
                re.compile(r"\bimport(?:s|ed|ing|er|ers)?\b"))


def names_side(claim: str, texts: tuple[str, ...]) -> bool:
    """Whether the normalised texts name a side of trade (exports, imports) the normalised
    claim names."""
    return any(side.search(claim) is not None and any(side.search(t) for t in texts)
               for side in _TRADE_SIDES)


def other_side(claim: str, texts: tuple[str, ...]) -> bool:
    """Whether a normalised claim names one side of trade ("Russia's exports to China") and
    the normalised texts name only the other ("Russia is outside China's top ten in
    imports"): they speak of another measure."""
    for mine, theirs in (_TRADE_SIDES, _TRADE_SIDES[::-1]):
        if mine.search(claim) and not theirs.search(claim) \
                and not any(mine.search(t) for t in texts) \
                and any(theirs.search(t) for t in texts):
            return True
    return False


def _figure_borne_out(part: str, text: str) -> bool:
    """Whether a part of a claim gives a count the text's own bears out ("just a few thousand"
    against "3,200 soldiers"): a count told bare counts what the text counts."""
    return any(mine.unit in ("", theirs.unit) and mine.low <= theirs.high
               and theirs.low <= mine.high
               for mine in quantities(part) if mine.unit != "year"
               for theirs in quantities(text) if theirs.unit != "year")


def _shares_a_word(part: str, text: str) -> bool:
    words = set(text.split())
    return any(len(w) > 3 and (w in words or w[:5] in {x[:5] for x in words})
               for w in part.split())
