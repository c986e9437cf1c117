"""Toponyms → gazetteer places (site, city, region, country), attached to their sentences."""

from __future__ import annotations

import bisect
import re
from typing import Any

from kronika.extract import plain, stages
from kronika.extract.analysis import Analysis, Mention, Sentence


def attach(sentences: list[Sentence], mention: Mention) -> None:
    """Put ``mention`` in the sentence that holds its start (nothing when outside every sentence)."""
    i = bisect.bisect_right(sentences, mention.start, key=lambda s: s.start) - 1
    if i >= 0 and sentences[i].start <= mention.start < sentences[i].end:
        sentences[i].mentions.append(mention)


def body_window(analysis: Analysis) -> tuple[int, str]:
    """The offset and text spanning all sentences (the body without its header)."""
    if not analysis.sentences:
        return 0, ""
    start = analysis.sentences[0].start
    return start, analysis.text[start : analysis.sentences[-1].end]


_DATELINE = re.compile(r"^[A-ZÀ-ÖØ-ÞА-ЯЁІЇЄҐ' /-]{3,}(?:\s*\([^)]*\))?\s*[,—–-]")
# "heure de Moscou", "Moscow time", "за київським часом": a time zone, not a place.
_CLOCK_BEFORE = re.compile(r"(?:heure|heures) (?:de |d['’])$|по времени $", re.IGNORECASE)
_CLOCK_AFTER = re.compile(r"^(?:\s+time\b|['’]s\b)", re.IGNORECASE)
_THAT_OF = re.compile(r"(?:celles?|ceux?) (?:de |d['’])$|(?:that|those) of $", re.IGNORECASE)


def find_places(analysis: Analysis) -> None:
    """Look every sentence up in the gazetteer."""
    from kronika.resources.gazetteer import load_gazetteer

    gazetteer = load_gazetteer()
    offset, body = body_window(analysis)
    for found in gazetteer.find(body, analysis.language):
        entry = found.entry
        start = offset + found.start
        before = analysis.text[max(0, start - 12) : start]
        # "14 au-dessus de celle de Belgorod": "celle" stands for "la région" named just before.
        if entry.kind == "city" and _THAT_OF.search(before) and entry.admin1:
            regions = [e for e in gazetteer.lookup(entry.admin1) if e.kind == "region" and e.country == entry.country]
            entry = regions[0] if regions else entry
        after = analysis.text[offset + found.end : offset + found.end + 6]
        if _CLOCK_BEFORE.search(before) or _CLOCK_AFTER.match(after):
            continue
        mention = Mention(start, offset + found.end, found.text, "place", entry, {"qualified": found.qualified})
        attach(analysis.sentences, mention)
    _resolve_capitals(analysis, gazetteer)
    for sentence in analysis.sentences:
        if sentence.index and _DATELINE.match(sentence.text):
            head = _DATELINE.match(sentence.text)
            for m in sentence.of_kind("place"):
                if head and m.start < sentence.start + head.end():
                    m.extra["dateline"] = True


# "the capital", "la capitale russe", "столиця", "столицу": the capital of the country the text is about.
_CAPITAL = re.compile(
    r"(?<!\w)(?:(?P<adj_before>russian|ukrainian|російськ\w+|українськ\w+|российск\w+|украинск\w+)\s+)?"
    r"(?P<noun>capital|capitale|столиц\w+)(?:\s+(?P<adj_after>russe|ukrainienne|россии|украины|росії|україни))?(?!\w)",
    re.IGNORECASE,
)
_CAPITAL_OF = {"RU": "Moscow", "UA": "Kyiv"}


def _resolve_capitals(analysis: Analysis, gazetteer: Any) -> None:
    """Place "the capital" at Moscow or Kyiv: by its adjective, else by the country the story last named."""
    country: str | None = {"ru": "RU", "uk": "UA"}.get(analysis.language)
    story = -1
    for sentence in analysis.sentences:
        if sentence.story != story:
            story, country = sentence.story, {"ru": "RU", "uk": "UA"}.get(analysis.language)
        taken = [(m.start, m.end) for m in sentence.of_kind("place")]
        for hit in _CAPITAL.finditer(sentence.text):
            start, end = sentence.start + hit.start(), sentence.start + hit.end()
            if any(a < end and start < b for a, b in taken):
                continue
            adjective = (hit.group("adj_before") or hit.group("adj_after") or "").lower()
            code = "RU" if adjective[:3] in ("rus", "рос") else "UA" if adjective[:3] in ("ukr", "укр") else country
            if hit.group("noun").lower().startswith("capital") and not adjective and analysis.language in ("fr", "en"):
                code = code if code in _CAPITAL_OF else None
            name = _CAPITAL_OF.get(code or "")
            found = [e for e in gazetteer.lookup(name) if e.kind == "city" and e.country == code] if name else []
            if found:
                sentence.mentions.append(Mention(start, end, hit.group(0), "place", found[0], {"qualified": False, "capital": True}))
        for m in sentence.of_kind("place"):
            if getattr(m.value, "country", None) in _CAPITAL_OF:
                country = m.value.country
        sentence.mentions.sort(key=lambda m: m.start)


stages.register("places", requires=("sentences",), assigns=("places",))(plain(find_places))
