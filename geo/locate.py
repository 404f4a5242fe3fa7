"""Detected mentions to placed mentions: qualifiers first, then villages in their context."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, replace

from geo import rules
from geo.arabic import normalize, strip_clitics
from geo.document import Doc
from geo.gazetteer import Gazetteer, Place
from geo.mentions import Mention, detect, is_common_word, is_plural_cue, reads_as_name
from geo.phonetic import key, script_of
from geo.resolve import PLACE_THRESHOLD, RANKING, Context, Resolution, enough_letters, resolve
from geo.tables import DistantPlace, Region, Tables, compact

COUNTRIES = rules.mentions().countries  # data/mentions.toml [countries]
PROVINCES = rules.mentions().provinces  # data/mentions.toml [provinces]
GAZETTEER_COUNTRIES = ("AM", "AZ")
_CLOSING_QUOTE = r"\s*[\"'»”]?"  # 'قرية "خمارلو" الإيرانية': the name quoted, then its country
_COUNTRY_AFTER = re.compile(
    _CLOSING_QUOTE + r"\s*(?:في\s+)?(?:(?:شمال|جنوب|شرق|غرب|وسط)\S*\s+(?:(?:شرق|غرب)\S*\s+)?)?"
    r"(?P<word>[^\s.,،:;()\"]+)")
_PROVINCE_NAMES = "|".join(sorted(map(re.escape, PROVINCES), key=len, reverse=True)) or "(?!)"
_PROVINCE_AFTER = re.compile(
    _CLOSING_QUOTE + r"\s*(?:[،,]\s*)?(?:(?:ب|في\s+)?(?:ال)?(?:محافظه|مقاطعه|اقليم|ولايه)\s+|في\s+)?"
    rf"(?P<province>{_PROVINCE_NAMES})(?![\w])")

# "قرى إيرانية حدودية ...، من بينها قرية خمارلو": an item picked out of a group named before it
_PICKED_OUT = re.compile(
    rf"(?<![\w])(?:{'|'.join(map(re.escape, sorted(rules.mentions().openers, key=len, reverse=True)))})"
    r"\s+(?:\S+\s+)?$")
_PROVINCE_IN = re.compile(rf"(?<![\w])(?:{_PROVINCE_NAMES})(?![\w])")
GROUP_REACH = 200  # characters back from an item picked out of a group to where the group is named
PICKED_OUT_CHARS = 60  # characters back enough for "، من بينها قرية" right before an item


@dataclass(frozen=True, slots=True)
class Located:
    """A place mention with where it is and how sure we are."""

    mention: Mention
    place_id: int | None
    name: str
    admin1: str
    admin1_name: str
    country: str
    lat: float | None
    lon: float | None
    precision: str  # place | district | region | unresolved
    confidence: float
    scope: str  # theatre | elsewhere | region | distant (countries, capitals far from the front)
    note: str
    candidates: tuple = ()

    @property
    def on_map(self) -> bool:
        """Points for the war map: placed in Azerbaijan or Armenia, not countries or Moscow."""
        return self.lat is not None and self.scope in ("theatre", "elsewhere")


def locate(doc: Doc | str, gaz: Gazetteer, tables: Tables, online=None) -> list[Located]:
    """Every place mention of ``text`` that carries meaning for the map, placed.

    ``online`` (a geo.online.OnlineGeocoder) is asked only for names left unresolved.
    """
    mentions = detect(doc, gaz, tables)
    districts: dict[tuple[int, int], str] = {}  # a qualifier's span -> the district it names
    for m in _qualifiers(mentions):
        code = _district_named(gaz, tables, m.text)
        if code:
            districts[(m.start, m.end)] = code

    events = [m for m in mentions if m.role == "event"]
    lists = _lists(events)
    text = doc if isinstance(doc, str) else doc.text
    countries = _named_alike([_country_of(text, m) if m.kind == "place" else "" for m in events], events)
    first = [resolve(gaz, tables, m.name, _context(m, districts, lists=lists, country=country))
             if m.kind == "place" else None for m, country in zip(events, countries, strict=True)]
    around = _Neighbourhood(events, first, tables)
    shared = _shared_districts(events, first, lists)
    named_districts = _districts_the_article_names(first, districts)

    located: list[Located] = []
    contexts: dict[int, Context] = {}  # a placed mention's context by its index, for a second look
    for index, m in enumerate(events):
        if m.kind == "region":
            located.append(_region(m, m.target))
            continue
        if m.kind == "distant":
            located.append(_distant(m, m.target))
            continue
        country = countries[index]
        if country not in ("", *GAZETTEER_COUNTRIES):
            located.append(abroad_place(m, country))
            continue
        resolution = first[index]
        if m.gloss is not None and resolution.precision != "place":
            glossed = resolve(gaz, tables, m.gloss.text, _context(m, districts, lists=lists, country=country))
            if glossed.precision in ("place", "district") and (
                    resolution.place is None or glossed.precision == "place"):
                resolution = glossed
        if not m.strong and (is_common_word(m.text) or _verb_shaped(m)) and not _exact_arabic(resolution, m):
            continue  # an ordinary word after a cue, a verb
        district_named = any((q.start, q.end) in districts for q in m.qualifiers)
        if not m.strong and not _convincing(resolution, tables, country, m.text, district_named):
            if _unknown_village(m):  # "قرية ساريباباغلي": a name the gazetteer lacks, left unplaced
                located.append(_place(m, Resolution(None, "unresolved", 0.0, resolution.candidates,
                                                    "a name after its cue that no place is spelled close to"),
                                      tables))
            continue
        neighbours = around.points(index)
        context = _context(m, districts, neighbours, lists, country)
        ambiguous = not context.districts and resolution.ambiguous
        district = shared.get(m.group) if ambiguous else None
        if ambiguous and district is None and not neighbours:  # no place of the article is sure
            district = _the_one_named(resolution, named_districts)
        if district is not None:  # "قرى تاتار وشيخلار وقراجالي": namesakes all, but each has one in Jabrayil
            context = replace(context, districts=[district])
        if (neighbours or district is not None) and resolution.candidates:
            resolution = resolve(gaz, tables, m.name, context)
        placed = _place(m, resolution, tables)
        if placed.precision == "unresolved" and online is not None:
            placed = _online(placed, online) or placed
        contexts[len(located)] = context
        located.append(placed)
    return _distinct_items(located, contexts, gaz, tables)


def _qualifiers(mentions: list[Mention]) -> list[Mention]:
    """The qualifiers naming districts: found as such, and those an item carries from a sentence
    before ("تسع قرى في منطقة جبرائيل. والقرى المحررة هي: X، Y")."""
    found = {(m.start, m.end): m for m in mentions if m.role == "qualifier"}
    for m in mentions:
        for q in m.qualifiers:
            found.setdefault((q.start, q.end), q)
    return [q for q in found.values() if q.kind == "place"]


def _district_named(gaz: Gazetteer, tables: Tables, name: str) -> str:
    """The district (admin1 code) a qualifier names, read as written and then without a
    preposition written onto it ("وقرى X وY بفضولي"); "" if none."""
    first, _, rest = name.partition(" ")
    for stem, cut in strip_clitics(first):
        r = resolve(gaz, tables, f"{stem} {rest}".strip(), Context(cue="district"))
        if r.place is not None and r.place.admin1 and (not cut or r.place.feature_code == "ADM1"):
            return r.place.admin1  # without its preposition, only a district's own name
    return ""


def _distinct_items(located: list[Located], contexts: dict[int, Context], gaz: Gazetteer,
                    tables: Tables) -> list[Located]:
    """Two names of one list are two places ("قريتا أرتفانيك ويريتسفانك"): when both land on one
    record (a name both villages bear), the weaker spelling takes its next place."""
    taken: dict[tuple[int, int], int] = {}  # (list, place id) -> index of the item holding it
    for index, loc in enumerate(located):
        m = loc.mention
        if m.group is None or loc.precision != "place" or not loc.candidates or index not in contexts:
            continue
        holder = taken.setdefault((m.group, loc.place_id), index)
        if holder == index or normalize(located[holder].mention.text) == normalize(m.text):
            continue
        weaker, stronger = sorted((holder, index), key=lambda i: (located[i].candidates[0].name_score, -i))
        again = resolve(gaz, tables, located[weaker].mention.text, contexts[weaker],
                        excluded=frozenset({loc.place_id}))
        located[weaker] = _place(located[weaker].mention, again, tables)
        taken[(m.group, loc.place_id)] = stronger
    return located


def _online(loc: Located, online) -> Located | None:
    hit = online.locate(loc.mention.text)
    if hit is None:
        return None
    return Located(loc.mention, None, hit.address.split(",")[0], "", "", "", hit.lat, hit.lon,
                   "place", 0.4, "theatre", f"online geocoder: {hit.address}", loc.candidates)


def _convincing(r: Resolution, tables: Tables, country: str = "", written: str = "",
                district_named: bool = False) -> bool:
    """Strict test for a word found only after a cue: a close spelling of a theatre place, or
    of a place in the country the text names (قرية نوراشين الأرمنية), or an exact one of a town
    elsewhere (مدينة نخجوان). A short skeleton needs the place's exact name in the script it is
    ``written`` in (شوشي, or Sheybey in an English tweet), or, in a district the text names, its
    vowels too ("Agali village of Zangilan district": Agaly, as Russian writes Ağalı)."""
    if r.curated:
        return True
    if r.place is None or not r.candidates:
        return False
    if country and r.place.country == country and r.candidates[0].name_score >= 90:
        return True
    if r.place.admin1 not in tables.theatre:
        town = r.place.population >= 5000 or r.place.feature_code in ("PPLA", "PPLC", "ADM1")
        return town and r.candidates[0].name_score >= 95
    best = r.candidates[0]
    if len(key(best.matched)) < 3:
        # one- and two-consonant skeletons match half the dictionary: only an exact
        # Arabic name of the place (شوشي for Shusha) is convincing
        return best.name_score == 100 and (script_of(best.matched) == "arabic"
                                            or written.lower() in {n.lower() for n in r.place.names}
                                            or district_named and enough_letters(best, written, district_named))
    return best.name_score >= 90


def _exact_arabic(r: Resolution, m: Mention) -> bool:
    """"مدينة آقدام": a word that is also an ordinary one (أقدام, feet) names a place when a
    place cue stands right before it and the gazetteer records it in Arabic as written; a word
    shaped like a verb (آلپوت, أربات) when the gazetteer records it so, cue or not."""
    if _verb_shaped(m):
        return any(c.name_score == 100 and script_of(c.matched) == "arabic" for c in r.candidates)
    best = r.candidates[0] if r.candidates else None
    return (m.route == "cue" and m.cue in ("village", "city", "district") and best is not None
            and best.name_score == 100 and script_of(best.matched) == "arabic")


def _unknown_village(m: Mention) -> bool:
    """"قرية ساريباباغلي": a name after a village cue, ending as villages' names do, that no place
    of the gazetteer is spelled close to: kept unplaced (listed for the analyst), not dropped."""
    words = normalize(m.text).split()
    return m.route == "cue" and m.cue == "village" and reads_as_name(m.text) \
        and rules.spelling().looks_like_toponym(words[-1])


def _verb_shaped(m: Mention) -> bool:
    """"وأقامت 16 نقطة" after a list's last name: a past verb of she (data/spelling.toml
    verb_shapes) begins the next clause, unless the gazetteer records the word as written."""
    return rules.spelling().looks_like_verb(compact(m.text))


def _lists(events: list[Mention]) -> frozenset[int]:
    """Groups of two or more names: lists, whose grammar says every item is a place. A cue
    followed by one word ("6 قرى خاضعة لسيطرة") is not one."""
    sizes = Counter(m.group for m in events if m.group is not None)
    return frozenset(group for group, size in sizes.items() if size >= 2)


def _context(m: Mention, districts: dict[tuple[int, int], str], neighbours=(),
             lists: frozenset[int] = frozenset(), country: str = "") -> Context:
    codes = [districts[(q.start, q.end)] for q in m.qualifiers if (q.start, q.end) in districts]
    return Context(cue=m.cue, districts=codes, neighbours=list(neighbours), listed=m.group in lists,
                   country=country if country in GAZETTEER_COUNTRIES else "")


def _named_alike(countries: list[str], events: list[Mention]) -> list[str]:
    """A name the text once put in another country stays there for the article: after "بلدة
    جلفا الإيرانية", a later "بلدة جلفا" is the Iranian town again, not Nakhchivan's Culfa."""
    abroad = {normalize(m.text): country for m, country in zip(events, countries, strict=True)
              if country and country not in GAZETTEER_COUNTRIES}
    if not abroad:
        return countries
    return [country or abroad.get(normalize(m.text), "") if m.kind == "place" else country
            for m, country in zip(events, countries, strict=True)]


def _country_of(text: str, m: Mention) -> str:
    """The country the text puts a place in: after its own name, or after the district that
    locates it ("قرية زرنيغ في مقاطعة جلفا الإيرانية" lies in Iran)."""
    own = country_after(text, m)
    if own:
        return own
    abroad = (country_after(text, q) for q in m.qualifiers)
    return next((country for country in abroad if country and country not in GAZETTEER_COUNTRIES), "") \
        or _country_of_its_group(text, m)


def _country_of_its_group(text: str, m: Mention) -> str:
    """"قرى إيرانية حدودية في محافظة أذربيجان الشرقية، من بينها قرية خمارلو": an item picked out
    of a group ("من بينها", "منها") lies where the group does, when the sentence puts the group
    abroad by a nationality or a province."""
    if _PICKED_OUT.search(normalize(text[max(0, m.start - PICKED_OUT_CHARS) : m.start])) is None:
        return ""  # most places are no item picked out: the words right before say so
    before = normalize(text[max(0, m.start - GROUP_REACH) : m.start])
    before = before[max(before.rfind("."), before.rfind("\n")) + 1 :]
    picked = _PICKED_OUT.search(before)
    if picked is None:
        return ""
    words = before[: picked.start()].split()
    cue = next((i for i in range(len(words) - 1, -1, -1) if is_plural_cue(words[i])), None)
    if cue is None:
        return ""  # "سيطرت على أربعة منها": no group of places named, nothing to inherit
    group = " ".join(words[cue:])
    province = _PROVINCE_IN.search(group)
    if province is not None:
        return PROVINCES[province.group(0)]
    found = (COUNTRIES.get(word) or COUNTRIES.get("ال" + word, "") for word in group.split())  # إيرانية, الإيرانية
    return next((country for country in found if country and country not in GAZETTEER_COUNTRIES), "")


def country_after(text: str, mention: Mention) -> str:
    """The country the words right after a place name put it in ("قرية نوراشين الأرمنية",
    "خدا آفرين شمال غربي إيران", "في تركيا", "بمحافظة أذربيجان الشرقية", "في أذربيجان الشرقية"), as
    an ISO code, or "". A nationality speaks only for a name its cue calls a village, a town or a
    district: "قاعدة غيومري الروسية" is Russia's base, in Armenia."""
    after = normalize(text[mention.end : mention.end + 40])
    province = _PROVINCE_AFTER.match(after)
    if province is not None:
        return PROVINCES[province.group("province")]
    m = _COUNTRY_AFTER.match(after)
    if m is None or m.group("word").startswith("ال") and mention.cue not in ("village", "city", "district"):
        return ""
    return COUNTRIES.get(m.group("word"), "")


def abroad_place(m: Mention, country: str) -> Located:
    """A place the text puts outside Azerbaijan and Armenia: no point of this map."""
    return Located(m, None, "", "", "", country, None, None, "unresolved", 0.0, "elsewhere",
                   f"in {country}, as the text says: outside the gazetteer's countries")


def _shared_districts(events: list[Mention], first: list[Resolution | None], lists: frozenset[int]) -> dict[int, str]:
    """The one district every item of a list has a place spelled like it in, by list, for lists
    no district locates: villages listed together lie together, so a namesake of the list takes
    its place there. None where the items share no district, or more than one."""
    codes: dict[int, list[set[str]]] = defaultdict(list)
    for m, r in zip(events, first, strict=True):
        if m.group in lists and r is not None:
            codes[m.group].append(set() if m.qualifiers else {
                c.place.admin1 for c in r.candidates if c.name_score >= PLACE_THRESHOLD and c.place.admin1})
    shared = {group: set.intersection(*found) for group, found in codes.items() if len(found) >= 2}
    return {group: next(iter(found)) for group, found in shared.items() if len(found) == 1}


def _districts_the_article_names(first: list[Resolution | None], qualifiers: dict[tuple[int, int], str]) -> set[str]:
    """The districts an article names, as places of its events or as qualifiers."""
    return {r.place.admin1 for r in first if r is not None and r.precision == "district" and r.place is not None
            and r.place.admin1} | set(qualifiers.values())


def _the_one_named(resolution: Resolution, named: set[str]) -> str | None:
    """"المعارك مستمرة في منطقة جبرائيل ... حررت قرية تاتار": of a namesake's places, the district
    of the only one in a district the article names, else None."""
    found = {c.place.admin1 for c in resolution.candidates if c.name_score >= PLACE_THRESHOLD} & named
    return next(iter(found)) if len(found) == 1 else None


class _Neighbourhood:
    """The places named with each mention, indexed once per article (linear in its mentions)."""

    def __init__(self, events: list[Mention], first: list[Resolution | None], tables: Tables):
        self.events, self.first = events, first
        # a district named in the list is an area, not a point: its centroid says nothing of
        # where the villages beside it lie
        self.point: list[tuple[float, float] | None] = [
            (r.place.lat, r.place.lon)
            if r is not None and r.place is not None and r.precision == "place" and r.place.admin1 in tables.theatre
            else None for r in first
        ]
        self.by_group: dict[int, list[int]] = defaultdict(list)
        self.by_sentence: dict[int, list[int]] = defaultdict(list)
        for i, m in enumerate(events):
            if m.group is not None:
                self.by_group[m.group].append(i)
            self.by_sentence[m.sentence].append(i)
        # an ambiguous mention is never sure itself, so this list serves every one of them
        self.sure = [self.point[i] for i, r in enumerate(first) if self.point[i] and not r.ambiguous]

    def points(self, index: int) -> list[tuple[float, float]]:
        """Points of the places listed with the mention, else named in its sentence, in the
        theatre; for a name with a namesake as likely elsewhere, the article's unambiguous places."""
        m = self.events[index]
        if m.group is not None:
            listed = self._of(self.by_group[m.group], index)
            if listed:
                return listed
        near = self._of(self.by_sentence[m.sentence], index)
        if near or not self.first[index].ambiguous:
            return near
        return self.sure

    def _of(self, indexes: list[int], exclude: int) -> list[tuple[float, float]]:
        """The points of the mentions at ``indexes``; a namesake's point is a guess, so where some
        are sure, only those ("قرى سولطانلي وقاراجالي وشيخلار": one of four Şıxlars pulled the
        list north to Aghdam's Qaraqaşlı)."""
        placed = [i for i in indexes if i != exclude and self.point[i] is not None]
        sure = [i for i in placed if not self.first[i].ambiguous]
        return [self.point[i] for i in sure or placed]


def within_the_war_zone(loc: Located, tables: Tables) -> Located:
    """Ground changed hands in 2020 only in Karabakh and the seven districts around it: a village
    claimed taken or freed that landed on a namesake elsewhere (a list's name also borne by a
    village of the north) takes the closest spelling there, or stays unplaced rather than put a
    capture on the wrong side of the country. Not a town, nor a place the article spells as its
    record does: the text names that place, and the claim's kind is the doubt ("كنجة أعلنت")."""
    if loc.precision != "place" or loc.admin1 in tables.core or not loc.candidates:
        return loc
    chosen = loc.candidates[0]
    if (chosen.place.population >= RANKING.town_population or chosen.place.feature_code in ("PPLA", "PPLC")
            or _spelled_as_recorded(chosen, loc.mention.text)):
        return loc
    inside = next((c for c in loc.candidates if c.place.admin1 in tables.core and c.name_score >= PLACE_THRESHOLD),
                  None)
    if inside is None:
        return _place(loc.mention, Resolution(None, "unresolved", 0.0, loc.candidates,
                                              f"a control claim, and {loc.name} ({loc.admin1_name}) lies outside "
                                              "Karabakh and the seven districts"), tables)
    note = f"matched {inside.matched!r}; a control claim, so in Karabakh or the seven districts, not {loc.name}"
    return _place(loc.mention, Resolution(inside.place, "place", round(inside.name_score / 200, 3), loc.candidates,
                                          note), tables)


def _spelled_as_recorded(candidate, written: str) -> bool:
    return script_of(candidate.matched) == script_of(written) and compact(candidate.matched) == compact(written)


def _place(m: Mention, r: Resolution, tables: Tables) -> Located:
    p: Place | None = r.place
    if p is None:
        return Located(m, None, "", "", "", "", None, None, "unresolved", 0.0, "theatre", r.note,
                       r.candidates)
    scope = "theatre" if p.admin1 in tables.theatre else "elsewhere"
    return Located(m, p.id, p.name, p.admin1, p.admin1_name, p.country, p.lat, p.lon,
                   r.precision, r.confidence, scope, r.note, r.candidates)


def _region(m: Mention, region: Region) -> Located:
    """Karabakh as a whole is no point of the map; a sector of the front is, as a region."""
    return Located(m, None, region.name, "", "", "", region.lat, region.lon, "region", 0.9,
                   "theatre" if region.front else "region", "region table (data/theatre.json)")


def _distant(m: Mention, place: DistantPlace) -> Located:
    precision = "region" if place.kind in ("country", "region") else "place"
    return Located(m, None, place.name, "", "", place.country, place.lat, place.lon, precision,
                   0.9, "distant", f"{place.kind} (data/distant_places.csv)")
