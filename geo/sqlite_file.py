"""A user's SQLite file (reviews, added articles): WAL so readers never block the writer, a busy
timeout for writers, and every failure as one line the user can act on.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

BUSY_SECONDS = 10  # another process writing: wait this long before saying so


class SqliteFile:
    """Subclasses set ``error`` (an exception class), ``what`` ("the review store") and
    ``variable`` (the environment variable that moves the file), and pass their schema."""

    error: type[Exception] = RuntimeError
    what = "the store"
    variable = ""

    def __init__(self, path: Path, schema: tuple[str, ...], busy_seconds: float = BUSY_SECONDS):
        self.path = path
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(path, check_same_thread=False, timeout=busy_seconds)
            self._db.execute("PRAGMA journal_mode=WAL")
            with self._db:
                for statement in schema:
                    self._db.execute(statement)
        except (sqlite3.Error, OSError) as exc:
            raise self.error(f"{self.what} {path} cannot be used ({exc}); "
                             f"move it away or set {self.variable} to another file") from None

    def _write(self, sql: str, values: tuple, failure: str = "not saved") -> None:
        """One change written, or the subclass's error: the caller keeps what it had and says so."""
        try:
            with self._db:
                self._db.execute(sql, values)
        except sqlite3.Error as exc:
            raise self.error(f"{failure}: {exc} (another program holds {self.path.name}?); try again") from None

    def _read(self, sql: str, values: tuple = ()) -> list[tuple]:
        try:
            return self._db.execute(sql, values).fetchall()
        except sqlite3.Error as exc:
            raise self.error(f"{self.what} {self.path} cannot be read ({exc})") from None
