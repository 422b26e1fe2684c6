"""Prepare NER training data and embedding text from ../shared/data.

Writes into BUILD (default ``build/``):
  ner/hi_newsparse.train.json, ner/hi_newsparse.dev.json   stanza NER json
  ner/hi_newsparse.train_il.json                            IL-NER train alone
  ner/hi_newsparse.{train,dev}_2h.json                      one tag set per corpus (multi_ner)
  text/lm_train.txt, text/lm_dev.txt                        normalised plain text (charlm)
  text/w2v.txt                                              tokenised lines (word vectors)

Tokens go through exactly the normaliser and tokeniser that inference uses
(``newsparse.normalise``/``newsparse.segment``): a training token that the
tokeniser splits (``कांग्रेस-पटवारी``) becomes several tokens with its tag
carried over (B- then I-), so training and inference see the same units.
"""
from __future__ import annotations

import argparse
import json
import lzma
import random
import re
from pathlib import Path

from newsparse.entities.ner import model_tokens
from newsparse.normalise import NormalisedText
from newsparse.segment import tokenize

IL_NER_MAP = {"NEP": "PER", "NEL": "LOC", "NEO": "ORG", "NETI": "DATE"}
HINER_MAP = {"PERSON": "PER", "LOCATION": "LOC", "ORGANIZATION": "ORG", "TIMEX": "DATE"}


def map_tag(tag: str, table: dict[str, str], prev: str) -> str:
    """Map a source tag to PER/ORG/LOC/DATE BIO; repair malformed IL-NER tags.

    ``-NEL`` style tags are read as their evident type; a bare ``-`` (which
    stanza would treat as "no gradient") becomes ``O``.  An I- tag that does
    not continue an entity of its type becomes B-.
    """
    tag = tag.strip()
    if not tag or tag == "O" or tag == "-":
        return "O"
    m = re.match(r"^([BI])?-?(\w+)$", tag)
    if not m:
        return "O"
    prefix, typ = m.group(1) or "B", m.group(2)
    mapped = table.get(typ)
    if mapped is None:
        return "O"
    if prefix == "I" and prev[2:] != mapped:
        prefix = "B"
    return f"{prefix}-{mapped}"


def read_conll(path: Path, table: dict[str, str]) -> list[list[tuple[str, str]]]:
    sentences, cur, prev = [], [], "O"
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if cur:
                sentences.append(cur)
            cur, prev = [], "O"
            continue
        parts = line.split("\t")
        if len(parts) < 2:
            parts = line.split()
        word = parts[0]
        tag = map_tag(parts[-1] if len(parts) > 1 else "O", table, prev)
        cur.append((word, tag))
        prev = tag
    if cur:
        sentences.append(cur)
    return sentences


def retokenise(sentence: list[tuple[str, str]]) -> list[dict[str, str]]:
    """Tokens as the model sees them at inference (``model_tokens``), the tag carried onto the pieces."""
    out = []
    for word, tag in sentence:
        for k, piece in enumerate(model_tokens(word)):
            t = tag if k == 0 or tag == "O" else "I-" + tag[2:]
            out.append({"text": piece, "ner": t})
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", default="../shared/data")
    ap.add_argument("--build", default="build")
    ap.add_argument("--seed", type=int, default=1234)
    ap.add_argument("--il-weight", type=int, default=1, help="copies of IL-NER train in the training mix")
    args = ap.parse_args()
    data, build = Path(args.data), Path(args.build)
    (build / "ner").mkdir(parents=True, exist_ok=True)
    (build / "text").mkdir(parents=True, exist_ok=True)

    il_train = read_conll(data / "ner/il-ner/hi-train.txt", IL_NER_MAP)
    il_dev = read_conll(data / "ner/il-ner/hi-dev.txt", IL_NER_MAP)
    hiner = read_conll(data / "ner/hiner/validation.original.conll", HINER_MAP)
    il_pieces = [retokenise(s) for s in il_train]
    # IL-NER (the benchmark's conventions) counts --il-weight times, HiNER once; each
    # sentence keeps its corpus (0 IL-NER, 1 HiNER) for the one-tag-set-per-corpus data
    mix = [(0, s) for s in il_pieces] * args.il_weight + [(1, retokenise(s)) for s in hiner]
    mix = [(corpus, s) for corpus, s in mix if s]
    random.Random(args.seed).shuffle(mix)
    train = [s for _, s in mix]
    dev = [retokenise(s) for s in il_dev]
    (build / "ner/hi_newsparse.train.json").write_text(json.dumps(train, ensure_ascii=False), encoding="utf-8")
    # IL-NER alone, for the last fine-tuning stage: HiNER's conventions
    # (what a TIMEX or an ORGANIZATION spans) differ from IL-NER's.
    train_il = [s for s in il_pieces if s]
    random.Random(args.seed).shuffle(train_il)
    (build / "ner/hi_newsparse.train_il.json").write_text(json.dumps(train_il, ensure_ascii=False),
                                                          encoding="utf-8")
    (build / "ner/hi_newsparse.dev.json").write_text(json.dumps(dev, ensure_ascii=False), encoding="utf-8")

    # The same mix with one tag set per corpus (stage 3, two_heads.py): IL-NER's tags in
    # column 0, HiNER's in column 1, "-" (no gradient) where a corpus has no tag.
    def two_columns(sentence: list[dict[str, str]], corpus: int) -> list[dict]:
        return [{"text": t["text"], "multi_ner": [t["ner"], "-"] if corpus == 0 else ["-", t["ner"]]}
                for t in sentence]

    train_2h = [two_columns(s, corpus) for corpus, s in mix]
    (build / "ner/hi_newsparse.train_2h.json").write_text(json.dumps(train_2h, ensure_ascii=False),
                                                          encoding="utf-8")
    (build / "ner/hi_newsparse.dev_2h.json").write_text(
        json.dumps([two_columns(s, 0) for s in dev], ensure_ascii=False), encoding="utf-8")
    print(f"NER: {len(train)} train sentences, {len(dev)} dev sentences")

    # Raw text: normalised exactly as inference normalises, plus the NER
    # training sentences so that every training word has a vector.
    lines = []
    with lzma.open(data / "raw/hindi_raw.txt.xz", "rt", encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if line:
                lines.append(NormalisedText.build(line).text)
    lines += [" ".join(t["text"] for t in s) for s in train]
    random.Random(args.seed).shuffle(lines)
    n_dev = max(1, len(lines) // 200)
    (build / "text/lm_dev.txt").write_text("\n".join(lines[:n_dev]) + "\n", encoding="utf-8")
    (build / "text/lm_train.txt").write_text("\n".join(lines[n_dev:]) + "\n", encoding="utf-8")
    with open(build / "text/w2v.txt", "w", encoding="utf-8") as fh:
        for line in lines:
            fh.write(" ".join(t for t, _, _ in tokenize(line)) + "\n")
    print(f"text: {len(lines)} lines")


if __name__ == "__main__":
    main()
