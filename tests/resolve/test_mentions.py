from khabar.resolve.keys import fold_tokens
from khabar.resolve.mentions import find_titles, split_words, titles_compatible


def titles_in(text):
    return [(title.start, title.end) for title in find_titles(split_words(text), text)]


def test_mentions_kind_of_organisation_does_not_change_a_title():
    assert titles_compatible(fold_tokens("رهبر جنبش انصارالله"), fold_tokens("رهبر انصارالله"))
    assert titles_compatible(fold_tokens("دبیرکل حزب الله"), fold_tokens("دبیرکل حزب الله لبنان"))


def test_mentions_two_kinds_of_organisation_stay_two_titles():
    assert not titles_compatible(fold_tokens("دبیرکل حزب"), fold_tokens("دبیرکل سازمان"))
    assert not titles_compatible(fold_tokens("رهبر انصارالله"), fold_tokens("رهبر حماس"))


def test_mentions_leader_needs_an_organisation_or_a_country():
    assert titles_in("رهبر کوبا گفت") == [(0, 2)]
    assert titles_in("رهبر گروه گفت") == [(0, 2)]
    assert titles_in("رهبر خوب گفت") == []


def test_mentions_modifiers_inside_a_title_do_not_change_it():
    assert titles_compatible(fold_tokens("سرمربی جدید تیم فوتبال استقلال"), fold_tokens("سرمربی استقلال"))
    assert titles_compatible(fold_tokens("مدیر کنونی باشگاه سپاهان"), fold_tokens("مدیر سپاهان"))


def test_mentions_former_or_other_team_stays_another_title():
    assert not titles_compatible(fold_tokens("سرمربی سابق استقلال"), fold_tokens("سرمربی استقلال"))
    assert not titles_compatible(fold_tokens("سرمربی تیم فوتبال"), fold_tokens("سرمربی تیم فوتسال"))
    assert not titles_compatible(fold_tokens("سرمربی جدید پرسپولیس"), fold_tokens("سرمربی استقلال"))
