"""Accuracy on every annotated set, by the referee, with the errors counted by category.

    python bench/evaluate.py [--set seeds --set dev ...] [--errors]

Runs ../shared/tools/score.py (the script that scores every submission, hidden sets included)
on each set found in ../shared/corpus/gold (a set is NAME.jsonl with NAME_articles.jsonl and the
texts in ../shared/corpus/NAME), prints its summary line and how many errors fall in each
category: missed places, wrong places, false hits, event type, side, event date, publication date.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

from geo import config

CATEGORIES = ("MISS", "WRONG-PLACE", "FALSE-POS", "TYPE", "SIDE", "DATE", "PUB-DATE", "ERROR")


def available_sets(gold: Path) -> list[str]:
    return sorted(p.name[: -len("_articles.jsonl")] for p in gold.glob("*_articles.jsonl")
                  if (gold / p.name.replace("_articles", "")).exists())


def score(name: str, gold: Path) -> list[str]:
    corpus = gold.parent / name
    referee = config.SHARED / "tools" / "score.py"
    done = subprocess.run(
        [sys.executable, str(referee), str(gold / f"{name}.jsonl"), str(gold / f"{name}_articles.jsonl"),
         str(corpus), "--python", sys.executable, "--project", str(config.PROJECT_ROOT)],
        capture_output=True, text=True, env={**os.environ, "SCORE_DETAIL": "1"}, check=False,
    )
    return done.stdout.splitlines()


def main() -> int:
    gold = config.gold_dir()
    sets = available_sets(gold)
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--set", action="append", choices=sets, help=f"one of {sets}; default all")
    parser.add_argument("--errors", action="store_true", help="list every error")
    args = parser.parse_args()
    for name in args.set or sets:
        lines = score(name, gold)
        count = Counter(line.split(" ", 1)[0] for line in lines if line.split(" ", 1)[0] in CATEGORIES)
        print(f"{name}: {lines[-1] if lines else 'the referee printed nothing'}")
        print("  errors by category: " + ", ".join(f"{c} {count[c]}" for c in CATEGORIES if count[c]))
        if args.errors:
            for line in lines:
                if line.split(" ", 1)[0] in CATEGORIES:
                    print("   ", line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
