"""Claims in, verdicts out: phrasings, negations and figures over the bundled pack."""

from __future__ import annotations

import dataclasses

import pytest
from checker_support import BUNDLED, assert_cites_everything, assert_one_check

from bot import messages
from bot.chat.base import FactChecker
from bot.chat.render import render_reply
from bot.core.checker import _actors_fit, _states_correction, _turned_below_threshold
from bot.core.models import Match, Verdict
from bot.core.normalise import normalise
from bot.core.numbers import quantities

T, F, M, U = Verdict.TRUE, Verdict.FALSE, Verdict.MISLEADING, Verdict.UNPROVEN

# Claim -> (fact, verdict). Phrasings of our own, none of them a claim or alias of the pack:
# statements, questions, slang, typos and chat markup, several per fact where people vary.
PHRASINGS: list[tuple[str, str, Verdict]] = [
    # "A ton of" soldiers is many, where the source holds China's count small.
    ("beijing sent a ton of soldiers to vostok-2018", "vostok-chinese-forces", F),
    # A past damned where the source has it rehabilitated: the opposite word.
    ("putin pushed new history textbooks that denounce stalin", "putin-history-textbooks", F),
    # The whole denied ("hasn't bankrolled all of them") where the source states a part.
    ("beijing hasnt bankrolled all of the 91 joint projects",
     "cooperation-program-11-financed", T),
    # The whole denied and a part kept in its place ("didn't pay for all of them, only 11"):
    # the claim's quantifier is the part's, which the source's "only 11 of the 91" bears out.
    ("china hasnt paid for all of the 91 projects, only 11 of them",
     "cooperation-program-11-financed", T),
    # An amount called small ("hardly invested", "didn't invest much", "next to nothing")
    # where the source itself holds its figure small ("no more than $24 billion").
    ("china hardly invested in russia after crimea, no more than 24 billion",
     "china-fdi-24-billion", T),
    ("beijing didnt invest much in russia after crimea, 24 billion at most",
     "china-fdi-24-billion", T),
    ("beijing scarcely put money into russia in 2014-2018, only 24 billion, that's next to "
     "nothing", "china-fdi-24-billion", T),
    # The deal's ending told where the text matched tells only when it came: the fact's own
    # claim tells it ended, and the claim denies nothing.
    ("three years before Vostok-2018 the Kremlin's Huawei purchase got called off",
     "huawei-deal-reversed", T),
    ("the huawei server deal fell through three years before vostok-2018",
     "huawei-deal-reversed", T),
    # More than the source's ceiling, where it says "no more than": the claim is false.
    ("China put more than $24 billion into Russia from 2014 to 2018", "china-fdi-24-billion", F),
    ("china invested at least 24 billion dollars in russia 2014-2018", "china-fdi-24-billion", F),
    # The sides swapped and a figure the source gives another side: false, not unsure.
    ("fun fact: Egypt ordered 11 Su-35 jets, Indonesia purchased dozens", "su35-other-buyers", F),
    # An actor the text matched leaves out, where the quote tells of it what the claim does
    # (Egypt's dozens): the seller the quote never names is no other actor in its place.
    ("Egypt has bought dozens of Su-35s from Moscow", "su35-other-buyers", T),
    # "No longer premature" against the source's "still premature": the denial, however
    # worded, of what the source concludes.
    ("the writer thinks a sino-russian alliance is no longer premature",
     "alliance-already-formal", F),
    ("Aron reckons a chinese-russian alliance isn't premature anymore",
     "alliance-already-formal", F),
    # "None ... got built" against "some ... completed, many stalled": the denial and the
    # opposite word agree, but none is fewer than the some the source counts.
    ("none of the eaeu and bri infrastructure projects got built", "eaeu-bri-stalled", F),
    # "Barely ever met" plays the meetings down to next to none, against more than 25.
    ("Xi and Putin have barely ever met", "putin-xi-met-25-times", F),
    # The deed told done where the closest fact tells it only held out ("dangled returning"):
    # the claim is about the handover, which the related fact refutes.
    ("putin returned a couple of the kurils to tokyo", "kuril-islands-returned", F),
    # "Differently" against "cast their votes as one": opposite words.
    ("at the UN moscow and beijing vote differently", "un-votes-in-unison", F),
    # Trust where the source tells fear of spying: the opposite word.
    ("the russian security services trusted huawei through and through",
     "huawei-deal-reversed", F),
    # "Not ... at all" denies every one, where the source counts 11 financed.
    ("beijing did not pay for the joint projects at all", "china-funded-most-projects", F),
    # Weeks where the source tells months: the span told by its unit alone.
    ("the 1969 fighting on the border lasted just weeks", "border-clash-casualties", F),
    ("the sino-soviet border fighting of 1969 lasted a couple of weeks",
     "border-clash-casualties", F),
    # A fact about another model (the S-400) says nothing of the claim's (the Su-35), however
    # close its words ("the only foreign buyer").
    ("the only foreign buyer of Russia's Su-35 is China", "su35-china-first", F),
    # "..., not Russia into China" sets the other roles aside: it denies nothing told.
    ("china invested in russia, 24B, not russia into china", "china-fdi-24-billion", T),
    # An award (or an outpost) told military where the source calls it civilian: the
    # opposite word.
    ("Order of St. Andrew = Russia's highest military award, Putin put it on Xi",
     "order-of-st-andrew", F),
    # "Overruled the Kremlin on a purchase" ends the deal, as "killed the deal" does.
    ("russia's security services overruled the kremlin on a huawei purchase over spying fears",
     "huawei-deal-reversed", T),
    # The false deed denied and the plan told in its place ("just dangled it") tell the
    # source's correction twice: the claim is true.
    ("putin didnt actually give the kurils back to japan in january, just dangled it",
     "kuril-islands-returned", T),
    # "was gonna buy" tells the plan as it stood, which the source's "fell through" ends.
    ("CEFC was gonna buy 14 percent of rosneft", "cefc-rosneft-fell-through", T),
    # A count told without its noun ("11 of them") is the source's count of those things
    # ("11 jets"), not set against another figure it gives without a noun ("dozens").
    ("fun fact from the article, Indonesia has contracted for 11 of them",
     "su35-other-buyers", T),
    # A flag standing as a word is its country: China gave nothing, Putin gave Xi the order.
    ("\U0001F1E8\U0001F1F3 gave putin the Order of St. Andrew", "order-of-st-andrew", F),
    # Chat's "got invited ... by" is a passive as "was invited by" is: Russia invited India.
    ("Pakistan got invited into the SCO by Russia", "sco-india-pakistan", F),
    # A reply under a quoted line drawing a conclusion from it ("proof ...") goes on from it.
    ("> Xi and Putin met 25+ times\nproof they're a full alliance", "putin-xi-met-25-times",
     Verdict.MISLEADING),
    # "..., which is nothing for them" judges the sum small; it denies nothing.
    ("china only put like $24B into russia from 2014 thru 2018, which is nothing for them",
     "china-fdi-24-billion", T),
    # A false deed rightly denied, dated with a year the source contradicts: false by the year.
    ("china refused to recognize abkhazia after the 2006 war", "china-recognized-abkhazia", F),
    # A view told as someone's ("the Boulègue point - ...", "according to Boulègue, ...") is
    # about what that person said: the fact reporting their argument.
    ("the Boulègue point - china was invited to vostok to calm its worries about force near "
     "its borders, not to build an alliance", "boulegue-vostok-view", T),
    ("according to Boulègue, china was invited to vostok to calm its worries about force "
     "near its borders", "boulegue-vostok-view", T),
    # "..., done deal" after a projection tells it settled: more than the source knows. "The
    # alliance is a done deal" is the claim itself, judged on its own.
    ("power of siberia will deliver 38 bcm of gas a year to china, done deal",
     "power-of-siberia-38-bcm", Verdict.UNPROVEN),
    ("Power of Siberia = 38 bcm/yr delivered \u2705 done deal", "power-of-siberia-38-bcm",
     Verdict.UNPROVEN),
    ("per Aron an RF-PRC alliance is already a done deal", "alliance-already-formal", F),
    # What the source only foretells ("will facilitate the export of $400 billion"), vouched
    # for as settled, is more than it can know; told plainly, it is the source's forecast.
    ("the gas pipe will definitely ship $400bn of russian resources to china over 30 years",
     "power-of-siberia-400-billion", Verdict.UNPROVEN),
    ("PoS is going to carry $400 billion of raw materials to China in 30 yrs, locked in",
     "power-of-siberia-400-billion", Verdict.UNPROVEN),
    ("PoS is going to carry $400 billion of raw materials to China in 30 yrs",
     "power-of-siberia-400-billion", T),
    # A question whether a true premise means a tie ("does X mean they are allies?") asks for
    # the conclusion the source rejects, as "doesn't X prove ..." does.
    ("does the fact that Moscow and Beijing vote almost in unison at the UN mean they are "
     "allies?", "un-votes-in-unison", Verdict.MISLEADING),
    ("did the record $100 billion in bilateral trade last year mean that they are forming an "
     "alliance?", "trade-2018-record", Verdict.MISLEADING),
    # What the source tells only as a possibility held out ("held out the possibility of
    # giving Japan back at least two"), foretold as to come: unproven.
    ("Putin is set to return at least two of the Kurils to Tokyo", "kuril-islands-offer",
     Verdict.UNPROVEN),
    # A question whether a thing is going to be done ("is Moscow going to ...?") asks what is
    # to come, which a source telling it was not done cannot settle.
    ("is Moscow going to hand a couple of Kuril Islands back to Tokyo?",
     "kuril-islands-returned", Verdict.UNPROVEN),
    # A floor above the source's own ("more than 20%" against "at least 15 percent") is one
    # the source neither reaches nor rules out; one below it, the source's figure meets.
    ("bilateral trade rose by more than 20 percent on 2017", "trade-growth-15-percent",
     Verdict.UNPROVEN),
    ("upwards of 85% of what Russia exports to China is raw materials",
     "russia-exports-raw-materials", Verdict.UNPROVEN),
    ("upwards of 70% of what Russia exports to China is raw materials",
     "russia-exports-raw-materials", T),
    # A chat word between a claim and the conclusion drawn from it ("... lol so ...") leaves
    # the conclusion with the claim.
    ("putin and xi have met over 25 times haha so an alliance is basically sealed",
     "putin-xi-met-25-times", Verdict.MISLEADING),
    # A thread's post number ("1/", "2/n") opening a message is no figure of the claim.
    ("🧵 1/ Kazakhstan-Russia border: 4,250 mi, the world's second longest",
     "kazakhstan-border-4250", T),
    ("2/n the Russia-Kazakhstan border is 4,250 miles long", "kazakhstan-border-4250", T),
    # The Kremlin's choice of Huawei is told by the source, though the deal then fell through.
    ("when the kremlin went looking for tech to police the internet it settled on huawei",
     "kremlin-chose-huawei", T),
    # A deed nearly done was decided on: no denial of the decision.
    ("during its search for internet policing tech the Kremlin came close to buying from Huawei",
     "kremlin-chose-huawei", T),
    # A forecast the source only doubts ("may not be enough") is not ruled out: unproven.
    ("Putin and Xi's closeness will carry their countries into a genuine alliance",
     "putin-xi-bond-enough-for-alliance", Verdict.UNPROVEN),
    # A forecast drawn from what the source allows only as possible ("might be the most
    # promising portent of an alliance"): unproven.
    ("the personal bond between putin and xi is gonna make them real allies someday",
     "putin-xi-genuine-rapport", Verdict.UNPROVEN),
    # Denying plainly what the source only calls likely ("Beijing likely resented") is no
    # more established than stating it.
    ("Beijing never minded that Putin offered Abe a couple of the Kurils", "kuril-islands-offer",
     Verdict.UNPROVEN),
    ("Beijing wasn't annoyed at all by Putin dangling the Kuril Islands in front of Abe",
     "kuril-islands-offer", Verdict.UNPROVEN),
    # An exact count that only the source's loose count ("dozens more") meets: unproven.
    ("Egypt purchased exactly 30 Su-35s", "su35-other-buyers", Verdict.UNPROVEN),
    # One end of the source's range told as the count ("between 75,000 and 100,000"):
    # misleading; the range told whole is the source's.
    ("Russia deployed 100,000 soldiers in Vostok-2018", "vostok-russian-forces",
     Verdict.MISLEADING),
    ("the Russians sent 100,000 soldiers to the Vostok-2018 exercise", "vostok-russian-forces",
     Verdict.MISLEADING),
    ("Russia deployed somewhere from 75k to 100k soldiers in Vostok-2018",
     "vostok-russian-forces", T),
    # Founders other than the ones the source names: false.
    ("I think Russia and India set up the SCO", "sco-india-pakistan", F),
    ("the Shanghai Cooperation Organization was established by Russia and India",
     "sco-india-pakistan", F),
    # A chat handle the message is addressed to opens no denial: "didn't ..." still asks.
    ("@kirill_b didnt russia sell china the s400?", "s400-sold-to-china", T),
    # A remark judging the deed ("not a bestie move") denies none of it.
    ("China abstained on the Crimea vote at the UN, that's not a bestie move",
     "china-abstained-crimea", T),
    ("China abstained on the UN Crimea resolution, not very loyal of them",
     "china-abstained-crimea", T),
    # ... whoever the remark names: a pronoun or any name of an actor.
    ("China abstained on the UN Crimea resolution, not very loyal of Peking",
     "china-abstained-crimea", T),
    ("China abstained on the UN Crimea resolution, not very loyal of the PRC",
     "china-abstained-crimea", T),
    # A model's name ("S-400") is no figure: its number neither meets a fact's figure nor
    # is compared with one; the claim still finds the fact on that model.
    ("Russia sold China the S-400 for $400 billion", "s400-sold-to-china", Verdict.CONTEXT),
    # A fact that names no S-400 does not win on the figure alone.
    ("the S-400 deal was worth $400 billion to Moscow", "s400-sold-to-china", Verdict.CONTEXT),
    # The actor a figure is told of takes the fact that gives that actor that figure.
    ("Beijing at the Vostok drills: 3.2k soldiers", "vostok-chinese-forces", T),
    # Many, where the source holds the count small ("just 3,200 soldiers"), is false; not
    # many is so.
    ("China sent lots of soldiers and planes to Vostok-2018", "vostok-chinese-forces", F),
    ("China did not send many soldiers to Vostok-2018", "vostok-chinese-forces", T),
    # An exact count the source gives only loosely ("dozens") is not established by it.
    ("egypt has purchased precisely 36 su-35s", "su35-other-buyers", U),
    ("egypt has purchased dozens of su-35s", "su35-other-buyers", T),
    # A count of members is a figure of the claim, which the source does not give.
    ("with India and Pakistan in, the SCO counts 8 members", "sco-india-pakistan",
     Verdict.CONTEXT),
    # "Nothing" told, then told again of one actor as a deed that gave nothing: one denial.
    ("the January summit with Abe yielded nothing on the Kurils, Putin never offered Japan "
     "anything", "kuril-islands-offer", F),
    # "Not many", "not a lot of" before a count tell it small, not the deed denied.
    ("Beijing didn't send many troops to Vostok-2018", "vostok-chinese-forces", T),
    ("China did not send a lot of soldiers to Vostok, merely a few thousand",
     "vostok-chinese-forces", T),
    # Skipping a vote is abstaining on it.
    ("China skipped the Crimea vote at the UN", "china-abstained-crimea", T),
    ("Beijing skipped the UN vote on Crimea", "china-abstained-crimea", T),
    # A degree denied, then the figure the source gives told as what the claim claims.
    ("Beijing didn't send many troops to the Vostok-2018 exercise, just a few thousand",
     "vostok-chinese-forces", T),
    # None of the like before the thing tells it was the first; some before it deny that.
    ("Russia and China had never held a joint land exercise before Vostok-2018",
     "vostok-first-joint-exercise", T),
    ("there were joint Russian-Chinese land exercises before Vostok-2018",
     "vostok-first-joint-exercise", F),
    # A thing denied, and the talk of it called overstated: one denial told twice.
    ("Russia and China are not an alliance, reports of a Russian-Chinese alliance are greatly "
     "overstated", "alliance-exaggerated", T),
    # alliance
    ("Russia and China are teaming up in an alliance against the US", "alliance-forming", M),
    ("is a Russia-China alliance against America emerging?", "alliance-forming", M),
    ("Moscow and Beijing are ganging up on the US in an alliance", "alliance-forming", M),
    ("most foreign policy experts say China and Russia are forming an alliance",
     "experts-see-alliance", T),
    ("the Russia China alliance is greatly exaggerated", "alliance-exaggerated", T),
    ("the Russian-Chinese alliance is overblown and exaggerated", "alliance-exaggerated", T),
    ("Russia and China signed a formal alliance already", "alliance-already-formal", F),
    ("china n russia r formally allied", "alliance-already-formal", F),
    ("Kosygin told Zhou Enlai 'this is premature' in 1969", "kosygin-premature", U),
    ("did kosygin refuse to hug zhou enlai at the airport", "kosygin-premature", U),
    ("that Kosygin and Zhou Enlai airport story really took place", "kosygin-premature", U),
    ("the Kosygin airport story is only a rumor", "kosygin-premature", T),
    # The story told with its actors' deeds swapped is not the story the source tells.
    ("back in 1969 kosygin leaned in to hug zhou enlai and zhou drew back saying this is "
     "premature", "kosygin-premature", F),
    ("supposedly kosygin tried to give zhou enlai a hug in 1969 and zhou pulled back, calling "
     "it premature", "kosygin-premature", F),
    ("it was zhou enlai who pulled back from kosygin's embrace in 1969, calling it premature",
     "kosygin-premature", F),
    ("kosygin leaned in 4 a hug n zhou enlai backed off, saying it was premature",
     "kosygin-premature", F),
    # So is the story told with the opposite deed.
    ("in 1969 Kosygin warmly embraced Zhou Enlai at the Beijing airport", "kosygin-premature",
     F),
    # 1969 border clash
    ("In March 1969 Chinese soldiers ambushed a Soviet border patrol", "border-clash-1969", T),
    ("chinese troops attacked soviet border guards in 1969", "border-clash-1969", T),
    # Hitting or striking acts on the one hit, as ambushing does: the roles swapped are false.
    ("Soviet soldiers struck a Chinese border patrol in March 1969", "border-clash-1969", F),
    ("Soviet troops hit a Chinese border patrol in March 1969", "border-clash-1969", F),
    ("the 1969 sino-soviet island fighting lasted only a couple of days",
     "border-clash-casualties", F),
    ("the 1969 border fighting between China and the USSR caused hundreds of casualties",
     "border-clash-casualties", T),
    ("Soviet soldiers ambushed a Chinese patrol in 1969 and started the clash",
     "soviets-started-1969-clash", F),
    ("the ussr started the 1969 border war by ambushing chinese troops",
     "soviets-started-1969-clash", F),
    # A verb in -ing tells who acted on whom as its other forms do.
    ("the 1969 border ambush was soviet soldiers killing chinese guards",
     "soviets-started-1969-clash", F),
    # trade
    ("Russia-China trade hit a record $100bn in 2018", "trade-2018-record", T),
    ("bilateral trade between Moscow and Beijing reached 100 billion dollars in 2018",
     "trade-2018-record", T),
    ("russia china trade 2018 was a record 100 billion", "trade-2018-record", T),
    ("trade between Russia and China grew 15% in 2018", "trade-growth-15-percent", T),
    # "Between them" names the pair as their names do.
    ("trade between them rose 15% or so in 2018 vs 2017", "trade-growth-15-percent", T),
    ("trade between them climbed by at least 15 percent last year", "trade-growth-15-percent",
     T),
    ("Russia-China trade rose by at least 15 per cent compared to 2017",
     "trade-growth-15-percent", T),
    ("last year bilateral trade rose by well over 12 percent",
     "trade-growth-15-percent", T),
    ("bilateral trade rose by under 8% on the year before", "trade-growth-15-percent", F),
    ("bilateral trade rose 30pc in 2018", "trade-growth-15-percent", F),
    ("bilateral trade grew by 15pc in 2018", "trade-growth-15-percent", T),
    # Two years are the sides of a comparison as two actors are: trade grew in 2018 over 2017.
    ("bilateral trade last year was lower than the year before", "trade-growth-15-percent", F),
    ("Russia China trade was $200 billion in 2018", "trade-200-billion", F),
    ("China is Russia's second biggest trade partner after the EU",
     "china-russia-second-partner", T),
    ("China is Russia's number one trading partner, bigger than the EU",
     "china-russia-top-partner", F),
    # First place the source gives only among single countries ("largest individual
    # partner", second after the EU): claimed without that qualifier, it misleads; counted
    # against the EU ("overall", "bigger than the EU") it is false.
    ("Beijing is Moscow's biggest trading partner, period", "china-russia-top-partner", M),
    ("so china's the #1 trading partner for russia now?", "china-russia-top-partner", M),
    ("China ranks as Russia's number one trading partner overall", "china-russia-top-partner", F),
    # With the qualifier kept, the first place is what the source says; "single" before the
    # superlative only stresses it.
    ("China is Russia's biggest single-country trading partner",
     "china-largest-individual-partner", T),
    ("china is russia's single biggest trading partner overall, EU included",
     "china-russia-top-partner", F),
    ("Russia is only the tenth biggest market for Chinese exports",
     "russia-tenth-chinese-exports", T),
    ("Russia is among China's top 10 trading partners", "russia-top-ten-china-partner", F),
    ("most of what Russia exports to China is raw materials like oil, wood and coal",
     "russia-exports-raw-materials", T),
    ("more than 3/4 of Russian exports to China are raw materials",
     "russia-exports-raw-materials", T),
    ("Russia mostly sells manufactured high-tech goods to China", "russia-exports-manufactured", F),
    ("45% of Chinese exports to Russia are consumer goods", "china-sales-consumer-goods", T),
    ("38% of what China sells to Russia is electronics and machinery",
     "china-sales-electronics", T),
    # A chat word for the matter and a tag question say nothing the fact does not: the
    # figure decides.
    ("the whole huawei server saga was four years before vostok-2018, right?",
     "huawei-deal-reversed", F),
    # The toll told as one side's deed to the other, where the source tells only the toll.
    ("Chinese forces killed hundreds of Soviet soldiers during the 1969 border clashes",
     "border-clash-casualties", Verdict.CONTEXT),
    # The premise of a false conclusion, stated alone, is not judged by it.
    ("putin and xi are really tight", "putin-xi-bond-enough-for-alliance", Verdict.CONTEXT),
    # A country's short code says nothing beyond a fact naming the country: the figure decides.
    ("RU-CN trade grew a mere 4 percent over 2017, pathetic", "trade-growth-15-percent", F),
    ("cn invested some 300 bn in rus after crimea sanctions",
     "china-heavy-investment-after-crimea", F),
    # A delivery told as already under way, where the source only projects it: the source
    # cannot vouch that it is done.
    ("Power of Siberia already delivers 38 bcm of gas to China every year",
     "power-of-siberia-38-bcm", U),
    ("the pipeline is already sending china its 38 billion cubic meters a year",
     "power-of-siberia-38-bcm", U),
    # A deed done, where a close fact tells it only offered: the fact that tells the deed.
    ("after Abe's January visit Putin handed two Kuril islands back to Japan",
     "kuril-islands-returned", F),
    # Reforms taken up are reforms accepted.
    ("in 2012 putin took up the liberal reforms his finance minister proposed",
     "putin-rejected-reforms-2012", F),
    # A question alias words no deed: the fact's claim does.
    ("the Russian-led projects of the EAEU and Belt and Road tie-up went forward without "
     "trouble", "eaeu-bri-stalled", F),
    # Who said it, named by where they work: the fact on what that person said.
    ("the Chatham House expert thinks China was invited to Vostok to calm its worries about "
     "Russian forces near its border", "boulegue-vostok-view", T),
    # The purpose the source sets aside, told as the one.
    ("Boulegue of Chatham House thinks China got invited to Vostok mainly to build an alliance",
     "boulegue-vostok-view", F),
    # A denial told twice, in a clause of its own: one denial.
    ("cefc's deal for the rosneft stake never went through in the end, it fell apart",
     "cefc-rosneft-fell-through", T),
    # A closing "and reversed it" goes on with the claim before it, and ends the decision it
    # speaks of as "reversed the decision" does.
    ("the security services got so worried about chinese espionage that they challenged the "
     "kremlin's decision and reversed it", "huawei-deal-reversed", T),
    ("the spooks disputed the kremlin's huawei decision and managed to overturn it",
     "huawei-deal-reversed", T),
    # Half of the source's sentence, without its ending, denies none of it.
    ("russia's security services got so alarmed by the likelihood of chinese espionage that "
     "they dared to challenge the kremlin's decision", "huawei-deal-reversed", T),
    # A fact text's killed deal is no denial of a claim that speaks of no deal.
    ("Russia's security services were alarmed by the prospect of Chinese espionage",
     "huawei-deal-reversed", T),
    # The clause of the source about the claim's actors says the opposite.
    ("Kazakh-led infrastructure projects have stalled too", "eaeu-bri-stalled", F),
    # A denial of what the source says was done.
    ("Not one of the Kazakh-led or Chinese-led infrastructure projects was ever completed",
     "eaeu-bri-stalled", F),
    ("Russia-China trade looks like colonial trade, Russia is a raw material appendage of China",
     "colonial-trade", T),
    # Power of Siberia and gas
    ("the Power of Siberia pipeline will send $400bn of Russian raw materials to China "
     "over 30 years",
     "power-of-siberia-400-billion", T),
    ("Power of Siberia cost Russia 55 billion dollars", "power-of-siberia-cost", T),
    ("how much did the power of siberia pipeline cost russia", "power-of-siberia-cost", T),
    ("China put $25 billion into the Power of Siberia pipeline",
     "china-funded-power-of-siberia", F),
    # "chipped in" is chat's word for putting money in
    ("Beijing chipped in 25 billion dollars toward the Power of Siberia pipeline",
     "china-funded-power-of-siberia", F),
    ("Power of Siberia will deliver 38 bcm of gas to China every year",
     "power-of-siberia-38-bcm", T),
    # Chat's shorthand for the pipeline's name.
    ("PoS will ship 38 bcm of gas a year to China", "power-of-siberia-38-bcm", T),
    ("the Power of Siberia pipeline makes China dependent on Russian gas",
     "pipeline-interdependence", M),
    ("China imported more than 90 billion cubic meters of gas in 2017",
     "china-gas-imports-2017", T),
    ("Russia is the main supplier of China's natural gas", "russia-main-gas-supplier", F),
    ("most of China's gas comes from Russia", "russia-main-gas-supplier", F),
    # An understatement closing the claim judges it; what it judges is none of the fact's.
    ("a 2,600-mile border drawn by the tsars on a weak China isn't exactly a recipe for "
     "friendship", "border-2600-miles", T),
    ("Vostok-2018 wasn't exactly the first joint land exercise", "vostok-first-joint-exercise", F),
    # The source's figure, told with another source of most of it than the source names: no
    # correction of the false claim, which it restates.
    ("China imported over 90 bcm of gas in 2017, mostly from Russia",
     "russia-main-gas-supplier", F),
    # investment
    ("China invested only $24 billion in Russia between 2014 and 2018", "china-fdi-24-billion", T),
    # Money put into a country is money invested in it.
    ("beijing put barely 24 billion dollars into the russian economy in 2014-2018",
     "china-fdi-24-billion", T),
    ("China poured huge investments into Russia after the Crimea sanctions",
     "china-heavy-investment-after-crimea", F),
    ("Chinese investment in sub-Saharan Africa was $148 billion from 2014 to 2018",
     "china-africa-148-billion", T),
    ("China invested more in Nigeria than in Russia", "china-nigeria-more-than-russia", T),
    ("China invested $88 billion in South America, $34 billion of it in Brazil",
     "china-south-america-88-billion", T),
    ("beijing sank $88B into s america n $34B of that into brazil",
     "china-south-america-88-billion", T),
    ("the Far East cooperation program had 91 joint investment projects",
     "cooperation-program-91-projects", T),
    ("China financed only 11 of the 91 Far East projects", "cooperation-program-11-financed", T),
    # "only" told of a figure ("only had 40 projects") is no crux of its own: the fact that
    # counts the projects answers, not the one saying "only 11" of those financed.
    ("pretty sure that far east cooperation program only had 40 projects",
     "cooperation-program-91-projects", F),
    ("the russia-china far east program only included like 30 joint projects",
     "cooperation-program-91-projects", F),
    ("China paid for most of the joint Far East projects with Russia",
     "china-funded-most-projects", F),
    # The whole of what the source counts a part of.
    ("the Chinese financed all 91 of the program's projects", "cooperation-program-11-financed",
     F),
    # How much of the 91 China funded is told by the fact counting its part, not the total.
    ("did China pay for most of the 91 projects in the cooperation program",
     "cooperation-program-11-financed", F),
    # Denying that it funded most is so; denying it funded any goes past the source's 11.
    ("Beijing has not paid for a single one of the joint projects in the Far East",
     "china-funded-most-projects", F),
    ("Beijing didn't pay for most of the Far East joint projects", "china-funded-most-projects",
     T),
    ("Putin and Xi signed the Far East cooperation program in 2009",
     "program-signed-by-putin-xi", F),
    # A British spelling is the word it spells.
    ("the 2009 programme was signed by Putin and Hu Jintao", "program-signed-by-putin-xi", F),
    ("CEFC's deal to buy 14% of Rosneft collapsed", "cefc-rosneft-fell-through", T),
    # A deal all but made, or a stake sought, is the plan the source tells, not the purchase.
    ("the CEFC company was set to buy 14 pc of Rosneft", "cefc-bought-rosneft", T),
    ("CEFC was going for a 14 percent slice of Rosneft", "cefc-bought-rosneft", T),
    # The deal falling through, denied: the stake deal did fall through.
    ("the rosneft stake deal with cefc did not fall through, it was signed and done",
     "cefc-rosneft-fell-through", F),
    ("so the cefc rosneft stake deal fell through", "cefc-rosneft-fell-through", T),
    # The plan told as carried out is what the source says did not happen.
    ("cefc's plan to buy a stake in rosneft went through", "cefc-rosneft-fell-through", F),
    ("the CEFC plan to buy a stake in Rosneft went ahead", "cefc-rosneft-fell-through", F),
    # The end told again as the deal never closing denies it once.
    ("the cefc deal to buy a stake in rosneft collapsed, never closed",
     "cefc-rosneft-fell-through", T),
    ("a Chinese firm bought 14 percent of Rosneft", "cefc-bought-rosneft", F),
    ("CEFC had a plan to take 40pc of Rosneft", "cefc-rosneft-fell-through", F),
    # The pledge is what the source tells, whether or not the claim adds that it came to
    # nothing; a claim that it was paid is the false claim again.
    ("the Chinese state promised Russia $25 billion toward the Power of Siberia pipeline",
     "china-funded-power-of-siberia", T),
    ("China's leadership pledged $25 billion to Power of Siberia, but the pledge came to nothing",
     "china-funded-power-of-siberia", T),
    ("Beijing promised $25 billion for Power of Siberia and really did hand it over",
     "china-funded-power-of-siberia", F),
    # foreign policy
    ("Russia and China both oppose American primacy and want a multipolar world",
     "oppose-us-primacy", T),
    ("Russia and China vote together at the United Nations", "un-votes-in-unison", T),
    ("my teacher always says Moscow and Beijing vote together at the UN", "un-votes-in-unison",
     T),
    # "Always" where the source says "almost in unison": more than the source says.
    ("Moscow and Beijing always cast the same UN vote", "un-votes-in-unison", F),
    ("beijing and moscow virtually always vote alike in the UN", "un-votes-in-unison", T),
    # Voting alike taken to make the two one bloc: a conclusion the source does not draw.
    ("moscow and beijing vote alike at the UN, so they're basically one bloc",
     "un-votes-in-unison", M),
    ("China refused to recognise Abkhazia and South Ossetia", "china-refused-abkhazia", T),
    ("Beijing recognized Abkhazia and South Ossetia as independent",
     "china-recognized-abkhazia", F),
    ("China abstained on Crimea", "china-abstained-crimea", T),
    ("China abstained in the UN vote condemning the annexation of Crimea",
     "china-abstained-crimea", T),
    ("China voted against the UN resolution on Crimea", "china-voted-against-crimea-resolution", F),
    # A scene set first ("On the vote ..."), and a deed held to itself ("only abstained").
    ("on the un text that condemned moscow for taking crimea, beijing only abstained",
     "china-abstained-crimea", T),
    # A remark in a closing "which" clause on how others took it denies nothing of the claim.
    ("Beijing abstained on the Crimea vote, which the Kremlin would not have welcomed",
     "china-abstained-crimea", T),
    ("did beijing vote against the crimea resolution at the un?",
     "china-voted-against-crimea-resolution", F),
    ("Xi launched Belt and Road in Astana in 2013", "bri-launched-astana", T),
    ("the Belt and Road Initiative was unveiled in Kazakhstan", "bri-launched-astana", T),
    # A wrong year told with another place: wrong both ways, false.
    ("the BRI got launched 2016 in Shanghai", "bri-launched-astana", F),
    ("Kazakhstan's border with Russia is 4,250 miles long", "kazakhstan-border-4250", T),
    # the source's author named as the one who says it adds nothing to what is said
    ("Aron says the two authoritarian states share a border of some 5,100 miles, drawn by "
     "imperial Russia", "china-border-4250-miles", F),
    # a preamble before a dash that names no actor tells of the writer, not of the claim
    ("Grew up in Novosibirsk so this part rang a bell — Kazakhstan shares a 2,600 mile border "
     "with Russia, longer than I'd have guessed.", "kazakhstan-border-4250", F),
    ("Putin questioned whether Kazakhstan's statehood was real", "putin-kazakhstan-statehood", T),
    ("many Russian-led Eurasian Economic Union and Belt and Road projects have stalled",
     "eaeu-bri-stalled", T),
    ("Putin offered to give two Kuril islands back to Japan when Abe visited",
     "kuril-islands-offer", T),
    ("the USSR seized four Kuril Islands from Japan at the end of WWII", "kuril-four-islands", T),
    ("Russia returned the Kuril Islands to Japan after Abe's visit", "kuril-islands-returned", F),
    ("Russia invited India into the Shanghai Cooperation Organization and China brought in "
     "Pakistan",
     "sco-india-pakistan", T),
    ("it was China that invited India to join the SCO", "china-invited-india-sco", F),
    # A passive's agent is the one who acts: Moscow brought in India, not Pakistan.
    ("Pakistan was invited into the SCO by Moscow", "sco-india-pakistan", F),
    ("India was brought into the Shanghai group by Moscow", "sco-india-pakistan", T),
    # "Moscow and Beijing" is one subject: the claim is never cut between the two.
    ("my teacher said Moscow and Beijing created the SCO", "sco-india-pakistan", T),
    # military
    ("Russia sold China the S-400 air defence system", "s400-sold-to-china", T),
    ("China is the only country Russia sells the S-400 to", "s400-china-exclusive", F),
    # "Only" one of the two the source lists.
    ("Xi did away with the de facto term limits only on party posts",
     "xi-abolished-term-limits", F),
    # "Nobody else" and "no other" tell the exclusivity again; they deny nothing.
    ("Russia sells its S-400 only to China, no other country gets it", "s400-china-exclusive", F),
    ("Putin has met no other leader nearly as often as he has met Xi", "putin-xi-met-25-times", T),
    ("Beijing is the only capital getting Moscow's S-400 system", "s400-china-exclusive", F),
    ("China was the first country to buy the Su-35", "su35-china-first", T),
    # "Sole" is stated by the fact on the S-400; the claim speaks of the Su-35.
    ("Beijing is the sole customer for the Su-35 jet fighter", "su35-china-first", F),
    # The whole the source counts a part of is no correction of a false "most".
    ("the PRC financed every one of the 91 joint investment projects with Russia",
     "china-funded-most-projects", F),
    # A rank given the fact's roles, though the fact whose roles are turned fits the rank.
    ("beijing is moscow's 3rd largest trading partner", "china-russia-second-partner", F),
    ("Indonesia ordered 11 Su-35 jets and India reportedly considered 114", "su35-other-buyers", T),
    ("India received 35% of Russian arms exports from 2013 to 2017, China 12%",
     "arms-india-vs-china", T),
    ("China is Russia's biggest arms customer", "china-top-arms-buyer", F),
    ("the first ever joint Russia-China land drill was Vostok-2018",
     "vostok-first-joint-exercise", T),
    ("Russia sent 75,000 to 100,000 troops and 1,000 aircraft to Vostok-2018",
     "vostok-russian-forces", T),
    ("moscow put some 5,000 aircraft into the vostok-2018 drills", "vostok-russian-forces", F),
    ("China sent only 3,200 soldiers and 6 planes to Vostok 2018", "vostok-chinese-forces", T),
    ("Russia and China contributed equal forces to Vostok-2018", "vostok-equal-partners", F),
    ("Russia fielded 300,000 troops in Vostok-2018", "vostok-300000-troops", F),
    # The denial of the wrong figure, in a clause of its own, is so.
    ("CEFC meant to buy 14 percent of Rosneft and the deal collapsed, not 50 percent",
     "cefc-rosneft-fell-through", T),
    # A floor under the source's own figure, where a false claim gives a bigger one, is so.
    ("moscow fielded upwards of sixty thousand troops for vostok 2018",
     "vostok-300000-troops", T),
    ("the border russia and china share runs well over 2,000 miles",
     "china-border-4250-miles", T),
    ("bilateral trade came in above 80 billion last year", "trade-200-billion", T),
    ("the Power of Siberia pipeline cost moscow north of 50 billion dollars",
     "power-of-siberia-cost", T),
    # A floor over the source's figure is not: the false figure is the one it takes in.
    ("the border between russia and china is over 4,000 miles long", "china-border-4250-miles",
     F),
    ("China was invited to Vostok-2018 to calm its worries about Russian troops near its border",
     "vostok-china-invited-to-reassure", U),
    ("Russian security services blocked a Kremlin purchase of Huawei servers over espionage fears",
     "huawei-deal-reversed", T),
    # The security services' deed given to the Kremlin, whose deal it was.
    ("it was the Kremlin itself that killed the Huawei server deal", "huawei-deal-reversed", F),
    # The seller told as the one who ended the deal: another story than the source's.
    ("it was Huawei who walked away from the Huawei server deal with the Kremlin",
     "huawei-deal-reversed", F),
    ("Huawei called off its server sale to the Kremlin", "huawei-deal-reversed", F),
    ("the security people got the huawei deal killed over spying fears",
     "huawei-deal-reversed", T),
    # The buyer and the one who ended the deal swapped: the spooks wanted the servers and the
    # Kremlin stopped them.
    ("the security services wanted to buy the Huawei servers and the Kremlin killed the plan",
     "huawei-deal-reversed", F),
    ("the security services tried to buy Huawei servers, and the Kremlin vetoed it",
     "huawei-deal-reversed", F),
    # The seller told as the buyer, the buyer as the seller.
    ("Huawei decided to buy servers and data storage from the Kremlin for internet policing",
     "kremlin-chose-huawei", F),
    # The plan and the one who ended it, each on the side the source gives it: no gap between
    # a plan and a deed.
    ("the Kremlin wanted to buy from Huawei, then the security services reversed it",
     "huawei-deal-reversed", T),
    # Sides named by nouns say who stood where, not that the deal went through; swapped, the
    # sides make them false, not the deal's ending twice over.
    ("in the Huawei server deal the Kremlin was the buyer and Huawei the seller",
     "huawei-deal-reversed", T),
    ("the Kremlin was the seller and Huawei the buyer in the server deal",
     "huawei-deal-reversed", F),
    # Chat's country codes read as the countries inside a reading of who did what to whom.
    ("cn sold the s-400 system to ru", "s400-sold-to-china", F),
    # The deal ended by those the source names, in a passive: no swap.
    ("the Kremlin's Huawei server deal was killed by the security services over spying fears",
     "huawei-deal-reversed", T),
    ("the Kremlin bought Huawei servers for internet policing", "kremlin-uses-huawei-servers", F),
    # The deal told as meant, which the source tells too, and the spying told as done, which
    # the source calls only likely.
    ("moscow had decided to purchase huawei servers", "kremlin-uses-huawei-servers", T),
    ("huawei got caught spying so the security services stopped the deal",
     "huawei-deal-reversed", U),
    # A deal that fell through, in chat's words for it.
    ("moscow's huawei server deal fell apart in the end", "huawei-deal-reversed", T),
    ("did the kremlin's huawei deal fall through?", "huawei-deal-reversed", T),
    # The ending told of "it" or "the whole thing" in a clause of its own ends the deed just
    # told, as the same ending told in one clause does.
    ("moscow settled on buying huawei servers, and then it got called off",
     "huawei-deal-reversed", T),
    ("moscow settled on buying huawei servers, but the whole thing fell through",
     "huawei-deal-reversed", T),
    ("Beijing was irritated by Putin's offer of two Kurils to Japan", "kuril-islands-offer", U),
    ("did beijing really get mad when putin dangled the kurils to japan? is that confirmed?",
     "kuril-islands-offer", U),
    # The author denying it: a plain denial of a misleading claim, which the source does not
    # turn round.
    ("Aron doesn't think Russia and China will form an alliance", "alliance-forming",
     Verdict.CONTEXT),
    # Asked whether it is confirmed: the question of the claim after it.
    ("is it confirmed that Moscow sold Beijing the S-400?", "s400-sold-to-china", T),
    ("it's been confirmed that Putin and Xi have met over 25 times", "putin-xi-met-25-times", T),
    ("putin raised the possibility of handing two kurils back to tokyo",
     "kuril-islands-returned", T),
    ("when abe came to moscow putin held out handing back two or more of the kurils",
     "kuril-islands-returned", T),
    # What the two regimes see as so, told as so: not established.
    ("america engineered the colour revolutions, that's why moscow and beijing hate them",
     "color-revolutions-threat", U),
    ("beijing and moscow believe the us engineered color revolutions against them",
     "color-revolutions-threat", T),
    # "If not" tells more, perhaps: no denial.
    ("moscow and beijing regard colour revolutions as backed, if not run, by washington, a "
     "threat to their regimes", "color-revolutions-threat", T),
    # "Not so much ... but ...": the purpose kept is the source's.
    ("according to chatham house's boulegue china was asked to vostok not so much to bolster "
     "an alliance but to calm its worries", "boulegue-vostok-view", T),
    # A tag question or chat word closing a claim denies nothing.
    ("Xi went to Moscow first as president, no?", "xi-first-visit-moscow", T),
    ("xi's first trip as president was to moscow, wasn't it? lol", "xi-first-visit-moscow", T),
    # "Yield" or "produce" a breakthrough is "lead to" one.
    ("Putin's Kuril gesture during Abe's visit did not yield a breakthrough",
     "kuril-islands-offer", T),
    # leaders
    ("Putin and Xi have met over 25 times", "putin-xi-met-25-times", T),
    ("how many times have xi and putin met", "putin-xi-met-25-times", T),
    # A denial of how often, then a figure in its place: the figure is the claim's own.
    ("Xi and Putin really haven't met so often, maybe fewer than 12 times",
     "putin-xi-met-25-times", F),
    ("Xi calls Putin his best friend", "xi-best-friend", T),
    ("Putin celebrated his 61st birthday with Xi in Bali with vodka", "putin-birthday-bali", T),
    ("Xi gave Putin the first ever Order of Friendship", "order-of-friendship", T),
    ("Putin gave Xi the Order of St Andrew, Russia's top civilian award", "order-of-st-andrew", T),
    ("in 2012 Putin rejected liberal reforms proposed by his finance minister",
     "putin-rejected-reforms-2012", T),
    ("Xi copied Putin's playbook of centralizing power and militarized patriotism",
     "xi-copied-putin", T),
    # borders and economies
    ("Russia and China have a shared border of 2,600 miles", "border-2600-miles", T),
    ("the border between russia and china is 2600 miles long", "border-2600-miles", T),
    ("imperial Russia imposed much of the border on a weaker China",
     "border-imposed-by-russia", T),
    ("the Russia-China border is 4,250 miles", "china-border-4250-miles", F),
    ("China's economy is over seven times bigger than Russia's", "china-economy-seven-times", T),
    ("Russia and China have similarly sized economies", "economies-comparable-size", F),
    ("China's trade with the US and the EU is five times its trade with Russia",
     "china-us-eu-trade-five-times", T),
    # One word beside the actors, in a comparison of them: a claim, not a topic.
    ("China trades more with Russia than with the US and the EU",
     "china-us-eu-trade-five-times", F),
    ("Russia's economy is mostly limited to exporting oil and gas", "russia-economy-oil-gas", T),
    ("China won't follow Russia into an anti-Western crusade", "china-wont-join-crusade", T),
    # the regimes, and the beliefs the article refutes section by section
    ("Xi and Putin met in Vladivostok on 11 September 2018", "xi-putin-vladivostok-2018", T),
    ("expanding trade ties prove Russia and China are growing closer",
     "trade-ties-show-closeness", F),
    ("Russia and China are aligned on foreign policy", "foreign-policy-aligned", F),
    ("Russia and China poach in each other's spheres of influence in Eurasia",
     "spheres-of-influence-rivalry", T),
    ("in the Eurasian lands they share, Moscow and Beijing are not really aligned",
     "spheres-of-influence-rivalry", T),
    ("China backs Russia on the geopolitical issues Moscow cares about most",
     "china-backs-russia-key-issues", F),
    ("military cooperation between Russia and China proves a growing closeness",
     "military-ties-prove-alliance", F),
    ("Putin and Xi are genuinely personal friends", "putin-xi-genuine-rapport", T),
    # "Rapport" is the rulers' personal relationship; sure of what the source thinks may be so.
    ("the rapport between Xi and Putin may well be the most promising sign of an alliance",
     "putin-xi-genuine-rapport", T),
    ("the Putin-Xi rapport is certainly the clearest sign of an alliance",
     "putin-xi-genuine-rapport", U),
    ("the Putin-Xi friendship is just a show for the cameras", "putin-xi-friendship-for-show", F),
    ("Putin and Xi each preside over a version of state capitalism",
     "putin-xi-state-capitalism", T),
    ("the Russian and Chinese political regimes have little in common", "regimes-unlike", F),
    ("Putin admires Xi as a fellow authoritarian running an enormous economy",
     "putin-admires-xi", T),
    ("Putin tamed the oligarchs and recentralized power in Russia", "putin-tamed-oligarchs", T),
    ("the oligarchs call the shots in Russia", "oligarchs-run-russia", F),
    ("Putin shifted his legitimacy from economic growth to militarized patriotism",
     "putin-militarized-patriotism", T),
    ("Putin signed a law labelling NGOs foreign agents", "putin-foreign-agents-law", T),
    ("Putin had history textbooks rewritten to rehabilitate Stalin", "putin-history-textbooks", T),
    ("Xi used an anti-corruption campaign to eliminate critics and rivals",
     "xi-centralized-power", T),
    ("Xi abolished the term limits for top party and government posts",
     "xi-abolished-term-limits", T),
    ("Xi must step down when his term is over", "xi-bound-by-term-limits", F),
    ("Xi answered slowing growth with pro-market reforms", "xi-market-reformer", F),
    # A denial, then the source's own word for it: one thing told twice, not two denials.
    ("as the economy cooled Xi did not embrace market reforms, he spurned them",
     "xi-market-reformer", T),
    ("national rejuvenation and the Chinese dream are central to Xi's foreign policy",
     "xi-chinese-dream", T),
    ("Xi says China faces the most complicated external factors in its history",
     "xi-external-threats", T),
    ("Xi fortified China's artificial islands with missile batteries and aircraft bases",
     "xi-expansionist-seas", T),
    ("China's artificial islands in the South China Sea are civilian only",
     "south-china-sea-islands-unarmed", F),
    # The source only doubts it ("may not be enough"): a forecast it does not rule out.
    ("the Putin-Xi friendship will overcome every obstacle to an alliance",
     "putin-xi-bond-enough-for-alliance", Verdict.UNPROVEN),
    ("history and geography are obstacles to a Russia-China alliance",
     "history-with-geography", T),
    ("Russia and China have divergent stakes in the global economy",
     "economies-divergent-stakes", T),
    ("Russia and China have the same stake in the world economy", "economies-same-stake", F),
    ("China is far more vulnerable to geopolitical disruptions than Russia",
     "china-more-vulnerable", T),
    ("Shikotan is one of the Kuril Islands", "shikotan-kuril-island", T),
    # typos, slang and chat markup
    # Chat's words for being angry and for meetings are the source's.
    ("beijing was salty about russia offering japan the kuril islands",
     "kuril-islands-offer", U),
    ("china got mad about the kuril islands offer to tokyo", "kuril-islands-offer", U),
    ("putin and xi: 25+ meetups", "putin-xi-met-25-times", T),
    # Code spans side by side are items apart: each figure goes with the name in its span.
    ("`india = 12%` `china = 35%` of russian arms exports", "arms-india-vs-china", F),
    ("`india = 35%` `china = 12%` of russian arms exports", "arms-india-vs-china", T),
    ("Rusia and Chian trade hit a recrod $100bn in 2018", "trade-2018-record", T),
    ("<@123456789> russia-china trade was 100bn usd in 2018 :chart_with_upwards_trend:",
     "trade-2018-record", T),
    ("<!here> china abstaned on the crimea vote at the UN", "china-abstained-crimea", T),
    ("@everyone xi n putin have met 25+ times lol", "putin-xi-met-25-times", T),
    ("yo did china really vote against the UN crimea resolution??",
     "china-voted-against-crimea-resolution", F),
    ("`fact check` Putin and Xi met more than twenty-five times", "putin-xi-met-25-times", T),
    ("> Russia and China share a border of 2600 miles", "border-2600-miles", T),
    ("Chinas economy is 7x the size of Russias", "china-economy-seven-times", T),
    ("china sent just 3200 troops and six planes to vostok 2018 https://example.com/vostok",
     "vostok-chinese-forces", T),
    ("<https://example.com/s400|link> russia sold the S400 system to china",
     "s400-sold-to-china", T),
    # details the broader facts quote in passing
    ("china is the largest single-country partner for russia's exports and imports",
     "china-largest-individual-partner", T),
    ("russia does not make the top ten of china's imports",
     "russia-outside-china-top-ten-imports", T),
    ("a metropolis rarely makes an ally of its colony", "metropolises-rarely-ally-colonies", T),
    ("chinese parsimony toward russia is evident in the private and the public sector",
     "china-parsimony", T),
    ("the biggest oil company in russia is rosneft, majority owned by the state",
     "rosneft-largest-oil-company", T),
    ("to china, power of siberia is merely a diversification of energy sources",
     "pipeline-just-diversification", T),
    ("both regimes fear pro-democracy color revolutions they see as us-inspired",
     "color-revolutions-threat", T),
    ("the greatest share of ethnic russians in central asia lives in kazakhstan",
     "kazakhstan-ethnic-russians", T),
    ("kazakhstan is the largest former soviet republic of central asia",
     "kazakhstan-largest-republic", T),
    ("the largest customer for chinese weapons is pakistan",
     "pakistan-top-chinese-arms-customer", T),
    ("chatham house's boulegue argued china was invited to vostok to allay chinese concerns",
     "boulegue-vostok-view", T),
    ("moscow was the first place xi visited as president", "xi-first-visit-moscow", T),
    ("putin says xi is the foreign leader he has the finest personal rapport with",
     "putin-finest-rapport-xi", T),
    ("in 2012 putin began his third term", "putin-third-term-2012", T),
    ("putin's approval ratings were rapidly declining in 2012 and the economy looked bleak",
     "putin-2012-bleak-prospects", T),
    ("the label militarized patriotism was coined by igor klyamkin",
     "klyamkin-militarized-patriotism", T),
    ("xi's respect for putin likely stems from how putin defused explosive problems at home",
     "xi-respects-putin-defusing", T),
    # The problems Putin defused were the oligarchs and the governors; sure of what the source
    # thinks likely, the claim is not established.
    ("Xi probably respects Putin for having tamed the oligarchs and the governors",
     "xi-respects-putin-defusing", T),
    ("Xi definitely respects Putin because he brought the oligarchs and regional governors to "
     "heel", "xi-respects-putin-defusing", U),
    ("xi waged a war on spiritual pollution that heightened repression in xinjiang",
     "xi-spiritual-pollution", T),
    ("admiral sun jianguo was deputy chief of the people's liberation army general staff",
     "sun-jianguo-threats", T),
    ("the russian phrase istoriya s geografiey literally means a history with geography",
     "istoriya-s-geografiey", T),
    ("moscow can afford to rock the boat with the west", "russia-can-rock-the-boat", T),
    ("china benefits more than russia from the liberal international economic order",
     "china-liberal-order-beneficiary", T),
    ("china imports huge quantities of oil and gas yet grows faster than russia",
     "china-grows-despite-energy-imports", T),
    ("aron was living in moscow in the fall of 1969 when the kosygin rumor went around",
     "author-in-moscow-1969", T),
    # a quoted sentence that says "he" of the fact's actor, restated with the actor's name
    ("Beijing's leader has tightened the controls on book publishing and the media",
     "xi-abolished-term-limits", T),
    ("under xi the controls over the media and book publishing were loosened",
     "xi-abolished-term-limits", F),
    # a conclusion drawn from a true premise: the premise's fact, and the claim misleads
    ("Moscow sold Beijing its S-400 missiles, they're clearly each other's closest partners",
     "s400-sold-to-china", M),
    ("both reject american primacy and push for a multipolar order, so they're one team on "
     "everything", "oppose-us-primacy", M),
    ("given Moscow sold Beijing its S-400 missiles, does that mean they're each other's "
     "closest partners?", "s400-sold-to-china", M),
    ("Moscow sold Beijing its S-400 missiles, they paid in cash", "s400-sold-to-china", T),
    ("axis confirmed, moscow and beijing traded a record 100 billion dollars in 2018",
     "trade-2018-record", M),
    ("since moscow and beijing traded a record 100 billion dollars in 2018, they're a bloc",
     "trade-2018-record", M),
    ("because the two armies held the vostok 2018 exercise together, they must be allies",
     "vostok-first-joint-exercise", M),
    ("the Russian and Chinese armies held Vostok-2018 together", "vostok-first-joint-exercise",
     T),
    ("Moscow and Beijing did a record 100 billion in trade = they're super tight",
     "trade-2018-record", M),
    ("beijing abstained on the crimea vote at the UN = beijing took moscow's side",
     "china-abstained-crimea", M),
    ("putin and xi both practise state capitalism, so they're cut from the same cloth",
     "putin-xi-state-capitalism", M),
    ("the Power of Siberia deal is worth $400 billion over 30 years... a sure sign Russia "
     "is doing very nicely", "power-of-siberia-400-billion", M),
    # (the record and the rise on 2017 are one sentence of the source, quoted by both facts;
    # the rise "on 2017" is the closer wording)
    ("trade = a record $100bn, +15% on 2017, so they're basically allies now",
     "trade-growth-15-percent", M),
    # the words of a conclusion told in another order tell another thing: "top fighter
    # customer" is no "launch customer for its top fighter", which the source does tell
    ("Beijing got the Su-35 before anyone else, so it's Moscow's top fighter customer",
     "su35-china-first", M),
    ("China was the first buyer of the Su-35, so it is the launch customer for Russia's top "
     "fighter", "su35-china-first", T),
    # a comparison the pack's figures settle, and a conclusion drawn from it
    ("China put more money into Nigeria than into Russia, so Nigeria must be its closer "
     "ally", "china-nigeria-more-than-russia", M),
    ("China put more money into Nigeria than into Russia", "china-nigeria-more-than-russia",
     T),
    # a premise that denies a false fact: the fact's texts, denied, vouch for no conclusion
    ("Beijing did not vote against Moscow on the UN Crimea text — China has Moscow's back",
     "china-voted-against-crimea-resolution", M),
    # the author's name frames the claim as theirs, as "the author says" does
    ("Aron writes that the personal relationship of the two leaders might be the most "
     "promising portent of an alliance", "putin-xi-genuine-rapport", T),
]

# A claim that negates a fact gets the opposite verdict where that is sound (true <-> false);
# misleading and unproven stay as they are, and the reply says which happened.
NEGATIONS: list[tuple[str, str, Verdict]] = [
    ("China did not abstain on Crimea", "china-abstained-crimea", F),
    ("the huawei servers deal with the kremlin never fell through", "huawei-deal-reversed", F),
    # "No problem" tells how the deal went, and denies none of it.
    ("the kremlin's huawei server deal went thru no problem", "huawei-deal-reversed", F),
    # Not resisting the purchase denies the stand the source tells.
    ("the security services never resisted the kremlin's huawei server purchase",
     "huawei-deal-reversed", F),
    ("China didn't abstain in the UN vote on Crimea", "china-abstained-crimea", F),
    ("China never voted against the UN resolution condemning the seizure of Crimea",
     "china-voted-against-crimea-resolution", T),
    ("Russia and China do not have a formal alliance", "alliance-already-formal", T),
    # "No alliance yet" denies one made already, as "premature" does.
    ("there's no moscow-beijing alliance yet", "alliance-already-formal", T),
    # A denial told after the whole statement.
    ("moscow sold beijing the S-400 air defence system? nope", "s400-sold-to-china", F),
    # Exports, not the imports a close fact tells of.
    ("russia never made china's top ten export markets", "russia-tenth-chinese-exports", F),
    # Exports, not the total trade a close fact's own claim tells of.
    ("Moscow doesn't rank in the top ten of Beijing's export destinations at all",
     "russia-tenth-chinese-exports", F),
    ("China did not recognize the independence of Abkhazia and South Ossetia",
     "china-recognized-abkhazia", T),
    ("Russia is not one of China's top ten trading partners", "russia-top-ten-china-partner", T),
    # A place denied, then the place it was in told as the correction: one denial.
    ("Xi did not unveil the Belt and Road Initiative in Kazakhstan, it was in Beijing",
     "bri-launched-astana", F),
    ("Xi did not unveil the Belt and Road Initiative in Kazakhstan but in Beijing",
     "bri-launched-astana", F),
    # A bound held through a hedge ("more than like ten") or over a loose count ("more than a
    # few") stays a bound, and denying it caps the count.
    ("Putin and Xi haven't met more than like ten times", "putin-xi-met-25-times", F),
    ("Xi and Putin have not met more than a few times", "putin-xi-met-25-times", F),
    ("Russia has not handed any Kuril Islands back to Japan", "kuril-islands-returned", T),
    # A lexical denial of a deed.
    ("Beijing barely invested in Russia after the Crimea sanctions",
     "china-heavy-investment-after-crimea", T),
    ("China barely imports natural gas these days", "china-gas-imports-2017", F),
    ("Vostok-2018 was not the first joint Russian-Chinese land exercise",
     "vostok-first-joint-exercise", F),
    # A misleading fact says nothing sure about its denial: context, the source shown.
    ("Power of Siberia does not make China dependent on Russian gas",
     "pipeline-interdependence", Verdict.CONTEXT),
]

# A claimed figure that contradicts the source's: false, and the reply gives the source's figure.
# Where the pack records the common wrong figure as a false fact of its own, either fact may
# answer: both give the source's figure.
WRONG_FIGURES: list[tuple[str, tuple[str, ...], str]] = [
    ("trade was $200 billion in 2018", ("trade-200-billion", "trade-2018-record"),
     "$100 billion"),
    ("Russia-China trade reached a record $150 billion in 2018", ("trade-2018-record",),
     "$100 billion"),
    ("China sent 5,000 soldiers to Vostok-2018", ("vostok-chinese-forces",), "3,200"),
    # A pronoun subject stands for the actors the source's figure is told of.
    ("they have met fewer than 12 times overall", ("putin-xi-met-25-times",), "25"),
    ("china flew in 20 aircraft for vostok-2018", ("vostok-chinese-forces",), "six planes"),
    ("The Power of Siberia pipeline cost Russia $80 billion", ("power-of-siberia-cost",),
     "$55 billion"),
    ("India got 50 percent of Russian arms exports in 2013-2017, China only 12 percent",
     ("arms-india-vs-china",), "35 percent"),
    ("Russia and China share a 3,000-mile border",
     ("border-2600-miles", "china-border-4250-miles"), "2,600"),
    # Further from the fact's words, but naming what its figure measures.
    ("the Huawei thing happened a full seven years before Vostok-2018",
     ("huawei-deal-reversed",), "three years"),
    # Dated by the month the source dates it by, with another year: the same event misdated.
    ("the clash on the border island dates to March 1979", ("border-clash-1969",),
     "March of 1969"),
    # The event told by its own words with another year, and nothing else: misdated.
    ("the border clash was back in 1979", ("border-clash-1969",), "March of 1969"),
    # The other actor is named in a clause of its own, not beside the figure it contradicts.
    ("Vostok 2018 - 250,000 troops, China brought 3,200", ("vostok-300000-troops",),
     "75,000"),
    # Russia as a destination of China's exports, not China as the top one of Russia's arms.
    ("Russia is the fifth biggest destination for Chinese exports",
     ("russia-tenth-chinese-exports",), "tenth"),
    # Figures written the European way.
    ("China sent 9.000 soldiers to the Vostok-2018 drills", ("vostok-chinese-forces",),
     "3,200"),
    ("in 2018 trade between Moscow and Beijing reached a record 130 milliard dollars",
     ("trade-2018-record",), "$100 billion"),
    ("Power of Siberia set Russia back some 90 milliard $", ("power-of-siberia-cost",),
     "$55 billion"),
    # A denial in a clause of its own leaves the figure stated: still a wrong figure.
    ("the sino-russian border runs under 1,500 miles, so not so long really",
     ("china-border-4250-miles", "border-2600-miles"), "2,600"),
    ("CEFC had a deal for a 30% slice of Rosneft, but it collapsed",
     ("cefc-rosneft-fell-through",), "14 percent"),
    # A figure the source gives another side, told on a false fact with the sides turned, is
    # still wrong.
    ("Moscow paid 25 billion dollars to build the Power of Siberia pipeline",
     ("china-funded-power-of-siberia",), "$55 billion"),
    ("so russia is basically china's number one trading partner", ("china-russia-top-partner",),
     "second-largest"),
    # A degree played down ("not that often") is told by the figure beside it, not denied.
    ("xi and putin haven't met that often like 12 times", ("putin-xi-met-25-times",),
     "more than 25 times"),
    # Far from every fact's words, but in the words of one fact's account, naming nothing and
    # dating nothing it does not, with a figure it contradicts.
    ("honestly they have met fewer than 15 times", ("putin-xi-met-25-times",),
     "more than 25 times"),
    ("the program only ever had 19 joint projects", ("cooperation-program-91-projects",),
     "91 joint investment projects"),
]

RIGHT_FIGURES: list[tuple[str, str]] = [
    ("Russia-China trade reached $100bn in 2018", "trade-2018-record"),
    ("trade between Russia and China was 100 billion dollars in 2018", "trade-2018-record"),
    ("China sent 3,200 soldiers to Vostok-2018", "vostok-chinese-forces"),
    # "More than" over a loose count has no top.
    ("Xi and Putin have met more than a few times", "putin-xi-met-25-times"),
    ("The Power of Siberia pipeline cost Russia $55 billion", "power-of-siberia-cost"),
    ("Russia and China share a 2600 mile border", "border-2600-miles"),
    # Words a little far from the fact's, but its own figure of its own measure.
    ("the Kazakh border with Russia is well over 4,000 miles", "kazakhstan-border-4250"),
    ("the border between Kazakhstan and Russia stretches past 4,200 miles",
     "kazakhstan-border-4250"),
    # A span of time on the side of the event the source gives it.
    ("detail worth noting: the Huawei saga unfolded three years before Vostok-2018",
     "huawei-deal-reversed"),
    # A count whose noun comes a few words after it counts that noun.
    ("the cooperation programme contained 91 joint investment projects",
     "cooperation-program-91-projects"),
    # A pronoun for the actors, told with the fact's own predicate and a figure it bears out.
    ("They've met over two dozen times", "putin-xi-met-25-times"),
    # The thing the fact measures, told with its own predicate, a bound the source's figure
    # meets and the time the source tells it by.
    ("trade grew more than 10% last year", "trade-growth-15-percent"),
    # Figures written the European way.
    ("Beijing dispatched 3.200 soldiers to the Vostok-2018 drills", "vostok-chinese-forces"),
    ("in 2018 trade between Moscow and Beijing reached a record 100 milliard dollars",
     "trade-2018-record"),
    ("the Power of Siberia set Russia back 55 milliard $", "power-of-siberia-cost"),
]

# Names misspelt by a letter read as the names they stand for.
MISSPELT_NAMES = [
    ("Putiin unveiled the Belt and Road Initiative in Astana in 2013", "bri-launched-astana", F),
    ("Xi and Pution have met more than 25 times", "putin-xi-met-25-times", T),
    ("in 2017 CEFC planned to take a 60 percent stake in Rossneft", "cefc-rosneft-fell-through",
     F),
]


@pytest.mark.parametrize(("claim", "fact_id", "verdict"), MISSPELT_NAMES,
                         ids=[c for c, _, _ in MISSPELT_NAMES])
def test_a_name_misspelt_reads_as_the_name(claim: str, fact_id: str, verdict: Verdict,
                                           checker: FactChecker) -> None:
    check = checker.check(claim).primary
    assert (check.fact.id if check.fact else None, check.verdict) == (fact_id, verdict)

# A sum or a share is no measure of one fact by itself: without an actor of the fact, a claim
# a little far from its words is not read as about it; nor is one whose span of time is on the
# other side of the event.
FIGURES_OF_NO_ACTOR = [
    "my stock portfolio grew 15 percent",
    "Apple's sales hit a record 100 billion dollars",
    # A pronoun with a predicate of its own, not the fact's.
    "they've scored over two dozen times this season",
    # A bound the source's figure leaves open ("at least 15 percent", not "more than 20").
    "trade grew more than 20% last year",
    # A span of time on the other side of the event than the source gives it.
    "detail worth noting: the Huawei saga unfolded three years after Vostok-2018",
    # A figure of the fact's measure told of another thing, named or not.
    "a marathon is 26.2 miles not 2,600 lol",
    "my commute is 12 miles each way",
]

# A war of another year between other actors is another event, not one of the source's
# misdated.
OTHER_EVENTS_OF_A_YEAR = [
    "China and Vietnam fought a border war in 1979",
    "the border clash with Vietnam was in 1979",
    "vietnam 1979 is such an underrated war to read about",
    "the US and PRC established formal relations in 1979",
    "Russia-China trade passed $240 billion in 2023",
]


@pytest.mark.parametrize("claim", OTHER_EVENTS_OF_A_YEAR)
def test_another_event_of_another_year_is_not_the_facts(claim: str,
                                                        checker: FactChecker) -> None:
    assert all(c.fact is None for c in checker.check(claim).checks)


@pytest.mark.parametrize("claim", FIGURES_OF_NO_ACTOR)
def test_a_common_figure_without_an_actor_is_not_the_facts(claim: str,
                                                          checker: FactChecker) -> None:
    assert all(c.fact is None for c in checker.check(claim).checks)


def test_phrasings_are_our_own() -> None:
    facts = BUNDLED.facts
    texts = {normalise(t) for f in facts for t in f.texts}
    ids = {f.id for f in facts}
    own = PHRASINGS + NEGATIONS + [(c, i, F) for c, wanted, _ in WRONG_FIGURES for i in wanted]
    assert [c for c, _, _ in own if normalise(c) in texts] == []
    assert {i for _, i, _ in own} <= ids
    # Most of the pack is exercised, not a handful of easy facts.
    assert len({i for _, i, _ in PHRASINGS}) >= 0.9 * len(ids)


@pytest.mark.parametrize(("claim", "fact_id", "verdict"), PHRASINGS,
                         ids=[c for c, _, _ in PHRASINGS])
def test_claim_gets_its_fact_and_verdict(claim: str, fact_id: str, verdict: Verdict,
                                         checker: FactChecker) -> None:
    reply = checker.check(claim)
    got = [(c.fact.id if c.fact else None, c.verdict) for c in reply.checks]
    assert got == [(fact_id, verdict)], [(c.claim, c.score) for c in reply.checks]
    check = reply.primary
    assert 0.0 <= check.score <= 1.0
    assert check.score >= checker.threshold
    assert_cites_everything(render_reply(reply), check)


@pytest.mark.parametrize("claim", ["the S-400 deal worth $3 billion",
                                   "the Su-35 deal was worth 35 billion dollars"])
def test_a_models_number_is_no_figure(claim: str, checker: FactChecker) -> None:
    """The number of a model's name meets no fact's figure: "the S-400 deal worth $3 billion"
    is not told false against the $400 billion of the gas pipeline."""
    for check in checker.check(claim).checks:
        assert check.verdict is not Verdict.FALSE, (check.fact and check.fact.id)


@pytest.mark.parametrize(("claim", "fact_id", "verdict"), NEGATIONS,
                         ids=[c for c, _, _ in NEGATIONS])
def test_negated_claim(claim: str, fact_id: str, verdict: Verdict,
                       checker: FactChecker) -> None:
    reply = checker.check(claim)
    check = reply.primary
    assert (check.fact.id if check.fact else None, check.verdict) == (fact_id, verdict)
    assert check.negated
    assert check.fact is not None
    text = render_reply(reply)
    if verdict is Verdict.CONTEXT:
        assert messages.reading_note("negation", check.fact.verdict, verdict) in text
    else:
        assert verdict is check.fact.verdict.opposite()
        assert messages.negation_note(check.fact.verdict) in text
    assert_cites_everything(text, check)


def test_double_negation_keeps_the_verdict(checker: FactChecker) -> None:
    check = checker.check("It is not the case that China did not abstain on Crimea").primary
    assert check.fact is not None and check.fact.id == "china-abstained-crimea"
    assert not check.negated
    assert check.verdict is Verdict.TRUE


@pytest.mark.parametrize(("claim", "fact_ids", "source_figure"), WRONG_FIGURES,
                         ids=[c for c, _, _ in WRONG_FIGURES])
def test_wrong_figure_is_false_and_reply_gives_the_source_figure(
        claim: str, fact_ids: tuple[str, ...], source_figure: str,
        checker: FactChecker) -> None:
    reply = checker.check(claim)
    check = reply.primary
    assert check.fact is not None and check.fact.id in fact_ids
    assert check.verdict is Verdict.FALSE
    text = render_reply(reply)
    assert source_figure in text
    if check.fact is not None and check.fact.verdict is Verdict.TRUE:
        # The fact itself is true: the false verdict comes from the figure, and says so.
        assert check.conflicts
        assert any(c.source_value in text and source_figure in c.source_value
                   for c in check.conflicts)
        for conflict in check.conflicts:
            assert messages.figure_conflict(conflict.claimed, conflict.source_value,
                                            conflict.what) in text
    assert_cites_everything(text, check)


@pytest.mark.parametrize(("claim", "fact_id"), RIGHT_FIGURES, ids=[c for c, _ in RIGHT_FIGURES])
def test_right_figure_is_true(claim: str, fact_id: str, checker: FactChecker) -> None:
    check = checker.check(claim).primary
    assert (check.fact.id if check.fact else None, check.verdict) == (fact_id, Verdict.TRUE)
    assert check.conflicts == ()


def test_several_claims_in_one_message_are_each_checked(checker: FactChecker) -> None:
    message = ("Trade hit $100 billion in 2018. Putin and Xi have met over 25 times. "
               "China sent 3,200 soldiers to Vostok-2018.")
    reply = checker.check(message)
    assert [(c.fact.id if c.fact else None, c.verdict) for c in reply.checks] == [
        ("trade-2018-record", T), ("putin-xi-met-25-times", T), ("vostok-chinese-forces", T)]
    text = render_reply(reply)
    assert messages.several_claims(3) in text
    for check in reply.checks:
        assert_cites_everything(text, check)


def test_several_claims_on_separate_lines_with_mixed_verdicts(checker: FactChecker) -> None:
    message = "China voted against the UN resolution on Crimea\nRussia sold China the S-400"
    reply = checker.check(message)
    assert [(c.fact.id if c.fact else None, c.verdict) for c in reply.checks] == [
        ("china-voted-against-crimea-resolution", F), ("s400-sold-to-china", T)]


def test_a_three_word_claim_of_its_own_is_checked(checker: FactChecker) -> None:
    # "China recognised Abkhazia" is a piece of its own, however short.
    reply = checker.check("China recognised Abkhazia and also China abstained on the Crimea vote")
    assert [(c.fact.id if c.fact else None, c.verdict) for c in reply.checks] == [
        ("china-recognized-abkhazia", F), ("china-abstained-crimea", T)]


def test_figures_of_another_clause_do_not_contradict_the_fact(checker: FactChecker) -> None:
    reply = checker.check(
        "Trade reached a record $100 billion in 2018 and Beijing poured $148 billion into "
        "Russian industry")
    assert (reply.checks[0].fact and reply.checks[0].fact.id, reply.checks[0].verdict) == (
        "trade-2018-record", T)
    assert reply.checks[0].conflicts == ()


def test_a_sentence_of_two_claims_answers_both(checker: FactChecker) -> None:
    # The whole sentence matches the trade fact better than its first clause alone does (the
    # second clause's words count for it too), yet each clause states a fact of its own.
    reply = checker.check("two-way trade hit a record $100bn last year, and China is Russia's "
                          "second-biggest trading partner")
    assert [(c.fact.id if c.fact else None, c.verdict) for c in reply.checks] == [
        ("trade-2018-record", T), ("china-russia-second-partner", T)]
    # Two names joined by "and" are one subject, never two claims.
    reply = checker.check("the Kremlin says growing trade ties prove Russia and China are "
                          "getting closer")
    assert [(c.fact.id if c.fact else None, c.verdict) for c in reply.checks] == [
        ("trade-ties-show-closeness", F)]


# "it" opening a clause after "and" is the pipeline the clause before opens with; the clause
# is a claim of its own, its wrong figure false beside the true claim before it.
IT_AFTER_AND = [
    ("the Power of Siberia line cost Russia $55 billion, and it's meant to move 38 bcm of gas",
     [("power-of-siberia-cost", T), ("power-of-siberia-38-bcm", T)]),
    ("Power of Siberia cost Russia $55 billion and it is meant to carry 60 bcm",
     [("power-of-siberia-cost", T), ("power-of-siberia-38-bcm", F)]),
]


@pytest.mark.parametrize(("message", "expected"), IT_AFTER_AND, ids=[m for m, _ in IT_AFTER_AND])
def test_it_after_and_stands_for_the_subject_before(
        message: str, expected: list[tuple[str, Verdict]], checker: FactChecker) -> None:
    reply = checker.check(message)
    assert [(c.fact.id if c.fact else None, c.verdict) for c in reply.checks] == expected


# message -> its checks: the whole message, matching better than its pieces but giving no
# verdict on the fact a piece answers, leaves that piece's verdict standing
WHOLE_WITHOUT_VERDICT = [
    ("Russia and China both oppose US primacy \u2705 both advocate a multipolar world \u2705 and "
     "they're even closer on diplomacy than on trade", [("oppose-us-primacy", T)]),
    ("Moscow and Beijing both oppose American primacy \u2705 both advocate a multipolar world "
     "\u2705 and they're more united on diplomacy than trade", [("oppose-us-primacy", T)]),
]


@pytest.mark.parametrize(("message", "expected"), WHOLE_WITHOUT_VERDICT)
def test_a_whole_without_a_verdict_leaves_the_pieces_verdict(
        message: str, expected: list[tuple[str, Verdict]], checker: FactChecker) -> None:
    reply = checker.check(message)
    assert [(c.fact.id if c.fact else None, c.verdict) for c in reply.checks] == expected


# message -> its checks: clauses that together match nothing, beside a claim that matched,
# are each read alone: one of them may be a claim of its own.
CHATTER_BY_CLAUSE = [
    ("Putin tamed the oligarchs and wiped out the regional strongholds, and he made the "
     "Orthodox Church the guardian of national mores",
     [("putin-tamed-oligarchs", T), ("putin-history-textbooks", T)]),
    ("china sent 3,200 soldiers to the vostok drill, russia sent 1,000 aircraft, and the huawei "
     "mess was three years before that",
     [("vostok-chinese-forces", T), ("vostok-russian-forces", Verdict.CONTEXT),
      ("huawei-deal-reversed", T)]),
]


@pytest.mark.parametrize(("message", "expected"), CHATTER_BY_CLAUSE)
def test_chatter_beside_a_claim_is_read_clause_by_clause(
        message: str, expected: list[tuple[str, Verdict]], checker: FactChecker) -> None:
    reply = checker.check(message)
    assert [(c.fact.id if c.fact else None, c.verdict) for c in reply.checks] == expected


# message -> its checks: a clause of three words telling a deed of someone named is a claim
# of its own beside the next; one with a figure goes on with a list the clause before tells.
SHORT_NAMED_DEEDS = [
    ("Putin recentralized power, and in 2012 embraced the reforms of his finance minister",
     [("putin-tamed-oligarchs", T), ("putin-rejected-reforms-2012", F)]),
    ("Russia sent 3,200 troops, China 1,000", [("vostok-chinese-forces", F)]),
]


@pytest.mark.parametrize(("message", "expected"), SHORT_NAMED_DEEDS)
def test_a_short_named_deed_is_a_claim(
        message: str, expected: list[tuple[str, Verdict]], checker: FactChecker) -> None:
    reply = checker.check(message)
    assert [(c.fact.id if c.fact else None, c.verdict) for c in reply.checks] == expected


# message -> its checks: a denial in a clause with a subject of its own denies that clause,
# not the claim before it.
DENIAL_OF_ITS_OWN = [
    ("the power of siberia pipeline cost 55 billion and the chinese loan never came",
     [("power-of-siberia-cost", T)]),
    ("the power of siberia pipeline cost 55 billion and china's promised loan never showed up",
     [("power-of-siberia-cost", T)]),
    # A denial told of the claim itself still denies it.
    ("the power of siberia pipeline didn't cost 55 billion",
     [("power-of-siberia-cost", F)]),
]


@pytest.mark.parametrize(("message", "expected"), DENIAL_OF_ITS_OWN)
def test_a_denial_of_another_clause_leaves_the_claim(
        message: str, expected: list[tuple[str, Verdict]], checker: FactChecker) -> None:
    reply = checker.check(message)
    assert [(c.fact.id if c.fact else None, c.verdict) for c in reply.checks] == expected


# message -> its checks: a clause telling a share of what the claim before it names ("most of
# it came from ...") is a claim of its own about that thing, read with the claim before it.
SHARE_OF_IT = [
    ("China brought in over 90 bcm of gas in 2017 and most of it came from Russia",
     [("china-gas-imports-2017", T), ("russia-main-gas-supplier", F)]),
]


@pytest.mark.parametrize(("message", "expected"), SHARE_OF_IT)
def test_a_share_of_what_the_claim_names_is_a_claim_of_its_own(
        message: str, expected: list[tuple[str, Verdict]], checker: FactChecker) -> None:
    reply = checker.check(message)
    assert [(c.fact.id if c.fact else None, c.verdict) for c in reply.checks] == expected


# message -> its checks: a claim the source cannot bear out beside one it does, on one fact,
# is answered for each
UNPROVEN_BESIDE_TRUE = [
    ("Beijing was furious about Putin's Kuril offer. The offer came when Abe visited Moscow in "
     "January", [("kuril-islands-offer", U), ("kuril-islands-offer", T)]),
    # A reason the source does not give, told in a clause of its own ("that's why").
    ("the Chinese were spying through Huawei for sure, and that is why the security services "
     "reversed the Kremlin decision", [("huawei-deal-reversed", U), ("huawei-deal-reversed", T)]),
    ("India got 114 Su-35 jets already and Egypt bought dozens of them",
     [("su35-other-buyers", U), ("su35-other-buyers", T)]),
    # Two clauses joined by "and", each read against the fact the whole leans to.
    ("Indonesia signed for 11 jets, and India surely bought 114",
     [("su35-other-buyers", U), ("su35-other-buyers", T)]),
    ("Egypt got dozens of Su-35s, and India has definitely bought 114 of them",
     [("su35-other-buyers", T), ("su35-other-buyers", U)]),
]


@pytest.mark.parametrize(("message", "expected"), UNPROVEN_BESIDE_TRUE)
def test_a_claim_beyond_the_source_beside_one_it_bears_out(
        message: str, expected: list[tuple[str, Verdict]], checker: FactChecker) -> None:
    reply = checker.check(message)
    assert [(c.fact.id if c.fact else None, c.verdict) for c in reply.checks] == expected


def test_a_clause_leaving_out_its_subject_and_verb_is_a_claim_of_its_own(
        checker: FactChecker) -> None:
    # "... and $148 billion in Africa" is what China invested there.
    reply = checker.check("China invested $24 billion in Russia in 2014-18 and $148 billion in "
                          "Africa")
    assert [(c.fact.id if c.fact else None, c.verdict) for c in reply.checks] == [
        ("china-fdi-24-billion", T), ("china-africa-148-billion", T)]
    # A figure that goes on with a list is one claim with the figure before it.
    reply = checker.check("China sent 3,200 soldiers and 60 planes to Vostok")
    assert [(c.fact.id if c.fact else None, c.verdict) for c in reply.checks] == [
        ("vostok-chinese-forces", F)]


# message quoting someone, then the writer's reply -> the facts and verdicts: a reply that
# claims something is checked for its own claim, not for the words it quotes; a reply that
# claims nothing ("source?", "this.") has the quoted claim checked
QUOTED_REPLIES = [
    ("> China always sides with Moscow\n\nBeijing abstained on the UN Crimea vote though",
     [("china-abstained-crimea", T)]),
    ("> they are allies now\n\nsource? Beijing refused to recognize Abkhazia",
     [("china-recognized-abkhazia", T)]),
    ("> Xi calls Putin his best friend\n\nand Beijing abstained on the Crimea resolution",
     [("china-abstained-crimea", T)]),
    ("> Russia ranks tenth in Chinese exports\n\nsource?", [("russia-tenth-chinese-exports", T)]),
    # A clause denying with no subject of its own is the claim of the actor before it.
    ("> Russia is huge for China\n\nRussia ranks tenth in China's exports and isn't top ten in "
     "its imports", [("russia-tenth-chinese-exports", T),
                                ("russia-outside-china-top-ten-imports", T)]),
    # The reply's figure, and what it says that figure was, are its own claim.
    ("> trade keeps booming\n\nbooming how, $150B? that was the record last year",
     [("trade-2018-record", F)]),
    ("> bilateral trade hit a record $150 billion last year\nthis.",
     [("trade-2018-record", F)]),
]


@pytest.mark.parametrize(("message", "expected"), QUOTED_REPLIES)
def test_a_reply_is_checked_for_its_own_claim(message: str, expected: list[tuple[str, Verdict]],
                                              checker: FactChecker) -> None:
    reply = checker.check(message)
    assert [(c.fact.id if c.fact else None, c.verdict) for c in reply.checks] == expected


# claim -> its fact and verdict: a leader's name misspelt with a letter doubled is still that
# leader, in the place the source gives another
MISSPELT_ACTORS = [
    ("Puttin chose Astana to launch the Belt and Road Initiative", "bri-launched-astana", F),
    ("Xi chose Astana to launch the Belt and Road Initiative", "bri-launched-astana", T),
    # A country's capital under its older name is the country: "Peking" is Beijing.
    ("after the Georgia war in 2008 Peking refused to recognise Abkhazia and South Ossetia",
     "china-refused-abkhazia", T),
    ("Kosygin stopped at Peking airport to talk with Zhou Enlai after Ho Chi Minh's funeral",
     "kosygin-premature", Verdict.UNPROVEN),
]


@pytest.mark.parametrize(("claim", "fact_id", "verdict"), MISSPELT_ACTORS)
def test_a_misspelt_leader_is_the_leader(claim: str, fact_id: str, verdict: Verdict,
                                         checker: FactChecker) -> None:
    reply = checker.check(claim)
    assert [(c.fact.id if c.fact else None, c.verdict) for c in reply.checks] == [
        (fact_id, verdict)]


# claim -> its fact and verdict: another actor set against the one the claim tells of ("X, not
# Y") is denied in its place; the claim is what it tells of X
ACTOR_OR_ANOTHER = [
    ("it was Russia that brought India into the SCO, not China", "sco-india-pakistan", T),
    ("Putin questioned the fragility of Kazakhstan's statehood, not Xi",
     "putin-kazakhstan-statehood", T),
    ("Xi questioned the fragility of Kazakhstan's statehood, not Putin",
     "putin-kazakhstan-statehood", F),
    # The signatories the source names, in the false claim's place, answer it.
    ("the Far East programme got signed by Medvedev and Hu Jintao, not by Putin and Xi",
     "program-signed-by-putin-xi", T),
    ("fwiw Hu Jintao and Dmitry Medvedev signed the Far East cooperation program in 2009",
     "program-signed-by-putin-xi", T),
    ("Hu and Medvedev signed that 2009 Far East program", "program-signed-by-putin-xi", T),
    ("Putin and Hu Jintao signed the Far East cooperation program in 2009",
     "program-signed-by-putin-xi", F),
    # Another person of the same country in the true fact's person's place.
    ("it was Medvedev who signed the law that made many NGOs foreign agents",
     "putin-foreign-agents-law", F),
    ("Vladimir Putin signed the law that made many NGOs foreign agents",
     "putin-foreign-agents-law", T),
    # Another pair of leaders than the fact's: a relationship the source does not tell of.
    ("Hu Jintao and Medvedev have met more than 25 times", "putin-xi-met-25-times",
     Verdict.CONTEXT),
]


@pytest.mark.parametrize(("claim", "fact_id", "verdict"), ACTOR_OR_ANOTHER)
def test_an_actor_told_against_another(claim: str, fact_id: str, verdict: Verdict,
                                       checker: FactChecker) -> None:
    reply = checker.check(claim)
    assert [(c.fact.id if c.fact else None, c.verdict) for c in reply.checks] == [
        (fact_id, verdict)]


# claim -> its fact and verdict: the actor's deed given to its aide, or the aide's to the actor
DEEDS_OF_AIDES = [
    ("back in 2012 Putin put forward liberal reforms and his finance minister turned them down",
     "putin-rejected-reforms-2012", F),
    ("in 2012 it was Putin who put forward liberal reforms and his minister of finance who "
     "blocked them", "putin-rejected-reforms-2012", F),
    ("in 2012 Putin turned down the liberal reforms his finance minister put forward",
     "putin-rejected-reforms-2012", T),
    # The aide's deed given to the one whose deal it undid.
    ("the Kremlin cancelled the Huawei deal over the objections of the security services",
     "huawei-deal-reversed", F),
    ("Russia's security services cancelled the Kremlin's Huawei deal", "huawei-deal-reversed",
     T),
    # The aides' part told as the cause: the actor acting on it, no swap.
    ("the Kremlin scrapped the Huawei deal because its security services feared spying",
     "huawei-deal-reversed", T),
    # Who overruled whom, told far from the source's words: the sides still tell it.
    ("the security services overruled the Kremlin", "huawei-deal-reversed", T),
    ("the Kremlin overruled the security services", "huawei-deal-reversed", F),
]


@pytest.mark.parametrize(("claim", "fact_id", "verdict"), DEEDS_OF_AIDES)
def test_deeds_of_an_actor_and_its_aide(claim: str, fact_id: str, verdict: Verdict,
                                        checker: FactChecker) -> None:
    reply = checker.check(claim)
    assert [(c.fact.id if c.fact else None, c.verdict) for c in reply.checks] == [
        (fact_id, verdict)]


# claim -> its fact and verdict, the roles of what is sought from whom read in the fact's quote
SOUGHT_FROM = [
    ("China can afford to rock the boat and seek from Russia an anti-Western military "
     "partnership", "russia-can-rock-the-boat", F),
    ("Moscow can rock the boat, seeking from Beijing an anti-Western military-political "
     "partnership", "russia-can-rock-the-boat", T),
    # The one pressed for a partnership is the one it is sought from.
    ("Beijing keeps pressing Moscow for an anti-Western military partnership",
     "russia-can-rock-the-boat", F),
    ("Moscow keeps pressing Beijing for an anti-Western military partnership",
     "russia-can-rock-the-boat", T),
]


@pytest.mark.parametrize(("claim", "fact_id", "verdict"), SOUGHT_FROM)
def test_who_seeks_from_whom_is_read_in_the_quote(claim: str, fact_id: str, verdict: Verdict,
                                                  checker: FactChecker) -> None:
    reply = checker.check(claim)
    assert [(c.fact.id if c.fact else None, c.verdict) for c in reply.checks] == [
        (fact_id, verdict)]


# claim -> its fact and verdict: a fact text of two clauses ("Delhi took 35%, Beijing 12%")
# gives each clause's actor its own role
ROLES_IN_CLAUSES = [
    ("China took 25% of Russian arms exports in 2013-17", "arms-india-vs-china", F),
    ("China received 25 percent of the arms Russia exported in 2013-17", "arms-india-vs-china",
     F),
]


@pytest.mark.parametrize(("claim", "fact_id", "verdict"), ROLES_IN_CLAUSES)
def test_roles_are_read_clause_by_clause(claim: str, fact_id: str, verdict: Verdict,
                                         checker: FactChecker) -> None:
    reply = checker.check(claim)
    assert [(c.fact.id if c.fact else None, c.verdict) for c in reply.checks] == [
        (fact_id, verdict)]


# claim -> its fact and verdict: a quoted sentence that names no actor leaves the roles to
# the fact's own claim
ROLES_OF_THE_QUOTING_FACT = [
    ("in the colonial trade picture, China is a raw material appendage of Russia",
     "colonial-trade", F),
    ("in the colonial trade picture, Russia is a raw material appendage of China",
     "colonial-trade", T),
    # The appendage named alone: the actor said to be the one the fact says it owns.
    ("in the colonial trade picture China is the raw material appendage", "colonial-trade", F),
    ("in the colonial trade picture Russia is the raw material appendage", "colonial-trade", T),
    # The thing the actor acts on in the quoted sentence made to act on the actor.
    ("it's the Orthodox Church that made Putin the guardian of national mores",
     "putin-history-textbooks", F),
    ("Putin made the Orthodox Church the guardian of national mores",
     "putin-history-textbooks", T),
]


@pytest.mark.parametrize(("claim", "fact_id", "verdict"), ROLES_OF_THE_QUOTING_FACT)
def test_roles_of_an_actorless_quote_are_the_facts(claim: str, fact_id: str, verdict: Verdict,
                                                   checker: FactChecker) -> None:
    reply = checker.check(claim)
    assert [(c.fact.id if c.fact else None, c.verdict) for c in reply.checks] == [
        (fact_id, verdict)]


# claim -> its fact and verdict: a text matched that names one of the actors ("Was China the
# first to buy the Su-35?") leaves the roles to the fact's own claim, which names both
ROLES_OF_THE_FACTS_CLAIM = [
    ("beijing sold moscow its first su-35 fighters", "su35-china-first", F),
    ("china was the first to sell russia the su-35", "su35-china-first", F),
    ("china sold the su-35 to russia", "su35-china-first", F),
    ("russia sold china its first su-35 fighters", "su35-china-first", T),
    ("Moscow sold Beijing the first Su-35 jets", "su35-china-first", T),
    # a close fact whose own claim gives the actors the other roles yields to one that passes
    # the threshold and gives them the claim's
    ("Beijing is the only country buying S-400s from Moscow", "s400-china-exclusive", F),
    ("China is the only country that buys S-400s from Russia", "s400-china-exclusive", F),
]


@pytest.mark.parametrize(("claim", "fact_id", "verdict"), ROLES_OF_THE_FACTS_CLAIM)
def test_roles_left_open_by_the_text_matched_are_the_facts(claim: str, fact_id: str,
                                                          verdict: Verdict,
                                                          checker: FactChecker) -> None:
    reply = checker.check(claim)
    assert [(c.fact.id if c.fact else None, c.verdict) for c in reply.checks] == [
        (fact_id, verdict)]


# claim -> its fact and verdict: how much each side matters to the other's trade, told as a
# comparison, is the asymmetry the fact states (China second only to the EU for Russia, Russia
# second-rate for China); told the other way round it is false
TRADE_ASYMMETRY = [
    ("china matters a great deal more to russian trade than russia does to chinese trade",
     "china-russia-second-partner", T),
    ("Moscow matters much more to Beijing's trade than Beijing does to Moscow's",
     "china-russia-second-partner", F),
    ("russia matters more to china in trade than china matters to russia",
     "china-russia-second-partner", F),
]


@pytest.mark.parametrize(("claim", "fact_id", "verdict"), TRADE_ASYMMETRY)
def test_who_matters_more_to_whose_trade(claim: str, fact_id: str, verdict: Verdict,
                                         checker: FactChecker) -> None:
    reply = checker.check(claim)
    assert [(c.fact.id if c.fact else None, c.verdict) for c in reply.checks] == [
        (fact_id, verdict)]


# claim -> its fact and verdict: Russia's periodic dangling of the Kurils before Japan is the
# game whose latest round the offer fact tells, and its quote says so ("that game" named)
KURIL_GAME = [
    ("the kremlin dangles the kuril islands to flirt with tokyo", "kuril-islands-offer", T),
    ("russia periodically dangles the return of the kuril islands to flirt with japan",
     "kuril-islands-offer", T),
    ("Japan keeps dangling the return of the Kuril islands to win over Russia",
     "kuril-islands-offer", F),
]


@pytest.mark.parametrize(("claim", "fact_id", "verdict"), KURIL_GAME)
def test_the_kuril_game_is_the_offers(claim: str, fact_id: str, verdict: Verdict,
                                      checker: FactChecker) -> None:
    reply = checker.check(claim)
    assert [(c.fact.id if c.fact else None, c.verdict) for c in reply.checks] == [
        (fact_id, verdict)]
    fact = reply.checks[0].fact
    assert fact is not None and "periodically flirts" in (fact.quote or "")


# denial -> the fact it denies: not a closer one about an actor the denial leaves out
DENIALS_OF_ANOTHER = [
    ("China doesn't import a lot of oil or gas", "china-grows-despite-energy-imports", F),
    ("China does not import much gas or oil", "china-grows-despite-energy-imports", F),
    # The denial names the fact's actors: it denies that fact.
    ("Russia isn't China's main supplier of natural gas", "russia-main-gas-supplier", T),
]


@pytest.mark.parametrize(("claim", "fact_id", "verdict"), DENIALS_OF_ANOTHER)
def test_a_denial_is_of_the_fact_explaining_it(claim: str, fact_id: str, verdict: Verdict,
                                               checker: FactChecker) -> None:
    reply = checker.check(claim)
    assert [(c.fact.id if c.fact else None, c.verdict) for c in reply.checks] == [
        (fact_id, verdict)]


# A denial of the word opposite the fact's: "didn't go for" what the source says he rejected.
OPPOSITE_DENIED = [
    ("Putin would not go for his finance minister's liberal reforms in 2012",
     "putin-rejected-reforms-2012", T),
    ("in 2012 putin didn't go for the reforms of his finance minister",
     "putin-rejected-reforms-2012", T),
    # The contrary denied in brackets after the claim, as a gloss on it.
    ("on the Crimea vote Beijing abstained (did not vote against it)",
     "china-abstained-crimea", T),
]


@pytest.mark.parametrize(("claim", "fact_id", "verdict"), OPPOSITE_DENIED)
def test_a_denial_of_the_opposite_word_agrees(claim: str, fact_id: str, verdict: Verdict,
                                              checker: FactChecker) -> None:
    reply = checker.check(claim)
    assert [(c.fact.id if c.fact else None, c.verdict) for c in reply.checks] == [
        (fact_id, verdict)]


# A pledge told with its not being carried out: the source's correction, not a denial of it.
PLEDGES_NOT_KEPT = [
    ("Beijing promised $25 billion for the Power of Siberia pipeline but never came through",
     "china-funded-power-of-siberia", T),
    ("the chinese government pledged 25bn to the Power of Siberia pipeline, then did not pay",
     "china-funded-power-of-siberia", T),
    # Told as kept ("and actually paid it", "and delivered every cent"), one claim with the
    # pledge: the false deed.
    ("beijing pledged 25 billion dollars to the Power of Siberia pipeline and really paid it",
     "china-funded-power-of-siberia", F),
    ("beijing pledged 25 billion dollars to the Power of Siberia pipeline and delivered all of "
     "it", "china-funded-power-of-siberia", F),
]


@pytest.mark.parametrize(("claim", "fact_id", "verdict"), PLEDGES_NOT_KEPT)
def test_a_pledge_not_carried_out_tells_the_correction(claim: str, fact_id: str,
                                                       verdict: Verdict,
                                                       checker: FactChecker) -> None:
    reply = checker.check(claim)
    assert [(c.fact.id if c.fact else None, c.verdict) for c in reply.checks] == [
        (fact_id, verdict)]


# A denial that the first buyer is the only one agrees with a fact that says it was first.
NOT_ALONE = [
    ("China getting the Su-35 first doesn't mean exclusivity, Egypt bought some too",
     "su35-china-first", T),
]


@pytest.mark.parametrize(("claim", "fact_id", "verdict"), NOT_ALONE)
def test_a_denial_of_exclusivity_is_no_denial_of_the_deed(claim: str, fact_id: str,
                                                          verdict: Verdict,
                                                          checker: FactChecker) -> None:
    reply = checker.check(claim)
    assert [(c.fact.id if c.fact else None, c.verdict) for c in reply.checks][:1] == [
        (fact_id, verdict)]


# A denial the source makes too, told beside the deed amid other words: the source's own.
SOURCE_DENIALS_ECHOED = [
    ("for the handout I trimmed the Japan bit but kept that Putin dangled returning two Kurils "
     "on Abe's January trip, no breakthrough", "kuril-islands-offer", T),
    ("my notes say the offer of two Kurils on Abe's January visit was floated by Putin, with no "
     "breakthrough at all, fwiw", "kuril-islands-offer", T),
]


@pytest.mark.parametrize(("claim", "fact_id", "verdict"), SOURCE_DENIALS_ECHOED)
def test_a_denial_the_source_makes_too_agrees(claim: str, fact_id: str, verdict: Verdict,
                                              checker: FactChecker) -> None:
    reply = checker.check(claim)
    assert [(c.fact.id if c.fact else None, c.verdict) for c in reply.checks] == [
        (fact_id, verdict)]


def test_a_rumour_told_as_one_after_the_claim_is_so(checker: FactChecker) -> None:
    # The source reports the rumour: telling it as a rumour is true to the source.
    reply = checker.check("Kosygin stopped at the Beijing airport in 1969 to talk with Zhou "
                          "Enlai, though it was only a rumour in Moscow")
    assert [(c.fact.id if c.fact else None, c.verdict) for c in reply.checks] == [
        ("kosygin-premature", T)]


# message about the airport rumour -> its verdict: told as a rumour it is so, whatever words
# tell the drawing back; vouched for, or denied, it is not.
RUMOURS_TOLD = [
    ("Word has it, though it may be apocryphal, that there's a rumour Kosygin said 'This is "
     "premature' to Zhou Enlai at the Beijing airport", T),
    ("the airport story: Zhou Enlai went for an embrace and Kosygin pulled back, saying 'this is "
     "premature'", T),
    ("the airport story definitely happened, Kosygin said 'this is premature' to Zhou Enlai", U),
    ("there were rumours that Kosygin stopped at Beijing airport to meet Zhou Enlai in 1969", T),
    ("the rumour at the time was that Kosygin pulled back from Zhou Enlai's hug at the Beijing "
     "airport, saying 'this is premature'", T),
]


@pytest.mark.parametrize(("message", "verdict"), RUMOURS_TOLD)
def test_a_rumour_told_as_it_goes(message: str, verdict: Verdict,
                                  checker: FactChecker) -> None:
    reply = checker.check(message)
    assert [(c.fact.id if c.fact else None, c.verdict) for c in reply.checks] == [
        ("kosygin-premature", verdict)]


# message addressed to the bot -> its check: the address says nothing of the claim.
ADDRESSED_TO_THE_BOT = [
    ("factbot: moscow and beijing are allies", "alliance-forming", M),
    ("hey bot, moscow and beijing are allies", "alliance-forming", M),
    ("@factbot moscow sold beijing its S-400 system", "s400-sold-to-china", T),
    # A thing put first as the topic is what the pronoun after it stands for.
    ("hmm and what about the S-400, didn't Beijing sell it to Moscow?", "s400-sold-to-china", F),
    ("what about the S-400? Moscow sold it to Beijing", "s400-sold-to-china", T),
    ("the S-400, didn't Beijing sell it to Moscow?", "s400-sold-to-china", F),
    ("The S-400, didn't Moscow sell it to Beijing?", "s400-sold-to-china", T),
]


@pytest.mark.parametrize(("message", "fact_id", "verdict"), ADDRESSED_TO_THE_BOT)
def test_a_message_addressed_to_the_bot_is_its_claim(message: str, fact_id: str,
                                                     verdict: Verdict,
                                                     checker: FactChecker) -> None:
    reply = checker.check(message)
    assert [(c.fact.id if c.fact else None, c.verdict) for c in reply.checks] == [
        (fact_id, verdict)]


# message -> the checks of its two gifts, the second given back
FAVOURS_RETURNED = [
    ("Xi handed Putin the Order of Friendship, and Putin returned the favour with the Order of "
     "St Andrew", [("order-of-friendship", T), ("order-of-st-andrew", T)]),
    ("Putin awarded Xi the Order of Friendship and Xi reciprocated with the Order of St Andrew",
     [("order-of-friendship", F), ("order-of-st-andrew", F)]),
]


@pytest.mark.parametrize(("message", "checks"), FAVOURS_RETURNED)
def test_a_favour_returned_gives_back_to_the_giver(
        message: str, checks: list[tuple[str, Verdict]], checker: FactChecker) -> None:
    reply = checker.check(message)
    assert [(c.fact.id if c.fact else None, c.verdict) for c in reply.checks] == checks


def test_a_clause_of_an_actor_and_a_figure_is_a_claim_of_its_own(checker: FactChecker) -> None:
    # "... and China 3,200": China fielded 3,200 soldiers there.
    reply = checker.check("at Vostok-2018 Russia fielded 300,000 soldiers and China 3,200")
    assert [(c.fact.id if c.fact else None, c.verdict) for c in reply.checks] == [
        ("vostok-300000-troops", F), ("vostok-chinese-forces", T)]


def test_an_aside_between_commas_is_no_claim_of_its_own(checker: FactChecker) -> None:
    # "Rosneft, Russia's largest oil company, ...": the aside names what Rosneft is; what
    # collapsed is the deal.
    reply = checker.check("a Chinese firm's deal for 14 percent of Rosneft, Russia's largest oil "
                          "company, collapsed")
    assert [(c.fact.id if c.fact else None, c.verdict) for c in reply.checks] == [
        ("cefc-rosneft-fell-through", T)]


def test_names_after_a_comma_go_on_with_the_list_before_them(checker: FactChecker) -> None:
    # "..., Qatar and Turkmenistan" are more of where the gas came from, no claim of their own:
    # the claim keeps them, and so is not about Australia alone.
    reply = checker.check("In 2017 the bulk of China's imported gas came from Australia, Qatar "
                          "and Turkmenistan")
    assert [(c.fact.id if c.fact else None, c.verdict) for c in reply.checks] == [
        ("china-gas-imports-2017", T)]


@pytest.mark.parametrize("message", [
    "Russia will sell the S-400 to India and Turkey next",
    "Russia will sell the S-400 to India and Turkey later",
])
def test_a_name_after_and_goes_on_with_the_deed_before_it(checker: FactChecker,
                                                          message: str) -> None:
    # "... and Turkey next" tells who else gets what the clause before tells: the claim keeps
    # the name, and so is not about India alone.
    reply = checker.check(message)
    assert [c.claim for c in reply.checks] == [message]


def test_claims_set_side_by_side_with_vs_are_each_checked(checker: FactChecker) -> None:
    reply = checker.check("Beijing put $148bn into sub-Saharan Africa vs $24bn into Russia")
    assert [(c.fact.id if c.fact else None, c.verdict) for c in reply.checks] == [
        ("china-africa-148-billion", T), ("china-fdi-24-billion", T)]


def test_the_years_of_a_claim_tell_close_facts_apart(checker: FactChecker) -> None:
    # Both the pipeline pledge and the direct investment over 2014-2018 give another sum than
    # $70B; the one dated as the claim is, is what it speaks of.
    reply = checker.check("beijing put like $70B into russia in 2014-18, and $150B into africa")
    assert [(c.fact.id if c.fact else None, c.verdict) for c in reply.checks] == [
        ("china-fdi-24-billion", F), ("china-africa-148-billion", T)]


def test_a_relative_clause_after_a_comma_is_a_claim_of_its_own(checker: FactChecker) -> None:
    reply = checker.check("China lent $25 billion for the Power of Siberia, which cost Russia "
                          "$55 billion")
    assert [(c.fact.id if c.fact else None, c.verdict) for c in reply.checks] == [
        ("china-funded-power-of-siberia", F), ("power-of-siberia-cost", T)]
    reply = checker.check("China sent 30,000 soldiers to Vostok-2018, which was their first "
                          "joint land drill")
    assert [(c.fact.id if c.fact else None, c.verdict) for c in reply.checks] == [
        ("vostok-chinese-forces", F), ("vostok-first-joint-exercise", T)]
    # A conclusion drawn from the claim is read with it.
    reply = checker.check("Russia sold Beijing its S-400 missiles, which shows they are "
                          "military allies")
    assert [(c.fact.id if c.fact else None, c.verdict) for c in reply.checks] == [
        ("s400-sold-to-china", M)]


def test_the_claim_a_question_alias_denies_is_false(checker: FactChecker) -> None:
    # The fact: Russia does not make China's top ten in imports.
    [check] = checker.check("russia is one of china's ten biggest import sources").checks
    assert (check.fact and check.fact.id, check.verdict) == (
        "russia-outside-china-top-ten-imports", F)


def test_chatter_around_a_claim_is_left_out(checker: FactChecker) -> None:
    reply = checker.check("hey all, hope you're well! China abstained on Crimea.")
    assert [(c.fact.id if c.fact else None) for c in reply.checks] == ["china-abstained-crimea"]


# A claim dressed in chat markup or opened by chat words reads as the plain claim.
DRESSED = [
    ("<@5521> side note before standup: **Beijing** abstained on the `Crimea` vote :ballot:",
     "Beijing abstained on the Crimea vote"),
    ("tbh, fyi Xi went to Moscow first after becoming president",
     "Xi went to Moscow first after becoming president"),
    # What the speaker did not know is no denial of the claim after it.
    ("something I didn't know: the Far East programme had 91 joint investment projects",
     "the Far East programme had 91 joint investment projects"),
    # A question's number, the gist of a part, the work the claim is meant for: headings.
    ("Q3: Xi went to Moscow first after becoming president",
     "Xi went to Moscow first after becoming president"),
    ("the gist of the trade section: China is Russia's second-largest trading partner after "
     "the EU", "China is Russia's second-largest trading partner after the EU"),
    ("for whoever draws the Russia-China chart: Beijing abstained on the Crimea vote",
     "Beijing abstained on the Crimea vote"),
    # What the writer did next is no part of the claim before it.
    ("Beijing abstained on the Crimea vote, then I went back to my homework",
     "Beijing abstained on the Crimea vote"),
    # A speaker in character for a country in a mock assembly: the claim is what they note.
    ("The delegate of Brazil reminds the committee that Xi went to Moscow first after "
     "becoming president", "Xi went to Moscow first after becoming president"),
    ("The delegation of the United Arab Emirates would like to point out that China "
     "invested $90 billion in Russia from 2014 to 2018",
     "China invested $90 billion in Russia from 2014 to 2018"),
    ("the Mexican representative observes that Beijing abstained on the Crimea vote",
     "Beijing abstained on the Crimea vote"),
    # A point of information or of order heads a question or a claim put to the speaker.
    ("point of information: wasn't Moscow the first place Xi visited as president?",
     "wasn't Moscow the first place Xi visited as president?"),
    ("Point of order: Beijing abstained on the Crimea vote",
     "Beijing abstained on the Crimea vote"),
    # The source's author named as the one saying the claim frames it, as "the author says"
    # does.
    ("Aron says the border clash was in 1969", "the border clash was in 1969"),
    ("Leon Aron writes that the border clash was in 1969", "the border clash was in 1969"),
    # A heading naming a piece of the group's own work: a note, a slide, an item, a draft.
    ("Working paper note: Moscow and Beijing look nothing like eager allies when it comes "
     "to investment", "Moscow and Beijing look nothing like eager allies when it comes to "
     "investment"),
    ("**Slide 7**: Moscow and Beijing look nothing like eager allies when it comes to "
     "investment", "Moscow and Beijing look nothing like eager allies when it comes to "
     "investment"),
    ("action item: Moscow and Beijing look nothing like eager allies when it comes to "
     "investment", "Moscow and Beijing look nothing like eager allies when it comes to "
     "investment"),
    # "Note (that) ...": the reader told to mark the claim.
    ("note that Moscow and Beijing look nothing like eager allies when it comes to "
     "investment", "Moscow and Beijing look nothing like eager allies when it comes to "
     "investment"),
    ("pls note Xi went to Moscow first after becoming president",
     "Xi went to Moscow first after becoming president"),
    # Stream chat: emotes typed as words, the handle answered, letters held, lazy figures.
    ("@tankfan99 beijing abstained on the crimea vote KEKW",
     "beijing abstained on the crimea vote"),
    ("the power of siberia pipe cost russia 55b PogChamp",
     "the power of siberia pipe cost russia $55 billion"),
    ("xi showed up w 3k2 soldiers at vostok LUL", "xi showed up with 3,200 soldiers at vostok"),
    ("sooo the border clash was in 1969", "so the border clash was in 1969"),
]


@pytest.mark.parametrize(("dressed", "plain"), DRESSED)
def test_chat_markup_and_openers_read_as_the_plain_claim(dressed: str, plain: str,
                                                        checker: FactChecker) -> None:
    def answer(text: str) -> list[tuple[str | None, Verdict]]:
        return [(c.fact.id if c.fact else None, c.verdict) for c in checker.check(text).checks]

    assert answer(dressed) == answer(plain)
    assert answer(plain)[0][0] is not None


# A view put forward with "contends", "maintains", "submits" ... is answered as one told with
# "says": the verb is no matter of the claim. (worded, the same told with "says")
VIEWS_PUT_FORWARD = [
    ("Boul\u00e8gue contends that China was invited to Vostok to reassure it",
     "Boul\u00e8gue says that China was invited to Vostok to reassure it"),
    ("Boul\u00e8gue submitted that China was invited to Vostok to reassure it",
     "Boul\u00e8gue said that China was invited to Vostok to reassure it"),
    ("my cousin maintains Russia and China vote almost in unison at the UN",
     "my cousin says Russia and China vote almost in unison at the UN"),
    ("the speaker asserted that Xi went to Moscow first after becoming president",
     "the speaker said that Xi went to Moscow first after becoming president"),
]


@pytest.mark.parametrize(("worded", "said"), VIEWS_PUT_FORWARD)
def test_a_view_put_forward_reads_as_one_said(worded: str, said: str,
                                              checker: FactChecker) -> None:
    def answer(text: str) -> list[tuple[str | None, Verdict]]:
        return [(c.fact.id if c.fact else None, c.verdict) for c in checker.check(text).checks]

    assert answer(worded) == answer(said)
    assert answer(said)[0][0] is not None


# Two names joined at the end of a claim are one object: the second is never cut off to leave
# a claim the fact bears out.
PAIRED_OBJECTS = [
    "the Shanghai Cooperation Organization was set up by Russia and Japan",
    "the Shanghai group was started by Moscow and Washington",
]


@pytest.mark.parametrize("claim", PAIRED_OBJECTS)
def test_a_pair_of_names_is_not_cut_to_its_first(claim: str, checker: FactChecker) -> None:
    assert all(c.verdict is not Verdict.TRUE for c in checker.check(claim).checks)


def test_chat_set_off_by_a_dash_is_left_out(checker: FactChecker) -> None:
    reply = checker.check("catching up on the thread above \u2014 someone said the article calls "
                          "Russia and China a formal alliance already")
    assert [(c.fact.id if c.fact else None, c.verdict) for c in reply.checks] == [
        ("alliance-already-formal", Verdict.FALSE)]


# A figure or a date no text of the fact (nor of a fact it goes with) gives: the source
# cannot vouch for it, so the claim gets the source shown and no verdict. The same claim
# without it, or with a figure the source gives, keeps its verdict.
UNSTATED_FIGURES = [
    # Typed in digits, the numbers the source writes in words ("two of the four") are given.
    ("putin dangled 2 of the 4 kurils to abe in january", "kuril-islands-offer", T),
    ("China was the first buyer of the Su-35, with 36 jets", "su35-china-first", Verdict.CONTEXT),
    ("China was the first buyer of the Su-35", "su35-china-first", Verdict.TRUE),
    ("Admiral Sun Jianguo warned of invasion and subversion at a 2016 forum",
     "sun-jianguo-threats", Verdict.CONTEXT),
    ("Xi called Putin his best friend at a 2018 dinner", "xi-best-friend", Verdict.CONTEXT),
    ("Xi launched the belt and road in Astana in 2013", "bri-launched-astana", Verdict.TRUE),
    ("the soviets seized 4 kuril islands from japan after ww2", "kuril-four-islands",
     Verdict.TRUE),
    # Numbers of the chat, not of the claim: how sure, a rating, a count of nothing named.
    ("100% sure China was the first buyer of the Su-35", "su35-china-first", Verdict.TRUE),
    ("my 2 cents: China was the first buyer of the Su-35", "su35-china-first", Verdict.TRUE),
    ("ok 10/10 fact: Xi launched the belt and road in Astana", "bri-launched-astana",
     Verdict.TRUE),
    # A figure set aside after the one claimed is no figure the claim tells.
    ("CEFC's plan was to buy 14% of Rosneft and it fell through, not 40%",
     "cefc-rosneft-fell-through", Verdict.TRUE),
    # How many times something happened is a count the source may not give, in digits or in
    # words; a ratio worked out from the source's figures is not.
    ("as president Xi has travelled to Moscow 11 times", "xi-first-visit-moscow",
     Verdict.CONTEXT),
    ("as president Xi has travelled to Moscow eleven times", "xi-first-visit-moscow",
     Verdict.CONTEXT),
    # A count of members, in digits or in words; "the two countries" tells the pair, no count.
    ("the SCO now has 8 full members since India and Pakistan joined", "sco-india-pakistan",
     Verdict.CONTEXT),
    ("the SCO now has eight full members since India and Pakistan joined",
     "sco-india-pakistan", Verdict.CONTEXT),
    # A year after the source was written tells of what it could not know; a plan for such a
    # year is the source's to tell.
    ("bilateral trade between Russia and China hit a record $100 billion in 2031",
     "trade-2018-record", Verdict.CONTEXT),
]


@pytest.mark.parametrize(("claim", "fact_id", "verdict"), UNSTATED_FIGURES,
                         ids=[c for c, _, _ in UNSTATED_FIGURES])
def test_a_figure_the_source_does_not_give_gets_no_verdict(
        claim: str, fact_id: str, verdict: Verdict, checker: FactChecker) -> None:
    assert_one_check(checker, claim, fact_id, verdict, "unstated figure")


def test_another_occasion_than_the_sources_is_false(checker: FactChecker) -> None:
    other = checker.check("Putin marked his 61st birthday with Xi over vodka at a G7 summit")
    same = checker.check("Putin marked his 61st birthday with Xi over vodka at the APEC summit")
    assert [(c.fact and c.fact.id, c.verdict, c.reading) for c in other.checks] \
        == [("putin-birthday-bali", Verdict.FALSE, "place")]
    assert [(c.fact and c.fact.id, c.verdict) for c in same.checks] \
        == [("putin-birthday-bali", Verdict.TRUE)]


# A claim that shares only one or two names with its fact and says of them what no text of the
# fact does is about something else: the source is shown, no verdict. The fact's own matter,
# told with the same names, keeps its verdict.
NAMES_ONLY = [
    ("India's prime minister opened the SCO meeting", "china-invited-india-sco",
     Verdict.CONTEXT),
    ("China invited India to join the SCO", "china-invited-india-sco", Verdict.FALSE),
]


@pytest.mark.parametrize(("claim", "fact_id", "verdict"), NAMES_ONLY,
                         ids=[c for c, _, _ in NAMES_ONLY])
def test_names_shared_with_a_fact_are_not_its_matter(
        claim: str, fact_id: str, verdict: Verdict, checker: FactChecker) -> None:
    assert_one_check(checker, claim, fact_id, verdict, "unexplained")


# A question that asks who did it and offers two sides to choose from ("who ..., A or B?")
# asserts neither: the fact is shown, never a false verdict on one of the two.
ALTERNATIVES_ASKED = [
    ("which side invited India to join the SCO: Moscow or Beijing?", "sco-india-pakistan"),
    ("who ambushed whom in 1969, the Soviets or the Chinese?", "soviets-started-1969-clash"),
]


@pytest.mark.parametrize(("claim", "fact_id"), ALTERNATIVES_ASKED,
                         ids=[c for c, _ in ALTERNATIVES_ASKED])
def test_a_question_offering_two_sides_asserts_neither(claim: str, fact_id: str,
                                                       checker: FactChecker) -> None:
    assert_one_check(checker, claim, fact_id, Verdict.CONTEXT, "alternatives")


# A claim that gives the very figure a false fact claims tells that falsehood, whatever
# chatter it is wrapped in; another figure wrapped so may be about another event.
FALSE_FIGURE_RETOLD = [
    ("over coffee my aunt told the whole book club that Sino-Russian trade hit two hundred "
     "billion dollars", "trade-200-billion", Verdict.FALSE),
    ("I mentioned to my cousin over dinner that Moscow and Beijing traded a record $200bn last "
     "year", "trade-200-billion", Verdict.FALSE),
    ("over coffee my aunt told the whole book club that Sino-Russian trade hit three hundred "
     "billion dollars", "trade-2018-record", Verdict.CONTEXT),
]


# Words that play an amount down ("hardly ever") say nothing beyond the figure: the wrong
# figure beside them makes the claim false.
PLAYED_DOWN = [
    ("my gran says Putin and Xi have hardly ever met, a couple of times tops",
     "putin-xi-met-25-times", Verdict.FALSE),
    ("honestly Putin and Xi have barely ever met, maybe a handful of times at most",
     "putin-xi-met-25-times", Verdict.FALSE),
    # Nor does finding it interesting, nor the "combined" that sums what it is told of.
    ("I found it interesting that China's trade with the US and the EU combined is only about "
     "double its trade with Russia", "china-us-eu-trade-five-times", Verdict.FALSE),
]


@pytest.mark.parametrize(("claim", "fact_id", "verdict"), PLAYED_DOWN,
                         ids=[c for c, _, _ in PLAYED_DOWN])
def test_an_amount_played_down_is_still_the_claims_figure(
        claim: str, fact_id: str, verdict: Verdict, checker: FactChecker) -> None:
    assert_one_check(checker, claim, fact_id, verdict, "unexplained")


@pytest.mark.parametrize(("claim", "fact_id", "verdict"), FALSE_FIGURE_RETOLD,
                         ids=[c for c, _, _ in FALSE_FIGURE_RETOLD])
def test_a_false_facts_own_figure_retold_is_false(
        claim: str, fact_id: str, verdict: Verdict, checker: FactChecker) -> None:
    assert_one_check(checker, claim, fact_id, verdict, "unexplained")


# claim, a fact's own claim -> whether the fact names the actor the claim opens on
ACTORS_FIT = [
    ("japan shipped 40 tons of rice to the fair", "Japan shipped 4 tons of rice to the fair",
     True),
    ("japan shipped 40 tons of rice to the fair", "Korea shipped 400 tons of rice to the fair",
     False),
    ("the fair drew 40 stalls from japan", "Korea shipped 400 tons of rice to the fair", False),
]


@pytest.mark.parametrize(("claim", "stated", "fits"), ACTORS_FIT,
                         ids=[f"{c} / {s}" for c, s, _ in ACTORS_FIT])
def test_of_two_close_facts_the_one_about_the_claims_subject_fits(claim: str, stated: str,
                                                                  fits: bool) -> None:
    fact = dataclasses.replace(BUNDLED.facts[0], claim=stated)
    assert _actors_fit(claim, Match(fact=fact, score=0.7, matched_text=stated)) is fits


# A true deed given a motive the source does not give: unproven, and the reply says why.
MOTIVE_NOTES = [
    ("Russia brought India into the SCO purely to humble Beijing", "sco-india-pakistan"),
    ("the CEFC bid for 14% of Rosneft collapsed because the Kremlin vetoed it",
     "cefc-rosneft-fell-through"),
    # The deed read alone, its possessive owning the thing described ("Kazakhstan's fragile
    # statehood"), is true; the motive tied to another true fact is the source's nowhere.
    ("Putin musing on Kazakhstan's fragile statehood was revenge for Xi launching the BRI in "
     "Astana", "putin-kazakhstan-statehood"),
]


@pytest.mark.parametrize(("claim", "fact_id"), MOTIVE_NOTES, ids=[c for c, _ in MOTIVE_NOTES])
def test_a_motive_the_source_does_not_give_is_told_in_the_reply(
        claim: str, fact_id: str, checker: FactChecker) -> None:
    reply = checker.check(claim)
    [check] = reply.checks
    assert check.fact is not None and check.fact.id == fact_id
    assert (check.verdict, check.reading) == (Verdict.UNPROVEN, "motive")
    text = render_reply(reply)
    assert messages.reading_note("motive", check.fact.verdict, Verdict.UNPROVEN) in text
    assert_cites_everything(text, check)


# A forecast of what a false fact tells as done: the source cannot settle what is to come.
# Told as done, the false fact's verdict stands.
FORECASTS = [
    ("Putin will give two of the Kuril Islands back to Japan", Verdict.UNPROVEN),
    ("Moscow is going to give Japan two of the Kuril Islands back", Verdict.UNPROVEN),
    ("Moscow gave Japan two of the Kuril Islands back", Verdict.FALSE),
    # A forecast denied is a forecast still.
    ("Moscow won't hand Japan back a single one of the Kuril Islands", Verdict.UNPROVEN),
    # "Still won't" tells a stand kept now, no forecast: the false fact's verdict, denied.
    ("Moscow still won't hand Japan back a single one of the Kuril Islands", Verdict.TRUE),
]


@pytest.mark.parametrize(("claim", "verdict"), FORECASTS, ids=[c for c, _ in FORECASTS])
def test_a_forecast_of_a_deed_the_source_denies_is_unproven(
        claim: str, verdict: Verdict, checker: FactChecker) -> None:
    reply = checker.check(claim)
    [check] = reply.checks
    assert check.fact is not None and check.fact.id == "kuril-islands-returned"
    assert check.verdict is verdict
    if verdict is Verdict.UNPROVEN:
        assert check.reading == "forecast"
        assert messages.reading_note("forecast", check.fact.verdict, verdict) \
            in render_reply(reply)


# A forecast that a plan the source only reports will be carried out: not established.
PLANS_FORETOLD = [
    "India will purchase 114 of the Su-35 jets",
    "India is going to buy 114 Su-35 jets",
]


@pytest.mark.parametrize("claim", PLANS_FORETOLD)
def test_a_reported_plan_foretold_is_unproven(claim: str, checker: FactChecker) -> None:
    [check] = checker.check(claim).checks
    assert check.fact is not None and check.fact.id == "su35-other-buyers"
    assert (check.verdict, check.reading) == (Verdict.UNPROVEN, "intent")


# Sure of what the source only calls likely, or of a story it cannot vouch for, in words a
# little far from the source's own for a verdict on the wording: the claim's certainty is what
# the source does not establish.
SURE_OF_THE_LIKELY_FAR = [
    ("I'm certain Huawei's gear was used by Chinese intelligence to spy on the Kremlin",
     "huawei-deal-reversed"),
    ("Beijing was 100% furious about the islands Putin dangled in front of Tokyo",
     "kuril-islands-offer"),
    ("Chinese intelligence used Huawei's gear to spy on the Kremlin, I'm sure of it",
     "huawei-deal-reversed"),
    # ... or sure of a story the source cannot vouch for.
    ("Kosygin for sure turned away when Zhou went to embrace him", "kosygin-premature"),
    ("I'm certain Zhou's embrace was rebuffed by Kosygin", "kosygin-premature"),
]


@pytest.mark.parametrize(("claim", "fact_id"), SURE_OF_THE_LIKELY_FAR,
                         ids=[c for c, _ in SURE_OF_THE_LIKELY_FAR])
def test_sure_of_the_likely_below_the_threshold_is_unproven(
        claim: str, fact_id: str, checker: FactChecker) -> None:
    [check] = checker.check(claim).checks
    assert check.fact is not None and check.fact.id == fact_id
    assert (check.verdict, check.reading) == (Verdict.UNPROVEN, "certainty")


# What a side wished for, told in the past ("wanted", "promised"), beside what the source
# tells it did: read as the rest of the claim reads. A plan still ahead, or one only thought
# about, stays unjudged.
WISHES_TOLD = [
    ("the russian finance minister wanted liberal reforms in 2012, putin rejected them",
     "putin-rejected-reforms-2012", T),
    ("beijing pledged 91 projects and financed 11", "cooperation-program-11-financed", T),
    ("the kremlin wanted internet policing tech and picked huawei", "kremlin-chose-huawei", T),
    # the rest of the claim is read as ever: "all" where the source counts 11
    ("beijing promised 91 projects and funded all of them", "cooperation-program-11-financed",
     F),
    ("the kremlin was planning to pick huawei for internet policing tech",
     "kremlin-chose-huawei", Verdict.CONTEXT),
]


@pytest.mark.parametrize(("claim", "fact_id", "verdict"), WISHES_TOLD,
                         ids=[c for c, _, _ in WISHES_TOLD])
def test_a_wish_told_beside_the_deed(claim: str, fact_id: str, verdict: Verdict,
                                     checker: FactChecker) -> None:
    [check] = checker.check(claim).checks
    assert (check.fact.id if check.fact else None, check.verdict) == (fact_id, verdict)


# A claim pasted from a chat log is checked as the claim alone.
PASTED = [
    ("[20:14] trade_talk_7: Russia-China trade hit a record $100bn in 2018",
     "Russia-China trade hit a record $100bn in 2018"),
    ("[9:05 AM] Lena: chinese troops attacked soviet border guards in 1969",
     "chinese troops attacked soviet border guards in 1969"),
]


@pytest.mark.parametrize(("pasted", "plain"), PASTED, ids=[p for p, _ in PASTED])
def test_a_pasted_log_line_gets_the_plain_claims_answer(pasted: str, plain: str) -> None:
    checker = FactChecker(BUNDLED)
    got, want = checker.check(pasted), checker.check(plain)
    assert [(c.fact.id if c.fact else None, c.verdict) for c in got.checks] == \
        [(c.fact.id if c.fact else None, c.verdict) for c in want.checks]
    assert got.checks[0].fact is not None and got.checks[0].claim == plain


# A claim too far from a true fact's words for a verdict of its own, denying every one of a
# thing the fact's texts say some of are so: turned around by the quantifier.
NONE_BELOW = [
    ("none of the new bridges were ever opened", "Some of the new bridges were opened", True),
    ("none of the new bridges were ever opened", "The new bridges were opened", False),
    ("all of the new bridges were opened", "Some of the new bridges were opened", False),
]


@pytest.mark.parametrize(("claim", "stated", "turned"), NONE_BELOW,
                         ids=[f"{c} / {s}" for c, s, _ in NONE_BELOW])
def test_none_where_some_turns_a_claim_too_far_for_a_verdict(claim: str, stated: str,
                                                             turned: bool) -> None:
    fact = dataclasses.replace(BUNDLED.facts[0], claim=stated, aliases=(), quote=None,
                               verdict=T)
    match = Match(fact=fact, score=0.45, matched_text=stated)
    assert (_turned_below_threshold(claim, match) == "quantifier") is turned


# claim -> whether it answers the false "China financed most of the projects" with the
# source's own figures (11 of 91): a count of the projects ("of the 91 joint projects") is the
# source's plain "out of 91".
CORRECTIONS_OF_MOST = [
    ("fewer than fifteen of those 91 joint projects had chinese money", True),
    ("beijing funded under 20 of those ninety-one joint projects", True),
    ("beijing funded fewer than 5 of those 91 joint projects", False),
    ("beijing funded 60 of those 91 joint projects", False),
    # The whole counted alone is the source's plain count: no correction.
    ("beijing paid for the bulk of the 91 joint projects", False),
]


@pytest.mark.parametrize(("claim", "corrects"), CORRECTIONS_OF_MOST,
                         ids=[c for c, _ in CORRECTIONS_OF_MOST])
def test_a_part_counted_of_the_whole_is_the_correction(claim: str, corrects: bool) -> None:
    fact = next(f for f in BUNDLED.facts if f.id == "china-funded-most-projects")
    said = normalise(claim)
    assert _states_correction(quantities(said), fact, quoted=True) is corrects


# A span of time told of an event ("lasted just 48 hours") goes with the fact that gives the
# event's length, not with one close to it that only dates the event.
SPANS: list[tuple[str, str, Verdict]] = [
    ("in 1969 the border fighting lasted just 48 hours", "border-clash-casualties", F),
    ("the border fighting in 1969 only went on for two days", "border-clash-casualties", F),
]


@pytest.mark.parametrize(("claim", "fact_id", "verdict"), SPANS, ids=[c for c, _, _ in SPANS])
def test_a_span_of_time_goes_with_the_fact_giving_one(claim: str, fact_id: str,
                                                      verdict: Verdict,
                                                      checker: FactChecker) -> None:
    reply = checker.check(claim)
    assert [(c.fact.id if c.fact else None, c.verdict) for c in reply.checks] \
        == [(fact_id, verdict)]
