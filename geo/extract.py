"""The pipeline: article text in, claimed events out (one per place mention).

Pure: no I/O beyond the gazetteer and tables handed in, nothing about presentation.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, fields, replace
from datetime import date
from functools import lru_cache
from itertools import pairwise

from geo import attribute, claims, dates, mentions, rules
from geo.arabic import normalize, unshaped
from geo.document import Doc, Sentence, make_doc
from geo.gazetteer import Gazetteer
from geo.locate import Located, abroad_place, locate, within_the_war_zone
from geo.phonetic import script_of
from geo.tables import Tables
from geo.vocab import OPPOSITE_PARTY, Side

# a clause of its own inside the sentence: "شوشة، بعد أن أعلن علييف أمس" dates the announcement
_SUBORDINATE = re.compile(r"(?<![\w])(?:بعد\s+ان|بعدما|قبل\s+ان|عقب|اثر|في\s+حين|بينما)(?![\w])")
FRONTED_CHARS = 12  # room for "، ثم وفي يوم" before a day that opens a clause
SAID_ON_CHARS = 60  # before a time expression, room for "قال الرئيس علييف في خطاب متلفز" saying it dates words
# a day fronted at the head of a later clause ("، وفي التاسع من أكتوبر أعلن ..."): it dates what follows it
# (and, not a bare "، في 28 أكتوبر" closing the clause before it)
_OPENS_A_CLAUSE = re.compile(r",\s*(?:ثم\s+(?:في|يوم|منذ)?|[وف](?:في|يوم|منذ)?)\s*$")
_CONTENT = re.compile(r"(?<![\w])(?:ان|بان|انه|انها)(?![\w])")  # إن، أن، بأن: what was said begins
# a day written right after a place ("بعد أغدام في 20 نوفمبر وكلبجار في 25 نوفمبر"): that place's own
_ITS_OWN_DAY = re.compile(r"\s*(?:(?:في|يوم|بتاريخ)\s+)?")


@dataclass(frozen=True, slots=True)
class Event:
    """One claimed event at one place mention: the data contract of design.md."""

    article: str
    mention: str
    start: int
    end: int
    place_id: int | None
    name: str
    admin1: str
    admin1_name: str
    country: str
    lat: float | None
    lon: float | None
    geo_precision: str
    event_type: str
    sub_type: str
    claimant: str
    claimant_side: str
    event_date: str | None
    date_precision: str
    published: str | None
    published_source: str
    sentence: str
    confidence: float
    # fields beyond the contract
    claimant_role: str = ""
    date_text: str = ""
    scope: str = "theatre"
    on_map: bool = True
    event_cue: str = ""
    resolution_note: str = ""
    route: str = ""
    article_title: str = ""  # a web page's or table row's title
    article_url: str = ""
    outlet: str = ""  # the site that published it, when the page or row says
    # a second claim on the mention's place, of another type, told of a pronoun ("رغم إعلان باكو
    # السيطرة عليها"): the record before it at the same span is the place's own
    second_claim: bool = False

    def to_dict(self) -> dict:
        # shallow: every field is a plain value (dataclasses.asdict deep-copies, ten times slower)
        return {name: getattr(self, name) for name in EVENT_FIELDS}


EVENT_FIELDS = tuple(f.name for f in fields(Event))


@dataclass(frozen=True, slots=True)
class ArticleResult:
    article: str
    published: dates.Published
    events: list[Event]


@dataclass(frozen=True, slots=True)
class _Dating:
    """A sentence's date: its own time expressions, else the date it inherits."""

    date: dates.EventDate
    expressions: list[dates.TimeExpression]
    reference: date | None = None  # the day its relative expressions count from, when not the publication's


DATELINE_WORDS = 5  # at most, on a line of its own: "ستيباناكيرت، 28 أكتوبر/ أرمنبرس/"
SAME_EVENT_SENTENCES = 4  # how far a strike's day, told once, goes on with its place told again undated
POINTS_BACK_SENTENCES = 2  # how far back "هذه القرى" finds the claim it lists the villages of
SPEAKERS_OFFICE = "speaker's office"  # a place in a speaker's title: "حاكم مقاطعة سيونيك"
WHOLE_COUNTRY = "country or region"  # "قصفت أذربيجان", "المعارك في قره باغ": no point an event can stand on


@dataclass(frozen=True, slots=True)
class _Reading:
    """One located mention as the stages read it, before its claimant is settled."""

    loc: Located
    sentence: Sentence
    kind: claims.EventKind
    when: dates.EventDate
    claimant: attribute.Claimant | None  # None: the outlet narrates
    claim_at: int | None = None  # a claim told of a pronoun: where, in the sentence's norm
    second: bool = False  # ... beside the place's own


def extract(
    text: str, gaz: Gazetteer, tables: Tables, article: str = "",
    published: date | None = None, online=None,
) -> ArticleResult:
    """Every place mention of ``text`` with its claimed event, claimant and date.

    ``online``: an optional geo.online.OnlineGeocoder for names the gazetteer cannot place.
    Presentation forms are read as their letters (geo.arabic.unshaped): offsets refer to the
    text so read, which is the text as given whenever it holds none.
    """
    text = unshaped(text)
    doc = make_doc(text)
    speakers = attribute.speakers(doc)
    located = locate(doc, gaz, tables, online)
    anchors = _group_anchors(located)
    lines = _place_lines(doc, located)
    references = _reference_points(doc, located)
    classified = [_in_the_war_zone(_classify(doc, loc, anchors, lines, references), tables) for loc in located]
    classified = _with_pronoun_claims(doc, classified)
    pub = (
        dates.Published(published, "given", 1.0, "given by the user")
        if published else dates.infer_published(text, captured=_captured(classified),
                                                captured_yesterday=_captured_yesterday(doc, classified),
                                                changed_hands=_changed_hands(classified),
                                                handed_over=_handed_over(classified))
    )
    datings = _date_sentences(doc, speakers, pub.value)
    readings = _office_sides(_local_sides([_reading(c, datings, speakers, tables, pub.value) for c in classified],
                                          tables), tables)
    readings = [_told_from_abroad(r, country) if (country := _shelled_across_the_border(r)) else r for r in readings]
    readings = _dated_by_the_tweet_quoted(_headlines_dated_by_their_story(_dated_as_told_before(readings)))
    claimants = _settle_claimants(doc, readings, speakers, tables, pub.value)
    events = [_event(article, text, r, who, pub) for r, who in zip(readings, claimants, strict=True)]
    return ArticleResult(article, pub, _without_translations(events))


def _without_translations(events: list[Event]) -> list[Event]:
    """An English tweet the article also gives in Arabic names the same places: the Arabic
    mention carries the claim, the English one quoted beside it would count it twice."""
    arabic = {(e.place_id, e.event_type) for e in events
              if e.place_id is not None and script_of(e.mention) != "latin"}
    return [e for e in events if script_of(e.mention) != "latin" or (e.place_id, e.event_type) not in arabic]


def _group_anchors(located: list[Located]) -> dict[int, int]:
    """A list's first item: the event cue is read from there for every item of the list."""
    anchors: dict[int, int] = {}
    for loc in located:
        if loc.mention.group is not None:
            anchors.setdefault(loc.mention.group, loc.mention.start)
    return anchors


@dataclass(frozen=True, slots=True)
class _Classified:
    loc: Located
    sentence: Sentence  # the sentence that carries its claim
    position: int  # where the mention (or its list) stands in that sentence's norm
    kind: claims.EventKind
    claim_at: int | None = None  # where in the norm a claim on the place is told of a pronoun ("السيطرة عليها")
    second: bool = False  # ... as a second claim beside the place's own


def _place_lines(doc: Doc, located: list[Located]) -> frozenset[int]:
    """Sentences listing places and saying nothing else: "وفي محافظة زنغيلان: قرى X وY". One
    place alone is rather a caption ("منطقة مارتوني" under a photo), no list going on."""
    spans: dict[int, list[tuple[int, int]]] = {}
    for loc in located:
        for m in (loc.mention, *loc.mention.qualifiers):
            spans.setdefault(loc.mention.sentence, []).append((m.start, m.end))
    listed = Counter(loc.mention.sentence for loc in located)
    return frozenset(i for i, found in spans.items() if listed[i] >= 2 and not doc.sentences[i].bullet
                     and mentions.names_places_only(doc.sentences[i], found))


def _reference_points(doc: Doc, located: list[Located]) -> dict[int, str]:
    """Places named right after another with a direction or nearness between ("قرى في منطقة
    خوجافند جنوب شوشا", "قرية X قرب مدينة ترتر"): they say where the first lies. Their starts ->
    the words between."""
    found: dict[int, str] = {}
    ordered = sorted(located, key=lambda loc: loc.mention.start)
    for before, loc in pairwise(ordered):
        if before.mention.sentence != loc.mention.sentence:
            continue
        s = doc.sentences[loc.mention.sentence]
        between = s.norm[s.norm_index(before.mention.end) : s.norm_index(loc.mention.start)]
        if claims.RULES.reference_after_place.fullmatch(between):
            found[loc.mention.start] = between.strip()
    return found


def _classify(doc: Doc, loc: Located, anchors: dict[int, int], lines: frozenset[int] = frozenset(),
              references: dict[int, str] | None = None) -> _Classified:
    s = _claim_sentence(doc, doc.sentences[loc.mention.sentence], lines, loc.mention.start)
    anchor = anchors.get(loc.mention.group, loc.mention.start)
    if s.index != loc.mention.sentence:
        own = doc.sentences[loc.mention.sentence]
        locator = claims.locator_before(own.norm, own.norm_index(loc.mention.start))
        if locator is not None:  # "وقع الحادث قرب الحدود مع جمهورية نخجوان": where, not what was struck
            return _Classified(loc, s, len(s.norm), claims.EventKind("other", "locator", locator))
        pos, length = len(s.norm), 0  # a bullet item: the claim is the sentence that lists it
    else:
        pos = s.norm_index(anchor)
        length = len(loc.mention.text) if anchor == loc.mention.start else 0
        start = s.norm_index(loc.mention.start)
        if attribute.speaks_as_itself(s.norm, start) or loc.scope == "distant" \
                and attribute.speaks_before_the_colon(s, start, s.norm_index(loc.mention.end)):
            return _Classified(loc, s, pos, claims.EventKind("other", "speaker", ""))
        if attribute.is_accused(s.norm, start):
            return _Classified(loc, s, pos, claims.EventKind("other", "accused", ""))
        if attribute.names_an_office(s.norm, s.norm_index(loc.mention.start)):
            return _named_again(s, loc) or _Classified(loc, s, pos, claims.EventKind("other", SPEAKERS_OFFICE, ""))
        if _dateline(doc, s, loc.mention):
            return _Classified(loc, s, pos, claims.EventKind("other", "dateline", ""))
    if _names_a_whole_country(loc):
        return _Classified(loc, s, pos, claims.EventKind("other", WHOLE_COUNTRY, ""))
    if references and loc.mention.start in references:
        return _Classified(loc, s, pos, claims.EventKind("other", "locator", references[loc.mention.start]))
    return _Classified(loc, s, pos, claims.classify(s.norm, pos, loc.mention.cue, length))


def _named_again(s: Sentence, loc: Located) -> _Classified | None:
    """"قال رئيس بلدية مدينة مارتوني إن القصف على المدينة لم يتوقف": the official's town, named
    again by its kind in the claim, is where the deed told of it happened; its event is read there."""
    if loc.precision != "place":
        return None  # a province's governor: "the village" is one of its villages
    again = claims.RULES.named_again.search(s.norm, s.norm_index(loc.mention.end))
    if again is None:
        return None
    kind = claims.classify(s.norm, again.start(), loc.mention.cue, again.end() - again.start())
    return _Classified(loc, s, again.start(), kind) if kind.type != "other" else None


PRONOUN_REACH = 160  # characters from the place to the pronoun that refers back to it


def _with_pronoun_claims(doc: Doc, classified: list[_Classified]) -> list[_Classified]:
    """Each mention, and after it the second claims its sentence makes on it by a pronoun
    ("تحتفظ القوات بمواقعها في هادروت رغم إعلان باكو السيطرة عليها": Yerevan's fighting and Baku's
    control): "One row per place per event type"."""
    in_own_sentence: dict[int, list[_Classified]] = {}  # only a sentence naming a place can refer back to it
    for c in classified:
        if c.sentence.index == c.loc.mention.sentence:
            in_own_sentence.setdefault(c.sentence.index, []).append(c)
    extra: dict[int, list[_Classified]] = {}
    for index, named in in_own_sentence.items():
        s = doc.sentences[index]
        claims_told = [_pronoun_claim(s, start, end, named) for start, end in claims.pronoun_claims(s.norm)]
        for found in (*claims_told, *_fighting_told_next(doc, s, named, in_own_sentence)):
            if found is not None:
                extra.setdefault(id(found[0]), []).append(found[1])
    if not extra:
        return classified
    return [x for c in classified for x in _own_and_second_claims(c, extra.get(id(c), []))]


def _fighting_told_next(doc: Doc, s: Sentence, named: list[_Classified], in_own_sentence: dict) -> list:
    """The second claims the next sentence makes on the places of ``s`` when it names none of
    its own ("... وقالت إن المعارك مستمرة في المدينة")."""
    after = doc.sentences[s.index + 1] if s.index + 1 < len(doc.sentences) else None
    if after is None or after.headline or not claims.may_tell_of_a_pronoun(after.norm) or any(
            c.loc.scope in ("theatre", "elsewhere") for c in in_own_sentence.get(after.index, ())):
        return []
    return [_pronoun_claim(after, start, end, named, across=True) for start, end in claims.pronoun_claims(after.norm)]


def _own_and_second_claims(own: _Classified, second: list[_Classified]) -> list[_Classified]:
    """A place whose own words tell no deed, its one second claim told by the same voice ("وكانت
    مدينة X قد احتلتها القوات عام 1993، إلا أن القوات تمكنت من استعادتها"): one claim, not two."""
    if own.kind.type == "other" and own.kind.sub_type == "mentioned" and len(second) == 1 \
            and _same_voice(own.sentence, own.sentence.norm_index(own.loc.mention.start), second[0].claim_at):
        return [replace(second[0], second=False)]
    kept, kinds = [own], {own.kind.type}
    for claim in second:
        if claim.kind.type not in kinds:  # one row per place per event type
            kinds.add(claim.kind.type)
            kept.append(claim)
    return kept


def _same_voice(s: Sentence, place: int, claim_at: int) -> bool:
    if attribute.relative_announcer(s.norm, claim_at) is not None:
        return False
    return attribute.attribution(s.norm, place) == attribute.attribution(s.norm, claim_at)


def _pronoun_claim(s: Sentence, start: int, end: int, named: list[_Classified], across: bool = False):
    """(the place's own reading, the second claim) for a pronoun (``start``..``end`` of the norm)
    after the place ``named`` last before it in the sentence, when the claim is of another kind;
    else None. ``across``: ``named`` are the places of the sentence before, and ``s`` names
    none: only fighting said to go on there reaches back so far ("نفت يريفان سقوط قوبادلي. وقالت
    إن المعارك مستمرة في المدينة"), a deed told of a pronoun there is rather of a noun of its own
    sentence ("ونهم بدخولها" the church's)."""
    before = [c for c in named if c.loc.scope in ("theatre", "elsewhere")  # a village or town; no country
              and (across or s.norm_index(c.loc.mention.end) <= start)]
    if not before:
        return None
    antecedent = max(before, key=lambda c: c.loc.mention.end)
    place_end = 0 if across else s.norm_index(antecedent.loc.mention.end)
    if start - place_end > PRONOUN_REACH or _another_head(s.norm, place_end, start):
        return None
    kind = claims.classify(s.norm, end, "", 0)  # the deed's cue ends where its pronoun does
    if kind.type not in ("control", "clash") or kind.type == antecedent.kind.type or across and kind.type != "clash":
        return None
    return antecedent, _Classified(antecedent.loc, s, start, kind, claim_at=start, second=True)


_RELATIVE = re.compile(rf"(?<![\w])(?:{'|'.join(attribute.RELATIVE_PRONOUNS)})(?![\w])")


def _another_head(sentence_norm: str, place_end: int, pronoun: int) -> bool:
    """"على حدودها مع X في المناطق التي سيطرت عليها": a relative clause between the place and the
    pronoun, not right after the place, hangs on another noun, which the pronoun refers to."""
    relative = _RELATIVE.search(sentence_norm, place_end, pronoun)
    return relative is not None and sentence_norm[place_end : relative.start()].strip(" ،,") != ""


def _in_the_war_zone(c: _Classified, tables: Tables) -> _Classified:
    """A control claim's place is in Karabakh or the seven districts (geo.locate.within_the_war_zone)."""
    if c.kind.type != "control":
        return c
    return replace(c, loc=within_the_war_zone(c.loc, tables))


def _names_a_whole_country(loc: Located) -> bool:
    """A country, a capital far from the front or the Karabakh region as a whole is who acts or
    where the war is ("قصفت أذربيجان", "اشتباكات بين أذربيجان وأرمينيا", "رئيس آرتساخ"), never the
    place of one event: it has no point on the map. A front region (the Araz valley) has."""
    if loc.scope == "distant":
        return True
    return loc.mention.kind == "region" and not getattr(loc.mention.target, "front", False)


def _dateline(doc: Doc, sentence: Sentence, mention: mentions.Mention) -> bool:
    """"باكو (أ ف ب) - أعلن الرئيس": the place a body paragraph opens with, an agency or a date
    after it, is where the report was filed (data/events.toml dateline)."""
    return (not sentence.headline and doc.text[sentence.start : mention.start].strip() == ""
            and (sentence.start == 0 or doc.text[: sentence.start].rstrip(" \t").endswith("\n"))
            and claims.RULES.dateline.match(doc.text, mention.end, mention.end + 40) is not None)


def _captured(classified: list[_Classified]) -> tuple[int, ...]:
    """Towns the article says were taken: a dated capture bounds its publication date."""
    return tuple(c.loc.place_id for c in classified
                 if c.kind.type == "control" and c.loc.place_id is not None and c.kind.sub_type != "lost")


def _captured_yesterday(doc: Doc, classified: list[_Classified]) -> frozenset[int]:
    """Towns taken in a sentence that calls it yesterday's ("أعلن علييف أمس تحرير مدينة X"): the
    article is of the day after the documented capture."""
    return frozenset(c.loc.place_id for c in classified
                     if c.kind.type == "control" and c.loc.place_id is not None and c.kind.sub_type != "lost"
                     and dates.YESTERDAY.search(doc.sentences[c.loc.mention.sentence].norm))


def _changed_hands(classified: list[_Classified]) -> frozenset[str]:
    """Districts (admin1 codes) where the article tells a change of hands as done, by a past verb
    ("دخلت وحدات من الجيش إلى منطقة أغدام"): past the ceasefire, their handover's day bounds it."""
    return frozenset(c.loc.admin1 for c in classified
                     if c.kind.type == "control" and c.loc.admin1 and claims.RULES.change_done.search(c.kind.cue))


def _handed_over(classified: list[_Classified]) -> frozenset[str]:
    """Districts the article tells were handed over, by a past verb ("تسلمت أذربيجان منطقة
    كلبجار"): a handover came only after the ceasefire, on the day the war's timeline gives it."""
    return frozenset(c.loc.admin1 for c in classified
                     if c.kind.type == "control" and c.kind.sub_type == "handed_over" and c.loc.admin1
                     and claims.RULES.change_done.search(c.kind.cue))


def _reading(c: _Classified, datings, speakers, tables: Tables, published: date | None) -> _Reading:
    """A classified mention with its date and named claimant. A capture recounted in a sentence
    that names no speaker, or after "إعلان X", takes its documented date (see
    _may_recount_a_documented_capture); a speaker's claim keeps the date it was made."""
    if _handed_over_later(c, published):
        c = replace(c, kind=claims.EventKind("other", "scheduled", c.kind.cue))
    if _still_held(c):
        c = replace(c, kind=claims.EventKind("other", "held", c.kind.cue))
    voice = speakers[c.sentence.index]
    who = _mention_claimant(c.sentence, c.loc, voice, tables, published, c.claim_at)
    if c.kind.type in ("strike", "control", "clash"):
        who = attribute.denied(c.sentence.norm, c.position, who)
    own_end = c.sentence.norm_index(c.loc.mention.end) if c.sentence.index == c.loc.mention.sentence else None
    when = _event_date(datings[c.sentence.index], c.position, published, c.sentence.norm, own_end)
    liberated = _liberated_before(c)
    if _may_recount_a_documented_capture(c, voice) or liberated:
        when = dates.documented_date(c.loc.place_id, c.kind.type, when, published)
    if liberated and when.text == dates.PUBLICATION_DATE:
        when = dates.UNKNOWN  # "قرى منطقة فضولي المحررة": some day before the article, not its own
    if c.kind.type != "other" and dates.ends_before_the_war(when):
        c = replace(c, kind=claims.EventKind("other", "historical", c.kind.cue))  # "اشتباكات يوليو الماضي"
    return _Reading(c.loc, c.sentence, c.kind, when, who, c.claim_at, c.second)


def _liberated_before(c: _Classified) -> bool:
    """"قرى منطقة فضولي المحررة": a capture's participle after the place, its adjective, a state
    (not "القرى المحررة هي: X", which announces the places liberated)."""
    return c.kind.type == "control" and claims.RULES.liberated_before.match(c.kind.cue) is not None \
        and _cue_at(c) > c.position


def _may_recount_a_documented_capture(c: _Classified, voice: attribute.Voice) -> bool:
    """Whether a capture is told as the outlet's recap, or a speaker's statement recalled as made
    before the news ("وكان علييف قد أعلن", "وفي وقت سابق، أعلن علييف"), so the timeline's day for
    the place is its day. Not a loss admitted ("باشينيان يقر بخسارة شوشي", days later), nor a place Armenian
    forces took back ("واستعادت القوات الأرمينية أمس السيطرة على X": the timeline documents
    Azerbaijan's captures, not the fights over a place after them), nor villages taken on the
    front a town names ("تحرير 13 قرية في جبهة زنغيلان": the town itself fell another day)."""
    return (not voice.named or attribute.recounts_an_announcement(c.sentence.norm, c.position)
            or attribute.told_earlier(c.sentence.norm)) \
        and not claims.RULES.admission.search(c.kind.cue) and not _taken_by_armenians(c) \
        and c.loc.mention.cue != "front"


def _still_held(c: _Classified) -> bool:
    """"قال المتحدث إن القوات الأرمينية تسيطر على بلدة X": Armenian forces controlling a place in
    the present hold it still, as they did before the war (in 2020 they took none anew)."""
    if c.kind.type != "control" or claims.RULES.present_control.match(c.kind.cue) is None:
        return False
    before = c.sentence.norm[: _cue_at(c)].split()[-1:]  # "لم يسيطر": no present, a past denied
    return not set(before) & rules.attribution().negation and _taken_by_armenians(c)


def _taken_by_armenians(c: _Classified) -> bool:
    """Whether the force the capture's clause names is Armenian: the clause of its verb, which
    may follow the place's ("وكانت X قد احتلتها القوات الأرمينية عام 1993، إلا أن القوات
    الأذربيجانية تمكنت من استعادتها" is Azerbaijan's)."""
    return c.kind.type == "control" and attribute.taken_by(c.sentence.norm, _cue_at(c)) == Side.ARMENIAN.value


def _cue_at(c: _Classified) -> int:
    """Where the words that decided the event stand: of a pronoun's claim, or the nearest
    occurrence of its cue, else the place itself."""
    if c.claim_at is not None:
        return c.claim_at
    norm = c.sentence.norm
    found = [m.start() for m in re.finditer(re.escape(c.kind.cue), norm)] if c.kind.cue else []
    return min(found, key=lambda at: abs(at - c.position), default=c.position)


def _dated_as_told_before(readings: list[_Reading]) -> list[_Reading]:
    """"قصفت أرمينيا بردعة أمس ... وقالت النيابة إن الهجوم على بردعة أسفر عن مقتل 21": a strike or a
    fight the article told with its day goes on with that day where it comes again with none (the
    publication date stood in) a few sentences on, whoever tells of it: the lead, then the quotes."""
    told: dict[tuple[int, str], tuple[int, dates.EventDate]] = {}  # -> the sentence that dated it, its date
    out = []
    for r in readings:
        key = (r.loc.place_id, r.kind.type)
        if r.kind.type in ("strike", "clash") and r.loc.place_id is not None:
            since = told.get(key)
            if r.when.text == dates.PUBLICATION_DATE and since is not None \
                    and r.sentence.index - since[0] <= SAME_EVENT_SENTENCES:
                r = replace(r, when=since[1])
            elif r.when.value is not None and r.when.text != dates.PUBLICATION_DATE:
                told[key] = (r.sentence.index, r.when)
        out.append(r)
    return out


def _headlines_dated_by_their_story(readings: list[_Reading]) -> list[_Reading]:
    """"مقتل 4 مدنيين في قصف على بردعة" over "قتل 4 مدنيين، الثلاثاء، جراء قصف ... على مدينة
    بردعة": a headline gives no day, the story under it does. A headline's event with no day of
    its own takes the day the body first tells the same event at the same place with; where the
    body's first telling has no day either, the headline keeps the publication date."""
    first_told: dict[tuple[int, str], dates.EventDate] = {}
    for r in readings:
        if not r.sentence.headline and r.loc.place_id is not None:
            first_told.setdefault((r.loc.place_id, r.kind.type), r.when)
    out = []
    for r in readings:
        told = first_told.get((r.loc.place_id, r.kind.type))
        if r.sentence.headline and r.when.text == dates.PUBLICATION_DATE and told is not None \
                and told.value is not None and told.text != dates.PUBLICATION_DATE:
            r = replace(r, when=told)
        out.append(r)
    return out


def _dated_by_the_tweet_quoted(readings: list[_Reading]) -> list[_Reading]:
    """"نشر حاجييف صورا للدمار الذي خلفه القصف على مدينة بردعة" and then his tweet, "Armenia fired
    ... at Barda city center — ... October 28, 2020": the Arabic telling with no day of its own
    takes the day of the tweet that tells the same event at the same place a few sentences on."""
    tweeted: dict[tuple[int, str], list[tuple[int, dates.EventDate]]] = {}
    for r in readings:
        if r.sentence.tweet_dated and r.loc.place_id is not None and r.when.value is not None \
                and r.when.text != dates.PUBLICATION_DATE:
            tweeted.setdefault((r.loc.place_id, r.kind.type), []).append((r.sentence.index, r.when))
    if not tweeted:
        return readings
    out = []
    for r in readings:
        if r.when.text == dates.PUBLICATION_DATE and not r.sentence.tweet_dated:
            later = [when for index, when in tweeted.get((r.loc.place_id, r.kind.type), ())
                     if 0 < index - r.sentence.index <= SAME_EVENT_SENTENCES]
            r = replace(r, when=later[0]) if later else r
        out.append(r)
    return out


def _handed_over_later(c: _Classified, published: date | None) -> bool:
    """"أحرق السكان منازلهم قبل تسليم منطقة كلبجار" in an article of 14 November: a district the
    ceasefire handed over later than the article (data/war_timeline.json handovers) was not yet
    handed over; the words tell of the handover to come."""
    handover = dates.timeline().handovers.get(c.loc.admin1)
    return (c.kind.sub_type == "handed_over" and published is not None and handover is not None
            and published < handover)


def _local_sides(readings: list[_Reading], tables: Tables) -> list[_Reading]:
    """Residents and local officials no side word names speak for the side that holds their
    town: the one their title names ("رئيس الإدارة التنفيذية لمنطقة ترتر"), else the one they
    tell of; an official of a county the text put abroad speaks for none."""
    offices = {r.claimant.text: side for r in readings
               if r.kind.sub_type == SPEAKERS_OFFICE and r.claimant and (side := _side_holding(r.loc, tables))}
    abroad = {normalize(r.loc.mention.text): r.loc.country for r in readings
              if r.loc.scope == "elsewhere" and r.loc.lat is None and r.loc.country}
    return [_local_side(r, offices, abroad, tables) if attribute.speaks_for_the_town(r.claimant) else r
            for r in readings]


def _office_sides(readings: list[_Reading], tables: Tables) -> list[_Reading]:
    """An office the article names without its side, and never with it ("وقالت وزارة الدفاع إن
    القوات الأرمينية قصفت مدينة ترتر"), speaks for the side its deeds say, one side for all it
    tells: the one most of them say."""
    told: dict[str, Counter] = {}
    for r in readings:
        side = _side_its_deed_says(r, tables) if attribute.office_named_alone(r.claimant) else None
        if side is not None:
            told.setdefault(r.claimant.text, Counter())[side] += 1
    sides = {office: counts.most_common(1)[0][0] for office, counts in told.items()}
    return [replace(r, claimant=attribute.Claimant(r.claimant.text, r.claimant.role, sides[r.claimant.text]))
            if attribute.office_named_alone(r.claimant) and r.claimant.text in sides else r for r in readings]


def _side_its_deed_says(r: _Reading, tables: Tables) -> str | None:
    """Whose claim a deed told by an office is: a strike or fighting by one side's forces (named
    in the deed's clause) the other side's, a capture by them their own, and a capture by no
    force named of a place only Azerbaijan took in 2020 ("وقال الجيش إنه سيطر على قرية X")
    Azerbaijan's, unless the taker is "the enemy"."""
    at = r.sentence.norm_index(r.loc.mention.start)
    if r.kind.type == "control":
        return attribute.taken_by(r.sentence.norm, at) or (
            Side.AZERBAIJANI.value if _taken_by_azerbaijan(r, tables)
            and not rules.attribution().enemy.search(r.sentence.norm, 0, at) else None)
    actor = attribute.actor_of_the_clause(r.sentence.norm, at) if r.kind.type in ("strike", "clash") else None
    return OPPOSITE_PARTY.get(actor.side) if actor is not None else None


def _local_side(r: _Reading, offices: dict[str, str], abroad: dict[str, str], tables: Tables) -> _Reading:
    country = _office_abroad(r.claimant, abroad)
    if country:
        return _told_from_abroad(r, country)
    side = offices.get(r.claimant.text) or _side_holding(r.loc, tables, r.when.value) or r.claimant.side
    return replace(r, claimant=attribute.Claimant(r.claimant.text, r.claimant.role, side))


def _office_abroad(who: attribute.Claimant, abroad: dict[str, str]) -> str:
    """The country of the place a local official's title names, when the text put it abroad or
    it is another country's province ("محافظ أذربيجان الشرقية")."""
    title = normalize(who.text)
    return next((country for name, country in (*abroad.items(), *mentions.VOCAB.provinces.items())
                 if name in title), "")


def _shelled_across_the_border(r: _Reading) -> str:
    """"وقال المسؤول الإيراني إن القذائف سقطت قرب قرية خمارلو": shells an official of a country across
    the front (data/mentions.toml [border]) says fell on a village or a district ("قرى حدودية في منطقة
    خدا آفرين", "مسؤول إيراني" with his nationality's article or without) fell on one of his country's,
    which shares its name with a village of the war. That country's code, else ""."""
    if r.claimant is None or r.kind.type != "strike" or r.loc.mention.cue not in ("village", "district") \
            or r.loc.scope != "theatre":
        return ""
    words = {_with_article(word) for word in normalize(r.claimant.text).split()}  # "مسؤول إيراني" too
    return next((code for word, code in mentions.VOCAB.countries.items()
                 if code in mentions.VOCAB.border_countries and _with_article(word) in words), "")


def _with_article(word: str) -> str:
    return "ال" + word.removeprefix("ال")


def _told_from_abroad(r: _Reading, country: str) -> _Reading:
    """"قال محافظ خدا آفرين إن قذيفة سقطت على قرية خمارلو": an official of another country's
    county (put there by the text) speaks for no party, and the villages he tells of are his."""
    where = r.loc if r.kind.sub_type == SPEAKERS_OFFICE else abroad_place(r.loc.mention, country)
    return replace(r, loc=where, claimant=attribute.Claimant(r.claimant.text, r.claimant.role,
                                                           Side.THIRD_PARTY.value))


def _claim_sentence(doc: Doc, sentence: Sentence, lines: frozenset[int] = frozenset(),
                    mention_start: int | None = None) -> Sentence:
    """A bullet line ("- قرية X") carries the claim of the sentence that introduces the list,
    above the sub-headings ("محافظة جبرائيل:") that group its bullets; a line naming places and
    nothing else ("وفي محافظة فضولي: قرى X وY") the claim of the line it goes on from; places
    listed as "بين هذه القرى: X، Y" the claim of the sentence before that told of the villages, and
    the places where "the incident" happened ("وقع الحادث قرب بلدة X") the claim of the one that told it."""
    if not claims.has_event_cue(sentence.norm) and (mentions.points_back_to_a_group(sentence.norm)
                                                     or _after_the_incident(sentence, mention_start)):
        return _claim_pointed_back_to(doc, sentence)  # "وأوضحت الوزارة أن الحادث وقع قرب بلدة X"
    index = sentence.index
    while index > 0 and (doc.sentences[index].bullet or mentions.is_district_heading(doc.sentences[index])
                         or index in lines) and not claims.has_event_cue(doc.sentences[index].norm):
        index -= 1
    claim = doc.sentences[index]
    if claim is not sentence and not claims.has_event_cue(claim.norm) and mentions.points_back_to_a_group(claim.norm):
        claim = _claim_pointed_back_to(doc, claim)  # "وفي منطقة D: قرى X" goes on with "وتضم القائمة"
    if sentence.index in lines and (claim.headline or not claims.has_event_cue(claim.norm)):
        return sentence  # no claim before it to go on with
    return claim


def _after_the_incident(sentence: Sentence, mention_start: int | None) -> bool:
    """"أن الحادث وقع قرب بلدة X": a place after "the incident" is where it happened; one before it
    ("قيادة القاعدة في Y تجري تحقيقا في الحادث") is not."""
    incident = claims.RULES.incident.search(sentence.norm)
    return incident is not None and mention_start is not None and incident.end() <= sentence.norm_index(mention_start)


def _claim_pointed_back_to(doc: Doc, sentence: Sentence) -> Sentence:
    """"بين هذه القرى: X، Y": the claim is the sentence before that told of the villages (a
    sentence or two back, headlines apart); none there, the sentence stands alone."""
    for earlier in doc.sentences[max(0, sentence.index - POINTS_BACK_SENTENCES) : sentence.index][::-1]:
        if not earlier.headline and claims.has_event_cue(earlier.norm):
            return earlier
    return sentence


def _date_sentences(doc: Doc, speakers, published: date | None) -> list[_Dating]:
    out: list[_Dating] = []
    undated = _lead_date(doc, published)
    elsewhere = False  # past a teaser of another article: dates no longer known
    last = -1  # the last sentence of the article's own text ("read also" teasers skipped)
    said: tuple[attribute.Claimant, date] | None = None  # a named speaker's dated statement
    told: date | None = None  # the last date the text gave in full: "the month" is its month
    page = rules.attribution()  # a page's teasers and footer
    for sentence in doc.sentences:
        norm = sentence.norm
        year = (published or dates.timeline().start).year
        found = dates.without_page_stamps(norm, dates.find_expressions(norm, year))
        expressions, told = dates.with_months_told(found, told)
        tweeted = _tweet_day(sentence, published)
        told_on = tweeted or _quoted_statement_day(sentence, speakers[sentence.index], said)
        reference = told_on or published
        if reference and _contradicts_today(expressions, reference) or _page_ends(sentence, page):
            elsewhere = True
        read_also = bool(page.teaser.match(norm))
        own = [e for e in expressions if not dates.dates_the_report(norm, e)]
        previous = out[last] if last >= 0 else None
        same_speaker = previous is not None and attribute.same_voice(
            speakers[sentence.index].claimant, speakers[last].claimant)
        if not read_also:
            last = sentence.index
        if elsewhere or read_also:
            out.append(_Dating(dates.UNKNOWN, []))
        elif own:
            out.append(_Dating(dates.resolve_expression(own[0], reference), own, told_on))
        elif expressions:
            out.append(_Dating(dates.UNKNOWN, []))  # only a report's date: its events are undated
        elif tweeted is not None:
            out.append(_Dating(dates.EventDate(tweeted, "day", f"the tweet's date ({sentence.tweet_dated})"), []))
        elif same_speaker and previous.date.value is not None and (published is None
                                                                   or previous.date.value <= published):
            out.append(_Dating(previous.date, []))  # the speaker goes on: the claim's date holds (not a schedule's)
        elif undated is not None:
            out.append(_Dating(undated, []))
        else:
            out.append(_Dating(dates.UNKNOWN, []))
        said = _statement_said(sentence, speakers[sentence.index], own, out[-1], said)
    return out


def _page_ends(sentence: Sentence, page: rules.AttributionRules) -> bool:
    """Whether a page's footer or its list of related articles begins in the sentence; a header
    alone on its line ("مواضيع ذات صلة") is read on the lines as written, which the sentence's
    reading joins where no stop ends them."""
    lined = normalize(sentence.text) if "\n" in sentence.text else sentence.norm
    return page.page_footer.search(lined) is not None


def _statement_said(sentence: Sentence, voice: attribute.Voice, own, dating: _Dating, said):
    """A statement introduced with its speaker and day ("وجه علييف، مساء الثلاثاء، كلمة قال
    فيها:") is remembered with that day until another speaker is named."""
    if not voice.named:
        return said
    opens = sentence.norm.rstrip().endswith(":")
    return (voice.claimant, dating.date.value) if opens and own and dating.date.value is not None else None


def _quoted_statement_day(sentence: Sentence, voice: attribute.Voice, said) -> date | None:
    """The day a quoted statement was made: its "اليوم" is the speaker's day ("وجه علييف، مساء
    الثلاثاء، كلمة قال فيها: «اليوم حرر جيشنا قرى X»" is Tuesday's), not the article's. Only
    in the quotation the statement's colon opened, its speaker going on."""
    quoted = sentence.in_quote or sentence.opens_a_quotation
    if said is None or voice.named or not quoted or not attribute.same_voice(voice.claimant, said[0]):
        return None
    return said[1]


def _tweet_day(sentence: Sentence, published: date | None) -> date | None:
    """The day an embedded tweet was posted, from its signature ("— Hikmet Hajiyev (@HikmetHajiyev)
    October 28, 2020"): its "this morning" is that day's, and what it tells with no day is of
    that day. Not a day after the article's."""
    if not sentence.tweet_dated:
        return None
    found = [e.value for e in dates.find_expressions(normalize(sentence.tweet_dated), (
        published or dates.timeline().start).year) if e.value is not None]
    day = found[0] if found else None
    return day if day is not None and (published is None or day <= published) else None


def _lead_date(doc: Doc, published: date | None) -> dates.EventDate | None:
    """The date of what an article reports when a sentence says no date: the day its lead
    sets ("اتهمت أرمينيا وأذربيجان بعضهما أمس ...": the story is yesterday's), else the day
    of publication. An English tweet the lead quotes ("... last night") dates its own claim only.
    A dateline on a line of its own ("بيروت - الشرق الأوسط") is no lead."""
    if published is None:
        return None
    lead = next((s for s in doc.sentences if s not in doc.headline and len(s.norm.split()) > DATELINE_WORDS), None)
    own = [e for e in dates.without_page_stamps(lead.norm, dates.find_expressions(lead.norm, published.year))
           if not dates.dates_the_report(lead.norm, e) and not e.text.isascii()] if lead is not None else []
    if own and own[0].kind == "yesterday":
        when = dates.resolve_expression(own[0], published)
        return dates.EventDate(when.value, when.precision, f"the lead's {own[0].text}")
    return dates.EventDate(published, "day", dates.PUBLICATION_DATE)


def _contradicts_today(expressions, published: date) -> bool:
    """"اليوم الأحد" in an article of a Monday: a teaser of another article begins here."""
    return any(
        e.kind == "today" and e.weekday is not None and e.weekday != published.weekday()
        for e in expressions
    )


def _mention_claimant(s: Sentence, loc: Located, voice: attribute.Voice, tables: Tables,
                      published: date | None = None, claim_at: int | None = None):
    """The nearest attribution before the mention (or before where a second claim on it is told,
    ``claim_at``) when it names another party than the sentence's speaker; local witnesses speak
    for the side that holds their town when they speak."""
    who = voice.claimant
    announcer = attribute.relative_announcer(s.norm, claim_at) if claim_at is not None else None
    if announcer is not None:
        return announcer  # "هادروت، التي أعلن علييف تحريرها": the second claim is Aliyev's
    found = attribute.attribution(s.norm, s.norm_index(loc.mention.start) if claim_at is None else claim_at)
    if found is not None and found.subject:
        named = attribute.claimant_from(found.subject)  # None for an anaphor naming no side ("الوزارة")
        if named is not None and named.side != "media" and (who is None or named.side != who.side):
            who = attribute.Claimant(attribute.spoken_name(s, found.start, found.end), named.role, named.side)
    if not voice.named and who is voice.claimant and _local_witness_speaks(s.norm):
        side = _side_holding(loc, tables, published)
        if side:
            return attribute.Claimant("local witnesses or officials", "residents", side)
    return who


@lru_cache(maxsize=1024)
def _clause_marks(sentence_norm: str) -> tuple[list[int], list[int]]:
    """Where a sentence's subordinate clauses and commas are, found once per sentence."""
    return ([m.start() for m in _SUBORDINATE.finditer(sentence_norm)],
            [i for i, ch in enumerate(sentence_norm) if ch == ","])


@lru_cache(maxsize=4096)
def _local_witness_speaks(sentence_norm: str) -> bool:
    """Once per sentence, however many places it names."""
    return bool(rules.attribution().local_witness.search(sentence_norm))


def _settle_claimants(doc: Doc, readings: list[_Reading], speakers, tables: Tables,
                      published: date | None = None) -> list[attribute.Claimant]:
    """Named claimants stand; narrated events take the claimant the article gives elsewhere
    for the same claim, the headline's speaker, or the side the event implies."""
    stated: dict[tuple, list[_Reading]] = {}
    for r in readings:
        if r.claimant is not None and not attribute.relays(r.claimant) and r.kind.type != "other":
            stated.setdefault((_place_key(r.loc), r.kind.type), []).append(r)
            if r.loc.admin1 and r.loc.precision == "place":
                stated.setdefault((_district_key(r.loc), r.kind.type), []).append(r)
    headline = attribute.headline_speaker(doc)
    dominant = attribute.dominant_side(speakers)
    # a sentence an unnamed source speaks ("ويقول مراقبون") is not the headline speaker's claim
    return [
        r.claimant if r.claimant is not None and not attribute.relays(r.claimant) else attribute.narration_claimant(
            attribute.Narrated(key := _claim_key(r, stated), r.kind.type, _side_holding(r.loc, tables, r.when.value),
                               r.sentence.norm,
                               _settled(r.when.value, published), _taken_by_azerbaijan(r, tables), r.claim_at,
                               r.sentence.norm_index(r.loc.mention.start)),
            _the_same_claim(r, key, stated), None if speakers[r.sentence.index].unnamed_source else headline,
            dominant, via=r.claimant)
        for r in readings
    ]


def _the_same_claim(r: _Reading, key, stated: dict[tuple, list[_Reading]]) -> dict:
    """The claimant who stated the claim a narrated event repeats: of the same place and kind
    (a mention telling no deed states nothing), and of the same day where both tell their own
    ("- 4 أكتوبر: علييف يعلن ... قصف على غنجة" then "- 17 أكتوبر: صاروخ يضرب غنجة" in a timeline
    are two strikes, the second the outlet's)."""
    told = next((earlier.claimant for earlier in stated.get((key, r.kind.type), ())
                 if not _told_on_other_days(earlier.when, r.when)), None)
    return {(key, r.kind.type): told} if told is not None else {}


def _told_on_other_days(first: dates.EventDate, second: dates.EventDate) -> bool:
    """Both dated by words of their own (not the publication date standing in), on different days."""
    own = [when.value for when in (first, second) if when.value is not None and when.text != dates.PUBLICATION_DATE]
    return len(own) == 2 and own[0] != own[1]


def _taken_by_azerbaijan(r: _Reading, tables: Tables) -> bool:
    """A place of Karabakh or the seven districts said taken, not lost: in 2020 only Azerbaijan took them."""
    return r.kind.type == "control" and r.kind.sub_type != "lost" and r.loc.admin1 in tables.core


def _claim_key(r: _Reading, stated: dict):
    """Whose claim a narrated event repeats: the same place's, or, for a district a headline
    names ("القوات الأذربيجانية تقصف قرى في مقاطعة سيونيك"), the claim the body makes of places in it."""
    own = _place_key(r.loc)
    if (own, r.kind.type) in stated or not r.sentence.headline or r.loc.precision != "district":
        return own
    return _district_key(r.loc)


def _district_key(loc: Located) -> tuple[str, str]:
    return ("in district", loc.admin1)


def _settled(day: date | None, published: date | None) -> bool:
    """An event of the war told after it ended: its outcome, no longer a claim in dispute."""
    end = dates.timeline().end
    return day is not None and published is not None and day <= end < published


def _place_key(loc: Located):
    return loc.place_id if loc.place_id is not None else loc.mention.text


def _side_holding(loc: Located, tables: Tables, day: date | None = None) -> str:
    """Which side held a place in autumn 2020 (on ``day``, when given): a place whose capture the
    war's timeline dates, Armenians before that day and Azerbaijan from it (Fuzuli shelled on 10
    October was Armenian-held); else Armenia and Karabakh proper, and Kalbajar and Lachin until
    their handover (data/theatre.json), or Azerbaijan."""
    if loc.place_id in tables.held_by_azerbaijan:
        return "azerbaijani"  # Tartar: inside a district the region spans, never held by Armenians
    captured = dates.timeline().captures.get(loc.place_id) if day is not None else None
    if captured is not None:
        return "armenian" if day < captured.date else "azerbaijani"
    if loc.country == "AM" or _before_its_handover(loc, tables, day):
        return "armenian"
    karabakh = next((r for r in tables.regions if r.id == "karabakh"), None)
    if karabakh and loc.admin1 in karabakh.admin1:
        return "armenian"
    return "azerbaijani" if loc.country == "AZ" else ""


def _before_its_handover(loc: Located, tables: Tables, day: date | None) -> bool:
    """A place of a district Armenians held until the ceasefire handed it over, on a day before
    that (or on no day given: the war itself)."""
    handover = dates.timeline().handovers.get(loc.admin1)
    return loc.admin1 in tables.held_until_handover and handover is not None and (day is None or day < handover)


def _event_date(dating: _Dating, pos: int, published: date | None, norm: str = "",
                own_end: int | None = None) -> dates.EventDate:
    """The day written right after the mention (ending at ``own_end``), else the time expression
    nearest it in its own clause (one before it wins a tie), else the nearest in the sentence, else
    the sentence's date. "شوشة، بعد أن أعلن علييف أمس": the clause after بعد أن dates the
    announcement, not the fighting at Shusha."""
    if not dating.expressions:
        return dating.date

    subordinate, commas = _clause_marks(norm)

    def distance(e: dates.TimeExpression) -> tuple[bool, bool, bool, float]:
        lo, hi = (e.end, pos) if e.end <= pos else (pos, e.start)
        return (e.start > pos and _opens_a_clause(norm, e.start), claims.any_between(subordinate, lo, hi),
                claims.any_between(commas, lo, hi), pos - e.end if e.end <= pos else (e.start - pos) + 0.5)
    nearest = _own_day(dating, norm, own_end) or min(dating.expressions, key=distance)
    reference = _said_on(dating, nearest, norm, published) or dating.reference or published
    when = dates.resolve_expression(nearest, reference)
    if published is not None and when.value is not None and when.value > published:
        # "تسليم لاتشين في 1 ديسمبر" in an article of 10 November: a schedule, not a claim
        return dates.EventDate(None, "unknown", f"{when.text} (after publication: a schedule, not an event)")
    return when


def _own_day(dating: _Dating, norm: str, own_end: int | None) -> dates.TimeExpression | None:
    """A day written right after a place, "في" or "يوم" at most between: the place's own, though an
    item before it in a list had its day nearer the list's verb."""
    if own_end is None:
        return None
    after = (e for e in dating.expressions if e.start >= own_end)
    return next((e for e in after if _ITS_OWN_DAY.fullmatch(norm, own_end, e.start)), None)


def _opens_a_clause(norm: str, start: int) -> bool:
    """"ففي 4 أكتوبر قصفت ترتر، وفي التاسع منه قصفت بردعة": a day fronted after a comma is the
    adverbial of the clause it opens, as Arabic puts the time first; the place before the comma
    is not its."""
    return _OPENS_A_CLAUSE.search(norm, max(0, start - FRONTED_CHARS), start) is not None


def _said_on(dating: _Dating, nearest: dates.TimeExpression, norm: str, published: date | None) -> date | None:
    """"قال علييف مساء الثلاثاء إن الجيش حرر اليوم قرى X" in an article of Wednesday: "اليوم" in
    what was said is the day it was said, the day dating the words before إن/أن."""
    if nearest.kind != "today" or published is None:
        return None
    content = _CONTENT.search(norm, 0, nearest.start)
    if content is None or "," in norm[content.end() : nearest.start]:
        return None  # "أعلنت الوزارة في 3 أكتوبر أن ...، وتتواصل اليوم": the outlet's clause, today's
    reporting = rules.attribution().reporting
    for e in dating.expressions:
        verb = reporting.search(norm, max(0, e.start - SAID_ON_CHARS), e.start)
        if e.end <= content.start() and e.kind != "today" and verb is not None:
            said = dates.resolve_expression(e, dating.reference or published).value
            return said if said is not None and said < published else None
    return None


def _event(article, text, r: _Reading, who: attribute.Claimant, pub) -> Event:
    loc, m, kind, when = r.loc, r.loc.mention, r.kind, r.when
    confidence = loc.confidence * (1.0 if kind.cue else 0.8)
    return Event(
        article=article, mention=m.text, start=m.start, end=m.end, place_id=loc.place_id,
        name=loc.name, admin1=loc.admin1, admin1_name=loc.admin1_name, country=loc.country,
        lat=loc.lat, lon=loc.lon, geo_precision=loc.precision, event_type=kind.type,
        sub_type=kind.sub_type, claimant=who.text, claimant_side=who.side,
        event_date=when.value.isoformat() if when.value else None,
        date_precision=when.precision if when.value else "unknown",
        published=pub.value.isoformat() if pub.value else None, published_source=pub.source,
        sentence=r.sentence.text, confidence=round(confidence, 3),
        claimant_role=who.role, date_text=when.text, scope=loc.scope, on_map=loc.on_map,
        event_cue=kind.cue, resolution_note=loc.note, route=m.route, second_claim=r.second,
    )
