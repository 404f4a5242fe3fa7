"""Online geocoding, with a stand-in geocoder: no test reaches the network."""

from __future__ import annotations

from types import SimpleNamespace

from geo.locate import locate
from geo.online import OnlineGeocoder


class FakeNominatim:
    def __init__(self, answers):
        self.answers, self.queries = answers, []

    def geocode(self, query, **kwargs):
        self.queries.append((query, kwargs))
        lat_lon = self.answers.get(query)
        if lat_lon is None:
            return None
        return SimpleNamespace(latitude=lat_lon[0], longitude=lat_lon[1], address=f"{query}, Azerbaijan")


def test_answers_are_cached_and_bounded_to_the_two_countries(tmp_path):
    fake = FakeNominatim({"قرية أ": (39.3, 46.9), "قرية ب": (41.0, 29.0)})  # b: Istanbul
    geocoder = OnlineGeocoder(tmp_path / "cache.sqlite", fake, min_delay_seconds=0)
    assert geocoder.locate("قرية أ").lat == 39.3
    assert geocoder.locate("قرية  أ").lat == 39.3  # same query after folding spaces: cached
    assert geocoder.locate("قرية ب") is None  # outside Azerbaijan and Armenia
    assert geocoder.locate("غير موجودة") is None
    assert len(fake.queries) == 3 and fake.queries[0][1]["country_codes"] == ["az", "am"]
    again = OnlineGeocoder(tmp_path / "cache.sqlite", fake, min_delay_seconds=0)
    assert again.locate("قرية أ").lat == 39.3 and again.asked == 0  # persisted


def test_only_unresolved_names_are_asked(gaz, tabs, tmp_path):
    fake = FakeNominatim({"زخرفستان": (39.5, 46.5)})
    geocoder = OnlineGeocoder(tmp_path / "cache.sqlite", fake, min_delay_seconds=0)
    text = "حرر الجيش قرى قاودار، وزخرفستان، وميراك."
    placed = {loc.mention.text: loc for loc in locate(text, gaz, tabs, geocoder)}
    assert [q for q, _ in fake.queries] == ["زخرفستان"]
    assert placed["زخرفستان"].lat == 39.5 and "online" in placed["زخرفستان"].note
    assert placed["قاودار"].place_id == 147869


class FailingNominatim(FakeNominatim):
    def geocode(self, query, **kwargs):
        from geopy.exc import GeocoderUnavailable

        self.queries.append((query, kwargs))
        raise GeocoderUnavailable("no route to host")


def test_a_failure_is_not_cached_and_stops_the_questions(tmp_path):
    failing = FailingNominatim({})
    geocoder = OnlineGeocoder(tmp_path / "cache.sqlite", failing, min_delay_seconds=0)
    assert geocoder.locate("قرية أ") is None and geocoder.locate("قرية ب") is None
    assert len(failing.queries) == 1  # failed fast: the second name was not asked
    assert "GeocoderUnavailable" in geocoder.failure and "no route to host" in geocoder.failure
    working = FakeNominatim({"قرية أ": (39.3, 46.9)})
    later = OnlineGeocoder(tmp_path / "cache.sqlite", working, min_delay_seconds=0)
    assert later.locate("قرية أ").lat == 39.3  # asked again: the failure was never stored
