"""Participants coded from resolved entities, split subjects and the event's other party."""

from __future__ import annotations

import pytest

from khabar.analysis import Entity
from khabar.events.stage import find_events

from tests.events.helpers import countries, only

pytest.importorskip("khabar.resolve.actors")


def entity(text: str, sentence: str, **fields) -> Entity:
    """Return a resolved entity for the first occurrence of `text` in a one-line article."""
    start = sentence.index(text)
    return Entity(start=start, end=start + len(text), text=text, **fields)


def test_events_resolved_name_outranks_title_words(hand_analysis):
    text = "«دیوید کامرون» نخست‌وزیر انگلیس با صدراعظم آلمان دیدار کرد."
    analysis = hand_analysis(text)
    analysis.entities = [entity("دیوید کامرون", text, type="PER", country="GBR", sector="GOV")]
    event = only(find_events(analysis), "CONSULT")
    assert [p.country for p in event.actors] == ["GBR"]


def test_events_state_after_subject_is_object(analyse):
    event = only(analyse("وزیر خارجه آلمان ایران را به نقض حقوق بشر متهم کرد."), "ACCUSE")
    assert [p.country for p in event.actors] == ["DEU"]
    assert [p.country for p in event.recipients] == ["IRN"]


def test_events_accusation_with_charge_after_it(analyse):
    event = only(analyse("رئیس‌جمهور فرانسه سوریه را متهم به حمایت از تروریسم کرد."), "ACCUSE")
    assert [p.country for p in event.actors] == ["FRA"]
    assert [p.country for p in event.recipients] == ["SYR"]


def test_events_accused_person_is_not_an_accusation(analyse):
    events = analyse("پلیس دو متهم به قاچاق را بازداشت کرد.")
    assert [e.type for e in events] == ["COERCE"]


def test_events_this_country_is_the_actors_country(analyse):
    lines = [
        "رئیس‌جمهور آمریکا از ارسال نیرو به منطقه خبر داد.",
        "سخنگوی کاخ سفید جزئیات طرح را اعلام کرد.",
        "وزیر دفاع آمریکا نیز درباره هزینه‌ها توضیح داد.",
        "نخست‌وزیر ترکیه روز گذشته از پارلمان این کشور خواست درباره اعزام نیرو تصمیم بگیرد.",
    ]
    events = analyse("\n".join(lines))
    event = only(events, "REQUEST")
    assert [p.country for p in event.recipients] == ["TUR"]


def test_events_unplaced_body_is_in_the_actors_country(hand_analysis):
    text = "یکی از اعضای کنگره آمریکا از شهرداری پالم بیچ خواست این مجتمع را تعطیل کند."
    analysis = hand_analysis(text)
    # The resolver places a body it cannot place in Iran; the foreign actor says otherwise.
    analysis.entities = [entity("شهرداری پالم بیچ", text, type="ORG", country="IRN", sector="GOV")]
    event = only(find_events(analysis), "REQUEST")
    assert [p.country for p in event.recipients] == ["USA"]


def test_events_unplaced_body_stays_in_iran_with_an_iranian_actor(hand_analysis):
    text = "وزیر کشور ایران از شهرداری پالم بیچ خواست این مجتمع را تعطیل کند."
    analysis = hand_analysis(text)
    analysis.entities = [entity("شهرداری پالم بیچ", text, type="ORG", country="IRN", sector="GOV")]
    event = only(find_events(analysis), "REQUEST")
    assert [p.country for p in event.recipients] == ["IRN"]


def test_events_speaker_takes_country_from_title_after_comma(analyse):
    events = analyse("«برونو رودریگز»، وزیر امور خارجه کوبا، گفت: کشورهای صنعتی ریاکاری سیاسی و معیارهای دوگانه دارند.")
    event = only(events, "ACCUSE")
    assert [p.country for p in event.actors] == ["CUB"]


def test_events_object_called_by_a_criticism_word_is_accused(analyse):
    event = only(analyse("وزیر خارجه فرانسه اقدام روسیه را «غیر قابل قبول» خواند."), "ACCUSE")
    assert [p.country for p in event.actors] == ["FRA"]
    assert [p.country for p in event.recipients] == ["RUS"]


def test_events_object_called_by_praise_is_not_accused(analyse):
    events = analyse("وزیر خارجه فرانسه سفر هیئت روسی را مثبت توصیف کرد.")
    assert "ACCUSE" not in [e.type for e in events]


def test_events_one_phrase_is_not_both_actor_and_recipient(analyse):
    events = analyse("رئیس‌جمهور فرانسه دیروز وارد پکن شد.\nوزیر خارجه ایران را متهم کردند.")
    event = only(events, "ACCUSE")
    assert [p.country for p in event.recipients] == ["IRN"]
    assert all(p.text != event.recipients[0].text for p in event.actors)


def test_events_surname_is_the_person_named_in_full(hand_analysis):
    text = "«دیوید کامرون» نخست‌وزیر انگلیس به پاریس سفر کرد.\nرئیس‌جمهور فرانسه به کامرون بخاطر رأی پارلمان تبریک گفت."
    analysis = hand_analysis(text)
    analysis.entities = [entity("دیوید کامرون", text, type="PER", country="GBR", sector="GOV")]
    event = only(find_events(analysis), "SUPPORT")
    assert [p.country for p in event.recipients] == ["GBR"]


def test_events_talks_named_in_passing_are_consultations(analyse):
    events = analyse("مقام‌های ترکیه و آمریکا پس از مذاکراتی در آنکارا بیانیه‌ای منتشر کردند.")
    assert "CONSULT" in [e.type for e in events]


def test_events_meeting_mentioned_by_speaker_names_its_partner(analyse):
    events = analyse("استاندار با اشاره به دیدار با سفیر ژاپن گفت: همکاری‌ها ادامه می‌یابد.")
    event = only(events, "CONSULT")
    assert [p.country for p in event.recipients] == ["JPN"]


def test_events_word_that_starts_with_ra_is_no_object_marker(analyse):
    events = analyse("وزیر در راستای مقابله با توطئه دشمن، آموزش نیروها را ضروری خواند.")
    assert "ACCUSE" not in [e.type for e in events]


def test_events_claim_names_every_conjoined_state(analyse):
    events = analyse("مشاور امنیت ملی آمریکا مدعی شد: «ایران و سوریه در اقدامات این گروه دخالت دارند.»")
    event = only(events, "ACCUSE")
    assert sorted(p.country for p in event.recipients) == ["IRN", "SYR"]


def test_events_victims_take_the_other_state_the_sentence_names(analyse):
    events = analyse("وزارت بهداشت لبنان گزارش داد که ۱۲ تن با گلوله نظامیان اسرائیلی زخمی شدند.")
    event = only(events, "ASSAULT")
    assert [p.country for p in event.recipients] == ["LBN"]


def test_events_passive_agent_before_a_relative_clause(analyse):
    sentence = "این پیشنهاد از سوی مقامات روس که مدت‌ها برای همکاری تلاش می‌کردند، مورد استقبال قرار گرفت."
    event = only(analyse(sentence), "AGREE")
    assert [(p.text, p.country) for p in event.actors] == [("مقامات روس", "RUS")]


def test_events_passive_agent_ends_at_the_predicate(analyse):
    event = only(analyse("این طرح از سوی مقامات روس مورد استقبال قرار گرفت."), "AGREE")
    assert [p.text for p in event.actors] == ["مقامات روس"]


def test_events_partitive_subject_is_whole(analyse):
    event = only(analyse("یکی از اعضای کنگره آمریکا از وزیر دفاع خواست گزارش دهد."), "REQUEST")
    assert [(p.text, p.country) for p in event.actors] == [("یکی از اعضای کنگره آمریکا", "USA")]


def test_events_subject_ending_in_a_state_is_split_from_the_object(analyse):
    event = only(analyse("در این شهر یکی از اتباع آمریکا راننده‌ای را مضروب کرد."), "ASSAULT")
    assert [p.country for p in event.actors] == ["USA"]
    assert [p.text for p in event.recipients] == ["راننده‌ای"]
    assert [p.country for p in event.recipients] != ["USA"]


def test_events_person_keeps_resolved_country_beside_a_foreign_actor(hand_analysis):
    text = "فرماندار ایالت لارا ونزوئلا با اشاره به دیدار با «عبدالله ذیفن»، سفیر ایران در کاراکاس گفت: همکاری ادامه دارد"
    analysis = hand_analysis(text)
    analysis.entities = [entity("عبدالله ذیفن", text, type="PER", country="IRN", sector="GOV")]
    event = only(find_events(analysis), "CONSULT")
    assert [p.country for p in event.recipients] == ["IRN"]


def test_events_unplaced_person_takes_the_articles_main_country(hand_analysis):
    text = "انقلابیون مصر به خیابان‌ها آمدند.\nسعد عبود از نظامیان مصر خواست قانون اساسی جدید را تدوین کنند."
    analysis = hand_analysis(text)
    analysis.entities = [
        entity("مصر", text, type="LOC", country="EGY"),
        entity("سعد عبود", text, type="PER", id="per:abc"),
    ]
    event = only(find_events(analysis), "REQUEST")
    assert [(p.text, p.country) for p in event.actors] == [("سعد عبود", "EGY")]


def test_events_this_country_is_the_state_named_before_it(hand_analysis):
    text = "رئیس‌جمهور سابق پرو از سوی دستگاه قضایی این کشور تحت تعقیب قرار دارد."
    analysis = hand_analysis(text)
    analysis.entities = [entity("پرو", text, type="LOC", country="PER", mention="name")]
    event = only(find_events(analysis), "ACCUSE")
    assert [p.country for p in event.actors] == ["PER"]


def test_events_this_country_is_not_the_other_partys_state(hand_analysis):
    text = "این اقدام سوئد موجب شد تا اسرائیل سفیر خود را از این کشور فراخواند."
    analysis = hand_analysis(text)
    analysis.entities = [
        entity("سوئد", text, type="LOC", country="SWE", mention="name"),
        entity("اسرائیل", text, type="LOC", country="ISR", mention="name"),
    ]
    event = only(find_events(analysis), "SANCTION")
    assert [p.country for p in event.actors] == ["ISR"]
    assert [p.country for p in event.recipients] == ["SWE"]


def test_events_recipient_is_in_the_verbs_own_conjunct(analyse):
    text = "ستاد نماز جمعه آمادگی خود را برای پیروی از رهبر انقلاب اعلام می‌دارد و از مردم تهران دعوت کرد."
    event = only(analyse(text), "REQUEST")
    assert [p.text for p in event.recipients] == ["مردم تهران"]


def test_events_age_does_not_cut_the_object(analyse):
    event = only(analyse("پلیس آلمان این زن ۳۰ ساله را بازداشت کرد."), "COERCE")
    assert [p.text for p in event.recipients] == ["این زن ۳۰ ساله"]


def test_events_titles_after_a_name_are_the_same_person(hand_analysis):
    text = "حزب مخالف حمله تبلیغاتی را علیه کامران فرهادی، وزیر سابق خارجه مصر و دبیرکل سابق اتحادیه عرب آغاز کرد."
    analysis = hand_analysis(text)
    analysis.entities = [entity("کامران فرهادی", text, type="PER", country="EGY", mention="name", id="per:1")]
    event = only(find_events(analysis), "ACCUSE")
    assert [p.text for p in event.recipients] == ["کامران فرهادی"]


def test_events_two_named_people_with_titles_stay_two(hand_analysis):
    text = "کامران فرهادی، وزیر خارجه مصر و ژان دوپون، وزیر خارجه فرانسه در پاریس با یکدیگر دیدار کردند."
    analysis = hand_analysis(text)
    analysis.entities = [
        entity("کامران فرهادی", text, type="PER", country="EGY", mention="name", id="per:1"),
        entity("ژان دوپون", text, type="PER", country="FRA", mention="name", id="per:2"),
    ]
    event = only(find_events(analysis), "CONSULT")
    assert [p.country for p in event.actors] == ["EGY", "FRA"]


def test_events_army_named_by_no_state_is_of_the_scene(analyse):
    lines = ["عربستان سعودی بار دیگر به یمن هشدار داد.", "ارتش در جنوب یمن به مواضع شورشیان حمله کرد."]
    event = only(analyse("\n".join(lines)), "ASSAULT")
    assert [p.country for p in event.actors] == ["YEM"]


def test_events_army_named_by_its_state_keeps_it_at_the_scene(analyse):
    event = only(analyse("ارتش آمریکا در جنوب یمن به مواضع شورشیان حمله کرد."), "ASSAULT")
    assert [p.country for p in event.actors] == ["USA"]


def test_events_object_pronoun_is_the_person_the_sentence_is_about(analyse):
    text = "بازیگر روس چندی بعد اتهاماتش را پذیرفت و آمریکا او را به تحمل ۱۸ ماه حبس محکوم کرد."
    event = only(analyse(text), "COERCE")
    assert [p.country for p in event.actors] == ["USA"]
    assert [p.country for p in event.recipients] == ["RUS"]


def test_events_object_pronoun_is_not_the_actor_itself(analyse):
    event = only(analyse("پلیس آلمان او را در فرودگاه برلین بازداشت کرد."), "COERCE")
    assert event.recipients == []


def test_events_group_of_states_acts_with_no_single_country(analyse):
    text = "وزیر خارجه سوئد سفیر اسرائیل را احضار کرد.\nکشورهای اروپایی این اقدام را محکوم کردند."
    event = [e for e in analyse(text) if e.type == "ACCUSE" and "محکوم" in e.sentence][0]
    assert [p.text for p in event.actors] == ["کشورهای اروپایی"]
    assert [p.country for p in event.actors] == [None]


def test_events_forces_of_a_group_of_states_are_not_placed_in_one(analyse):
    event = only(analyse("وزیر خارجه اکوادور از نیروهای نظامی کشورهای همسایه انتقاد کرد."), "ACCUSE")
    assert [p.country for p in event.recipients] == [None]


def test_events_members_of_an_alliance_are_the_alliance(analyse):
    event = only(analyse("کشورهای عضو ناتو از روسیه انتقاد کردند."), "ACCUSE")
    assert [p.country for p in event.actors] == ["IGO"]


def test_events_negated_verb_ends_the_phrase_before_it(analyse):
    text = "این مرد موفق به حمله به پارلمان نشد و پلیس انگلیس او را بازداشت کرد."
    attack = only(analyse(text), "ASSAULT")
    assert [p.text for p in attack.recipients] == ["پارلمان"]


def test_events_adjectival_participle_stays_in_the_phrase():
    from khabar.events.arguments import phrase_forward

    sentence = "ارتش اسرائیل به مناطق اشغال شده و غزه حمله کرد"
    start = sentence.index("مناطق")
    assert phrase_forward(sentence, start, sentence.index(" حمله")).text == "مناطق اشغال شده و غزه"


def test_events_and_after_a_subjunctive_opens_a_clause_with_its_own_subject(analyse):
    text = "آمریکا اعلام کرد که از ترکیه خواسته به شهرهای مرزی حمله نکند و آنکارا نیز این خواسته را عملی کرده است."
    event = only(analyse(text), "RETREAT")
    assert [p.country for p in event.actors] == ["TUR"]


def test_events_and_after_a_present_verb_keeps_the_subject_without_a_new_one():
    from khabar.events.arguments import find_subject

    sentence = "روسیه از دولت سوریه حمایت می‌کند و از آمریکا خواست که نیروهایش را خارج کند"
    assert find_subject(sentence, sentence.index("خواست")).text == "روسیه"


def test_events_object_after_a_named_body_in_a_prepositional_phrase(analyse):
    event = only(analyse("آمریکا در سازمان ملل وزیر خارجه ونزوئلا را به دروغگویی متهم کرد."), "ACCUSE")
    assert [p.country for p in event.actors] == ["USA"]
    assert [p.country for p in event.recipients] == ["VEN"]


def test_events_person_after_a_common_noun_in_a_prepositional_phrase_is_its_genitive():
    from khabar.events.arguments import find_object

    sentence = "پلیس معترضان در دفتر نخست‌وزیر را بازداشت کرد"
    marker = sentence.index(" را") + 3
    assert find_object(sentence, sentence.index("معترضان"), marker).text == "معترضان"


def test_events_phrase_that_names_no_one_gives_way_to_a_later_one(analyse):
    event = only(analyse("وزیر خارجه فرانسه از روی ناچاری از روسیه انتقاد کرد."), "ACCUSE")
    assert [p.country for p in event.recipients] == ["RUS"]


def test_events_first_phrase_that_names_someone_is_kept(analyse):
    event = only(analyse("ایران از تصمیم اخیر عراق از نظر حقوقی انتقاد کرد."), "ACCUSE")
    assert [p.country for p in event.recipients] == ["IRQ"]


def test_events_phrase_of_az_suy_is_the_party_after_it():
    from khabar.events.arguments import find_after_marker

    sentence = "این طرح از سوی دولت به مجلس ارائه شد"
    assert find_after_marker(sentence, "از", 0, len(sentence), len(sentence)).text == "دولت"


def test_events_our_country_is_iran(analyse):
    event = only(analyse("طالبان پنج تن از دیپلمات‌های کشورمان را در مزار شریف به شهادت رساندند."), "ASSAULT")
    assert [p.country for p in event.recipients] == ["IRN"]


def test_events_counted_people_after_and_open_their_own_clause():
    from khabar.events.arguments import find_subject

    sentence = "در شهر بصره درگیری رخ داده و تعدادی از معترضان دستگیر شدند"
    assert find_subject(sentence, sentence.index("دستگیر")).text == "تعدادی از معترضان"


def test_events_object_after_and_keeps_the_shared_subject():
    from khabar.events.arguments import find_subject

    sentence = "روسیه از دولت سوریه دفاع می‌کند و ترکیه را به دخالت متهم کرد"
    assert find_subject(sentence, sentence.index("متهم")).text == "روسیه"


def test_events_plain_phrase_of_az_outranks_an_agent_phrase():
    from khabar.events.arguments import find_after_marker

    sentence = "پس از اشغال عراق از سوی آمریکا، سوریه از گروه‌های مقاومت عراق حمایت کرد"
    found = find_after_marker(sentence, "از", 0, sentence.index("حمایت"), len(sentence))
    assert found.text == "گروه‌های مقاومت عراق"


def test_events_state_name_used_as_a_common_word_is_no_party(analyse):
    event = only(analyse("رئیس بانک مرکزی خواستار پرداخت تسهیلات مالی به شرکت‌ها شد."), "REQUEST")
    assert "MLI" not in [p.country for p in event.recipients]


def test_events_demonym_that_is_also_a_name_still_names_its_state():
    from khabar.events.arguments import names_actor

    assert names_actor("سوری")


def test_events_meeting_between_two_unnamed_parties_keeps_both(analyse):
    text = "وی گفت: با توجه به نشست هفته قبل نمایندگان کشاورزان و کارخانه‌داران در وزارتخانه مقرر شد قیمت‌ها ثابت بماند."
    event = only(analyse(text), "CONSULT")
    assert [p.text for p in event.actors] == ["نمایندگان کشاورزان"]
    assert [p.text for p in event.recipients] == ["کارخانه‌داران"]


def test_events_conjunct_that_names_no_one_stays_in_one_name(analyse):
    event = only(analyse("اداره کل میراث فرهنگی، صنایع‌دستی و گردشگری استان گلستان از مردم خواست به موزه بروند."), "REQUEST")
    assert len(event.actors) == 1


def test_events_and_after_a_body_goes_on_with_its_name(analyse):
    event = only(analyse("رئیس اداره ورزش و جوانان استان از مردم خواست در مسابقه شرکت کنند."), "REQUEST")
    assert len(event.actors) == 1


def test_events_titles_joined_by_and_after_an_unplaced_name_stay_one_person(hand_analysis):
    text = "کامران فرهادی استاد اقتصاد و معاون اسبق وزیر نفت از اتلاف وقت انتقاد کرد."
    analysis = hand_analysis(text)
    analysis.entities = [entity("کامران فرهادی", text, type="PER", mention="name", id="per:1")]
    event = only(find_events(analysis), "ACCUSE")
    assert len(event.actors) == 1


def test_events_and_after_a_negated_verb_opens_a_clause_with_its_own_subject():
    from khabar.events.arguments import find_subject

    sentence = "این مرد موفق به ورود به کاخ نشد و نیروهای امنیتی مصر او را بازداشت کردند"
    assert find_subject(sentence, sentence.index("بازداشت")).text == "نیروهای امنیتی مصر"


def test_events_phrase_does_not_open_with_and():
    from khabar.events.arguments import make_phrase, words_between

    sentence = "و آنان دیپلمات‌ها را گروگان گرفتند"
    words = words_between(sentence, 0, sentence.index(" را"))
    assert make_phrase(sentence, words).text == "آنان دیپلمات‌ها"


def test_events_compound_preposition_noun_is_not_the_subject(analyse):
    event = only(analyse("به عنوان مثال جوانان لبنانی اسرائیل را از جنوب لبنان بیرون راندند."), "ASSAULT")
    assert [(p.text, p.country) for p in event.actors] == [("جوانان لبنانی", "LBN")]


def test_events_quoted_place_name_belongs_to_the_opening_phrase(analyse):
    event = only(analyse("همچنین در استان «إب» جنگنده‌های سعودی به شهر حمله کردند."), "ASSAULT")
    assert [(p.text, p.country) for p in event.actors] == [("جنگنده‌های سعودی", "SAU")]


def test_events_clause_after_and_with_adverbial_names_its_own_subject(analyse):
    events = analyse("قرار است فیلم جدیدی منتشر شود و به همین دلیل پلیس آلمان به حالت آماده‌باش درآمده است.")
    assert [p.country for p in only(events, "MOBILIZE").actors] == ["DEU"]


def test_events_state_inside_a_phrase_after_and_is_not_a_new_subject(analyse):
    event = only(analyse("حزب‌الله با حزب امل هم‌پیمانی دارد و با دیگر نیروهای لبنانی همکاری می‌کند."), "COOPERATE")
    assert [p.text for p in event.actors] == ["حزب‌الله"]


def test_events_agent_after_and_is_no_opening_adverbial(analyse):
    event = only(analyse("فوجیموری به ژاپن گریخت و بلافاصله از سوی اینترپل بازداشت شد."), "COERCE")
    assert [p.text for p in event.actors] == ["اینترپل"]
    assert [p.text for p in event.recipients] == ["فوجیموری"]


def test_events_committee_name_goes_on_past_and(analyse):
    text = "حجت‌الاسلام احمدحسین فلاحی سخنگوی کمیسیون آموزش و تحقیقات مجلس شورای اسلامی از دولت انتقاد کرد."
    event = only(analyse(text), "ACCUSE")
    assert len(event.actors) == 1
    assert event.actors[0].text.endswith("آموزش و تحقیقات مجلس شورای اسلامی")


def test_events_two_bodies_joined_by_and_stay_two_actors(analyse):
    event = only(analyse("وزارت خارجه ایران و دولت آمریکا با هم دیدار کردند."), "CONSULT")
    assert [p.country for p in event.actors] == ["IRN", "USA"]


def test_events_before_this_is_no_part_of_the_subject(analyse):
    event = only(analyse("پیش از این نیز اصلاح‌طلبان از سران فتنه حمایت کرده بودند."), "SUPPORT")
    assert [p.text for p in event.actors] == ["اصلاح‌طلبان"]


def test_events_quoted_name_after_a_day_is_the_subject(analyse):
    events = analyse("در این روز «غلامرضا رمضانی» در نشست فیلم از اهل رسانه خواست از فیلم‌های کوچک حمایت کنند.")
    assert [p.text for p in only(events, "REQUEST").actors] == ["غلامرضا رمضانی"]


def test_events_bare_title_goes_on_past_and_to_its_body():
    from khabar.events.arguments import Phrase
    from khabar.events.participants import code_phrase

    text = "معاون پژوهش و نیروی انسانی اداره کل آموزش و پرورش استان اصفهان"
    coded = code_phrase(Phrase(text, 0, len(text)), 0, [])
    assert [(p.text, p.country) for p in coded] == [(text, "IRN")]


def test_events_counted_people_after_and_are_placed_by_their_clause(analyse):
    text = (
        "این در حالی است که نظامیان صهیونیست ورودی‌های شهر را بسته بودند و هزاران نفر از فلسطینیان از رسیدن به"
        " مسجد محروم ماندند و چند نفر هم بازداشت شدند."
    )
    event = only(analyse(text), "COERCE")
    assert [p.country for p in event.recipients] == ["PSE"]


def test_events_sentence_subject_is_cut_before_its_object():
    from khabar.events.arguments import find_sentence_subject

    cut = find_sentence_subject("وزیر خارجه برزیل حل موضوع سوریه را از راه نظامی ممکن ندانست و گفت: …")
    assert cut is not None and cut.text == "وزیر خارجه برزیل"
    whole = find_sentence_subject("سخنگوی وزارت خارجه گزارش آینده آژانس را مثبت خواند و گفت: …")
    assert whole is not None and whole.text == "سخنگوی وزارت خارجه گزارش آینده آژانس"


def test_events_stop_word_written_with_a_half_space_ends_the_subject(analyse):
    event = only(analyse("سخنگوی وزارت امور خارجه هم‌چنین از آمریکا انتقاد کرد."), "ACCUSE")
    assert [p.text for p in event.actors] == ["سخنگوی وزارت امور خارجه"]


def test_events_focus_adverb_is_no_part_of_a_conjunct():
    from khabar.events.arguments import Phrase
    from khabar.events.participants import split_conjuncts

    text = "مردم فلسطین، خصوصا کشورهای اروپایی و حتی کشورهای اسلامی"
    parts = split_conjuncts(Phrase(text, 0, len(text)))
    assert [p.text for p in parts] == ["مردم فلسطین", "کشورهای اروپایی", "کشورهای اسلامی"]
    assert [p.text for p in split_conjuncts(Phrase("حتی", 0, 3))] == ["حتی"]


def test_events_outlet_that_reports_an_act_is_not_its_agent(analyse):
    text = "شبکه اسکای نیوز امروز اعلام کرد یک جوان فلسطینی با خودروی خود سه صهیونیست را زخمی کرد."
    event = only(analyse(text), "ASSAULT")
    assert [p.text for p in event.actors] == ["یک جوان فلسطینی"]


def test_events_body_that_reports_a_killing_is_not_its_agent(analyse):
    event = only(analyse("پلیس عراق اعلام کرد نیروهای آمریکایی ده غیرنظامی را کشتند."), "ASSAULT")
    assert countries(event.actors) == ["USA"]


def test_events_report_followed_by_that_keeps_the_clause_rules(analyse):
    event = only(analyse("وزیر خارجه ایران اعلام کرد که آمریکا را محکوم می‌کند."), "ACCUSE")
    assert countries(event.actors) == ["IRN"]
    assert countries(event.recipients) == ["USA"]


def test_events_criticism_passive_takes_its_genitive_agent(analyse):
    text = "مانورهای نظامی روسیه مورد انتقاد مقامات ناتو قرار گرفته بود."
    event = only(analyse(text), "ACCUSE")
    assert countries(event.actors) == ["IGO"]
    assert countries(event.recipients) == ["RUS"]


def test_events_attack_passive_takes_its_genitive_agent(analyse):
    event = only(analyse("نیروهای امنیتی افغانستان هدف حملات جنگنده‌های آمریکایی قرار گرفتند."), "ASSAULT")
    assert countries(event.actors) == ["USA"]


def test_events_attack_passive_without_a_party_has_no_agent(analyse):
    event = only(analyse("این منطقه هدف حمله هوایی قرار گرفت."), "ASSAULT")
    assert event.actors == []


def test_events_agentless_request_is_the_body_it_was_made_in(analyse):
    event = only(analyse("چندین بار در کمیسیون بودجه از مقامات دولتی دعوت شد تا راهی پیدا کنند."), "REQUEST")
    assert [p.text for p in event.actors] == ["کمیسیون بودجه"]


def test_events_place_of_an_agentless_arrest_is_no_agent(analyse):
    event = only(analyse("این خبرنگار روز گذشته در بغداد بازداشت شد."), "COERCE")
    assert event.actors == []


def test_events_foreign_agency_credit_does_not_place_the_story(hand_analysis):
    text = "به گزارش خبرگزاری فرانسه از نابلس، یک جوان فلسطینی در اردوگاه آوارگان بلاطه هدف تیراندازی قرار گرفت."
    analysis = hand_analysis(text)
    # The agency «خبرگزاری فرانسه» is the only entity with a country: it says where the news came from.
    analysis.entities = [entity("خبرگزاری فرانسه", text, type="ORG", country="FRA", sector="MED")]
    event = only(find_events(analysis), "ASSAULT")
    assert "FRA" not in [p.country for p in event.actors + event.recipients]


def test_events_crowd_is_of_the_town_named_last_not_of_the_state_named_most(hand_analysis):
    text = (
        "بوش و کاندولیزا رایس وارد سائوپائولو شدند و آمریکا از برزیل حمایت کرد.\n"
        "عده‌ای از معترضین با سنگ به کنسولگری آمریکا حمله کردند."
    )
    analysis = hand_analysis(text)
    analysis.entities = [
        entity("بوش", text, type="PER", country="USA", sector="GOV", id="per:bush", mention="name"),
        entity("سائوپائولو", text, type="LOC", country="BRA", feature_class="P", id="geo:3448439"),
        entity("آمریکا", text, type="LOC", country="USA", id="country:USA"),
        entity("برزیل", text, type="LOC", country="BRA", id="country:BRA"),
    ]
    attack = only(find_events(analysis), "ASSAULT")
    assert [p.country for p in attack.actors] == ["BRA"]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("دبیرکل اعلام کرد ارتش به هائیتی خواهد رفت", "هائیتی"),
        ("نیروهای مرزی به آتش متقابل پرداختند و درگیری ادامه یافت", "آتش متقابل"),
        ("هنرمندان از مردم شهر خواستند کمک کنند", "مردم شهر"),
        ("وزیر خارجه آمریکا از کابل به امارات رفته بود", "امارات"),
        ("وزیر در گفت‌وگو با یک نشریه آلمانی گفته است که", "یک نشریه آلمانی"),
    ],
)
def test_events_phrase_ends_before_a_finite_verb(sentence, expected):
    from khabar.events.arguments import phrase_forward

    start = sentence.index(expected)
    assert phrase_forward(sentence, start, len(sentence)).text == expected


def test_events_killed_by_the_bullets_of_names_the_shooter(analyse):
    sentence = "دو جوان فلسطینی امروز به ضرب گلوله نظامیان صهیونیست در نزدیکی جنین به شهادت رسیدند."
    attack = only(analyse(sentence), "ASSAULT")
    assert countries(attack.actors) == ["ISR"] and countries(attack.recipients) == ["PSE"]


def test_events_a_titles_place_in_a_leading_phrase_is_no_subject():
    from khabar.events.arguments import find_subject

    sentence = "وی بیان داشت: از استاندار کرمان در زمینه مبارزه با زمین‌خواری قدردانی می‌کنیم"
    assert find_subject(sentence, sentence.index("قدردانی")) is None


def test_events_source_prefix_is_no_party_to_the_event():
    from khabar import analyze

    body = "تهران- ایسنا- وزیر امور خارجه ایران روز دوشنبه با وزیر خارجه عمان دیدار کرد."
    analysis = analyze(body, title="دیدار وزیران خارجه", published="2024-01-08")
    assert [credit.text for credit in analysis.credits] == ["تهران- ایسنا-"]
    event = only(analysis.events, "CONSULT")
    assert [p.text for p in event.actors] == ["وزیر امور خارجه ایران"]
    assert event.sentence.startswith("تهران- ایسنا-")  # the sentence as written


def test_events_visit_takes_place_where_its_host_is_a_place():
    from khabar import analyze

    analysis = analyze("وزیر امور خارجه ایران روز دوشنبه وارد مسکو شد.", published="2024-01-08")
    event = only(analysis.events, "CONSULT")
    assert (event.mode, [p.text for p in event.recipients], event.location) == ("visit", ["مسکو"], "مسکو")
    assert event.location_id is not None
    meeting = only(analyze("وزیر امور خارجه ایران با وزیر خارجه عمان دیدار کرد.").events, "CONSULT")
    assert meeting.location is None  # no visit, no place named


def test_events_name_found_across_and_is_one_party(hand_analysis):
    text = "امیر آشتیانی وزیر دفاع و پشتیبانی نیروهای مسلح ایران با وزیر دفاع بلاروس دیدار کرد."
    analysis = hand_analysis(text)
    analysis.entities = [entity("دفاع و پشتیبانی نیروهای مسلح ایران", text, type="ORG", country="IRN", sector="MIL")]
    event = only(find_events(analysis), "CONSULT")
    assert [p.text for p in event.actors] == ["امیر آشتیانی وزیر دفاع و پشتیبانی نیروهای مسلح ایران"]


def test_events_name_found_across_and_of_two_states_stays_two_parties(hand_analysis):
    text = "وزرای دفاع ایران و جمهوری بلاروس تفاهم‌نامه همکاری دفاعی امضا کردند."
    analysis = hand_analysis(text)
    analysis.entities = [entity("دفاع ایران و جمهوری بلاروس", text, type="ORG", country="IRN", sector="MIL")]
    event = only(find_events(analysis), "SUPPORT")
    assert countries(event.actors) == ["IRN", "BLR"]


def test_events_subject_follows_a_verb_of_belief_and_stops_before_in_addition_to(analyse):
    events = analyse("وزیر دفاع بلاروس گفت: معتقدیم وزارتخانه‌های دفاع دو کشور علاوه بر همکاری‌های نظامی در حوزه‌های "
                     "دیگر نیز همکاری می‌کنند.")
    event = only(events, "COOPERATE")
    assert [p.text for p in event.actors] == ["وزارتخانه‌های دفاع دو کشور"]


def test_events_place_is_read_in_the_predicate_clause_only(hand_analysis):
    said = "وزیر خارجه با اشاره به جنگ در سوریه گفت: ایران و عراق توافق‌نامه همکاری امضا کردند."
    analysis = hand_analysis(said)
    analysis.entities = [entity("سوریه", said, type="LOC", country="SYR")]
    assert only(find_events(analysis), "SUPPORT").location is None
    met = "وزیر خارجه ایران در بغداد با وزیر خارجه عراق دیدار کرد."
    analysis = hand_analysis(met)
    analysis.entities = [entity("بغداد", met, type="LOC", country="IRQ")]
    assert only(find_events(analysis), "CONSULT").location == "بغداد"


@pytest.mark.parametrize(
    ("sentence", "addressed"),
    [
        ("رئیس پلیس راه ایران از هم‌وطنان خواست تا با رعایت نکات ایمنی سفر کنند.", "هم‌وطنان"),
        ("وزیر بهداشت ایران از مسولان ذیربط خواست با متخلفان برخورد کنند.", "مسولان ذیربط"),
    ],
)
def test_events_public_or_officials_asked_by_a_speaker_are_of_the_speakers_state(analyse, sentence, addressed):
    demand = only(analyse(sentence), "REQUEST")
    assert [(p.text, p.country) for p in demand.recipients] == [(addressed, "IRN")]


def test_events_second_town_of_a_constituency_is_no_party(analyse):
    sentence = "عباس فلاح، نماینده مردم اهر و هریس، از وزیر کار ایران خواست به مشکلات کارگران رسیدگی کند."
    demand = only(analyse(sentence), "REQUEST")
    assert countries(demand.actors) == ["IRN"]


def test_events_towns_listed_in_a_constituency_stay_with_their_representative():
    from khabar import analyze

    text = "نماینده مردم قائم‌شهر، سوادکوه، جویبار و سیمرغ در مجلس از وزیر نفت ایران خواست گاز روستاها را تامین کند."
    demand = only(analyze(text).events, "REQUEST")
    assert [actor.text for actor in demand.actors] == ["نماینده مردم قائم‌شهر، سوادکوه، جویبار و سیمرغ"]


def test_events_two_countries_are_the_two_states_named_last(hand_analysis):
    text = "سوریه سفیر خود را از عراق فراخواند.\nبا فراخوانده شدن سفرای دو کشور تنش افزایش یافت."
    analysis = hand_analysis(text)
    analysis.entities = [
        entity("سوریه", text, type="LOC", country="SYR"),
        entity("عراق", text, type="LOC", country="IRQ"),
    ]
    recalls = [e for e in find_events(analysis) if e.type == "SANCTION"]
    assert [countries(e.actors) for e in recalls] == [["SYR"], ["SYR", "IRQ"]]


def test_events_two_countries_stay_uncoded_when_the_article_names_fewer(hand_analysis):
    text = "با فراخوانده شدن سفرای دو کشور تنش افزایش یافت."
    analysis = hand_analysis(text)
    recall = only(find_events(analysis), "SANCTION")
    assert countries(recall.actors) == [None]


@pytest.mark.parametrize(
    "sentence",
    [
        "به دنبال حمله به نیروهای خنثی‌سازی مین در افغانستان، سازمان ملل عملیات خود را متوقف کرد.",
        "- به دنبال حمله به نیروهای خنثی‌سازی مین در افغانستان، سازمان ملل عملیات خود را متوقف کرد.",
    ],
)
def test_events_attack_told_in_an_opening_adjunct_is_not_the_main_subjects(analyse, sentence):
    attack = only(analyse(sentence), "ASSAULT")
    assert attack.actors == [] and [p.text for p in attack.recipients] == ["نیروهای خنثی‌سازی مین"]


def test_events_attack_told_by_a_verb_keeps_its_subject(analyse):
    attack = only(analyse("سازمان ملل پس از این حادثه به نیروهای شورشی حمله کرد."), "ASSAULT")
    assert [p.text for p in attack.actors] == ["سازمان ملل"]
