"""Reading articles: text in any encoding the Arabic press uses, and saved web pages.

Text: UTF-8 first; otherwise the encoding is detected with charset-normalizer (windows-1256,
ISO-8859-6, UTF-16 with or without BOM) and reported. Web pages: trafilatura finds the main
text, title, site name, canonical URL and declared publication date, leaving menus, "read
also" lists and footers out; a page with no main content falls back to all its visible text,
with a note. Plain text holding a page's entities (&nbsp;, &quot;) reads them as their
characters, and markdown's bold and headings as plain words. Anything else is refused with one
line.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

MAX_BYTES = 5 * 1024 * 1024  # a news article is a few kB; 5 MB is a dump, not an article
ARTICLE_SUFFIXES = (".txt", ".html", ".htm")
KNOWN_ENCODINGS = ["cp1256", "iso8859_6", "utf_16_le", "utf_16_be", "cp1252"]


class ArticleError(Exception):
    """An article that cannot be read; str() is a one-line message for the user."""


@dataclass(frozen=True, slots=True)
class ArticleText:
    text: str
    published: date | None = None  # from the page's metadata, when it is an HTML page
    title: str = ""
    site: str = ""
    url: str = ""
    encoding: str = "utf-8"
    note: str = ""  # how the text was found, when it is worth saying ("no main content ...")


def html_published(page: str) -> date | None:
    """The publication date a page declares (meta article:published_time, JSON-LD
    datePublished, <time datetime>), read by htmldate with lxml: linear on any page, and no
    guessing from dates in the prose."""
    from htmldate import find_date

    if "<html" not in page[:2000].lower():
        page = f"<html><head>{page}</head><body><p></p></body></html>"  # a fragment of a page's head
    try:
        return _iso(find_date(page, extensive_search=False, original_date=True))
    except (ValueError, TypeError):
        return None


def read_article(path: Path | str, max_bytes: int = MAX_BYTES) -> ArticleText:
    """An article file's text and, for web pages, their title, site, URL and declared date."""
    path = Path(path)
    return read_bytes(_file_bytes(path, max_bytes), path.name, max_bytes)


def read_article_file(path: Path | str, max_bytes: int = MAX_BYTES) -> str:
    return read_article(path, max_bytes).text


def _file_bytes(path: Path, max_bytes: int) -> bytes:
    """At most ``max_bytes`` + 1 bytes of a regular file: a 100 MB dump, a FIFO or /dev/zero
    is refused without being read whole (or waited on)."""
    if path.is_dir():
        raise ArticleError(f"{path}: is a folder, not an article file")
    try:
        if path.exists() and not path.is_file():
            raise ArticleError(f"{path}: not a regular file")
        with open(path, "rb") as fh:
            return fh.read(max_bytes + 1)
    except FileNotFoundError:
        raise ArticleError(f"{path}: no such file") from None
    except OSError as exc:
        raise ArticleError(f"{path}: cannot read ({exc.strerror or exc})") from None


def decode_article(data: bytes, name: str = "article", max_bytes: int = MAX_BYTES) -> str:
    """Bytes of an upload or file to plain article text (pages reduced to their main text)."""
    return read_bytes(data, name, max_bytes).text


def read_bytes(data: bytes, name: str = "article", max_bytes: int = MAX_BYTES) -> ArticleText:
    """Bytes of an upload or file to an article: decoded, and a web page reduced to its article."""
    text, encoding = decode_text(data, name, max_bytes)
    if name.lower().endswith((".html", ".htm")) or _looks_html(text):
        article = read_page(text, name)
        return ArticleText(article.text, article.published, article.title, article.site, article.url,
                           encoding, article.note)
    text = plain_text(text)
    if not text.strip():
        raise ArticleError(f"{name}: the file is empty")
    return ArticleText(text, encoding=encoding)


_ENTITY = re.compile(r"&(?:[a-zA-Z]{2,8}|#\d{2,6}|#[xX][0-9a-fA-F]{2,5});")
_MARKDOWN = re.compile(r"\*\*|__|(?m:^[ \t]*#{1,6}[ \t]+)")  # bold, and a heading's hashes (not a #hashtag)


def plain_text(text: str) -> str:
    """Article text as every reader takes it: one kind of line break, the entities of a page a
    CMS exported or a scraper saved in it ("وزارة&nbsp;الدفاع", "&quot;حررنا&quot;") read as the
    characters they stand for, and the bold and headings of a note or a messenger's copy
    ("**عاجل**", "# العنوان") as plain words."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = html.unescape(text) if _ENTITY.search(text) else text
    return _MARKDOWN.sub("", text) if "**" in text or "__" in text or "#" in text else text


def decode_text(data: bytes, name: str = "article", max_bytes: int = MAX_BYTES) -> tuple[str, str]:
    """Text and the encoding it was in: UTF-8 first, then what charset-normalizer finds."""
    if len(data) > max_bytes:
        raise ArticleError(
            f"{name}: {len(data) / 1e6:.1f} MB is too large for an article (limit {max_bytes / 1e6:.0f} MB)"
        )
    if not data.strip():
        raise ArticleError(f"{name}: the file is empty")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _decoded(data.decode("utf-16"), "utf-16", name)
    if b"\x00" in data[:4096]:
        side = _utf16_side(data)
        if side is None:
            raise ArticleError(f"{name}: binary file, not text (save the article as UTF-8 .txt or .html)")
        try:
            return _decoded(data.decode(side), side, name)
        except UnicodeDecodeError:
            raise ArticleError(f"{name}: binary file, not text (save the article as UTF-8 .txt or .html)") from None
    try:
        return _decoded(data.decode("utf-8-sig"), "utf-8", name)
    except UnicodeDecodeError:
        pass
    mended = _mostly_utf8(data)
    if mended is not None:
        return _decoded(mended, "utf-8 (a few bad bytes replaced)", name)
    if _looks_binary(data[:8192]):
        raise ArticleError(f"{name}: binary file, not text (save the article as UTF-8 .txt or .html)")
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=KNOWN_ENCODINGS).best()
    if best is None:
        raise ArticleError(f"{name}: not text in an encoding the Arabic press uses ({', '.join(KNOWN_ENCODINGS)})")
    return _decoded(str(best), best.encoding, name)


MAX_BAD_SHARE = 0.005  # UTF-8 text with at most this share of broken characters is still the article


def _mostly_utf8(data: bytes) -> str | None:
    """UTF-8 text with a few broken bytes (a truncated copy, a stray byte), mended with spaces;
    None when too much is broken for it to be UTF-8 at all."""
    text = data.decode("utf-8", errors="replace").lstrip("\ufeff")
    bad = text.count("\ufffd")
    if bad > max(3, len(text) * MAX_BAD_SHARE):
        return None
    return text.replace("\ufffd", " ")


def _decoded(text: str, encoding: str, name: str) -> tuple[str, str]:
    if "\x00" in text:
        raise ArticleError(f"{name}: binary file, not text (it holds NUL bytes)")
    return text, encoding


def _utf16_side(data: bytes) -> str | None:
    """"utf-16-le" or "utf-16-be" for UTF-16 text without a BOM (NUL bytes on one side only:
    the high byte of Latin letters, spaces and digits), else None (a binary file)."""
    head = data[:4096]
    even = head[0::2].count(0) / max(1, len(head[0::2]))
    odd = head[1::2].count(0) / max(1, len(head[1::2]))
    if odd > 0.05 and even < 0.01:
        return "utf-16-le"
    if even > 0.05 and odd < 0.01:
        return "utf-16-be"
    return None


def read_page(page: str, name: str = "page") -> ArticleText:
    """A saved web page's article: main text and metadata by trafilatura; with no main content
    found, all its visible text, with a note saying so."""
    import trafilatura

    found = trafilatura.bare_extraction(
        page, with_metadata=True, include_comments=False, include_tables=False, fast=True,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    published = _iso(getattr(found, "date", None))
    if found is not None and (found.text or "").strip():
        return ArticleText(found.text.strip(), published, found.title or "", found.sitename or "", found.url or "")
    text = html_to_text(page)
    if not text.strip():
        raise ArticleError(f"{name}: no text left after removing markup")
    return ArticleText(text, published, note="no main content found: the whole visible text was read")


def _iso(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


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
