"""From NER tags and gazetteer matches to entities: one per real-world referent.

Per sentence, candidate mentions come from two sources:
  * the stanza model's PER/ORG/LOC spans (what it has learned from IL-NER/HiNER);
  * the gazetteer's party, alliance and place aliases (what Hindi news needs
    and the model's training data lacks: भाजपा is a PARTY, not just an ORG).
They are merged (the gazetteer types a span, the model finds unknown names),
cleaned (titles become roles, postpositions and demonyms never leak into
names), then clustered (``पटवारी`` joins ``जीतू पटवारी``), named (canonical
Hindi + Latin) and linked (a person's party, where the text says it).
Finally names already known are looked for again in every sentence, since
the model does not tag every repeat of a name it tagged once.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..document import Document, Entity, Mention, Sentence
from . import gazetteer as gz
from .latin import latin_name

MODEL_TYPES = {"PER": "PERSON", "LOC": "PLACE", "ORG": "ORG"}
POSTPOSITIONS = {"के", "की", "का", "ने", "को", "में", "से", "पर", "तक", "और", "व", "एवं", "भी", "ही",
                 "द्वारा", "लिए", "साथ", "बाद", "पास", "वाले", "वाली", "वाला"}
PUNCT_RE = re.compile(r"^[\W_]+$")
# Words that may open a person span in model output but are never part of a name.
NON_NAME_OPENERS = {"नये", "नए", "नई", "पूर्व", "वरिष्ठ", "युवा", "दिवंगत", "तत्कालीन", "मौजूदा", "इस", "उस", "यह", "वह",
                    "एक", "साथ", "बीच", "अब", "तब"}
# Common nouns in news that an ORG/PLACE span may consist of alone.
GENERIC_WORDS = {"सरकार", "पार्टी", "प्रदेश", "राज्य", "शहर", "जिला", "जिले", "गांव", "देश", "केंद्र", "पुलिस",
                 "विभाग", "संगठन", "कार्यालय", "मंत्रालय", "सदन", "विधानसभा", "न्यायालय", "अदालत", "कोर्ट",
                 "समिति", "आयोग", "थाना", "थाने", "कंपनी", "बैंक", "स्कूल", "कॉलेज", "अस्पताल"}
PERSON_MAX_TOKENS = 5


@dataclass
class Candidate:
    sentence: int
    i: int  # token range [i, j) in the sentence
    j: int
    type: str  # PERSON, PARTY, PLACE, ORG
    canonical: str | None = None  # gazetteer canonical name
    english: str | None = None
    key: str | None = None  # gazetteer identity (party id / place name)
    state: str | None = None
    roles: list[str] = field(default_factory=list)
    from_model: bool = False
    from_gazetteer: bool = False


def _model_spans(tags: list[str]) -> list[tuple[int, int, str]]:
    out, start, typ = [], None, None
    for k, t in enumerate(tags + ["O"]):
        if t.startswith("B-") or t == "O" or (t.startswith("I-") and t[2:] != typ):
            if start is not None:
                out.append((start, k, typ))
                start, typ = None, None
            if t != "O":
                start, typ = k, t[2:]
    return [s for s in out if s[2] in MODEL_TYPES]


def _trim(words: list[str], i: int, j: int) -> tuple[int, int]:
    """Drop postpositions and punctuation at either edge of a span."""
    while i < j and (words[i] in POSTPOSITIONS or PUNCT_RE.match(words[i])):
        i += 1
    while j > i and (words[j - 1] in POSTPOSITIONS or PUNCT_RE.match(words[j - 1])):
        j -= 1
    return i, j


def _candidates(si: int, sent: Sentence) -> list[Candidate]:
    words = [t.norm for t in sent.tokens]
    gaz = gz.find_gazetteer_mentions(words)
    gaz_cover = [None] * len(words)
    for m in gaz:
        for k in range(m.start, m.end):
            gaz_cover[k] = m
    out: list[Candidate] = []
    used = [False] * len(words)
    tags = sent.ner_tags or ["O"] * len(words)

    for i, j, mtype in _model_spans(tags):
        i, j = _trim(words, i, j)
        if i >= j:
            continue
        typ = MODEL_TYPES[mtype]
        inside = [m for m in gaz if m.start < j and m.end > i]
        if inside:
            # The gazetteer knows these words: a party/place/alliance reading
            # wins over the model's type, except for a person whose name
            # merely contains a place word (विजय नगर … is rare; मोदी नगर is a place).
            if typ == "PERSON" and all(m.type == gz.PLACE for m in inside) and (j - i) > max(m.end - m.start for m in inside):
                pass
            else:
                continue
        cand = Candidate(si, i, j, typ, from_model=True)
        if typ == "PERSON":
            name, roles = gz.strip_titles(words[i:j])
            lead = 0
            while lead < len(name) and name[lead] in NON_NAME_OPENERS:
                lead += 1
            name = name[lead:]
            if not name:
                continue
            # strip_titles works on a copy; find where the bare name sits in the span
            start = i + _find_sub(words[i:j], name)
            cand.i, cand.j, cand.roles = start, start + len(name), roles
            if cand.j - cand.i > PERSON_MAX_TOKENS:
                continue
            role = _role_before(words, cand.i)
            if role and role not in cand.roles:
                cand.roles.append(role)
        out.append(cand)
        for k in range(cand.i, cand.j):
            used[k] = True

    for m in gaz:
        if any(used[m.start:m.end]):
            continue
        if m.ambiguous and not any(t != "O" for t in tags[m.start:m.end]):
            continue  # an everyday word unless the model also saw a name here
        if m.type == gz.PLACE and m.end - m.start == 1 and gz.is_demonym(words[m.start]):
            continue
        key = m.id or m.name
        out.append(Candidate(si, m.start, m.end, m.type, canonical=m.name, english=m.english,
                             key=key, state=m.state, from_gazetteer=True))
    return [c for c in out if _acceptable(c, words)]


def _role_before(words: list[str], i: int) -> str | None:
    """A role phrase just before a name (प्रदेश कांग्रेस अध्यक्ष जीतू पटवारी)."""
    for k in range(min(5, i), 0, -1):
        phrase = " ".join(words[i - k:i])
        if gz.is_role(phrase):
            return phrase
    return None


def _find_sub(words: list[str], sub: list[str]) -> int:
    for k in range(len(words) - len(sub) + 1):
        if words[k:k + len(sub)] == sub:
            return k
    return 0


def _acceptable(c: Candidate, words: list[str]) -> bool:
    span = words[c.i:c.j]
    if not span or all(PUNCT_RE.match(w) for w in span):
        return False
    text = " ".join(span)
    if c.from_gazetteer:
        return True
    if len(span) == 1 and (gz.is_not_name(span[0]) or span[0] in POSTPOSITIONS or len(span[0]) < 2):
        return False
    if c.type == "PLACE" and len(span) == 1 and gz.is_demonym(span[0]):
        return False
    if c.type in ("ORG", "PLACE") and all(w in GENERIC_WORDS for w in span):
        return False
    if c.type == "PERSON" and (gz.is_role(text) or any(ch.isdigit() for ch in text)):
        return False
    return True


class _Cluster:
    def __init__(self, typ: str, key: str, display: list[str]):
        self.type = typ
        self.key = key
        self.tokens = display  # normalised tokens of the fullest form
        self.cands: list[Candidate] = []
        self.canonical: str | None = None
        self.english: str | None = None
        self.state: str | None = None


def annotate_entities(doc: Document) -> None:
    cands: list[Candidate] = []
    for si, sent in enumerate(doc.sentences):
        cands.extend(_candidates(si, sent))
    cands = _propagate(doc, cands)
    clusters = _cluster(doc, cands)
    doc.entities = _build_entities(doc, clusters)


def _words(doc: Document, c: Candidate) -> list[str]:
    return [t.norm for t in doc.sentences[c.sentence].tokens[c.i:c.j]]


def _propagate(doc: Document, cands: list[Candidate]) -> list[Candidate]:
    """Find again, in every sentence, the model-found names already known.

    Only multi-token names and single tokens the model tagged at least twice
    or that end a known full name (a surname), so common words are not spread.
    """
    known: dict[tuple[str, ...], str] = {}
    counts: dict[tuple[str, ...], int] = {}
    for c in cands:
        if c.from_model:
            key = tuple(_words(doc, c))
            counts[key] = counts.get(key, 0) + 1
            known.setdefault(key, c.type)
    for key, typ in list(known.items()):
        if typ == "PERSON" and len(key) >= 2:
            last = key[-1:]
            if len(last[0]) > 2 and not gz.is_not_name(last[0]) and last not in known:
                known[last] = "PERSON"
                counts[last] = max(counts.get(last, 0), 2)
    patterns = {k: t for k, t in known.items() if len(k) >= 2 or counts.get(k, 0) >= 2}
    if not patterns:
        return cands
    taken = {(c.sentence, k) for c in cands for k in range(c.i, c.j)}
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for k in sorted(patterns, key=len, reverse=True):
        by_first.setdefault(k[0], []).append(k)
    extra = []
    for si, sent in enumerate(doc.sentences):
        words = [t.norm for t in sent.tokens]
        k = 0
        while k < len(words):
            hit = None
            for pat in by_first.get(words[k], ()):
                if tuple(words[k:k + len(pat)]) == pat and not any((si, x) in taken for x in range(k, k + len(pat))):
                    hit = pat
                    break
            if hit:
                extra.append(Candidate(si, k, k + len(hit), patterns[hit], from_model=True))
                for x in range(k, k + len(hit)):
                    taken.add((si, x))
                k += len(hit)
            else:
                k += 1
    return cands + extra


def _cluster(doc: Document, cands: list[Candidate]) -> list[_Cluster]:
    clusters: dict[tuple[str, str], _Cluster] = {}
    order: list[_Cluster] = []
    persons_single: list[Candidate] = []
    cands = sorted(cands, key=lambda c: (c.sentence, c.i))
    for c in cands:
        words = _words(doc, c)
        if c.type == "PERSON" and len(words) == 1:
            persons_single.append(c)
            continue
        key = c.key or " ".join(words)
        ck = (c.type, key)
        cl = clusters.get(ck)
        if cl is None:
            cl = _Cluster(c.type, key, words)
            cl.canonical, cl.english, cl.state = c.canonical, c.english, c.state
            clusters[ck] = cl
            order.append(cl)
        cl.cands.append(c)
    # A one-word person mention joins the full name it is the surname or
    # first name of, when exactly one such person is known.
    persons = [cl for cl in order if cl.type == "PERSON"]
    for c in persons_single:
        w = _words(doc, c)[0]
        owners = [cl for cl in persons if cl.tokens[-1] == w or cl.tokens[0] == w]
        if len(owners) == 1:
            owners[0].cands.append(c)
            continue
        ck = ("PERSON", w)
        cl = clusters.get(ck)
        if cl is None:
            cl = _Cluster("PERSON", w, [w])
            clusters[ck] = cl
            order.append(cl)
        cl.cands.append(c)
    # ORG clusters whose text is a known party's name + nothing else were
    # already typed by the gazetteer; a model ORG equal to a PLACE's words
    # (रूस as ORG) joins the place.
    return sorted(order, key=lambda cl: min((c.sentence, c.i) for c in cl.cands))


def _build_entities(doc: Document, clusters: list[_Cluster]) -> list[Entity]:
    entities: list[Entity] = []
    for n, cl in enumerate(clusters, 1):
        mentions = []
        roles: list[str] = []
        for c in sorted(cl.cands, key=lambda c: (c.sentence, c.i)):
            sent = doc.sentences[c.sentence]
            start, end = sent.tokens[c.i].start, sent.tokens[c.j - 1].end
            mentions.append(Mention(text=doc.text[start:end], start=start, end=end, sentence=c.sentence))
            for r in c.roles:
                if r not in roles:
                    roles.append(r)
        if cl.canonical:
            name = cl.canonical
        else:
            # the fullest form as written (original spelling, nukta and all)
            best = max(mentions, key=lambda m: (len(m.text.split()), len(m.text)))
            name = " ".join(best.text.split())
        ent = Entity(id=f"e{n}", type=cl.type, name=name, mentions=mentions, roles=roles,
                     english=cl.english, state=cl.state,
                     source="gazetteer" if any(c.from_gazetteer for c in cl.cands) else "model")
        ent.latin = cl.english or latin_name(name, cl.type)
        entities.append(ent)
    _link_parties(doc, entities)
    return entities


def _link_parties(doc: Document, entities: list[Entity]) -> None:
    """A person's party: a party mention right before the name (भाजपा नेता X,
    भाजपा के X) or right after it in brackets/with के (X (भाजपा))."""
    party_at: dict[int, list[tuple[int, int, str]]] = {}
    for e in entities:
        if e.type == "PARTY":
            for m in e.mentions:
                party_at.setdefault(m.sentence, []).append((m.start, m.end, e.id))
    for e in entities:
        if e.type != "PERSON":
            continue
        votes: dict[str, int] = {}
        for m in e.mentions:
            for ps, pe, pid in party_at.get(m.sentence, ()):
                gap = doc.text[pe:m.start] if pe <= m.start else doc.text[m.end:ps]
                if len(gap) <= 25 and "।" not in gap and "," not in gap:
                    votes[pid] = votes.get(pid, 0) + 1
        if votes:
            e.party = max(votes, key=votes.get)
