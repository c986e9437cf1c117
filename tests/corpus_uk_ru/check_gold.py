#!/usr/bin/env python3
"""Validate the Ukrainian/Russian test corpus and its gold files (standard library only).

Usage:
    python3 tests/corpus_uk_ru/check_gold.py [SET_DIR ...] [--schema SCHEMA.md] [--refs DIR] [-q]

Without SET_DIR it checks every set under this folder that has a gold/ folder
(tune/, heldout/).  A set folder holds uk/*.txt, ru/*.txt and gold/*.json.

Checks, per set:
  * every article has the header block (Title, Date, Source, Language, then one blank line),
    its Language matches its folder, and it has exactly one gold file;
  * every gold file parses, has doc/language/published/note/events, its doc names an
    existing article of that language and its published date equals the article's Date;
  * every event: unique id; type, also_types, actor roles, certainty values, location
    precision and quantity bounds come from SCHEMA.md's vocabularies; dates are ISO and
    start <= end; lat/lon are present (and plausible) when precision is site/city/region;
    country is ISO 3166-1 alpha-2; aliases are lower case; the quote is an exact substring
    of the article's body (the text after the header), whose first occurrence in the file is
    not in the header (score.py finds quotes with str.find on the whole file); a quote that
    occurs more than once in the body is reported as a warning;
  * every article has at least one non-optional event;
  * no article shares a run of 8 or more consecutive words with any reference article
    (--refs, default /work/shared/eval/dev/docs and /work/shared/eval/docs when present),
    to guard against copied sentences.
Exits with status 1 on any error.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_SCHEMA = "/work/shared/eval/SCHEMA.md"
DEFAULT_REFS = ["/work/shared/eval/dev/docs", "/work/shared/eval/docs"]

# Fallback vocabularies (SCHEMA v1); replaced by what SCHEMA.md says when it is readable.
VOCAB = {
    "type": {"attack", "interception", "damage", "cyber_operation", "disruption", "contact",
             "statement", "sanction", "deployment", "aid", "other"},
    "role": {"initiator", "target", "speaker", "addressee", "participant", "claimant", "victim"},
    "certainty": {"asserted", "claimed", "alleged", "denied", "hypothetical"},
    "precision": {"site", "city", "region", "country", "none"},
    "bound": {"exact", "at_least", "at_most", "approx"},
}
HEADER_KEYS = ["Title", "Date", "Source", "Language"]
LANGS = ("uk", "ru")
NEEDS_COORDS = {"site", "city", "region"}
SHINGLE = 8


# ------------------------------------------------------------------ schema --
def _ticks(s: str) -> list[str]:
    return re.findall(r"`([^`]+)`", s)


def load_schema(path: str) -> tuple[dict[str, set[str]], str]:
    """Read the vocabularies from SCHEMA.md; fall back to the built-in ones."""
    vocab = {k: set(v) for k, v in VOCAB.items()}
    try:
        text = open(path, encoding="utf-8").read()
    except OSError:
        return vocab, f"schema {path} not readable: built-in vocabularies used"

    rows = {}
    for line in text.splitlines():
        m = re.match(r"\|\s*`([a-z_]+)`\s*\|(.*)\|\s*$", line)
        if m:
            rows.setdefault(m.group(1), []).append(m.group(2))

    def after(row: str, field: str) -> set[str]:
        m = re.search(r"`%s` is (?:one of )?(.*?)(?:;|$)" % re.escape(field), row)
        return set(_ticks(m.group(1))) if m else set()

    found: dict[str, set[str]] = {}
    # types: the rows of the "## Types" table
    types_part = text.split("## Types", 1)[1] if "## Types" in text else ""
    types_part = types_part.split("\n## ", 1)[0]
    t = {m.group(1) for m in re.finditer(r"^\|\s*`([a-z_]+)`\s*\|", types_part, re.M)}
    if t:
        found["type"] = t
    for key, field, name in (("actors", "role", "role"), ("attribution", "certainty", "certainty"),
                             ("location", "precision", "precision"), ("quantities", "bound", "bound")):
        for row in rows.get(key, []):
            vals = after(row, field)
            if vals:
                found[name] = vals
    for k, v in found.items():
        vocab[k] = v
    missing = sorted(set(VOCAB) - set(found))
    note = f"schema {path}: vocabularies read" + (f" (built-in used for {', '.join(missing)})" if missing else "")
    return vocab, note


# ---------------------------------------------------------------- articles --
def read_article(path: str) -> tuple[dict[str, str], str, list[str], str]:
    errs = []
    raw = open(path, encoding="utf-8").read()
    if "\r" in raw:
        errs.append("contains carriage returns")
    head, sep, body = raw.partition("\n\n")
    if not sep:
        errs.append("no blank line after the header block")
    header: dict[str, str] = {}
    lines = head.split("\n")
    keys = []
    for ln in lines:
        m = re.match(r"([A-Za-z]+): (.+)$", ln)
        if not m:
            errs.append(f"bad header line {ln!r}")
            continue
        header[m.group(1)] = m.group(2).strip()
        keys.append(m.group(1))
    if keys != HEADER_KEYS:
        errs.append(f"header keys {keys} != {HEADER_KEYS}")
    if not body.strip():
        errs.append("empty body")
    return header, body, errs, raw


def iso(s: object) -> dt.date | None:
    if not isinstance(s, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", s):
        return None
    try:
        return dt.date.fromisoformat(s)
    except ValueError:
        return None


def has_accents(s: str) -> bool:
    """Latin letters with diacritics (Cyrillic й/ё are letters of their own and allowed)."""
    for ch in s:
        if "LATIN" in unicodedata.name(ch, "") and unicodedata.decomposition(ch):
            return True
    return False


# ------------------------------------------------------------------ events --
def check_event(e: dict, body: str, vocab: dict[str, set[str]], where: str,
                raw: str | None = None, warnings: list[str] | None = None) -> list[str]:
    errs: list[str] = []
    w = f"{where} event {e.get('id', '?')!r}"
    for k in ("id", "type", "subtype", "date", "location", "attribution", "quote"):
        if k not in e:
            errs.append(f"{w}: missing {k}")
    if errs:
        return errs
    if e["type"] not in vocab["type"]:
        errs.append(f"{w}: type {e['type']!r} not in schema")
    for t in e.get("also_types", []):
        if t not in vocab["type"]:
            errs.append(f"{w}: also_types {t!r} not in schema")
        if t == e["type"]:
            errs.append(f"{w}: also_types repeats the type")
    if not isinstance(e["subtype"], str) or e["subtype"] != e["subtype"].lower():
        errs.append(f"{w}: subtype must be lower-case text")
    if "optional" in e and not isinstance(e["optional"], bool):
        errs.append(f"{w}: optional must be true/false")

    d = e["date"]
    s, en = iso(d.get("start")), iso(d.get("end"))
    if s is None or en is None:
        errs.append(f"{w}: date start/end not ISO YYYY-MM-DD: {d}")
    elif s > en:
        errs.append(f"{w}: date start after end")
    elif not (dt.date(2014, 1, 1) <= s and en <= dt.date(2026, 12, 31)):
        errs.append(f"{w}: date outside 2014-2026")
    if "tolerance_days" in d and (not isinstance(d["tolerance_days"], int) or d["tolerance_days"] < 0):
        errs.append(f"{w}: tolerance_days must be a non-negative integer")

    loc = e["location"]
    prec = loc.get("precision")
    if prec not in vocab["precision"]:
        errs.append(f"{w}: location precision {prec!r} not in schema")
    if prec in NEEDS_COORDS:
        lat, lon = loc.get("lat"), loc.get("lon")
        if not isinstance(lat, (int, float)) or not isinstance(lon, (int, float)):
            errs.append(f"{w}: lat/lon required for precision {prec}")
        elif not (-90 <= lat <= 90 and -180 <= lon <= 180):
            errs.append(f"{w}: lat/lon out of range")
        if not loc.get("name"):
            errs.append(f"{w}: location name required for precision {prec}")
    if prec != "none":
        c = loc.get("country")
        if not (isinstance(c, str) and re.fullmatch(r"[A-Z]{2}", c)):
            errs.append(f"{w}: country must be ISO 3166-1 alpha-2, got {c!r}")
    for a in loc.get("aliases", []):
        if a != a.lower() or has_accents(a):
            errs.append(f"{w}: location alias not lower-case/accent-free: {a!r}")

    for act in e.get("actors", []):
        if act.get("role") not in vocab["role"]:
            errs.append(f"{w}: actor role {act.get('role')!r} not in schema")
        if not act.get("name"):
            errs.append(f"{w}: actor without name")
        for a in act.get("aliases", []):
            if a != a.lower() or has_accents(a):
                errs.append(f"{w}: actor alias not lower-case/accent-free: {a!r}")

    for q in e.get("quantities", []):
        if not isinstance(q.get("value"), (int, float)) or isinstance(q.get("value"), bool):
            errs.append(f"{w}: quantity value must be a number")
        if q.get("bound") not in vocab["bound"]:
            errs.append(f"{w}: quantity bound {q.get('bound')!r} not in schema")
        u = q.get("unit")
        if not u or u != u.lower():
            errs.append(f"{w}: quantity unit must be a lower-case singular noun")
        if not q.get("what"):
            errs.append(f"{w}: quantity without 'what'")

    at = e["attribution"]
    cert = at.get("certainty")
    if not isinstance(cert, list) or not cert:
        errs.append(f"{w}: certainty must be a non-empty list")
    else:
        for c in cert:
            if c not in vocab["certainty"]:
                errs.append(f"{w}: certainty {c!r} not in schema")
    if "via" in at and not isinstance(at["via"], list):
        errs.append(f"{w}: via must be a list")
    for a in at.get("aliases", []):
        if a != a.lower() or has_accents(a):
            errs.append(f"{w}: attribution alias not lower-case/accent-free: {a!r}")

    quote = e["quote"]
    if not isinstance(quote, str) or not quote.strip():
        errs.append(f"{w}: empty quote")
    elif quote not in body:
        errs.append(f"{w}: quote not found in the article body: {quote!r}")
    else:
        # score.py looks the quote up with str.find on the whole file: its first occurrence
        # must be in the body, and a quote that occurs twice is ambiguous evidence.
        if raw is not None and raw.find(quote) < len(raw) - len(body):
            errs.append(f"{w}: quote first occurs in the header block: {quote!r}")
        if body.count(quote) > 1 and warnings is not None:
            warnings.append(f"{w}: quote occurs {body.count(quote)} times in the body: {quote!r}")
    return errs


# ------------------------------------------------------------------ copying --
def words(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower().replace("’", "'"))


def shingles(text: str) -> set[tuple[str, ...]]:
    ws = words(text)
    return {tuple(ws[i:i + SHINGLE]) for i in range(len(ws) - SHINGLE + 1)}


def load_refs(dirs: list[str]) -> dict[tuple[str, ...], str]:
    out: dict[tuple[str, ...], str] = {}
    for d in dirs:
        if not os.path.isdir(d):
            continue
        for f in sorted(os.listdir(d)):
            if f.endswith(".txt"):
                for sh in shingles(open(os.path.join(d, f), encoding="utf-8").read()):
                    out.setdefault(sh, f)
    return out


# -------------------------------------------------------------------- sets --
def check_set(set_dir: str, vocab: dict[str, set[str]], refs: dict, quiet: bool) -> tuple[list[str], dict]:
    errs: list[str] = []
    name = os.path.basename(os.path.normpath(set_dir))
    articles: dict[str, tuple[str, dict, str]] = {}
    for lang in LANGS:
        d = os.path.join(set_dir, lang)
        if not os.path.isdir(d):
            errs.append(f"{name}: missing folder {lang}/")
            continue
        for f in sorted(os.listdir(d)):
            if not f.endswith(".txt"):
                continue
            if f in articles:
                errs.append(f"{name}: article name {f} used twice")
            header, body, aerrs, raw = read_article(os.path.join(d, f))
            errs += [f"{name}/{lang}/{f}: {x}" for x in aerrs]
            if header.get("Language") != lang:
                errs.append(f"{name}/{lang}/{f}: Language {header.get('Language')!r} but folder {lang}")
            if iso(header.get("Date")) is None:
                errs.append(f"{name}/{lang}/{f}: Date not ISO")
            articles[f] = (lang, header, body, raw)
            if refs:
                hit = shingles(body) & refs.keys()
                if hit:
                    sh = sorted(hit)[0]
                    errs.append(f"{name}/{lang}/{f}: shares {len(hit)} {SHINGLE}-word run(s) with reference "
                                f"{refs[sh]}, e.g. {' '.join(sh)!r}")

    gold_dir = os.path.join(set_dir, "gold")
    seen_docs: set[str] = set()
    stats: dict = {"articles": {l: 0 for l in LANGS}, "events": 0, "required": 0, "optional": 0,
                   "types": {}, "warnings": []}
    for lang, _, _, _ in articles.values():
        stats["articles"][lang] += 1
    for f in sorted(os.listdir(gold_dir)) if os.path.isdir(gold_dir) else []:
        if not f.endswith(".json"):
            continue
        where = f"{name}/gold/{f}"
        try:
            g = json.load(open(os.path.join(gold_dir, f), encoding="utf-8"))
        except (OSError, ValueError) as ex:
            errs.append(f"{where}: does not parse: {ex}")
            continue
        for k in ("doc", "language", "published", "note", "events"):
            if k not in g:
                errs.append(f"{where}: missing {k}")
        if any(k not in g for k in ("doc", "events")):
            continue
        doc = g["doc"]
        if doc in seen_docs:
            errs.append(f"{where}: doc {doc} has more than one gold file")
        seen_docs.add(doc)
        if os.path.splitext(doc)[0] != os.path.splitext(f)[0]:
            errs.append(f"{where}: file name does not match doc {doc}")
        if doc not in articles:
            errs.append(f"{where}: doc {doc} is not an article of this set")
            continue
        lang, header, body, raw = articles[doc]
        if g.get("language") != lang:
            errs.append(f"{where}: language {g.get('language')!r} but article is {lang}")
        if g.get("published") != header.get("Date"):
            errs.append(f"{where}: published {g.get('published')} != article Date {header.get('Date')}")
        ids: set[str] = set()
        required = 0
        for e in g["events"]:
            if e.get("id") in ids:
                errs.append(f"{where}: duplicate event id {e.get('id')!r}")
            ids.add(e.get("id"))
            errs += check_event(e, body, vocab, where, raw, stats["warnings"])
            stats["events"] += 1
            if e.get("optional"):
                stats["optional"] += 1
            else:
                required += 1
                stats["required"] += 1
                t = e.get("type")
                stats["types"][t] = stats["types"].get(t, 0) + 1
        if required == 0:
            errs.append(f"{where}: no non-optional event")
    for doc in sorted(set(articles) - seen_docs):
        errs.append(f"{name}: article {doc} has no gold file")
    return errs, stats


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("sets", nargs="*", help="set folders (default: every folder here with a gold/ folder)")
    ap.add_argument("--schema", default=DEFAULT_SCHEMA)
    ap.add_argument("--refs", action="append", help="folder of reference articles that must not be copied")
    ap.add_argument("-q", "--quiet", action="store_true")
    args = ap.parse_args(argv)

    vocab, note = load_schema(args.schema)
    refs = load_refs(args.refs if args.refs else DEFAULT_REFS)
    sets = args.sets or sorted(os.path.join(HERE, d) for d in os.listdir(HERE)
                               if os.path.isdir(os.path.join(HERE, d, "gold")))
    if not args.quiet:
        print(note)
        print(f"reference articles: {len(set(refs.values()))} ({SHINGLE}-word runs checked)")
    all_errs: list[str] = []
    for s in sets:
        errs, st = check_set(s, vocab, refs, args.quiet)
        all_errs += errs
        if not args.quiet:
            arts = ", ".join(f"{k} {v}" for k, v in st["articles"].items())
            types = ", ".join(f"{k} {v}" for k, v in sorted(st["types"].items()))
            print(f"{os.path.basename(os.path.normpath(s))}: articles {arts}; events {st['events']} "
                  f"({st['required']} required, {st['optional']} optional); required by type: {types}")
            for wmsg in st["warnings"]:
                print("WARNING", wmsg)
    for e in all_errs:
        print("ERROR", e)
    if not args.quiet:
        print("OK" if not all_errs else f"{len(all_errs)} error(s)")
    return 1 if all_errs else 0


if __name__ == "__main__":
    sys.exit(main())
