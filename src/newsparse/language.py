"""Is this Hindi?  A script and function-word check that warns, never refuses.

The analyser's models and lexicons are Hindi-only; on English, Urdu or
Marathi text it still runs (a user may want the dates or the names), but the
document carries a warning saying its results are likely poor.
"""
from __future__ import annotations

import re

from .document import Document

# Below this share of Devanagari letters the text is not (mainly) Hindi.
MIN_DEVANAGARI_SHARE = 0.5
# Enough words to judge function-word rates; shorter texts get the script check only.
MIN_WORDS_FOR_WORD_CHECK = 30

SCRIPTS = [  # (name for the message, first code point, last code point)
    ("Devanagari", 0x0900, 0x097F),
    ("Latin", 0x0041, 0x024F),
    ("Arabic", 0x0600, 0x06FF),
    ("Arabic", 0x0750, 0x077F),
    ("Arabic", 0xFB50, 0xFDFF),
    ("Arabic", 0xFE70, 0xFEFF),
    ("Bengali", 0x0980, 0x09FF),
    ("Gurmukhi", 0x0A00, 0x0A7F),
    ("Gujarati", 0x0A80, 0x0AFF),
    ("Odia", 0x0B00, 0x0B7F),
    ("Tamil", 0x0B80, 0x0BFF),
    ("Telugu", 0x0C00, 0x0C7F),
    ("Kannada", 0x0C80, 0x0CFF),
    ("Malayalam", 0x0D00, 0x0D7F),
    ("Cyrillic", 0x0400, 0x04FF),
    ("Chinese/Japanese", 0x3040, 0x9FFF),
]
# Letters Urdu uses and Arabic does not.
URDU_LETTERS = set("ٹڈڑںےۓھہۃ")

# Frequent function words: Hindi against the Devanagari languages most often
# mistaken for it.
HINDI_WORDS = {"है", "हैं", "के", "की", "का", "में", "और", "से", "को", "ने", "कि", "था", "थे", "पर", "भी"}
OTHER_DEVANAGARI = {
    "Marathi": {"आहे", "आणि", "आहेत", "च्या", "होते", "केले", "नाही", "या", "हे", "मध्ये"},
    "Nepali": {"छ", "छन्", "र", "पनि", "गरेको", "भएको", "थियो", "हो", "लागि", "गर्न"},
}
_WORD = re.compile(r"[\u0900-\u0963\u0971-\u097F]+")


def script_of(ch: str) -> str | None:
    cp = ord(ch)
    for name, lo, hi in SCRIPTS:
        if lo <= cp <= hi:
            return name
    return None


def _script_guess(counts: dict[str, int], text: str) -> str:
    script = max(counts, key=counts.get)
    if script == "Latin":
        return "mostly Latin script (English?)"
    if script == "Arabic":
        if any(c in URDU_LETTERS for c in text):
            return "mostly Arabic script (Urdu?)"
        return "mostly Arabic script (Urdu or Arabic?)"
    return f"mostly {script} script"


def language_warnings(doc: Document) -> list[str]:
    """Warnings for a document whose text does not look like Hindi (empty if it does)."""
    text = doc.norm_text
    counts: dict[str, int] = {}
    letters = 0
    for c in text:
        if c.isalpha():
            letters += 1
            script = script_of(c) or "other"
            counts[script] = counts.get(script, 0) + 1
    if not letters:
        return ["no letters found: is this an article?"]
    deva = counts.get("Devanagari", 0)
    if deva / letters < MIN_DEVANAGARI_SHARE:
        others = {k: v for k, v in counts.items() if k != "Devanagari"}
        return [f"text does not look like Hindi ({_script_guess(others, text)}, "
                f"{deva / letters:.0%} Devanagari letters); results may be poor"]
    words = _WORD.findall(text)
    if len(words) >= MIN_WORDS_FOR_WORD_CHECK:
        hindi = sum(w in HINDI_WORDS for w in words)
        for language, vocab in OTHER_DEVANAGARI.items():
            other = sum(w in vocab for w in words)
            if other > 2 * hindi:
                return [f"text does not look like Hindi (its function words look {language}); "
                        "results may be poor"]
    return []
