"""Text sent to Slack: nothing echoed can ping, Block Kit's limits hold for any input, and
forms read back what they showed."""

from __future__ import annotations

import re

from hypothesis import example, given
from hypothesis import strategies as st
from slack_mock import view_submission, wire

from adapters.slack.blocks import ButtonRef, reply_blocks, reply_text
from adapters.slack.fact_forms import FormTarget, changes_of, fact_form
from adapters.slack.forms import Origin, input_values
from adapters.slack.text import (
    FIELDS_PER_SECTION,
    MESSAGE_BLOCKS,
    clip,
    clip_escaped,
    decode,
    escape,
    mentioned_users,
    neutralise,
    safe_echo,
    safe_mrkdwn,
)
from bot.core.models import Check, Fact, Figure, Reply, Source, Verdict

slack_text = st.text(alphabet=st.sampled_from(list("<>&!@|^ abcHERhere-channel#U12S")),
                     max_size=200) | st.text(max_size=200)
ENTITY = re.compile(r"&(?!amp;|lt;|gt;)")


@example("\u2060")  # a word joiner of the text's own stays
@given(slack_text)
def test_escaped_text_has_no_control_characters(text: str) -> None:
    escaped = escape(text)
    assert "<" not in escaped and ">" not in escaped
    assert not ENTITY.search(escaped)
    assert not re.search(r"@(here|channel|everyone)\b", escaped, re.IGNORECASE)
    plain = escaped.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
    # Escaping adds word joiners (after the "@" of a broadcast) and keeps the text's own.
    assert plain.replace("\u2060", "") == text.replace("\u2060", "")
    assert plain.count("\u2060") >= text.count("\u2060")


@given(slack_text, st.integers(min_value=1, max_value=300))
def test_clipping_respects_the_limit_and_never_splits_an_entity(text: str, limit: int) -> None:
    assert len(clip(text, limit)) <= limit
    cut = clip_escaped(escape(text), limit)
    assert len(cut) <= limit
    assert not ENTITY.search(cut)
    assert len(safe_mrkdwn(text, limit)) <= limit


def test_known_ping_forms_are_defused() -> None:
    for ping in ("<!channel>", "<!here>", "<!everyone>", "<!subteam^S0123|@team>",
                 "<@U0123>", "<@W0123|bob>", "<!date^1392734382^{date}|x>"):
        assert "<" not in escape(f"hi {ping} there")
    assert escape("@here and @Channel") == "@\u2060here and @\u2060Channel"



def test_the_mock_escapes_text_as_slack_does() -> None:
    assert wire("Russia & China <3 > all") == "Russia &amp; China &lt;3 &gt; all"
    assert wire("<@U0BOB|bob> see <#C0002|random> & <https://x.org/a?b=1&c=2|this>") == (
        "<@U0BOB|bob> see <#C0002|random> &amp; <https://x.org/a?b=1&amp;c=2|this>")
    assert wire("already &amp; escaped") == "already &amp; escaped"


def test_slack_markup_is_read_as_the_person_saw_it() -> None:
    sent = ("<@UBOT0001> is it true? <@W2|bob> &amp; <@U3> in <#C1|random> &lt;3 "
            "<!here> <!subteam^S1|@mods> <https://x.org/?a=1&amp;b=2|the article> "
            "<mailto:a@b.org> <!date^1392734382^{date}|Feb 18th>")
    assert mentioned_users(sent) == {"UBOT0001", "U3"}
    assert decode(sent, {"U3": "carol"}, drop_user="UBOT0001") == (
        "is it true? @bob & @carol in #random <3 @here @mods the article a@b.org Feb 18th")
    # someone typing an entity gets it back as typed
    assert decode("Tom &amp;amp; Jerry") == "Tom &amp; Jerry"
    assert decode(wire("Tom & Jerry <3")) == "Tom & Jerry <3"


@given(st.text(max_size=300))
def test_decoding_what_slack_sends_gives_back_what_was_typed(typed: str) -> None:
    sent = typed.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    lines = (re.sub(r"[ \t]+", " ", line).strip() for line in typed.split("\n"))
    assert decode(sent) == "\n".join(lines).strip()


@given(slack_text)
def test_echoed_words_never_format_or_ping(text: str) -> None:
    shown = safe_echo(text, 3000)
    assert not re.search(r"[*_~`\n]", shown)
    assert "<" not in shown and ">" not in shown and not ENTITY.search(shown)
    assert neutralise("*bold* _it_ ~no~ `code`").split() == [
        "\u2217bold\u2217", "\u02cdit\u02cd", "\u223cno\u223c", "\u02cbcode\u02cb"]


def _huge_fact(n: int) -> Fact:
    return Fact(id=f"fact-{n}", claim="claim " * 400, verdict=Verdict.FALSE,
                summary="summary <!channel> " * 500, quote="quote & more " * 600,
                source=Source(title="T" * 3000, author="<!here>", url="javascript:alert(1)"),
                figures=tuple(Figure(f"{i}" * 300, "what " * 500) for i in range(25)))


def test_huge_replies_fit_block_kit() -> None:
    checks = tuple(Check(claim="x " * 2000, verdict=Verdict.FALSE, fact=_huge_fact(i),
                         score=0.9) for i in range(5))
    reply = Reply(input="x", checks=checks)
    blocks = reply_blocks(reply)
    assert len(blocks) <= MESSAGE_BLOCKS
    for block in blocks:
        if block["type"] == "header":
            assert len(block["text"]["text"]) <= 150
        if "text" in block:
            assert len(block["text"]["text"]) <= 3000
        if "fields" in block:
            assert len(block["fields"]) <= FIELDS_PER_SECTION
            assert all(len(f["text"]) <= 2000 for f in block["fields"])
        for element in block.get("elements", []):
            text = element["text"]
            assert len(text if isinstance(text, str) else text["text"]) <= 2000
            assert len(element.get("value", "")) <= 2000
    rendered = str(blocks)
    assert "<!channel>" not in rendered and "<!here>" not in rendered
    assert "<javascript:" not in rendered  # an unsafe source URL is not made a link
    assert len(reply_text(reply)) <= 3000


claims = st.text(max_size=3000) | st.text(alphabet='"\\\x00\n', max_size=3000)


@given(claims, st.text(max_size=100) | st.none(), st.none() | st.just("C0001"))
def test_button_values_and_modal_metadata_round_trip_within_limits(
        claim: str, fact_id: str | None, channel: str | None) -> None:
    ref = ButtonRef(fact_id=fact_id, verdict="false", claim=claim)
    encoded = ref.encode()
    assert len(encoded) <= 2000
    decoded = ButtonRef.decode(encoded)
    assert decoded is not None and decoded.fact_id == fact_id
    assert claim.startswith(decoded.claim.removesuffix("…").rstrip())
    metadata = Origin(ref=ref, channel=channel).encode()
    assert len(metadata) <= 3000
    back = Origin.decode(metadata)
    assert back is not None and back.channel == channel and back.ref.fact_id == fact_id


def test_edit_form_round_trip_changes_nothing_even_for_long_texts() -> None:
    fact = Fact(id="long", claim="c " * 700, verdict=Verdict.MISLEADING,
                summary="s" * 3500, quote="q" * 3200, source=Source("Src", url="https://x.org"),
                figures=(Figure("$1", "one dollar"),), aliases=("a one", "a two"))
    form = fact_form(FormTarget(fact_id="long", version=3), fact)
    values = input_values(view_submission(form, {})["view"])
    assert all(len(v) <= 3000 for v in values.values())
    assert changes_of(fact, values) == {}
    values["figures"] += "\n$2 = two dollars"
    values["summary"] = "new"
    assert changes_of(fact, values) == {"summary": "new",
                                        "figures": ["$1 = one dollar", "$2 = two dollars"]}


def test_edit_form_changes_each_source_field_alone() -> None:
    source = Source("Src", author="A. Writer", publisher="Pub", subtitle="Sub",
                    url="https://x.org")
    fact = Fact(id="f", claim="c", verdict=Verdict.TRUE, summary="s", source=source)
    values = input_values(view_submission(fact_form(FormTarget(fact_id="f", version=1), fact),
                                          {})["view"])
    # The link has an input of its own; the rest of the source is one field.
    assert (values["source"], values["source_link"]) == ("Src | A. Writer | Pub", "https://x.org")
    assert changes_of(fact, values) == {}
    values["source"] = "New title | A. Writer | Pub"
    assert changes_of(fact, values) == {"source.title": "New title"}
    values["source"], values["source_link"] = " | A. Writer | Pub", ""  # the title is kept
    assert changes_of(fact, values) == {"source.url": ""}
