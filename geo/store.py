"""Articles a user added (pasted, uploaded, fetched) and publication dates they corrected.

A reload, a crash or a shared link must not lose them, so they live in SQLite (data/articles.sqlite
by default, GEO_STORE to move it; git-ignored: they are the user's) under an id made from the
text itself: the same article pasted twice, or by two people, is one row, and a link that names
the id finds it in any browser. The interface is these few methods, so a deployment can put a
PostgreSQL-backed class with the same methods in its place.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from geo.sources import fingerprint
from geo.sqlite_file import BUSY_SECONDS, SqliteFile

ID_LENGTH = 12  # hex digits of the text's fingerprint: unique far beyond any collection's size


class StoreError(Exception):
    """The article store cannot be read or written; str() is one line for the user."""


@dataclass(frozen=True, slots=True)
class StoredArticle:
    id: str
    label: str  # the headline, title or first words: what people recognise
    text: str
    source: str  # paste | upload | url
    published: date | None = None  # given by the page or the user
    url: str = ""


def article_id(text: str) -> str:
    return "a" + fingerprint(text)[:ID_LENGTH]


def label_for(text: str, words: int = 8) -> str:
    """The first line's first words: a headline, usually."""
    first = next((line.strip() for line in text.splitlines() if line.strip()), "")
    head = first.split()
    return " ".join(head[:words]) + (" …" if len(head) > words else "")


class ArticleStore(SqliteFile):
    """Articles and date corrections in SQLite (geo.sqlite_file: WAL, a busy timeout, one-line errors)."""

    error = StoreError
    what = "the article store"
    variable = "GEO_STORE"

    def __init__(self, path: Path, busy_seconds: float = BUSY_SECONDS):
        super().__init__(path, (
            "CREATE TABLE IF NOT EXISTS articles (id TEXT PRIMARY KEY, label TEXT, text TEXT, source TEXT, "
            "published TEXT, url TEXT, added REAL)",
            "CREATE TABLE IF NOT EXISTS corrections (article TEXT PRIMARY KEY, published TEXT, at REAL)",
        ), busy_seconds)

    def put(self, text: str, source: str, label: str = "", published: date | None = None,
            url: str = "") -> StoredArticle:
        """Store an article (once: the id is the text's) and return it as stored."""
        article = StoredArticle(article_id(text), label or label_for(text), text, source, published, url)
        self._write("INSERT OR IGNORE INTO articles VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (article.id, article.label, text, source, published.isoformat() if published else None,
                     url, time.time()))
        return self.get(article.id) or article

    def get(self, article: str) -> StoredArticle | None:
        rows = self._read("SELECT id, label, text, source, published, url FROM articles WHERE id = ?", (article,))
        if not rows:
            return None
        id_, label, text, source, published, url = rows[0]
        return StoredArticle(id_, label, text, source, _day(published), url or "")

    def correct_published(self, article: str, published: date | None) -> None:
        """The user's date for an article (any article, the corpus's too); None forgets it."""
        if published is None:
            self._write("DELETE FROM corrections WHERE article = ?", (article,))
        else:
            self._write("INSERT OR REPLACE INTO corrections VALUES (?, ?, ?)",
                        (article, published.isoformat(), time.time()))

    def corrections(self) -> dict[str, date]:
        return {a: d for a, p in self._read("SELECT article, published FROM corrections") if (d := _day(p))}


def _day(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None
