"""Tokens kept in the store (installed Slack workspaces' OAuth tokens, the desk's sign-in
tokens), encrypted at rest with the secret key (`FACTBOT_SECRET_KEY`).

A stored value is `fernet:` followed by a Fernet token (AES-128-CBC with an HMAC-SHA256, keyed
by the secret key). The first key encrypts; every key, the current one and the
`FACTBOT_SECRET_KEY_FALLBACKS`, decrypts. To rotate: make a new key (`factbot db new-key`), set
it as the key and move the old one to the fallbacks, run `factbot db seal-tokens` (or restart:
the Slack app and the desk re-encrypt at start), then drop the old key.

A value without the prefix was stored before tokens were encrypted: it is read as it is, and
encrypted by the same command or start.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from cryptography.fernet import Fernet, InvalidToken, MultiFernet

from bot import messages

PREFIX = "fernet:"
KEY_ENV = "FACTBOT_SECRET_KEY"
FALLBACKS_ENV = "FACTBOT_SECRET_KEY_FALLBACKS"


class SecretKeyMissing(Exception):
    """Tokens are to be stored or read and no secret key is set; the message says which
    setting to set."""

    def __init__(self, what: str) -> None:
        super().__init__(messages.secret_key_missing(what))


class TokenUnreadable(Exception):
    """A stored token encrypted with a key that is neither the key nor a fallback."""

    def __init__(self) -> None:
        super().__init__(messages.token_unreadable())


def new_key() -> str:
    """A fresh secret key, as `FACTBOT_SECRET_KEY` takes it."""
    return Fernet.generate_key().decode("ascii")


def is_sealed(stored: str) -> bool:
    return stored.startswith(PREFIX)


@dataclass(frozen=True, slots=True)
class TokenCipher:
    """Encrypts with `keys[0]`; decrypts with any of `keys`."""

    keys: tuple[str, ...]
    _current: Fernet = field(init=False, repr=False, compare=False)
    _any: MultiFernet = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if not self.keys:
            raise SecretKeyMissing("tokens")
        fernets = [Fernet(key.encode("ascii")) for key in self.keys]
        object.__setattr__(self, "_current", fernets[0])
        object.__setattr__(self, "_any", MultiFernet(fernets))

    @classmethod
    def of(cls, keys: Sequence[str]) -> TokenCipher | None:
        """A cipher over `keys` (the current key first), or None when there is none."""
        return cls(tuple(keys)) if keys else None

    def seal(self, token: str) -> str:
        return PREFIX + self._current.encrypt(token.encode("utf-8")).decode("ascii")

    def open(self, stored: str) -> str:
        """The token a stored value holds; a value stored before encryption as it is."""
        if not is_sealed(stored):
            return stored
        try:
            return self._any.decrypt(stored.removeprefix(PREFIX).encode("ascii")).decode("utf-8")
        except (InvalidToken, UnicodeError) as exc:
            raise TokenUnreadable() from exc

    def reseal(self, stored: str) -> str | None:
        """The value encrypted with the current key, or None if it already is."""
        if is_sealed(stored):
            try:
                self._current.decrypt(stored.removeprefix(PREFIX).encode("ascii"))
                return None
            except InvalidToken:
                pass
        return self.seal(self.open(stored))
