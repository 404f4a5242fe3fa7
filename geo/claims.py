"""What a sentence claims happened at a place (who claims it: geo.attribute).

Event type: the cue nearest the mention decides, because one Arabic sentence often holds
two events ("واصل قصف التجمعات ... حيث تابع تقدمه نحو مدينة شوشه": shelling somewhere,
an advance on Shusha). A few overrides come first: a launch site ("أطلق من مدينة غوريس"),
troops or weapons being moved ("إحضار ... القنابل"), and a capture only announced as
imminent ("على وشك السقوط في يد") are not strikes or control changes.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from geo import rules

RULES = rules.events()  # data/events.toml: cues, weapons, overrides


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
    launch = RULES.launch_site.search(before)
    if launch:
        return EventKind("other", "launch_site", launch.group(0).strip())
    cues = _cues_in(sentence_norm)
    hits = [
        (position - end if end <= position else (start - after) * 3, start, kind, sub, words)
        for start, end, kind, sub, words in cues
    ]
    deployment = RULES.deployment.search(sentence_norm)
    if deployment and not any(k == "control" for _, _, k, _, _ in hits):
        return EventKind("other", "deployment", deployment.group(0))
    if not hits:
        if cue_kind in ("front", "axis"):
            return EventKind("clash", cue_kind, "")
        return EventKind("other", "mentioned", "")
    # the nearest cue, before the mention first; a tie: the first found, the longer phrase
    distance, start, kind, sub, words = min(hits, key=lambda h: (h[0] < 0, abs(h[0]), h[1]))
    # a longer phrase around the nearest cue speaks for it: "صدت القوات هجوما على" is a defence
    covering = [c for c in cues if c[0] < start < c[1] and c[2] != kind]
    if covering:
        start, _, kind, sub, words = min(covering)
    if kind == "control" and RULES.imminent.search(sentence_norm[max(0, start - 20) : start]):
        return EventKind("clash", "contested", words)
    if kind == "strike" and sub in RULES.generic_strikes:
        weapons = {s: w for _, _, k, s, w in hits if k == "strike" and s in RULES.weapons}
        for weapon in RULES.weapons:
            if weapon in weapons:
                return EventKind(kind, weapon, f"{words} … {weapons[weapon]}")
    return EventKind(kind, sub, words)


@lru_cache(maxsize=4096)
def _cues_in(sentence_norm: str) -> tuple[tuple[int, int, str, str, str], ...]:
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
                found.append((m.start(), m.end(), kind, sub, m.group(0)))
                resume = m.end()
    return tuple(found)


@lru_cache(maxsize=1 << 14)
def is_event_word(word: str) -> bool:
    """Whether a normalised word is itself an event cue ("تحرير", "قصف")."""
    return any(regex.fullmatch(word) for regex, _, _ in RULES.cues)


def has_event_cue(sentence_norm: str) -> bool:
    return bool(_cues_in(sentence_norm))
