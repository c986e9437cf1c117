"""The daily chronicle: heading, phrasing, citations, HTML validity, determinism, golden files."""

from __future__ import annotations

import random
import re
from dataclasses import replace
from datetime import date
from html.parser import HTMLParser

import pytest

from kronika.digest import build_digest
from kronika.digest.daily import QUOTE_LIMIT, shorten
from kronika.domain import Actor, Attribution, DateRange, Document, Event, Place, Quantity, Span
from kronika.errors import UsageError

DAY = date(2025, 5, 22)
D21 = DateRange(date(2025, 5, 21), date(2025, 5, 21))


def one(event: Event, text: str = "Our own test sentence about the war.", **kw) -> str:
    """The digest of one event over a one-sentence document called ``t.txt``."""
    doc = Document("t.txt", text, published=DAY)
    event = replace(event, doc="t.txt", evidence=(Span(0, len(text)),))
    return build_digest([event], {"t.txt": doc}, day=DAY, **kw)


# ── heading and empty day ────────────────────────────────────────────────────────────


@pytest.mark.parametrize(
    ("day", "lang", "heading"),
    [
        (date(2025, 5, 22), "en", "# Day 1184 of the full-scale war — 22 May 2025"),
        (date(2025, 5, 22), "fr", "# Jour 1184 de la guerre — 22 mai 2025"),
        (date(2025, 5, 21), "en", "# Day 1183 of the full-scale war — 21 May 2025"),
        (date(2022, 2, 24), "en", "# Day 1 of the full-scale war — 24 February 2022"),
        (date(2023, 3, 1), "fr", "# Jour 371 de la guerre — 1er mars 2023"),
    ],
)
def test_digest_heading_gives_war_day(day, lang, heading):
    assert build_digest([], {}, day=day, lang=lang).splitlines()[0] == heading


@pytest.mark.parametrize(
    ("lang", "message"),
    [("en", "No events stored for this day."), ("fr", "Aucun événement enregistré pour ce jour.")],
)
def test_digest_empty_day_says_so(lang, message):
    md = build_digest([], {}, day=DAY, lang=lang)
    assert message in md
    assert "Sources" not in md
    assert message in build_digest([], {}, day=DAY, lang=lang, fmt="html")


def test_digest_leaves_out_events_of_other_days(events, documents):
    old = Document("old.txt", "An old note.", published=date(2024, 1, 1))
    stale = Event("old.txt", "attack", "drone", DateRange(date(2024, 1, 1), date(2024, 1, 1)),
                  evidence=(Span(0, 12),))
    md = build_digest([*events, stale], {**documents, "old.txt": old}, day=DAY)
    assert md == build_digest(events, documents, day=DAY)


# ── arguments ────────────────────────────────────────────────────────────────────────


@pytest.mark.parametrize(
    ("kwargs", "allowed"),
    [({"lang": "de"}, "en, fr"), ({"fmt": "pdf"}, "md, html"), ({"lang": "uk", "fmt": "md"}, "en, fr")],
)
def test_digest_rejects_unknown_lang_or_format(kwargs, allowed):
    with pytest.raises(UsageError, match=re.escape(allowed)):
        build_digest([], {}, day=DAY, **kwargs)


# ── phrasing ─────────────────────────────────────────────────────────────────────────


@pytest.mark.parametrize(("lang", "word"), [("en", "allegedly"), ("fr", "prétendument")])
def test_digest_keeps_alleged_in_words(lang, word):
    event = Event("t.txt", "interception", "drone", D21, quantities=(Quantity(27, "drone", "shot_down"),),
                  attribution=Attribution("Moscow Oblast authorities", (), "alleged"))
    assert word in one(event, lang=lang)


@pytest.mark.parametrize(
    ("certainty", "lang", "phrase"),
    [
        ("asserted", "en", "according to Ukrainian Air Force (via Ukrinform, Suspilne)"),
        ("asserted", "fr", "selon Ukrainian Air Force (via Ukrinform, Suspilne)"),
        ("claimed", "en", "Ukrainian Air Force claims (via Ukrinform, Suspilne)"),
        ("claimed", "fr", "Ukrainian Air Force affirme (via Ukrinform, Suspilne)"),
        ("denied", "en", "Ukrainian Air Force denies (via Ukrinform, Suspilne)"),
        ("denied", "fr", "Ukrainian Air Force dément (via Ukrinform, Suspilne)"),
        ("alleged", "en", "allegedly, according to Ukrainian Air Force (via Ukrinform, Suspilne)"),
        ("hypothetical", "en", "considered, according to Ukrainian Air Force"),
        ("hypothetical", "fr", "envisagé, selon Ukrainian Air Force"),
    ],
)
def test_digest_attribution_keeps_source_via_and_certainty(certainty, lang, phrase):
    event = Event("t.txt", "attack", "missile", D21, location=Place("Kyiv", "UA", 50.45, 30.52, "city"),
                  attribution=Attribution("Ukrainian Air Force", ("Ukrinform", "Suspilne"), certainty))
    assert phrase in one(event, lang=lang)


@pytest.mark.parametrize(
    ("quantity", "lang", "phrase"),
    [
        (Quantity(13, "country", "targeted", "at_least"), "en", "at least 13 countries targeted"),
        (Quantity(150, "drone", "shot_down", "approx"), "en", "some 150 drones shot down"),
        (Quantity(217, "suspension", "suspensions", "at_least"), "fr", "au moins 217 suspensions"),
        (Quantity(27, "drone", "shot_down", "exact"), "fr", "27 drones abattus"),
        (Quantity(3, "person", "killed", "at_most"), "fr", "au plus 3 personnes tuées"),
        (Quantity(1, "person", "injured"), "en", "1 person injured"),
        (Quantity(1500, "drone", "launched", "approx"), "en", "some 1,500 drones launched"),
    ],
)
def test_digest_numbers_keep_their_bound(quantity, lang, phrase):
    event = Event("t.txt", "attack", "drone", D21, quantities=(quantity,))
    assert phrase in one(event, lang=lang)


@pytest.mark.parametrize(
    ("place", "lang", "phrase"),
    [
        (Place("Moscow Oblast", "RU", 55.5, 37.5, "region"), "en", "in the Moscow Oblast"),
        (Place("Moscow Oblast", "RU", 55.5, 37.5, "region"), "fr", "dans la région de Moscou"),
        (Place("Odesa", "UA", 46.48, 30.72, "city"), "fr", "à Odessa"),
        (Place("Kharkiv", "UA", 49.99, 36.23, "city"), "en", "in Kharkiv"),
        (Place(None, "US", None, None, "country"), "en", "in the United States"),
        (Place(None, "US", None, None, "country"), "fr", "aux États-Unis"),
    ],
)
def test_digest_says_where(place, lang, phrase):
    assert phrase in one(Event("t.txt", "attack", "drone", D21, location=place), lang=lang)


def test_digest_says_who():
    event = Event("t.txt", "contact", "call", D21,
                  actors=(Actor("participant", "Donald Trump"), Actor("participant", "European leaders")))
    assert "Phone call with Donald Trump and European leaders" in one(event)
    assert "Appel téléphonique avec Donald Trump et les dirigeants européens" in one(event, lang="fr")


def test_digest_puts_counter_claims_side_by_side():
    text = "Claim one here. Claim two there."
    doc = Document("t.txt", text, published=DAY)
    moscow = Place("Moscow Oblast", "RU", 55.5, 37.5, "region")
    events = [
        Event("t.txt", "interception", "drone", D21, location=moscow,
              quantities=(Quantity(150, "drone", "shot_down"),),
              attribution=Attribution("Ministry of Defence of Russia", ("TASS",), "claimed"),
              evidence=(Span(0, 15),)),
        Event("t.txt", "interception", "drone", D21, location=moscow,
              quantities=(Quantity(27, "drone", "shot_down"),),
              attribution=Attribution("Moscow Oblast authorities", (), "alleged"), evidence=(Span(16, 32),)),
    ]
    lines = [x for x in build_digest(events, {"t.txt": doc}, day=DAY).splitlines() if x.startswith("- ")]
    assert lines == [
        "- Drones shot down in the Moscow Oblast on 21 May — Ministry of Defence of Russia (via TASS) "
        "claims: 150 drones shot down [1]; Moscow Oblast authorities: 27 drones shot down, allegedly [2]"
    ]


def test_digest_groups_sections_and_keeps_stories_together(events, documents):
    md = build_digest(events, documents, day=DAY)
    titles = [x for x in md.splitlines() if x.startswith("## ")]
    assert titles == ["## Diplomacy and statements", "## Strikes and air defence", "## Disruptions",
                      "## Cyber operations", "## Sources"]
    diplomacy = md.split("## Diplomacy and statements")[1].split("\n## ")[0]
    assert diplomacy.count("### ") == 1  # four Trump events, one story


def test_digest_lines_are_generated_not_copied(events, documents):
    md = build_digest(events, documents, day=DAY)
    body = md.split("## Sources")[0]
    for doc in documents.values():
        for sentence in re.split(r"(?<=\.)\s+", doc.text):
            if len(sentence) > 40:
                assert sentence.strip() not in body


# ── citations ────────────────────────────────────────────────────────────────────────


def test_digest_every_line_ends_with_a_citation(events, documents):
    md = build_digest(events, documents, day=DAY)
    body, sources = md.split("## Sources")
    lines = [x for x in body.splitlines() if x.startswith("- ")]
    assert lines
    cited: set[int] = set()
    for line in lines:
        assert re.search(r" \[\d+\]$", line), line
        cited.update(int(n) for n in re.findall(r"\[(\d+)\]", line))
    listed = [int(n) for n in re.findall(r"^(\d+)\. ", sources, flags=re.MULTILINE)]
    assert listed == sorted(cited) == list(range(1, len(listed) + 1))


def test_digest_quotes_the_document_at_the_evidence_offsets(events, documents):
    md = build_digest(events, documents, day=DAY)
    sources = md.split("## Sources")[1]
    for event in events:
        span = event.evidence[0]
        exact = documents[event.doc].text[span.start : span.end]
        quote = shorten(exact)
        assert f"“{quote}”" in sources
        if len(exact) <= QUOTE_LIMIT:
            assert quote == exact


@pytest.mark.parametrize("length", [161, 200, 1000])
def test_digest_shortens_long_quotes_at_a_word_boundary(length):
    words = ("drone strike on the port of Odesa overnight " * 40)[:length]
    quote = shorten(words)
    assert len(quote) <= QUOTE_LIMIT
    assert quote.endswith("…")
    prefix = quote[:-1]
    assert words.startswith(prefix)
    assert words[len(prefix)] in " ,;:."  # cut between words, never inside one


def test_digest_source_line_has_title_and_url(events, documents):
    md = build_digest(events, documents, day=DAY)
    assert "*Morning brief: Trump on Putin, drones over Russia* — <https://example.org/brief/1184>" in md


def test_digest_missing_document_is_said(events):
    md = build_digest(events[:1], {}, day=date(2025, 5, 19))
    assert "2025-05-22\\_brief" not in md
    assert "1. 2025-05-22_brief_en.txt — (document not available)" in md


# ── formats ──────────────────────────────────────────────────────────────────────────

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


class Checker(HTMLParser):
    """Balanced tags, unique ids, and every in-page link pointing at an id."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.errors: list[str] = []
        self.ids: list[str] = []
        self.hrefs: list[str] = []
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.decl = ""

    def handle_decl(self, decl):
        self.decl = decl

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.tags.append((tag, attrs))
        if "id" in attrs:
            self.ids.append(attrs["id"])
        if tag == "a" and "href" in attrs:
            self.hrefs.append(attrs["href"])
        if tag not in VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag):
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"unexpected </{tag}> with open {self.stack}")
        else:
            self.stack.pop()


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_digest_html_is_well_formed(events, documents, lang):
    page = build_digest(events, documents, day=DAY, lang=lang, fmt="html")
    checker = Checker()
    checker.feed(page)
    checker.close()
    assert checker.decl.lower() == "doctype html"
    assert not checker.errors
    assert not checker.stack
    assert ("html", {"lang": lang}) in checker.tags
    names = [tag for tag, _ in checker.tags]
    assert "article" in names
    assert names.count("section") == 5
    assert len(checker.ids) == len(set(checker.ids))
    for href in checker.hrefs:
        if href.startswith("#"):
            assert href[1:] in checker.ids
    assert not any(tag in ("script", "link", "img") for tag in names)  # standalone, no assets


def test_digest_html_escapes_event_fields():
    event = Event("t.txt", "other", None, D21, summary="<script>alert(1)</script> & more",
                  actors=(Actor("initiator", "<b>Group</b>"),))
    page = one(event, text="A <i>tagged</i> sentence & more.", fmt="html")
    assert "<script>" not in page
    assert "<b>" not in page
    assert "<i>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; more" in page
    assert "A &lt;i&gt;tagged&lt;/i&gt; sentence &amp; more." in page
    md = one(event)
    assert "\\<script\\>" in md


def test_digest_html_links_only_web_urls():
    doc = Document("t.txt", "A sentence.", published=DAY, url="javascript:alert(1)")
    event = Event("t.txt", "attack", "drone", D21, evidence=(Span(0, 11),))
    page = build_digest([event], {"t.txt": doc}, day=DAY, fmt="html")
    assert "javascript:" not in page


@pytest.mark.parametrize("fmt", ["md", "html"])
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_digest_is_deterministic(events, documents, fmt, lang):
    first = build_digest(events, documents, day=DAY, lang=lang, fmt=fmt)
    shuffled = list(events)
    random.Random(1184).shuffle(shuffled)
    assert build_digest(shuffled, documents, day=DAY, lang=lang, fmt=fmt) == first
    assert build_digest(tuple(reversed(events)), documents, day=DAY, lang=lang, fmt=fmt) == first


@pytest.mark.parametrize(("lang", "fmt"), [("en", "md"), ("fr", "md"), ("en", "html"), ("fr", "html")])
def test_digest_matches_golden_file(events, documents, golden, lang, fmt):
    golden(f"day-1184.{lang}.{fmt}", build_digest(events, documents, day=DAY, lang=lang, fmt=fmt))


def test_digest_keeps_statements_of_different_speakers_on_their_own_lines():
    from datetime import date

    from kronika.digest import build_digest
    from kronika.domain import Actor, Attribution, DateRange, Document, Event, Span

    text = "Minister A urged partners to act. Governor B urged residents to stay home."
    doc = Document(id="s.txt", text=text, published=date(2025, 5, 21))
    day = DateRange(date(2025, 5, 21), date(2025, 5, 21))
    events = [
        Event(doc="s.txt", type="statement", subtype="demand", date=day, actors=(Actor("speaker", "Minister A"),),
              attribution=Attribution("Minister A", (), "claimed"), evidence=(Span(0, 33),)),
        Event(doc="s.txt", type="statement", subtype="demand", date=day, actors=(Actor("speaker", "Governor B"),),
              attribution=Attribution("Governor B", (), "claimed"), evidence=(Span(34, len(text)),)),
    ]
    lines = [line for line in build_digest(events, {"s.txt": doc}, day=date(2025, 5, 21)).splitlines()
             if line.startswith("- ")]
    assert len(lines) == 2
