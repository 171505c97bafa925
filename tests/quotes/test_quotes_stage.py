"""The quotes stage on hand-written Persian news: each construction of issue 6 and the guide's negatives."""

from __future__ import annotations

import pytest

from khabar.analysis import Analysis, Entity, SourceCredit
from khabar.pipeline import get_stage
from khabar.quotes.stage import find_quotes, quotes_stage
from khabar.text.segment import split_sentences


def analysed(body: str, title: str | None = None, entities: list[Entity] | None = None) -> Analysis:
    """Build an Analysis by hand, as the text stage would leave it."""
    text = f"{title}\n{body}" if title else body
    body_start = len(title) + 1 if title else 0
    return Analysis(
        raw=text,
        text=text,
        title=title,
        body_start=body_start,
        sentences=split_sentences(text),
        entities=entities or [],
    )


def quotes_of(body: str, title: str | None = None, entities: list[Entity] | None = None) -> list[tuple]:
    """Return (speaker, cue, text, kind) of every quote found."""
    return [(q.speaker, q.cue, q.text, q.kind) for q in find_quotes(analysed(body, title, entities))]


def test_quotes_stage_registered_with_its_fields():
    registered = get_stage("quotes")
    assert registered.requires == ("text", "sentences")
    assert registered.assigns == ("quotes",)


def test_quotes_colon_runs_to_end_of_paragraph():
    body = "علی رضایی وزیر نیرو روز شنبه گفت: آب پشت سدها کم است. مردم باید صرفه‌جویی کنند.\nجلسه ساعت ده پایان یافت."
    assert quotes_of(body) == [("علی رضایی", "گفت", "آب پشت سدها کم است. مردم باید صرفه‌جویی کنند", "direct")]


def test_quotes_guillemets_close_the_content_across_sentences():
    body = "مریم احمدی گفت: «ما آماده‌ایم. کار را از فردا آغاز می‌کنیم.» سپس نشست پایان یافت."
    assert quotes_of(body) == [("مریم احمدی", "گفت", "ما آماده‌ایم. کار را از فردا آغاز می‌کنیم", "direct")]


def test_quotes_guillemets_without_colon_are_direct():
    body = "مریم احمدی گفت «ما آماده‌ایم و کار را آغاز می‌کنیم»."
    assert quotes_of(body) == [("مریم احمدی", "گفت", "ما آماده‌ایم و کار را آغاز می‌کنیم", "direct")]


def test_quotes_statement_split_over_two_paragraphs():
    body = (
        "نرگس کاظمی سخنگوی انجمن گفت: «هزینه‌ها دو برابر شده است.\nما از دولت کمک می‌خواهیم.»\nنشست بعدی هفته آینده است."
    )
    (quote,) = find_quotes(analysed(body))
    assert quote.text == "هزینه‌ها دو برابر شده است.\nما از دولت کمک می‌خواهیم"
    assert quote.kind == "direct"


def test_quotes_said_that_is_indirect_to_sentence_end():
    body = "سخنگوی دولت گفت که قیمت نان افزایش نمی‌یابد. بازار آرام است."
    assert quotes_of(body) == [("سخنگوی دولت", "گفت", "قیمت نان افزایش نمی‌یابد", "indirect")]


def test_quotes_comma_introduces_indirect_speech():
    body = "وزیر خارجه اعلام کرد، سفیر به زودی به تهران بازمی‌گردد."
    assert quotes_of(body) == [("وزیر خارجه", "اعلام کرد", "سفیر به زودی به تهران بازمی‌گردد", "indirect")]


def test_quotes_two_introducing_verbs_give_two_quotes():
    body = "حسن کریمی با بیان اینکه بودجه کافی نیست، افزود: طرح‌های نیمه‌تمام متوقف شده است."
    assert quotes_of(body) == [
        ("حسن کریمی", "با بیان اینکه", "بودجه کافی نیست", "indirect"),
        ("حسن کریمی", "افزود", "طرح‌های نیمه‌تمام متوقف شده است", "direct"),
    ]


def test_quotes_pointing_out_that_frame():
    body = "پروین صالحی با اشاره به اینکه صادرات رشد کرده است، تصریح کرد: بازارهای تازه‌ای یافته‌ایم."
    found = quotes_of(body)
    assert found[0] == ("پروین صالحی", "با اشاره به اینکه", "صادرات رشد کرده است", "indirect")
    assert found[1][1:] == ("تصریح کرد", "بازارهای تازه‌ای یافته‌ایم", "direct")


@pytest.mark.parametrize(
    ("body", "speaker", "cue"),
    [
        ("به گفته رئیس پلیس راهور، تصادفات در تعطیلات کاهش یافته است.", "رئیس پلیس راهور", "به گفته"),
        ("به نوشته روزنامه گاردین، مذاکرات هفته آینده از سر گرفته می‌شود.", "روزنامه گاردین", "به نوشته"),
    ],
)
def test_quotes_source_frames_name_their_speaker(body, speaker, cue):
    (quote,) = quotes_of(body)
    assert quote[:2] == (speaker, cue)
    assert quote[3] == "indirect"


def test_quotes_relayed_speech_belongs_to_original_source():
    body = "روزنامه الشرق به نقل از یک دیپلمات عرب نوشت: گفت‌وگوها به بن‌بست رسیده است."
    assert quotes_of(body) == [("یک دیپلمات عرب", "نوشت", "گفت‌وگوها به بن‌بست رسیده است", "direct")]


def test_quotes_pronoun_surname_and_title_resolve_to_first_paragraph_name():
    body = (
        "به گزارش خبرگزاری فارس، سارا محمدی مدیرعامل شرکت آب منطقه‌ای در نشست خبری گفت: مصرف آب ده درصد بالا رفته است.\n"
        "وی افزود: سه سد جدید تا پایان سال آبگیری می‌شود.\n"
        "محمدی تأکید کرد: شهروندان در ساعات اوج کمتر آب مصرف کنند.\n"
        "مدیرعامل شرکت آب منطقه‌ای ادامه داد: تعرفه‌ها فعلاً تغییر نمی‌کند."
    )
    assert [q[0] for q in quotes_of(body)] == ["سارا محمدی"] * 4


def test_quotes_this_official_resolves_to_earlier_source():
    body = "یک مقام ارشد وزارت نفت گفت که صادرات افزایش یافته است.\nاین مقام همچنین گفت: قراردادهای تازه امضا می‌شود."
    assert [q[0] for q in quotes_of(body)] == ["یک مقام ارشد وزارت نفت", "یک مقام ارشد وزارت نفت"]


def test_quotes_headline_without_reporting_verb_is_not_a_quote():
    assert quotes_of("جلسه هیئت دولت امروز برگزار شد.", title="رضایی: آب کم است") == []


def test_quotes_agency_source_line_is_not_a_quote():
    body = "به گزارش خبرگزاری فارس، نمایشگاه کتاب از فردا آغاز به کار می‌کند."
    assert quotes_of(body) == []


@pytest.mark.parametrize(
    "body",
    [
        "وزیر کشور بر لزوم همکاری استان‌ها تأکید کرد.",
        "وزیر کشور آمادگی دولت را برای کمک اعلام کرد.",
        "گفته می‌شود قیمت خودرو کاهش می‌یابد.",
        "وزیر نیرو فردا در مجلس خواهد گفت که برق جیره‌بندی نمی‌شود.",
    ],
)
def test_quotes_guide_negatives_give_nothing(body):
    assert quotes_of(body) == []


def test_quotes_nested_speech_is_not_a_second_quote():
    body = "رضا امینی گفت: رئیس‌جمهور به ما گفت که مشکلی نیست."
    assert len(quotes_of(body)) == 1


def test_quotes_entities_give_speaker_id_and_most_specific_mention():
    body = "علی رضایی وزیر نیرو گفت: آب کم است.\nرضایی افزود: صرفه‌جویی لازم است."
    entities = [
        Entity(start=0, end=9, text="علی رضایی", type="PER", id="per:rezaei"),
        Entity(
            start=body.index("رضایی افزود"),
            end=body.index("رضایی افزود") + 5,
            text="رضایی",
            type="PER",
            id="per:rezaei",
        ),
    ]
    quotes = find_quotes(analysed(body, entities=entities))
    assert [(q.speaker, q.speaker_id) for q in quotes] == [("علی رضایی", "per:rezaei")] * 2


def test_quotes_entity_name_beats_a_longer_title_only_mention():
    body = "علی رضایی گفت: آب کم است.\nوزیر نیروی جمهوری اسلامی ایران افزود: صرفه‌جویی لازم است."
    title = "وزیر نیروی جمهوری اسلامی ایران"
    entities = [
        Entity(start=0, end=9, text="علی رضایی", type="PER", id="per:rezaei"),
        Entity(start=body.index(title), end=body.index(title) + len(title), text=title, type="PER",
               id="per:rezaei", mention="title"),
    ]
    quotes = find_quotes(analysed(body, entities=entities))
    assert [(q.speaker, q.speaker_id) for q in quotes] == [("علی رضایی", "per:rezaei")] * 2


def test_quotes_title_linked_to_a_person_elsewhere_gives_the_person():
    title = "رئیس سازمان بسیج"
    body = f"خبرگزاری امارات به نقل {title} گزارش داد: نخبگان حمایت می‌شوند.\nحسن احمدی در دیدار با {title} شرکت کرد."
    second = body.index(title, body.index("دیدار"))
    entities = [
        Entity(start=body.index("نقل"), end=body.index(title) + len(title), text=f"نقل {title}", type="ORG"),
        Entity(start=body.index("حسن احمدی"), end=body.index("حسن احمدی") + 9, text="حسن احمدی", type="PER",
               id="per:ahmadi"),
        Entity(start=second, end=second + len(title), text=title, type="PER", id="per:ahmadi", mention="title"),
    ]
    quotes = find_quotes(analysed(body, entities=entities))
    assert [(q.speaker, q.speaker_id) for q in quotes] == [("حسن احمدی", "per:ahmadi")]


def test_quotes_title_cut_at_and_and_named_later_gives_the_person():
    # The resolver stops the title at «و»; a place inside the first mention does not keep it a bare title.
    body = (
        "نماینده مردم رامیان و آزادشهر گفت: این جاده شریان اصلی است.\n"
        "غلامعلی کوهساری افزود: اعتبار آن افزایش یافت.\n"
        "نماینده مردم رامیان و آزادشهر اضافه کرد: کار آغاز شده است."
    )
    later = body.index("نماینده", 10)
    entities = [
        Entity(start=body.index("رامیان"), end=body.index("رامیان") + 6, text="رامیان", type="LOC", country="IRN"),
        Entity(start=body.index("غلامعلی"), end=body.index("غلامعلی") + 15, text="غلامعلی کوهساری", type="PER",
               id="per:k", country="IRN"),
        Entity(start=later, end=later + 19, text="نماینده مردم رامیان", type="PER", id="per:k", mention="title",
               country="IRN"),
    ]
    quotes = find_quotes(analysed(body, entities=entities))
    assert [(q.speaker, q.speaker_id) for q in quotes][0] == ("غلامعلی کوهساری", "per:k")


def test_quotes_title_linked_to_no_person_stays_the_title():
    body = "خبرگزاری امارات به نقل رئیس سازمان بسیج گزارش داد: نخبگان حمایت می‌شوند."
    start = body.index("نقل")
    entities = [Entity(start=start, end=start + 20, text="نقل رئیس سازمان بسیج", type="ORG")]
    quotes = find_quotes(analysed(body, entities=entities))
    assert [(q.speaker, q.speaker_id) for q in quotes] == [("رئیس سازمان بسیج", None)]


def test_quotes_spans_point_into_text():
    body = "سخنگوی دولت گفت که قیمت نان افزایش نمی‌یابد."
    analysis = quotes_stage(analysed(body))
    (quote,) = analysis.quotes
    assert analysis.text[quote.start : quote.end] == quote.text


def test_quotes_empty_text_gives_no_quotes():
    assert quotes_of("") == []


def test_quotes_speaker_span_points_at_the_name():
    body = "به گزارش خبرگزاری فارس، سارا محمدی مدیرعامل شرکت آب گفت: مصرف بالا رفته است.\nوی افزود: سدها پر نیست."
    analysis = analysed(body)
    for quote in find_quotes(analysis):
        assert analysis.text[quote.speaker_span.start : quote.speaker_span.end] == "سارا محمدی"


def test_quotes_this_report_points_back_to_the_cited_report():
    body = (
        "به نوشته روزنامه گاردین، لندن سفیر را احضار کرد و گفت: این اقدام پذیرفتنی نیست.\n"
        "بر اساس این گزارش، نشست دو کشور به تعویق افتاده است."
    )
    found = quotes_of(body)
    assert found[-1] == ("روزنامه گاردین", "بر اساس این گزارش", "نشست دو کشور به تعویق افتاده است", "indirect")


def test_quotes_own_report_anaphor_is_not_a_quote():
    body = "به گزارش خبرگزاری فارس، نمایشگاه کتاب آغاز شد.\nبر اساس این گزارش، ناشران خارجی هم حضور دارند."
    assert quotes_of(body) == []


def test_quotes_statement_issuer_speaks_for_the_document():
    body = "در بیانیه وزارت امور خارجه آمده است: ایران از گفت‌وگوی منطقه‌ای حمایت می‌کند."
    assert quotes_of(body) == [("وزارت امور خارجه", "آمده است", "ایران از گفت‌وگوی منطقه‌ای حمایت می‌کند", "direct")]


def test_quotes_request_with_addressee_is_indirect():
    body = "رئیس سازمان محیط زیست از مردم خواست در طبیعت زباله رها نکنند."
    assert quotes_of(body) == [("رئیس سازمان محیط زیست", "خواست", "در طبیعت زباله رها نکنند", "indirect")]


def test_quotes_credit_running_into_the_name_gives_the_name():
    body = "به گزارش خبرگزاری فارس به نقل از روابط عمومی شرکت آب منطقه‌ای علیرضا قاسمی اظهار داشت: سدها پر است."
    assert quotes_of(body)[0][0] == "علیرضا قاسمی"


def test_quotes_another_title_is_another_speaker():
    body = "مسئول سابق بسیج استان گفت: کار سخت بود.\nمسئول جدید بسیج استان گفت: کار را ادامه می‌دهیم."
    assert [q[0] for q in quotes_of(body)] == ["مسئول سابق بسیج استان", "مسئول جدید بسیج استان"]


def test_quotes_light_verb_variant_and_halfspace_before_colon():
    body = "مریم احمدی خاطرنشان ساخت: کار تمام است.\nوی افزود\u200c: مردم راضی‌اند."
    assert [q[1] for q in quotes_of(body)] == ["خاطرنشان ساخت", "افزود"]


def test_quotes_contrast_ends_indirect_speech_before_another_report():
    body = "سایت الف نوشته است که علت بازداشت اعتراض بوده است اما دادستانی اعلام کرد که آنان بدهکار بوده‌اند."
    assert quotes_of(body) == [
        ("سایت الف", "نوشته است", "علت بازداشت اعتراض بوده است", "indirect"),
        ("دادستانی", "اعلام کرد", "آنان بدهکار بوده‌اند", "indirect"),
    ]


def test_quotes_impersonal_modal_reports_nobody():
    assert quotes_of("از میان این افراد می‌توان به یک بازیکن اشاره کرد که در تیم ملی بازی کرد.") == []


def test_quotes_seed_article_statements_and_speakers(seed_text):
    quotes = find_quotes(analysed(seed_text))
    ashtiani, khrenin = "امیر سرتیپ آشتیانی", "ویکتور خرنین گنادوویچ"
    assert [q.cue for q in quotes] == [
        "گفت",
        "با بیان اینکه",
        "افزود",
        "بیان کرد",
        "گفت",
        "تصریح کرد",
        "گفت",
        "ادامه داد",
    ]
    assert [q.speaker for q in quotes] == [ashtiani] * 6 + [khrenin] * 2


def test_quotes_pronoun_after_a_titled_subject_behind_the_source_line():
    body = "تهران- ایسنا- وزیر نیروی کشورمان امروز وارد شیراز شد.\nوی در جمع خبرنگاران گفت: آب کم است."
    analysis = analysed(body)
    prefix = "تهران- ایسنا-"
    outlet = "خبرگزاری دانشجویان ایران"
    analysis.credits = [SourceCredit(start=0, end=len(prefix), text=prefix, outlet=outlet, kind="prefix")]
    assert [q.speaker for q in find_quotes(analysis)] == ["وزیر نیروی کشورمان"]


def test_quotes_official_before_an_organisation_speaks_not_the_organisation():
    body = "مدیرکل فرهنگ و ارشاد اسلامی استان گفت: نمایشگاه تا پایان ماه ادامه دارد."
    org = "فرهنگ و ارشاد اسلامی استان"
    entities = [Entity(start=body.index(org), end=body.index(org) + len(org), text=org, type="ORG", id="org:ershad")]
    assert [q.speaker for q in find_quotes(analysed(body, entities=entities))] == ["مدیرکل فرهنگ و ارشاد اسلامی استان"]
