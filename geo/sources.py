"""Where articles come from: files, folders (recursively), .zip archives, links, and tables of
scraped articles (.csv or .jsonl, one article a row: ``text`` required; ``published``,
``url``, ``title``, ``outlet`` optional).

A source is small and picklable, so worker processes read it themselves. A table row that
cannot be an article (no text, a date that is not YYYY-MM-DD) is a source carrying its
one-line error, with the row number, and the other rows go on.
"""

from __future__ import annotations

import csv
import hashlib
import json
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from geo.fetch import FetchError, is_url
from geo.textio import ARTICLE_SUFFIXES, MAX_BYTES, ArticleError, ArticleText, read_article, read_bytes, read_page

ARCHIVE_SUFFIXES = (".zip",)
TABLE_SUFFIXES = (".csv", ".jsonl")
INPUT_SUFFIXES = ARTICLE_SUFFIXES + ARCHIVE_SUFFIXES + TABLE_SUFFIXES
MAX_TABLE_BYTES = 200 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class Source:
    name: str  # as events and messages name it: "a.txt", "batch.zip:a.txt", "feed.csv#12"
    path: str
    member: str = ""  # inside a zip
    text: str | None = None  # a table row's article
    published: date | None = None
    url: str = ""
    title: str = ""
    outlet: str = ""
    error: str = ""  # a row that is no article

    def read(self) -> ArticleText:
        """The article, or ArticleError with one line."""
        if self.error:
            raise ArticleError(self.error)
        if self.text is not None:
            return ArticleText(self.text, self.published, self.title, self.outlet, self.url)
        if self.member:
            return _zip_member(Path(self.path), self.member, self.name)
        return read_article(self.path)


def sources(inputs: list[Path | str], fetcher=None) -> Iterator[Source]:
    """Every article the inputs hold, in order: folders sorted and walked recursively; links
    fetched here, one at a time, by ``fetcher`` (a geo.fetch.PageFetcher; None: offline)."""
    for item in inputs:
        if isinstance(item, str) and is_url(item):
            yield _url_source(item, fetcher)
            continue
        path = Path(item)
        if path.is_dir():
            # not only regular files: a pipe or device named like an article is refused with a
            # line by the reader, never skipped unseen
            for found in sorted(p for p in path.rglob("*") if p.suffix.lower() in INPUT_SUFFIXES and not p.is_dir()):
                yield from _of_file(found)
        else:
            yield from _of_file(path)


def _url_source(url: str, fetcher) -> Source:
    if fetcher is None:
        return Source(url, url, url=url, error=f"{url}: reading links is off; add --online to fetch it")
    try:
        article = read_page(fetcher.page(url), url)
    except (FetchError, ArticleError) as exc:
        return Source(url, url, url=url, error=str(exc))
    return Source(url, url, text=article.text, published=article.published, url=article.url or url,
                  title=article.title, outlet=article.site)


def _of_file(path: Path) -> Iterator[Source]:
    suffix = path.suffix.lower()
    if suffix in ARCHIVE_SUFFIXES and path.is_file():
        yield from _zip_sources(path)
    elif suffix in TABLE_SUFFIXES and path.is_file():
        yield from _table_sources(path)
    else:
        yield Source(path.name, str(path))


def _zip_sources(path: Path) -> Iterator[Source]:
    try:
        with zipfile.ZipFile(path) as archive:
            files = [i.filename for i in archive.infolist() if not i.is_dir()]
    except (zipfile.BadZipFile, OSError) as exc:
        yield Source(path.name, str(path), error=f"{path.name}: not a readable zip archive ({exc})")
        return
    members = sorted(f for f in files if f.lower().endswith(ARTICLE_SUFFIXES))
    for member in members:
        yield Source(f"{path.name}:{member}", str(path), member=member)
    skipped = sorted(set(files) - set(members))
    if skipped:  # said, not silently dropped
        shown = ", ".join(skipped[:3]) + (f" and {len(skipped) - 3} more" if len(skipped) > 3 else "")
        yield Source(path.name, str(path), error=f"{path.name}: skipped, not articles (.txt or .html): "
                                                 f"{shown}")


def _zip_member(path: Path, member: str, name: str) -> ArticleText:
    try:
        with zipfile.ZipFile(path) as archive:
            info = archive.getinfo(member)
            if info.file_size > MAX_BYTES:
                raise ArticleError(f"{name}: {info.file_size / 1e6:.1f} MB is too large for an article")
            data = archive.read(member)
    except (zipfile.BadZipFile, KeyError, OSError) as exc:
        raise ArticleError(f"{name}: cannot read from the archive ({exc})") from None
    return read_bytes(data, Path(member).name)


def _table_sources(path: Path) -> Iterator[Source]:
    try:
        if path.stat().st_size > MAX_TABLE_BYTES:
            yield Source(path.name, str(path), error=f"{path.name}: larger than {MAX_TABLE_BYTES // 2**20} MB")
            return
        raw = path.read_bytes()
    except OSError as exc:
        yield Source(path.name, str(path), error=f"{path.name}: cannot read ({exc.strerror or exc})")
        return
    try:
        rows = list(_rows(raw.decode("utf-8-sig"), path.suffix.lower()))
    except (UnicodeDecodeError, csv.Error) as exc:
        yield Source(path.name, str(path), error=f"{path.name}: not a UTF-8 table ({exc})")
        return
    for number, row in rows:
        yield _row_source(path, number, row)


def _rows(text: str, suffix: str) -> Iterator[tuple[int, dict | str]]:
    """(row number, row) pairs; a JSONL line that is no JSON object comes as its error text."""
    if suffix == ".csv":
        for number, row in enumerate(csv.DictReader(text.splitlines(keepends=True)), 2):  # line 1: header
            yield number, row
        return
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            yield number, f"not JSON ({exc.msg})"
            continue
        yield number, row if isinstance(row, dict) else "not a JSON object"


def _row_source(path: Path, number: int, row: dict | str) -> Source:
    name = f"{path.name}#{number}"
    if isinstance(row, str):
        return Source(name, str(path), error=f"{name}: {row}")
    text = str(row.get("text") or "").strip()
    if not text:
        return Source(name, str(path), error=f"{name}: no text in the row")
    published = str(row.get("published") or "").strip()
    try:
        day = date.fromisoformat(published[:10]) if published else None
    except ValueError:
        return Source(name, str(path), error=f"{name}: published {published!r} is not YYYY-MM-DD")
    return Source(name, str(path), text=text, published=day, url=str(row.get("url") or "").strip(),
                  title=str(row.get("title") or "").strip(), outlet=str(row.get("outlet") or "").strip())


def fingerprint(text: str) -> str:
    """The same article whatever its spacing, punctuation or diacritics."""
    from geo.arabic import normalize

    return hashlib.sha1(" ".join(re.findall(r"\w+", normalize(text))).encode()).hexdigest()
