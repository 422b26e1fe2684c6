"""Names the model missed, read from the words around them.

Hindi local news introduces the people it names by their office and the
places by address: ``उपसरपंच सकालूराम, पंच लच्छूनताम``, ``एडीएम ईश्वरचंद्र``,
``निवासी रामसाला थाना मोहनगंज``, ``हुसैनपुर कला निवासी मो. अशफाक``,
``ग्राम इकमा``.  Such names are rare words — village names, uncommon first
names — that the NER model has never seen, so it leaves them untagged or
calls a village a person.  The words around them say what they are.

A word counts as a possible name only if it is not one of Hindi's everyday
words (``data/lexicons/common_words.txt``, the most frequent words of the
word-vector text): ``अधिकारी मौके पर``, ``ग्राम पंचायत`` and ``थाना पुलिस``
name nobody.
"""
from __future__ import annotations

from functools import lru_cache
from importlib import resources
from typing import Callable

from ..normalise import normalise_token

# Words before a place name in an address: निवासी रामसाला, थाना इकमा, ग्राम कमरौली.
ADDRESS_BEFORE = {"निवासी", "ग्राम", "गांव", "गाँव", "मोहल्ला", "कस्बा", "मौजा", "थाना", "कोतवाली", "चौकी",
                  "तहसील", "प्रखंड", "ब्लॉक", "टोला", "पंचायत"}
# Words after a place name: शंकरगंज थाना, कमरौली गांव, सदर कोतवाली.
ADDRESS_AFTER = {"थाना", "थाने", "थानों", "कोतवाली", "गांव", "गाँव", "कस्बे", "कस्बा", "मोहल्ले", "मोहल्ला", "चौकी",
                 "तहसील", "प्रखंड", "ब्लॉक", "ग्राम", "इलाके", "इलाका", "उपजिले", "जिले", "उपमंडल", "अनुमंडल",
                 "उपखंड", "खंड"}  # (खंड: Haryana's blocks, "गुहला खंड के गांव")
# (a rare word before जिले is a district 24 times in 28 in IL-NER and HiNER, the rest broken tokens;
# not क्षेत्र: "बुवाई क्षेत्र", "भराव क्षेत्र" are areas of a kind)
# "X निवासी Y": X is the place when Y is the person (हुसैनपुर कला निवासी मो. अशफाक).
RESIDENT = "निवासी"
# "X पुत्र Y निवासी Z": a relation word up to this many words before निवासी
KINSHIP_BEFORE_RESIDENT = {"पुत्र", "पुत्री", "पत्नी", "पुत्रवधू", "वल्द"}
RESIDENT_REACH = 4
# District words after "निवासी X": "निवासी रामसाला, जिला …".
DISTRICT_WORDS = {"जिला", "जनपद", "जिले"}
# The second word of a village name: हुसैनपुर कला, रामपुर खुर्द.
VILLAGE_SUFFIXES = {"कला", "कलां", "खुर्द", "बुजुर्ग", "खास", "बिगहा", "बीघा", normalise_token("खेड़ा")}
# The first word of a village name in western UP and Haryana: नगला बसंत, नंगला रामपुर.
VILLAGE_PREFIXES = {"नगला", "नंगला", normalise_token("गढ़ी")}
# Area qualifiers after an office (एसडीएम सदर, सीओ सिटी, एसपी देहात): not names.
ROLE_QUALIFIERS = {"सदर", "सिटी", "देहात", "ग्रामीण", "नगर", "शहर", "पूर्वी", "पश्चिमी", "उत्तरी", "दक्षिणी",
                   "प्रथम", "द्वितीय", "तृतीय", "पूर्व", "पश्चिम", "उत्तर", "दक्षिण", "मध्य", "साहब", "साहेब",
                   "महोदय", "महोदया", "जोन", "जोनल", "रेंज", "ट्रैफिक", "क्राइम", "मुख्यालय", "परिक्षेत्र",
                   "कैंट", "मेला"}
# What may follow a name introduced by its office: a comma, a postposition, a conjunction.
NAME_ENDERS = {"ने", "को", "का", "के", "की", "से", "पर", "में", "व", "और", "एवं", "तथा", "समेत", "सहित", "भी", "ही",
               "द्वारा", "पुत्र", "पुत्री", "पत्नी", "उर्फ", "निवासी", "जी", "साहब",
               # "… और एसडीओ पूजा भारती मौके पर पहुंचे": the spot, where officials arrive
               "मौके", "घटनास्थल",
               # "… की विधायक सस्मिता राउत शामिल हैं": a list of who is in something
               "शामिल"}
# A one-word name needs a stronger sign that it ends there (a list, an agent, a
# relation): "कोच फैक्ट्री की", "खिलाड़ी स्पिनर को" name no one.
ONE_WORD_NAME_ENDERS = {",", "व", "और", "एवं", "तथा", "ने", "समेत", "सहित", "उर्फ", "पुत्र", "पुत्री", "पत्नी",
                        "निवासी", "जी", "साहब", "भी"}
# Words after the first are rare too, or frequent name parts (NAME_PARTS): an everyday
# word (हेल्प लाइन) ends the name.
PERSON_NAME_MAX = 3
# Roles that are also adjectives or plain nouns (प्रमुख प्रवाही जल, सदस्य देश,
# वैज्ञानिक मानचित्रण): they do not announce a name.
LOOSE_ROLES = {"प्रमुख", "सदस्य", "वैज्ञानिक", "विशेषज्ञ", "सलाहकार", "लेखक", "कवि"}
# Endings of inflected common words (plural oblique पंचायतों, plural पंचायतें,
# adjectives जनजातीय, सामाजिक): a village or a person's name does not inflect so.
COMMON_ENDINGS = ("ों", "ओं", "ें", "एं", "एँ", "ियां", "ीय", "िक", "कालीन", "ेंगे", "ेंगी", "ेगा", "ेगी", "एंगे", "एंगी", "एगा",
                  "एगी")
# The names of the Latin letters in Devanagari: a word spelled only with them is an
# abbreviation (एआईपीए, एसडीएम) — initials before a name (एसएस नवर्जी), a body alone.
LETTER_NAMES = ("ए", "बी", "सी", "डी", "ई", "एफ", "जी", "एच", "आई", "जे", "के", "एल", "एम", "एन", "ओ", "पी",
                "क्यू", "आर", "एस", "टी", "यू", "वी", "डब्ल्यू", "डबल्यू", "एक्स", "वाई", "जेड", "जैड")


# How rare a word must be to be read as a name: a rare word after an office is a
# name more often than one before or after an address word (measured on IL-NER and
# HiNER text, where these rules fired on names and on rare common nouns alike).
PERSON_RANK = 10_000
PLACE_RANK = 30_000


@lru_cache(maxsize=1)
def word_ranks() -> dict[str, int]:
    """Frequency rank (0 = most frequent) of the words in ``common_words.txt``."""
    text = (resources.files("newsparse") / "data" / "lexicons" / "common_words.txt").read_text(encoding="utf-8")
    words = [w for w in text.split("\n") if w and not w.startswith("#")]
    return {w: k for k, w in enumerate(words)}  # (the list holds each word once)


def rare(word: str, rank: int = PLACE_RANK) -> bool:
    """Not among Hindi's ``rank`` most frequent words nor inflected like a common word
    (so possibly a name)."""
    return word_ranks().get(word, rank) >= rank and not word.endswith(COMMON_ENDINGS)


@lru_cache(maxsize=50_000)
def is_abbreviation(word: str) -> bool:
    """Spelled only with letter names (``एआईपीए``, ``एसएस``)?"""
    ok = [True] + [False] * len(word)  # ok[i]: word[:i] splits into letter names
    for i in range(len(word)):
        if ok[i]:
            for name in LETTER_NAMES:
                if word.startswith(name, i):
                    ok[i + len(name)] = True
    return ok[len(word)] and len(word) > 1


# Frequent words that are parts of names (surnames, name endings).
NAME_PARTS = {"सिंह", "कुमार", "कुमारी", "प्रसाद", "लाल", "राम", "चंद", "चंद्र", "देवी", "नाथ", "शर्मा", "वर्मा",
              "यादव", "गुप्ता", "मिश्रा", "मिश्र", "पांडेय", "पांडे", "तिवारी", "दुबे", "चौबे", "त्रिपाठी", "शुक्ला",
              "श्रीवास्तव", "सिन्हा", "राय", "खान", "अली", "अहमद", "हुसैन", "पटेल", "शाह", "जैन", "अग्रवाल",
              "चौहान", "ठाकुर", "चौधरी", "रेड्डी", "राव", "नायर", "मेहता", "गौतम", "किशोर", "प्रकाश", "मोहन",
              "बाई", "बेगम", "बानो", "खातून"}
# Common surnames across India (the commonest last words of person names in IL-NER and HiNER,
# and the castes and clans Hindi news names people by): a second word that ends a name.
NAME_PARTS |= {normalise_token(w) for w in (
    "मुखर्जी", "बनर्जी", "चटर्जी", "भट्टाचार्य", "घोष", "बोस", "सेन", "दत्त", "दत्ता", "रॉय", "पाटिल", "ठाकरे",
    "पवार", "देशमुख", "शिंदे", "जाधव", "कुलकर्णी", "देसाई", "पठान", "भारती", "कपूर", "खन्ना", "चोपड़ा",
    "अरोड़ा", "सूद", "गिल", "संधू", "बेदी", "झा", "जोशी", "पंत", "भगत", "साहू", "पासवान", "मलिक", "पटनायक",
    "शेट्टी", "राजू", "नायडू", "पिल्लई", "मेनन", "अय्यर", "नायक", "गौड़", "कुशवाहा", "मौर्य", "निषाद",
    "राजपूत", "सोनी", "सैनी", "रावत", "बघेल", "लोधी", "अहिरवार", "मीणा", "जाटव", "गोयल", "बंसल", "सक्सेना", "कुशवाह",
    "अवस्थी", "बाजपेयी", "वाजपेयी", "दीक्षित", "पाठक", "उपाध्याय", "भट्ट", "नेगी", "बिष्ट", "रस्तोगी", "कश्यप",
    "प्रजापति", "विश्वकर्मा", "राठौर", "राठौड़", "तोमर", "सोलंकी", "परमार", "गहलोत", "मंडल", "महतो", "मुंडा",
    "उरांव", "ओझा", "सहनी", "चौरसिया", "केसरी", "अंसारी", "कुरैशी", "सिद्दीकी", "शेख", "सैयद", "मिर्जा",
    "रिजवी", "जायसवाल", "मल्होत्रा", "भाटिया", "सेठी", "धवन", "गोस्वामी", "पुरोहित", "व्यास", "शास्त्री",
    "राउत", "मल्लिक", "कदम", "सती", "महंती", "प्रधान", "दास", "साव", "साह", "सिद्धू", "ढिल्लों", "बराड़", "सेखों", "गिल", "संधू",
    # western UP, central India, Chhattisgarh and Jharkhand's tribes, as their papers name people
    "त्यागी", "ध्रुव", "चंद्राकर", "नेताम", "मंडावी", "कुर्रे", "धुर्वे", "उइके", "मरकाम", "कुजूर", "तिर्की",
    "एक्का", "लकड़ा", "मुर्मू", "हांसदा", "सोरेन", "किस्कू", "टुडू", "हेम्ब्रम", "बेसरा", "कौशिक", "भारद्वाज",
    "चतुर्वेदी", "द्विवेदी", "त्रिवेदी", "सोनकर", "राजभर", "मांझी", "मालवीय", "शुक्ल", "गायकवाड़", "चव्हाण",
    "भोसले", "मोरे", "सावंत", "नागर", "गुर्जर", "जाट", "बैरवा", "मेघवाल", "पूनिया", "बिश्नोई", "डागा",
    # Punjab and the hills
    "मान", "बाजवा", "रंधावा", "चीमा", "ग्रेवाल", "धालीवाल", "सोढ़ी", "बादल", "मजीठिया", "औलख", "विर्क",
    "भुल्लर", "कटोच", "राणा", "चंदेल", "जम्वाल", "पठानिया", "डोगरा", "कंवर", "ओरांव", "ओराँव")}


# Given names that are everyday words too ("development", "light", "sun"): the model often
# leaves them out of a name whose surname it tags.
EVERYDAY_GIVEN_NAMES = {normalise_token(w) for w in (
    "विकास", "प्रकाश", "सूरज", "दीपक", "आनंद", "विजय", "अमर", "कमल", "पवन", "सुमन", "किरण", "पूजा", "ज्योति",
    "आशा", "उषा", "संतोष", "सागर", "चंदन", "मोती", "हीरा", "लक्ष्मी", "शांति", "प्रेम", "राजा", "मनोज", "सुख",
    "नरेश", "उमेश", "दिनेश", "गणेश", "महेश", "रमेश", "सुरेश", "मुकेश", "राकेश", "अशोक", "विनोद", "प्रमोद",
    "सुनील", "अनिल", "राजेश", "संजय", "अजय", "राहुल", "रवि", "शशि", "चांद", "तारा", "गीता", "सीता", "बबलू",
    "अंकित", "आकाश", "अमन", "विनय", "नीरज", "पंकज", "मुन्ना", "पप्पू", "सोनू", "श्याम", "मोहन", "गोपाल",
    "रजत", "हर्ष", "अरुण", "निर्मल", "विमल", "उज्ज्वल", "सपना", "प्रिया", "रश्मि", "कुसुम", "ममता", "नूतन",
    "खुशी", "खुशबू", "कविता", "सविता", "रिया", "तन्वी")}


def _name_part(word: str) -> bool:
    return word in NAME_PARTS


def _ends_name(words: list[str], k: int) -> bool:
    return k >= len(words) or words[k] in NAME_ENDERS or not any(ch.isalnum() for ch in words[k])


def person_after_role(words: list[str], k: int, free: Callable[[int], bool],
                      name_word: Callable[[str], bool], role_before: Callable[[list[str], int], str | None]
                      ) -> tuple[int, int] | None:
    """``[k, j)`` if an untagged name starts at ``k`` right after an office word:
    ``उपसरपंच सकालूराम,``, ``एडीएम ईश्वरचंद्र व``, ``अधिकारी एसएस नवर्जी और``.

    The first word must be rare (not an everyday word) and the name must end
    where a name ends (a comma, a postposition, a conjunction)."""
    if k == 0 or not free(k):
        return None
    w = words[k]
    if not (rare(w, PERSON_RANK) or (  # or initials, then a rare surname: "तहसीलदार एसी उनियाल"
            is_abbreviation(w) and k + 1 < len(words) and rare(words[k + 1], PERSON_RANK)
            and name_word(words[k + 1])) or (  # or a common first name and a surname: "प्रशांत चौबे ने"
            k + 2 < len(words) and words[k + 1] in NAME_PARTS and words[k + 1] not in MIDDLE_NAMES
            and words[k + 2] in NAME_ENDERS and not w.endswith(COMMON_ENDINGS)) or (
            # or a given name that is an everyday word and a rare surname: "एसपी विकास धनखड़ ने"
            w in EVERYDAY_GIVEN_NAMES and k + 2 < len(words) and rare(words[k + 1], PERSON_RANK)
            and name_word(words[k + 1]) and (words[k + 2] in NAME_ENDERS or aged_at(words, k + 2)))):
        # (… or an age in brackets after it, as team sheets and reports list people: "विकेटकीपर रजत चौकसे (88)")
        return None
    if w in ROLE_QUALIFIERS or len(w) < 2 or not name_word(w) or w.endswith("ीं"):
        return None  # (nor a feminine plural verb: "एसडीएम पहुंचीं, बात नहीं बनी")
    role = role_before(words, k)  # (the costly test last)
    if not role or role in LOOSE_ROLES or role_before(words, k + 1):
        return None  # (… or the word ends a longer office: "नेता प्रतिपक्ष ने")
    j = k + 1
    while j < len(words) and j - k < PERSON_NAME_MAX and free(j) and name_word(words[j]) \
            and words[j] not in NAME_ENDERS and words[j] not in ROLE_QUALIFIERS:
        if words[j].endswith(COMMON_ENDINGS):
            return None  # names do not inflect: "निम्नांकित दशाओं में"
        if not rare(words[j], PERSON_RANK) and not _name_part(words[j]):
            break
        j += 1
    if j < len(words) and words[j] == "-":
        return None  # a compound or a doubled word (फूंक-फूंक कर), not a name
    if j == k + 1 and j + 1 < len(words) and words[j] in COMMON_WORD_SURNAMES and words[j + 1] in SURNAME_ENDERS:
        j += 1  # "जिलाध्यक्ष बनवारीलाल मील ने": a surname that is also an everyday word
    if j == k + 1 and is_abbreviation(w):
        return None  # an abbreviation alone names a body (अधिकारी एआईपीए के सदस्य)
    if j == k + 1 and not (j < len(words) and words[j] in ONE_WORD_NAME_ENDERS):
        return None
    return (k, j) if _ends_name(words, j) else None


AGE_UNITS = {"साल", "वर्ष", "बरस"}
SPEECH_AFTER_NAME = {"कहते", "कहती", "बताते", "बताती", "कहा", "बताया", "कहना"}
AGE_ADJECTIVES = ("वर्षीय", "वर्षीया", "साला")


NUMBER_WORDS = {"एक", "दो", "तीन", "चार", "पांच", "छह", "छः", "सात", "आठ", "नौ", "दस", "ग्यारह", "बारह",
                "तेरह", "चौदह", "पंद्रह", "सोलह", "सत्रह", "अठारह", "उन्नीस", "बीस", "पच्चीस", "तीस", "चालीस",
                "पचास", "साठ", "सत्तर", "अस्सी", "नब्बे"}


def _is_number(word: str) -> bool:
    return word.isdigit() or word in NUMBER_WORDS


def age_before(words: list[str], k: int) -> bool:
    """``62 साल के``, ``35 वर्ष की``, ``सात वर्षीय``, ``45-वर्षीय`` right before ``k``."""
    if k >= 3 and words[k - 1] in ("के", "की") and words[k - 2] in AGE_UNITS and _is_number(words[k - 3]):
        return True
    if k >= 1 and words[k - 1].endswith(AGE_ADJECTIVES):
        head = words[k - 1]
        for suffix in AGE_ADJECTIVES:
            if head.endswith(suffix):
                head = head[:-len(suffix)].rstrip("-")
                break
        if head.isdigit():
            return True
        return not head and k >= 2 and (_is_number(words[k - 2]) or (
            words[k - 2] == "-" and k >= 3 and words[k - 3].isdigit()))
    return False


# Relatives named after their age: "62 वर्षीय मां कलावती", "11 वर्षीय बेटी खुशी".
KIN_AFTER_AGE = {"मां", "बेटी", "बेटा", "बेटे", "पत्नी", "पति", "पिता", "भाई", "बहन", "पुत्र", "पुत्री", "दादी", "दादा",
                 "नानी", "नाना", "बहू", "पोता", "पोती", "भतीजा", "भतीजी", "भांजा", "भांजी", "सास", "ससुर", "ननद",
                 "देवर", "जेठ", "भाभी", "जेठानी", "देवरानी", "दामाद", "जीजा", "साली", "भतीजे", "भांजे", "पोते",
                 "बेटियों", "बेटों"}
TRADES_AFTER_AGE = {normalise_token(w) for w in (
    "किसान", "मजदूर", "छात्र", "छात्रा", "दुकानदार", "व्यापारी", "कारोबारी", "चालक", "ड्राइवर", "शिक्षक", "शिक्षिका",
    "पुजारी", "ठेकेदार", "मछुआरे", "मछुआरा", "बुनकर", "कारीगर", "पशुपालक", "श्रमिक", "रिक्शाचालक")}
# After a name, words that show it was one: "ननद रेखा पत्नी सतीश", "बेटा अंश (4)".
NAME_SHOWN_BY = {"पत्नी", "पति", "पुत्र", "पुत्री", "निवासी", "उर्फ"}


def _name_run_end(words: list[str], k: int, free: Callable[[int], bool],
                  name_word: Callable[[str], bool]) -> int | None:
    """The end of the name that starts with ``words[k]``: it runs over rare words and name
    parts (at most ``PERSON_NAME_MAX`` words); None if one of them inflects (names do not)."""
    j = k + 1
    while j < len(words) and j - k < PERSON_NAME_MAX and free(j) and (
            words[j] in COMMON_WORD_SURNAMES and j == k + 1 and rare(words[k], PERSON_RANK)  # "बिस्वजीत पात्र"
            or name_word(words[j]) and words[j] not in NAME_ENDERS
            and (rare(words[j], PERSON_RANK) or _name_part(words[j]))):
        if words[j].endswith(COMMON_ENDINGS):
            return None
        j += 1
        if words[j - 1] in NAME_PARTS and words[j - 1] not in MIDDLE_NAMES and j - 1 > k:
            break  # a surname ends the name: "रामबाबू साह | हादसे के वक्त"
    return j


def person_after_age(words: list[str], k: int, free: Callable[[int], bool],
                     name_word: Callable[[str], bool]) -> tuple[int, int] | None:
    """``[k, j)`` if an untagged name follows an age: ``62 साल के रामकिशोर अहिरवार कहते हैं``,
    ``70 साल की भगवती बाई``, ``45 वर्षीय सुनीता``.

    Feature stories introduce the people they quote so.  After an age an
    everyday word is a noun (``30 साल की महिला``, ``10 वर्ष के कार्यकाल``), so the
    first word must be rare; the name runs over rare words and name parts."""
    if not free(k):
        return None
    # "उनकी 62 वर्षीय मां कलावती", "11 वर्षीय बेटी खुशी को": a relative between the age
    # and the name says a name follows, so one word needs no further sign
    kin = k >= 2 and words[k - 1] in KIN_AFTER_AGE and age_before(words, k - 1)
    # "52 साल के किसान रामबाबू सहनी ने": what the person does, between the age and the name
    # (which must then show itself as one, as after an age alone)
    trade = k >= 2 and words[k - 1] in TRADES_AFTER_AGE and age_before(words, k - 1)
    if not (kin or trade or age_before(words, k)):
        return None
    w = words[k]
    after = words[k + 1] if k + 1 < len(words) else ""
    # (a frequent first name counts when a name part follows it: भगवती बाई, सुनीता देवी;
    # after a relative, also when the name visibly ends: "बेटी खुशी को")
    # in a sentence identifying the dead or the accused ("… की पहचान … सात वर्षीय अंकित और दस
    # वर्षीय मुस्कान के रूप में हुई"), an aged one-word item is a name whatever else it means
    identified = IDENTIFIED in words and after in (",", "और", "के")
    if not (name_word(w) and len(w) > 2) or w.endswith(COMMON_ENDINGS) or not (
            rare(w, PERSON_RANK) or _name_part(after) or identified
            or (kin and (after in SURNAME_ENDERS or after in SPEECH_AFTER_NAME))):
        return None
    j = _name_run_end(words, k, free, name_word)
    if j is None:
        return None
    if j < len(words) and words[j] == "-":
        return None
    if j == k + 1 and not kin and not identified and not (
            j < len(words) and (words[j] in ONE_WORD_NAME_ENDERS or words[j] in SPEECH_AFTER_NAME)):
        return None  # one word needs a sign that it names someone: "15 साल के कुशासन से" does not
    return k, j


IMPERATIVE_ENDINGS = ("ाओ", "ाइए", "िए", "िये")
IDENTIFIED = "पहचान"  # "… की पहचान X के रूप में हुई": the sentence names the dead or the accused


def person_after_kin(words: list[str], k: int, free: Callable[[int], bool],
                     name_word: Callable[[str], bool]) -> tuple[int, int] | None:
    """``[k, j)`` if an untagged name follows a relative's word: ``उनकी बेटी संतोष ने``,
    ``रामसखी के बेटे कमलेश अहिरवार ने``.

    After "बेटी" an everyday word is as likely ("बेटी बीमार थी"), so one word needs
    to be rare before a name's end, or to stand right before ने; more words need
    a rare first word or a name part after it."""
    if not free(k) or k < 1 or words[k - 1] not in KIN_AFTER_AGE:
        return None
    w = words[k]
    if not (name_word(w) and len(w) > 2) or w.endswith(COMMON_ENDINGS) or w.endswith(IMPERATIVE_ENDINGS) \
            or w in KIN_AFTER_AGE or is_abbreviation(w):
        return None  # ("बेटी बचाओ, बेटी पढ़ाओ": a slogan's verbs)
    j = _name_run_end(words, k, free, name_word)
    if j is None:
        return None
    after = words[j] if j < len(words) else ""
    if j == k + 1:
        if not ((rare(w, PERSON_RANK) and after in SURNAME_ENDERS) or after == "ने" or after in NAME_SHOWN_BY
                or aged_at(words, j)):
            return None
    elif not (rare(w, PERSON_RANK) or _name_part(words[k + 1])):
        return None
    return k, j


# Words after which a name begins in a list of residents: "सुजानगढ़ निवासी कैलाश", ", कैलाश".
NAME_OPENERS = {RESIDENT, ",", "और", "तथा", "व", "एवं"}


def _bare_name_word(words: list[str], x: int, free: Callable[[int], bool], name_word: Callable[[str], bool]) -> bool:
    """Could the untagged word at ``x`` be part of a name (uninflected, no abbreviation)?"""
    return (x < len(words) and free(x) and name_word(words[x]) and len(words[x]) > 1
            and not words[x].endswith(COMMON_ENDINGS) and not is_abbreviation(words[x]))


def _opens_name_run(words: list[str], k: int, free: Callable[[int], bool], name_word: Callable[[str], bool]) -> bool:
    """Is ``k`` a name word with no name word of a name before it (a run is read from its first word)?"""
    return _bare_name_word(words, k, free, name_word) and not (
        k > 0 and _bare_name_word(words, k - 1, free, name_word)
        and (rare(words[k - 1], PERSON_RANK) or _name_part(words[k - 1])))


def person_before_bracketed_age(words: list[str], k: int, free: Callable[[int], bool],
                                name_word: Callable[[str], bool]) -> tuple[int, int] | None:
    """``[k, j)`` if an untagged name is followed by an age in brackets, as reports list
    the dead, the injured and the accused: ``पिपलोदा की गुड्डी बाई (36)``, ``सोनू (24) पुत्र``."""
    def part(x: int) -> bool:
        return _bare_name_word(words, x, free, name_word)
    if not _opens_name_run(words, k, free, name_word):
        return None
    j = k
    while j < len(words) and j - k < PERSON_NAME_MAX and part(j) and (
            rare(words[j], PERSON_RANK) or _name_part(words[j]) or j == k):
        j += 1
    if not (rare(words[k], PERSON_RANK) or (j > k + 1 and _name_part(words[k + 1]))
            or (k > 0 and words[k - 1] in KIN_AFTER_AGE)
            # a list of people with their ages: "कमला देवी (60) , शांति (48) , …"
            or (k >= 4 and words[k - 1] == "," and _aged_before(words, k - 1))
            # ... or first in such a list: "दो कांवड़ियों अंकित (19) और मोनू (22)"
            or (words[k] in EVERYDAY_GIVEN_NAMES and j == k + 1 and j + 3 < len(words)
                and words[j + 3] in LIST_JOINERS and any(aged_at(words, x) for x in (j + 5, j + 6)))
            or (j == k + 2 and rare(words[k + 1], PERSON_RANK) and (
                k > 0 and words[k - 1] in NAME_OPENERS or words[k] in EVERYDAY_GIVEN_NAMES))):
        # a frequent first word needs a name part after it (गुड्डी बाई), a relative's word before
        # (पोता अंकित (14)), or a rare surname after it where a name begins (निवासी कैलाश प्रजापत (29))
        # or after a given name that is also a word (कर्मी सूरज लोहरा (24))
        return None
    if not aged_at(words, j):
        return None
    if k > 0 and words[k - 1] in EVERYDAY_GIVEN_NAMES and free(k - 1) and _name_part(words[k]):
        k -= 1  # "छात्रा खुशी | राजभर (11)": a given name that is also a word, before a surname
    return k, j


WARD_NUMBER_WORDS = {"नंबर", "नं", "संख्या", "क्रमांक", "नम्बर"}
WARD_ORDINALS = {"प्रथम", "द्वितीय", "तृतीय", "चतुर्थ", "पंचम", "षष्ठम", "सप्तम", "अष्टम"}


def place_of_ward(words: list[str], k: int, free: Callable[[int], bool],
                  name_word: Callable[[str], bool]) -> tuple[int, int] | None:
    """``[k, j)`` if a place names a numbered ward in brackets, as panchayat results list them:
    ``वार्ड नंबर 14 (रसड़ा द्वितीय)``, ``वार्ड 31 (बेल्थरारोड)``."""
    if k < 3 or words[k - 1] != "(" or not words[k - 2].isdigit():
        return None
    w = k - 3
    if w >= 0 and words[w] in WARD_NUMBER_WORDS:
        w -= 1
    if w < 0 or words[w] not in ("वार्ड", "वार्डों"):
        return None
    j = k
    while j < len(words) and j - k < 2 and free(j) and name_word(words[j]) and words[j] not in WARD_ORDINALS \
            and not words[j].endswith(COMMON_ENDINGS):
        j += 1
    end = j + 1 if j < len(words) and words[j] in WARD_ORDINALS else j
    if j == k or not any(rare(x) for x in words[k:j]):
        return None  # ("वार्ड 5 (अनुसूचित जाति)": its reservation, not a place)
    return (k, j) if end < len(words) and words[end] == ")" else None


ALIAS_WORD = "उर्फ"


def person_before_alias(words: list[str], k: int, free: Callable[[int], bool],
                        name_word: Callable[[str], bool]) -> tuple[int, int] | None:
    """``[k, j)`` if an untagged name is followed by उर्फ and a nickname ("गैंगस्टर जसकरण उर्फ
    जस्सी", "राजू उर्फ बाटली"): only people go by an alias."""
    if ALIAS_WORD not in words[k + 1:k + 3]:
        return None  # (the cheap test first: this runs at every word)
    if not _opens_name_run(words, k, free, name_word):
        return None
    for j in (k + 1, k + 2):
        if j > k + 1 and not _bare_name_word(words, j - 1, free, name_word):
            break
        if j + 1 < len(words) and words[j] == ALIAS_WORD and _bare_name_word(words, j + 1, free, name_word):
            return k, j
    return None


def place_in_address(words: list[str], k: int, free: Callable[[int], bool],
                     name_word: Callable[[str], bool], person_at: Callable[[int], bool],
                     place_at: Callable[[int], bool] = lambda x: False) -> tuple[int, int] | None:
    """``[k, j)`` if an untagged place name starts at ``k`` in an address:
    ``निवासी रामसाला``, ``थाना इकमा``, ``शंकरगंज थाना``, ``हुसैनपुर कला निवासी मो. अशफाक``,
    ``निवासी करोंद भोपाल`` (a locality, then its city: ``place_at`` says where a known place starts)."""
    w = words[k]
    if not (free(k) and name_word(w) and rare(w) and len(w) > 2) or (k > 0 and words[k - 1] == "-"):
        return None  # (nor the second half of a compound: "आनन-फानन | जिले के सभी थानों")
    j = k + 1
    if w in VILLAGE_PREFIXES and j < len(words) and free(j) and name_word(words[j]):
        j += 1  # "गांव नगला बसंत": a village named "नगला" + a name
    if j < len(words) and words[j] in VILLAGE_SUFFIXES and free(j):
        j += 1
    before = words[k - 1] if k else ""
    after = words[j] if j < len(words) else ""
    if before in ADDRESS_BEFORE and before != RESIDENT:
        return k, j
    if before == RESIDENT and (after in ADDRESS_AFTER or after in DISTRICT_WORDS or after == ","
                               or j == len(words) or _aged_before(words, k - 1) or place_at(j)):
        return k, j  # ("रामखेलावन (35) निवासी पैंतेपुर तथा …": one just named by age lives there)
    if before == "के" and k >= 3 and words[k - 2] in AREA_WORDS and words[k - 3] in STATION_WORDS:
        return k, j  # "महमूदाबाद थाना क्षेत्र के बड़ागांव में"
    if after in ADDRESS_AFTER and not (after in AREA_WORDS and ("-" in w or not w[:1].isalpha())):
        return k, j  # (not "दक्षिण-पूर्वी इलाके": a direction)
    if after == RESIDENT and j + 1 < len(words) and (person_at(j + 1) or any(
            aged_at(words, x) for x in (j + 2, j + 3) if all(name_word(w) for w in words[j + 1:x]))
            or (aged_at(words, j + 3) and name_word(words[j + 2]))):
        # ("अतर्रा निवासी रामकिशोर (32)": a name with an age lives there; "खागा निवासी मजदूर
        # रामकिशोर (42)": after his trade)
        return k, j
    return None


STATION_WORDS = {"थाना", "थाने", "कोतवाली", "चौकी"}
# Administrative units named after their town: no person has one.
BLOCK_WORDS = {"ब्लॉक", "प्रखंड", "तहसील", "विकासखंड", "उपखंड", "अनुमंडल"}
AREA_WORDS = {"क्षेत्र", "इलाके", "इलाका"}


def _aged_before(words: list[str], k: int) -> bool:
    """Does ``(NN)`` end right before ``k``: a person just named with an age?"""
    return k >= 3 and words[k - 1] == ")" and words[k - 2].isdigit() and words[k - 3] == "("


def aged_at(words: list[str], k: int) -> bool:
    """Does an age in brackets, ``(NN)``, start at ``k``?"""
    return (k + 2 < len(words) and words[k] == "(" and words[k + 1].isdigit() and words[k + 2] == ")"
            and 0 < int(words[k + 1]) < 120)


def address_place_span(words: list[str], i: int, j: int) -> bool:
    """Is the model's person span ``[i, j)`` a place by its address context?

    ``निवासी लालीपुर थाना …``, ``ग्राम कमरौली``: a name between an address
    word and a police station or district is a village, whatever the model
    says.  After ``निवासी`` alone it may be the person (``… निवासी मो. अशफाक``),
    so only a following address word decides."""
    before = words[i - 1] if i else ""
    while j < len(words) and words[j] in VILLAGE_SUFFIXES:
        j += 1
    after = words[j] if j < len(words) else ""
    if before in ADDRESS_BEFORE and before != RESIDENT:
        return True
    if words[i] in VILLAGE_PREFIXES and j - i == 2:
        return True  # "निवासी नगला बसंत": a village's name, whatever follows
    if after in STATION_WORDS and j + 1 < len(words) and words[j + 1] in AREA_WORDS:
        return True  # "महमूदाबाद थाना क्षेत्र": a police station's area is named after a place
    if after in BLOCK_WORDS:
        return True  # "मोहन बड़ोदिया ब्लॉक": a block or tehsil is named after its town
    if before != RESIDENT:
        return False
    if after in ADDRESS_AFTER or after in DISTRICT_WORDS:
        return True
    # "… पुत्र रामलखन यादव निवासी पूरेदीवान", "सोनू (24) निवासी …": the resident was just
    # named, so what follows निवासी is where he lives
    lead = words[max(0, i - 1 - RESIDENT_REACH):i - 1]
    return any(w in KINSHIP_BEFORE_RESIDENT for w in lead) or _aged_before(words, i - 1)


# Loanwords for buildings that follow a name whatever it is ("गणपति कॉम्प्लेक्स", "आनंद
# कॉम्प्लेक्स"), except the generic English words that make them "a shopping complex".
BUILDING_WORDS = {"कॉम्प्लेक्स", "कॉम्पलेक्स", "मॉल", "प्लाजा"}
NOT_BUILDING_NAMES = {normalise_token(w) for w in (
    "शॉपिंग", "कमर्शियल", "स्पोर्ट्स", "हाउसिंग", "मॉडर्न", "मॉर्डन", "आधुनिक", "इस", "उस", "इसी", "उसी", "एक",
    "किसी", "बड़ा", "बड़े", "बड़ी", "नया", "नए", "नई", "पुराना", "पुराने", "पुरानी", "छोटा", "छोटे", "छोटी")}


def place_before_landmark(words: list[str], k: int, free: Callable[[int], bool],
                          name_word: Callable[[str], bool], landmarks: set[str]) -> tuple[int, int] | None:
    """``[k, j)`` if an untagged name and the landmark word after it name a place:
    ``नक्खास चौराहे पर``, ``बेगमगंज बाजार में``, ``कटरा मार्ग``.

    One or two rare, uninflected words, then the landmark word (kept in the name,
    as the gazetteer's places keep it)."""
    def part(x: int) -> bool:
        return (x < len(words) and free(x) and name_word(words[x]) and rare(words[x]) and len(words[x]) > 2
                and not words[x].endswith(COMMON_ENDINGS) and words[x] not in landmarks
                and words[x] not in NOT_BUILDING_NAMES
                and not is_abbreviation(words[x]))  # ("एलटीसीजी बाजार": a market sector)
    if k + 1 < len(words) and words[k + 1] in BUILDING_WORDS and free(k) and free(k + 1) \
            and name_word(words[k]) and words[k] not in NOT_BUILDING_NAMES and not words[k].endswith(COMMON_ENDINGS) \
            and not (k > 0 and part(k - 1)):
        return k, k + 2
    if not part(k) or (k > 0 and part(k - 1)):
        return None  # (a run is read from its first word)
    j = k + 1
    if part(j):
        j += 1
    if j < len(words) and words[j] in landmarks and free(j):
        return k, j + 1
    return None


# Words that say what a venue is for, not whose or where it is: "अंतरराष्ट्रीय क्रिकेट स्टेडियम".
VENUE_QUALIFIERS = {normalise_token(w) for w in (
    "अंतरराष्ट्रीय", "अंतर्राष्ट्रीय", "इंटरनेशनल", "राष्ट्रीय", "नेशनल", "क्रिकेट", "हॉकी", "फुटबॉल", "इंडोर",
    "आउटडोर", "एथलेटिक्स", "स्पोर्ट्स", "खेल", "मल्टीपर्पस", "बहुउद्देश्यीय", "नए", "नये", "नया", "पुराने",
    "पुराना", "जिला", "सरकारी", "मिनी", "एस्ट्रोटर्फ")}
VENUE_RANK = 1500  # a venue's own name has a word rarer than the 1,500 commonest ("ग्रीन पार्क")
# Stadiums and squares, named by any words ("जय स्तंभ चौक"); a locality named by everyday words
# where its residents are ("पठारी मोहल्ला निवासी", "राजीव कॉलोनी निवासी").
VENUE_HEADS = {"स्टेडियम", "चौक", "चौराहा", "चौराहे", "तिराहा", "तिराहे"}
RESIDENTIAL_HEADS = {"मोहल्ला", "मोहल्ले", "कॉलोनी", "कालोनी", "बस्ती", "टोला"}


def named_venue(words: list[str], k: int, free: Callable[[int], bool],
                name_word: Callable[[str], bool]) -> tuple[int, int] | None:
    """``[k, j)`` if one to three name words and ``स्टेडियम``, ``चौक`` (or ``खेल परिसर``) name a venue:
    ``कानपुर के ग्रीन पार्क स्टेडियम``, ``बलिया के वीर लोरिक स्टेडियम`` — everyday words,
    which a venue's name may be, but not only words of what it is for ("नए क्रिकेट स्टेडियम")."""
    if not any(w in VENUE_HEADS or w in RESIDENTIAL_HEADS or w == "परिसर" for w in words[k + 1:k + 4]):
        return None  # (the cheap test first: this runs at every word)
    if k > 0 and free(k - 1) and name_word(words[k - 1]) and not words[k - 1].endswith(COMMON_ENDINGS):
        return None  # (a run is read from its first word)
    ranks = word_ranks()
    j = k
    while j < len(words) and j - k < 3 and free(j) and name_word(words[j]) and len(words[j]) > 1 \
            and not words[j].endswith(("ों", "ओं", "ें")) and words[j] not in VENUE_HEADS \
            and words[j] not in RESIDENTIAL_HEADS:
        # (not COMMON_ENDINGS: a name may end like an adjective, "वीर लोरिक")
        j += 1
    if j == k or j >= len(words) or not free(j):
        return None
    if words[j] in VENUE_HEADS or (words[j] in RESIDENTIAL_HEADS and j + 1 < len(words) and words[j + 1] == RESIDENT):
        end = j + 1
    elif words[j] == "परिसर" and words[j - 1] == "खेल" and j - 1 > k:
        end, j = j + 1, j - 1
    else:
        return None
    while j - k > 1 and ranks.get(words[k], PLACE_RANK) <= VENUE_RANK and words[k] not in VENUE_QUALIFIERS:
        k += 1  # an everyday word before the name is the sentence's: "मैच | वानखेड़े स्टेडियम में"
    own = [w for w in words[k:j] if w not in VENUE_QUALIFIERS]
    if not own or not any(ranks.get(w, PLACE_RANK) > VENUE_RANK for w in own):
        return None
    return k, end


# Transport hubs named after their town: "बस्ती रेलवे स्टेशन", "उधना स्टेशन", "सीवान बस स्टैंड".
HUB_WORDS = (("रेलवे", "स्टेशन"), ("रोडवेज", "बस", "स्टैंड"), ("बस", "स्टैंड"), ("बस", "अड्डा"), ("बस", "अड्डे"),
             ("बस", "स्टेशन"), ("जंक्शन",), ("स्टेशन",), ("एयरपोर्ट",), ("हवाई", "अड्डा"), ("हवाई", "अड्डे"),
             ("हवाईअड्डा",), ("हवाईअड्डे",))
# Words before a hub that say which one, not its name: "नज़दीकी रेलवे स्टेशन".
NOT_HUB_NAMES = NOT_BUILDING_NAMES | {normalise_token(w) for w in (
    "नजदीकी", "निकटतम", "नजदीक", "मुख्य", "स्थानीय", "पास", "सभी", "हर", "पुलिस", "फायर", "पावर", "मेट्रो", "रेलवे",
    "अंतरराष्ट्रीय", "अंतर्राष्ट्रीय", "घरेलू", "सिटी", "जिला", "प्रमुख")}


def hub_after(words: list[str], k: int) -> int | None:
    """The end of a transport hub's words starting at ``k``, else None."""
    return next((k + len(h) for h in HUB_WORDS if tuple(words[k:k + len(h)]) == h), None)


def hub_named_after_town(words: list[str], k: int, free: Callable[[int], bool],
                         name_word: Callable[[str], bool]) -> tuple[int, int] | None:
    """``[k, j)`` for a rare one-word name and the hub after it: ``उधना स्टेशन``,
    ``हेहेगडा रेलवे स्टेशन`` (a town the gazetteer knows is found there: बस्ती)."""
    return _named_after_town(words, k, free, name_word, hub_after, NOT_HUB_NAMES)


STATIONS = normalise_token("स्टेशनों")


def stations_of_a_stretch(words: list[str], k: int, free: Callable[[int], bool],
                          name_word: Callable[[str], bool]) -> tuple[int, int] | None:
    """``[k, k+1)`` for an untagged town-like name in ``X और Y स्टेशनों के बीच`` (either
    one): the two stations a stretch of line runs between are places."""
    n = len(words)
    second = k + 1 < n and words[k + 1] == STATIONS and k > 0 and words[k - 1] in LIST_JOINERS
    first = k + 3 < n and words[k + 1] in LIST_JOINERS and words[k + 3] == STATIONS
    if not (second or first):
        return None
    w = words[k]
    return (k, k + 1) if (free(k) and name_word(w) and len(w) > 2 and town_like(w)
                          and not w.endswith(COMMON_ENDINGS) and not is_abbreviation(w)) else None


# Words after a constituency's name: "तेनुघाट सीट पर", "जसराणा विधानसभा सीट", "बलिया संसदीय क्षेत्र".
SEAT_AFTER = {("सीट",), ("विधानसभा", "सीट"), ("लोकसभा", "सीट"), ("विधानसभा", "क्षेत्र"), ("संसदीय", "क्षेत्र"),
              ("निर्वाचन", "क्षेत्र"), ("विधानसभा", "सीटों"), ("सीटों",), ("उपचुनाव",), ("विधानसभा", "उपचुनाव")}


def place_before_seat(words: list[str], k: int, free: Callable[[int], bool],
                      name_word: Callable[[str], bool]) -> tuple[int, int] | None:
    """``[k, j)`` if an untagged name is a constituency: ``तेनुघाट सीट पर``, ``सिकंदरपुर
    विधानसभा सीट``.  One or two rare, uninflected words; the seat words stay out."""
    def part(x: int) -> bool:
        return (x < len(words) and free(x) and name_word(words[x]) and rare(words[x]) and len(words[x]) > 2
                and not words[x].endswith(COMMON_ENDINGS) and not is_abbreviation(words[x]))
    if not part(k) or (k > 0 and part(k - 1)):
        return None
    j = k + 1 if not part(k + 1) else k + 2
    if any(tuple(words[j:j + len(seat)]) == seat for seat in SEAT_AFTER):
        return k, j
    return None


# Words of a dateline's credit: "चंदनपुर, जागरण संवाददाता।", "मंडी, 14 अक्टूबर (भाषा)",
# "लखनऊ, राज्य ब्यूरो।", "संवाददाता, सरायगंज".
DATELINE_CREDITS = {normalise_token(w) for w in (
    "संवाददाता", "प्रतिनिधि", "ब्यूरो", "एजेंसी", "एजेंसियां", "भाषा", "वार्ता", "आईएएनएस", "पीटीआई", "यूएनआई", "डेस्क",
    "न्यूज़", "रिपोर्टर")}
REPORTER_WORDS = {"संवाददाता", "प्रतिनिधि", "रिपोर्टर"}
CREDIT_OPENERS = REPORTER_WORDS | {normalise_token(w) for w in ("सहयोगी", "सूत्र", "ब्यूरो")}


def dateline_place(words: list[str], k: int, name_word: Callable[[str], bool]) -> tuple[int, int] | None:
    """``[k, j)`` if the name at ``k`` is a dateline's place: first in its sentence and
    followed by a comma or bracket and a reporter's or agency's credit ("चंदनपुर, जागरण
    संवाददाता।", "कुल्लू (भाषा) :", "मंडी, 14 अक्टूबर (भाषा)"), or last, after the
    reporter ("संवाददाता, सरायगंज")."""
    def part(x: int) -> bool:
        return (x < len(words) and name_word(words[x]) and len(words[x]) > 1
                and not words[x].endswith(COMMON_ENDINGS) and words[x] not in DATELINE_CREDITS)
    n = len(words)
    if k == 0 and part(0):
        j = 2 if part(1) and n > 2 and words[2] in (",", "(") else 1
        credit = next((c for c in range(j + 1, min(n, j + 6)) if words[c] in DATELINE_CREDITS), None)
        # the credit closes the dateline: a bracket, or the sentence's end ("राहुल, जो संवाददाता
        # हैं, ने कहा" is no dateline)
        if j < n and words[j] in (",", "(") and credit is not None and (
                credit + 1 < n and words[credit + 1] == ")"
                or all(w in (".", "।", ":", "-") for w in words[credit + 1:])):
            return 0, j
    # "उचाना : कोरोना संक्रमित …": a regional paper's dateline, a town and a colon
    if k == 0 and n > 3 and part(0) and rare(words[0]) and not is_abbreviation(words[0]):
        j = 2 if part(1) and rare(words[1]) and words[2] == ":" else 1
        if words[j] == ":" and j + 1 < n and words[j + 1][:1].isalpha():
            return 0, j
    # "सरायगंज (चंपानगर)." opening a report: a town and its district
    if k in (0, 2) and n >= 4 and words[1] == "(" and words[3] == ")" and part(0) and part(2) \
            and rare(words[0]) and rare(words[2]) and (n == 4 or words[4] in (".", ":", "-", "।")):
        return k, k + 1
    end = n
    while end > 0 and words[end - 1] in (".", "।", ":"):
        end -= 1
    if end - 1 == k and k >= 2 and part(k) and words[k - 1] == "," and words[k - 2] in REPORTER_WORDS:
        return k, k + 1
    # "संवाद सहयोगी, मानेसर : आईएमटी …", "संवाद सूत्र, सोनौली (महराजगंज) : …": the reporter's credit
    # opens a regional paper's dateline, and its town stands before the colon
    if 2 <= k <= 4 and words[k - 1] == "," and words[k - 2] in CREDIT_OPENERS and part(k) and k + 1 < n \
            and (words[k + 1] == ":" or words[k + 1] == "(" and ":" in words[k + 2:k + 6]):
        return k, k + 1
    return None


def place_before_bracketed_place(words: list[str], k: int, places: dict[int, int], free: Callable[[int], bool],
                                 name_word: Callable[[str], bool]) -> tuple[int, int] | None:
    """``[k, k+1)`` if an untagged name is followed by a known place in brackets, as
    datelines and reports place a town in its district: ``बेनीपट्टी (मधुबनी):``,
    ``लालगंज (आजमगढ़) में``."""
    w = words[k]
    if not (free(k) and name_word(w) and rare(w) and len(w) > 2 and not w.endswith(COMMON_ENDINGS)
            and not is_abbreviation(w)):
        return None
    if k + 1 < len(words) and words[k + 1] == "(" and k + 2 in places and places[k + 2] < len(words) \
            and words[places[k + 2]] == ")":
        return k, k + 1
    return None


# Administrative units named after a place: "वैशाली ज़िले के X", "देवा ब्लॉक के X".
UNIT_WORDS = DISTRICT_WORDS | BLOCK_WORDS
# "वैशाली ज़िले के महुआ से", "चंदौली के सकलडीहा से", "रूस के उफ़ा शहर में": a place inside a
# place just named, before a postposition of place or a place noun.
INNER_PLACE_AFTER = {"से", "में", "निवासी", "शहर", "कस्बे", "कस्बा", "गांव", "इलाके", "इलाका", "सेक्टर", "उपजिले", "प्रखंड", "ब्लॉक", "तहसील", "क्षेत्र", "और", "तथा", ","}


RESIDENT_PLACE_RANK = 3000
GENITIVES_AFTER = {"की", "का", "के"}

# Endings of abstract and compound nouns, no names: "औपनिवेशीकरण", "जलक्षेत्र", "राजपत्र".
ABSTRACT_ENDINGS = ("करण", "क्षेत्र", "पत्र")


def place_in_named_place(words: list[str], k: int, free: Callable[[int], bool], name_word: Callable[[str], bool],
                         place_ends: set[int]) -> tuple[int, int] | None:
    """``[k, k+1)`` for an untagged rare name after a place named just before it and its
    genitive (``पुंछ के X सेक्टर``, ``खंडवा ज़िले के X में``), before a word of place."""
    w = words[k]
    # (before निवासी, "residing in", a name commoner than a rare word is a place too: "दिल्ली के
    # रोहिणी निवासी")
    rank = RESIDENT_PLACE_RANK if k + 1 < len(words) and words[k + 1] == RESIDENT else PLACE_RANK
    if not (2 <= k and k + 1 < len(words) and words[k - 1] == "के" and free(k) and name_word(w) and rare(w, rank)
            and len(w) > 2 and not w.endswith(COMMON_ENDINGS + ABSTRACT_ENDINGS) and not is_abbreviation(w)
            and "-" not in w):
        return None  # (not "दक्षिण-पूर्वी इलाके", "कोने-कोने में", "औपनिवेशीकरण से", "जलक्षेत्र में")
    in_district = words[k - 2] in UNIT_WORDS and k - 2 in place_ends
    if not (k - 1 in place_ends or in_district):
        return None
    # (within a district named so, a genitive after the name too: "हनुमानगढ़ जिले के संगरिया की
    # छात्रा")
    return (k, k + 1) if words[k + 1] in INNER_PLACE_AFTER or (in_district and words[k + 1] in GENITIVES_AFTER) \
        else None


# Common endings of Indian town and village names (not of given names): "महमूदाबाद", "सीतापुर".
PLACE_NAME_ENDINGS = tuple(normalise_token(w) for w in (
    "पुर", "बाद", "गंज", "गढ़", "नगर", "पुरा", "खेड़ा", "गांव", "घाट", "पट्टी", "पुरी", "कोट", "मऊ", "डीह"))


def town_like(word: str) -> bool:
    """A rare word, or one with a town's ending (नवाबगंज is frequent enough not to be rare)."""
    return rare(word) or (len(word) > 4 and word.endswith(PLACE_NAME_ENDINGS))


# Local bodies named after their town or village: "खरखौदा नगरपालिका", "नवाबगंज नगर पालिका
# परिषद", "सिसवा ग्राम पंचायत" (longest first).
LOCAL_BODIES = (("नगर", "पालिका", "परिषद"), ("नगरपालिका", "परिषद"), ("नगर", "पालिका"), ("नगरपालिका",),
                ("नगर", "परिषद"), ("नगर", "निगम"), ("नगर", "पंचायत"), ("ग्राम", "पंचायत"), ("क्षेत्र", "पंचायत"),
                ("जनपद", "पंचायत"), ("पंचायत", "समिति"),
                # a forest division is named after its town the same way: "ब्रह्मपुरी वन मंडल"
                ("वन", "मंडल"), ("वन", "प्रभाग"), ("वन", "परिक्षेत्र"))


def local_body_after(words: list[str], k: int) -> int | None:
    """The end of a local body's words starting at ``k``, else None."""
    return next((k + len(b) for b in LOCAL_BODIES if tuple(words[k:k + len(b)]) == b), None)


# Heads of the names of associations, forums and unions ("युवा रचनाकार मंच", "अखिल भारतीय जाट
# महासभा", "किसान संघर्ष समिति"), and what may follow such a name when it acts or owns.
ASSOCIATION_HEADS = {normalise_token(w) for w in ("मंच", "महासभा", "एसोसिएशन", "यूनियन")}
STRUGGLE = normalise_token("संघर्ष")
SAVE = normalise_token("बचाओ")
RIVER_WORDS = {normalise_token(w) for w in ("नदी", "झील", "तालाब", "जंगल", "पहाड़")}
ASSOCIATION_FOLLOWERS = {"ने", "के", "की", "का", "से", "को", "द्वारा", "("}
# Words that make "X मंच" a stage or platform, not a body.
NOT_ASSOCIATION_WORDS = {normalise_token(w) for w in (
    "इस", "उस", "इसी", "उसी", "एक", "किसी", "हर", "सभी", "कई", "अपने", "अपना", "अपनी", "उनके", "साझा", "राजनीतिक",
    "सांस्कृतिक", "सार्वजनिक", "अंतरराष्ट्रीय", "वैश्विक", "डिजिटल", "ऑनलाइन", "सोशल", "मुख्य", "बड़े", "बड़ा",
    "बड़ी", "सही", "उचित", "बेहतर", "अच्छा", "अच्छे", "नया", "नए", "नई", "बस", "उसे", "उन्हें", "इसे", "जिस", "जिसे")}


def association_name(words: list[str], k: int, free: Callable[[int], bool],
                     name_word: Callable[[str], bool]) -> tuple[int, int] | None:
    """``[i, j)`` for an untagged association named by one to four words before its head at ``k``
    ("युवा रचनाकार मंच ने", "किसान संघर्ष समिति के अध्यक्ष"), when the name acts or owns
    something (a postposition after it); not "इस मंच से", a stage."""
    if not free(k):
        return None
    if words[k] in ASSOCIATION_HEADS:
        head_start, j = k, k + 1
    elif words[k] == STRUGGLE and k + 1 < len(words) and words[k + 1] == "समिति" and free(k + 1):
        head_start, j = k, k + 2
    else:
        return None
    if j >= len(words) or words[j] not in ASSOCIATION_FOLLOWERS:
        return None
    i = head_start
    while i > 0 and head_start - i < 4 and free(i - 1) and name_word(words[i - 1]) \
            and words[i - 1] not in NOT_ASSOCIATION_WORDS:
        i -= 1
    if i < head_start and words[i] == SAVE:
        # "बांडी नदी बचाओ संघर्ष समिति", "गंगा बचाओ मंच": what the body would save names it,
        # a river or a town already found (it stays a place too)
        x = i
        while x > 0 and i - x < 2 and (words[x - 1] in RIVER_WORDS or name_word(words[x - 1])) \
                and words[x - 1] not in NOT_ASSOCIATION_WORDS:
            x -= 1
        if x < i and words[x] not in RIVER_WORDS:
            i = x
    if head_start - i < (1 if words[k] == STRUGGLE else 2) and not (head_start - i == 1 and rare(words[i])):
        return None  # (one everyday word before मंच names no body: "किसान मंच" is too thin)
    return i, j


def body_of_named_place(words: list[str], k: int, free: Callable[[int], bool],
                        name_word: Callable[[str], bool]) -> tuple[int, int] | None:
    """``[k, j)`` for an untagged rare name and the local body after it, an
    organisation (whose first word is the place): ``खरखौदा नगरपालिका में``."""
    return _named_after_town(words, k, free, name_word, local_body_after)


def _named_after_town(words: list[str], k: int, free: Callable[[int], bool], name_word: Callable[[str], bool],
                      words_after: Callable[[list[str], int], int | None],
                      not_names: frozenset[str] | set[str] = frozenset()) -> tuple[int, int] | None:
    """``[k, j)`` for one untagged town-like word at ``k`` and the words after it that
    ``words_after`` recognises (a station, a local body), all untagged."""
    w = words[k]
    if not (free(k) and name_word(w) and len(w) > 2 and town_like(w) and w not in not_names
            and not w.endswith(COMMON_ENDINGS) and not is_abbreviation(w)):
        return None
    if k > 0 and free(k - 1) and name_word(words[k - 1]) and rare(words[k - 1]):
        return None  # (two unknown words: which of them starts the name is not clear)
    end = words_after(words, k + 1)
    if end is None or not all(free(x) for x in range(k + 1, end)):
        return None
    return k, end


LOCATED = "स्थित"
# What a place names after it: its panchayat ("केसपा पंचायत के सिमरा गांव"), a bank's branch
# there ("एक्सिस बैंक की पलासिया शाखा"), its court ("जगाधरी की अदालत में पेश").
PANCHAYAT_AFTER = {"के", "की", "का", "में", "से", "समिति", "क्षेत्र", "सचिव", "मुखिया", "भवन"}
BRANCH_OWNERS = {"बैंक", "बैंकों"}
COURT_NOUNS = {"अदालत", "कोर्ट", "न्यायालय"}


def place_named_by_its_unit(words: list[str], k: int, free: Callable[[int], bool],
                            name_word: Callable[[str], bool]) -> tuple[int, int] | None:
    """``[k, k+1)`` for an untagged rare name a panchayat, a bank's branch or a court is of."""
    n = len(words)
    w = words[k]
    if not (k + 2 < n and free(k) and name_word(w) and rare(w) and len(w) > 2 and not is_abbreviation(w)):
        return None
    if k > 0 and free(k - 1) and name_word(words[k - 1]) and rare(words[k - 1]):
        return None  # (two unknown words: which of them starts the name is not clear)
    nxt = words[k + 1]
    if nxt == "पंचायत" and words[k + 2] in PANCHAYAT_AFTER:
        return k, k + 1
    if nxt == "शाखा" and k >= 2 and words[k - 1] in ("की", "के") and words[k - 2] in BRANCH_OWNERS:
        return k, k + 1
    if nxt in ("की", "के") and words[k + 2] in COURT_NOUNS and k > 0 and words[k - 1] in ("को", "में", "से", ","):
        return k, k + 1  # ("सभी को जगाधरी की अदालत में": after a postposition, not a judge's name)
    return None



def place_before_located(words: list[str], k: int, free: Callable[[int], bool],
                         name_word: Callable[[str], bool]) -> tuple[int, int] | None:
    """``[k, k+1)`` for an untagged rare name right before ``स्थित`` ("located in"), which
    only follows a place: ``रामपट्टी स्थित कोविड केयर सेंटर``, ``कोनी स्थित आइसोलेशन सेंटर``."""
    w = words[k]
    if not (k + 1 < len(words) and words[k + 1] == LOCATED and free(k) and name_word(w) and rare(w)
            and len(w) > 2 and not w.endswith(COMMON_ENDINGS) and not is_abbreviation(w)):
        return None
    if k > 0 and free(k - 1) and name_word(words[k - 1]) and rare(words[k - 1]) \
            and not words[k - 1].endswith(COMMON_ENDINGS):
        return None  # (two unknown words: which of them starts the place is not clear)
    return k, k + 1


# "X नगर" is a colony or town: X is a name (साकेत, आदर्श, शास्त्री), not a word saying
# which town (पूरे नगर में, इस नगर), and the town's bodies (नगर निगम, नगर कोतवाली) are no colony.
NAGAR = "नगर"
NOT_BEFORE_NAGAR = {"पूरे", "पूरा", "पूरी", "इस", "उस", "इसी", "उसी", "हर", "किसी", "प्राचीन", "पवित्र", "धार्मिक",
                    "ऐतिहासिक", "औद्योगिक", "बड़े", "छोटे", "अपने", "अपना", "नए", "नई", "पुराने", "स्मार्ट", "महा",
                    "उप", "मुख्य", "सुंदर", "समूचे", "सारे", "पूरब", "दूसरे", "एक", "कई", "दोनों", "शेष", "बाकी",
                    "अधिकतर", "ज्यादातर", "अधिकांश", "समस्त", "संपूर्ण", "उक्त", "अन्य", "प्रत्येक", "किस",
                    "बसे", "बसा", "बसी", "बने", "बना", "स्थित", "विकसित", "प्रमुख", "कुछ", "सभी", "हमारे", "उनके"}
NOT_BEFORE_NAGAR = {normalise_token(w) for w in NOT_BEFORE_NAGAR}
NOT_AFTER_NAGAR = {"निगम", "पालिका", "पंचायत", "परिषद", "निकाय", "आयुक्त", "विकास", "कोतवाली", "थाना", "थाने",
                   "अध्यक्ष", "प्रमुख", "सेठ", "कीर्तन", "भ्रमण", "वासियों", "वासी", "सरकार", "प्रशासन", "मंत्री"}
COLONY_AFTER = {"में", "से", "के", "की", "का", "को", "तक", "निवासी", "क्षेत्र", "इलाके", "इलाका", "मोहल्ले",
                "कॉलोनी", "कालोनी", "स्थित", ",", "।", "और", "व", "एवं", "तथा", "सेक्टर", "फेज", "थाना", "थाने"}


def colony_before_nagar(words: list[str], k: int, free: Callable[[int], bool],
                        name_word: Callable[[str], bool]) -> tuple[int, int] | None:
    """``[k, k + 2)`` for an untagged colony or town ``X नगर``: ``आदर्श नगर में``,
    ``वैशाली नगर निवासी``; the word after it must end a place name."""
    if k + 1 >= len(words) or words[k + 1] != NAGAR or not (free(k) and free(k + 1)):
        return None
    w = words[k]
    if not name_word(w) or w in NOT_BEFORE_NAGAR or w.endswith(COMMON_ENDINGS) or len(w) < 3:
        return None
    after = words[k + 2] if k + 2 < len(words) else "।"
    if after in NOT_AFTER_NAGAR or after not in COLONY_AFTER:
        return None
    return k, k + 2


BUSINESS_OPENERS = {"श्री", "न्यू", "द", "न्यु", normalise_token("मेसर्स")}


NOT_IN_BUSINESS_NAMES = {normalise_token(w) for w in (
    "मुताबिक", "अनुसार", "स्थित", "आग", "धमाका", "विस्फोट", "चोरी", "लूट", "हादसा", "मालिक", "दुकान", "संचालक")}


# A company's legal suffix, and the words inside a registered name that are no names themselves.
COMPANY_SUFFIX = normalise_token("लिमिटेड")
COMPANY_SUFFIXES = {COMPANY_SUFFIX, "लि", "लि."}  # (also abbreviated, after a state's undertaking)
COMPANY_PRIVATE = normalise_token("प्राइवेट")
COMPANY_INNER = {normalise_token(w) for w in ("प्राइवेट", "प्रा", "एंड", "&", "इंडिया")}
# A company's name may be a fairly common word ("कनक"): the suffix says what it names.
COMPANY_NAME_RANK = 5_000


def business_name(words: list[str], k: int, free: Callable[[int], bool], name_word: Callable[[str], bool],
                  business_words: set[str]) -> tuple[int, int] | None:
    """``[i, j)`` for an untagged shop or firm ending in a business word at ``k``:
    ``शिवम ट्रैवल्स``, ``श्री बालाजी ग्लास वर्क्स``, ``जैन बर्तन भंडार``.  One to three name
    words before it, one of them rare, a name part or an opener (श्री, न्यू)."""
    if not (free(k) and words[k] in business_words) or (k > 0 and words[k - 1] in business_words):
        return None  # (a run of business words is read from its first one)
    j = k + 1
    while j < len(words) and words[j] in business_words and free(j):
        j += 1
    if words[j:j + 2] == [COMPANY_PRIVATE, COMPANY_SUFFIX] and free(j) and free(j + 1):
        j += 2  # "टेकविज सॉल्यूशंस प्राइवेट लिमिटेड": the registered name
    elif j < len(words) and words[j] == COMPANY_SUFFIX and free(j):
        j += 1
    i = k
    while i > 0 and k - i < 3 and free(i - 1) and (
            name_word(words[i - 1]) or words[i - 1] in BUSINESS_OPENERS) and not words[i - 1].isdigit() \
            and not words[i - 1].endswith("कर") \
            and words[i - 1] not in NOT_IN_BUSINESS_NAMES:  # ("बढ़कर स्टोर्स", "के मुताबिक शिवम ट्रैवल्स",
        # "झोटवाड़ा स्थित शिवशक्ति फर्नीचर": where a shop is; "आग गुप्ता पटाखा भंडार में लगी": what happened)
        i -= 1
        if words[i] in BUSINESS_OPENERS:
            break  # an opener starts the name ("आग | श्री गणेश मिष्ठान भंडार")
    if i == k or not any(rare(w) or _name_part(w) or w in BUSINESS_OPENERS for w in words[i:k]) \
            or all(w in BUSINESS_OPENERS for w in words[i:k]):
        return None  # ("द इलेक्ट्रॉनिक्स रिसाइक्लिंग …": an opener alone names nothing)

    def own(w: str) -> bool:
        return rare(w) or _name_part(w) or w in BUSINESS_OPENERS
    while i < k - 1 and not own(words[i]) and any(own(w) for w in words[i + 1:k]):
        i += 1  # an everyday word before the name is no part of it: "आयोजन | सुरमयी इवेंट्स ने"
    return i, j


def registered_company(words: list[str], k: int, free: Callable[[int], bool], name_word: Callable[[str], bool],
                       business_words: set[str]) -> tuple[int, int] | None:
    """``[i, j)`` for a company named with its legal suffix at ``k``: "वेदिका ऑटोकॉम्प लिमिटेड",
    "कनक टैनर्स एंड एक्सपोर्ट्स प्राइवेट लिमिटेड".  Up to six words before it, each a rare word, a
    name part, a business word or a word of the registered form, the first a rare word or a name part
    (not "कंपनी", "नाम" or anything common before the name)."""
    if words[k] != COMPANY_SUFFIX or not free(k):
        return None

    def own(w: str) -> bool:  # a word of the company's own name
        return (rare(w, COMPANY_NAME_RANK) or _name_part(w)) and w not in COMPANY_INNER

    def inside(w: str) -> bool:
        return w in COMPANY_INNER or w in business_words or (name_word(w) and w not in NOT_IN_BUSINESS_NAMES and own(w))

    i = k
    while i > 0 and k - i < 6 and free(i - 1) and inside(words[i - 1]):
        i -= 1
    while i < k and not own(words[i]):
        i += 1  # (the name starts with its own word: not "इंडिया", "प्राइवेट")
    return (i, k + 1) if i < k else None


# Words joining the items of a list, and what may follow its last item.
LIST_JOINERS = {",", "और", "व", "एवं", "तथा"}
LIST_CLOSERS = {"में", "से", "के", "की", "का", "को", "तक", "समेत", "सहित", "आदि", ",", "।", "."}
# Words a list of places may follow: "ही आरा, पीरो और जगदीशपुर से".
LIST_OPENERS = {",", "।", ".", ":", "(", '"', "“", "में", "से", "को", "ने", "के", "की", "का", "पर", "तक", "ही",
                "भी", "और", "व", "तथा", "एवं"}
# Plural place nouns closing a list of places: "लखीगाम और अंबेठा गांवों को".
PLACE_PLURALS = {"गांवों", "जिलों", "जनपदों", "तहसीलों", "प्रखंडों", "ब्लॉकों", "कस्बों", "शहरों",
                 "इलाकों", "मोहल्लों", "देशों", "राज्यों", "क्षेत्रों", "कॉलोनियों", "कालोनियों", "वार्डों",
                 "नदियों", "नदियां", "प्रांतों", "द्वीपों", "महानगरों"}
# Words between a list and the plural noun that closes it: "कीव, ल्वीव और द्निप्रो समेत कई शहरों में".
LIST_TAILS = {"समेत", "सहित", "जैसे", "आदि", "वगैरह"}
LIST_TAIL_FILLERS = {"कई", "अन्य", "दूसरे", "तमाम", "सभी", "कुछ"}


def plural_place_closes(words: list[str], close: int) -> bool:
    """Does a plural place noun close a list ending at ``close``, right there or after
    समेत/सहित/जैसे and कई/अन्य ("… और द्निप्रो समेत कई शहरों में")?"""
    n = len(words)
    if close < n and words[close] in PLACE_PLURALS:
        return True
    k = close
    if k < n and words[k] in LIST_TAILS:
        k += 1
        while k < n and words[k] in LIST_TAIL_FILLERS:
            k += 1
        return k < n and words[k] in PLACE_PLURALS
    return False


# A word announcing a list of villages, and how common a name in a list a plural place noun
# closes may be.
VILLAGE_WORDS_BEFORE_LIST = {"गांव", "ग्राम", "गाँव"}
LIST_ITEM_RANK = 5000

# The oblique singular closes a list too: "आजादपुरा और तालाबपुरा मोहल्ले के", "X और Y गांव के लोग".
PLACE_NOUNS_AFTER_LIST = {"मोहल्ले", "गांव", "इलाके", "कस्बे", "वार्ड", "ब्लॉक", "प्रखंड", "तहसील", "खंड",
                          "होकर"}  # ("खंदौली और टूंडला होकर भेजा गया": by way of two towns)


def places_in_list(words: list[str], places: list[tuple[int, int]], free: Callable[[int], bool],
                   name_word: Callable[[str], bool], landmarks: frozenset[str] = frozenset(),
                   place_like: Callable[[int], bool] = lambda k: False) -> list[tuple[int, int]]:
    """Untagged items of a list of places: ``तिलहर, पुवायां और जलालाबाद से`` (one item
    known), ``लखीगाम और अंबेठा गांवों को`` (closed by a plural place noun).

    An item is one rare, uninflected word (with a village suffix); the list must
    close where a list of nouns does (a postposition, punctuation or a plural
    place noun), so "दिल्ली और आसपास" or a clause going on stays out.

    ``place_like(k)`` says a word looks like a place by itself (a town the
    gazetteer knows that is also an everyday word, "आरा"; a rare word with a town's
    ending, "त्रिवेदीगंज"): such an item may be a common word, and with a known
    place beside it two items make a list ("हैदरगढ़ और त्रिवेदीगंज के")."""
    n = len(words)

    def word_ok(x: int, loose: bool, rank: int = PLACE_RANK, village: bool = False) -> bool:
        if 0 <= x < n and free(x) and place_like(x):
            return True  # (गया is also "went": no name word, but a town here)
        return (0 <= x < n and free(x) and name_word(words[x]) and len(words[x]) > 2
                and words[x] not in LIST_JOINERS and not (village and is_abbreviation(words[x]))
                and (not words[x].endswith(COMMON_ENDINGS) or village)
                and (loose or (word_ranks().get(words[x], rank) >= rank if village else rare(words[x], rank))))

    def item(k: int, loose: bool, rank: int = PLACE_RANK, village: bool = False) -> int | None:
        if not word_ok(k, loose, rank, village):
            return None
        j = k + 1
        if loose:  # "नाका सतरिख", "आवास विकास कॉलोनी": up to three words
            while j < n and j - k < 3 and word_ok(j, True):
                j += 1
        while j < n and words[j] in VILLAGE_SUFFIXES and free(j):
            j += 1
        return j

    def landmark_item(k: int) -> int | None:
        # "लोअर बाजार", "राम बाजार": one or two name words and a landmark word (an item that
        # says itself it is a place, so it anchors the list like a known one)
        for width in (1, 2):
            lm = k + width
            if lm < n and words[lm] in landmarks and free(lm) and all(
                    word_ok(x, True) and words[x] not in landmarks for x in range(k, lm)):
                return lm + 1
        return None

    def run_from(k: int, step: Callable[[int], tuple[int, bool | None, int] | None]) -> list:
        """Items joined by LIST_JOINERS from ``k``: ``step(pos)`` gives (end, known, where the
        next joiner may stand) for the item at pos, or None."""
        run: list[tuple[int, int, bool | None]] = []  # (start, end, known; None: a landmark item)
        pos = k
        while pos < n and (got := step(pos)) is not None:
            end, is_known, after = got
            run.append((pos, end, is_known))
            if not (after < n and words[after] in LIST_JOINERS and after + 1 < n):
                break
            pos = after + 1
        return run

    known = {i: j for i, j in places}
    found: list[tuple[int, int]] = []
    # walk each run "item (joiner item)*" from its first item
    k = 0
    while k < n:
        # "शहर के सात मोहल्लों पीरबटावन, नाका सतरिख … और ओबरी को": a plural place noun
        # announces the list, so its items need not be rare words; so does "गांव" before a list
        # of villages ("गांव घराचों, बालियां और मेहलां में", Punjab's names ending like plurals)
        village_list = k > 0 and words[k - 1] in VILLAGE_WORDS_BEFORE_LIST
        introduced = k > 0 and words[k - 1] in PLACE_PLURALS
        rank = LIST_ITEM_RANK if village_list else PLACE_RANK

        def step(pos: int) -> tuple[int, bool | None, int] | None:
            if pos in known:
                end, is_known = known[pos], True
            elif landmarks and (lm_end := landmark_item(pos)) is not None:
                end, is_known = lm_end, None  # (None: an anchor, but found here)
            else:
                end, is_known = item(pos, introduced, rank, village_list), False
            if end is None:
                return None
            after = end
            if introduced and is_known:
                while after < n and after - pos < 3 and word_ok(after, True):
                    after += 1  # ("नाका | सतरिख": the rest of an item the model cut short)
            return end, is_known, after

        run = run_from(k, step)
        first_end = known.get(k, k + 1)  # (a joiner must follow the first item: most words go no further)
        if len(run) < 2 and not introduced and not village_list and first_end < n \
                and (words[first_end] in LIST_JOINERS or words[first_end] in VILLAGE_SUFFIXES):
            # a list a plural place noun closes may hold names commoner than a rare word
            # ("बाक्सा और चिरांग जिलों में"): read it again with a looser rank

            def loose_step(pos: int) -> tuple[int, bool, int] | None:
                end = known[pos] if pos in known else item(pos, False, LIST_ITEM_RANK)
                return None if end is None else (end, pos in known, end)

            run2 = run_from(k, loose_step)
            if len(run2) >= 2 and plural_place_closes(words, run2[-1][1]) \
                    and words[run2[-1][0] - 1] != "," and (k == 0 or not rare(words[k - 1], LIST_ITEM_RANK)
                                                           or not name_word(words[k - 1])):
                found += [(a, b) for a, b, is_known in run2 if not is_known]
                k = run2[-1][1]
                continue
        if len(run) >= 2:
            close = run[-1][1]
            after = words[close] if close < n else "।"
            plural = plural_place_closes(words, close) or after in PLACE_NOUNS_AFTER_LIST or (
                (introduced or village_list) and after in LIST_CLOSERS)
            anchored = any(r[2] is not False for r in run)
            if any(r[2] is False and place_like(r[0]) and not rare(words[r[0]]) for r in run):
                # an everyday word (मंडी, गया) is a town only beside a town the text names,
                # not beside landmark items ("बड़े बाजार, छोटे बाजार और मंडी में"), and first
                # in a list only where a list can start ("तबाह हो गया और हरिद्वार में": a verb)
                first = run[0]
                anchored = any(r[2] is True for r in run) and not (
                    first[2] is False and not rare(words[first[0]]) and first[0] > 0
                    and words[first[0] - 1] not in LIST_OPENERS)
            # "विकासनगर, जीवनगढ़, … ढकरानी क्षेत्र में": an area noun closes a list with a known
            # place in it (not "फार्मा, टेक्सटाइल और ऑटो क्षेत्र", a list of sectors)
            area = after in AREA_WORDS and anchored
            # a Hindi list ends "… और Z"; "X , भारत की …" is an apposition, and two items
            # alone ("ब्वॉयफ्रेंड और ब्रिटेन में") are too weak a sign unless a plural place noun
            # closes them; a list closed by a place noun needs no और
            closed_by_and = words[run[-1][0] - 1] != ","
            # every unknown item looking like a place by itself, beside a known place
            self_evident = anchored and closed_by_and and after in LIST_CLOSERS and all(
                r[2] is not False or (r[1] - r[0] == 1 and place_like(r[0])) for r in run)
            if (not closed_by_and and not (plural or area)) or (village_list and not closed_by_and) or (
                    len(run) < 3 and not (plural or area or self_evident)):
                k = close
                continue
            # (a rare word before the first item would make it part of a longer name)
            starts_clean = introduced or k == 0 or not rare(words[k - 1]) or not name_word(words[k - 1])
            if (plural or area or (after in LIST_CLOSERS and anchored)) and starts_clean:
                found += [(a, b) for a, b, is_known in run if not is_known]
            k = close
        else:
            k = (run[0][1] if run else k + 1)
    return found


SURNAME_ENDERS = ONE_WORD_NAME_ENDERS | {"को", "की", "का", "के"}
# Words that often stand inside a full name before the surname: "गुरमीत सिंह खुड्डियां".
MIDDLE_NAMES = {"सिंह", "कुमार", "कुमारी", "लाल", "प्रसाद", "चंद", "चंद्र", "नाथ", "राम", "दास", "देवी", "प्रकाश",
                "मोहन", "किशोर", "नारायण", "शंकर", "कौर"}

# Surnames that are also everyday words ("अधिकारी" officer, "मील" mile, "पात्र"
# character): the frequency test cannot tell them from prose, so they join a tagged
# name only right before ने/को/का/, ("प्रवक्ता रघुवीर मील ने").  Not "सरकार":
# "योगी सरकार ने" is the government.
COMMON_WORD_SURNAMES = {"अधिकारी", "मील", "पात्र", "राय", "सेठ", "महाजन", "सुनार", "माली", "मिस्त्री", "भारती",
                        "सागर", "मित्रा", "श्रेष्ठ"}


# Second words of trades named by what is worked with: "ट्रक चालक", "ढाबा मालिक", "कपड़ा व्यापारी".
TRADE_HEADS = {normalise_token(w) for w in ("चालक", "ड्राइवर", "मालिक", "संचालक", "व्यापारी", "कारोबारी", "विक्रेता",
                                            "मिस्त्री", "मजदूर", "कारीगर")}

# Surnames that are also conjunctions ("राजन थापा मगर ने"): a conjunction cannot take ने.
CONJUNCTION_SURNAMES = {"मगर"}


def surname_after(words: list[str], i: int, j: int, name_word: Callable[[str], bool]) -> bool:
    """Is ``words[j]``, right after a tagged name ``[i, j)``, the rare surname the model left
    out?  After a middle name (सिंह, कुमार) always ("गुरमीत सिंह | खुड्डवाल बताते हैं"); after
    a lone first name when the name visibly ends after it ("मन्नूराम | गोटा ने/और/,")."""
    if 0 < j < len(words) - 1 and words[j] in CONJUNCTION_SURNAMES and words[j + 1] == "ने":
        return True
    if 0 < j < len(words) - 1 and words[j].endswith("कर") and len(words[j]) > 3 and words[j + 1] == "ने" \
            and (j - i == 1 or words[j - 1] in MIDDLE_NAMES) and name_word(words[j]):
        return True  # "अनिल | मानकर ने": a Marathi surname in -कर, never the participle before ने
    if 0 < j < len(words) and j - i >= 2 and words[j - 1] in MIDDLE_NAMES and words[j] in NAME_PARTS \
            and words[j] not in MIDDLE_NAMES and words[j] != "प्रधान":
        # a known surname after a middle name, whatever follows: "राजेश कुमार | त्यागी धरनास्थल"
        # (not the village head's title, प्रधान)
        return True
    if 0 < j < len(words) and words[j] in COMMON_WORD_SURNAMES:
        # an everyday word is a surname only where the name visibly ends after it, or where
        # the name is the whole line (a byline: "रमेश अधिकारी\nबीबीसी हिंदी के लिए")
        return (j - i == 1 or words[j - 1] in MIDDLE_NAMES) and (
            (j + 1 < len(words) and words[j + 1] in SURNAME_ENDERS) or (i == 0 and j + 1 == len(words)))
    if 0 < j < len(words) and (j - i == 1 or words[j - 1] in MIDDLE_NAMES) and words[j] in NAME_PARTS \
            and words[j] not in MIDDLE_NAMES and j + 1 < len(words) and (
                words[j + 1] in SURNAME_ENDERS or aged_at(words, j + 1)):
        return True  # a common surname where the name ends: "मनोज | मंडल ने", "गौतम | मंडल (26)"
    if not (0 < j < len(words) and name_word(words[j]) and rare(words[j], PERSON_RANK)
            and not is_abbreviation(words[j]) and len(words[j]) > 2):
        return False
    if j + 1 < len(words) and words[j + 1] in TRADE_HEADS:
        return False  # "हरजिंदर सिंह | ट्रक चालक हैं": what he drives, not his surname
    if words[j - 1] in MIDDLE_NAMES:
        # (after देवी or बाई, which mostly end a woman's name, only a known surname: "राबड़ी देवी |
        # राघोपुर और सोनपुर से" is her seat)
        return words[j - 1] not in ("देवी", "बाई")
    return j - i == 1 and j + 1 < len(words) and words[j + 1] in SURNAME_ENDERS
