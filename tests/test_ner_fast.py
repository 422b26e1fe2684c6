"""The default NER path (numpy on CPU, torch on a GPU) gives exactly the stanza Pipeline's tags."""
from __future__ import annotations

from pathlib import Path

import pytest

from newsparse.entities import ner

ROOT = Path(__file__).resolve().parent.parent
CORPUS = sorted((ROOT / "bench" / "corpus").glob("*.txt"))

TEXT = (
    "लखनऊ। समाजवादी पार्टी के अध्यक्ष अखिलेश यादव ने सोमवार को भाजपा सरकार पर निशाना साधा। "
    "उन्होंने 15 अगस्त 2023 को दिल्ली में प्रधानमंत्री नरेंद्र मोदी से मुलाकात की थी। "
    "Reuters के अनुसार ISRO ने चंद्रयान-3 को 14 जुलाई को श्रीहरिकोटा से प्रक्षेपित किया। "
    "मुंबई पुलिस ने बताया कि 2,500 करोड़ रुपये का घोटाला महाराष्ट्र बैंक में हुआ। "
    "राहुल गांधी ने कहा, “हम लड़ेंगे!” और फिर वे वाराणसी चले गए। "
    "भारतीय रिज़र्व बैंक (RBI) के गवर्नर शक्तिकांत दास ने 6.5% रेपो दर बरकरार रखी।"
)


def _tokens_of(text: str) -> list[list[str]]:
    from newsparse.pipeline import prepare

    return [[t.norm for t in s.tokens] for s in prepare(text).sentences]


def _same(sentences: list[list[str]]) -> None:
    fast = ner.tag_token_lists(sentences)
    ref = ner.tag_token_lists_pipeline(sentences)
    assert len(fast) == len(sentences)
    for toks, f, r in zip(sentences, fast, ref):
        assert len(f) == len(toks)
        assert f == r, (toks, f, r)


@pytest.fixture(scope="module")
def corpus_sentences() -> list[list[str]]:
    sents = _tokens_of(TEXT)
    for path in CORPUS[:12]:
        sents += _tokens_of(path.read_bytes().decode("utf-8-sig"))
    return sents


def test_corpus_tags_equal_pipeline(corpus_sentences):
    assert len(corpus_sentences) >= 300
    _same(corpus_sentences)


def test_written_text_tags_equal_pipeline():
    sents = _tokens_of(TEXT)
    _same(sents)
    tags = [t for s in ner.tag_token_lists(sents) for t in s]
    assert any(t != "O" for t in tags)


def test_batch_split_does_not_change_tags(corpus_sentences):
    whole = ner.tag_token_lists(corpus_sentences)
    one_by_one = [ner.tag_token_lists([s])[0] for s in corpus_sentences[:60]]
    assert one_by_one == whole[:60]


def test_empty_inputs():
    assert ner.tag_token_lists([]) == []
    assert ner.tag_token_lists([[]]) == [[]]
    assert ner.tag_token_lists([[], ["दिल्ली"], []]) == [[], ner.tag_token_lists([["दिल्ली"]])[0], []]


def test_edge_cases_equal_pipeline():
    base = _tokens_of(TEXT)
    long = [w for s in base for w in s]
    long = (long * (500 // len(long) + 1))[:500]
    sents = [
        ["दिल्ली"],
        ["मोदी"],
        ["।"],
        long,                                   # 500 tokens: three windows
        long[:200], long[:201],                 # a window boundary
        ["☃", "𝔘𝔫𝔦", "\u200d", "ꙮ", "की"],       # characters the model never saw
        ["Narendra", "Modi", "visited", "New", "Delhi", "on", "Monday", "."],
        ["BJP", "और", "CONGRESS", "के", "नेता", "Lucknow", "में"],
        ["2023", "में", "15", "अगस्त", "को", "१५", "अगस्त", "२०२३", "12:30", "3.5%", "1,00,000"],
        ["a b", "दिल्ली", "  "],                 # whitespace inside tokens
        ["x" * 60, "क" * 40, "दिल्ली"],           # very long words
    ]
    _same(sents)
    out = ner.tag_token_lists(sents)
    assert len(out[3]) == 500
    assert all(len(o) == len(s) for o, s in zip(out, sents))


def test_empty_token_is_tagged_o():
    # stanza's pipeline refuses empty tokens; the fast path tags them O
    sent = ["प्रधानमंत्री", "नरेंद्र", "", "मोदी", "ने", "कहा"]
    tags = ner.tag_token_lists([sent])[0]
    assert len(tags) == len(sent)
    assert tags[2] == "O"
    assert not any(t.startswith("I-") and (k == 0 or tags[k - 1][2:] != t[2:]) for k, t in enumerate(tags))


def test_tags_are_bio():
    tags = [t for s in ner.tag_token_lists(_tokens_of(TEXT)) for t in s]
    assert all(t == "O" or t[:2] in ("B-", "I-") for t in tags)
    assert not any(t.startswith(("S-", "E-")) for t in tags)


def test_generic_forward_matches_plain(corpus_sentences):
    """The torch path for char-LM / other models (stanza's own forward) agrees too."""
    tagger = ner.FastTagger(ner._load_trainer())
    if not tagger.plain:
        pytest.skip("model already runs through the generic path")
    sents = corpus_sentences[:80] + [["दिल्ली"], ["Modi", "ji"]]
    plain = tagger.tag(sents)
    tagger.plain = False
    generic = tagger.tag(sents)
    assert generic == plain
    assert any(t != "O" for s in plain for t in s)


def test_tag_sentences_sets_tags():
    from newsparse.pipeline import prepare

    doc = prepare(TEXT)
    ner.tag_sentences([doc])
    for s in doc.sentences:
        assert len(s.ner_tags) == len(s.tokens)
    assert ner.tag_token_lists([[t.norm for t in s.tokens] for s in doc.sentences]) == \
        [s.ner_tags for s in doc.sentences]


def test_given_tokens_are_split_as_in_training_and_tagged_one_each():
    pieces, owner = ner.split_given_tokens(["रोड-शो", "डॉ.", "मोदी"])
    assert pieces[:3] == ["रोड", "-", "शो"] and owner[:3] == [0, 0, 0]
    assert set(owner) == {0, 1, 2} and len(pieces) == len(owner)
    # the first piece's entity; else the first entity among the pieces; I- after O becomes B-
    assert ner.tags_for_given_tokens(3, [0, 0, 1, 2, 2], ["O", "B-PER", "I-PER", "O", "O"]) == \
        ["B-PER", "I-PER", "O"]
    assert ner.tags_for_given_tokens(2, [0, 1, 1], ["O", "I-LOC", "I-LOC"]) == ["O", "B-LOC"]


def test_conll_interface_keeps_tokens_lines_and_blank_lines(tmp_path):
    import subprocess
    import sys

    src = tmp_path / "in.conll"
    sents = [["प्रधानमंत्री", "नरेंद्र", "मोदी", "ने", "रोड-शो", "किया", "।"],
             ["15-20", "जनवरी", "को", "दिल्ली", "में", "बैठक", "होगी", "।"]]
    src.write_text("\n\n".join("\n".join(f"{t}\tO" for t in s) for s in sents) + "\n", encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "newsparse.ner", str(src)], capture_output=True, text=True,
                         check=True).stdout
    blocks = [b.splitlines() for b in out.strip("\n").split("\n\n")]
    assert [[line.split("\t")[0] for line in b] for b in blocks] == sents
    tags = [line.split("\t")[1] for b in blocks for line in b]
    assert set(tags) <= {"O"} | {f"{p}-{t}" for p in "BI" for t in ("PER", "ORG", "LOC", "DATE")}
    assert "B-PER" in tags and "B-LOC" in tags
