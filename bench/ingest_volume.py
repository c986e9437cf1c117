"""Ingest at volume: N generated articles into a fresh database, then the same input again.

The articles are the repository's samples/ varied: their numbers redrawn, their dates and
place names shuffled, a new date and outlet in the header, so that each is a document of its
own that must be extracted; one in twenty is a syndicated copy of the one before (another
outlet's header and dateline, same report), which ingest must link instead of extracting.

Each run is a real ``kronika ingest`` process. Printed: articles per second, peak memory
(resident set of the ingest process and its worker processes, summed, sampled every 0.1 s,
and the largest single process), then the second run: what it added (nothing, or the
benchmark fails) and its time as a share of the first run's (under 10 %, or it fails).

    python bench/ingest_volume.py                 # 5,000 articles, all cores
    python bench/ingest_volume.py --count 500 --keep /tmp/volume
"""

from __future__ import annotations

import argparse
import random
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import psutil

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "samples"
MAX_SECOND_RUN_SHARE = 0.10

PLACES = {
    "fr": ["Kyiv", "Kharkiv", "Odessa", "Dnipro", "Zaporijjia", "Lviv", "Soumy", "Poltava", "Tcherkassy", "Koursk",
           "Belgorod", "Briansk", "Moscou", "Kherson", "Mykolaïv"],
    "en": ["Kyiv", "Kharkiv", "Odesa", "Dnipro", "Zaporizhzhia", "Lviv", "Sumy", "Poltava", "Cherkasy", "Kursk",
           "Belgorod", "Bryansk", "Moscow", "Kherson", "Mykolaiv"],
}
OUTLETS = ["Frontline Wire", "Le Veilleur", "Eastern Desk", "Daily Dispatch", "Radio Est", "Border News"]
DATELINE = {"fr": "KYIV (Relais) — ", "en": "KYIV (Relay) — "}
FIRST_DAY, LAST_DAY = date(2022, 2, 24), date(2025, 6, 30)


@dataclass
class Sample:
    language: str
    header: dict[str, str]
    body: str


def load_samples() -> list[Sample]:
    from kronika.readers.text import parse_header

    samples = []
    for path in sorted(SAMPLES.glob("*/*.txt")):
        text = path.read_text(encoding="utf-8")
        header, start = parse_header(text)
        samples.append(Sample(path.parent.name, header, text[start:]))
    if not samples:
        sys.exit(f"no sample articles under {SAMPLES}")
    return samples


def _redraw(match: re.Match[str], rng: random.Random) -> str:
    digits = match.group(0)
    number = int(digits)
    if 1900 <= number <= 2099 and len(digits) == 4:
        return str(rng.randint(2022, 2025))
    if len(digits) <= 2 and number <= 31:
        return str(rng.randint(1, 28))
    return str(rng.randint(10 ** (len(digits) - 1), 10 ** len(digits) - 1))


def vary(sample: Sample, rng: random.Random) -> str:
    """A new article from ``sample``: other numbers, places swapped, a new date and outlet."""
    places = PLACES.get(sample.language, PLACES["en"])
    pattern = re.compile(r"\b(" + "|".join(map(re.escape, places)) + r")\b")
    body = pattern.sub(lambda m: rng.choice(places), sample.body)
    body = re.sub(r"\d+", lambda m: _redraw(m, rng), body)
    day = FIRST_DAY + timedelta(days=rng.randrange((LAST_DAY - FIRST_DAY).days))
    title = re.sub(r"\d+", lambda m: _redraw(m, rng), sample.header.get("title", "Untitled"))
    header = f"Title: {title}\nDate: {day.isoformat()}\nSource: {rng.choice(OUTLETS)}\nLanguage: {sample.language}\n\n"
    return header + body


def syndicate(article: str, language: str, outlet: str) -> str:
    """The same report under another outlet's header and dateline."""
    header, _, body = article.partition("\n\n")
    header = re.sub(r"^Source: .*$", f"Source: {outlet}", header, flags=re.M)
    return f"{header}\n\n{DATELINE.get(language, DATELINE['en'])}{body}"


def generate(out: Path, count: int, seed: int) -> tuple[int, int]:
    """Write ``count`` articles under ``out``; (articles, of which syndicated copies)."""
    samples = load_samples()
    rng = random.Random(seed)
    copies = 0
    previous: tuple[str, str] | None = None
    for n in range(count):
        folder = out / f"{n // 500:03d}"
        folder.mkdir(parents=True, exist_ok=True)
        if n % 20 == 19 and previous is not None:
            text = syndicate(previous[0], previous[1], "Syndicated Relay")
            copies += 1
        else:
            sample = samples[rng.randrange(len(samples))]
            text = vary(sample, rng)
            previous = (text, sample.language)
        (folder / f"article_{n:05d}.txt").write_text(text, encoding="utf-8")
    return count, copies


@dataclass
class RunResult:
    seconds: float
    peak_rss_total: int
    peak_rss_single: int
    report: str
    returncode: int


def ingest(source: Path, db: Path, extra: list[str]) -> RunResult:
    """Run ``kronika ingest`` as its own process, sampling the memory of it and its workers."""
    command = [sys.executable, "-c", "import sys; from kronika.cli import main; main(sys.argv[1:])",
               *extra, "ingest", str(source), "--db", str(db), "--no-progress"]
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    watched = psutil.Process(process.pid)
    peak_total = peak_single = 0
    stderr_chunks: list[str] = []
    while process.poll() is None:
        try:
            members = [watched, *watched.children(recursive=True)]
            sizes = []
            for member in members:
                try:
                    sizes.append(member.memory_info().rss)
                except psutil.Error:
                    continue
            peak_total = max(peak_total, sum(sizes))
            peak_single = max(peak_single, max(sizes, default=0))
        except psutil.Error:
            pass
        time.sleep(0.1)
    seconds = time.perf_counter() - started
    assert process.stderr is not None
    stderr_chunks.append(process.stderr.read())
    lines = "".join(stderr_chunks).strip().splitlines()
    report = next((line for line in reversed(lines) if line.startswith("kronika ingest:")), lines[-1] if lines else "")
    return RunResult(seconds, peak_total, peak_single, report, process.returncode)


def counts(db: Path) -> tuple[int, int, int]:
    """(documents, of which linked copies, events) in the database."""
    with sqlite3.connect(db) as conn:
        documents = conn.execute("SELECT count(*) FROM documents").fetchone()[0]
        linked = conn.execute("SELECT count(*) FROM documents WHERE duplicate_of IS NOT NULL").fetchone()[0]
        events = conn.execute("SELECT count(*) FROM events").fetchone()[0]
    return int(documents), int(linked), int(events)


def mib(size: int) -> str:
    return f"{size / 2**20:,.0f} MiB"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=5000, help="articles to generate (default 5000)")
    parser.add_argument("--seed", type=int, default=6, help="random seed of the variations")
    parser.add_argument("--workers", type=int, default=None, help="setting ingest.workers (default: all cores)")
    parser.add_argument("--keep", metavar="DIR", default=None, help="work in DIR and keep it (default: a temp dir)")
    args = parser.parse_args(argv)

    work = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="kronika-volume-"))
    source, db = work / "input", work / "volume.db"
    shutil.rmtree(source, ignore_errors=True)
    for stale in (db, db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm")):
        stale.unlink(missing_ok=True)
    extra = ["--set", f"ingest.workers={args.workers}"] if args.workers is not None else []
    try:
        articles, copies = generate(source, args.count, args.seed)
        print(f"generated {articles:,} articles ({copies} syndicated copies) from {len(load_samples())} samples"
              f" in {source}; {psutil.cpu_count()} cores")

        first = ingest(source, db, extra)
        documents, linked, events = counts(db)
        rate = articles / first.seconds
        print(f"run 1: {first.report}")
        print(f"run 1: {articles:,} articles in {first.seconds:.1f} s = {rate:.1f} articles/s;"
              f" peak RSS {mib(first.peak_rss_total)} (ingest + workers), largest process {mib(first.peak_rss_single)}")
        print(f"       database: {documents:,} documents ({linked} linked as copies), {events:,} events")

        second = ingest(source, db, extra)
        after = counts(db)
        share = second.seconds / first.seconds
        print(f"run 2: {second.report}")
        added = (after[0] - documents, after[2] - events)
        verdict = "added nothing" if added == (0, 0) else f"ADDED {added[0]} documents and {added[1]} events"
        print(f"run 2: same input {verdict}, in {second.seconds:.1f} s = {share:.1%} of the first run's time;"
              f" peak RSS {mib(second.peak_rss_total)}")
        failed = added != (0, 0) or share >= MAX_SECOND_RUN_SHARE or first.returncode != 0
        if failed:
            print("FAILED: the second run must add nothing and take under 10% of the first run's time,"
                  " and the first must succeed", file=sys.stderr)
        return 1 if failed else 0
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
