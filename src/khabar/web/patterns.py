"""Persian labels and fixed vocabularies of the web pages, kept as data apart from the routes."""

from __future__ import annotations

# Private-use characters wrapped around search hits in snippets; stripped from article text first,
# so only the highlighter can produce them, and the template turns them into <mark> after escaping.
HIT_OPEN, HIT_CLOSE = "\ue000", "\ue001"

# PLOVER event type -> the relation it shows between actor and recipient on entity pages and the network.
RELATIONS = {"CONSULT": "meets", "AGREE": "agrees", "ACCUSE": "accuses"}

RELATION_LABELS = {
    "meets": "دیدار با",
    "agrees": "توافق با",
    "accuses": "اتهام به",
    "accused_by": "متهم‌شده از سوی",
}

EVENT_LABELS = {
    "AGREE": "توافق", "CONSULT": "دیدار و رایزنی", "SUPPORT": "حمایت", "CONCEDE": "امتیازدهی",
    "COOPERATE": "همکاری", "AID": "کمک", "RETREAT": "عقب‌نشینی", "REQUEST": "درخواست", "ACCUSE": "اتهام",
    "REJECT": "رد", "THREATEN": "تهدید", "PROTEST": "اعتراض", "SANCTION": "تحریم", "MOBILIZE": "بسیج",
    "COERCE": "اجبار", "ASSAULT": "حمله",
}

ENTITY_LABELS = {
    "PER": "شخص", "ORG": "سازمان", "LOC": "مکان", "FAC": "تأسیسات", "PRO": "محصول", "EVENT": "رویداد",
    "DATE": "تاریخ", "TIME": "زمان", "MONEY": "پول", "PERCENT": "درصد", "NAT": "ملیت", "POG": "گروه سیاسی",
}

FACET_LABELS = {
    "source": "منبع", "year": "سال", "entity": "موجودیت", "event_type": "نوع رویداد", "country": "کشور",
}

QUOTE_KINDS = {"direct": "نقل قول مستقیم", "indirect": "نقل قول غیرمستقیم"}
