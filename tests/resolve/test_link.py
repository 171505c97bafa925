import pytest

from khabar.resolve.stage import resolve_stage

DEFENCE = (
    "ویکتور خرنین گنادوویچ وزیر دفاع جمهوری بلاروس با امیر سرتیپ آشتیانی وزیر دفاع جمهوری اسلامی ایران دیدار کرد.\n"
    "سرتیپ آشتیانی گفت: روابط دو کشور در حال گسترش است.\n"
    "وی افزود: این سفر فرصت خوبی است.\n"
    "وزیر دفاع جمهوری بلاروس نیز گفت: ما آماده همکاری هستیم.\n"
)
MENTIONS = [("ویکتور خرنین گنادوویچ", "PER"), ("آشتیانی", "PER"), ("جمهوری اسلامی ایران", "LOC"), ("بلاروس", "LOC")]


def people(analysis):
    return [e for e in analysis.entities if e.type == "PER"]


def test_link_surname_joins_the_full_name(article):
    analysis = resolve_stage(article(DEFENCE, MENTIONS))
    ids = {e.id for e in people(analysis) if e.text == "آشتیانی"}
    assert len(ids) == 1


def test_link_title_only_mention_joins_its_holder(article):
    analysis = resolve_stage(article(DEFENCE, MENTIONS))
    viktor = next(e for e in analysis.entities if e.text == "ویکتور خرنین گنادوویچ")
    title = [e for e in analysis.entities if e.mention == "title"]
    assert [e.text for e in title] == ["وزیر دفاع جمهوری بلاروس"]
    assert title[0].id == viktor.id and title[0].country == "BLR" and title[0].sector == "MIL"


def test_link_pronoun_at_sentence_start_is_the_current_speaker(article):
    analysis = resolve_stage(article(DEFENCE, MENTIONS))
    pronoun = next(e for e in analysis.entities if e.mention == "pronoun")
    ashtiani = next(e for e in analysis.entities if e.text == "آشتیانی")
    assert pronoun.text == "وی" and pronoun.id == ashtiani.id


def test_link_roles_and_rank_are_attributes(article):
    analysis = resolve_stage(article(DEFENCE, MENTIONS))
    ashtiani = next(e for e in analysis.entities if e.text == "آشتیانی")
    assert "امیر سرتیپ" in ashtiani.roles
    assert any(role.startswith("وزیر دفاع") for role in ashtiani.roles)
    assert (ashtiani.country, ashtiani.sector) == ("IRN", "MIL")


def test_link_two_people_stay_apart(article):
    analysis = resolve_stage(article(DEFENCE, MENTIONS))
    assert len({e.id for e in people(analysis)}) == 2


def test_link_aliases_share_one_id(article):
    text = "ایران و جمهوری اسلامی ایران یک کشورند. ناتو همان سازمان پیمان آتلانتیک شمالی است. آمریکا و ایالات متحده."
    mentions = [("جمهوری اسلامی ایران", "LOC"), ("ایران", "LOC"), ("سازمان پیمان آتلانتیک شمالی", "ORG"),
                ("ناتو", "ORG"), ("ایالات متحده", "LOC"), ("آمریکا", "LOC")]
    analysis = resolve_stage(article(text, mentions))
    by_text = {e.text: e.id for e in analysis.entities}
    assert by_text["ایران"] == by_text["جمهوری اسلامی ایران"] == "country:IRN"
    assert by_text["ناتو"] == by_text["سازمان پیمان آتلانتیک شمالی"]
    assert by_text["آمریکا"] == by_text["ایالات متحده"] == "country:USA"


def test_link_ids_are_stable_across_articles(article):
    first = resolve_stage(article("محمدجواد ظریف به مسکو رفت.", [("محمدجواد ظریف", "PER"), ("مسکو", "LOC")]))
    second = resolve_stage(article("ظریف در مسکو گفت که سفر موفق بود.", [("ظریف", "PER"), ("مسکو", "LOC")]))
    assert [e.id for e in first.entities] == [e.id for e in second.entities]


def test_link_unknown_person_is_not_guessed(article):
    analysis = resolve_stage(article("بهرام نیک‌خواه دیروز به خانه بازگشت.", [("بهرام نیک‌خواه", "PER")]))
    person = analysis.entities[0]
    assert person.id is not None and person.country is None and person.sector is None and person.confidence is None


def test_link_title_of_no_known_sector_still_gives_its_country(article):
    text = "فرهاد نیکان رئیس هیأت ورزش عربستان سعودی گفت که مسابقه برگزار می‌شود."
    person = resolve_stage(article(text, [("فرهاد نیکان", "PER")])).entities[0]
    assert person.country == "SAU"


def test_link_country_a_title_is_about_is_not_the_holders(article):
    text = "فرهاد نیکان کارشناس ارشد امور کره شمالی گفت که مذاکرات ادامه دارد."
    person = resolve_stage(article(text, [("فرهاد نیکان", "PER")])).entities[0]
    assert person.country is None


def test_link_resolved_entities_carry_confidence(article):
    analysis = resolve_stage(article(DEFENCE, MENTIONS))
    assert all(e.confidence is not None and 0 < e.confidence <= 1 for e in analysis.entities)


def test_link_bag_in_text_is_not_a_place(article):
    analysis = resolve_stage(article("او کیف خود را در اتوبوس جا گذاشت.", [("کیف", "LOC")]))
    assert analysis.entities[0].geonames_id is None and analysis.entities[0].country is None


def test_link_kyiv_in_an_ukrainian_story_is_a_place(article):
    text = "رئیس جمهور اوکراین در کیف با خبرنگاران گفت‌وگو کرد."
    analysis = resolve_stage(article(text, [("اوکراین", "LOC"), ("کیف", "LOC")]))
    kyiv = next(e for e in analysis.entities if e.text == "کیف")
    assert (kyiv.geonames_id, kyiv.country) == (703448, "UKR")


def test_link_empty_article(article):
    assert resolve_stage(article("", [])).entities == []


def test_link_pronoun_after_another_person_is_left_alone(article):
    text = "علی رضایی گفت: پرونده تشکیل شد. وی افزود: شاکی اعلام کرد که متهم از وی پول خواسته است."
    analysis = resolve_stage(article(text, [("علی رضایی", "PER")]))
    pronouns = [e for e in analysis.entities if e.mention == "pronoun"]
    assert [p.start for p in pronouns] == [text.index("وی افزود")]


def test_link_title_opening_a_sentence_names_the_current_speaker(article):
    text = "حسن مرادی امروز گفت: طرح آماده است.\nمدیرکل راهداری استان یزد افزود: کار از فردا آغاز می‌شود."
    analysis = resolve_stage(article(text, [("حسن مرادی", "PER"), ("یزد", "LOC")]))
    title = next(e for e in analysis.entities if e.mention == "title")
    name = next(e for e in analysis.entities if e.text == "حسن مرادی")
    assert title.id == name.id and (title.country, title.sector) == ("IRN", "GOV")


def test_link_province_needs_its_prefix(article):
    text = "استاندار اصفهان در شهر اصفهان گفت که استان اصفهان آماده است."
    analysis = resolve_stage(article(text, [("استان اصفهان", "LOC"), ("اصفهان", "LOC")]))
    city = next(e for e in analysis.entities if e.text == "اصفهان")
    province = next(e for e in analysis.entities if e.text == "استان اصفهان")
    assert city.geonames_id == 418863 and province.feature_class == "A" and province.geonames_id is None


def test_link_entity_outside_the_text_is_refused(article):
    from khabar.analysis import Entity
    from khabar.errors import InputError

    analysis = article("سلام", [])
    analysis.entities = [Entity(start=10, end=20, text="تهران", type="LOC")]
    with pytest.raises(InputError, match="outside the text"):
        resolve_stage(analysis)


def test_link_other_types_pass_through_untouched(article):
    analysis = resolve_stage(article("دیروز علی رضایی آمد.", [("دیروز", "DATE"), ("علی رضایی", "PER")]))
    date = next(e for e in analysis.entities if e.type == "DATE")
    assert date.id is None and date.country is None


def person(analysis, text, mention="name"):
    return next(e for e in analysis.entities if e.text == text and e.mention == mention)


def test_link_sectorless_title_opening_a_sentence_is_the_speaker(article):
    text = ("رضا کریمی در گفت‌وگو با خبرنگاران گفت: بودجه امسال کافی نیست.\n"
            "عضو کمیسیون برنامه و بودجه افزود: دولت باید لایحه را اصلاح کند.\n"
            "او پیش از این با معاون وزیر دیدار کرده بود.")
    analysis = resolve_stage(article(text, [("رضا کریمی", "PER")]))
    titles = [e for e in analysis.entities if e.mention == "title"]
    assert [e.text for e in titles] == ["عضو کمیسیون برنامه"]  # «معاون وزیر» mid-sentence is no mention
    assert titles[0].id == person(analysis, "رضا کریمی").id


def test_link_country_title_goes_to_the_other_person_of_the_sentence(article):
    text = ("میشل لارا رئیس جمهور شیلی گفت دولت او استرداد خوان پرز به پرو را نمی‌پذیرد.\n"
            "رئیس جمهور سابق پرو به فساد متهم است.")
    mentions = [("میشل لارا", "PER"), ("خوان پرز", "PER"), ("شیلی", "LOC"), ("پرو", "LOC")]
    analysis = resolve_stage(article(text, mentions))
    title = next(e for e in analysis.entities if e.mention == "title")
    assert title.text.startswith("رئیس جمهور سابق پرو")
    assert title.id == person(analysis, "خوان پرز").id != person(analysis, "میشل لارا").id


def test_link_pronoun_after_two_people_without_speech_is_left_alone(article):
    text = "علی رضایی جایگزین حسن موسوی در این سمت می‌شود.\nوی پیش از این در وزارت کار بود."
    analysis = resolve_stage(article(text, [("علی رضایی", "PER"), ("حسن موسوی", "PER")]))
    assert not [e for e in analysis.entities if e.mention == "pronoun"]


def test_link_pronoun_after_a_speech_sentence_naming_two_is_the_speaker(article):
    text = "علی رضایی گفت: حسن موسوی در این سمت می‌ماند.\nوی افزود: تغییری در کار نیست."
    analysis = resolve_stage(article(text, [("علی رضایی", "PER"), ("حسن موسوی", "PER")]))
    assert person(analysis, "وی", "pronoun").id == person(analysis, "علی رضایی").id


def test_link_spelt_out_letter_is_no_pronoun(article):
    text = "مریم صادقی گفت: استفاده از وی پی ان و تماشای تی وی در خوابگاه آزاد است."
    analysis = resolve_stage(article(text, [("مریم صادقی", "PER")]))
    assert not [e for e in analysis.entities if e.mention == "pronoun"]


def test_link_title_with_also_is_another_speaker(article):
    text = ("علی رضایی گفت: قیمت‌ها ثابت می‌ماند.\n"
            "سخنگوی دولت نیز گفت: یارانه‌ها پرداخت می‌شود.\n"
            "وی افزود: مبلغ یارانه تغییر نمی‌کند.")
    analysis = resolve_stage(article(text, [("علی رضایی", "PER")]))
    title = next(e for e in analysis.entities if e.mention == "title")
    assert title.id != person(analysis, "علی رضایی").id
    assert person(analysis, "وی", "pronoun").id == title.id and title.sector == "GOV"


def test_link_title_before_any_name_starts_a_person(article):
    text = "سخنگوی وزارت امور خارجه گفت: سفیر احضار شد.\nوی افزود: این اقدام پاسخ لازم بود."
    analysis = resolve_stage(article(text, []))
    title = next(e for e in analysis.entities if e.mention == "title")
    assert title.id and person(analysis, "وی", "pronoun").id == title.id
    assert (title.country, title.sector) == ("IRN", "GOV")


def test_link_title_read_as_a_name_becomes_a_title_mention(article):
    text = "آیت‌الله خامنه‌ای در دیدار با کارگران سخن گفت.\nحاضران از مقام معظم رهبری تشکر کردند."
    analysis = resolve_stage(article(text, [("آیت‌الله خامنه‌ای", "PER"), ("مقام معظم رهبری", "PER")]))
    title = person(analysis, "مقام معظم رهبری", "title")
    assert title.id == person(analysis, "آیت‌الله خامنه‌ای").id


def test_link_title_phrase_stops_before_mabni(article):
    text = "تارو آسو نخست‌وزیر ژاپن گفت: کابینه تغییر می‌کند.\nبا اعلام نخست‌وزیر این کشور مبنی بر تغییر کابینه، بازار آرام شد."
    analysis = resolve_stage(article(text, [("تارو آسو", "PER"), ("ژاپن", "LOC")]))
    title = next(e for e in analysis.entities if e.mention == "title")
    assert title.text == "نخست‌وزیر این کشور" and title.id == person(analysis, "تارو آسو").id


def test_link_title_and_name_read_as_one_name_stays_a_name(article):
    text = "سخنگوی دولت کامران نیکو گفت: جلسه برگزار شد.\nوزیر خارجه آمریکا نیز به تهران سفر نمی‌کند."
    analysis = resolve_stage(article(text, [("سخنگوی دولت کامران نیکو", "PER"), ("وزیر خارجه آمریکا", "PER")]))
    assert person(analysis, "سخنگوی دولت کامران نیکو").mention == "name"
    assert person(analysis, "وزیر خارجه آمریکا", "title").country == "USA"


def test_link_leader_of_an_organisation_is_a_title(article):
    text = ("رهبر حزب کارگران: دولت باید استعفا کند\n"
            "جمال فرهادی رهبر حزب کارگران کشور روز شنبه گفت: مردم خسته‌اند.\n"
            "رهبر حزب کارگران افزود: ما در انتخابات شرکت می‌کنیم.")
    analysis = resolve_stage(article(text, [("جمال فرهادی", "PER")]))
    titles = [e for e in analysis.entities if e.mention == "title"]
    assert [e.text for e in titles] == ["رهبر حزب کارگران", "رهبر حزب کارگران"]
    assert {e.id for e in titles} == {person(analysis, "جمال فرهادی").id}


def test_link_leader_of_a_named_group_is_a_title(article):
    text = "سعید ناصری گفت: مذاکره ادامه دارد.\nرهبر انصارالله نیز گفت: حملات متوقف نمی‌شود."
    analysis = resolve_stage(article(text, [("سعید ناصری", "PER")]))
    title = person(analysis, "رهبر انصارالله", "title")
    assert (title.country, title.sector) == ("YEM", "REB") and title.id != person(analysis, "سعید ناصری").id


def test_link_leader_alone_is_no_title(article):
    text = "نقش رهبر در گروه مهم است.\nرهبر باید پاسخگو باشد و علی احمدی این را گفت."
    analysis = resolve_stage(article(text, [("علی احمدی", "PER")]))
    assert not [e for e in analysis.entities if e.mention == "title"]


def test_link_headline_title_joins_the_name_holding_it(article):
    text = "سخنگوی وزارت بهداشت: واکسن رایگان است\nمریم رحیمی سخنگوی وزارت بهداشت امروز گفت: واکسن به همه می‌رسد."
    analysis = resolve_stage(article(text, [("مریم رحیمی", "PER")]))
    assert person(analysis, "سخنگوی وزارت بهداشت", "title").id == person(analysis, "مریم رحیمی").id


def test_link_headline_title_of_another_country_stays_apart(article):
    text = "وزیر خارجه: سفیر احضار شد\nسرگئی لاوروف وزیر خارجه روسیه امروز گفت: گفت‌وگو ادامه دارد."
    analysis = resolve_stage(article(text, [("سرگئی لاوروف", "PER"), ("روسیه", "LOC")]))
    assert person(analysis, "وزیر خارجه", "title").id != person(analysis, "سرگئی لاوروف").id


def test_link_pronoun_inside_a_quotation_is_left_alone(article):
    text = "علی احمدی گفت: «هر کس راست بگوید، مردم به وی اعتماد می‌کنند.»\nوی افزود: این اصل همیشگی است."
    analysis = resolve_stage(article(text, [("علی احمدی", "PER")]))
    pronouns = [e for e in analysis.entities if e.mention == "pronoun"]
    assert [e.start for e in pronouns] == [text.rindex("وی")]
    assert pronouns[0].id == person(analysis, "علی احمدی").id


def test_link_name_cut_in_two_by_ner_is_one_person(article):
    text = "سید هاشم رسولی محلاتی در جمع مردم گفت: مسکن مهم است.\nرسولی محلاتی افزود: کار ادامه دارد."
    mentions = [("سید هاشم رسولی", "PER"), ("رسولی محلاتی", "PER"), ("محلاتی", "PER")]
    analysis = resolve_stage(article(text, mentions))
    names = [e for e in analysis.entities if e.type == "PER" and e.mention == "name"]
    assert [e.text for e in names] == ["سید هاشم رسولی محلاتی", "رسولی محلاتی"] and len({e.id for e in names}) == 1


def test_link_surname_read_as_a_country_is_the_person(article):
    text = "اولاند و کامرون دیدار کردند.\nدیوید کامرون نخست‌وزیر انگلیس گفت: همکاری ادامه دارد."
    analysis = resolve_stage(article(text, [("دیوید کامرون", "PER"), ("کامرون", "LOC"), ("اولاند", "PER")]))
    surname = next(e for e in analysis.entities if e.text == "کامرون")
    assert surname.type == "PER" and surname.id == person(analysis, "دیوید کامرون").id


def test_link_country_without_such_a_person_stays_a_country(article):
    text = "سفیر کامرون با دیوید بکام دیدار کرد."
    analysis = resolve_stage(article(text, [("کامرون", "LOC"), ("دیوید بکام", "PER")]))
    assert next(e for e in analysis.entities if e.text == "کامرون").id == "country:CMR"


def test_link_expert_title_opening_a_sentence_is_the_speaker(article):
    text = ("رضا کریمی در نشست دانشجویان گفت: کتاب خواندن مهم است.\n"
            "کارشناس امور فرهنگی دانشگاه افزود: کتابخانه‌ها باید بیشتر شوند.\nوی ادامه داد: این کار آسان است.")
    analysis = resolve_stage(article(text, [("رضا کریمی", "PER")]))
    title = person(analysis, "کارشناس امور فرهنگی دانشگاه", "title")
    pronoun = next(e for e in analysis.entities if e.mention == "pronoun")
    assert title.id == pronoun.id == person(analysis, "رضا کریمی").id


def test_link_consul_general_is_a_title(article):
    text = "حسن نوری در هرات گفت: کمک‌ها رسید.\nسرکنسول ایران در هرات افزود: کار ادامه دارد."
    analysis = resolve_stage(article(text, [("حسن نوری", "PER"), ("هرات", "LOC"), ("ایران", "LOC")]))
    assert person(analysis, "سرکنسول ایران", "title").id == person(analysis, "حسن نوری").id


def test_link_bare_name_after_a_title_speaker_is_that_official(article):
    text = ("مدیر کل آموزش و پرورش استان امروز از مدارس بازدید کرد و گفت: کلاس‌ها آماده است.\n"
            "محمود صادقی با بیان اینکه معلمان کافی داریم، تصریح کرد: کار خوب پیش می‌رود.")
    analysis = resolve_stage(article(text, [("محمود صادقی", "PER")]))
    assert person(analysis, "مدیر کل آموزش", "title").id == person(analysis, "محمود صادقی").id


def test_link_bare_name_with_also_after_a_title_speaker_is_someone_else(article):
    text = ("مدیر کل آموزش و پرورش استان امروز از مدارس بازدید کرد و گفت: کلاس‌ها آماده است.\n"
            "محمود صادقی نیز گفت: معلمان کافی داریم.")
    analysis = resolve_stage(article(text, [("محمود صادقی", "PER")]))
    assert person(analysis, "مدیر کل آموزش", "title").id != person(analysis, "محمود صادقی").id


def test_link_surname_with_and_without_the_arabic_article_is_one_person(article):
    text = "خالد الجبوری در بغداد گفت: گفت‌وگو ادامه دارد.\nجبوری افزود: همه گروه‌ها دعوت شده‌اند."
    analysis = resolve_stage(article(text, [("خالد الجبوری", "PER"), ("جبوری", "PER"), ("بغداد", "LOC")]))
    assert person(analysis, "خالد الجبوری").id == person(analysis, "جبوری").id


def test_link_martyr_is_never_the_current_speaker(article):
    text = ("در مراسم بزرگداشت شهید حسن باقری اظهار شد: راه او ادامه دارد.\n"
            "وی افزود: جوانان باید این راه را بشناسند.")
    analysis = resolve_stage(article(text, [("حسن باقری", "PER")]))
    assert not [e for e in analysis.entities if e.mention == "pronoun"]


def test_link_headline_title_joins_a_longer_title_with_modifiers(article):
    text = ("سرمربی نساجی: برای برد می‌آییم\nمهدی رحمتی سرمربی جدید تیم فوتبال نساجی در نشست خبری گفت: آماده‌ایم.\n"
            "سرمربی نساجی افزود: بازیکنان انگیزه دارند.")
    analysis = resolve_stage(article(text, [("مهدی رحمتی", "PER"), ("نساجی", "ORG"), ("نساجی", "ORG"),
                                            ("نساجی", "ORG")]))
    titles = [e for e in analysis.entities if e.mention == "title"]
    assert len(titles) == 2 and {e.id for e in titles} == {person(analysis, "مهدی رحمتی").id}


@pytest.mark.parametrize("honorific", ["ماموستا", "مولوی", "علامه", "حجت‌الاسلام و المسلمین"])
def test_link_religious_honorific_with_a_shorter_name_is_one_person(article, honorific):
    text = (f"{honorific} سیدعلی رحیمی در خطبه‌های نماز جمعه گفت: وحدت مهم است.\n"
            f"{honorific} رحیمی افزود: مردم همیشه در صحنه بوده‌اند.")
    names = [(f"{honorific} سیدعلی رحیمی", "PER"), (f"{honorific} رحیمی", "PER")]
    analysis = resolve_stage(article(text, names))
    assert person(analysis, names[0][0]).id == person(analysis, names[1][0]).id
    assert person(analysis, names[0][0]).sector == "REL"


def test_link_acting_head_opening_a_sentence_is_the_speaker(article):
    text = ("حسن نادری در دیدار با سفیر هلند گفت: همکاری ادامه دارد.\n"
            "سرپرست وزارت نیرو افزود: سدها پر شده‌اند.")
    analysis = resolve_stage(article(text, [("حسن نادری", "PER"), ("هلند", "LOC")]))
    assert person(analysis, "سرپرست وزارت نیرو", "title").id == person(analysis, "حسن نادری").id


def test_link_seminary_teacher_opening_a_sentence_is_the_speaker(article):
    text = ("آیت‌الله حسین نوری در درس خارج فقه گفت: اخلاق پایه است.\n"
            "استاد حوزه علمیه قم تصریح کرد: جوانان باید بیاموزند.")
    analysis = resolve_stage(article(text, [("آیت‌الله حسین نوری", "PER"), ("قم", "LOC")]))
    assert person(analysis, "استاد حوزه علمیه قم", "title").id == person(analysis, "آیت‌الله حسین نوری").id


def test_link_person_span_inside_a_longer_title_is_the_title(article):
    text = ("حسن مرادی در جمع خیرین گفت: مسکن محرومان مهم است.\n"
            "نماینده مقام معظم رهبری در بنیاد مسکن افزود: کار ادامه دارد.")
    analysis = resolve_stage(article(text, [("حسن مرادی", "PER"), ("مقام معظم رهبری", "PER")]))
    title = person(analysis, "نماینده مقام معظم رهبری", "title")
    assert title.id == person(analysis, "حسن مرادی").id
    assert not [e for e in analysis.entities if e.text == "مقام معظم رهبری"]


def test_link_known_surname_does_not_override_another_first_name(article):
    text = ("حسین گروسی نماینده مردم همدان در مجلس شورای اسلامی امروز گفت: دانشجویان بیدار هستند.\n"
            "گروسی در پایان افزود: این راه ادامه دارد.")
    analysis = resolve_stage(article(text, [("حسین گروسی", "PER"), ("گروسی", "PER"), ("همدان", "LOC")]))
    full, surname = person(analysis, "حسین گروسی"), person(analysis, "گروسی")
    assert full.id == surname.id and (full.country, surname.country) == ("IRN", "IRN")


def test_link_known_surname_alone_is_still_the_known_person(article):
    text = "گروسی در وین گفت: بازرسی‌ها ادامه دارد."
    analysis = resolve_stage(article(text, [("گروسی", "PER"), ("وین", "LOC")]))
    assert person(analysis, "گروسی").country == "UNO"


@pytest.mark.parametrize("role", ["هافبک", "دروازه‌بان", "کاپیتان", "مهاجم"])
def test_link_sports_role_opening_a_sentence_is_the_speaker(article, role):
    text = (f"رضا نوروزی در گفت‌وگو با خبرنگار ورزشی گفت: تیم آماده است.\n"
            f"{role} سابق تیم ملی افزود: تماشاگران باید بیایند.")
    analysis = resolve_stage(article(text, [("رضا نوروزی", "PER")]))
    assert person(analysis, f"{role} سابق تیم ملی", "title").id == person(analysis, "رضا نوروزی").id


def test_link_cut_honorific_before_a_known_surname_keeps_the_known_person(article):
    text = "آیت‌الله العظمی خامنه‌ای در دیدار مردم گفت: وحدت لازم است. خامنه‌ای افزود: جوانان امید کشورند."
    analysis = resolve_stage(article(text, [("العظمی خامنه‌ای", "PER"), ("خامنه‌ای", "PER")]))
    assert person(analysis, "العظمی خامنه‌ای").country == "IRN" == person(analysis, "خامنه‌ای").country


def test_link_place_listed_among_iranian_towns_is_the_iranian_one(article):
    text = "نماینده مردم شهرستان‌های شهریار، قدس و ملارد در مجلس گفت: راه‌ها باید تعمیر شوند."
    analysis = resolve_stage(article(text, [("شهریار", "LOC"), ("قدس", "LOC"), ("ملارد", "LOC")]))
    qods = next(e for e in analysis.entities if e.text == "قدس")
    assert (qods.country, qods.geonames_id) == ("IRN", 120292)


def test_link_place_alone_keeps_its_best_reading(article):
    text = "مردم در روز قدس برای آزادی قدس راهپیمایی کردند."
    analysis = resolve_stage(article(text, [("قدس", "LOC")]))
    assert {e.geonames_id for e in analysis.entities if e.text == "قدس"} == {281184}


def test_link_reporters_credit_before_a_name_is_not_the_persons_title(article):
    text = "به گزارش خبرنگار گروه سیاست خارجی خبرگزاری فارس، مارکو دیاس وزیر خارجه برزیل گفت که سفر ادامه دارد."
    person = resolve_stage(article(text, [("مارکو دیاس", "PER")])).entities[0]
    assert person.country == "BRA" and person.sector != "MED"



def test_link_nationality_names_its_state_and_a_political_group_is_a_body(article):
    text = "دانشجویان ایرانی و اصلاح‌طلبان با خبرنگاران آمریکایی و چند زائر یزدی دیدار کردند."
    mentions = [("ایرانی", "NAT"), ("اصلاح‌طلبان", "POG"), ("آمریکایی", "NAT"), ("یزدی", "NAT")]
    found = {e.text: (e.country, e.sector) for e in resolve_stage(article(text, mentions)).entities}
    assert found["ایرانی"][0] == "IRN" and found["آمریکایی"][0] == "USA"
    assert found["اصلاح‌طلبان"] == ("IRN", "PTY")
    assert found["یزدی"] == (None, None)  # a town's people name no state


def test_link_pronoun_after_a_lead_in_skips_a_person_named_in_quoted_words(article):
    text = (
        "جرج بوش: سوریه باید حامیان صدام را اخراج کند\n"
        "به گزارش خبرگزاری فرانسه، وی در دیدار با مجروحان گفت: امیدواریم."
    )
    analysis = resolve_stage(article(text, [("جرج بوش", "PER"), ("صدام", "PER")]))
    assert person(analysis, "وی", "pronoun").id == person(analysis, "جرج بوش").id


def test_link_person_named_after_an_unlinked_pronoun_is_not_the_next_speaker(article):
    # «وی» opens the second sentence unlinked (two people before it, no speech); Khomeini, named after it, is not
    # the subject its sentence reports, so the next «وی» is not him.
    text = ("احمد اسماعیلی به همراه اسماعیل ایوبی از دفتر خبرگزاری فارس بازدید کرد.\n"
            "وی تاسیس بنیاد شهید را به فرمان امام خمینی (ره) عنوان کرد و گفت: انقلاب برای شهادت ارزش قائل است.\n"
            "وی با تصریح بر اینکه همه ما مسئول هستیم، بر ترویج فرهنگ ایثار تاکید کرد.")
    analysis = resolve_stage(article(text, [("احمد اسماعیلی", "PER"), ("اسماعیل ایوبی", "PER"), ("امام خمینی", "PER")]))
    khomeini = person(analysis, "امام خمینی")
    assert not [e for e in analysis.entities if e.mention == "pronoun" and e.id == khomeini.id]


def test_link_title_closed_by_a_copula_is_no_role(article):
    text = "وی گفت: همه ما در مقابل شهدا و امام راحل مسئول هستیم."
    analysis = resolve_stage(article(text, [("امام راحل", "PER")]))
    assert not any("مسئول" in role for role in person(analysis, "امام راحل").roles)
