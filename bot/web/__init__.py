"""The moderators' desk on the web: sign in with Discord or Slack, then work the facts and
queues of the servers one moderates, through the same seam (`bot.chat.seam.Desk`) as the chat
apps and the command line.

`build_app(desk, store, config)` makes the aiohttp application; `DeskService` serves it under
the runner (`factbot run` with `web.enabled = true`).
"""
