"""Fetching URLs: address refusal (SSRF), limits, redirects, User-Agent, conditional GET, robots.txt.

Nothing here leaves the machine: a local server on 127.0.0.1 (reachable only because these
tests turn ``fetch.allow_private`` on), an ``httpx.MockTransport``, or a refusal made before
any connection.
"""

from __future__ import annotations

import contextlib
import gzip
import re
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx
import pytest

from kronika import readers
from kronika.errors import InputError
from kronika.readers import fetch
from kronika.settings import FetchSettings

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
ALLOW = FetchSettings(allow_private=True, timeout=5)


@dataclass
class Route:
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0


@dataclass
class Server:
    """A local HTTP server whose routes a test sets, recording the requests it gets."""

    routes: dict[str, Route]
    requests: list[tuple[str, dict[str, str]]]
    port: int

    def url(self, path: str = "/") -> str:
        return f"http://127.0.0.1:{self.port}{path}"


@pytest.fixture
def server() -> Iterator[Server]:
    routes: dict[str, Route] = {}
    requests: list[tuple[str, dict[str, str]]] = []

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            requests.append((self.path, {k.lower(): v for k, v in self.headers.items()}))
            route = routes.get(self.path, Route(404, b"not here"))
            if route.delay:
                time.sleep(route.delay)
            etag = route.headers.get("ETag")
            if etag and self.headers.get("If-None-Match") == etag:
                self.send_response(304)
                self.send_header("ETag", etag)
                self.end_headers()
                return
            self.send_response(route.status)
            for key, value in route.headers.items():
                self.send_header(key, value)
            if "Content-Length" not in route.headers:
                self.send_header("Content-Length", str(len(route.body)))
            self.end_headers()
            with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                self.wfile.write(route.body)

        def log_message(self, *args: object) -> None:
            return None

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    fetch.clear_robots_cache()
    try:
        yield Server(routes, requests, httpd.server_address[1])
    finally:
        httpd.shutdown()
        httpd.server_close()
        fetch.clear_robots_cache()


def public_resolver(host: str, port: int) -> list[str]:
    """DNS for the mock-transport tests: every name is a documentation-range public address."""
    return ["93.184.216.34"]


# -- the refusal -------------------------------------------------------------------------------


def test_fetch_refuses_loopback_by_default_and_fetches_it_when_allowed(server):
    server.routes["/"] = Route(body=b"hello")
    with pytest.raises(InputError) as caught:
        fetch.fetch_url(server.url(), FetchSettings())
    message = str(caught.value)
    assert message.startswith(f"{server.url()}: refused to fetch: 127.0.0.1 is a loopback address")
    assert "fetch.allow_private=true" in message
    assert server.requests == []  # refused before connecting
    assert fetch.fetch_url(server.url(), ALLOW).data == b"hello"


@pytest.mark.parametrize(
    ("url", "kind"),
    [
        ("http://169.254.169.254/latest/meta-data/", "link-local (cloud metadata)"),
        ("http://[fd00:ec2::254]/latest/meta-data/", "private"),
        ("http://100.100.100.200/latest/meta-data/", "non-public"),
        ("http://10.1.2.3/admin", "private"),
        ("http://192.168.1.1/", "private"),
        ("http://[::1]:8080/", "loopback"),
        ("http://0.0.0.0/", "unspecified"),
        ("http://[::ffff:127.0.0.1]/", "loopback"),
        # Other spellings of 127.0.0.1, resolved by the system resolver without any network.
        ("http://2130706433/", "loopback"),
        ("http://0x7f000001/", "loopback"),
        ("http://127.1/", "loopback"),
        ("http://localhost:9/", "loopback"),
    ],
)
def test_fetch_refuses_private_link_local_and_metadata_addresses(url, kind):
    with pytest.raises(InputError, match="refused to fetch") as caught:
        fetch.fetch_url(url, FetchSettings(timeout=1))
    assert f"a {kind} address" in caught.value.reason


def test_fetch_refuses_a_name_that_resolves_to_a_private_address():
    def resolver(host, port):
        return ["93.184.216.34", "10.0.0.7"]  # one bad address among good ones is enough

    with pytest.raises(InputError, match=re.escape("10.0.0.7, a private address")):
        fetch.fetch_url("http://intranet.example/", FetchSettings(), resolve=resolver)


def test_read_refuses_the_metadata_address_with_a_clear_message():
    with pytest.raises(InputError) as caught:
        list(readers.read("http://169.254.169.254/latest/meta-data/"))
    assert caught.value.location == "http://169.254.169.254/latest/meta-data/"
    assert "refused to fetch" in caught.value.reason


def test_fetch_checks_again_at_connect_time_against_dns_rebinding(server):
    server.routes["/"] = Route(body=b"secret")
    answers = iter([["93.184.216.34"], ["127.0.0.1"]])

    def rebinding(host, port):
        return next(answers)

    with pytest.raises(InputError, match=re.escape("rebind.example resolves to 127.0.0.1, a loopback address")):
        fetch.fetch_url(f"http://rebind.example:{server.port}/", FetchSettings(), resolve=rebinding)
    assert server.requests == []


def test_fetch_refuses_a_redirect_to_a_private_address():
    def handler(request):
        return httpx.Response(302, headers={"Location": "http://169.254.169.254/latest/meta-data/"})

    with pytest.raises(InputError, match=re.escape("169.254.169.254 is a link-local")):
        fetch.fetch_url("https://news.example/a", FetchSettings(), transport=httpx.MockTransport(handler),
                        resolve=public_resolver)


@pytest.mark.parametrize("url", ["ftp://news.example/a", "file:///etc/passwd", "http://user:pw@news.example/"])
def test_fetch_takes_only_plain_http_and_https(url):
    with pytest.raises(InputError):
        fetch.fetch_url(url, FetchSettings(), resolve=public_resolver)


@pytest.mark.parametrize(
    ("address", "kind"),
    [("8.8.8.8", None), ("2001:4860:4860::8888", None), ("127.0.0.53", "loopback"), ("172.16.0.1", "private"),
     ("fe80::1", "link-local (cloud metadata)"), ("224.0.0.1", "multicast"), ("100.64.0.1", "non-public")],
)
def test_address_kind(address, kind):
    assert fetch.address_kind(address) == kind


# -- limits, redirects, headers ------------------------------------------------------------------


def test_fetch_sends_a_descriptive_user_agent(server):
    server.routes["/"] = Route(body=b"ok")
    fetch.fetch_url(server.url(), ALLOW)
    agent = server.requests[0][1]["user-agent"]
    assert agent.startswith("kronika/")
    assert "(+https://example.invalid/kronika)" in agent


def test_fetch_stops_at_the_size_limit_declared_or_not(server):
    server.routes["/big"] = Route(body=b"x" * 5000)
    server.routes["/chunked"] = Route(body=gzip.compress(b"y" * 50_000), headers={"Content-Encoding": "gzip"})
    small = replace(ALLOW, max_bytes=1000)
    with pytest.raises(InputError, match="over the limit of 1000"):
        fetch.fetch_url(server.url("/big"), small)
    # A small compressed body that inflates past the limit is stopped while reading.
    with pytest.raises(InputError, match="more than 1000 bytes"):
        fetch.fetch_url(server.url("/chunked"), small)


def test_fetch_times_out(server):
    server.routes["/slow"] = Route(body=b"late", delay=2.5)
    started = time.monotonic()
    with pytest.raises(InputError, match="timeout"):
        fetch.fetch_url(server.url("/slow"), replace(ALLOW, timeout=1))
    assert time.monotonic() - started < 2.4


def test_fetch_follows_redirects_with_the_same_checks(server):
    server.routes["/old"] = Route(301, headers={"Location": "/new"})
    server.routes["/new"] = Route(body=b"moved here")
    fetched = fetch.fetch_url(server.url("/old"), ALLOW)
    assert fetched.url == server.url("/new")
    assert fetched.data == b"moved here"


def test_fetch_gives_up_after_too_many_redirects(server):
    server.routes["/loop"] = Route(302, headers={"Location": "/loop"})
    with pytest.raises(InputError, match="more than 2 redirects"):
        fetch.fetch_url(server.url("/loop"), replace(ALLOW, max_redirects=2))
    assert len(server.requests) == 3


def test_fetch_reports_an_error_status(server):
    with pytest.raises(InputError, match="answered 404"):
        fetch.fetch_url(server.url("/missing"), ALLOW)


def test_fetch_conditional_get_says_when_nothing_changed(server):
    server.routes["/feed"] = Route(body=b"<rss/>", headers={"ETag": '"v1"', "Last-Modified": "Mon, 02 Jun 2025 14:30:00 GMT"})
    first = fetch.fetch_url(server.url("/feed"), ALLOW)
    assert first.etag == '"v1"'
    assert first.last_modified == "Mon, 02 Jun 2025 14:30:00 GMT"
    again = fetch.fetch_url(server.url("/feed"), ALLOW, etag=first.etag, last_modified=first.last_modified)
    assert again.not_modified
    assert again.data == b""
    assert server.requests[1][1]["if-none-match"] == '"v1"'
    assert server.requests[1][1]["if-modified-since"] == "Mon, 02 Jun 2025 14:30:00 GMT"


def test_fetch_with_a_mock_transport():
    seen = []

    def handler(request):
        seen.append(request)
        return httpx.Response(200, content=b"<html><body><p>x</p></body></html>", headers={"Content-Type": "text/html"})

    fetched = fetch.fetch_url("https://news.example/a", FetchSettings(), transport=httpx.MockTransport(handler),
                              resolve=public_resolver)
    assert fetched.content_type == "text/html"
    assert seen[0].headers["user-agent"].startswith("kronika/")


# -- reading URLs --------------------------------------------------------------------------------


def test_read_url_sniffs_the_page_and_names_the_item_by_url(server):
    server.routes["/article"] = Route(body=(FIXTURES / "html" / "news_article.html").read_bytes())
    (item,) = list(readers.read(server.url("/article"), ALLOW))
    assert item.name == server.url("/article")
    assert item.meta["title"].startswith("Kyiv visée")


def test_expand_passes_urls_through_without_fetching(server):
    assert readers.expand([server.url("/a"), "https://news.example/b"]) == [server.url("/a"), "https://news.example/b"]
    assert server.requests == []


def test_read_feed_url_respects_robots_txt(server):
    feed = (FIXTURES / "feeds" / "frontline_wire.rss").read_bytes()
    server.routes["/robots.txt"] = Route(body=b"User-agent: kronika\nDisallow: /private/\n\nUser-agent: *\nDisallow: /\n")
    server.routes["/rss"] = Route(body=feed)
    server.routes["/private/rss"] = Route(body=feed)
    assert len(list(readers.read(server.url("/rss"), ALLOW))) == 4
    with pytest.raises(InputError, match=r"robots\.txt does not allow kronika"):
        list(readers.read(server.url("/private/rss"), ALLOW))


@pytest.mark.parametrize(("status", "allowed"), [(404, True), (403, True), (503, False)])
def test_robots_txt_missing_allows_and_server_error_forbids(server, status, allowed):
    server.routes["/robots.txt"] = Route(status, b"")
    assert fetch.robots_allows(server.url("/rss"), ALLOW) is allowed


def test_robots_txt_is_read_once_per_site(server):
    server.routes["/robots.txt"] = Route(body=b"User-agent: *\nAllow: /\n")
    for _ in range(3):
        assert fetch.robots_allows(server.url("/rss"), ALLOW)
    assert [path for path, _ in server.requests] == ["/robots.txt"]


def test_feed_full_text_reads_the_linked_page_when_asked(server):
    feed = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Local feed</title>'
        f"<item><title>Kyiv attack</title><link>{server.url('/article')}</link>"
        "<pubDate>Sun, 25 May 2025 10:00:00 +0300</pubDate><description>Short teaser only.</description></item>"
        f"<item><title>Gone</title><link>{server.url('/gone')}</link>"
        "<description>The page of this one is gone.</description></item>"
        "</channel></rss>"
    ).encode()
    server.routes["/rss"] = Route(body=feed)
    server.routes["/article"] = Route(body=(FIXTURES / "html" / "news_article.html").read_bytes())
    plain = list(readers.read(server.url("/rss"), ALLOW))
    assert plain[0].text.endswith("Short teaser only.\n")

    full, kept = list(readers.read(server.url("/rss"), replace(ALLOW, feed_full_text=True)))
    body = full.text[full.body_start :]
    assert body.startswith("L'armée de l'air ukrainienne fait état de 298 drones")
    assert "Short teaser" not in body
    assert full.meta["date"] == "Sun, 25 May 2025 10:00:00 +0300"  # the feed's date wins
    assert full.meta["author"] == "Claire Dumont"  # the page adds what the entry lacks
    assert full.meta["url"] == server.url("/article")
    assert kept.text.endswith("The page of this one is gone.\n")
    assert "full text not fetched" in kept.warnings[0]
    assert "404" in kept.warnings[0]
