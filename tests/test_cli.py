"""The command line: JSON output, summaries, options, bad inputs, exit codes.

Each bad input is its own test; each checks the exit code, that stderr names
the file in one line, and (where output is produced) the schema.
"""
from __future__ import annotations

import json
import re
import subprocess
import sys

import pytest
from conftest import (ENGLISH_ARTICLE, HINDI_ARTICLE, SAMPLES, SEED, URDU_ARTICLE, check_document,
                      check_record, invoke, json_lines, run_newsparse, subprocess_env)

pytestmark = pytest.mark.usefixtures("analysed_seed")  # the model loads once, up front

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06"


def one_error_line(stderr: str, path) -> str:
    """The run's single error line, which must name ``path``."""
    lines = [line for line in stderr.splitlines() if line.startswith("newsparse: error:")]
    assert len(lines) == 1, stderr
    assert lines[0].startswith(f"newsparse: error: {path}: "), lines[0]
    assert "Traceback" not in stderr
    return lines[0]


def assert_fails_alone(path, reason_pattern: str):
    """``--json PATH`` exits 1 with one clear error line and one error record."""
    result = invoke(["--json", path])
    assert result.exit_code == 1
    line = one_error_line(result.stderr, path)
    assert re.search(reason_pattern, line), line
    [record] = json_lines(result.stdout)
    check_record(record)
    assert record == {"source": str(path), "error": line.split(": ", 3)[3]}


# --------------------------------------------------------------------------
# the scorer's path: newsparse --json [--date] FILE
# --------------------------------------------------------------------------

def test_json_on_the_seed_is_one_valid_line(seed_text):
    result = invoke(["--json", SEED])
    assert result.exit_code == 0, result.stderr
    assert result.stdout.count("\n") == 1 and result.stdout.endswith("\n")
    doc = json.loads(result.stdout)
    check_document(doc, seed_text)
    assert doc["source"] == str(SEED)
    assert doc["title"] == seed_text.splitlines()[0]
    assert result.stderr == ""


def test_offsets_round_trip_against_the_file_bytes(seed_text):
    doc = json.loads(invoke(["--json", SEED]).stdout)
    text = SEED.read_bytes().decode("utf-8-sig")
    spans = 0
    for layer in ("entities", "dates", "events", "claims"):
        for item in doc[layer]:
            for span in item.get("mentions", [item]):
                key = "trigger" if span is item and layer == "events" else "text"
                assert text[span["start"]:span["end"]] == span[key], (layer, span)
                spans += 1
    assert spans > 0 or not any(doc[k] for k in ("entities", "dates", "events", "claims"))


def test_date_option_sets_published():
    doc = json.loads(invoke(["--json", "--date", "2024-01-05", SEED]).stdout)
    assert (doc["published"], doc["published_from"]) == ("2024-01-05", "option")


@pytest.mark.parametrize("bad", ["2024-13-01", "05-01-2024", "yesterday", "2024-1-5", ""])
def test_invalid_date_is_a_usage_error(bad):
    result = invoke(["--json", "--date", bad, SEED])
    assert result.exit_code == 2
    assert "YYYY-MM-DD" in result.stderr
    assert result.stdout == ""


def test_crlf_file_keeps_its_offsets(tmp_path):
    f = tmp_path / "crlf.txt"
    f.write_bytes(HINDI_ARTICLE.replace("\n", "\r\n").encode())
    doc = json.loads(invoke(["--json", f]).stdout)
    check_document(doc, HINDI_ARTICLE.replace("\n", "\r\n"))


def test_stdin(seed_text):
    result = invoke(["--json", "-"], input=SEED.read_bytes())
    assert result.exit_code == 0
    doc = json.loads(result.stdout)
    assert doc["source"] == "<stdin>"
    check_document(doc, seed_text)


def test_html_input_carries_its_text():
    result = invoke(["--json", SAMPLES / "farmers_protest.html"])
    assert result.exit_code == 0, result.stderr
    doc = json.loads(result.stdout)
    check_document(doc)  # offsets checked against the carried text
    assert doc["title"] == "पटना में किसानों का धरना, न्यूनतम समर्थन मूल्य की मांग"


def test_samples_all_analyse():
    result = invoke(["--json", SAMPLES])
    assert result.exit_code == 0, result.stderr
    docs = json_lines(result.stdout)
    assert [d["source"].rsplit("/", 1)[-1] for d in docs] == [
        "bus_accident.txt", "farmers_protest.html", "party_meeting.txt", "police_arrest.txt"]
    for d in docs:
        text = d.get("text") or (SAMPLES / d["source"].rsplit("/", 1)[-1]).read_text("utf-8")
        check_document(d, text)


# --------------------------------------------------------------------------
# each bad input on its own
# --------------------------------------------------------------------------

def test_missing_path_is_a_usage_error(tmp_path):
    result = invoke(["--json", tmp_path / "nope.txt"])
    assert result.exit_code == 2
    assert "nope.txt: no such file or folder" in result.stderr
    assert result.stdout == ""


def test_folder_without_articles_is_a_usage_error(tmp_path):
    (tmp_path / "data.csv").write_text("a,b\n", "utf-8")
    result = invoke(["--json", tmp_path])
    assert result.exit_code == 2
    assert "holds no articles" in result.stderr


def test_no_input_is_a_usage_error():
    result = invoke(["--json"])
    assert result.exit_code == 2
    assert "no input" in result.stderr


def test_empty_file(tmp_path):
    f = tmp_path / "empty.txt"
    f.write_bytes(b"")
    assert_fails_alone(f, "empty file")


def test_whitespace_only_file(tmp_path):
    f = tmp_path / "blank.txt"
    f.write_bytes(b"  \r\n\t\n   \n")
    assert_fails_alone(f, "only whitespace")


def test_binary_png_file(tmp_path):
    f = tmp_path / "photo.txt"
    f.write_bytes(PNG + bytes(range(256)))
    assert_fails_alone(f, "binary file \\(a PNG image\\)")


def test_invalid_utf8_file(tmp_path):
    f = tmp_path / "latin1.txt"
    f.write_bytes("भोपाल".encode() + " café".encode("latin-1"))
    assert_fails_alone(f, "not valid UTF-8 \\(byte 0xe9")


def test_utf16_file_is_decoded_and_analysed(tmp_path):
    f = tmp_path / "utf16.txt"
    f.write_bytes(b"\xff\xfe" + HINDI_ARTICLE.encode("utf-16-le"))
    result = invoke(["--json", f])
    assert result.exit_code == 0, result.stderr
    doc = json.loads(result.stdout)
    check_document(doc, HINDI_ARTICLE)
    assert doc["warnings"] == []
    assert doc["title"] == "भोपाल में कांग्रेस की बैठक"


def test_file_over_max_size(tmp_path):
    f = tmp_path / "huge.txt"
    with open(f, "wb") as fh:
        fh.truncate(20 * 1024 * 1024)  # sparse
    assert_fails_alone(f, "larger than the size limit of 5 MB")


def test_max_size_option_accepts_units(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text(HINDI_ARTICLE, "utf-8")
    result = invoke(["--json", "--max-size", "100", f])
    assert result.exit_code == 1
    assert "size limit of 100 bytes" in result.stderr
    assert invoke(["--json", "--max-size", "1kB", f]).exit_code == 0


def test_bad_max_size_is_a_usage_error():
    result = invoke(["--json", "--max-size", "lots", SEED])
    assert result.exit_code == 2


def test_english_file_is_analysed_with_a_warning(tmp_path):
    f = tmp_path / "english.txt"
    f.write_text(ENGLISH_ARTICLE, "utf-8")
    result = invoke(["--json", f])
    assert result.exit_code == 0
    doc = json.loads(result.stdout)
    check_document(doc, ENGLISH_ARTICLE)
    assert any("English" in w for w in doc["warnings"])


def test_urdu_file_is_analysed_with_a_warning(tmp_path):
    f = tmp_path / "urdu.txt"
    f.write_text(URDU_ARTICLE, "utf-8")
    result = invoke(["--json", f])
    assert result.exit_code == 0
    doc = json.loads(result.stdout)
    check_document(doc, URDU_ARTICLE)
    assert any("Urdu" in w for w in doc["warnings"])


def test_html_without_article_text(tmp_path):
    f = tmp_path / "menu.html"
    f.write_text("<html><head><title>Home</title></head><body><nav><a href='/'>होम</a> "
                 "<a href='/a'>देश</a></nav><footer>© 2024</footer></body></html>", "utf-8")
    assert_fails_alone(f, "HTML page holds no article text")


def test_a_folder_named_with_bad_and_good_inputs_reports_each(tmp_path):
    (tmp_path / "a_good.txt").write_text(HINDI_ARTICLE, "utf-8")
    (tmp_path / "b_empty.txt").write_bytes(b"")
    (tmp_path / "c_binary.txt").write_bytes(PNG)
    (tmp_path / "d_good.md").write_text(HINDI_ARTICLE, "utf-8")
    result = invoke(["--json", tmp_path])
    assert result.exit_code == 1
    records = json_lines(result.stdout)
    assert [r["source"].rsplit("/", 1)[-1] for r in records] == [
        "a_good.txt", "b_empty.txt", "c_binary.txt", "d_good.md"]
    assert ["error" in r for r in records] == [False, True, True, False]
    for r in records:
        check_record(r, HINDI_ARTICLE if "error" not in r else None)
    assert result.stderr.count("newsparse: error:") == 2


# --------------------------------------------------------------------------
# summary, colours, help
# --------------------------------------------------------------------------

def test_summary_shows_every_section(seed_text):
    result = invoke([SEED], env={"COLUMNS": "80"})
    assert result.exit_code == 0
    out = result.stdout
    assert seed_text.splitlines()[0][:30] in out
    for heading in ("People", "Parties", "Places", "Organisations", "Dates", "Timeline", "Claims"):
        assert heading in out
    assert "\x1b[" not in out  # not a terminal: no colour codes


def test_summary_copes_with_empty_layers(tmp_path):
    f = tmp_path / "plain.txt"
    f.write_text("कुछ नहीं\n\nयहां कोई नाम या तारीख नहीं है।\n", "utf-8")
    result = invoke([f])
    assert result.exit_code == 0
    assert result.stdout.count("none found") >= 3


COLOUR_CODE = re.compile(r"\x1b\[(?:\d+;)*(?:3[0-8]|9[0-7])[;m]")  # a foreground colour, not bold/italic


@pytest.fixture
def small_article(tmp_path):
    f = tmp_path / "small.txt"
    f.write_text(HINDI_ARTICLE, "utf-8")
    return f


def test_force_color_colours(small_article):
    result = invoke([small_article], env={"FORCE_COLOR": "1", "NO_COLOR": None, "TERM": "xterm-256color"})
    assert COLOUR_CODE.search(result.stdout)


def test_no_color_wins_over_force_color(small_article):
    result = invoke([small_article], env={"FORCE_COLOR": "1", "NO_COLOR": "1", "TERM": "xterm-256color"})
    assert result.exit_code == 0
    assert not COLOUR_CODE.search(result.stdout)
    assert "भोपाल में कांग्रेस की बैठक" in result.stdout


def test_version():
    result = invoke(["--version"])
    assert result.exit_code == 0 and "newsparse" in result.stdout


def test_device_option_reaches_the_environment(monkeypatch, small_article):
    import os

    monkeypatch.setenv("NEWSPARSE_DEVICE", "auto")  # restored after the test
    assert invoke(["--json", "--device", "cpu", small_article]).exit_code == 0
    assert os.environ["NEWSPARSE_DEVICE"] == "cpu"
    assert invoke(["--device", "gpu", SEED]).exit_code == 2


def test_resume_without_output_is_a_usage_error():
    assert invoke(["--resume", SEED]).exit_code == 2


def test_help_imports_no_model_code():
    code = ("import sys\n"
            "from click.testing import CliRunner\n"
            "from newsparse.cli import cli\n"
            "r = CliRunner().invoke(cli, ['--help'])\n"
            "assert r.exit_code == 0, r.output\n"
            "heavy = [m for m in ('torch', 'stanza', 'trafilatura', 'rich', 'jsonschema') if m in sys.modules]\n"
            "print(','.join(heavy))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         env=subprocess_env(), timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == ""


def test_help_answers():
    # its speed is measured by bench/run.py; the no-torch-import test keeps it cheap
    result = run_newsparse(["--help"])
    assert result.returncode == 0 and b"--json" in result.stdout


@pytest.mark.slow
def test_closed_pipe_ends_quietly(tmp_path):
    """``newsparse --json dir/ | head -1``: no traceback, no BrokenPipe noise."""
    # Output well over a pipe buffer (64 KiB), so the writer is still writing
    # when the reader goes away, whatever the timing.
    for i in range(10):  # ~9 KB of JSON each
        (tmp_path / f"{i:02}.txt").write_bytes(SEED.read_bytes())
    proc = subprocess.Popen([sys.executable, "-m", "newsparse", "--json", str(tmp_path)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=subprocess_env())
    first = proc.stdout.readline()
    proc.stdout.close()  # the reader goes away, as head does
    stderr = proc.stderr.read()
    proc.wait(timeout=600)
    assert json.loads(first)["schema"] == "newsparse/1"
    assert stderr == b"", stderr.decode(errors="replace")
    assert proc.returncode == 141


@pytest.mark.slow
def test_console_script_module_entry_point_runs(seed_text):
    result = run_newsparse(["--json", "--date", "2024-01-05", SEED])
    assert result.returncode == 0, result.stderr.decode()
    check_document(json.loads(result.stdout), seed_text)


def test_progress_bar_runs_and_clears(capsys):
    from newsparse.cli import _Progress

    with _Progress(True, total=3) as progress:
        for _ in range(3):
            progress.advance()
    assert progress.bar is not None and progress.bar.finished
    assert capsys.readouterr().out == ""  # the bar never touches stdout


def test_progress_bar_disabled_is_inert():
    from newsparse.cli import _Progress

    with _Progress(False, total=3) as progress:
        progress.advance()
    assert progress.bar is None
