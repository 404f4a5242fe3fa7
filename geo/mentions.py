"""Find place mentions in article text, with character offsets.

Three routes, tried in this order so that the most reliable wins an overlap:

1. cue words (قرية، مدينة، منطقة، محور، جبهة ...) and the lists that follow them
   ("قرى X، وY، وZ التابعة لمدينة W"), with qualifiers naming the district;
2. the team's tables: the Karabakh region, countries and capitals far from the front, curated aliases;
3. word n-grams looked up in the gazetteer, strictly: an exact Arabic name of a known place,
   or an exact phonetic skeleton of a place in the war theatre.

Personal names are guarded against: a word followed by an Armenian or Azerbaijani surname
(شوشان ستيبانيان) is part of a person's name, not a place.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import accumulate, pairwise

from rapidfuzz import fuzz

from geo import rules
from geo.arabic import Token, normalize, strip_clitics, strip_marks, tokenize
from geo.claims import event_phrase_ends, is_event_word
from geo.dates import timeline
from geo.document import Doc, Sentence, make_doc
from geo.gazetteer import Gazetteer
from geo.latin import latin_cued
from geo.phonetic import ROUND, VOWEL, keys, script_of
from geo.resolve import PLACE_THRESHOLD, name_scores
from geo.tables import Tables, compact

VOCAB = rules.mentions()  # data/mentions.toml
CUES = VOCAB.cues
PLURAL_CUES = VOCAB.plural
WEAK_CUES = VOCAB.weak  # "مناطق مكتظة": areas, named or not; an item must be a known place
REGION_CUES = VOCAB.region  # "بإقليم قره باغ" names the region, not the district of a list
QUALIFIER_WORDS = VOCAB.qualifiers
LIST_OPENERS = VOCAB.openers
LIST_CLOSERS = VOCAB.closers
LIST_LINE_WORDS = VOCAB.list_line_words
EVENT_LIST_SKIPS = VOCAB.event_list_skips
SETTLEMENT_ADJECTIVES = VOCAB.settlement_adjectives
BRACKETED_LIST_CHARS = 300  # how far a list in brackets after its cue may run to its ")"
GLOSS_TAIL_CHARS = 50  # "(خانكندي بحسب التسمية الأذربيجانية)": room for the words on whose name it is
GLOSS_TAIL_WORDS = 4
SUBJECT_WORDS = 3  # the words of a subject or adverb between an event word and its list of names
LOCATOR_REACH = VOCAB.locator_reach
MAX_NAME_TOKENS = VOCAB.max_name_words
NAME_PARTS = VOCAB.name_parts
GIVEN_NAMES = VOCAB.given_names
ARTICLE_JOINERS = VOCAB.article_joiners
VICINITY = VOCAB.vicinity
SPLIT_SUFFIXES = VOCAB.split_suffixes
TRAILING_PARTS = rules.spelling().trailing_parts  # "كوزلك العليا": a translated part after the name
STOPWORDS = VOCAB.stopwords
COMMON_WORDS = VOCAB.common
LATIN_STOPWORDS = VOCAB.latin_stopwords
LATIN_LOCATORS = VOCAB.latin_locators
LIST_INTRODUCERS = ":;؛-–"  # punctuation that may open a list
QUOTES = "\"'«»“”„`‘’"
OPENING_QUOTES = ("\"", "«", "“", "„")
CLOSING_QUOTES = ("\"", "»", "”")


@dataclass
class Mention:
    text: str  # as written in the article
    start: int
    end: int
    kind: str  # place | region | distant
    route: str  # cue | list | table | gazetteer | phonetic
    cue: str = ""  # village | city | district | axis | front | ""
    role: str = "event"  # event | qualifier
    sentence: int = 0
    group: int | None = None  # mentions listed together share a group
    qualifiers: list[Mention] = field(default_factory=list)
    strong: bool = True  # False: a lone word after a cue, kept only if the gazetteer knows it
    target: object | None = None  # a Region or DistantPlace for table hits
    gloss: Mention | None = None  # "كرفاتشار (كلباجار)": the same place under its other name
    read_as: str = ""  # the whole name a half of a pair means: "أشاغي" in "قريتي أشاغي ويوخاري سيد أحمدلي"

    @property
    def name(self) -> str:
        """The name to place: as written, or read whole when the text shares it between a pair."""
        return self.read_as or self.text


def detect(doc: Doc | str, gaz: Gazetteer, tables: Tables) -> list[Mention]:
    """All place mentions of a document, qualifiers included (role='qualifier'), in text order."""
    doc = make_doc(doc) if isinstance(doc, str) else doc
    text = doc.text
    found: list[Mention] = []
    group_ids = iter(range(1, 1_000_000))
    bullets_of: tuple[str, int] | None = None  # the cue kind and group a bulleted list continues
    heading: list[Mention] = []  # the district a sub-heading gives the bullets under it
    counted_in: list[Mention] = []  # the districts the sentence before counted settlements in
    for sentence in doc.sentences:
        tokens = list(sentence.tokens)
        used: set[int] = set()
        line = _district_line(text, tokens, gaz, tables, used, *bullets_of) if bullets_of is not None else []
        if line:  # "في محافظة جبرائيل: X، Y" under the list's opening, a bullet's or a line of its own
            for mention in line:
                mention.sentence = sentence.index
            found.extend(line)
            continue
        if sentence.bullet and bullets_of is not None:
            for mention in _bullet_items(text, tokens, gaz, tables, used, *bullets_of):
                mention.sentence = sentence.index
                mention.qualifiers.extend(heading)
                found.append(mention)
        elif bullets_of is not None and is_district_heading(sentence):
            heading = [_mention(text, tokens[1:], "cue", "district", bullets_of[1], "qualifier")]
            heading[0].sentence = sentence.index
            found.extend(heading)
            continue
        elif not sentence.bullet:
            bullets_of, heading = _introduces_bullets(text, sentence, tokens, group_ids), []
            if bullets_of is not None:
                heading = _district_of_bullets(text, tokens, bullets_of[1], used)
                for mention in heading:
                    mention.sentence = sentence.index
                found.extend(heading)
        opening = _district_before_colon(text, tokens, used) if not sentence.bullet else None
        own = [*_qualified_lists(text, tokens, gaz, tables, used, group_ids),
               *_cue_groups(text, tokens, gaz, tables, used, group_ids, counted_in),
               *_event_lists(text, sentence, tokens, gaz, tables, used, group_ids),
               *_latin_mentions(text, tokens, used, group_ids),
               *_lookups(text, tokens, gaz, tables, used)]
        if opening is not None:
            for mention in own:
                if mention.role == "event":
                    mention.qualifiers.append(opening)
            own.append(opening)
        for mention in own:
            mention.sentence = sentence.index
        found.extend(own)
        counted_in = _districts_counted_in(text, tokens, gaz, tables)
    found.extend(_named_again(doc, found, gaz, tables))
    found = [_as_table_hit(m, tables) if m.route in ("cue", "list") else m for m in found]
    found.sort(key=lambda m: m.start)
    found = _fold_glosses(text, found)
    _halves_of_pairs(text, found)
    return found


PAIR_HALVES = rules.spelling().leading_parts  # "أشاغي", "يوخاري", "upper": a half of a pair, before the name
_PAIR_JOINS = ("و", "او", "and", "or")


def _halves_of_pairs(text: str, found: list[Mention]) -> None:
    """"قريتي أشاغي ويوخاري سيد أحمدلي", "قريتي كورد محمودلو السفلى والعليا", "Upper and Lower
    Abdurrahmanli villages": the lower and the upper village share one name, written once; the half
    written alone reads with it (Aşağı Seyidəhmədli, Yuxarı Kürdmahmudlu)."""
    for first, second in pairwise(found):
        if first.group is None or first.group != second.group:
            continue
        own, theirs = normalize(first.text).lower().split(), second.text.split()
        joined = text[first.end : second.start].replace("،", "").replace(",", "").strip().lower() in _PAIR_JOINS
        if joined and len(own) == 1 and own[0] in PAIR_HALVES and len(theirs) > 1 \
                and normalize(theirs[0]).lower() in PAIR_HALVES:
            first.read_as = f"{first.text} {' '.join(theirs[1:])}"
        elif joined and len(theirs) == 1 and normalize(theirs[0]) in TRAILING_PARTS and len(own) > 1 \
                and own[-1] in TRAILING_PARTS:  # "كورد محمودلو السفلى والعليا"
            second.read_as = f"{first.text.rsplit(None, 1)[0]} {second.text}"


_REPEAT_CLITICS = ("و", "ب", "ل", "ف", "وب", "ول")  # "وتاغ", "بتاغ": a conjunction or preposition on the name


def _named_again(doc: Doc, found: list[Mention], gaz: Gazetteer, tables: Tables) -> list[Mention]:
    """"استعادت وحداته السيطرة على قرية تاغ ... وكانت القوات قد أعلنت السيطرة على تاغ": a name the
    article introduced after a village or town cue is a place where it comes again bare, however
    short or far from the gazetteer's spelling; it takes the first one's cue and district."""
    introduced: dict[str, dict[tuple[str, ...], Mention]] = {}  # by first word: one look-up a word
    for m in found:
        words = _introduced_name(m)
        if words:
            introduced.setdefault(words[0], {}).setdefault(words, m)
    if not introduced:
        return []
    taken = _Spans([(m.start, m.end) for m in found])
    repeated_until = -1  # the words are read in text order: the last name found reaches farthest
    again: list[Mention] = []
    for sentence in doc.sentences:
        tokens = sentence.tokens
        for i, token in enumerate(tokens):
            stem = _bare_name(token.norm, introduced)
            if stem not in introduced or token.start < repeated_until or taken.overlaps(token.start, token.end) \
                    or VOCAB.is_surname(tokens[i + 1].norm if i + 1 < len(tokens) else ""):
                continue
            for words, first in introduced[stem].items():
                if tuple(t.norm for t in tokens[i + 1 : i + len(words)]) != words[1:] \
                        or _longer_name_here(doc.text, tokens, i, len(words), gaz, tables, taken):
                    continue
                start = token.end - _letters_from_end(token.text, len(stem))
                end = tokens[i + len(words) - 1].end
                again.append(Mention(doc.text[start:end], start, end, "place", "cue", first.cue,
                                     sentence=sentence.index, qualifiers=list(first.qualifiers)))
                repeated_until = end
                break
    return again


def _introduced_name(m: Mention) -> tuple[str, ...]:
    """The words of a village or town named after its cue, which the article may repeat bare; ()
    for a name cut short ("قرية أشاغي") or one also a given name or a country's ("علي")."""
    if m.route != "cue" or m.role != "event" or m.kind != "place" or not m.strong \
            or m.cue not in ("village", "city") or is_common_word(m.text):
        return ()
    words = tuple(t.norm for t in tokenize(m.text))
    if not words or words[-1] in NAME_PARTS or len(words) == 1 and _names_a_person_or_country(words[0]):
        return ()
    return words


def _longer_name_here(text, tokens, i: int, length: int, gaz: Gazetteer, tables: Tables, taken: _Spans) -> bool:
    """"ناجورنو كاراباخ" after "مدينتي ناجورنو وترتر": the words here begin a longer name, with
    the next word a name found already or one with them."""
    end = i + length
    if end >= len(tokens) or _gap(text, tokens[end - 1], tokens[end]).strip():
        return False
    if taken.overlaps(tokens[end].start, tokens[end].end):
        return True
    hit = _lookup(text, list(tokens[i : end + 1]), gaz, tables)
    return hit is not None and hit.end > tokens[end - 1].end


def _bare_name(word: str, names) -> str:
    """``word`` as one of ``names`` (a mapping by first word), itself or with a conjunction or
    preposition written onto it; else the word."""
    if word in names:
        return word
    return next((word[len(c):] for c in _REPEAT_CLITICS if word.startswith(c) and word[len(c):] in names), word)


def _names_a_person_or_country(word: str) -> bool:
    """"علي", "أرمينيا": a village's one-word name that is also a given name or a country's is
    not taken for the village where it comes again."""
    return word in VOCAB.countries or strip_marks(word) in GIVEN_NAMES or word in GIVEN_NAMES


def _letters_from_end(word: str, letters: int) -> int:
    """How many characters of ``word`` as written hold its last ``letters`` normalised letters."""
    return len(word) - next((k for k in range(len(word) + 1) if len(normalize(word[k:])) <= letters), len(word))


class _Spans:
    """Character spans, asked whether any overlaps a word (with و written on, "وكنجة" overlaps the
    name كنجة found after it) by bisection: the farthest end reached before each start is kept."""

    def __init__(self, spans: list[tuple[int, int]]):
        spans.sort()
        self.starts = [start for start, _ in spans]
        self.reach = list(accumulate((end for _, end in spans), max))

    def overlaps(self, start: int, end: int) -> bool:
        k = bisect_left(self.starts, end) - 1
        return k >= 0 and self.reach[k] > start


def _latin_mentions(text: str, tokens: list[Token], used: set[int], group_ids) -> list[Mention]:
    """An English tweet's names its cue words frame (geo.latin), as weak cue mentions."""
    mentions: list[Mention] = []
    for framed in latin_cued(text, tokens, used):
        group = next(group_ids) if len(framed.items) > 1 else None
        items = [_span_mention(text, tokens, span, framed.cue, "event", group) for span in framed.items]
        districts = [_span_mention(text, tokens, span, "district", "qualifier", None) for span in framed.districts]
        for item in items:
            item.qualifiers.extend(districts)
        items += districts
        mentions += items
    return mentions


def _span_mention(text: str, tokens: list[Token], span: tuple[int, int], cue: str, role: str,
                  group: int | None) -> Mention:
    start, end = tokens[span[0]].start, tokens[span[1] - 1].end
    return Mention(text[start:end], start, end, "place", "cue", cue, role, group=group, strong=False)


def _introduces_bullets(text: str, sentence, tokens: list[Token], group_ids) -> tuple[str, int] | None:
    """"حرر الجيش القرى التالية:" or "قرى:" closing a line: the bullet lines after it are its
    items. The cue kind and a group for them, else None."""
    if not tokens or not text[tokens[-1].end : sentence.end].strip().startswith(":"):
        return None
    end = _trailing_district(tokens) or len(tokens)
    for token in reversed(tokens[max(0, end - 3) : end]):
        cue = _cue_of(token)
        if cue is not None and cue[1] in PLURAL_CUES:
            return cue[0], next(group_ids)
    return None


def _trailing_district(tokens: list[Token]) -> int | None:
    """"القرى التالية في محافظة زنغيلان:": where the district the line ends on begins (at its
    preposition), else None."""
    for i in range(len(tokens) - 2, max(-1, len(tokens) - MAX_NAME_TOKENS - 2), -1):
        cue = _cue_of(tokens[i])
        if cue is not None and cue[0] == "district" and cue[1] not in PLURAL_CUES:
            return i - 1 if i > 0 and tokens[i - 1].norm in ("في", "ب", "من") else i
    return None


def _district_of_bullets(text: str, tokens: list[Token], group: int, used: set[int]) -> list[Mention]:
    """The district the line introducing bullets names: it locates them, no event of its own."""
    start = _trailing_district(tokens)
    if start is None:
        return []
    name = start + (2 if tokens[start].norm in ("في", "ب", "من") else 1)
    used.update(range(start, len(tokens)))
    return [_mention(text, tokens[name:], "cue", "district", group, "qualifier")]


def _district_before_colon(text: str, tokens: list[Token], used: set[int]) -> Mention | None:
    """"وفي محافظة زنغيلان: قرى X وY": the district a line opens with, a colon after it,
    locates the places the line goes on to name; no event of its own. So after the list it goes on
    with: "وتضم القائمة في منطقة فضولي: قرى X وY"."""
    start = 2 if len(tokens) > 2 and tokens[0].norm.removeprefix("و") in VOCAB.group_pointers \
        and tokens[1].norm in VOCAB.list_nouns else 0
    start += 1 if start < len(tokens) and tokens[start].norm in ("في", "وفي") else 0
    if start >= len(tokens) or not _one_district_cue(tokens[start]):
        return None
    end = _colon_after_name(text, tokens, start + 1)
    if end is None:
        return None
    used.update(range(end))
    return _mention(text, tokens[start + 1 : end], "cue", "district", None, "qualifier")


def _one_district_cue(token: Token) -> bool:
    """"محافظة", "مدينة": a cue naming one district or town (a heading's), not "قرى"."""
    cue = _cue_of(token)
    return cue is not None and cue[0] in ("district", "city") and cue[1] not in PLURAL_CUES


def _colon_after_name(text: str, tokens: list[Token], start: int) -> int | None:
    """Where the words after a name that starts at ``start`` begin, when a colon ends it within
    max_name_words ("محافظة زنغيلان: ..."); else None."""
    for end in range(start + 1, min(start + 1 + MAX_NAME_TOKENS, len(tokens))):
        gap = _gap(text, tokens[end - 1], tokens[end])
        if ":" in gap:
            return end
        if gap.strip():
            return None
    return None


def names_places_only(sentence: Sentence, spans: list[tuple[int, int]]) -> bool:
    """A line of nothing but places (``spans``), their cue words and list words ("وفي محافظة
    زنغيلان: قرى X وY"): it states no deed of its own, so it goes on with the one before it."""
    ordered = sorted(set(spans))  # mention spans do not overlap: by start is by end too
    k = 0  # tokens and spans both in text order: one walk, linear in the line
    for token in sentence.tokens:
        waw = token.norm.startswith("و") and len(token.norm) > 2  # "وملاتكشين": the name after و
        while k < len(ordered) and ordered[k][1] < token.end:
            k += 1
        covered = any(start <= token.start + waw and token.end <= end for start, end in ordered[k : k + 2])
        if covered or _cue_of(token):
            continue
        if token.norm[waw:] not in LIST_LINE_WORDS and token.norm != "و":
            return False
    return bool(spans)


def is_district_heading(sentence: Sentence) -> bool:
    """"محافظة جبرائيل:" between bullet lines: a sub-heading naming the district of the bullets
    under it, the list going on."""
    tokens = sentence.tokens
    return (1 < len(tokens) <= MAX_NAME_TOKENS + 1 and _one_district_cue(tokens[0])
            and sentence.text[tokens[-1].end - sentence.start :].strip().startswith(":"))


def _district_line(text, tokens, gaz, tables, used, kind: str, group: int) -> list[Mention]:
    """"في محافظة جبرائيل: X، Y، Z" under "القرى التالية:": a line naming its district before a
    colon and then, with no cue word of its own, the list's items there. Its district and items,
    else nothing (a line with a cue after the colon is read as any other)."""
    start = next((i for i, t in enumerate(tokens) if not t.norm.isdigit()), len(tokens))  # "1- في محافظة"
    start += 1 if start < len(tokens) and tokens[start].norm in ("في", "وفي") else 0
    if start >= len(tokens) or not _one_district_cue(tokens[start]):
        return []
    end = _colon_after_name(text, tokens, start + 1)
    if end is None or _cue_of(tokens[end]) is not None:
        return []
    items, _ = _list_items(text, tokens, end, gaz, tables, used, after_cue=False)
    if not items:
        return []
    used.update(range(end))
    district = _mention(text, tokens[start + 1 : end], "cue", "district", group, "qualifier")
    mentions = [_mention(text, item, "cue", kind, group) for item, _ in items]
    for mention in mentions:
        mention.strong = True
        mention.qualifiers.append(district)
    return [district, *mentions]


def _bullet_items(text, tokens, gaz, tables, used, kind: str, group: int) -> list[Mention]:
    """"- سيرك" under "قرى:": the line's name is an item of the list, a place by the grammar; so is
    each of a line of names and nothing else ("- سيرك، ماشان، طاطار")."""
    start = next((i for i, t in enumerate(tokens) if not t.norm.isdigit()), len(tokens))  # "1- سيرك"
    if start < len(tokens) - 1 and _cue_of(tokens[start]) is not None:
        used.add(start)
        start += 1  # "1- قرية سيرك": the bullet names its own kind
    items, end = _list_items(text, tokens, start, gaz, tables, used, after_cue=False)
    names_only = end >= len(tokens) and len(items) > 1
    mentions = [_mention(text, item, "cue", kind, group) for item, _ in items[: len(items) if names_only else 1]]
    for mention in mentions:
        mention.strong = True
    if not mentions:
        return []
    return [*mentions, *_bullet_district(text, tokens, start + len(items[0][0]), gaz, tables, used, mentions[0])]


def _bullet_district(text, tokens, j, gaz, tables, used, item: Mention) -> list[Mention]:
    """"- قرية ماشان في منطقة جبرائيل", "- ماشان، منطقة جبرائيل", "- قرية ماشان التابعة لمنطقة
    جبرائيل": the district a bullet line names after its item locates that item alone, as "في
    منطقة X" after a list locates the list."""
    if j < len(tokens) and tokens[j].norm in QUALIFIER_WORDS:
        quals, _ = _qualifier(text, tokens, j, used, None)
    else:
        locator = _comma_district(text, tokens, j) or _locator(tokens, j, gaz, tables, used, text)
        if locator is None:
            return []
        used.update(range(j, locator))
        names, _ = _district_names(text, tokens, locator, gaz, tables, used)
        quals = [_mention(text, name, "cue", "district", None, "qualifier") for name in names[:1]]
    item.qualifiers.extend(quals)
    return quals


def _comma_district(text, tokens, j) -> int | None:
    """"- ماشان، منطقة جبرائيل": on a bullet line, which holds one item, a district's cue after a
    comma names where the item lies. The index of its name, else None."""
    if not 0 < j < len(tokens) - 1 or not _is_comma(_punctuation(text, tokens[j - 1], tokens[j])):
        return None
    return j + 1 if _one_district_cue(tokens[j]) and _cue_of(tokens[j])[0] == "district" else None


def _fold_glosses(text: str, found: list[Mention]) -> list[Mention]:
    """"منطقة كرفاتشار (كلباجار)": a name in brackets right after another is its gloss, the
    same place under its other name, not a second event."""
    kept: list[Mention] = []
    for mention in found:
        before = kept[-1] if kept else None
        if before is not None and before.role == mention.role == "event" and mention.kind == before.kind == "place" \
                and _in_brackets_after(text, before, mention):
            before.gloss = mention
            continue
        kept.append(mention)
    return kept


def _in_brackets_after(text: str, before: Mention, mention: Mention) -> bool:
    """"ستيباناكيرت (خانكندي)", "(أو خانكندي)", "(خانكندي بحسب التسمية الأذربيجانية)": the bracket
    opens right before the name, maybe with "أو", and closes after it or after a few words on
    whose name it is (no list, no second bracket)."""
    opening = text[before.end : mention.start].split()
    if opening not in (["("], ["(", "أو"], ["(أو"], ["(", "او"], ["(او"]):
        return False
    close = text.find(")", mention.end, mention.end + GLOSS_TAIL_CHARS)
    tail = text[mention.end : close]
    return close >= 0 and (not tail or tail[0].isspace()) and "(" not in tail and "،" not in tail \
        and "," not in tail and len(tail.split()) <= GLOSS_TAIL_WORDS  # not "(جبرائيل-فضولي)": one name


# ---------------------------------------------------------------- cue groups


def _cue_of(token: Token) -> tuple[str, str] | None:
    return _cue_of_word(token.norm)


@lru_cache(maxsize=1 << 16)
def _cue_of_word(word: str) -> tuple[str, str] | None:
    """(kind, cue word) if the word is a cue behind its clitics: asked of every word several times."""
    for stem, _ in strip_clitics(word):
        if stem in CUES:
            return CUES[stem], stem
    return None


def is_plural_cue(word: str) -> bool:
    """"قرى", "بلدات", "مناطق", behind a clitic or the article: a group of places is named."""
    cue = _cue_of_word(word)
    return cue is not None and cue[1] in PLURAL_CUES


_WORDS = re.compile(r"\w+")


def points_back_to_a_group(sentence_norm: str) -> bool:
    """"وأوضحت أن بين هذه القرى: X، Y", "وتضم هذه المناطق X وY", "وهذه القرى هي X وY": a
    demonstrative before a plural cue, with a colon or a list's opener after it or a word of
    listing before it, lists places an earlier sentence told of ("سيطرت القوات على قرى عدة في
    قبادلي"); so does "وتضم القائمة" the list an earlier sentence published ("نشرت الوزارة
    قائمة بالقرى التي حررها الجيش")."""
    words = [(m.group(0), m.end()) for m in _WORDS.finditer(sentence_norm)]
    for k in range(len(words) - 1):
        before = words[k - 1][0] if k else ""
        (word, _), (after, end) = words[k], words[k + 1]
        pointer = before.removeprefix("و") in VOCAB.group_pointers
        if word in VOCAB.list_nouns and (
                pointer and _lists_places_next(sentence_norm, words[k][1], after)
                or _reads_with_a_colon(sentence_norm, words, k)):
            return True
        opened = sentence_norm[end : end + 2].lstrip()[:1] == ":" \
            or k + 2 < len(words) and words[k + 2][0] in LIST_OPENERS
        if (pointer or opened) and word.removeprefix("و") in VOCAB.demonstratives and is_plural_cue(after):
            return True
    return False


def _reads_with_a_colon(sentence_norm: str, words: list[tuple[str, int]], k: int) -> bool:
    """"وجاء في القائمة: قرى X وY": what the list reads, a colon after it, are its places."""
    return k >= 2 and words[k - 1][0] == "في" and words[k - 2][0].removeprefix("و") in VOCAB.citing_verbs \
        and sentence_norm[words[k][1] : words[k][1] + 2].lstrip()[:1] == ":"


def _lists_places_next(sentence_norm: str, noun_end: int, after: str) -> bool:
    """"وتضم القائمة: X", "وتضم القائمة قرى X وY", "وتضم القائمة في منطقة D: X": the list's
    places come next; not "وتضم القائمة جنودا من قرى X" (a list of the dead, not of places)."""
    return sentence_norm[noun_end : noun_end + 2].lstrip()[:1] == ":" or after == "في" or is_plural_cue(after)


def _vicinity_of(tokens: list[Token], i: int) -> tuple[str, str] | None:
    """"في محيط تاغافارد": the surroundings name the place after them, as "قرية" does; before
    another cue ("في محيط مدينة شوشي") that one speaks."""
    if i + 1 >= len(tokens) or _cue_of(tokens[i + 1]):
        return None
    for stem, _ in strip_clitics(tokens[i].norm):
        if stem in VICINITY:
            return "village", stem
    return None


def _gap(text: str, a: Token, b: Token) -> str:
    return text[a.end : b.start]


def _is_stop(token: Token) -> bool:
    word = token.norm
    if word in STOPWORDS or any(c.isdigit() for c in word) or not script_of(word) == "arabic":
        return True
    if _has_article(token) and word not in NAME_PARTS or _preposition_with_article(word):
        return True
    if word in QUALIFIER_WORDS or _cue_of(token):
        return True
    return _is_nisba(word)


def _preposition_with_article(word: str) -> bool:
    """"بالصواريخ", "بالقصف": a preposition joined to the article before a stopword or an event
    word goes on with no name ("شوشي وكرمير بازار بالصواريخ،"). Only those: كالبجار, بالتالي and
    Bala- names begin so too."""
    for prefix in ("بال", "لل"):
        rest = word.removeprefix(prefix)
        if rest != word and (rest in STOPWORDS or is_event_word(rest)):
            return True
    return False


def _has_article(token: Token) -> bool:
    """Whether the word opens with the article. "آلمالي", "أليكاسيملي": a hamza or madda on the alef
    writes a name's Ə or A before its l (Almalı, Əlikasımlı), never the article."""
    return token.norm.startswith("ال") and not token.text.startswith(("أل", "إل", "آل"))


def _is_nisba(word: str) -> bool:
    """A nisba adjective (سكنية، جبلية، الإستراتيجية): it describes the place, it names none."""
    return len(word) > 4 and word.endswith("يه")


def _cue_groups(text, tokens, gaz, tables, used, group_ids, counted_in: list[Mention]) -> list[Mention]:
    """The places cue words name, alone or listed, with the districts that locate them; a list
    pointing back to the settlements the sentence before counted lies in ``counted_in``."""
    mentions: list[Mention] = []
    i = 0
    while i < len(tokens):
        cue = _cue_of(tokens[i]) or _vicinity_of(tokens, i)
        pointing_back = cue is None and i not in used and (cue := _opener_pointing_back(text, tokens, i)) is not None
        if cue is None or i in used or _refers_back(tokens[i], cue[1]):
            i += 1
            continue
        kind, word = cue
        used.add(i)
        j, of_districts = _past_nested_cues(text, tokens, i + 1, kind, word, used)
        plural = word in PLURAL_CUES or _counted(tokens, i)
        group = next(group_ids)
        heading: list[Mention] = []
        pointing_to_counted = False
        list_from = j
        if plural:  # "قرى في منطقة فضولي، هي: X"، "القرى التالية في محافظة جبرائيل: X": the district, the list
            heading, j = _district_before_list(text, tokens, j, gaz, tables, used, group)
            if not heading:
                cue_end = j
                j = _where_the_list_starts(text, tokens, j, used)
                heading, j = _district_before_list(text, tokens, j, gaz, tables, used, group)
                pointing_to_counted = not heading and j > cue_end and _points_back(tokens, i)
        located_by = heading or (counted_in if pointing_to_counted else [])  # the districts locating the items
        item_start = j
        items, j = _list_items(text, tokens, j, gaz, tables, used, settlements=kind in ("village", "city"))
        if heading and len(items) < 2 and _after_a_pronoun(text, tokens, item_start):
            used.difference_update(range(list_from, j))  # "، وهي خطوة مهمة": a clause of its own, no list
            i += 1
            continue
        mentions.extend(heading)
        if not items:
            i = j if j > i else i + 1
            continue
        if of_districts and not heading and (of_districts == "many" or len(items) == 1):
            kind = "district"  # "قصف قرى منطقة أغجابادي": villages unnamed, the district's event
        if not plural:
            _one_name_after_a_singular_cue(tokens, items, item_start, kind, gaz, tables, used)
        listed = _Listed(kind, group, located_by, strongly=plural and word not in WEAK_CUES and not pointing_back,
                         located_after=word not in WEAK_CUES)
        found, j = _group_mentions(text, tokens, j, items, listed, gaz, tables, used)
        mentions.extend(found)
        i = max(j, i + 1)
    return mentions


def _after_a_pronoun(text: str, tokens: list[Token], start: int) -> bool:
    """"قرى عدة في منطقة جبرائيل، وهي خطوة مهمة": after the district, a pronoun with no colon after
    it may begin a clause of its own; one item after it is no list of the villages counted."""
    return 0 < start < len(tokens) and tokens[start - 1].norm in VOCAB.pronoun_openers \
        and ":" not in _gap(text, tokens[start - 1], tokens[start])


def _past_settlement_adjectives(tokens: list[Token], j: int) -> int:
    """Past the words of how many or which settlements ("قرى جديدة في زنغيلان"، "عدة قرى أخرى")."""
    while j < len(tokens) and tokens[j].norm in SETTLEMENT_ADJECTIVES:
        j += 1
    return j


def _points_back(tokens: list[Token], i: int) -> bool:
    """"والقرى المحررة هي: X، Y", "وهذه القرى هي": a plural cue with the article or after a
    demonstrative, opening a list, names again the settlements an earlier sentence counted."""
    word = tokens[i].norm.removeprefix("و")
    return word.startswith("ال") or i > 0 and tokens[i - 1].norm.removeprefix("و") in VOCAB.demonstratives


def _districts_counted_in(text, tokens, gaz, tables) -> list[Mention]:
    """"حرر الجيش تسع قرى في منطقة جبرائيل": the districts a sentence counts settlements in, as
    qualifiers for the list the next sentence may give of them ("والقرى المحررة هي: X، Y")."""
    for i, token in enumerate(tokens):
        cue = _cue_of(token)
        if cue is None or cue[0] not in ("village", "city") or not (cue[1] in PLURAL_CUES or _counted(tokens, i)):
            continue
        trial: set[int] = set()
        j, _ = _past_nested_cues(text, tokens, i + 1, *cue, trial)
        start = _locator(tokens, _past_settlement_adjectives(tokens, j), gaz, tables, trial, text)
        if start is not None:
            names, _ = _district_names(text, tokens, start, gaz, tables, trial)
            return [_mention(text, name, "cue", "district", None, "qualifier") for name in names]
    return []


def _past_nested_cues(text, tokens, j: int, kind: str, word: str, used) -> tuple[int, str]:
    """Nested cues keep the outer kind ("محور مدينة X", "عاصمة الإقليم X"). Returns where the
    names begin and whose settlements they are: "one" district ("قرى منطقة X"), "many" ("قرى
    منطقتي X وY") or ""."""
    of_districts = ""
    while j < len(tokens) and _cue_of(tokens[j]) and _gap(text, tokens[j - 1], tokens[j]).strip() == "":
        of_districts = of_districts or _districts_the_settlements_are_of(kind, word, tokens[j])
        used.add(j)
        j += 1
    return j, of_districts


def _where_the_list_starts(text, tokens, j: int, used) -> int:
    """Where a plural cue's list begins: after هي ("قرى تحررت أيضا هي X، Y"), or after the word of
    which villages, maybe with a colon ("وشملت القرى المحررة X، وY", "القرى المحررة أيضا: X")."""
    opener = _list_opener(text, tokens, j)
    if opener is not None:
        used.update(range(j, opener))
        return opener
    if j + 1 < len(tokens) and tokens[j].norm in VOCAB.list_adjectives:
        after = _gap(text, tokens[j], tokens[j + 1]).strip()
        also = not after and j + 2 < len(tokens) and tokens[j + 1].norm in VOCAB.locator_adverbs
        if not after or after == ":" or also and _gap(text, tokens[j + 1], tokens[j + 2]).strip() == ":":
            used.update(range(j, j + 1 + also))  # "القرى المحررة أيضا: 1- X 2- Y"
            return j + 1 + also
    return j


def _one_name_after_a_singular_cue(tokens, items, item_start: int, kind: str, gaz, tables, used) -> None:
    """An axis runs between two places ("محور ماتاجيس تاليش"); after any other singular cue the name
    is the best prefix of the words ("مدينة ستيباناكيرت بصواريخ"), the words past it free for a name
    of their own ("عاصمة آرتساخ ستيباناكيرت (خانكندي)"). Rewrites ``items`` in place."""
    first, closed = items[0]
    if kind == "axis" and len(first) == 2:
        items[0:1] = [([first[0]], "conjunction"), ([first[1]], closed)]
    elif len(first) > 1 and closed != "qualifier":
        n = _best_prefix(first, gaz, tables)
        items[0] = (first[:n], closed)
        if item_start < len(tokens) and tokens[item_start] is first[0]:
            used.difference_update(range(item_start + n, item_start + len(first)))


@dataclass(frozen=True, slots=True)
class _Listed:
    """How a cue's list is read: its kind and group, the district heading it, whether its items
    are surely places, and whether a district located after it may still follow."""

    kind: str
    group: int
    heading: list[Mention]
    strongly: bool
    located_after: bool


def _group_mentions(text, tokens, j: int, items, listed: _Listed, gaz, tables, used) -> tuple[list[Mention], int]:
    """A mention for each item, the qualifiers after an item ("X وY، التابعتين لمدينة Z") with the
    list going on past them, and the districts located after the list. Returns them and where
    the reading stopped."""
    mentions: list[Mention] = []
    pending: list[Mention] = []
    for item_tokens, closed in items:
        mention = _mention(text, item_tokens, "cue", listed.kind, listed.group)
        mention.qualifiers.extend(listed.heading)
        # an open last item ("، واصفا ذلك") may be the sentence going on, not a place; the villages
        # pointed back to from afar must each be a convincing name: "، بينها مواقع"
        last_open = closed == "stop" and len(items) > 1
        mention.strong = listed.strongly and not last_open or closed == "qualifier"
        pending.append(mention)
        mentions.append(mention)
        if closed == "qualifier":
            quals, j = _qualifier(text, tokens, j, used, listed.group)
            mentions.extend(_attach(pending, quals))
            pending = []
            more, j = _continue_list(text, tokens, j, gaz, tables, used)
            items.extend(more)
    if pending and listed.located_after:
        located, j = _located_groups(text, tokens, j, gaz, tables, used, pending, listed.kind, listed.group)
        mentions.extend(located)
    return mentions, j


def _districts_the_settlements_are_of(kind: str, word: str, nested: Token) -> str:
    """"قرى منطقة X", "بلدات محافظة X", "قرى منطقتي X وY": settlements of districts, a district's
    cue right after the plural: "one" district follows, or "many" (a plural cue); "" if none."""
    nested_cue = _cue_of(nested)
    if word not in PLURAL_CUES or kind not in ("village", "city") or nested_cue is None or nested_cue[0] != "district":
        return ""
    return "many" if nested_cue[1] in PLURAL_CUES else "one"


def _opener_pointing_back(text: str, tokens: list[Token], i: int) -> tuple[str, str] | None:
    """"قرى عدة في منطقة قوبادلي باتت تحت السيطرة، بينها X وY": past a comma, a list opener whose
    pronoun points back to the settlements counted earlier in the sentence opens their list. The
    kind and word of that plural cue, else None."""
    opener = tokens[i].norm
    at = i - 1 if opener in ("بينها", "بينهم") and i and tokens[i - 1].norm in ("من", "ومن") else i
    if opener not in LIST_OPENERS or not at or not _is_comma(_gap(text, tokens[at - 1], tokens[at]).strip()):
        return None
    for token in reversed(tokens[:at]):
        cue = _cue_of(token)
        if cue is not None and cue[1] in PLURAL_CUES and cue[0] in ("village", "city"):
            return cue
    return None


def _refers_back(token: Token, word: str) -> bool:
    """"مستشفى الولادة في المدينة تضرر": a singular cue with the article is the town the text
    already named, and the word after it no name ("مدينة X" names one). Not العاصمة, which
    stands before its city's name ("العاصمة ستيباناكيرت")."""
    if word in PLURAL_CUES or word in VOCAB.appositive_cues or not token.norm.endswith(word):
        return False
    return token.norm[: -len(word)].endswith(("ال", "لل"))


def _district_before_list(text, tokens, j, gaz, tables, used, group) -> tuple[list[Mention], int]:
    """"القرى التالية في محافظة جبرائيل: X، Y", "القرى المحررة في محافظة جبرائيل هي: X", "قرى
    قوبادلي: X": the district named between a plural cue and the colon opening its list locates
    the items; the list begins after the colon."""
    k = _past_settlement_adjectives(tokens, j + 1 if j < len(tokens) and tokens[j].norm in VOCAB.list_adjectives else j)
    if k < len(tokens) and tokens[k].norm[:1] in ("ف", "ب"):
        start = _locator(tokens, k, gaz, tables, set(used))
    elif k < len(tokens) and _names_district(tokens[k].norm, gaz, tables):
        start = k  # "قرى قوبادلي: X، Y": the villages of the district, listed after the colon
    else:
        start = None
    if start is None or start > k + 2:
        return [], j
    several = _districts_before_list(text, tokens, j, start, gaz, tables, used, group)
    if several is not None:
        return several
    end = _colon_after_name(text, tokens, start)
    if end is not None:
        name_end = end - 1 if end - 1 > start and tokens[end - 1].norm in LIST_OPENERS else end
    else:
        name_end, end = _opener_after_name(text, tokens, start) or (None, None)
    if end is None:
        return [], j
    if end < len(tokens) and (_cue_of(tokens[end]) or ("", ""))[0] in ("village", "city"):
        end += 1  # "21 قرية في منطقة قوبادلي، منها: قرى X وY": the list's own cue word
    used.update(range(j, end))
    return [_mention(text, tokens[start:name_end], "cue", "district", group, "qualifier")], end


def _districts_before_list(text, tokens, j, start, gaz, tables, used, group) -> tuple[list[Mention], int] | None:
    """"ست قرى في منطقتي فضولي وجبرائيل، هي: X، Y": several districts between a plural cue and the
    list, closed by a colon or by a comma and a list's opener: each locates the items. None for
    one district (read by the caller) or no list after them."""
    trial = set(used)
    names, after = _district_names(text, tokens, start, gaz, tables, trial)
    if len(names) < 2 or after >= len(tokens):
        return None
    gap = _gap(text, tokens[after - 1], tokens[after]).strip()
    if ":" in gap:
        end = after
    elif _is_comma(gap) and tokens[after].norm in LIST_OPENERS and after + 1 < len(tokens):
        end = after + 1
    else:
        return None
    used.update(range(j, end))
    return [_mention(text, name, "cue", "district", group, "qualifier") for name in names], end


def _opener_after_name(text: str, tokens: list[Token], start: int) -> tuple[int, int] | None:
    """"21 قرية في منطقة قوبادلي، منها: X، Y", "، من بينها X وY": a district's name closed by a
    comma and a word opening the list of some of the villages counted. (Where the name ends,
    where the list begins), else None. One district only: "في مناطق X وY، منها" names several."""
    for end in range(start + 1, min(start + 1 + MAX_NAME_TOKENS, len(tokens))):
        gap = _gap(text, tokens[end - 1], tokens[end]).strip()
        if not gap:
            if tokens[end].norm in LIST_OPENERS and end + 1 < len(tokens):
                return end, end + 1  # "القرى المحررة في منطقة زنغيلان هي X، Y": no comma before هي
            if _is_conjunction(tokens[end]) or tokens[end].norm.startswith("و"):
                return None
            continue
        if not _is_comma(gap):
            return None
        k = end + 1 if tokens[end].norm == "من" and end + 1 < len(tokens) else end
        return (end, k + 1) if tokens[k].norm in LIST_OPENERS and k + 1 < len(tokens) else None
    return None


def _located_groups(text, tokens, j, gaz, tables, used, pending, kind, group) -> tuple[list[Mention], int]:
    """The district named a few words after a list's items ("قرى X وY في محافظة D"), and the
    further groups the list goes on with, each closed by its own district: "، وZ وW في محافظة
    E". A group with no district after it is no part of the list ("، وقال ...")."""
    found: list[Mention] = []
    while pending:
        locator = _locator(tokens, j, gaz, tables, used, text)
        if locator is None:
            break
        quals_items, j = _district_names(text, tokens, locator, gaz, tables, used)
        quals = [_mention(text, t, "cue", "district", group, "qualifier") for t in quals_items]
        found.extend(_attach(pending, quals))
        pending, j = _next_located_group(text, tokens, j, gaz, tables, used, kind, group)
        found.extend(pending)
    return found, j


def _district_names(text, tokens, start, gaz, tables, used) -> tuple[list[list[Token]], int]:
    """The districts a locator names: a list after "في محافظتي", one name after "في محافظة" or a
    bare "في": "في محافظة D، وZ وW في ..." goes on with the villages, not with districts; unless
    every name is a district's ("قرى X وY في جبرائيل وزنغيلان")."""
    items, j = _list_items(text, tokens, start, gaz, tables, used, after_cue=False)
    names = [item for item, _ in items]
    cue = _cue_of(tokens[start - 1]) if start else None
    if len(names) > 1 and (cue is None or cue[1] not in PLURAL_CUES) \
            and not all(len(name) == 1 and _names_district(name[0].norm, gaz, tables) for name in names):
        names, end = names[:1], start + len(names[0])
        used.difference_update(range(end, j))
        j = end
    return names, j


def _next_located_group(text, tokens, j, gaz, tables, used, kind, group) -> tuple[list[Mention], int]:
    """"، وZ وW في محافظة E" after a located group (and an adverb, "في محافظة D أيضا، وZ"): its
    items, when a district closes them."""
    trial = set(used)
    while j < len(tokens) and tokens[j].norm in VOCAB.locator_adverbs:
        trial.add(j)
        j += 1
    items, k = _continue_list(text, tokens, j, gaz, tables, trial)
    if not items or items[-1][1] == "qualifier" or _locator(tokens, k, gaz, tables, set(trial), text) is None:
        return [], j
    used |= trial
    return [_mention(text, item, "cue", kind, group) for item, _ in items], k


def _counted(tokens: list[Token], i: int) -> bool:
    """"21 قرية", "خمس عشرة قرية": a singular cue after a number names many places; so does "و13
    قرية", the conjunction written onto the number."""
    before = tokens[i - 1].norm if i > 0 else ""
    number = before[1:] if before[:1] == "و" else before
    return number.isdigit() or number in VOCAB.counting_words


def _qualified_lists(text, tokens, gaz, tables, used, group_ids) -> list[Mention]:
    """"تحرير X وY وZ التابعة لمنطقة D": a list with no cue word, closed by a qualifier that
    names a district. Two items or more are places by the grammar; one must convince the
    gazetteer (a weak mention)."""
    mentions: list[Mention] = []
    for k, token in enumerate(tokens):
        if k in used or token.norm not in QUALIFIER_WORDS or not _locates_a_district(tokens, k, gaz, tables):
            continue
        start, items = _items_before(text, tokens, k, used)
        if not items:
            continue
        group = next(group_ids)
        pending = [_mention(text, item, "cue", "village", group) for item in items]
        for mention in pending:
            mention.strong = len(items) > 1
        used.update(range(start, k))
        quals, _ = _qualifier(text, tokens, k, used, group)
        mentions.extend(pending)
        mentions.extend(_attach(pending, quals))
    return mentions


def _event_lists(text, sentence, tokens, gaz, tables, used, group_ids) -> list[Mention]:
    """"أعلن تحرير X، وY، وZ": names listed right after an event word, with no cue word. Each
    item is weak: it stays a place only if the gazetteer knows it closely (geo.locate), so a
    list of ordinary words ("قتل جنود ومدنيون") names nothing."""
    mentions: list[Mention] = []
    starts = [t.start for t in tokens]
    for k, after in _after_event_phrases(sentence, tokens):
        if k in used:
            continue
        j = after  # past the subject and an adverb: "حرر الجيش الأذربيجاني أيضا X وY", "قصف أرميني"
        while j < min(after + SUBJECT_WORDS, len(tokens)) and _before_a_list(tokens[j].norm):
            j += 1
        if j + 1 < len(tokens) and tokens[j].norm in ("كلا", "كل") and tokens[j + 1].norm == "من":
            j += 2  # "حرر الجيش كلا من X وY": each of
        items, end = _list_items(text, tokens, j, gaz, tables, set(), after_cue=False) if j < len(tokens) else ([], j)
        if used.intersection(range(j, end)):
            continue  # another route has read these words
        names = [item for item, _ in items if not rules.spelling().looks_common(item[0].norm)]
        # a list of names puts و before its last item ("X، Y، وZ"); "دمار واسع، سارعت" is none
        joined = len(items) > 1 and "و" in text[items[-2][0][-1].end : items[-1][0][0].start]
        if len(names) < 2 or len(names) < len(items) or items[-1][1] == "qualifier" or not joined:
            continue
        group = next(group_ids)
        for item in names:
            if any(_lookup(text, item[:n], gaz, tables) is not None for n in range(len(item), 0, -1)) \
                    or _known_after_other_words(text, item, gaz, tables):
                continue  # a name the look-ups know as written: theirs to place, as without the list
            mention = _mention(text, item, "list", "", group)
            mention.strong = False
            mentions.append(mention)
            first = bisect_right(starts, item[0].start) - 1  # its token, و and all
            used.update(range(first, first + len(item)))
    return mentions


def _after_event_phrases(sentence: Sentence, tokens: list[Token]) -> Iterator[tuple[int, int]]:
    """(the token an event phrase begins at, the token after it) for each of the sentence's."""
    ends = event_phrase_ends(sentence.norm)
    starts = [sentence.norm_index(t.start) for t in tokens]
    for k, start in enumerate(starts):
        end = ends.get(start)
        if end is not None:
            yield k, bisect_left(starts, end, k + 1)


def _before_a_list(word: str) -> bool:
    """Between an event word and the names it lists: the subject (with its article), an adverb,
    a nationality ("قصف أرميني")."""
    return word in EVENT_LIST_SKIPS or word.startswith("ال") or word in VOCAB.countries


def _known_after_other_words(text, item: list[Token], gaz: Gazetteer, tables: Tables) -> bool:
    """"قصف أرميني يطال كنجة": a known name ending the item after words no name begins with (a
    verb, not يوخاري): the words before are the sentence, the name the look-ups' to place."""
    return item[0].norm not in NAME_PARTS and any(
        _lookup(text, item[s:], gaz, tables) is not None for s in range(1, len(item)))


def _locates_a_district(tokens: list[Token], k: int, gaz: Gazetteer, tables: Tables) -> bool:
    """"التابعة لمنطقة", "التابعة لجبرائيل", "الواقعة في محافظة": a district follows the qualifier."""
    words = [t.norm for t in tokens[k + 1 : k + 3]]
    if words and words[0] == "في":
        words = words[1:]
    elif words and words[0][:1] in "لب":
        words = [words[0][1:]]
    if not words:
        return False
    return CUES.get(words[0]) in ("district", "city") or _names_district(words[0], gaz, tables)


def _items_before(text, tokens: list[Token], k: int, used: set[int]) -> tuple[int, list[list[Token]]]:
    """Where the list before token k starts, and its items, when it begins after an event word
    or "كل من": "تحرير X وY وZ", "كلا من X، وY". No items when the words before are no list."""
    start = k
    while start > 0 and _may_be_listed(text, tokens, start - 1, used) and k - start <= 3 * MAX_NAME_TOKENS:
        start -= 1
    if start == k or not _list_begins(tokens, start):
        return k, []
    items: list[list[Token]] = []
    for j in range(start, k):
        gap = _punctuation(text, tokens[j - 1], tokens[j]) if j > start else ""
        if not items or _is_comma(gap) or _is_conjunction(tokens[j]):
            items.append([_drop_waw(tokens[j]) if items and _is_conjunction(tokens[j]) else tokens[j]])
        else:
            items[-1].append(tokens[j])
    return start, [] if any(_name_length(item) > MAX_NAME_TOKENS for item in items) else items


def _may_be_listed(text, tokens: list[Token], j: int, used: set[int]) -> bool:
    token = tokens[j]
    if j in used or _is_stop(token) or is_event_word(token.norm) or VOCAB.is_surname(token.norm):
        return False
    after = _punctuation(text, token, tokens[j + 1]) if j + 1 < len(tokens) else ""
    return after in ("", ",", "،")


def _list_begins(tokens: list[Token], start: int) -> bool:
    """Right after an event word or "كل من" (a list after a cue word is the cue's)."""
    before = tokens[start - 1].norm if start else ""
    return is_event_word(before) or (before == "من" and start > 1 and tokens[start - 2].norm in ("كل", "كلا"))


def _list_opener(text: str, tokens: list[Token], j: int) -> int | None:
    """Where a list begins after "قرى تحررت أيضا هي", "القرى التالية:", "كل من": else None. Past
    a comma, an opener before a cue word opens that cue's list: "في محافظتي X وY، من بينها قرى Z"
    names X and Y ("21 قرية في X، من بينها Y وZ" lists Y and Z as the villages)."""
    past_comma = False
    for k in range(j, min(j + 4, len(tokens))):
        past_comma = past_comma or k > j and _gap(text, tokens[k - 1], tokens[k]).strip(" \t\n\"'«»“”") in ("،", ",")
        if past_comma and tokens[k].norm in LIST_OPENERS and k + 1 < len(tokens) and _cue_of(tokens[k + 1]):
            return None
        if tokens[k].norm in LIST_OPENERS:
            return k + 1
        if tokens[k].norm == "كل" and k + 1 < len(tokens) and tokens[k + 1].norm == "من":
            return k + 2
    return None


def _locator(tokens: list[Token], j: int, gaz: Gazetteer, tables: Tables, used: set[int], text: str = "") -> int | None:
    """Where the district of a just-read list is named, a few words on: "في محافظتي X وY",
    "في X", "بمنطقة X", "من منطقة X" right after it, "والعديد من التلال بمدينة X", or in
    brackets right after it ("(منطقة X)", "(X)"; needs ``text``). Returns the index of its first name."""
    bracketed = _bracketed_district(text, tokens, j, gaz, tables) if text else None
    if bracketed is not None:
        used.update(range(j, bracketed))
        return bracketed
    if j < len(tokens) and _district_after_bi(tokens[j], gaz, tables):
        return j  # "وقرى X وY بفضولي": the preposition written onto the district's bare name
    for k in range(j, min(j + LOCATOR_REACH, len(tokens) - 1)):
        word = tokens[k]
        if word.norm in VOCAB.locator_breaks:
            return None
        if _cue_of(word) and _cue_of(word)[0] in ("village", "axis", "front"):
            return None  # another list begins: "مدينة ترتر وقرى في منطقة آغدام"
        from_right_after = word.norm == "من" and k == j  # "وبابايلي من منطقة X", a district only
        cue = _cue_of(tokens[k + 1]) if word.norm == "في" or from_right_after else None
        if cue and (cue[0] == "district" or cue[0] == "city" and not from_right_after) \
                and _locating_cue(cue[1], tokens, k + 2, gaz, tables):
            start = k + 2
        elif word.norm == "في" and k == j and _names_district(tokens[k + 1].norm, gaz, tables):
            start = k + 1  # a bare district name only right after the list: "قرى X وY في جبرائيل"
        elif word.norm[:1] == "ب" and CUES.get(word.norm[1:]) in ("district", "city") \
                and _locating_cue(word.norm[1:], tokens, k + 1, gaz, tables):
            start = k + 1
        else:
            continue
        if start < len(tokens):
            used.update(range(k, start))
            return start
    return None


def _bracketed_district(text: str, tokens: list[Token], j: int, gaz: Gazetteer, tables: Tables) -> int | None:
    """"قرى X وY (منطقة فضولي)، وقرى Z (جبرائيل)": a district in the bracket opened right before
    token j, with its cue word or alone, says where the items before it lie. The index of its
    name, else None (a bracket holding the item's other spelling is a gloss)."""
    if not 0 < j < len(tokens) or "(" not in _punctuation(text, tokens[j - 1], tokens[j]):
        return None
    cue = _cue_of(tokens[j])
    name = j + 1 if cue and cue[0] in ("district", "city") else j
    if name >= len(tokens) or ")" not in text[tokens[name].end : tokens[name].end + 2] \
            or not _names_district(tokens[name].norm, gaz, tables):
        return None
    return name


def _locating_cue(cue: str, tokens: list[Token], name: int, gaz: Gazetteer, tables: Tables) -> bool:
    """Whether "في <cue> <name>" locates a list: a district or city cue does; a region cue
    ("بإقليم قره باغ") only before a district's name: Armenia's provinces are إقليم too
    ("فاردينيس في إقليم غيغاركونيك")."""
    return cue not in REGION_CUES or name < len(tokens) and _names_district(tokens[name].norm, gaz, tables)


def _attach(pending: list[Mention], quals: list[Mention]) -> list[Mention]:
    """Qualifiers apply to the list items before them; a qualified item is surely a place."""
    for mention in pending:
        mention.qualifiers.extend(quals)
        mention.strong = mention.strong or bool(quals)
    return quals


def _list_items(
    text, tokens, j, gaz, tables, used, after_cue: bool = True, settlements: bool = False
) -> tuple[list[tuple[list[Token], str]], int]:
    """Items of a list starting at token j: ([tokens], how the item ended), next index. A list of
    ``settlements`` stops before a district in brackets ("X وY (منطقة جبرائيل)"), which locates
    them; after a district ("لمنطقة كرفاتشار (كلباجار)") the bracket holds its other name."""
    items: list[tuple[list[Token], str]] = []
    if after_cue and 0 < j < len(tokens) and _cue_names_nothing_here(text, tokens, j):
        return items, j
    while j < len(tokens):
        j = _past_enumerators(text, tokens, j, used)
        first, j = _item_opening(text, tokens, j, bool(items), used)
        if items and (is_event_word(first.norm) or first.norm in LIST_CLOSERS):
            break  # "منطقة أغدام، ودمر منظومة": another deed; "X وY وغيرها": and others, no name
        if rules.spelling().looks_like_present_verb(first.norm) and not _recorded_as_written(first.norm, gaz):
            break  # "القرى المحررة تتوزع على"، "، لتتوالى": the sentence goes on
        quoted = _quoted_item(text, tokens, j)
        whole = quoted or _item_before_separator(text, [*tokens[:j], first, *tokens[j + 1 :]], j, gaz, tables)
        if whole:
            item = whole
            used.update(range(j, j + len(item)))
            j += len(item)
            closed = _how_it_closed(text, tokens, j) if quoted else \
                "separator" if j >= len(tokens) or _punctuation(text, tokens[j - 1], tokens[j]) else "conjunction"
        elif _is_stop(first) and first.norm not in NAME_PARTS \
                and not _given_name_begins(text, tokens, j, first, gaz, tables) \
                and not _other_half(first, items):
            break
        else:
            item, closed, j = _open_item(text, tokens, j, first, gaz, tables, used)
        items.append((item, closed))
        if closed in ("stop", "end", "qualifier"):
            break
        if closed == "separator":
            j, goes_on = _past_separator(text, tokens, j, items, settlements, gaz, tables)
            if not goes_on:
                break
    return items, j


def _quoted_item(text, tokens, j: int) -> list[Token] | None:
    """The words between quotation marks opened right before token j ("قرى "يوخاري علي بيلي"
    و"ميرزا حسنلي""): the marks, not the dictionary, say where the name ends, so a word inside
    that reads as a preposition ("علي" as على) or a person's name ends nothing."""
    opened = text[tokens[j - 1].end if j else 0 : tokens[j].start]
    if not opened.rstrip().endswith(OPENING_QUOTES) or _is_conjunction(tokens[j]):
        return None  # ""وهندلي"": a conjunction inside the marks is read as outside them
    if _is_stop(tokens[j]) and tokens[j].norm not in NAME_PARTS and strip_marks(tokens[j].text) not in GIVEN_NAMES:
        return None  # 'قرى "عديدة"', 'قرى "أخرى"': a word, quoted, is still no name
    for k in range(j, min(j + MAX_NAME_TOKENS + 1, len(tokens))):
        word = tokens[k]
        if any(c.isdigit() for c in word.norm) or _cue_of(word) or word.norm in QUALIFIER_WORDS:
            return None
        after = text[word.end : tokens[k + 1].start] if k + 1 < len(tokens) else text[word.end :]
        if after.lstrip().startswith(CLOSING_QUOTES):
            return list(tokens[j : k + 1])
        if after.strip():
            return None  # punctuation inside: a quotation, not a name
    return None


def _how_it_closed(text, tokens, j: int) -> str:
    """How an item whose last word is token j - 1 closed, read from what follows it."""
    if j >= len(tokens):
        return "end"
    if _punctuation(text, tokens[j - 1], tokens[j]) or _enumerator(text, tokens, j):
        return "separator"
    if tokens[j].norm in QUALIFIER_WORDS:
        return "qualifier"
    return "conjunction" if _is_conjunction(tokens[j]) else "stop"


def _other_half(first: Token, items) -> bool:
    """"كورد محمودلو السفلى والعليا": the upper village after the lower, their name written once."""
    return first.norm in TRAILING_PARTS and bool(items) and items[-1][0][-1].norm in TRAILING_PARTS


def _cue_names_nothing_here(text, tokens, j: int) -> bool:
    """"قرية، فضلا" or "بلدات وقرابة": punctuation or a conjunction right after the cue (an
    enumerator, or a bracket holding a list, aside)."""
    gap = _punctuation(text, tokens[j - 1], tokens[j]).strip(LIST_INTRODUCERS)
    if _enumerator(text, tokens, j) or gap == "(" and _bracketed_list(text, tokens[j].start):
        gap = gap.replace("(", "")  # "القرى التالية (1) سيرك", "بلدات (X، Y، Z)"
    return bool(gap or tokens[j].norm.startswith("و"))


def _past_enumerators(text, tokens, j: int, used) -> int:
    """Past the numbers of an inline list: "1- سيرك، 2- تالش", "(1) سيرك (2) تالش"."""
    while j + 1 < len(tokens) and _enumerator(text, tokens, j):
        used.add(j)
        j += 1
    return j


def _item_opening(text, tokens, j: int, listing: bool, used) -> tuple[Token, int]:
    """The item's first word, its conjunction off once a list is under way: "وآغ تبه" after a
    comma (a short word's و is the conjunction there too), a free-standing "و" or "أو"."""
    first = tokens[j]
    word = first.norm
    if listing and word.startswith("و") and (len(word) > 3 or len(word) == 3 and _is_comma(
            _punctuation(text, tokens[j - 1], first))):
        return _drop_waw(first), j
    if listing and word in ("او", "و") and j + 1 < len(tokens):
        used.add(j)
        return tokens[j + 1], j + 1
    return first, j


def _past_separator(text, tokens, j: int, items, settlements: bool, gaz, tables) -> tuple[int, bool]:
    """After an item closed by a separator: where the next begins, and whether the list goes on.
    It stops before a district in brackets locating a list of settlements ("X وY (منطقة جبرائيل)"),
    at a sentence's or a bracket's punctuation, and at a qualifier ("X وY، التابعتين لمدينة Z"),
    which then closes the last item; it goes on past an item's spelling in brackets."""
    if settlements and _bracketed_district(text, tokens, j, gaz, tables) is not None:
        return j, False
    j, glossed = _past_gloss(text, tokens, j)
    if j >= len(tokens):
        return j, False
    between = _punctuation(text, tokens[j - 1], tokens[j])
    if _enumerator(text, tokens, j):
        between = between.replace("(", "")
    if glossed:
        between = between.replace(")", "")
        if not between and not tokens[j].norm.startswith("و"):
            return j, False
    if any(c in between for c in ".!?؟:;()"):
        return j, False
    if tokens[j].norm in QUALIFIER_WORDS:
        items[-1] = (items[-1][0], "qualifier")
        return j, False
    return j, True


def _bracketed_list(text: str, start: int) -> bool:
    """"بلدات (كوهنه قشلاق، شاه ولي، حاجي إسماعيللي)": the bracket opened before ``start`` holds
    a list (a comma before it closes), not a gloss."""
    close = text.find(")", start, start + BRACKETED_LIST_CHARS)
    return close > 0 and ("،" in text[start:close] or "," in text[start:close])


def _past_gloss(text, tokens, j) -> tuple[int, bool]:
    """"كارخولو (Karxulu) وشوكوربيلي": past the item's spelling in brackets, the list goes on.
    The index after the bracket and whether there was one."""
    if not 0 < j < len(tokens) or "(" not in _punctuation(text, tokens[j - 1], tokens[j]) \
            or _enumerator(text, tokens, j):
        return j, False
    for k in range(j, min(j + MAX_NAME_TOKENS, len(tokens))):
        after = text[tokens[k].end : tokens[k + 1].start] if k + 1 < len(tokens) else text[tokens[k].end :]
        if "(" in after:
            break
        if ")" in after:
            return k + 1, True
    return j, False


def _open_item(text, tokens, j, first, gaz, tables, used) -> tuple[list[Token], str, int]:
    """An item read word by word until punctuation, a conjunction, a qualifier or a stop word."""
    item = [first]
    used.add(j)
    j += 1
    closed = "end"
    while j < len(tokens):
        gap = _gap(text, tokens[j - 1], tokens[j])
        nxt = tokens[j]
        if _punctuation(text, tokens[j - 1], nxt) or _enumerator(text, tokens, j):
            closed = "separator"
            break
        if nxt.norm in QUALIFIER_WORDS:
            closed = "qualifier"
            break
        if _is_conjunction(nxt):
            closed = "conjunction"
            break
        if _district_after_bi(nxt, gaz, tables):
            closed = "stop"  # "وحسنلي بفضولي": where the items lie, for the locator
            break
        stop = _is_stop(nxt) and nxt.norm not in TRAILING_PARTS and not _joined_by_article(item[-1], nxt) \
            and not _given_name_goes_on(text, tokens, j, item[-1], gaz, tables) \
            and not _table_name_goes_on(item, nxt, tables)
        if gap.strip() or stop or (_name_length(item) == MAX_NAME_TOKENS and nxt.norm not in SPLIT_SUFFIXES):
            closed = "stop"  # a closing quotation mark ends the name
            break
        item.append(nxt)
        used.add(j)
        j += 1
    if closed in ("stop", "end") and len(item) > 1:
        keep = _best_prefix(item, gaz, tables)
        for _ in item[keep:]:
            j -= 1
            used.discard(j)
        item = item[:keep]
    return item, closed, j


def _given_name_begins(text, tokens: list[Token], j: int, first: Token, gaz: Gazetteer, tables: Tables) -> bool:
    """"علي قولو أوشاغي" (Əliqulu Uşağı): the given name, written with ya, begins the list item
    when the word after it goes on with a name and is no place by itself ("علي ترتر" is on Tərtər
    in a text that writes على with ya)."""
    if strip_marks(first.text) not in GIVEN_NAMES or j + 1 >= len(tokens):
        return False
    after = tokens[j + 1]
    if _punctuation(text, first, after) or _is_conjunction(after) or _is_stop(after) and after.norm not in NAME_PARTS:
        return False
    return _exact_lookup((after.norm,), gaz, tables) is None


def _given_name_goes_on(text, tokens: list[Token], j: int, before: Token, gaz: Gazetteer, tables: Tables) -> bool:
    """"يوخاري علي بيلي": after a word that begins a name and never ends one, the given name
    written with ya goes on with it, as it would begin the name."""
    return before.norm in NAME_PARTS and _given_name_begins(text, tokens, j, tokens[j], gaz, tables)


def _table_name_goes_on(item: list[Token], nxt: Token, tables: Tables) -> bool:
    """"محافظة أذربيجان الشرقية": a name of the team's tables goes on past a word with the article."""
    if item[0].norm not in tables.first_words:
        return False  # most words begin no name of several words: no key to make
    key = compact(" ".join(t.norm for t in (*item, nxt)))
    return key in tables.distant or key in tables.region_names


def _begins_a_name(token: Token) -> bool:
    """"يوخاري" (upper), "بيوك" (great), "عبد": words that begin a name and never end one."""
    return token.norm in NAME_PARTS or token.norm in ARTICLE_JOINERS


def _joined_by_article(before: Token, token: Token) -> bool:
    """"عبد الرحمنلي": an Arabic compound, whose article-prefixed word is no stop."""
    return before.norm in ARTICLE_JOINERS and token.norm.startswith("ال")


def _item_before_separator(text, tokens, j, gaz: Gazetteer, tables: Tables) -> list[Token] | None:
    """The words up to the next list separator ("، و" or " و"), when a list surely goes on.

    Inside a list the grammar, not the dictionary, says what a name is: "الشيخ علي أغالي،
    وصاريجالي" holds an article and a preposition-like word and is still one village.
    """
    for k in range(j, len(tokens)):
        n = k - j + 1
        if k + 1 >= len(tokens) or _name_length(tokens[j : k + 1]) > MAX_NAME_TOKENS:
            return None
        word = tokens[k]
        if any(c.isdigit() for c in word.norm) or word.norm in QUALIFIER_WORDS or _cue_of(word):
            return None
        if n > 1 and (_punctuation(text, tokens[k - 1], word) or _is_conjunction(word) or word.norm == "في"
                      or _preposition_with_article(word.norm) or _district_after_bi(word, gaz, tables)):
            return None  # "مهديلي في جبرائيل، وقرى", "X بفضولي، و": a locator, no part of a name; "X بالمدفعية، و"
        nxt = tokens[k + 1]
        if _is_comma(_punctuation(text, word, nxt)) and nxt.norm.startswith("و") and len(nxt.norm) > 3:
            item = tokens[j : k + 1]
            return None if item[0].norm in STOPWORDS or _is_nisba(item[0].norm) or _is_filler(item) else list(item)
    return None


def _name_length(item) -> int:
    """Words of a name, a suffix written apart ("مرجان لي") counted with the word before it."""
    return len(item) - sum(1 for t in item[1:] if t.norm in SPLIT_SUFFIXES)


def _is_filler(item: list[Token]) -> bool:
    """"العديد", "غيرها": words that close a list rather than name a place."""
    return item[0].norm in LIST_CLOSERS or len(item) == 1 and _is_stop(item[0]) and \
        not item[0].norm.startswith("ال")


def _is_conjunction(token: Token) -> bool:
    return token.norm.startswith("و") and len(token.norm) > 3 or token.norm in ("او", "و")


def _is_comma(punctuation: str) -> bool:
    return punctuation in (",", "،")


def _enumerator(text: str, tokens: list[Token], j: int) -> bool:
    """An item's number in an inline list: "1-", "2)", "(3)", "4." before the next word."""
    token = tokens[j]
    if not (token.norm.isdigit() and len(token.norm) <= 2 and j + 1 < len(tokens)):
        return False
    after = text[token.end : tokens[j + 1].start].strip()
    return after[:1] in ("-", "–", ")", ".") or text[max(0, token.start - 1) : token.start] == "(" and after[:1] == ")"


def _punctuation(text: str, a: Token, b: Token) -> str:
    """What separates two tokens, without spaces and quotation marks."""
    gap = _gap(text, a, b)
    if gap == " ":
        return ""
    return "".join(ch for ch in gap if not ch.isspace() and ch not in QUOTES)


def _continue_list(text, tokens, j, gaz, tables, used):
    """After a qualifier, "، وX وY التابعتين لمدينة Z" (or "، و"X" و"Y"") goes on with the
    same list."""
    gap = _punctuation(text, tokens[j - 1], tokens[j]) if 0 < j < len(tokens) else ""
    if not 0 < j < len(tokens) or not (_is_comma(gap.replace(")", "")) or gap.strip() == ")"):
        return [], j  # a bracket closing first: "(منطقة جبرائيل)، وZ (زنغيلان)", "(جبرائيل) وZ (زنغيلان)"
    if tokens[j].norm == "و" and j + 1 < len(tokens) and not _punctuation(text, tokens[j], tokens[j + 1]):
        used.add(j)
        j += 1
        first = tokens[j]
    elif tokens[j].norm.startswith("و") and len(tokens[j].norm) > 3:
        first = _drop_waw(tokens[j])
    else:
        return [], j
    if _is_stop(first) or _cue_of(first):
        return [], j  # "، وقرى Z (جبرائيل)": a group of its own cue
    patched = [*tokens[:j], first, *tokens[j + 1 :]]
    return _list_items(text, patched, j, gaz, tables, used, after_cue=False, settlements=True)


def _qualifier(text, tokens, j, used, group) -> tuple[list[Mention], int]:
    """Parse "التابعة لمدينة X" / "الواقعة باتجاه محور مدينة X" starting at the qualifier word."""
    used.add(j)
    j += 1
    while j < len(tokens) and (
        tokens[j].norm in ("في", "باتجاه", "قرب", "ضمن", "ل") or _cue_of(tokens[j])
    ):
        used.add(j)
        j += 1
    names: list[Mention] = []
    while j < len(tokens) and len(names) < 3:
        token = tokens[j]
        if names:
            gap = _gap(text, tokens[j - 1], token).strip()
            if gap or not token.norm.startswith("و"):
                break
            token = _drop_waw(token)
        if _is_stop(token):
            break
        used.add(j)
        names.append(_mention(text, [token], "cue", "district", group, "qualifier"))
        j += 1
    return names, j


def _district_after_bi(token: Token, gaz: Gazetteer, tables: Tables) -> bool:
    """"بفضولي": the preposition ب written onto a district's bare name, where a list's items lie.
    Only a district's name as _names_district reads it, or its seat's exact one, and with no
    further clitic read off: a village's last word may begin with ب too ("بلباي" is no "ل" + "باي")."""
    if token.norm[:1] != "ب":
        return False
    key = compact(token.norm[1:])
    alias = tables.aliases.get(key)
    return alias in gaz.places and gaz.places[alias].feature_code == "ADM1" and key not in tables.stand_ins \
        or any(score >= 100 and gaz.places[place_id].feature_code == "PPLA"  # the seat's name
               or score >= 95 and gaz.places[place_id].feature_code == "ADM1"
               for place_id, (score, _) in name_scores(gaz, token.norm[1:], limit=10).items())


def _names_district(word: str, gaz: Gazetteer, tables: Tables) -> bool:
    """Whether a bare word after "في" names a district (ADM1): "قرى X وY في جبرائيل", also by a
    name of our aliases ("في إقليم كاشاتاغ", the Artsakh name of Laçın)."""
    for stem, _ in strip_clitics(word):
        key = compact(stem)
        alias = tables.aliases.get(key)
        if alias in gaz.places and gaz.places[alias].feature_code == "ADM1" and key not in tables.stand_ins:
            return True
        for place_id, (score, _) in name_scores(gaz, stem, limit=10).items():
            if score >= 95 and gaz.places[place_id].feature_code == "ADM1":
                return True
    return False


def _drop_waw(token: Token) -> Token:
    return Token(token.text[1:], token.norm[1:], token.start + 1, token.end)


def _best_prefix(item: list[Token], gaz: Gazetteer, tables: Tables) -> int:
    """How many leading tokens of an open-ended item form the name (the best-matching prefix)."""
    for n in range(len(item), 1, -1):  # "إقليم ناغورني قره باغ": a table name wins whole
        key = compact(" ".join(t.norm for t in item[:n]))
        if key in tables.region_names or key in tables.distant or key in tables.aliases:
            return n
    # "أشاغي", "عبد": a name goes on after them, so never ends on them, though the whole scores lower
    lengths = [n for n in range(1, len(item) + 1) if n == len(item) or not _begins_a_name(item[n - 1])]
    shortest = lengths[0]
    best_n, best_score = shortest, -1.0
    for n in lengths:
        name = " ".join(t.norm for t in item[:n])
        scores = name_scores(gaz, name, limit=10)
        score = max((s for s, _ in scores.values()), default=0.0)
        if score >= best_score - (0 if n == shortest else 5) and (n == shortest or score >= PLACE_THRESHOLD):
            best_n, best_score = n, max(score, best_score)
    return best_n


def _mention(text, item, route, cue, group, role="event") -> Mention:
    start, end = item[0].start, item[-1].end
    return Mention(text[start:end], start, end, "place", route, cue, role, group=group)


def _as_table_hit(mention: Mention, tables: Tables) -> Mention:
    """A cue item that names the region or a country ("إقليم قره باغ") becomes that."""
    for stem, cut in strip_clitics(mention.text):
        key = compact(stem)
        target = tables.region_names.get(key) or tables.distant.get(key)
        if target is not None:
            mention.kind = "region" if key in tables.region_names else "distant"
            mention.route, mention.target = "table", target
            mention.start += cut
            mention.text = mention.text[cut:] if cut <= len(mention.text) else mention.text
            break
    return mention


# ---------------------------------------------------------------- look-ups without cues


def _lookups(text, tokens, gaz, tables, used) -> list[Mention]:
    count = len(tokens)
    # per-token facts, computed once: free for a look-up, a stopword, joined to the next word
    free = [i not in used and tokens[i].norm not in STOPWORDS and not _adjective_with_article(tokens[i])
            for i in range(count)]
    # a later word of a name is no function word with a clitic ("صاروخي وأن" is not one name),
    # nor a number ("ترتر 30 كيلومترا", "قتل في ترتر 5 مدنيين": digits read as no sound at all)
    continues = [free[i] and not _function_word(tokens[i].norm) and not tokens[i].norm.isdigit()
                 for i in range(count)]
    # a hyphen joins a name's words ("ناغورنو-قره باغ"); a dash between spaces parts a dateline
    # from its agency ("أنقرة - يني شفق")
    joined = [
        i + 1 < count and (text[tokens[i].end : tokens[i + 1].start].strip() == ""
                           or text[tokens[i].end : tokens[i + 1].start] == "-")
        for i in range(count)
    ]
    person = _person_flags(tokens, tables)
    mentions = []
    i = 0
    while i < count:
        if not free[i] or person[i] or tokens[i].norm.lower() in LATIN_STOPWORDS:
            i += 1
            continue
        longest = 1
        while longest < MAX_NAME_TOKENS and i + longest < count and joined[i + longest - 1] \
                and (continues[i + longest] or _table_name_goes_on(tokens[i : i + longest], tokens[i + longest],
                                                                   tables)):
            longest += 1
        if longest > 2 and not _starts_multiword(tokens[i].norm, gaz, tables):
            longest = 2
        hit = None
        for n in range(longest, 0, -1):
            hit = _lookup(text, tokens[i : i + n], gaz, tables)
            if hit:
                break
        if hit and hit.route == "phonetic-short" and not _listed_after(text, mentions, tokens[i]):
            hit = None  # three consonants name a town only beside another place: "آغدام وبردا"
        if hit:
            hit.route = "phonetic" if hit.route == "phonetic-short" else hit.route
            if _after_latin_locator(tokens, i):
                hit.role = "qualifier"
            elif hit.kind == "place" and not hit.cue and (
                    _settlements_in_before(tokens, i)
                    or _district_listed_after(text, mentions, tokens[i], gaz, tables)):
                hit.cue = "district"  # "5 قرى في زنغيلان": the villages lie in the district
            mentions.append(hit)
            i += n
        else:
            i += 1
    return mentions


def _adjective_with_article(token: Token) -> bool:
    """"الدفاعات الجوية مسيرة": a nisba with the article qualifies the noun before it; it begins
    no name ("جوية مسيرة" had sounded like Geghamasar)."""
    return _has_article(token) and len(token.norm) >= 6 and token.norm.endswith("يه")


def _settlements_in_before(tokens: list[Token], i: int) -> bool:
    """"تحرير 5 قرى في زنغيلان", "قرى جديدة في زنغيلان": a name right after villages or towns
    (and a word of how many or which) and في names where they lie."""
    if i < 2 or tokens[i - 1].norm != "في":
        return False
    before = i - 3 if i >= 3 and tokens[i - 2].norm in SETTLEMENT_ADJECTIVES else i - 2
    cue = _cue_of(tokens[before])
    return cue is not None and cue[0] in ("village", "city")


def _district_listed_after(text: str, mentions: list[Mention], token: Token, gaz: Gazetteer, tables: Tables) -> bool:
    """"قرى جديدة في زنغيلان وجبرائيل وفضولي": a district's name listed after a district where
    villages lie is another such district, not its town."""
    return bool(mentions) and mentions[-1].cue == "district" and mentions[-1].role == "event" \
        and _listed_after(text, mentions, token) and _names_district(token.norm, gaz, tables)


def _after_latin_locator(tokens: list[Token], i: int) -> bool:
    """"... villages of Jabrayil": the name locates the villages before it (an English tweet)."""
    return any(i >= len(words) and tuple(t.norm.lower() for t in tokens[i - len(words) : i]) == words
               for words in LATIN_LOCATORS)


def _function_word(word: str) -> bool:
    """A stopword, bare or behind a one-letter clitic ("وأن", "فيما" is not: it is no clitic)."""
    return word in STOPWORDS or (word[:1] in "وفبلك" and word[1:] in STOPWORDS)


def _listed_after(text: str, mentions: list[Mention], token: Token) -> bool:
    """Whether ``token`` follows the last mention as the next item of a list ("، " or "و")."""
    if not mentions:
        return False
    gap = text[mentions[-1].end : token.start].strip()
    return gap in ("", "،", ",", "-") and (gap or token.norm.startswith("و"))


def _starts_multiword(word: str, gaz: Gazetteer, tables: Tables) -> bool:
    """Only words that begin a known multi-word name open three-word look-ups."""
    stems = {stem for stem, _ in strip_clitics(word)}
    return bool(stems & tables.first_words or stems & gaz.arabic_first_words
                or word.lower() in tables.first_words)


_NOT_LOOKED_UP = object()  # no look-up cached yet (None is a cached "no place")


def _lookup(text, span: list[Token], gaz: Gazetteer, tables: Tables) -> Mention | None:
    words = tuple([t.norm for t in span])
    cache_key = ("lookup", id(tables), words)
    found = gaz.score_cache.get(cache_key, _NOT_LOOKED_UP)
    if found is _NOT_LOOKED_UP:
        found = gaz.score_cache[cache_key] = _lookup_words(words, gaz, tables)
    if found is None:
        return None
    kind, route, cut, target = found
    start, end = span[0].start + cut, span[-1].end
    return Mention(text[start:end], start, end, kind, route, target=target)


def _lookup_words(words: tuple[str, ...], gaz: Gazetteer, tables: Tables):
    """(kind, route, clitic length, target) for a word n-gram, or None: text-independent. Every
    reading is tried against the tables and the exact names before any is read by its sound, and
    by its sound without a leading و first: "وهدروت" is و and هدروت."""
    return _exact_lookup(words, gaz, tables) or _phonetic_lookup(words, gaz, tables)


def _exact_lookup(words: tuple[str, ...], gaz: Gazetteer, tables: Tables):
    rest = " ".join(words[1:])
    span_len = len(words)
    for stem, cut in strip_clitics(words[0]):
        phrase = f"{stem} {rest}".strip()
        key = compact(phrase)
        if len(key) < 3 or (span_len == 1 and stem in STOPWORDS):
            continue
        if key in tables.region_names:
            return "region", "table", cut, tables.region_names[key]
        if key in tables.distant:
            return "distant", "table", cut, tables.distant[key]
        if key in tables.aliases:
            return "place", "table", cut, None
        if script_of(phrase) == "latin":
            if cut == 0 and phrase[:1].isupper() and _known_latin_name(key, gaz, tables):
                return "place", "gazetteer", 0, None  # an English tweet's "Stepanakert"
            continue
        if script_of(phrase) != "arabic":
            continue
        if _known_arabic_name(key, gaz, tables):
            return "place", "gazetteer", cut, None
    return None


def _recorded_as_written(word: str, gaz: Gazetteer) -> bool:
    """Whether the gazetteer holds the word, or the word past a clitic, as an Arabic name."""
    return any(compact(stem) in gaz.by_arabic for stem, _ in strip_clitics(word))


def _phonetic_lookup(words: tuple[str, ...], gaz: Gazetteer, tables: Tables):
    if len(words) > 2 or _genitive_phrase(words):
        return None
    rest = " ".join(words[1:])
    for stem, cut in sorted(strip_clitics(words[0]), key=lambda reading: not _waw_off(words[0], reading)):
        phrase = f"{stem} {rest}".strip()
        if len(compact(phrase)) < 3 or script_of(phrase) != "arabic" or (len(words) == 1 and stem in STOPWORDS):
            continue
        if rules.spelling().looks_common(stem):
            continue  # "عسكريين", "مدنية أرمينية": an ordinary word by its ending, alone or leading
        if not stem.startswith("ال") and not _article_after_clitic(stem):
            if tables.alias(phrase) is not None:
                return "place", "phonetic", cut, None  # a curated name spelt otherwise
            found = _theatre_skeleton(phrase, gaz, tables)
            if found:
                return "place", found, cut, None
    return None


def _genitive_phrase(words: tuple[str, ...]) -> bool:
    """"كبار الشعراء", "سكان القرية": a word and one with the article after it is Arabic's genitive,
    no name read by its sound (it had come close to a two-word record, "جبرائیل شہر", Jabrayil
    city); a translated name part (كوزلك العليا) is a name's (data/spelling.toml [[parts]])."""
    return len(words) == 2 and words[1].startswith("ال") and not words[0].startswith("ال") \
        and not rules.spelling().readings(" ".join(words))


def _waw_off(word: str, reading: tuple[str, int]) -> bool:
    """The reading without a leading و: the conjunction, a vowel to the phonetic key, so the
    whole word would match by sound too ("وهدروت"). ف, ب, ل and ك are consonants to it, and
    may begin the name itself (فاردينيس, Vardenis)."""
    return reading[1] == 1 and word.startswith("و")


def _article_after_clitic(word: str) -> bool:
    """"بالكنيسة", "والمدينة": a preposition or conjunction and the article, not a name's start."""
    return word.startswith(("بال", "وال", "فال", "كال", "لل"))


def is_common_word(text: str) -> bool:
    """A gazetteer name that is an everyday Arabic word (قبلة, صادق): no place on its own."""
    return compact(text) in COMMON_WORDS


def _known_arabic_name(key: str, gaz: Gazetteer, tables: Tables) -> bool:
    """An exact Arabic name of a town, of a village whose capture data/war_timeline.json documents,
    or a long one of a theatre village, that is no word.

    Short names of tiny villages (كتاب, زوار, جبلي in the gazetteer) are ordinary Arabic words
    too often: without a cue word they are not taken.
    """
    if len(key) < 4 or key in COMMON_WORDS:
        return False
    for e in gaz.by_arabic.get(key, ()):
        place = gaz.places[e.place_id]
        if place.id in timeline().captures:
            return True  # a village whose capture made the news (Talış): named alone as towns are
        town = place.population >= 1000 or place.feature_code in ("ADM1", "PPLA", "PPLC")
        if (town and (place.admin1 in tables.theatre or place.population >= 5000)) or (
            place.admin1 in tables.theatre and len(key) >= 6
        ):
            return True
    return False


def _known_latin_name(key: str, gaz: Gazetteer, tables: Tables) -> bool:
    """A capitalised Latin name of a notable theatre town, or of a village whose capture made
    the news ("Talish"), exactly as the gazetteer has it: named alone, as in Arabic."""
    return len(key) >= 4 and any(
        _notable_in_theatre(gaz.places[e.place_id], tables) or e.place_id in timeline().captures
        for e in gaz.by_latin.get(key, ())
    )


def _notable_in_theatre(place, tables: Tables) -> bool:
    notable = place.population >= 1000 or place.feature_code in ("ADM1", "PPLA")
    return notable and place.admin1 in tables.theatre


def _theatre_skeleton(phrase: str, gaz: Gazetteer, tables: Tables) -> str:
    """An exact skeleton of a notable theatre town whose vowels agree too (ستيباناكرت, حدروت).

    Only towns (a district seat, or a population on record) qualify: any common Arabic word
    has the skeleton of some tiny village, and an uncued word must not become a point.
    """
    ayn_first = phrase.startswith("ع")
    for skeleton, vocalised in keys(phrase):
        if len(skeleton) < 3:
            continue
        for entry in gaz.by_skeleton.get(skeleton, ()):
            if ayn_first and entry.vocalised[:1] not in (VOWEL, ROUND):
                continue  # ع is silent to the key, never to a writer: "عنيف طوال" is no Naftala
            place = gaz.places[entry.place_id]
            if len(skeleton) == 3:
                # three consonants are a word as often as a town: only a district seat or a
                # city, with every vowel agreeing (بردا, Bərdə), and only inside a list
                if vocalised == entry.vocalised and _seat_in_theatre(place, tables):
                    return "phonetic-short"
            elif _notable_in_theatre(place, tables) and fuzz.ratio(vocalised, entry.vocalised) >= 80:
                return "phonetic"
    return ""


def _seat_in_theatre(place, tables: Tables) -> bool:
    return place.admin1 in tables.theatre and (place.feature_code in ("PPLA", "PPLC") or place.population >= 20000)


def _person_flags(tokens: list[Token], tables: Tables) -> list[bool]:
    """A surname here or next: "شوشان ستيبانيان" is a person, not Shusha. Not a place the team's
    aliases name, though it ends as Armenian surnames do (سيسيان, Sisian)."""
    surname = [VOCAB.is_surname(t.norm) and not _curated_place(t.text, tables) for t in tokens]
    return [surname[i] or (i + 1 < len(tokens) and surname[i + 1]) for i in range(len(tokens))]


def _curated_place(word: str, tables: Tables) -> bool:
    """A word the team's aliases name as written, or behind a one-letter clitic ("وسيسيان")."""
    return any(tables.aliases.get(compact(w)) is not None
               for w in (word, word[1:] if word[:1] in "وفبل" else ""))


def reads_as_name(text: str) -> bool:
    """Whether an unplaced mention can be a place name at all: no stopword, reporting verb or
    event word in it ("خاضعة", "أعلنت", "قصف") and no longer than a name. Lists of what is left
    unplaced show only these."""
    from geo.arabic import normalize
    from geo.claims import is_event_word

    words = normalize(text).split()
    if not words or len(words) > MAX_NAME_TOKENS:
        return False
    reporting = rules.attribution().reporting
    return not any(stem in STOPWORDS or is_event_word(stem) or reporting.fullmatch(stem)
                   for word in words for stem, _ in strip_clitics(word))
