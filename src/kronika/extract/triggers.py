"""Event-type cues → candidate event frames, one per cue (collapsed per sentence and type)."""

from __future__ import annotations

import re

from kronika.extract import plain, stages
from kronika.extract.analysis import Analysis, Frame, Mention, Sentence
from kronika.extract.attribution import ANNOUNCING
from kronika.resources.lexicons import Lexicon, load_lexicon

_CONTACT_OBJECT = re.compile(r"^\W*(?:\w+\W+){0,5}?(?:avec|with|з|із|зі|с|со)\s", re.IGNORECASE)
_CALL_FOR = re.compile(r"^\s*(?:à|a|for|on|до|к)\b", re.IGNORECASE)
_DEPLOY_OBJECT = re.compile(
    r"troops?|troupes?|soldats?|envoy\w*|émissaire|secr[eé]tar\w+|minist\w+|delegation|délégation|"
    r"equipment|équipements?|weapons?|armes|systems?|systèmes?|missiles?|ATACMS|tanks?|chars|jets?|avions|"
    r"munitions?|brigade|військ\w*|войск\w*|делегаці\w+|делегаци\w+|ракет\w*|зброї|оружи\w*",
    re.IGNORECASE,
)
_INFRASTRUCTURE = re.compile(
    r"\b(?:barrage|dam|digue|pont|bridge|centrale|power plant|power station|substation|refinery|raffinerie|dépôt|depot|"
    r"гребл\w*|дамб\w*|ГЕС|ГЭС|ТЕС|ТЭС|ТЕЦ|ТЭЦ|міст\w*|мост\w*|підстанці\w*|подстанци\w*|електростанці\w*|"
    r"электростанци\w*|НПЗ|нафтобаз\w*|нефтебаз\w*|склад\w*)\b",
    re.IGNORECASE,
)
_BUILDING_BEFORE = re.compile(
    r"\b(?:buildings?|houses?|homes?|roofs?|bâtiments?|immeubles?|maisons?|toits?|будин\w+|будівл\w+|дах\w*|дом\w*|здани\w+|крыш\w+)"
    r"\b(?:\s+\w+){0,3}\s+(?:was|were|has been|have been|a été|ont été|було|були|был\w*)?\s*$",
    re.IGNORECASE,
)
_BUILDING = re.compile(
    r"^\s*(?:\w+\s+){0,2}(?:buildings?|houses?|homes?|bâtiments?|immeubles?|maisons?|usines?|plant|factory|"
    r"будин\w+|будівл\w+|дом\w*|здани\w+)",
    re.IGNORECASE,
)


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
    cyber = bool(lex.cues["cyber_context"].search(text)) or _cyber_story(analysis, sentence, lex)
    weapon = _context_weapon(analysis, sentence, lex)
    frames: list[Frame] = []
    for start, end, kind in kept:
        absolute = sentence.start + start
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
        if kind == "statement" and re.search(r"(?:^|[\s,])(?:как|як|as|comme)\s+$", before, re.IGNORECASE):
            # "как утверждают в Кремле", "як повідомили в", "as the ministry said": attribution, not a saying.
            continue
        if kind in ("attack", "damage") and _negated(_BOUND.sub(lambda m: " " * len(m.group()), before), lex):
            # "не менее пяти взрывов", "no fewer than eight explosions": a bound, not a negation.
            continue
        if kind == "damage" and _negated_after(text[end : end + 30], lex):
            # "Пострадавших нет", "no casualties were reported": the count is zero.
            continue
        if kind == "attack" and _REPELLED.search(text[max(0, start - 25) : end] + re.split(r"[.;:]", text[end : end + 60])[0]):
            # "отражена атака", "the attack was repelled": the interception is the event.
            continue
        if kind in ("attack", "damage") and _modal(text[max(0, start - 90) : start], lex):
            # "would only lead to more casualties": feared, not reported.
            continue
        if kind == "contact" and re.search(r"\b(?:avant|après|before|after|following|до|після|после)\s+(?:l['’]|le\s|la\s|the\s)\s*$",
                                           before, re.IGNORECASE):
            # "lors d'un point presse avant l'appel": the call, told elsewhere, only dates this.
            continue
        if kind in ("attack", "contact", "cyber_operation") and _DEMONSTRATIVE.search(before):
            # "ces attaques", "these incidents": the events told before.
            continue
        if kind == "attack" and re.match(r"invasion|invaded|вторгн|вторжен", trigger, re.IGNORECASE) \
                and not sentence.of_kind("date"):
            # "Russia's more-than-three-year invasion": the war's background, not a new attack.
            continue
        if kind in ("attack", "contact") and _ANAPHORIC.search(before) and not _news_in(sentence, absolute):
            # "did not comment on the attack", "a décrit l'attaque comme …": the attack told before.
            continue
        if kind == "damage" and _INTENSIFIER.search(before) and _HUMAN_NOUN.match(after):
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
        if kind == "interception" and weapon is None and _AMBIGUOUS_DOWN.match(trigger) and _INFRASTRUCTURE.search(
            text[max(0, start - 60) : end + 40]
        ):
            # "Le barrage de Nova Kakhovka a été détruit", "зруйновано міст": infrastructure, not a drone.
            kind = "damage"
        if kind == "interception" and weapon is None:
            earlier = analysis.sentences[sentence.index - 1].text if sentence.index else ""
            if not (_REPELLED.search(trigger) and re.search(r"атак|attack|attaqu|удар|strike|frappe",
                                                              earlier[-120:] + " " + text[max(0, start - 60) : start], re.IGNORECASE)):
                continue
            # "атаки в інших регіонах вдалося відбити", "elles ont été repoussées": attacks repelled.
            weapon = "drone"
        if kind == "interception" and _AMBIGUOUS_DOWN.match(trigger) and not _weapon_near(text, start, end, lex) \
                and not any(abs(q.start - absolute) <= 60 for q in sentence.of_kind("quantity")):
            # "the roof of a house was destroyed": no drone or missile near, so it is damage.
            kind = "damage"
        if kind == "interception" and (_BUILDING.match(after) or (
                _AMBIGUOUS_DOWN.match(trigger) and _BUILDING_BEFORE.search(text[max(0, start - 40) : start]))):
            # "destroyed a house", "the roof of a house was destroyed": a building, not a drone, is down.
            kind = "damage"
        if kind == "contact" and _CALL_FOR.match(after) and re.search(r"call|appel", trigger, re.IGNORECASE):
            kind = "statement"
        if kind == "deployment" and not _DEPLOY_OBJECT.search(text[end : end + 80]):
            continue
        if kind == "attack" and _LAUNCH.search(trigger) and weapon_of(text[end : end + 60], lex) is None and not (
            (_PASSIVE.search(trigger) or _PASSIVE.search(text[max(0, start - 6) : start]))
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
        frames.append(Frame(kind, subtype, sentence.index, absolute, sentence.start + end, trigger))
    told = {f.type for f in analysis.frames if analysis.sentences[f.sentence].story == sentence.story}
    return _collapse(frames, text, sentence, told, lex)


_ANAPHORIC = re.compile(
    r"(?:\b(?:(?:the|this|that|cette|cet|ce|la|le|les|це|цю|ця|эта|эту|это)\s+|l['’]\s*)(?:\w+\s+){0,2})$", re.IGNORECASE
)
# "не менее", "не менш ніж", "no fewer than", "not more than": the bound of a number, no negation.
_BOUND = re.compile(
    r"\b(?:не|ни)\s+(?:менее|меньше|менше|менш|более|больше|більше|більш)\b|\b(?:not|no)\s+(?:less|fewer|more)\s+than\b",
    re.IGNORECASE,
)
_DEMONSTRATIVE = re.compile(r"\b(?:ces|these|those|such|ce type d['’]|ce genre d['’]|types? of|kinds? of|ці|эти|такі|такие)\s*(?:\w+\s+){0,1}$", re.IGNORECASE)
_INTENSIFIER = re.compile(r"\b(?:severely|seriously|critically|lightly|grièvement|gravement|légèrement|тяжело|тяжко|легко)\s+$", re.IGNORECASE)
_HUMAN_NOUN = re.compile(r"^\s+(?:[A-ZА-Я]\w+|soldiers?|prisoners?|servicemen|civilians|soldats|prisonniers|militaires|civils|военн\w+|пленн\w+|військов\w+|полонен\w+)", re.UNICODE)


def _scare_quote(sentence: Sentence, offset: int) -> bool:
    """A quote of a few words ("the "shooting down" of three drones") distances, it does not report speech."""
    return any(s <= offset < e and e - s <= 30 for s, e in sentence.quotes)


def _modal(before: str, lex: Lexicon) -> bool:
    """Whether the trigger's own clause is conditional or future ("would", "could", "pourrait")."""
    clause = re.split(r"[,;:.—–]|\b(?:but|mais|and|et)\b", before)[-1]
    return bool(re.search(r"\b(?:would|could|might|will|likely|possible|expected|pourrai\w*|serai\w*|risque\w*|"
                          r"probable\w*|possible\w*|attendu\w*|може|могут|может|буде|будет|ймовірн\w+|вероятн\w+)\b",
                          clause, re.IGNORECASE))


_REPELLED = re.compile(r"\b(?:отраж\w+|отбит\w+|відбит\w+|відбил\w+|repell\w+|repuls\w+|repouss\w+)\b", re.IGNORECASE)


_LAUNCH = re.compile(r"fired|launch|lanc|tir", re.IGNORECASE)
_PASSIVE = re.compile(r"\b(?:été|were|was|been|було|были|был|была)\b|^(?:запущен|випущен)", re.IGNORECASE)
_AMBIGUOUS_DOWN = re.compile(r"(?:destr|détrui|neutrali|уничтож|знищ|ліквід|ликвид)", re.IGNORECASE)


def _weapon_near(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """A drone or missile named within the trigger's neighbourhood (same clause, roughly)."""
    return weapon_of(text[max(0, start - 60) : end + 60], lex) is not None


def _negated_after(after: str, lex: Lexicon) -> bool:
    """A negation right after the cue ("Пострадавших нет")."""
    words = lex.words("negation_after")
    return bool(words) and bool(re.match(r"^\W{0,3}(?:" + "|".join(words) + r")\b", after, re.IGNORECASE))


def _negated(before: str, lex: Lexicon) -> bool:
    """"No one was injured", "sans mentionner de victimes", "have not reported casualties"."""
    clause = re.split(r"[,;:.]", before)[-1]
    return bool(lex.cues["negation"].search(clause[-35:]))


def _news_in(sentence: Sentence, at: int | None = None) -> bool:
    """Whether a sentence brings its own number, place or date near ``at`` (then "the attack" is told anew)."""
    # A count of other things ("citant trois sources") is no news of the event.
    near = [m for m in sentence.mentions if m.kind in ("quantity", "place", "date")
            and not (m.kind == "quantity" and m.value.noun is not None)]
    if at is not None:
        near = [m for m in near if abs(m.start - at) <= 70]
    return bool(near)


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


# Verbs that are news of their own, not a neutral "said": denials, accusations, warnings, offers, demands.
_EVALUATIVE = re.compile(
    r"d[ée]ni|dément|contest|accus|blam|dénon|warn|avert|prévenu|prévient|threat|menac|descri|qualifi|назва|"
    r"présent\w* comme|propos|offer|urg|demand|exig|exhort|plaid|"
    r"insist|reject|rejet|refus|welcom|salu|condemn|condamn|remerci|thank|praise|спростув|опроверг|заперечи|"
    r"відкин|отверг|звинуват|обвин|погро|пригроз|закли|призва|вимаг|потребова|запропон|предлож|"
    r"висун|выдвин|услови|умов|condition",
    re.IGNORECASE,
)


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
            if q.value.unit in ("drone", "missile", "aircraft") and q.value.unit not in units and id(q) not in taken:
                f.quantities = [*f.quantities, q]
                units.add(q.value.unit)


# "answer for the attack", "condamné cette frappe", "засудив цю атаку": an event already told, named again.
_DEFINITE = re.compile(
    r"(?:^|\s)(?:the|this|that|these|those|l['’]|la|le|les|cette|ce|cet|ces|цей|ця|це|ці|цього|цієї|цю|цих|цим|"
    r"этот|эта|это|эти|этого|этой|эту|этих|этим)\s*(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)


def _definite_reference(frame: Frame, sentence: Sentence) -> bool:
    """Whether a frame only names again, with a definite determiner and no number, an event told before."""
    before = sentence.text[max(0, frame.start - sentence.start - 30) : frame.start - sentence.start]
    return frame.type in ("attack", "damage", "cyber_operation") and not frame.quantities and bool(_DEFINITE.search(before))


# What a speaker can judge or explain; a claimed shoot-down or intrusion is the saying's news.
_APPRAISABLE = ("attack", "damage", "sanction", "disruption", "aid", "other")
_ANNOUNCED = re.compile(rf"(?:{ANNOUNCING})\w*", re.IGNORECASE)
# A preposition that makes the event a circumstance of what is said ("immunity to sanctions",
# "иммунитет к санкциям", "на місці влучання", "en réponse aux frappes"), not its news.
_OBLIQUE = re.compile(
    r"(?:^|\s)(?:to|on|about|against|at|à|aux|sur|contre|envers|к|ко|до|на|по|про|о|об|от|від|под|під|против|проти|щодо|относительно)"
    r"\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)


def _appraised(st: Frame, other: Frame, sentence: Sentence, told: set[str], lex: Lexicon | None) -> bool:
    """Whether a frame after a saying's "that" only names what the speaker judges, with no news of
    its own (no number, place or date near it): "Peskov said Russia had built up an immunity to
    sanctions", "СБУ заявила, що на місці влучання виявлено уламки ракети": the saying is the event."""
    if other.type not in _APPRAISABLE or other.start < st.end or other.quantities or other.type not in told \
            or _ANNOUNCED.search(st.trigger):
        return False
    if lex is None or _modal(sentence.text[st.end - sentence.start : other.start - sentence.start], lex):
        return False
    before = sentence.text[max(0, other.start - sentence.start - 25) : other.start - sentence.start]
    return bool(_OBLIQUE.search(before)) and not _news_in(sentence, other.start)


def _collapse(frames: list[Frame], text: str, sentence: Sentence, told: set[str] | None = None,
              lex: Lexicon | None = None) -> list[Frame]:
    """One frame per type and sentence, except distinct contacts ("a call with X ... talks with Y")."""
    out: list[Frame] = []
    for frame in frames:
        same = [f for f in out if f.type == frame.type]
        if frame.type == "contact" and same:
            rel = frame.start - sentence.start
            if _CONTACT_OBJECT.match(text[frame.end - sentence.start :]) and rel - (same[-1].end - sentence.start) > 15:
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
                and frame.start - same[-1].end > 20 and _EVALUATIVE.search(frame.trigger + " " + (frame.subtype or "")):
            # "Кремль назвав інцидент терактом і заявив, що залишає за собою право відповісти": an
            # assessment and a threat, two things said.
            out.append(frame)
            continue
        if same and frame.type == "statement" and _EVALUATIVE.search(frame.trigger) and not _EVALUATIVE.search(same[0].trigger):
            # "заявив, що … і закликав партнерів": the call to act is the statement's news.
            out[out.index(same[0])] = frame
            continue
        if same:
            if same[0].subtype is None and frame.subtype:
                same[0].subtype = frame.subtype
            continue
        out.append(frame)
    _share_numbers(out, sentence)
    statements = [f for f in out if f.type == "statement"]
    others = [f for f in out if f.type != "statement"]
    for st in statements:
        # A reporting verb around the event it reports ("X said it shot down …", "… overnight, the
        # Air Force said") is attribution, not a statement of its own; a call or meeting named
        # before the verb is only its setting ("during a call with X, Trump acknowledged …").
        # An accusation or a denial is news of its own ("blamed Russia for the cyberattack").
        if st.subtype == "threat" and any(o.type == "sanction" for o in others):
            # "Трамп пригрозил России пошлинами": the threatened sanctions are the news, the threat their certainty.
            out.remove(st)
            continue
        if st.subtype in ("accusation",) or _EVALUATIVE.search(st.trigger):
            continue
        if any(o.type != "contact" and not _definite_reference(o, sentence) and not _appraised(st, o, sentence, told or set(), lex)
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
