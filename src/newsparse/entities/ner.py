"""The shipped stanza NER model: loading (once, offline) and batched tagging.

The model (BiLSTM-CRF over word vectors, characters and a character language
model) is trained by ``training/`` on IL-NER + HiNER and shipped under
``newsparse/data/models``.  Loading never touches the network: stanza gets
``download_method=None``, explicit model paths and a stub ``resources.json``.
All model files are read with torch's safe (weights-only) loading, which
stanza uses for NER, pretrain and char LM files.

Tags are BIO over PER, ORG, LOC, DATE; they land in ``Sentence.ner_tags``.
"""
from __future__ import annotations

import logging
import os
import threading
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

# Sentences longer than this are tagged in windows: the BiLSTM's cost is
# linear, but one giant "sentence" (a page without punctuation) would make a
# batch as wide as itself.
MAX_SENTENCE_TOKENS = 200
BATCH_SENTENCES = 64

_lock = threading.Lock()


@dataclass(frozen=True)
class ModelFiles:
    ner: Path
    pretrain: Path
    forward_charlm: Path | None
    backward_charlm: Path | None
    resources_json: Path


def model_dir() -> Path:
    """The shipped models, or ``NEWSPARSE_MODEL_DIR`` for a model of one's own."""
    custom = os.environ.get("NEWSPARSE_MODEL_DIR")
    if custom:
        return Path(custom)
    return Path(str(resources.files("newsparse") / "data" / "models"))


def model_variant() -> str:
    """``default`` (with char LM, more accurate) or ``fast`` (``NEWSPARSE_NER=fast``)."""
    return "fast" if os.environ.get("NEWSPARSE_NER", "default").lower() == "fast" else "default"


def model_files(directory: Path | None = None) -> ModelFiles:
    d = directory or model_dir()
    if model_variant() == "fast" and (d / "fast" / "ner.pt").exists():
        # the fast variant has no char LM and shares the default's word vectors
        return ModelFiles(ner=d / "fast" / "ner.pt", pretrain=d / "pretrain.pt", forward_charlm=None,
                          backward_charlm=None, resources_json=d / "resources.json")
    fwd, bwd = d / "charlm_forward.pt", d / "charlm_backward.pt"
    has_charlm = fwd.exists() and bwd.exists()
    return ModelFiles(ner=d / "ner.pt", pretrain=d / "pretrain.pt",
                      forward_charlm=fwd if has_charlm else None,
                      backward_charlm=bwd if has_charlm else None,
                      resources_json=d / "resources.json")


def _device() -> str:
    choice = os.environ.get("NEWSPARSE_DEVICE", "auto").lower()
    if choice == "auto":
        import torch

        return "cuda" if torch.cuda.is_available() else "cpu"
    return choice


@lru_cache(maxsize=1)
def get_pipeline():
    """The stanza pipeline, loaded once per process."""
    with _lock:
        import stanza

        logging.getLogger("stanza").setLevel(logging.ERROR)
        files = model_files()
        if not files.ner.exists():
            raise FileNotFoundError(f"NER model not found at {files.ner}")
        config = dict(
            lang="hi",
            processors="tokenize,ner",
            tokenize_pretokenized=True,
            ner_model_path=str(files.ner),
            # Without an explicit pretrain path stanza loads the model silently
            # with no word vectors and predicts rubbish.
            ner_pretrain_path=str(files.pretrain),
            ner_batch_size=BATCH_SENTENCES,
            download_method=None,
            resources_filepath=str(files.resources_json),
            dir=str(files.resources_json.parent),
            allow_unknown_language=True,
            device=_device(),
            logging_level="ERROR",
        )
        if files.forward_charlm:
            config["ner_forward_charlm_path"] = str(files.forward_charlm)
            config["ner_backward_charlm_path"] = str(files.backward_charlm)
        return stanza.Pipeline(**config)


def _to_bio(tag: str) -> str:
    """stanza speaks BIOES; we expose BIO."""
    if tag.startswith("S-"):
        return "B-" + tag[2:]
    if tag.startswith("E-"):
        return "I-" + tag[2:]
    return tag


def tag_token_lists(sentences: list[list[str]]) -> list[list[str]]:
    """BIO tags for pre-tokenised (normalised) sentences; one model call for all."""
    if not sentences:
        return []
    pieces: list[list[str]] = []
    owner: list[int] = []
    for i, toks in enumerate(sentences):
        for k in range(0, max(len(toks), 1), MAX_SENTENCE_TOKENS):
            window = toks[k:k + MAX_SENTENCE_TOKENS]
            if window:
                pieces.append(window)
                owner.append(i)
    tags: list[list[str]] = [[] for _ in sentences]
    if pieces:
        result = get_pipeline()(pieces)
        for i, sent in zip(owner, result.sentences):
            tags[i].extend(_to_bio(t.ner) for t in sent.tokens)
    for i, toks in enumerate(sentences):
        # a window-boundary I- tag that starts a window becomes B-
        fixed = []
        for k, t in enumerate(tags[i]):
            if t.startswith("I-") and (k == 0 or fixed[-1][2:] != t[2:]):
                t = "B-" + t[2:]
            fixed.append(t)
        tags[i] = fixed if len(fixed) == len(toks) else ["O"] * len(toks)
    return tags


def tag_sentences(docs) -> None:
    """Set ``ner_tags`` on every sentence of every document, batching across them."""
    sentences = [s for d in docs for s in d.sentences]
    tags = tag_token_lists([[t.norm for t in s.tokens] for s in sentences])
    for s, t in zip(sentences, tags):
        s.ner_tags = t


def read_conll_tokens(path: str) -> list[list[str]]:
    """Token-per-line text (first column), blank line between sentences."""
    sentences, cur = [], []
    with open(path, encoding="utf-8-sig") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if not line.strip():
                if cur:
                    sentences.append(cur)
                cur = []
                continue
            cur.append(line.split("\t")[0].split(" ")[0])
    if cur:
        sentences.append(cur)
    return sentences


def tag_conll_file(path: str, out) -> None:
    """Print ``token<TAB>tag`` per line with blank lines between sentences.

    Tokens are tagged as given (normalised as inference normalises, but not
    re-split), so scores are comparable with the data's own tokenisation.
    """
    from ..normalise import normalise_token

    sentences = read_conll_tokens(path)
    normed = [[normalise_token(t) or t for t in s] for s in sentences]
    for toks, tags in zip(sentences, tag_token_lists(normed)):
        for tok, tag in zip(toks, tags):
            out.write(f"{tok}\t{tag}\n")
        out.write("\n")
