"""The Streamlit pages, driven in-process with streamlit.testing.v1.AppTest."""

from __future__ import annotations

from datetime import date

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from geo.config import PROJECT_ROOT
from geo.store import article_id

TIMEOUT = 120


@pytest.fixture(autouse=True)
def _own_article_store(monkeypatch, tmp_path):
    """Each test starts with no added articles and no corrected dates."""
    monkeypatch.setenv("GEO_STORE", str(tmp_path / "articles.sqlite"))


def run_page(path: str, query: dict[str, str] | None = None) -> AppTest:
    at = AppTest.from_file(str(PROJECT_ROOT / path), default_timeout=TIMEOUT)
    for key, value in (query or {}).items():
        at.query_params[key] = value
    return at.run()


def summary(at: AppTest) -> str:
    return next(m.value for m in at.markdown if m.value.startswith("**In range:**"))


def test_main_page_shows_the_seed_corpus():
    at = run_page("app.py")
    assert not at.exception
    text = summary(at)
    assert "19 control changes" in text and "from 5 articles" in text
    labels = [b.label for b in at.get("download_button")]
    assert any(label.startswith("All layers") for label in labels)
    assert at.query_params["layers"] == "control,strike,clash"


def test_url_state_reproduces_the_view():
    at = run_page("app.py", {"from": "2020-11-01", "to": "2020-11-05", "layers": "control",
                             "undated": "0"})
    assert not at.exception
    assert at.slider[0].value == (date(2020, 11, 1), date(2020, 11, 5))
    text = summary(at)
    assert "0 strikes" in text and "0 clashes" in text
    assert "15 control changes" in text  # the 8 + 7 villages announced on 2 and 4 November


def test_bad_url_values_fall_back_to_defaults():
    at = run_page("app.py", {"from": "yesterday", "layers": "control,bogus", "articles": "nope"})
    assert not at.exception
    assert "control changes" in summary(at)


def test_empty_paste_is_a_message_not_an_error():
    at = run_page("app.py")
    at.sidebar.text_area[0].input("   ")
    at.sidebar.button[0].click().run()
    assert not at.exception
    assert any("empty" in w.value for w in at.sidebar.warning)


def test_pasted_article_without_places_keeps_the_app_working():
    at = run_page("app.py")
    text = "هذا نص لا يذكر أي مكان على الإطلاق."
    at.sidebar.text_area[0].input(text)
    at.sidebar.button[0].click().run()
    assert not at.exception
    assert text in at.sidebar.multiselect[0].options  # shown by its first words, not an id
    at.sidebar.multiselect[0].set_value([article_id(text)]).run()
    assert not at.exception
    assert any("No place" in i.value for i in at.info)
    assert any("Publication date unknown" in w.value for w in at.warning)


def test_events_page_lists_events():
    at = run_page("pages/1_Events.py")
    assert not at.exception
    frame = at.dataframe[0].value
    assert len(frame) >= 40 and "Chapand" in set(frame["name"])


def test_gazetteer_page_explains_candidates():
    at = run_page("pages/2_Gazetteer.py", {"q": "غوبادلي"})
    assert not at.exception
    frame = at.dataframe[0].value
    assert frame.iloc[0]["name"] in ("Qubadlı", "Kubatly")
    assert "why" in frame.columns


def test_method_page_reports_measured_figures():
    at = run_page("pages/3_Method.py")
    assert not at.exception
    assert "mention recall" in at.code[0].value
    from geo.rules import ranking

    method = at.markdown[0].value  # the thresholds it quotes are the code's
    assert f"spelling score of {ranking().place:.0f} ({ranking().place_with_district:.0f} when" in method


def test_missing_gazetteer_is_explained(monkeypatch, tmp_path):
    st.cache_resource.clear()
    monkeypatch.setenv("GEO_GAZETTEER_DIR", str(tmp_path / "missing"))
    try:
        at = run_page("app.py")
        assert not at.exception
        assert any("gazetteer could not be loaded" in e.value for e in at.error)
    finally:
        st.cache_resource.clear()


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        ("huge.txt", b"a" * (20 * 1024 * 1024 + 1), "too large"),
        ("page.html", b"<html><script>alert('x')</script></html>", "no text left"),
    ],
)
def test_bad_uploads_give_messages(name, data, message):
    from ui import session

    st.session_state.clear()
    assert message in session.add_upload(name, data)


PASTED = ("أعلن الرئيس الأذربيجاني اليوم الاثنين تحرير قرية قاودار التابعة "
          "لمدينة جبرائيل، بينما قصفت القوات الأرمينية مدينة ترتر.")


def test_a_pasted_article_reaches_the_map():
    at = run_page("app.py")
    at.sidebar.text_area[0].input(PASTED)
    at.sidebar.button[0].click().run()
    assert any("2 claimed events" in m.value and "0 names not placed" in m.value for m in at.sidebar.success)
    at.sidebar.multiselect[0].set_value([article_id(PASTED)]).run()
    assert not at.exception
    text = summary(at)
    assert "1 control changes" in text and "1 strikes" in text and "from 1 articles" in text
    assert at.query_params["articles"] == article_id(PASTED)


def test_a_pasted_article_holding_a_pages_entities_reads_them_as_their_characters():
    at = run_page("app.py")
    at.sidebar.text_area[0].input(PASTED.replace(" ", "&nbsp;").replace("قصفت", "&quot;قصفت&quot;"))
    at.sidebar.button[0].click().run()
    assert any("2 claimed events" in m.value and "0 names not placed" in m.value for m in at.sidebar.success)


def test_a_pasted_article_comes_back_in_a_new_session_from_its_link():
    first = run_page("app.py")
    first.sidebar.text_area[0].input(PASTED)
    first.sidebar.button[0].click().run()
    link = {key: first.query_params[key] for key in first.query_params}
    assert link["added"] == article_id(PASTED)
    again = run_page("app.py", {**link, "articles": article_id(PASTED)})
    assert not again.exception
    assert "from 1 articles" in summary(again) and "1 strikes" in summary(again)
    assert any(label.startswith("أعلن الرئيس الأذربيجاني") for label in again.sidebar.multiselect[0].options)


def test_a_link_to_an_article_no_longer_stored_says_so():
    at = run_page("app.py", {"added": "a0123456789ab"})
    assert not at.exception
    assert any("not stored here any more" in w.value for w in at.sidebar.warning)
    assert "from 5 articles" in summary(at)


def test_a_corrected_publication_date_is_kept_for_the_next_visit():
    first = run_page("app.py")
    first.date_input[0].set_value(date(2020, 10, 22)).run()
    again = run_page("app.py")
    assert again.date_input[0].value == date(2020, 10, 22)


def test_correcting_a_publication_date_redates_its_events():
    at = run_page("app.py")
    first = at.date_input[0]
    article = first.label
    assert first.value == date(2020, 10, 15)  # inferred for the first seed article
    first.set_value(date(2020, 10, 22)).run()
    assert not at.exception
    events = [e for e in at.session_state["events"] if e["article"] == article]
    assert {e["published"] for e in events} == {"2020-10-22"}
    assert {e["published_source"] for e in events} == {"given"}


def test_an_uploaded_zip_and_table_add_every_article_and_say_what_failed():
    import io
    import json
    import zipfile

    from ui import session

    st.session_state.clear()
    st.session_state.articles = {}
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("a.txt", "قصفت القوات الأرمينية مدينة ترتر اليوم.")
        archive.writestr("b.html", "<html><body><p>حرر الجيش قرية ميراك التابعة لمدينة جبرائيل.</p></body></html>")
    message = session.add_upload("batch.zip", buffer.getvalue())
    assert message == "batch.zip: 2 articles added"
    table = "\n".join(json.dumps(row, ensure_ascii=False) for row in (
        {"text": "قصفت القوات الأرمينية مدينة ترتر اليوم."}, {"text": ""},
        {"text": "أعلن الجيش تحرير مدينة فضولي.", "published": "2020-10-17"}))
    message = session.add_upload("feed.jsonl", table.encode())
    assert message.startswith("feed.jsonl: 1 articles added")
    assert "feed.jsonl#1: the same article as batch.zip:a.txt; read once" in message
    assert "feed.jsonl#2: no text in the row" in message
    [dated] = [a for a in session.articles().values() if a.shown == "feed.jsonl#3"]
    assert dated.published.isoformat() == "2020-10-17" and dated.name.startswith("a")


def test_add_by_url_reads_the_page_through_the_fetcher(tmp_path):
    from geo.fetch import PageFetcher
    from ui import session

    st.session_state.clear()
    st.session_state.articles = {}
    page = ("<html><head><title>قصف ترتر</title></head><body><article><p>قصفت القوات الأرمينية مدينة ترتر "
            "اليوم بالصواريخ، وقال السكان إن القصف استمر حتى الفجر.</p></article></body></html>")
    fake = PageFetcher(tmp_path / "pages.sqlite", lambda url: (200, page), min_delay_seconds=0)
    assert session.add_url("https://example.org/a", fake) is None
    [fetched] = [a for a in session.articles().values() if a.shown == "قصف ترتر"]
    assert "ترتر" in fetched.text and fetched.url == "https://example.org/a"
    offline = PageFetcher(tmp_path / "other.sqlite", lambda url: None, min_delay_seconds=0)
    assert "no answer" in session.add_url("https://example.org/b", offline)
    assert "not an http(s) link" in session.add_url("example.org", offline)


def test_a_publication_date_of_1900_keeps_the_app_working():
    from ui.session import Article

    at = run_page("app.py")
    text = "قصفت القوات الأرمينية مدينة ترتر بالصواريخ، وقال السكان إن القصف استمر حتى الفجر."
    at.session_state["articles"]["old.html"] = Article("old.html", text, "upload", date(1900, 1, 1))
    at.run()
    at.sidebar.multiselect[0].set_value(["old.html"]).run()
    assert not at.exception
    assert any("outside the war's years" in w.value for w in at.sidebar.warning)


def test_each_articles_publication_date_is_shown_with_how_sure_it_is():
    at = run_page("app.py")
    table = next(df for df in at.dataframe if "published" in df.value.columns)
    assert len(table.value) == 5 and set(table.value["how"]) <= {
        "given (file, page or you)", "inferred from the text", "unknown"}
    assert (table.value["published"] != "—").all()


def test_the_contradictions_page_shows_both_sides_of_a_place():
    from geo.config import store_path
    from geo.store import ArticleStore

    text = ("أعلنت وزارة الدفاع الأذربيجانية في 5 أكتوبر 2020 تحرير قرية قاودار التابعة لمدينة جبرائيل.\n\n"
            "ونفت وزارة الدفاع الأرمينية في 6 أكتوبر 2020 ذلك، وقالت إن قواتها تصد هجوما على قرية قاودار.")
    stored = ArticleStore(store_path()).put(text, "paste")
    at = run_page("pages/5_Contradictions.py", {"added": stored.id, "articles": stored.id})
    assert not at.exception
    assert [s.value for s in at.subheader] == ["Kavdar (قاودار)"]
    boxes = [m.value for m in at.markdown if "border-left" in m.value]
    assert len(boxes) == 2 and "Azerbaijani side" in boxes[0] and "Armenian" in boxes[1]
    assert "تحرير قرية قاودار" in boxes[0] and "تصد هجوما" in boxes[1]


def test_the_claimed_control_layer_before_any_claim_is_empty_not_an_error():
    early = run_page("app.py", {"control": "1", "to": "2020-10-11"})
    assert not early.exception
    assert any(b.label == "Claimed control as of 2020-10-11 (0 places)" for b in early.get("download_button"))
    late = run_page("app.py", {"control": "1"})
    label = next(b.label for b in late.get("download_button") if b.label.startswith("Claimed control"))
    assert int(label.split("(")[1].split()[0]) > 5


def test_a_near_copy_of_an_added_article_is_said_to_count_once():
    from tests.test_copies import AGENCY, COPY

    at = run_page("app.py")
    for text in (AGENCY, COPY):
        at.sidebar.text_area[0].input(text)
        at.sidebar.button[0].click().run()
    assert not at.exception
    assert any("nearly the same text" in w.value and "count once" in w.value for w in at.sidebar.warning)
    assert "from 7 articles" in summary(at)


def test_finding_a_place_zooms_to_it_and_lists_its_claims():
    at = run_page("app.py")
    search = next(t for t in at.sidebar.text_input if t.label == "Find a place")
    search.input("Kavdar").run()
    assert not at.exception
    assert at.query_params["place"] == "147869"
    [about] = [e for e in at.expander if e.label.startswith("Claims about Kavdar")]
    frame = about.dataframe[0].value
    assert len(frame) >= 1 and (frame["claim"] == "Control changes").all()
    again = run_page("app.py", {"place": "147869"})  # the link keeps the place
    assert any(e.label.startswith("Claims about Kavdar") for e in again.expander)
    search = next(t for t in at.sidebar.text_input if t.label == "Find a place")
    search.input("qwrtplk").run()
    assert any("No place of the gazetteer" in w.value for w in at.sidebar.warning)


def test_a_gazetteer_dump_edited_while_the_app_runs_is_read_on_the_next_rerun(monkeypatch, tmp_path):
    import shutil

    from geo.config import gazetteer_dir

    dumps = tmp_path / "gazetteer"
    shutil.copytree(gazetteer_dir(), dumps)
    monkeypatch.setenv("GEO_GAZETTEER_DIR", str(dumps))
    monkeypatch.setenv("GEO_CACHE_DIR", str(tmp_path / "cache"))
    st.cache_resource.clear()
    try:
        at = run_page("app.py")
        search = next(t for t in at.sidebar.text_input if t.label == "Find a place")
        search.input("Qwrtplk").run()
        assert any("No place of the gazetteer" in w.value for w in at.sidebar.warning)
        row = ["99000001", "Qwrtplk", "Qwrtplk", "Qwrtplk", "39.35", "46.60", "P", "PPL", "AZ", "",
               "46", "", "", "", "0", "", "900", "Asia/Baku", "2020-10-01"]
        with open(dumps / "AZ.txt", "a", encoding="utf-8") as dump:
            dump.write("\t".join(row) + "\n")
        search.input("Qwrtplk ").run()  # the analyst searches again, without restarting anything
        assert not at.exception
        assert any(e.label.startswith("Claims about Qwrtplk") for e in at.expander)
    finally:
        st.cache_resource.clear()


def test_the_corpus_is_read_once_per_server_and_again_when_a_file_changes(monkeypatch, tmp_path):
    from ui import session

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    article = corpus / "one.txt"
    article.write_text("أعلنت وزارة الدفاع الأذربيجانية في 12 أكتوبر 2020 تحرير قرية قاودار.", encoding="utf-8")
    monkeypatch.setenv("GEO_CORPUS_DIR", str(corpus))
    reads = []
    real = session.read_article
    monkeypatch.setattr(session, "read_article", lambda path: reads.append(path) or real(path))
    first = run_page("app.py")
    assert "from 1 articles" in summary(first) and len(reads) == 1
    run_page("app.py")  # another reader's session: the corpus is not read again
    assert len(reads) == 1
    article.write_text(article.read_text(encoding="utf-8") + "\n\nوقصفت القوات الأرمينية مدينة ترتر بالصواريخ.",
                       encoding="utf-8")
    changed = run_page("app.py")
    assert len(reads) == 2 and "1 strikes" in summary(changed)


def test_moving_the_slider_changes_the_timeline_data_not_its_chart():
    """The browser rebuilds a Vega chart whose spec changed and updates one whose named datasets
    alone changed: the slider's window travels as data, so a slider step only redraws the bars."""
    at = run_page("app.py")
    before = at.get("vega_lite_chart")[0].proto
    low, high = at.slider(key="dates").value
    at.slider(key="dates").set_value((low + (high - low) / 2, high)).run()
    after = at.get("vega_lite_chart")[0].proto
    assert not at.exception
    assert after.spec == before.spec
    assert {d.name for d in after.datasets} == {"counts", "window"}
    window = {d.name: d.data.data for d in after.datasets}["window"]
    assert window != {d.name: d.data.data for d in before.datasets}["window"]


RESTART = """
import sys
from streamlit.testing.v1 import AppTest, app_test
from streamlit.web.cache_storage_manager_config import create_default_cache_storage_manager
from geo import background
background.EXACT_UP_TO = int(sys.argv[1])  # 0: the three texts stand for a collection too large to compare pair by pair
app_test.MemoryCacheStorageManager = create_default_cache_storage_manager  # the server's disk-backed caches
started, real = [], background.ProcessPoolExecutor
background.ProcessPoolExecutor = lambda *args, **kwargs: started.append(1) or real(*args, **kwargs)
at = AppTest.from_file("app.py", default_timeout=120).run()
assert not at.exception, at.exception
print("processes:", len(started), "datasketch imported:", "datasketch" in sys.modules)
"""


def test_a_server_finds_its_corpus_copies_in_another_process_and_a_restart_on_disk(tmp_path):
    """A first start finds the near-copy groups of a large collection in another process while it
    reads the articles; they are kept on disk: a restart shows the corpus without finding them
    again. A small collection's are found at once in the server, pair by pair. No server imports
    datasketch and scipy itself."""
    import json
    import os
    import subprocess
    import sys

    from tests.test_copies import AGENCY, COPY, OTHER

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, text in {"agency.txt": AGENCY, "site.txt": COPY, "other.txt": OTHER}.items():
        (corpus / name).write_text(text, encoding="utf-8")
    env = {**os.environ, "HOME": str(tmp_path), "GEO_STORE": str(tmp_path / "articles.sqlite"),
           "GEO_CORPUS_DIR": str(corpus), "GEO_CACHE_DIR": str(tmp_path / "cache")}
    runs = [subprocess.run([sys.executable, "-c", RESTART, exact_up_to], cwd=PROJECT_ROOT, env=env,
                           capture_output=True, text=True, timeout=300) for exact_up_to in ("0", "0")]
    assert [r.stdout.strip().splitlines()[-1] for r in runs] == [
        "processes: 1 datasketch imported: False", "processes: 0 datasketch imported: False"], runs[1].stderr[-2000:]
    [kept] = (tmp_path / "cache" / "copy-groups").glob("*.json")
    assert json.loads(kept.read_text(encoding="utf-8")) == {"site.txt": "agency.txt"}
    kept.unlink()  # a small collection, not kept: its groups are found here, pair by pair, at once
    small = subprocess.run([sys.executable, "-c", RESTART, "40"], cwd=PROJECT_ROOT, env=env, capture_output=True,
                           text=True, timeout=300)
    assert small.stdout.strip().splitlines()[-1] == "processes: 0 datasketch imported: False", small.stderr[-2000:]
    [kept] = (tmp_path / "cache" / "copy-groups").glob("*.json")
    assert json.loads(kept.read_text(encoding="utf-8")) == {"site.txt": "agency.txt"}


def test_a_large_corpus_gets_date_fields_only_where_the_date_needs_a_look(tmp_path, monkeypatch):
    dated = ("أعلنت وزارة الدفاع الأذربيجانية اليوم الاثنين تحرير قرية قاودار. "
             "وكان الجيش قد حرر مدينة جبرائيل في 9 أكتوبر 2020.")
    undated = "قصفت القوات الأرمينية مدينة ترتر بالصواريخ."
    for number in range(22):
        (tmp_path / f"dated_{number:02}.txt").write_text(f"{dated}\n\nخبر رقم {number}.", encoding="utf-8")
    for number in range(3):
        (tmp_path / f"undated_{number}.txt").write_text(f"{undated}\n\nخبر رقم {number}.", encoding="utf-8")
    monkeypatch.setenv("GEO_CORPUS_DIR", str(tmp_path))
    at = run_page("app.py")
    assert not at.exception
    assert sorted(d.label for d in at.date_input) == ["undated_0.txt", "undated_1.txt", "undated_2.txt"]
    at.selectbox(key="pub-pick").set_value("dated_05.txt").run()
    assert "dated_05.txt" in [d.label for d in at.date_input]
    picked = next(d for d in at.date_input if d.label == "dated_05.txt")
    assert picked.value == date(2020, 10, 12)
    picked.set_value(date(2020, 10, 13)).run()
    assert not at.exception
    assert {e["published"] for e in at.session_state["events"] if e["article"] == "dated_05.txt"} == {"2020-10-13"}


def test_an_event_dated_long_before_the_war_stays_off_the_slider_and_is_named(tmp_path, monkeypatch):
    (tmp_path / "recalled.txt").write_text(
        "قال المتحدث اليوم الاثنين 12 أكتوبر 2020 إن الجيش حرر قرية قاودار التابعة لمدينة جبرائيل، "
        "وإن القوات قصفت مدينة ترتر في 10 أكتوبر 2020.\n\n"
        "وكانت القوات الأرمينية قد سيطرت على مدينة شوشا في ٩ أيار ١٩٩٤.", encoding="utf-8")
    monkeypatch.setenv("GEO_CORPUS_DIR", str(tmp_path))
    at = run_page("app.py")
    assert not at.exception
    low, _ = at.slider(key="dates").value
    assert low >= date(2020, 8, 28)
    assert any("1994-05-09" in c.value and "left off the map" in c.value for c in at.caption)
    assert any(e["event_date"] == "1994-05-09" for e in at.session_state["events"])  # read, listed on Events


def test_server_config_agrees_with_the_app_and_watches_no_files():
    """The upload limit is written twice (Streamlit's and the app's own check) and must agree;
    a source-file watcher would walk every loaded module for each new session."""
    import tomllib

    from ui.session import UPLOAD_LIMIT

    server = tomllib.loads((PROJECT_ROOT / ".streamlit" / "config.toml").read_text(encoding="utf-8"))["server"]
    assert server["maxUploadSize"] * 1024 * 1024 == UPLOAD_LIMIT
    assert server["fileWatcherType"] == "none"


def test_a_long_first_read_shares_the_work_with_a_second_process_and_shows_the_same_events(tmp_path, monkeypatch):
    from geo import gazetteer, tables
    from geo.background import TailReader
    from geo.pipeline import article_records
    from ui import session

    texts = {f"n{number:02}.txt": f"قصفت القوات الأرمينية مدينة ترتر بالصواريخ اليوم الأحد.\n\n{tmp_path.name} {number}"
             for number in range(8)}  # never read before: the folder's name is in every text
    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    monkeypatch.setenv("GEO_CORPUS_DIR", str(tmp_path))
    monkeypatch.setattr(session, "TAIL_FROM", 3)
    monkeypatch.setattr(session, "READ_NOT_CACHED", 0.0)
    read_there = []
    take = TailReader.take

    def counted(reader, key):
        found = take(reader, key)
        read_there.append(found is not None)
        return found

    monkeypatch.setattr(TailReader, "take", counted)
    at = run_page("app.py")
    assert not at.exception
    assert any(read_there)  # the last articles came from the other process
    gaz, tabs = gazetteer.load(), tables.load()
    expected = [e for name, text in texts.items() for e in article_records(text, gaz, tabs, name, None)[0]]
    assert at.session_state["events"] == expected


def test_a_first_look_shows_what_is_read_so_far_then_the_page_reads_all(monkeypatch):
    """Many articles to read: the page is drawn from those read in the first moments, with a
    notice, and a moment later (the fragment's next tick) runs again to read and draw them all."""
    from ui import session

    monkeypatch.setattr(session, "FIRST_LOOK_FROM", 2)
    monkeypatch.setattr(session, "FIRST_LOOK_SECONDS", 0.0)  # nothing read before the first look
    at = run_page("app.py")
    assert not at.exception
    assert any(notice.value.startswith("A first look: the 0 of 5 articles") for notice in at.info)
    assert not at.date_input  # an article not read yet has no date to correct, nor "could not be inferred"
    at.run()  # the fragment's next tick: the whole page again, reading every article
    assert not at.exception
    assert not any(notice.value.startswith("A first look") for notice in at.info)
    assert len(at.date_input) == 5
    assert "from 5 articles" in summary(at) and "19 control changes" in summary(at)


def test_a_process_the_app_starts_finds_nothing_to_run_in_its_main_script():
    """multiprocessing re-runs the main script in each process it starts, as __mp_main__: there
    app.py must not import the page (a second of imports) nor run it."""
    import subprocess
    import sys

    probe = ("import runpy, sys; runpy.run_path('app.py', run_name='__mp_main__'); "
             "print('streamlit' in sys.modules, 'ui.map_page' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", probe], cwd=PROJECT_ROOT, capture_output=True, text=True, timeout=60)
    assert done.stdout.split() == ["False", "False"], done.stderr[-2000:]


def test_streamlit_run_serves_app_py_as_an_app_that_warms_up_when_the_server_starts():
    """`streamlit run app.py` finds the st.App in app.py and imports it as a module: the server's
    lifespan then warms the page's libraries, but never imports the map component outside a
    script run (it would never be registered, and the map would not draw)."""
    import subprocess
    import sys

    probe = ("import sys; from pathlib import Path; import app; "
             "from streamlit.web.server.app_discovery import discover_asgi_app; "
             "print(type(app.app).__name__, app.app._user_lifespan.__name__, "
             "discover_asgi_app(Path('app.py')).import_string, 'streamlit_folium' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", probe], cwd=PROJECT_ROOT, capture_output=True, text=True, timeout=60)
    assert done.stdout.split() == ["App", "warm_up", "app:app", "False"], done.stderr[-2000:]


def test_the_warm_up_loads_the_gazetteer_index_the_first_visitor_then_finds(monkeypatch):
    from geo import gazetteer
    from ui import session, warm

    session._loaded.clear()
    loads, real = [], gazetteer.load
    monkeypatch.setattr(gazetteer, "load", lambda *args, **kwargs: loads.append(1) or real(*args, **kwargs))
    warm.warm()
    assert loads == [1]
    session.pipeline()
    assert loads == [1]
