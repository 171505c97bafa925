"""Entities: the most mentioned, one entity's profile page, and their API."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, HTTPException, Query, Request

from khabar.web.deps import CorpusDep, FiltersDep
from khabar.web.models import EntityPublic, EntitySummary
from khabar.web.queries import entity_profile
from khabar.web.render import render_page

pages = APIRouter()
api = APIRouter(tags=["entities"])
TypeParam = Annotated[str | None, Query(alias="entity_type", max_length=10, description="PER, ORG, LOC …")]


def load_profile(corpus: CorpusDep, key: str) -> dict:
    profile = entity_profile(corpus, key)
    if profile is None:
        raise HTTPException(404, f"no entity {key!r} in the corpus")
    return profile


@pages.get("/entities", include_in_schema=False)
def entities_page(request: Request, corpus: CorpusDep, filters: FiltersDep, type_: TypeParam = None):
    """List the most mentioned entities."""
    return render_page(request, "entities.html", {"top": corpus.entities(filters, type_=type_, limit=100)})


@pages.get("/entities/{key:path}", include_in_schema=False)
def entity_page(request: Request, corpus: CorpusDep, key: str):
    """Show an entity: names, roles, timeline of events and quotations, and who it meets, agrees with, accuses."""
    return render_page(request, "entity.html", {"entity": load_profile(corpus, key)})


@api.get("/entities", response_model=list[EntitySummary])
def entities_api(corpus: CorpusDep, filters: FiltersDep, type_: TypeParam = None,
                 limit: Annotated[int, Query(ge=1, le=500)] = 50):
    """Return the most mentioned entities, counted in stories and in mentions."""
    return corpus.entities(filters, type_=type_, limit=limit)


@api.get("/entities/{key:path}", response_model=EntityPublic)
def entity_api(corpus: CorpusDep, key: str):
    """Return one entity's profile: aliases, roles, events, quotations and relations."""
    return load_profile(corpus, key)
