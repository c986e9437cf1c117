"""Frames → Events: fill date, place, actors and numbers; split breakdowns; merge restatements."""

from __future__ import annotations

import math
import re
from dataclasses import replace
from datetime import date, timedelta
from typing import Any

from kronika.domain import Actor, Attribution, DateRange, Event, Place, Quantity, Span
from kronika.extract import plain, stages
from kronika.extract.analysis import Analysis, DateValue, Frame, Mention, Sentence
from kronika.extract.attribution import ANNOUNCING, kind_of, publisher
from kronika.extract.quantities import QuantityValue
from kronika.extract.triggers import weapon_of
from kronika.resources.lexicons import load_lexicon

STRIKE_TYPES = ("attack", "interception", "damage", "disruption")
PLACE_TYPES = (*STRIKE_TYPES, "contact", "deployment", "other")
UNITS_FOR = {
    "interception": ("drone", "missile", "aircraft", None),
    "attack": ("drone", "missile", "aircraft", None),
    "damage": ("person", "building", "aircraft", "vessel"),
    "cyber_operation": ("country", "camera", "entity"),
    "disruption": ("suspension", "flight"),
    "sanction": ("vessel", "entity", "person", "dollar", "euro"),
    "aid": ("euro", "dollar", "missile", "drone"),
    "other": ("person", None),
}
WHAT_FOR = {
    "interception": "shot_down",
    "attack": "launched",
    "cyber_operation": "countries",
    "disruption": "suspensions",
    "sanction": "sanctioned",
    "aid": "pledged",
    "other": "count",
}
_EVE_OF = re.compile(r"^\s*(?:d['’]|de\s|of\s)?\s*(?:un|une|la|le|the|a)?\s*(?:\w+\s+){0,1}$", re.IGNORECASE)
_PEOPLE_KINDS = ("person", "group", "country", "institution", "office", "org")


def _plain_days(value: DateValue) -> DateRange:
    precision = value.precision if value.precision in ("day", "week", "month", "year", "range") else "range"
    if value.start == value.end:
        precision = "day"
    return DateRange(value.start, value.end, precision)


def _at_publication_precision(analysis: Analysis, frame: Frame, when: DateRange | None) -> DateRange | None:
    """An article dated only "2025-05" dates what it does not date itself to that month, not to its 1st."""
    doc = analysis.document
    if frame.date is not None or when is None or doc.published is None or doc.published_precision == "day":
        return when
    if when.start != doc.published or when.end != doc.published:
        return when
    if doc.published_precision == "month":
        end = (doc.published.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
        return DateRange(doc.published.replace(day=1), end, "month")
    return DateRange(doc.published.replace(month=1, day=1), doc.published.replace(month=12, day=31), "year")


def frame_date(frame: Frame, sentence: Sentence, published: date | None) -> DateRange | None:
    """The date mention nearest the trigger, else the story's running date, else publication.

    Sets ``frame.date`` when the text itself dates the frame (not the running date).
    """
    dates = [m for m in sentence.of_kind("date") if not sentence.in_quote(m.start)]
    if frame.type == "statement":
        # "сообщил, что 19 марта пройдет обмен": the date of what is said, not of the saying; and
        # "accused … of spying since 2022": a saying is not dated by the span of what it is about.
        dates = [m for m in dates if not (m.start >= frame.end and _COMPLEMENTIZER.match(
            sentence.text[frame.end - sentence.start : m.start - sentence.start]))
            and m.value.rule not in ("since_year", "recent")]
    elif frame.type in STRIKE_TYPES:
        # "le bilan communiqué mardi", "the ministry said on Tuesday": the day of the report, not of the
        # strike, when the sentence or the story dates the strike earlier.
        told = [m for m in dates if not _REPORTED_ON.search(sentence.text[max(0, m.start - sentence.start - 40) : m.start - sentence.start])]
        if told or (sentence.anchor and all(sentence.anchor <= m.value.end for m in dates)):
            dates = told
    # "…, яке Україна підтримала … 11 березня, Путін відмовився": a relative clause's date is its own.
    dates = [m for m in dates if not _in_other_relative_clause(sentence, m, frame)]
    bracketed = [m for m in dates if _in_brackets(sentence, m)]
    if bracketed and len(bracketed) < len(dates):
        # "У ніч на 22 травня (з 18:00 21 травня) противник атакував": the aside details the date before it.
        dates = [m for m in dates if m not in bracketed]
    before = sentence.text[max(0, frame.start - sentence.start - 60) : frame.start - sentence.start]
    after = _DAY_AFTER.search(before)
    shift = timedelta(days=_days_after(after)) if after else timedelta(0)
    after_at = frame.start - len(before) + after.start() if after else frame.start
    # "наступного дня після розмови", "le lendemain de l'entretien": the phrase counts from the
    # main clause's day; it does not date the event it names.
    dates = [m for m in dates if not after_at <= m.start < frame.start]
    if dates:
        # A date later in the trigger's own clause ("after a cyberattack knocked out … on Tuesday")
        # wins over a nearer one of the main clause.
        same_clause = [m for m in dates if m.start >= frame.end
                       and not re.search(r"[,;.:]|\b(?:and|et|mais|but)\b", sentence.text[frame.end - sentence.start : m.start - sentence.start])
                       and m.start - frame.end <= 90]
        best = same_clause[0] if same_clause else min(
            dates, key=lambda m: min(abs(m.start - frame.start), abs(m.end - frame.start)))
        value: DateValue = best.value
        frame.date = value
        between = sentence.text[best.end - sentence.start : frame.start - sentence.start]
        eve_of = _EVE_OF.match(between) and (between.strip()[:2] in ("d'", "d’", "de", "of") or re.search(
            r"(?:накануне|напередодні|on the eve)$", best.text, re.IGNORECASE))
        if value.rule == "previous_day" and best.end <= frame.start and eve_of:
            shifted = value.start + timedelta(days=1)
            return DateRange(shifted, shifted, "day")
        if after and best.end <= after_at and value.precision == "day":
            # "Peskov said on Tuesday …, a day after the phone call": the call was on Monday.
            day = value.start - shift
            frame.date = DateValue(day, day, "day", "day_after")
            return DateRange(day, day, "day")
        return _plain_days(value)
    anchor = sentence.anchor or published
    if anchor and after:
        # "au lendemain de son entretien avec Poutine", "a day after the phone call": the day before.
        day = anchor - shift
        frame.date = DateValue(day, day, "day", "day_after")
        return DateRange(day, day, "day")
    if anchor and sentence.anchor_start and _EVENING.search(sentence.text):
        # "at 10:29 p.m." after "the night of May 22": the evening before that morning.
        anchor = sentence.anchor_start
    return DateRange(anchor, anchor, "day") if anchor else None


def _launched_from(sentence: Sentence, place: Mention, lex: Any) -> bool:
    """Whether a place stands in the list that follows an origin cue ("з напрямків: Курськ, Орел")."""
    for hit in lex.cues["origin_preps"].finditer(sentence.text):
        start = sentence.start + hit.end()
        tail = re.search(r"[.;]|\s(?:and then|then|puis|після чого|после чего)\s", sentence.text[hit.end() :])
        end = start + (tail.start() if tail else len(sentence.text) - hit.end())
        if start <= place.start < min(end, start + 140):
            return True
    return False


def _in_brackets(sentence: Sentence, m: Mention) -> bool:
    """Whether a mention stands inside parentheses."""
    before = sentence.text[: m.start - sentence.start]
    return before.rfind("(") > before.rfind(")")


# The verb's own complement clause: the complementizer within a few words of the trigger.
_COMPLEMENTIZER = re.compile(r"[^.;:]{0,30}?(?<!bien )(?<!parce )(?<!alors )(?<!tandis )(?<!ainsi )\b(?:que|qu['’]|that|що|что|чтобы|щоб)\b", re.IGNORECASE)
_RELATIVE = re.compile(
    r"^\s*(?:qui|que|qu['’]|dont|où|lequel|laquelle|which|who|whom|where|який|яка|яке|які|якого|якої|яких|"
    r"котрий|который|которая|которое|которые|которого|которой|которых|где|де)\b",
    re.IGNORECASE,
)


def _in_other_relative_clause(sentence: Sentence, mention: Mention, frame: Frame) -> bool:
    """Whether ``mention`` sits in a relative clause (", which …,") that does not hold the trigger."""
    text, base = sentence.text, sentence.start
    opening = text.rfind(",", 0, mention.start - base)
    if opening < 0 or not _RELATIVE.match(text[opening + 1 :]):
        return False
    closing = text.find(",", mention.end - base)
    closing = len(text) if closing < 0 else closing
    return not (opening < frame.start - base < closing)


_DAY_AFTER = re.compile(
    r"(?:au lendemain|le lendemain|the day after|наступного дня після|на следующий день после|"
    r"(?P<n>a|one|two|three|deux|trois|[1-3])\s+(?:days?\s+after|jours?\s+après)|"
    r"(?:через|спустя)\s+(?:(?P<m>два|дві|три|[1-3])\s+)?(?:день|дні|дня|дней|добу)\s+(?:після|после))\s+"
    r"(?:d['’]|de\s+|du\s+|des\s+|the\s+)?(?:[\w'’-]+\s+){0,3}(?:l['’])?$",
    re.IGNORECASE,
)
_COUNTS = {"два": 2, "дві": 2, "two": 2, "deux": 2, "2": 2, "три": 3, "three": 3, "trois": 3, "3": 3}


def _days_after(match: re.Match[str]) -> int:
    """How many days "a day after", "two days after", "через два дні після" count back."""
    count = (match.group("n") or match.group("m") or "").lower()
    return _COUNTS.get(count, 1)


def _reporting_alternation() -> str:
    from kronika.resources.lexicons import load_lexicon

    verbs = {v for lang in ("fr", "en", "uk", "ru") for v in load_lexicon(lang).words("reporting_verbs")}
    verbs |= {r"communiqué\w*", r"publié\w*", r"diffusé\w*", "released", "published", r"опубліков\w*", r"опубликова\w*"}
    return "|".join(sorted(verbs, key=len, reverse=True))


# A date right after a reporting verb ("said on Tuesday", "communiqué mardi", "сообщили во вторник").
_REPORTED_ON = re.compile(
    rf"(?<!\w)(?:{_reporting_alternation()})(?:\s+(?:par|by)\s+[^,.;:]{{0,25}}?)?\s+(?:(?:on|ce|le|в|во|у)\s+)?$",
    re.IGNORECASE,
)
_EVENING = re.compile(
    r"\b(?:(?:[5-9]|1[01])(?::\d\d)?\s*p\.?\s?m\.?|(?:1[89]|2[0-3])[:h]\d\d|evening|soir(?:ée)?|вечер\w*|ввечері|вечір)\b",
    re.IGNORECASE,
)


def _place_of(mention: Mention) -> Place:
    entry = mention.value
    precision = {"country": "country", "region": "region", "city": "city", "site": "site"}.get(entry.kind, "city")
    return Place(entry.name, entry.country, entry.lat, entry.lon, precision, entry.id, entry.admin1)


def _specific_places(mentions: list[Mention]) -> list[Mention]:
    """Distinct places, dropping a country or region when a place inside it is named too
    ("Kremenchuk (région de Poltava)" is one place)."""
    seen: dict[str, Mention] = {}
    for m in mentions:
        seen.setdefault(m.value.id, m)
    places = list(seen.values())
    inner = {m.value.country for m in places if m.value.kind != "country"}
    regions_of_cities = {m.value.admin1 for m in places if m.value.kind in ("city", "site") and m.value.admin1}
    sites = [m.value for m in places if m.value.kind == "site"]
    return [
        m for m in places
        if not (m.value.kind == "country" and m.value.country in inner)
        and not (m.value.kind == "region" and m.value.name in regions_of_cities)
        # "the Domodedovo and Zhukovsky airports in Moscow": the airports, not the city around them.
        and not (m.value.kind == "city" and any(_near(m.value, s, 60.0) for s in sites))
    ]


def _most_precise(places: list[Mention]) -> list[Mention]:
    """``places`` most precise first ("des troupes en Russie … dans la région de Koursk": Kursk Oblast);
    the lead's dateline ("SÉOUL, lundi — …") after a town or region, but before a country."""
    rank = {"site": 0, "city": 0, "region": 1, "country": 2}

    def key(m: Mention) -> tuple[int, int]:
        lead = m.extra.get("lead_dateline") and any(
            o.value.kind != "country" for o in places if not o.extra.get("lead_dateline"))
        return bool(lead), rank.get(m.value.kind, 3)

    return sorted(places, key=key)


def _near(a: Any, b: Any, km: float) -> bool:
    """Whether two gazetteer entries lie within ``km`` of each other (equirectangular approximation)."""
    dx = math.radians(b.lon - a.lon) * math.cos(math.radians((a.lat + b.lat) / 2))
    dy = math.radians(b.lat - a.lat)
    return 6371.0 * math.hypot(dx, dy) <= km


def _sentence_actors(sentence: Sentence, frame: Frame) -> list[Mention]:
    out = []
    for m in sentence.of_kind("actor"):
        if sentence.in_quote(m.start) or kind_of(m) == "outlet":
            continue
        if frame.source is not None and m.start == frame.source.start and frame.type in STRIKE_TYPES:
            # The ministry that reports a strike is not its party; a government that announces
            # sanctions is.
            continue
        out.append(m)
    return out


_ACCUSED = re.compile(r"\b(?:blam\w+|accus\w+|attribut\w+|imput\w+|звинуват\w+|обвин\w+)\s+$", re.IGNORECASE)


def _accused(analysis: Analysis, sentence: Sentence) -> list[Mention]:
    """Parties named right after an accusation verb, in this sentence or earlier in the story."""
    out = []
    for s in analysis.sentences[: sentence.index + 1]:
        if s.story != sentence.story:
            continue
        for m in s.of_kind("actor"):
            if not m.extra.get("adjective") and _ACCUSED.search(s.text[max(0, m.start - s.start - 25) : m.start - s.start]):
                out.append(m)
    return out


def _story_mentions(analysis: Analysis, sentence: Sentence, kinds: tuple[str, ...]) -> list[Mention]:
    return [
        m for s in analysis.sentences if s.story == sentence.story
        for m in s.of_kind("actor") if kind_of(m) in kinds
    ]


def frame_actors(analysis: Analysis, frame: Frame, sentence: Sentence) -> list[Actor]:
    """Actors with roles, by event type, from the sentence (and the story for cyber operations)."""
    mentions = _sentence_actors(sentence, frame)
    if frame.type != "statement":
        # "Путин, по словам Пескова, готов к встрече": who is cited tells the event, takes no part in it.
        ends = [h.end() for h in load_lexicon(analysis.language).cues["source_preps"].finditer(sentence.text)]
        mentions = [m for m in mentions if not any(
            e <= m.start - sentence.start
            and re.fullmatch(r"\s*(?:the\s+|la\s+|le\s+|les\s+|l['’]\s*)?", sentence.text[e : m.start - sentence.start])
            for e in ends)]
    rel = frame.start
    people = [m for m in mentions if kind_of(m) in _PEOPLE_KINDS]
    if frame.type in ("contact", "statement", "sanction", "deployment", "aid"):
        # "российской и украинской делегаций", "the Russian and Ukrainian delegations": the adjectives
        # name the parties of a negotiation.
        people = [m for m in people if not m.extra.get("adjective") or (
            frame.type == "contact" and (
                _DELEGATION.match(sentence.text[m.end - sentence.start : m.end - sentence.start + 40])
                or _DELEGATION_BEFORE.search(sentence.text[max(0, m.start - sentence.start - 40) : m.start - sentence.start])))]
    actors: list[tuple[str, Mention]] = []
    if frame.type == "contact":
        others = sorted(f.start for f in analysis.frames if f.sentence == frame.sentence and f.type == "contact"
                        and f.start != frame.start)
        if others:
            # Several contacts in one sentence: this one's parties follow its own cue, up to the next cue;
            # the sentence's subject takes part in each.
            stop = next((o for o in others if o > frame.start), sentence.end)
            actors = [("participant", m) for m in people
                      if (frame.end <= m.start < stop) or not _object_of_preposition(sentence, m)]
        else:
            # Parties named in what someone says after the call ("… a reconnu que Poutine …") are
            # not on the call.
            said = _COMPLEMENT.search(sentence.text, frame.end - sentence.start)
            cut = sentence.start + said.start() if said else sentence.end
            # … nor are the envoys of a deployment announced during it.
            later = [f.start for f in analysis.frames if f.sentence == frame.sentence and f.start > frame.end
                     and f.type not in ("contact", "statement")]
            cut = min([cut, *later])
            actors = [("participant", m) for m in people if abs(m.start - rel) <= 140 and m.start < cut]
            partner = _counterpart(analysis, frame, sentence, [m for _, m in actors])
            if partner is not None:
                actors.append(("participant", partner))
    elif frame.type == "statement" and (first := _coordinated_saying(analysis, frame, sentence)) is not None:
        # "назвав інцидент терактом та заявив, що …", "said … and pressured Kyiv": the first saying's speaker.
        spoken = [a for a in frame_actors(analysis, first, sentence) if a.role == "speaker"]
        told = [m for m in people if m.start >= frame.end and m.value.id not in {a.id for a in spoken}]
        return spoken + [Actor("target", m.value.name, m.value.id) for m in told]
    elif frame.type == "statement":
        before = [m for m in people if m.end <= rel and rel - m.end <= 120 and not _object_of_preposition(sentence, m)]
        # "John Hultquist, chief analyst at Google's threat group, said": the person, not the employer.
        persons_before = [m for m in before if kind_of(m) == "person"]
        if persons_before and kind_of(before[-1]) != "person" and rel - persons_before[-1].end <= 90:
            before = persons_before
        after = [m for m in people if m.start >= frame.end and m.start - frame.end <= 15
                 and not _COMPLEMENT.search(sentence.text[frame.end - sentence.start : m.start - sentence.start])]
        speaker = after[0] if after and not before else (before[-1] if before else None)
        if len(before) >= 2 and speaker is before[-1] and _relay_aside(analysis, sentence, before[-2], speaker):
            # "Украинская сторона, как сообщил Мединский, попросила …": who relays it, in an aside
            # between the subject and its verb, does not say it.
            speaker = before[-2]
        if not any(rel - m.end <= 40 for m in before):
            if _ANAPHOR.search(sentence.text[max(0, rel - sentence.start - 40) : rel - sentence.start]):
                speaker = _previous_speaker(analysis, sentence) or _headed_by(sentence, people, rel) or speaker
            elif _INVERTED_PRONOUN.search(frame.trigger):
                speaker = _headed_by(sentence, people, rel) or speaker
        if speaker is None and frame.source is not None and kind_of(frame.source) != "outlet":
            speaker = frame.source
        if speaker is None:
            speaker = _previous_speaker(analysis, sentence)
        if speaker is not None:
            actors.append(("speaker", speaker))
        for m in people:
            if speaker is not None and m.value.id == speaker.value.id:
                continue
            if m.start >= frame.end:
                role = "addressee" if m.start - frame.end <= 12 else "target"
                actors.append((role, m))
    elif frame.type in ("sanction", "deployment", "aid"):
        before = [m for m in people if m.end <= rel and not _object_of_preposition(sentence, m)]
        verb = None
        if frame.type == "sanction":
            verb = next((v for v in _SANCTION_VERB.finditer(sentence.text[: rel - sentence.start])), None)
        if verb is not None and before:
            # "Трамп пригрозил России пошлинами", "the EU imposed on Russia …": the subject before the
            # verb imposes, who comes between the verb and the measures is its target.
            at = sentence.start + verb.start()
            subjects = [m for m in before if m.end <= at]
            targets = [m for m in before if m.start >= sentence.start + verb.end()]
            if subjects:
                before = subjects
                actors.extend(("target", m) for m in targets)
        if before:
            # "Україна отримала F-16", "Ukraine received": the subject is the recipient.
            received = frame.type == "aid" and _RECEIVED.search(frame.trigger)
            actors.append(("target" if received else "initiator", before[-1]))
        # "des F-16 fournis par les Pays-Bas", "jets supplied by Norway": who comes after "by" gives.
        given_by = frame.type == "aid" and _GIVEN_BY.search(frame.trigger) is not None
        for m in people:
            if m.start >= frame.end:
                role = "target" if frame.type == "sanction" else ("participant" if frame.type == "deployment" else "target")
                if given_by:
                    role, given_by = "initiator", False
                actors.append((role, m))
    elif frame.type == "other":
        actors = [("participant", m) for m in people if kind_of(m) in ("country", "person", "institution")][:4]
        if not actors and frame.source is not None and kind_of(frame.source) in ("institution", "office"):
            # "Часть участников атаки, по данным ведомства, задержана": the body that reports a
            # detention or an evacuation no one is named for claims it.
            actors = [("claimant", frame.source)]
    elif frame.type in ("disruption", "damage"):
        # Whose service stopped or what was hit: "Kyivstar", "the company" (the one named before).
        hit = [m for m in mentions if _company(m)]
        if frame.type == "disruption":
            # "ограничивать звонки в Telegram и WhatsApp": the platforms named after the cue.
            hit += [m for m in sentence.of_kind("actor") if m.start >= frame.start and m not in hit
                    and "platform" in str(getattr(m.value, "role", "") or "")]
        if not hit and frame.type == "disruption":
            # "Збій почався вчора": the operator the story is about.
            hit = [m for m in _story_mentions(analysis, sentence, ("org", "institution"))
                   if _company(m) and m.start < frame.start][-1:]
        actors = [("target", m) for m in hit[:2]]
        if frame.type == "disruption" and _RESTRICTING.search(frame.trigger):
            # "Роскомнадзор начал ограничивать …", "Russia restricted …": who restricts it.
            who = [m for m in sentence.of_kind("actor") if m.end <= rel and kind_of(m) in ("institution", "country", "office")
                   and not m.extra.get("adjective") and not _object_of_preposition(sentence, m)]
            if who:
                actors.insert(0, ("initiator", who[-1]))
    elif frame.type == "cyber_operation":
        victims = [m for m in mentions if _company(m)]
        actors.extend(("target", m) for m in victims[:2])
        units = [m for m in mentions if kind_of(m) in ("threat_actor", "unit")]
        if not units:
            units = _story_mentions(analysis, sentence, ("threat_actor", "unit"))[:1]
        if not units:
            # "formally blamed Russia for the cyberattack": the state an accusation names.
            units = [m for m in _accused(analysis, sentence) if kind_of(m) in ("country", "institution")][:1]
        actors.extend(("initiator", m) for m in units)
        if not victims:
            actors.extend(("target", m) for m in [m for m in _story_mentions(analysis, sentence, ("org", "institution"))
                                                  if _company(m)][:1])
    elif frame.type in ("attack", "interception"):
        origin_lex = load_lexicon(analysis.language)
        for m in people:
            if _launched_from(sentence, m, origin_lex):
                # ("з напрямків: Курськ, Орел – РФ": the country the drones came from is no target.)
                continue
            if frame.type == "attack" and kind_of(m) == "institution" and m.end <= rel \
                    and str(getattr(m.value, "role", "")) == "military" and not _object_of_preposition(sentence, m):
                # "противник атакував", "Russian forces struck": the armed forces that strike.
                actors.append(("initiator", m))
                continue
            if kind_of(m) == "country" and frame.type == "attack":
                actors.append(("initiator" if m.start < rel or _adjacent_weapon(sentence, m) else "target", m))
        if frame.source is not None and kind_of(frame.source) not in ("outlet", "person", "group") and (
            frame.type == "interception" or frame.certainty in ("claimed", "alleged", "denied")
        ):
            # Who claims the interception, or the strike ("В Минобороны заявили, что город обстреляли").
            actors.append(("claimant", frame.source))
    if frame.type == "aid" and _ARRIVED.search(frame.trigger):
        # "Перші F-16 вже в Україні": Ukraine receives; who speaks after is no party to the delivery.
        actors = [(role, m) for role, m in actors if role != "target"]
        from kronika.resources.actors import load_actors

        ukraine = load_actors().get("country-UA")
        arrived: list[Actor] = [Actor("target", ukraine.name, ukraine.id)] if ukraine is not None else []
    else:
        arrived = []
    out: list[Actor] = list(arrived)
    seen: set[tuple[str, str]] = {(a.role, a.id or a.name) for a in arrived}
    for role, m in actors:
        entry = m.value
        key = (role, entry.id)
        if key in seen:
            continue
        seen.add(key)
        out.append(Actor(role, entry.name, entry.id))
    return out


_DELEGATION = re.compile(r"(?:\s+(?:и|і|та|and|et)\s+\w+)?\s+(?:делегаци\w*|делегаці\w*|delegations?|délégations?|сторон\w*|sides?)\b",
                         re.IGNORECASE)
_GIVEN_BY = re.compile(r"\b(?:par|by)$", re.IGNORECASE)
# French puts the adjectives after the noun: "les délégations russe et ukrainienne".
_DELEGATION_BEFORE = re.compile(r"\b(?:délégations?|delegations?)\s+(?:\w+\s+(?:et|and)\s+)?$", re.IGNORECASE)
_COMPANY_ROLE = re.compile(r"compan|operator|airline|railway|bank|provider|utility|producer|corporation|carrier|network|platform|app\b|"
                           r"broadcaster|exchange|manufacturer|plant|refiner", re.IGNORECASE)


_SANCTION_VERB = re.compile(rf"\b(?:пригрози|погрози|погрожу|угрожа|threaten|menac|{ANNOUNCING})\w*", re.IGNORECASE)
_RESTRICTING = re.compile(r"огранич|обмеж|блок|restrict|block|bloqu|restrei|limit|замедл|сповільн|throttl|ralent|отключ|відключ|вимк", re.IGNORECASE)
# "Перші F-16 вже в Україні", "have arrived in Ukraine": a delivery told by its arrival.
_ARRIVED = re.compile(r"(?:вже|уже|already|déjà)? ?(?:в|на|in|en) Украин|в Україні|прибул|прибыл|arrived|arrivés?|are now in", re.IGNORECASE)
_RECEIVED = re.compile(r"^(?:отрима|получ|receiv|reçu|reçoit)", re.IGNORECASE)


_GATHERED = re.compile(r"se sont réunis|se réuniront|gathered|convened|met in|met at|зібрал\w+|собрал\w+|саміт|summit|sommet", re.IGNORECASE)
_CONTRAST = re.compile(r"\b(?:tandis que|alors que|whereas|while|тоді як|тогда как|в то время как)\b|,\s+(?:а|але|но|mais|but)\s", re.IGNORECASE)


def _coordinated_saying(analysis: Analysis, frame: Frame, sentence: Sentence) -> Frame | None:
    """The earlier statement of the sentence whose subject this one shares ("… and said", "… та заявив")."""
    earlier = [f for f in analysis.frames if f.sentence == frame.sentence and f.type == "statement" and f.end <= frame.start]
    before = sentence.text[: frame.start - sentence.start]
    if earlier and re.search(r"\b(?:and|et|і|й|та|и)\s+(?:(?:also|aussi|також|также|then)\s+)?$", before, re.IGNORECASE):
        return earlier[-1]
    inverted = any(0 <= m.start - frame.end <= 15 and re.match(r"\s*(?:[.,;:]|$)", sentence.text[m.end - sentence.start :])
                   for m in sentence.of_kind("actor"))
    if earlier and not inverted and re.search(r"\w,\s*$", before):
        # "Zelensky accused Putin of …, described Russia as … and called on allies": verbs in a row
        # share the first one's subject (", said the Kremlin" names its own).
        return earlier[-1]
    return None


def _company(m: Mention) -> bool:
    """A company or a state enterprise (Kyivstar, Ukrzaliznytsia, Aeroflot): what a cyberattack or an
    outage hits."""
    return kind_of(m) == "org" or (kind_of(m) == "institution" and bool(_COMPANY_ROLE.search(str(getattr(m.value, "role", "") or ""))))


_COMPLEMENT = re.compile(r"\b(?:que|qu['’]|that|що|что|about)\b", re.IGNORECASE)
_ANAPHOR = re.compile(
    r"(?:^|[.,;:»\"”]\s*|\b(?:mais|et|but|and|puis|then)\s+)(?:il|elle|ce dernier|cette dernière|celui-ci|celle-ci|he|she|"
    r"it|they|ils|elles|the latter|він|вона|воно|вони|он|она|оно|они)\s+(?:\w+\s+){0,3}$",
    re.IGNORECASE,
)
# The French inverted pronoun of a saying: "…, a-t-il affirmé", "…, a-t-elle écrit".
_INVERTED_PRONOUN = re.compile(r"-(?:t-)?(?:il|elle|ils|elles)\b", re.IGNORECASE)
_PREPOSITION = re.compile(
    r"\b(?:avec|with|de(?!\s+(?:son|leur|notre|mon)\s+côté)|des|du|aux?|to|of|à|pour(?!\s+(?:sa|leur)\s+part)|"
    r"for(?!\s+(?:its|his|her|their)\s+part)|contre|against|з|із|зі(?!\s+свого\s+боку)|с|со(?!\s+своей\s+стороны)|для|"
    r"проти|против|по)\s+"
    r"(?:(?:le|la|les|l['’]|the|son|sa|ses|his|her|their|leurs?)\s*)?(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)


def _object_of_preposition(sentence: Sentence, m: Mention) -> bool:
    """Whether an actor is the object of a preposition ("avec des dirigeants européens"), not a subject."""
    before = sentence.text[max(0, m.start - sentence.start - 40) : m.start - sentence.start]
    return bool(_PREPOSITION.search(before))


def _adjacent_weapon(sentence: Sentence, m: Mention) -> bool:
    around = sentence.text[max(0, m.start - sentence.start - 25) : m.end - sentence.start + 5]
    return bool(re.search(r"drone|missile|rocket|UAV|БПЛА|БпЛА|дрон|ракет|безпілот|беспилот", around, re.IGNORECASE))


def _counterpart(analysis: Analysis, frame: Frame, sentence: Sentence, parties: list[Mention]) -> Mention | None:
    """The other party of a call or meeting whose sentence names only one ("During a phone call of more
    than two hours, the Russian president agreed …"): the person named with that one just before
    ("Vladimir Putin gave Donald Trump something on Tuesday")."""
    others = [m for m in sentence.of_kind("actor") if not m.extra.get("adjective") and kind_of(m) != "outlet"
              and not (frame.source is not None and m.start == frame.source.start)]
    if len(parties) != 1 or kind_of(parties[0]) != "person" or len(others) != 1:
        return None
    party = parties[0].value.id
    for back in range(sentence.index - 1, max(-1, sentence.index - 3), -1):
        s = analysis.sentences[back]
        if s.story != sentence.story:
            break
        persons = [m for m in s.of_kind("actor") if kind_of(m) == "person" and not s.in_quote(m.start)]
        if any(m.value.id == party for m in persons):
            return next((m for m in persons if m.value.id != party), None)
    return None


def _headed_by(sentence: Sentence, people: list[Mention], rel: int) -> Mention | None:
    """The party that heads a sentence before its colon ("Britain's Foreign Office went further: the
    GRU was behind it, it said"): who the pronoun of a saying after the colon stands for."""
    colon = sentence.text.find(":")
    if colon < 0 or sentence.start + colon >= rel:
        return None
    return next((m for m in people if m.end <= sentence.start + colon), None)


def _relay_aside(analysis: Analysis, sentence: Sentence, subject: Mention, relay: Mention) -> bool:
    """Whether ``relay`` opens an aside that follows ``subject`` ("X, as Y reported, …"; the subject's
    head noun may come between: "Украинская сторона, как сообщил Y, …")."""
    gap = sentence.text[subject.end - sentence.start : relay.start - sentence.start]
    preps = load_lexicon(analysis.language).cues["source_preps"]
    return bool(re.fullmatch(rf"(?:\s+\w+)?\s*,\s*(?:{preps.pattern})\s*", gap, re.IGNORECASE))


def _previous_speaker(analysis: Analysis, sentence: Sentence) -> Mention | None:
    """The person a pronoun or "ce dernier" stands for: the last one named in the sentences before."""
    for back in range(sentence.index - 1, max(-1, sentence.index - 6), -1):
        s = analysis.sentences[back]
        if s.story != sentence.story:
            break
        persons = [m for m in s.of_kind("actor") if kind_of(m) == "person" and not s.in_quote(m.start)]
        if persons:
            return persons[-1]
    return None


# Soldiers counted right after a number ("300 военнослужащих", "85 військових", "200 soldiers").
_SOLDIERS = re.compile(r"\s*(?:\w+\s+)?(?:военнослужащ|военн(?:ых|ые)\b|бойц|солдат|військовослужбов|військов(?:их|і)\b|бійц|"
                       r"soldiers|troops|servicemen|soldats|militaires)", re.IGNORECASE)


def _quantities(frame: Frame, sentence: Sentence, unit_hint: str | None, told_later: bool = False) -> list[Quantity]:
    # Besides the weapons and victims of each type: what else a number of its sentence may count
    # ("about four explosions", "10 Nato countries said", "a 30-day pause", "24 million subscribers").
    # "violated 19 times", "19 fois", "19 разів": a count of occurrences counts the event itself.
    counted = {
        "attack": ("explosion", "suspension"),
        "damage": ("region", "explosion", "dollar"),
        "cyber_operation": ("server", "person", "subscriber", "vessel", "suspension"),
        "disruption": ("subscriber", "person", "country", "region"),
        "sanction": ("country", "day", "aircraft"),
        "statement": ("country", "vessel", "entity", "person", "day", "server", "dollar", "euro", "region",
                      "drone", "missile", "aircraft"),
        "other": ("day", "country", "vessel", "region", "suspension"),
        "deployment": ("person", "drone", "missile", "aircraft"),
        "contact": ("day",),
    }
    wanted = (*UNITS_FOR.get(frame.type, ()), *counted.get(frame.type, ()))
    out = []
    for m in sentence.of_kind("quantity"):
        q: QuantityValue = m.value
        if told_later and (q.total or q.unit == "percent"):
            # A sentence going on about the event ("It adds 74 vessels, bringing the total to 153"): the
            # running total counts the list, not the event; a share there ("15% below the market price")
            # measures something else of the story.
            continue
        if q.noun is not None or q.unit == "percent":
            # A count of a thing outside the lexicon's units ("11 chars", "22 more Russian banks") or a share
            # ("34 %", "tariffs of 100%"): what the sentence states about the event, kept under its own noun.
            if frame.type in GENERIC_COUNTS:
                out.append(Quantity(q.value, q.noun or "percent", _what_for_count(frame.type, q), q.bound))
            continue
        unit = q.unit or unit_hint
        if frame.type == "damage" and q.unit is None:
            # A casualty word right before a bare number ("число погибших выросло до 35", "пострадали
            # более 100") or right after it ("105 blessés", "40 were injured"): people, left unnamed.
            casualty = r"(?:killed|dead|deaths?|toll|injured|wounded|hurt|tu[ée]e?s|morts?|bless[ée]e?s|bilan|загибл|загинул|поранен|постражда|погиб|ранен|пострада)"
            rel = m.start - sentence.start
            if re.search(casualty + r"\w*\W+(?:\w+\W+){0,3}$", sentence.text[max(0, rel - 40) : rel], re.IGNORECASE) \
                    or re.match(r"^\s*(?:\w+\s+){0,2}" + casualty, sentence.text[m.end - sentence.start :], re.IGNORECASE):
                q, unit = replace(q, unit="person"), "person"
        if unit is None and frame.type == "other" and frame.start <= m.start and m.end <= frame.end \
                and re.search(r"prisonn|prisoner|полонен|пленн", frame.trigger, re.IGNORECASE):
            # "обмін 390 на 390 полоненими": the numbers inside the exchange's own words count prisoners.
            q = replace(q, unit="prisoner")
        if frame.type == "attack" and q.unit == "person" and _SOLDIERS.match(sentence.text[m.end - sentence.start :]):
            # "до 300 военнослужащих ВСУ … атаковали", "знищили до 85 військових": the troops that attack
            # or are struck count in the attack.
            out.append(Quantity(q.value, "soldier", "attacking" if m.end <= frame.start else "count", q.bound))
            continue
        if q.unit not in wanted:
            continue
        if unit is None and frame.type == "other" and re.search(r"prisonn|prisoner|полонен|пленн", frame.trigger, re.IGNORECASE):
            unit = "prisoner"
        if unit is None:
            continue
        what = WHAT_FOR.get(frame.type, "count") if q.unit in UNITS_FOR.get(frame.type, ()) else {
            "country": "countries", "region": "regions", "explosion": "explosions", "day": "duration",
            "server": "servers", "subscriber": "affected", "suspension": "occurrences"}.get(unit, WHAT_FOR.get(frame.type, "count"))
        if unit == "suspension" and frame.type != "disruption":
            # The lexicon's unit of "times" names suspensions of flights; elsewhere they are occurrences.
            unit = "occurrence"
        if frame.type == "damage" and unit == "person":
            # "двоє загинули, п'ятеро поранені": each number takes the casualty word of its own clause
            # (from the comma, semicolon or 'and' before it to the one after it), when it has only one.
            rel_s, rel_e = m.start - sentence.start, m.end - sentence.start
            cut = r"[,;:—–]|\s(?:and|et|і|та|й|и|а|while|tandis que)\s"
            starts = [x.end() for x in re.finditer(cut, sentence.text[:rel_s], re.IGNORECASE)]
            nxt = re.search(cut, sentence.text[rel_e:], re.IGNORECASE)
            clause = sentence.text[starts[-1] if starts else 0 : rel_e + nxt.start() if nxt else len(sentence.text)]
            hurt = bool(re.search(r"bless|injur|wound|hurt|поранен|ранен|постражда|пострада|травм", clause, re.IGNORECASE))
            dead = bool(re.search(r"tu[ée]|tuant|killed|killing|dead|death|died|morts?\b|загин|загибл|убит|погиб|смерт|помер|умер", clause, re.IGNORECASE))
            if hurt != dead:
                what = "injured" if hurt else "killed"
        out.append(Quantity(q.value, unit, what, q.bound))
    return out


# Events whose sentence may count other things than weapons and victims (sites hit, banks listed,
# servers wiped, votes cast); interceptions and contacts count only their own units.
GENERIC_COUNTS = frozenset(["attack", "damage", "cyber_operation", "disruption", "sanction", "statement", "other", "aid",
                            "deployment"])


def _what_for_count(event_type: str, q: QuantityValue) -> str:
    if q.unit == "percent":
        return "share"
    return "sanctioned" if event_type == "sanction" else "count"


def _what_for_damage(sentence: Sentence, q: Quantity) -> Quantity:
    # A number whose own clause named its casualties keeps them ("двоє загинули, п'ятеро поранені").
    if q.what in ("killed", "injured", "share"):
        return q
    if q.unit != "person":
        # Aircraft, buildings, sites: hit or damaged, never "injured".
        return replace(q, what="damaged")
    if re.search(r"bless|injur|wound|hurt|поранен|ранен|постражда|пострада|травм", sentence.text, re.IGNORECASE):
        return replace(q, what="injured")
    if re.search(r"tu[ée]|tuant|killed|killing|dead|death|died|morts?\b|загин|загибл|убит|погиб|смерт|помер|умер", sentence.text, re.IGNORECASE):
        return replace(q, what="killed")
    return replace(q, what="damaged")


def _summary(event_type: str, subtype: str | None, place: Place, actors: list[Actor],
             quantities: list[Quantity], source: str | None, certainty: str) -> str:
    who = " and ".join(a.name for a in actors if a.role in ("speaker", "initiator", "participant"))[:120]
    where = f" in {place.name}" if place.name else ""
    qty = ""
    if quantities:
        q = quantities[0]
        bound = {"at_least": "at least ", "at_most": "up to ", "approx": "about "}.get(q.bound, "")
        qty = f"{bound}{int(q.value) if float(q.value).is_integer() else q.value} {q.unit}{'s' if q.value != 1 else ''} "
    body = {
        "interception": f"{qty or 'Drones or missiles '}shot down{where}",
        "attack": f"{(subtype or 'Strike').capitalize()} attack{where}" + (f" by {who}" if who else ""),
        "damage": f"{(subtype or 'damage').capitalize()}{where}",
        "disruption": f"{(subtype or 'service').replace('_', ' ').capitalize()} disruption{where}",
        "cyber_operation": f"Cyber {subtype or 'operation'}" + (f" by {who}" if who else "") + (f" affecting {qty.strip()}" if qty else ""),
        "contact": f"{(subtype or 'contact').capitalize()} between {who}" if who else f"{(subtype or 'contact').capitalize()}{where}",
        "statement": f"Statement ({subtype or 'remark'}) by {who or 'an unnamed speaker'}",
        "sanction": f"Sanctions {subtype or ''}".strip() + (f" by {who}" if who else "") + (f" on {qty.strip()}" if qty else ""),
        "deployment": f"Deployment ({subtype or 'envoy'})" + (f" by {who}" if who else ""),
        "aid": f"{(subtype or 'aid').capitalize()} aid" + (f" from {who}" if who else "") + (f": {qty.strip()}" if qty else ""),
    }.get(event_type, f"{event_type.replace('_', ' ').capitalize()}{where}")
    hedge = {"alleged": " (allegedly)", "denied": " (denied)", "hypothetical": " (threatened or considered)"}.get(certainty, "")
    says = f", according to {source}" if source else ""
    return f"{body}{hedge}{says}."


def _continuation(analysis: Analysis, frame: Frame) -> list[Sentence]:
    """The sentences that go on telling the frame's event: the following sentences of its story up to the
    first one with an event of its own ("adopted its 18th package …" — "The cap drops …" — "It adds 105
    vessels …"). A sentence whose only frames are speakerless sayings ("Il ajoute 74 navires", "The
    advisory also says the unit accessed 10,000 cameras") has no event of its own: it goes on too."""
    out: list[Sentence] = []
    base = analysis.sentences[frame.sentence]
    for s in analysis.sentences[frame.sentence + 1 :]:
        if s.story != base.story or s.heading:
            break
        own = [f for f in analysis.frames if f.sentence == s.index]
        if any(f.type != "statement" or any(a.role == "speaker" for a in frame_actors(analysis, f, s)) for f in own):
            break
        out.append(s)
    return out


def _country_of(places: list[Mention]) -> Mention | None:
    """The country all ``places`` lie in, as a place mention (None when they straddle borders)."""
    countries = {m.value.country for m in places}
    if len(countries) != 1:
        return None
    from kronika.resources.gazetteer import load_gazetteer

    code = countries.pop()
    entry = load_gazetteer().get(f"country:{code}")
    first = places[0]
    return Mention(first.start, first.end, first.text, "place", entry) if entry else None


def _common_place(places: list[Mention]) -> Mention | None:
    """The one region all ``places`` lie in ("Kharkiv and Chuhuiv": Kharkiv Oblast), else their country
    (None when they straddle borders)."""
    regions = {m.value.name if m.value.kind == "region" else m.value.admin1 for m in places}
    countries = {m.value.country for m in places}
    if len(regions) == 1 and len(countries) == 1 and all(m.value.kind != "country" for m in places):
        name = regions.pop()
        named = next((m for m in places if m.value.kind == "region"), None)
        if named is not None or name is None:
            return named
        from kronika.resources.gazetteer import load_gazetteer

        country = countries.pop()
        entry = next((e for e in load_gazetteer().lookup(name) if e.kind == "region" and e.country == country), None)
        first = places[0]
        if entry is not None:
            return Mention(first.start, first.end, first.text, "place", entry)
    return _country_of(places)


def _one_total(quantities: list[Quantity]) -> bool:
    """Whether the claim counts one number per weapon ("five drones"), not one per place."""
    units = [q.unit for q in quantities]
    return bool(units) and len(units) == len(set(units))


_EACH = re.compile(r"\b(?:each|apiece|respectively|chacun\w*|respectivement|відповідно|соответственно)\b", re.IGNORECASE)


def _per_place(sentence: Sentence) -> bool:
    """Whether the sentence counts place by place: several numbers ("один … над Одинцовским районом,
    еще два … на территории «Москва-Сити»") or a distributive one ("по одному", "one each")."""
    numbers = [m for m in sentence.of_kind("quantity") if m.value.unit in (None, "drone", "missile", "aircraft") and m.value.noun is None]
    before = [sentence.text[max(0, m.start - sentence.start - 4) : m.start - sentence.start] for m in numbers]
    return len(numbers) > 1 or any(re.search(r"\bпо\s+$", b, re.IGNORECASE) for b in before) or bool(_EACH.search(sentence.text))


_LIST_GAP = re.compile(
    r"(?:[\s,]|\b(?:and|et|і|й|и|та|the|de|du|des|la|le|d['’]|over|in|над|в|у|regions?|oblasts?|régions?|област\w*)\b)*",
    re.IGNORECASE,
)


def _listed(sentence: Sentence, places: list[Mention]) -> bool:
    """Whether ``places`` are named as one list ("над Миколаївщиною, Одещиною та Буковиною"), not in
    clauses of their own ("… над Одинцовским районом, еще два … упали на территории «Москва-Сити»")."""
    spans = sorted((m.start - sentence.start, m.end - sentence.start) for m in places)
    return all(_LIST_GAP.fullmatch(sentence.text[spans[i][1] : spans[i + 1][0]]) for i in range(len(spans) - 1))


def _claimant_country(frame: Frame, actors: list[Actor] | None = None, analysis: Analysis | None = None,
                      sentence: Sentence | None = None) -> Mention | None:
    """Where a strike with no place of its own happened, by who reports it: a regional head reports
    from the region he heads ("Губернатор Александр Богомаз сообщил о погибших": Bryansk Oblast); air
    defence claims are made over the claimant's own country; an attack on a named country, or one
    the attacked side reports, is in that country ("ворог атакував Україну", Ukraine's Air Force on
    Russia's drones) — at the story's place when it lies there."""
    story = _story_place(analysis, sentence) if analysis is not None and sentence is not None else None
    official = _official_region(frame)
    if official is not None:
        if story is not None and _within(story.value, official.value):
            return story
        return official
    if frame.type == "interception" and frame.source is not None:
        return _country_mention(getattr(frame.source.value, "country", None), frame.source)
    if frame.type not in ("attack", "damage") or sentence is None:
        return None
    code = _targeted_nationality(frame, sentence) or _attacked_country(actors or [])
    if code is None:
        return None
    if story is not None and story.value.country == code:
        return story
    named = [m for m in sentence.of_kind("actor") if getattr(m.value, "country", None) == code and not m.extra.get("adjective")]
    anchor = named[0] if named else frame.source or Mention(frame.start, frame.end, frame.trigger, "actor", None)
    return _country_mention(code, anchor)


# "strikes on four Russian air bases", "frappes contre le territoire russe", "удари по російських аеродромах":
# the target named by its nationality.
_AGAINST = re.compile(r"\b(?:on|against|at|into|sur|contre|по|на|против|проти)\s+(?:[\w'’-]+\s+){0,3}$", re.IGNORECASE)


def _targeted_nationality(frame: Frame, sentence: Sentence) -> str | None:
    """The one country whose adjective qualifies what a strike hits, right after the trigger."""
    codes = {getattr(m.value, "country", None) for m in sentence.of_kind("actor")
             if m.extra.get("adjective") and frame.end <= m.start <= frame.end + 40
             and _AGAINST.search(sentence.text[frame.end - sentence.start : m.start - sentence.start])}
    codes.discard(None)
    return codes.pop() if len(codes) == 1 else None


def _country_mention(code: str | None, anchor: Mention) -> Mention | None:
    """The gazetteer's country ``code`` as a place mention spanning ``anchor``."""
    if not code:
        return None
    from kronika.resources.gazetteer import load_gazetteer

    entry = load_gazetteer().get(f"country:{code}")
    if entry is None:
        found = [e for e in load_gazetteer().lookup(code) if e.kind == "country" and e.country == code]
        entry = found[0] if found else None
    return Mention(anchor.start, anchor.end, anchor.text, "place", entry) if entry else None


def _official_region(frame: Frame) -> Mention | None:
    """The region (or city) of a governor, head of a regional administration or mayor who reports."""
    from kronika.extract.places import official_place

    if frame.source is None or frame.type not in STRIKE_TYPES:
        return None
    place = official_place(frame.source.value, frame.source.extra.get("via_office"))
    return Mention(frame.source.start, frame.source.end, frame.source.text, "place", place) if place else None


def _within(inner: Any, outer: Any) -> bool:
    """Whether place ``inner`` is ``outer`` or lies in the region ``outer``."""
    from kronika.extract.places import region_of

    return bool(inner.id == outer.id or (outer.kind == "region" and inner.kind in ("city", "site")
                                         and (inner.admin1 == outer.name or region_of(inner) == outer)))


def _attacked_country(actors: list[Actor]) -> str | None:
    """The one country an attack targets by name and nobody there launched; else, with one attacker
    in the war, the country of the claimant on the other side (Ukraine's Air Force on Russia's drones)."""
    from kronika.resources.actors import load_actors

    catalog = load_actors()

    def countries(role: str, kinds: tuple[str, ...]) -> set[str]:
        entries = [catalog.get(a.id) for a in actors if a.role == role and a.id]
        return {e.country for e in entries if e is not None and e.country and e.kind in kinds}

    targets = countries("target", ("country",))
    initiators = countries("initiator", ("country", "institution", "unit", "person", "office"))
    if len(targets) == 1 and not targets & initiators:
        return targets.pop()
    claimants = countries("claimant", ("country", "institution", "unit", "person", "office")) - initiators
    if len(initiators) == 1 and initiators <= {"UA", "RU"} and len(claimants) == 1 and claimants <= {"UA", "RU"}:
        return claimants.pop()
    if len(initiators) == 1 and initiators <= {"UA", "RU"} and not targets and not claimants:
        # "противник атакував ударними БпЛА" with no place named: the other side of the war.
        return ({"UA", "RU"} - initiators).pop()
    return None


def _victim_country(places: list[Mention], actors: list[Actor], named: list[Mention]) -> list[Mention]:
    """Where a cyber operation struck: the one country its sentence names, else its target's country
    (Kyivstar: Ukraine), its evidence the target's name; nothing when several countries are named."""
    from kronika.resources.gazetteer import load_gazetteer

    countries = {m.value.country for m in places}
    if len(countries) == 1:
        country = _country_of(places)
        return [country] if country is not None else []
    if places:
        return []
    targets = {a.id for a in actors if a.role == "target" and a.id}
    hit = [m for m in named if m.value.id in targets and getattr(m.value, "country", None)]
    # "contre des ministères polonais": the victims' nationality.
    hit = hit or [m for m in named if m.extra.get("adjective") and getattr(m.value, "country", None)][:1]
    codes = {m.value.country for m in hit}
    if len(codes) == 1:
        entry = load_gazetteer().get(f"country:{codes.pop()}")
        if entry is not None:
            return [Mention(hit[0].start, hit[0].end, hit[0].text, "place", entry)]
    return []


def _story_place(analysis: Analysis, sentence: Sentence) -> Mention | None:
    """The place the story was last at, for a sentence naming none ("there were about four
    explosions" after "explosions were heard in Yelets"): the nearest earlier sentence naming one
    place; sentences naming several are skipped; else the story's country."""
    country: Mention | None = None
    for s in reversed(analysis.sentences[max(0, sentence.index - 3) : sentence.index]):
        if s.story != sentence.story:
            break
        if s.heading:
            continue
        places = [m for m in s.of_kind("place") if not m.extra.get("dateline") and not m.extra.get("office")]
        distinct = {m.value.id for m in places}
        if len(distinct) == 1:
            # (Past a nearer sentence naming several places of one country, only a place in that country.)
            return places[0] if country is None or places[0].value.country == country.value.country else country
        if country is None and len({m.value.country for m in places}) == 1:
            # "four air bases: Olenya, Belaya, Dyagilevo and Ivanovo": several places of one country.
            country = _country_mention(places[0].value.country, places[0])
        # The country an office or a body sits in ("Минобороны России") still says where the story is.
        housed = [m for m in s.of_kind("place") if not m.extra.get("dateline")]
        country = country or next((m for m in housed if m.value.kind == "country"), None)
    return country


def build_events(analysis: Analysis) -> None:
    """Turn frames into events, then merge what one document says twice."""
    lex = load_lexicon(analysis.language)
    outlet = publisher(analysis)
    drafts: list[tuple[Event, Frame]] = []
    spoken: dict[int, DateRange] = {}
    for frame in _with_breakdowns(analysis):
        sentence = analysis.sentences[frame.sentence]
        when = frame_date(frame, sentence, analysis.published)
        when = _at_publication_precision(analysis, frame, when)
        if frame.type not in STRIKE_TYPES and frame.date is None and sentence.story in spoken \
                and when is not None and spoken[sentence.story].start > when.end:
            # What is said is said in the story's present ("on Tuesday the EU blamed …; Blinken said …"),
            # not at the time of the background the story recalled in between.
            when = spoken[sentence.story]
        if when is not None and frame.date is not None and when.precision == "day" and (
            frame.type in ("statement", "contact", "sanction") or sentence.story not in spoken
        ):
            # The story's present: its lead's date, then what is said and negotiated in it.
            spoken[sentence.story] = when
        actors = frame_actors(analysis, frame, sentence)
        unit_hint = weapon_of(sentence.text, lex) or _context_unit(analysis, sentence, lex)
        if unit_hint == "mixed":
            unit_hint = "drone"
        quantities = _quantities(frame, sentence, unit_hint)
        if frame.quantities:
            quantities = [_as_quantity(m, frame, unit_hint) for m in frame.quantities]
        if not quantities and frame.type in ("cyber_operation", "sanction", "disruption"):
            for follow in _continuation(analysis, frame):
                quantities += _quantities(frame, follow, unit_hint, told_later=True)
        if frame.type == "damage":
            quantities = [_what_for_damage(sentence, q) for q in quantities]
        quantities = _dedupe_quantities(quantities)
        places = frame.places or [
            m for m in sentence.of_kind("place")
            if not sentence.in_quote(m.start) and not m.extra.get("dateline") and not m.extra.get("office")
        ]
        own_clause = [m for m in places if not _CONTRAST.search(
            sentence.text[min(m.end, frame.end) - sentence.start : max(m.start, frame.start) - sentence.start])]
        if own_clause:
            # "elles ont été repoussées à Ivanovo …, tandis que des appareils ont pris feu à Mourmansk":
            # the places of the other clause are the other clause's.
            places = own_clause
        if not frame.places:
            # "The attack came two days after the delegations met in Istanbul", "Атака пришлась на день,
            # когда в Джидде начались переговоры": the place of the event the clause dates it by.
            places = [m for m in places if not (m.start >= frame.end and lex.cues["time_clauses"].search(
                sentence.text[frame.end - sentence.start : m.start - sentence.start]))]
        if frame.type in ("attack", "interception") and not frame.places:
            # "з напрямків: Курськ, Орел, Брянськ – РФ", "flew in from the Bryansk direction": where the
            # drones came from is not where they struck.
            places = [p for p in places if not _launched_from(sentence, p, lex)]
        places = _specific_places(places)
        if frame.type == "cyber_operation":
            victims_of = [m for m in sentence.of_kind("actor") if m.extra.get("adjective") and kind_of(m) == "country"
                          and m.start > frame.start]
            # "хакеры IT-армии Украины": a country inside the attackers' name is not where they struck.
            names = [(a.start, a.end) for a in sentence.of_kind("actor") if not a.extra.get("adjective")]
            places = [m for m in places if not any(a <= m.start and m.end <= b and b - a > m.end - m.start for a, b in names)]
            places = _victim_country(places, actors, _story_mentions(analysis, sentence, ("org", "institution")) + victims_of)
        elif frame.type not in PLACE_TYPES:
            places = []
        elif frame.type == "contact" and frame.subtype == "call":
            # A phone call happens nowhere in particular ("Kremlin aide Yuri Ushakov" names no venue).
            places = []
        elif frame.type in ("contact", "deployment", "other"):
            places = _most_precise(places)[:1]
        if not places and frame.type in STRIKE_TYPES:
            # (A seat of government that speaks, "the Kremlin said", is not where the strike was.)
            office = [m for m in sentence.of_kind("place") if m.extra.get("office") and m.value.kind not in ("country", "site")]
            inherited = (office[0] if office else None) or _claimant_country(frame, actors, analysis, sentence) or _story_place(analysis, sentence)
            if inherited is None and frame.type == "disruption":
                # "Роскомнадзор ограничил звонки": the country of who restricts or of what is restricted.
                inherited = next(iter(_victim_country([], [replace(a, role="target") for a in actors],
                                                      sentence.of_kind("actor")
                                                      + _story_mentions(analysis, sentence, ("org", "institution")))), None)
            if inherited is not None:
                places = [inherited]
        if frame.type == "contact" and len([a for a in actors if not (a.id or "").startswith("group:")]) < 2 and not (
            actors and places and _GATHERED.search(frame.trigger + " " + sentence.text[frame.end - sentence.start : frame.end - sentence.start + 30])
        ):
            # ("Les dirigeants de l'UE se sont réunis en urgence à Bruxelles": one body gathering at a place is a meeting.)
            # A call or a meeting has two named parties; "met volunteers and local officials" is a visit.
            continue
        if frame.type == "aid" and not any(a.role == "initiator" for a in actors) and not any(
            q.unit in ("dollar", "euro", "pound") for q in quantities
        ) and not (frame.subtype == "military" and _RECEIVED.search(frame.trigger) and actors) and not _ARRIVED.search(frame.trigger):
            # Aid needs a donor or an amount: "convois d'aide humanitaire" alone reports no aid.
            continue
        if frame.type in ("attack", "damage") and frame.certainty == "hypothetical":
            # Feared or threatened strikes are no strike; a threat is coded as the statement that makes it.
            continue
        subtype = frame.subtype
        if frame.type == "sanction" and frame.certainty == "hypothetical":
            subtype = "threatened" if re.search(r"menac|threat|погро|загро|угро|грози", sentence.text, re.IGNORECASE) else "considered"
        frame.subtype = subtype
        if frame.type == "statement" and not any(a.role == "speaker" for a in actors):
            continue
        if frame.type == "statement" and frame.source_name is None:
            # What a party says is sourced to the party itself.
            speaker = next((a for a in actors if a.role == "speaker"), None)
            if speaker is not None:
                frame.source_name = speaker.name
        if frame.type == "sanction" and frame.certainty == "hypothetical" and frame.source_name is None:
            # A threat of sanctions is the threatening party's own word.
            threatener = next((a for a in actors if a.role == "initiator"), None)
            if threatener is not None:
                frame.source_name = threatener.name
        via = list(frame.via)
        if outlet and outlet not in via and outlet != frame.source_name:
            via.append(outlet)
        attribution = Attribution(frame.source_name, tuple(via), frame.certainty)
        evidence = (Span(sentence.start, sentence.end),)
        split = places if frame.type in STRIKE_TYPES and len(places) > 1 and not frame.places else places[:1]
        sites: list[Mention] = []
        if frame.type == "attack" and len(places) > 1 and quantities and not frame.places:
            # "fired 38 missiles … at Kyiv, Dnipro and Kryvyi Rih": one salvo over a country, not one per city.
            whole = _common_place(places)
            split = [whole] if whole is not None else places[:1]
            struck = [p for p in places if p.value.kind == "site"]
            if len(struck) > 1:
                # "117 drones launched at four air bases: Olenya, Belaya, Dyagilevo and Ivanovo": the
                # salvo, and an attack on each base it struck.
                sites = struck
        elif frame.type == "interception" and len(places) > 1 and _one_total(quantities) and not frame.places \
                and _listed(sentence, places) and not _per_place(sentence):
            # "збили п’ять безпілотників над Миколаївщиною, Одещиною та Буковиною": one claim of five over
            # the regions' country (or their one region); the regions' own numbers come in their own sentences.
            whole = _common_place(places)
            split = [whole] if whole is not None else split
        targets: list[Mention | None] = list(split) or [None]
        if frame.type == "interception" and len({q.unit for q in quantities}) > 1:
            # "abattu 266 drones et 45 missiles": one claim per weapon.
            for q in quantities:
                place = _place_of(targets[0]) if targets[0] is not None else Place()
                drafts.append((Event(
                    doc=analysis.document.id, type=frame.type, subtype=q.unit if q.unit in ("drone", "missile", "aircraft") else frame.subtype,
                    date=when, location=place, actors=tuple(actors), quantities=(q,), attribution=attribution,
                    evidence=evidence, summary=_summary(frame.type, frame.subtype, place, actors, [q], frame.source_name, frame.certainty),
                    language=analysis.language, field_evidence=_field_evidence(frame, targets[0], when, sentence),
                ), frame))
            continue
        for place_mention, counted in [*((t, quantities) for t in targets), *((t, []) for t in sites)]:
            place = _place_of(place_mention) if place_mention is not None else Place()
            event = Event(
                doc=analysis.document.id,
                type=frame.type,
                subtype=frame.subtype,
                date=when,
                location=place,
                actors=tuple(actors),
                quantities=tuple(counted),
                attribution=attribution,
                evidence=evidence,
                summary=_summary(frame.type, frame.subtype, place, actors, counted, frame.source_name, frame.certainty),
                language=analysis.language,
                field_evidence=_field_evidence(frame, place_mention, when, sentence),
            )
            drafts.append((event, frame))
    analysis.events = merge_restatements(analysis, drafts)


def _field_evidence(frame: Frame, place: Mention | None, when: DateRange | None, sentence: Sentence) -> dict[str, tuple[Span, ...]]:
    out: dict[str, tuple[Span, ...]] = {"trigger": (Span(frame.start, frame.end),)}
    if place is not None:
        out["location"] = (Span(place.start, place.end),)
    if frame.source is not None:
        out["source"] = (Span(frame.source.start, frame.source.end),)
    dates = sentence.of_kind("date")
    if dates and when is not None:
        best = min(dates, key=lambda m: abs(m.start - frame.start))
        out["date"] = (Span(best.start, best.end),)
    return out


def _as_quantity(m: Mention, frame: Frame, unit_hint: str | None) -> Quantity:
    q: QuantityValue = m.value
    return Quantity(q.value, q.unit or q.noun or unit_hint or "drone", WHAT_FOR.get(frame.type, "count"), q.bound)


def _dedupe_quantities(quantities: list[Quantity]) -> list[Quantity]:
    seen: set[tuple[float, str]] = set()
    out = []
    for q in quantities:
        if (q.value, q.unit) not in seen:
            seen.add((q.value, q.unit))
            out.append(q)
    return out


def _context_unit(analysis: Analysis, sentence: Sentence, lex: Any) -> str | None:
    for back in range(sentence.index - 1, max(-1, sentence.index - 4), -1):
        s = analysis.sentences[back]
        if s.story != sentence.story:
            break
        found = weapon_of(s.text, lex)
        if found:
            return str(found)
    return None


def _pairs(sentence: Sentence) -> list[tuple[Mention, Mention]]:
    """(number, place) pairs of a breakdown: "14 over the Oryol region, 12 over Kursk ..."."""
    # ("Four airports, including Warsaw Chopin": a number of its own noun is no weapon count of a breakdown.)
    quantities = [m for m in sentence.of_kind("quantity") if m.value.unit in (None, "drone", "missile") and m.value.noun is None]
    places = [m for m in sentence.of_kind("place") if m.value.kind in ("region", "city")]
    pairs: list[tuple[Mention, Mention]] = []
    used: set[int] = set()
    if _place_first(sentence, quantities, places):
        # "над Брянской областью уничтожены 12 беспилотников, над Курской — восемь": each number
        # after its place.
        for q in quantities:
            before = [p for p in places if p.end <= q.start and id(p) not in used]
            if before and not any(o.start > before[-1].end and o.end <= q.start for o in quantities) \
                    and q.start - before[-1].end <= 70:
                pairs.append((q, before[-1]))
                used.add(id(before[-1]))
        return pairs
    for q in quantities:
        following = [p for p in places if p.start > q.end and id(p) not in used]
        if not following:
            continue
        p = following[0]
        gap = sentence.text[q.end - sentence.start : p.start - sentence.start]
        if any(other.start > q.end and other.start < p.start for other in quantities) or len(gap) > 70:
            continue
        pairs.append((q, p))
        used.add(id(p))
        # "three each are over Lipetsk and Smolensk": the same number for a coordinated place.
        nxt = [x for x in places if x.start > p.end and id(x) not in used]
        if nxt and re.fullmatch(r"\s*(?:and|et|і|и|та)\s+(?:the\s+|de\s+|d['’])?", sentence.text[p.end - sentence.start : nxt[0].start - sentence.start]) \
                and re.search(r"\beach\b|chacun|по\b", gap + sentence.text[p.end - sentence.start : nxt[0].start - sentence.start], re.IGNORECASE):
            pairs.append((q, nxt[0]))
            used.add(id(nxt[0]))
    return pairs


def _place_first(sentence: Sentence, quantities: list[Mention], places: list[Mention]) -> bool:
    """Whether a breakdown names each place before its number: one "place — number" in it says so."""
    for p in places:
        nxt = [q for q in quantities if q.start >= p.end]
        if nxt and re.fullmatch(r"\s*[—–]\s*(?:ещё|еще|ще|another)?\s*", sentence.text[p.end - sentence.start : nxt[0].start - sentence.start]):
            return True
    return False


def _with_breakdowns(analysis: Analysis) -> list[Frame]:
    """The frames, plus one per region of a breakdown, with the total kept as its own frame."""
    out: list[Frame] = []
    framed: dict[int, list[Frame]] = {}
    for f in analysis.frames:
        framed.setdefault(f.sentence, []).append(f)
    last_strike: Frame | None = None
    last_of: dict[str, Frame] = {}
    lex = load_lexicon(analysis.language)
    for sentence in analysis.sentences:
        frames = framed.get(sentence.index, [])
        pairs = _pairs(sentence)
        strike = next((f for f in frames if f.type in ("interception", "attack")), None)
        if pairs and strike is not None:
            # "Протягом атаки … збито 40 дронів: 20 над …": the claim whose cue stands nearest the breakdown.
            strikes = [f for f in frames if f.type in ("interception", "attack")]
            cue = _nearest_cue([(f.start, f.type) for f in strikes], pairs)
            strike = next((f for f in strikes if (f.start, f.type) == cue), strike)
        parent = strike or (last_strike if last_strike and _follows(analysis, last_strike, sentence) else None)
        if pairs and strike is None and parent is not None:
            # A frame-less breakdown ("збито 3 дрони … над Миколаївщиною і ще 1 над Одещиною", quoted) is of
            # the kind its own words say: the story's last frame of that kind splits, not its first strike.
            cue = _nearest_cue(_strike_cues(sentence, lex), pairs)
            if cue is not None and cue[1] != parent.type:
                earlier = last_of.get(cue[1])
                parent = earlier if earlier is not None and _follows(analysis, earlier, sentence) else replace(parent, type=cue[1])
        if parent is not None and (len(pairs) >= 2 or (pairs and (sentence.list_item or not frames))):
            for q, p in pairs:
                child = replace(parent, sentence=sentence.index, places=[p], quantities=[q], start=q.start, end=p.end,
                                trigger=parent.trigger, evidence=[])
                out.append(child)
            paired = {id(q) for q, _ in pairs}
            # Several cues of the breakdown's own type ("35 … уничтожено в …, еще 14 … ликвидированы над …")
            # are the breakdown itself, already one event per region.
            frames = [f for f in frames if f is strike or f.type != parent.type]
            total = [m for m in sentence.of_kind("quantity") if id(m) not in paired and m.value.unit in ("drone", "missile")]
            if strike is not None and total:
                # The total is told once, over the place that frames the breakdown ("40 drones over Russia:
                # 20 over Kursk, …"), else over the country of its regions, never copied to each region.
                whole = _total_place(sentence, pairs, total[0])
                out.append(replace(strike, quantities=total[:1], places=[whole] if whole is not None else []))
                out.extend(f for f in frames if f is not strike)
            elif strike is None:
                out.extend(frames)
            else:
                out.extend(f for f in frames if f is not strike)
        else:
            out.extend(frames)
        if strike is not None:
            last_strike = strike
        firsts: dict[str, Frame] = {strike.type: strike} if strike is not None else {}
        for f in frames:
            if f.type in ("interception", "attack"):
                firsts.setdefault(f.type, f)
        last_of.update(firsts)
    return out


def _strike_cues(sentence: Sentence, lex: Any) -> list[tuple[int, str]]:
    """Interception and attack cues of the sentence, quoted ones included (absolute offsets)."""
    return [(sentence.start + m.start(), kind) for kind, pattern in lex.triggers if kind in ("interception", "attack")
            for m in pattern.finditer(sentence.text)]


def _nearest_cue(cues: list[tuple[int, str]], pairs: list[tuple[Mention, Mention]]) -> tuple[int, str] | None:
    """The (offset, kind) cue nearest the breakdown's first number; an interception wins a tie."""
    if not cues or not pairs:
        return None
    at = pairs[0][0].start
    return min(cues, key=lambda c: (abs(c[0] - at), c[1] != "interception"))


def _total_place(sentence: Sentence, pairs: list[tuple[Mention, Mention]], total: Mention) -> Mention | None:
    """Where a breakdown's total was counted: a place named before the breakdown and not paired with a
    number of its own (a country first), else the one country all the breakdown's places lie in."""
    paired = {id(p) for _, p in pairs}
    first = min(q.start for q, _ in pairs)
    named = [m for m in sentence.of_kind("place") if id(m) not in paired and m.end <= first
             and not sentence.in_quote(m.start) and not m.extra.get("dateline") and not m.extra.get("office")]
    near = [m for m in named if m.start >= total.start] or named
    country = next((m for m in near if m.value.kind == "country"), None)
    if country is not None or near:
        return country or near[-1]
    return _country_of([p for _, p in pairs])


def _follows(analysis: Analysis, frame: Frame, sentence: Sentence) -> bool:
    base = analysis.sentences[frame.sentence]
    return base.story == sentence.story and sentence.index - frame.sentence <= 8


def _compatible(a: Event, b: Event) -> bool:
    if a.type != b.type:
        return False
    if a.subtype and b.subtype and a.subtype != b.subtype and a.type not in ("statement", "sanction"):
        return False
    if a.date and b.date and (a.date.start > b.date.end + timedelta(days=1) or b.date.start > a.date.end + timedelta(days=1)):
        return False
    if a.location.id and b.location.id and a.location.id != b.location.id and a.type != "cyber_operation":
        # (A campaign's place is only the country it is inferred to have hit; it does not tell two apart.)
        return False
    qa, qb = {q.value for q in a.quantities}, {q.value for q in b.quantities}
    return not (qa and qb and not (qa & qb))


_EUROPE = frozenset(["AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GB", "GR", "HR", "HU", "IE", "IT", "LT", "LU", "LV", "MT", "NL", "NO", "PL", "PT", "RO", "SE", "SI", "SK"])


def _parties(e: Event) -> set[str]:
    """Actor ids, with Europe's heads of state and government counted as "European leaders"."""
    from kronika.resources.actors import load_actors

    catalog = load_actors()
    out = set()
    for a in e.actors:
        entry = catalog.get(a.id) if a.id else None
        if entry is not None and entry.kind == "person" and entry.country in _EUROPE and \
                re.search(r"President|Prime Minister|Chancellor", entry.role or ""):
            out.add("european-leaders")
        else:
            out.add(a.id or a.name)
    return out


def _same_initiator(a: Event, b: Event) -> bool:
    """No conflicting initiators: the EU's package and the UK's sanctions are two events."""
    ia = {x.id or x.name for x in a.actors if x.role == "initiator"}
    ib = {x.id or x.name for x in b.actors if x.role == "initiator"}
    return not ia or not ib or bool(ia & ib)


def _actor_ids(e: Event) -> set[str]:
    return {a.id or a.name for a in e.actors}


def _merge(base: Event, other: Event, other_restated: bool = False, prefer_other_date: bool = False) -> Event:
    actors = list(base.actors)
    for a in other.actors:
        if all((a.id or a.name) != (b.id or b.name) for b in actors):
            actors.append(a)
    quantities = list(base.quantities) or list(other.quantities)
    location = base.location if base.location.precision != "none" else other.location
    attribution = base.attribution
    if attribution.source is None and other.attribution.source:
        attribution = other.attribution
    date_ = base.date
    if prefer_other_date and not other_restated:
        date_ = other.date
    evidence = base.evidence if other_restated else tuple(
        sorted(set(base.evidence) | set(other.evidence), key=lambda s: s.start)
    )
    return replace(base, actors=tuple(actors), quantities=tuple(quantities), location=location,
                   attribution=attribution, date=date_, evidence=evidence)


def _casualty_followup(analysis: Analysis, a: Event, aframe: Frame, b: Event, bframe: Frame) -> bool:
    """Whether ``b`` goes on counting the victims of ``a`` (next sentences, same place and day, other counts)."""
    if a.type != "damage" or b.type != "damage" or a.subtype != "casualties" or b.subtype != "casualties":
        return False
    if analysis.sentences[aframe.sentence].story != analysis.sentences[bframe.sentence].story:
        return False
    # A sentence that only names the toll's source ("Про це повідомив …") may stand between.
    between = [i for i in range(aframe.sentence + 1, bframe.sentence)
               if any(f.sentence == i for f in analysis.frames)]
    if not 0 <= bframe.sentence - aframe.sentence <= 3 or len(between) > 1:
        return False
    if a.location.id and b.location.id and a.location.id != b.location.id:
        return False
    # A toll reported the morning after ("зранку в суботу") counts the victims of the evening before.
    day = timedelta(days=1)
    if a.date and b.date and (a.date.start > b.date.end + day or b.date.start > a.date.end + day):
        return False
    wa, wb = {q.what for q in a.quantities}, {q.what for q in b.quantities}
    return not (wa & wb)


def _inside(inner: Place, outer: Place) -> bool:
    """Whether ``inner`` is ``outer`` or lies in it (a city in its region, anything in its country)."""
    if inner.id is not None and inner.id == outer.id:
        return True
    if inner.country is None or inner.country != outer.country or inner.precision == outer.precision:
        return False
    return outer.precision == "country" or (outer.precision == "region" and inner.precision in ("city", "site")
                                            and inner.admin1 is not None and inner.admin1 == outer.name)


def _restated_attack(analysis: Analysis, attacks: dict[int, int], a: Event, aframe: Frame, b: Event, bframe: Frame,
                     told: dict[int, list[Event]] | None = None) -> bool:
    """Whether attack ``b`` only restates ``a``, the story's attack told last before it ("Drones attacked the
    Tula region. … There were at least eight explosions in the region."): at most two sentences on, at the
    same place or one inside it (or at none it names itself, when ``a`` was told at one place only), with no
    conflicting numbers or initiators. ``attacks``: how many attack drafts each sentence gave."""
    if a.type != "attack" or b.type != "attack" or not 0 < bframe.sentence - aframe.sentence <= 2:
        return False
    sa, sb = analysis.sentences[aframe.sentence], analysis.sentences[bframe.sentence]
    between = [e for i in attacks if aframe.sentence < i < bframe.sentence for e in (told or {}).get(i, [None])]
    if sa.story != sb.story or sb.restated or any(
        e is None or (_same_initiator(e, b) and not _initiators_differ(e, a)) for e in between
    ):
        # (An attack told in between blocks, unless another side launched it: "a response to Ukrainian
        # attacks on Russian territory" does not come between Russia's strike and "the missile hit a plant".)
        return False
    if attacks.get(bframe.sentence, 0) > 1 and attacks.get(aframe.sentence, 0) == 1:
        # "Удари було завдано по аеродромах «Оленья» …, «Дягілєво» …": the attack told base by base
        # details the one told before; it does not restate it.
        return False
    named = [m for m in sb.of_kind("place") if not m.extra.get("dateline") and not m.extra.get("office")]
    if named and a.quantities and a.location.precision == "country" and b.location.precision in ("city", "site"):
        # "противник застосував 38 ракет. У столиці ракета влучила в дитячу лікарню": a hit the salvo
        # made somewhere is its own strike, not the salvo told again.
        return False
    if (named or attacks.get(aframe.sentence, 0) > 1) and not _inside(b.location, a.location):
        # (With several places told before, a sentence naming none restates none of them in particular.)
        return False
    return _compatible(a, replace(b, location=a.location)) and _same_initiator(a, b)


def _corroborates(analysis: Analysis, a: Event, aframe: Frame, b: Event, bframe: Frame) -> bool:
    """Whether attack ``b`` is attack ``a`` told by another party: same story and days, at the same
    place or one inside the other (no country-wide ones), numbers that agree."""
    if a.type != "attack" or b.type != "attack" or aframe.sentence == bframe.sentence:
        return False
    if analysis.sentences[aframe.sentence].story != analysis.sentences[bframe.sentence].story:
        return False
    if not a.attribution.source or not b.attribution.source or a.attribution.source == b.attribution.source:
        return False
    if "country" in (a.location.precision, b.location.precision) or "none" in (a.location.precision, b.location.precision):
        return False
    if not (_inside(a.location, b.location) or _inside(b.location, a.location)):
        return False
    return _compatible(replace(a, subtype=None, location=b.location), replace(b, subtype=None))


def _initiators_differ(a: Event, b: Event) -> bool:
    """Whether two attacks name initiators, and different ones."""
    ia = {x.id for x in a.actors if x.role == "initiator"}
    ib = {x.id for x in b.actors if x.role == "initiator"}
    return bool(ia and ib and not ia & ib)


def _names_source(sentence: Sentence, frame: Frame) -> bool:
    """Whether the frame's source is named in its own sentence (not inherited from the story)."""
    return frame.source is not None and sentence.start <= frame.source.start < sentence.end


def merge_restatements(analysis: Analysis, drafts: list[tuple[Event, Frame]]) -> list[Event]:
    """One event per happening: a lead or heading that restates the body, a story that repeats
    its campaign, the same contact told twice, are folded into one event."""
    kept: list[tuple[Event, Frame]] = []
    body_types = {e.type for e, f in drafts if not analysis.sentences[f.sentence].restated}
    # Body first so that a restating lead folds into the body event, not the other way round.
    order = sorted(drafts, key=lambda d: analysis.sentences[d[1].sentence].restated)
    attacks: dict[int, int] = {}
    for e, f in drafts:
        if e.type == "attack":
            attacks[f.sentence] = attacks.get(f.sentence, 0) + 1
    told: dict[int, list[Event]] = {}
    for e, f in drafts:
        if e.type == "attack":
            told.setdefault(f.sentence, []).append(e)
    for event, frame in order:
        sentence = analysis.sentences[frame.sentence]
        merged = False
        for i, (other, oframe) in enumerate(kept):
            if _casualty_followup(analysis, other, oframe, event, frame):
                # "погибли семь человек" … "Пострадали более 60 пассажиров": one toll, killed and injured.
                merged_event = _merge(other, event)
                whats = {q.what for q in other.quantities}
                extra = tuple(q for q in event.quantities if q.what not in whats)
                kept[i] = (replace(merged_event, quantities=tuple(other.quantities) + extra), oframe)
                merged = True
                break
            if _restated_attack(analysis, attacks, other, oframe, event, frame, told):
                # The restatement's day wins over a vaguer span of the attack it restates.
                prefer = event.date is not None and event.date.precision == "day" and (other.date is None or (
                    other.date.precision != "day" and other.date.start <= event.date.start <= other.date.end))
                folded = _merge(other, event, prefer_other_date=prefer)
                if _names_source(sentence, frame) and (
                    not _names_source(analysis.sentences[oframe.sentence], oframe) or (event.quantities and not other.quantities)
                ):
                    # "Russian strikes continued. The Air Force reported that Russia launched 85 drones": the
                    # source the restatement names itself over one the attack only inherited, or over the one
                    # that named the attack in passing ("the toll from Russia's attack rose to 31, the mayor
                    # said") when the restatement tells the attack itself, with its numbers.
                    folded = replace(folded, attribution=event.attribution)
                kept[i] = (folded, oframe)
                merged = True
                break
            if _corroborates(analysis, other, oframe, event, frame):
                # Another party tells the same strike ("Минобороны признало атаки на аэродромы в Иркутской
                # области" after the SBU's strike on the Belaya air base): one event, the first teller's —
                # unless that one named it only in passing ("the toll from Russia's attack rose to 31, the
                # mayor said") and the second tells it with its numbers ("the Air Force said Russia launched 309").
                corroborated = _merge(other, event)
                if event.quantities and not other.quantities and event.attribution.source:
                    corroborated = replace(corroborated, attribution=event.attribution)
                kept[i] = (corroborated, oframe)
                merged = True
                break
            if not _compatible(other, event):
                continue
            osent = analysis.sentences[oframe.sentence]
            same_story = osent.story == sentence.story
            shared = _actor_ids(other) & _actor_ids(event)
            two_sayings = event.type == "statement" and bool(event.subtype and other.subtype) and event.subtype != other.subtype
            if sentence.restated or (
                frame.sentence == oframe.sentence and not frame.places and event.type != "contact" and not two_sayings
            ) or (
                same_story and event.type in ("cyber_operation", "sanction") and event.date and other.date
                and event.date.start <= other.date.end and other.date.start <= event.date.end
                and _same_initiator(event, other) and (event.type != "sanction" or event.subtype == other.subtype)
            ) or (
                event.type == "contact" and _actor_ids(event) and event.date == other.date and
                (_parties(event) <= _parties(other) or _parties(other) <= _parties(event))
            ) or (
                event.type == "interception" and same_story and event.quantities and other.quantities
                and event.location.id == other.location.id and other.date == event.date
            ) or (
                event.type == "attack" and same_story and event.location.id == other.location.id and (shared or not other.actors)
                and not event.quantities and abs(frame.sentence - oframe.sentence) <= 1
            ):
                prefer = frame.date is not None and (oframe.date is None or (
                    other.date is not None and other.date.precision != "day" and event.date is not None
                    and event.date.precision == "day" and event.type != "cyber_operation"))
                kept[i] = (_merge(other, event, sentence.restated, prefer), oframe)
                merged = True
                break
        if merged:
            continue
        if sentence.restated and event.type in body_types:
            continue
        kept.append((event, frame))
    kept.sort(key=lambda d: (d[0].evidence[0].start if d[0].evidence else 0))
    return [e for e, _ in kept]


stages.register("assemble", requires=("frames", "attribution"), assigns=("events",))(plain(build_events))
