"""News knowledge for entities: parties, alliances, organisations, places, titles.

The JSON files under ``newsparse/data/gazetteer`` (built by
``training/build_gazetteer.py``) are read once per process.  Every alias is
put through the same normalisation and tokenisation as article text
(``normalise_token`` then ``segment.tokenize``), so an alias is a sequence of
normalised tokens and matching is exact token-sequence comparison: ``भाजपा के``
matches ``भाजपा`` and nothing longer, and ``जद (यू)`` matches the tokens
``जद ( यू )``.

The index maps a first token to the alias sequences starting with it, longest
first, so ``find_gazetteer_mentions`` costs a dict lookup per token.  At each
position the longest alias wins (``तृणमूल कांग्रेस`` over ``कांग्रेस``); matches
do not overlap.

Some aliases are everyday words (``आप`` is "you"): those carry the list of
next tokens that make them the party, and match only when followed by one.
Place names that are also common words (``गया`` "went", ``सागर`` "ocean") are
matched but flagged ``ambiguous`` so the resolver can ask for model support;
so are organisation aliases that are everyday words or names (``एक्स``, ``जागरण``).
An organisation alias may also refuse a next token (``रेलवे`` but not ``रेलवे
स्टेशन``), and a national body named by a bare word (``वायुसेना``, ``संसद``) is
not matched after another country's adjective or name (``इजराइली वायुसेना``).

Organisations (``orgs.json``: ministries, courts, agencies, forces, media,
companies, unions …) are ORG matches carrying their ``id`` and ``kind``.  Two
patterns add organisations of a place: a place followed by पुलिस, विधानसभा,
नगर निगम … (``भोपाल पुलिस``, ``बिहार विधानसभा``), and a multi-campus institute
next to a place (``आईआईटी कानपुर``, ``एम्स भोपाल``, ``गोरखपुर एम्स``).  An explicit
entry (``दिल्ली पुलिस``, ``इलाहाबाद हाईकोर्ट``) wins over the pattern.

``is_not_entity`` tells a phrase that is never an entity on its own (months,
weekdays, festivals, diseases, ``सोशल मीडिया``) from everything else.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

from ..normalise import CHAR_MAP, DEVANAGARI_RUN, normalise_word
from ..segment import tokenize

PARTY, PLACE, ORG = "PARTY", "PLACE", "ORG"
# At equal length, a party reading beats an organisation or alliance, and both beat a place.
TYPE_PRIORITY = {PARTY: 0, ORG: 1, PLACE: 2}
PLACE_KIND_PRIORITY = {"country": 0, "state": 1, "ut": 1, "district": 2, "city": 3, "region": 4,
                       "river": 5, "landmark": 6}


@dataclass(frozen=True)
class GazetteerMatch:
    start: int  # token index range [start, end) in the sentence
    end: int
    type: str  # PARTY, PLACE or ORG (alliances and organisations)
    name: str  # canonical Hindi name
    english: str  # customary English name
    id: str | None = None  # party / alliance / organisation id
    # places: country, state, ut, district, city, region, river, landmark;
    # organisations: government, court, agency, police, legislature, media, company,
    # union, university, international, sports, religious, ngo
    kind: str | None = None
    state: str | None = None  # places: the Indian state (English) it lies in
    alias: str = ""  # the normalised alias that matched (tokens joined by spaces)
    unit: bool = False  # a party unit (प्रदेश कांग्रेस कमेटी) standing for the party
    ambiguous: bool = False  # also an everyday word or name: needs support from the model
    candidates: int = 1  # how many gazetteer entries share this alias (औरंगाबाद: 2)
    country: str | None = None  # places: the country (English) it lies in, where known;
    # organisations: the country they belong to (None for international bodies)


@dataclass
class _Alias:
    tokens: tuple[str, ...]
    type: str
    entry: dict[str, Any]
    unit: bool = False
    next_tokens: frozenset[str] | None = None  # context requirement, if any
    candidates: list[dict[str, Any]] = field(default_factory=list)
    ambiguous: bool = False
    not_next: frozenset[str] | None = None  # an organisation unless followed by one of these


def _data(name: str) -> Any:
    path = resources.files("newsparse") / "data" / "gazetteer" / name
    return json.loads(path.read_text(encoding="utf-8"))


def _normalise_text(text: str, words: dict[str, str] | None = None) -> str:
    """``normalise_token(text)`` without the offset map (loading speed): the
    same characters, as tests/test_gazetteer.py checks on every alias.

    ``words``, when given, is the build script's table of the words whose
    normal form differs from themselves; any other word is taken as already
    normal (true of the gazetteer's own aliases, and checked on a sample when
    the gazetteer loads)."""
    out: list[str] = []
    pos = 0
    for m in DEVANAGARI_RUN.finditer(text):
        if m.start() > pos:
            out.append("".join(CHAR_MAP.get(ch, ch) for ch in text[pos:m.start()]))
        w = m.group()
        out.append(normalise_word(w) if words is None else words.get(w, w))
        pos = m.end()
    if pos < len(text):
        out.append("".join(CHAR_MAP.get(ch, ch) for ch in text[pos:]))
    return "".join(out)


@lru_cache(maxsize=20_000)
def alias_tokens(text: str) -> tuple[str, ...]:
    """The normalised token sequence of an alias or a phrase."""
    return tuple(t for t, _, _ in tokenize(_normalise_text(text)))


def normalise_phrase(text: str) -> str:
    """The normalised form of a phrase, tokens joined by single spaces."""
    return " ".join(alias_tokens(text))


def _variants(tokens: tuple[str, ...]) -> list[tuple[str, ...]]:
    """Spelling variants news uses for the same alias: with or without the
    final dot of an abbreviation, hyphens, or brackets (``जद (यू)``/``जद यू``)."""
    out = [tokens]
    if len(tokens) > 1 and tokens[-1] == ".":
        out.append(tokens[:-1])
    for t in list(out):
        if "-" in t and len(t) > 2:
            out.append(tuple(x for x in t if x != "-"))
        if "(" in t and ")" in t and len(t) > 3:
            out.append(tuple(x for x in t if x not in "()"))
    return [v for v in dict.fromkeys(out) if v]


class Gazetteer:
    """All gazetteers, indexed for matching and lookup."""

    def __init__(self, trust_word_table: bool = True) -> None:
        parties = _data("parties.json")
        places = _data("places.json")
        titles = _data("titles.json")
        orgs = _data("orgs.json")
        self._words: dict[str, str] | None = None
        self._tok_cache: dict[str, tuple[str, ...]] = {}
        if trust_word_table:
            self._words = {}
            for d in (parties, places, titles, orgs):
                self._words.update(d.get("normalised_words", {}))
        self._load(parties, places, titles, orgs)
        if self._words is not None and not self._word_table_holds():
            # the normaliser changed since the JSON was built: do it the slow way
            self.__init__(trust_word_table=False)
        self._words, self._tok_cache = None, {}

    def _tokens(self, text: str) -> tuple[str, ...]:
        """``alias_tokens`` for the gazetteer's own strings (fast at load time)."""
        if self._words is None:
            return alias_tokens(text)
        t = self._tok_cache.get(text)
        if t is None:
            t = self._tok_cache[text] = tuple(tok for tok, _, _ in tokenize(_normalise_text(text, self._words)))
        return t

    def _phrase(self, text: str) -> str:
        return " ".join(self._tokens(text))

    def _word_table_holds(self) -> bool:
        """Check the word table against the normaliser on a spread of words."""
        words = sorted({w for text in self._tok_cache for w in DEVANAGARI_RUN.findall(text)})
        sample = set(words[::max(1, len(words) // 60)]) | set(self._words)
        return all(normalise_word(w) == self._words.get(w, w) for w in sample)

    def _load(self, parties: dict, places: dict, titles: dict, orgs: dict) -> None:
        self.orgs: list[dict] = orgs["orgs"]
        self.parties: list[dict] = parties["parties"]
        self.alliances: list[dict] = parties["alliances"]
        self.places: list[dict] = places["places"]
        self.demonyms: dict[str, str] = {self._phrase(k): v for k, v in places["demonyms"].items()}
        self.titles = titles
        self._aliases: dict[tuple[str, ...], _Alias] = {}
        self._context: list[_Alias] = []
        self.party_lookup: dict[str, dict] = {}
        self.alliance_lookup: dict[str, dict] = {}
        self.place_lookup: dict[str, list[dict]] = {}
        self.org_lookup: dict[str, dict] = {}
        for p in self.parties:
            for a in p["aliases_hi"] + p.get("aliases_latin", []) + [p["hi"]]:
                self._add(a, PARTY, p)
            for a in p.get("units", []):
                self._add(a, PARTY, p, unit=True)
            for key in ("aliases_hi_context", "aliases_latin_context"):
                for a, nxt in p.get(key, {}).items():
                    self._add(a, PARTY, p, next_tokens=nxt)
        for al in self.alliances:
            for a in al["aliases_hi"] + al.get("aliases_latin", []) + [al["hi"]]:
                self._add(a, ORG, al)
        for o in self.orgs:
            amb = set(o.get("ambiguous_aliases", []))
            for a in [o["hi"]] + o["aliases_hi"] + o.get("aliases_latin", []):
                self._add(a, ORG, o, ambiguous=a in amb)
            for a, nxt in o.get("not_next", {}).items():
                al = self._aliases.get(self._tokens(a))
                if al is not None and al.entry is o:
                    al.not_next = frozenset(self._phrase(t) for t in nxt)
        for pl in sorted(self.places, key=lambda e: PLACE_KIND_PRIORITY.get(e["kind"], 9)):
            amb = set(pl.get("ambiguous_aliases", []))
            for a in [pl["hi"]] + pl.get("aliases_hi", []):
                self._add(a, PLACE, pl, ambiguous=pl.get("ambiguous", False) or a in amb)
        # first token -> aliases starting with it, longest first
        self.index: dict[str, list[_Alias]] = {}
        for al in list(self._aliases.values()) + self._context:
            self.index.setdefault(al.tokens[0], []).append(al)
        for lst in self.index.values():
            # longest first; among equals, context-bound aliases first (they are stricter)
            lst.sort(key=lambda a: (-len(a.tokens), a.next_tokens is None))
        self.prefixes = {self._phrase(p) for p in titles["prefixes"]}
        self.ambiguous_prefixes = {self._phrase(p) for p in titles["ambiguous_prefixes"]}
        self.suffixes = {self._phrase(p) for p in titles["suffixes"]}
        self.ambiguous_suffixes = {self._phrase(p) for p in titles["ambiguous_suffixes"]}
        self.courtesy = {self._phrase(p) for p in titles["courtesy"]}
        self.roles = [self._tokens(r) for r in titles["roles"]]
        self.role_set = {" ".join(r) for r in self.roles}
        # role -> every name of the same office (itself included)
        self.role_synonyms: dict[str, frozenset[str]] = {}
        for group in titles.get("role_synonyms", []):
            names = frozenset(self._phrase(r) for r in group)
            for r in names:
                self.role_synonyms[r] = self.role_synonyms.get(r, frozenset()) | names
        self.max_role_len = max(len(r) for r in self.roles)
        self.surname_like = {self._phrase(w) for w in titles.get("roles_also_surnames", [])} | \
            self.ambiguous_prefixes
        self.not_names = {self._phrase(w) for w in titles["not_names"]}
        self.not_entities = {self._tokens(w) for w in titles.get("not_entities", [])} - {()}
        self.max_not_entity_len = max((len(t) for t in self.not_entities), default=1)
        # place + पुलिस / विधानसभा / नगर निगम … -> an organisation of that place
        self.place_suffixes: list[tuple[tuple[str, ...], dict]] = sorted(
            ((self._tokens(k), v) for k, v in orgs.get("place_suffixes", {}).items()),
            key=lambda kv: -len(kv[0]))
        self.place_suffix_stop = {self._phrase(w) for w in orgs.get("place_suffix_stop", [])}
        # adjectives of other countries: अमेरिकी वायुसेना is not the Indian Air Force
        self.foreign_adjectives = {self._phrase(k) for k, v in places["demonyms"].items()
                                   if v and any(p["kind"] == "country" and p["en"] != "India" or
                                                p["kind"] == "region" and p.get("country") != "India"
                                                and not p.get("state")
                                                for p in self.place_lookup.get(self._phrase(v), []))}

    def _add(self, text: str, typ: str, entry: dict, unit: bool = False,
             next_tokens: list[str] | None = None, ambiguous: bool = False) -> None:
        toks = self._tokens(text)
        if not toks:
            return
        for v in _variants(toks):
            key = " ".join(v)
            if next_tokens is not None:
                self._context.append(_Alias(v, typ, entry, unit,
                                            frozenset(self._phrase(t) for t in next_tokens), [entry]))
                continue
            if typ == PARTY:
                self.party_lookup.setdefault(key, entry)
            elif typ == ORG and "kind" in entry:
                self.org_lookup.setdefault(key, entry)
            elif typ == ORG:
                self.alliance_lookup.setdefault(key, entry)
            else:
                lst = self.place_lookup.setdefault(key, [])
                if entry not in lst:
                    lst.append(entry)
            existing = self._aliases.get(v)
            if existing is None:
                self._aliases[v] = _Alias(v, typ, entry, unit, None, [entry], ambiguous)
            elif existing.type == typ == PLACE:
                if entry not in existing.candidates:
                    existing.candidates.append(entry)
                    existing.ambiguous = existing.ambiguous or ambiguous
            elif TYPE_PRIORITY[typ] < TYPE_PRIORITY[existing.type]:
                self._aliases[v] = _Alias(v, typ, entry, unit, None, [entry], ambiguous)

    # -- matching ---------------------------------------------------------
    def _hit(self, tokens: list[str], i: int, out: list[GazetteerMatch]) -> _Alias | None:
        """The longest alias that may start at tokens[i], else None."""
        cands = self.index.get(tokens[i])
        if not cands:
            return None
        n = len(tokens)
        for al in cands:
            j = i + len(al.tokens)
            if j > n or tuple(tokens[i:j]) != al.tokens:
                continue
            if al.next_tokens is not None and (j >= n or tokens[j] not in al.next_tokens):
                continue
            if al.not_next is not None and j < n and tokens[j] in al.not_next:
                continue
            if al.type == ORG and al.entry.get("national") and self._foreign_before(tokens, i, out):
                continue
            return al
        return None

    def _foreign_before(self, tokens: list[str], i: int, out: list[GazetteerMatch]) -> bool:
        """Another country's adjective or name just before position i."""
        if i and tokens[i - 1] in self.foreign_adjectives:
            return True
        if i and tokens[i - 1] in _GENITIVE:  # पाकिस्तान के सुप्रीम कोर्ट
            i -= 1
        if out and out[-1].end == i and out[-1].type == PLACE and out[-1].kind == "country":
            return out[-1].english != "India"
        return False

    def find(self, tokens: list[str]) -> list[GazetteerMatch]:
        out: list[GazetteerMatch] = []
        n = len(tokens)
        i = 0
        while i < n:
            hit = self._hit(tokens, i, out)
            if hit is None:
                i += 1
                continue
            j = i + len(hit.tokens)
            m = self._match(hit, i, j)
            if hit.type == PLACE and j < n:
                m = self._place_org(tokens, m, out) or m
            elif hit.type == ORG and hit.entry.get("campus") and j < n:
                m = self._campus(tokens, m, hit.entry, out) or m
            out.append(m)
            i = m.end
        return out

    def _place_org(self, tokens: list[str], m: GazetteerMatch,
                   out: list[GazetteerMatch]) -> GazetteerMatch | None:
        """``दिल्ली`` + ``पुलिस`` -> the ORG ``दिल्ली पुलिस``; ``गोरखपुर`` + ``एम्स``
        -> the campus ``एम्स गोरखपुर``.  A shorter place reading at the same
        position may take the suffix (``कानपुर`` + ``नगर निगम``, not the district
        ``कानपुर नगर`` + ``निगम``)."""
        best = None
        for al in self.index.get(tokens[m.start], ()):
            j = m.start + len(al.tokens)
            if al.type != PLACE or j >= len(tokens) or tuple(tokens[m.start:j]) != al.tokens:
                continue
            pm = m if j == m.end else self._match(al, m.start, j)
            org = self._suffix_org(tokens, pm) or self._campus_after(tokens, pm, out)
            if org is not None and (best is None or org.end > best.end):
                best = org
        return best if best is not None and best.end > m.end else None

    def _suffix_org(self, tokens: list[str], m: GazetteerMatch) -> GazetteerMatch | None:
        j = m.end
        for suf, info in self.place_suffixes:
            k = j + len(suf)
            if tuple(tokens[j:k]) != suf or m.kind not in info["place_kinds"]:
                continue
            if k < len(tokens) and tokens[k] in self.place_suffix_stop:
                return None
            return GazetteerMatch(m.start, k, ORG, f"{m.name} {info['hi']}", f"{m.english} {info['en']}",
                                  f"{info['kind']}:{m.english}", info["kind"], m.state,
                                  " ".join(tokens[m.start:k]), False, m.ambiguous, m.candidates,
                                  m.country)
        return None

    def _campus_after(self, tokens: list[str], m: GazetteerMatch,
                      out: list[GazetteerMatch]) -> GazetteerMatch | None:
        """A place before a multi-campus institute: ``गोरखपुर एम्स``."""
        if m.ambiguous:
            return None
        org = self._hit(tokens, m.end, out)
        if org is None or org.type != ORG or not org.entry.get("campus"):
            return None
        e, k = org.entry, m.end + len(org.tokens)
        return GazetteerMatch(m.start, k, ORG, f"{e['hi']} {m.name}", f"{e['en']} {m.english}",
                              f"{e['id']}:{m.english}", e["kind"], m.state, " ".join(tokens[m.start:k]),
                              False, False, 1, e.get("country"))

    def _campus(self, tokens: list[str], m: GazetteerMatch, entry: dict,
                out: list[GazetteerMatch]) -> GazetteerMatch | None:
        """``आईआईटी`` + ``कानपुर`` -> the ORG ``आईआईटी कानपुर``."""
        j = m.end
        if tokens[j] == "-" and j + 1 < len(tokens):
            j += 1
        place = self._hit(tokens, j, out)
        if place is None or place.type != PLACE or place.ambiguous:
            return None
        p = place.entry
        k = j + len(place.tokens)
        return GazetteerMatch(m.start, k, ORG, f"{entry['hi']} {p['hi']}",
                              f"{entry['en']} {p['en']}", f"{entry['id']}:{p['en']}", entry["kind"],
                              p.get("state"), " ".join(tokens[m.start:k]), False, False, 1,
                              entry.get("country"))

    @staticmethod
    def _match(al: _Alias, i: int, j: int) -> GazetteerMatch:
        e = al.entry
        if al.type == PLACE:
            return GazetteerMatch(i, j, PLACE, e["hi"], e["en"], None, e.get("kind"), e.get("state"),
                                  " ".join(al.tokens), False, al.ambiguous, len(al.candidates),
                                  e.get("country"))
        if "kind" in e:  # an organisation
            return GazetteerMatch(i, j, ORG, e["hi"], e["en"], e.get("id"), e["kind"], None,
                                  " ".join(al.tokens), False, al.ambiguous, 1, e.get("country"))
        return GazetteerMatch(i, j, al.type, e["hi"], e["en"], e.get("id"), None, None,
                              " ".join(al.tokens), al.unit, False, 1)

    # -- titles -----------------------------------------------------------
    def _role_at(self, tokens: list[str], i: int) -> int:
        """Length of the longest role phrase starting at tokens[i] (0 if none)."""
        for k in range(min(self.max_role_len, len(tokens) - i), 0, -1):
            if " ".join(tokens[i:i + k]) in self.role_set:
                return k
        return 0

    def strip_titles(self, tokens: list[str]) -> tuple[list[str], list[str]]:
        name = list(tokens)
        roles: list[str] = []
        changed = True
        while changed and name:
            changed = False
            k = self._role_at(name, 0)
            if k == 1 and name[0] in self.surname_like and len(name) < 3:
                k = 0  # "पटवारी रमेश" may be a name; "पटवारी रमेश कुमार" is a role + name
            if k and len(name) > k:
                roles.append(" ".join(name[:k]))
                name = name[k:]
                changed = True
            elif name[0] in self.prefixes and len(name) > 1:
                # ठाकुर, चौधरी ... are surnames too: strip only before a full name
                rest = name[1:]
                if rest and rest[0] == ".":
                    rest = rest[1:]
                if name[0] in self.ambiguous_prefixes and len(rest) < 2:
                    break
                if not rest:
                    break
                if name[0] not in self.courtesy:
                    roles.append(name[0])
                name = rest
                changed = True
            while name and name[0] in {".", ",", "-"}:
                name = name[1:]
        while len(name) > 1 and name[-1] in self.suffixes:
            if name[-1] in self.ambiguous_suffixes and len(name) < 3:
                break
            if name[-1] not in self.courtesy:
                roles.append(name[-1])
            name = name[:-1]
        return name, roles


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The process-wide gazetteer (loaded on first use)."""
    return Gazetteer()


def find_gazetteer_mentions(tokens: list[str]) -> list[GazetteerMatch]:
    """Parties, alliances, organisations and places among the normalised tokens
    of a sentence.

    Leftmost-longest, non-overlapping; context-bound aliases only where the
    next token allows them.
    """
    return gazetteer().find(tokens)


def party_by_alias(norm_text: str) -> dict | None:
    """The party entry an alias (or unit) names, else None.  Context-bound
    aliases (``आप``) are not answered: alone they are not the party."""
    return gazetteer().party_lookup.get(normalise_phrase(norm_text))


def alliance_by_alias(norm_text: str) -> dict | None:
    return gazetteer().alliance_lookup.get(normalise_phrase(norm_text))


def org_by_alias(norm_text: str) -> dict | None:
    """The organisation an alias names (``सीबीआई``, ``सुप्रीम कोर्ट``, ``दिल्ली पुलिस``),
    else None.  A place followed by पुलिस, विधानसभा, नगर निगम … (``भोपाल पुलिस``)
    and an institute followed by its campus (``आईआईटी कानपुर``) are answered
    with an entry built like the matcher's (id ``police:Bhopal``).  Alliances
    are not answered here (``alliance_by_alias``)."""
    g = gazetteer()
    key = normalise_phrase(norm_text)
    e = g.org_lookup.get(key)
    if e is not None:
        return e
    toks = list(alias_tokens(norm_text))
    if not toks:
        return None
    ms = g.find(toks)
    if len(ms) == 1 and ms[0].type == ORG and ms[0].kind and (ms[0].start, ms[0].end) == (0, len(toks)):
        m = ms[0]
        return {"id": m.id, "hi": m.name, "en": m.english, "kind": m.kind, "state": m.state,
                "country": m.country}
    return None


def places_by_alias(norm_text: str) -> list[dict]:
    """Every place entry an alias may name, the likeliest first."""
    return gazetteer().place_lookup.get(normalise_phrase(norm_text), [])


def place_by_alias(norm_text: str) -> dict | None:
    """The likeliest place an alias names (a state before a district of the
    same name, a district before a town), else None."""
    lst = places_by_alias(norm_text)
    return lst[0] if lst else None


def _demonym_stems(w: str) -> list[str]:
    stems = [w]
    # plural oblique: पाकिस्तानियों -> पाकिस्तानी, अमेरिकियों -> अमेरिकी, श्रीलंकाइयों -> श्रीलंकाई
    if w.endswith("ियों"):
        stems.append(w[:-4] + "ी")
    if w.endswith("इयों"):
        stems.append(w[:-4] + "ई")
    if w.endswith("ों"):
        stems.append(w[:-2])
    return stems


def is_demonym(word: str) -> bool:
    """True for a demonym or place adjective (भारतीय, पाकिस्तानियों) — not a place."""
    d = gazetteer().demonyms
    return any(s in d for s in _demonym_stems(normalise_phrase(word)))


def demonym_place(word: str) -> str | None:
    """The place a demonym refers to (``अमेरिकी`` -> ``अमेरिका``), if any."""
    d = gazetteer().demonyms
    for s in _demonym_stems(normalise_phrase(word)):
        if s in d:
            return d[s] or None
    return None


def strip_titles(tokens: list[str]) -> tuple[list[str], list[str]]:
    """Split leading titles/roles and trailing honorifics off a name.

    ``['पूर्व','मुख्यमंत्री','श्री','शिवराज','सिंह','चौहान','जी']`` →
    ``(['शिवराज','सिंह','चौहान'], ['पूर्व मुख्यमंत्री'])``.  Courtesy words
    (श्री, जी) are dropped; roles and professional titles (डॉ, मौलाना) are
    returned.  A prefix that is also a surname (ठाकुर, चौधरी) is only stripped
    when at least two name tokens follow; a name is never stripped to nothing.
    """
    return gazetteer().strip_titles([normalise_phrase(t) or t for t in tokens])


def is_not_name(word: str) -> bool:
    """True for words that are never a person's or place's name on their own
    (pronouns, generic nouns, bare roles and titles)."""
    g = gazetteer()
    w = normalise_phrase(word)
    if w in g.surname_like:
        return False
    return w in g.not_names or w in g.role_set or w in g.prefixes or w in g.suffixes


def is_not_entity(phrase: str) -> bool:
    """True for a phrase made only of words that are never an entity
    (months, weekdays, festivals, diseases, ``सोशल मीडिया``, ``कोरोना``…),
    with numbers, punctuation and ``और``/``व`` allowed between them:
    ``कोविड-19``, ``जनवरी``, ``सोमवार और मंगलवार``.  The resolver may drop a
    model span for which this holds."""
    g = gazetteer()
    toks = alias_tokens(phrase)
    k, found = 0, False
    while k < len(toks):
        for ln in range(min(g.max_not_entity_len, len(toks) - k), 0, -1):
            if toks[k:k + ln] in g.not_entities:
                k += ln
                found = True
                break
        else:
            t = toks[k]
            if t in _FILLERS or t.isdigit() or not any(ch.isalnum() for ch in t):
                k += 1
                continue
            return False
    return found


_FILLERS = {"और", "व", "एवं", "तथा", "या"}
_GENITIVE = {"के", "की", "का"}


def is_title_prefix(word: str) -> bool:
    """A title or honorific that may stand before a name (श्री, डॉ, पं, मौलाना)."""
    return normalise_phrase(word) in gazetteer().prefixes


def same_office(role: str) -> frozenset[str]:
    """Every name of the office ``role`` names (``एसपी`` -> ``{एसपी, पुलिस अधीक्षक}``), normalised."""
    r = normalise_phrase(role)
    return gazetteer().role_synonyms.get(r, frozenset({r}))


def is_role(phrase: str) -> bool:
    return normalise_phrase(phrase) in gazetteer().role_set
