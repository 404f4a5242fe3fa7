"""The article store: what a user added survives a restart, and a bad file is one clear line."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest

from geo.store import ArticleStore, StoreError, article_id, label_for

TEXT = "أعلن الجيش تحرير قرية جديدة\nوقال المتحدث إن القوات تقدمت نحو المدينة."


def test_an_article_is_found_again_after_a_restart(tmp_path):
    path = tmp_path / "articles.sqlite"
    stored = ArticleStore(path).put(TEXT, "paste")
    again = ArticleStore(path).get(stored.id)
    assert again == stored and again.text == TEXT and again.source == "paste"
    assert again.label == "أعلن الجيش تحرير قرية جديدة"


def test_the_id_is_the_texts_so_the_same_article_is_stored_once(tmp_path):
    store = ArticleStore(tmp_path / "a.sqlite")
    first = store.put(TEXT, "paste")
    second = store.put("  " + TEXT.replace("قرية", "قريةٍ") + "\n", "upload")
    assert first.id == second.id == article_id(TEXT)
    assert second.source == "paste"  # the first copy is kept
    assert store.get("a000000000000") is None


def test_a_corrected_date_persists_and_can_be_forgotten(tmp_path):
    path = tmp_path / "a.sqlite"
    ArticleStore(path).correct_published("seed-1.txt", date(2020, 10, 29))
    assert ArticleStore(path).corrections() == {"seed-1.txt": date(2020, 10, 29)}
    ArticleStore(path).correct_published("seed-1.txt", None)
    assert ArticleStore(path).corrections() == {}


def test_a_garbage_or_locked_file_is_one_clear_error(tmp_path):
    garbage = tmp_path / "garbage.sqlite"
    garbage.write_bytes(b"not a database at all" * 100)
    with pytest.raises(StoreError, match="GEO_STORE"):
        ArticleStore(garbage)
    path = tmp_path / "locked.sqlite"
    store = ArticleStore(path, busy_seconds=0.1)
    holder = sqlite3.connect(path)
    holder.execute("BEGIN EXCLUSIVE")
    with pytest.raises(StoreError, match="not saved"):
        store.put(TEXT, "paste")
    holder.rollback()
    assert store.put(TEXT, "paste").id == article_id(TEXT)


def test_a_label_is_the_first_words_of_the_first_line():
    assert label_for("\n\n  عنوان قصير  \nنص") == "عنوان قصير"
    assert label_for(" ".join(["كلمة"] * 12)).endswith("…")
