"""Readable Latin spellings of Hindi names.

``to_latin`` is a rule-based Devanagari→Latin romanisation tuned for names as
Indian English news spells them, not a reversible scholarly transliteration:
no diacritics, long and short vowels merged (``जीतू`` → ``Jitu``), the inherent
vowel (schwa) dropped where Hindi drops it, anusvara written ``n``/``m`` by the
consonant that follows, and each word title-cased.  Input is the normalised
view (no nukta, chandrabindu already folded into anusvara), but raw text works
too: nukta signs are ignored and chandrabindu is treated like anusvara.

Schwa deletion follows Ohala's rule, applied right to left over the syllables
of a word: a word-final schwa goes (unless it follows a consonant cluster, as
in ``नरेंद्र``), and a medial schwa goes in the context V C _ C V when both
neighbouring syllables keep their vowels (``कमलनाथ`` → ``Kamalnath``,
``पटवारी`` → ``Patwari``).  Rules cannot know every customary spelling
(``Scindia``, ``Thackeray``), so a small table of frequent name words, and the
gazetteer for known parties and places (``latin_name``), come first.

Hindi letter-name abbreviations (``एसएस``, ``आरके``, ``सीबीआई``) become
capital initials (``SS``, ``RK``, ``CBI``).
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

VIRAMA = "\u094D"
ANUSVARA = "\u0902"
CHANDRABINDU = "\u0901"
VISARGA = "\u0903"
NUKTA = "\u093C"

NUKTA_SIGN = "\u093C"
CONSONANTS = {
    "क": "k", "ख": "kh", "ग": "g", "घ": "gh", "ङ": "n",
    "च": "ch", "छ": "chh", "ज": "j", "झ": "jh", "ञ": "n",
    "ट": "t", "ठ": "th", "ड": "d", "ढ": "dh", "ण": "n",
    "त": "t", "थ": "th", "द": "d", "ध": "dh", "न": "n",
    "प": "p", "फ": "f", "ब": "b", "भ": "bh", "म": "m",
    "य": "y", "र": "r", "ल": "l", "व": "v", "श": "sh", "ष": "sh", "स": "s", "ह": "h",
    "ळ": "l", "ऱ": "r", "ऴ": "l", "ऩ": "n",
    # precomposed nukta letters, should raw text reach us
    **{c + NUKTA_SIGN: v for c, v in [("क", "q"), ("ख", "kh"), ("ग", "g"), ("ज", "z"), ("ड", "r"),
                                       ("ढ", "rh"), ("फ", "f"), ("य", "y")]},
}
INDEPENDENT_VOWELS = {
    "अ": "a", "आ": "a", "इ": "i", "ई": "i", "उ": "u", "ऊ": "u", "ऋ": "ri", "ॠ": "ri",
    "ए": "e", "ऐ": "ai", "ओ": "o", "औ": "au", "ऑ": "o", "ऍ": "e", "ऎ": "e", "ऒ": "o", "ऌ": "li",
}
VOWEL_SIGNS = {
    "\u093E": "a", "\u093F": "i", "\u0940": "i", "\u0941": "u", "\u0942": "u", "\u0943": "ri",
    "\u0944": "ri", "\u0947": "e", "\u0948": "ai", "\u094B": "o", "\u094C": "au", "\u0949": "o",
    "\u0945": "e", "\u0946": "e", "\u094A": "o", "\u0962": "li",
}
CLUSTER_KEEPS_SCHWA = set("रयलवणमन")
# Places of articulation, for writing anusvara as n or m.
LABIALS = set("पफबभम")
VOWEL_I = {"\u093F", "\u0940", "इ", "ई"}

# Hindi names of Latin letters, for abbreviations written out in Devanagari.
# Longer names first so that greedy parsing prefers them.
LETTER_NAMES = sorted({
    "ए": "A", "बी": "B", "सी": "C", "डी": "D", "ई": "E", "एफ": "F", "जी": "G", "एच": "H", "आई": "I",
    "जे": "J", "के": "K", "एल": "L", "एम": "M", "एन": "N", "ओ": "O", "पी": "P", "क्यू": "Q", "आर": "R",
    "एस": "S", "टी": "T", "यू": "U", "वी": "V", "डब्ल्यू": "W", "डब्लू": "W", "एक्स": "X", "वाई": "Y",
    "जेड": "Z", "जैड": "Z",
}.items(), key=lambda kv: -len(kv[0]))
SINGLE_LETTERS = dict(LETTER_NAMES)
# Words that parse as letter names but are ordinary words or names.
NOT_INITIALS = {"बीबी", "जीजी", "सीसी", "पीपी"}

# Customary spellings the rules cannot derive (frequent name words in news).
CUSTOMARY = {
    "सिंधिया": "Scindia", "ठाकरे": "Thackeray", "बनर्जी": "Banerjee", "मुखर्जी": "Mukherjee",
    "चटर्जी": "Chatterjee", "वर्मा": "Verma", "चौधरी": "Chaudhary",
    "ओवैसी": "Owaisi", "पायलट": "Pilot", "फडणवीस": "Fadnavis", "फडनवीस": "Fadnavis",
    "मायावती": "Mayawati", "ममता": "Mamata", "लखनऊ": "Lucknow", "जेटली": "Jaitley",
    "येचुरी": "Yechury", "वाजपेयी": "Vajpayee", "आडवाणी": "Advani", "सुब्रमण्यम": "Subramanian",
    "परवेज": "Pervez", "राव": "Rao", "नायडू": "Naidu", "रेड्डी": "Reddy",
    "शेखावत": "Shekhawat", "भागवत": "Bhagwat", "शिवराज": "Shivraj", "चौहान": "Chouhan",
    "केजरीवाल": "Kejriwal", "सिसोदिया": "Sisodia", "मोहम्मद": "Mohammad", "मो": "Md",
    "गडकरी": "Gadkari", "राजनाथ": "Rajnath", "पुतिन": "Putin", "ट्रंप": "Trump", "बाइडेन": "Biden",
    "जेलेंस्की": "Zelensky", "शी": "Xi", "जिनपिंग": "Jinping", "शहबाज": "Shehbaz", "इमरान": "Imran",
    "नवाज": "Nawaz", "ज्योतिरादित्य": "Jyotiraditya", "कुमारस्वामी": "Kumaraswamy",
    "सिद्धारमैया": "Siddaramaiah", "स्टालिन": "Stalin", "जयशंकर": "Jaishankar",
    "सीतारमण": "Sitharaman", "निर्मला": "Nirmala", "सोरेन": "Soren", "पटनायक": "Patnaik",
    "बघेल": "Baghel", "वसुंधरा": "Vasundhara", "खरगे": "Kharge", "खड़गे": "Kharge",
    "खडगे": "Kharge", "अखिलेश": "Akhilesh", "दिग्विजय": "Digvijaya", "उमर": "Omar", "महबूबा": "Mehbooba",
    "मुफ्ती": "Mufti", "अब्दुल्ला": "Abdullah", "हुसैन": "Hussain", "अहमद": "Ahmed", "जी": "ji",
    # ज़ lost with the nukta: Urdu names customarily spelt with z
    "आजाद": "Azad", "आजम": "Azam", "अजीज": "Aziz", "नजीर": "Nazir", "जफर": "Zafar", "रजा": "Raza",
    "रिजवी": "Rizvi", "जैदी": "Zaidi", "फैज": "Faiz", "जाकिर": "Zakir", "जुबैर": "Zubair",
    "जीशान": "Zeeshan", "मिर्जा": "Mirza", "जरदारी": "Zardari", "जिया": "Zia", "नाजिया": "Nazia",
    "फिरोज": "Firoz", "रजिया": "Razia", "अजहर": "Azhar", "इमरान": "Imran", "रिजवान": "Rizwan",
    "मीणा": "Meena", "मीना": "Meena", "राठौर": "Rathore", "राठौड": "Rathore",
    "दीक्षित": "Dixit", "चतुर्वेदी": "Chaturvedi", "श्रीवास्तव": "Srivastava", "दुबे": "Dubey",
    "सोनिया": "Sonia", "तेजस्वी": "Tejashwi", "सिद्धू": "Sidhu", "कैप्टन": "Captain", "दीपक": "Deepak",
    "नवीन": "Naveen", "हाईवे": "Highway", "इंदौर": "Indore",
    # English words in organisation and place names keep their English spelling (Hindi words
    # such as अस्पताल are romanised, not translated)
    "हॉस्पिटल": "Hospital", "यूनिवर्सिटी": "University", "कॉलेज": "College", "स्कूल": "School", "इंस्टीट्यूट": "Institute",
    "फाउंडेशन": "Foundation", "एसोसिएशन": "Association", "सोसाइटी": "Society", "क्लब": "Club", "ट्रस्ट": "Trust",
    "कॉरपोरेशन": "Corporation", "कॉर्पोरेशन": "Corporation", "लिमिटेड": "Limited", "इंडस्ट्रीज": "Industries",
    "कंपनी": "Company", "कमेटी": "Committee", "काउंसिल": "Council", "फोरम": "Forum", "यूनियन": "Union",
    "एयरपोर्ट": "Airport", "स्टेडियम": "Stadium", "स्टेशन": "Station", "सेंटर": "Centre", "सेंटर्स": "Centres",
    "नेशनल": "National", "इंटरनेशनल": "International", "इंडियन": "Indian", "इंडिया": "India",
    "ब्रिज": "Bridge", "फ्लाईओवर": "Flyover", "रोड": "Road", "मार्केट": "Market", "कॉलोनी": "Colony",
    "पार्क": "Park", "सेक्टर": "Sector", "हाउस": "House", "टावर": "Tower", "प्लाजा": "Plaza", "मॉल": "Mall",
    "गेट": "Gate", "होटल": "Hotel", "हॉल": "Hall", "पैलेस": "Palace", "सिटी": "City", "स्ट्रीट": "Street",
    "एवेन्यू": "Avenue", "लेन": "Lane", "एक्सप्रेसवे": "Expressway", "टर्मिनल": "Terminal",
    "सिविल": "Civil", "लाइंस": "Lines", "लाइन्स": "Lines", "प्लेस": "Place", "एन्क्लेव": "Enclave",
    "पुलिस": "Police", "ट्रैवल्स": "Travels", "एजेंसी": "Agency", "न्यूज": "News", "मेडिकल": "Medical",
    "पार्टी": "Party", "कांग्रेस": "Congress", "लीग": "League", "फ्रंट": "Front", "कम्युनिस्ट": "Communist",
    "सोशलिस्ट": "Socialist", "डेमोक्रेटिक": "Democratic", "रिपब्लिकन": "Republican", "नेशनलिस्ट": "Nationalist",
    "पीपुल्स": "Peoples", "पीपल्स": "Peoples",
    # foreign names in the news, whose English spelling the Hindi letters do not give back
    "बाइडन": "Biden", "हैरिस": "Harris", "ओबामा": "Obama", "बराक": "Barack",
    "हिलेरी": "Hillary", "क्लिंटन": "Clinton", "ट्रम्प": "Trump", "ब्लिंकन": "Blinken", "एंटनी": "Antony",
    "पोम्पियो": "Pompeo", "मस्क": "Musk", "जस्टिन": "Justin", "ट्रूडो": "Trudeau", "मैक्रों": "Macron",
    "इमैनुएल": "Emmanuel", "कीर": "Keir", "स्टार्मर": "Starmer", "बोरिस": "Boris", "जॉनसन": "Johnson",
    "गुटेरेस": "Guterres", "एंटोनियो": "Antonio", "टेड्रोस": "Tedros", "एर्दोगन": "Erdogan",
    "वोलोदिमीर": "Volodymyr", "शेख": "Sheikh", "हसीना": "Hasina", "यूनुस": "Yunus", "प्रचंड": "Prachanda",
    "देउबा": "Deuba", "विक्रमसिंघे": "Wickremesinghe", "राजपक्षे": "Rajapaksa", "दिसानायके": "Dissanayake",
    "मुइज्जू": "Muizzu", "शरीफ": "Sharif", "मार्को": "Marco", "रुबियो": "Rubio", "सर्गेई": "Sergei",
    "लावरोव": "Lavrov", "नेतन्याहू": "Netanyahu", "बेंजामिन": "Benjamin", "मेलोनी": "Meloni", "जॉर्जिया": "Giorgia",
    "ओलाफ": "Olaf", "शोल्ज": "Scholz", "अल्बनीज": "Albanese", "एंथनी": "Anthony", "किम": "Kim", "जोंग": "Jong",
    "पैट": "Pat", "कमिंस": "Cummins", "डेविड": "David", "वॉर्नर": "Warner", "ग्लेन": "Glenn",
    "मैक्सवेल": "Maxwell", "स्टीव": "Steve", "मिशेल": "Mitchell", "स्टार्क": "Starc", "स्टोक्स": "Stokes",
    "विलियमसन": "Williamson", "लाबुशेन": "Labuschagne", "गांगुली": "Ganguly",
    "विजयन": "Vijayan", "सहनी": "Sahni", "साहनी": "Sahni", "पिनराई": "Pinarayi", "चिदंबरम": "Chidambaram", "असदुद्दीन": "Asaduddin",
}
TITLE_LOWER = {"ji"}


def _letters_abbreviation(word: str) -> str | None:
    """``आरके`` → ``RK`` when the whole word spells Latin letter names."""
    if word in NOT_INITIALS or len(word) < 2:
        return None
    out = []
    i = 0
    while i < len(word):
        for name, letter in LETTER_NAMES:
            if word.startswith(name, i):
                out.append(letter)
                i += len(name)
                break
        else:
            return None
    return "".join(out) if len(out) >= 2 else None


def _syllables(word: str) -> list[dict] | None:
    """Split a Devanagari word into syllables: onset consonants, vowel, coda marks.

    Each syllable is ``{"cons": [...], "vowel": str|None, "inherent": bool,
    "nasal": bool, "visarga": bool}``; ``vowel`` is None for a trailing
    consonant written with a virama.
    """
    sylls: list[dict] = []
    cons: list[str] = []
    i = 0
    n = len(word)
    while i < n:
        ch = word[i]
        if ch == NUKTA:
            i += 1
            continue
        if ch in CONSONANTS:
            # a nukta letter (raw input only: the normalised view has none) is
            # its own consonant: ज़ z, फ़ f, क़ q, ड़ r
            if i + 1 < n and word[i + 1] == NUKTA and ch + NUKTA in CONSONANTS:
                ch = ch + NUKTA
            cons.append(ch)
            i += 1
            while i < n and word[i] == NUKTA:
                i += 1
            if i < n and word[i] == VIRAMA:
                i += 1
                if i >= n:  # a word-final halant: consonant without vowel
                    sylls.append({"cons": cons, "vowel": None, "inherent": False, "nasal": False,
                                  "visarga": False})
                    cons = []
                continue
            if i < n and word[i] in VOWEL_SIGNS:
                sylls.append({"cons": cons, "vowel": VOWEL_SIGNS[word[i]], "sign": word[i],
                              "inherent": False, "nasal": False, "visarga": False})
                i += 1
            else:
                sylls.append({"cons": cons, "vowel": "a", "sign": "", "inherent": True, "nasal": False,
                              "visarga": False})
            cons = []
        elif ch in INDEPENDENT_VOWELS:
            if cons:
                sylls.append({"cons": cons, "vowel": None, "inherent": False, "nasal": False,
                              "visarga": False})
                cons = []
            sylls.append({"cons": [], "vowel": INDEPENDENT_VOWELS[ch], "sign": ch, "inherent": False,
                          "nasal": False, "visarga": False})
            i += 1
        elif ch in (ANUSVARA, CHANDRABINDU):
            if not sylls:
                return None
            sylls[-1]["nasal"] = True
            i += 1
        elif ch == VISARGA:
            if sylls:
                sylls[-1]["visarga"] = True
            i += 1
        elif ch in ("\u200C", "\u200D"):
            i += 1
        else:
            return None  # not a plain Devanagari word
        while i < n and word[i] in (ANUSVARA, CHANDRABINDU, VISARGA):
            if not sylls:
                return None  # a sign with no syllable to carry it: not a plain Devanagari word
            if word[i] == VISARGA:
                sylls[-1]["visarga"] = True
            else:
                sylls[-1]["nasal"] = True
            i += 1
    if cons:
        sylls.append({"cons": cons, "vowel": None, "inherent": False, "nasal": False, "visarga": False})
    return sylls


def _delete_schwas(sylls: list[dict]) -> None:
    """Mark inherent vowels Hindi does not pronounce (``deleted``), right to left."""
    for s in sylls:
        s["deleted"] = False
    n = len(sylls)
    if n == 0:
        return
    last = sylls[-1]
    if n > 1 and last["inherent"] and not last["nasal"] and not last["visarga"]:
        prev = sylls[-2]
        # A cluster ending in a semivowel, liquid or nasal keeps its vowel
        # (नरेंद्र, मित्र, राज्य, शुक्ल, कृष्ण, रत्न, पद्म); others lose it like
        # single consonants (वार्ड, दत्त, मार्ग).
        keep = len(last["cons"]) > 1 and last["cons"][-1] in CLUSTER_KEEPS_SCHWA
        # प्रिय, राय-like endings after i keep the vowel (Priya, Aditya handled by cluster)
        if last["cons"] == ["य"] and prev.get("sign") in VOWEL_I:
            keep = True
        if not keep:
            last["deleted"] = True
    for i in range(n - 2, 0, -1):
        s = sylls[i]
        if not s["inherent"] or s["nasal"] or s["visarga"] or len(s["cons"]) != 1:
            continue
        prev, nxt = sylls[i - 1], sylls[i + 1]
        if prev["vowel"] is None or prev["deleted"]:
            continue
        if nxt["vowel"] is None or nxt["deleted"] or not nxt["cons"]:
            continue
        if len(nxt["cons"]) > 1:  # deleting would make a three-consonant cluster
            continue
        s["deleted"] = True


def _consonant_latin(c: str, *, after_halant: bool, next_vowel_sign: str | None,
                     word_initial: bool) -> str:
    if c == "व" and not word_initial:
        # व is "w" after a consonant in a cluster (स्वामी, द्विवेदी) and before आ
        # (पटवारी, केजरीवाल, पवार); elsewhere "v" (देवी, यादव, शिवराज).
        if after_halant or next_vowel_sign in ("\u093E", "आ"):
            return "w"
    return CONSONANTS[c]


def _roman_word(word: str) -> str:
    sylls = _syllables(word)
    if sylls is None:
        return word
    _delete_schwas(sylls)
    if word.endswith("िंदर"):
        return _join(sylls)[:-3] + "der"  # Punjabi -inder names: अमरिंदर, सुरिंदर
    return _join(sylls)


def _join(sylls: list[dict]) -> str:
    out: list[str] = []
    first = True
    for idx, s in enumerate(sylls):
        cons = s["cons"]
        for k, c in enumerate(cons):
            # special clusters
            if k + 1 < len(cons) and c == "ज" and cons[k + 1] == "ञ":
                out.append("gy")
                continue
            if k > 0 and cons[k - 1] == "ज" and c == "ञ":
                continue
            nvs = s.get("sign") if k == len(cons) - 1 else None
            out.append(_consonant_latin(c, after_halant=k > 0, next_vowel_sign=nvs,
                                        word_initial=first and k == 0))
        first = False
        vowel = s["vowel"]
        if vowel is None or s["deleted"]:
            pass
        else:
            # "a" before an h whose own vowel is silent sounds "e": गहलोत, तहसील, सहगल
            if (vowel == "a" and s["inherent"] and not s["nasal"] and idx + 1 < len(sylls)
                    and sylls[idx + 1]["cons"] == ["ह"]
                    and (sylls[idx + 1]["deleted"] or sylls[idx + 1]["vowel"] is None)):
                vowel = "e"
            out.append(vowel)
        if s["nasal"]:
            nxt = sylls[idx + 1]["cons"][0] if idx + 1 < len(sylls) and sylls[idx + 1]["cons"] else None
            if nxt in LABIALS:
                out.append("m")
            elif nxt == "ह":
                out.append("ng")  # सिंह → Singh
            else:
                out.append("n")
        if s["visarga"]:
            out.append("h")
    return "".join(out)


# Second halves of compound names read as whole words (the seam keeps their vowels).
COMPOUND_TAILS = {"नगर": "nagar", "पति": "pati"}


def _title(word: str) -> str:
    if word in TITLE_LOWER:
        return word
    return "-".join(p[:1].upper() + p[1:] for p in word.split("-"))


@lru_cache(maxsize=50_000)
def romanise_word(word: str) -> str:
    """One word: customary spelling, initials, or the rule-based romanisation."""
    if not word:
        return word
    # precomposed nukta letters (U+0958-095F) decompose; nukta kept for the rules
    word = unicodedata.normalize("NFD", word).replace(CHANDRABINDU, ANUSVARA)
    base = word.replace(NUKTA, "")
    if base in CUSTOMARY:
        return CUSTOMARY[base]
    if not re.search(r"[\u0900-\u097F]", base):
        return word  # Latin, digits, punctuation pass through
    abbr = _letters_abbreviation(base)
    if abbr:
        return abbr
    for tail, latin in COMPOUND_TAILS.items():
        # "रामनगर" is राम + नगर: schwa deletion across the seam would give "Ramangar"
        if base.endswith(tail) and len(base) > len(tail) + 1 and NUKTA not in word:
            return romanise_word(base[: -len(tail)]) + latin
    parts = re.split(r"([^\u0900-\u0963\u0971-\u097F]+)", word)
    return "".join(_title(_roman_word(p)) if re.match(r"[\u0900-\u097F]", p) else p for p in parts)


def to_latin(hindi: str) -> str:
    """A readable romanisation of a Hindi name (title case per word)."""
    words = re.split(r"(\s+|-)", hindi.strip())
    out = []
    for w in words:
        if not w or w.isspace() or w == "-":
            out.append(" " if w and w.isspace() else w)
            continue
        # trailing dots of initials ("ए.") survive as is
        m = re.match(r"^(.*?)([.]*)$", w)
        core, dots = m.group(1), m.group(2)
        letter = SINGLE_LETTERS.get(core)
        if letter and (dots or len(words) > 1):
            out.append(letter + dots)  # an initial: "ए राजा" -> "A Raja"
        else:
            out.append(romanise_word(core) + dots)
    return re.sub(r"\s+", " ", "".join(out)).strip()


def latin_name(hindi: str, entity_type: str | None = None) -> str:
    """The customary English name of a known party or place, else ``to_latin``.

    ``entity_type`` (``PARTY``, ``PLACE``, ``ORG``, ``PERSON``) steers which
    gazetteer is asked first; people are never looked up (a person called
    सागर is not the city, though both are "Sagar").
    """
    from . import gazetteer

    norm = gazetteer.normalise_phrase(hindi)
    if entity_type != "PERSON":
        lookups = []
        if entity_type in (None, "PARTY", "ORG"):
            lookups.append(gazetteer.party_by_alias)
            lookups.append(gazetteer.alliance_by_alias)
        if entity_type in (None, "PLACE", "ORG", "LOC", "GPE"):
            lookups.append(gazetteer.place_by_alias)
        for lookup in lookups:
            entry = lookup(norm)
            if entry is not None and entry.get("en"):
                return entry["en"]
        # an organisation or place named after a known one: भाजपा प्रदेश कार्यालय
        # -> "BJP Pradesh Karyalay", दिल्ली विश्वविद्यालय -> "Delhi Vishwavidyalay"
        tokens = list(gazetteer.alias_tokens(hindi))
        # (ambiguity does not matter here: the name is already known to be a name)
        known = gazetteer.find_gazetteer_mentions(tokens)
        if known:
            parts: list[str] = []
            k = 0
            for m in known:
                parts += [to_latin(t) for t in tokens[k:m.start]]
                if m.unit:  # प्रदेश कांग्रेस: keep "Pradesh", name the party in English
                    parts += [(gazetteer.party_by_alias(t) or {}).get("en") or to_latin(t)
                              for t in tokens[m.start:m.end]]
                else:
                    parts.append(m.english)
                k = m.end
            parts += [to_latin(t) for t in tokens[k:]]
            text = " ".join(p for p in parts if p)
            return re.sub(r" ?([-/]) ?", r"\1", re.sub(r" ([.,)])", r"\1", re.sub(r"\( ", "(", text)))
    return to_latin(hindi)


# Institution words whose English initial an acronym uses: "एसटीएच" is सुशीला तिवारी *Hospital*.
HEAD_INITIALS = {"अस्पताल": "H", "चिकित्सालय": "H", "हॉस्पिटल": "H", "कॉलेज": "C", "महाविद्यालय": "C",
                 "विश्वविद्यालय": "U", "यूनिवर्सिटी": "U", "संस्थान": "I", "इंस्टीट्यूट": "I", "बैंक": "B",
                 "लिमिटेड": "L", "निगम": "C", "प्राधिकरण": "A", "आयोग": "C", "बोर्ड": "B", "मेडिकल": "M"}


def acronym_letters(word: str) -> str | None:
    """The Latin letters a Devanagari acronym spells ("एसटीएच" → "STH"), or None."""
    return _letters_abbreviation(unicodedata.normalize("NFC", word))


def initials(tokens: list[str]) -> str:
    """The Latin initials of a multi-word name ("सुशीला तिवारी अस्पताल" → "STH")."""
    return "".join(HEAD_INITIALS.get(t) or romanise_word(t)[:1].upper() for t in tokens)

