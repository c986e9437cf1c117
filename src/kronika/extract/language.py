"""Language of a document: fr, en, uk or ru."""

from __future__ import annotations

import re

from kronika.extract import StageRun, stages
from kronika.extract.analysis import Analysis
from kronika.settings import ExtractSettings

_UK_ONLY = re.compile(r"[іїєґІЇЄҐ]")
_RU_ONLY = re.compile(r"[ыэъёЫЭЪЁ]")
_CYRILLIC = re.compile(r"[а-яА-ЯіїєґІЇЄҐёЁ]")
_LATIN = re.compile(r"[a-zA-ZÀ-ÿ]")
_FR_WORDS = re.compile(
    r"\b(?:le|la|les|des|du|de|et|est|une|un|que|qui|dans|pour|sur|avec|par|au|aux|ont|a été|selon|cette|ce|il|elle)\b",
    re.IGNORECASE,
)
_EN_WORDS = re.compile(
    r"\b(?:the|and|of|to|in|is|was|were|that|with|for|on|by|has|have|said|from|at|it|its|this)\b",
    re.IGNORECASE,
)


def identify(text: str) -> str:
    """The language of ``text`` among fr, en, uk and ru, from its script and commonest words."""
    sample = text[:20000]
    cyrillic = len(_CYRILLIC.findall(sample))
    latin = len(_LATIN.findall(sample))
    if cyrillic > latin:
        uk, ru = len(_UK_ONLY.findall(sample)), len(_RU_ONLY.findall(sample))
        return "uk" if uk > ru else "ru"
    fr, en = len(_FR_WORDS.findall(sample)), len(_EN_WORDS.findall(sample))
    return "fr" if fr > en else "en"


@stages.register("language", assigns=("language",))
def language_stage(settings: ExtractSettings) -> StageRun:
    """Decide the document's language: the setting, the document's own, or identified from its body."""

    def run(analysis: Analysis) -> None:
        doc = analysis.document
        if settings.language != "auto":
            analysis.language = settings.language
        elif doc.language in ("fr", "en", "uk", "ru"):
            analysis.language = doc.language
        else:
            analysis.language = identify(doc.body)

    return run


__all__ = ["identify"]
