"""The actor catalogue: people, offices, institutions, units, threat actors, outlets, countries.

Aliases in French, English, Ukrainian and Russian resolve to one stable id and canonical English
name. An alias ending in ``*`` matches any word ending (Ukrainian and Russian inflection:
``Путін*`` finds "Путіна", "Путіну"); an alias written in capitals only ("TASS", "SBU") matches
only in capitals. Offices ("le président américain", "Moscow Mayor") resolve to the person in
office on the article's date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from typing import Any

from kronika.resources import load_yaml

_APOSTROPHES = "'’ʼ"
_LEFT = r"(?<![\w])"
_RIGHT = r"(?![\w])"


@dataclass(frozen=True, slots=True)
class ActorEntry:
    """One actor of the catalogue."""

    id: str
    name: str
    kind: str
    country: str | None
    role: str | None
    aliases: dict[str, tuple[str, ...]] = field(default_factory=dict)
    holders: tuple[tuple[str, str | None, str | None], ...] = ()

    def holder_on(self, when: date | None) -> str | None:
        """The id of the person holding this office on ``when`` (the latest holder when undated)."""
        if not self.holders:
            return None
        if when is None:
            return self.holders[-1][0]
        for person, start, end in self.holders:
            if (start is None or date.fromisoformat(start) <= when) and (end is None or when <= date.fromisoformat(end)):
                return person
        return None


@dataclass(frozen=True, slots=True)
class ActorMention:
    """An actor found in a text, with the office it was named by, if any."""

    start: int
    end: int
    text: str
    entry: ActorEntry
    via_office: str | None = None
    adjective: bool = False


def _alias_pattern(alias: str) -> str:
    stem = alias.endswith("*")
    body = alias.rstrip("*")
    parts = []
    # A name written with a capital needs its capital in the text too ("Le Monde", not "tout le monde").
    if body[:1].isupper():
        parts.append(f"(?-i:{re.escape(body[0])})")
        body = body[1:]
    for ch in body:
        if ch in _APOSTROPHES:
            parts.append(f"[{_APOSTROPHES}]")
        elif ch == " ":
            parts.append(r"\s+")
        elif ch == "*":
            parts.append(r"\w*")
        else:
            parts.append(re.escape(ch))
    out = "".join(parts)
    if stem:
        out += r"\w*"
    elif re.search(r"[A-Za-zÀ-ÿ]$", body):
        out += r"(?:['’]s)?"
    return out


def _case_sensitive(alias: str) -> bool:
    letters = [c for c in alias if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters) and len(letters) <= 6


class ActorCatalog:
    """Alias lookup over the catalogue, compiled once per language."""

    def __init__(self, entries: list[ActorEntry], adjectives: dict[str, dict[str, tuple[str, ...]]]) -> None:
        self._entries = {e.id: e for e in entries}
        self._adjectives = adjectives
        self._compiled: dict[str, tuple[re.Pattern[str], re.Pattern[str], list[tuple[str, str, bool]]]] = {}

    def get(self, id: str) -> ActorEntry | None:
        """The entry with this id."""
        return self._entries.get(id)

    def entries(self) -> list[ActorEntry]:
        """Every entry."""
        return list(self._entries.values())

    def _compile(self, lang: str) -> tuple[re.Pattern[str], re.Pattern[str], list[tuple[str, str, bool]]]:
        if lang in self._compiled:
            return self._compiled[lang]
        table: list[tuple[str, str, bool]] = []
        for entry in self._entries.values():
            names = set(entry.aliases.get(lang, ())) | set(entry.aliases.get("en", ()))
            for alias in names:
                table.append((alias, entry.id, False))
            for adj in self._adjectives.get(entry.id, {}).get(lang, ()):
                table.append((adj, entry.id, True))
        table.sort(key=lambda t: len(t[0].rstrip("*")), reverse=True)
        insensitive = [f"(?P<a{i}>{_alias_pattern(a)})" for i, (a, _, _) in enumerate(table) if not _case_sensitive(a)]
        sensitive = [f"(?P<a{i}>{_alias_pattern(a)})" for i, (a, _, _) in enumerate(table) if _case_sensitive(a)]
        prefix = r"(?:(?<=\b[lLdD][’'])|" + _LEFT + ")"
        ci = re.compile(prefix + "(?:" + ("|".join(insensitive) or "(?!x)x") + ")" + _RIGHT, re.IGNORECASE)
        cs = re.compile(prefix + "(?:" + ("|".join(sensitive) or "(?!x)x") + ")" + _RIGHT)
        self._compiled[lang] = (ci, cs, table)
        return self._compiled[lang]

    def find(self, text: str, lang: str, on: date | None = None) -> list[ActorMention]:
        """Actor mentions in ``text``: non-overlapping, longest first, sorted by position."""
        ci, cs, table = self._compile(lang)
        hits: list[tuple[int, int, int]] = []
        for pattern in (ci, cs):
            for m in pattern.finditer(text):
                index = int((m.lastgroup or "a0")[1:])
                hits.append((m.start(), m.end(), index))
        hits.sort(key=lambda h: (h[0], -(h[1] - h[0])))
        out: list[ActorMention] = []
        last_end = -1
        for start, end, index in hits:
            if start < last_end:
                continue
            _alias, entry_id, adjective = table[index]
            entry = self._entries[entry_id]
            via_office = None
            if entry.kind == "office":
                holder = self._entries.get(entry.holder_on(on) or "")
                if holder is None:
                    continue
                via_office, entry = entry.id, holder
            out.append(ActorMention(start, end, text[start:end], entry, via_office, adjective))
            last_end = end
        return out

    def lookup(self, name: str, lang: str | None = None, on: date | None = None) -> list[ActorEntry]:
        """Entries that ``name`` (a whole alias) stands for."""
        langs = [lang] if lang else ["en", "fr", "uk", "ru"]
        found: list[ActorEntry] = []
        for code in langs:
            for m in self.find(name, code, on):
                if m.start == 0 and m.end == len(name.strip()) and m.entry not in found:
                    found.append(m.entry)
        return found


def _entry(raw: dict[str, Any]) -> ActorEntry:
    aliases = {lang: tuple(str(a) for a in names or ()) for lang, names in (raw.get("aliases") or {}).items()}
    holders = tuple(
        (str(h[0]), str(h[1]) if h[1] else None, str(h[2]) if h[2] else None) for h in raw.get("holders") or ()
    )
    return ActorEntry(str(raw["id"]), str(raw["name"]), str(raw["kind"]), raw.get("country"), raw.get("role"),
                      aliases, holders)


def _normalise(raw: dict[str, Any]) -> dict[str, Any]:
    """Accept both layouts: aliases under ``aliases:`` or as top-level ``en:``/``fr:``/``uk:``/``ru:`` keys."""
    if "aliases" not in raw:
        raw = {**raw, "aliases": {lang: raw[lang] for lang in ("en", "fr", "uk", "ru") if raw.get(lang)}}
    return raw


@cache
def load_actors() -> ActorCatalog:
    """The actor catalogue from ``resources/data/actors_core.yaml`` and ``actors.yaml``, cached.

    The core file wins where both hold the same id; entries of ``actors.yaml`` widen the coverage.
    """
    raw: list[dict[str, Any]] = [_normalise(r) for r in load_yaml("actors_core.yaml")]
    seen = {str(r["id"]) for r in raw}
    try:
        extra = load_yaml("actors.yaml") or []
    except Exception:  # a broken optional file must not stop extraction
        extra = []
    raw += [_normalise(r) for r in extra if isinstance(r, dict) and str(r.get("id")) not in seen]
    entries = [_entry(r) for r in raw]
    adjectives = {
        str(r["id"]): {lang: tuple(str(a) for a in v) for lang, v in (r.get("adjectives") or {}).items()}
        for r in raw if r.get("adjectives")
    }
    return ActorCatalog(entries, adjectives)
