"""The published JSON Schema matches what ``Document.to_dict`` emits, field for field."""
from __future__ import annotations

import copy
import json

import jsonschema
import pytest
from conftest import check_document, invoke

from newsparse.document import Claim, DateExpr, Document, Entity, Event, Mention, Sentence
from newsparse.schema import load_schema, schema_text, span_problems, validate, validate_error

TEXT = "जीतू पटवारी ने 7 जनवरी को भोपाल में कहा कि बैठक होगी। अगले सप्ताह रैली होगी।"


def full_document(is_html: bool = False) -> Document:
    """A document with every layer and every optional field filled in."""
    def at(s: str, sentence: int = 0) -> Mention:
        start = TEXT.index(s)
        return Mention(s, start, start + len(s), sentence)

    person = Entity("e1", "PERSON", "जीतू पटवारी", latin="Jitu Patwari", mentions=[at("जीतू पटवारी")],
                    roles=["प्रदेश कांग्रेस अध्यक्ष"], party="e3", english="Jitu Patwari")
    place = Entity("e2", "PLACE", "भोपाल", latin="Bhopal", mentions=[at("भोपाल")], state="Madhya Pradesh")
    party = Entity("e3", "PARTY", "भारतीय राष्ट्रीय कांग्रेस", latin="Congress")
    day = at("7 जनवरी")
    date = DateExpr(day.text, "2024-01-07", day.start, day.end, 0, kind="date", range_with=0)
    next_week = at("अगले सप्ताह")
    week = DateExpr(next_week.text, None, next_week.start, next_week.end, 0, kind="relative", week="2024-W03")
    trigger = at("बैठक")
    event = Event("v1", "MEETING", "बैठक", trigger.start, trigger.end, 0, who=["जीतू पटवारी"],
                  when="2024-01-07", where=["भोपाल"], status="planned", plover="CONSULT",
                  mentions=[trigger])
    content = "बैठक होगी"
    cs = TEXT.index(content)
    claim = Claim("जीतू पटवारी", "named", "कहा", content, "indirect", cs, cs + len(content), 0,
                  speaker_id="e1")
    return Document(text=TEXT, source="a.txt", title="शीर्षक", published="2024-01-05",
                    published_from="option",
                    sentences=[Sentence(0, len(TEXT), 0, len(TEXT))],
                    entities=[person, place, party], dates=[date, week], events=[event], claims=[claim],
                    warnings=["a warning"], is_html=is_html)


def test_schema_is_valid_draft_2020_12():
    jsonschema.Draft202012Validator.check_schema(load_schema())
    assert load_schema()["$schema"] == "https://json-schema.org/draft/2020-12/schema"


def test_full_document_validates():
    d = full_document().to_dict()
    check_document(d, TEXT)
    assert "text" not in d


def test_html_document_carries_its_text_and_validates():
    d = full_document(is_html=True).to_dict()
    assert d["text"] == TEXT
    check_document(d)


def test_empty_document_validates():
    check_document(Document(text="कुछ").to_dict(), "कुछ")


def test_schema_names_exactly_the_fields_to_dict_emits():
    d = full_document(is_html=True).to_dict()
    schema = load_schema()
    defs = schema["$defs"]
    assert set(schema["properties"]) == set(d)
    assert set(schema["required"]) == set(d) - {"text"}
    for layer, definition in (("entities", "entity"), ("dates", "date"), ("events", "event"),
                              ("claims", "claim"), ("sentences", "sentence")):
        emitted = set().union(*(item.keys() for item in d[layer]))
        assert set(defs[definition]["properties"]) == emitted, layer
    assert set(defs["mention"]["properties"]) == set(d["entities"][0]["mentions"][0])


@pytest.mark.parametrize("path,value", [
    (("entities", 0, "type"), "PEOPLE"),
    (("claims", 0, "speaker_type"), "someone"),
    (("claims", 0, "kind"), "quoted"),
    (("events", 0, "status"), "maybe"),
    (("dates", 0, "start"), -1),
    (("published",), "5 Jan 2024"),
    (("schema",), "newsparse/2"),
    (("entities", 0, "mentions", 0, "sentence"), "0"),
])
def test_wrong_values_are_rejected(path, value):
    d = full_document().to_dict()
    target = d
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    with pytest.raises(jsonschema.ValidationError):
        validate(d)


@pytest.mark.parametrize("key", ["schema", "source", "entities", "warnings", "text_length"])
def test_missing_required_key_is_rejected(key):
    d = full_document().to_dict()
    del d[key]
    with pytest.raises(jsonschema.ValidationError):
        validate(d)


def test_unknown_key_is_rejected():
    d = full_document().to_dict()
    d["entities"][0]["confidence"] = 0.9
    with pytest.raises(jsonschema.ValidationError):
        validate(d)


def test_error_record_schema():
    validate_error({"source": "a.txt", "error": "empty file"})
    with pytest.raises(jsonschema.ValidationError):
        validate_error({"source": "a.txt"})
    with pytest.raises(jsonschema.ValidationError):
        validate({"source": "a.txt", "error": "empty file"})


def test_span_problems_catches_shifted_offsets():
    d = full_document().to_dict()
    assert span_problems(d, TEXT) == []
    bad = copy.deepcopy(d)
    bad["dates"][0]["start"] += 1
    assert any("dates" in p for p in span_problems(bad, TEXT))
    bad = copy.deepcopy(d)
    bad["entities"][0]["mentions"][0]["end"] = len(TEXT) + 5
    assert any("outside the text" in p for p in span_problems(bad, TEXT))


def test_cli_prints_the_schema():
    result = invoke(["--schema"])
    assert result.exit_code == 0
    assert result.stdout == schema_text()
    assert json.loads(result.stdout) == load_schema()


def test_seed_analysis_validates(analysed_seed, seed_text):
    check_document(analysed_seed.to_dict(), seed_text)
