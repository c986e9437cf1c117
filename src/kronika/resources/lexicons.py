"""Cue words per language (triggers, hedges, units, dates), compiled once per language."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from kronika.resources import load_yaml

LANGUAGES = ("fr", "en", "uk", "ru")
_WORD_START = r"(?<![\w])"
_WORD_END = r"(?:(?<=['’])|(?![\w]))"


def alternation(patterns: list[str] | tuple[str, ...]) -> str:
    """One regex alternative group over ``patterns``, longest first, on whole words."""
    ordered = sorted(patterns, key=len, reverse=True)
    return _WORD_START + "(?:" + "|".join(ordered) + ")" + _WORD_END


def group(patterns: list[str] | tuple[str, ...]) -> str:
    """``patterns`` as one non-capturing group in their given order, with no word boundaries added
    (for a caller's own frame: a prefix, a lookahead, an anchor); a never-matching group when empty."""
    if not patterns:
        return r"(?!x)x"
    return "(?:" + "|".join(patterns) + ")"


def compile_words(patterns: list[str] | tuple[str, ...], flags: int = re.IGNORECASE) -> re.Pattern[str]:
    """A compiled whole-word regex matching any of ``patterns`` (a never-matching one when empty)."""
    if not patterns:
        return re.compile(r"(?!x)x")
    return re.compile(alternation(patterns), flags)


@dataclass(frozen=True)
class Lexicon:
    """The compiled cue words of one language."""

    language: str
    raw: dict[str, Any]
    triggers: tuple[tuple[str, re.Pattern[str]], ...]
    weapons: tuple[tuple[str, re.Pattern[str]], ...]
    subtypes: dict[str, tuple[tuple[str, re.Pattern[str]], ...]]
    units: tuple[tuple[str, re.Pattern[str]], ...]
    bounds: tuple[tuple[str, re.Pattern[str]], ...]
    cues: dict[str, re.Pattern[str]]

    def words(self, key: str) -> list[str]:
        """The raw pattern list under ``key`` (empty when absent)."""
        value = self.raw.get(key) or []
        return list(value)

    def group(self, key: str) -> str:
        """The patterns under ``key`` as one group in file order (see :func:`group`)."""
        return group(self.words(key))

    def table(self, key: str) -> dict[str, Any]:
        """The raw mapping under ``key`` (empty when absent)."""
        value = self.raw.get(key) or {}
        return dict(value)


_CUE_KEYS = (
    "cyber_context",
    "uncounted_nouns",
    "total_cues",
    "weapon_nouns",
    "suppress_before",
    "causal_after",
    "hedges",
    "denials",
    "hypothetical",
    "negation",
    "reporting_verbs",
    "source_preps",
    "speech_preps",
    "channel_phrases",
    "party_nouns",
    "back_reference",
    "anaphoric_sources",
    "authorities",
    "impersonal_reporting",
    "time_clauses",
    "origin_preps",
    "threat_actor_verbs",
)


@cache
def load_lexicon(language: str) -> Lexicon:
    """The compiled lexicon of ``language`` (fr, en, uk, ru); cached."""
    raw: dict[str, Any] = load_yaml(f"lexicons/{language}.yaml")
    triggers = tuple((t, compile_words(p)) for t, p in (raw.get("triggers") or {}).items())
    weapons = tuple((w, compile_words(p)) for w, p in (raw.get("weapons") or {}).items())
    subtypes = {
        key[: -len("_subtypes")]: tuple((s, compile_words(p)) for s, p in (value or {}).items())
        for key, value in raw.items()
        if key.endswith("_subtypes")
    }
    units = tuple((u, compile_words(p)) for u, p in (raw.get("units") or {}).items())
    bounds = tuple((b, compile_words(p)) for b, p in (raw.get("bounds") or {}).items())
    cues = {key: compile_words(raw.get(key) or []) for key in _CUE_KEYS}
    return Lexicon(language, raw, triggers, weapons, subtypes, units, bounds, cues)
