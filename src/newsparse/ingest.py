"""Reading inputs and cleaning article text.

Two jobs live here:

* **ingest**: turn a path (or stdin) into article text — find the files,
  refuse what is not an article (too big, binary, undecodable, empty, HTML
  without an article), decode the bytes ourselves so that no newline is ever
  translated, and pull the article out of HTML;
* **clean**: decide which parts of the text are the article.  ``clean`` never
  rewrites text: it returns the kept ``(start, end)`` ranges of the original
  string, so every offset the analyser reports still indexes the input.

Nothing heavy is imported at module level: trafilatura is loaded only when an
HTML input turns up.
"""
from __future__ import annotations

import os
import re
import sys
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import lru_cache
from pathlib import Path

ARTICLE_SUFFIXES = (".txt", ".html", ".htm", ".md")
HTML_SUFFIXES = (".html", ".htm")
DEFAULT_MAX_SIZE = 5_000_000  # bytes: far above any news article, far below a memory problem
STDIN = "-"
STDIN_SOURCE = "<stdin>"

# A headline longer than this is a paragraph that happens to come first (BBC
# pages open straight with the body), not a title.
TITLE_MAX_CHARS = 300
# HTML whose extracted text has no line with this many letters is a menu,
# a cookie banner or an index page, not an article.
MIN_ARTICLE_LINE_LETTERS = 40
# Two headline lines this similar (after folding) are the same headline.
REPEAT_SIMILARITY = 0.9


class InputError(Exception):
    """One input cannot be analysed; the message says why (without the path)."""


class UsageProblem(Exception):
    """The command line names something unusable (a missing path, an empty folder)."""


# --------------------------------------------------------------------------
# Finding inputs
# --------------------------------------------------------------------------

@dataclass(frozen=True)
class InputRef:
    """One input to analyse: where to read it and how to name its results."""

    path: str  # filesystem path, or "-" for stdin
    source: str  # the name reported in JSON and error messages
    output_name: str  # relative path (posix) of its result file under --output

    @property
    def is_stdin(self) -> bool:
        return self.path == STDIN


def _is_article_file(p: Path) -> bool:
    return p.suffix.lower() in ARTICLE_SUFFIXES and not p.name.startswith(".")


def collect_inputs(names: list[str] | tuple[str, ...]) -> list[InputRef]:
    """Expand files, folders (recursively, sorted) and ``-`` into inputs.

    Raises ``UsageProblem`` for a path that does not exist, a folder holding
    no article files, or stdin named twice.
    """
    refs: list[InputRef] = []
    for name in names:
        if name == STDIN:
            refs.append(InputRef(STDIN, STDIN_SOURCE, "stdin.json"))
            continue
        p = Path(name)
        if p.is_dir():
            found = sorted((f for f in p.rglob("*") if f.is_file() and _is_article_file(f)),
                           key=lambda f: f.relative_to(p).as_posix())
            if not found:
                raise UsageProblem(f"{name}: folder holds no articles "
                                   f"({', '.join('*' + s for s in ARTICLE_SUFFIXES)})")
            for f in found:
                rel = f.relative_to(p).as_posix()
                refs.append(InputRef(str(f), str(f), rel + ".json"))
        elif p.exists():
            # A file named explicitly is read whatever its suffix.
            refs.append(InputRef(name, name, p.name + ".json"))
        else:
            raise UsageProblem(f"{name}: no such file or folder")
    if sum(r.is_stdin for r in refs) > 1:
        raise UsageProblem("stdin ('-') can be read only once")
    return refs


def check_output_names(refs: list[InputRef]) -> None:
    """``UsageProblem`` if two inputs would write the same result file under ``--output``."""
    seen: dict[str, str] = {}
    for r in refs:
        if r.output_name in seen:
            raise UsageProblem(f"{seen[r.output_name]} and {r.source} would both be written "
                               f"as {r.output_name}; analyse them in separate runs")
        seen[r.output_name] = r.source


# --------------------------------------------------------------------------
# Reading and decoding
# --------------------------------------------------------------------------

@dataclass
class Article:
    """An input ready for the analyser."""

    source: str
    text: str  # decoded text (or extracted article text for HTML)
    is_html: bool = False


# Longest magic first where one is a prefix of another.
BINARY_MAGIC = [
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or an office document)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\xfd7zXZ\x00", "an xz archive"),
    (b"BZh", None),  # too short to trust alone; checked with the NUL/decode tests
    (b"\x7fELF", "an executable"),
    (b"RIFF", None),
    (b"\x00\x00\x01\x00", "an icon"),
    (b"OggS", "an audio file"),
    (b"ID3", None),
]

BOMS = [  # UTF-32 before UTF-16: FF FE 00 00 starts with the UTF-16-LE BOM
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
]


def decode_bytes(data: bytes) -> str:
    """Decode an article's bytes: UTF-8 (BOM optional) or UTF-16/32 with a BOM.

    The BOM is removed and nothing else is touched (``\\r\\n`` stays), so
    offsets into the result are offsets into the file's text.
    """
    if not data:
        raise InputError("empty file")
    for bom, codec in BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom):].decode(codec)
            except UnicodeDecodeError as exc:
                raise InputError(f"not valid {codec.upper()} despite its byte-order mark "
                                 f"(bad bytes at offset {exc.start + len(bom)})") from None
            return _check_text(text)
    for magic, what in BINARY_MAGIC:
        if what and data.startswith(magic):
            raise InputError(f"binary file ({what}), not text")
    if b"\x00" in data[:8192]:
        raise InputError("binary file (contains NUL bytes), not text; "
                         "UTF-16 text needs a byte-order mark")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        bad = data[exc.start:exc.start + 1].hex()
        raise InputError(f"not valid UTF-8 (byte 0x{bad} at offset {exc.start}); "
                         "save the file as UTF-8 or UTF-16 with a byte-order mark") from None
    return _check_text(text)


def _check_text(text: str) -> str:
    if not text:
        raise InputError("empty file")
    if not text.strip():
        raise InputError("no text (only whitespace)")
    if "\x00" in text:
        raise InputError("binary file (contains NUL characters), not text")
    return text


def parse_size(value: str | int) -> int:
    """``5000000``, ``5MB``, ``5 MiB``, ``500k`` → bytes (k/M/G are powers of 1000, Ki/Mi/Gi of 1024)."""
    if isinstance(value, int):
        return value
    m = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([kmg]?)(i?)(b?)\s*", value, re.I)
    if not m or (m.group(3) and not m.group(2)):
        raise ValueError(f"not a size: {value!r} (try 5MB, 500k or a number of bytes)")
    number, unit, binary = float(m.group(1)), m.group(2).lower(), bool(m.group(3))
    base = 1024 if binary else 1000
    power = {"": 0, "k": 1, "m": 2, "g": 3}[unit]
    return int(number * base ** power)


def human_size(n: int) -> str:
    for unit, size in (("GB", 10**9), ("MB", 10**6), ("kB", 10**3)):
        if n >= size:
            return f"{n / size:.1f} {unit}".replace(".0 ", " ")
    return f"{n} bytes"


def read_bytes(ref: InputRef, max_size: int = DEFAULT_MAX_SIZE) -> bytes:
    """The input's bytes, refusing anything over ``max_size`` before reading it whole."""
    too_big = f"larger than the size limit of {human_size(max_size)} (see --max-size)"
    if ref.is_stdin:
        data = sys.stdin.buffer.read(max_size + 1)
        if len(data) > max_size:
            raise InputError(too_big)
        return data
    try:
        st = os.stat(ref.path)
        if os.path.isdir(ref.path):
            raise InputError("is a folder")
        if st.st_size > max_size:
            raise InputError(f"{human_size(st.st_size)}, {too_big}")
        with open(ref.path, "rb") as fh:
            # Read one byte past the limit: a file that grew, or a device
            # whose stat size is 0, is still caught.
            data = fh.read(max_size + 1)
    except InputError:
        raise
    except OSError as exc:
        raise InputError(exc.strerror or str(exc)) from None
    if len(data) > max_size:
        raise InputError(too_big)
    return data


def looks_like_html(ref: InputRef, text: str) -> bool:
    if not ref.is_stdin and Path(ref.path).suffix.lower() in HTML_SUFFIXES:
        return True
    head = text[:1000].lstrip().lower()
    return head.startswith(("<!doctype html", "<html")) or (
        head.startswith("<") and "<body" in text[:20000].lower())


def read_article(ref: InputRef, max_size: int = DEFAULT_MAX_SIZE) -> Article:
    """Read, decode and (for HTML) extract one input; ``InputError`` if it is no article."""
    text = decode_bytes(read_bytes(ref, max_size))
    if looks_like_html(ref, text):
        return Article(ref.source, html_to_text(text), is_html=True)
    return Article(ref.source, text)


# --------------------------------------------------------------------------
# HTML
# --------------------------------------------------------------------------

_TITLE_TAG = re.compile(r"<title[^>]*>(.*?)</title>", re.I | re.S)
_H1_TAG = re.compile(r"<h1[^>]*>(.*?)</h1>", re.I | re.S)
_TAG = re.compile(r"<[^>]+>")


def _tag_text(pattern: re.Pattern, html: str) -> str | None:
    import html as htmllib

    m = pattern.search(html)
    if not m:
        return None
    text = " ".join(htmllib.unescape(_TAG.sub(" ", m.group(1))).split())
    return text or None


def html_to_text(html: str) -> str:
    """The article text of an HTML page, headline first, line breaks kept.

    The headline (trafilatura's metadata, else ``<h1>``, else ``<title>``) is
    put on the first line unless the extracted text already starts with it,
    so that ``clean`` finds it as the title and its entities are counted.
    """
    try:
        import trafilatura
    except ImportError as exc:  # e.g. lxml without its html-clean part
        raise InputError(f"cannot read HTML: {exc}") from None

    try:
        extracted = trafilatura.bare_extraction(html, include_comments=False, include_tables=False,
                                                with_metadata=True)
    except Exception as exc:  # trafilatura/lxml on badly broken markup
        raise InputError(f"cannot parse HTML ({type(exc).__name__})") from None
    body = (getattr(extracted, "text", None) or "").strip() if extracted else ""
    if not any(sum(c.isalpha() for c in line) >= MIN_ARTICLE_LINE_LETTERS
               for line in body.splitlines()):
        raise InputError("HTML page holds no article text")
    title = (getattr(extracted, "title", None) or _tag_text(_H1_TAG, html)
             or _tag_text(_TITLE_TAG, html))
    first_line = body.split("\n", 1)[0]
    if title and not _same_headline(title, first_line) and title not in body[:len(title) + 200]:
        body = f"{title}\n\n{body}"
    return body + "\n"


# --------------------------------------------------------------------------
# Cleaning: which ranges of the text are the article
# --------------------------------------------------------------------------

@dataclass
class Cleaned:
    title: str | None
    body: list[tuple[int, int]] = field(default_factory=list)  # kept ranges of the text


# Lines that are web furniture, not article.  Each pattern must match the
# WHOLE line (stripped), compared case-insensitively after ``_fold`` (nukta,
# zero-width characters and chandrabindu folded), so ``पढ़ें`` covers ``पढें``.
_SOCIAL = (r"(?:facebook|twitter|whatsapp|telegram|instagram|linkedin|youtube|pinterest|koo|reddit"
           r"|email|e-mail|print|copy link|x|फेसबुक|ट्विटर|व्हाट्सएप|वॉट्सऐप|व्हाट्सऐप|टेलीग्राम"
           r"|इंस्टाग्राम|यूट्यूब|कू)")
BOILERPLATE_LINES: list[str] = [
    # WordPress comment forms and page furniture
    r"leave a (?:reply|comment)(?: cancel reply)?",
    r"cancel reply",
    r"your email address will not be published\.?.*",
    r"required fields are marked\s*\*?",
    r"(?:comment|name|email|e-mail|website)\s*\*?\s*:?",
    r"save my name,? email,? and website in this browser.*",
    r"(?:post|submit) (?:a )?comment",
    r"\d*\s*comments?(?: \(\d+\))?",
    r"no comments(?: yet)?\.?",
    r"back to top(?: button)?",
    r"skip to (?:main )?content",
    r"Δ",
    r"(?:advertisement|sponsored|ad|ads by \w+)",
    r"scroll (?:down )?to continue(?: with content)?",
    r"loading\.*",
    r"(?:previous|next) (?:post|article|story)\s*:?.{0,200}",
    r"you may also like",
    r"(?:related|recommended|more|latest|trending) (?:posts?|articles?|news|stories)\s*:?",
    r"(?:also read|read also|read more|see also)\b.{0,200}",
    r"tags?\s*:.{0,300}",
    r"(?:©|\(c\)|copyright\b).{0,200}",
    r".{0,100}all rights reserved\.?.{0,100}",
    r"click here.{0,150}",
    # share / follow / app rows
    r"share(?: this| this article| this story| on| via)?\s*:?",
    rf"(?:share|follow us|follow)(?: us)?(?: on)?\s*:?\s*{_SOCIAL}(?:[\s,|/•·]+{_SOCIAL})*\s*",
    rf"{_SOCIAL}(?:[\s,|/•·]+{_SOCIAL})*",
    # a row of share buttons: "Share on WhatsApp   Share on Facebook   Tweet   Copy Link", "Share | Tweet | WhatsApp"
    rf"(?:(?:share(?: on| via)?\s*:?\s*)?(?:{_SOCIAL}|tweet|share)\s*[,|/•·]?\s*){{2,}}",
    r"(?:download|get) (?:our|the) .{0,40}app.{0,80}",
    r"follow us.{0,80}",
    r"subscribe(?: now| to our newsletter)?.{0,80}",
    # Hindi
    r"विज्ञापन",
    r"(?:यह|ये|इसे|इन्हें) भी (?:पढ़ें|पढ़िए|देखें|देखिए).{0,300}",
    r"(?:और|अन्य) (?:खबरें|ख़बरें)\s*:?",
    r"और पढ़ें.{0,200}",
    r"पढ़ें\s*[:-].{0,200}",
    r"(?:संबंधित|सम्बंधित|सम्बन्धित) (?:खबरें|ख़बरें|खबर|समाचार|लेख|पोस्ट)\s*:?",
    r"(?:हमें )?(?:फॉलो|फ़ॉलो|फोलो) करें.{0,150}",
    r".{0,80}(?:डाउनलोड करें|डाउनलोड कीजिए).{0,20}(?:ऐप|एप|app).{0,80}",
    r".{0,80}(?:ऐप|एप|app) (?:डाउनलोड करें|डाउनलोड कीजिए).{0,80}",
    r"(?:शेयर|साझा) करें\s*:?.{0,80}",
    r"(?:टिप्पणी|टिप्पणियां|कमेंट|कमेंट्स)(?: करें| लिखें)?\s*:?",
    r"अपनी (?:राय|प्रतिक्रिया) (?:दें|लिखें|भेजें).{0,80}",
    r"सर्वाधिकार सुरक्षित.{0,100}",
    # "follow us on Facebook and Twitter" nags, in Hindi
    r".{0,150}(?:फेसबुक|ट्विटर|यूट्यूब|इंस्टाग्राम|टेलीग्राम|व्हाट्सएप).{0,100}"
    r"(?:फॉलो|जुड़ें|ज्वाइन|सब्सक्राइब|लाइक) (?:करें|कर सकते हैं|कीजिए).{0,50}",
    r"(?:टैग्स?|टॉपिक्स|टॉपिक)\s*:.{0,300}",
    # BBC Hindi picture credits: "इमेज स्रोत, Getty Images" (a caption's words stay: they
    # are the article's, often with a date or a name; only its label goes, see BOILERPLATE_SPANS)
    r"(?:इमेज|तस्वीर|फ़ोटो|फोटो) (?:स्रोत|का स्रोत)\s*[,:].{0,120}",
    r"(?:image source|photo credit)\s*[,:].{0,120}",
    # a menu or breadcrumb: three or more items of one or two words between bars or arrows
    # (a headline's parts, "बाढ़ से हाहाकार | 20 की मौत | सेना बुलाई", are longer)
    r"(?:\s*[^\s|»›>•।.?!]{1,25}(?:\s[^\s|»›>•।.?!]{1,25})?\s*[|»›>•]){2,}"
    r"\s*[^\s|»›>•।.?!]{1,25}(?:\s[^\s|»›>•।.?!]{1,25})?\s*",
]

# Headings after which a site lists other stories: the heading and the short
# link-title lines under it go, up to the next paragraph-length line.
LINK_LIST_HEADINGS: list[str] = [
    r"(?:related|recommended|more|latest|trending) (?:posts?|articles?|news|stories)\s*:?",
    r"you may also like",
    r"(?:यह|ये|इसे) भी (?:पढ़ें|पढ़िए)\s*:?",
    r"(?:संबंधित|सम्बंधित|सम्बन्धित) (?:खबरें|ख़बरें|खबर|समाचार|लेख|पोस्ट)\s*:?",
    r"(?:और|अन्य) (?:खबरें|ख़बरें)\s*:?",
]
LINK_TITLE_MAX_CHARS = 150
SENTENCE_ENDS = ("\u0964", "\u0965", ".", "?", "!", '"', "\u201d", "'", "\u2019", ":")

# Boilerplate that shares a line with article text (found anywhere, possibly
# across line breaks): only the matched span is dropped.
BOILERPLATE_SPANS: list[str] = [
    # BBC Hindi: "(बीबीसी हिन्दी के एंड्रॉएड ऐप के लिए यहां क्लिक करें. आप हमें फ़ेसबुक और ट्विटर पर भी फ़ॉलो कर सकते हैं.)"
    r"\(\s*बीबीसी हिन्दी के (?:एंड्रॉएड|एंड्रायड) ऐप के लिए.{0,300}?(?:फॉलो|फ़ॉलो|फोलो)(?: भी)? कर सकते हैं\.?\s*\)",
    r"(?:Your email address will not be published\.?\s*)?Required fields are marked\s*\*",
    # the label of a picture caption (BBC Hindi: "इमेज कैप्शन, सोमवार को काठमांडू में प्रदर्शन …")
    r"(?m:^)[ \t]*(?:इमेज|तस्वीर) (?:कैप्शन|का कैप्शन)\s*,\s*",
    # share buttons after a line's date: "प्रकाशित: 12 मार्च 2024 | Share: Facebook | Twitter | WhatsApp"
    rf"[ \t]*\|[ \t]*(?:share|शेयर करें)[ \t]*:[ \t]*{_SOCIAL}(?:[ \t,|/•·]+{_SOCIAL})*[ \t]*(?m:$)",
]


_DROP_CHARS = {"\u093c", "\u200c", "\u200d", "\u200b", "\u00ad", "\u2060", "\ufeff"}
_FOLD_CHARS = {
    **{chr(c): chr(b) for c, b in zip(range(0x0958, 0x0960),
                                      (0x0915, 0x0916, 0x0917, 0x091C, 0x0921, 0x0922, 0x092B, 0x092F))},
    "\u0929": "\u0928", "\u0931": "\u0930", "\u0934": "\u0933",
    "\u0901": "\u0902",  # chandrabindu → anusvara
    "\u00a0": " ", "\u2009": " ", "\u202f": " ",
    "\u2019": "'", "\u2018": "'",
}


def _fold(text: str) -> tuple[str, list[int]]:
    """A matching view of ``text`` and, per view char, its index in ``text``.

    The view is only ever searched, never reported: the index list takes
    matches back to original offsets.
    """
    out: list[str] = []
    index: list[int] = []
    for i, ch in enumerate(text):
        if ch in _DROP_CHARS:
            continue
        out.append(_FOLD_CHARS.get(ch, ch))
        index.append(i)
    index.append(len(text))
    return "".join(out), index


def _folded(text: str) -> str:
    return _fold(text)[0]


@lru_cache(maxsize=None)
def _patterns(kind: str) -> list[re.Pattern]:
    """The compiled (and folded) patterns, compiled on first use: ``--help`` never pays for them."""
    sources, flags = {"line": (BOILERPLATE_LINES, re.I), "heading": (LINK_LIST_HEADINGS, re.I),
                      "span": (BOILERPLATE_SPANS, re.I | re.S)}[kind]
    return [re.compile(_folded(p), flags) for p in sources]


def _is_boilerplate_line(line: str) -> bool:
    folded = " ".join(_folded(line).split())
    return any(r.fullmatch(folded) for r in _patterns("line"))


def _is_link_list_heading(line: str) -> bool:
    folded = " ".join(_folded(line).split())
    return any(r.fullmatch(folded) for r in _patterns("heading"))


def _is_link_title(line: str) -> bool:
    """A short line not ending like a sentence: a headline in a list of links."""
    return (len(line) <= LINK_TITLE_MAX_CHARS and not line.endswith(SENTENCE_ENDS)
            and not _is_link_list_heading(line))


def _headline_key(line: str) -> str:
    """A headline reduced to its letters and digits, for repeat detection."""
    return "".join(c for c in _folded(line).casefold() if c.isalnum() or "\u0900" <= c <= "\u097f")


def _same_headline(a: str, b: str) -> bool:
    ka, kb = _headline_key(a), _headline_key(b)
    if not ka or not kb:
        return False
    if ka == kb:
        return True
    shorter, longer = sorted((ka, kb), key=len)
    if len(shorter) / len(longer) < REPEAT_SIMILARITY:
        return False
    return SequenceMatcher(None, ka, kb, autojunk=False).ratio() >= REPEAT_SIMILARITY


def _markdown_title(line: str) -> str:
    """A title line without markdown heading marks or emphasis."""
    stripped = re.sub(r"^#{1,6}\s+", "", line).strip()
    m = re.fullmatch(r"(\*\*|__)(.+)\1", stripped)
    return (m.group(2) if m else stripped).strip()


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line's content, surrounding whitespace excluded; empty lines skipped."""
    out = []
    pos = 0
    for line in text.splitlines(keepends=True):
        content = line.strip()
        if content:
            s = pos + (len(line) - len(line.lstrip()))
            out.append((s, s + len(content)))
        pos += len(line)
    return out


def _inline_drops(text: str) -> list[tuple[int, int]]:
    folded, index = _fold(text)
    drops = []
    for r in _patterns("span"):
        for m in r.finditer(folded):
            drops.append((index[m.start()], index[m.end()]))
    return drops


def _subtract(ranges: list[tuple[int, int]], drops: list[tuple[int, int]],
              text: str) -> list[tuple[int, int]]:
    """``ranges`` minus ``drops``, each remaining piece trimmed of whitespace."""
    if not drops:
        return ranges
    out = []
    for s, e in ranges:
        pieces = [(s, e)]
        for ds, de in drops:
            nxt = []
            for ps, pe in pieces:
                if de <= ps or ds >= pe:
                    nxt.append((ps, pe))
                    continue
                if ps < ds:
                    nxt.append((ps, ds))
                if de < pe:
                    nxt.append((de, pe))
            pieces = nxt
        for ps, pe in pieces:
            while ps < pe and text[ps].isspace():
                ps += 1
            while pe > ps and text[pe - 1].isspace():
                pe -= 1
            if pe > ps:
                out.append((ps, pe))
    return out


MENU_RUN = 5  # lines
MENU_ITEM_MAX = 25  # characters
MENU_ITEM_RE = re.compile(r"^[^\s।.?!,:;\d][^।.?!,:;]*$")


def _menu_lines(text: str, lines: list[tuple[int, int]]) -> set[int]:
    """Indices of lines in a run of at least ``MENU_RUN`` short items of one or two words
    without punctuation, one per line: a site's section menu copied with the article
    ("होम पेज / भारत / विदेश / मनोरंजन / खेल …"), whose names are no part of the story."""
    def item(k: int) -> bool:
        line = text[lines[k][0]:lines[k][1]].strip()
        return 0 < len(line) <= MENU_ITEM_MAX and len(line.split()) <= 2 and bool(MENU_ITEM_RE.match(line))
    out: set[int] = set()
    k = 0
    while k < len(lines):
        j = k
        while j < len(lines) and item(j):
            j += 1
        if j - k >= MENU_RUN:
            out.update(range(k, j))
        k = max(j, k + 1)
    return out


# PTI-Bhasha's desk credit under a story: "भाषा संजय नरेश", the agency then the first names
# of the editors who handled it (not people of the story). Only after a finished paragraph,
# and only names: a headline "भाषा विवाद पर बोले मंत्री" has function words.
_DESK_NAME = r"[\u0900-\u0963\u0966-\u097f]{2,12}"  # one Devanagari word, no danda
WIRE_DESK_NAME_RE = re.compile(_DESK_NAME)
WIRE_DESK_CREDIT_RE = re.compile(rf"(?:भाषा|पीटीआई-भाषा|पीटीआई भाषा)((?:\s+{_DESK_NAME}){{1,4}})")
CREDIT_NOT_NAMES = {"पर", "के", "की", "का", "में", "से", "को", "ने", "और", "है", "हैं", "था", "नहीं", "भी", "विवाद",
                    "बोले", "बोली", "मुद्दा", "आंदोलन", "नीति"}


def _is_wire_desk_credit(line: str, previous: str | None, after_credit: bool) -> bool:
    """The credit line, or a line of one or two bare names right under one (the desk's
    sign-off repeated: "भाषा कुंज सुरेश" then "सुरेश")."""
    line = line.strip()
    if after_credit:
        names = line.split()
        return 1 <= len(names) <= 2 and all(WIRE_DESK_NAME_RE.fullmatch(w) for w in names) \
            and not set(names) & CREDIT_NOT_NAMES
    m = WIRE_DESK_CREDIT_RE.fullmatch(line)
    return bool(m) and previous is not None and previous.rstrip().endswith(SENTENCE_ENDS) \
        and not set(m.group(1).split()) & CREDIT_NOT_NAMES


def clean(text: str) -> Cleaned:
    """The article's title and the ranges of ``text`` that are article, not web furniture.

    The first non-empty line is the title (kept in the body too: its names
    count) unless it is paragraph-long; a second line repeating it is
    dropped, as are boilerplate lines, link lists under "Related posts"-like
    headings, and boilerplate spans inside lines.
    """
    lines = _lines(text)
    menu = _menu_lines(text, lines)
    title: str | None = None
    kept: list[tuple[int, int]] = []
    first_content_seen = False
    in_link_list = False
    after_credit = False
    for k, (s, e) in enumerate(lines):
        line = text[s:e]
        if k in menu:
            continue
        if in_link_list:
            if _is_link_title(line):
                continue
            in_link_list = False
        if _is_link_list_heading(line):
            in_link_list = True
            continue
        if _is_boilerplate_line(line):
            continue
        if kept and _is_wire_desk_credit(line, text[kept[-1][0]:kept[-1][1]], after_credit):
            after_credit = True
            continue
        after_credit = False
        if not first_content_seen:
            first_content_seen = True
            if e - s <= TITLE_MAX_CHARS:
                title = _markdown_title(line) or None
            kept.append((s, e))
            continue
        if title is not None and len(kept) == 1 and _same_headline(title, line):
            continue  # the headline printed twice (page title + article heading)
        kept.append((s, e))
    return Cleaned(title=title, body=_subtract(kept, _inline_drops(text), text))
