"""Numbers with what they count and how exact they are ("au moins 27 drones", "some 150")."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from kronika.extract import plain, stages
from kronika.extract.analysis import Analysis, Mention, Sentence
from kronika.extract.morphology import analyzer, tokens
from kronika.resources.lexicons import Lexicon, load_lexicon


@dataclass(frozen=True, slots=True)
class QuantityValue:
    """A number, the unit noun that follows it (None when the text leaves it implicit), its bound.

    ``noun`` is the lemma of a counted noun outside the lexicon's units ("7,000 servers" has a unit,
    "11 chars", "22 Russian banks", "24 мільйонів користувачів" only a noun): a count of that thing.
    ``total`` marks a running total ("bringing the total to 444"): it counts a list, not what was added to it.
    """

    value: float
    unit: str | None
    bound: str
    noun: str | None = None
    total: bool = False


# A number that names rather than counts: "unit 26165", "в/ч 3719", "Article 4", "résolution 2231", "статті 5".
_NUMBERED = re.compile(
    r"(?:unit[ée]?s?|unité(?: militaire)?|military unit|військов\w+ частин\w+|в/ч|войсков\w+ част\w+|"
    r"articles?|art\.|resolutions?|résolutions?|стат(?:тя|ті|тею|ья|ьи|ью|ей)|резолюці\w+|резолюци\w+|№|n°|no\.)\s*$",
    re.IGNORECASE,
)
# A number without its noun counts only in a breakdown: "nine — over the Moscow region".
_BREAKDOWN_AFTER = (
    r"^\s*(?:[—–-]|(?:are|is|were|sont|над|—)\s|over\b|au-dessus|dans\b|in\b|над\b|each\b|autres\b|more\b|others?\b|"
    r"de plus\b|ще\b|ещё\b|еще\b|в\b|у\b|of (?:them|these|those)\b|d['’]entre (?:eux|elles)\b|из них\b|з них\b)"
)
# … or after its place and a dash: "над Курской областью — восемь", "over the Kursk region — eight".
_BREAKDOWN_BEFORE = r"\w\s*[—–]\s*(?:ещё|еще|ще|another)?\s*$"
_CASUALTY_AFTER = re.compile(
    r"\s+(?:(?:were|others?)\s+)?(?:killed|injured|wounded|dead|hurt|tués|blessés|morts|"
    r"загинул\w*|поранен\w*|постраждал\w*|погибл\w*|погиб\w*|ранен\w*|пострадал\w*)\b",
    re.IGNORECASE,
)
_CITED = re.compile(r"(?:citing|cited|according to|quoting|citant|selon|d['’]après|посилаючись на|з посиланням на|"
                    r"ссылаясь на|со ссылкой на|по словам|за словами)\s+$", re.IGNORECASE)
# "117 others", "40 autres": more of the things counted before, no noun of their own.
_OTHERS = re.compile(r"^\s*(?:others|autres)\b", re.IGNORECASE)
_OF = frozenset(["of", "de", "d'", "d’", "des", "из", "з", "із"])
_PREPOSITIONS = frozenset([
    "in", "over", "at", "on", "into", "to", "from", "near", "across", "above", "for", "with", "by", "per",
    "dans", "en", "sur", "sous", "au-dessus", "à", "par", "pour", "vers", "près", "avec", "contre",
    "над", "в", "у", "на", "по", "під", "под", "за", "до", "від", "от", "для", "с", "зі", "із", "со", "из",
])
# "a 30-day ceasefire", "30-денна пауза", "30-дневное перемирие": a number of days written as one word.
_DAYS_AFTER = r"(?:day|денн|дневн)\w*\b"
_DIGITS = r"\d{1,3}(?:[  ,.]\d{3})+(?![\d])|\d+(?:[.,]\d+)?"
# Collective numerals count people when no noun follows: "загинули троє", "погибли двое, пятеро ранены".
_COLLECTIVE = re.compile(
    r"(?:дво|тро|четвер|п['’ʼ]?ятер|шестер|семер|восьмер|дев['’ʼ]?ятер|десятер)(?:о|е|є|ых|их)|"
    r"(?:п['’ʼ]?ять|шість|сім|вісьм|десять)ох",
    re.IGNORECASE,
)
# A toll that rose "to" a number states the number, not an upper bound: "the death toll rose to 35",
# "число погибших выросло до 35", "кількість загиблих зросла до 35", "le bilan est passé à 35".
_RISE_TO = re.compile(
    r"(?:rose|risen|rises|climbed|increased|grown|grew|jumped|reached|est passée?|a augmenté|s['’]est alourdi|"
    r"зросла|зріс|зросло|зросли|збільшилас[ья]|збільшився|сягнула|сягнуло|досягла|"
    r"выросл[оаи]?|вырос|возросл[оаи]?|возрос|увеличил[оа]сь|увеличился|достигл[оаи]?)\s+(?:to|до|à)\s*$",
    re.IGNORECASE,
)
# A bare number that a toll of casualties rose to or stands at counts people: "the death toll rose to 35",
# "the number of people killed in the strike rose to 35", "le bilan s'élève à 35", "кількість загиблих зросла до 35".
_TOLL_SUBJECT = re.compile(
    r"(?:toll|killed|dead|deaths|injured|wounded|casualties|bilan|morts|tués|blessés|victimes|"
    r"загибл|поранен|постраждал|жертв|погибш|раненых|пострадавш)",
    re.IGNORECASE,
)
_TOLL_VERB = re.compile(
    _RISE_TO.pattern + r"|(?:s['’]élève|s['’]établit|stands|stood)\s+(?:à|at)\s*$|(?:составляет|составило|составил[аи]?|становить|становила)\s*$",
    re.IGNORECASE,
)
# One person, said without a number: "a 28-year-old woman was killed", "une femme a été tuée",
# "загинула жінка", "погиб мужчина", "пострадал охранник". The noun comes next to a singular casualty verb,
# or is the casualty itself ("au moins un mort", "un blessé").
_ONE_CASUALTY = r"une?\s+(?:mort|blessée?|victime)"
_ONE_PERSON = {
    "en": (
        r"\b(?:an?|one)\s+(?:[\w-]+\s+){0,2}?(?:woman|man|child|boy|girl|person|civilian|resident|teenager|pensioner|"
        r"(?:security\s+)?guard|driver|rescuer|firefighter|medic|soldier|serviceman|worker|employee|passenger|pilot)\b",
        # "a pilot, Lieutenant Colonel X, was killed": the name in apposition stands between.
        r"^(?:\s*,[^,.;]{1,60},)?\s*(?:[\w-]+\s+){0,3}?(?:was|has been|had been)\s+(?:\w+\s+)?(?:killed|injured|wounded|hurt)\b|"
        r"^\s*(?:died|was killed|killed|injured|wounded)\b",
        r"\b(?:killing|injuring|wounding|killed|injured|wounded)\s*$",
    ),
    "fr": (
        r"\b(?:une?|un seul|une seule)\s+(?:[\w’'-]+\s+){0,1}?(?:femme|homme|enfant|personne|civile?|habitante?|adolescente?|"
        r"garçon|fillette|retraitée?|secouriste|pompier|gardien|conducteur|passager|passagère|employée?|soldat|militaire|"
        r"pilote|mort|blessée?|victime)\b",
        r"^(?:\s+(?:de|d['’])\s*[\w-]+)?(?:\s*,[^,.;]{1,60},)?\s*(?:[\w’'-]+\s+){0,3}?(?:a été|est|a)\s+(?:\w+\s+)?(?:tuée?|blessée?|morte?|décédée?)\b|^\s*(?:tuée?|blessée?)\b",
        r"\b(?:tuant|blessant|tué|blessé)\s*$",
    ),
    "uk": (
        r"(?<![\w-])(?:одна\s+людина|один\s+чоловік|жінка|чоловік|дитина|людина|підліт(?:ок)|хлопчик|дівчинка|пенсіонерк?а?|"
        r"мешкан(?:ець|ка)|цивільн(?:ий|а)|охоронець|водій|рятувальник|медик|військовослужбовець|працівни(?:к|ця)|пасажир(?:ка)?)(?!\w)",
        r"^\s*(?:[\w'’ʼ-]+\s+){0,2}?(?:загину(?:в|ла|ло)|помер(?:ла)?|поранен(?:ий|а|о)|травмован(?:ий|а|о)|"
        r"постражда(?:в|ла)|зазна(?:в|ла) поранень|дістав(?:ла)? поранення|отрима(?:в|ла) поранення)(?!\w)",
        r"(?:загину(?:в|ла|ло)|помер(?:ла)?|поранено|травмовано|постражда(?:в|ла)|зазна(?:в|ла) поранень|"
        r"дістав(?:ла)? поранення|отрима(?:в|ла) поранення)\s+(?:[\w'’ʼ-]+\s+){0,2}?$",
    ),
    "ru": (
        r"(?<![\w-])(?:один\s+человек|одна\s+женщина|женщина|мужчина|ребенок|ребёнок|подросток|мальчик|девочка|пенсионерк?а?|"
        r"жител(?:ь|ьница)|мирный житель|охранник|водитель|спасатель|медик|военнослужащий|сотрудни(?:к|ца)|пассажир(?:ка)?)(?!\w)",
        r"^\s*(?:[\w-]+\s+){0,2}?(?:погиб(?:ла|ло)?|умер(?:ла)?|ранен(?:а|о)?|травмирован(?:а|о)?|пострадал(?:а)?|"
        r"получил(?:а)? ранени[ея]|скончал(?:ся|ась))(?!\w)",
        r"(?:погиб(?:ла|ло)?|умер(?:ла)?|ранен(?:а|о)?|травмирован(?:а|о)?|пострадал(?:а)?|получил(?:а)? ранени[ея]|"
        r"скончал(?:ся|ась))\s+(?:[\w-]+\s+){0,2}?$",
    ),
}


@dataclass(frozen=True)
class QuantityPatterns:
    """Compiled number grammar of one language."""

    number: re.Pattern[str]
    words: dict[str, float]
    approx_words: dict[str, float]
    multipliers: dict[str, float]
    # One word of a compound number ("cent", "quatre-vingt", "neuf", "un" after "et"), longest first.
    part: re.Pattern[str] | None = None
    compound_only: dict[str, float] | None = None


@cache
def patterns_for(language: str) -> QuantityPatterns:
    """The compiled number grammar of ``language``."""
    lex = load_lexicon(language)
    words = {str(k).lower(): float(v) for k, v in lex.table("numbers").items()}
    approx = {str(k).lower(): float(v) for k, v in lex.table("approx_numbers").items()}
    mult = {str(k).lower(): float(v) for k, v in lex.table("multipliers").items()}
    word_alt = "|".join(sorted((re.escape(w) for w in [*words, *approx]), key=len, reverse=True)) or "(?!x)x"
    mult_alt = "|".join(sorted((re.escape(w) for w in mult), key=len, reverse=True)) or "(?!x)x"
    joiners = lex.words("number_joiners")
    only = {str(k).lower(): float(v) for k, v in lex.table("compound_only_numbers").items()}
    part = None
    if joiners:
        # "cent quatre-vingt-neuf", "one hundred and eighty-nine", "vingt et un": the words of one number.
        plain_alt = "|".join(sorted((re.escape(w) for w in [*words, *only]), key=len, reverse=True))
        word_alt = rf"(?:{word_alt})(?:{'|'.join(joiners)}(?:{plain_alt})(?!\w))*"
        part = re.compile(rf"(?<!\w)(?:{plain_alt}|{'|'.join(re.escape(w) for w in approx) or '(?!x)x'})(?!\w)", re.IGNORECASE)
    number = re.compile(
        rf"(?<![\w\-/:.,])(?P<num>{_DIGITS}|{word_alt})(?:\s*(?P<mult>{mult_alt})\.?)?(?![\w:/]|-(?!{_DAYS_AFTER})|[.,]\d)",
        re.IGNORECASE,
    )
    return QuantityPatterns(number, words, approx, mult, part, only)


def _compound(text: str, pats: QuantityPatterns) -> tuple[float, int] | None:
    """The value of a compound number word ("cent quatre-vingt-neuf" → 189, "twenty-five" → 25) and the
    length of its first word; None for a single word. A sequence that is no number ("deux trois")
    gives the first word's value with its length."""
    if pats.part is None:
        return None
    parts = list(pats.part.finditer(text))
    if len(parts) < 2:
        return None
    table = {**pats.words, **(pats.compound_only or {})}
    values = [table.get(p.group(0).lower()) for p in parts]
    first = values[0]
    if first is None or any(v is None for v in values):
        return None
    total, chunk, last = 0.0, 0.0, None
    for v in values:
        assert v is not None
        if v == 12 and last is not None and chunk < 12:
            # "two dozen": a dozen counts by twelves.
            chunk, last = chunk * 12, 100.0
        elif v == 100 and chunk < 100:
            chunk, last = max(chunk, 1) * 100, 100.0
        elif v == 1000 and total == 0:
            total, chunk, last = max(chunk, 1) * 1000, 0.0, 1000.0
        elif v < 100 and (last is None or last in (100, 1000)
                          or (last >= 20 and last % 10 == 0 and v < 20) or (last == 10 and v < 10)):
            chunk, last = chunk + v, v
        else:
            return first, parts[0].end()
    return total + chunk, len(text)


def _to_float(text: str, pats: QuantityPatterns) -> tuple[float, bool] | None:
    low = text.lower()
    if low in pats.words:
        return pats.words[low], False
    if low in pats.approx_words:
        return pats.approx_words[low], True
    cleaned = re.sub(r"[  ]", "", text)
    if re.fullmatch(r"\d{1,3}(?:[,.]\d{3})+", cleaned):
        cleaned = re.sub(r"[,.]", "", cleaned)
    cleaned = cleaned.replace(",", ".")
    try:
        return float(cleaned), False
    except ValueError:
        return None


def _unit_after(rest: str, lex: Lexicon) -> str | None:
    hit = _unit_hit(rest, lex)
    return hit[1] if hit else None


def _unit_hit(rest: str, lex: Lexicon) -> tuple[int, str] | None:
    """Where in ``rest`` the lexicon's unit noun counted by the number starts, and the unit."""
    # Up to two modifiers may stand between the number and its noun ("189 nouveaux navires",
    # "36 ударних БпЛА"), or "de"/"of" in approximate numbers ("une trentaine d'entités").
    m = re.match(r"^\s*(?:(?:de|d'|d’|of|з|із|из)\s*)?(?:[\w’'-]+\s+){0,2}?", rest)
    window = rest[: (m.end() if m else 0) + 40]
    best: tuple[int, str] | None = None
    for unit, pattern in lex.units:
        hit = pattern.search(window)
        if hit is None:
            continue
        gap = window[: hit.start()]
        words = gap.split()
        # Two modifiers may stand between; three after "of"/"de" ("six of the cruise missiles").
        limit = 3 if words[:1] and words[0].lower() in ("of", "de", "d'", "des", "из", "з") else 2
        if len(words) > limit or re.search(r"[.;:!?,—–()]", gap):
            continue
        modifiers = words[1:] if words[:1] and words[0].lower() in _OF else words
        if any(w.lower() in _PREPOSITIONS for w in modifiers):
            # "neuf dans la région de Moscou", "nine over the Moscow region": the noun of a place, not counted.
            continue
        if best is None or hit.start() < best[0]:
            best = (hit.start(), unit)
    return best


_DEFINITE = re.compile(r"(?<!\w)(?:les|aux|des|du|ces|leurs|ses|nos|the|these|those|its|their|our|both|эти|ці|обидва|обидві|оба|обе)\s+$",
                       re.IGNORECASE)
_NOUN_POS = frozenset(["NOUN"])
_MODIFIER_POS = frozenset(["ADJF", "PRTF"])


def _counted_case(word: str, language: str) -> bool:
    parse = analyzer(language).parse(word.lower())[0]
    return bool({"gent", "nomn", "accs"} & parse.tag.grammemes)


def _counted_noun(rest: str, language: str, lex: Lexicon, after_of: bool) -> tuple[int, str] | None:
    """The lemma of the noun a number counts when it is no unit of the lexicon: "22 more Russian banks"
    → bank, "11 chars" → char, "10 тисяч комп'ютерів" → комп'ютер. None when no plain noun follows (a
    preposition, a verb, a name, punctuation) or when the noun measures time or distance ("3 years",
    "30 km"), which is no count of an event's things. Returned with the noun's offset in ``rest``."""
    window = re.split(r"[.;:!?,()«»\"“”—–]|\s[-–—]\s", rest, maxsplit=1)[0][:60]
    uncounted, implicit = lex.cues["uncounted_nouns"], lex.cues["weapon_nouns"]
    if uncounted.match(window.strip()):
        return None
    if language in ("uk", "ru"):
        for i, tok in enumerate(tokens(window, language)[:3]):
            if tok.pos in _NOUN_POS and tok.text[:1].islower():
                # The counted noun stands in the genitive ("38 ракет", "7 тысяч серверов") or, after one and
                # its compounds, in the nominative or accusative; "три подавлены средствами" counts no means.
                if not _counted_case(tok.text, language) or uncounted.fullmatch(tok.lemma) or implicit.fullmatch(tok.text):
                    return None
                return tok.start, tok.lemma
            if tok.pos not in _MODIFIER_POS or i == 2:
                return None
        return None
    stops = frozenset(w.lower() for w in lex.words("noun_phrase_stops"))
    modifiers = frozenset(w.lower() for w in lex.words("count_modifiers"))
    words = list(re.finditer(r"\b[dl]['’](?=\w)|[^\W\d_]+(?:['’-][^\W\d_]+)*", window, re.IGNORECASE))
    if words and after_of and words[0].group(0).lower() in ("of", "de", "d", "d'", "d’"):
        # "une centaine de nouvelles sanctions", "dozens of tankers".
        words = words[1:]
    for hit in words[:3]:
        word, low = hit.group(0), hit.group(0).lower()
        if low.rstrip("'’") in stops:
            return None
        if low in modifiers:
            continue
        plural = re.fullmatch(r"[^\W\d_][\w'’-]*[sx]", word) is not None and not re.search(r"(?:ss|us)$", low)
        if word[:1].islower() and plural:
            return None if uncounted.fullmatch(low) or implicit.fullmatch(low) else (hit.start(), _singular(low, language))
        if language == "fr":
            # French adjectives follow the noun; only a few come before it ("nouveaux", "autres").
            return None
    return None


def _singular(word: str, language: str) -> str:
    if language == "en":
        return re.sub(r"ies$", "y", word) if word.endswith("ies") else re.sub(r"(?<=[^s])s$", "", word)
    return re.sub(r"(?<=[^sx])[sx]$", "", word) if not word.endswith("aux") else word[:-3] + "al"


def _ends_with(before: str, cue: re.Pattern[str]) -> bool:
    """Whether a match of ``cue`` ends right before the number (only blanks between)."""
    tail = before[-60:]
    return any(not tail[hit.end() :].strip() for hit in cue.finditer(tail))


def _bound_before(before: str, lex: Lexicon) -> str | None:
    # The longest cue that ends right before the number wins: "не более" (at most) over "более".
    tail = before[-40:]
    best: tuple[int, str] | None = None
    for bound, pattern in lex.bounds:
        for hit in pattern.finditer(tail):
            if not tail[hit.end() :].strip() and (best is None or hit.start() < best[0]):
                best = (hit.start(), bound)
    return best[1] if best else None


def find_quantities(sentence: Sentence, language: str) -> list[Mention]:
    """The numbers of one sentence that count something (dates, times, ordinals and codes left out)."""
    lex = load_lexicon(language)
    pats = patterns_for(language)
    taken = [(m.start, m.end) for m in sentence.mentions if m.kind in ("date", "actor", "place")]
    out: list[Mention] = []
    text = sentence.text
    for m in pats.number.finditer(text):
        s, e = sentence.start + m.start(), sentence.start + m.end()
        if any(a < e and s < b for a, b in taken):
            continue
        after = text[m.end() :]
        before = text[: m.start()]
        if re.match(r"^(?:e|er|ème|th|st|nd|rd|-?[йгмох]\w?)(?!\w)", after):
            continue
        parsed = _to_float(m.group("num"), pats)
        compound = _compound(m.group("num"), pats) if parsed is None else None
        if compound is not None:
            parsed = (compound[0], False)
            if compound[1] < len(m.group("num")):
                # "deux trois": no one number; the first word alone.
                e = s + compound[1]
                after = text[m.start() + compound[1] :]
        if parsed is None:
            continue
        value, approx = parsed
        if m.group("mult") and e == sentence.start + m.end():
            value *= pats.multipliers.get(m.group("mult").lower().rstrip("."), 1.0)
        if _CITED.search(before):
            # "citing two people familiar with the matter", "selon trois sources": who tells, not what is counted.
            continue
        if _NUMBERED.search(before) \
                or re.search(r"(?:Su|MiG|Kh|Х|APT|S|Tu|Ту|Су|Ка|Ми)-?$", before):
            continue
        if 1900 <= value <= 2100 and float(value).is_integer() and not m.group("mult") and not re.match(r"^\s*(?:fois|times|drones?)", after):
            continue
        days = re.match("-" + _DAYS_AFTER, after)
        unit_hit = None if days else _unit_hit(after, lex)
        unit = "day" if days else (unit_hit[1] if unit_hit else None)
        currency = re.search(r"(?:US\s?\$|\$|€|£)\s*$", before)
        if currency:
            unit = {"€": "euro", "£": "pound"}.get(currency.group(0).strip()[-1], "dollar")
        if re.match(r"^\s*%", after):
            unit = "percent"
        if unit is None and out and out[-1].value.unit and s - out[-1].end <= 30 and re.match(r"^[^.;:]*,\s*$", text[out[-1].end - sentence.start : m.start()]):
            # "Près de 200 navires supplémentaires, 189 selon le texte": the same noun, said again.
            unit = out[-1].value.unit
        is_word = not m.group("num")[0].isdigit()
        counted = _counted_noun(after, language, lex, approx or is_word) if unit not in ("day", "percent") and not currency else None
        noun = None
        if counted is not None and (_DEFINITE.search(before) or value == 1):
            # "les deux camps", "the two sides": things already known, referred to, not counted; "одну атаку",
            # "one way": a single thing is named, not counted.
            counted = None
        if counted is not None and unit_hit is not None and language in ("uk", "ru"):
            # Ukrainian and Russian units are head nouns ("23 важкопоранених військових"): the unit stands.
            counted = None
        if counted is not None and (unit_hit is None or counted[0] < unit_hit[0]):
            # "Treize banques russes": the noun right after the number is what it counts, not a later word.
            unit, noun = None, counted[1]
        if unit is None and _OTHERS.match(after):
            # "killed 35 people and injured 117 others", "25 morts et 40 autres blessés": "others" counts more
            # of what the sentence counted before, or is left bare for the event to name.
            noun = None
            unit = out[-1].value.unit if out and out[-1].value.unit not in (None, "percent", "day") else None
        total = unit is None and noun is None and _ends_with(before, lex.cues["total_cues"])
        if total:
            # "adds 105 vessels …, bringing the total to 444", "ce qui porte leur total à 153", "доведя
            # загальну кількість до 342": a total counts the same things as the count it totals.
            counted_before = next((x.value for x in reversed(out) if x.value.unit or x.value.noun), None)
            if counted_before is None:
                total = False
            else:
                unit, noun = counted_before.unit, counted_before.noun
        if is_word and parsed is not None and parsed[0] == 1 and re.match(r"^\s*(?:of|des|d['’]|из|з)\s", after, re.IGNORECASE):
            # "one of the drones" picks one out; "Thirty of them were shot down" counts.
            continue
        if is_word and pats.number.match(after.lstrip()):
            # "another 20 drones", "one hundred": the word only leads into the number that follows.
            continue
        if unit is None and noun is None and is_word and not _COLLECTIVE.fullmatch(m.group("num")) \
                and not _weapon_noun_after(after, lex) \
                and not re.match(_BREAKDOWN_AFTER, after, re.IGNORECASE) and not _swapped(after, value, pats) \
                and not (re.search(_BREAKDOWN_BEFORE, before) and re.match(r"\s*(?:[,.;)]|$)", after)):
            continue
        if unit is None and (_COLLECTIVE.fullmatch(m.group("num")) or (
                _TOLL_VERB.search(before) and _TOLL_SUBJECT.search(re.split(r"[;:]", before[-90:])[-1]))
                or (noun is None and _CASUALTY_AFTER.match(after))):
            # ("Two people were killed and 15 injured": a casualty word after the bare number counts people.)
            unit = "person"
        bound = _bound_before(before, lex) or ("approx" if approx else "exact")
        if bound == "at_most" and (_RISE_TO.search(before) or total):
            bound = "exact"
        out.append(Mention(s, e, text[m.start() : m.start() + e - s], "quantity", QuantityValue(value, unit, bound, noun, total)))
    extra = _one_person(sentence, language, out) + _one_weapon(sentence, language, out)
    return sorted(out + extra, key=lambda m: m.start) if extra else out


def _weapon_noun_after(after: str, lex: Lexicon) -> bool:
    """Whether a word that leaves the weapon to the context follows, after at most one modifier:
    "seven aerial targets", "sept cibles aériennes" count what was downed (no unit of their own)."""
    words = re.findall(r"[^\W\d_]+", re.split(r"[.;:!?,()]", after, maxsplit=1)[0])[:2]
    return any(lex.cues["weapon_nouns"].fullmatch(w) for w in words)


# An exchange formula: "тысяча на тысячу", "a thousand for a thousand", "mille contre mille".
_SWAP = re.compile(r"^\s*[»”\"]?\s*(?:на|for|contre|pour|за)\s+[«“\"]?\s*(?:an?\s+)?(?P<other>[\w ]+?)(?=$|[^\w ])", re.IGNORECASE)


def _swapped(after: str, value: float, pats: QuantityPatterns) -> bool:
    """Whether the number is the first half of "N for N" (the same number on both sides)."""
    hit = _SWAP.match(after)
    other = hit.group("other") if hit else None
    if not other:
        return False
    number = pats.number.match(other.strip())
    parsed = _to_float(number.group("num"), pats) if number else None
    return parsed is not None and parsed[0] == value


# "85 drones and a ballistic missile", "84 missiles et un drone", "85 дронів і балістичну ракету":
# one weapon of another kind, coordinated with a counted one.
_AND_ONE = {
    "en": r"\s(?:and|plus)\s+(?:an?|one)\s+(?:[\w-]+\s+){0,2}?(?P<noun>missile|rocket|drone|UAV|aircraft|plane|helicopter)\b",
    "fr": r"\s(?:et|ainsi qu['’])\s*(?:une?)\s+(?P<noun>missile|roquette|drone|avion|hélicoptère)\b",
    "uk": r"\s(?:і|й|та)\s+(?:(?:одну|один|одна)\s+)?(?:[\w'’ʼ-]+(?:у|ий|ій|а)\s+){0,2}?(?P<noun>ракету|ракета|дрон|безпілотник|літак|гелікоптер)(?!\w)",
    "ru": r"\s(?:и)\s+(?:(?:одну|один|одна)\s+)?(?:[\w-]+(?:ую|ый|ий|ой|ая)\s+){0,2}?(?P<noun>ракету|ракета|дрон|беспилотник|самол[её]т|вертол[её]т)(?!\w)",
}


def _one_weapon(sentence: Sentence, language: str, found: list[Mention]) -> list[Mention]:
    """One weapon of a kind not yet counted, coordinated after a counted one: 1 of its unit."""
    pattern = _AND_ONE.get(language)
    counted = [m for m in found if m.value.unit in ("drone", "missile", "aircraft")]
    if pattern is None or not counted:
        return []
    lex = load_lexicon(language)
    out: list[Mention] = []
    rest = sentence.text[counted[0].end - sentence.start :]
    offset = counted[0].end
    for hit in re.finditer(pattern, rest, re.IGNORECASE):
        noun = hit.group("noun")
        unit = _unit_after(noun, lex)
        if unit not in ("drone", "missile", "aircraft") or any(m.value.unit == unit for m in found) \
                or re.search(r"[.;]", rest[: hit.start()]) \
                or re.match(r"\s*(?:attacks?|strikes?|attaques?|frappes?|атак|удар)", rest[hit.end() :], re.IGNORECASE):
            continue
        s, e = offset + hit.start("noun"), offset + hit.end("noun")
        out.append(Mention(s, e, noun, "quantity", QuantityValue(1.0, unit, "exact")))
        break
    return out


def _one_person(sentence: Sentence, language: str, found: list[Mention]) -> list[Mention]:
    """A single victim named without a number, next to a singular casualty verb: 1 person."""
    spec = _ONE_PERSON.get(language)
    if spec is None:
        return []
    noun, verb_after, verb_before = spec
    text = sentence.text
    out: list[Mention] = []
    for hit in re.finditer(noun, text, re.IGNORECASE):
        s, e = sentence.start + hit.start(), sentence.start + hit.end()
        if any(m.start < e and s < m.end for m in found) or any(
            m.kind in ("actor", "place") and m.start < e and s < m.end for m in sentence.mentions
        ):
            continue
        before, after = text[: hit.start()], text[hit.end() :]
        if re.search(r"\d\s*$", before):
            continue
        if re.match(verb_after, after, re.IGNORECASE) or re.search(verb_before, before, re.IGNORECASE) \
                or re.fullmatch(_ONE_CASUALTY, hit.group(0), re.IGNORECASE):
            bound = _bound_before(before, load_lexicon(language)) or "exact"
            out.append(Mention(s, e, hit.group(0), "quantity", QuantityValue(1.0, "person", bound)))
    return out


def quantities_stage(analysis: Analysis) -> None:
    """Attach each sentence's numbers with their unit and bound."""
    for sentence in analysis.sentences:
        sentence.mentions.extend(find_quantities(sentence, analysis.language))


stages.register("quantities", requires=("sentences", "dates"), assigns=("quantities",))(plain(quantities_stage))
