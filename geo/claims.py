"""What a sentence claims happened at a place, and who claims it.

Event type: the cue nearest the mention decides, because one Arabic sentence often holds
two events ("واصل قصف التجمعات ... حيث تابع تقدمه نحو مدينة شوشه": shelling somewhere,
an advance on Shusha). A few overrides come first: a launch site ("أطلق من مدينة غوريس"),
troops or weapons being moved ("إحضار ... القنابل"), and a capture only announced as
imminent ("على وشك السقوط في يد") are not strikes or control changes.

Claimant: the subject of the nearest reporting verb (قال، أعلن، أفاد ...) or "بحسب X";
anaphors ("الوزارة", "البيان") take the last institution named before; an agency relaying
a side's army ("بحسب الأناضول ... فإن الجيش الأذربيجاني") is the army's claim; a sentence
with no attribution is the outlet's own report.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from geo.arabic import normalize


def _stems(text: str) -> tuple[str, ...]:
    return tuple(normalize(text).split())


# (pattern over normalised text, event type, sub type); patterns match word starts.
_EVENT_CUES: list[tuple[str, str, str]] = [
    # control
    (r"حرر|حرّر|تحرير|تحررت|تحرر|محرره", "control", "liberated"),
    (r"(?:استعاد|استعاده|استعادت|يستعيد)\S*\s+(?:\S+\s+){0,2}?(?:ال)?سيطره|استعاد|استعاده|استعادت|يستعيد",
     "control", "recaptured"),
    (r"سيطر|سيطره|السيطره|يسيطر|تسيطر", "control", "captured"),
    (r"رفع\S*\s+(?:\S+\s+){0,2}?(?:ال)?علم", "control", "flag_raised"),
    (r"(?:سقوط|سقطت|سقط)\s+(?:\S+\s+)?(?:في|بيد)\s+(?:يد|ايدي)", "control", "captured"),
    (r"دخول|دخلت|دخل", "control", "entered"),
    (r"استولت|استولي|استيلاء|انتزعت|انتزاع|طرد\S*", "control", "captured"),
    (r"انسحاب|انسحبت|انسحب|خسر|خسرت|فقدت\s+السيطره", "control", "lost"),
    # strike
    (r"(?:قنابل|ذخائر|القنابل|الذخائر)\s+(?:ال)?عنقوديه|العنقوديه|عنقوديه", "strike", "cluster_munitions"),
    (r"صاروخ|صواريخ|صاروخا|الصاروخ|الصواريخ|راجمات|راجمه", "strike", "missile"),
    (r"طائر(?:ه|ات)\s+(?:بدون|بلا|من\s+دون)\s+طيار|مسير(?:ه|ات)|درون|الدرونز|درونز", "strike", "drone"),
    (r"غاره|غارات|القصف\s+الجوي|قصف\s+جوي", "strike", "air_strike"),
    (r"مدفعيه|المدفعيه|قذائف|قذيفه|هاون", "strike", "artillery"),
    (r"قصف|القصف|قصفت|يقصف|تقصف", "strike", "shelling"),
    (r"ضربات|ضربه|استهدف|استهدفت|استهداف", "strike", "strike"),
    (r"دمر|تدمير|دمرت", "strike", "destroyed"),
    (r"هجوم\s+على|هجمات\s+على|هجوما\s+على", "strike", "attack"),
    # clash
    (r"اشتباكات|اشتباك|الاشتباكات|معارك|المعارك|معركه|قتال|القتال|مواجهات", "clash", "fighting"),
    (r"تقدم\S*\s+(?:\S+\s+)?نحو|اقترب\S*\s+من|التقدم|تقدم", "clash", "advance"),
    (r"جبه[هت]|جبهات|الجبهه", "clash", "front"),
    (r"محور|محاور", "clash", "axis"),
    (r"الدفاع\s+عن|صد\S*\s+(?:\S+\s+){0,2}?هجوم\S*(?:\s+علي)?", "clash", "defence"),
    (r"هجوم\S*\s+مضاد\S*|شن\S*\s+هجوما", "clash", "offensive"),
    # English, as in the tweets the Arabic press embeds
    (r"(?i:liberat\w*|recaptur\w*|captur\w*|took\s+control|seized)", "control", "captured"),
    (r"(?i:cluster\s+(?:munitions?|bombs?))", "strike", "cluster_munitions"),
    (r"(?i:missiles?|rockets?)", "strike", "missile"),
    (r"(?i:drones?|UAVs?)", "strike", "drone"),
    (r"(?i:shell(?:ed|ing|s)?|struck|strikes?|bombard\w*|artillery)", "strike", "shelling"),
    (r"(?i:fighting|clashes|battles?|offensive)", "clash", "fighting"),
]
def _compile(pattern: str) -> re.Pattern:
    """Patterns are written in ordinary spelling and matched against normalised text."""
    return re.compile(normalize(pattern))


_EVENT_RE = [
    (_compile(r"(?<![\w])(?:[وفبل])?(?:ال)?(?:" + p + r")"), t, s) for p, t, s in _EVENT_CUES
]
# A generic strike takes the weapon named in the same sentence: "قصف بقنابل عنقودية".
_WEAPONS = ("cluster_munitions", "missile", "drone", "air_strike", "artillery")
_GENERIC_STRIKES = {"shelling", "strike", "attack", "destroyed"}
_IMMINENT = _compile(r"على\s+وشك|يوشك|اوشك")
_DEPLOYMENT = _compile(r"(?<![\w])(?:[وب])?(?:احضار|جلب|نقل|حشد|ارسال|ترسل|يرسل|ارسل)")
_LAUNCH_SITE = _compile(r"(?:اطلق|اطلقت|اطلاق|اطلاقه|انطلق)\S*\s+(?:\S+\s+){0,2}?من\s+(?:\S+\s+)?$")


@dataclass(frozen=True, slots=True)
class EventKind:
    type: str  # control | strike | clash | other
    sub_type: str
    cue: str  # the words that decided it


def classify(sentence_norm: str, position: int, cue_kind: str = "", length: int = 0) -> EventKind:
    """Event type for a mention at ``position`` (``length`` characters) of a normalised sentence.

    Cues before the mention count at their distance, cues after it at three times theirs:
    Arabic puts the verb first ("قصفت القوات مدينة X").
    """
    after = position + length
    before = sentence_norm[:position]
    launch = _LAUNCH_SITE.search(before)
    if launch:
        return EventKind("other", "launch_site", launch.group(0).strip())
    cues = _cues_in(sentence_norm)
    hits = [
        (position - end if end <= position else (start - after) * 3, start, kind, sub, words)
        for start, end, kind, sub, words in cues
    ]
    deployment = _DEPLOYMENT.search(sentence_norm)
    if deployment and not any(k == "control" for _, _, k, _, _ in hits):
        return EventKind("other", "deployment", deployment.group(0))
    if not hits:
        if cue_kind in ("front", "axis"):
            return EventKind("clash", cue_kind, "")
        return EventKind("other", "mentioned", "")
    hits.sort(key=lambda h: (h[0] < 0, abs(h[0]), h[1]))  # a tie: the longer phrase
    distance, start, kind, sub, words = hits[0]
    # a longer phrase around the nearest cue speaks for it: "صدت القوات هجوما على" is a defence
    covering = [c for c in cues if c[0] < start < c[1] and c[2] != kind]
    if covering:
        start, _, kind, sub, words = min(covering)
    if kind == "control" and _IMMINENT.search(sentence_norm[max(0, start - 20) : start]):
        return EventKind("clash", "contested", words)
    if kind == "strike" and sub in _GENERIC_STRIKES:
        weapons = {s: w for _, _, k, s, w in hits if k == "strike" and s in _WEAPONS}
        for weapon in _WEAPONS:
            if weapon in weapons:
                return EventKind(kind, weapon, f"{words} … {weapons[weapon]}")
    return EventKind(kind, sub, words)


@lru_cache(maxsize=4096)
def _cues_in(sentence_norm: str) -> tuple[tuple[int, int, str, str, str], ...]:
    """Every event cue of a sentence, found once however many places the sentence names."""
    return tuple(
        (m.start(), m.end(), kind, sub, m.group(0))
        for regex, kind, sub in _EVENT_RE
        for m in regex.finditer(sentence_norm)
    )


# ---------------------------------------------------------------- claimants

_REPORTING = _compile(
    r"(?<![\w])(?:و|ف)?(?:قال|قالت|اعلن|اعلنت|افاد|افادت|ذكر|ذكرت|اكد|اكدت|اوضح|اوضحت|اشار|اشارت|"
    r"كتب|كتبت|نقلت|نقل|اضاف|اضافت|اتهم|اتهمت|حذر|حذرت|دان|دانت|ادان|ادانت|ابلغ|اعتبر|اعتبرت|"
    r"دعا|دعت|نفى|نفت|زعم|زعمت|اعلنته)(?![\w])"
)
_ACCORDING = _compile(r"(?<![\w])(?:و)?(?:بحسب|حسب|وفق|نقلا\s+عن|وفقا\s+ل)(?![\w])")
_SUBJECT_END = _compile(
    r"(?<![\w])(?:ان|انه|انها|في\s+بيان|عبر|على\s+تويتر|بان|بانه|اليوم|امس|مساء|صباح|الاثنين|"
    r"الثلاثاء|الاربعاء|الخميس|الجمعه|السبت|الاحد)(?![\w])|[،,:;\-]"
)

_AZ = _compile(r"اذربيج|اذري|علييف|باكو")
_AM = _compile(r"ارمين|ارمني|ارمن(?![ا-ي])|باشينيان|يريفان|الاقليم|كاراباخ|قره\s?باغ|قره باغ|الانفصالي|ارتساخ")
_THIRD = _compile(
    r"الامم المتحده|منظمه|المرصد|جماعات|الكرملين|روسي|روسيا|فرنس|الولايات المتحده|مينسك|بوتين|"
    r"ماكرون|باشليه|لافروف|ايران|تركي|الاتحاد الاوروبي|هيومن رايتس|العفو الدوليه|حقوق الانسان|"
    r"صليب الاحمر|الناتو|واشنطن|انقره|طهران|موسكو|جنيف|اليونسكو|يونيسف|اطباء بلا حدود|"
    r"الخارجيه الامريكيه|البيت الابيض|اردوغان|جاويش اوغلو"
)
_MEDIA = _compile(
    r"مراسل|صحيفه|وكاله|قناه|الجزيره|العربيه|رويترز|فرانس برس|الاناضول|تاس|ارمن برس|"
    r"ليبراسيون|لوتان|موقع|شبكه"
)
_ROLES = [
    ("president", r"الرئيس|رئيس|علييف|باشينيان|الرئاسه"),
    ("defence ministry", r"وزاره الدفاع|الدفاع"),
    ("foreign ministry", r"الخارجيه|وزير الخارجيه"),
    ("prosecutor", r"النيابه|المدعي العام"),
    ("spokesperson", r"المتحدث|المتحدثه|الناطق"),
    ("army", r"الجيش|القوات"),
    ("human rights defender", r"المدافع عن حقوق الانسان|امين المظالم"),
    ("NGO", r"منظمه|جماعات|المرصد"),
    ("news agency", r"وكاله|الاناضول|رويترز|تاس|فرانس برس|ارمن برس"),
    ("newspaper", r"صحيفه"),
    ("correspondent", r"مراسل"),
    ("residents", r"السكان|الاهالي|شهود"),
]
_ROLE_RES = [(role, _compile(pattern)) for role, pattern in _ROLES]
# Anaphors name an institution already introduced: they refer back.
_ANAPHORS = _compile(r"^(?:الوزاره|البيان|النيابه|الرئاسه|المنظمه|الوكاله|المتحدث\S*\s+باسم\s+الوزاره|الوزير)")
_RELAYED = _compile(r"(?:الجيش|وزاره الدفاع|الرئيس)\s+(?:ال)?(?:اذربيجاني|اذري|ارميني|ارمني)\S*")


@dataclass(frozen=True, slots=True)
class Claimant:
    text: str  # who, as written (normalised)
    role: str
    side: str  # azerbaijani | armenian | third_party | media | unknown


OUTLET = Claimant("the outlet (no attribution)", "media", "media")


def claimant_from(subject: str) -> Claimant | None:
    """Role and side of an attribution subject such as "وزاره الدفاع الارمينيه".

    "وكالة رويترز عن مسؤول أرميني": an agency quoting someone is that someone's claim.
    """
    subject = subject.strip()
    if not subject:
        return None
    quoting, _, quoted = subject.partition(" عن ")
    if quoted and _MEDIA.search(quoting):
        source = claimant_from(quoted)
        if source is not None and source.side != "media":
            return Claimant(subject, source.role, source.side)
    role = next((r for r, p in _ROLE_RES if p.search(subject)), "source")
    if _MEDIA.search(subject) and role in ("news agency", "newspaper", "correspondent", "source"):
        return Claimant(subject, role if role != "source" else "media", "media")
    if _AZ.search(subject) and not _AM.search(subject[: _AZ.search(subject).start()]):
        return Claimant(subject, role, "azerbaijani")
    if _AM.search(subject):
        return Claimant(subject, role, "armenian")
    if _THIRD.search(subject):
        return Claimant(subject, role if role != "source" else "third party", "third_party")
    if role == "residents":
        return Claimant(subject, role, "unknown")
    return None


@dataclass(frozen=True, slots=True)
class Attribution:
    kind: str  # verb | according
    subject: str  # normalised words naming who speaks
    start: int  # the subject's span in the normalised sentence
    end: int


def attribution(sentence_norm: str, position: int) -> Attribution | None:
    """The attribution governing a mention: the nearest reporting verb or "بحسب X" before it."""
    found = _attributions_in(sentence_norm)
    if not found:
        return None
    before = [f for f in found if f[0] <= position]
    return (before[-1] if before else found[0])[1]


@lru_cache(maxsize=4096)
def _attributions_in(sentence_norm: str) -> tuple[tuple[int, Attribution], ...]:
    """Every reporting verb and "بحسب" of a sentence with its subject, in text order."""
    found = [(m.start(), _subject("verb", sentence_norm, m.end()))
             for m in _REPORTING.finditer(sentence_norm)]
    found += [(m.start(), _subject("according", sentence_norm, m.end(), words=4))
              for m in _ACCORDING.finditer(sentence_norm)]
    return tuple(sorted(found, key=lambda f: f[0]))


def _subject(kind: str, sentence: str, start: int, words: int = 8) -> Attribution:
    rest = sentence[start:]
    end = _SUBJECT_END.search(rest)
    stop = end.start() if end else len(rest)
    tokens = []
    for t in re.finditer(r"[^\s\"'«»().]+", rest[:stop]):
        word = t.group(0)
        if tokens and (word in ("الي", "حتي") or _is_event_word(word) or (
                word.startswith("ب") and (word.startswith("بال") or _is_event_word(word[1:])))):
            break  # "مراسل العربية بقصف", "الرئيس علييف تحرير": the subject ended
        tokens.append(t)
    tokens = tokens[:words]
    if not tokens:
        return Attribution(kind, "", start, start)
    return Attribution(
        kind, " ".join(t.group(0) for t in tokens), start + tokens[0].start(), start + tokens[-1].end()
    )


@lru_cache(maxsize=1 << 14)
def _is_event_word(word: str) -> bool:
    return any(regex.fullmatch(word) for regex, _, _ in _EVENT_RE)


def cites_a_source(sentence_norm: str) -> bool:
    """"بحسب الأناضول", "وفق بيان ...": the sentence reports someone else's words."""
    return bool(_ACCORDING.search(sentence_norm))


def relayed_actor(sentence_norm: str) -> Claimant | None:
    """An agency quoting a side's army or ministry: the army or ministry is the claimant."""
    m = _RELAYED.search(sentence_norm)
    return claimant_from(m.group(0)) if m else None


def is_anaphor(subject: str) -> bool:
    return bool(_ANAPHORS.search(subject)) or subject in ("", "انه", "انها")
