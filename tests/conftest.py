"""Shared fixtures: the real gazetteer from ../shared, and a tiny one written by the tests."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from geo import config, gazetteer, tables

SHARED_GAZETTEER = config.gazetteer_dir()
SEEDS = config.corpus_dir()


@pytest.fixture(scope="session", autouse=True)
def _no_personal_reviews(tmp_path_factory):
    """Tests never read or write the developer's own corrections and articles (data/*.sqlite)."""
    os.environ["GEO_REVIEWS"] = str(tmp_path_factory.mktemp("reviews") / "reviews.sqlite")
    os.environ["GEO_STORE"] = str(tmp_path_factory.mktemp("store") / "articles.sqlite")


@pytest.fixture(scope="session")
def gaz(tmp_path_factory) -> gazetteer.Gazetteer:
    if not (SHARED_GAZETTEER / "AZ.txt").exists():
        pytest.fail(f"the shared gazetteer is missing at {SHARED_GAZETTEER}")
    return gazetteer.load(SHARED_GAZETTEER, tmp_path_factory.mktemp("cache"))


@pytest.fixture(scope="session")
def tabs() -> tables.Tables:
    return tables.load()


@pytest.fixture
def events_at(gaz, tabs):
    """``read(text, mention, published)``: the events an article tells at one mention, in order."""
    from geo.extract import extract

    def read(text: str, mention: str, published=None) -> list:
        return [e for e in extract(text, gaz, tabs, published=published).events if e.mention == mention]
    return read


def geonames_row(gid, name, alternates, lat, lon, fclass="P", fcode="PPL", country="AZ",
                 admin1="14", population=0) -> str:
    cols = [str(gid), name, name, ",".join(alternates), str(lat), str(lon), fclass, fcode,
            country, "", admin1, "", "", "", str(population), "", "-9999", "Asia/Baku",
            "2020-01-01"]
    return "\t".join(cols)


TINY_ROWS = [
    # two villages of one name in two districts, for district-constrained disambiguation
    geonames_row(1001, "Hajili", ["Hacılı", "Gadzhily"], 39.30, 46.95, admin1="14"),
    geonames_row(1002, "Hajili", ["Hacılı", "Gadzhily"], 40.60, 46.30, admin1="20"),
    geonames_row(1003, "Kurdlar", ["Kürdlər"], 39.31, 46.97, admin1="14"),
    geonames_row(2001, "Jabrayil", ["Cəbrayıl", "Jebrail"], 39.29, 46.92, "A", "ADM1",
                 admin1="14", population=60000),
    geonames_row(2002, "Ganja", ["Gəncə"], 40.68, 46.36, "A", "ADM1", admin1="20",
                 population=300000),
]
TINY_ADMIN1 = "AZ.14\tJabrayil\tJabrayil\t2001\nAZ.20\tGanja\tGanja\t2002\n"


@pytest.fixture
def tiny_dir(tmp_path) -> Path:
    """A GeoNames-format folder with five rows the tests wrote themselves."""
    folder = tmp_path / "gaz"
    folder.mkdir()
    (folder / "AZ.txt").write_text("\n".join(TINY_ROWS) + "\n", encoding="utf-8")
    (folder / "admin1CodesASCII.txt").write_text(TINY_ADMIN1, encoding="utf-8")
    return folder
