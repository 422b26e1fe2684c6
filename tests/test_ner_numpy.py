"""The numpy NER backend: torch-free checkpoint loading and the same tags as the torch fast path."""
from __future__ import annotations

import io
import json
import os
import pickle
import struct
import subprocess
import sys
import zipfile
from collections import OrderedDict
from pathlib import Path

import numpy as np
import pytest

from newsparse.entities import ner
from newsparse.entities.ner_numpy import (
    NumpyTagger,
    UnsupportedModel,
    fix_singleton_tags,
    load_checkpoint,
    load_numpy_tagger,
    viterbi_batched,
)

ROOT = Path(__file__).resolve().parent.parent
TEXTS = sorted((ROOT / "samples").glob("*.txt")) + sorted((ROOT / "bench" / "corpus").glob("*.txt"))
IL_NER_DEV = ROOT.parent / "shared" / "data" / "ner" / "il-ner" / "hi-dev.txt"
FLOAT32_CHECKPOINT = Path("/work/build/cpu_ft/nocharlm.pt")  # a local training output, if present

TEXT = (
    "लखनऊ। समाजवादी पार्टी के अध्यक्ष अखिलेश यादव ने सोमवार को भाजपा सरकार पर निशाना साधा। "
    "उन्होंने 15 अगस्त 2023 को दिल्ली में प्रधानमंत्री नरेंद्र मोदी से मुलाकात की थी। "
    "Reuters के अनुसार ISRO ने चंद्रयान-3 को 14 जुलाई को श्रीहरिकोटा से प्रक्षेपित किया। "
    "भारतीय रिज़र्व बैंक (RBI) के गवर्नर शक्तिकांत दास ने 6.5% रेपो दर बरकरार रखी।"
)


def _files():
    files = ner.model_files()
    if not files.ner.exists() or not files.pretrain.exists():
        pytest.skip("NER model files not present")
    return files


def _tokens_of(text: str) -> list[list[str]]:
    from newsparse.pipeline import prepare

    sents = [[t.norm for t in s.tokens if t.norm] for s in prepare(text).sentences]
    return [s for s in sents if s]


@pytest.fixture(scope="module")
def numpy_tagger() -> NumpyTagger:
    files = _files()
    return load_numpy_tagger(files.ner, files.pretrain)


@pytest.fixture(scope="module")
def fast_tagger():
    """The torch fast path itself (``get_tagger`` may hand out the numpy backend)."""
    _files()
    tagger = ner.FastTagger(ner._load_trainer())
    if not tagger.plain:
        pytest.skip("the configured model is not the plain class the numpy backend supports")
    return tagger


@pytest.fixture(scope="module")
def text_sentences() -> list[list[str]]:
    sents = _tokens_of(TEXT)
    for path in TEXTS:
        sents += _tokens_of(path.read_bytes().decode("utf-8-sig"))
    return sents


def _count_differences(a: list[list[str]], b: list[list[str]]) -> tuple[int, int]:
    assert len(a) == len(b)
    tokens = sum(x != y for p, q in zip(a, b) for x, y in zip(p, q))
    sents = sum(p != q for p, q in zip(a, b))
    return tokens, sents


def _torch_tags(fast_tagger, sentences):
    """The torch path's tags, on one thread (as the numpy path runs; oversubscribed
    torch threads are many times slower on a busy machine)."""
    import torch

    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    try:
        return fast_tagger.tag(sentences)
    finally:
        torch.set_num_threads(threads)


def _assert_same_tags(numpy_tagger, fast_tagger, sentences):
    mine = numpy_tagger.tag(sentences)
    ref = _torch_tags(fast_tagger, sentences)
    assert [len(t) for t in mine] == [len(s) for s in sentences]
    tokens, sents = _count_differences(mine, ref)
    assert (tokens, sents) == (0, 0), f"{tokens} tokens in {sents} sentences differ"
    return mine


# -- same tags as the torch path ----------------------------------------------

def test_texts_same_tags_as_torch(numpy_tagger, fast_tagger, text_sentences):
    assert len(text_sentences) >= 1000
    tags = _assert_same_tags(numpy_tagger, fast_tagger, text_sentences)
    assert any(t != "O" for s in tags for t in s)


@pytest.mark.skipif(not IL_NER_DEV.exists(), reason="IL-NER dev data not present")
def test_il_ner_dev_same_tags_as_torch(numpy_tagger, fast_tagger):
    from newsparse.normalise import normalise_token

    sentences = [[normalise_token(t) or t for t in s] for s in ner.read_conll_tokens(str(IL_NER_DEV))]
    assert len(sentences) > 1000
    _assert_same_tags(numpy_tagger, fast_tagger, sentences)


def _edge_case_sentences() -> list[list[str]]:
    base = _tokens_of(TEXT)
    long = [w for s in base for w in s]
    long = (long * (500 // len(long) + 1))[:500]
    return [
        ["दिल्ली"],
        ["।"],
        long,                                   # one long sentence, no windows at this level
        ["☃", "𝔘𝔫𝔦", "\u200d", "ꙮ", "की"],       # characters the model never saw
        ["Narendra", "Modi", "visited", "New", "Delhi", "on", "Monday", "."],
        ["BJP", "और", "CONGRESS", "के", "नेता", "Lucknow", "में", "İSTANBUL"],
        ["2023", "में", "15", "अगस्त", "को", "१५", "अगस्त", "२०२३", "12:30", "3.5%", "1,00,000"],
        ["a b", "दिल्ली", "  ", "नई दिल्ली"],      # spaces inside tokens (word vectors map them to NBSP)
        ["x" * 60, "क" * 40, "दिल्ली"],           # very long words
    ]


def test_edge_cases_same_tags_as_torch(numpy_tagger, fast_tagger):
    _assert_same_tags(numpy_tagger, fast_tagger, _edge_case_sentences())


def test_batching_does_not_change_tags(numpy_tagger, text_sentences):
    sents = text_sentences[:200]
    whole = numpy_tagger.tag(sents)
    assert numpy_tagger.tag(sents, max_sents=7, max_tokens=150) == whole
    assert [numpy_tagger.tag([s])[0] for s in sents[:40]] == whole[:40]


def test_small_caches_do_not_change_tags(text_sentences):
    files = _files()
    tagger = load_numpy_tagger(files.ner, files.pretrain)
    sents = text_sentences[:300]
    ref = tagger.tag(sents)
    tagger.CHAR_CACHE_MAX = 500
    tagger.CACHE_MAX = 300
    tagger.PROJ_CHUNK_WORDS = 100
    assert tagger.tag(sents[:150]) + tagger.tag(sents[150:]) == ref
    assert tagger.tag(sents) == ref


def test_empty_inputs(numpy_tagger):
    assert numpy_tagger.tag([]) == []
    with pytest.raises(ValueError, match="empty sentence"):
        numpy_tagger.tag([["दिल्ली"], []])
    with pytest.raises(ValueError, match="empty token"):
        numpy_tagger.tag([["दिल्ली", ""]])


def test_blas_threads_are_restored_and_do_not_change_tags(text_sentences):
    from newsparse.entities.ner_numpy import _BlasThreads, _openblas_thread_setters

    setters = _openblas_thread_setters()
    if setters:
        fn = setters[0]
        orig = fn(5)
        try:
            with _BlasThreads(1):
                assert fn(1) == 1
            assert fn(5) == 5  # the block put back what it found
        finally:
            fn(orig)
    files = _files()
    tagger = load_numpy_tagger(files.ner, files.pretrain)
    sents = text_sentences[:20]
    ref = tagger.tag(sents)
    tagger.BLAS_THREADS = None
    assert tagger.tag(sents) == ref


def test_tags_are_bioes_strings(numpy_tagger, text_sentences):
    tags = {t for s in numpy_tagger.tag(text_sentences[:300]) for t in s}
    assert "O" in tags
    assert all(t == "O" or t[:2] in ("B-", "I-", "E-", "S-") for t in tags)


# -- no torch, no stanza -------------------------------------------------------

def _assert_tags_without_torch(load_args: str, check: str = "") -> None:
    """Load a tagger with ``load_numpy_tagger(load_args)`` in a fresh interpreter, tag a
    sentence, and check that neither torch nor stanza was imported."""
    code = (
        "import sys\n"
        "from newsparse.entities.ner_numpy import load_numpy_tagger\n"
        f"t = load_numpy_tagger({load_args})\n"
        f"{check}"
        "tags = t.tag([['प्रधानमंत्री', 'नरेंद्र', 'मोदी', 'ने', 'दिल्ली', 'में', 'कहा']])\n"
        "assert len(tags[0]) == 7, tags\n"
        "assert any(x != 'O' for x in tags[0]), tags\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('torch', 'stanza'))\n"
        "assert not bad, bad\n"
        "print('ok')\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "ok"


def test_numpy_path_never_imports_torch_or_stanza():
    files = _files()
    _assert_tags_without_torch(f"{str(files.ner)!r}, {str(files.pretrain)!r}")


# -- decoding helpers match stanza --------------------------------------------

def test_fix_singleton_tags_matches_stanza():
    from stanza.models.ner.trainer import fix_singleton_tags as stanza_fix

    rng = np.random.default_rng(0)
    names = ["O"] + [f"{p}-{t}" for p in "BIES" for t in ("PER", "LOC")]
    for _ in range(3000):
        tags = [names[i] for i in rng.integers(0, len(names), rng.integers(1, 9))]
        assert fix_singleton_tags(tags) == stanza_fix(tags), tags


def test_viterbi_matches_stanza():
    from stanza.models.common.crf import viterbi_decode

    rng = np.random.default_rng(1)
    for _ in range(50):
        n_tags = 7
        lens = sorted(rng.integers(1, 12, rng.integers(1, 6)).tolist(), reverse=True)
        # small integers make ties common: both must break them the same way
        scores = [rng.integers(-3, 3, (n, n_tags)).astype(np.float32) for n in lens]
        trans = rng.integers(-2, 2, (n_tags, n_tags)).astype(np.float32)
        batch_sizes = [sum(n > t for n in lens) for t in range(lens[0])]
        packed = np.concatenate([np.stack([scores[b][t] for b in range(bs)])
                                 for t, bs in enumerate(batch_sizes)])
        got = viterbi_batched(packed, batch_sizes, lens, trans)
        assert got == [[int(x) for x in viterbi_decode(s, trans)[0]] for s in scores]


# -- unsupported models --------------------------------------------------------

@pytest.mark.parametrize("change, message", [
    ({"charlm": True}, "charlm"),
    ({"num_layers": 2}, "num_layers"),
    ({"bert_model": "google/muril-base-cased"}, "bert_model"),
    ({"connect_output_layers": True}, "connect_output_layers"),
    ({"char": False}, "character model"),
])
def test_unsupported_model_is_refused(change, message):
    files = _files()
    ck = load_checkpoint(files.ner)
    pretrain = load_checkpoint(files.pretrain)
    NumpyTagger(ck, pretrain)  # the shipped model is supported
    ck["config"] = dict(ck["config"], **change)
    with pytest.raises(UnsupportedModel, match=message):
        NumpyTagger(ck, pretrain)


def _two_tagset_model(predict_tagset):
    """The shipped model with a second, blank output layer (tag set 0) before its own (tag set 1)."""
    files = _files()
    ck = load_checkpoint(files.ner)
    tag = dict(ck["vocab"]["tag"])
    cols = tag["_id2unit"]
    cols = list(cols[0]) if isinstance(cols, dict) else list(cols)  # a CompositeVocab of one column, or a TagVocab
    tag["_id2unit"] = OrderedDict([(0, cols), (1, cols)])
    tag["_unit2id"] = OrderedDict([(0, {u: i for i, u in enumerate(cols)}), (1, {u: i for i, u in enumerate(cols)})])
    ck["vocab"] = dict(ck["vocab"], tag=tag, _key2class=dict(ck["vocab"]["_key2class"], tag="CompositeVocab"))
    sd = dict(ck["model"])
    for name in ("tag_clfs.{}.weight", "tag_clfs.{}.bias", "crits.{}._transitions"):
        sd[name.format(1)] = sd[name.format(0)]
        sd[name.format(0)] = np.zeros_like(sd[name.format(0)])
    ck["model"] = sd
    ck["config"] = dict(ck["config"], predict_tagset=predict_tagset)
    return NumpyTagger(ck, load_checkpoint(files.pretrain))


def test_a_model_with_several_tag_sets_runs_the_predicted_one():
    files = _files()
    shipped = NumpyTagger(load_checkpoint(files.ner), load_checkpoint(files.pretrain))
    sents = [["भाजपा", "नेता", "शिवराज", "सिंह", "चौहान", "ने", "भोपाल", "में", "कहा"],
             ["कांग्रेस", "अध्यक्ष", "जीतू", "पटवारी", "7", "जनवरी", "को", "इंदौर", "पहुंचे"]]
    want = shipped.tag(sents)
    assert any(t != "O" for s in want for t in s)
    assert _two_tagset_model(1).tag(sents) == want
    blank = _two_tagset_model(0).tag(sents)  # the zeroed layer scores every tag alike
    assert blank != want


def test_a_tag_set_the_model_lacks_is_refused():
    with pytest.raises(ValueError, match="predict_tagset"):
        _two_tagset_model(2)


# -- checkpoint loading --------------------------------------------------------

def _assert_same_objects(mine, ref, path="") -> int:
    import torch

    if isinstance(ref, torch.Tensor):
        assert isinstance(mine, np.ndarray), path
        want = ref.float().numpy() if ref.dtype == torch.bfloat16 else ref.numpy()
        assert mine.dtype == want.dtype and mine.shape == want.shape, path
        assert np.array_equal(mine, want, equal_nan=True), path
        return 1
    assert type(mine) is type(ref), (path, type(mine), type(ref))
    if isinstance(ref, dict):
        assert list(mine) == list(ref), path
        return sum(_assert_same_objects(mine[k], ref[k], f"{path}/{k}") for k in ref)
    if isinstance(ref, (list, tuple)):
        assert len(mine) == len(ref), path
        return sum(_assert_same_objects(a, b, f"{path}[{i}]") for i, (a, b) in enumerate(zip(mine, ref)))
    assert mine == ref, path
    return 0


@pytest.mark.parametrize("which", ["ner", "pretrain", "float32"])
def test_load_checkpoint_equals_torch_load(which):
    import torch

    if which == "float32":
        if not FLOAT32_CHECKPOINT.exists():
            pytest.skip("no float32 training checkpoint here")
        path = FLOAT32_CHECKPOINT
    else:
        path = getattr(_files(), which)
    n = _assert_same_objects(load_checkpoint(path), torch.load(path, weights_only=True))
    assert n >= 1


def _sample_objects():
    import torch

    g = torch.Generator().manual_seed(0)
    base = torch.randn(6, 5, generator=g)
    shared = torch.arange(24, dtype=torch.int64)
    return {
        "model": OrderedDict([
            ("half", torch.randn(4, 3, generator=g).half()),
            ("float", base),
            ("double", torch.randn(3, dtype=torch.float64, generator=g)),
            ("transposed", base.t()),                 # non-contiguous view of a shared storage
            ("every_other", base[:, ::2]),
            ("row", base[2]),                          # storage offset
            ("long", shared.view(4, 6)),
            ("long_tail", shared[10:]),
            ("int32", torch.tensor([1, -2, 3], dtype=torch.int32)),
            ("int8", torch.tensor([-1, 2], dtype=torch.int8)),
            ("uint8", torch.tensor([0, 255], dtype=torch.uint8)),
            ("bool", torch.tensor([True, False, True])),
            ("scalar", torch.tensor(3.5)),
            ("empty", torch.zeros(0, 4)),
            ("param", torch.nn.Parameter(torch.ones(2, 2))),
        ]),
        "config": {"lr": 0.1, "name": "x", "flags": [True, None], "pair": (1, 2), "ignore": {"a", "b"}},
    }


@pytest.mark.parametrize("zip_format", [True, False])
def test_load_checkpoint_round_trips_torch_save(tmp_path, zip_format):
    import torch

    path = tmp_path / "ck.pt"
    objs = _sample_objects()
    if zip_format:
        objs["model"]["bfloat16"] = torch.randn(3, 2, generator=torch.Generator().manual_seed(2)).bfloat16()
    torch.save(objs, path, _use_new_zipfile_serialization=zip_format)
    assert zipfile.is_zipfile(path) == zip_format
    mine = load_checkpoint(path)
    ref = torch.load(path, weights_only=True)
    ref["model"]["param"] = ref["model"]["param"].data  # a Parameter comes back as a plain array
    assert _assert_same_objects(mine, ref) == len(objs["model"])
    assert mine["config"]["ignore"] == {"a", "b"}


# -- a model file cannot run code ---------------------------------------------

class _Evil:
    def __init__(self, marker: Path):
        self.marker = marker

    def __reduce__(self):
        import os

        return (os.system, (f"touch {self.marker}",))


class _EvalEvil:
    def __reduce__(self):
        return (eval, ("__import__('os').getcwd()",))


def _zip_checkpoint(path: Path, payload: bytes) -> None:
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("archive/data.pkl", payload)
        zf.writestr("archive/byteorder", "little")
        zf.writestr("archive/version", "3\n")


def _legacy_checkpoint(path: Path, payload: bytes) -> None:
    with open(path, "wb") as fh:
        pickle.dump(0x1950A86A20F9469CFC6C, fh, protocol=2)
        pickle.dump(1001, fh, protocol=2)
        pickle.dump({"protocol_version": 1001, "little_endian": True,
                     "type_sizes": {"short": 2, "int": 4, "long": 4}}, fh, protocol=2)
        fh.write(payload)
        pickle.dump([], fh, protocol=2)


@pytest.mark.parametrize("write", [_zip_checkpoint, _legacy_checkpoint])
@pytest.mark.parametrize("protocol", [2, 4])
def test_malicious_checkpoint_is_refused(tmp_path, write, protocol):
    marker = tmp_path / "pwned"
    for evil in (_Evil(marker), _EvalEvil()):
        path = tmp_path / "evil.pt"
        write(path, pickle.dumps({"model": OrderedDict(x=evil)}, protocol=protocol))
        with pytest.raises(pickle.UnpicklingError, match="not allowed"):
            load_checkpoint(path)
    assert not marker.exists()


def test_allowed_names_cannot_be_abused(tmp_path):
    # a storage type may only name a storage, never be called
    path = tmp_path / "call.pt"
    payload = b"\x80\x02ctorch\nFloatStorage\nq\x00K\x03\x85q\x01Rq\x02."
    _zip_checkpoint(path, payload)
    with pytest.raises(pickle.UnpicklingError):
        load_checkpoint(path)
    # persistent ids other than storages are refused
    class P(pickle.Pickler):
        def persistent_id(self, obj):
            return ("module", "os", "system") if obj == "x" else None

    buf = io.BytesIO()
    P(buf, protocol=2).dump({"a": "x"})
    _zip_checkpoint(path, buf.getvalue())
    with pytest.raises(pickle.UnpicklingError, match="persistent id"):
        load_checkpoint(path)


def test_tensor_past_its_storage_is_refused(tmp_path):
    import torch

    path = tmp_path / "ck.pt"
    torch.save({"w": torch.zeros(4)}, path, _use_new_zipfile_serialization=False)
    data = path.read_bytes()
    # the tensor's size (4,) is pickled as BININT1 4 followed by TUPLE1; make it 40
    i = data.index(b"K\x04\x85")
    path.write_bytes(data[:i] + b"K\x28\x85" + data[i + 3:])
    with pytest.raises(pickle.UnpicklingError, match="past its storage"):
        load_checkpoint(path)


def test_not_a_checkpoint(tmp_path):
    path = tmp_path / "x.pt"
    path.write_text(json.dumps({"a": 1}))
    with pytest.raises(pickle.UnpicklingError):
        load_checkpoint(path)
    path.write_bytes(b"\x80\x02" + struct.pack("<q", 5))
    with pytest.raises(pickle.UnpicklingError):
        load_checkpoint(path)
    path.write_bytes(b"")
    with pytest.raises(pickle.UnpicklingError):
        load_checkpoint(path)


# -- engine choice ---------------------------------------------------------------

def test_analyse_on_a_machine_without_gpu_imports_neither_torch_nor_stanza():
    from newsparse.entities import ner

    if ner._gpu_driver_present():
        pytest.skip("a GPU driver is present: auto may rightly pick torch")
    code = (
        "import sys\n"
        "from newsparse import analyse\n"
        "doc = analyse('भाजपा नेता शिवराज सिंह चौहान ने सोमवार को भोपाल में बैठक की।')\n"
        "assert any(e.type == 'PERSON' for e in doc.entities), doc.entities\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('torch', 'stanza'))\n"
        "assert not bad, bad\n"
        "print('ok')\n"
    )
    env = {k: v for k, v in os.environ.items() if k not in ("NEWSPARSE_BACKEND", "NEWSPARSE_DEVICE")}
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300, env=env)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "ok"


@pytest.mark.parametrize("env, gpu, expected", [
    ({}, False, "numpy"),
    ({}, True, "torch"),
    ({"NEWSPARSE_DEVICE": "cpu"}, True, "numpy"),
    ({"NEWSPARSE_DEVICE": "cuda"}, False, "torch"),
    ({"NEWSPARSE_BACKEND": "torch"}, False, "torch"),
    ({"NEWSPARSE_BACKEND": "numpy"}, True, "numpy"),
])
def test_engine_choice(monkeypatch, env, gpu, expected):
    from newsparse.entities import ner

    for var in ("NEWSPARSE_BACKEND", "NEWSPARSE_DEVICE"):
        monkeypatch.delenv(var, raising=False)
    for k, v in env.items():
        monkeypatch.setenv(k, v)
    monkeypatch.setattr(ner, "_gpu_visible", lambda: gpu)
    assert ner.backend() == expected


# -- char-LM models --------------------------------------------------------------
#
# A char-LM model is built here from the shipped one: two small character language
# models with random weights (stanza's own class, saved as stanza saves them), and
# the shipped tagger converted by training/charlm_warm_start.py, whose zero LM
# columns are then randomised so that the LM states change the tags.

CHARLM_ARGS = dict(char_emb_dim=32, char_hidden_dim=128, char_num_layers=1, char_dropout=0.0,
                   char_rec_dropout=0.0, char_unit_dropout=0.0)


def _save_charlm(path: Path, args: dict, vocab, is_forward: bool, nested: bool, seed: int) -> None:
    """A ``CharacterLanguageModel`` with random weights (and initial states), saved as stanza saves one:
    the model's state itself (``CharacterLanguageModel.save``) or nested under "model" (its trainer)."""
    import torch
    from stanza.models.common.char_model import CharacterLanguageModel

    torch.manual_seed(seed)
    lm = CharacterLanguageModel(args, vocab, is_forward_lm=is_forward)
    with torch.no_grad():
        lm.charlstm_h_init.normal_(0, 0.1)
        lm.charlstm_c_init.normal_(0, 0.1)
    if nested:
        torch.save({"model": lm.full_state(), "epoch": 1, "global_step": 2}, path)
    else:
        lm.save(str(path))


@pytest.fixture(scope="module")
def charlm_dir(tmp_path_factory) -> Path:
    """A model directory (as ``ner.model_files`` reads one) holding a char-LM NER model."""
    import importlib.util

    import torch
    from stanza.models.common.vocab import CharVocab

    files = _files()
    d = tmp_path_factory.mktemp("charlm_model")
    # the LMs' characters: the samples' (so Latin capitals, emoji, ... are unknown), with
    # the sentence-start '\n' and the word-end ' ' of stanza's NER data loader
    text = "".join(p.read_text(encoding="utf-8-sig") for p in sorted((ROOT / "samples").glob("*.txt")))
    vocab = {"char": CharVocab([sorted(set(text) | {"\n", " "})])}
    _save_charlm(d / "charlm_forward.pt", CHARLM_ARGS, vocab, True, nested=False, seed=0)
    _save_charlm(d / "charlm_backward.pt", CHARLM_ARGS, vocab, False, nested=True, seed=1)

    spec = importlib.util.spec_from_file_location("charlm_warm_start", ROOT / "training" / "charlm_warm_start.py")
    warm_start = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(warm_start)
    warm_start.convert(str(files.ner), str(d / "converted.pt"), str(d / "charlm_forward.pt"),
                       str(d / "charlm_backward.pt"), 0.1)
    ck = torch.load(d / "converted.pt", weights_only=True)
    cfg, sd = ck["config"], ck["model"]
    word_dim = cfg["word_emb_dim"]
    old_in = word_dim + 2 * cfg["char_hidden_dim"]
    gen = torch.Generator().manual_seed(2)
    for sfx in ("", "_reverse"):  # the tagger LSTM's columns for the new transform outputs
        w = sd[f"taggerlstm.lstm.weight_ih_l0{sfx}"]
        w[:, old_in:] = torch.randn(w.shape[0], w.shape[1] - old_in, generator=gen) * 0.5
    w = sd["input_transform.weight"]  # the old transform outputs' LM-state inputs
    w[:old_in, word_dim:] = torch.randn(old_in, w.shape[1] - word_dim, generator=gen) * 0.3
    torch.save(ck, d / "ner.pt")
    (d / "converted.pt").unlink()
    for name in ("pretrain", "resources_json"):
        src = getattr(files, name)
        (d / src.name).symlink_to(src)
    return d


def _charlm_files(d: Path) -> tuple[Path, Path, Path, Path]:
    return d / "ner.pt", d / "pretrain.pt", d / "charlm_forward.pt", d / "charlm_backward.pt"


@pytest.fixture(scope="module")
def charlm_numpy(charlm_dir) -> NumpyTagger:
    tagger = load_numpy_tagger(*_charlm_files(charlm_dir))
    assert tagger.charlms is not None
    return tagger


@pytest.fixture(scope="module")
def charlm_torch(charlm_dir):
    """The torch fast path on the char-LM model (stanza's ``NERTagger.forward`` itself)."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("NEWSPARSE_MODEL_DIR", str(charlm_dir))
        mp.delenv("NEWSPARSE_NER", raising=False)
        assert ner.model_files().forward_charlm is not None
        tagger = ner.FastTagger(ner._load_trainer())
    assert tagger.args["charlm"] and not tagger.plain
    return tagger


def test_charlm_texts_same_tags_as_torch(charlm_numpy, charlm_torch, text_sentences):
    sents = text_sentences[:500]
    tags = _assert_same_tags(charlm_numpy, charlm_torch, sents)
    assert any(t != "O" for s in tags for t in s)


def test_charlm_edge_cases_same_tags_as_torch(charlm_numpy, charlm_torch):
    _assert_same_tags(charlm_numpy, charlm_torch, _edge_case_sentences())


def test_charlm_states_change_the_tags(charlm_dir, charlm_numpy, text_sentences):
    """The test model's LM columns matter (else the tests above would not see a wrong LM state)."""
    ck = load_checkpoint(charlm_dir / "ner.pt")
    lm_cols = ck["config"]["word_emb_dim"]
    ck["model"]["input_transform.weight"][:, lm_cols:] = 0
    ner_path, pretrain, fwd, bwd = _charlm_files(charlm_dir)
    blind = NumpyTagger(ck, load_checkpoint(pretrain), load_checkpoint(fwd), load_checkpoint(bwd))
    sents = text_sentences[:300]
    tokens, _ = _count_differences(charlm_numpy.tag(sents), blind.tag(sents))
    assert tokens >= 20


def _stanza_charlm_states(torch_tagger, sentences) -> np.ndarray:
    """stanza's char-LM input to the tagger, one row per token (sentence after sentence):
    its NER ``DataLoader``'s character strings and offsets, ``get_representation`` of both LMs."""
    import torch
    from stanza.models.common.data import get_long_tensor, sort_all
    from stanza.models.ner.data import DataLoader
    from torch.nn.utils.rnn import pad_packed_sequence

    vocab = torch_tagger.vocab
    model = torch_tagger.model
    order = sorted(range(len(sentences)), key=lambda i: (len(sentences[i]), i), reverse=True)
    batch = [sentences[i] for i in order]  # a batch as stanza's DataLoader sorts it
    char_ids = [[vocab["char"].map(list(w)) for w in s] for s in batch]

    class _Chars:  # process_chars only needs .vocab
        pass

    _Chars.vocab = vocab
    cf, cb, of, ob, charlens = DataLoader.process_chars(_Chars(), char_ids)
    (cf, cb, of, ob), char_orig_idx = sort_all([cf, cb, of, ob], charlens)
    charlens = [len(s) for s in cf]
    space = vocab["char"].unit2id(" ")
    reps = []
    with torch.no_grad():
        for lm, chars, offsets in ((model.charmodel_forward, cf, of), (model.charmodel_backward, cb, ob)):
            packed = lm.get_representation(get_long_tensor(chars, len(batch), pad_id=space).to(torch_tagger.device),
                                           offsets, charlens, char_orig_idx)
            reps.append(pad_packed_sequence(packed, batch_first=True)[0].float().cpu().numpy())
    both = np.concatenate(reps, 2)
    rows = {i: both[k, :len(sentences[i])] for k, i in enumerate(order)}
    return np.concatenate([rows[i] for i in range(len(sentences))])


def test_charlm_states_equal_stanza(charlm_numpy, charlm_torch):
    from newsparse.entities.ner_numpy import UNK_ID

    sents = _tokens_of(TEXT)[:3] + [
        ["☃", "𝔘𝔫𝔦", "ꙮ", "की", "\u200d", "İSTANBUL"],   # characters the LMs never saw
        ["Narendra", "Modi", "ने", "2023", "में", "15", "%", "१५", "12:30", "कहा", "।"],
        ["a", "ब", "1", "।", "x", "क"],                       # one-character words
        ["दिल्ली"],
        ["क"],
        ["a b", "नई दिल्ली", "  "],                           # spaces inside tokens
        _tokens_of(TEXT)[1],                                 # a sentence twice in a batch
    ]
    assert any(charlm_numpy.chars.unit2id(c) == UNK_ID for c in "☃ꙮİ")
    mine = charlm_numpy.charlm_features(sents)
    ref = _stanza_charlm_states(charlm_torch, sents)
    assert mine.shape == ref.shape == (sum(len(s) for s in sents), 2 * CHARLM_ARGS["char_hidden_dim"])
    assert np.abs(ref).max() > 0.1  # states, not zeros
    np.testing.assert_allclose(mine, ref, rtol=0, atol=1e-4)
    # each sentence's states are its own: alone or in another batch, the same
    alone = np.concatenate([charlm_numpy.charlm_features([s]) for s in sents])
    np.testing.assert_allclose(alone, mine, rtol=0, atol=1e-5)


def test_charlm_batching_does_not_change_tags(charlm_dir, text_sentences):
    tagger = load_numpy_tagger(*_charlm_files(charlm_dir))
    sents = text_sentences[:120]
    whole = tagger.tag(sents)
    tagger.CHARLM_BATCH = 5
    assert tagger.tag(sents, max_sents=7, max_tokens=150) == whole
    assert [tagger.tag([s])[0] for s in sents[:30]] == whole[:30]


def test_charlm_model_needs_its_lm_files(charlm_dir):
    ner_path, pretrain, _fwd, _bwd = _charlm_files(charlm_dir)
    with pytest.raises(UnsupportedModel, match="charlm"):
        load_numpy_tagger(ner_path, pretrain)


def test_two_layer_charlm_is_refused(charlm_dir, tmp_path):
    import torch

    ner_path, pretrain, fwd, bwd = _charlm_files(charlm_dir)
    state = torch.load(fwd, weights_only=True)
    from stanza.models.common.vocab import CharVocab

    vocab = {"char": CharVocab.load_state_dict(state["vocab"])}
    _save_charlm(tmp_path / "two_layers.pt", dict(CHARLM_ARGS, char_num_layers=2), vocab, True, nested=False, seed=3)
    with pytest.raises(UnsupportedModel, match="char_num_layers = 2"):
        load_numpy_tagger(ner_path, pretrain, tmp_path / "two_layers.pt", bwd)


def test_get_tagger_runs_a_charlm_model_in_numpy(monkeypatch, charlm_dir, charlm_numpy):
    monkeypatch.setenv("NEWSPARSE_MODEL_DIR", str(charlm_dir))
    monkeypatch.setenv("NEWSPARSE_BACKEND", "numpy")
    monkeypatch.delenv("NEWSPARSE_NER", raising=False)
    ner.get_tagger.cache_clear()
    try:
        tagger = ner.get_tagger()
        assert isinstance(tagger, NumpyTagger) and tagger.charlms is not None
        sents = _tokens_of(TEXT)
        assert tagger.tag(sents) == charlm_numpy.tag(sents)
    finally:
        ner.get_tagger.cache_clear()  # the next caller loads its own model


def test_charlm_numpy_path_never_imports_torch_or_stanza(charlm_dir):
    paths = ", ".join(repr(str(p)) for p in _charlm_files(charlm_dir))
    _assert_tags_without_torch(paths, "assert t.charlms is not None\n")
