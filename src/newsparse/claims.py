"""Attributed statements: who said what, with which reporting words.

The annotator reads the normalised token stream of each sentence and looks
for the constructions Hindi news uses to report speech:

* ``X ने (…) कहा/बताया/आरोप लगाया (है) कि Y`` and the same with the content
  directly after the verb, after a comma, or before the speaker
  (``Y, उन्होंने कहा।``), or between speaker and verb for verbs of describing
  (``X ने Y बताया``, ``X ने Y का आरोप लगाया``);
* noun cues ``X का कहना/मानना/तर्क है कि Y``, ``X को लगता है कि Y`` and the
  inverted ``Y, यह कहना है X का``;
* ``X के अनुसार/मुताबिक Y`` and ``बकौल X, Y``;
* habitual verbs ``X कहते/बताते हैं कि Y``;
* holding or calling something so, without कि: ``X Y को Z मानती/ठहराते/बताते हैं``
  (the content is ``Y को Z``);
* impersonal cues with no source: ``कहा जा रहा है कि``, ``माना जाता है कि``,
  ``आरोप है कि`` …;
* quotations in straight or curly quotes, possibly over several sentences,
  whose speaker is named before (``X ने कहा- "…"``) or after (``"…", उन्होंने कहा``).

Speakers are resolved against ``doc.entities`` when it has any (an entity
mention inside the speaker phrase, pronouns to the most recent person or
speaker, bare roles to the role's holder); otherwise the noun phrase before
the cue is reported as it stands.  The lexicon lives in
``data/lexicons/reporting.json`` and is read once.
"""
from __future__ import annotations

import bisect
import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from .document import Claim, Document, Entity, Sentence, Token
from .entities import gazetteer as gz
from .entities.context import is_abbreviation
from .normalise import normalise_token

# Quotation marks: (opening, closing).  Straight quotes open and close alike.
QUOTE_PAIRS = {"“": "”", "‘": "’", '"': '"', "'": "'", "«": "»"}
# A quotation longer than this is almost certainly an unbalanced mark.
MAX_QUOTE_CHARS = 1500
# Quoted material shorter than this many words is a title or scare quote, not a statement.
MIN_QUOTE_WORDS = 3
# How far a cue verb may sit after ``ने`` (``X ने मंगलवार को अपने ट्वीट में कहा``).
MAX_CUE_DISTANCE = 10
# ... and before a quotation, the nearest ने (``पीठ ने … याचिका पर सुनवाई करते हुए टिप्पणी की, "…"``).
MAX_QUOTE_CUE_DISTANCE = 20
# ... and a cue whose content stands before it (``X ने Y पर … करने का आरोप लगाया``).
MAX_BETWEEN_DISTANCE = 40
# Longest speaker phrase taken from the text when no entity covers it.
MAX_SPEAKER_TOKENS = 7
MIN_CONTENT_TOKENS = 3

ERGATIVE_PRONOUNS = {"उन्होंने", "इन्होंने", "उसने", "इसने", "मैंने", "हमने"}
AUXILIARIES = {"है", "हैं", "था", "थे", "थी", "थीं", "हो", "गया", "गई", "गए"}
# Words that end a speaker phrase when walking back from the cue.
SPEAKER_STOPS = {
    "कि", "तथा", "लेकिन", "मगर", "परंतु", "किंतु", "जबकि", "क्योंकि", "तो", "है", "हैं", "था", "थे",
    "थी", "को", "से", "में", "पर", "ने", "जब", "तब", "यदि", "अगर", "कहा", "बताया", "दौरान", "बीच",
    "बाद", "पहले", "किया", "की", "दी", "लिया", "हुए", "हुई", "हुआ", "करते", "करके", "कर", "द्वारा",
    "जिसे", "जिसमें", "जिसके", "जिनके", "जो", "जिस", "जिन",
}
# Genitive links keep a phrase going (``भाजपा के वरिष्ठ नेता``); ``की`` is one too, except when
# it is the verb "did", which ``SPEAKER_STOPS`` covers only when no noun follows.
GENITIVES = {"का", "के", "की"}
# Verbs whose object a noun cue can be (a headline's "लगाया … का आरोप"): a speaker phrase
# holding one is no speaker.
VERBS_TAKING_NOUN_CUES = {"लगाया", "लगाए", "लगाई", "लगाते", "किया", "किए", "दिया", "दिए", "जताया", "जताई"}
# Passive reporting verbs whose content is the clause before them ("… गंभीर बताई जा रही है").
PREDICATIVE_PASSIVES = {"बताया", "बताई", "बताए", "माना", "मानी", "माने", "कहा", "कही", "कहे"}
# Nouns of what is feared or expected, said by no one: "… की आशंका जताई जा रही है".
SUSPICION_NOUNS = {"आशंका", "अंदेशा", "संभावना"}
# Words that open a new clause inside a sentence: a content before a cue starts after them.
CLAUSE_OPENERS = {"जबकि", "लेकिन", "मगर", "परंतु", "किंतु", "तो", "कि", "क्योंकि"}
# pronouns with the oblique genitive of "के अनुसार" built in: "उनके अनुसार"
PRONOUN_OBLIQUE_GENITIVES = {"उनके", "इनके", "उसके", "इसके"}
CONJUNCTIONS = {"और", "व", "एवं"}
# Writings whose author is the source of what "is said" in them ("X की किताब में लिखा है कि").
WRITTEN_SOURCES = {normalise_token(w) for w in (
    "किताब", "पुस्तक", "आत्मकथा", "संस्मरण", "रिपोर्ट", "पत्र", "चिट्ठी", "लेख", "ट्वीट", "पोस्ट", "ब्लॉग",
    "याचिका", "हलफनामे", "हलफनामा", "ज्ञापन", "बयान", "घोषणापत्र", "चार्जशीट", "आरोपपत्र")}
# Documents a body issues: "नोटिफिकेशन के अनुसार" reports the issuing body, named in the
# sentence or in the ISSUER_REACH sentences before it.
ISSUED_DOCUMENTS = {normalise_token(w) for w in (
    "नोटिफिकेशन", "अधिसूचना", "सर्कुलर", "परिपत्र", "एडवाइजरी", "विज्ञप्ति", "प्रेस विज्ञप्ति", "बुलेटिन",
    "बयान", "पत्र")}
ISSUER_REACH = 3
# What a body speaks through ("आयोग की एक नई रिपोर्ट में कहा गया"): its writings, documents,
# surveys and figures (figures with no body named are no source: "आंकड़ों के मुताबिक़" is in the
# lexicon's non_sources).
FIGURES = {normalise_token(w) for w in ("आंकड़ों", "आंकड़े", "आँकड़ों", "आँकड़े")}
# Unnamed bodies that keep figures: "जिला प्रशासन के आंकड़ों के अनुसार".
FIGURE_KEEPERS = {normalise_token(w) for w in ("प्रशासन", "सरकार", "विभाग", "पुलिस", "मंत्रालय", "निगम", "बोर्ड",
                                                "आयोग", "ब्यूरो")}
ISSUED = normalise_token("जारी")  # "… द्वारा जारी रिपोर्ट के अनुसार": whatever a body issues
BODY_QUALIFIERS = {normalise_token(w) for w in ("जिला", "राज्य", "केंद्र", "स्थानीय", "नगर")}
DOCUMENT_HEADS = WRITTEN_SOURCES | ISSUED_DOCUMENTS | FIGURES | {normalise_token(w) for w in ("सर्वे", "सर्वेक्षण",
                                                                                              "अध्ययन")}
# Sentence-final verbs/auxiliaries: a "." after one of them ends a sentence even when the
# segmenter took it for an initial (``है.इस``).
FINAL_WORDS = {"है", "हैं", "था", "थे", "थी", "थीं", "गया", "गई", "गए", "दिया", "किया", "हुआ", "हुई",
               "हुए", "रहा", "रही", "रहे", "सकता", "सकती", "सकते", "जाएगा", "जाएगी", "करेंगे", "लिया"}
OPEN_QUOTES = set(QUOTE_PAIRS)
ALL_QUOTES = OPEN_QUOTES | set(QUOTE_PAIRS.values())
OPEN_QUOTE_RE = re.compile("[" + re.escape("".join(QUOTE_PAIRS)) + "]")
PUNCT_RE = re.compile(r"^[^\w\u0900-\u0963\u0971-\u097F]+$")
# A headline ending in a bare imperative is an appeal, not a statement of fact.
MAX_HEADLINE_SPEAKER = 4
# Bodies that speak for themselves: never read as a role standing for an earlier named person.
INSTITUTIONS = {"पुलिस", "सरकार", "प्रशासन", "अदालत", "कोर्ट", "विभाग", "मंत्रालय", "सेना", "कंपनी", "बोर्ड"}
IMPERATIVES = {"करें", "दें", "लें", "रहें", "जाएं", "बनाएं", "हटाएं", "रोकें", "करो", "दो", "बचें", "अपनाएं"}
ANAPHORIC_OBJECTS = {"इसकी", "यह", "इस", "ये", "यही"}
PRONOUN_GENITIVES = {"उनका", "उनकी", "इनका", "उसका", "इसका"}
NOUN_CUE_HEADS = {"कहना", "मानना", "तर्क", "दावा"}
# Role or title words that may precede a named source opening a clause.
NAMED_SOURCE_LEAD = 3
# What may follow a clause-final verb.
CLAUSE_ENDS = {"।", ".", "?", "!", ",", ";", "और", "लेकिन", "मगर", "जबकि", "क्योंकि", "पर"}
# A wire dateline opening a report: "बठिंडा, 22 अप्रैल (भाषा) ".
DATELINE_LEAD_RE = re.compile(r"[^\s,।:()]{2,25}(?: [^\s,।:()]{2,25})?\s*,\s*\d{1,2}\s+\S+\s*\([^)\n]{2,20}\)\s*")
# Bare body nouns a speaker may be called by, and what names the body they stand for: the last
# party, or the last organisation with one of these words in its name.
_COURT_WORDS = frozenset(normalise_token(w) for w in ("अदालत", "कोर्ट", "न्यायालय", "हाईकोर्ट", "हाइकोर्ट", "अधिकरण",
                                                      "ट्रिब्यूनल", "एनजीटी"))
_UNION_WORDS = frozenset(normalise_token(w) for w in ("यूनियन", "संगठन", "संघ", "मंच", "मोर्चा", "समिति", "एसोसिएशन",
                                                     "महासंघ"))
_COMPANY_WORDS = frozenset(normalise_token(w) for w in ("कंपनी", "लिमिटेड", "लि", "इंडस्ट्रीज", "कॉरपोरेशन", "मिल",
                                                        "मिल्स", "प्राइवेट"))
GENERIC_BODY_SPEAKERS = {normalise_token(w): kind for w, kind in (
    ("पार्टी", "PARTY"), ("अदालत", _COURT_WORDS), ("कोर्ट", _COURT_WORDS), ("न्यायालय", _COURT_WORDS),
    ("बेंच", _COURT_WORDS), ("पीठ", _COURT_WORDS), ("खंडपीठ", _COURT_WORDS), ("संगठन", _UNION_WORDS),
    ("यूनियन", _UNION_WORDS), ("मंच", _UNION_WORDS), ("समिति", _UNION_WORDS), ("मोर्चा", _UNION_WORDS),
    ("एसोसिएशन", _UNION_WORDS), ("महासंघ", _UNION_WORDS), ("कंपनी", _COMPANY_WORDS),
    # ("प्रवर्तन निदेशालय (ईडी) … एजेंसी ने कहा": an investigating agency by its kind)
    ("एजेंसी", frozenset(normalise_token(w) for w in ("निदेशालय", "ब्यूरो", "एजेंसी", "अभिकरण"))),
    # ("विदेश मंत्रालय … मंत्रालय ने कहा", "भारत मौसम विज्ञान विभाग … विभाग ने कहा")
    *((w, frozenset({normalise_token(w)})) for w in ("मंत्रालय", "विभाग", "बोर्ड", "आयोग", "निगम", "प्राधिकरण",
                                                     "परिषद", "ब्यूरो", "दूतावास", "उच्चायोग")))}


def _is_punct(word: str) -> bool:
    return bool(PUNCT_RE.match(word))


def _phrase(text: str) -> tuple[str, ...]:
    return tuple(tok for tok in normalise_token(text).split())


# Phrases by their first token, longest first: a cue lookup costs one dict access per token.
PhraseIndex = dict[str, tuple[tuple[str, ...], ...]]


@dataclass(frozen=True)
class Lexicon:
    speech_cues: PhraseIndex
    between_cues: frozenset[tuple[str, ...]]
    request_cues: PhraseIndex
    noun_cues: PhraseIndex
    habitual_cues: PhraseIndex
    predicative_cues: PhraseIndex
    dative_objects: frozenset[str]
    according_cues: PhraseIndex
    unattributed_cues: PhraseIndex
    anonymous_heads: frozenset[str]
    anonymous_quantifiers: frozenset[str]
    pronouns: frozenset[str]
    non_sources: frozenset[str]
    determiners: frozenset[str]


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    raw = json.loads((resources.files("newsparse") / "data" / "lexicons" / "reporting.json")
                     .read_text(encoding="utf-8"))

    def phrases(key: str) -> PhraseIndex:
        index: dict[str, list[tuple[str, ...]]] = {}
        for p in {_phrase(p) for p in raw[key]}:
            index.setdefault(p[0], []).append(p)
        return {first: tuple(sorted(ps, key=len, reverse=True)) for first, ps in index.items()}

    def words(key: str) -> frozenset[str]:
        return frozenset(normalise_token(w) for w in raw[key])

    return Lexicon(
        speech_cues=phrases("speech_cues"),
        between_cues=frozenset(_phrase(p) for p in raw["content_between_cues"]),
        request_cues=phrases("request_cues"),
        noun_cues=phrases("noun_cues"),
        habitual_cues=phrases("habitual_cues"),
        predicative_cues=phrases("predicative_cues"),
        dative_objects=words("dative_objects"),
        according_cues=phrases("according_cues"),
        unattributed_cues=phrases("unattributed_cues"),
        anonymous_heads=words("anonymous_heads"),
        anonymous_quantifiers=words("anonymous_quantifiers"),
        pronouns=words("pronoun_speakers"),
        non_sources=words("non_sources"),
        determiners=words("determiners"),
    )


def _match_at(words: list[str], i: int, index: PhraseIndex) -> tuple[str, ...] | None:
    """The longest phrase of ``index`` that starts at ``words[i]``."""
    for p in index.get(words[i], ()):
        if tuple(words[i:i + len(p)]) == p:
            return p
    return None


@dataclass
class _Speaker:
    text: str | None
    type: str  # named, anonymous, unattributed
    entity_id: str | None = None
    pos: int = 0  # original offset, for "most recent speaker" resolution


class _Context:
    """Per-document state: entity mentions by position and the speakers seen so far."""

    def __init__(self, doc: Document):
        self.doc = doc
        self.mentions: list[tuple[int, int, Entity]] = sorted(
            ((m.start, m.end, e) for e in doc.entities if e.type in ("PERSON", "PARTY", "ORG")
             for m in e.mentions), key=lambda x: x[0])
        self.persons = [(s, e, ent) for s, e, ent in self.mentions if ent.type == "PERSON"]
        self.speakers: list[_Speaker] = []
        self.contents: list[tuple[int, int]] = []
        # "X ने …" subjects that made no claim: stand-ins for person mentions when there are no entities
        self.subjects: list[_Speaker] = []  # original spans of claim contents found so far
        self.quotations: list[tuple[int, int]] = []  # view spans inside balanced quotation marks

    def entity_in(self, start: int, end: int) -> tuple[Entity, int, int] | None:
        """The last (head-most) entity mention lying inside [start, end), with the mention's start
        and end."""
        best = None
        for s, e, ent in self.mentions:
            if s >= start and e <= end:
                best = (ent, s, e)
            elif s >= end:
                break
        return best

    def _view_index(self, orig: int) -> int:
        """A view position mapping to original offset ``orig`` (views only shrink or keep length)."""
        to_orig = self.doc.norm.to_orig if self.doc.norm else None
        if to_orig is None:
            return orig
        return bisect.bisect_left(to_orig, orig)

    def antecedent(self, pos: int) -> _Speaker | None:
        """The most recent person mention or named speaker before ``pos``."""
        person = None
        for s, e, ent in self.persons:
            if e > pos:
                break
            if not any(cs <= s and e <= ce for cs, ce in self.contents):
                person = (s, ent)
        speaker = max((sp for sp in self.speakers + self.subjects
                       if sp.type == "named" and sp.pos < pos), key=lambda sp: sp.pos, default=None)
        if person and (speaker is None or person[0] > speaker.pos):
            return _Speaker(person[1].name, "named", person[1].id, person[0])
        return speaker

    def role_holder(self, role_words: list[str], pos: int) -> _Speaker | None:
        """An entity whose roles name this role, else an earlier speaker whose phrase held these words."""
        role = " ".join(role_words)
        offices = gz.same_office(role)  # "पुलिस अधीक्षक" is the "एसपी" named before
        for ent in self.doc.entities:
            if ent.type == "PERSON" and any(_office_ends(normalise_token(r), o) for r in ent.roles for o in offices):
                return _Speaker(ent.name, "named", ent.id, pos)

        # the role written right before a name earlier on ("एडीजी अभय कुमार प्रसाद", "संगठन ऑल इंडिया …")
        norm = self.doc.norm_text
        holder = None
        for s, e, ent in self.mentions:
            if s >= pos:
                break
            ns = self._view_index(s)
            before = norm[max(0, ns - len(role) - 1):ns].strip()
            if before == role or before.endswith(" " + role):
                holder = ent
            elif len(role_words) >= 2 and ent.type == "PERSON":
                # "केंद्रीय मंत्री" is the "केंद्रीय गृह राज्य मंत्री" named before: the title just
                # before the name ends with the same head and holds the other words too
                title = norm[max(0, ns - 60):ns].split()[-6:]
                if title and title[-1] == role_words[-1] and set(role_words[:-1]) <= set(title):
                    holder = ent
        if holder is not None:
            return _Speaker(holder.name, "named", holder.id, pos)
        if role_words[-1] in INSTITUTIONS:
            return None  # "पुलिस" speaks for itself, even after "पुलिस उपायुक्त X"
        for sp in reversed(self.speakers + self.subjects):
            if sp.type == "named" and sp.text and sp.pos < pos:
                held = normalise_token(sp.text).split()
                if all(w in held for w in role_words) and len(held) > len(role_words):
                    return sp
        return None


SPOKESPERSONS = {"प्रवक्ता", "प्रवक्ताओं"}


def _office_ends(role: str, office: str) -> bool:
    """Does ``role`` end in ``office``: a compound ending in it ("जिलाध्यक्ष" … "अध्यक्ष") or a
    phrase, but an abbreviation only whole ("एसडीएम" is no "डीएम")?"""
    if not role.endswith(office):
        return False
    rest = role[:-len(office)]
    return not rest or rest.endswith(" ") or not is_abbreviation(office)


def _one_of_a_body(phrase: list[str], lex: Lexicon) -> bool:
    """``विदेश मंत्रालय के एक अधिकारी``, ``पार्टी के कुछ नेताओं``: someone the text leaves
    unnamed among the body's people (a quantifier right after the genitive, then at most
    three words). Not a spokesperson, who speaks for the body on record ("हुर्रियत के एक प्रवक्ता")."""
    if phrase and phrase[-1] in SPOKESPERSONS:
        return False
    for k in range(1, len(phrase) - 1):
        genitive = phrase[k - 1] in GENITIVES or (  # (also "गांव के ही एक शिक्षक")
            phrase[k - 1] in ("ही", "भी") and k >= 2 and phrase[k - 2] in GENITIVES)
        if phrase[k] in lex.anonymous_quantifiers and genitive and len(phrase) - k - 1 <= 3:
            return True
    return False


def _reports_speech(words: list[str], ci: int, cj: int, lex: Lexicon) -> bool:
    """Does ``words[ci:cj]`` open with someone's reported speech, "X ने कहा कि …"?"""
    for m in range(ci, min(cj, ci + MAX_SPEAKER_TOKENS + 1)):
        if words[m] == "ने" or words[m] in ERGATIVE_PRONOUNS:
            return any(_match_at(words, x, lex.speech_cues) for x in range(m + 1, min(cj, m + 8)))
        if _is_punct(words[m]):
            return False
    return False


ANNOUNCING = {"घोषणा", "ऐलान", "एलान"}  # (both spellings of ऐलान are common)
UNSOURCED_HEADS = {"जानकारी", "खबर", "खबरों", "रिपोर्ट्स", "चर्चा", "चर्चाओं"}
SAID_FORMS = {"बोले", "बोला", "बोली", "बोलीं"}
FINITE_BEFORE_AND = {"की", "किया", "किए", "दी", "दिया", "दिए", "ली", "लिया"}


def _after_other_acts(words: list[str], ci: int, cj: int, any_act: bool = False) -> int:
    """Where the content before a cue starts: after another act joined by और ("… की जानकारी ली और
    सुरक्षा बल भेजने का भरोसा दिलाया", "… की समीक्षा की और X को मुआवज़ा देने की घोषणा की") or
    a participle clause ("… पर शोक व्यक्त करते हुए X को … देने की घोषणा की"), else at ``ci``.
    For an announcement not after another statement-like act: "… भंग करने की सिफारिश की और
    चुनाव कराने का ऐलान किया" is one list of acts."""
    starts = [x + 2 for x in range(ci + 1, cj - 1) if words[x] in FINITE_BEFORE_AND and words[x + 1] == "और"
              and (any_act or words[x - 1] not in STATEMENT_ACTS)]
    starts += [x + 1 for x in range(ci + 1, cj - 1) if words[x] == "हुए" and words[x - 1].endswith("ते")]
    return max(starts, default=ci)


# Acts that are statements themselves: an announcement joined to one is a list of acts.
STATEMENT_ACTS = {normalise_token(w) for w in ("सिफारिश", "सिफ़ारिश", "अनुशंसा", "घोषणा", "ऐलान", "एलान", "प्रस्ताव")}


def _announced_act(words: list[str], ci: int, cj: int) -> bool:
    """``X ने परिजनों को चार लाख रुपये देने की घोषणा की``: what is announced before the cue is
    an act (a verbal noun in -ने) in one clause, not a list of things done."""
    return cj > ci and (words[cj - 1].endswith("ने") or words[cj - 1] in ANNOUNCED_PROTESTS) and not any(
        words[x] in FINITE_BEFORE_AND and words[x + 1] == "और" for x in range(ci, cj - 1))


# Protests a party or union announces ("18 नवंबर को चेन्नई में राज्यव्यापी प्रदर्शन का एलान किया"):
# what they will do, as a verbal noun would say it.
ANNOUNCED_PROTESTS = {normalise_token(w) for w in (
    "प्रदर्शन", "धरना", "धरने", "आंदोलन", "हड़ताल", "बहिष्कार", "अनशन", "घेराव", "जाम", "बंद", "मार्च")}


def _new_clause_at(words: list[str], k: int) -> bool:
    """Does a new clause open at ``k`` (", जबकि …", "लेकिन …"): not the content of the cue before it."""
    if k < len(words) and words[k] == ",":
        k += 1
    return k < len(words) and words[k] in CLAUSE_OPENERS


CONTRAST_OPENERS = {"जबकि", "वहीं", "लेकिन", "मगर"}
# Nouns and verbs of speaking that show a clause has a source of its own: "X का दावा/आरोप",
# "X ने कहा/बताया".
SOURCE_NOUNS = NOUN_CUE_HEADS | {"आरोप"}
SPEAKING_WORDS = PREDICATIVE_PASSIVES | SOURCE_NOUNS
CUE_ADVERBS = {"ही", "भी", "पहले", "अब", "तो", "खुद", "स्वयं", "फिर", "कई", "बार", "लगातार"}
RELATIVE_OPENERS = {"जिनकी", "जिनके", "जिनका", "जो", "जिन्होंने", "जिसकी", "जिसके", "जिसका", "जिन्हें"}


def _another_source_at(words: list[str], k: int, j: int) -> bool:
    """Does ", जबकि/वहीं …" at ``k`` open a clause in which another source speaks (… ने, का
    दावा/कहना/मानना/आरोप)?"""
    if not (words[k] == "," and k + 1 < j and words[k + 1] in CONTRAST_OPENERS):
        return False
    span = words[k + 2:min(j, k + 2 + MAX_SPEAKER_TOKENS + 2)]
    if any(a in GENITIVES and b in SOURCE_NOUNS for a, b in zip(span, span[1:])):
        return True
    # "…, जबकि पुलिस ने कहा कि …" (not "…, जबकि विपक्ष ने कुछ नहीं किया", still the content)
    return "ने" in span and any(w in SPEAKING_WORDS for w in words[k + 2:min(j, k + 2 + MAX_CUE_DISTANCE + 4)])


def _content_end(words: list[str], i: int, j: int) -> int:
    """End of content starting at ``i`` in words[:j]: the sentence end, a glued "." after a
    final verb, or ", जबकि …" where another source speaks ("X का कहना है कि …, जबकि Y का दावा है कि …")."""
    for k in range(i, j):
        if words[k] == "." and k > 0 and words[k - 1] in FINAL_WORDS:
            return k
        if k > i + MIN_CONTENT_TOKENS and _another_source_at(words, k, j):
            return k
    return j


def _trim(words: list[str], i: int, j: int) -> tuple[int, int]:
    """Shrink [i, j) past punctuation at both ends (quotes, commas, dandas, dashes)."""
    while i < j and _is_punct(words[i]):
        i += 1
    while j > i and _is_punct(words[j - 1]):
        j -= 1
    return i, j


class _SentenceReader:
    """Finds claims in one sentence."""

    def __init__(self, ctx: _Context, index: int, sent: Sentence, prev: Sentence | None):
        self.ctx = ctx
        self.lex = lexicon()
        self.index = index
        self.sent = sent
        self.prev = prev
        self.toks: list[Token] = sent.tokens
        self.words = [t.norm for t in sent.tokens]
        # (anchor token, speaker, cue text, content token range, cue token range) per claim found
        self.found: list[tuple[int, _Speaker, str, int, int, tuple[int, int]]] = []
        self.previous_claims: list[Claim] = []  # claims whose content is the previous sentence

    # --- speakers -------------------------------------------------------------------------
    def speaker_before(self, end: int) -> tuple[int, _Speaker] | None:
        """The speaker phrase ending just before token ``end``: (its first token, speaker)."""
        words, lex = self.words, self.lex
        if end <= 0:
            return None
        last = words[end - 1]
        if last in lex.pronouns or last in ERGATIVE_PRONOUNS:
            return end - 1, self.pronoun_speaker(end - 1)
        if last == "," and end >= 4 and words[end - 2].isdigit() and words[end - 3] == ",":
            return self.speaker_before(end - 3)  # "दैतारी कुंभार, 52, ने": the age between commas
        if last == "," and end >= 4:
            # "सुरेश चौहान, जिनकी बेटी 11वीं में पढ़ती है, ने कहा": a relative clause between the
            # speaker and ने is left out
            rel = next((x for x in range(end - 2, max(0, end - 2 - MAX_CUE_DISTANCE * 2), -1)
                        if words[x] in RELATIVE_OPENERS and x > 1 and words[x - 1] == ","), None)
            if rel is not None:
                found = self.speaker_before(rel - 1)
                if found is not None:
                    return found
        if last in ALL_QUOTES and end >= 4:
            # "जितेंद्र यादव ‘पिंटू’ ने": a nickname in quotes after the name is no quotation
            opening = next((x for x in range(end - 2, max(0, end - 4), -1) if words[x] in OPEN_QUOTES), None)
            if opening is not None and opening >= 1 and not _is_punct(words[opening - 1]):
                found = self.speaker_before(opening)
                if found is not None:
                    return found
        phrase_end = end
        if last == ")" and "(" in words[max(0, end - 6):end - 1]:
            # "नियंत्रक एवं महालेखा परीक्षक (सीएजी) ने": the abbreviation belongs to the phrase
            end = max(k for k in range(max(0, end - 6), end - 1) if words[k] == "(")
        i = end
        while i > 0 and end - i < MAX_SPEAKER_TOKENS:
            w = words[i - 1]
            if w == "." and i > 1 and (len(words[i - 2]) <= 2 or gz.is_title_prefix(words[i - 2])):
                i -= 1  # "प्रो. के. एल. वर्मा ने": the dot of an initial or a title is inside the name
                continue
            if w == ")" and i < end and "(" in words[max(0, i - 5):i - 1]:
                # "राष्ट्रीय अपराध रिकॉर्ड ब्यूरो (एनसीआरबी) के आंकड़ों": an abbreviation inside the phrase
                i = max(x for x in range(max(0, i - 5), i - 1) if words[x] == "(")
                continue
            if (_is_punct(w) and w != "-") or w.isdigit() or self.in_date(i - 1):
                break  # ("साढ़े नौ बजते ही पुलिस ने": the time is no part of the speaker)
            if w in SPEAKER_STOPS and not (w == "की" and i - 1 > 0 and i < end and words[i - 2] not in GENITIVES) \
                    and not (i == end and w in CLAUSE_OPENERS and words[end] == "ने" and i > 1):
                break  # (a conjunction cannot take ने: "राजन थापा मगर ने" ends in a surname)
            if w in CONJUNCTIONS and end - i > 3:
                break
            i -= 1
        while i < end and (words[i] in CONJUNCTIONS or words[i] in GENITIVES or words[i] == "-"):
            i += 1
        if i >= end:
            return None
        return i, self.classify(i, phrase_end)

    def before_date(self, k: int) -> int:
        """``k``, or where a date or an adverb right before it starts ("केंद्र सरकार | इस साल जून
        में | घोषणा कर चुकी है", "वे | पहले ही | कह चुके हैं"): the subject is found before them."""
        j = k
        while j > 0 and self.words[j - 1] in CUE_ADVERBS:
            j -= 1
        if j > 1 and self.words[j - 1] in ("में", "को", "से") and self.in_date(j - 2):
            j -= 1
        while j > 0 and self.in_date(j - 1):
            j -= 1
        return j

    def in_date(self, k: int) -> bool:
        """Does token ``k`` lie inside a date expression?"""
        start, end = self.toks[k].start, self.toks[k].end
        return any(d.start <= start and end <= d.end for d in self.ctx.doc.dates)

    def date_before(self, k: int) -> bool:
        """Does a date expression end right before token ``k`` (or take it in: "सोमवार को")?"""
        start, end = self.toks[k].start, self.toks[k].end
        return any(d.start < end and d.end >= start - 1 for d in self.ctx.doc.dates if d.start < start)

    def person_before(self, j: int, reach: int = 8) -> _Speaker | None:
        """The last person named in the ``reach`` tokens before token ``j`` and not governed by
        a genitive after it (``भगवती बाई पास के चबूतरे पर बैठी कहती हैं``, but not the
        ``रामकिशोर के बेटे`` who speak)."""
        if j <= 0:
            return None
        lo, hi = self.toks[max(0, j - reach)].start, self.toks[j].start
        best = None
        for s, e, ent in self.ctx.mentions:
            if s >= hi:
                break
            if s >= lo and e <= hi and ent.type == "PERSON":
                after = self.ctx.doc.text[e:hi].split()
                best = None if after[:1] and after[0] in GENITIVES else ent
        return _Speaker(best.name, "named", best.id, self.toks[j].start) if best else None

    def agent(self, k: int) -> _Speaker | None:
        """The speaker an ergative at ``k`` marks: a pronoun with ने built in ("उन्होंने") or
        the phrase before "ने"."""
        if self.words[k] in ERGATIVE_PRONOUNS:
            return self.pronoun_speaker(k)
        found = self.speaker_before(k)
        return found[1] if found else None

    def pronoun_speaker(self, k: int) -> _Speaker:
        pos = self.toks[k].start
        found = self.ctx.antecedent(pos)
        if found:
            return _Speaker(found.text, "named", found.entity_id, pos)
        return _Speaker(self.ctx.doc.text[self.toks[k].start:self.toks[k].end], "named", None, pos)

    def classify(self, i: int, end: int) -> _Speaker:
        words, lex, toks = self.words, self.lex, self.toks
        start_off, end_off = toks[i].start, toks[end - 1].end
        pos = start_off
        found = self.ctx.entity_in(start_off, end_off)
        phrase = words[i:end]
        joint = self.joint_persons(start_off, end_off)
        if joint is not None:
            return _Speaker(joint[0], "named", joint[1], pos)
        if found is not None:
            ent, mention_start, mention_end = found
            # "कांग्रेस प्रवक्ता", "कांग्रेस के सूत्रों": a party or body followed by the one who speaks
            # for it is not itself the speaker; a person named anywhere in the phrase is.
            # "रोहित की मां", "रामकिशोर के बेटे": someone identified through the person speaks.
            trailing = self.ctx.doc.text[mention_end:end_off].split()
            if not trailing or (ent.type == "PERSON" and trailing[0] not in GENITIVES):
                # a party speaks as the text names it ("डीएमके ने", "भाजपा ने"; guidelines: "the
                # source as the text names it"); speaker_id links it to the party's canonical entry
                name = (" ".join(self.ctx.doc.text[mention_start:mention_end].split())
                        if ent.type == "PARTY" else ent.name)
                return _Speaker(name, "named", ent.id, pos)
            if ent.type != "PERSON" and phrase[-1] in DOCUMENT_HEADS:
                # "आयोग की एक नई रिपोर्ट में कहा गया": the body speaks through its report
                return _Speaker(ent.name, "named", ent.id, pos)
        head = phrase[-1]
        if ("सूत्रों" in phrase or "सूत्र" in phrase or "छापने" in phrase
                or (phrase[0] in lex.anonymous_quantifiers and len(phrase) <= 4)
                or _one_of_a_body(phrase, lex)
                or head in lex.anonymous_heads
                or (head.endswith("ों") and head not in lex.pronouns and len(head) > 3)):
            return _Speaker(self.text(i, end), "anonymous", None, pos)
        while i < end - 1 and words[i] in lex.determiners:
            i += 1
        core = words[i:end]
        holder = self.ctx.role_holder(core, pos) if len(core) <= 3 else None
        if holder is None and len(core) == 2 and gz.is_role(core[1]):
            # "जदयू विधायक ने कहा": the party's MLA named before ("स्थानीय विधायक रमेश चौधरी")
            party = next((m for m in gz.find_gazetteer_mentions(core[:1]) if m.type == gz.PARTY), None)
            holder = self.ctx.role_holder(core[1:], pos) if party is not None else None
            person = next((e for e in self.ctx.doc.entities if holder and e.id == holder.entity_id), None)
            if person is not None and person.party and not any(
                    e.id == person.party and e.name == party.name for e in self.ctx.doc.entities):
                holder = None  # another party's MLA
        if holder is not None:
            return _Speaker(holder.text, "named", holder.entity_id, pos)
        body = self.body_named_before(core, pos) if len(core) == 1 else None
        if body is not None:
            return _Speaker(body.name, "named", body.id, pos)
        return _Speaker(self.text(i, end), "named", None, pos)

    def body_named_before(self, core: list[str], pos: int) -> Entity | None:
        """The body a bare "पार्टी", "अदालत", "संगठन" or "कंपनी" stands for: the last one of its
        kind the article named before ("समाजवादी पार्टी … पार्टी ने कहा", "पटना उच्च न्यायालय …
        अदालत ने कहा")."""
        kind = GENERIC_BODY_SPEAKERS.get(core[0])
        if kind is None:
            return None
        found = None
        for s, e, ent in self.ctx.mentions:
            if s >= pos:
                break
            name = normalise_token(ent.name).split()
            if kind == "PARTY" and ent.type == "PARTY":
                found = ent
            elif kind != "PARTY" and ent.type == "ORG" and any(w in kind for w in name):
                found = ent
        return found

    def joint_persons(self, start: int, end: int) -> tuple[str, str] | None:
        """"X और Y ने कहा": two or more people joined by conjunctions speak together.

        Returns the joint name (canonical names, the text's conjunctions) and the first one's id.
        """
        people = [(s, e, ent) for s, e, ent in self.ctx.persons if s >= start and e <= end]
        if len(people) < 2:
            return None
        text = self.ctx.doc.text
        names = [people[0][2].name]
        for (_, prev_end, _), (s, _, ent) in zip(people, people[1:]):
            between = text[prev_end:s].strip()
            if normalise_token(between) not in CONJUNCTIONS and between != ",":
                return None
            names += [between, ent.name]
        if text[people[-1][1]:end].strip():
            return None  # "X और Y के वकील": someone else speaks
        return " ".join(names).replace(" , ", ", "), people[0][2].id

    def text(self, i: int, j: int) -> str:
        return self.ctx.doc.text[self.toks[i].start:self.toks[j - 1].end]

    def written_source(self, k: int) -> Entity | None:
        """The author in "X की/के … <document> में" before token ``k``: a book, report, letter, tweet."""
        words = self.words
        for m in range(k - 1, 0, -1):
            if words[m] == "में" and words[m - 1] in WRITTEN_SOURCES:
                # the genitive before the document, at most 6 words back, closes the author's name
                for g in range(m - 2, max(0, m - 8), -1):
                    if words[g] in GENITIVES:
                        found = self.ctx.entity_in(self.sent.start, self.toks[g].start)
                        if found is not None and found[2] == self.toks[g - 1].end:
                            return found[0]
                        return None
                return None
        return None

    def recent_body(self, sentences: int = ISSUER_REACH) -> Entity | None:
        """The party or organisation named last in the few sentences before this one."""
        first = self.ctx.doc.sentences[max(0, self.index - sentences)].start
        found = None
        for s, e, ent in self.ctx.mentions:
            if e > self.sent.start:
                break
            if s >= first and ent.type != "PERSON":
                found = ent
        return found

    def body_by_head(self, k: int) -> Entity | None:
        """The organisation named earlier whose head noun this sentence uses before token ``k``
        ("स्वास्थ्य विभाग" ... "विभाग की ओर से")."""
        return self.ctx.doc.body_named_before(set(self.words[:k]), self.sent.start)

    def bare_issuer(self, sp_start: int) -> str | None:
        """The unnamed body a document is issued by, just before it: "पुलिस द्वारा (बुधवार को)
        जारी", "जिला प्रशासन की ओर से जारी"."""
        words = self.words
        for x in range(sp_start - 1, max(0, sp_start - 6) - 1, -1):
            if words[x] == "द्वारा":
                end = x
            elif words[x] == "से" and x > 1 and words[x - 1] == "ओर" and words[x - 2] == "की":
                end = x - 2
            else:
                continue
            if end > 0 and words[end - 1] in FIGURE_KEEPERS:
                start = end - 1
                if start > 0 and words[start - 1] in BODY_QUALIFIERS:
                    start -= 1
                return " ".join(self.ctx.doc.text[self.toks[start].start:self.toks[end - 1].end].split())
            return None
        return None

    def issuing_body(self, k: int) -> Entity | None:
        """The first party/organisation named before token ``k`` that is not a recipient (``X को``)."""
        for s, e, ent in self.ctx.mentions:
            if s < self.sent.start or ent.type == "PERSON":
                continue
            if s >= self.toks[k].start:
                break
            after = [t.norm for t in self.toks if t.start >= e][:3]
            if "को" not in after:
                return ent
        return None

    # --- recording -------------------------------------------------------------------------
    def add(self, anchor: int, speaker: _Speaker, cue: tuple[int, int], content: tuple[int, int],
            kind: str = "indirect", min_tokens: int = MIN_CONTENT_TOKENS) -> bool:
        ci, cj = _trim(self.words, *content)
        if cj - ci < min_tokens - (1 if kind == "direct" else 0):
            return False
        if self.words[cj - 1] in IMPERATIVES:
            return False  # "… कहा कि वे मदद बंद करें": a request, not a claim
        if cue[0] == cj and self.words[cj - 1] in ("नहीं", "न") and not _is_punct(self.words[cue[0]]):
            return False  # "स्टाफ ने परिजनों को कुछ नहीं बताया": nothing was said
        if any(a <= cue[0] and cue[1] <= b for _, _, _, a, b, _ in self.found):
            return False  # a report inside reported content ("आरोप लगाया कि … स्टाफ ने … बताया")
        if kind == "indirect" and self.in_quotation(cue[0], cue[1]):
            # a report inside a quotation ('X ने कहा, "मंत्री जी ने भरोसा दिलाया है कि …"'): the
            # quotation is the claim, and its inner speaker no antecedent for a later उन्होंने
            return False
        self.found.append((anchor, speaker, self.text(*cue), ci, cj, cue))
        self.remember(speaker, anchor)
        return True

    def in_quotation(self, k: int, j: int | None = None) -> bool:
        """Do tokens [k, j) (one token by default) lie inside a quotation's marks?"""
        cs, ce = self.toks[k].nstart, self.toks[(j or k + 1) - 1].nend
        return any(a <= cs and ce <= b for a, b in self.ctx.quotations)

    def remember(self, speaker: _Speaker, anchor: int) -> None:
        """Record a named speaker at once, so later pronouns and bare roles (even in this sentence) find it."""
        if speaker.type == "named" and speaker.text:
            self.ctx.speakers.append(_Speaker(speaker.text, "named", speaker.entity_id, self.toks[anchor].start))

    def add_previous_sentence(self, anchor: int, speaker: _Speaker, cue: tuple[int, int]) -> None:
        """``X ने इसकी जानकारी दी``: the claim is what the previous sentence said."""
        if self.prev is None:
            return
        words = [t.norm for t in self.prev.tokens]
        i, j = _trim(words, 0, len(words))
        if j - i < MIN_CONTENT_TOKENS:
            return
        doc = self.ctx.doc
        start, end = self.prev.tokens[i].start, self.prev.tokens[j - 1].end
        if any(cs < end and start < ce for cs, ce in self.ctx.contents):
            return  # the sentence before is someone else's claim ("माना जा रहा है कि …"), not this one's
        # "… राख हो गई। … झुलस गए। अधिकारियों ने यह जानकारी दी": what it tells is the paragraph so far
        for back in range(self.index - 2, max(-1, self.index - 4), -1):
            earlier = doc.sentences[back]
            if "\n" in doc.text[earlier.end:start] or back == 0 or any(
                    cs < start and earlier.start < ce for cs, ce in self.ctx.contents):
                break  # (not over a paragraph break, the title, or another claim)
            start = earlier.start
        lead = DATELINE_LEAD_RE.match(doc.text, start, end)
        if lead:
            start = lead.end()  # (the report's dateline is no part of what was told)
        self.previous_claims.append(Claim(speaker=speaker.text, speaker_type=speaker.type, cue=self.text(*cue),
                                     text=doc.text[start:end], kind="indirect", start=start, end=end,
                                     sentence=self.index - 1, speaker_id=speaker.entity_id,
                                     cue_start=self.toks[cue[0]].start, cue_end=self.toks[cue[1] - 1].end))
        self.remember(speaker, anchor)

    # --- patterns --------------------------------------------------------------------------
    def read(self) -> None:
        words = self.words
        n = len(words)
        taken: set[int] = set()  # cue token indexes already used by a pattern
        for k, w in enumerate(words):
            if w == "ने" or w in ERGATIVE_PRONOUNS:
                self.reported_verb(k, taken)
            if w == "ने" and not self.in_quotation(k):
                # (a subject inside a quotation is the quoted speaker's: no antecedent outside it)
                found = self.speaker_before(k)
                if found and found[1].type == "named" and words[k - 1] not in self.lex.pronouns and (
                        not self.ctx.persons or (found[1].entity_id is None and gz.is_role(
                            " ".join(normalise_token(x) for x in found[1].text.split())))):
                    # (with people in the story, only a bare office: "मुख्यमंत्री ने … दुख जताया।
                    # उन्होंने ट्वीट किया" is the chief minister, not the person named before)
                    self.ctx.subjects.append(found[1])
        for k in range(n):
            if k not in taken:
                self.noun_cue(k, taken)
        for k in range(n):
            if k not in taken:
                self.according(k, taken)
        for k in range(n):
            if k not in taken:
                self.said_dash(k, taken)
        for k in range(n):
            if k not in taken:
                self.habitual(k, taken)
        for k in range(n):
            if k not in taken:
                self.predicative(k, taken)
        for k in range(n):
            if k not in taken:
                self.unattributed(k, taken)
        for k in range(n):
            if k not in taken:
                self.inverted(k, taken)
        self.headline()

    def after_cue(self, j: int) -> int:
        """Skip auxiliaries after a cue."""
        while j < len(self.words) and self.words[j] in AUXILIARIES:
            j += 1
        return j

    def reported_verb(self, k: int, taken: set[int]) -> None:
        words, lex = self.words, self.lex
        n = len(words)
        fused = words[k] in ERGATIVE_PRONOUNS
        quoted_words = False
        for j in range(k + 1, min(n, k + 1 + MAX_BETWEEN_DISTANCE)):
            w = words[j]
            if w in ALL_QUOTES:
                quoted_words = True  # "विपक्ष पर "डर की राजनीति" करने का आरोप लगाया": a phrase quoted inside
                continue
            if w == "कि" or w == "ने" or w in ERGATIVE_PRONOUNS or (_is_punct(w) and w != "-"):
                return
            request = _match_at(words, j, lex.request_cues)
            if request:
                if j + len(request) < n and words[j + len(request)] == "और":
                    continue  # "… के आदेश दिए और … देने की घोषणा की": a second act may be a statement
                return
            cue = _match_at(words, j, lex.speech_cues)
            if cue is None:
                continue
            if quoted_words and not (cue in lex.between_cues and cue[0] in GENITIVES):
                # ("इन्हें 'शिष्टाचार भेंट' बताया और कहा कि …": the words quoted and their cue are the
                # quotation reader's; a cue after और may still report something)
                quoted_words = False
                continue
            after_k = self.after_cue(j + len(cue))
            if j - k > MAX_CUE_DISTANCE and cue not in lex.between_cues and not (
                    after_k < n and words[after_k] == "कि"):
                return  # too far for a cue whose content follows it (unless कि opens it)
            cue_end = j + len(cue)
            # "X से … करने को कहा", "शामिल होने के लिए कहा": instructions, not claims
            if cue[-1] in ("कहा", "कही") and words[j - 1] in ("को", "लिए") and j - 1 > k \
                    and not self.date_before(j - 1):
                return  # (but "X ने सोमवार को कहा कि": the को of a date)
            if fused:
                speaker = self.pronoun_speaker(k)
                sp_start = k
            else:
                found = self.speaker_before(k)
                if found is None:
                    return
                sp_start, speaker = found
            quoted = self.quoted_source(k, j)
            if quoted is not None:
                speaker = quoted  # "एएफ़पी ने X के एक अधिकारी के हवाले से बताया कि": X's official speaks
            after = aux_end = self.after_cue(cue_end)
            if cue[:2] == ("कहते", "हुए") or cue[:2] == ("कहते", "हुये"):
                # "X ने यह कहते हुए … कि Y": the content is after the next कि
                if "कि" in words[after:]:
                    after = words.index("कि", after)
            taken.update(range(j, cue_end))
            end = _content_end(words, after, n)
            cue_span = (j, aux_end)  # the cue with its auxiliaries: "कहा है"
            if after < n and words[after] == "कि":
                self.add(k, speaker, cue_span, (after + 1, _content_end(words, after + 1, n)))
            elif after < n and words[after] in OPEN_QUOTES:
                return  # a quotation follows: the quotation reader takes it
            elif after < n and words[after] in (",", ":", "-") and after + 1 < n and words[after + 1] in OPEN_QUOTES:
                return
            elif _trim(words, after, end)[1] - _trim(words, after, end)[0] >= MIN_CONTENT_TOKENS \
                    and words[after] not in CONJUNCTIONS and not _new_clause_at(words, after) and not (
                        # "X ने इसे … की कोशिश बताया है, वहीं …": what was called so stands before
                        # the cue; after the comma another clause starts
                        words[after] == "," and (cue in lex.between_cues or cue[-1] in PREDICATIVE_PASSIVES)
                        and j - k - 1 >= MIN_CONTENT_TOKENS and cue[-1] not in ("कहा", "कही")):
                # (not "… की घोषणा की और जांच के आदेश दिए": a second act, not what was announced)
                self.add(k, speaker, cue_span, (after, end))
            elif cue in lex.between_cues and cue[0] in GENITIVES and j - k - 1 >= MIN_CONTENT_TOKENS + 1:
                # "X ने इस प्रदर्शन को समर्थन देने की बात कही": the content is before the cue,
                # even with an anaphoric word in it
                ci = k + 1
                while ci < j and words[ci] in ("भी", "ही", "तो"):
                    ci += 1
                ci = _after_other_acts(words, ci, j, any_act=not ANNOUNCING & set(cue))
                if ANNOUNCING & set(cue) and not _announced_act(words, ci, j):
                    return  # "… की सिफ़ारिश की और चुनाव का ऐलान किया": an event, not a statement
                self.add(k, speaker, cue_span, (ci, j))
            elif set(words[k + 1:j]) & ANAPHORIC_OBJECTS and cue[-1] in ("दी", "कही"):
                self.add_previous_sentence(k, speaker, (j, cue_end))
            elif sp_start > 1 and words[sp_start - 1] == "," and sp_start - 1 >= MIN_CONTENT_TOKENS \
                    and not any(_match_at(words, x, lex.according_cues) for x in range(sp_start - 1)):
                # "Y, उन्होंने कहा।" (but "सूत्रों के मुताबिक़, X ने … आशंका जताई": the sources say so)
                self.add(k, speaker, cue_span, (0, sp_start - 1))
            elif cue in lex.between_cues or cue[-1] in ("बताया", "बताई", "बताए", "माना"):
                ci, cj = k + 1, j
                # drop "का"/"की बात" glue before the cue: "… करने का आरोप लगाया"
                while cj > ci and words[cj - 1] in GENITIVES | {"बात"}:
                    cj -= 1
                ci = _after_other_acts(words, ci, cj, any_act=not ANNOUNCING & set(cue))
                if ANNOUNCING & set(cue) and not _announced_act(words, ci, cj):
                    return  # "… की सिफ़ारिश की और चुनाव का ऐलान किया": an event, not a statement
                self.add(k, speaker, cue_span, (ci, cj))
            self.also_said(k, j, aux_end, speaker, taken)
            return

    def also_said(self, k: int, j: int, aux_end: int, speaker: _Speaker, taken: set[int]) -> None:
        """What the speaker of the cue at ``j`` said besides: "… की घोषणा की और कहा कि Y" (a second
        cue after और), "इन आरोपों को बेबुनियाद बताते हुए कहा कि …" (what was called so on the way)."""
        words, lex = self.words, self.lex
        n = len(words)
        if aux_end + 1 < n and words[aux_end] in CONJUNCTIONS:
            cue2 = _match_at(words, aux_end + 1, lex.speech_cues)
            if cue2:
                a2 = self.after_cue(aux_end + 1 + len(cue2))
                if a2 < n and words[a2] == "कि":
                    taken.update(range(aux_end + 1, aux_end + 1 + len(cue2)))
                    self.add(k, speaker, (aux_end + 1, a2), (a2 + 1, _content_end(words, a2 + 1, n)))
        for b in range(k + 2, j):
            if tuple(words[b:b + 2]) in (("बताते", "हुए"), ("बताते", "हुये")) and any(
                    w == "को" or w in lex.dative_objects for w in words[k + 1:b]):
                self.add(k, speaker, (b, b + 2), (k + 1, b), min_tokens=2)
                break

    def quoted_source(self, k: int, j: int) -> _Speaker | None:
        """The source named by "… के हवाले से" between the agent at ``k`` and the cue at ``j``."""
        words = self.words
        for m in range(k + 2, j - 1):
            if words[m] == "के" and words[m + 1] == "हवाले" and m + 2 < j and words[m + 2] == "से":
                i = m
                while i > k + 1 and not _is_punct(words[i - 1]) and m - i < MAX_SPEAKER_TOKENS:
                    i -= 1
                return self.classify(i, m) if i < m else None
        return None

    def noun_cue_at(self, k: int) -> tuple[tuple[str, ...], _Speaker] | None:
        """The noun cue starting at token ``k`` (``X का कहना``, ``उनका मानना``) and its speaker."""
        words = self.words
        if words[k] in PRONOUN_GENITIVES and k + 1 < len(words) and words[k + 1] in NOUN_CUE_HEADS:
            return (words[k], words[k + 1]), self.pronoun_speaker(k)
        cue = _match_at(words, k, self.lex.noun_cues)
        if cue and k > 0 and words[k - 1].endswith("ने") and len(words[k - 1]) > 3:
            return None  # "पानी नदी में छोड़ने का आरोप, …": the deed alleged, not who alleges it
        found = self.speaker_before(k) if cue else None
        if found and any(w in VERBS_TAKING_NOUN_CUES for w in words[found[0]:k]):
            return None  # "सपा ने भाजपा पर लगाया प्रशासन के दुरुपयोग का आरोप": the noun is an object
        return (cue, found[1]) if found else None

    def noun_cue(self, k: int, taken: set[int]) -> None:
        words = self.words
        n = len(words)
        hit = self.noun_cue_at(k)
        if hit is None:
            return
        cue, speaker = hit
        cue_end = k + len(cue)
        after = self.after_cue(cue_end)
        if after + 1 < n and words[after] in (",", ":", "-") and words[after + 1] in OPEN_QUOTES:
            taken.update(range(k, cue_end))
            return  # "उनका कहना था, "…"": the quotation reader takes it whole
        if after < n and words[after] in ("कि", ",", ":"):
            taken.update(range(k, cue_end))
            self.add(k, speaker, (k, after), (after + 1, _content_end(words, after + 1, n)))
        elif cue[-1] == "तो" and after < n:
            # "सूत्रों की मानें तो X": what follows is theirs
            ci, cj = _trim(words, after, _content_end(words, after, n))
            if cj - ci > MIN_CONTENT_TOKENS:
                taken.update(range(k, cue_end))
                self.add(k, speaker, (k, cue_end), (ci, cj))
        # (else the words are free for another reader: "… करने का आरोप लगाया गया है" is unattributed)

    def according(self, k: int, taken: set[int]) -> None:
        words, lex = self.words, self.lex
        n = len(words)
        if words[k] == "बकौल":
            stop = next((j for j in range(k + 1, min(n, k + 8)) if words[j] == ","), None)
            if stop is None:
                return
            speaker = self.classify(k + 1, stop)
            taken.add(k)
            self.add(k, speaker, (k, k + 1), (stop + 1, _content_end(words, stop + 1, n)))
            return
        cue = _match_at(words, k, lex.according_cues)
        if cue is None and words[k] in PRONOUN_OBLIQUE_GENITIVES and k + 1 < n and words[k + 1] in ("अनुसार", "मुताबिक"):
            cue = (words[k], words[k + 1])  # "उनके अनुसार": the pronoun carries the के
        if cue is None:
            return
        if cue[0] in PRONOUN_OBLIQUE_GENITIVES:
            sp_start, speaker = k, self.pronoun_speaker(k)
        elif k > 0 and words[k - 1] in PRONOUN_OBLIQUE_GENITIVES:
            sp_start, speaker = k - 1, self.pronoun_speaker(k - 1)
        else:
            found = self.speaker_before(k)
            if found is None:
                return
            sp_start, speaker = found
            if words[k - 1] in FIGURES and sp_start < k - 2 and (
                    speaker.entity_id is not None or words[k - 3] in FIGURE_KEEPERS):
                # "स्वास्थ्य विभाग के आंकड़ों के अनुसार", "जिला प्रशासन के आंकड़ों के अनुसार": the body
                # speaks through its figures
                if speaker.entity_id is None:
                    speaker = _Speaker(" ".join(self.ctx.doc.text[self.toks[sp_start].start:
                                                                 self.toks[k - 3].end].split()),
                                       "named", None, self.toks[sp_start].start)
            elif words[k - 1] in lex.non_sources or any(w in lex.non_sources for w in words[sp_start:k][-1:]):
                return
            if words[k - 1] in UNSOURCED_HEADS:
                # "जानकारी के मुताबिक़", "मिली जानकारी के अनुसार": reported, by no one named
                speaker = _Speaker(None, "unattributed", None, self.toks[sp_start].start)
            if speaker.entity_id is None and (set(words[sp_start:k]) & ISSUED_DOCUMENTS or ISSUED in words[sp_start:k]):
                # "एक अन्य नोटिफिकेशन के अनुसार": the body that issued it speaks; "विभाग की ओर
                # से जारी एडवाइजरी": the department named earlier; "पुलिस द्वारा जारी प्रेस नोट":
                # the bare body named as its issuer
                body = self.issuing_body(k) or self.body_by_head(k)
                bare = self.bare_issuer(sp_start) if body is None else None
                if body is None and bare is None:
                    body = self.recent_body()
                pos = self.toks[sp_start].start
                speaker = (_Speaker(body.name, "named", body.id, pos) if body is not None
                           else _Speaker(bare, "named", None, pos) if bare
                           else _Speaker(speaker.text, "anonymous", None, pos))
        cue_end = k + len(cue)
        taken.update(range(k, cue_end))
        ci, cj = _trim(words, cue_end, _content_end(words, cue_end, n))
        if _reports_speech(words, ci, cj, lex) or (cue_end < n and words[cue_end] in ("बताया", "कहा")):
            # "रॉयटर्स के मुताबिक़ X ने कहा कि Y", "एएफ़पी ने X के हवाले से बताया कि Y": the reported
            # verb reads the claim, with its speaker
            return
        if cj - ci > MIN_CONTENT_TOKENS:  # "के अनुसार" also introduces manner: want a clause after it
            self.add(k, speaker, (k, cue_end), (ci, cj))
        elif sp_start > 0:
            self.add(k, speaker, (k, cue_end), (0, sp_start))

    def said_dash(self, k: int, taken: set[int]) -> None:
        """``राहुल गांधी बोले- महंगाई पर चर्चा से भाग रही है सरकार``: a headline's "X said-"."""
        words, n = self.words, len(self.words)
        if words[k] not in SAID_FORMS or k + 2 >= n or words[k + 1] not in ("-", ":", "—"):
            return
        found = self.speaker_before(k)
        if found is None:
            return
        taken.update(range(k, k + 2))
        self.add(k, found[1], (k, k + 1), (k + 2, _content_end(words, k + 2, n)))

    def habitual(self, k: int, taken: set[int]) -> None:
        words, lex = self.words, self.lex
        n = len(words)
        cue = _match_at(words, k, lex.habitual_cues)
        if cue is None:
            return
        after = self.after_cue(k + len(cue))
        if after >= n or words[after] != "कि":
            return
        found = self.speaker_before(self.before_date(k))
        if found is None:
            return
        taken.update(range(k, after))
        self.add(k, found[1], (k, after), (after + 1, _content_end(words, after + 1, n)))

    def predicative(self, k: int, taken: set[int]) -> None:
        """``X Y को Z मानती है``, ``X इसे Z बताते हैं``: X holds or calls Y Z (no कि).

        The speaker must open the clause as a named body or person (``बर्मा की
        सरकार``, ``राजा``), a pronoun, or, before a dative pronoun object, any
        noun phrase; the content is the object and what it is held to be."""
        words, lex = self.words, self.lex
        n = len(words)
        cue = _match_at(words, k, lex.predicative_cues)
        if cue is None:
            return
        after = self.after_cue(k + len(cue))
        if after == k + len(cue) and cue[-1] not in ("रहे", "रही"):
            return  # "मानते हुए", "बताते चलें": not a finite habitual verb
        if after < n and words[after] not in CLAUSE_ENDS:
            return
        obj = None
        for j in range(k - 1, max(-1, k - 1 - MAX_CUE_DISTANCE), -1):
            w = words[j]
            if w in ("कि", "ने") or w in ERGATIVE_PRONOUNS or (_is_punct(w) and w != "-"):
                return
            if w in lex.dative_objects:
                obj = j
                break
        if obj is None or obj >= k - 1:
            return
        start = obj
        while start > 0 and not (_is_punct(words[start - 1]) and words[start - 1] != "-") \
                and words[start - 1] not in ("कि", "और", "लेकिन", "मगर", "जबकि"):
            start -= 1
        if start > 0 and words[start - 1] == "कि":
            return  # inside reported content: the outer claim holds it
        i = start
        while i < obj and words[i] in lex.determiners and words[i] not in lex.pronouns:
            i += 1
        if i >= obj:
            return
        if words[i] in lex.pronouns:
            sp_end = i + 1
            speaker = self.pronoun_speaker(i)
        else:
            sp_end = self.named_phrase_end(i, obj)
            if sp_end is None or (sp_end >= obj and words[obj] == "को"):
                if words[obj] == "को":
                    return  # no telling where the speaker ends and the object begins
                sp_end = obj
            speaker = self.classify(i, sp_end)
        content = (sp_end, k)
        if _trim(words, *content)[0] > obj and words[obj] == "को":
            return  # nothing but the predicate: the object is the speaker's own phrase
        taken.update(range(k, after))
        # ("पुलिस इसे ख़ुदकुशी बता रही है": a pronoun object and what it is called are the claim)
        self.add(k, speaker, (k, after), content, min_tokens=2)

    def named_phrase_end(self, i: int, limit: int) -> int | None:
        """End of the named source opening at token ``i`` (a person, party or organisation
        mention, or ``X की सरकार``), taking its genitive tail (``बर्मा की सरकार``)."""
        words, toks = self.words, self.toks
        end = None
        # the mention may follow a role or title (मंत्री रमेश वर्मा)
        opening = toks[min(i + NAMED_SOURCE_LEAD, limit - 1)].start
        for s, e, _ent in self.ctx.mentions:
            if toks[i].start <= s <= opening:
                first = next(t for t in range(i, limit + 1) if t == limit or toks[t].start >= s)
                if first > i and not gz.is_role(" ".join(words[i:first])) and not gz.strip_titles(words[i:first + 1])[1]:
                    return None  # not a role before the name: the mention is not the clause's subject
                end = next((t + 1 for t in range(i, limit) if toks[t].end == e), None)
                break
            if s > opening:
                break
        if end is None and i + 2 < limit and words[i + 1] in GENITIVES and words[i + 2] in INSTITUTIONS:
            end = i + 1
        if end is None:
            return None
        while end + 1 < limit and words[end] in GENITIVES and words[end + 1] in INSTITUTIONS:
            end += 2
        return end

    def inverted(self, k: int, taken: set[int]) -> None:
        """``Y, यह कहना है X का।``: content first, the speaker after the cue."""
        words = self.words
        n = len(words)
        if not (words[k] in ("यह", "ऐसा") and words[k + 1:k + 3] in (["कहना", "है"], ["कहना", "था"],
                                                                      ["मानना", "है"], ["दावा", "है"])):
            return
        genitive = next((j for j in range(k + 4, min(n, k + 4 + MAX_SPEAKER_TOKENS))
                         if words[j] in GENITIVES), None)
        if genitive is None or any(not _is_punct(w) for w in words[genitive + 1:]):
            return
        taken.update(range(k, k + 3))
        self.add(k, self.classify(k + 3, genitive), (k, k + 3), (0, k))

    def headline(self) -> None:
        """``Y : X`` closing a line without a full stop (a headline): X's words Y."""
        words = self.words
        n = len(words)
        if n < 6 or words[-1] in ("।", ".", "?", "!") or ":" not in words:
            return
        colon = max(k for k, w in enumerate(words) if w == ":")
        tail = words[colon + 1:]
        if not 1 <= len(tail) <= MAX_HEADLINE_SPEAKER or any(_is_punct(w) or w[0].isdigit() for w in tail):
            return
        # the headline starts after the previous colon or after a sentence glued before it
        start = max((k for k, w in enumerate(words[:colon]) if w in (":", "।", "?", "!")
                     or (w == "." and k > 0 and words[k - 1] in FINAL_WORDS)), default=-1) + 1
        if colon - start < 4 or words[colon - 1] in IMPERATIVES or self.only_a_date(start, colon):
            return  # (nor a timeline's entry: "9 अगस्त, रात 11:40 बजे : पूरनपुर में गिरफ्तारी")
        self.add(colon, self.classify(colon + 1, n), (colon, colon + 1), (start, colon))

    def only_a_date(self, i: int, j: int) -> bool:
        """Are tokens [i, j) only dates and times (and the commas between them)?"""
        dated = [(d.start, d.end) for d in self.ctx.doc.dates]
        return all(_is_punct(self.words[k]) or any(s <= self.toks[k].start and self.toks[k].end <= e for s, e in dated)
                   for k in range(i, j))

    def unattributed(self, k: int, taken: set[int]) -> None:
        words, lex = self.words, self.lex
        n = len(words)
        cue = _match_at(words, k, lex.unattributed_cues)
        j = k + len(cue) if cue else k
        if cue is None and words[k] in ("कहा", "माना", "बताया", "समझा"):
            # "कहा तो यह भी जा रहा है कि": fillers between the verb and जा
            m = k + 1
            while m < n and m - k <= 4 and words[m] in ("तो", "यह", "भी", "ऐसा", "ही"):
                m += 1
            if m > k + 1 and m + 1 < n and words[m] == "जा" and words[m + 1] in ("रहा", "रही", "रहे"):
                j = m + 2
                cue = tuple(words[k:j])
        if cue is None:
            return
        after = self.after_cue(j)
        # "… शॉर्ट सर्किट से आग लगने की आशंका जताई जा रही है": what is feared, before the genitive
        # (and "… पर मछुआरों पर हमला करने का आरोप लगा था": what is alleged, by no one named)
        feared = (cue[0] in SUSPICION_NOUNS or cue[0] == "आरोप") and k > 1 and words[k - 1] in ("की", "का")
        if (after >= n or _is_punct(words[after])) and (feared or (
                cue[0] in PREDICATIVE_PASSIVES and k > 0 and words[k - 1] not in ("को", "लिए"))):
            # (not "… न निकलने को कहा गया") "घायलों में से छह की हालत गंभीर बताई जा रही है": the
            # clause before the cue is what is said, by no one named
            end = k - 1 if feared else k
            ci = end
            while ci > 0 and not _is_punct(words[ci - 1]) and words[ci - 1] not in CLAUSE_OPENERS:
                ci -= 1
            if end - ci >= MIN_CONTENT_TOKENS + 1 and not any(a < k and ci < b for _, _, _, a, b, _ in self.found):
                taken.update(range(k, after))
                self.add(k, _Speaker(None, "unattributed", None, self.toks[k].start), (k, after), (ci, end))
            return
        if after >= n or words[after] != "कि":
            return
        if k > 0 and words[k - 1] in ("भी",) and k > 1 and words[k - 2] == "ने":
            return
        taken.update(range(k, after))
        speaker = _Speaker(None, "unattributed", None, self.toks[k].start)
        author = self.written_source(k)
        if author is not None:
            # "X की हाल ही में प्रकाशित किताब में ज़िक्र है कि": X wrote it
            speaker = _Speaker(author.name, "named", author.id, self.toks[k].start)
        elif cue[0] in ("कहा", "बताया") and cue[1:2] == ("गया",):
            # "X द्वारा जारी पत्र में कहा गया है": the body named in the sentence is the source
            ent = self.issuing_body(k)
            if ent is not None:
                speaker = _Speaker(ent.name, "named", ent.id, self.toks[k].start)
        self.add(k, speaker, (k, after), (after + 1, _content_end(words, after + 1, n)))


def _quotations(doc: Document) -> list[tuple[int, int]]:
    """View spans (inside the marks) of balanced quotations."""
    text = doc.norm_text
    spans = []
    i = 0
    n = len(text)
    while i < n:
        found = OPEN_QUOTE_RE.search(text, i)
        if found is None:
            break
        i = found.start()
        ch = text[i]
        if ch in OPEN_QUOTES:
            close = QUOTE_PAIRS[ch]
            if ch == "'" and i > 0 and text[i - 1].isalnum():
                i += 1
                continue  # an apostrophe
            j = text.find(close, i + 1, min(n, i + 1 + MAX_QUOTE_CHARS))
            if ch == "'":
                while j != -1 and j + 1 < n and text[j + 1].isalnum():
                    j = text.find(close, j + 1, min(n, i + 1 + MAX_QUOTE_CHARS))
            if j == -1 or "\n\n" in text[i:j]:
                i += 1
                continue
            spans.append((i + 1, j))
            i = j + 1
            continue
        i += 1
    return spans


def _characterised_as_quote(reader: "_SentenceReader", words: list[str], sent: Sentence,
                            qe: int) -> tuple[_Speaker | None, str | None]:
    """``कांग्रेस ने इस मसौदे को "… टैक्स" बताया``: the quoted words are what the subject
    called it (a cue closing the clause right after the quotation, the subject with ने
    before the object)."""
    off = sum(1 for t in sent.tokens if t.nstart <= qe)  # the first token after the quotation
    aw = [t.norm for t in sent.tokens[off:]]
    cue = _match_at(aw, 0, reader.lex.speech_cues) if aw else None
    if cue is None or cue[0] not in CHARACTERISING_CUES:
        return None, None
    after = reader.after_cue(off + len(cue))
    if after < len(sent.tokens) and not _is_punct(sent.tokens[after].norm):
        return None, None
    for k in range(len(words) - 2, max(-1, len(words) - MAX_CUE_DISTANCE - 2), -1):
        if words[k] == "ने" or words[k] in ERGATIVE_PRONOUNS:
            sp = reader.agent(k)
            return (sp, reader.text(off, off + len(cue))) if sp is not None else (None, None)
        if _is_punct(words[k]):
            break
    return None, None


# Verbs that say what someone called something: "X ने इसे "…" बताया / करार दिया".
CHARACTERISING_CUES = {"बताया", "करार", "कहा"}


def _noun_cue_before_quote(reader: "_SentenceReader", words: list[str]) -> tuple[_Speaker | None, str | None]:
    """``उनका कहना था, "…"`` / ``X का कहना है: "…"``: a noun cue closing the words before a quotation."""
    for j in range(max(0, len(words) - 5), len(words)):
        hit = reader.noun_cue_at(j)
        if hit is not None:
            end = reader.after_cue(j + len(hit[0]))
            if end >= len(words):
                return hit[1], reader.text(j, end)
    return None, None


def _habitual_cue_before_quote(reader: "_SentenceReader", words: list[str]
                               ) -> tuple[_Speaker | None, str | None]:
    """``62 साल के रामकिशोर कहते हैं, "…"``, ``वे बताती हैं: "…"``: a habitual speech verb
    (and its auxiliary) closing the words before a quotation, as feature stories quote."""
    lex = reader.lex
    for j in range(max(0, len(words) - 3), len(words)):
        cue = _match_at(words, j, lex.habitual_cues)
        if cue is None or reader.after_cue(j + len(cue)) < len(words):
            continue
        person = reader.person_before(j)
        found = None if person else reader.speaker_before(j)
        speaker = person or (found[1] if found else None)
        return speaker, reader.text(j, reader.after_cue(j + len(cue))) if speaker else None
    return None, None


SLOGAN_NOUNS = {"नारे", "नारा", "नारों"}
SLOGAN_VERB_STEMS = ("लगा", "बुलंद")
# Cheers are slogans that state nothing: "भारत माता की जय", "… जिंदाबाद".
CHEERS = {normalise_token(w) for w in ("जय", "जिंदाबाद", "ज़िंदाबाद", "मुर्दाबाद", "अमर", "रहे")}


def _slogan_cue(doc: Document, sentence: int, qe: int) -> str | None:
    """``"… वापस लो" के नारे लगाए``: the quotation was shouted as a slogan; the cue's text, else None."""
    after = [t for t in doc.sentences[sentence].tokens if t.nstart > qe]
    if len(after) < 3 or after[0].norm not in GENITIVES or after[1].norm not in SLOGAN_NOUNS:
        return None
    verb = next((k for k in range(2, min(len(after), 4)) if after[k].norm.startswith(SLOGAN_VERB_STEMS)), None)
    return None if verb is None else doc.text[after[1].start:after[verb].end]


def _slogan_speaker(reader: "_SentenceReader", words: list[str], pos: int) -> _Speaker:
    """Who shouted a slogan: the agent before it ("विधायकों ने", "कांग्रेस ने") or the group
    named right before it ("सदस्य "…" के नारे लगा रहे थे"); a crowd the text does not name
    otherwise (anonymous, like any unnamed group)."""
    found = None
    for k in range(len(words) - 1, max(-1, len(words) - MAX_QUOTE_CUE_DISTANCE - 2), -1):
        if words[k] == "ने" or words[k] in ERGATIVE_PRONOUNS:
            found = reader.agent(k)
            break
        if _is_punct(words[k]):
            break
    if found is None and words and not _is_punct(words[-1]) and words[-1] not in CONJUNCTIONS:
        hit = reader.speaker_before(len(words))
        found = hit[1] if hit else None
    if found is None or found.entity_id is None:
        # (a role or group noun that names no one: "विपक्षी सांसद", "सदस्य")
        return _Speaker(found.text if found else None, "anonymous", None, pos)
    return found


def _quote_claims(doc: Document, ctx: _Context, earlier: list[Claim] = ()) -> list[Claim]:
    """Quotations with a speaker named before or after them, or, opening a sentence with
    no speaker of their own, going on from the named speaker of the sentence before
    ("X ने कहा कि … .“हमने बार-बार आगाह किया …”")."""
    claims = []
    lex = lexicon()
    for qs, qe in _quotations(doc):
        inner = doc.norm_text[qs:qe]
        n_words = len(inner.split())
        short = n_words < MIN_QUOTE_WORDS
        if n_words < 2:
            continue
        start_sent = doc.sentence_at(doc.orig_span(qs, qs)[0])
        end_sent = doc.sentence_at(doc.orig_span(qe, qe)[0])
        speaker = cue_text = None
        # before: "X ने कहा- “" in the sentence where the quote opens
        sent = doc.sentences[start_sent]
        before = [t for t in sent.tokens if t.nend <= qs - 1]
        reader = _SentenceReader(ctx, start_sent, sent, None)
        words = [t.norm for t in before]
        while words and words[-1] in {",", ":", "-", "—"} | OPEN_QUOTES:
            words.pop()
        slogan = _slogan_cue(doc, end_sent, qe)
        if slogan is not None:
            # a slogan shouted is what its shouters say (guidelines: an unnamed group is an
            # anonymous source); a cheer says nothing
            if short or normalise_token(inner.split()[-1].strip("!।")) in CHEERS:
                continue
            speaker, cue_text = _slogan_speaker(reader, words, doc.orig_span(qs, qs)[0]), slogan
        if speaker is None:
            for k in range(len(words) - 1, max(-1, len(words) - MAX_QUOTE_CUE_DISTANCE - 2), -1):
                if words[k] == "ने" or words[k] in ERGATIVE_PRONOUNS:
                    for j in range(k + 1, len(words)):
                        cue = _match_at(words, j, lex.speech_cues)
                        if cue and reader.after_cue(j + len(cue)) >= len(words):
                            sp = reader.agent(k)
                            if sp is not None:
                                speaker, cue_text = sp, reader.text(j, j + len(cue))
                            break
                    break
        if speaker is None and words and words[-1] in SAID_FORMS:
            # "पत्रकारों से बातचीत में मौर्य बोले, “…”": X said (no ने with बोलना)
            found = reader.speaker_before(len(words) - 1)
            if found is not None:
                speaker, cue_text = found[1], words[-1]
        if speaker is None and words and words[-1] == "को" and start_sent == end_sent:
            speaker, cue_text = _characterised_as_quote(reader, words, sent, qe)
        if short and speaker is None:
            continue  # two words in quotation marks are a claim only as what someone called something
        if speaker is None:
            speaker, cue_text = _noun_cue_before_quote(reader, words)
        if speaker is None:
            speaker, cue_text = _habitual_cue_before_quote(reader, words)
        if speaker is None:
            # after: "”, उन्होंने कहा।" in the sentence where the quote closes
            sent = doc.sentences[end_sent]
            after = [t for t in sent.tokens if t.nstart > qe]
            reader = _SentenceReader(ctx, end_sent, sent, None)
            words = [t.norm for t in after]
            k0 = 1 if words[:1] == [","] else 0
            for k in range(k0, min(len(words), k0 + MAX_SPEAKER_TOKENS + 1)):
                if words[k] == "ने" or words[k] in ERGATIVE_PRONOUNS:
                    # the cue may come a few words on: "”, पंत ने काठमांडू में पत्रकारों से कहा."
                    m, cue = k + 1, None
                    while m < min(len(words), k + 1 + MAX_CUE_DISTANCE) and not _is_punct(words[m]):
                        cue = _match_at(words, m, lex.speech_cues)
                        if cue:
                            break
                        m += 1
                    if cue:
                        off = len(sent.tokens) - len(after)
                        sp = reader.agent(off + k)
                        if sp is not None:
                            speaker, cue_text = sp, reader.text(off + m, off + m + len(cue))
                    break
                if _is_punct(words[k]):
                    break
        if speaker is None and not words and not short:
            before_sent = [c for c in list(earlier) + claims
                           if c.sentence == start_sent - 1 and c.speaker_type == "named"]
            if before_sent:
                last = max(before_sent, key=lambda c: c.start)
                speaker = _Speaker(last.speaker, "named", last.speaker_id, last.start)
                cue_text = last.cue
        if speaker is None:
            continue
        start, end = doc.orig_span(qs, qe)
        while start < end and (doc.text[start].isspace() or _is_punct(doc.text[start])):
            start += 1
        while end > start and (doc.text[end - 1].isspace() or doc.text[end - 1] in "।॥,;:-"):
            end -= 1
        claims.append(Claim(speaker=speaker.text, speaker_type=speaker.type, cue=cue_text or "",
                            text=doc.text[start:end], kind="direct", start=start, end=end,
                            sentence=start_sent, speaker_id=speaker.entity_id))
        if speaker.type == "named":
            ctx.speakers.append(_Speaker(speaker.text, "named", speaker.entity_id, start))
    return claims


def annotate_claims(doc: Document) -> None:
    """Fill ``doc.claims`` (in text order)."""
    ctx = _Context(doc)
    ctx.quotations = _quotations(doc)
    claims: list[Claim] = []
    prev = None
    for index, sent in enumerate(doc.sentences):
        reader = _SentenceReader(ctx, index, sent, prev)
        reader.read()
        claims.extend(reader.previous_claims)
        for anchor, speaker, cue, ci, cj, cue_span in sorted(reader.found, key=lambda f: f[0]):
            start, end = sent.tokens[ci].start, sent.tokens[cj - 1].end
            claims.append(Claim(speaker=speaker.text, speaker_type=speaker.type, cue=cue,
                                text=doc.text[start:end], kind="indirect", start=start, end=end,
                                sentence=index, speaker_id=speaker.entity_id,
                                cue_start=sent.tokens[cue_span[0]].start,
                                cue_end=sent.tokens[cue_span[1] - 1].end))
            ctx.contents.append((start, end))
        prev = sent
    quoted = _quote_claims(doc, ctx, claims)
    # An indirect reading of a sentence that holds a quotation ("X ने कहा- “…”") gives way to it.
    kept = [c for c in claims if not any(q.start < c.end and c.start < q.end and c.start <= q.start
                                         for q in quoted)]
    doc.claims = sorted(kept + quoted, key=lambda c: (c.start, c.end))
