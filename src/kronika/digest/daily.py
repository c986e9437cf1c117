"""Arrange a day's events into a chronicle: sections, stories, generated lines and citations.

:func:`compose` turns events into a :class:`Digest` (plain text pieces, not yet Markdown or
HTML); :mod:`kronika.digest.render` writes it out. Every line is phrased from the event's
fields with the tables in :mod:`kronika.digest.phrases`; the only article text in a digest
is the short quotation in each citation, cut from the stored document at the evidence
offsets.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from kronika.digest import phrases
from kronika.domain import Document, Event, Quantity
from kronika.domain.war_calendar import date_to_day

QUOTE_LIMIT = 160
_ELLIPSIS = "…"


@dataclass(frozen=True, slots=True)
class Citation:
    """One entry of the "Sources" list: where a line's claim is stated."""

    n: int
    doc: str
    title: str | None
    url: str | None
    quote: str | None
    available: bool
    copies: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Claim:
    """A phrase backed by one citation."""

    text: str
    cite: int


@dataclass(frozen=True, slots=True)
class Line:
    """One line of the chronicle: a lead and one claim, or several side by side (counter-claims)."""

    lead: str
    claims: tuple[Claim, ...]


@dataclass(frozen=True, slots=True)
class Story:
    """Lines about one story (same region or a shared actor), under a generated title."""

    title: str
    lines: tuple[Line, ...]


@dataclass(frozen=True, slots=True)
class Section:
    """A themed part of the chronicle (diplomacy, strikes, …)."""

    key: str
    title: str
    stories: tuple[Story, ...]


@dataclass(frozen=True, slots=True)
class Digest:
    """A whole day's chronicle, ready to render."""

    lang: str
    day: date
    war_day: int
    heading: str
    summary: str
    sections: tuple[Section, ...]
    citations: tuple[Citation, ...]

    @property
    def empty(self) -> bool:
        """True when no event was selected for the day."""
        return not self.sections


# ── selection and order ──────────────────────────────────────────────────────────────


def select(events: Sequence[Event], documents: Mapping[str, Document], day: date) -> list[Event]:
    """The events of ``day``: dated on it, or reported by a document published that day.

    A document of the day often reports what happened the evening or the week before
    (a call on Sunday, a campaign since 2022), and a chronicle keeps those lines.
    """
    out = []
    for event in events:
        if event.date is not None and event.date.start <= day <= event.date.end:
            out.append(event)
            continue
        doc = documents.get(event.doc)
        if doc is not None and doc.published == day:
            out.append(event)
    return out


def section_of(event: Event) -> str:
    """The section key an event belongs to; unknown types go to "other"."""
    return phrases.SECTION_OF_TYPE.get(event.type, "other")


def sort_key(event: Event) -> tuple[int, date, str, str, int, str]:
    """Stable order: section, date, type, document, evidence start (then the whole event)."""
    start = event.date.start if event.date is not None else date.max
    first = event.evidence[0].start if event.evidence else -1
    return (
        phrases.SECTIONS.index(section_of(event)),
        start,
        event.type,
        event.doc,
        first,
        json.dumps(event.to_json(), sort_keys=True, ensure_ascii=False),
    )


def _region_key(event: Event) -> str | None:
    place = event.location
    if place.admin1:
        return place.admin1
    if place.name and place.precision in ("region", "city", "site"):
        return place.name
    return None


def _actor_keys(event: Event) -> set[str]:
    # the claimant is who reports, not who acts: it would glue every MoD claim into one story
    return {actor.id or actor.name for actor in event.actors if actor.role != "claimant"}


def _unit_keys(unit: list[Event]) -> list[str]:
    keys: set[str] = set()
    for event in unit:
        keys.update(f"actor:{k}" for k in _actor_keys(event))
        region = _region_key(event)
        if region:
            keys.add(f"place:{region}")
        # two events stated by the same sentence are one story ("attack … 150 drones shot down")
        keys.update(f"span:{event.doc}:{span.start}" for span in event.evidence[:1])
    return sorted(keys)


def stories_of(units: list[list[Event]]) -> list[list[list[Event]]]:
    """Group sorted units (lines to be) into stories: same region or a shared actor, transitively."""
    parent = list(range(len(units)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    seen: dict[str, int] = {}
    for i, unit in enumerate(units):
        for key in _unit_keys(unit):
            if key in seen:
                a, b = find(seen[key]), find(i)
                if a != b:
                    parent[max(a, b)] = min(a, b)
            else:
                seen[key] = i
    groups: dict[int, list[list[Event]]] = {}
    for i, unit in enumerate(units):
        groups.setdefault(find(i), []).append(unit)
    return [groups[root] for root in sorted(groups)]


def _broad(event: Event) -> bool:
    place = event.location
    return not place.name or place.precision in ("country", "none")


_DISPUTABLE = frozenset({"attack", "interception", "damage", "disruption", "cyber_operation"})


def units_of(events: list[Event]) -> list[list[Event]]:
    """Sorted events → units of one line each; counter-claims share a unit.

    Reports of the same type and subtype, in the same country, over the same dates are
    compared: when they are at the same place, or one of them is country-wide ("150 drones
    over Russia" against "27 over the Moscow Oblast"), and they come from different
    sources or with different certainty, they are shown side by side on one line.
    """
    buckets: dict[tuple[object, ...], list[Event]] = {}
    for event in events:
        # Only what happened can be disputed side by side; two people's statements are two lines.
        key = _claim_key(event) if event.type in _DISPUTABLE else ("single", id(event))
        buckets.setdefault(key, []).append(event)
    group_of: dict[int, list[Event]] = {}
    for bucket in buckets.values():
        if any(_broad(e) for e in bucket):
            parts = [bucket]
        else:
            by_place: dict[str | None, list[Event]] = {}
            for event in bucket:
                by_place.setdefault(event.location.name, []).append(event)
            parts = list(by_place.values())
        for part in parts:
            voices = {(source_of(e)[0], e.attribution.certainty) for e in part}
            if len(part) > 1 and len(voices) > 1:
                for event in part:
                    group_of[id(event)] = part
    units: list[list[Event]] = []
    placed: set[int] = set()
    for event in events:
        if id(event) in placed:
            continue
        unit = group_of.get(id(event), [event])
        placed.update(id(e) for e in unit)
        units.append(unit)
    return units


# ── phrasing ─────────────────────────────────────────────────────────────────────────


def format_date(when: date, lang: str, *, year: bool = True) -> str:
    """``21 May 2025`` / ``21 mai 2025`` (``1er`` for the first of a French month)."""
    day = "1er" if lang == "fr" and when.day == 1 else str(when.day)
    text = f"{day} {phrases.MONTHS[lang][when.month - 1]}"
    return f"{text} {when.year}" if year else text


def format_number(value: float, lang: str) -> str:
    """A number with the thousands separator and decimal mark of ``lang``."""
    text = f"{int(value):,}" if float(value).is_integer() else f"{value:,.2f}".rstrip("0").rstrip(".")
    if lang == "fr":
        text = text.replace(",", "\u202f").replace(".", ",")
    return text


def join_names(names: Sequence[str], lang: str) -> str:
    """``A``, ``A and B``, ``A, B and C`` (``et`` in French)."""
    t = phrases.TEXT[lang]
    if len(names) <= 1:
        return "".join(names)
    return f"{t['list_sep'].join(names[:-1])} {t['and']} {names[-1]}"


def _plural_en(unit: str) -> str:
    if unit in phrases.EN_PLURALS:
        return phrases.EN_PLURALS[unit]
    if unit.endswith(("s", "x", "ch", "sh")):
        return unit + "es"
    if unit.endswith("y") and unit[-2:-1] not in ("a", "e", "i", "o", "u"):
        return unit[:-1] + "ies"
    return unit + "s"


def quantity_phrase(quantity: Quantity, lang: str) -> str:
    """``at least 13 countries``, ``27 drones shot down``, ``au moins 217 suspensions``."""
    value = float(quantity.value)
    plural = value != 1 and not (lang == "fr" and abs(value) < 2)
    unit = quantity.unit.strip()
    feminine = False
    if lang == "fr" and unit in phrases.FR_UNITS:
        singular, many, feminine = phrases.FR_UNITS[unit]
        unit_text = many if plural else singular
    elif lang == "en" and unit:
        unit_text = _plural_en(unit) if plural else unit
    else:
        unit_text = unit
    what = phrases.WHAT_WORDS[lang].get(quantity.what)
    if what is None:
        what = quantity.what.replace("_", " ")
    elif what and lang == "fr":
        what += ("e" if feminine else "") + ("s" if plural else "")
    bound = phrases.BOUND_WORDS[lang].get(quantity.bound, "")
    words = [bound, format_number(value, lang), unit_text, what]
    return " ".join(w for w in words if w)


def _base_name(name: str) -> tuple[str, bool]:
    for suffix in phrases.REGION_SUFFIXES:
        if name.endswith(suffix):
            return name[: -len(suffix)], True
    return name, False


def _fr_de(name: str) -> str:
    return f"d’{name}" if name[:1].lower() in "aeiouyéèêâîôû" else f"de {name}"


def place_phrase(event: Event, lang: str) -> str:
    """``in the Moscow Oblast`` / ``dans la région de Moscou``; empty when nowhere is known."""
    place = event.location
    name, country = place.name, (place.country or "").upper()
    known = phrases.COUNTRIES.get(country)
    if not name or place.precision == "country" or (known and name in (known[0], known[2])):
        targets = {a.name for a in event.actors if a.role == "target"}
        if known and known[0] in targets:
            return ""  # "targeting Russia in Russia" says it twice
        if known:
            return known[1] if lang == "en" else known[3]
        if name:
            return f"in {name}" if lang == "en" else f"en {name}"
        return ""
    base, suffixed = _base_name(name)
    if lang == "en":
        if place.precision == "site":
            return f"at {name}"
        return f"in the {name}" if suffixed else f"in {name}"
    french = phrases.FR_PLACES.get(base, base)
    if suffixed or place.precision == "region":
        return f"dans la région {_fr_de(french)}"
    return f"à {french}"


def place_title(event: Event, lang: str) -> str:
    """The name of an event's region for a story title."""
    place = event.location
    key = _region_key(event) or ""
    base, suffixed = _base_name(key)
    if lang == "en":
        return key
    french = phrases.FR_PLACES.get(base, base)
    if suffixed or (place.precision == "region" and key == place.name):
        return f"Région {_fr_de(french)}"
    return french


def date_phrase(event: Event, day: date, lang: str) -> str:
    """When, if not simply on ``day``: ``on 19 May``, ``in May 2025``, ``from … to …``."""
    when = event.date
    t = phrases.TEXT[lang]
    if when is None or (when.start == when.end == day):
        return ""
    if when.start == when.end:
        return t["on"].format(date=format_date(when.start, lang, year=when.start.year != day.year))
    if when.precision == "year" or (
        (when.start.month, when.start.day, when.end.month, when.end.day) == (1, 1, 12, 31)
        and when.start.year == when.end.year
    ):
        return t["in_year"].format(year=when.start.year)
    if when.precision == "month" and (when.start.year, when.start.month) == (when.end.year, when.end.month):
        return t["in_month"].format(date=f"{phrases.MONTHS[lang][when.start.month - 1]} {when.start.year}")
    years = when.start.year != day.year or when.end.year != day.year
    return t["range"].format(
        start=format_date(when.start, lang, year=years or when.start.year != when.end.year),
        end=format_date(when.end, lang, year=years),
    )


def label(event: Event, lang: str) -> str:
    """What happened, in words: ``Drones shot down``, ``Phone call``, ``Sanctions considered``."""
    table = phrases.LABELS[lang]
    if event.type == "other" and event.summary:
        return event.summary.rstrip(". ")
    found = table.get((event.type, event.subtype)) or table.get((event.type, None))
    return found or event.type.replace("_", " ").capitalize()


def who_phrase(event: Event, lang: str) -> str:
    """``by Ukraine targeting Russia``, ``with Donald Trump and European leaders``."""
    parts = []
    for role in phrases.ROLE_ORDER:
        names = list(dict.fromkeys(a.name for a in event.actors if a.role == role))
        if not names:
            continue
        word = phrases.ROLE_WORDS[lang][role]
        if lang == "fr":
            names = [phrases.FR_ACTORS.get(n, n) for n in names]
            first = names[0]
            for article, merged in phrases.FR_CONTRACTIONS.get(word, ()):
                if first.startswith(article):
                    word, names[0] = merged, first[len(article) :]
                    break
        parts.append(f"{word} {join_names(names, lang)}")
    return " ".join(parts)


def source_of(event: Event) -> tuple[str | None, tuple[str, ...]]:
    """The claimant and the relays; a claimant actor stands in for a missing source."""
    source, via = event.attribution.source, tuple(event.attribution.via)
    if not source:
        claimants = [a.name for a in event.actors if a.role == "claimant"]
        if claimants:
            source = claimants[0]
        elif via:
            source, via = via[0], via[1:]
    return source, via


def _via(via: Sequence[str], lang: str) -> str:
    return f" ({phrases.TEXT[lang]['via'].format(via=', '.join(via))})" if via else ""


def attribution_phrase(event: Event, lang: str) -> str:
    """Who says so and how surely: ``according to X (via Y)``, ``X claims``, ``allegedly, …``."""
    t = phrases.TEXT[lang]
    source, via = source_of(event)
    certainty = event.attribution.certainty
    according = t["according"].format(source=source) + _via(via, lang) if source else ""
    if certainty == "claimed":
        return t["claims"].format(source=source) + _via(via, lang) if source else t["claimed"]
    if certainty == "denied":
        return t["denies"].format(source=source) + _via(via, lang) if source else t["denied"]
    if certainty == "alleged":
        return ", ".join(p for p in (t["alleged"], according) if p)
    if certainty == "hypothetical":
        # "Sanctions considered: considered, according to …" would say it twice
        word = "" if event.subtype in ("considered", "threatened") else t["considered"]
        return ", ".join(p for p in (word, according) if p)
    return according


def _sentence(*parts: str) -> str:
    return " ".join(p for p in parts if p)


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def event_line(event: Event, day: date, lang: str) -> tuple[str, str]:
    """The lead and the details of one event's line."""
    lead = _sentence(label(event, lang), who_phrase(event, lang), place_phrase(event, lang),
                     date_phrase(event, day, lang))
    quantities = ", ".join(quantity_phrase(q, lang) for q in event.quantities)
    details = phrases.TEXT[lang]["semicolon"].join(p for p in (quantities, attribution_phrase(event, lang)) if p)
    return lead, details


def counter_claim(event: Event, lang: str, with_place: bool = False) -> str:
    """One side of a counter-claim: ``Moscow region authorities: 27 drones shot down, allegedly``."""
    t = phrases.TEXT[lang]
    source, via = source_of(event)
    who = (source or "?") + _via(via, lang)
    certainty = event.attribution.certainty
    if certainty == "claimed":
        who = t["claims"].format(source=who)
    elif certainty == "denied":
        who = t["denies"].format(source=who)
    what = ", ".join(quantity_phrase(q, lang) for q in event.quantities) or label(event, lang).lower()
    # Each side keeps its own place: "42 drones shot down in the Kursk Oblast" beside the total.
    where = place_phrase(event, lang) if with_place and event.location.precision in ("site", "city", "region") else ""
    if where:
        what = f"{what} {where}"
    extra = {"alleged": t["alleged"], "hypothetical": t["considered"]}.get(certainty, "")
    return f"{who}{t['colon']}{what}" + (f", {extra}" if extra else "")


def _claim_key(event: Event) -> tuple[object, ...]:
    when = (event.date.start, event.date.end) if event.date else None
    return (event.type, event.subtype, (event.location.country or "").upper(), when)


# ── citations ────────────────────────────────────────────────────────────────────────


def shorten(text: str, limit: int = QUOTE_LIMIT) -> str:
    """``text`` with its whitespace collapsed, cut at a word boundary to ≤ ``limit`` characters."""
    text = re.sub(r"\s+", " ", text).strip()
    if len(text) <= limit:
        return text
    cut = text[: limit - len(_ELLIPSIS) + 1]
    space = cut.rfind(" ")
    cut = cut[:space] if space > 0 else cut[: limit - len(_ELLIPSIS)]
    return cut.rstrip(" ,;:.") + _ELLIPSIS


class _Citations:
    def __init__(self, documents: Mapping[str, Document], copies: Mapping[str, Sequence[str]] | None = None) -> None:
        self.documents = documents
        self.copies = copies or {}
        self.by_key: dict[tuple[str, int, int], Citation] = {}

    def cite(self, event: Event) -> int:
        span = event.evidence[0] if event.evidence else None
        key = (event.doc, span.start, span.end) if span else (event.doc, -1, -1)
        if key not in self.by_key:
            doc = self.documents.get(event.doc)
            quote = None
            if doc is not None and span is not None and 0 <= span.start < span.end <= len(doc.text):
                quote = shorten(doc.text[span.start : span.end])
            self.by_key[key] = Citation(
                n=len(self.by_key) + 1,
                doc=event.doc,
                title=doc.title if doc else None,
                url=doc.url if doc else None,
                quote=quote or None,
                available=doc is not None,
                copies=tuple(self.copies.get(event.doc, ())),
            )
        return self.by_key[key].n


# ── the whole digest ─────────────────────────────────────────────────────────────────


def _line(unit: list[Event], day: date, lang: str, cites: _Citations) -> Line:
    if len(unit) == 1:
        lead, details = event_line(unit[0], day, lang)
        return Line(_capital(lead), (Claim(details, cites.cite(unit[0])),))
    widest = next((e for e in unit if _broad(e)), unit[0])
    lead = _sentence(label(widest, lang), place_phrase(widest, lang), date_phrase(widest, day, lang))
    places = len({e.location.id or e.location.name for e in unit}) > 1
    return Line(_capital(lead), tuple(Claim(counter_claim(e, lang, places), cites.cite(e)) for e in unit))


def _story_title(units: list[list[Event]], lang: str) -> str:
    """A region all lines share, else an actor in several lines, else any region, else a label."""
    story = [event for unit in units for event in unit]
    regions: list[Event] = [e for e in story if _region_key(e)]
    shared_region = {_region_key(e) for e in regions}
    if regions and len(shared_region) == 1 and all(any(_region_key(e) for e in u) for u in units):
        return place_title(regions[0], lang)
    counts: Counter[str] = Counter()
    names: dict[str, str] = {}
    for unit in units:
        seen: dict[str, str] = {}
        for event in unit:
            for actor in event.actors:
                if actor.role != "claimant":
                    seen.setdefault(actor.id or actor.name, actor.name)
        counts.update(seen.keys())
        for key, name in seen.items():
            names.setdefault(key, name)
    if counts and (len(units) == 1 or max(counts.values()) > 1):
        top = max(counts.values())
        name = names[next(k for k in names if counts[k] == top)]
        if lang == "fr" and name in phrases.FR_ACTORS:
            bare = re.sub(r"^(l’|la |le |les |des )", "", phrases.FR_ACTORS[name])
            return _capital(bare)
        return name
    if regions:
        return place_title(regions[0], lang)
    return label(story[0], lang)


def compose(
    events: Sequence[Event], documents: Mapping[str, Document], *, day: date, lang: str,
    copies: Mapping[str, Sequence[str]] | None = None,
) -> Digest:
    """The chronicle of ``day`` in ``lang`` as a :class:`Digest` (already checked arguments)."""
    t = phrases.TEXT[lang]
    war_day = date_to_day(day)
    heading = t["heading"].format(n=war_day, date=format_date(day, lang))
    chosen = sorted(select(events, documents, day), key=sort_key)
    cites = _Citations(documents, copies)
    sections: list[Section] = []
    for key in phrases.SECTIONS:
        members = [e for e in chosen if section_of(e) == key]
        if not members:
            continue
        stories = tuple(
            Story(_story_title(story, lang), tuple(_line(unit, day, lang, cites) for unit in story))
            for story in stories_of(units_of(members))
        )
        sections.append(Section(key, t[key], stories))
    docs = {e.doc for e in chosen}
    summary = t["count"].format(events=len(chosen), docs=len(docs)) if chosen else t["empty"]
    citations = tuple(sorted(cites.by_key.values(), key=lambda c: c.n))
    return Digest(lang, day, war_day, heading, summary, tuple(sections), citations)
