"""Who claims each event: the speaker of its sentence, carried across the article.

Arabic news names a speaker once and then reports on: "قال علييف في تغريدة: ..." opens a
statement; "وأضاف", "وتابع", "كما" go on with it; a sentence inside quotation marks is still
the speaker's; the rest of the paragraph (see data/attribution.toml, [scope]) stays theirs
until another speaker is named. A headline "علييف: تحرير ..." names the speaker of the story.

When nobody is named, the outlet narrates; but narration of a capture mostly relays one
party's announcement, so an unattributed event takes, in order: the claimant the article gives
for the same event at the same place elsewhere; the headline's speaker; the side the event
itself implies (the side whose forces the sentence names reports their capture; a news agency
relaying a strike speaks for the side it hit); and only then the outlet. A strike the outlet
narrates itself is its own account: its correspondent's, its photo caption's. A capture told
after the war ended, of a day before its end, is the outcome the outlet states as background,
no longer one party's claim.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from dataclasses import dataclass, replace
from functools import lru_cache

from geo import rules as rules_module
from geo.arabic import normalize
from geo.claims import control_cue_starts, deed_starts, deployment_starts, event_cue_starts, is_event_word
from geo.dates import find_expressions
from geo.document import Doc, Sentence
from geo.phonetic import script_of
from geo.rules import AttributionRules
from geo.vocab import OPPOSITE_PARTY, Side


@dataclass(frozen=True, slots=True)
class Claimant:
    text: str  # who, as the article writes it
    role: str
    side: str  # a geo.vocab.Side value


OUTLET = Claimant("the outlet (no attribution)", "media", Side.MEDIA.value)
EYEWITNESS = Claimant("the outlet's journalists on the spot", "correspondent", Side.MEDIA.value)
BACKGROUND = Claimant("article background (the war's outcome)", "narration", Side.MEDIA.value)
PARTIES = (Side.AZERBAIJANI.value, Side.ARMENIAN.value)
_ACTOR = rules_module.attribution().actor  # data/attribution.toml actor_forces, actor_sides
_BETWEEN = re.compile(r"(?<![\w])بين\s+$")  # "بين القوات الأذربيجانية و...": a fight's two sides
BETWEEN_CHARS = 5
_BLAMED_FOR = re.compile(r" (?:ب\S|مسؤوليه)")  # "بقصف", "مسؤولية القصف": what the accused is blamed for
RELATIVE_PRONOUNS = ("الذي", "التي", "الذين", "اللذين", "اللتين")  # normalised
_RELATIVE = re.compile(rf"(?<![\w])(?:{'|'.join(RELATIVE_PRONOUNS)})$")  # a verb in a relative clause
RELATIVE_CHARS = 6  # the longest relative pronoun
ANNOUNCER_WORDS = 5  # "إعلان الرئيس الأذربيجاني إلهام علييف تحرير": the longest announcer before the deed
RELATIVE_VERB_CHARS = 12  # the longest reporting verb with its pronoun, before the word it is asked of
# no subject starts with a preposition, alone or joined to the article: "مستودع تابع للجيش"
# (belonging to the army) is no "تابع" (he went on) with a speaker after it
_PREPOSITION_FIRST = re.compile(r"\s*(?:(?:مع|في|علي|من|عن|الي|ل|ب)\s|لل|بال)")
_WORD = re.compile(r"[^\s\"'«»“”().]+")
_APPOSITION = re.compile(r"\s*[،,]\s*(?P<name>[^\s،,.:]+(?:\s+[^\s،,.:]+){0,2})\s*[،,]\s*(?:ان|انه|انها|بان)(?![\w])")
# "أما باكو، فقالت إن": the topic before أما's comma is the subject of the verb its ف joins
_TOPIC_FIRST = re.compile(r"(?<![\w])اما\s+(?P<subject>[^.،,:]{1,60}?)\s*[،,]?\s*$")
_PERFECT = re.compile(r"(?<![\w])قد\s*$")  # "كان X قد أعلن": the pluperfect puts the subject first
# "وكانت أذربيجان قد أعلنت": the subject is أذربيجان, inside the pluperfect's كان ... قد
_DAY_OPENING = re.compile(r"\s*[وف]?(?:(?:في|يوم|مساء|صباح|ليل|ليله|فجر|خلال)\s+)?")  # before a fronted day
# "وكان X قد أعلن", "X كانت قد أعلنت": the pluperfect's subject, between or before كان and قد
_PLUPERFECT_FRAME = re.compile(r"\s*(?:[وف]?(?:كان|كانت)\s+)?(?P<subject>.*?)\s*,?(?:\s+(?:كان|كانت))?(?:\s*قد)?\s*",
                               re.S)
SUBJECT_FIRST_WORDS = 6  # the longest subject put before its verb ("علييف أضاف")
HEAD_WORDS = SUBJECT_FIRST_WORDS + 3  # with the frame's كان, comma and قد
_MEDIA_ROLES = ("news agency", "newspaper", "correspondent", "source")
EXPELLING_CHARS = 20  # before a force, where the verb driving it out stands
RELAY_WORDS = 4  # more words a subject may run to when it names a relay and its source ("X عن Y")
SUBJECT_END_CHARS = 40  # past a subject's last word, room for the longest phrase that ends one
LONG_REST = 400  # characters after a verb past which a subject's reach is worth bounding
LOCAL_OFFICIAL = "local official"  # a governor, a mayor: named by the place they govern
LOCAL_ROLES = ("residents", LOCAL_OFFICIAL)


def claimant_from(subject: str, rules=None) -> Claimant | None:
    """Role and side of an attribution subject such as "وزاره الدفاع الارمينيه".

    The earliest side word decides ("وزارة الدفاع الأرمينية مزاعم أذربيجان" is Armenian);
    "وكالة رويترز عن مسؤول أرميني": an agency quoting someone is that someone's claim.
    """
    return _claimant(subject.strip(), rules or rules_module.attribution())


@lru_cache(maxsize=1 << 14)
def _claimant(subject: str, rules) -> Claimant | None:
    """claimant_from, memoised: an article names the same few speakers again and again."""
    if not subject or subject.split()[0] in rules.both_sides:
        return None  # "اتهمت كل من باكو ويريفان الأخرى": each side, no one speaker
    quoting, _, quoted = subject.partition(" عن ")
    if quoted and _earliest_side(quoting, rules) == Side.MEDIA.value:
        source = claimant_from(quoted, rules)
        if source is not None and source.side != Side.MEDIA.value:
            return Claimant(subject, source.role, source.side)
        home = _party_of_the_outlet(quoting, rules)
        if source is None and home is not None:
            return Claimant(subject, "source", home)
    role = LOCAL_OFFICIAL if rules.office_title.match(subject) else _role_of(subject, rules) or "source"
    side = _earliest_side(subject, rules)
    if side == Side.MEDIA.value:
        return Claimant(subject, role if role in _MEDIA_ROLES[:-1] else "media", side) \
            if role in _MEDIA_ROLES else None
    if side is not None:
        return Claimant(subject, role if side != Side.THIRD_PARTY.value or role != "source" else "third party",
                        side)
    if role in LOCAL_ROLES or role == "authorities" and " في " in subject:
        # "السلطات في مقاطعة سيونيك": the authorities of the place named, whose side it is
        return Claimant(subject, role if role in LOCAL_ROLES else LOCAL_OFFICIAL, Side.UNKNOWN.value)
    return None


def office_named_alone(who: Claimant | None) -> bool:
    """"وقالت وزارة الدفاع إن": a party's office named without its side, which the article says
    elsewhere (the same office named with it) or the deeds it tells say (geo.extract)."""
    return who is not None and who.side == Side.UNKNOWN.value and who.role in rules_module.attribution().party_offices


def _party_of_the_outlet(quoting: str, rules) -> str | None:
    """"وكالة أبا الأذربيجانية عن مصادر عسكرية": a party's outlet quoting sources it does not name
    quotes its own side's; a third country's ("سبوتنيك الروسية") relays, it speaks for no party."""
    parties = [h for h in _hits(_without_foreign_provinces(quoting), rules.sides) if h[2] in PARTIES]
    return min(parties)[2] if parties else None


def _role_of(subject: str, rules) -> str | None:
    """The first role (attribution.toml [roles]) the subject's words name, if any."""
    return next((role for role, pattern in rules.roles if pattern.search(subject)), None)


def speaks_for_the_town(who: Claimant | None) -> bool:
    """Residents or a local official no side word names: they speak for the side that holds
    the town they tell of (see geo.extract)."""
    return who is not None and who.side == Side.UNKNOWN.value and who.role in LOCAL_ROLES


def _earliest_side(subject: str, rules) -> str | None:
    """Media when an outlet is named first ("مراسل الجزيرة في باكو") unless it is a party's state
    agency ("وكالة أذرتاج"); else the party named first; else a third party. A tie goes to the
    longer phrase. Another country's province names no side ("محافظ أذربيجان الشرقية" is Iran's)."""
    subject = _without_foreign_provinces(subject)
    state = _hits(subject, rules.state_media)
    hits = state + _hits(subject, rules.sides)
    if not hits:
        return _side_of_the_surname(subject, rules)
    first = min(hits)[2]
    if first == Side.MEDIA.value:
        return min(state)[2] if state else first
    parties = [h for h in hits if h[2] in PARTIES]
    return min(parties)[2] if parties else first


def _side_of_the_surname(subject: str, rules) -> str | None:
    """"أرتاك بغلاريان": a person no side word names, whose surname's ending says the side. Not
    a place named so ("سكان قرية أشاغي ماراليان", "مسؤولون في تومانيان"): no cue word, preposition
    or name part (أشاغي) before it."""
    words = subject.split()
    if len(words) < 2 or words[-1].startswith("ال") or len(words[-1]) < rules.surname_letters:
        return None
    places = rules_module.mentions()
    if any(w in places.cues or w in places.name_parts or w in rules.surname_not_after for w in words[:-1]):
        return None
    return _side_of_the_ending(words[-1], rules)


def _side_of_the_ending(surname: str, rules) -> str | None:
    """The side a surname's ending says ([surname_sides]: -يان, -yan), if any."""
    return next((side for ending, side in rules.surname_sides if surname.endswith(ending)), None)


def _surname_alone(subject: str) -> Claimant | None:
    """"وكتب أبراهاميان:", "وقال أبراهاميان إن": a surname alone after a verb of speech, where no
    place can stand, says the side by its ending as a full name does."""
    rules = rules_module.attribution()
    words = subject.split()
    if len(words) != 1 or words[0].startswith("ال") or len(words[0]) < rules.surname_letters:
        return None
    side = _side_of_the_ending(words[0], rules)
    return Claimant(subject.strip(), "source", side) if side else None


def _without_foreign_provinces(subject: str) -> str:
    """The subject with other countries' provinces blanked (data/mentions.toml [provinces]): the
    Azerbaijani side word inside أذربيجان الشرقية names Iran's province, not a party."""
    for province in rules_module.mentions().provinces:
        if province in subject:
            subject = subject.replace(province, " " * len(province))
    return subject


def _hits(subject: str, patterns) -> list[tuple[int, int, str]]:
    """(where, minus length, side) of each side's first word in the subject; English names (a
    tweet's author) in any case."""
    subject = subject.lower()
    return [(m.start(), -len(m.group(0)), side.value) for side, pattern in patterns
            if (m := pattern.search(subject))]


@dataclass(frozen=True, slots=True)
class Attribution:
    kind: str  # verb | according | announced | denied | witness | conjunct (after و: "قصف ... وأذربيجان تعلن")
    subject: str  # normalised words naming who speaks
    start: int  # the subject's span in the normalised sentence
    end: int


def attribution(sentence_norm: str, position: int) -> Attribution | None:
    """The attribution governing a mention: the nearest reporting verb or "بحسب X" before it."""
    found = _attributions_in(sentence_norm)
    if not found:
        return None
    before = [f for f in found if f[0] <= position]
    if before:
        return before[-1][1]
    first = found[0][1]  # put after what it tells ("قصفت القوات ترتر، قالت الوزارة"), unless it
    return None if first.kind == "conjunct" else first  # is a clause of its own, joined by و


@lru_cache(maxsize=4096)
def _attributions_in(sentence_norm: str) -> tuple[tuple[int, Attribution], ...]:
    """Every reporting verb and "بحسب" of a sentence with its subject, in text order."""
    rules = rules_module.attribution()
    moved = deployment_starts(sentence_norm)
    found = [(m.start(), _verb_subject(sentence_norm, m, rules)) for m in rules.reporting.finditer(sentence_norm)
             if m.start() not in moved]
    according = ((m.start(), _subject("according", sentence_norm, m.end(), words=7))
                 for m in rules.according.finditer(sentence_norm))
    found += [(at, a) for at, a in according if not rules.not_source.match(a.subject)]  # "وفق الاتفاق": a text
    found += [(m.start("party"), _subject("denied", sentence_norm, m.start("party"), words=5))
              for m in rules.denial.finditer(sentence_norm) if not _deed_follows(sentence_norm, m.start("party"))]
    found += [(m.start(), Attribution("witness", m.group("who"), m.start("who"), m.end("who")))
              for m in rules.witness.finditer(sentence_norm)]
    found += [(m.start(), a) for m in rules.announcement.finditer(sentence_norm)
              if (a := _announcer(sentence_norm, m.end())) is not None]
    return tuple(sorted(found, key=lambda f: f[0]))


def _announcer(sentence_norm: str, start: int) -> Attribution | None:
    """"إعلان وزارة الدفاع السيطرة على": the party named between the noun and the deed it
    announces (an event word a few words on), else None."""
    words = list(itertools.islice(_WORD.finditer(sentence_norm, start), ANNOUNCER_WORDS + 1))
    cues = event_cue_starts(sentence_norm)
    deed = next((i for i, w in enumerate(words) if i and (w.start() in cues or is_event_word(w.group(0)))), None)
    if deed is None:
        return None
    subject = sentence_norm[words[0].start() : words[deed - 1].end()]
    if claimant_from(subject) is None:
        return None
    return Attribution("announced", subject, words[0].start(), words[deed - 1].end())


def relative_announcer(sentence_norm: str, deed: int) -> Claimant | None:
    """"البلدة التي أعلن علييف تحريرها": the party a relative clause's reporting verb names
    between it and the deed it announces, right before ``deed``, else None (a relative clause's
    verb names no speaker of the sentence: only of the deed it announces)."""
    rules = rules_module.attribution()
    start = max(0, deed - RELATIVE_ANNOUNCER_CHARS)
    verbs = [m for m in rules.reporting.finditer(sentence_norm, start, deed)
             if _in_relative_clause(sentence_norm, m.end())]
    if not verbs:
        return None
    subject = sentence_norm[verbs[-1].end() : deed].strip()
    if not subject or len(subject.split()) > ANNOUNCER_WORDS:
        return None
    named = claimant_from(subject)
    return Claimant(subject, named.role, named.side) if named is not None else None


RELATIVE_ANNOUNCER_CHARS = 80  # before a deed, room for "التي أعلنت وزارة الدفاع الأذربيجانية"


_ABOUT = ("عن", "بشان", "حول")  # "نفت الأنباء عن قصف": what the reports tell of follows


def _deed_follows(sentence_norm: str, position: int) -> bool:
    """"نفت الوزارة الاتهامات بقصف مدينة X", "نفت أنباء سيطرة القوات على X", "نفت الأنباء عن قصف
    X", "نفت أنباء عن سقوط بلدة X": what is denied follows, no party who claimed it (a doer after the
    deed is said to have done it)."""
    words = sentence_norm[position:].split(" ", 2)
    about = words[0] in _ABOUT and len(words) > 1
    word = words[1] if about else words[0]
    at = position + len(words[0]) + 1 if about else position
    return is_event_word(word[1:] if word[:1] == "ب" else word) or at in event_cue_starts(sentence_norm)


def recounts_an_announcement(sentence_norm: str, position: int) -> bool:
    """"بعد إعلان الوزارة السيطرة على X": an announcement told as past, its day not given."""
    found = attribution(sentence_norm, position)
    return found is not None and found.kind == "announced"


@lru_cache(maxsize=1024)
def told_earlier(sentence_norm: str) -> bool:
    """"وكان علييف قد أعلن", "وفي وقت سابق، أعلن علييف": a statement recalled as made before the
    news it stands in, on a day of its own."""
    rules = rules_module.attribution()
    return rules.background.match(sentence_norm) is not None or rules.told_earlier.search(sentence_norm) is not None


def speaks_as_itself(sentence_norm: str, position: int) -> bool:
    """A place that is the whole subject of a reporting verb ("قالت باكو إن", "يريفان تتهم"):
    a government by its capital's name, the speaker, not a place where something happened."""
    whole_subject = any(found.start == position and " " not in found.subject
                        and found.kind in ("verb", "according", "announced")
                        for _, found in _attributions_in(sentence_norm))
    return whole_subject or _government_in_a_relative_clause(sentence_norm, position)


def _government_in_a_relative_clause(sentence_norm: str, position: int) -> bool:
    """"القرى التي أعلنت باكو تحريرها": a country or capital right after a reporting verb of a
    relative clause speaks there (though it speaks for no claim of the sentence: see _subject)."""
    rules = rules_module.attribution()
    if not any(sentence_norm.startswith(name, position) and not sentence_norm[position + len(name) :][:1].isalpha()
               for name in rules.feminine_names):
        return False
    verb = rules.reporting.search(sentence_norm, max(0, position - RELATIVE_VERB_CHARS), position)
    return verb is not None and sentence_norm[verb.end() : position].strip() == "" \
        and _in_relative_clause(sentence_norm, verb.end())


def is_accused(sentence_norm: str, position: int) -> bool:
    """The party an accusing verb names next ("اتهم علييف أرمينيا بقصف كنجة", "يريفان تتهم باكو
    بخرق"): who is blamed, not where the deed was done."""
    rules = rules_module.attribution()
    for at, found in _attributions_in(sentence_norm):
        verb = sentence_norm[at:].split(" ", 1)[0]
        if found.kind != "verb" or _bare(verb) not in rules.object_first:
            continue
        after = found.end if found.start > at else at + len(verb)
        space = sentence_norm.find(" ", position)
        if position == len(sentence_norm) - len(sentence_norm[after:].lstrip()) and space > 0 \
                and _BLAMED_FOR.match(sentence_norm, space):
            return True
    return False


def names_an_office(sentence_norm: str, position: int) -> bool:
    """A place inside a speaker's title ("قال حاكم مقاطعة سيونيك إن", "رئيس بلدية ستيباناكيرت"):
    where the official governs, not where what they report happened."""
    office = rules_module.attribution().office_title
    return any(found.start <= position < found.end and (office.match(found.subject) or _seat_of(found, position))
               for _, found in _attributions_in(sentence_norm))


def _seat_of(found: Attribution, position: int) -> bool:
    """"وفق النيابة العامة في باكو", "قالت وزارة الدفاع في الإقليم": the place after في inside an
    institution's name is its seat, not where what it reports happened (a correspondent's "في"
    is where he reports from, often where it happened, and an army's where it fights: not these)."""
    head, _, seat = found.subject.partition(" في ")
    if len(head) == len(found.subject):
        return False
    cue, _, name = seat.partition(" ")
    before_name = len(cue) + 1 if name and rules_module.mentions().cues.get(cue) in ("district", "city") else 0
    if found.start + len(head) + len(" في ") + before_name != position:
        return False  # the seat, maybe after its kind: "السلطات المحلية في محافظة سيونيك"
    role = _role_of(head, rules_module.attribution())
    return role is not None and role not in _MEDIA_ROLES and role != "army"  # an army "في" a place fights there


def denied(sentence_norm: str, position: int, who: Claimant | None) -> Claimant | None:
    """A party denying what the mention's clause says happened ("نفت أرمينيا قصف كنجة", "قصف
    كنجة لم ينطلق من أراضينا") claims nothing: the other party claims it. Else ``who``."""
    if who is None or who.side not in PARTIES:
        return who
    found = attribution(sentence_norm, position)
    if found is not None and found.kind == "denied":
        return who  # "نفت الوزارة مزاعم أذربيجان بقصف": the accuser is already the claimant
    start, end = _clause_around(sentence_norm, position)
    denials, negations = _denial_marks(sentence_norm)
    denial = any(start <= d < position and not _another_speaker_between(sentence_norm, d, position) for d in denials)
    called_false = rules_module.attribution().falsehood.search(sentence_norm, position, end) is not None
    if not (denial or called_false or any(start <= n < end for n in negations)):
        return who
    other = OPPOSITE_PARTY[who.side]
    return Claimant(f"the {other} side (denied by {who.text})", "denied claim", other)


def _another_speaker_between(sentence_norm: str, denial_at: int, position: int) -> bool:
    """"نفت الوزارة ما أعلنته باكو عن دخول هادروت": a reporting verb between the denial and the
    place gives the claim denied its speaker, whose claim it stays."""
    return any(denial_at < at < position and found.kind == "verb" for at, found in _attributions_in(sentence_norm))


@lru_cache(maxsize=1024)
def _denial_marks(sentence_norm: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Where a sentence's denial verbs are, and its negations of an event or of where fire came
    from ("لم تقصف", "لم ينطلق"): found once per sentence, however many places it names."""
    rules = rules_module.attribution()
    denials = tuple(sorted({*(m.start() for m in rules.denial_verb.finditer(sentence_norm)),
                            *(m.start() for m in rules.denial.finditer(sentence_norm))}))
    words = [(m.start(), m.group(0)) for m in re.finditer(r"\S+", sentence_norm)]
    negations = tuple(at for i, (at, word) in enumerate(words) if word in rules.negation and any(
        w in rules.denied_origin or is_event_word(w) for _, w in words[i + 1 : i + 3]))
    return denials, negations


def _verb_subject(norm: str, verb: re.Match, rules) -> Attribution:
    """The subject after the verb, or the one before it when Arabic put it first: "علييف أضاف",
    "وكان الجيش الأرميني قد أعلن مقتل ..." (there the words after the verb are its object), and
    always before a verb whose object may come first ("باكو تتهم يريفان")."""
    object_first = _bare(verb.group(0)) in rules.object_first
    after = _subject("verb", norm, verb.end(), object_first=object_first)
    topic = _TOPIC_FIRST.search(norm, 0, verb.start()) if verb.group(0).startswith("ف") else None
    if topic is not None and not after.subject and claimant_from(topic.group("subject")) is not None:
        return Attribution("verb", topic.group("subject"), topic.start("subject"), topic.end("subject"))
    head_start = _head_start(norm, verb.start())
    if not after.subject and head_start > 0 and rules.referring_conjunction.fullmatch(norm, head_start, verb.start()):
        return _subject_of_the_clause_before(norm, head_start - 1, rules) or after
    label = rules.line_label.match(norm, head_start)  # "عاجل | ", "09:40 - "
    head_start = label.end() if label and label.end() <= verb.start() else head_start
    opening = rules.recap_formula.match(norm, head_start, verb.start()) \
        or rules.clause_conjunction.match(norm, head_start, verb.start())
    head_start = opening.end() if opening else head_start
    head = norm[head_start : verb.start()]
    if len(head.split(None, HEAD_WORDS)) > HEAD_WORDS:
        return after  # too long for a subject in the pluperfect's frame: a run-on sentence
    frame = _PLUPERFECT_FRAME.fullmatch(head)
    subject = frame.group("subject")
    if _opens_with_a_deed(subject):
        return _last_conjunct(norm, head_start + frame.start("subject"), head_start + frame.end("subject")) or after
    if not subject.strip() or len(subject.split()) > SUBJECT_FIRST_WORDS or claimant_from(subject) is None \
            or _opens_with_a_day(subject):
        return after
    if after.subject and not _PERFECT.search(head) and claimant_from(after.subject) is not None \
            and not object_first and not _opens_with_a_deed(after.subject):
        return after  # "يريفان تتهم الجيش الأذربيجاني": after the verb, the accused
    start = head_start + frame.start("subject") + _conjunction_before_a_government(subject, rules)
    return Attribution("verb", norm[start : head_start + frame.end("subject")], start,
                       head_start + frame.end("subject"))


_CONJUNCT = re.compile(r"(?<![\w])و(?=\w)")


def _last_conjunct(norm: str, start: int, end: int) -> Attribution | None:
    """"قصف عنيف على ستيباناكيرت وأذربيجان تعلن تقدما": before the verb, a deed and a party joined
    by و; the verb agrees with the party after it, which speaks; the deed's place does not."""
    joins = list(_CONJUNCT.finditer(norm, start, end))
    if not joins:
        return None
    party = joins[-1].end()
    subject = norm[party:end].strip()
    if not subject or len(subject.split()) > SUBJECT_FIRST_WORDS or claimant_from(subject) is None:
        return None
    return Attribution("conjunct", subject, party, party + len(subject))


def _subject_of_the_clause_before(norm: str, comma: int, rules) -> Attribution | None:
    """"ولم تعلق وزارة الدفاع الأرمينية على الفور، لكنها اتهمت": the party a pronoun on the
    conjunction stands for is the subject after the verb of the clause before (past its negation)."""
    words = list(_WORD.finditer(norm, _head_start(norm, comma), comma))
    while words and (words[0].group(0) in rules.negation or words[0].group(0)[1:] in rules.negation):
        words.pop(0)
    if len(words) < 2:
        return None
    found = _subject("verb", norm[:comma], words[0].end())  # the subject after the clause's verb
    return found if found.subject and claimant_from(found.subject) is not None else None


def _opens_with_a_day(words: str) -> bool:
    """"وفي التاسع من أكتوبر قالت الوزارة", "الأحد 4 أكتوبر علييف قال": a day fronted before the
    verb, no subject ("روسيا اليوم" is one: the day is not its first word)."""
    opening = _DAY_OPENING.match(words)
    return any(e.start == opening.end() for e in find_expressions(words))


def _opens_with_a_deed(words: str) -> bool:
    """"يريفان تعلن استعادة قرية في هادروت وباكو تنفي": words after a verb that open with an event
    word are what is announced, its object, whatever party they name."""
    first = words.split(" ", 1)[0]
    return is_event_word(first) or is_event_word(first[1:]) and first[:1] in "وفبل"


def _conjunction_before_a_government(subject: str, rules) -> int:
    """"وباكو تعلن": 1 when و or ف is written onto a country or capital speaking before its verb
    (the subject is باكو, the place named as itself), else 0 ("وزارة الدفاع" keeps its و)."""
    first = subject.split(" ", 1)[0]
    return 1 if first[:1] in "وف" and subject[1:] in rules.feminine_names else 0


def _head_start(norm: str, verb: int) -> int:
    """Where the words before a verb begin: after the last full stop or comma, or the one before
    when only قد follows it ("وكان الوزير سيرجي لافروف، قد أعلن": the pluperfect's subject)."""
    start = max(norm.rfind(".", 0, verb), norm.rfind(",", 0, verb)) + 1
    if start > 1 and norm[start:verb].strip() == "قد":
        start = max(norm.rfind(".", 0, start - 1), norm.rfind(",", 0, start - 1)) + 1
    return start


def _bare(verb: str) -> str:
    return verb[1:] if verb[:1] in "وف" and len(verb) > 3 else verb


def _subject(kind: str, sentence: str, start: int, words: int = 8, object_first: bool = False) -> Attribution:
    rest = sentence[start:]
    if kind == "verb" and (_in_relative_clause(sentence, start) or _PREPOSITION_FIRST.match(rest)):
        return Attribution(kind, "", start, start)  # "الذي أعلنته مع أذربيجان": no speaker named
    rules = rules_module.attribution()
    most = words + RELAY_WORDS
    end = rules.subject_end.search(rest, 0, _reach(rest, most))
    stop = end.start() if end else len(rest)
    stop = _before_a_date(rest, stop)
    deeds = deed_starts(sentence)
    tokens = []
    for t in _WORD.finditer(rest, 0, stop):
        if len(tokens) == most or tokens and (_ends_the_name(t.group(0), rules) or start + t.start() in deeds
                                              or _news_denied(t.group(0), tokens[-1].group(0), rules)
                                              or _object_after_a_definite(t.group(0), tokens[-1].group(0), rules)):
            break
        tokens.append(t)
    else:
        tokens += _apposition(rest, stop) if end is not None else []
    relayed = any(t.group(0) == "عن" for t in tokens[:words])  # "وسائل إعلام روسية عن مصدر في وزارة ...": two names
    tokens = tokens[: most if relayed else words]
    while len(tokens) > 1 and tokens[-1].group(0) in rules.dangling:
        tokens.pop()
    if object_first and tokens:
        tokens = _before_the_accused(rest, tokens)
    if not tokens:
        return Attribution(kind, "", start, start)
    return Attribution(
        kind, " ".join(t.group(0) for t in tokens), start + tokens[0].start(), start + tokens[-1].end()
    )


def _before_a_date(rest: str, stop: int) -> int:
    """"أعلن الرئيس علييف في التاسع من أكتوبر تحرير ...": a speaker's name ends where the day it
    was said begins."""
    dated = [e.start for e in find_expressions(rest[:stop]) if e.start > 0]
    return min(dated, default=stop)


def _in_relative_clause(sentence: str, verb_end: int) -> bool:
    """"الذي أعلنته": the word before the verb is a relative pronoun. Only the sentence's tail
    before the verb is read: a run-on sentence is long, and every verb of it asks."""
    before = sentence[: max(0, verb_end - 1)]
    before = before[: before.rfind(" ")] if " " in before else before  # the verb itself off
    before = before.rstrip()
    return _RELATIVE.search(before, max(0, len(before) - RELATIVE_CHARS)) is not None


def _reach(rest: str, words: int) -> int:
    """How far a subject of ``words`` words can run in ``rest``, and the few characters that end
    it: the words after it can change nothing, and a run-on sentence has thousands."""
    if len(rest) <= LONG_REST:
        return len(rest)
    ends = [m.end() for m in itertools.islice(_WORD.finditer(rest), words + 1)]
    return ends[-1] + SUBJECT_END_CHARS if len(ends) > words else len(rest)


def _apposition(rest: str, comma: int) -> list[re.Match]:
    """"وقال المتحدث باسم الوزارة، فاجيف دارجالي، إن": the name between two commas before the
    claim is the speaker's own; it belongs to the subject. A day there is when it was said, and
    a statement there where ("، في تصريح،", "، في سياق منفصل،")."""
    m = _APPOSITION.match(rest, comma)
    if m is None or find_expressions(m.group("name")) or rules_module.attribution().subject_end.match(m.group("name")):
        return []  # "قال الرئيس، الاثنين، إن", "قال الوزير، في تصريح، إن": when or where, no name
    return list(_WORD.finditer(rest, m.start("name"), m.end("name")))


def _ends_the_name(word: str, rules: AttributionRules) -> bool:
    """A word after a speaker's first word that begins what was said: "مراسل العربية بقصف",
    "الرئيس علييف تحرير", "علييف في 17 أكتوبر", "نفت الوزارة هذه الأنباء"."""
    return (word in rules.subject_breaks or is_event_word(word) or word[:1].isdigit()
            or (word.startswith("ب") and (word.startswith("بال") or is_event_word(word[1:])))
            or _told_to_an_outlet(word, rules))


def _news_denied(word: str, before: str, rules: AttributionRules) -> bool:
    """"نفت وزارة الدفاع الأنباء عن قصف": the news begins what is denied; "وكالة الأنباء" is a name."""
    return word in rules.news_words and before not in rules.news_agencies


def _object_after_a_definite(word: str, before: str, rules: AttributionRules) -> bool:
    """"اتهم الوزير تركيا بتزويد باكو", "دعت الوزارة أرمينيا إلى": a definite noun or adjective
    takes no country after it as its own (that would be "وزير خارجية تركيا"): the country is the
    verb's object, and the speaker's name has ended."""
    return before.startswith("ال") and word in rules.feminine_names


def _told_to_an_outlet(word: str, rules: AttributionRules) -> bool:
    """"قال سكان لفرانس برس إنهم": who speaks ends where the outlet they spoke to begins."""
    return word.startswith("ل") and word[1:] in rules.outlet_words


def _before_the_accused(rest: str, tokens: list[re.Match]) -> list[re.Match]:
    """"اتهمت أرمينيا أذربيجان بـ": the first party accuses the second; "اتهمت باكو بـ" and
    "اتهمت المتحدثة القوات الأذربيجانية بـ": the party named last is the accused, and the
    words before it (maybe none: an implicit subject) are the speaker."""
    rules = rules_module.attribution()
    named = [i for i, t in enumerate(tokens) if _earliest_side(t.group(0), rules) in PARTIES]
    if len(named) >= 2 and _earliest_side(tokens[named[0]].group(0), rules) != \
            _earliest_side(tokens[named[-1]].group(0), rules):
        # "واتهمت باكو القوات الأرمينية": the accused is the army the adjective names, not its side word alone
        actor = _ACTOR.search(rest, tokens[named[0]].end(), tokens[named[-1]].end())
        if actor is not None:
            return [t for t in tokens if t.start() < actor.start()]
        return tokens[: named[-1]] if named[-1] > 0 else tokens
    if not named:
        return tokens
    if named[0] == 0:
        # "واتهمت باكو بقصف": the subject is implicit; "اتهمت أذربيجان، الأحد، أرمينيا بقصف": the
        # other party, past the day between commas, is the accused and the first the accuser
        accused = _party_after(rest, tokens[0].end(), rules)
        side = _earliest_side(tokens[0].group(0), rules)
        if accused is not None and accused != side or _deed_condemned_after(rest, tokens[0].end()):
            return tokens  # "وأدانت باكو قصف مدينة ترتر": the deed, not a party, is the object
        return []
    actor = _ACTOR.search(rest, tokens[max(0, named[-1] - 2)].start())
    if actor is not None and tokens[0].start() < actor.start() <= tokens[named[-1]].start():
        return [t for t in tokens if t.start() < actor.start()]
    return tokens  # "المدافع عن حقوق الإنسان في كاراباخ": the party word only qualifies the speaker


ACCUSED_AFTER_WORDS = 4  # "اتهمت أذربيجان، مساء الأحد، أرمينيا": the day between, then the accused


def _party_after(rest: str, start: int, rules) -> str | None:
    """The side of a party named a few words after ``start`` (a day told between commas), before
    the accusation's ب; None if none is."""
    for word in itertools.islice(_WORD.finditer(rest, start), ACCUSED_AFTER_WORDS):
        text = word.group(0)
        if text.startswith("ب"):
            return None
        side = _earliest_side(text, rules)
        if side in PARTIES:
            return side
    return None


def _deed_condemned_after(rest: str, start: int) -> bool:
    """"أدانت باكو قصف", "دانت يريفان بشدة قصف": a deed right after the party (an adverb maybe
    between) is what the party condemns; "اتهمت باكو بقصف" puts ب before the deed it accuses of."""
    for word in itertools.islice(_WORD.finditer(rest, start), 2):
        text = word.group(0)
        if is_event_word(text):
            return not text.startswith("ب")
    return False


def is_anaphor(subject: str) -> bool:
    return bool(rules_module.attribution().anaphor.search(subject)) or subject in ("", "انه", "انها")


def relayed_actor(sentence_norm: str) -> Claimant | None:
    """An agency quoting a side's army or ministry: the army or ministry is the claimant. The
    two armies of a fight between them ("اشتباكات بين القوات الأذربيجانية والقوات الأرمينية")
    are no one side's voice. The main clause's actor first: in "وبعد انسحاب القوات الأرمينية، دخل
    الجيش الأذربيجاني قرية X" the army withdrawn is the circumstance's."""
    fronted = rules_module.events().fronted_circumstance.match(sentence_norm)
    if fronted is not None:
        return _first_actor(sentence_norm, fronted.end()) or _first_actor(sentence_norm[: fronted.end()])
    return _first_actor(sentence_norm)


def _last_actor_before(sentence_norm: str, position: int) -> Claimant | None:
    """"وكانت البلدة قد احتلتها القوات الأرمينية عام 1993، إلا أن القوات الأذربيجانية تمكنت من
    استعادتها": the army named last before a deed told of a pronoun, in its clause, did it; with
    none named there ("إلا أن الجيش تمكن من استعادتها"), no army of the clause before did."""
    actors = list(_ACTOR.finditer(sentence_norm, _clause_around(sentence_norm, position)[0], position))
    return claimant_from(actors[-1].group(0)) if actors else None


def _both_sides_act(sentence_norm: str) -> bool:
    """Whether the sentence names forces of both sides ("قصفت القوات الأرمينية مدينة ترتر، فيما حرر
    الجيش الأذربيجاني قرية X"): then only the clause of a place says whose deed it tells."""
    sides = {who.side for m in _ACTOR.finditer(sentence_norm) if (who := claimant_from(m.group(0))) is not None}
    return len(sides & set(PARTIES)) == 2


def _captured_in_its_own_clause(sentence_norm: str, at: int | None) -> bool:
    """"قصفت القوات الأرمينية مدينة ترتر، وحرر الجيش قرية X": the capture has a verb of its own
    clause, whose subject the force of another clause is not."""
    if at is None:
        return False
    start, end = _clause_around(sentence_norm, at)
    return start > 0 and any(start <= cue < end for cue in control_cue_starts(sentence_norm))


def _clause_around(sentence_norm: str, at: int) -> tuple[int, int]:
    """The span between the commas around ``at``."""
    start = max(sentence_norm.rfind("،", 0, at), sentence_norm.rfind(",", 0, at)) + 1
    ends = [i for i in (sentence_norm.find("،", at), sentence_norm.find(",", at)) if i >= 0]
    return start, min(ends, default=len(sentence_norm))


def actor_of_the_clause(sentence_norm: str, at: int | None) -> Claimant | None:
    """The first force named in the clause around ``at`` (commas part clauses): "فيما حرر الجيش
    الأذربيجاني قرية X" after another side's deed; none there ("وبعد معارك مع القوات الأرمينية،
    سيطر الجيش على قرية X"), no force of another clause acted."""
    if at is None:
        return relayed_actor(sentence_norm)
    start, end = _clause_around(sentence_norm, at)
    return _first_actor(sentence_norm[:end], start)


def _first_actor(sentence_norm: str, start: int = 0) -> Claimant | None:
    paired_until = -1
    for m in _ACTOR.finditer(sentence_norm, start):
        if m.start() <= paired_until:
            continue  # "والقوات الأرمينية": the pair's second army
        if _BETWEEN.search(sentence_norm, max(0, m.start() - BETWEEN_CHARS), m.start()):
            paired_until = m.end() + len(" و")
            continue
        return claimant_from(m.group(0))
    return None


# ---------------------------------------------------------------- speakers across the article


@dataclass(frozen=True, slots=True)
class Voice:
    """Who speaks in a sentence, and whether the sentence itself names them."""

    claimant: Claimant | None  # None: the outlet narrates
    named: bool = False
    unnamed_source: bool = False  # "ويقول مراقبون": someone the article does not name speaks


def speakers(doc: Doc) -> list[Voice]:
    """The speaker of each sentence: named in it, or carried from an earlier one."""
    rules = rules_module.attribution()
    out: list[Voice] = []
    current: Claimant | None = None
    institution: Claimant | None = None  # the last speaker a "الوزارة", "المتحدث" can refer to
    paragraph = named_at = -1
    statement_open = False  # "قال في تغريدة:", "تاليا نصه:": runs until another speaker
    recalled = False  # "وكان X قد أعلن": a statement the outlet recalls speaks for its sentence only
    persons: dict[str, Claimant] = {}  # a speaker named in full, by the surname the text goes on with
    named_so_far: list[Named] = []  # for continuations to agree with
    answering = interviewee(doc)
    for sentence in doc.sentences:
        turn = _interview_turn(doc, sentence, answering)
        if turn is not None:  # "ج: ..." the interviewee answers; "س: ..." the outlet asks
            current, paragraph, named_at = turn.claimant, sentence.paragraph, sentence.index
            statement_open = recalled = False
            out.append(turn)
            continue
        named = None if sentence.headline else named_speaker(sentence, institution, persons, named_so_far) \
            or _tweet_author(sentence) or _office_of(sentence, named_so_far, current, _in_scope(
                sentence, paragraph, named_at, rules))
        line_speaker = None if named or sentence.headline or not _opens_a_line(doc, sentence) \
            else speaker_before_colon(sentence)
        if line_speaker is not None:
            out.append(Voice(line_speaker, True))  # its own line only, as a headline's speaker
            continue
        if named is not None and rules.teaser.match(sentence.norm):
            out.append(Voice(named, True))  # "اقرأ أيضا: علييف يعلن ...": another article's, no voice goes on
            continue
        if named is not None:
            persons.update(_surnames(named))
            named_so_far.append(Named(sentence.paragraph, named, _genders(named, sentence.norm)))
            current, paragraph, named_at = named, sentence.paragraph, sentence.index
            if named.side != Side.MEDIA.value:
                institution = named  # an outlet's crew has no ministry or spokesman to refer back to
            # "قال في تغريدة:", or the speaker's line ending on its colon ("وكتب أبراهاميان:"): what follows is theirs
            statement_open = bool(rules.statement_opener.search(sentence.norm)) or sentence.norm.rstrip().endswith(":")
            recalled = bool(rules.background.match(sentence.norm))
            out.append(Voice(named, True))
            continue
        if not sentence.in_quote and _someone_else_speaks(sentence):
            current, statement_open = None, False  # "وقالت مصادر": a source the article does not name
            out.append(Voice(None, unnamed_source=True))
            continue
        if not sentence.in_quote and (rules.topic_shift.match(sentence.norm) or rules.background.match(sentence.norm)
                                      or _opens_a_line(doc, sentence) and _a_days_entry(sentence.norm, rules)):
            # "من جهة أخرى، ...", "وكانت ... قد", a timeline's entry "- 17 أكتوبر: ...": the outlet narrates
            current, statement_open = None, False
        continued = None if sentence.in_quote else rules.continuation.match(sentence.norm)
        if continued is not None:
            current = _agreeing(continued.group(0), current, named_so_far, sentence.paragraph)
        going_on = statement_open or sentence.in_quote or _quotes_on(doc, sentence, out, current) \
            or continued is not None
        in_scope = _in_scope(sentence, paragraph, named_at, rules)
        # an outlet's words go on only where it is plainly still speaking: past that the
        # outlet narrates, and narration relays the parties (see narration_claimant)
        carried = current is not None and (going_on or in_scope and current.side != Side.MEDIA.value and not recalled)
        out.append(Voice(current if carried else None))
    return out


def _in_scope(sentence: Sentence, paragraph: int, named_at: int, rules) -> bool:
    """Whether a speaker named in ``paragraph``, at sentence ``named_at``, still speaks here."""
    return sentence.paragraph - paragraph <= rules.carry_paragraphs \
        and sentence.index - named_at <= rules.carry_sentences


def _office_of(sentence: Sentence, earlier: list[Named], current: Claimant | None, in_scope: bool) -> Claimant | None:
    """A party's office named without its side (office_speaking_alone), of the side still speaking
    when it has none of its own and names no force whose deeds would say it: "وقال مكتب المدعي
    العام إن القصف استمر" right after Azerbaijan's ministry."""
    office = office_speaking_alone(sentence, earlier)
    if office is not None and office.side == Side.UNKNOWN.value and in_scope and current is not None \
            and current.side in PARTIES and relayed_actor(sentence.norm) is None:
        return Claimant(office.text, office.role, current.side)
    return office


def interviewee(doc: Doc) -> Claimant | None:
    """The party an interview's headline names: "مقابلة مع الرئيس الأذربيجاني إلهام علييف", or the
    one before it ("علييف في حوار مع قناة الجزيرة: ...", where the one after مع is the outlet)."""
    rules = rules_module.attribution()
    for sentence in doc.headline:
        found = rules.interview.search(sentence.norm)
        if found is None:
            continue
        after = re.split(r"[:،,.؛]", sentence.norm[found.end():], maxsplit=1)[0]
        who = claimant_from(after)
        if who is not None and who.side in PARTIES:
            return replace(who, text=spoken_name(sentence, found.end(), found.end() + len(after.rstrip())))
        head = rules.line_label.match(sentence.norm)
        start = head.end() if head else 0
        before = claimant_from(sentence.norm[start : found.start()].removesuffix("في ").strip())
        if before is not None and before.side in PARTIES:
            return replace(before, text=spoken_name(sentence, start, found.start()).removesuffix("في").strip())
    return None


def _interview_turn(doc: Doc, sentence: Sentence, answering: Claimant | None) -> Voice | None:
    """In an interview, a line opening with an answer's label is the interviewee's, one opening
    with a question's label the outlet's; None for any other sentence."""
    if answering is None or sentence.headline or not _opens_a_line(doc, sentence):
        return None
    rules = rules_module.attribution()
    if rules.answer_label.match(sentence.norm):
        return Voice(answering, True)
    if rules.question_label.match(sentence.norm):
        return Voice(None)
    return None


AGREEMENT_PARAGRAPHS = 3  # how far back a continuation may reach past a speaker of the other gender


@dataclass(frozen=True)
class Named:
    """A speaker as named, with the genders of the verbs that may go on with it."""

    paragraph: int
    speaker: Claimant
    genders: frozenset[str]  # "f", "m": its own; a statement named with it adds "m" (البيان)


def _agreeing(verb: str, current: Claimant | None, named: list[Named], paragraph: int) -> Claimant | None:
    """The speaker a continuation verb goes on with: "وأضافت" after a ministry spoke and then the
    president is the ministry again. The current speaker when the verb agrees with it or says
    no gender (كما), or when no recent speaker agrees."""
    wanted = _verb_gender(verb)
    if wanted is None or current is None:
        return current
    own = next((n.genders for n in reversed(named) if n.speaker == current), frozenset({_gender(current)}))
    if wanted in own:
        return current
    for earlier in reversed(named):
        if paragraph - earlier.paragraph > AGREEMENT_PARAGRAPHS:
            break
        if wanted in earlier.genders and earlier.speaker.side != Side.MEDIA.value:
            return earlier.speaker
    return current


def _genders(speaker: Claimant, sentence_norm: str) -> frozenset[str]:
    statement = rules_module.attribution().statement_noun.search(sentence_norm) is not None
    return frozenset({_gender(speaker), *(("m",) if statement else ())})


def _verb_gender(verb: str) -> str | None:
    """"f" for وأضافت، وتضيف; "m" for وأضاف، ويضيف; None for كما and phrases."""
    words = verb.split()
    if not words or len(words) != 1 and words[0] != "فيما":
        return None
    word = words[-1].removeprefix("و").removeprefix("ف")
    verbs = rules_module.attribution().speech_verbs
    if word not in verbs or word == "كما":
        return None  # كما (as well), a phrase, a verb of footage: no gender to agree with
    if word.endswith("ت") and word[:-1] in verbs or word[:1] == "ت" and "ي" + word[1:] in verbs:
        return "f"  # أضافت (not لفت, he pointed out); تضيف (not تابع, he went on)
    return "m"


def _gender(speaker: Claimant) -> str:
    """The grammatical gender a speaker's verbs take: feminine for a name opening with a noun in
    ة or ات (وزارة، المتحدثة، القوات) or a country or capital (attribution.toml feminine_names)."""
    words = normalize(speaker.text).split()
    if not words:
        return "m"
    first = words[0].removeprefix("ال")
    feminine = rules_module.attribution().feminine_names
    if first.endswith(("ه", "ات")) or words[0] in feminine or " ".join(words[:2]) in feminine:
        return "f"
    return "m"


def _quotes_on(doc: Doc, sentence: Sentence, voices: list[Voice], current: Claimant | None) -> bool:
    """A paragraph opening with a quotation right after one in the speaker's voice goes on with
    their words: news quotes a statement paragraph by paragraph, naming the speaker once."""
    if current is None or not voices or voices[-1].claimant != current or not sentence.opens_a_quotation:
        return False
    return sentence.index > 0 and doc.sentences[sentence.index - 1].paragraph == sentence.paragraph - 1


def _tweet_author(sentence: Sentence) -> Claimant | None:
    """The author of the embedded tweet the sentence is part of, when the signature names a
    party, a third party or an outlet ("Hikmet Hajiyev", "Ministry of Defense of Azerbaijan")."""
    if not sentence.tweet_author:
        return None
    who = claimant_from(sentence.tweet_author)
    return Claimant(sentence.tweet_author, who.role, who.side) if who is not None else None


def _a_days_entry(norm: str, rules: AttributionRules) -> bool:
    """A line opening with its day, a timeline's ("- 17 أكتوبر: ...") or a chronology's, the day
    fronted before a comma ("وفي 11 أكتوبر، استهدف صاروخ ..."): the outlet tells of that day."""
    if rules.timeline_entry.match(norm):
        return True
    opening = rules.dated_opening.match(norm)
    if opening is None:
        return False
    first = next(iter(find_expressions(norm)), None)
    return first is not None and first.kind == "explicit" and first.start == opening.end() \
        and norm[first.end :].lstrip().startswith(",")


def _opens_a_line(doc: Doc, sentence: Sentence) -> bool:
    return sentence.start == 0 or doc.text[:sentence.start].rstrip(" \t").endswith("\n")


def _someone_else_speaks(sentence: Sentence) -> bool:
    """"وقالت مصادر إن", "وأفادت الأنباء بـ": a source named without a side (attribution.toml
    unnamed_sources), or both sides trading accusations (mutual_accusations); the previous
    speaker's voice stops here."""
    rules = rules_module.attribution()
    if rules.mutual.search(sentence.norm):
        return True  # "وتبادل الطرفان الاتهامات": both sides at once
    if _english_unnamed_speaker(sentence):
        return True  # "..., a resident said": English prose naming a speaker of no side
    unnamed = rules.unnamed_sources
    return any(found.kind == "verb" and found.subject
               and found.subject.split()[0].removeprefix("ال") in unnamed and claimant_from(found.subject) is None
               for _, found in _attributions_in(sentence.norm))


def named_speaker(sentence: Sentence, previous: Claimant | None = None,
                  persons: dict[str, Claimant] | None = None,
                  earlier: list[Named] | None = None) -> Claimant | None:
    """Who a sentence names as speaking: "قال X", "X أضاف", "وكان X قد أعلن", "بحسب X";
    anaphors ("الوزارة", or none: "وأضافت أن") refer to the previous speaker, or to the last of
    ``earlier`` the verb agrees with; a surname alone ("وكتب حاجييف") to the
    speaker ``persons`` holds under it, named in full earlier ("مساعد الرئيس حكمت حاجييف")."""
    norm = sentence.norm
    for at, found in _attributions_in(norm):
        who = claimant_from(found.subject) if found.subject else None
        if who is None and found.kind == "verb" and found.subject:
            who = _surname_alone(found.subject)  # "وكتب أبراهاميان:", no place after a verb of speech
        if who is None and found.kind in ("verb", "according") and is_anaphor(found.subject):
            verb = norm[at : found.start].strip() if found.kind == "verb" else ""
            before = _named_by_its_noun(found.subject, earlier or [], sentence.paragraph) \
                or _agreeing(verb, previous, earlier or [], sentence.paragraph)
            return _another_office(sentence, found, before) or before
        if who is None and persons and found.subject:
            named_before = next((persons[w] for w in found.subject.split() if w in persons), None)
            if named_before is not None:
                return named_before
        if found.kind == "witness" and (who is None or who.side == Side.MEDIA.value):
            who = EYEWITNESS  # the outlet's own people on the spot, named or not
        if who is None:
            continue
        who = Claimant(spoken_name(sentence, found.start, found.end) or who.text, who.role, who.side)
        if who.side == Side.MEDIA.value:
            relay = _relayed_source(norm, found)
            if relay is not None:
                return Claimant(f"{relay.text} (via {who.text})", relay.role, relay.side)
        return who
    return _statement_maker(sentence) or _english_speaker(sentence)


def _english_speaker(sentence: Sentence) -> Claimant | None:
    """"Azerbaijan's Defense Ministry said ...", "In a tweet, Hikmet Hajiyev wrote:", "according to
    Armenia's Defense Ministry": the speaker of English prose, when its name says a side."""
    for name in _english_speakers_named(sentence):
        who = claimant_from(name)
        if who is not None and who.side != Side.UNKNOWN.value:
            return Claimant(name, who.role, who.side)
    return None


def _english_unnamed_speaker(sentence: Sentence) -> bool:
    """"Martuni was shelled again, a resident said": English prose whose speaker has no side and
    refers back to no one (attribution.toml english_unnamed_sources)."""
    unnamed = rules_module.attribution().english_unnamed
    return _english_speaker(sentence) is None and any(unnamed.match(name) for name in _english_speakers_named(sentence))


def _english_speakers_named(sentence: Sentence) -> list[str]:
    if script_of(sentence.text) != "latin":
        return []
    return [(m.group("who") or m.group("source")).strip()
            for m in rules_module.attribution().english_speaker.finditer(sentence.text)]


def office_speaking_alone(sentence: Sentence, earlier: list[Named]) -> Claimant | None:
    """"وقالت وزارة الدفاع إن ...": a party's office named without its side, in a sentence naming
    no other speaker: the same office the article named before with its side, else the office with
    its side unknown, which the deeds it tells decide (geo.extract). None if none speaks."""
    rules = rules_module.attribution()
    for _, found in _attributions_in(sentence.norm):
        if found.kind not in ("verb", "according") or not found.subject:
            continue
        role = _role_of(found.subject, rules)
        if role in rules.party_offices and _earliest_side(found.subject, rules) is None:
            office = Claimant(spoken_name(sentence, found.start, found.end) or found.subject, role, Side.UNKNOWN.value)
            return _named_before_in_full(office, earlier) or office
    return None


def _named_before_in_full(office: Claimant, earlier: list[Named]) -> Claimant | None:
    """"وقال مكتب المدعي العام" after "مكتب المدعي العام في أذربيجان": the last speaker of a side
    whose name holds the office's words, the same office named again."""
    words = f" {normalize(office.text)} "
    return next((named.speaker for named in reversed(earlier)
                 if named.speaker.side in PARTIES and words in f" {normalize(named.speaker.text)} "), None)


def _named_by_its_noun(subject: str, earlier: list[Named], paragraph: int) -> Claimant | None:
    """"وأضافت الوزارة" after the ministry's spokeswoman and then the prosecutor: the last recent
    speaker whose name holds the anaphor's noun (وزارة), whoever spoke in between."""
    words = subject.split()
    noun = words[0].removeprefix("ال") if len(words) == 1 else ""
    statement = rules_module.attribution().statement_noun
    if len(noun) < 3 or statement is not None and statement.search(subject):
        return None  # "وأوضح البيان": the statement just named, whoever made it
    for named in reversed(earlier):
        if paragraph - named.paragraph > AGREEMENT_PARAGRAPHS:
            break
        if any(_holds_the_noun(word, noun) for word in normalize(named.speaker.text).split()):
            return named.speaker
    return None


def _holds_the_noun(word: str, noun: str) -> bool:
    """"الوزاره", "لوزاره", "وزاره": the noun with the article or a preposition before it."""
    return word == noun or word.endswith(noun) and word[: -len(noun)] in ("ال", "لل", "ل", "بال", "وال")


def _another_office(sentence: Sentence, found: Attribution, before: Claimant | None) -> Claimant | None:
    """"وبحسب النيابة العامة" after the Armenian ministry's spokeswoman: another office of the side
    the article was hearing speaks, named by its own words; None when the anaphor names no office
    of its own or the one before again."""
    rules = rules_module.attribution()
    role = _role_of(found.subject, rules)
    if before is None or before.side not in PARTIES or role not in rules.separate_offices or role == before.role:
        return None
    return Claimant(spoken_name(sentence, found.start, found.end) or found.subject, role, before.side)


def _surnames(speaker: Claimant) -> dict[str, Claimant]:
    """The surname a speaker named as a person goes by afterwards: the last word of their name
    when it reads as one (…يان، …ييف، …وف). Ministries and agencies have none."""
    words = normalize(speaker.text).split()
    if len(words) < 2 or not rules_module.mentions().is_surname(words[-1]):
        return {}
    return {words[-1]: speaker}


def _relayed_source(norm: str, found: Attribution) -> Claimant | None:
    """"نقلت وكالة X عن وزارة الدفاع الأرمينية أن": the ministry the agency quotes, named before
    the claim begins. "أفاد مراسل الأناضول بأن الجيش الأرميني استهدف": an army named after أن
    acts in the claim; the correspondent speaks."""
    content = rules_module.attribution().subject_end.search(norm, found.end)
    return relayed_actor(norm[found.start : content.start() if content else len(norm)])


def _statement_maker(sentence: Sentence) -> Claimant | None:
    """"وجه رئيس أذربيجان خطابا للشعب تاليا نصه:": whoever is named before the statement, by
    the words of the name ("وجه الرئيس علييف، مساء الثلاثاء، كلمة" is الرئيس علييف)."""
    rules = rules_module.attribution()
    m = rules.statement_opener.search(sentence.norm)
    if m is None:
        return None
    after_dateline = _past_dateline(sentence.norm, m.start())
    who = claimant_from(sentence.norm[after_dateline : m.start()])
    if who is None:
        return None
    start, end = _maker_span(sentence.norm, after_dateline, m.start(), rules)
    return Claimant(spoken_name(sentence, start, end) or who.text, who.role, who.side)


def _past_dateline(norm: str, stop: int) -> int:
    """Where the words after a dateline's dash begin ("عروبة الإخباري – وجه الرئيس"), else 0."""
    dash = max(norm.rfind(" - ", 0, stop), norm.rfind(" – ", 0, stop))
    return dash + 3 if dash >= 0 else 0


_FIRST_WORD = re.compile(r"\s*\S+\s+")


def _maker_span(norm: str, start: int, stop: int, rules: AttributionRules) -> tuple[int, int]:
    """The name before a statement's word: past a verb first ("وجه", "ألقى"), up to where a
    subject ends (a comma, the time it was said)."""
    first = _FIRST_WORD.match(norm, start, stop)
    if first and _role_of(first.group(0).strip(), rules) is None and _earliest_side(first.group(0), rules) is None \
            and claimant_from(norm[first.end() : stop], rules) is not None:
        start = first.end()  # the verb before the name
    end = rules.subject_end.search(norm, start, stop)
    return start, end.start() if end and end.start() > start else stop


_PAIRS = (("(", ")"), ("«", "»"), ("“", "”"))


def spoken_name(sentence: Sentence, start: int, end: int) -> str:
    """A speaker's name as the article writes it, its quotation marks and brackets closed:
    'قناة "العربية"' and 'وكالة فرانس برس (أ.ف.ب)', though the words end before the closing mark."""
    name = sentence.original(start, end).strip(" -–—،,:")
    for opening, closing in _PAIRS:
        name += closing * max(0, name.count(opening) - name.count(closing))
    return name + '"' if name.count('"') % 2 else name


def same_voice(a: Claimant | None, b: Claimant | None) -> bool:
    """"الرئيس الأذربيجاني إلهام علييف" then "علييف": one speaker going on."""
    return a is not None and b is not None and (a.side, a.role) == (b.side, b.role)


def headline_speaker(doc: Doc) -> Claimant | None:
    """"علييف: تحرير قرى جديدة": the name before a headline's colon (not a teaser's, "اقرأ أيضا:
    خبير: ...", which heads another article)."""
    teaser = rules_module.attribution().teaser
    for sentence in doc.headline:
        if teaser.match(sentence.norm):
            continue
        who = speaker_before_colon(sentence) or _statement_heading(sentence)
        if who is not None:
            return who
    return None


HEADING_WORDS = 8  # the longest statement heading: "نص بيان وزارة الدفاع في إقليم ناغورني قره باغ"


def _statement_heading(sentence: Sentence) -> Claimant | None:
    """"بيان وزارة الدفاع الأذربيجانية", "بلاغ لوزارة الدفاع الأرمينية": a headline that is a
    statement and who made it; the bulletin under it is theirs."""
    heading = rules_module.attribution().statement_heading.fullmatch(sentence.norm)
    if heading is None or len(sentence.norm.split()) > HEADING_WORDS:
        return None
    who = claimant_from(heading.group("who"))
    if who is None:
        return None
    return replace(who, text=spoken_name(sentence, heading.start("who"), heading.end("who")))


def speaker_before_colon(sentence: Sentence) -> Claimant | None:
    """"علييف: تحرير قرى جديدة", "09:40 - يريفان: القوات تقصف مارتوني": a speaker of at most
    five words before the colon opening a headline or a line, past a label or a live report's time
    stamp ("عاجل | ", "09:40 - ")."""
    span = _before_colon(sentence)
    if span is None:
        return None
    line_start, colon = span
    start = _past_the_speech_verb(sentence.norm, line_start, colon)
    words = sentence.norm[start:colon]
    who = claimant_from(words) or (_surname_alone(words) if start > line_start else None)
    if who is None:
        return None
    end = _where_said(sentence.norm, start, colon)
    return Claimant(spoken_name(sentence, start, end) or who.text, who.role, who.side)


def _past_the_speech_verb(norm: str, start: int, colon: int) -> int:
    """"وكتب أبراهاميان:": the speaker's name begins after the verb of speech opening the line."""
    first = re.match(r"\s*(\S+)\s+", norm[start:colon])
    verbs = rules_module.attribution().speech_verbs
    if first is None or first.group(1).removeprefix("و").removeprefix("ف") not in verbs:
        return start
    return start + first.end()


def _where_said(norm: str, start: int, colon: int) -> int:
    """"علييف في خطاب متلفز:": the speaker's name ends where the words of where or when it was said
    begin (a subject's end: "في خطاب", "عبر", "اليوم"), not at a comma before a person's name."""
    for found in rules_module.attribution().subject_end.finditer(norm, start, colon):
        if found.group(0)[:1].isalpha() and found.start() > start:
            return found.start()
    return colon


def speaks_before_the_colon(sentence: Sentence, start: int, end: int) -> bool:
    """"أرمينيا: صد هجوم على محور هادروت": a place that is the whole speaker before a headline's
    colon (normalised offsets ``start``..``end``) is a government by its name, no place of the claim."""
    span = _before_colon(sentence)
    return span is not None and sentence.norm[span[0] : span[1]].strip(" -–—") == sentence.norm[start:end] \
        and claimant_from(sentence.norm[start:end]) is not None


def _before_colon(sentence: Sentence) -> tuple[int, int] | None:
    """The words before a line's colon, past its label, when they are few enough to be a speaker."""
    label = rules_module.attribution().line_label.match(sentence.norm)
    start = label.end() if label else 0
    colon = sentence.norm.find(":", start)
    if colon < 0:
        return None
    words = sentence.norm[start:colon].split()
    rules = rules_module.attribution()
    most = rules.colon_spokesperson_words if "باسم" in words[:3] else rules.colon_speaker_words
    return (start, colon) if len(words) <= most else None


# ---------------------------------------------------------------- narration


@dataclass(frozen=True, slots=True)
class Narrated:
    """What an unattributed event needs to find its claimant."""

    place_key: object  # a place id or the mention's text: same place, same claim
    event_type: str
    held_by: str  # the side that held the place in autumn 2020, "" when unknown
    sentence_norm: str
    settled: bool = False  # told after the war ended of a day before its end: no longer a party's claim
    changed_hands_to_azerbaijan: bool = False  # a capture in Karabakh or the seven districts
    told_at: int | None = None  # a second claim told of a pronoun: where, in the sentence's norm
    at: int | None = None  # where the place stands in the sentence's norm


def relays(claimant: Claimant) -> bool:
    """A news agency speaking without naming its source relays someone else's
    claim (an eyewitness correspondent or photographer is the media's own)."""
    return claimant.side == Side.MEDIA.value and claimant.role == "news agency"


def narration_claimant(event: Narrated, doc_claims: dict, headline: Claimant | None,
                       dominant: str | None, via: Claimant | None = None) -> Claimant:
    """The claimant of an event nobody is named for (see the module docstring); ``via``, the
    agency that relays it, if one is named."""
    same = doc_claims.get((event.place_key, event.event_type))
    if same is not None:
        return same
    if headline is not None:
        return headline
    if event.settled and event.event_type == "control":
        return BACKGROUND  # "تمكنت القوات من تحرير عدة مدن من ضمنها شوشا", told after the ceasefire
    if via is None and _accused_of_striking(event):
        return Claimant(f"the {event.held_by} side (accusations traded)", "narration", event.held_by)
    side = implied_side(event, dominant) if via is None or event.event_type != "strike" else _struck_side(event)
    if side is None:
        return via or OUTLET
    source = f"via {via.text}" if via is not None else "article narration"
    return Claimant(f"{source} (relaying the {side} side)", "narration", side)


def _accused_of_striking(event: Narrated) -> bool:
    """"وتبادلت باكو ويريفان الاتهامات بقصف مدينتي ترتر ومارتوني": each side accuses the other
    of shelling its own towns, so a strike so told is the claim of the side holding the place."""
    return event.event_type == "strike" and event.held_by in PARTIES \
        and rules_module.attribution().mutual.search(event.sentence_norm) is not None


def _struck_side(event: Narrated) -> str | None:
    """An agency relays a strike from the side its words say was struck ("هجوما أرمينيا على
    مدينة X": the other side's), else from the side holding the place it hit, else from the side
    opposite the force its sentence names acting (relayed_actor)."""
    attacker = _attacker_named(event.sentence_norm, event.at)
    if attacker is not None:
        return OPPOSITE_PARTY[attacker]
    if event.held_by in PARTIES:
        return event.held_by
    actor = relayed_actor(event.sentence_norm)
    return OPPOSITE_PARTY.get(actor.side) if actor is not None else None


def _attacker_named(sentence_norm: str, at: int | None) -> str | None:
    """The side of an attack named with its adjective in the place's clause ("قصف مدفعي أرميني
    على مدينة X", "بصواريخ أذربيجانية"), if one side's only."""
    if at is None:
        return None
    start, end = _clause_around(sentence_norm, at)
    sides = {who.side for m in rules_module.attribution().attacker.finditer(sentence_norm, start, end)
             if (who := claimant_from(m.group(0))) is not None and who.side in PARTIES}
    return sides.pop() if len(sides) == 1 else None


def implied_side(event: Narrated, dominant: str | None) -> str | None:
    """A capture is reported by the side whose forces took it, or, when the article names no
    party at all ("سقوط شوشا"), by Azerbaijan for a place of Karabakh or the seven districts, where
    every capture of 2020 was Azerbaijan's to announce; a strike or fighting the outlet
    narrates is its own account (its correspondent, its caption) unless it names a party acting
    in a fight."""
    if event.event_type == "strike":
        return None  # see narration_claimant: only an agency relaying a strike speaks for a side
    actor = _acting_force(event)
    actor_side = actor.side if actor is not None and actor.side in PARTIES else None
    if event.event_type == "control":
        if actor_side and _expelled(event.sentence_norm):
            return OPPOSITE_PARTY[actor_side]
        return actor_side or dominant or (Side.AZERBAIJANI.value if event.changed_hands_to_azerbaijan else None)
    return actor_side


def taken_by(sentence_norm: str, at: int) -> str | None:
    """The party whose forces a sentence tells took the place at ``at`` (not the one driven out
    of it: "طرد القوات الأرمينية من قرية X"), if it names one."""
    return implied_side(Narrated(None, "control", "", sentence_norm, at=at), None)


def _acting_force(event: Narrated) -> Claimant | None:
    """The force whose deed a narrated event tells: for a second claim, the one named last before
    its pronoun; for a capture whose clause is its own (both sides' forces in the sentence, or a
    verb of its own clause, or no force named before a later clause), the one of that clause;
    else the sentence's main actor."""
    norm = event.sentence_norm
    if event.told_at is not None:
        return _last_actor_before(norm, event.told_at)
    if event.event_type == "control" and (_both_sides_act(norm) or _captured_in_its_own_clause(norm, event.at)
                                          or _forces_named_only_after_its_clause(norm, event.at)):
        return actor_of_the_clause(norm, event.at)
    return relayed_actor(norm)


def _forces_named_only_after_its_clause(sentence_norm: str, at: int | None) -> bool:
    """"واستعادت القوات قرية تاليش، لكن القوات الأرمينية تواصل قصفها": the first force the sentence
    names is the subject of a later clause, not of the capture before it."""
    if at is None:
        return False
    first = _ACTOR.search(sentence_norm)
    return first is not None and first.start() >= _clause_around(sentence_norm, at)[1]


def _expelled(sentence_norm: str) -> bool:
    """"تمكن الجيش من طرد القوات الأرمينية من قرية X": the force named is the one driven out."""
    m = _ACTOR.search(sentence_norm)
    return m is not None and rules_module.attribution().expelling.search(
        sentence_norm, max(0, m.start() - EXPELLING_CHARS), m.start()) is not None


def dominant_side(voices: list[Voice]) -> str | None:
    """The party the article names as speaking most, if it names one."""
    count = Counter(v.claimant.side for v in voices if v.named and v.claimant.side in PARTIES)
    return count.most_common(1)[0][0] if count else None
