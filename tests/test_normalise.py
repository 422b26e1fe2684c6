"""The normalised view and its offset map back to the original text."""
import pytest

from newsparse.normalise import NormalisedText, normalise_token


@pytest.mark.parametrize("raw, view", [
    ("ज़िला", "जिला"),  # nukta as a separate sign
    ("\u095b\u093f\u0932\u093e", "जिला"),  # precomposed ज़
    ("क़ानून", "कानून"),
    ("फ़ैसला", "फैसला"),
    ("चाँद", "चांद"),  # chandrabindu folded to anusvara
    ("क्\u200dष", "क्ष"),  # ZWJ removed
    ("२०२४", "2024"),
    ("४,३२,०००", "4,32,000"),
    ("है|", "है।"),  # pipe typed for a danda
])
def test_view_forms(raw, view):
    assert NormalisedText.build(raw).text == view
    assert normalise_token(raw) == view


def test_curly_quotes_stay_distinguishable():
    text = "उन्होंने कहा, “हम जीतेंगे” और ‘ठीक’"
    assert NormalisedText.build(text).text == text


def test_colon_is_not_turned_into_visarga():
    # indic-nlp's visarga correction would eat the colon that opens a quote
    assert NormalisedText.build("उन्होंने कहा: ठीक").text == "उन्होंने कहा: ठीक"


def test_offsets_map_back_exactly():
    original = "श्री. ज़िला\u200d अधिकारी ने १० बजे कहा"
    norm = NormalisedText.build(original)
    for word in ["जिला", "अधिकारी", "10", "कहा"]:
        s = norm.text.index(word)
        os_, oe = norm.span(s, s + len(word))
        assert normalise_token(original[os_:oe]) == word
    s = norm.text.index("जिला")
    os_, oe = norm.span(s, s + 4)
    assert original[os_:oe] == "ज़िला\u200d"  # the dropped ZWJ stays inside the span


def test_dropped_regions_become_newlines():
    original = "पहली पंक्ति\nShare this\nदूसरी पंक्ति"
    keep = [(0, 11), (23, len(original))]
    norm = NormalisedText.build(original, keep)
    assert len(norm.text) == len(original)
    assert "Share" not in norm.text
    assert norm.text.startswith("पहली पंक्ति\n")


def test_line_breaks_untouched():
    original = "एक\r\nदो\rतीन"
    norm = NormalisedText.build(original)
    assert norm.text == original
    assert norm.span(4, 6) == (4, 6)
