"""kronika.extract.language: fr, en, uk or ru from short headlines, posts and articles.

The table below is our own writing about real events of the war: for each language, short
texts (headlines and Telegram-style posts, many without a letter that only one language has)
and long ones (a paragraph). ``test_language_accuracy_per_language`` measures accuracy on the
whole table; the parametrized tests name each case.
"""

from __future__ import annotations

import time

import pytest

from kronika.extract import language as language_module
from kronika.extract.language import guess, identify

_LONG_FR = (
    "Dans la nuit du 21 au 22 mai, la Russie a lancé plus de cent drones contre l'Ukraine, "
    "selon l'armée de l'air ukrainienne. La défense antiaérienne en a abattu la plupart, "
    "mais des débris sont tombés sur un immeuble d'habitation à Kiev. Le maire de la ville "
    "a fait état de deux blessés et a appelé les habitants à rester dans les abris."
)
_LONG_FR_2 = (
    "Le Conseil de l'Union européenne a adopté mardi un dix-septième paquet de sanctions visant "
    "la flotte fantôme russe : près de deux cents navires supplémentaires ne pourront plus "
    "accéder aux ports européens. Moscou a dénoncé une mesure illégale."
)
_LONG_EN = (
    "Russia launched more than a hundred drones at Ukraine overnight, the Ukrainian Air Force "
    "said on Thursday. Air defences shot down most of them, but debris fell on a residential "
    "building in Kyiv, where two people were injured. The mayor urged residents to stay in "
    "shelters until the all-clear was given."
)
_LONG_EN_2 = (
    "Ukraine's security service said its Operation Spiderweb hit strategic bombers at four "
    "airfields deep inside Russia on June 1. The drones had been smuggled in on lorries and "
    "were launched remotely from wooden cabins. Moscow acknowledged fires at several bases."
)
_LONG_UK = (
    "У ніч на 22 травня Росія запустила по Україні понад сто ударних дронів, повідомили "
    "Повітряні сили. Більшість із них знешкодила протиповітряна оборона, але уламки впали "
    "на житловий будинок у Києві. Міський голова повідомив про двох поранених і закликав "
    "мешканців залишатися в укриттях."
)
_LONG_UK_2 = (
    "Служба безпеки України провела операцію «Павутина»: дрони, заздалегідь переправлені до "
    "Росії на вантажівках, атакували чотири військові аеродроми. За даними СБУ, уражено 41 літак. "
    "Міністерство оборони РФ визнало пожежі на кількох базах."
)
# A Ukrainian paragraph with no і, ї, є, ґ or apostrophe: only its words tell it from Russian.
_LONG_UK_PLAIN = (
    "Вчора ворог вдарив по Сумах двома балістичними ракетами. Загинули люди, серед них двоє "
    "дітей, понад сто поранено. Президент назвав удар свідомим вбивством цивільних та закликав "
    "партнерів посилити тиск на Москву."
)
_LONG_RU = (
    "В ночь на 22 мая Россия выпустила по Украине более ста ударных беспилотников, сообщили "
    "Воздушные силы. Большую часть из них сбила противовоздушная оборона, однако обломки "
    "упали на жилой дом в Киеве. Мэр города сообщил о двух пострадавших и призвал жителей "
    "оставаться в укрытиях."
)
_LONG_RU_2 = (
    "Евросоюз утвердил восемнадцатый пакет санкций против России. Потолок цен на российскую "
    "нефть снижен до 47,6 доллара за баррель, под ограничения попали еще 105 судов теневого "
    "флота. В Кремле заявили, что будут анализировать последствия."
)
# A Russian paragraph with no ы, э, ъ or ё.
_LONG_RU_PLAIN = (
    "Губернатор сообщил, что днем в субботу центр города подвергся обстрелу. По его словам, "
    "погибли не менее 14 человек, среди них дети, пострадали более ста. Повреждены жилые дома, "
    "автомобили и торговый центр."
)

TABLE: dict[str, list[str]] = {
    "fr": [
        "Frappes de drones russes sur Odessa dans la nuit",
        "Zelensky appelle les alliés à livrer plus de défense aérienne",
        "L'UE adopte son dix-septième paquet de sanctions contre Moscou",
        "Trump et Poutine se sont parlé pendant deux heures",
        "🔴 Alerte aérienne à Kiev : rejoignez les abris ! #Ukraine",
        "⚡️ La défense antiaérienne a abattu 40 drones au-dessus de la région de Koursk, selon Moscou.",
        "Odessa : trois morts après frappes nocturnes",
        "Frappes russes massives : Kiev privée d'électricité",
        "Kharkiv visée par des bombes planantes",
        "Echange de prisonniers : 390 Ukrainiens rentrent",
        "Soumy : deuil de trois jours apres la frappe",
        "Moscou ferme ses aeroports, internet mobile coupe",
        _LONG_FR,
        _LONG_FR_2,
    ],
    "en": [
        "Russia launches drones at Kyiv in overnight attack",
        "Ukraine hits oil depot in Russia's Bryansk region",
        "EU adopts 17th sanctions package against Russia",
        "Trump and Putin speak by phone for two hours",
        "🔴 Air raid alert in Kyiv: go to shelters now! #Ukraine",
        "⚡️ Air defence downed 40 drones over Kursk region, Moscow says.",
        "Sumy mourns after Palm Sunday missile strike",
        "Kyivstar outage: millions without mobile signal",
        "Zelensky meets Macron in Paris",
        "Moscow airports Vnukovo and Domodedovo closed",
        "Odesa port hit again",
        "Prisoner swap: 390 Ukrainians home",
        _LONG_EN,
        _LONG_EN_2,
    ],
    "uk": [
        "Росія атакувала Київ ударними дронами вночі",
        "Вибухи в Одесі: на складі виникла пожежа",
        "Зеленський: Україна готова до переговорів з Росією",
        "Трамп і Путін поговорили по телефону дві години",
        "⚡️ Сили ППО збили 40 з 70 дронів. Деталі згодом",
        "🔴 Повітряна тривога в Києві! Прямуйте до укриттів #Київ",
        "Удар по Сумах: загинули люди, горять будинки",
        "Аеропорт Пулково тимчасово закрито",
        "Ворог атакував Харків. Є поранені",
        "Над Черкащиною збито два шахеди",
        "Обмін полоненими: додому повернулися 390 захисників",
        "Збито 45 ракет та 266 дронів",
        "У Дніпрі пролунали вибухи",
        "Загроза балістики! Усім в укриття",
        "Масована атака: уламки впали на будинок у Києві",
        "Кабмін продовжив воєнний стан",
        "Тривога! Shahed на Київ",
        "Silent Crow взяли на себе відповідальність",
        "Мінус Су-34",
        "Кремль: переговорів не буде",
        "Війна триває",
        _LONG_UK,
        _LONG_UK_2,
        _LONG_UK_PLAIN,
    ],
    "ru": [
        "Россия атаковала Киев ударными беспилотниками ночью",
        "Взрывы в Белгороде: на складе возник пожар",
        "Зеленский: Украина готова к переговорам с Россией",
        "Трамп и Путин поговорили по телефону два часа",
        "⚡️ ПВО сбила 40 из 70 беспилотников. Подробности позже",
        "🔴 Воздушная тревога в Москве! Аэропорты Внуково и Домодедово закрыты",
        "Над Брянской областью сбиты три БПЛА",
        "Путин подписал указ о призыве",
        "Собянин: атака отражена",
        "В Казани беспилотники атаковали жилые дома",
        "Минобороны: уничтожены 337 украинских дронов",
        "Обрушение моста в Брянской области: погибли семь человек",
        "Аэрофлот отменил десятки рейсов после хакерской атаки",
        "Песков назвал ультиматум Трампа серьезным",
        "Мобильный интернет в центре Москвы отключен",
        "Губернатор: пострадавших нет",
        "Тревога! Шахеды на Киев",
        "Silent Crow взяли на себя ответственность",
        "Минус Су-34",
        "Кремль: переговоров не будет",
        "Ракетная опасность",
        _LONG_RU,
        _LONG_RU_2,
        _LONG_RU_PLAIN,
    ],
}

_CASES = [(lang, text) for lang, texts in TABLE.items() for text in texts]


@pytest.mark.parametrize(("expected", "text"), _CASES, ids=[f"{lang}-{i}" for i, (lang, _) in enumerate(_CASES)])
def test_language_identifies_each_text(expected, text):
    assert identify(text) == expected


@pytest.mark.parametrize("lang", list(TABLE))
def test_language_accuracy_per_language(lang):
    texts = TABLE[lang]
    right = sum(identify(t) == lang for t in texts)
    short = [t for t in texts if len(t) < 160]
    right_short = sum(identify(t) == lang for t in short)
    assert right / len(texts) >= 0.95, f"{lang}: {right}/{len(texts)}"
    assert right_short / len(short) >= 0.95, f"{lang} short texts: {right_short}/{len(short)}"


@pytest.mark.parametrize(("text", "expected"), [(_LONG_FR, "fr"), (_LONG_EN_2, "en"), (_LONG_UK, "uk"), (_LONG_RU, "ru")])
def test_language_long_texts_need_no_model(text, expected):
    """A paragraph with plain evidence is settled by the counts, so lingua is never loaded for it."""
    assert guess(text) == language_module.Guess(expected, "counts")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Аеропорт Пулково тимчасово закрито", "uk"),
        ("Путин подписал указ о призыве", "ru"),
        ("Odessa : trois morts après frappes nocturnes", "fr"),
        ("Odesa port hit again", "en"),
    ],
)
def test_language_short_text_without_telling_letters_goes_to_lingua(text, expected):
    assert guess(text) == language_module.Guess(expected, "lingua")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", "en"),
        ("12:40 — 15/05 🔴🔴", "en"),
        ("https://t.me/kpszsu/12345 Збито 45 ракет", "uk"),
        ("@mod_russia: https://t.me/mod_russia/1 Сбиты 45 ракет", "ru"),
    ],
)
def test_language_ignores_links_handles_and_symbols(text, expected):
    assert identify(text) == expected


def test_language_is_fast_after_the_model_loads():
    identify("Путин подписал указ о призыве")  # loads the uk/ru models once
    began = time.perf_counter()
    for _ in range(200):
        identify("Над Черкащиною збито два шахеди")
    assert (time.perf_counter() - began) / 200 < 0.005
