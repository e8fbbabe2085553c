"""Servers and people the storage tests act as."""

from __future__ import annotations

from bot.moderation import Actor, ServerKey

MOD = Actor("discord", "1001", "Mo Derator")
MEMBER = Actor("discord", "2002", "Mem Ber")
SERVER_A = ServerKey("discord", "111")
SERVER_B = ServerKey("discord", "222")
