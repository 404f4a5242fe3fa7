"""Articles and their events for the running app: loading, caching, progress, errors.

The pipeline stays pure; this module is the only place that knows about Streamlit's
caches and session, so every page sees the same articles and events.
"""

from __future__ import annotations

import os
import tempfile
import threading
import time
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import streamlit as st

from geo import config, gazetteer, tables
from geo.background import CopyGroups, TailReader
from geo.download import DownloadError, gazetteer_or_download
from geo.fetch import is_url
from geo.pipeline import article_records, reading_version
from geo.sources import ARCHIVE_SUFFIXES, TABLE_SUFFIXES, fingerprint, sources
from geo.textio import ArticleError, article_paths, plain_text, read_article, read_bytes

UPLOAD_LIMIT = 20 * 1024 * 1024
# A second process reads a long list of unread articles from its end (geo.background.TailReader).
# Its start costs about a second of CPU, while a first visit's browser is still loading the page
# on the same cores: measured, it saves nothing on 80 articles and a quarter of the wait on 300
# (bench/app_render.py). One at a time for the whole server: each holds a gazetteer (some 120 MB).
TAIL_FROM = 100
READ_NOT_CACHED = 0.02  # seconds: an article that took longer was read, not found in the cache
# A first look: with this many articles to read, the map is drawn from those read in the first
# seconds, and the rest are read after it (ui/map_page.py); a few are read before it is drawn.
FIRST_LOOK_FROM = 20
FIRST_LOOK_SECONDS = 1.5
_reading = threading.local()  # the TailReader of the session whose script runs in this thread
_ONE_TAIL = threading.Lock()


@dataclass
class Article:
    name: str  # the key: a corpus file name, or a stored article's id (geo.store)
    text: str
    source: str  # corpus | upload | paste | url
    published: date | None = None  # given by the page or the user; None: inferred
    label: str = ""  # what people recognise: a headline or first words
    url: str = ""

    @property
    def shown(self) -> str:
        return self.label or self.name


@st.cache_resource(show_spinner="Finding the gazetteer (downloading it on a first start)…")
def gazetteer_folder() -> Path:
    return gazetteer_or_download(config.gazetteer_dir(), config.cache_dir())


def pipeline():
    """The gazetteer index and tables: loaded once per server, and again when a dump changes
    (an analyst who edits AZ.txt sees the edit on the next rerun, not after a restart)."""
    directory = gazetteer_folder()
    return _loaded(directory, gazetteer.stamp(directory))


@st.cache_resource(max_entries=1, show_spinner="Loading the gazetteer…")
def _loaded(directory: Path, stamp: tuple) -> tuple:
    return gazetteer.load(directory), tables.load()


def load_pipeline_or_stop():
    try:
        gaz, tabs = pipeline()
        if gaz.notice:
            st.sidebar.warning(gaz.notice)
        return gaz, tabs
    except DownloadError as exc:
        st.error(f"The GeoNames download failed: {exc}.")
        st.stop()
    except gazetteer.GazetteerError as exc:
        st.error(f"The gazetteer could not be loaded: {exc}. Set GEO_GAZETTEER_DIR to a folder "
                 "with GeoNames AZ.txt, AM.txt and admin1CodesASCII.txt (see the README).")
        st.stop()


@st.cache_resource
def _article_store(path: str):
    from geo.store import ArticleStore

    return ArticleStore(Path(path))


def article_store():
    """Where added articles and corrected dates are kept, or None with a message."""
    from geo.store import StoreError

    try:
        return _article_store(str(config.store_path()))
    except StoreError as exc:
        st.sidebar.warning(f"Added articles are kept for this session only: {exc}")
        return None


@st.cache_resource
def page_fetcher():
    from geo.fetch import PageFetcher

    return PageFetcher(config.cache_dir() / "pages.sqlite")


def add_url(url: str, fetcher=None) -> str | None:
    """Fetch a link and add its article; returns a message instead of raising."""
    url = url.strip()
    if not is_url(url):
        return f"{url or 'The link'}: not an http(s) link."
    [item] = list(sources([url], fetcher or page_fetcher()))
    try:
        found = item.read()
    except ArticleError as exc:
        return str(exc)
    return _add(Article(url, found.text, "url", found.published, found.title, url))


@st.cache_resource
def online_geocoder():
    from geo.online import OnlineGeocoder

    return OnlineGeocoder(config.cache_dir() / "online-geocoder.sqlite")


def events_for(text: str, name: str, published: date | None, online: bool = False,
               label: str = "", url: str = "") -> tuple[list[dict], dict]:
    """An article's events and publication date, read once per version of the pipeline: kept on
    disk too, so a restarted server shows a large corpus without reading it again."""
    return _events_for(text, name, published, online, label, url, pipeline_version())


def pipeline_version() -> str:
    """What cached events were read with: an edited dump or a new release reads them again."""
    directory = gazetteer_folder()
    return reading_version(directory, gazetteer.stamp(directory))


@st.cache_data(show_spinner=False, max_entries=2000, persist="disk")
def _events_for(text: str, name: str, published: date | None, online: bool, label: str, url: str,
                version: str) -> tuple[list[dict], dict]:
    tail = getattr(_reading, "tail", None)
    read_there = tail.take(_tail_key(text, name, published, label, url)) if tail is not None and not online else None
    if read_there is not None:
        return read_there
    gaz, tabs = pipeline()
    return article_records(text, gaz, tabs, name, published, online_geocoder() if online else None, label, url)


def corpus_articles() -> tuple[list[Article], list[str]]:
    """The configured corpus, read once per server while its files stay the same: every new
    session starts from it, and a saved web page costs tens of milliseconds to read."""
    folder = config.corpus_dir()
    if not folder.is_dir():
        return [], [f"The corpus folder {folder} does not exist (set GEO_CORPUS_DIR)."]
    articles, problems = _read_corpus(tuple(_file_state(p) for p in article_paths([folder])))
    return list(articles), list(problems)


def _file_state(path: Path) -> tuple[str, int, int]:
    try:
        info = path.stat()
    except OSError:
        return str(path), -1, -1  # read_article then says what is wrong with it
    return str(path), info.st_mtime_ns, info.st_size


@st.cache_data(show_spinner="Reading the corpus…", max_entries=4)
def _read_corpus(listing: tuple[tuple[str, int, int], ...]) -> tuple[list[Article], list[str]]:
    articles, problems = [], []
    for path in (Path(entry[0]) for entry in listing):
        try:
            found = read_article(path)
            articles.append(Article(path.name, found.text, "corpus", found.published))
        except ArticleError as exc:
            problems.append(str(exc))
    return articles, problems


def articles(added: tuple[str, ...] = ()) -> dict[str, Article]:
    """The session's articles: on first use the configured corpus and the stored articles the
    link names (``added``), with the dates users corrected."""
    if "articles" not in st.session_state:
        loaded, problems = corpus_articles()
        found, missing = stored_articles(added)
        problems += [f"Article {a} named in the link is not stored here any more." for a in missing]
        st.session_state.articles = {a.name: a for a in loaded + found}
        st.session_state.problems = problems
        st.session_state.added = [a.name for a in found]
        _apply_corrections(st.session_state.articles)
    return st.session_state.articles


def stored_articles(ids: tuple[str, ...]) -> tuple[list[Article], list[str]]:
    store = article_store() if ids else None
    if store is None:
        return [], list(ids)
    from geo.store import StoreError

    found, missing = [], []
    for article_id in ids:
        try:
            kept = store.get(article_id)
        except StoreError as exc:
            return found, [f"{article_id} ({exc})"]
        if kept is None:
            missing.append(article_id)
        else:
            found.append(Article(kept.id, kept.text, kept.source, kept.published, kept.label, kept.url))
    return found, missing


def _apply_corrections(known: dict[str, Article]) -> None:
    store = article_store()
    if store is None:
        return
    from geo.store import StoreError

    try:
        corrected = store.corrections()
    except StoreError:
        return
    for name, day in corrected.items():
        if name in known:
            known[name].published = day


def correct_published(article: Article, day: date) -> str | None:
    """The user's publication date, kept for later visits; a message if it could not be kept."""
    from geo.store import StoreError

    article.published = day
    store = article_store()
    if store is None:
        return None
    try:
        store.correct_published(article.name, day)
    except StoreError as exc:
        return f"{article.shown}: the date is used now but {exc}"
    return None


def shared_view():
    """The view every page shares: the one kept in this session, else the link's (first visit).

    Streamlit forgets a widget's value when another page is shown, so the view lives in a plain
    session key that every page reads and writes, and the URL mirrors it.
    """
    from ui.state import from_query

    if "view" not in st.session_state:
        st.session_state["view"] = from_query(st.query_params.to_dict())
    return st.session_state["view"]


def keep_view(view) -> None:
    from ui.state import to_query

    st.session_state["view"] = view
    st.query_params.from_dict(to_query(view))


def article_label(name: str) -> str:
    """An article by the name people know (its headline or first words), else its key."""
    article = st.session_state.get("articles", {}).get(name)
    return article.shown if article is not None else name


def added_ids() -> list[str]:
    """Stored articles this session added or opened: the link carries them."""
    return list(st.session_state.get("added", []))


def add_upload(name: str, data: bytes) -> str | None:
    """Add an uploaded article, archive or table; returns a message instead of raising."""
    if len(data) > UPLOAD_LIMIT:
        return f"{name}: {len(data) / 1e6:.1f} MB is too large (limit {UPLOAD_LIMIT / 1e6:.0f} MB)."
    if name.lower().endswith(ARCHIVE_SUFFIXES + TABLE_SUFFIXES):
        return _add_bundle(name, data)
    try:
        found = read_bytes(data, name, max_bytes=UPLOAD_LIMIT)
    except ArticleError as exc:
        return str(exc)
    return _add(Article(name, found.text, "upload", found.published, found.title or name))


def _add(article: Article) -> str | None:
    """Store and add an article unless the same text is already there (then say so); a near
    copy of one (an agency text republished) is added, and said to count once with it."""
    existing = articles()
    mark = fingerprint(article.text)
    twin = next((a for a in existing.values() if fingerprint(a.text) == mark), None)
    if twin is not None:
        return f"{article.label or article.name}: the same article as {twin.shown}; read once."
    article, problem = _kept(article)
    existing[article.name] = article
    st.session_state.setdefault("added", []).append(article.name)
    original = copy_index().add(article.name, article.text)
    if original is not None and original in existing:
        note = (f"{article.shown}: nearly the same text as {existing[original].shown} (copies of one report?); "
                "its claims count once with it.")
        problem = f"{problem}; {note}" if problem else note
    return problem


def copy_index():
    """Near-copies among the session's articles (geo.copies), kept up to date as articles come."""
    from geo.copies import CopyIndex

    if "copy-index" not in st.session_state:
        index = CopyIndex()
        for name, article in articles().items():
            index.add(name, article.text)
        st.session_state["copy-index"] = index
    return st.session_state["copy-index"]


def copies_among(names: list[str]) -> dict[str, str]:
    """article -> the article it copies, within ``names``."""
    chosen = set(names)
    if "copy-index" in st.session_state:  # articles were added: the session's own index has them
        groups = copy_index().first_of
    else:
        groups = copy_groups().groups(_texts())
    return {copy: first for copy, first in groups.items() if copy in chosen and first in chosen}


def copy_groups_ahead() -> None:
    """Start finding the near-copy groups of the session's articles in another process while
    this one reads them (a first start; a restart finds them on disk)."""
    if "copy-index" not in st.session_state:
        copy_groups().ahead(_texts())


def _texts() -> dict[str, str]:
    """The session's articles as copy groups take them: name -> text, in the session's order."""
    return {name: article.text for name, article in articles().items()}


@st.cache_resource(show_spinner=False)
def copy_groups() -> CopyGroups:
    """The near-copy groups of the server's article collections (geo.background.CopyGroups), kept
    on disk: a restarted server shows its corpus without importing datasketch and scipy."""
    return CopyGroups(config.cache_dir() / "copy-groups", pipeline_version())


def _kept(article: Article) -> tuple[Article, str | None]:
    """The article under its stored id; if the store fails, a session-only copy and a message."""
    from geo.store import StoreError, article_id, label_for

    label = article.label or (article.name if article.source == "upload" else label_for(article.text))
    store = article_store()
    problem = None
    if store is not None:
        try:
            kept = store.put(article.text, article.source, label, article.published, article.url)
            return Article(kept.id, kept.text, kept.source, kept.published, kept.label, kept.url), None
        except StoreError as exc:
            problem = f"{label}: added for this session only, {exc}"
    return Article(article_id(article.text), article.text, article.source, article.published, label,
                   article.url), problem


def _add_bundle(name: str, data: bytes) -> str:
    """A .zip of articles or a .csv/.jsonl table: every article in it, and a line of what failed."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / Path(name).name
        path.write_bytes(data)
        added, problems = 0, []
        for item in sources([path]):
            try:
                found = item.read()
            except ArticleError as exc:
                problems.append(str(exc))
                continue
            problem = _add(Article(item.name, found.text, "upload", found.published, found.title or item.name))
            if problem:
                problems.append(problem)
            else:
                added += 1
    return "; ".join([f"{name}: {added} articles added", *problems])


def add_paste(text: str) -> str | None:
    if not text or not text.strip():
        return "The pasted text is empty."
    return _add(Article("", plain_text(text).strip(), "paste"))


def found_in(article: Article) -> str:
    """What reading an article found, in one line: "12 events (3 not placed) on 9 places"."""
    events, _ = events_for(article.text, article.name, article.published, False, article.label, article.url)
    claims = [e for e in events if e["event_type"] != "other"]
    unplaced = sum(1 for e in events if e["geo_precision"] == "unresolved")
    places = len({e["place_id"] or e["mention"] for e in events if e["on_map"]})
    return (f"{article.shown}: {len(claims)} claimed events, {len(events) - len(claims)} other mentions "
            f"on {places} places; {unplaced} names not placed")


def last_added() -> Article | None:
    added = st.session_state.get("added", [])
    return articles().get(added[-1]) if added else None


def all_events(selected: list[Article], progress=None, online: bool = False,
               first_look: bool = False) -> tuple[list[dict], dict[str, dict]]:
    """Events of the selected articles, with a progress callback for long runs. ``first_look``:
    with many articles to read, stop reading after FIRST_LOOK_SECONDS and give those read so far
    (reading_left() says how many are not)."""
    events, published = [], {}
    memo = st.session_state.setdefault("events-memo", {})  # cheaper than the cache on reruns
    version = pipeline_version()  # an edited dump reads the articles again
    keys = tuple((a.name, a.published, hash(a.text), online, a.label, version) for a in selected)
    st.session_state["reading-left"] = 0
    last = st.session_state.get("all-events-memo")
    if last is not None and last[0] == keys:
        return last[1]  # the same articles as the last run: the very same lists
    unread = [article for article, key in zip(selected, keys, strict=True) if key not in memo]
    deadline = time.perf_counter() + FIRST_LOOK_SECONDS if first_look and len(unread) >= FIRST_LOOK_FROM else None
    done = left = 0
    try:
        for i, (article, key) in enumerate(zip(selected, keys, strict=True), 1):
            if key not in memo:
                if deadline is not None and time.perf_counter() >= deadline:
                    left += 1
                    continue
                started = time.perf_counter()
                memo[key] = events_for(article.text, article.name, article.published, online, article.label,
                                       article.url)
                done += 1
                if time.perf_counter() - started >= READ_NOT_CACHED and not online and deadline is None:
                    _read_the_tail_too(unread[done:])
            found, info = memo[key]
            events.extend(found)
            published[article.name] = info
            if progress is not None:
                progress(i, len(selected), article.name)
    finally:
        _stop_the_tail()
    st.session_state["reading-left"] = left
    if not left:
        st.session_state["all-events-memo"] = (keys, (events, published))
    return events, published


def reading_left() -> int:
    """How many selected articles the last all_events(first_look=True) left unread."""
    return st.session_state.get("reading-left", 0)


def _read_the_tail_too(rest: list[Article]) -> None:
    """An article had to be read, not found in the cache: with many more to read and a second
    core, a second process reads them from the end meanwhile (geo.background.TailReader)."""
    if getattr(_reading, "tail", None) is not None or len(rest) < TAIL_FROM or (os.cpu_count() or 1) < 2:
        return
    if not _ONE_TAIL.acquire(blocking=False):
        return  # another session's reader runs: this one reads alone
    jobs = [(_tail_key(*job), job) for job in ((a.text, a.name, a.published, a.label, a.url) for a in rest)]
    try:
        _reading.tail = TailReader(jobs, gazetteer_folder(), config.cache_dir())
    except (OSError, RuntimeError, ValueError):  # no process can be started here (no forkserver on Windows)
        _ONE_TAIL.release()


def _tail_key(text: str, name: str, published: date | None, label: str, url: str) -> tuple:
    """One article's key for the TailReader, as the session asks and as the jobs are given."""
    return name, hash(text), published, label, url


def _stop_the_tail() -> None:
    tail = getattr(_reading, "tail", None)
    if tail is not None:
        _reading.tail = None
        tail.close()
        _ONE_TAIL.release()


@st.cache_resource
def _review_store():
    from geo.review import ReviewStore

    return ReviewStore(config.reviews_path())


def review_store():
    """The analyst's review store, or None with a message when it cannot be used."""
    from geo.review import ReviewError

    try:
        return _review_store()
    except ReviewError as exc:
        st.warning(f"Reviews are off: {exc}")
        return None


def reviewed(events: list[dict]) -> list[dict]:
    """Events with the analyst's corrections and rejections applied (see the Review page).

    Reruns of the page reuse the last result while neither the events nor the decisions change.
    """
    from geo.extract import Event
    from geo.review import ReviewError, apply

    store = review_store()
    if store is None:
        return events
    try:
        key = (id(events), store.version())
        last = st.session_state.get("reviewed-memo")
        if last is not None and last[0] == key:
            return last[1]
        if key[1][0] == 0:
            result = events
        else:
            gaz, _ = pipeline()
            result = [e.to_dict() for e in apply([Event(**e) for e in events], store, gaz)]
    except ReviewError as exc:
        st.warning(f"Reviews are off: {exc}")
        return events
    st.session_state["reviewed-memo"] = (key, result)
    return result


def current_events() -> list[dict]:
    """Events of every article in the session (pages that open without the main page)."""
    load_pipeline_or_stop()
    if "events" not in st.session_state:
        raw, st.session_state.published = all_events(list(articles(shared_view().added).values()))
        st.session_state.raw_events, st.session_state.events = raw, reviewed(raw)
    return st.session_state.events
