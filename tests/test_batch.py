"""Many inputs: --output mirroring, atomic writes, --resume, workers, interruption."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import tempfile
import time

import pytest
from conftest import HINDI_ARTICLE, SAMPLES, check_document, invoke, json_lines, subprocess_env

from newsparse import batch

pytestmark = pytest.mark.usefixtures("analysed_seed")

PLACES = ["भोपाल", "इंदौर", "जयपुर", "पटना", "लखनऊ"]


def article(i: int) -> str:
    return HINDI_ARTICLE.replace("भोपाल", PLACES[i % len(PLACES)])


@pytest.fixture
def tree(tmp_path):
    """An input tree: good articles at three depths, one HTML page, one bad file."""
    src = tmp_path / "in"
    files = {
        "a.txt": article(0),
        "sub/b.txt": article(1),
        "sub/deeper/c.md": article(2),
    }
    for name, text in files.items():
        (src / name).parent.mkdir(parents=True, exist_ok=True)
        (src / name).write_text(text, "utf-8")
    (src / "sub" / "page.html").write_bytes((SAMPLES / "farmers_protest.html").read_bytes())
    (src / "sub" / "z_empty.txt").write_bytes(b"")
    return src


def outputs(root) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def test_output_mirrors_the_tree_and_names_files_input_plus_json(tree, tmp_path):
    out = tmp_path / "out"
    result = invoke([tree, "--output", out])
    assert result.exit_code == 1  # the empty file failed...
    assert sorted(outputs(out)) == ["a.txt.json", "sub/b.txt.json", "sub/deeper/c.md.json",
                                    "sub/page.html.json"]  # ...and every good one was written
    assert "newsparse: error: " + str(tree / "sub" / "z_empty.txt") + ": empty file" in result.stderr
    assert result.stdout == ""
    for name, data in outputs(out).items():
        assert data.endswith(b"\n") and data.count(b"\n") == 1
        doc = json.loads(data)
        source_text = doc.get("text") or (tree / name[:-len(".json")]).read_text("utf-8")
        check_document(doc, source_text)


def test_a_single_file_is_written_under_its_own_name(tmp_path):
    f = tmp_path / "x.txt"
    f.write_text(article(0), "utf-8")
    out = tmp_path / "out"
    assert invoke([f, "--output", out, "-q"]).exit_code == 0
    assert list(outputs(out)) == ["x.txt.json"]


def test_output_and_json_together_print_and_write(tree, tmp_path):
    out = tmp_path / "out"
    result = invoke([tree, "--output", out, "--json"])
    records = json_lines(result.stdout)
    assert len(records) == 5 and "error" in records[-1]
    written = {json.loads(b)["source"]: json.loads(b) for b in outputs(out).values()}
    for r in records[:-1]:
        assert written[r["source"]] == r


def test_same_bytes_twice(tree, tmp_path):
    invoke([tree, "--output", tmp_path / "one"])
    invoke([tree, "--output", tmp_path / "two"])
    first, second = outputs(tmp_path / "one"), outputs(tmp_path / "two")
    assert first and first == second
    again = invoke(["--json", tree]).stdout
    assert again == invoke(["--json", tree]).stdout


def test_resume_skips_inputs_already_done(tree, tmp_path):
    out = tmp_path / "out"
    (out / "sub").mkdir(parents=True)
    sentinel = b'{"done": "before"}\n'
    (out / "sub" / "b.txt.json").write_bytes(sentinel)
    result = invoke([tree, "--output", out, "--resume"])
    assert result.exit_code == 1  # the empty file still fails
    assert (out / "sub" / "b.txt.json").read_bytes() == sentinel  # untouched
    assert (out / "a.txt.json").exists() and (out / "sub" / "deeper" / "c.md.json").exists()
    assert "1 already done" in result.stderr


def test_resume_with_everything_done_succeeds_without_work(tmp_path):
    f = tmp_path / "x.txt"
    f.write_text(article(0), "utf-8")
    out = tmp_path / "out"
    out.mkdir()
    (out / "x.txt.json").write_bytes(b"{}\n")
    result = invoke([f, "--output", out, "--resume"])
    assert result.exit_code == 0
    assert (out / "x.txt.json").read_bytes() == b"{}\n"


def test_output_that_is_a_file_is_a_usage_error(tmp_path):
    f = tmp_path / "x.txt"
    f.write_text(article(0), "utf-8")
    assert invoke([f, "--output", f]).exit_code == 2


def test_colliding_output_names_are_a_usage_error(tmp_path):
    for d in ("p", "q"):
        (tmp_path / d).mkdir()
        (tmp_path / d / "a.txt").write_text(article(0), "utf-8")
    result = invoke([tmp_path / "p" / "a.txt", tmp_path / "q" / "a.txt", "--output", tmp_path / "out"])
    assert result.exit_code == 2
    assert "both be written" in result.stderr


def test_write_atomic_leaves_nothing_when_interrupted(tmp_path, monkeypatch):
    target = tmp_path / "d" / "a.txt.json"

    def interrupted(src, dst):
        raise KeyboardInterrupt

    monkeypatch.setattr(batch.os, "replace", interrupted)
    with pytest.raises(KeyboardInterrupt):
        batch.write_atomic(target, b"{}\n")
    assert list((tmp_path / "d").iterdir()) == []


def test_write_atomic_replaces_whole_and_keeps_normal_permissions(tmp_path):
    target = tmp_path / "a.json"
    target.write_bytes(b"old")
    batch.write_atomic(target, b"new\n")
    assert target.read_bytes() == b"new\n"
    assert list(tmp_path.iterdir()) == [target]
    assert target.stat().st_mode & 0o644 == 0o644


def test_interrupted_run_leaves_only_whole_files_and_resume_completes(tree, tmp_path, monkeypatch):
    out = tmp_path / "out"
    real_replace = os.replace
    calls = []

    def replace_then_interrupt(src, dst):
        calls.append(dst)
        if len(calls) == 2:  # Ctrl-C while the second result is being written
            raise KeyboardInterrupt
        real_replace(src, dst)

    monkeypatch.setattr(batch.os, "replace", replace_then_interrupt)
    result = invoke([tree, "--output", out])
    monkeypatch.setattr(batch.os, "replace", real_replace)
    assert result.exit_code == 130
    assert "interrupted" in result.stderr and "Traceback" not in result.stderr
    assert list(outputs(out)) == ["a.txt.json"]  # one whole file, no temporary leftovers
    first = (out / "a.txt.json").stat()

    result = invoke([tree, "--output", out, "--resume"])
    assert result.exit_code == 1  # only the empty file fails
    assert sorted(outputs(out)) == ["a.txt.json", "sub/b.txt.json", "sub/deeper/c.md.json",
                                    "sub/page.html.json"]
    assert (out / "a.txt.json").stat().st_mtime_ns == first.st_mtime_ns  # skipped, not redone
    invoke([tree, "--output", tmp_path / "fresh"])
    assert outputs(out) == outputs(tmp_path / "fresh")


def test_chunks_keep_input_order_and_balance_workers():
    from newsparse.ingest import InputRef

    refs = [InputRef(f"{i}.txt", f"{i}.txt", f"{i}.txt.json") for i in range(21)]
    chunks = batch._chunks(refs, jobs=1)
    assert [r for c in chunks for r in c] == refs
    assert max(map(len, chunks)) == batch.CHUNK_ARTICLES
    assert len(batch._chunks(refs[:4], jobs=2)) == 4  # few inputs: one per chunk, all workers busy


def test_one_broken_article_does_not_fail_its_chunk(tmp_path):
    good = [tmp_path / f"{i}.txt" for i in range(3)]
    for i, f in enumerate(good):
        f.write_text(article(i), "utf-8")
    bad = tmp_path / "1b.txt"
    bad.write_bytes(b"\xc3\x28\xa0\xa1")  # undecodable; shares a chunk with the good ones
    from newsparse.ingest import collect_inputs

    outcomes = list(batch.run(collect_inputs([str(tmp_path)]), batch.RunOptions()))
    assert [o.ref.source.rsplit("/", 1)[-1] for o in outcomes] == ["0.txt", "1.txt", "1b.txt", "2.txt"]
    assert [o.ok for o in outcomes] == [True, True, False, True]


@pytest.mark.slow
def test_two_workers_give_the_same_bytes_in_input_order(tree, tmp_path):
    serial = invoke(["--json", tree])
    parallel = subprocess.run([sys.executable, "-m", "newsparse", "--json", "-j", "2", str(tree)],
                              capture_output=True, env=subprocess_env(), timeout=600)
    assert parallel.returncode == serial.exit_code == 1
    assert parallel.stdout.decode() == serial.stdout
    assert b"Traceback" not in parallel.stderr


@pytest.mark.slow
def test_real_ctrl_c_leaves_no_partial_files(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    for i in range(40):
        (src / f"{i:02}.txt").write_text(article(i), "utf-8")
    out = tmp_path / "out"
    proc = subprocess.Popen([sys.executable, "-m", "newsparse", str(src), "--output", str(out), "-q"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=subprocess_env())
    deadline = time.monotonic() + 300
    while not (out / "00.txt.json").exists() and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.05)
    proc.send_signal(signal.SIGINT)
    _, stderr = proc.communicate(timeout=300)
    if proc.returncode == 0:
        pytest.skip("the run finished before it could be interrupted")
    assert proc.returncode == 130, stderr.decode(errors="replace")
    assert b"Traceback" not in stderr
    done = outputs(out)
    assert all(name.endswith(".txt.json") for name in done)  # no temporary files
    for data in done.values():
        json.loads(data)  # every file whole
    assert len(done) < 40
    result = invoke([src, "--output", out, "--resume", "-q"])
    assert result.exit_code == 0
    assert len(outputs(out)) == 40


def test_a_ctrl_c_during_a_write_lands_after_the_file_is_whole(tmp_path, monkeypatch):
    # Ctrl-C right after the temporary file is created: it used to leave the .tmp behind
    real_mkstemp = tempfile.mkstemp

    def mkstemp_then_ctrl_c(*args, **kwargs):
        made = real_mkstemp(*args, **kwargs)
        os.kill(os.getpid(), signal.SIGINT)
        return made

    monkeypatch.setattr(tempfile, "mkstemp", mkstemp_then_ctrl_c)
    target = tmp_path / "a.txt.json"
    # (a shell starts a background job with Ctrl-C ignored: give Python's own handler back)
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        with pytest.raises(KeyboardInterrupt):
            batch.write_atomic(target, b'{"ok": true}\n')
    finally:
        signal.signal(signal.SIGINT, previous)
    assert [p.name for p in tmp_path.iterdir()] == ["a.txt.json"]
    assert target.read_bytes() == b'{"ok": true}\n'
