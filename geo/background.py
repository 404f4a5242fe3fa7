"""Work the app starts ahead in other processes while a session reads: the second half of a long
list of articles, and the near-copy groups of a collection. Kept apart from geo.pipeline, whose
every CLI run would otherwise import multiprocessing for nothing."""

from __future__ import annotations

import hashlib
import json
import multiprocessing
import os
import threading
from collections.abc import Hashable, Sequence
from concurrent.futures import Future, ProcessPoolExecutor, ThreadPoolExecutor
from datetime import date
from pathlib import Path

from geo import gazetteer
from geo.copies import EXACT_UP_TO, copies
from geo.pipeline import article_records

TAIL_WAIT = 20.0  # seconds the caller waits for an article the other process is reading
KEPT_COLLECTIONS = 32  # article collections whose copy groups a server keeps in memory

_WORKER: dict = {}  # the other process's gazetteer and tables, loaded once when it starts


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
    context.set_forkserver_preload(["geo.background"])
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
