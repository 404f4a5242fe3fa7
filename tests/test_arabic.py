from __future__ import annotations

from geo.arabic import normalize, normalize_with_offsets, strip_clitics, tokenize
from geo.document import make_doc


def test_normalize_folds_letters_and_drops_marks():
    assert normalize("أإآ") == "ااا"
    assert normalize("قرية") == "قريه"
    assert normalize("قرى") == "قري"
    assert normalize("بَرَدعه") == "بردعه"
    assert normalize("مـدينة") == "مدينه"  # tatweel
    assert normalize("گنجه") == "كنجه"  # Persian letters


def test_offsets_point_into_the_original_text():
    text = "مدينة بَرَدعه"
    norm, offsets = normalize_with_offsets(text)
    i = norm.index("بردعه")
    assert text[offsets[i] : offsets[i + len("بردعه") - 1] + 1] == "بَرَدعه"


def test_clitics_are_stripped_but_the_whole_word_is_kept_first():
    readings = [stem for stem, _ in strip_clitics("وبالقرية")]
    assert readings[0] == "وبالقريه" and "قريه" in readings
    assert [s for s, _ in strip_clitics("باكو")][0] == "باكو"  # a name starting with ب
    assert all(len(stem) >= 3 for stem, _ in strip_clitics("بري"))


def test_tokens_carry_offsets_and_split_on_arabic_comma():
    text = "قرى تشاب راند، وغوشا"
    tokens = tokenize(text)
    assert [t.text for t in tokens] == ["قرى", "تشاب", "راند", "وغوشا"]
    assert all(text[t.start : t.end] == t.text for t in tokens)


def test_sentences_split_on_full_stops_and_the_dot_comma_join():
    text = "قصفت المدينة اليوم., وفي تقرير آخر قتل جندي. ثم انتهى"
    spans = [(s.start, s.end) for s in make_doc(text).sentences]
    assert len(spans) == 3
    assert text[spans[1][0] : spans[1][1]].startswith("وفي تقرير")


def test_presentation_forms_are_read_as_their_letters():
    from geo.arabic import unshaped

    assert unshaped("ﻭﻗﺼﻔﺖ ﺍﻟﻘﻮﺍﺕ ﺍﻷﺭﻣﻴﻨﻴﺔ ﻣﺪﻳﻨﺔ ﺑﺮﺩﻋﺔ") == "وقصفت القوات الأرمينية مدينة بردعة"
    plain = "قصفت القوات مدينة ترتر، ٣ قتلى"
    assert unshaped(plain) is plain  # text without them comes back untouched


def test_an_article_in_presentation_forms_is_read_like_any_other(gaz, tabs):
    from geo.extract import extract

    events = extract("ﻭﺣﺮﺭ ﺍﻟﺠﻴﺶ ﺍﻷﺫﺭﺑﻴﺠﺎﻧﻲ ﻗﺮﻳﺔ ﺳﻮﻟﻄﺎﻧﻠﻲ.", gaz, tabs).events
    assert [(e.mention, e.event_type, e.claimant_side) for e in events] == [("سولطانلي", "control", "azerbaijani")]


def test_no_break_and_fixed_width_spaces_are_spaces():
    from geo.arabic import normalize

    assert normalize("وزارة\u00a0الدفاع\u202fالأرمينية\u2009اليوم") == "وزاره الدفاع الارمينيه اليوم"
