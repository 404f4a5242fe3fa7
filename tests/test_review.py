"""The analyst's corrections: persisted, applied, and learnt as spellings."""

from __future__ import annotations

from datetime import date

import pytest
from streamlit.testing.v1 import AppTest

from geo.config import PROJECT_ROOT
from geo.extract import extract
from geo.review import ReviewStore, apply

TEXT = "حرر الجيش قرى قاودار، وخوشابولاغستان التابعتين لمدينة جبرائيل. وقصفت القوات مدينة ترتر."


@pytest.fixture
def events(gaz, tabs):
    return extract(TEXT, gaz, tabs, "a.txt", date(2020, 11, 2)).events


def test_correction_rejection_and_undo_persist(events, gaz, tmp_path):
    store = ReviewStore(tmp_path / "reviews.sqlite")
    unknown = next(e for e in events if e.mention == "خوشابولاغستان")
    tartar = next(e for e in events if e.mention == "ترتر")
    assert unknown.geo_precision == "district"
    store.correct(unknown, 147495)  # the analyst knows better: Miraq
    store.reject(tartar)
    again = ReviewStore(tmp_path / "reviews.sqlite")  # a new session reads the same file
    result = {e.mention: e for e in apply(events, again, gaz)}
    assert result["خوشابولاغستان"].place_id == 147495
    assert result["خوشابولاغستان"].geo_precision == "place"
    assert "ترتر" not in result
    again.undo(tartar)
    assert "ترتر" in {e.mention for e in apply(events, again, gaz)}


def test_a_corrected_spelling_places_later_articles(events, gaz, tabs, tmp_path):
    store = ReviewStore(tmp_path / "reviews.sqlite")
    unknown = next(e for e in events if e.mention == "خوشابولاغستان")
    store.correct(unknown, 147495)
    later = extract("قصفت القوات قرية خوشابولاغستان التابعة لمدينة جبرائيل.", gaz, tabs, "b.txt",
                    date(2020, 11, 3)).events
    placed = apply(later, store, gaz)
    assert [(e.place_id, e.resolution_note) for e in placed] == [
        (147495, "spelling learnt from an analyst's correction")]


def test_review_page_saves_a_correction(tmp_path, monkeypatch):
    monkeypatch.setenv("GEO_REVIEWS", str(tmp_path / "reviews.sqlite"))
    import streamlit as st

    st.cache_resource.clear()
    try:
        at = AppTest.from_file(str(PROJECT_ROOT / "pages/4_Review.py"), default_timeout=120).run()
        assert not at.exception
        at.checkbox[0].check().run()  # only unresolved or district-level mentions
        assert not at.exception
        at.button[0].click().run()  # save the first candidate
        assert not at.exception
        assert any("Saved" in s.value for s in at.success)
        assert ReviewStore(tmp_path / "reviews.sqlite").decisions()
    finally:
        st.cache_resource.clear()


def test_a_garbage_or_locked_store_is_one_clear_error_and_nothing_is_lost(events, tmp_path):
    import sqlite3

    import pytest

    from geo.review import ReviewError

    garbage = tmp_path / "garbage.sqlite"
    garbage.write_bytes(b"this is not a database" * 100)
    with pytest.raises(ReviewError, match="cannot be used"):
        ReviewStore(garbage)

    path = tmp_path / "reviews.sqlite"
    event = events[0]
    ReviewStore(path).correct(event, 147869)
    store = ReviewStore(path, busy_seconds=0.1)
    holder = sqlite3.connect(path)
    holder.execute("BEGIN EXCLUSIVE")  # another program holds the file
    try:
        with pytest.raises(ReviewError, match="not saved"):
            store.reject(event)
    finally:
        holder.rollback()
        holder.close()
    assert ReviewStore(path).decisions() == {(event.article, event.start): (147869, False)}
    store.reject(event)  # free again: the same decision goes through
    assert ReviewStore(path).decisions()[(event.article, event.start)] == (None, True)


@pytest.mark.parametrize("typed", ["-1", "1; DROP TABLE reviews", "²", "9" * 5000, "999999999"])
def test_a_typed_id_that_is_no_place_saves_nothing_and_says_so(tmp_path, monkeypatch, typed):
    monkeypatch.setenv("GEO_REVIEWS", str(tmp_path / "reviews.sqlite"))
    import streamlit as st

    st.cache_resource.clear()
    try:
        at = AppTest.from_file(str(PROJECT_ROOT / "pages/4_Review.py"), default_timeout=120).run()
        at.text_input[0].input(typed).run()
        at.button[0].click().run()
        assert not at.exception
        assert any("nothing was saved" in e.value for e in at.error)
        assert not ReviewStore(tmp_path / "reviews.sqlite").decisions()
    finally:
        st.cache_resource.clear()


def test_a_garbage_review_file_keeps_the_pages_working(tmp_path, monkeypatch):
    garbage = tmp_path / "reviews.sqlite"
    garbage.write_bytes(b"not a database" * 100)
    monkeypatch.setenv("GEO_REVIEWS", str(garbage))
    import streamlit as st

    st.cache_resource.clear()
    try:
        for page in ("app.py", "pages/4_Review.py"):
            at = AppTest.from_file(str(PROJECT_ROOT / page), default_timeout=120).run()
            assert not at.exception
            assert any("Reviews are off" in w.value for w in at.warning)
    finally:
        st.cache_resource.clear()


def test_the_review_page_starts_from_where_the_event_is_placed_now():
    at = AppTest.from_file(str(PROJECT_ROOT / "pages/4_Review.py"), default_timeout=120).run()
    assert not at.exception
    first = at.radio[0]
    assert first.value == first.options[0] and first.value.endswith("· placed here now")
    assert any(" km away" in option for option in first.options[1:])
