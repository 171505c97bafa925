"""Mine the reporting-verb lexicon (`khabar/data/quote_cues.tsv`) from the news corpora.

Persian news introduces speech with «X … VERB: content». The miner reads every
paragraph of ../shared/data/news_langml, repairs it like the pipeline does, and
counts the verb phrase right before each colon that is not a headline label
(at least three words into the paragraph): a simple past verb («افزود»), a
compound with a light verb («تصریح کرد»، «خاطر نشان کرد») or a perfect form
(«گفته است» counts for «گفت»). It keeps phrases seen often enough, then counts how
often each also introduces «که», a comma or a bare clause, and derives the
attribution frames whose noun is the preverb of a mined compound («با تأکید بر
اینکه») and the source frames built on a mined verb's participle («به گفته»).

Rebuild: `khabar train cues` (or `mine_cues(Path("../shared/data"))`); the same
corpus gives the same file, byte for byte.
"""

from __future__ import annotations

import gzip
import json
import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from khabar.errors import InputError
from khabar.quotes.patterns import (
    FRAME_COMPLEMENTISERS,
    FRAME_HEADS,
    FRAME_PREPOSITIONS,
    LIGHT_VERBS,
    NOT_CUES,
    SEED_CUES,
)
from khabar.text.letters import letter_table

CUES_FILE = Path(__file__).resolve().parent.parent / "data" / "quote_cues.tsv"
CORPUS = "news_langml"
# A phrase must introduce speech this often before it is a cue; fewer is noise (names, labels).
MIN_COLON = 8
# A compound «w1 w2 LV» replaces «w2 LV» when this share of «w2 LV» has w1 before it.
TRIGRAM_SHARE = 0.6
# A compound's preverb makes a «با … اینکه» frame noun when the compound introduces speech this often.
MIN_FRAME_NOUN = 3
# A simple verb must introduce speech in this share of its occurrences; nouns like «دولت» do not.
MIN_SPEECH_SHARE = 0.02
_PAST_VERB = re.compile(r"^[\u0600-\u06FF]{2,}[دت]$")
_PUNCT = re.compile(r"[«»\"'()\[\]…]")
_WORD_PUNCT = re.compile(r"[^\w\u200c]")


def unify_letters(text: str) -> str:
    """Unify Arabic and Persian letter forms and spaces; independent of any trained model."""
    text = text.translate(letter_table())
    return re.sub(r"[ \t\u00a0]+", " ", text).strip()


def read_paragraphs(data_dir: Path) -> Iterator[str]:
    """Yield every repaired paragraph of the news corpus, in file order."""
    files = sorted((data_dir / CORPUS).glob("*.json.gz"))
    if not files:
        raise InputError(f"no *.json.gz news files under {data_dir / CORPUS}")
    for path in files:
        with gzip.open(path, "rt", encoding="utf-8") as handle:
            for article in json.load(handle):
                for paragraph in article.get("paragraphs") or []:
                    yield unify_letters(paragraph)


def light_forms() -> dict[str, str]:
    """Map each past form of a light verb (singular, plural) to its stem."""
    forms = {}
    for stem in LIGHT_VERBS:
        forms[stem] = stem
        forms[stem + "ند"] = stem
    return forms


def verb_before(words: list[str]) -> list[str]:
    """Return the cue phrases (lemmas) that the last words before a colon may form."""
    lights = light_forms()
    words = [_PUNCT.sub("", word) for word in words]
    if len(words) >= 2 and words[-1] in ("است", "بود", "بودند") and words[-2].endswith("ه"):
        words = words[:-2] + [words[-2][:-1]]  # «گفته است» -> «گفت», «اعلام کرده است» -> «اعلام کرد»
    elif words and re.search("ه\u200c?اند$", words[-1]):
        words = words[:-1] + [re.sub("ه\u200c?اند$", "", words[-1])]
    last = words[-1]
    if last in lights and len(words) >= 2:
        phrases = [f"{words[-2]} {lights[last]}"]
        if len(words) >= 3:
            phrases.append(f"{words[-3]} {words[-2]} {lights[last]}")
        return phrases
    if len(words) >= 2 and words[-2] in ("می", "نمی"):
        return []  # present tense: inflected from the past stem when the lexicon loads
    if last.endswith("ند") and _PAST_VERB.match(last[:-2]):
        last = last[:-2]
    return [last] if _PAST_VERB.match(last) else []


def count_colon_phrases(paragraphs: list[str]) -> Counter[str]:
    """Count the cue phrases right before each colon that is not a headline label."""
    counts: Counter[str] = Counter()
    for paragraph in paragraphs:
        for match in re.finditer(":", paragraph):
            words = paragraph[: match.start()].split()
            if len(words) >= 3:
                counts.update(verb_before(words))
    return counts


def keep_phrases(counts: Counter[str], occurrences: Counter[str]) -> dict[str, int]:
    """Keep phrases frequent enough, preferring a split preverb («خاطر نشان کرد») when it dominates."""
    kept = {}
    for phrase, count in counts.items():
        words = phrase.split()
        if (count < MIN_COLON and phrase not in SEED_CUES) or words[0] in LIGHT_VERBS or phrase in NOT_CUES:
            continue
        if phrase in SEED_CUES:
            kept[phrase] = count
            continue
        if len(words) == 1 and count < MIN_SPEECH_SHARE * max(occurrences[phrase], 1):
            continue
        if len(words) == 3 and not is_split_preverb(words, count, counts, occurrences):
            continue
        if len(words) == 2 and any(
            len(p.split()) == 3 and p.endswith(" " + phrase) and is_split_preverb(p.split(), c, counts, occurrences)
            for p, c in counts.items()
        ):
            continue
        kept[phrase] = count
    return kept


def is_split_preverb(words: list[str], count: int, counts: Counter[str], occurrences: Counter[str]) -> bool:
    """Tell whether «w1 w2 LV» is one preverb written apart: w1w2 is also written as one word."""
    joined = occurrences[words[0] + words[1]] + occurrences[words[0] + "\u200c" + words[1]]
    return count >= MIN_COLON and joined >= MIN_COLON and count >= TRIGRAM_SHARE * counts[" ".join(words[1:])]


def count_words(paragraphs: list[str]) -> Counter[str]:
    """Count every word of the corpus (for the share of a verb's uses that introduce speech)."""
    counts: Counter[str] = Counter()
    for paragraph in paragraphs:
        counts.update(_WORD_PUNCT.sub("", word) for word in paragraph.split())
    return counts


def count_frames(paragraphs: list[str], colon_counts: Counter[str]) -> dict[str, int]:
    """Count «با/ضمن NOUN (به/بر/از) اینکه» frames whose noun is the preverb of a speech compound."""
    preverbs = {
        " ".join(p.split()[:-1])
        for p, c in colon_counts.items()
        if p.split()[-1] in LIGHT_VERBS and (c >= MIN_FRAME_NOUN or p in SEED_CUES)
    }
    alternatives = "|".join(sorted((re.escape(p) for p in preverbs), key=len, reverse=True))
    complementisers = "|".join(re.escape(c) for c in FRAME_COMPLEMENTISERS)
    heads, prepositions = "|".join(FRAME_HEADS), "|".join(FRAME_PREPOSITIONS)
    pattern = re.compile(rf"(?<!\S)({heads}) ({alternatives})(?: ({prepositions}))? ({complementisers})(?!\S)")
    counts: Counter[str] = Counter()
    for paragraph in paragraphs:
        for match in pattern.finditer(paragraph):
            head, noun, preposition = match.group(1), match.group(2), match.group(3)
            counts[" ".join(w for w in (head, noun, preposition) if w)] += 1
    return {frame: count for frame, count in counts.items() if count >= MIN_COLON}


def count_source_frames(paragraphs: list[str], phrases: dict[str, int]) -> dict[str, int]:
    """Count «به گفته X،»-style frames built on the participle of a mined simple verb."""
    participles = {f"به {p}ه" for p in phrases if len(p.split()) == 1}
    counts: Counter[str] = Counter()
    for paragraph in paragraphs:
        for frame in participles:
            counts[frame] += len(re.findall(rf"(?<!\S){re.escape(frame)}(?!\S)", paragraph))
    return {frame: count for frame, count in counts.items() if count >= MIN_COLON}


def count_following(paragraphs: list[str], phrases: dict[str, int]) -> dict[str, Counter[str]]:
    """Count what follows each phrase: a colon, «که», a comma, or other words (a bare clause)."""
    follow: dict[str, Counter[str]] = {p: Counter() for p in phrases}
    pattern = re.compile(
        rf"(?<!\S)({'|'.join(sorted(map(re.escape, phrases), key=len, reverse=True))})(?=\s*([:،,.]|که\s|\S))"
    )
    for paragraph in paragraphs:
        for match in pattern.finditer(paragraph):
            nxt = match.group(2)
            kind = {":": "colon", "،": "comma", ",": "comma", ".": "end"}.get(
                nxt, "ke" if nxt.startswith("که") else "bare"
            )
            follow[match.group(1)][kind] += 1
    return follow


def write_table(out: Path, rows: list[tuple[str, str, int, Counter[str]]]) -> None:
    """Write the lexicon as TSV, sorted by kind, then count, then phrase."""
    out.parent.mkdir(parents=True, exist_ok=True)
    lines = ["cue\tkind\tcolon\tke\tcomma\tbare\tend"]
    for cue, kind, colon, follow in sorted(rows, key=lambda r: (r[1], -r[2], r[0])):
        lines.append(f"{cue}\t{kind}\t{colon}\t{follow['ke']}\t{follow['comma']}\t{follow['bare']}\t{follow['end']}")
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")


def mine_cues(data_dir: Path, out: Path | None = None) -> Path:
    """Mine the cue lexicon from `data_dir`/news_langml and write it; return its path."""
    paragraphs = list(read_paragraphs(Path(data_dir)))
    colon_counts = count_colon_phrases(paragraphs)
    phrases = keep_phrases(colon_counts, count_words(paragraphs))
    phrases.update({seed: colon_counts[seed] for seed in SEED_CUES if seed not in phrases})
    frames = count_frames(paragraphs, colon_counts)
    sources = count_source_frames(paragraphs, phrases)
    follow = count_following(paragraphs, phrases)
    rows = [(p, "verb", c, follow[p]) for p, c in phrases.items()]
    rows += [(f, "frame", c, Counter()) for f, c in frames.items()]
    rows += [(s, "source", c, Counter()) for s, c in sources.items()]
    out = Path(out) if out else CUES_FILE
    write_table(out, rows)
    return out
