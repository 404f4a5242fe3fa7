"""Articles in, events out, one article at a time: in this process or in N processes.

Results come back in the order of the input whatever the number of processes, so
``--workers N`` gives the same output as one process.
"""

from __future__ import annotations

import hashlib
import json
import multiprocessing
import os
import threading
from collections.abc import Hashable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor, ThreadPoolExecutor
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache
from pathlib import Path

from geo import config, gazetteer
from geo.copies import EXACT_UP_TO, copies, signature
from geo.dates import timeline
from geo.extract import Event, extract
from geo.gazetteer import Gazetteer
from geo.sources import Source, fingerprint
from geo.tables import Tables
from geo.textio import ArticleError

TEAM_TABLES = {".toml", ".json", ".csv"}
CHUNK = 16  # articles handed to a worker at once: large enough to amortise the hand-over
TAIL_WAIT = 20.0  # seconds the caller waits for an article the other process is reading
KEPT_COLLECTIONS = 32  # article collections whose copy groups a server keeps in memory


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


class TailReader:
    """A second process reading a list of articles from its end while the caller reads it from
    the start: a long first read takes about half the time on two cores, and the caller still
    gets every result in order (for its progress bar and its caches).

    ``take(key)`` gives the other process's records of an article when it has read it or is
    reading it, and None when it has not begun: the caller reads that one itself and the other
    process never will. No article is read twice; where the two meet the caller may wait for one.
    """

    def __init__(self, jobs: Sequence[tuple[Hashable, tuple]], gazetteer_dir: Path, cache: Path):
        """``jobs``: (key, (text, name, published, label, url)) in the caller's reading order."""
        self._pool = ProcessPoolExecutor(1, mp_context=_clean_processes(), initializer=_start_tail_worker,
                                         initargs=(gazetteer_dir, cache))
        self._futures: dict[Hashable, Future] = {
            key: self._pool.submit(_tail_read, *job) for key, job in reversed(jobs)
        }

    def take(self, key: Hashable) -> tuple[list[dict], dict] | None:
        future = self._futures.pop(key, None)
        if future is None or future.cancel():
            return None
        try:
            return future.result(timeout=TAIL_WAIT)
        except Exception:  # failed, died or stuck: the caller reads the article itself
            return None

    def close(self) -> None:
        """Stop without waiting: what the other process has not begun is never read."""
        self._pool.shutdown(wait=False, cancel_futures=True)
        self._futures.clear()


def _clean_processes():
    """Processes started clean, never forked from a server that runs other threads."""
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["geo.pipeline"])
    return context


class CopyGroups:
    """The near-copy groups (geo.copies) of article collections, kept on disk under a digest of
    the texts and of the reading version, and found ahead in another process.

    The app needs a collection's groups once its articles are read. Found there, on a first start,
    they cost the reader 0.5 s importing datasketch and scipy and 0.3 s signing 80 texts, while the
    second core is idle: ``ahead()`` starts that work in another process when reading begins, and
    ``groups()`` takes its answer (or finds them itself if that process failed). A collection of
    up to EXACT_UP_TO articles starts no process: ``groups()`` compares it pair by pair at once.
    Thread-safe: one per server, shared by its sessions."""

    def __init__(self, folder: Path, version: str, processes: bool = True):
        self._folder, self._version = folder, version
        self._processes = processes and (os.cpu_count() or 1) >= 2
        self._known: dict[str, dict[str, str]] = {}
        self._pending: dict[str, Future] = {}
        self._lock = threading.Lock()
        self._starter = ThreadPoolExecutor(1, thread_name_prefix="copy-groups")

    def ahead(self, texts: dict[str, str]) -> None:
        """Start finding the groups of ``texts`` elsewhere, unless they are known or kept."""
        if len(texts) <= EXACT_UP_TO:
            return  # compared pair by pair in groups(), sooner than another process starts
        key = self._key(texts)
        with self._lock:
            if not self._processes or key in self._pending or self._recalled(key) is not None:
                return
            # a thread starts the process: a first start of the process server blocks for 0.3 s
            self._pending[key] = self._starter.submit(_copies_in_a_process, texts)

    def groups(self, texts: dict[str, str]) -> dict[str, str]:
        """For every article of ``texts`` that copies an earlier one, the first of its group."""
        key = self._key(texts)
        with self._lock:
            found = self._recalled(key)
            if found is None:
                found = self._from_elsewhere(key)
                found = copies(texts) if found is None else found
                self._keep(key, found)
            return dict(found)

    def _key(self, texts: dict[str, str]) -> str:
        digest = hashlib.sha1(self._version.encode())
        for name, text in texts.items():
            digest.update(hashlib.sha1(f"{name}\0{text}".encode()).digest())
        return digest.hexdigest()

    def _path(self, key: str) -> Path:
        return self._folder / f"{key}.json"

    def _recalled(self, key: str) -> dict[str, str] | None:
        if key not in self._known:
            try:
                self._known[key] = json.loads(self._path(key).read_text(encoding="utf-8"))
            except (OSError, ValueError):
                return None
        return self._known[key]

    def _from_elsewhere(self, key: str) -> dict[str, str] | None:
        future = self._pending.pop(key, None)
        if future is None:
            return None
        try:
            return future.result(timeout=TAIL_WAIT)
        except Exception:  # failed, died or stuck: the caller finds them itself
            return None

    def _keep(self, key: str, found: dict[str, str]) -> None:
        self._known[key] = found
        while len(self._known) > KEPT_COLLECTIONS:
            del self._known[next(iter(self._known))]
        try:
            self._folder.mkdir(parents=True, exist_ok=True)
            partial = self._path(key).with_suffix(f".{os.getpid()}.tmp")
            partial.write_text(json.dumps(found, ensure_ascii=False), encoding="utf-8")
            partial.replace(self._path(key))
        except OSError:
            pass  # an unusable cache folder: kept for this server's life only


def _copies_in_a_process(texts: dict[str, str]) -> dict[str, str]:
    pool = ProcessPoolExecutor(1, mp_context=_clean_processes())
    try:
        return pool.submit(copies, texts).result(timeout=TAIL_WAIT)
    finally:
        pool.shutdown(wait=False)  # the process ends with its one task


def _start_tail_worker(gazetteer_dir: Path, cache: Path) -> None:
    from geo import tables

    _WORKER.update(gaz=gazetteer.load(gazetteer_dir, cache), tables=tables.load())


def _tail_read(text: str, name: str, published: date | None, label: str, url: str) -> tuple[list[dict], dict]:
    return article_records(text, _WORKER["gaz"], _WORKER["tables"], name, published, label=label, url=url)


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
