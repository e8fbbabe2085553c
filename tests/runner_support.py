"""Where the runner tests start factbot from, and how they wait for it."""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

import aiohttp

REPO = Path(__file__).resolve().parents[1]
FACTBOT = Path(sys.executable).with_name("factbot")


async def readyz(port: int) -> tuple[int, dict[str, object]]:
    async with aiohttp.ClientSession() as session, session.get(
            f"http://127.0.0.1:{port}/readyz") as response:
        return response.status, await response.json()


async def wait_until(condition: object, timeout: float = 5.0) -> None:
    async def poll() -> None:
        while not condition():  # type: ignore[operator]
            await asyncio.sleep(0.01)
    await asyncio.wait_for(poll(), timeout)
