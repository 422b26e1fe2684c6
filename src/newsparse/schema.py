"""The published JSON Schema of ``newsparse/1`` output, and validation against it.

JSON Schema cannot say that an offset lies inside the text or that a span's
``text`` is ``text[start:end]``; ``span_problems`` checks that part.
"""
from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any


def schema_text() -> str:
    """The schema file exactly as shipped (what ``newsparse --schema`` prints)."""
    return (resources.files("newsparse") / "data" / "schema.json").read_text(encoding="utf-8")


@lru_cache(maxsize=1)
def load_schema() -> dict[str, Any]:
    return json.loads(schema_text())


@lru_cache(maxsize=2)
def _validator(definition: str | None):
    from jsonschema import Draft202012Validator

    schema = load_schema()
    if definition:
        schema = {**schema, "$ref": f"#/$defs/{definition}"}
        for key in ("required", "properties", "additionalProperties", "type"):
            schema.pop(key, None)
    return Draft202012Validator(schema)


def validate(obj: Any) -> None:
    """Raise ``jsonschema.ValidationError`` unless ``obj`` is a valid ``newsparse/1`` document."""
    _validator(None).validate(obj)


def validate_error(obj: Any) -> None:
    """Raise ``jsonschema.ValidationError`` unless ``obj`` is a failed-input record."""
    _validator("error").validate(obj)


def iter_spans(doc: dict[str, Any]):
    """(layer, span dict, text key) for every span of every layer of a document dict."""
    for e in doc.get("entities", []):
        for m in e["mentions"]:
            yield "entities", m, "text"
    for d in doc.get("dates", []):
        yield "dates", d, "text"
    for v in doc.get("events", []):
        yield "events", v, "trigger"
        for m in v["mentions"]:
            yield "events", m, "text"
    for c in doc.get("claims", []):
        yield "claims", c, "text"
    for s in doc.get("sentences", []):
        yield "sentences", s, None


def span_problems(doc: dict[str, Any], text: str) -> list[str]:
    """What is wrong with the offsets of ``doc`` against ``text`` (empty when all is well)."""
    problems = []
    if doc.get("text_length") != len(text):
        problems.append(f"text_length {doc.get('text_length')} != {len(text)}")
    n_sentences = len(doc.get("sentences", []))
    for layer, span, key in iter_spans(doc):
        s, e = span["start"], span["end"]
        if not 0 <= s <= e <= len(text):
            problems.append(f"{layer}: offsets {s}-{e} outside the text (length {len(text)})")
            continue
        if key is not None and text[s:e] != span[key]:
            problems.append(f"{layer}: text[{s}:{e}] is {text[s:e]!r}, span says {span[key]!r}")
        if "sentence" in span and not 0 <= span["sentence"] < max(n_sentences, 1):
            problems.append(f"{layer}: sentence index {span['sentence']} out of range")
    return problems
