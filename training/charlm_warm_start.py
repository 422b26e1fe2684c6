"""Turn a trained char-BiLSTM stanza NER checkpoint into a char-LM one that starts where it left off.

    python training/charlm_warm_start.py IN.pt OUT.pt FORWARD_CHARLM BACKWARD_CHARLM LR

In stanza's tagger a character language model *replaces* the per-word
character BiLSTM: the tagger LSTM's input becomes [word vector, forward LM
state, backward LM state] instead of [word vector, char BiLSTM state].  Training
such a tagger from scratch throws away the tagger already trained; this keeps
everything that still fits:

- word and delta embeddings, the tagger LSTM's recurrent weights, the output
  layers and CRF transitions are copied;
- ``input_transform`` (a square layer over the LSTM input) keeps its word-vector
  block for the outputs it had; its new outputs start as a random projection
  of the LM states;
- the tagger LSTM's input weights keep their word-vector columns; the LM-state
  columns start at zero, so the converted model first tags as the old one
  would with no character information, and training then learns how much to
  take from the language models (the gradient of a zero column is not zero:
  it is the gate error times the LM state).

The character BiLSTM's weights are dropped.  stanza's ``--finetune`` keeps the
checkpoint's learning rate, so LR is stored here (as ``two_heads.py`` does).
"""
from __future__ import annotations

import sys

import torch


def lm_state(path: str) -> dict:
    ck = torch.load(path, map_location="cpu", weights_only=True)
    return ck.get("model", ck)  # stanza's charlm files nest their state under "model"


def convert(src: str, dst: str, forward: str, backward: str, lr: float) -> None:
    ck = torch.load(src, map_location="cpu", weights_only=False)
    cfg = ck["config"]
    # a shipped model is stored in half precision: train on in single precision
    sd = {k: v.float() if v.is_floating_point() else v for k, v in ck["model"].items()}
    if cfg.get("charlm"):
        raise SystemExit(f"{src} already uses a character language model")
    word_dim = cfg["word_emb_dim"]
    old_char = 2 * cfg["char_hidden_dim"]
    fwd_state, bwd_state = lm_state(forward), lm_state(backward)
    if fwd_state["vocab"] != bwd_state["vocab"]:
        raise SystemExit("the forward and backward char LMs have different vocabularies")
    lm_dims = int(fwd_state["args"]["char_hidden_dim"]) + int(bwd_state["args"]["char_hidden_dim"])
    old_in, new_in = word_dim + old_char, word_dim + lm_dims

    out = {k: v for k, v in sd.items() if not k.startswith("charmodel.")}
    if "input_transform.weight" in sd:
        w, b = sd["input_transform.weight"], sd["input_transform.bias"]
        assert w.shape == (old_in, old_in), w.shape
        nw = torch.zeros(new_in, new_in, dtype=w.dtype)
        nb = torch.zeros(new_in, dtype=b.dtype)
        # the old outputs keep their word-vector part (their char-BiLSTM part is gone);
        # the new outputs start as a random projection of the LM states (nn.Linear's
        # own initial scale), which reach the LSTM through its zero columns below
        nw[:old_in, :word_dim] = w[:, :word_dim]
        nb[:old_in] = b
        bound = new_in ** -0.5
        gen = torch.Generator().manual_seed(1234)
        nw[old_in:, word_dim:] = (torch.rand(new_in - old_in, lm_dims, generator=gen) * 2 - 1).to(w.dtype) * bound
        out["input_transform.weight"], out["input_transform.bias"] = nw, nb
        lstm_in_old = old_in
    else:
        lstm_in_old = word_dim  # only the word-vector columns mean the same thing
    for suffix in ("", "_reverse"):
        key = f"taggerlstm.lstm.weight_ih_l0{suffix}"
        w = sd[key]
        nw = torch.zeros(w.shape[0], new_in, dtype=w.dtype)
        nw[:, :lstm_in_old] = w[:, :lstm_in_old]
        out[key] = nw
    ck["model"] = out
    # the data loader maps characters with the model's 'char' vocabulary, which must
    # now be the language models' (stanza takes it from the forward LM when training
    # a char-LM tagger from scratch)
    ck["vocab"]["char"] = fwd_state["vocab"]
    cfg.update(charlm=True, charlm_forward_file=forward, charlm_backward_file=backward,
               charlm_shorthand=cfg.get("shorthand"), lr=lr)
    torch.save(ck, dst)
    print(f"{src} -> {dst}: char LMs {lm_dims} wide, LSTM input {old_in} -> {new_in}, lr {lr}")


def main() -> None:
    src, dst, forward, backward, lr = sys.argv[1:6]
    convert(src, dst, forward, backward, float(lr))


if __name__ == "__main__":
    main()
