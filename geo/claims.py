"""What a sentence claims happened at a place (who claims it: geo.attribute).

Event type: the cue nearest the mention decides, because one Arabic sentence often holds
two events ("واصل قصف التجمعات ... حيث تابع تقدمه نحو مدينة شوشه": shelling somewhere,
an advance on Shusha). A few overrides come first: a launch site ("أطلق من مدينة غوريس"),
troops or weapons being moved ("إحضار ... القنابل"), and a capture only announced as
imminent ("على وشك السقوط في يد") are not strikes or control changes.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate

from geo import rules

RULES = rules.events()  # data/events.toml: cues, weapons, overrides
CLAUSE_CONJUNCTION = rules.attribution().clause_conjunction  # data/attribution.toml: "لكن", "إلا أن": a new clause
HISTORY_REACH = 60  # characters after a cue or its place within which a year in its clause dates it
FIRST_WAR_REACH = 80  # characters before a cue within which the first war named in its clause dates it
CLAUSE_END = re.compile(r"[،,.؛;:]")
HELD_REACH = 40  # characters before a control cue where "لا تزال القوات الأرمينية" says who still holds
SUPERLATIVE_CHARS = 30  # "أعنف قتال": how far before a cue its superlative stands
WAR_AS_TIME_CHARS = 20  # before a clash cue, room for "ومنذ اندلاع "
DISTANCE_CHARS = 50  # before a clash cue, room for "على بعد نحو 15 كيلومترا من خط "
SETTLEMENTS_CHARS = 40  # before a front or axis word, room for "قرى جديدة واستراتيجية في "
PROSPECT_CHARS = 60  # before a cue, room for "تعهد الرئيس الأذربيجاني إلهام علييف ب"
WHOEVER_CHARS = 12  # before a cue, room for "فكل من "
LOCATOR_CHARS = 60  # before a place, room for "الواقعة على بعد 10 كيلومترات جنوب شرق مدينة"
DESCRIBED_CHARS = 40  # before a deployment word, room for "الذين قامت تركيا ب"
NOTHING_RECORDED_CHARS = 60  # before a cue, room for "لم يتم تسجيل أي خروقات في محور جبرائيل أي "
LAUNCH_CHARS = 160  # before a place, room for "أطلقت القوات صواريخ من طراز سميرتش من مدينة"


@dataclass(frozen=True, slots=True)
class EventKind:
    type: str  # control | strike | clash | other
    sub_type: str
    cue: str  # the words that decided it


@lru_cache(maxsize=8192)
def classify(sentence_norm: str, position: int, cue_kind: str = "", length: int = 0) -> EventKind:
    """Event type for a mention at ``position`` (``length`` characters) of a normalised sentence.

    Cues before the mention count at their distance, cues after it at three times theirs:
    Arabic puts the verb first ("قصفت القوات مدينة X"). A pure function of its arguments,
    memoised: a bulletin repeats its sentences, and a list's items share their cue's reading.
    """
    launch = RULES.launch_site.search(sentence_norm, max(0, position - LAUNCH_CHARS), position)
    if launch:
        return EventKind("other", "launch_site", launch.group(0).strip())
    locator = locator_before(sentence_norm, position)
    if locator is not None:
        return EventKind("other", "locator", locator)
    cues = _cue_index(sentence_norm)
    weapon = _weapon_standing_here(sentence_norm, cues, position, position + length)
    if weapon is not None:
        return EventKind("other", "launch_site", weapon)
    fall = _fall_of(sentence_norm, position)
    if fall is not None:
        return _qualified(sentence_norm, cues, fall, position, position + length)
    deployment = cues.deployment_reaches(position) or cues.described_deployment_reaches(position)
    if deployment is not None and not cues.has_control and not cues.told_of_after(position + length):
        return EventKind("other", "deployment", deployment)
    if not cues.found:
        return _uncued(cue_kind)
    cue = cues.found[cues.speaking_for(cues.nearest(position, position + length))]
    if cue[0] >= position + length and cues.on_a_pronoun(cue[0]):
        # "تحتفظ القوات بمواقعها في هادروت رغم إعلان باكو السيطرة عليها": the deed after the place is
        # told of a pronoun, a second claim on it (geo.extract); the place's own is the cue before
        before = cues.last_ending_by(position)
        if before is None:
            return _uncued(cue_kind)
        cue = cues.found[before]
    if cue[0] >= position + length and _whoever_before(sentence_norm, cues, position):
        return EventKind("other", "prospect", cue[4])  # "من يسيطر على شوشا يسيطر على قره باغ": a maxim
    if cue[0] >= position + length and RULES.liberated_before.match(cue[4]):
        # "رفع العلم في بلدة X المحررة": the participle says what state the place is in; the deed
        # told before the place, in its clause, is the claim
        before = cues.last_ending_by(position)
        if before is not None and not cues.clause_between(cues.found[before][1], position):
            cue = cues.found[before]
    if cue[2] == "control" and cue[1] <= position and (fronted := cues.fronted_circumstance) is not None \
            and cue[1] <= fronted < position:
        main = cues.first_from(fronted)  # "وقبل انسحابهم، أحرق السكان منازلهم في قرية X": not X's deed
        if main is None:
            return _uncued(cue_kind)
        cue = cues.found[main]
    if cue[0] >= position + length and cues.clause_between(position + length, cue[0]):
        return _uncued(cue_kind)  # "عملياتها في اتجاه لاتشين، وإن الجيش قصف بردعة": the cue is the next clause's
    if cue[1] <= position and (cues.that_clause_between(cue[1], position)
                               or cues.verb_of_a_clause_before(cue[1], position)):
        return _uncued(cue_kind)  # "صدت هجوما على المحور، وأن الطريق بين غوريس وستيباناكيرت مفتوح": a new claim
    return _qualified(sentence_norm, cues, cue, position, position + length)


def _whoever_before(sentence_norm: str, cues: _CueIndex, position: int) -> bool:
    """Whether the deed told right before the place is one whose doer is "who" ("من يسيطر على X"):
    the place is that deed's, a supposition, though a cue after it lies nearer."""
    before = cues.last_ending_by(position)
    if before is None:
        return False
    start, end = cues.found[before][:2]
    object_words = sentence_norm[end:position].split()  # "على مدينة": the deed's object is the place
    return len(object_words) <= 2 and not any("," in w for w in object_words) \
        and RULES.whoever.search(sentence_norm, max(0, start - WHOEVER_CHARS), start + 1) is not None


def _weapon_standing_here(sentence_norm: str, cues: _CueIndex, position: int, end: int) -> str | None:
    """"منظومة صواريخ أرمينية في مدينة X استهدفت مدينة Y": a weapon standing in the place, a strike's
    word after the place and none before the weapon (not "دمرت القوات منظومة صواريخ في X", where X
    was struck): the place is where it fired from. The weapon's words, else None."""
    weapon = RULES.weapon_at.search(sentence_norm, max(0, position - LAUNCH_CHARS), position)
    if weapon is None:
        return None
    struck_after = any(c[0] >= end and c[2] == "strike" for c in cues.found)
    struck_before = any(c[1] <= weapon.start() and c[2] == "strike" for c in cues.found)
    return weapon.group(0).strip() if struck_after and not struck_before else None


def locator_before(sentence_norm: str, position: int) -> str | None:
    """The words right before a place that make it a reference point ("الواقعة جنوب", "قرب الحدود
    مع"), or None."""
    found = RULES.locator.search(sentence_norm, max(0, position - LOCATOR_CHARS), position)
    return found.group(0).strip() if found else None


def _fall_of(sentence_norm: str, position: int) -> Cue | None:
    """"سقوط شوشة", "تتسلم لاتشين": the fall or the handover of the place named right after the
    word, no town word between, is its capture or its handover; with anything between ("سقوط
    قذائف على", "تسلم جثث القتلى في") the cues decide."""
    start = max(0, position - 16)
    before = sentence_norm[start:position]
    fall = RULES.falls.search(before)
    if fall is not None:
        return start + fall.start(), position, "control", "captured", fall.group(0).strip()
    handed = RULES.received.search(before)
    if handed is not None:
        return start + handed.start(), position, "control", "handed_over", handed.group(0).strip()
    return None


def _qualified(sentence_norm: str, cues: _CueIndex, cue: Cue, position: int, mention_end: int) -> EventKind:
    """The deciding cue, read with the words around it: an intention denied, a capture only
    imminent, aimed at or scheduled, one of the first war, peacekeepers', heights near the
    place, a strike's weapon."""
    start, end, kind, sub, words = cue
    if RULES.intention_denied.search(sentence_norm[max(0, start - 40) : start]):
        return EventKind("other", "intention_denied", words)
    if _nothing_recorded(sentence_norm, start):
        return EventKind("other", "nothing_recorded", words)
    if _foretold(sentence_norm, start, position, mention_end):
        return EventKind("other", "prospect", words)
    if kind == "control" and (RULES.imminent.search(sentence_norm[max(0, start - 20) : start])
                              or RULES.failed.search(sentence_norm, max(0, start - PROSPECT_CHARS), start)
                              or RULES.purpose.match(sentence_norm, start)
                              or RULES.aim.search(sentence_norm, max(0, start - PROSPECT_CHARS), start)):
        return EventKind("clash", "contested", words)
    if kind == "control" and RULES.scheduled.search(sentence_norm[max(0, start - 40) : start]):
        return EventKind("other", "scheduled", words)
    if kind == "control" and _held(sentence_norm, start, end):
        return EventKind("other", "held", words)
    if (_of_the_first_war(sentence_norm, end, mention_end if start < position else end)
            or _in_a_sentence_dated_before_the_war(sentence_norm, cues, start)
            or _first_war_told_before(sentence_norm, cues, start)) and not (
            kind != "control" and RULES.superlative.search(sentence_norm, max(0, start - SUPERLATIVE_CHARS), start)):
        return EventKind("other", "historical", words)
    if kind == "control" and _peacekeepers_hold(sentence_norm, start, end):
        return EventKind("other", "deployment", words)
    if start < position and RULES.way_opened.search(sentence_norm[start:position]):
        return EventKind("other", "prospect", words)
    if kind == "control" and start < position and RULES.nearby.search(sentence_norm[start:position]):
        return EventKind("clash", "advance", words)
    if sub == "prisoners" and end <= position and RULES.people_from.fullmatch(sentence_norm, end, position):
        return EventKind("other", "origin", words)  # "أسرت القوات مقاتلا سوريا من إدلب": where he came from
    if kind == "strike" and start < position and RULES.road_to.search(sentence_norm[start:position]):
        return EventKind("other", "locator", words)  # "رتلا على الطريق بين شوشا ولاتشين": the road was hit
    if kind == "strike" and sub in RULES.generic_strikes:
        named = cues.weapons_in_clause(start)
        for weapon in RULES.weapons:
            if weapon in named:
                return EventKind(kind, weapon, f"{words} … {named[weapon]}")
    return EventKind(kind, sub, words)


def _nothing_recorded(sentence_norm: str, start: int) -> bool:
    """"لم تسجل أي اشتباكات في X", "لم تتعرض مدينة X للقصف": a verb of happening negated before the
    cue, and no comparison after it ("لم تشهد قصفا بهذه الكثافة")."""
    return RULES.nothing_recorded.search(sentence_norm, max(0, start - NOTHING_RECORDED_CHARS), start) is not None \
        and RULES.nothing_recorded_compared.match(sentence_norm, start) is None


def _foretold(sentence_norm: str, start: int, position: int, mention_end: int) -> bool:
    """A deed pledged, planned, warned of or supposed ("تعهد بتحرير", "في حال قصف") just before
    its cue, or one whose doer is "who" ("من يسيطر على"), or foretold or weighed after a place
    its cue governs ("تحرير شوشا مسألة وقت", "السيطرة على شوشا تعني قطع الطريق بين ستيباناكيرت
    ولاتشين": the road's ends too)."""
    return bool(RULES.prospect.search(sentence_norm, max(0, start - PROSPECT_CHARS), start)
                or RULES.whoever.search(sentence_norm, max(0, start - WHOEVER_CHARS), start + 1)
                or start < position and (RULES.prospect_after.match(sentence_norm, mention_end)
                                         or RULES.prospect_after.search(sentence_norm, start, position)))


def _of_the_first_war(sentence_norm: str, cue_end: int, last_end: int) -> bool:
    """A year of the first war in the clause right after the cue or the place it governs, the
    subject maybe between ("سيطرت القوات على منطقة كلبجر عام 1993", "سيطرت عليها القوات الأرمينية
    في مايو 1992"); one after another verb ("احتلتها عام 1993، إلا أن القوات تمكنت من استعادتها",
    "حررت قرية X التي احتلتها أرمينيا عام 1993") dates that verb, and one after a superlative
    ("القتال بين X وY في أعنف اشتباكات منذ التسعينيات") is what today's fighting is measured against."""
    return any(_year_of_the_first_war(sentence_norm, at) for at in {cue_end, last_end})


def _year_of_the_first_war(sentence_norm: str, at: int) -> bool:
    clause_end = CLAUSE_END.search(sentence_norm, at, at + HISTORY_REACH)
    year = RULES.historical.search(sentence_norm, at, clause_end.start() if clause_end else at + HISTORY_REACH)
    return year is not None and not (RULES.history_elsewhere.search(sentence_norm, at, year.start())
                                     or RULES.superlative.search(sentence_norm, at, year.start()))


def _in_a_sentence_dated_before_the_war(sentence_norm: str, cues: _CueIndex, start: int) -> bool:
    """"وفي عام 1992، سيطرت القوات الأرمينية على شوشا": a pre-war year fronting the sentence dates
    its main clause, the cue's, unless a new clause begins between them ("، لكن", "، وأن")."""
    opening = RULES.historical_opening.match(sentence_norm)
    if opening is None or start < opening.end():
        return False
    between = sentence_norm[opening.end() : start]
    return not (cues.clause_between(opening.end(), start) or cues.that_clause_between(opening.end(), start)
                or CLAUSE_CONJUNCTION.search(between))


def _first_war_told_before(sentence_norm: str, cues: _CueIndex, start: int) -> bool:
    """"يذكر أن الحرب الأولى انتهت بسيطرة الأرمن على أغدام": the first war named before the cue,
    in its clause, makes the deed the first war's."""
    war = RULES.first_war_before.search(sentence_norm, max(0, start - FIRST_WAR_REACH), start)
    return war is not None and not (cues.clause_between(war.end(), start) or cues.that_clause_between(war.end(), start))


def _held(sentence_norm: str, start: int, end: int) -> bool:
    """"المنطقة التي يسيطر عليها الانفصاليون", "خاضعة لسيطرة القوات": who holds the place."""
    found = RULES.held.search(sentence_norm, max(0, start - HELD_REACH), end + 2)
    return found is not None and found.end() > start


def _peacekeepers_hold(sentence_norm: str, start: int, end: int) -> bool:
    """Peacekeepers named just before a control cue ("قوات حفظ السلام دخلت") or as whose control it
    is ("تحت سيطرة قوات حفظ السلام"): they deploy, no side takes the ground."""
    return bool(RULES.peacekeepers.search(sentence_norm[max(0, start - 40) : start])
                or RULES.peacekeepers.search(sentence_norm[end : end + 25]))


def _uncued(cue_kind: str) -> EventKind:
    """No event word in the mention's clause: a front or an axis is fighting, anything else named."""
    if cue_kind in ("front", "axis"):
        return EventKind("clash", cue_kind, "")
    return EventKind("other", "mentioned", "")


Cue = tuple[int, int, str, str, str]  # start, end, event type, sub type, the words


@lru_cache(maxsize=4096)
def _deployments_in(sentence_norm: str) -> tuple[re.Match, ...]:
    """Every deployment phrase of a sentence, found once for the cues and the speakers' names."""
    return tuple(RULES.deployment.finditer(sentence_norm))


def _deployments(sentence_norm: str) -> tuple[re.Match | None, re.Match | None]:
    """The sentence's deployment ("أرسلت تركيا مرتزقة"), and the first told in a relative clause
    ("المرتزقة الذين أرسلتهم تركيا قتلوا في اشتباكات"), which only says who the subject is."""
    described = None
    for found in _deployments_in(sentence_norm):
        start = found.start()
        if not RULES.deployment_described.search(sentence_norm, max(0, start - DESCRIBED_CHARS), start):
            return found, described
        described = described or found
    return None, described


class _CueIndex:
    """A sentence's event cues, sorted so that the cue nearest a mention is found by bisection:
    a sentence with many places and many cues (a list, a long run without punctuation) is then
    read in n log n, not n squared."""

    def __init__(self, sentence_norm: str, found: tuple[Cue, ...]):
        self.found = found
        by_end = sorted(range(len(found)), key=lambda i: (found[i][1], -found[i][0], -i))
        self.by_end, self.ends = by_end, [found[i][1] for i in by_end]
        by_start = sorted(range(len(found)), key=lambda i: (found[i][0], i))
        self.by_start, self.starts = by_start, [found[i][0] for i in by_start]
        by_start_last = sorted(range(len(found)), key=lambda i: (found[i][0], -i))
        self.by_start_last, self.starts_last = by_start_last, [found[i][0] for i in by_start_last]
        # the cue reaching farthest among those starting before each point: one wrapping a mention
        # ("سقوط بلدة هادروت في يد") is found by bisection too
        self.reach: list[tuple[int, int]] = list(accumulate(
            ((found[i][1], i) for i in by_start), lambda best, cue: cue if cue[0] > best[0] else best))
        self.has_control = any(kind == "control" for _, _, kind, _, _ in found)
        self._weapons = [(start, sub, words) for start, _, kind, sub, words in found
                         if kind == "strike" and sub in RULES.weapons]
        self._deployment, self._described_deployment = _deployments(sentence_norm)
        self.deployment = self._deployment.group(0) if self._deployment else None
        self._parted = [m.start() for m in RULES.deployment_parted.finditer(sentence_norm)] \
            if self._deployment else []
        openers = list(RULES.clause_opener.finditer(sentence_norm))
        self.clauses = [m.start() for m in openers]
        self._clause_ends = [m.end() for m in openers]
        self.pronoun_spans = [(m.start(), m.end()) for m in RULES.pronoun_claim.finditer(sentence_norm)]
        fronted = RULES.fronted_circumstance.match(sentence_norm)
        self.fronted_circumstance = fronted.end() if fronted else None  # where the main clause begins
        self.that_clauses = [m.end() for m in RULES.that_clause.finditer(sentence_norm)]
        self._norm = sentence_norm
        self._speaking_for: dict[int, int] = {}

    def deployment_reaches(self, position: int) -> str | None:
        """The sentence's deployment words, unless a clause of its own parts the place from them
        ("أرسلت أرمينيا تعزيزات إلى الإقليم، حيث تدور معارك قرب هادروت"); else None."""
        if self._deployment is None:
            return None
        low, high = sorted((self._deployment.start(), position))
        return None if any(low < at < high for at in self._parted) else self.deployment

    def described_deployment_reaches(self, position: int) -> str | None:
        """A deployment told in a relative clause still governs the places it brought people or
        arms from or to, no other cue between ("الذين جلبتهم تركيا من سوريا"); its words, else None."""
        described = self._described_deployment
        if described is None or position < described.end() or any_between(self.starts, described.end(), position):
            return None
        return described.group(0)

    def told_of_after(self, mention_end: int) -> bool:
        """Whether a clause right after the place tells of fighting or shelling there ("إلى منطقة
        هادروت حيث تدور معارك"), no other clause between."""
        described = RULES.place_described.match(self._norm, mention_end)
        if described is None:
            return False
        k = self.first_from(described.end())
        return k is not None and self.found[k][2] in ("clash", "strike") \
            and not self.clause_between(described.end(), self.found[k][0])

    def nearest(self, position: int, after: int) -> int:
        """The cue nearest the mention spanning position..after: the closest ending before it, or
        starting after it at three times the distance, unless a new clause begins between them or
        with it (a verb joined by و); a mention past a clause opener ("، وأن مدينة X تعرضت لقصف")
        takes the cue after it in its own clause;
        of equals, the earlier one, then the first found. Only when every cue overlaps the
        mention, the one starting last. A cue wrapping the mention ("سقوط بلدة X في يد") is its
        own phrase and comes first."""
        wrapping = bisect_left(self.starts, position) - 1
        if after > position and wrapping >= 0 and self.reach[wrapping][0] >= after:
            return self.reach[wrapping][1]
        before = bisect_right(self.ends, position) - 1
        later = bisect_left(self.starts, after)
        if before >= 0 and later < len(self.starts):
            cue_before, cue_after = self.by_end[before], self.by_start[later]
            behind = position - self.found[cue_before][1]
            ahead = self.found[cue_after][0] - after
            coordinated = self.found[cue_after][4][:1] in ("و", "ف")  # "حررنا قرية X وقصفنا": a new clause
            cut_ahead = self._clause_between(after, ahead)
            cut_behind = self._clause_between(self.found[cue_before][1], behind) or \
                self.that_clause_between(self.found[cue_before][1], position - 1)
            if not (coordinated or cut_ahead) and cut_behind:
                return cue_after  # "، وأن مدينة X تعرضت لقصف": the mention opens the clause of the cue after it
            return cue_before if behind <= ahead * 3 or coordinated or cut_ahead or \
                self._circumstance(after, self.found[cue_after][0]) else cue_after
        if before >= 0:
            return self.by_end[before]
        if later < len(self.starts):
            return self.by_start[later]
        return self.by_start_last[bisect_left(self.starts_last, after) - 1]

    def on_a_pronoun(self, cue_start: int) -> bool:
        """Whether the cue is a deed told of a pronoun ("السيطرة عليها", "تحريرها")."""
        return any(start <= cue_start < end for start, end in self.pronoun_spans)

    def last_ending_by(self, position: int) -> int | None:
        """The cue ending last at or before ``position``, if any."""
        k = bisect_right(self.ends, position) - 1
        return self.by_end[k] if k >= 0 else None

    def first_from(self, position: int) -> int | None:
        """The first cue starting at or after ``position``, if any."""
        k = bisect_left(self.starts, position)
        return self.by_start[k] if k < len(self.starts) else None

    def _circumstance(self, mention_end: int, cue_start: int) -> bool:
        """"من بلدة X بعد معارك عنيفة": the cue after the place tells what came before the deed."""
        return RULES.circumstance.search(self._norm, mention_end, cue_start) is not None

    def weapons_in_clause(self, position: int) -> dict[str, str]:
        """The weapons named in the clause around ``position``: "ترتر قصفت، فيما تقول أرمينيا إن
        ستيباناكيرت تعرضت لغارات" shelled Tartar, it did not bomb it from the air."""
        k = bisect_right(self.clauses, position)
        lo = self.clauses[k - 1] if k else -1
        hi = self.clauses[k] if k < len(self.clauses) else float("inf")
        named: dict[str, str] = {}
        for start, sub, words in self._weapons:
            if lo <= start < hi:
                named[sub] = words
        return named

    def _clause_between(self, start: int, length: int) -> bool:
        return self.clause_between(start, start + length)

    def verb_of_a_clause_before(self, start: int, position: int) -> bool:
        """"قصفت القوات X، فيما زار الوزير بلدة Y": a clause opened between the two offsets, with
        words of its own (a verb, its subject) before the place's cue word; "، كما مدينة Y" (as
        well as) and "، فيما قرية Y وقصفت" put the place first, the deed before still theirs."""
        k = bisect_right(self.clauses, position) - 1
        if k < 0 or self.clauses[k] < start:
            return False
        return len(self._norm[self._clause_ends[k] : position].split()) > 1

    def that_clause_between(self, start: int, end: int) -> bool:
        """Whether a further that-clause ("، وأن") begins between the two offsets, ``end`` included."""
        return any_between(self.that_clauses, start, end + 1)

    def clause_between(self, start: int, end: int) -> bool:
        """Whether a new clause ("، وإن", "، فيما") begins between the two offsets."""
        return any_between(self.clauses, start, end)

    def speaking_for(self, cue: int) -> int:
        """A longer phrase of another type around the cue speaks for it: "صدت القوات هجوما على"
        is a defence, not an attack."""
        if cue not in self._speaking_for:
            start, _, kind, _, _ = self.found[cue]
            covering = [i for i, c in enumerate(self.found) if c[0] < start < c[1] and c[2] != kind]
            self._speaking_for[cue] = min(covering, key=lambda i: self.found[i]) if covering else cue
        return self._speaking_for[cue]


def any_between(positions: list[int], lo: int, hi: int) -> bool:
    """Whether a sorted list of offsets holds one in lo..hi (hi excluded), by bisection."""
    i = bisect_left(positions, lo)
    return i < len(positions) and positions[i] < hi


@lru_cache(maxsize=4096)
def _cue_index(sentence_norm: str) -> _CueIndex:
    return _CueIndex(sentence_norm, _cues_in(sentence_norm))


def may_tell_of_a_pronoun(sentence_norm: str) -> bool:
    """One scan, no cue index: whether a sentence that names no place may tell a deed of one
    named before (a sentence without mentions is not otherwise read for cues)."""
    return RULES.pronoun_claim.search(sentence_norm) is not None


def pronoun_claims(sentence_norm: str) -> list[tuple[int, int]]:
    """Where the sentence tells a deed of a pronoun ("السيطرة عليها", "تحريرها"), found once with
    its cues: the spans the place's own reading leaves to a second claim (geo.extract)."""
    return _cue_index(sentence_norm).pronoun_spans


@lru_cache(maxsize=4096)
def _cues_in(sentence_norm: str) -> tuple[Cue, ...]:
    """Every event cue of a sentence, found once however many places the sentence names: one
    scan finds where cues begin, and each cue is tried only there (as its own finditer would,
    a match resumes after the last one of the same cue)."""
    starts = [m.start() for m in RULES.cue_starts.finditer(sentence_norm)]
    found = []
    for regex, kind, sub in RULES.cues:
        resume = 0
        for start in starts:
            m = regex.match(sentence_norm, start) if start >= resume else None
            if m:
                resume = m.end()
                if m.group("future"):  # "وسنحرر شوشة قريبا", "سيدخل الجيش المدينة": a deed to come
                    found.append((m.start(), m.end(), "other", "prospect", m.group(0)))
                elif not (kind == "clash" and _no_fighting_here(sentence_norm, start, sub)
                          or kind == "strike" and _strikes_over(sentence_norm, start)):
                    found.append((m.start(), m.end(), kind, sub, m.group(0)))
    return tuple(found)


def _no_fighting_here(sentence_norm: str, start: int, sub: str) -> bool:
    """A clash word that tells of no fighting: the war as a time ("سيطرت منذ بداية المعارك على
    مدن X وY"), a distance to it ("على بعد 15 كيلومترا من خط الجبهة"), or the front or axis
    villages lie on ("حررت قرى جديدة في محور جبرائيل")."""
    before = max(0, start - WAR_AS_TIME_CHARS)
    return RULES.war_as_time.search(sentence_norm, before, start) is not None \
        or RULES.distance_from.search(sentence_norm, max(0, start - DISTANCE_CHARS), start) is not None \
        or sub in ("axis", "front") \
        and RULES.settlements_on_front.search(sentence_norm, max(0, start - SETTLEMENTS_CHARS), start) is not None


def _strikes_over(sentence_norm: str, start: int) -> bool:
    """A strike word that tells of none: the shelling's end as a time ("بعد توقف القصف"), or the
    reach of the fire ("في مرمى المدفعية")."""
    before = max(0, start - WAR_AS_TIME_CHARS)
    return RULES.strikes_over.search(sentence_norm, before, start) is not None \
        or RULES.within_range.search(sentence_norm, before, start) is not None


@lru_cache(maxsize=1 << 14)
def is_event_word(word: str) -> bool:
    """Whether a normalised word is itself an event cue ("تحرير", "قصف")."""
    return any(regex.fullmatch(word) for regex, _, _ in RULES.cues)


def event_phrase_ends(sentence_norm: str) -> dict[int, int]:
    """Where each event cue of a sentence begins -> where the longest one beginning there ends:
    "سيطرت" ends within its word (its pattern reads the object after it), "هجمات على" after على.
    From the sentence's cues, found once for every stage that reads them."""
    ends: dict[int, int] = {}
    for start, end, *_ in _cues_in(sentence_norm):
        ends[start] = max(end, ends.get(start, 0))
    return ends


def has_event_cue(sentence_norm: str) -> bool:
    return bool(_cues_in(sentence_norm))


def event_cue_starts(sentence_norm: str) -> frozenset[int]:
    """Where the sentence's event phrases begin ("صد هجوم", "السيطرة على"), found once per sentence."""
    return frozenset(cue[0] for cue in _cues_in(sentence_norm))


def control_cue_starts(sentence_norm: str) -> frozenset[int]:
    """Where the sentence's control phrases begin ("حرر", "السيطرة على")."""
    return frozenset(cue[0] for cue in _cues_in(sentence_norm) if cue[2] == "control")


def deployment_starts(sentence_norm: str) -> frozenset[int]:
    """Where the sentence tells of troops or arms moved ("ونقلت تركيا مرتزقة إلى"): نقل there
    moves, it reports nothing."""
    return frozenset(m.start() for m in _deployments_in(sentence_norm))


@lru_cache(maxsize=4096)
def deed_starts(sentence_norm: str) -> frozenset[int]:
    """Where a deed a speaker can announce or deny begins: an event phrase, or a deployment
    ("نفت باكو إرسال مقاتلين", "أعلنت موسكو نشر قوات"), once per sentence."""
    return event_cue_starts(sentence_norm).union(m.start() for m in _deployments_in(sentence_norm))
