"""Lemmas of Ukrainian and Russian words (pymorphy3), for stages that match on dictionary forms.

"Орловской области", "над Орловской областью" and "Орловская область" all lemmatise to
"орловский область"; "збито", "збили" and "збитих" to "збити". The stage stores one
``Token`` list per sentence in ``analysis.notes["tokens"]`` (read it with ``sentence_tokens``).
French and English documents are left alone, and pymorphy3 with its dictionaries loads only
when the first Ukrainian or Russian document is met.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from kronika.extract import StageRun, stages
from kronika.extract.analysis import Analysis, Sentence
from kronika.settings import ExtractSettings

LANGUAGES = ("uk", "ru")
NOTES_KEY = "tokens"
# Words with inner apostrophes (п'ять, ім'я) and hyphens (Іскандер-М, радіо-електронний) are one token.
_TOKEN = re.compile(r"[^\W\d_]+(?:['’ʼ-][^\W\d_]+)*|\d+(?:[.,]\d+)?", re.UNICODE)
_APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'"})


@dataclass(frozen=True, slots=True)
class Token:
    """One word of a sentence: offsets into the document, its text, lemma and part of speech."""

    start: int
    end: int
    text: str
    lemma: str
    pos: str | None


@cache
def analyzer(language: str) -> Any:
    """The pymorphy3 analyzer of ``language`` (uk or ru), loaded on first use."""
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang=language)


_PERSON_NAME = frozenset({"Name", "Surn", "Patr"})


@lru_cache(maxsize=200_000)
def _parse(word: str, language: str) -> tuple[str, str | None]:
    parses = analyzer(language).parse(word)
    if not parses:
        return word, None
    best = parses[0]
    if language == "uk":
        # The Ukrainian dictionary gives every parse the same score and often lists a first name
        # or surname first ("Києві" → Кий, "Львові" → Львов): a thing's name wins over a person's.
        things = [p for p in parses if p.tag.POS == "NOUN" and "inan" in p.tag and not (_PERSON_NAME & p.tag.grammemes)]
        if things and _PERSON_NAME & best.tag.grammemes:
            best = things[0]
    return str(best.normal_form), (str(best.tag.POS) if best.tag.POS else None)


def lemma(word: str, language: str) -> str:
    """The dictionary form of ``word`` in lower case (the word itself, lower-cased, outside uk/ru)."""
    low = word.lower().translate(_APOSTROPHES)
    if language not in LANGUAGES or not low or low[0].isdigit():
        return low
    return _parse(low, language)[0]


def tokens(text: str, language: str, offset: int = 0) -> list[Token]:
    """The words of ``text`` with their lemmas; offsets are shifted by ``offset``."""
    out: list[Token] = []
    for m in _TOKEN.finditer(text):
        word = m.group(0)
        low = word.lower().translate(_APOSTROPHES)
        if language in LANGUAGES and not low[0].isdigit():
            base, pos = _parse(low, language)
        else:
            base, pos = low, ("NUMB" if low[0].isdigit() else None)
        out.append(Token(offset + m.start(), offset + m.end(), word, base, pos))
    return out


def lemmatize(text: str, language: str) -> str:
    """``text`` as its lemmas joined by single spaces ("над Орловской областью" → "над орловский область")."""
    return " ".join(t.lemma for t in tokens(text, language))


def sentence_tokens(analysis: Analysis, sentence: Sentence) -> list[Token]:
    """The tokens the morphology stage stored for ``sentence`` (empty when it did not run)."""
    stored: dict[int, list[Token]] = analysis.notes.get(NOTES_KEY) or {}
    return stored.get(sentence.index, [])


@stages.register("morphology", requires=("sentences",), assigns=("lemmas",))
def morphology_stage(settings: ExtractSettings) -> StageRun:
    """Lemmatise the words of Ukrainian and Russian sentences (pymorphy3); others are skipped."""

    def run(analysis: Analysis) -> None:
        if analysis.language not in LANGUAGES:
            return
        analysis.notes[NOTES_KEY] = {
            s.index: tokens(s.text, analysis.language, s.start) for s in analysis.sentences
        }

    return run


__all__ = ["LANGUAGES", "Token", "analyzer", "lemma", "lemmatize", "sentence_tokens", "tokens"]
