from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from khabar.errors import InputError, ModelError
from khabar.text import halfspace
from khabar.text.halfspace import default_model, load
from khabar.text.normalize import NormalizeOptions, apply_edits, normalize_text

ZWNJ = "\u200c"
RULES_ONLY = NormalizeOptions(halfspaces=False)


def repair(text: str) -> str:
    return apply_edits(text, default_model().edits(text))


@pytest.mark.parametrize(
    ("damaged", "expected"),
    [
        ("همکاری منطقهای دو کشور گسترش یافت", "منطقه‌ای"),
        ("همکاریهای اقتصادی دو کشور بیشتر شد", "همکاری‌های"),
        ("این طرح بهویژه در شهرهای کوچک اجرا شد", "به‌ویژه"),
        ("دو وزیر پس از گفتوگو بیانیه دادند", "گفت‌وگو"),
        ("این آمار نشاندهنده رشد صادرات است", "نشان‌دهنده"),
        ("دولت از این طرح حمایت میکند", "می‌کند"),
    ],
)
def test_halfspace_repairs_deleted(damaged, expected):
    assert expected in repair(damaged).split(" ")


@pytest.mark.parametrize(
    ("damaged", "expected"),
    [
        ("قیمت نان فردا گران می شود", "می‌شود"),
        ("در سال های اخیر باران کم بارید", "سال‌های"),
        ("مهمانان از میهمان نوازی مردم یزد تشکر کردند", "میهمان‌نوازی"),
    ],
)
def test_halfspace_repairs_spaced(damaged, expected):
    assert expected in repair(damaged).split(" ")


@pytest.mark.parametrize(
    "text",
    [
        "وزیر دفاع در مینسک با همتای خود دیدار کرد",
        "امیر آشتیانی گفت همکاری دفاعی ادامه دارد",
        "وزرای دفاع جمهوری اسلامی ایران و بلاروس دیدار کردند",
        "هیئت دولت امروز در تهران تشکیل جلسه داد",
    ],
)
def test_halfspace_leaves_names_and_ordinary_words(text):
    assert repair(text) == text


def test_halfspace_edits_are_insertions_or_spaces():
    text = "در سال های اخیر همکاریهای دو کشور بیشتر شد"
    edits = default_model().edits(text)
    assert edits == sorted(edits)
    for edit in edits:
        assert edit.replacement == ZWNJ
        assert (edit.end == edit.start) or (edit.end == edit.start + 1 and text[edit.start] == " ")
    assert all(a.end <= b.start for a, b in zip(edits, edits[1:]))


def test_halfspace_keeps_existing_zwnj_and_non_persian():
    text = "او می‌گوید 12 کتاب از www.example.com/کتابها و ISBN خریده است"
    repaired = repair(text)
    assert "می‌گوید" in repaired
    assert "www.example.com/کتابها" in repaired
    assert repaired.replace(ZWNJ, "") == text.replace(ZWNJ, "")


def test_halfspace_never_inserts_spaces_or_changes_letters():
    text = "کتابهای   جدید را می خواهم، ولی نمیدانم"
    repaired = repair(text)
    assert repaired != text
    assert repaired.replace(ZWNJ, "").replace(" ", "") == text.replace(" ", "")
    assert repaired.count(" ") <= text.count(" ")


# Broken half-spaces of the seed article, as corrected by hand (34 in 33 words).
SEED_REPAIRS = [
    "تفاهم‌نامه", "گفت‌وگو", "منطقه‌ای", "بین‌المللی", "ویژه‌ای", "به‌ویژه", "نشان‌دهنده", "همکاری‌های",
    "فعال‌سازی", "ظرفیت‌های", "سال‌های", "جنگ‌های", "تک‌قطبی", "سلسله‌مراتبی", "توانمندی‌ها", "هم‌افزایی‌های",
    "مسالمت‌آمیز", "می‌کند", "میهمان‌نوازی", "پیشرفت‌های", "وزارتخانه‌های", "می‌توانند", "به‌صورت",
]
SEED_COUNTS = {"تفاهم‌نامه": 2, "منطقه‌ای": 2, "بین‌المللی": 2, "نشان‌دهنده": 2, "همکاری‌های": 4, "ظرفیت‌های": 3,
               "به‌ویژه": 2}
SEED_NAMES = ["ویکتور", "خرنین", "گنادوویچ", "آشتیانی", "لوکاشنکو", "مینسک", "بلاروس", "شانگهای"]
ISSUE_WORDS = ["منطقه‌ای", "همکاری‌های", "به‌ویژه", "گفت‌وگو", "نشان‌دهنده", "می‌کند", "سال‌های", "میهمان‌نوازی"]


@pytest.fixture(scope="module")
def seed_repaired(seed_text: str) -> str:
    return normalize_text(seed_text)


def test_halfspace_seed_restores_issue_words(seed_repaired):
    words = seed_repaired.split()
    for word in ISSUE_WORDS:
        assert any(w.strip("،.:") == word for w in words), word


def test_halfspace_seed_restores_most_broken_halfspaces(seed_repaired):
    words = [w.strip("،.:؛") for w in seed_repaired.split()]
    restored = sum(min(words.count(w), SEED_COUNTS.get(w, 1)) * w.count(ZWNJ) for w in SEED_REPAIRS)
    total = sum(SEED_COUNTS.get(w, 1) * w.count(ZWNJ) for w in SEED_REPAIRS)
    assert total == 34
    assert restored >= 31


def test_halfspace_seed_leaves_names_whole(seed_text, seed_repaired):
    for name in SEED_NAMES:
        assert seed_text.count(name) == seed_repaired.count(name) > 0, name
    assert "می‌نسک" not in seed_repaired


def read_gold(shared: Path, limit: int) -> list[str]:
    path = shared / "data" / "ud_perdt" / "fa_perdt-ud-dev.conllu"
    with open(path, encoding="utf-8") as stream:
        lines = [line[9:].rstrip("\n") for line in stream if line.startswith("# text = ")]
    return [normalize_text(line, RULES_ONLY) for line in lines[:limit]]


@pytest.mark.slow
def test_halfspace_idempotent_on_perdt_dev(shared):
    for gold in read_gold(shared, 300):
        for text in (gold, gold.replace(ZWNJ, ""), gold.replace(ZWNJ, " ")):
            once = repair(text)
            assert repair(once) == once


@pytest.mark.slow
def test_halfspace_leaves_gold_almost_unchanged(shared):
    gold = read_gold(shared, 300)
    words = [w for line in gold for w in line.split(" ")]
    changed = [w for line in gold for w, r in zip(line.split(" "), repair(line).split(" ")) if w != r]
    assert sum(len(line.split(" ")) != len(repair(line).split(" ")) for line in gold) <= 3
    assert len(changed) / len(words) < 0.01


PERSIAN = "ابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهی"


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=PERSIAN + " \u200c۱2a.،", max_size=60))
def test_halfspace_property_idempotent_and_only_adds_zwnj(text):
    edits = default_model().edits(text)
    once = apply_edits(text, edits)
    assert once.replace(ZWNJ, "").replace(" ", "") == text.replace(ZWNJ, "").replace(" ", "")
    assert all(e.replacement == ZWNJ and text[e.start:e.end] in ("", " ") for e in edits)
    assert repair(once) == once


def test_halfspace_long_single_line_matches_short_pieces():
    sentence = "همکاریهای منطقهای در سال های اخیر بیشتر شد. "
    copies = 30_000  # about 1.4 million characters: two chunks
    long_text = sentence * copies
    short = default_model().edits(sentence)
    edits = default_model().edits(long_text)
    assert len(edits) == len(short) * copies
    assert edits[-len(short):] == [e._replace(start=e.start + len(sentence) * (copies - 1),
                                              end=e.end + len(sentence) * (copies - 1)) for e in short]


def test_halfspace_rejects_non_text():
    with pytest.raises(TypeError):
        default_model().edits(b"bytes")  # type: ignore[arg-type]


def test_halfspace_load_reports_bad_file(tmp_path):
    bad = tmp_path / "halfspace.model.gz"
    bad.write_bytes(b"not gzip")
    with pytest.raises(ModelError):
        load(bad)


def test_halfspace_default_model_loads_shipped_file():
    assert default_model() is default_model()
    assert len(default_model().lexicons[0].entries) > 1000


def write_tiny_data(folder: Path) -> Path:
    """Write a tiny PerDT token stream and news corpus (sentences written for this test)."""
    sentences = [
        "ما همکاری‌های منطقه‌ای را گسترش می‌دهیم .",
        "او در سال‌های اخیر کتاب‌های زیادی نوشت .",
        "این آمار نشان‌دهنده رشد است .",
        "دولت از این طرح حمایت می‌کند .",
        "گفت‌وگو میان دو کشور ادامه دارد .",
        "مردم به‌ویژه جوانان در انتخابات شرکت کردند .",
    ] * 5
    (folder / "ud_perdt").mkdir(parents=True)
    stream = "".join("\n".join(s.split(" ")) + "\n\n" for s in sentences)
    (folder / "ud_perdt" / "perdt_train_tokens.txt.gz").write_bytes(gzip.compress(stream.encode("utf-8"), mtime=0))
    (folder / "news_langml").mkdir()
    article = [{"title": "خبر", "abstract": "", "paragraphs": ["همکاری‌های دو کشور و گفت‌وگو"]}]
    (folder / "news_langml" / "a.json.gz").write_bytes(gzip.compress(json.dumps(article).encode("utf-8"), mtime=0))
    return folder


def test_halfspace_train_is_deterministic(tmp_path, monkeypatch):
    pytest.importorskip("sklearn")
    from khabar.text import halfspace_train
    from khabar.text.halfspace_train import train_halfspace

    monkeypatch.setattr(halfspace_train, "BUCKETS", 1 << 12)  # a small table keeps the test fast

    data = write_tiny_data(tmp_path / "data")
    first = train_halfspace(data, tmp_path / "one.gz")
    second = train_halfspace(data, tmp_path / "two.gz")
    assert first.read_bytes() == second.read_bytes()
    model = load(first)
    assert apply_edits("همکاریهای", model.edits("همکاریهای")) == "همکاری‌های"
    # The memo holds the written model's own decisions.
    fresh = halfspace.HalfspaceModel(model.lexicons, model.weights, model.meta)
    assert model.memo_runs and model.memo_pairs
    assert all(fresh.decide_inner(run) == cuts for run, cuts in model.memo_runs.items())
    assert all(fresh.decide_join(*pair.split(" ")) == joined for pair, joined in model.memo_pairs.items())


def test_halfspace_train_reports_missing_data(tmp_path):
    pytest.importorskip("sklearn")
    from khabar.text.halfspace_train import train_halfspace

    with pytest.raises(InputError):
        train_halfspace(tmp_path, tmp_path / "model.gz")


def test_halfspace_chunks_cut_between_tokens():
    text = ("کتاب " * 400_000).strip()
    bounds = halfspace._chunks(text)
    assert bounds[0][0] == 0 and bounds[-1][1] == len(text)
    assert all(text[end - 1] == " " for _, end in bounds[:-1])


def fresh_model() -> halfspace.HalfspaceModel:
    """Return the shipped model without its memo, so that every decision is scored anew."""
    shipped = default_model()
    return halfspace.HalfspaceModel(shipped.lexicons, shipped.weights, shipped.meta)


def test_halfspace_memo_holds_common_decisions():
    model = default_model()
    assert len(model.memo_runs) > 1000 and len(model.memo_pairs) > 1000 and len(model.memo_sides) > 1000
    assert model.memo_pairs["می شود"] is True
    assert model.memo_runs["کتاب"] == ()


@pytest.mark.slow
def test_halfspace_memo_matches_fresh_decisions(shared):
    shipped, fresh = default_model(), fresh_model()
    for gold in read_gold(shared, 200):
        for text in (gold.replace(ZWNJ, ""), gold.replace(ZWNJ, " ")):
            assert shipped.edits(text) == fresh.edits(text)
    for run in sorted(shipped.memo_runs)[::97]:
        assert fresh.decide_inner(run) == shipped.memo_runs[run]
    for pair in sorted(shipped.memo_pairs)[::211]:
        assert fresh.decide_join(*pair.split(" ")) == shipped.memo_pairs[pair]


@pytest.mark.slow
def test_halfspace_local_recheck_matches_full_passes(shared):
    model, full = default_model(), fresh_model()
    full._settled = lambda text, found: False  # always repeat whole passes and diff, as before the recheck
    for gold in read_gold(shared, 200):
        for text in (gold.replace(ZWNJ, ""), gold.replace(ZWNJ, " ")):
            assert model.edits(text) == full.edits(text)


def test_halfspace_repairs_a_line_of_one_word():
    assert repair("میکند") == "می‌کند"
    assert repair("") == "" and repair(" ") == " "


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=PERSIAN[:12] + "\u200c", min_size=4, max_size=12),
       st.text(alphabet=PERSIAN, min_size=1, max_size=6))
@example("همکاریهای", "منطقهای")
@example("میشود", "های")
@example("می\u200cکند", "کتابها")
@example("سال", "های")
def test_halfspace_fast_sums_match_reference_score(run, word):
    """The regrouped sums behind every decision equal the plain per-group sums of `score`."""
    model = fresh_model()
    skeleton, cuts = halfspace.split_run(run.strip("\u200c"))
    boundaries = [("inner", skeleton[:j], skeleton[j:], halfspace.cut_features(j, cuts, len(skeleton)), False,
                   halfspace.boundary_groups(model.lexicons, skeleton, j, cuts)) for j in range(1, len(skeleton))]
    boundaries.append(("space", skeleton, word, (), True, halfspace.junction_groups(model.lexicons, skeleton, word)))
    for family, left, right, extras, identity, groups in boundaries:
        total = model.fast_sum(family, left, right, extras, identity)
        reference = model.score(family, groups)
        assert (total is None) == (reference == -100.0)
        assert total is None or total * model.scale == reference


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=PERSIAN + "a۱^$\u200c", max_size=12), st.sampled_from(halfspace.KINDS), st.sampled_from([0, 1]))
@example("", "space", 0)
@example("می", "inner", 1)
@example("همکاریهای", "space_gate", 0)
@example("^\u200c", "inner", 0)  # one-byte and three-byte characters: as many bytes as two letters
def test_halfspace_side_sums_match_plain_weighing(text, kind, which):
    """The byte-sliced hashing of a side's features gives the weights of the features themselves."""
    model = default_model()
    features = (halfspace.right_features if which else halfspace.left_features)(text)
    assert model._side_sum(kind, text, which) == model._weigh(kind, features)


def test_halfspace_decisions_do_not_depend_on_what_came_before():
    text = "همکاریهای منطقهای در سال های اخیر بیشتر شد و دو کشور گفتوگو کردند"
    words = text.split(" ")
    first, second = fresh_model(), fresh_model()
    for word in reversed(words):  # warm the second model's caches in another order
        second.edits(word)
    assert first.edits(text) == second.edits(text) == fresh_model().edits(text)


@pytest.mark.parametrize(
    ("damaged", "expected"),
    [
        ("این خانه ساخته شده از سنگ است", "ساخته‌شده"),
        ("کالاهای باقی مانده در انبار را فروختند", "باقی‌مانده"),
        ("این خانه ساخته شده است", "ساخته شده"),
        ("بیشتر کالاها باقی مانده است", "باقی مانده"),
    ],
)
def test_halfspace_context_decides_unclear_spaces(damaged, expected):
    """A participle before a noun or preposition takes a ZWNJ; the same pair before «است» is a verb."""
    assert expected in repair(damaged)


def test_halfspace_unclear_pairs_are_left_to_context():
    model = fresh_model()
    assert model.decide_join("می", "شود") is True
    unclear = model.decide_join("ساخته", "شده")
    assert unclear.__class__ is tuple
    text = "خانه ساخته شده از سنگ"
    start = text.index("ساخته")
    assert model.join_in_context(text, start, "ساخته", "شده", unclear)
    assert not model.join_in_context("خانه ساخته شده است", start, "ساخته", "شده", unclear)


def test_halfspace_neighbour_pieces_cross_a_space_or_zwnj_only():
    text = "سلام، کتاب های\u200cخوب شد."
    start = text.index("های")
    assert halfspace.piece_before(text, start) == "کتاب"
    assert halfspace.piece_after(text, start + 3) == "خوب"
    assert halfspace.piece_before(text, text.index("کتاب")) == halfspace.NO_PIECE_BEFORE
    assert halfspace.piece_after(text, text.index("شد") + 2) == halfspace.NO_PIECE_AFTER
    assert halfspace.piece_before("ب" * 30 + " کتاب", 31) == "ب" * halfspace.PIECE_LIMIT


def test_halfspace_either_cut_takes_the_likelier_of_two_exclusive_cuts():
    # Log-odds -0.2 and -1.0: probabilities 0.45 and 0.27, together 0.72, so the first cut is taken.
    gains = halfspace.either_cut({3: -0.2, 4: -1.0}, 0.0)
    assert list(gains) == [3] and gains[3] > 0
    assert list(halfspace.either_cut({3: -1.0, 4: -0.2}, 0.0)) == [4]
    # Together still unlikely, or not neighbours (both cuts could be taken): nothing.
    assert halfspace.either_cut({3: -2.0, 4: -3.0}, 0.0) == {}
    assert halfspace.either_cut({3: -0.1, 5: -0.1}, 0.0) == {}


def test_halfspace_anatomy_classes_follow_perdt_spelling():
    from bench.halfspace import ANATOMY_CLASSES, classify_error

    perdt_otherwise, plural, non_joiner, patronymic, perdt_agrees, unseen, other = ANATOMY_CLASSES
    # Gold glues کتابها, PerDT writes a ZWNJ there: convention; PerDT writes the same as gold: genuine.
    assert classify_error("کتابها", 4, "", "z") == perdt_otherwise
    assert classify_error("کتابها", 4, "", "") == perdt_agrees
    assert classify_error("کتابها", 4, "", "s") == perdt_agrees  # a space is no half-space either
    # Words PerDT never wrote: a glued plural, a ZWNJ after a non-joining letter, a joined بن are conventions.
    assert classify_error("درختها", 4, "", None) == plural
    assert classify_error("کارواژه", 3, "z", None) == non_joiner
    assert classify_error("حسنبنعلی", 3, "z", None) == patronymic
    assert classify_error("درختها", 3, "", None) == unseen
    assert classify_error("سال،دیگر", 4, "s", None) == other


def test_halfspace_anatomy_reads_perdt_majority_and_words():
    from bench.halfspace import perdt_mark, word_spans

    spellings = {"کتابها": {("", "", "", "z", ""): 5, ("", "", "", "", ""): 2}}
    assert perdt_mark(spellings, "کتابها", 4) == "z"
    assert perdt_mark(spellings, "کتابها", 2) == ""
    assert perdt_mark(spellings, "دفترها", 4) is None
    # A word PerDT lacks is read through the same word with a short ending.
    assert perdt_mark(spellings, "کتابی", 4, sorted(spellings)) is None
    assert perdt_mark(spellings, "کتاب", 2, sorted(spellings)) == ""
    assert word_spans(["", "s", "", "z", "", "s", ""]) == [(0, 1), (2, 5), (6, 6)]
