"""GeoNames-format gazetteer: read the dumps, build a compact SQLite index once, load it fast.

The index lives in the cache folder and is rebuilt whenever a source file, the phonetic key
algorithm or the Python version changes. It is written to a temporary file and moved into
place, so a crash or a bad input never leaves a half-written index behind. Its tables hold the
places and their names for anyone to query; the pipeline loads a snapshot stored beside them
(every look-up already built, in marshal's format), since every run of the CLI starts with it.
"""

from __future__ import annotations

import gc
import hashlib
import logging
import marshal
import os
import re
import sqlite3
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import NamedTuple

from geo import config, rules
from geo.arabic import normalize
from geo.phonetic import KEY_VERSION, keys, script_of
from geo.tables import compact

log = logging.getLogger(__name__)
press_spelling = rules.spelling().press_spelling  # data/spelling.toml [press_letters]

SCHEMA_VERSION = "5"
# marshal's format may change with Python: a snapshot is only read by the Python that wrote it
SNAPSHOT_FORMAT = f"marshal {marshal.version}, Python {sys.version_info[0]}.{sys.version_info[1]}"
GEONAMES_COLUMNS = 19
COUNTRY_FILE = re.compile(r"^[A-Z]{2}\.txt$")
ADMIN1_FILE = "admin1CodesASCII.txt"
# Optional: places whose district differs between sources (WOF polygons vs GeoNames); either
# district is accepted when a text names one (columns as in ../shared/gazetteer).
ALT_ADMIN1_FILE = "admin1_vs_geonames.tsv"


class GazetteerError(Exception):
    """A problem with the gazetteer source that the user must fix; str() is one line."""


class Place(NamedTuple):
    """One place of the gazetteer (a named tuple: every CLI run makes its places from the index's
    rows, and a tuple is made at C speed where a frozen dataclass sets each field in Python)."""

    id: int
    name: str
    asciiname: str
    lat: float
    lon: float
    feature_class: str
    feature_code: str
    country: str
    admin1: str  # "AZ.14"; "" when unknown
    admin1_name: str
    population: int
    admin1_alt: str = ""  # the other source's district, for places on a boundary
    names: tuple[str, ...] = ()

    @property
    def is_admin(self) -> bool:
        return self.feature_class == "A"

    def in_district(self, codes) -> bool:
        return self.admin1 in codes or (bool(self.admin1_alt) and self.admin1_alt in codes)


class NameEntry(NamedTuple):
    """One name of one place with its comparison keys (a named tuple: 46,000 of them are made
    from database rows on every load, and a tuple is made at C speed)."""

    place_id: int
    name: str
    script: str
    skeleton: str
    vocalised: str


@dataclass
class ReadReport:
    """What reading the sources skipped, so the user sees it instead of losing rows silently."""

    rows: int = 0
    skipped: list[str] = field(default_factory=list)

    def warn(self, message: str) -> None:
        self.skipped.append(message)
        log.warning(message)


# ---------------------------------------------------------------- reading the dumps


def source_files(directory: Path) -> tuple[list[Path], Path]:
    if not directory.is_dir():
        raise GazetteerError(f"gazetteer directory not found: {directory}")
    countries = sorted(p for p in directory.iterdir() if COUNTRY_FILE.match(p.name))
    if not countries:
        raise GazetteerError(f"no GeoNames country files (AZ.txt, AM.txt...) in {directory}")
    admin1 = directory / ADMIN1_FILE
    if not admin1.is_file():
        raise GazetteerError(f"{ADMIN1_FILE} missing in {directory}")
    return countries, admin1


def read_admin1(path: Path, report: ReadReport) -> dict[str, str]:
    names: dict[str, str] = {}
    for lineno, line in _lines(path):
        cols = line.split("\t")
        if len(cols) != 4:
            report.warn(f"{path.name}:{lineno}: {len(cols)} columns, expected 4; row skipped")
            continue
        names[cols[0]] = cols[1]
    return names


def read_places(path: Path, admin1_names: dict[str, str], report: ReadReport) -> Iterator[Place]:
    """Rows of one GeoNames country dump; malformed rows are skipped and counted."""
    found = 0
    for lineno, line in _lines(path):
        cols = line.split("\t")
        where = f"{path.name}:{lineno}"
        if len(cols) != GEONAMES_COLUMNS:
            report.warn(f"{where}: {len(cols)} columns, expected {GEONAMES_COLUMNS}; row skipped")
            continue
        try:
            place_id = int(cols[0])
            lat, lon = float(cols[4]), float(cols[5])
        except ValueError:
            report.warn(f"{where}: non-numeric id or coordinates; row skipped")
            continue
        if not (-90 <= lat <= 90 and -180 <= lon <= 180):
            report.warn(f"{where}: coordinates out of range; row skipped")
            continue
        name = cols[1].strip()
        if not name:
            report.warn(f"{where}: empty name; row skipped")
            continue
        country = cols[8].strip()
        admin1 = f"{country}.{cols[10].strip()}" if cols[10].strip() else ""
        alternates = [n.strip() for n in cols[3].split(",") if n.strip()]
        names = tuple(dict.fromkeys([name, cols[2].strip(), *alternates]))
        population = int(cols[14]) if cols[14].strip().isdigit() else 0
        found += 1
        report.rows += 1
        yield Place(
            id=place_id,
            name=name,
            asciiname=cols[2].strip() or name,
            lat=lat,
            lon=lon,
            feature_class=cols[6].strip(),
            feature_code=cols[7].strip(),
            country=country,
            admin1=admin1,
            admin1_name=admin1_names.get(admin1, ""),
            population=population,
            names=tuple(n for n in names if n),
        )
    if not found:
        raise GazetteerError(f"{path}: no valid GeoNames rows")


def _lines(path: Path) -> Iterator[tuple[int, str]]:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise GazetteerError(f"cannot read {path}: {exc.strerror or exc}") from None
    if not data.strip():
        raise GazetteerError(f"{path} is empty")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        lineno = data[: exc.start].count(b"\n") + 1
        raise GazetteerError(f"{path}:{lineno}: not UTF-8 text") from None
    for lineno, line in enumerate(text.split("\n"), 1):
        line = line.rstrip("\r")
        if line.strip():
            yield lineno, line


# ---------------------------------------------------------------- the index


def stamp(directory: Path) -> tuple[tuple[str, int, int], ...]:
    """Name, modification time and size of each dump: a cheap test, on every rerun of the app,
    of whether a dump changed (fingerprint() then says whether its content did)."""
    found = []
    for path in dump_paths(directory):
        info = path.stat()
        found.append((path.name, info.st_mtime_ns, info.st_size))
    return tuple(found)


def dump_paths(directory: Path) -> list[Path]:
    """Every file the index is built from: the country dumps, the districts, the alternative districts."""
    countries, admin1 = source_files(directory)
    alt = directory / ALT_ADMIN1_FILE
    return [*countries, admin1, *([alt] if alt.is_file() else [])]


def fingerprint(directory: Path) -> str:
    """Changes whenever a source file's content or the key algorithm changes."""
    digest = hashlib.sha1(f"schema={SCHEMA_VERSION};keys={KEY_VERSION};{SNAPSHOT_FORMAT}".encode())
    for path in dump_paths(directory):
        digest.update(path.name.encode())
        digest.update(hashlib.sha1(path.read_bytes()).digest())
    return digest.hexdigest()


def read_alt_admin1(path: Path, report: ReadReport) -> dict[int, str]:
    """geonameid -> the district GeoNames gives, where it differs from the dump's."""
    if not path.is_file():
        return {}
    alt: dict[int, str] = {}
    for lineno, line in _lines(path):
        cols = line.split("\t")
        if lineno == 1 and cols[0] == "country":
            continue
        try:
            alt[int(cols[1])] = f"{cols[0]}.{cols[6]}"
        except (ValueError, IndexError):
            report.warn(f"{path.name}:{lineno}: unreadable row; skipped")
    return alt


def index_path(directory: Path, cache: Path) -> Path:
    tag = hashlib.sha1(str(directory.resolve()).encode()).hexdigest()[:10]
    return cache / f"gazetteer-{tag}.sqlite"


ABANDONED_AFTER_S = 60  # a build takes about a second; an older half-written file was killed


def remove_abandoned_builds(target: Path) -> None:
    """Delete half-written indexes left by builds that were killed (each kill leaves one). A build
    running in another process right now keeps writing its file, so a recent one is left alone."""
    now = time.time()
    for stale in target.parent.glob(f"{target.name}*.tmp"):
        try:
            if now - stale.stat().st_mtime > ABANDONED_AFTER_S:
                stale.unlink()
        except OSError:
            continue  # another process removed it, or it cannot be: the build goes on


def build_index(directory: Path, target: Path) -> ReadReport:
    """Read the dumps in ``directory`` and write the SQLite index atomically to ``target``."""
    report = ReadReport()
    countries, admin1_path = source_files(directory)
    stamp = fingerprint(directory)
    admin1_names = read_admin1(admin1_path, report)
    alt_admin1 = read_alt_admin1(directory / ALT_ADMIN1_FILE, report)
    target.parent.mkdir(parents=True, exist_ok=True)
    remove_abandoned_builds(target)
    fd, tmp_name = tempfile.mkstemp(prefix=target.name, suffix=".tmp", dir=target.parent)
    os.close(fd)
    try:
        con = sqlite3.connect(tmp_name)
        con.executescript(
            """
            CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
            CREATE TABLE places (
                id INTEGER PRIMARY KEY, name TEXT, asciiname TEXT, lat REAL, lon REAL,
                fclass TEXT, fcode TEXT, country TEXT, admin1 TEXT, admin1_name TEXT,
                population INTEGER, admin1_alt TEXT);
            CREATE TABLE names (
                place_id INTEGER, name TEXT, script TEXT, skeleton TEXT, vocalised TEXT);
            CREATE TABLE snapshot (format TEXT, data BLOB);
            """
        )
        seen: set[int] = set()
        for path in countries:
            places, names = [], []
            for place in read_places(path, admin1_names, report):
                if place.id in seen:
                    report.warn(f"{path.name}: duplicate id {place.id}; later row skipped")
                    continue
                seen.add(place.id)
                places.append(
                    (place.id, place.name, place.asciiname, place.lat, place.lon,
                     place.feature_class, place.feature_code, place.country, place.admin1,
                     place.admin1_name, place.population, alt_admin1.get(place.id, ""))
                )
                names.extend(_name_rows(place))
            con.executemany("INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", places)
            con.executemany("INSERT INTO names VALUES (?,?,?,?,?)", names)
        con.executemany(
            "INSERT INTO meta VALUES (?,?)",
            [("fingerprint", stamp), ("source", str(directory.resolve())),
             ("skipped", str(len(report.skipped)))],
        )
        snapshot = marshal.dumps(_snapshot(_index_rows(con)))
        con.execute("INSERT INTO snapshot VALUES (?,?)", (SNAPSHOT_FORMAT, snapshot))
        con.commit()
        con.close()
        os.replace(tmp_name, target)
    finally:
        if os.path.exists(tmp_name):
            os.unlink(tmp_name)
    return report


def _name_rows(place: Place) -> Iterator[tuple]:
    for name in place.names:
        script = script_of(name)
        if script is None:
            yield (place.id, name, "other", "", "")
            continue
        for skeleton, vocalised in dict.fromkeys(keys(name)):
            yield (place.id, name, script, skeleton, vocalised)


def _stored_fingerprint(path: Path) -> str | None:
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            row = con.execute("SELECT value FROM meta WHERE key='fingerprint'").fetchone()
        finally:
            con.close()
    except sqlite3.Error:
        return None
    return row[0] if row else None


# ---------------------------------------------------------------- the loaded gazetteer


def deletions(word: str, depth: int) -> set[str]:
    """``word`` and every string made from it by deleting up to ``depth`` letters."""
    found = {word}
    frontier = {word}
    for _ in range(depth):
        frontier = {w[:i] + w[i + 1 :] for w in frontier for i in range(len(w)) if len(w) > 1}
        found |= frontier
    return found


@dataclass(frozen=True)
class NameLookups:
    """Which names each key finds, as positions in the gazetteer's name list: plain containers,
    so that the index stores them built and a load reads them back at C speed."""

    by_skeleton: dict[str, list[int]]
    by_arabic: dict[str, list[int]]  # normalised, no spaces
    by_latin: dict[str, list[int]]  # lower case, no spaces or hyphens
    by_deletion: dict[str, list[str]]  # a skeleton less one letter -> the skeletons it comes from
    arabic_first_words: list[str]  # of multi-word Arabic names: n-gram look-ups start only at these


def name_lookups(names: list[NameEntry]) -> NameLookups:
    by_skeleton: dict[str, list[int]] = defaultdict(list)
    by_arabic: dict[str, list[int]] = defaultdict(list)
    by_latin: dict[str, list[int]] = defaultdict(list)
    first_words: set[str] = set()
    for position, entry in enumerate(names):
        if entry.skeleton:
            by_skeleton[entry.skeleton].append(position)
        if entry.script == "arabic":
            for spelling in _arabic_spellings(entry.name):
                by_arabic[spelling.replace(" ", "")].append(position)
            words = normalize(entry.name).split()
            if len(words) > 1:
                first_words.add(words[0])
        elif entry.script == "latin":
            by_latin[entry.name.lower().replace(" ", "").replace("-", "")].append(position)
    by_deletion: dict[str, list[str]] = defaultdict(list)
    for skeleton in by_skeleton:
        for variant in deletions(skeleton, 1):
            by_deletion[variant].append(skeleton)
    return NameLookups(dict(by_skeleton), dict(by_arabic), dict(by_latin), dict(by_deletion),
                       sorted(first_words))


def _arabic_spellings(name: str) -> list[str]:
    """A gazetteer name in Arabic script as it is written, and as the press writes its Persian
    letters (data/spelling.toml [press_letters]), both normalised."""
    pressed = press_spelling(name)
    return [normalize(name)] + ([normalize(pressed)] if pressed is not None else [])


class MadeOnUse(Mapping):
    """A mapping whose values are made from stored rows the first time they are asked for, then
    kept. Every CLI run loads the index, and an article looks at a few hundred of its tens of
    thousands of keys: making them all at load would cost more than reading the article."""

    __slots__ = ("_rows", "_make", "_made")

    def __init__(self, rows: Mapping, make: Callable):
        self._rows = rows
        self._make = make
        self._made: dict = {}

    def __getitem__(self, key):
        try:
            return self._made[key]
        except KeyError:
            made = self._made[key] = self._make(self._rows[key])
            return made

    def __contains__(self, key) -> bool:
        return key in self._rows

    def __iter__(self) -> Iterator:
        return iter(self._rows)

    def __len__(self) -> int:
        return len(self._rows)


def _entries(table: dict[str, list[int]], name_rows: Sequence[tuple]) -> MadeOnUse:
    return MadeOnUse(table, lambda found: [NameEntry._make(name_rows[position]) for position in found])


class Gazetteer:
    """Places and their names in memory, with the look-ups the pipeline needs."""

    def __init__(self, places: dict[int, Place], names: Sequence[tuple], source: str = "",
                 lookups: NameLookups | None = None):
        """``names`` are NameEntry rows, or plain tuples in its order (made into entries on use)."""
        self.places = places
        self._name_rows = names
        self.source = source
        lookups = lookups or name_lookups(list(map(NameEntry._make, names)))
        self.by_admin1: dict[str, list[Place]] = defaultdict(list)
        self.admin1_place: dict[str, Place] = {}
        for place in places.values():
            if place.admin1:
                self.by_admin1[place.admin1].append(place)
            if place.feature_code == "ADM1" and place.admin1:
                self.admin1_place[place.admin1] = place
        self.by_skeleton = _entries(lookups.by_skeleton, names)
        self.by_arabic = _entries(lookups.by_arabic, names)
        self.by_latin = _entries(lookups.by_latin, names)
        self.by_deletion = lookups.by_deletion
        self.skeletons = list(self.by_skeleton)
        self.arabic_first_words = set(lookups.arabic_first_words)
        self.score_cache: dict = {}  # name -> spelling scores (geo.resolve.name_scores)
        self.place_cache: dict = {}  # what a place's own record says, whatever the name (geo.resolve)
        self._compact_names: dict[str, str] = {}
        self.notice = ""  # something the user should know about how it was loaded

    def __len__(self) -> int:
        return len(self.places)

    @cached_property
    def names(self) -> list[NameEntry]:
        """Every name entry, made on first use: the pipeline reads names through the look-ups."""
        return list(map(NameEntry._make, self._name_rows))

    def skeletons_near(self, skeleton: str) -> set[str]:
        """Skeletons within about two edits of ``skeleton``: those sharing a one-deletion variant
        with one of its variants of up to two deletions (a deletion-neighbourhood index, as in
        SymSpell). Fuzzy scoring then runs on these few, never on every name."""
        found: set[str] = set()
        for variant in deletions(skeleton, 2 if len(skeleton) >= 5 else 1):
            found.update(self.by_deletion.get(variant, ()))
        return found

    def compact_name(self, name: str) -> str:
        """geo.tables.compact of a gazetteer name, computed once per name (made lazily: the
        index must load fast, and an article touches a few hundred names)."""
        found = self._compact_names.get(name)
        if found is None:
            found = self._compact_names[name] = compact(name)
        return found

    def get(self, place_id: int) -> Place | None:
        return self.places.get(place_id)

    def in_admin1(self, code: str) -> list[Place]:
        return list(self.by_admin1.get(code, ()))

    def district(self, code: str) -> Place | None:
        """The ADM1 row standing for a district, used when only the district can be placed."""
        return self.admin1_place.get(code)

    def search(self, name: str, limit: int = 10) -> list:
        """Candidates for a name in any script (geo.resolve.Candidate: place, scores, why)."""
        from geo.resolve import score_candidates  # the matcher lives with resolution

        return score_candidates(self, name, limit=limit)


def load(directory: Path | None = None, cache: Path | None = None) -> Gazetteer:
    """Load the index for ``directory``, building or rebuilding it first when needed."""
    directory = Path(directory or config.gazetteer_dir())
    cache = Path(cache or config.cache_dir())
    target = index_path(directory, cache)
    stamp = fingerprint(directory)
    try:
        if _stored_fingerprint(target) != stamp:
            _build(directory, target)
        return read_index(target)
    except OSError as exc:
        return _load_without_cache(directory, cache, exc)


def _build(directory: Path, target: Path) -> None:
    report = build_index(directory, target)
    if report.skipped:
        log.warning("gazetteer: %d rows skipped while indexing", len(report.skipped))


def _load_without_cache(directory: Path, cache: Path, exc: OSError) -> Gazetteer:
    """The cache folder is a file, read-only or full: build the index in a temporary folder for
    this run (it is read into memory whole), and say so."""
    with tempfile.TemporaryDirectory(prefix="geo-index-") as folder:
        target = index_path(directory, Path(folder))
        _build(directory, target)
        gaz = read_index(target)
    gaz.notice = (f"the cache folder {cache} cannot be used ({exc.strerror or exc}); the gazetteer index was "
                  "built in memory for this run (set GEO_CACHE_DIR to a writable folder to keep it)")
    return gaz  # the caller says it: one line in the CLI, a warning in the app


def read_index(path: Path) -> Gazetteer:
    """The index in memory. Some 100,000 objects are made at once and none is garbage: the cyclic
    collector, which would walk them again and again as they come, is paused meanwhile."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        return _read_index(path)
    finally:
        if was_enabled:
            gc.enable()


def _read_index(path: Path) -> Gazetteer:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        row = con.execute("SELECT format, data FROM snapshot").fetchone()
        source = con.execute("SELECT value FROM meta WHERE key='source'").fetchone()[0]
    finally:
        con.close()
    if row is None or row[0] != SNAPSHOT_FORMAT:
        raise sqlite3.DatabaseError(f"{path}: no snapshot in the format {SNAPSHOT_FORMAT}")
    return _from_snapshot(marshal.loads(row[1]), source)


def _index_rows(con: sqlite3.Connection) -> tuple[list[tuple], list[NameEntry]]:
    """The index's places (each with its names) and name entries, as they will be loaded."""
    names = list(map(NameEntry._make, con.execute(
        "SELECT place_id, name, script, skeleton, vocalised FROM names ORDER BY rowid")))
    all_names: dict[int, list[str]] = defaultdict(list)
    for entry in names:
        all_names[entry.place_id].append(entry.name)
    places = [(*row, tuple(dict.fromkeys(all_names[row[0]])))
              for row in con.execute("SELECT * FROM places ORDER BY id")]
    return places, names


def _snapshot(rows: tuple[list[tuple], list[NameEntry]]) -> tuple:
    places, names = rows
    lookups = name_lookups(names)
    return (places, [tuple(entry) for entry in names],
            (lookups.by_skeleton, lookups.by_arabic, lookups.by_latin, lookups.by_deletion,
             lookups.arabic_first_words))


def _from_snapshot(snapshot: tuple, source: str) -> Gazetteer:
    place_rows, name_rows, lookups = snapshot
    places = {row[0]: Place._make(row) for row in place_rows}
    return Gazetteer(places, name_rows, source, NameLookups(*lookups))
