"""A small corpus for the web tests: Persian articles written for them, analysed by hand so no model is needed."""

from __future__ import annotations

import json
import re
from pathlib import Path

from khabar.analysis import Analysis, Entity, Event, Participant, Quote, TimeExpression
from khabar.store.corpus import open_corpus
from khabar.store.ingest import ingest

# Written form -> (type, id, country): the hand analyser's gazetteer.
NAMES = {
    "ایران": ("LOC", "Q794", "IRN"), "عراق": ("LOC", "Q796", "IRQ"), "ترکیه": ("LOC", "Q43", "TUR"),
    "عراقچی": ("PER", "Q5959", "IRN"), "فواد حسین": ("PER", "Q1000", "IRQ"), "فیدان": ("PER", "Q2000", "TUR"),
}
TRIGGERS = {"دیدار": "CONSULT", "توافق": "AGREE", "متهم": "ACCUSE"}
QUOTE = re.compile(r"(\S+) گفت: «([^»]+)»")
DAY = re.compile(r"۱۰ بهمن ۱۴۰۲")
XSS_TITLE = "<script>window.__xss = 1</script>هشدار <b>مهم</b>"
XSS_TEXT = ('عراقچی گفت: «<img src=x onerror="window.__xss=2">» و افزود <a href="javascript:window.__xss=3">اینجا</a> '
            "را ببینید؛ \"><svg onload=window.__xss=4> <iframe src=javascript:alert(1)></iframe> با ایران دیدار شد.")

ARTICLES = [
    {"id": "v1", "source": "Fars", "published": "2024-01-31", "title": "دیدار وزیران خارجه ایران و عراق",
     "text": "عراقچی امروز در بغداد با فواد حسین دیدار کرد و دو طرف درباره همکاری‌های اقتصادی گفتگو کردند. "
             "عراقچی گفت: «روابط دو کشور رو به گسترش است» و قرار شد ۱۰ بهمن ۱۴۰۲ کمیسیون مشترک تشکیل شود."},
    {"id": "v2", "source": "IRNA", "published": "2024-02-03", "title": "توافق ایران و ترکیه درباره گاز",
     "text": "عراقچی و فیدان در آنکارا بر سر تمدید قرارداد گاز به توافق رسیدند و همکاری‌های انرژی را گسترش دادند. "
             "فیدان گفت: «این توافق به سود هر دو ملت است»."},
    {"id": "v3", "source": "Fars", "published": "2023-06-12", "title": "عراقچی ترکیه را متهم کرد",
     "text": "عراقچی ترکیه را به نقض تعهدات مرزی متهم کرد و خواستار پاسخ شد. مقام‌های ترکیه این ادعا را رد کردند."},
    # The same meeting as v1, the same day, worded by another outlet: one event reported by two articles.
    {"id": "v4", "source": "Mehr", "published": "2024-01-31", "title": "سفر وزیر خارجه به بغداد",
     "text": "عراقچی که عصر امروز وارد بغداد شد با فواد حسین دیدار کرد؛ این نخستین سفر او به پایتخت عراق است."},
    {"id": "s1", "source": "Varzesh3", "published": "2023-05-10", "title": "پیروزی پرسپولیس در لیگ برتر",
     "text": "تیم پرسپولیس در هفته بیست و پنجم لیگ برتر با دو گل از سد سپاهان گذشت و صدر جدول را پس گرفت."},
    {"id": "x1", "source": "<b>Evil</b>", "published": "2024-03-01", "title": XSS_TITLE, "text": XSS_TEXT,
     "url": "javascript:window.__xss=5"},
]


def annotate(analysis: Analysis) -> Analysis:
    """Fill an analysis by hand: known names as entities, «X گفت: «…»» as quotes, trigger words as events."""
    analysis.text = analysis.raw
    analysis.body_start = len(analysis.title) + 1 if analysis.title else 0
    analysis.stages = ["hand"]
    for name, (type_, id_, country) in NAMES.items():
        for match in re.finditer(rf"(?<!\w){name}(?!\w)", analysis.text):
            analysis.entities.append(Entity(start=match.start(), end=match.end(), text=name, type=type_, id=id_,
                                            country=country, roles=["وزیر خارجه"] if type_ == "PER" else []))
    analysis.entities.sort(key=lambda e: e.start)
    for match in QUOTE.finditer(analysis.text):
        analysis.quotes.append(Quote(start=match.start(2), end=match.end(2), speaker=match.group(1), cue="گفت",
                                     text=match.group(2), kind="direct", speaker_id=NAMES.get(match.group(1), (0, None))[1]))
    for match in DAY.finditer(analysis.text):
        analysis.times.append(TimeExpression(start=match.start(), end=match.end(), text=match.group(0),
                                             value="2024-01-30", jalali="1402-11-10", calendar="jalali"))
    for word, type_ in TRIGGERS.items():
        for match in re.finditer(word, analysis.text[analysis.body_start :]):
            analysis.events.append(_event(analysis, analysis.body_start + match.start(), len(word), type_))
    return analysis


def _event(analysis: Analysis, start: int, length: int, type_: str) -> Event:
    """Make the first person mentioned the actor and every other named participant a recipient."""
    people = [Participant(text=e.text, id=e.id, country=e.country) for e in analysis.entities
              if e.type == "PER" and e.start >= analysis.body_start]
    places = [Participant(text=e.text, id=e.id, country=e.country) for e in analysis.entities
              if e.type == "LOC" and e.start >= analysis.body_start]
    actors = people[:1]
    recipients = [p for p in people[1:] + places if p.id not in {a.id for a in actors}][:1]
    return Event(start=start, end=start + length, type=type_, actors=actors, recipients=recipients,
                 sentence=analysis.text[analysis.body_start :][:120])


def build_corpus(folder: Path, db: str | None = None) -> str:
    """Ingest ARTICLES into a fresh corpus (SQLite in `folder` unless `db` names one); return its location."""
    source = folder / "articles.jsonl"
    source.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in ARTICLES), encoding="utf-8")
    db = db or str(folder / "corpus.sqlite")
    with open_corpus(db) as corpus:
        ingest(corpus, [source], analyzer=annotate, progress=False)
    return db
