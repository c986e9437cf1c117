"""kronika.extract.morphology: pymorphy3 lemmas of Ukrainian and Russian words, none for fr/en."""

from __future__ import annotations

from datetime import date

import pytest

from kronika.domain import Document
from kronika.extract import analyze
from kronika.extract.morphology import lemma, lemmatize, sentence_tokens, tokens


@pytest.mark.parametrize(
    ("language", "phrases", "expected"),
    [
        ("ru", ["Орловской области", "над Орловской областью", "Орловская область"], "орловский область"),
        ("ru", ["Курской областью", "в Курской области", "Курская область"], "курский область"),
        ("uk", ["Сумській області", "над Сумською областю", "Сумська область"], "сумський область"),
        ("uk", ["Києві", "Києва", "Київ"], "київ"),
        ("ru", ["Москве", "Москвы", "Москва"], "москва"),
    ],
)
def test_morphology_case_forms_share_one_lemma(language, phrases, expected):
    for phrase in phrases:
        words = lemmatize(phrase, language).split()
        assert " ".join(w for w in words if w not in ("над", "в")) == expected, phrase


@pytest.mark.parametrize(
    ("language", "word", "expected"),
    [
        ("uk", "збито", "збити"),
        ("uk", "збили", "збити"),
        ("uk", "атакував", "атакувати"),
        ("uk", "безпілотників", "безпілотник"),
        ("uk", "п'ять", "п'ять"),
        ("uk", "п’ять", "п'ять"),
        ("ru", "сбиты", "сбить"),
        ("ru", "уничтожены", "уничтожить"),
        ("ru", "беспилотников", "беспилотник"),
        ("ru", "ракетами", "ракета"),
        ("fr", "drones", "drones"),
        ("en", "Drones", "drones"),
    ],
)
def test_morphology_lemma_of_a_word(language, word, expected):
    assert lemma(word, language) == expected


def test_morphology_tokens_keep_offsets_and_hyphenated_words():
    text = "Ракети «Іскандер-М» влучили в Суми, 13 квітня."
    found = tokens(text, "uk", offset=100)
    assert [t.text for t in found] == ["Ракети", "Іскандер-М", "влучили", "в", "Суми", "13", "квітня"]
    for t in found:
        assert text[t.start - 100 : t.end - 100] == t.text
    assert found[0].lemma == "ракета"
    assert found[5].pos == "NUMB"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("language", "text", "lemmas"),
    [
        ("ru", "Над Орловской областью сбиты 14 беспилотников.", ["над", "орловский", "область", "сбить", "14", "беспилотник"]),
        ("uk", "Над Сумщиною збито 14 безпілотників.", ["над", "сумщина", "збити", "14", "безпілотник"]),
    ],
)
def test_morphology_stage_stores_tokens_per_sentence(language, text, lemmas):
    analysis = analyze(Document(id="t.txt", text=text, language=language, published=date(2025, 5, 22)))
    assert [t.lemma for t in sentence_tokens(analysis, analysis.sentences[0])] == lemmas


@pytest.mark.slow
@pytest.mark.parametrize("language", ["fr", "en"])
def test_morphology_stage_skips_french_and_english(language):
    text = "Quatorze drones abattus au-dessus de la région d'Orel." if language == "fr" else "Fourteen drones downed."
    analysis = analyze(Document(id="t.txt", text=text, language=language, published=date(2025, 5, 22)))
    assert sentence_tokens(analysis, analysis.sentences[0]) == []
    assert "tokens" not in analysis.notes
