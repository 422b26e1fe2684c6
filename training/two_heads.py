"""Give a one-tag-set stanza NER checkpoint a second output layer (a copy of the first).

    python training/two_heads.py IN.pt OUT.pt LR

Stage 3 of ``train_ner.sh`` (``TWO_HEADS_STEPS``) trains on IL-NER and HiNER
with one output layer (tag set) each: tag set 0 learns IL-NER's conventions
only (the benchmark's, and what ``python -m newsparse.ner`` predicts), tag set
1 HiNER's, while the encoder below them keeps learning from both corpora
(``prepare.py`` writes the data with ``multi_ner`` tags, ``-`` where a corpus
has no tag: stanza gives that layer no gradient there).  Both layers start from
the trained one, so the stage is a fine-tuning run; the learning rate is set
here because stanza's ``--finetune`` keeps the checkpoint's.
"""
from __future__ import annotations

import sys

import torch


def main() -> None:
    src, dst, lr = sys.argv[1], sys.argv[2], float(sys.argv[3])
    ck = torch.load(src, map_location="cpu", weights_only=False)
    tag = ck["vocab"]["tag"]
    if ck["vocab"]["_key2class"]["tag"] != "CompositeVocab" or list(tag["_id2unit"]) != [0]:
        raise SystemExit(f"{src}: expected one tag column in a CompositeVocab")
    for key in ("_id2unit", "_unit2id"):
        tag[key][1] = type(tag[key][0])(tag[key][0])
    sd = ck["model"]
    for name in ("tag_clfs.{}.weight", "tag_clfs.{}.bias", "crits.{}._transitions"):
        sd[name.format(1)] = sd[name.format(0)].clone()
    ck["config"]["lr"] = lr
    ck["config"]["predict_tagset"] = 0
    torch.save(ck, dst)
    print(f"{src} -> {dst}: two tag sets, lr {lr}")


if __name__ == "__main__":
    main()
