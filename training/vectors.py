"""Train word vectors (gensim skip-gram) and write a stanza pretrain file.

    python training/vectors.py --build build

Reads ``BUILD/text/w2v.txt`` (from prepare.py) and writes
``BUILD/vectors/hi_newsparse.vectors.txt`` and ``BUILD/vectors/hi_newsparse.pretrain.pt``.
The vocabulary is capped (``--max-vocab``, most frequent first) so the
shipped pretrain file stays small; words outside it fall back to stanza's
character model and the trained delta embedding.
"""
from __future__ import annotations

import argparse
import logging
from pathlib import Path


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--build", default="build")
    ap.add_argument("--dim", type=int, default=100)
    ap.add_argument("--min-count", type=int, default=3)
    ap.add_argument("--epochs", type=int, default=5)
    ap.add_argument("--max-vocab", type=int, default=50000)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--seed", type=int, default=1234)
    args = ap.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")

    from gensim.models import Word2Vec
    from gensim.models.word2vec import LineSentence

    build = Path(args.build)
    out = build / "vectors"
    out.mkdir(parents=True, exist_ok=True)
    model = Word2Vec(LineSentence(str(build / "text/w2v.txt")), vector_size=args.dim, sg=1,
                     min_count=args.min_count, epochs=args.epochs, workers=args.workers,
                     seed=args.seed, window=5)
    vec_txt = out / "hi_newsparse.vectors.txt"
    words = model.wv.index_to_key[: args.max_vocab]  # sorted by frequency
    with open(vec_txt, "w", encoding="utf-8") as fh:
        fh.write(f"{len(words)} {args.dim}\n")
        for w in words:
            fh.write(w + " " + " ".join(f"{x:.5f}" for x in model.wv[w]) + "\n")

    from stanza.models.common.pretrain import Pretrain

    pt = out / "hi_newsparse.pretrain.pt"
    if pt.exists():
        pt.unlink()
    pretrain = Pretrain(str(pt), str(vec_txt), max_vocab=args.max_vocab)
    pretrain.load()  # builds from the text file and saves the .pt
    print(f"pretrain: {len(pretrain.vocab)} words, {pt.stat().st_size / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
