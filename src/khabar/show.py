"""Show analyses to a person: what was repaired, and what each layer found."""

from __future__ import annotations

import re
from collections.abc import Iterable

from rich.console import Console
from rich.table import Table

from khabar.analysis import Analysis

WORD = re.compile(r"[^\s«»():،؛؟!.]+")


def repairs(analysis: Analysis) -> list[tuple[str, str]]:
    """Return (raw, repaired) pairs for every word the text layer changed."""
    pairs = []
    for match in WORD.finditer(analysis.text):
        raw = analysis.raw_text(match.start(), match.end())
        if raw != match.group(0):
            pairs.append((raw, match.group(0)))
    return pairs


def show_analyses(analyses: Iterable[Analysis], console: Console | None = None) -> None:
    """Print a summary table per article."""
    console = console or Console()
    for analysis in analyses:
        table = Table(title=f"{analysis.id or ''} {analysis.title or ''}".strip(), show_header=False, expand=True)
        table.add_column("layer", style="bold", no_wrap=True)
        table.add_column("found", overflow="fold")
        published = analysis.published
        table.add_row("published", f"{published.iso} ({published.jalali}, from {published.origin})" if published.iso else "unknown")
        table.add_row("language", f"{analysis.language.code} {analysis.language.score:.2f}")
        if analysis.dateline:
            note = f" — also the name of the outlet «{analysis.dateline.ambiguous_outlet}»" if analysis.dateline.ambiguous_outlet else ""
            table.add_row("dateline", f"{analysis.dateline.text}{note}")
        for credit in analysis.credits:
            table.add_row("source", f"{credit.outlet} («{credit.text}»)")
        fixed = repairs(analysis)
        table.add_row(f"repairs ({len(fixed)})", "، ".join(f"{raw} → {new}" for raw, new in fixed[:40]))
        table.add_row("sentences", str(len(analysis.sentences)))
        table.add_row("tokens", str(len(analysis.tokens)))
        _add_layers(table, analysis)
        for warning in analysis.warnings:
            table.add_row("warning", warning, style="yellow")
        console.print(table)


def _add_layers(table: Table, analysis: Analysis) -> None:
    if analysis.times:
        table.add_row("times", "، ".join(f"{t.text} = {t.value}" for t in analysis.times))
    if analysis.entities:
        table.add_row("entities", "، ".join(f"{e.text} [{e.type}{' ' + e.country if e.country else ''}]" for e in analysis.entities))
    for quote in analysis.quotes:
        table.add_row(f"quote ({quote.kind})", f"{quote.speaker} — {quote.cue}: {quote.text}")
    for event in analysis.events:
        actors = "، ".join(p.text for p in event.actors) or "—"
        recipients = "، ".join(p.text for p in event.recipients) or "—"
        table.add_row(f"event {event.type}", f"{actors} → {recipients} ({event.date or 'no date'}): {event.sentence}")
