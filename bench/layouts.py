"""How the reading holds up when the same articles come laid out or encoded otherwise.

    python bench/layouts.py [--set dev] [--only oneline,wrapped]

Each variant rewrites every article of an annotated set (../shared/corpus) the way copies of
real pages differ, into a temporary folder, and scores it with the referee
(../shared/tools/score.py) against the set's own annotations: a drop from the first line (the
set as it is) is what that layout costs. Nothing is written outside the temporary folder.

The variants are ours, not outlets': they say where the reading leans on layout, not how often
a layout occurs.
"""

from __future__ import annotations

import argparse
import random
import subprocess
import sys
import tempfile
import textwrap
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


def _seeded(name: str) -> random.Random:
    return random.Random(name)  # the same variant of an article on every run


def as_is(text: str, name: str) -> str:
    return text


def one_line(text: str, name: str) -> str:
    """A copy that lost every line break."""
    return " ".join(line.strip() for line in text.splitlines() if line.strip())


def wrapped(text: str, name: str) -> str:
    """Wrapped at 70 characters with no blank line (a mail, a terminal browser's dump)."""
    return "\n".join("\n".join(textwrap.wrap(line, 70)) for line in text.splitlines() if line.strip()) + "\n"


def no_break_spaces(text: str, name: str) -> str:
    rng = _seeded(name)
    return "".join("\u00a0" if ch == " " and rng.random() < 0.2 else ch for ch in text)


def direction_marks(text: str, name: str) -> str:
    """A right-to-left mark opening every line, as some editors save Arabic."""
    return "\u200f" + text.replace("\n", "\n\u200f")


def entities(text: str, name: str) -> str:
    """A CMS export that kept the page's entities."""
    rng = _seeded(name)
    text = text.replace('"', "&quot;")
    return "".join("&nbsp;" if ch == " " and rng.random() < 0.2 else ch for ch in text)


def markdown(text: str, name: str) -> str:
    """A note's copy: the headline a markdown heading, a few words bold."""
    rng = _seeded(name)
    lines = text.split("\n")
    for i, line in enumerate(lines):
        words = line.split(" ")
        if i == 0 and line.strip():
            lines[i] = "# " + line
        elif len(words) > 3 and rng.random() < 0.2:
            k = rng.randrange(len(words) - 1)
            words[k], words[k + 1] = "**" + words[k], words[k + 1] + "**"
            lines[i] = " ".join(words)
    return "\n".join(lines)


def indic_digits(text: str, name: str) -> str:
    return text.translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"))


def no_hamza(text: str, name: str) -> str:
    """Hamza seats, alef maqsura and taa marbuta written plain, as hurried typing does."""
    return text.translate(str.maketrans("أإآىة", "ااايه"))


def diacritics(text: str, name: str) -> str:
    rng = _seeded(name)
    marks = "\u064e\u064f\u0650\u0651\u0652\u064b"
    return "".join(ch + (rng.choice(marks) if "\u0621" <= ch <= "\u064a" and rng.random() < 0.3 else "")
                   for ch in text)


VARIANTS: dict[str, Callable[[str, str], str]] = {
    "as_is": as_is, "oneline": one_line, "wrapped": wrapped, "nbsp": no_break_spaces,
    "direction_marks": direction_marks, "entities": entities, "markdown": markdown,
    "indic_digits": indic_digits, "no_hamza": no_hamza, "diacritics": diacritics,
}


def score(folder: Path, corpus: str) -> str:
    """The referee's last line for the articles in ``folder``."""
    gold = SHARED / "corpus" / "gold"
    out = subprocess.run(
        [sys.executable, str(SHARED / "tools" / "score.py"), str(gold / f"{corpus}.jsonl"),
         str(gold / f"{corpus}_articles.jsonl"), str(folder), "--python", sys.executable, "--project", str(ROOT)],
        capture_output=True, text=True, check=False)
    lines = [line for line in out.stdout.splitlines() if line.startswith("recall=")]
    return lines[-1] if lines else f"referee failed: {out.stderr.strip()[-300:]}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", default="dev", help="an annotated set of ../shared/corpus (seeds, dev)")
    parser.add_argument("--only", default="", help="comma-separated variants (default: all)")
    args = parser.parse_args()
    source = SHARED / "corpus" / args.set
    if not source.is_dir():
        print(f"no annotated set at {source}", file=sys.stderr)
        return 2
    chosen = [v for v in args.only.split(",") if v] or list(VARIANTS)
    unknown = set(chosen) - set(VARIANTS)
    if unknown:
        print(f"unknown variants {sorted(unknown)}; known: {', '.join(VARIANTS)}", file=sys.stderr)
        return 2
    articles = sorted(source.glob("*.txt"))
    for variant in chosen:
        with tempfile.TemporaryDirectory() as folder:
            for path in articles:
                text = path.read_text(encoding="utf-8")
                (Path(folder) / path.name).write_text(VARIANTS[variant](text, path.name), encoding="utf-8")
            print(f"{variant:16} {score(Path(folder), args.set)}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
