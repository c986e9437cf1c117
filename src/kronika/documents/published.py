"""Publication dates as headers and feeds write them, in the four languages, without dateparser.

Accepted forms (day, month or year precision):

* ISO: ``2025-05-22``, ``2025-05-22T10:00:00Z``, ``2025-05-22 10:00``, ``2025-05``, ``2025``;
* numeric day first: ``22/05/2025``, ``22.05.2025``, ``22-05-2025``;
* words: ``22 May 2025``, ``May 22, 2025``, ``22 mai 2025``, ``le 22 mai 2025``, ``22 травня 2025``,
  ``22 мая 2025 г.``, ``May 2025``, ``mai 2025``, optionally after a weekday (``Thu, 22 May 2025``);
* RFC 2822 as in RSS: ``Thu, 22 May 2025 10:00:00 +0000``.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime
from email.utils import parsedate_to_datetime

_MONTHS: dict[int, tuple[str, ...]] = {
    1: ("january", "jan", "janvier", "janv", "січня", "січень", "января", "январь", "янв"),
    2: ("february", "feb", "février", "fevrier", "févr", "fevr", "лютого", "лютий", "февраля", "февраль", "фев"),
    3: ("march", "mar", "mars", "березня", "березень", "марта", "март"),
    4: ("april", "apr", "avril", "avr", "квітня", "квітень", "апреля", "апрель", "апр"),
    5: ("may", "mai", "травня", "травень", "мая", "май"),
    6: ("june", "jun", "juin", "червня", "червень", "июня", "июнь"),
    7: ("july", "jul", "juillet", "juil", "липня", "липень", "июля", "июль"),
    8: ("august", "aug", "août", "aout", "серпня", "серпень", "августа", "август", "авг"),
    9: ("september", "sep", "sept", "septembre", "вересня", "вересень", "сентября", "сентябрь", "сен"),
    10: ("october", "oct", "octobre", "жовтня", "жовтень", "октября", "октябрь", "окт"),
    11: ("november", "nov", "novembre", "листопада", "листопад", "ноября", "ноябрь", "ноя"),
    12: ("december", "dec", "décembre", "decembre", "déc", "грудня", "грудень", "декабря", "декабрь", "дек"),
}
MONTHS: dict[str, int] = {name: number for number, names in _MONTHS.items() for name in names}

_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:[t ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:z|[+-]\d{2}:?\d{2})?)?")
_ISO_MONTH = re.compile(r"(\d{4})-(\d{2})")
_YEAR = re.compile(r"(\d{4})")
_NUMERIC = re.compile(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})")
_WORD = r"([^\W\d_]+)\.?"
_DAY_MONTH_YEAR = re.compile(rf"(\d{{1,2}})(?:er|st|nd|rd|th)?\s+{_WORD},?\s+(\d{{4}})")
_MONTH_DAY_YEAR = re.compile(rf"{_WORD}\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})")
_MONTH_YEAR = re.compile(rf"{_WORD}\s+(\d{{4}})")
# Words allowed around a date: weekdays, "le", "г." / "року" and similar, a trailing time.
_PREFIX = re.compile(r"^(?:[^\W\d_]+\.?,?\s+)*")
_SUFFIX = re.compile(r"(?:,?\s*(?:г|р|року|года|год)\.?)?(?:,?\s+(?:à\s+|at\s+|в\s+|о\s+)?\d{1,2}[:h]\d{2}.*)?$")


@dataclass(frozen=True, slots=True)
class Published:
    """A publication date at the precision the text gave it; ``value`` is the first day of it."""

    value: date
    precision: str


def parse_published(raw: str) -> Published | None:
    """The date written in ``raw`` with its precision (day, month or year), or None if unreadable."""
    text = unicodedata.normalize("NFC", raw).strip().lower()
    if not text:
        return None
    try:
        return _parse(text) or _rfc2822(raw)
    except ValueError:
        # Numbers in the right shape but out of range ("2025-13-40").
        return None


def _parse(text: str) -> Published | None:
    if m := _ISO.fullmatch(text):
        return Published(date(int(m[1]), int(m[2]), int(m[3])), "day")
    if m := _ISO_MONTH.fullmatch(text):
        return Published(date(int(m[1]), int(m[2]), 1), "month")
    if m := _YEAR.fullmatch(text):
        return Published(date(int(m[1]), 1, 1), "year")
    if m := _NUMERIC.fullmatch(text):
        return Published(date(int(m[3]), int(m[2]), int(m[1])), "day")
    core = _SUFFIX.sub("", text)
    for candidate in (core, _PREFIX.sub("", core)):
        if (m := _DAY_MONTH_YEAR.fullmatch(candidate)) and m[2] in MONTHS:
            return Published(date(int(m[3]), MONTHS[m[2]], int(m[1])), "day")
        if (m := _MONTH_DAY_YEAR.fullmatch(candidate)) and m[1] in MONTHS:
            return Published(date(int(m[3]), MONTHS[m[1]], int(m[2])), "day")
        if (m := _MONTH_YEAR.fullmatch(candidate)) and m[1] in MONTHS:
            return Published(date(int(m[2]), MONTHS[m[1]], 1), "month")
    # "Thu, 22 May 2025": drop leading words one at a time so that weekday names need no list.
    words = core.split(maxsplit=1)
    if len(words) == 2 and not words[0][0].isdigit() and words[0].rstrip(".,") not in MONTHS:
        rest = _parse(words[1])
        # Only a full date may follow a dropped word: "hello 2025" is not a year.
        return rest if rest is not None and rest.precision == "day" else None
    return None


def _rfc2822(raw: str) -> Published | None:
    try:
        parsed: datetime = parsedate_to_datetime(raw)
    except (TypeError, ValueError, IndexError):
        return None
    return Published(parsed.date(), "day")
