"""Integrity of the cue-word lexicons: four languages, same sections, patterns that compile and match."""

from __future__ import annotations

import re

import pytest

from kronika.resources import load_yaml
from kronika.resources.lexicons import LANGUAGES, load_lexicon

REQUIRED = ("triggers", "weapons", "hedges", "denials", "hypothetical", "reporting_verbs", "source_preps",
            "months", "weekdays", "relative_days", "numbers", "bounds", "units")
TYPES = ("attack", "interception", "damage", "cyber_operation", "disruption", "contact", "statement",
         "sanction", "deployment", "aid", "other")


def _patterns(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [p for v in value for p in _patterns(v)]
    if isinstance(value, dict):
        return [p for v in value.values() for p in _patterns(v)]
    return []


@pytest.mark.parametrize("language", LANGUAGES)
def test_lexicons_have_every_section_and_event_type(language):
    raw = load_yaml(f"lexicons/{language}.yaml")
    assert [k for k in REQUIRED if not raw.get(k)] == []
    assert sorted(raw["triggers"]) == sorted(TYPES)


@pytest.mark.parametrize("language", LANGUAGES)
def test_lexicons_patterns_compile_without_doubled_escapes(language):
    raw = load_yaml(f"lexicons/{language}.yaml")
    for key in ("triggers", "weapons", "hedges", "denials", "hypothetical", "units", "bounds", "source_preps"):
        for pattern in _patterns(raw[key]):
            # A doubled backslash in the file is a literal backslash to the regex: it matches nothing.
            assert "\\\\" not in pattern, f"{language}.{key}: {pattern!r}"
            re.compile(pattern)


@pytest.mark.parametrize(
    ("language", "text", "kind"),
    [
        ("fr", "Des drones ont été abattus cette nuit.", "interception"),
        ("en", "Russia and Ukraine exchanged prisoners; 390 were swapped.", "other"),
        ("uk", "Сили ППО збили 36 дронів.", "interception"),
        ("ru", "ПВО уничтожили три беспилотника.", "interception"),
    ],
)
def test_lexicons_triggers_fire_on_plain_news(language, text, kind):
    lex = load_lexicon(language)
    assert any(name == kind and pattern.search(text) for name, pattern in lex.triggers)


@pytest.mark.parametrize("language", LANGUAGES)
def test_lexicons_counted_noun_sections_compile_and_match(language):
    # The counted-noun grammar of kronika.extract.quantities: measures and weapon words in every language,
    # a percent unit, and (for French and English, which have no parts of speech here) the noun-phrase stops.
    raw = load_yaml(f"lexicons/{language}.yaml")
    lex = load_lexicon(language)
    samples = {"en": ("years", "targets"), "fr": ("ans", "appareils"), "uk": ("років", "цілі"), "ru": ("лет", "цели")}
    measure, weapon = samples[language]
    assert lex.cues["uncounted_nouns"].fullmatch(measure)
    assert lex.cues["weapon_nouns"].fullmatch(weapon)
    assert raw["units"].get("percent")
    for pattern in [*raw["uncounted_nouns"], *raw["weapon_nouns"], *(raw.get("noun_phrase_stops") or [])]:
        re.compile(pattern)
    if language in ("en", "fr"):
        assert {"the", "les"} & set(lex.words("noun_phrase_stops"))
    if language == "fr":
        assert "nouveaux" in lex.words("count_modifiers")


@pytest.mark.parametrize(
    ("language", "before"),
    [
        ("en", "adds 105 vessels, bringing the total to "),
        ("fr", "ajoute 74 navires, ce qui porte leur total à "),
        ("uk", "додали 189 суден, довівши загальну кількість до "),
        ("ru", "добавили 189 судов, доведя общее количество до "),
    ],
)
def test_lexicons_total_cues_end_right_before_the_total(language, before):
    # kronika.extract.quantities gives a running total the noun of the count it totals.
    lex = load_lexicon(language)
    assert lex.words("total_cues")
    assert any(not before[hit.end() :].strip() for hit in lex.cues["total_cues"].finditer(before))


@pytest.mark.parametrize(
    ("language", "clause", "plain"),
    [
        ("en", "The attack came two days after the talks in Istanbul.", "Drones struck Odesa after midnight."),
        ("fr", "L'attaque a eu lieu deux jours après les pourparlers d'Istanbul.", "Des drones ont frappé Odessa après minuit."),
        ("uk", "Атака сталася в день, коли в Стамбулі почалися переговори.", "Дрони атакували Одесу, коли місто спало."),
        ("ru", "Атака произошла в день, когда в Стамбуле начались переговоры.", "Дроны атаковали Одессу, когда город спал."),
    ],
)
def test_lexicons_time_clauses_date_by_another_event_only(language, clause, plain):
    # A clause dating an event by another one lends it none of its places; a plain "when"/"after" does.
    cue = load_lexicon(language).cues["time_clauses"]
    assert cue.search(clause)
    assert not cue.search(plain)
