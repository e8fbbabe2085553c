"""The one normalisation of claims and fact texts: folding, markup, numbers, idempotence."""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from unittest import mock

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from bot.core.normalise import cached_normalise, clean_text, normalise, strip_markup
from bot.core.numbers import quantities

FOLDING = [
    # Unicode NFKC: compatibility forms become plain letters and digits.
    ("ﬁnance", "finance"),
    ("Ｒｕｓｓｉａ", "russia"),
    ("①⁰", "10"),
    # casefold, not only lower()
    ("STRASSE Straße", "strasse strasse"),
    ("PUTIN Xi", "putin xi"),
    # zero-width and soft hyphen vanish inside words, control characters separate them
    ("Rus\u200bsia", "russia"),
    ("Chi\u200dna\ufeff", "china"),
    ("al\u00adliance", "alliance"),
    ("trade\x00reached\x07record", "trade reached record"),
    ("line\r\nbreak\ttab", "line break tab"),
    ("bidi\u202eoverride", "bidioverride"),
    ("Rus\u200esia", "russia"),
    ("Chi\ufe0fna", "china"),
    ("Xi\u2028Jinping", "xi jinping"),
    # punctuation goes, words stay
    ("Russia–China trade: a “record”!", "russia china trade a record"),
    ("Is it true?!?", "is it true"),
    ("China's economy", "chinas economy"),
    ("China’s economy", "chinas economy"),
    ("U.S. primacy", "usa primacy"),
    ("the US and the EU", "the usa and the eu"),
    ("   spaced    out   ", "spaced out"),
    # A comma between a name something went to and a name opening a clause of its own stays
    # a break between them; a list of names stays a list.
    ("the prize went to Macron, Merkel handed it over",
     "the prize went to macron then merkel handed it over"),
    ("it was sold to Egypt, Qatar and Turkey", "it was sold to egypt qatar and turkey"),
    ("in Astana, Kazakhstan in 2013", "in astana kazakhstan in 2013"),
]

MARKUP = [
    # Discord
    ("<@123456789012345678> Russia and China are allies", "russia and china are allies"),
    ("<@!123456789012345678> China abstained", "china abstained"),
    ("see <#987654321> for more", "see for more"),
    ("<@&55555> trade is up", "trade is up"),
    ("<:pepe:123456> vodka <a:party:42>", "vodka"),
    ("@everyone Putin and Xi met", "putin and xi met"),
    ("@here Putin and Xi met", "putin and xi met"),
    ("China sent 3,200 soldiers <t:1536624000:R>", "china sent 3200 soldiers"),
    ("try </factcheck:1234567890> now", "try now"),
    # Slack
    ("<@U024BE7LH> China abstained on Crimea", "china abstained on crimea"),
    ("<@W123ABC|alice> hi", "hi"),
    ("<#C0123ABC|general> news", "news"),
    ("<!channel> Russia sold S-400s", "russia sold s 400s"),
    ("<!here> pipeline", "pipeline"),
    ("<!subteam^S123|@team> pipeline", "pipeline"),
    ("<!date^1392734382^{date} at {time}|Feb 18, 2014> trade", "trade"),
    ("@channel trade", "trade"),
    ("read <https://example.com/a?b=c|the article> now", "read the article now"),
    ("read <https://example.com/a> now", "read now"),
    ("mail <mailto:a@example.com|Ann> now", "mail ann now"),
    # links, code, emoji shortcodes
    ("see https://foreignaffairs.com/x?y=1 trade", "see trade"),
    ("see www.example.com/path trade", "see trade"),
    # A code block goes; an inline code span often sets off a claim, so its words stay.
    ("trade `rm -rf /` grew", "trade rm rf grew"),
    ("`China is Russia's #2 partner` true?", "china is russias 2nd partner true"),
    ("trade ```\nSELECT 1;\n``` grew", "trade grew"),
    (":flag_ru: :flag_cn: allies :+1:", "allies"),
    # Struck-through words are taken back: what is written after them stands in their place.
    ("the mayor ~~resigned~~ was fired", "the mayor was fired"),
    ("~~the bridge took 3 years~~ over 5 years to build", "the bridge took over 5 years to build"),
    ("the port handled ~~$2bn~~ $3bn", "the port handled 3 billion usd"),
    ("~~the two towns are twins~~ neighbours", "the two towns are neighbours"),
    ("~~the council is corrupt~~", ""),
    ("~~ferries~~ buses, the city runs them at night", "buses the city runs them at night"),
]

NUMBERS = [
    ("3,200 soldiers", "3200 soldiers"),
    # A rank with a number sign is an ordinal; other numbers after one stay numbers.
    ("China is Russia's #2 partner", "china is russias 2nd partner"),
    ("#1, #11 and #23", "1st 11th and 23rd"),
    # The number of an item in a list ("takeaway #3") is no rank: it is dropped.
    ("Key point #3: the pipeline cost $55bn", "key point the pipeline cost 55 billion usd"),
    # So is an item of a desk's mail or a draft: "reader email #4", "graf #2".
    ("re reader email #4: the ferry runs twice", "re reader email the ferry runs twice"),
    ("graf #2 says the ferry runs twice", "graf says the ferry runs twice"),
    ("quick tip #2 - the border is the 2nd longest", "quick tip the border is the 2nd longest"),
    ("trade & investment, AT&T", "trade and investment at t"),
    # A range of amounts written with a dash reads as "between"; scores, years and names not.
    ("Russia sent 75-100k troops", "russia sent between 75 thousand and 100 thousand troops"),
    ("75,000-100,000 soldiers", "between 75000 and 100000 soldiers"),
    ("won 3-1 in 2014-2018 with the S-400", "won 3 1 in 2014 2018 with the s 400"),
    ("ticket #123", "ticket 123"),
    ("75,000 to 100,000", "75000 to 100000"),
    ("1,000,000", "1000000"),
    ("$100bn", "100 billion usd"),
    ("$100 billion", "100 billion usd"),
    ("100 billion dollars", "100 billion usd"),
    ("US$ 100 bn", "100 billion usd"),
    ("100bn USD", "100 billion usd"),
    ("$24 billion", "24 billion usd"),
    ("$1.5 trillion", "1.5 trillion usd"),
    ("15%", "15 percent"),
    ("15 per cent", "15 percent"),
    ("15 pct", "15 percent"),
    # A unit of measure run into its number reads apart from it; "/yr" is "a year".
    ("the new line will carry 61bcm", "the new line will carry 61 bcm"),
    ("a 1200km frontier, 745mi of it river", "a 1200 km frontier 745 mi of it river"),
    ("12bcm/yr by 2030", "12 bcm a year by 2030"),
    ("12 bcm / year", "12 bcm a year"),
    # The British press's "pc", run into the number or apart.
    ("rents climbed 9pc", "rents climbed 9 percent"),
    ("a 2.5 pc cut", "a 2.5 percent cut"),
    ("a pc with 16gb", "a pc with 16gb"),
    # Numbers of several words are written in digits; one word up to ten stays a word.
    ("two hundred and six billion dollars", "206 billion usd"),
    ("nine thousand four hundred troops", "9400 troops"),
    ("one or two islands and a hundred ships", "one or two islands and 100 ships"),
    ("forty-one per cent", "41 percent"),
    # One word past ten is plainly a number; one before an ordinal is part of a rank.
    ("the club signed eleven players and forty fans came", "the club signed 11 players and 40 "
     "fans came"),
    ("his twenty-first birthday", "his twenty first birthday"),
    ("one of ten ships", "one of ten ships"),
    # Hundreds are counted past nine too; a year is said as its century and the rest.
    ("a canal of thirty two hundred km", "a canal of 3200 km"),
    ("eleven hundred and five sheep", "1105 sheep"),
    ("the dam opened in nineteen fifty eight", "the dam opened in 1958"),
    ("from twenty eleven to twenty nineteen", "from 2011 to 2019"),
    ("built in twenty oh seven", "built in 2007"),
    ("twenty seven sailors, twenty thirty thousand", "27 sailors 20 30 thousand"),
    # Two amounts joined by "and" stay two, each with its scale.
    ("sixty thousand and a hundred thousand fans", "60 thousand and 100 thousand fans"),
    ("sixty thousand and a hundred fans", "60100 fans"),
    # One word with a scale or "percent" after it is an amount.
    ("more than fifty billion dollars", "more than 50 billion usd"),
    ("twelve percent of it, two countries", "12 percent of it two countries"),
    ("38 bn cubic meters", "38 billion cubic meters"),
    # A capital B or M after a number is a scale; a small "m" may be metres.
    ("a 400B gas deal and 12M tourists", "a 400 billion gas deal and 12 million tourists"),
    ("a 100m sprint", "a 100m sprint"),
    # So is a small "b" (no unit is written that way): "a 55b pipeline".
    ("a 55b pipeline, a 2.5b loan", "a 55 billion pipeline a 2.5 billion loan"),
    # A digit after a "k" is the figure's next digit: "3k2 troops" are 3,200.
    ("3k2 troops, 12k5 fans, 1K planes", "3200 troops 12500 fans 1 thousand planes"),
    # So is a decimal before a "k": "3.2k" is written as "3,200" is; a whole "40k" keeps its word.
    ("3.2k sailors, 1.75k tanks, 40k workers", "3200 sailors 1750 tanks 40 thousand workers"),
    # Chat's "2" and "4" before a place or a pronoun are "to" and "for"; before anything else
    # they are counts.
    ("oil goes 2 japan, a deal 4 them", "oil goes to japan a deal for them"),
    ("he sold 2 indian jets in 4 years", "he sold 2 indian jets in 4 years"),
    ("3.5 million", "3.5 million"),
    ("2009–2018", "2009 2018"),
    ("S400 and Su35", "s 400 and su 35"),
    ("more than 3/4 of it", "more than three quarters of it"),
    ("1/2 of the border", "half of the border"),
    ("on 3/4/2019", "on 3 4 2019"),
    # Figures written the European way: "milliard" is a billion, a dot or a space separates
    # thousands, a comma before a scale, a unit or a percent is a decimal mark.
    ("a 70 milliard euro budget", "a 70 billion euro budget"),
    ("milliards of euros", "billions of euros"),
    ("the port cost 12 milliard $", "the port cost 12 billion usd"),
    ("a 1.800-km railway", "a 1800 km railway"),
    ("the fleet has 1.250 ships and 2.000.000 sailors", "the fleet has 1250 ships and 2000000 "
     "sailors"),
    ("exports of 1.125 billion", "exports of 1.125 billion"),
    ("a 0.375 share and 2.125 percent", "a 0.375 share and 2.125 percent"),
    ("version 1.200.3", "version 1.200.3"),
    ("inflation hit 7,25 percent", "inflation hit 7.25 percent"),
    ("inflation hit 7,2%", "inflation hit 7.2 percent"),
    ("2,5 milliard", "2.5 billion"),
    ("items 1,2 and 3", "items 1 2 and 3"),
    ("the army has 20 000 tanks", "the army has 20000 tanks"),
    ("1 500 000 voters", "1500000 voters"),
    ("in 2016 12 000 farmers", "in 2016 12000 farmers"),
    ("on june 4 300 boats", "on june 4 300 boats"),
    ("call 555 123 4567", "call 555 123 4567"),
    ("8 000-9 000 km", "between 8000 and 9000 km"),
    # A tilde before a figure is "about".
    ("a ~$40B deal, ~300 jets", "a about 40 billion usd deal about 300 jets"),
    ("hi ~ there~", "hi there"),
    # So is the circa mark before a figure; a "c." before a word is left as it is.
    ("the dam cost c.$3bn, c. 40k workers, ca. 12%", "the dam cost about 3 billion usd about 40 "
     "thousand workers about 12 percent"),
    ("built circ. 1850, see c. above", "built about 1850 see c above"),
    ("a fleet of c.20-25 ferries", "a fleet of about between 20 and 25 ferries"),
    # A span of years may give the second by its last two digits.
    ("the loans of 2009-13 and 1990–95", "the loans of 2009 2013 and 1990 1995"),
    ("a 2010-12 score, 2015-10, 2016-12%", "a 2010 2012 score 2015 10 2016 12 percent"),
    # Dozens told as their count.
    ("the mayor hired half a dozen guards", "the mayor hired 6 guards"),
    ("a dozen ferries and two dozen buses", "12 ferries and 24 buses"),
    ("3 dozen eggs, dozens of crates", "36 eggs dozens of crates"),
    # A figure with a plus after it is a floor; a sum, a name or a fraction is none.
    ("the club paid $30m+ for him", "the club paid at least 30 million usd for him"),
    ("they've met 40+ times, 2+2, C++", "theyve met at least 40 times 2 2 c"),
    ("half the squad, 1/2+ of it", "half the squad half of it"),
]

SAME_NUMBER = [
    ("3,200", "3200"),
    ("45bcm a year", "45 bcm a year"),
    ("$100bn", "$100 billion"),
    ("$100bn", "100 billion dollars"),
    ("$100 billion", "100 billion dollars"),
    ("trade hit $100bn", "trade hit 100 billion dollars"),
    ("a 15% rise", "a 15 per cent rise"),
    ("the S400", "the S-400"),
    ("Vostok2018", "Vostok-2018"),
    ("3/4 of exports", "three-quarters of exports"),
    ("a 40 milliard dollar loan", "a $40 billion loan"),
    ("1.600 miles", "1,600 miles"),
    ("12 400 workers", "12,400 workers"),
    ("a 3,5% rise", "a 3.5% rise"),
    ("a 3,5pc rise", "a 3.5 percent rise"),
    ("a 7pc stake", "a 7% stake"),
    ("c.$80bn", "about $80 billion"),
    ("the 2001-05 plan", "the 2001-2005 plan"),
]


@pytest.mark.parametrize(("raw", "expected"), FOLDING)
def test_folding(raw: str, expected: str) -> None:
    assert normalise(raw) == expected


@pytest.mark.parametrize(("raw", "expected"), MARKUP)
def test_chat_markup_is_stripped(raw: str, expected: str) -> None:
    assert normalise(raw) == expected


@pytest.mark.parametrize(("raw", "expected"), NUMBERS)
def test_numbers_are_written_one_way(raw: str, expected: str) -> None:
    assert normalise(raw) == expected


@pytest.mark.parametrize(("left", "right"), SAME_NUMBER)
def test_numbers_stay_comparable(left: str, right: str) -> None:
    assert normalise(left) == normalise(right)


@pytest.mark.parametrize(("text", "value", "unit"), [
    ("$100bn", 100e9, "usd"),
    ("100 billion dollars", 100e9, "usd"),
    ("US$ 100 billion", 100e9, "usd"),
    ("15 per cent", 15, "percent"),
    # Numbers of several words are read whole, not word by word.
    ("twenty-two per cent", 22, "percent"),
    ("one hundred and twelve tanks", 112, ""),
    ("a hundred and sixty billion dollars", 160e9, "usd"),
    ("four thousand five hundred troops", 4500, "troops"),
    ("two thousand and seven hundred miles", 2700, "miles"),
    ("nine hundred jets", 900, "aircraft"),
    ("7 milliard dollars", 7e9, "usd"),
    ("6.400 troops", 6400, "troops"),
    ("90 000 soldiers", 90000, "troops"),
    ("12,5 percent", 12.5, "percent"),
    ("twenty one hundred miles", 2100, "miles"),
    ("between forty thousand and fifty thousand soldiers", 40000, "troops"),
    ("in nineteen eighty four", 1984, "year"),
])
def test_normalised_amounts_read_as_quantities(text: str, value: float, unit: str) -> None:
    found = quantities(normalise(text))
    assert [(q.value, q.unit) for q in found] == [(value, unit)]


def test_markup_only_message_is_empty() -> None:
    assert normalise("<@123> <!channel> @everyone :wave: https://x.example") == ""
    assert normalise("\u200b\u200b \x00 ") == ""


def test_strip_markup_keeps_case_and_link_label() -> None:
    assert strip_markup("<https://x.example|The Label> <@U1>").split() == ["The", "Label"]


def test_clean_text_keeps_words_and_case() -> None:
    assert clean_text("Rus\u200bsia\x00and  China") == "Russia and China"


# -- properties -----------------------------------------------------------------------------

# Pieces that exercise every rule: markup openers, money and scale words, separators.
PIECES = st.sampled_from([
    "a", "A", "1", "0", ",", ".", "$", "%", ":", "<", ">", "@", "!", "#", "&", "|", "`", "_",
    "-", "'", "’", " ", "\n", "\t", "\u200b", "\u00ad", "U", "S", "bn", "k", "m", "billion",
    "dollars", "usd", "us$", "per cent", "percent", "pct", "pc", "U.S.", "http://", "www.", "<@",
    "<!", "<#", "everyone", "/", "3/4", "1/2", "ﬁ", "İ", "ß", "ǰ", "ΐ", "\u0301", "①", "＄",
    "％", "：", "٣", "\u200e", "\ufe0f", "\u2028", "<t:1:R>", "</a:1>", "<!date^1|x>",
    "000", "1.250", "3,5", "milliard", "may ", "~",
])


@settings(max_examples=600, suppress_health_check=[HealthCheck.too_slow])
@example("75-100k")  # a range: "between 75 thousand and 100 thousand"
@example("A#1")  # a rank after a letter: "a1st", then "a 1st"
@example("$0:2;U")  # a chat "2" before a pronoun once punctuation is gone
@example("1, 000")  # groups of digits apart once punctuation is gone
@example("1.a.000")  # a dot between digits once a stray one is gone
@example("may 1 000")  # a day of the month stays apart from the count after it
@example("c.2014-18")  # the circa mark, then a span of years
@example("A0B")  # a scale letter after a number run on from a letter: "a 0 billion"
@given(st.one_of(st.text(), st.lists(PIECES, max_size=40).map("".join)))
def test_normalise_is_idempotent(text: str) -> None:
    once = normalise(text)
    assert normalise(once) == once


@settings(max_examples=300)
@example("Ꭰꭰ")  # Cherokee case-folds to its capitals: "ᎠᎠ"
@given(st.text())
def test_normalised_text_is_single_spaced_lowercase_words(text: str) -> None:
    out = normalise(text)
    assert out == out.strip()
    assert "  " not in out
    assert not any(ch.isupper() and ch.casefold() != ch for ch in out)
    assert not any(ch in out for ch in "\u200b\u00ad\x00\n\t<>@$%`")


@settings(max_examples=200)
@given(st.lists(PIECES, max_size=20).map("".join))
def test_the_remembered_normalisation_is_the_normalisation(text: str) -> None:
    assert cached_normalise(text) == normalise(text)
    assert cached_normalise(text) == normalise(text)  # from the cache, the second time


# Each kind of figure a text may give, in words of our own, with the figure read; a text is
# searched for a kind only where it holds a word every such figure needs.
@pytest.mark.parametrize(("text", "expected"), [
    ("the canal carries a third of the cargo", [(100 / 3, "percent")]),
    ("half of the ferries are idle", [(50.0, "percent")]),
    ("7 out of the 20 locks were rebuilt", [(7.0, ""), (20.0, ""), (35.0, "percent")]),
    ("most of the barges are old", [(50.5, "percent")]),
    ("the toll doubled last spring", []),                 # "doubled": no "double" word
    ("the toll is double what it was", [(2.0, "times")]),
    ("several dozen barges", []),                         # "dozen" counts nothing here
    ("the fleet grew by dozens", [(24.0, "")]),
    ("the repair took a few days", [(2.0, "days")]),
    ("the strike dragged on for weeks", [(14.0, "days")]),
    ("the canal is number two in the region", [(2.0, "rank")]),
    ("it is the longest canal", [(1.0, "rank")]),
    ("it ranks ninth", [(9.0, "rank")]),
    ("it ranks 12th", [(12.0, "rank")]),
    ("the canal is in the top 10 of the region", [(10.0, "rank")]),
    # A sum after "top" is a bound reached, no place.
    ("the tolls didnt top 25 billion usd", [(25e9, "usd")]),
    ("the honest toll clerk often waits", []),            # "est" and "ten" inside words
    ("nobody counted anything", []),
    # A number in words counting part of a set named before is a count.
    ("the town rebuilt four of those bridges", [(4.0, "")]),
    ("five of them were closed, two ferries sank", [(5.0, "")]),
    ("one of those bridges, two of the locks", []),
])
def test_each_kind_of_figure_is_read(text: str, expected: list[tuple[float, str]]) -> None:
    assert [(q.value, q.unit) for q in quantities(text)] == expected


@settings(max_examples=300)
@given(st.lists(st.sampled_from([
    "a", "the", "of", "most", "bulk", "half", "third", "thirds", "quarter", "twice", "double",
    "several", "dozens", "a few", "hundreds", "days", "weeks", "months", "for", "lasted",
    "number", "two", "runner up", "only", "is", "bigger", "top", "partner", "largest",
    "biggest", "its", "first", "ninth", "twenty", "1", "12", "35th", "out", "91", "percent",
    "billion", "usd", "troops", "one", "hundred", "and", "than", "more", "over", "an", "hour",
]), max_size=14).map(" ".join))
def test_searching_only_texts_with_the_needed_words_finds_every_figure(text: str) -> None:
    import bot.core.numbers as numbers

    def every(pattern: re.Pattern[str], text: str, parts: tuple[str, ...]
              ) -> Iterator[re.Match[str]]:
        return pattern.finditer(text)

    found = numbers.quantities.__wrapped__(text)
    with mock.patch.object(numbers, "_scan", every):
        assert numbers.quantities.__wrapped__(text) == found


# A year guessed ("c. 1850", "around 1990") is a few years either way; one given is that year.
@pytest.mark.parametrize(("text", "low", "high"), [
    ("the mill was built c. 1850", 1847, 1853),
    ("the mill closed around 1990", 1987, 1993),
    ("the mill closed in 1990", 1990, 1990),
])
def test_a_year_guessed_spans_a_few_years(text: str, low: float, high: float) -> None:
    [year] = [q for q in quantities(normalise(text)) if q.unit == "year"]
    assert (year.low, year.high) == (low, high)


# Chat's compass words for a bound: "north of" a figure is above it, "south of" or "shy of"
# below it.
@pytest.mark.parametrize(("text", "low", "high"), [
    ("the bridge cost north of 40 million dollars", 39.2e6, math.inf),
    ("the bridge cost south of 40 million dollars", 0.0, 40.8e6),
    ("the bridge cost just shy of 40 million dollars", 0.0, 40.8e6),
    ("the bridge came in short of 40 million dollars", 0.0, 40.8e6),
])
def test_compass_words_bound_a_figure(text: str, low: float, high: float) -> None:
    [amount] = quantities(normalise(text))
    assert (amount.unit, amount.low, amount.high) == ("usd", pytest.approx(low),
                                                       pytest.approx(high))
