"""Every page of the desk, once, as a moderator of Alpha sees it after a little use: the list the
accessibility and phone tests walk and the screenshots are taken of.

A new page is one more `DeskPage` line here (and, if it shows stored work, a line in
`fill_desk`; if it is reached by sending a form, a step in `then`): the browser tests and
`bench/screenshots.py` then cover it too."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from live_desk import ALPHA, LiveDesk

from bot import messages
from bot.core.models import Claim, Figure, Source
from bot.moderation import Actor, FactInput

if TYPE_CHECKING:
    from browser_support import Screen

MEMBER = Actor("discord", "2002", "Mem Ber")
FACT_ID = "octopuses-have-three-hearts"
OCTOPUS = FactInput(
    claim="Octopuses have three hearts", verdict="true",
    summary="Two pump blood through the gills, one through the body.",
    quote="An octopus has three hearts: two branchial hearts and one systemic heart.",
    source=Source("Marine Biology Today", url="https://example.org/octopus"),
    figures=(Figure("3", "hearts of an octopus"),),
    aliases=("how many hearts does an octopus have",), tags=("animals", "sea"))
# Checks the facts answered, and the channel each was asked in (the statistics page).
ANSWERED = (("Octopuses have three hearts", "1001"), ("do octopuses have three hearts", "1001"),
            ("Chinese troops ambushed a Soviet border patrol in March 1969", "1002"),
            ("Russia and China already have a formal alliance", "1002"))
EDITED_SUMMARY = "Two small hearts pump blood through the gills; a third pumps it to the body."
ASKED = ("Is the moon made of cheese?", "is the moon made of CHEESE",
         "Did the harbour tariff double last year?",
         "Are there more trees on Earth than stars in the Milky Way?")
# An article to draft from: its first sentence is the one OCTOPUS quotes (covered already).
DRAFT_SOURCE = f"""The Octopus, Up Close

{OCTOPUS.quote} Its blood is blue because it carries copper in a protein called hemocyanin.
The common octopus lives for one to two years. A giant Pacific octopus can weigh more than
50 kilograms. Are octopuses the cleverest animals in the sea?
"""
DRAFT_PUBLISHER = "Marine Biology Today"


@dataclass(frozen=True, slots=True)
class DeskPage:
    """A page: `name` (its screenshot's file name), its address (`{server}` is filled in)
    and the heading it shows (a signed-out visitor sees the sign-in page's); `then`, what a
    person does there to reach the page meant, e.g. send a form."""

    name: str
    path: str
    heading: str
    signed_in: bool = True
    then: Callable[[Screen], None] | None = None

    def address(self, server: str = str(ALPHA)) -> str:
        return self.path.format(server=server, fact=FACT_ID)

    def open(self, screen: Screen) -> None:
        screen.go(self.address())
        if self.then is not None:
            self.then(screen)


def upload_draft_source(screen: Screen) -> None:
    """On "Draft from a source": choose DRAFT_SOURCE as a file, name its publisher, send."""
    with tempfile.TemporaryDirectory() as folder:
        article = Path(folder) / "octopus.txt"
        article.write_text(DRAFT_SOURCE, encoding="utf-8")
        screen.control(messages.DESK_TEXT["draft_file"]).send_keys(str(article))
        screen.fill(messages.DESK_TEXT["draft_source_publisher"], DRAFT_PUBLISHER)
        screen.press(messages.DESK_TEXT["draft_submit"])
    assert messages.DESK_TEXT["draft_list"] in screen.text(), screen.text()


T = messages.DESK_TEXT
PAGES = (
    DeskPage("signin", "/signin", T["signin_heading"], signed_in=False),
    DeskPage("servers", "/", T["servers_heading"]),
    DeskPage("facts", "/s/{server}/facts", T["facts"]),
    DeskPage("fact", "/s/{server}/facts/{fact}", FACT_ID),
    DeskPage("fact-new", "/s/{server}/facts/new", T["new_fact"]),
    DeskPage("history", "/s/{server}/facts/{fact}/history", f"{T['history']}: {FACT_ID}"),
    DeskPage("unmatched", "/s/{server}/unmatched", T["unmatched"]),
    DeskPage("suggestions", "/s/{server}/suggestions", T["suggestions"]),
    DeskPage("reports", "/s/{server}/reports", T["reports"]),
    DeskPage("draft", "/s/{server}/draft", T["draft"]),
    DeskPage("draft-review", "/s/{server}/draft", T["draft"], then=upload_draft_source),
    DeskPage("stats", "/s/{server}/stats", T["stats"]),
    DeskPage("settings", "/s/{server}/settings", T["settings"]),
    DeskPage("transfer", "/s/{server}/transfer", T["transfer"]),
)


async def _fill(desk: LiveDesk) -> None:
    mod = desk.mod
    saved = await mod.add_fact(ALPHA, MEMBER, OCTOPUS)
    await mod.edit_fact(ALPHA, MEMBER, FACT_ID, {"summary": EDITED_SUMMARY,
                                                 "tags": ["animals", "sea", "biology"]},
                        saved.version)
    for text in ASKED:
        await mod.check(Claim(text, platform="discord", server=ALPHA.id, explicit=True))
    for text, channel in ANSWERED:
        await mod.check(Claim(text, platform="discord", server=ALPHA.id, channel=channel,
                              explicit=True))
    await mod.feedback(ALPHA, MEMBER, FACT_ID, True, reply_id="r1")
    await mod.feedback(ALPHA, Actor("discord", "2003", "Other"), FACT_ID, False, reply_id="r1")
    await mod.suggest(ALPHA, MEMBER, FactInput(
        claim="Octopuses have nine brains", verdict="misleading",
        summary="One central brain; each arm has a large cluster of neurons."), note="")
    await mod.suggest(ALPHA, MEMBER, fact_id=FACT_ID, note="The quote needs its source.")
    await mod.report(ALPHA, MEMBER, FACT_ID, "octopus hearts", "It says three; I read two.")
    await mod.report(ALPHA, MEMBER, None, "is the moon cheese", "No answer at all.")


def fill_desk(desk: LiveDesk) -> None:
    """Alpha after a little use: a fact of its own, edited once, claims nobody answered yet,
    checks answered in two channels and votes on them, suggestions and reports waiting."""
    desk.run(_fill(desk))
