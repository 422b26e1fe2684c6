"""Shared fixtures: the seed article, a CLI runner, output checks.

The CLI tests run the real analyser in this process (click's CliRunner), so
the NER model loads once per test session; the ``analysed_seed`` fixture
loads it up front.  Only tests that must see a real process (a closed pipe,
worker processes, what ``--help`` imports) start subprocesses.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsparse.cli import cli
from newsparse.schema import span_problems, validate, validate_error

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_91626f82ed96f08a.txt"
SAMPLES = ROOT / "samples"

# Small articles for the bad-input tests: enough text to be an article.
HINDI_ARTICLE = (
    "भोपाल में कांग्रेस की बैठक\n\n"
    "भोपाल। प्रदेश कांग्रेस अध्यक्ष जीतू पटवारी ने रविवार को पार्टी कार्यालय में विधायकों के साथ बैठक की। "
    "उन्होंने कहा कि पार्टी लोकसभा चुनाव की तैयारी अभी से शुरू करेगी।\n"
)
ENGLISH_ARTICLE = (
    "Congress meets in Bhopal\n\n"
    "Bhopal: The state Congress president Jitu Patwari held a meeting with party legislators on "
    "Sunday. He said the party would begin preparing for the Lok Sabha elections right away.\n"
)
URDU_ARTICLE = (
    "بھوپال میں کانگریس کا اجلاس\n\n"
    "بھوپال: ریاستی کانگریس کے صدر جیتو پٹواری نے اتوار کو پارٹی دفتر میں ارکان اسمبلی کے ساتھ "
    "اجلاس کیا۔ انہوں نے کہا کہ پارٹی لوک سبھا انتخابات کی تیاری ابھی سے شروع کرے گی۔\n"
)


def pytest_configure(config):
    config.addinivalue_line("markers", "slow: starts processes that load the model (runs by default; "
                                       "deselect with -m 'not slow')")


@pytest.fixture(scope="session")
def seed_text() -> str:
    # Decoded as the CLI decodes: BOM dropped, newlines untouched.
    return SEED.read_bytes().decode("utf-8-sig")


@pytest.fixture(scope="session")
def analysed_seed(seed_text):
    """The seed through the real pipeline; loads the NER model once for the session."""
    from newsparse.pipeline import analyse

    return analyse(seed_text, source=str(SEED))


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def invoke(args, input=None, env=None):
    """Run the CLI in this process; ``result.stdout``/``result.stderr`` are separate."""
    return CliRunner().invoke(cli, [str(a) for a in args], input=input, env=env,
                              catch_exceptions=False)


def json_lines(stdout: str) -> list[dict]:
    lines = stdout.splitlines()
    assert all(line.strip() for line in lines), "blank line in JSON Lines output"
    return [json.loads(line) for line in lines]


def check_document(obj: dict, text: str | None = None) -> None:
    """Valid against the schema and, with the text, every offset round-trips."""
    validate(obj)
    if text is None:
        text = obj.get("text")
    if text is not None:
        assert span_problems(obj, text) == []


def check_record(obj: dict, text: str | None = None) -> None:
    """A line of JSON Lines output: a document or a failed-input record."""
    if "error" in obj:
        validate_error(obj)
    else:
        check_document(obj, text)


def subprocess_env(**extra) -> dict:
    env = dict(os.environ)
    env.pop("NO_COLOR", None)
    env.pop("FORCE_COLOR", None)
    env.update(extra)
    return env


def run_newsparse(args, **kwargs) -> subprocess.CompletedProcess:
    """``python -m newsparse ARGS`` in a fresh process."""
    kwargs.setdefault("env", subprocess_env())
    kwargs.setdefault("capture_output", True)
    kwargs.setdefault("timeout", 600)
    return subprocess.run([sys.executable, "-m", "newsparse", *map(str, args)], **kwargs)
