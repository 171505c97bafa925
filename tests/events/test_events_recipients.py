"""Recipients found inside a predicate or its clause, people placed in a country, clauses joined by «و»."""

from __future__ import annotations

import pytest

from khabar.analysis import Entity
from khabar.events.participants import names_people
from khabar.events.stage import find_events

from tests.events.helpers import countries, only

pytest.importorskip("khabar.resolve.actors")


def test_events_released_prisoners_are_of_the_releasing_state(analyse):
    event = only(analyse("دولت یمن بیش از ۵۰۸ زندانی را آزاد کرد."), "RETREAT")
    assert countries(event.actors) == ["YEM"]
    assert countries(event.recipients) == ["YEM"]


def test_events_victims_take_the_state_of_a_later_place_phrase(analyse):
    event = only(analyse("بیش از ۲۰ کودک در روستایی در استان ادلب سوریه کشته شدند."), "ASSAULT")
    assert countries(event.recipients) == ["SYR"]


def test_events_unnamed_states_stay_without_country(analyse):
    event = only(analyse("وزیر خارجه کوبا از کشورهای صنعتی انتقاد کرد."), "ACCUSE")
    assert countries(event.actors) == ["CUB"]
    assert not any(countries(event.recipients))


def test_events_people_nouns_head_a_phrase_past_numbers():
    assert names_people("بیش از دو هزار زندانی")
    assert names_people("راننده‌ای")
    assert names_people("حامیان خروج از اتحادیه اروپا")
    assert not names_people("کشورهای اسلامی")
    assert not names_people("برخی از گروه‌ها")


def test_events_demand_names_its_addressee_inside(analyse):
    event = only(analyse("دولت لیبی خواستار تعلیق فعالیت پارلمان این کشور شد."), "REQUEST")
    assert countries(event.actors) == ["LBY"]
    assert countries(event.recipients) == ["LBY"]
    assert event.recipients[0].sector == "LEG"


def test_events_demand_addressee_is_a_state_inside(analyse):
    event = only(analyse("ترکیه خواستار اقدام فوری آمریکا علیه شورشیان شد."), "REQUEST")
    assert countries(event.actors) == ["TUR"]
    assert countries(event.recipients) == ["USA"]


def test_events_before_is_not_a_source_phrase(analyse):
    event = only(analyse("ترکیه قبل از موافقت با طرح خواستار اقدام آمریکا شد."), "REQUEST")
    assert countries(event.recipients) == ["USA"]


def test_events_this_country_alone_is_the_last_state_named(analyse):
    lines = ["وزیر خارجه انگلیس به بغداد رفت.", "این کشور پیش‌تر مواضع شورشیان را هدف قرار داده بود."]
    event = only(analyse("\n".join(lines)), "ASSAULT")
    assert countries(event.actors) == ["GBR"]


def test_events_clause_after_verb_and_has_its_own_subject(analyse):
    text = "وی گفت: در این مساله پیشرفت حاصل شده است و اسرائیل نیز از غزه عقب‌نشینی کرده است."
    event = only(analyse(text), "RETREAT")
    assert countries(event.actors) == ["ISR"]


def test_events_clause_after_verb_and_keeps_a_dropped_subject(analyse):
    text = "ارتش سوریه شهر را محاصره کرده است و ده‌ها نفر را بازداشت کرد."
    event = only(analyse(text), "COERCE")
    assert countries(event.actors) == ["SYR"]


def test_events_two_quoted_names_with_titles_are_both_actors(analyse):
    text = (
        "«جان اسمیت» وزیر دفاع انگلیس و «پیر دوبوا» معاون وزیر دفاع فرانسه "
        "توافق‌نامه همکاری نظامی امضا کردند."
    )
    event = only(analyse(text), "SUPPORT")
    assert sorted(countries(event.actors)) == ["FRA", "GBR"]


def test_events_state_named_in_the_clause_is_the_recipient(hand_analysis):
    text = "معاون وزیر خارجه نروژ در این گفت‌وگو از گسترش روابط با ایران استقبال کرد."
    analysis = hand_analysis(text)
    start = text.index("ایران")
    analysis.entities = [
        Entity(start=start, end=start + 5, text="ایران", type="LOC", country="IRN", id="country:IRN")
    ]
    event = only(find_events(analysis), "AGREE")
    assert countries(event.actors) == ["NOR"]
    assert countries(event.recipients) == ["IRN"]


def test_events_pronoun_subject_takes_the_resolved_person(hand_analysis):
    text = "وی گفت: متاسفانه آمریکا این توافق را ناکام گذاشت."
    analysis = hand_analysis(text)
    analysis.entities = [
        Entity(start=0, end=2, text="وی", type="PER", mention="pronoun", country="ESP", sector="GOV", id="per:1")
    ]
    event = only(find_events(analysis), "ACCUSE")
    assert countries(event.actors) == ["ESP"]
    assert countries(event.recipients) == ["USA"]


def test_events_victims_are_of_the_place_the_report_is_filed_from(analyse):
    lines = [
        "به گزارش خبرگزاری فرانسه از بغداد، انفجاری در یک بازار رخ داد.",
        "به گفته منابع محلی، دو کودک هدف گلوله قرار گرفتند.",
    ]
    event = only(analyse("\n".join(lines)), "ASSAULT")
    assert countries(event.recipients) == ["IRQ"]


def test_events_slash_inside_a_number_does_not_break_the_clause(analyse):
    event = only(analyse("ژاپن و چین درباره وامی ۵/۸ میلیارد دلاری توافق کردند."), "SUPPORT")
    assert sorted(countries(event.actors)) == ["CHN", "JPN"]


def test_events_subject_that_names_no_one_is_the_previous_subject(analyse):
    lines = ["وزیر خارجه مصر به عمان رفت.", "سه روز بعد نیز از اردن کمک مالی خواست."]
    events = [e for e in analyse("\n".join(lines)) if e.type == "REQUEST"]
    assert events and countries(events[0].actors) == ["EGY"]


def test_events_meeting_with_a_party_has_the_sentence_subject_as_the_other_side(analyse):
    event = only(analyse("ژاپن با جدیت همکاری کرده است/ نشست فنی با آژانس روز یکشنبه برگزار شد."), "CONSULT")
    assert sorted(countries(event.actors)) == ["JPN", "UNO"]


def test_events_subject_run_into_its_object_ends_at_its_state(hand_analysis):
    text = "رئیس دولت خودگردان فلسطین تصمیم رژیم صهیونیستی برای تخریب خانه‌ها را عامل ایجاد تنش خواند."
    analysis = hand_analysis(text)
    start = text.index("رژیم صهیونیستی")
    analysis.entities = [
        Entity(start=start, end=start + 14, text="رژیم صهیونیستی", type="ORG", country="ISR", sector="GOV", id="org:1")
    ]
    event = only(find_events(analysis), "ACCUSE")
    assert [p.text for p in event.actors] == ["رئیس دولت خودگردان فلسطین"]
    assert countries(event.actors) == ["PSE"]
    assert countries(event.recipients) == ["ISR"]


def test_events_subject_with_a_state_adjective_is_not_cut(analyse):
    event = only(analyse("خبرنگار ایرانی مقیم کانادا از دولت آمریکا انتقاد کرد."), "ACCUSE")
    assert [p.text for p in event.actors] == ["خبرنگار ایرانی مقیم کانادا"]


def test_events_welcome_of_ties_with_a_state_has_that_state_as_recipient(analyse):
    event = only(analyse("وزیر خارجه اسکاتلند از گسترش روابط با ایران استقبال کرد."), "AGREE")
    assert countries(event.actors) == ["GBR"]
    assert countries(event.recipients) == ["IRN"]


def test_events_phrase_that_names_someone_keeps_its_own_party():
    from khabar.events.arguments import find_after_marker

    text = "وزیر خارجه ترکیه از دولت عراق با تاکید بر همکاری قدردانی کرد."
    phrase = find_after_marker(text, "از", 0, text.index("قدردانی"), len(text))
    assert phrase.text == "دولت عراق"


def test_events_criticism_of_an_attack_on_a_place_is_not_addressed_to_it():
    from khabar.events.arguments import find_after_marker

    text = "وزیر خارجه ترکیه از حمله به غزه انتقاد کرد."
    phrase = find_after_marker(text, "از", 0, text.index("انتقاد"), len(text))
    assert phrase.text == "حمله"


def test_events_state_inside_a_demand_after_in_is_where_not_who():
    from khabar.events.arguments import find_inside

    text = "وزیر خارجه خواستار برگزاری انتخابات آزاد در عراق شد."
    assert find_inside(text, text.index("برگزاری"), text.index(" شد")) is None
    text = "وزیر خارجه خواستار کمک عراق به آوارگان شد."
    assert find_inside(text, text.index("کمک"), text.index(" شد")).text.startswith("عراق")


def test_events_this_act_points_to_the_party_named_after_it(analyse):
    text = (
        "رئیس‌جمهور فرانسه در پی نخستین حملات جنگنده‌های انگلیسی علیه مواضع داعش در سوریه از این حملات استقبال کرد."
    )
    event = only(analyse(text), "AGREE")
    assert [p.country for p in event.recipients] == ["GBR"]


def test_events_this_act_named_nowhere_before_has_no_recipient(analyse):
    event = only(analyse("وزیر خارجه ایران از این حملات انتقاد کرد."), "ACCUSE")
    assert event.recipients == []


def test_events_closing_quote_does_not_part_a_noun_from_its_party(analyse):
    from khabar.events.arguments import Phrase, party_after

    sentence = "وزیر خارجه به «حفظ گفت‌وگوی سازنده» با آژانس بین‌المللی انرژی اتمی متعهد شد."
    start = sentence.index("حفظ")
    end = sentence.index("»")
    inner = party_after(sentence, Phrase(sentence[start:end], start, end), sentence.index("متعهد"))
    assert inner is not None and inner.text.startswith("آژانس")


def state_entity(text: str, name: str, code: str) -> Entity:
    """Return the resolved entity of a state named in `text`."""
    start = text.index(name)
    return Entity(start=start, end=start + len(name), text=name, type="LOC", country=code, id=f"country:{code}")


def test_events_state_named_after_in_is_no_recipient(hand_analysis):
    text = "دولت آمریکا از تعیین جدول زمانی برای عقب نشینی نیروهای خود در عراق خودداری کرد."
    analysis = hand_analysis(text)
    analysis.entities = [state_entity(text, "عراق", "IRQ")]
    event = only(find_events(analysis), "REJECT")
    assert countries(event.actors) == ["USA"]
    assert "IRQ" not in countries(event.recipients)


def test_events_state_named_after_in_and_a_place_noun_is_no_recipient(hand_analysis):
    text = "وزیر خارجه آلمان از گسترش درگیری‌ها در شمال سوریه انتقاد کرد."
    analysis = hand_analysis(text)
    analysis.entities = [state_entity(text, "سوریه", "SYR")]
    event = only(find_events(analysis), "ACCUSE")
    assert "SYR" not in countries(event.recipients)


def test_events_state_named_after_other_prepositions_is_still_the_recipient(hand_analysis):
    text = "وزیر خارجه ژاپن در دیدار خود از گسترش روابط با ایران استقبال کرد."
    analysis = hand_analysis(text)
    analysis.entities = [state_entity(text, "ایران", "IRN")]
    event = only(find_events(analysis), "AGREE")
    assert countries(event.recipients) == ["IRN"]


def test_events_visited_place_keeps_its_name_before_the_verb(analyse):
    event = only(analyse("رئیس جمهور فرانسه وارد استان زنجان شد."), "CONSULT")
    assert event.recipients[0].text == "استان زنجان"


def test_events_meeting_noun_before_its_verb_stays_out_of_the_party(analyse):
    event = only(analyse("هیأت مصری گفتگوهایی را با نمایندگان حماس آغاز کردند."), "CONSULT")
    assert event.recipients[0].text == "نمایندگان حماس"


def test_events_object_before_a_relative_clause_closed_by_a_progressive(analyse):
    text = "نیروهای اسرائیلی یک نوجوان لبنانی را که در خاک لبنان چوپانی می‌کرد به ضرب گلوله کشتند."
    event = only(analyse(text), "ASSAULT")
    assert countries(event.actors) == ["ISR"]
    assert event.recipients[0].text == "یک نوجوان لبنانی"


def test_events_refused_demand_points_back_to_who_made_it(analyse):
    text = (
        "رئیس جمهور آمریکا مدعی شد که ایران از او خواسته تا تحریم‌ها را رفع کند و او به این خواسته پاسخ منفی"
        " داده است."
    )
    event = only(analyse(text), "REJECT")
    assert countries(event.actors) == ["USA"]
    assert countries(event.recipients) == ["IRN"]


def test_events_opposed_demand_names_its_owner(analyse):
    text = "کردها خواستار الحاق کرکوک به اقلیم هستند و ترکمن‌ها با این خواسته کردها مخالفند."
    event = only(analyse(text), "REJECT")
    assert [p.text for p in event.recipients] == ["کردها"]


def test_events_clash_between_two_sides_splits_actor_and_recipient(analyse):
    event = only(analyse("درگیری شدیدی در شهر عدن بین ارتش یمن و نیروهای عربستان درگرفته است."), "ASSAULT")
    assert countries(event.actors) == ["YEM"] and countries(event.recipients) == ["SAU"]


def test_events_agreement_between_two_sides_keeps_both_as_actors(analyse):
    event = only(analyse("توافقنامه همکاری نظامی بین موریتانی و عربستان به امضا رسید."), "SUPPORT")
    assert sorted(countries(event.actors)) == ["MRT", "SAU"] and not event.recipients


def test_events_from_inside_a_demand_is_not_its_addressee(analyse):
    event = only(analyse("حزب‌الله خواستار خروج نیروهای آمریکایی از لبنان شد."), "REQUEST")
    assert countries(event.recipients) == ["USA"]
    event = only(analyse("آمریکا و کانادا خواستار کاهش تعرفه واردات محصولات کشاورزی از سوی اروپا شدند."), "REQUEST")
    assert [p.text for p in event.recipients] == ["اروپا"]
    event = only(analyse("ایران از عراق خواستار استرداد این افراد شد."), "REQUEST")
    assert countries(event.recipients) == ["IRQ"]


def test_events_town_inside_a_demand_is_no_recipient(analyse):
    event = only(analyse("نمایندگان محلی خواستار الحاق شهر موصل به استان دهوک شدند."), "REQUEST")
    assert "موصل" not in " ".join(p.text for p in event.recipients)


def test_events_state_inside_a_demand_stays_its_recipient(analyse):
    event = only(analyse("ایران خواستار پاسخگویی آمریکا درباره این حمله شد."), "REQUEST")
    assert countries(event.recipients) == ["USA"]
