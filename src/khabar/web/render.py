"""Templates and the filters they use: Jalali dates with the Gregorian alongside, Persian digits, marked snippets."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any
from urllib.parse import urlencode, urlsplit

import jdatetime
import jinja2
from fastapi import FastAPI, Request
from fastapi.templating import Jinja2Templates
from markupsafe import Markup, escape

from khabar.text.letters import TO_PERSIAN_DIGITS
from khabar.web.marking import entity_href
from khabar.web.queries import entity_key
from khabar.web.patterns import (
    ENTITY_LABELS, EVENT_LABELS, FACET_LABELS, HIT_CLOSE, HIT_OPEN, QUOTE_KINDS, RELATION_LABELS,
)

HERE = Path(__file__).parent
STATIC_DIR = HERE / "static"
TEMPLATE_DIR = HERE / "templates"
VENDOR_FILES = ("cytoscape.min.js", "chart.umd.min.js", "fonts/Vazirmatn-Regular.woff2", "swagger-ui/swagger-ui-bundle.js")


def assets_ready() -> bool:
    """Tell whether scripts/web-assets.sh has copied the font and libraries into static/vendor/."""
    return all((STATIC_DIR / "vendor" / name).is_file() for name in VENDOR_FILES)


def fa_digits(value: Any) -> str:
    return str(value).translate(TO_PERSIAN_DIGITS)


def jalali_date(iso: str | None, *, persian: bool = True) -> str:
    """Write an ISO day (or month, or year) in the Jalali calendar (Persian digits unless told); empty when unreadable."""
    if not iso:
        return ""
    try:
        parts = [int(p) for p in iso[:10].split("-")]
        day = jdatetime.date.fromgregorian(date=dt.date(parts[0], *(parts[1:] + [1, 1])[:2]))
    except (ValueError, IndexError):
        return ""
    shown = {1: f"{day.year}", 2: f"{day.year}/{day.month:02d}"}.get(len(parts), f"{day.year}/{day.month:02d}/{day.day:02d}")
    return fa_digits(shown) if persian else shown


def both_dates(iso: str | None) -> Markup:
    """Return the Jalali date with the Gregorian alongside, as a <time> element."""
    if not iso:
        return Markup('<span class="date unknown">بی‌تاریخ</span>')
    return Markup('<time class="date" datetime="{}">{} <span class="greg">({})</span></time>').format(
        iso, jalali_date(iso) or iso, iso)


def snippet_html(snippet: str) -> Markup:
    """Escape a snippet, then turn the highlighter's private-use marks into <mark>."""
    escaped = str(escape(snippet))
    return Markup(escaped.replace(HIT_OPEN, "<mark>").replace(HIT_CLOSE, "</mark>"))


def web_url(url: str | None) -> str | None:
    """Return the URL when it is http(s), else None: a stored URL is untrusted (javascript:, data: …)."""
    if url and urlsplit(url.strip()).scheme.lower() in ("http", "https"):
        return url.strip()
    return None


def with_query(request: Request, **changes: Any) -> str:
    """Return the current path with some query parameters changed (None removes one)."""
    params = dict(request.query_params)
    for key, value in changes.items():
        if value is None:
            params.pop(key, None)
        else:
            params[key] = value
    return f"{request.url.path}?{urlencode(params)}"


FACET_PARAMS = {"source": "source", "entity": "entity", "event_type": "type", "country": "country"}


def facet_href(request: Request, facet: str, value: str) -> str:
    """Return the current search narrowed to one facet value (a year becomes a date range)."""
    if facet == "year":
        return with_query(request, date_from=f"{value}-01-01", date_to=f"{value}-12-31")
    return with_query(request, **{FACET_PARAMS[facet]: value})


def entity_link(entity_id: str | None, text: str | None) -> str:
    """Return the page of an entity given by id, or else by its written name."""
    return entity_href(entity_key(entity_id, text)) or "#"


def build_environment() -> jinja2.Environment:
    """Return the Jinja2 environment: autoescaping on, undefined names an error, the filters above."""
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(TEMPLATE_DIR), autoescape=True,
                             undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    env.filters.update(fa=fa_digits, web_url=web_url, jalali=jalali_date, dates=both_dates, snippet=snippet_html, entity_href=entity_href,
                       event_label=lambda t: EVENT_LABELS.get(t, t), entity_label=lambda t: ENTITY_LABELS.get(t, t),
                       facet_label=lambda f: FACET_LABELS.get(f, f), relation_label=lambda r: RELATION_LABELS.get(r, r),
                       quote_kind=lambda k: QUOTE_KINDS.get(k, k))
    env.globals.update(with_query=with_query, EVENT_LABELS=EVENT_LABELS, entity_link=entity_link,
                       facet_href=facet_href)
    return env


def templates_for(app: FastAPI) -> Jinja2Templates:
    return Jinja2Templates(env=build_environment())


def render_page(request: Request, name: str, context: dict, *, status_code: int = 200,
                headers: dict | None = None) -> Any:
    """Render a page with the common context (whether the front-end assets were built)."""
    context = {"assets_ready": request.app.state.assets_ready, **context}
    return request.app.state.templates.TemplateResponse(request, name, context, status_code=status_code,
                                                        headers=headers)
