"""Cut a chat message into the pieces that may each carry a claim.

Two kinds of cut. Firm cuts always separate claims: line breaks, bullets and numbered items,
sentence ends, semicolons, and "also" / "plus" between clauses. Soft cuts may or may not:
", and", "and", "&", commas, "but", "while", ", yet" and a spaced dash join two claims in
"trade hit $100bn, and China invested $24bn" but one claim in "Abkhazia and South Ossetia"; the
checker decides which by scoring.
A piece of fewer than three words is never a claim on its own, nor is a phrase opening a piece
that only sets the scene ("during China's downturn, ...").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from bot.core.analysis import entities
from bot.core.lexicon import (
    CARRIED_THROUGH,
    ENTITY_GROUPS,
    FOLLOWING_WORDS,
    NEGATION_CUES,
    PEOPLE,
    REPORTING_VERBS,
    STATESMEN_OF,
    STRESSING_WORDS,
)
from bot.core.normalise import cached_normalise as normalise
from bot.core.normalise import clean_text, strip_markup
from bot.core.numbers import quantities
from bot.core.polarity import GAP_STRESSED
from bot.core.sureness import (
    BELIEVING,
    CERTAIN_OF,
    HEDGING_WORDS,
    SEEMING_WORDS,
    SURE_OF_IT,
    VOUCHING_CHAT,
    VOUCHING_CLOSES,
    VOUCHING_SAYINGS,
    VOUCHING_TAGS,
    VOUCHING_WORDS,
    any_of,
)

MIN_WORDS = 3
# A soft atom needs a little more to stand alone: "Chinese soldiers ambushed and killed ..."
# is one claim, "... and China got 12%" another.
MIN_SOFT_WORDS = 4
MAX_ATOMS = 8

_LINE = re.compile(r"[\r\n\u2028\u2029]+")
# A thread's post number ("1/", "2/5", "1/n"), after a thread emoji or not, is a list mark too.
_LIST_MARK = re.compile(r"^\s*(?:\U0001F9F5\s*)?(?:>+|[-*•·–—]|\d{1,2}[.)]|\(\d{1,2}(?:/\d{1,2})?\)"
                        r"|\d{1,2}/(?:\d{1,2}|n)?(?![\d/]))\s+")
# "No, China abstained" answers someone and then claims; the "no" denies nothing in the claim.
# "lol no, it was six planes": a run of such words, the last before a comma, goes too.
_INTERJECTION = re.compile(
    r"^(?:(?:lol|lmao|haha|oh|ok|okay|so|well|um+|uh+|hmm+)\s+)*"
    r"(?:no|nope|nah|yes|yeah|yep|yup|well|so|ok|okay|lol|lmao|wait|actually|tbh|fun fact|"
    # "not quite: it was $35bn": the answer to someone, then the claim that corrects them.
    r"fact|fyi|hmm+|um+|right|exactly|true|not quite|not exactly|"
    # "no I think you're mixing it up - it was China": who answered told they erred, then the
    # claim that corrects them.
    r"(?:(?:no|nope|nah)\s+)?(?:i think\s+)?you(?:['\u2019]re|re| are)\s+"
    r"(?:mixing (?:it|them|things|this|that) up|confusing (?:it|them|things|the two)|mistaken))"
    r"\s*[,.!:;\u2013\u2014-]+\s+",
    re.IGNORECASE,
)
# "TA here: no, ...", "mod note: nope, ...": a short heading of who answers, before the answer.
_ANSWER_HEADING = re.compile(
    r"^(?P<head>[^\W\d_][^\s:,.!?\d]*(?:\s+[^\s:,.!?\d]+){0,2})\s*:\s+"
    r"(?=(?:no|nope|nah|not quite|not exactly)\s*[,.!:;-])", re.IGNORECASE)
# A reply under a quoted line ("> trade hit $200 billion") that opens by denying it: "nah",
# "lol no", "wrong", "that's false". What follows the denial is the replier's own claim.
_DENIES_QUOTE = re.compile(
    r"^(?:(?:lol|lmao|haha|oh|um+|uh+|hmm+|well)\s+)*"
    r"(?:no+(?!\s+(?:idea|clue)\b)|nope|nah+|wrong|false|incorrect|untrue|not true|not really|"
    r"not quite|not exactly|"
    r"fake|nonsense|"
    r"(?:that|this)(?:'s|\u2019s| is) (?:wrong|false|not true|incorrect|untrue|a myth|nonsense))"
    r"\b[\s,.!:;-]*",
    re.IGNORECASE,
)
# A reply that goes on about the quoted line itself: "that's where ...", "which ...", or a
# conclusion drawn from it ("right, so they're allies").
_GOES_ON = re.compile(
    r"^(?:(?:right|yeah|yep|yes|exactly|true|ok|okay)\b[\s,.!:;-]*)?"
    # "proof they're allies", "which shows ...": a conclusion drawn from the quote.
    r"(?=(?:so|that(?:'s|\u2019s| is) (?:where|when|why|how)|which|proof|hence|therefore|thus|"
    r"(?:that|this|it) (?:proves|shows|means|confirms))\b)",
    re.IGNORECASE,
)
# A quoted question asking who did something ("who brought India in?"), and a reply that
# names the doer ("Russia did, ...", "it was Russia"): the answer is the question told of it.
_WHO_ASKED = re.compile(r"^\W*(?:who|which (?:country|side|one))\s+(?P<deed>[^?]+?)\s*\?+\s*$",
                        re.IGNORECASE)
_DOER_NAMED = re.compile(
    r"^(?:(?:it\s+)?was\s+)?(?P<doer>(?:the\s+)?[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)?)"
    r"(?:\s+(?:did|had|has|was|were))?\b[\s,.!;:-]*(?:and\s+|but\s+)?")
# How a quoted line reads when the reply under it denies it.
DENIED_QUOTE = "it's false that {}"
# "my uncle keeps saying ...", "someone in the replies said ...", "I read that ...": who said
# it, before the claim itself. Only people in the chat's own world are cut (a "my", "some",
# "a", "this"... before them), never an actor of the claim ("Xi said Putin is his friend").
_REPORTED = re.compile(
    r"^(?:(?:so|ok|okay|wait|lol|hey|yo|and|but|btw|tbh|ngl|then)\s+)*"
    # Where it was said or heard: "on the radio they said ...", "in class my prof said ...".
    r"(?:(?:on|in)\s+(?:the\s+)?(?:radio|tv|news|podcast|lecture|class|seminar)\s+)?"
    r"(?:(?:my|our|ur|your)\s+(?:[\w'-]+\s+){0,5}?"
    r"|(?:a|an|some)\s+(?:guy|dude|friend|coworker|redditor|tweet|post|video|comment|"
    r"random|teacher|prof|professor)\s+(?:[\w'-]+\s+){0,3}?"
    r"|(?:the|this|that)\s+(?:article|author|writer|post|tweet|video|thread|guy|dude|lecture|"
    r"piece|op|replies|comments?|news|prof|professor|teacher)\s+(?:[\w'-]+\s+){0,3}?"
    r"|(?:someone|somebody|people|everyone|everybody)\s+(?:[\w'-]+\s+){0,5}?"
    r"|(?:i|they|u|you|we|he|she)\s+)"
    r"(?:keeps?\s+|kept\s+|always\s+|just\s+|once\s+|literally\s+|also\s+)?"
    r"(?:said|says|saying|claims?|claimed|claiming|told\s+(?:me|us)|tells\s+(?:me|us)|"
    r"mentioned|posted|wrote|reckons?|reckoning|insists?|insisted|insisting|swears?|swore|"
    r"swearing|heard|read|saw|thinks?|thought|thinking|believes?|argues?|argued|arguing|"
    # Verbs that put a view forward, as "says" does.
    r"contends?|contended|maintains?|maintained|notes?\s+that|noted\s+that|observes?|observed|"
    r"points?\s+out|pointed\s+out|submits?|submitted|asserts?|asserted|concludes?|concluded|"
    r"(?:is|was|were|are|seems?|seemed)\s+(?:adamant|convinced|certain|sure))"
    r"(?:\s+(?:in\s+(?:lecture|class|chat|the\s+\w+)(?:\s+today)?|today|yesterday|online))?"
    r"(?:\s+that)?[\s,:]+",
    re.IGNORECASE,
)
# A speaker in character for a country in a mock assembly, and the words that put the claim
# to the room: "The delegate of France notes that ...", "the Mexican representative would
# remind the committee that ...", "our delegation submits that ...". The speaker is someone
# in the chat playing a part, never an actor of the claim ("France notes that ..." is kept).
_SPEAKING_FOR = re.compile(
    r"^(?:(?:so|ok|okay|and|but|also)\s+)*(?:the|our|my|this)\s+"
    r"(?:(?:honou?rable|distinguished|esteemed|respected|fellow)\s+)?"
    r"(?:(?:delegates?|delegations?|representatives?|ambassadors?|envoys?)\s+(?:of|from|for)\s+"
    r"(?:the\s+)?(?:[\w'\u2019.-]+\s+){1,4}?"
    r"|(?:[\w'\u2019.-]+\s+){0,3}?(?:delegates?|delegations?|representatives?|ambassadors?|"
    r"envoys?)\s+)"
    r"(?:(?:would|wishes\s+to|would\s+like\s+to|must|hereby|respectfully|firmly|strongly|"
    r"again|once\s+again|also|further|simply|only|merely)\s+)*"
    r"(?:(?P<denied>(?:does|do|did)(?:\s+not|n['\u2019]?t)\s+(?:accept|agree|believe))|"
    r"notes?|noted|reminds?|reminded|observes?|observed|points?\s+out|pointed\s+out|"
    r"asserts?|asserted|submits?|submitted|contends?|contended|maintains?|maintained|"
    r"stress(?:es)?|stressed|emphasi[sz]es?|emphasi[sz]ed|recalls?|recalled|states?|stated|"
    r"says?|said|argues?|argued|holds?|held|believes?|believed|reiterates?|reiterated|"
    r"underlines?|underlined|highlights?|highlighted|insists?|insisted|affirms?|affirmed|"
    r"declares?|declared|adds?|added|concedes?|conceded|acknowledges?|acknowledged|"
    r"accepts?|accepted|agrees?|agreed|warns?|warned|informs?|informed|tells?|told|claims?|"
    r"claimed)"
    # Who it is told to: "the Council", "all distinguished delegates", "this house".
    r"(?:\s+(?:to\s+)?(?:the|this|all|our|my|fellow|honou?rable|distinguished|esteemed)?\s*"
    r"(?:(?:fellow|honou?rable|distinguished|esteemed)\s+)?"
    r"(?:council|committee|house|chamber|assembly|floor|body|delegates|delegations|members|"
    r"colleagues|chair|room))?"
    r"(?:\s+that)?[\s,:]+(?=\S)",
    re.IGNORECASE,
)
# Words of chat that open a piece and say nothing of its claim: "fyi", "btw", "anyway",
# "tl;dr", "but seriously", with or without a comma after them.
_CHAT_OPENER = re.compile(
    # "@grimvox didn't ...": the one in the chat a message is addressed to.
    r"^(?:(?:@[\w.-]{2,32}|lol|lmao|haha|ok|okay|but|and|anyway|anyways|fyi|fwiw|btw|tbh|imo|imho|ngl|iirc|"
    r"afaik|psa|tl;?dr|tl dr|seriously|honestly|separately|yeah|yep|yup|"
    r"(?:don'?t|do not) forget(?: that)?|remember(?: that)?|keep in mind(?: that)?|"
    r"(?:pls |please )?note(?: that)?|"
    # "the bit about ...": a part of what was read, the claim it makes after it.
    r"(?:the|that) (?:bit|part|section|passage|line) (?:about|where|saying|that says))"
    r"(?:\s*[,.!:;-]+\s*|\s+))+(?=\S)",
    re.IGNORECASE,
)
# Emphasis marks around words ("**hot take**", "__really__"); the words stay.
_EMPHASIS = re.compile(r"\*\*|__")
_INLINE_ITEM = re.compile(r"\s+(?=\(?\d{1,2}(?:/\d{1,2})?\)\s+\S)")
# Pictographs between two claims mark the end of the first, as a full stop would ("met 25 times
# ✅ Xi's first visit was Moscow ✅ ..."): check marks, crosses, faces, hands and other
# symbols. Flags (pairs of regional indicators) are left alone: they stand for a country.
_PICTOGRAPH = "[\U0001F300-\U0001FAFF\u2600-\u27BF\u2B50\u2B55\u2705\u274C]\uFE0F?"
# A pictograph before words that only vouch for the claim ("... ✅ done deal", "... 💯 end of
# story") closes nothing: the words close the claim as they would after a comma.
_PICTOGRAPH_CUT = re.compile(rf"(?<=\S)\s*(?:{_PICTOGRAPH}\s*)+\s(?=\S)"
                             rf"(?!(?:{any_of(VOUCHING_CLOSES, VOUCHING_TAGS)})\W*$)",
                             re.IGNORECASE)
# An arrow drawn as an emoji ("\u27a1\ufe0f", ":arrow_right:") leads on as a plain arrow does
# ("... \u2192 so they're allies"): no pictograph ending a claim.
_ARROW_EMOJI = re.compile(r"\u27a1\ufe0f?|:arrow_right:")
# An emoji written as a shortcode (":medal:") between two claims ends the first as its
# pictograph would; a flag's (":flag_cn:", ":ru:") stands for its country, and one before a
# word that joins what follows to what it follows ("and", "so", "=") ends nothing.
_SHORTCODE_CUT = re.compile(
    r"(?<=\S)\s+(?::(?!flag[_-]|[a-z]{2}:)[a-z0-9_+\-]+:\s+)+"
    r"(?=\S)(?!(?:and|but|or|nor|so|because|while|whereas|which|who)\b|[-=\u2192&])",
    re.IGNORECASE)
_PICTOGRAPH_MARK = " \u2705 "
_ABBREVIATIONS = frozenset(
    "st mr mrs ms dr vs etc eg ie jr sr gen adm prof approx est fig cf col lt sgt incl esp"
    .split())
# "No. 1", "Art. 5": a word shortened before the number it names.
_BEFORE_A_NUMBER = frozenset(("no", "nos", "art", "vol", "pt", "ch", "sec", "p", "pp"))
_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+")
_FIRM_CONNECTIVE = re.compile(
    r",\s*(?:and\s+)?(?:also|plus)\b,?\s*|\s+and\s+(?:also|plus)\b,?\s*|\s+plus,?\s+"
    r"|,\s*(?:as well as)\s+"
    # Chat run on with no stops, as dictated: "... can't make it also i read X anyway see ya".
    # "anyway" or "also I read" between words turns from one matter to the next ("went
    # ahead anyway despite ..." keeps its "anyway").
    r"|\s+(?:(?:um+|uh+|oh|ok|okay)\s+)?(?:anyway|anyways)\s+"
    r"(?!(?:despite|because|since|after|before|though|even|so|and|but)\b)(?=\w)"
    r"|\s+(?:(?:um+|uh+|oh)\s+)?also\s+(?=(?:i|we)\s+(?:read|saw|heard|learned|learnt|"
    r"noticed)\b)",
    re.IGNORECASE,
)
# "Also, ..." or "plus ..." opening a piece adds it to the claims before; the word says
# nothing of the claim itself.
_ADDING = re.compile(r"^(?:and\s+)?(?:also|plus)\b,?\s+", re.IGNORECASE)
_SOFT_CUT = re.compile(
    r",\s*(?:and|but|while|whereas|yet)\s+|\s+(?:and|but|while|whereas|vs\.?|versus|&)\s+|,\s+"
    r"|\s+(?:\u2014|--?)\s+"
    # "$148bn in Africa compared to $24bn in Russia" (or "as against $24bn in Russia"): as "vs"
    # does, before a figure told with a place of its own.
    r"|\s+(?:compared\s+(?:to|with)|as\s+against)\s+"
    r"(?=(?:(?:just|only|about|around|some|roughly|over|under)\s+)?"
    r"[$\u20ac\u00a3]?\d[\d,.]*\s?[a-z%]*\s+(?:in|into|on|to|for)\s+\w)",
    re.IGNORECASE,
)


# What a conclusion takes two sides to be: allies, a bloc, one team, dependent on each other...
TIES = (r"(?:alliance|allies|ally|allied|bloc|united|aligned|alignment|axis|(?:inter)?depend\w*|"
        r"inseparable|(?:on )?the same page|in sync|in lockstep|(?:a|one|the same) team|"
        r"teammates|besties|ride or die|merged|(?:a |one )?(?:single|one) economy|"
        r"joined at the hip|each other\S* (?:\S+ ){0,2}?partners?|"
        # "so they're locked in": the two held together; "it's locked in" vouches instead.
        r"(?:(?<=\bthey )|(?<=\btheyre )|(?<=\bthey['\u2019]re )|(?<=\bthey are ))locked in)")
# Words that tell a clause as what the one before it is taken to show ("they're obviously").
_SURELY = r"(?:yeah|basically|clearly|obviously|surely|definitely|now|effectively|like|practically)"
_PLAINLY = r"(?:basically|clearly|obviously|surely|definitely|effectively|practically)"
# A clause that draws a conclusion from the one before it.
# "..., so they're basically aligned", "so the two economies depend on each other", "so it
# must be": what the claim before it is taken to show. After a comma, "they're obviously
# allies now" draws it with no "so".
_CONCLUSION = re.compile(
    r"(?:(?:so(?! much for\b)|therefore|thus|hence|proves?|proved|shows?|showed|means)"
    r"(?: that)?,? "
    rf"(?:{_SURELY} )*"
    r"(?:(?:an?|the|their|this|that|it|they|they['\u2019]?re|they are|the two|both) )?"
    rf"(?:(?:\S+ ){{0,5}}?(?:{TIES}|needs?|trusts?|back(?:s|ed)?|supports?|supported|"
    r"sided with|sides? with|st(?:oo|an)ds? (?:by|with))\b"
    r"|must\b|ha(?:s|ve) to\b|(?:is|are) bound\b)"
    rf"|(?:they|they['\u2019]?re|they are|the two|both) (?:{_PLAINLY} )+(?:\S+ ){{0,4}}?{TIES}\b"
    r"|(?:so|therefore|thus|hence) (?:\S+ ){1,4}?(?:clearly|obviously|surely|definitely|"
    r"basically|practically|effectively|essentially|pretty much)\b"
    r"|so (?:\S+ ){1,2}?(?:can|could|must|has become|have become|is now|are now)\b"
    # "..., they're natural allies": the two told to be tied, with no word drawing it.
    rf"|(?:they['\u2019]?re|they are|the two are|both are) (?:\S+ ){{0,2}}?{TIES}\b"
    # "... — Beijing has Moscow's back": a side told to stand by the other.
    r"|(?:\S+ ){1,2}?(?:has|have|got) (?:\S+ ){0,2}?back\b)",
    re.IGNORECASE)
# What a conclusion may take a joint venture of the two to be: going smoothly, on track, one
# joint project with no rivalry.
GOING_WELL = (r"(?:smooth(?:ly)?|moving (?:ahead|forward|along)|humming(?: along)?|on track|"
              r"(?:works?|working|worked) (?:\S+ ){0,3}?(?:nicely|well|great|fine|smoothly)|"
              r"(?:going|coming) (?:along )?nicely|no (?:\S+ )?rivalry|"
              r"(?:one|a) (?:\S+ ){0,2}?joint|"
              # "it's all been plain sailing since", "doing very nicely out of it".
              r"(?:plain|smooth|clear) sailing|"
              r"doing (?:(?:very|really|so|pretty|rather) )?(?:nicely|well|great))")
# A side named by any of its words ("Beijing", "the Kremlin"), or "them".
_SIDE = "(?:the )?(?:" + "|".join(sorted({word for group in ENTITY_GROUPS for word in group},
                                         key=len, reverse=True)) + ")|them"
# What a conclusion may take one side to do for the other, beyond ties: special treatment,
# backing, a side taken, a pay-off, a rank among its partners, a hold over the other.
_CLOSE = (rf"(?:{TIES}|special|(?:\S+-)?treatment|favou?r(?:s|ed|ite|itism)?|"
          r"vote of confidence|(?:has|have|having|had|got)\s+(?:\S+['\u2019]s?\s+)?back|"
          rf"back(?:s|ed|ing)?\s+(?:up\s+)?(?:{_SIDE}|each other|one another)|"
          r"sid(?:e|es|ed|ing) with|on (?:\S+['\u2019]s?\s+)?side|"
          rf"pa(?:ying|ys?|id) off|going (?:great|well|strong)|{GOING_WELL}|deep(?:er|ening)?|"
          # "reserves its best kit for Beijing alone": the other set above every one else.
          r"reserv(?:e|es|ed|ing)\b|exclusive(?:ly)?|"
          r"integrat(?:ed|ion|ing)|(?:tied|bound|locked|ties|binds|locks)\b(?:\s+\S+){0,4}?"
          r"\s+together|for good|"
          r"(?:key|top|major|biggest|main|important|closest|best|favou?rite|no\.? ?1|"
          r"number one|#1)(?:[- ]\S+)? "
          r"(?:markets?|partners?|customers?|allies|ally|buyers?|friends?|clients?)|"
          r"(?:above|ahead of|over) (?:every|all|any)(?:one|body)?(?: (?:other|else))?|"
          r"priorit\w*|chokehold|"
          # "so Russia is the senior partner", "so Moscow holds all the leverage", "that's
          # top-tier trust": a rank or a hold one side is taken to have, or trust between them.
          r"(?:senior|junior|dominant|leading|stronger) partner|upper hand|calls? the shots|clout|"
          r"(?:holds?|has|have|got) (?:all )?(?:the )?(?:leverage|cards)|"
          r"(?:top[- ]?tier|total|full|complete|absolute|ultimate|deep|real|true|blind|huge|"
          r"massive|most|max(?:imum)?) trust(?:ed)?|"
          rf"trust(?:s|ed)? (?:{_SIDE}|each other|one another) (?:more than|above|over) "
          r"(?:any|every)(?:one|body)?|"
          # "gives its best kit only to Beijing": one side set apart from every other.
          rf"only (?:to|for|with) (?:{_SIDE})|"
          # "so a big chunk of China's trade": one side taken to weigh much in the other's.
          r"(?:big|bigger|huge|major|large|larger|sizable|sizeable|decent|massive) "
          r"(?:chunk|share|slice|part|pillar) of (?:\S+['\u2019]s?|their|its|his|her) |"
          r"(?:their|its|his) pocket|friends|bffs?|bromance|closer|hooked on|"
          r"take on the west|against the west|anti[- ]?west\w*|united front|"
          # "super tight", "took Moscow's side", "cut from the same cloth", "hand in glove".
          r"tight|t(?:ake|akes|aken|aking|ook) (?:the )?(?:\S+['\u2019]s?\s+)?side|"
          r"cut from the same cloth|(?:want|wants|wanting|after) the same things?|"
          r"hand in glove|thick as thieves|"
          # "equal partners", "just as vital for Beijing", "central to China's trade", "will
          # follow Russia anywhere": one side taken to count for the other as it does for it.
          r"equal(?:s|ly)?|(?:just |every bit |equally )?as (?:much|vital|important|central|"
          r"crucial|essential)|(?:central|vital|crucial|essential|indispensable) (?:to|for)|"
          r"follow\w* (?:\S+ ){0,2}?(?:anywhere|everywhere|lead)|"
          # "so China is basically copying Russia's foreign policy": one taken to copy the other.
          r"cop(?:y|ies|ying|ied)|imitat\w*|mimic\w*|emulat\w*|"
          # "= a big step toward interdependence": one side taken to hang on the other.
          r"(?:inter)?dependen(?:ce|cy|t))")
# A verdict on the two told as settled: "alliance confirmed", "the alliance is sealed".
_VERDICT_TOLD = (r"(?:(?:an?|the|their) )?(?:[\w\u2013-]+ )?(?:alliance|allies|axis|bloc|"
                 r"partnership|alignment) (?:is |are )?(?:(?:basically|practically|effectively|"
                 r"essentially|virtually|now|all but|pretty much|clearly|obviously|definitely|"
                 r"surely) )*(?:confirmed|official|proven|proved|sealed|"
                 r"total|complete|a done deal|in the bag)\b")
# What a clause calls the claim before it a sign of: "a splendid deal and a sure sign ...".
_SIGN = r"(?:\S+ ){0,6}?(?:an?|the) (?:\S+ )?sign(?:al)?\b"
# A conclusion on how the two stand, with the words that draw it ("so", "that's", "proof",
# "which shows") or on its own after a dash, an equals sign or a comma ("— Beijing has
# Moscow's back", "= proof of deep integration", "a big vote of confidence in ...").
_STANCE = re.compile(
    r"(?:(?:so|therefore|thus|hence|clearly|obviously|(?:which|that|this|it) (?:is why|proves?|"
    r"shows?(?: (?:you|us))?|means?|ties|binds|locks|cements|makes?|turns|settles(?: it)?)|"
    # "..., making Russia central to China's energy": what the claim before is taken to make.
    r"making|"
    # "..., shows Russia saves its best for China": the word drawing it with no subject; "the
    # article proves ..." tells what the source says, no conclusion of the writer's.
    r"(?<!article )(?<!author )(?<!writer )(?<!piece )(?<!source )(?:proves|shows|means)|"
    r"(?:that|this)(?:['\u2019]?s| is)|proof|evidence)\b(?: that| of)?,? "
    rf"(?:\S+ ){{0,7}}?{_CLOSE}\b"
    # "..., a sure sign they are doing nicely": what the claim before is taken as a sign of.
    # "..., every sign points to an alliance".
    r"|(?:every|all(?: the)?) signs? points? (?:to|toward|towards),? "
    rf"(?:\S+ ){{0,7}}?{_CLOSE}\b"
    rf"|{_SIGN}(?: that| of)?,? "
    rf"(?:\S+ ){{0,7}}?{_CLOSE}\b"
    # "... trade! Russia must be one of China's key markets": the tie told as what must be.
    rf"|(?:\S+ ){{1,3}}?must (?:be|have)\b (?:\S+ ){{0,5}}?{_CLOSE}\b"
    # "..., i.e. Moscow reserves its best for Beijing": what the claim before is taken to mean.
    rf"|i\.? ?e\.?,? (?:\S+ ){{0,7}}?{_CLOSE}\b"
    r"|(?:an? )?(?:\S+ )?(?:vote of confidence|show of support|testament)\b"
    # "..., huge buff for Moscow", "a big W for Beijing": a pay-off told for one side.
    rf"|(?:an? )?(?:\S+ )?(?:buff|boon|win|w|jackpot|windfall) for (?:{_SIDE})\b"
    # "..., a real partnership of equals": the two told to stand as equals.
    r"|(?:an? |the )?(?:\S+ )?(?:partnership|relationship|alliance|union|marriage) of equals\b"
    r"|(?:\S+ ){0,3}?(?:has|have|got) (?:\S+['\u2019]s? )?back\b"
    r"|(?:\S+ ){0,4}?(?:in a chokehold|in (?:their|its|his) pocket|over a barrel)"
    # "..., alliance confirmed", "the alliance is sealed": the verdict on the two, told last.
    rf"|{_VERDICT_TOLD})",
    re.IGNORECASE)
# Words that make a conclusion a doubt about the two rather than a claim of closeness: "so
# much for besties", "hence the trust issues", "so they're not allies".
_DOUBTING = re.compile(
    r"\b(?:not|no(?!\.? ?\d)(?! (?:\S+ )?(?:rivalry|rivalries|friction|tensions?|"
    r"differences?|daylight|competition|disputes?|conflicts?)\b)|never|hardly|barely|nothing|"
    r"less|fewer|overblown|overhyped|hype|myth|"
    r"exaggerat\w*|caution\w*|trust issues?|doubt\w*|much for)\b|n['\u2019]t\b",
    re.IGNORECASE)
_CLAUSE_END = re.compile(r"[,;!?:]|\.(?! ?\d)")
# Where a conclusion may open: after a comma or a space, at "so", "therefore", "proves"...; after
# a comma, at the two sides it speaks of; after a dash or an equals sign, at any word. Not at
# "so" after "not": "not so much to bolster an alliance as ..." sets a purpose aside.
_CONCLUSION_OPENS = re.compile(
    # "... from Russia ngl thats top-tier trust": a chat aside mid-line opens a new clause.
    r"(?:,\s*|\s+)(?:ngl|tbh|imo|imho|honestly|lol|lmao)\s*,?\s+(?=\S)|"
    r"(?:,\s*|(?<!\bnot)\s+)(?=(?:so|therefore|thus|hence|proves?|proved|shows?|showed|means|"
    r"which|that|this|proof|evidence|clearly|obviously|an? (?:\S+ )?sign(?:al)?)\b"
    r"|i\.? ?e\b)|(?:,|\.{2,}|\u2026)\s*(?=\S)|\s+(?:[-\u2013\u2014=]+|--|[-=]?>|\u2192)\s+",
    re.IGNORECASE)
# What an equals sign or an arrow opens: "... = real interdependence", "... → a special ally".
_EQUATES = re.compile(r"(?:=|[-=]>|\u2192)\s*$")
_EQUATED = re.compile(rf"(?:\S+ ){{0,5}}?{_CLOSE}\b", re.IGNORECASE)
# Two denials that make a tie: "you don't hand your best jets to someone who isn't an ally",
# "Moscow doesn't hand its best jets to just anyone".
_TWICE_DENIED = re.compile(
    # "Russia doesn't hand its best jets to just anyone": the other set apart from the rest.
    r"(?:\S+\s+){0,2}?(?:doesn['\u2019]?t|don['\u2019]?t|does not|do not|wouldn['\u2019]?t|"
    r"would not|won['\u2019]?t|will not|never)\s+(?:hand|give|sell|offer|share|trust)\w*\s+"
    r"(?:\S+\s+){0,6}?to\s+(?:just\s+)?(?:any(?:one|body)|any\s+(?:old\s+)?(?:country|state|"
    r"nation|buyer|customer))\b|"
    r"(?:you|u|nobody|no one|no country|no state)\s+(?:(?:don['\u2019]?t|do not|wouldn['\u2019]?t|"
    r"would not|never)\s+)?(?:\S+\s+){1,8}?(?:someone|somebody|anyone|anybody|a country|"
    r"a state|a nation)\s+(?:who|that)\s+(?:isn['\u2019]?t|is not|['\u2019]s not|"
    rf"(?:you|u) (?:don['\u2019]?t|do not))\s+(?:\S+\s+){{0,2}}?(?:{TIES}|trust|friends?)\b",
    re.IGNORECASE)
# A question asked to be agreed with: "so didn't Beijing back Moscow?", "so doesn't that make
# ...": its "n't" doubts nothing.
_ASKED_TO_AGREE = re.compile(
    r"(?:(?:so|then|hence|and)\s+)?(?:did|does|do|is|was|are|were|would|has|have)n['\u2019]?t\s+",
    re.IGNORECASE)


def draws_conclusion(text: str, at: int) -> bool:
    """Whether the words from `at` draw a conclusion from what comes before them ("so they're
    allies", "— proof the pivot is paying off", "= real interdependence"), and not a doubt
    ("so much for besties")."""
    if _TWICE_DENIED.match(text, at) is not None:
        return True
    # "— doesn't that prove they're allies?" asks to be agreed with what "that proves" says.
    asked = _ASKED_TO_AGREE.match(text, at)
    if all(_CONCLUSION.match(text, start) is None and _STANCE.match(text, start) is None
           for start in (at, *((asked.end(),) if asked is not None else ()))) and (
            _EQUATES.search(text, max(0, at - 4), at) is None or _EQUATED.match(text, at) is None):
        return False
    return not doubts(text, at)


# What words beside a claim may call the two, as the claim's upshot: allies, a bloc, equal or
# privileged partners, best friends, merged, one economy, a united front.
_TIE_TOLD = re.compile(
    r"\b(?:alliance|allies|ally|allied|bloc|axis|aligned|inseparable|in lockstep|"
    r"joined at the hip|(?:a|one|the same) team|teammates|besties|bffs?|"
    r"(?:equal|real|true|privileged|strategic|special) partners?|merged|"
    r"(?:a )?(?:single|one) (?:economy|country|state|army)|united front|joint force|"
    r"hand in glove|thick as thieves|ride or die|"
    # "they agree on literally everything": one mind on every matter.
    r"(?:agree|aligned|see eye to eye) on (?:\S+ ){0,2}?(?:everything|every (?:single )?issue))\b",
    re.IGNORECASE)
# Words that tell a tie as what others say ("people think they're allies", "before you call
# it an alliance") or as a doubt ("some 'ally'", "so-called allies"): no upshot the writer
# draws.
_TIE_DISOWNED = re.compile(
    r"\b(?:think|thinks|thought|believe[sd]?|say|says|said|claim\w*|reckon\w*|convinced|"
    r"narrative|media|supposed\w*|so[- ]called|some|call|calls|calling|called|before|"
    r"assum\w*|figured|imagined|used to|false|wrong|untrue|myth)\b",
    re.IGNORECASE)
# A mark after the tie that takes it back: "alliance ❌", "'ally'", "alliance much?".
_TIE_TAKEN_BACK = re.compile(r"^(?:['\u2019\"\u201d]|\s*(?:\u274c|\u2716|\u2717|\u2718|x\b)"
                             r"|\s+much\s*\?)", re.IGNORECASE)
# Words that tell the tie of the two, as the writer's own: "they're ...", "makes them ...",
# "= ...", "only real allies get that", "proof ...", or "... 100%", "... confirmed" after it.
_TIE_PREDICATED = re.compile(
    r"(?:\b(?:they|theyre|they['\u2019]re|them|the two|both|is|are|was|were|be|being|makes?|"
    r"made|making|become|becomes|became|becoming|proof|proves?|shows?|means|only)\b|=)",
    re.IGNORECASE)
_TIE_AFFIRMED = re.compile(r"^\s*(?:100 ?%|confirmed|official|for real|for sure|now)\b",
                           re.IGNORECASE)
_SAVE = re.compile(r"\b(?:(?:any|no|every)(?:body|one| one)|anything|nothing) (?:but|except)\b"
                   r"|\b(?:except|other than|save for)\b", re.IGNORECASE)


def tie_told(text: str) -> int | None:
    """Whether words beside a claim tell the two as tied ("only real allies get that", "makes
    them equal partners", "they're a single economy by 2025") in the writer's own voice, and
    not as a doubt ("not allies", "some 'ally'", "alliance ❌") or as what others think: where
    the first such tie is told, or None."""
    for found in _TIE_TOLD.finditer(text):
        start = _clause_start(text, found.start())
        # "you don't hand that to anybody but a real ally": the denial is of the others.
        save = _SAVE.search(text, start, found.start())
        if doubts(text, save.end() if save is not None else start) \
                or _TIE_DISOWNED.search(text, start, found.start()) is not None \
                or _TIE_TAKEN_BACK.match(text[found.end():]) is not None:
            continue
        end = _CLAUSE_END.search(text, found.end())
        if end is not None and end.group() == "?":
            # "they're allies?": asked, not drawn.
            continue
        if save is not None or _TIE_PREDICATED.search(text, start, found.start()) is not None \
                or _TIE_AFFIRMED.match(text[found.end():]) is not None:
            return found.start()
    return None


# Words right before a conclusion that tell it as others' draw, not the writer's: "people
# think that means ...", "the media says this proves ...", "hawks claim the sale shows ...".
_OTHERS_DRAW = re.compile(
    r"\b(?:people|folks|everyone|everybody|some|many|others|media|pundits|hawks|analysts|"
    r"commentators|critics|experts|press|headlines|twitter|they)(?: [^\s,;.!?]+){0,2}? "
    r"(?:think|thinks|thought|say|says|said|claim|claims|claimed|believe|believes|reckon|"
    r"reckons|assume|assumes|insist|insists|argue|argues)(?: [^\s,;.!?]+){0,3}?\s*$",
    re.IGNORECASE)


def drawn_by_others(text: str, at: int) -> bool:
    """Whether the words before `at`, in its clause, tell the conclusion opening there as what
    others draw ("people think that means they're allies"), which the writer does not hold."""
    return _OTHERS_DRAW.search(text, max(0, at - 80), at) is not None


def _clause_start(text: str, at: int) -> int:
    """Where the clause holding `at` opens."""
    ends = [m.end() for m in _CLAUSE_END.finditer(text, 0, at)]
    return ends[-1] if ends else 0


def doubts(text: str, at: int) -> bool:
    """Whether the clause from `at` doubts the two rather than draws them close ("so much for
    besties", "hence the trust issues", "so they're not allies"); a question asked to be
    agreed with ("so didn't Beijing back Moscow?") doubts nothing by its "n't"."""
    end = _CLAUSE_END.search(text, at)
    asked = _ASKED_TO_AGREE.match(text, at)
    stop = end.start() if end is not None else len(text)
    if _DOUBTING.search(text, asked.end() if asked is not None else at, stop) is None:
        return False
    # "that's not diplomacy, that's an alliance": what is denied is set aside for what the
    # next clause tells, when the denied clause names no tie of its own.
    if end is not None and end.group() == "," \
            and _SET_IN_PLACE.match(text, end.end()) is not None \
            and _CLOSE_WORD.search(text, at, stop) is None:
        return doubts(text, end.end())
    return True


# What opens a clause telling what stands in place of a thing just denied: "..., that's ...",
# "..., it's ...", "..., but ...".
_SET_IN_PLACE = re.compile(r"\s*(?:(?:that|this|it)(?:['\u2019]?s| is)|but)\s", re.IGNORECASE)
_CLOSE_WORD = re.compile(rf"\b{_CLOSE}\b", re.IGNORECASE)
# A conclusion told first, as a headline, its evidence after it: "alliance confirmed, trade hit
# a record", "allies confirmed: ...".
_HEADLINE = re.compile(
    r"^(?::\w+:|\W)*(?:(?:an?|the|their) )?(?:\w+ )?(?:alliance|allies|axis|bloc|partnership) "
    r"(?:is )?(?:confirmed|official|proven|proved)\W*?(?:[,:;]|\s[-\u2013\u2014])\s*",
    re.IGNORECASE)
# A premise told first, as the reason for the conclusion after it: "because they vote together
# at the UN, they're aligned", "since they drilled together, doesn't that prove ...".
_REASON = re.compile(
    r"^\W*(?:(?:apparently|reportedly|so|well|and|but|like|ok|okay)\s+)?"
    r"(?:because|since|given(?: that)?|now that)\s+(?P<premise>[^,;:]+),\s*"
    rf"(?=(?:[^,;:]*?\b(?:{TIES}|{GOING_WELL}|integrat(?:ed|ing|ion))\b|"
    r"(?:(?:does|doesn['\u2019]?t|do|don['\u2019]?t) )?"
    r"(?:that|this|it) (?:proves?|shows?|means?)\b))",
    re.IGNORECASE)
# "vs" between two claims ("$148bn in Africa vs only $24bn in Russia").
_VERSUS = re.compile(r"vs\.?|versus|compared\s+(?:to|with)|as\s+against", re.IGNORECASE)
# A figure that ends the text before a cut: "... (35%".
_FIGURE_LAST = re.compile(r"\d[\d,.]*\s?(?:%|percent|k|bn|b|m|billion|million)?\s*$",
                          re.IGNORECASE)
# "between" with no more than a few words after it, just before a soft "and".
_BETWEEN = re.compile(r"\bbetween(?:\s+\S+){1,4}\s*$", re.IGNORECASE)
# An atom opening with these words, its phrase ended by a bare comma, sets the scene for a claim
# ("even during China's downturn, ...", "of the 91 projects, ..."), never a claim of its own.
# One ended by ", and" or "but" is a claim whose time it tells ("after the war the city grew,
# and ...").
_SCENE_SETTING = re.compile(
    r"^(?:even\s+)?(?:during|despite|in spite of|after|before|since|when|while|although|"
    r"though|because|until|amid|throughout|of|out of|among)\b",
    re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Piece:
    """A firm piece of a message and its soft atoms, which join back into spans of the piece."""

    text: str
    atoms: tuple[tuple[int, int], ...]  # start and end of each atom in text
    short: tuple[bool, ...]             # atoms too short to be a claim on their own
    scene: tuple[bool, ...] = ()        # atoms that only set the scene for the next one
    readings: tuple[str, ...] = ()      # each atom with the words it leaves out (`completed`)

    def span(self, first: int, last: int) -> str:
        return self.text[self.atoms[first][0]:self.atoms[last][1]].strip(" ,")

    def claim(self, first: int, last: int) -> str:
        """A span as a claim: its first atom read with the words it leaves out, which the
        atom before it says ("..., china 3200": "china sent 3200 troops")."""
        if not self.readings or self.readings[first] == self.span(first, first):
            return self.span(first, last)
        rest = self.text[self.atoms[first][1]:self.atoms[last][1]]
        return f"{self.readings[first]}{rest}".strip(" ,")


def word_count(text: str) -> int:
    return len(normalise(text).split())


# Words that close a claim by vouching for it: "... Period.", "..., no doubt about it",
# "..., the author's certain of it". They belong to the claim before them.
_CERTAINTY_TAIL = re.compile(
    r"(?:(?<=[,;.!?\u2014])\s*|\s*(?:[,;.!\u2014]|\s-)[\s,;.!\u2014-]*)"
    rf"(?:(?:{any_of(VOUCHING_SAYINGS, VOUCHING_CLOSES, VOUCHING_TAGS)})(?: about it)?|"
    rf"(?:[\w'\u2019]+\s+){{1,3}}{CERTAIN_OF})"
    r"[\s.!]*$", re.IGNORECASE)


def untagged(text: str) -> str:
    """A claim without the tag that vouches for it ("..., no doubt about it", "Period."), when
    at least a claim's worth of words is left: the tag tells how sure the claim is, not what
    it is about."""
    match = _CERTAINTY_TAIL.search(text)
    return text if match is None else _if_claim_left(text, text[:match.start()])


# Words after a claim that say how sure of it the speaker is, at its end or with more after a
# comma ("..., guaranteed, and ...", "..., and that's a fact"): one claim with it, its certainty
# read with it.
_SURE_TAIL = re.compile(
    rf"[\s,;]*(?:(?:and\s+)?(?:that['\u2019]?s\s+)?"
    rf"(?:{any_of(VOUCHING_SAYINGS, VOUCHING_CHAT, VOUCHING_CLOSES, VOUCHING_TAGS, ('fact',))})"
    r"(?: about it)?"
    rf"|{SURE_OF_IT}(?: of it)?)\s*[.!]*\s*(?:$|,)", re.IGNORECASE)


# How sure the claim before is, said after it and told in one word: "..., no doubt about it",
# "..., probably".
_SURENESS_TAIL = re.compile(
    rf"(?:(?P<certain>{any_of(VOUCHING_WORDS, VOUCHING_SAYINGS, VOUCHING_CLOSES)})|"
    rf"{any_of(HEDGING_WORDS, SEEMING_WORDS, BELIEVING)})(?: about it)?[\s.!?]*$", re.IGNORECASE)
_SURENESS_AFTER = re.compile(r"[\s,;]+(?=\S)")


def sureness_told(text: str) -> str:
    """A claim whose last words say how sure it is ("..., no doubt about it", "..., full
    stop", "..., i think") with them told in one word ("definitely", "probably"), so that they
    weigh on its reading and not on its match."""
    for cut in _SURENESS_AFTER.finditer(text):
        tail = _SURENESS_TAIL.match(text, cut.end())
        if tail is not None and "," in cut.group():
            word = "definitely" if tail.group("certain") else "probably"
            return f"{text[:cut.start()]}, {word}"
    return text


def _tells_sureness(piece: str, cut: re.Match[str]) -> bool:
    """Whether the words after a cut only say how sure the claim before it is ("..., no doubt
    about it", "..., and that's a fact", "..., probably"): they belong to that claim."""
    return (_CERTAINTY_TAIL.match(piece, cut.start()) is not None
            or _SURE_TAIL.match(piece, cut.start()) is not None
            or _SURENESS_TAIL.match(piece, cut.end()) is not None)


# Words that open a claim by telling how sure its writer is ("apparently", "pretty sure").
_HEDGE_OPENER = re.compile(
    rf"^(?:{any_of(HEDGING_WORDS, SEEMING_WORDS)}|(?:{any_of(BELIEVING)})(?: that)?)\b[\s,]*",
    re.IGNORECASE)


def unhedged(text: str) -> str:
    """A claim without the word that opens it by telling how sure it is ("apparently ...",
    "pretty sure ..."), when at least a claim's worth of words is left: what it says is the
    rest."""
    match = _HEDGE_OPENER.match(text)
    return text if match is None else _if_claim_left(text, text[match.end():])


# Words that open a claim by telling what its writer believes ("pretty sure", "I think").
_BELIEF_OPENER = re.compile(rf"^(?:{any_of(BELIEVING)})(?: that)?\b[\s,]*", re.IGNORECASE)


def unbelieved(text: str) -> str:
    """A claim without the words that open it by telling what its writer believes ("pretty
    sure ...", "I think ..."), when at least a claim's worth of words is left."""
    match = _BELIEF_OPENER.match(text)
    return text if match is None else _if_claim_left(text, text[match.end():])


def _sentences(line: str) -> list[str]:
    """Sentence cuts that skip abbreviations ("St. Andrew", "U.S.") and initials, and those
    before a tag that vouches for the sentence ("Period.")."""
    out: list[str] = []
    start = 0
    for match in _SENTENCE_END.finditer(line):
        if _CERTAINTY_TAIL.match(line, match.start()) is not None:
            continue
        before = line[start:match.start()].rstrip(".!?; ").split()
        last = before[-1].casefold().rstrip(".") if before else ""
        if line[match.start() - 1:match.start()] == "." and (
                last in _ABBREVIATIONS or len(last.replace(".", "")) <= 1
                or "." in last or (last in _BEFORE_A_NUMBER
                                   and line[match.end():match.end() + 1].isdigit())
                or _ordinal_dotted(last, line[match.end():])):
            continue
        out.append(line[start:match.start()])
        start = match.end()
    out.append(line[start:])
    return out


def _ordinal_dotted(last: str, after: str) -> bool:
    """Whether a number of one or two digits and its period are an ordinal as some languages
    write it, before the lowercase word it counts ("Putin's 61. birthday"), not a sentence's
    end: the word after names no one."""
    following = after.split(None, 1)[:1]
    if not (last.isdigit() and len(last) <= 2 and following and following[0][:1].islower()):
        return False
    word = normalise(following[0])
    return bool(word) and not entities(word) and word not in STATESMEN_OF


def _tie_alone(text: str) -> bool:
    """Whether a line is no more than the two told as tied ("alliance confirmed", "= allies
    now 100%"): an upshot with no claim of its own."""
    return word_count(text) <= MIN_WORDS + 1 and tie_told(text) is not None


def _claims_told(parts: list[tuple[str, bool]]) -> list[tuple[str, bool]]:
    """Parts of three words or more, each told with whether it is quoted; a short part ("No.",
    "lol", "really?") is left out, and one that only ties the two ("alliance confirmed") goes
    with the part before it. When none is long enough, all of them joined are the one part,
    quoted when every part is."""
    parts = [(p.strip(), quoted) for p, quoted in parts if p.strip()]
    kept: list[tuple[str, bool]] = []
    for p, quoted in parts:
        if kept and kept[-1][1] == quoted and _tie_alone(p):
            # "They vote in unison." / "alliance confirmed": a short upshot goes with the
            # claim before it, as it would on the same line.
            kept[-1] = (f"{kept[-1][0].rstrip(' .!?')}, {p}", quoted)
        elif word_count(p) >= MIN_WORDS:
            kept.append((p, quoted))
    return kept or [(" ".join(p for p, _ in parts),
                     bool(parts) and all(quoted for _, quoted in parts))]


@lru_cache(maxsize=4096)
def premise_of(text: str) -> str | None:
    """The claim a conclusion is drawn from, when a text states one and then what it is taken
    to show ("they vote together at the UN, so they're aligned on foreign policy": the votes);
    None when the text draws no conclusion or too little is left before it."""
    reason = _REASON.match(text)
    if reason is not None and word_count(reason.group("premise")) >= MIN_WORDS:
        return reason.group("premise")
    headline = _HEADLINE.match(text)
    if headline is not None and word_count(text[headline.end():]) >= MIN_WORDS:
        return text[headline.end():]
    for opens in _CONCLUSION_OPENS.finditer(text):
        if draws_conclusion(text, opens.end()) and not drawn_by_others(text, opens.end()) \
                and word_count(text[:opens.start()]) >= MIN_WORDS:
            return text[:opens.start()]
    return None


# A denial in the words telling who said it: "the author doesn't think", "he never said".
# Only the source's own word is denied so; someone in the chat not saying a thing denies
# nothing of it.
_REPORT_DENIED = re.compile(r"^(?:\S+\s+)*?(?:the|this|that)\s+(?:article|author|writer|piece)\s+"
                            r"(?:\S+\s+){0,2}?(?:not|never|(?:does|do|did)n['\u2019]?t)\b",
                            re.IGNORECASE)


# "you wrote X in the doc, it's Y": what the one spoken to said, then the writer's correction.
_YOU_SAID = re.compile(r"^(?:(?:so|ok|okay|wait|lol|hey|yo|but|btw)\s+)*(?:you|u)\s+",
                       re.IGNORECASE)
_CORRECTION = re.compile(r",\s*(?=(?:it['\u2019]?s|it is|it was|actually|in fact)\b)",
                         re.IGNORECASE)


# A report told as word for word: "the author literally says ...".
_WORD_FOR_WORD = re.compile(r"\bliterally\b", re.IGNORECASE)


def unreported(text: str) -> str:
    """A claim without the words saying who in the chat said it ("my prof mentioned that"),
    when at least a claim's worth of words is left. What the one spoken to said, corrected
    after it ("you wrote $24bn, it's $148bn"), leaves only the correction."""
    speaking = _SPEAKING_FOR.match(text)
    if speaking is not None:
        left = _if_claim_left(text, text[speaking.end():])
        if left != text and speaking.group("denied"):
            # "the delegate of Peru does not accept that X": the speaker denies X.
            return f"it is not true that {left}"
        return left
    match = _REPORTED.match(text)
    if match is None:
        return text
    correction = _CORRECTION.search(text, match.end())
    if _YOU_SAID.match(text) is not None and correction is not None:
        return _if_claim_left(text, text[correction.end():])
    left = _if_claim_left(text, text[match.end():])
    if left != text and _REPORT_DENIED.search(text[:match.end()]) is not None:
        # "the author does not think X": the one who said it denies X.
        return f"it is not true that {left}"
    if left != text and _WORD_FOR_WORD.search(text, 0, match.end()) is not None:
        # "the author literally says ...": the claim is told as said to the letter.
        return f"literally {left}"
    return left


def _if_claim_left(text: str, left: str) -> str:
    """What is left of a text once chat is cut from it, when at least a claim's worth of words
    is; else the text whole."""
    return left if word_count(left) >= MIN_WORDS else text


# Chat that closes a piece and says nothing of its claim: a tag question ("..., no?",
# "..., didn't he?"), an aside ("not that it matters"), a judgment of its figure ("..., that's
# nothing") or a chat word ("lol", "btw"). Its "no", "nothing" or "n't" denies nothing.
_CHAT_TAIL = re.compile(
    r"(?:[\s,]+(?:lol|lmao|haha|smh|btw|tbh|imo|ngl|fr|jk|just saying|(?:no|nope)\s*\?|"
    r"(?:is|was|are|were|do|does|did|has|have|had|can|could|will|would)n['\u2019]?t "
    r"(?:it|he|she|they|that|there|we|you|i)(?: right)?\s*\?|"
    r"not that (?:it matters|anyone cares)|"
    # "..., not even close": the gap told large, nothing denied.
    rf"(?:(?:it|that)(?:['\u2019]?s| is) )?(?:{any_of(GAP_STRESSED)})|"
    # A judgment of the figure before it ("..., that's nothing"): no denial of it.
    r"(?:that|which|it|thats)(?:['\u2019]?s| is)? (?:nothing|peanuts)(?: really)?|"
    # An understatement judging what was told ("..., not exactly a hot take", "..., so not
    # exactly a love match"): it says the claim's own point, and denies none of it.
    r"(?:(?:so|which|that|it|thats)(?:['\u2019]?s| is)? )?not exactly (?:[^\W\d]+[\s-]?){1,4})"
    r"[\s.!?]*)+$",
    re.IGNORECASE,
)


# "... at Vostok lol she was impressed": a chat word, then chat about the chat.
# "..., then i did the graph part": what the writer did next, told after the claim.
_CHAT_WORD_THEN = re.compile(r"\s+(?:lol|lmao|haha|smh)\s+(?P<rest>\S.*)$"
                             r"|,\s*(?:and\s+)?then\s+(?:i|we)\s+(?P<own>\S.*)$", re.IGNORECASE)


def _untailed(text: str) -> str:
    """A piece without the chat that closes it ("..., no?", "lol", "lol she was impressed":
    a chat word and words after it that name no actor), when at least a claim's worth of
    words is left."""
    after = _CHAT_WORD_THEN.search(text)
    # "... lol so the alliance is a done deal" draws its conclusion from the claim, no chat.
    if after is not None and not entities(normalise(after.group("rest") or after.group("own"))) \
            and not (after.group("rest") and draws_conclusion(text, after.start("rest"))):
        text = _if_claim_left(text, text[:after.start()])
    match = _CHAT_TAIL.search(text)
    return text if match is None else _if_claim_left(text, text[:match.start()])


def _unopened(text: str) -> str:
    """A piece without the chat words that open it ("fyi", "anyway, but seriously,"), when at
    least a claim's worth of words is left."""
    match = _CHAT_OPENER.match(text)
    return text if match is None else _if_claim_left(text, text[match.end():])


# A heading of chat before a colon that opens a piece: "side note:", "quick one before I log
# off:", "hot take:". A heading that names the topic a reply is about ("re the pipeline:") is
# kept: what follows may lean on it ("it fell through").
_HEADING = re.compile(
    r"^((?:side ?note|quick|note|reminder|psa|"
    r"tl;?dr|tl dr|hot take|fun fact|key point|update|edit|correction|context|recap|summary|"
    r"thread|fyi|btw|fwiw|anyway|on a (?:different|side|related) note|unrelated|off topic|"
    r"on topic|random|one thing|something|til|today i learned|(?:the )?gist|bottom line|"
    r"takeaway|main point|summary line|"
    # A point put to a speaker in a debate: "point of information:", "point of order:".
    r"point of (?:information|order|clarification))\b[^:]{0,60}?)"
    # ("side note on the checks — ...": a dash ends a heading as a colon does.)
    r"(?::|\s[\u2013\u2014]|\s-)\s+(?=\S)",
    re.IGNORECASE)
# A question's number heading an answer ("Q7:", "q 12:") is the only heading with a figure.
_QUESTION_HEADING = re.compile(r"^\W{0,2}q\s?\d{1,2}\W{0,2}:\s+(?=\S)", re.IGNORECASE)
MAX_HEADING_WORDS = 8
# A heading that names the piece of work a claim is passed on for: "for Priya's slide:",
# "background for the Japan section:", "re the deck:". An actor it names names the section,
# not the claim.
_WORK_HEADING = re.compile(
    r"^([^:]{0,60}?\b(?:for|re)\b[^:]{0,40}?\b(?:slides?|sections?|deck|draft|essay|paper|"
    r"notes|talk|presentation|chapter|handout|intro|introduction|conclusion|graphic|chart|"
    r"caption|script|podcast|lecture|quiz|homework|assignment|graf|paragraph|piece)):\s+(?=\S)",
    re.IGNORECASE)
# A heading naming a piece of the group's own work, numbered or not: "position paper note:",
# "slide 5:", "action item:", "box 2:". Its number labels the piece, and is no figure.
_PART_HEADING = re.compile(
    r"^((?:[^\W\d_][\w'\u2019-]*\s+){0,3}(?:note|notes|draft|memo|item|slide|box|bullet|"
    r"speech|agenda)(?:\s+#?\d{1,2})?)\s*:\s+(?=\S)", re.IGNORECASE)
# Openers and headings cut from a piece, one after another ("lol ok but separately: fyi ...").
MAX_OPENINGS = 3
# A heading that judges what follows is part of the claim: "myth:", "confirmed:", "unverified:".
_JUDGING = re.compile(
    r"\b(?:myths?|false|wrong|fake|debunked|untrue|lies?|hoax|misleading|confirmed|verified|"
    r"proven|official|definitely|certainly|unconfirmed|unverified|rumou?rs?|allegedly|"
    r"reportedly|maybe|probably|likely|possibly|not|no|never|nope|nah)\b")


def _unheaded(text: str) -> str:
    """A piece without the heading before its first colon ("quick one before I log off: ..."),
    when the heading names no actor, gives no figure and is short, and a claim's worth of
    words follows it."""
    work = _WORK_HEADING.match(text)
    if work is not None and not any(ch.isdigit() for ch in work.group(1)) \
            and len(normalise(work.group(1)).split()) <= MAX_HEADING_WORDS \
            and not _JUDGING.search(normalise(work.group(1))) \
            and word_count(text[work.end():]) >= MIN_WORDS:
        return text[work.end():]
    part = _PART_HEADING.match(text)
    if part is not None and not entities(normalise(part.group(1))) \
            and not _JUDGING.search(normalise(part.group(1))) \
            and word_count(text[part.end():]) >= MIN_WORDS:
        return text[part.end():]
    numbered = _QUESTION_HEADING.match(text)
    if numbered is not None and word_count(text[numbered.end():]) >= MIN_WORDS:
        return text[numbered.end():]
    match = _HEADING.match(text)
    if match is None or any(ch.isdigit() for ch in match.group(1)):
        return text
    head = normalise(match.group(1))
    if len(head.split()) > MAX_HEADING_WORDS or entities(head) or _JUDGING.search(head) \
            or word_count(text[match.end():]) < MIN_WORDS:
        return text
    return text[match.end():]


# The header of a line pasted from a chat log: a time in brackets ("[19:02]", "[7:02 PM]"),
# then the sender's name and a colon. A name without a time before it is a header only when it
# reads as a handle (digits or underscores in it: "econ_emma:", "user4410:"), not a word
# ("Putin:", "Fact:").
_LOG_HEADER = re.compile(
    r"^[ \t>]*(?:\[\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?\]\s*"
    r"(?:<?@?[^\s:<>]{1,32}>?\s*:\s+)?"
    r"|<?@?[^\W\d_]\w*(?:\d|_)\w*>?:\s+)(?=\S)",
    re.MULTILINE)


# The bot addressed by name at the start of a line ("factbot: ...", "@factbot ...", "hey bot,
# ..."): whom the message is for, no part of its claim. A bare "bot" addresses only with a
# stop after it ("bot, ..."); "bot accounts spread ..." is about bots.
_ADDRESS = re.compile(
    r"^[ \t]*(?:(?:(?:hey|hi|hello|yo|oi|ok|okay|dear)\s+)?@?(?:fact[ _-]?bot|bot)\b"
    r"\s*(?:[,:!\u2013\u2014-]+\s*)"
    r"|(?:(?:hey|hi|hello|yo|oi|ok|okay|dear)\s+@?|@)(?:fact[ _-]?bot|bot)\b\s*"
    r"|@?fact[ _-]?bot\b\s*)(?=\S)",
    re.IGNORECASE | re.MULTILINE)


# A message signed at its end, as notes on a club's board or in a family group are ("...
# lovely weather. - Doreen"): a dash, then one capitalised name, and nothing after it.
_SIGN_OFF = re.compile(r"\s[-\u2013\u2014~]{1,2} ?([A-Z][a-z]{1,15})\s*$")


def unlogged(text: str) -> str:
    """A message without the headers of the chat-log lines pasted into it ("[19:02]
    econ_emma: trade was $100bn" -> "trade was $100bn"), nor the bot it is addressed to
    ("factbot: ..."), nor the name it is signed with ("... - Doreen"): time, sender and
    addressee say nothing of the claim. A dash before an actor's name ("... - Russia") is no
    signature."""
    if ":" in text:
        text = _LOG_HEADER.sub(_kept_quote_mark, text)
    if "bot" in text.casefold():
        text = _ADDRESS.sub("", text)
    if "-" in text or "\u2013" in text or "\u2014" in text or "~" in text:
        signed = _SIGN_OFF.search(text)
        if signed is not None and not entities(signed.group(1).casefold()):
            text = text[:signed.start()]
    return text


def _kept_quote_mark(match: re.Match[str]) -> str:
    # A quoted log line stays quoted.
    return "> " if match.group(0).lstrip(" \t").startswith(">") else ""


def plain_line(line: str) -> str:
    """A line of chat as if typed plainly: mentions, links, emoji shortcodes, code, emphasis
    marks and struck-through words gone, the words of code spans and links kept."""
    return " ".join(_EMPHASIS.sub(" ", strip_markup(line)).split())


def _quoted(line: str) -> bool:
    """Whether a raw line quotes someone ("> trade hit $200 billion")."""
    return line.lstrip().startswith(">")


def _replies_told(lines: list[str]) -> list[tuple[str, bool]]:
    """The lines of a message (cleaned), each reply read with the quoted line above it: the
    reply judges the quote. A reply that opens by denying it ("nah", "lol no, ...") makes the
    quote's claim a denied one, and keeps only its own words after the denial; a reply that
    goes on about it ("that's where ...", "so they're ...") joins it into one claim. A reply
    that does neither, and a quoted line alone, leave the quote as someone's claim. Each line
    is told with whether it is someone else's words: a quoted line that the reply under it
    neither denies, answers nor goes on from."""
    out: list[tuple[str, bool]] = []
    previous_quoted = False
    for raw in lines:
        line = clean_text(raw)
        if not line:
            continue
        if previous_quoted and not _quoted(raw):
            reply = strip_markup(line).strip()
            denial = _DENIES_QUOTE.match(reply)
            goes_on = _GOES_ON.match(reply)
            answered = _answered(out[-1][0], reply)
            if answered is not None:
                out[-1], line = (answered[0], False), answered[1]
            elif denial is not None:
                out[-1] = (DENIED_QUOTE.format(out[-1][0]), False)
                line = reply[denial.end():]
            elif goes_on is not None:
                out[-1] = (f"{out[-1][0].rstrip(' .!?')}, {reply[goes_on.end():]}", False)
                line = ""
            elif _tie_alone(reply):
                # "> they vote in unison" / "alliance confirmed": the upshot drawn from it.
                out[-1] = (f"{out[-1][0].rstrip(' .!?')}, {reply}", False)
                line = ""
        elif out and previous_quoted == _quoted(raw):
            # "> both back a multipolar world" / "> so they're aligned": a line that draws its
            # conclusion from the line above it, quoted alike, is one claim with it.
            opening = strip_markup(_LIST_MARK.sub("", line)).strip()
            if _CONCLUSION_FIRST.match(opening) and draws_conclusion(opening, 0):
                out[-1] = (f"{out[-1][0].rstrip(' .!?;')}, {opening}", out[-1][1])
                line = ""
        previous_quoted = _quoted(raw)
        if line:
            out.append((_LIST_MARK.sub("", line), True) if previous_quoted else (line, False))
    return out


def _answered(question: str, reply: str) -> tuple[str, str] | None:
    """A quoted question of who did something and a reply naming the doer, read as the claim
    they make together and what the reply goes on to say ("who brought India in?" / "Russia
    did, and China brought in Pakistan": "Russia brought India in", "China brought in
    Pakistan"); None when the quote asks no such thing or the reply names no actor first."""
    asked = _WHO_ASKED.match(_LIST_MARK.sub("", question))
    named = _DOER_NAMED.match(reply)
    if asked is None or named is None or not entities(normalise(named.group("doer"))):
        return None
    return f"{named.group('doer')} {asked.group('deed')}", reply[named.end():]


def denied_quote(claim: str) -> str | None:
    """The quoted line a claim denies, when the claim is a quoted line read with a reply that
    denies it (`_replies_told`); else None."""
    head = DENIED_QUOTE.format("")
    return claim[len(head):] if claim.startswith(head) else None


# "the deal fell through and so did the pledge": a second claim that carries the first one's
# predicate, its subject after "so did", "as did", "and so was"...
_SO_DID = re.compile(
    r",?\s+(?:and\s+)?(?:so|as|same)\s+(?:did|was|were|has|have|had|does|do|is|are|with)\s+"
    r"(?P<subject>.+)$", re.IGNORECASE)
# Where a claim's predicate opens: its first verb in the past, or a common verb of being.
_VERB = (r"(?:[a-z]{2,}ed|fell|went|got|made|took|gave|sent|sold|bought|won|lost|grew|rose|"
         r"put|brought|spent|paid|built|held|kept|"
         r"hit|was|were|is|are|has|have|had|did|never|didn't|didn\u2019t|won't)")
_PREDICATE = re.compile(rf"\s(?={_VERB}\b)", re.IGNORECASE)


def carried_predicate(sentence: str) -> list[str]:
    """A sentence whose second claim carries the first one's predicate, told as the two claims
    ("the deal fell through and so did the pledge": "the deal fell through", "the pledge fell
    through"); any other sentence as it is."""
    found = _SO_DID.search(sentence)
    if found is None:
        return [sentence]
    first = sentence[:found.start()]
    verb = _PREDICATE.search(first)
    if verb is None or word_count(first[:verb.start()]) < 1:
        return [sentence]
    subject = found.group("subject").rstrip(" .!?")
    return [first, f"{subject} {first[verb.end():].strip()}"]


def _sure_sentences(sentences: list[str]) -> list[str]:
    """Sentences with one that only says how sure the one before is ("... crusade. Period.")
    joined to it, as a tail after a comma would be ("..., period")."""
    out: list[str] = []
    for sentence in sentences:
        if out and _SURENESS_TAIL.match(sentence.strip()) is not None:
            out[-1] = f"{out[-1].rstrip(' .!?')}, {sentence.strip()}"
        else:
            out.append(sentence)
    return out


# A thing put first as the topic of the claim after it: "what about the S-400, didn't China
# sell it to Russia?", "as for the pipeline? Beijing paid for it".
_TOPIC_FIRST = re.compile(
    r"^(?:(?:ok|okay|so|but|and|wait|hmm+|well)\s+)*"
    r"(?:what about|how about|as for|speaking of|regarding)\s+"
    r"(?P<topic>(?:the\s+)?[\w'\u2019-]+(?:\s+[\w'\u2019-]+){0,3}?)\s*[,?:\u2014-]+\s+"
    r"(?P<claim>\S.*)$", re.IGNORECASE)
# A thing put first without a lead-in, then a question on it after a comma: "the S-400, didn't
# China sell it to Russia?".
_TOPIC_ASKED = re.compile(
    r"^(?P<topic>(?:the\s+)?[\w'\u2019-]+(?:\s+[\w'\u2019-]+){0,3}?)\s*,\s+"
    r"(?P<claim>(?:(?:is|are|was|were|did|does|do|has|have|had)(?:n['\u2019]?t)?|"
    r"won['\u2019]?t|can['\u2019]?t|couldn['\u2019]?t|wouldn['\u2019]?t)\s+\S.*\?)\s*$",
    re.IGNORECASE)
# "it" or "them" past the claim's first word: what the claim does to the topic.
_TOPIC_PRONOUN = re.compile(r"(?<=\S\s)(?:it|them)\b(?!['\u2019])", re.IGNORECASE)


def _topic_carried(line: str) -> str:
    """A line whose topic is put first, read with the topic for the pronoun that stands for it
    ("what about the S-400, didn't China sell it to Russia?" or "the S-400, didn't China sell
    it to Russia?": "didn't China sell the S-400 to Russia?"); the line as it stands when its
    claim has no such pronoun or the topic is a person."""
    told = _TOPIC_FIRST.match(line) or _TOPIC_ASKED.match(line)
    if told is None:
        return line
    topic, claim = told.group("topic"), told.group("claim")
    pronoun = _TOPIC_PRONOUN.search(claim)
    if pronoun is None or any(w in STATESMEN_OF or w in PEOPLE
                              for w in normalise(topic).split()):
        return line
    return f"{claim[:pronoun.start()]}{topic}{claim[pronoun.end():]}"


def firm_pieces(text: str) -> list[str]:
    """The firmly separated pieces of a raw message (line breaks still in it), each cleaned."""
    return [piece for piece, _ in told_pieces(text)]


# A word of denial after a whole statement, past its closing mark: "X? nope", "X - wrong",
# "X. that's false".
_DENIAL_AFTER = re.compile(
    r"^(?P<claim>.+?)\s*(?:[?.!,;]+|\s[-\u2013\u2014])\s*(?:nope|nah+|wrong|false|not true|untrue|"
    r"(?:that|this)(?:['\u2019]?s| is) (?:wrong|false|not true|untrue))[\s.!]*$", re.IGNORECASE)


def _denial_told_first(line: str) -> str:
    """A line that denies its whole statement after it ("X? nope") told as the denial before
    it ("it's not true that X"), when a claim's worth of words is denied."""
    found = _DENIAL_AFTER.match(line)
    if found is None or word_count(found.group("claim")) < MIN_WORDS:
        return line
    return f"it's not true that {found.group('claim')}"


# A text that leans on a claim to draw a conclusion from it: "the op-ed leans on 'X' to say Y",
# "the draft cites X to argue that Y". It claims X, and draws Y from it.
_LEANS_ON = re.compile(
    r"^(?:\S+\s+){0,4}?(?:(?:leans|leaned|relies|relied|draws|drew) on|cites|cited|uses|used|"
    r"invokes|invoked|points to|pointed to)\s+(?P<premise>\S.{10,}?)\s+to\s+"
    r"(?:say|argue|claim|show|prove|suggest|conclude|imply)\s+(?:that\s+)?(?P<drawn>\S.*)$",
    re.IGNORECASE)


def _premise_told_first(sentence: str) -> str:
    """A sentence that leans on a claim to draw a conclusion ("the op-ed leans on 'X' to say
    Y") told as the claim and what it is taken to show ("X, so Y")."""
    found = _LEANS_ON.match(sentence)
    if found is None or word_count(found.group("premise")) < MIN_WORDS:
        return sentence
    premise = found.group("premise").strip(" '\"\u2018\u2019\u201c\u201d`")
    return f"{premise}, so {found.group('drawn')}"


def told_pieces(text: str) -> list[tuple[str, bool]]:
    """The firm pieces of a raw message, each with whether it quotes someone else's words (a
    quoted line the reply under it leaves as someone's claim) or is the writer's own."""
    parts: list[tuple[str, bool]] = []
    for cleaned, quoted in _replies_told(_LINE.split(text)):
        cleaned = _ARROW_EMOJI.sub("\u2192", cleaned)
        if ":" in cleaned:
            cleaned = _SHORTCODE_CUT.sub(_PICTOGRAPH_MARK, cleaned)
        line = _denial_told_first(_topic_carried(_LIST_MARK.sub("", plain_line(cleaned))))
        # A sentence after a pictograph may draw its conclusion from the one before it.
        sentences = [s for cut in _INLINE_ITEM.split(line) for i in _PICTOGRAPH_CUT.split(cut)
                     for s in map(_premise_told_first,
                                  _sure_sentences(_sentences(_LIST_MARK.sub("", i))))]
        for sentence in (c for s in _conclusions_joined(sentences)
                         for c in carried_predicate(s)):
            parts.extend((p, quoted) for p in _FIRM_CONNECTIVE.split(sentence))
    return _claims_told([(_claim_of(p), quoted) for p, quoted in _answers_joined(parts)])


# A question as a quiz or a Q&A sets it ("Q: when did the clash happen?", "*Q for the quiz:*
# ..."), and the answer after it ("A: March 1969", "*answer key:* abstained").
_QUESTION_MARK = re.compile(
    r"^[*_\s]*(?:q|question)(?:\s?\d{1,2})?(?:\s+(?:for|on)\s+[^:?]{1,40}?)?[*_\s]*:[*_\s]*",
    re.IGNORECASE)
_ANSWER_MARK = re.compile(
    r"^[*_\s]*(?:a|ans|answer(?:\s+key)?)(?:\s?\d{1,2})?[*_\s]*:[*_\s]*(?=\S)", re.IGNORECASE)
# A question that asks for a thing, a time, a place, a number or a doer, not for a yes or no.
_ASKS_FOR = re.compile(
    r"^(?:(?:in|on|at|by|from|to|for|with|since|until)\s+)?"
    r"(?:what|when|where|who|whom|which|how (?:much|many|long|big|large|often))\b",
    re.IGNORECASE)
# A gloss in brackets after an answer says it again in other words.
_GLOSS = re.compile(r"\s*\([^()]*\)")


def _answers_joined(parts: list[tuple[str, bool]]) -> list[tuple[str, bool]]:
    """Parts of a message, each question that asks for something ("when did the clash
    happen?") joined with the answer given to it after it ("A: March 1969") into the one claim
    they make together ("when did the clash happen — March 1969"; "who brought India in?" /
    "A: Russia": "Russia brought India in"). A question for a yes or no, and an answer after
    no question, stay as they are."""
    out: list[tuple[str, bool]] = []
    for part, quoted in parts:
        answer = _ANSWER_MARK.match(part)
        if answer is not None and out and out[-1][0].rstrip().endswith("?"):
            question = out[-1][0].strip()
            heading = _QUESTION_MARK.match(question)
            asked = question[heading.end():] if heading is not None else question
            given = _GLOSS.sub("", strip_markup(part[answer.end():])).strip(" .!;*_")
            if _ASKS_FOR.match(asked) is not None and given:
                told = _answered(asked, given) or (f"{asked.rstrip(' ?')} \u2014 {given}", "")
                out[-1] = (told[0], quoted)
                if told[1].strip():
                    out.append((told[1], quoted))
                continue
        out.append((part, quoted))
    return out


# A sentence that opens by drawing a conclusion from the one before it: "So ...", "That's ...".
_CONCLUSION_FIRST = re.compile(
    rf"(?=(?:so|therefore|thus|hence|that|this|which|proof|clearly|obviously)\b|{_VERDICT_TOLD}"
    r"|(?:\S+ ){1,3}?must\b"
    rf"|{_SIGN})",
    re.IGNORECASE)


# A sentence that tells what a figure just given was: "~$80B? that was the record".
_FIGURE_TOLD = re.compile(r"(?:that|this|which)(?:['\u2019]s| was| is| were| are)\b",
                          re.IGNORECASE)


def _conclusions_joined(sentences: list[str]) -> list[str]:
    """Sentences, each that draws its conclusion from the one before it ("... the first Order
    of Friendship. So Beijing will back Moscow."), tells what the figure that ends it was
    ("~$80B? that was the record") or only ends what it told ("The board vetoed it.") joined
    to that one: one claim with it."""
    out: list[str] = []
    for sentence in sentences:
        opening = sentence.lstrip()
        if out and ((_CONCLUSION_FIRST.match(opening) and draws_conclusion(opening, 0))
                    or _ENDS_IT_ALONE.match(opening) is not None
                    or (_FIGURE_TOLD.match(opening) is not None
                        and _FIGURE_LAST.search(out[-1].rstrip(" .!?;")) is not None)):
            out[-1] = f"{out[-1].rstrip(' .!?;')}, {opening}"
        else:
            out.append(sentence)
    return out


def _claim_of(part: str) -> str:
    """A firm part of a message without the chat around its claim: the words that open it
    ("fyi", "anyway"), a heading ("side note:"), an interjection ("no, "), an "also", and who
    in the chat said it."""
    opened = _untailed(part.strip())
    for _ in range(MAX_OPENINGS):
        shorter = _unopened(_unheaded(opened))
        if shorter == opened:
            break
        opened = shorter
    head = _ANSWER_HEADING.match(opened)
    if head is not None and not entities(normalise(head.group("head"))):
        opened = opened[head.end():]
    return sureness_told(unreported(_ADDING.sub("", _INTERJECTION.sub("", opened))))


# A claim told as a rumour, the words saying so before it ("there's a rumour, maybe
# apocryphal, that ...") or after it ("..., though it was only a rumour"): one claim with them.
_RUMOUR_HEAD = re.compile(
    r"^\W*there(?:['\u2019]?s| is| was) (?:a|the|this|that) (?:rumou?r|story|legend)\b"
    r"[^.!?]{0,40}$", re.IGNORECASE)
_RUMOUR_TAIL = re.compile(
    r"[\s,;]*(?:(?:though|although|but|and)\s+)?(?:it|this|that)\s+(?:was|is)\s+"
    r"(?:only\s+|just\s+|merely\s+)?(?:a\s+)?rumou?r\b", re.IGNORECASE)


# "the Kremlin picked Huawei, the security services got it reversed": a last clause that ends
# "it", the deal the clause before it tells, with a short subject of its own.
_ENDS_IT = (
    r"(?:and\s+|but\s+|then\s+|so\s+)?(?:[\w'\u2019]+\s+){1,4}?(?:then\s+)?"
    r"(?:(?:got|get|gets|had|managed\s+to\s+get)\s+(?:it|them)\s+(?:reversed|overturned|killed|"
    r"blocked|cancell?ed|scrapped|dropped|axed)|(?:blocked|killed|reversed|overturned|scrapped|"
    r"cancell?ed|axed|nixed|vetoed|torpedoed|scuttled|scuppered|sank|stopped|halted)\s+"
    r"(?:it|them))[\s.!?]*$")
# "... challenged the decision and reversed it": a last clause with no subject of its own
# whose only object is a pronoun goes on about what the claim before it names. "... pledged
# $25 billion and actually delivered every cent" tells of the sum named before it.
_PRONOUN_TAIL = re.compile(
    r"[\s,;]*(?:and|but|then)\s+(?:(?:managed|tried|went on|got|moved)\s+to\s+|"
    rf"(?:{any_of(FOLLOWING_WORDS, STRESSING_WORDS)}|even)\s+)?"
    r"(?:[a-z]+\s+(?:(?:it|them)(?:\s+(?:in full|out|over|all))?|"
    r"every (?:cent|penny|dollar)|in full|all of it|the (?:full |whole )?(?:amount|sum|money|lot))|"
    # "... and actually followed through": the pledge named before, told as carried out.
    rf"{any_of(CARRIED_THROUGH)})[\s.!?]*$"
    # After a comma only: "... and the mayor blocked it" tells a deed of its own.
    rf"|\s*[,;]\s*(?!(?:and|but)\b){_ENDS_IT}", re.IGNORECASE)
# "It imported 90 bcm of gas, mostly from Qatar": a last clause of no verb that tells where
# most of what the claim before it names came from or went, one claim with it.
_WHENCE_TAIL = re.compile(
    r",\s*(?:mostly|mainly|largely|chiefly|primarily|predominantly|(?:almost|nearly) all)\s+"
    r"(?:from|to)\s+[^,;.!?]{1,40}[\s.!?]*$", re.IGNORECASE)
# A sentence of that last clause alone: "... servers; the security services blocked it."
_ENDS_IT_ALONE = re.compile(rf"^\s*{_ENDS_IT}", re.IGNORECASE)


# "one hundred and fourteen": the "and" inside a number told in words cuts nothing.
_NUMBER_BEFORE = re.compile(r"\b(?:hundred|thousand)\s*$", re.IGNORECASE)
_NUMBER_AFTER = re.compile(
    r"\s*(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
    r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|"
    r"seventy|eighty|ninety)\b", re.IGNORECASE)


# A name told just after the words reporting the claim ("the article says Kazakhstan"), and a
# name opening what follows an "and": one subject of two names.
_REPORTED_NAME = re.compile(
    rf"\b(?:{any_of(REPORTING_VERBS)}|that|"
    # ... or drawing a conclusion: "the drills prove Russia and China are allies".
    r"proves?|proved|proven|shows?|showed|shown|means?|meant|confirms?|confirmed|"
    r"demonstrates?|demonstrated|suggests?|suggested|implies|implied)\s+[A-Z][\w'’-]*\s*$")
_NAME_NEXT = re.compile(r"\s*[A-Z][\w'’-]*\s+(?!and\b)[a-z]")


# Words opening a claim that tell whose view it is: "the Boulègue point", "Boulègue's take".
_VIEW_HEAD = re.compile(
    r"^\W*(?:but\s+|so\s+|and\s+)?(?:the\s+)?[^\W\d_][\w-]{2,}(?:['\u2019]s)?\s+"
    r"(?:point|take|argument|view|thesis|theory)\s*$", re.IGNORECASE)


def soft_atoms(piece: str) -> Piece:
    """A piece cut at every soft cut, each atom marked when it is too short to be a claim."""
    bounds: list[tuple[int, int]] = []
    cuts: list[str] = []  # the cut after each atom
    start = 0
    reason = _REASON.match(piece)
    reason_ends = reason.end() if reason is not None else -1
    concluding: bool | None = None  # whether the piece draws a conclusion, found when needed
    concluded = False  # whether a conclusion was drawn at a cut before this one
    for match in _SOFT_CUT.finditer(piece):
        if _BETWEEN.search(piece, start, match.start()) is not None \
                and "," not in match.group():
            continue  # "between China and the USSR" names the two sides of one thing
        if _VERSUS.fullmatch(match.group().strip()) is not None \
                and _FIGURE_LAST.search(piece, start, match.start()) is not None \
                and _FIGURE_FIRST.match(piece[match.end():]) is not None:
            continue  # "35% vs 12%": two figures set side by side, one comparison
        if _NUMBER_BEFORE.search(piece, start, match.start()) is not None \
                and match.group().strip().casefold() == "and" \
                and _NUMBER_AFTER.match(piece, match.end()) is not None:
            continue  # "one hundred and fourteen" is one figure
        if (start == 0 and _RUMOUR_HEAD.match(piece[:match.start()]) is not None) \
                or _RUMOUR_TAIL.match(piece, match.start()) is not None:
            continue  # a claim and the words telling it as a rumour are one claim
        if _tells_sureness(piece, match):
            continue  # "..., no doubt about it" vouches for the claim before it
        if _PRONOUN_TAIL.match(piece, match.start()) is not None:
            continue  # "... and reversed it" goes on about the claim before it
        if match.group().strip().casefold() == "and" \
                and _REPORTED_NAME.search(piece, start, match.start()) is not None \
                and _NAME_NEXT.match(piece, match.end()) is not None:
            continue  # "the article says Kazakhstan and Russia share ...": two names, one
            #           subject of the claim reported
        if _WHENCE_TAIL.match(piece, match.start()) is not None:
            continue  # "..., mostly from Qatar" tells where what the claim names came from
        if draws_conclusion(piece, match.end()):
            concluded = True
            continue  # "..., so they're allies" draws its conclusion from the claim before
        if concluded and _GOES_FURTHER.match(piece, match.end()) is not None:
            continue  # "..., so they're allies, even against the West": the conclusion goes on
        if start == 0 and _VIEW_HEAD.match(piece[:match.start()]) is not None:
            continue  # "the Boulègue point - China was invited ...": the view and whose it is
        if start == 0 and _HEADLINE.match(piece[:match.end()]) is not None:
            continue  # "alliance confirmed, ..." draws its conclusion from the claim after
        if match.group().strip() == "," and _COMPARED_TAIL.match(piece, match.end()) is not None:
            if concluding is None:
                concluding = premise_of(piece) is not None
            if concluding:
                continue  # "they met 25 times, more than with anyone else, so ...": the
                #           comparison tells more of the premise the conclusion is drawn from
        if match.group().strip() == "," and _within_premise(piece, match.start()):
            continue  # "trade hit $100bn, +15% on 2017, so they're allies": one premise
        if match.group().strip().casefold() in _BARE_AND:
            if concluding is None:
                concluding = premise_of(piece) is not None
            if concluding:
                continue  # "trade grew and hit a record, so ...", "... = proof Russia and
                #           China are allies": one premise, one conclusion
        if start == 0 and reason_ends >= 0 and (match.start() < reason_ends
                                                 or "," not in match.group()):
            continue  # "because ..., they're allies": one claim, up to a comma after it
        bounds.append((start, match.start()))
        cuts.append(match.group().strip().casefold())
        start = match.end()
    bounds.append((start, len(piece)))
    bounds, cuts = _asides_joined(piece, bounds, cuts)
    bounds, cuts = _lists_joined(piece, bounds, cuts)
    if len(bounds) > MAX_ATOMS:
        bounds, cuts = [(0, len(piece))], []
    readings: list[str] = []
    previous = ""
    lead = ""  # the reading of the last atom that is a clause, not an item of a list
    for i, (b, e) in enumerate(bounds):
        atom = piece[b:e].strip(" ,")
        # A clause after the first may tell who in the chat said its claim ("..., and my prof
        # said X"): the claim is X.
        # A deed after a bare "and" ends a list of deeds when the one before it was one.
        # So does one after a list of things joined by "and" ("... Abkhazia and South Ossetia
        # and abstained on Crimea"): a second "and" opens another deed.
        listed = i > 0 and (cuts[i - 1] not in _BARE_AND or (
            _DEED_FIRST.match(previous) is not None and readings[-1] != previous) or (
            i > 1 and cuts[i - 2] in _BARE_AND and _listed_item(piece, bounds[i - 1])))
        described = _apposed(piece[:b], atom) if i > 0 and cuts[i - 1] == "," else None
        # "refused to recognize Abkhazia and South Ossetia and abstained on Crimea": a deed
        # after a list of things is read with the clause the list belongs to.
        before = lead if i > 1 and _listed_item(piece, bounds[i - 1]) else \
            readings[-1] if readings else ""
        readings.append(described if described is not None
                        else completed(before, unreported(atom), listed=listed,
                                       added=cuts[i - 1].split()[-1:] == ["and"])
                        if readings else atom)
        if i == 0 or not _listed_item(piece, (b, e)):
            lead = readings[-1]
        previous = atom
    return Piece(text=piece, atoms=tuple(bounds), readings=tuple(readings),
                 short=tuple(word_count(r) < MIN_SOFT_WORDS and not _named_deed(r)
                             for r in readings),
                 scene=tuple(_SCENE_SETTING.match(piece[b:e].strip()) is not None
                             and _ends_at_comma(cuts[i:])
                             for i, (b, e) in enumerate(bounds)))


# The words joining two names into one subject ("Russia and China").
_NAME_JOINS = frozenset(("and", "n", "&", "or"))


def _named_deed(reading: str) -> bool:
    """Whether a clause of three words is a deed told of someone named: a name, then a verb
    and its object ("Putin recentralized power", "Russia invited India"): a claim, however
    short, where two names joined ("Russia and China") are none. A figure in it goes on with
    a list of figures ("..., China 3,200"), which the clause before it tells; a denial ("...,
    Beijing didn't abstain") sets aside the contrary of the claim before it."""
    said = normalise(reading)
    words = said.split()
    return len(words) == MIN_WORDS and not quantities(said) \
        and NEGATION_CUES.isdisjoint(words) \
        and bool(entities(words[0]) or words[0] in STATESMEN_OF) \
        and words[1] not in _NAME_JOINS and not entities(words[1]) \
        and words[1] not in STATESMEN_OF


def _within_premise(piece: str, at: int) -> bool:
    """Whether `at` falls inside the premise a piece draws its conclusion from, the piece
    told with no "because" first, and what follows it there is a phrase with no verb and no
    actor of its own ("trade hit $100bn, +15% on 2017, so they're allies"): one premise."""
    if _REASON.match(piece) is not None:
        return False
    premise = premise_of(piece)
    if premise is None or at >= len(premise.rstrip()):
        return False
    rest = premise[at:]
    return _VERB_AT.search(rest) is None and not entities(normalise(rest))


# Words that carry a conclusion further rather than open a claim: "..., even into a war".
_GOES_FURTHER = re.compile(
    r"(?:even|especially|including|not least)\s+(?!(?:though|if|when|as|so|after|before|more|"
    r"less)\b)", re.IGNORECASE)
# A comparison that goes on about the clause before it: "..., more than either has with anyone".
_COMPARED_TAIL = re.compile(
    r"(?:(?:far|much|way|a lot|many times|even)\s+)?(?:more|less|fewer|longer|further|oftener)"
    r"(?:\s+(?:often|times|frequently))?\s+than\b", re.IGNORECASE)
# A soft cut that is a bare "and" or "&", no comma before it.
_BARE_AND = frozenset(("and", "&"))


# A predicate with no subject of its own: "fell through", "ditched the reforms", "will deliver".
_PREDICATE_FIRST = re.compile(
    rf"^(?:(?:will|would|could|can|may|might|must|should)\s+\w|"
    rf"(?:(?:has|have|had|did|never|also|then|later)\s+)?{_VERB}\b)",
    re.IGNORECASE)


def opens_with_named_thing(text: str) -> bool:
    """Whether a clause opens with a subject of its own that names a thing, not an actor: "the"
    and one or two words, then a predicate ("the fighting went on for months")."""
    words = text.split()
    return words[:1] == ["the"] and any(_PREDICATE_FIRST.match(" ".join(words[n:])) is not None
                                        for n in (2, 3) if len(words) > n)


def _asides_joined(piece: str, bounds: list[tuple[int, int]], cuts: list[str]
                   ) -> tuple[list[tuple[int, int]], list[str]]:
    """The atoms with an aside set off by two commas joined to the words around it: a phrase
    with no verb ("Rosneft, Russia's biggest oil company, fell through"; "Xi, like Putin,
    ditched the reforms") between the subject before it and the predicate after it, which
    are one claim."""
    i = 1
    while i + 1 < len(bounds):
        aside = piece[bounds[i][0]:bounds[i][1]].strip()
        after = piece[bounds[i + 1][0]:bounds[i + 1][1]].strip()
        if cuts[i - 1] == cuts[i] == "," and _VERB_AT.search(aside) is None \
                and _PREDICATE_FIRST.match(after) is not None:
            bounds[i - 1:i + 2] = [(bounds[i - 1][0], bounds[i + 1][1])]
            cuts[i - 1:i + 1] = []
        else:
            i += 1
    return bounds, cuts


# Words at most of an item in a list of things: "economic, foreign policy and military ties".
MAX_ITEM_WORDS = 3
_DIGIT = re.compile(r"\d")
# Words opening a phrase that places or relates what comes before ("..., behind the US and
# the EU", "..., on the island and round it"): such a phrase is no item of a list.
_PLACING = frozenset("behind ahead after before on in at to from with without by for of over "
                     "under near around round across against like unlike than since until "
                     "despite except via".split())
# Words ending a list ("crude, wood n coal"): an item holding one ends its list there.
_LIST_ENDS = frozenset(("and", "n", "&", "or"))


def _lists_joined(piece: str, bounds: list[tuple[int, int]], cuts: list[str]
                  ) -> tuple[list[tuple[int, int]], list[str]]:
    """The atoms with a list of things, "A, B and C", joined into one: the items between the
    first comma and the last "and" are short phrases with no verb and no figure ("Turkey,
    Qatar, Saudi Arabia and India are next in line"; "economic, foreign policy and military
    cooperation"), which name the things one claim tells of, not claims of their own."""
    i = 1
    while i < len(bounds):
        j = i  # the items run from atom i up to the "and" after atom j
        while j + 1 < len(bounds) and cuts[j - 1] == "," and _listed_item(piece, bounds[j]) \
                and cuts[j] == ",":
            j += 1
        if j + 1 < len(bounds) and cuts[i - 1] == "," and _listed_item(piece, bounds[j]) \
                and cuts[j] in _BARE_AND:
            # "Russia isn't the main supplier, Qatar, Australia and Turkmenistan are": a
            # clause before the list and a verb after it make the list the subject of a
            # claim of its own.
            first = i if _VERB_AT.search(piece, *bounds[i - 1]) is not None \
                and _VERB_AT.search(piece, *bounds[j + 1]) is not None else i - 1
            bounds[first:j + 2] = [(bounds[first][0], bounds[j + 1][1])]
            cuts[first:j + 1] = []
            i = first + 1
        else:
            i += 1
    return bounds, cuts


def _listed_item(piece: str, bound: tuple[int, int]) -> bool:
    """Whether an atom may be an item of a list of things: a few words, no verb, no figure."""
    item = piece[bound[0]:bound[1]].strip()
    words = item.casefold().split()
    return 0 < len(words) <= MAX_ITEM_WORDS and words[0] not in _PLACING \
        and not _LIST_ENDS.intersection(words) \
        and _VERB_AT.search(item) is None and _DIGIT.search(item) is None


# A phrase that ranks the name before it, set off by a comma: "..., the biggest buyer of
# its arms", "..., Russia's top partner", "..., #1 in Asia".
_RANKING_PHRASE = re.compile(
    r"^(?:(?:the|its|their|[\w-]+['\u2019]s)\s+)?(?:very\s+)?"
    r"(?:\w+est|most|top|#\s?1|no\.?\s?1|number one|first|second|third|main|leading|"
    r"single|only)\s+\S", re.IGNORECASE)
# A name ending the words before such a phrase: "... invited Pakistan, ...". A name after a
# preposition is no object the phrase ranks: in "hung the medal on Xi, the country's highest
# award" the phrase is the medal's.
_NAME_LAST = re.compile(r"(?<![\w'\u2019-])(?<!\b(?:on|to|in|at|by|of)\s)(?<!\b(?:for|via)\s)"
                        r"(?<!\bwith\s)(?<!\bfrom\s)(?P<name>[A-Z][\w-]+)[\s,]*$")


def _apposed(before: str, atom: str) -> str | None:
    """A phrase with no verb that ranks the name just before it, read as said of that name
    ("China invited Pakistan, the biggest buyer of its arms": "Pakistan is the biggest buyer
    of its arms"); None when the atom is no such phrase or no name comes before it."""
    name = _NAME_LAST.search(before)
    if name is None or _VERB_AT.search(atom) is not None \
            or _RANKING_PHRASE.match(atom) is None \
            or not entities(normalise(name.group("name"))):
        return None
    return f"{name.group('name')} is {atom}"


def _ends_at_comma(cuts: list[str]) -> bool:
    """Whether the first of these cuts that joins clauses, past any plain "and" within a
    phrase ("since Russia sells oil and gas abroad, ..."), is a bare comma."""
    clause = next((c for c in cuts if c not in ("and", "&")), None)
    return clause == ","


# A figure as chat writes it: "$80B", "300k", "21%", "3,200", "six", "dozens".
_FIGURE = re.compile(
    r"(?:(?<![\w.,-])(?:\$\s?)?\d[\d,.]*(?:\s?(?:k|bn|b|mn|m|bil|billion|million|trillion|"
    r"percent|x|times)\b|%|(?![\w%]))"
    r"|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds|"
    r"thousands)\b)", re.IGNORECASE)
# Words that bound a figure ("over $50bn", "just six").
_BOUND = (r"(?:over|about|around|roughly|nearly|almost|just|only|like|some|under|"
          r"less than|more than|at least|at most)")
# "... but $148B into africa", "... and about 3x russia's": a figure and what it is of, the
# subject and verb of the clause before left out.
_FIGURE_FIRST = re.compile(rf"^(?:{_BOUND}\s+){{0,2}}(?:{_FIGURE.pattern})", re.IGNORECASE)
_VERB_AT = re.compile(rf"(?:^|\s)(?P<verb>{_VERB})\b", re.IGNORECASE)
# A figure's own unit, at most: "sent 3,200 soldiers" ends there, and a figure after it
# ("... and 60 planes to Vostok") goes on with the list, to share what follows.
MAX_UNIT_WORDS = 1


# "..., china 3200", "and China six": an actor and a figure, the verb and what the figure counts
# left out, to be read as the clause before tells them ("russia sent 300k troops").
_GAPPED = re.compile(rf"^(?P<actor>(?:the\s+)?[\w'\u2019-]+)\s+(?P<figure>(?:{_BOUND}\s+)?"
                     rf"(?:{_FIGURE.pattern}))\s*[.!?]*$", re.IGNORECASE)
# A figure with its bound, or a range of two ("75-100k", "75,000 to 100,000").
_BOUNDED_FIGURE = re.compile(rf"(?:{_BOUND}\s+)?(?:{_FIGURE.pattern})"
                             r"(?:\s*(?:-|\u2013|to)\s*(?:\$\s?)?\d[\d,.]*(?:\s?(?:k|bn|b|mn|m|bil|"
                             r"billion|million|trillion|percent)\b|%)?)?", re.IGNORECASE)


def _gapped(before: str, clause: str) -> str | None:
    """A clause of an actor and a figure read as the clause before it tells its like, the
    before's actor and figure put in its place ("russia sent 300k troops, china 3200": "china
    sent 3200 troops"); None when the clause is no such thing or the clause before names no
    actor before its verb and figure after it."""
    gapped = _GAPPED.match(clause)
    verb = _VERB_AT.search(before)
    if gapped is None or verb is None or not entities(normalise(gapped.group("actor"))):
        return None
    figure = _BOUNDED_FIGURE.search(before, verb.end())
    actors = [m for m in re.finditer(r"[\w'\u2019-]+", before[:verb.start()])
              if entities(normalise(m.group()))]
    if figure is None or not actors:
        return None
    actor = actors[-1]
    return (f"{before[:actor.start()]}{gapped.group('actor')}{before[actor.end():figure.start()]}"
            f"{gapped.group('figure')}{before[figure.end():]}")


# "..., and China got 21%": an actor, the verb of the clause before and a share of nothing
# named, which is a share of what the clause before's share is of.
_SHARE_GAPPED = re.compile(rf"^(?P<actor>(?:the\s+)?[\w'\u2019-]+)\s+(?P<verb>{_VERB})\s+"
                           rf"(?P<figure>(?:{_BOUND}\s+)?\d[\d,.]*\s?(?:%|percent))\s*[.!?]*$",
                           re.IGNORECASE)
# A share and what it is of: "35% of russian arms exports".
_SHARE_OF = re.compile(r"\d[\d,.]*\s?(?:%|percent)(?=\s+of\b)", re.IGNORECASE)


def _share_gapped(before: str, clause: str) -> str | None:
    """A clause of an actor, the verb of the clause before and a share of nothing named, read
    as a share of what the clause before's share is of ("india got 35% of the exports and
    china got 21%": "china got 21% of the exports"); None when the clause is no such thing or
    the clause before gives its actor, before the same verb, no share of anything."""
    gapped = _SHARE_GAPPED.match(clause)
    if gapped is None or not entities(normalise(gapped.group("actor"))):
        return None
    verb = next((v for v in _VERB_AT.finditer(before)
                 if v.group("verb").casefold() == gapped.group("verb").casefold()), None)
    if verb is None:
        return None
    share = _SHARE_OF.search(before, verb.end())
    figure = _BOUNDED_FIGURE.match(before, share.start()) if share is not None else None
    actors = [m for m in re.finditer(r"[\w'\u2019-]+", before[:verb.start()])
              if entities(normalise(m.group()))]
    if figure is None or not actors:
        return None
    actor = actors[-1]
    return (f"{before[:actor.start()]}{gapped.group('actor')}{before[actor.end():figure.start()]}"
            f"{gapped.group('figure')}{before[figure.end():]}")


# "... and Xi returned the favour with the St Andrew chain": a gift given back, by the one the
# clause before gave to, to the one who gave.
_RETURNED = re.compile(
    r"^(?P<actor>(?:the\s+)?[\w'\u2019-]+)\s+(?:(?:then|later|in turn)\s+)?"
    r"(?:returned|repaid|reciprocated)(?:\s+the\s+(?:favou?r|gesture))?\s+"
    r"(?:with|by\s+(?:giving|awarding|presenting)(?:\s+(?:him|her|them))?)\s+"
    r"(?P<thing>\S.*)$", re.IGNORECASE)
_GIVEN = re.compile(
    r"(?P<giver>[\w'\u2019-]+)\s+(?:\w+\s+)?(?:gave|awarded|presented|handed|sent|offered)"
    r"\s+(?P<taker>[\w'\u2019-]+)\b", re.IGNORECASE)


def _returned(before: str, clause: str) -> str | None:
    """A clause that gives back what the clause before gave, read with who gives to whom
    ("putin gave xi the order of friendship and xi returned the favour with the st andrew
    chain": "xi gave putin the st andrew chain"); None when the clause is no such thing or the
    clause before gives nothing to its actor."""
    returned = _RETURNED.match(clause)
    if returned is None:
        return None
    actor = normalise(returned.group("actor"))
    given = next((g for g in _GIVEN.finditer(before)
                  if normalise(g.group("taker")) == actor
                  and entities(normalise(g.group("giver")))), None)
    if given is None:
        return None
    return f"{returned.group('actor')} gave {given.group('giver')} {returned.group('thing')}"


# A clause that opens by denying, with no subject of its own: "... and isn't top ten in its
# imports". (Asked, the subject follows the verb: "isn't it ...", "didn't China ...".)
_DENIED_PREDICATE = re.compile(
    r"^(?:isn['\u2019]?t|aren['\u2019]?t|wasn['\u2019]?t|weren['\u2019]?t|doesn['\u2019]?t|"
    r"didn['\u2019]?t|hasn['\u2019]?t|haven['\u2019]?t|is not|does not|did not|has not)\s+"
    r"(?!(?:it|they|he|she|we|you|there|that|this|the|a|an|its|their|his|her)\b)(?=\S)",
    re.IGNORECASE)
# An actor that opens a clause as its subject: "Russia only ranks tenth ...".
_ACTOR_FIRST = re.compile(r"^(?:the\s+)?[\w'\u2019-]+(?=\s)")


def _subject_given(before: str, clause: str) -> str | None:
    """A clause that denies with no subject of its own, read with the actor that opens the
    clause before it ("russia ranks tenth in china's exports and isn't top ten in its
    imports": "russia isn't top ten in its imports"); None when it is no such clause or the
    clause before opens with no actor."""
    subject = _ACTOR_FIRST.match(before)
    denied = _DENIED_PREDICATE.match(clause)
    if denied is None or subject is None or not entities(normalise(subject.group())) \
            or entities(normalise(clause[denied.end():].split(None, 1)[0])):
        return None
    return f"{subject.group()} {clause}"


# A clause that opens with a deed in the past and no subject of its own: "... and then
# launched a reform push", "..., loosened the rules". (Its verb is a past form, not "was" or
# "had": those often open a phrase of the clause before.)
# A time told ahead of a clause's subject or deed: "in 2012", "a year later", "two years
# after that", "the next year".
WHEN_FIRST = (r"(?:(?:in|by|since)\s+(?:(?:late|early|mid)[\s-]+)?\d{4}|"
              r"(?:a|one|two|three|four|five|six|\d{1,2})\s+(?:years?|months?|decades?)\s+"
              r"(?:later|after(?:wards| that)?|on)|the (?:next|following) year|later that year)"
              r",?\s+")
_DEED_FIRST = re.compile(
    rf"^(?:{WHEN_FIRST})?(?:(?:then|later|also|even|actually|eventually|soon)\s+)?"
    r"(?:[a-z]{3,}ed|fell|went|got|made|took|gave|sent|sold|bought|won|lost|grew|rose|"
    r"brought|spent|paid|built|held|kept|hit|left|began|started)\s+"
    # A deed on "it" goes on about what the clause before named: read with it (`_carried`).
    r"(?!(?:it|them|him|her)\b)(?=\S)",
    re.IGNORECASE)
# Words that tell a deed as a next step: "and then ...", "and later ...".
_NEXT_STEP = re.compile(rf"^(?:then|later|also|even|actually|eventually|soon)\s|^{WHEN_FIRST}",
                        re.IGNORECASE)
# Words in "-ed" that are no deed: "need", "seed", "indeed", "united".
_NOT_DEEDS = frozenset("need needed indeed seed speed united based red shed bed feed".split())


def _deed_subject_given(before: str, clause: str, *, listed: bool) -> str | None:
    """A clause of a deed with no subject of its own, read with the actor that opens the
    clause before it ("the mayor cut the budget and then raised the fares": "the mayor then
    raised the fares"; "the mayor cut the budget, raised the fares and ..."); None when it is
    no such clause, when the clause before opens with no actor, or when a bare "and" joins
    the deed, with nothing telling it as a next step (`listed` false), to a clause too short
    to be a claim of its own ("the mayor ambushed and ..."). "The mayor visited York in May
    and opened the bridge" is read in two; whether it is one claim is told by the facts its
    parts state (see checker._one_deed_told)."""
    subject = _ACTOR_FIRST.match(before)
    deed = _DEED_FIRST.match(clause)
    if deed is None or subject is None or not entities(normalise(subject.group())) \
            or clause.split(None, 1)[0].casefold() in _NOT_DEEDS \
            or (not listed and _NEXT_STEP.match(clause) is None
                and word_count(before) < MIN_SOFT_WORDS + 1):
        return None
    return f"{subject.group()} {clause}"


# "..., and it's meant to carry 38 bcm": "it" or "they" and a verb open a clause about the
# subject of the clause before.
_PRONOUN_FIRST = re.compile(
    r"^(?P<pronoun>it|they)(?:(?P<short>['\u2019](?:s|re|ll))|\s+(?P<verb>is|was|are|were|will|"
    r"would|has|had|have|can|could|may|might|must|should|[a-z]{2,}ed|[a-z]{2,}s))\s+(?=\S)",
    re.IGNORECASE)
_SHORT_VERBS = {"s": "is", "re": "are", "ll": "will"}
# "it was a big deal", "it's their third drill": a deed told as a thing.
_EVENT_TOLD = re.compile(r"^it(?:['\u2019]s|\s+(?:is|was))\s+(?:\S+\s+)?(?:a|an|the|their|its|"
                         r"his|her|one|no)\s", re.IGNORECASE)
# Where the clause before's subject ends: its first verb, in the past, of being, or a modal
# or common verb of the present.
_SUBJECT_END = re.compile(
    rf"\s(?=(?:{_VERB}|cost|costs|runs|carries|will|would|can|could|may|might|must|should)\b)",
    re.IGNORECASE)
# A subject named as a thing or a name: "the Power of Siberia pipeline", "Power of Siberia".
_NAMED_SUBJECT = re.compile(r"^(?:the\s+\S|[A-Z])")
MAX_SUBJECT_WORDS = 6
# Words that refer back to something named before.
_REFERRING = frozenset("it its they them their theirs he him his she her".split())
# Who speaks or is spoken to: "I", "we", "you" are no thing "it" stands for.
_PERSONAL = frozenset("i me my we our you your".split())


def _pronoun_subject(before: str, clause: str) -> str | None:
    """A clause opened by "it" or "they" and a verb, read with the subject of the clause before
    for the pronoun ("the ferry cost 40 million, and it's meant to carry 900 cars": "the ferry
    is meant to carry 900 cars"); None when the clause is no such thing or the clause before
    opens with no subject named as a thing or a name ahead of its verb."""
    opened = _PRONOUN_FIRST.match(clause)
    end = _SUBJECT_END.search(before)
    if opened is None or end is None:
        return None
    # "India reportedly considered ...": how the deed is told is no part of its subject.
    subject = re.sub(r"\s+\w+ly$", "", before[:end.start()].strip())
    words = normalise(subject).split()
    if not _NAMED_SUBJECT.match(subject) or not 1 <= len(words) <= MAX_SUBJECT_WORDS \
            or _DIGIT.search(subject) or not _REFERRING.isdisjoint(normalise(before).split()):
        # A clause before that itself refers back ("covered $25B of it") leaves the
        # pronoun's referent further back.
        return None
    # "the talks", "Russia and China": a plural; "the US" names one actor.
    plural = "and" in words or (len(words) > 1 and words[-1].endswith("s")
                                and not words[-1].endswith("ss") and not entities(words[-1]))
    if (opened.group("pronoun").casefold() == "they") != plural \
            or any(w in STATESMEN_OF or w in PEOPLE or w in _PERSONAL for w in words):
        # "It" is no person nor a plural, "they" no single thing.
        return None
    short = opened.group("short")
    if _EVENT_TOLD.match(clause):
        # "China sent 3,200 troops, and it was their third drill": "it was a ..." may tell
        # what the deed before was as well as what its subject is, so the clause is left as
        # it stands.
        return None
    if short is not None:
        verb = _SHORT_VERBS[short[1:].casefold()]
        rest = clause[opened.end():]
        if verb == "is" and rest.split(None, 1)[0].casefold() in ("been", "got", "gotten"):
            verb = "has"
    else:
        verb, rest = opened.group("verb"), clause[opened.end():]
    return f"{subject} {verb} {rest}"


def deed_joined(piece: Piece, k: int) -> bool:
    """Whether atom k + 1 of a piece is a deed with no subject of its own that a bare "and"
    (no comma, no list before it) joins to atom k, read with that atom's subject
    (`_deed_subject_given`): "Putin visited Tokyo and offered Abe two islands"."""
    if k + 1 >= len(piece.atoms) or not piece.readings:
        return False
    joint = piece.text[piece.atoms[k][1]:piece.atoms[k + 1][0]].strip().casefold()
    atom = piece.span(k + 1, k + 1)
    return joint in _BARE_AND and _DEED_FIRST.match(atom) is not None \
        and piece.readings[k + 1] != atom


def completed(before: str, clause: str, *, listed: bool = True, added: bool = False) -> str:
    """A clause read with the subject and verb it leaves out, which the clause before it says:
    a figure and what it goes to ("china put $80B into russia but $148B into africa": "china
    put $148B into africa"; "its economy is the 2nd biggest and about 3x russia's": "its
    economy is about 3x russia's"). A clause with a verb of its own, and a figure that only
    goes on with a list ("sent 3,200 soldiers and 60 planes to Vostok"), are read as they are.
    A clause `added` by "and" that opens with "it" or "they" is read with the subject of the
    clause before for the pronoun (`_pronoun_subject`)."""
    if before and (tail := _COMPARED_TAIL.match(clause)) is not None \
            and not quantities(normalise(clause[tail.end():])):
        # "china put $24bn into russia, less than it put into nigeria": a comparison whose
        # first side is the clause before it ("more than three-quarters of ..." bounds a
        # figure instead).
        return f"{before} {clause}"
    gapped = _gapped(before, clause) or _share_gapped(before, clause) \
        or _returned(before, clause) or _subject_given(before, clause) \
        or _deed_subject_given(before, clause, listed=listed) \
        or (_pronoun_subject(before, clause) if added else None)
    if gapped is not None:
        return gapped
    verb = _VERB_AT.search(before)
    if verb is None or _FIGURE_FIRST.match(clause) is None \
            or _PREDICATE.search(f" {clause}") is not None:
        return clause
    figure = _FIGURE.search(before, verb.end())
    if figure is not None and word_count(before[figure.end():]) <= MAX_UNIT_WORDS:
        return clause
    return f"{before[:verb.end()]} {clause}"
