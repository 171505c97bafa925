"""The records the linker keeps while it walks through one article's mentions: its people and what it knows."""

from __future__ import annotations

from dataclasses import dataclass, field

from khabar.analysis import Entity
from khabar.resolve.mentions import Title, Word


@dataclass
class Cluster:
    """One person of the article and every mention of them."""

    names: list[tuple[str, ...]] = field(default_factory=list)
    surfaces: list[str] = field(default_factory=list)
    titles: list[Title] = field(default_factory=list)
    role_texts: list[str] = field(default_factory=list)
    rank_sectors: list[str] = field(default_factory=list)
    mentions: list[Entity] = field(default_factory=list)
    last_seen: int = -1
    deceased: bool = False  # named with «شهید» or «مرحوم»: never the current speaker


@dataclass
class Article:
    """What the linker knows about the article while it walks through the mentions."""

    text: str
    words: list[Word]
    countries: set[str]
    home: str | None
    clusters: list[Cluster] = field(default_factory=list)
