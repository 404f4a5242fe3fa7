"""Place names in the English of the tweets Arabic articles embed.

English frames a name with its own cue words: before it ("fighting near Talish and
Sugovushan") or after it ("Mekhtiler and Dashkesan villages in Jabrayil district"). The
capitalised words so framed are names; like a lone word after an Arabic cue they become points
only if the gazetteer knows them closely (geo.locate). A district named after a list locates
its items, as "التابعة لمحافظة" does in Arabic.
"""

from __future__ import annotations

from dataclasses import dataclass

from geo import rules
from geo.arabic import Token
from geo.phonetic import script_of

VOCAB = rules.mentions()  # data/mentions.toml [latin], latin_stopwords
CUES = VOCAB.latin_cues
STOPWORDS = VOCAB.latin_stopwords
MAX_NAME_WORDS = VOCAB.max_name_words

Span = tuple[int, int]  # token indices [first, end)


@dataclass(frozen=True, slots=True)
class Framed:
    """Names an English cue frames: the items of a list, their kind, the district named after them."""

    items: tuple[Span, ...]
    cue: str  # village | city | district, or "" (framed by a preposition: no kind said)
    district: Span | None = None


def latin_cued(text: str, tokens: list[Token], used: set[int]) -> list[Framed]:
    """The names English cue words frame in one sentence's tokens; their tokens join ``used``."""
    found: list[Framed] = []
    i = 0
    while i < len(tokens):
        listed = _list_after_colon(text, tokens, i, used) if tokens[i].norm.isascii() else None
        if listed is not None:
            found.append(listed)
            i = listed.items[-1][1]
            continue
        items = _items_from(text, tokens, i, used)
        if not items:
            i += 1
            continue
        end = items[-1][1]
        cue = _cue_around(tokens, items[0][0], end)
        if cue is not None:
            used.update(k for a, b in items for k in range(a, b))
            after = end + (end < len(tokens) and tokens[end].norm.lower() in CUES.after)
            district = _district_after(text, tokens, after, used) if cue != "district" else None
            found.append(Framed(tuple(items), cue, district))
        i = end
    return found


def _list_after_colon(text: str, tokens: list[Token], i: int, used: set[int]) -> Framed | None:
    """"liberated several villages of Jabrayil district: Karkhulu, Shukurbeyli", "villages: X,
    Y of Jabrayil region": the kind word, its district if named before or after, then the names."""
    kind = CUES.after.get(tokens[i].norm.lower())
    if kind is None or kind == "district":
        return None
    district = _district_after(text, tokens, i + 1, set(used))
    j = i + 1 if district is None else district[1] + (
        district[1] < len(tokens) and CUES.after.get(tokens[district[1]].norm.lower()) == "district")
    if j >= len(tokens) or ":" not in text[tokens[j - 1].end : tokens[j].start]:
        return None
    items = _items_from(text, tokens, j, used)
    if not items:
        return None
    district = district or _district_after(text, tokens, items[-1][1], used)  # "...: A, B of Jabrayil region"
    used.update(k for a, b in (*items, *([district] if district else [])) for k in range(a, b))
    return Framed(tuple(items), kind, district)


def _district_after(text: str, tokens: list[Token], i: int, used: set[int]) -> Span | None:
    """"... villages in Jabrayil district", "... villages of Jabrayil": the list's district."""
    if i >= len(tokens) or tokens[i].norm.lower() not in ("in", "of"):
        return None
    run = _run(text, tokens, i + 1, used)
    if run is None:
        return None
    named_as_district = run[1] < len(tokens) and CUES.after.get(tokens[run[1]].norm.lower()) == "district"
    if not named_as_district and tokens[i].norm.lower() != "of":
        return None
    used.update(range(*run))
    return run


def _items_from(text: str, tokens: list[Token], i: int, used: set[int]) -> list[Span]:
    """Runs of capitalised words from ``i`` joined by "and" or commas: "Talish, Madagiz and Suqovushan"."""
    items = []
    run = _run(text, tokens, i, used)
    while run is not None:
        items.append(run)
        j = run[1]
        if j < len(tokens) and tokens[j].norm.lower() == "and":
            j += 1
        elif not (j < len(tokens) and "," in text[tokens[j - 1].end : tokens[j].start]):
            break
        run = _run(text, tokens, j, used)
    return items


def _run(text: str, tokens: list[Token], i: int, used: set[int]) -> Span | None:
    """Up to max_name_words capitalised Latin words from ``i`` ("Haji Isagli", "Karmir Shuka"),
    never across a comma: "Mahmudlu, Jafarabad" are two names."""
    j = i
    while j < len(tokens) and j - i < MAX_NAME_WORDS and j not in used and _name_word(tokens[j]) \
            and (j == i or not text[tokens[j - 1].end : tokens[j].start].strip()):
        j += 1
    return (i, j) if j > i else None


def _name_word(token: Token) -> bool:
    word = token.text
    return word[:1].isupper() and script_of(word) == "latin" and word.lower() not in STOPWORDS \
        and word.lower() not in CUES.after and word.lower() not in CUES.before  # "Liberated villages: X"


def _cue_around(tokens: list[Token], first: int, end: int) -> str | None:
    """The kind of place the words around a run of names announce; "" when a preposition frames
    them ("missiles at Ganja", "fighting near Talish"): names, of towns as often as of villages.
    None when nothing frames them."""
    if end < len(tokens) and tokens[end].norm.lower() in CUES.after:
        return CUES.after[tokens[end].norm.lower()]
    if first > 0 and tokens[first - 1].norm.lower() in CUES.before:
        return ""
    return None
