#!/usr/bin/env python3
"""Extract events from gold-coded articles and score them with the shared scorer.

    python scripts/evaluate.py NAME=DOCS_DIR:GOLD_DIR [...] [--shared ../shared] [--json] [--show]

Each set is a folder of articles (searched recursively) and a folder of gold files in the
format of ../shared/eval/gold. Prints event precision, recall and F1 and the field accuracies
per set, as ../shared/eval/score.py computes them. ``--show`` prints the scorer's per-document
report (missed and spurious events).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

from kronika import readers
from kronika.documents import to_document
from kronika.extract import extract_events
from kronika.settings import ExtractSettings


def extract_folder(docs: Path, names: set[str]) -> list[dict[str, object]]:
    """Events of every article in ``docs`` whose file name is in ``names``."""
    settings = ExtractSettings()
    events: list[dict[str, object]] = []
    for path in sorted(p for p in docs.rglob("*") if p.is_file() and p.name in names):
        for item in readers.read(str(path)):
            if isinstance(item, Exception):
                print(f"{path}: {item}", file=sys.stderr)
                continue
            document = to_document(item, settings)
            events.extend(e.to_json() for e in extract_events(document, settings))
    return events


def score(scorer: Path, gold: list[Path], events: list[dict[str, object]], docs: list[Path], show: bool) -> dict[str, object]:
    """The scorer's JSON summary for ``events`` against ``gold``."""
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as fh:
        for e in events:
            fh.write(json.dumps(e, ensure_ascii=False) + "\n")
        pred = fh.name
    cmd = [sys.executable, str(scorer), "--gold", *map(str, gold), "--pred", pred, "--docs", *map(str, docs)]
    if show:
        subprocess.run(cmd, check=True)
    out = subprocess.run([*cmd, "--json"], check=True, capture_output=True, text=True).stdout
    Path(pred).unlink()
    result: dict[str, object] = json.loads(out[: out.rindex("}") + 1])
    return result


def evaluate(name: str, docs: Path, gold_dir: Path, scorer: Path, show: bool = False,
             language: str | None = None) -> dict[str, object]:
    """Score one set; ``language`` keeps only the gold files of that language."""
    gold = sorted(gold_dir.glob("*.json"))
    if language:
        gold = [g for g in gold if json.loads(g.read_text(encoding="utf-8")).get("language") == language]
    names = {json.loads(g.read_text(encoding="utf-8"))["doc"] for g in gold}
    events = extract_folder(docs, names)
    dirs = sorted({p.parent for p in docs.rglob("*") if p.is_file() and p.name in names})
    result = score(scorer, gold, events, dirs or [docs], show)
    result["name"] = name
    return result


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("sets", nargs="*", help="NAME=DOCS_DIR:GOLD_DIR[:LANG]")
    ap.add_argument("--shared", default=str(Path(__file__).resolve().parents[2] / "shared"))
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--show", action="store_true")
    args = ap.parse_args()
    shared = Path(args.shared)
    scorer = shared / "eval" / "score.py"
    sets = args.sets or [
        f"seed={shared / 'seeds'}:{shared / 'eval' / 'gold'}",
        *(f"dev-{lang}={shared / 'eval/dev/docs'}:{shared / 'eval/dev/gold'}:{lang}" for lang in ("fr", "en", "uk", "ru")),
        "samples=samples:samples/gold",
    ]
    results = []
    for spec in sets:
        name, _, rest = spec.partition("=")
        parts = rest.split(":")
        language = parts[2] if len(parts) > 2 else None
        if not Path(parts[1]).is_dir():
            continue
        result = evaluate(name, Path(parts[0]), Path(parts[1]), scorer, args.show, language)
        results.append(result)
        fields = result["fields"]
        assert isinstance(fields, dict)
        print(f"{name:10} P={result['precision']:.3f} R={result['recall']:.3f} F1={result['f1']:.3f}  "
              + " ".join(f"{k}={v}" for k, v in fields.items()))
    if args.json:
        print(json.dumps(results, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
