"""Articles by URL with a fake fetcher: no test reaches the network."""

from __future__ import annotations

import pytest

from geo.fetch import FetchError, PageFetcher
from geo.sources import sources

PAGE = ("<html><head><title>قصف ترتر</title><meta property='article:published_time' content='2020-10-05'>"
        "</head><body><nav>الرئيسية</nav><article><p>قصفت القوات الأرمينية مدينة ترتر اليوم بالصواريخ، "
        "وقال السكان إن القصف استمر حتى الفجر.</p></article></body></html>")


def test_pages_are_fetched_once_one_at_a_time_and_cached(tmp_path):
    asked = []
    fetcher = PageFetcher(tmp_path / "pages.sqlite", lambda url: asked.append(url) or (200, PAGE),
                          min_delay_seconds=0)
    [item] = list(sources(["https://example.org/a"], fetcher))
    article = item.read()
    assert "قصفت القوات الأرمينية مدينة ترتر" in article.text
    assert article.published.isoformat() == "2020-10-05" and article.url == "https://example.org/a"
    again = PageFetcher(tmp_path / "pages.sqlite", lambda url: asked.append(url) or (200, PAGE))
    again.page("https://example.org/a")
    assert asked == ["https://example.org/a"]  # the second fetcher answered from the cache


def test_no_page_is_one_line_and_is_not_cached(tmp_path):
    answers = iter([None, (404, ""), (200, PAGE)])
    fetcher = PageFetcher(tmp_path / "pages.sqlite", lambda url: next(answers), min_delay_seconds=0)
    with pytest.raises(FetchError, match="no answer"):
        fetcher.page("https://example.org/a")
    with pytest.raises(FetchError, match="answered 404"):
        fetcher.page("https://example.org/a")
    assert "ترتر" in fetcher.page("https://example.org/a")  # asked again each time: failures not stored


def test_without_online_a_link_is_one_clear_line():
    [item] = list(sources(["https://example.org/a"]))
    assert item.error == "https://example.org/a: reading links is off; add --online to fetch it"
