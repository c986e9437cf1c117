"""Event-type cues → candidate event frames, one per cue (collapsed per sentence and type)."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from kronika.extract import plain, stages
from kronika.extract.analysis import Analysis, Frame, Mention, Sentence
from kronika.extract.attribution import ANNOUNCING, COUNTERING
from kronika.resources.lexicons import Lexicon, load_lexicon

# The statement subtypes that are news of their own, like the evaluative verbs.
_EVALUATIVE_SUBTYPES = frozenset({"threat", "accusation", "demand", "refusal"})


@dataclass(frozen=True)
class _Cues:
    """The trigger cues of one language, built from its lexicon."""

    # "a call with X ... talks with Y": a second contact with somebody else.
    contact_object: re.Pattern[str]
    # "calls for", "appel à": an appeal, a statement.
    call_for: re.Pattern[str]
    # "на засіданні Радбезу", "на заседании": a session named as the place where somebody speaks.
    setting: re.Pattern[str]
    # "доки він не зустрінеться", "так и не встретились": a contact negated, not held.
    unheld: re.Pattern[str]
    # What a deployment sends (troops, envoys, weapons).
    deploy_object: re.Pattern[str]
    # Dams, bridges, plants: destroyed, not shot down.
    infrastructure: re.Pattern[str]
    # "the roof of a house was destroyed", "destroyed a house": a building, not a drone, is down.
    building_before: re.Pattern[str]
    building: re.Pattern[str]
    # A building right after the cue, the noun it qualifies ("пострадавших домов").
    damaged_building: re.Pattern[str]
    # "did not comment on the attack", "a décrit l'attaque comme …": the attack told before.
    anaphoric: re.Pattern[str]
    # "не менее", "не менш ніж", "no fewer than", "not more than": the bound of a number, no negation.
    bound: re.Pattern[str]
    # "ces attaques", "these incidents": the events told before.
    demonstrative: re.Pattern[str]
    # "23 severely wounded soldiers" describes people.
    intensifier: re.Pattern[str]
    human_noun: re.Pattern[str]
    # "отражена атака", "the attack was repelled": the interception is the event.
    repelled: re.Pattern[str]
    # "launched 38 missiles", "117 drones … ont été lancés", "запущено".
    launch: re.Pattern[str]
    passive: re.Pattern[str]
    # "destroyed", "знищено": a downing, or damage to a building.
    ambiguous_down: re.Pattern[str]
    # "would", "pourrait", "может": feared, not reported.
    modal: re.Pattern[str]
    # Verbs that are news of their own, not a neutral "said": denials, accusations, warnings, offers, demands.
    evaluative: re.Pattern[str]
    # "answer for the attack", "condamné cette frappe", "засудив цю атаку": an event already told, named again.
    definite: re.Pattern[str]
    # A preposition that makes the event a circumstance of what is said ("immunity to sanctions",
    # "иммунитет к санкциям", "на місці влучання", "en réponse aux frappes"), not its news.
    oblique: re.Pattern[str]
    # "has repeatedly denied", "dément habituellement": a stance held over time, not a statement made now.
    habitual_before: re.Pattern[str]
    habitual_after: re.Pattern[str]


@cache
def _cues(language: str) -> _Cues:
    lex = load_lexicon(language)
    g = lex.group
    i = re.IGNORECASE
    return _Cues(
        contact_object=re.compile(rf"^\W*(?:\w+\W+){{0,5}}?{g('contact_with')}\s", i),
        # "called for", "a appelé à"; and with the one called on between: "a appelé Vladimir Poutine à accepter".
        call_for=re.compile(rf"^\s*{g('call_for')}\b|^\s*(?:[\w’'-]+\s+){{1,3}}?à\s+(?:ne\s+pas\s+)?\w+(?:er|ir|re)\b", i)
        if language == "fr" else re.compile(rf"^\s*{g('call_for')}\b", i),
        setting=re.compile(rf"(?:^|\s){g('setting_preps')}\s+$", i) if lex.words("setting_preps") else re.compile(r"(?!)"),
        unheld=re.compile(rf"(?:^|\s){g('contact_negation')}\s+(?:\w+\s+)?$", i) if lex.words("contact_negation") else re.compile(r"(?!)"),
        deploy_object=re.compile(g("deployed_objects"), i),
        infrastructure=re.compile(rf"\b{g('infrastructure')}\b", i),
        building_before=re.compile(rf"\b{g('building_parts')}\b(?:\s+\w+){{0,3}}\s+{g('building_passive')}?\s*$", i),
        building=re.compile(rf"^\s*(?:\w+\s+){{0,2}}{g('buildings')}", i),
        damaged_building=re.compile(rf"^\s+{g('buildings')}\b", i),
        anaphoric=re.compile(rf"(?:\b{g('anaphoric_determiners')}(?:(?<=['’])\s*|\s+)(?:\w+\s+){{0,2}})$", i),
        bound=re.compile(rf"\b{g('negated_bounds')}\b", i),
        demonstrative=re.compile(rf"\b{g('demonstratives')}\s*(?:\w+\s+){{0,1}}$", i),
        intensifier=re.compile(rf"\b{g('injury_intensifiers')}\s+$", i),
        human_noun=re.compile(rf"^\s+(?:[A-ZА-Я]\w+|{'|'.join(lex.words('human_nouns'))})", re.UNICODE),
        repelled=re.compile(rf"\b{g('repelled')}\b", i),
        launch=re.compile(g("launch_stems"), i),
        passive=re.compile(rf"\b{g('passive_auxiliaries')}\b|^{g('passive_participles')}", i),
        ambiguous_down=re.compile(g("ambiguous_downing"), i),
        modal=re.compile(rf"\b{g('modal_cues')}\b", i),
        evaluative=re.compile(g("evaluative_stems"), i),
        definite=re.compile(rf"(?:^|\s){g('definite_determiners')}\s*(?:[\w-]+\s+)?$", i),
        oblique=re.compile(rf"(?:^|\s){g('oblique_preps')}\s+(?:\w+\s+)?$", i),
        habitual_before=re.compile(rf"\b{g('habitual_adverbs')}\s+(?:\w+\s+)?$", i),
        habitual_after=re.compile(rf"^\s*(?:\w+\s+)?{g('habitual_adverbs')}\b", i),
    )


def _evaluative(frame: Frame, cues: _Cues, with_subtype: bool = False) -> bool:
    """Whether a statement's cue (or, ``with_subtype``, its subtype) is news of its own."""
    return bool(cues.evaluative.search(frame.trigger)) or (with_subtype and frame.subtype in _EVALUATIVE_SUBTYPES)


def weapon_of(text: str, lex: Lexicon) -> str | None:
    """drone, missile, aircraft, or mixed (drones and missiles) as named in ``text``."""
    found = [name for name, pattern in lex.weapons if pattern.search(text)]
    if "drone" in found and "missile" in found:
        return "mixed"
    return found[0] if found else None


def subtype_near(kind: str, text: str, at: int, lex: Lexicon, fallback: str | None = None) -> str | None:
    """The subtype whose cue stands nearest to offset ``at`` of ``text`` (``fallback`` only if none)."""
    best: tuple[int, str] | None = None
    for subtype, pattern in lex.subtypes.get(kind, ()):
        if subtype == fallback:
            continue
        for hit in pattern.finditer(text):
            distance = abs(hit.start() - at)
            if best is None or distance < best[0]:
                best = (distance, subtype)
    return best[1] if best else fallback


def _cyber_story(analysis: Analysis, sentence: Sentence, lex: Lexicon) -> bool:
    """Whether the two sentences before, in the same story, speak of cyber operations (and no weapon)."""
    for back in range(sentence.index - 1, max(-1, sentence.index - 3), -1):
        prev = analysis.sentences[back]
        if prev.story != sentence.story:
            break
        if weapon_of(prev.text, lex):
            return False
        if lex.cues["cyber_context"].search(prev.text):
            return True
    return False


def _context_weapon(analysis: Analysis, sentence: Sentence, lex: Lexicon) -> str | None:
    found = weapon_of(sentence.text, lex)
    if found:
        return found
    for back in range(sentence.index - 1, max(-1, sentence.index - 3), -1):
        prev = analysis.sentences[back]
        if prev.story != sentence.story:
            break
        found = weapon_of(prev.text, lex)
        if found:
            return found
    return None


def find_frames(analysis: Analysis, sentence: Sentence, lex: Lexicon) -> list[Frame]:
    """The candidate frames of one sentence."""
    text = sentence.text
    hits: list[tuple[int, int, str]] = []
    for kind, pattern in lex.triggers:
        for m in pattern.finditer(text):
            hits.append((m.start(), m.end(), kind))
    # Longest cue wins where cues overlap ("cyber-attaque" over "attaque").
    hits.sort(key=lambda h: (h[0], -(h[1] - h[0])))
    kept: list[tuple[int, int, str]] = []
    for h in hits:
        if kept and h[0] < kept[-1][1]:
            if h[1] - h[0] > kept[-1][1] - kept[-1][0]:
                kept[-1] = h
            continue
        kept.append(h)
    cues = _cues(lex.language)
    cyber = bool(lex.cues["cyber_context"].search(text)) or _cyber_story(analysis, sentence, lex)
    weapon = _context_weapon(analysis, sentence, lex)
    frames: list[Frame] = []
    kicker = _kicker(analysis, sentence)
    for start, end, kind in kept:
        absolute = sentence.start + start
        if kicker and kind in ("attack", "interception", "damage", "disruption"):
            # "🔴 Attaque record.", "09:30 - A second massive night of attacks.": the short title of an
            # entry, which the sentences after it tell.
            continue
        # A call or meeting told inside a speaker's quote is still reported ("« Je viens de terminer
        # mon appel avec Poutine », écrit Trump"); other cues inside quotes are the speaker's words.
        if sentence.in_quote(absolute) and kind != "contact" and not _scare_quote(sentence, absolute):
            continue
        before, after = text[max(0, start - 30) : start], text[end : end + 40]
        if _suppressed(before, lex):
            continue
        trigger = text[start:end]
        if kind == "statement" and re.search(r"\b(?:were|was|been|being|ont été|a été|були|були|были|был|была|было)\s+$", before, re.IGNORECASE):
            # "Residents were told to stay indoors": those told are no speaker.
            continue
        if kind == "statement" and (cues.habitual_before.search(before) or cues.habitual_after.search(after)):
            # "Russia has repeatedly denied …", "Moscou dément habituellement …": a stance held over
            # time, background to the news, not a statement made now.
            continue
        if kind == "statement" and re.search(r"(?:^|[\s,])(?:как|як|as|comme)\s+$", before, re.IGNORECASE):
            # "как утверждают в Кремле", "як повідомили в", "as the ministry said": attribution, not a saying.
            continue
        if kind in ("attack", "damage", "disruption") and _negated(cues.bound.sub(lambda m: " " * len(m.group()), before), lex):
            # "не менее пяти взрывов", "no fewer than eight explosions": a bound, not a negation.
            continue
        if kind == "contact" and cues.unheld.search(before):
            # "доки він не зустрінеться з Путіним", "так и не встретились": a meeting that has not been held.
            continue
        if kind == "damage" and _negated_after(text[end : end + 80], lex):
            # "Пострадавших нет", "no casualties were reported": the count is zero.
            continue
        if kind == "attack" and cues.repelled.search(text[max(0, start - 25) : end] + re.split(r"[.;:]", text[end : end + 60])[0]):
            # "отражена атака", "the attack was repelled": the interception is the event.
            continue
        if kind in ("attack", "damage", "disruption") and _modal(text[max(0, start - 90) : start], lex):
            # "would only lead to more casualties", "could have lost power": feared, not reported.
            continue
        if kind == "contact" and re.search(r"\b(?:avant|après|before|after|following|до|після|после)\s+(?:l['’]|le\s|la\s|the\s)\s*$",
                                           before, re.IGNORECASE):
            # "lors d'un point presse avant l'appel": the call, told elsewhere, only dates this.
            continue
        if kind in ("attack", "contact", "cyber_operation") and cues.demonstrative.search(before):
            # "ces attaques", "these incidents": the events told before.
            continue
        if kind == "attack" and re.match(r"invasion|invaded|вторгн|вторжен", trigger, re.IGNORECASE) \
                and not sentence.of_kind("date"):
            # "Russia's more-than-three-year invasion": the war's background, not a new attack.
            continue
        if kind in ("attack", "contact") and cues.anaphoric.search(before) and not _news_in(
                sentence, absolute, _circumstances(sentence, kept, start, end, lex) if kind == "attack" else ()):
            # "did not comment on the attack", "a décrit l'attaque comme …": the attack told before.
            continue
        if kind == "damage" and cues.intensifier.search(before) and cues.human_noun.match(after):
            # "23 severely wounded soldiers" describes people, it reports no new casualties.
            continue
        if kind == "attack" and re.match(r"^\s*" + lex.cues["causal_after"].pattern, after, re.IGNORECASE):
            continue
        if kind == "aid" and cyber:
            continue
        if kind in ("attack", "interception", "damage") and cyber:
            if kind == "attack":
                kind = "cyber_operation"
            else:
                continue
        if kind == "interception" and weapon is None and cues.ambiguous_down.match(trigger) and cues.infrastructure.search(
            text[max(0, start - 60) : end + 40]
        ):
            # "Le barrage de Nova Kakhovka a été détruit", "зруйновано міст": infrastructure, not a drone.
            kind = "damage"
        if kind == "interception" and weapon is None:
            earlier = analysis.sentences[sentence.index - 1].text if sentence.index else ""
            if not (cues.repelled.search(trigger) and re.search(r"атак|attack|attaqu|удар|strike|frappe",
                                                              earlier[-120:] + " " + text[max(0, start - 60) : start], re.IGNORECASE)):
                continue
            # "атаки в інших регіонах вдалося відбити", "elles ont été repoussées": attacks repelled.
            weapon = "drone"
        if kind == "interception" and cues.ambiguous_down.match(trigger) and not _weapon_near(text, start, end, lex) \
                and not any(abs(q.start - absolute) <= 60 for q in sentence.of_kind("quantity")):
            # "the roof of a house was destroyed": no drone or missile near, so it is damage.
            kind = "damage"
        if kind == "interception" and (cues.building.match(after) or (
                cues.ambiguous_down.match(trigger) and cues.building_before.search(text[max(0, start - 40) : start]))):
            # "destroyed a house", "the roof of a house was destroyed": a building, not a drone, is down.
            kind = "damage"
        if kind == "contact" and cues.call_for.match(after) and re.search(r"call|appel", trigger, re.IGNORECASE):
            kind = "statement"
        if kind == "deployment" and not cues.deploy_object.search(text[end : end + 80]):
            continue
        if kind == "attack" and cues.launch.search(trigger) and weapon_of(text[end : end + 60], lex) is None and not (
            (cues.passive.search(trigger) or cues.passive.search(text[max(0, start - 6) : start]))
            and weapon_of(text[max(0, start - 60) : start], lex) is not None
        ):
            # "launched 38 missiles", "a lancé 810 drones", "117 drones … ont été lancés"; not
            # "launched an investigation".
            continue
        subtype: str | None
        if kind in ("attack", "interception"):
            subtype = weapon if kind == "attack" or weapon != "mixed" else "drone"
            if kind == "interception" and subtype is None:
                subtype = "drone"
        elif kind == "cyber_operation":
            subtype = subtype_near("cyber", text, start, lex, fallback="campaign")
        else:
            subtype = subtype_near(kind, text, start, lex)
        if kind == "damage" and subtype == "casualties" and cues.damaged_building.match(after):
            # "пострадавших домов", "постраждалих будинків": the houses were hit, not people — and
            # houses told as hit after the story told its damage are that damage, named again.
            if any(f.type == "damage" and analysis.sentences[f.sentence].story == sentence.story for f in analysis.frames):
                continue
            subtype = "destruction"
        frames.append(Frame(kind, subtype, sentence.index, absolute, sentence.start + end, trigger))
    told = {f.type for f in analysis.frames if analysis.sentences[f.sentence].story == sentence.story}
    if not frames and not sentence.heading and (said := _said_without_verb(sentence, lex)) is not None:
        frames.append(said)
    if not any(f.type == "cyber_operation" for f in frames) and (hacked := _threat_actor_deed(sentence, lex)) is not None:
        frames = [f for f in frames if f.type != "statement"] + [hacked]
    return _collapse(frames, text, sentence, told, lex)


# A line that opens with a speaker and a colon: "Песков: Кремль ждет…", "Sybiha: Russia must…".
_SPEAKER_COLON = re.compile(r"^\s*(?:\d{1,2}[:.h]\d{2}\s*)?(?:[—–-]\s*)?(?P<who>[^:—–()\[\]]{2,60}?)\s*:\s+\S")


def _threat_actor_deed(sentence: Sentence, lex: Lexicon) -> Frame | None:
    """What a named hacking group did with an everyday verb ("APT28 targeted government agencies",
    "Sandworm a ciblé", "угруповання атакувало"): a cyber operation, not a kinetic attack."""
    groups = [m for m in sentence.of_kind("actor") if str(getattr(m.value, "kind", "")) == "threat_actor"]
    if not groups:
        return None
    for hit in lex.cues["threat_actor_verbs"].finditer(sentence.text):
        at = sentence.start + hit.start()
        if any(g.end <= at and at - g.end <= 80 for g in groups):
            return Frame("cyber_operation", "campaign", sentence.index, at, sentence.start + hit.end(), hit.group(0))
    return None


def _said_without_verb(sentence: Sentence, lex: Lexicon) -> Frame | None:
    """What a named party says with no verb of saying, as a statement: "Песков: Кремль ждет…",
    "По словам Пескова, Путин пригласил…", "Как заявил Лавров, Киев…", "За словами Зеленського, Україна готова…"."""
    text = sentence.text
    parties = [m for m in sentence.of_kind("actor") if not m.extra.get("adjective")
               and str(getattr(m.value, "kind", "person")) in ("person", "institution", "office")]
    head = _SPEAKER_COLON.match(text)
    if head is not None and len(head.group("who").split()) <= 5 and any(
        sentence.start + head.start("who") <= m.start and m.end <= sentence.start + head.end("who") for m in parties
    ) and not lex.cues["reporting_verbs"].search(head.group("who")):
        # (A speaker and at most a short title: "Глава МИД Сергей Лавров:", not "Дрони запускали з напрямків:".)
        at = head.end("who")
        return Frame("statement", None, sentence.index, sentence.start + at, sentence.start + at + 1, text[at : at + 1])
    prep = lex.cues["speech_preps"].match(text)
    if prep is not None and any(m.start - sentence.start <= prep.end() + 3 and m.kind == "actor"
                    and str(getattr(m.value, "kind", "person")) in ("person", "office") for m in parties):
        return Frame("statement", None, sentence.index, sentence.start + prep.start(), sentence.start + prep.end(), prep.group(0))
    return None


def _kicker(analysis: Analysis, sentence: Sentence) -> bool:
    """Whether a sentence is the short title that opens a paragraph of a live page or a digest ("🔴 Attaque
    record.", "09:30 - A second massive night of attacks."): marked by a clock time or a symbol, at most six
    words, no place, number, date or party of its own, and more sentences of the same paragraph after it."""
    following = analysis.sentences[sentence.index + 1] if sentence.index + 1 < len(analysis.sentences) else None
    if following is None or following.paragraph != sentence.paragraph:
        return False
    if sentence.index and analysis.sentences[sentence.index - 1].paragraph == sentence.paragraph:
        return False
    if any(m.kind in ("place", "quantity", "date", "actor") for m in sentence.mentions):
        return False
    # (A title is marked as one: it opens with a clock time or a symbol, not with a word.)
    mark = re.match(r"^\s*(?:\d{1,2}[:.h]\d{2}\s*[—–-]\s*|[^\w\s«\"“'(]+\s*)", sentence.text)
    return mark is not None and 0 < len(sentence.text[mark.end() :].split()) <= 6


def _scare_quote(sentence: Sentence, offset: int) -> bool:
    """A quote of a few words ("the "shooting down" of three drones") distances, it does not report speech."""
    return any(s <= offset < e and e - s <= 30 for s, e in sentence.quotes)


def _modal(before: str, lex: Lexicon) -> bool:
    """Whether the trigger's own clause is conditional or future ("would", "could", "pourrait")."""
    clause = re.split(r"[,;:.—–]|\b(?:but|mais|and|et)\b", before)[-1]
    return bool(_cues(lex.language).modal.search(clause))


def _weapon_near(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """A drone or missile named within the trigger's neighbourhood (same clause, roughly)."""
    return weapon_of(text[max(0, start - 60) : end + 60], lex) is not None


def _negated_after(after: str, lex: Lexicon) -> bool:
    """A negation right after the cue ("Пострадавших нет"), also past a second noun joined to it or an
    aside between commas ("Постраждалих і руйнувань, як стверджують у Москві, немає", "Пострадавших, по
    предварительным данным, нет")."""
    words = lex.words("negation_after")
    return bool(words) and bool(re.match(r"^(?:\s+\w{1,3}\s+\w+)?(?:\s*,[^,.!?;:]{1,50},)?\W{0,3}(?:" + "|".join(words) + r")\b",
                                         after, re.IGNORECASE))


def _negated(before: str, lex: Lexicon) -> bool:
    """"No one was injured", "sans mentionner de victimes", "have not reported casualties"."""
    clause = re.split(r"[,;:.]", before)[-1]
    return bool(lex.cues["negation"].search(clause[-35:]))


def _news_in(sentence: Sentence, at: int | None = None, aside: tuple[tuple[int, int, bool], ...] = ()) -> bool:
    """Whether a sentence brings its own number, place or date near ``at`` (then "the attack" is told anew);
    mentions inside the ``aside`` spans (start, end, dates only) belong to something else."""
    # A count of other things ("citant trois sources") is no news of the event.
    near = [m for m in sentence.mentions if m.kind in ("quantity", "place", "date")
            and not (m.kind == "quantity" and m.value.noun is not None)
            and not any(a <= m.start < b and (m.kind == "date" or not dates_only) for a, b, dates_only in aside)]
    if at is not None:
        near = [m for m in near if abs(m.start - at) <= 70]
    return bool(near)


def _circumstances(sentence: Sentence, kept: list[tuple[int, int, str]], start: int, end: int,
                   lex: Lexicon) -> tuple[tuple[int, int, bool], ...]:
    """The parts of a sentence that tell the circumstances of something else than an event named again
    at ``start``-``end`` (offsets in the sentence): where and when its speaker spoke ("Zelensky, arriving
    in Poland, said Russia must answer for the attack", "À Washington, Trump a estimé lundi que la
    frappe …"), and the landmark that dates it ("the attack came two days after Trump gave Moscow until
    August 8"). Absolute offsets; the flag keeps only dates aside."""
    spans: list[tuple[int, int, bool]] = []
    sayings = [(s, e) for s, e, k in kept if k == "statement" and e <= start]
    if sayings:
        said_start, said_end = sayings[-1]
        spans.append((sentence.start, sentence.start + said_start, False))
        spans.append((sentence.start + said_end, sentence.start + start, True))
    landmark = lex.cues["time_clauses"].search(sentence.text, end)
    if landmark is not None and landmark.start() - end <= 30:
        spans.append((sentence.start + landmark.start(), sentence.end, False))
    return tuple(spans)


def _suppressed(before: str, lex: Lexicon) -> bool:
    """A cue of cause, threat or halt right before the trigger (one word may stand between:
    "threat of drone attacks"); "Унаслідок атаки пошкоджено" leaves the damage standing."""
    for hit in lex.cues["suppress_before"].finditer(before):
        between = before[hit.end() :]
        # The cue governs the word right after it ("Унаслідок атаки"); a damage word after that
        # word is what the attack caused, not something the cue discounts.
        if len(between.split()) <= 1 and not re.search(r"атак|attack|attaqu|frapp|удар|strike|обстріл|обстрел", between, re.IGNORECASE):
            return True
    return False


def _own_number(sentence: Sentence, frame: Frame) -> bool:
    """Whether a number stands right by the trigger (within a few words), which then is its own."""
    near = [m for m in sentence.of_kind("quantity") if -60 <= m.start - frame.end <= 40 or 0 <= frame.start - m.end <= 60]
    if near and not frame.quantities:
        frame.quantities = [min(near, key=lambda m: abs(m.start - frame.end))]
    return bool(near)


def _own_place(sentence: Sentence, frame: Frame, previous: Frame) -> bool:
    """Whether a second cue of the same type, far from the first, has places of its own nearby."""
    if frame.start - previous.end <= 40:
        return False
    places = [m for m in sentence.of_kind("place") if not m.extra.get("dateline")]
    mine = [m for m in places if previous.end + 5 < m.start < frame.end + 60 or abs(m.end - frame.start) <= 40]
    if not mine:
        return False
    frame.places = mine[:1]
    if not previous.places:
        previous.places = [m for m in places if m.end <= previous.end + 60 and m not in mine][:1]
    return True


_INCLUDING = re.compile(r"\b(?:including|among them|of which|dont|parmi lesquel\w+|зокрема|у тому числі|в том числе|из них|з них)\b", re.IGNORECASE)


def _owners(group: list[Frame], sentence: Sentence, numbers: list[Mention]) -> dict[int, list[Mention]]:
    """Which cue of ``group`` each number belongs to: the cue right before it, else the next one
    within reach after it, else the last one before it."""
    owned: dict[int, list[Mention]] = {id(f): [] for f in group}
    for q in numbers:
        before = [f for f in group if f.end <= q.start]
        # "the destruction of six drones", "abattu 150 drones": the number right after its cue.
        right_after = [f for f in before if q.start - f.end <= 18 and not re.search(
            r"[,;.]", sentence.text[f.end - sentence.start : q.start - sentence.start])]
        after = [f for f in group if 0 <= f.start - q.end <= 70]
        owner = right_after[-1] if right_after else after[0] if after else (before[-1] if before else None)
        if owner is not None:
            owned[id(owner)].append(q)
    return owned


def _share_numbers(frames: list[Frame], sentence: Sentence) -> None:
    """Give each of several claims of one sentence its own number: a number belongs to the cue that
    follows it closely ("six drones … avaient été neutralisés, puis trois autres avaient subi le même
    sort"), else to the nearest cue before it."""
    for kind in ("interception", "attack"):
        group = [f for f in frames if f.type == kind]
        if len(group) < 2:
            continue
        owned = _owners(group, sentence, sentence.of_kind("quantity"))
        for f in group:
            if owned[id(f)]:
                f.quantities = owned[id(f)][:1]
    strikes = [f for f in frames if f.type in ("interception", "attack")]
    if {f.type for f in strikes} == {"interception", "attack"}:
        # "Russia launched 112 drones and two missiles …, adding that 74 drones were shot down": the
        # launch and the shoot-down each count their own weapons.
        weapons = [q for q in sentence.of_kind("quantity") if q.value.unit in (None, "drone", "missile", "aircraft")]
        owned = _owners(strikes, sentence, weapons)
        for f in strikes:
            if not f.quantities and owned[id(f)]:
                f.quantities = owned[id(f)]
    for f in frames:
        # "84 missiles de croisière et 24 drones ont été tirés": a claim given one number keeps the
        # sentence's numbers of its other weapons, unless another claim owns them.
        if f.type not in ("interception", "attack") or not f.quantities:
            continue
        taken = {id(q) for g in frames if g is not f and g.type in ("interception", "attack") for q in g.quantities}
        units = {q.value.unit for q in f.quantities}
        for q in sentence.of_kind("quantity"):
            if q.value.unit in ("drone", "missile", "aircraft") and id(q) not in taken and (
                q.value.unit not in units or (f.type == "attack" and q not in f.quantities and _INCLUDING.search(
                    sentence.text[max(0, q.start - sentence.start - 60) : q.start - sentence.start]))):
                # ("367 drones and missiles, including nine cruise missiles and 40 ballistic missiles": each part.)
                f.quantities = [*f.quantities, q]
                units.add(q.value.unit)


def _definite_reference(frame: Frame, sentence: Sentence, cues: _Cues) -> bool:
    """Whether a frame only names again, with a definite determiner and no number, an event told before."""
    before = sentence.text[max(0, frame.start - sentence.start - 30) : frame.start - sentence.start]
    return frame.type in ("attack", "damage", "cyber_operation") and not frame.quantities and bool(cues.definite.search(before))


# What a speaker can judge or explain; a claimed shoot-down or intrusion is the saying's news.
_APPRAISABLE = ("attack", "damage", "sanction", "disruption", "aid", "other")
_ANNOUNCED = re.compile(rf"(?:{ANNOUNCING})\w*", re.IGNORECASE)
def _appraised(st: Frame, other: Frame, sentence: Sentence, told: set[str], lex: Lexicon) -> bool:
    """Whether a frame after a saying's "that" only names what the speaker judges, with no news of
    its own (no number, place or date near it): "Peskov said Russia had built up an immunity to
    sanctions", "СБУ заявила, що на місці влучання виявлено уламки ракети": the saying is the event."""
    if other.type not in _APPRAISABLE or other.start < st.end or other.quantities or other.type not in told \
            or _ANNOUNCED.search(st.trigger):
        return False
    if _modal(sentence.text[st.end - sentence.start : other.start - sentence.start], lex):
        return False
    before = sentence.text[max(0, other.start - sentence.start - 25) : other.start - sentence.start]
    return bool(_cues(lex.language).oblique.search(before)) and not _news_in(sentence, other.start)




def _counter_claims(frames: list[Frame], sentence: Sentence) -> list[Frame]:
    """A shoot-down or strike claim whose sentence goes on with another party's figure and no cue of
    its own: the figure is a claim of its own, of the same kind, set beside the first."""
    out: list[Frame] = []
    for frame in [f for f in frames if f.type in ("interception", "attack")]:
        rel = frame.end - sentence.start
        marker = COUNTERING.search(sentence.text, rel)
        if marker is None:
            continue
        at = sentence.start + marker.end()
        if any(f.start >= at for f in frames):
            continue
        parties = [m for m in sentence.of_kind("actor") if m.start >= at and not m.extra.get("adjective")]
        numbers = [q for q in sentence.of_kind("quantity") if q.start >= at
                   and q.value.unit in (None, "drone", "missile", "aircraft") and q.value.noun is None]
        if not parties or not numbers:
            continue
        frame.quantities = [q for q in (frame.quantities or sentence.of_kind("quantity")) if q.start < at
                            and q.value.unit in (None, "drone", "missile", "aircraft")]
        out.append(replace(frame, start=numbers[0].start, end=numbers[0].end, trigger=frame.trigger,
                           quantities=numbers[:1], certainty="asserted"))
    return out


# "88 des 112 drones", "88 of 112 drones", "76 із 128", "из 105": the shoot-down out of the launch.
_N_OF_M = re.compile(r"(?<![\d.,])(\d+)\s+(?:des|sur|of|out of|із|з|из)\s+(\d+)(?![\d.,])", re.IGNORECASE)


def _of_launched(frames: list[Frame], sentence: Sentence) -> list[Frame]:
    """A shoot-down counted out of a launch ("abattu 88 des 112 drones lancés par la Russie") also
    tells the launch: the interception keeps its number, the attack takes the total."""
    downs = [f for f in frames if f.type == "interception"]
    attacks = [f for f in frames if f.type == "attack"]
    if len(downs) != 1 or len(attacks) > 1:
        return []
    hit = _N_OF_M.search(sentence.text)
    if hit is None:
        return []
    numbers = {q.start - sentence.start: q for q in sentence.of_kind("quantity")}
    part, whole = numbers.get(hit.start(1)), numbers.get(hit.start(2))
    if part is None or whole is None or whole.value.value < part.value.value:
        return []
    down = downs[0]
    down.quantities = [part]
    if attacks:
        # "збито 88 із 112 дронів, якими атакувала Росія": the attack told in the sentence takes the total.
        attacks[0].quantities = [whole]
        return []
    return [replace(down, type="attack", start=whole.start, end=whole.end, trigger=whole.text, quantities=[whole])]


def _collapse(frames: list[Frame], text: str, sentence: Sentence, told: set[str], lex: Lexicon) -> list[Frame]:
    """One frame per type and sentence, except distinct contacts ("a call with X ... talks with Y")."""
    cues = _cues(lex.language)
    out: list[Frame] = []
    for frame in frames:
        same = [f for f in out if f.type == frame.type]
        if frame.type == "contact" and same:
            rel = frame.start - sentence.start
            if cues.contact_object.match(text[frame.end - sentence.start :]) and rel - (same[-1].end - sentence.start) > 15:
                out.append(frame)
            continue
        if same and frame.type == "disruption" and _own_place(sentence, frame, same[-1]):
            # "Modems went offline [in Ukraine], and in Germany some turbines lost remote monitoring".
            out.append(frame)
            continue
        if same and frame.type in ("interception", "attack") and _own_number(sentence, frame) \
                and _own_number(sentence, same[-1]) and frame.start - same[-1].end > 20:
            # "the destruction of six drones, and at 11:07 p.m. the destruction of three more": two claims.
            out.append(frame)
            continue
        if same and frame.type == "statement" and frame.subtype and same[-1].subtype and frame.subtype != same[-1].subtype \
                and frame.start - same[-1].end > 20 and _evaluative(frame, cues, with_subtype=True) \
                and not (frame.subtype == "demand" and same[-1].subtype == "assessment"):
            # "Кремль назвав інцидент терактом і заявив, що залишає за собою право відповісти": an
            # assessment and a threat, two things said — but a call that concludes a verdict ("назвав
            # удар вбивством і закликав світ відреагувати") is one statement.
            out.append(frame)
            continue
        if same and frame.type == "statement" and _evaluative(frame, cues) and not _evaluative(same[0], cues):
            # "заявив, що … і закликав партнерів": the call to act is the statement's news.
            out[out.index(same[0])] = frame
            continue
        if same:
            if same[0].subtype is None and frame.subtype:
                same[0].subtype = frame.subtype
            continue
        out.append(frame)
    out += _counter_claims(out, sentence)
    out += _of_launched(out, sentence)
    _share_numbers(out, sentence)
    if any(f.type == "other" and f.subtype == "prisoner_exchange" for f in out):
        # "передала 31 раненого пленного в обмен на 15 тяжелораненых военных": the wounded are the
        # prisoners exchanged, no new casualties.
        out = [f for f in out if not (f.type == "damage" and f.subtype == "casualties")]
    statements = [f for f in out if f.type == "statement"]
    if statements:
        # "Путін на засіданні Радбезу назвав удари відповіддю …": the session is where he spoke, not a
        # contact between parties — unless it is held with somebody ("на зустрічі з Трампом заявив").
        out = [f for f in out if not (
            f.type == "contact" and cues.setting.search(text[: f.start - sentence.start])
            and not cues.contact_object.match(text[f.end - sentence.start :]))]
    others = [f for f in out if f.type != "statement"]
    for st in statements:
        # A reporting verb around the event it reports ("X said it shot down …", "… overnight, the
        # Air Force said") is attribution, not a statement of its own; a call or meeting named
        # before the verb is only its setting ("during a call with X, Trump acknowledged …").
        # An accusation or a denial is news of its own ("blamed Russia for the cyberattack").
        if st.subtype == "demand" and any(o.type == "sanction" and o.start > st.start for o in others):
            # "закликав партнерів посилити санкції", "призвал ввести санкции": the call is the news,
            # sanctions asked for are none imposed.
            out = [o for o in out if not (o.type == "sanction" and o.start > st.start)]
            continue
        if st.subtype == "threat" and any(o.type == "sanction" for o in others):
            # "Трамп пригрозил России пошлинами": the threatened sanctions are the news, the threat their certainty.
            out.remove(st)
            continue
        if st.subtype in ("accusation",) or _evaluative(st, cues):
            continue
        if any(o.type != "contact" and not _definite_reference(o, sentence, cues) and not _appraised(st, o, sentence, told, lex)
               for o in others):
            out.remove(st)
    return out


def triggers_stage(analysis: Analysis) -> None:
    """Find candidate frames in every sentence."""
    lex = load_lexicon(analysis.language)
    for sentence in analysis.sentences:
        analysis.frames.extend(find_frames(analysis, sentence, lex))


stages.register("triggers", requires=("sentences", "dates", "places", "actors", "quantities"), assigns=("frames",))(
    plain(triggers_stage)
)
