"""Split a document's body into paragraphs, stories, headings, list items and sentences."""

from __future__ import annotations

import itertools
import re

from kronika.extract import plain, stages
from kronika.extract.analysis import Analysis, Sentence

_ABBREVIATIONS = frozenset(
    ["u.s", "us", "mr", "mrs", "ms", "dr", "st", "m", "mm", "gen", "col", "lt", "sgt", "no", "vs", "etc", "e.g", "i.e", "approx", "jr", "sr", "prof", "gov", "sen", "rep", "ул", "вул", "пров", "просп", "г", "гг", "им", "т.е", "т.д", "др", "св", "пл", "обл", "р-н", "ст"]
)
_BOUNDARY = re.compile(r"(?<=[.!?…])[\"»”)]*\s+(?=[«\"“(‘]?[A-ZÀ-ÖØ-ÞА-ЯЁІЇЄҐ0-9])")
_BULLET = re.compile(r"^\s*(?:[•·▪●◦*–—-]|\d+[.)])\s+")
_TERMINAL = re.compile(r"[.!?…:;»\"”)]\s*$")
_RUN_IN = re.compile(r"^\s*[A-ZÀ-ÖØ-ÞА-ЯЁІЇЄҐ][A-ZÀ-ÖØ-ÞА-ЯЁІЇЄҐ0-9 ,'’&/-]{2,40}[.:—–]\s")
_WORD = re.compile(r"\w+", re.UNICODE)
_OPENERS = {"«": "»", "“": "”", '"': '"', "„": "“"}
_STOP = frozenset(
    ["dans", "pour", "avec", "plus", "mais", "cette", "sont", "leur", "leurs", "elle", "elles", "tout", "tous", "aussi", "comme", "être", "avoir", "était", "that", "with", "from", "have", "this", "were", "their", "which", "been", "also", "into", "over", "about", "than", "they", "them", "there", "when", "what", "який", "яка", "які", "було", "були", "також", "щодо", "після", "это", "этот", "были", "было", "также", "после", "который", "которые"]
)


def _quote_spans(text: str, offset: int) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    i = 0
    while i < len(text):
        ch = text[i]
        closer = _OPENERS.get(ch)
        if closer is not None:
            j = text.find(closer, i + 1)
            if j > i:
                spans.append((offset + i, offset + j + 1))
                i = j + 1
                continue
        i += 1
    return spans


def _split_line(line: str) -> list[tuple[int, int]]:
    """Sentence boundaries inside one line, as (start, end) offsets into the line."""
    inside = _quote_spans(line, 0)
    cuts = [0]
    for m in _BOUNDARY.finditer(line):
        pos = m.start()
        if any(s < pos < e - 1 for s, e in inside):
            continue
        before = line[:pos].rstrip('.!?…"»”)')
        last = before.split()[-1].lower() if before.split() else ""
        if last.rstrip(".") in _ABBREVIATIONS or (len(last) == 1 and last.isalpha()):
            continue
        if re.search(r"\b[A-Z]\.[A-Z]$", before):
            continue
        cuts.append(m.end())
    cuts.append(len(line))
    out = []
    for a, b in itertools.pairwise(cuts):
        seg = line[a:b]
        stripped = seg.rstrip()
        lead = len(seg) - len(seg.lstrip())
        if stripped.strip():
            out.append((a + lead, a + len(stripped)))
    return out


def content_words(text: str) -> set[str]:
    """Lower-cased words of four letters or more, minus common function words."""
    return {w for w in (x.lower() for x in _WORD.findall(text)) if len(w) >= 4 and w not in _STOP}


def segment(analysis: Analysis) -> None:
    """Fill ``analysis.sentences`` from the document body."""
    text = analysis.text
    pos = analysis.document.body_start
    paragraph = -1
    story = 0
    last_was_heading = False
    sentences: list[Sentence] = []
    for raw_line in text[pos:].split("\n"):
        line_start = pos
        pos += len(raw_line) + 1
        line = raw_line.rstrip()
        if not line.strip():
            continue
        paragraph += 1
        bullet = _BULLET.match(line)
        words = len(line.split())
        is_heading = not bullet and not _TERMINAL.search(line) and words <= 25
        if is_heading and not last_was_heading and sentences:
            story += 1
        elif _RUN_IN.match(line) and sentences and not last_was_heading:
            # "AIRPORTS. Flights at …": a digest's run-in heading opens a story of its own.
            story += 1
        last_was_heading = is_heading
        if is_heading or bullet:
            lead = len(line) - len(line.lstrip())
            if bullet:
                lead = bullet.end()
            s, e = line_start + lead, line_start + len(line)
            sentences.append(
                Sentence(len(sentences), s, e, text[s:e], paragraph, story, heading=bool(is_heading),
                         list_item=bool(bullet), quotes=_quote_spans(text[s:e], s))
            )
            continue
        for a, b in _split_line(line):
            s, e = line_start + a, line_start + b
            sentences.append(
                Sentence(len(sentences), s, e, text[s:e], paragraph, story, quotes=_quote_spans(text[s:e], s))
            )
    _mark_restated(sentences)
    analysis.sentences = sentences


_NUMBER = re.compile(r"\d+")


def _mark_restated(sentences: list[Sentence]) -> None:
    """Flag headings and lead sentences whose words (and numbers) all come back in a later sentence.

    List items are content, never a restatement: the items of a breakdown share most words.
    """
    words = [content_words(s.text) for s in sentences]
    numbers = [set(_NUMBER.findall(s.text)) for s in sentences]
    for i, sentence in enumerate(sentences):
        mine = words[i]
        if sentence.list_item:
            continue
        if len(mine) < 3:
            sentence.restated = sentence.heading
            continue
        for j in range(i + 1, len(sentences)):
            shared = len(mine & words[j])
            if shared / len(mine) >= 0.6 and shared >= 3 and numbers[i] <= numbers[j]:
                sentence.restated = True
                break
        else:
            # A heading restates the story below it even when its words are spread out.
            sentence.restated = sentence.heading


stages.register("sentences", requires=("language",), assigns=("sentences",))(plain(segment))
