from __future__ import annotations

from concurrent.futures import Future

from geo import background
from geo.background import CopyGroups, TailReader
from geo.pipeline import article_records
from tests.conftest import SHARED_GAZETTEER
from tests.test_copies import AGENCY, COPY, OTHER

PHRASES = ("قصفت القوات الأرمينية مدينة ترتر بالصواريخ", "أعلن الجيش تحرير قرية قاودار التابعة لمدينة جبرائيل",
           "تدور اشتباكات عنيفة على جبهة فضولي")


def _texts(count: int) -> list[str]:
    return [f"{PHRASES[n % len(PHRASES)]} اليوم الأحد.\n\nخبر رقم {n}." for n in range(count)]


def test_a_tail_reader_reads_from_the_end_and_gives_the_records_read_here(gaz, tabs, tmp_path):
    texts = _texts(6)
    jobs = [((n,), (text, f"a{n}.txt", None, "", "")) for n, text in enumerate(texts)]
    reader = TailReader(jobs, SHARED_GAZETTEER, tmp_path / "cache")
    try:
        # the last article is the first the other process takes up: waited for, never read here
        assert reader.take((5,)) == article_records(texts[5], gaz, tabs, "a5.txt", None)
        assert reader.take(("never given",)) is None
        first = reader.take((0,))  # not begun yet (then read here) or read there: the same records
        assert first is None or first == article_records(texts[0], gaz, tabs, "a0.txt", None)
    finally:
        reader.close()
    assert reader.take((3,)) is None  # closed: what is left is read here


def test_a_tail_reader_whose_process_fails_leaves_every_article_to_the_caller(tmp_path):
    jobs = [((n,), (text, f"a{n}.txt", None, "", "")) for n, text in enumerate(_texts(4))]
    reader = TailReader(jobs, tmp_path / "no gazetteer here", tmp_path / "cache")
    try:
        assert [reader.take((n,)) for n in (3, 0, 1, 2)] == [None] * 4
    finally:
        reader.close()


COLLECTION = {"agency.txt": AGENCY, "site.txt": COPY, "other.txt": OTHER}


def _counting_processes(monkeypatch) -> list[int]:
    started = []
    real = background.ProcessPoolExecutor

    def counted(*args, **kwargs):
        started.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(background, "ProcessPoolExecutor", counted)
    return started


def test_copy_groups_found_ahead_elsewhere_are_kept_for_a_restart(tmp_path, monkeypatch):
    started = _counting_processes(monkeypatch)
    monkeypatch.setattr(background, "EXACT_UP_TO", 0)  # as if the three texts were a large collection
    first = CopyGroups(tmp_path / "groups", "v1")
    first.ahead(COLLECTION)
    assert first.groups(COLLECTION) == {"site.txt": "agency.txt"}
    assert started == [1]
    restarted = CopyGroups(tmp_path / "groups", "v1")  # a new server: the groups are on disk
    restarted.ahead(COLLECTION)
    assert restarted.groups(COLLECTION) == {"site.txt": "agency.txt"} and started == [1]
    CopyGroups(tmp_path / "groups", "v2").ahead(COLLECTION)  # another reading version: found again
    assert started == [1, 1]


def test_a_small_collections_copy_groups_are_found_here_pair_by_pair_without_another_process(tmp_path, monkeypatch):
    started = _counting_processes(monkeypatch)
    groups = CopyGroups(tmp_path / "groups", "v1")
    groups.ahead(COLLECTION)
    assert groups.groups(COLLECTION) == {"site.txt": "agency.txt"}
    assert started == []


def test_copy_groups_are_found_here_when_the_other_process_fails_or_the_cache_is_a_file(tmp_path, monkeypatch):
    class Failing:
        def __init__(self, *args, **kwargs):
            pass

        def submit(self, *args):
            future = Future()
            future.set_exception(OSError("no process"))
            return future

        def shutdown(self, wait=True):
            pass

    monkeypatch.setattr(background, "ProcessPoolExecutor", Failing)
    monkeypatch.setattr(background, "EXACT_UP_TO", 0)
    (tmp_path / "a file").write_text("not a folder")
    kept = CopyGroups(tmp_path / "a file", "v1")
    kept.ahead(COLLECTION)
    assert kept.groups(COLLECTION) == {"site.txt": "agency.txt"}
    assert kept.groups({"other.txt": OTHER, "agency.txt": AGENCY}) == {}
