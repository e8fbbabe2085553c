"""The moderators' desk on the web: sign in with Discord or Slack, then work the facts and
queues of the servers one moderates, through the same Moderation service as the chat apps.

`build_app(moderation, config)` makes the aiohttp application; `DeskService` serves it under
the runner (`factbot run` with `web.enabled = true`).
"""
