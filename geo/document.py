"""The article read once: paragraphs, sentences, headline, quotations, tokens.

Every stage of the pipeline reads this instead of re-splitting the raw text (as spaCy's Doc).
Offsets always refer to the article text as given.

How Arabic news files are laid out, and what the reading makes of it:

* paragraphs are separated by blank lines; inside such a block a line break that does not end
  a sentence is a soft wrap of a copied page ("قرى الشيخ علي أغالي،\\nوصاريجالي") and is read
  as a space. A file with no blank line at all keeps one paragraph per line, unless it was
  wrapped at a fixed width (lines no wider than WRAP_WIDTH, most breaking off mid-sentence):
  then its breaks are spaces, and a line ending a sentence ends a paragraph; a line of it that
  ends on a comma or a preposition goes on on the next line all the same;
* a line opening with a bullet ("- قرية X") is a list item of the sentence before it, and so
  are short lines after a line ending in a colon, a list whose bullets the copy lost;
* the first paragraph is a headline when it is one short line without a full stop;
* a "read also" teaser holds one headline: run into the text after it, it ends where reported
  speech goes on ("وأضاف أن"; data/attribution.toml teaser_openers and continuations);
* a sentence that opens inside quotation marks continues the quoted speaker's statement;
* an embedded tweet's words are its author's, as the signature of the copied embed names them;
* no sentence grows past MAX_SENTENCE characters, so every later stage stays linear.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace

from geo import rules
from geo.arabic import Token, normalize, normalize_with_offsets, tokenize

MAX_SENTENCE = 1200  # characters; a longer run without punctuation is cut at a space
HEADLINE_MAX = 200
# invisible marks a copied page puts at a line's edges: direction marks and isolates, a BOM
_EDGE_MARKS = "\u200e\u200f\u061c\ufeff\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
_BLANK_LINE = re.compile(rf"\n[ \t\r\u00a0{_EDGE_MARKS}]*\n")
_SENTENCE_END = re.compile(r"[.!?؟]+[,،]?(?=\s)|[.!?؟]+$")
_ENUMERATOR = re.compile(r"[:،,]\s*\d{1,2}$")  # before a full stop: the number of an inline list's item
_LINE_NUMBER = re.compile(r"\s*\d{1,3}")  # all there is before a full stop: a numbered line's number
_INITIAL = re.compile(r"(?:^|(?<=[\s.]))[\u0621-\u064a]$")  # "د." (Dr), "م." (Eng): one letter and a stop
_HARD_LINE_END = re.compile(r"[.!?؟:]\s*$")
_BULLET = re.compile(r"^\s*(?:[-–—•▪●*·]|\d{1,3}[.)\-]\s)")
WRAP_WIDTH = 100  # characters: a text wrapped at a fixed width has no longer line (72-80 mostly)
WRAP_MIN_LINES = 4
WRAP_FULL_SHARE = 0.6  # a wrapped line is at least this share of the widest, save a paragraph's last
TEASER_CHARS = 30  # a sentence's head, long enough for "اقرأ أيضاً:" with a bullet before it
ITEM_LINE_WORDS = 4  # a list item alone on its line: a name of up to four words
_INNER_PUNCTUATION = re.compile(r"[.,،;؛:!?؟«»\"“”()]")
TWEET_MAX = 320  # characters: 280 of a tweet, a link and the spacing a copy adds
_NOT_OF_A_NAME = re.compile(r"[^\w\s.,'’\-]+")  # a flag or an emoji by the display name: "MFA of Armenia 🇦🇲"


def _author_name(display: str) -> str:
    """A tweet signature's display name without the flags and emoji accounts put beside it."""
    return " ".join(_NOT_OF_A_NAME.sub(" ", display).split())


_TWEET_SIGNATURE = re.compile(r"[—–]\s*(?P<author>[^()\n—–@]{2,80}?)\s*\(@\w{1,30}\)(?P<dated>[^\n]*)$")
_OPEN_QUOTES = "“«„"
_CLOSE_QUOTES = "”»"


@dataclass(frozen=True, slots=True)
class Sentence:
    index: int
    start: int  # offsets in the article text
    end: int
    text: str  # as written
    norm: str  # normalised (geo.arabic.normalize), same length as offsets
    offsets: tuple[int, ...]  # for each character of norm, its offset from ``start``
    paragraph: int
    headline: bool = False
    bullet: bool = False  # a list item line ("- قرية X")
    in_quote: bool = False  # opens inside quotation marks begun by an earlier sentence
    tweet_author: str = ""  # of the embedded tweet this sentence is part of, as its signature names them
    tweet_dated: str = ""  # the date its signature gives ("October 28, 2020"), as written
    tokens: tuple[Token, ...] = ()

    @property
    def opens_a_quotation(self) -> bool:
        """Whether the sentence begins with a quotation mark (past a bullet or a dash)."""
        return self.text.lstrip(" \t-–—•")[:1] in _OPEN_QUOTES + '"'

    def norm_index(self, offset: int) -> int:
        """The position in ``norm`` of an article offset inside this sentence."""
        return bisect.bisect_left(self.offsets, offset - self.start)

    def original(self, norm_start: int, norm_end: int) -> str:
        """The article's own words for a span of ``norm``."""
        if norm_end <= norm_start:
            return ""
        return self.text[self.offsets[norm_start] : self.offsets[norm_end - 1] + 1]


@dataclass(frozen=True, slots=True)
class Doc:
    text: str
    sentences: tuple[Sentence, ...]
    paragraphs: tuple[tuple[int, int], ...]  # (first sentence index, last + 1)

    @property
    def headline(self) -> tuple[Sentence, ...]:
        return tuple(s for s in self.sentences[:4] if s.headline)

    def sentence_at(self, offset: int) -> Sentence:
        starts = [s.start for s in self.sentences]
        return self.sentences[max(0, bisect.bisect_right(starts, offset) - 1)]


def make_doc(text: str) -> Doc:
    """Read ``text`` once into paragraphs and sentences."""
    sentences: list[Sentence] = []
    paragraphs: list[tuple[int, int]] = []
    inside_quote = False
    for number, lines in enumerate(_paragraph_lines(text)):
        first = len(sentences)
        for start, end, bullet in lines:
            for s_start, s_end in _teasers_parted(text, _sentence_spans(text, start, end)):
                raw = text[s_start:s_end]
                norm, offsets = normalize_with_offsets(raw)
                norm = norm.replace("\n", " ")  # a soft wrap inside the sentence reads as a space
                tokens = tuple(tokenize(raw, s_start))
                sentences.append(Sentence(
                    len(sentences), s_start, s_end, raw, norm, tuple(offsets), number,
                    bullet=bullet and s_start == start, in_quote=inside_quote, tokens=tokens,
                ))
                inside_quote = _still_open(raw, inside_quote)
        if len(sentences) > first:
            paragraphs.append((first, len(sentences)))
        inside_quote = False  # an unclosed quotation does not run past its paragraph
    _mark_headline(sentences, paragraphs)
    _mark_tweets(text, sentences)
    return Doc(text, tuple(sentences), tuple(paragraphs))


def _teasers_parted(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A "read also" teaser holds one headline: where a copy ran it into the text after it
    ("اقرأ أيضا: روسيا ترفض ... وأضاف أن هناك قرى ..."), the article resumes at reported speech
    going on, which opens a sentence of its own."""
    page = rules.attribution()
    out = []
    for start, end in spans:
        if not page.teaser.match(normalize_with_offsets(text[start : start + TEASER_CHARS])[0]):
            out.append((start, end))  # nearly every sentence: its head read alone, cheaply
            continue
        norm, offsets = normalize_with_offsets(text[start:end])
        opener = page.teaser.match(norm)
        resumed = page.resumption.search(norm, opener.end()) if opener else None
        if resumed is None:
            out.append((start, end))
            continue
        cut = start + offsets[resumed.start()]
        out.extend([_trim(text, start, cut), (cut, end)])
    return out


def _paragraph_lines(text: str) -> list[list[tuple[int, int, bool]]]:
    """Paragraphs as lists of (start, end, is_bullet) line runs; soft-wrapped lines joined."""
    if _BLANK_LINE.search(text):
        return _blocks(text)
    lines = _lines(text, 0, len(text))
    if _hard_wrapped(text, lines):
        return [[run] for run in _joined_runs(text, lines)]
    return [[run] for run in _going_on(text, lines)]


def _going_on(text: str, lines: list[tuple[int, int, bool]]) -> list[tuple[int, int, bool]]:
    """A line of a file with a paragraph per line joined to the next where it cannot end a
    sentence: its last word a comma or a preposition ("قرى الشيخ علي أغالي،\\nوصاريجالي"), no list
    item either side (data/attribution.toml line_goes_on_after)."""
    goes_on = rules.attribution().line_goes_on
    runs: list[tuple[int, int, bool]] = []
    for start, end, bullet in lines:
        last = runs[-1] if runs else None
        if last and not (bullet or last[2]) and goes_on.search(normalize(text[max(last[0], last[1] - 12) : last[1]])):
            runs[-1] = (last[0], end, False)
        else:
            runs.append((start, end, bullet))
    return runs


def _hard_wrapped(text: str, lines: list[tuple[int, int, bool]]) -> bool:
    """Whether a text with no blank line was wrapped at a fixed width (a mail, a PDF, a terminal
    browser's dump): no line wider than WRAP_WIDTH, most as wide as the widest, most breaking off
    mid-sentence. Its line breaks are then spaces, and a line ending a sentence ends a paragraph,
    where a file of one paragraph per line has lines of every length, mostly ending in a stop."""
    if len(lines) < WRAP_MIN_LINES:
        return False
    widths = [end - start for start, end, _ in lines]
    widest = max(widths)
    if widest > WRAP_WIDTH:
        return False
    full = sum(width >= WRAP_FULL_SHARE * widest for width in widths)
    open_ended = sum(not _HARD_LINE_END.search(text[start:end]) for start, end, _ in lines[:-1])
    return full * 2 >= len(lines) and open_ended * 2 >= len(lines) - 1


def _blocks(text: str) -> list[list[tuple[int, int, bool]]]:
    paragraphs = []
    start = 0
    for m in [*_BLANK_LINE.finditer(text), None]:
        end = m.start() if m else len(text)
        runs = _joined_runs(text, _lines(text, start, end))
        if runs:
            paragraphs.append(runs)
        start = m.end() if m else len(text)
    return paragraphs


def _lines(text: str, start: int, end: int) -> list[tuple[int, int, bool]]:
    out = []
    position = start
    for line in text[start:end].split("\n"):
        a, b = _trim(text, position, position + len(line))
        if b > a:
            out.append((a, b, bool(_BULLET.match(text[a:b]))))
        position += len(line) + 1
    return _items_after_colon(text, out)


def _items_after_colon(text: str, lines: list[tuple[int, int, bool]]) -> list[tuple[int, int, bool]]:
    """A list whose bullets a copied page lost ("القرى التالية:" and a name on each line after it):
    two or more short lines right after a line ending in a colon are its items, as bullets are."""
    marked = list(lines)
    i = 0
    while i < len(lines):
        j = i + 1
        if text[lines[i][0] : lines[i][1]].endswith(":"):
            while j < len(lines) and not lines[j][2] and _short_item(text[lines[j][0] : lines[j][1]]):
                j += 1
            if j - i > 2:
                marked[i + 1 : j] = [(a, b, True) for a, b, _ in lines[i + 1 : j]]
        i = j
    return marked


def _short_item(line: str) -> bool:
    """A line that can be one list item: a few words, no punctuation but a closing comma or stop."""
    return len(line.split()) <= ITEM_LINE_WORDS and not _INNER_PUNCTUATION.search(line.rstrip(".,،;؛"))


def _joined_runs(text: str, lines: list[tuple[int, int, bool]]) -> list[tuple[int, int, bool]]:
    """Join a line to the one before unless that one ended a sentence or is a list item alone on
    its line, or this one is a bullet or a heading of the bullets after it ("- X\nمحافظة فضولي:\n- Y")."""
    runs: list[tuple[int, int, bool]] = []
    for start, end, bullet in lines:
        heading = runs and runs[-1][2] and text[start:end].rstrip().endswith(":")
        lone_item = runs and runs[-1][2] and not _BULLET.match(text[runs[-1][0] : runs[-1][1]])  # no wrap of a name
        if runs and not (bullet or heading or lone_item) and not _HARD_LINE_END.search(text[runs[-1][0] : runs[-1][1]]):
            runs[-1] = (runs[-1][0], end, runs[-1][2])
        else:
            runs.append((start, end, bullet))
    return runs


def _sentence_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans = []
    position = start
    for m in _SENTENCE_END.finditer(text, start, end):
        if m.group(0) == "." and (_ENUMERATOR.search(text, max(position, m.start() - 5), m.start())
                                  or _LINE_NUMBER.fullmatch(text, position, m.start())):
            continue  # "القرى التالية: 1. سيرك، 2. تالش", "1. قرية X" opening a line: an item's number
        if m.group(0) == "." and _INITIAL.search(text, max(position, m.start() - 2), m.start()):
            continue  # "وقال د. محمد": a title's initial, no sentence's end
        spans.extend(_bounded(text, position, m.end()))
        position = m.end()
    spans.extend(_bounded(text, position, end))
    return spans


def _bounded(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The span trimmed, cut at a space before every MAX_SENTENCE characters."""
    start, end = _trim(text, start, end)
    out = []
    while end - start > MAX_SENTENCE:
        cut = max(text.rfind(" ", start + MAX_SENTENCE // 2, start + MAX_SENTENCE),
                  text.rfind("،", start + MAX_SENTENCE // 2, start + MAX_SENTENCE))
        cut = cut if cut > start else start + MAX_SENTENCE
        a, b = _trim(text, start, cut)
        if b > a:
            out.append((a, b))
        start, end = _trim(text, cut, end)
    if end > start:
        out.append((start, end))
    return out


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """A line's span without the spaces and invisible marks at its edges, which would hide its
    bullet, its stop or the conjunction it opens with."""
    while start < end and (text[start].isspace() or text[start] in _EDGE_MARKS):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in _EDGE_MARKS):
        end -= 1
    return start, end


def _still_open(sentence: str, open_before: bool) -> bool:
    """Whether a quotation is still open after this sentence (typographic quotes nest once)."""
    depth = 1 if open_before else 0
    for ch in sentence:
        if ch in _OPEN_QUOTES:
            depth = 1
        elif ch in _CLOSE_QUOTES:
            depth = 0
        elif ch == '"':
            depth = 1 - depth
    return depth > 0


def _mark_tweets(text: str, sentences: list[Sentence]) -> None:
    """An embedded tweet is its author's: the signature a copied embed ends with ("— Hikmet
    Hajiyev (@HikmetHajiyev) October 11, 2020") names them for the tweet's words before it on its
    line, or on the line before when it stands alone (not a line ending in a colon: that one
    introduces the tweet, nor one longer than a tweet can be)."""
    for k, sentence in enumerate(sentences):
        signature = _TWEET_SIGNATURE.search(sentence.text)
        if signature is None:
            continue
        end = sentence.start + signature.start()
        start = text.rfind("\n", 0, end) + 1
        if not text[start:end].strip():
            before = text[:start].rstrip()
            if not before or before.endswith(":"):
                continue
            start = before.rfind("\n") + 1
        if end - start > TWEET_MAX:
            continue  # no tweet is that long: the line before is the article's own
        author, dated = _author_name(signature.group("author")), signature.group("dated").strip()
        for j in range(k, -1, -1):
            if sentences[j].end <= start:
                break
            sentences[j] = replace(sentences[j], tweet_author=author, tweet_dated=dated)


def _mark_headline(sentences: list[Sentence], paragraphs: list[tuple[int, int]]) -> None:
    """The first paragraph is the headline when it is one short line ending without a full stop."""
    if len(paragraphs) < 2:
        return
    first, after = paragraphs[0]
    line = sentences[first].text if after - first == 1 else \
        sentences[0].text + sentences[after - 1].text
    if sentences[after - 1].end - sentences[first].start > HEADLINE_MAX or "\n" in line:
        return
    if line.rstrip().endswith((".", "!", ":")):
        return
    for i in range(first, after):
        sentences[i] = replace(sentences[i], headline=True)
