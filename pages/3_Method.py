"""How extraction, geocoding and dating work, and how well, measured on the seeds' gold."""

from __future__ import annotations

import streamlit as st

from geo import config, rules
from geo.evaluate import evaluate
from ui import session

st.set_page_config(page_title="Method — Karabakh 2020", layout="wide")
st.title("Method")
RANKING = rules.ranking()  # the thresholds quoted below are the ones the code uses (data/ranking.toml)
st.markdown(
    f"""
**1. Gazetteer.** GeoNames-format dumps for Azerbaijan and Armenia are indexed once into SQLite
(names in every script, coordinates, districts, population), rebuilt when the files change.

**2. One key for every script.** Arabic spellings and Latin romanisations (Azerbaijani Latin,
Soviet-era English, English press style) are mapped to the same consonant classes: q/k/g/gh/ğ/ق/غ,
x/kh/h/خ/ح, c/j/ج, ş/sh/ش, ç/ch/تش, b/p, f/v/ف, z/ض/ذ. The skeleton of consonants and a vowel-folded
key are compared with rapidfuzz.

**3. Mentions.** Cue words (قرية، مدينة، منطقة، محور، جبهة…) and the lists after them
("قرى X، وY التابعتين لمدينة Z"), the team's tables (Karabakh, countries, capitals), and strict
gazetteer look-ups of the other words. A word beside a surname (…يان، …يف) is a person. In an
English tweet, the name after "villages of" locates the list as "التابعة لمدينة" does.

**4. Placing.** Candidates are ranked by spelling, then by context: the district a qualifier
names, the war theatre, the kind of place the cue announces, the other villages of the list.
Below a spelling score of {RANKING.place:.0f} ({RANKING.place_with_district:.0f} when the text names the
district) a village falls back to its district (hollow marker); failing that, it is listed as
unresolved.

**5. Claims.** The event cue nearest the place decides the type (control, strike, clash, other);
the subject of the nearest reporting verb is the claimant, with its side; "the ministry" refers
back to the last one named; an agency relaying an army's statement is that army's claim.

**6. Dates.** The publication date is given, or inferred from the weekday the article calls
today, bounded by every date it calls past, within the war window. Each event takes the time
expression nearest it (أمس الأربعاء، الأسبوع الماضي، 28 أكتوبر), else the publication day.
"""
)
gaz, tabs = session.load_pipeline_or_stop()
st.subheader("Measured accuracy")
if not (config.gold_dir() / "seeds.jsonl").exists():
    st.info(f"No gold annotations at {config.gold_dir()}: set GEO_GOLD_DIR to measure.")
    st.stop()


@st.cache_data(show_spinner="Measuring on the gold annotations…")
def figures() -> list[str]:
    return evaluate(gaz, tabs).lines()


st.code("\n".join(figures()), language=None)
st.caption("Measured live on ../shared/corpus/gold, the development set the rules were tuned on: "
           "expect lower figures on unseen articles. `python bench/evaluate.py --errors` lists "
           "every miss.")
