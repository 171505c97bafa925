"""The web application: Persian pages and a JSON API over one corpus.

    >>> from khabar.web.app import create_app
    >>> app = create_app("news.sqlite")                 # doctest: +SKIP
    >>> # uvicorn.run(app, host="127.0.0.1", port=8000)

Read-only unless a token is given; every page is rendered from autoescaping templates,
served with a Content-Security-Policy that allows scripts from this server only.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from fastapi import FastAPI, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.middleware.trustedhost import TrustedHostMiddleware

from khabar.analysis import Analysis
from khabar.errors import KhabarError, ModelError, PipelineError
from khabar.web.deps import LocalCorpus, RateLimiter, WebSettings
from khabar.web.guards import BodyLimit, SecurityHeaders
from khabar.web.render import STATIC_DIR, assets_ready, render_page, templates_for

API_DESCRIPTION = "Search, read and explore a khabar corpus of analysed Persian news. Spans are character offsets."


def create_app(
    db: str | Path,
    *,
    token: str | None = None,
    max_body_bytes: int = 1_000_000,
    analyze_per_minute: int = 20,
    analyzer: Callable[[Analysis], Analysis] | None = None,
    allowed_hosts: list[str] | None = None,
) -> FastAPI:
    """Build the app over the corpus at `db` (a path or postgresql:// URL).

    db (str | Path): the corpus; opened once per worker thread.
    token (str | None): bearer token that allows ingest through the API; read-only without it.
    max_body_bytes (int): the largest request body accepted.
    analyze_per_minute (int): analyses one client may ask for a minute.
    analyzer (Analysis -> Analysis | None): the pipeline for analyse and ingest; khabar's default when None.
    allowed_hosts (list[str] | None): Host headers answered (others get 400); any when None.
    RETURNS (FastAPI): the ASGI app.
    """
    settings = WebSettings(db=str(db), token=token or None, max_body_bytes=max_body_bytes,
                           analyze_per_minute=analyze_per_minute)
    app = FastAPI(title="khabar", description=API_DESCRIPTION, docs_url=None, redoc_url=None)
    app.state.settings = settings
    app.state.corpus = LocalCorpus(settings.db)
    app.state.analyzer = analyzer
    app.state.analyze_limiter = RateLimiter(analyze_per_minute)
    app.state.templates = templates_for(app)
    app.state.assets_ready = assets_ready()
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    include_routes(app)
    add_error_handlers(app)
    app.add_middleware(SecurityHeaders)
    app.add_middleware(BodyLimit, max_bytes=max_body_bytes)
    if allowed_hosts:
        app.add_middleware(TrustedHostMiddleware, allowed_hosts=allowed_hosts)
    return app


def include_routes(app: FastAPI) -> None:
    """Mount each resource's pages and the JSON API."""
    from khabar.web.routes import analyze, api, articles, entities, events, network, search

    for module in (search, articles, entities, events, network, analyze):
        app.include_router(module.pages)
    app.include_router(api.router)
    app.add_api_route("/docs", api_docs, include_in_schema=False, response_class=HTMLResponse)


def api_docs(request: Request) -> Response:
    """Serve Swagger UI from local assets, or point to /openapi.json when they were not built."""
    if request.app.state.assets_ready:
        return get_swagger_ui_html(
            openapi_url="/openapi.json", title="khabar API",
            swagger_js_url="/static/vendor/swagger-ui/swagger-ui-bundle.js",
            swagger_css_url="/static/vendor/swagger-ui/swagger-ui.css", swagger_favicon_url="/static/favicon.svg",
        )
    return HTMLResponse('<p>Swagger UI assets are not built (run scripts/web-assets.sh); '
                        'the API description is at <a href="/openapi.json">/openapi.json</a>.</p>')


def add_error_handlers(app: FastAPI) -> None:
    """Answer errors as JSON under /api and as a Persian page elsewhere; never a traceback."""

    def respond(request: Request, status: int, message: str, headers: dict | None = None) -> Response:
        if request.url.path.startswith("/api") or request.url.path == "/openapi.json":
            return JSONResponse({"detail": message}, status_code=status, headers=headers)
        return render_page(request, "error.html", {"status": status, "message": message}, status_code=status,
                           headers=headers)

    @app.exception_handler(KhabarError)
    async def khabar_error(request: Request, error: KhabarError) -> Response:
        # A model or pipeline problem is the server's, not the request's.
        status = 503 if isinstance(error, (ModelError, PipelineError)) else 400
        return respond(request, status, str(error))

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, error: HTTPException) -> Response:
        return respond(request, error.status_code, str(error.detail), getattr(error, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def invalid_request(request: Request, error: RequestValidationError) -> Response:
        problems = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in error.errors())
        return respond(request, 422, problems)

    from starlette.exceptions import HTTPException as StarletteHTTPException

    app.add_exception_handler(StarletteHTTPException, http_error)
