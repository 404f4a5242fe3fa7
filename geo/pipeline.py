"""Articles in, events out, one article at a time: in this process or in N processes.

Results come back in the order of the input whatever the number of processes, so
``--workers N`` gives the same output as one process.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache
from pathlib import Path

from geo import config, gazetteer
from geo.copies import signature
from geo.dates import timeline
from geo.extract import Event, extract
from geo.gazetteer import Gazetteer
from geo.sources import Source, fingerprint
from geo.tables import Tables
from geo.textio import ArticleError

TEAM_TABLES = {".toml", ".json", ".csv"}
CHUNK = 16  # articles handed to a worker at once: large enough to amortise the hand-over


@dataclass(frozen=True, slots=True)
class Options:
    published: date | None = None
    include_all: bool = False  # also the region and places far from the front
    gazetteer: Path | None = None
    sketch: bool = False  # keep a MinHash of the text (geo.copies): claims then count copies once


@dataclass(frozen=True, slots=True)
class Result:
    name: str
    events: tuple[Event, ...] = ()
    error: str = ""  # one line for the user; the other articles still go on
    fingerprint: str = ""  # the text's, to read an article that arrives twice only once
    url: str = ""
    sketch: object = None  # the text's MinHash (geo.copies.signature) when Options.sketch asks for it


def read_one(source: Source | Path, options: Options, gaz: Gazetteer, tables: Tables, online=None) -> Result:
    """One article's events, or its one-line error."""
    source = source if isinstance(source, Source) else Source(Path(source).name, str(source))
    try:
        article = source.read()
    except ArticleError as exc:
        return Result(source.name, error=str(exc))
    published = options.published or _plausible(article.published)  # the page's own date, if it has one
    result = extract(article.text, gaz, tables, source.name, published, online)
    described = {"article_title": article.title, "article_url": article.url, "outlet": article.site}
    kept = tuple(replace(e, **described) if any(described.values()) else e for e in result.events
                 if options.include_all or e.scope in ("theatre", "elsewhere"))
    sketch = signature(article.text) if options.sketch else None
    return Result(source.name, kept, fingerprint=fingerprint(article.text), url=article.url, sketch=sketch)


def _plausible(declared: date | None) -> date | None:
    """A page's declared date inside the war's window, else None (then the text is read for it):
    metadata of 1900-01-01 or 2099-12-31 is broken, not news."""
    window = timeline()
    if declared is None or not window.covers(declared):
        return None
    return declared


def in_this_process(items: Iterable[Source], options: Options, gaz: Gazetteer, tables: Tables,
                    online=None) -> Iterator[Result]:
    for item in items:
        yield read_one(item, options, gaz, tables, online)


class Duplicates:
    """Articles already read, by their text and their URL: the second copy is read once."""

    def __init__(self) -> None:
        self.seen: dict[str, str] = {}

    def first_copy(self, result: Result) -> str:
        """The name of the article this result repeats, or ""."""
        keys = [k for k in (result.fingerprint, result.url) if k]
        first = next((self.seen[k] for k in keys if k in self.seen), "")
        for k in keys:
            self.seen.setdefault(k, result.name)
        return first


def in_processes(items: Iterable[Source], options: Options, workers: int) -> Iterator[Result]:
    """The same results from ``workers`` processes, in input order."""
    from concurrent.futures import ProcessPoolExecutor  # 15 ms at import that one process never needs

    with ProcessPoolExecutor(workers, initializer=_start_worker, initargs=(options,)) as pool:
        yield from pool.map(_worker_read, items, chunksize=CHUNK)


_WORKER: dict = {}


def _start_worker(options: Options) -> None:
    from geo import gazetteer, tables

    _WORKER.update(options=options, gaz=gazetteer.load(options.gazetteer), tables=tables.load())


def _worker_read(item: Source) -> Result:
    return read_one(item, _WORKER["options"], _WORKER["gaz"], _WORKER["tables"])


def article_records(text: str, gaz: Gazetteer, tables: Tables, name: str, published: date | None,
                    online=None, label: str = "", url: str = "") -> tuple[list[dict], dict]:
    """An article's events as records and its publication date as the app shows and keeps them."""
    result = extract(text, gaz, tables, name, published, online)
    pub = result.published
    info = {"value": pub.value, "source": pub.source, "confidence": pub.confidence,
            "explanation": pub.explanation}
    described = {"article_title": label, "article_url": url} if label or url else {}
    return [{**e.to_dict(), **described} for e in result.events], info


@lru_cache(maxsize=4)
def reading_version(gazetteer_dir: Path, stamp: tuple = ()) -> str:
    """What an article's events depend on besides its text: this package's code, the team's
    tables and the gazetteer dumps. Events cached under one version are never read by another.
    ``stamp`` (geo.gazetteer.stamp) makes a caller notice dumps edited since the last call."""
    digest = hashlib.sha1(gazetteer.fingerprint(gazetteer_dir).encode())
    tables = sorted(p for p in config.team_data_dir().iterdir() if p.suffix in TEAM_TABLES)
    for path in [*sorted(Path(__file__).parent.glob("*.py")), *tables]:
        digest.update(path.name.encode())
        digest.update(hashlib.sha1(path.read_bytes()).digest())
    return digest.hexdigest()[:16]
