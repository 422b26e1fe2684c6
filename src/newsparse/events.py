"""Events: triggers from a lexicon, arguments from the sentence, mentions merged.

1. Triggers.  ``data/lexicons/events.json`` lists, per event type, every
   inflected form and multi-word trigger as normalised token sequences; at
   each token the longest trigger wins (``चुनाव प्रचार`` is CAMPAIGN, not
   ELECTION).  Ambiguous words need a confirming neighbour
   (``context_required``: ``चर्चा`` only with a verb of discussing, ``आग``
   only when something caught fire) or are vetoed by one (``blocked_after``:
   ``चुनाव आयोग`` is an organisation).  A few words change type with context
   (``फैसला`` of a court is LEGAL, ``यात्रा`` of a party is CAMPAIGN).
2. Arguments.  ``who`` are the PERSON/PARTY/ORG entities of the sentence,
   nearest first; ``where`` its places; ``when`` the nearest date of the
   sentence (its value, else its text).  ``status`` comes from the verb group
   after the trigger (``होगी`` planned, ``हुई`` occurred, ``जारी है`` ongoing)
   or a modifier before it (``आगामी``, ``प्रस्तावित``).
3. Merging.  A mention joins the latest event of the same type whose trigger
   family it shares (inflections fold together; ``synonyms`` in the lexicon
   join बलात्कार/दुष्कर्म, याचिका/सुनवाई …), or, for a back-reference
   (``इस बैठक``, ``बैठक में``), the latest event of its type — unless the
   dates written right by both triggers differ, the qualifiers differ
   (``लोकसभा`` vs ``विधानसभा``), or one is planned and the other occurred.
   A counted mention (``दो बड़े हादसे``) speaks of other events: it stands
   alone.  ``who`` of a sentence with no person but a pronoun subject
   (``उन्होंने``) gets the person named last before it.
   The event's trigger is its most telling mention (longest, dated, tensed;
   the earliest on ties), and ``mentions`` lists them all.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from .dates import FUTURE_ENDING_RE
from .document import DateExpr, Document, Event, Mention, Sentence
from .normalise import normalise_token

CLAUSE_MARKS = set(",;:।")
# Participles that make "… हुई बैठक" a particular event, not a back-reference.
DEFINING_PARTICIPLES = {"हुई", "हुए", "हुआ", "हुईं", "गई", "गए", "गया"}
# Future verbs that may stand right before a trigger in a headline ("होगा मतदान").
HEADLINE_FUTURE = {"होगा", "होगी", "होंगे", "होगें"}
GENITIVES_EV = {"का", "के", "की"}
# "X की तारीख/तिथि/समय-सारिणी": the date of X is fixed, X is still to come.
SCHEDULE_NOUNS = {normalise_token(w) for w in ("तारीख", "तारीखों", "तिथि", "तिथियों", "तारीखें")}
# Verb groups read after a trigger, in order of precedence within the window.
PLANNED = {"होगी", "होगा", "होंगे", "होगें", "करेंगे", "करेगी", "करेगा", "करेंगी", "जाएगी", "जाएगा", "जाएंगे",
           "जायेगी", "जायेगा", "जाएंगी", "प्रस्तावित", "होनी", "होना", "लेंगे", "लेगी", "देंगे", "देगी", "रखेंगे",
           "रहेगी", "रहेगा", "रहेंगे", "देगा", "निकालेंगे", "पहुंचेंगे", "पहुंचेगी", "बुलाई", "बुलाया", "संभावित", "सकती", "सकता"}
ONGOING_PAIRS = {("रहे", "हैं"), ("रही", "है"), ("रहा", "है"), ("रही", "हैं"), ("जारी", "है"), ("जारी", "हैं"),
                 ("चल", "रहा"), ("चल", "रही"), ("चल", "रहे")}
OCCURRED = {"हुई", "हुआ", "हुए", "हुईं", "की", "किया", "किए", "किये", "गया", "गई", "गए", "गयी", "गये", "दिया", "दी",
            "दिए", "लिया", "ली", "लिए", "था", "थी", "थे", "चुका", "चुकी", "चुके", "सुनाई", "सुनाया", "कीं", "दीं", "लीं", "बोला", "साधा",
            "कोसा", "मारे", "मारा", "पहुंचे", "पहुंची", "पहुंचा", "थीं", "लगाया", "लगाई", "लगाए", "लगी", "लगा", "भड़क", "भडक",
            "उठी", "डाला", "डाली", "रखा", "रखी"}
# After the verb "की" ("did") comes an auxiliary or the clause end; after the genitive, a noun.
VERB_AFTER_KI = {"है", "हैं", "थी", "थीं", "गई", "गयी", "जा", "जाएगी", "जाती", "जानी", "जाने", "और", "तथा"}
FUTURE_AUX = {"जाना", "जानी", "जाने", "जाएगा", "जाएगी", "जाएंगे", "जायेगा", "जायेगी"}
PLANNED_BEFORE = {"आगामी", "प्रस्तावित", "होने", "आने", "संभावित", "अगले", "अगली"}
NEGATIONS = {"नहीं", "न", "ना"}
# Words that end a trigger's verb window: a new clause starts.
WINDOW_STOPS = {"कि", "लेकिन", "जबकि", "क्योंकि", "तो", "ताकि", "जिसमें", "जहां", "जो"}
STATUS_WINDOW = 7
# A date this many characters from its trigger is taken as the event's own date when merging.
NEAR_DATE_CHARS = 40
# A count before a trigger ("दो बड़े हादसे", "कई बैठकें") speaks of other, several events.
COUNT_WORDS = {normalise_token(w) for w in
               ("दो", "तीन", "चार", "पांच", "छह", "सात", "आठ", "नौ", "दस", "कई", "अनेक", "कुछ", "दर्जनों", "सैकड़ों")}
# Triggers a count before which counts people, not events: "पत्नी समेत तीन गिरफ्तार" is one arrest.
PEOPLE_COUNTED_TRIGGERS = {normalise_token(w) for w in ("गिरफ्तार", "गिरफ़्तार", "हिरासत", "घायल", "झुलसे",
                                                         "निलंबित", "बर्खास्त", "लापता", "बरी", "दोषी",
                                                         "नामांकन")}  # ("पांच नामांकन": papers filed)
COUNT_ADJECTIVES = {normalise_token(w) for w in
                    ("बड़े", "बड़ी", "छोटे", "छोटी", "अन्य", "अलग", "ऐसे", "ऐसी", "और", "नए", "नई", "पुराने")}
# Third-person pronouns that stand for a person named earlier (plural of respect included).
PERSON_PRONOUNS = {"उन्होंने", "इन्होंने", "वे", "उनके", "उनकी", "उनका", "उन्हें", "उनको", "उसने"}
ANAPHORS = {"इस", "इन", "उस", "उन", "इसी", "उसी", "यह", "ये", "वह", "वे"}
# A postposition right after a trigger marks a back-reference (``बैठक में``, ``बैठक के बाद``).
BACKREF_AFTER = {"में", "के", "से"}
# Distinguishing qualifiers: two mentions with different ones are different events.
QUALIFIERS = {"लोकसभा", "विधानसभा", "पंचायत", "निकाय", "राज्यसभा", "उप", "आम", "नगर"}
COURT_WORDS = {"अदालत", "कोर्ट", "न्यायालय", "हाईकोर्ट", "हाई", "सुप्रीम", "न्यायाधीश", "जज", "पीठ", "खंडपीठ",
               "सुनवाई", "सजा", "याचिका", "न्यायमूर्ति", "मुकदमे", "मुकदमा", "जमानत"}
POLITICAL_WORDS = {"रैली", "चुनाव", "चुनावी", "पार्टी", "कांग्रेस", "भाजपा", "जनसभा", "प्रचार", "जोड़ो", "जोडो",
                   "न्याय", "परिवर्तन", "संकल्प", "आशीर्वाद", "रथ", "पद", "समर्थकों", "कार्यकर्ताओं"}
OFFICIAL_WORDS = {"मंत्री", "मुख्यमंत्री", "प्रधानमंत्री", "राष्ट्रपति", "राज्यपाल", "अधिकारी", "अधिकारियों", "डीएम",
                  "एसपी", "एसडीएम", "कलेक्टर", "जिलाधिकारी", "आयुक्त", "नेता", "अध्यक्ष", "सांसद", "विधायक", "आईजी",
                  "डीआईजी", "एडीजी", "डीजीपी", "एसएसपी", "टीम", "प्रतिनिधिमंडल", "कमिश्नर", "उपमुख्यमंत्री"}
# Bare words whose event reading needs a political/official setting to count.
NEEDS_OFFICIAL = {("पहुंचे",), ("पहुंची",), ("पहुंचेंगे",), ("पहुंचेगी",), ("पहुंचा",), ("आगमन",), ("यात्रा", "पर"),
                  ("की", "यात्रा", "पर")}
DECISION_WORDS = {"फैसला", "फैसले", "निर्णय"}
STAY_WORDS = {"रोक"}
PROCESSION = "जुलूस"
# Blasts, and the words that make one a mishap (a cylinder, a boiler, fireworks) or an attack.
BLAST_WORDS = {normalise_token(w) for w in ("धमाका", "धमाके", "धमाकों", "विस्फोट", "ब्लास्ट")}
MISHAP_WORDS = {normalise_token(w) for w in ("सिलेंडर", "सिलिंडर", "बॉयलर", "पटाखा", "पटाखे", "पटाखों", "आतिशबाजी",
                                             "ट्रांसफार्मर", "रिएक्टर", "गैस", "केमिकल", "रसायन", "फैक्टरी",
                                             "फैक्ट्री", "कारखाने", "कारखाना", "गोदाम", "भट्ठी", "भट्टी")}
ATTACK_WORDS = {normalise_token(w) for w in ("बम", "आईईडी", "आतंकी", "आतंकवादी", "आतंकियों", "हमला", "हमले",
                                             "नक्सली", "माओवादी", "ग्रेनेड", "विस्फोटक", "साजिश", "आत्मघाती")}
TRIP_WORDS = {"यात्रा", "यात्राओं"}
TOUR_WORDS = {"दौरा", "दौरे", "भ्रमण"}
VERBAL_ATTACK_NEXT = {"बोला", "बोलते", "बोलकर", "बोलेंगे", "बोल"}
# Words that make an ELECTION/CAMPAIGN mention generic rather than an event ("चुनाव जीतना आसान नहीं").
GENERIC_AFTER = {"लड़ने", "लडने", "लड़ेंगे", "लडेंगे", "जीतने", "हारने", "सुधार", "सुधारों", "प्रक्रिया", "खर्च",
                 "ड्यूटी", "कार्य", "चिह्न", "चिन्ह"}


def _phrase(text: str) -> tuple[str, ...]:
    # (the segmenter splits hyphens off words: "धक्का-मुक्की" arrives as धक्का, -, मुक्की)
    return tuple(normalise_token(text).replace("-", " - ").split())


@dataclass(frozen=True)
class Trigger:
    tokens: tuple[str, ...]
    type: str
    plover: str | None


@dataclass(frozen=True)
class EventLexicon:
    by_first: dict[str, list[Trigger]]  # first token → triggers starting with it, longest first
    context_required: dict[tuple[str, ...], list[tuple[str, ...]]]
    blocked_after: dict[tuple[str, ...], list[tuple[str, ...]]]
    blocked_before: dict[tuple[str, ...], list[tuple[str, ...]]]
    plover: dict[str, str | None]  # type → PLOVER
    synonyms: dict[str, frozenset[int]]  # word → ids of the synonym sets holding it
    related: dict[str, frozenset[int]]  # word → ids of the sets of words for parts of one event


@lru_cache(maxsize=1)
def lexicon() -> EventLexicon:
    raw = json.loads((resources.files("newsparse") / "data" / "lexicons" / "events.json")
                     .read_text(encoding="utf-8"))
    overrides = {_phrase(k): v for k, v in raw.get("plover_override", {}).items()}
    by_first: dict[str, list[Trigger]] = {}
    seen: set[tuple[str, ...]] = set()
    for etype, spec in raw["types"].items():
        for text in spec["triggers"]:
            toks = _phrase(text)
            if not toks or toks in seen:
                continue
            seen.add(toks)
            by_first.setdefault(toks[0], []).append(Trigger(toks, etype, overrides.get(toks, spec["plover"])))
    for triggers in by_first.values():
        triggers.sort(key=lambda t: len(t.tokens), reverse=True)

    def phrase_map(key: str) -> dict[tuple[str, ...], list[tuple[str, ...]]]:
        return {_phrase(k): [_phrase(v) for v in vs] for k, vs in raw.get(key, {}).items()}

    def word_sets(key: str) -> dict[str, frozenset[int]]:
        ids: dict[str, set[int]] = {}
        for n, group in enumerate(raw.get(key, [])):
            for word in group:
                ids.setdefault(normalise_token(word), set()).add(n)
        return {w: frozenset(n) for w, n in ids.items()}

    return EventLexicon(by_first, phrase_map("context_required"), phrase_map("blocked_after"),
                        phrase_map("blocked_before"), {t: s["plover"] for t, s in raw["types"].items()},
                        word_sets("synonyms"), word_sets("related"))


ELECTED_FORMS = {normalise_token(w) for w in ("चुने", "चुनी", "चुना")}
ELECTED_OFFICES = {normalise_token(w) for w in ("विधायक", "सांसद", "पार्षद", "महापौर", "मेयर", "सरपंच", "मुखिया",
                                                "प्रधान", "एमएलए", "एमपी", "राष्ट्रपति")}
ARRIVAL_STEM = normalise_token("पहुं")
TIME_CLAUSE_OPENERS = {"जब", "ज्यों"}


def _in_time_clause(words: list[str], i: int) -> bool:
    """Does a "when …" clause (जब, जैसे ही) open in the few words before ``i``?"""
    before = words[max(0, i - 8):i]
    if any(w in TIME_CLAUSE_OPENERS for w in before):
        return True
    return any(a == "जैसे" and b == "ही" for a, b in zip(before, before[1:]))


def _followed_by(words: list[str], i: int, phrases: list[tuple[str, ...]], reach: int = 3) -> bool:
    """Does one of ``phrases`` start within ``reach`` tokens after position ``i``?"""
    for k in range(i, min(len(words), i + reach)):
        for p in phrases:
            if tuple(words[k:k + len(p)]) == p:
                return True
    return False


@dataclass
class _Mention:
    type: str
    plover: str | None
    sentence: int
    i: int  # token range in the sentence
    j: int
    keys: frozenset  # trigger families for merging: synonym-set ids, else the head word with plural folded
    qualifier: str | None
    anaphoric: bool
    status: str
    negated: bool
    who: list[tuple[str, str]] = field(default_factory=list)  # (entity id, name)
    where: list[tuple[str, str]] = field(default_factory=list)
    date: DateExpr | None = None
    date_near: bool = False  # the date stands right by the trigger, so it surely is the event's
    counted: bool = False  # a count stands before the trigger: several other events
    agent: str | None = None  # id of the person named last before the trigger in its sentence
    pointed: bool = False  # a demonstrative points back: "इस हादसे", "उस बैठक"
    related: frozenset = frozenset()  # ids of the 'related' sets its words are in
    tourer: str | None = None  # id of the one who "ने … का दौरा किया": a visit of their own


def _family(word: str) -> str:
    """Fold plural/oblique endings so बैठक, बैठकें, बैठकों share a family."""
    for suffix in ("ियों", "ियां", "ओं", "ों", "ें", "ाएं", "े"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 2:
            return word[: len(word) - len(suffix)]
    return word


class _EventFinder:
    def __init__(self, doc: Document):
        self.doc = doc
        self.lex = lexicon()
        self.entities_by_sentence: dict[int, list[tuple[int, str, str, str]]] = {}
        for ent in doc.entities:
            for m in ent.mentions:
                self.entities_by_sentence.setdefault(m.sentence, []).append((m.start, ent.type, ent.id, ent.name))
        self.dates_by_sentence: dict[int, list[DateExpr]] = {}
        for d in doc.dates:
            self.dates_by_sentence.setdefault(d.sentence, []).append(d)
        # governments named in full ("बर्मा की सरकार"), for a bare "सरकार" later on
        self.governments = sorted((m.sentence, m.end, ent.id, ent.name) for ent in doc.entities
                                  if ent.type == "ORG" and normalise_token(ent.name).split()[-1:] == ["सरकार"]
                                  for m in ent.mentions)
        self.mention_spans = [(m.start, m.end) for ent in doc.entities for m in ent.mentions]
        # (sentence start) -> [(mention end, entity id)]: what a ने right after a mention marks
        self.mention_ends: dict[int, list[tuple[int, str]]] = {}
        for ent in doc.entities:
            for m in ent.mentions:
                self.mention_ends.setdefault(doc.sentences[m.sentence].start, []).append((m.end, ent.id))

    def government_before(self, sent: Sentence) -> tuple[str, str] | None:
        """The government named last up to a bare "सरकार" in this sentence, if it has one."""
        bare = [t for t in sent.tokens if t.norm == "सरकार"
                and not any(s <= t.start < e for s, e in self.mention_spans)]
        if not bare:
            return None
        found = None
        for si, end, eid, name in self.governments:
            if end <= bare[0].start:
                found = (eid, name)
        return found

    def ergative_subject(self, sent: Sentence, anchor: int) -> str | None:
        """Id of the entity marked by the last ने before ``anchor`` in the sentence ("भाजपा ने
        कांग्रेस पर आरोप लगाया": भाजपा, not the कांग्रेस nearer the trigger)."""
        ne = [t for t in sent.tokens if t.norm == "ने" and t.end <= anchor]
        if not ne:
            return None
        before = ne[-1].start
        return next((eid for ent_end, eid in self.mention_ends.get(sent.start, ())
                     if before - 2 <= ent_end <= before), None)

    def bare_agents(self, sent: Sentence, heads: set[str]):
        """(index, token) of each word of ``heads`` that acts (ने, द्वारा) outside any entity's name."""
        toks = sent.tokens
        for k, t in enumerate(toks[:-1]):
            if t.norm in heads and toks[k + 1].norm in ("ने", "द्वारा") \
                    and not any(s <= t.start < e for s, e in self.mention_spans):
                yield k, t

    def unnamed_agents(self, sent: Sentence) -> list[tuple[None, str]]:
        """Bodies that act in this sentence without a name of their own: "पुलिस ने",
        "जिला प्रशासन ने", "राज्य सरकार द्वारा" (a named body is an entity already)."""
        toks = sent.tokens
        out = []
        for k, t in self.bare_agents(sent, UNNAMED_AGENTS):
            start = toks[k - 1].start if k and toks[k - 1].norm in AGENT_QUALIFIERS else t.start
            if start == t.start and t.norm == "सरकार":
                continue  # a bare "सरकार" says not which government (the story's police is its police)
            if all(s >= t.end or e <= start for s, e in self.mention_spans):
                out.append((None, self.doc.text[start:t.end]))
        return out

    def bodies_named_before(self, sent: Sentence) -> list[tuple[str, str]]:
        """Bodies that act in this sentence by their head noun alone ("ट्रस्ट ने", "आयोग द्वारा"):
        the organisation of that head named last before (श्री साईबाबा संस्थान ट्रस्ट)."""
        out = []
        for _, t in self.bare_agents(sent, BODY_HEAD_AGENTS):
            body = self.doc.body_named_before({t.norm}, t.start)
            if body is not None and (body.id, body.name) not in out:
                out.append((body.id, body.name))
        return out

    def last_person_before(self, sentence: int) -> tuple[str, str] | None:
        """(id, name) of the person mentioned last in the sentences before ``sentence``."""
        for si in range(sentence - 1, -1, -1):
            people = [(pos, eid, name) for pos, etype, eid, name in self.entities_by_sentence.get(si, ())
                      if etype == "PERSON"]
            if people:
                _, eid, name = max(people)
                return eid, name
        return None

    def mishap_near(self, sentence: int, sentence_words: set[str]) -> bool:
        """Does this sentence or the one before speak of a cylinder, a boiler or fireworks, and
        neither of a bomb or an attack?"""
        before = {t.norm for t in self.doc.sentences[sentence - 1].tokens} if sentence > 0 else set()
        return bool((sentence_words | before) & MISHAP_WORDS) and not (sentence_words | before) & ATTACK_WORDS

    def has_person(self, sentence: int) -> bool:
        return any(etype == "PERSON" for _, etype, _, _ in self.entities_by_sentence.get(sentence, ()))

    def triggers(self, words: list[str], sentence: int) -> list[tuple[int, int, Trigger]]:
        """Longest, non-overlapping trigger matches that survive the context rules."""
        lex = self.lex
        out = []
        i = 0
        sentence_words = set(words)
        while i < len(words):
            hit = None
            for trig in lex.by_first.get(words[i], ()):
                n = len(trig.tokens)
                if tuple(words[i:i + n]) != trig.tokens:
                    continue
                if trig.tokens in lex.blocked_after and _followed_by(words, i + n, lex.blocked_after[trig.tokens], 1):
                    continue
                if trig.tokens == COMPARED_WITH and i > 0 and words[i - 1] == "के":
                    continue  # "पिछले साल के मुकाबले": compared with, no match
                if trig.tokens in lex.blocked_before and any(
                        tuple(words[k:k + len(p)]) == p for p in lex.blocked_before[trig.tokens]
                        for k in range(max(0, i - 3), i)):
                    continue
                if trig.tokens in lex.context_required and not _followed_by(
                        words, i + n, lex.context_required[trig.tokens]):
                    continue
                if (trig.tokens in NEEDS_OFFICIAL and not (sentence_words & OFFICIAL_WORDS)
                        and not self.has_person(sentence)):
                    continue
                if trig.type == "VISIT" and trig.tokens[0].startswith(ARRIVAL_STEM) and (
                        (i > 0 and words[i - 1] == "तक") or _in_time_clause(words, i)):
                    # "टीम ऑटो चालक तक पहुंची": reached someone, no visit; "जैसे ही सुरक्षा बल …
                    # पहुंचे, …", "टीम जब गोदाम पहुंची तो …": the moment something else happened
                    continue
                if trig.type == "VIOLENCE" and i + n < len(words) and words[i + n] in VERBAL_ATTACK_NEXT:
                    trig = Trigger(trig.tokens + (words[i + n],), "ACCUSATION", "ACCUSE")
                if trig.type in ("ELECTION", "CAMPAIGN") and i + n < len(words) and words[i + n] in GENERIC_AFTER:
                    continue
                if trig.type == "APPOINTMENT" and trig.tokens[0] in ELECTED_FORMS \
                        and set(words[max(0, i - 3):i]) & ELECTED_OFFICES:
                    # "विधायक चुने गए", "सांसद चुनी गईं": elected by voters, an election
                    trig = Trigger(trig.tokens, "ELECTION", None)
                if trig.type == "VIOLENCE" and set(trig.tokens) & BLAST_WORDS and self.mishap_near(sentence, sentence_words):
                    # "पटाखा फैक्टरी में धमाका", "सिलेंडर फटा। धमाका …": a mishap, not an attack
                    trig = Trigger(trig.tokens, "ACCIDENT_DISASTER", None)
                if trig.type == "ANNOUNCEMENT" and set(trig.tokens) & (DECISION_WORDS | STAY_WORDS) \
                        and sentence_words & COURT_WORDS:
                    # "हाईकोर्ट ने फैसला सुनाया", "अदालत ने आदेश पर रोक लगा दी": a court's decision or stay
                    trig = Trigger(trig.tokens, "LEGAL", "SANCTION")
                start = i
                if trig.tokens[0] == "का" and i > 0 and words[i - 1].endswith("ने") and len(words[i - 1]) > 3:
                    start = i - 1  # "टालने का फैसला": the decision is about what the verbal noun says
                hit = (start, i + len(trig.tokens), trig)
                break
            if hit is None and words[i] in DECISION_WORDS and sentence_words & COURT_WORDS:
                hit = (i, i + 1, Trigger((words[i],), "LEGAL", "SANCTION"))
            if hit is None and words[i] in TRIP_WORDS:
                context = set(words[max(0, i - 3):i + 3])
                if context & POLITICAL_WORDS:
                    hit = (i, i + 1, Trigger((words[i],), "CAMPAIGN", "MOBILIZE"))
            if hit:
                out.append(hit)
                i = hit[1]
            else:
                i += 1
        return out

    def status(self, words: list[str], i: int, j: int, limit: int) -> tuple[str, bool]:
        """Status and negation from the verb group after the trigger (or a modifier before it)."""
        negated = False
        before = words[max(0, i - 5):i]
        if any(w in PLANNED_BEFORE for w in before) and not (set(before) & {"हुए", "हुई", "हुआ"}):
            planned_modifier = True
        else:
            planned_modifier = False
        found = None
        # a verb inside the trigger ("जायजा लिया", "हमला बोला") or a participle before it ("हुई बैठक")
        inner = words[i + 1:j]
        while inner and inner[-1] in ("है", "हैं"):
            inner = inner[:-1]  # "आरोप लगाया है": the perfect, done
        if inner and inner[-1] in OCCURRED and not (j < len(words) and words[j] in FUTURE_AUX):
            found = "occurred"
        elif inner and inner[-1] in PLANNED:
            found = "planned"
        elif FUTURE_ENDING_RE.search(words[j - 1]):
            found = "planned"  # the trigger is the verb: "टीम मौके पर पहुंचेगी", "पहुंचेंगे"
        elif set(words[max(0, i - 2):i]) & {"हुई", "हुए", "हुआ", "हुईं"}:
            found = "occurred"
        elif i > 0 and words[i - 1] in HEADLINE_FUTURE:
            found = "planned"  # a headline's inverted order: "17 नवंबर को होगा मतदान"
        elif j + 1 < len(words) and words[j] in GENITIVES_EV and words[j + 1] in SCHEDULE_NOUNS:
            found = "planned"  # "चुनाव की तारीखों का ऐलान": the event is being scheduled
        # the verb group ends where the next trigger starts: "हड़ताल को टाल दिया" is the postponing
        for k in range(j, min(limit, j + STATUS_WINDOW) if found is None else j):
            w = words[k]
            if w in WINDOW_STOPS or (not w[:1].isalnum() and w not in ("-",)):
                break
            if w in NEGATIONS:
                negated = True
            nxt = words[k + 1] if k + 1 < len(words) else ""
            if (w, nxt) in ONGOING_PAIRS:
                found = "ongoing"
                break
            if w in PLANNED:
                found = "planned"
                break
            if w == "की" and nxt and nxt[:1].isalnum() and nxt not in VERB_AFTER_KI:
                continue  # the genitive "की रणनीति", not the verb "की"
            if w == "लिए" and k == j + 1 and words[j] == "के":
                continue  # "ट्रायल के लिए बुलाया जाएगा": the postposition (for), not the verb (took)
            if w in OCCURRED and nxt in FUTURE_AUX:
                found = "planned"  # "किया जाना है", "की जाएगी"
                break
            if w in OCCURRED:
                found = "occurred"
                # "की जा रही है": a passive in progress
                if nxt == "जा" and k + 2 < len(words) and words[k + 2] in ("रहा", "रही", "रहे"):
                    found = "ongoing"
                break
        if found is None and planned_modifier:
            found = "planned"
        if found is None:
            found = _clause_tense(words[j:])
        if found == "occurred" and planned_modifier and any(w in ("आगामी", "प्रस्तावित", "आने") for w in before):
            found = "planned"
        if i >= 2 and words[i - 2] == "होने" and words[i - 1] in ("वाले", "वाली", "वाला"):
            found = "planned"  # "13 नवंबर को होने वाले उपचुनाव": to be held, whatever the clause says
        return found or "unknown", negated

    def mentions(self) -> list[_Mention]:
        out = []
        procession = None  # the keys of a victory or nomination procession told so far
        for si, sent in enumerate(self.doc.sentences):
            words = [t.norm for t in sent.tokens]
            found = self.triggers(words, si)
            for n, (i, j, trig) in enumerate(found):
                limit = found[n + 1][0] if n + 1 < len(found) else len(words)
                status, negated = self.status(words, i, j, limit)
                if trig.type != "LEGAL" and _postponed(words, j):
                    # "चयन ट्रायल स्थगित कर दिए", "हड़ताल टली": put off, still to come (a hearing
                    # adjourned, "सुनवाई टाल दी", was held)
                    status = "planned"
                if (trig.type in PROSPECT_TYPES or trig.type == "ELECTION" and not set(words[i:j]) & RESULT_WORDS) \
                        and _announced_ahead(words, i, j):
                    status = "planned"  # "धरने की घोषणा की", "प्रदर्शन की चेतावनी दी": still to come
                # the head: the first word that is a trigger of this type by itself ("भीषण आग",
                # "समीक्षा बैठक" → आग, बैठक), else the first (ELECTION: the last) word
                head = next((w for w in trig.tokens if self._single_trigger(w, trig.type)),
                            trig.tokens[-1] if trig.type == "ELECTION" else trig.tokens[0])
                groups = frozenset().union(*(self.lex.synonyms.get(w, frozenset()) for w in words[i:j]))
                keys = groups or frozenset({_family(head)})
                prev = words[i - 1] if i > 0 else ""
                qualifier = next((w for w in (trig.tokens[0], prev) if w in QUALIFIERS), None)
                # "बैठक में" refers back whatever verb ends the sentence; "बैठक के/से" only untensed
                after = words[j] if j < len(words) else ""
                # ... but "अजमेर में हुई बैठक में" describes its own meeting: a participle before
                # the trigger introduces an event, it does not refer back
                pointed = prev in ANAPHORS or (i > 1 and words[i - 2] in ANAPHORS)
                anaphoric = pointed or (after in BACKREF_AFTER and (status == "unknown" or after == "में")
                                        and prev not in DEFINING_PARTICIPLES)
                m = _Mention(trig.type, trig.plover, si, i, j, keys, qualifier, anaphoric, status, negated)
                m.pointed = pointed
                m.related = frozenset().union(*(self.lex.related.get(w, frozenset()) for w in words[i:j]))
                m.counted = (prev in COUNT_WORDS and words[i] not in PEOPLE_COUNTED_TRIGGERS
                             or (i > 1 and words[i - 2] in COUNT_WORDS and prev in COUNT_ADJECTIVES))
                self.arguments(m, sent)
                if trig.type == "VISIT" and any(w in TOUR_WORDS for w in words[i:j]):
                    m.tourer = self.ergative_subject(sent, sent.tokens[i].start)
                if trig.type == "CAMPAIGN" and PROCESSION in trig.tokens:
                    procession = m.keys
                elif trig.type == "PROTEST" and trig.tokens == (PROCESSION,) and procession:
                    # "विजय जुलूस निकाला … बिना अनुमति जुलूस निकालने के मामले में": the procession told before
                    m.type, m.keys = "CAMPAIGN", procession
                out.append(m)
        return out

    def _single_trigger(self, word: str, etype: str) -> bool:
        return any(t.tokens == (word,) and t.type == etype for t in self.lex.by_first.get(word, ()))

    def arguments(self, m: _Mention, sent: Sentence) -> None:
        anchor = sent.tokens[m.i].start
        m.agent = self.ergative_subject(sent, anchor) or max(
            ((pos, eid) for pos, etype, eid, _ in self.entities_by_sentence.get(m.sentence, ())
             if etype == "PERSON" and pos < anchor), default=(0, None))[1]
        ents = sorted(self.entities_by_sentence.get(m.sentence, ()), key=lambda e: abs(e[0] - anchor))
        for _, etype, eid, name in ents:
            target = m.where if etype == "PLACE" else m.who
            if all(eid != x[0] for x in target):
                target.append((eid, name))
        gov = self.government_before(sent)
        if gov and gov not in m.who:
            m.who.append(gov)  # "सरकार ने … कर्फ्यू लगाया": the government named before
        for body in self.unnamed_agents(sent) + self.bodies_named_before(sent):
            if all(body[1] != x[1] for x in m.who):
                m.who.append(body)  # "पुलिस ने … गिरफ्तार किया": the police act, named or not
        if not self.has_person(m.sentence) and any(t.norm in PERSON_PRONOUNS for t in sent.tokens):
            # "उन्होंने … बैठक की": the pronoun stands for the person last named before
            found = self.last_person_before(m.sentence)
            if found and found not in m.who:
                m.who.append(found)
        if m.type == "ACCUSATION" and not self.has_person(m.sentence):
            # "विपक्ष ने इस मुद्दे पर सरकार को घेरा है। सपा के प्रवक्ता X ने कहा कि …": the one who
            # speaks next makes the charge
            for _, etype, eid, name in self.entities_by_sentence.get(m.sentence + 1, ()):
                if etype in ("PERSON", "PARTY") and all(eid != x[0] for x in m.who):
                    m.who.append((eid, name))
        if not self.has_person(m.sentence) and m.sentence > 0:
            # a sentence that names no one goes on about the people of the one before
            # ("X और Y को गिरफ्तार किया गया। दोनों को अदालत में पेश किया गया")
            for _, etype, eid, name in self.entities_by_sentence.get(m.sentence - 1, ()):
                if etype == "PERSON" and all(eid != x[0] for x in m.who):
                    m.who.append((eid, name))
        text = self.doc.text

        def until(d) -> bool:
            # "12 फरवरी तक रिमांड पर": the day something lasts until, not the day it happened
            return UNTIL_AFTER_DATE.match(text, d.end) is not None

        def distance(d) -> tuple[int, int, int]:
            # a date across a comma or colon is another clause's ("17 नवंबर को होगा मतदान,
            # 3 दिसंबर को आएंगे नतीजे"): nearest within the trigger's clause first
            lo, hi = (d.end, anchor) if d.end <= anchor else (sent.tokens[m.j - 1].end, d.start)
            return (any(ch in CLAUSE_MARKS for ch in text[lo:hi]), until(d), abs(d.start - anchor))

        dates = sorted(self.dates_by_sentence.get(m.sentence, ()), key=distance)
        # a clock time names the moment of a day: prefer it when it carries its day
        if dates:
            best = dates[0]
            for d in dates:
                if d.value and best.value and d.value.startswith(best.value) and len(d.value) > len(best.value):
                    best = d
            m.date = best
            trig_start, trig_end = anchor, sent.tokens[m.j - 1].end
            m.date_near = (-NEAR_DATE_CHARS <= best.start - trig_end and best.end - trig_start <= NEAR_DATE_CHARS
                           and not until(best))
            if not m.date_near and best.end <= trig_start and ALSO_AFTER_DATE.match(text, best.end):
                # "पिछले साल दिसंबर में भी … आग लगी थी": "also then" sets another event of the
                # kind apart, however far its trigger
                m.date_near = True


COMPARED_WITH = ("मुकाबले",)
# Head nouns by which a body named before acts ("ट्रस्ट ने … फैसला किया").
BODY_HEAD_AGENTS = {normalise_token(w) for w in ("आयोग", "ट्रस्ट", "निगम", "समिति", "बोर्ड", "प्राधिकरण", "परिषद",
                                                 "संघ", "यूनियन", "मोर्चा", "कंपनी", "न्यास", "संस्थान")}
# Bodies that act unnamed ("पुलिस ने"), and the words that say which ("जिला प्रशासन", "राज्य सरकार").
UNNAMED_AGENTS = {"पुलिस", "प्रशासन", "सरकार", "दमकल"}
AGENT_QUALIFIERS = {normalise_token(w) for w in ("जिला", "ज़िला", "राज्य", "केंद्र", "केंद्रीय", "स्थानीय", "कोतवाली",
                                                 "थाना", "नगर", "प्रदेश", "शहर", "ग्रामीण")}
UNTIL_AFTER_DATE = re.compile(r"\s*तक(?![\u0900-\u097F])")
# "भी" right after a date ("पिछले महीने भी", "दिसंबर में भी"): another time the same thing happened.
ALSO_AFTER_DATE = re.compile(r"\s*(?:(?:में|को|से)\s+)?भी(?![\u0900-\u097F])")


# Nouns that put what they are "of" ahead: "धरने की घोषणा", "बंद का आह्वान", "वार्ता का आश्वासन".
PROSPECT_NOUNS = {normalise_token(w) for w in ("घोषणा", "ऐलान", "एलान", "चेतावनी", "धमकी", "आह्वान", "आश्वासन",
                                                "तैयारी", "तैयारियां", "तैयारियों", "योजना", "न्योता", "निमंत्रण")}
INVITED = {normalise_token(w) for w in ("बुलाया", "बुलाई", "बुलाए", "आमंत्रित", "न्योता")}
# (and an election, but not its result: "परिणाम की घोषणा" tells the count is over)
RESULT_WORDS = {normalise_token(w) for w in ("परिणाम", "परिणामों", "नतीजे", "नतीजों", "मतगणना", "रिजल्ट")}
PROSPECT_TYPES = {"PROTEST", "MEETING", "CAMPAIGN", "VISIT"}


def _announced_ahead(words: list[str], i: int, j: int) -> bool:
    """Is the event at ``[i, j)`` what is announced, warned of or promised: its trigger ends in
    such a noun ("बंद का आह्वान"), or one follows it as its genitive head, perhaps through a
    verbal noun ("धरना देने की घोषणा", "धरने पर बैठने का ऐलान", "बैठक कराने का आश्वासन")?"""
    if j - i > 1 and words[j - 1] in PROSPECT_NOUNS:
        return True
    if words[j:j + 2] == ["के", "लिए"] and set(words[j + 2:j + 5]) & INVITED:
        return True  # "वार्ता के लिए बुलाया है": called to talks still to be held
    k = j
    if k < len(words) and words[k] == "पर":
        k += 1
    if k < len(words) and words[k].endswith("ने") and len(words[k]) > 2 and words[k] not in GENITIVES_EV:
        k += 1
    return k + 1 < len(words) and words[k] in GENITIVES_EV and words[k + 1] in PROSPECT_NOUNS


POSTPONE_WORDS = {normalise_token(w) for w in ("स्थगित", "टल", "टली", "टले", "टला", "टाल", "टाली", "टाले", "टाला",
                                                "टलने", "टालने")}


def _postponed(words: list[str], j: int) -> bool:
    """Is the event ending at ``j`` put off by the words right after it ("को", "भी" between)?"""
    for w in words[j:j + 3]:
        if w in POSTPONE_WORDS:
            return True
        if w not in ("को", "भी", "फिर", "एक", "बार"):
            return False
    return False


def _clause_tense(words: list[str]) -> str | None:
    """Tense of the verb group closing the clause that follows a trigger (its last verb words)."""
    end = len(words)
    for k, w in enumerate(words):
        if w in WINDOW_STOPS or w in ("।", "?", "!", ";"):
            end = k
            break
    tail = words[max(0, end - 4):end]
    for a, b in zip(tail, tail[1:]):
        if (a, b) in ONGOING_PAIRS:
            return "ongoing"
    if any(w in PLANNED for w in tail):
        return "planned"
    if any(w in OCCURRED for w in tail):
        return "occurred"
    return None


def _date_value(d: DateExpr | None) -> str | None:
    if d is None:
        return None
    return d.value if d.value is not None else d.text


def _dates_agree(a: str, b: str) -> bool:
    """One value refines the other (a day and its time); an unknown year ``XXXX`` agrees with any."""
    if a.startswith("XXXX") or b.startswith("XXXX"):
        a, b = a[4:], b[4:]
    return a.startswith(b) or b.startswith(a)


def _days_agree(a: str, b: str) -> bool:
    """Two values name the same day, whatever their hours (the poll at nine, the count at three)."""
    return _dates_agree(a.split("T")[0], b.split("T")[0])


def _refines(new: DateExpr | None, old: DateExpr | None) -> bool:
    """Does ``new`` say more than ``old`` about the same moment (a year, a time of day)?"""
    if new is None or old is None or not new.value or not old.value or not _dates_agree(new.value, old.value):
        return False
    return (old.value.startswith("XXXX") and not new.value.startswith("XXXX")) or len(new.value) > len(old.value)


def _carries_on(ev: dict, m: _Mention) -> bool:
    """A protest threatened with no day of its own after one that took place ("धरना जारी रहेगा",
    "उग्र आंदोलन करेंगे") is the same protest going on."""
    return m.type == "PROTEST" and ev["status"] == "occurred" and m.status == "planned" and m.date is None


def _compatible(ev: dict, m: _Mention, day_only: bool = False) -> bool:
    """Nothing says these are different events: type, date (or with ``day_only`` its day),
    qualifier and tense agree."""
    if ev["type"] != m.type or ev["counted"] or m.counted:
        return False  # a count ("दो बड़े हादसे") speaks of other events: never merged
    a, b = ev["date"], m.date
    if (a is not None and b is not None and ev["date_near"] and m.date_near and a.value and b.value
            and not (_days_agree if day_only else _dates_agree)(a.value, b.value)):
        return False
    if ev["qualifier"] and m.qualifier and ev["qualifier"] != m.qualifier:
        return False
    if {ev["status"], m.status} == {"planned", "occurred"} and not m.anaphoric and not _carries_on(ev, m):
        return False
    if m.type == "ACCUSATION" and not m.anaphoric and m.agent and ev["agent"] and m.agent != ev["agent"]:
        # "X ने … आरोप लगाया" … "Y ने … आरोप लगाया": two people, two accusations (but officials
        # reaching the spot one after another are one visit, as the dev gold has it)
        return False
    if (m.tourer and not m.anaphoric and (ev["agent"] or ev["who"]) and m.tourer != ev["agent"]
            and all(m.tourer != x[0] for x in ev["who"])):
        # officials reaching the spot one after another are one visit (as the dev gold has it), but
        # "विधायक ने … गांव का दौरा किया" after them is the MLA's own visit (a headline's visit by
        # no one named is the one told below)
        return False
    return True


RELATED_REACH = 2  # sentences


def _part_of(ev: dict, m: _Mention, lead_end: int = 0) -> bool:
    """A word for another part of the event told just before (the sit-in, then its slogans and the
    road it blocked; the poll, then its count): one event, unless a date of either says otherwise.
    An event told only in the headlines (sentences before ``lead_end``) is the one the report
    tells, however far below."""
    if not ev["related"] & m.related or not _compatible(ev, m, day_only=True):
        return False
    last = max(x.sentence for x in ev["mentions"])
    if m.sentence - last > RELATED_REACH and not last < lead_end <= m.sentence:
        return False
    if m.agent and ev["agent"] and m.agent != ev["agent"]:
        return False  # another person's: the minister's relief, then the prime minister's
    # (any date of either, near its word or not, must name the same day)
    return not (ev["date"] is not None and m.date is not None and ev["date"].value and m.date.value
                and not _days_agree(ev["date"].value, m.date.value))


# Words that introduce the dead and injured of a disaster or an attack ("मृतकों में X, Y शामिल हैं",
# "घायल Z को अस्पताल भेजा गया"): they take part in it.
VICTIM_WORDS = {normalise_token(w) for w in ("मृतक", "मृतकों", "घायल", "घायलों", "झुलसे", "झुलसी",
                                               "जख्मी", "ज़ख्मी", "मारे", "चपेट")}
HARM_TYPES = {"ACCIDENT_DISASTER", "VIOLENCE", "CRIME"}


def _add_victims(finder: "_EventFinder", groups: list[dict]) -> None:
    """People named in a sentence about the dead or injured join the harm event told before it,
    when the sentence has no event of that kind of its own."""
    own = {m.sentence for g in groups for m in g["mentions"] if g["type"] in HARM_TYPES}
    for si, sent in enumerate(finder.doc.sentences):
        if si in own or not any(t.norm in VICTIM_WORDS for t in sent.tokens):
            continue
        before = [g for g in groups if g["type"] in HARM_TYPES and min(m.sentence for m in g["mentions"]) < si]
        if not before:
            continue
        target = max(before, key=lambda g: max(m.sentence for m in g["mentions"] if m.sentence < si))
        for _, etype, eid, name in finder.entities_by_sentence.get(si, ()):
            if etype == "PERSON" and all(eid != x[0] for x in target["who"]):
                target["who"].append((eid, name))


CASE_TYPES = {"LEGAL", "CRIME"}
PROTAGONIST_SENTENCES = 3

# A sentence that lists the accused: "गिरफ्तार आरोपियों में A (24), B (21) … शामिल हैं", "पकड़े गए
# आरोपितों की पहचान A और B के रूप में हुई".
ACCUSED_WORDS = {normalise_token(w) for w in ("आरोपियों", "आरोपितों", "अभियुक्तों", "आरोपी", "आरोपित")}
ACCUSED_LIST_MARKS = {normalise_token(w) for w in ("गिरफ्तार", "गिरफ़्तार", "पकड़े", "पहचान", "शामिल", "नाम")}


def _add_the_accused(finder: "_EventFinder", groups: list[dict], story_of: list[int]) -> None:
    """The people a sentence lists as the accused (with no office of their own) take part in the
    crimes and legal steps of their story: the fraud, the raid, the arrest, the custody."""
    by_id = {e.id: e for e in finder.doc.entities}
    for si, sent in enumerate(finder.doc.sentences):
        words = {t.norm for t in sent.tokens}
        if not (words & ACCUSED_WORDS and words & ACCUSED_LIST_MARKS):
            continue
        people = [(eid, name) for _, etype, eid, name in sorted(finder.entities_by_sentence.get(si, ()))
                  if etype == "PERSON" and not by_id[eid].roles]
        if len(people) < 2:
            continue
        for g in groups:
            if g["type"] in CASE_TYPES and g["story"] == story_of[si]:
                for x in people:
                    if all(x[0] != y[0] for y in g["who"]):
                        g["who"].append(x)


def _add_the_case_protagonist(doc: Document, groups: list[dict]) -> None:
    """A report of one case is about one person: the one it names most (in three sentences or
    more, and in the case's own sentences) takes part in each of its legal steps and crimes — the
    FIR, the arrest, the court, the bail — however far the sentence that names them."""
    case = [g for g in groups if g["type"] in CASE_TYPES]
    if len(case) < 2:
        return
    case_sentences = {m.sentence for g in case for m in g["mentions"]}
    people = [(e, {m.sentence for m in e.mentions}) for e in doc.entities if e.type == "PERSON"]
    in_case = [(len(s), e) for e, s in people if len(s) >= PROTAGONIST_SENTENCES and s & case_sentences]
    if not in_case:
        return
    best_n, best = max(in_case, key=lambda pair: pair[0])
    if sum(len(s) == best_n for _, s in people) > 1:
        return  # two people named equally often: no single protagonist
    for g in case:
        if all(best.id != x[0] for x in g["who"]):
            g["who"].append((best.id, best.name))


def _add_parties_of_people(doc: Document, groups: list[dict]) -> None:
    """A party's leader taking part takes the party in (the text names his party): "कांग्रेस के
    प्रदेश सचिव संदीप शुक्ला … प्रदर्शन" is a Congress protest too."""
    by_id = {e.id: e for e in doc.entities}
    for g in groups:
        for eid, _ in list(g["who"]):
            ent = by_id.get(eid)
            party = by_id.get(ent.party) if ent is not None and ent.party else None
            if party is not None and all(party.id != x[0] for x in g["who"]):
                g["who"].append((party.id, party.name))


# A wire dateline opening a line ("जोधपुर, 19 दिसंबर (भाषा)", "सूरत : "): where a page carries
# several reports, each dateline after the first starts another story.
STORY_DATELINE_RE = re.compile(
    r"(?m)^[ \t]*[^\s,।:()]{2,25}(?:[ \t][^\s,।:()]{2,25})?[ \t]*"
    r"(?:,[ \t]*\d{1,2}[ \t]+\S+[ \t]*\((?:भाषा|वार्ता|पीटीआई|आईएएनएस|यूएनआई|एजेंसी|एजेंसियां)\)|[ \t]:[ \t])")


RAID_WORDS = {normalise_token(w) for w in ("छापा", "छापे", "छापेमारी", "छापामारी", "दबिश", "हिरासत", "धरपकड़")}


# Kinds of event the news tells once they have happened: with no verb to say otherwise, one of
# these has occurred (an accusation stated, a crime or an accident reported).
TOLD_AFTER_THE_FACT = {"ACCUSATION", "ACCIDENT_DISASTER", "CRIME", "VIOLENCE", "RESIGNATION", "ANNOUNCEMENT"}


def _is_raid(doc: Document, m: _Mention) -> bool:
    return any(t.norm in RAID_WORDS for t in doc.sentences[m.sentence].tokens[m.i:m.j])


def _headlines_end(doc: Document) -> int:
    """Index of the first sentence of the report: the headline and summary lines above it end
    with no full stop."""
    for si, sent in enumerate(doc.sentences):
        if doc.text[sent.start:sent.end].rstrip().endswith(("।", ".", "?", "!", "”", '"')):
            return si
    return 0


def _stories(doc: Document) -> list[int]:
    """The story each sentence belongs to: a page's second and later datelines start new ones."""
    starts = [m.start() for m in STORY_DATELINE_RE.finditer(doc.text)][1:]
    story, out = 0, []
    for sent in doc.sentences:
        while story < len(starts) and sent.start >= starts[story] - 1:
            story += 1
        out.append(story)
    return out


def annotate_events(doc: Document) -> None:
    """Fill ``doc.events`` with merged events, ids v1, v2, … in text order."""
    finder = _EventFinder(doc)
    story_of = _stories(doc)
    lead_end = _headlines_end(doc)
    groups: list[dict] = []
    for m in finder.mentions():
        # the latest event of the same word family; else, where a demonstrative points back
        # ("इस हादसे"), the latest of the type; never one of another report on the page
        same_story = [ev for ev in groups if ev["story"] == story_of[m.sentence]]
        target = next((ev for ev in reversed(same_story) if _compatible(ev, m) and ev["keys"] & m.keys), None)
        if target is None and m.pointed:
            # ("2जी घोटाले के बारे में" refers back only to a scam; after the raid told before
            # it, it is an event of its own)
            target = next((ev for ev in reversed(same_story) if _compatible(ev, m)), None)
        if target is None and m.related:
            target = next((ev for ev in reversed(same_story) if _part_of(ev, m, lead_end)), None)
        if target is None:
            groups.append({"type": m.type, "mentions": [m], "date": m.date, "date_near": m.date_near,
                           "story": story_of[m.sentence], "related": set(m.related),
                           "qualifier": m.qualifier, "status": m.status, "keys": set(m.keys), "counted": m.counted,
                           "who": list(m.who), "where": list(m.where), "agent": m.agent})
            continue
        target["mentions"].append(m)
        target["keys"] |= m.keys
        target["related"] |= m.related
        if target["date"] is None or (m.date_near and not target["date_near"]) or _refines(m.date, target["date"]):
            target["date"], target["date_near"] = m.date, m.date_near or target["date_near"]
        target["qualifier"] = target["qualifier"] or m.qualifier
        target["agent"] = target["agent"] or m.agent  # (the first who speaks makes it theirs)
        if target["status"] == "unknown":
            target["status"] = m.status
        for x in m.who:
            if x not in target["who"]:
                target["who"].append(x)
        for x in m.where:
            if x not in target["where"]:
                target["where"].append(x)

    _add_victims(finder, groups)
    _add_the_accused(finder, groups, story_of)
    _add_the_case_protagonist(doc, groups)
    _add_parties_of_people(doc, groups)
    events = []
    for g in groups:
        ms: list[_Mention] = g["mentions"]
        if all(m.anaphoric and m.status == "unknown" for m in ms) and len(ms) == 1 and ms[0].type in ("ELECTION",):
            continue
        # the main mention: among those that are not back-references, the one that says most
        # (a longer trigger, a date by it, a known tense), the earliest on ties
        candidates = [m for m in ms if not m.anaphoric] or ms
        # (a raid or a detention told with an arrest or a capture is at most a part of it: never its name)
        if g["type"] == "CRIME":
            candidates = [m for m in candidates if not _is_raid(doc, m)] or candidates
        main = max(candidates,
                   key=lambda m: ((m.j - m.i) + m.date_near + (m.status != "unknown"), -ms.index(m)))
        mentions = []
        for m in ms:
            toks = doc.sentences[m.sentence].tokens
            s, e = toks[m.i].start, toks[m.j - 1].end
            mentions.append(Mention(doc.text[s:e], s, e, m.sentence))
        toks = doc.sentences[main.sentence].tokens
        start, end = toks[main.i].start, toks[main.j - 1].end
        statuses = [m.status for m in ms if m.status != "unknown"]
        status = main.status if main.status != "unknown" else (statuses[0] if statuses else "unknown")
        if status == "unknown" and g["type"] in TOLD_AFTER_THE_FACT:
            status = "occurred"  # "इमरान का आरोप है कि …", a headline's "हैरिस का पलटवार"
        events.append(Event(
            id="", type=g["type"], trigger=doc.text[start:end], start=start, end=end, sentence=main.sentence,
            who=[name for _, name in g["who"]], when=_date_value(g["date"]),
            where=[name for _, name in g["where"]],
            status=status,
            negated=all(m.negated for m in ms), plover=main.plover, mentions=mentions))
    events.sort(key=lambda e: e.start)
    for n, ev in enumerate(events, 1):
        ev.id = f"v{n}"
    doc.events = events
