"""Command line: python -m geo extract | index | download.

    python -m geo extract PATH... [--published YYYY-MM-DD] [--format jsonl|geojson] [--out FILE] [--workers N]

JSONL is written article by article as it is read, so memory stays flat on any number of files.

Unreadable files are reported on stderr, one line each, and the others are still processed;
the exit status is 1 when any file could not be read, 2 for a usage error.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
import tempfile
from datetime import date
from pathlib import Path

from geo import config
from geo.rules import RulesError

JSON_LINE = json.JSONEncoder(ensure_ascii=False).encode  # one encoder for every record of a run


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m geo", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)

    ex = sub.add_parser("extract", help="events from articles: .txt, .html pages, folders, .zip, .csv/.jsonl tables")
    ex.add_argument("paths", nargs="+", metavar="PATH",
                    help="files, folders, .zip, .csv/.jsonl tables, or http(s) links (with --online)")
    ex.add_argument("--published", type=_iso_date, help="publication date of the articles")
    ex.add_argument("--format", choices=("jsonl", "geojson"), default="jsonl")
    ex.add_argument("--out", type=Path, help="write here instead of standard output")
    ex.add_argument("--gazetteer", type=Path, help=f"GeoNames folder (default {config.gazetteer_dir()})")
    ex.add_argument("--all", action="store_true",
                    help="also print mentions of Karabakh as a whole and of places far from the front "
                         "(countries, capitals such as Moscow or Baku as a seat of government), "
                         "marked scope=region|distant; by default only the map's places are printed")
    ex.add_argument("--claims", action="store_true",
                    help="print one record per claim (control, strike, clash events grouped by place, type, "
                         "claimant side and dates within a day) with its sources, instead of one per event")
    ex.add_argument("--workers", type=_positive, default=1,
                    help="processes to read articles with (default 1); the output keeps the input order")
    ex.add_argument("--online", action="store_true",
                    help="fetch http(s) links given as inputs, and ask Nominatim (OpenStreetMap) for names "
                         "the gazetteer cannot place; one request a second, answers cached in the cache folder")

    co = sub.add_parser("control", help="claimed control as of a date, as GeoJSON (claimed, not verified)")
    co.add_argument("paths", nargs="+", metavar="PATH")
    co.add_argument("--as-of", type=_iso_date, required=True, dest="as_of")
    co.add_argument("--published", type=_iso_date, help="publication date of the articles")
    co.add_argument("--gazetteer", type=Path)

    bt = sub.add_parser("batch", help="extract an archive on Dask into partitioned GeoParquet (resumable)")
    bt.add_argument("paths", nargs="+", type=Path, metavar="INPUT")
    bt.add_argument("--out", type=Path, required=True, help="folder for part-*.parquet and summary.json")
    bt.add_argument("--published", type=_iso_date, help="publication date of the articles")
    bt.add_argument("--scheduler", help="address of a running dask.distributed scheduler (tcp://host:8786); "
                                        "default: a LocalCluster on this machine")
    bt.add_argument("--workers", type=_positive, default=2, help="LocalCluster processes (default 2)")
    bt.add_argument("--partition-size", type=_positive, default=100, help="articles a task (default 100)")
    bt.add_argument("--gazetteer", type=Path)

    ix = sub.add_parser("index", help="build (or rebuild) the local gazetteer index")
    ix.add_argument("--gazetteer", type=Path)

    dl = sub.add_parser("download", help="download the real GeoNames AZ and AM dumps (online)")
    dl.add_argument("target", type=Path, help="folder to write AZ.txt, AM.txt, admin1CodesASCII.txt")

    args = parser.parse_args(argv)
    try:
        if args.command == "extract":
            return _extract(args)
        if args.command == "index":
            return _index(args)
        if args.command == "batch":
            return _batch(args)
        if args.command == "control":
            return _control(args)
        return _download(args)
    except KeyboardInterrupt:
        print("geo: interrupted", file=sys.stderr)
        return 130
    except RulesError as exc:  # the team's data/*.toml, read when the pipeline is imported
        print(f"geo: data: {exc}", file=sys.stderr)
        return 1


def _iso_date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date in YYYY-MM-DD form: {value!r}") from None


def _load(gazetteer_dir: Path | None):
    from geo import dates, gazetteer, rules, tables

    try:
        for load in (rules.attribution, rules.events, rules.mentions, rules.spelling, rules.ranking):
            load()  # the team's data files: a bad one is one line now, not a traceback later
        dates.timeline()
        gaz = gazetteer.load(gazetteer_dir)
        if gaz.notice:
            print(f"geo: {gaz.notice}", file=sys.stderr)
        return gaz, tables.load()
    except gazetteer.GazetteerError as exc:
        print(f"geo: gazetteer: {exc}", file=sys.stderr)
    except (RulesError, ValueError) as exc:
        print(f"geo: data: {exc}", file=sys.stderr)
    return None, None


def _positive(value: str) -> int:
    if not value.isdigit() or int(value) < 1:
        raise argparse.ArgumentTypeError(f"not a whole number of at least 1: {value!r}")
    return int(value)


def _extract(args) -> int:
    from geo import pipeline, sources

    gaz, tabs = _load(args.gazetteer)
    if gaz is None:
        return 1
    online, fetcher = _online_services(args)
    options = pipeline.Options(args.published, args.all, args.gazetteer, sketch=args.claims)
    _warn_outside_window(args.published)
    items = sources.sources(args.paths, fetcher)
    results = (pipeline.in_processes(items, options, args.workers) if args.workers > 1
               else pipeline.in_this_process(items, options, gaz, tabs, online))
    try:
        with _output(args.out) as out:
            failed, placeless = _write_results(results, args, out)
    except OSError as exc:
        print(f"geo: cannot write {args.out}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    _say_what_was_left(placeless, online)
    return 1 if failed else 0


def _online_services(args):
    """The geocoder and page fetcher ``--online`` asks, or (None, None). The geocoder asks one
    name a second, so it reads with one process."""
    if not args.online:
        return None, None
    from geo.fetch import PageFetcher
    from geo.online import OnlineGeocoder

    if args.workers > 1:
        print("geo: --online asks one name a second; reading with one process", file=sys.stderr)
        args.workers = 1
    return (OnlineGeocoder(config.cache_dir() / "online-geocoder.sqlite"),
            PageFetcher(config.cache_dir() / "pages.sqlite"))


def _write_results(results, args, out) -> tuple[int, list[str]]:
    """Each article's events as it comes (JSONL), or all of them at the end (GeoJSON, claims).
    Returns how many articles failed and the names of those that named no place."""
    from geo import pipeline
    from geo.copies import CopyIndex

    failed, placeless, collected = 0, [], []
    duplicates = pipeline.Duplicates()
    copy_index = CopyIndex() if args.claims else None
    for result in results:
        if result.error:
            print(f"geo: {result.error}", file=sys.stderr)
            failed += 1
            continue
        if not result.events:
            placeless.append(result.name)  # said once at the end, not dropped unseen
        first = duplicates.first_copy(result)
        if first:
            print(f"geo: {result.name}: the same article as {first}; read once", file=sys.stderr)
        elif args.format == "geojson" or args.claims:
            collected.extend(result.events)
            if copy_index is not None and result.sketch is not None:
                copy_index.add_signature(result.name, result.sketch)
        else:
            out.write("".join(JSON_LINE(e.to_dict()) + "\n" for e in result.events))
            out.flush()
    if args.claims:
        from geo.aggregate import group_claims

        claims = group_claims([e.to_dict() for e in collected], copies=copy_index.first_of)
        out.write("".join(JSON_LINE(c.to_record()) + "\n" for c in claims))
    elif args.format == "geojson":
        from geo.export import to_geojson

        out.write(to_geojson(collected, placed_only=False) + "\n")
    return failed, placeless


def _say_what_was_left(placeless: list[str], online) -> None:
    """Articles that named no place, and names the online geocoder could not answer."""
    if placeless:
        shown = ", ".join(placeless[:5]) + (f" and {len(placeless) - 5} more" if len(placeless) > 5 else "")
        print(f"geo: {len(placeless)} articles name no place the map can use: {shown}", file=sys.stderr)
    if online is not None and online.failure:
        print(f"geo: {online.failure}; the names it did not answer stay unresolved and will be asked "
              "again next time", file=sys.stderr)


def _warn_outside_window(published: date | None) -> None:
    from geo.dates import timeline

    window = timeline()
    if published is not None and not (window.start <= published <= window.latest):
        print(f"geo: --published {published} is outside the war window ({window.start} to {window.latest}); "
              "relative dates are resolved against it all the same", file=sys.stderr)


@contextlib.contextmanager
def _output(path: Path | None):
    """Standard output, or a file that appears whole only when everything was written."""
    if path is None:
        yield sys.stdout
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            yield fh
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def _control(args) -> int:
    from geo import pipeline, sources
    from geo.aggregate import claimed_control, group_claims

    gaz, tabs = _load(args.gazetteer)
    if gaz is None:
        return 1
    options = pipeline.Options(args.published, False, args.gazetteer)
    events, failed = [], 0
    for result in pipeline.in_this_process(sources.sources(args.paths), options, gaz, tabs):
        if result.error:
            print(f"geo: {result.error}", file=sys.stderr)
            failed += 1
        events.extend(e.to_dict() for e in result.events)
    print(json.dumps(claimed_control(group_claims(events), args.as_of), ensure_ascii=False))
    return 1 if failed else 0


def _batch(args) -> int:
    from geo import batch, pipeline, sources

    gaz, _ = _load(args.gazetteer)  # a bad gazetteer is one line here, not one per worker
    if gaz is None:
        return 1
    items = list(sources.sources(args.paths))
    options = pipeline.Options(args.published, False, args.gazetteer)
    try:
        summary = batch.run(items, args.out, options, args.scheduler, args.workers, args.partition_size,
                            progress=lambda line: print(line, file=sys.stderr))
    except batch.BatchError as exc:
        print(f"geo: {exc}", file=sys.stderr)
        return 1
    for error in summary.errors:
        print(f"geo: {error['error']}", file=sys.stderr)
    print(f"{summary.articles} articles, {summary.events} events, {len(summary.errors)} unreadable, "
          f"{summary.partitions} partitions ({summary.resumed} done before) in {summary.seconds} s "
          f"-> {args.out}")
    return 1 if summary.errors else 0


def _index(args) -> int:
    import time

    from geo import gazetteer

    directory = Path(args.gazetteer or config.gazetteer_dir())
    started = time.perf_counter()
    try:
        target = gazetteer.index_path(directory, config.cache_dir())
        report = gazetteer.build_index(directory, target)
    except gazetteer.GazetteerError as exc:
        print(f"geo: gazetteer: {exc}", file=sys.stderr)
        return 1
    print(f"indexed {report.rows} places from {directory} in {time.perf_counter() - started:.2f} s "
          f"-> {target}; {len(report.skipped)} rows skipped")
    for line in report.skipped[:20]:
        print(f"  skipped {line}")
    return 0


def _download(args) -> int:
    from geo.download import DownloadError, download_geonames

    try:
        written = download_geonames(args.target)
    except (DownloadError, OSError) as exc:
        print(f"geo: {exc}", file=sys.stderr)
        return 1
    print("downloaded " + ", ".join(str(p) for p in written))
    print(f"use it with: GEO_GAZETTEER_DIR={args.target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
