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
    districts: tuple[Span, ...] = ()  # "villages of Jabrayil and Fuzuli districts": both locate them


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
        if _genitive_district(text, tokens, end):
            i = end  # "Cəbrayıl rayonunun X və Y kəndləri": the list after is what it locates
            continue
        cue = _cue_around(tokens, items[0][0], end, len(items))
        if cue is not None:
            used.update(k for a, b in items for k in range(a, b))
            after = end + (end < len(tokens) and tokens[end].norm.lower() in CUES.after)
            districts = _districts_after(text, tokens, after, used)[0] if cue != "district" else ()
            if cue != "district" and not districts:
                districts = _district_before(text, tokens, items[0][0], used)
            found.append(Framed(tuple(items), cue, districts))
        i = end
    return found


def _list_after_colon(text: str, tokens: list[Token], i: int, used: set[int]) -> Framed | None:
    """"liberated several villages of Jabrayil district: Karkhulu, Shukurbeyli", "villages: X,
    Y of Jabrayil region", "The following villages of Jabrayil and Fuzuli districts were
    liberated: X, Y": the kind word, its districts if named before or after (a few lower-case
    words, the deed, maybe before the colon), then the names."""
    kind = CUES.after.get(tokens[i].norm.lower())
    if kind is None or kind == "district":
        return None
    districts, j = _districts_after(text, tokens, i + 1, set(used))
    j = _past_lower_case_words(text, tokens, j)
    if j >= len(tokens) or ":" not in text[tokens[j - 1].end : tokens[j].start]:
        return None
    items = _items_from(text, tokens, j, used)
    if not items:
        return None
    if districts:
        used.update(k for a, b in districts for k in range(a, b))
    else:
        districts = _districts_after(text, tokens, items[-1][1], used)[0]  # "...: A, B of Jabrayil region"
    used.update(k for a, b in items for k in range(a, b))
    return Framed(tuple(items), kind, districts)


def _past_lower_case_words(text: str, tokens: list[Token], j: int) -> int:
    """Past up to colon_gap_words lower-case English words ("were liberated") with no punctuation
    among them: where a colon may follow."""
    k = j
    while k < len(tokens) and k - j < CUES.colon_gap_words and tokens[k].text.isascii() \
            and tokens[k].text.isalpha() and tokens[k].text.islower() \
            and (k == j or not text[tokens[k - 1].end : tokens[k].start].strip()):
        k += 1
    return k if k < len(tokens) and ":" in text[tokens[k - 1].end : tokens[k].start] else j


def _districts_after(text: str, tokens: list[Token], i: int, used: set[int]) -> tuple[tuple[Span, ...], int]:
    """"... villages in Jabrayil district", "... villages of Jabrayil", "... of Jabrayil and Fuzuli
    districts": the list's districts, and where the words after them begin (``i`` if none)."""
    if i >= len(tokens) or tokens[i].norm.lower() not in ("in", "of"):
        return (), i
    names = _items_from(text, tokens, i + 1, set(used))
    if not names:
        return (), i
    end = names[-1][1]
    named_as_district = end < len(tokens) and CUES.after.get(tokens[end].norm.lower()) == "district"
    if not named_as_district and tokens[i].norm.lower() != "of":
        return (), i
    if not named_as_district:
        names = names[:1]  # "villages of Talish, Madagiz and ...": one name is the district's, no list
        end = names[0][1]
    used.update(k for a, b in names for k in range(a, b))
    return tuple(names), end + named_as_district


def _genitive_district(text: str, tokens: list[Token], end: int) -> bool:
    """Whether the names ending at ``end`` are a district in the genitive, a list after it."""
    if end + 1 >= len(tokens):
        return False
    if tokens[end].norm.lower() in CUES.district_before:
        return _name_word(tokens[end + 1])
    return _possessive_district(text, tokens, end) and end + 2 < len(tokens) and _name_word(tokens[end + 2])


def _possessive_district(text: str, tokens: list[Token], k: int) -> bool:
    """"district's": a district word at ``k`` and the possessive after it."""
    return k + 1 < len(tokens) and CUES.after.get(tokens[k].norm.lower()) == "district" \
        and tokens[k + 1].norm.lower() == "s" and "'" in text[tokens[k].end : tokens[k + 1].start]


def _district_before(text: str, tokens: list[Token], first: int, used: set[int]) -> tuple[Span, ...]:
    """"Cəbrayıl rayonunun Şıxlar və Mahmudlu kəndləri", "Jabrayil district's Mahmudlu and
    Jafarabad villages": the district a genitive names right before the list locates it."""
    k = first - 1
    if k > 0 and _possessive_district(text, tokens, k - 1):
        k -= 1  # English: "district's"
    elif k < 0 or tokens[k].norm.lower() not in CUES.district_before:
        return ()
    start = k
    while start > 0 and k - start < MAX_NAME_WORDS and start - 1 not in used and _name_word(tokens[start - 1]) \
            and not text[tokens[start - 1].end : tokens[start].start].strip():
        start -= 1
    if start == k:
        return ()
    used.update(range(start, k))
    return ((start, k),)


def _items_from(text: str, tokens: list[Token], i: int, used: set[int]) -> list[Span]:
    """Runs of capitalised words from ``i`` joined by "and" or commas: "Talish, Madagiz and Suqovushan"."""
    items = []
    run = _run(text, tokens, i, used)
    while run is not None:
        items.append(run)
        j = run[1]
        if j < len(tokens) and tokens[j].norm.lower() in CUES.joiners:
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


def _cue_around(tokens: list[Token], first: int, end: int, count: int = 1) -> str | None:
    """The kind of place the words around a run of ``count`` names announce; "" when a preposition
    frames them ("missiles at Ganja", "fighting near Talish"): names, of towns as often as of
    villages. None when nothing frames them."""
    if end < len(tokens) and tokens[end].norm.lower() in CUES.after:
        return CUES.after[tokens[end].norm.lower()]
    if first > 0 and tokens[first - 1].norm.lower() in CUES.before:
        return ""
    if first > 1 and tokens[first - 1].norm.lower() == "of":  # "the town of Jabrayil", "the direction of Hadrut"
        head = tokens[first - 2].norm.lower()
        if head in CUES.kind_of:
            return CUES.kind_of[head]
        if count > 1 and head in CUES.list_kind_of:  # "the villages of X and Y"; "villages of X" is X's
            return CUES.list_kind_of[head]
        if head in CUES.before_of:
            return ""
    return None
