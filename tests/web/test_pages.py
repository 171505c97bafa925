"""The HTML pages over HTTP of the real server: Persian, right to left, dates in both calendars, clean errors."""

from __future__ import annotations

import httpx
import pytest

from tests.web.corpus import XSS_TITLE


@pytest.mark.parametrize("path", ["/", "/search?q=عراقچی", "/entities", "/entities/Q5959", "/events?type=AGREE",
                                  "/network?date_from=1402/01/01", "/analyze", "/docs"])
def test_pages_render_in_persian_right_to_left(client: httpx.Client, path: str):
    response = client.get(path)
    assert response.status_code == 200
    if path != "/docs":
        assert '<html lang="fa" dir="rtl">' in response.text


def test_pages_show_jalali_with_gregorian(client: httpx.Client):
    page = client.get("/search", params={"q": "فواد حسین"}).text
    assert '<time class="date" datetime="2024-01-31">۱۴۰۲/۱۱/۱۱ <span class="greg">(2024-01-31)</span></time>' in page


def test_pages_search_facets_narrow_results(client: httpx.Client):
    page = client.get("/search", params={"q": "عراقچی"}).text
    assert 'data-facet="source"' in page and "source=IRNA" in page
    narrowed = client.get("/search", params={"q": "عراقچی", "source": "IRNA"}).text
    assert narrowed.count('class="hit"') == 1


@pytest.mark.parametrize(("path", "status"), [("/entities/Q0", 404), ("/articles/99999", 404),
                                              ("/search?q=عراقچی&date_from=2024-13-45", 400), ("/search?q=", 422)])
def test_pages_errors_are_persian_pages(client: httpx.Client, path: str, status: int):
    response = client.get(path)
    assert response.status_code == status
    assert "خطای" in response.text and "Traceback" not in response.text


def test_pages_static_assets_served_locally(client: httpx.Client):
    page = client.get("/network").text
    assert "http://" not in page.replace("http://127.0.0.1", "") and "https://" not in page
    assert client.get("/static/khabar.js").status_code == 200


def test_pages_events_show_one_row_per_event_linking_every_report(client: httpx.Client):
    [group] = client.get("/api/events", params={"type": "CONSULT", "date_to": "2024-02-01"}).json()["events"]
    page = client.get("/events", params={"type": "CONSULT", "date_to": "2024-02-01"}).text
    assert page.count('class="event-group"') == 1
    assert 'data-mentions="2" data-articles="2"' in page
    for report in group["reports"]:
        assert f'<a href="/articles/{report["article_id"]}"' in page and report["title"] in page
    assert '<time class="date" datetime="2024-01-31">' in page


def test_pages_events_escape_stored_html(client: httpx.Client):
    page = client.get("/events", params={"date_from": "2024-03-01"}).text
    assert page.count('class="event-group"') == 1
    assert "&lt;script&gt;window.__xss = 1&lt;/script&gt;" in page and XSS_TITLE not in page
    assert "&lt;b&gt;Evil&lt;/b&gt;" in page and "<b>Evil</b>" not in page
    assert 'href="javascript:' not in page and "window.__xss=5" not in page, "a stored URL is never linked"
    assert "<img src=x" not in page and "&lt;img src=x onerror=" in page
