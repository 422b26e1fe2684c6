"""Property test: ``analyse`` survives anything a decoded file can hold.

Devanagari-heavy text with combining marks, nukta (typed both ways), ZWJ and
ZWNJ, right-to-left text and marks, emoji, NUL and other controls, every
kind of line break, and very long lines.  For every input: no exception,
every offset inside the text, ``text[start:end]`` equal to the span's text,
and output valid against the schema.
"""
from __future__ import annotations

import os

import pytest

from conftest import check_document
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsparse.pipeline import analyse

EXAMPLES = int(os.environ.get("NEWSPARSE_HYPOTHESIS_EXAMPLES", "200"))

# Pieces of real news text, so the annotators' paths actually run.
NEWS_PIECES = [
    "भोपाल। ", "कांग्रेस", " भाजपा ", "प्रदेश कांग्रेस अध्यक्ष जीतू पटवारी", " ने कहा कि ", "7 जनवरी", ", रविवार को ",
    "सुबह 10:30 बजे", " बैठक होगी।", "\"हम जीतेंगे\"", "“सरकार विफल है”", " सूत्रों के अनुसार ", "28 से 31 दिसंबर",
    "पिछले सोमवार", " आज ", " कल ", "२०२४", "श्री ", " जी", "डॉ. ", "।", "॥", "|", " - ", "...", "Leave a Reply",
    "यह भी पढ़ें: ", "Share this:", "BJP", " Jitu Patwari ", "क़ानून", "ज़िला", "फ़ैसला",
]
SPECIALS = [
    "\u093c",  # nukta typed separately
    "\u200c", "\u200d",  # ZWNJ, ZWJ
    "\u200b", "\u2060", "\ufeff", "\u00ad",  # zero-width space, word joiner, stray BOM, soft hyphen
    "\u0901", "\u0902", "\u0903", "\u094d", "\u0951", "\u0952",  # chandrabindu, anusvara, visarga, virama, accents
    "\u0300", "\u0301", "\u0333",  # Latin combining marks
    "\u200f", "\u200e", "\u202e", "\u202c", "\u2067",  # RTL/LTR marks and overrides
    "بھوپال", "کانگریس", "שלום",  # right-to-left scripts
    "😀", "👍🏽", "👨‍👩‍👧", "🇮🇳",  # emoji, modifiers, ZWJ sequences, flags
    "\x00", "\x07", "\x1b[31m", "\x7f",  # NUL and other controls
    "\n", "\r\n", "\r", "\u2028", "\u2029", "\x0b", "\x0c", "\x85", "\t", "\u00a0", "\u3000",
    "\U0001d400", "\U000e0001",  # astral letters and tags
]
devanagari = st.characters(min_codepoint=0x0900, max_codepoint=0x097F)
any_char = st.characters(blacklist_categories=("Cs",))  # no lone surrogates: decoding never yields them
fragment = st.one_of(
    st.text(devanagari, min_size=1, max_size=12),
    st.sampled_from(NEWS_PIECES),
    st.sampled_from(SPECIALS),
    st.text(any_char, min_size=1, max_size=6),
    st.just(" "),
)
article_text = st.one_of(
    st.lists(fragment, max_size=60).map("".join),
    # one long line of up to 3000 characters: no sentence end, no line break
    st.builds(lambda piece, n: (piece * n)[:n], st.sampled_from(["कांग्रेस ", "क", "😀", "a\u093c", " "]),
              st.integers(min_value=200, max_value=3000)),
)


@settings(max_examples=EXAMPLES, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(text=article_text, published=st.sampled_from([None, "2024-01-05"]))
def test_analyse_survives_hostile_text(analysed_seed, text, published):
    doc = analyse(text, published=published, source="hostile.txt")
    out = doc.to_dict()
    check_document(out, text)
    assert out["text_length"] == len(text)
    for s in doc.sentences:
        assert 0 <= s.start <= s.end <= len(text)
    for s, e in doc.body:
        assert 0 <= s <= e <= len(text)


def test_long_line_without_breaks_is_analysed(analysed_seed):
    # ~1200 tokens in one "sentence": several NER windows of 200 tokens each
    text = ("कांग्रेस ने भोपाल में बैठक की और " * 150).strip()
    check_document(analyse(text).to_dict(), text)


@pytest.mark.parametrize("published", [None, "2024-03-01"])
def test_every_bench_corpus_article_is_analysed(published):
    """The 120 generated articles of bench/corpus, with and without a publication date: no
    annotator may fail on real-looking text (a day without a year once crashed one)."""
    from pathlib import Path

    from newsparse.pipeline import analyse_many

    files = sorted((Path(__file__).resolve().parent.parent / "bench" / "corpus").glob("*.txt"))
    assert len(files) >= 100
    texts = [f.read_text(encoding="utf-8") for f in files]
    for text, doc in zip(texts, analyse_many([(t, published, None) for t in texts])):
        check_document(doc.to_dict(), text)
