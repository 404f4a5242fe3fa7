"""Throughput and memory of `python -m geo extract` on distinct articles, one and two workers,
and of `python -m geo batch` on a two-process Dask LocalCluster.

    python bench/extract_cli.py [--articles 2000]

Articles come from ../shared/tools/distinct_corpus.py (real sentences reshuffled, place names
swapped), so no cache keyed on text flatters the figures. Times include start-up; the peak
memory is the single process's maximum resident set (the CLI streams, so it should stay flat
as the count grows).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from geo import config

PEAK_RSS = ("import resource, runpy, sys; sys.argv = sys.argv[1:]; "
            "exec('try:\\n runpy.run_module(\"geo\", run_name=\"__main__\")\\nexcept SystemExit: pass'); "
            "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024, file=sys.stderr)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=2000)
    args = parser.parse_args()
    tool = config.SHARED / "tools" / "distinct_corpus.py"
    with tempfile.TemporaryDirectory() as folder:
        subprocess.run([sys.executable, str(tool), folder, str(args.articles)], check=True,
                       stdout=subprocess.DEVNULL)
        count = len(list(Path(folder).glob("*.txt")))
        print(f"{count} distinct articles from {tool.name}")
        for workers in (1, 2):
            started = time.perf_counter()
            run = subprocess.run(
                [sys.executable, "-c", PEAK_RSS, "geo", "extract", folder, "--workers", str(workers)],
                capture_output=True, text=True, check=False,
            )
            seconds = time.perf_counter() - started
            events = run.stdout.count("\n")
            peak = run.stderr.strip().splitlines()[-1] if run.stderr.strip() else "?"
            print(f"workers={workers}: {count / seconds:6.1f} articles/s ({seconds:.1f} s, {events} events, "
                  f"peak RSS of the main process {peak} MB)")
        with tempfile.TemporaryDirectory() as out:
            started = time.perf_counter()
            run = subprocess.run([sys.executable, "-m", "geo", "batch", folder, "--out", out, "--workers", "2"],
                                 capture_output=True, text=True, check=False)
            seconds = time.perf_counter() - started
            print(f"dask batch, LocalCluster of 2: {count / seconds:6.1f} articles/s ({seconds:.1f} s; "
                  f"{run.stdout.strip()})")


if __name__ == "__main__":
    main()
