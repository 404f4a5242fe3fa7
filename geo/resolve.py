"""Rank gazetteer candidates for a place mention and decide how precisely it can be placed.

Spelling similarity comes first (phonetic keys compared with rapidfuzz); context then breaks
ties and overrules near-misses: the district a qualifier names, the war theatre, the kind of
place the cue word announces, and the other villages of the same list.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process

from geo import rules
from geo.gazetteer import Gazetteer, Place
from geo.phonetic import key, key_similarity, keys, script_of, similarity
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


@dataclass
class Context:
    """What the text around a mention says about where it is."""

    cue: str = ""  # one of CUE_KINDS or ""
    districts: list[str] = field(default_factory=list)  # admin1 codes from qualifiers
    neighbours: list[tuple[float, float]] = field(default_factory=list)  # list-mates' points
    listed: bool = False  # an item of a list the grammar says is places ("القرى المحررة هي: ...")

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
    (كوزلك العليا is also يوخاري كوزلك, data/spelling.toml); the better reading counts."""
    best = _spelling_scores(gaz, name, limit)
    for reading in rules.spelling().readings(name) if script_of(name) == "arabic" else ():
        for place_id, found in _spelling_scores(gaz, reading, limit).items():
            if found[0] > best.get(place_id, (-1.0, ""))[0]:
                best[place_id] = found
    return best


def _spelling_scores(gaz: Gazetteer, name: str, limit: int) -> dict[int, tuple[float, str]]:
    best: dict[int, tuple[float, str]] = {}

    def offer(place_id: int, score: float, matched: str) -> None:
        if score > best.get(place_id, (-1.0, ""))[0]:
            best[place_id] = (score, matched)

    name_compact = compact(name)
    if script_of(name) == "arabic":
        for entry in gaz.by_arabic.get(name_compact, ()):
            offer(entry.place_id, 100.0, entry.name)
    for skeleton, vocalised in keys(name):
        if not skeleton:
            continue
        pool = {skeleton} if skeleton in gaz.by_skeleton else set()
        if len(skeleton) >= 3:
            near = sorted(gaz.skeletons_near(skeleton))  # sorted: ties must break alike in every process
            pool.update(found for found, _, _ in process.extract(
                skeleton, near, scorer=fuzz.ratio, score_cutoff=RETRIEVAL_CUTOFF, limit=limit))
        for found in sorted(pool):
            for entry in gaz.by_skeleton[found]:
                score = key_similarity((skeleton, vocalised), (entry.skeleton, entry.vocalised))
                if entry.script == "arabic":
                    score = max(score, fuzz.ratio(name_compact, compact(entry.name)))
                offer(entry.place_id, score, entry.name)
    return best


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
    key = ("ranked", name, context.cue, tuple(context.districts), centre, id(tables), limit)
    cache = gaz.score_cache
    if key not in cache:
        if len(cache) > 50_000:
            cache.clear()
        cache[key] = _rank(gaz, name, context, tables, centre, limit)
    return cache[key]


def _rank(gaz: Gazetteer, name: str, context: Context, tables: Tables | None,
          centre: tuple[float, float] | None, limit: int) -> list[Candidate]:
    ranked = []
    scores = name_scores(gaz, name)
    # context moves a score by at most context_reach points: farther-behind spellings cannot
    # win; of the rest, the closest few are enough to rank
    floor = max((s for s, _ in scores.values()), default=0.0) - RANKING.context_reach
    ranked_names = sorted(
        ((s, pid, m) for pid, (s, m) in scores.items() if s >= floor), reverse=True
    )
    closest = ranked_names[: RANKING.compared] + [
        c for c in ranked_names[RANKING.compared :] if gaz.places[c[1]].in_district(context.districts)
    ]
    name_compact = compact(name)
    for name_score, place_id, matched in closest:
        place = gaz.places[place_id]
        terms = _context_terms(place, name, matched, context, tables, centre)
        if script_of(matched) == "arabic" and compact(matched) == name_compact:
            terms.append((RANKING.bonus["exact_arabic_spelling"],
                          "the article's spelling is a recorded name of this place"))
        bonus = sum(value for value, _ in terms)
        ranked.append(Candidate(place, name_score, name_score + bonus, matched, tuple(terms)))
    # ties: the better documented record (population, then number of names) wins
    ranked.sort(
        key=lambda c: (c.score, c.name_score, c.place.population, len(c.place.names), -c.place.id),
        reverse=True,
    )
    return ranked[:limit]


def _context_terms(
    place: Place, name: str, matched: str, context: Context, tables: Tables | None,
    centre: tuple[float, float] | None = None,
) -> list[tuple[float, str]]:
    """What the context says for or against ``place``, as (points, why); weights in data/ranking.toml."""
    w = RANKING.bonus
    terms: list[tuple[float, str]] = []
    if context.districts:
        if place.in_district(context.districts):
            terms.append((w["in_named_district"], f"in the named district {place.admin1}"))
        else:
            terms.append((w["outside_named_district"], "outside the named district"))
    if tables is not None and place.admin1 in tables.core:
        terms.append((w["core_theatre"], "in Karabakh or the seven districts"))
    elif tables is not None and place.admin1 in tables.theatre:
        terms.append((w["wider_theatre"], "in the wider war theatre"))
    if matched in (place.name, place.asciiname) or similarity(name, place.name) >= 97:
        terms.append((w["main_name"], "the place's main name"))
    terms.extend(_kind_terms(place, context.cue))
    if place.id >= WOF_ID_FLOOR:
        terms.append((w["duplicate_record"], "duplicate record (Who's On First id)"))
    if centre is not None:
        km = distance_km(place.lat, place.lon, *centre)
        if km > 5:
            terms.append((max(w["distance_cap"], (km - 5) * w["distance_per_km"]),
                          f"{km:.0f} km from the places named with it"))
    return terms


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
    gaz: Gazetteer, tables: Tables, name: str, context: Context | None = None
) -> Resolution:
    """Place a mention: a named place, its district, or unresolved, never (0, 0)."""
    context = context or Context()
    alias = tables.aliases.get(compact(name))
    if alias is not None and alias in gaz.places:
        place = gaz.places[alias]
        precision = "district" if place.feature_code == "ADM1" else "place"
        return Resolution(place, precision, 0.95, (), "curated alias (data/aliases.csv)", curated=True)
    candidates = tuple(score_candidates(gaz, name, context, tables))
    best = candidates[0] if candidates else None
    if best is not None and context.districts and not best.place.in_district(context.districts):
        best = None  # the text names the district; a namesake elsewhere contradicts it
    if best is not None and not context.listed and not _enough_letters(best, name):
        best = None
    threshold = PLACE_THRESHOLD_WITH_DISTRICT if context.districts else PLACE_THRESHOLD
    if best is not None and best.name_score >= threshold:
        # a rival far away and nearly as good makes the choice a guess: say so
        rivals = [c for c in candidates[1:] if best.score - c.score < 2
                  and distance_km(best.place.lat, best.place.lon, c.place.lat, c.place.lon) > 5]
        margin = best.score - candidates[1].score if len(candidates) > 1 else 10.0
        confidence = best.name_score / 100 * (0.5 + 0.5 * min(max(margin, 0), 10) / 10)
        precision = "district" if best.place.feature_code == "ADM1" else "place"
        note = f"matched {best.matched!r}"
        if rivals:
            note += "; ambiguous with " + ", ".join(
                f"{c.place.name} ({c.place.admin1_name})" for c in rivals[:3])
        return Resolution(best.place, precision, round(min(confidence, 1.0), 3), candidates, note)
    for code in context.districts:
        district = gaz.district(code)
        if district is not None:
            return Resolution(district, "district", 0.5, candidates,
                              "no village matched well enough; placed on the named district")
    return Resolution(None, "unresolved", 0.0, candidates, "no candidate passed the threshold")


def _enough_letters(best: Candidate, name: str) -> bool:
    """A one- or two-consonant skeleton matches half the dictionary ("خاضعة" and Khyzy): only
    a name the gazetteer records exactly as written (شوشي, Shushi) is evidence then."""
    if len(key(best.matched)) >= 3:
        return True
    written = compact(name)
    return any(compact(recorded) == written for recorded in best.place.names)


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance; good to metres at these scales."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(a))
