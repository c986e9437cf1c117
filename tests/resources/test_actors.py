"""Actor catalogue: people, offices, institutions, threat actors, outlets in four languages (issues 3, 4, 5)."""

from __future__ import annotations

from datetime import date
from itertools import pairwise

import pytest

from kronika.resources.actors import load_actors

MAY_2025 = date(2025, 5, 20)


@pytest.fixture(scope="module")
def catalog():
    return load_actors()


def _names(catalog, text: str, lang: str, on: date | None = MAY_2025) -> list[str]:
    return [m.entry.name for m in catalog.find(text, lang, on=on) if not m.adjective]


@pytest.mark.issue(3)
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("fr", "Vladimir Poutine a déclaré", "Vladimir Putin"),
        ("en", "Vladimir Putin said", "Vladimir Putin"),
        ("uk", "Володимир Путін заявив", "Vladimir Putin"),
        ("ru", "Владимир Путин заявил", "Vladimir Putin"),
        ("ru", "по словам Путина", "Vladimir Putin"),
        ("ru", "позвонил Путину", "Vladimir Putin"),
        ("ru", "встреча с Путиным", "Vladimir Putin"),
        ("uk", "Путіна", "Vladimir Putin"),
        ("en", "Putin's aides", "Vladimir Putin"),
        ("fr", "Volodymyr Zelensky", "Volodymyr Zelensky"),
        ("uk", "Зеленського", "Volodymyr Zelensky"),
        ("uk", "Зеленському", "Volodymyr Zelensky"),
        ("ru", "Зеленского", "Volodymyr Zelensky"),
        ("ru", "Собянина", "Sergei Sobyanin"),
        ("uk", "Собянін", "Sergei Sobyanin"),
        ("fr", "Sergueï Sobianine", "Sergei Sobyanin"),
        ("fr", "Donald Trump", "Donald Trump"),
        ("uk", "Дональда Трампа", "Donald Trump"),
        ("ru", "Трампом", "Donald Trump"),
        ("fr", "Kaja Kallas", "Kaja Kallas"),
        ("ru", "Марии Захаровой", "Maria Zakharova"),
        ("uk", "Марії Захарової", "Maria Zakharova"),
        ("fr", "Recep Tayyip Erdogan", "Recep Tayyip Erdoğan"),
        ("fr", "le pape Léon XIV", "Pope Leo XIV"),
    ],
)
def test_actors_find_person_in_four_languages(catalog, lang, text, expected):
    assert expected in _names(catalog, text, lang)


@pytest.mark.issue(4)
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("fr", "selon le ministère russe de la Défense", "ru-mod"),
        ("en", "the Russian Defence Ministry said", "ru-mod"),
        ("en", "Russia's Defense Ministry said", "ru-mod"),
        ("uk", "у Міноборони РФ заявили", "ru-mod"),
        ("ru", "Минобороны России сообщило", "ru-mod"),
        ("ru", "В Минобороны сообщили", "ru-mod"),
        ("fr", "le Kremlin a démenti", "kremlin"),
        ("en", "the Kremlin denied", "kremlin"),
        ("uk", "у Кремлі", "kremlin"),
        ("ru", "в Кремле", "kremlin"),
        ("uk", "Повітряні сили ЗСУ повідомили", "ua-air-force"),
        ("uk", "за даними Повітряних сил", "ua-air-force"),
        ("en", "the Ukrainian Air Force said", "ua-air-force"),
        ("fr", "l'armée de l'air ukrainienne", "ua-air-force"),
        ("en", "according to TASS", "tass"),
        ("ru", "сообщает ТАСС", "tass"),
        ("fr", "selon l'AFP", "afp"),
        ("en", "The Wall Street Journal reported", "wsj"),
        ("uk", "пише WSJ", "wsj"),
        ("fr", "le Wall Street Journal", "wsj"),
        ("en", "The New York Times", "nyt"),
        ("en", "the SBU said", "sbu"),
        ("uk", "СБУ затримала", "sbu"),
        ("fr", "le FSB", "fsb"),
        ("en", "CISA and the NCSC", "cisa"),
        ("fr", "l'ANSSI", "anssi"),
        ("fr", "l'Otan", "nato"),
        ("uk", "НАТО", "nato"),
        ("en", "the European Commission", "european-commission"),
        ("fr", "les dirigeants européens", "european-leaders"),
        ("en", "European leaders", "european-leaders"),
        ("uk", "європейські лідери", "european-leaders"),
        ("ru", "европейских лидеров", "european-leaders"),
    ],
)
def test_actors_find_institution_outlet_group(catalog, lang, text, expected):
    assert expected in [m.entry.id for m in catalog.find(text, lang, on=MAY_2025)]


@pytest.mark.issue(5)
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "APT28"),
        ("en", "Fancy Bear"),
        ("en", "Forest Blizzard"),
        ("en", "BlueDelta"),
        ("en", "Sofacy"),
        ("en", "Strontium"),
        ("en", "Pawn Storm"),
        ("en", "GRU Unit 26165"),
        ("fr", "l'unité 26165"),
        ("fr", "d'APT28"),
        ("fr", "d’APT28"),
        ("fr", "le 85e Centre des services spéciaux"),
        ("uk", "в/ч 26165"),
    ],
)
def test_actors_threat_actor_aliases_are_one_entry(catalog, lang, text):
    found = catalog.find(text, lang)
    assert [m.entry.id for m in found] == ["gru-unit-26165"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sandworm", "gru-unit-74455"),
        ("Seashell Blizzard", "gru-unit-74455"),
        ("Voodoo Bear", "gru-unit-74455"),
        ("APT44", "gru-unit-74455"),
        ("Cozy Bear", "apt29"),
        ("Midnight Blizzard", "apt29"),
        ("Secret Blizzard", "turla"),
        ("Shuckworm", "gamaredon"),
        ("Cadet Blizzard", "gru-unit-29155"),
        ("Ember Bear", "gru-unit-29155"),
        ("Killnet", "killnet"),
        ("NoName057(16)", "noname05716"),
        ("IT Army of Ukraine", "it-army-ukraine"),
    ],
)
def test_actors_threat_actor_aliases(catalog, text, expected):
    assert [m.entry.id for m in catalog.find(text, "en")] == [expected]


@pytest.mark.issue(4)
@pytest.mark.parametrize(
    ("lang", "text", "on", "expected"),
    [
        ("en", "the British prime minister", date(2022, 8, 1), "Boris Johnson"),
        ("en", "the British prime minister", date(2022, 9, 20), "Liz Truss"),
        ("en", "the British prime minister", date(2023, 6, 1), "Rishi Sunak"),
        ("en", "the British prime minister", date(2025, 5, 18), "Keir Starmer"),
        ("fr", "le Premier ministre britannique", date(2022, 8, 1), "Boris Johnson"),
        ("fr", "le Premier ministre britannique", date(2025, 5, 18), "Keir Starmer"),
        ("en", "the US president", date(2024, 6, 1), "Joe Biden"),
        ("en", "the U.S. president", date(2025, 5, 19), "Donald Trump"),
        ("fr", "le président américain", date(2024, 6, 1), "Joe Biden"),
        ("fr", "le président américain", date(2025, 5, 19), "Donald Trump"),
        ("uk", "президент США", date(2025, 5, 19), "Donald Trump"),
        ("ru", "президента США", date(2024, 6, 1), "Joe Biden"),
        ("uk", "американський президент", date(2025, 1, 20), "Donald Trump"),
        ("fr", "le chancelier allemand", date(2025, 5, 1), "Olaf Scholz"),
        ("fr", "le chancelier allemand", date(2025, 5, 20), "Friedrich Merz"),
        ("fr", "le maître du Kremlin", date(2025, 5, 20), "Vladimir Putin"),
        ("en", "the Russian leader", date(2023, 1, 1), "Vladimir Putin"),
        ("fr", "le chef de l'État ukrainien", date(2025, 5, 20), "Volodymyr Zelensky"),
        ("fr", "le maire de Moscou", date(2025, 5, 20), "Sergei Sobyanin"),
        ("en", "Moscow Mayor", date(2025, 5, 20), "Sergei Sobyanin"),
        ("ru", "мэр Москвы", date(2025, 5, 20), "Sergei Sobyanin"),
        ("en", "the NATO chief", date(2024, 6, 1), "Jens Stoltenberg"),
        ("en", "the NATO chief", date(2025, 6, 1), "Mark Rutte"),
        ("en", "Ukraine's defence minister", date(2023, 3, 1), "Oleksii Reznikov"),
        ("en", "Ukraine's defence minister", date(2024, 3, 1), "Rustem Umerov"),
        ("en", "Russia's defence minister", date(2023, 3, 1), "Sergei Shoigu"),
        ("en", "Russia's defence minister", date(2024, 6, 1), "Andrei Belousov"),
        ("en", "the Ukrainian foreign minister", date(2024, 1, 1), "Dmytro Kuleba"),
        ("en", "the Ukrainian foreign minister", date(2025, 1, 1), "Andrii Sybiha"),
        ("ru", "губернатор Курской области", date(2024, 1, 1), "Roman Starovoit"),
        ("ru", "губернатор Курской области", date(2024, 8, 1), "Alexei Smirnov"),
        ("ru", "губернатор Курской области", date(2025, 5, 20), "Alexander Khinshtein"),
    ],
)
def test_actors_office_resolves_to_holder_on_date(catalog, lang, text, on, expected):
    found = catalog.find(text, lang, on=on)
    assert [m.entry.name for m in found] == [expected]
    assert found[0].via_office is not None
    assert found[0].entry.kind == "person"


def test_actors_same_person_from_four_languages_has_one_id(catalog):
    ids = {
        m.entry.id
        for lang, text in [("fr", "Poutine"), ("en", "Putin"), ("uk", "Путіна"), ("ru", "Путиным")]
        for m in catalog.find(text, lang)
    }
    assert ids == {"vladimir-putin"}


@pytest.mark.parametrize(
    ("lang", "text"),
    [("en", "Russian drones"), ("fr", "les drones russes"), ("uk", "російські дрони"), ("ru", "российских беспилотников")],
)
def test_actors_demonym_is_country_adjective(catalog, lang, text):
    found = [m for m in catalog.find(text, lang) if m.adjective]
    assert found
    assert found[0].entry.kind == "country"
    assert found[0].entry.country == "RU"


@pytest.mark.parametrize(
    ("lang", "text", "country"),
    [("fr", "la Russie", "RU"), ("en", "Ukraine", "UA"), ("uk", "Росії", "RU"), ("ru", "США", "US"), ("fr", "les États-Unis", "US")],
)
def test_actors_country_by_name(catalog, lang, text, country):
    found = [m for m in catalog.find(text, lang) if not m.adjective]
    assert [(m.entry.kind, m.entry.country) for m in found] == [("country", country)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The AP style guide"),  # an acronym only in capitals
        ("en", "We sat on the rt side"),
        ("fr", "tout le monde sait"),
        ("en", "he played a trump card"),
        ("fr", "une base de données"),
    ],
)
def test_actors_case_rules(catalog, lang, text):
    found = [m.entry.id for m in catalog.find(text, lang)]
    assert "le-monde" not in found
    assert "donald-trump" not in found
    assert "rt" not in found


def test_actors_acronyms_need_capitals(catalog):
    assert [m.entry.id for m in catalog.find("AP and RT reported", "en")] == ["ap", "rt"]
    assert catalog.find("ap and rt", "en") == []


PROSE_EN = (
    "The oral exam went well and the reading club met in March. Mira said that Nova would come later; "
    "the committee will report soon. Nothing else happened; they shot a film and played cards."
)
PROSE_FR = (
    "Le comité a publié un rapport. Tout le monde sait que la base est fermée. Il faut avancer, "
    "dit-il, sans tarder. La mise en œuvre reste à voir."
)


@pytest.mark.parametrize(("lang", "text"), [("en", PROSE_EN), ("fr", PROSE_FR)])
def test_actors_ignore_ordinary_prose(catalog, lang, text):
    assert catalog.find(text, lang) == []


def test_actors_mention_offsets_cut_the_text(catalog):
    text = "Selon l’AFP, le président américain et Vladimir Poutine ont parlé."
    for m in catalog.find(text, "fr", on=MAY_2025):
        assert text[m.start : m.end] == m.text


def test_actors_lookup_and_get(catalog):
    assert catalog.lookup("Poutine", "fr")[0].id == "vladimir-putin"
    assert catalog.lookup("Путиным", "ru")[0].id == "vladimir-putin"
    holder = catalog.lookup("the U.S. president", "en", on=date(2024, 6, 1))[0]
    assert holder.name == "Joe Biden"
    entry = catalog.get("gru-unit-26165")
    assert entry is not None
    assert entry.name == "GRU Unit 26165"
    assert catalog.get("nobody") is None


@pytest.mark.issue(5)
@pytest.mark.parametrize(
    ("expected", "names"),
    [
        ("vitalii-bunechko", [("fr", "Vitali Bounetchko"), ("en", "Vitalii Bunechko said"), ("uk", "за словами Віталія Бунечка"),
                              ("ru", "Виталий Бунечко")]),
        ("oleh-hryhorov", [("fr", "Oleg Grigorov"), ("en", "Oleh Hryhorov"), ("uk", "Олега Григорова"), ("ru", "Олег Григоров")]),
        ("mykola-kalashnyk", [("fr", "Mykola Kalachnyk"), ("en", "governor Mykola Kalashnyk"), ("uk", "Миколи Калашника"),
                              ("ru", "Николай Калашник")]),
        ("natalia-humeniuk", [("fr", "Natalia Houmeniouk"), ("en", "Natalia Humeniuk"), ("uk", "Наталії Гуменюк"),
                              ("ru", "Натальи Гуменюк")]),
        ("igor-konashenkov", [("fr", "Igor Konachenkov"), ("en", "Igor Konashenkov"), ("uk", "Ігор Конашенков"),
                              ("ru", "Игоря Конашенкова")]),
        ("denis-pushilin", [("fr", "Denis Pouchiline"), ("en", "Denis Pushilin"), ("uk", "Дениса Пушиліна"), ("ru", "Денису Пушилину")]),
        ("yuri-slyusar", [("fr", "Iouri Slioussar"), ("en", "Yuri Slyusar"), ("uk", "Юрій Слюсар"), ("ru", "губернатора Слюсаря")]),
    ],
)
def test_actors_officials_have_one_id_in_four_languages(catalog, expected, names):
    for lang, text in names:
        assert [m.entry.id for m in catalog.find(text, lang)] == [expected], (lang, text)


@pytest.mark.issue(5)
@pytest.mark.parametrize(
    ("lang", "text", "on", "expected"),
    [
        ("ru", "губернатор Курской области", date(2024, 3, 1), "Roman Starovoit"),
        ("ru", "губернатора Курской области", date(2025, 1, 1), "Alexander Khinshtein"),
        ("en", "the Kursk governor", date(2024, 3, 1), "Roman Starovoit"),
        ("fr", "le gouverneur de la région de Koursk", date(2025, 1, 1), "Alexander Khinshtein"),
        ("ru", "губернатор Ростовской области", date(2024, 6, 1), "Vasily Golubev"),
        ("ru", "губернатора Ростовской области", date(2025, 1, 1), "Yuri Slyusar"),
        ("uk", "голова Сумської ОВА", date(2023, 6, 1), "Volodymyr Artiukh"),
        ("uk", "начальника Сумської ОВА", date(2025, 5, 1), "Oleh Hryhorov"),
        ("fr", "le gouverneur de la région de Soumy", date(2025, 5, 1), "Oleh Hryhorov"),
        ("en", "the governor of the Zaporizhzhia region", date(2023, 6, 1), "Yurii Malashko"),
        ("en", "Zaporizhzhia governor", date(2024, 6, 1), "Ivan Fedorov"),
        ("en", "Kyiv Oblast governor", date(2025, 5, 18), "Mykola Kalashnyk"),
        ("uk", "начальник КМВА", date(2024, 6, 1), "Serhii Popko"),
        ("uk", "начальника КМВА", date(2025, 3, 1), "Tymur Tkachenko"),
        ("uk", "командувач Повітряних сил", date(2024, 6, 1), "Mykola Oleshchuk"),
        ("en", "Ukraine's Air Force commander", date(2024, 10, 1), "Anatolii Kryvonozhko"),
    ],
)
def test_actors_regional_office_resolves_to_holder_on_date(catalog, lang, text, on, expected):
    found = catalog.find(text, lang, on=on)
    assert [m.entry.name for m in found] == [expected]
    assert found[0].via_office is not None


def test_actors_office_holders_do_not_overlap():
    for office in (e for e in load_actors().entries() if e.kind == "office"):
        terms = sorted((date.fromisoformat(s) if s else date.min, date.fromisoformat(e) if e else date.max)
                       for _, s, e in office.holders)
        for (_, end), (start, _) in pairwise(terms):
            assert end <= start, office.id


@pytest.mark.issue(4)
@pytest.mark.issue(5)
@pytest.mark.parametrize(
    ("expected", "names"),
    [
        ("sberbank", [("fr", "les sanctions contre Sberbank"), ("en", "Sberbank said"), ("uk", "у Сбербанку"),
                      ("ru", "санкции против Сбербанка"), ("ru", "клиенты Сбера")]),
        ("rutube", [("fr", "la plateforme Rutube"), ("en", "videos on Rutube"), ("uk", "на Rutube"), ("ru", "на RuTube")]),
        ("vk", [("fr", "le réseau VKontakte"), ("en", "posted on VK"), ("uk", "у ВКонтакте"), ("ru", "во ВКонтакте")]),
        ("yandex", [("fr", "Yandex"), ("en", "Yandex"), ("uk", "сервіси Яндекса"), ("ru", "в Яндексе")]),
        ("gazprom-neft", [("fr", "Gazprom Neft"), ("en", "Gazprom Neft refinery"), ("uk", "Газпром нафти"),
                          ("ru", "НПЗ «Газпром нефти»")]),
        ("russian-railways", [("fr", "les chemins de fer russes"), ("en", "Russian Railways said"), ("uk", "РЖД"),
                              ("ru", "Российских железных дорог")]),
        ("privatbank", [("fr", "PrivatBank"), ("en", "PrivatBank customers"), ("uk", "клієнти ПриватБанку"),
                        ("ru", "в Приватбанке")]),
        ("nova-poshta", [("fr", "Nova Poshta"), ("en", "a Nova Poshta depot"), ("uk", "термінал Нової пошти"),
                         ("ru", "терминал «Новой почты»")]),
        ("ukrtelecom", [("fr", "Ukrtelecom"), ("en", "Ukrtelecom"), ("uk", "абоненти Укртелекому"), ("ru", "Укртелекома")]),
        ("energoatom", [("fr", "Énergoatom"), ("en", "Energoatom said"), ("uk", "в Енергоатомі"), ("ru", "Энергоатома")]),
        ("dtek", [("fr", "DTEK"), ("en", "DTEK"), ("uk", "ДТЕК"), ("ru", "ДТЭК")]),
        ("diia", [("fr", "l'application Diia"), ("en", "the Diia app"), ("uk", "у застосунку «Дія»"), ("ru", "приложения «Дия»")]),
        ("pobeda", [("fr", "Pobeda"), ("en", "Pobeda"), ("uk", "авіакомпанії «Побєда»"), ("ru", "авиакомпании «Победа»")]),
        ("viasat", [("fr", "le réseau KA-SAT"), ("en", "Viasat's KA-SAT network"), ("uk", "Viasat"), ("ru", "Viasat")]),
    ],
)
def test_actors_companies_have_one_id_in_four_languages(catalog, expected, names):
    for lang, text in names:
        assert expected in [m.entry.id for m in catalog.find(text, lang)], (lang, text)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("uk", "Дія воєнного стану продовжена"),  # "дія" is also "effect", "action"
        ("ru", "Победа будет за нами"),  # "победа" is "victory"
        ("uk", "Мета атаки — енергетика"),  # "мета" is "aim"
        ("en", "Russian ambassador Anatoly Antonov"),
    ],
)
def test_actors_company_names_that_are_common_words_stay_out(catalog, lang, text):
    found = {m.entry.id for m in catalog.find(text, lang)}
    assert not found & {"diia", "pobeda", "meta", "antonov"}


def test_actors_companies_are_told_from_agencies_by_their_role(catalog):
    from kronika.extract.assemble import _COMPANY_ROLE

    for actor_id in ("sberbank", "rutube", "vk", "diia", "energoatom", "gtsou", "russian-railways", "pobeda", "viasat",
                     "starlink", "whatsapp", "signal", "rostec", "roscosmos", "almaz-antey", "maersk"):
        entry = catalog.get(actor_id)
        assert entry is not None, actor_id
        assert entry.kind == "institution", actor_id
        assert _COMPANY_ROLE.search(entry.role or ""), actor_id


@pytest.mark.parametrize(
    ("lang", "text", "actor_id"),
    [
        ("fr", "selon l'agence officielle nord-coréenne KCNA", "kcna"),
        ("en", "Yonhap reported on Monday", "yonhap"),
        ("ru", "как сообщает Радио Свобода", "rferl"),
        ("uk", "як повідомляє Громадське", "hromadske"),
        ("ru", "по данным ОВД-Инфо", "ovd-info"),
    ],
)
def test_actors_more_outlets_in_four_languages(lang, text, actor_id):
    from kronika.resources.actors import load_actors

    assert actor_id in {m.entry.id for m in load_actors().find(text, lang)}
