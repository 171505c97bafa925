import pytest

from khabar.resolve.actors import actor_code
from khabar.resolve.countries import country_code, country_name


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("آمریکا", "USA"),
        ("امریکا", "USA"),
        ("ایالات متحده", "USA"),
        ("ایالات متحده آمریکا", "USA"),
        ("اوکراین", "UKR"),
        ("اکراین", "UKR"),
        ("روسیه فدرال", "RUS"),
        ("رژیم صهیونیستی", "ISR"),
        ("اسرائیل", "ISR"),
        ("انگلیس", "GBR"),
        ("بریتانیا", "GBR"),
        ("بلاروس", "BLR"),
        ("جمهوری بلاروس", "BLR"),
        ("جمهوری اسلامی ایران", "IRN"),
        ("امارات متحده عربی", "ARE"),
        ("کره جنوبی", "KOR"),
        ("ایرانی", "IRN"),
        ("آمریکایی‌ها", "USA"),
        ("ایرانیان", "IRN"),
    ],
)
def test_countries_names_and_variants(name, code):
    assert country_code(name) == code


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("سازمان ملل", "UNO"),
        ("آژانس بین‌المللی انرژی اتمی", "UNO"),
        ("اتحادیه اروپا", "EUR"),
        ("ناتو", "IGO"),
        ("اوپک", "IGO"),
        ("سازمان همکاری شانگهای", "IGO"),
        ("سازمان همکاری اسلامی", "IGO"),
    ],
)
def test_countries_international_bodies(name, code):
    assert country_code(name) == code


@pytest.mark.parametrize(
    ("variant", "code"),
    [
        ("آمريكا", "USA"),  # Arabic yeh and kaf
        ("تركيه", "TUR"),
        ("امارات متحدهٔ عربی", "ARE"),  # hamza above, as CLDR writes it
        ("آمریکایی ها", "USA"),  # space instead of half-space
        ("آژانس بين المللي انرژي اتمي", "UNO"),
    ],
)
def test_countries_letter_variants_do_not_matter(variant, code):
    assert country_code(variant) == code


@pytest.mark.parametrize("word", ["کیف", "تیر", "میز", "وزیر", "", "   ", "سلام دنیا"])
def test_countries_other_words_are_not_countries(word):
    assert country_code(word) is None


def test_countries_non_text_input_is_none():
    assert country_code(None) is None  # type: ignore[arg-type]


def test_countries_canonical_name():
    assert country_name("BLR") == "بلاروس"
    assert country_name("USA") == "آمریکا"


@pytest.mark.parametrize("word", ["ناتوان", "ناتوان‌سازی", "رمان"])
def test_countries_a_state_or_capital_takes_no_plural_an(word):
    # «ناتوان» (unable) is not NATO and «رمان» (a novel) is not Rome, though «ناتو» and «رم» are.
    assert country_code(word) is None and actor_code(word) is None


def test_countries_the_states_and_capitals_themselves_still_resolve():
    assert country_code("ناتو") == "IGO" and actor_code("رم").country == "ITA"


@pytest.mark.parametrize(
    "mention", ["حکومت بنی‌امیه", "آلام", "الوان", "فاجعه منا", "ویروس کورونا", "روزنامه دیلی تلگراف", "دولت کارا"]
)
def test_countries_common_words_a_foreign_or_village_name_shares_place_no_one(mention):
    # «بنی‌امیه» are the Umayyads, not a Swedish town; «آلام» pains and «الوان» colours, not villages; «منا» of the
    # Hajj is not Nigeria, «کورونا» not California's Corona, «دیلی» not Dili, «کارا» (efficient) not Kara in Togo.
    code = actor_code(mention)
    assert code is None or code.country is None
