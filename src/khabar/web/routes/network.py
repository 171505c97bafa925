"""The actor network: who met, agreed with or accused whom over a date range."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request

from khabar.web.deps import CorpusDep, FiltersDep
from khabar.web.models import NetworkPublic
from khabar.web.patterns import RELATIONS
from khabar.web.queries import actor_network
from khabar.web.render import render_page

pages = APIRouter()
api = APIRouter(tags=["network"])
TypesParam = Annotated[list[str] | None, Query(alias="types", max_length=20, description="Event types to draw.")]


@pages.get("/network", include_in_schema=False)
def network_page(request: Request, filters: FiltersDep):
    """Show the interactive graph; the browser fetches it from /api/network with the same filters."""
    return render_page(request, "network.html", {"filters": filters, "relations": RELATIONS})


@api.get("/network", response_model=NetworkPublic)
def network_api(corpus: CorpusDep, filters: FiltersDep, types: TypesParam = None):
    """Return the actor network: nodes and edges weighted by the number of events (CONSULT, AGREE, ACCUSE by default)."""
    filters.event_type = None  # the edge types are chosen by `types`
    return actor_network(corpus, filters, types or list(RELATIONS))
