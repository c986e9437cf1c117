"""Event types and subtypes found by the trigger stage, seen through the whole pipeline.

kronika.extract.extract_events on short texts of our own, published on 22 May 2025.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def _kinds(events):
    return {(e.type, e.subtype) for e in events}


@pytest.mark.parametrize(
    ("language", "text", "kind"),
    [
        ("fr", "La défense antiaérienne russe a abattu 27 drones ukrainiens au-dessus de la région de Moscou.",
         ("interception", "drone")),
        ("en", "Russian air defences shot down 27 Ukrainian drones over the Moscow region.", ("interception", "drone")),
        ("uk", "Сили ППО збили 27 дронів над Київською областю.", ("interception", "drone")),
        ("ru", "ПВО сбила 27 беспилотников над Московской областью.", ("interception", "drone")),
        ("fr", "La défense antiaérienne a intercepté trois missiles Kalibr au-dessus d'Odessa.", ("interception", "missile")),
        ("en", "Ukrainian air defences intercepted four cruise missiles over Kyiv.", ("interception", "missile")),
        ("fr", "Des drones russes ont frappé Odessa dans la nuit.", ("attack", "drone")),
        ("en", "Russian missiles struck Dnipro on Thursday morning.", ("attack", "missile")),
        ("uk", "Російські дрони атакували Одесу вночі.", ("attack", "drone")),
        ("ru", "Украинские беспилотники атаковали Белгород ночью.", ("attack", "drone")),
        ("fr", "Un incendie s'est déclaré dans un dépôt pétrolier de Briansk.", ("damage", "fire")),
        ("en", "Two people were killed in Kharkiv.", ("damage", "casualties")),
        ("uk", "У Харкові виникла пожежа на складі.", ("damage", "fire")),
        ("ru", "В Белгороде пострадали три человека.", ("damage", "casualties")),
        ("fr", "L'aéroport de Vnoukovo a suspendu ses vols mercredi.", ("disruption", "airport")),
        ("en", "Flights were suspended at Sheremetyevo airport on Wednesday.", ("disruption", "airport")),
        ("ru", "В Москве ввели ограничения мобильного интернета.", ("disruption", "mobile_internet")),
        ("en", "The EU adopted its 17th sanctions package on Tuesday.", ("sanction", "imposed")),
        ("fr", "L'Union européenne a adopté mardi son 17e paquet de sanctions.", ("sanction", "imposed")),
    ],
)
def test_triggers_give_type_and_subtype(extract, language, text, kind):
    assert kind in _kinds(extract(text, language))


@pytest.mark.parametrize(
    ("language", "text", "absent"),
    [
        ("fr", "Zelensky a déclaré : «Nous avons abattu tous les drones au-dessus de Kiev.» Puis il est parti à Rome.",
         "interception"),
        ("en", "Zelensky said: “We shot down every drone over Kyiv last night.” He then left for Rome.", "interception"),
        ("uk", "Зеленський сказав: «Ми збили всі дрони над Києвом». Потім він поїхав до Риму.", "interception"),
        ("ru", "Песков заявил: «Наши войска сбили все дроны над Москвой». Затем он уехал в Сочи.", "interception"),
        ("fr", "Le maire a dit : «Les frappes sur Odessa doivent cesser.» Il a quitté la salle.", "attack"),
        ("en", "The mayor said: “The strikes on Odesa must stop.” He left the room.", "attack"),
    ],
)
def test_triggers_inside_quotation_yield_no_event(extract, language, text, absent):
    assert absent not in {e.type for e in extract(text, language)}


@pytest.mark.parametrize(
    ("language", "text", "absent"),
    [
        ("fr", "En raison de la menace de frappes de drones, l'alerte a été déclenchée à Kiev.", "attack"),
        ("en", "An air raid alert was declared in Kyiv because of the threat of drone attacks.", "attack"),
    ],
)
def test_triggers_threat_of_attack_is_not_an_attack(extract, language, text, absent):
    assert absent not in {e.type for e in extract(text, language)}


@pytest.mark.parametrize(
    ("language", "text", "trigger"),
    [
        ("fr", "Titre\n\nDans la nuit, la défense antiaérienne a abattu 27 drones au-dessus de la région de Koursk.",
         "abattu"),
        ("en", "Headline\n\nOvernight, air defences shot down 27 drones over the Kursk region.", "shot down"),
        ("uk", "Заголовок\n\nВночі сили ППО збили 27 дронів над Сумською областю.", "збили"),
        ("ru", "Заголовок\n\nНочью ПВО сбила 27 беспилотников над Курской областью.", "сбила"),
    ],
)
def test_triggers_evidence_covers_the_trigger(extract, language, text, trigger):
    events = [e for e in extract(text, language) if e.type == "interception"]
    assert len(events) == 1
    event = events[0]
    assert event.evidence
    quoted = [text[span.start : span.end] for span in event.evidence]
    assert any(trigger in q for q in quoted)
    (cue,) = event.field_evidence["trigger"]
    assert trigger in text[cue.start : cue.end]
    assert any(span.start <= cue.start and cue.end <= span.end for span in event.evidence)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("uk", "Міноборони РФ визнало атаки на аеродроми, а атаки в інших регіонах нібито вдалося відбити."),
        ("ru", "Минобороны признало атаки на аэродромы, а атаки в других регионах были отражены."),
        ("en", "The ministry admitted attacks on airfields; attacks in other regions were repelled."),
    ],
)
def test_triggers_repelled_attacks_are_an_interception(extract, language, text):
    events = extract(text, language)
    assert any(e.type == "interception" for e in events), [(e.type, e.subtype) for e in events]


@pytest.mark.parametrize(
    ("language", "text", "kind", "subtype"),
    [
        ("ru", "Роскомнадзор начал ограничивать звонки в Telegram и WhatsApp.", "disruption", "communications"),
        ("uk", "У Росії обмежили дзвінки в месенджерах Telegram і WhatsApp.", "disruption", "communications"),
        ("en", "Russia restricted voice calls on Telegram and WhatsApp.", "disruption", "communications"),
        ("fr", "La Russie a restreint les appels sur Telegram et WhatsApp.", "disruption", "communications"),
        ("ru", "В Москве отключили мобильный интернет из-за атаки беспилотников.", "disruption", "mobile_internet"),
        ("uk", "Україна отримала першу партію винищувачів F-16.", "aid", "military"),
        ("ru", "Нидерланды передали Украине первые истребители F-16.", "aid", "military"),
        ("en", "Ukraine has received the first F-16 fighter jets from Denmark.", "aid", "military"),
        ("fr", "Le Danemark a livré les premiers F-16 à l'Ukraine.", "aid", "military"),
    ],
)
def test_triggers_restrictions_and_deliveries(extract, language, text, kind, subtype):
    assert (kind, subtype) in {(e.type, e.subtype) for e in extract(text, language)}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ru", "Дмитрий Медведев написал в соцсети X, что ультиматум Трампа ничего не значит."),
        ("ru", "Песков добавил, что Кремль внимательно следит за ситуацией."),
        ("uk", "Зеленський додав, що Україна готова до переговорів."),
        ("uk", "Сибіга пояснив, що Київ чекає на відповідь партнерів."),
    ],
)
def test_triggers_wrote_added_explained_are_statements(extract, language, text):
    assert "statement" in {kind for kind, _ in _kinds(extract(text, language))}


@pytest.mark.parametrize(
    ("language", "text", "kind", "absent"),
    [
        ("en", "Residents in parts of eastern Poland were told to stay indoors.", None, "statement"),
        ("en", "In Wyryki the roof of a house was destroyed, apparently by a drone fragment.", "damage", "interception"),
        ("fr", "À Wyryki, le toit d'une maison a été détruit, apparemment par un fragment de drone.", "damage", "interception"),
    ],
)
def test_triggers_passive_telling_and_destroyed_buildings(extract, language, text, kind, absent):
    kinds = {k for k, _ in _kinds(extract(text, language))}
    assert absent not in kinds
    if kind:
        assert kind in kinds


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Le ministère a reconnu des attaques de drones contre cinq aérodromes. Selon lui, elles ont été "
               "repoussées à Ivanovo et à Riazan, tandis que des appareils ont pris feu à Mourmansk."),
    ],
)
def test_triggers_repelled_attacks_keep_their_own_clause_places(extract, language, text):
    events = extract(text, language)
    interceptions = {e.location.name for e in events if e.type == "interception"}
    assert interceptions
    assert "Murmansk" not in interceptions
    assert "Murmansk" in {e.location.name for e in events if e.type == "damage"}


@pytest.mark.parametrize(
    ("language", "text", "kind"),
    [
        # "se sont …" (not only "s'est …"): the reflexive plural.
        ("fr", "Les dirigeants de l'Union européenne se sont réunis en urgence à Bruxelles.", "contact"),
        ("fr", "Pendant la trêve, l'Ukraine et la Russie se sont accusées mutuellement de violations.", "statement"),
        ("fr", "Emmanuel Macron et Volodymyr Zelensky se sont entretenus par téléphone mardi.", "contact"),
    ],
)
def test_triggers_french_reflexive_plural(extract, language, text, kind):
    assert kind in {k for k, _ in _kinds(extract(text, language))}


@pytest.mark.parametrize(
    ("language", "text", "place", "value", "bound"),
    [
        ("uk", "У Житомирі пролунало щонайменше шість вибухів.", "Zhytomyr", 6, "at_least"),
        ("uk", "Вибухи пролунали в Миколаєві.", "Mykolaiv", None, None),
        ("uk", "У Сумах пролунало не менше чотирьох вибухів.", "Sumy", 4, "at_least"),
        ("ru", "В Курске прогремели не менее шести взрывов.", "Kursk", 6, "at_least"),
        ("ru", "Около десяти взрывов прогремело в Брянске.", "Bryansk", 10, "approx"),
        ("fr", "Plusieurs explosions ont retenti à Zaporijjia.", "Zaporizhzhia", None, None),
        ("en", "No fewer than six explosions were heard in Kursk.", "Kursk", 6, "at_least"),
    ],
)
def test_triggers_explosions_heard_are_an_attack_with_their_count(extract, language, text, place, value, bound):
    # "не менее", "не менше", "no fewer than" bound the number; they negate nothing.
    (attack,) = [e for e in extract(text, language) if e.type == "attack"]
    assert attack.location.name == place
    if value is None:
        assert not attack.quantities
    else:
        assert (attack.quantities[0].value, attack.quantities[0].unit, attack.quantities[0].bound) == (value, "explosion", bound)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ru", "Не менее четырех человек погибли в Курске."),
        ("uk", "Не менше чотирьох людей загинули в Сумах."),
    ],
)
def test_triggers_a_lower_bound_is_no_negation_of_casualties(extract, language, text):
    assert "damage" in {e.type for e in extract(text, language)}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Le barrage de Nova Kakhovka a été détruit dans la nuit."),
        ("uk", "Уночі було зруйновано греблю Каховської ГЕС."),
        ("en", "The Kerch bridge was partly destroyed by the blast."),
    ],
)
def test_triggers_destroyed_infrastructure_is_damage(extract, language, text):
    kinds = {k for k, _ in _kinds(extract(text, language))}
    assert "damage" in kinds
    assert "interception" not in kinds


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("uk", "Перші F-16 вже в Україні, заявив президент Зеленський."),
        ("ru", "Первые истребители F-16 уже на Украине, сообщили в Киеве."),
        ("en", "The first F-16 fighter jets have arrived in Ukraine, Zelensky said."),
        ("fr", "Les premiers F-16 sont arrivés en Ukraine, a annoncé Zelensky."),
    ],
)
def test_triggers_weapons_arriving_in_ukraine_are_military_aid_to_ukraine(extract, language, text):
    aid = [e for e in extract(text, language) if e.type == "aid"]
    assert aid
    assert {(a.role, a.name) for e in aid for a in e.actors} == {("target", "Ukraine")}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Zelensky said Russia must answer for the attack on the hospital in Kyiv."),
        ("fr", "Zelensky a déclaré que la Russie devait répondre de cette attaque contre Kyiv."),
        ("uk", "Зеленський заявив, що Росія має відповісти за цю атаку на Київ."),
        ("ru", "Зеленский заявил, что Россия должна ответить за эту атаку на Киев."),
    ],
)
def test_triggers_a_statement_about_an_event_told_before_is_a_statement(extract, language, text):
    assert "statement" in {e.type for e in extract(text, language)}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ru", "Евросоюз утвердил новый пакет санкций против России. Дмитрий Песков заявил, что российская экономика "
               "выработала иммунитет к санкциям."),
        ("uk", "Євросоюз ухвалив новий пакет санкцій проти Росії. Дмитро Пєсков заявив, що російська економіка "
               "виробила імунітет до санкцій."),
        ("en", "The EU adopted a new sanctions package against Russia. Dmitry Peskov said the Russian economy had become "
               "immune to sanctions."),
        ("fr", "L'UE a adopté un nouveau paquet de sanctions contre la Russie. Dmitri Peskov a affirmé que l'économie "
               "russe s'était adaptée aux sanctions."),
        ("uk", "Ракета зруйнувала корпус лікарні в Києві. СБУ заявила, що на місці влучання знайдено уламки ракети."),
    ],
)
def test_saying_about_an_event_already_told_is_a_statement(extract, language, text):
    # The event, told before, is only a circumstance of what is said ("immune to sanctions",
    # "на місці влучання"): the saying is the news, with its speaker.
    statements = [e for e in extract(text, language) if e.type == "statement"]
    assert statements
    assert statements[0].actors[0].role == "speaker"


@pytest.mark.parametrize(
    ("language", "text", "absent"),
    [
        ("ru", "Песков заявил, что ночью над Москвой сбиты 20 беспилотников.", "statement"),
        ("en", "Zelensky said Russian drones struck Kharkiv overnight.", "statement"),
        ("uk", "Повітряні сили повідомили, що над Києвом уночі збито 20 дронів.", "statement"),
        ("fr", "Zelensky a affirmé que des drones russes avaient frappé Kharkiv dans la nuit.", "statement"),
    ],
)
def test_saying_that_reports_an_event_only_attributes_it(extract, language, text, absent):
    assert absent not in {e.type for e in extract(text, language)}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("uk", "Як умову Кремль висунув повне припинення військової допомоги Україні."),
        ("ru", "Кремль выдвинул условия урегулирования: полное прекращение военной помощи Киеву."),
        ("en", "The Kremlin set two conditions for a ceasefire."),
        ("fr", "Le Kremlin a posé deux conditions à un cessez-le-feu."),
    ],
)
def test_condition_put_forward_is_a_demand(extract, language, text):
    (statement,) = [e for e in extract(text, language) if e.type == "statement"]
    assert statement.subtype == "demand"
    assert (statement.actors[0].role, statement.actors[0].name) == ("speaker", "Kremlin")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Après l'attaque de drones sur Moscou, deux personnes ont demandé une assistance médicale."),
        ("en", "After the drone attack on Moscow, two people sought medical help."),
        ("uk", "Після атаки дронів на Москву двоє людей звернулися по медичну допомогу."),
        ("ru", "После атаки беспилотников на Москву два человека обратились за медицинской помощью."),
    ],
)
def test_triggers_seeking_medical_help_is_a_casualty_not_a_demand(extract, language, text):
    events = extract(text, language)
    assert "statement" not in {e.type for e in events}
    casualties = [e for e in events if e.type == "damage" and e.subtype == "casualties"]
    assert casualties
    assert 2 in {q.value for e in casualties for q in e.quantities}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Le 24 février 2022, les forces russes ont pris le contrôle de la centrale de Tchernobyl."),
        ("en", "On 24 February 2022, Russian forces took control of the Chornobyl nuclear power plant."),
        ("uk", "24 лютого 2022 року російські війська взяли під контроль Чорнобильську АЕС."),
        ("ru", "24 февраля 2022 года российские войска взяли под контроль Чернобыльскую АЭС."),
    ],
)
def test_triggers_taking_control_of_a_place_is_a_capture(extract, language, text):
    captures = [e for e in extract(text, language) if e.type == "other" and e.subtype == "capture"]
    assert [e.location.name for e in captures] == ["Chornobyl Nuclear Power Plant"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "L'Ukraine et la Russie ont procédé samedi à un échange de 390 prisonniers, a annoncé Volodymyr Zelensky."),
        ("en", "Russia and Ukraine carried out an exchange of 390 prisoners on Saturday, Volodymyr Zelensky said."),
        ("uk", "Україна та Росія в суботу провели обмін 390 на 390 полоненими, повідомив Володимир Зеленський."),
        ("ru", "Россия и Украина в субботу провели обмен 390 на 390 военнопленными, сообщил Владимир Зеленский."),
    ],
)
def test_triggers_an_exchange_of_a_number_of_prisoners_is_an_exchange(extract, language, text):
    exchanges = [e for e in extract(text, language) if e.type == "other" and e.subtype == "prisoner_exchange"]
    assert exchanges
    assert 390 in {q.value for q in exchanges[0].quantities}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ru", "Минобороны России сообщило, что войска освободили населенный пункт Котляровка в Донецкой народной республике."),
        ("uk", "Російські війська захопили село Котлярівка на Донеччині, повідомили аналітики."),
        ("en", "Russia's defence ministry claimed the capture of the village of Kotlyarivka in the Donetsk region."),
        ("fr", "La Russie a revendiqué mardi la prise du village de Kotlyarivka, dans la région de Donetsk."),
    ],
)
def test_triggers_a_village_claimed_taken_is_a_capture_in_its_region(extract, language, text):
    captures = [e for e in extract(text, language) if e.type == "other" and e.subtype == "capture"]
    assert [e.location.name for e in captures] == ["Donetsk Oblast"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Power was cut to about 500,000 customers in the Kharkiv region after a Russian missile struck an energy facility."),
        ("fr", "Quelque 500 000 foyers ont été privés d'électricité dans la région de Kharkiv après une frappe de missile russe."),
        ("uk", "Після ракетного удару на Харківщині знеструмлено близько 500 тисяч споживачів."),
        ("ru", "После ракетного удара в Харьковской области обесточены около 500 тысяч потребителей."),
    ],
)
def test_triggers_a_power_cut_after_a_strike_is_a_disruption(extract, language, text):
    events = extract(text, language)
    assert any(e.type == "disruption" and e.subtype == "power" for e in events)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Zelensky: 303 more Ukrainian defenders are home."),
        ("fr", "Quelque 303 soldats ukrainiens sont rentrés de captivité samedi, a annoncé Zelensky."),
        ("uk", "Ще 303 українських захисники повернулися з полону, повідомив Зеленський."),
        ("ru", "Из плена вернулись 303 российских военнослужащих, сообщило Минобороны."),
    ],
)
def test_triggers_soldiers_home_from_captivity_are_an_exchange(extract, language, text):
    exchanges = [e for e in extract(text, language) if e.type == "other" and e.subtype == "prisoner_exchange"]
    assert exchanges
    assert 303 in {q.value for q in exchanges[0].quantities}


@pytest.mark.parametrize(
    ("language", "text", "kind"),
    [
        ("en", "Trump and Zelensky then spoke by phone for about an hour, the White House said.", "contact"),
        ("fr", "Donald Trump et Volodymyr Zelensky se sont entretenus par téléphone pendant une heure.", "contact"),
        ("en", "A section of a nine-storey apartment building collapsed after a direct hit, rescuers said.", "damage"),
        ("fr", "Une section de l'immeuble s'est effondrée après une frappe directe, selon les secours.", "damage"),
        ("en", "The first 390 prisoners were returned on Friday.", "other"),
    ],
)
def test_triggers_calls_collapses_and_returns(extract, language, text, kind):
    assert kind in {e.type for e in extract(text, language)}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The talks collapsed on Friday after Russia rejected the proposal."),
        ("fr", "Le rouble s'est effondré face au dollar après l'annonce des sanctions."),
    ],
)
def test_triggers_a_figurative_collapse_is_no_damage(extract, language, text):
    assert "damage" not in {e.type for e in extract(text, language)}


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        ("ru", "Песков: Кремль ждет от Вашингтона конкретных предложений.", "Dmitry Peskov"),
        ("uk", "Сибіга: Росія має погодитися на безумовне припинення вогню.", "Andrii Sybiha"),
        ("uk", "За словами Зеленського, Україна готова до повного припинення вогню на 30 днів.", "Volodymyr Zelensky"),
        ("fr", "Selon le président russe, un cessez-le-feu est possible si des accords sont conclus.", "Vladimir Putin"),
    ],
)
def test_triggers_what_a_named_party_says_without_a_verb_is_a_statement(extract, language, text, speaker):
    statements = [e for e in extract(text, language) if e.type == "statement"]
    assert {a.name for e in statements for a in e.actors if a.role == "speaker"} == {speaker}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("uk", "Дрони окупанти запускали з різних напрямків: Курськ, Орел, Шаталове."),
        ("en", "The Kremlin (Photo: EPA)"),
    ],
)
def test_triggers_a_colon_after_a_clause_or_in_a_caption_is_no_speaker(extract, language, text):
    assert "statement" not in {e.type for e in extract(text, language)}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "CERT-UA said the Russian group APT28 targeted Ukrainian government agencies with a new backdoor."),
        ("fr", "Selon l'ANSSI, APT28 a ciblé des ministères français avec un nouveau logiciel malveillant."),
        ("uk", "За даними CERT-UA, угруповання Sandworm атакувало енергетичні компанії України."),
        ("ru", "По данным CERT-UA, группировка Sandworm атаковала энергетические компании Украины."),
    ],
)
def test_triggers_a_hacking_group_that_targets_is_a_cyber_operation(extract, language, text):
    events = extract(text, language)
    assert "cyber_operation" in {e.type for e in events}
    assert "attack" not in {e.type for e in events}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Russian hackers breached the grid operator on Monday. Officials said about 40,000 homes could have "
               "lost power if the intrusion had not been spotted."),
        ("en", "Russian hackers breached the grid operator on Monday. The company did not say how many homes lost power."),
        ("fr", "Des pirates russes ont infiltré lundi le réseau d'un fournisseur d'électricité. Selon les autorités, "
               "40 000 foyers auraient pu être privés de courant si l'intrusion n'avait pas été repérée."),
    ],
)
def test_triggers_an_outage_feared_or_negated_is_no_disruption(extract, language, text):
    # "could have lost power if …", "did not say how many homes lost power": no outage is reported.
    assert "disruption" not in {e.type for e in extract(text, language)}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Russian missiles struck Odesa on Monday, killing two people. Moscow has repeatedly denied targeting civilians."),
        ("en", "Russian missiles struck Odesa on Monday, killing two people. The Kremlin has consistently denied targeting civilians."),
        ("fr", "Des missiles russes ont frappé Odessa lundi, tuant deux personnes. Moscou dément habituellement viser des civils."),
        ("fr", "Des missiles russes ont frappé Odessa lundi, tuant deux personnes. Moscou a démenti à plusieurs reprises viser des civils."),
    ],
)
def test_triggers_a_standing_denial_is_no_statement(extract, language, text):
    # "has repeatedly denied", "dément habituellement": a stance held over time, not a statement made now.
    assert "statement" not in {e.type for e in extract(text, language)}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Russian missiles struck Odesa on Monday, killing two people. The Kremlin denied targeting civilians."),
        ("fr", "Des missiles russes ont frappé Odessa lundi, tuant deux personnes. Le Kremlin a démenti viser des civils."),
    ],
)
def test_triggers_a_denial_made_now_stays_a_statement(extract, language, text):
    assert "statement" in {e.type for e in extract(text, language)}


@pytest.mark.parametrize(
    ("language", "text", "elsewhere"),
    [
        ("en", "Russian missiles struck a hospital in Kyiv on Monday, killing two people. Zelensky, arriving in Warsaw "
               "ahead of a summit in Vilnius, said Moscow must answer for the attack.", ("Warsaw", "Vilnius")),
        ("fr", "Des missiles russes ont frappé un hôpital de Kiev lundi, tuant deux personnes. À Varsovie, Zelensky a "
               "estimé mardi que la frappe était « un crime ».", ("Varsovie", "Warsaw")),
        ("en", "Russian drones struck a power plant in Kharkiv on Monday, killing two people. The attack came two days "
               "after the Kremlin rejected a ceasefire proposal in Moscow.", ("Moscow",)),
    ],
)
def test_triggers_an_attack_named_again_is_not_placed_where_it_is_spoken_of(extract, language, text, elsewhere):
    # Where and when the speaker spoke, or the landmark that dates it, is no news of the attack itself.
    attacks = [e for e in extract(text, language) if e.type == "attack"]
    assert len(attacks) == 1
    assert not any(e.location and e.location.name in elsewhere for e in attacks)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "08:15 - Another heavy night of attacks. Russia launched 120 drones at Ukraine overnight, the Air Force said. "
               "Air defences shot down 95 of them."),
        ("fr", "🔴 Nuit d'attaques massive. La Russie a lancé 120 drones sur l'Ukraine dans la nuit, selon l'armée de l'air. "
               "La défense antiaérienne en a abattu 95."),
    ],
)
def test_triggers_the_title_of_a_live_entry_is_no_attack_of_its_own(extract, language, text):
    # "08:15 - Another heavy night of attacks.", "🔴 Nuit d'attaques massive.": the entry's short title,
    # told by the sentences after it, gives one attack, not two.
    assert [e.type for e in extract(text, language)].count("attack") == 1


def _actor_names(event):
    return {a["name"] for a in event.to_json().get("actors", [])}


@pytest.mark.parametrize(
    ("language", "text", "parties"),
    [
        ("fr", "Les délégations russe et ukrainienne se sont retrouvées lundi au palais présidentiel, à Istanbul, "
               "pour leurs premières négociations directes.", {"Russia", "Ukraine"}),
        ("fr", "Les délégations ukrainienne et américaine se retrouvent à Djeddah, en Arabie saoudite, pour des "
               "discussions sur une trêve.", {"Ukraine", "United States"}),
    ],
)
def test_triggers_delegations_named_by_adjectives_after_the_noun_meet(extract, language, text, parties):
    # French puts the adjectives after "délégations"; a place and an aside may stand before "pour".
    contacts = [e for e in extract(text, language) if e.type == "contact"]
    assert contacts
    assert parties <= _actor_names(contacts[0])


@pytest.mark.parametrize(
    ("language", "text", "donor"),
    [
        ("fr", "Le ministre a annoncé que de nouveaux F-16 fournis par la Norvège étaient arrivés.", "Norway"),
        ("en", "The minister said that new F-16s supplied by Norway had arrived.", "Norway"),
        ("en", "Officials confirmed that Washington had secretly shipped long-range ATACMS missiles to Ukraine in February.",
         "United States"),
    ],
)
def test_triggers_weapons_given_by_a_donor_are_aid(extract, language, text, donor):
    # "fournis par", "supplied by": who comes after "by" gives; a hyphenated word may stand before the weapon.
    aid = [e for e in extract(text, language) if e.type == "aid"]
    assert aid
    assert donor in _actor_names(aid[0])


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Washington lifted its pause on military aid to Ukraine on Tuesday."),
        ("fr", "Washington a levé la suspension des livraisons d'armes à l'Ukraine mardi."),
    ],
)
def test_triggers_a_lifted_pause_on_aid_is_aid(extract, language, text):
    # A pause on aid suppresses the aid; a pause lifted restores it.
    assert "aid" in {e.type for e in extract(text, language)}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Moscow demanded a pause on military aid to Ukraine."),
    ],
)
def test_triggers_a_pause_on_aid_demanded_is_no_aid(extract, language, text):
    assert "aid" not in {e.type for e in extract(text, language)}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "On Sunday, 205 people on each side, soldiers and civilians, were returned home in the third stage."),
        ("fr", "Dimanche, 205 prisonniers de chaque côté ont été libérés lors de la troisième étape."),
    ],
)
def test_triggers_people_freed_on_each_side_are_an_exchange(extract, language, text):
    assert ("other", "prisoner_exchange") in _kinds(extract(text, language))


@pytest.mark.parametrize(
    ("language", "text", "kind", "speaker"),
    [
        ("fr", "Mardi, Kaja Kallas a reproché à la Russie de bloquer les négociations.",
         ("statement", "accusation"), "Kaja Kallas"),
        ("fr", "La livraison des chars avait été annoncée par Olaf Scholz le 25 janvier 2023.",
         ("statement", None), "Olaf Scholz"),
        ("en", "The delivery of the tanks had been announced by Olaf Scholz on 25 January 2023.",
         ("statement", None), "Olaf Scholz"),
    ],
)
def test_triggers_reproaches_and_passive_announcements_are_statements(extract, language, text, kind, speaker):
    said = [e for e in extract(text, language) if (e.type, e.subtype) == kind]
    assert said
    assert speaker in _actor_names(said[0])


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Ukraine brought home 84 prisoners of war in the latest exchange, Zelensky said.", "other"),
        ("Britain sanctioned 100 more vessels of Russia's shadow fleet on Tuesday.", "sanction"),
    ],
)
def test_triggers_brought_home_and_sanctioned_with_a_count(extract, text, kind):
    assert kind in {e.type for e in extract(text, "en")}
