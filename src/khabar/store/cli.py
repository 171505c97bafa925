"""The store's commands: ingest, search, entities, events, quotes, stats, export, reanalyze.

`register(app)` adds them to the `khabar` Typer app. Each command turns options into
one call on a `Corpus` and prints the result; library errors surface as
`KhabarError`, which the main CLI turns into a one-line message.
"""

from __future__ import annotations

import dataclasses
import json
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from khabar.errors import KhabarError
from khabar.options import AccurateNer
from khabar.store.corpus import DEFAULT_DB_ENV, open_corpus
from khabar.store.search import Filters, parse_day

Db = Annotated[
    Optional[str],
    typer.Option("--db", envvar=DEFAULT_DB_ENV, help="SQLite file or postgresql:// URL; default: the user's data directory."),
]
DateFrom = Annotated[Optional[str], typer.Option("--from", help="Earliest day: 2024-01-31 or Jalali 1402/11/11.")]
DateTo = Annotated[Optional[str], typer.Option("--to", help="Latest day, Gregorian or Jalali.")]
Source = Annotated[Optional[str], typer.Option("--source", help="Outlet name, e.g. Fars.")]
EntityOpt = Annotated[Optional[str], typer.Option("--entity", help="Entity id or name.")]
EventType = Annotated[Optional[str], typer.Option("--event-type", help="PLOVER event type.")]
ActorCountry = Annotated[Optional[str], typer.Option("--actor-country", help="ISO 3166-1 alpha-3 code of an actor.")]
Speaker = Annotated[Optional[str], typer.Option("--speaker", help="Quote speaker: id or (part of a) name.")]
Limit = Annotated[int, typer.Option("--limit", min=1, help="Most results shown.")]
AsJson = Annotated[bool, typer.Option("--json", help="Print JSON instead of text.")]


def register(app: typer.Typer) -> None:
    """Add the store's commands to `app`."""
    for name, command in COMMANDS.items():
        app.command(name)(command)


def _run(function, *args, **kwargs):
    """Call a store function, turning a `KhabarError` or a database error into one line and exit status 1."""
    try:
        return function(*args, **kwargs)
    except KhabarError as error:
        _fail(str(error))
    except _database_errors() as error:
        _fail(f"database error: {str(error).strip()}")


def _fail(message: str) -> None:
    typer.secho(f"khabar: {message}", err=True, fg="red")
    raise typer.Exit(1)


def _database_errors() -> tuple[type[Exception], ...]:
    import sqlite3

    import psycopg

    return (sqlite3.Error, psycopg.Error)


def _filters(date_from, date_to, source, entity, event_type, actor_country, speaker) -> Filters:
    return Filters(
        date_from=parse_day(date_from), date_to=parse_day(date_to, last=True), source=source, entity=entity,
        event_type=event_type, actor_country=actor_country, speaker=speaker,
    )


def _print_json(value) -> None:
    typer.echo(json.dumps(value, ensure_ascii=False, indent=2, default=str))


def ingest_cli(
    paths: Annotated[list[Path], typer.Argument(help="Files (.txt .html .jsonl .json .parquet, or .gz) or directories.")],
    db: Db = None,
    batch_size: Annotated[int, typer.Option(min=1, help="Articles per transaction.")] = 64,
    progress: Annotated[bool, typer.Option(help="Show a progress bar.")] = True,
    accurate_ner: AccurateNer = False,
) -> None:
    """Analyse and store articles; skips what is stored already, reports bad items with file and line."""
    import khabar
    from khabar.store.ingest import ingest

    analyzer = khabar.default_pipeline(accurate_ner=accurate_ner)
    with _run(open_corpus, db) as corpus:
        report = _run(ingest, corpus, paths, analyzer=analyzer, batch_size=batch_size,
                      progress=progress and sys.stderr.isatty())
    for problem in report.problems:
        typer.secho(f"skipped {problem}", err=True, fg="yellow")
    for warning in report.warnings:
        typer.secho(f"warning {warning}", err=True, fg="yellow")
    typer.echo(
        f"{report.read} read, {report.added} added ({report.joined_story} joined an existing story), "
        f"{report.already_stored} already stored, {len(report.problems)} skipped; {report.rate:.1f} articles/s"
    )


def search_cli(
    query: Annotated[str, typer.Argument(help="Words to find; all must occur.")],
    db: Db = None, date_from: DateFrom = None, date_to: DateTo = None, source: Source = None,
    entity: EntityOpt = None, event_type: EventType = None, actor_country: ActorCountry = None, speaker: Speaker = None,
    limit: Limit = 10,
    all_copies: Annotated[bool, typer.Option("--all-copies", help="List every copy, not one hit per story.")] = False,
    as_json: AsJson = False,
) -> None:
    """Search the corpus (BM25), one hit per story with the hits highlighted."""
    filters = _run(_filters, date_from, date_to, source, entity, event_type, actor_country, speaker)
    with _run(open_corpus, db) as corpus:
        hits = _run(corpus.search, query, filters, limit=limit, per_story=not all_copies)
    if as_json:
        _print_json([dataclasses.asdict(hit) for hit in hits])
        return
    for rank, hit in enumerate(hits, start=1):
        copies = f" ({hit.copies} copies)" if hit.copies > 1 else ""
        typer.echo(f"{rank}. [{hit.score:.2f}] {hit.title or '(no title)'} — {hit.source or '?'} {hit.published or ''}{copies}")
        typer.echo(f"   {hit.snippet}")
        if hit.url:
            typer.echo(f"   {hit.url}")
    if not hits:
        typer.echo("no match")


def entities_cli(
    db: Db = None, type_: Annotated[Optional[str], typer.Option("--type", help="PER, ORG, LOC …")] = None,
    name: Annotated[Optional[str], typer.Option("--name", help="Entity id, or any of its names (aliases).")] = None,
    date_from: DateFrom = None, date_to: DateTo = None, source: Source = None, limit: Limit = 30, as_json: AsJson = False,
) -> None:
    """List the most mentioned entities, counted per story, with their aliases."""
    filters = _run(_filters, date_from, date_to, source, None, None, None, None)
    with _run(open_corpus, db) as corpus:
        rows = _run(corpus.entities, filters, type_=type_, name=name, limit=limit)
    if as_json:
        _print_json(rows)
        return
    for row in rows:
        country = f" {row['country']}" if row["country"] else ""
        typer.echo(f"{row['stories']:>6} stories {row['mentions']:>6} mentions  {row['type']:<6} {row['name']}  "
                   f"({row['key']}{country})")
        if row["aliases"]:
            typer.echo("       aliases: " + ", ".join(f"{a['text']} ×{a['count']}" for a in row["aliases"]))
    if not rows:
        typer.echo("no entity")


def events_cli(
    db: Db = None, event_type: EventType = None, actor_country: ActorCountry = None, entity: EntityOpt = None,
    date_from: DateFrom = None, date_to: DateTo = None, source: Source = None, limit: Limit = 30, as_json: AsJson = False,
) -> None:
    """List events grouped across articles, newest first, with how many articles report each."""
    filters = _run(_filters, date_from, date_to, source, entity, event_type, actor_country, None)
    with _run(open_corpus, db) as corpus:
        rows = _run(corpus.event_groups, filters, limit=limit)
    if as_json:
        _print_json(rows)
        return
    for row in rows:
        actors = ", ".join(actor["text"] for actor in row["actors"]) or "?"
        recipients = ", ".join(recipient["text"] for recipient in row["recipients"])
        target = f" → {recipients}" if recipients else ""
        typer.echo(f"{row['date'] or '?'} {row['type']:<12} {actors}{target}  "
                   f"({row['mentions']} mentions in {row['articles']} articles, {row['stories']} stories)")
        for report in row["reports"]:
            typer.echo(f"    [{report['article_id']}] {report['published'] or '?'} {report['source'] or '?'}: "
                       f"{report['title'] or report['sentence']}")
    if not rows:
        typer.echo("no event")


def quotes_cli(
    db: Db = None, speaker: Speaker = None, entity: EntityOpt = None, date_from: DateFrom = None, date_to: DateTo = None,
    source: Source = None, limit: Limit = 30, as_json: AsJson = False,
) -> None:
    """List stored quotations, newest first."""
    filters = _run(_filters, date_from, date_to, source, entity, None, None, speaker)
    with _run(open_corpus, db) as corpus:
        rows = corpus.quotes(filters, limit=limit)
    if as_json:
        _print_json(rows)
        return
    for row in rows:
        typer.echo(f"{row['published'] or '?'} {row['speaker'] or '?'} {row['cue']}: «{row['text']}»")


def stats_cli(db: Db = None, as_json: AsJson = False) -> None:
    """Count articles, stories, near-duplicates, sources and annotation layers."""
    with _run(open_corpus, db) as corpus:
        stats = corpus.stats()
    if as_json:
        _print_json(dataclasses.asdict(stats))
        return
    typer.echo(f"articles {stats.articles}, stories {stats.stories}, near-duplicate copies {stats.near_duplicates}")
    typer.echo(f"published {stats.first_published or '?'} … {stats.last_published or '?'}; schema v{stats.schema_version}")
    typer.echo("sources: " + ", ".join(f"{name} {count}" for name, count in stats.sources.items()))
    typer.echo("layers: " + ", ".join(f"{name} {count}" for name, count in stats.layers.items()))


def export_cli(
    output: Annotated[Path, typer.Argument(help="The file to write.")],
    format_: Annotated[str, typer.Option("--format", help="jsonl | csv | parquet")] = "jsonl",
    db: Db = None,
) -> None:
    """Export every article (metadata, text and full analysis JSON)."""
    from khabar.store.export import export

    with _run(open_corpus, db) as corpus:
        count = _run(export, corpus, output, format_)
    typer.echo(f"{count} articles written to {output}")


def reanalyze_cli(
    db: Db = None,
    progress: Annotated[bool, typer.Option(help="Show a progress bar.")] = True,
    accurate_ner: AccurateNer = False,
) -> None:
    """Re-run the current pipeline over every stored article and refresh its layers and index."""
    import khabar
    from khabar.store.reanalyze import reanalyze

    analyzer = khabar.default_pipeline(accurate_ner=accurate_ner)
    with _run(open_corpus, db) as corpus:
        count = _run(reanalyze, corpus, analyzer=analyzer, progress=progress and sys.stderr.isatty())
    typer.echo(f"{count} articles reanalysed")


COMMANDS = {
    "ingest": ingest_cli, "search": search_cli, "entities": entities_cli, "events": events_cli,
    "quotes": quotes_cli, "stats": stats_cli, "export": export_cli, "reanalyze": reanalyze_cli,
}
