"""News knowledge for entities: parties, alliances, places, titles.

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
matched but flagged ``ambiguous`` so the resolver can ask for model support.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

from ..normalise import normalise_token
from ..segment import tokenize

PARTY, PLACE, ORG = "PARTY", "PLACE", "ORG"
# At equal length, a party reading beats an alliance, and both beat a place.
TYPE_PRIORITY = {PARTY: 0, ORG: 1, PLACE: 2}
PLACE_KIND_PRIORITY = {"country": 0, "state": 1, "ut": 1, "district": 2, "city": 3, "region": 4,
                       "river": 5, "landmark": 6}


@dataclass(frozen=True)
class GazetteerMatch:
    start: int  # token index range [start, end) in the sentence
    end: int
    type: str  # PARTY, PLACE or ORG (alliances)
    name: str  # canonical Hindi name
    english: str  # customary English name
    id: str | None = None  # party / alliance id
    kind: str | None = None  # places: country, state, ut, district, city, region, river, landmark
    state: str | None = None  # places: the Indian state (English) it lies in
    alias: str = ""  # the normalised alias that matched (tokens joined by spaces)
    unit: bool = False  # a party unit (प्रदेश कांग्रेस कमेटी) standing for the party
    ambiguous: bool = False  # also an everyday word or name: needs support from the model
    candidates: int = 1  # how many gazetteer entries share this alias (औरंगाबाद: 2)
    country: str | None = None  # places: the country (English) it lies in, where known


@dataclass
class _Alias:
    tokens: tuple[str, ...]
    type: str
    entry: dict[str, Any]
    unit: bool = False
    next_tokens: frozenset[str] | None = None  # context requirement, if any
    candidates: list[dict[str, Any]] = field(default_factory=list)
    ambiguous: bool = False


def _data(name: str) -> Any:
    path = resources.files("newsparse") / "data" / "gazetteer" / name
    return json.loads(path.read_text(encoding="utf-8"))


@lru_cache(maxsize=20_000)
def alias_tokens(text: str) -> tuple[str, ...]:
    """The normalised token sequence of an alias or a phrase."""
    return tuple(t for t, _, _ in tokenize(normalise_token(text)))


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

    def __init__(self) -> None:
        parties = _data("parties.json")
        places = _data("places.json")
        titles = _data("titles.json")
        self.parties: list[dict] = parties["parties"]
        self.alliances: list[dict] = parties["alliances"]
        self.places: list[dict] = places["places"]
        self.demonyms: dict[str, str] = {normalise_phrase(k): v for k, v in places["demonyms"].items()}
        self.titles = titles
        self._aliases: dict[tuple[str, ...], _Alias] = {}
        self._context: list[_Alias] = []
        self.party_lookup: dict[str, dict] = {}
        self.alliance_lookup: dict[str, dict] = {}
        self.place_lookup: dict[str, list[dict]] = {}
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
        self.prefixes = {normalise_phrase(p) for p in titles["prefixes"]}
        self.ambiguous_prefixes = {normalise_phrase(p) for p in titles["ambiguous_prefixes"]}
        self.suffixes = {normalise_phrase(p) for p in titles["suffixes"]}
        self.ambiguous_suffixes = {normalise_phrase(p) for p in titles["ambiguous_suffixes"]}
        self.courtesy = {normalise_phrase(p) for p in titles["courtesy"]}
        self.roles = [alias_tokens(r) for r in titles["roles"]]
        self.role_set = {" ".join(r) for r in self.roles}
        self.max_role_len = max(len(r) for r in self.roles)
        self.surname_like = {normalise_phrase(w) for w in titles.get("roles_also_surnames", [])} | \
            self.ambiguous_prefixes
        self.not_names = {normalise_phrase(w) for w in titles["not_names"]}

    def _add(self, text: str, typ: str, entry: dict, unit: bool = False,
             next_tokens: list[str] | None = None, ambiguous: bool = False) -> None:
        toks = alias_tokens(text)
        if not toks:
            return
        for v in _variants(toks):
            key = " ".join(v)
            if next_tokens is not None:
                self._context.append(_Alias(v, typ, entry, unit,
                                            frozenset(normalise_phrase(t) for t in next_tokens), [entry]))
                continue
            if typ == PARTY:
                self.party_lookup.setdefault(key, entry)
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
    def find(self, tokens: list[str]) -> list[GazetteerMatch]:
        out: list[GazetteerMatch] = []
        n = len(tokens)
        i = 0
        index = self.index
        while i < n:
            cands = index.get(tokens[i])
            hit = None
            if cands:
                for al in cands:
                    j = i + len(al.tokens)
                    if j > n or tuple(tokens[i:j]) != al.tokens:
                        continue
                    if al.next_tokens is not None and (j >= n or tokens[j] not in al.next_tokens):
                        continue
                    hit = al
                    break
            if hit is None:
                i += 1
                continue
            j = i + len(hit.tokens)
            out.append(self._match(hit, i, j))
            i = j
        return out

    @staticmethod
    def _match(al: _Alias, i: int, j: int) -> GazetteerMatch:
        e = al.entry
        if al.type == PLACE:
            return GazetteerMatch(i, j, PLACE, e["hi"], e["en"], None, e.get("kind"), e.get("state"),
                                  " ".join(al.tokens), False, al.ambiguous, len(al.candidates),
                                  e.get("country"))
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
    """Parties, alliances and places among the normalised tokens of a sentence.

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


def is_role(phrase: str) -> bool:
    return normalise_phrase(phrase) in gazetteer().role_set
