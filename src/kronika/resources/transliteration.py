"""Latin spellings of Ukrainian and Russian place names, as the English and French press write them.

GeoNames gives one Latin name per place ("Izmayil", "Ryl’sk", "Shebekino"); reporters write
"Izmail", "Rylsk" and, in French, "Izmaïl", "Chebekino", "Vovtchansk". These tables derive the
common forms from the Cyrillic name: English from the BGN/PCGN-like simplified system (Russian)
and Ukraine's 2010 national system (Ukrainian), French from the usual French press
transcription ("ch", "tch", "ou", "j", "kh"). Accents need no rules: matching folds them.

Used at build time only: ``scripts/build_gazetteer.py`` writes :func:`press_names` into the
``names_press`` column of ``gazetteer.tsv``, and the gazetteer loader reads that column (it does
not import this module, so a cold start does not pay for the derivation).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from difflib import SequenceMatcher

from kronika.resources.text import token_key

_VOWELS = frozenset("аеёиоуыэюяіїєАЕЁИОУЫЭЮЯІЇЄ")

_EN_RU = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh", "з": "z", "и": "i",
    "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
    "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "",
    "э": "e", "ю": "yu", "я": "ya",
}
_EN_UK = {
    "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": "ie", "ж": "zh", "з": "z",
    "и": "y", "і": "i", "ї": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p",
    "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ь": "", "ю": "iu", "я": "ia", "'": "", "’": "", "ʼ": "",
}
_EN_UK_INITIAL = {"є": "ye", "ї": "yi", "й": "y", "ю": "yu", "я": "ya"}
_FR_RU = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "io", "ж": "j", "з": "z", "и": "i",
    "й": "ï", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
    "у": "ou", "ф": "f", "х": "kh", "ц": "ts", "ч": "tch", "ш": "ch", "щ": "chtch", "ъ": "", "ы": "y",
    "ь": "", "э": "e", "ю": "iou", "я": "ia",
}
_FR_UK = {
    **_FR_RU,
    "г": "h", "ґ": "g", "е": "e", "є": "ie", "и": "y", "і": "i", "ї": "ï", "й": "ï", "'": "", "’": "", "ʼ": "",
}


def _spell(name: str, table: dict[str, str], initial: dict[str, str], after_vowel: dict[str, str]) -> str | None:
    out: list[str] = []
    previous = ""
    for ch in name:
        low = ch.lower()
        if low in (" ", "-"):
            out.append(ch)
            previous = ""
            continue
        start = previous == ""
        if start and low in initial:
            latin = initial[low]
        elif previous in _VOWELS and low in after_vowel:
            latin = after_vowel[low]
        elif low in table:
            latin = table[low]
        else:
            return None
        if ch != low and latin:
            latin = latin[0].upper() + latin[1:]
        out.append(latin)
        previous = ch
    return "".join(out)


def press_spellings(name: str, lang: str) -> list[str]:
    """English and French press spellings of a Cyrillic place name (``lang`` "uk" or "ru")."""
    if lang == "ru":
        en = _spell(name, _EN_RU, {"е": "ye"}, {"е": "ye"})
        fr = _spell(name, _FR_RU, {"е": "ie", "й": "i"}, {"е": "ie", "с": "s"})
    else:
        en = _spell(name, _EN_UK, _EN_UK_INITIAL, {})
        fr = _spell(name, _FR_UK, {"є": "ie", "ї": "i", "й": "i"}, {})
    return [s for s in dict.fromkeys([en, fr]) if s]


def press_names(rows: Sequence[Mapping[str, str]]) -> list[list[str]]:
    """The ``names_press`` of each gazetteer row (``id, kind, country, names_en…``), in row order.

    A Ukrainian or Russian city gets the press spellings of its first Ukrainian name (Ukraine
    only) and of its first Russian name ("Izmail", "Rylsk", "Chebekino"); spellings of fewer
    than five letters, and spellings that are already an English or French name of any place
    (Ukrainian "Енгельс" gives "Enhels", never another town's name), are left out.
    """
    taken = {token_key(n) for row in rows for lang in ("en", "fr") for n in _names(row, lang)}
    out: list[list[str]] = []
    for row in rows:
        spellings: list[str] = []
        if row["kind"] == "city" and row["country"] in ("UA", "RU"):
            own = [(n, "uk") for n in _names(row, "uk")[:1]] if row["country"] == "UA" else []
            own += [(n, "ru") for n in _names(row, "ru")[:1]]
            spellings = [
                s
                for name, lang in own
                for s in press_spellings(name, lang)
                if sum(c.isalpha() for c in s) >= 5 and token_key(s) not in taken
                and (row["country"] == "UA" or _resembles(s, _names(row, "en")))
            ]
        out.append(list(dict.fromkeys(spellings)))
    return out


def _resembles(spelling: str, english: Sequence[str]) -> bool:
    """Whether a spelling is a way of writing one of the place's English names. GeoNames lists
    stray and Soviet-era names as the first Russian name of some Russian towns ("Белая" for
    Gudermes, "Молотов" for Perm, "Брежнев" for Naberezhnye Chelny), whose spellings would turn
    a person or another place into that town; Ukrainian towns keep theirs, as their former
    names (Chervonohrad for Sheptytskyi) are still in the news."""
    key = token_key(spelling)
    return any(SequenceMatcher(None, key, token_key(name)).ratio() >= 0.5 for name in english)


def _names(row: Mapping[str, str], lang: str) -> list[str]:
    return [n for n in row[f"names_{lang}"].split("|") if n]
