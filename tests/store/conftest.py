"""Fixtures for the store: a corpus on each backend, and a hand-made analyser so tests need no model."""

from __future__ import annotations

import json
import os
import re
import uuid
from pathlib import Path
from urllib.parse import quote

import pytest

from khabar.analysis import Analysis, Entity, Event, Participant, Quote
from khabar.store.corpus import Corpus, open_corpus

POSTGRES_ENV = "KHABAR_TEST_POSTGRES"
POSTGRES_SKIP = f"{POSTGRES_ENV} is unset: run scripts/postgres-start.sh and export its URL to test PostgreSQL"

# A tiny gazetteer for the hand analyser: written form -> (type, id, country).
PLACES = {"ایران": ("LOC", "Q794", "IRN"), "عراق": ("LOC", "Q796", "IRQ"), "ترکیه": ("LOC", "Q43", "TUR")}
QUOTE = re.compile(r"(\S+) گفت: «([^»]+)»")


def annotate(analysis: Analysis) -> Analysis:
    """Fill an analysis by hand: text as given, places as entities, «X گفت: «…»» as quotes, «دیدار» as an event."""
    analysis.text = analysis.raw
    analysis.body_start = len(analysis.title) + 1 if analysis.title else 0
    for name, (type_, id_, country) in PLACES.items():
        for match in re.finditer(rf"\b{name}\b", analysis.text):
            analysis.entities.append(Entity(start=match.start(), end=match.end(), text=name, type=type_, id=id_,
                                            country=country))
    for match in QUOTE.finditer(analysis.text):
        analysis.quotes.append(Quote(start=match.start(2), end=match.end(2), speaker=match.group(1), cue="گفت",
                                     text=match.group(2), kind="direct"))
    for match in re.finditer("دیدار", analysis.text):
        actors = [Participant(text=e.text, id=e.id, country=e.country) for e in analysis.entities]
        analysis.events.append(Event(start=match.start(), end=match.end(), type="CONSULT", actors=actors,
                                     sentence=analysis.text))
    return analysis


@pytest.fixture(params=["sqlite", "postgres"])
def db_url(request, tmp_path: Path):
    """A fresh, empty corpus location on each backend (a new schema on the PostgreSQL server)."""
    if request.param == "sqlite":
        yield str(tmp_path / "corpus.sqlite")
        return
    url = os.environ.get(POSTGRES_ENV)
    if not url:
        pytest.skip(POSTGRES_SKIP)
    import psycopg

    schema = f"test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(url, autocommit=True) as admin:
        admin.execute(f"CREATE SCHEMA {schema}")
    separator = "&" if "?" in url else "?"
    yield f"{url}{separator}options={quote(f'-csearch_path={schema}')}"
    with psycopg.connect(url, autocommit=True) as admin:
        admin.execute(f"DROP SCHEMA {schema} CASCADE")


@pytest.fixture
def corpus(db_url: str):
    with open_corpus(db_url) as opened:
        yield opened


def write_jsonl(path: Path, records: list[dict]) -> Path:
    """Write records as JSON lines."""
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


# Three stories: a visit (published twice, by two outlets, with small edits), a match report, and a flood.
VISIT = (
    "وزیر امور خارجه ایران امروز در سفر به بغداد با همتای عراقی خود دیدار کرد و درباره همکاری‌های اقتصادی، "
    "انرژی، حمل و نقل ریلی و گسترش روابط تجاری دو کشور گفتگو کرد. عراقچی گفت: «روابط دو کشور رو به گسترش است» "
    "و افزود که قرارداد تازه‌ای برای خط آهن شلمچه به بصره به زودی امضا خواهد شد."
)
ARTICLES = [
    {"id": "a1", "source": "Fars", "published": "2024-01-31", "title": "دیدار وزیران خارجه ایران و عراق",
     "text": "به گزارش خبرگزاری فارس، " + VISIT},
    {"id": "b7", "source": "IRNA", "published": "2024-02-01", "title": "دیدار وزیر خارجه با همتای عراقی",
     "text": "به گزارش ایرنا، " + VISIT.replace("امروز", "روز چهارشنبه")},
    {"id": "a2", "source": "Varzesh3", "published": "2023-05-10", "title": "پیروزی پرسپولیس در دیدار حساس",
     "text": "تیم پرسپولیس در هفته بیست و پنجم لیگ برتر با دو گل از سد سپاهان گذشت و صدر جدول را پس گرفت. "
             "گل‌محمدی گفت: «بازیکنان امروز عالی بودند» و از هواداران تشکر کرد."},
    {"id": "a3", "source": "Fars", "published": "2023-04-02", "title": "سیل در شمال ترکیه",
     "text": "بارش شدید باران در استان‌های شمالی ترکیه سیل به راه انداخت و دست کم ۱۲ نفر جان باختند. "
             "امدادگران همچنان در جستجوی مفقودان هستند و راه‌های ارتباطی چند روستا بسته شده است."},
]


@pytest.fixture
def articles_file(tmp_path: Path) -> Path:
    return write_jsonl(tmp_path / "articles.jsonl", ARTICLES)


@pytest.fixture
def filled(corpus: Corpus, articles_file: Path) -> Corpus:
    """The corpus with the four articles ingested through the hand analyser."""
    from khabar.store.ingest import ingest

    ingest(corpus, [articles_file], analyzer=annotate, progress=False)
    return corpus
