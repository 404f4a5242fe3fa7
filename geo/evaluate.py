"""Measure the pipeline against hand annotations (../shared/corpus/gold by default).

Alignment rule, fixed before looking at any output: the k-th gold row of a given Arabic
spelling in an article is the k-th occurrence of that spelling in the article text (after
normalisation), and the prediction for it is the first predicted mention overlapping that
occurrence. A predicted mention counts as correct for precision when it overlaps any
occurrence of any gold spelling of its article, or resolves to a gold place of its article.

Scope: the gold annotates villages, towns and districts. Mentions of the Karabakh region
as a whole and of countries and capitals far from the front are not annotated and not counted;
they are reported separately.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from geo import config
from geo.arabic import normalize_with_offsets
from geo.extract import Event, extract
from geo.gazetteer import Gazetteer
from geo.resolve import distance_km
from geo.tables import Tables

RIGHT_PLACE_KM = 2.0


@dataclass
class Report:
    gold_places: int = 0
    recalled: int = 0
    predicted: int = 0
    predicted_correct: int = 0
    right_place: int = 0
    traps: int = 0
    trap_hits: int = 0
    event_type: int = 0
    side: int = 0
    event_date: int = 0
    published_exact: int = 0
    articles: int = 0
    not_counted: Counter = field(default_factory=Counter)
    errors: list[str] = field(default_factory=list)

    def ratio(self, part: int, whole: int) -> float:
        return part / whole if whole else 0.0

    def lines(self) -> list[str]:
        r = self.ratio
        return [
            f"mention recall        {r(self.recalled, self.gold_places):6.1%}  "
            f"({self.recalled}/{self.gold_places} gold places found)",
            f"mention precision     {r(self.predicted_correct, self.predicted):6.1%}  "
            f"({self.predicted_correct}/{self.predicted} predicted place mentions)",
            f"right place (<=2 km)  {r(self.right_place, self.gold_places):6.1%}  "
            f"({self.right_place}/{self.gold_places}; a place absent from the gazetteer counts "
            "when placed on its district)",
            f"trap (person's name)  {'no point' if not self.trap_hits else 'FAILED'}  "
            f"({self.trap_hits} points on {self.traps} traps)",
            f"event type accuracy   {r(self.event_type, self.gold_places):6.1%}  "
            f"({self.event_type}/{self.gold_places})",
            f"claimant side acc.    {r(self.side, self.gold_places):6.1%}  "
            f"({self.side}/{self.gold_places})",
            f"event date exact      {r(self.event_date, self.gold_places):6.1%}  "
            f"({self.event_date}/{self.gold_places}, real publication dates given)",
            f"publication date      {self.published_exact}/{self.articles} articles inferred "
            "exactly (no dates given)",
            "not counted (outside the gold's scope): "
            + ", ".join(f"{k} {v}" for k, v in sorted(self.not_counted.items())),
        ]

    def as_dict(self) -> dict:
        r = self.ratio
        return {
            "mention_recall": r(self.recalled, self.gold_places),
            "mention_precision": r(self.predicted_correct, self.predicted),
            "right_place": r(self.right_place, self.gold_places),
            "trap_points": self.trap_hits,
            "event_type_accuracy": r(self.event_type, self.gold_places),
            "side_accuracy": r(self.side, self.gold_places),
            "event_date_accuracy": r(self.event_date, self.gold_places),
            "published_exact": self.published_exact,
            "articles": self.articles,
        }


def load_gold(gold_dir: Path | None = None) -> tuple[dict[str, list[dict]], dict[str, dict]]:
    gold_dir = Path(gold_dir or config.gold_dir())
    rows: dict[str, list[dict]] = {}
    for line in (gold_dir / "seeds.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            rows.setdefault(row["file"], []).append(row)
    articles = {}
    for line in (gold_dir / "seeds_articles.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            articles[row["file"]] = row
    return rows, articles


def _occurrences(norm: str, offsets: list[int], needle_norm: str) -> list[tuple[int, int]]:
    spans, i = [], norm.find(needle_norm)
    while i >= 0:
        end = i + len(needle_norm) - 1
        spans.append((offsets[i], offsets[end] + 1))
        i = norm.find(needle_norm, i + 1)
    return spans


def evaluate(
    gaz: Gazetteer, tables: Tables, corpus_dir: Path | None = None, gold_dir: Path | None = None
) -> Report:
    corpus_dir = Path(corpus_dir or config.corpus_dir())
    gold, articles = load_gold(gold_dir)
    report = Report()
    for filename, rows in sorted(gold.items()):
        text = (corpus_dir / filename).read_text(encoding="utf-8")
        real = date.fromisoformat(articles[filename]["published"])
        events = extract(text, gaz, tables, filename, published=real).events
        inferred = extract(text, gaz, tables, filename).published
        report.articles += 1
        report.published_exact += inferred.value == real
        _score_article(report, filename, text, rows, events)
    return report


def _score_article(report: Report, filename: str, text: str, rows, events: list[Event]) -> None:
    norm, offsets = normalize_with_offsets(text)
    places = [e for e in events if e.scope in ("theatre", "elsewhere")]
    for e in events:
        if e.scope not in ("theatre", "elsewhere"):
            report.not_counted[e.scope] += 1

    all_spans = []
    seen: Counter = Counter()
    gold_ids = set()
    for row in rows:
        needle = normalize_with_offsets(row["arabic"])[0]
        spans = _occurrences(norm, offsets, needle)
        all_spans.extend(spans)
        if row.get("gold_id"):
            gold_ids.update([row["gold_id"], *row.get("gold_alt_ids", [])])
        k = seen[row["arabic"]]
        seen[row["arabic"]] += 1
        span = spans[k] if k < len(spans) else None
        hit = _first_overlap(places, span) if span else None
        if row["event"] == "not_a_place":
            report.traps += 1
            report.trap_hits += hit is not None
            continue
        report.gold_places += 1
        if hit is None:
            report.errors.append(f"{filename}: missed {row['arabic']} ({row['canonical']})")
            continue
        report.recalled += 1
        if _right_place(row, hit):
            report.right_place += 1
        else:
            report.errors.append(
                f"{filename}: {row['arabic']} placed at {hit.name or 'nothing'} "
                f"({hit.place_id}, {hit.geo_precision}), gold {row['canonical']} ({row['gold_id']})"
            )
        for label, ok, got, want in (
            ("event type", hit.event_type == row["event"], hit.event_type, row["event"]),
            ("side", hit.claimant_side == row["claimant_side"], hit.claimant_side,
             row["claimant_side"]),
            ("event date", hit.event_date == row["event_date"], hit.event_date, row["event_date"]),
        ):
            if ok:
                if label == "event type":
                    report.event_type += 1
                elif label == "side":
                    report.side += 1
                else:
                    report.event_date += 1
            else:
                report.errors.append(f"{filename}: {row['arabic']} {label} {got}, gold {want}")

    for e in places:
        report.predicted += 1
        overlaps = any(e.start < b and a < e.end for a, b in all_spans)
        if overlaps or (e.place_id is not None and e.place_id in gold_ids):
            report.predicted_correct += 1
        else:
            report.errors.append(f"{filename}: extra mention {e.mention} -> {e.name}")


def _first_overlap(events: list[Event], span: tuple[int, int]) -> Event | None:
    a, b = span
    hits = [e for e in events if e.start < b and a < e.end]
    return min(hits, key=lambda e: e.start) if hits else None


def _right_place(row: dict, e: Event) -> bool:
    if row.get("gold_id") is None:
        return e.geo_precision == "district" and e.admin1 == row.get("gold_admin1")
    if e.lat is None:
        return False
    return distance_km(e.lat, e.lon, row["gold_lat"], row["gold_lon"]) <= RIGHT_PLACE_KM
