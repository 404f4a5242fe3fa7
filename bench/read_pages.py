"""Seconds per MB to read web pages into article text (trafilatura, encodings), on pages that look
real and on hostile ones. Target: 0.5 s per MB or less.

    python bench/read_pages.py

Real-looking pages wrap each dev article of ../shared/corpus in a news site's chrome (menus,
"read also" lists, cookie banner, JSON-LD and Open Graph metadata, footer), made on the fly.
Hostile pages: 20,000 unterminated <meta> tags; 5,000 nested <div>s; one 2 MB text node.
"""

from __future__ import annotations

import html
import time

from geo import config
from geo.textio import read_bytes

CHROME = ("<!doctype html><html lang='ar'><head><title>{title} | موقع</title>"
          "<meta property='og:site_name' content='موقع الأخبار'>"
          "<meta property='article:published_time' content='2020-10-20T08:00:00+03:00'>"
          "<script type='application/ld+json'>{{\"@type\": \"NewsArticle\", \"datePublished\": \"2020-10-20\"}}"
          "</script><style>body{{font-family:sans-serif}}</style></head><body>"
          "<div class='cookies'>نستخدم ملفات تعريف الارتباط. موافق</div>"
          "<nav><ul>" + "<li><a href='/s{i}'>قسم {i}</a></li>" * 1 + "</ul></nav>"
          "<article><h1>{title}</h1>{paragraphs}</article>"
          "<aside><h3>اقرأ أيضا</h3><ul>{teasers}</ul></aside>"
          "<footer>جميع الحقوق محفوظة</footer><script>var ads = [1, 2, 3];</script></body></html>")


def real_pages() -> list[bytes]:
    pages = []
    for path in sorted((config.SHARED / "corpus" / "dev").glob("*.txt")):
        lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        paragraphs = "".join(f"<p>{html.escape(line)}</p>" for line in lines[1:])
        teasers = "".join(f"<li><a href='/n{k}'>{html.escape(lines[0][:60])}</a></li>" for k in range(8))
        pages.append(CHROME.format(title=html.escape(lines[0][:80]), paragraphs=paragraphs, teasers=teasers,
                                   i=1).encode("utf-8"))
    return pages


def hostile_pages() -> dict[str, bytes]:
    return {
        "unterminated meta": ("<html><head>" + '<meta content="2020-10-10"' * 20_000
                              + "</head><body><p>قصفت القوات مدينة ترتر.</p></body></html>").encode(),
        "5,000 nested divs": ("<html><body>" + "<div>" * 5000 + "<p>قصفت القوات مدينة ترتر.</p>"
                              + "</div>" * 5000 + "</body></html>").encode(),
        "one 2 MB text node": ("<html><body><p>" + "قصف مدينة ترتر " * 140_000 + "</p></body></html>").encode(),
    }


def seconds_per_mb(pages: list[bytes]) -> tuple[float, float]:
    started = time.perf_counter()
    for page in pages:
        read_bytes(page, "page.html")
    seconds = time.perf_counter() - started
    megabytes = sum(map(len, pages)) / 1e6
    return seconds / megabytes, megabytes


def main() -> None:
    read_bytes(b"<html><body><p>warm up</p></body></html>", "w.html")  # imports, not the reading
    rate, size = seconds_per_mb(real_pages())
    print(f"real-looking pages      {size:5.2f} MB  {rate:5.2f} s/MB")
    for name, page in hostile_pages().items():
        rate, size = seconds_per_mb([page])
        print(f"{name:22}  {size:5.2f} MB  {rate:5.2f} s/MB")


if __name__ == "__main__":
    main()
