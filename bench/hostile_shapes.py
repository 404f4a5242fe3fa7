"""Seconds per MB of `python -m geo extract` on hostile shapes of input: every stage must be
linear in its input (target: 2 s per MB or less).

    python bench/hostile_shapes.py

Shapes: one line of Arabic words, place names and cues with no punctuation (dense: an event
every seven words); real news prose on one line, 2 MB of distinct articles
(../shared/tools/distinct_corpus.py) with their punctuation and line breaks taken out; a
paragraph repeated to 4.5 MB; an HTML page of 20,000 unterminated <meta> tags. Made on the fly,
in a temporary folder.

Ordinary prose costs what reading its articles costs (issue 10's throughput): the shapes test
that no stage grows faster than the input, the prose line what that input costs.
"""

from __future__ import annotations

import random
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from geo import config

DISTINCT = config.SHARED / "tools" / "distinct_corpus.py"
PROSE_BYTES = 2_000_000

WORDS = ("قرية مدينة الجيش قصف حرر منطقة الأرمينية الأذربيجانية قال أعلن على في من جبرائيل فضولي هدروت "
         "اليوم الأحد قرى وقاودار وميراك التابعة لمدينة").split()
PARAGRAPH = ("قال المتحدث باسم وزارة الدفاع الأذربيجانية اليوم الاثنين إن الجيش حرر قرى ميراك وقاودار "
             "التابعتين لمدينة جبرائيل، وإن القوات الأرمينية قصفت مدينة ترتر بالصواريخ.\n\n")


def shapes(folder: Path) -> list[Path]:
    random.seed(1)
    line = folder / "one_line.txt"
    line.write_text(" ".join(random.choice(WORDS) for _ in range(150_000)), encoding="utf-8")
    repeated = folder / "repeated.txt"
    repeated.write_text(PARAGRAPH * (4_500_000 // len(PARAGRAPH.encode())), encoding="utf-8")
    meta = folder / "meta.html"
    meta.write_text("<html><head>" + '<meta content="2020-10-10"' * 20_000
                    + "</head><body><p>قصفت القوات مدينة ترتر.</p></body></html>", encoding="utf-8")
    return [line, _prose_line(folder), repeated, meta]


def _prose_line(folder: Path) -> Path:
    articles = folder / "articles"
    subprocess.run([sys.executable, str(DISTINCT), str(articles), "500"], check=True, stdout=subprocess.DEVNULL)
    words = " ".join(re.sub(r"[\s.,;:!?؟،؛()\"«»“”\-]+", " ", p.read_text(encoding="utf-8"))
                     for p in sorted(articles.glob("*.txt")))
    prose = folder / "prose_line.txt"
    prose.write_text(words.encode()[:PROSE_BYTES].decode("utf-8", "ignore"), encoding="utf-8")
    return prose


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        for path in shapes(Path(folder)):
            megabytes = path.stat().st_size / 1e6
            started = time.perf_counter()
            done = subprocess.run([sys.executable, "-m", "geo", "extract", str(path)], capture_output=True,
                                  text=True, timeout=900, check=False)
            seconds = time.perf_counter() - started
            print(f"{path.name:14} {megabytes:5.2f} MB  {seconds:6.1f} s  {seconds / megabytes:5.1f} s/MB  "
                  f"{done.stdout.count(chr(10))} events  exit {done.returncode}")


if __name__ == "__main__":
    main()
