"""The war-day count, both ways: 24 February 2022 is day 1."""

from __future__ import annotations

from datetime import date

import pytest

from kronika.domain.war_calendar import DAY_ONE, date_to_day, day_to_date


@pytest.mark.parametrize(
    ("day", "when"),
    [
        (1, date(2022, 2, 24)),
        (2, date(2022, 2, 25)),
        (366, date(2023, 2, 24)),          # 2022 is not a leap year
        (1096, date(2025, 2, 23)),         # 2024 is: day 1096 falls on the 23rd
        (1184, date(2025, 5, 22)),
    ],
)
def test_war_calendar_day_and_date_both_ways(day, when):
    assert day_to_date(day) == when
    assert date_to_day(when) == day


def test_war_calendar_day_before_the_invasion_is_zero():
    assert date_to_day(DAY_ONE) == 1
    assert date_to_day(date(2022, 2, 23)) == 0
