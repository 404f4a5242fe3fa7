"""The measured accuracy on the seeds' gold must hold the targets the issues set."""

from __future__ import annotations

import pytest

from geo.evaluate import evaluate


@pytest.fixture(scope="module")
def report(gaz, tabs):
    return evaluate(gaz, tabs)


def test_toponym_targets(report):
    assert report.gold_places == 37
    assert report.ratio(report.recalled, report.gold_places) >= 0.95
    assert report.ratio(report.predicted_correct, report.predicted) >= 0.90
    assert report.ratio(report.right_place, report.gold_places) >= 0.90
    assert report.traps == 2 and report.trap_hits == 0


def test_event_targets(report):
    assert report.ratio(report.event_type, report.gold_places) >= 0.90
    assert report.ratio(report.side, report.gold_places) >= 0.85
    assert report.ratio(report.event_date, report.gold_places) >= 0.85
    assert report.published_exact >= 4
