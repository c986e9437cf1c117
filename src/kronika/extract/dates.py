"""Date expressions → date ranges, anchored on the publication date and the story's own dates.

Absolute dates ("lundi 19 mai", "May 16", "20/05/2025"), weekdays ("on Monday"), relative days
("hier", "la veille", "the next day"), nights ("dans la nuit de mercredi à jeudi", "overnight",
"the night of May 22"), months and month ranges ("de janvier à mai 2025", "fin février 2022"),
years ("since 2022"), and the war-day count ("Jour 1184", "Day 1184"; 24 February 2022 is day 1).
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

from kronika.domain.war_calendar import day_to_date
from kronika.extract import plain, stages
from kronika.extract.analysis import Analysis, DateValue, Mention, Sentence
from kronika.resources.lexicons import Lexicon, alternation, load_lexicon


@dataclass(frozen=True)
class DatePatterns:
    """The compiled date regexes of one language."""

    months: dict[str, int]
    weekdays: dict[str, int]
    combined: re.Pattern[str]


def _month_alt(lex: Lexicon) -> str:
    return "|".join(sorted((re.escape(m) for m in lex.table("months")), key=len, reverse=True))


def _weekday_alt(lex: Lexicon) -> str:
    return "|".join(sorted((re.escape(w) for w in lex.table("weekdays")), key=len, reverse=True))


@cache
def patterns_for(language: str) -> DatePatterns:
    """Compile the date grammar of ``language`` once."""
    lex = load_lexicon(language)
    mon = _month_alt(lex)
    wd = _weekday_alt(lex)
    rel = lex.table("relative_days")
    parts = lex.table("month_parts")
    part_alt = "|".join(sorted((re.escape(p) for p in parts), key=len, reverse=True)) or "(?!x)x"
    since = alternation(lex.words("since") or ["(?!x)x"])
    war_day = "|".join(lex.words("war_day") or ["(?!x)x"])
    night = lex.group("night_of")
    # "в ніч на четвер", "overnight into Thursday": the night that ends on that morning.
    night_to = lex.group("night_into")
    night_sep = r"(?:au|à|to|into|на|до|-|–)"
    range_from = lex.group("range_from")
    range_to = lex.group("range_to")
    day = r"(?P<{n}>[0-3]?\d)(?:er|st|nd|rd|th|-?го|-?е)?"
    year = r"(?:,?\s+(?P<{n}>(?:19|20)\d\d)(?:\s*(?:р\.|г\.|року|года|год))?)?"
    alts = [
        rf"(?P<warday>(?:{war_day})\s+(?P<wdn>\d{{3,4}}))",
        r"(?P<iso>(?P<iy>20\d\d)-(?P<im>[01]\d)-(?P<id>[0-3]\d))",
        r"(?P<num>(?P<nd>[0-3]?\d)[./](?P<nm>[01]?\d)[./](?P<ny>20\d\d))",
        rf"(?P<nightwd>{night}(?P<nw1>{wd})\s+{night_sep}\s+(?P<nw2>{wd}))",
        rf"(?P<nightone>{night_to}(?P<nw3>{wd}))",
        rf"(?P<nightd>{night}(?:(?:{wd}),?\s+)?{day.format(n='nd1')}(?:\s*(?:(?P<nm1>{mon})\s*)?{night_sep}\s*(?:(?:{wd}),?\s+)?{day.format(n='nd2')})?\s+(?P<nm2>{mon}){year.format(n='ny2')})",
        rf"(?P<nightmd>{night}(?P<nm3>{mon})\.?\s+{day.format(n='nd3')}(?:\s*(?:to|into|-|–)\s*{day.format(n='nd4')}(?!\s*(?:{mon})))?(?!\d){year.format(n='ny3')})",
        rf"(?P<mrange>{range_from}(?P<mr1>{mon})(?:\s+(?P<mry1>20\d\d))?{range_to}(?P<mr2>{mon})(?:\s+(?P<mry2>20\d\d))?)",
        rf"(?P<dmy>(?:(?P<dwd>{wd}),?\s+)?{day.format(n='dd')}(?:\s*(?:-|–|au|to|and|et|і|и)\s*{day.format(n='dd2')})?\s+(?P<dm>{mon}){year.format(n='dy')})",
        rf"(?P<mdy>(?:(?P<mwd>{wd}),?\s+)?(?P<mm>{mon})\.?\s+{day.format(n='md')}(?!\d){year.format(n='my')})",
        rf"(?P<part>(?P<pp>{part_alt})[\s-]+(?P<pm>{mon})(?:\s+(?P<py>(?:19|20)\d\d))?)",
        rf"(?P<monyear>(?P<mym>{mon})\s+(?P<myy>(?:19|20)\d\d))",
        rf"(?P<since>{since}\s+(?:(?P<smon>{mon})\s+)?(?P<sy>(?:19|20)\d\d))",
        r"(?P<year>(?:(?<=\s)|^)(?:en|in|у|в)\s+(?P<yy>(?:19|20)\d\d)(?!\d))",
        rf"(?P<weekday>{wd})",
    ]
    for key, words in sorted(rel.items()):
        if words:
            alts.append(rf"(?P<rel_{key}>{'|'.join(sorted(words, key=len, reverse=True))})")
    combined = re.compile(r"(?<![\w])(?:" + "|".join(alts) + r")(?![\w])", re.IGNORECASE)
    months = {k.lower(): int(v) for k, v in lex.table("months").items()}
    weekdays = {k.lower(): int(v) for k, v in lex.table("weekdays").items()}
    return DatePatterns(months, weekdays, combined)


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _month_end(y: int, m: int) -> date:
    return date(y, m, calendar.monthrange(y, m)[1])


def _infer_year(month: int, day: int, ref: date | None, anchor: date | None = None) -> int:
    if anchor is not None and ref is not None and abs((ref - anchor).days) > 60:
        # The story is told about another time ("On October 10, 2022 … Two days later, on October
        # 12"): a date without its year belongs to the year that puts it nearest the story's date.
        candidates = [y for y in (anchor.year - 1, anchor.year, anchor.year + 1) if _safe_date(y, month, min(day, 28))]
        return min(candidates, key=lambda y: abs((date(y, month, min(day, 28)) - anchor).days))
    if ref is None:
        return date.today().year
    candidate = _safe_date(ref.year, month, day) or date(ref.year, month, 1)
    return ref.year - 1 if candidate > ref + timedelta(days=45) else ref.year


def _last_weekday(weekday: int, ref: date) -> date:
    return ref - timedelta(days=(ref.weekday() - weekday) % 7)


@dataclass(frozen=True)
class _Cues:
    """The date cues around a date, of one language, built from its lexicon."""

    # "is due in Vilnius on Thursday", "jeudi prochain", "відбудеться": ahead, not the story's day.
    future: re.Pattern[str]
    # "the first direct talks since 2022", "la plus massive depuis 2022", "вперше з 2022 року": "since"
    # after a first or a superlative is the baseline of a comparison, not when the event happened.
    baseline: re.Pattern[str]
    # "hours later", "через кілька годин".
    later: re.Pattern[str]
    # "…, dont la deuxième session s'est tenue lundi": a relative clause's day.
    relative_clause: re.Pattern[str]
    # "після їхньої розмови 12 лютого", "since the call on 12 February": a landmark, not the story's day.
    after_event: re.Pattern[str]
    # "on the morning of May 22", "утром".
    morning: re.Pattern[str]
    # The daytime or the evening of the publication day itself: the article was written that evening.
    daytime: re.Pattern[str]
    # "la veille au soir", "the day before in the evening": the evening of a relative day.
    evening: re.Pattern[str]


@cache
def _cues(language: str) -> _Cues:
    lex = load_lexicon(language)
    g = lex.group
    i = re.IGNORECASE
    return _Cues(
        future=re.compile(rf"\b{g('future_cues')}\b", i),
        baseline=re.compile(rf"\b{g('baseline_superlatives')}\b[^.;:]{{0,60}}$", i),
        later=re.compile(rf"\b{g('later_cues')}\b", i),
        relative_clause=re.compile(rf"\s*{g('relative_pronouns')}\b", i),
        after_event=re.compile(
            rf"\b{g('landmark_preps')}\s+(?:{g('landmark_determiners')}\s*)?"
            r"[^\W\d]{3,}\w*\s+(?:(?:on|of|du|de|le|of the|\w+)\s+){0,2}$",
            i,
        ),
        morning=re.compile(rf"{g('morning')}\W*(?:\w+\W+){{0,2}}$", i),
        daytime=re.compile(rf"\b{g('daytime')}\b", i),
        evening=re.compile(rf"\s*{g('evening_of')}\b", i),
    )


def _resolve(m: re.Match[str], pats: DatePatterns, ref: date | None, anchor: date | None,
             future: bool = False) -> DateValue | None:
    g = m.groupdict()
    mon = pats.months
    wd = pats.weekdays
    if g.get("warday"):
        d = day_to_date(int(g["wdn"]))
        return DateValue(d, d, "day", "war_day")
    if g.get("iso"):
        d0 = _safe_date(int(g["iy"]), int(g["im"]), int(g["id"]))
        return DateValue(d0, d0, "day", "iso") if d0 else None
    if g.get("num"):
        d0 = _safe_date(int(g["ny"]), int(g["nm"]), int(g["nd"]))
        return DateValue(d0, d0, "day", "numeric") if d0 else None
    if g.get("nightwd") and ref:
        d2 = _last_weekday(wd[g["nw2"].lower()], ref)
        return DateValue(d2 - timedelta(days=1), d2, "range", "night_weekdays")
    if g.get("nightone") and ref:
        # "в ніч на четвер": the night that ends on Thursday morning.
        d2 = _last_weekday(wd[g["nw3"].lower()], ref)
        return DateValue(d2 - timedelta(days=1), d2, "range", "night_weekday")
    if g.get("nightd"):
        m2 = mon[g["nm2"].lower()]
        y = int(g["ny2"]) if g.get("ny2") else _infer_year(m2, int(g["nd1"]), ref, anchor)
        if g.get("nd2"):
            m1 = mon[g["nm1"].lower()] if g.get("nm1") else m2
            a, b = _safe_date(y, m1, int(g["nd1"])), _safe_date(y, m2, int(g["nd2"]))
            if a and b:
                return DateValue(a, b, "range", "night_range")
            return None
        d0 = _safe_date(y, m2, int(g["nd1"]))
        if d0 is None:
            return None
        # "la nuit du 21 mai" (fr) is the night that starts on the 21st; "в ніч на 22" / "the night of
        # May 22" name the morning it ends on. Either way the event spans two calendar days.
        text = m.group(0).lower()
        if re.search(r"\b(?:du|de)\b", text) and not re.search(r"journée", text):
            return DateValue(d0, d0 + timedelta(days=1), "range", "night_of")
        return DateValue(d0 - timedelta(days=1), d0, "range", "night_of")
    if g.get("nightmd"):
        m3 = mon[g["nm3"].lower().rstrip(".")]
        y = int(g["ny3"]) if g.get("ny3") else _infer_year(m3, int(g["nd3"]), ref, anchor)
        d0 = _safe_date(y, m3, int(g["nd3"]))
        if d0 and g.get("nd4"):
            # "the night of May 21 to 22": from the first evening to the second morning.
            d1 = _safe_date(y, m3, int(g["nd4"]))
            return DateValue(d0, d1, "range", "night_range") if d1 and d1 > d0 else None
        return DateValue(d0 - timedelta(days=1), d0, "range", "night_of") if d0 else None
    if g.get("mrange"):
        m1, m2 = mon[g["mr1"].lower()], mon[g["mr2"].lower()]
        y2 = int(g["mry2"]) if g.get("mry2") else (ref.year if ref else date.today().year)
        y1 = int(g["mry1"]) if g.get("mry1") else (y2 if m1 <= m2 else y2 - 1)
        return DateValue(date(y1, m1, 1), _month_end(y2, m2), "range", "month_range", anchors_narrative=False)
    if g.get("dmy"):
        mm = mon[g["dm"].lower()]
        y = int(g["dy"]) if g.get("dy") else _infer_year(mm, int(g["dd"]), ref, anchor)
        d0 = _safe_date(y, mm, int(g["dd"]))
        if d0 is None:
            return None
        if g.get("dd2"):
            d1 = _safe_date(y, mm, int(g["dd2"]))
            if d1 and d1 >= d0:
                return DateValue(d0, d1, "range", "day_range")
        return DateValue(d0, d0, "day", "day_month")
    if g.get("mdy"):
        mm = mon[g["mm"].lower().rstrip(".")]
        y = int(g["my"]) if g.get("my") else _infer_year(mm, int(g["md"]), ref, anchor)
        d0 = _safe_date(y, mm, int(g["md"]))
        return DateValue(d0, d0, "day", "month_day") if d0 else None
    if g.get("part"):
        mm = mon[g["pm"].lower()]
        y = int(g["py"]) if g.get("py") else (ref.year if ref else date.today().year)
        p = g["pp"].lower()
        last = calendar.monthrange(y, mm)[1]
        if p in ("fin", "late", "end of", "кінця", "конца", "наприкінці", "в конце"):
            a, b = date(y, mm, 20), date(y, mm, last)
        elif p in ("mi", "mid", "середини", "середины"):
            a, b = date(y, mm, 10), date(y, mm, 20)
        else:
            a, b = date(y, mm, 1), date(y, mm, 10)
        return DateValue(a, b, "range", "month_part", anchors_narrative=False)
    if g.get("monyear"):
        mm, y = mon[g["mym"].lower()], int(g["myy"])
        return DateValue(date(y, mm, 1), _month_end(y, mm), "month", "month_year", anchors_narrative=False)
    if g.get("since"):
        end = ref or date.today()
        month = mon[g["smon"].lower()] if g.get("smon") else 1
        return DateValue(date(int(g["sy"]), month, 1), end, "range", "since_year", anchors_narrative=False)
    if g.get("year"):
        y = int(g["yy"])
        return DateValue(date(y, 1, 1), date(y, 12, 31), "year", "year", anchors_narrative=False)
    if g.get("weekday") and ref:
        d0 = _last_weekday(wd[g["weekday"].lower()], ref)
        if future and d0 < ref:
            d0 += timedelta(days=7)
        return DateValue(d0, d0, "day", "weekday")
    for key, value in g.items():
        if not key.startswith("rel_") or not value:
            continue
        kind = key[4:]
        if kind == "yesterday" and ref:
            d0 = ref - timedelta(days=1)
            return DateValue(d0, d0, "day", kind)
        if kind == "today" and ref:
            return DateValue(ref, ref, "day", kind)
        if kind == "day_before_yesterday" and ref:
            d0 = ref - timedelta(days=2)
            return DateValue(d0, d0, "day", kind)
        if kind == "previous_day" and anchor:
            d0 = anchor - timedelta(days=1)
            return DateValue(d0, d0, "day", kind)
        if kind == "next_day" and anchor:
            d0 = anchor + timedelta(days=1)
            return DateValue(d0, d0, "day", kind)
        if kind == "overnight":
            base = anchor or ref
            if base:
                return DateValue(base - timedelta(days=1), base, "range", kind, anchors_narrative=False)
        if kind == "last_month" and ref:
            first = date(ref.year, ref.month, 1) - timedelta(days=1)
            return DateValue(date(first.year, first.month, 1), first, "month", kind, anchors_narrative=False)
        if kind == "last_week" and ref:
            return DateValue(ref - timedelta(days=ref.weekday() + 7),
                             ref - timedelta(days=ref.weekday() + 1), "week", kind, anchors_narrative=False)
        if kind == "recent" and ref:
            return DateValue(ref - timedelta(days=120), ref, "range", kind, anchors_narrative=False)
    return None


def _war_day_publication(analysis: Analysis) -> date | None:
    head = analysis.document.body[:600]
    m = re.search(r"(?<!\w)(?:jour|day|день)\s+(\d{3,4})(?!\d)", head, re.IGNORECASE)
    return day_to_date(int(m.group(1))) if m else None


def find_dates(sentence: Sentence, language: str, ref: date | None, anchor: date | None) -> list[Mention]:
    """The date mentions of one sentence, resolved against ``ref`` (publication) and ``anchor``."""
    pats = patterns_for(language)
    cues = _cues(language)
    out: list[Mention] = []
    for m in pats.combined.finditer(sentence.text):
        # "is due in Vilnius on Thursday", "jeudi prochain": a weekday after a future cue is ahead.
        window = sentence.text[max(0, m.start() - 40) : m.end() + 12]
        value = _resolve(m, pats, ref, anchor, bool(cues.future.search(window)))
        if value is None:
            continue
        if value.rule == "since_year" and cues.baseline.search(sentence.text[max(0, m.start() - 70) : m.start()]):
            continue
        if value.rule == "overnight" and anchor and ref and anchor < ref and cues.later.search(sentence.text[max(0, m.start() - 100) : m.start()]):
            # "warned hours later that drones had hit … overnight": the night after the story's day.
            value = DateValue(value.start + timedelta(days=1), value.end + timedelta(days=1), value.precision,
                              value.rule, value.anchors_narrative)
        s, e = sentence.start + m.start(), sentence.start + m.end()
        out.append(Mention(s, e, m.group(0), "date", value))
    _join_ranges(out, sentence)
    return out


def _join_ranges(mentions: list[Mention], sentence: Sentence) -> None:
    """Merge "the evening of May 21 and the night of May 22" into one range."""
    i = 0
    while i + 1 < len(mentions):
        a, b = mentions[i], mentions[i + 1]
        between = sentence.text[a.end - sentence.start : b.start - sentence.start]
        if re.fullmatch(r"\s*(?:et|and|і|и|та)\s+(?:(?:la|the|в|у)\s+)?(?:\w+\s+)?(?:of\s+)?", between):
            va, vb = a.value, b.value
            if isinstance(va, DateValue) and isinstance(vb, DateValue) and 0 <= (vb.start - va.end).days <= 2:
                a.value = DateValue(min(va.start, vb.start), max(va.end, vb.end), "range", "joined")
                a.end, a.text = b.end, a.text + between + b.text
                del mentions[i + 1]
                continue
        i += 1


def resolve_dates(analysis: Analysis) -> None:
    """Find every date mention and set each sentence's narrative anchor."""
    ref = analysis.document.published or _war_day_publication(analysis)
    analysis.published = ref
    anchor = ref
    anchor_start: date | None = None
    cues = _cues(analysis.language)
    story, paragraph = -1, -1
    stamped: set[int] = set()
    for sentence in analysis.sentences:
        if sentence.story != story:
            story, anchor, anchor_start = sentence.story, ref, None
        if sentence.paragraph != paragraph and _TIME_STAMPED.match(sentence.text):
            # A live blog's entry ("09:30 - …", "14h05 — …") is written on the page's day: an earlier
            # entry's "On Saturday" does not date it.
            anchor, anchor_start = ref, None
            stamped.add(sentence.paragraph)
        paragraph = sentence.paragraph
        sentence.anchor, sentence.anchor_start = anchor, anchor_start
        found = find_dates(sentence, analysis.language, ref, anchor)
        sentence.mentions.extend(found)
        # The first date of a sentence sets the story's running date; later ones are mostly
        # embedded ("… l'explosion qui a endommagé samedi le pont").
        for mention in found:
            value = mention.value
            if sentence.in_quote(mention.start) or sentence.heading:
                continue
            if ref is not None and value.start > ref:
                # What is announced for later ("что 19 марта … проведут обмен") has not happened yet.
                continue
            if cues.future.search(sentence.text[max(0, mention.start - sentence.start - 40) : mention.start - sentence.start]):
                # "an exchange … to take place on Wednesday": planned, not the story's day.
                continue
            clause_start = sentence.text.rfind(",", 0, mention.start - sentence.start) + 1
            if clause_start > 0 and cues.relative_clause.match(sentence.text[clause_start:]):
                # "…, dont la deuxième session s'est tenue lundi": the relative clause's day, not the story's.
                continue
            if cues.after_event.search(sentence.text[max(0, mention.start - sentence.start - 50) : mention.start - sentence.start]):
                # "після їхньої розмови 12 лютого", "since the call on 12 February": a landmark, not the story's day.
                continue
            if value.rule == "previous_day" and cues.evening.match(sentence.text[mention.end - sentence.start :]):
                # "Interrogé la veille au soir", "the evening before": an aside on the eve; the story
                # goes on on its own day.
                continue
            if value.anchors_narrative and (value.end - value.start).days <= 1:
                anchor = value.end
                anchor_start = value.start if value.start != value.end else None
                break
    if ref is not None and _written_the_morning_after(analysis, ref):
        # The article looks back on the night into its publication day ("the night of May 22",
        # "overnight", "on the morning of May 22 the ministry reported"): an undated evening
        # ("from 8:00 PM to 11:50 PM") told on the publication day is the evening before.
        evening = False
        for sentence in analysis.sentences:
            if sentence.list_item and evening:
                # "… were destroyed from 8 PM to 11:50 PM:" and its list of regions.
                sentence.anchor = ref - timedelta(days=1)
                continue
            evening = False
            if sentence.anchor == ref and sentence.anchor_start is None and sentence.paragraph not in stamped:
                # (A live blog's "18:40 - …" is the clock of the page's day, not the evening before.)
                sentence.anchor_start = ref - timedelta(days=1)
                evening = bool(_EVENING_TIME.search(sentence.text)) and sentence.text.rstrip().endswith(":") \
                    and not sentence.of_kind("date")


_TIME_STAMPED = re.compile(r"\s*(?:[01]?\d|2[0-3])[:h.][0-5]\d\s*[-–—:|]\s")
_EVENING_TIME = re.compile(r"\b(?:(?:[5-9]|1[01])(?::\d\d)?\s*p\.?\s?m\b|(?:1[89]|2[0-3])[:h]\d\d)", re.IGNORECASE)
_NIGHT_RULES = ("night_of", "night_range", "night_weekday", "night_weekdays", "overnight", "joined")


def _written_the_morning_after(analysis: Analysis, ref: date) -> bool:
    """Whether the article speaks of the night into, or the morning of, its publication day, and
    not of that day's daytime or evening."""
    cues = _cues(analysis.language)
    if cues.daytime.search(analysis.document.body):
        return False
    for sentence in analysis.sentences:
        for mention in sentence.of_kind("date"):
            value = mention.value
            if not isinstance(value, DateValue) or value.end != ref or sentence.in_quote(mention.start):
                continue
            if value.rule in _NIGHT_RULES and value.start == ref - timedelta(days=1):
                return True
            before = sentence.text[max(0, mention.start - sentence.start - 25) : mention.start - sentence.start]
            if value.start == ref and (cues.morning.search(before) or cues.morning.match(mention.text.split()[-1])):
                return True
    return False


stages.register("dates", requires=("sentences",), assigns=("dates",))(plain(resolve_dates))
