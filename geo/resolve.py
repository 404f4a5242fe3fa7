"""Rank gazetteer candidates for a place mention and decide how precisely it can be placed.

Spelling similarity comes first (phonetic keys compared with rapidfuzz); context then breaks
ties and overrules near-misses: the district a qualifier names, the war theatre, the kind of
place the cue word announces, and the other villages of the same list.
"""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process

from geo import rules
from geo.gazetteer import Gazetteer, Place
from geo.phonetic import (
    SKELETON_WEIGHT,
    VOWEL_WEIGHT,
    VowelSlots,
    clashes_between,
    key,
    keys,
    script_of,
    similarity,
    spoken_vowels,
    written_vowels,
)
from geo.tables import Tables, compact

RANKING = rules.ranking()  # data/ranking.toml
PLACE_THRESHOLD = RANKING.place  # name similarity needed to put a point on a named place
# When the text names the district, a village must match better still: the district is an
# honest fallback, a namesake one consonant off is not (سوغانلي is not Fuqanli).
PLACE_THRESHOLD_WITH_DISTRICT = RANKING.place_with_district
RETRIEVAL_CUTOFF = RANKING.retrieval_cutoff
SPREAD_CUES = frozenset({"district"})
WOF_ID_FLOOR = 85_000_000  # ids above this are Who's On First duplicates of GeoNames rows



@dataclass(frozen=True, slots=True)
class Candidate:
    place: Place
    name_score: float  # 0..100, spelling only
    score: float  # spelling plus context
    matched: str  # the gazetteer name that matched
    terms: tuple[tuple[float, str], ...] = ()  # the context's (points, why)

    @property
    def reasons(self) -> tuple[str, ...]:
        return tuple(f"{value:+.0f} {why}" for value, why in self.terms)


@dataclass(frozen=True, slots=True)
class Resolution:
    place: Place | None
    precision: str  # place | district | region | unresolved
    confidence: float  # 0..1
    candidates: tuple[Candidate, ...] = ()
    note: str = ""
    curated: bool = False  # placed by the team's alias table, not by spelling
    ambiguous: bool = False  # a namesake or a rival nearly as good lies elsewhere: a guess, said in the note


@dataclass
class Context:
    """What the text around a mention says about where it is."""

    cue: str = ""  # one of CUE_KINDS or ""
    districts: list[str] = field(default_factory=list)  # admin1 codes from qualifiers
    neighbours: list[tuple[float, float]] = field(default_factory=list)  # list-mates' points
    listed: bool = False  # an item of a list the grammar says is places ("القرى المحررة هي: ...")
    country: str = ""  # AM or AZ when the text says so ("قرية نوراشين الأرمنية")

    def centre(self) -> tuple[float, float] | None:
        """The median point of the neighbours, robust to one misplaced list-mate. Villages listed
        together lie together; districts listed together (those a missile salvo was fired at)
        may be a hundred kilometres apart."""
        if not self.neighbours or self.cue in SPREAD_CUES:
            return None
        half = len(self.neighbours) // 2
        return (sorted(p[0] for p in self.neighbours)[half],
                sorted(p[1] for p in self.neighbours)[half])


def name_scores(gaz: Gazetteer, name: str, limit: int = 40) -> dict[int, tuple[float, str]]:
    """Best spelling similarity (0..100) of ``name`` to each place's names, by place id.

    Memoised on the gazetteer: a name is scored once however often articles repeat it.
    """
    cache = gaz.score_cache
    if (name, limit) not in cache:
        if len(cache) > 50_000:
            cache.clear()
        cache[(name, limit)] = _name_scores(gaz, name, limit)
    return cache[(name, limit)]


def _name_scores(gaz: Gazetteer, name: str, limit: int) -> dict[int, tuple[float, str]]:
    """Scores of ``name`` as written and as read with translated name parts transliterated
    (كوزلك العليا is also يوخاري كوزلك, "Upper Guzlak" Yuxari Guzlak: data/spelling.toml); the better
    reading counts."""
    best = _spelling_scores(gaz, name, limit)
    for reading in rules.spelling().readings(name):
        for place_id, found in _spelling_scores(gaz, reading, limit).items():
            if found[0] > best.get(place_id, (-1.0, ""))[0]:
                best[place_id] = found
    return best


def _spelling_scores(gaz: Gazetteer, name: str, limit: int) -> dict[int, tuple[float, str]]:
    best: dict[int, tuple[float, str]] = {}
    name_compact = compact(name)
    if script_of(name) == "arabic":
        for entry in gaz.by_arabic.get(name_compact, ()):
            _offer(best, entry.place_id, 100.0, entry.name)
    for skeleton, vocalised in keys(name):
        if skeleton:
            _offer_near(best, gaz, skeleton, vocalised, name_compact, limit)
    return best


def _offer(best: dict[int, tuple[float, str]], place_id: int, score: float, matched: str) -> None:
    if score > best.get(place_id, (-1.0, ""))[0]:
        best[place_id] = (score, matched)


def _offer_near(best: dict[int, tuple[float, str]], gaz: Gazetteer, skeleton: str, vocalised: str,
                name_compact: str, limit: int) -> None:
    """Score the names whose skeletons lie near ``skeleton`` (phonetic.key_similarity, its two
    ratios each computed once per distinct skeleton and vowel key, not once per name)."""
    pool = {skeleton: 100.0} if skeleton in gaz.by_skeleton else {}
    if len(skeleton) >= 3:
        near = sorted(gaz.skeletons_near(skeleton))  # sorted: ties must break alike in every process
        for found, score, _ in process.extract(skeleton, near, scorer=fuzz.ratio,
                                               score_cutoff=RETRIEVAL_CUTOFF, limit=limit):
            pool[found] = score
    vowels: dict[str, float] = {}
    # the hot loop of resolution: entries unpacked, functions bound to local names
    no_score, ratio, compact_name, known = (-1.0, ""), fuzz.ratio, gaz.compact_name, best.get
    for found in sorted(pool):
        consonants = SKELETON_WEIGHT * pool[found]
        for place_id, name, script, _, entry_vocalised in gaz.by_skeleton[found]:
            vowel = vowels.get(entry_vocalised)
            if vowel is None:
                vowel = vowels[entry_vocalised] = VOWEL_WEIGHT * ratio(vocalised, entry_vocalised)
            score = consonants + vowel
            if script == "arabic":
                score = max(score, ratio(name_compact, compact_name(name)))
            if score > known(place_id, no_score)[0]:
                best[place_id] = (score, name)


def score_candidates(
    gaz: Gazetteer, name: str, context: Context | None = None,
    tables: Tables | None = None, limit: int = 10,
) -> list[Candidate]:
    """Candidates for ``name`` ranked by spelling and context, best first.

    A pure function of the name and the context, memoised on the gazetteer: an article names
    the same village again and again in the same setting.
    """
    context = context or Context()
    centre = context.centre()
    key = ("ranked", name, context.cue, tuple(context.districts), centre, context.country, id(tables), limit)
    cache = gaz.score_cache
    if key not in cache:
        if len(cache) > 50_000:
            cache.clear()
        cache[key] = _rank(gaz, name, context, tables, centre, limit)
    return cache[key]


def _rank(gaz: Gazetteer, name: str, context: Context, tables: Tables | None,
          centre: tuple[float, float] | None, limit: int) -> list[Candidate]:
    settled = _settled_terms(gaz, name, context.cue, tables)
    latin_name = name.casefold() if script_of(name) == "latin" else None  # as its record has it: a town (Beylagan)
    ranked = []
    for name_score, place_id, matched in _compared(gaz, name, context.cue == "district", tuple(context.districts)):
        place = gaz.places[place_id]
        middle, last = settled(place, matched)
        terms = (*_district_terms(place, context.districts), *_country_terms(place, context.country, tables),
                 *middle, *_distance_terms(place, centre, bool(last) or latin_name == matched.casefold()), *last)
        score = name_score + sum(value for value, _ in terms)
        # ties: the better documented record (population, then number of names) wins
        ranked.append(((score, name_score, place.population, len(place.names), -place.id), place, matched, terms))
    ranked.sort(key=lambda found: found[0], reverse=True)
    return [Candidate(place, order[1], order[0], matched, terms) for order, place, matched, terms in ranked[:limit]]


def _compared(gaz: Gazetteer, name: str, district_cue: bool, districts: tuple[str, ...]) -> Spellings:
    """The spellings worth ranking: the closest, and every one in a district the text names.
    Made once per name and setting: a list of candidates can run to hundreds."""
    cache_key = ("compared", name, district_cue, districts)
    found = gaz.score_cache.get(cache_key)
    if found is None:
        ranked_names = _within_reach(gaz, name)
        if district_cue:
            ranked_names = _districts_named_as_their_seats(gaz, ranked_names)
        found = ranked_names[: RANKING.compared]
        if districts:
            found += [c for c in ranked_names[RANKING.compared :] if gaz.places[c[1]].in_district(districts)]
        gaz.score_cache[cache_key] = found
    return found


def _village_name(place: Place) -> str:
    """The main name of a village, "" for a town or a district: villages of one name are
    namesakes whichever has its Arabic name recorded; a town's recorded name marks the town the
    news speaks of, and a district is no namesake of its seat."""
    small = place.feature_class == "P" and not place.is_admin and place.population < RANKING.town_population
    return place.name if small else ""


def _within_reach(gaz: Gazetteer, name: str) -> list[tuple[float, int, str]]:
    """(spelling score, place id, matched name) of the places context could still carry to the
    top, best first: context moves a score by at most context_reach points, so farther-behind
    spellings cannot win. Depends on the name alone, so made once per name."""
    cache_key = ("within reach", name)
    found = gaz.score_cache.get(cache_key)
    if found is None:
        scores = name_scores(gaz, name)
        floor = max((s for s, _ in scores.values()), default=0.0) - RANKING.context_reach
        found = sorted(((s, pid, m) for pid, (s, m) in scores.items() if s >= floor), reverse=True)
        gaz.score_cache[cache_key] = found
    return found


Spellings = list[tuple[float, int, str]]  # (spelling score, place id, matched name), best first


def _districts_named_as_their_seats(gaz: Gazetteer, ranked: Spellings) -> Spellings:
    """A district shares its seat's name (Kəlbəcər rayon and Kəlbəcər town): after a district
    cue ("منطقة كلبجر") the article's spelling, recorded in Arabic for the seat, names the district
    as well. Only an exact Arabic record: a Latin near-miss (Bard for بيرد) may be another town."""
    exact = [found for found in itertools.takewhile(lambda r: r[0] >= 100, ranked)  # ranked best first
             if script_of(found[2]) == "arabic"]
    seats = [(score, district, matched) for score, place_id, matched in exact
             if (district := _district_of_seat(gaz, gaz.places[place_id])) is not None]
    if not seats:
        return ranked
    best = {place_id: (score, place_id, matched) for score, place_id, matched in ranked}
    for score, district, matched in seats:
        if score > best.get(district.id, (-1.0,))[0]:
            best[district.id] = (score, district.id, matched)
    return sorted(best.values(), reverse=True)


def _district_of_seat(gaz: Gazetteer, place: Place) -> Place | None:
    """The district a seat (PPLA) bears the name of, if it does: not Kapan, seat of Syunik."""
    if place.feature_code != "PPLA":
        return None
    cache_key = ("district of seat", place.id)
    if cache_key not in gaz.score_cache:
        district = gaz.district(place.admin1)
        named = district is not None and any(
            similarity(own, recorded) >= RANKING.seat_names_district
            for own in (district.name, district.asciiname) for recorded in place.names if recorded)
        gaz.score_cache[cache_key] = district if named else None
    return gaz.score_cache[cache_key]


Terms = tuple[tuple[float, str], ...]  # (points, why); weights in data/ranking.toml


def _district_terms(place: Place, districts: list[str]) -> Terms:
    """For a place in the district the text names, against one outside it."""
    if not districts:
        return ()
    if place.in_district(districts):
        return ((RANKING.bonus["in_named_district"], f"in the named district {place.admin1}"),)
    return ((RANKING.bonus["outside_named_district"], "outside the named district"),)


def _country_terms(place: Place, country: str, tables: Tables | None) -> Terms:
    """For a place in the country the text names, against one in the other. Karabakh and the
    districts around it are Azerbaijan's in law and were held by Armenians: called Armenian,
    they are neither."""
    if not country or tables is None or country == "AM" and place.admin1 in tables.core:
        return ()
    if place.country == country:
        return ((RANKING.bonus["named_country"], f"in {country}, as the text says"),)
    return ((RANKING.bonus["other_country"], f"not in {country}, which the text names"),)


def _settled_terms(gaz: Gazetteer, name: str, cue: str, tables: Tables | None):
    """What the name, the cue and the place itself say, whatever else the article names: the
    same for every mention of the name after the same cue, so made once per place and kept.
    Returns a function of (place, matched name) giving the terms before and after distance."""
    memo = gaz.score_cache.setdefault(("settled", name, cue, id(tables)), {})
    name_compact = compact(name)
    written = written_vowels(name) if script_of(name) == "arabic" else None
    romanised = _romanised_on(gaz, written[0]) if written is not None else {}

    def terms(place: Place, matched: str) -> tuple[Terms, Terms]:
        found = memo.get((place.id, matched))
        if found is None:
            exact = script_of(matched) == "arabic" and compact(matched) == name_compact
            theatre, kind_and_record = _own_terms(gaz, place, cue, tables)
            found = memo[(place.id, matched)] = (
                (*theatre, *_name_terms(place, name, matched),
                 *(_vowel_terms(written, romanised[place.id]) if place.id in romanised else ()), *kind_and_record),
                ((RANKING.bonus["exact_arabic_spelling"],
                  "the article's spelling is a recorded name of this place"),) if exact else (),
            )
        return found

    return terms


def _own_terms(gaz: Gazetteer, place: Place, cue: str, tables: Tables | None) -> tuple[Terms, Terms]:
    """What the place's record says after this cue, whatever name matched it: (theatre terms,
    kind and record terms). Made once per place and cue: every new name meets the same places."""
    cache_key = (place.id, cue, id(tables))
    found = gaz.place_cache.get(cache_key)
    if found is None:
        found = gaz.place_cache[cache_key] = (
            _theatre_terms(place, tables), (*_kind_terms(place, cue), *_record_terms(place)))
    return found


def _theatre_terms(place: Place, tables: Tables | None) -> Terms:
    if tables is not None and place.admin1 in tables.core:
        return ((RANKING.bonus["core_theatre"], "in Karabakh or the seven districts"),)
    if tables is not None and place.admin1 in tables.theatre:
        return ((RANKING.bonus["wider_theatre"], "in the wider war theatre"),)
    return ()


def _name_terms(place: Place, name: str, matched: str) -> Terms:
    """An alternate name may be another place's (Who's On First mix-ups): the main name counts more."""
    if matched in (place.name, place.asciiname) or similarity(name, place.name) >= 97:
        return ((RANKING.bonus["main_name"], "the place's main name"),)
    return ()


def _vowel_terms(written: VowelSlots, names: tuple[str, ...]) -> Terms:
    """The article's vowel letters (``written``) against a place's romanisations on the same
    consonants (``names``): "هاجيلي" writes an i where Hacallı has an a; the consonants tie
    namesakes-in-spelling, the vowels part them. The name that agrees best counts (كيلباجار is
    Kəlbəcər's, whose ə takes any letter, not only Kalbajar's)."""
    clashes = min((n for recorded in names if (n := clashes_between(written, spoken_vowels(recorded))) is not None),
                  default=0)
    if not clashes:
        return ()
    w = RANKING.bonus
    return ((max(w["vowel_against_name_cap"], clashes * w["vowel_against_name"]),
             f"{clashes} vowel letter(s) of the spelling in none of its names"),)


def _romanised_on(gaz: Gazetteer, skeleton: str) -> dict[int, tuple[str, ...]]:
    """The Latin and Cyrillic names on a skeleton, by place: made once per skeleton."""
    cache_key = ("romanised on", skeleton)
    found = gaz.score_cache.get(cache_key)
    if found is None:
        grouped: dict[int, list[str]] = {}
        for entry in gaz.by_skeleton.get(skeleton, ()):
            if entry.script in ("latin", "cyrillic"):
                grouped.setdefault(entry.place_id, []).append(entry.name)
        found = gaz.score_cache[cache_key] = {place_id: tuple(names) for place_id, names in grouped.items()}
    return found


def _record_terms(place: Place) -> Terms:
    terms: Terms = ()
    if place.id >= WOF_ID_FLOOR:
        terms += ((RANKING.bonus["duplicate_record"], "duplicate record (Who's On First id)"),)
    if rules.spelling().names_both_of_a_pair(place.names):
        terms += ((RANKING.bonus["merged_pair_record"], "names both the upper and the lower village"),)
    return terms


def _distance_terms(place: Place, centre: tuple[float, float] | None, spelled_as_recorded: bool) -> Terms:
    """Villages listed together lie together: a namesake far from the others is less likely. Not
    a town spelled as its record has it: "قصف ستيباناكيرت وكنجة" names the two towns most shelled,
    100 km apart (Ganja had lost to a hamlet near Stepanakert once called Gandza); in Latin letters
    too, as an English tweet writes it ("Tartar, Barda and Beylagan")."""
    if centre is None or spelled_as_recorded and place.population >= RANKING.town_population and not place.is_admin:
        return ()
    km = distance_km(place.lat, place.lon, *centre)
    if km <= 5:
        return ()
    w = RANKING.bonus
    return ((max(w["distance_cap"], (km - 5) * w["distance_per_km"]), f"{km:.0f} km from the places named with it"),)


def _kind_terms(place: Place, cue: str) -> list[tuple[float, str]]:
    """Whether the kind of place fits the cue word: a district after "منطقة", a town after "مدينة"."""
    w = RANKING.bonus
    code = place.feature_code
    terms: list[tuple[float, str]] = []
    if code in ("ADM2H", "RGNE"):
        terms.append((w["historical_unit"], "historical or statistical unit"))
    if cue in ("district", "axis"):
        if code == "ADM1":
            terms.append((w["district_for_district_cue"], "district named by the cue"))
    elif cue in ("village", "city", "front"):
        if place.is_admin:
            terms.append((w["admin_for_settlement_cue"], "an administrative unit, the cue names a settlement"))
    elif place.is_admin:
        terms.append((w["admin_without_cue"], "an administrative unit, no cue asks for one"))
    if cue == "city" and code.startswith("PPLA"):
        terms.append((w["district_seat_for_city_cue"], "seat of a district"))
    elif cue == "city" and not place.population and not place.is_admin:
        if len(place.names) >= 12:  # named in many languages: a known town with no census
            terms.append((w["town_known_by_many_names"], "a town known by many names"))
        else:
            terms.append((w["unpopulated_for_city_cue"], "a village of no recorded population, the cue names a town"))
    if cue in ("city", "front", "") and place.population:
        terms.append((min(w["population_cap"], math.log10(place.population + 1)), "population"))
    return terms


def resolve(
    gaz: Gazetteer, tables: Tables, name: str, context: Context | None = None,
    excluded: frozenset[int] = frozenset(),
) -> Resolution:
    """Place a mention: a named place, its district, or unresolved, never (0, 0). ``excluded``:
    places another name of the same list already is."""
    context = context or Context()
    alias = tables.alias(name)
    if alias is not None and alias in gaz.places:
        place = _seat_or_its_district(gaz, gaz.places[alias], context.cue)
        precision = "district" if place.feature_code == "ADM1" else "place"
        return Resolution(place, precision, 0.95, (), "curated alias (data/aliases.csv)", curated=True)
    candidates = tuple(c for c in score_candidates(gaz, name, context, tables) if c.place.id not in excluded)
    best = candidates[0] if candidates else None
    if best is not None and context.districts and not best.place.in_district(context.districts):
        best = None  # the text names the district; a namesake elsewhere contradicts it
    if best is not None and not context.listed and not enough_letters(best, name, bool(context.districts)):
        best = None
    threshold = PLACE_THRESHOLD_WITH_DISTRICT if context.districts else PLACE_THRESHOLD
    if best is not None and best.name_score >= threshold:
        # a rival far away and nearly as good makes the choice a guess, and so does a village of
        # the same name, however better recorded the one chosen: say so
        namesake = _village_name(best.place)
        rivals = [c for c in candidates[1:]
                  if (best.score - c.score < 2 or namesake and _village_name(c.place) == namesake)
                  and distance_km(best.place.lat, best.place.lon, c.place.lat, c.place.lon) > 5]
        margin = best.score - candidates[1].score if len(candidates) > 1 else 10.0
        confidence = best.name_score / 100 * (0.5 + 0.5 * min(max(margin, 0), 10) / 10)
        precision = "district" if best.place.feature_code == "ADM1" else "place"
        note = f"matched {best.matched!r}"
        if rivals:
            note += "; ambiguous with " + ", ".join(
                f"{c.place.name} ({c.place.admin1_name})" for c in rivals[:3])
        return Resolution(best.place, precision, round(min(confidence, 1.0), 3), candidates, note,
                          ambiguous=bool(rivals))
    for code in context.districts:
        district = gaz.district(code)
        if district is not None:
            return Resolution(district, "district", 0.5, candidates,
                              "no village matched well enough; placed on the named district")
    return Resolution(None, "unresolved", 0.0, candidates, "no candidate passed the threshold")


def _seat_or_its_district(gaz: Gazetteer, place: Place, cue: str) -> Place:
    """A curated name of a district's seat after a district's cue word ("منطقة خوجالي", "إقليم
    كرفاتشار") is the district, as the gazetteer's own names of it are there."""
    if cue == "district" and place.feature_code == "PPLA":
        return gaz.district(place.admin1) or place
    return place


def enough_letters(best: Candidate, name: str, district_named: bool = False) -> bool:
    """A one- or two-consonant skeleton matches half the dictionary ("خاضعة" and Khyzy): only
    a name the gazetteer records exactly as written (شوشي, Shushi) is evidence then, or, among
    the few villages of a district the text names, one whose vowels agree too (تشايلي, Çaylı)."""
    if len(key(best.matched)) >= 3:
        return True
    if district_named and {v for _, v in keys(name)} & {v for _, v in keys(best.matched)}:
        return True
    written = compact(name)
    return any(compact(recorded) == written for recorded in best.place.names)


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance; good to metres at these scales."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(a))
