"""Integrity of the cue-word lexicons: four languages, same sections, patterns that compile and match."""

from __future__ import annotations

import re

import pytest

from kronika.resources import load_yaml
from kronika.resources.lexicons import LANGUAGES, group, load_lexicon

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


# Cue words of the stage modules (kronika.extract.actors, places, triggers, dates), one sample per
# language that has words for the key; a language without words keeps the key as an empty list.
STAGE_CUES: dict[str, dict[str, str]] = {
    "generic_speakers": {"fr": "selon des responsables ukrainiens", "en": "Western officials said", "uk": "місцеві жителі чули вибухи", "ru": "местные жители слышали взрывы"},
    "bare_ministry": {"fr": "a indiqué le ministère", "en": "the ministry added", "uk": "у міністерстві заявили", "ru": "в ведомстве заявили"},
    "bare_eu_body": {"fr": "le Conseil a adopté", "en": "the Commission proposed"},
    "initial_homographs": {"uk": "Того", "ru": "Того"},
    "locative_preps": {"fr": "dans", "en": "over", "uk": "над", "ru": "возле"},
    "locative_articles": {"fr": "la", "en": "the"},
    "locative_heads": {"fr": "banlieue de", "en": "outskirts of", "uk": "околиці", "ru": "окраине"},
    "undergoes": {"fr": "a été frappée", "en": "came under fire", "uk": "зазнала атаки", "ru": "подверглась атаке"},
    "hosts_auxiliaries": {"fr": "devrait", "en": "is expected to"},
    "hosts": {"fr": "accueillera", "en": "hosts", "uk": "прийматиме", "ru": "примет"},
    "struck_before": {"fr": "ont frappé", "en": "struck", "uk": "атакували", "ru": "обстреляли"},
    "clock_before": {"fr": "vers 3 heures, heure de ", "ru": "в 3:00 по времени "},
    "clock_after": {"en": " time"},
    "that_of": {"fr": "celle de ", "en": "that of "},
    "vehicles": {"fr": "le train", "en": "the flight", "uk": "поїзд", "ru": "электричка"},
    "bare_region_before": {"fr": "cette", "en": "this", "uk": "територією", "ru": "пределами"},
    "bare_region_nouns": {"fr": "région", "en": "oblast", "uk": "області", "ru": "области"},
    "capital_nouns": {"fr": "capitale", "en": "capital", "uk": "столицю", "ru": "столице"},
    "capital_adjectives": {"en": "Ukrainian", "uk": "російську", "ru": "украинскую"},
    "capital_genitives": {"fr": "russe", "uk": "України", "ru": "России"},
    "contact_with": {"fr": "avec", "en": "with", "uk": "зі", "ru": "со"},
    "call_for": {"fr": "à", "en": "for", "uk": "до", "ru": "к"},
    "setting_preps": {"uk": "на ", "ru": "во время "},
    "contact_negation": {"uk": "не", "ru": "не"},
    "speech_preps": {"fr": "selon", "en": "according to", "uk": "як заявив", "ru": "как отметила"},
    "channel_phrases": {"fr": "sur son compte Telegram", "en": "on his Telegram channel", "uk": "у своєму Telegram-каналі",
                        "ru": "в своем телеграм-канале"},
    "side_nouns": {"en": "side", "uk": "сторона", "ru": "стороны"},
    "deployed_objects": {"fr": "des troupes", "en": "troops", "uk": "військових", "ru": "войска"},
    "infrastructure": {"fr": "le pont", "en": "the bridge", "uk": "ГЕС", "ru": "нефтебаза"},
    "building_parts": {"fr": "toit", "en": "roof", "uk": "дах", "ru": "крыша"},
    "building_passive": {"fr": "a été", "en": "has been", "uk": "було", "ru": "было"},
    "buildings": {"fr": "maisons", "en": "factory", "uk": "будівлю", "ru": "здание"},
    "anaphoric_determiners": {"fr": "l’", "en": "this", "uk": "цю", "ru": "эту"},
    "negated_bounds": {"en": "no fewer than", "uk": "не менше", "ru": "не менее"},
    "demonstratives": {"fr": "ces", "en": "kinds of", "uk": "такі", "ru": "эти"},
    "injury_intensifiers": {"fr": "grièvement", "en": "seriously", "uk": "тяжко", "ru": "тяжело"},
    "human_nouns": {"fr": "soldats", "en": "civilians", "uk": "військовослужбовців", "ru": "пленных"},
    "repelled": {"fr": "repoussée", "en": "repelled", "uk": "відбито", "ru": "отражена"},
    "launch_stems": {"fr": "lancé", "en": "launched"},
    "passive_auxiliaries": {"fr": "été", "en": "were", "uk": "було", "ru": "были"},
    "passive_participles": {"uk": "запущено", "ru": "запущены"},
    "ambiguous_downing": {"fr": "détruits", "en": "destroyed", "uk": "знищено", "ru": "уничтожены"},
    "modal_cues": {"fr": "pourrait", "en": "could", "uk": "може", "ru": "может"},
    "evaluative_stems": {"fr": "a dénoncé", "en": "warned", "uk": "закликав", "ru": "призвал"},
    "definite_determiners": {"fr": "cette", "en": "that", "uk": "цієї", "ru": "этой"},
    "oblique_preps": {"fr": "contre", "en": "against", "uk": "щодо", "ru": "относительно"},
    "future_cues": {"fr": "aura lieu", "en": "is due", "uk": "відбудеться", "ru": "состоится"},
    "baseline_superlatives": {"fr": "la plus massive", "en": "the largest", "uk": "вперше", "ru": "впервые"},
    "later_cues": {"fr": "plus tard", "en": "hours later", "uk": "через кілька годин", "ru": "несколько часов спустя"},
    "relative_pronouns": {"fr": "dont", "en": "which", "uk": "яка", "ru": "которая"},
    "landmark_preps": {"fr": "depuis", "en": "after", "uk": "після", "ru": "после"},
    "landmark_determiners": {"fr": "leur", "en": "their", "uk": "їхньої", "ru": "их"},
    "morning": {"fr": "matinée", "en": "morning", "uk": "вранці", "ru": "утром"},
    "daytime": {"fr": "ce soir", "en": "this evening", "uk": "протягом дня", "ru": "в течение дня"},
    "night_of": {"fr": "dans la nuit du ", "en": "the night of ", "uk": "в ніч на ", "ru": "в ночь на "},
    "night_into": {"en": "overnight into ", "uk": "у ніч проти ", "ru": "в ночь на "},
    "range_from": {"fr": "de ", "en": "from ", "uk": "з ", "ru": "с "},
    "range_to": {"fr": " à ", "en": " through ", "uk": " до ", "ru": " по "},
    "evening_of": {"fr": "la veille au soir", "en": "the day before in the evening", "uk": "напередодні ввечері", "ru": "накануне вечером"},
    "number_joiners": {"fr": "quatre-vingt-dix", "en": "hundred and five"},
    "compound_only_numbers": {"fr": "vingt et un"},
    "habitual_adverbs": {"fr": "habituellement", "en": "repeatedly"},
}


@pytest.mark.parametrize("key", sorted(STAGE_CUES))
@pytest.mark.parametrize("language", LANGUAGES)
def test_lexicons_stage_cues_compile_and_match_their_sample(language, key):
    # Every key is in all four languages (an empty list where the language has no such words), its
    # patterns compile, and a language that has words matches its own sample.
    raw = load_yaml(f"lexicons/{language}.yaml")
    assert key in raw, f"{language}.{key} missing"
    words = load_lexicon(language).words(key)
    for pattern in words:
        assert "\\\\" not in pattern, f"{language}.{key}: {pattern!r}"
        re.compile(pattern)
    sample = STAGE_CUES[key].get(language)
    assert bool(words) == (sample is not None), f"{language}.{key}: words and samples disagree"
    if sample is not None:
        assert re.search(group(words), sample, re.IGNORECASE), f"{language}.{key} misses {sample!r}"


@pytest.mark.parametrize(
    ("language", "text", "role"),
    [
        ("en", "the governor added", "governor"),
        ("fr", "selon l'armée de l'air", "air_force"),
        ("uk", "повідомив губернатор", "governor"),
        ("ru", "заявил мэр", "mayor"),
    ],
)
def test_lexicons_bare_roles_have_every_role_and_match(language, text, role):
    # kronika.extract.actors reads bare titles per role; each language lists every role (empty where
    # its news names no such bare title) and its patterns match the bare title.
    roles = load_lexicon(language).table("bare_roles")
    assert sorted(roles) == sorted(load_lexicon("en").table("bare_roles"))
    for patterns in roles.values():
        for pattern in patterns:
            re.compile(pattern)
    assert re.search(group(roles[role]), text, re.IGNORECASE)
