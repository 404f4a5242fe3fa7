"""Command line: python -m geo extract | index | download.

    python -m geo extract PATH... [--published YYYY-MM-DD] [--format jsonl|geojson] [--out FILE]

Unreadable files are reported on stderr, one line each, and the others are still processed;
the exit status is 1 when any file could not be read, 2 for a usage error.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from datetime import date
from pathlib import Path

from geo import config


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m geo", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)

    ex = sub.add_parser("extract", help="events from article files (UTF-8 .txt or .html)")
    ex.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    ex.add_argument("--published", type=_iso_date, help="publication date of the articles")
    ex.add_argument("--format", choices=("jsonl", "geojson"), default="jsonl")
    ex.add_argument("--out", type=Path, help="write here instead of standard output")
    ex.add_argument("--gazetteer", type=Path, help=f"GeoNames folder (default {config.gazetteer_dir()})")
    ex.add_argument("--all", action="store_true",
                    help="also print mentions of Karabakh as a whole and of places far from the front "
                         "(countries, capitals such as Moscow or Baku as a seat of government), "
                         "marked scope=region|distant; by default only the map's places are printed")
    ex.add_argument("--online", action="store_true",
                    help="ask Nominatim (OpenStreetMap) for names the gazetteer cannot place; "
                         "one request a second, answers cached in the cache folder")

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
        return _download(args)
    except KeyboardInterrupt:
        print("geo: interrupted", file=sys.stderr)
        return 130


def _iso_date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date in YYYY-MM-DD form: {value!r}") from None


def _load(gazetteer_dir: Path | None):
    from geo import gazetteer, tables

    try:
        return gazetteer.load(gazetteer_dir), tables.load()
    except gazetteer.GazetteerError as exc:
        print(f"geo: gazetteer: {exc}", file=sys.stderr)
        return None, None


def _extract(args) -> int:
    from geo.export import to_geojson
    from geo.extract import extract
    from geo.textio import ArticleError, article_paths, read_article

    gaz, tabs = _load(args.gazetteer)
    if gaz is None:
        return 1
    online = None
    if args.online:
        from geo.online import OnlineGeocoder

        online = OnlineGeocoder(config.cache_dir() / "online-geocoder.sqlite")
    failed = 0
    events = []
    for path in article_paths(args.paths):
        try:
            article = read_article(path)
        except ArticleError as exc:
            print(f"geo: {exc}", file=sys.stderr)
            failed += 1
            continue
        published = args.published or article.published  # the page's own date, if it has one
        result = extract(article.text, gaz, tabs, path.name, published, online)
        events.extend(e for e in result.events if args.all or e.scope in ("theatre", "elsewhere"))
    if args.format == "geojson":
        output = to_geojson(events, placed_only=False) + "\n"
    else:
        output = "".join(json.dumps(e.to_dict(), ensure_ascii=False) + "\n" for e in events)
    if args.out:
        try:
            _write_atomic(args.out, output)
        except OSError as exc:
            print(f"geo: cannot write {args.out}: {exc.strerror or exc}", file=sys.stderr)
            return 1
    else:
        sys.stdout.write(output)
    return 1 if failed else 0


def _write_atomic(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(text)
    os.replace(tmp, path)


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
