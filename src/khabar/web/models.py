"""Public request and response models of the JSON API (what goes out is declared here, nothing else)."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from khabar.analysis import Entity, Event, Participant, Quote, Sentence, SourceCredit, TimeExpression

MAX_ANALYZE_CHARS = 50_000
MAX_INGEST_ARTICLES = 100


class HitPublic(BaseModel):
    article_id: int
    story_id: int
    score: float
    title: str | None
    source: str | None
    url: str | None
    published: str | None
    published_jalali: str | None = None
    snippet: str = Field(description="Text around the hits, plain (no markup).")
    hits: list[list[int]] = Field(default_factory=list, description="[start, end] of each hit within `snippet`.")
    copies: int


class FacetValue(BaseModel):
    value: str
    label: str
    count: int


class SearchPublic(BaseModel):
    query: str
    hits: list[HitPublic]
    facets: dict[str, list[FacetValue]]


class ArticlePublic(BaseModel):
    id: int
    story_id: int
    source: str | None
    url: str | None
    title: str | None
    published: str | None
    published_jalali: str | None
    text: str = Field(description="The repaired text; every span below is a character offset into it.")
    body_start: int
    credits: list[SourceCredit]
    entities: list[Entity]
    times: list[TimeExpression]
    quotes: list[Quote]
    events: list[Event]


class EntitySummary(BaseModel):
    key: str
    name: str
    type: str
    stories: int
    mentions: int


class Alias(BaseModel):
    text: str
    count: int


class Counterpart(BaseModel):
    key: str
    name: str
    count: int


class EventPublic(BaseModel):
    type: str
    sentence: str
    actors: list[Participant]
    recipients: list[Participant]
    location: str | None = None
    date: str | None = None
    article_id: int
    title: str | None
    published: str | None
    role: str | None = Field(None, description="On an entity's timeline: whether it is the actor or the recipient.")


class QuotePublic(BaseModel):
    speaker: str | None
    speaker_id: str | None = None
    cue: str | None = None
    text: str
    kind: str
    article_id: int
    title: str | None
    published: str | None


class EntityPublic(BaseModel):
    key: str
    name: str
    type: str
    country: str | None
    aliases: list[Alias]
    roles: list[str]
    mentions: int
    articles: int
    events: list[EventPublic]
    quotes: list[QuotePublic]
    relations: dict[str, list[Counterpart]] = Field(description="meets, agrees, accuses, accused_by: counterparts.")


class TimelineSeries(BaseModel):
    type: str
    counts: list[int]


class TimelinePublic(BaseModel):
    months: list[str]
    series: list[TimelineSeries]


class EventReportPublic(BaseModel):
    article_id: int
    story_id: int | None = None
    title: str | None
    source: str | None = None
    url: str | None = None
    published: str | None
    sentence: str
    mentions: int = Field(description="How many times this article codes the event.")


class EventGroupPublic(BaseModel):
    key: str = Field(description="type | actor keys | recipient keys | day: the same event across articles.")
    type: str
    actors: list[Participant]
    recipients: list[Participant]
    date: str | None = Field(description="The event's own date, else the day its first story was published.")
    mentions: int
    articles: int
    stories: int
    reports: list[EventReportPublic] = Field(description="Each reporting article once, earliest first.")


class EventsPublic(BaseModel):
    events: list[EventGroupPublic] = Field(description="One row per event reported by one or more articles.")
    timeline: TimelinePublic


class NetworkNode(BaseModel):
    id: str
    label: str
    country: str | None
    weight: int


class NetworkEdge(BaseModel):
    source: str
    target: str
    type: str
    weight: int


class NetworkPublic(BaseModel):
    nodes: list[NetworkNode]
    edges: list[NetworkEdge]


class AnalyzeRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    text: str = Field(min_length=1, max_length=MAX_ANALYZE_CHARS)
    title: str | None = Field(None, max_length=1000)
    published: str | None = Field(None, description="YYYY-MM-DD")


class AnalyzePublic(BaseModel):
    title: str | None
    published: str | None
    text: str
    body_start: int
    sentences: list[Sentence]
    credits: list[SourceCredit]
    entities: list[Entity]
    times: list[TimeExpression]
    quotes: list[Quote]
    events: list[Event]
    stages: list[str]


class IngestArticle(BaseModel):
    model_config = ConfigDict(extra="forbid")

    text: str = Field(min_length=1, max_length=MAX_ANALYZE_CHARS)
    title: str | None = Field(None, max_length=1000)
    published: str | None = None
    source: str | None = Field(None, max_length=200)
    url: str | None = Field(None, max_length=2000)
    id: str | None = Field(None, max_length=200)


class IngestRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    articles: list[IngestArticle] = Field(min_length=1, max_length=MAX_INGEST_ARTICLES)


class IngestPublic(BaseModel):
    read: int
    added: int
    already_stored: int
    problems: list[str]


class StatsPublic(BaseModel):
    articles: int
    stories: int
    sources: dict[str, int]
    layers: dict[str, int]
    first_published: str | None
    last_published: str | None
