"""The cue patterns the stage modules build from the lexicons compile in every language."""

from __future__ import annotations

import pytest

from kronika.extract import actors, dates, places, triggers
from kronika.resources.lexicons import LANGUAGES


@pytest.mark.parametrize("language", LANGUAGES)
def test_stage_cues_build_in_every_language(language):
    assert actors._cues(language).generic.pattern
    assert places._cues(language).capital.pattern
    assert triggers._cues(language).modal.pattern
    assert dates._cues(language).future.pattern


@pytest.mark.parametrize(
    ("language", "before", "after"),
    [
        ("fr", "des drones au-dessus de ", " a été la cible"),
        ("en", "drones over ", " was hit"),
        ("uk", "дрони над ", " зазнала атаки"),
        ("ru", "дроны над ", " подверглась атаке"),
    ],
)
def test_stage_cues_a_place_after_a_preposition_or_undergoing_is_a_place(language, before, after):
    # kronika.extract.actors: "over Moscow", "Kyiv was hit" make the city a place, not its government.
    cues = actors._cues(language)
    assert cues.locative.search(before)
    assert cues.undergoes.match(after)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "La réunion aura lieu jeudi."),
        ("en", "The meeting is due on Thursday."),
        ("uk", "Зустріч відбудеться в четвер."),
        ("ru", "Встреча состоится в четверг."),
    ],
)
def test_stage_cues_future_words_per_language(language, text):
    # kronika.extract.dates: a weekday after a future word is ahead, in each language's own words.
    assert dates._cues(language).future.search(text)
    assert not any(dates._cues(other).future.search(text) for other in LANGUAGES if other != language
                   and {other, language} != {"uk", "ru"})
