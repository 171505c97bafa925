"""The pages in real headless Chromium (Debian's package, driven by Playwright; no browser download).

Screenshots land in docs/screenshots/. Skipped, with the reason, where /usr/bin/chromium is missing
(scripts/chromium-check.sh installs it).
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
SHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"

pytestmark = pytest.mark.skipif(not CHROMIUM.exists() or shutil.which(str(CHROMIUM)) is None,
                                reason="/usr/bin/chromium is missing: run scripts/chromium-check.sh (apt-get install chromium)")


@pytest.fixture(scope="module")
def browser() -> Iterator:
    sync_api = pytest.importorskip("playwright.sync_api", reason="the playwright package is not installed")
    with sync_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        yield launched
        launched.close()


@pytest.fixture
def page(browser, server: str) -> Iterator:
    """A fresh page on the test server that records script errors and dialogs."""
    context = browser.new_context(base_url=server, viewport={"width": 1100, "height": 760}, locale="fa-IR")
    opened = context.new_page()
    opened.dialogs, opened.errors = [], []
    opened.on("dialog", lambda dialog: (opened.dialogs.append(dialog.message), dialog.dismiss()))
    opened.on("pageerror", lambda error: opened.errors.append(str(error)))
    yield opened
    context.close()


def require_assets() -> None:
    from khabar.web.render import assets_ready

    if not assets_ready():
        pytest.skip("front-end assets not built (graph and chart libraries): run scripts/web-assets.sh")


def shoot(page, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), type="png")


def test_browser_search_article_entity_and_back(page):
    page.goto("/")
    page.fill("input[name=q]:visible >> nth=-1", "همکاری‌های اقتصادی")
    page.press("input[name=q]:visible >> nth=-1", "Enter")
    page.wait_for_selector(".hit")
    assert page.locator(".snippet mark").count() >= 1
    shoot(page, "search")
    page.click(".hit-title >> nth=0")
    page.wait_for_selector("#article-body")
    assert page.locator("#article-body .ent").count() >= 2
    assert page.locator("#article-body .quote").count() == 1
    shoot(page, "article")
    article_url = page.url
    page.click("#article-body a.ent-PER >> nth=0")
    assert page.locator("#entity-name").inner_text() == "عراقچی"
    assert "فواد حسین" in page.locator(".relations").inner_text()
    shoot(page, "entity")
    page.go_back()
    assert page.url == article_url
    assert page.locator("#article-body").is_visible()
    assert page.errors == []


def test_browser_network_graph_renders(page):
    require_assets()
    page.goto("/network")
    page.wait_for_selector("#network[data-nodes]")
    assert int(page.get_attribute("#network", "data-nodes")) >= 3
    assert page.locator("#network canvas").count() >= 1
    assert page.evaluate("window.khabarNetwork.edges().length") >= 3
    shoot(page, "network")
    assert page.errors == []


def test_browser_events_timeline_chart_draws(page):
    require_assets()
    page.goto("/events")
    page.wait_for_selector("#timeline[data-drawn=yes]")
    assert page.locator("table.events tbody tr").count() >= 3
    assert page.locator("tr.event-group[data-articles='2'] .reports a").count() == 2
    shoot(page, "events")


def test_browser_analyze_page_marks_pasted_text(page):
    page.goto("/analyze")
    page.fill("textarea[name=text]", "عراقچی روز ۱۰ بهمن ۱۴۰۲ در نشست خبری گفت: «گفتگوها با ایران ادامه دارد».")
    page.fill("input[name=title]", "نشست خبری")
    page.click("#analyze-submit")
    page.wait_for_selector("#analysis")
    assert "".join(page.locator("#article-body .quote").all_inner_texts()) == "گفتگوها با ایران ادامه دارد"
    assert page.locator("#article-body .time").count() == 1
    assert page.locator("#article-body .quote .ent").count() == 1  # an entity inside the quotation
    shoot(page, "analyze")
    assert page.errors == []


def test_browser_stored_script_and_html_never_run(page, client: httpx.Client):
    hit = client.get("/api/search", params={"q": "هشدار"}).json()["hits"][0]
    for path in (f"/articles/{hit['article_id']}", "/search?q=هشدار", "/entities/Q5959", "/events"):
        page.goto(path)
        page.wait_for_load_state("load")
        assert page.evaluate("window.__xss") is None, path
        assert page.locator("main script:not([type='application/json']), main img, main iframe, main svg").count() == 0
    page.goto(f"/articles/{hit['article_id']}")
    assert "<script>window.__xss = 1</script>" in page.locator("h1.article-title").inner_text()
    page.click("#article-body a.ent-PER >> nth=0")  # links inside the hostile text still work
    assert page.locator("#entity-name").inner_text() == "عراقچی"
    assert page.dialogs == [] and page.errors == []


def test_browser_api_docs_load_from_local_assets(page):
    require_assets()
    requested = []
    page.on("request", lambda request: requested.append(request.url))
    page.goto("/docs")
    page.wait_for_selector(".swagger-ui .info .title")
    assert "khabar" in page.locator(".swagger-ui .info .title").inner_text()
    assert all(url.startswith(page.url.split("/docs")[0]) for url in requested), requested


def test_browser_query_in_url_never_runs(page):
    page.goto("/search?q=" + "<script>window.__xss=9</script><img src=x onerror=window.__xss=10>عراقچی")
    page.wait_for_load_state("load")
    assert page.evaluate("window.__xss") is None
    assert "<script>" in page.locator("h1").inner_text()
