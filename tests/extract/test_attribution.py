"""Certainty, source and relay chain of events, seen through the whole pipeline.

alleged: the text distances itself; denied: a party denies it; hypothetical: threatened or
considered; claimed: a party reports it; asserted: the outlet states it as fact.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def _of_type(events, event_type):
    found = [e for e in events if e.type == event_type]
    assert found, f"no {event_type} among {[(e.type, e.subtype) for e in events]}"
    return found


@pytest.mark.parametrize(
    ("language", "text", "event_type"),
    [
        ("fr", "Un drone ukrainien aurait été abattu au-dessus de Belgorod.", "interception"),
        ("fr", "Un drone a prétendument frappé une usine à Briansk.", "attack"),
        ("en", "A drone allegedly struck a plant in Bryansk.", "attack"),
        ("en", "Ukrainian forces allegedly shot down a Su-34 jet over Donetsk.", "interception"),
        ("uk", "Російські дрони нібито атакували Херсон.", "attack"),
        ("ru", "Украинские беспилотники якобы атаковали Курск.", "attack"),
    ],
)
def test_attribution_hedge_makes_event_alleged(extract, language, text, event_type):
    assert {e.attribution.certainty for e in _of_type(extract(text, language), event_type)} == {"alleged"}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Le Kremlin a démenti toute frappe sur Kiev."),
        ("en", "The Kremlin denied any strike on Kyiv."),
        ("uk", "Міноборони Росії спростувало удар по Києву."),
        ("ru", "Минобороны России опровергло удар по Киеву."),
    ],
)
def test_attribution_denial_makes_event_denied(extract, language, text):
    attacks = _of_type(extract(text, language), "attack")
    assert {e.attribution.certainty for e in attacks} == {"denied"}
    assert "Kyiv" in {e.location.name for e in attacks}


@pytest.mark.parametrize(
    ("language", "text", "subtype"),
    [
        ("en", "Trump threatened to impose sanctions on Russian banks.", "threatened"),
        ("fr", "Trump a menacé d'imposer des sanctions aux banques russes.", "threatened"),
        ("fr", "L'Union européenne envisage des sanctions contre la flotte fantôme.", "considered"),
        ("en", "The European Union is considering sanctions on the shadow fleet.", "considered"),
        ("uk", "Євросоюз розглядає нові санкції проти тіньового флоту.", "considered"),
        ("ru", "Кремль рассматривает ответные санкции против ЕС.", "considered"),
    ],
)
def test_attribution_threat_or_consideration_is_hypothetical(extract, language, text, subtype):
    sanctions = _of_type(extract(text, language), "sanction")
    assert {(e.subtype, e.attribution.certainty) for e in sanctions} == {(subtype, "hypothetical")}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Les autorités régionales ont indiqué que 12 drones avaient été abattus au-dessus de la région de Koursk."),
        ("en", "Regional authorities said 12 drones had been shot down over the Kursk region."),
        ("uk", "Місцева влада повідомила, що над Сумською областю збили 12 дронів."),
        ("ru", "Местные власти сообщили, что над Курской областью сбили 12 беспилотников."),
    ],
)
def test_attribution_party_report_makes_event_claimed(extract, language, text):
    (event,) = _of_type(extract(text, language), "interception")
    assert event.attribution.certainty == "claimed"
    assert event.attribution.source


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Le ministère russe de la Défense a annoncé que 27 drones avaient été abattus au-dessus de la région de Moscou."),
        ("en", "The Russian Defence Ministry said 27 drones had been shot down over the Moscow region."),
        ("ru", "Минобороны России сообщило, что над Московской областью сбиты 27 беспилотников."),
    ],
)
def test_attribution_ministry_is_the_source_of_its_claim(extract, language, text):
    (event,) = _of_type(extract(text, language), "interception")
    assert event.attribution.certainty == "claimed"
    assert event.attribution.source == "Ministry of Defence of Russia"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Dans la nuit, des drones russes ont frappé Odessa."),
        ("en", "Russian drones struck Odesa overnight."),
        ("uk", "Вночі російські дрони атакували Одесу."),
        ("ru", "Ночью российские беспилотники атаковали Одессу."),
    ],
)
def test_attribution_plain_statement_is_asserted(extract, language, text):
    attacks = _of_type(extract(text, language), "attack")
    assert {(e.attribution.source, e.attribution.certainty) for e in attacks} == {(None, "asserted")}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Selon l'agence TASS, citant le ministère russe de la Défense, 27 drones ont été abattus "
               "au-dessus de la région de Moscou."),
        ("en", "Citing the Russian Defence Ministry, TASS reported that 27 drones had been shot down "
               "over the Moscow region."),
    ],
)
def test_attribution_relay_is_via_and_origin_is_source(extract, language, text):
    (event,) = _of_type(extract(text, language), "interception")
    assert event.attribution.source == "Ministry of Defence of Russia"
    assert event.attribution.via
    assert "TASS" in event.attribution.via[0]


@pytest.mark.parametrize(
    ("language", "text", "source"),
    [
        # The claim first, then "Про це / Об этом …, повідомив у Telegram X": X is the source of
        # the claim before, also across a date in commas and a platform between verb and speaker.
        ("uk", "Уночі сили ППО збили чотири ворожі безпілотники над Харківщиною. "
               "Про це зранку повідомив у Telegram голова Харківської ОВА Олег Синєгубов.", "Oleh Syniehubov"),
        ("ru", "Силы ПВО уничтожили пять беспилотников над Белгородской областью. "
               "Об этом в среду, 21 мая, сообщил в своем Telegram-канале губернатор Вячеслав Гладков.",
         "Vyacheslav Gladkov"),
    ],
)
def test_attribution_back_reference_names_the_source_of_the_claim_before(extract, language, text, source):
    interceptions = _of_type(extract(text, language), "interception")
    assert {e.attribution.source for e in interceptions} == {source}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("uk", "Про це повідомив командувач Повітряних сил Микола Олещук.\n\n"
               "Уночі сили ППО збили три ворожі безпілотники над Черкащиною."),
        ("en", "Air Force commander Mykola Oleshchuk said the attack began at midnight.\n\n"
               "Air defence shot down three drones over the Cherkasy region."),
    ],
)
def test_attribution_a_story_goes_on_reporting_its_source_without_claiming_more(extract, language, text):
    # A later paragraph with no source of its own keeps the story's source; its certainty stays
    # its own (the sentence states it; the coder's "asserted").
    interception = _of_type(extract(text, language), "interception")[0]
    assert interception.attribution.source == "Mykola Oleshchuk"
    assert interception.attribution.certainty == "asserted"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Governor Vyacheslav Gladkov reported a drone attack on Belgorod on Monday. "
               "According to him, a drone allegedly hit a warehouse in Shebekino."),
        ("fr", "Le gouverneur Viatcheslav Gladkov a signalé une attaque de drones sur Belgorod lundi. "
               "Selon lui, un drone a frappé un entrepôt à Chebekino."),
    ],
)
def test_attribution_according_to_him_is_the_speaker_named_before(extract, language, text):
    events = extract(text, language)
    shebekino = [e for e in events if e.location.name == "Shebekino"]
    assert shebekino, [(e.type, e.location.name) for e in events]
    assert {e.attribution.source for e in shebekino} == {"Vyacheslav Gladkov"}


@pytest.mark.parametrize(
    ("language", "text", "source"),
    [
        # A bare title for the one named before.
        ("en", "Governor Vyacheslav Gladkov said drones attacked Belgorod on Monday.\n\n"
               "Air defence shot down five drones over Shebekino, the governor added.", "Vyacheslav Gladkov"),
        ("fr", "Le gouverneur Viatcheslav Gladkov a signalé une attaque sur Belgorod.\n\n"
               "Cinq drones ont été abattus au-dessus de Chebekino, a précisé le gouverneur.", "Vyacheslav Gladkov"),
        # A title between the verb and the name.
        ("fr", "Le bâtiment du gouvernement à Kyiv a pris feu, a annoncé la Première ministre Ioulia Svyrydenko.",
         "Svyrydenko"),
        # A second verb of the same subject: its subject, not the word after it.
        ("en", "The Kremlin called the drone attack a terrorist act and said Russia would respond.", "Kremlin"),
    ],
)
def test_attribution_finds_the_speaker_behind_titles_and_coordination(extract, language, text, source):
    events = [e for e in extract(text, language) if e.type != "statement"] or extract(text, language)
    assert any((e.attribution.source or "").endswith(source) for e in events), [e.attribution for e in events]


@pytest.mark.parametrize(
    ("language", "text", "words"),
    [
        ("fr", "Deux personnes ont été tuées à Kyiv, selon l'administration militaire de la ville.", "administration militaire"),
        ("en", "Two people were killed in Kharkiv, according to emergency workers.", "emergency workers"),
        ("uk", "У Харкові загинули двоє людей, за даними рятувальників.", "рятувальників"),
    ],
)
def test_attribution_keeps_an_unnamed_source_as_written(extract, language, text, words):
    casualties = [e for e in extract(text, language) if e.type == "damage"]
    assert casualties
    assert all(words in (e.attribution.source or "") for e in casualties)
    assert {e.attribution.certainty for e in casualties} == {"claimed"}


@pytest.mark.parametrize(
    ("language", "text", "source"),
    [
        # A closing attribution covers the sentence; anonymous sources leave the outlet as the source.
        ("en", "Trump told European leaders that Putin is not ready to end the war, The Wall Street Journal "
               "reported on Thursday, citing three sources familiar with the call.", "The Wall Street Journal"),
        # "According to <outlet>, X told Y …": the outlet vouches for a private exchange.
        ("en", "According to The New York Times, after the call Trump told Zelensky that he would not impose sanctions.",
         "The New York Times"),
    ],
)
def test_attribution_outlet_vouches_for_what_it_reports(extract, language, text, source):
    events = extract(text, language)
    assert events
    assert {e.attribution.source for e in events} == {source}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ru", "Отвечая на вопрос о пленных, которые, по словам американского президента, оказались в окружении, "
               "Путин, как утверждают в Кремле, пообещал сохранить им жизнь."),
    ],
)
def test_attribution_an_aside_in_a_relative_clause_is_not_the_source(extract, language, text):
    statements = _of_type(extract(text, language), "statement")
    assert {e.attribution.source for e in statements} == {"Kremlin"}
    assert {a.name for e in statements for a in e.actors if a.role == "speaker"} == {"Vladimir Putin"}


@pytest.mark.parametrize(
    ("language", "text", "source", "via"),
    [
        # The agency relays, the command reports; its name lower-case in mid-sentence, in quotes.
        ("uk", "Уночі над Миколаївщиною збили три ворожі безпілотники. Як передає Укрінформ, про це повідомило "
               "оперативне командування \"Південь\".", "Operational Command South", "Ukrinform"),
        ("ru", "Ночью над Херсонщиной сбиты три беспилотника. Как передает ТАСС, об этом сообщило министерство обороны России.",
         "Ministry of Defence of Russia", "TASS"),
    ],
)
def test_attribution_relaying_outlet_is_via_and_the_reporting_body_is_the_source(extract, language, text, source, via):
    interceptions = _of_type(extract(text, language), "interception")
    assert {e.attribution.source for e in interceptions} == {source}
    assert all(via in e.attribution.via for e in interceptions)


@pytest.mark.parametrize(
    ("language", "text", "source"),
    [
        ("fr", "Dans la nuit, la Russie a lancé 300 drones contre l'Ukraine, selon le bilan de l'armée de l'air.",
         "Ukrainian Air Force"),
        ("fr", "« Que le processus commence ! », a écrit sur sa plateforme Truth Social le dirigeant républicain.",
         "Donald Trump"),
    ],
)
def test_attribution_bare_air_force_and_epithets(extract, language, text, source):
    events = extract(text, language)
    assert events
    assert {e.attribution.source for e in events} == {source}


@pytest.mark.parametrize(
    ("language", "text", "source"),
    [
        ("ru", "Губернатор Сергей Собянин сообщил об атаке. Росавиация ввела временные ограничения в аэропорту Внуково.",
         "Rosaviatsia"),
    ],
)
def test_attribution_the_body_that_imposes_a_restriction_announces_it(extract, language, text, source):
    disruptions = _of_type(extract(text, language), "disruption")
    assert {e.attribution.source for e in disruptions} == {source}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("uk", "Дональд Туск, який провів зустріч із Зеленським у Варшаві, заперечив це."),
        ("ru", "Туск, который встретился с Мерцем в Берлине, опроверг это."),
        ("en", "Tusk, who met Merz in Berlin, denied it."),
        ("fr", "Tusk, qui a rencontré Merz à Berlin, a démenti."),
    ],
)
def test_attribution_a_denial_does_not_reach_into_a_relative_clause(extract, language, text):
    events = extract(text, language)
    assert {e.attribution.certainty for e in _of_type(events, "contact")} == {"asserted"}
    assert {e.attribution.certainty for e in _of_type(events, "statement")} == {"denied"}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("uk", "Дмитро Пєсков заявив, що Кремль залишає за собою право на відповідь."),
        ("ru", "Дмитрий Песков заявил, что Кремль оставляет за собой право на ответ."),
        ("en", "Dmitry Peskov said the Kremlin reserved the right to respond."),
        ("fr", "Dmitri Peskov a déclaré que le Kremlin se réservait le droit de répondre."),
        ("en", "The Polish prime minister said Warsaw was already preparing new restrictions on Russian banks."),
        ("fr", "Le Premier ministre polonais a déclaré que Varsovie prépare déjà de nouvelles restrictions contre les banques russes."),
        ("uk", "Прем'єр-міністр Польщі заявив, що Варшава вже готує нові обмеження для російських банків."),
        ("ru", "Премьер-министр Польши заявил, что Варшава уже готовит новые ограничения для российских банков."),
    ],
)
def test_attribution_a_statement_of_a_threat_or_a_preparation_is_hypothetical(extract, language, text):
    assert {e.attribution.certainty for e in _of_type(extract(text, language), "statement")} == {"hypothetical"}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # A modal of the clause before ", і", ", and" is not the plan of the one after; a negated one no plan.
        ("uk", "Прем'єр-міністр Польщі сказав, що Москва не може прикидатися жертвою, і закликав союзників до жорсткої відповіді."),
        ("ru", "Премьер-министр Польши сказал, что Москва не может притворяться жертвой, и призвал союзников к жесткому ответу."),
        ("en", "The Polish prime minister said Moscow could not pretend to be a victim, and called on allies to respond firmly."),
        ("fr", "Donald Tusk a déclaré que Vladimir Poutine n'était pas prêt à mettre fin à la guerre."),
    ],
)
def test_attribution_a_cue_of_another_clause_or_negated_makes_no_statement_hypothetical(extract, language, text):
    assert {e.attribution.certainty for e in _of_type(extract(text, language), "statement")} == {"claimed"}


@pytest.mark.parametrize(
    ("language", "text", "source"),
    [
        ("ru", "Росавиация ввела ограничения в аэропорту Казани. Раис республики Рустам Минниханов распорядился "
               "отменить все массовые мероприятия.", "Rustam Minnikhanov"),
    ],
)
def test_attribution_an_official_who_orders_a_measure_announces_it(extract, language, text, source):
    others = [e for e in extract(text, language) if e.type == "other"]
    assert others
    assert {e.attribution.source for e in others} == {source}


@pytest.mark.parametrize(
    ("language", "text", "source"),
    [
        ("fr", "Lundi, Vladimir Poutine a exprimé sa gratitude à Kim Jong-un, a indiqué le Kremlin.", "Kremlin"),
    ],
)
def test_attribution_an_incise_after_a_comma_names_its_subject_after_the_verb(extract, language, text, source):
    events = extract(text, language)
    assert events
    assert {e.attribution.source for e in events} == {source}


@pytest.mark.parametrize(
    ("language", "text", "source"),
    [
        ("fr", "Selon l'agence KCNA, des troupes ont été déployées à Koursk. Kim Jong-un a annoncé qu'un monument "
               "serait érigé à Pyongyang, selon la même source.", "KCNA"),
        ("en", "According to Reuters, drones struck Kharkiv. Governor Oleh Syniehubov said two people were injured, "
               "according to the same source.", "Reuters"),
    ],
)
def test_attribution_the_same_source_is_the_one_named_before(extract, language, text, source):
    second = [e for e in extract(text, language) if e.evidence and e.evidence[0].start > text.index(".")]
    assert second
    assert {e.attribution.source for e in second} == {source}


def test_attribution_an_adverb_inside_the_french_compound_verb(extract):
    text = ("Des habitants de Moscou ont par ailleurs signalé des difficultés à se connecter aux réseaux mobiles.")
    disruptions = _of_type(extract(text, "fr"), "disruption")
    assert all("habitants" in (e.attribution.source or "").lower() for e in disruptions)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "According to Reuters, Russian drones struck a warehouse in Odesa overnight."),
        ("uk", "Як повідомляв Укрінформ, українська ППО в ніч на четвер знищила всі дрони, які атакували Київ."),
    ],
)
def test_attribution_an_outlet_on_its_own_authority_asserts(extract, language, text):
    events = extract(text, language)
    assert events
    assert {e.attribution.certainty for e in events} == {"asserted"}


def test_attribution_a_paragraph_keeps_its_source_but_later_sentences_state_their_own_facts(extract):
    text = ("За даними Повітряних сил, противник застосував 38 ракет. У столиці ракета влучила в дитячу лікарню.")
    later = [e for e in extract(text, "uk") if e.evidence and e.evidence[0].start > text.index(".")]
    assert later
    assert {e.attribution.source for e in later} == {"Ukrainian Air Force"}
    assert {e.attribution.certainty for e in later} == {"asserted"}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ru", "Владимир Путин и Дональд Трамп провели телефонный разговор, сообщили в Кремле. "
               "Путин также сообщил собеседнику, что 19 марта Россия и Украина проведут обмен пленными."),
    ],
)
def test_attribution_a_call_readout_vouches_for_what_each_leader_said(extract, language, text):
    later = [e for e in extract(text, language) if e.evidence and e.evidence[0].start > text.index(".")]
    assert later
    assert {e.attribution.source for e in later} == {"Kremlin"}


@pytest.mark.parametrize(
    ("language", "text", "source"),
    [
        ("uk", "Президент Зеленський подякував партнерам. Пентагон того ж дня оголосив новий пакет військової допомоги "
               "на 1 мільярд доларів.", "Pentagon (US Department of Defense)"),
        ("en", "Zelensky thanked the partners. The Pentagon announced a new $1bn military aid package the same day.",
         "Pentagon (US Department of Defense)"),
    ],
)
def test_attribution_who_announces_a_measure_is_its_source(extract, language, text, source):
    aid = _of_type(extract(text, language), "aid")
    assert {e.attribution.source for e in aid} == {source}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The Security Service of Ukraine said the hospital in Kyiv had been hit by a Kh-101 missile. "
               "Russia's defence ministry denied targeting the hospital. "
               "It said its missiles had struck a defence plant in Dnipro."),
        ("fr", "Le Service de sécurité d'Ukraine a affirmé que l'hôpital de Kyiv avait été touché par un missile Kh-101. "
               "Le ministère russe de la Défense a démenti avoir visé l'hôpital. "
               "Il a affirmé que ses missiles avaient frappé une usine militaire à Dnipro."),
    ],
)
def test_attribution_it_said_after_a_denial_is_the_denying_party(extract, language, text):
    third = text.rindex(". ") + 2
    later = [e for e in extract(text, language) if e.evidence and e.evidence[0].start >= third]
    assert later
    assert {e.attribution.source for e in later} == {"Ministry of Defence of Russia"}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Volodymyr Zelensky, arriving in Poland ahead of a NATO summit, said Russia must answer for the attack."),
        ("en", "Volodymyr Zelensky, speaking in Warsaw on Tuesday, said Russia had to be held to account for the attack."),
    ],
)
def test_attribution_a_name_opening_the_reported_clause_is_not_the_speaker(extract, language, text):
    statements = _of_type(extract(text, language), "statement")
    assert {e.attribution.source for e in statements} == {"Volodymyr Zelensky"}
    assert {a.name for e in statements for a in e.actors if a.role == "speaker"} == {"Volodymyr Zelensky"}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Volodymyr Zelensky accused Putin of using Ukraine as a testing ground, described Russia as a reckless "
               "neighbour and called on allies to respond firmly."),
        ("fr", "Volodymyr Zelensky a accusé Poutine de se servir de l'Ukraine comme d'un terrain d'essai, a qualifié la "
               "Russie de voisin irresponsable et a appelé les alliés à réagir fermement."),
    ],
)
def test_attribution_verbs_in_a_row_share_their_first_subject(extract, language, text):
    statements = _of_type(extract(text, language), "statement")
    assert {a.name for e in statements for a in e.actors if a.role == "speaker"} == {"Volodymyr Zelensky"}
    assert {e.attribution.source for e in statements} == {"Volodymyr Zelensky"}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Kyiv said it had nothing to do with the drone strikes on Moscow."),
        ("fr", "Kyiv a affirmé n'avoir rien à voir avec les frappes de drones sur Moscou."),
        ("uk", "Київ заявив, що не має стосунку до ударів дронів по Москві."),
        ("ru", "Киев заявил, что не имеет отношения к ударам беспилотников по Москве."),
    ],
)
def test_attribution_having_nothing_to_do_with_it_is_a_denial(extract, language, text):
    statements = _of_type(extract(text, language), "statement")
    assert {e.attribution.certainty for e in statements} == {"denied"}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Russia's defence ministry said no strikes on Polish territory had been planned."),
        ("fr", "Le ministère russe de la Défense a affirmé qu'aucune frappe sur le territoire polonais n'avait été planifiée."),
    ],
)
def test_attribution_a_plan_said_not_to_exist_is_no_hypothesis(extract, language, text):
    statements = _of_type(extract(text, language), "statement")
    assert "hypothetical" not in {e.attribution.certainty for e in statements}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ru", "В Киеве, в свою очередь, заявили, что в результате атаки на аэродром было поражено 12 самолетов."),
        ("uk", "У Києві, своєю чергою, заявили, що внаслідок атаки на аеродром уражено 12 літаків."),
    ],
)
def test_attribution_a_capital_where_they_say_is_its_government(extract, language, text):
    events = [e for e in extract(text, language) if e.type in ("damage", "attack")]
    assert events
    assert {e.attribution.source for e in events} == {"Ukraine"}
    assert "Kyiv" not in {e.location.name for e in events}


@pytest.mark.parametrize(
    ("language", "text", "source"),
    [
        ("en", "Live updates. 23:07 — Sobyanin: three more drones shot down on approach to Moscow.", "Sergei Sobyanin"),
        ("en", "Live updates. 20:05 — Russian defence ministry: 37 drones downed over the Kursk region.",
         "Ministry of Defence of Russia"),
        ("fr", "Direct. 22h29 — Sobianine sur Telegram : six drones abattus à l'approche de Moscou.", "Sergei Sobyanin"),
        ("ru", "Хроника ночи. 23:07 — Собянин: еще три беспилотника сбиты на подлете к Москве.", "Sergei Sobyanin"),
        ("uk", "Хроніка ночі. 23:07 — Собянін у Telegram: ще три безпілотники збито на підльоті до Москви.",
         "Sergei Sobyanin"),
    ],
)
def test_attribution_a_line_that_opens_with_its_source_and_a_colon(extract, language, text, source):
    interceptions = _of_type(extract(text, language), "interception")
    assert {e.attribution.source for e in interceptions} == {source}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Le ministère russe de la Défense affirme avoir abattu 12 drones au-dessus de la région de Koursk.\n\n"
               "Les dirigeants de l'Union européenne se sont réunis en urgence à Bruxelles dans la soirée."),
        ("en", "Russia's defence ministry said it had shot down 12 drones over the Kursk region.\n\n"
               "European Union leaders met Volodymyr Zelensky in Brussels on Thursday evening."),
    ],
)
def test_attribution_a_paragraph_opening_with_another_party_is_not_the_earlier_sources(extract, language, text):
    later = [e for e in extract(text, language) if e.evidence[0].start > text.index("\n\n")]
    assert later
    assert "Ministry of Defence of Russia" not in {e.attribution.source for e in later}


@pytest.mark.parametrize(
    ("language", "text", "source"),
    [
        ("fr", "Les forces russes ont pris le contrôle de la centrale de Tchernobyl, a reconnu un conseiller de la "
               "présidence ukrainienne.", "conseiller de la présidence ukrainienne"),
        ("en", "Russian forces took control of the Chornobyl nuclear power plant on Thursday, a Ukrainian presidential "
               "adviser said.", "Ukrainian presidential adviser"),
    ],
)
def test_attribution_an_unnamed_speaker_in_a_closing_incise_is_the_source(extract, language, text, source):
    events = _of_type(extract(text, language), "other")
    assert {e.attribution.source for e in events} == {source}


@pytest.mark.parametrize(
    ("language", "text", "source"),
    [
        ("uk", "Уночі ворог атакував Одещину ударними БпЛА. Пошкоджено об'єкт портової інфраструктури. "
               "Постраждалих немає, повідомив начальник ОВА Олег Кіпер.", "Oleh Kiper"),
        ("ru", "Ночью беспилотники атаковали Белгород. Повреждены два частных дома. "
               "Пострадавших нет, сообщил губернатор Вячеслав Гладков.", "Vyacheslav Gladkov"),
        ("en", "Drones attacked Belgorod overnight. Two private houses were damaged. "
               "Nobody was hurt, governor Vyacheslav Gladkov said.", "Vyacheslav Gladkov"),
    ],
)
def test_attribution_a_post_that_ends_on_its_source_names_it_for_its_paragraph(extract, language, text, source):
    events = [e for e in extract(text, language) if e.type in ("attack", "damage")]
    assert events
    assert {e.attribution.source for e in events} == {source}


@pytest.mark.parametrize(
    ("language", "text", "source"),
    [
        ("en", "A Russian missile strike on Sumy killed at least 34 people on Sunday, Ukrainian officials said.",
         "Ukrainian officials"),
        ("fr", "Une frappe de missile russe a tué au moins 18 personnes vendredi soir à Kryvy Rig, ont annoncé les "
               "autorités locales.", "autorités locales"),
    ],
)
def test_attribution_an_unnamed_group_with_its_demonym_or_article_is_named_as_written(extract, language, text, source):
    damage = _of_type(extract(text, language), "damage")
    assert {e.attribution.source for e in damage} == {source}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Russia's Defence Ministry, quoted by TASS, claimed it had struck Ukrainian airfields with precision weapons."),
        ("fr", "Le ministère russe de la Défense, cité par l'agence TASS, a affirmé avoir frappé des aérodromes ukrainiens."),
    ],
)
def test_attribution_an_agency_that_quotes_a_party_relays_it(extract, language, text):
    attacks = _of_type(extract(text, language), "attack")
    assert {e.attribution.source for e in attacks} == {"Ministry of Defence of Russia"}
    assert all("TASS" in e.attribution.via for e in attacks)


def test_attribution_an_outlets_name_places_nothing(extract):
    text = "A Russian missile struck Sumy on Sunday, killing 35 people, the Kyiv Independent reported."
    assert "Kyiv" not in {e.location.name for e in extract(text, "en")}


@pytest.mark.parametrize(
    ("language", "text", "claims"),
    [
        ("en", "Moscow region governor Andrei Vorobyov said 27 drones were allegedly downed over the region overnight, "
               "while the Russian defence ministry claimed 150.",
         {(27, "Andrei Vorobyov", "alleged"), (150, "Ministry of Defence of Russia", "claimed")}),
        ("fr", "Le ministère russe de la Défense affirme avoir abattu 150 drones, tandis que les autorités de la région "
               "de Moscou parlent de 27 appareils prétendument détruits.",
         {(150, "Ministry of Defence of Russia", "claimed"), (27, "Moscow region authorities", "alleged")}),
    ],
)
def test_attribution_a_counter_claim_is_set_beside_the_claim_with_its_own_party(extract, language, text, claims):
    found = {(int(q.value), e.attribution.source, e.attribution.certainty)
             for e in extract(text, language) if e.type == "interception" for q in e.quantities}
    assert found == claims


def test_attribution_a_closing_person_after_a_short_title_is_the_source(extract):
    text = ("Putin told Trump during their call that Russia would not accept a ceasefire without guarantees, "
            "Kremlin aide Yuri Ushakov told reporters.")
    events = extract(text, "en")
    assert {e.attribution.source for e in events} == {"Yuri Ushakov"}
    calls = [e for e in events if e.type == "contact" and e.subtype == "call"]
    assert calls
    assert calls[0].location.precision == "none"


@pytest.mark.parametrize(
    ("language", "text", "kind", "speaker"),
    [
        ("fr", "Emmanuel Macron a appelé Vladimir Poutine à accepter un cessez-le-feu sans conditions, a indiqué l'Élysée.",
         "statement", "Emmanuel Macron"),
        ("fr", "Donald Trump a appelé mardi Vladimir Poutine.", "contact", None),
        ("en", "Peskov dismissed the reports as fake news.", "statement", "Dmitry Peskov"),
    ],
)
def test_attribution_calls_on_and_dismissals(extract, language, text, kind, speaker):
    events = extract(text, language)
    assert {e.type for e in events} == {kind}
    if speaker:
        assert {a.name for e in events for a in e.actors if a.role == "speaker"} == {speaker}


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("In a statement, Ukraine's foreign ministry condemned the strike as a war crime.",
         "Ministry of Foreign Affairs of Ukraine"),
        ("Russia's foreign ministry condemned the new sanctions as illegal.", "Ministry of Foreign Affairs of Russia"),
    ],
)
def test_attribution_ministries_in_lower_case_are_their_countrys(extract, text, speaker):
    statements = _of_type(extract(text, "en"), "statement")
    assert {a.name for e in statements for a in e.actors if a.role == "speaker"} == {speaker}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Ukrainian Railways' online ticket system went down after a massive cyberattack, the company said."),
        ("fr", "Les services en ligne d'Ukrzaliznytsia ont été paralysés par une cyberattaque, a indiqué l'entreprise."),
        ("uk", "Укрзалізниця зазнала масштабної кібератаки, повідомила компанія."),
    ],
)
def test_attribution_the_company_is_the_company_named_before(extract, language, text):
    events = [e for e in extract(text, language) if e.type in ("cyber_operation", "disruption")]
    assert events
    assert {e.attribution.source for e in events} == {"Ukrzaliznytsia"}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The SBU said Russian hackers had attacked Kyivstar. The service added that the attack had been prepared for months."),
    ],
)
def test_attribution_the_service_is_the_service_named_before(extract, language, text):
    later = [e for e in extract(text, language) if e.evidence[0].start > text.index(". ")]
    assert later
    assert {e.attribution.source for e in later} == {"Security Service of Ukraine"}


@pytest.mark.parametrize(
    ("language", "text", "source"),
    [
        ("fr", "Le renseignement militaire ukrainien a revendiqué une cyberattaque contre les serveurs de Gazprom.",
         "Main Directorate of Intelligence of Ukraine"),
        ("en", "Ukraine's military intelligence claimed responsibility for a cyberattack on Gazprom's servers.",
         "Main Directorate of Intelligence of Ukraine"),
        ("fr", "Les Vingt-Sept ont approuvé mardi un 17e paquet de sanctions contre la Russie.", "European Union"),
        ("en", "Ukraine's air force said it had shot down 88 drones overnight.", "Ukrainian Air Force"),
    ],
)
def test_attribution_claims_of_responsibility_and_common_names(extract, language, text, source):
    events = [e for e in extract(text, language) if e.type != "statement"]
    assert events
    assert {e.attribution.source for e in events} == {source}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Poland's Foreign Ministry went further: Russian drones had entered Polish airspace on purpose, it said."),
        ("en", "Poland's Foreign Ministry went further: Russia's GRU had planned the sabotage of the rail line, it said."),
    ],
)
def test_attribution_a_pronoun_before_the_verb_is_the_party_the_sentence_opens_with(extract, language, text):
    sources = {e.attribution.source for e in extract(text, language)}
    assert sources
    assert all(s and "Foreign Ministry" in s for s in sources)


@pytest.mark.parametrize(
    ("language", "text", "source"),
    [
        ("fr", "Des missiles russes ont frappé Kharkiv dans la nuit, a affirmé le chef de l'administration militaire "
               "régionale de Kharkiv, Oleh Synehoubov, sur Telegram.", "Oleh Synehoubov"),
        ("fr", "Les premiers F-16 promis par les Pays-Bas sont arrivés en Ukraine, a annoncé lundi la ministre "
               "néerlandaise de la Défense, Kajsa Ollongren, sur le réseau social X.", "Kajsa Ollongren"),
        ("en", "Russia's defence ministry, quoted by TASS, claimed it had struck Ukrainian airfields overnight.",
         "Ministry of Defence of Russia"),
    ],
)
def test_attribution_a_verb_set_off_by_a_comma_has_its_subject_after_a_long_title(extract, language, text, source):
    assert {e.attribution.source for e in extract(text, language)} == {source}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "France, Germany and Poland on Monday condemned Russia for the missile strike on a children's hospital in Kyiv."),
        ("fr", "La France, l'Allemagne et la Pologne ont condamné lundi la Russie pour la frappe de missiles sur un "
               "hôpital pour enfants à Kyiv."),
    ],
)
def test_attribution_parties_listed_before_one_verb_speak_together(extract, language, text):
    events = extract(text, language)
    assert {e.attribution.source for e in _of_type(events, "statement")} == {"France, Germany and Poland"}
    assert {e.attribution.source for e in _of_type(events, "attack")} == {"France, Germany and Poland"}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Fires broke out in several districts, Mayor Vitali Klitschko said. President Volodymyr Zelensky urged "
               "allies to act and called for new sanctions against Russian banks."),
        ("fr", "Des incendies se sont déclarés dans plusieurs quartiers, a indiqué le maire Vitali Klitschko. Le "
               "président Volodymyr Zelensky a exhorté les alliés à agir et a réclamé de nouvelles sanctions contre "
               "les banques russes."),
    ],
)
def test_attribution_what_a_speaker_goes_on_to_call_for_is_theirs_not_the_storys_source(extract, language, text):
    # (Sanctions called for are the call, a demand, not sanctions imposed.)
    events = extract(text, language)
    assert {e.attribution.source for e in _of_type(events, "statement")} == {"Volodymyr Zelensky"}
    assert {e.subtype for e in _of_type(events, "statement")} == {"demand"}
    assert "sanction" not in {e.type for e in events}
    assert {e.attribution.source for e in _of_type(events, "damage")} == {"Vitali Klitschko"}


def test_attribution_the_one_blamed_for_something_is_no_speaker(extract):
    text = "The Russian military unit blamed for the espionage hacked logistics firms in Poland and Germany."
    cyber = _of_type(extract(text, "en"), "cyber_operation")
    assert "Armed Forces of Russia" not in {e.attribution.source for e in cyber}
