"""Archives that outgrow one machine: the same extraction on Dask, partitioned GeoParquet out.

    python -m geo batch INPUTS... --out DIR [--published DATE] [--scheduler ADDRESS]

The articles are cut into partitions of a fixed number of files, in input order. Each
partition is one task: a worker reads its articles with the one-process pipeline and writes
``part-NNNNN-<hash>.parquet`` (GeoParquet, one row per event, ``article_index`` keeping the
input order), then a small ``.json`` receipt beside it. A partition whose receipt exists is
done, so a run that failed half-way is resumed by running the same command again. A run
summary (articles, events, errors by file) is written to ``DIR/summary.json``.

Without ``--scheduler`` a LocalCluster of ``--workers`` processes runs on this machine; with
it, an existing dask.distributed scheduler (``tcp://host:8786``) takes the tasks.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from geo import pipeline
from geo.sources import Source

PARTITION_SIZE = 100  # articles a task: large enough that scheduling is cheap, small enough to resume


@dataclass(frozen=True, slots=True)
class Partition:
    index: int
    first_article: int  # the index of its first article in the whole input
    items: tuple[Source, ...]

    @property
    def name(self) -> str:
        digest = hashlib.sha1("\n".join(i.name for i in self.items).encode()).hexdigest()[:8]
        return f"part-{self.index:05d}-{digest}"


@dataclass
class Summary:
    articles: int = 0
    events: int = 0
    partitions: int = 0
    resumed: int = 0  # partitions already done by an earlier run
    errors: list[dict] = field(default_factory=list)  # {"path", "error"}
    seconds: float = 0.0
    scheduler: str = ""

    def to_json(self) -> str:
        return json.dumps(self.__dict__, ensure_ascii=False, indent=1)


class BatchError(Exception):
    """A batch that cannot start (no scheduler, unwritable folder); str() is one line."""


def partitions(items: list[Source], size: int = PARTITION_SIZE) -> list[Partition]:
    return [Partition(i, start, tuple(items[start : start + size]))
            for i, start in enumerate(range(0, len(items), size))]


def run(items: list[Source], out: Path, options: pipeline.Options, scheduler: str | None = None,
        workers: int = 2, size: int = PARTITION_SIZE,
        progress: Callable[[str], None] = lambda line: None) -> Summary:
    """Extract every article on Dask; write the partitions and the summary under ``out``."""
    started = time.perf_counter()
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise BatchError(f"cannot create {out}: {exc.strerror or exc}") from None
    todo = partitions(items, size)
    summary = Summary(partitions=len(todo))
    pending = []
    for part in todo:
        receipt = _receipt(out, part)
        if receipt is not None:
            _add(summary, receipt)
            summary.resumed += 1
        else:
            pending.append(part)
    if pending:
        with _client(scheduler, workers) as client:
            summary.scheduler = scheduler or f"LocalCluster({workers} processes)"
            _compute(client, pending, out, options, summary, progress)
    summary.seconds = round(time.perf_counter() - started, 2)
    _write_atomic(out / "summary.json", summary.to_json())
    return summary


def _compute(client, pending: list[Partition], out: Path, options, summary: Summary, progress) -> None:
    from dask.distributed import as_completed

    futures = client.map(run_partition, pending, out=str(out), options=options, pure=False)
    for done, future in enumerate(as_completed(futures), 1):
        receipt = future.result()
        _add(summary, receipt)
        progress(f"partition {done}/{len(pending)}: {receipt['articles']} articles, {receipt['events']} events"
                 + (f", {len(receipt['errors'])} unreadable" if receipt["errors"] else ""))


class _client:
    """A dask.distributed Client on a given scheduler or on a LocalCluster made for the run."""

    def __init__(self, scheduler: str | None, workers: int):
        self.scheduler, self.workers = scheduler, workers
        self.cluster = self.client = None

    def __enter__(self):
        from dask.distributed import Client, LocalCluster

        try:
            if self.scheduler:
                self.client = Client(self.scheduler, timeout="10s")
            else:
                self.cluster = LocalCluster(n_workers=self.workers, threads_per_worker=1, processes=True,
                                            dashboard_address=None)
                self.client = Client(self.cluster)
        except (OSError, TimeoutError) as exc:
            raise BatchError(f"no Dask scheduler at {self.scheduler}: {exc}") from None
        return self.client

    def __exit__(self, *exc_info):
        if self.client is not None:
            self.client.close()
        if self.cluster is not None:
            self.cluster.close()


def run_partition(part: Partition, out: str, options: pipeline.Options) -> dict:
    """One task: read the partition's articles, write its GeoParquet and then its receipt."""
    from geo.export import to_geodataframe

    gaz, tables = _worker_state(options)
    events, rows, errors = [], [], []
    for offset, item in enumerate(part.items):
        result = pipeline.read_one(item, options, gaz, tables)
        if result.error:
            errors.append({"path": item.name, "error": result.error})
        events.extend(result.events)
        rows.extend([part.first_article + offset] * len(result.events))
    frame = to_geodataframe(events, placed_only=False)
    frame["article_index"] = rows
    frame["event_index"] = range(len(rows))
    target = Path(out) / f"{part.name}.parquet"
    fd, tmp = tempfile.mkstemp(dir=out, prefix=part.name, suffix=".tmp")
    os.close(fd)
    try:
        frame.to_parquet(tmp)
        os.replace(tmp, target)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    receipt = {"partition": part.name, "articles": len(part.items), "events": len(events), "errors": errors}
    _write_atomic(Path(out) / f"{part.name}.json", json.dumps(receipt, ensure_ascii=False))
    return receipt


_STATE: dict = {}


def _worker_state(options: pipeline.Options):
    """The gazetteer and tables, loaded once per worker process."""
    key = str(options.gazetteer)
    if key not in _STATE:
        from geo import gazetteer, tables

        _STATE[key] = (gazetteer.load(options.gazetteer), tables.load())
    return _STATE[key]


def _receipt(out: Path, part: Partition) -> dict | None:
    receipt, parquet = out / f"{part.name}.json", out / f"{part.name}.parquet"
    if not (receipt.is_file() and parquet.is_file()):
        return None
    try:
        return json.loads(receipt.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None  # a damaged receipt: the partition is done again


def _add(summary: Summary, receipt: dict) -> None:
    summary.articles += receipt["articles"]
    summary.events += receipt["events"]
    summary.errors.extend(receipt["errors"])


def _write_atomic(path: Path, text: str) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(text)
    os.replace(tmp, path)


def read_events(out: Path):
    """All events a batch wrote, in input order, as one GeoDataFrame."""
    import geopandas as gpd
    import pandas as pd

    parts = sorted(out.glob("part-*.parquet"))
    if not parts:
        return gpd.GeoDataFrame()
    frame = pd.concat([gpd.read_parquet(p) for p in parts], ignore_index=True)
    return frame.sort_values(["article_index", "event_index"], kind="stable").reset_index(drop=True)
