import pytest

from khabar.resolve.train import DATA_DIR, drop_misnamed, latin_key, train_places


def test_train_latin_key_ignores_accents_and_punctuation():
    assert latin_key("Shahr-e Kord") == latin_key("shahr e kord") == "shahrekord"
    assert latin_key("Bojnūrd") == "bojnurd"


@pytest.mark.slow
def test_train_rebuilds_the_shipped_bridge(shared, tmp_path):
    written = train_places(shared / "data", tmp_path)
    for path in written:
        assert path.read_bytes() == (DATA_DIR / path.name).read_bytes()


def test_train_gazetteer_name_outranks_another_iranian_citys_alias():
    def row(key, geonameid, country, source):
        return (key, geonameid, "", country, "P", "", "", "", source)

    rows = {row("ساوه", "1", "IRN", "iran-bridge"), row("ساوه", "1", "IRN", "geonames"),
            row("ساوه", "2", "IRN", "geonames"), row("ساوه", "3", "IRQ", "geonames")}
    assert {kept[1] for kept in drop_misnamed(rows)} == {"1", "3"}
