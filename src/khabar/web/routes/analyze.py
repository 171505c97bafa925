"""Analyse a pasted text without storing it: the page and POST /api/analyze (both rate-limited)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Form, Request

from khabar.article import new_analysis
from khabar.web.deps import AnalyzerDep, limit_analyze
from khabar.web.marking import mark_text
from khabar.web.models import MAX_ANALYZE_CHARS, AnalyzePublic, AnalyzeRequest
from khabar.web.render import render_page

pages = APIRouter()
api = APIRouter(tags=["analyze"])


@pages.get("/analyze", include_in_schema=False)
def analyze_form(request: Request):
    """Show the form to paste an article into."""
    return render_page(request, "analyze.html", {"analysis": None, "form": {}, "max_chars": MAX_ANALYZE_CHARS})


@pages.post("/analyze", include_in_schema=False, dependencies=[Depends(limit_analyze)])
def analyze_page(
    request: Request,
    analyzer: AnalyzerDep,
    text: Annotated[str, Form(min_length=1, max_length=MAX_ANALYZE_CHARS)],
    title: Annotated[str, Form(max_length=1000)] = "",
    published: Annotated[str, Form(max_length=10)] = "",
):
    """Analyse the pasted article and show it marked, as on an article page; nothing is stored."""
    analysis = analyzer(new_analysis(text, title=title or None, published=published or None))
    context = {
        "analysis": analysis, "form": {"text": text, "title": title, "published": published},
        "max_chars": MAX_ANALYZE_CHARS,
        "title_html": mark_text(analysis, 0, analysis.body_start) if analysis.title else None,
        "body_html": mark_text(analysis, analysis.body_start),
    }
    return render_page(request, "analyze.html", context)


@api.post("/analyze", response_model=AnalyzePublic, dependencies=[Depends(limit_analyze)])
def analyze_api(body: AnalyzeRequest, analyzer: AnalyzerDep):
    """Analyse one article (not stored): repaired text, sentences and every annotation layer."""
    analysis = analyzer(new_analysis(body.text, title=body.title, published=body.published))
    return AnalyzePublic(title=analysis.title, published=analysis.published.iso, **analysis.model_dump(
        include={"text", "body_start", "sentences", "credits", "entities", "times", "quotes", "events", "stages"}))
