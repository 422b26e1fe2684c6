"""``python -m newsparse.ner FILE``: tag token-per-line text with the shipped model.

Reads the first column of each line (blank line between sentences) and prints
``token<TAB>tag`` with BIO tags over PER, ORG, LOC and DATE, keeping the
blank lines — the form NER benchmarks score.
"""
from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if len(argv) != 1 or argv[0] in ("-h", "--help"):
        print("usage: python -m newsparse.ner FILE", file=sys.stderr)
        return 2
    from .entities.ner import tag_conll_file

    try:
        tag_conll_file(argv[0], sys.stdout)
    except OSError as exc:
        print(f"newsparse.ner: error: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
