"""Entities and events across articles: one record per entity id with its aliases, one group per event."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

import khabar
from khabar.analysis import Analysis, Entity, Event, Participant
from khabar.store.cli import register
from khabar.store.corpus import Corpus, open_corpus
from khabar.store.ingest import ingest
from khabar.store.reanalyze import reanalyze
from khabar.store.search import Filters
from tests.store.conftest import write_jsonl

# Written form -> (type, id, country); the two names of Iran share one id.
NAMES = {
    "جمهوری اسلامی ایران": ("LOC", "Q794", "IRN"),
    "ایران": ("LOC", "Q794", "IRN"),
    "عراق": ("LOC", "Q796", "IRQ"),
    "ترکیه": ("LOC", "Q43", "TUR"),
    "عراقچی": ("PER", "per:araghchi", "IRN"),
}
NAME_PATTERN = re.compile(r"(?<!\w)(?:" + "|".join(sorted(map(re.escape, NAMES), key=len, reverse=True)) + r")(?!\w)")


def annotate_links(analysis: Analysis) -> Analysis:
    """Tag the names above; «دیدار» is a CONSULT from the first name to the second, «دیدار نکرد» negated."""
    analysis.text = analysis.raw
    analysis.body_start = len(analysis.title) + 1 if analysis.title else 0
    for match in NAME_PATTERN.finditer(analysis.text):
        type_, id_, country = NAMES[match.group()]
        analysis.entities.append(Entity(start=match.start(), end=match.end(), text=match.group(), type=type_, id=id_,
                                        canonical="ایران" if id_ == "Q794" else match.group(), country=country))
    for match in re.finditer(r"(?<!\w)وی(?!\w)", analysis.text):  # «وی» is the last person named
        person = [e for e in analysis.entities if e.type == "PER" and e.end <= match.start()][-1]
        analysis.entities.append(person.model_copy(update={"start": match.start(), "end": match.end(), "text": "وی",
                                                           "mention": "pronoun"}))
    body = analysis.text[analysis.body_start :]
    for match in re.finditer("دیدار( نکرد)?", body):
        names = [e for e in analysis.entities if e.start >= analysis.body_start][:2]
        if len(names) < 2:
            continue
        actor, recipient = (Participant(text=e.text, id=e.id, country=e.country) for e in names)
        start = analysis.body_start + match.start()
        analysis.events.append(Event(start=start, end=start + len(match.group()), type="CONSULT", actors=[actor],
                                     recipients=[recipient], sentence=body, negated=bool(match.group(1))))
    return analysis


def strip_events(analysis: Analysis) -> Analysis:
    """The analyser above, minus every event (a pipeline change seen by `reanalyze`)."""
    analysis = annotate_links(analysis)
    analysis.events = []
    return analysis


VISIT = (
    "وزیر خارجه جمهوری اسلامی ایران صبح امروز با سفر به بغداد با همتای خود در عراق دیدار کرد. دو طرف درباره "
    "صادرات گاز، بازسازی خط آهن مرزی، تردد زائران اربعین و افزایش مبادلات بانکی گفتگو کردند و قرار شد کمیته "
    "مشترک اقتصادی دو کشور ماه آینده در تهران تشکیل جلسه دهد. سفیر دو کشور نیز در این نشست حضور داشتند."
)
RECORDS = [
    # The visit, its copy republished a day later by another outlet, and a different story on the same visit.
    {"id": "v1", "source": "Fars", "published": "2024-03-05", "title": "سفر وزیر خارجه به بغداد", "text": VISIT},
    {"id": "v2", "source": "IRNA", "published": "2024-03-06", "title": "سفر وزیر خارجه به بغداد",
     "text": VISIT.replace("صبح امروز", "روز سه‌شنبه")},
    {"id": "v3", "source": "ISNA", "published": "2024-03-05", "title": "گفتگوی گازی در بغداد",
     "text": "ایران و عراق امروز در بغداد دیدار داشتند و مذاکرات گازی را پیش بردند."},
    # The same two countries a month later: another event. Then a meeting that did not happen.
    {"id": "v4", "source": "Fars", "published": "2024-04-09", "title": "دیدار دوباره",
     "text": "ایران و عراق در نشست تازه دیدار کردند و پرونده آب را بررسی کردند. عراقچی پس از نشست گفت "
             "وی به توافق بر سر حقابه امیدوار است."},
    {"id": "v5", "source": "Mehr", "published": "2024-04-10", "title": "لغو نشست",
     "text": "وزیر ترکیه با همتای عراقی خود در عراق دیدار نکرد و سفر به تعویق افتاد."},
]


@pytest.fixture
def linked(corpus: Corpus, tmp_path: Path) -> Corpus:
    ingest(corpus, [write_jsonl(tmp_path / "links.jsonl", RECORDS)], analyzer=annotate_links, progress=False)
    return corpus


def test_links_entity_is_stored_once_with_every_alias(linked: Corpus):
    rows = linked.backend.execute("SELECT id, canonical, type, country, mentions, articles FROM entity_records "
                                  "WHERE id = 'Q794'")
    assert rows == [("Q794", "ایران", "LOC", "IRN", 4, 4)]
    aliases = linked.backend.execute("SELECT text, count FROM entity_aliases WHERE entity_id = 'Q794' ORDER BY text")
    assert aliases == [("ایران", 2), ("جمهوری اسلامی ایران", 2)]


def test_links_pronoun_counts_as_a_mention_but_not_as_an_alias(linked: Corpus):
    assert linked.backend.execute("SELECT mentions FROM entity_records WHERE id = 'per:araghchi'") == [(2,)]
    found = linked.entities(name="عراقچی")
    assert found[0]["aliases"] == [{"text": "عراقچی", "count": 1}] and found[0]["type"] == "PER"
    assert linked.entities(name="وی") == []


def test_links_entities_filtered_by_alias_name_find_the_entity(linked: Corpus):
    found = linked.entities(name="جمهوری اسلامی ایران")
    assert [row["key"] for row in found] == ["Q794"]
    assert found[0]["mentions"] == 4 and found[0]["country"] == "IRN" and found[0]["name"] == "ایران"
    assert {a["text"]: a["count"] for a in found[0]["aliases"]} == {"ایران": 2, "جمهوری اسلامی ایران": 2}
    assert linked.entities(name="پرتغال") == []


def test_links_article_filter_by_alias_reaches_mentions_under_the_other_name(linked: Corpus):
    events = linked.events(Filters(entity="جمهوری اسلامی ایران"), limit=20)
    assert {event["article_id"] for event in events} >= {3, 4}  # those articles only say «ایران»


def test_links_copies_and_stories_of_one_event_form_one_group(linked: Corpus):
    groups = linked.event_groups()
    assert [(g["type"], g["date"], g["mentions"], g["articles"], g["stories"]) for g in groups] == [
        ("CONSULT", "2024-04-09", 1, 1, 1),
        ("CONSULT", "2024-03-05", 3, 3, 2),
    ]
    visit = groups[1]
    assert [a["id"] for a in visit["actors"]] == ["Q794"] and [r["id"] for r in visit["recipients"]] == ["Q796"]
    assert sorted(report["source"] for report in visit["reports"]) == ["Fars", "IRNA", "ISNA"]


def test_links_negated_event_is_stored_but_not_grouped(linked: Corpus):
    stored = linked.backend.execute("SELECT count(*) FROM events ev JOIN articles a ON a.id = ev.article_id "
                                    "WHERE a.source = 'Mehr'")[0][0]
    assert stored == 1
    assert all(g["date"] != "2024-04-10" for g in linked.event_groups())


def test_links_event_groups_follow_filters(linked: Corpus):
    only_isna = linked.event_groups(Filters(source="ISNA"))
    assert len(only_isna) == 1 and only_isna[0]["mentions"] == 3  # the group keeps every report
    assert linked.event_groups(Filters(date_from="2024-04-01")) == linked.event_groups()[:1]
    assert linked.event_groups(Filters(event_type="ASSAULT")) == []


def test_links_reanalyze_keeps_groups_and_aliases_right(linked: Corpus):
    reanalyze(linked, analyzer=strip_events, batch_size=2, progress=False)
    assert linked.event_groups() == []
    assert linked.backend.execute("SELECT count(*) FROM event_groups")[0][0] == 0
    reanalyze(linked, analyzer=annotate_links, batch_size=2, progress=False)
    assert [g["mentions"] for g in linked.event_groups()] == [1, 3]
    assert linked.backend.execute("SELECT mentions FROM entity_records WHERE id = 'Q794'") == [(4,)]
    assert linked.check() == []


def test_links_migration_from_version_1_backfills(linked: Corpus, db_url: str):
    before = linked.event_groups()
    backend = linked.backend
    with backend.transaction():  # turn the corpus back into a version-1 one, its layers intact
        for table in ("entity_records", "entity_aliases", "event_groups"):
            backend.execute(f"DROP TABLE {table}")
        backend.execute("DROP INDEX events_key")
        backend.execute("ALTER TABLE events DROP COLUMN event_key")
        backend.execute("ALTER TABLE entities DROP COLUMN mention")
        backend.execute("UPDATE meta SET value = '1' WHERE key = 'schema_version'")
    linked.close()
    with open_corpus(db_url) as again:
        assert again.schema_version() == 2
        assert again.event_groups() == before
        assert again.entities(name="ایران")[0]["aliases"] == [{"text": "ایران", "count": 2},
                                                              {"text": "جمهوری اسلامی ایران", "count": 2}]
        assert again.check() == []


def test_links_check_reports_stale_groups(linked: Corpus):
    linked.backend.execute("UPDATE event_groups SET mentions = mentions + 1")
    assert "event groups do not count every keyed event" in linked.check()


def test_links_cli_lists_grouped_events_and_aliases(linked: Corpus, db_url: str, monkeypatch):
    monkeypatch.setattr(khabar, "default_pipeline", lambda: annotate_links)
    app = typer.Typer()
    register(app)
    events = CliRunner().invoke(app, ["events", "--db", db_url], catch_exceptions=False)
    assert events.exit_code == 0
    assert "3 mentions in 3 articles, 2 stories" in events.output and events.output.count("CONSULT") == 2
    entities = CliRunner().invoke(app, ["entities", "--db", db_url, "--name", "جمهوری اسلامی ایران"],
                                  catch_exceptions=False)
    assert entities.exit_code == 0 and "aliases: ایران ×2, جمهوری اسلامی ایران ×2" in entities.output
