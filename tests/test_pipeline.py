from __future__ import annotations

import shutil

from geo.config import gazetteer_dir
from geo.pipeline import reading_version


def test_the_reading_version_follows_the_gazetteer_dumps(tmp_path):
    copy = tmp_path / "gazetteer"
    shutil.copytree(gazetteer_dir(), copy)
    assert reading_version(copy) == reading_version(gazetteer_dir())  # the same dumps elsewhere
    with open(copy / "AM.txt", "a", encoding="utf-8") as dump:
        dump.write("\n")
    reading_version.cache_clear()
    assert reading_version(copy) != reading_version(gazetteer_dir())  # cached events are not reused
