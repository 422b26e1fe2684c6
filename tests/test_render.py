"""The terminal summary (render.summary)."""
from __future__ import annotations

from rich.console import Console

from newsparse import analyse
from newsparse.render import summary


def _plain(doc: dict, text: str) -> str:
    console = Console(width=100, record=True, color_system=None)
    console.print(summary(doc, text))
    return console.export_text()


def test_claims_of_one_source_named_two_ways_are_one_group():
    text = ("भाजपा ने कहा कि वह सभी सीटों पर उम्मीदवार उतारेगी। भारतीय जनता पार्टी ने यह भी कहा कि"
            " प्रचार अगले सप्ताह शुरू होगा।")
    doc = analyse(text).to_dict()
    assert {c["speaker"] for c in doc["claims"]} == {"भाजपा", "भारतीय जनता पार्टी"}
    out = _plain(doc, text)
    claims_part = out[out.index("Claims"):]
    assert claims_part.count("भारतीय जनता पार्टी") == 1 and "भाजपा\n" not in claims_part
