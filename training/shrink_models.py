"""Store trained NER models in half precision for shipping.

    python training/shrink_models.py MODEL.pt [MODEL.pt ...] --out DIR

Inference loads the state dict into float32 parameters (``load_state_dict``
casts), so storing the weights as float16 halves the files at a cost that
``training/evaluate.py`` measures on IL-NER dev (re-check after any change).
Character language models are left as they are (small already).
"""
from __future__ import annotations

import argparse
from pathlib import Path

import torch


def shrink(src: Path, dst: Path) -> None:
    checkpoint = torch.load(src, map_location="cpu", weights_only=False)
    state = checkpoint["model"]
    for key, value in state.items():
        if torch.is_tensor(value) and value.is_floating_point():
            state[key] = value.to(torch.float16)
    # The training options stored with the model name files of the training
    # machine; inference passes its own paths, so drop them from the card.
    config = checkpoint.get("config", {})
    for key in ("train_file", "eval_file", "save_dir", "wordvec_pretrain_file",
                "charlm_forward_file", "charlm_backward_file", "eval_output_file"):
        if key in config:
            config[key] = None
    torch.save(checkpoint, dst, _use_new_zipfile_serialization=False)
    print(f"{src} -> {dst}: {src.stat().st_size / 1e6:.1f} MB -> {dst.stat().st_size / 1e6:.1f} MB")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("models", nargs="+", type=Path)
    ap.add_argument("--out", type=Path, required=True)
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    for model in args.models:
        if model.exists():
            shrink(model, args.out / model.name)


if __name__ == "__main__":
    main()
