"""The pipeline's vocabulary as enums. String-valued, so records stay plain JSON."""

from __future__ import annotations

from enum import StrEnum


class Side(StrEnum):
    AZERBAIJANI = "azerbaijani"
    ARMENIAN = "armenian"
    THIRD_PARTY = "third_party"
    MEDIA = "media"
    UNKNOWN = "unknown"


class EventType(StrEnum):
    CONTROL = "control"
    STRIKE = "strike"
    CLASH = "clash"
    OTHER = "other"
