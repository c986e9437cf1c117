"""Who says so, via whom, and how surely: claimant, relay chain and certainty per frame."""

from __future__ import annotations

import itertools
import re
from typing import Any

from kronika.extract import plain, stages
from kronika.extract.analysis import Analysis, Frame, Mention, Sentence
from kronika.resources.lexicons import Lexicon, load_lexicon

_SOURCE_KINDS = ("person", "institution", "unit", "outlet", "country", "group", "office", "org")
_PRONOUN = re.compile(
    r"(?:^|\W)(?:il|elle|ils|elles|he|she|they|it|він|вона|вони|он|она|они)\s+(?:[\w\"«“'-]+\s+){0,5}[\"«“]?$",
    re.IGNORECASE,
)


def kind_of(mention: Mention) -> str:
    """The catalogue kind of an actor mention ("person" for spaCy names)."""
    return str(getattr(mention.value, "kind", "person"))


def name_of(mention: Mention) -> str:
    """The canonical name of an actor mention."""
    return str(getattr(mention.value, "name", mention.text))


def _actors(sentence: Sentence) -> list[Mention]:
    return [m for m in sentence.of_kind("actor") if not sentence.in_quote(m.start) and not m.extra.get("adjective")]


_PLATFORMS = frozenset({"telegram", "x", "twitter", "facebook", "truth-social", "youtube", "vk", "instagram"})
_COMPLEMENT = re.compile(r"\b(?:que|qu['’]|that|що|що|что|about|de|d['’]|avoir|having|to)\b", re.IGNORECASE)


_TITLE_GAP = re.compile(r"(?:\s+(?!(?:que|qu|that|що|что|to|à|de\s+la\s+|on|sur|у|в)\b)[\w’'-]+){1,5}\s+", re.IGNORECASE)
_RELATIVE_START = re.compile(r"\s*(?:which|who|qui|que|dont|який|яка|яке|які|котр\w+|которы\w+|которая|которое)\b", re.IGNORECASE)
# "як передає Укрінформ", "as reported by": the outlet relays; "according to", "selon": it is the origin.
# "як передає Укрінформ", "as quoted by": the outlet passes on what a party said, it breaks no news
# ("як повідомляє WSJ" is the paper's own report).
_PASSES_ON = re.compile(r"переда|quoted by|cited by|cité\w* par|цитує|цитирует", re.IGNORECASE)
_RELAY_PREP = re.compile(r"переда|повідомля|сообща|пише|пишет|report|rapport|quoted by|cited by|cité\w* par|цитує|цитирует", re.IGNORECASE)
# Verbs by which a party announces or imposes a measure (aid, sanctions); shared with assemble.
ANNOUNCING = (r"оголоси|объяви|announc|annonc|adopt|ухвали|затверди|утверди|запровади|impos|introduc|ввел|ввела|ввели|ввёл|"
              r"approved|approuv|signed|signé|підписа|подписа|unveil|dévoil")
_ANNOUNCED = re.compile(rf"\b(?:{ANNOUNCING})\w*", re.IGNORECASE)
_DECREED = re.compile(r"\b(?:распоряд|постанов|приказ|указ|розпоряд|наказ|ordered|decreed|ordonn|décrét|a décidé|decided)\w*", re.IGNORECASE)
_SAME_SOURCE = re.compile(r"même source|same source|того ж|тим самим|те саме|того же|тот же|cette source", re.IGNORECASE)
# A name followed by a verb ("said Russia must answer", "a dit que la Russie devait") opens a clause of its own.
_CLAUSE_GOES_ON = re.compile(
    r"(?:['’]s)?\s+(?:must|should|would|will|could|can|had|has|have|was|were|is|are|did|does|do|"
    r"devait|devrait|doit|allait|va|avait|a|est|était|serait|aurait|pourrait)\b",
    re.IGNORECASE,
)
# "X, arriving in Poland ahead of the summit, said": one aside between a subject and its verb.
_INCISE = re.compile(r"\s*,[^,;:»\"”]{3,110},\s*")
_COORDINATED = re.compile(r"\b(?:and|et|і|й|и|та|but|mais|але|но)\s+(?:(?:also|aussi|також|также|then|puis)\s+)?$", re.IGNORECASE)
# ", it said", "he added", "elle a précisé": a pronoun subject right before the verb stands for the
# party the sentence opens with (or the one named before), not for the nearest name.
_PRONOUN_SUBJECT = re.compile(
    r"(?:^|[,;:»\"”]\s*|\b(?:and|but|et|mais|і|та|але|и|но)\s+)(?:it|he|she|they|il|elle|ils|elles|він|вона|вони|он|она|они)"
    r"\s+(?:(?:has|have|had|also|then|later|a|ont|avait|aussi|ensuite|також|также|потім|затем)\s+){0,2}$",
    re.IGNORECASE,
)
_PRONOUN_OPENS = re.compile(r"\s*(?:it|he|she|they|il|elle|ils|elles|він|вона|вони|он|она|они|that|que|qu['’]|що|что)\b", re.IGNORECASE)
# "The EU, the UK and the US blamed": the parties listed before one verb speak together.
_LISTED = re.compile(r"\s*(?:,\s*(?:(?:and|et|і|та|й|и)\s+)?|\s(?:and|et|і|та|й|и)\s+)(?:the\s+|la\s+|le\s+|les\s+|l['’])?", re.IGNORECASE)


def _after(sentence: Sentence, offset: int, limit: int) -> Mention | None:
    best = None
    for m in _actors(sentence):
        if offset <= m.start <= offset + limit and (best is None or m.start < best.start):
            best = m
    return best


def _opening_subject(sentence: Sentence) -> Mention | None:
    """The party a sentence opens with ("Britain's Foreign Office went further: …"), the possessed one
    of a possessive ("Britain's Foreign Office" is the office)."""
    actors = sorted((m for m in _actors(sentence) if kind_of(m) in _SOURCE_KINDS), key=lambda m: m.start)
    if not actors or len(sentence.text[: actors[0].start - sentence.start].split()) > 2:
        return None
    subject = actors[0]
    for m in actors[1:]:
        if re.fullmatch(r"['’]s\s+|\s+", sentence.text[subject.end - sentence.start : m.start - sentence.start]):
            subject = m
        else:
            break
    return subject


def _listed_with(sentence: Sentence, last: Mention) -> list[Mention]:
    """The parties listed up to ``last`` ("the European Union, the United Kingdom and the United States")."""
    actors = sorted((m for m in _actors(sentence) if m.end <= last.start), key=lambda m: m.start)
    out = [last]
    for m in reversed(actors):
        gap = sentence.text[m.end - sentence.start : out[0].start - sentence.start]
        if kind_of(m) not in _SOURCE_KINDS or not _LISTED.fullmatch(gap):
            break
        out.insert(0, m)
    ands = sum(1 for a, b in itertools.pairwise(out)
               if re.search(r"\b(?:and|et|і|та|й|и)\b", sentence.text[a.end - sentence.start : b.start - sentence.start]))
    # One "and", before the last: a list; "Zelensky and Trump's envoy" is no list of speakers.
    return out if len(out) > 1 and ands == 1 and re.search(
        r"\b(?:and|et|і|та|й|и)\b", sentence.text[out[-2].end - sentence.start : last.start - sentence.start]) else [last]


def _joint_name(sentence: Sentence, listed: list[Mention]) -> str:
    """"European Union, United Kingdom and United States": the listed parties under one name."""
    names = [name_of(m) for m in listed]
    return f"{', '.join(names[:-1])} and {names[-1]}"


def _authorities(sentence: Sentence, lex: Lexicon) -> tuple[str, int] | None:
    hit = lex.cues["authorities"].search(sentence.text)
    if hit is None:
        return None
    at = sentence.start + hit.start()
    if any(m.extra.get("generic") and m.start <= at < m.end and len(m.text.split()) > 1 for m in sentence.of_kind("actor")):
        # "Ukrainian officials", "Western officials": the group names whose officials speak.
        return None
    places = sentence.of_kind("place")
    if places:
        place = min(places, key=lambda p: abs(p.start - (sentence.start + hit.start())))
        return f"{getattr(place.value, 'name', place.text)} authorities", sentence.start + hit.start()
    return "authorities", sentence.start + hit.start()


def _title_holder(sentence: Sentence, mention: Mention) -> Mention:
    """The person a title names right after it ("командувач Повітряних сил Микола Олещук"), else the mention."""
    if (kind_of(mention) == "person" and not mention.extra.get("via_office")) or \
            getattr(mention.value, "id", "") in _PLATFORMS:
        return mention
    for m in _actors(sentence):
        if kind_of(m) == "person" and mention.end <= m.start <= mention.end + 40:
            gap = sentence.text[mention.end - sentence.start : m.start - sentence.start]
            if not re.search(r"[.;:«»\"“”()]|\b(?:що|что|that|que|and|et|і|и)\b", gap, re.IGNORECASE):
                return m
    return mention


def _speaker_after_platform(sentence: Sentence, platform: Mention) -> Mention | None:
    """The party named right after a platform that follows a reporting verb, if any."""
    if getattr(platform.value, "id", "") not in _PLATFORMS:
        return None
    for m in sorted(_actors(sentence), key=lambda m: m.start):
        if m.start < platform.end or m.start - platform.end > 70:
            continue
        if getattr(m.value, "id", "") in _PLATFORMS:
            continue
        gap = sentence.text[platform.end - sentence.start : m.start - sentence.start]
        if re.search(r"[.;:«»\"“”]|\b(?:що|что|that|que)\b", gap, re.IGNORECASE):
            return None
        persons = [p for p in _actors(sentence) if kind_of(p) == "person" and m.start <= p.start <= m.start + 60]
        return persons[0] if persons and kind_of(m) != "person" else m
    return None


_UNNAMED_HEAD = re.compile(
    r"\s*(?:(?:the|les|le|la|des|du|de\s+la)\s+|(?:de\s+)?l['’]\s*)?"
    r"(?P<phrase>(?!(?:lui|elle|eux|him|her|them|which|whom|laquelle|lequel|lesquel\w*|que|qu|ce|cela|ceci|this|that|"
    r"його|її|їх|него|нее|неё|них|его|ее|её|их|которы\w*|яки\w*|цим|этим|тим|тем|том|тому)\b)"
    r"[^\W\d][\w’'-]*(?:\s+(?!(?:que|qu['’]|that|що|что|qui|who|which)\b)[\w’'-]+){0,5})",
    re.IGNORECASE,
)


def _unnamed_after(rest: str, lex: Lexicon) -> str | None:
    """The unnamed party right after an incise verb ("un conseiller de la présidence", "officials in Kyiv")."""
    head = re.match(r"\s*(?:(?:une|un|des|les|le|la|an|a|the)\s+|l['’]\s*)(?P<phrase>[^\W\d][^,.;:()«»\"“”—–]{2,60})", rest, re.IGNORECASE)
    if head is None:
        return None
    phrase = head.group("phrase").strip()
    # The head noun comes first in French ("un conseiller de la présidence"), after its adjectives
    # in English ("a Ukrainian presidential adviser").
    words = re.split(r"\s+(?:de|d['’]|du|des|of|in|at|from)\b", phrase, maxsplit=1)[0].split()[:4]
    return phrase if any(lex.cues["party_nouns"].fullmatch(w) for w in words) else None


def _unnamed_source(sentence: Sentence, lex: Lexicon) -> str | None:
    """"selon l'administration militaire de la ville", "according to local officials", "за даними
    рятувальників": the party as written when the catalogue names none."""
    text = sentence.text
    for hit in lex.cues["source_preps"].finditer(text):
        if sentence.in_quote(sentence.start + hit.start()):
            continue
        rest = text[hit.end() :]
        stop = re.search(r"[,.;:()«»\"“”—–]|\s(?:publié|published|released|опубліков|опубликов|ont|a|has|have|were|was)\b", rest)
        clause = rest[: stop.start()] if stop else rest
        if channel := lex.cues["channel_phrases"].match(clause.lstrip()):
            # "Как сообщил в своем телеграм-канале глава региона": the party after its channel.
            clause = clause.lstrip()[channel.end() :]
        head = _UNNAMED_HEAD.match(clause)
        if head is None:
            continue
        phrase = head.group("phrase").strip()
        if 3 <= len(phrase) <= 60 and not any(ch.isdigit() for ch in phrase) and lex.cues["party_nouns"].search(phrase):
            return phrase
    return None


def sentence_source(sentence: Sentence, lex: Lexicon) -> tuple[Mention | None, str | None, list[str]]:
    """The explicit source of a sentence, its name, and the outlets that relayed it (origin first)."""
    text = sentence.text
    chain: list[Mention] = []
    prepped: list[Mention] = []
    relayed: list[Mention] = []
    asides: list[Mention] = []
    joint: dict[int, str] = {}
    for hit in lex.cues["source_preps"].finditer(text):
        # "according to a report released on Thursday by security firm Mandiant": the source is
        # the first party named before the phrase ends.
        stop = re.search(r"[,.;:()—]", text[hit.end() :])
        reach = min(90, stop.start() if stop else 90)
        found = _after(sentence, sentence.start + hit.end(), max(25, reach))
        if found is not None and (speaker := _speaker_after_platform(sentence, found)) is not None \
                and speaker.start - sentence.start < hit.end() + (stop.start() if stop else len(text)):
            # "Как сообщил в своем Telegram-канале губернатор …": the party after the channel speaks.
            found = speaker
        segments = text[: hit.start()].split(",")[-3:-1]
        if found is not None and any(_RELATIVE_START.match(s) for s in segments):
            # "…, которые, по словам американского президента, оказались в окружении, Путин, как
            # утверждают в Кремле, пообещал": the aside inside a relative clause is not the sentence's source.
            asides.append(found)
            continue
        if found is not None and found not in chain:
            chain.append(found)
            if not _RELAY_PREP.search(hit.group(0)):
                prepped.append(found)
            elif _PASSES_ON.search(hit.group(0)):
                relayed.append(found)
    headed = _colon_source(sentence)
    if headed is not None and not chain:
        # "23:07 — Sobyanin: three more drones shot down", "Песков: Россия выработала иммунитет":
        # a live post or a headline names its source before a colon.
        return headed, name_of(headed), []
    auth = _authorities(sentence, lex)
    trailing: Mention | None = None
    for hit in lex.cues["reporting_verbs"].finditer(text):
        verb_at = sentence.start + hit.start()
        closing = [m for m in _actors(sentence) if m.end <= verb_at and not text[m.end - sentence.start : hit.start()].strip()
                   and (re.search(r"[,»\"”]\s*(?:the\s+|la\s+|le\s+|les\s+|l['’])?$", text[: m.start - sentence.start], re.IGNORECASE)
                        # "…, Kremlin aide Yuri Ushakov told reporters": a person after a short title.
                        or (kind_of(m) == "person" and re.search(r"[,»\"”]\s*(?:the\s+)?(?:[\w'’-]+\s+){1,3}$",
                                                                   text[: m.start - sentence.start])))]
        if closing and hit.start() > len(text) / 2 and kind_of(closing[-1]) in _SOURCE_KINDS:
            # "…, The Wall Street Journal reported Thursday, citing three sources": the closing
            # attribution covers the whole sentence, over the subjects of verbs inside it.
            trailing = closing[-1]
        if auth and 0 <= verb_at - auth[1] <= 30 and not chain:
            return None, auth[0], []
        pronoun = _PRONOUN_SUBJECT.search(text[: hit.start()])
        if pronoun is not None:
            # "Britain's Foreign Office went further: the GRU was behind it, it said": the opening party;
            # with none, the party named before (the story's) speaks, not the nearest name.
            opener = _opening_subject(sentence)
            if opener is not None and opener.end - sentence.start <= pronoun.start() and opener not in chain:
                chain.append(opener)
            continue
        before = [m for m in _actors(sentence) if m.end <= verb_at and verb_at - m.end <= 60
                  and not (m in chain and "," in text[m.end - sentence.start : hit.start()])]
        if _COORDINATED.search(text[: hit.start()]):
            # "The Kremlin called the incident a terrorist act and said Russia …": the first clause's subject.
            subjects = [m for m in _actors(sentence) if m.end <= verb_at and kind_of(m) in _SOURCE_KINDS]
            if subjects:
                if subjects[0] not in chain:
                    chain.append(subjects[0])
                continue
        inverted = _after(sentence, sentence.start + hit.end(), 14)
        if inverted is None:
            # "a annoncé la Première ministre Ioulia Svyrydenko", "said Ukraine's foreign minister
            # Andrii Sybiha": a title between verb and name.
            far = _after(sentence, sentence.start + hit.end(), 50)
            if far is not None and kind_of(far) == "person" and _TITLE_GAP.fullmatch(
                text[hit.end() : far.start - sentence.start]
            ):
                inverted = far
            elif far is not None and getattr(far.value, "id", "") in _PLATFORMS and _speaker_after_platform(sentence, far):
                # "a écrit sur sa plateforme Truth Social le dirigeant républicain": the channel, then the speaker.
                inverted = far
        opener = _opening_subject(sentence)
        incise = inverted is None and not _unnamed_after(text[hit.end() :], lex) and bool(re.search(r"[»\"”]\s*,?\s*$|,\s*$", text[: hit.start()])) and not (
            # ("Russia's Defence Ministry, quoted by TASS, claimed it had …": the subject before the aside.)
            opener is not None and _INCISE.fullmatch(text[opener.end - sentence.start : hit.start()]))
        if incise:
            # "…, a affirmé le chef du département cyber du Service de sécurité (SBU), Illia Vitiouk, dans
            # un entretien": a verb set off by a comma has its subject after it, behind a long title.
            inverted = _incise_subject(sentence, hit.end())
        # "…», a déclaré X" names the speaker after the verb; "X told Y", "X, gouverneur, a
        # annoncé sur Telegram" name the listener or the channel there.
        # (", a indiqué le Kremlin": a verb right after a comma is an incise, its subject follows it.)
        after_quote = bool(re.search(r"[»\"”]\s*,?\s*$|,\s*$", text[: hit.start()]))
        subject_first = bool(before) and not after_quote
        if after_quote and inverted is None and not chain and (unnamed := _unnamed_after(text[hit.end() :], lex)):
            # "…, a reconnu un conseiller de la présidence ukrainienne": an incise names an unnamed party.
            return None, unnamed, []
        closing_party = re.search(r",\s*((?:a|an|the)\s+[^,;:»\"”]{3,60}?)\s*$", text[: hit.start()], re.IGNORECASE)
        if closing_party and not chain and hit.start() > len(text) / 2 and not any(
            m.start >= sentence.start + closing_party.start(1) and not m.extra.get("adjective") for m in _actors(sentence)
        ) and (unnamed := _unnamed_after(closing_party.group(1), lex)):
            # "…, a Ukrainian presidential adviser said": the closing clause's unnamed speaker.
            return None, unnamed, []
        if inverted is not None and after_quote and before and _CLAUSE_GOES_ON.match(text, inverted.end - sentence.start) \
                and _INCISE.fullmatch(text[before[0].end - sentence.start : hit.start()]):
            # "Volodymyr Zelensky, arriving in Poland, said Russia must answer": the name after the verb
            # opens what is said; the speaker is the subject before the incise.
            inverted, subject_first, before = None, True, before[:1]
        if inverted is not None and inverted not in chain and not subject_first and (incise or not _COMPLEMENT.search(
            text[hit.end() : inverted.start - sentence.start]
        )):
            chain.append(_title_holder(sentence, inverted))
            speaker = _speaker_after_platform(sentence, inverted)
            if speaker is not None and speaker not in chain:
                # "повідомив у Telegram командувач … Микола Олещук": the party after the channel.
                chain.append(speaker)
            continue
        # "Paul Chichester, NCSC Director of Operations, said": the person, not the title's words.
        persons = [m for m in before if kind_of(m) == "person"]
        pick = persons[-1] if persons else (before[-1] if before else None)
        if pick is not None and not persons and len(listed := _listed_with(sentence, pick)) > 1:
            # "The European Union, the United Kingdom and the United States blamed Russia": all of them.
            joint[id(listed[0])] = _joint_name(sentence, listed)
            pick = listed[0]
        if pick is not None and pick not in chain:
            chain.append(pick)
    if not chain and asides:
        chain = asides[:1]
    if trailing is not None:
        cited = [m for m in prepped if m.start > trailing.end and not str(getattr(m.value, "id", "")).startswith("group:")]
        chain = [*cited, trailing]
    chain = [m for m in chain if kind_of(m) in _SOURCE_KINDS]
    # A platform ("sur Telegram", "on X") carries what a named party says: it is a relay, never the
    # origin; with no party in the chain, the party named in the sentence speaks through it.
    platforms = [m for m in chain if getattr(m.value, "id", "") in _PLATFORMS]
    chain = [m for m in chain if m not in platforms]
    if platforms and not chain:
        parties = [m for m in _actors(sentence) if kind_of(m) in ("person", "institution", "office", "group")
                   and m.start < platforms[0].start]
        if parties:
            chain = [parties[-1]]
    if not chain and platforms:
        return None, None, [name_of(m) for m in platforms]
    if chain and all(m in relayed and kind_of(m) == "outlet" for m in chain):
        saying = [h for h in lex.cues["reporting_verbs"].finditer(text) if not _RELAY_PREP.search(h.group(0))]
        if saying or lex.cues["denials"].search(text):
            # "Генштаб спростував ці заяви, як передає Укрінформ": the outlet only relays; who says so is
            # the sentence's own party (or the story's source), not the relay.
            return None, None, [name_of(m) for m in chain]
        # "Як передає Укрінформ, ворог атакував Харків": nobody else speaks; the outlet tells it.
        return chain[0], name_of(chain[0]), [name_of(m) for m in chain[1:]]
    if not chain:
        if auth and lex.cues["reporting_verbs"].search(text):
            return None, auth[0], []
        return None, None, []
    # "X, citing Y": Y is closer to the origin. Non-outlets (ministries, people) are the origin.
    parties = [m for m in chain if kind_of(m) != "outlet"]
    outlets = [m for m in chain if kind_of(m) == "outlet"]
    if outlets and parties and all(str(getattr(m.value, "id", "")).startswith("group:") for m in parties):
        # "the Wall Street Journal reported, citing three sources": the outlet is who can be named.
        parties = []
    if parties and prepped and kind_of(prepped[0]) == "outlet" and not any(m in prepped for m in parties):
        # "According to The New York Times, … Trump told Zelensky …": the outlet vouches for it.
        parties = []
        outlets = [prepped[0]] + [m for m in outlets if m is not prepped[0]]
    if parties:
        source = parties[0]
        via = [name_of(m) for m in outlets]
    else:
        cited = [m for m in outlets if re.search(r"(?:citing|citant|cité\w* par|посилаючись на|ссылаясь на)\s*$",
                                               text[: m.start - sentence.start][-30:], re.IGNORECASE)]
        source = cited[-1] if cited else outlets[0]
        via = [name_of(m) for m in reversed(outlets) if m is not source]
    return source, joint.get(id(source), name_of(source)), via


def _incise_subject(sentence: Sentence, verb_end: int) -> Mention | None:
    """The party named after an incise verb, behind its title (a person before the body they head)."""
    text = sentence.text
    found: list[Mention] = []
    for m in sorted(_actors(sentence), key=lambda m: m.start):
        if m.start < sentence.start + verb_end:
            continue
        gap = text[verb_end : m.start - sentence.start]
        if not found and _PRONOUN_OPENS.match(gap):
            # "…, claimed it had carried out": a clause of its own follows the verb.
            break
        if len(gap) > 120 or re.search(r"[.;:«»\"“”]|\b(?:que|qu['’]|that|що|что|which|qui|who|où|where)\b", gap, re.IGNORECASE):
            break
        if found and re.search(r"\b(?:dans|in|à|to|sur|on|avec|with|у|в|на)\s+(?:\w+\s+){0,3}$", gap, re.IGNORECASE):
            # "…, Illia Vitiouk, dans un entretien accordé à l'agence Reuters": the outlet is no speaker.
            break
        found.append(m)
        if kind_of(m) == "person":
            return m
    return found[0] if found and kind_of(found[0]) in _SOURCE_KINDS else None


# What may stand before the source of a "Source: what it says" line: a time, a dash, an article.
_LINE_HEAD = re.compile(r"^\s*(?:\d{1,2}[:.h]\d{2}\s*)?(?:[—–-]\s*)?(?:the\s+|le\s+|la\s+|les\s+|l['’])?$", re.IGNORECASE)
# What may stand between it and the colon: its channel ("on Telegram", "в Telegram").
_LINE_CHANNEL = re.compile(r"^\s*(?:(?:on|in|sur|dans|в|у|на)\s+(?:\w+\s+){0,2}?\w+\s*)?:\s", re.IGNORECASE)


def _colon_source(sentence: Sentence) -> Mention | None:
    """The party a "Source: what it says" line opens with, if any."""
    text = sentence.text
    for m in sentence.of_kind("actor"):
        if kind_of(m) not in _SOURCE_KINDS or getattr(m.value, "id", "") in _PLATFORMS:
            continue
        if _LINE_HEAD.match(text[: m.start - sentence.start]) and _LINE_CHANNEL.match(text[m.end - sentence.start :]):
            return m
    return None


def certainty_of(frame: Frame, sentence: Sentence, lex: Lexicon, has_source: bool) -> str:
    """denied, alleged, hypothetical, claimed or asserted, from the cues around the trigger."""
    rel = frame.start - sentence.start
    text = sentence.text
    # Dates are no cues ("May 19" is not the modal "may").
    for m in sentence.of_kind("date"):
        a, b = m.start - sentence.start, m.end - sentence.start
        text = text[:a] + " " * (b - a) + text[b:]
    end = rel + len(frame.trigger)
    if lex.cues["denials"].search(_scope(text, rel, end, 70)):
        return "denied"
    if frame.type == "statement" and lex.cues["denials"].search(_report(text, rel, end)):
        return "denied"
    if lex.cues["hedges"].search(_scope(text, rel, end, 70)):
        return "alleged"
    if frame.type not in ("interception", "damage", "disruption") and _hypothetical(text, rel, lex):
        return "hypothetical"
    if frame.type == "statement" and _hypothetical_report(text, rel, end, lex):
        # A statement of what is planned, prepared or threatened is no more than its plan.
        return "hypothetical"
    return "claimed" if has_source else "asserted"


# Words that open a clause of its own after a comma: coordination and relative pronouns.
_COORDINATION = (
    r"but|however|and|while|whereas|mais|cependant|et|tandis|"
    r"але|проте|однак|а|і|й|та|тоді як|но|однако|и|тогда как"
)
_RELATIVE = (
    r"which|who|whom|whose|qui|dont|lequel|laquelle|lesquels|lesquelles|"
    r"як(?:ий|а|е|і|ого|ої|их|ому|ій|им|ими|у)|котор\w+"
)
_OPENS = re.compile(rf"\s*(?:{_COORDINATION}|{_RELATIVE})\b", re.IGNORECASE)
_OPENS_RELATIVE = re.compile(rf"\s*(?:{_RELATIVE})\b", re.IGNORECASE)
_STRONG = re.compile(r"[.;:—–]")
_ASIDE = re.compile(
    r"\s*(?:as|comme|selon|according|reportedly|allegedly|як|за|нібито|как|по|якобы)\b", re.IGNORECASE
)


def _scope(text: str, start: int, end: int, reach: int, ahead: int = 35) -> str:
    """The clause a cue must stand in to speak of the trigger at ``start:end``, with the trigger.

    Back from the trigger: its comma-separated pieces up to one that opens a clause of its own
    ("…, і закликав", "…, which"), skipping a closed relative clause in between; forward: up to
    the next comma. "Зеленський, який того дня перебував у Гельсінкі, заперечив причетність":
    the denial is no cue for the visit, and the visit's relative clause no cue for the denial.
    """
    head = text[max(0, start - reach) : start]
    head = _STRONG.split(head)[-1]
    pieces = re.split(r",(?=\s)", head)
    kept = [pieces[-1]]
    if not _OPENS.match(pieces[-1]):
        for piece in reversed(pieces[:-1]):
            if _OPENS_RELATIVE.match(piece):
                continue
            kept.insert(0, piece)
            if _OPENS.match(piece):
                break
    after = re.split(r",(?=\s)", _STRONG.split(text[end : end + ahead])[0])
    tail = after[0]
    for piece in after[1:]:
        # An aside speaks of the clause it interrupts: "Постраждалих, як стверджують у Москві, немає".
        if not _ASIDE.match(piece):
            break
        tail += "," + piece
    return ",".join(kept) + text[start:end] + tail


def _hypothetical(text: str, start: int, lex: Lexicon) -> bool:
    # Only the clause that holds the trigger counts: "said on Monday, he would send" yes;
    # "if Putin refused, ... Trump said" no; "не може вдавати, …, і закликав" no.
    return bool(lex.cues["hypothetical"].search(_scope(text, start, start, 60, 0)))


# Reported speech shifts its future into these ("said the aid would strengthen", "a dit que la
# réponse serait ferme"): tense, no plan. Ukrainian and Russian keep "буде", "будет" for a future.
_TENSE = re.compile(r"would|serai(?:en)?t", re.IGNORECASE)
# Being ready is a stance the speaker states, not yet a plan: "s'est dit prêt à poursuivre les contacts".
_STANCE = re.compile(r"(?:ready|prepared) to|prêt\w* à|готов\w* (?:до|к)", re.IGNORECASE)
_NO_SUBJECT = r"no|aucun\w*|nul\w*|жодн\w*|ніяк\w*|никак\w*|ни один|ни одна"
_THAT = re.compile(r"\s*(?:that|que|qu'|qu’|що|что|чтобы|щоб)\b", re.IGNORECASE)


def _report(text: str, start: int, end: int) -> str:
    """A statement's verb and what it reports: the clause up to the next comma and the one "що",
    "что", "que", "that" opens ("заявив, що не має стосунку до ударів")."""
    pieces = re.split(r",(?=\s)", _STRONG.split(text[end : end + 60])[0])
    report = text[start:end] + pieces[0]
    if len(pieces) > 1 and _THAT.match(pieces[1]):
        report += "," + pieces[1]
    return report


def _hypothetical_report(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """Whether what a statement reports, its verb and the clause after it, is planned or possible.

    "Каллас заявила, що в Брюсселі вже готують наступний пакет": the clause up to the next comma
    and the one "що", "что", "que", "that" opens.
    """
    report = _report(text, start, end)
    # "n’était pas prêt à mettre fin à la guerre", "Moscow could not pretend": what one is not ready
    # to do, or cannot do, is no plan.
    return any(
        not _TENSE.fullmatch(m.group().strip())
        and not _STANCE.fullmatch(m.group().strip())
        and not lex.cues["negation"].search(report[max(0, m.start() - 15) : m.end() + 5])
        # "said no targets on Polish territory had been planned": the negated subject denies the plan.
        and not re.search(rf"\b(?:{_NO_SUBJECT})\s+(?:\w+\s+){{0,7}}$", report[max(0, m.start() - 60) : m.start()], re.IGNORECASE)
        for m in lex.cues["hypothetical"].finditer(report)
    )


def attribute(analysis: Analysis) -> None:
    """Fill source, relay chain and certainty of every frame."""
    lex = load_lexicon(analysis.language)
    by_sentence: dict[int, list[Frame]] = {}
    for frame in analysis.frames:
        by_sentence.setdefault(frame.sentence, []).append(frame)
    story_source: dict[int, tuple[Mention | None, str | None, list[str]]] = {}
    paragraph_source: dict[int, tuple[Mention | None, str | None, list[str]]] = {}
    pending: list[Frame] = []
    carried: set[int] = set()
    readouts: dict[int, tuple[tuple[Mention | None, str | None, list[str]], set[str | None]]] = {}
    last_story = -1
    for sentence in analysis.sentences:
        if sentence.story != last_story:
            pending, last_story = [], sentence.story
        source, name, via = sentence_source(sentence, lex)
        own = name is not None
        text = sentence.text
        frames = by_sentence.get(sentence.index, [])
        readout = readouts.get(sentence.story)
        if readout is not None and source is not None and kind_of(source) == "person" and \
                getattr(source.value, "id", None) in readout[1]:
            # A call's readout ("…провели телефонный разговор, сообщили в Кремле") goes on to tell what
            # each leader said: the readout's publisher vouches for it.
            source, name, via = readout[0]
        if own and source is not None and kind_of(source) in ("institution", "office") and any(
            f.type == "contact" and f.subtype == "call" for f in frames
        ):
            leaders = {getattr(m.value, "id", None) for m in _actors(sentence) if kind_of(m) == "person"}
            readouts[sentence.story] = ((source, name, via), leaders)
        anaphoric = lex.cues["anaphoric_sources"].search(text)
        imposed = False
        if name is None and frames and all(
            f.type == "disruption" or (f.type == "other" and (_DECREED.search(text[: f.start - sentence.start])
                                                              # "СБУ затримала агента", "l'armée a évacué": who acts announces it.
                                                              or f.subtype in ("arrest", "evacuation")))
            for f in frames
        ):
            # "Росавиация ввела временные ограничения", "Минниханов распорядился отменить мероприятия":
            # the body or official that imposes the measure announces it.
            imposer = [m for m in _actors(sentence) if m.end <= frames[0].start
                       and kind_of(m) in ("institution", "office", "country", "person")]
            if imposer:
                source, name, via = imposer[0], name_of(imposer[0]), []
                imposed = True
        if name is None and frames and all(f.type in ("aid", "sanction") for f in frames):
            # "Пентагон оголосив новий пакет допомоги", "the EU adopted its 17th package": who
            # announces the measure is its source.
            verb = _ANNOUNCED.search(text[: frames[0].start - sentence.start])
            if verb is not None:
                announcers = [m for m in _actors(sentence) if m.end <= sentence.start + verb.start()
                              and kind_of(m) in ("institution", "office", "country", "person")]
                if announcers:
                    source, name, via = announcers[-1], name_of(announcers[-1]), []
                    imposed = True
        if name is None and anaphoric and sentence.story in story_source:
            source, name, via = story_source[sentence.story]
        elif anaphoric and _SAME_SOURCE.search(anaphoric.group(0)) and sentence.story in story_source:
            # "Kim a annoncé …, selon la même source": the source named before, over the speaker it quotes.
            source, name, via = story_source[sentence.story]
        if name is None and frames and _PRONOUN.search(text[: frames[0].start - sentence.start]) and \
                lex.cues["reporting_verbs"].search(text) and sentence.story in story_source:
            source, name, via = story_source[sentence.story]
        said = _statement_subject(sentence, frames) if name is None else None
        said_at, said_name = sentence.end, None
        if said is not None:
            said_at = min(f.start for f in frames if f.type == "statement")
            said_name = name_of(said)
            for m in [m for m in _actors(sentence) if said.end < m.end <= said_at]:
                if len(listed := _listed_with(sentence, m)) > 1 and listed[0] is said:
                    # "The EU, the UK and the US formally blamed Russia": the three together.
                    said_name = _joint_name(sentence, listed)
        para_carried = False
        if name is None and frames and sentence.paragraph in paragraph_source:
            # Later sentences of the paragraph that reports a claim go on reporting it.
            source, name, via = paragraph_source[sentence.paragraph]
            para_carried = True
        if name is None and frames:
            unnamed = _unnamed_source(sentence, lex)
            if unnamed:
                source, name, via, own = None, unnamed, [], True
        background = imposed or para_carried
        if name is None and frames and sentence.story in story_source and not _new_paragraph_with_own_party(
            sentence, frames, analysis, story_source[sentence.story][0]
        ):
            # A report that names its source once ("Про це повідомив X") goes on reporting it; the
            # sentence itself claims nothing, so its certainty stays its own.
            source, name, via = story_source[sentence.story]
            background = True
        if name is not None:
            story_source[sentence.story] = (source, name, via)
            paragraph_source[sentence.paragraph] = (source, name, via)
            if lex.cues["back_reference"].search(text) and not frames:
                # "C'est ce qu'a rapporté X" / "This is reported by X": the source of what came
                # before, over a speaker the previous sentence named itself.
                previous = [f for f in by_sentence.get(sentence.index - 1, []) if f not in pending]
                for frame in [*pending, *previous]:
                    _set_source(frame, source, name, via)
                    if frame.certainty == "asserted":
                        frame.certainty = "claimed"
                pending = []
            elif own and not background and source is not None and _closing_report(sentence, source, lex):
                # "Уночі ворог атакував Одещину. … Постраждалих немає, повідомив начальник ОВА": a post
                # that names its source at its end names it for the unsourced lines of its paragraph.
                for frame in pending:
                    if analysis.sentences[frame.sentence].paragraph == sentence.paragraph and frame.source_name is None:
                        _set_source(frame, source, name, via)
                        if frame.certainty == "asserted":
                            frame.certainty = "claimed"
        countered = _countering_clause(sentence, lex)
        for frame in frames:
            if countered is not None and frame.start >= countered[0]:
                # "…, while the Russian defence ministry claimed 150": the figure of the clause set
                # against the first is its own party's.
                _set_source(frame, *countered[1:])
                frame.certainty = certainty_of(frame, sentence, lex, True)
                continue
            if said is not None and ((frame.start > said_at and frame.type != "contact") or (frame.type == "statement" and said_name != name_of(said))):
                # "Zelensky urged allies … and called for new sanctions", "… blamed Russia for the
                # cyberattack": what the sentence's speaker goes on to say is theirs, not the story's source.
                _set_source(frame, said, said_name, [])
                frame.certainty = certainty_of(frame, sentence, lex, frame.type != "statement")
                if frame.type == "statement":
                    carried.add(id(frame))
                continue
            if name is not None and (own or frame.type != "statement"):
                # A statement carried over from an earlier sentence keeps its own speaker as source.
                _set_source(frame, source, name, via)
            # An outlet that states something on its own authority asserts it; a party claims it.
            by_outlet = source is not None and kind_of(source) == "outlet" and not via
            frame.certainty = certainty_of(
                frame, sentence, lex,
                name is not None and not background and not by_outlet and (own or frame.type != "statement"),
            )
            if by_outlet:
                carried.add(id(frame))
            if background:
                carried.add(id(frame))
            if name is None or background:
                pending.append(frame)
        if name is not None and frames and not background:
            pending = []
        if said is not None:
            # "Russia's defence ministry denied targeting the hospital. It said …": the party whose
            # statement the sentence reports is the one a later "it said" stands for.
            story_source[sentence.story] = paragraph_source[sentence.paragraph] = (said, said_name or name_of(said), [])
    for frame in analysis.frames:
        if frame.source_name and frame.certainty == "asserted" and id(frame) not in carried:
            frame.certainty = "claimed"


def _new_paragraph_with_own_party(sentence: Sentence, frames: list[Frame], analysis: Analysis,
                                  source: Mention | None) -> bool:
    """Whether a sentence opens a paragraph with a party of its own acting ("Les dirigeants de l'UE se
    sont réunis …" after the Russian ministry's claims): the outlet tells that, not the earlier source."""
    if sentence.index == 0 or analysis.sentences[sentence.index - 1].paragraph == sentence.paragraph:
        return False
    subjects = [m for m in sentence.of_kind("actor") if m.end <= frames[0].start
                and kind_of(m) in ("person", "institution", "office") and not m.extra.get("generic")]
    own = getattr(source.value, "country", None) if source is not None else None
    return any(getattr(m.value, "country", None) != own for m in subjects)


def _closing_report(sentence: Sentence, source: Mention, lex: Lexicon) -> bool:
    """Whether a sentence ends on its source ("…, повідомив начальник ОВА Олег Кіпер.", "…, the governor said.")."""
    tail = sentence.text[max(0, source.start - sentence.start - 60) :]
    verb = lex.cues["reporting_verbs"].search(tail)
    return verb is not None and bool(re.search(r",\s*$", tail[: verb.start()]) or re.search(
        r",\s*(?:\w+\s+){0,4}$", sentence.text[: source.start - sentence.start])) and not re.search(
        r"\w", lex.cues["reporting_verbs"].sub("", sentence.text[source.end - sentence.start :]).rstrip(" .!»\"”"))


# A clause that sets another party's account against the first ("…, while the ministry claimed 150",
# "…, tandis que les autorités parlent de 27"); shared with kronika.extract.triggers.
COUNTERING = re.compile(r",?\s+(?:while|whereas|tandis que|alors que|тоді як|в то время как|тогда как)\s", re.IGNORECASE)


def _countering_clause(sentence: Sentence, lex: Lexicon) -> tuple[int, Mention | None, str, list[str]] | None:
    """Where a clause that sets another party's account against the first begins, and that party."""
    marker = COUNTERING.search(sentence.text)
    if marker is None:
        return None
    start = sentence.start + marker.end()
    clause = Sentence(sentence.index, start, sentence.end, sentence.text[marker.end() :], sentence.paragraph,
                      sentence.story, quotes=sentence.quotes,
                      mentions=[m for m in sentence.mentions if m.start >= start])
    source, name, via = sentence_source(clause, lex)
    if name is None:
        unnamed = _unnamed_source(clause, lex)
        if unnamed is None:
            return None
        source, name, via = None, unnamed, []
    return start, source, name, via


def _statement_subject(sentence: Sentence, frames: list[Frame]) -> Mention | None:
    """The party that opens a sentence and makes its statement ("The Kremlin denied …")."""
    statements = [f for f in frames if f.type == "statement"]
    if not statements:
        return None
    at = statements[0].start
    if re.match(r"\s+(?:for|by|par)\b", sentence.text[statements[0].end - sentence.start :]):
        # "The Russian military unit blamed for the espionage": the one blamed, not who blames.
        return None
    before = [m for m in _actors(sentence) if m.end <= at and kind_of(m) in _SOURCE_KINDS]
    if not before:
        return None
    subject = before[0]
    last = max((m for m in before if _listed_with(sentence, m)[0] is subject), key=lambda m: m.end, default=subject)
    gap = sentence.text[last.end - sentence.start : at - sentence.start]
    if len(gap) > 60 or _COMPLEMENT.search(gap) or re.search(r"[;:»\"”]", gap):
        return None
    if len(sentence.text[: subject.start - sentence.start].strip(" «\"“'").split()) > 3:
        # The subject opens the sentence ("Russia's defence ministry", "Le Kremlin", "У Кремлі"):
        # a name deep inside it is someone else's object.
        return None
    return subject


def _set_source(frame: Frame, source: Mention | None, name: str | None, via: list[str]) -> None:
    frame.source, frame.source_name, frame.via = source, name, list(via)


def publisher(analysis: Analysis) -> str | None:
    """The outlet that published the document, from its Source header or URL."""
    meta: dict[str, Any] = dict(analysis.document.metadata)
    raw = analysis.document.source or meta.get("source") or analysis.document.url or ""
    raw = str(raw).strip()
    if not raw:
        return None
    host = re.match(r"(?:https?://)?(?:www\.)?([^/\s]+)", raw)
    return host.group(1) if host and "." in host.group(1) and " " not in raw.split()[0] else raw


stages.register("attribution", requires=("frames", "entities"), assigns=("attribution",))(plain(attribute))
