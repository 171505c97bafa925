import pytest

from khabar.resolve.places import load_gazetteer, place_country_in, resolve_place


@pytest.mark.parametrize(
    ("name", "geonames_id", "country"),
    [
        ("مینسک", 625144, "BLR"),
        ("تهران", 112931, "IRN"),
        ("خرم‌آباد", 127349, "IRN"),
        ("خرم آباد", 127349, "IRN"),
        ("واشنگتن", 4140963, "USA"),
        ("دمشق", 170654, "SYR"),
    ],
)
def test_places_cities_reach_geonames(name, geonames_id, country):
    match = resolve_place(name)
    assert match.place.geonames_id == geonames_id
    assert match.place.country == country
    assert match.place.feature_class == "P"
    assert match.place.latitude is not None and 0 < match.confidence <= 1


def test_places_countries_are_places_too():
    match = resolve_place("جمهوری بلاروس")
    assert (match.place.geonames_id, match.place.feature_class) == (630336, "A")


def test_places_province_prefix_asks_for_a_province():
    match = resolve_place("استان فارس")
    assert (match.place.country, match.place.feature_class) == ("IRN", "A")


def test_places_province_yields_to_its_capital_not_to_a_town_abroad():
    assert resolve_place("کرمان").place.geonames_id == 128234  # the city of Kerman, capital of its province
    gilan = resolve_place("گیلان").place  # no city of that name in Iran; Gjilan (Kosovo) is not meant
    assert (gilan.country, gilan.feature_class) == ("IRN", "A")


def test_places_news_spelling_we_curated_outranks_a_larger_namesake_abroad():
    assert resolve_place("آبادان").place.country == "IRN"  # Abadan, not Ibadan (Nigeria, 3.6 million)
    assert resolve_place("آبادان", countries={"NGA"}).place.country == "NGA"  # unless the article names Nigeria


def test_places_bag_is_not_kyiv():
    assert resolve_place("کیف", before="کتاب‌ها را در ", after=" خود گذاشت") is None


@pytest.mark.parametrize(
    ("word", "before", "after"),
    [("طراز", "صنعتی در ", " جهانی"), ("آبا", "سرزمین ", " و اجدادی")],  # "level", "forefathers"
)
def test_places_words_that_are_also_towns_abroad_need_a_cue(word, before, after):
    assert resolve_place(word, before=before, after=after) is None
    assert place_country_in((word,)) is None


def test_places_taraz_with_a_cue():
    assert resolve_place("طراز", before="شهر ", after="").place.country == "KAZ"


@pytest.mark.parametrize(
    ("before", "after", "countries"),
    [("شهر ", "", set()), ("", "، پایتخت اوکراین", set()), ("سفر به ", "", {"UKR"})],
)
def test_places_kyiv_with_a_cue_or_its_country(before, after, countries):
    match = resolve_place("کیف", before=before, after=after, countries=countries)
    assert match.place.name == "Kyiv"


@pytest.mark.parametrize("month", ["تیر", "مهر", "دوشنبه"])
def test_places_months_and_weekdays_are_refused(month):
    assert resolve_place(month, before="روز ۱۵ ", after=" ماه") is None


def test_places_country_of_the_article_chooses_among_homonyms():
    assert resolve_place("دوشنبه", countries={"TJK"}).place.country == "TJK"


@pytest.mark.parametrize("name", ["ناکجاآباد", "", "شهر"])
def test_places_unknown_names_stay_unresolved(name):
    assert resolve_place(name) is None


def test_places_gazetteer_has_persian_keys():
    assert "مینسک" in load_gazetteer().places


def test_places_stray_geonames_alias_of_another_iranian_city_is_dropped():
    assert resolve_place("ساوه").place.geonames_id == 116667  # Saveh, not Arak (which GeoNames also calls «ساوه»)


def test_places_iran_zamin_is_iran():
    assert resolve_place("ایران‌زمین").place.geonames_id == 130758


@pytest.mark.parametrize(("name", "country"), [("شمال عراق", "IRQ"), ("جنوب لبنان", "LBN"), ("شهرک ناکجاآباد سوریه", "SYR")])
def test_places_name_ending_with_its_country_is_in_that_country(name, country):
    match = resolve_place(name)
    assert (match.place.country, match.place.geonames_id) == (country, None)
    assert match.confidence < 0.95  # placed, but as no particular place


def test_places_town_followed_by_its_country_is_that_town():
    assert resolve_place("شهر حلب سوریه").place.geonames_id == resolve_place("حلب").place.geonames_id


@pytest.mark.parametrize("name", ["دریای عمان", "سفارت آمریکا", "مرز پاکستان"])
def test_places_seas_and_embassies_are_not_inside_the_country_they_name(name):
    assert resolve_place(name) is None


@pytest.mark.parametrize(("tokens", "country"), [(("حوزه", "علمیه", "قم"), "IRN"), (("دو", "نفر"), None)])
def test_places_two_letter_names_count_only_when_a_province(tokens, country):
    assert place_country_in(tokens) == country
