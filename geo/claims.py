"""What a sentence claims happened at a place (who claims it: geo.attribute).

Event type: the cue nearest the mention decides, because one Arabic sentence often holds
two events ("واصل قصف التجمعات ... حيث تابع تقدمه نحو مدينة شوشه": shelling somewhere,
an advance on Shusha). A few overrides come first: a launch site ("أطلق من مدينة غوريس"),
troops or weapons being moved ("إحضار ... القنابل"), and a capture only announced as
imminent ("على وشك السقوط في يد") are not strikes or control changes.
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
    # "إطلاق النار على مناطق": firing on a place (not "وقف إطلاق النار", a ceasefire)
    (r"(?<!وقف )(?<!لوقف )(?:اطلاق|اطلق|اطلقت|يطلق)\s+(?:ال)?نار\s+(?:\S+\s+){0,2}?علي", "strike", "shelling"),
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
    # an assault on positions or lines is ground combat, not a strike
    (r"(?:هجوم|هجمات|هجوما)\S*\s+(?:\S+\s+){0,2}?علي\s+(?:ال)?(?:مواقع|مواقعها|مواقعه|خطوط|الخطوط)",
     "clash", "assault"),
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
    (_compile(r"(?<![\w])(?:لل|[وفبل])?(?:ال)?(?:" + p + r")"), t, s) for p, t, s in _EVENT_CUES
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


@lru_cache(maxsize=1 << 14)
def is_event_word(word: str) -> bool:
    """Whether a normalised word is itself an event cue ("تحرير", "قصف")."""
    return any(regex.fullmatch(word) for regex, _, _ in _EVENT_RE)


def has_event_cue(sentence_norm: str) -> bool:
    return bool(_cues_in(sentence_norm))
