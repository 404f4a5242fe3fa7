"""The document model: paragraphs, soft wraps, bullets, headline, quotations, bounded sentences."""

from geo.arabic import normalize
from geo.document import MAX_SENTENCE, make_doc


def test_soft_wrapped_lines_inside_a_paragraph_are_one_sentence():
    text = "عنوان قصير للخبر\n\nقال المتحدث إن الجيش حرر قرى ألف،\nوباء، وجيم في منطقة دال.\n\nفقرة ثانية."
    doc = make_doc(text)
    assert [s.text for s in doc.sentences][1] == "قال المتحدث إن الجيش حرر قرى ألف،\nوباء، وجيم في منطقة دال."
    assert [s.paragraph for s in doc.sentences] == [0, 1, 2]


def test_without_blank_lines_every_line_is_a_paragraph():
    doc = make_doc("السطر الأول\nالسطر الثاني.\nالسطر الثالث")
    assert [s.paragraph for s in doc.sentences] == [0, 1, 2]


def test_without_blank_lines_a_line_ending_on_a_comma_or_a_preposition_goes_on_on_the_next():
    """A copy that kept a page's soft wraps and lost its blank lines: the list and the clause
    read whole. A line ending a sentence, or a bullet, still stands alone."""
    text = ("الرئيس يعلن تحرير قرى\nقال إن الجيش حرر قرى ألف،\nوباء، وجيم في\nمنطقة دال.\n"
            "وتواصلت المعارك.\n- قرية هاء،\n- قرية واو\n")
    doc = make_doc(text)
    assert [s.text for s in doc.sentences] == [
        "الرئيس يعلن تحرير قرى", "قال إن الجيش حرر قرى ألف،\nوباء، وجيم في\nمنطقة دال.", "وتواصلت المعارك.",
        "- قرية هاء،", "- قرية واو"]
    assert normalize("ألف، وباء، وجيم في منطقة") in doc.sentences[1].norm


_WRAPPED = ("قال المتحدث باسم الوزارة اليوم إن القوات الأذربيجانية قصفت بالمدفعية\n"
            "الثقيلة قرى ألف وباء وجيم، وإن الدفاعات الجوية أسقطت طائرتين مسيرتين\n"
            "فوق المنطقة ذاتها.\n"
            "وأضاف أن المعارك تواصلت طوال الليل على محاور عدة في الجنوب، وأن الجيش\n"
            "صد هجمات متكررة على مواقعه في تشرين\n"
            "الثاني.\n")


def test_a_text_wrapped_at_a_fixed_width_reads_its_breaks_as_spaces_and_its_full_stops_as_paragraphs():
    doc = make_doc(_WRAPPED)
    assert [s.paragraph for s in doc.sentences] == [0, 1]
    assert doc.sentences[0].text.startswith("قال") and doc.sentences[0].text.endswith("ذاتها.")
    assert "تشرين الثاني" in doc.sentences[1].norm  # the wrapped month's name reads whole


def test_lines_of_every_length_ending_in_stops_are_paragraphs_not_a_wrapped_text():
    text = ("علييف يعلن تحرير قرى جديدة\nقال الرئيس إن الجيش حرر قرى ألف وباء.\n"
            "وأضاف أن القوات تتقدم على جميع المحاور في الجنوب وأن العدو تكبد خسائر فادحة في الأرواح.\n"
            "وتواصلت المعارك.\n")
    assert [s.paragraph for s in make_doc(text).sentences] == [0, 1, 2, 3]


def test_headline_is_a_short_first_line_without_full_stop():
    doc = make_doc("علييف: تحرير قرى جديدة\n\nقال الرئيس اليوم إن الجيش تقدم.")
    assert [s.text for s in doc.headline] == ["علييف: تحرير قرى جديدة"]
    assert not make_doc("جملة تامة تنتهي بنقطة.\n\nوأخرى.").headline


def test_bullet_lines_are_their_own_sentences():
    doc = make_doc("أعلن الجيش تحرير القرى التالية\n- قرية ألف\n- قرية باء\n\nانتهى.")
    bullets = [s.text for s in doc.sentences if s.bullet]
    assert bullets == ["- قرية ألف", "- قرية باء"]


def test_a_numbered_line_is_one_bullet_its_number_no_sentence_of_its_own():
    doc = make_doc("نشرت الوزارة أسماء القرى التي حررها الجيش:\n1. قرية ألف\n2) قرية باء\n\nانتهى.")
    bullets = [s.text for s in doc.sentences if s.bullet]
    assert bullets == ["1. قرية ألف", "2) قرية باء"]


def test_short_lines_after_a_colon_are_list_items_whose_bullets_were_lost():
    doc = make_doc("عنوان\n\nحرر الجيش القرى التالية:\nألف\nباء جيم\nوقال المتحدث إن المعارك مستمرة في كل مكان.")
    assert [s.text for s in doc.sentences if s.bullet] == ["ألف", "باء جيم"]
    # one short line after a colon is no list, nor is a line of prose
    assert not any(s.bullet for s in make_doc("المصدر:\nوكالة الأنباء\n").sentences)
    assert not any(s.bullet for s in make_doc("وقال:\nإن الجيش حرر القرى كلها اليوم.\nوأضاف.").sentences)


def test_the_number_of_an_inline_lists_item_ends_no_sentence():
    doc = make_doc("حرر الجيش القرى التالية: 1. ألف، 2. باء. وقال المتحدث إن العدد بلغ 12. وانتهى.")
    assert [s.text for s in doc.sentences] == [
        "حرر الجيش القرى التالية: 1. ألف، 2. باء.", "وقال المتحدث إن العدد بلغ 12.", "وانتهى."]


def test_a_heading_line_after_a_bullet_is_no_soft_wrap_of_it():
    doc = make_doc("عنوان\n\nقرى:\n- ألف\nمحافظة باء:\n- جيم\n")
    assert [s.text for s in doc.sentences] == ["عنوان", "قرى:", "- ألف", "محافظة باء:", "- جيم"]


def test_a_sentence_opening_inside_a_quotation_is_marked():
    doc = make_doc("وقال الوزير: «قواتنا تتقدم. وقد حررت قرية ألف». وتابع الصحفي.")
    assert [s.in_quote for s in doc.sentences] == [False, True, False]


def test_offsets_point_into_the_article_and_sentences_stay_bounded():
    text = "كلمة " * 2000
    doc = make_doc(text)
    assert all(len(s.text) <= MAX_SENTENCE for s in doc.sentences)
    assert all(text[s.start : s.end] == s.text for s in doc.sentences)
    assert sum(len(s.tokens) for s in doc.sentences) == 2000


def test_an_embedded_tweets_words_are_signed_by_its_author():
    text = ("عنوان\n\nونشر المتحدث تغريدة جاء فيها:\nThe enemy shelled the town of Alpha tonight.\n"
            "— Jane Roe (@janeroe) October 11, 2020\n\nوقال مسؤول إن القصف استمر.\n\n"
            "Heavy fighting near Beta. — John Doe (@jdoe) October 12, 2020")
    authors = {s.text: s.tweet_author for s in make_doc(text).sentences}
    dated = {s.text: s.tweet_dated for s in make_doc(text).sentences}
    assert dated["The enemy shelled the town of Alpha tonight."] == "October 11, 2020"
    assert dated["وقال مسؤول إن القصف استمر."] == ""
    assert authors["The enemy shelled the town of Alpha tonight."] == "Jane Roe"
    assert authors["Heavy fighting near Beta."] == "John Doe"
    assert authors["ونشر المتحدث تغريدة جاء فيها:"] == ""  # the line introducing the tweet is the article's
    assert authors["وقال مسؤول إن القصف استمر."] == ""


def test_a_line_longer_than_a_tweet_is_no_tweet_of_the_signature_under_it():
    text = "عنوان\n\n" + "كلمة " * 80 + "\n— John Doe (@jdoe) October 12, 2020"
    assert not any(s.tweet_author for s in make_doc(text).sentences)


def test_a_titles_initial_ends_no_sentence():
    """"وقال د. محمد علي إن ...": the doctor's initial and its stop are no sentence's end; a
    sentence's last full stop still is."""
    texts = [s.text for s in make_doc("وقال المحلل د. محمد علي إن الجيش سيطر على مدينة ألف. وأضاف أن المعارك مستمرة.")
             .sentences]
    assert texts == ["وقال المحلل د. محمد علي إن الجيش سيطر على مدينة ألف.", "وأضاف أن المعارك مستمرة."]


def test_direction_marks_at_a_lines_edges_hide_no_blank_line_bullet_or_stop():
    text = ("\u200fعنوان الخبر\n\u200f\n\u200fقال المتحدث إن الجيش حرر القرى التالية:\u200f\n"
            "\u200f- قرية ألف\n\u200f- قرية باء")
    doc = make_doc(text)
    assert [s.paragraph for s in doc.sentences] == [0, 1, 1, 1]
    assert [s.bullet for s in doc.sentences] == [False, False, True, True]


def test_a_teaser_run_into_the_text_after_it_ends_where_reported_speech_goes_on():
    text = ("عنوان الخبر\n\nقال الرئيس إن الجيش تقدم. اقرأ أيضا: روسيا ترفض مساعدة أرمينيا "
            "وأضاف أن الجيش حرر قرى جديدة.")
    assert [s.text for s in make_doc(text).sentences][2:] == [
        "اقرأ أيضا: روسيا ترفض مساعدة أرمينيا", "وأضاف أن الجيش حرر قرى جديدة."]


def test_a_teaser_alone_on_its_line_stays_one_sentence():
    text = "عنوان الخبر\n\nاقرأ أيضا: علييف يعلن تحرير قرى وأرمينيا تنفي\nوقال الرئيس إن الجيش تقدم."
    assert [s.text for s in make_doc(text).sentences][1] == "اقرأ أيضا: علييف يعلن تحرير قرى وأرمينيا تنفي"
