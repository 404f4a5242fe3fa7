"""The pipeline: article text in, claimed events out (one per place mention).

Pure: no I/O beyond the gazetteer and tables handed in, nothing about presentation.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, fields
from datetime import date

from geo import claims, dates
from geo.document import Doc, make_doc
from geo.gazetteer import Gazetteer
from geo.locate import Located, locate
from geo.tables import Tables

_READ_ALSO = re.compile(r"^\s*(?:اقرا ايضا|اقرأ أيضا|شاهد ايضا|اقرا المزيد)")
_FOOTER = re.compile(r"جميع الحقوق محفوظه|المصدر\s*:")
_CONTINUATION = re.compile(
    r"^\s*(?:و|ف)(?:اضاف|اضافت|افاد|افادت|تابع|تابعت|اوضح|اوضحت|ذكر|ذكرت|قال|قالت|اكد|اكدت|"
    r"اشار|اشارت|كتب|كتبت)(?![\w])"
)


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

    def to_dict(self) -> dict:
        # shallow: every field is a plain value (dataclasses.asdict deep-copies, ten times slower)
        return {name: getattr(self, name) for name in EVENT_FIELDS}


EVENT_FIELDS = tuple(f.name for f in fields(Event))


@dataclass(frozen=True, slots=True)
class ArticleResult:
    article: str
    published: dates.Published
    events: list[Event]


@dataclass
class _Sentence:
    text: str
    start: int
    end: int
    norm: str
    offsets: list[int]
    date: dates.EventDate
    expressions: list[dates.TimeExpression]
    claimant: claims.Claimant


def extract(
    text: str, gaz: Gazetteer, tables: Tables, article: str = "",
    published: date | None = None, online=None,
) -> ArticleResult:
    """Every place mention of ``text`` with its claimed event, claimant and date.

    ``online``: an optional geo.online.OnlineGeocoder for names the gazetteer cannot place.
    """
    pub = (
        dates.Published(published, "given", 1.0, "given by the user")
        if published else dates.infer_published(text)
    )
    doc = make_doc(text)
    sentences = _read_sentences(doc, pub.value)
    events = []
    located = locate(doc, gaz, tables, online)
    group_anchor: dict[int, int] = {}
    for loc in located:
        m = loc.mention
        if m.group is not None:
            group_anchor.setdefault(m.group, m.start)
    for loc in located:
        s = sentences[loc.mention.sentence]
        anchor = group_anchor.get(loc.mention.group, loc.mention.start)
        pos = _norm_index(s, anchor)
        length = len(loc.mention.text) if anchor == loc.mention.start else 0
        kind = claims.classify(s.norm, pos, loc.mention.cue, length)
        when = _event_date(s, pos, pub.value)
        who = _claimant_for(s, loc, tables)
        events.append(_event(article, text, loc, s, kind, when, who, pub))
    return ArticleResult(article, pub, events)


def _read_sentences(doc: Doc, published: date | None) -> list[_Sentence]:
    text = doc.text
    out: list[_Sentence] = []
    previous: _Sentence | None = None
    last_institution: claims.Claimant | None = None
    elsewhere = False  # past a teaser of another article: dates no longer known
    for sentence in doc.sentences:
        start, end, norm, offsets = sentence.start, sentence.end, sentence.norm, sentence.offsets
        expressions = dates.find_expressions(norm, (published or dates.timeline().start).year)
        if published and _contradicts_today(expressions, published):
            elsewhere = True
        read_also = bool(_READ_ALSO.match(norm))
        if _FOOTER.search(norm):
            elsewhere = True
        own = [e for e in expressions if not dates.dates_the_report(norm, e)]
        continuation = bool(_CONTINUATION.match(norm))
        if elsewhere or read_also:
            when = dates.UNKNOWN
        elif own:
            when = dates.resolve_expression(own[0], published)
        elif expressions:
            when = dates.UNKNOWN  # only a report's date: the events it describes are undated
        elif continuation and previous is not None:
            when = previous.date
        elif published is not None:
            when = dates.EventDate(published, "day", "publication date")
        else:
            when = dates.UNKNOWN

        who, explicit = _sentence_claimant(
            text[start:end], norm, offsets, last_institution, previous, continuation
        )
        if explicit:
            last_institution = who
        sentence = _Sentence(text[start:end], start, end, norm, offsets, when,
                             [] if (elsewhere or read_also) else own, who)
        out.append(sentence)
        if not read_also:
            previous = sentence
    return out


def _contradicts_today(expressions, published: date) -> bool:
    """"اليوم الأحد" in an article of a Monday: a teaser of another article begins here."""
    return any(
        e.kind == "today" and e.weekday is not None and e.weekday != published.weekday()
        for e in expressions
    )


def _original(text: str, offsets: list[int], found: claims.Attribution) -> str:
    """The claimant's words as the article writes them."""
    if found.end <= found.start:
        return found.subject
    return text[offsets[found.start] : offsets[found.end - 1] + 1].strip(" -،,")


def _sentence_claimant(text, norm, offsets, last_institution, previous, continuation):
    """The sentence's claimant, and whether it was named explicitly."""
    found = claims.attribution(norm, len(norm))
    if found is not None and not found.subject:
        found = None
    if found is None:
        relay = claims.relayed_actor(norm) if claims.cites_a_source(norm) else None
        if relay:
            return relay, False
        if continuation and previous is not None:
            return previous.claimant, False
        return claims.OUTLET, False
    subject = found.subject
    if claims.is_anaphor(subject):
        if last_institution is not None:
            return last_institution, False
        return (previous.claimant if previous else claims.OUTLET), False
    who = claims.claimant_from(subject)
    if who is not None:
        who = claims.Claimant(_original(text, offsets, found), who.role, who.side)
    if who is not None and who.side == "media":
        relay = claims.relayed_actor(norm)
        if relay is not None:
            return claims.Claimant(f"{relay.text} (via {who.text})", relay.role, relay.side), True
    if who is None:
        return (previous.claimant if continuation and previous else claims.OUTLET), False
    return who, True


def _claimant_for(s: _Sentence, loc: Located, tables: Tables) -> claims.Claimant:
    """The sentence's claimant; local witnesses speak for the side that holds their town."""
    who = s.claimant
    found = claims.attribution(s.norm, _norm_index(s, loc.mention.start))
    if found is not None and found.subject and not claims.is_anaphor(found.subject):
        named = claims.claimant_from(found.subject)
        if named is not None and named.side != "media" and named.side != who.side:
            who = claims.Claimant(_original(s.text, s.offsets, found), named.role, named.side)
    if who is claims.OUTLET and re.search(r"السكان|الاهالي|شهود عيان", s.norm):
        side = _side_holding(loc, tables)
        if side:
            return claims.Claimant("local residents", "residents", side)
    return who


def _side_holding(loc: Located, tables: Tables) -> str:
    """Which side held a place in autumn 2020: Armenia and Karabakh proper, or Azerbaijan."""
    if loc.country == "AM":
        return "armenian"
    karabakh = next((r for r in tables.regions if r.id == "karabakh"), None)
    if karabakh and loc.admin1 in karabakh.admin1:
        return "armenian"
    return "azerbaijani" if loc.country == "AZ" else ""


def _event_date(s: _Sentence, pos: int, published: date | None) -> dates.EventDate:
    """The time expression nearest the mention (one before it wins a tie), else the sentence's."""
    if not s.expressions:
        return s.date

    def distance(e: dates.TimeExpression) -> float:
        return pos - e.end if e.end <= pos else (e.start - pos) + 0.5
    return dates.resolve_expression(min(s.expressions, key=distance), published)


def _norm_index(s: _Sentence, original: int) -> int:
    return bisect.bisect_left(s.offsets, original - s.start)


def _event(article, text, loc: Located, s: _Sentence, kind, when, who, pub) -> Event:
    m = loc.mention
    confidence = loc.confidence * (1.0 if kind.cue else 0.8)
    return Event(
        article=article, mention=m.text, start=m.start, end=m.end, place_id=loc.place_id,
        name=loc.name, admin1=loc.admin1, admin1_name=loc.admin1_name, country=loc.country,
        lat=loc.lat, lon=loc.lon, geo_precision=loc.precision, event_type=kind.type,
        sub_type=kind.sub_type, claimant=who.text, claimant_side=who.side,
        event_date=when.value.isoformat() if when.value else None,
        date_precision=when.precision if when.value else "unknown",
        published=pub.value.isoformat() if pub.value else None, published_source=pub.source,
        sentence=text[s.start : s.end], confidence=round(confidence, 3),
        claimant_role=who.role, date_text=when.text, scope=loc.scope, on_map=loc.on_map,
        event_cue=kind.cue, resolution_note=loc.note, route=m.route,
    )
