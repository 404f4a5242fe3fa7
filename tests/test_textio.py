from __future__ import annotations

import pytest

from geo.textio import ArticleError, decode_article, read_article_file


def test_html_page_is_stripped_of_scripts_and_markup():
    page = ("<html><head><title>t</title><script>var x = 'قرية وهمية';</script></head>"
            "<body><p>قصفت القوات مدينة ترتر.</p><style>p{}</style><p>وأعلن &quot;الجيش&quot;</p>"
            "</body></html>")
    text = decode_article(page.encode(), "page.html")
    assert "قصفت القوات مدينة ترتر." in text and 'وأعلن "الجيش"' in text
    assert "var x" not in text and "p{}" not in text and "<p>" not in text


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty"),
        (b"   \n\t ", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        ("قصف مدينة".encode("cp1256"), "not UTF-8"),
        (b"<html><script>alert(1)</script></html>", "no text left"),
    ],
)
def test_bad_articles_give_one_line_errors(data, message):
    with pytest.raises(ArticleError, match=message) as err:
        decode_article(data, "a.txt" if b"<html" not in data else "a.html")
    assert "\n" not in str(err.value)


def test_oversized_upload_is_refused():
    with pytest.raises(ArticleError, match="too large"):
        decode_article(b"a" * 2_000_001, "big.txt", max_bytes=2_000_000)


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(ArticleError, match="no such file"):
        read_article_file(tmp_path / "nope.txt")
    with pytest.raises(ArticleError, match="is a folder"):
        read_article_file(tmp_path)


def test_utf8_with_bom_and_crlf(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes("\ufeffسطر أول\r\nسطر ثان".encode())
    assert read_article_file(path) == "سطر أول\nسطر ثان"


def test_html_pages_declare_their_date(tmp_path):
    from datetime import date

    from geo.textio import html_published, read_article

    meta = '<meta property="article:published_time" content="2020-11-02T09:00:00+03:00">'
    assert html_published(meta) == date(2020, 11, 2)
    assert html_published('<meta content="2020-10-15T10:00" property="og:published_time"/>') == date(2020, 10, 15)
    json_ld = '<script type="application/ld+json">{"datePublished": "2020-10-31T08:00"}</script>'
    assert html_published(json_ld) == date(2020, 10, 31)
    assert html_published('<time datetime="2020-10-01">1 أكتوبر</time>') == date(2020, 10, 1)
    assert html_published("<p>لا تاريخ</p>") is None
    page = tmp_path / "a.html"
    page.write_text('<html><head><meta name="pubdate" content="2020-11-05"></head>'
                    "<body><p>قصفت القوات مدينة ترتر.</p></body></html>", encoding="utf-8")
    article = read_article(page)
    assert article.published == date(2020, 11, 5) and "ترتر" in article.text
