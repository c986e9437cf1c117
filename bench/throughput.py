#!/usr/bin/env python3
"""Extraction throughput against a bare spaCy NER pass over the same texts, in one run.

    python bench/throughput.py [--articles 300] [--words 500]

Builds N articles of about W words by varying the bundled samples (numbers and paragraph
order changed), then, each in a fresh subprocess on one core: (1) kronika's full extraction,
(2) spaCy's NER alone with the same model. Prints articles/s, words/s, peak RSS and the ratio.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def make_articles(count: int, words: int, seed: int = 1184) -> list[tuple[str, str]]:
    """(language, text) pairs of about ``words`` words, varied from samples/."""
    rng = random.Random(seed)
    pools: dict[str, list[str]] = {}
    sources = [*sorted((ROOT / "samples").rglob("*.txt")), *sorted((ROOT / "tests" / "corpus_uk_ru" / "tune").rglob("*.txt"))]
    for path in sources:
        text = path.read_text(encoding="utf-8")
        head, _, body = text.partition("\n\n")
        lang = re.search(r"(?im)^language:\s*(\w+)", head)
        pools.setdefault(lang.group(1) if lang else "en", []).extend(p for p in body.split("\n") if p.strip())
    out = []
    languages = sorted(pools)
    for i in range(count):
        lang = languages[i % len(languages)]
        paras: list[str] = []
        while sum(len(p.split()) for p in paras) < words:
            para = rng.choice(pools[lang])
            paras.append(re.sub(r"\b\d{2,3}\b", lambda m: str(int(m.group(0)) + rng.randint(0, 9)), para))
        out.append((lang, "Date: 2025-05-22\nLanguage: " + lang + "\n\n" + "\n\n".join(paras) + "\n"))
    return out


def worker(mode: str, corpus: Path) -> None:
    """Run one measurement and print its figures as JSON."""
    articles = json.loads(corpus.read_text(encoding="utf-8"))
    began = time.perf_counter()
    if mode == "kronika":
        from kronika.documents import to_document
        from kronika.extract import extract_events
        from kronika.readers import SourceItem
        from kronika.readers.text import parse_header
        from kronika.settings import ExtractSettings

        settings = ExtractSettings()
        loaded = time.perf_counter()
        events = 0
        per_language: dict[str, list[float]] = {}
        for i, (lang, text) in enumerate(articles):
            meta, body_start = parse_header(text)
            began_doc = time.perf_counter()
            doc = to_document(SourceItem(f"bench-{i}", f"bench-{i}.txt", text, body_start, meta), settings)
            events += len(extract_events(doc, settings))
            per_language.setdefault(lang, []).append(time.perf_counter() - began_doc)
    else:
        from kronika.extract.entities import load_model

        loaded = time.perf_counter()
        events = 0
        per_language = {}
        for lang, text in articles:
            nlp = load_model(lang)
            if nlp is None:
                continue
            began_doc = time.perf_counter()
            events += len(nlp(text.replace("’", "'")).ents)
            per_language.setdefault(lang, []).append(time.perf_counter() - began_doc)
    done = time.perf_counter()
    done_langs = set(per_language)
    articles = [a for a in articles if a[0] in done_langs]
    words = sum(len(t.split()) for _, t in articles)
    # The first article pays for loading the models: time from the first document on.
    print(json.dumps({"mode": mode, "seconds": done - loaded, "startup": loaded - began, "articles": len(articles),
                      "words": words, "items": events,
                      # The first document of a language pays for loading its model: left out here.
                      "per_language": {k: [len(v) - 1, sum(v[1:])] for k, v in per_language.items()},
                      "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=300)
    ap.add_argument("--words", type=int, default=500)
    ap.add_argument("--worker", choices=["kronika", "ner"])
    ap.add_argument("--corpus", type=Path)
    args = ap.parse_args()
    if args.worker:
        worker(args.worker, args.corpus)
        return
    out = ROOT / "bench" / "out"
    out.mkdir(parents=True, exist_ok=True)
    corpus = out / "corpus.json"
    corpus.write_text(json.dumps(make_articles(args.articles, args.words)), encoding="utf-8")
    results = {}
    for mode in ("ner", "kronika"):
        # taskset pins the run to one core, as the target is stated per core.
        cmd = ["taskset", "-c", "0", sys.executable, __file__, "--worker", mode, "--corpus", str(corpus)]
        proc = subprocess.run(cmd, check=True, capture_output=True, text=True)
        results[mode] = json.loads(proc.stdout.strip().splitlines()[-1])
    print(f"{'pass':10} {'articles/s':>10} {'words/s':>10} {'peak RSS':>10} {'startup':>8}  items")
    for mode in ("ner", "kronika"):
        r = results[mode]
        print(f"{mode:10} {r['articles'] / r['seconds']:10.1f} {r['words'] / r['seconds']:10.0f} "
              f"{r['peak_rss_mb']:8.0f}MB {r['startup']:7.2f}s  {r['items']}")
    # The bare NER pass has no Ukrainian or Russian model: compare on the languages both passes read.
    shared = [k for k in results["ner"]["per_language"] if k in results["kronika"]["per_language"]]
    k_time = sum(results["kronika"]["per_language"][k][1] for k in shared)
    n_time = sum(results["ner"]["per_language"][k][1] for k in shared)
    print(f"kronika / bare NER time on {', '.join(shared)}: {k_time / n_time:.2f}x "
          f"over {args.articles} articles of ~{args.words} words")
    print("kronika per language (articles/s, first article of each language, which loads its models, left out):")
    for lang, (count, seconds) in sorted(results["kronika"]["per_language"].items()):
        print(f"  {lang}: {count / seconds:7.1f} articles/s over {count} articles")


if __name__ == "__main__":
    main()
