"""Fetching the URLs a user names: polite, bounded, and never into the user's own network.

Every request, and every redirect hop, goes through the same checks:

* only ``http`` and ``https``;
* the host is resolved and *every* address it resolves to must be a public one: loopback,
  private (RFC 1918, unique-local), link-local (where cloud metadata services such as
  ``169.254.169.254`` live), shared, multicast, reserved and unspecified addresses are refused
  unless the setting ``fetch.allow_private`` is on. The check is made again when the socket
  connects, on the addresses actually used, so a name that resolves to a public address for
  the check and to a private one for the connection (DNS rebinding) is refused too;
* a timeout for the whole fetch (``fetch.timeout``) and a size limit on the decoded body
  (``fetch.max_bytes``), checked while reading, so a compressed bomb stops early;
* redirects are followed by hand, at most ``fetch.max_redirects``, each one checked as above;
* a descriptive ``User-Agent`` (``fetch.user_agent``); no proxy or credentials from the environment.

Feeds are polled like a robot would, so :func:`check_robots` asks the site's ``robots.txt``
(RFC 9309: a missing file allows everything, a server error forbids everything).

Conditional requests: :func:`fetch_url` sends ``If-None-Match``/``If-Modified-Since`` when it
is given the ``etag``/``last_modified`` of an earlier fetch, and says when nothing changed.
"""

from __future__ import annotations

import ipaddress
import socket
import time
import urllib.robotparser
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from threading import Lock
from typing import Any
from urllib.parse import urljoin, urlsplit

import httpcore
import httpx

from kronika.errors import InputError
from kronika.settings import FetchSettings

Resolver = Callable[[str, int], list[str]]
"""host, port → the IP addresses (as text) the host resolves to."""

REDIRECTS = frozenset({301, 302, 303, 307, 308})
ROBOTS_MAX_BYTES = 512_000
_ROBOTS_CACHE_SECONDS = 3600.0


@dataclass(frozen=True, slots=True)
class Fetched:
    """A fetched resource: the final URL after redirects, its body and its validators.

    ``not_modified`` is True (and ``data`` empty) when a conditional request found nothing new.
    """

    url: str
    status: int
    data: bytes
    content_type: str = ""
    etag: str | None = None
    last_modified: str | None = None
    not_modified: bool = False


class HTTPStatusError(InputError):
    """The server answered with an error status (4xx, 5xx)."""

    def __init__(self, location: str, reason: str, status: int) -> None:
        super().__init__(location, reason)
        self.status = status


class RefusedAddressError(Exception):
    """A host resolves to an address kronika does not fetch from (raised below httpx)."""

    def __init__(self, host: str, address: str, kind: str) -> None:
        said = f"{address} is" if host.strip("[]") == address else f"{host} resolves to {address},"
        super().__init__(f"{said} a {kind} address")
        self.host = host
        self.address = address
        self.kind = kind


def system_resolver(host: str, port: int) -> list[str]:
    """The addresses ``host`` resolves to, by the system resolver."""
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return list(dict.fromkeys(str(info[4][0]) for info in infos))


def address_kind(address: str) -> str | None:
    """Why ``address`` is not a public internet address ("loopback", "private", …), or None if it is."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    checks = (
        ("unspecified", ip.is_unspecified),
        ("loopback", ip.is_loopback),
        ("link-local (cloud metadata)", ip.is_link_local),
        ("private", ip.is_private),
        ("multicast", ip.is_multicast),
        ("reserved", ip.is_reserved),
    )
    for kind, hit in checks:
        if hit:
            return kind
    # Shared address space (100.64.0.0/10, where some clouds serve metadata) and other
    # special ranges are neither private nor global.
    return None if ip.is_global else "non-public"


def allowed_addresses(host: str, port: int, settings: FetchSettings, resolve: Resolver) -> list[str]:
    """The addresses of ``host``, all checked; raises RefusedAddressError for the first one refused."""
    try:
        addresses = [host] if _is_ip(host) else resolve(host, port)
    except OSError as err:
        raise ConnectionError(f"cannot resolve {host} ({err.strerror or err})") from None
    if not addresses:
        raise ConnectionError(f"cannot resolve {host} (no address)")
    if not settings.allow_private:
        for address in addresses:
            kind = address_kind(address)
            if kind is not None:
                raise RefusedAddressError(host, address, kind)
    return addresses


def _is_ip(host: str) -> bool:
    try:
        ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return False
    return True


class GuardedBackend(httpcore.NetworkBackend):
    """httpcore's socket backend, connecting only to addresses that pass the checks."""

    def __init__(self, settings: FetchSettings, resolve: Resolver) -> None:
        self._settings = settings
        self._resolve = resolve
        self._inner = httpcore.SyncBackend()

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        """A connection to the first reachable address of ``host``, all of them checked first."""
        last: Exception | None = None
        for address in allowed_addresses(host.strip("[]"), port, self._settings, self._resolve):
            try:
                return self._inner.connect_tcp(address, port, timeout, local_address, socket_options)
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as err:
                last = err
        assert last is not None  # allowed_addresses never returns an empty list
        raise last

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
    ) -> httpcore.NetworkStream:
        """Never: kronika fetches over TCP only."""
        raise httpcore.ConnectError("unix sockets are not fetched")

    def sleep(self, seconds: float) -> None:
        """Sleep (used by httpcore between retries)."""
        self._inner.sleep(seconds)


def guarded_transport(settings: FetchSettings, resolve: Resolver = system_resolver) -> httpx.BaseTransport:
    """An httpx transport whose connections pass the address checks."""
    transport = httpx.HTTPTransport(trust_env=False)
    # httpx has no public hook for the network backend; its pool is rebuilt with ours. The
    # versions are pinned, and tests/readers/test_fetch.py fails if this stops guarding.
    transport._pool = httpcore.ConnectionPool(
        ssl_context=httpx.create_ssl_context(trust_env=False),
        network_backend=GuardedBackend(settings, resolve),
        max_connections=8,
    )
    return transport


def _check_url(url: str, settings: FetchSettings, resolve: Resolver) -> None:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        raise InputError(url, f"cannot fetch a {parts.scheme or 'relative'} URL; only http and https")
    if not parts.hostname:
        raise InputError(url, "no host in this URL")
    if parts.username or parts.password:
        raise InputError(url, "URLs with a user name or password are not fetched")
    try:
        port = parts.port or (443 if parts.scheme == "https" else 80)
    except ValueError:
        raise InputError(url, "the port in this URL is not a number from 0 to 65535") from None
    try:
        allowed_addresses(parts.hostname, port, settings, resolve)
    except RefusedAddressError as err:
        raise _refusal(url, err) from None
    except ConnectionError as err:
        raise InputError(url, str(err)) from None


def _refusal(url: str, err: RefusedAddressError) -> InputError:
    return InputError(
        url,
        f"refused to fetch: {err} (kronika does not fetch loopback, private, link-local or cloud-metadata"
        " addresses; set fetch.allow_private=true to allow it)",
    )


def fetch_url(
    url: str,
    settings: FetchSettings,
    *,
    etag: str | None = None,
    last_modified: str | None = None,
    transport: httpx.BaseTransport | None = None,
    resolve: Resolver = system_resolver,
    max_bytes: int | None = None,
) -> Fetched:
    """The resource at ``url``, after the checks above; raises InputError saying why it could not be had.

    ``transport`` replaces the network (tests pass an ``httpx.MockTransport``); ``resolve``
    replaces DNS for the address checks. ``max_bytes`` lowers ``settings.max_bytes``.
    """
    limit = min(settings.max_bytes, max_bytes) if max_bytes else settings.max_bytes
    deadline = time.monotonic() + settings.timeout
    headers = {"User-Agent": settings.user_agent, "Accept-Encoding": "gzip, deflate"}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    client = httpx.Client(
        transport=transport or guarded_transport(settings, resolve),
        timeout=httpx.Timeout(settings.timeout),
        follow_redirects=False,
        trust_env=False,
        headers=headers,
    )
    current = url
    with client:
        for _ in range(settings.max_redirects + 1):
            _check_url(current, settings, resolve)
            try:
                fetched = _get(client, current, limit, deadline, url)
            except RefusedAddressError as err:
                raise _refusal(current, err) from None
            if isinstance(fetched, str):
                current = fetched
                continue
            return fetched
    raise InputError(url, f"more than {settings.max_redirects} redirects (setting fetch.max_redirects)")


def _get(client: httpx.Client, url: str, limit: int, deadline: float, original: str) -> Fetched | str:
    """The response at ``url``, or the next URL when it redirects."""
    try:
        with client.stream("GET", url) as response:
            if response.status_code in REDIRECTS and "location" in response.headers:
                return urljoin(url, response.headers["location"])
            if response.status_code == 304:
                return Fetched(
                    url, 304, b"", etag=response.headers.get("etag"),
                    last_modified=response.headers.get("last-modified"), not_modified=True,
                )
            if response.status_code >= 400:
                reason = response.reason_phrase or "error"
                raise HTTPStatusError(
                    original, f"the server answered {response.status_code} {reason} ({url})", response.status_code
                )
            declared = response.headers.get("content-length", "")
            if declared.isdigit() and int(declared) > limit:
                raise InputError(original, f"{declared} bytes, over the limit of {limit} (setting fetch.max_bytes)")
            chunks: list[bytes] = []
            size = 0
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > limit:
                    raise InputError(original, f"more than {limit} bytes (setting fetch.max_bytes)")
                if time.monotonic() > deadline:
                    raise InputError(original, "took longer than the timeout (setting fetch.timeout)")
                chunks.append(chunk)
            return Fetched(
                url=url,
                status=response.status_code,
                data=b"".join(chunks),
                content_type=response.headers.get("content-type", ""),
                etag=response.headers.get("etag"),
                last_modified=response.headers.get("last-modified"),
            )
    except httpx.TimeoutException:
        raise InputError(original, "took longer than the timeout (setting fetch.timeout)") from None
    except httpx.HTTPError as err:
        raise InputError(original, f"cannot be fetched: {err or type(err).__name__}") from None
    except ConnectionError as err:
        raise InputError(original, str(err)) from None


@dataclass
class _RobotsEntry:
    parser: urllib.robotparser.RobotFileParser | None  # None: everything allowed
    denied_all: bool
    fetched_at: float


_robots: dict[tuple[str, str], _RobotsEntry] = {}
_robots_lock = Lock()


def robots_allows(
    url: str,
    settings: FetchSettings,
    *,
    transport: httpx.BaseTransport | None = None,
    resolve: Resolver = system_resolver,
) -> bool:
    """True if the ``robots.txt`` of ``url``'s site lets kronika's user agent fetch it (cached an hour)."""
    parts = urlsplit(url)
    origin = f"{parts.scheme}://{parts.netloc}"
    key = (origin, settings.user_agent)
    with _robots_lock:
        entry = _robots.get(key)
    if entry is None or time.monotonic() - entry.fetched_at > _ROBOTS_CACHE_SECONDS:
        entry = _load_robots(origin, settings, transport, resolve)
        with _robots_lock:
            _robots[key] = entry
    if entry.denied_all:
        return False
    if entry.parser is None:
        return True
    agent = settings.user_agent.split("/", 1)[0]
    return entry.parser.can_fetch(agent, url)


def _load_robots(
    origin: str, settings: FetchSettings, transport: httpx.BaseTransport | None, resolve: Resolver
) -> _RobotsEntry:
    now = time.monotonic()
    try:
        fetched = fetch_url(
            f"{origin}/robots.txt", settings, transport=transport, resolve=resolve, max_bytes=ROBOTS_MAX_BYTES
        )
    except HTTPStatusError as err:
        # RFC 9309 §2.3.1.3-4: an unavailable robots.txt (4xx) restricts nothing; an
        # unreachable one (server error) forbids everything.
        return _RobotsEntry(None, err.status >= 500, now)
    parser = urllib.robotparser.RobotFileParser()
    parser.parse(fetched.data.decode("utf-8", "replace").splitlines())
    return _RobotsEntry(parser, False, now)


def check_robots(
    url: str,
    settings: FetchSettings,
    *,
    transport: httpx.BaseTransport | None = None,
    resolve: Resolver = system_resolver,
) -> None:
    """Raise InputError if ``url``'s robots.txt does not let kronika fetch it."""
    if not robots_allows(url, settings, transport=transport, resolve=resolve):
        agent = settings.user_agent.split("/", 1)[0]
        raise InputError(url, f"the site's robots.txt does not allow {agent} to fetch this URL")


def clear_robots_cache() -> None:
    """Forget every robots.txt read so far (tests; a long-running watch after an hour does it itself)."""
    with _robots_lock:
        _robots.clear()
