"""kronika.extract.sentences.segment: headings, list items, abbreviations, quotes, offsets, restated leads."""

from __future__ import annotations

import pytest

_HEADER = "Title: Test\nDate: 2025-05-22\n\n"


def _texts(analysis):
    return [s.text for s in analysis.sentences]


@pytest.mark.parametrize(
    ("language", "text", "heading", "sentences"),
    [
        (
            "fr",
            "Frappes de drones sur Odessa\n\nLa Russie a lancé des drones sur Odessa. Deux personnes ont été blessées.\n",
            "Frappes de drones sur Odessa",
            ["La Russie a lancé des drones sur Odessa.", "Deux personnes ont été blessées."],
        ),
        (
            "en",
            "Drones strike Odesa overnight\n\nRussia launched drones at Odesa. Two people were injured.\n",
            "Drones strike Odesa overnight",
            ["Russia launched drones at Odesa.", "Two people were injured."],
        ),
        (
            "uk",
            "Дрони атакували Одесу\n\nРосія вночі атакувала Одесу дронами. Двоє людей поранені.\n",
            "Дрони атакували Одесу",
            ["Росія вночі атакувала Одесу дронами.", "Двоє людей поранені."],
        ),
        (
            "ru",
            "Беспилотники атаковали Одессу\n\nРоссия ночью атаковала Одессу беспилотниками. Два человека ранены.\n",
            "Беспилотники атаковали Одессу",
            ["Россия ночью атаковала Одессу беспилотниками.", "Два человека ранены."],
        ),
    ],
)
def test_sentences_line_without_final_punctuation_is_heading(make_analysis, language, text, heading, sentences):
    analysis = make_analysis(text, language)
    headings = [s.text for s in analysis.sentences if s.heading]
    body = [s.text for s in analysis.sentences if not s.heading]
    assert headings == [heading]
    assert body == sentences


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "La défense antiaérienne a abattu 40 drones.\n"),
        ("en", "Air defences shot down 40 drones!\n"),
        ("uk", "Сили ППО збили 40 дронів…\n"),
        ("ru", "Зеленский спросил: готова ли Россия?\n"),
    ],
)
def test_sentences_line_with_final_punctuation_is_not_heading(make_analysis, language, text):
    analysis = make_analysis(text, language)
    assert len(analysis.sentences) == 1
    assert not analysis.sentences[0].heading


@pytest.mark.parametrize(
    ("language", "text", "items"),
    [
        (
            "fr",
            "Bilan de la nuit selon Moscou :\n• 40 drones au-dessus de Koursk ;\n• 12 drones au-dessus de Briansk.\n",
            ["40 drones au-dessus de Koursk ;", "12 drones au-dessus de Briansk."],
        ),
        (
            "en",
            "Overnight tally, per Moscow:\n- 40 drones over Kursk;\n- 12 drones over Bryansk.\n",
            ["40 drones over Kursk;", "12 drones over Bryansk."],
        ),
        (
            "uk",
            "Підсумки ночі:\n• 40 дронів над Сумщиною;\n- 12 дронів над Харківщиною.\n",
            ["40 дронів над Сумщиною;", "12 дронів над Харківщиною."],
        ),
        (
            "ru",
            "Итоги ночи:\n- 40 беспилотников над Курской областью;\n• 12 беспилотников над Брянской областью.\n",
            ["40 беспилотников над Курской областью;", "12 беспилотников над Брянской областью."],
        ),
    ],
)
def test_sentences_bullet_lines_are_list_items_without_their_bullet(make_analysis, language, text, items):
    analysis = make_analysis(text, language)
    listed = [s for s in analysis.sentences if s.list_item]
    assert [s.text for s in listed] == items
    assert not any(s.heading for s in listed)


@pytest.mark.parametrize(
    ("language", "text", "count"),
    [
        ("en", "U.S. Secretary of State Marco Rubio flew to Istanbul. He met Mr. Fidan there.", 2),
        ("en", "The U.S. and Ukraine signed the minerals deal in Washington on April 30. It took months.", 2),
        ("fr", "Le président a reçu M. Erdogan à Kiev. Ils ont parlé de la Crimée.", 2),
        ("fr", "Les États-Unis (U.S.) ont dépêché M. Witkoff à Moscou. Il a vu Poutine.", 2),
        ("ru", "Г. Петров сообщил об атаке на Белгород. Ночью сбито 20 беспилотников.", 2),
        ("uk", "Зустріч відбулася на вул. Банковій у Києві. Вона тривала дві години.", 2),
    ],
)
def test_sentences_abbreviation_does_not_split(make_analysis, language, text, count):
    analysis = make_analysis(text + "\n", language)
    assert len(analysis.sentences) == count
    assert analysis.sentences[0].text.endswith((".",))
    assert text.startswith(analysis.sentences[0].text)


@pytest.mark.parametrize(
    ("language", "text", "first"),
    [
        (
            "fr",
            "Zelensky a déclaré : «Nous sommes prêts. La Russie ne l'est pas.» Puis il est parti.",
            "Zelensky a déclaré : «Nous sommes prêts. La Russie ne l'est pas.»",
        ),
        (
            "en",
            "Zelensky said: “We are ready. Russia is not.” He then left for Rome.",
            "Zelensky said: “We are ready. Russia is not.”",
        ),
        (
            "uk",
            "Зеленський заявив: «Ми готові. Росія — ні». Потім він поїхав до Риму.",
            "Зеленський заявив: «Ми готові. Росія — ні».",
        ),
        (
            "ru",
            "Песков сказал: «Мы готовы. Решать будет Путин». Затем он ушёл.",
            "Песков сказал: «Мы готовы. Решать будет Путин».",
        ),
    ],
)
def test_sentences_quotation_is_not_split(make_analysis, language, text, first):
    analysis = make_analysis(text + "\n", language)
    assert analysis.sentences[0].text == first
    assert len(analysis.sentences) == 2
    quote_start, quote_end = analysis.sentences[0].quotes[0]
    assert analysis.text[quote_start] in "«“"
    assert analysis.text[quote_end - 1] in "»”"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "fr",
            _HEADER + "Frappes sur Kiev\n\n  La Russie a frappé Kiev. «C'est terrible», a dit le maire.\n\n• Un mort.\n- Deux blessés.\n",
        ),
        (
            "en",
            _HEADER + "Strikes on Kyiv\r\n\nRussia struck Kyiv. “It is terrible,” the mayor said.\n\n• One dead.\n",
        ),
        (
            "uk",
            _HEADER + "Удар по Києву\n\nРосія вдарила по Києву.   «Це жахливо», — сказав мер.\n\n- Один загиблий.\n",
        ),
        (
            "ru",
            _HEADER + "Удар по Киеву\n\nРоссия ударила по Киеву. «Это ужасно», — сказал мэр.\n\n• Один погибший.\n",
        ),
    ],
)
def test_sentences_offsets_cut_the_sentence_out_of_the_text(make_analysis, language, text):
    analysis = make_analysis(text, language, body_start=len(_HEADER))
    assert analysis.sentences
    for i, s in enumerate(analysis.sentences):
        assert s.index == i
        assert analysis.text[s.start : s.end] == s.text
        assert s.text == s.text.strip()
        assert s.start >= len(_HEADER)
        for qs, qe in s.quotes:
            assert s.start <= qs < qe <= s.end


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "fr",
            "La Russie a lancé 40 drones sur Odessa dans la nuit, selon l'armée de l'air ukrainienne. "
            "Des débris sont tombés sur une école. "
            "Selon l'armée de l'air ukrainienne, la Russie a lancé dans la nuit 40 drones sur Odessa et sa région.",
        ),
        (
            "en",
            "Russia launched 40 drones at Odesa overnight, the Ukrainian Air Force said. "
            "Debris fell on a school. "
            "Russia launched 40 drones at Odesa overnight, the Ukrainian Air Force said on Thursday morning.",
        ),
        (
            "uk",
            "Росія вночі атакувала Одесу 40 дронами, повідомили Повітряні сили. "
            "Уламки впали на школу. "
            "Повітряні сили повідомили, що Росія вночі атакувала Одесу 40 дронами.",
        ),
        (
            "ru",
            "Ночью Россия атаковала Одессу 40 беспилотниками, сообщили Воздушные силы. "
            "Обломки упали на школу. "
            "Воздушные силы сообщили, что ночью Россия атаковала Одессу 40 беспилотниками.",
        ),
    ],
)
def test_sentences_lead_repeated_later_is_restated(make_analysis, language, text):
    analysis = make_analysis(text + "\n", language)
    assert [s.restated for s in analysis.sentences] == [True, False, False]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Ukrainian drones struck Bryansk. Russian troops advanced near Pokrovsk. The Kremlin said nothing."),
        ("fr", "Des drones ukrainiens ont frappé Briansk. Les troupes russes avancent près de Pokrovsk."),
        ("uk", "Українські дрони вдарили по Брянську. Російські війська просуваються біля Покровська."),
        ("ru", "Украинские дроны ударили по Брянску. Российские войска продвигаются у Покровска."),
    ],
)
def test_sentences_distinct_sentences_are_not_restated(make_analysis, language, text):
    analysis = make_analysis(text + "\n", language)
    assert not any(s.restated for s in analysis.sentences)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        pytest.param(
            "fr",
            "Bilan de la nuit :\n• 40 drones abattus au-dessus de Koursk.\n• 12 drones abattus au-dessus de Briansk.\n",
        ),
        pytest.param(
            "en",
            "Overnight tally:\n- 40 drones shot down over the Kursk region.\n- 12 drones shot down over the Bryansk region.\n",
        ),
    ],
)
def test_sentences_list_items_of_a_breakdown_are_not_restated(make_analysis, language, text):
    analysis = make_analysis(text, language)
    assert not any(s.restated for s in analysis.sentences if s.list_item)


@pytest.mark.parametrize(
    ("language", "text", "stories"),
    [
        ("fr", "Frappes sur Kiev\n\nLa Russie a frappé Kiev.\n\nSanctions de l'UE\n\nL'UE adopte un paquet.\n", [0, 0, 1, 1]),
        ("en", "Strikes on Kyiv\n\nRussia struck Kyiv.\n\nEU sanctions\n\nThe EU adopted a package.\n", [0, 0, 1, 1]),
    ],
)
def test_sentences_each_heading_after_body_starts_a_story(make_analysis, language, text, stories):
    analysis = make_analysis(text, language)
    assert [s.story for s in analysis.sentences] == stories
