"""Benchmark the `resolve` stage: actor countries, GeoNames places and within-article merging, plus its cost.

Reproduce (from the repository root, the shared data beside it):

    .venv/bin/python -m bench.resolve --shared ../shared
    .venv/bin/python -m bench.resolve --shared ../shared --errors
    .venv/bin/python -m bench.resolve --shared ../shared --splits final6   # one split only

Gold: tests/resolve/data/mentions.jsonl (see tests/resolve/data/GUIDE.md), 1,409 mentions hand-annotated in 80
Fars articles of ../shared/data/news_langml (655 places, 754 people and organisations), in nine splits scored
apart: dev (used while building), heldout and test (each first scored, then used to fix what they showed),
final (scored once, code frozen; its misses were read for issue 5's merge work), final2 (written before that
work, scored once at its end; its misses were then read for a second merge pass), final3 (written before
that second pass, scored once at its end with the code frozen; its misses were then read for a third pass),
final4 (written before that third pass, scored once at its end with the code frozen; its misses were then read
for a fourth pass), final5 (written before that fourth pass, scored once at its end with the code frozen; its
misses were then read for a fifth pass) and final6 (written before that fifth pass, scored once at its end with
the code frozen).
Each article's text is title + paragraphs with letters repaired (khabar.text.normalize, no half-space model), as
when annotating.
The main figures leave NER out: the resolver gets the gold *name* spans (PER, ORG, LOC) as its entities and
must itself find the title-only mentions («وزیر دفاع») and «وی», which are scored as merge mentions. One line
per split runs the NER stage first (when its model is installed) and scores merging on its spans, a gold name
matched by an overlapping predicted one: NER's missed or mistyped names count against it.

Figures: actor country accuracy among the PER/ORG name mentions the resolver gives a country (and the share it
gives one); GeoNames accuracy over the places that have a GeoNames record (an unresolved place counts wrong),
with a baseline that takes the most populous candidate of the same bridge; places without a record (provinces,
small towns) counted right when no record is returned; merge precision/recall over pairs of person mentions in
an article (a gold mention is matched by an overlapping predicted one of the same kind), with the baseline of
merging identical names only. On ../shared/gold: the share of event actors and recipients whose country
`actor_code(text, default_country="IRN")` gives right. Speed: gazetteer load in a fresh process, and resolution
time per article beside the NER stage's (when its model is installed), best of three passes.
"""

from __future__ import annotations

import argparse
import gzip
import json
import math
import re
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path

from bench._common import read_jsonl
from khabar import new_analysis
from khabar.analysis import Analysis, Entity
from khabar.resolve.actors import actor_code
from khabar.resolve.keys import LETTERS_ONLY
from khabar.resolve.places import load_gazetteer
from khabar.resolve.stage import resolve_stage
from khabar.text.normalize import normalize_text

GOLD = Path(__file__).resolve().parents[1] / "tests" / "resolve" / "data" / "mentions.jsonl"
HOME = "IRN"
SPLITS = ("dev", "heldout", "test", "final", "final2", "final3", "final4", "final5", "final6")


def read_news(shared: Path, links: set[str]) -> dict[str, dict]:
    """Return the news_langml articles with these links."""
    found = {}
    for path in sorted((shared / "data" / "news_langml").glob("fars-news-*.json.gz")):
        with gzip.open(path, "rt", encoding="utf-8") as handle:
            for article in json.load(handle):
                if article["link"] in links:
                    found.setdefault(article["link"], article)
    return found


def article_text(article: dict) -> str:
    """Return the text the gold offsets refer to: title and paragraphs, letters repaired."""
    return normalize_text(article["title"] + "\n" + "\n".join(article["paragraphs"]), LETTERS_ONLY)


def locate(text: str, mention: str, occurrence: int) -> tuple[int, int]:
    """Return the span of the n-th whole-word occurrence of a mention."""
    pattern = re.compile(r"(?<![\w\u200c])" + re.escape(mention) + r"(?![\w\u200c])")
    matches = list(pattern.finditer(text))
    if occurrence >= len(matches):
        raise SystemExit(f"gold mention not found: {mention!r} #{occurrence}")
    return matches[occurrence].span()


def build_articles(shared: Path, split: str | None = None) -> list[tuple[Analysis, list[dict]]]:
    """Return each annotated article (of one split, or all) with its gold mentions, name spans as entities."""
    gold = [row for row in read_jsonl(GOLD) if split is None or row["split"] == split]
    by_link: dict[str, list[dict]] = defaultdict(list)
    for row in gold:
        by_link[row["link"]].append(row)
    news = read_news(shared, set(by_link))
    built = []
    for link, rows in by_link.items():
        analysis = new_analysis(article_text(news[link]), url=link)
        analysis.text = analysis.raw
        for row in rows:
            row["start"], row["end"] = locate(analysis.text, row["mention"], row["occurrence"])
        names = [row for row in rows if row.get("kind", "name") == "name"]
        analysis.entities = [Entity(start=r["start"], end=r["end"], text=r["mention"], type=r["type"]) for r in names]
        built.append((analysis, rows))
    return built


def predicted_at(entities: list[Entity], row: dict, *, exact: bool = True) -> Entity | None:
    """Return the predicted entity for a gold mention: same span for names, an overlapping one of its kind else.

    With `exact` False (NER spans), a name is matched by an overlapping person name too.
    """
    kind = row.get("kind", "name")
    for entity in entities:
        if kind == "name" and (entity.start, entity.end) == (row["start"], row["end"]) and entity.mention == "name":
            return entity
        if (kind == "name" and not exact and entity.type == "PER" and entity.mention == "name"
                and entity.start < row["end"] and row["start"] < entity.end):
            return entity
        if kind != "name" and entity.mention == kind and entity.start < row["end"] and row["start"] < entity.end:
            return entity
    return None


def score_actors(results: list[tuple[list[Entity], list[dict]]], errors: bool) -> dict:
    """Count actor countries right among those given, and how many were given."""
    total = given = right = 0
    for entities, rows in results:
        for row in rows:
            if row["type"] == "LOC" or row.get("kind", "name") != "name" or not row["country"]:
                continue
            total += 1
            entity = predicted_at(entities, row)
            if entity is not None and entity.country:
                given += 1
                right += entity.country == row["country"]
                if errors and entity.country != row["country"]:
                    print(f"actor   {row['mention']}: {entity.country} != {row['country']}  | {row['snippet']}")
            elif errors:
                print(f"actor   {row['mention']}: no country (gold {row['country']})  | {row['snippet']}")
    return {"total": total, "given": given, "right": right}


def most_populous(name: str) -> int | None:
    """Baseline: the GeoNames id of the most populous candidate for the folded name, no context."""
    from khabar.resolve.keys import fold

    candidates = load_gazetteer().places.get(fold(name), [])
    best = max(candidates, key=lambda place: place.population, default=None)
    return best.geonames_id if best else None


def score_places(results: list[tuple[list[Entity], list[dict]]], errors: bool) -> dict:
    """Count GeoNames ids right (places with a record) and right refusals (places without one)."""
    counts = {"with_id": 0, "right": 0, "baseline": 0, "without_id": 0, "no_record": 0}
    for entities, rows in results:
        for row in rows:
            if row["type"] != "LOC":
                continue
            entity = predicted_at(entities, row)
            predicted = entity.geonames_id if entity else None
            if row["geonames_id"]:
                accepted = {row["geonames_id"], *row.get("geonames_alt", [])}  # GeoNames lists a few towns twice
                counts["with_id"] += 1
                counts["right"] += predicted in accepted
                counts["baseline"] += most_populous(row["mention"]) in accepted
            else:
                counts["without_id"] += 1
                counts["no_record"] += predicted is None
            if errors and predicted not in {row["geonames_id"], *row.get("geonames_alt", [])}:
                print(f"place   {row['mention']}: {predicted} != {row['geonames_id']}  | {row['snippet']}")
    return counts


def pair_counts(rows: list[dict], same_predicted) -> tuple[int, int, int]:
    """Return (pairs predicted together, of those gold together, gold pairs) over an article's person mentions."""
    predicted = correct = gold = 0
    for i, first in enumerate(rows):
        for second in rows[i + 1 :]:
            together = first["cluster"] == second["cluster"]
            guessed = same_predicted(first, second)
            gold += together
            predicted += guessed
            correct += together and guessed
    return predicted, correct, gold


def same_id_rule(found: dict[int, Entity | None]):
    """Return the rule 'both gold mentions were found and share an id'."""

    def same(first: dict, second: dict) -> bool:
        a, b = found[id(first)], found[id(second)]
        return a is not None and b is not None and a.id is not None and a.id == b.id

    return same


def same_name(first: dict, second: dict) -> bool:
    """Baseline rule: two name mentions written identically are one person."""
    return first.get("kind") == second.get("kind") == "name" and first["mention"] == second["mention"]


def score_merge(results: list[tuple[list[Entity], list[dict]]], errors: bool, *, exact: bool = True) -> dict:
    """Pairwise merge precision/recall of person mentions, and the identical-name baseline."""
    totals = defaultdict(int)
    for entities, rows in results:
        people = [row for row in rows if row["type"] == "PER"]
        found = {id(row): predicted_at(entities, row, exact=exact) for row in people}
        same = same_id_rule(found)
        for key, rule in (("", same), ("baseline_", same_name)):
            predicted, correct, gold = pair_counts(people, rule)
            totals[key + "predicted"] += predicted
            totals[key + "correct"] += correct
            totals[key + "gold"] += gold
        if errors:
            for row in people:
                entity = found[id(row)]
                print(f"merge   {row['mention']} [{row['cluster']}] -> {entity.id if entity else 'missing'}")
    return totals


def score_gold_events(shared: Path, errors: bool) -> dict:
    """Count event actors and recipients of ../shared/gold whose country actor_code gives right."""
    counts = {"total": 0, "right": 0, "given": 0, "null_gold": 0, "null_right": 0}
    for record in read_jsonl(shared / "gold" / "gold.jsonl"):
        for event in record.get("events", []):
            for participant in event["actors"] + event["recipients"]:
                code = actor_code(participant["text"], default_country=HOME)
                country = code.country if code else None
                if participant["country"] is None:
                    counts["null_gold"] += 1
                    counts["null_right"] += country is None
                    continue
                counts["total"] += 1
                counts["given"] += country is not None
                counts["right"] += country == participant["country"]
                if errors and country != participant["country"]:
                    print(f"event   {participant['text']}: {country} != {participant['country']}")
    return counts


def measure_load() -> float:
    """Return the seconds a fresh process needs to load every resolver table."""
    code = ("import time; t=time.perf_counter(); from khabar.resolve.places import load_gazetteer; "
            "from khabar.resolve.actors import load_actor_tables; from khabar.resolve.countries import load_tables; "
            "load_gazetteer(); load_actor_tables(); load_tables(); print(time.perf_counter()-t)")
    output = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    return float(output.strip().splitlines()[-1])


def time_stage(analyses: list[Analysis], stage) -> float:
    """Return the best of five passes of a stage over copies of the analyses, in CPU seconds per article (CPU
    time, so that other work on the machine does not count)."""
    best = math.inf
    for _ in range(5):
        copies = [analysis.model_copy(deep=True) for analysis in analyses]
        started = time.process_time()
        for analysis in copies:
            stage(analysis)
        best = min(best, time.process_time() - started)
    return best / max(1, len(analyses))


def time_ner(analyses: list[Analysis]) -> float | None:
    """Return the NER stage's seconds per article on the same texts, or None when it cannot run here."""
    try:
        from khabar.pipeline import get_stage
        from khabar.text.segment import split_sentences, tokenize

        ner = get_stage("ner").func
        prepared = []
        for analysis in analyses:
            copy = analysis.model_copy(deep=True)
            copy.sentences, copy.tokens = split_sentences(copy.text), tokenize(copy.text)
            prepared.append(copy)
        ner(prepared[0].model_copy(deep=True))
    except Exception as error:  # noqa: BLE001 - the NER model may not be installed yet; say so in the table
        print(f"(NER stage not timed: {type(error).__name__}: {error})")
        return None
    return time_stage(prepared, ner)


def ratio(numerator: int, denominator: int) -> str:
    return f"{numerator / denominator:.4f}" if denominator else "n/a"


def print_table(rows: list[tuple[str, str, str]]) -> None:
    width = max(len(name) for name, _, _ in rows)
    print(f"{'measure':<{width}}  {'measured':>16}  baseline / target")
    for name, value, target in rows:
        print(f"{name:<{width}}  {value:>16}  {target}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", default="../shared", type=Path)
    parser.add_argument("--errors", action="store_true", help="print each error")
    parser.add_argument("--splits", nargs="+", default=list(SPLITS), choices=SPLITS,
                        help="score only these splits (a new split is meant to be scored once, with the code frozen)")
    args, _ = parser.parse_known_args(argv)

    load_seconds = measure_load()
    rows = []
    articles = []
    for split in args.splits:
        split_articles = build_articles(args.shared, split)
        rows += quality_rows(split, split_articles, args.errors)
        articles += split_articles
    events = score_gold_events(args.shared, args.errors)
    resolve_cost = time_stage([analysis for analysis, _ in articles], resolve_stage)
    ner_cost = time_ner([analysis for analysis, _ in articles])

    print(f"gold: {len(articles)} articles, {sum(len(r) for _, r in articles)} mentions; NER not used (gold name spans)")
    print_table(rows + [
        ("gold/ event participants, country right", f"{ratio(events['right'], events['total'])} ({events['right']}/{events['total']})", "benchmark line"),
        ("  of those, given any country", f"{events['given']} / {events['total']}", ""),
        ("  null-country participants left null", f"{events['null_right']} / {events['null_gold']}", ""),
        ("gazetteer load, fresh process (s)", f"{load_seconds:.2f}", "<= 2"),
        ("resolve per article (ms)", f"{resolve_cost * 1000:.1f}", ""),
        ("NER per article (ms)", f"{ner_cost * 1000:.1f}" if ner_cost else "n/a", ""),
        ("resolve / NER", f"{resolve_cost / ner_cost:.2f}" if ner_cost else "n/a", "<= 0.30"),
    ])


def quality_rows(split: str, articles: list[tuple[Analysis, list[dict]]], errors: bool) -> list[tuple[str, str, str]]:
    """Return the table rows of one split: actor countries, GeoNames, merging, each beside its target."""
    results = [(resolve_stage(analysis.model_copy(deep=True)).entities, rows) for analysis, rows in articles]
    actors, places, merge = score_actors(results, errors), score_places(results, errors), score_merge(results, errors)
    mentions = sum(len(rows) for _, rows in articles)
    rows = [
        (f"[{split}: {len(articles)} articles, {mentions} mentions]", "", ""),
        ("actor country accuracy (given)", ratio(actors["right"], actors["given"]), ">= 0.95"),
        ("actor mentions given a country", f"{actors['given']} / {actors['total']}", ""),
        ("GeoNames accuracy (places with a record)", ratio(places["right"], places["with_id"]), ">= 0.90"),
        ("  baseline: most populous candidate", ratio(places["baseline"], places["with_id"]), ""),
        ("places without a record left without one", f"{places['no_record']} / {places['without_id']}", ""),
        ("merge precision (person mention pairs)", ratio(merge["correct"], merge["predicted"]), ">= 0.90"),
        ("merge recall (person mention pairs)", ratio(merge["correct"], merge["gold"]), ">= 0.90"),
        ("  baseline: identical names, precision", ratio(merge["baseline_correct"], merge["baseline_predicted"]), ""),
        ("  baseline: identical names, recall", ratio(merge["baseline_correct"], merge["baseline_gold"]), ""),
    ]
    with_ner = resolve_with_ner([analysis for analysis, _ in articles])
    if with_ner is not None:
        merge = score_merge(list(zip(with_ner, (rows for _, rows in articles))), False, exact=False)
        rows += [("merge P / R with NER spans (pipeline)",
                  f"{ratio(merge['correct'], merge['predicted'])} / {ratio(merge['correct'], merge['gold'])}",
                  "NER's misses count")]
    return rows


def resolve_with_ner(analyses: list[Analysis]) -> list[list[Entity]] | None:
    """Return each article's entities as NER then the resolver give them, or None when NER cannot run here."""
    try:
        from khabar.pipeline import get_stage
        from khabar.text.segment import split_sentences, tokenize

        ner = get_stage("ner").func
        resolved = []
        for analysis in analyses:
            copy = analysis.model_copy(deep=True)
            copy.entities = []
            copy.sentences, copy.tokens = split_sentences(copy.text), tokenize(copy.text)
            resolved.append(resolve_stage(ner(copy)).entities)
    except Exception:  # noqa: BLE001 - the NER model may not be installed; the table then leaves the line out
        return None
    return resolved


if __name__ == "__main__":
    main()
