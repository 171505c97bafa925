"""A table of phrases the training corpora nearly always tag, added where the taggers found nothing.

ParsTwiNER marks nationalities and ethnicities (NAT: «ایرانی»، «یزدی») and political groups and dynasties (POG:
«اصلاح‌طلبان»، «قاجار»); PEYMA and Arman mark neither, so the taggers learn a nationality as no name and a political
group as ORG. The phrases ParsTwiNER train tags NAT or POG at least half of the times they occur are kept in a small
table; a tagged sentence gets those phrases where the taggers found nothing, and a political group the taggers found
as a whole ORG («حزب‌الله») becomes POG. Any other name they found keeps its type.

The same table holds the people, organisations and places that ParsTwiNER and PEYMA train tag in at least 70% of
two or more occurrences («شکسپیر»، «حشدالشعبی»): the taggers, reading words in context, miss some names the corpora
repeat, most of all in tweets; and the events ParsTwiNER train tags (its EVE: «برجام»، «لیگ قهرمانان») in at least
half of two or more uses, but for those Arman, which marks events too, mostly leaves untagged («انقلاب اسلامی»،
«دفاع مقدس»): only the Arman CRF finds events otherwise, and it knows few of the tweets'.
"""

from __future__ import annotations

import gzip
from collections import Counter, defaultdict
from collections.abc import Collection, Mapping, Sequence
from pathlib import Path

from khabar.errors import ModelError
from khabar.ner.corpora import Sentence, entity_spans, read_tagged
from khabar.ner.features import token_key

GROUP_TYPES = ("NAT", "POG")
CORPUS_EVENT = "EVE"  # ParsTwiNER's name for events; khabar's (and Arman's, as read) is EVENT
MIN_SHARE = 0.5  # a phrase must carry its group type at least this share of the times it occurs
NAME_TYPES = ("PER", "ORG", "LOC")
NAME_MIN_SHARE = 0.7  # a name the taggers know as a type of theirs needs a surer table
NAME_MIN_COUNT = 2
MAX_WORDS = 6
GROUPS_FILE = "groups.tsv.gz"
Groups = dict[tuple[str, ...], str]


def corpus_tag(tag: str) -> str:
    """Return a corpus tag in khabar's BIO spelling with its own type kept (B_nat -> B-NAT)."""
    return f"{tag[0].upper()}-{tag[2:].upper()}" if len(tag) > 2 else "O"


def read_group_corpus(path: Path) -> list[Sentence]:
    """Read ParsTwiNER with its own types, NAT and POG included."""
    return read_tagged(path, "parstwiner", canonical=corpus_tag)


def harvest_table(
    group_sentences: Sequence[Sentence], name_sentences: Sequence[Sentence], event_sentences: Sequence[Sentence] = ()
) -> Groups:
    """Return the shipped table: the names of `name_sentences`, then the groups of `group_sentences` over them, then
    the events of `group_sentences` that `event_sentences` (Arman, read with khabar's types) do not contradict."""
    table = harvest_names(name_sentences)
    table.update(harvest_groups(group_sentences))
    for phrase in harvest_events(group_sentences, event_sentences):
        table.setdefault(phrase, "EVENT")
    return table


def harvest_events(tweets: Sequence[Sentence], marked: Sequence[Sentence]) -> list[tuple[str, ...]]:
    """Return the phrases ParsTwiNER tags EVE in at least MIN_SHARE of NAME_MIN_COUNT or more uses, less those that
    occur NAME_MIN_COUNT or more times in `marked` (a corpus that marks events) as an event less than MIN_SHARE of
    the time."""
    events = harvest(tweets, (CORPUS_EVENT,), MIN_SHARE, NAME_MIN_COUNT)
    if not marked:
        return sorted(events)
    shares = harvest_shares(marked, "EVENT", set(events))
    return sorted(p for p in events if not (shares[p][1] >= NAME_MIN_COUNT and shares[p][0] < MIN_SHARE * shares[p][1]))


def harvest_shares(sentences: Sequence[Sentence], kind: str, phrases: set[tuple[str, ...]]) -> dict:
    """Return, for each phrase, (times tagged as one whole `kind` span, times it occurs) in `sentences`."""
    tagged: Counter[tuple[str, ...]] = Counter()
    keyed = []
    for sentence in sentences:
        keys = tuple(token_key(token) for token in sentence.tokens)
        keyed.append(keys)
        spans = entity_spans(sentence.tags)
        tagged.update(keys[a:b] for a, b, found in spans if found == kind and keys[a:b] in phrases)
    occurrences = count_occurrences(keyed, phrases)
    return {phrase: (tagged[phrase], occurrences[phrase]) for phrase in phrases}


def count_occurrences(keyed: Sequence[tuple[str, ...]], phrases: Collection[tuple[str, ...]]) -> Counter:
    """Return how often each of `phrases` occurs in the sentences' token keys, tagged or not."""
    occurrences: Counter[tuple[str, ...]] = Counter()
    lengths = sorted({len(phrase) for phrase in phrases})
    for keys in keyed:
        for length in lengths:
            windows = (keys[i : i + length] for i in range(len(keys) - length + 1))
            occurrences.update(window for window in windows if window in phrases)
    return occurrences


def harvest_names(sentences: Sequence[Sentence]) -> Groups:
    """Return the phrases tagged PER, ORG or LOC in at least NAME_MIN_SHARE of their NAME_MIN_COUNT or more uses."""
    return harvest(sentences, NAME_TYPES, NAME_MIN_SHARE, NAME_MIN_COUNT)


def harvest_groups(sentences: Sequence[Sentence]) -> Groups:
    """Return the phrases tagged NAT or POG at least MIN_SHARE of the times they occur, with that type."""
    return harvest(sentences, GROUP_TYPES, MIN_SHARE, 1)


def harvest(sentences: Sequence[Sentence], kinds: Sequence[str], min_share: float, min_count: int) -> Groups:
    """Return the phrases tagged with one of `kinds` at least `min_share` of the times they occur, and at least
    `min_count` times, with that type."""
    tagged: defaultdict[tuple[str, ...], Counter[str]] = defaultdict(Counter)
    keyed = []
    for sentence in sentences:
        keys = tuple(token_key(token) for token in sentence.tokens)
        keyed.append(keys)
        for start, end, kind in entity_spans(sentence.tags):
            if kind in kinds and end - start <= MAX_WORDS:
                tagged[keys[start:end]][kind] += 1
    occurrences = count_occurrences(keyed, tagged)
    table = {}
    for phrase, types in tagged.items():
        kind, count = types.most_common(1)[0]
        if all(phrase) and count >= min_count and count / occurrences[phrase] >= min_share:
            table[phrase] = kind
    return table


def save_groups(groups: Groups, folder: Path) -> None:
    """Write the table sorted, gzipped with no timestamp, so that rebuilds are byte-identical."""
    lines = "".join(f"{kind}\t{' '.join(phrase)}\n" for phrase, kind in sorted(groups.items()))
    with open(folder / GROUPS_FILE, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as handle:
        handle.write(lines.encode("utf-8"))


def load_groups(folder: Path) -> Groups:
    """Read a table written by `save_groups`."""
    try:
        with gzip.open(folder / GROUPS_FILE, "rt", encoding="utf-8") as handle:
            rows = [line.split("\t", 1) for line in handle.read().splitlines() if line]
    except OSError as error:
        raise ModelError(f"cannot read the NER group table {GROUPS_FILE}: {error}") from error
    return {tuple(phrase.split(" ")): kind for kind, phrase in rows}


def add_groups(keys: Sequence[str], tags: list[str], groups: Groups, longest: Mapping[str, int]) -> list[str]:
    """Tag the table's phrases in a sentence's token keys (`features.token_key`), longest first, where every token
    of the phrase is still O or, for a political group, where the phrase is one whole ORG; `longest` maps a phrase's
    first key to the length of the longest phrase it opens (`features.longest_from`)."""
    covered = 0  # the first token not inside a phrase tagged here
    for start in [index for index, key in enumerate(keys) if key in longest]:  # few tokens open a phrase
        if start < covered:
            continue
        for length in range(min(longest[keys[start]], len(keys) - start), 0, -1):
            kind = groups.get(tuple(keys[start : start + length]))
            if kind and (
                all(tag == "O" for tag in tags[start : start + length])
                or (kind == "POG" and is_whole_span(tags, start, length, "ORG"))
            ):
                tags[start : start + length] = [f"B-{kind}"] + [f"I-{kind}"] * (length - 1)
                covered = start + length
                break
    return tags


def is_whole_span(tags: Sequence[str], start: int, length: int, kind: str) -> bool:
    """Tell whether tags[start : start + length] is exactly one span of `kind`, neither cut nor continued."""
    inside = [f"B-{kind}"] + [f"I-{kind}"] * (length - 1)
    return list(tags[start : start + length]) == inside and tags[start + length : start + length + 1] != [f"I-{kind}"]
