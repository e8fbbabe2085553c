"""Who is asking, behind a balancer: the client's address and scheme from X-Forwarded-For and
X-Forwarded-Proto, believed only when the peer that sent them is a trusted proxy
(`web.trusted_proxies`); from anyone else they are ignored, since anyone can send them.

Each proxy appends the address it got the request from to X-Forwarded-For, so the list is read
from the right: trusted proxies are passed over and the first address that is not one is the
client's. A chain made only of trusted proxies gives the leftmost address; a hop that is not
an address stops the walk at the last one that was.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Iterable, Sequence

from aiohttp import web

from bot.ops.config_schema import Network

Address = ipaddress.IPv4Address | ipaddress.IPv6Address


def _address(text: str) -> Address | None:
    """An address as proxies write it: `1.2.3.4`, `1.2.3.4:5678`, `[::1]:5678` or `::1`."""
    text = text.strip().strip('"')
    if text.startswith("["):
        text = text[1:].partition("]")[0]
    elif text.count(":") == 1:
        text = text.partition(":")[0]
    try:
        found = ipaddress.ip_address(text)
    except ValueError:
        return None
    if isinstance(found, ipaddress.IPv6Address) and found.ipv4_mapped is not None:
        return found.ipv4_mapped
    return found


def _trusted(address: Address, proxies: Sequence[Network]) -> bool:
    return any(address.version == net.version and address in net for net in proxies)


def client_address(peer: str | None, forwarded_for: Iterable[str],
                   proxies: Sequence[Network]) -> str | None:
    """The client's address: the peer's own unless the peer is a trusted proxy."""
    current = _address(peer) if peer else None
    if current is None or not _trusted(current, proxies):
        return peer
    hops = [hop for header in forwarded_for for hop in header.split(",") if hop.strip()]
    for hop in reversed(hops):
        found = _address(hop)
        if found is None:
            break
        current = found
        if not _trusted(found, proxies):
            break
    return str(current)


def client_scheme(peer: str | None, forwarded_proto: str | None, scheme: str,
                  proxies: Sequence[Network]) -> str:
    """`https` or `http` as the client used it: the connection's own scheme unless a trusted
    proxy says which (the first of a list, the scheme the client used)."""
    current = _address(peer) if peer else None
    if current is None or not _trusted(current, proxies) or not forwarded_proto:
        return scheme
    said = forwarded_proto.split(",")[0].strip().lower()
    return said if said in ("http", "https") else scheme


def as_client_sees_it(request: web.Request, proxies: Sequence[Network]) -> web.Request:
    """The request with the client's address as `remote` and its scheme as `scheme`."""
    if not proxies:
        return request
    remote = client_address(request.remote, request.headers.getall("X-Forwarded-For", []),
                            proxies)
    scheme = client_scheme(request.remote, request.headers.get("X-Forwarded-Proto"),
                           request.scheme, proxies)
    if remote is None or (remote == request.remote and scheme == request.scheme):
        return request
    return request.clone(remote=remote, scheme=scheme)
