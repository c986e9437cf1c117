"""Web pages (saved ``.html`` files or fetched URLs) → the article's main text and metadata.

The main text comes from trafilatura, which leaves out menus, cookie banners, share bars,
comments, related-link lists and footers. What kronika adds around it:

* the canonical URL from ``<link rel="canonical">`` (an AMP page points to its article; an
  ``og:url`` may carry tracking parameters), then ``og:url``, then the URL it was fetched from;
* the language from ``<html lang>``;
* live blogs (schema.org ``LiveBlogPosting``, or a page of at least four dated posts): each post
  is kept with its time and heading (``14:35 GMT — Moscow confirms the final stage``) in page
  order, after the lead that precedes the posts (key points), because a live blog's times are
  what dates its events and a generic extractor drops them;
* paragraphs separated by a blank line; the title, when the extractor repeats it on the first
  line, dropped.

The item's text is a header block (``Title``, ``Date``, ``Source``, ``Author``, ``URL``,
``Language``) then the main text; ``body_start`` is where the main text begins.
"""

from __future__ import annotations

import copy
import json
import re
from pathlib import PurePath
from typing import Any
from urllib.parse import urlsplit

from kronika.errors import BrokenFile
from kronika.readers import ReaderSpec, ReadResult, SourceItem, is_url, readers, root_element, with_header

SUFFIXES: frozenset[str] = frozenset({".html", ".htm", ".xhtml", ".shtml"})
FEED_ROOTS: frozenset[str] = frozenset({"rss", "feed", "rdf:rdf"})
_MIN_LIVE_POSTS = 4
# Fewer words than this is a menu or an error page, not an article.
_MIN_WORDS = 5
# Class names that news sites give the standfirst (chapô, lead) printed under the headline,
# which extractors tend to leave out because it sits outside the article body.
_STANDFIRST = re.compile(r"standfirst|chap(?:o|eau)|\blead\b|\bdek\b|\bintro\b|subtitle|summary|excerpt|deck", re.I)
_STANDFIRST_MIN_CHARS = 40
_POSTS = re.compile(r"live|post|update|entry|blog", re.I)
_NOT_POSTS = re.compile(r"comment|reply|replies|related|recommend|teaser|sidebar|most-read|popular", re.I)
_BLOCKS = ("p", "li", "blockquote", "pre")
_HEADINGS = ("h2", "h3", "h4", "h5", "h6")


def detect(name: str, head: bytes) -> bool:
    """True when the file starts with ``<html`` or an HTML doctype, or is a ``.html`` file of markup."""
    root = root_element(head)
    if root == "html":
        return True
    suffix = PurePath(urlsplit(name).path if is_url(name) else name).suffix.lower()
    return suffix in SUFFIXES and root is not None and root not in FEED_ROOTS


def _item_name(location: str) -> str:
    if location == "-":
        return "stdin"
    if is_url(location):
        return location
    return PurePath(location).name or location


def _text(element: Any) -> str:
    return " ".join(str(element.text_content()).split())


def _json_ld_types(tree: Any) -> set[str]:
    types: set[str] = set()
    for script in tree.xpath('//script[@type="application/ld+json"]'):
        try:
            data = json.loads(script.text or "")
        except ValueError:
            continue
        stack = [data]
        while stack:
            node = stack.pop()
            if isinstance(node, list):
                stack.extend(node)
            elif isinstance(node, dict):
                kind = node.get("@type")
                types.update(kind if isinstance(kind, list) else [kind] if isinstance(kind, str) else [])
                stack.extend(v for k, v in node.items() if k == "@graph")
    return types


def _first(tree: Any, *xpaths: str) -> str:
    for xpath in xpaths:
        for value in tree.xpath(xpath):
            text = str(value).strip()
            if text:
                return text
    return ""


def _page_meta(tree: Any) -> dict[str, str]:
    """What the page says about itself, outside the extracted text."""
    return {
        "canonical": _first(tree, '//link[@rel="canonical"]/@href', '//meta[@property="og:url"]/@content'),
        "language": _first(tree, "/html/@lang", "//html/@lang", '//meta[@http-equiv="content-language"]/@content'),
        "site": _first(tree, '//meta[@property="og:site_name"]/@content'),
    }


def _marks(element: Any) -> str:
    return f"{element.get('class', '')} {element.get('id', '')}"


def _live_posts(tree: Any, live: bool) -> tuple[Any, list[Any]] | None:
    """The container of a live blog's posts and the posts, or None for an ordinary page.

    Dated blocks under comments, related or teaser lists are never posts; on a page that does
    not declare itself a live blog, the posts must also be marked as such (live, post, update…).
    """
    best: tuple[Any, list[Any]] | None = None
    seen: set[int] = set()
    for stamp in tree.xpath("//time[@datetime]"):
        if any(_NOT_POSTS.search(_marks(a)) for a in stamp.iterancestors()):
            continue
        node = stamp
        while (parent := node.getparent()) is not None:
            if id(parent) not in seen:
                posts = [
                    child
                    for child in parent
                    if child.xpath(".//time[@datetime]")
                    and child.xpath(".//p")
                    and (live or _POSTS.search(_marks(child)) or _POSTS.search(_marks(parent)))
                ]
                if len(posts) >= (2 if live else _MIN_LIVE_POSTS) and (best is None or len(posts) > len(best[1])):
                    best = (parent, posts)
                seen.add(id(parent))
            node = parent
    if best is None or (not live and len(best[1]) < _MIN_LIVE_POSTS):
        return None
    return best


def _standfirst(tree: Any, body: str) -> str:
    """The standfirst under the headline, when the page marks one and the body lacks it."""
    for element in tree.xpath("//h1/following::*[@class][self::p or self::div or self::h2][position() <= 12]"):
        if not _STANDFIRST.search(str(element.get("class", ""))):
            continue
        text = _text(element)
        if len(text) >= _STANDFIRST_MIN_CHARS and " ".join(text.split()) not in " ".join(body.split()):
            return text
        break
    return ""


def _post_text(post: Any) -> str:
    stamps = post.xpath(".//time[@datetime]")
    when = _text(stamps[0]) or str(stamps[0].get("datetime", "")).strip()
    headings = list(post.iter(*_HEADINGS))
    first = f"{when} — {_text(headings[0])}" if headings else when
    blocks = [_text(el) for el in post.iter(*_BLOCKS) if not any(a.tag in _BLOCKS for a in el.iterancestors())]
    return "\n\n".join([first, *[b for b in blocks if b]])


def _cut_from(element: Any) -> None:
    """Remove ``element`` and everything after it in document order."""
    node = element
    while node is not None and node.getparent() is not None:
        parent = node.getparent()
        for later in list(node.itersiblings()):
            parent.remove(later)
        if node is element:
            parent.remove(node)
        node = parent


def _paragraphs(extracted: str, title: str) -> str:
    """The extractor's lines as paragraphs: one blank line between blocks, list items and table rows kept together."""
    lines = [line.strip() for line in extracted.splitlines() if line.strip()]
    if lines and title and " ".join(lines[0].split()) == " ".join(title.split()):
        lines = lines[1:]
    out: list[str] = []
    for line in lines:
        last = out[-1].split("\n")[-1] if out else ""
        if (line.startswith("- ") and last.startswith("- ")) or (line.startswith("|") and last.startswith("|")):
            out[-1] += "\n" + line
        else:
            out.append(line)
    return "\n\n".join(out)


def _main_text(tree: Any, url: str | None) -> str:
    import trafilatura

    extracted = trafilatura.bare_extraction(
        tree, url=url, include_comments=False, include_tables=True, deduplicate=False
    )
    return str(getattr(extracted, "text", None) or "")


def _metadata(tree: Any, url: str | None) -> dict[str, str]:
    import trafilatura

    found = trafilatura.extract_metadata(tree, default_url=url)
    return {key: str(getattr(found, key, None) or "") for key in ("title", "date", "author", "sitename", "url")}


def read(location: str, data: bytes) -> ReadResult:
    """One SourceItem with the page's main text; raises BrokenFile when there is none."""
    import trafilatura

    tree = trafilatura.load_html(data)
    if tree is None:
        raise BrokenFile(location, "not readable HTML")
    url = location if is_url(location) else None
    page = _page_meta(tree)
    # trafilatura prunes the tree it reads: each pass gets its own copy.
    found = _metadata(copy.deepcopy(tree), url)
    live = "LiveBlogPosting" in _json_ld_types(tree)
    posts = _live_posts(tree, live)
    if posts is None:
        # Looked for before trafilatura prunes the tree.
        standfirst_tree = copy.deepcopy(tree)
        main = _paragraphs(_main_text(tree, url), found["title"])
        parts = [_standfirst(standfirst_tree, main), main]
    else:
        container, entries = posts
        lead = copy.deepcopy(tree)
        # The container in the copy, found by its path since the copy holds new elements.
        _cut_from(lead.xpath(tree.getroottree().getpath(container))[0])
        parts = [_paragraphs(_main_text(lead, url), found["title"]), *(_post_text(post) for post in entries)]
    body = "\n\n".join(part for part in parts if part.strip())
    if len(re.findall(r"\w+", body)) < _MIN_WORDS:
        raise BrokenFile(location, "no article text found in this HTML page")

    meta = {
        "title": found["title"],
        "date": found["date"],
        "author": found["author"],
        "source": page["site"] or found["sitename"],
        "url": page["canonical"] or found["url"] or (url or ""),
        "language": re.split(r"[-_]", page["language"])[0].lower() if page["language"] else "",
    }
    meta = {key: " ".join(value.split()) for key, value in meta.items() if value.strip()}
    if posts is not None:
        meta["layout"] = "live blog"
    text, body_start = with_header(meta, body)
    yield SourceItem(location=location, name=_item_name(location), text=text, body_start=body_start, meta=meta)


HTML = readers.register("html")(ReaderSpec(detect=detect, read=read, priority=50))
