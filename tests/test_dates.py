"""Time expressions, publication date inference and event dates, on text written for the tests."""

from __future__ import annotations

from datetime import date

import pytest

from geo.arabic import normalize
from geo.dates import dates_the_report, find_expressions, infer_published, resolve_expression, with_months_told


def exprs(text):
    return find_expressions(normalize(text))


def _date_of(text: str, mention: str, gaz, tabs, published: date = date(2020, 10, 21)) -> str | None:
    """The date of the one event ``text`` tells at ``mention``, in an article of ``published``."""
    from geo.extract import extract

    (event,) = [e for e in extract(text, gaz, tabs, published=published).events if e.mention == mention]
    return event.event_date


def test_explicit_dates_in_both_month_series_and_english():
    found = [e.value for e in exprs("في 28 تشرين الأول/ أكتوبر، ثم 3 نوفمبر 2020، و7 أيلول")]
    assert found == [date(2020, 10, 28), date(2020, 11, 3), date(2020, 9, 7)]
    assert exprs("November 1, 2020")[0].value == date(2020, 11, 1)
    assert exprs("الخامس من تشرين الأول/أكتوبر")[0].value == date(2020, 10, 5)
    assert exprs("منذ 27 سبتمبر الماضي")[0].past


@pytest.mark.parametrize("part", ["أواخر أكتوبر", "في منتصف شهر أكتوبر", "مطلع تشرين الأول/أكتوبر 2020"])
def test_a_part_of_a_named_month_dates_to_that_month(part):
    (found,) = exprs(f"قصفت القوات مدينة ترتر {part}.")
    when = resolve_expression(found, date(2020, 11, 2))
    assert (when.value, when.precision) == (date(2020, 10, 1), "month")


def test_stamps_with_the_month_first_or_an_abbreviated_english_month():
    for stamp in ("أكتوبر 14, 2020", "نشر في أكتوبر 14، 2020 - 5:00 م", "Oct 14, 2020", "Oct. 14, 2020",
                  "14 Oct 2020", "Sept 14, 2020"):
        assert [e.value.day for e in exprs(stamp)] == [14], stamp
    assert exprs("أكتوبر 14 قتيلا") == []  # no year: a count, not a date


def test_dates_written_in_arabic_indic_or_persian_digits():
    """"في ٩ أيار ١٩٩٤" was read as 9 May of the article's year: its year's digits were not 0-9."""
    assert [e.value for e in exprs("استعادوا المدينة في ٩ أيار ١٩٩٤ بعد معارك")] == [date(1994, 5, 9)]
    assert [e.value for e in exprs("قصف يوم ۲۸ أكتوبر ۲۰۲۰")] == [date(2020, 10, 28)]


def test_relative_words_resolve_against_the_publication_date():
    thursday = date(2020, 10, 15)
    cases = {
        "أمس الأربعاء": (date(2020, 10, 14), "day"),
        "اليوم": (thursday, "day"),
        "ليل الاثنين": (date(2020, 10, 12), "day"),
        "الأسبوع الماضي": (date(2020, 10, 8), "week"),
        "الشهر الماضي": (date(2020, 9, 1), "month"),
        "مطلع الشهر الجاري": (date(2020, 10, 1), "month"),
        "خلال الشهر الحالي": (date(2020, 10, 1), "month"),
        "يوم 12 الشهر الجاري": (date(2020, 10, 12), "day"),
        # the Gulf's words for gone by, as الماضي
        "الأسبوع المنصرم": (date(2020, 10, 8), "week"),
        "الأسبوع الفائت": (date(2020, 10, 8), "week"),
        "الشهر المنصرم": (date(2020, 9, 1), "month"),
        "27 سبتمبر الفائت": (date(2020, 9, 27), "day"),
    }
    for text, (value, precision) in cases.items():
        resolved = resolve_expression(exprs(text)[0], thursday)
        assert (resolved.value, resolved.precision) == (value, precision), text


def test_ordinal_day_is_not_today():
    assert [e.kind for e in exprs("لليوم السادس على التوالي")] == []


def test_weekday_and_past_month_bound_the_publication_date():
    text = ("أعلنت الوزارة الخميس أن القصف استمر. "
            "وكان الهجوم على المدينة في 28 تشرين الأول/أكتوبر الماضي.")
    published = infer_published(text)
    assert published.value == date(2020, 11, 5)  # the first Thursday of November
    assert published.source == "inferred" and published.explanation


def test_today_weekday_outweighs_weekdays_of_other_events():
    text = "قال الرئيس اليوم الاثنين إن قواته تقدمت، بعد معارك يوم الجمعة. " * 1 + "November 1, 2020"
    assert infer_published(text).value == date(2020, 11, 2)


def test_broken_truce_and_month_of_war_move_the_lower_bound():
    assert infer_published("تستمر خروقات اتفاق وقف النار الخميس.").value == date(2020, 10, 15)
    assert infer_published("يتواصل القتال منذ أكثر من شهر، وقالت الوزارة السبت").value == date(2020, 10, 31)


@pytest.mark.parametrize(("text", "earliest"), [
    ("بعد ثلاثة أسابيع من اندلاع المعارك، قصفت القوات مدينة ترتر اليوم.", date(2020, 10, 18)),
    ("وبعد أسبوعين على بدء الحرب، قالت الوزارة إن القوات تقدمت.", date(2020, 10, 11)),
])
def test_so_long_after_the_outbreak_is_the_articles_earliest_day(text, earliest):
    assert infer_published(text).value == earliest


def test_a_span_after_which_the_war_may_end_bounds_nothing():
    assert infer_published("ستنتهي الحرب بعد شهر، وقصفت القوات مدينة ترتر اليوم.").value is None


def test_no_evidence_means_unknown_not_a_guess():
    published = infer_published("تستمر الأزمة بين البلدين.")
    assert published.value is None and published.source == "unknown"


def test_last_weekday_days_ago_and_day_first_dates():
    saturday = date(2020, 10, 31)
    assert resolve_expression(exprs("السبت الماضي")[0], saturday).value == date(2020, 10, 24)
    assert resolve_expression(exprs("الخميس الماضي")[0], saturday).value == date(2020, 10, 29)
    assert resolve_expression(exprs("قبل يومين")[0], saturday).value == date(2020, 10, 29)
    assert exprs("نشر في 01/11/2020")[0].value == date(2020, 11, 1)


@pytest.mark.parametrize(("text", "expected"), [
    ("قصفت القوات مدينة ترتر منذ يومين.", "2020-10-19"),  # a deed done: two days ago
    ("وأعلنت الوزارة منذ ثلاثة أيام أن القوات قصفت مدينة ترتر.", "2020-10-18"),
    # a deed still going on: for two days, up to the day of writing
    ("تتواصل المعارك في محيط مدينة ترتر منذ يومين.", "2020-10-21"),
    ("وقال إن القصف المستمر على مدينة ترتر منذ ثلاثة أيام أدى إلى مقتل مدنيين.", "2020-10-21"),
    ("ولا تزال مدينة ترتر تتعرض للقصف منذ يومين.", "2020-10-21"),
])
def test_since_so_many_days_is_days_ago_unless_the_deed_goes_on(gaz, tabs, text, expected):
    assert _date_of(text, "ترتر", gaz, tabs) == expected


@pytest.mark.parametrize(("words", "day"), [("قبل عشرة أيام", 21), ("قبل 12 يوما", 19), ("قبل 10 أيام", 21),
                                           ("قبل ستة أيام", 25)])
def test_days_ago_in_words_and_in_figures(words, day):
    """"قبل عشرة أيام", "قبل 12 يوما" (past ten the counted noun is singular): days counted back
    from the article's date."""
    (found,) = exprs(f"قصفت القوات المدينة {words}.")
    assert resolve_expression(found, date(2020, 10, 31)).value == date(2020, 10, day)


@pytest.mark.parametrize(("words", "day"), [("في اليوم الأول من الحرب", date(2020, 9, 27)),
                                           ("في اليوم الثالث من المعارك", date(2020, 9, 29)),
                                           ("لليوم السابع على التوالي من المعارك", date(2020, 10, 3)),
                                           ("لليوم السابع على التوالي", date(2020, 10, 31)),
                                           # the war named first, its day after it
                                           ("مع دخول المعارك يومها الحادي والعشرين", date(2020, 10, 17)),
                                           ("ودخلت الحرب بين البلدين يومها العاشر", date(2020, 10, 6)),
                                           # a number after the article and its kashida
                                           ("في اليوم الـ 12 من القتال", date(2020, 10, 8))])
def test_a_day_of_the_war_dates_by_the_wars_start(words, day):
    """"في اليوم الأول من الحرب": the war's day N, counted from 27 September; "على التوالي" alone
    says a run of what it does not say (the article's day stands)."""
    found = [e for e in exprs(f"قصفت القوات المدينة {words}.") if e.kind == "warday"]
    assert (resolve_expression(found[0], date(2020, 10, 31)).value if found else date(2020, 10, 31)) == day


def test_a_day_of_the_war_counted_past_the_articles_day_is_the_articles():
    """"اليوم الـ25 من الحرب" in an article of 20 October (day 24 by our count): the press counts
    loosely, and an article tells no event of tomorrow."""
    (found,) = [e for e in exprs("بث مباشر | اليوم الـ25 من الحرب") if e.kind == "warday"]
    assert resolve_expression(found, date(2020, 10, 20)).value == date(2020, 10, 20)


@pytest.mark.parametrize("words", ["في وقت سابق من اليوم نفسه", "في ذات اليوم", "في اليوم ذاته",
                                   "في اليوم الأول للهدنة"])
def test_the_same_day_or_a_numbered_day_is_not_today(words):
    """"اليوم نفسه": the day the text spoke of before, not the article's; "اليوم الأول" (written
    with its hamza) a numbered day."""
    assert [e for e in exprs(f"وأعلنت النيابة {words} عن قصف مدينة ألف.") if e.kind == "today"] == []


def test_a_day_and_month_without_year_after_a_date_word():
    published = date(2020, 10, 14)
    assert resolve_expression(exprs("قصفت القوات المدينة في 9/10.")[0], published).value == date(2020, 10, 9)
    assert resolve_expression(exprs("بدأ الهجوم يوم 27/9")[0], published).value == date(2020, 9, 27)
    # alone, or as a time, a fraction or a score, it is no date
    assert exprs("الساعة 9/10") == [] and exprs("فاز الفريق 3/1") == [] and exprs("في 9/10.5 من الحالات") == []


def test_a_night_across_two_days_is_dated_by_its_morning():
    for phrase in ("ليل السبت - الأحد", "ليلة السبت/ الأحد", "ليلة السبت إلى الأحد", "ليلة السبت على الأحد"):
        (e,) = exprs(f"قصفت القوات المدينة طوال {phrase}.")
        assert resolve_expression(e, date(2020, 10, 20)).value == date(2020, 10, 18), phrase
    # and the morning after such a night is as likely as any bare weekday to be the article's day
    assert infer_published("تعرضت المدينة لقصف طوال ليل الثلاثاء- الأربعاء.").value.weekday() == 2


def test_the_day_before_yesterday_is_two_days_back():
    for phrase in ("أول أمس", "أول من أمس", "مساء أمس الأول"):
        (e,) = exprs(f"قصفت القوات المدينة {phrase}.")
        assert resolve_expression(e, date(2020, 10, 20)).value == date(2020, 10, 18), phrase


def test_weeks_ago_are_counted_back_as_weeks():
    for phrase, back in (("قبل أسبوع", 7), ("قبل أسبوعين", 14), ("قبل ثلاثة أسابيع", 21)):
        (e,) = exprs(f"وأعلنت الوزارة {phrase} تحرير المدينة.")
        when = resolve_expression(e, date(2020, 10, 24))
        assert (date(2020, 10, 24) - when.value).days == back and when.precision == "week", phrase


def test_a_day_of_the_current_month_and_a_night_named_by_its_two_days():
    (e,) = exprs("قصفت القوات يوم 16 الجاري مدينة ترتر.")
    assert resolve_expression(e, date(2020, 10, 17)).value == date(2020, 10, 16)
    (e,) = exprs("قصفت القوات في 16 من الشهر الجاري مدينة ترتر.")
    assert resolve_expression(e, date(2020, 10, 17)).value == date(2020, 10, 16)
    (e,) = exprs("قصفت القوات منتصف ليل الجمعة السبت مدينة ترتر.")
    assert resolve_expression(e, date(2020, 10, 17)).value == date(2020, 10, 17)  # the night's morning


@pytest.mark.parametrize("phrase", ["التاسع من الشهر نفسه", "التاسع من نفس الشهر", "9 من الشهر ذاته",
                                    "التاسع من الشهر"])
def test_a_day_of_the_month_is_of_the_month_last_named(phrase):
    found = exprs(f"في الرابع من سبتمبر زار الوزير المدينة، وفي {phrase} قصفت القوات مدينة ترتر.")
    told, last = with_months_told(found, None)
    assert resolve_expression(told[-1], date(2020, 10, 21)).value == date(2020, 9, 9) and last == date(2020, 9, 4)
    (alone,) = exprs(f"وفي {phrase} قصفت القوات مدينة ترتر.")  # no month named before: this one
    assert resolve_expression(with_months_told([alone], None)[0][0], date(2020, 10, 21)).value == date(2020, 10, 9)


def test_a_day_of_next_month_is_no_day_of_this_one():
    assert not [e for e in exprs("وستسلم أرمينيا المنطقة في الأول من الشهر المقبل.") if e.kind == "thismonth"]


def test_a_last_weekday_does_not_vote_for_today():
    text = "قالت الوزارة اليوم الأحد إن الهجوم وقع السبت الماضي. وأضافت أن القتال مستمر منذ أكثر من شهر."
    assert infer_published(text).value.weekday() == 6  # Sunday


@pytest.mark.parametrize(("text", "published"), [
    # the Russian helicopter downed on 9 November
    ("قالت موسكو اليوم الثلاثاء إن أذربيجان اعتذرت عن إسقاط المروحية العسكرية الروسية.", date(2020, 11, 10)),
    # Azerbaijan's first strike inside Armenia, 14 October
    ("قصف الجيش الأذربيجاني اليوم الأربعاء أهدافا داخل أراضي أرمينيا لأول مرة منذ بدء المعارك.", date(2020, 10, 14)),
    # the cluster rockets that killed 21 in Barda on 28 October, told as yesterday's on Wednesday
    ("وقتل 21 مدنيا في قصف صاروخي على مدينة بردعة أمس الأربعاء.", date(2020, 10, 29)),
    # peacekeepers deployed, which they were only under the ceasefire of 10 November
    ("وقالت الوزارة الخميس إن قوات حفظ السلام انتشرت في الإقليم.", date(2020, 11, 12)),
    # Russian forces deploying in the corridor or along the line, however the peacekeepers are named
    ("وبدأت القوات الروسية اليوم الخميس الانتشار في ممر لاتشين.", date(2020, 11, 12)),
    ("وقالت موسكو الخميس إن القوات الروسية انتشرت على طول خط التماس.", date(2020, 11, 12)),
    # a month after the war broke out, however said
    ("وبعد مرور شهر على اندلاع المعارك، قصفت القوات مدينة ترتر اليوم الثلاثاء.", date(2020, 10, 27)),
])
def test_a_documented_event_the_text_tells_dates_the_article_after_it(text, published):
    assert infer_published(text).value == published


def test_peacekeepers_proposed_are_no_ceasefire():
    """A guard (passes on the code before the rule too): only peacekeepers deployed date a text."""
    proposed = "واقترحت فرنسا اليوم الأحد نشر قوات حفظ سلام دولية في الإقليم."
    assert infer_published(proposed).value < date(2020, 11, 10)
    proposed = "ودعت يريفان اليوم الأحد إلى نشر قوات روسية في الإقليم."
    assert infer_published(proposed).value < date(2020, 11, 10)


def test_a_denial_that_fire_came_from_armenia_is_no_first_strike_inside_it():
    denial = "ونفت يريفان اليوم الأربعاء أن يكون القصف قد انطلق من داخل الأراضي الأرمينية."
    assert infer_published(denial).value != date(2020, 10, 14)


def test_a_documented_event_bounds_the_publication_date():
    text = "قالت الوزارة الخميس إن قوات حفظ السلام الروسية انتشرت في المنطقة."
    inferred = infer_published(text)
    assert inferred.value == date(2020, 11, 12)  # the first Thursday on or after the 10 Nov ceasefire
    assert "ceasefire" in inferred.explanation


@pytest.mark.parametrize(("text", "day"), [
    ("وقال إن القصف تجدد بعد أسبوع من هدنة موسكو.", date(2020, 10, 17)),
    ("وقال إن القصف تجدد بعد يومين من هدنة موسكو.", date(2020, 10, 12)),
    ("وقال إن القصف تجدد بعد يومين من الهدنة الإنسانية.", date(2020, 10, 12)),  # the phrase past its article
    ("وقال إن القصف تجدد عقب ثلاثة أيام على الهدنة الثانية.", date(2020, 10, 20)),
    ("وقال إن القصف تجدد رغم هدنة موسكو.", date(2020, 10, 10)),
])
def test_a_span_after_a_milestone_moves_the_bound_by_it(text, day):
    assert infer_published(text).value == day


def test_a_new_truce_is_at_least_the_second():
    assert infer_published("أعلن البلدان هدنة إنسانية جديدة تبدأ منتصف الليل.").value == date(2020, 10, 17)


@pytest.mark.parametrize("text", [
    # the second truce took effect at midnight (the first at noon), and was reached "a second time"
    "وقال الجيش إن الهدنة دخلت حيز التنفيذ منتصف ليل السبت، وقصفت القوات مدينة ترتر اليوم الأحد.",
    "وتوصل الطرفان للمرة الثانية لوقف إطلاق نار لأهداف إنسانية، وقصفت القوات مدينة ترتر اليوم الأحد.",
])
def test_a_truce_from_midnight_or_reached_a_second_time_is_the_second(text):
    assert infer_published(text).value == date(2020, 10, 18)


@pytest.mark.parametrize("text", [
    "وقال الجيش إن الهدنة دخلت حيز التنفيذ ظهر السبت، وقصفت القوات مدينة ترتر اليوم الأحد.",
    "وبعد دقائق من سريان الهدنة قصفت القوات مدينة ترتر اليوم الأحد.",
])
def test_a_truce_taking_effect_is_behind_the_article(text):
    """No truce took effect before 10 October; a call for one ("دعت موسكو إلى هدنة") bounds nothing."""
    assert infer_published(text).value == date(2020, 10, 11)
    assert infer_published("ودعت موسكو إلى هدنة، وقصفت القوات مدينة ترتر اليوم الأحد.").value == date(2020, 9, 27)


def test_a_dated_capture_bounds_the_publication_date():
    shusha = 147105  # the timeline dates its capture to 8 November
    assert infer_published("أعلن الرئيس اليوم الاثنين تحرير المدينة.", captured=(shusha,)).value == date(2020, 11, 9)


@pytest.mark.parametrize(("text", "day"), [
    # past the ceasefire, an entry told as done is the district's handover (Aghdam: 20 November)
    ("بموجب البيان الثلاثي، دخلت وحدات من الجيش الأذربيجاني إلى منطقة أغدام.", date(2020, 11, 20)),
    ("وبموجب البيان الثلاثي، تسلمت أذربيجان اليوم منطقة كلبجار.", date(2020, 11, 25)),
    # the handover to come, or an entry with nothing past the ceasefire, bound nothing more
    ("وأحرق السكان منازلهم في قرى منطقة كلبجار قبل تسليمها إلى أذربيجان بموجب البيان الثلاثي.", date(2020, 11, 10)),
    ("وبموجب البيان الثلاثي، ستتسلم أذربيجان منطقة كلبجار.", date(2020, 11, 10)),
    ("ودخلت القوات الأذربيجانية قرى في منطقة لاتشين.", None),
    # a handover itself told as done came only after the ceasefire, named or not
    ("وتسلمت أذربيجان اليوم منطقة كلبجار بعد تأجيل موعد تسليمها.", date(2020, 11, 25)),
    ("وتسلمت أذربيجان منطقة أغدام من القوات الأرمينية.", date(2020, 11, 20)),
])
def test_a_handover_told_as_done_after_the_ceasefire_dates_the_article_from_its_day(gaz, tabs, text, day):
    from geo.extract import extract

    assert extract(f"عنوان\n{text}", gaz, tabs).published.value == day


def test_a_capture_told_as_yesterdays_dates_the_article_the_day_after_it(gaz, tabs):
    from geo.extract import extract

    told = extract("أعلن الرئيس الأذربيجاني أمس تحرير مدينة شوشة.", gaz, tabs)
    assert told.published.value == date(2020, 11, 9)  # the timeline dates the capture to 8 November
    assert extract("أعلن الرئيس الأذربيجاني تحرير مدينة شوشة.", gaz, tabs).published.value == date(2020, 11, 8)


def test_a_deadline_is_not_a_date_behind_the_article():
    text = "وقال اليوم الثلاثاء إن القوات ستنسحب من المنطقة لغاية 1 ديسمبر/كانون الأول."
    assert infer_published(text).value == date(2020, 9, 29)


@pytest.mark.parametrize("dateline", ["15 أكتوبر 2020", "الخميس 15 أكتوبر 2020", "باكو - 15/10/2020"])
def test_a_dateline_under_the_headline_dates_the_article_whatever_weekday_the_text_names(dateline):
    # "الجمعة" in a Thursday's article is last Friday: the stamp under the headline wins
    text = f"الجيش يعلن تقدما جديدا\n{dateline}\nقال الجيش الجمعة إن المعارك تدور قرب مدينة ترتر."
    assert infer_published(text).value == date(2020, 10, 15)


def test_an_embedded_tweets_signature_is_no_dateline():
    text = ("الجيش يعلن تقدما جديدا\nLiberated villages of Jabrayil.\n— Ilham Aliyev (@presidentaz) October 15, 2020\n"
            "قال الجيش اليوم الجمعة إن المعارك تدور قرب مدينة ترتر.")
    assert infer_published(text).value == date(2020, 10, 16)


def test_a_headlines_until_does_not_make_the_date_under_it_a_deadline():
    text = "الرئيس: سنقاتل حتى تحرير أراضينا\n\nالأحد 18 أكتوبر 2020\n\nقال الرئيس إن الجيش يتقدم."
    assert infer_published(text).value == date(2020, 10, 18)


@pytest.mark.parametrize("phrase", ["مع دخول الحرب أسبوعها الثالث", "في الأسبوع الثالث من الحرب",
                                    "وللأسبوع الثالث على التوالي"])
def test_the_week_the_war_entered_bounds_the_publication_date(phrase):
    text = f"{phrase}، قصفت القوات المدينة اليوم الأحد."
    assert infer_published(text).value == date(2020, 10, 11)  # week 3 begins 11 October, a Sunday


def test_the_fighting_day_bounds_the_publication_date():
    text = "تواصلت الاشتباكات اليوم الجمعة لليوم السابع من المعارك على الجبهة."
    assert infer_published(text).value == date(2020, 10, 9)  # day 7 is 3 Oct; the next Friday


@pytest.mark.parametrize(("text", "day"), [
    ("اليوم الثلاثون من الحرب في قره باغ", date(2020, 10, 26)),  # a headline's subject: nominative
    ("الحرب في قره باغ: اليوم الحادي والعشرون من المعارك", date(2020, 10, 17)),
    ("قصفت القوات البلدة في السابع والعشرون من أكتوبر.", date(2020, 10, 27)),
])
def test_an_ordinal_in_the_nominative_counts_as_in_the_genitive(text, day):
    assert infer_published(text).value == day


def test_a_numeric_stamp_in_the_lead_dates_the_page():
    text = "الرئيس يعلن تحرير قرى جديدة • 10/10/2020 • 00:00\nأعلن الرئيس الجمعة تحرير بلدة."
    assert infer_published(text).value == date(2020, 10, 10)


def test_since_starts_a_span_and_dates_no_event():
    from geo.dates import dates_the_report

    for text in ("حرر الجيش منذ 27 سبتمبر عشرات القرى",
                 "تدور معارك هي الأعنف منذ بدء الحرب في 27 أيلول/سبتمبر"):  # the war's start, not the fighting's day
        norm = normalize(text)
        assert find_expressions(norm) and all(dates_the_report(norm, e) for e in find_expressions(norm)), text


def test_a_recounted_capture_takes_its_documented_date():
    from geo.dates import EventDate, documented_date

    hadrut = 148105  # captured 9 October in the timeline
    written = EventDate(date(2020, 9, 27), "day", "27 سبتمبر")
    assert documented_date(hadrut, "control", written, date(2020, 10, 19)).value == date(2020, 10, 9)
    assert documented_date(hadrut, "strike", written, date(2020, 10, 19)) is written
    assert documented_date(hadrut, "control", written, date(2020, 10, 5)) is written  # written before it


@pytest.mark.parametrize(("headline", "expected"), [
    ("رئيس الوزراء يقر بخسارة شوشي", "2020-11-10"),  # admitted on the day it is told
    ("القوات الأذربيجانية تسيطر على شوشي", "2020-11-08"),  # the capture itself: its documented day
])
def test_a_loss_admitted_is_dated_by_the_admission_not_the_capture(gaz, tabs, headline, expected):
    assert _date_of(f"{headline}\n\nوقال مسؤولون إن الوضع صعب.\n", "شوشي", gaz, tabs, date(2020, 11, 10)) == expected


def test_village_captures_announced_early_in_the_war_are_documented_too(gaz, tabs):
    from geo.extract import extract

    text = "وبدأ ترميم الطريق إلى قريتي سوغوفوشان وطالش المحررتين."
    events = extract(text, gaz, tabs, published=date(2020, 10, 22)).events
    dated = {e.mention: e.event_date for e in events if e.event_type == "control"}
    assert dated == {"سوغوفوشان": "2020-10-03", "طالش": "2020-10-03"}


def test_a_lead_that_tells_yesterdays_story_dates_the_undated_sentences_after_it(gaz, tabs):
    story = ("تبادلت أرمينيا وأذربيجان أمس الاتهامات بخرق الهدنة.\n\n"
             "وقالت وزارة الدفاع الأذربيجانية إن أرمينيا تقصف مدينة ترتر.")
    assert _date_of(story, "ترتر", gaz, tabs, date(2020, 10, 14)) == "2020-10-13"
    today = ("تبادلت أرمينيا وأذربيجان اليوم الاتهامات بخرق الهدنة بعد قصف أمس.\n\n"
             "وقالت وزارة الدفاع الأذربيجانية إن أرمينيا تقصف مدينة ترتر.")
    assert _date_of(today, "ترتر", gaz, tabs, date(2020, 10, 14)) == "2020-10-14"


def test_a_speakers_claim_keeps_its_own_date_and_narration_the_documented_one(gaz, tabs):
    from geo.extract import extract

    said = "قال الرئيس علييف اليوم إن الجيش حرر مدينة فضولي."
    told = "وكان الجيش قد تمكن خلال العملية من تحرير مدينة فضولي."
    published = date(2020, 11, 1)
    [claim] = [e for e in extract(said, gaz, tabs, published=published).events if e.event_type == "control"]
    [recap] = [e for e in extract(told, gaz, tabs, published=published).events if e.event_type == "control"]
    assert claim.event_date == "2020-11-01"
    assert recap.event_date == "2020-10-17"


@pytest.mark.parametrize("said", [
    "وكان الرئيس علييف قد أعلن تحرير مدينة فضولي.",  # the pluperfect: a statement recalled
    "وفي وقت سابق، أعلن الرئيس علييف تحرير مدينة فضولي.",  # made earlier than the news
    "وأعلن الرئيس علييف في وقت سابق تحرير مدينة فضولي.",
])
def test_a_speakers_capture_recalled_as_announced_earlier_takes_its_documented_date(said, gaz, tabs):
    from geo.extract import extract

    [claim] = [e for e in extract(said, gaz, tabs, published=date(2020, 11, 1)).events if e.event_type == "control"]
    assert (claim.event_date, claim.claimant_side) == ("2020-10-17", "azerbaijani")


def test_a_capture_announced_earlier_the_same_day_keeps_the_day_of_writing(gaz, tabs):
    """A guard (passes on the code before the rule too): "earlier today" is the article's day."""
    from geo.extract import extract

    said = "وفي وقت سابق اليوم، أعلن الرئيس علييف تحرير مدينة فضولي."
    [claim] = [e for e in extract(said, gaz, tabs, published=date(2020, 11, 1)).events if e.event_type == "control"]
    assert claim.event_date == "2020-11-01"


def test_a_date_of_this_month_is_behind_the_article():
    text = "وقالت الوزارة الاثنين إن البيان وقع في 9 نوفمبر الجاري."
    assert infer_published(text).value == date(2020, 11, 16)  # not Monday 9 November itself


def test_yesterday_with_its_weekday_in_brackets():
    assert infer_published("أعلن الرئيس أمس (الأحد) تحرير البلدة.").value.weekday() == 0


def test_the_age_of_the_war_bounds_the_publication_date():
    text = "اندلعت المعارك قبل أكثر من أسبوع، وقال مسؤول اليوم الأربعاء إن القصف استمر."
    assert infer_published(text).value == date(2020, 10, 7)


def test_a_truce_brokered_by_russia_is_the_truce_of_10_october():
    text = "اتهم الطرفان بعضهما اليوم الثلاثاء باختراق الهدنة التي توسطت فيها روسيا."
    assert infer_published(text).value == date(2020, 10, 13)
    assert infer_published("دعت موسكو إلى وقف إطلاق النار اليوم الخميس.").value == date(2020, 10, 1)


def test_a_dated_event_told_as_yesterdays_puts_the_article_a_day_later():
    text = "أحدث القصف أمس فجوة في سقف كاتدرائية غازانشيتسوتس في شوشي."
    assert infer_published(text).value == date(2020, 10, 9)


def test_no_event_is_dated_after_its_article(gaz, tabs):
    from geo.extract import extract

    text = "وقال الرئيس اليوم إن القوات ستنسحب من مدينة لاتشين في 1 ديسمبر."
    events = extract(text, gaz, tabs, published=date(2020, 11, 10)).events
    assert events and all(e.event_date is None or e.event_date <= "2020-11-10" for e in events)


def test_a_day_and_month_soon_after_the_article_is_ahead_of_it_not_last_year(gaz, tabs):
    """"بحلول 15 نوفمبر الجاري" in an article of 12 November is a deadline three days ahead; it
    was read as 15 November 2019, a year before the war. Far ahead, a date is last year's."""
    from geo.extract import extract

    assert resolve_expression(exprs("15 نوفمبر الجاري")[0], date(2020, 11, 12)).value == date(2020, 11, 15)
    assert resolve_expression(exprs("1 ديسمبر")[0], date(2020, 11, 12)).value == date(2020, 12, 1)
    assert resolve_expression(exprs("في 28 ديسمبر")[0], date(2021, 1, 10)).value == date(2020, 12, 28)
    text = "وتعيد أرمينيا منطقة كلبجار إلى أذربيجان بحلول 15 نوفمبر الجاري ومنطقة لاتشين بحلول 1 ديسمبر."
    events = extract(text, gaz, tabs, published=date(2020, 11, 12)).events
    assert events and all(e.event_date is None for e in events)


def test_a_month_named_as_over_bounds_the_publication_date():
    text = "قتل عشرات الجنود منذ أواخر أيلول الماضي، وقال المتحدث اليوم الجمعة إن المعارك مستمرة."
    assert infer_published(text).value == date(2020, 10, 2)
    renewed = "تجدد النزاع الشهر الماضي، وأعلن الجيش اليوم الاثنين تقدمه."
    assert infer_published(renewed).value == date(2020, 10, 5)
    assert infer_published("سقطت قذائف اليوم الاثنين على البلدة.").value == date(2020, 9, 28)


def test_weeks_of_fighting_count_from_the_start_of_the_war():
    text = "حققت القوات مكاسب خلال أكثر من ثلاثة أسابيع من الأعمال القتالية، وأعلن الرئيس الخميس تحرير قرى."
    assert infer_published(text).value == date(2020, 10, 22)


def test_a_truce_reached_or_counted_from_is_behind_the_article():
    reached = "رغم توصل الطرفين لاتفاق وقف إطلاق النار، قالت الوزارة اليوم الجمعة إن القصف تواصل."
    assert infer_published(reached).value == date(2020, 10, 16)
    since = "لم تتوقف المعارك إلا ساعات منذ الهدنة، وقال الجيش اليوم الجمعة إنه صد هجوما."
    assert infer_published(since).value == date(2020, 10, 16)
    for call in ("دعا الوزير اليوم الجمعة إلى التوصل لاتفاق لوقف إطلاق النار.",
                 "دعا الوزير اليوم الجمعة إلى التوصل إلى اتفاق لوقف إطلاق النار."):
        assert infer_published(call).value == date(2020, 10, 2)
    announced = "أعلن الوزير فجر اليوم السبت التوصل إلى اتفاق لوقف إطلاق النار."
    assert infer_published(announced).value == date(2020, 10, 10)


def test_the_church_of_the_holy_saviour_is_the_cathedral_shelled_on_8_october():
    text = "زرنا كنيسة المسيح المخلص المتضررة، بعد قصف المدينة مرتين أمس الخميس."
    assert infer_published(text).value == date(2020, 10, 9)


def test_a_handover_date_set_in_advance_is_not_a_date_behind_the_article():
    text = "وبدأت باكو تسلم المناطق: أغدام الجمعة، وكلبجار في 25 نوفمبر، ولاتشين في الأول من ديسمبر."
    assert infer_published(text).value == date(2020, 11, 20)
    told = "وقال الجيش الجمعة إنه دخل القرية في 26 نوفمبر."
    assert infer_published(told).value == date(2020, 11, 27)


def test_an_explanation_quotes_the_text_plainly_in_its_own_direction():
    why = infer_published("قصفت القوات المدينة في 12\u00a0أكتوبر، وقال الجيش اليوم الخميس إنه تقدم.").explanation
    assert "«\u206812 اكتوبر\u2069»" in why
    assert "\\x" not in why and "'" not in why


def test_a_weekday_beside_a_date_only_labels_it():
    [found] = exprs("قالت الوزارة مساء الثلاثاء (28 سبتمبر 2020) إن المعارك مستمرة")
    assert found.kind == "explicit" and found.value == date(2020, 9, 28)
    assert resolve_expression(found, date(2020, 9, 28)).value == date(2020, 9, 28)


def test_a_day_of_a_month_with_min_between_and_a_month_that_is_only_the_start_of_a_word():
    from geo.arabic import normalize
    from geo.dates import find_expressions

    def values(text):
        return [e.value for e in find_expressions(normalize(text), 2020)]

    assert values("قصفت القوات في الـ15 من أكتوبر مدينة ترتر.") == [date(2020, 10, 15)]
    assert values("وفي 3 من آب الماضي وقعت اشتباكات.") == [date(2020, 8, 3)]
    assert values("قتل 3 أبناء من العائلة، وأصيب 2 من أبناء القرية.") == []  # آب is August, أبناء sons


def test_a_page_stamp_with_its_time_is_the_publication_date():
    from geo.dates import infer_published

    found = infer_published("2020-10-18T10:30:00+03:00\n\nقالت الوزارة إن القصف مستمر.")
    assert found.value == date(2020, 10, 18) and found.confidence >= 0.8


def test_a_date_in_a_clause_of_its_own_does_not_date_the_place_before_it(gaz, tabs):
    from geo.extract import extract

    text = ("وأكدت وزارة الدفاع الأرمينية اليوم أن المعارك مستمرة في محيط مدينة شوشي، "
            "بعد أن أعلن علييف أمس السيطرة عليها.")
    (event,) = [e for e in extract(text, gaz, tabs, published=date(2020, 11, 9)).events if e.event_type == "clash"]
    assert event.event_date == "2020-11-09"


@pytest.mark.parametrize(("text", "day"), [
    ("الأحد 8 ربيع الأول 1442\nقصفت القوات مدينة ترتر اليوم.", date(2020, 10, 25)),
    ("قال إن المدينة قصفت في 10 صفر 1442 هـ.", date(2020, 9, 27)),
])
def test_a_hijri_date_is_read_in_the_umm_al_qura_calendar(text, day):
    (e,) = [e for e in exprs(text) if e.kind == "explicit"]
    assert e.value == day


@pytest.mark.parametrize(("text", "day"), [
    # Umm al-Qura reads 27 صفر 1442 as Wednesday 14 October; the outlet's calendar made it Thursday
    ("الخميس 27 صفر 1442\nقصفت القوات مدينة ترتر اليوم.", date(2020, 10, 15)),
    ("الخميس، 27 صفر 1442 هـ\nقصفت القوات مدينة ترتر اليوم.", date(2020, 10, 15)),
    # guard (passes on the code before the rule too): with no weekday, Umm al-Qura's day
    ("27 صفر 1442\nقصفت القوات مدينة ترتر اليوم.", date(2020, 10, 14)),
])
def test_a_hijri_date_falls_on_the_weekday_written_before_it(text, day):
    (e,) = [e for e in exprs(text) if e.kind == "explicit"]
    assert e.value == day


def test_zero_with_no_hijri_year_is_no_date():
    assert [e for e in exprs("سجل العداد 5 صفر أمس.") if e.kind == "explicit"] == []


def test_a_stamp_in_both_calendars_dates_the_article():
    text = "آخر تحديث: 22 ربيع الأول 1442هـ - 8 نوفمبر 2020م 01:39 ص\nوقالت الوزارة السبت إن الجيش تقدم."
    assert infer_published(text).value == date(2020, 11, 8)


@pytest.mark.parametrize(("phrase", "day"), [
    ("27 شتنبر الماضي", date(2020, 9, 27)),  # Moroccan
    ("الرابع من نونبر", date(2020, 11, 4)),
    ("3 دجنبر", date(2020, 12, 3)),
    ("5 أوت", date(2020, 8, 5)),  # Algerian and Tunisian
    ("14 أوكتوبر", date(2020, 10, 14)),
])
def test_the_maghrebi_month_names_date_as_the_others(phrase, day):
    (found,) = [e for e in exprs(f"وقال في {phrase} إن القصف استمر") if e.kind == "explicit"]
    assert found.value == day


@pytest.mark.parametrize(("sentence", "published", "day"), [
    # within minutes or hours of a truce taking effect: that truce's day, the last by the article's
    ("قصفت القوات مدينة ترتر بعد دقائق من بدء سريان الهدنة الإنسانية.", date(2020, 10, 12), date(2020, 10, 10)),
    ("قصفت القوات مدينة ترتر بعد خمس دقائق من بدء سريان الهدنة.", date(2020, 10, 20), date(2020, 10, 18)),
    ("قصفت القوات مدينة ترتر فور دخول الهدنة الإنسانية الثانية حيز التنفيذ.", date(2020, 10, 30), date(2020, 10, 18)),
    ("قصفت القوات مدينة ترتر مع بدء سريان وقف إطلاق النار.", date(2020, 11, 12), date(2020, 11, 10)),
    # since the truce is a span, no day
    ("لم تقصف القوات مدينة ترتر منذ بدء سريان الهدنة.", date(2020, 10, 12), date(2020, 10, 12)),
    # on its eve, the day before: told on the eve itself, of the truce to come the next day
    ("قصفت القوات مدينة ترتر عشية الهدنة.", date(2020, 10, 20), date(2020, 10, 17)),
    ("قصفت القوات مدينة ترتر عشية دخول الهدنة الإنسانية حيز التنفيذ.", date(2020, 10, 17), date(2020, 10, 17)),
    ("قصفت القوات مدينة ترتر في عشية إعلان الهدنة الإنسانية الأولى.", date(2020, 10, 30), date(2020, 10, 9)),
])
def test_a_deed_minutes_after_a_truce_took_effect_is_of_that_day(gaz, tabs, sentence, published, day):
    from geo.extract import extract

    (event,) = [e for e in extract(sentence, gaz, tabs, published=published).events if e.mention == "ترتر"]
    assert event.event_date == day.isoformat()


def test_a_gregorian_stamp_governs_a_hijri_one_a_day_off_in_the_same_dateline():
    # local Hijri calendars stand a day or two from Umm al-Qura's, which reads 25 صفر 1442 as 12 October
    text = "الجيش يعلن تقدما جديدا\nالأحد 25 صفر 1442 هـ - 11 أكتوبر 2020 م\nوقالت الوزارة إن الجيش تقدم."
    assert infer_published(text).value == date(2020, 10, 11)


def test_a_dateline_whose_two_calendars_disagree_by_weeks_is_no_stamp():
    text = "الجيش يعلن تقدما جديدا\n10 صفر 1442 هـ - 11 أكتوبر 2020 م\nوقالت الوزارة إن الجيش تقدم."
    assert "dateline" not in infer_published(text).explanation


@pytest.mark.parametrize("stamp", ["الأحد 11/أكتوبر/2020", "11 - أكتوبر - 2020", "11-تشرين الأول-2020"])
def test_a_stamp_may_join_day_month_name_and_year_with_slashes_or_dashes(stamp):
    assert infer_published(f"الجيش يعلن تقدما جديدا\n{stamp}\nوقالت الوزارة إن الجيش تقدم.").value == date(2020, 10, 11)


@pytest.mark.parametrize("stamp", [
    "بتاريخ 11 - 10 - 2020", "11 / 10 / 2020", "2020 - 10 - 11",  # spaces around the separators
    "11 تشرين أول 2020", "الأحد 11 تشرين1/أكتوبر 2020",  # the month without its article, or numbered
])
def test_a_stamp_in_the_levants_other_writings_dates_the_article(stamp):
    assert infer_published(f"الجيش يعلن تقدما جديدا\n{stamp}\nوقالت الوزارة إن الجيش تقدم.").value == date(2020, 10, 11)


@pytest.mark.parametrize(("phrase", "month"), [("كانون ثاني", 1), ("تشرين ثاني", 11), ("كانون أول", 12),
                                               ("تشرين2", 11)])
def test_the_levantine_months_without_their_article_or_numbered(phrase, month):
    (found,) = [e for e in exprs(f"وقال في 5 {phrase} 2020 إن القصف استمر") if e.kind == "explicit"]
    assert found.value == date(2020, month, 5)


@pytest.mark.parametrize(("phrase", "day"), [("في اليوم التاسع والعشرين للمعارك", date(2020, 10, 25)),
                                             ("لليوم الحادي عشر على التوالي", date(2020, 10, 7)),
                                             ("في اليوم العشرين من الحرب", date(2020, 10, 16))])
def test_the_day_of_the_fighting_in_compound_ordinals_bounds_the_date(phrase, day):
    assert infer_published(f"تتواصل المعارك {phrase} في الإقليم.").value == day


@pytest.mark.parametrize("phrase, kind", [
    ("اليوم", "today"), ("Today", "today"), ("THIS MORNING", "today"), ("tonight", "today"),
    ("قبل يومين", "daysago"), ("أول أمس", "daysago"), ("قبل 3 أيام", "daysago"),
    ("قبل أسبوعين", "weeksago"), ("يوم 16 الجاري", "thismonth"),
    ("أمس", "yesterday"), ("الأمس", "yesterday"), ("البارحة", "yesterday"), ("Yesterday", "yesterday"),
    ("Last night", "yesterday"), ("الأسبوع الماضي", "lastweek"), ("هذا الأسبوع", "thisweek"),
    ("مطلع هذا الأسبوع", "thisweek"), ("خلال هذا الأسبوع", "thisweek"), ("مطلع الأسبوع الجاري", "thisweek"),
    ("خلال الأسبوع الحالي", "thisweek"), ("الشهر الماضي", "lastmonth"),
    ("بداية الشهر الجاري", "currentmonth"), ("منتصف الشهر الحالي", "currentmonth"),
    ("شهر جاري", "currentmonth"), ("هذا الشهر", "currentmonth"), ("الخميس", "weekday"),
])
def test_every_relative_word_is_found_after_other_words(phrase, kind):
    """The relative-date scan starts only at the letters its alternatives begin with: each kind,
    in either case for English, is still found mid-sentence."""
    (found,) = exprs(f"وقالت الوزارة {phrase} إن القصف استمر")
    assert found.kind == kind and found.text in normalize(phrase)


@pytest.mark.parametrize(("text", "value"), [
    # a day written as an ordinal, compound ones too, with a month name or "this/last month"
    ("اندلعت الحرب في السابع والعشرين من سبتمبر.", date(2020, 9, 27)),
    ("وفي الحادي عشر من أكتوبر قصفت القوات المدينة.", date(2020, 10, 11)),
    ("وفي الرابع من الشهر الجاري قصفت القوات المدينة.", date(2020, 10, 4)),
    ("وفي السابع والعشرين من الشهر الماضي قصفت القوات المدينة.", date(2020, 9, 27)),
])
def test_a_day_of_the_month_written_as_an_ordinal(text, value):
    (e,) = exprs(text)
    assert resolve_expression(e, date(2020, 10, 30)).value == value


def test_a_war_begun_on_a_day_a_few_words_back_starts_a_span():
    text = "قتل 600 جندي منذ اندلاع المعارك مع القوات الأذربيجانية في السابع والعشرين من الشهر الماضي."
    assert [dates_the_report(normalize(text), e) for e in exprs(text)] == [True]


@pytest.mark.parametrize(("text", "reports"), [
    ("قالت المنظمة في تقرير نشرته الجمعة إن", [True]),  # the pronoun on the verb is the report
    ("في بيانها الصادر اليوم", [True]),
    ("في تقرير صدر أمس", [True]),
    ("وانتشرت اليوم صور القصف", [False]),  # انتشرت (spread) holds نشرت: no report's date
    ("نشرت الوزارة أمس مقطعا", [False]),  # the ministry between: the day may be the deed's
])
def test_a_day_right_after_a_report_published_dates_the_report(text, reports):
    norm = normalize(text)
    assert [dates_the_report(norm, e) for e in find_expressions(norm)] == reports


def test_a_report_published_on_a_day_leaves_the_deed_its_own_day(gaz, tabs):
    from geo.extract import extract

    text = ("عنوان\n\nقالت منظمة العفو في تقرير نشرته الجمعة إن القوات قصفت مدينة ستيباناكيرت، "
            "كبرى مدن الإقليم، في الرابع من أكتوبر.\n")
    (strike,) = [e for e in extract(text, gaz, tabs, published=date(2020, 10, 23)).events if e.event_type == "strike"]
    assert (strike.event_date, strike.claimant) == ("2020-10-04", "منظمة العفو")


def test_a_schedules_day_is_not_carried_to_the_next_sentence_of_the_same_speaker(gaz, tabs):
    from geo.extract import extract

    text = ("عنوان\n\nقال الرئيس إلهام علييف إن القوات الأذربيجانية ستدخل منطقة أغدام في 20 نوفمبر. "
            "وأضاف أن القوات الأرمينية قصفت بلدة ترتر.\n")
    (strike,) = [e for e in extract(text, gaz, tabs, published=date(2020, 11, 12)).events if e.event_type == "strike"]
    assert strike.event_date == "2020-11-12"  # the day of writing, not the handover's


def test_a_strike_told_with_its_day_keeps_it_where_it_comes_again_undated(gaz, tabs):
    from geo.extract import extract

    text = ("عنوان\n\nبيروت - الشرق الأوسط\n\nاتهمت أذربيجان أرمينيا، أمس الأربعاء، بقصف مدينة بردعة، "
            "فيما اتهمت يريفان باكو بقصف ستيباناكيرت.\n\n"
            "وقالت النيابة العامة الأذربيجانية إن الهجوم على بردعة أسفر عن مقتل 21 شخصا. "
            "وأضافت: \"هذه جريمة حرب\".\n\n"
            "من جانبها، قالت المتحدثة باسم وزارة الدفاع الأرمينية إن المعلومات عن قصف بردعة كاذبة.\n")
    found = [e.event_date for e in extract(text, gaz, tabs, published=date(2020, 10, 29)).events
             if e.mention == "بردعة"]
    assert found == ["2020-10-28"] * 3


def test_a_strike_dated_after_the_lead_keeps_its_day_where_another_speaker_tells_of_it(gaz, tabs):
    from geo.extract import extract

    text = ("عنوان\n\nتتواصل المعارك في قره باغ لليوم الثلاثين.\n\n"
            "وقالت النيابة العامة الأذربيجانية إن مدينة بردعة تعرضت ليل الثلاثاء لقصف صاروخي.\n\n"
            "من جانبها، قالت المتحدثة باسم وزارة الدفاع الأرمينية إن المعلومات عن قصف بردعة كاذبة.\n")
    found = [e.event_date for e in extract(text, gaz, tabs, published=date(2020, 10, 29)).events
             if e.mention == "بردعة"]
    assert found == ["2020-10-27"] * 2


@pytest.mark.parametrize(("published", "kind"), [(date(2020, 11, 14), ("other", "scheduled")),
                                                 (date(2020, 11, 26), ("control", "handed_over"))])
def test_a_handover_told_before_its_day_is_a_schedule(gaz, tabs, published, kind):
    from geo.extract import extract

    text = "عنوان\n\nأحرق السكان منازلهم قبل تسليم منطقة كلبجار إلى أذربيجان.\n"
    (event,) = [e for e in extract(text, gaz, tabs, published=published).events if e.mention == "كلبجار"]
    assert (event.event_type, event.sub_type) == kind


@pytest.mark.parametrize(("statement", "mention", "day"), [
    # "وجه علييف، مساء الثلاثاء، كلمة قال فيها: «اليوم حرر جيشنا قرية X»" in an article of
    # Wednesday: the liberation is Tuesday's, the day of the speech
    ("وجه الرئيس الأذربيجاني إلهام علييف، مساء الثلاثاء، كلمة إلى الشعب، قال فيها:\n\n"
     "«اليوم حرر جيشنا قرية سيرك».", "سيرك", "2020-10-20"),
    # a speaker the quotation names counts today from the article
    ("نشرت وزارة الدفاع الأذربيجانية، مساء الثلاثاء، بيانا جاء فيه:\n\n"
     "«وقال المتحدث باسم وزارة الدفاع الأذربيجانية اليوم إن القوات الأرمينية قصفت مدينة ترتر».", "ترتر",
     "2020-10-21"),
])
def test_today_in_a_quoted_statement_is_the_day_the_statement_was_made(gaz, tabs, statement, mention, day):
    assert _date_of(f"عنوان\n\n{statement}\n", mention, gaz, tabs) == day


@pytest.mark.parametrize(("sentence", "day"), [
    # what was said on Tuesday, told in an article of Wednesday: its "today" is Tuesday
    ("قال علييف في خطاب متلفز مساء الثلاثاء إن الجيش حرر اليوم قرية سيرك.", date(2020, 10, 20)),
    ("وأعلنت الوزارة الثلاثاء أن الجيش قصف اليوم مدينة سيرك.", date(2020, 10, 20)),
    # a day before the words said dates another event, not the words: today is the article's
    ("بعد قصف أمس على مدينة ترتر، قال الوزير إن القوات حررت اليوم قرية سيرك.", date(2020, 10, 21)),
    ("قال الوزير إن القوات حررت اليوم قرية سيرك.", date(2020, 10, 21)),
    # the outlet's clause after the words said: its today is the article's
    ("أعلنت الوزارة في 3 أكتوبر أن الجيش حرر قرية تاليش، وتتواصل اليوم المعارك في قرية سيرك.", date(2020, 10, 21)),
])
def test_today_in_reported_speech_is_the_day_it_was_said(gaz, tabs, sentence, day):
    assert _date_of(f"عنوان\n\n{sentence}\n", "سيرك", gaz, tabs) == day.isoformat()


@pytest.mark.parametrize("furniture", ["اقرأ أيضا: علييف يعلن تحرير مدينة جبرائيل",
                                       "مواضيع ذات صلة\nعلييف يعلن تحرير مدينة جبرائيل"])
def test_a_teaser_of_another_article_is_not_dated_by_this_one(gaz, tabs, furniture):
    """A page's "read also" line or its list of related articles holds other articles' headlines:
    their speaker is named without the label, and their day is not this article's."""
    from geo.extract import extract

    text = f"عنوان\n\nقالت الوزارة الأرمينية إن القوات قصفت مدينة مارتوني اليوم.\n\n{furniture}\n"
    events = {e.mention: e for e in extract(text, gaz, tabs, published=date(2020, 10, 20)).events}
    assert events["مارتوني"].event_date == "2020-10-20"
    assert events["جبرائيل"].event_date is None and events["جبرائيل"].claimant_side == "azerbaijani"
    assert not events["جبرائيل"].claimant.startswith("اقرأ")


def test_related_topics_in_a_sentence_are_no_footer(gaz, tabs):
    from geo.extract import extract

    text = ("عنوان\n\nناقش الوزيران مواضيع ذات صلة بالنزاع.\n\n"
            "قالت الوزارة الأرمينية إن القوات قصفت مدينة مارتوني اليوم.\n")
    (event,) = [e for e in extract(text, gaz, tabs, published=date(2020, 10, 20)).events if e.mention == "مارتوني"]
    assert event.event_date == "2020-10-20"


def test_a_headline_event_takes_the_day_its_story_first_tells_it_with(gaz, tabs):
    """The headline gives no day, the lead under it does: the headline's strike is the lead's."""
    from geo.extract import extract

    text = ("مقتل مدنيين في قصف على بردعة\n\n"
            "قتل مدنيان، الاثنين، جراء قصف صاروخي على مدينة بردعة، بحسب النيابة العامة الأذربيجانية.\n")
    found = [e.event_date for e in extract(text, gaz, tabs, published=date(2020, 10, 28)).events
             if e.mention == "بردعة"]
    assert found == ["2020-10-26"] * 2


def test_a_headline_event_the_story_tells_without_a_day_keeps_the_publication_date(gaz, tabs):
    """A later telling with a day is another strike ("وكانت بردعة تعرضت لقصف يوم 4 أكتوبر"): only
    the body's first telling of the event dates the headline's."""
    from geo.extract import extract

    text = ("قصف على بردعة\n\n"
            "تعرضت مدينة بردعة لقصف صاروخي، بحسب النيابة العامة الأذربيجانية.\n\n"
            "وكانت مدينة بردعة قد تعرضت لقصف صاروخي يوم 4 أكتوبر.\n")
    found = [e.event_date for e in extract(text, gaz, tabs, published=date(2020, 10, 28)).events
             if e.mention == "بردعة"]
    assert found == ["2020-10-28", "2020-10-28", "2020-10-04"]


def test_a_loss_admitted_in_a_headline_is_dated_by_the_admission_its_story_tells(gaz, tabs):
    """Not by the day the capture is documented: the headline repeats the admission of its lead."""
    from geo.extract import extract

    text = ("أرمينيا تعترف بفقدان السيطرة على مدينة هادروت\n\n"
            "اعترف رئيس الوزراء الأرميني، مساء الخميس، بأن القوات الأذربيجانية دخلت مدينة هادروت.\n")
    found = [(e.sub_type, e.event_date) for e in extract(text, gaz, tabs, published=date(2020, 10, 16)).events
             if e.mention == "هادروت"]
    assert found == [("lost", "2020-10-15"), ("entered", "2020-10-15")]


def test_an_arabic_telling_takes_the_day_of_the_tweet_it_quotes_on_the_same_strike(gaz, tabs):
    """The Arabic introduction and the tweet after it tell one strike: the tweet's signature dates it."""
    from geo.extract import extract

    text = ("عنوان\n\nنشر مساعد الرئيس صورا قال إنها للدمار الذي خلفه القصف على مدينة بردعة.\n\n"
            "وكتب: \"Armenia shelled Barda city center. Civilians killed.\"\n\n"
            "— Hikmet Hajiyev (@HikmetHajiyev) October 28, 2020\n")
    found = [e.event_date for e in extract(text, gaz, tabs, published=date(2020, 10, 30)).events
             if e.mention == "بردعة"]
    assert found == ["2020-10-28"]


@pytest.mark.parametrize(("text", "mention", "day"), [
    ("ففي 4 أكتوبر، قصفت القوات الأرمينية مدينة ترتر، وفي التاسع من أكتوبر قصفت مدينة بردعة.", "ترتر", "2020-10-04"),
    ("ففي 4 أكتوبر، قصفت القوات الأرمينية مدينة ترتر، وفي التاسع من الشهر نفسه قصفت مدينة بردعة.",
     "بردعة", "2020-10-09"),
    ("قصفت القوات الأرمينية أمس مدينة ترتر، ويوم الأحد الماضي قصفت مدينة بردعة.", "ترتر", "2020-10-20"),
    # a day closing its own clause still dates it
    ("قصفت القوات الأرمينية مدينة ترتر في 4 أكتوبر، ثم قصفت مدينة بردعة.", "ترتر", "2020-10-04"),
])
def test_a_day_opening_a_later_clause_dates_that_clause_not_the_place_before_it(text, mention, day, gaz, tabs):
    assert _date_of(text, mention, gaz, tabs) == day


@pytest.mark.parametrize(("text", "mention", "day"), [
    ("وقصفت القوات الأرمينية يوم 4 أكتوبر مدينة ترتر وبردعة في 9 أكتوبر.", "بردعة", "2020-10-09"),
    ("وشهدت الحرب قصف مدينة ترتر في 4 أكتوبر ومدينة بردعة يوم 9 أكتوبر.", "بردعة", "2020-10-09"),
    # guard (passes on the code before): the first place keeps the day written after it
    ("وشهدت الحرب قصف مدينة ترتر في 4 أكتوبر ومدينة بردعة يوم 9 أكتوبر.", "ترتر", "2020-10-04"),
])
def test_a_day_written_right_after_a_place_is_its_own(text, mention, day, gaz, tabs):
    """Each item of a list with its own day: the day before it was the item's before."""
    assert _date_of(text, mention, gaz, tabs) == day


def test_a_day_after_a_comma_closing_the_sentence_dates_the_place_before_it(gaz, tabs):
    text = "وقالت النيابة إن القتلى سقطوا في القصف الأرميني على مدينة بردعة، في 12 أكتوبر الماضي."
    assert _date_of(text, "بردعة", gaz, tabs) == "2020-10-12"


@pytest.mark.parametrize(("words", "month"), [
    ("اندلعت اشتباكات في يوليو الماضي", date(2020, 7, 1)),
    ("وفي تموز/يوليو 2020، قتل جنرال", date(2020, 7, 1)),
    ("ذكرت بمعارك أبريل 2016", date(2016, 4, 1)),
    ("خلال شهر سبتمبر", date(2020, 9, 1)),
    ("منذ ديسمبر الماضي", date(2019, 12, 1)),  # the last December before an October article
])
def test_a_month_named_as_a_time_without_a_day_dates_to_that_month(words, month):
    (e,) = exprs(words)
    when = resolve_expression(e, date(2020, 10, 20))
    assert (e.kind, when.value, when.precision) == ("namedmonth", month, "month")


@pytest.mark.parametrize("words", ["قال أب الشهيد إن", "تموز شركة", "ويناير"])
def test_a_month_name_not_used_as_a_time_is_no_date(words):
    assert exprs(words) == []


@pytest.mark.parametrize(("text", "mention", "kind"), [
    ("وكانت اشتباكات حدودية قد اندلعت في يوليو الماضي في منطقة توفوز.", "توفوز", ("other", "historical")),
    ("وفي تموز/يوليو 2020، قصفت القوات الأرمينية قرى في منطقة توفوز.", "توفوز", ("other", "historical")),
    # a month of the war, told as past, is still the war's
    ("وقصفت القوات الأرمينية مدينة ترتر في أيلول الماضي.", "ترتر", ("strike", "shelling")),
    # a day just before the war began is in its window: no background by its date alone
    ("وفي 23 سبتمبر قصفت القوات الأرمينية مدينة ترتر.", "ترتر", ("strike", "shelling")),
])
def test_an_event_dated_before_the_war_is_background(text, mention, kind, gaz, tabs):
    from geo.extract import extract

    (event,) = [e for e in extract(text, gaz, tabs, published=date(2020, 10, 21)).events
                if e.mention == mention]
    assert (event.event_type, event.sub_type) == kind


@pytest.mark.parametrize(("text", "mention", "day"), [
    ("وفي 14 أكتوبر قصفت القوات الأرمينية مدينة ترتر، وبعد يومين قصفت مدينة بردعة.", "بردعة", "2020-10-16"),
    ("وفي 14 أكتوبر قصفت القوات الأرمينية مدينة ترتر. وفي اليوم التالي قصفت مدينة بردعة.", "بردعة", "2020-10-15"),
    # no day told before: days after nothing known
    ("وبعد يومين قصفت القوات الأرمينية مدينة بردعة.", "بردعة", None),
    # days after an event named: the war's age, no day of the text's
    ("وبعد يومين من اندلاع المعارك قصفت القوات الأرمينية مدينة بردعة.", "بردعة", "2020-10-21"),
])
def test_days_later_count_from_the_day_told_last(text, mention, day, gaz, tabs):
    assert _date_of(text, mention, gaz, tabs) == day


@pytest.mark.parametrize(("words", "kind"), [
    ("قصفت القوات المدينة قبل ساعات", "today"), ("تتعرض المدينة للقصف منذ ساعات", "today"),
    ("وفي الساعات الأخيرة قصفت القوات المدينة", "today"), ("وصلت التعزيزات قبل قليل", "today"),
])
def test_hours_ago_are_today(words, kind):
    assert [e.kind for e in exprs(words)] == [kind]


def test_hours_before_an_event_are_not_today():
    assert exprs("كثفت القوات هجماتها قبل ساعات من بدء سريان الهدنة") == []


@pytest.mark.parametrize("stamp", ["• 10/10/2020 • 00:00", "السبت 10 أكتوبر 2020 14:18",
                                   "25 صفر 1442هـ - 10 أكتوبر 2020م 01:39 ص", "10:15 - 10/10/2020"])
def test_a_page_stamp_run_into_the_lead_dates_none_of_its_events(stamp):
    from geo.dates import without_page_stamps

    norm = normalize(f"{stamp} أعلن الرئيس، الجمعة، أن الجيش حرر قرى.")
    assert [e.kind for e in without_page_stamps(norm, find_expressions(norm))] == ["weekday"]


def test_a_date_with_its_hour_told_in_words_is_an_events_date():
    from geo.dates import without_page_stamps

    norm = normalize("وفي 9 أكتوبر 2020، الساعة 17:30، قصفت القوات مدينة ترتر.")
    assert [e.value for e in without_page_stamps(norm, find_expressions(norm))] == [date(2020, 10, 9)]


def test_a_stamp_run_into_the_lead_leaves_the_speakers_day_to_what_they_go_on_to_tell(gaz, tabs):
    text = ("• 10/10/2020 • 00:00 أعلن الرئيس الأذربيجاني إلهام علييف، الجمعة، أن جيش بلاده حرر عددا من "
            "القرى. وأوضح علييف أن الجيش حرر قرية سولطانلي.")
    assert _date_of(text, "سولطانلي", gaz, tabs, published=date(2020, 10, 10)) == "2020-10-09"


def test_a_stamp_with_its_clock_run_into_the_headline_dates_the_page():
    text = ("آخر تحديث: الأحد 29 ربيع الأول 1442هـ - 15 نوفمبر 2020م 01:39 ص سكان يغادرون البلدة قبل تسليمها "
            "وكالة الأنباء - غادر السكان البلدة أمس قبل تسليمها وفقا للاتفاق، وقالت الوزارة الجمعة إن الجيش تقدم.")
    assert infer_published(text).value == date(2020, 11, 15)


@pytest.mark.parametrize("text", [
    "واستعادت القوات الأرمينية أمس السيطرة على قرية تاليش بعد معارك عنيفة.",
    "وأفادت مصادر بأن القوات الأرمينية تمكنت أمس من استعادة قرية تاليش.",
])
def test_a_place_armenian_forces_took_back_keeps_the_day_told_not_azerbaijans_documented_capture(text, gaz, tabs):
    assert _date_of(text, "تاليش", gaz, tabs, published=date(2020, 10, 23)) == "2020-10-22"


@pytest.mark.parametrize("text", [
    "وتمكن الجيش أمس من طرد القوات الأرمينية من قرية تاليش.",
    "وكانت قرية تاليش قد احتلتها القوات الأرمينية عام 1993، إلا أن القوات الأذربيجانية تمكنت من استعادتها.",
])
def test_azerbaijans_capture_recounted_keeps_its_documented_day_whichever_force_is_named_first(text, gaz, tabs):
    assert _date_of(text, "تاليش", gaz, tabs, published=date(2020, 10, 23)) == "2020-10-03"


def test_villages_taken_on_a_towns_front_are_not_the_towns_documented_capture(gaz, tabs):
    text = "الجيش الأذربيجاني يحرر قرى جديدة على جبهتي زنغيلان وقوبادلي"
    assert _date_of(text, "زنغيلان", gaz, tabs, published=date(2020, 10, 28)) == "2020-10-28"
    assert _date_of(text, "قوبادلي", gaz, tabs, published=date(2020, 10, 28)) == "2020-10-28"


def test_a_date_wrapped_across_lines_bounds_the_publication_date():
    text = ("أعلنت السلطات اليوم الجمعة مقتل مدنيين.\n\nوجاء في بيان: ليلة السادس من تشرين\n"
            "الثاني/ نوفمبر كانت غير هادئة في المناطق المدنية.")
    assert infer_published(text).value == date(2020, 11, 6)


def test_a_milestone_wrapped_across_lines_bounds_the_publication_date():
    text = ("أرمينيا: أذربيجان تكثف هجماتها\n\nذكرت الوزارة أن القصف اشتد قبل ساعات من بدء سريان الهدنة\n"
            "الإنسانية.\n\nوكتبت المتحدثة اليوم السبت أن العدو كثف هجماته.")
    assert infer_published(text).value == date(2020, 10, 10)


def test_a_speakers_words_after_a_teaser_run_into_them_keep_the_speakers_day(gaz, tabs):
    text = ("عنوان\n\nأعلن الرئيس الأذربيجاني إلهام علييف الجمعة تحرير قرى جديدة. اقرأ أيضا: روسيا ترفض "
            "مساعدة أرمينيا وأضاف علييف أن هناك قرى تحررت أيضا هي قرية سولطانلي.")
    assert _date_of(text, "سولطانلي", gaz, tabs, published=date(2020, 10, 10)) == "2020-10-09"


@pytest.mark.parametrize(("sentence", "mention", "day"), [
    # the participle after the place, its adjective: liberated some day before, not the article's
    ("وقالت وزارة الدفاع الأذربيجانية إن فرق إزالة الألغام بدأت العمل في قرية سولطانلي المحررة.", "سولطانلي",
     None),
    ("وأعلنت وزارة الدفاع الأذربيجانية إعادة بناء الطرق إلى قريتي تاليش وسولطانلي المحررتين.", "تاليش",
     date(2020, 10, 3)),  # the timeline documents Talish's capture: its day
    # before the list, the participle announces the places liberated: the article's day
    ("وقالت وزارة الدفاع الأذربيجانية إن القرى المحررة هي: سولطانلي وتاليش.", "سولطانلي", date(2020, 10, 22)),
])
def test_a_place_called_liberated_was_liberated_some_day_before(events_at, sentence, mention, day):
    (event,) = events_at(f"عنوان\n\n{sentence}\n", mention, date(2020, 10, 22))
    assert event.event_type == "control"
    assert event.event_date == (day.isoformat() if day else None)


@pytest.mark.parametrize("stamps", [
    "نشر في: 10 أكتوبر 2020 - آخر تحديث: 12 أكتوبر 2020",
    "السبت 10 أكتوبر 2020 (آخر تحديث: الاثنين 12 أكتوبر 2020)",
    "آخر تحديث: 12 أكتوبر 2020\nنشر في: 10 أكتوبر 2020",  # the update's line first
    "نشر في 10 أكتوبر 2020 الساعة 10:00 وتم تحديثه في 12 أكتوبر 2020",
])
def test_a_page_published_and_updated_is_of_its_publication_day(stamps):
    text = f"الجيش يعلن تقدما جديدا\n{stamps}\nوقالت الوزارة إن الجيش تقدم."
    assert infer_published(text).value == date(2020, 10, 10)


def test_a_page_stamped_with_its_update_alone_is_of_that_day():
    text = "الجيش يعلن تقدما جديدا\nآخر تحديث: 12 أكتوبر 2020\nوقالت الوزارة إن الجيش تقدم."
    assert infer_published(text).value == date(2020, 10, 12)
