"""Experiment (not shipped): lay a lexicon of the training data's consistent entities over the model's tags.

    python training/lexicon_overlay.py [--pred tags.txt]

A word sequence (up to 8 words) that IL-NER train (alone, or with HiNER) tags as
one type in at least a share ``ratio`` of its occurrences, and at least ``min_count``
times, goes into the lexicon.  Over IL-NER dev, the lexicon either fills spans the
model left untagged ("fill") or also replaces model spans it exactly covers
("override").  Prints the entity F1 per setting next to the model's own.

``--pred`` is the model's output on IL-NER dev (``python -m newsparse.ner
../shared/data/ner/il-ner/hi-dev.txt > tags.txt``); without it the model is run.
Recorded in the model card: 0.784–0.793 against the model's 0.790.
"""
from __future__ import annotations

import argparse
import io
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from evaluate import entity_scores, parse_tagged  # noqa: E402
from prepare import HINER_MAP, IL_NER_MAP, read_conll  # noqa: E402

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "ner"
MAX_WORDS = 8


def _norm(words: list[str]) -> tuple[str, ...]:
    from newsparse.normalise import normalise_token

    return tuple(normalise_token(w) for w in words)


def build_lexicon(corpora: list, ratio: float, min_count: int) -> dict[tuple[str, ...], str]:
    from newsparse.entities.resolve import bio_spans

    typed: dict[tuple[str, ...], Counter] = defaultdict(Counter)
    seen: Counter = Counter()
    for sentences in corpora:
        for sent in sentences:
            words = _norm([w for w, _ in sent])
            for i, j, typ in bio_spans([t for _, t in sent]):
                if j - i <= MAX_WORDS:
                    typed[words[i:j]][typ] += 1
            for n in range(1, MAX_WORDS + 1):
                for i in range(len(words) - n + 1):
                    seen[words[i:i + n]] += 1
    lexicon = {}
    for key, counts in typed.items():
        typ, count = counts.most_common(1)[0]
        if count >= min_count and count / seen[key] >= ratio:
            lexicon[key] = typ
    return lexicon


def overlay(lexicon: dict, words: list[str], tags: list[str], mode: str) -> list[str]:
    words, tags, n = _norm(words), list(tags), len(words)
    i = 0
    while i < n:
        width = next((w for w in range(min(MAX_WORDS, n - i), 0, -1) if words[i:i + w] in lexicon), 0)
        if not width:
            i += 1
            continue
        j, typ = i + width, lexicon[words[i:i + width]]
        untagged = all(t == "O" for t in tags[i:j]) and (j == n or not tags[j].startswith("I-"))
        exact = (i == 0 or not tags[i].startswith("I-")) and (j == n or not tags[j].startswith("I-"))
        if untagged or (mode == "override" and exact):
            tags[i:j] = ["B-" + typ] + ["I-" + typ] * (j - i - 1)
        i = j
    return tags


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--pred", default=None)
    args = ap.parse_args()
    dev = read_conll(DATA / "il-ner" / "hi-dev.txt", IL_NER_MAP)
    if args.pred:
        pred = parse_tagged(Path(args.pred).read_text(encoding="utf-8"))
    else:
        from newsparse.entities.ner import tag_conll_file

        buf = io.StringIO()
        tag_conll_file(str(DATA / "il-ner" / "hi-dev.txt"), buf)
        pred = parse_tagged(buf.getvalue())
    print("model", entity_scores(dev, pred)["ALL"]["f1"])
    il = read_conll(DATA / "il-ner" / "hi-train.txt", IL_NER_MAP)
    hiner = read_conll(DATA / "hiner" / "validation.original.conll", HINER_MAP)
    for name, corpora in (("il-ner", [il]), ("il-ner+hiner", [il, hiner])):
        for ratio in (0.5, 0.7, 0.9):
            for min_count in (1, 2, 3):
                lexicon = build_lexicon(corpora, ratio, min_count)
                for mode in ("fill", "override"):
                    tags = [overlay(lexicon, [w for w, _ in g], p, mode) for g, p in zip(dev, pred)]
                    f1 = entity_scores(dev, tags)["ALL"]["f1"]
                    print(f"{name} ratio {ratio} count>={min_count} {mode}: {len(lexicon)} entries, F1 {f1}")


if __name__ == "__main__":
    main()
