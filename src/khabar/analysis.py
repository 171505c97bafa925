"""The `Analysis` record: one article and every layer the pipeline adds to it.

Every span (`start`, `end`) is a character offset into `Analysis.text`, the
repaired text. `Analysis.offset_map` takes any such span back to `Analysis.raw`,
the input exactly as received, so a span can always be shown in the original.
When a title is given, `raw` and `text` start with the title line and the body
follows from `body_start`; a headline is annotated like any other sentence.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from khabar.text.offsets import OffsetMap

# NAT (nationalities, ethnicities) and POG (political groups, dynasties) are ParsTwiNER's two types beyond the ten.
EntityType = Literal["PER", "ORG", "LOC", "FAC", "PRO", "EVENT", "DATE", "TIME", "MONEY", "PERCENT", "NAT", "POG"]
QuoteKind = Literal["direct", "indirect"]
DateOrigin = Literal["metadata", "dateline", "reference"]
CreditKind = Literal["lead-in", "prefix"]


class Span(BaseModel):
    """A stretch of `Analysis.text`, end exclusive."""

    model_config = ConfigDict(extra="forbid")

    start: int = Field(ge=0)
    end: int = Field(ge=0)


class Token(Span):
    text: str


class Sentence(Span):
    text: str
    heading: bool = Field(False, description="A headline or subheading line, not a full sentence.")


class PublishedDate(BaseModel):
    """The publication date, and where it came from."""

    iso: str | None = Field(None, description="Gregorian date, YYYY-MM-DD.")
    jalali: str | None = Field(None, description="The same day in the Jalali calendar, YYYY/MM/DD.")
    origin: DateOrigin | None = Field(None, description="metadata, dateline or reference date.")


class Dateline(Span):
    """A leading date prefix such as «۱۹ دی:», as found; the year is often missing."""

    text: str
    month: int = Field(ge=1, le=12, description="Jalali month.")
    day: int = Field(ge=1, le=31)
    year: int | None = Field(None, description="Jalali year, when written.")
    ambiguous_outlet: str | None = Field(
        None, description="The outlet that bears this name: the prefix may be its name, not a date."
    )


class SourceCredit(Span):
    """An agency lead-in or prefix («به گزارش خبرگزاری فارس»، «ایرنا:») naming the source."""

    text: str
    outlet: str = Field(description="Canonical name of the outlet from the outlet gazetteer.")
    kind: CreditKind = Field(
        description="'lead-in' for a credit opening a sentence («به گزارش خبرگزاری فارس،»), "
        "'prefix' for a source prefix before the body («ایرنا:»، «تهران- ایسنا-»)."
    )

    @model_validator(mode="before")
    @classmethod
    def _kind_of_stored_credit(cls, data: object) -> object:
        # Analyses stored before credits had a kind: every lead-in opens with «به گزارش», no prefix does.
        if isinstance(data, dict) and "kind" not in data and isinstance(data.get("text"), str):
            return {**data, "kind": "lead-in" if data["text"].startswith("به گزارش") else "prefix"}
        return data


class Entity(Span):
    text: str
    type: EntityType
    id: str | None = Field(None, description="Stable entity id across articles, once resolved.")
    canonical: str | None = None
    country: str | None = Field(None, description="ISO 3166-1 alpha-3, or IGO/UNO/EUR/NGO.")
    sector: str | None = None
    roles: list[str] = Field(default_factory=list)
    geonames_id: int | None = None
    feature_class: str | None = Field(None, description="GeoNames feature class: P city, A country/province, L area.")
    latitude: float | None = None
    longitude: float | None = None
    confidence: float | None = None
    mention: Literal["name", "title", "pronoun"] = Field(
        "name", description="How this mention refers to its entity: a name, a title alone («وزیر دفاع») or «وی»."
    )


class TimeExpression(Span):
    text: str
    value: str | None = Field(None, description="YYYY-MM-DD, YYYY-MM, YYYY or START/END; null when unresolved.")
    jalali: str | None = Field(None, description="The value in the Jalali calendar, same shapes.")
    calendar: Literal["jalali", "gregorian", "hijri"] | None = None
    uncertain: bool = False


class Participant(BaseModel):
    text: str
    id: str | None = None
    country: str | None = None
    sector: str | None = None


class Quote(Span):
    speaker: str | None
    speaker_id: str | None = None
    speaker_span: Span | None = Field(None, description="The words of `text` shown as the speaker, when the text names one.")
    cue: str
    text: str
    kind: QuoteKind


class Event(Span):
    type: str
    mode: str | None = None
    context: list[str] = Field(default_factory=list)
    actors: list[Participant] = Field(default_factory=list)
    recipients: list[Participant] = Field(default_factory=list)
    location: str | None = None
    location_id: int | None = None
    date: str | None = None
    sentence: str
    negated: bool = False
    future: bool = False
    hypothetical: bool = False


class Language(BaseModel):
    code: str = Field(description="ISO 639-1 code of the detected language, 'und' when unknown.")
    score: float = 0.0
    is_persian: bool = True


class Analysis(BaseModel):
    """One article: its metadata, raw and repaired text, and every annotation layer."""

    id: str | None = None
    source: str | None = None
    url: str | None = None
    title: str | None = Field(None, description="The repaired title; also the first line of `text`.")
    published: PublishedDate = Field(default_factory=PublishedDate)
    reference_date: str | None = Field(None, description="The date the article was collected, YYYY-MM-DD.")
    language: Language = Field(default_factory=lambda: Language(code="und"))

    raw: str = Field(description="The input exactly as received (title line first when given).")
    text: str = Field("", description="The repaired text that every span points into.")
    body_start: int = Field(0, description="Offset in `text` where the body starts (after the title line).")
    offset_map: OffsetMap = Field(default_factory=OffsetMap, description="Maps `text` offsets back to `raw`.")

    dateline: Dateline | None = None
    credits: list[SourceCredit] = Field(default_factory=list)
    sentences: list[Sentence] = Field(default_factory=list)
    tokens: list[Token] = Field(default_factory=list)
    entities: list[Entity] = Field(default_factory=list)
    times: list[TimeExpression] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)
    stages: list[str] = Field(default_factory=list, description="The pipeline stages that filled this record.")

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """Return the span of `raw` that produced `text[start:end]`."""
        return self.offset_map.to_raw(start, end)

    def raw_text(self, start: int, end: int) -> str:
        """Return the raw characters behind `text[start:end]`."""
        raw_start, raw_end = self.raw_span(start, end)
        return self.raw[raw_start:raw_end]
