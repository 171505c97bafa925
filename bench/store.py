"""Benchmark the corpus store: ingest throughput, near-duplicates, search latency, half-space recall.

Reproduce (from the repository root, the shared data beside it):

    .venv/bin/python -m bench.store --shared ../shared
    .venv/bin/python -m bench.store --shared ../shared --postgres "$(scripts/postgres-start.sh)"

1. Ingest: every article of ../shared/data/news_langml (3,960 records) through `khabar.ingest` with the default
   pipeline (`khabar.default_pipeline()`, whatever stages have landed; `--stages text,time` to choose) into a fresh
   SQLite file, one core; the figure is articles read per second, analysis included. The same ingest with no
   analysis at all (the text kept as read) shows what the store itself costs. Exact duplicates (same content hash) and near-duplicates (joined
   an existing story, MinHash LSH) are counted as shares of the records read. A second ingest of the same folder
   measures the idempotent pass (nothing added).
2. Republished copies: `--copies N` (default 300) articles of that corpus are republished with agency-style edits
   (another agency's lead-in, three words replaced, the last sentence dropped) and ingested; the figure is the
   share that joined their original's story, and how many joined a wrong one.
3. Search latency: a corpus of `--size` articles (default 100,000) synthesised from the real articles by
   recombining paragraphs (a random title, 3-6 random paragraphs, a random date 2003-2021). The rows are inserted
   directly with `Corpus.add_batch` (search terms computed once per paragraph and concatenated, no pipeline run,
   no MinHash), 5,000 articles a transaction. 50 queries (20 frequent words, 15 rare words, 15 two-word phrases, drawn
   with a fixed seed from the corpus vocabulary) run once to warm up, then each is timed over `Corpus.search(q,
   limit=10)` (ranking, one hit per story, snippet), with and without a date filter; the figures are p50/p95 in ms.
   The baseline is the issue's target: p95 <= 100 ms on SQLite.
4. Half-space recall: a test set built here (25 words x 7 written forms: half-space, space, glued, plural and ezafe
   forms, Arabic letters) ingested as 175 one-sentence articles; every form is queried and must find all 7 articles
   of its word and none of another word. Baseline: 100% recall (the issue's target).
"""

from __future__ import annotations

import argparse
import hashlib
import random
import sys
import tempfile
import time
from pathlib import Path

from khabar.analysis import Analysis
from khabar.store.corpus import Corpus, StoredArticle, open_corpus
from khabar.store.ingest import ingest
from khabar.readers import RawArticle, read_paths
from khabar.store.search import Filters, analyze_terms

SEED = 8
BATCH = 5000
AGENCY_LEADS = ("به گزارش ایرنا،", "به گزارش خبرگزاری مهر،", "به گزارش ایسنا،", "به گزارش تسنیم،")
# The half-space test set: base words whose plural and ezafe forms are written in many ways.
HALFSPACE_WORDS = (
    "همکاری کتاب دانشگاه بازیکن کشور تیم شرکت سازمان دانشجو خبرنگار نماینده وزیر بیمارستان مدرسه خودرو "
    "قرارداد فرودگاه کارخانه روستا استان باشگاه مسابقه سرمایه نیروگاه پالایشگاه"
).split()


def read_articles(shared: Path) -> list[RawArticle]:
    """Return the news_langml articles as read by the store."""
    return [item for item in read_paths([shared / "data" / "news_langml"]) if isinstance(item, RawArticle)]


def measure_ingest(db: str, shared: Path, analyzer) -> dict:
    """Ingest news_langml twice with `analyzer`; return counts and rates."""
    with open_corpus(db) as corpus:
        first = ingest(corpus, [shared / "data" / "news_langml"], analyzer=analyzer, progress=False)
        second = ingest(corpus, [shared / "data" / "news_langml"], analyzer=analyzer, progress=False)
        problems = corpus.check()
    return {"first": first, "second": second, "problems": problems}


def choose_analyzer(stages: str | None):
    """Return the pipeline to ingest with and its stage names: `--stages`, else the default pipeline."""
    import khabar
    from khabar.pipeline import Pipeline

    pipeline = Pipeline(stages.split(",")) if stages else khabar.default_pipeline()
    return pipeline, "+".join(stage.name for stage in pipeline.stages)


def republish(raw: RawArticle, rng: random.Random) -> str:
    """Return an agency-style edited copy of an article's text."""
    sentences = [s for s in raw.text.replace("\n", " ").split(".") if s.strip()]
    if len(sentences) > 2:
        sentences = sentences[:-1]
    words = ".".join(sentences).split()
    for _ in range(3):
        words[rng.randrange(len(words))] = rng.choice(("همچنین", "اکنون", "سپس"))
    return rng.choice(AGENCY_LEADS) + " " + " ".join(words) + "."


def measure_copies(db: str, raws: list[RawArticle], count: int, workdir: Path) -> dict:
    """Ingest edited copies of `count` stored articles; return how many joined their original's story."""
    import json

    rng = random.Random(SEED)
    with open_corpus(db) as corpus:
        originals = {row[0]: row[1] for row in corpus.backend.execute("SELECT url, story_id FROM articles")}
        chosen = [raw for raw in rng.sample(raws, len(raws)) if raw.url in originals and len(raw.text.split()) >= 40]
        chosen = chosen[:count]
        path = workdir / "copies.jsonl"
        with path.open("w", encoding="utf-8") as stream:
            for index, raw in enumerate(chosen):
                record = {"id": f"copy-{index}", "title": raw.title, "text": republish(raw, rng),
                          "source": "Copy", "url": f"copy://{index}", "published": raw.published}
                stream.write(json.dumps(record, ensure_ascii=False) + "\n")
        ingest(corpus, [path], progress=False)
        stories = dict(corpus.backend.execute("SELECT url, story_id FROM articles WHERE source = 'Copy'"))
    joined = sum(stories.get(f"copy://{i}") == originals[raw.url] for i, raw in enumerate(chosen))
    own_story = sum(1 for sid in stories.values() if sid not in set(originals.values()))
    return {"copies": len(chosen), "joined": joined, "wrong": len(chosen) - joined - own_story}


def paragraph_pool(raws: list[RawArticle]) -> tuple[list[tuple[str, list[str]]], list[tuple[str, list[str]]]]:
    """Return (paragraph, terms) and (title, terms) pools of the real articles."""
    paragraphs, titles = [], []
    for raw in raws:
        paragraphs += [(p, analyze_terms(p)) for p in raw.text.split("\n") if len(p.split()) >= 8]
        if raw.title:
            titles.append((raw.title, analyze_terms(raw.title)))
    return paragraphs, titles


def synthetic_batch(start: int, size: int, paragraphs: list, titles: list, rng: random.Random) -> list[StoredArticle]:
    """Return `size` recombined, pre-analysed articles ready for `Corpus.add_batch`."""
    batch = []
    for number in range(start, start + size):
        title, title_terms = titles[rng.randrange(len(titles))]
        chosen = [paragraphs[rng.randrange(len(paragraphs))] for _ in range(rng.randint(3, 6))]
        body = "\n".join(p for p, _ in chosen)
        text = f"{title}\n{body}"
        day = f"{rng.randint(2003, 2021)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        analysis = Analysis(id=f"syn-{number}", source=rng.choice(("Fars", "Varzesh3", "IRNA")), title=title,
                            raw=text, text=text, body_start=len(title) + 1, stages=["synthetic"])
        analysis.published.iso = day
        batch.append(StoredArticle(
            analysis=analysis, hash=hashlib.sha256(f"{number}\n{text}".encode()).hexdigest(), origin="synthetic",
            title_terms=" ".join(title_terms), body_terms=" ".join(t for _, terms in chosen for t in terms),
        ))
    return batch


def build_corpus(db: str, raws: list[RawArticle], size: int) -> tuple[float, list]:
    """Insert `size` synthetic articles; return seconds taken and the paragraph pool."""
    rng = random.Random(SEED)
    paragraphs, titles = paragraph_pool(raws)
    started = time.perf_counter()
    with open_corpus(db) as corpus:
        for start in range(0, size, BATCH):
            corpus.add_batch(synthetic_batch(start, min(BATCH, size - start), paragraphs, titles, rng))
    return time.perf_counter() - started, paragraphs


def pick_queries(paragraphs: list) -> list[str]:
    """Return 50 queries: 20 frequent words, 15 rare words, 15 two-word phrases (fixed seed)."""
    from collections import Counter

    rng = random.Random(SEED)
    counts = Counter(term for _, terms in paragraphs for term in terms if len(term) > 2 and not term.isdigit())
    ranked = [term for term, _ in counts.most_common()]
    frequent = rng.sample(ranked[:300], 20)
    rare = rng.sample([t for t, c in counts.items() if 3 <= c <= 20], 15)
    phrases = []
    while len(phrases) < 15:
        paragraph, _ = paragraphs[rng.randrange(len(paragraphs))]
        words = [w for w in paragraph.split() if len(w) > 2]
        if len(words) > 2:
            at = rng.randrange(len(words) - 1)
            phrases.append(f"{words[at]} {words[at + 1]}")
    return frequent + rare + phrases


def time_queries(corpus: Corpus, queries: list[str], filters: Filters | None) -> list[float]:
    """Return the latency in ms of each query (after one warm-up pass)."""
    for query in queries:
        corpus.search(query, filters, limit=10)
    latencies = []
    for query in queries:
        started = time.perf_counter()
        corpus.search(query, filters, limit=10)
        latencies.append((time.perf_counter() - started) * 1000)
    return latencies


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def halfspace_forms(word: str) -> list[str]:
    """Return the 7 written forms of a word in the recall test set."""
    arabic = word.replace("ی", "ي").replace("ک", "ك")
    return [f"{word}\u200cهای", f"{word} های", f"{word}های", f"{word}\u200cها", f"{word}ها", word, f"{arabic}\u200cهاي"]


def measure_recall(db: str, workdir: Path) -> dict:
    """Ingest the half-space test set and query every form; return recall and stray hits."""
    import json

    path = workdir / "halfspace.jsonl"
    with path.open("w", encoding="utf-8") as stream:
        for w, word in enumerate(HALFSPACE_WORDS):
            for f, form in enumerate(halfspace_forms(word)):
                record = {"id": f"{w}-{f}", "text": f"گزارش شماره {w * 10 + f} درباره {form} منتشر شد."}
                stream.write(json.dumps(record, ensure_ascii=False) + "\n")
    found = expected = stray = 0
    with open_corpus(db) as corpus:
        ingest(corpus, [path], analyzer=_keep_text, progress=False)
        for w, word in enumerate(HALFSPACE_WORDS):
            for form in halfspace_forms(word):
                ids = {corpus.analysis(hit.article_id).id for hit in corpus.search(form, limit=50)}
                mine = {i for i in ids if i.split("-")[0] == str(w)}
                found, expected, stray = found + len(mine), expected + 7, stray + len(ids - mine)
    return {"found": found, "expected": expected, "stray": stray}


def _keep_text(analysis: Analysis) -> Analysis:
    """Analyse nothing: the recall set tests search analysis alone."""
    analysis.text = analysis.raw
    return analysis


def print_table(rows: list[tuple[str, str, str]]) -> None:
    width = max(len(r[0]) for r in rows)
    print(f"{'measure':<{width}}  {'measured':>22}  baseline (issue 8)")
    for name, measured, baseline in rows:
        print(f"{name:<{width}}  {measured:>22}  {baseline}")


def run_backend(label: str, db_for, args, raws: list[RawArticle], workdir: Path) -> list[tuple[str, str, str]]:
    """Run every measurement on one backend; `db_for(name)` gives a fresh database location."""
    rows: list[tuple[str, str, str]] = []
    if not args.skip_ingest:
        bare = measure_ingest(db_for("bare"), args.shared, _keep_text)["first"]
        analyzer, names = choose_analyzer(args.stages)
        result = measure_ingest(db_for("ingest"), args.shared, analyzer)
        first, second = result["first"], result["second"]
        rows += [
            (f"[{label}] ingest news_langml, stages {names}, articles/s",
             f"{first.rate:.1f} ({first.read} in {first.seconds:.0f} s)", "(none given)"),
            (f"[{label}] ingest without analysis (store only), articles/s", f"{bare.rate:.1f}", "-"),
            (f"[{label}] exact duplicates", f"{first.already_stored / first.read:.1%} ({first.already_stored})", "-"),
            (f"[{label}] near-duplicates (joined a story)", f"{first.joined_story / first.read:.1%} ({first.joined_story})", "-"),
            (f"[{label}] skipped items", str(len(first.problems)), "-"),
            (f"[{label}] re-ingest: added / articles/s", f"{second.added} / {second.rate:.0f}", "0 added"),
            (f"[{label}] consistency problems", str(len(result["problems"])), "0"),
        ]
        copies = measure_copies(db_for("ingest"), raws, args.copies, workdir)
        rows.append((f"[{label}] republished copies joined", f"{copies['joined']}/{copies['copies']} "
                     f"({copies['joined'] / max(1, copies['copies']):.1%}), {copies['wrong']} wrong", "-"))
    seconds, paragraphs = build_corpus(db_for("search"), raws, args.size)
    queries = pick_queries(paragraphs)
    with open_corpus(db_for("search")) as corpus:
        plain = time_queries(corpus, queries, None)
        dated = time_queries(corpus, queries, Filters(date_from="2010-01-01", date_to="2015-12-31"))
    rows += [
        (f"[{label}] build {args.size:,}-article corpus", f"{seconds:.0f} s", "a few minutes"),
        (f"[{label}] search p50 / p95, ms", f"{percentile(plain, 0.5):.1f} / {percentile(plain, 0.95):.1f}",
         "p95 <= 100 ms (SQLite)"),
        (f"[{label}] search + date filter p50 / p95, ms", f"{percentile(dated, 0.5):.1f} / {percentile(dated, 0.95):.1f}",
         "p95 <= 100 ms (SQLite)"),
        (f"[{label}] search max, ms", f"{max(plain):.1f}", "-"),
    ]
    recall = measure_recall(db_for("recall"), workdir)
    rows.append((f"[{label}] half-space recall", f"{recall['found']}/{recall['expected']} "
                 f"({recall['found'] / recall['expected']:.1%}), {recall['stray']} stray", "100%"))
    return rows


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("--size", type=int, default=100_000, help="articles in the search corpus")
    parser.add_argument("--copies", type=int, default=300, help="republished copies to ingest")
    parser.add_argument("--postgres", default=None, help="a postgresql:// URL: also measure PostgreSQL (empty db)")
    parser.add_argument("--postgres-only", action="store_true", help="with --postgres: skip the SQLite runs")
    parser.add_argument("--skip-ingest", action="store_true", help="skip the pipeline ingest (no model needed)")
    parser.add_argument("--stages", default=None, help="comma-separated stages to ingest with (default: khabar's)")
    parser.add_argument("--quick", action="store_true", help="a 20,000-article search corpus")
    args, _ = parser.parse_known_args(argv)
    if args.quick:
        args.size = min(args.size, 20_000)
    raws = read_articles(args.shared)
    with tempfile.TemporaryDirectory(prefix="khabar-bench-store-") as folder:
        workdir = Path(folder)
        rows = []
        if not (args.postgres and args.postgres_only):
            rows += run_backend("sqlite", lambda name: str(workdir / f"{name}.sqlite"), args, raws, workdir)
        if args.postgres:
            rows += run_backend("postgres", lambda name: _postgres_schema(args.postgres, name), args, raws, workdir)
    print_table(rows)


def _postgres_schema(url: str, name: str) -> str:
    """Return a URL whose search_path is a schema `bench_<name>`, created empty on first use."""
    from urllib.parse import quote

    import psycopg

    schema = f"bench_{name}"
    if schema not in _created:
        with psycopg.connect(url, autocommit=True) as admin:
            admin.execute(f"DROP SCHEMA IF EXISTS {schema} CASCADE")
            admin.execute(f"CREATE SCHEMA {schema}")
        _created.add(schema)
    return f"{url}{'&' if '?' in url else '?'}options={quote(f'-csearch_path={schema}')}"


_created: set[str] = set()

if __name__ == "__main__":
    main(sys.argv[1:])
