"""The OAuth fake, knowing the people of desk_people, for the desk's page tests.

Use with `pytest_plugins = ["desk_fixtures"]`.
"""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest_asyncio
from desk_people import PEOPLE
from oauth_fake import OAuthFake, Person


@pytest_asyncio.fixture
async def fake() -> AsyncIterator[OAuthFake]:
    oauth = OAuthFake()
    for person in PEOPLE:
        oauth.add(Person(person.user_id, person.name, dict(person.guilds)))
    await oauth.start()
    yield oauth
    await oauth.stop()
