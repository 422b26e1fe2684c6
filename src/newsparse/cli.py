"""``newsparse``: the command line, a thin layer over ingest, batch and render.

Imports stay light at module level (click and the standard library): torch,
stanza, trafilatura and rich are loaded only when an input needs them, so
``newsparse --help`` answers at once.
"""
from __future__ import annotations

import datetime as _dt
import os
import re
import sys
from pathlib import Path

import click

from . import __version__
from .ingest import (DEFAULT_MAX_SIZE, UsageProblem, check_output_names, collect_inputs, human_size,
                     parse_size)

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
EXIT_INTERRUPTED = 130  # 128 + SIGINT, as shells report Ctrl-C
EXIT_PIPE_CLOSED = 141  # 128 + SIGPIPE, as shells report a reader that went away

EPILOG = f"""\b
Examples:
  newsparse article.txt                 summary on the terminal
  newsparse --json article.txt | jq .   one JSON object (one line)
  cat a.txt | newsparse --json -        read stdin
  newsparse --json dir/ > all.jsonl     JSON Lines, one line per article
  newsparse dir/ --output out/ -j 2     one JSON file per article (a.txt -> a.txt.json)

\b
Exit status: {EXIT_OK} all inputs analysed, {EXIT_FAILED} some failed (each named on stderr),
{EXIT_USAGE} usage error, {EXIT_INTERRUPTED} interrupted, {EXIT_PIPE_CLOSED} output pipe closed.
Environment: NO_COLOR, NEWSPARSE_MODEL_DIR (another NER model), NEWSPARSE_BACKEND (numpy|torch),
NEWSPARSE_DEBUG (tracebacks).
"""


def _check_date(ctx, param, value):
    if value is None:
        return None
    try:
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            raise ValueError
        return _dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date in YYYY-MM-DD form") from None


def _check_size(ctx, param, value):
    try:
        size = parse_size(value)
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from None
    if size < 1:
        raise click.BadParameter("must be at least 1 byte")
    return size


def _say_error(source: str, reason: str) -> None:
    click.echo(f"newsparse: error: {source}: {reason}", err=True)


def _silence_stdout() -> None:
    """After the reader of our stdout went away: point it at /dev/null so the
    interpreter's final flush cannot raise again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass  # not a real file descriptor (e.g. under a test runner)


class _Progress:
    """A rich progress bar on stderr, or nothing."""

    def __init__(self, enabled: bool, total: int):
        self.bar = None
        if enabled:
            from rich.progress import (BarColumn, MofNCompleteColumn, Progress, SpinnerColumn,
                                       TextColumn, TimeRemainingColumn)

            from .render import make_console

            self.bar = Progress(SpinnerColumn(), TextColumn("analysing"), BarColumn(),
                                MofNCompleteColumn(), TimeRemainingColumn(),
                                console=make_console(stderr=True), transient=True)
            self.task = self.bar.add_task("analysing", total=total)

    def __enter__(self):
        if self.bar:
            self.bar.start()
        return self

    def advance(self) -> None:
        if self.bar:
            self.bar.advance(self.task)

    def __exit__(self, *exc):
        if self.bar:
            self.bar.stop()


@click.command(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
               epilog=EPILOG)
@click.argument("inputs", nargs=-1, metavar="FILE|DIR|- ...")
@click.option("--json", "as_json", is_flag=True,
              help="Print each article as one line of JSON (schema newsparse/1); "
                   "many inputs give JSON Lines in input order.")
@click.option("-o", "--output", type=click.Path(file_okay=False, path_type=Path),
              help="Write one JSON file per input into DIR, mirroring the input tree "
                   "(a.txt -> a.txt.json).")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=1, show_default=True,
              help="Worker processes (each loads the model once).")
@click.option("--resume", is_flag=True, help="With --output: skip inputs whose JSON file exists.")
@click.option("--date", "published", metavar="YYYY-MM-DD", callback=_check_date,
              help="Publication date: the anchor of relative dates (आज, कल, पिछले सोमवार).")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar or run summary.")
@click.option("--max-size", default=str(DEFAULT_MAX_SIZE), callback=_check_size, metavar="SIZE",
              help=f"Refuse inputs larger than this (bytes, or 5MB, 500k, 2MiB) "
                   f"[default: {human_size(DEFAULT_MAX_SIZE)}].")
@click.option("--schema", "show_schema", is_flag=True,
              help="Print the JSON Schema of the output and exit.")
@click.option("--device", type=click.Choice(["auto", "cpu", "cuda"]), default=None,
              help="Where the NER model runs [default: auto].")
@click.version_option(__version__, "--version", prog_name="newsparse")
@click.pass_context
def cli(ctx, inputs, as_json, output, jobs, resume, published, quiet, max_size, show_schema,
        device):
    """People, parties, places, dates, events and claims in Hindi news articles.

    Reads FILEs, DIRs (all *.txt, *.html, *.htm, *.md inside, recursively) or
    - (stdin), and prints a summary of each article, or JSON with --json.
    """
    if show_schema:
        from .schema import schema_text

        click.echo(schema_text(), nl=False)
        return
    if not inputs:
        raise click.UsageError("no input: name files, folders, or - for stdin")
    if resume and output is None:
        raise click.UsageError("--resume needs --output DIR")
    try:
        refs = collect_inputs(inputs)
        if output is not None:
            check_output_names(refs)
    except UsageProblem as exc:
        raise click.UsageError(str(exc)) from None
    if device:
        os.environ["NEWSPARSE_DEVICE"] = device  # read by the NER loader, inherited by workers

    from . import batch

    skipped = []
    if output is not None:
        if output.exists() and not output.is_dir():
            raise click.UsageError(f"--output {output}: exists and is not a folder")
        if resume:
            refs, skipped = batch.plan_resume(refs, output)
    stdout = sys.stdout.buffer  # JSON goes out as UTF-8 bytes whatever the locale
    console = None
    if not as_json and output is None:
        from .render import make_console

        console = make_console()
    show_progress = (not quiet and len(refs) > 1 and sys.stderr.isatty()
                     and (output is not None or not sys.stdout.isatty()))

    written = failed = 0
    outcomes = batch.run(refs, batch.RunOptions(published=published, max_size=max_size), jobs=jobs)
    try:
        with _Progress(show_progress, len(refs)) as progress:
            for outcome in outcomes:
                if outcome.ok:
                    if output is not None:
                        batch.write_result(output, outcome)
                        written += 1
                    if as_json:
                        stdout.write((batch.to_json(outcome.doc) + "\n").encode("utf-8"))
                        stdout.flush()
                    elif console is not None:
                        from .render import print_summary

                        print_summary(console, outcome.doc, outcome.text)
                else:
                    failed += 1
                    _say_error(outcome.ref.source, outcome.error)
                    if as_json:
                        record = batch.error_record(outcome.ref, outcome.error)
                        stdout.write((batch.to_json(record) + "\n").encode("utf-8"))
                        stdout.flush()
                progress.advance()
    except BrokenPipeError:
        outcomes.close()  # stops the workers
        _silence_stdout()
        ctx.exit(EXIT_PIPE_CLOSED)
    except KeyboardInterrupt:
        outcomes.close()
        click.echo("newsparse: interrupted", err=True)
        ctx.exit(EXIT_INTERRUPTED)
    if output is not None and not quiet:
        parts = [f"{written} written to {output}"]
        if skipped:
            parts.append(f"{len(skipped)} already done")
        if failed:
            parts.append(f"{failed} failed")
        click.echo("newsparse: " + ", ".join(parts), err=True)
    ctx.exit(EXIT_FAILED if failed else EXIT_OK)


def _utf8_stdio() -> None:
    """Hindi must reach a pipe intact whatever the locale says."""
    for stream in (sys.stdout, sys.stderr):
        enc = (getattr(stream, "encoding", "") or "").lower().replace("-", "")
        if enc != "utf8" and hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8", errors="replace")


def main(argv: list[str] | None = None) -> None:
    """Console-script entry point."""
    _utf8_stdio()
    try:
        cli.main(args=argv, prog_name="newsparse")
    except BrokenPipeError:  # e.g. --help | head
        _silence_stdout()
        sys.exit(EXIT_PIPE_CLOSED)


if __name__ == "__main__":  # pragma: no cover
    main()
