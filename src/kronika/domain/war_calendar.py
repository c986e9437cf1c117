"""The war-day count: 24 February 2022 is day 1 of the full-scale invasion."""

from __future__ import annotations

from datetime import date, timedelta

DAY_ONE = date(2022, 2, 24)


def day_to_date(day: int) -> date:
    """The calendar date of war day ``day`` (day 1 is 2022-02-24)."""
    return DAY_ONE + timedelta(days=day - 1)


def date_to_day(when: date) -> int:
    """The war day number of ``when`` (2022-02-24 is day 1)."""
    return (when - DAY_ONE).days + 1
