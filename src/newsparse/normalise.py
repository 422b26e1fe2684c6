"""Devanagari normalisation with an offset map back to the original text.

The models, the date grammar and the claim patterns all read a *normalised view*
of the article: nukta folded away, ZWJ/ZWNJ removed, Devanagari digits as ASCII,
chandrabindu as anusvara, a pipe used as danda turned into a danda.  Every
position of that view maps back to a position of the original text, so spans
found in the view are reported with offsets into what the user gave us.

Curly quotes are deliberately left alone (indic-nlp's punctuation folding would
turn them into ``"``): the claim annotator needs to tell opening from closing
quotes.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

# Devanagari letters, vowel signs and marks; not the dandas (0964/0965) nor the
# digits (0966-096F), which are punctuation/number material handled per char.
DEVANAGARI_RUN = re.compile(r"[\u0900-\u0963\u0971-\u097F\u200C\u200D]+")

NUKTA = "\u093C"
# Single characters rewritten outside letter runs (or as a final pass inside).
CHAR_MAP = {
    **{chr(0x0966 + d): str(d) for d in range(10)},  # Devanagari digits
    "|": "\u0964",  # pipe typed for a danda
    "\u00A0": " ",  # no-break space
    "\u200B": " ",  # zero width space separates words when used
    "\u2009": " ",
    "\u202F": " ",
    "\u00AD": "",  # soft hyphen
    "\u2060": "",  # word joiner
    "\uFEFF": "",  # stray BOM inside text
    "\u200C": "",
    "\u200D": "",
    "\u2013": "-",  # en dash: one dash symbol for the tokeniser
    "\u2014": "-",
    "\u2212": "-",
}


@lru_cache(maxsize=1)
def _indic_normaliser():
    from indicnlp import common
    from indicnlp.normalize.indic_normalize import DevanagariNormalizer

    common.set_resources_path(str(resources.files("newsparse") / "data" / "indic_nlp_resources"))
    return DevanagariNormalizer(lang="hi", remove_nuktas=True)


@lru_cache(maxsize=200_000)
def normalise_word(word: str) -> str:
    """The normalised form of one run of Devanagari letters (cached: news repeats words)."""
    out = _indic_normaliser().normalize(word.replace("\u200C", "").replace("\u200D", ""))
    # indic-nlp keeps the nukta sign when it was typed separately in some
    # orders; fold it and chandrabindu the way the scorer and training data do.
    return out.replace(NUKTA, "").replace("\u0901", "\u0902")


def normalise_token(token: str) -> str:
    """Normalise a standalone token (training data goes through this too)."""
    return NormalisedText.build(token).text


def _align(orig: str, new: str) -> list[int]:
    """For each char of ``new``, the index in ``orig`` it came from."""
    if len(orig) == len(new):
        return list(range(len(orig)))
    from difflib import SequenceMatcher

    mapping: list[int] = []
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, orig, new, autojunk=False).get_opcodes():
        for k in range(j2 - j1):
            # inserted chars (a decomposed nukta) borrow the nearest source char
            mapping.append(min(i1 + k, max(i2 - 1, i1), len(orig) - 1) if orig else 0)
    return mapping


@dataclass
class NormalisedText:
    """A normalised view of a text and, per view character, its original index."""

    text: str
    to_orig: list[int]  # len(text) + 1 entries; the last is len(original)

    @classmethod
    def build(cls, original: str, keep: list[tuple[int, int]] | None = None) -> "NormalisedText":
        """Normalise ``original``; characters outside ``keep`` ranges become newlines.

        Blanking dropped regions (boilerplate, a repeated headline) with
        newlines rather than cutting them keeps the view aligned with the
        original and makes each dropped region a hard sentence boundary.
        """
        if keep is not None:
            chars = ["\n"] * len(original)
            for s, e in keep:
                chars[s:e] = original[s:e]
            source = "".join(chars)
        else:
            source = original
        out: list[str] = []
        to_orig: list[int] = []
        pos = 0
        for m in DEVANAGARI_RUN.finditer(source):
            cls._copy_chars(source, pos, m.start(), out, to_orig)
            word = m.group()
            norm = normalise_word(word)
            for k, idx in enumerate(_align(word, norm)):
                out.append(norm[k])
                to_orig.append(m.start() + idx)
            pos = m.end()
        cls._copy_chars(source, pos, len(source), out, to_orig)
        to_orig.append(len(original))
        return cls("".join(out), to_orig)

    @staticmethod
    def _copy_chars(source: str, start: int, end: int, out: list[str], to_orig: list[int]) -> None:
        for i in range(start, end):
            ch = source[i]
            rep = CHAR_MAP.get(ch, ch)
            for c in rep:
                out.append(c)
                to_orig.append(i)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original (start, end) of the view span [start, end)."""
        if end <= start:
            o = self.to_orig[start]
            return o, o
        # The next view char's origin, not last+1: original chars the view
        # dropped (a nukta, a ZWJ) at the end of a word stay inside the span.
        return self.to_orig[start], self.to_orig[end]
