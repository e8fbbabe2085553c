"""Messages the bot reads: mentions, replies with a mention, direct messages, passive watch.

Discord delivers the text of a message to a bot without the message-content intent only when
the message mentions the bot or is a direct message. Passive watch and "reply with a mention"
(which reads the replied-to message) need the intent (``FACTBOT_MESSAGE_CONTENT=1``); without
it, a reply-mention is told to use the message menu, which works either way.

A reply that mentions the bot checks the replied-to message, unless the reply states a claim
of its own ("@factbot is this true?" does not; "@factbot Russia and China are allies" does).
In private reply mode an asked verdict goes by direct message (a closed DM is told so in the
channel); passive watch never sends direct messages, so it stays quiet in private mode.
"""

from __future__ import annotations

import logging
import re

import discord

from adapters.discord.desk import PLATFORM, server_key
from adapters.discord.member import discord_claim
from adapters.discord.send import Survivor
from adapters.discord.steady import Checks
from adapters.discord.views import RecentClaims, verdict_message
from adapters.discord.watch import PendingReactions
from bot import messages
from bot.chat.cooldowns import PassiveCooldowns, Spot
from bot.chat.settings import ServerSettings
from bot.chat.watch import confident, looks_like_claim
from bot.core.models import Reply
from bot.core.normalise import normalise

log = logging.getLogger("adapters.discord")
# "@factbot check this" or "@factbot is this really true?": words that ask about a message
# rather than state a claim; a reply needs this many other words to be a claim of its own.
MIN_OWN_CLAIM_WORDS = 3
ASKING_WORDS = frozenset(
    "is are was this that it its these those true false real fake correct right accurate "
    "legit really actually or not check fact factcheck please pls can could you verify what "
    "about does do hold up so hm hmm ok".split())
CANNOT_DM = 50007
# Channels whose messages carry verdict reactions (passive watch: guild text channels, threads).
REACTION_CHANNELS = (discord.TextChannel, discord.Thread, discord.VoiceChannel,
                     discord.StageChannel)


def without_mention(content: str, user_id: int) -> str:
    return re.sub(rf"<@!?{user_id}>", " ", content).strip()


def states_a_claim(text: str) -> bool:
    """Whether a mention's own words state a claim, rather than ask about another message."""
    words = [w for w in normalise(text).split() if w not in ASKING_WORDS]
    return len(words) >= MIN_OWN_CLAIM_WORDS


def watched(channel: discord.abc.MessageableChannel, settings: ServerSettings) -> bool:
    """An opted-in channel, or a thread inside one."""
    parent = getattr(channel, "parent_id", None)
    ids = {str(channel.id), str(parent) if parent else ""}
    return bool(ids & set(settings.watched_channels))


class Listener:
    """Decides which messages get an answer and sends it."""

    def __init__(self, desk: Checks, *, allow_dms: bool, message_content: bool,
                 survivor: Survivor, recent: RecentClaims,
                 cooldowns: PassiveCooldowns | None = None) -> None:
        self.desk = desk
        self.recent = recent
        self.allow_dms = allow_dms
        self.message_content = message_content
        self.survivor = survivor
        self.cooldowns = cooldowns or PassiveCooldowns()
        self.pending = PendingReactions()

    async def on_message(self, me: discord.ClientUser, message: discord.Message) -> None:
        if message.author.bot or message.author.id == me.id or message.webhook_id:
            return
        if message.guild is None:
            if self.allow_dms and message.content.strip():
                reply = await self.desk.check(discord_claim(
                    message.content, guild_id=None, channel_id=message.channel.id,
                    user_id=message.author.id))
                await self.answer(message, reply, None)
            return
        mentioned = re.search(rf"<@!?{me.id}>", message.content) is not None
        if not mentioned and not self.message_content:
            return  # not for the bot: nothing to read, not even the server's settings
        settings = await self.desk.settings(server_key(message.guild.id))
        if mentioned:
            await self.on_mention(me, message, settings)
        elif watched(message.channel, settings):
            await self.watch(message, settings)

    async def on_mention(self, me: discord.ClientUser, message: discord.Message,
                         settings: ServerSettings) -> None:
        own = without_mention(message.content, me.id)
        target = message
        if message.reference and not states_a_claim(own):
            referenced = await self.referenced(message)
            if referenced is None or referenced.author.bot:
                return
            if not referenced.content.strip() and not self.message_content:
                await self.survivor.attempt("a hint about replies", message.reply(
                    messages.discord_cannot_read_replied_to(), mention_author=False),
                    channel=message.channel)
                return
            target, own = referenced, referenced.content
        if not own.strip():
            await self.survivor.attempt("a usage hint", message.reply(
                messages.empty_claim(), mention_author=False), channel=message.channel)
            return
        reply = await self.desk.check(discord_claim(
            own, guild_id=message.guild.id if message.guild else None,
            channel_id=message.channel.id, user_id=message.author.id))
        about = target if target is not message else None
        await self.answer(message, reply, settings, about=about)

    async def referenced(self, message: discord.Message) -> discord.Message | None:
        ref = message.reference
        if ref is None:
            return None
        if isinstance(ref.resolved, discord.Message):
            return ref.resolved
        if ref.message_id is None:
            return None
        return await self.survivor.attempt(
            "fetching a replied-to message", message.channel.fetch_message(ref.message_id))

    async def watch(self, message: discord.Message, settings: ServerSettings) -> None:
        assert message.guild is not None
        if not looks_like_claim(message.content):
            return
        spot = Spot(PLATFORM, str(message.guild.id), str(message.channel.id),
                    str(message.author.id))
        if not self.cooldowns.ready(spot, settings):
            return
        reply = await self.desk.check(discord_claim(
            message.content, guild_id=message.guild.id, channel_id=message.channel.id,
            user_id=message.author.id, explicit=False))
        if not confident(reply, settings) or settings.reply_mode == "private":
            return  # passive answers are public by nature: none in private mode, never a DM
        if not await self.cooldowns.take(spot, settings):
            return
        if settings.passive_reaction_first:
            emoji = messages.VERDICT_EMOJI[reply.verdict]
            self.pending.add(message.id, emoji, reply)
            await self.survivor.attempt("a verdict reaction", message.add_reaction(emoji),
                                        channel=message.channel)
            return
        await self.answer(message, reply, settings)

    async def on_reaction(self, me: discord.ClientUser, payload: discord.RawReactionActionEvent,
                          channel: discord.abc.Messageable | None) -> None:
        """Someone added the bot's verdict reaction: post the full answer under the message."""
        if payload.user_id == me.id or channel is None or (
                payload.member is not None and payload.member.bot):
            return
        emoji = str(payload.emoji)
        reply = self.pending.take(payload.message_id, emoji)
        if reply is None:
            reply = await self.unanswered(payload, channel, emoji)
            if reply is None:
                return
        out = verdict_message(reply)
        reference = discord.MessageReference(message_id=payload.message_id,
                                             channel_id=payload.channel_id,
                                             guild_id=payload.guild_id,
                                             fail_if_not_exists=False)
        sent = await self.survivor.attempt("a verdict after a reaction", channel.send(
            embeds=out.embeds, view=out.view, reference=reference, mention_author=False),
            channel=channel)
        self.recent.remember(sent.id if sent else None, reply)
        if sent is not None and isinstance(channel, REACTION_CHANNELS):
            # The reaction has done its job; without it, no later reaction (after a restart,
            # or seen by another instance) asks for the answer again.
            await self.survivor.attempt("removing a verdict reaction", channel.get_partial_message(
                payload.message_id).remove_reaction(emoji, me))

    async def unanswered(self, payload: discord.RawReactionActionEvent,
                         channel: discord.abc.Messageable, emoji: str) -> Reply | None:
        """The answer a verdict reaction stands for when this process does not remember adding
        it (a restart, or another instance added it): the bot's own reaction is still on the
        message, so no one has asked yet; the message is checked again."""
        if (payload.guild_id is None or not self.message_content
                or emoji not in messages.VERDICT_EMOJI.values()
                or not isinstance(channel, REACTION_CHANNELS)):
            return None
        if not self.pending.first_look(payload.message_id, emoji):
            return None
        settings = await self.desk.settings(server_key(payload.guild_id))
        if not settings.passive_reaction_first or not watched(channel, settings):
            return None
        message = await self.survivor.attempt(
            "fetching a message with a verdict reaction", channel.fetch_message(payload.message_id))
        if message is None or not any(str(r.emoji) == emoji and r.me for r in message.reactions):
            return None
        reply = await self.desk.check(discord_claim(
            message.content, guild_id=payload.guild_id, channel_id=payload.channel_id,
            user_id=message.author.id, explicit=False))
        if not confident(reply, settings) or messages.VERDICT_EMOJI[reply.verdict] != emoji:
            return None
        return reply

    async def answer(self, message: discord.Message, reply: Reply,
                     settings: ServerSettings | None, *,
                     about: discord.Message | None = None) -> None:
        """Reply to `message` as the server's reply mode says; `about` is what was checked."""
        content = (messages.discord_checking_message_by(about.author.mention, about.jump_url)
                   if about is not None else None)
        mode = settings.reply_mode if settings is not None else "public"
        if mode == "private" and message.guild is not None:
            await self.answer_privately(message, reply, content)
            return
        out = verdict_message(reply, in_guild=message.guild is not None)
        if mode == "thread" and isinstance(message.channel, discord.TextChannel):
            thread = await self.survivor.attempt("a thread for a verdict", message.create_thread(
                name=messages.discord_thread_name()), channel=message.channel)
            if thread is not None:
                sent = await self.survivor.attempt("a verdict in a thread", thread.send(
                    content=content, embeds=out.embeds, view=out.view), channel=message.channel)
                self.recent.remember(sent.id if sent else None, reply)
                return
        sent = await self.survivor.attempt("a verdict reply", message.reply(
            content=content, embeds=out.embeds, view=out.view, mention_author=False),
            channel=message.channel)
        self.recent.remember(sent.id if sent else None, reply)

    async def answer_privately(self, message: discord.Message, reply: Reply,
                               content: str | None) -> None:
        """A verdict by direct message (its buttons are the ones that work outside a server);
        if the member's DMs are closed, a line in the channel says so and what to do."""
        out = verdict_message(reply, in_guild=False)
        try:
            sent = await message.author.send(content=content, embeds=out.embeds, view=out.view)
        except discord.HTTPException as exc:
            log.info("could not send a verdict by direct message (%s, code %s)", exc.status,
                     exc.code)
            if exc.code == CANNOT_DM:
                await self.survivor.attempt("a closed-DM notice", message.reply(
                    messages.discord_dms_closed(), mention_author=False),
                    channel=message.channel)
            return
        self.recent.remember(sent.id, reply)
