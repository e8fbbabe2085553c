"""The Discord adapter (discord.py): interactions and messages in, embeds and views out."""
