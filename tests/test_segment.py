"""Sentence splitting and tokenisation on Hindi news quirks."""
import pytest

from newsparse.pipeline import prepare
from newsparse.segment import tokenize


def sentences(text):
    doc = prepare(text)
    return [doc.text[s.start:s.end] for s in doc.sentences]


def tokens(text):
    return [t for t, _, _ in tokenize(text)]


def test_danda_and_question_mark():
    assert sentences("राम घर गया। सीता कहां है? वह आई!") == ["राम घर गया।", "सीता कहां है?", "वह आई!"]


def test_full_stop_used_as_danda():
    assert sentences("बैठक हुई. फैसला नहीं हुआ.") == ["बैठक हुई.", "फैसला नहीं हुआ."]


def test_glued_sentences_split():
    assert sentences("बैठक हुई।फैसला कल होगा।") == ["बैठक हुई।", "फैसला कल होगा।"]


def test_danda_with_spaces_around():
    assert sentences("बैठक हुई । फैसला कल होगा ।") == ["बैठक हुई ।", "फैसला कल होगा ।"]


@pytest.mark.parametrize("abbr", ["श्री.", "डॉ.", "प्रो."])
def test_abbreviations_do_not_end_sentences(abbr):
    text = f"{abbr} रमेश शर्मा ने भाषण दिया। सब खुश थे।"
    assert len(sentences(text)) == 2


def test_initials_do_not_end_sentences():
    assert len(sentences("ए. के. सिंह ने कहा कि बैठक होगी।")) == 1


def test_closing_quote_stays_with_its_sentence():
    out = sentences("उन्होंने कहा, “हम जीतेंगे।” फिर वे चले गए।")
    assert out[0].endswith("”")
    assert len(out) == 2


def test_line_breaks_are_boundaries():
    assert sentences("भोपाल\nबैठक हुई") == ["भोपाल", "बैठक हुई"]


def test_numbers_stay_whole():
    doc = prepare("कुल ४,३२,००० लोग सुबह 10:30 बजे 7.1.2024 को")
    norms = [t.norm for t in doc.sentences[0].tokens]
    assert "4,32,000" in norms and "10:30" in norms and "7.1.2024" in norms


def test_decimal_and_time_do_not_split_sentences():
    assert len(sentences("दर 7.5 प्रतिशत रही और बैठक 10.30 बजे हुई।")) == 1


def test_latin_words_mixed_in():
    assert tokens("BJP ने Twitter पर post किया") == ["BJP", "ने", "Twitter", "पर", "post", "किया"]


def test_hyphen_splits_words():
    assert tokens("कांग्रेस-भाजपा") == ["कांग्रेस", "-", "भाजपा"]


def test_token_offsets_index_original_text():
    text = "श्री ज़िला\u200d अधिकारी ने १० बजे कहा।"
    doc = prepare(text)
    for s in doc.sentences:
        for t in s.tokens:
            assert doc.text[t.start:t.end].strip() != ""
            assert t.start < t.end


def test_pathological_token_is_cut():
    toks = tokenize("क" * 1000)
    assert max(e - s for _, s, e in toks) <= 60


def test_short_word_before_glued_full_stop_ends_sentence():
    assert sentences("यह सच है.इस पर बहस होगी.") == ["यह सच है.", "इस पर बहस होगी."]


def test_latin_initials_do_not_end_sentences():
    assert len(sentences("A. K. Singh ने कहा कि बैठक होगी।")) == 1


def test_a_related_headline_run_into_the_next_sentence_is_split_there():
    # BBC pages glue a related story's headline to the text: "… फूटा ग़ुस्सा|आयोग ने …"
    doc = prepare("महिलाओं के ख़िलाफ़ फूटा ग़ुस्साआयोग ने एक सर्वे में बात की.")
    assert [[t.norm for t in s.tokens][:2] for s in doc.sentences] == [["महिलाओं", "के"], ["आयोग", "ने"]]
    first = doc.sentences[0].tokens[-1]
    assert doc.text[first.start:first.end] == "ग़ुस्सा"
    # one word with a vowel letter inside stays whole: a name, a compound, an abbreviation
    for word in ("रखाइन", "हरिओम", "खुलेआम", "महाअभियान", "एसआईटी", "पीएसी"):
        assert [t for t, _, _ in tokenize(word)] == [word]
