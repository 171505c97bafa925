"""The JSON API, asked over HTTP of a real server process."""

from __future__ import annotations

import httpx
import pytest

from tests.web.conftest import TOKEN, running_server
from tests.web.corpus import XSS_TITLE, build_corpus


def test_api_search_finds_story_with_marked_hits(client: httpx.Client):
    body = client.get("/api/search", params={"q": "همکاری‌های اقتصادی"}).json()
    assert [hit["title"] for hit in body["hits"]][0] == "دیدار وزیران خارجه ایران و عراق"
    hit = body["hits"][0]
    assert hit["hits"], "hit offsets are reported"
    start, end = hit["hits"][0]
    assert hit["snippet"][start:end] in {"همکاری‌های", "اقتصادی"}
    assert {"source", "year"} <= set(body["facets"])


def test_api_search_filters_by_source_and_date(client: httpx.Client):
    hits = client.get("/api/search", params={"q": "عراقچی", "source": "IRNA"}).json()["hits"]
    assert {hit["source"] for hit in hits} == {"IRNA"}
    hits = client.get("/api/search", params={"q": "عراقچی", "date_to": "1402/11/30", "date_from": "1402/01/01"}).json()["hits"]
    assert sorted(hit["published"] for hit in hits) == ["2023-06-12", "2024-01-31", "2024-01-31", "2024-02-03"]


@pytest.mark.parametrize("params", [{"q": "و"}, {"q": "عراقچی", "date_from": "1402/13/40"}])
def test_api_search_rejects_bad_query_with_message(client: httpx.Client, params: dict):
    response = client.get("/api/search", params=params)
    assert response.status_code == 400
    assert response.json()["detail"]


def test_api_article_returns_layers_as_offsets(client: httpx.Client):
    hits = client.get("/api/search", params={"q": "فواد حسین"}).json()["hits"]
    [hit] = [h for h in hits if h["title"] == "دیدار وزیران خارجه ایران و عراق"]
    article = client.get(f"/api/articles/{hit['article_id']}").json()
    assert {article["text"][e["start"]:e["end"]] for e in article["entities"]} >= {"عراقچی", "فواد حسین", "ایران"}
    quote = article["quotes"][0]
    assert article["text"][quote["start"]:quote["end"]] == "روابط دو کشور رو به گسترش است"
    assert article["events"][0]["type"] == "CONSULT"


def test_api_article_unknown_is_404(client: httpx.Client):
    assert client.get("/api/articles/987654").status_code == 404


def test_api_entity_profile_has_aliases_roles_and_relations(client: httpx.Client):
    entity = client.get("/api/entities/Q5959").json()
    assert entity["name"] == "عراقچی"
    assert entity["roles"] == ["وزیر خارجه"]
    assert {event["type"] for event in entity["events"]} >= {"CONSULT", "AGREE", "ACCUSE"}
    assert [q["text"] for q in entity["quotes"]][-1] == "روابط دو کشور رو به گسترش است"
    relations = {direction: [o["key"] for o in others] for direction, others in entity["relations"].items()}
    assert "Q1000" in relations["meets"]
    assert relations["accuses"] == ["Q43"]


def test_api_entities_lists_most_mentioned(client: httpx.Client):
    keys = [e["key"] for e in client.get("/api/entities", params={"entity_type": "PER"}).json()]
    assert keys[0] == "Q5959"


def test_api_events_filter_by_type_and_country(client: httpx.Client):
    body = client.get("/api/events", params={"type": "ACCUSE", "country": "IRN"}).json()
    assert [e["type"] for e in body["events"]] == ["ACCUSE"]
    assert body["timeline"]["months"] == ["2023-06"]
    assert client.get("/api/events", params={"type": "ACCUSE", "country": "TUR"}).json()["events"] == []


def test_api_events_group_one_event_reported_by_two_articles(client: httpx.Client):
    body = client.get("/api/events", params={"type": "CONSULT", "date_to": "2024-02-01"}).json()
    [group] = body["events"]
    assert (group["date"], group["mentions"], group["articles"]) == ("2024-01-31", 2, 2)
    assert [p["id"] for p in group["actors"]] == ["Q5959"] and [p["id"] for p in group["recipients"]] == ["Q1000"]
    assert [r["title"] for r in group["reports"]] == ["دیدار وزیران خارجه ایران و عراق", "سفر وزیر خارجه به بغداد"]
    assert {r["source"] for r in group["reports"]} == {"Fars", "Mehr"}
    assert body["timeline"] == {"months": ["2024-01"], "series": [{"type": "CONSULT", "counts": [1]}]}


def test_api_events_list_each_reporting_article_once(client: httpx.Client):
    [group] = client.get("/api/events", params={"type": "AGREE"}).json()["events"]
    assert (group["mentions"], group["articles"]) == (2, 1)
    assert [(r["title"], r["mentions"]) for r in group["reports"]] == [("توافق ایران و ترکیه درباره گاز", 2)]


def test_api_events_newest_first_with_limit(client: httpx.Client):
    dates = [g["date"] for g in client.get("/api/events").json()["events"]]
    assert dates == sorted(dates, reverse=True) and len(dates) == 4
    assert len(client.get("/api/events", params={"limit": 2}).json()["events"]) == 2
    assert client.get("/api/events", params={"limit": 0}).status_code == 422


def test_api_quotes_by_speaker(client: httpx.Client):
    quotes = client.get("/api/quotes", params={"speaker": "فیدان"}).json()
    assert [q["text"] for q in quotes] == ["این توافق به سود هر دو ملت است"]


def test_api_network_links_actors_over_date_range(client: httpx.Client):
    graph = client.get("/api/network").json()
    edges = {(e["source"], e["target"], e["type"]) for e in graph["edges"]}
    assert ("Q5959", "Q1000", "CONSULT") in edges and ("Q5959", "Q43", "ACCUSE") in edges
    recent = client.get("/api/network", params={"date_from": "2024-01-01"}).json()
    assert all(e["type"] != "ACCUSE" for e in recent["edges"])


def test_api_analyze_returns_layers_without_storing(client: httpx.Client):
    before = client.get("/api/stats").json()["articles"]
    text = "عراقچی گفت: «جلسه فردا برگزار می‌شود» و ۱۰ بهمن ۱۴۰۲ به تهران بازمی‌گردد."
    body = client.post("/api/analyze", json={"text": text, "published": "2024-05-06"}).json()
    assert body["text"] == text
    assert [q["text"] for q in body["quotes"]] == ["جلسه فردا برگزار می‌شود"]
    assert [t["value"] for t in body["times"]] == ["2024-01-30"]
    assert client.get("/api/stats").json()["articles"] == before


def test_api_analyze_rejects_empty_and_unknown_fields(client: httpx.Client):
    assert client.post("/api/analyze", json={"text": ""}).status_code == 422
    assert client.post("/api/analyze", json={"text": "متن", "script": 1}).status_code == 422


def test_api_ingest_refused_when_read_only(client: httpx.Client):
    response = client.post("/api/articles", json={"articles": [{"text": "خبر تازه"}]},
                           headers={"Authorization": f"Bearer {TOKEN}"})
    assert response.status_code == 403


def test_api_body_size_limited(client: httpx.Client):
    response = client.post("/api/analyze", json={"text": "ا" * 300_000})
    assert response.status_code == 413


def test_api_openapi_lists_resources(client: httpx.Client):
    paths = client.get("/openapi.json").json()["paths"]
    assert {"/api/search", "/api/articles/{article_id}", "/api/entities", "/api/events", "/api/quotes",
            "/api/analyze", "/api/network"} <= set(paths)


def test_api_pages_send_security_headers(client: httpx.Client):
    headers = client.get("/").headers
    assert "script-src 'self'" in headers["content-security-policy"]
    assert headers["x-content-type-options"] == "nosniff"


def test_api_search_page_escapes_stored_html(client: httpx.Client):
    page = client.get("/search", params={"q": "هشدار"}).text
    assert "<script>window.__xss" not in page
    assert "&lt;script&gt;window.__xss = 1&lt;/script&gt;" in page
    assert XSS_TITLE not in page


def test_api_ingest_and_rate_limit_on_writable_server(tmp_path):
    writable = build_corpus(tmp_path)
    with running_server(writable, KHABAR_WEB_TEST_TOKEN=TOKEN, KHABAR_WEB_TEST_RATE="2") as base:
        with httpx.Client(base_url=base, timeout=30) as http:
            article = {"articles": [{"text": "بارش برف راه‌های کوهستانی البرز را بست.", "title": "برف در البرز",
                                     "published": "2024-01-15", "source": "ISNA"}]}
            assert http.post("/api/articles", json=article).status_code == 401
            assert http.post("/api/articles", json=article, headers={"Authorization": "Bearer wrong"}).status_code == 401
            added = http.post("/api/articles", json=article, headers={"Authorization": f"Bearer {TOKEN}"}).json()
            assert added["added"] == 1
            assert http.get("/api/search", params={"q": "البرز"}).json()["hits"][0]["title"] == "برف در البرز"
            statuses = [http.post("/api/analyze", json={"text": "متن کوتاه"}).status_code for _ in range(3)]
            assert statuses == [200, 200, 429]
