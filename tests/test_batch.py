"""python -m geo batch: Dask on a LocalCluster gives the one-process events, resumes, reports."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from geo import batch
from tests.conftest import SEEDS


def run(*args):
    return subprocess.run([sys.executable, "-m", "geo", *map(str, args)], capture_output=True, text=True,
                          timeout=300)


@pytest.fixture(scope="module")
def batch_out(tmp_path_factory):
    out = tmp_path_factory.mktemp("batch")
    done = run("batch", SEEDS, "--out", out, "--partition-size", "2", "--published", "2020-11-01")
    assert done.returncode == 0, done.stderr
    return out, done


def test_batch_gives_the_events_of_one_process_in_input_order(batch_out):
    out, _ = batch_out
    one = run("extract", SEEDS, "--published", "2020-11-01")
    expected = [json.loads(line) for line in one.stdout.splitlines()]
    frame = batch.read_events(out)
    keys = ["article", "mention", "start", "place_id", "event_type", "claimant_side", "event_date", "lat"]
    plain = frame[keys].astype(object).where(frame[keys].notna(), None)
    assert [tuple(r) for r in plain.itertuples(index=False)] == [tuple(e[k] for k in keys) for e in expected]
    assert frame.crs.to_epsg() == 4326


def test_summary_and_progress_are_reported(batch_out):
    out, done = batch_out
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert summary["articles"] == 5 and summary["partitions"] == 3 and summary["errors"] == []
    assert summary["events"] == len(batch.read_events(out))
    assert "partition 3/3" in done.stderr and "5 articles" in done.stdout


def test_a_run_cut_short_is_resumed_without_redoing_finished_partitions(batch_out):
    out, _ = batch_out
    before = batch.read_events(out)
    receipts = sorted(out.glob("part-*.json"))
    receipts[1].unlink()  # as if the run had died while writing the second partition
    again = run("batch", SEEDS, "--out", out, "--partition-size", "2", "--published", "2020-11-01")
    assert again.returncode == 0, again.stderr
    assert "(2 done before)" in again.stdout
    assert batch.read_events(out).equals(before)


def test_an_unreachable_scheduler_is_one_clear_line(tmp_path):
    done = run("batch", SEEDS, "--out", tmp_path, "--scheduler", "tcp://127.0.0.1:9")
    assert done.returncode == 1
    assert done.stderr.strip().splitlines()[-1].startswith("geo: no Dask scheduler at tcp://127.0.0.1:9")
