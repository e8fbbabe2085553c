"""The secret key that encrypts stored tokens, and the desk's trusted proxies, worded for the
admin who runs factbot."""

from __future__ import annotations

__all__ = [
    "config_proxy_invalid",
    "config_secret_key_invalid",
    "config_secret_key_missing",
    "secret_key_missing",
    "token_unreadable",
    "tokens_sealed",
]

NEW_KEY = "`factbot db new-key` prints a new one"


def config_secret_key_missing(why: str) -> str:
    return (f"{why} keeps sign-in or workspace tokens in the database, encrypted with "
            f"FACTBOT_SECRET_KEY, which is not set; set it, or FACTBOT_SECRET_KEY_FILE naming "
            f"a file ({NEW_KEY})")


def config_secret_key_invalid(position: str) -> str:
    return (f"{position} is not a key factbot can use: it must be 32 bytes in URL-safe base64 "
            f"(44 characters ending in '='); {NEW_KEY}")


def secret_key_missing(what: str) -> str:
    return (f"Cannot keep {what} encrypted: FACTBOT_SECRET_KEY is not set. Set it (or "
            f"FACTBOT_SECRET_KEY_FILE naming a file); {NEW_KEY}.")


def token_unreadable() -> str:
    return ("A stored token was encrypted with a key that is neither FACTBOT_SECRET_KEY nor one "
            "of FACTBOT_SECRET_KEY_FALLBACKS; put the old key back among the fallbacks, or "
            "sign in (or install the app) again to store a new token.")


def tokens_sealed(sealed: dict[str, int], unreadable: dict[str, int]) -> str:
    done = ", ".join(f"{n} in {table}" for table, n in sealed.items() if n)
    lines = [f"Encrypted with the current key: {done}." if done
             else "Every stored token was already encrypted with the current key."]
    lost = ", ".join(f"{n} in {table}" for table, n in unreadable.items() if n)
    if lost:
        lines.append(f"Encrypted with a key no longer held, left as they are: {lost}. Put the "
                     "old key among FACTBOT_SECRET_KEY_FALLBACKS and run this again, or sign "
                     "in (or install the app) again.")
    return "\n".join(lines)


def config_proxy_invalid(value: str) -> str:
    return (f"{value!r} is not an IP address or network; list the addresses of the proxies "
            "in front of the desk, e.g. 10.0.0.5 or 10.0.0.0/24")
