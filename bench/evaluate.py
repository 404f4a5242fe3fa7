"""Accuracy on the hand-annotated seed articles: python bench/evaluate.py [--errors]."""

from __future__ import annotations

import argparse
import sys

from geo import gazetteer, tables
from geo.evaluate import evaluate


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--errors", action="store_true", help="list every miss")
    args = parser.parse_args()
    report = evaluate(gazetteer.load(), tables.load())
    print("Evaluation on ../shared/corpus/gold (the development set)")
    for line in report.lines():
        print(" ", line)
    if args.errors:
        print("\nmisses:")
        for error in report.errors:
            print(" ", error)
    return 0


if __name__ == "__main__":
    sys.exit(main())
