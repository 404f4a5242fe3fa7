from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from geo import gazetteer
from tests.conftest import TINY_ROWS, geonames_row


def test_shared_gazetteer_loads_with_lookups(gaz):
    assert len(gaz) > 8000
    shusha = gaz.get(147105)
    assert shusha.name == "Şuşa" and shusha.admin1 == "AZ.56" and shusha.country == "AZ"
    assert "Shushi" in shusha.names and "شوشا" in shusha.names
    assert shusha.admin1_name == "Shusha City"
    jabrayil_villages = gaz.in_admin1("AZ.14")
    assert any(p.id == 388746 for p in jabrayil_villages)  # Chapand
    assert gaz.district("AZ.14").id == 148140
    assert gaz.get(-1) is None


def test_search_any_script(gaz):
    for query in ("Çaprand", "تشاب راند", "Chapand"):
        best = gaz.search(query, limit=5)
        assert 388746 in [c.place.id for c in best], query


def test_loaded_look_ups_are_those_the_names_give(gaz):
    """The index stores its look-ups built: loaded, they must be what the names make afresh."""
    fresh = gazetteer.Gazetteer(gaz.places, gaz.names, gaz.source)
    for table in ("by_skeleton", "by_arabic", "by_latin", "by_deletion", "arabic_first_words"):
        assert getattr(gaz, table) == getattr(fresh, table), table
    assert "لاتشين" in gaz.by_arabic  # the press spelling of a Persian-script name (لاچین)


def test_an_index_written_by_another_python_is_rebuilt(tiny_dir, tmp_path, monkeypatch):
    cache = tmp_path / "cache"
    gazetteer.load(tiny_dir, cache)
    index = gazetteer.index_path(tiny_dir, cache)
    built_at = index.stat().st_mtime_ns
    time.sleep(0.01)
    monkeypatch.setattr(gazetteer, "SNAPSHOT_FORMAT", "marshal 99, Python 9.9")
    again = gazetteer.load(tiny_dir, cache)
    assert index.stat().st_mtime_ns != built_at
    assert again.get(1001) is not None


def test_index_is_reused_then_rebuilt_when_the_source_changes(tiny_dir, tmp_path):
    cache = tmp_path / "cache"
    first = gazetteer.load(tiny_dir, cache)
    index = gazetteer.index_path(tiny_dir, cache)
    built_at = index.stat().st_mtime_ns
    time.sleep(0.01)
    gazetteer.load(tiny_dir, cache)
    assert index.stat().st_mtime_ns == built_at  # unchanged source: not rebuilt
    with open(tiny_dir / "AZ.txt", "a", encoding="utf-8") as fh:
        fh.write(geonames_row(1004, "Newvillage", [], 39.5, 46.5) + "\n")
    second = gazetteer.load(tiny_dir, cache)
    assert len(second) == len(first) + 1
    assert second.get(1004).name == "Newvillage"


def test_missing_directory_is_a_one_line_error(tmp_path):
    with pytest.raises(gazetteer.GazetteerError) as err:
        gazetteer.load(tmp_path / "nowhere", tmp_path / "cache")
    assert "not found" in str(err.value) and "\n" not in str(err.value)


def test_empty_file_is_an_error_naming_the_file(tiny_dir, tmp_path):
    (tiny_dir / "AZ.txt").write_text("", encoding="utf-8")
    with pytest.raises(gazetteer.GazetteerError, match="AZ.txt is empty"):
        gazetteer.load(tiny_dir, tmp_path / "cache")


def test_bad_rows_are_skipped_and_counted(tiny_dir, tmp_path):
    rows = list(TINY_ROWS)
    rows.append("3001\tBroken\tBroken")  # truncated row: 3 columns
    rows.append(geonames_row(3002, "Nowhere", [], "north", 46.0))  # non-numeric latitude
    rows.append(TINY_ROWS[0][: len(TINY_ROWS[0]) // 2])  # cut in the middle, as a partial download
    (tiny_dir / "AZ.txt").write_text("\n".join(rows), encoding="utf-8")
    report = gazetteer.build_index(tiny_dir, tmp_path / "index.sqlite")
    assert report.rows == len(TINY_ROWS)
    assert len(report.skipped) == 3
    assert any("AZ.txt:6" in line and "columns" in line for line in report.skipped)
    assert any("AZ.txt:7" in line and "non-numeric" in line for line in report.skipped)


def test_not_utf8_names_the_line(tiny_dir, tmp_path):
    data = ("\n".join(TINY_ROWS) + "\n").encode() + geonames_row(9, "X", [], 1, 1).encode("utf-16")
    (tiny_dir / "AZ.txt").write_bytes(data)
    with pytest.raises(gazetteer.GazetteerError, match=r"AZ.txt:6: not UTF-8"):
        gazetteer.load(tiny_dir, tmp_path / "cache")


def test_missing_admin1_file(tiny_dir, tmp_path):
    os.remove(tiny_dir / "admin1CodesASCII.txt")
    with pytest.raises(gazetteer.GazetteerError, match="admin1CodesASCII.txt missing"):
        gazetteer.load(tiny_dir, tmp_path / "cache")


def test_failed_build_leaves_no_half_written_index(tiny_dir, tmp_path):
    cache = tmp_path / "cache"
    good = gazetteer.load(tiny_dir, cache)
    index = gazetteer.index_path(tiny_dir, cache)
    before = index.read_bytes()
    (tiny_dir / "AZ.txt").write_text("only\tthree\tcolumns\n", encoding="utf-8")
    with pytest.raises(gazetteer.GazetteerError, match="no valid GeoNames rows"):
        gazetteer.load(tiny_dir, cache)
    assert index.read_bytes() == before  # the last good index is untouched
    assert [p.name for p in cache.iterdir()] == [index.name]  # no temporary file left behind
    assert len(good) == len(TINY_ROWS)


def test_files_left_by_killed_builds_are_removed_by_the_next_build(tiny_dir, tmp_path):
    cache = tmp_path / "cache"
    index = gazetteer.index_path(tiny_dir, cache)
    cache.mkdir()
    killed = [cache / f"{index.name}{n}.tmp" for n in range(3)]  # what three kill -9 leave behind
    for path in killed:
        path.write_bytes(b"half an index")
        an_hour_ago = time.time() - 3600
        os.utime(path, (an_hour_ago, an_hour_ago))
    running = cache / f"{index.name}live.tmp"  # another process building right now
    running.write_bytes(b"being written")
    gazetteer.load(tiny_dir, cache)
    assert sorted(p.name for p in cache.iterdir()) == sorted([index.name, running.name])


def test_deletion_index_finds_skeletons_within_two_edits(gaz):
    from geo.gazetteer import deletions

    assert deletions("KBL", 1) == {"KBL", "BL", "KL", "KB"}
    some = next(s for s in gaz.skeletons if len(s) == 6)
    near = gaz.skeletons_near(some[:2] + "X" + some[3:])  # one substitution
    assert some in near
    assert some in gaz.skeletons_near(some[:3] + some[4:])  # one deletion
    assert all(abs(len(s) - len(some)) <= 3 for s in near)


def test_ranking_weights_are_validated(tmp_path):
    import pytest

    from geo.rules import RulesError, ranking

    bad = tmp_path / "ranking.toml"
    bad.write_text("[thresholds]\nplace = 85\n[bonus]\nmain_name = 'three'\n", encoding="utf-8")
    with pytest.raises(RulesError, match="main_name"):
        ranking(bad)


@pytest.mark.parametrize("kind", ["a file", "inside a file", "unwritable"])
def test_an_unusable_cache_folder_falls_back_to_an_index_in_memory(tmp_path, kind):
    from geo import config

    blocker = tmp_path / "cache"
    blocker.write_text("not a folder")
    cache = {"a file": blocker, "inside a file": blocker / "sub",
             "unwritable": Path("/proc/geo-cache")}[kind]  # /proc refuses even root
    gaz = gazetteer.load(config.gazetteer_dir(), cache)
    assert len(gaz) > 5000 and "cannot be used" in gaz.notice


def test_a_look_up_makes_its_entries_when_first_asked_and_keeps_them():
    made = []
    table = gazetteer.MadeOnUse({"key": (1, 2)}, lambda rows: made.append(rows) or list(rows))
    assert "key" in table and len(table) == 1 and list(table) == ["key"] and made == []
    assert table["key"] is table["key"] and made == [(1, 2)]
    assert table.get("other") is None and "other" not in table
