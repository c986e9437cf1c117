"""kronika.extract.language.identify: fr, en, uk or ru from short headlines, posts and articles."""

from __future__ import annotations

import pytest

from kronika.extract.language import identify

_LONG_FR = (
    "Dans la nuit du 21 au 22 mai, la Russie a lancé plus de cent drones contre l'Ukraine, "
    "selon l'armée de l'air ukrainienne. La défense antiaérienne en a abattu la plupart, "
    "mais des débris sont tombés sur un immeuble d'habitation à Kiev. Le maire de la ville "
    "a fait état de deux blessés et a appelé les habitants à rester dans les abris."
)
_LONG_EN = (
    "Russia launched more than a hundred drones at Ukraine overnight, the Ukrainian Air Force "
    "said on Thursday. Air defences shot down most of them, but debris fell on a residential "
    "building in Kyiv, where two people were injured. The mayor urged residents to stay in "
    "shelters until the all-clear was given."
)
_LONG_UK = (
    "У ніч на 22 травня Росія запустила по Україні понад сто ударних дронів, повідомили "
    "Повітряні сили. Більшість із них знешкодила протиповітряна оборона, але уламки впали "
    "на житловий будинок у Києві. Міський голова повідомив про двох поранених і закликав "
    "мешканців залишатися в укриттях."
)
_LONG_RU = (
    "В ночь на 22 мая Россия выпустила по Украине более ста ударных беспилотников, сообщили "
    "Воздушные силы. Большую часть из них сбила противовоздушная оборона, однако обломки "
    "упали на жилой дом в Киеве. Мэр города сообщил о двух пострадавших и призвал жителей "
    "оставаться в укрытиях."
)


@pytest.mark.parametrize(
    "text",
    [
        "Frappes de drones russes sur Odessa dans la nuit",
        "Zelensky appelle les alliés à livrer plus de défense aérienne",
        "L'UE adopte son dix-septième paquet de sanctions contre Moscou",
        "Trump et Poutine se sont parlé pendant deux heures",
        "🔴 Alerte aérienne à Kiev : rejoignez les abris ! #Ukraine",
        "⚡️ La défense antiaérienne a abattu 40 drones au-dessus de la région de Koursk, selon Moscou.",
        _LONG_FR,
        pytest.param(
            "Odessa : trois morts après frappes nocturnes",
            marks=pytest.mark.xfail(
                reason="no French function word from the short list: accented letters are not counted, falls back to en",
                strict=True,
            ),
        ),
        pytest.param(
            "Frappes russes massives : Kiev privée d'électricité",
            marks=pytest.mark.xfail(reason="elided d' and accents are not counted: falls back to en", strict=True),
        ),
    ],
)
def test_language_identifies_french(text):
    assert identify(text) == "fr"


@pytest.mark.parametrize(
    "text",
    [
        "Russia launches drones at Kyiv in overnight attack",
        "Ukraine hits oil depot in Russia's Bryansk region",
        "EU adopts 17th sanctions package against Russia",
        "Trump and Putin speak by phone for two hours",
        "🔴 Air raid alert in Kyiv: go to shelters now! #Ukraine",
        "⚡️ Air defence downed 40 drones over Kursk region, Moscow says.",
        _LONG_EN,
    ],
)
def test_language_identifies_english(text):
    assert identify(text) == "en"


@pytest.mark.parametrize(
    "text",
    [
        "Росія атакувала Київ ударними дронами вночі",
        "Вибухи в Одесі: на складі виникла пожежа",
        "Зеленський: Україна готова до переговорів з Росією",
        "Трамп і Путін поговорили по телефону дві години",
        "⚡️ Сили ППО збили 40 з 70 дронів. Деталі згодом",
        "🔴 Повітряна тривога в Києві! Прямуйте до укриттів #Київ",
        _LONG_UK,
        # No і/ї/є/ґ at all: only the spelling of the words tells Ukrainian from Russian.
        pytest.param(
            "Удар по Сумах: загинули люди, горять будинки",
            marks=pytest.mark.xfail(reason="no і/ї/є/ґ letters: identify falls back to ru", strict=True),
        ),
        pytest.param(
            "Аеропорт Пулково тимчасово закрито",
            marks=pytest.mark.xfail(
                reason="'е' in 'Аеропорт' and 'закрито' are Ukrainian spellings; only ы/э/ъ/ё vs і/ї/є/ґ are counted",
                strict=True,
            ),
        ),
    ],
)
def test_language_identifies_ukrainian(text):
    assert identify(text) == "uk"


@pytest.mark.parametrize(
    "text",
    [
        "Россия атаковала Киев ударными беспилотниками ночью",
        "Взрывы в Белгороде: на складе возник пожар",
        "Зеленский: Украина готова к переговорам с Россией",
        "Трамп и Путин поговорили по телефону два часа",
        "⚡️ ПВО сбила 40 из 70 беспилотников. Подробности позже",
        "🔴 Воздушная тревога в Москве! Аэропорты Внуково и Домодедово закрыты",
        _LONG_RU,
    ],
)
def test_language_identifies_russian(text):
    assert identify(text) == "ru"
