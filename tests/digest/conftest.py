"""Hand-built documents and events for the digest tests, and the golden-file fixture.

The document texts are our own sentences about events of 18–21 May 2025; evidence
offsets are found in them, so each event points at the sentence that states it.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from kronika.domain import Actor, Attribution, DateRange, Document, Event, Place, Quantity, Span

GOLDEN = Path(__file__).resolve().parents[1] / "golden" / "digest"
DAY = date(2025, 5, 22)

EN_SENTENCES = (
    "Kyiv morning brief, 22 May 2025.\n\n",
    "On Monday, 19 May, Donald Trump told European leaders during a phone call that Vladimir Putin "
    "was not ready to stop the war because he believes he is winning, The Wall Street Journal "
    "reported, citing three people familiar with the call.",
    " The day before, Trump had floated sanctions against Russia if Moscow turned down a ceasefire.",
    " He also said Secretary of State Marco Rubio and special envoy Keith Kellogg would travel to "
    "the Vatican for the next round of talks.\n\n",
    "Russia's defence ministry claimed through TASS that its air defences destroyed 150 Ukrainian "
    "drones on 21 May.",
    " In the Moscow region, officials said 27 drones had supposedly been shot down.",
    " Flights at Domodedovo and Zhukovsky airports were repeatedly suspended during the day.",
    " The Baza Telegram channel reported that mobile internet was switched off for a while in the "
    "Lipetsk region.",
    " A fire broke out at a defence plant in the Oryol region after the drone raid.\n",
)
FR_SENTENCES = (
    "Revue cyber, 22 mai 2025.\n\n",
    "D’après un avis de l’agence américaine CISA, l’unité 26165 du GRU, plus connue sous le nom "
    "d’APT28, vise depuis 2022 des entreprises de logistique qui acheminent l’aide vers l’Ukraine.",
    " Au moins 13 pays ont été touchés, dont la Pologne et l’Allemagne.",
    " Depuis janvier, les aéroports russes ont dû interrompre leurs vols au moins 217 fois face à la "
    "menace des drones.\n",
)

EN_DOC = "2025-05-22_brief_en.txt"
FR_DOC = "2025-05-22_cyber_fr.txt"


def _span(text: str, sentence: str) -> Span:
    sentence = sentence.strip()
    start = text.index(sentence)
    return Span(start, start + len(sentence))


def make_documents() -> dict[str, Document]:
    """The two stored documents of 22 May 2025."""
    return {
        EN_DOC: Document(
            id=EN_DOC, text="".join(EN_SENTENCES), language="en", published=DAY,
            title="Morning brief: Trump on Putin, drones over Russia", url="https://example.org/brief/1184",
        ),
        FR_DOC: Document(id=FR_DOC, text="".join(FR_SENTENCES), language="fr", published=DAY),
    }


def make_events(documents: dict[str, Document]) -> list[Event]:
    """Twelve events of the kinds a chronicle of 22 May 2025 holds."""
    en, fr = documents[EN_DOC].text, documents[FR_DOC].text
    s = [_span(en, x) for x in EN_SENTENCES[1:]]
    c = [_span(fr, x) for x in FR_SENTENCES[1:]]
    wsj = Attribution("The Wall Street Journal", (), "asserted")
    mod = Attribution("Ministry of Defence of Russia", ("TASS",), "claimed")
    d21 = DateRange(date(2025, 5, 21), date(2025, 5, 21))
    trump = Actor("participant", "Donald Trump", "us-trump")
    moscow = Place("Moscow Oblast", "RU", 55.5, 37.5, "region", "ru-mos", "Moscow Oblast")
    return [
        Event(EN_DOC, "contact", "call", DateRange(date(2025, 5, 19), date(2025, 5, 19)),
              actors=(trump, Actor("participant", "European leaders")), attribution=wsj,
              evidence=(s[0],), summary="Trump spoke with European leaders by phone."),
        Event(EN_DOC, "statement", "assessment", DateRange(date(2025, 5, 19), date(2025, 5, 19)),
              actors=(Actor("speaker", "Donald Trump", "us-trump"),), attribution=wsj,
              evidence=(s[0],), summary="Trump said Putin does not want to end the war."),
        Event(EN_DOC, "sanction", "considered", DateRange(date(2025, 5, 18), date(2025, 5, 18)),
              location=Place(country="RU", precision="country"),
              actors=(Actor("initiator", "Donald Trump", "us-trump"), Actor("target", "Russia", "ru")),
              attribution=Attribution("The Wall Street Journal", (), "hypothetical"),
              evidence=(s[1],), summary="Trump floated sanctions on Russia."),
        Event(EN_DOC, "deployment", "envoy", DateRange(date(2025, 5, 18), date(2025, 5, 18)),
              location=Place("Vatican City", "VA", 41.9029, 12.4534, "city"),
              actors=(Actor("initiator", "Donald Trump", "us-trump"), Actor("participant", "Marco Rubio"),
                      Actor("participant", "Keith Kellogg")),
              attribution=wsj, evidence=(s[2],), summary="Trump is sending Rubio and Kellogg to the Vatican."),
        Event(EN_DOC, "attack", "drone", d21, location=Place("Russia", "RU", None, None, "country"),
              actors=(Actor("initiator", "Ukraine", "ua"), Actor("target", "Russia", "ru")),
              attribution=mod, evidence=(s[3],), summary="Ukraine attacked Russia with drones."),
        Event(EN_DOC, "interception", "drone", d21, location=Place("Russia", "RU", None, None, "country"),
              quantities=(Quantity(150, "drone", "shot_down", "exact"),),
              attribution=mod, evidence=(s[3],), summary="Russia's MoD said 150 drones were destroyed."),
        Event(EN_DOC, "interception", "drone", d21, location=moscow,
              quantities=(Quantity(27, "drone", "shot_down", "exact"),),
              attribution=Attribution("Moscow Oblast authorities", (), "alleged"),
              evidence=(s[4],), summary="Moscow region officials said 27 drones were shot down."),
        Event(EN_DOC, "disruption", "airport", d21,
              location=Place("Domodedovo Airport", "RU", 55.4088, 37.9063, "site", None, "Moscow Oblast"),
              evidence=(s[5],), summary="Flights at Domodedovo were suspended."),
        Event(EN_DOC, "disruption", "mobile_internet", d21,
              location=Place("Lipetsk Oblast", "RU", 52.6, 39.6, "region"),
              attribution=Attribution("Baza", (), "asserted"),
              evidence=(s[6],), summary="Mobile internet was cut in the Lipetsk region."),
        Event(EN_DOC, "damage", "fire", d21, location=Place("Oryol Oblast", "RU", 52.97, 36.07, "region"),
              evidence=(s[7],), summary="A defence plant caught fire in the Oryol region."),
        Event(FR_DOC, "cyber_operation", "campaign",
              DateRange(date(2022, 2, 24), date(2025, 5, 21), "range"),
              actors=(Actor("initiator", "APT28", "gru-26165"), Actor("initiator", "Fancy Bear", "gru-26165"),
                      Actor("target", "logistics companies"), Actor("claimant", "CISA", "us-cisa")),
              quantities=(Quantity(13, "country", "targeted", "at_least"),),
              attribution=Attribution("CISA", (), "asserted"),
              evidence=(c[0], c[1]), summary="APT28 targeted logistics companies delivering aid to Ukraine."),
        Event(FR_DOC, "disruption", "airport", DateRange(date(2025, 1, 1), date(2025, 5, 21), "range"),
              location=Place(country="RU", precision="country"),
              quantities=(Quantity(217, "suspension", "suspensions", "at_least"),),
              evidence=(c[2],), summary="Russian airports suspended flights at least 217 times this year."),
    ]


@pytest.fixture
def documents() -> dict[str, Document]:
    return make_documents()


@pytest.fixture
def events(documents: dict[str, Document]) -> list[Event]:
    return make_events(documents)


@pytest.fixture
def golden() -> Callable[[str, str], None]:
    """Compare text with ``tests/golden/digest/<name>`` byte for byte.

    ``KRONIKA_UPDATE_GOLDEN=1`` rewrites the file instead; review the diff before committing.
    """

    def check(name: str, text: str) -> None:
        path = GOLDEN / name
        data = text.encode("utf-8")
        if os.environ.get("KRONIKA_UPDATE_GOLDEN") == "1":
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
            return
        assert path.exists(), f"{path} is missing; run with KRONIKA_UPDATE_GOLDEN=1 to create it"
        assert path.read_bytes() == data, f"{path.name} differs; KRONIKA_UPDATE_GOLDEN=1 rewrites it"

    return check
