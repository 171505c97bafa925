import pytest

from khabar.resolve.actors import SECTORS, actor_code


@pytest.mark.parametrize(
    ("mention", "country", "sector"),
    [
        ("وزیر دفاع جمهوری بلاروس", "BLR", "MIL"),
        ("سخنگوی وزارت امور خارجه", "IRN", "GOV"),
        ("مجلس", "IRN", "LEG"),
        ("قوه قضاییه", "IRN", "JUD"),
        ("نیروی انتظامی", "IRN", "COP"),
        ("سپاه", "IRN", "MIL"),
        ("ارتش", "IRN", "MIL"),
        ("رهبر انقلاب", "IRN", "GOV"),
        ("حزب اعتماد ملی", "IRN", "PTY"),
        ("نخست‌وزیر استرالیا", "AUS", "GOV"),
        ("پلیس ترکیه", "TUR", "COP"),
        ("رهبر حوثی‌های یمن", "YEM", "REB"),
        ("خبرنگار روزنامه", "IRN", "MED"),
        ("دانشجویان دانشگاه تهران", "IRN", "EDU"),
        ("امام جمعه", "IRN", "REL"),
        ("وزیر اطلاعات", "IRN", "SPY"),
        ("مدیرعامل شرکت ملی نفت", "IRN", "BUS"),
    ],
)
def test_actors_titles_and_organisations(mention, country, sector):
    code = actor_code(mention, default_country="IRN")
    assert (code.country, code.sector) == (country, sector)


@pytest.mark.parametrize(
    ("mention", "country"),
    [("آمریکا", "USA"), ("واشنگتن", "USA"), ("سازمان ملل", "UNO"), ("اتحادیه اروپا", "EUR"), ("ناتو", "IGO")],
)
def test_actors_states_and_bodies_act_as_government(mention, country):
    code = actor_code(mention, default_country="IRN")
    assert (code.country, code.sector) == (country, "GOV")


def test_actors_owner_country_is_not_the_place():
    assert actor_code("سفیر ایران در آمریکا").country == "IRN"


def test_actors_known_person_alone():
    code = actor_code("ظریف")
    assert (code.country, code.sector) == ("IRN", "GOV")
    assert code.canonical == "محمدجواد ظریف"


def test_actors_rank_before_a_name():
    code = actor_code("امیر سرتیپ آشتیانی", default_country="IRN")
    assert code.sector == "MIL" and "امیر سرتیپ" in code.roles


def test_actors_without_default_country_keep_country_unknown():
    code = actor_code("سخنگوی وزارت امور خارجه")
    assert code.country is None and code.sector == "GOV"


@pytest.mark.parametrize("mention", ["علی", "گزارش", "", "کیف", "بندر", "آوریل", "بشار", "گاو", "سمی"])
def test_actors_unknown_mentions_are_not_guessed(mention):
    assert actor_code(mention, default_country="IRN") is None


def test_actors_confidence_is_lower_for_the_default_country():
    explicit = actor_code("وزیر دفاع جمهوری بلاروس", default_country="IRN")
    implicit = actor_code("وزیر دفاع", default_country="IRN")
    assert 0 < implicit.confidence < explicit.confidence <= 1
    assert explicit.sector in SECTORS


@pytest.mark.parametrize(
    ("mention", "country", "sector"),
    [("کنست", "ISR", "LEG"), ("حماس", "PSE", "REB"), ("طالبان", "AFG", "REB"), ("آسوشیتدپرس", "USA", "MED")],
)
def test_actors_named_organisations_keep_their_country(mention, country, sector):
    code = actor_code(mention, default_country="IRN")
    assert (code.country, code.sector) == (country, sector)


def test_actors_group_without_a_home_country_stays_null():
    code = actor_code("داعش", default_country="IRN")
    assert code.country is None and code.sector == "REB"


def test_actors_place_in_a_title_gives_the_country():
    assert actor_code("سناتور ایالت فلوریدا", default_country="IRN").country == "USA"


def test_actors_person_name_is_not_a_country_inside_it():
    assert actor_code("دیوید کامرون").country == "GBR"  # «کامرون» alone is Cameroon


def test_actors_surname_with_another_first_name_is_not_that_person():
    assert actor_code("رند پاول") is None


def test_actors_first_name_spelling_variant_still_matches():
    assert actor_code("ولادمیر پوتین").country == "RUS"


def test_actors_a_demonym_in_an_ethnic_compound_names_no_country():
    assert actor_code("روستای ازبک‌نشین") is None  # an Uzbek-inhabited village, not Uzbekistan
    assert actor_code("مردم ازبک").country == "UZB"


def test_actors_turkmen_people_are_not_turkmenistan():
    # Turkmens live in Iran, Iraq and Syria too: only «ترکمنستانی» names the state's people
    assert actor_code("ترکمن‌های عراق").country == "IRQ"
    assert actor_code("ترکمن‌ها") is None
    assert actor_code("نیروهای ترکمنستانی").country == "TKM"


def test_actors_a_national_security_council_is_not_the_un_security_council():
    assert actor_code("شورای امنیت").country == "UNO"
    assert actor_code("شورای امنیت ملی عراق").country == "IRQ"
    assert actor_code("شورای امنیت ملی", default_country="IRN").country == "IRN"


def test_actors_common_surname_is_not_a_foreign_towns_country():
    assert actor_code("احمدی") is None  # also an alias of Al Ahmadi (Kuwait) in GeoNames
    assert actor_code("الاحمدی").country == "KWT"


@pytest.mark.parametrize(
    ("mention", "country"),
    [("دولت تونی بلر", "GBR"), ("دولت جرج بوش", "USA"), ("سفر محمد البرادعی", "UNO"), ("دولت بوش", "USA")],
)
def test_actors_known_person_inside_a_body_or_act_places_it(mention, country):
    assert actor_code(mention).country == country


def test_actors_act_of_no_known_person_is_no_actor():
    assert actor_code("سفر یک گردشگر") is None


@pytest.mark.parametrize(
    ("mention", "country"),
    [("مایک پامپئو", "USA"), ("احمد چلبی", "IRQ"), ("گلبدین حکمتیار", "AFG"), ("امیل لحود", "LBN"),
     ("بنی گانتس", "ISR")],
)
def test_actors_foreign_figures_of_the_news_are_known(mention, country):
    assert actor_code(mention).country == country


def test_actors_first_name_alone_is_no_known_figure():
    assert actor_code("باراک") is None


def test_actors_security_council_of_a_state_is_that_states():
    assert actor_code("رئیس شورای امنیت روسیه").country == "RUS"
    assert actor_code("اعضای شورای امنیت").country == "UNO"
    assert actor_code("قطعنامه شورای امنیت سازمان ملل").country == "UNO"


@pytest.mark.parametrize(
    ("mention", "sector"),
    [("کاردار سفارت سوئیس", "GOV"), ("ملکه انگلیس", "GOV"), ("خاخام یهودی", "REL"), ("برخی احزاب", "PTY"),
     ("سفرا", "GOV"), ("علما", "REL")],
)
def test_actors_titles_and_groups_of_foreign_news_have_sectors(mention, sector):
    assert actor_code(mention).sector == sector


def test_actors_state_inside_a_listed_organisation_name_is_part_of_it():
    assert actor_code("حزب کارگران کردستان عراق").country == "TUR"
    assert actor_code("حزب دموکرات کردستان عراق").country == "IRQ"
    assert actor_code("حزب کارگران کردستان در عراق").country == "IRQ"  # a locative is outside the name


def test_actors_kurdish_democratic_party_is_not_the_us_democrats():
    assert actor_code("حزب دموکرات کردستان", default_country="IRN").country is None  # Iran's KDPI or Iraq's KDP
    assert actor_code("حزب دموکرات کردستان ایران").country == "IRN"
    assert actor_code("حزب دموکرات کردستان عراق").country == "IRQ"


def test_actors_a_port_named_after_its_kind_is_placed():
    assert actor_code("بندر عدن").country == "YEM"


@pytest.mark.parametrize("mention", ["کنگره بین‌المللی پژوهش‌های نوین", "کنگره ۶۵۰۰ شهید استان کرمان", "کنگره ملی"])
def test_actors_a_congress_that_is_a_conference_is_not_the_us_congress(mention):
    code = actor_code(mention)
    assert code is None or code.country != "USA"


def test_actors_the_congress_alone_is_still_americas():
    assert actor_code("اعضای کنگره").country == "USA"
