"""The actor catalogue: people, offices, institutions, units, threat actors, outlets, groups, countries.

Data: ``resources/data/actors.yaml`` (everything but countries) and
``resources/data/actors_countries.yaml`` (demonyms and overrides); countries take their
names from the gazetteer (``gazetteer.tsv``), ids ``country:RU``.

``aliases`` maps a language (``fr``, ``en``, ``uk``, ``ru``) to names, and, for countries,
``fr_adj``/``en_adj``/``uk_adj``/``ru_adj`` to demonyms ("russe", "Russian", "російські",
"российские"). :meth:`ActorCatalog.find` reports demonyms as mentions of the country with
``adjective=True``: they say whose forces or officials act, never who speaks.

How names are matched:

* an alias in capitals only, up to six letters (``AP``, ``RT``, ``SBU``, ``ТАСС``, ``APT28``),
  only as written; an alias with capitals needs them in the text ("Le Monde" but not "le
  monde"); a lower-case alias (titles: "le président américain") in any case;
* Ukrainian and Russian aliases in all their case forms (Путин → Путина, Путину, Путиным;
  Зеленський → Зеленського; Минобороны stays), generated from a table of endings;
* French elision ("l'Ukraine", "d'APT28"), English possessives ("Putin's") and both
  apostrophes (’ and ') need nothing special: names are matched word by word;
* a text in French or English is matched with the French and English aliases; a text in
  Ukrainian or Russian with its own language's aliases plus the Latin-script names of the
  English list (WSJ, Reuters, APT28 appear as such in Cyrillic texts).

Offices (``kind: office``: "le président américain", "the mayor of Moscow") resolve to the
person holding them on the ``on`` date; :attr:`ActorMention.via_office` then names the office.
A holder's term runs from its first date (inclusive) to its last (exclusive, the successor's
first day). Undated, the current holder is taken. A generic, country-less entry
(``defence-ministry``) stands for "le ministère de la Défense" and the like when no country
is named: the extractor decides whose ministry it is from context.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from typing import Any, NamedTuple

import yaml

from kronika.resources import data_text, load_tsv
from kronika.resources.text import (
    ANY_ENDING,
    CaseRule,
    Pattern,
    PhraseIndex,
    case_forms,
    cyrillic_language,
    prepare,
    token_key,
    word_pattern,
)

KINDS = ("person", "institution", "unit", "threat_actor", "outlet", "country", "group", "office")
LANGS = ("fr", "en", "uk", "ru")


@dataclass(frozen=True, slots=True)
class ActorEntry:
    """One actor: stable id, canonical English name, kind, country and aliases by language."""

    id: str
    name: str
    kind: str
    country: str | None
    role: str | None
    aliases: dict[str, tuple[str, ...]] = field(default_factory=dict)
    holders: tuple[tuple[str, str | None, str | None], ...] = ()

    def holder_on(self, when: date | None) -> str | None:
        """The id of the person holding this office on ``when`` (undated: the current holder)."""
        if not self.holders:
            return None
        if when is None:
            current = [h for h in self.holders if h[2] is None]
            return (current or list(self.holders))[-1][0]
        # terms are inclusive at both ends; on a handover day the newer holder wins
        found, latest = None, date.min
        for person, start, end in self.holders:
            begins = date.fromisoformat(start) if start else date.min
            if begins <= when and (end is None or when <= date.fromisoformat(end)) and begins >= latest:
                found, latest = person, begins
        return found


@dataclass(frozen=True, slots=True)
class ActorMention:
    """An actor named in a text: ``text[start:end]``, the entry, the office it was named by."""

    start: int
    end: int
    text: str
    entry: ActorEntry
    via_office: str | None = None
    adjective: bool = False


class _Alias(NamedTuple):
    entry: str
    adjective: bool


_PLAIN = re.compile(r"[^\W\d_]+")
_QUOTES = re.compile(r"[«»\"“”„]")
_LATIN = re.compile(r"[A-Za-zÀ-ÿ]")
_CYRILLIC = re.compile(r"[А-Яа-яЁёЄєІіЇїҐґ]")


def _case_rule(alias: str) -> CaseRule:
    letters = [c for c in alias if c.isalpha()]
    if letters and all(c.isupper() for c in letters) and len(letters) <= 6:
        return "exact"
    if any(c.isupper() for c in alias):
        return "cap"
    return "any"


class ActorCatalog:
    """Find actors in a text and look them up by alias or id."""

    def __init__(self, entries: list[ActorEntry], renamed: dict[str, str] | None = None) -> None:
        self._renamed = dict(renamed or {})
        self._entries: dict[str, ActorEntry] = {}
        for entry in entries:
            if entry.id in self._entries:
                raise ValueError(f"actor id {entry.id!r} appears twice in the catalogue")
            self._entries[entry.id] = entry
        self._indexes: dict[str, PhraseIndex[_Alias]] = {}

    def get(self, id: str) -> ActorEntry | None:
        """The entry with this id (or with an id merged into it), or None."""
        return self._entries.get(id) or self._entries.get(self._renamed.get(id, ""))

    def entries(self) -> list[ActorEntry]:
        """Every entry, in catalogue order."""
        return list(self._entries.values())

    # -- building ---------------------------------------------------------------------

    def _index(self, lang: str) -> PhraseIndex[_Alias]:
        index = self._indexes.get(lang)
        if index is None:
            index = PhraseIndex()
            for entry in self._entries.values():
                for alias, alias_lang in self._aliases_for(entry, lang):
                    self._add(index, alias, alias_lang, _Alias(entry.id, False))
                for alias in entry.aliases.get(f"{lang}_adj", ()):
                    self._add(index, alias, lang, _Alias(entry.id, True))
            self._indexes[lang] = index
        return index

    @staticmethod
    def _aliases_for(entry: ActorEntry, lang: str) -> list[tuple[str, str]]:
        out = [(a, lang) for a in entry.aliases.get(lang, ())]
        if lang in ("fr", "en"):
            other = "en" if lang == "fr" else "fr"
            out += [(a, other) for a in entry.aliases.get(other, ()) if _case_rule(a) != "any"]
        else:
            out += [(a, "en") for a in entry.aliases.get("en", ())
                    if _case_rule(a) != "any" and not _CYRILLIC.search(a)]
        return out

    @staticmethod
    def _add(index: PhraseIndex[_Alias], alias: str, lang: str, payload: _Alias) -> None:
        # Quotes around a name part are no part of it: «Південь», "Юг".
        alias = _QUOTES.sub("", alias)
        ActorCatalog._add_one(index, alias, lang, payload)
        words = alias.split(" ")
        if lang in ("uk", "ru") and len(words) >= 2 and _CYRILLIC.search(words[0]) and words[0][:1].isupper() \
                and any(w[:1].islower() for w in words[1:]):
            # "оперативне командування «Південь»", "міністерство оборони": the name in mid-sentence.
            ActorCatalog._add_one(index, words[0][:1].lower() + alias[1:], lang, payload)

    @staticmethod
    def _add_one(index: PhraseIndex[_Alias], alias: str, lang: str, payload: _Alias) -> None:
        rule = _case_rule(alias.replace("*", ""))
        if "*" in alias:
            _add_wildcard(index, alias, lang, payload, rule)
            return
        if lang not in ("uk", "ru") or rule == "exact" or not _CYRILLIC.search(alias):
            index.add(alias, payload, rule)
            return
        langs = tuple(lg for lg in cyrillic_language(alias) if lg == lang) or (lang,)
        words = alias.split(" ")
        if len(words) <= 3 and all(_PLAIN.fullmatch(w) for w in words):
            patterns = [word_pattern(w, langs, k == len(words) - 1) for k, w in enumerate(words)]
            index.add_pattern(words, patterns, [" "] * (len(words) - 1), payload, rule)
            return
        for form in case_forms(alias, langs[0]):
            index.add(form, payload, rule)

    # -- reading ----------------------------------------------------------------------

    def find(self, text: str, lang: str, on: date | None = None) -> list[ActorMention]:
        """Actor mentions in ``text``: not overlapping, longest first, in text order.

        Offices resolve to their holder on ``on``; demonyms come back as the country, with
        ``adjective=True``.
        """
        index = self._index(lang if lang in LANGS else "en")
        out: list[ActorMention] = []
        for match in index.scan(prepare(text)):
            payload = next((p for p in match.payloads if not p.adjective), match.payloads[0])
            entry = self._entries[payload.entry]
            via_office = None
            if entry.kind == "office":
                holder = self.get(entry.holder_on(on) or "")
                if holder is not None:
                    via_office, entry = entry.id, holder
            out.append(ActorMention(match.start, match.end, text[match.start : match.end], entry, via_office,
                                    payload.adjective))
        return out

    def lookup(self, name: str, lang: str | None = None, on: date | None = None) -> list[ActorEntry]:
        """Entries that ``name`` (one whole alias, in any case form) stands for.

        An office comes back as its holder on ``on``, followed by the office itself.
        """
        found: list[ActorEntry] = []
        for code in [lang] if lang in LANGS else list(LANGS):
            for payload in self._index(code or "en").lookup(name):
                entry = self._entries[payload.entry]
                if entry.kind == "office":
                    holder = self.get(entry.holder_on(on) or "")
                    if holder is not None and holder not in found:
                        found.append(holder)
                if entry not in found:
                    found.append(entry)
        return found


def _add_wildcard(index: PhraseIndex[_Alias], alias: str, lang: str, payload: _Alias, rule: CaseRule) -> None:
    """Index an alias whose words may end in ``*`` (any ending: ``Путін*``, ``Российск* Федераци*``)."""
    words = alias.split(" ")
    if not all(_PLAIN.fullmatch(w.rstrip("*")) for w in words):
        index.add(alias.replace("*", ""), payload, rule)
        return
    patterns: list[Pattern] = []
    for k, word in enumerate(words):
        bare = word.rstrip("*")
        if word.endswith("*"):
            patterns.append((token_key(bare), ANY_ENDING))
        elif lang in ("uk", "ru") and _CYRILLIC.search(bare):
            patterns.append(word_pattern(bare, (lang,), k == len(words) - 1))
        else:
            patterns.append((token_key(bare), frozenset({""})))
    index.add_pattern([w.rstrip("*") for w in words], patterns, [" "] * (len(words) - 1), payload, rule)


# kinds spelt otherwise in older data
_KIND_SYNONYMS = {"org": "institution", "organisation": "institution", "organization": "institution"}


def _text(value: Any) -> str:
    """A YAML scalar as text (YAML reads 2025-01-20 as a date and 26165 as a number)."""
    return value.isoformat() if isinstance(value, date) else str(value)


def _entry(raw: dict[str, Any]) -> ActorEntry:
    """An entry from either layout: aliases as ``en:``/``fr:``… keys or under ``aliases:``;
    demonyms as ``fr_adj:``… keys or under ``adjectives:``."""
    nested: dict[str, Any] = raw.get("aliases") or {}
    aliases: dict[str, tuple[str, ...]] = {}
    for lang in LANGS:
        names = [_text(a) for a in (raw.get(lang) or nested.get(lang) or ())]
        if names:
            aliases[lang] = tuple(names)
        adjectives = raw.get(f"{lang}_adj") or (raw.get("adjectives") or {}).get(lang) or ()
        if adjectives:
            aliases[f"{lang}_adj"] = tuple(_text(a) for a in adjectives)
    holders = tuple(
        (_text(h[0]), _text(h[1]) if h[1] else None, _text(h[2]) if h[2] else None) for h in raw.get("holders") or ()
    )
    country = raw.get("country")
    kind = _KIND_SYNONYMS.get(str(raw["kind"]), str(raw["kind"]))
    return ActorEntry(
        id=str(raw["id"]), name=str(raw["name"]), kind=kind,
        country=str(country) if country else None, role=str(raw["role"]) if raw.get("role") else None,
        aliases=aliases, holders=holders,
    )


def _yaml(name: str) -> Any:
    """Parsed YAML of a data file, with libyaml when present (the catalogue is long)."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return yaml.load(data_text(name), Loader=loader)


def _countries() -> list[ActorEntry]:
    """One actor per country of the gazetteer, with the demonyms of ``actors_countries.yaml``."""
    extra: dict[str, dict[str, Any]] = {str(r["country"]): r for r in _yaml("actors_countries.yaml") or ()}
    out = []
    for row in load_tsv("gazetteer.tsv"):
        if row["kind"] != "country":
            continue
        code = row["country"]
        more = extra.get(code, {})
        aliases: dict[str, tuple[str, ...]] = {}
        for lang in LANGS:
            names = [n for n in row[f"names_{lang}"].split("|") if n]
            names += [str(n) for n in more.get(lang) or () if str(n) not in names]
            aliases[lang] = tuple(names)
            if more.get(f"{lang}_adj"):
                aliases[f"{lang}_adj"] = tuple(str(a) for a in more[f"{lang}_adj"])
        out.append(ActorEntry(id=f"country:{code}", name=str(more.get("name") or row["name"]), kind="country",
                              country=code, role="state", aliases=aliases))
    return out


def _same_actor(core: ActorEntry, other: ActorEntry) -> bool:
    if core.kind != other.kind:
        return False
    if core.name.casefold() == other.name.casefold():
        return True
    names_core = {a.casefold() for a in core.aliases.get("en", ())}
    names_other = {a.casefold() for a in other.aliases.get("en", ())}
    return other.name.casefold() in names_core or core.name.casefold() in names_other


def _merge(core: ActorEntry, other: ActorEntry) -> ActorEntry:
    """``core`` widened by the aliases (and, if it has none, the holders) of ``other``."""
    aliases = dict(core.aliases)
    for key, names in other.aliases.items():
        aliases[key] = tuple(dict.fromkeys((*aliases.get(key, ()), *names)))
    return ActorEntry(core.id, core.name, core.kind, core.country or other.country, core.role or other.role,
                      aliases, core.holders or other.holders)


def _combine(core: list[ActorEntry], wide: list[ActorEntry]) -> tuple[list[ActorEntry], dict[str, str]]:
    """Core entries first (they keep their ids and names), each widened by its twin in ``wide``.

    Also returns the ids of ``wide`` entries merged into a core entry of another id, so that
    office holders and :meth:`ActorCatalog.get` still find them.
    """
    renamed: dict[str, str] = {}
    out = list(core)
    by_kind: dict[str, list[int]] = {}
    for i, entry in enumerate(out):
        by_kind.setdefault(entry.kind, []).append(i)
    ids = {e.id for e in out}
    position = {e.id: i for i, e in enumerate(out)}
    for entry in wide:
        twin = position.get(entry.id)
        if twin is None:
            twin = next((i for i in by_kind.get(entry.kind, ()) if _same_actor(out[i], entry)), None)
        if twin is not None:
            out[twin] = _merge(out[twin], entry)
            if out[twin].id != entry.id:
                renamed[entry.id] = out[twin].id
        elif entry.id not in ids:
            ids.add(entry.id)
            out.append(entry)
    out = [_rename_holders(e, renamed) for e in out]
    return out, renamed


def _rename_holders(entry: ActorEntry, renamed: dict[str, str]) -> ActorEntry:
    if not entry.holders or not any(h[0] in renamed for h in entry.holders):
        return entry
    holders = tuple((renamed.get(p, p), start, end) for p, start, end in entry.holders)
    return ActorEntry(entry.id, entry.name, entry.kind, entry.country, entry.role, entry.aliases, holders)


@cache
def load_actors() -> ActorCatalog:
    """The actor catalogue from the package data, once per process.

    ``actors_core.yaml`` (when present) holds entries the extraction stages are tuned on: they
    keep their ids and names; ``actors.yaml`` and the countries widen them (same id, same name,
    or one's English name among the other's English aliases) and add the rest.
    """
    try:
        core_raw: list[dict[str, Any]] = _yaml("actors_core.yaml") or []
    except FileNotFoundError:
        core_raw = []
    core = [_entry(r) for r in core_raw if isinstance(r, dict)]
    wide = [_entry(r) for r in _yaml("actors.yaml") or [] if isinstance(r, dict)]
    entries, renamed = _combine(core, wide + _countries())
    return ActorCatalog(entries, renamed)
