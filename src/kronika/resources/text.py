"""Name matching shared by the gazetteer and the actor catalogue.

Three pieces:

* :func:`prepare` maps look-alike characters one to one (typographic apostrophes, ``ё``,
  no-break spaces), so offsets into the prepared text are offsets into the original;
* :func:`case_forms` spells a Ukrainian or Russian name in its case forms (``Москва`` →
  ``Москвы``, ``Москве`` …; ``Курская область`` → ``Курской областях`` …) from a table of
  endings: it over-generates on purpose, since a form that no text uses costs nothing;
* :class:`PhraseIndex` finds many-word names in a text by their first word, longest name
  first, with a case rule per name (``any``, ``cap``: capitalised words must be capitalised
  in the text, ``exact``: acronyms such as ``AP`` or ``US``).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from functools import lru_cache
from itertools import product
from typing import Generic, Literal, TypeVar

T = TypeVar("T")
CaseRule = Literal["any", "cap", "exact"]

# one-to-one replacements only: offsets must survive
_CHAR_MAP = str.maketrans({
    "’": "'", "ʼ": "'", "‘": "'", "`": "'", "´": "'", "ʻ": "'",
    "ё": "е", "Ё": "Е", "\u00a0": " ", "\u202f": " ", "\u2011": "-",
})
TOKEN_RE = re.compile(r"\w+")
_WORD_RE = re.compile(r"[^\W\d_]+")
_SPACED_RE = re.compile(r"[^\W\d_]+(?: [^\W\d_]+)+")
_NO_FREE: frozenset[int] = frozenset()
_FREE_FIRST: frozenset[int] = frozenset({0})
_QUOTES = str.maketrans("", "", "«»\"“”„")


def prepare(text: str) -> str:
    """The text with look-alike characters unified, same length and offsets."""
    return text.translate(_CHAR_MAP)


def _latin_fold_table() -> dict[int, str]:
    table = {ord("ё"): "е"}
    for code in range(0xC0, 0x250):
        ch = chr(code)
        base = "".join(c for c in unicodedata.normalize("NFD", ch) if not unicodedata.combining(c))
        if base != ch:
            table[code] = base
    return table


_FOLD = _latin_fold_table()


def token_key(token: str) -> str:
    """The matching key of one word: lower case; Latin letters without accents; ``ё`` as ``е``."""
    low = token.lower()
    return low if low.isascii() else low.translate(_FOLD)


def normalize_gap(gap: str) -> str:
    """What separates two words, reduced: ``" "`` for blanks, hyphens and quotes; else the mark."""
    if not gap:
        return ""
    if "\n\n" in gap:
        return "\n\n"
    stripped = gap.translate(_QUOTES).strip()
    if stripped in ("", "-", "–"):
        return " "
    return stripped.replace(" ", "")


def split_words(name: str) -> tuple[list[str], list[str]]:
    """The words of a name and the reduced gaps between them."""
    name = prepare(name)
    spans = [(m.start(), m.end()) for m in TOKEN_RE.finditer(name)]
    words = [name[s:e] for s, e in spans]
    gaps = [normalize_gap(name[spans[i][1]:spans[i + 1][0]]) for i in range(len(spans) - 1)]
    return words, gaps


def fold(text: str) -> str:
    """A whole string as matching keys joined by single spaces (for look-ups by name)."""
    words, _ = split_words(text)
    return " ".join(token_key(w) for w in words)


# --------------------------------------------------------------------------------------
# Ukrainian and Russian case forms

# Nouns that qualify a place; their forms are listed rather than derived.
QUALIFIER_FORMS: dict[str, tuple[str, ...]] = {
    "область": ("область", "области", "области", "областью", "областей", "областям", "областями",
                "областях", "області", "областю"),
    "обл": ("обл",),
    "край": ("край", "края", "краю", "краем", "крае", "краях", "краев", "краї", "краєм", "країв"),
    "республика": ("республика", "республики", "республике", "республику", "республикой"),
    "республіка": ("республіка", "республіки", "республіці", "республіку", "республікою"),
    "округ": ("округ", "округа", "округе", "округу", "округом", "округі"),
    "аэропорт": ("аэропорт", "аэропорта", "аэропорту", "аэропортом", "аэропорте"),
    "аеропорт": ("аеропорт", "аеропорту", "аеропорті", "аеропортом", "аеропорта"),
    "аэродром": ("аэродром", "аэродрома", "аэродрому", "аэродромом", "аэродроме"),
    "аеродром": ("аеродром", "аеродрому", "аеродромі", "аеродромом", "аеродрома"),
    "авиабаза": ("авиабаза", "авиабазы", "авиабазе", "авиабазу", "авиабазой"),
    "авіабаза": ("авіабаза", "авіабази", "авіабазі", "авіабазу", "авіабазою"),
    "регион": ("регион", "региона", "региону", "регионом", "регионе", "регионах", "регионов", "регионы"),
    "регіон": ("регіон", "регіону", "регіоні", "регіоном", "регіонах", "регіонів", "регіони"),
}

_VOWELS = set("аеиоуыэюяіїєё")
_RU_ADJ = ("ий", "ый", "ой", "ая", "яя", "ое", "ее", "ие", "ые")
_UK_ADJ = ("ий", "ій", "ська", "цька", "зька", "ське", "цьке", "зьке", "ські", "цькі")
_ADJ_ENDS: dict[str, tuple[tuple[str, tuple[str, ...]], ...]] = {
    "ru": (
        ("ий", ("ий", "ого", "ому", "им", "ом", "его", "ему", "ем")),
        ("ый", ("ый", "ого", "ому", "ым", "ом")),
        ("ой", ("ой", "ого", "ому", "ым", "ом")),
        ("ая", ("ая", "ой", "ую", "ою")),
        ("яя", ("яя", "ей", "юю")),
        ("ое", ("ое", "ого", "ому", "ым", "ом")),
        ("ее", ("ее", "его", "ему", "им", "ем")),
        ("ие", ("ие", "их", "им", "ими")),
        ("ые", ("ые", "ых", "ым", "ыми")),
    ),
    "uk": (
        ("ий", ("ий", "ого", "ому", "им", "ім")),
        ("ій", ("ій", "ього", "ьому", "ім")),
        ("а", ("а", "ої", "ій", "у", "ою")),
        ("я", ("я", "ьої", "ій", "ю", "ьою")),
        ("е", ("е", "ого", "ому", "им", "ім")),
        ("і", ("і", "их", "им", "ими")),
    ),
}
_NOUN_ENDS: dict[str, dict[str, tuple[str, ...]]] = {
    "ru": {
        "": ("", "а", "у", "е", "ом", "ым"),
        "ь": ("ь", "и", "ью", "я", "ю", "е", "ем"),
        "й": ("й", "я", "ю", "е", "ем"),
        "а": ("а", "ы", "и", "е", "у", "ой", "ою", "ей"),
        "я": ("я", "и", "е", "ю", "ей", "ею"),
        "о": ("о", "а", "у", "е", "ом"),
        "е": ("е", "я", "ю", "ем", "а", "у", "ом"),
        "ы": ("ы", "", "ов", "ам", "ами", "ах"),
        "и": ("и", "", "ей", "ов", "ам", "ами", "ах", "ям", "ях"),
    },
    "uk": {
        "": ("", "а", "у", "і", "ом", "ові", "ем"),
        "ь": ("ь", "я", "ю", "і", "ем", "ею", "і"),
        "й": ("й", "я", "ю", "ї", "єм"),
        "а": ("а", "и", "і", "у", "ою", "ею", "ої", "ій"),
        "я": ("я", "і", "ї", "ю", "ею", "єю", "ям"),
        "о": ("о", "а", "у", "і", "ом", "ові"),
        "е": ("е", "ого", "ому", "им", "ім", "я", "ю", "ем"),
        "и": ("и", "", "ів", "ам", "ами", "ах"),
        "і": ("і", "ів", "ям", "ями", "ях", ""),
    },
}


def _uk_alternates(stem: str) -> list[str]:
    """Ukrainian stems where a closing-syllable ``і``/``ї`` opens to ``о``/``є`` (Харків → Харкова)."""
    low = stem.lower()
    for i in range(len(low) - 1, -1, -1):
        if low[i] in _VOWELS:
            if low[i] == "і" and i < len(low) - 1:
                return [stem, stem[:i] + ("О" if stem[i].isupper() else "о") + stem[i + 1 :]]
            if low[i] == "ї" and i < len(low) - 1:
                return [stem, stem[:i] + "є" + stem[i + 1 :]]
            return [stem]
    return [stem]


def _noun_forms(word: str, lang: str) -> set[str]:
    low = word.lower()
    table = _NOUN_ENDS[lang]
    last = low[-1]
    if last in table:
        stems, ends = [word[:-1]], table[last]
    elif last in _VOWELS or not last.isalpha():
        return {word}
    else:
        stems, ends = [word], table[""]
    if lang == "uk":
        stems = [alt for stem in stems for alt in _uk_alternates(stem)]
        if low.endswith("ець"):
            stems.append(word[:-3] + "ьц")
    else:
        if low.endswith("ел") and len(low) > 3:
            stems.append(word[:-2] + "л")  # Орел → Орла
        if low.endswith("ец") and len(low) > 3:
            stems += [word[:-2] + "ц", word[:-2] + "ьц"]  # Елец → Ельца
            ends = (*ends, "я", "ю", "ем")
        if low.endswith("ок") and len(low) > 4:
            stems.append(word[:-2] + "к")
    return {stem + end for stem in stems for end in ends} | {word}


def _adjective_forms(word: str, lang: str) -> set[str] | None:
    low = word.lower()
    for end, forms in _ADJ_ENDS[lang]:
        if low.endswith(end) and len(low) > len(end) + 2:
            stem = word[: len(word) - len(end)]
            return {stem + f for f in forms}
    return None


def _is_adjective(word: str, lang: str, final: bool) -> bool:
    low = word.lower()
    if lang == "ru":
        return low.endswith(_RU_ADJ) and len(low) > 4
    if low.endswith(_UK_ADJ) and len(low) > 4:
        return True
    return not final and low.endswith(("а", "е", "і", "ий", "ій")) and len(low) > 3


@lru_cache(maxsize=50_000)
def word_forms(word: str, lang: str, final: bool = True) -> frozenset[str]:
    """The case forms of one word of a name (``lang`` is ``"uk"`` or ``"ru"``)."""
    low = word.lower()
    if low in QUALIFIER_FORMS:
        return frozenset(QUALIFIER_FORMS[low])
    if word.count("-") > 1 and "-на-" not in word.lower():
        return frozenset({word})  # Сан-Томе-і-Принсіпі and the like: left as they are
    if "-" in word:
        head, _, rest = word.partition("-")
        if rest.lower().startswith(("на-", "он-")):  # Ростов-на-Дону: only the head declines
            return frozenset(f"{f}-{rest}" for f in word_forms(head, lang, True))
        tails = word_forms(rest, lang, final)
        heads = {head} if head.lower().endswith(("о", "е")) else set(word_forms(head, lang, final))
        return frozenset(f"{h}-{t}" for h in heads for t in tails)
    if word.isupper() or len(low) < 3:
        return frozenset({word})
    forms = set()
    if _is_adjective(word, lang, final):
        forms |= _adjective_forms(word, lang) or {word}
        if lang == "ru" and low.endswith("ой"):
            forms |= _noun_forms(word, lang)  # Джанкой is a noun
    else:
        forms |= _noun_forms(word, lang)
    return frozenset(forms)


@lru_cache(maxsize=50_000)
def case_forms(name: str, lang: str) -> frozenset[str]:
    """All case forms of a Ukrainian or Russian name, the name included."""
    words = name.split(" ")
    if len(words) == 1:
        return word_forms(name, lang, True)
    if len(words) > 2:  # only the last word declines: enough for "… автономный округ" and rare
        head = " ".join(words[:-1])
        return frozenset(f"{head} {f}" for f in word_forms(words[-1], lang, True))
    per_word = [word_forms(w, lang, i == len(words) - 1) for i, w in enumerate(words)]
    return frozenset(" ".join(p) for p in product(*per_word))


def _common_prefix(words: Iterable[str]) -> str:
    """The longest string every one of ``words`` starts with."""
    ordered = sorted(words)
    if not ordered:
        return ""
    first, last = ordered[0], ordered[-1]
    size = 0
    while size < min(len(first), len(last)) and first[size] == last[size]:
        size += 1
    return first[:size]


def as_pattern(forms: Iterable[str]) -> Pattern:
    """The stem shared by some forms of a word, and the endings that complete it (keys)."""
    keys = {token_key(f) for f in forms}
    stem = _common_prefix(keys)
    return stem, frozenset(k[len(stem) :] for k in keys)


_UK_LETTERS = re.compile("[ієїґІЄЇҐ]")
_RU_LETTERS = re.compile("[ыэъёЫЭЪЁ]")


def cyrillic_language(name: str) -> tuple[str, ...]:
    """Which of ``uk``/``ru`` a Cyrillic name can be, by its letters."""
    if _UK_LETTERS.search(name):
        return ("uk",)
    if _RU_LETTERS.search(name):
        return ("ru",)
    return ("uk", "ru")


@lru_cache(maxsize=50_000)
def word_pattern(word: str, langs: tuple[str, ...], final: bool = True) -> Pattern:
    """One word of a Ukrainian/Russian name as a stem and the endings of its case forms."""
    keys = {f.lower().replace("ё", "е") for lang in langs for f in word_forms(word, lang, final)}
    stem = _common_prefix(keys)
    return stem, frozenset(k[len(stem) :] for k in keys)


# --------------------------------------------------------------------------------------
# phrase matching


@dataclass(frozen=True, slots=True)
class PhraseMatch(Generic[T]):
    """A name found in a text: characters ``[start, end)``, words ``[first, last)``, what it names."""

    start: int
    end: int
    first: int
    last: int
    payloads: tuple[T, ...]


# a word of a name: its key's stem and the endings it may take ("" for the word as is,
# "*" for any ending of up to _MAX_WILD letters)
Pattern = tuple[str, frozenset[str]]
_AS_IS = frozenset({""})
ANY_ENDING = frozenset({"*"})
_MAX_WILD = 8


def _ends_ok(key: str, stem: str, ends: frozenset[str]) -> bool:
    if not key.startswith(stem):
        return False
    end = key[len(stem) :]
    return end in ends or ("*" in ends and len(end) <= _MAX_WILD)


@dataclass(slots=True)
class _Phrase(Generic[T]):
    first: Pattern
    rest: tuple[Pattern, ...]
    gaps: tuple[str, ...]
    variants: list[tuple[T, CaseRule, tuple[str, ...], frozenset[int]]]
    size: int = 1


_Variant = tuple[T, CaseRule, tuple[str, ...], frozenset[int]]


class PhraseIndex(Generic[T]):
    """Names of one or more words, found by the stem of their first word; the longest wins.

    A word of a name is a stem and the endings it may take, so that the case forms of a
    Ukrainian or Russian name cost one entry, not twenty.
    """

    def __init__(self) -> None:
        self._first: dict[str, list[_Phrase[T]]] = {}
        self._wild: dict[str, list[_Phrase[T]]] = {}
        self._phrases: dict[tuple[Pattern, tuple[Pattern, ...], tuple[str, ...]], _Phrase[T]] = {}
        self._max_end = 0
        self._sorted = True
        self._cache: dict[str, tuple[_Phrase[T], ...]] = {}
        self._by_next: dict[str, dict[str, tuple[_Phrase[T], ...]]] = {}

    def __len__(self) -> int:
        return len(self._phrases)

    def add(self, name: str, payload: T, case: CaseRule = "cap", loose: AbstractSet[str] = frozenset()) -> bool:
        """Index ``name`` as written; words whose key is in ``loose`` escape the case rule.

        Returns False (and indexes nothing) when the name has no word.
        """
        if _SPACED_RE.fullmatch(name) or _WORD_RE.fullmatch(name):
            words = name.translate(_CHAR_MAP).split(" ")
            gaps = [" "] * (len(words) - 1)
        else:
            words, gaps = split_words(name)
        if not words:
            return False
        keys = [token_key(w) for w in words]
        return self.add_pattern(words, [(k, _AS_IS) for k in keys], gaps, payload, case, loose)

    def add_pattern(
        self,
        words: Sequence[str],
        patterns: Sequence[Pattern],
        gaps: Sequence[str],
        payload: T,
        case: CaseRule = "cap",
        loose: AbstractSet[str] = frozenset(),
    ) -> bool:
        """Index a name given as one pattern (stem, endings) per word.

        ``words`` are the name's words as written (they serve the case rule).
        """
        free = frozenset(i for i, p in enumerate(patterns) if p[0] in loose) if loose else _NO_FREE
        gap_tuple = tuple(gaps)
        rest = tuple(patterns[1:])
        ident = (patterns[0], rest, gap_tuple)
        phrase = self._phrases.get(ident)
        if phrase is None:
            phrase = _Phrase(patterns[0], rest, gap_tuple, [], len(patterns))
            self._phrases[ident] = phrase
            if self._cache:
                self._cache.clear()
                self._by_next.clear()
            first_stem, first_ends = patterns[0]
            if "*" in first_ends:
                self._wild.setdefault(first_stem, []).append(phrase)
            else:
                self._first.setdefault(first_stem, []).append(phrase)
                longest = max(map(len, first_ends))
                if longest > self._max_end:
                    self._max_end = longest
            self._sorted = False
        variant = (payload, case, tuple(words), free)
        if variant not in phrase.variants:
            phrase.variants.append(variant)
        return True

    def _sort(self) -> None:
        if not self._sorted:
            for table in (self._first, self._wild):
                for phrases in table.values():
                    phrases.sort(key=lambda p: -p.size)
            self._sorted = True

    def _starting(self, key: str) -> tuple[_Phrase[T], ...]:
        """Phrases whose first word can be ``key``, longest first (remembered per key)."""
        found = self._cache.get(key)
        if found is None:
            if len(self._cache) > 100_000:
                self._cache.clear()
                self._by_next.clear()
            found = self._cache[key] = tuple(self._search(key))
        return found

    def _candidates(self, key: str, following: str) -> tuple[_Phrase[T], ...]:
        """Phrases that can start at ``key`` when the next word is ``following`` (its first letter
        must open the phrase's second word), longest first."""
        buckets = self._by_next.get(key)
        if buckets is None:
            phrases = self._starting(key)
            grouped: dict[str, list[_Phrase[T]]] = {}
            loose = [p for p in phrases if p.size == 1 or not p.rest[0][0]]
            for p in phrases:
                if p.size > 1 and p.rest[0][0]:
                    grouped.setdefault(p.rest[0][0][0], []).append(p)
            buckets = {letter: tuple(sorted((*group, *loose), key=lambda p: -p.size))
                       for letter, group in grouped.items()}
            buckets[""] = tuple(loose)
            self._by_next[key] = buckets
        return buckets.get(following[:1]) or buckets[""]

    def _search(self, key: str) -> list[_Phrase[T]]:
        first = self._first
        found = list(first.get(key, ()))
        if found:
            found = [p for p in found if "" in p.first[1]]
        if not key.isascii():
            for cut in range(1, min(self._max_end, len(key) - 1) + 1):
                for p in first.get(key[:-cut], ()):
                    if key[-cut:] in p.first[1]:
                        found.append(p)
        if self._wild:
            for cut in range(min(_MAX_WILD, len(key) - 1) + 1):
                found.extend(self._wild.get(key[: len(key) - cut], ()))
        if len(found) > 1:
            found.sort(key=lambda p: -p.size)
        return found

    def lookup(self, name: str) -> list[T]:
        """Payloads indexed under ``name`` (in any of its forms), whatever its case."""
        self._sort()
        words, _ = split_words(name)
        keys = [token_key(w) for w in words]
        if not keys:
            return []
        out: list[T] = []
        for phrase in self._starting(keys[0]):
            if phrase.size == len(keys) and all(
                _ends_ok(k, stem, ends) for k, (stem, ends) in zip(keys[1:], phrase.rest, strict=True)
            ):
                out.extend(v[0] for v in phrase.variants if v[0] not in out)
        return out

    def scan(self, text: str) -> list[PhraseMatch[T]]:
        """Names in ``text`` (prepared with :func:`prepare`), left to right, not overlapping."""
        self._sort()
        spans = [(m.start(), m.end()) for m in TOKEN_RE.finditer(text)]
        words = [text[s:e] for s, e in spans]
        keys = [token_key(w) for w in words]
        out: list[PhraseMatch[T]] = []
        n = len(spans)
        i = 0
        while i < n:
            found = None
            for phrase in self._candidates(keys[i], keys[i + 1] if i + 1 < n else ""):
                size = phrase.size
                if i + size > n or (size > 1 and not _same(phrase, keys, spans, text, i)):
                    continue
                payloads = tuple(v[0] for v in phrase.variants if _case_ok(v, words, i))
                if payloads:
                    found = PhraseMatch(spans[i][0], spans[i + size - 1][1], i, i + size, payloads)
                    break
            if found is None:
                i += 1
            else:
                out.append(found)
                i = found.last
        return out


def _same(phrase: _Phrase[T], keys: Sequence[str], spans: Sequence[tuple[int, int]], text: str, i: int) -> bool:
    for j, (stem, ends) in enumerate(phrase.rest, 1):
        if not _ends_ok(keys[i + j], stem, ends):
            return False
        if normalize_gap(text[spans[i + j - 1][1] : spans[i + j][0]]) != phrase.gaps[j - 1]:
            return False
    return True


def _case_ok(variant: _Variant[T], words: Sequence[str], i: int) -> bool:
    _, rule, raw, free = variant
    if rule == "any":
        return True
    if rule == "exact":
        return all(words[i + j] == w for j, w in enumerate(raw))
    for j, w in enumerate(raw):
        if j not in free and w[0].isupper() and not words[i + j][0].isupper():
            return False
    return True
