"""Dates: time expressions in Arabic (and English) news, publication date inference, event dates.

Arabic news rarely prints its own date in the body. It says "الخميس" (Thursday), "أمس
الأربعاء" (yesterday, Wednesday), "27 سبتمبر الماضي" (last 27 September). The publication
date is inferred from the weekday the article calls today, bounded below by every date it
speaks of as past, within the war window; each event's date resolves relative words against
the publication date.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path

from hijridate import Hijri

from geo import config, rules
from geo.arabic import normalize

WEEKDAYS = {
    "الاثنين": 0, "الإثنين": 0, "الثلاثاء": 1, "الأربعاء": 2, "الخميس": 3, "الجمعة": 4,
    "السبت": 5, "الأحد": 6,
}
WEEKDAYS = {normalize(k): v for k, v in WEEKDAYS.items()}
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

MONTHS = {
    # Egyptian / Western series
    "يناير": 1, "فبراير": 2, "مارس": 3, "أبريل": 4, "ابريل": 4, "مايو": 5, "يونيو": 6,
    "يونيه": 6, "يوليو": 7, "يوليه": 7, "أغسطس": 8, "اغسطس": 8, "سبتمبر": 9, "أكتوبر": 10,
    "اكتوبر": 10, "أوكتوبر": 10, "نوفمبر": 11, "ديسمبر": 12,
    # Moroccan series (Hespress and the Moroccan press): يوليوز، غشت، شتنبر، نونبر، دجنبر
    "ماي": 5, "يوليوز": 7, "غشت": 8, "شتنبر": 9, "نونبر": 11, "دجنبر": 12,
    # Algerian and Tunisian series, from the French months
    "جانفي": 1, "فيفري": 2, "أفريل": 4, "جوان": 6, "جويلية": 7, "أوت": 8,
    # Levantine series
    "كانون الثاني": 1, "شباط": 2, "آذار": 3, "نيسان": 4, "أيار": 5, "حزيران": 6, "تموز": 7,
    "آب": 8, "أيلول": 9, "تشرين الأول": 10, "تشرين الثاني": 11, "كانون الأول": 12,
    # without the article (the Syrian press) or numbered (page stamps): "تشرين أول"، "تشرين1/أكتوبر"
    "كانون ثاني": 1, "تشرين أول": 10, "تشرين ثاني": 11, "كانون أول": 12,
    "كانون2": 1, "تشرين1": 10, "تشرين2": 11, "كانون1": 12,
}
MONTHS = {normalize(k): v for k, v in MONTHS.items()}
ENGLISH_MONTHS = {
    m: i + 1
    for i, m in enumerate(
        "january february march april may june july august september october november december"
        .split()
    )
} | {m: i + 1 for i, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split())} | {"sept": 9}
# Gulf and Saudi outlets date by the Hijri calendar, sometimes alone: "الأحد 8 ربيع الأول 1442"
HIJRI_MONTHS = {
    normalize(k): v
    for k, v in {
        "محرم": 1, "صفر": 2, "ربيع الأول": 3, "ربيع الآخر": 4, "ربيع الثاني": 4, "جمادى الأولى": 5,
        "جمادى الآخرة": 6, "جمادى الثانية": 6, "رجب": 7, "شعبان": 8, "رمضان": 9, "شوال": 10,
        "ذو القعدة": 11, "ذي القعدة": 11, "ذو الحجة": 12, "ذي الحجة": 12,
    }.items()
}
ORDINALS = {
    normalize(k): v
    for k, v in {
        "الأول": 1, "الثاني": 2, "الثالث": 3, "الرابع": 4, "الخامس": 5, "السادس": 6,
        "السابع": 7, "الثامن": 8, "التاسع": 9, "العاشر": 10,
    }.items()
}

_MONTH_RE = "|".join(sorted(map(re.escape, MONTHS), key=len, reverse=True))
_ORD_RE = "|".join(map(re.escape, ORDINALS))
_WEEKDAY_RE = "|".join(map(re.escape, WEEKDAYS))
_ORDINAL_WORDS = "|".join(["الاول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن",
                           "التاسع", "العاشر"])
# "اليوم التاسع والعشرين", "اليوم الحادي عشر": compound ordinals, units first
_UNIT_ORDINALS = {"الحادي": 1, **{k: v for k, v in ORDINALS.items() if v < 10}}
# the nominative too: "اليوم الثلاثون من الحرب", "السابع والعشرون من أكتوبر" in a headline or subject
_TEN_ORDINALS = {"العشرين": 20, "الثلاثين": 30, "الاربعين": 40, "العشرون": 20, "الثلاثون": 30, "الاربعون": 40}
_UNIT_RE = "|".join(_UNIT_ORDINALS)
_TEN_RE = "|".join(_TEN_ORDINALS)
# "في الرابع من الشهر الجاري", "السابع والعشرين": a day of the month as an ordinal
_DAY_ORDINAL = rf"(?:{_UNIT_RE})\s+(?:و(?:{_TEN_RE})|عشر)|(?:{_TEN_RE})|{_ORD_RE}"
# "الماضي" and its synonyms (the Gulf's الفائت, المنصرم): a week, month or weekday gone by
_GONE = "(?:الماضي|المنصرم|الفايت)"
# "27 سبتمبر/أيلول الماضي", "28 تشرين الأول/ أكتوبر 2020", "الخامس من تشرين الأول/أكتوبر",
# "الـ15 من أكتوبر"; a stamp's "11/أكتوبر/2020" and "11 - أكتوبر - 2020" (آب, not أبناء: the month ends a word)
ARABIC_DATE = re.compile(
    rf"(?:(?P<day>\d{{1,2}})(?:\s+من\s+|\s*[-/]\s*|\s+)|(?P<ord>{_DAY_ORDINAL})\s+من\s+)(?P<month>{_MONTH_RE})(?!\w)"
    rf"(?:\s*/\s*(?:{_MONTH_RE})(?!\w))?(?:(?:\s*[-/]\s*|\s+)(?P<year>(?:19|20)\d\d))?"
    rf"(?P<past>\s+{_GONE})?(?P<current>\s+الجاري)?"
)
# "أكتوبر 14, 2020": the month first, as some sites print their stamps; the year is required
ARABIC_MONTH_FIRST = re.compile(
    rf"(?<!\w)(?P<month>{_MONTH_RE})\s+(?P<day>\d{{1,2}})\s*[,،]\s*(?P<year>(?:19|20)\d\d)(?!\d)"
)
ENGLISH_DATE = re.compile(  # "October 14, 2020", "Oct. 14, 2020", "14 Oct 2020"
    r"(?i)\b(?:(?P<month1>[a-z]+)\.?\s+(?P<day1>\d{1,2}),?\s+(?P<year1>20\d\d)"
    r"|(?P<day2>\d{1,2})\s+(?P<month2>[a-z]+)\.?,?\s+(?P<year2>20\d\d))\b"
)
# "8 ربيع الأول 1442 هـ": the year is required (صفر is also "zero")
HIJRI_DRIFT_DAYS = 2  # how far a local Hijri calendar may stand from Umm al-Qura's
HIJRI_DATE = re.compile(
    r"(?<!\d)(?P<day>\d{1,2})\s+(?:من\s+)?(?P<month>"
    + "|".join(sorted(map(re.escape, HIJRI_MONTHS), key=len, reverse=True))
    + r")\s+(?P<year>14\d\d)(?!\d)"
)
_DIGIT = re.compile(r"\d")
# a stamp's clock and calendar marks: "01:39 ص", "1442هـ", "2020م"
_CLOCK = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?(?:\s*[صم](?![\w]))?|(?<=\d)\s*(?:هـ|ه|م)(?![\w])")
# a page's stamp runs its date (and the other calendar's) into a clock: "• 10/10/2020 • 00:00",
# "1442هـ - 15 نوفمبر 2020م 01:39 ص"; prose gives an hour with "الساعة", not beside the year
_STAMP_GAP = re.compile(r"(?:\s*(?:هـ|ه|م)(?![\w]))?[\s•|·,،\-–—/]*")
_CLOCK_TIME = re.compile(r"\d{1,2}:\d{2}(?!\d)")
_CLOCK_BEFORE = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?(?:\s*[صم](?![\w]))?[\s•|·,،\-–—/]*$")
_YEAR = re.compile(r"(?:19|20|14)\d\d")
STAMP_CLOCK_CHARS = 20  # before a stamp's date, room for its clock: "01:39 ص - "
# 2020-10-18T10:30 too; a space may stand around each separator, the same twice ("15 - 10 - 2020")
ISO_DATE = re.compile(r"\b(20\d\d) ?([-/.]) ?(\d{1,2}) ?\2 ?(\d{1,2})(?:\b|(?=T\d))")
DAY_FIRST_DATE = re.compile(r"\b(\d{1,2}) ?([-/.]) ?(\d{1,2}) ?\2 ?(20\d\d)\b")  # 01/11/2020, Arab style
# "في 9/10", "يوم 27/9": day and month with no year, only where a date is plainly meant (a score,
# a fraction or a time reads the same alone); the year is the article's
DAY_MONTH_DATE = re.compile(
    r"(?<![\w])(?:في|يوم|بتاريخ|منذ|حتي|مساء|صباح|ليله|فجر)\s+(\d{1,2})/(\d{1,2})(?![\d/]|[.:]\d)")
LEAD_STAMP_CHARS = 400
_UPDATE_LABEL = re.compile(r"(?<![\w])(?:تحديث|تحديثه|محدث|updated?)(?![\w])", re.I)  # آخر تحديث، تم تحديثه
DATELINE_LINES = 3  # a dateline heads the text or stands under the headline (and a byline)
DATELINE_CHARS = 200
_DAYS_AGO = {"يومين": 2, "ثلاثه ايام": 3, "اربعه ايام": 4, "خمسه ايام": 5, "سته ايام": 6, "سبعه ايام": 7,
             "ثمانيه ايام": 8, "تسعه ايام": 9, "عشره ايام": 10}
_DAY_BEFORE_YESTERDAY = ("اول", "امس الاول")  # "أول أمس", "أول من أمس", "أمس الأول"
_WEEKS_AGO = {"اسبوع": 1, "اسبوعين": 2, "ثلاثه اسابيع": 3}
# "وبعد يومين قصفت ...", "وفي اليوم التالي سيطرت ...": days after the day the text told last, not
# after the article's ("بعد يومين من اندلاع المعارك" counts from an event, the war's age).
_LATER = re.compile(r"(?<![\w])[وف]?(?P<expr>بعد\s+(?P<span>يوم\s+واحد|يوم|يومين|اسبوع|اسبوعين|"
                    + "|".join(k for k in _DAYS_AGO if k != "يومين") + r"|\d{1,2}\s+(?:ايام|يوما))"
                    r"(?!\s+(?:من|علي)(?![\w]))|(?:في\s+)?(?:صباح\s+|مساء\s+)?(?:اليوم|الليله)\s+(?:التالي|التاليه))(?![\w])")
_LATER_DAYS = {"يوم": 1, "يوم واحد": 1, "اسبوع": 7, "اسبوعين": 14, **_DAYS_AGO}
# "بعد دقائق من بدء سريان الهدنة", "فور دخول الهدنة الإنسانية الثانية حيز التنفيذ", "مع بدء وقف إطلاق
# النار": within hours of a truce taking effect, on its day (not "منذ", a span, nor "قبل"); "عشية
# الهدنة", "عشية دخول الهدنة الإنسانية حيز التنفيذ": on its eve, the day before
_TRUCE = (r"(?:(?:ال)?هدنه(?:\s+(?:ال)?انسانيه)?(?:\s+(?P<nth>الاولي|الثانيه|الثالثه))?"
          r"|(?:ال)?وقف\s+(?:ل)?(?:ال)?اطلاق\s+(?:ال)?نار)(?![\w])")
_TRUCE_TAKES_EFFECT = r"(?:بدء|بدايه|دخول|سريان|اعلان)\s+"
TRUCE_TIME = re.compile(
    r"(?<![\w])[وف]?(?:(?:بعد\s+(?:\S+\s+)?(?:دقايق|دقيقه|ساعات|ساعه|ساعتين|لحظات|قليل|وقت\s+قصير)\s+(?:من|علي)"
    rf"|فور|مع|عقب|اثر)\s+(?:{_TRUCE_TAKES_EFFECT}){{1,2}}|(?P<eve>(?:في\s+)?عشيه)\s+(?:{_TRUCE_TAKES_EFFECT}){{0,2}})"
    + _TRUCE)
_TRUCE_ORDINALS = {"الاولي": 1, "الثانيه": 2, "الثالثه": 3}
# "بعد أسبوع من هدنة موسكو", "عقب يومين على إعلان": a span after the milestone named next (its
# phrase may begin past the article: "بعد يومين من الهدنة الإنسانية" finds "هدنة إنسانية")
_AFTER_MILESTONE = re.compile(r"(?<![\w])[وف]?(?:بعد|عقب)\s+(?P<span>"
                              + "|".join(sorted(_LATER_DAYS, key=len, reverse=True))
                              + r")\s+(?:من|علي)\s+(?:[^\s.،,]+\s+){0,3}?(?:ال)?$")
# Every alternative of RELATIVE begins with one of these characters: the scan tries the pattern
# only where one stands (2.4 times faster on news text). A new alternative must add its first letter.
_RELATIVE_FIRST = r"[اقمخهشب\dtTyYlL]"
# English words are for the tweets articles embed: "... fired at Barda last night"
RELATIVE = re.compile(
    rf"(?={_RELATIVE_FIRST})(?:(?P<today>اليوم(?!\s+(?:السادس|السابع|الثامن|التالي|الاول|الثاني|الثالث|نفسه|ذاته))(?<!ذات\sاليوم)|(?i:today|this\s+morning|tonight)"
    rf"|(?:قبل|منذ)\s+(?:بضع\s+)?(?:ساعات|ساعه|ساعتين|قليل)(?![\w])(?!\s+(?:من|علي)(?![\w]))|الساعات\s+(?:الاخيره|الماضيه|القليله\s+الماضيه))"
    rf"|(?P<daysago>(?:قبل|منذ)\s+(?:{'|'.join(_DAYS_AGO)}|\d{{1,2}}\s+(?:ايام|يوما))|اول\s+(?:من\s+)?امس|امس\s+الاول)"
    rf"|(?P<weeksago>قبل\s+(?:اسبوعين|اسبوع|ثلاثه اسابيع)(?!\w))"
    rf"|(?P<thismonth>(?:(?P<monthday>\d{{1,2}})|(?P<monthord>{_DAY_ORDINAL}))\s+(?:من\s+)?(?:(?:الشهر\s+)?الجاري|الشهر\s+الحالي|(?P<prevmonth>الشهر\s+{_GONE})"
    rf"|(?P<samemonth>(?:ال)?شهر\s+(?:نفسه|ذاته)|نفس\s+الشهر|الشهر(?!\s+(?:المقبل|القادم)))))"
    rf"|(?P<yesterday>(?:ال)?امس|البارحه|الليله الماضيه|(?i:yesterday|last\s+night))"
    rf"|(?P<lastweek>الاسبوع {_GONE})"
    rf"|(?P<thisweek>(?:(?:مطلع|بدايه|اوائل|خلال)\s+)?(?:هذا الاسبوع|الاسبوع\s+(?:الجاري|الحالي)))"
    rf"|(?P<lastmonth>الشهر {_GONE})"
    rf"|(?P<currentmonth>(?:(?:مطلع|بدايه|اوائل|منتصف|اواخر|خلال)\s+)?(?:ال)?شهر\s+(?:ال)?(?:جاري|حالي)|هذا الشهر)"
    rf"|(?P<weekday>{_WEEKDAY_RE})(?P<lastweekday>\s+{_GONE})?)"
)
# "تقرير نُشر أمس", "في تقرير نشرته الجمعة", "بيانها الصادر اليوم":
# the expression dates a publication (the pronoun on the verb is the report), not what it describes
REPORT_DATE = re.compile(
    r"(?<!\S)[وف]?(?:ا?(?:نشر|صدر)(?:ت|ته|تها|ه|ها)?|(?:ال)?(?:صادر|منشور)ه?)\s+(?:يوم\s+)?$")
# "منذ 27 سبتمبر", "منذ بدء الحرب في 27 سبتمبر", "منذ اندلاع المعارك مع القوات الأذربيجانية في
# السابع والعشرين من الشهر الماضي": since, not when
RANGE_START = re.compile(
    r"(?:منذ|ابتداء من|اعتبارا من)\s*(?:(?:بدء|بدايه|اندلاع)\s+(?:\S+\s+){1,4}?(?:في\s+)?)?(?:يوم\s*)?$")
TRUCE_BROKEN = re.compile(
    r"(?:خرق|خروقات|انتهاك|انتهاكات|يخرق|تخرق)\S*\s+(?:\S+\s+){0,3}?"
    r"(?:لاتفاق|اتفاق|اتفاقيات|لهدنه|الهدنه|هدنه|وقف)"
)
# "اليوم العشرين من الحرب", "لليوم السابع على التوالي", and the war named first with its day after
# it: "دخلت المعارك يومها الحادي والعشرين"; a number may take the article apart, its kashida
# folded away ("اليوم الـ 12 من القتال")
_WAR_WORDS = r"(?:قتال|معارك|اشتباكات|حرب|مواجهات|نزاع)"
FIGHTING_DAY = re.compile(
    rf"(?:(?P<war>(?:ال){_WAR_WORDS}\s+(?:\S+\s+){{0,2}}?)(?:يومها|يومه)|لليوم|اليوم|يومها|يومه)"
    rf"\s+(?:ال\s?)?(?P<number>\d{{1,2}}"
    rf"|(?P<unit>{_UNIT_RE})\s+(?:و(?P<tens>{_TEN_RE})|(?P<teen>عشر))|(?P<ten>{_TEN_RE})|{_ORDINAL_WORDS})"
    rf"(?(war)|(?:(?:\s+\S+){{0,3}}?(?:\s+(?:من|في)\s+(?:ال)?|\s+لل){_WAR_WORDS}|\s+علي\s+التوالي))"
)
YESTERDAY = re.compile(r"(?<![\w])(?:[وب])?(?:امس|البارحه)(?![\w])")
WAR_AGE = re.compile(r"(?:قبل|منذ|خلال)\s+(?P<more>اكثر من\s+)?(?P<span>[^\s.,]+(?:\s+اسابيع)?)"
                     # "بعد ثلاثة أسابيع من اندلاع المعارك", "بعد مرور شهر على اندلاع": after, only with
                     # the outbreak right after the span
                     r"|بعد\s+(?:(?:مرور|مضي)\s+)?(?P<more_after>اكثر من\s+)?(?P<span_after>[^\s.,]+(?:\s+اسابيع)?)"
                     r"(?=\s+(?:من|علي)\s+(?:اندلاع|بدء|بدايه|انطلاق|اشتعال))")
WAR_BEGAN = re.compile(r"اندلع|اندلاع|بدات|بدء|انطلاق|اشتعال|القتال|المعارك|الحرب|الاشتباكات|النزاع")
MONTH_PLUS = re.compile(r"شهرها الثاني|شهره الثاني")
# "مع دخول الحرب أسبوعها الثالث" (the war named, then the week it entered), "في الأسبوع الثالث من
# الحرب", "للأسبوع الرابع على التوالي": the war's week N, from the war's start plus N-1 weeks
WAR_WEEK = re.compile(rf"(?:ال){_WAR_WORDS}\s+(?:\S+\s+){{0,2}}?(?:اسبوعها|اسبوعه)\s+(?P<nth>{_ORDINAL_WORDS})(?![\w])"
                      rf"|(?<![\w])[وف]?(?:في\s+|لل|ل)?(?:ال)?اسبوع\s+(?P<nth_of>{_ORDINAL_WORDS})\s+"
                      rf"(?:(?:من|في|علي)\s+(?:ال)?{_WAR_WORDS}|علي\s+التوالي)(?![\w])")
# "أواخر أكتوبر", "مطلع تشرين الأول/أكتوبر", "منتصف شهر أكتوبر": a part of a named month, no day.
PART_OF_MONTH = re.compile(
    rf"(?<![\w])(?:مطلع|بدايه|اوائل|منتصف|اواسط|اواخر|نهايه|خلال)\s+(?:شهر\s+)?(?P<month>{_MONTH_RE})"
    rf"(?:\s*/\s*(?:{_MONTH_RE}))?(?![\w])(?:\s+(?P<year>(?:19|20)\d\d))?")
# "أواخر أيلول الماضي", "سبتمبر/أيلول الماضي": a month named as over, without a day.
MONTH_PAST = re.compile(rf"(?<![\w])(?P<month>{_MONTH_RE})(?:\s*/\s*(?:{_MONTH_RE}))?\s+{_GONE}")
# A month named with no day: after في, شهر, خلال or منذ, or with its year or الماضي after it ("في يوليو
# الماضي", "تموز/يوليو 2020", "معارك أبريل 2016"). Sometime that month; آب alone is also "father".
NAMED_MONTH = re.compile(rf"(?<![\w])(?P<month>{_MONTH_RE})(?P<pair>\s*/\s*(?:{_MONTH_RE}))?(?![\w])"
                         rf"(?:\s+(?P<year>(?:19|20)\d\d)(?!\d)|\s+(?P<past>{_GONE}))?")
MONTH_INTRODUCER = re.compile(r"(?<![\w])[وف]?(?:في|شهر|خلال|منذ)\s+$")
LAST_MONTH = re.compile(rf"الشهر {_GONE}")
WAR_RENEWED = re.compile(WAR_BEGAN.pattern + r"|تجدد|نزاع")


@dataclass(frozen=True, slots=True)
class Milestone:
    """A documented event of the war: a text that speaks of it was written on or after it."""

    date: date
    what: str
    phrases: re.Pattern | None = None  # Arabic wording that refers to it
    place_id: int | None = None  # a town whose capture it is


@dataclass(frozen=True, slots=True)
class Timeline:
    start: date
    end: date
    after_end_days: int
    first_truce: date
    milestones: tuple[Milestone, ...] = ()
    future: re.Pattern | None = None  # words that make a nearby date a deadline or a schedule
    war_age: dict[str, int] = field(default_factory=dict)  # "أسبوع" -> 7: spans since the war began
    scheduled: dict[date, date] = field(default_factory=dict)  # a date set in advance -> when it was set
    # a date without its year up to this many days after the article is ahead of it (a deadline,
    # a schedule); farther ahead, it is last year's ("28 ديسمبر" in an article of January)
    future_horizon_days: int = 60
    handovers: dict[str, date] = field(default_factory=dict)  # a district handed over -> the day (admin1 code)
    truces: tuple[date, ...] = ()  # the days the truces took effect, in order

    @property
    def latest(self) -> date:
        return self.end + timedelta(days=self.after_end_days)

    @property
    def window_start(self) -> date:
        """A month before the war began: its build-up is news of it, earlier days are history."""
        return self.start - timedelta(days=30)

    def covers(self, day: date) -> bool:
        """Within the war's window: a page dated 1900, or a 1994 capture the article recalls, is
        not news of this war."""
        return self.window_start <= day <= self.latest

    @property
    def captures(self) -> dict[int, Milestone]:
        return {m.place_id: m for m in self.milestones if m.place_id is not None}


@lru_cache(maxsize=2)
def timeline(path: Path | None = None) -> Timeline:
    path = Path(path or config.team_data_dir() / "war_timeline.json")
    doc = json.loads(path.read_text(encoding="utf-8"))
    try:
        milestones = tuple(
            Milestone(date.fromisoformat(m["date"]), m["what"],
                      re.compile("|".join(normalize(p) for p in m["phrases"])))
            for m in doc.get("milestones", ())
        ) + tuple(
            Milestone(date.fromisoformat(c["date"]), f"capture of {c['name']}", place_id=int(c["place_id"]))
            for c in doc.get("captures", ())
        )
        return Timeline(
            date.fromisoformat(doc["start"]), date.fromisoformat(doc["end"]),
            int(doc.get("window_after_end_days", 0)), date.fromisoformat(doc["first_truce"]), milestones,
            re.compile("|".join(rf"(?<![\w]){normalize(w)}(?![\w])" for w in doc.get("future_markers", ["سوف"]))),
            {normalize(k): int(v) for k, v in doc.get("war_age", {}).get("spans", {}).items()},
            {date.fromisoformat(s["date"]): date.fromisoformat(s["announced"]) for s in doc.get("scheduled", ())},
            int(doc.get("future_horizon_days", 60)),
            {h["admin1"]: date.fromisoformat(h["date"]) for h in doc.get("handovers", ())},
            tuple(sorted(date.fromisoformat(d) for d in doc.get("truces", {}).get("took_effect", ()))),
        )
    except (KeyError, ValueError, TypeError, re.error) as exc:
        raise ValueError(f"{path.name}: malformed timeline ({exc})") from None


@dataclass(frozen=True, slots=True)
class TimeExpression:
    start: int  # offsets in the normalised text given to find_expressions
    end: int
    kind: str  # explicit | warday | today | yesterday | daysago | weeksago | thismonth | weekday | lastweek
    # | thisweek | lastmonth | currentmonth | namedmonth | later (days after the day told last)
    # | truce (the day a truce took effect; ``weekday`` holds its ordinal when the text gives one)
    # | truce eve (the day before it)
    text: str
    weekday: int | None = None  # also the count of daysago/weeksago and the day of thismonth
    value: date | None = None  # explicit dates
    past: bool = False  # "... الماضي": the month is over
    current: bool = False  # "9 نوفمبر الجاري": earlier this month, so not today
    partial_year: bool = False
    night: bool = False  # "ليل الثلاثاء - الأربعاء": a weekday that ends a night, often today's morning
    same_month: bool = False  # "التاسع من الشهر نفسه", "التاسع من الشهر": the month last told, else this one
    hijri: bool = False  # read in the Umm al-Qura calendar, which local calendars may differ from by a day or two


@dataclass(frozen=True, slots=True)
class Published:
    value: date | None
    source: str  # given | inferred | unknown
    confidence: float
    explanation: str


def find_expressions(norm: str, year: int = 2020) -> list[TimeExpression]:
    """Time expressions in normalised text (see geo.arabic.normalize), in text order."""
    return list(_find_expressions(norm, year))


@lru_cache(maxsize=4096)
def _find_expressions(norm: str, year: int) -> tuple[TimeExpression, ...]:
    found: list[TimeExpression] = []
    taken: list[tuple[int, int]] = []  # spans read already: a later reader skips what starts inside one
    digit = _DIGIT.search(norm) is not None  # a full date needs a digit, or "من" after an ordinal day
    readers = [_arabic_dates] if digit or " من " in norm else []
    readers += [_month_first_dates, _hijri_dates, _english_dates, _numeric_dates, _day_month_dates] if digit else []
    for read in (*readers, _parts_of_months, _named_months, _war_days):
        found += read(norm, year, taken)
    found += _relative_days(norm, taken)
    found += _later_days(norm, taken)
    found += _truce_times(norm, taken)
    found.sort(key=lambda e: e.start)
    return tuple(_merge_day_names(norm, found))


def _free(taken: list[tuple[int, int]], at: int) -> bool:
    return not any(a <= at < b for a, b in taken)


def _arabic_dates(norm: str, year: int, taken: list[tuple[int, int]]) -> list[TimeExpression]:
    """"27 سبتمبر/أيلول الماضي", "التاسع من أكتوبر": a day of a named month."""
    found = []
    for m in ARABIC_DATE.finditer(norm):
        day = int(m.group("day")) if m.group("day") else _ordinal_value(m.group("ord"))
        value = _safe_date(int(m.group("year")) if m.group("year") else year, MONTHS[m.group("month")], day)
        if value:
            found.append(TimeExpression(m.start(), m.end(), "explicit", m.group(0), value=value,
                                        past=bool(m.group("past")), current=bool(m.group("current")),
                                        partial_year=not m.group("year")))
            taken.append((m.start(), m.end()))
    return found


def _month_first_dates(norm: str, year: int, taken: list[tuple[int, int]]) -> list[TimeExpression]:
    """"أكتوبر 27، 2020": the month first, as some pages stamp it."""
    found = []
    for m in ARABIC_MONTH_FIRST.finditer(norm):
        value = _safe_date(int(m.group("year")), MONTHS[m.group("month")], int(m.group("day")))
        if value and _free(taken, m.start()):
            found.append(TimeExpression(m.start(), m.end(), "explicit", m.group(0), value=value))
            taken.append((m.start(), m.end()))
    return found


def _hijri_dates(norm: str, year: int, taken: list[tuple[int, int]]) -> list[TimeExpression]:
    """"8 ربيع الأول 1442": read in the Umm al-Qura calendar, or, with its weekday before it
    ("الخميس 27 صفر 1442"), on the day of that weekday the outlet's own calendar, a day or two
    off Umm al-Qura's, makes it."""
    found = []
    for m in HIJRI_DATE.finditer(norm):
        value = _from_hijri(int(m.group("year")), HIJRI_MONTHS[m.group("month")], int(m.group("day")))
        if value:
            value = _on_its_weekday(value, _HIJRI_WEEKDAY.search(norm, max(0, m.start() - 12), m.start()))
            found.append(TimeExpression(m.start(), m.end(), "explicit", m.group(0), value=value, hijri=True))
            taken.append((m.start(), m.end()))
    return found


_HIJRI_WEEKDAY = re.compile(rf"(?P<weekday>{_WEEKDAY_RE})[\s,،]*$")


def _on_its_weekday(value: date, weekday: re.Match | None) -> date:
    """The day within HIJRI_DRIFT_DAYS of ``value`` that falls on the weekday written before it."""
    if weekday is None:
        return value
    wanted = WEEKDAYS[weekday.group("weekday")]
    near = [value + timedelta(days=d) for d in range(-HIJRI_DRIFT_DAYS, HIJRI_DRIFT_DAYS + 1)]
    return min((d for d in near if d.weekday() == wanted), key=lambda d: abs((d - value).days), default=value)


def _english_dates(norm: str, year: int, taken: list[tuple[int, int]]) -> list[TimeExpression]:
    """"October 14, 2020" and "14 October 2020", as embedded tweets sign them."""
    found = []
    for m in ENGLISH_DATE.finditer(norm):
        month_name = (m.group("month1") or m.group("month2") or "").lower()
        if month_name not in ENGLISH_MONTHS:
            continue
        day = int(m.group("day1") or m.group("day2"))
        value = _safe_date(int(m.group("year1") or m.group("year2")), ENGLISH_MONTHS[month_name], day)
        if value:
            found.append(TimeExpression(m.start(), m.end(), "explicit", m.group(0), value=value))
            taken.append((m.start(), m.end()))
    return found


def _numeric_dates(norm: str, year: int, taken: list[tuple[int, int]]) -> list[TimeExpression]:
    """"2020-10-18" and "18/10/2020"."""
    numeric = [(m, int(m.group(1)), int(m.group(3)), int(m.group(4))) for m in ISO_DATE.finditer(norm)]
    numeric += [(m, int(m.group(4)), int(m.group(3)), int(m.group(1))) for m in DAY_FIRST_DATE.finditer(norm)]
    found = []
    for m, y, mo, d in numeric:
        value = _safe_date(y, mo, d)
        if value:
            found.append(TimeExpression(m.start(), m.end(), "explicit", m.group(0), value=value))
            taken.append((m.start(), m.end()))
    return found


def _day_month_dates(norm: str, year: int, taken: list[tuple[int, int]]) -> list[TimeExpression]:
    """"18/10" with no year: this year's day."""
    found = []
    for m in DAY_MONTH_DATE.finditer(norm):
        value = _safe_date(year, int(m.group(2)), int(m.group(1)))
        if value and _free(taken, m.start(1)):
            found.append(TimeExpression(m.start(1), m.end(), "explicit", m.group(0), value=value, partial_year=True))
            taken.append((m.start(1), m.end()))
    return found


def _parts_of_months(norm: str, year: int, taken: list[tuple[int, int]]) -> list[TimeExpression]:
    """"أواخر أكتوبر", "مطلع شهر نوفمبر 2020": sometime that month."""
    found = []
    for m in PART_OF_MONTH.finditer(norm):
        if _free(taken, m.start()):
            first = date(int(m.group("year")) if m.group("year") else year, MONTHS[m.group("month")], 1)
            found.append(TimeExpression(m.start(), m.end(), "namedmonth", m.group(0), value=first,
                                        partial_year=not m.group("year")))
            taken.append((m.start(), m.end()))
    return found


def _war_days(norm: str, year: int, taken: list[tuple[int, int]]) -> list[TimeExpression]:
    """"في اليوم الأول من الحرب": the war's first day. Not "لليوم الثالث على التوالي" alone (a run
    of what, it does not say). A kind of its own, no dateline nor bound of the article's date: the
    press counts a war's days loosely (infer_published takes them as a lower bound only)."""
    found = []
    for m in FIGHTING_DAY.finditer(norm):
        day = _day_of_the_war(m)
        if day and not m.group(0).endswith("التوالي") and _free(taken, m.start()):
            value = timeline().start + timedelta(days=day - 1)
            found.append(TimeExpression(m.start(), m.end(), "warday", m.group(0), value=value))
            taken.append((m.start(), m.end()))
    return found


def _relative_days(norm: str, taken: list[tuple[int, int]]) -> list[TimeExpression]:
    """Days told from the article's own: today, yesterday, a weekday, days or weeks ago, a day of
    this month or the last, last week, this month."""
    found = []
    for m in RELATIVE.finditer(norm):
        if not _free(taken, m.start()) or not _word_bounded(norm, m):
            continue
        kind = "weekday" if m.group("weekday") else m.lastgroup
        if kind == "daysago":
            if m.group(0).startswith("منذ") and _still_going_on(norm, m.start()):
                continue  # "تتواصل المعارك منذ يومين": for two days, up to now; no day of its own
            found.append(TimeExpression(m.start(), m.end(), kind, m.group(0), weekday=_days_ago(m.group(0))))
        elif kind == "thismonth":  # "يوم 16 الجاري": weekday holds the day of the month
            day = int(m.group("monthday")) if m.group("monthday") else _ordinal_value(m.group("monthord"))
            found.append(TimeExpression(m.start(), m.end(), kind, m.group(0), weekday=day,
                                        past=bool(m.group("prevmonth")), same_month=bool(m.group("samemonth"))))
        elif kind == "weeksago":  # "قبل أسبوعين": weekday holds the number of weeks
            found.append(TimeExpression(m.start(), m.end(), kind, m.group(0),
                                        weekday=_WEEKS_AGO[m.group(0).split(None, 1)[1]]))
        else:
            weekday = WEEKDAYS.get(m.group("weekday")) if kind == "weekday" else None
            found.append(TimeExpression(m.start(), m.end(), kind, m.group(0), weekday=weekday,
                                        past=bool(m.group("lastweekday"))))
    return found


def _truce_times(norm: str, taken: list[tuple[int, int]]) -> list[TimeExpression]:
    """"بعد دقائق من بدء سريان الهدنة", "مع دخول وقف إطلاق النار حيز التنفيذ": the day the truce
    took effect; ``weekday`` holds the truce's ordinal when the text gives one (الثانية)."""
    found = []
    for m in TRUCE_TIME.finditer(norm):
        if _free(taken, m.start()):
            nth = _TRUCE_ORDINALS.get(m.group("nth")) if m.group("nth") else None
            kind = "truce eve" if m.group("eve") else "truce"
            found.append(TimeExpression(m.start(), m.end(), kind, m.group(0), weekday=nth))
    return found


def _later_days(norm: str, taken: list[tuple[int, int]]) -> list[TimeExpression]:
    """"وبعد يومين", "في اليوم التالي": days after the day told last (with_months_told makes them
    explicit); ``weekday`` holds the number of days."""
    found = []
    for m in _LATER.finditer(norm):
        if not _free(taken, m.start("expr")):
            continue
        span = m.group("span")
        days = 1 if span is None else _LATER_DAYS.get(span) or int(span.split()[0])
        found.append(TimeExpression(m.start("expr"), m.end("expr"), "later", m.group("expr"), weekday=days))
    return found


def _days_ago(words: str) -> int:
    """"قبل يومين" 2, "قبل 3 أيام" 3, "أول أمس" 2."""
    if words.startswith(_DAY_BEFORE_YESTERDAY):
        return 2
    count = words.split(None, 1)[1]
    return _DAYS_AGO.get(count) or int(count.split()[0])


def _named_months(norm: str, year: int, taken: list[tuple[int, int]]) -> list[TimeExpression]:
    """"اندلعت اشتباكات في يوليو الماضي", "في تموز/يوليو 2020": a month with no day, named as a
    time (after في or شهر, with its year or as past), not a word that happens to be one."""
    found = []
    for m in NAMED_MONTH.finditer(norm):
        if any(a <= m.start() < b for a, b in taken):
            continue
        introduced = MONTH_INTRODUCER.search(norm, max(0, m.start() - 8), m.start()) is not None
        if not (m.group("year") or m.group("past") or introduced) or m.group("month") == "اب" and not (
                m.group("pair") or m.group("year")):
            continue
        first = date(int(m.group("year")) if m.group("year") else year, MONTHS[m.group("month")], 1)
        found.append(TimeExpression(m.start(), m.end(), "namedmonth", m.group(0), value=first,
                                    past=bool(m.group("past")), partial_year=not m.group("year")))
        taken.append((m.start(), m.end()))
    return found


def _merge_day_names(norm: str, found: list[TimeExpression]) -> list[TimeExpression]:
    """"اليوم الاثنين", "أمس الأربعاء": one expression, the relative word with its weekday.
    "الثلاثاء (28 سبتمبر 2020)": the date; the weekday beside it only labels it (and may be wrong)."""
    merged: list[TimeExpression] = []
    for expr in found:
        if (
            merged
            and expr.kind == "explicit"
            and merged[-1].kind in ("weekday", "today", "yesterday")
            and not norm[merged[-1].end : expr.start].strip(" -،,()")
        ):
            label = merged.pop()
            merged.append(replace(expr, start=label.start, text=norm[label.start : expr.end]))
            continue
        if (
            merged
            and expr.kind == "weekday"
            and merged[-1].kind in ("today", "yesterday")
            and not norm[merged[-1].end : expr.start].strip(" -،,()")
        ):
            prev = merged.pop()
            merged.append(TimeExpression(prev.start, expr.end, prev.kind,
                                         norm[prev.start : expr.end], weekday=expr.weekday))
            continue
        if merged and expr.kind == merged[-1].kind == "weekday" and _night_between(norm, merged[-1], expr):
            first = merged.pop()  # "ليل الثلاثاء - الأربعاء": the night is dated by its morning
            merged.append(TimeExpression(first.start, expr.end, "weekday", norm[first.start : expr.end],
                                         weekday=expr.weekday, past=expr.past, night=True))
            continue
        merged.append(expr)
    return merged


_NIGHT_BEFORE = re.compile(r"(?:ليل|ليله|ليلا|خلال ليل)\s*$")
_NIGHT_JOIN = re.compile(r"\s*(?:[-–/]|الي|حتي|علي|و)?\s*")  # "ليل الجمعة السبت", "ليلة السبت على الأحد" too


def _night_between(norm: str, first: TimeExpression, second: TimeExpression) -> bool:
    """"ليل الثلاثاء - الأربعاء", "ليلة الجمعة إلى السبت": a night that spans two days."""
    return bool(_NIGHT_JOIN.fullmatch(norm[first.end : second.start])
                and _NIGHT_BEFORE.search(norm, max(0, first.start - 12), first.start))


def _from_hijri(year: int, month: int, day: int) -> date | None:
    """The Gregorian day of a Hijri date (Umm al-Qura, as Saudi and Gulf outlets print it)."""
    try:
        return date(*Hijri(year, month, day).to_gregorian().datetuple())
    except (ValueError, OverflowError):
        return None


ONGOING_CHARS = 80  # before "منذ يومين", room for the verb still going on and its subject


def _still_going_on(norm: str, at: int) -> bool:
    """"قصفت القوات ترتر منذ يومين" is two days ago; "تتواصل المعارك منذ يومين" and "القصف المستمر
    منذ يومين" are for two days, up to the day of writing (data/events.toml ongoing)."""
    return rules.events().ongoing.search(norm, max(0, at - ONGOING_CHARS), at) is not None


def _word_bounded(text: str, m: re.Match) -> bool:
    before = text[m.start() - 1] if m.start() else " "
    after = text[m.end()] if m.end() < len(text) else " "
    ok_before = not before.isalpha() or before in "وبل"
    return ok_before and not after.isalpha()


def quoted(words: str) -> str:
    """Words of the text inside an English explanation: spaces made plain, and the Arabic kept
    in its own direction (Unicode isolates), so a caption reads in order and shows no escapes."""
    return "«\u2068" + " ".join(words.split()) + "\u2069»"


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


# ---------------------------------------------------------------- publication date


@dataclass(frozen=True, slots=True)
class Bound:
    """The article was written on or after ``value``, because of ``why``."""

    value: date
    why: str


def infer_published(text: str, prior: Timeline | None = None, captured: tuple[int, ...] = (),
                    captured_yesterday: frozenset[int] = frozenset(),
                    changed_hands: frozenset[str] = frozenset(),
                    handed_over: frozenset[str] = frozenset()) -> Published:
    """The article's date: on or after every dated thing it speaks of as past, on the weekday it
    calls today. ``captured``: gazetteer ids of towns the text claims were taken;
    ``captured_yesterday``: those of them a sentence calls yesterday's ("أعلن علييف أمس تحرير");
    ``changed_hands``: districts (admin1 codes) whose change of hands it tells as done;
    ``handed_over``: those of them it tells were handed over ("تسلمت أذربيجان منطقة كلبجار")."""
    prior = prior or timeline()
    lines = normalize(text)
    dateline = _dateline(lines, prior)
    if dateline is not None:
        return dateline
    norm = lines.replace("\n", " ")  # words wrapped across lines read whole: "تشرين\nالثاني", "وقف إطلاق\nالنار"
    expressions = find_expressions(norm, prior.start.year)
    bounds = _lower_bounds(norm, expressions, prior, captured, captured_yesterday)
    bound = max(bounds + _handovers_told(bounds, prior, changed_hands, handed_over), key=lambda b: b.value,
                default=None)
    votes, why = _weekday_votes(norm, expressions)
    floor = max(bound.value, prior.start) if bound else prior.start
    if not votes:
        if bound is not None:
            return Published(floor, "inferred", 0.4, f"no weekday; on or after {bound.why}")
        return Published(None, "unknown", 0.0, "no weekday and no date in the text")
    weekday = max(votes, key=lambda d: (votes[d], -min(why[d][1])))
    value = floor + timedelta(days=(weekday - floor.weekday()) % 7)
    if value > prior.latest:
        return Published(None, "unknown", 0.0, "the weekday and dates do not fit the war window")
    share = votes[weekday] / sum(votes.values())
    confidence = round(min(0.95, 0.5 + 0.45 * share) * (0.9 if bound else 0.6), 2)
    explanation = (f"{WEEKDAY_NAMES[weekday]} ({', '.join(why[weekday][0])}); "
                   + (f"on or after {bound.why}" if bound else "first such day in the war window"))
    return Published(value, "inferred", confidence, explanation)


def _dateline(norm: str, prior: Timeline) -> Published | None:
    """"يريفان، 27 سبتمبر 2020" heading the text or on a line of its own under the headline, or
    a page's "• 10/10/2020" stamp in its lead: prose writes dates in words, pages stamp them in
    digits."""
    heads = [line for line in norm.split("\n", DATELINE_LINES * 4) if line.strip()][:DATELINE_LINES]
    datelines = []
    for head in heads:
        if len(head) > DATELINE_CHARS or "@" in head:
            continue  # prose, or an embedded tweet's signature ("— X (@x) November 1, 2020"): its own date
        stamps = [e for e in find_expressions(head, prior.start.year)
                  if e.kind == "explicit" and not e.partial_year and prior.start <= e.value <= prior.latest]
        # "آخر تحديث: الأحد 29 ربيع الأول 1442هـ - 15 نوفمبر 2020م 01:39 ص": one day in both calendars
        rest = len(_CLOCK.sub("", head).strip()) - sum(len(e.text) for e in stamps)
        published, updated = _published_and_updated(head, stamps)
        day = _stamped_day(published or updated)
        if day is not None and rest <= 30:
            datelines.append((not published, day))
    if datelines:  # a stamp labelled as the update only where no other stamps the page
        day = min(datelines, key=lambda found: found[0])[1]
        return Published(day.value, "inferred", 0.9, f"dateline {quoted(day.text)}")
    clocked = _clocked_stamp(norm[:LEAD_STAMP_CHARS], prior)
    if clocked is not None:
        return Published(clocked.value, "inferred", 0.85, f"page stamp {quoted(clocked.text)} in the lead")
    for m in (*ISO_DATE.finditer(norm, 0, LEAD_STAMP_CHARS), *DAY_FIRST_DATE.finditer(norm, 0, LEAD_STAMP_CHARS)):
        numbers = [int(m.group(k)) for k in (1, 3, 4)]  # group 2 is the separator
        value = _safe_date(*numbers) if numbers[0] > 31 else _safe_date(*reversed(numbers))
        if value and prior.start <= value <= prior.latest:
            return Published(value, "inferred", 0.8, f"date stamp {quoted(m.group(0))} in the lead")
    return None


def _published_and_updated(head: str, stamps: list[TimeExpression]) -> tuple[list[TimeExpression], ...]:
    """A line's stamps as published and as updated: "نشر في: 10 أكتوبر 2020 - آخر تحديث: 12 أكتوبر
    2020" was published the 10th; a stamp follows an update's label (before it, after the stamp
    before) as the page's last change, not its publication."""
    published, updated, since = [], [], 0
    for e in stamps:
        (updated if _UPDATE_LABEL.search(head, since, e.start) else published).append(e)
        since = e.end
    return published, updated


def _clocked_stamp(lead: str, prior: Timeline) -> TimeExpression | None:
    """The day a page's stamp with its clock gives in the lead ("آخر تحديث: الأحد 29 ربيع الأول
    1442هـ - 15 نوفمبر 2020م 01:39 ص"), where a copy that lost its line breaks runs it into the
    headline and the text, so no line of its own holds it."""
    found = find_expressions(lead, prior.start.year)
    kept = without_page_stamps(lead, found)
    return _stamped_day([e for e in found if e not in kept and e.value and prior.start <= e.value <= prior.latest])


def _stamped_day(stamps: list[TimeExpression]) -> TimeExpression | None:
    """The one day a dateline stamps. Beside a Gregorian date, a Hijri one is the same day in
    the outlet's own calendar, which Umm al-Qura may put a day or two off ("الأحد 25 صفر 1442 هـ
    - 11 أكتوبر 2020 م"): the Gregorian date governs."""
    gregorian = [e for e in stamps if not e.hijri]
    if gregorian and all(abs((e.value - gregorian[0].value).days) <= HIJRI_DRIFT_DAYS for e in stamps if e.hijri):
        stamps = gregorian
    return stamps[0] if stamps and len({e.value for e in stamps}) == 1 else None


def _lower_bounds(norm: str, expressions, prior: Timeline, captured, captured_yesterday=frozenset()) -> list[Bound]:
    bounds = [_explicit_bound(e, prior) for e in expressions
              if e.kind == "explicit" and e.value <= prior.latest and not _deadline(norm, e, prior)]
    if TRUCE_BROKEN.search(norm):
        bounds.append(Bound(prior.first_truce, "a broken truce"))
    age = _war_age(norm, prior)
    if age is not None:
        bounds.append(age)
    bounds += _months_past(norm, expressions, prior)
    day = _fighting_day(norm)
    if day is not None:
        bounds.append(Bound(prior.start + timedelta(days=day - 1), f"day {day} of the fighting"))
    for milestone in prior.milestones:
        if milestone.phrases is not None:
            bounds += [_milestone_bound(norm, milestone, found) for found in milestone.phrases.finditer(norm)]
    captures = prior.captures
    bounds += [Bound(captures[i].date + timedelta(days=1), f"{captures[i].what} (told as yesterday's)")
               if i in captured_yesterday else Bound(captures[i].date, captures[i].what)
               for i in captured if i in captures]
    return bounds


def _explicit_bound(e: TimeExpression, prior: Timeline) -> Bound:
    """A date the text names is behind it, except a date set in advance (a handover day), which
    only says the schedule was out."""
    if e.past:
        return Bound(_month_after(e.value), quoted(e.text))
    if e.value in prior.scheduled and not e.current:
        return Bound(prior.scheduled[e.value], f"{quoted(e.text)}, a date set on {prior.scheduled[e.value]}")
    return Bound(e.value + timedelta(days=e.current), quoted(e.text))


def _war_age(norm: str, prior: Timeline) -> Bound | None:
    """"اندلعت المعارك قبل أكثر من أسبوع", "منذ أكثر من شهر": the war's start plus the span."""
    if MONTH_PLUS.search(norm):
        return Bound(prior.start + timedelta(days=31), "fighting in its second month")
    week = WAR_WEEK.search(norm)
    if week is not None and (nth := ORDINALS.get(week.group("nth") or week.group("nth_of"))):
        return Bound(prior.start + timedelta(days=7 * (nth - 1)), f"fighting in its week {nth}")
    best = None
    for m in WAR_AGE.finditer(norm):
        days = prior.war_age.get(m.group("span") or m.group("span_after"))
        context = norm[max(0, m.start() - 80) : m.end() + 40]
        if days is None or not WAR_BEGAN.search(context):
            continue
        days += 1 if m.group("more") or m.group("more_after") else 0
        if best is None or days > best[0]:
            best = (days, m.group(0))
    return Bound(prior.start + timedelta(days=best[0]), f"the war began {quoted(best[1])}") if best else None


def _months_past(norm: str, expressions, prior: Timeline) -> list[Bound]:
    """"أيلول الماضي" (last September): the article is of a later month. "اندلعت الحرب الشهر
    الماضي": the war's first month is over."""
    dated = [(e.start, e.end) for e in expressions if e.kind == "explicit"]
    bounds = [Bound(_month_after(date(prior.start.year, MONTHS[m.group("month")], 1)), quoted(m.group(0)))
              for m in MONTH_PAST.finditer(norm)
              if not any(a <= m.start() < b for a, b in dated)]
    for m in LAST_MONTH.finditer(norm):
        if WAR_RENEWED.search(norm[max(0, m.start() - 80) : m.start()]):
            bounds.append(Bound(_month_after(prior.start), "the war began last month"))
            break
    return bounds


def _handovers_told(bounds: list[Bound], prior: Timeline, changed_hands: frozenset[str],
                    handed_over: frozenset[str] = frozenset()) -> list[Bound]:
    """Past the ceasefire the only change of hands was a district's handover: an article after it
    that tells one as done ("دخلت وحدات من الجيش إلى منطقة أغدام") is of the handover's day or later.
    A handover itself told as done ("تسلمت أذربيجان منطقة كلبجار") came only after it, whatever else
    the article says: its day bounds the article all the same."""
    after_the_war = any(b.value >= prior.end for b in bounds)
    return [Bound(prior.handovers[code], f"the handover of district {code}, told as done"
                  + ("" if code in handed_over else " after the ceasefire"))
            for code in changed_hands | handed_over
            if code in prior.handovers and (after_the_war or code in handed_over)]


def _milestone_bound(norm: str, milestone: Milestone, found: re.Match) -> Bound:
    """A milestone named: the article is of its day, of the day after when told as yesterday's,
    or later by the span the text puts after it ("بعد أسبوع من هدنة موسكو")."""
    yesterday = _told_as_yesterday(norm, found.start(), found.end())
    later = _days_after(norm, found.start())
    if later > yesterday:
        return Bound(milestone.date + timedelta(days=later), f"{milestone.what} and {later} days")
    return Bound(milestone.date + timedelta(days=yesterday),
                 milestone.what + (" (told as yesterday's)" if yesterday else ""))


def _days_after(norm: str, start: int) -> int:
    """"بعد أسبوع من هدنة موسكو": the days the text puts between a milestone and what it tells."""
    m = _AFTER_MILESTONE.search(norm, max(0, start - 40), start)
    return _LATER_DAYS.get(re.sub(r"\s+", " ", m.group("span")), 0) if m else 0


def _told_as_yesterday(norm: str, start: int, end: int) -> int:
    """1 when the sentence that names a dated event calls it yesterday's ("أمس"), else 0."""
    left = max(norm.rfind(".", 0, start), norm.rfind("\n", 0, start)) + 1
    right = min(i for i in (norm.find(".", end), norm.find("\n", end), len(norm)) if i >= 0)
    return 1 if YESTERDAY.search(norm[left:right]) else 0


def _deadline(norm: str, e: TimeExpression, prior: Timeline) -> bool:
    """"حتى 1 ديسمبر", "ستتم إعادة المدن ... لغاية 1 ديسمبر": a date ahead of the article.

    A future marker counts within the date's own clause (back to the last full stop, comma or
    line break: a headline's "حتى تحرير" does not make the dateline under it a deadline).
    """
    clause = norm[max(0, e.start - 160) : e.start]
    clause = clause[max(clause.rfind("."), clause.rfind(","), clause.rfind("\n")) + 1 :]
    return bool(prior.future and prior.future.search(clause))


def _ordinal_value(words: str) -> int:
    """"الرابع" 4, "السابع والعشرين" 27, "الحادي عشر" 11."""
    unit, _, rest = words.partition(" ")
    if unit in _TEN_ORDINALS:
        return _TEN_ORDINALS[unit]
    if not rest:
        return ORDINALS[unit]
    return _UNIT_ORDINALS[unit] + (10 if rest == "عشر" else _TEN_ORDINALS[rest.removeprefix("و")])


def _fighting_day(norm: str) -> int | None:
    """"لليوم السابع على التوالي من المعارك", "في اليوم 20 من الحرب": the war's day N."""
    m = FIGHTING_DAY.search(norm)
    return None if m is None else _day_of_the_war(m)


def _day_of_the_war(m: re.Match) -> int | None:
    number = m.group("number")
    if m.group("unit"):
        return _UNIT_ORDINALS[m.group("unit")] + (_TEN_ORDINALS[m.group("tens")] if m.group("tens") else 10)
    if m.group("ten"):
        return _TEN_ORDINALS[m.group("ten")]
    return int(number) if number.isdigit() else ORDINALS.get(number)


def _weekday_votes(norm: str, expressions) -> tuple[dict[int, float], dict[int, tuple[list[str], list[int]]]]:
    """Which weekday the article calls today: "اليوم الاثنين" counts most, a bare weekday least."""
    votes: dict[int, float] = {}
    why: dict[int, tuple[list[str], list[int]]] = {}
    lead_end = max(len(norm) // 5, 400)
    for e in expressions:
        if e.weekday is None:
            continue
        if e.kind == "today":
            day, weight = e.weekday, 3.0
        elif e.kind == "yesterday":
            day, weight = (e.weekday + 1) % 7, 2.0
        elif e.kind != "weekday" or e.past or (not e.night and _qualified_past(norm, e)):
            continue  # "مساء الأربعاء", "يوم الجمعة", "السبت الماضي": earlier days, not today
        else:
            day, weight = e.weekday, 1.0
        if e.start < lead_end:
            weight *= 1.5  # the lead paragraph speaks of today
        votes[day] = votes.get(day, 0.0) + weight
        words, starts = why.setdefault(day, ([], []))
        words.append(e.text)
        starts.append(e.start)
    return votes, why


def _qualified_past(norm: str, e: TimeExpression) -> bool:
    before = norm[max(0, e.start - 6) : e.start]
    return bool(re.search(r"(?:مساء|ليل|ليله|صباح|يوم|منذ)\s*$", before))


def _month_after(d: date) -> date:
    return date(d.year + (d.month == 12), d.month % 12 + 1, 1)


# ---------------------------------------------------------------- event dates


@dataclass(frozen=True, slots=True)
class EventDate:
    value: date | None
    precision: str  # day | week | month | unknown
    text: str = ""


UNKNOWN = EventDate(None, "unknown")


def ends_before_the_war(when: EventDate, prior: Timeline | None = None) -> bool:
    """Whether the whole span a date stands for lies before the war's window: "اشتباكات يوليو
    الماضي في توفوز" is background to this war; "أيلول الماضي" in an October article is not, nor
    a weekday a few days before the war began (a misread publication date puts it there)."""
    if when.value is None:
        return False
    if when.precision == "month":
        last = _month_after(when.value) - timedelta(days=1)
    elif when.precision == "week":
        last = when.value + timedelta(days=6)
    else:
        last = when.value
    return last < (prior or timeline()).window_start
PUBLICATION_DATE = "publication date"


def without_page_stamps(norm: str, expressions: list[TimeExpression]) -> list[TimeExpression]:
    """The expressions but a page's stamp ("• 10/10/2020 • 00:00 أعلن الرئيس، الجمعة، ..."): a
    copy that lost its line breaks runs the stamp into the lead, where it would date the events
    the lead's own day tells. A stamp is a dated year with a clock beside it, or beside another
    stamp (the Hijri date before the Gregorian one)."""
    kept: list[TimeExpression] = []
    stamp_at = -1  # where the stamp after the current expression begins
    for e in sorted(expressions, key=lambda e: e.start, reverse=True):
        after = _STAMP_GAP.match(norm, e.end).end()
        stamped = (_CLOCK_TIME.match(norm, after) is not None or after == stamp_at
                   or _CLOCK_BEFORE.search(norm, max(0, e.start - STAMP_CLOCK_CHARS), e.start) is not None)
        if e.kind == "explicit" and _YEAR.search(e.text) and stamped:
            stamp_at = e.start
        else:
            kept.append(e)
    return kept[::-1]


def with_months_told(expressions: list[TimeExpression], told: date | None) -> tuple[list[TimeExpression], date | None]:
    """"في الرابع من أكتوبر ... وفي التاسع من الشهر نفسه": a day of "the month" is a day of the
    month last named in the text (``told``: the last explicit date before these expressions),
    made explicit here; with none named, it stays this month's. Returns the expressions and the
    last explicit date after them."""
    out = []
    for e in expressions:
        if e.kind == "explicit" and e.value is not None:
            told = e.value
        elif e.same_month and told is not None and (day := _safe_date(told.year, told.month, e.weekday)):
            e = replace(e, kind="explicit", value=day, same_month=False)
        elif e.kind == "later" and told is not None:  # "وبعد يومين": two days after the day told
            told = told + timedelta(days=e.weekday)
            e = replace(e, kind="explicit", value=told)
        out.append(e)
    return out, told


def resolve_expression(e: TimeExpression, published: date | None) -> EventDate:
    """A time expression as a date, relative to the publication date (None: only the absolute ones)."""
    absolute = _ABSOLUTE.get(e.kind)
    if absolute is not None:
        return absolute(e, published)
    relative = _RELATIVE_READINGS.get(e.kind)
    return relative(e, published) if relative is not None and published is not None else UNKNOWN


def _war_day(e: TimeExpression, published: date | None) -> EventDate:
    """"في اليوم الأول من الحرب": counted from the war's start; a day past the article's is its own."""
    return EventDate(min(e.value, published) if published else e.value, "day", e.text)


def _named_month(e: TimeExpression, published: date | None) -> EventDate:
    """"أواخر أكتوبر": sometime that month; "ديسمبر الماضي" the last one."""
    value = e.value
    if e.partial_year and published and value > published:
        value = value.replace(year=value.year - 1)
    return EventDate(value, "month", e.text)


def _explicit(e: TimeExpression, published: date | None) -> EventDate:
    """A day with no year far past the article's is last year's."""
    value = e.value
    if e.partial_year and published and value > published + timedelta(days=timeline().future_horizon_days):
        value = value.replace(year=value.year - 1)
    return EventDate(value, "day", e.text)


def _weekday(e: TimeExpression, published: date) -> EventDate:
    back = (published.weekday() - e.weekday) % 7
    if e.past and back == 0:  # "السبت الماضي" in a Saturday paper: a week ago
        back = 7
    return EventDate(published - timedelta(days=back), "day", e.text)


def _day_of_this_month(e: TimeExpression, published: date) -> EventDate:
    """"16 الجاري", "السابع والعشرين من الشهر الماضي" (past: last month's); ``weekday`` holds the day."""
    month = published.replace(day=1) - timedelta(days=1) if e.past else published
    day = _safe_date(month.year, month.month, e.weekday)
    return EventDate(day, "day", e.text) if day and day <= published else UNKNOWN


def _last_month(e: TimeExpression, published: date) -> EventDate:
    return EventDate((published.replace(day=1) - timedelta(days=1)).replace(day=1), "month", e.text)


def _truce_day(e: TimeExpression, published: date) -> EventDate:
    """The day the truce named took effect: the one its ordinal says, else the last by the article's day."""
    day = _truce_named(e, published)
    return EventDate(day, "day", e.text) if day is not None and day <= published else UNKNOWN


def _truce_eve(e: TimeExpression, published: date) -> EventDate:
    """The day before the truce named took effect: an article of the eve tells of the truce to come."""
    eve_of = published + timedelta(days=1)
    day = _truce_named(e, eve_of)
    return EventDate(day - timedelta(days=1), "day", e.text) if day is not None and day <= eve_of else UNKNOWN


def _truce_named(e: TimeExpression, latest: date) -> date | None:
    """The truce its ordinal names, else the last to take effect by ``latest``."""
    truces = timeline().truces
    if e.weekday is not None:
        return truces[e.weekday - 1] if e.weekday <= len(truces) else None
    return max((t for t in truces if t <= latest), default=None)


_ABSOLUTE = {"warday": _war_day, "namedmonth": _named_month, "explicit": _explicit}
# ``weekday`` holds the number of days (daysago) or weeks (weeksago) in those kinds
_RELATIVE_READINGS = {
    "today": lambda e, published: EventDate(published, "day", e.text),
    "yesterday": lambda e, published: EventDate(published - timedelta(days=1), "day", e.text),
    "weekday": _weekday,
    "daysago": lambda e, published: EventDate(published - timedelta(days=e.weekday), "day", e.text),
    "thismonth": _day_of_this_month,
    "weeksago": lambda e, published: EventDate(published - timedelta(weeks=e.weekday), "week", e.text),
    "lastweek": lambda e, published: EventDate(published - timedelta(days=7), "week", e.text),
    "thisweek": lambda e, published: EventDate(published - timedelta(days=published.weekday()), "week", e.text),
    "lastmonth": _last_month,
    "currentmonth": lambda e, published: EventDate(published.replace(day=1), "month", e.text),  # "مطلع الشهر الجاري"
    "truce": _truce_day,
    "truce eve": _truce_eve,
}


def dates_the_report(norm: str, e: TimeExpression) -> bool:
    """"تقرير نُشر أمس": the expression dates a publication, not the events it describes;
    "منذ 27 سبتمبر" starts a span ("حرر الجيش منذ 27 سبتمبر ...") and dates none of them."""
    before = norm[max(0, e.start - 60) : e.start]
    return bool(REPORT_DATE.search(before) or RANGE_START.search(before))


def documented_date(place_id: int | None, event_type: str, when: EventDate,
                    published: date | None, prior: Timeline | None = None) -> EventDate:
    """A capture the timeline documents, told in an article written after it, is a recap
    ("وتمكن الجيش خلالها من تحرير فضولي"): its date is the documented one, whatever date the
    sentence holds for its other clauses (the start of the operation, the day of writing)."""
    captures = (prior or timeline()).captures
    if event_type != "control" or place_id not in captures or published is None:
        return when
    documented = captures[place_id].date
    if documented < published and when.value != documented:
        return EventDate(documented, "day", f"documented: {captures[place_id].what}")
    return when
