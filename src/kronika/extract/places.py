"""Toponyms → gazetteer places (site, city, region, country), attached to their sentences."""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from kronika.extract import plain, stages
from kronika.extract.analysis import Analysis, Mention, Sentence
from kronika.resources.lexicons import load_lexicon


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
_ROUTE_DASH = re.compile(r"^\s*[—–-]\s*$")
# A district or a community named after its town: "в Выгоничском районе", "Обухівському районі",
# "Коростишівській громаді", "Одинцовский городской округ".
_DISTRICT = re.compile(
    r"(?<![\w-])([А-ЯЁІЇЄҐ][а-яёіїєґ'’ʼ-]+?)(ск|цк|зк|ськ|цьк|зьк)(?:ий|ый|ой|ого|ому|ом|им|ім|ая|а|ої|ій|у|ою)\s+"
    r"(?:(?:городск\w+|муниципальн\w+|міськ\w+|сільськ\w+|селищн\w+|територіальн\w+)\s+)?"
    r"(район\w*|округ\w*|громад\w*)\b"
)
# After a bare region noun ("в области", "in the region", "dans la région", "sa région"): what
# makes it a named region instead (a capital or "of" follows), per language, and the flags.
_BARE_REGION_TAIL: dict[str, tuple[str, int]] = {
    "uk": (r"(?![\w-])(?!\s+[А-ЯЄІЇҐ])", 0),
    "ru": (r"(?![\w-])(?!\s+[А-ЯЁ])", 0),
    "en": (r"\b(?!\s+of\b)(?!['’]s\s+[A-Z])", re.IGNORECASE),
    "fr": (r"\b(?!\s+(?:de|d['’]|du)\s*[A-ZÀ-Þ])", re.IGNORECASE),
}


@dataclass(frozen=True)
class _Cues:
    """The place cues of one language, built from its lexicon."""

    # "heure de Moscou", "Moscow time", "Moscow's": a time zone or a possessor, not a place.
    clock_before: re.Pattern[str]
    clock_after: re.Pattern[str]
    # "celle de Belgorod": the region named just before.
    that_of: re.Pattern[str]
    # "поезд Климово — Москва", "the Kyiv–Przemyśl train": the ends of a route, not where anything happens.
    vehicle: re.Pattern[str]
    # "над територією області", "in the region": the region the story is about, when no name follows.
    bare_region: re.Pattern[str] | None
    # "the capital", "la capitale russe", "столиця", "столицу": the capital of the country the text is about.
    capital: re.Pattern[str]


@cache
def _cues(language: str) -> _Cues:
    lex = load_lexicon(language)
    tail = _BARE_REGION_TAIL.get(language)
    return _Cues(
        clock_before=re.compile(rf"{lex.group('clock_before')}$", re.IGNORECASE),
        clock_after=re.compile(rf"^{lex.group('clock_after')}", re.IGNORECASE),
        that_of=re.compile(rf"{lex.group('that_of')}$", re.IGNORECASE),
        vehicle=re.compile(rf"(?:\b{lex.group('vehicles')}\b)(?:\s+[\w-]+){{0,2}}\s*[«\"“]?$", re.IGNORECASE),
        bare_region=None if tail is None else re.compile(
            rf"(?:\b{lex.group('bare_region_before')}\s+)({'|'.join(lex.words('bare_region_nouns'))}){tail[0]}", tail[1]),
        capital=re.compile(
            rf"(?<!\w)(?:(?P<adj_before>{'|'.join(lex.words('capital_adjectives')) or '(?!x)x'})\s+)?"
            rf"(?P<noun>{'|'.join(lex.words('capital_nouns'))})"
            rf"(?:\s+(?P<adj_after>{'|'.join(lex.words('capital_genitives')) or '(?!x)x'}))?(?!\w)",
            re.IGNORECASE,
        ),
    )


# Regional heads: "Governor of Bryansk Oblast", "Head of the Chernivtsi Regional Military Administration".
_HEAD = re.compile(r"^(?:Acting\s+)?(?:Governor|Head|Mayor|Chief)\s+of\s+(?:the\s+)?(.+?)(?:\s*\(.*)?$")
_WHOLE_REGION = re.compile(r"\b(?:Regional|Oblast|Region|Republic|Krai|Territory)\b")


def official_place(entry: Any, via_office: str | None = None) -> Any:
    """Where a regional head or a mayor speaks for (Governor of Bryansk Oblast: Bryansk Oblast; Mayor
    of Moscow: Moscow), as a gazetteer entry; None for anybody else."""
    from kronika.resources.actors import load_actors
    from kronika.resources.gazetteer import load_gazetteer

    title = None
    if via_office:
        office = load_actors().get(via_office)
        title = office.name if office is not None else None
    if title is None and getattr(entry, "kind", "") == "person":
        title = getattr(entry, "role", None)
    head = _HEAD.match(title or "")
    if head is None:
        return None
    gazetteer = load_gazetteer()
    found = [m.entry for m in gazetteer.find(head.group(1), "en") if m.entry.kind in ("region", "city")]
    if not found:
        return None
    place = found[0]
    if place.kind == "city" and _WHOLE_REGION.search(head.group(1)):
        return region_of(place)
    return place


def region_of(entry: Any) -> Any:
    """The region a city lies in (its ``admin1``, or the region named after it), else None."""
    from kronika.resources.gazetteer import load_gazetteer

    if entry.kind == "region":
        return entry
    gazetteer = load_gazetteer()
    if entry.admin1:
        regions = [e for e in gazetteer.lookup(entry.admin1) if e.kind == "region" and e.country == entry.country]
        if regions:
            return regions[0]
    return gazetteer.region_of(entry)


def _district_towns(stem: str, suffix: str) -> list[str]:
    """Town names an adjective stem may come from: Одинцов(ский) → Одинцово, Выгонич → Выгоничи,
    Железногор → Железногорск, Обухів → Обухів, Бучан → Буча, Кременчу(цький) → Кременчук."""
    names = [stem, stem + "о", stem + "и", stem + "ы", stem + "і", stem + "а", stem + "е", stem + "ск", stem + "ськ"]
    if suffix.startswith("ц"):
        names.append(stem + "к")
    if stem.endswith(("ан", "ян", "ин", "ен")):
        names += [stem[:-2] + "а", stem[:-2] + "и", stem[:-2] + "ы", stem[:-1] + "я"]
    if stem.endswith(("ов", "ев")):
        names += [stem[:-2] + "ы", stem[:-2] + "и"]
    if stem[-3:].count("і") == 1:  # Обухів(ський) → Обухов, as the gazetteer may spell it
        k = len(stem) - 3 + stem[-3:].index("і")
        names += [stem[:k] + "о" + stem[k + 1 :]]
    return names


def _districts(body: str) -> list[tuple[int, int, Any]]:
    """Districts and communities named after a town of the gazetteer: the town's region for a
    district ("Одинцовский район": Moscow Oblast), the town itself for its community."""
    from kronika.resources.gazetteer import load_gazetteer

    gazetteer = load_gazetteer()
    out = []
    for hit in _DISTRICT.finditer(body):
        stem, suffix, unit = hit.group(1), hit.group(2), hit.group(3).lower()
        towns = [e for name in _district_towns(stem, suffix) for e in gazetteer.lookup(name)
                 if e.kind == "city" and e.country in ("UA", "RU")]
        if not towns:
            continue
        town = towns[0]
        place = town if unit.startswith("громад") else region_of(town)
        if place is not None:
            out.append((hit.start(), hit.end(), place))
    return out


def _officials(analysis: Analysis, start: int, end: int) -> list[tuple[int, Any]]:
    """Regional heads named in ``text[start:end]`` with the region they speak for, by offset."""
    from kronika.resources.actors import load_actors

    out = []
    for found in load_actors().find(analysis.text[start:end], analysis.language, on=analysis.published):
        place = official_place(found.entry, found.via_office)
        if place is not None:
            out.append((start + found.start, place))
    return out


def _bare_regions(analysis: Analysis) -> None:
    """Give "над територією області", "in the region" the region the story is about: the regional
    head who speaks in the sentence, else the nearest region (or town's region) named before it in
    the story, or the region of a head named there."""
    pattern = _cues(analysis.language).bare_region
    if pattern is None:
        return
    for sentence in analysis.sentences:
        for hit in pattern.finditer(sentence.text):
            start, end = sentence.start + hit.start(1), sentence.start + hit.end(1)
            if any(m.start < end and start < m.end for m in sentence.of_kind("place")):
                continue
            place = next((p for _, p in _officials(analysis, sentence.start, sentence.end)), None)
            if place is None:
                earlier = [s for s in analysis.sentences[max(0, sentence.index - 5) : sentence.index + 1]
                           if s.story == sentence.story and not s.heading]
                candidates = [(m.start, m.value) for s in earlier for m in s.of_kind("place")
                              if m.start < start and m.value.country in ("UA", "RU") and m.value.kind != "country"
                              and not m.extra.get("dateline")]
                if earlier:
                    candidates += _officials(analysis, earlier[0].start, sentence.start)
                candidates = [(at, region_of(p)) for at, p in candidates]
                candidates = [c for c in candidates if c[1] is not None]
                place = max(candidates, key=lambda c: c[0])[1] if candidates else None
            if place is not None and place.kind == "city":
                place = region_of(place)
            if place is not None:
                sentence.mentions.append(Mention(start, end, analysis.text[start:end], "place", place,
                                                 {"qualified": True, "bare": True}))
                sentence.mentions.sort(key=lambda m: m.start)


def find_places(analysis: Analysis) -> None:
    """Look every sentence up in the gazetteer."""
    from kronika.resources.gazetteer import load_gazetteer

    gazetteer = load_gazetteer()
    offset, body = body_window(analysis)
    found_all = gazetteer.find(body, analysis.language)
    cues = _cues(analysis.language)
    districts = _districts(body)
    routes: set[int] = set()
    for a, b in itertools.pairwise(found_all):
        if _ROUTE_DASH.match(body[a.end : b.start]) and cues.vehicle.search(body[max(0, a.start - 40) : a.start]):
            routes |= {a.start, b.start}
    for start, end, place in districts:
        following = [f for f in found_all if f.start >= end]
        if following and following[0].entry.kind == "region" and not body[end : following[0].start].strip(" ,"):
            continue  # "в Выгоничском районе Брянской области": the region is named
        mention = Mention(offset + start, offset + end, body[start:end], "place", place, {"qualified": True, "district": True})
        attach(analysis.sentences, mention)
    for found in found_all:
        entry = found.entry
        start = offset + found.start
        if found.start in routes or any(s <= found.start < e for s, e, _ in districts):
            continue
        before = analysis.text[max(0, start - 12) : start]
        # "14 au-dessus de celle de Belgorod": "celle" stands for "la région" named just before.
        if entry.kind == "city" and cues.that_of.search(before) and entry.admin1:
            regions = [e for e in gazetteer.lookup(entry.admin1) if e.kind == "region" and e.country == entry.country]
            entry = regions[0] if regions else entry
        after = analysis.text[offset + found.end : offset + found.end + 6]
        if cues.clock_before.search(before) or cues.clock_after.match(after):
            continue
        mention = Mention(start, offset + found.end, found.text, "place", entry, {"qualified": found.qualified})
        attach(analysis.sentences, mention)
    _resolve_capitals(analysis, gazetteer)
    _elided_regions(analysis, gazetteer)
    for sentence in analysis.sentences:
        sentence.mentions.sort(key=lambda m: m.start)
        head = _DATELINE.match(sentence.text)
        if head is not None:
            # A dateline inside the body is no event's place; the lead's ("SÉOUL, lundi — …") is where
            # the story is filed, the event's place only when the lead names no other.
            for m in sentence.of_kind("place"):
                if m.start < sentence.start + head.end():
                    m.extra["dateline" if sentence.index else "lead_dateline"] = True
    _bare_regions(analysis)


# The word for region after a region's adjective: "Іркутській області", "Брянской области", "Курська обл.".
_OBLAST_WORD = re.compile(r"\s(област\w*|обл\.?)$")
_ADJECTIVE = re.compile(r"(?<![\w-])[А-ЯЁІЇЄҐ][а-яёіїєґ'’ʼ-]+(?:ськ|цьк|зьк|ск|цк|зк)(?:ій|ой|ая|а|у|ую|ої|ого|ому|ом|им|ім|ій)(?![\w-])")


def _elided_regions(analysis: Analysis, gazetteer: Any) -> None:
    """Regions a list names by their adjective alone, after or before one named in full: "аеродроми
    в Іркутській області, в Мурманській, Рязанській та Іванівській областях"."""
    if analysis.language not in ("uk", "ru"):
        return
    for sentence in analysis.sentences:
        regions = [m for m in sentence.of_kind("place") if m.value.kind == "region" and _OBLAST_WORD.search(m.text)]
        if not regions:
            continue
        word = _OBLAST_WORD.search(regions[0].text)
        assert word is not None
        taken = [(m.start, m.end) for m in sentence.mentions if m.kind in ("place", "actor")]
        for hit in _ADJECTIVE.finditer(sentence.text):
            start, end = sentence.start + hit.start(), sentence.start + hit.end()
            if any(a < end and start < b for a, b in taken):
                continue
            found = [f for f in gazetteer.find(f"{hit.group()} {word.group(1)}", analysis.language)
                     if f.entry.kind == "region" and f.start == 0]
            if found:
                sentence.mentions.append(Mention(start, end, hit.group(), "place", found[0].entry, {"qualified": True}))


_CAPITAL_OF = {"RU": "Moscow", "UA": "Kyiv"}


def _resolve_capitals(analysis: Analysis, gazetteer: Any) -> None:
    """Place "the capital" at Moscow or Kyiv: by its adjective, else by the country the story last named."""
    country: str | None = {"ru": "RU", "uk": "UA"}.get(analysis.language)
    capital = _cues(analysis.language).capital
    story = -1
    for sentence in analysis.sentences:
        if sentence.story != story:
            story, country = sentence.story, {"ru": "RU", "uk": "UA"}.get(analysis.language)
        taken = [(m.start, m.end) for m in sentence.of_kind("place")]
        for hit in capital.finditer(sentence.text):
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
