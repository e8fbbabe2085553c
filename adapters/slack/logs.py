"""What Bolt may log: nothing a member wrote, unless the operator enabled it
(`logging.message_text = true`).

Bolt puts whole request bodies (message text, user ids) into a few of its log lines: a request
whose signature does not verify (at INFO, which anyone who can reach the endpoint can cause),
an unhandled request, a middleware that answered nothing. Those lines keep their first words and
lose the body; the token warning that only misleads (the client was made with that very token)
is dropped.
"""

from __future__ import annotations

import logging

from slack_bolt.logger.messages import warning_client_prioritized_and_token_skipped

from bot.ops.logging_setup import message_text_logged

BOLT_LOGGER = "factbot.slack.bolt"
# The start of each Bolt line that carries a request body.
_BODY_LINES = ("Invalid request signature detected", "Unhandled request", "A global middleware",
               "request body:", "Request body:")
WITHHELD = " (request body not logged)"


class BoltLogFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        text = record.getMessage()
        if text == warning_client_prioritized_and_token_skipped():
            return False
        if message_text_logged():
            return True
        for start in _BODY_LINES:
            if text.startswith(start):
                record.msg, record.args = start.rstrip(":") + WITHHELD, ()
                break
        return True


def bolt_logger() -> logging.Logger:
    logger = logging.getLogger(BOLT_LOGGER)
    if not any(isinstance(f, BoltLogFilter) for f in logger.filters):
        logger.addFilter(BoltLogFilter())
    return logger
