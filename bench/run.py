"""newsparse benchmarks: start-up, cold single article, batch throughput, memory,
NER speed, per-stage times and linearity, on the machine at hand.

    python bench/run.py                 # whole corpus (bench/corpus, 120 articles)
    python bench/run.py --quick         # 10 articles: a smoke test
    python bench/run.py --json out.json # also write the figures as JSON

Run ``python bench/make_corpus.py`` first if bench/corpus is missing.  See
bench/README.md for what each figure means.  A row whose measurement fails
(the CLI missing, no model, ...) prints its error and the run goes on.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import traceback
from importlib import metadata
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "corpus"
CORPUS_LONG = HERE / "corpus_long"
PUBLISHED = "2024-01-08"  # anchors relative dates in the API-based rows

# Runs one command, times it from inside (so this wrapper's own start-up is
# not counted) and reports the peak RSS of the command's process tree:
# getrusage(RUSAGE_CHILDREN).ru_maxrss is the high-water mark of the largest
# single descendant that has been waited for -- the CLI process or one of its
# workers, whichever peaked highest.  A fresh wrapper per run keeps one run's
# peak from leaking into the next.
_WRAPPER = r"""
import json, resource, subprocess, sys, time
out, err, cmd = sys.argv[1], sys.argv[2], sys.argv[3:]
with open(out, "wb") as o, open(err, "wb") as e:
    t0 = time.perf_counter()
    rc = subprocess.call(cmd, stdout=o, stderr=e, stdin=subprocess.DEVNULL)
    wall = time.perf_counter() - t0
print(json.dumps({"rc": rc, "wall": wall,
                  "maxrss_kb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss}))
"""

# metric key -> (label for the table, target text, predicate on the value or None)
TARGETS = {
    "help_s": ("`newsparse --help` (median of 5)", "< 0.25 s", lambda v: v < 0.25),
    "cold_single_s": ("one article, cold start, model load included (median of 3)", "< 3 s", lambda v: v < 3),
    "batch_j1_aps": ("batch throughput `-j 1`, steady state", "—", None),
    "batch_j2_aps": ("batch throughput `-j 2`, steady state", "≥ 10 articles/s (aim 15)", lambda v: v >= 10),
    "peak_rss_j1_mb": ("peak memory per worker, `-j 1`", "< 1.5 GB", lambda v: v < 1500),
    "peak_rss_j2_mb": ("peak memory per worker, `-j 2`", "< 1.5 GB", lambda v: v < 1500),
    "batch_gpu_aps": ("batch throughput `-j 1 --device cuda` (when a GPU is visible)", "—", None),
    "ner_tokens_per_s": ("NER tagging speed, default engine (model loaded, default threads)", "—", None),
    "ner_tokens_per_s_1core": ("NER tagging speed, default engine (model loaded, one core)", "—", None),
    "ner_tokens_per_s_torch_1core": ("NER tagging speed, torch engine (model loaded, one core)", "—", None),
    "stage_prepare_ms": ("stage: prepare (clean + normalise + segment), 500 words", "—", None),
    "stage_ner_ms": ("stage: NER tagging, 500 words", "—", None),
    "stage_entities_ms": ("stage: entities resolution, 500 words", "—", None),
    "stage_dates_ms": ("stage: dates, 500 words", "< 10 ms", lambda v: v < 10),
    "stage_events_ms": ("stage: events, 500 words", "—", None),
    "stage_claims_ms": ("stage: claims, 500 words", "—", None),
    "one_article_1core_s": ("one 500-word article, model loaded, one core", "< 0.3 s", lambda v: v < 0.3),
    "linearity_ratio": ("~10x longer article: time ratio", "≤ ~10x (≤ 1.1 × token ratio)", None),
}


def log(msg: str = "") -> None:
    print(msg, flush=True)


# ---------------------------------------------------------------- machine --

def machine_info() -> dict:
    info: dict = {"platform": platform.platform(), "python": platform.python_version()}
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.lower().startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    info["cpu"] = cpu
    info["cores"] = os.cpu_count()
    try:
        info["cores_usable"] = len(os.sched_getaffinity(0))
    except AttributeError:
        info["cores_usable"] = os.cpu_count()
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                info["ram_gb"] = round(int(line.split()[1]) / 1024 / 1024, 1)
    except OSError:
        info["ram_gb"] = None
    for pkg in ("torch", "stanza", "newsparse"):
        try:
            info[pkg] = metadata.version(pkg)
        except metadata.PackageNotFoundError:
            info[pkg] = None
    try:
        from newsparse.entities import ner

        files = ner.model_files()
        info["model_dir"] = str(ner.model_dir())
        info["model_variant"] = ner.model_variant()
        info["ner_engine"] = ner.backend()
        info["model_present"] = files.ner.exists()
        info["model_mb"] = round(sum(p.stat().st_size for p in
                                     (files.ner, files.pretrain, files.forward_charlm, files.backward_charlm)
                                     if p and p.exists()) / 1e6, 1)
        info["model_charlm"] = files.forward_charlm is not None
    except Exception as exc:  # noqa: BLE001 - report, do not fail
        info["model_error"] = repr(exc)
    return info


# ------------------------------------------------------------ subprocesses --

def find_cli(explicit: str | None) -> list[str]:
    if explicit:
        return explicit.split()
    beside = Path(sys.executable).parent / "newsparse"
    if beside.exists():
        return [str(beside)]
    found = shutil.which("newsparse")
    if found:
        return [found]
    raise FileNotFoundError("no `newsparse` console script beside this Python nor on PATH (use --cli)")


def run_measured(cmd: list[str], timeout: float) -> dict:
    """Run ``cmd`` in a fresh wrapper; {'wall', 'maxrss_kb', 'stdout', 'stderr'}; raises on failure."""
    with tempfile.TemporaryDirectory(prefix="npbench-io-") as io:
        out, err = Path(io) / "out", Path(io) / "err"
        proc = subprocess.run([sys.executable, "-c", _WRAPPER, str(out), str(err), *cmd],
                              capture_output=True, text=True, timeout=timeout)
        if proc.returncode != 0:
            raise RuntimeError(f"wrapper failed: {proc.stderr.strip()[-500:]}")
        res = json.loads(proc.stdout.strip().splitlines()[-1])
        res["stdout"] = out.read_text(encoding="utf-8", errors="replace")
        res["stderr"] = err.read_text(encoding="utf-8", errors="replace")
    if res["rc"] != 0:
        tail = (res["stderr"].strip() or res["stdout"].strip())[-600:]
        raise RuntimeError(f"`{' '.join(cmd)}` exited {res['rc']}: {tail}")
    return res


def bench_help(cli: list[str], timeout: float) -> dict:
    walls = [run_measured([*cli, "--help"], timeout)["wall"] for _ in range(5)]
    return {"help_s": statistics.median(walls), "_detail": {"help_runs_s": walls}}


def bench_cold(cli: list[str], article: Path, timeout: float) -> dict:
    walls, rss = [], []
    for _ in range(3):
        r = run_measured([*cli, "--json", str(article)], timeout)
        json.loads(r["stdout"])  # must be one JSON object
        walls.append(r["wall"])
        rss.append(r["maxrss_kb"])
    return {"cold_single_s": statistics.median(walls),
            "_detail": {"cold_runs_s": walls, "cold_peak_rss_mb": max(rss) * 1024 / 1e6}}


def bench_batch(cli: list[str], articles: list[Path], jobs: int, timeout: float, device: str | None = None) -> dict:
    """Steady-state throughput: (N-1) / (t_N - t_1), same command for N and 1 articles.

    With ``jobs > 1`` a run of ``jobs`` articles is timed too, giving
    (N-j) / (t_N - t_j): the CLI analyses a single input in-process, without
    the worker pool, so t_1 does not carry the pool's start-up (workers
    spawned, one model load each) that t_N does; t_j does.
    """
    n = len(articles)
    if n < 2:
        raise ValueError("need at least 2 articles")
    sizes = [1] + ([jobs] if 1 < jobs < n else []) + [n]
    with tempfile.TemporaryDirectory(prefix="npbench-batch-") as tmp:
        tmp = Path(tmp)
        runs = {}
        for k in sizes:
            subset = articles[:k]
            src = tmp / f"in{k}"
            src.mkdir()
            for a in subset:
                shutil.copy(a, src / a.name)
            out = tmp / f"out{k}"
            extra = ["--device", device] if device else []
            r = run_measured([*cli, "--json", "--output", str(out), "-j", str(jobs), *extra, str(src)], timeout)
            written = list(out.rglob("*.json")) if out.exists() else []
            if len(written) != k:
                raise RuntimeError(f"-j {jobs}: {len(written)} JSON files written for {k} articles")
            runs[k] = r
    t = {k: r["wall"] for k, r in runs.items()}
    if device:
        # only the throughput is reported for a device run
        return {f"batch_{device.replace('cuda', 'gpu')}_aps": (n - 1) / (t[n] - t[1])} if t[n] > t[1] else {}
    res: dict = {f"peak_rss_j{jobs}_mb": max(r["maxrss_kb"] for r in runs.values()) * 1024 / 1e6}
    det = {"n": n, **{f"t_{k}_s": v for k, v in t.items()}, "naive_aps": n / t[n]}
    if jobs in t and jobs != 1 and t[n] > t[jobs]:
        det[f"aps_from_t_{jobs}"] = (n - jobs) / (t[n] - t[jobs])
    res["_detail"] = {f"batch_j{jobs}": det}
    if t[n] > t[1]:
        res[f"batch_j{jobs}_aps"] = (n - 1) / (t[n] - t[1])
    else:
        res["_errors"] = {f"batch_j{jobs}_aps": f"t_N ({t[n]:.2f} s) ≤ t_1 ({t[1]:.2f} s): too few articles "
                                                f"to measure (see detail)"}
    return res


# ------------------------------------------------------------ in-process --

def _read(p: Path) -> str:
    return p.read_bytes().decode("utf-8-sig")


def bench_ner(articles: list[Path]) -> dict:
    """Tokens/s of the NER tagging alone (model loaded, warmed): default engine at default
    threads and on one core, then the torch engine on one core for comparison."""
    from newsparse.entities import ner
    from newsparse.pipeline import prepare

    t0 = time.perf_counter()
    tagger = ner.get_tagger()
    load_s = time.perf_counter() - t0
    sents = [[t.norm for t in s.tokens] for a in articles for s in prepare(_read(a)).sentences]
    pieces, _ = ner._windows([[w for w in s if w] for s in sents])
    n_tokens = sum(map(len, pieces))

    def timed(t) -> float:
        t.tag(pieces[:8])  # warm-up
        t0 = time.perf_counter()
        t.tag(pieces)
        return time.perf_counter() - t0

    dt = timed(tagger)
    with _OneCore():
        dt1 = timed(tagger)
    t0 = time.perf_counter()
    torch_tagger = ner.FastTagger(ner._load_trainer())
    torch_load_s = time.perf_counter() - t0
    with _OneCore():
        dt_torch = timed(torch_tagger)
    return {"ner_tokens_per_s": n_tokens / dt, "ner_tokens_per_s_1core": n_tokens / dt1,
            "ner_tokens_per_s_torch_1core": n_tokens / dt_torch,
            "_detail": {"ner": {"engine": type(tagger).__name__, "tokens": n_tokens, "sentences": len(pieces),
                                "seconds": dt, "seconds_1core": dt1, "model_load_s": load_s,
                                "torch_engine_load_s": torch_load_s, "torch_seconds_1core": dt_torch}}}


def _stage_times(text: str, with_ner: bool = True) -> dict[str, float]:
    from newsparse.claims import annotate_claims
    from newsparse.dates import annotate_dates
    from newsparse.entities import annotate_entities
    from newsparse.entities.ner import tag_sentences
    from newsparse.events import annotate_events
    from newsparse.pipeline import prepare

    def no_ner(d):  # the model failed to load: the other stages still get timed
        for s in d.sentences:
            s.ner_tags = ["O"] * len(s.tokens)

    times = {}
    t = time.perf_counter()
    doc = prepare(text, published=PUBLISHED)
    times["prepare"] = time.perf_counter() - t
    for name, fn in (("ner", (lambda d: tag_sentences([d])) if with_ner else no_ner),
                     ("entities", annotate_entities), ("dates", annotate_dates),
                     ("events", annotate_events), ("claims", annotate_claims)):
        t = time.perf_counter()
        fn(doc)
        times[name] = time.perf_counter() - t
    if not with_ner:
        del times["ner"]
    return times


class _OneCore:
    """The process pinned to one CPU (and torch, if loaded, on one thread), restored on exit.

    The numpy engine already runs its BLAS calls on one thread.
    """

    def __enter__(self):
        self.threads = None
        if "torch" in sys.modules:
            import torch

            self.threads = torch.get_num_threads()
            torch.set_num_threads(1)
        self.affinity = None
        if hasattr(os, "sched_getaffinity"):
            self.affinity = os.sched_getaffinity(0)
            os.sched_setaffinity(0, {min(self.affinity)})
        return self

    def __exit__(self, *exc):
        if self.threads is not None:
            import torch

            torch.set_num_threads(self.threads)
        if self.affinity is not None:
            os.sched_setaffinity(0, self.affinity)


def bench_stages(article: Path, repeats: int) -> dict:
    from newsparse.entities.ner import get_pipeline
    from newsparse.pipeline import analyse

    text = _read(article)
    errors = {}
    try:
        get_pipeline()
        with_ner = True
    except Exception as exc:  # noqa: BLE001
        with_ner = False
        errors["stage_ner_ms"] = errors["one_article_1core_s"] = f"{type(exc).__name__}: {exc}"
    with _OneCore():
        _stage_times(text, with_ner)  # warm: model, gazetteers, lexicons, regexes
        runs = [_stage_times(text, with_ner) for _ in range(repeats)]
        totals = []
        for _ in range(repeats if with_ner else 0):
            t = time.perf_counter()
            analyse(text, published=PUBLISHED)
            totals.append(time.perf_counter() - t)
    res = {f"stage_{k}_ms": statistics.median(r[k] for r in runs) * 1000 for k in runs[0]}
    if totals:
        res["one_article_1core_s"] = statistics.median(totals)
    res["_detail"] = {"stages": {"article": article.name, "words": len(text.split()),
                                 "repeats": repeats, "analyse_runs_s": totals}}
    res["_errors"] = errors
    return res


def bench_linearity(short: Path, long: Path, repeats: int) -> dict:
    from newsparse.pipeline import analyse

    st, lt = _read(short), _read(long)
    with _OneCore():
        analyse(st, published=PUBLISHED)
        ts, tl = [], []
        for _ in range(repeats):
            t = time.perf_counter()
            ds = analyse(st, published=PUBLISHED)
            ts.append(time.perf_counter() - t)
            t = time.perf_counter()
            dl = analyse(lt, published=PUBLISHED)
            tl.append(time.perf_counter() - t)
    tok_s = sum(len(s.tokens) for s in ds.sentences)
    tok_l = sum(len(s.tokens) for s in dl.sentences)
    t_s, t_l = statistics.median(ts), statistics.median(tl)
    return {"linearity_ratio": t_l / t_s,
            "_detail": {"linearity": {"short_words": len(st.split()), "long_words": len(lt.split()),
                                      "short_tokens": tok_s, "long_tokens": tok_l,
                                      "token_ratio": tok_l / tok_s, "short_s": t_s, "long_s": t_l,
                                      "repeats": repeats, "one_core": True}}}


# ------------------------------------------------------------------ report --

def fmt(key: str, v: float) -> str:
    if key.startswith("ner_tokens_per_s"):
        return f"{v:,.0f} tokens/s"
    if key.endswith("_s"):
        return f"{v:.3f} s" if v < 10 else f"{v:.1f} s"
    if key.endswith("_ms"):
        return f"{v:.2f} ms" if v < 100 else f"{v:.0f} ms"
    if key.endswith("_aps"):
        return f"{v:.1f} articles/s"
    if key.endswith("_mb"):
        return f"{v / 1000:.2f} GB" if v >= 1000 else f"{v:.0f} MB"
    if key == "linearity_ratio":
        return f"{v:.1f}x"
    return f"{v:.3g}"


def verdict(key: str, results: dict, detail: dict) -> bool | None:
    v = results.get(key)
    if v is None:
        return None
    if key == "linearity_ratio":
        return v <= 1.1 * detail["linearity"]["token_ratio"]
    pred = TARGETS[key][2]
    return pred(v) if pred else None


def table(results: dict, errors: dict, detail: dict) -> str:
    lines = ["| metric | value | target |", "| --- | --- | --- |"]
    for key, (label, target, _) in TARGETS.items():
        if key in results:
            value = fmt(key, results[key])
            if key == "linearity_ratio":
                lin = detail["linearity"]
                value += f" time for {lin['token_ratio']:.1f}x tokens ({lin['short_s']:.2f} s → {lin['long_s']:.2f} s)"
            ok = verdict(key, results, detail)
            if ok is False:
                value += " (missed)"
        else:
            value = "error: " + errors.get(key, "not measured").replace("|", "/").replace("\n", " ")[:120]
        lines.append(f"| {label} | {value} | {target} |")
    return "\n".join(lines)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description="newsparse benchmarks (see bench/README.md)")
    ap.add_argument("--quick", action="store_true", help="10 articles instead of the whole corpus")
    ap.add_argument("--articles", type=int, help="use the first N articles of the corpus")
    ap.add_argument("--json", dest="json_out", type=Path, help="write the figures as JSON here")
    ap.add_argument("--cli", help="the command to benchmark (default: the `newsparse` console script)")
    ap.add_argument("--model-dir", help="set NEWSPARSE_MODEL_DIR (a model other than the shipped one)")
    ap.add_argument("--skip", default="", help="comma-separated groups to skip: help,cold,batch,ner,stages,linearity")
    ap.add_argument("--timeout", type=float, default=1800, help="seconds allowed per subprocess run")
    args = ap.parse_args(argv)

    if args.model_dir:
        os.environ["NEWSPARSE_MODEL_DIR"] = str(Path(args.model_dir).resolve())
    articles = sorted(CORPUS.glob("*.txt"))
    if not articles:
        log(f"no articles in {CORPUS}: run `python bench/make_corpus.py` first")
        return 2
    n = args.articles or (10 if args.quick else len(articles))
    articles = articles[:n]
    repeats = 3 if args.quick else 5
    skip = {s.strip() for s in args.skip.split(",") if s.strip()}

    info = machine_info()
    log("# newsparse benchmark")
    log(f"CPU: {info['cpu']} | cores: {info['cores']} ({info['cores_usable']} usable) | "
        f"RAM: {info.get('ram_gb')} GB | Python {info['python']} | torch {info.get('torch')} | "
        f"stanza {info.get('stanza')} | newsparse {info.get('newsparse')}")
    log(f"NER model: {info.get('model_dir')} (engine {info.get('ner_engine')}, variant {info.get('model_variant')}, "
        f"present: {info.get('model_present')}, {info.get('model_mb')} MB, char LM: {info.get('model_charlm')})"
        + (f" -- {info['model_error']}" if "model_error" in info else ""))
    log(f"articles: {n} from {CORPUS.relative_to(HERE.parent)} "
        f"({sum(len(_read(a).split()) for a in articles)} words)")
    log("peak memory: getrusage(RUSAGE_CHILDREN).ru_maxrss in a fresh wrapper per run "
        "= the largest single process (CLI or worker) of that run")
    log()

    results: dict = {}
    errors: dict = {}
    detail: dict = {}
    shown_detail: set = set()

    def measure(group: str, keys: list[str], fn, *a) -> None:
        if group.split()[0] in skip:
            for k in keys:
                errors[k] = "skipped"
            return
        log(f"## {group} ...")
        t0 = time.perf_counter()
        try:
            res = fn(*a)
        except Exception as exc:  # noqa: BLE001 - one row fails, the run goes on
            msg = f"{type(exc).__name__}: {exc}"
            log(f"   FAILED: {msg}")
            if os.environ.get("NEWSPARSE_BENCH_TRACEBACK"):
                traceback.print_exc()
            for k in keys:
                errors[k] = msg
            return
        detail.update(res.pop("_detail", {}))
        for k, msg in res.pop("_errors", {}).items():
            log(f"   FAILED {k}: {msg}")
            errors[k] = msg
        results.update(res)
        shown = ", ".join(f"{k} = {fmt(k, v)}" for k, v in res.items())
        log(f"   {shown}   [{time.perf_counter() - t0:.1f} s]")
        for k, v in detail.items():
            if k.startswith("batch_") and k not in shown_detail:
                shown_detail.add(k)
                log("   " + k + ": " + ", ".join(f"{a} = {b:.3g}" for a, b in v.items()))

    try:
        cli = find_cli(args.cli)
        cli_error = None
    except FileNotFoundError as exc:
        cli, cli_error = None, exc

    def needs_cli(fn):
        def wrapped(*a):
            if cli is None:
                raise cli_error
            return fn(cli, *a)
        return wrapped

    measure("help", ["help_s"], needs_cli(bench_help), args.timeout)
    measure("cold", ["cold_single_s"], needs_cli(bench_cold), articles[0], args.timeout)
    for j in (1, 2):
        measure(f"batch -j {j}", [f"batch_j{j}_aps", f"peak_rss_j{j}_mb"], needs_cli(bench_batch), articles, j,
                args.timeout)
    from newsparse.entities import ner

    if ner._gpu_visible():
        measure("batch gpu", ["batch_gpu_aps"], needs_cli(bench_batch), articles, 1, args.timeout, "cuda")
    else:
        errors["batch_gpu_aps"] = "no GPU visible"
    measure("ner", ["ner_tokens_per_s", "ner_tokens_per_s_1core", "ner_tokens_per_s_torch_1core"],
            bench_ner, articles)
    measure("stages", [k for k in TARGETS if k.startswith("stage_")] + ["one_article_1core_s"],
            bench_stages, articles[0], repeats)
    measure("linearity", ["linearity_ratio"], bench_linearity, CORPUS_LONG / "short.txt",
            CORPUS_LONG / "long.txt", 1 if args.quick else 3)

    md = table(results, errors, detail)
    log()
    log(md)
    if args.json_out:
        payload = {
            "machine": info, "articles": n, "quick": bool(args.quick),
            "results": {k: {"value": results.get(k), "target": TARGETS[k][1],
                            "met": verdict(k, results, detail) if k in results else None,
                            "error": errors.get(k)} for k in TARGETS},
            "detail": detail, "markdown": md,
        }
        args.json_out.parent.mkdir(parents=True, exist_ok=True)
        args.json_out.write_text(json.dumps(payload, ensure_ascii=False, indent=1), encoding="utf-8")
        log(f"\nJSON written to {args.json_out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
