"""The ordered annotators, and ``analyse`` which runs them on one article.

    clean → normalise → segment → entities → dates → events → claims

Each annotator is a function ``annotate_x(doc, ...)`` that reads a
``Document`` and adds its layer.  Models are loaded lazily, once per process
(see ``entities.ner.get_tagger``), so importing this module is cheap.
"""
from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable

from .document import Document
from .normalise import NormalisedText


def prepare(text: str, published: str | None = None, source: str | None = None,
            is_html: bool = False) -> Document:
    """Clean, normalise and segment ``text``: everything before the annotators."""
    from .ingest import clean
    from .language import language_warnings
    from .segment import segment

    doc = Document(text=text, source=source, is_html=is_html)
    cleaned = clean(text)
    doc.title = cleaned.title
    doc.body = cleaned.body
    doc.norm = NormalisedText.build(text, cleaned.body)
    segment(doc)
    doc.warnings.extend(language_warnings(doc))
    if published:
        doc.published = _check_iso(published)
        doc.published_from = "option"
    return doc


def _check_iso(value: str | _dt.date) -> str:
    if isinstance(value, _dt.date):
        return value.isoformat()[:10]
    return _dt.date.fromisoformat(str(value)[:10]).isoformat()


def annotate(doc: Document, ner_tags: bool = True) -> Document:
    """Run the annotators on a prepared document (NER tags may be set already)."""
    from .claims import annotate_claims
    from .dates import annotate_dates
    from .entities import annotate_entities
    from .events import annotate_events

    if ner_tags:
        from .entities.ner import tag_sentences

        tag_sentences([doc])
    annotate_entities(doc)
    annotate_dates(doc)
    annotate_events(doc)
    annotate_claims(doc)
    return doc


def analyse(text: str, published: str | _dt.date | None = None, source: str | None = None,
            is_html: bool = False) -> Document:
    """Analyse one article; ``published`` (ISO date) anchors relative dates."""
    if isinstance(published, _dt.date):
        published = published.isoformat()
    doc = prepare(text, published=published, source=source, is_html=is_html)
    return annotate(doc)


def analyse_many(items: Iterable[tuple[str, str | None, str | None]]) -> list[Document]:
    """Analyse several (text, published, source) articles, batching their NER."""
    from .entities.ner import tag_sentences

    docs = [prepare(t, published=p, source=s) for t, p, s in items]
    tag_sentences(docs)
    return [annotate(d, ner_tags=False) for d in docs]
