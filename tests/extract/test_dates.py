"""kronika.extract.dates: find_dates(sentence, language, ref, anchor) and resolve_dates(analysis).

Unless a case says otherwise the article is published on Thursday 22 May 2025 (war day 1184).
"""

from __future__ import annotations

from datetime import date

import pytest

from kronika.extract.dates import find_dates, resolve_dates

THURSDAY = date(2025, 5, 22)
D = date.fromisoformat


def _only(mentions):
    assert len(mentions) == 1, [m.text for m in mentions]
    value = mentions[0].value
    return value.start.isoformat(), value.end.isoformat(), value.precision


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("fr", "Lundi 19 mai, des drones ont frappé Soumy.", ("2025-05-19", "2025-05-19", "day")),
        ("fr", "Le 20/05/2025, Kiev a été visée par des missiles.", ("2025-05-20", "2025-05-20", "day")),
        ("fr", "Vendredi 16 mai 2025, les délégations se sont vues à Istanbul.", ("2025-05-16", "2025-05-16", "day")),
        ("en", "On May 16, the delegations met in Istanbul.", ("2025-05-16", "2025-05-16", "day")),
        ("en", "The talks took place on 16 May 2025 in Istanbul.", ("2025-05-16", "2025-05-16", "day")),
        ("en", "The report is dated 2025-05-16.", ("2025-05-16", "2025-05-16", "day")),
        ("uk", "22 травня Росія атакувала Київ дронами.", ("2025-05-22", "2025-05-22", "day")),
        ("uk", "16.05.2025 делегації зустрілися в Стамбулі.", ("2025-05-16", "2025-05-16", "day")),
        ("ru", "22 мая беспилотники атаковали Белгород.", ("2025-05-22", "2025-05-22", "day")),
        ("ru", "В пятницу, 16 мая, делегации встретились в Стамбуле.", ("2025-05-16", "2025-05-16", "day")),
    ],
)
def test_dates_reads_absolute_date(make_sentence, language, text, expected):
    assert _only(find_dates(make_sentence(text), language, THURSDAY, THURSDAY)) == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("fr", "Mardi, des missiles ont frappé Dnipro.", "2025-05-20"),
        ("fr", "Jeudi, l'alerte a duré trois heures.", "2025-05-22"),
        ("fr", "Vendredi, Zelensky était à Tirana.", "2025-05-16"),
        ("en", "On Tuesday, missiles struck Dnipro.", "2025-05-20"),
        ("en", "On Thursday, the alert lasted three hours.", "2025-05-22"),
        ("uk", "У вівторок ракети влучили в Дніпро.", "2025-05-20"),
        ("uk", "У п'ятницю Зеленський був у Тирані.", "2025-05-16"),
        ("ru", "Во вторник ракеты попали в Днепр.", "2025-05-20"),
        ("ru", "В воскресенье беспилотники атаковали Москву.", "2025-05-18"),
    ],
)
def test_dates_weekday_is_last_such_day_on_or_before_publication(make_sentence, language, text, expected):
    assert _only(find_dates(make_sentence(text), language, THURSDAY, THURSDAY)) == (expected, expected, "day")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Hier, des drones ont visé Kharkiv."),
        ("en", "Drones targeted Kharkiv yesterday."),
        ("uk", "Вчора дрони атакували Харків."),
        ("ru", "Вчера беспилотники атаковали Харьков."),
    ],
)
def test_dates_yesterday_is_the_day_before_publication(make_sentence, language, text):
    # The running story date (anchor) must not matter for "yesterday".
    mentions = find_dates(make_sentence(text), language, THURSDAY, date(2025, 5, 10))
    assert _only(mentions) == ("2025-05-21", "2025-05-21", "day")


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("fr", "La veille, Odessa avait été touchée.", "2025-05-17"),
        ("en", "The day before, Odesa had been hit.", "2025-05-17"),
        ("uk", "Напередодні удару зазнала Одеса.", "2025-05-17"),
        ("ru", "Накануне удару подверглась Одесса.", "2025-05-17"),
        ("fr", "Le lendemain, Kharkiv a été frappée.", "2025-05-19"),
        ("en", "The next day, Kharkiv was hit.", "2025-05-19"),
        ("uk", "Наступного дня вдарили по Харкову.", "2025-05-19"),
        ("ru", "На следующий день ударили по Харькову.", "2025-05-19"),
    ],
)
def test_dates_eve_and_next_day_count_from_running_story_date(make_sentence, language, text, expected):
    mentions = find_dates(make_sentence(text), language, THURSDAY, date(2025, 5, 18))
    assert _only(mentions) == (expected, expected, "day")


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("fr", "Le 19 mai, des drones ont frappé Kiev. La veille, Odessa avait été touchée.", "2025-05-18"),
        ("en", "On May 19, drones hit Kyiv. The day before, Odesa had been struck.", "2025-05-18"),
        ("uk", "19 травня дрони атакували Київ. Напередодні удару зазнала Одеса.", "2025-05-18"),
        ("ru", "19 мая беспилотники атаковали Киев. Накануне удару подверглась Одесса.", "2025-05-18"),
        ("fr", "Le 19 mai, des drones ont frappé Kiev. Le lendemain, Kharkiv a été frappée.", "2025-05-20"),
        ("en", "On May 19, drones hit Kyiv. The next day, Kharkiv was hit.", "2025-05-20"),
    ],
)
def test_dates_resolve_anchors_relative_day_on_previous_sentence_date(make_analysis, language, text, expected):
    analysis = make_analysis(text + "\n", language, published=THURSDAY)
    resolve_dates(analysis)
    _, second = analysis.sentences
    assert second.anchor == D("2025-05-19")
    assert _only(second.of_kind("date")) == (expected, expected, "day")


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("fr", "Dans la nuit du 21 au 22 mai, 40 drones ont été abattus.", ("2025-05-21", "2025-05-22")),
        ("fr", "Dans la nuit du 31 mai au 1er juin, Kiev a été attaquée.", ("2025-05-31", "2025-06-01")),
        ("fr", "Dans la nuit de mercredi à jeudi, Odessa a été frappée.", ("2025-05-21", "2025-05-22")),
        ("en", "On the night of May 22, drones attacked Kyiv.", ("2025-05-21", "2025-05-22")),
        ("en", "On the night of Wednesday to Thursday, Odesa was struck.", ("2025-05-21", "2025-05-22")),
        ("en", "On the night of May 21 to 22, drones attacked Kyiv.", ("2025-05-21", "2025-05-22")),
        ("en", "On the night of 21–22 May, drones attacked Kyiv.", ("2025-05-21", "2025-05-22")),
        ("en", "Russia launched drones overnight into Thursday.", ("2025-05-21", "2025-05-22")),
        ("en", "During the night into May 20, missiles hit Odesa.", ("2025-05-19", "2025-05-20")),
        ("fr", "Jusqu'à minuit dans la nuit du dimanche 18 au lundi 19 mai, la trêve a tenu.", ("2025-05-18", "2025-05-19")),
        ("uk", "В ніч проти четверга дрони атакували Суми.", ("2025-05-21", "2025-05-22")),
        ("uk", "В ніч із середи на четвер дрони атакували Суми.", ("2025-05-21", "2025-05-22")),
        ("ru", "В ночь со среды на четверг беспилотники атаковали Курск.", ("2025-05-21", "2025-05-22")),
        ("uk", "В ніч на 22 травня Росія атакувала Київ.", ("2025-05-21", "2025-05-22")),
        ("uk", "В ніч з 21 на 22 травня Росія атакувала Київ.", ("2025-05-21", "2025-05-22")),
        ("uk", "В ніч на четвер Росія атакувала Одесу.", ("2025-05-21", "2025-05-22")),
        ("ru", "В ночь на 22 мая беспилотники атаковали Москву.", ("2025-05-21", "2025-05-22")),
        ("ru", "В ночь с 21 на 22 мая беспилотники атаковали Москву.", ("2025-05-21", "2025-05-22")),
        ("ru", "В ночь на четверг беспилотники атаковали Москву.", ("2025-05-21", "2025-05-22")),
    ],
)
def test_dates_night_spans_two_days(make_sentence, language, text, expected):
    assert _only(find_dates(make_sentence(text), language, THURSDAY, THURSDAY)) == (*expected, "range")


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("fr", "De janvier à mai 2025, la Russie a lancé des milliers de drones.", ("2025-01-01", "2025-05-31", "range")),
        ("en", "From January to May 2025, Russia launched thousands of drones.", ("2025-01-01", "2025-05-31", "range")),
        ("uk", "З січня по травень 2025 року Росія запустила тисячі дронів.", ("2025-01-01", "2025-05-31", "range")),
        ("ru", "С января по май 2025 года Россия выпустила тысячи беспилотников.", ("2025-01-01", "2025-05-31", "range")),
        ("fr", "Fin février 2022, les troupes russes ont envahi l'Ukraine.", ("2022-02-20", "2022-02-28", "range")),
        ("en", "In late February 2022, Russian troops invaded Ukraine.", ("2022-02-20", "2022-02-28", "range")),
        ("uk", "Наприкінці лютого 2022 року російські війська вторглися в Україну.", ("2022-02-20", "2022-02-28", "range")),
        ("ru", "В конце февраля 2022 года российские войска вторглись в Украину.", ("2022-02-20", "2022-02-28", "range")),
        ("fr", "Depuis 2022, l'unité mène des cyberattaques.", ("2022-01-01", "2025-05-22", "range")),
        ("en", "Since 2022, the unit has run cyber attacks.", ("2022-01-01", "2025-05-22", "range")),
        ("uk", "З 2022 року підрозділ проводить кібератаки.", ("2022-01-01", "2025-05-22", "range")),
        ("ru", "С 2022 года подразделение проводит кибератаки.", ("2022-01-01", "2025-05-22", "range")),
        ("en", "Since February 2022, the unit has run cyber attacks.", ("2022-02-01", "2025-05-22", "range")),
    ],
)
def test_dates_reads_months_ranges_and_since(make_sentence, language, text, expected):
    mentions = find_dates(make_sentence(text), language, THURSDAY, THURSDAY)
    assert _only(mentions) == expected
    assert not mentions[0].value.anchors_narrative


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Jour 1184 de l'invasion russe."),
        ("en", "Day 1184 of the full-scale invasion."),
        ("uk", "День 1184 повномасштабного вторгнення."),
        ("ru", "День 1184 полномасштабного вторжения."),
    ],
)
def test_dates_war_day_counts_from_24_february_2022(make_sentence, language, text):
    # Without a publication date at all: the war day alone fixes the date.
    assert _only(find_dates(make_sentence(text), language, None, None)) == ("2025-05-22", "2025-05-22", "day")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Jour 1184\n\nLa Russie a lancé des drones sur Kiev hier.\n"),
        ("en", "Day 1184\n\nRussia launched drones at Kyiv yesterday.\n"),
        ("uk", "День 1184\n\nРосія вчора атакувала Київ дронами.\n"),
        ("ru", "День 1184\n\nРоссия вчера атаковала Киев беспилотниками.\n"),
    ],
)
def test_dates_resolve_takes_publication_from_war_day_heading(make_analysis, language, text):
    analysis = make_analysis(text, language, published=None)
    resolve_dates(analysis)
    assert analysis.published == D("2025-05-22")
    assert _only(analysis.sentences[1].of_kind("date")) == ("2025-05-21", "2025-05-21", "day")


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("fr", "Le 28 décembre, des missiles ont frappé Kiev.", "2024-12-28"),
        ("en", "On December 28, missiles struck Kyiv.", "2024-12-28"),
        ("uk", "28 грудня ракети вдарили по Києву.", "2024-12-28"),
        ("ru", "28 декабря ракеты ударили по Киеву.", "2024-12-28"),
        ("fr", "Le 2 janvier, des drones ont visé Odessa.", "2025-01-02"),
    ],
)
def test_dates_infers_previous_year_for_december_in_january_article(make_sentence, language, text, expected):
    published = date(2025, 1, 10)
    assert _only(find_dates(make_sentence(text), language, published, published)) == (expected, expected, "day")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Des drones ont frappé Kiev dans la nuit du 21 au 22 mai, a dit le maire jeudi."),
        ("en", "Drones hit Kyiv on the night of May 22, the mayor said on Thursday."),
        ("uk", "Дрони атакували Київ в ніч на 22 травня, заявив мер у четвер."),
        ("ru", "Беспилотники атаковали Киев в ночь на 22 мая, заявил мэр в четверг."),
    ],
)
def test_dates_mention_offsets_cut_the_expression_out_of_the_text(make_analysis, language, text):
    prefix = "Title: X\n\n"
    analysis = make_analysis(prefix + text + "\n", language, published=THURSDAY, body_start=len(prefix))
    resolve_dates(analysis)
    mentions = analysis.sentences[0].of_kind("date")
    assert len(mentions) == 2
    for m in mentions:
        assert analysis.text[m.start : m.end] == m.text


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # Published 22 May: the exchange "on 23 May" is announced, not the story's day; nor is a
        # landmark after "after their call".
        ("en", "Putin and Trump spoke on Tuesday. Putin said that on 23 May the sides would exchange prisoners. "
               "It was their second call after their conversation on 12 February. Trump later called the talk productive."),
        ("ru", "Путин и Трамп поговорили во вторник. Путин сообщил, что 23 мая стороны проведут обмен. "
               "Это второй разговор после их звонка 12 февраля. Трамп позже назвал разговор продуктивным."),
        ("uk", "Путін і Трамп поговорили у вівторок. Путін повідомив, що 23 травня сторони проведуть обмін. "
               "Це друга розмова після їхнього дзвінка 12 лютого. Трамп пізніше назвав розмову продуктивною."),
        ("fr", "Poutine et Trump se sont parlé mardi. Poutine a dit que le 23 mai les parties échangeraient des prisonniers. "
               "C'était leur deuxième appel après leur conversation du 12 février. Trump a ensuite qualifié l'échange de productif."),
    ],
)
def test_dates_announced_and_landmark_dates_leave_the_running_date(make_analysis, language, text):
    analysis = make_analysis(text, language, published=D("2025-05-22"))
    resolve_dates(analysis)
    assert analysis.sentences[-1].anchor == D("2025-05-20")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Trump et Poutine se sont parlé mercredi. Ils ont évoqué les pourparlers d'Istanbul, dont la deuxième "
               "session s'est tenue lundi. Zelensky a exhorté Washington à agir."),
        ("en", "Trump and Putin spoke on Wednesday. They discussed the Istanbul talks, which resumed on Monday. "
               "Zelensky urged Washington to act."),
        ("uk", "Трамп і Путін поговорили в середу. Вони обговорили переговори в Стамбулі, які відновилися в понеділок. "
               "Зеленський закликав Вашингтон діяти."),
        ("ru", "Трамп и Путин поговорили в среду. Они обсудили переговоры в Стамбуле, которые возобновились в понедельник. "
               "Зеленский призвал Вашингтон действовать."),
    ],
)
def test_dates_a_relative_clause_keeps_its_day_to_itself(make_analysis, language, text):
    analysis = make_analysis(text, language, published=D("2025-06-05"))
    resolve_dates(analysis)
    assert analysis.sentences[-1].anchor == D("2025-06-04")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "C'est la première rencontre directe depuis 2022."),
        ("en", "It was their first direct meeting since 2022."),
        ("uk", "Це перша пряма зустріч з 2022 року."),
        ("ru", "Это первая прямая встреча с 2022 года."),
    ],
)
def test_dates_since_after_a_first_is_a_baseline_not_a_date(make_sentence, language, text):
    assert find_dates(make_sentence(text), language, THURSDAY, THURSDAY) == []


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Les deux pays ont parlé mardi. Un échange de prisonniers doit avoir lieu mercredi. Kyiv a salué l'accord."),
        ("en", "The two sides spoke on Tuesday. A prisoner exchange is to take place on Wednesday. Kyiv welcomed the deal."),
        ("uk", "Сторони поговорили у вівторок. Обмін полоненими відбудеться в середу. Київ привітав домовленість."),
        ("ru", "Стороны поговорили во вторник. Обмен пленными состоится в среду. Киев приветствовал договоренность."),
    ],
)
def test_dates_a_planned_day_does_not_move_the_running_date(make_analysis, language, text):
    analysis = make_analysis(text, language, published=THURSDAY)
    resolve_dates(analysis)
    assert analysis.sentences[-1].anchor == D("2025-05-20")


@pytest.mark.parametrize(
    ("language", "text", "evening"),
    [
        # Published on the morning after: the undated evening is the day before.
        ("fr", "Entre 20 h 00 et 23 h 50, 30 drones ont été abattus. Dans la nuit du 21 au 22 mai, 50 autres ont été abattus.\n", "2025-05-21"),
        ("en", "From 8 PM to 11:50 PM, 30 drones were shot down. On the night of May 22, 50 more were downed.\n", "2025-05-21"),
        ("uk", "З 20:00 до 23:50 збито 30 дронів. В ніч на 22 травня збито ще 50.\n", "2025-05-21"),
        ("ru", "С 20:00 до 23:50 сбиты 30 беспилотников. В ночь на 22 мая сбиты еще 50.\n", "2025-05-21"),
        # Published the same evening, or speaking of that day's daytime: no shift.
        ("en", "From 8 PM to 11:50 PM, 30 drones were shot down over the region.\n", None),
        ("ru", "Днем было тихо. С 20:00 до 23:50 сбиты 30 беспилотников. Ночью на 22 мая сбиты еще 50.\n", None),
    ],
)
def test_dates_an_undated_evening_in_a_morning_after_report_is_the_day_before(make_analysis, language, text, evening):
    analysis = make_analysis(text, language, published=THURSDAY)
    resolve_dates(analysis)
    first = next(s for s in analysis.sentences if "50" in s.text)
    assert first.anchor == THURSDAY
    assert first.anchor_start == (D(evening) if evening else None)


def _dated(events, kind):
    return [(e.date.start.isoformat(), e.date.end.isoformat()) for e in events if e.type == kind]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Le porte-parole du Kremlin Dmitri Peskov a déclaré mercredi qu'il n'y avait pas de délai, "
               "au lendemain de l'entretien téléphonique entre Poutine et Trump."),
        ("en", "Kremlin spokesman Dmitry Peskov said on Wednesday that there was no deadline, a day after his phone call with Trump."),
        ("uk", "Речник Кремля Дмитро Пєсков заявив у середу, що терміну немає, наступного дня після телефонної розмови Путіна і Трампа."),
        ("ru", "Пресс-секретарь Кремля Дмитрий Песков заявил в среду, что сроков нет, на следующий день после телефонного разговора Путина и Трампа."),
    ],
)
def test_dates_a_day_after_counts_back_from_the_main_clause(extract, language, text):
    assert _dated(extract(text, language), "contact") == [("2025-05-20", "2025-05-20")]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Lundi, des missiles ont frappé Kharkiv. D'après le bilan communiqué mercredi par les secouristes, 12 personnes ont été tuées à Kharkiv."),
        ("en", "On Monday, missiles struck Kharkiv. According to a toll released on Wednesday by rescuers, 12 people were killed in Kharkiv."),
        ("uk", "У понеділок ракети вдарили по Харкову. Як повідомили в середу рятувальники, у Харкові загинули 12 людей."),
        ("ru", "В понедельник ракеты ударили по Харькову. Как сообщили в среду спасатели, в Харькове погибли 12 человек."),
    ],
)
def test_dates_the_day_a_toll_is_reported_does_not_date_the_strike(extract, language, text):
    assert _dated(extract(text, language), "damage") == [("2025-05-19", "2025-05-19")]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Jeudi, des missiles ont frappé Kharkiv. Dans une vidéo publiée dans la nuit, le maire a dit que 5 personnes avaient été tuées à Kharkiv."),
        ("en", "On Thursday, missiles struck Kharkiv. In a video published overnight, the mayor said 5 people were killed in Kharkiv."),
        ("uk", "У четвер ракети вдарили по Харкову. У відео, опублікованому вночі, мер сказав, що в Харкові загинули 5 людей."),
        ("ru", "В четверг ракеты ударили по Харькову. В видео, опубликованном ночью, мэр сказал, что в Харькове погибли 5 человек."),
    ],
)
def test_dates_the_night_a_video_is_published_does_not_date_the_strike(extract, language, text):
    assert _dated(extract(text, language), "damage") == [("2025-05-22", "2025-05-22")]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Mercredi, les gouvernements de l'OTAN ont accusé le renseignement militaire russe d'espionner des entreprises de logistique depuis 2022."),
        ("en", "On Wednesday, NATO governments accused Russian military intelligence of spying on logistics companies since 2022."),
        ("uk", "У середу уряди країн НАТО звинуватили російську військову розвідку у шпигунстві за логістичними компаніями з 2022 року."),
        ("ru", "В среду правительства стран НАТО обвинили российскую военную разведку в шпионаже за логистическими компаниями с 2022 года."),
    ],
)
def test_dates_a_statement_is_not_dated_by_the_span_it_speaks_of(extract, language, text):
    assert _dated(extract(text, language), "statement") == [("2025-05-21", "2025-05-21")]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Poutine et Trump se sont parlé mardi. Zelensky a averti quelques heures plus tard que des drones russes avaient frappé Soumy dans la nuit."),
        ("en", "Putin and Trump spoke on Tuesday. Zelensky warned hours later that Russian drones had struck Sumy overnight."),
        ("uk", "Путін і Трамп поговорили у вівторок. Через кілька годин Зеленський попередив, що російські дрони вночі атакували Суми."),
        ("ru", "Путин и Трамп поговорили во вторник. Через несколько часов Зеленский предупредил, что российские беспилотники ночью атаковали Сумы."),
    ],
)
def test_dates_overnight_hours_later_is_the_night_after_the_story_day(extract, language, text):
    assert _dated(extract(text, language), "attack") == [("2025-05-20", "2025-05-21")]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "19h05 — Récapitulatif. Mardi, 84 prisonniers ont été échangés.\n\n"
               "08h40 — Des drones russes ont frappé Odessa, a indiqué le maire.\n"),
        ("en", "19:05 - A recap. On Tuesday, 84 prisoners were exchanged.\n\n"
               "08:40 - Russian drones struck Odesa, the mayor said.\n"),
    ],
)
def test_dates_a_live_blog_entry_is_dated_by_the_page_not_an_earlier_entry(make_analysis, language, text):
    # Each time-stamped entry of a live blog is written on the page's day; its clock is no evening before.
    analysis = make_analysis(text, language, published=THURSDAY)
    resolve_dates(analysis)
    recap = next(s for s in analysis.sentences if "84" in s.text)
    entry = next(s for s in analysis.sentences if "Odes" in s.text)
    assert _only(recap.of_kind("date")) == ("2025-05-20", "2025-05-20", "day")
    assert (entry.anchor, entry.anchor_start) == (THURSDAY, None)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Mardi, Zelensky a rencontré Macron à Paris. Interrogé la veille au soir à la télévision, il avait promis "
               "des annonces. Les deux dirigeants ont signé un accord."),
        ("en", "On Tuesday, Zelensky met Macron in Paris. Speaking the day before in the evening on television, he had "
               "promised announcements. The two leaders signed an agreement."),
    ],
)
def test_dates_the_evening_of_the_eve_is_an_aside_that_leaves_the_story_day(make_analysis, language, text):
    analysis = make_analysis(text, language, published=THURSDAY)
    resolve_dates(analysis)
    eve, after = analysis.sentences[1], analysis.sentences[2]
    assert _only(eve.of_kind("date")) == ("2025-05-19", "2025-05-19", "day")
    assert after.anchor == D("2025-05-20")


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("fr", "Un sommet européen est prévu dimanche à Londres.", "2025-05-25"),
        ("en", "A European summit is scheduled for Sunday in London.", "2025-05-25"),
    ],
)
def test_dates_a_scheduled_weekday_is_ahead(make_sentence, language, text, expected):
    assert _only(find_dates(make_sentence(text), language, THURSDAY, THURSDAY)) == (expected, expected, "day")
