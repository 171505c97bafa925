"""Rendering helpers and app set-up: Jalali dates, snippets, URLs, the notice when assets are missing."""

from __future__ import annotations

import warnings

import pytest

with warnings.catch_warnings():  # starlette's notice about its own httpx use, not ours
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

from khabar.web.app import create_app
from khabar.web.cli import existing_corpus, is_loopback
from khabar.web.patterns import HIT_CLOSE, HIT_OPEN
from khabar.web.queries import strip_marks
from khabar.web.render import both_dates, jalali_date, snippet_html, web_url
from khabar.errors import KhabarError


@pytest.mark.parametrize(("iso", "jalali"), [("2024-01-31", "۱۴۰۲/۱۱/۱۱"), ("2024-03-20", "۱۴۰۳/۰۱/۰۱"),
                                              ("2023-06", "۱۴۰۲/۰۳"), ("bad", ""), (None, "")])
def test_render_jalali_date(iso, jalali):
    assert jalali_date(iso) == jalali


def test_render_both_dates_shows_gregorian_alongside():
    assert str(both_dates("2024-01-31")) == '<time class="date" datetime="2024-01-31">۱۴۰۲/۱۱/۱۱ <span class="greg">(2024-01-31)</span></time>'


def test_render_snippet_marks_only_highlighter_hits():
    forged = strip_marks(f"<i>{HIT_OPEN}جعلی{HIT_CLOSE}</i>")
    assert str(snippet_html(forged)) == "&lt;i&gt;جعلی&lt;/i&gt;"
    assert str(snippet_html(f"a {HIT_OPEN}<b>{HIT_CLOSE}")) == "a <mark>&lt;b&gt;</mark>"


@pytest.mark.parametrize(("url", "kept"), [("https://www.irna.ir/news/1", True), ("http://x.ir", True),
                                           ("javascript:alert(1)", False), (" JaVaScRiPt:x", False),
                                           ("data:text/html,x", False), ("", False)])
def test_render_web_url_keeps_only_http(url, kept):
    assert (web_url(url) is not None) is kept


def test_render_pages_show_notice_without_assets(tmp_path):
    app = create_app(tmp_path / "empty.sqlite")
    app.state.assets_ready = False
    with TestClient(app) as client:
        page = client.get("/").text
        docs = client.get("/docs").text
    assert 'id="assets-notice"' in page and "scripts/web-assets.sh" in page
    assert "/openapi.json" in docs and "swagger-ui-bundle.js" not in docs


def test_render_serve_refuses_missing_corpus(tmp_path):
    with pytest.raises(KhabarError, match="no corpus"):
        existing_corpus(str(tmp_path / "absent.sqlite"))


@pytest.mark.parametrize(("host", "loopback"), [("127.0.0.1", True), ("::1", True), ("localhost", True),
                                                ("0.0.0.0", False), ("192.168.1.4", False)])
def test_render_is_loopback(host, loopback):
    assert is_loopback(host) is loopback


def test_render_foreign_host_header_refused(tmp_path):
    with TestClient(create_app(tmp_path / "empty.sqlite", allowed_hosts=["127.0.0.1"])) as client:
        assert client.get("/api/health").status_code == 400
        assert client.get("/api/health", headers={"host": "127.0.0.1:8000"}).status_code == 200


def test_render_model_failure_is_503_not_traceback(tmp_path):
    from khabar.errors import ModelError

    def broken(analysis):
        raise ModelError("halfspace.model.gz: unreadable")

    with TestClient(create_app(tmp_path / "empty.sqlite", analyzer=broken)) as client:
        response = client.post("/api/analyze", json={"text": "متن"})
    assert response.status_code == 503 and response.json() == {"detail": "halfspace.model.gz: unreadable"}
