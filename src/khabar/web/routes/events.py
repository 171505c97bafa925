"""Events: the filtered list grouped across articles with a timeline chart, GET /api/events and GET /api/quotes."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request

from khabar.web.deps import CorpusDep, FiltersDep
from khabar.web.models import EventsPublic, QuotePublic
from khabar.web.queries import event_groups, event_timeline, event_types
from khabar.web.render import render_page

pages = APIRouter()
api = APIRouter(tags=["events"])
LimitParam = Annotated[int, Query(ge=1, le=500)]


@pages.get("/events", include_in_schema=False)
def events_page(request: Request, corpus: CorpusDep, filters: FiltersDep, limit: LimitParam = 100):
    """Show events grouped across articles, filtered by type, country and date, with their monthly timeline."""
    context = {"events": event_groups(corpus, filters, limit), "timeline": event_timeline(corpus, filters),
               "types": event_types(corpus), "filters": filters}
    return render_page(request, "events.html", context)


@api.get("/events", response_model=EventsPublic)
def events_api(corpus: CorpusDep, filters: FiltersDep, limit: LimitParam = 50):
    """Return events grouped across articles (newest first) and their monthly counts per type, under the filters."""
    return {"events": event_groups(corpus, filters, limit), "timeline": event_timeline(corpus, filters)}


@api.get("/quotes", response_model=list[QuotePublic], tags=["quotes"])
def quotes_api(corpus: CorpusDep, filters: FiltersDep, speaker: Annotated[str | None, Query(max_length=200)] = None,
               limit: LimitParam = 50):
    """Return quotations (newest first), optionally by one speaker (id or name)."""
    filters.speaker = speaker or None
    return corpus.quotes(filters, limit=limit)
