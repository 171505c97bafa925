"""Round 17: withdrawing a demand or reversing one's own decision (CONCEDE), armed struggle and imposed war told as
history (ASSAULT), pressure by a named party (REQUEST), giving up a fight or arms (RETREAT), envoys recalled
(SANCTION), entering a war with a party, «اقدام به آتش زدن …» (ASSAULT), «به … اعتراض داشتند» (ACCUSE)."""

from __future__ import annotations

import pytest

from tests.events.helpers import happened_types


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("نخست وزیر لبنان درخواست برگزاری نشست فوق‌العاده مجلس را پس گرفت.", "CONCEDE"),
        ("دولت ترکیه از درخواست خود برای استرداد این افراد صرف نظر کرد.", "CONCEDE"),
        ("دادگاه عالی صرف نظر کردن خود از تصمیم سابقش را اعلام کرد.", "CONCEDE"),
        ("شورای شهر تصمیم قبلی خود را لغو کرد.", "CONCEDE"),
        ("وی از فرماندهانی بود که علیه نیروهای ارتش بریتانیا مبارزه کرد.", "ASSAULT"),
        ("این گروه مبارزه مسلحانه علیه دولت سودان را در سال 2003 آغاز کرد.", "ASSAULT"),
        ("رژیم صدام جنگی هشت ساله را به ایران تحمیل کرد.", "ASSAULT"),
        ("وی با اشاره به تحمیل این جنگ از سوی رژیم بعث گفت که ملت پیروز شد.", "ASSAULT"),
        ("این قانون که زیر فشارهای مقامات آمریکایی تصویب شد با واکنش منفی مردم روبرو شد.", "REQUEST"),
        ("صدها تن از شورشیان با تحویل سلاح، دست از مبارزه با دولت برداشته و به خانه‌های خود بازگشتند.", "RETREAT"),
        ("شورشیان سلاح‌های خود را تحویل دادند.", "RETREAT"),
        ("با فراخوانده شدن سفیران دو کشور در ماه گذشته، تنش میان آنها افزایش یافت.", "SANCTION"),
        ("نیروهای ناتو که در لیبی با ارتش قذافی وارد جنگ شدند، شهرها را بمباران کردند.", "ASSAULT"),
        ("گروهی از مخالفان دولت اقدام به آتش زدن ساختمان فرمانداری نمودند.", "ASSAULT"),
        ("چند حزب مخالف به نتیجه انتخابات اعتراض داشتند.", "ACCUSE"),
    ],
)
def test_events_round17_family_is_coded(analyse, sentence, kind):
    assert kind in happened_types(analyse(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "وی سال‌ها علیه فساد اداری مبارزه کرد.",
        "پلیس مبارزه با قاچاق مواد مخدر را آغاز کرد.",
        "دولت تحت فشار افکار عمومی قرار دارد.",
        "نیروهای پلیس معترضان را پس زدند.",
        "وزیر دست از تلاش برای آزادی گروگان‌ها برنداشت.",
        "چین با آمریکا وارد جنگ تجاری شد.",
    ],
)
def test_events_round17_lookalike_is_not_coded(analyse, sentence):
    assert not {"CONCEDE", "ASSAULT", "REQUEST", "RETREAT"} & set(happened_types(analyse(sentence)))


def test_events_congratulating_a_party_is_support(analyse):
    assert "SUPPORT" in happened_types(analyse("سخنگوی دولت با تبریک به ملت عراق، خواستار آرامش شد."))
    assert "SUPPORT" not in happened_types(analyse("فرماندار با تبریک به مناسبت روز خبرنگار، از برنامه‌ها گفت."))


def test_events_talks_in_relative_clause_are_consult(analyse):
    sentence = "وی گفت: در گفتگوهایی که اعضای هیئت عراقی با مسئولان وزارت خارجه ایران داشتند، این موضوع مطرح شد."
    assert "CONSULT" in happened_types(analyse(sentence))
