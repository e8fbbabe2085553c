"""Word lists the matcher relies on: stop words, negation cues and named entities."""

from __future__ import annotations

# English function words and chat filler. "only" is not one here: exclusivity is what some
# claims are about ("the only country Russia sells the S-400 to").
STOP_WORDS: frozenset[str] = frozenset(
    """
    a about above after again against all am an and any are aren as at be because been before
    being below between both but by can could did do does doing down during each few for from
    further had has have having he her here hers herself him himself his how i if in into is it
    its itself just me more most my myself nor of off on once or other our ours ourselves
    out over own same she should so some such than that the their theirs them themselves then
    there these they this those through to too under until up very was we were what when where
    which while who whom why will with would you your yours yourself yourselves s t d ll m o re
    ve y im ive id youre thats whats theres heres lets u ur pls plz true false really actually
    like hey guys ok okay yeah yes lol lmao tbh imo imho idk btw fact check factcheck claim
    claims heard say says said someone people think thought know whether anyone tell
    b c e f g h j k l n p q r v w x z
    ngl fr frfr basically literally lowkey highkey deadass smh af tho bruh fam istg iirc afaik
    rn prolly kinda sorta totally definitely honestly seriously legit srsly omg wtf lmfao
    rofl haha hahaha xd yo bro dude wait hmm huh eh uh um thx ty kno knw cuz bc coz ya yall
    gonna wanna gotta dunno thru
    theyre theyve theyll theyd hes shes whos wouldve couldve shouldve mustve weve youve
    ppl abt def duh oh whatever stuff super tldr tbf ikr nvm
    wild classic noted crazy insane nuts yikes damn dang whoa wow meh brutal jeez geez welp ugh oof
    contends contended maintains maintained observes observed submits submitted asserts asserted
    """.split()
)

# Words that frame a claim rather than make it: where the speaker read it and how sure they are
# ("the article says", "according to the author", "pretty sure"). A message's framing is not
# its matter. (Hedges that doubt the claim, "apparently" or "allegedly", were tried as well:
# they made more verdicts wrong.)
FRAMING_WORDS: frozenset[str] = frozenset(
    """
    article articles author authors piece per according acc sure read reading anyway fwiw tl dr
    """.split()
)

# Words that stress how wholly or how surely a claim holds ("every single time", "exactly the
# same", "no exceptions", "it's guaranteed"). The
# checker reads the quantifier from the claim's words; the matcher reads them only where a
# fact's text uses them, and never takes them for typos of other words ("every" for "ever").
EMPHASIS_WORDS: frozenset[str] = frozenset(
    """
    every single exactly completely absolutely entirely utterly perfectly fully truly
    guaranteed exception exceptions
    """.split()
)

# Words whose presence flips the meaning of a claim; counted by parity.
NEGATION_CUES: frozenset[str] = frozenset(
    """
    not no never neither nor cannot cant dont doesnt didnt isnt arent wasnt werent wont wouldnt
    shouldnt couldnt havent hasnt hadnt aint nobody none nothing nowhere
    """.split()
)

# Words that tell a denial holds from some time on ("not premature anymore", "no longer
# premature"): part of the denial, not its matter. "Longer" is one only after "no".
DENIAL_SINCE_WORDS: frozenset[str] = frozenset({"anymore"})
DENIAL_SINCE_AFTER_NO = "longer"

# Auxiliaries run together with "not", as normalise writes them ("didn't" -> "didnt"): each
# denies what follows it, as "not" and "never" do.
NEGATIVE_AUXILIARIES: tuple[str, ...] = (
    "isnt", "arent", "wasnt", "werent", "didnt", "doesnt", "dont", "hasnt", "havent", "hadnt",
    "wont", "wouldnt", "cant", "couldnt", "shouldnt", "aint")

# Verbs that tell what an author or a text says ("the article says ...", "Aron argues ...").
REPORTING_VERBS: tuple[str, ...] = (
    "says", "said", "say", "writes", "wrote", "argues", "argued", "notes", "noted", "claims",
    "claimed", "contends", "thinks", "reckons", "observes", "points out", "concludes",
    "concluded", "suggests", "suggested", "reports", "reported")

# Words between "and" and a deed that tell it followed ("and then", "and eventually") or stress
# that it was so ("and actually", "and in fact"): "... and then actually paid it".
FOLLOWING_WORDS: tuple[str, ...] = ("then", "later", "eventually", "finally")
STRESSING_WORDS: tuple[str, ...] = ("actually", "really", "indeed", "in fact", "duly", "fully")
# A pledge or plan told as carried out: "... and it went through", "and followed through".
CARRIED_THROUGH: tuple[str, ...] = ("came through", "followed through", "pulled through",
                                    "went through")

# Surface words that name the same actor; the first of each group is its canonical token.
ENTITY_GROUPS: tuple[tuple[str, ...], ...] = (
    ("china", "chinese", "beijing", "peking", "prc", "xi", "jinping", "sino", "mao", "zedong"),
    ("russia", "russian", "russians", "moscow", "kremlin", "putin", "soviet", "soviets",
     "ussr", "rf", "brezhnev", "medvedev"),
    ("us", "usa", "america", "american", "americans", "washington", "trump", "biden",
     "obama"),
    ("india", "indian", "indians", "delhi", "modi"),
    ("pakistan", "pakistani", "islamabad"),
    ("japan", "japanese", "tokyo", "abe"),
    ("eu", "europe", "european", "brussels"),
    ("ukraine", "ukrainian", "kyiv", "kiev", "zelensky"),
    ("iran", "iranian", "tehran"),
    ("korea", "korean", "pyongyang", "seoul"),
    ("vietnam", "vietnamese", "hanoi"),
    ("taiwan", "taiwanese", "taipei"),
    ("germany", "german", "berlin", "merkel"),
    ("uk", "britain", "british", "london"),
    ("france", "french", "paris", "macron"),
    ("turkey", "turkish", "ankara", "erdogan"),
    ("syria", "syrian", "damascus", "assad"),
    ("israel", "israeli", "jerusalem"),
    ("mexico", "mexican"),
    ("canada", "canadian"),
    ("brazil", "brazilian"),
    ("nato",),
    ("kazakhstan", "kazakh", "astana"),
    ("mongolia", "mongolian"),
    ("venezuela", "venezuelan", "maduro"),
    ("saudi", "riyadh"),
    # (Their capitals are left out: short names that a typo of a common word or a chat name
    # turns into, "carol" into "cairo", would make a claim about another country.)
    ("africa", "african", "africans"),
    ("nigeria", "nigerian", "nigerians"),
    ("egypt", "egyptian", "egyptians"),
    ("indonesia", "indonesian", "indonesians"),
    ("qatar", "qatari"),
    ("georgia", "georgian", "georgians"),
    ("uzbekistan", "uzbek", "uzbeks"),
    ("turkmenistan", "turkmen"),
    ("kyrgyzstan", "kyrgyz"),
    ("tajikistan", "tajik", "tajiks"),
)

ENTITY_OF: dict[str, str] = {word: group[0] for group in ENTITY_GROUPS for word in group}

# A country's flag (a pair of regional indicator letters, or its ":flag_xx:" shortcode) by its
# two-letter code, told as the country's name: "🇨🇳 gave Putin the order" is China's deed.
FLAG_COUNTRIES: dict[str, str] = {
    "cn": "China", "ru": "Russia", "us": "America", "in": "India", "pk": "Pakistan",
    "jp": "Japan", "eu": "Europe", "ua": "Ukraine", "ir": "Iran", "kp": "North Korea",
    "kr": "South Korea", "vn": "Vietnam", "tw": "Taiwan", "de": "Germany", "gb": "Britain",
    "fr": "France", "tr": "Turkey", "sy": "Syria", "il": "Israel", "mx": "Mexico",
    "ca": "Canada", "br": "Brazil", "kz": "Kazakhstan", "mn": "Mongolia", "ve": "Venezuela",
    "sa": "Saudi Arabia", "ng": "Nigeria", "eg": "Egypt", "id": "Indonesia", "qa": "Qatar",
    "ge": "Georgia", "uz": "Uzbekistan", "tm": "Turkmenistan", "kg": "Kyrgyzstan",
    "tj": "Tajikistan",
}

# The adjectives of the groups above that tell whose a thing is or where it comes from, as a
# possessive does: "Russian oil" is Russia's oil.
NATIONALITY_ADJECTIVES: frozenset[str] = frozenset("""
    chinese russian soviet american indian pakistani japanese european ukrainian iranian
    korean vietnamese taiwanese german british french turkish syrian israeli mexican canadian
    brazilian kazakh mongolian venezuelan african nigerian egyptian indonesian qatari georgian
    uzbek turkmen kyrgyz tajik
    """.split())

# People among the actors: their own name stays an index term ("Trump" is not "Obama"), where a
# country's other names fold into it ("Americans", "U.S." and "America" are one term).
PEOPLE: frozenset[str] = frozenset(
    """
    xi jinping mao zedong putin brezhnev medvedev trump biden obama modi abe zelensky merkel
    macron erdogan assad maduro
    """.split()
)

# Statesmen of the past, each with the country they spoke for, and the given names of leaders
# ("Dmitry Medvedev"). They name no actor to the matcher (a claim about Kosygin is not one about
# Putin), only where a text is read for who did what to whom ("Kosygin pulled back from Zhou
# Enlai's embrace") and where names stand side by side ("Hu Jintao and Dmitry Medvedev").
STATESMEN_OF: dict[str, str] = {
    **dict.fromkeys("kosygin khrushchev stalin lenin gorbachev yeltsin".split(), "russia"),
    **dict.fromkeys("vladimir dmitry".split(), "russia"),
    **dict.fromkeys("zhou enlai deng xiaoping hu jintao".split(), "china"),
}

# Goods, weapons and currencies a claim may say are traded, bought or paid in, each group the
# words for one thing ("crude" is oil, "timber" is wood). A claim about a thing its fact never
# names is about another trade than the fact's ("the biggest buyer of Russian wheat" against
# "of Russian weapons"). Words that name arms loosely ("missiles", "tanks", "hardware") are
# left out: chat calls the S-400 and the Su-35 by them.
THING_GROUPS: tuple[tuple[str, ...], ...] = (
    ("oil", "crude", "petroleum", "diesel", "gasoline"),
    ("gas", "lng"),
    ("coal",),
    ("electronics", "machinery", "machines"),
    ("wood", "timber", "lumber", "logs"),
    ("wheat", "barley", "maize", "corn"),
    ("soy", "soya", "soybean", "soybeans"),
    ("pork", "beef", "poultry", "meat"),
    ("fertilizer", "fertilizers", "fertiliser", "fertilisers", "potash"),
    ("drone", "drones", "uav", "uavs"),
    ("reactor", "reactors", "uranium"),
    ("semiconductors", "semiconductor", "microchips"),
    ("yuan", "renminbi", "rmb"),
    ("ruble", "rubles", "rouble", "roubles"),
)

THING_OF: dict[str, str] = {word: group[0] for group in THING_GROUPS for word in group}

# Ambiguous short words that only count as entities when written as such.
AMBIGUOUS_ENTITY_WORDS: frozenset[str] = frozenset({"us", "abe"})

# Forms the stemmer keeps apart but people use for one idea; each maps to the form indexed.
WORD_FAMILIES: dict[str, str] = {
    "allied": "alliance", "alliances": "alliance",
    # British spellings, indexed as the American ones.
    "programme": "program", "programmes": "programs", "favour": "favor", "favours": "favors",
    "favoured": "favored", "neighbour": "neighbor", "neighbours": "neighbors",
    "defence": "defense", "centre": "center", "behaviour": "behavior",
    # Irregular verbs, which the stemmer leaves apart from their present forms.
    **{past: present for present, forms in {
        "sell": "sold", "buy": "bought", "pay": "paid", "give": "gave given", "send": "sent",
        "lead": "led", "meet": "met", "hold": "held", "make": "made", "take": "took taken",
        "win": "won", "fight": "fought", "lose": "lost", "spend": "spent", "build": "built",
        "begin": "began begun", "bring": "brought", "choose": "chose chosen", "hang": "hung",
        "grow": "grew grown", "rise": "rose risen", "fall": "fell fallen", "seek": "sought",
        "lend": "lent", "break": "broke broken", "draw": "drew drawn", "shake": "shook",
        "sit": "sat", "stand": "stood", "tell": "told", "think": "thought", "teach": "taught",
        "catch": "caught", "run": "ran", "see": "saw seen", "go": "went gone",
        "come": "came", "get": "got gotten", "put": "put", "say": "said",
    }.items() for past in forms.split() if past != present},
    "biggest": "largest", "bigger": "larger",
    # "No alliance yet" denies one already made.
    "yet": "already",
    # Ways of offering something without giving it yet.
    **dict.fromkeys("dangle dangles dangled dangling floated floating offered offering offers"
                    .split(), "offer"),
    # Words chat uses for the same thing: one term each, so that a claim in other words than
    # the fact's still finds it ("poured money into" is investing). (Borders, aircraft, arms,
    # fears, ties, cancelling, drills, aligned, growth and overblown were tried as well: each
    # made more verdicts wrong, or found no more facts, than it made right.)
    **{word: family for family, words in {
        "spy": "spying spied spies espionage",
        "clash": "clashes clashed skirmish skirmishes battle battles",
        "huge": "massive vast enormous immense",
        "troops": "soldiers soldier servicemen",
        "rival": "rivals foe foes enemy enemies adversary adversaries",
        "invest": "pour poured pours pouring pumped dumped chipped chipping",
        "embrace": "hug hugs hugged hugging",
        "visit": "trip trips",
        "lead": "produce produced produces producing yield yielded yields",
        "resent": "resents resented resenting resentment annoyed irked irritated angered "
                  "angry furious displeased pissed mad salty upset",
        "meet": "meetup meetups",
        # Skipping a vote is abstaining on it.
        "abstain": "skip skips skipped skipping",
    }.items() for word in words.split()},
    # British spellings, read as the American ones facts use.
    **{british: american for american, spellings in {
        "program": "programme", "programs": "programmes", "defense": "defence",
        "organization": "organisation", "organizations": "organisations",
        "recognize": "recognise", "recognized": "recognised", "recognizes": "recognises",
        "recognizing": "recognising", "center": "centre", "centers": "centres",
        "neighbor": "neighbour", "neighbors": "neighbours", "labor": "labour",
        "militarized": "militarised", "liberalizing": "liberalising",
        "liberalize": "liberalise", "centralized": "centralised", "centralize": "centralise",
        "modernize": "modernise", "modernized": "modernised", "criticized": "criticised",
        "emphasized": "emphasised", "favor": "favour", "favored": "favoured",
        "favors": "favours",
    }.items() for british in spellings.split()},
    # Buying is selling told from the other side; the reading of roles tells them apart.
    **dict.fromkeys("buy buys bought buying purchase purchases purchased purchasing".split(),
                    "sell"),
}

# Abbreviations people write for a name that facts spell out (and the other way round): both
# are indexed and matched as the name's words.
# The short codes chat writes for a country ("RU-CN trade"). They say nothing beyond a text
# that names the country; they are not actors to the matcher, where a short code would name a
# country in text that means something else.
COUNTRY_CODES: dict[str, str] = {"ru": "russia", "rus": "russia", "cn": "china", "chn": "china"}

# Verbs too light to tell what a clause is about: "did not lead to a breakthrough" denies the
# breakthrough, and "the loan never came" says nothing of where gas comes from.
LIGHT_VERBS: frozenset[str] = frozenset(
    "lead led leads leading result resulted bring brought produce produced yield yielded "
    "happen happened come came go went get got make made take took have had be been".split())

ABBREVIATIONS: dict[str, tuple[str, ...]] = {
    "bri": ("belt", "road", "initiative"),
    "obor": ("belt", "road", "initiative"),
    "sco": ("shanghai", "cooperation", "organization"),
    "eaeu": ("eurasian", "economic", "union"),
    "eeu": ("eurasian", "economic", "union"),
    "lng": ("liquefied", "natural", "gas"),
    "fdi": ("foreign", "direct", "investment"),
    "pos": ("power", "siberia"),
    "ssa": ("sub", "saharan", "africa"),
    "ksa": ("saudi", "arabia"),
    "fp": ("foreign", "policy"),
    "finmin": ("finance", "minister"),
    # Chat shorthand.
    "govt": ("government",),
    "gov": ("government",),
    "bday": ("birthday",),
    "yr": ("year",),
    "yrs": ("years",),
    "prez": ("president",),
    "pres": ("president",),
    "intl": ("international",),
    "econ": ("economy",),
    "tech": ("technology",),
    "diff": ("different",),
    "biz": ("business",),
    "natl": ("national",),
    "info": ("information",),
    "smth": ("something",),
    "coop": ("cooperation",),
    # Units.
    "mi": ("miles",),
    "km": ("kilometers",),
    "kms": ("kilometers",),
}

# Ordinals written with digits, read as the words facts use ("10th" is "tenth").
_ORDINAL_WORDS = """first second third fourth fifth sixth seventh eighth ninth tenth eleventh
    twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth
    twentieth""".split()


def ordinal_suffix(n: int) -> str:
    """"st", "nd", "rd" or "th": what follows `n` written as an ordinal."""
    return "th" if n % 100 in (11, 12, 13) else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


ORDINALS: dict[str, tuple[str, ...]] = {
    f"{n}{ordinal_suffix(n)}": (word,) for n, word in enumerate(_ORDINAL_WORDS, start=1)}

# Cities and regions people name as where something happened, each with the country (or
# continent) it lies in: "in Bali" and "in Indonesia" name one place, "in Beijing" another.
# Countries are places in themselves. Only the reading of places uses these; the matcher
# knows a place by its actor (ENTITY_GROUPS) or by its word.
_PLACES_IN: dict[str, str] = {
    "china": """beijing peking shanghai harbin guangzhou shenzhen wuhan tianjin chongqing
        xian hangzhou nanjing xinjiang tibet manchuria heilongjiang urumqi kashgar qingdao
        dalian lhasa macau""",
    "russia": """moscow petersburg leningrad vladivostok sochi kazan novosibirsk irkutsk
        khabarovsk siberia crimea sevastopol chechnya yekaterinburg murmansk kaliningrad
        volgograd stalingrad blagoveshchensk""",
    "kazakhstan": "astana almaty",
    "indonesia": "jakarta bali",
    "japan": "tokyo osaka hokkaido okinawa kyoto hiroshima",
    "india": "delhi mumbai bombay kolkata bangalore chennai kashmir",
    "pakistan": "islamabad karachi lahore",
    "us": "washington chicago houston hawaii alaska california texas",
    "uk": "london england scotland",
    "france": "paris",
    "germany": "berlin munich hamburg",
    "belgium": "brussels",
    "switzerland": "geneva davos zurich",
    "ukraine": "kyiv kiev donbas donbass odessa kharkiv",
    "belarus": "minsk",
    "uzbekistan": "tashkent samarkand",
    "kyrgyzstan": "bishkek",
    "tajikistan": "dushanbe",
    "turkmenistan": "ashgabat",
    "mongolia": "ulaanbaatar",
    "korea": "pyongyang seoul",
    "vietnam": "hanoi saigon",
    "taiwan": "taipei",
    "iran": "tehran",
    "turkey": "ankara istanbul",
    "syria": "damascus aleppo",
    "israel": "jerusalem",
    "egypt": "cairo",
    "saudi": "riyadh",
    "qatar": "doha",
    "brazil": "brasilia",
    "peru": "lima",
    "philippines": "manila",
    "thailand": "bangkok",
}
# Countries and continents named as places: a claim that puts an event in one of them.
_COUNTRIES = """
    china russia kazakhstan indonesia japan india pakistan usa america uk britain france
    germany belgium switzerland ukraine belarus uzbekistan kyrgyzstan tajikistan turkmenistan
    mongolia korea vietnam taiwan iran turkey syria israel egypt saudi qatar brazil argentina
    peru philippines thailand singapore georgia nigeria venezuela mexico canada australia
    africa europe asia ussr
    """.split()
# The same country under other names.
_COUNTRY_NAMES = {"usa": "us", "america": "us", "britain": "uk", "ussr": "russia"}

PLACE_IN: dict[str, str] = {
    **{place: country for country, places in _PLACES_IN.items()
       for place in places.split()},
    **{country: _COUNTRY_NAMES.get(country, country) for country in _COUNTRIES},
}
# The cities and regions among them, which lie in a country rather than name one.
CITIES: frozenset[str] = frozenset(place for places in _PLACES_IN.values()
                                   for place in places.split())

# Words that narrow a ranking to single countries ("Russia's largest individual partner",
# "its biggest single-country partner", hyphens read as spaces): a bloc such as the EU is not
# counted.
NARROWING_RANK_WORDS: frozenset[str] = frozenset({"individual", "single"})

# Words with which a claim of first place counts every partner, blocs included ("overall",
# "ahead of the EU", "bigger than the whole EU", "EU included").
BROADER_RECKONING_WORDS: frozenset[str] = frozenset(
    """
    overall including included incl total whole entire ahead bigger larger more than greater
    overtaken overtook overtaking beats beat beating eu europe european bloc blocs
    """.split()
)
