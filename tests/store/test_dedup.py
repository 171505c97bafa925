"""Near-duplicate grouping: copies with small edits meet, different reports on one template do not."""

from __future__ import annotations

from khabar.store.dedup import StoryIndex, jaccard, shingles, signature, signature_bytes, signature_from_bytes
from khabar.store.search import analyze_terms

REPORT = ("تیم ملی والیبال ایران در دومین دیدار خود در مسابقات قهرمانی آسیا با نتیجه سه بر یک از سد ژاپن گذشت و "
          "با دو پیروزی در صدر گروه قرار گرفت. شاگردان سرمربی تیم ملی فردا به مصاف چین می‌روند.")
COPY = "به گزارش ایسنا، " + REPORT.replace("فردا", "روز پنجشنبه")
# The same template, another match: many shared word runs, but a different story.
OTHER = ("تیم ملی بسکتبال ایران در سومین دیدار خود در مسابقات قهرمانی آسیا با نتیجه هشتاد بر شصت از سد قطر گذشت و "
         "با سه پیروزی به مرحله بعد صعود کرد. شاگردان سرمربی تیم ملی هفته آینده به مصاف لبنان می‌روند.")


def index_with_report() -> tuple[StoryIndex, dict[int, set[bytes]]]:
    terms = analyze_terms(REPORT)
    index = StoryIndex()
    index.add(1, 10, signature(terms))
    return index, {1: shingles(terms)}


def test_dedup_edited_copy_joins_the_story():
    index, stored = index_with_report()
    terms = analyze_terms(COPY)
    assert index.find_story(signature(terms), shingles(terms), stored.__getitem__) == 10


def test_dedup_other_report_on_the_same_template_stays_apart():
    index, stored = index_with_report()
    terms = analyze_terms(OTHER)
    assert jaccard(shingles(terms), stored[1]) < 0.5
    assert index.find_story(signature(terms), shingles(terms), stored.__getitem__) is None


def test_dedup_signature_survives_storage_and_short_texts_have_none():
    minhash = signature(analyze_terms(REPORT))
    assert signature_from_bytes(signature_bytes(minhash)).jaccard(minhash) == 1.0
    assert signature(analyze_terms("خبر کوتاه")) is None


def test_dedup_forgotten_article_is_no_longer_found():
    index, stored = index_with_report()
    index.forget(1)
    terms = analyze_terms(COPY)
    assert index.find_story(signature(terms), shingles(terms), stored.__getitem__) is None
