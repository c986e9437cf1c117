"""Toponyms → gazetteer places (site, city, region, country), attached to their sentences."""

from __future__ import annotations

import bisect

from kronika.extract import plain, stages
from kronika.extract.analysis import Analysis, Mention, Sentence


def attach(sentences: list[Sentence], mention: Mention) -> None:
    """Put ``mention`` in the sentence that holds its start (nothing when outside every sentence)."""
    starts = [s.start for s in sentences]
    i = bisect.bisect_right(starts, mention.start) - 1
    if i >= 0 and sentences[i].start <= mention.start < sentences[i].end:
        sentences[i].mentions.append(mention)


def body_window(analysis: Analysis) -> tuple[int, str]:
    """The offset and text spanning all sentences (the body without its header)."""
    if not analysis.sentences:
        return 0, ""
    start = analysis.sentences[0].start
    return start, analysis.text[start : analysis.sentences[-1].end]


def find_places(analysis: Analysis) -> None:
    """Look every sentence up in the gazetteer."""
    from kronika.resources.gazetteer import load_gazetteer

    gazetteer = load_gazetteer()
    offset, body = body_window(analysis)
    for found in gazetteer.find(body, analysis.language):
        mention = Mention(
            offset + found.start, offset + found.end, found.text, "place", found.entry,
            {"qualified": found.qualified},
        )
        attach(analysis.sentences, mention)


stages.register("places", requires=("sentences",), assigns=("places",))(plain(find_places))
