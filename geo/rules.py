"""Rules as data: the team's word lists and weights in data/*.toml, validated on load.

Each list is defined once, in one file; code asks this module for compiled patterns instead
of writing words inline. A malformed file stops with one clear line (RulesError), not a
traceback deep in a stage.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field, fields
from functools import lru_cache
from pathlib import Path

from geo import config
from geo.arabic import normalize, strip_marks
from geo.phonetic import script_of
from geo.vocab import EventType, Side


class RulesError(Exception):
    """A rules file the user must fix; str() is one line."""


def _alternation(words: list[str] | tuple[str, ...]) -> str:
    """``words`` normalised and escaped, longest first, as one regex alternation."""
    return "|".join(sorted((re.escape(normalize(w)) for w in words), key=len, reverse=True))


def word_pattern(words: list[str] | tuple[str, ...]) -> re.Pattern:
    """Any of ``words`` (normalised) at a word start, with an optional و/ف before it."""
    return re.compile(rf"(?<![\w])(?:[وف])?(?:{_alternation(words)})(?![\w])")


def prefix_pattern(words: list[str] | tuple[str, ...]) -> re.Pattern:
    """Any of ``words`` (normalised) inside a phrase, as a stem: "أرمين" finds "الأرمينية"."""
    return re.compile(_alternation(words))


# eq=False: one object per rules file, hashed by identity; it keys the speakers' memo, and
# hashing its thirty patterns and word sets on every look-up cost more than the look-up.
@dataclass(frozen=True, eq=False)
class AttributionRules:
    reporting: re.Pattern
    object_first: frozenset[str]  # normalised verbs, without و/ف
    according: re.Pattern
    continuation: re.Pattern  # at a sentence start
    topic_shift: re.Pattern  # at a sentence start ("من جهة أخرى"): the previous speaker's voice stops
    background: re.Pattern  # at a sentence start ("وكانت ... قد"): the outlet recalls, no voice goes on past it
    told_earlier: re.Pattern  # "في وقت سابق": a statement made before the news, not on its day
    english_speaker: re.Pattern  # "X said", "according to X" in English prose: groups who, source
    english_unnamed: re.Pattern  # at an English speaker's start: "a resident", "sources": no side, no one before
    recap_formula: re.Pattern  # "ويذكر أن " opening the words before a verb: no part of a subject
    local_witness: re.Pattern  # residents, eyewitnesses, local officials: the side holding their town
    statement_opener: re.Pattern  # before a colon
    anaphor: re.Pattern  # at a subject start
    subject_end: re.Pattern
    sides: tuple[tuple[Side, re.Pattern], ...]
    state_media: tuple[tuple[Side, re.Pattern], ...]  # a party's own agencies: that party speaks
    roles: tuple[tuple[str, re.Pattern], ...]
    carry_paragraphs: int  # paragraph breaks a named speaker's voice crosses when nobody else is named
    carry_sentences: int  # and sentences after its naming, where a text runs them into one paragraph
    colon_speaker_words: int  # "يريفان: ..." at most this many words before a line's colon speak it
    colon_spokesperson_words: int  # "المتحدثة باسم الوزارة شوشان ستيبانيان: ...": a title and a name
    denial: re.Pattern  # "نفت ... مزاعم X": the group "party" starts the denied claim's owner
    denial_verb: re.Pattern  # "نفت", "ينفي" at a word start
    negation: frozenset[str]  # "لم", "لن"
    falsehood: re.Pattern  # "كاذبة", "لا أساس لها": a claim called false after it
    denied_origin: frozenset[str]  # "ينطلق", "يصدر": "لم ينطلق من أراضينا"
    dangling: frozenset[str]  # words a speaker's name never ends on
    subject_breaks: frozenset[str]  # words after a name's first word that begin what is said
    news_words: frozenset[str]  # "نفت الوزارة الأنباء عن": the news denied, after a name's first word
    news_agencies: frozenset[str]  # ... unless right after these: "وكالة الأنباء"
    both_sides: frozenset[str]  # "كل من باكو ويريفان": a subject of each side, no one speaker
    actor: re.Pattern  # "القوات الأرمينية": a side's force named acting
    attacker: re.Pattern  # "هجوما أرمينيا": an attack named with its side's adjective, who struck
    office_title: re.Pattern  # at a subject's start: an official named by the place governed
    outlet_words: frozenset[str] = frozenset()  # first words of the media's names: "لفرانس" told to AFP
    unnamed_sources: frozenset[str] = frozenset()  # "مصادر", "الأنباء": no side, the voice before stops
    not_source: re.Pattern | None = None  # at an "according to" subject's start: a text followed, no speaker
    expelling: re.Pattern | None = None  # ending right before a force: "طرد القوات الأرمينية" names the loser
    witness: re.Pattern | None = None  # "شاهد صحافيون في وكالة X": group "who", the outlet's own eyes
    line_label: re.Pattern | None = None  # "عاجل | ", "09:40 - " opening a line: no part of a speaker
    timeline_entry: re.Pattern | None = None  # "- 4 أكتوبر: ..." opening a line: a timeline's entry of its own
    dated_opening: re.Pattern | None = None  # "وفي 11 أكتوبر، ..." opening a line: a chronology's entry
    teaser: re.Pattern | None = None  # at a line's start: "اقرأ أيضا", another article's headline
    line_goes_on: re.Pattern | None = None  # at a line's end: a comma or "في", the sentence goes on on the next line
    resumption: re.Pattern | None = None  # "وأضاف أن", "وقال:": reported speech going on, a sentence's start
    page_footer: re.Pattern | None = None  # "جميع الحقوق", "مواضيع ذات صلة" alone: past it, other articles
    mutual: re.Pattern | None = None  # "تبادل الطرفان الاتهامات": both sides speak, no one side's voice
    feminine_names: frozenset[str] = frozenset()  # speakers taking feminine verbs besides ة/ات nouns
    speech_verbs: frozenset[str] = frozenset()  # reporting and continuation verbs, normalised, without و/ف
    statement_noun: re.Pattern | None = None  # "بيان": a masculine statement standing for its speaker
    surname_sides: tuple[tuple[str, str], ...] = ()  # (ending, side): "يان" names an Armenian
    surname_letters: int = 6  # the shortest surname an ending names a side by
    surname_not_after: frozenset[str] = frozenset()  # "في تومانيان": a place, no surname, after these
    announcement: re.Pattern | None = None  # "إعلان": its announcer, then the deed announced
    clause_conjunction: re.Pattern | None = None  # "لكن " opening the words before a verb: no part of a subject
    referring_conjunction: re.Pattern | None = None  # "لكنها" alone before a verb: the subject is the clause before's
    statement_heading: re.Pattern | None = None  # a whole headline "بيان وزارة الدفاع ...": the statement's maker
    separate_offices: frozenset[str] = frozenset()  # roles an anaphor names a new speaker of the same side by
    party_offices: frozenset[str] = frozenset()  # roles named without a side that still speak for one
    interview: re.Pattern | None = None  # in a headline: "مقابلة مع", ending where who is interviewed begins
    answer_label: re.Pattern | None = None  # "ج:" opening a line: the interviewee answers
    question_label: re.Pattern | None = None  # "س:" opening a line: the outlet asks
    enemy: re.Pattern | None = None  # "العدو": the speaker's adversary, named by no side


# A timeline's line opening with its day ("4 أكتوبر: علييف يعلن", "27 أيلول/سبتمبر 2020:"), a bullet
# maybe before it ("- 4 أكتوبر:"): the day and a month word or two, a year maybe, then a colon.
_DAY_LABEL = r"\d{1,2}\s+\S+(?:\s*/\s*\S+)?(?:\s+\d{4})?\s*:\s*"


def _count(table: dict, key: str, path: Path) -> int:
    value = table.get(key, 0)
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise RulesError(f"{path.name}: [scope] {key} must be a whole number ≥ 0, not {value!r}")
    return value


def _roles_listed(doc: dict, key: str, path: Path) -> frozenset[str]:
    """A list of roles, each one of [roles]."""
    offices = frozenset(_words(doc, key, path))
    unknown = offices - set(_table(doc, "roles", path))
    if unknown:
        raise RulesError(f"{path.name}: {key} names no role of [roles]: {', '.join(sorted(unknown))}")
    return offices


def _surname_sides(doc: dict, path: Path) -> tuple[tuple[str, str], ...]:
    settings = ("letters", "not_after")
    table = {side: words for side, words in doc.get("surname_sides", {}).items() if side not in settings}
    if not set(table) <= {Side.AZERBAIJANI.value, Side.ARMENIAN.value}:
        raise RulesError(f"{path.name}: [surname_sides] takes only the parties, not {sorted(table)}")
    return tuple((normalize(ending), side) for side in table for ending in _words(table, side, path))


def _surname_letters(doc: dict, path: Path) -> int:
    letters = doc.get("surname_sides", {}).get("letters", 6)
    if not isinstance(letters, int) or isinstance(letters, bool) or letters < 3:
        raise RulesError(f"{path.name}: [surname_sides] letters must be a whole number ≥ 3, not {letters!r}")
    return letters


def _after_what(verbs: list[str], pronouns: list[str], negations: list[str]) -> str:
    """"وهو ما نفته باكو", "وهو ما لم تؤكده يريفان": a reporting verb after ما (negated or not),
    with the claim's pronoun, as an alternative."""
    return (rf"|(?<=(?<![\w])ما )(?:(?:{_alternation(negations)}) )?(?:{_alternation(verbs)})"
            rf"(?:{_alternation(pronouns)})(?![\w])")


def _line_label(labels: list[str], war_names: list[str], war_topics: list[str]) -> re.Pattern:
    """Labels opening a line, none part of a speaker: a bullet or a list's number ("2- يريفان:"), a
    ticker's emoji ("🔴 علييف:"), a live report's time ("09:40 - "), a timeline's day, a label
    ("عاجل | ", "#عاجل أرمينيا:") or the war as the topic ("الحرب في قره باغ:"); several may follow
    one another ("10:15 | عاجل:")."""
    label = (rf"(?:{_alternation(labels)}|(?:(?:{_alternation(war_topics)})\s+(?:في\s+)?)?"
             rf"(?:{_alternation(war_names)}))")
    return re.compile(r"(?:\s*[^\w\s]+\s+|\s*[^\w\s#«\"“']+(?=\w))?(?:\s*(?:\d{1,2}\s*[-–—.)]\s+|"
                      r"\d{1,2}[:.]\d{2}\s*(?:[-–—|]\s*)?|"
                      + _DAY_LABEL + "|#" + label + r"\s+|" + label + r"\s*(?:[|:\-–—]|\.{2,})\s*))*")


def _statement_opener(openers: list[str], texts_to_follow: list[str]) -> re.Pattern:
    """A statement's word and a colon ending the sentence ("قال في بيان:"), or a word announcing
    a text to follow and its colon wherever the sentence goes on ("وجه خطابا تاليا نصه: ...")."""
    opener = rf"(?:{prefix_pattern(openers).pattern})\S*\s*(?:\S+\s*){{0,6}}?"
    return re.compile(rf"{opener}:\s*[\"“«]?\s*$"
                      rf"|(?:{opener})?(?<![\w])(?:{_alternation(texts_to_follow)})\s*:(?=\s*\S)")


def _recap_formula(formulas: list[str]) -> str:
    """A recap's formula and the أن after it ("يذكر أن ", "تجدر الإشارة إلى أن ")."""
    return rf"(?:{_alternation(formulas)})(?:\s+ان)?\s+"


@lru_cache(maxsize=4)
def attribution(path: Path | None = None) -> AttributionRules:
    path = Path(path or config.team_data_dir() / "attribution.toml")
    doc = _read(path)
    keys = ("reporting_verbs", "object_first_verbs", "according_to", "continuations", "topic_shifts",
            "statement_openers", "anaphors", "subject_ends", "denial_verbs", "denial_participles", "denied_claims",
            "negations",
            "denied_origin_verbs", "local_witnesses", "subject_never_ends_on", "subject_breaks", "office_titles",
            "unnamed_sources", "falsehoods", "not_sources", "witness_verbs", "witness_journalists", "line_labels",
            "expelling_verbs", "feminine_names", "statement_nouns", "claim_pronouns", "clause_conjunctions",
            "referring_conjunctions", "conjunction_pronouns", "statement_headings", "attack_nouns",
            "attack_not_between",
            "announcement_nouns", "resumptive_pronouns", "actor_forces", "actor_sides", "news_words",
            "news_agencies", "teaser_openers", "line_goes_on_after", "footer_markers", "related_headers",
            "interview_words",
            "answer_labels", "question_labels", "texts_to_follow",
            "war_names", "war_topics", "recap_formulas", "account_nouns", "enemy_words", "both_sides_subjects")
    lists = {key: _words(doc, key, path) for key in keys}
    sides = _table(doc, "sides", path)
    state_media = _table(doc, "state_media", path)
    unknown = set(sides) - {s.value for s in Side}
    if unknown:
        raise RulesError(f"{path.name}: [sides] has unknown sides {sorted(unknown)}")
    if not set(state_media) <= {Side.AZERBAIJANI.value, Side.ARMENIAN.value}:
        raise RulesError(f"{path.name}: [state_media] takes only the parties, not {sorted(state_media)}")
    scope = {key: _count(doc.get("scope", {}), key, path)
             for key in ("carry_paragraphs", "carry_sentences", "colon_speaker_words", "colon_spokesperson_words")}
    return AttributionRules(
        reporting=re.compile(word_pattern(lists["reporting_verbs"]).pattern + r"|(?<![\w])[وف]?(?:"
                             + _regex(doc.get("footage_verbs", ""), path, "footage_verbs").pattern + ")"
                             + _after_what(lists["reporting_verbs"], lists["claim_pronouns"], lists["negations"])),
        object_first=frozenset(normalize(w) for w in lists["object_first_verbs"]),
        according=_according(lists["according_to"], lists["reporting_verbs"], lists["resumptive_pronouns"],
                             lists["account_nouns"]),
        continuation=re.compile(r"^\s*(?:" + word_pattern(lists["continuations"]).pattern + ")"),
        topic_shift=re.compile(r"^\s*(?:" + word_pattern(lists["topic_shifts"]).pattern + ")"),
        background=re.compile(r"^\s*[وف]?(?:" + _regex(doc.get("background", ""), path, "background").pattern
                              + "|" + _recap_formula(lists["recap_formulas"]) + ")"),
        told_earlier=_regex(doc.get("told_earlier", ""), path, "told_earlier"),
        english_speaker=re.compile(
            r"(?:^[\"“«']?\s*|[,;:]\s*)(?P<who>[^.,;:!?\"“”«»]{3,80}?)\s+(?:"
            + "|".join(map(re.escape, _words(doc, "english_reporting_verbs", path))) + r")\b"
            r"|\baccording to (?P<source>[^.,;:!?\"“”«»]{3,80})", re.IGNORECASE),
        english_unnamed=re.compile(r"(?:" + "|".join(map(re.escape, _words(doc, "english_unnamed_sources", path)))
                                   + r")\b", re.IGNORECASE),
        recap_formula=re.compile(r"\s*[وف]?" + _recap_formula(lists["recap_formulas"])),
        local_witness=_alternatives(lists["local_witnesses"], path),
        statement_opener=_statement_opener(lists["statement_openers"], lists["texts_to_follow"]),
        anaphor=re.compile(r"^(?:" + prefix_pattern(lists["anaphors"]).pattern + ")"),
        subject_end=re.compile(word_pattern(lists["subject_ends"]).pattern + r"|[،,:;\-]"),
        sides=tuple((Side(side), prefix_pattern(_after_lam(words))) for side, words in sides.items()),
        state_media=tuple((Side(side), prefix_pattern(words)) for side, words in state_media.items()),
        roles=tuple((role, prefix_pattern(words)) for role, words in _table(doc, "roles", path).items()),
        separate_offices=_roles_listed(doc, "separate_offices", path),
        party_offices=_roles_listed(doc, "party_offices", path),
        carry_paragraphs=scope["carry_paragraphs"],
        carry_sentences=scope["carry_sentences"],
        colon_speaker_words=scope["colon_speaker_words"],
        colon_spokesperson_words=scope["colon_spokesperson_words"],
        denial_verb=re.compile(r"(?<![\w])[وف]?(?:" + prefix_pattern(lists["denial_verbs"]).pattern + ")"),
        negation=frozenset(normalize(w) for w in lists["negations"]),
        falsehood=word_pattern(lists["falsehoods"]),
        denied_origin=frozenset(normalize(w) for w in lists["denied_origin_verbs"]),
        dangling=frozenset(normalize(w) for w in lists["subject_never_ends_on"]),
        subject_breaks=frozenset(normalize(w) for w in lists["subject_breaks"]),
        news_words=frozenset(normalize(w) for w in lists["news_words"]),
        news_agencies=frozenset(normalize(w) for w in lists["news_agencies"]),
        both_sides=frozenset(normalize(w) for w in lists["both_sides_subjects"]),
        unnamed_sources=frozenset(normalize(w) for w in lists["unnamed_sources"]),
        # a finite verb's feminine ت ("وطردت القوات الأذربيجانية ..."): its subject follows, not its object
        expelling=re.compile(r"(?<![\w])[وف]?(?:ب|ل)?(?:" + prefix_pattern(lists["expelling_verbs"]).pattern
                             + r")(?!ت\s)\S*\s+$"),
        not_source=re.compile(r"^(?:" + word_pattern(_with_article_dropped(lists["not_sources"])).pattern + ")"),
        outlet_words=frozenset(normalize(w).split()[0] for w in sides.get(Side.MEDIA.value, ())),
        actor=re.compile(rf"(?:{_alternation(lists['actor_forces'])})\s+(?:المسلحه\s+)?(?:ال)?"
                         rf"(?:{_alternation(lists['actor_sides'])})\S*"),
        attacker=re.compile(rf"(?<![\w])[وب]?(?:ال)?(?:{_alternation(lists['attack_nouns'])})\s+"
                            rf"(?:(?!(?:ال)?(?:{_alternation(lists['attack_not_between'])})(?![\w]))\S+\s+)?"
                            rf"(?:ال)?(?:{_alternation(lists['actor_sides'])})\S*"),
        office_title=re.compile(r"^[وف]?(?:ال)?(?:" + _alternation(lists["office_titles"]) + r")(?![\w])"),
        mutual=_regex(doc.get("mutual_accusations", ""), path, "mutual_accusations"),
        feminine_names=frozenset(normalize(w) for w in lists["feminine_names"]),
        statement_noun=word_pattern(lists["statement_nouns"]),
        surname_sides=_surname_sides(doc, path),
        surname_letters=_surname_letters(doc, path),
        surname_not_after=frozenset(normalize(w) for w in _words(doc.get("surname_sides", {}), "not_after", path)),
        announcement=re.compile(r"(?<![\w])[وفبل]?(?:" + _alternation(lists["announcement_nouns"]) + r")(?![\w])"),
        clause_conjunction=re.compile(r"\s*(?:" + word_pattern(lists["clause_conjunctions"]).pattern + r")\s+"),
        interview=re.compile(rf"(?<![\w])(?:{_alternation(lists['interview_words'])})\S*\s+(?:\S+\s+){{0,2}}?مع\s+"),
        answer_label=re.compile(rf"\s*(?:{_alternation(lists['answer_labels'])})\s*[:\-–]"),
        question_label=re.compile(rf"\s*(?:{_alternation(lists['question_labels'])})\s*[:\-–]"),
        enemy=word_pattern(lists["enemy_words"]),
        statement_heading=re.compile(rf"\s*(?:{_alternation(lists['statement_headings'])})\s+"
                                     r"(?:صادر\s+عن\s+|من\s+|ل(?=\S))?(?P<who>[^:،,.]+?)\s*"),
        referring_conjunction=re.compile(rf"\s*[وف]?(?:{_alternation(lists['referring_conjunctions'])})"
                                         rf"(?:{_alternation(lists['conjunction_pronouns'])})\s*"),
        speech_verbs=frozenset(normalize(w).split()[-1].removeprefix("و").removeprefix("ف")
                               for w in (*lists["continuations"], *lists["reporting_verbs"])),
        teaser=re.compile(r"^\s*(?:" + _alternation(lists["teaser_openers"]) + ")"),
        line_goes_on=re.compile(r"(?:[،,]|(?<![\w])(?:" + _alternation(lists["line_goes_on_after"]) + r"))\s*$"),
        resumption=re.compile(r"(?<![\w])(?:" + _alternation(lists["continuations"])
                              + r")(?![\w])(?:\s+[^\s.:،,]+){0,3}?(?:\s+(?:ان|بان|إن)(?![\w])|\s*:)"),
        page_footer=re.compile(_alternation(lists["footer_markers"]).replace(":", r"\s*:")  # "المصدر :"
                               + r"|(?m:^\s*(?:" + _alternation(lists["related_headers"]) + r")\s*:?\s*$)"),
        timeline_entry=re.compile(r"\s*(?:[-–—•*]\s+)?" + _DAY_LABEL),
        dated_opening=re.compile(r"\s*[وف]?(?:في|يوم)\s+"),
        line_label=_line_label(lists["line_labels"], lists["war_names"], lists["war_topics"]),
        witness=_witness(lists["witness_verbs"], lists["witness_journalists"],
                         [*sides.get(Side.MEDIA.value, ()), *(w for words in state_media.values() for w in words)]),
        denial=re.compile(r"(?<![\w])[وف]?(?:"
                          + prefix_pattern([*lists["denial_verbs"], *lists["denial_participles"]]).pattern
                          + r")\S*\s+(?:\S+\s+){0,6}?(?:صحه\s+)?(?:ال)?(?:"
                          + prefix_pattern(lists["denied_claims"]).pattern + r")\S*\s+(?P<party>)"),
    )


def _witness(verbs: list[str], journalists: list[str], outlets: list[str]) -> re.Pattern:
    """A witness verb and the journalists after it, with the outlet they work for (up to three
    words of its name, each maybe behind في/من or a joined ل: "في وكالة فرانس برس", "لرويترز")."""
    outlet = rf"(?:\s+(?:(?:في|من)\s+|ل)?(?:ال)?(?:{_alternation(outlets)})(?![\w]))"
    return re.compile(rf"(?<![\w])[وف]?(?:{_alternation(verbs)})\s+"
                      rf"(?P<who>(?:ال)?(?:{_alternation(journalists)})\S*{outlet}{{0,3}})")


def _alternatives(patterns: list[str], path: Path) -> re.Pattern:
    """Regular expressions over normalised text, any of them."""
    try:
        return re.compile("|".join(f"(?:{p})" for p in patterns))
    except re.error as exc:
        raise RulesError(f"{path.name}: bad pattern ({exc})") from None


def _after_lam(words: list[str]) -> list[str]:
    """"الأمم المتحدة" and "للأمم المتحدة": after the preposition ل the article's alef falls
    ("المفوضية السامية للأمم المتحدة"), so a side word with the article is also read so."""
    return [*words, *("لل" + w[2:] for w in map(normalize, words) if w.startswith("ال"))]


def _with_article_dropped(words: list[str]) -> list[str]:
    """"الاتفاق" and "اتفاق": after a joined ل ("وفقا للاتفاق") the article's alef and lam fall
    to the preposition, and the word is read without them."""
    return [*words, *(w[2:] for w in map(normalize, words) if w.startswith("ال"))]


def _according(phrases: list[str], verbs: list[str], resumptive: list[str], accounts: list[str]) -> re.Pattern:
    """"بحسب X", and "بحسب ما أعلنته X", "وفق ما أفادت به X" with the verb (and its object suffix
    or its resumptive preposition) taken in. A phrase
    ending in the preposition ل ("وفقا ل") takes it joined to the source's word, as Arabic writes
    it ("وفقا لوزارة الدفاع", "وفقا للجيش": the article's alef falls after ل)."""
    joined = [normalize(p)[:-1].strip() for p in phrases if normalize(p).endswith(" ل")]
    free = [p for p in phrases if not normalize(p).endswith(" ل")]
    verb_after = (rf"(?:\s+ما)?(?:\s+(?:{_alternation(verbs)})(?:ته|ه|تها|ها)?(?![\w])"
                  rf"(?:\s+(?:{_alternation(resumptive)})(?![\w]))?)?")
    pattern = word_pattern(free).pattern + verb_after
    pattern += rf"|(?<![\w])[وف]?في(?=\s+(?:ال)?(?:{_alternation(accounts)})(?![\w]))"  # "في رواية أرمينية"
    if joined:
        pattern += rf"|(?<![\w])(?:[وف])?(?:{_alternation(joined)})\s+لل?(?=\w)"
    return re.compile(pattern)


def _read(path: Path) -> dict:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise RulesError(f"cannot read {path}: {exc.strerror or exc}") from None
    except tomllib.TOMLDecodeError as exc:
        raise RulesError(f"{path.name}: {exc}") from None


def _words(doc: dict, key: str, path: Path) -> list[str]:
    words = doc.get(key)
    if not isinstance(words, list) or not words or not all(isinstance(w, str) and w.strip() for w in words):
        raise RulesError(f"{path.name}: {key} must be a non-empty list of words")
    return words


def _table(doc: dict, key: str, path: Path) -> dict[str, list[str]]:
    table = doc.get(key)
    if not isinstance(table, dict) or not table:
        raise RulesError(f"{path.name}: [{key}] is missing")
    return {name: _words(table, name, path) for name in table}


@dataclass(frozen=True)
class RankingRules:
    place: float
    place_with_district: float
    retrieval_cutoff: float
    context_reach: float
    compared: int
    seat_names_district: float
    town_population: float  # from this many people a place is a town, named with far places too
    bonus: dict[str, float]


RANKING_BONUSES = (
    "in_named_district", "outside_named_district", "core_theatre", "wider_theatre", "main_name",
    "historical_unit", "district_for_district_cue", "admin_for_settlement_cue", "admin_without_cue",
    "district_seat_for_city_cue", "town_known_by_many_names", "unpopulated_for_city_cue", "population_cap",
    "duplicate_record", "exact_arabic_spelling", "distance_per_km", "distance_cap", "named_country",
    "other_country", "merged_pair_record", "vowel_against_name", "vowel_against_name_cap",
)


THRESHOLDS = ("place", "place_with_district", "retrieval_cutoff", "context_reach", "compared", "seat_names_district",
              "town_population")


@lru_cache(maxsize=4)
def ranking(path: Path | None = None) -> RankingRules:
    path = Path(path or config.team_data_dir() / "ranking.toml")
    doc = _read(path)
    thresholds, bonus = doc.get("thresholds", {}), doc.get("bonus", {})
    missing = [k for k in RANKING_BONUSES if not isinstance(bonus.get(k), int | float)]
    missing += [k for k in THRESHOLDS
                if not isinstance(thresholds.get(k), int | float)]
    if missing:
        raise RulesError(f"{path.name}: missing or not a number: {', '.join(missing)}")
    return RankingRules(float(thresholds["place"]), float(thresholds["place_with_district"]),
                        float(thresholds["retrieval_cutoff"]), float(thresholds["context_reach"]),
                        int(thresholds["compared"]), float(thresholds["seat_names_district"]),
                        float(thresholds["town_population"]), {k: float(bonus[k]) for k in RANKING_BONUSES})


@dataclass(frozen=True)
class SpellingRules:
    parts: tuple[tuple[frozenset[str], str, bool], ...]  # (Arabic words, reading, in place)
    common_endings: tuple[str, ...]
    common_min_length: int
    pair_words: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset())  # upper, lower
    press_letters: dict[int, str] = field(default_factory=dict, compare=False)  # Persian letter -> the press spelling
    word_parts: tuple[tuple[str, str], ...] = ()  # (Arabic spelling inside a word, the gazetteer's reading)
    verb_shape: re.Pattern | None = None  # "أقامت", "انتشرت", "استهدفت": a verb, no name, unless recorded so
    toponym_endings: tuple[str, ...] = ()  # "-لي", "-كند": a village's name the gazetteer may lack
    # (English words, the gazetteer's Latin readings): "Upper" is Yukhary, Yuxari
    english_parts: tuple[tuple[frozenset[str], tuple[str, ...]], ...] = ()
    present_verb_shape: re.Pattern | None = None  # "تتوزع", "يتواصل", "لتتوالى": no list item, unless recorded so

    def press_spelling(self, name: str) -> str | None:
        """A Persian-script name as the Arabic press writes it (لاچین: لاتشين), if it differs."""
        spelt = name.translate(self.press_letters)  # every Arabic name of the index asks, on load
        return spelt if spelt != name else None

    @property
    def trailing_parts(self) -> frozenset[str]:
        """Translated parts written after the name (كوزلك العليا): part of it, not a stop."""
        return frozenset(w for arabic, _, in_place in self.parts if not in_place for w in arabic)

    @property
    def leading_parts(self) -> frozenset[str]:
        """The same parts transliterated, written before the name (يوخاري كوزلك), and English's
        translations of them, lower-cased ("upper")."""
        return frozenset(reading for _, reading, in_place in self.parts if not in_place) | frozenset(
            w for english, _ in self.english_parts for w in english)

    def names_both_of_a_pair(self, names) -> bool:
        """A record naming the upper and the lower village of a pair: two villages merged."""
        words = {w for name in names for w in name.lower().replace("-", " ").split()}
        upper, lower = self.pair_words
        return bool(words & upper) and bool(words & lower)

    def readings(self, name: str) -> list[str]:
        """``name`` read with the translated name part it holds transliterated instead, and with
        the words it holds inside its words ([word_parts]) read as the gazetteer writes them.
        English translates a part in place ("Upper Abdurrahmanli" is Yuxari Abdurrahmanli)."""
        if script_of(name) == "latin":
            return self._english_readings(name)
        words = normalize(name).split()
        found = []
        for arabic, reading, in_place in self.parts:
            hits = [i for i, w in enumerate(words) if w in arabic]
            if hits:
                i = hits[0]
                rest = words[:i] + words[i + 1 :]
                changed = words[:i] + [reading] + words[i + 1 :] if in_place else [reading, *rest]
                found.append(" ".join(changed))
                break
        for spelling in [" ".join(words), *found]:
            within = spelling
            for arabic, reading in self.word_parts:
                within = within.replace(arabic, reading)
            if within != spelling:
                found.append(within)
        return found

    def _english_readings(self, name: str) -> list[str]:
        words = name.split()
        for english, reading in self.english_parts:
            hits = [i for i, w in enumerate(words) if w.lower() in english]
            if hits and len(words) > 1:
                return [" ".join(words[: hits[0]] + [latin] + words[hits[0] + 1 :]) for latin in reading]
        return []

    def looks_common(self, word: str) -> bool:
        """An ordinary Arabic word by its ending ("عسكريين", "إصابات"), not a name."""
        return len(word) >= self.common_min_length and word.endswith(self.common_endings)

    def looks_like_toponym(self, word: str) -> bool:
        """"ساريباباغلي", "قزل كند": a name ending as Azerbaijani villages' do (-lı, -kənd)."""
        return len(word) >= self.common_min_length and word.lower().endswith(self.toponym_endings)

    def looks_like_present_verb(self, word: str) -> bool:
        """"القرى المحررة تتوزع على": a verb in the present after a list's cue or a comma is the
        sentence going on, no item of the list."""
        return self.present_verb_shape is not None and self.present_verb_shape.fullmatch(word) is not None

    def looks_like_verb(self, word: str) -> bool:
        """A past verb of she (a ministry, the forces) by its shape: "وأقامت 16 نقطة" after a
        list's last name begins a clause, it names no place."""
        return self.verb_shape is not None and self.verb_shape.fullmatch(word) is not None


@lru_cache(maxsize=4)
def spelling(path: Path | None = None) -> SpellingRules:
    path = Path(path or config.team_data_dir() / "spelling.toml")
    doc = _read(path)
    parts, english_parts = [], []
    for number, part in enumerate(doc.get("parts", ()), 1):
        words = _words(part, "arabic", path)
        if not isinstance(part.get("reads"), str) or not part["reads"].strip():
            raise RulesError(f"{path.name}: part {number} needs a 'reads' spelling")
        parts.append((frozenset(normalize(w) for w in words), normalize(part["reads"]), bool(part.get("in_place"))))
        if "english" in part:
            english_parts.append((frozenset(w.lower() for w in _words(part, "english", path)),
                                  tuple(_words(part, "latin_reads", path))))
    morphology = doc.get("morphology", {})
    endings = _words(morphology, "common_word_endings", path)
    pairs = doc.get("pairs", {})
    pair_words = tuple(frozenset(w.lower() for w in _words(pairs, key, path)) for key in ("upper", "lower"))
    letters = doc.get("press_letters", {})
    if not isinstance(letters, dict) or not all(
            isinstance(k, str) and len(k) == 1 and isinstance(v, str) and v.strip() for k, v in letters.items()):
        raise RulesError(f"{path.name}: [press_letters] maps one letter to its spelling in the press")
    word_parts = doc.get("word_parts", {})
    if not isinstance(word_parts, dict) or not all(
            isinstance(k, str) and k.strip() and isinstance(v, str) and v.strip() for k, v in word_parts.items()):
        raise RulesError(f"{path.name}: [word_parts] maps an Arabic spelling to the gazetteer's reading of it")
    shapes = _words(morphology, "verb_shapes", path)
    present = _words(morphology, "present_verb_shapes", path)
    return SpellingRules(tuple(parts), tuple(normalize(e) for e in endings), int(morphology.get("min_length", 5)),
                         pair_words, str.maketrans(letters),
                         tuple((normalize(k), normalize(v)) for k, v in word_parts.items()),
                         _regex("|".join(f"(?:{shape})" for shape in shapes), path, "verb_shapes"),
                         tuple(normalize(e) for e in _words(morphology, "toponym_endings", path)),
                         tuple(english_parts),
                         _regex("|".join(f"(?:{shape})" for shape in present), path, "present_verb_shapes"))


@dataclass(frozen=True)
class EventRules:
    cues: tuple[tuple[re.Pattern, str, str], ...]  # (pattern at a word start, event type, sub type)
    cue_starts: re.Pattern  # where any cue begins: one scan finds them, each cue is tried only there
    weapons: tuple[str, ...]
    generic_strikes: frozenset[str]
    imminent: re.Pattern
    deployment: re.Pattern
    deployment_described: re.Pattern  # ending right before a deployment word: a relative clause's, no deed
    deployment_parted: re.Pattern  # "، حيث": a clause of its own, which a deployment word before it does not reach
    place_described: re.Pattern  # at a place's end: "حيث", "التي": a clause telling of it, its deed the place's
    launch_site: re.Pattern
    weapon_at: re.Pattern  # ending at the place, the strike's word after it: where the weapon fired from
    purpose: re.Pattern  # matched at a cue's start: its clitic makes it an aim, not a deed
    clause_opener: re.Pattern  # "، وإن": a cue past it is the next clause's
    that_clause: re.Pattern  # "، وأن", "، مضيفا أن": a new claim, out of reach of the cues before it
    peacekeepers: re.Pattern  # just before a capture cue: they entered, no side took the place
    nearby: re.Pattern  # heights taken near the place, between the capture cue and it: no capture of it
    intention_denied: re.Pattern  # "لا ينوي شن هجوم": no event, nor a claim of one
    nothing_recorded: re.Pattern  # ending at a cue: "لم تسجل أي اشتباكات في", calm, no event nor claim
    nothing_recorded_compared: re.Pattern  # at a cue: "قصفا بهذه الكثافة", never so much: it happened
    scheduled: re.Pattern  # "من المقرر أن تسلم": a control change set for later, none yet
    falls: re.Pattern  # right before the name: "سقوط شوشة" is its capture
    received: re.Pattern  # right before the name: "أذربيجان تتسلم لاتشين" is its handover
    historical: re.Pattern  # "عام 1993" right after the place or the cue: the first war's
    history_elsewhere: re.Pattern  # between a deed and a year: the year dates another verb or state
    historical_opening: re.Pattern  # "وفي عام 1992، سيطرت ...": a pre-war year fronting the sentence
    first_war_before: re.Pattern  # "انتهت الحرب الأولى بسيطرة ...": the first war named before the cue
    held: re.Pattern  # ending at the cue: "التي يسيطر عليها", "خاضعة لسيطرة": who holds it, no change
    present_control: re.Pattern  # a capture's cue words in the present: "تسيطر", of the holder still holding
    circumstance: re.Pattern  # ending at a cue after the place: "بعد معارك": what came before the deed
    reference_after_place: re.Pattern  # the words between two places, whole: "X جنوب Y", Y says where X is
    locator: re.Pattern  # ending at the place: "الواقعة جنوب X": a reference point for another place
    dateline: re.Pattern  # right after a place opening a paragraph: "باكو (أ ف ب) -", where the report was filed
    superlative: re.Pattern  # before a cue: "أعنف قتال ... منذ التسعينيات", today's fighting measured
    prospect: re.Pattern  # ending at a cue: "تعهد بتحرير", "في حال سقوط": meant or feared, no event
    whoever: re.Pattern  # ending at a present verb's first letter: "من يسيطر على", who or whoever
    prospect_after: re.Pattern  # at the place's end: "تحرير شوشا مسألة وقت"
    aim: re.Pattern  # ending at a control cue: "تسعى القوات إلى السيطرة على": fought for, not taken
    war_as_time: re.Pattern  # ending at a clash cue: "منذ بداية المعارك": a time, no fighting there
    strikes_over: re.Pattern  # ending at a strike cue: "بعد توقف القصف": a time, no strike there
    within_range: re.Pattern  # ending at a strike cue: "في مرمى المدفعية": in reach, no strike there
    distance_from: re.Pattern  # ending at a clash cue: "على بعد 15 كيلومترا من خط الجبهة": where, no fighting
    settlements_on_front: re.Pattern  # ending at a front or axis cue: "قرى جديدة في محور": where they lie
    named_again: re.Pattern  # "رئيس بلدية مدينة X إن القصف على المدينة": the official's town named again
    admission: re.Pattern  # in a loss's cue words: "يقر بخسارة", a claim of the day it is made
    change_done: re.Pattern  # a control cue's first word a past verb: "دخلت", "تسلمت", a change told as done
    ongoing: re.Pattern  # before "منذ يومين": "تتواصل المعارك", for two days, not two days ago
    fronted_circumstance: re.Pattern  # "وقبل انسحابهم، ...": a control cue there is not the main clause's
    pronoun_claim: re.Pattern  # "رغم إعلان باكو السيطرة عليها": a second claim on the place named last
    failed: re.Pattern  # ending at a control cue: "فشلت القوات في السيطرة على", attempted, not taken
    incident: re.Pattern  # "وقع الحادث قرب X": the deed the sentence before told of
    road_to: re.Pattern  # between a strike's cue and the place: "على الطريق بين X وY", the road struck
    way_opened: re.Pattern  # between a cue and the place: "تفتح الطريق أمام القوات نحو X", where a way leads
    people_from: re.Pattern  # between a prisoners cue and the place: "مقاتلا سوريا من", where they come from
    liberated_before: re.Pattern  # a capture cue's word: "المحررة" after the place, a state, no day of its own


# The [overrides] patterns of data/events.toml: every EventRules field after the cues and weapons,
# named as in the file.
_OVERRIDE_KEYS = tuple(f.name for f in fields(EventRules))[4:]


def arabic_regex(pattern: str) -> re.Pattern:
    """A pattern written in ordinary spelling, matched against normalised text."""
    return re.compile(normalize(pattern))


# a cue with its clitics and article, or a verb's with the future prefix (وسنحرر، سيدخل، ستقصف)
_CUE_AT_WORD_START = r"(?<![\w])(?:لل|[وفبل])?(?:(?P<future>س(?=[ينت]))|ال)?(?:{})"




@lru_cache(maxsize=4)
def events(path: Path | None = None) -> EventRules:
    path = Path(path or config.team_data_dir() / "events.toml")
    doc = _read(path)
    types = {t.value for t in EventType}
    cues = []
    for number, cue in enumerate(doc.get("cue", ()), 1):
        if cue.get("type") not in types or not cue.get("sub_type") or not cue.get("pattern"):
            raise RulesError(f"{path.name}: cue {number} needs a type ({', '.join(sorted(types))}), "
                             "a sub_type and a pattern")
        cues.append((_regex(_CUE_AT_WORD_START.format(cue["pattern"]), path, number), cue["type"], cue["sub_type"]))
    if not cues:
        raise RulesError(f"{path.name}: no [[cue]] entries")
    any_cue = "|".join(f"(?:{cue['pattern']})" for cue in doc["cue"])
    strike, overrides = doc.get("strike", {}), doc.get("overrides", {})
    return EventRules(
        tuple(cues), _regex(f"(?={_CUE_AT_WORD_START.format(any_cue)})", path, "cues"),
        tuple(_words(strike, "weapons", path)), frozenset(_words(strike, "generic", path)),
        *(_regex(overrides.get(key, ""), path, key) for key in _OVERRIDE_KEYS),
    )


def _regex(pattern: str, path: Path, where) -> re.Pattern:
    if not pattern:
        raise RulesError(f"{path.name}: {where}: empty pattern")
    try:
        return arabic_regex(pattern)
    except re.error as exc:
        raise RulesError(f"{path.name}: {where}: bad pattern ({exc})") from None


CUE_KINDS = ("village", "city", "district", "axis", "front")


@dataclass(frozen=True)
class LatinCues:
    """An English tweet's cue words, lower-case: before a name, or after it by kind."""

    before: frozenset[str]
    after: dict[str, str]  # "villages" -> village, "town" -> city, "district" -> district
    colon_gap_words: int  # "villages of X district were liberated: A, B": lower-case words before the colon
    before_of: frozenset[str] = frozenset()  # "direction" in "in the direction of X": a place, kind unsaid
    kind_of: dict[str, str] = field(default_factory=dict)  # "town" in "the town of X" -> city
    list_kind_of: dict[str, str] = field(default_factory=dict)  # "villages" in "the villages of X, Y" -> village
    joiners: frozenset[str] = frozenset({"and"})  # between a list's last two names: "and", Azerbaijani "və"
    district_before: frozenset[str] = frozenset()  # "Cəbrayıl rayonunun X və Y kəndləri": the genitive


@dataclass(frozen=True)
class MentionRules:
    cues: dict[str, str]  # normalised cue word -> village | city | district | axis | front
    plural: frozenset[str]
    weak: frozenset[str]
    region: frozenset[str]
    vicinity: frozenset[str]  # "في محيط X": a place's surroundings name it
    qualifiers: frozenset[str]
    openers: frozenset[str]
    pronoun_openers: frozenset[str]  # "، وهي خطوة مهمة": openers that may begin a clause of their own
    counting_words: frozenset[str]  # "خمس عشرة قرية": a singular cue counted as many
    closers: frozenset[str]
    list_line_words: frozenset[str]  # besides places and cues, all a line going on with a claim holds
    event_list_skips: frozenset[str]  # adverbs between an event word and the names it lists
    settlement_adjectives: frozenset[str]  # "قرى جديدة في X": X is where they lie
    list_adjectives: frozenset[str]  # "القرى المحررة في محافظة X هي:": which villages, before their district
    appositive_cues: frozenset[str]  # a singular cue that names its place even with the article: "العاصمة X"
    group_pointers: frozenset[str]  # "بين", "تضم" before "هذه القرى": the group's places are listed
    demonstratives: frozenset[str]  # "بين هذه القرى: X، Y": the villages of an earlier sentence's claim
    list_nouns: frozenset[str]  # "وتضم القائمة: قرى X وY": the list an earlier sentence published
    citing_verbs: frozenset[str]  # "وجاء في القائمة: قرى X وY": what the list reads
    locator_adverbs: frozenset[str]  # "في محافظة D أيضا، وZ": after a group's district, before the next group
    locator_reach: int
    locator_breaks: frozenset[str]  # "، وإن": a new clause, whose "في مدينة X" locates no list before it
    max_name_words: int
    name_parts: frozenset[str]
    given_names: frozenset[str]  # as written, marks dropped: "علي" begins Əli- names, "على" never
    article_joiners: frozenset[str]  # "عبد الرحمنلي": the article-prefixed word after goes on with the name
    split_suffixes: frozenset[str]  # "مرجان لي": a name's suffix written apart, no word of its own
    stopwords: frozenset[str]
    common: frozenset[str]
    latin_stopwords: frozenset[str]
    latin_locators: tuple[tuple[str, ...], ...]  # lower-case words before a district name
    latin_cues: LatinCues
    countries: dict[str, str]  # a nationality or country word -> its ISO code
    provinces: dict[str, str]  # another country's province (أذربيجان الشرقية) -> that country's ISO code
    border_countries: frozenset[str]  # ISO codes: countries across the front whose villages share its names
    surname_endings: tuple[str, ...]
    surname_short_endings: tuple[str, ...]
    not_surname_endings: tuple[str, ...]

    def is_surname(self, word: str) -> bool:
        """…يان، …ييف، …وف (normalised): Armenian and Russian-style surnames; not the Arabic
        plural فعائل ("قذائف", normalised قذايف), which ends the same way."""
        if word.endswith(self.not_surname_endings):
            return False
        return (word.endswith(self.surname_endings) and len(word) >= 6) or (
            word.endswith(self.surname_short_endings) and len(word) >= 5)


@lru_cache(maxsize=4)
def mentions(path: Path | None = None) -> MentionRules:
    path = Path(path or config.team_data_dir() / "mentions.toml")
    doc = _read(path)
    cues_table, lists, words, surnames, latin, countries, provinces = (
        doc.get(k, {}) for k in ("cues", "lists", "words", "surnames", "latin", "countries", "provinces"))
    missing = [kind for kind in CUE_KINDS if kind not in cues_table]
    if missing:
        raise RulesError(f"{path.name}: [cues] lacks {', '.join(missing)}")
    if not {"AM", "AZ"} <= set(countries):
        raise RulesError(f"{path.name}: [countries] must name AM and AZ")

    def norm(table: dict, key: str) -> frozenset[str]:
        return frozenset(normalize(w) for w in _words(table, key, path))

    def number(table: dict, key: str) -> int:
        if not isinstance(table.get(key), int) or table[key] < 1:
            raise RulesError(f"{path.name}: {key} must be a whole number of at least 1")
        return table[key]

    cues = {normalize(w): kind for kind in CUE_KINDS for w in _words(cues_table, kind, path)}
    plural = norm(cues_table, "plural")
    if not plural <= set(cues):
        raise RulesError(f"{path.name}: plural cues that are no cue: {sorted(plural - set(cues))}")
    openers, pronoun_openers = norm(lists, "openers"), norm(lists, "pronoun_openers")
    if not pronoun_openers <= openers:
        raise RulesError(f"{path.name}: pronoun openers that are no opener: {sorted(pronoun_openers - openers)}")
    appositive = norm(cues_table, "appositive")
    if not appositive <= set(cues):
        raise RulesError(f"{path.name}: appositive cues that are no cue: {sorted(appositive - set(cues))}")
    return MentionRules(
        cues, plural, norm(cues_table, "weak"), norm(cues_table, "region"), norm(cues_table, "vicinity"),
        norm(lists, "qualifiers"), openers, pronoun_openers, norm(lists, "counting_words"), norm(lists, "closers"),
        norm(lists, "list_line_words"), norm(lists, "event_list_skips"), norm(lists, "settlement_adjectives"),
        norm(lists, "list_adjectives"), appositive, norm(lists, "group_pointers"), norm(lists, "demonstratives"),
        norm(lists, "list_nouns"), norm(lists, "citing_verbs"), norm(lists, "locator_adverbs"),
        number(lists, "locator_reach"),
        norm(lists, "locator_breaks"), number(lists, "max_name_words"),
        norm(words, "name_parts"), frozenset(strip_marks(w) for w in _words(words, "given_names", path)),
        norm(words, "article_joiners"), norm(words, "split_suffixes"),
        norm(words, "stopwords"), norm(words, "common"),
        frozenset(w.lower() for w in _words(words, "latin_stopwords", path)),
        tuple(tuple(phrase.lower().split()) for phrase in _words(lists, "latin_locators", path)),
        LatinCues(frozenset(w.lower() for w in _words(latin, "before", path)),
                  {w.lower(): kind for kind in ("village", "city", "district")
                   for w in _words(latin, f"{kind}_after", path)}, number(latin, "colon_gap_words"),
                  frozenset(w.lower() for w in _words(latin, "before_of", path)),
                  {w.lower(): kind for kind in ("village", "city") for w in _words(latin, f"{kind}_of", path)},
                  {w.lower(): kind for kind, key in (("village", "villages_of"), ("city", "cities_of"))
                   for w in _words(latin, key, path)},
                  frozenset(w.lower() for w in _words(latin, "joiners", path)),
                  frozenset(w.lower() for w in _words(latin, "district_before", path))),
        {normalize(w): code for code in countries for w in _words(countries, code, path)},
        {normalize(w): code for code in provinces for w in _words(provinces, code, path)},
        frozenset(_words(doc.get("border", {}), "countries", path)),
        *(tuple(normalize(w) for w in _words(surnames, key, path))
          for key in ("endings", "short_endings", "not_endings")),
    )
