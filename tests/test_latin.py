"""Place names in the English tweets Arabic articles embed."""

from __future__ import annotations

from datetime import date

import pytest

from geo.extract import extract
from geo.locate import locate

PUBLISHED = date(2020, 10, 20)


def _events(text, gaz, tabs):
    events = extract(text, gaz, tabs, published=PUBLISHED).events
    return {e.mention: (e.name, e.admin1_name, e.event_type) for e in events}


def test_a_village_after_an_english_preposition_is_a_place(gaz, tabs):
    found = _events('Hikmet Hajiyev: "Heavy fighting continues near Talish and Sugovushan."', gaz, tabs)
    assert found["Talish"] == ("Talis", "Tǝrtǝr", "clash")
    assert found["Sugovushan"][0] == "Madagiz"  # the curated alias, by its sound


@pytest.mark.parametrize(("tweet", "name"), [
    ("Our units repelled the enemy attack in the direction of Talish.", "Talish"),
    ("Fighting continues on the outskirts of Hadrut.", "Hadrut"),
    ("Our army took control of the town of Jabrayil.", "Jabrayil"),
    ("Our army took control of the village of Soltanli.", "Soltanli"),
])
def test_a_name_after_a_frame_ending_in_of_is_a_place(gaz, tabs, tweet, name):
    """"in the direction of X", "the town of X": the words before "of" frame the name after it."""
    assert name in _events(tweet, gaz, tabs)


def test_ministry_of_a_country_frames_no_place(gaz, tabs):
    assert set(_events("The Ministry of Defence of Armenia said the town was calm.", gaz, tabs)) == {"Armenia"}


def test_a_preposition_frames_a_name_without_saying_its_kind(gaz, tabs):
    """"at Ganja" is a town as often as "near Talish" a village: no village cue, so the city of
    Ganja keeps its weight over a hamlet of the same alternate name in Lachin."""
    found = _events('Hikmet Hajiyev: "Armenia fired missiles at Ganja again."', gaz, tabs)
    assert found["Ganja"][:2] == ("Gäncä", "Gǝncǝ")


@pytest.mark.parametrize("verb", ["is shelling", "shelled", "targeted", "liberated"])
def test_a_deeds_verb_frames_the_names_after_it(gaz, tabs, verb):
    found = _events(f'Artsrun Hovhannisyan: "The enemy {verb} Martuni and Chartar."', gaz, tabs)
    assert found["Chartar"][0] == "Guneyxirman"  # Chartar is one of its recorded names


def test_a_short_name_framed_in_english_is_a_place_that_records_it_as_written(gaz, tabs):
    """Shushi, two consonants, sounds like many names: it is Şuşa because Şuşa records "Shushi",
    though Şuşa's own spelling ranks first."""
    assert _events('Artsrun Hovhannisyan: "Fighting near Shushi."', gaz, tabs)["Shushi"][0] == "Şuşa"


@pytest.mark.parametrize("tweet", ["Liberated villages of Jabrayil district: Mahmudlu, Jafarabad.",
                                   "Liberated villages: Mahmudlu, Jafarabad of Jabrayil region."])
def test_a_list_after_a_colon_opened_by_its_verb_and_located_before_or_after(gaz, tabs, tweet):
    found = _events(f'Hikmet Hajiyev: "{tweet}"', gaz, tabs)
    assert {m: v[2] for m, v in found.items()} == {"Mahmudlu": "control", "Jafarabad": "control"}
    assert all(v[1] == "Jabrayil" for v in found.values())


@pytest.mark.parametrize("tweet", [
    "The following villages of Jabrayil district were liberated: Mahmudlu, Jafarabad.",
    "Villages of Jabrayil and Fuzuli districts have been liberated: Mahmudlu, Jafarabad.",
])
def test_a_list_after_a_colon_its_deed_and_districts_before_it(gaz, tabs, tweet):
    """The deed's lower-case words may stand between the districts and the colon; several
    districts locate the list together and none is an event of its own."""
    found = _events(f'Hikmet Hajiyev: "{tweet}"', gaz, tabs)
    assert {m: v[2] for m, v in found.items()} == {"Mahmudlu": "control", "Jafarabad": "control"}


def test_villages_named_before_the_word_villages_with_their_district_after(gaz, tabs):
    found = _events("Azerbaijani forces captured Mekhtiler and Dashkesan villages in Jabrayil district.", gaz, tabs)
    # the district locates the villages and is no event of its own
    assert {m: (admin1, kind) for m, (_, admin1, kind) in found.items()} == {
        "Mekhtiler": ("Jabrayil", "control"), "Dashkesan": ("Jabrayil", "control")}


def test_a_comma_ends_a_name_in_an_english_list(gaz, tabs):
    found = _events("The Army liberated Mahmudlu, Yukhari Abdurrahmanli, Ashagi Veysalli villages of Fuzuli district.",
                    gaz, tabs)
    assert {m: (admin1, kind) for m, (_, admin1, kind) in found.items()} == {
        "Mahmudlu": ("Füzuli", "control"), "Yukhari Abdurrahmanli": ("Füzuli", "control"),
        "Ashagi Veysalli": ("Füzuli", "control")}


def test_capitalised_words_no_cue_frames_and_nationalities_are_no_places(gaz, tabs):
    assert _events("Armenian positions were hit in Turkish drone strikes, Reuters said.", gaz, tabs) == {}


@pytest.mark.parametrize(("sentence", "kind"), [
    ("The enemy attacked Karmir Shuka at dawn.", ("strike", "attack")),
    ("The enemy launched a missile attack on Mingachevir.", ("strike", "missile")),
    ("Our units repelled the enemy near Hadrut.", ("clash", "defence")),
    # the attack repelled: the defence's phrase, not a strike
    ("Our units repelled the enemy attack near Hadrut.", ("clash", "defence")),
    ("Armenian forces foiled an assault near Hadrut.", ("clash", "defence")),
    ("The enemy has been pushed back near Hadrut.", ("clash", "defence")),
    ("Our army took under control the village of Soltanli.", ("control", "captured")),
    ("Soltanli village was taken under full control.", ("control", "captured")),
    ("The enemy was driven back from Hadrut.", ("clash", "defence")),
    ("The enemy attacked in the direction of Hadrut.", ("clash", "offensive")),
    ("Enemy positions near Hadrut were destroyed.", ("strike", "destroyed")),
    ("Civilian infrastructure was damaged in Hadrut.", ("strike", "damage")),
    ("The enemy suffered heavy losses near Hadrut.", ("clash", "losses")),
    ("Two civilians were killed in Mingachevir.", ("strike", "casualties")),
    ("An enemy drone was shot down over Hadrut.", ("strike", "shot_down")),
    ("Armenian forces are firing on Mingachevir.", ("strike", "fire")),
    ("The enemy opened fire at Hadrut.", ("strike", "fire")),
])
def test_english_event_words_read_as_the_arabic_ones(gaz, tabs, sentence, kind):
    (event,) = extract(sentence, gaz, tabs, published=PUBLISHED).events
    assert (event.event_type, event.sub_type) == kind


def test_an_english_tweet_the_article_gives_in_arabic_too_is_one_claim(gaz, tabs):
    text = ('وكتب مساعد الرئيس: "Armenian forces shelled Tartar." وقال إن القوات الأرمينية قصفت مدينة ترتر.')
    strikes = [e.mention for e in extract(text, gaz, tabs, published=PUBLISHED).events if e.event_type == "strike"]
    assert strikes == ["ترتر"]


def test_an_english_last_night_dates_its_claim_and_not_the_story(gaz, tabs):
    text = ('قال المساعد حكمت حاجييف في تغريدة: "Armenia launched a missile attack on Mingachevir last night."\n\n'
            "وقالت وزارة الدفاع الأرمينية إن الجيش الأذربيجاني قصف مدينة ستيباناكيرت.")
    dated = {e.mention: e.event_date for e in extract(text, gaz, tabs, published=PUBLISHED).events
             if e.event_type == "strike" and e.scope == "theatre"}
    assert dated == {"Mingachevir": "2020-10-19", "ستيباناكيرت": "2020-10-20"}


@pytest.mark.parametrize(("sentence", "admin1"), [
    ("Heavy fighting continues in Fuzuli district.", "Füzuli"),
    ("The enemy shelled Tartar district with heavy artillery.", "Tǝrtǝr"),
])
def test_a_district_named_alone_is_where_the_event_is(gaz, tabs, sentence, admin1):
    (event,) = extract(sentence, gaz, tabs, published=PUBLISHED).events
    assert (event.admin1_name, event.geo_precision) == (admin1, "district")


def test_districts_named_in_a_list_before_the_plural_are_each_an_event(gaz, tabs):
    events = extract("Armenian forces are shelling Tartar, Aghdam and Aghjabadi districts.", gaz, tabs).events
    assert {e.mention: (e.admin1_name, e.geo_precision, e.event_type) for e in events} == {
        "Tartar": ("Tǝrtǝr", "district", "strike"), "Aghdam": ("Ağdam", "district", "strike"),
        "Aghjabadi": ("Ağcabǝdi", "district", "strike")}


@pytest.mark.parametrize("sentence", [
    "The Army liberated several villages of Jabrayil district: Karkhulu, Shukurbeyli, Cherekan.",
    "The Army liberated the following villages: Karkhulu, Shukurbeyli and Cherekan.",
])
def test_villages_listed_after_a_colon_are_places(gaz, tabs, sentence):
    found = _events(sentence, gaz, tabs)
    assert {m: (admin1, kind) for m, (_, admin1, kind) in found.items()} == {
        "Karkhulu": ("Jabrayil", "control"), "Shukurbeyli": ("Jabrayil", "control"),
        "Cherekan": ("Jabrayil", "control")}


def test_a_capitalised_word_opening_a_tweets_sentence_is_no_part_of_a_name(gaz, tabs):
    found = _events("Shelling goes on. Also Tartar and Aghjabadi districts were shelled this morning.", gaz, tabs)
    assert [found[n][2] for n in ("Tartar", "Aghjabadi")] == ["strike", "strike"]


@pytest.mark.parametrize(("tweet", "day"), [
    ("Armenia fired rockets at Barda city this morning.", "2020-10-18"),  # the tweet's morning
    ("Armenia fired rockets at Barda city.", "2020-10-18"),  # no day said: the tweet's
    ("Armenia fired rockets at Barda city yesterday.", "2020-10-17"),
])
def test_an_embedded_tweet_dates_its_events_by_its_signature(gaz, tabs, tweet, day):
    text = f"عنوان\n\nونشر حاجييف تغريدة جاء فيها:\n\n{tweet}\n— Hikmet Hajiyev (@HikmetHajiyev) October 18, 2020\n"
    (barda,) = [e for e in extract(text, gaz, tabs, published=PUBLISHED).events if e.mention == "Barda"]
    assert barda.event_date == day


def test_a_short_name_an_english_tweet_writes_as_the_gazetteer_does_is_a_place(gaz, tabs):
    # Sheybey's skeleton has two consonants: an Arabic spelling must be the recorded one, an
    # English one the recorded name itself
    tweet = "Azerbaijani Army liberated Sheybey, Hasanli and Yukhari Maralyan villages of Jabrayil district."
    placed = [loc.name for loc in locate(tweet, gaz, tabs) if loc.mention.role == "event"]
    assert placed[0] == "Sheybey"


@pytest.mark.parametrize("tweet", ["The army liberated Agali village of Zangilan district.",
                                   "The army liberated Ağalı and Mincivan villages of Zangilan district."])
def test_a_short_name_spelled_another_way_in_the_district_the_tweet_names_is_a_place(gaz, tabs, tweet):
    """Russian writes Azerbaijani ı as y (Agaly for Ağalı): two consonants are no evidence alone,
    but a district named and vowels that agree are, as for an Arabic spelling."""
    placed = [(loc.name, loc.admin1_name) for loc in locate(tweet, gaz, tabs) if loc.mention.role == "event"]
    assert placed[0] == ("Birinci Agali", "Zǝngilan")


def test_a_short_name_spelled_another_way_with_no_district_named_is_no_place(gaz, tabs):
    """Guard (passes on the code before): without a district, Agali might be any of many."""
    placed = [loc.name for loc in locate("The army liberated Agali village.", gaz, tabs) if loc.mention.role == "event"]
    assert placed == [""]


def test_the_plural_before_of_and_a_list_says_the_lists_kind(gaz, tabs):
    tweet = "The villages of Mahmudlu, Jafarabad and Shukurbeyli of Jabrayil district were liberated."
    found = _events(tweet, gaz, tabs)
    assert [found.get(m, ("",))[1:] for m in ("Mahmudlu", "Jafarabad", "Shukurbeyli")] == [("Jabrayil", "control")] * 3
    assert "Jabrayil" not in found  # the district locates them, no event of its own


def test_a_tweet_in_azerbaijani_names_its_villages_district_and_deeds(gaz, tabs):
    """The ministry's and the president's Azerbaijani: case endings on the cue words, və for and,
    the district in the genitive before its list, the verb after its places."""
    tweet = ("Ermənistan silahlı qüvvələri Tərtər şəhərini atəşə tutub. "
             "Cəbrayıl rayonunun Şıxlar və Mahmudlu kəndləri işğaldan azad edilib.")
    found = _events(tweet, gaz, tabs)
    assert found["Tərtər"][1:] == ("Tǝrtǝr", "strike")
    assert found["Şıxlar"][1:] == ("Jabrayil", "control")
    assert found["Mahmudlu"][1:] == ("Jabrayil", "control")  # a namesake lies in Qubadlı
    assert "Cəbrayıl" not in found  # it locates them


def test_an_english_possessive_district_locates_the_list_after_it(gaz, tabs):
    found = _events("Azerbaijani Army liberated Jabrayil district's Mahmudlu and Jafarabad villages.", gaz, tabs)
    assert [found[m][1:] for m in ("Mahmudlu", "Jafarabad")] == [("Jabrayil", "control")] * 2
    assert "Jabrayil" not in found


def test_upper_and_lower_written_once_in_english_are_two_villages(gaz, tabs):
    tweet = "The Azerbaijani Army liberated Upper and Lower Abdurrahmanli villages of Fuzuli district."
    found = _events(tweet, gaz, tabs)
    assert found["Upper"] == ("Yukhary Abdurakhmanly", "Füzuli", "control")
    assert found["Lower Abdurrahmanli"] == ("Ashagy Abdurakhmanly", "Füzuli", "control")


def test_an_english_name_part_needs_its_latin_reading(tmp_path):
    from geo import rules

    path = tmp_path / "spelling.toml"
    path.write_text('[[parts]]\narabic = ["العليا"]\nreads = "يوخاري"\nenglish = ["upper"]\n'
                    '[morphology]\ncommon_word_endings = ["يين"]\nverb_shapes = ["x"]\ntoponym_endings = ["لي"]\n'
                    '[pairs]\nupper = ["yuxari"]\nlower = ["asagi"]\n', encoding="utf-8")
    with pytest.raises(rules.RulesError, match="latin_reads must be a non-empty list"):
        rules.spelling.__wrapped__(path)


def test_a_tweet_signatures_flag_or_emoji_is_no_part_of_its_authors_name(gaz, tabs):
    tweet = "Stepanakert was shelled again.\n— MFA of Armenia 🇦🇲 (@MFA_Armenia) October 8, 2020"
    (event,) = [e for e in extract(tweet, gaz, tabs, published=PUBLISHED).events if e.mention == "Stepanakert"]
    assert event.claimant == "MFA of Armenia"
