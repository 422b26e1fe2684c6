"""The document model: original text plus every annotation layer as spans.

Every ``start``/``end`` is a character offset into ``Document.text`` (the
decoded input, or the extracted article text for HTML), so that
``text[start:end]`` is exactly what the article says.  Annotators work on the
normalised view ``Document.norm`` and convert with ``Document.orig_span``.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .normalise import NormalisedText, normalise_token

SCHEMA_ID = "newsparse/1"


@dataclass
class Token:
    start: int  # offsets into the original text
    end: int
    norm: str  # the normalised form models and lexicons read
    nstart: int  # offsets into the normalised view
    nend: int


@dataclass
class Sentence:
    start: int
    end: int
    nstart: int
    nend: int
    tokens: list[Token] = field(default_factory=list)
    ner_tags: list[str] = field(default_factory=list)  # BIO tags from the NER model

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end}


@dataclass
class Mention:
    text: str
    start: int
    end: int
    sentence: int

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end, "sentence": self.sentence}


@dataclass
class Entity:
    id: str
    type: str  # PERSON, PARTY, ORG, PLACE
    name: str  # canonical Hindi name
    latin: str = ""
    mentions: list[Mention] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    party: str | None = None  # id of the PARTY entity a person belongs to
    english: str | None = None  # customary English name, where known
    state: str | None = None  # for places: the state/country they lie in, where known
    source: str = "model"  # gazetteer (known name), model (NER) or context (words around it)

    @property
    def aliases(self) -> list[str]:
        seen: dict[str, None] = {}
        for m in self.mentions:
            seen.setdefault(m.text, None)
        return list(seen)

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "id": self.id,
            "type": self.type,
            "name": self.name,
            "latin": self.latin,
            "aliases": self.aliases,
            "roles": self.roles,
            "party": self.party,
            "mentions": [m.to_dict() for m in self.mentions],
        }
        if self.english:
            d["english"] = self.english
        if self.state:
            d["state"] = self.state
        return d


@dataclass
class DateExpr:
    text: str
    value: str | None
    start: int
    end: int
    sentence: int
    kind: str = "date"  # date, time, range-start, range-end, year, month, relative, ...
    range_with: int | None = None  # index in Document.dates of the other end of a range
    week: str | None = None  # ISO week (2024-W01) of a week expression; its value stays null

    def to_dict(self) -> dict[str, Any]:
        d = {"text": self.text, "value": self.value, "start": self.start, "end": self.end,
             "sentence": self.sentence, "kind": self.kind}
        if self.range_with is not None:
            d["range_with"] = self.range_with
        if self.week is not None:
            d["week"] = self.week
        return d


@dataclass
class Event:
    id: str
    type: str
    trigger: str
    start: int
    end: int
    sentence: int
    who: list[str] = field(default_factory=list)
    when: str | None = None
    where: list[str] = field(default_factory=list)
    status: str = "unknown"  # planned, occurred, ongoing, unknown
    negated: bool = False
    plover: str | None = None
    mentions: list[Mention] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "type": self.type, "trigger": self.trigger, "start": self.start,
                "end": self.end, "sentence": self.sentence, "who": self.who, "when": self.when,
                "where": self.where, "status": self.status, "negated": self.negated,
                "plover": self.plover, "mentions": [m.to_dict() for m in self.mentions]}


@dataclass
class Claim:
    speaker: str | None
    speaker_type: str  # named, anonymous, unattributed
    cue: str
    text: str
    kind: str  # direct, indirect
    start: int  # span of the claim content
    end: int
    sentence: int
    speaker_id: str | None = None
    cue_start: int | None = None
    cue_end: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"speaker": self.speaker, "speaker_id": self.speaker_id,
                "speaker_type": self.speaker_type, "cue": self.cue, "text": self.text,
                "kind": self.kind, "start": self.start, "end": self.end, "sentence": self.sentence}


@dataclass
class Document:
    text: str
    source: str | None = None
    title: str | None = None
    published: str | None = None  # ISO date
    published_from: str | None = None  # option, dateline or None
    body: list[tuple[int, int]] = field(default_factory=list)  # kept (start, end) ranges of text
    norm: NormalisedText | None = None
    sentences: list[Sentence] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    dates: list[DateExpr] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    is_html: bool = False

    @property
    def norm_text(self) -> str:
        return self.norm.text if self.norm else self.text

    def orig_span(self, nstart: int, nend: int) -> tuple[int, int]:
        """Original offsets of a span of the normalised view."""
        return self.norm.span(nstart, nend) if self.norm else (nstart, nend)

    def sentence_at(self, pos: int) -> int:
        """Index of the sentence holding original offset ``pos`` (nearest before it otherwise)."""
        lo, hi = 0, len(self.sentences) - 1
        best = 0
        while lo <= hi:
            mid = (lo + hi) // 2
            if self.sentences[mid].start <= pos:
                best = mid
                lo = mid + 1
            else:
                hi = mid - 1
        return best

    def body_named_before(self, heads: set[str] | frozenset[str], pos: int) -> Entity | None:
        """The organisation whose name ends in one of ``heads`` (normalised head nouns) named last
        before original offset ``pos``: what a bare "विभाग" or "ट्रस्ट" later stands for."""
        found, found_start = None, -1
        for ent in self.entities:
            words = normalise_token(ent.name).split()
            if ent.type != "ORG" or not words or words[-1] not in heads:
                continue
            for m in ent.mentions:
                if m.end <= pos and m.start >= found_start:
                    found, found_start = ent, m.start
        return found

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "schema": SCHEMA_ID,
            "source": self.source,
            "title": self.title,
            "published": self.published,
            "published_from": self.published_from,
            "text_length": len(self.text),
            "entities": [e.to_dict() for e in self.entities],
            "dates": [x.to_dict() for x in self.dates],
            "events": [e.to_dict() for e in self.events],
            "claims": [c.to_dict() for c in self.claims],
            "sentences": [s.to_dict() for s in self.sentences],
            "warnings": list(self.warnings),
        }
        if self.is_html:
            d["text"] = self.text
        return d
