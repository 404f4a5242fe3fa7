"""Reading articles: UTF-8 text or HTML pages, with one-line errors for anything else."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

MAX_BYTES = 5 * 1024 * 1024  # a news article is a few kB; 5 MB is a dump, not an article
ARTICLE_SUFFIXES = (".txt", ".html", ".htm")


class ArticleError(Exception):
    """An article that cannot be read; str() is a one-line message for the user."""


@dataclass(frozen=True, slots=True)
class ArticleText:
    text: str
    published: date | None = None  # from the page's metadata, when it is an HTML page


_PUBLISHED_META = re.compile(
    r"""(?:property|name|itemprop)\s*=\s*["'](?:article:published_time|og:published_time|"""
    r"""datePublished|pubdate|publish-date|date)["'][^>]*?content\s*=\s*["'](\d{4}-\d{2}-\d{2})"""
    r"""|content\s*=\s*["'](\d{4}-\d{2}-\d{2})[^"']*["'][^>]*?(?:property|name|itemprop)\s*=\s*"""
    r"""["'](?:article:published_time|og:published_time|datePublished)["']"""
    r"""|"datePublished"\s*:\s*"(\d{4}-\d{2}-\d{2})"""
    r"""|<time[^>]+datetime\s*=\s*["'](\d{4}-\d{2}-\d{2})""",
    re.IGNORECASE,
)


def html_published(page: str) -> date | None:
    """The publication date a news page declares (meta article:published_time, JSON-LD
    datePublished, or the first <time datetime>)."""
    m = _PUBLISHED_META.search(page)
    if not m:
        return None
    try:
        return date.fromisoformat(next(g for g in m.groups() if g))
    except ValueError:
        return None


def read_article(path: Path | str, max_bytes: int = MAX_BYTES) -> ArticleText:
    """An article file's text and, for HTML pages, the date their metadata declares."""
    path = Path(path)
    text = read_article_file(path, max_bytes)
    published = None
    if path.suffix.lower() in (".html", ".htm"):
        published = html_published(path.read_bytes().decode("utf-8-sig", errors="replace"))
    return ArticleText(text, published)


def read_article_file(path: Path | str, max_bytes: int = MAX_BYTES) -> str:
    path = Path(path)
    if path.is_dir():
        raise ArticleError(f"{path}: is a folder, not an article file")
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise ArticleError(f"{path}: no such file") from None
    except OSError as exc:
        raise ArticleError(f"{path}: cannot read ({exc.strerror or exc})") from None
    return decode_article(data, path.name, max_bytes)


def decode_article(data: bytes, name: str = "article", max_bytes: int = MAX_BYTES) -> str:
    """Bytes of an upload or file to plain article text (HTML stripped)."""
    if len(data) > max_bytes:
        raise ArticleError(
            f"{name}: {len(data) / 1e6:.1f} MB is too large for an article (limit {max_bytes / 1e6:.0f} MB)"
        )
    if not data.strip():
        raise ArticleError(f"{name}: the file is empty")
    if b"\x00" in data[:8192] or _looks_binary(data[:8192]):
        raise ArticleError(f"{name}: binary file, not text (save the article as UTF-8 .txt or .html)")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ArticleError(
            f"{name}: not UTF-8 text (byte {exc.start}); re-save the article as UTF-8"
        ) from None
    if name.lower().endswith((".html", ".htm")) or _looks_html(text):
        text = html_to_text(text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise ArticleError(f"{name}: no text left after removing markup")
    return text


def _looks_binary(head: bytes) -> bool:
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 13))
    return controls > len(head) * 0.05


def _looks_html(text: str) -> bool:
    head = text[:2000].lower()
    return "<html" in head or "<!doctype html" in head or bool(re.search(r"<(p|div|body)[\s>]", head))


class _TextExtractor(HTMLParser):
    SKIP = {"script", "style", "noscript", "template", "svg", "head"}
    BLOCK = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "blockquote",
             "section", "article", "header", "footer", "title"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.skipping += 1
        elif tag in self.BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in self.SKIP and self.skipping:
            self.skipping -= 1
        elif tag in self.BLOCK:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.skipping:
            self.parts.append(data)


def html_to_text(page: str) -> str:
    """Visible text of an HTML page; scripts, styles and markup dropped."""
    parser = _TextExtractor()
    parser.feed(page)
    parser.close()
    text = html.unescape("".join(parser.parts))
    lines = [re.sub(r"[ \t\u00a0]+", " ", line).strip() for line in text.split("\n")]
    return "\n".join(line for line in lines if line)


def article_paths(paths: list[Path]) -> list[Path]:
    """Files named on the command line; a folder stands for its .txt/.html files."""
    out: list[Path] = []
    for path in paths:
        if path.is_dir():
            out.extend(sorted(p for p in path.iterdir() if p.suffix.lower() in ARTICLE_SUFFIXES))
        else:
            out.append(path)
    return out
