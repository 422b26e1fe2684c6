"""Copy a stanza NER checkpoint with another learning rate.

    python training/set_lr.py IN.pt OUT.pt LR

stanza's ``ner_tagger --finetune`` builds its optimizer from the options
stored in the checkpoint, so a command-line ``--lr`` does not reach it; the
fine-tuning stage of ``train_ner.sh`` starts from a copy made here.
"""
from __future__ import annotations

import sys

import torch


def main() -> None:
    src, dst, lr = sys.argv[1], sys.argv[2], float(sys.argv[3])
    # our own checkpoint from the previous stage (it holds plain option dicts)
    checkpoint = torch.load(src, map_location="cpu", weights_only=False)
    checkpoint["config"]["lr"] = lr
    torch.save(checkpoint, dst)
    print(f"{src} -> {dst}: lr {lr}")


if __name__ == "__main__":
    main()
