"""Articles in, events out, one article at a time: in this process or in N processes.

Results come back in the order of the input whatever the number of processes, so
``--workers N`` gives the same output as one process.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from geo import textio
from geo.extract import Event, extract
from geo.gazetteer import Gazetteer
from geo.tables import Tables

CHUNK = 16  # articles handed to a worker at once: large enough to amortise the hand-over


@dataclass(frozen=True, slots=True)
class Options:
    published: date | None = None
    include_all: bool = False  # also the region and places far from the front
    gazetteer: Path | None = None


@dataclass(frozen=True, slots=True)
class Result:
    path: str
    events: tuple[Event, ...] = ()
    error: str = ""  # one line for the user; the other articles still go on


def read_one(path: Path, options: Options, gaz: Gazetteer, tables: Tables, online=None) -> Result:
    """One article file's events, or its one-line error."""
    try:
        article = textio.read_article(path)
    except textio.ArticleError as exc:
        return Result(str(path), error=str(exc))
    published = options.published or article.published  # the page's own date, if it has one
    result = extract(article.text, gaz, tables, path.name, published, online)
    kept = tuple(e for e in result.events if options.include_all or e.scope in ("theatre", "elsewhere"))
    return Result(str(path), kept)


def in_this_process(paths: Iterable[Path], options: Options, gaz: Gazetteer, tables: Tables,
                    online=None) -> Iterator[Result]:
    for path in paths:
        yield read_one(path, options, gaz, tables, online)


def in_processes(paths: Iterable[Path], options: Options, workers: int) -> Iterator[Result]:
    """The same results from ``workers`` processes, in input order."""
    with ProcessPoolExecutor(workers, initializer=_start_worker, initargs=(options,)) as pool:
        yield from pool.map(_worker_read, paths, chunksize=CHUNK)


_WORKER: dict = {}


def _start_worker(options: Options) -> None:
    from geo import gazetteer, tables

    _WORKER.update(options=options, gaz=gazetteer.load(options.gazetteer), tables=tables.load())


def _worker_read(path: Path) -> Result:
    return read_one(path, _WORKER["options"], _WORKER["gaz"], _WORKER["tables"])
