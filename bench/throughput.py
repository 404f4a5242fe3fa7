"""Articles per second for detection + resolution (and the full extraction), index loaded.

    python bench/throughput.py [--articles 1000]

The seed corpus is repeated to the requested count. The pipeline memoises word-level work
(phonetic keys, gazetteer scores of a name), as it would over a real feed where village names
recur; so repeated seeds profit from it. The "cold" line clears every memo before each
article, which is the cost of an article sharing no word with any before it. One core.
"""

from __future__ import annotations

import argparse
import time
from itertools import cycle, islice

from geo import config, gazetteer, tables
from geo.extract import extract
from geo.locate import locate
from geo.textio import article_paths, read_article_file


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=1000)
    args = parser.parse_args()
    gaz, tabs = gazetteer.load(), tables.load()
    texts = [read_article_file(p) for p in article_paths([config.corpus_dir()])]
    batch = list(islice(cycle(texts), args.articles))
    chars = sum(map(len, batch))

    started = time.perf_counter()
    mentions = sum(len(locate(t, gaz, tabs)) for t in batch)
    located = time.perf_counter() - started

    started = time.perf_counter()
    events = sum(len(extract(t, gaz, tabs).events) for t in batch)
    extracted = time.perf_counter() - started

    cold_batch = batch[: max(50, args.articles // 10)]
    started = time.perf_counter()
    for t in cold_batch:
        clear_memos(gaz)
        locate(t, gaz, tabs)
    cold = time.perf_counter() - started
    started = time.perf_counter()
    for t in cold_batch:
        clear_memos(gaz)
        extract(t, gaz, tabs)
    cold_full = time.perf_counter() - started

    print(f"{args.articles} articles ({chars / 1e6:.1f} M characters), gazetteer already loaded")
    print(f"detection + resolution : {args.articles / located:7.1f} articles/s "
          f"({located:.2f} s, {mentions} mentions)  target >= 100")
    print(f"full extraction        : {args.articles / extracted:7.1f} articles/s "
          f"({extracted:.2f} s, {events} events, with claims and dates)")
    print(f"detection + resolution, cold memos: {len(cold_batch) / cold:7.1f} articles/s "
          f"({len(cold_batch)} articles)")
    print(f"full extraction, cold memos       : {len(cold_batch) / cold_full:7.1f} articles/s")


def clear_memos(gaz) -> None:
    from geo import arabic, claims, dates, phonetic
    from geo import tables as tables_module

    gaz.score_cache.clear()
    phonetic.keys.cache_clear()
    arabic.strip_clitics.cache_clear()
    tables_module.compact.cache_clear()
    claims._cues_in.cache_clear()
    claims._attributions_in.cache_clear()
    claims._is_event_word.cache_clear()
    dates._find_expressions.cache_clear()


if __name__ == "__main__":
    main()
