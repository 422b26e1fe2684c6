"""The shipped stanza NER model: loading (once, offline) and batched tagging.

The model (a stanza BiLSTM-CRF over word vectors and characters) is trained
by ``training/`` on IL-NER + HiNER and shipped under ``newsparse/data/models``.
Tags are BIO over PER, ORG, LOC, DATE; they land in ``Sentence.ner_tags``.

Two engines run it, with the same tags (tests compare them token for token):

* ``NumpyTagger`` (``ner_numpy``, the CPU default): reads stanza's checkpoint
  files with a restricted unpickler and runs the forward pass and Viterbi in
  numpy.  No torch import, so a cold start costs about a second, not five.
* ``FastTagger`` (torch, used on a GPU, for models numpy cannot run such as
  transformer ones, or with ``NEWSPARSE_BACKEND=torch``): stanza's ``Trainer``
  driven directly (inputs built from the model's vocabularies, sentences
  sorted by length and batched, the character model run once per distinct
  word, a batched Viterbi).  Files are read with torch's weights-only loading.

``tag_token_lists_pipeline`` tags through ``stanza.Pipeline`` itself, the
reference both engines are tested against.  Loading never touches the
network: stanza gets ``download_method=None``, explicit model paths and a
stub ``resources.json``.
"""
from __future__ import annotations

import logging
import os
import sys
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
    """``cuda`` or ``cpu``: ``NEWSPARSE_DEVICE`` (``--device``), ``auto`` meaning a GPU when torch sees one."""
    choice = os.environ.get("NEWSPARSE_DEVICE", "auto").lower()
    if choice == "auto":
        return "cuda" if _gpu_visible() else "cpu"
    return choice


def _gpu_visible() -> bool:
    """Would torch see a GPU?  Asked without importing torch (seconds) where no GPU driver is present."""
    if "torch" not in sys.modules and not _gpu_driver_present():
        return False
    import torch

    return torch.cuda.is_available()


def _gpu_driver_present() -> bool:
    # NVIDIA's device nodes and driver directory; ROCm's /dev/kfd (torch.cuda also covers ROCm)
    return (Path("/proc/driver/nvidia/gpus").is_dir() or any(Path("/dev").glob("nvidia[0-9]*"))
            or Path("/dev/kfd").exists())


def backend() -> str:
    """The engine that runs the model: ``numpy`` (CPU, no torch import) or ``torch``.

    ``NEWSPARSE_BACKEND=numpy|torch`` chooses; otherwise torch runs the model
    on a GPU and numpy on the CPU.  Both give the same tags (tests compare
    them); numpy spares the CPU path torch's import, seconds of a cold start.
    """
    forced = os.environ.get("NEWSPARSE_BACKEND", "").lower()
    if forced in ("numpy", "torch"):
        return forced
    return "torch" if _device() == "cuda" else "numpy"


def _stanza_logging_quiet() -> None:
    logging.getLogger("stanza").setLevel(logging.ERROR)


@lru_cache(maxsize=1)
def get_stanza_pipeline():
    """The stanza pipeline (tokenize + ner), loaded once per process.

    This is the reference path: ``tag_token_lists_pipeline`` runs through it.
    The fast path (``get_tagger``) loads the same model without it.
    """
    with _lock:
        import stanza

        _stanza_logging_quiet()
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


class FastTagger:
    """The stanza NER model driven directly: no Document, no DataLoader.

    Inputs are built exactly as stanza's ``ner.data.DataLoader`` and
    ``NERTagger.extract_static_embeddings`` build them (lowercased pretrain
    and delta word ids, case-kept character ids, the delta UNK rule), from a
    per-token cache; sentences are sorted by length and batched; the CRF is
    decoded by a Viterbi batched over sentences with numpy (the same float32
    operations as stanza's per-sentence ``viterbi_decode``, so the same tags).

    Models with a plain character model, word vectors and one tag column (the
    shipped ones) run through ``_forward_plain``, a copy of ``NERTagger.forward``
    in eval mode; anything else (char LM, transformer, several tag columns)
    gets its batch built here and goes through ``NERTagger.forward`` itself.
    """

    CACHE_MAX = 200_000  # token -> ids
    CHAR_CACHE_MAX = 100_000  # word -> character-model output row
    CHAR_BATCH = 2048  # words per character-model call

    def __init__(self, trainer):
        import numpy as np
        import torch

        self.trainer = trainer
        self.model = trainer.model
        self.model.eval()
        self.args = trainer.args
        self.vocab = trainer.vocab
        self.device = next(self.model.parameters()).device
        from stanza.models.common.vocab import VOCAB_PREFIX_SIZE

        self.min_tag = VOCAB_PREFIX_SIZE
        tag_vocab = self.vocab["tag"]
        self.predict_tagset = self.args.get("predict_tagset") or 0
        m = self.model
        self.plain = (
            not self.args.get("charlm")
            and m.bert_model is None
            and self.args["word_emb_dim"] > 0
            and "word" in self.vocab
            and "delta" in self.vocab and m.delta_emb is not None
            and self.args["char"] and self.args["char_emb_dim"] > 0
            and not getattr(m.charmodel, "attn", True)
            and not getattr(m.charmodel, "pad", True)
            and not self.args.get("connect_output_layers")
        )
        # tag id -> BIOES string of the predicted column
        names = tag_vocab._id2unit
        if isinstance(names, dict):
            keys = list(names.keys())
            self.tag_names = [list(names[k]) for k in keys]
        else:
            self.tag_names = [list(names)]
        self.trans = [c._transitions.detach().cpu().numpy() for c in m.crits]
        self.lower = self.args.get("lowercase", True)
        self.char_lower = self.args.get("char_lowercase", False)
        self._cache: dict[str, tuple] = {}
        self._char_index: dict[str, int] = {}
        self._char_store = None
        self._tag_lock = threading.Lock()
        self._np = np
        self._torch = torch

    # -- inputs -------------------------------------------------------------
    def _token(self, w: str) -> tuple:
        """(pretrain id, delta id, char ids) of one token, as stanza maps them."""
        hit = self._cache.get(w)
        if hit is None:
            v = self.vocab
            lw = w.lower() if self.lower else w
            wid = v["word"].unit2id(lw) if "word" in v else 0
            did = v["delta"].unit2id(lw) if "delta" in v else 0
            chars = v["char"].map([c.lower() for c in w] if self.char_lower else list(w))
            hit = (wid, did, chars)
            if len(self._cache) >= self.CACHE_MAX:
                self._cache.clear()
            self._cache[w] = hit
        return hit

    def tag(self, sentences: list[list[str]], max_sents: int = BATCH_SENTENCES,
            max_tokens: int = 3000) -> list[list[str]]:
        """BIOES tags (stanza's, after ``fix_singleton_tags``) for non-empty sentences."""
        from .ner_numpy import length_sorted_batches

        torch = self._torch
        batches = length_sorted_batches([len(s) for s in sentences], max_sents, max_tokens)
        out: list[list[str] | None] = [None] * len(sentences)
        with self._tag_lock, torch.inference_mode():
            if self.plain:
                # the character model runs once per distinct word (cached across calls)
                self._char_rows(list(dict.fromkeys(w for s in sentences for w in s)))
            for batch in batches:
                sents = [sentences[i] for i in batch]
                if self.plain:
                    logits, batch_sizes, lens = self._forward_plain(sents)
                    ids = [self._viterbi(logits, batch_sizes, lens, self.trans[self.predict_tagset])]
                else:
                    ids = self._forward_generic(sents)
                for k, i in enumerate(batch):
                    out[i] = self._unmap([col[k] for col in ids])
        return out  # type: ignore[return-value]

    def _unmap(self, cols) -> list[str]:
        from stanza.models.ner.trainer import fix_singleton_tags

        m = self.min_tag
        col = cols[self.predict_tagset] if len(cols) > 1 else cols[0]
        names = self.tag_names[self.predict_tagset] if len(self.tag_names) > 1 else self.tag_names[0]
        tags = [names[x if x >= m else m] for x in col]
        if all(t == "O" for t in tags):
            return tags
        return fix_singleton_tags(tags)

    def _packing(self, lens: list[int]):
        """Packed (time-major) positions of a length-sorted batch."""
        torch = self._torch
        lens_t = torch.tensor(lens, dtype=torch.long)
        T = lens[0]
        steps = torch.arange(T)
        mask = steps.unsqueeze(0) < lens_t.unsqueeze(1)  # B x T
        starts = torch.cumsum(lens_t, 0) - lens_t
        flat = (starts.unsqueeze(1) + steps.unsqueeze(0))  # B x T: index into the flat token list
        packed_idx = flat.t()[mask.t()]  # time-major
        batch_sizes = mask.sum(0)
        return packed_idx, batch_sizes, mask

    def _forward_plain(self, sents: list[list[str]]):
        """``NERTagger.forward`` in eval mode for a length-sorted batch; packed logits."""
        torch = self._torch
        from stanza.models.common.vocab import PAD_ID, UNK_ID
        from torch.nn.utils.rnn import PackedSequence

        m = self.model
        dev = self.device
        lens = [len(s) for s in sents]
        B = len(sents)
        toks = [self._token(w) for s in sents for w in s]
        packed_idx, batch_sizes, _ = self._packing(lens)

        # word vectors: pretrain + delta, with stanza's delta-UNK rule
        static = torch.tensor([t[0] for t in toks], dtype=torch.long)
        delta = torch.tensor([t[1] for t in toks], dtype=torch.long)
        delta[(delta == UNK_ID) & (static != UNK_ID)] = PAD_ID
        static = static[packed_idx].to(dev)
        delta = delta[packed_idx].to(dev)
        word_emb = m.word_emb(static) + m.delta_emb(delta)

        # character model: one row per distinct word, computed once and cached
        rows = self._char_rows([w for s in sents for w in s])
        char_reps = self._char_store[rows[packed_idx].to(dev)]

        lstm_inputs = torch.cat([word_emb, char_reps], 1)
        if m.input_transform is not None:
            lstm_inputs = m.input_transform(lstm_inputs)
        nl, hd = self.args["num_layers"], self.args["hidden_dim"]
        hx = (m.taggerlstm_h_init.expand(2 * nl, B, hd).contiguous(),
              m.taggerlstm_c_init.expand(2 * nl, B, hd).contiguous())
        lstm_out, _ = m.taggerlstm.lstm(PackedSequence(lstm_inputs, batch_sizes), hx)
        # the predicted tag set's head only (a model may have one per training corpus)
        logits = m.tag_clfs[self.predict_tagset](lstm_out.data)
        return logits.float().cpu().numpy(), batch_sizes.tolist(), lens

    def _char_rows(self, words: list[str]):
        """Row of ``self._char_store`` for each word; computes the words not seen yet."""
        torch = self._torch
        index = self._char_index
        new = list(dict.fromkeys(w for w in words if w not in index))
        if new:
            if len(index) + len(new) > self.CHAR_CACHE_MAX:
                index.clear()
                self._char_store = None
                new = list(dict.fromkeys(words))
            reps = [self._char_model(new[k:k + self.CHAR_BATCH])
                    for k in range(0, len(new), self.CHAR_BATCH)]
            base = len(index)
            store = [self._char_store] if self._char_store is not None else []
            self._char_store = torch.cat(store + reps, 0)
            for k, w in enumerate(new):
                index[w] = base + k
        return torch.tensor([index[w] for w in words], dtype=torch.long)

    def _char_model(self, words: list[str]):
        """``CharacterModel.forward`` (no attention, eval mode): final states of the char BiLSTM."""
        torch = self._torch
        from torch.nn.utils.rnn import pack_padded_sequence

        cm = self.model.charmodel
        chars = [self._token(w)[2] for w in words]
        wordlens = [len(c) for c in chars]
        # longest word first, ties by later index first: stanza's sort_all order
        word_order = sorted(range(len(chars)), key=lambda i: (wordlens[i], i), reverse=True)
        sorted_lens = [wordlens[i] for i in word_order]
        L = sorted_lens[0]
        cl = torch.tensor(sorted_lens, dtype=torch.long)
        cmask = torch.arange(L).unsqueeze(0) < cl.unsqueeze(1)
        wordchars = torch.zeros(len(chars), L, dtype=torch.long)
        wordchars[cmask] = torch.tensor([c for i in word_order for c in chars[i]], dtype=torch.long)
        embs = cm.char_emb(wordchars.to(self.device))
        embs = pack_padded_sequence(embs, sorted_lens, batch_first=True)
        nd, nl, hd = cm.num_dir, cm.args["char_num_layers"], cm.args["char_hidden_dim"]
        hx = (cm.charlstm_h_init.expand(nd * nl, len(chars), hd).contiguous(),
              cm.charlstm_c_init.expand(nd * nl, len(chars), hd).contiguous())
        _, (h, _c) = cm.charlstm.lstm(embs, hx)
        res = h[-2:].transpose(0, 1).contiguous().view(len(chars), -1)
        inv = torch.empty(len(chars), dtype=torch.long, device=res.device)
        inv[torch.tensor(word_order, dtype=torch.long, device=res.device)] = \
            torch.arange(len(chars), device=res.device)
        return res[inv]

    def _viterbi(self, packed_logits, batch_sizes: list[int], lens: list[int], trans):
        """Best tag ids per sentence; batched ``stanza.models.common.crf.viterbi_decode``."""
        from .ner_numpy import viterbi_batched

        return viterbi_batched(packed_logits, batch_sizes, lens, trans)

    def _forward_generic(self, sents: list[list[str]]):
        """Build stanza's DataLoader batch for a length-sorted batch and run ``NERTagger.forward``."""
        torch = self._torch
        from stanza.models.common.data import get_long_tensor, sort_all
        from stanza.models.common.vocab import PAD_ID
        from stanza.models.ner.data import DataLoader

        m = self.model
        dev = self.device
        B = len(sents)
        sentlens = [len(s) for s in sents]
        char_ids = [[self._token(w)[2] for w in s] for s in sents]

        class _Chars:  # DataLoader.process_chars only needs .vocab
            vocab = self.vocab

        cf, cb, of, ob, charlens = DataLoader.process_chars(_Chars(), char_ids)
        (cf, cb, of, ob), char_orig_idx = sort_all([cf, cb, of, ob], charlens)
        charlens = [len(s) for s in cf]
        batch_words = [w for s in char_ids for w in s]
        wordlens = [len(x) for x in batch_words]
        (batch_words,), word_orig_idx = sort_all([batch_words], wordlens)
        wordlens = [len(x) for x in batch_words]
        wordchars = get_long_tensor(batch_words, len(wordlens))
        wordchars_mask = torch.eq(wordchars, PAD_ID)
        space = self.vocab["char"].unit2id(" ")
        chars = torch.cat([get_long_tensor(cf, B, pad_id=space).unsqueeze(0),
                           get_long_tensor(cb, B, pad_id=space).unsqueeze(0)])
        ncols = len(self.tag_names)
        tags = torch.zeros(B, sentlens[0], ncols, dtype=torch.long)
        for b, n in enumerate(sentlens):
            tags[b, :n] = 1  # UNK, as stanza's DataLoader maps the missing tags
        _, logits, trans = m(sents, wordchars.to(dev), wordchars_mask.to(dev), tags.to(dev),
                             word_orig_idx, sentlens, wordlens, chars.to(dev), [of, ob],
                             charlens, char_orig_idx)
        cols = []
        _, batch_sizes, _ = self._packing(sentlens)
        batch_sizes = batch_sizes.tolist()
        for lg, tr in zip(logits, trans):
            lg = lg.float().cpu().numpy()
            packed = self._np.concatenate([lg[:bs, t] for t, bs in enumerate(batch_sizes)])
            cols.append(self._viterbi(packed, batch_sizes, sentlens, tr.detach().cpu().numpy()))
        return cols


def _check_files(files: ModelFiles) -> None:
    if not files.ner.exists():
        raise FileNotFoundError(f"NER model not found at {files.ner}")
    if not files.pretrain.exists():
        # stanza would quietly run without word vectors and predict rubbish
        raise FileNotFoundError(f"NER word vectors not found at {files.pretrain}")


def _load_trainer():
    """The NER ``Trainer`` from the model files: offline, safe (weights-only) loading."""
    from stanza.models.common.pretrain import Pretrain
    from stanza.models.ner.trainer import Trainer

    files = model_files()
    _check_files(files)
    args = {"charlm_forward_file": str(files.forward_charlm) if files.forward_charlm else None,
            "charlm_backward_file": str(files.backward_charlm) if files.backward_charlm else None}
    # stanza's Trainer builds an optimizer even for inference; importing and
    # building it costs seconds of cold start (torch.optim pulls in dynamo),
    # so it is skipped while loading: newsparse never trains through it.
    import stanza.models.ner.trainer as trainer_module

    real_get_optimizer = trainer_module.utils.get_optimizer
    trainer_module.utils.get_optimizer = lambda *a, **k: None
    try:
        return Trainer(args=args, model_file=str(files.ner), pretrain=Pretrain(str(files.pretrain)),
                       device=_device())
    finally:
        trainer_module.utils.get_optimizer = real_get_optimizer


@lru_cache(maxsize=1)
def get_tagger():
    """The NER model, loaded once per process: a ``NumpyTagger`` or a torch ``FastTagger``.

    Both have ``tag(sentences)``.  A model the numpy engine cannot run (a
    transformer, a char-LM model without its LM files, ...) goes to torch
    whatever the backend.
    """
    with _lock:
        if backend() == "numpy":
            from .ner_numpy import UnsupportedModel, load_numpy_tagger

            files = model_files()
            _check_files(files)
            try:
                return load_numpy_tagger(files.ner, files.pretrain, files.forward_charlm,
                                         files.backward_charlm)
            except UnsupportedModel:
                pass
        _stanza_logging_quiet()
        threads = os.environ.get("NEWSPARSE_TORCH_THREADS")
        if threads:
            import torch

            torch.set_num_threads(int(threads))
        return FastTagger(_load_trainer())


def get_pipeline():
    """Load the NER model (kept for callers that time or warm up the loading)."""
    return get_tagger()


def _to_bio(tag: str) -> str:
    """stanza speaks BIOES; we expose BIO."""
    if tag.startswith("S-"):
        return "B-" + tag[2:]
    if tag.startswith("E-"):
        return "I-" + tag[2:]
    return tag


def _windows(sentences: list[list[str]]) -> tuple[list[list[str]], list[int]]:
    pieces: list[list[str]] = []
    owner: list[int] = []
    for i, toks in enumerate(sentences):
        for k in range(0, max(len(toks), 1), MAX_SENTENCE_TOKENS):
            window = toks[k:k + MAX_SENTENCE_TOKENS]
            if window:
                pieces.append(window)
                owner.append(i)
    return pieces, owner


def _join_windows(sentences, owner, piece_tags) -> list[list[str]]:
    tags: list[list[str]] = [[] for _ in sentences]
    for i, pt in zip(owner, piece_tags):
        tags[i].extend(_to_bio(t) for t in pt)
    for i, toks in enumerate(sentences):
        # a window-boundary I- tag that starts a window becomes B-
        fixed = []
        for k, t in enumerate(tags[i]):
            if t.startswith("I-") and (k == 0 or fixed[-1][2:] != t[2:]):
                t = "B-" + t[2:]
            fixed.append(t)
        tags[i] = fixed if len(fixed) == len(toks) else ["O"] * len(toks)
    return tags


def tag_token_lists(sentences: list[list[str]]) -> list[list[str]]:
    """BIO tags for pre-tokenised (normalised) sentences, batched across all of them.

    Empty tokens (which stanza's pipeline rejects) are left out of the model's
    input and tagged ``O``.
    """
    if not sentences:
        return []
    kept = [[t for t in s if t] for s in sentences]
    pieces, owner = _windows(kept)
    piece_tags = get_tagger().tag(pieces) if pieces else []
    tags = _join_windows(kept, owner, piece_tags)
    for i, s in enumerate(sentences):
        if len(kept[i]) != len(s):
            it = iter(tags[i])
            tags[i] = [next(it) if t else "O" for t in s]
            # re-apply the I- after O rule around the removed tokens
            tags[i] = _join_windows([s], [0], [tags[i]])[0]
    return tags


def tag_token_lists_pipeline(sentences: list[list[str]]) -> list[list[str]]:
    """The reference path: the same tagging through ``stanza.Pipeline`` (slower)."""
    if not sentences:
        return []
    pieces, owner = _windows(sentences)
    piece_tags = []
    if pieces:
        result = get_stanza_pipeline()(pieces)
        piece_tags = [[t.ner for t in sent.tokens] for sent in result.sentences]
    return _join_windows(sentences, owner, piece_tags)


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


def model_tokens(token: str) -> list[str]:
    """One given token as the model sees it: normalised and split as newsparse's
    tokeniser splits text (``रोड-शो`` → ``रोड``, ``-``, ``शो``); empty for a token
    of nothing but invisible characters.  The training data is prepared with it too."""
    from ..normalise import normalise_token
    from ..segment import tokenize

    return [t for t, _, _ in tokenize(normalise_token(token))]


def split_given_tokens(tokens: list[str]) -> tuple[list[str], list[int]]:
    """The model's tokens for a pre-tokenised sentence, and the given token each comes from.

    Every given token gets at least one piece (itself when ``model_tokens`` has
    none), so each gets a tag back.
    """
    pieces: list[str] = []
    owner: list[int] = []
    for k, tok in enumerate(tokens):
        split = model_tokens(tok) or [tok]
        pieces.extend(split)
        owner.extend([k] * len(split))
    return pieces, owner


def tags_for_given_tokens(n_tokens: int, owner: list[int], piece_tags: list[str]) -> list[str]:
    """One BIO tag per given token from its pieces' tags: the first piece's entity, else
    the first entity among its pieces; an I- that continues nothing becomes B-."""
    tags = ["O"] * n_tokens
    first = [True] * n_tokens
    for k, tag in zip(owner, piece_tags):
        if first[k] or (tags[k] == "O" and tag != "O"):
            tags[k] = tag
        first[k] = False
    for k, t in enumerate(tags):
        if t.startswith("I-") and (k == 0 or tags[k - 1][2:] != t[2:]):
            tags[k] = "B-" + t[2:]
    return tags


def tag_conll_file(path: str, out) -> None:
    """Print ``token<TAB>tag`` per line with blank lines between sentences.

    The given tokens are kept (one tag each); inside, they are normalised and
    split as the training data was (``split_given_tokens``).
    """
    sentences = read_conll_tokens(path)
    split = [split_given_tokens(s) for s in sentences]
    piece_tags = tag_token_lists([pieces for pieces, _ in split])
    for toks, (_, owner), ptags in zip(sentences, split, piece_tags):
        for tok, tag in zip(toks, tags_for_given_tokens(len(toks), owner, ptags)):
            out.write(f"{tok}\t{tag}\n")
        out.write("\n")
