"""Search: the home page, the results page with facets, and GET /api/search."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request

from khabar.web.deps import CorpusDep, FiltersDep
from khabar.web.models import HitPublic, SearchPublic
from khabar.web.patterns import HIT_CLOSE, HIT_OPEN
from khabar.web.queries import search_corpus
from khabar.web.render import jalali_date, render_page

pages = APIRouter()
api = APIRouter(tags=["search"])
QueryParam = Annotated[str, Query(min_length=1, max_length=500, description="Words to find (Persian-aware).")]
LimitParam = Annotated[int, Query(ge=1, le=100)]


@pages.get("/", include_in_schema=False)
def home_page(request: Request, corpus: CorpusDep):
    """Show the search box and what the corpus holds."""
    stats = corpus.stats()
    top = corpus.entities(limit=20)
    return render_page(request, "home.html", {"stats": stats, "top": top})


@pages.get("/search", include_in_schema=False)
def search_page(request: Request, corpus: CorpusDep, filters: FiltersDep, q: QueryParam, limit: LimitParam = 10):
    """Show the best matches, one per story, with facets to narrow them."""
    result = search_corpus(corpus, q, filters, limit=limit)
    return render_page(request, "search.html", {"q": q, "result": result, "filters": filters, "limit": limit})


@api.get("/search", response_model=SearchPublic)
def search_api(corpus: CorpusDep, filters: FiltersDep, q: QueryParam, limit: LimitParam = 10, facets: bool = True):
    """Search the corpus: the best article of each story, with snippets and facet counts."""
    result = search_corpus(corpus, q, filters, limit=limit, facets=facets)
    return SearchPublic(query=q, hits=[public_hit(hit) for hit in result.hits], facets=result.facets)


def public_hit(hit) -> HitPublic:
    """Return a hit with a plain snippet and the hit offsets within it."""
    plain, spans, cursor = [], [], 0
    for piece in hit.snippet.split(HIT_OPEN):
        word, _, rest = piece.partition(HIT_CLOSE) if HIT_CLOSE in piece else ("", "", piece)
        if word:
            spans.append([cursor, cursor + len(word)])
        plain.append(word + rest)
        cursor += len(word) + len(rest)
    return HitPublic(article_id=hit.article_id, story_id=hit.story_id, score=hit.score, title=hit.title,
                     source=hit.source, url=hit.url, published=hit.published,
                     published_jalali=jalali_date(hit.published, persian=False) or None, snippet="".join(plain), hits=spans,
                     copies=hit.copies)
