"""Gazetteer index build and load times for the configured dumps (AZ + AM by default).

    python bench/gazetteer_index.py [--repeat 5]

Targets (issue 10): build at most 5 s, load at most 0.3 s on this 2-core machine.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
import tracemalloc
from pathlib import Path

from geo import config, gazetteer, phonetic


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    source = config.gazetteer_dir()
    with tempfile.TemporaryDirectory() as tmp:
        target = Path(tmp) / "index.sqlite"
        builds, loads = [], []
        for _ in range(args.repeat):
            phonetic.keys.cache_clear()  # a cold build: no key computed before
            started = time.perf_counter()
            report = gazetteer.build_index(source, target)
            builds.append(time.perf_counter() - started)
        for _ in range(args.repeat):
            started = time.perf_counter()
            gaz = gazetteer.read_index(target)
            loads.append(time.perf_counter() - started)
        tracemalloc.start()
        gazetteer.read_index(target)
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        size = target.stat().st_size
    print(f"source: {source} ({report.rows} places, {len(gaz.names)} names)")
    print(f"build : median {statistics.median(builds):.2f} s (min {min(builds):.2f}) "
          f"over {args.repeat} runs   target ≤ 5 s")
    print(f"load  : median {statistics.median(loads):.3f} s (min {min(loads):.3f}) "
          f"over {args.repeat} runs   target ≤ 0.3 s")
    print(f"index : {size / 1e6:.1f} MB on disk, {peak / 1e6:.0f} MB peak Python memory to load")


if __name__ == "__main__":
    main()
