"""Optional online geocoding for names the local gazetteer cannot place.

Off by default and never used by the tests' network: geopy's Nominatim (or any geopy
geocoder) behind a rate limiter and a persistent SQLite cache, so a name is asked once ever.
Only answers are cached ("found here" or "not found"); a failure (no network, a timeout, a
refusal) is not an answer: it is reported once, the geocoder stops asking for the rest of the
run, and the name is asked again next time.
Answers outside Azerbaijan and Armenia are refused: a village name shared with a town in
Turkey must not land there.
"""

from __future__ import annotations

import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path

# lat_min, lon_min, lat_max, lon_max: Azerbaijan (with Nakhchivan) and Armenia
BBOX = (38.3, 43.4, 41.95, 50.95)
USER_AGENT = "karabakh-claims-map/0.1 (https://github.com/; conflict research)"


@dataclass(frozen=True, slots=True)
class OnlineHit:
    lat: float
    lon: float
    address: str


class OnlineGeocoder:
    """geopy geocoder + rate limit + cache. ``geocoder`` is any object with geocode()."""

    def __init__(self, cache_path: Path, geocoder=None, min_delay_seconds: float = 1.0):
        if geocoder is None:
            from geopy.geocoders import Nominatim

            geocoder = Nominatim(user_agent=USER_AGENT, timeout=10)
        from geopy.extra.rate_limiter import RateLimiter

        self._geocode = RateLimiter(geocoder.geocode, min_delay_seconds=min_delay_seconds,
                                    max_retries=0, swallow_exceptions=False)  # fail fast: no 5 s retry
        cache_path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(cache_path, check_same_thread=False)
        self._db.execute("CREATE TABLE IF NOT EXISTS answers (query TEXT PRIMARY KEY, "
                         "lat REAL, lon REAL, address TEXT, asked REAL)")
        self.asked = 0  # questions sent (not answered from the cache)
        self.failure = ""  # the first failure of this run: no more questions after it

    def locate(self, name: str) -> OnlineHit | None:
        query = " ".join(name.split())
        row = self._db.execute("SELECT lat, lon, address FROM answers WHERE query = ?",
                               (query,)).fetchone()
        if row is None:
            if self.failure:
                return None
            self.asked += 1
            try:
                found = self._geocode(query, country_codes=["az", "am"], language="en")
            except Exception as exc:  # geopy's errors and the network's: not an answer, not cached
                self.failure = f"online geocoding stopped: {type(exc).__name__}: {exc}".splitlines()[0]
                return None
            lat = found.latitude if found else None
            lon = found.longitude if found else None
            address = found.address if found else None
            self._db.execute("INSERT OR REPLACE INTO answers VALUES (?, ?, ?, ?, ?)",
                             (query, lat, lon, address, time.time()))
            self._db.commit()
            row = (lat, lon, address)
        lat, lon, address = row
        if lat is None or not (BBOX[0] <= lat <= BBOX[2] and BBOX[1] <= lon <= BBOX[3]):
            return None
        return OnlineHit(lat, lon, address or "")
