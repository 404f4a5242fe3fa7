"""Near-duplicate articles (agency copies) are one source; different reports are not."""

from __future__ import annotations

import pytest

from geo.aggregate import group_claims
from geo.copies import copies, similarity

AGENCY = ("أعلنت وزارة الدفاع الأذربيجانية صباح اليوم أن الجيش حرر قرية قاودار التابعة لمدينة جبرائيل "
          "بعد معارك عنيفة استمرت طوال الليل، وأضافت الوزارة أن وحدات الهندسة تعمل على تطهير الطرق "
          "المؤدية إلى القرية من الألغام، وأن السكان سيعودون إليها بعد انتهاء الأعمال القتالية في المنطقة.")
COPY = "عاجل | " + AGENCY + " تابعونا على قناتنا."
OTHER = ("قالت وزارة الدفاع الأرمينية إن قواتها صدت هجوما على قرية قاودار وإن المعارك ما زالت مستمرة "
         "على طول خط الجبهة الجنوبي، مشيرة إلى أن القوات الأذربيجانية تكبدت خسائر كبيرة في الأرواح.")


def test_a_republished_agency_text_is_a_copy_and_another_report_is_not():
    assert similarity(AGENCY, COPY) > 0.7 > similarity(AGENCY, OTHER)
    assert copies({"anadolu.txt": AGENCY, "site.txt": COPY, "armenpress.txt": OTHER}) == {"site.txt": "anadolu.txt"}
    assert copies({"a": AGENCY, "b": AGENCY, "c": COPY}) == {"b": "a", "c": "a"}  # one group, the first leads it


def test_a_small_collection_compared_pair_by_pair_groups_as_minhash_does(monkeypatch):
    from geo import copies as copies_module

    texts = {"a": AGENCY, "b": OTHER, "c": COPY, "d": AGENCY[:-40] + " والله أعلم.", "e": OTHER + " " + OTHER}
    pair_by_pair = copies(texts)
    monkeypatch.setattr(copies_module, "EXACT_UP_TO", 0)
    assert pair_by_pair == copies(texts) == {"c": "a", "d": "a", "e": "b"}


def test_copies_of_one_text_are_one_source_of_a_claim():
    def event(article):
        return {"article": article, "mention": "قاودار", "start": 40, "place_id": 147869, "name": "Kavdar",
                "lat": 39.3, "lon": 47.0, "admin1": "AZ.14", "event_type": "control", "claimant_side": "azerbaijani",
                "claimant": "وزارة الدفاع", "event_date": "2020-10-05", "sentence": "…", "sub_type": "liberated"}

    events = [event("anadolu.txt"), event("site.txt"), event("trt.txt")]
    [claim] = group_claims(events, copies={"site.txt": "anadolu.txt"})
    assert len(claim.sources) == 3 and claim.outlets == 2
    assert group_claims(events)[0].outlets == 3


@pytest.mark.parametrize("workers", ["1", "2"])
def test_the_command_lines_claims_count_an_agency_copy_once(tmp_path, workers):
    import json
    import subprocess
    import sys

    (tmp_path / "anadolu.txt").write_text(AGENCY, encoding="utf-8")
    (tmp_path / "site.txt").write_text(COPY, encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "geo", "extract", str(tmp_path), "--claims", "--published",
                           "2020-10-05", "--workers", workers], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    [kavdar] = [json.loads(line) for line in done.stdout.splitlines() if json.loads(line)["name"] == "Kavdar"]
    assert len(kavdar["sources"]) == 2 and kavdar["source_count"] == 1
    assert {s.get("copy_of") for s in kavdar["sources"]} == {"anadolu.txt"}
