"""Where the project finds its data.

Every path can be overridden by an environment variable, so a user elsewhere points the
app and the command line at their own gazetteer or corpus without editing code.
"""

from __future__ import annotations

import os
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
SHARED = PROJECT_ROOT.parent / "shared"


def _path(env: str, default: Path) -> Path:
    value = os.environ.get(env, "").strip()
    return Path(value).expanduser() if value else default


def gazetteer_dir() -> Path:
    """GeoNames-format dumps (AZ.txt, AM.txt, admin1CodesASCII.txt, optional districts.geojson)."""
    return _path("GEO_GAZETTEER_DIR", SHARED / "gazetteer")


def cache_dir() -> Path:
    """Built indexes and caches; never committed."""
    return _path("GEO_CACHE_DIR", PROJECT_ROOT / "data" / "cache")


def corpus_dir() -> Path:
    """Articles the app loads by default."""
    return _path("GEO_CORPUS_DIR", SHARED / "corpus" / "seeds")


def gold_dir() -> Path:
    """Hand annotations used by the evaluation script."""
    return _path("GEO_GOLD_DIR", SHARED / "corpus" / "gold")


def team_data_dir() -> Path:
    """Tables this team writes (aliases, theatre of war, places far from the front)."""
    return PROJECT_ROOT / "data"


def reviews_path() -> Path:
    """The analyst's corrections (SQLite); personal, so git-ignored."""
    return _path("GEO_REVIEWS", PROJECT_ROOT / "data" / "reviews.sqlite")


def store_path() -> Path:
    """Articles users added and dates they corrected (SQLite); theirs, so git-ignored."""
    return _path("GEO_STORE", PROJECT_ROOT / "data" / "articles.sqlite")
