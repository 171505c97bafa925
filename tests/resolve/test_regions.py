"""Divisions abroad (regions.tsv) place the officials of their countries; a country's name inside a longer place
name of another country is that place."""

import pytest

from khabar.resolve.actors import actor_code, find_country_names
from khabar.resolve.keys import fold_tokens
from khabar.resolve.places import resolve_place


@pytest.mark.parametrize(
    ("mention", "country"),
    [
        ("والی ننگرهار", "AFG"),
        ("فرماندار ولایت هلمند", "AFG"),
        ("معاون وزارت امور خارجه اسکاتلند", "GBR"),
        ("رئیس‌جمهور چچن", "RUS"),
        ("استاندار آذربایجان‌شرقی", "IRN"),
        ("نماینده مردم آذربایجان غربی", "IRN"),
    ],
)
def test_regions_official_of_a_division_is_of_its_country(mention, country):
    assert actor_code(mention).country == country


@pytest.mark.parametrize("mention", ["وزیر خارجه آذربایجان", "جمهوری آذربایجان", "سفیر آذربایجان در تهران"])
def test_regions_country_alone_is_still_the_country(mention):
    assert actor_code(mention).country == "AZE"


def test_regions_governor_is_a_state_title_with_no_country_of_its_own():
    code = actor_code("والی")
    assert (code.country, code.sector) == (None, "GOV")


def test_regions_division_resolves_as_a_place_without_a_geonames_record():
    match = resolve_place("ننگرهار")
    assert match is not None and match.place.country == "AFG" and not match.place.geonames_id


def test_regions_province_name_is_not_the_country_it_opens_with():
    assert [name.code for _, _, name in find_country_names(fold_tokens("استان آذربایجان شرقی"))] == []


@pytest.mark.parametrize(("mention", "country"), [("بندر «عدن»", "YEM"), ("ولایت هلمند", "AFG"), ("شهر غزه", "PSE")])
def test_regions_place_named_with_its_kind_acts_for_its_state(mention, country):
    assert actor_code(mention).country == country


def test_regions_kind_of_place_alone_is_no_actor():
    assert actor_code("شهر") is None
