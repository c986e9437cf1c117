"""Hand-built events for the export tests, over two short documents written by us."""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from kronika.domain import Actor, Attribution, DateRange, Document, Event, Place, Quantity, Span

EN = (
    "Russia launched a combined missile and drone attack on Kyiv overnight, killing at least 9 people, "
    "the city military administration said. Ukraine's air force reported that 35 drones were shot down. "
    "In Kursk Oblast, Ukrainian and Russian troops fought near Sudzha."
)
FR = (
    "Selon la CISA, le groupe APT28 du GRU mène depuis 2022 une campagne contre des entreprises de "
    "logistique en Pologne. Des caméras aux postes-frontières ont aussi été piratées."
)


def span(text: str, piece: str) -> Span:
    start = text.index(piece)
    return Span(start, start + len(piece))


@pytest.fixture
def documents() -> dict[str, Document]:
    return {
        "kyiv.txt": Document("kyiv.txt", EN, language="en", published=date(2025, 4, 24),
                             title="Overnight strike on Kyiv", url="https://example.org/kyiv"),
        "cyber.txt": Document("cyber.txt", FR, language="fr", published=date(2025, 5, 22)),
    }


@pytest.fixture
def events() -> list[Event]:
    day = DateRange(date(2025, 4, 24), date(2025, 4, 24))
    kyiv = Place("Kyiv", "UA", 50.4501, 30.5234, "city", "ua-kyiv", "Kyiv")
    return [
        Event("kyiv.txt", "attack", "mixed", day, kyiv,
              (Actor("initiator", "Russia", "ru"), Actor("victim", "civilians")),
              (Quantity(9, "person", "killed", "at_least"),),
              Attribution("Kyiv City Military Administration", (), "asserted"),
              (span(EN, "Russia launched a combined missile and drone attack on Kyiv overnight"),),
              "Russia struck Kyiv with missiles and drones, killing at least 9 people."),
        Event("kyiv.txt", "interception", "drone", day, Place(country="UA", precision="country"),
              (Actor("initiator", "Ukrainian Air Force", "ua-af"),),
              (Quantity(35, "drone", "shot_down"),),
              Attribution("Ukrainian Air Force", ("Ukrinform",), "claimed"),
              (span(EN, "Ukraine's air force reported that 35 drones were shot down."),),
              "Ukraine's air force said 35 drones were shot down."),
        Event("kyiv.txt", "attack", "ground", DateRange(date(2025, 4, 20), date(2025, 4, 24), "range"),
              Place("Kursk Oblast", "RU", 51.5, 35.5, "region"),
              (Actor("initiator", "Ukraine", "ua"), Actor("target", "Russia", "ru")),
              evidence=(span(EN, "In Kursk Oblast, Ukrainian and Russian troops fought near Sudzha."),),
              summary="Fighting near Sudzha in the Kursk Oblast."),
        Event("cyber.txt", "cyber_operation", "campaign",
              DateRange(date(2022, 2, 24), date(2025, 5, 21), "range"),
              Place(country="PL", precision="country"),
              (Actor("initiator", "APT28", "gru-26165"), Actor("initiator", "Fancy Bear", "gru-26165"),
               Actor("target", "logistics companies"), Actor("claimant", "CISA", "us-cisa")),
              (), Attribution("CISA", (), "asserted"),
              (span(FR, "le groupe APT28 du GRU mène depuis 2022 une campagne"),),
              "APT28 ran a campaign against logistics companies in Poland."),
        Event("cyber.txt", "cyber_operation", "intrusion",
              DateRange(date(2022, 2, 24), date(2025, 5, 21), "range"),
              actors=(Actor("initiator", "APT28", "gru-26165"), Actor("target", "border crossing cameras")),
              attribution=Attribution("CISA", (), "asserted"),
              evidence=(span(FR, "Des caméras aux postes-frontières ont aussi été piratées."),),
              summary="Cameras at border crossings were hacked."),
    ]


GOLDEN = Path(__file__).resolve().parents[1] / "golden" / "exports"


@pytest.fixture
def golden() -> Callable[[str, str], None]:
    """Compare text with ``tests/golden/exports/<name>`` byte for byte (``KRONIKA_UPDATE_GOLDEN=1`` rewrites)."""

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
