"""Toponyms → gazetteer places (site, city, region, country), attached to their sentences."""

from __future__ import annotations

import bisect
import re

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
    for sentence in analysis.sentences:
        if sentence.index and _DATELINE.match(sentence.text):
            head = _DATELINE.match(sentence.text)
            for m in sentence.of_kind("place"):
                if head and m.start < sentence.start + head.end():
                    m.extra["dateline"] = True


stages.register("places", requires=("sentences",), assigns=("places",))(plain(find_places))
