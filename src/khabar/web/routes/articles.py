"""Articles: the page with every layer marked in the text, and GET /api/articles/{id}."""

from __future__ import annotations

from fastapi import APIRouter, HTTPException, Request

from khabar.analysis import Analysis
from khabar.web.deps import CorpusDep
from khabar.web.marking import mark_text
from khabar.web.models import ArticlePublic
from khabar.web.queries import article_meta, story_copies
from khabar.web.render import render_page

pages = APIRouter()
api = APIRouter(tags=["articles"])


def load_article(corpus: CorpusDep, article_id: int) -> tuple[dict, Analysis]:
    """Return an article's stored columns and analysis, or a 404."""
    meta = article_meta(corpus, article_id)
    if meta is None:
        raise HTTPException(404, f"no article {article_id} in the corpus")
    return meta, corpus.analysis(article_id)


@pages.get("/articles/{article_id}", include_in_schema=False)
def article_page(request: Request, corpus: CorpusDep, article_id: int):
    """Show an article with its entities, times, quotations and events marked and linked."""
    meta, analysis = load_article(corpus, article_id)
    context = {
        "meta": meta, "analysis": analysis, "copies": story_copies(corpus, meta["story_id"], article_id),
        "title_html": mark_text(analysis, 0, analysis.body_start) if analysis.title else None,
        "body_html": mark_text(analysis, analysis.body_start),
    }
    return render_page(request, "article.html", context)


@api.get("/articles/{article_id}", response_model=ArticlePublic)
def article_api(corpus: CorpusDep, article_id: int):
    """Return one article: its repaired text and every annotation layer, as offsets into that text."""
    meta, analysis = load_article(corpus, article_id)
    return ArticlePublic(
        id=meta["id"], story_id=meta["story_id"], source=meta["source"], url=meta["url"], title=meta["title"],
        published=meta["published"], published_jalali=meta["published_jalali"], text=analysis.text,
        body_start=analysis.body_start, credits=analysis.credits, entities=analysis.entities, times=analysis.times,
        quotes=analysis.quotes, events=analysis.events,
    )
