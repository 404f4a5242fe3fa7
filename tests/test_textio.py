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


ARTICLE = ("قال الرئيس الأذربيجاني اليوم إن الجيش حرر قرى ميراك وقاودار التابعتين لمدينة جبرائيل، "
           "وقصفت القوات مدينة ترتر.")


@pytest.mark.parametrize("encoding", ["utf-8", "cp1256", "utf-16", "utf-16-le", "iso8859_6"])
def test_the_same_article_in_every_encoding_gives_the_same_events(encoding, gaz, tabs):
    from geo.extract import extract
    from geo.textio import read_bytes

    found = read_bytes(ARTICLE.encode(encoding), "a.txt")
    assert found.text == ARTICLE
    assert found.encoding.replace("-", "_").lower().startswith(encoding.replace("-", "_").lower()[:6])
    reference = extract(ARTICLE, gaz, tabs, "a.txt").events
    assert extract(found.text, gaz, tabs, "a.txt").events == reference


PAGE = """<!doctype html><html lang="ar"><head><title>علييف يعلن تحرير قرى | موقع الخبر</title>
<meta property="og:site_name" content="موقع الخبر">
<meta property="article:published_time" content="2020-11-02T09:00:00+03:00">
<link rel="canonical" href="https://example.org/news/1">
<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2020-11-02T09:00"}</script>
</head><body>
<div class="cookie">نستخدم ملفات تعريف الارتباط لتحسين تجربتك. موافق</div>
<nav><ul><li><a href="/">الرئيسية</a></li><li><a href="/c">أخبار مدينة كنجة</a></li></ul></nav>
<article><h1>علييف يعلن تحرير قرى</h1>
<p>قال الرئيس الأذربيجاني إلهام علييف اليوم إن الجيش حرر قرى ميراك وقاودار التابعتين لمدينة جبرائيل بعد معارك.</p>
<p>وأضاف أن القوات الأرمينية قصفت مدينة ترتر بالصواريخ ليلا، وأن السكان لجأوا إلى الملاجئ.</p></article>
<aside><h3>اقرأ أيضا</h3><ul><li><a href="/b">قصف مدينة بردة بالقنابل العنقودية</a></li></ul></aside>
<footer>جميع الحقوق محفوظة لموقع الخبر</footer></body></html>"""


def test_a_saved_page_gives_its_article_without_the_chrome():
    from datetime import date

    from geo.textio import read_bytes

    found = read_bytes(PAGE.encode("utf-8"), "page.html")
    assert "ميراك وقاودار" in found.text and "ترتر" in found.text
    for chrome in ("بردة", "كنجة", "الرئيسية", "جميع الحقوق", "ملفات تعريف"):
        assert chrome not in found.text
    assert (found.title, found.site, found.url) == ("علييف يعلن تحرير قرى", "موقع الخبر", "https://example.org/news/1")
    assert found.published == date(2020, 11, 2)
    assert read_bytes(PAGE.encode("cp1256"), "page.html").text == found.text


def test_a_page_without_main_content_falls_back_to_its_visible_text_with_a_note(monkeypatch):
    import trafilatura

    from geo.textio import read_bytes

    monkeypatch.setattr(trafilatura, "bare_extraction", lambda *args, **kwargs: None)  # found nothing
    found = read_bytes("<html><body><span>قصف</span> <b>ترتر</b></body></html>".encode(), "tiny.html")
    assert found.text == "قصف ترتر" and "no main content" in found.note


def test_a_fifo_is_refused_without_waiting(tmp_path):
    import os

    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    with pytest.raises(ArticleError, match="not a regular file"):
        read_article_file(fifo)


def test_plain_text_holding_a_pages_entities_reads_them_as_their_characters():
    from geo.textio import decode_article

    text = decode_article("قالت وزارة&nbsp;الدفاع: &quot;حررنا قرية سوس&quot; &amp; تقدمنا".encode())
    assert text == "قالت وزارة\u00a0الدفاع: \"حررنا قرية سوس\" & تقدمنا"
    assert decode_article("شركة أ&ب للنقل".encode()) == "شركة أ&ب للنقل"  # no entity, left as written


def test_markdowns_bold_and_headings_are_plain_words_and_a_hashtag_stays():
    from geo.textio import plain_text

    assert plain_text("# علييف يعلن تحرير قرى\n\nحرر الجيش قرية **تاليش** اليوم. #عاجل #Artsakh") \
        == "علييف يعلن تحرير قرى\n\nحرر الجيش قرية تاليش اليوم. #عاجل #Artsakh"
