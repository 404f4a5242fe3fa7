"""The pipeline's vocabulary as enums. String-valued, so records stay plain JSON."""

from __future__ import annotations

from enum import StrEnum


class Side(StrEnum):
    AZERBAIJANI = "azerbaijani"
    ARMENIAN = "armenian"
    THIRD_PARTY = "third_party"
    MEDIA = "media"
    UNKNOWN = "unknown"


# the two parties of the war, each against the other: whose claim a denial or an accusation turns to
OPPOSITE_PARTY = {Side.AZERBAIJANI.value: Side.ARMENIAN.value, Side.ARMENIAN.value: Side.AZERBAIJANI.value}


class EventType(StrEnum):
    CONTROL = "control"
    STRIKE = "strike"
    CLASH = "clash"
    OTHER = "other"
