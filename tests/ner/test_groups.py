"""Nationalities (NAT) and political groups (POG), harvested from ParsTwiNER's own tags, and the names ParsTwiNER and
PEYMA nearly always tag: added where the taggers found nothing."""

from __future__ import annotations

from khabar.ner.corpora import Sentence
from khabar.ner.features import longest_from, token_key
from khabar.ner.groups import (
    add_groups,
    harvest_events,
    harvest_groups,
    harvest_names,
    harvest_table,
    load_groups,
    read_group_corpus,
    save_groups,
)
from khabar.ner.model import PACKAGE_DATA, default_tagger


def sentence(words: str, tags: str) -> Sentence:
    return Sentence(words.split(), tags.split(), "parstwiner")


def test_groups_reader_keeps_nationalities_and_political_groups(tmp_path):
    path = tmp_path / "tweets.txt"
    path.write_text("دانشجویان\tO\nفرانسوی\tB-NAT\n\nمجاهدین\tB-POG\nخلق\tI-POG\n", encoding="utf-8")
    assert [s.tags for s in read_group_corpus(path)] == [["O", "B-NAT"], ["B-POG", "I-POG"]]


def test_groups_harvest_keeps_phrases_tagged_in_most_of_their_uses():
    sentences = [
        sentence("هواداران ایتالیایی آمدند", "O B-NAT O"),
        sentence("یک رستوران ایتالیایی", "O O O"),
        sentence("حزب بعث منحل شد", "B-POG I-POG O O"),
        sentence("ملی گفت", "B-NAT O"),
        sentence("تیم ملی باخت", "O O O"),
        sentence("بازی ملی بود", "O O O"),
    ]
    groups = harvest_groups(sentences)
    assert groups[(token_key("ایتالیایی"),)] == "NAT"  # tagged in one of its two uses: half, kept
    assert groups[(token_key("حزب"), token_key("بعث"))] == "POG"
    assert (token_key("ملی"),) not in groups  # tagged in one of three: dropped


def test_groups_are_added_where_the_taggers_found_nothing_or_the_whole_group_as_org():
    groups = {("مجاهدین", "خلق"): "POG", ("عراقی",): "NAT", ("طالبان",): "POG", ("ایرانی",): "NAT"}
    tokens = "طالبان و مجاهدین خلق و شیعیان عراقی و طالبان پاکستان و خبرگزاری ایرانی".split()
    tags = ["B-ORG"] + ["O"] * 7 + ["B-ORG", "I-ORG", "O", "B-ORG", "I-ORG"]
    tagged = add_groups([token_key(token) for token in tokens], tags, groups, longest_from(groups))
    assert tagged[:8] == ["B-POG", "O", "B-POG", "I-POG", "O", "O", "B-NAT", "O"]
    assert tagged[8:] == ["B-ORG", "I-ORG", "O", "B-ORG", "I-ORG"]  # part of a longer name, or not a group


def test_groups_table_round_trips_and_rebuilds_byte_identical(tmp_path):
    groups = {("عراقی",): "NAT", ("حزب", "بعث"): "POG"}
    save_groups(groups, tmp_path)
    first = (tmp_path / "groups.tsv.gz").read_bytes()
    save_groups(dict(reversed(list(groups.items()))), tmp_path)
    assert (tmp_path / "groups.tsv.gz").read_bytes() == first
    assert load_groups(tmp_path) == groups


def test_groups_shipped_tagger_marks_a_nationality_and_keeps_the_place():
    assert load_groups(PACKAGE_DATA)  # the shipped model carries its table
    tags = default_tagger(False).tag("خبرنگاران ایرانی در تهران حضور یافتند .".split())
    assert tags[1] == "B-NAT" and tags[3] == "B-LOC"


def test_groups_names_need_most_of_two_or_more_uses():
    sentences = [
        sentence("شکسپیر نوشت", "B-PER O"),
        sentence("از شکسپیر خواندم", "O B-PER O"),
        sentence("آرسنال برد", "B-ORG O"),  # tagged once: too few uses
        sentence("امید آمد", "B-PER O"),
        sentence("امید دارم", "O O"),
        sentence("امید هست", "B-PER O"),  # two of three uses: under 70%
    ]
    names = harvest_names(sentences)
    assert names == {(token_key("شکسپیر"),): "PER"}


def test_groups_table_keeps_a_group_over_a_name():
    tweets = [sentence("حزب‌الله گفت", "B-POG O")]
    news = [sentence("حزب‌الله گفت", "B-ORG O"), sentence("حزب‌الله آمد", "B-ORG O")]
    assert harvest_table(tweets, news) == {(token_key("حزب‌الله"),): "POG"}


def test_groups_shipped_tagger_marks_a_name_the_corpora_repeat():
    tags = default_tagger(False).tag("نمایشنامه‌ای از شکسپیر در تهران اجرا شد .".split())
    assert tags[2] == "B-PER" and tags[4] == "B-LOC"


def test_groups_events_of_the_tweets_unless_arman_mostly_leaves_them_untagged():
    tweets = [
        sentence("بحث برجام داغ شد", "O B-EVE O O"),
        sentence("برجام مرده است", "B-EVE O O"),
        sentence("سالگرد انقلاب اسلامی است", "O B-EVE I-EVE O"),
        sentence("انقلاب اسلامی پیروز شد", "B-EVE I-EVE O O"),
    ]
    arman = [
        Sentence("رهبر انقلاب اسلامی گفت".split(), "O O O O".split(), "arman"),
        Sentence("دستاورد انقلاب اسلامی بود".split(), "O O O O".split(), "arman"),
        Sentence("جام جهانی آغاز شد".split(), "B-EVENT I-EVENT O O".split(), "arman"),
    ]
    keys = lambda words: tuple(token_key(word) for word in words.split())  # noqa: E731
    assert harvest_events(tweets, []) == sorted([keys("برجام"), keys("انقلاب اسلامی")])
    assert harvest_events(tweets, arman) == [keys("برجام")]  # Arman names the revolution twice, never an event
    assert harvest_table(tweets, [], arman) == {keys("برجام"): "EVENT"}


def test_groups_shipped_tagger_marks_an_event_the_tweets_name():
    tags = default_tagger(False).tag("مذاکرات درباره برجام در وین ادامه یافت .".split())
    assert tags[2] == "B-EVENT" and tags[4] == "B-LOC"
