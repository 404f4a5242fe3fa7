"""The pipeline's vocabulary as enums. str-valued, so records stay plain JSON."""

from __future__ import annotations

from enum import Enum


class Side(str, Enum):
    AZERBAIJANI = "azerbaijani"
    ARMENIAN = "armenian"
    THIRD_PARTY = "third_party"
    MEDIA = "media"
    UNKNOWN = "unknown"

    def __str__(self) -> str:
        return self.value


class EventType(str, Enum):
    CONTROL = "control"
    STRIKE = "strike"
    CLASH = "clash"
    OTHER = "other"

    def __str__(self) -> str:
        return self.value
