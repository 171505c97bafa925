"""Dependencies of the routes: settings, a per-thread corpus, filters, the token check and the analyse rate limit."""

from __future__ import annotations

import hmac
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import Annotated, Any

from fastapi import Depends, HTTPException, Query, Request

from khabar.analysis import Analysis
from khabar.store.corpus import Corpus, open_corpus
from khabar.store.search import Filters, parse_day


@dataclass(frozen=True)
class WebSettings:
    """Everything the app is configured with (one record, passed down from `create_app`)."""

    db: str
    token: str | None = None  # ingest through the API only with this bearer token; read-only without one
    max_body_bytes: int = 1_000_000  # a request body above this is refused (413)
    analyze_per_minute: int = 20  # analyses one client may request a minute (429 beyond)
    page_size: int = 20


class LocalCorpus:
    """The corpus, opened once per worker thread (an SQLite connection must stay in its thread)."""

    def __init__(self, db: str):
        self.db = db
        self.local = threading.local()

    def get(self) -> Corpus:
        corpus = getattr(self.local, "corpus", None)
        if corpus is None:
            corpus = self.local.corpus = open_corpus(self.db)
        return corpus

    def __getattr__(self, name: str) -> Any:
        return getattr(self.get(), name)


class RateLimiter:
    """Allow each client at most `per_minute` calls in any sliding minute."""

    def __init__(self, per_minute: int):
        self.per_minute = per_minute
        self.calls: dict[str, deque[float]] = {}
        self.lock = threading.Lock()

    def wait_seconds(self, client: str) -> float:
        """Record a call and return 0, or return how long the client must wait (the call is not recorded)."""
        now = time.monotonic()
        with self.lock:
            calls = self.calls.setdefault(client, deque())
            while calls and now - calls[0] >= 60:
                calls.popleft()
            if len(calls) >= self.per_minute:
                return 60 - (now - calls[0])
            calls.append(now)
            return 0.0


async def get_settings(request: Request) -> WebSettings:
    return request.app.state.settings


async def get_corpus(request: Request) -> LocalCorpus:
    return request.app.state.corpus


def get_analyzer(request: Request) -> Callable[[Analysis], Analysis]:
    """Return the analysis pipeline, built on first use (models load once)."""
    state = request.app.state
    if state.analyzer is None:
        import khabar

        state.analyzer = khabar.default_pipeline()
    return state.analyzer


async def limit_analyze(request: Request) -> None:
    """Refuse (429) a client that asked for too many analyses in the last minute."""
    client = request.client.host if request.client else "unknown"
    wait = request.app.state.analyze_limiter.wait_seconds(client)
    if wait:
        raise HTTPException(429, "too many analyses; try again shortly", headers={"Retry-After": str(int(wait) + 1)})


async def require_token(request: Request) -> None:
    """Allow a write only with the configured bearer token; the server is read-only without one."""
    token = request.app.state.settings.token
    if not token:
        raise HTTPException(403, "the server is read-only: start it with --token to allow ingest")
    given = request.headers.get("authorization", "")
    if not hmac.compare_digest(given.encode(), f"Bearer {token}".encode()):
        raise HTTPException(401, "a valid bearer token is needed", headers={"WWW-Authenticate": "Bearer"})


async def get_filters(
    date_from: Annotated[str | None, Query(description="From this day: YYYY-MM-DD, or Jalali YYYY/MM/DD.")] = None,
    date_to: Annotated[str | None, Query(description="Up to this day (inclusive).")] = None,
    source: Annotated[str | None, Query(max_length=200)] = None,
    entity: Annotated[str | None, Query(max_length=200, description="An entity key (id or name).")] = None,
    type: Annotated[str | None, Query(max_length=40, description="A PLOVER event type.")] = None,  # noqa: A002
    country: Annotated[str | None, Query(max_length=3, description="An event actor's country (ISO alpha-3).")] = None,
) -> Filters:
    """Read the common filters from the query string; a bad date is a 400 (InputError)."""
    return Filters(
        date_from=parse_day(date_from), date_to=parse_day(date_to, last=True), source=source or None,
        entity=entity or None, event_type=type or None, actor_country=country or None,
    )


SettingsDep = Annotated[WebSettings, Depends(get_settings)]
CorpusDep = Annotated[LocalCorpus, Depends(get_corpus)]
AnalyzerDep = Annotated[Callable[[Analysis], Analysis], Depends(get_analyzer)]
FiltersDep = Annotated[Filters, Depends(get_filters)]
