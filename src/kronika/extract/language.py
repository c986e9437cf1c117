"""Language of a document: fr, en, uk or ru.

Two steps. A cheap count first: the script (Cyrillic or Latin) picks the pair, then letters
and common words that only one language of the pair has (Ukrainian і ї є ґ and the apostrophe,
Russian ы э ъ ё; "що", "та", "від" against "что", "и", "от"; French accents and elisions
against English function words) decide when the evidence is plain. Only when it is not (a
short post, a headline without a telling letter) does lingua decide, restricted to the two
languages of the script; its models load on that first use, so a run over French and
English articles, or over long Cyrillic ones, never loads them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from kronika.extract import StageRun, stages
from kronika.extract.analysis import Analysis
from kronika.settings import ExtractSettings

LANGUAGES = ("fr", "en", "uk", "ru")

_NOISE = re.compile(r"https?://\S+|www\.\S+|\S+@\S+|@\w+|[#$]\w*[A-Za-z]\w*")
_CYRILLIC = re.compile(r"[а-яА-ЯіїєґІЇЄҐёЁ]")
_LATIN = re.compile(r"[a-zA-ZÀ-ÖØ-öø-ÿœŒ]")
_WORD = re.compile(r"[^\W\d_]+(?:['’ʼ][^\W\d_]+)*")


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_UK_LETTERS = re.compile(r"[іїєґІЇЄҐ]|(?<=[бпвмфрБПВМФР])['’ʼ](?=[яюєїЯЮЄЇ])")
_RU_LETTERS = re.compile(r"[ыэъёЫЭЪЁ]")
# Common words of one language that the other spells differently (or never uses alone).
_UK_WORDS = _words(
    "що та й як але або чи від під після його її їх він вона вони воно ми ви це цей ця ці цього "
    "цієї цих був була було були буде будуть може можуть також вже ще тому коли де тут лише тільки дуже "
    "щоб якщо ніж який яка яке які якого якої яких зокрема близько понад майже вчора сьогодні вночі нині "
    "раніше згодом протягом щодо проти поки навіть свій своє свої наші кожен жодного "
    "осіб рік року роки років мільйонів мільярдів області району міста місті країни "
    "заявив повідомив повідомила повідомили сказав зазначив додав збито збили "
    "атакували атакував загинули поранено поранені будинки будинок вибухи пожежа ворог ворожих"
)
_RU_WORDS = _words(
    "что и или но как от при после его ее её их он она они оно мы вы это этот эта эти этого "
    "был была было были будет будут может могут также уже еще ещё поэтому когда где здесь лишь только "
    "очень чтобы если чем который которая которое которые которого которой которых около "
    "более почти вчера сегодня ночью ныне ранее позже против пока даже себя свой свое свои "
    "наши каждый ни человек год года годы лет миллионов миллиардов "
    "области района города стране страны заявил сообщил сообщила сообщили сказал "
    "отметил добавил сбиты сбили атаковали атаковал погибли ранены пострадали дома дом взрывы "
    "пожар вражеских"
)
_UK_ENDINGS = re.compile(r"(?:ння|ття|ться|ють|ується|ував|увала|ували|ськ\w)$")
_RU_ENDINGS = re.compile(r"(?:ие|ия|ий\w?|ый|ые|ых|ым|ое|тся|ует|ование|ировал\w?)$")

_FR_WORDS = _words(
    "le la les des du de et est une un que qui dans pour sur avec par au aux ont été selon cette ce il elle "
    "ils elles ne pas plus mais ou où son sa ses leur leurs nous vous sont était après avant contre entre "
    "depuis lors sans sous vers chez aussi très encore déjà fait faire dont ainsi alors cela ces"
)
_EN_WORDS = _words(
    "the and of to in is was were that with for on by has have had said from at it its this these those "
    "which who whom whose are be been being will would could should after before against between since "
    "during without under over into than then there their they them he she his her we our you not but or "
    "also more most other some such only new says according"
)
_FR_MARKS = re.compile(r"[éèêëàâçùûîïôœÉÈÊÀÇŒ]|\b(?:[ldjnsc]|qu)['’](?=\w)", re.IGNORECASE)

# Below this many letters a text is "short": the count decides only when nothing contradicts it.
_SHORT = 160


@dataclass(frozen=True, slots=True)
class Guess:
    """The language chosen for a text, and how: "script" (letters), "counts" or "lingua"."""

    language: str
    method: str


def _counts(text: str, pair: tuple[str, str]) -> tuple[float, float]:
    """Evidence for each language of ``pair`` (("uk", "ru") or ("fr", "en")) in ``text``."""
    words = [w.lower() for w in _WORD.findall(text)]
    if pair == ("uk", "ru"):
        uk = 1.5 * len(_UK_LETTERS.findall(text))
        ru = 1.5 * len(_RU_LETTERS.findall(text))
        for w in words:
            if w in _UK_WORDS:
                uk += 2
            elif w in _RU_WORDS:
                ru += 2
            elif len(w) > 4:
                uk += 0.5 * bool(_UK_ENDINGS.search(w))
                ru += 0.5 * bool(_RU_ENDINGS.search(w))
        return uk, ru
    fr = 1.0 * len(_FR_MARKS.findall(text))
    en = 0.0
    for w in words:
        if w in _FR_WORDS:
            fr += 2
        elif w in _EN_WORDS:
            en += 2
    return fr, en


def _decisive(a: float, b: float, letters: int) -> bool:
    """Whether evidence ``a`` against ``b`` settles it without a model."""
    if letters < _SHORT:
        # A short post: only one-sided, repeated evidence ("Вибухи в Одесі" has two і, no ы).
        return b == 0 and a >= 4
    return a >= 6 and a >= 3 * b


@cache
def _detector(pair: tuple[str, str]) -> Any:
    from lingua import Language, LanguageDetectorBuilder

    names = {"fr": Language.FRENCH, "en": Language.ENGLISH, "uk": Language.UKRAINIAN, "ru": Language.RUSSIAN}
    return LanguageDetectorBuilder.from_languages(*(names[code] for code in pair)).build()


def _lingua(text: str, pair: tuple[str, str], prior: tuple[float, float]) -> str:
    """lingua's choice between the two languages of ``pair``, nudged by the letter-and-word counts."""
    values = {pair[0]: 0.0, pair[1]: 0.0}
    for confidence in _detector(pair).compute_language_confidence_values(text):
        code = confidence.language.iso_code_639_1.name.lower()
        if code in values:
            values[code] = float(confidence.value)
    # Each piece of evidence the counts found is worth a few points of lingua's confidence: on a
    # five-word headline lingua's trigram models are unsure, one "що" or "ы" is not.
    first = values[pair[0]] + 0.08 * prior[0]
    second = values[pair[1]] + 0.08 * prior[1]
    return pair[0] if first >= second else pair[1]


def guess(text: str) -> Guess:
    """The language of ``text`` among fr, en, uk and ru, and the step that settled it."""
    sample = _NOISE.sub(" ", text[:20000])
    cyrillic = len(_CYRILLIC.findall(sample))
    latin = len(_LATIN.findall(sample))
    if cyrillic == 0 and latin == 0:
        return Guess("en", "script")
    pair: tuple[str, str] = ("uk", "ru") if cyrillic > latin else ("fr", "en")
    letters = max(cyrillic, latin)
    a, b = _counts(sample, pair)
    if _decisive(a, b, letters):
        return Guess(pair[0], "counts")
    if _decisive(b, a, letters):
        return Guess(pair[1], "counts")
    return Guess(_lingua(sample[:2000], pair, (a, b)), "lingua")


def identify(text: str) -> str:
    """The language of ``text`` among fr, en, uk and ru."""
    return guess(text).language


@stages.register("language", assigns=("language",))
def language_stage(settings: ExtractSettings) -> StageRun:
    """Decide the document's language: the setting, the document's own, or identified from its body."""

    def run(analysis: Analysis) -> None:
        doc = analysis.document
        if settings.language != "auto":
            analysis.language = settings.language
        elif doc.language in LANGUAGES:
            analysis.language = doc.language
        else:
            analysis.language = identify(doc.body)

    return run


__all__ = ["LANGUAGES", "Guess", "guess", "identify"]
