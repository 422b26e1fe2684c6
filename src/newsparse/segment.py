"""Sentences and tokens of the normalised view, with original offsets.

A regex tokeniser in the spirit of indic-nlp's ``trivial_tokenize`` but aware
of what Hindi news throws at it: numbers with Indian digit grouping and clock
times stay whole (``4,32,000``, ``10:30``, ``7.1.2024``), hyphens split words
(``कांग्रेस-पटवारी``) the same way the NER training data is split, and no token
is ever longer than ``MAX_TOKEN`` characters, so a pathological run of letters
never reaches the model whole.
"""
from __future__ import annotations

import re

from .document import Document, Sentence, Token

MAX_TOKEN = 60

TOKEN_RE = re.compile(
    r"\d+(?:[,.:/]\d+)*"  # numbers, dates, clock times
    r"|[\u0900-\u0963\u0971-\u097F]+"  # Devanagari words (no dandas, no digits)
    r"|[A-Za-z\u00C0-\u024F]+(?:['’][A-Za-z]+)?"  # Latin words
    r"|\w+"  # other scripts' words
    r"|\S",  # any other visible char is a token of its own
)

# Words that end with "." without ending the sentence.
ABBREVIATIONS = {
    "श्री", "श्रीमती", "डॉ", "डा", "प्रो", "सुश्री", "कु", "स्व", "मो", "मोहम्मद", "ले", "कर्नल", "जन", "सं",
    "Dr", "Mr", "Mrs", "Ms", "Prof", "St", "Jr", "Sr", "vs", "No", "Rs",
}
TERMINATORS = {"\u0964", "\u0965", "?", "!", "."}
CLOSERS = {'"', "”", "’", "'", ")", "]", "»"}


# Independent vowel letters: inside a word they mostly follow another vowel (हुई, लिए); after a
# consonant they may mark two words run together.
VOWEL_LETTERS = frozenset(chr(c) for c in range(0x0905, 0x0915))
GLUE_RANK = 20_000


def glued_words(word: str) -> int | None:
    """Where an unknown word splits into two frequent ones at an independent vowel
    ("गुस्साआयोग": a web page's related-story headline run into the next sentence), else
    None. Both parts must be whole words of some length (not "रखा|इन", "हरि|ओम",
    "खुले|आम", which are one word)."""
    if len(word) < 7 or not (VOWEL_LETTERS & set(word[4:-2])):
        return None
    from .entities.context import is_abbreviation, word_ranks  # (the ranks of the word-vector text's words)
    ranks = word_ranks()
    if word in ranks or is_abbreviation(word):
        return None  # (nor an abbreviation spelled in letter names: "एमपीआईडी" is no "एमपी|आईडी")
    for p in range(4, len(word) - 2):
        if word[p] in VOWEL_LETTERS and word[p - 1] not in VOWEL_LETTERS \
                and ranks.get(word[:p], GLUE_RANK) < GLUE_RANK and ranks.get(word[p:], GLUE_RANK) < GLUE_RANK:
            return p
    return None


def tokenize(text: str, offset: int = 0) -> list[tuple[str, int, int]]:
    """(token, start, end) of ``text``; offsets shifted by ``offset``."""
    out = []
    for m in TOKEN_RE.finditer(text):
        s, e = m.start(), m.end()
        while e - s > MAX_TOKEN:
            out.append((text[s:s + MAX_TOKEN], s + offset, s + MAX_TOKEN + offset))
            s += MAX_TOKEN
        p = glued_words(text[s:e])
        if p is not None:
            out.append((text[s:s + p], s + offset, s + p + offset))
            s += p
        out.append((text[s:e], s + offset, e + offset))
    return out


# Latin letters as spoken in Hindi, the way initials are written: "ए.के. सिंह".
# Only these count: a short word such as "है" before a glued "." ends a sentence.
INITIALS = {"ए", "बी", "सी", "डी", "ई", "एफ", "जी", "एच", "आई", "जे", "के", "एल", "एम", "एन", "ओ", "पी",
            "क्यू", "आर", "एस", "टी", "यू", "वी", "डब्ल्यू", "एक्स", "वाई", "जेड", "जेड"}


def _is_abbreviation(prev: str, nxt: str | None) -> bool:
    if prev in ABBREVIATIONS or prev in INITIALS:
        return True
    # a single Latin capital: "A. K. Singh"
    return len(prev) == 1 and prev.isascii() and prev.isupper()


def _devanagari_word(tok: str) -> bool:
    return "\u0900" <= tok[0] <= "\u097f" and tok[0] not in "\u0964\u0965"


def split_sentences(norm: str, toks: list[tuple[str, int, int]]) -> list[tuple[int, int]]:
    """Token index ranges [i, j) of sentences.

    Boundaries: after a danda/?/!/full stop (with any closing quotes), and at
    line breaks; a "." after an abbreviation or an initial, or between digits,
    is not a boundary.  A danda glued to the next word still ends the sentence.
    """
    ranges = []
    start = 0
    n = len(toks)
    i = 0
    while i < n:
        tok, s, e = toks[i]
        boundary_after = None
        if tok in TERMINATORS:
            if tok == "." and i > 0:
                prev = toks[i - 1][0]
                nxt = toks[i + 1][0] if i + 1 < n else None
                glued_prev = toks[i - 1][2] == s
                if glued_prev and _is_abbreviation(prev, nxt):
                    i += 1
                    continue
                if nxt == ".":  # an ellipsis "..." ends at its last dot
                    i += 1
                    continue
            j = i + 1
            while j < n and toks[j][0] in CLOSERS and toks[j][1] == toks[j - 1][2]:
                j += 1
            boundary_after = j
        elif i + 1 < n and "\n" in norm[e:toks[i + 1][1]]:
            boundary_after = i + 1
        elif i + 1 < n and toks[i + 1][1] == e and e - s < MAX_TOKEN and _devanagari_word(tok) \
                and _devanagari_word(toks[i + 1][0]):
            boundary_after = i + 1  # two words run together (glued_words): a headline ended there
        if boundary_after is not None:
            if boundary_after > start:
                ranges.append((start, boundary_after))
            start = boundary_after
            i = boundary_after
            continue
        i += 1
    if start < n:
        ranges.append((start, n))
    return ranges


def segment(doc: Document) -> Document:
    """Add sentences and tokens to ``doc`` (which must already have ``norm``)."""
    norm = doc.norm_text
    toks = tokenize(norm)
    sentences = []
    for i, j in split_sentences(norm, toks):
        tokens = []
        for tok, s, e in toks[i:j]:
            os_, oe = doc.orig_span(s, e)
            tokens.append(Token(start=os_, end=oe, norm=tok, nstart=s, nend=e))
        if not tokens:
            continue
        sentences.append(Sentence(start=tokens[0].start, end=tokens[-1].end,
                                  nstart=tokens[0].nstart, nend=tokens[-1].nend, tokens=tokens))
    doc.sentences = sentences
    return doc
