"""A name tagged once in an article labels its repeats and, for a person, the bare surname."""

from __future__ import annotations

from khabar.ner.context import propagate_names


def test_context_surname_after_full_name_is_tagged():
    sentences = [["امیر", "سرتیپ", "آشتیانی", "گفت"], ["آشتیانی", "افزود"], ["شورای", "امنیت", "و", "شورای", "امنیت"]]
    tags = [["B-PER", "I-PER", "I-PER", "O"], ["O", "O"], ["B-ORG", "I-ORG", "O", "O", "O"]]
    assert propagate_names(sentences, tags) == [
        ["B-PER", "I-PER", "I-PER", "O"], ["B-PER", "O"], ["B-ORG", "I-ORG", "O", "B-ORG", "I-ORG"]
    ]
