"""Many inputs: chunks, worker processes, input order, resume, atomic writes.

The CLI hands over a list of inputs and gets back, *in input order*, one
``Outcome`` per input: the analysis as a ``newsparse/1`` dict, or the reason
it failed.  A failing input never stops the others.

Speed comes from two things.  Articles go to the analyser in chunks, so the
NER model tags the sentences of several articles in one batched call
(``pipeline.analyse_many``).  With ``jobs > 1`` chunks go to worker
processes; each loads the model once (lazily, on its first chunk), runs torch
on one thread, and reads its input files itself so only paths travel to it.

Nothing heavy is imported at module level: with one input the CLI never
starts a pool at all.
"""
from __future__ import annotations

import contextlib
import json
import os
import signal
import sys
import tempfile
import threading
import traceback
from collections import deque
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .ingest import DEFAULT_MAX_SIZE, Article, InputError, InputRef, read_article

# Articles per analyser call.  Enough for the NER batch to fill up, few
# enough that results stream out steadily and a worker's memory stays small.
CHUNK_ARTICLES = 8
# Chunks queued per worker: keeps every worker busy without reading the
# whole input list into flight at once.
CHUNKS_IN_FLIGHT_PER_WORKER = 2
TEMP_SUFFIX = ".tmp"


@dataclass(frozen=True)
class RunOptions:
    published: str | None = None  # ISO date given with --date
    max_size: int = DEFAULT_MAX_SIZE


@dataclass
class Outcome:
    """What became of one input."""

    ref: InputRef
    doc: dict[str, Any] | None = None  # the newsparse/1 dict on success
    text: str | None = None  # the analysed text (for the summary's lead)
    error: str | None = None  # why it failed

    @property
    def ok(self) -> bool:
        return self.error is None


def _debug() -> bool:
    return bool(os.environ.get("NEWSPARSE_DEBUG"))


def _failure(exc: BaseException) -> str:
    """A one-line reason for an unexpected analyser failure (traceback only with NEWSPARSE_DEBUG)."""
    if _debug():
        traceback.print_exception(exc, file=sys.stderr)
    detail = " ".join(str(exc).split())[:300]
    return f"analysis failed ({type(exc).__name__}{': ' + detail if detail else ''})"


def _analyse_one(article: Article, published: str | None):
    from .pipeline import analyse

    return analyse(article.text, published=published, source=article.source,
                   is_html=article.is_html)


def _analyse_articles(articles: list[Article], published: str | None) -> list[Any]:
    """Documents (or the exception each raised) for ``articles``, NER batched across them."""
    if len(articles) == 1:
        try:
            return [_analyse_one(articles[0], published)]
        except Exception as exc:  # one article's failure is that article's result
            return [exc]
    from .pipeline import analyse_many

    try:
        docs = analyse_many([(a.text, published, a.source) for a in articles])
    except Exception:
        # Some article broke the batch: redo them one by one so that only
        # the guilty one fails.
        results: list[Any] = []
        for a in articles:
            try:
                results.append(_analyse_one(a, published))
            except Exception as exc:
                results.append(exc)
        return results
    for doc, a in zip(docs, articles):
        # analyse_many takes no is_html; the flag only decides whether the
        # (extracted) text is carried in the JSON.
        doc.is_html = a.is_html
    return docs


def analyse_chunk(refs: Sequence[InputRef], options: RunOptions) -> list[Outcome]:
    """Read and analyse a chunk of inputs; one ``Outcome`` per input, in order."""
    outcomes: list[Outcome | None] = [None] * len(refs)
    readable: list[tuple[int, Article]] = []
    for i, ref in enumerate(refs):
        try:
            readable.append((i, read_article(ref, options.max_size)))
        except InputError as exc:
            outcomes[i] = Outcome(ref, error=str(exc))
        except Exception as exc:  # an unreadable input must not stop the others
            outcomes[i] = Outcome(ref, error=_failure(exc))
    if readable:
        results = _analyse_articles([a for _, a in readable], options.published)
        for (i, article), result in zip(readable, results):
            if isinstance(result, Exception):
                outcomes[i] = Outcome(refs[i], error=_failure(result))
                continue
            try:
                outcomes[i] = Outcome(refs[i], doc=result.to_dict(), text=article.text)
            except Exception as exc:
                outcomes[i] = Outcome(refs[i], error=_failure(exc))
    return [o for o in outcomes if o is not None]


def _chunks(refs: Sequence[InputRef], jobs: int) -> list[list[InputRef]]:
    # With few inputs and several workers, smaller chunks keep all workers busy.
    size = max(1, min(CHUNK_ARTICLES, -(-len(refs) // (jobs * CHUNKS_IN_FLIGHT_PER_WORKER))))
    return [list(refs[i:i + size]) for i in range(0, len(refs), size)]


# One compute thread per worker: the workers themselves use the cores.  The
# BLAS libraries read these when numpy is first imported, which in a worker
# is after ``_init_worker`` (importing newsparse.batch imports no numpy).
WORKER_THREAD_VARS = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "NEWSPARSE_TORCH_THREADS")


def _init_worker(device: str | None) -> None:
    """Per worker process: leave Ctrl-C to the parent, one compute thread, the chosen device."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if device:
        os.environ["NEWSPARSE_DEVICE"] = device
    for var in WORKER_THREAD_VARS:
        os.environ[var] = "1"


def _stop_pool(pool) -> None:
    """Shut a pool down now: cancel queued chunks and end running workers.

    Workers never write output files (the parent does), so ending them
    mid-article loses nothing but time.
    """
    pool.shutdown(wait=False, cancel_futures=True)
    for proc in list(getattr(pool, "_processes", {}).values()):
        try:
            proc.terminate()
        except Exception:
            pass


def run(refs: Sequence[InputRef], options: RunOptions, jobs: int = 1) -> Iterator[Outcome]:
    """Analyse ``refs``, yielding one ``Outcome`` per input in input order.

    Closing the iterator early (Ctrl-C, a closed pipe) stops the workers.
    """
    if not refs:
        return
    chunks = _chunks(refs, jobs)
    if jobs <= 1 or len(refs) == 1:
        for chunk in chunks:
            yield from analyse_chunk(chunk, options)
        return

    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    # spawn, not fork: the parent may hold threads (rich's progress bar) and
    # CUDA cannot be used in a forked child.
    pool = ProcessPoolExecutor(max_workers=min(jobs, len(chunks)),
                               mp_context=multiprocessing.get_context("spawn"),
                               initializer=_init_worker,
                               initargs=(os.environ.get("NEWSPARSE_DEVICE"),))
    try:
        todo = iter(chunks)
        pending: deque = deque()

        def submit_next() -> None:
            chunk = next(todo, None)
            if chunk is not None:
                pending.append((chunk, pool.submit(analyse_chunk, chunk, options)))

        for _ in range(jobs * CHUNKS_IN_FLIGHT_PER_WORKER):
            submit_next()
        while pending:
            chunk, future = pending.popleft()
            try:
                outcomes = future.result()
            except BrokenProcessPool:
                outcomes = [Outcome(r, error="worker process died (out of memory?)") for r in chunk]
            except Exception as exc:
                outcomes = [Outcome(r, error=_failure(exc)) for r in chunk]
            try:
                submit_next()
            except BrokenProcessPool:
                pass  # its chunk's futures fail and are reported above
            yield from outcomes
    except BaseException:
        _stop_pool(pool)
        raise
    pool.shutdown(wait=True)


# --------------------------------------------------------------------------
# Output files
# --------------------------------------------------------------------------

def to_json(doc: dict[str, Any]) -> str:
    """One line of JSON: stable key order (to_dict's), no timestamps, UTF-8 text as is."""
    return json.dumps(doc, ensure_ascii=False)


def error_record(ref: InputRef, reason: str) -> dict[str, str]:
    return {"source": ref.source, "error": reason}


def output_path(output_dir: Path, ref: InputRef) -> Path:
    return output_dir / ref.output_name


def plan_resume(refs: Sequence[InputRef], output_dir: Path) -> tuple[list[InputRef], list[InputRef]]:
    """(inputs still to do, inputs whose result file already exists)."""
    todo, done = [], []
    for ref in refs:
        (done if output_path(output_dir, ref).is_file() else todo).append(ref)
    return todo, done


def _file_mode() -> int:
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


_FILE_MODE = _file_mode()


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` so that no reader ever sees a partial file.

    The bytes go to a temporary file in the same folder (same filesystem, so
    the rename is atomic), which then replaces ``path``; whatever interrupts
    the write, the temporary file is removed.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    with _ctrl_c_held():
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=TEMP_SUFFIX)
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
            os.chmod(tmp, _FILE_MODE)  # mkstemp makes it 0600; a result file is an ordinary file
            os.replace(tmp, path)
        except BaseException:
            try:
                os.unlink(tmp)
            except FileNotFoundError:
                pass
            raise


@contextlib.contextmanager
def _ctrl_c_held():
    """Hold Ctrl-C back while a result file is written, so that it lands between two files,
    never between creating a temporary file and the ``try`` that removes it (a stray empty
    ``.tmp`` was left about one run in ten). A Ctrl-C that arrives meanwhile, or was already
    pending, is recorded and raised once the file is whole. Only the main thread can swap
    signal handlers; elsewhere the write is unguarded as before."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    held: list[int] = []
    previous = signal.signal(signal.SIGINT, lambda signum, frame: held.append(signum))
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
    if held:
        if callable(previous):
            previous(signal.SIGINT, None)
        elif previous == signal.SIG_DFL:
            raise KeyboardInterrupt


def write_result(output_dir: Path, outcome: Outcome) -> Path:
    path = output_path(output_dir, outcome.ref)
    write_atomic(path, (to_json(outcome.doc) + "\n").encode("utf-8"))
    return path
