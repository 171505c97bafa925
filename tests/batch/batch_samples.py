"""Short Persian articles written for the batch tests, and a JSONL writer."""

from __future__ import annotations

import json
from pathlib import Path

ARTICLES = [
    ("وزیر امور خارجه به مسکو رفت", "وزیر امور خارجه ایران روز دوشنبه برای دیدار با همتای روسی خود به مسکو رفت."),
    ("افزایش قیمت نان در تهران", "به گزارش خبرگزاری فارس، قیمت نان در تهران از هفته آینده ۲۰ درصد گران می شود."),
    ("بارش برف در شمال کشور", "سازمان هواشناسی اعلام کرد که از فردا در استان های گیلان و مازندران برف می بارد."),
    ("دیدار رئیس جمهور با کشاورزان", "رئیس جمهور در سفر به اصفهان گفت: دولت از کشاورزان حمایت خواهد کرد."),
    ("پیروزی استقلال در دربی", "تیم فوتبال استقلال شامگاه جمعه با دو گل پرسپولیس را شکست داد."),
    ("نشست وزیران نفت اوپک", "وزیران نفت کشورهای عضو اوپک ۱۵ مهر ۱۴۰۰ در وین گرد هم آمدند."),
    ("سفر هیئت عراقی به تهران", "یک هیئت اقتصادی از عراق برای گفت و گو درباره تجارت مرزی وارد تهران شد."),
    ("افتتاح بیمارستان تازه در شیراز", "بیمارستان ۳۰۰ تختخوابی شیراز با حضور وزیر بهداشت افتتاح شد."),
    ("اعتراض کارگران یک کارخانه", "کارگران کارخانه قند در اعتراض به پرداخت نشدن حقوق خود تجمع کردند."),
    ("امضای تفاهم نامه همکاری", "ایران و ارمنستان تفاهم نامه ای برای ساخت یک خط انتقال برق امضا کردند."),
    ("کاهش صادرات فرش", "رئیس مرکز ملی فرش گفت صادرات فرش دستباف در سال گذشته کاهش یافته است."),
    ("برگزاری نمایشگاه کتاب", "سی و سومین نمایشگاه بین المللی کتاب تهران از ۲۲ اردیبهشت آغاز می شود."),
]


def article_records() -> list[dict]:
    """Return the test articles as JSONL records, every other one with a publication date."""
    records = []
    for number, (title, text) in enumerate(ARTICLES):
        record = {
            "id": f"a{number:02d}",
            "title": title,
            "text": text,
            "source": "test",
            "url": f"https://example.org/{number}",
        }
        if number % 2 == 0:
            record["published"] = f"2021-10-{number + 1:02d}"
        records.append(record)
    return records


def write_jsonl(path: Path, records: list[dict], extra_lines: tuple[str, ...] = ()) -> Path:
    """Write `records` one a line, then `extra_lines` as they are."""
    lines = [json.dumps(record, ensure_ascii=False) for record in records] + list(extra_lines)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path
