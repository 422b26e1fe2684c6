"""The shipped NER model run with numpy alone: no torch, no stanza.

``import torch`` costs seconds of cold start, and the shipped model (a stanza
BiLSTM-CRF: word vectors + delta embedding + character BiLSTM + input
transform + one bidirectional tagger LSTM + a linear classifier + CRF) is
small enough to run in numpy.  This module

* reads torch checkpoints (``torch.save`` files, both the zip format and the
  legacy non-zip format that stanza writes) with a restricted unpickler
  (``load_checkpoint``): only the few globals a checkpoint of tensors needs
  are resolved, anything else raises ``pickle.UnpicklingError``, so a model
  file cannot run code;
* reimplements stanza's input mapping (vocabularies, lowercasing, the
  delta-UNK rule), the eval-mode forward pass of ``NERTagger`` for that model
  class, a batched Viterbi and ``fix_singleton_tags`` (``NumpyTagger``).

It computes in float32 (weights are cast once at load, as torch's float32
modules cast the float16 checkpoint), so its tags are those of
``ner.FastTagger`` up to float rounding.  Models trained with stanza's
character language models (``charlm``: two frozen LSTM language models read
the sentence's characters forwards and backwards in place of the per-word
character BiLSTM) run too, given the two LM files (``_CharLM``,
``NumpyTagger.charlm_features``).  Models of any other shape (transformer,
several LSTM layers, a connected output layer, ...) raise ``UnsupportedModel``
(a ``ValueError``) naming what is unsupported; callers fall back to torch.

Nothing here imports torch or stanza.
"""
from __future__ import annotations

import pickle
import struct
import threading
import zipfile
from collections import OrderedDict
from pathlib import Path

import numpy as np

# stanza.models.common.vocab
PAD = "<PAD>"
PAD_ID = 0
UNK = "<UNK>"
UNK_ID = 1
EMPTY = "<EMPTY>"
EMPTY_ID = 2
VOCAB_PREFIX = [PAD, UNK, "<EMPTY>", "<ROOT>"]
VOCAB_PREFIX_SIZE = len(VOCAB_PREFIX)

BATCH_SENTENCES = 64


class UnsupportedModel(ValueError):
    """The model is not of the class this backend runs (callers fall back to torch)."""


_blas_setters: list | None = None


def _openblas_thread_setters() -> list:
    """``openblas_set_num_threads_local`` of each OpenBLAS loaded in this process (Linux), else [].

    Thread-local (OpenBLAS >= 0.3.27): it changes the calling thread's BLAS
    thread count only and returns the previous one, so it can be restored.
    """
    global _blas_setters
    if _blas_setters is None:
        setters = []
        try:
            import ctypes

            with open("/proc/self/maps", encoding="utf-8", errors="replace") as fh:
                paths = sorted({line.split(None, 5)[-1].strip() for line in fh
                                if "openblas" in line.lower() and "/" in line})
            for path in paths:
                fn = getattr(ctypes.CDLL(path), "openblas_set_num_threads_local", None)
                if fn is not None:
                    fn.restype, fn.argtypes = ctypes.c_int, [ctypes.c_int]
                    setters.append(fn)
        except Exception:  # no /proc, no ctypes, an odd build: leave BLAS alone
            setters = []
        _blas_setters = setters
    return _blas_setters


class _BlasThreads:
    """Run a block with ``n`` BLAS threads in this thread (best effort; restored after)."""

    def __init__(self, n: int | None):
        self.n = n
        self.prev: list[tuple] = []

    def __enter__(self):
        if self.n:
            self.prev = [(fn, fn(self.n)) for fn in _openblas_thread_setters()]
        return self

    def __exit__(self, *exc):
        for fn, prev in self.prev:
            fn(prev)
        self.prev = []
        return False


# ---------------------------------------------------------------------------
# checkpoint loading without torch
# ---------------------------------------------------------------------------

# torch dtype name -> (numpy dtype, bytes per element); bfloat16 is widened to float32
_DTYPES = {
    "float16": (np.float16, 2), "half": (np.float16, 2),
    "float32": (np.float32, 4), "float": (np.float32, 4),
    "float64": (np.float64, 8), "double": (np.float64, 8),
    "bfloat16": ("bfloat16", 2),
    "uint8": (np.uint8, 1), "int8": (np.int8, 1),
    "int16": (np.int16, 2), "short": (np.int16, 2),
    "int32": (np.int32, 4), "int": (np.int32, 4),
    "int64": (np.int64, 8), "long": (np.int64, 8),
    "bool": (np.bool_, 1),
}
# legacy typed-storage class names (torch.HalfStorage, ...) -> torch dtype name
_STORAGE_TYPES = {
    "HalfStorage": "float16", "FloatStorage": "float32", "DoubleStorage": "float64",
    "BFloat16Storage": "bfloat16", "ByteStorage": "uint8", "CharStorage": "int8",
    "ShortStorage": "int16", "IntStorage": "int32", "LongStorage": "int64",
    "BoolStorage": "bool", "UntypedStorage": "uint8",
}
_MAGIC_NUMBER = 0x1950A86A20F9469CFC6C  # torch.serialization.MAGIC_NUMBER
_PROTOCOL_VERSION = 1001


class _TorchDType:
    """Stands for a torch dtype or typed-storage class in a checkpoint; never callable."""

    __slots__ = ("name",)

    def __init__(self, name: str):
        self.name = name

    def __call__(self, *args, **kwargs):
        raise pickle.UnpicklingError(f"checkpoint tries to call torch.{self.name}")

    def __repr__(self) -> str:
        return f"torch.{self.name}"


class _Storage:
    """A storage: a flat array of elements (filled later for legacy files)."""

    __slots__ = ("data",)

    def __init__(self, data: np.ndarray):
        self.data = data


def _element_array(dtype_name: str, numel: int) -> np.ndarray:
    if dtype_name == "bfloat16":
        return np.empty(numel, dtype=np.uint16)  # widened to float32 by _finish
    return np.empty(numel, dtype=_DTYPES[dtype_name][0])


def _readinto(fh, arr: np.ndarray, what: str) -> None:
    view = memoryview(arr).cast("B")
    got = 0
    while got < len(view):
        n = fh.readinto(view[got:])
        if not n:
            raise pickle.UnpicklingError(f"checkpoint truncated while reading {what}")
        got += n


def _as_int(x, what: str) -> int:
    if type(x) is not int:  # bool is not an int here either
        raise pickle.UnpicklingError(f"bad {what} in checkpoint: {x!r}")
    return x


def _rebuild_tensor(storage, storage_offset, size, stride, requires_grad=False,
                    backward_hooks=None, metadata=None):
    """``torch._utils._rebuild_tensor_v2``: a numpy view of the storage."""
    if not isinstance(storage, _Storage):
        raise pickle.UnpicklingError("tensor without a storage in checkpoint")
    base = storage.data
    offset = _as_int(storage_offset, "storage offset")
    if not isinstance(size, tuple) or not isinstance(stride, tuple) or len(size) != len(stride):
        raise pickle.UnpicklingError("bad tensor shape in checkpoint")
    shape = tuple(_as_int(s, "size") for s in size)
    strides = tuple(_as_int(s, "stride") for s in stride)
    if offset < 0 or any(s < 0 for s in shape) or any(s < 0 for s in strides):
        raise pickle.UnpicklingError("negative tensor size, stride or offset in checkpoint")
    numel = int(np.prod(shape, dtype=np.int64)) if shape else 1
    if numel == 0:
        return np.empty(shape, dtype=base.dtype)
    last = offset + sum((n - 1) * s for n, s in zip(shape, strides))
    if last >= base.size:
        raise pickle.UnpicklingError("tensor reaches past its storage in checkpoint")
    contiguous, expect = True, 1
    for n, s in zip(reversed(shape), reversed(strides)):
        if n != 1 and s != expect:
            contiguous = False
        expect *= n
    if contiguous:
        return base[offset:offset + numel].reshape(shape)
    item = base.itemsize
    # a strided view (the storage may not be filled yet): read-only, as strides may overlap
    return np.lib.stride_tricks.as_strided(base[offset:], shape=shape,
                                           strides=tuple(s * item for s in strides),
                                           writeable=False)


def _rebuild_parameter(data, requires_grad=False, backward_hooks=None, state=None):
    """``torch._utils._rebuild_parameter`` (and ``_with_state``): just the array."""
    if not isinstance(data, np.ndarray):
        raise pickle.UnpicklingError("parameter without a tensor in checkpoint")
    return data


class _RestrictedUnpickler(pickle.Unpickler):
    """Resolves only the globals a checkpoint of tensors needs; refuses all others."""

    def __init__(self, fh, storage_for):
        super().__init__(fh)
        self._storage_for = storage_for

    def find_class(self, module, name):
        if module == "collections" and name == "OrderedDict":
            return OrderedDict
        if module in ("builtins", "__builtin__") and name in ("set", "frozenset"):
            # stanza's delta vocabulary keeps its ``ignore`` words as a set
            return set if name == "set" else frozenset
        if module == "torch._utils":
            if name == "_rebuild_tensor_v2":
                return _rebuild_tensor
            if name in ("_rebuild_parameter", "_rebuild_parameter_with_state"):
                return _rebuild_parameter
        if module in ("torch", "torch.storage", "torch.cuda") and name in _STORAGE_TYPES:
            return _TorchDType(_STORAGE_TYPES[name])
        if module == "torch" and name in _DTYPES:
            return _TorchDType(name)
        raise pickle.UnpicklingError(f"checkpoint references {module}.{name}, which is not allowed")

    def persistent_load(self, pid):
        if self._storage_for is None or not isinstance(pid, tuple) or not pid:
            raise pickle.UnpicklingError(f"unexpected persistent id in checkpoint: {pid!r}")
        kind = pid[0].decode("ascii") if isinstance(pid[0], bytes) else pid[0]
        if kind != "storage":
            raise pickle.UnpicklingError(f"unsupported persistent id {kind!r} in checkpoint")
        return self._storage_for(pid[1:])


def _storage_dtype(storage_type) -> str:
    if not isinstance(storage_type, _TorchDType) or storage_type.name not in _DTYPES:
        raise pickle.UnpicklingError(f"bad storage type in checkpoint: {storage_type!r}")
    return storage_type.name


def _restricted_load(fh, storage_for=None):
    try:
        return _RestrictedUnpickler(fh, storage_for).load()
    except EOFError as e:
        raise pickle.UnpicklingError("checkpoint truncated") from e


def _load_zip(path) -> object:
    with zipfile.ZipFile(path) as zf:
        names = zf.namelist()
        pkl = [n for n in names if n.endswith("/data.pkl") and n.count("/") == 1]
        if len(pkl) != 1:
            raise pickle.UnpicklingError(f"{path}: no single <archive>/data.pkl in the zip")
        prefix = pkl[0][: -len("data.pkl")]
        order = "little"
        if prefix + "byteorder" in names:
            order = zf.read(prefix + "byteorder").decode("ascii").strip()
            if order not in ("little", "big"):
                raise pickle.UnpicklingError(f"{path}: unknown byte order {order!r}")
        storages: dict[str, _Storage] = {}

        def storage_for(data):
            if len(data) != 4:
                raise pickle.UnpicklingError("bad storage record in checkpoint")
            storage_type, key, _location, numel = data
            dtype = _storage_dtype(storage_type)
            key = str(key)
            if key in storages:
                return storages[key]
            numel = _as_int(numel, "storage size")
            entry = prefix + "data/" + key
            if entry not in names:
                raise pickle.UnpicklingError(f"{path}: storage {key!r} missing from the zip")
            if numel < 0 or zf.getinfo(entry).file_size != numel * _DTYPES[dtype][1]:
                raise pickle.UnpicklingError(f"{path}: storage {key!r} has the wrong size")
            arr = _element_array(dtype, numel)
            with zf.open(entry) as fh:
                _readinto(fh, arr, f"storage {key}")
            if (order == "little") != np.little_endian and arr.itemsize > 1:
                arr.byteswap(inplace=True)
            storages[key] = _Storage(_finish(arr, dtype))
            return storages[key]

        with zf.open(pkl[0]) as fh:
            return _restricted_load(fh, storage_for)


def _finish(arr: np.ndarray, dtype: str) -> np.ndarray:
    if dtype == "bfloat16":
        return (arr.astype(np.uint32) << 16).view(np.float32)
    return arr


def _load_legacy(path) -> object:
    """The non-zip format (``_use_new_zipfile_serialization=False``, as stanza saves)."""
    storages: dict[str, tuple[_Storage, str]] = {}
    file_size = Path(path).stat().st_size

    def storage_for(data):
        if len(data) != 5:
            raise pickle.UnpicklingError("bad storage record in checkpoint")
        storage_type, key, _location, numel, view = data
        dtype = _storage_dtype(storage_type)
        key = str(key)
        if key not in storages:
            numel = _as_int(numel, "storage size")
            if numel < 0 or numel * _DTYPES[dtype][1] > file_size:
                raise pickle.UnpicklingError("storage size out of range in checkpoint")
            if dtype == "bfloat16":
                raise pickle.UnpicklingError("bfloat16 in a legacy-format checkpoint is not supported")
            storages[key] = (_Storage(_element_array(dtype, numel)), dtype)
        root = storages[key][0]
        if view is None:
            return root
        if not isinstance(view, tuple) or len(view) != 3:
            raise pickle.UnpicklingError("bad storage view in checkpoint")
        _view_key, offset, view_size = view
        offset, view_size = _as_int(offset, "view offset"), _as_int(view_size, "view size")
        if offset < 0 or view_size < 0 or offset + view_size > root.data.size:
            raise pickle.UnpicklingError("storage view out of range in checkpoint")
        return _Storage(root.data[offset:offset + view_size])

    with open(path, "rb") as fh:
        if _restricted_load(fh) != _MAGIC_NUMBER:
            raise pickle.UnpicklingError(f"{path}: not a torch checkpoint (bad magic number)")
        if _restricted_load(fh) != _PROTOCOL_VERSION:
            raise pickle.UnpicklingError(f"{path}: unsupported torch protocol version")
        _restricted_load(fh)  # sys info; storages are always written little-endian
        result = _restricted_load(fh, storage_for)
        keys = _restricted_load(fh)
        if not isinstance(keys, list) or set(map(str, keys)) != set(storages):
            raise pickle.UnpicklingError(f"{path}: storage list does not match the tensors")
        for key in keys:
            storage, dtype = storages[str(key)]
            head = fh.read(8)
            if len(head) != 8:
                raise pickle.UnpicklingError(f"{path}: checkpoint truncated")
            (numel,) = struct.unpack("<q", head)
            if numel != storage.data.size:
                raise pickle.UnpicklingError(f"{path}: storage {key!r} has the wrong size")
            _readinto(fh, storage.data, f"storage {key}")
            if not np.little_endian and storage.data.itemsize > 1:  # data is little-endian
                storage.data.byteswap(inplace=True)
    return result


def load_checkpoint(path) -> object:
    """A ``torch.save`` file as plain Python objects, tensors as numpy arrays; no torch.

    Only ``collections.OrderedDict``, ``set``/``frozenset``, tensor/parameter
    rebuilding and torch storage types and dtypes are resolved; any other global in the pickle
    raises ``pickle.UnpicklingError`` (a model file cannot run code).
    """
    path = Path(path)
    if zipfile.is_zipfile(path):
        return _load_zip(path)
    with open(path, "rb") as fh:
        head = fh.read(512)
    if len(head) >= 262 and head[257:262] == b"ustar":
        raise pickle.UnpicklingError(f"{path}: the legacy tar checkpoint format is not supported")
    if not head.startswith(b"\x80"):
        raise pickle.UnpicklingError(f"{path}: not a torch checkpoint")
    return _load_legacy(path)


# ---------------------------------------------------------------------------
# vocabularies (stanza's unit2id semantics)
# ---------------------------------------------------------------------------

class _Vocab:
    """``unit2id`` of stanza's CharVocab / WordVocab / PretrainedWordVocab."""

    def __init__(self, state: dict, kind: str):
        if kind not in ("CharVocab", "WordVocab", "PretrainedWordVocab"):
            raise UnsupportedModel(f"unsupported vocabulary class {kind}")
        self.kind = kind
        self.lower = bool(state.get("lower", False))
        self.u2i: dict = state["_unit2id"]
        self.size = len(state["_id2unit"])
        self.unk = self.u2i[UNK]
        self.ignore = set(state.get("ignore") or ()) if kind == "WordVocab" else set()
        self.empty = self.u2i.get(EMPTY, EMPTY_ID)

    def unit2id(self, unit: str) -> int:
        if self.ignore and unit in self.ignore:
            return self.empty
        if self.lower:
            unit = unit.lower()
        if self.kind == "PretrainedWordVocab" and unit:
            unit = unit.replace(" ", "\xa0")
        return self.u2i.get(unit, self.unk)


def _tag_columns(state: dict, kind: str) -> list[list[str]]:
    names = state["_id2unit"]
    if kind == "TagVocab" and isinstance(names, list):
        return [list(names)]
    if kind == "CompositeVocab" and isinstance(names, dict):
        return [list(names[k]) for k in names]
    raise UnsupportedModel(f"unsupported tag vocabulary class {kind}")


# ---------------------------------------------------------------------------
# decoding
# ---------------------------------------------------------------------------

def fix_singleton_tags(tags: list[str]) -> list[str]:
    """stanza's ``ner.trainer.fix_singleton_tags``: singleton B-/E- (and stray I-) become S-."""
    new_tags = list(tags)
    n = len(new_tags)
    for idx, tag in enumerate(new_tags):
        if tag.startswith("I-") and (idx == n - 1 or (new_tags[idx + 1] != "I-" + tag[2:]
                                                     and new_tags[idx + 1] != "E-" + tag[2:])):
            new_tags[idx] = "E-" + tag[2:]
        if tag.startswith("I-") and (idx == 0 or (new_tags[idx - 1] != "B-" + tag[2:]
                                                 and new_tags[idx - 1] != "I-" + tag[2:])):
            new_tags[idx] = "B-" + tag[2:]
    for idx, tag in enumerate(new_tags):
        if tag.startswith("B-") and (idx == n - 1 or (new_tags[idx + 1] != "I-" + tag[2:]
                                                     and new_tags[idx + 1] != "E-" + tag[2:])):
            new_tags[idx] = "S-" + tag[2:]
        if tag.startswith("E-") and (idx == 0 or (new_tags[idx - 1] != "B-" + tag[2:]
                                                 and new_tags[idx - 1] != "I-" + tag[2:])):
            new_tags[idx] = "S-" + tag[2:]
    return new_tags


def length_sorted_batches(lengths: list[int], max_sents: int, max_tokens: int) -> list[list[int]]:
    """Sentence indices, longest first (ties: later index first, stanza's ``sort_all`` order),
    cut into batches of at most ``max_sents`` sentences and about ``max_tokens`` tokens."""
    if any(n == 0 for n in lengths):
        raise ValueError("empty sentence")
    order = sorted(range(len(lengths)), key=lambda i: (lengths[i], i), reverse=True)
    batches: list[list[int]] = []
    batch: list[int] = []
    total = 0
    for i in order:
        n = lengths[i]
        if batch and (len(batch) >= max_sents or total + n > max_tokens):
            batches.append(batch)
            batch, total = [], 0
        batch.append(i)
        total += n
    if batch:
        batches.append(batch)
    return batches


def viterbi_batched(packed_logits: np.ndarray, batch_sizes: list[int], lens: list[int],
                    trans: np.ndarray) -> list[list[int]]:
    """Best tag ids per sentence of a length-sorted batch; ``packed_logits`` time-major.

    The same float32 operations as stanza's per-sentence
    ``stanza.models.common.crf.viterbi_decode`` (ties to the lowest id), batched.
    """
    B, T, N = len(lens), lens[0], packed_logits.shape[1]
    trans = trans[None]  # 1 x N x N
    bps = np.zeros((T, B, N), dtype=np.int64)
    trellis = packed_logits[:B].copy()
    pos = B
    for t in range(1, T):
        bs = batch_sizes[t]
        v = trellis[:bs, :, None] + trans  # bs x N(prev) x N(next)
        bps[t, :bs] = np.argmax(v, 1)
        trellis[:bs] = packed_logits[pos:pos + bs] + np.max(v, 1)
        pos += bs
    cur = np.argmax(trellis, 1)
    best = np.empty((B, T), dtype=np.int64)
    for t in range(T - 1, 0, -1):
        bs = batch_sizes[t]
        best[:bs, t] = cur[:bs]
        cur[:bs] = bps[t, np.arange(bs), cur[:bs]]
    best[:, 0] = cur
    return [best[b, :lens[b]].tolist() for b in range(B)]


# ---------------------------------------------------------------------------
# the model
# ---------------------------------------------------------------------------

class _BiLSTM:
    """One bidirectional ``nn.LSTM`` layer; gates reordered to i, f, o, g (PyTorch: i, f, g, o)."""

    def __init__(self, sd: dict, prefix: str, h_init: np.ndarray, c_init: np.ndarray):
        H = sd[prefix + "weight_hh_l0"].shape[1]
        self.H = H
        perm = np.r_[0:2 * H, 3 * H:4 * H, 2 * H:3 * H]
        w_ih, self.w_hh, self.b_hh, b_ih = [], [], [], []
        for sfx in ("", "_reverse"):
            w_ih.append(np.asarray(sd[prefix + "weight_ih_l0" + sfx], np.float32)[perm])
            self.w_hh.append(np.ascontiguousarray(
                np.asarray(sd[prefix + "weight_hh_l0" + sfx], np.float32)[perm].T))
            b_ih.append(np.asarray(sd[prefix + "bias_ih_l0" + sfx], np.float32)[perm])
            self.b_hh.append(np.asarray(sd[prefix + "bias_hh_l0" + sfx], np.float32)[perm])
        # both directions' input projections in one matrix: D x 8H
        self.w_ih = np.ascontiguousarray(np.concatenate(w_ih, 0).T)
        self.b_ih = np.concatenate(b_ih)
        h_init = np.asarray(h_init, np.float32).reshape(2, H)
        c_init = np.asarray(c_init, np.float32).reshape(2, H)
        self.h_init, self.c_init = h_init, c_init

    def project(self, x: np.ndarray) -> np.ndarray:
        """x @ W_ih^T + b_ih for both directions: N x 8H."""
        out = x @ self.w_ih
        out += self.b_ih
        return out

    def run(self, xi: np.ndarray, batch_sizes: list[int], want_outputs: bool):
        """Run both directions over a packed (time-major, length-sorted) sequence.

        ``xi``: packed N x 8H input projections.  Returns the packed N x 2H
        outputs (forward | backward) if ``want_outputs``, else the final
        hidden states B x 2H (forward after each row's last step, backward
        after its first), as ``h_n`` of a packed ``nn.LSTM``.
        """
        H = self.H
        B = batch_sizes[0]
        T = len(batch_sizes)
        starts = np.zeros(T + 1, dtype=np.int64)
        np.cumsum(batch_sizes, out=starts[1:])
        out = np.empty((xi.shape[0], 2 * H), dtype=np.float32) if want_outputs else None
        finals = []
        gates = np.empty((B, 4 * H), dtype=np.float32)
        tmp = np.empty((B, H), dtype=np.float32)
        for d in (0, 1):
            w_hh, b_hh = self.w_hh[d], self.b_hh[d]
            h = np.repeat(self.h_init[d][None], B, 0)
            c = np.repeat(self.c_init[d][None], B, 0)
            col = slice(4 * H * d, 4 * H * (d + 1))
            steps = range(T) if d == 0 else range(T - 1, -1, -1)
            for t in steps:
                bs = batch_sizes[t]
                st = starts[t]
                g = gates[:bs]
                np.matmul(h[:bs], w_hh, out=g)  # torch: (h W_hh^T + b_hh) + (x W_ih^T + b_ih)
                g += b_hh
                g += xi[st:st + bs, col]
                sig = g[:, :3 * H]
                np.negative(sig, out=sig)
                np.exp(sig, out=sig)
                sig += 1.0
                np.reciprocal(sig, out=sig)
                cell = g[:, 3 * H:]
                np.tanh(cell, out=cell)
                cc = c[:bs]
                cc *= g[:, H:2 * H]  # f * c
                tb = tmp[:bs]
                np.multiply(g[:, :H], cell, out=tb)  # i * g
                cc += tb
                np.tanh(cc, out=tb)
                np.multiply(g[:, 2 * H:3 * H], tb, out=h[:bs])  # o * tanh(c)
                if want_outputs:
                    out[st:st + bs, H * d:H * (d + 1)] = h[:bs]
            finals.append(h)
        if want_outputs:
            return out
        return np.concatenate(finals, 1)


class _CharLM:
    """A stanza ``CharacterLanguageModel`` (one unidirectional LSTM layer), eval mode.

    Only what ``get_representation`` needs: the LSTM's hidden state after each
    step; the decoder (next-character logits) is not run.  The embedding is
    folded into the input projection per character id, with both biases
    (``char_emb @ W_ih^T + b_ih + b_hh``): a step is then one ``h @ W_hh^T``
    plus a row lookup.

    The LM runs over every character of the text (the tagger only over words),
    so its steps are most of a char-LM model's time, and numpy's ``tanh`` costs
    about two ``exp``: both tanh are taken as ``tanh(x) = 2 sigmoid(2x) - 1``,
    one sigmoid pass over all four gates.  The cell gate's weights and biases
    are stored doubled for it (doubling is exact in floating point, so its
    pre-activation is exactly twice the undoubled one); the states differ from
    ``tanh``'s by float rounding (~1e-7).
    """

    def __init__(self, checkpoint: dict, which: str):
        state = checkpoint
        if isinstance(state, dict) and "state_dict" not in state and isinstance(state.get("model"), dict):
            state = state["model"]  # a CharacterLanguageModelTrainer file nests the model's state
        if not isinstance(state, dict) or not {"args", "state_dict", "vocab"} <= set(state):
            raise ValueError(f"{which} char LM: not a stanza CharacterLanguageModel checkpoint")
        args, sd = state["args"], state["state_dict"]
        problems = []
        if args.get("char_num_layers") != 1:
            problems.append(f"char_num_layers = {args.get('char_num_layers')} (only 1 is supported)")
        if "charlstm.lstm.weight_ih_l0" not in sd:
            problems.append("LSTM with recurrent dropout (char_rec_dropout > 0)")
        if state.get("pad"):
            problems.append("pad = True")  # NERTagger.forward cannot take a padded representation either
        if problems:
            raise UnsupportedModel(f"NumpyTagger does not support this {which} char LM: " + "; ".join(problems))
        H = sd["charlstm.lstm.weight_hh_l0"].shape[1]
        self.H = H
        perm = np.r_[0:2 * H, 3 * H:4 * H, 2 * H:3 * H]  # gates i, f, o, g (PyTorch: i, f, g, o)
        f32 = lambda name: np.asarray(sd[name], dtype=np.float32)  # noqa: E731
        w_ih = f32("charlstm.lstm.weight_ih_l0")[perm]
        self.w_hh = np.ascontiguousarray(f32("charlstm.lstm.weight_hh_l0")[perm].T)  # H x 4H
        char_emb = f32("char_emb.weight")
        if char_emb.shape[1] != w_ih.shape[1] or w_ih.shape[0] != 4 * H:
            raise ValueError(f"{which} char LM: embedding and LSTM sizes do not match")
        self.n_chars = char_emb.shape[0]
        self.char_proj = char_emb @ w_ih.T
        self.char_proj += f32("charlstm.lstm.bias_ih_l0")[perm]
        self.char_proj += f32("charlstm.lstm.bias_hh_l0")[perm]
        self.w_hh[:, 3 * H:] *= 2.0  # the cell gate's 2x for tanh via sigmoid
        self.char_proj[:, 3 * H:] *= 2.0
        self.h_init = f32("charlstm_h_init").reshape(H)
        self.c_init = f32("charlstm_c_init").reshape(H)

    def run(self, packed_ids: np.ndarray, batch_sizes: list[int]) -> np.ndarray:
        """Hidden states after every step of a packed (time-major, length-sorted) batch: N x H.

        Each step's output rows are the next step's ``h`` (the first rows of a
        length-sorted batch are the ones still running), so nothing is copied.
        """
        H = self.H
        B = batch_sizes[0]
        out = np.empty((packed_ids.shape[0], H), dtype=np.float32)
        gates = np.empty((B, 4 * H), dtype=np.float32)
        xi = np.empty((B, 4 * H), dtype=np.float32)
        tmp = np.empty((B, H), dtype=np.float32)
        c = np.repeat(self.c_init[None], B, 0)
        h = np.repeat(self.h_init[None], B, 0)
        st = 0
        # (np.exp overflows for very negative inputs: 1/inf = 0 and 2/inf = 0, as wanted)
        with np.errstate(over="ignore"):
            for bs in batch_sizes:
                g = gates[:bs]
                np.matmul(h[:bs], self.w_hh, out=g)
                np.take(self.char_proj, packed_ids[st:st + bs], axis=0, out=xi[:bs])
                g += xi[:bs]
                np.negative(g, out=g)  # sigmoid of all four gates (the cell gate's input is doubled)
                np.exp(g, out=g)
                g += 1.0
                np.reciprocal(g, out=g)
                cell = g[:, 3 * H:]
                cell *= 2.0
                cell -= 1.0  # tanh(x) = 2 sigmoid(2x) - 1
                cc = c[:bs]
                cc *= g[:, H:2 * H]  # f * c
                tb = tmp[:bs]
                np.multiply(g[:, :H], cell, out=tb)  # i * g
                cc += tb
                np.multiply(cc, -2.0, out=tb)  # tanh(c) = 2 / (1 + exp(-2c)) - 1
                np.exp(tb, out=tb)
                tb += 1.0
                np.divide(2.0, tb, out=tb)
                tb -= 1.0
                h = out[st:st + bs]
                np.multiply(g[:, 2 * H:3 * H], tb, out=h)  # o * tanh(c)
                st += bs
        return out


def _packing(lens: list[int]):
    """Time-major positions of a length-sorted batch: (flat token index per packed row, batch sizes)."""
    lens_a = np.asarray(lens, dtype=np.int64)
    T = int(lens_a[0])
    steps = np.arange(T)
    mask = steps[None, :] < lens_a[:, None]  # B x T
    starts = np.cumsum(lens_a) - lens_a
    flat = starts[:, None] + steps[None, :]
    packed_idx = flat.T[mask.T]
    batch_sizes = mask.sum(0).tolist()
    return packed_idx, batch_sizes


class NumpyTagger:
    """The stanza NER model (plain class, see the module docstring) in numpy.

    Built from the checkpoint dicts as ``load_checkpoint`` returns them (the
    NER model, its word vectors and, for a model trained with character
    language models, the forward and backward char LMs); ``tag`` has the
    interface of ``ner.FastTagger.tag`` and returns the same BIOES tags
    (after ``fix_singleton_tags``).
    """

    CACHE_MAX = 200_000  # token -> ids
    CHAR_CACHE_MAX = 100_000  # word -> character-model output row
    CHAR_BATCH = 2048  # words per character-model run
    PROJ_CHUNK_WORDS = 4096  # distinct words whose LSTM input projections are held at once
    CHARLM_BATCH = 64  # sentences per char-LM run
    # BLAS threads while tagging (None: leave BLAS as it is).  The LSTM's per-step
    # products are small (64 x 256 by 256 x 1024): threads gain little on an idle
    # machine, and on a busy one OpenBLAS's threads cost 10-20x (measured).
    BLAS_THREADS: int | None = 1

    def __init__(self, ner_checkpoint: dict, pretrain_checkpoint: dict,
                 forward_charlm: dict | None = None, backward_charlm: dict | None = None):
        ck = ner_checkpoint
        if not isinstance(ck, dict) or not {"model", "vocab", "config"} <= set(ck):
            raise ValueError("not a stanza NER checkpoint (needs model, vocab and config)")
        args = dict(ck["config"])
        sd = dict(ck["model"])
        vocab = ck["vocab"]
        key2class = vocab.get("_key2class") or {}
        self.args = args
        if any(k.startswith("crit.") for k in sd):  # stanza's old single-column names
            sd["crits.0._transitions"] = sd.pop("crit._transitions")
            sd["tag_clfs.0.weight"] = sd.pop("tag_clf.weight")
            sd["tag_clfs.0.bias"] = sd.pop("tag_clf.bias")

        problems = []
        charlm = bool(args.get("charlm"))
        if charlm and (forward_charlm is None or backward_charlm is None):
            problems.append("character language model (charlm) without its forward and backward LM files")
        if args.get("bert_model") or args.get("use_peft") or ck.get("bert_lora") \
                or any(k.startswith("bert_") for k in sd):
            problems.append("transformer embeddings (bert_model)")
        if not args.get("word_emb_dim", 0) > 0:
            problems.append("no word vectors (word_emb_dim = 0)")
        for k in ("word", "delta", "char", "tag"):
            if k not in key2class:
                problems.append(f"no '{k}' vocabulary")
        if not (args.get("char") and args.get("char_emb_dim", 0) > 0):
            problems.append("no character model")
        if args.get("num_layers") != 1:
            problems.append(f"num_layers = {args.get('num_layers')} (only 1 is supported)")
        if not charlm and args.get("char_num_layers") != 1:
            problems.append(f"char_num_layers = {args.get('char_num_layers')} (only 1 is supported)")
        if args.get("connect_output_layers"):
            problems.append("connect_output_layers")
        if not charlm and "charmodel.charlstm.lstm.weight_ih_l0" not in sd:
            problems.append("character LSTM with recurrent dropout (char_rec_dropout > 0)")
        if problems:
            raise UnsupportedModel("NumpyTagger does not support this model: " + "; ".join(problems))

        # A model may have one tag set (and output layer) per training corpus;
        # only the one it predicts (stanza's predict_tagset) is run.
        columns = _tag_columns(vocab["tag"], key2class["tag"])
        self.tagset = args.get("predict_tagset") or 0
        if not 0 <= self.tagset < len(columns):
            raise ValueError(f"predict_tagset {self.tagset} but {len(columns)} tag columns")
        self.tag_names = columns[self.tagset]
        self.words = _Vocab(vocab["word"], key2class["word"])
        self.delta = _Vocab(vocab["delta"], key2class["delta"])
        self.chars = _Vocab(vocab["char"], key2class["char"])
        self.lower = args.get("lowercase", True)
        self.char_lower = args.get("char_lowercase", False)

        f32 = lambda a: np.ascontiguousarray(np.asarray(a, dtype=np.float32))  # noqa: E731
        # word vectors: the pretrain file's, unless the NER file carries its own
        # (stanza's load_state_dict(strict=False) would load them over the pretrain's)
        if "word_emb.weight" in sd:
            emb = sd["word_emb.weight"]
        else:
            if not isinstance(pretrain_checkpoint, dict) or "emb" not in pretrain_checkpoint:
                raise ValueError("not a stanza pretrain checkpoint (needs emb and vocab)")
            emb = pretrain_checkpoint["emb"]
        dim = args["word_emb_dim"]
        if not isinstance(emb, np.ndarray) or emb.shape != (self.words.size, dim):
            raise ValueError(f"word vectors of shape {getattr(emb, 'shape', None)} do not match "
                             f"the model's vocabulary ({self.words.size} x {dim})")
        self.word_emb = f32(emb)
        self.delta_emb = f32(sd["delta_emb.weight"])
        if self.delta_emb.shape != (self.delta.size, dim):
            raise ValueError("delta embedding does not match the delta vocabulary")

        self.charlms: tuple[_CharLM, _CharLM] | None = None
        if charlm:
            # two frozen language models over the sentence's characters replace the
            # per-word character BiLSTM; they read the NER model's own 'char' ids
            self.charlms = (_CharLM(forward_charlm, "forward"), _CharLM(backward_charlm, "backward"))
            for lm in self.charlms:
                if self.chars.size > lm.n_chars:
                    raise ValueError("the character vocabulary is larger than a char LM's embedding")
            # stanza's NER DataLoader.process_chars: '\n' starts a sentence, ' ' ends each word
            self.lm_start, self.lm_end = self.chars.unit2id("\n"), self.chars.unit2id(" ")
            char_dims = sum(lm.H for lm in self.charlms)
        else:
            # character model: embedding folded into the input projection per character id
            p = "charmodel."
            self.char_lstm = _BiLSTM(sd, p + "charlstm.lstm.", sd[p + "charlstm_h_init"],
                                     sd[p + "charlstm_c_init"])
            if self.char_lstm.H != args["char_hidden_dim"]:
                raise ValueError("character LSTM size does not match char_hidden_dim")
            char_emb = f32(sd[p + "char_emb.weight"])
            if char_emb.shape[0] != self.chars.size:
                raise ValueError("character embedding does not match the character vocabulary")
            # the character LSTM's input projection of every character id (row-wise the same
            # arithmetic as projecting each position's embedding)
            self.char_proj = self.char_lstm.project(char_emb)
            char_dims = 2 * self.char_lstm.H

        self.in_w = self.in_b = None
        if args.get("input_transform", False):
            self.in_w = np.ascontiguousarray(f32(sd["input_transform.weight"]).T)
            self.in_b = f32(sd["input_transform.bias"])
        self.lstm = _BiLSTM(sd, "taggerlstm.lstm.", sd["taggerlstm_h_init"], sd["taggerlstm_c_init"])
        if self.lstm.H != args["hidden_dim"]:
            raise ValueError("tagger LSTM size does not match hidden_dim")
        if self.lstm.w_ih.shape[0] != dim + char_dims:
            raise ValueError("tagger LSTM input size does not match word + character features")
        self.clf_w = np.ascontiguousarray(f32(sd[f"tag_clfs.{self.tagset}.weight"]).T)
        self.clf_b = f32(sd[f"tag_clfs.{self.tagset}.bias"])
        self.trans = f32(sd[f"crits.{self.tagset}._transitions"])
        if self.clf_w.shape[1] != len(self.tag_names) or self.trans.shape != (len(self.tag_names),) * 2:
            raise ValueError("tag classifier does not match the tag vocabulary")

        self._cache: dict[str, tuple] = {}
        self._char_index: dict[str, int] = {}
        self._char_store = np.empty((0, char_dims), dtype=np.float32)
        self._char_used = 0
        self._tag_lock = threading.Lock()

    # -- inputs -------------------------------------------------------------
    def _token(self, w: str) -> tuple:
        """(pretrain id, delta id, char ids) of one token, as stanza maps them."""
        hit = self._cache.get(w)
        if hit is None:
            if not w:
                raise ValueError("empty token")
            lw = w.lower() if self.lower else w
            chars = [c.lower() for c in w] if self.char_lower else w
            hit = (self.words.unit2id(lw), self.delta.unit2id(lw),
                   [self.chars.unit2id(c) for c in chars])
            if len(self._cache) >= self.CACHE_MAX:
                self._cache.clear()
            self._cache[w] = hit
        return hit

    def tag(self, sentences: list[list[str]], max_sents: int = BATCH_SENTENCES,
            max_tokens: int = 3000) -> list[list[str]]:
        """BIOES tags (stanza's, after ``fix_singleton_tags``) for non-empty sentences."""
        batches = length_sorted_batches([len(s) for s in sentences], max_sents, max_tokens)
        out: list[list[str] | None] = [None] * len(sentences)
        # (np.exp overflows in the sigmoid for very negative gates: 1/inf = 0, as wanted)
        with self._tag_lock, np.errstate(over="ignore"), _BlasThreads(self.BLAS_THREADS):
            if self.charlms is None:
                self._char_rows(list(dict.fromkeys(w for s in sentences for w in s)))
            for chunk, words in self._chunks(batches, sentences):
                # without char LMs the LSTM input of a token depends on the token alone:
                # project each word once (with them, its word vector part only)
                proj = self._project(words)
                index = {w: k for k, w in enumerate(words)}
                for batch in chunk:
                    sents = [sentences[i] for i in batch]
                    logits, batch_sizes, lens = self._forward(sents, proj, index)
                    ids = viterbi_batched(logits, batch_sizes, lens, self.trans)
                    for k, i in enumerate(batch):
                        out[i] = self._unmap(ids[k])
        return out  # type: ignore[return-value]

    def _chunks(self, batches: list[list[int]], sentences: list[list[str]]):
        """Consecutive batches grouped to at most ``PROJ_CHUNK_WORDS`` distinct words (or one batch)."""
        chunk: list[list[int]] = []
        words: dict[str, None] = {}
        for batch in batches:
            new = dict.fromkeys(w for i in batch for w in sentences[i] if w not in words)
            if chunk and len(words) + len(new) > self.PROJ_CHUNK_WORDS:
                yield chunk, list(words)
                chunk, words = [], dict.fromkeys(w for i in batch for w in sentences[i])
            else:
                words.update(new)
            chunk.append(batch)
        if chunk:
            yield chunk, list(words)

    def _unmap(self, col: list[int]) -> list[str]:
        m = VOCAB_PREFIX_SIZE
        names = self.tag_names
        tags = [names[x if x >= m else m] for x in col]
        if all(t == "O" for t in tags):
            return tags
        return fix_singleton_tags(tags)

    def _project(self, words: list[str]) -> np.ndarray:
        """Input projections (W_ih x + b_ih, both directions) of the tagger LSTM, one row per word;
        with char LMs, the word vectors alone (the rest is done per token in ``_forward``).

        The inputs of ``NERTagger.forward``: pretrain + delta word vectors (with
        stanza's delta-UNK rule), the character model's output, the input transform.
        """
        toks = [self._token(w) for w in words]
        static = np.fromiter((t[0] for t in toks), dtype=np.int64, count=len(toks))
        delta = np.fromiter((t[1] for t in toks), dtype=np.int64, count=len(toks))
        # stanza's delta-UNK rule: a word the word vectors know is not UNK in the delta
        delta[(delta == UNK_ID) & (static != UNK_ID)] = PAD_ID
        word_emb = self.word_emb[static]
        word_emb += self.delta_emb[delta]
        if self.charlms is not None:
            return word_emb
        rows = self._char_rows(words)  # (may grow or replace the store)
        return self._lstm_inputs(np.concatenate([word_emb, self._char_store[rows]], 1))

    def _lstm_inputs(self, x: np.ndarray) -> np.ndarray:
        """The input transform (if any) and the tagger LSTM's input projection of feature rows."""
        if self.in_w is not None:
            x = x @ self.in_w
            x += self.in_b
        return self.lstm.project(x)

    def _forward(self, sents: list[list[str]], proj: np.ndarray, index: dict[str, int]):
        """``NERTagger.forward`` in eval mode for a length-sorted batch: packed logits."""
        lens = [len(s) for s in sents]
        rows = np.fromiter((index[w] for s in sents for w in s), dtype=np.int64, count=sum(lens))
        packed_idx, batch_sizes = _packing(lens)
        if self.charlms is None:
            xi = proj[rows[packed_idx]]
        else:
            # a char LM's state at a word depends on the whole sentence: inputs per token
            x = np.concatenate([proj[rows], self.charlm_features(sents)], 1)
            xi = self._lstm_inputs(x[packed_idx])
        h = self.lstm.run(xi, batch_sizes, want_outputs=True)
        logits = h @ self.clf_w
        logits += self.clf_b
        return logits, batch_sizes, lens

    def charlm_features(self, sents: list[list[str]]) -> np.ndarray:
        """The char LMs' ``get_representation`` of every token: forward | backward, n_tokens x (Hf + Hb).

        Rows follow the tokens sentence after sentence.  The character strings
        are those of stanza's NER ``DataLoader.process_chars``: the forward LM
        reads '\\n', then each word followed by ' ', and a word's state is the one
        after its ' '; the backward LM reads the same with the word order and
        each word's characters reversed.  Sentences run longest string first,
        ``CHARLM_BATCH`` at a time (each sentence's states are its own, so the
        batching does not change them).
        """
        if self.charlms is None:
            raise ValueError("this model has no character language models")
        start, end = self.lm_start, self.lm_end
        fwd_lm, bwd_lm = self.charlms
        n_tokens = sum(len(s) for s in sents)
        first_token = np.cumsum([0] + [len(s) for s in sents])
        out = np.empty((n_tokens, fwd_lm.H + bwd_lm.H), dtype=np.float32)
        strings = []  # (forward ids, backward ids, forward offsets, backward offsets) per sentence
        for s in sents:
            chars = [self._token(w)[2] for w in s]
            fwd, fwd_off = [start], []
            for c in chars:
                fwd += c
                fwd_off.append(len(fwd))
                fwd.append(end)
            bwd, bwd_off = [start], []
            for c in reversed(chars):
                bwd += c[::-1]
                bwd_off.append(len(bwd))
                bwd.append(end)
            bwd_off.reverse()  # back in word order
            strings.append((fwd, bwd, fwd_off, bwd_off))
        order = sorted(range(len(sents)), key=lambda i: len(strings[i][0]), reverse=True)
        for k in range(0, len(order), self.CHARLM_BATCH):
            batch = order[k:k + self.CHARLM_BATCH]
            lens = [len(strings[i][0]) for i in batch]
            packed_idx, batch_sizes = _packing(lens)
            step_start = np.zeros(len(batch_sizes), dtype=np.int64)
            np.cumsum(batch_sizes[:-1], out=step_start[1:])
            # each token's packed row (its offset's step, its sentence's place in the batch)
            # and its row in ``out``
            n = [len(sents[i]) for i in batch]
            place = np.repeat(np.arange(len(batch)), n)
            dest = np.concatenate([np.arange(first_token[i], first_token[i + 1]) for i in batch])
            for lm, seq, off in ((fwd_lm, 0, 2), (bwd_lm, 1, 3)):
                flat = np.fromiter((c for i in batch for c in strings[i][seq]), dtype=np.int64,
                                   count=sum(lens))
                steps = np.fromiter((o for i in batch for o in strings[i][off]), dtype=np.int64,
                                    count=len(dest))
                states = lm.run(flat[packed_idx], batch_sizes)
                cols = slice(0, fwd_lm.H) if seq == 0 else slice(fwd_lm.H, None)
                out[dest, cols] = states[step_start[steps] + place]
        return out

    def _char_rows(self, words: list[str]) -> np.ndarray:
        """Row of ``self._char_store`` for each word; computes the words not seen yet."""
        index = self._char_index
        new = list(dict.fromkeys(w for w in words if w not in index))
        if new:
            if len(index) + len(new) > self.CHAR_CACHE_MAX:
                index.clear()
                self._char_used = 0
                new = list(dict.fromkeys(words))
            need = self._char_used + len(new)
            if need > self._char_store.shape[0]:
                grown = np.empty((max(need, 2 * self._char_store.shape[0], 1024),
                                  self._char_store.shape[1]), dtype=np.float32)
                grown[:self._char_used] = self._char_store[:self._char_used]
                self._char_store = grown
            base = self._char_used
            for k in range(0, len(new), self.CHAR_BATCH):
                chunk = new[k:k + self.CHAR_BATCH]
                self._char_store[base + k:base + k + len(chunk)] = self._char_model(chunk)
            for k, w in enumerate(new):
                index[w] = base + k
            self._char_used = need
        return np.fromiter((index[w] for w in words), dtype=np.int64, count=len(words))

    def _char_model(self, words: list[str]) -> np.ndarray:
        """``CharacterModel.forward`` (no attention, eval mode): final states of the char BiLSTM."""
        chars = [self._token(w)[2] for w in words]
        wordlens = [len(c) for c in chars]
        # longest word first, ties by later index first: stanza's sort_all order
        word_order = sorted(range(len(chars)), key=lambda i: (wordlens[i], i), reverse=True)
        sorted_lens = [wordlens[i] for i in word_order]
        flat = np.fromiter((c for i in word_order for c in chars[i]), dtype=np.int64,
                           count=sum(wordlens))
        packed_idx, batch_sizes = _packing(sorted_lens)
        xi = self.char_proj[flat[packed_idx]]
        res = self.char_lstm.run(xi, batch_sizes, want_outputs=False)
        out = np.empty_like(res)
        out[np.asarray(word_order, dtype=np.int64)] = res
        return out


def load_numpy_tagger(ner_path, pretrain_path, forward_charlm_path=None,
                      backward_charlm_path=None) -> NumpyTagger:
    """A ``NumpyTagger`` from the model files (``UnsupportedModel`` if the model class is not supported).

    The char LM files are read only for a model trained with them (``charlm``
    in its config), as stanza does; such a model without them is unsupported.
    """
    ner_checkpoint = load_checkpoint(ner_path)
    charlms = [None, None]
    config = ner_checkpoint.get("config") if isinstance(ner_checkpoint, dict) else None
    if isinstance(config, dict) and config.get("charlm") and forward_charlm_path and backward_charlm_path:
        charlms = [load_checkpoint(forward_charlm_path), load_checkpoint(backward_charlm_path)]
    return NumpyTagger(ner_checkpoint, load_checkpoint(pretrain_path), *charlms)
