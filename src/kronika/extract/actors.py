"""Actor mentions from the knowledge base (people, institutions, units, threat actors, outlets,
countries, offices resolved by date); ``add_named`` adds the spaCy names the base does not know."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from kronika.extract import plain, stages
from kronika.extract.analysis import Analysis, Mention, Sentence
from kronika.extract.places import attach, body_window
from kronika.resources.lexicons import group, load_lexicon

_ORG_OK = re.compile(r"^[A-ZÀ-ÖØ-Þ][\w&’'.-]+(?:\s+[A-ZÀ-ÖØ-Þ&][\w&’'.-]+){0,3}$")
_NAME_OK = re.compile(r"^[A-ZÀ-ÖØ-ÞА-ЯЁІЇЄҐ][\w’'.-]+(?:\s+[A-ZÀ-ÖØ-ÞА-ЯЁІЇЄҐ][\w’'.-]+){1,3}$")


def _slug(text: str) -> str:
    return re.sub(r"[^\w]+", "-", text.lower()).strip("-")


def find_actors(analysis: Analysis) -> None:
    """Look every sentence up in the actor catalogue (spaCy's names are added later, where needed)."""
    from kronika.resources.actors import load_actors

    catalog = load_actors()
    offset, body = body_window(analysis)
    side = _side(analysis.language)
    for found in catalog.find(body, analysis.language, on=analysis.published):
        # "the Ukrainian side", "российская сторона": the demonym names the country that speaks.
        adjective = getattr(found, "adjective", False) and not side.match(body, found.end)
        attach(
            analysis.sentences,
            Mention(offset + found.start, offset + found.end, found.text, "actor", found.entry,
                    {"via_office": found.via_office, "adjective": adjective}),
        )
    _resolve_generic(analysis)
    speaking = load_lexicon(analysis.language).cues["impersonal_reporting"]
    cues = _cues(analysis.language)
    for sentence in analysis.sentences:
        _drop_initial_homographs(sentence, cues.homograph)
        _drop_places_inside_names(sentence)
        _drop_places_as_parties(sentence, speaking, cues)
        _add_generic_speakers(sentence, cues.generic)


def _drop_initial_homographs(sentence: Sentence, homograph: re.Pattern[str]) -> None:
    """A word that opens the sentence, capitalised only for that, and is spelt like a country ("Того ж
    дня": "that same day", not Togo) names no country."""
    opening = re.match(r"[\s«\"“„(—–-]*", sentence.text)
    first = sentence.start + (opening.end() if opening else 0)
    sentence.mentions = [
        m for m in sentence.mentions
        if not (m.kind in ("actor", "place") and m.start == first and getattr(m.value, "kind", "") == "country"
                and homograph.fullmatch(m.text))
    ]


def _add_generic_speakers(sentence: Sentence, generic: re.Pattern[str]) -> None:
    """Unnamed groups as parties ("Western officials said …"), where no catalogue name covers them."""
    from kronika.resources.actors import ActorEntry

    taken = [(m.start, m.end) for m in sentence.mentions if m.kind in ("actor", "place") and not m.extra.get("adjective")]
    for hit in generic.finditer(sentence.text):
        start, end = sentence.start + hit.start(), sentence.start + hit.end()
        if any(a < end and start < b for a, b in taken) or sentence.in_quote(start):
            continue
        text = hit.group(0)
        name = re.sub(r"^(?:des|les)\s+", "", text, flags=re.IGNORECASE)
        # "Ukrainian officials", "des responsables russes": the demonym inside says whose group it is.
        inside = [m for m in sentence.mentions if m.extra.get("adjective") and start <= m.start and m.end <= end]
        country = getattr(inside[0].value, "country", None) if inside else None
        sentence.mentions = [m for m in sentence.mentions if not any(m is x for x in inside)]
        entry = ActorEntry(id=f"group:{_slug(name)}", name=name[:1].upper() + name[1:], kind="group",
                           country=country, role="unnamed group", aliases={})
        sentence.mentions.append(Mention(start, end, text, "actor", entry, {"generic": True}))
    sentence.mentions.sort(key=lambda m: m.start)


def add_named(analysis: Analysis, sentence: Sentence) -> None:
    """Turn the spaCy persons and organisations of a sentence that the catalogue lacks into actors."""
    from kronika.resources.actors import ActorEntry

    known = sentence.of_kind("actor") + sentence.of_kind("place")
    for ner in sentence.of_kind("ner"):
        if any(k.start < ner.end and ner.start < k.end for k in known):
            continue
        if ner.value == "person" and _NAME_OK.match(ner.text):
            # A surname alone that repeats a full name met earlier is the same person.
            entry = _earlier_person(analysis, ner.text) or ActorEntry(
                id=f"name:{_slug(ner.text)}", name=ner.text.replace("’", "'"), kind="person",
                country=None, role=None, aliases={},
            )
        elif ner.value == "org" and _ORG_OK.match(ner.text) and not sentence.in_quote(ner.start):
            # Companies and bodies the catalogue lacks ("Viasat", "Ukrenergo") speak and are hit too.
            entry = ActorEntry(id=f"org:{_slug(ner.text)}", name=ner.text.replace("’", "'"), kind="org",
                               country=None, role=None, aliases={})
        else:
            continue
        sentence.mentions.append(Mention(ner.start, ner.end, ner.text, "actor", entry, {"ner": True}))
    sentence.mentions.sort(key=lambda m: m.start)
    _drop_places_inside_names(sentence)


def _about_ukraine(sentence: Sentence) -> bool:
    """Whether the sentence places itself in Ukraine (a Ukrainian place, Ukraine named)."""
    parties = [(m.start, m.end) for m in sentence.of_kind("actor")]
    russian_places = [m for m in sentence.of_kind("place") if getattr(m.value, "country", None) == "RU"
                      and not any(a <= m.start and m.end <= b for a, b in parties)]
    return not russian_places and any(
        getattr(m.value, "country", None) == "UA" for m in sentence.mentions if m.kind in ("place", "actor"))


def _resolve_generic(analysis: Analysis) -> None:
    """"le ministère de la Défense", "the ministry": the specific one the document named before."""
    from kronika.resources.actors import load_actors

    cues = _cues(analysis.language)
    seen: list[Any] = []
    for sentence in analysis.sentences:
        taken = [(m.start, m.end) for m in sentence.of_kind("actor")]
        for hit in cues.bare_ministry.finditer(sentence.text):
            start, end = sentence.start + hit.start(), sentence.start + hit.end()
            if any(a < end and start < b for a, b in taken):
                continue
            earlier = [e for e in reversed(seen) if "Ministry" in e.name and e.country]
            if earlier:
                sentence.mentions.append(Mention(start, end, hit.group(0), "actor", earlier[0], {"generic": "ministry"}))
        if any(getattr(e, "id", "") == "eu" for e in seen):
            for hit in cues.bare_eu_body.finditer(sentence.text):
                start, end = sentence.start + hit.start(), sentence.start + hit.end()
                if any(a < end and start < b for a, b in taken):
                    continue
                body = load_actors().get("eu-council" if "onseil" in hit.group(0) or "ouncil" in hit.group(0)
                                         else "european-commission")
                if body is not None:
                    sentence.mentions.append(Mention(start, end, hit.group(0), "actor", body, {"generic": "eu"}))
        for pattern, wanted, in_ukraine in cues.bare_roles:
            for hit in pattern.finditer(sentence.text):
                start, end = sentence.start + hit.start(), sentence.start + hit.end()
                if any(a < end and start < b for a, b in taken) or sentence.in_quote(start):
                    continue
                # (The one named earlier in the same sentence first: "Ukrainian Railways' site went down, the company said".)
                before = [m.value for m in sentence.of_kind("actor") if m.end <= start and not m.extra.get("generic")]
                earlier = [e for e in [*reversed(before), *reversed(seen)]
                           if wanted.search(f"{e.name} | {getattr(e, 'role', '') or ''}")]
                if not earlier and in_ukraine and _about_ukraine(sentence):
                    earlier = [e for e in [load_actors().get(in_ukraine)] if e is not None]
                if earlier:
                    sentence.mentions.append(Mention(start, end, hit.group(0), "actor", earlier[0], {"generic": "role"}))
                    taken.append((start, end))
        sentence.mentions.sort(key=lambda m: m.start)
        for m in sentence.of_kind("actor"):
            entry = m.value
            if getattr(entry, "country", None) is None and getattr(entry, "kind", "") == "institution":
                earlier = [e for e in reversed(seen) if e.name.startswith(entry.name) and e.country]
                if earlier:
                    m.value = earlier[0]
                    m.extra["generic"] = entry.id
                    continue
            seen.append(entry)


def _drop_places_inside_names(sentence: Sentence) -> None:
    """A place word inside a person's or an outlet's name ("Vladimir Poutine", "the Kyiv Independent") is
    part of the name, not a place."""
    names = [m for m in sentence.mentions if m.kind == "actor" and getattr(m.value, "kind", "") in ("person", "outlet")]
    # ("the Kyiv Independent", "The Moscow Times": an outlet's name places nothing.)
    names += [m for m in sentence.mentions if m.kind == "ner" and m.value == "person"]
    bodies = [m for m in sentence.mentions if m.kind == "actor" and getattr(m.value, "kind", "") in ("institution", "unit")]
    if not names and not bodies:
        return
    keep = []
    for m in sentence.mentions:
        covering = [n for n in names if m.kind == "place" and n.start <= m.start and m.end <= n.end
                    and n.end - n.start > m.end - m.start]
        housing = [n for n in bodies if m.kind == "place" and n.start <= m.start and m.end <= n.end
                   and n.end - n.start > m.end - m.start]
        if housing and not covering:
            # "У Міністерстві оборони РФ", "Kyiv City Military Administration": the body's place is
            # where it sits, the event's place only when the sentence names no other.
            m.extra["office"] = True
            keep.append(m)
            continue
        if covering:
            # "Moscow Mayor", "губернатор Тульской области": the office's place is kept aside,
            # as the place of what the office holder reports when the sentence names no other.
            if any(n.extra.get("via_office") for n in covering):
                m.extra["office"] = True
                keep.append(m)
            continue
        keep.append(m)
    sentence.mentions = keep


# A bare title or body for the one of that kind named before: "the governor", "le maire",
# "the Air Force added", "губернатор", "у Повітряних силах". Each role of the lexicons'
# ``bare_roles``, what the earlier entry's name or role must say, and the entry meant when none was
# named before in a report about Ukraine ("selon le bilan de l'armée de l'air": the Ukrainian Air Force).
_ROLE_WANTS: tuple[tuple[str, str, str | None], ...] = (
    ("governor", r"governor", None),
    ("mayor", r"\bmayor\b", None),
    ("official", r"governor|mayor|head of", None),
    ("air_force", r"air force|aerospace forces", "ua-air-force"),
    ("general_staff", r"general staff", None),
    ("spokesperson", r"spokes", None),
    # "the company said", "l'opérateur", "компанія": the company or operator named before.
    ("company", r"compan|operator|airline|railway|telecom|provider|carrier|bank", None),
    # "the service added", "l'agence", "служба": the security or intelligence service, or agency, named before.
    ("service", r"service|agency|intelligence|security|directorate|CERT|NCSC|CISA|FSB|SBU|GUR|HUR", None),
)


@dataclass(frozen=True)
class _Cues:
    """The actor cues of one language, built from its lexicon."""

    # Sentence-opening words spelt like a country ("Того ж дня").
    homograph: re.Pattern[str]
    # Unnamed speakers news reports quote all the time: "Western officials", "des témoins", "местные жители".
    generic: re.Pattern[str]
    # Bare institution nouns that stand for one named before: "le ministère", "the ministry", "ведомство".
    bare_ministry: re.Pattern[str]
    # "le Conseil", "the Commission": the EU body, when the document speaks of the EU.
    bare_eu_body: re.Pattern[str]
    bare_roles: tuple[tuple[re.Pattern[str], re.Pattern[str], str | None], ...]
    # "à Moscou", "over the outskirts of Kyiv", "над Києвом": what follows is a place.
    locative: re.Pattern[str]
    # "Moscou a été la cible", "Kyiv was hit", "Москва подверглась атаке": the city undergoes, it does not act.
    undergoes: re.Pattern[str]
    # "The Vatican is expected to host the talks": the capital hosts, it is a place too.
    hosts: re.Pattern[str]
    # "ont frappé Kiev", "struck Kyiv", "атакували Київ": the capital is what was hit.
    struck: re.Pattern[str]


@cache
@cache
def _side(language: str) -> re.Pattern[str]:
    """A "side" noun right after a demonym ("the Russian side", "украинская сторона")."""
    return re.compile(rf"\s+{load_lexicon(language).group('side_nouns')}(?!\w)", re.IGNORECASE)


def _cues(language: str) -> _Cues:
    lex = load_lexicon(language)
    roles = lex.table("bare_roles")
    return _Cues(
        homograph=re.compile(lex.group("initial_homographs"), re.IGNORECASE),
        generic=re.compile(rf"(?<!\w){lex.group('generic_speakers')}(?!\w)", re.IGNORECASE),
        bare_ministry=re.compile(rf"(?<!\w){lex.group('bare_ministry')}(?!\w)", re.IGNORECASE),
        bare_eu_body=re.compile(rf"(?<!\w){lex.group('bare_eu_body')}(?!\w)"),
        bare_roles=tuple(
            (re.compile(rf"(?<!\w){group(roles[role])}(?!\w)", re.IGNORECASE), re.compile(wanted, re.IGNORECASE), in_ukraine)
            for role, wanted, in_ukraine in _ROLE_WANTS
            if roles.get(role)
        ),
        locative=re.compile(
            rf"(?:\b{lex.group('locative_preps')}\s*['’]?\s*(?:{lex.group('locative_articles')}\s+)?"
            rf"(?:{lex.group('locative_heads')}\s+)?[«\"“]?)$",
            re.IGNORECASE,
        ),
        undergoes=re.compile(rf"\s*{lex.group('undergoes')}\b", re.IGNORECASE),
        hosts=re.compile(rf"\s*(?:{lex.group('hosts_auxiliaries')}\s+)?{lex.group('hosts')}", re.IGNORECASE),
        struck=re.compile(rf"{lex.group('struck_before')}\w*\s+(?:\w+\s+){{0,2}}$", re.IGNORECASE),
    )


def _drop_places_as_parties(sentence: Sentence, speaking: re.Pattern[str], cues: _Cues) -> None:
    """"à Moscou", "over Moscow", "région de Moscou": the city is a place there, not the government
    ("В Киеве заявили", "У Вашингтоні вважають": there its government speaks)."""
    places = sentence.of_kind("place")
    if not places:
        return
    keep = []
    datelines = [(p.start, p.end) for p in places if p.extra.get("dateline")]
    for m in sentence.mentions:
        if m.kind == "actor" and any(a <= m.start and m.end <= b for a, b in datelines):
            # "KYIV, Dec 13 —": where the story was filed, nobody acting.
            continue
        if m.kind == "actor" and getattr(m.value, "kind", "") == "country":
            inside = any(p.start <= m.start and m.end <= p.end and (p.extra.get("qualified") or p.end - p.start > m.end - m.start)
                         for p in places)
            same = any(m.start <= p.start and p.end <= m.end for p in places)
            before = sentence.text[max(0, m.start - sentence.start - 45) : m.start - sentence.start]
            after = sentence.text[m.end - sentence.start : m.end - sentence.start + 30]
            spoken = re.match(rf"\s*(?:,[^,]{{1,40}},\s*)?{speaking.pattern}", after, re.IGNORECASE)
            if inside or (same and ((cues.locative.search(before) and not spoken) or cues.undergoes.match(after))):
                continue
        keep.append(m)
    # What stays a party ("La Russie a lancé …") is not also the place of the event.
    parties = [(m.start, m.end) for m in keep if m.kind == "actor" and getattr(m.value, "kind", "") == "country"]
    # "Washington urged …", "Kyiv denied": a capital that acts is its government, not a place; one
    # that hosts ("The Vatican is expected to host the talks") is both.
    sentence.mentions = [
        m for m in keep
        if not (m.kind == "place" and getattr(m.value, "kind", "") in ("country", "city")
                and any(a <= m.start and m.end <= b for a, b in parties)
                and (getattr(m.value, "kind", "") == "country" or not (
                    cues.struck.search(sentence.text[max(0, m.start - sentence.start - 30) : m.start - sentence.start])
                    or cues.hosts.match(sentence.text[m.end - sentence.start : m.end - sentence.start + 40]))))
    ]


def _earlier_person(analysis: Analysis, text: str) -> Any:
    for sentence in analysis.sentences:
        for m in sentence.of_kind("actor"):
            name = getattr(m.value, "name", "")
            if m.extra.get("ner") and name != text and name.split()[-1:] == text.split()[-1:]:
                return m.value
    return None


stages.register("actors", requires=("sentences", "places"), assigns=("actors",))(plain(find_actors))
