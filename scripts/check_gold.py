#!/usr/bin/env python3
"""Validate hand-written articles and their gold files (samples/ and tests/corpus/).

    python scripts/check_gold.py [GOLD_DIR ...]

With no argument it checks samples/gold and every tests/corpus/*/gold folder. A gold folder
sits next to the language folders (fr/, en/, ...) that hold the articles it describes.

Checks, per gold file: it parses; `doc` names an existing article of a sibling language
folder and matches the gold's file name; `language` and `published` agree with the
article's header; the article has the header block (Title, Date, Source, Language, then
one blank line) and a body of 150-500 words; every event has a unique id, a type, role,
certainty, place precision and quantity bound from SCHEMA.md's vocabularies; aliases
are lower case without accents on Latin letters; dates are
ISO (YYYY, YYYY-MM or YYYY-MM-DD) with start <= end; lat/lon are present when the
precision is site, city or region, and a country code when it is country; every quote is
an exact substring of the article; and there is at least one non-optional event. It also
reports articles that have no gold file. Exit status 1 if anything fails. Standard library only.
"""
from __future__ import annotations

import json
import re
import sys
import unicodedata
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# The closed vocabularies of SCHEMA.md (event interchange format, version 1).
TYPES = {"attack", "interception", "damage", "cyber_operation", "disruption", "contact",
         "statement", "sanction", "deployment", "aid", "other"}
ROLES = {"initiator", "target", "speaker", "addressee", "participant", "claimant", "victim"}
CERTAINTIES = {"asserted", "claimed", "alleged", "denied", "hypothetical"}
PLACE_PRECISIONS = {"site", "city", "region", "country", "none"}
BOUNDS = {"exact", "at_least", "at_most", "approx"}
LANGUAGES = {"fr", "en", "uk", "ru"}
HEADER_KEYS = ["Title", "Date", "Source", "Language"]
MIN_WORDS, MAX_WORDS = 150, 500

ISO = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def parse_iso(value: object) -> date | None:
    if not isinstance(value, str) or not ISO.match(value):
        return None
    parts = [int(p) for p in value.split("-")]
    try:
        return date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except ValueError:
        return None


def read_article(path: Path) -> tuple[dict[str, str], str, str, list[str]]:
    """Header fields, full text, body, and problems with the header block."""
    text = path.read_text(encoding="utf-8")
    problems: list[str] = []
    head, sep, body = text.partition("\n\n")
    if not sep:
        return {}, text, "", ["no blank line after the header block"]
    lines = head.split("\n")
    fields: dict[str, str] = {}
    for line in lines:
        key, colon, value = line.partition(": ")
        if not colon or key not in HEADER_KEYS:
            problems.append(f"unexpected header line {line!r}")
            continue
        fields[key] = value.strip()
    if [line.partition(": ")[0] for line in lines] != HEADER_KEYS:
        problems.append(f"header keys must be exactly {HEADER_KEYS} in that order")
    if fields.get("Language") not in LANGUAGES:
        problems.append(f"Language {fields.get('Language')!r} not in {sorted(LANGUAGES)}")
    if parse_iso(fields.get("Date")) is None:
        problems.append(f"Date {fields.get('Date')!r} is not ISO")
    return fields, text, body, problems


def alias_problem(alias: object) -> str | None:
    """Aliases are lower case, and Latin letters carry no accents (as in the shared gold)."""
    if not isinstance(alias, str) or not alias.strip():
        return f"alias {alias!r} is not a non-empty string"
    if alias != alias.lower():
        return f"alias {alias!r} is not lower case"
    for ch in alias:
        if unicodedata.name(ch, "").startswith("LATIN") and unicodedata.normalize("NFKD", ch) != ch:
            return f"alias {alias!r} has an accented Latin letter"
    return None


def check_aliases(obj: dict, say) -> None:  # type: ignore[no-untyped-def]
    for alias in obj.get("aliases", []) or []:
        problem = alias_problem(alias)
        if problem:
            say(problem)


def check_event(ev: dict, text: str, where: str) -> list[str]:
    errs: list[str] = []
    say = lambda msg: errs.append(f"{where}: {msg}")  # noqa: E731
    if ev.get("type") not in TYPES:
        say(f"type {ev.get('type')!r} not in SCHEMA types")
    for t in ev.get("also_types", []) or []:
        if t not in TYPES:
            say(f"also_types {t!r} not in SCHEMA types")
    if not isinstance(ev.get("subtype"), str) or ev["subtype"] != ev["subtype"].lower():
        say("subtype must be a lower-case string")
    if "optional" in ev and not isinstance(ev["optional"], bool):
        say("optional must be true or false")
    # date
    d = ev.get("date")
    if not isinstance(d, dict):
        say("date must be an object {start, end}")
    else:
        start, end = parse_iso(d.get("start")), parse_iso(d.get("end"))
        if start is None or end is None:
            say(f"date start/end not ISO: {d.get('start')!r}..{d.get('end')!r}")
        elif start > end:
            say(f"date start {d['start']} after end {d['end']}")
        if "tolerance_days" in d and (not isinstance(d["tolerance_days"], int) or d["tolerance_days"] < 0):
            say("tolerance_days must be a non-negative integer")
    # location
    loc = ev.get("location")
    if not isinstance(loc, dict):
        say("location must be an object")
    else:
        prec = loc.get("precision")
        if prec not in PLACE_PRECISIONS:
            say(f"location precision {prec!r} not in {sorted(PLACE_PRECISIONS)}")
        if prec in {"site", "city", "region"}:
            if not all(isinstance(loc.get(k), (int, float)) for k in ("lat", "lon")):
                say(f"location {loc.get('name')!r}: lat/lon required for precision {prec}")
            elif not (-90 <= loc["lat"] <= 90 and -180 <= loc["lon"] <= 180):
                say("lat/lon out of range")
            if not loc.get("name"):
                say(f"location with precision {prec} needs a name")
        if prec in {"site", "city", "region", "country"} and not re.fullmatch(r"[A-Z]{2}", str(loc.get("country", ""))):
            say(f"location needs an ISO 3166-1 alpha-2 country for precision {prec}")
        check_aliases(loc, say)
    # actors
    for actor in ev.get("actors", []) or []:
        if not isinstance(actor, dict) or actor.get("role") not in ROLES:
            say(f"actor role {actor.get('role') if isinstance(actor, dict) else actor!r} not in SCHEMA roles")
            continue
        if not actor.get("name"):
            say("actor without a name")
        check_aliases(actor, say)
    # quantities
    for q in ev.get("quantities", []) or []:
        if not isinstance(q.get("value"), (int, float)) or isinstance(q.get("value"), bool):
            say(f"quantity value {q.get('value')!r} is not a number")
        if q.get("bound") not in BOUNDS:
            say(f"quantity bound {q.get('bound')!r} not in {sorted(BOUNDS)}")
        if not q.get("unit") or not q.get("what"):
            say("quantity needs unit and what")
    # attribution
    att = ev.get("attribution")
    if not isinstance(att, dict):
        say("attribution must be an object")
    else:
        cert = att.get("certainty")
        if not isinstance(cert, list) or not cert:
            say("attribution.certainty must be a non-empty list")
        else:
            for c in cert:
                if c not in CERTAINTIES:
                    say(f"certainty {c!r} not in {sorted(CERTAINTIES)}")
        check_aliases(att, say)
        if "via" in att and not isinstance(att["via"], list):
            say("attribution.via must be a list")
    # quote
    quote = ev.get("quote")
    if not isinstance(quote, str) or not quote:
        say("quote missing")
    elif quote not in text:
        say(f"quote is not an exact substring of the article: {quote!r}")
    return errs


def check_gold_file(path: Path) -> tuple[list[str], str | None]:
    errs: list[str] = []
    try:
        gold = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as err:
        return [f"{path}: does not parse: {err}"], None
    doc = gold.get("doc")
    if not isinstance(doc, str) or not doc.endswith(".txt"):
        return [f"{path}: doc must name a .txt article"], None
    if Path(doc).stem != path.stem:
        errs.append(f"{path}: doc {doc!r} does not match the gold file name")
    candidates = [d / doc for d in sorted(path.parent.parent.iterdir()) if d.is_dir() and d.name != "gold"]
    found = [c for c in candidates if c.is_file()]
    if len(found) != 1:
        errs.append(f"{path}: doc {doc!r} found {len(found)} times next to {path.parent} (expected once)")
        return errs, doc
    article = found[0]
    fields, text, body, problems = read_article(article)
    errs += [f"{article}: {p}" for p in problems]
    words = len(body.split())
    if not MIN_WORDS <= words <= MAX_WORDS:
        errs.append(f"{article}: body has {words} words (expected {MIN_WORDS}-{MAX_WORDS})")
    if article.parent.name in LANGUAGES and fields.get("Language") != article.parent.name:
        errs.append(f"{article}: Language {fields.get('Language')!r} but stored under {article.parent.name}/")
    if gold.get("language") != fields.get("Language"):
        errs.append(f"{path}: language {gold.get('language')!r} differs from the article's {fields.get('Language')!r}")
    if gold.get("published") != fields.get("Date"):
        errs.append(f"{path}: published {gold.get('published')!r} differs from the article's Date {fields.get('Date')!r}")
    if not isinstance(gold.get("note"), str) or not gold["note"].strip():
        errs.append(f"{path}: note missing")
    events = gold.get("events")
    if not isinstance(events, list) or not events:
        errs.append(f"{path}: no events")
        return errs, doc
    ids = [e.get("id") for e in events]
    for dup in {i for i in ids if ids.count(i) > 1}:
        errs.append(f"{path}: duplicate event id {dup!r}")
    for ev in events:
        errs += check_event(ev, text, f"{path.name}#{ev.get('id')}")
    if not any(not ev.get("optional") for ev in events):
        errs.append(f"{path}: every event is optional (need at least one required event)")
    return errs, doc


def main(argv: list[str]) -> int:
    if argv:
        dirs = [Path(a) for a in argv]
    else:
        dirs = [ROOT / "samples" / "gold", *sorted((ROOT / "tests" / "corpus").glob("*/gold"))]
    errors: list[str] = []
    total_docs = total_events = total_required = 0
    for gdir in dirs:
        if not gdir.is_dir():
            errors.append(f"{gdir}: not a folder")
            continue
        covered: set[str] = set()
        files = sorted(gdir.glob("*.json"))
        for f in files:
            errs, doc = check_gold_file(f)
            errors += errs
            if doc:
                covered.add(doc)
            if not errs:
                events = json.loads(f.read_text(encoding="utf-8"))["events"]
                total_events += len(events)
                total_required += sum(1 for e in events if not e.get("optional"))
        articles = [p for d in sorted(gdir.parent.iterdir()) if d.is_dir() and d.name != "gold"
                    for p in sorted(d.glob("*.txt"))]
        for art in articles:
            if art.name not in covered:
                errors.append(f"{art}: no gold file in {gdir}")
        total_docs += len(files)
        print(f"{gdir}: {len(files)} gold files, {len(articles)} articles")
    for e in errors:
        print("ERROR " + e)
    print(f"{total_docs} gold files, {total_events} events ({total_required} required): "
          + ("OK" if not errors else f"{len(errors)} error(s)"))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
