"""Entity-level F1 of the NER model on a CoNLL file (IL-NER dev by default).

    python training/evaluate.py [--conll ../shared/data/ner/il-ner/hi-dev.txt] [--model-dir DIR]

Runs the same code path as ``python -m newsparse.ner`` and scores exact
entity spans per type (PER, ORG, LOC, DATE), conlleval-style.
"""
from __future__ import annotations

import argparse
import io
import json
import os
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from prepare import IL_NER_MAP, read_conll  # noqa: E402


def spans(tags: list[str]) -> set[tuple[int, int, str]]:
    from newsparse.entities.resolve import bio_spans

    return set(bio_spans(tags))


def parse_tagged(text: str) -> list[list[str]]:
    """The tag column of ``token<TAB>tag`` output, one list per sentence."""
    return [[line.split("\t")[1] for line in block.split("\n") if line]
            for block in text.split("\n\n") if block.strip()]


def entity_scores(gold_sents: list[list[tuple[str, str]]], pred_sents: list[list[str]]) -> dict:
    """Exact-span precision, recall and F1 per type and over all (``ALL``)."""
    tp, fp, fn = Counter(), Counter(), Counter()
    for gold, pred in zip(gold_sents, pred_sents, strict=True):
        g, p = spans([t for _, t in gold]), spans(pred)
        for s in p & g:
            tp[s[2]] += 1
        for s in p - g:
            fp[s[2]] += 1
        for s in g - p:
            fn[s[2]] += 1
    report = {}
    for typ in ["PER", "ORG", "LOC", "DATE", "ALL"]:
        if typ == "ALL":
            a, b, c = sum(tp.values()), sum(fp.values()), sum(fn.values())
        else:
            a, b, c = tp[typ], fp[typ], fn[typ]
        p = a / (a + b) if a + b else 0.0
        r = a / (a + c) if a + c else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        report[typ] = {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "gold": a + c}
    return report


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--conll", default="../shared/data/ner/il-ner/hi-dev.txt")
    ap.add_argument("--model-dir", default=None)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    if args.model_dir:
        os.environ["NEWSPARSE_MODEL_DIR"] = args.model_dir
    from newsparse.entities.ner import get_pipeline, tag_conll_file

    gold_sents = read_conll(Path(args.conll), IL_NER_MAP)
    t0 = time.time()
    get_pipeline()
    load_s = time.time() - t0
    buf = io.StringIO()
    t0 = time.time()
    tag_conll_file(args.conll, buf)
    tag_s = time.time() - t0
    pred_sents = parse_tagged(buf.getvalue())
    n_tokens = sum(len(g) for g in gold_sents)
    report = entity_scores(gold_sents, pred_sents)
    report["_speed"] = {"load_s": round(load_s, 2), "tokens": n_tokens, "tokens_per_s": round(n_tokens / tag_s)}
    if args.json:
        print(json.dumps(report))
    else:
        for k, v in report.items():
            print(k, v)


if __name__ == "__main__":
    main()
