"""Speech acts told with no demand or criticism verb: passive invitations, expectations addressed to a state,
demands and criticism named by nouns."""

from __future__ import annotations

from khabar.events.export import happened


def happened_events(analyse, text: str, event_type: str) -> list:
    """Return the events of one type that the text reports as done."""
    return [e for e in analyse(text) if e.type == event_type and happened(e)]


def countries(participants) -> set:
    """Return the states of some participants."""
    return {p.country for p in participants}


def test_events_passive_invitation_is_a_request_to_the_invited(analyse):
    events = happened_events(analyse, "از وزیر خارجه روسیه برای سفر به تهران دعوت به عمل آمد.", "REQUEST")
    assert events and events[0].mode == "meet" and countries(events[0].recipients) == {"RUS"}


def test_events_passive_invitation_with_shifted_verb_is_a_request(analyse):
    events = happened_events(analyse, "در آن جلسه از نمایندگان دولت دعوت شد تا گزارش خود را ارائه کنند.", "REQUEST")
    assert events and events[0].mode == "meet"


def test_events_invitation_to_a_sports_camp_is_not_a_request(analyse):
    assert not happened_events(analyse, "از سه بازیکن تیم استقلال به اردوی تیم ملی دعوت شد.", "REQUEST")


def test_events_planned_passive_invitation_has_not_happened(analyse):
    assert not happened_events(analyse, "قرار است از وزیر خارجه روسیه دعوت شود.", "REQUEST")


def test_events_expectation_of_a_state_is_a_request_on_it(analyse):
    text = "وزیر خارجه ایتالیا گفت در انتظار این امر است که ایران گام‌های مهمی در مورد حقوق بشر بردارد."
    events = happened_events(analyse, text, "REQUEST")
    assert events and countries(events[0].recipients) == {"IRN"}


def test_events_expectation_of_a_price_is_no_request(analyse):
    assert not happened_events(analyse, "وزارت نفت انتظار دارد که قیمت نفت در ماه آینده افزایش یابد.", "REQUEST")


def test_events_repeated_request_named_by_a_noun(analyse):
    text = "وزیر خارجه فرانسه درخواست خود از ایران برای همکاری با آژانس را تکرار کرد."
    events = happened_events(analyse, text, "REQUEST")
    assert events and countries(events[0].recipients) == {"IRN"}


def test_events_demands_declared_as_a_list_are_a_request(analyse):
    assert happened_events(analyse, "این سازمان موارد زیر را به عنوان خواسته‌های پرستاران اعلام کرد.", "REQUEST")


def test_events_criticism_a_speaker_answers_is_an_accusation(analyse):
    text = "سخنگوی دولت در واکنش به انتقادات وزیر خارجه آمریکا از ایران گفت این اظهارات بی‌اساس است."
    events = happened_events(analyse, text, "ACCUSE")
    assert events and countries(events[0].actors) == {"USA"} and countries(events[0].recipients) == {"IRN"}


def test_events_criticism_named_with_no_target_is_not_an_accusation(analyse):
    assert not happened_events(analyse, "سخنگوی دولت در واکنش به انتقادات گفت این اظهارات بی‌اساس است.", "ACCUSE")


def test_events_wish_as_a_noun_is_no_request(analyse):
    assert not happened_events(analyse, "ما از مسیر مورد خواست غرب فاصله گرفتیم.", "REQUEST")


def test_events_call_on_officials_is_a_request_on_them(analyse):
    text = "نماینده تهران گفت: هیأت رئیسه باید این طرح را به کمیسیون آموزش ارجاع دهد."
    events = happened_events(analyse, text, "REQUEST")
    assert events and events[0].recipients[0].text == "هیأت رئیسه"


def test_events_duty_of_us_all_is_no_request(analyse):
    assert not happened_events(analyse, "نماینده تهران گفت: همه ما باید به این طرح توجه کنیم.", "REQUEST")


def test_events_agreeing_to_hold_talks_is_agree_not_an_agreement(analyse):
    events = analyse("دو کشور به برگزاری مذاکرات بیشتر در ماه آینده توافق کردند.")
    assert [e.type for e in events if happened(e)] == ["AGREE"]


def test_events_visit_with_its_time_before_its_destination(analyse):
    events = happened_events(analyse, "البرادعی در سفر هفته گذشته خود به تهران با مقامات ایران دیدار کرد.", "CONSULT")
    assert events and events[0].mode == "visit"


def test_events_visit_next_week_is_not_read_as_one_done(analyse):
    events = analyse("البرادعی در سفر هفته آینده خود به تهران با مقامات ایران دیدار خواهد کرد.")
    assert not [e for e in events if e.type == "CONSULT" and happened(e)]


def test_events_offer_with_its_object_is_agree(analyse):
    assert happened_events(analyse, "کره شمالی پیشنهاد برچیدن یک سایت بزرگ موشکی را داده است.", "AGREE")


def test_events_talks_going_on_between_two_sides(analyse):
    text = "به رغم ادامه مذاکرات بین آمریکا و کره شمالی، پیونگ یانگ آزمایش موشکی انجام داد."
    events = happened_events(analyse, text, "CONSULT")
    assert events and countries(events[0].actors + events[0].recipients) == {"USA", "PRK"}


def test_events_request_held_is_made_to_whom_it_names(analyse):
    events = happened_events(analyse, "سازمان نظام پرستاری از تمامی پرستاران تقاضا دارد در تهران حاضر شوند.", "REQUEST")
    assert events and events[0].recipients[0].text == "تمامی پرستاران"


def test_events_orders_referred_to_are_a_request_on_their_addressee(analyse):
    text = "این بیانیه با اشاره به دستورات رئیس جمهور به وزارت بهداشت افزود که کاری نشده است."
    events = happened_events(analyse, text, "REQUEST")
    assert events and events[0].recipients[0].text == "وزارت بهداشت"


def test_events_demand_with_a_long_object_is_a_request(analyse):
    text = ("استاندار خواستار ارسال فوری تمام کمک‌های اهدایی کشورهای همسایه از مرکز استان به مردم آسیب‌دیده در "
            "زلزله اخیر به روستاهای این شهرستان شد.")
    assert happened_events(analyse, text, "REQUEST")


def test_events_pursuing_the_perpetrators_is_an_investigation(analyse):
    events = happened_events(analyse, "پوتین گفت: نیروهای امنیتی روسیه در تعقیب عوامل این حادثه هستند.", "ACCUSE")
    assert events and events[0].mode == "investigate"


def test_events_official_welcome_is_the_host_receiving_a_visit(analyse):
    events = happened_events(analyse, "رئیس جمهور ایران مورد استقبال رسمی رئیس جمهور اندونزی قرار گرفت.", "CONSULT")
    assert events and events[0].mode == "visit"


def test_events_plan_welcomed_is_still_agree(analyse):
    assert happened_events(analyse, "این طرح مورد استقبال نمایندگان قرار گرفت.", "AGREE")


def test_events_finding_fault_is_criticism(analyse):
    assert happened_events(analyse, "نماینده تهران از وزارت کشور ایراد گرفت.", "ACCUSE")
    assert happened_events(analyse, "مجلس ایرادی را بر آیین‌نامه اجرایی دولت گرفت.", "ACCUSE")


def test_events_delivering_a_speech_is_not_finding_fault(analyse):
    assert not happened_events(analyse, "وزیر در این همایش سخنرانی ایراد کرد.", "ACCUSE")
