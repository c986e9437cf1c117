"""Write a :class:`~kronika.digest.daily.Digest` as Markdown or as a standalone HTML5 page."""

from __future__ import annotations

import re
from html import escape
from urllib.parse import urlsplit

from kronika.digest import phrases
from kronika.digest.daily import Citation, Digest, Line

_MD_SPECIAL = re.compile(r"([\\`*\[\]<>])")


def md_escape(text: str) -> str:
    """``text`` with the characters Markdown would read as markup backslash-escaped."""
    return _MD_SPECIAL.sub(r"\\\1", text)


def _safe_url(url: str | None) -> str | None:
    # a stored URL is article metadata: only web links become links (never javascript:)
    if url and urlsplit(url).scheme in ("http", "https"):
        return url
    return None


def _md_line(line: Line, lang: str) -> str:
    if len(line.claims) == 1:
        claim = line.claims[0]
        body = md_escape(line.lead) + (f"{phrases.TEXT[lang]['colon']}{md_escape(claim.text)}" if claim.text else "")
        return f"- {body} [{claim.cite}]"
    sides = phrases.TEXT[lang]["semicolon"].join(f"{md_escape(c.text)} [{c.cite}]" for c in line.claims)
    return f"- {md_escape(line.lead)} — {sides}"


def _md_citation(c: Citation, lang: str) -> str:
    parts = [md_escape(c.doc)]
    if c.title:
        parts.append(f"*{md_escape(c.title)}*")
    url = _safe_url(c.url)
    if url:
        parts.append(f"<{url.replace('>', '%3E').replace(' ', '%20')}>")
    if not c.available:
        parts.append(f"({phrases.TEXT[lang]['unavailable']})")
    elif c.quote:
        parts.append(f"“{md_escape(c.quote)}”")
    if c.copies:
        parts.append(phrases.TEXT[lang]["copies"].format(names=", ".join(md_escape(n) for n in c.copies)))
    return f"{c.n}. " + " — ".join(parts)


def to_markdown(digest: Digest) -> str:
    """The digest as Markdown: heading, sections, stories, one line per claim, sources."""
    out = [f"# {md_escape(digest.heading)}", "", md_escape(digest.summary), ""]
    for section in digest.sections:
        out += [f"## {md_escape(section.title)}", ""]
        for story in section.stories:
            out += [f"### {md_escape(story.title)}", ""]
            out += [_md_line(line, digest.lang) for line in story.lines]
            out.append("")
    if digest.citations:
        out += [f"## {phrases.TEXT[digest.lang]['sources']}", ""]
        out += [_md_citation(c, digest.lang) for c in digest.citations]
        out.append("")
    return "\n".join(out)


_CSS = """\
body{font-family:Georgia,serif;max-width:46rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#1b1b1b}
h1{font-size:1.6rem}h2{border-bottom:1px solid #ccc;margin-top:2rem}h3{font-size:1.05rem;margin-bottom:.3rem}
li{margin:.25rem 0}sup a{text-decoration:none}#sources li{font-size:.9rem}q{font-style:italic}"""


class _Refs:
    """Unique ids for citation markers: the first marker of source n is ``cite-n``."""

    def __init__(self) -> None:
        self.count: dict[int, int] = {}

    def marker(self, n: int) -> str:
        k = self.count[n] = self.count.get(n, 0) + 1
        ref_id = f"cite-{n}" if k == 1 else f"cite-{n}-{k}"
        return f'<sup><a href="#source-{n}" id="{ref_id}">[{n}]</a></sup>'


def _html_line(line: Line, refs: _Refs, lang: str) -> str:
    if len(line.claims) == 1:
        claim = line.claims[0]
        body = escape(line.lead) + (f"{phrases.TEXT[lang]['colon']}{escape(claim.text)}" if claim.text else "")
        return f"<li>{body} {refs.marker(claim.cite)}</li>"
    sides = phrases.TEXT[lang]["semicolon"].join(f"{escape(c.text)} {refs.marker(c.cite)}" for c in line.claims)
    return f'<li class="counter-claims">{escape(line.lead)} — {sides}</li>'


def _html_citation(c: Citation, lang: str) -> str:
    parts = [f"<code>{escape(c.doc)}</code>"]
    if c.title:
        parts.append(f"<cite>{escape(c.title)}</cite>")
    url = _safe_url(c.url)
    if url:
        parts.append(f'<a href="{escape(url)}">{escape(url)}</a>')
    if not c.available:
        parts.append(f"({escape(phrases.TEXT[lang]['unavailable'])})")
    elif c.quote:
        parts.append(f"<q>{escape(c.quote)}</q>")
    if c.copies:
        parts.append(escape(phrases.TEXT[lang]["copies"].format(names=", ".join(c.copies))))
    back = f'<a href="#cite-{c.n}" aria-label="{escape(phrases.TEXT[lang]["back"])}">↩</a>'
    return f'<li id="source-{c.n}">' + " — ".join(parts) + f" {back}</li>"


def to_html(digest: Digest) -> str:
    """The digest as one standalone HTML5 page (inline style, no external assets)."""
    refs = _Refs()
    out = [
        "<!DOCTYPE html>",
        f'<html lang="{escape(digest.lang)}">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{escape(digest.heading)}</title>",
        f"<style>\n{_CSS}\n</style>",
        "</head>",
        "<body>",
        "<article>",
        "<header>",
        f"<h1>{escape(digest.heading)}</h1>",
        f"<p>{escape(digest.summary)}</p>",
        "</header>",
    ]
    for section in digest.sections:
        out += [f'<section id="{section.key}">', f"<h2>{escape(section.title)}</h2>"]
        for story in section.stories:
            out += [f"<h3>{escape(story.title)}</h3>", "<ul>"]
            out += [_html_line(line, refs, digest.lang) for line in story.lines]
            out.append("</ul>")
        out.append("</section>")
    if digest.citations:
        out += ['<section id="sources">', f"<h2>{escape(phrases.TEXT[digest.lang]['sources'])}</h2>", "<ol>"]
        out += [_html_citation(c, digest.lang) for c in digest.citations]
        out += ["</ol>", "</section>"]
    out += ["</article>", "</body>", "</html>", ""]
    return "\n".join(out)
