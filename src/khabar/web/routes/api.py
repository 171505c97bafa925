"""The JSON API under /api: every resource's routes, plus health, stats and token-guarded ingest."""

from __future__ import annotations

from fastapi import APIRouter, Depends

from khabar.store.ingest import IngestReport, ingest_batch
from khabar.readers import RawArticle
from khabar.web.deps import AnalyzerDep, CorpusDep, require_token
from khabar.web.models import IngestPublic, IngestRequest, StatsPublic
from khabar.web.routes import analyze, articles, entities, events, network, search

router = APIRouter(prefix="/api")
for module in (search, articles, entities, events, network, analyze):
    router.include_router(module.api)


@router.get("/health", tags=["service"])
def health(corpus: CorpusDep) -> dict:
    """Tell that the server is up and the corpus answers (cheaply: no counting)."""
    corpus.article_ids(limit=1)
    return {"status": "ok"}


@router.get("/stats", response_model=StatsPublic, tags=["service"])
def stats(corpus: CorpusDep):
    """Count articles, stories, sources and annotation rows."""
    return corpus.stats().__dict__


@router.post("/articles", response_model=IngestPublic, tags=["articles"], dependencies=[Depends(require_token)])
def ingest_api(body: IngestRequest, corpus: CorpusDep, analyzer: AnalyzerDep):
    """Analyse and store articles (needs the server's bearer token; already stored ones are skipped)."""
    raws = [RawArticle(text=a.text, origin="api", line=number, id=a.id, title=a.title, published=a.published,
                       source=a.source, url=a.url) for number, a in enumerate(body.articles, 1)]
    report = IngestReport()
    ingest_batch(corpus.get(), raws, analyzer, report)
    return IngestPublic(read=report.read, added=report.added, already_stored=report.already_stored,
                        problems=[str(problem) for problem in report.problems])
