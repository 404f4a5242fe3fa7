"""The GeoNames download, served from a local folder: no test reaches the network."""

from __future__ import annotations

import zipfile

import pytest

from geo import gazetteer
from geo.download import DownloadError, download_geonames
from tests.conftest import TINY_ADMIN1, TINY_ROWS


def test_download_unpacks_dumps_the_index_can_read(tmp_path):
    mirror = tmp_path / "mirror"
    mirror.mkdir()
    for country in ("AZ", "AM"):
        with zipfile.ZipFile(mirror / f"{country}.zip", "w") as archive:
            archive.writestr(f"{country}.txt", "\n".join(TINY_ROWS) if country == "AZ"
                             else TINY_ROWS[0].replace("\t1001\t", "\t1001\t").replace("1001", "5001", 1))
            archive.writestr("readme.txt", "GeoNames")
    (mirror / "admin1CodesASCII.txt").write_text(TINY_ADMIN1, encoding="utf-8")
    target = tmp_path / "geonames"
    written = download_geonames(target, base_url=mirror.as_uri() + "/")
    assert sorted(p.name for p in written) == ["AM.txt", "AZ.txt", "admin1CodesASCII.txt"]
    gaz = gazetteer.load(target, tmp_path / "cache")
    assert gaz.get(1001).name == "Hajili" and gaz.get(5001) is not None


def test_unreachable_source_is_a_one_line_error(tmp_path):
    with pytest.raises(DownloadError, match="cannot download"):
        download_geonames(tmp_path / "x", base_url=(tmp_path / "absent").as_uri() + "/")


def test_download_on_first_start_only_when_asked(tmp_path, monkeypatch):
    from geo import download

    calls = []
    monkeypatch.setattr(download, "download_geonames", lambda target: calls.append(target))
    missing = tmp_path / "missing"
    monkeypatch.delenv("GEO_GAZETTEER_DOWNLOAD", raising=False)
    assert download.gazetteer_or_download(missing, tmp_path) == missing and not calls
    monkeypatch.setenv("GEO_GAZETTEER_DOWNLOAD", "1")
    assert download.gazetteer_or_download(missing, tmp_path) == tmp_path / "geonames"
    assert calls == [tmp_path / "geonames"]
    existing = tmp_path / "here"
    existing.mkdir()
    assert download.gazetteer_or_download(existing, tmp_path) == existing
