"""Write the common-words lexicon: the most frequent words of the word-vector text.

    python training/common_words.py [--pretrain src/newsparse/data/models/pretrain.pt] [--top 30000]

The shipped pretrain file lists its vocabulary most frequent first (gensim's
order over the raw Hindi text plus the NER training text).  Its first 30,000
words are the words Hindi text uses; a word outside them is rare enough to be
a name.  (Measured: with the top 6,000 only, the address and role rules fired
on ~80 words in IL-NER train, none of them names; with 30,000, on 4.)
The entity resolver reads the list to tell a name after a role or an address
word (``उपसरपंच सकालूराम``, ``निवासी रामसाला``) from a common noun
(``अधिकारी मौके पर``, ``ग्राम पंचायत``).  Writes
``src/newsparse/data/lexicons/common_words.txt``, one word per line.
"""
from __future__ import annotations

import argparse
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORD_RE = re.compile(r"^[\u0900-\u097F]+$")  # Devanagari letters and signs only


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--pretrain", default=str(ROOT / "src/newsparse/data/models/pretrain.pt"))
    ap.add_argument("--top", type=int, default=30000, help="vocabulary ranks to read")
    ap.add_argument("--out", default=str(ROOT / "src/newsparse/data/lexicons/common_words.txt"))
    args = ap.parse_args()
    from newsparse.entities.ner_numpy import load_checkpoint

    vocab = load_checkpoint(args.pretrain)["vocab"]["_id2unit"]
    words = [w for w in vocab[4:args.top + 4] if WORD_RE.match(w) and not re.search(r"[\u0964-\u096F]", w)]
    header = (f"# The Devanagari words among the {args.top} most frequent tokens of newsparse's word-vector text,\n"
              "# most frequent first. Written by training/common_words.py from the shipped pretrain.pt;\n"
              "# source text: Hindi Wikipedia (CC BY-SA), public-domain literature, IL-NER/HiNER train text;\n"
              "# shared, like the model files, under CC-BY-SA-4.0 (see data/models/MODEL_CARD.md).\n")
    Path(args.out).write_text(header + "\n".join(words) + "\n", encoding="utf-8")
    print(f"{len(words)} words -> {args.out}")


if __name__ == "__main__":
    main()
