"""Hindi temporal expressions → ISO values (GUIDELINES.md §5).

The annotator reads the normalised view of each sentence (nukta folded,
Devanagari digits as ASCII, chandrabindu as anusvara) in three steps:

1. *find*: precompiled patterns propose candidate expressions (calendar dates,
   months, years, weekdays, relative days/weeks/months/years, clock times);
   the longest non-overlapping ones win, then bare day numbers in front of a
   day-month (``1 से 5 जनवरी``, ``26, 27 व 31 मार्च``) borrow its month, and
   neighbours joined by ``से``/``-`` become ranges;
2. *resolve*: in text order, each candidate gets its value from the
   publication date, the tense of its clause, years the article gave nearby
   and, for clock times, the day they belong to;
3. *emit*: ``DateExpr`` objects with original offsets, in text order.

Spans never include trailing postpositions or punctuation: the patterns stop
at the last word of the expression and postpositions are only looked at as
context.  When ``doc.published`` is unknown, a dateline at the top of the
article (``नई दिल्ली, 5 जनवरी 2024``, ``प्रकाशित: 05 Jan 2024``) supplies it.
"""
from __future__ import annotations

import calendar
import datetime as _dt
import re
import unicodedata
from dataclasses import dataclass, field

from .document import DateExpr, Document
from .normalise import NormalisedText


def _fold(word: str) -> str:
    """The view's spelling of a lexicon word: nukta removed, chandrabindu as anusvara."""
    word = unicodedata.normalize("NFD", word).replace("\u093C", "")
    return unicodedata.normalize("NFC", word).replace("\u0901", "\u0902")


def _alt(words) -> str:
    """A regex alternation of ``words``, longest first so that prefixes never win."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


# --------------------------------------------------------------------------- lexicons
_MONTH_SPELLINGS = {
    1: ["जनवरी"], 2: ["फरवरी", "फ़रवरी", "फ़रवरी"], 3: ["मार्च"], 4: ["अप्रैल", "अप्रेल", "अप्रिल"],
    5: ["मई"], 6: ["जून"], 7: ["जुलाई"], 8: ["अगस्त"],
    9: ["सितंबर", "सितम्बर", "सेप्टेंबर"], 10: ["अक्टूबर", "अक्तूबर", "अक्टुबर"],
    11: ["नवंबर", "नवम्बर"], 12: ["दिसंबर", "दिसम्बर"],
}
DEV_MONTHS = {_fold(w): m for m, ws in _MONTH_SPELLINGS.items() for w in ws}
_LATIN_MONTH_NAMES = ["january", "february", "march", "april", "may", "june", "july",
                      "august", "september", "october", "november", "december"]
LATIN_MONTHS = {name: i + 1 for i, name in enumerate(_LATIN_MONTH_NAMES)}
LATIN_MONTHS.update({name[:3]: i + 1 for i, name in enumerate(_LATIN_MONTH_NAMES)})
LATIN_MONTHS["sept"] = 9

_WEEKDAY_SPELLINGS = {  # Python's weekday(): Monday is 0
    0: ["सोमवार", "monday"], 1: ["मंगलवार", "tuesday"], 2: ["बुधवार", "wednesday"],
    3: ["गुरुवार", "बृहस्पतिवार", "वीरवार", "thursday"], 4: ["शुक्रवार", "friday"],
    5: ["शनिवार", "saturday"], 6: ["रविवार", "इतवार", "sunday"],
}
WEEKDAYS = {_fold(w): d for d, ws in _WEEKDAY_SPELLINGS.items() for w in ws}

_NUMBER_SPELLINGS = {
    1: ["एक"], 2: ["दो"], 3: ["तीन"], 4: ["चार"], 5: ["पांच", "पाँच"], 6: ["छह", "छः", "छै"],
    7: ["सात"], 8: ["आठ"], 9: ["नौ"], 10: ["दस"], 11: ["ग्यारह"], 12: ["बारह"], 13: ["तेरह"],
    14: ["चौदह"], 15: ["पंद्रह", "पन्द्रह"], 16: ["सोलह"], 17: ["सत्रह"], 18: ["अठारह"],
    19: ["उन्नीस"], 20: ["बीस"], 21: ["इक्कीस"], 22: ["बाईस"], 23: ["तेईस"], 24: ["चौबीस"],
    25: ["पच्चीस"], 26: ["छब्बीस"], 27: ["सत्ताईस"], 28: ["अट्ठाईस", "अठ्ठाईस", "अठाईस"],
    29: ["उनतीस"], 30: ["तीस"], 31: ["इकतीस", "इकत्तीस"], 40: ["चालीस"], 45: ["पैंतालीस"],
    50: ["पचास"], 60: ["साठ"], 100: ["सौ"],
}
NUMBER_WORDS = {_fold(w): n for n, ws in _NUMBER_SPELLINGS.items() for w in ws}
DAY_WORDS = {w: n for w, n in NUMBER_WORDS.items() if n <= 31}
HOUR_WORDS = {w: n for w, n in NUMBER_WORDS.items() if n <= 12}

# Parts of the day: the name of the clock half they put an hour in.
PARTS_OF_DAY = {_fold(w): half for w, half in {
    "सुबह": "morning", "सवेरे": "morning", "प्रातः": "morning", "तड़के": "morning",
    "पूर्वाह्न": "morning", "भोर": "morning",
    "दोपहर": "afternoon", "अपराह्न": "afternoon",
    "शाम": "evening", "सायं": "evening", "देर शाम": "evening", "संध्या": "evening",
    "रात": "night", "रात्रि": "night", "देर रात": "night", "आधी रात": "night", "मध्यरात्रि": "night",
}.items()}
# Clock fractions: साढ़े दस = 10:30, सवा दो = 2:15, पौने चार = 3:45.
FRACTIONS = {_fold("साढ़े"): 30, "सवा": 15, "पौने": -15}
FRACTION_HOURS = {_fold("डेढ़"): (1, 30), "ढाई": (2, 30), "सवा": (1, 15)}

ORDINALS = {"पहले": 1, "दूसरे": 2, "तीसरे": 3, "चौथे": 4, "पांचवें": 5, "पांचवे": 5, "छठे": 6,
            "सातवें": 7, "आठवें": 8, "नौवें": 9, "दसवें": 10}
DECADE_WORDS = {"बीस": 2, "तीस": 3, "चालीस": 4, "पचास": 5, "साठ": 6, "सत्तर": 7, "अस्सी": 8, "नब्बे": 9}

# Relative modifiers and the direction they point in.
REL_PAST = ["पिछले", "पिछला", "पिछली", "बीते", "बीता", "बीती", "गत", "विगत"]
REL_NEXT = ["अगले", "अगला", "अगली", "आगामी", "आने वाले", "आने वाली", "आने वाला"]
REL_THIS = ["इस", "इसी", "मौजूदा", "चालू", "वर्तमान"]
REL_OFFSET = {**{w: -1 for w in REL_PAST}, **{w: 1 for w in REL_NEXT}, **{w: 0 for w in REL_THIS}}
UNITS = {"दिन": "day", "दिवस": "day", "रोज": "day", "सप्ताह": "week", "हफ्ते": "week", "हफ्ता": "week",
         "महीने": "month", "महीना": "month", "माह": "month", "मास": "month",
         "साल": "year", "वर्ष": "year", "बरस": "year"}
UNITS = {_fold(k): v for k, v in UNITS.items()}
PLURAL_UNITS = {"दिनों": "day", "सप्ताहों": "week", "हफ्तों": "week", "महीनों": "month",
                "सालों": "year", "वर्षों": "year", "बरसों": "year"}

# ``आज``/``कल`` followed by one of these mean "nowadays"/"the future", not a day.
VAGUE_NOUNS = {_fold(w) for w in [
    "दौर", "समय", "युग", "ज़माने", "जमाना", "दिनों", "परिवेश", "परिप्रेक्ष्य", "हालात", "संदर्भ",
    "राजनीति", "युवा", "युवाओं", "पीढ़ी", "भारत", "दुनिया", "समाज", "भविष्य", "बच्चे", "बच्चों",
    "जीवन", "जिंदगी", "परिदृश्य", "स्थिति", "माहौल", "तारीख", "इंसान", "लोग", "लोगों",
]}
# Words naming a kind of protest march: ``कैंडल मार्च`` is no month.
MARCH_NOUN_WORDS = {_fold(w) for w in [
    "कैंडल", "पैदल", "फ्लैग", "लॉन्ग", "लांग", "शांति", "मौन", "विरोध", "आक्रोश", "पथ", "मशाल",
    "रोष", "न्याय", "संकल्प", "तिरंगा", "पदयात्रा", "बाइक", "साइकिल", "कूच", "मार्च",
]}
# Event nouns a bare year may qualify without a postposition (``2024 लोकसभा चुनाव``).
YEAR_EVENT_NOUNS = {_fold(w) for w in [
    "लोकसभा", "विधानसभा", "चुनाव", "चुनावों", "आम", "ओलंपिक", "ओलंपिक्स", "विश्व", "वर्ल्ड",
    "बजट", "जनगणना", "दंगे", "दंगों", "एशियाई", "राष्ट्रमंडल", "कॉमनवेल्थ", "टी20", "आईपीएल",
]}
# After ``YEAR से``/``YEAR के`` these make the number a quantity, not a year.
QUANTITY_AFTER = {_fold(w) for w in [
    "ज्यादा", "ज़्यादा", "अधिक", "कम", "ऊपर", "नीचे", "पार", "करीब", "क़रीब", "आसपास", "लगभग",
    "नोट", "नोटों", "रुपये", "रुपए", "लोगों", "लोग",
]}
QUANTITY_BEFORE = {_fold(w) for w in [
    "करीब", "क़रीब", "लगभग", "कुल", "मात्र", "सिर्फ", "सिर्फ़", "केवल", "महज", "महज़", "तकरीबन",
    "रुपये", "रुपए", "रु", "₹", "Rs", "लाख", "हजार", "हज़ार", "करोड़", "नंबर", "संख्या",
]}


# --------------------------------------------------------------------------- regex parts
_LETTER = r"\w\u0900-\u0963\u0971-\u097F"
L = rf"(?<![{_LETTER}])"  # word start (\b is wrong for Devanagari vowel signs)
R = rf"(?![{_LETTER}])"  # word end
NUM_L = r"(?<![\w.,:/-])"  # a number not glued to another number
NUM_R = r"(?![\w]|[.,:/-]\d)"

DEV_MONTH = _alt(DEV_MONTHS)
LATIN_MONTH = "(?i:" + "|".join(sorted(LATIN_MONTHS, key=len, reverse=True)) + r")\.?"
MONTH = rf"(?P<month>{DEV_MONTH}|{LATIN_MONTH}){R}"
WEEKDAY_ALT = "(?i:" + _alt(WEEKDAYS) + ")"
DAY_NUM = r"(?:3[01]|[12]\d|0?[1-9])"
DAY = rf"(?:(?<![\w.,:/]){DAY_NUM}(?:st|nd|rd|th)?|{_alt(DAY_WORDS)}){R}"
YEAR = r"(?:1\d|20)\d\d"
PART = _alt(PARTS_OF_DAY)
HOUR = rf"(?:{NUM_L}(?:[01]?\d|2[0-4])|{_alt(HOUR_WORDS)})"
COUNT = rf"(?:{NUM_L}\d{{1,3}}|{_alt(NUMBER_WORDS)})"
REL = _alt(REL_OFFSET)

# Day-month with optional year and weekday on either side: 7 जनवरी 2024, रविवार, 7 जनवरी.
DAY_MONTH_RE = re.compile(
    rf"{L}(?:(?P<wd1>{WEEKDAY_ALT})\s*,?\s*)?(?P<day>{DAY})\s*-?\s*{MONTH}"
    rf"(?:\s*,?\s*(?P<year>{YEAR}){NUM_R})?(?:\s*,?\s*(?P<wd2>{WEEKDAY_ALT}){R})?")
# English order with a year: January 7, 2024 / Jan 7 2024.
MONTH_DAY_YEAR_RE = re.compile(
    rf"{L}(?P<month>{LATIN_MONTH}|{DEV_MONTH})\s+(?P<day>{DAY_NUM})(?:st|nd|rd|th)?\s*,?\s*(?P<year>{YEAR}){NUM_R}")
NUMERIC_DATE_RE = re.compile(
    r"(?<![\w.,:/-])(?P<a>\d{1,4})(?P<sep>[/.-])(?P<b>\d{1,2})(?P=sep)(?P<c>\d{2,4})(?![\w]|[.,:/-]\d)")
MONTH_YEAR_RE = re.compile(rf"{L}{MONTH}\s*,?\s*(?P<year>{YEAR}){NUM_R}")
# इस साल जून / पिछले वर्ष 15 अगस्त: a month (or day-month) in a relative year.
REL_YEAR_PREFIX_RE = re.compile(rf"{L}(?P<rel>{REL}|उसी|उस)\s+(?:साल|वर्ष)\s+(?:के\s+)?$")
# "उसी साल": the year the article last named.
SAME_YEAR_RE = re.compile(rf"{L}(?:उसी|उस)\s+(?:साल|वर्ष){R}")
MONTH_RE = re.compile(rf"{L}(?P<month>{DEV_MONTH}){R}")
YEAR_CUED_RE = re.compile(
    rf"{L}(?P<cue>वित्त(?:ीय)?\s+वर्ष|शैक्षणिक\s+सत्र|शैक्षिक\s+सत्र|सत्र|वर्ष|साल|सन्?|ईस्वी|(?i:FY))"
    rf"\s*(?P<year>{YEAR})(?:\s*-\s*(?P<y2>\d{{4}}|\d{{2}}))?{NUM_R}")
YEAR_BARE_RE = re.compile(rf"{NUM_L}(?P<year>(?:19|20)\d\d)(?:\s*-\s*(?P<y2>\d{{4}}|\d{{2}}))?{NUM_R}")
DECADE_RE = re.compile(
    rf"{L}(?P<dec>{NUM_L}(?:1[5-9]|20)\d0|{NUM_L}[1-9]0|{_alt(DECADE_WORDS)})\s*(?:के|का|की)\s+दशक(?:ों)?{R}")
CENTURY_RE = re.compile(rf"{NUM_L}(?P<c>\d{{1,2}})\s*(?:वीं|वी|th)\s+(?:सदी|शताब्दी|सेंचुरी){R}")
# Weekday, with a relative modifier, an event-day in front or a part of the day after.
WEEKDAY_RE = re.compile(
    rf"{L}(?:(?P<ord>{_alt(ORDINALS)})\s+दिन\s*,?\s*)?(?:(?P<rel>{REL})\s+)?(?P<wd>{WEEKDAY_ALT}){R}")
GAP_RE = re.compile(r"[ ,]*")
WEEKDAY_DATE_AFTER_RE = re.compile(rf"\s*,?\s*{NUM_L}\d{{1,2}}\s+(?:{DEV_MONTH}){R}")
REL_DAY_RE = re.compile(rf"{L}(?P<word>आज|कल|परसों){R}")
YESTERDAY_RE = re.compile(rf"{L}(?:बीते|गत|पिछले)\s+(?:दिन|दिवस|रोज){R}")
# "इसी 18 जुलाई": a day of a month this year.
THIS_BEFORE_RE = re.compile(r"(?:^|\s)(?:इसी|इस)\s*$")
NEXT_DAY_RE = re.compile(rf"{L}(?:(?:अगले|अगला)\s+दिन|अगली\s+(?:सुबह|सुबह-सुबह|शाम|रात|दोपहर)){R}")
# "उसी दिन", "उस दिन": the day just spoken of.
SAME_DAY_RE = re.compile(rf"{L}(?:उसी|उस)\s+दिन{R}")
REL_UNIT_RE = re.compile(rf"{L}(?P<rel>{REL})\s+(?P<unit>सप्ताह|हफ्ते|हफ्ता|महीने|महीना|माह|मास|साल|वर्ष|बरस){R}")
AGO_RE = re.compile(
    rf"{L}(?P<n>{COUNT})\s+(?P<unit>दिनों|दिन|दिवस|सप्ताहों|सप्ताह|हफ्तों|हफ्ते|महीनों|महीने|माह|सालों|साल|वर्षों|वर्ष|बरस)"
    rf"\s+(?:(?:के|से)\s+)?(?P<dir>पहले|पूर्व|बाद|उपरांत){R}")
# "5 तारीख को": a day of a month the context gives.
DAY_OF_MONTH_RE = re.compile(rf"{L}(?P<day>{DAY})\s*(?:तारीख|तिथि){R}")
EVENT_DAY_RE = re.compile(rf"{L}(?:के|की)\s+(?P<ord>{_alt(ORDINALS)}|\d{{1,2}}वें)\s+दिन{R}")
BARE_PART_RE = re.compile(rf"{L}(?P<part>{PART})\s+को{R}")
# A part of day that tells when something happened without a day or a clock time:
# "देर शाम मौके पर पहुंचे", "दोपहर में छत गिरी", "रेस्क्यू देर रात तक चला", "उस रात".
STORY_PART_RE = re.compile(
    rf"{L}(?:(?P<same>उसी|उस)\s+(?P<spart>{PART})|(?P<late>देर\s+(?:शाम|रात))|(?P<part>{PART})(?=\s+(?:में|तक|ही|से\s+ही)))"
    rf"(?!\s+(?:करीब|लगभग|तकरीबन|\d|{_alt(HOUR_WORDS)}|{_alt(FRACTION_HOURS)}|{_alt(FRACTIONS)}))"
    rf"(?:\s+(?:में|तक|ही|से(?=\s+ही)))*{R}")
# Clock times: सुबह 10:30 बजे, साढ़े नौ बजे, 11 बजकर 45 मिनट, 10:30 AM, ढाई बजे.
TIME_RE = re.compile(
    rf"{L}(?:(?P<part>{PART})\s+(?:(?:करीब|लगभग|तकरीबन)\s+)?)?(?:"
    rf"(?:(?P<frac>{_alt(FRACTIONS)})\s+)?(?P<hour>{HOUR})(?:[:.](?P<minute>[0-5]\d))?\s*(?:बजे|बजकर|बजते|बज){R}"
    rf"(?:\s*(?P<min2>{NUM_L}[0-5]?\d|{_alt(NUMBER_WORDS)})\s+मिनट{R})?"
    rf"|(?P<fhour>{_alt(FRACTION_HOURS)})\s+(?:बजे|बजकर|बजते|बज){R}"
    rf"|(?P<chour>{NUM_L}(?:[01]?\d|2[0-3]))[:.](?P<cminute>[0-5]\d)(?:\s*(?P<ampm>(?i:[ap]\.?\s?m\b\.?)))?(?:\s*(?P<ist>IST|आईएसटी))?{NUM_R}"
    rf")")
PART_WORD_RE = re.compile(rf"{L}(?P<part>{PART}){R}")
PART_AFTER_RE = re.compile(rf"\s*(?:(?:की|को|,)\s+)?(?P<part>{PART}){R}")
# What joins two dates into a range: 1 से 5, 25 मार्च से लेकर 4 अप्रैल, 2019-2024.
RANGE_LINK_RE = re.compile(r"\s*(?:से(?:\s+लेकर)?(?:\s+(?:आगामी|अगले))?|-|–)\s*$")
PART_START_RE = re.compile(rf"(?:{PART}){R}")
# A bare hour in front of a clock time: "शाम 4 से " (6 बजे).
LEFT_HOUR_RE = re.compile(
    rf"{L}(?:(?P<part>{PART})\s+)?(?P<hour>{HOUR})\s*(?:से(?:\s+लेकर)?|-)\s*$")
# Bare day numbers in front of a day-month: "26, 27, 30 व " / "1 से " / "2-".
LEFT_DAY_RE = re.compile(
    rf"(?:^|(?<=\s)|(?<=,))(?P<day>{DAY})\s*(?P<sep>,|व|और|एवं|तथा|से(?:\s+लेकर)?|-)\s*$")
POSTPOSITION_AFTER_RE = re.compile(r"\s*(?:में|तक|से|के|की|का|को|ई\.|ईस्वी)(?![" + _LETTER + "])")
DIGIT_RE = re.compile(r"\d")

# Clause boundaries for tense: subordinators, dandas, quotes.
CLAUSE_BREAK_RE = re.compile(r"\s(?:कि|लेकिन|परंतु|मगर|जबकि|किंतु)\s|[।?!;:\"“”‘’]")
WORD_RE = re.compile(rf"[{_LETTER}]+")
FUTURE_ENDING_RE = re.compile(r"(?:[ेोू]|[एओऊ])ं?(?:गा|गी|गे)$")
FUTURE_STOP_ENDINGS = ("योगी", "रोगी", "भोगी", "योगे")
FUTURE_WORDS = {"करें", "हों", "जाएं", "जायें", "रहें", "दें", "लें", "आएं", "सकें", "बनें", "चलें", "रखें",
                "प्रस्तावित", "जाए", "जाये"}
# Words between a day and the "is" that sets something for it: "मंगलवार सुबह 10 बजे है", "रविवार को है".
HOUR_WORDS_BEFORE_IS = {"को", "सुबह", "शाम", "दोपहर", "रात", "बजे", "से"}
# "proposed": the date's own event lies ahead right after it ("28 अगस्त को प्रस्तावित चुनाव").
PROPOSED = "प्रस्तावित"
PAST_WORDS = {_fold(w) for w in [
    "था", "थी", "थे", "थीं", "हुआ", "हुई", "हुए", "हुईं", "गया", "गई", "गए", "गयी", "गये", "गईं",
    "बना", "बनी", "बने", "छपा", "छपी",
    "किया", "कीं", "किए", "किये", "दिया", "दी", "दिए", "दिये", "लिया", "कहा", "आया", "आई", "आए",
    "आये", "मिला", "मिली", "मिले", "पहुंचा", "पहुंची", "पहुंचे", "चुका", "चुकी", "चुके", "ने", "बोला",
    "बोले", "लगा", "लगी", "लगे", "लौटे", "लौटा", "लौटी", "मारे", "मारा", "निकला", "निकली", "निकले",
    "रखा", "रखी", "रखे", "सुनाई", "बताई", "उठाई", "पाई", "गंवाई", "बुलाई", "चला", "चली", "गिरा", "गिरी",
    "गिरे", "ढहा", "ढही",
    # feminine plurals ("जुटने लगीं", "बसें नहीं चलीं") and "could" ("रवाना हो सकीं")
    "लगीं", "मिलीं", "पहुंचीं", "निकलीं", "गिरीं", "चलीं", "आईं", "दीं", "लीं", "सका", "सकी", "सकीं",
]}
PAST_ENDING_STOP = {_fold(w) for w in ["माया", "छाया", "काया", "साया", "पराया", "बकाया", "जाया"]}
# Verbs of scheduling: in the present perfect ("बुलाई है", "रखी गई है", "तय किया गया है") the
# event they schedule is still to come.
SCHEDULING_WORDS = {_fold(w) for w in ["बुलाई", "बुलाया", "बुलाए", "रखी", "रखा", "रखे", "तय", "निर्धारित",
                                         "आयोजित", "मांगी", "मांगा", "मांगे"]}


def _present_perfect(words: list[str], i: int) -> bool:
    """``है``/``हैं`` at ``i``, possibly after a passive/compound participle (गई है, किया गया है)."""
    k = i
    while k < len(words) and k - i < 3 and words[k] in ("गई", "गया", "गए", "गयी", "किया", "की", "किए", "जा", "चुकी",
                                                        "चुका", "चुके"):
        k += 1
    return k < len(words) and words[k] in ("है", "हैं")


# --------------------------------------------------------------------------- candidates
@dataclass
class _Cand:
    """A date expression found in the view, before its value is known."""

    nstart: int
    nend: int
    sentence: int
    kind: str  # date, month, year, fiscal_year, decade, century, weekday, relday, relunit,
    #            ago, event_day, part_of_day, time
    day: int | None = None
    month: int | None = None
    year: int | None = None
    year_explicit: bool = False
    weekday: int | None = None
    rel: int | None = None  # -1 past / 0 this / +1 next
    rel_year: int | None = None  # इस साल जून: offset of the year
    same_year: bool = False  # उसी साल जून: in the year the article last named
    word: str | None = None  # आज / कल / परसों ...
    unit: str | None = None
    count: int | None = None
    hour: int | None = None
    minute: int | None = None
    fixed: str | None = None  # a value known outright (decades, centuries)
    hint: int | None = None  # tense the words themselves give: गत -1, आगामी +1
    range_role: str | None = None
    partner: "_Cand | None" = None
    value: str | None = None
    priority: int = 0
    bare_small_hour: bool = False  # "करीब 2 बजे": one to five o'clock with no part of the day near
    hours_range: bool = False  # a range of weekdays with their hours ("सोमवार सुबह छह बजे से बुधवार …")


def _num(text: str) -> int:
    text = text.strip()
    if text.isdigit():
        return int(text)
    digits = re.match(r"\d+", text)
    if digits:
        return int(digits.group())
    return NUMBER_WORDS[text]


def _month_of(text: str) -> int:
    key = text.rstrip(".")
    return DEV_MONTHS.get(key) or LATIN_MONTHS[key.lower()]


def _valid_day(day: int, month: int, year: int | None) -> bool:
    if not 1 <= month <= 12 or day < 1:
        return False
    return day <= calendar.monthrange(year if year else 2000, month)[1]


def _words_after(s: str, pos: int, n: int = 2) -> list[str]:
    return WORD_RE.findall(s, pos, min(len(s), pos + 40))[:n]


def _word_before(s: str, pos: int) -> str:
    words = WORD_RE.findall(s, max(0, pos - 30), pos)
    return words[-1] if words else ""


def _time_follows(s: str, pos: int) -> bool:
    return TIME_RE.match(s, pos) is not None


def _attach_part(s: str, end: int) -> int:
    """Extend a day expression over a following part of day (``मंगलवार सुबह``) unless a clock
    time follows it: ``मंगलवार की सुबह सात बजे`` is a day and a time."""
    m = PART_AFTER_RE.match(s, end)
    if m and not _time_follows(s, m.start("part")):
        return m.end()
    return end


# Words that make a pattern worth running on a sentence: most sentences hold no
# date at all, and a set lookup is far cheaper than a regex pass that fails.
_GATE_WORDS = {
    **{w: "month" for w in DEV_MONTHS}, **{w: "month" for w in LATIN_MONTHS},
    **{w.lower(): "weekday" for w in WEEKDAYS},
    "दशक": "decade", "दशकों": "decade", "सदी": "century", "शताब्दी": "century", "सेंचुरी": "century",
    "आज": "relday", "कल": "relday", "परसों": "relday",
    **{w: "unit" for w in UNITS}, "पहले": "ago", "पूर्व": "ago", "बाद": "ago", "उपरांत": "ago",
    **{w.split()[-1]: "part" for w in PARTS_OF_DAY},
    "तारीख": "dayofmonth", "तारीख़": "dayofmonth", "तिथि": "dayofmonth",
    "बजे": "clock", "बजकर": "clock", "बजते": "clock", "बज": "clock",
}


def _gates(s: str) -> set[str]:
    gates = {_GATE_WORDS[w] for w in WORD_RE.findall(s.lower()) if w in _GATE_WORDS}
    if DIGIT_RE.search(s):
        gates.update(("digit", "clock"))
    if "part" in gates:
        gates.add("clock")
    return gates


def _scan(pattern: re.Pattern, s: str, wanted: bool):
    return pattern.finditer(s) if wanted else ()


# National days of fixed date (month, day).
NATIONAL_DAYS = {_fold(w): md for w, md in (
    ("गणतंत्र दिवस", (1, 26)), ("स्वतंत्रता दिवस", (8, 15)), ("गांधी जयंती", (10, 2)))}
ORDINAL_BEFORE_RE = re.compile(r"\d+\s*(?:वें|वीं|वां)\s*$")
NATIONAL_DAY_RE = re.compile(r"(?<![\u0900-\u097F])(?:" + "|".join(sorted(NATIONAL_DAYS, key=len, reverse=True))
                             + r")(?![\u0900-\u097F])")


def _find_in_sentence(s: str, base: int, si: int) -> list[_Cand]:
    """Candidates of one sentence ``s`` (view text starting at view offset ``base``)."""
    found: list[_Cand] = []
    g = _gates(s)

    def add(start: int, end: int, kind: str, priority: int = 0, **kw) -> _Cand:
        c = _Cand(base + start, base + end, si, kind, priority=priority, **kw)
        found.append(c)
        return c

    for m in _scan(DAY_MONTH_RE, s, "month" in g):
        day, month = _num(m["day"]), _month_of(m["month"])
        year = int(m["year"]) if m["year"] else None
        if not _valid_day(day, month, year):
            continue
        if m["day"] in DAY_WORDS and m["month"] == "मार्च" and not year:
            continue  # दो मार्च: more often two marches than 2 March
        if month == 6 and s.startswith(" की रोटी", m.end()):
            continue  # दो जून की रोटी: an idiom for a livelihood
        wd = m["wd1"] or m["wd2"]
        end = _attach_part(s, m.end())
        start = m.start()
        c = add(start, end, "date", 3, day=day, month=month, year=year, year_explicit=bool(year),
                weekday=WEEKDAYS[wd.lower()] if wd else None, hint=_hint_before(s, start))
        _apply_rel_year(s, c, base)
    for m in NATIONAL_DAY_RE.finditer(s):
        # "गणतंत्र दिवस पर": a day of fixed date, read like a day-month without a year
        month, day = NATIONAL_DAYS[_fold(m.group(0))]
        if any(c.kind == "date" and 0 <= base + m.start() - c.nend <= 6 for c in found):
            continue  # "26 जनवरी को गणतंत्र दिवस समारोह": the day is already given
        if ORDINAL_BEFORE_RE.search(s, 0, m.start()):
            continue  # "75वें स्वतंत्रता दिवस": one of them, its year not said
        add(m.start(), m.end(), "date", 2, day=day, month=month, year=None, year_explicit=False,
            weekday=None, hint=_hint_before(s, m.start()))
    for m in _scan(MONTH_DAY_YEAR_RE, s, "month" in g and "digit" in g):
        day, month, year = int(m["day"]), _month_of(m["month"]), int(m["year"])
        if _valid_day(day, month, year):
            add(m.start(), m.end(), "date", 3, day=day, month=month, year=year, year_explicit=True)
    for m in _scan(NUMERIC_DATE_RE, s, "digit" in g):
        a, b, c_ = m["a"], m["b"], m["c"]
        if len(a) == 4:
            year, month, day = int(a), int(b), int(c_)
        elif len(c_) in (2, 4) and len(a) <= 2:
            day, month = int(a), int(b)
            year = int(c_) if len(c_) == 4 else 2000 + int(c_)
        else:
            continue
        if m["sep"] == "." and len(c_) == 2:
            continue  # 1.5.20 is more likely a version or a score than a date
        if 1000 <= year <= 2099 and _valid_day(day, month, year):
            add(m.start(), m.end(), "date", 3, day=day, month=month, year=year, year_explicit=True)
    for m in _scan(MONTH_YEAR_RE, s, "month" in g and "digit" in g):
        add(m.start(), m.end(), "month", 2, month=_month_of(m["month"]), year=int(m["year"]),
            year_explicit=True)
    for m in _scan(MONTH_RE, s, "month" in g):
        if not _month_alone_ok(s, m):
            continue
        c = add(m.start(), m.end(), "month", 1, month=DEV_MONTHS[m["month"]], hint=_hint_before(s, m.start()))
        _apply_rel_year(s, c, base)
    for m in _scan(YEAR_CUED_RE, s, "digit" in g):
        _add_year(s, m, add, cued=True)
    for m in _scan(YEAR_BARE_RE, s, "digit" in g):
        _add_year(s, m, add, cued=False)
    for m in _scan(DECADE_RE, s, "decade" in g):
        dec = m["dec"]
        if dec in DECADE_WORDS:
            decade = f"19{DECADE_WORDS[dec]}X"
        elif len(dec) == 2:
            decade = f"19{dec[0]}X"
        else:
            decade = dec[:3] + "X"
        add(m.start(), m.end(), "decade", 4, fixed=decade)
    for m in _scan(CENTURY_RE, s, "century" in g):
        n = int(m["c"])
        if 1 <= n <= 21:
            add(m.start(), m.end(), "century", 4, fixed=f"{n - 1:02d}XX")
    for m in _scan(WEEKDAY_RE, s, "weekday" in g):
        rel = REL_OFFSET[m["rel"]] if m["rel"] else None
        # ("पहले दिन सोमवार, 14 जून": the date with its weekday is the expression, not "the first day")
        start = m.start("wd") if m["ord"] and WEEKDAY_DATE_AFTER_RE.match(s, m.end()) else m.start()
        add(start, _attach_part(s, m.end()), "weekday", 2, weekday=WEEKDAYS[m["wd"].lower()], rel=rel)
    for m in _scan(REL_DAY_RE, s, "relday" in g):
        if _rel_day_ok(s, m):
            add(m.start(), _attach_part(s, m.end()), "relday", 2, word=m["word"])
    for m in _scan(YESTERDAY_RE, s, "unit" in g):
        add(m.start(), _attach_part(s, m.end()), "ago", 2, unit="day", count=-1)
    for m in _scan(NEXT_DAY_RE, s, "unit" in g or "part" in g):
        add(m.start(), _attach_part(s, m.end()), "event_day", 1, count=1)
    for m in _scan(SAME_DAY_RE, s, "unit" in g):
        add(m.start(), _attach_part(s, m.end()), "event_day", 1, count=0, word="same")
    for m in _scan(SAME_YEAR_RE, s, "unit" in g):
        add(m.start(), m.end(), "year", 1, same_year=True)
    for m in _scan(REL_UNIT_RE, s, "unit" in g):
        unit = UNITS[m["unit"]]
        nxt = _words_after(s, m.end(), 1)
        if nxt and nxt[0] == "भर":
            continue  # पिछले महीने भर: a stretch of time (पिछले महीने से is the stretch's start: a date)
        add(m.start(), m.end(), "relunit", 1, rel=REL_OFFSET[m["rel"]], unit=unit)
    for m in _scan(AGO_RE, s, "ago" in g):
        unit = UNITS.get(m["unit"]) or PLURAL_UNITS[m["unit"]]
        sign = -1 if m["dir"] in ("पहले", "पूर्व") else 1
        if _word_before(s, m.start()) in ("के", "से", "की"):
            continue  # "जन्म के 78 वर्ष बाद": counted from the event named, not from today
        if sign == 1 and _tense(s, m.start(), m.end()) == -1:
            continue  # "50 दिन बाद लौटे": counted from an earlier event, not from today
        add(m.start(), m.end(), "ago", 2, unit=unit, count=sign * _num(m["n"]))
    for m in _scan(DAY_OF_MONTH_RE, s, "dayofmonth" in g):
        day = _num(m["day"])
        if 1 <= day <= 31:
            add(m.start(), m.end(), "date", 2, day=day)
    for m in _scan(EVENT_DAY_RE, s, "unit" in g):
        if WEEKDAY_RE.match(s, GAP_RE.match(s, m.end()).end()):
            continue  # "अभियान के पहले दिन सोमवार, 14 जून": the day is named; "first day" says it again
        add(m.start("ord"), _attach_part(s, m.end()), "event_day", 1, count=0)
    for m in _scan(BARE_PART_RE, s, "part" in g):
        add(m.start(), m.end("part"), "part_of_day", 0)
    for m in _scan(STORY_PART_RE, s, "part" in g):
        # only in a past-tense clause: "रात में ठंड बढ़ेगी", "दोपहर में दुकानें बंद रहती हैं" are
        # no moment of the story
        if m["same"] or _tense(s, m.start(), m.end(), own_clause=True) == -1:
            add(m.start(), m.end(), "part_of_day", 0, word="that" if m["same"] else "story")
    for m in _scan(TIME_RE, s, "clock" in g):
        t = _clock(m)
        if t is not None and not m["part"] and not m["ampm"] and not m["chour"] and t[0] < 12:
            # a bare hour takes the part of the day said last before it in the sentence ("दोपहर
            # ढाई बजे शुरू हुई और करीब 3:15 बजे …", "रात को … करीब 2 बजे"); with none, one to five
            # o'clock is the afternoon's ("करीब 2 बजे मौके पर पहुंचे"), news saying रात/तड़के for the night's
            said = [p for p in PART_WORD_RE.finditer(s, 0, m.start())]
            if said:
                t = (_shift(t[0], PARTS_OF_DAY[said[-1]["part"]], None), t[1])
            elif 1 <= t[0] <= 5:
                add(m.start(), m.end(), "time", 3, hour=t[0], minute=t[1], bare_small_hour=True)
                continue  # (afternoon or night: _resolve_all decides by the times told before it)
        if t is not None:
            add(m.start(), m.end(), "time", 3, hour=t[0], minute=t[1])
    return found


def _hint_before(s: str, start: int) -> int | None:
    """Tense the modifier in front of a date gives: गत 5 जनवरी (past), आगामी 5 जनवरी (future)."""
    word = _word_before(s, start)
    if word in REL_PAST:
        return -1
    if word in ("आगामी", "अगले", "अगली"):
        return 1
    return None


def _apply_rel_year(s: str, c: _Cand, base: int) -> None:
    """Widen ``जून`` to ``इस साल जून`` and record the year offset."""
    local = c.nstart - base
    m = REL_YEAR_PREFIX_RE.search(s, max(0, local - 25), local)
    if m:
        if m["rel"] in ("उसी", "उस"):
            c.same_year = True
        else:
            c.rel_year = REL_OFFSET[m["rel"]]
        c.nstart = base + m.start()


def _month_alone_ok(s: str, m: re.Match) -> bool:
    month = m["month"]
    if month == "मार्च":
        if _word_before(s, m.start()) in MARCH_NOUN_WORDS:
            return False
        after = _words_after(s, m.end(), 2)
        if after and (after[0].startswith(("निकाल", "किया", "करे", "करने", "करते", "कर"))
                      or after[:2] in (["में", "शामिल"], ["में", "हिस्सा"])):
            return False
    if month == "जून" and s.startswith(" की रोटी", m.end()):
        return False  # दो जून की रोटी: an idiom for a livelihood
    if month == "मई" and _word_before(s, m.start()) in ("तन", "मन"):
        return False
    return True


def _add_year(s: str, m: re.Match, add, cued: bool) -> None:
    year = int(m["year"])
    y2 = m["y2"]
    start, end = m.start(), m.end()
    if not cued and not _bare_year_ok(s, m):
        return
    if y2 and len(y2) == 2 and int(y2) == (year + 1) % 100:
        add(start, end, "fiscal_year", 3 if cued else 2, year=year, year_explicit=True)
        return
    if y2 and len(y2) == 4 and year < int(y2) <= 2099:
        first = add(start, m.end("year"), "year", 3, year=year, year_explicit=True)
        second = add(m.start("y2"), end, "year", 3, year=int(y2), year_explicit=True)
        first.range_role, second.range_role = "range_start", "range_end"
        first.partner, second.partner = second, first
        return
    if y2:
        return  # 2019-7: a phone number, a score, a code
    add(start, m.end("year"), "year", 2 if cued else 1, year=year, year_explicit=True)


def _bare_year_ok(s: str, m: re.Match) -> bool:
    """A four-digit number is a year when a postposition or an event noun follows it."""
    if _word_before(s, m.start()) in QUANTITY_BEFORE or s[max(0, m.start() - 2):m.start()].strip() in ("₹", "$"):
        return False
    if m["y2"] and len(m["y2"]) == 4:
        return True  # 2019-2024 reads as a span of years
    after = _words_after(s, m.end(), 2)
    if not after:
        return False
    first = after[0]
    if first in YEAR_EVENT_NOUNS:
        return True
    if first in ("ई", "ईस्वी", "दशक"):
        return True
    if first in ("में", "तक", "से", "के", "की", "का", "को"):
        second = after[1] if len(after) > 1 else ""
        return second not in QUANTITY_AFTER
    if first in ("और", "व", "एवं", "तथा") or s[m.end():m.end() + 2].strip().startswith(","):
        # a list of years: valid when the next number is a year read the same way
        nxt = YEAR_BARE_RE.search(s, m.end(), min(len(s), m.end() + 12))
        return nxt is not None and _bare_year_ok(s, nxt)
    return False


def _rel_day_ok(s: str, m: re.Match) -> bool:
    """आज/कल as a day, not as "nowadays"/"the future"/a factory (कल-कारखाने)."""
    word, start, end = m["word"], m.start(), m.end()
    if s[end:end + 1] == "-" or s[max(0, start - 1):start] == "-":
        return False
    before = _word_before(s, start)
    after = _words_after(s, end, 2)
    if word == "आज" and after and after[0] == "कल":
        return False
    if word == "कल" and before in ("आज", "वाले", "बेहतर", "सुनहरे", "उज्ज्वल", "सुनहरा", "अपने"):
        return False
    if word == "आज" and after[:1] == ["तक"]:
        return False  # "so far", and the name of a TV channel
    if word == "आज" and after[:1] == ["भी"] and _tense(s, start, end) != -1:
        return False  # "आज भी यहां ... है": still, nowadays; "आज भी बारिश हुई" is a day
    if after and after[0] in ("के", "की", "का") and len(after) > 1 and after[1] in VAGUE_NOUNS:
        return False
    return True


def _clock(m: re.Match) -> tuple[int, int] | None:
    """(hour, minute) on the 24-hour clock, or None when the digits are no clock time."""
    part = PARTS_OF_DAY.get(m["part"]) if m["part"] else None
    ampm = None
    if m["fhour"]:
        hour, minute = FRACTION_HOURS[m["fhour"]]
    elif m["chour"]:
        hour, minute = int(m["chour"]), int(m["cminute"])
        if m["ampm"]:
            ampm = m["ampm"].lower()[0]
        elif not part and not m["ist"]:
            return None  # a bare 10:30 may be a score or a ratio (not "17:20 IST")
    else:
        hour = _num(m["hour"])
        minute = int(m["minute"]) if m["minute"] else 0
        if m["min2"]:
            minute = _num(m["min2"])
        if m["frac"]:
            delta = FRACTIONS[m["frac"]]
            if delta < 0:
                hour, minute = hour - 1, 60 + delta
            else:
                minute = delta
    if hour > 24 or minute > 59:
        return None
    return _shift(hour, part, ampm), minute


def _shift(hour: int, part: str | None, ampm: str | None) -> int:
    """The 24-hour clock hour of ``hour`` said with a part of the day or am/pm."""
    if ampm == "p" and hour < 12:
        hour += 12
    elif ampm == "a" and hour == 12:
        hour = 0
    elif part == "afternoon" and 1 <= hour <= 6:
        hour += 12
    elif part == "evening" and 1 <= hour < 12:
        hour += 12
    elif part == "night":
        if 6 <= hour <= 11:
            hour += 12
        elif hour == 12:
            hour = 0
    return hour % 24


def _select(cands: list[_Cand]) -> list[_Cand]:
    """Longest non-overlapping candidates (ties: higher priority, then leftmost)."""
    chosen: list[_Cand] = []
    for c in sorted(cands, key=lambda c: (-(c.nend - c.nstart), -c.priority, c.nstart)):
        if all(c.nend <= o.nstart or c.nstart >= o.nend for o in chosen):
            chosen.append(c)
    # a range half whose other half lost is a plain year again
    for c in chosen:
        if c.partner is not None and c.partner not in chosen:
            c.partner, c.range_role = None, None
    return sorted(chosen, key=lambda c: c.nstart)


def _expand_left_days(s: str, base: int, chosen: list[_Cand]) -> list[_Cand]:
    """Bare day numbers before a day-month take its month: 1 से 5 जनवरी, 26, 27 व 31 मार्च."""
    out: list[_Cand] = []
    taken = [(c.nstart, c.nend) for c in chosen]
    for c in chosen:
        if c.kind == "time" and c.range_role is None:
            new = _left_hour(s, base, c, taken)
            if new:
                out.append(new)
            continue
        if c.kind != "date" or c.day is None:
            continue
        right, pos = c, c.nstart - base
        while pos > 0:
            m = LEFT_DAY_RE.search(s, max(0, pos - 40), pos)
            if not m:
                break
            ds, de = base + m.start("day"), base + m.end("day")
            if any(not (de <= a or ds >= b) for a, b in taken):
                break
            day = _num(m["day"])
            if not _valid_day(day, c.month, c.year):
                break
            new = _Cand(ds, de, c.sentence, "date", day=day, month=c.month, year=c.year,
                        year_explicit=c.year_explicit, hint=c.hint)
            sep = m["sep"]
            if sep.startswith("से") or sep == "-":
                if right.range_role is None:
                    new.range_role, right.range_role = "range_start", "range_end"
                    new.partner, right.partner = right, new
                out.append(new)
                taken.append((ds, de))
                break  # a range's start ends the run
            out.append(new)
            taken.append((ds, de))
            right, pos = new, m.start()
    return out


def _left_hour(s: str, base: int, right: _Cand, taken: list) -> _Cand | None:
    """A bare hour before a clock time (``शाम 4 से 6 बजे``) starts a range on the same clock half."""
    local = right.nstart - base
    m = LEFT_HOUR_RE.search(s, max(0, local - 30), local)
    if not m or any(not (base + m.end("hour") <= a or base + m.start() >= b) for a, b in taken):
        return None
    hour = _num(m["hour"])
    if hour > 24:
        return None
    if m["part"]:
        half = PARTS_OF_DAY[m["part"]]
        hour = _shift(hour, half, None)
        if right.hour < 12 and not PART_START_RE.match(s, local):
            right.hour = _shift(right.hour, half, None)  # "शाम 4 से 6 बजे": both ends in the evening
    elif right.hour >= 12 and hour < 12 and hour + 12 <= right.hour:
        hour += 12  # "शाम 4 से 6 बजे": the end's clock half carries over to the start
    new = _Cand(base + m.start(), base + m.end("hour"), right.sentence, "time", hour=hour % 24, minute=0)
    new.range_role, right.range_role = "range_start", "range_end"
    new.partner, right.partner = right, new
    return new


def _set_day(ctx: "_Context", si: int, c: "_Cand", value: str) -> None:
    """Give a day its corrected value, in the sentence's days too (the clock times there read them)."""
    days = ctx.day_values.get(si, [])
    for n, (pos, _) in enumerate(days):
        if pos == c.nstart:
            days[n] = (pos, value)
    c.value = value


def _link_ranges(s: str, base: int, cands: list[_Cand]) -> None:
    """Neighbours joined by से/-: 25 मार्च से 4 अप्रैल, सुबह सात बजे से 10 बजे तक."""
    comparable = {"date": "day", "weekday": "day", "relday": "day", "month": "month", "year": "year",
                  "time": "time", "fiscal_year": "year"}
    for a, b in zip(cands, cands[1:]):
        if a.range_role or b.range_role:
            continue
        if comparable.get(a.kind) is None or comparable.get(a.kind) != comparable.get(b.kind):
            continue
        if RANGE_LINK_RE.match(s[a.nend - base:b.nstart - base]) and s[a.nend - base:b.nstart - base].strip():
            a.range_role, b.range_role = "range_start", "range_end"
            a.partner, b.partner = b, a
    # two weekdays each with its hour: "शुक्रवार रात आठ बजे से सोमवार सुबह सात बजे तक" (the hours
    # make a range of their own; the days one too)
    for a, t, b in zip(cands, cands[1:], cands[2:]):
        if a.kind == b.kind == "weekday" and t.kind == "time" and not (a.range_role or b.range_role) \
                and RANGE_LINK_RE.match(s[t.nend - base:b.nstart - base]) and s[t.nend - base:b.nstart - base].strip():
            a.range_role, b.range_role = "range_start", "range_end"
            a.partner, b.partner = b, a
            a.hours_range = b.hours_range = True


# --------------------------------------------------------------------------- tense
# Nouns of deciding, announcing, demanding and warning: "X करने का निर्णय/फैसला", "सोमवार से
# धरना देने की चेतावनी" put X ahead of the word.
DECISION_NOUNS = {_fold(w) for w in ["निर्णय", "फ़ैसला", "आदेश", "प्रस्ताव", "ऐलान", "एलान", "घोषणा", "लक्ष्य", "योजना", "तैयारी",
                                     "चेतावनी", "धमकी", "मांग", "अपील", "निर्देश", "अनुमति", "उम्मीद",
                                     "संभावना", "आह्वान", "कार्यक्रम"]}
# Words after कर that make it part of one verb ("कर रहे हैं", "कर दिया"), not "having done".
KAR_AUXILIARIES = {_fold(w) for w in ["रहा", "रही", "रहे", "दिया", "दी", "दिए", "दिये", "चुका", "चुकी", "चुके", "सकता",
                                      "सकती", "सकते", "सकें", "लिया", "ली", "लिए", "लिये", "दें", "देंगे", "देगा",
                                      "देगी", "लेंगे", "लेगा", "लेगी", "पाए", "पाया", "पाई"]}
# Protests called or announced for a day: "शुक्रवार को तमिलनाडु बंद का आह्वान".
PROTEST_NOUNS = {_fold(w) for w in ["बंद", "हड़ताल", "धरना", "धरने", "प्रदर्शन", "आंदोलन", "जाम", "घेराव", "अनशन",
                                    "बहिष्कार"]}

# Nouns of weighing a step: "X करने पर विचार/मंथन".
CONSIDERING_NOUNS = {_fold(w) for w in ["विचार", "मंथन", "विचार-विमर्श", "चर्चा"]}

# Warnings and forecasts of something: "शनिवार तक भारी बारिश की चेतावनी".
FORECAST_NOUNS = {_fold(w) for w in ["चेतावनी", "संभावना", "आशंका", "पूर्वानुमान", "अलर्ट"]}

# Closures and holidays ordered or announced for a day: "शनिवार से 2 मई तक स्कूलों में छुट्टी की घोषणा".
CLOSURE_NOUNS = {_fold(w) for w in ["छुट्टी", "छुट्टियां", "छुट्टियों", "अवकाश", "बंदी", "लॉकडाउन", "कर्फ्यू", "रोक",
                                    "प्रतिबंध", "कटौती"]}  # ("सोमवार से … बिजली कटौती की घोषणा")

DECLARED = {_fold(w) for w in ["घोषित", "लागू"]}
# Words of a limit or a closure set until a day ("शनिवार तक … सीमित कर दी है", "… तक बढ़ा दी गई है").
LIMITED_UNTIL = CLOSURE_NOUNS | {_fold(w) for w in ["सीमित", "बंद", "स्थगित", "निलंबित", "रद्द", "प्रतिबंधित",
                                                   "बढ़ा", "बढ़ाई", "बढ़ाया"]}
PAST_PERFECT_AUX = {_fold(w) for w in ["था", "थी", "थे", "थीं"]}

# Units of a period that can be ordered or announced to run from a day: "21 दिनों का लॉकडाउन".
PERIOD_UNITS = {_fold(w) for w in ["दिन", "दिनों", "हफ्ते", "हफ़्ते", "हफ्तों", "सप्ताह", "सप्ताहों", "महीने", "महीनों"]}


# Steps of a case or a body that "the next" one names: "अगली तारीख", "अगली सुनवाई".
NEXT_STEP_NOUNS = {_fold(w) for w in ["तारीख", "तिथि", "सुनवाई", "पेशी", "बैठक", "किस्त"]}

# Infinitives that, before है, say what is to happen: "अगली सुनवाई 17 मई को होनी है".
DUE_INFINITIVES = {"होनी", "होना", "होने", "जानी", "जाना", "करनी", "करना"}


# Nouns with a future verb's ending: "मनरेगा के तहत काम शुरू हुआ" is past.
NOT_FUTURE_WORDS = {"मनरेगा", "नरेगा"}


def _is_future(words: list[str], i: int) -> bool:
    w = words[i]
    if w in FUTURE_WORDS or (FUTURE_ENDING_RE.search(w) and not w.endswith(FUTURE_STOP_ENDINGS)
                             and w not in NOT_FUTURE_WORDS):
        return True
    if w in DUE_INFINITIVES and i + 1 < len(words) and words[i + 1] in ("है", "हैं"):
        return True
    if w in ("सकता", "सकती", "सकते") and i + 1 < len(words) and words[i + 1] in ("है", "हैं"):
        return True  # "जून में भारत आ सकती हैं": a possibility lies ahead
    # "होने वाली है" is future; "ठगी करने वाले गिरोह" (a relative participle) is not
    if w in ("वाला", "वाली", "वाले") and i > 0 and words[i - 1] == "होने":
        return True  # "5 जनवरी को होने वाले चुनाव": to be held
    return (w in ("वाला", "वाली", "वाले") and i > 0 and words[i - 1].endswith("ने")
            and i + 1 < len(words) and words[i + 1] in ("है", "हैं"))


def _word_tense(words: list[str]) -> int | None:
    """+1 future, -1 past, None when the words show neither.

    Hindi is verb-final, so the first verb group after a date usually closes its
    clause: that group decides.  A participle followed by a future auxiliary
    (``किया जाएगा``) is future."""
    if words[:1] == ["तक"] and any(w in LIMITED_UNTIL for w in words[1:10]) \
            and not any(w in PAST_PERFECT_AUX for w in words[1:12]):
        return 1  # "प्रशासन ने शनिवार तक आवाजाही सीमित कर दी है": a limit set now runs until a day ahead
    if words[:1] == ["से"] and any(a == "जारी" and b in ("है", "हैं") for a, b in zip(words[1:5], words[2:6])):
        return -1  # "मरम्मत रविवार सुबह से जारी है और बुधवार तक पूरी होगी": going on since a day past
    k = next((x for x, w in enumerate(words[:5]) if w not in HOUR_WORDS_BEFORE_IS and not w.isdigit()), None)
    if k is not None and words[k] in ("है", "हैं"):
        return 1  # "मेरा इंटरव्यू मंगलवार सुबह 10 बजे है": what is set for a day is ahead ("था" if past)
    infinitive_seen = False
    for i, w in enumerate(words):
        if w in ("कर", "करके") and i > 0 and not infinitive_seen and not (
                i + 1 < len(words) and words[i + 1] in KAR_AUXILIARIES):
            # "सोमवार शाम गांव का दौरा कर … अनशन ख़त्म करने की अपील की थी": the day is the
            # first act's, so what is asked for later does not set its tense
            infinitive_seen = True
        if w == PROPOSED and i > 1 and i + 1 < len(words) and words[i + 1] not in ("है", "हैं", "था", "थी", "थे"):
            continue  # "बुधवार को संघ के प्रस्तावित चुनाव पर रोक लगा दी": another event's, ahead
        if _is_future(words, i):
            return 1
        if w.endswith("ने") and len(w) > 2 and words[i + 1:i + 3] == ["की", "बात"] and i + 3 < len(words) \
                and words[i + 3].startswith("कह") and not infinitive_seen:
            return 1  # "बुधवार को पुजारी से मुलाकात करने की बात कही है": what one says one will do lies ahead
        if w == "तक" and i <= 3 and words[i + 1:i + 3] == ["के", "लिए"]:
            return 1  # "बुधवार को 11 बजे तक के लिए स्थगित कर दी": what lasts until that day ends ahead
        if w in CLOSURE_NOUNS and i + 1 < len(words) and words[i + 1] in DECLARED and not infinitive_seen:
            return 1  # "बुधवार को अवकाश घोषित किया है": the holiday declared lies ahead
        if i + 2 < len(words) and words[i + 1] in ("की", "का", "के") and words[i + 2] in FORECAST_NOUNS \
                and not infinitive_seen:
            return 1  # "शनिवार तक भारी बारिश की चेतावनी जारी की है": what is warned of lies ahead
        if w in ("की", "कीं") and i + 1 < len(words) and words[i + 1] in ("और", "तथा", "व"):
            return -1  # "… समीक्षा की और … देने की घोषणा की": the first clause's verb, done
        if not infinitive_seen and w.endswith("ने") and len(w) > 2 and i + 2 < len(words) \
                and words[i + 1] == "पर" and (words[i + 2] in CONSIDERING_NOUNS or (
                    words[i + 2] == "भी" and i + 3 < len(words) and words[i + 3] in CONSIDERING_NOUNS)):
            return 1  # "गुरुवार को … मार्च निकालने पर विचार कर रही है": what is considered lies ahead
        if not infinitive_seen and (w.endswith("ने") and len(w) > 2 or w in PROTEST_NOUNS or w in CLOSURE_NOUNS) \
                and i + 2 < len(words) \
                and words[i + 1] in ("का", "की", "के"):
            noun = words[i + 3] if words[i + 2] == "भी" and i + 3 < len(words) else words[i + 2]
            if noun in DECISION_NOUNS:
                # "अक्टूबर से मानदेय बढ़ाने का निर्णय लिया गया", "शुक्रवार को बंद का आह्वान किया है":
                # what was decided, announced or called for lies ahead
                return 1
            infinitive_seen = w.endswith("ने")  # ("भंग करने की सिफ़ारिश की और … कराने का ऐलान": the first one speaks)
        if w in PERIOD_UNITS and i > 0 and (words[i - 1].isdigit() or words[i - 1] in NUMBER_WORDS) \
                and i + 1 < len(words) and words[i + 1] in ("का", "की", "के") \
                and any(x in DECISION_NOUNS for x in words[i + 2:i + 5]):
            return 1  # "बुधवार से 21 दिनों के लॉकडाउन के आदेश": a period ordered from that day on
        if w in PAST_WORDS or (w.endswith("ाया") and w not in PAST_ENDING_STOP):
            if i + 1 < len(words) and words[i + 1] == "तो":
                continue  # "दुकानें खुली मिलीं तो कार्रवाई होगी": a condition; the main verb decides
            if any(_is_future(words, j) for j in range(i + 1, min(i + 3, len(words)))):
                return 1
            if any(words[x] in SCHEDULING_WORDS for x in range(max(0, i - 2), i + 1)) \
                    and _present_perfect(words, i + 1):
                return 1  # "गुरुवार को बैठक बुलाई है": it has been called, for a day to come
            return -1
    return None


def _tense(s: str, start: int, end: int, own_clause: bool = False) -> int | None:
    """Tense of the clause around s[start:end]: its own clause first, then (unless
    ``own_clause``) the sentence."""
    breaks = [m.start() for m in CLAUSE_BREAK_RE.finditer(s)]
    left = max((b for b in breaks if b <= start), default=0)
    right = min((b for b in breaks if b >= end), default=len(s))
    lead = WORD_RE.findall(s, max(left, start - 30), start)[-2:]
    if len(lead) == 2 and lead[0] in ("अगली", "अगले") and lead[1] in NEXT_STEP_NOUNS:
        return 1  # "अगली तारीख 22 फरवरी तय है", "अगली सुनवाई 5 मार्च को": the next step lies ahead
    after = _word_tense(WORD_RE.findall(s, end, right))
    if after is not None:
        return after
    before = _word_tense(WORD_RE.findall(s, left, start))
    if before is not None or own_clause:
        return before
    whole = _word_tense(WORD_RE.findall(s))
    if whole is None and WORD_RE.findall(s, end, right) in (["से"], ["को"]):
        # a headline with no verb, "खेलकूद प्रतियोगिता गुरुवार से", "यूनियन का धरना सोमवार को":
        # what starts or is held that day is ahead
        return 1
    return whole


# --------------------------------------------------------------------------- values
def _iso(d: _dt.date) -> str:
    return d.isoformat()


def _add_months(d: _dt.date, n: int) -> tuple[int, int]:
    k = d.year * 12 + d.month - 1 + n
    return k // 12, k % 12 + 1


WEEK_RE = re.compile(r"\d{4}-W\d{2}")


def _iso_week(d: _dt.date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def _weekday_from(ref: _dt.date, weekday: int, direction: int, strict: bool) -> _dt.date:
    """The ``weekday`` nearest ``ref`` going ``direction`` (-1 back, +1 forward)."""
    if direction >= 0:
        delta = (weekday - ref.weekday()) % 7
        if strict and delta == 0:
            delta = 7
        return ref + _dt.timedelta(days=delta)
    delta = (ref.weekday() - weekday) % 7
    if strict and delta == 0:
        delta = 7
    return ref - _dt.timedelta(days=delta)


def _pin_year(day: int, month: int, weekday: int, ref: _dt.date, tense: int | None) -> int | None:
    """The most recent year, not after the reference year, in which day-month fell on weekday;
    a clause that looks ahead may also take the year after ("26 जनवरी, शुक्रवार को होगी"
    in a December report)."""
    first = ref.year + 1 if tense == 1 else ref.year
    for y in range(first, ref.year - 40, -1):
        if _valid_day(day, month, y) and _dt.date(y, month, day).weekday() == weekday:
            return y
    return None


def _publication_year(month: int, day: int | None, ref: _dt.date, tense: int | None) -> int:
    """The publication year, moved back (or on) a year when the clause's tense says the date
    lies more than two months the other way: "15 दिसंबर को छापे मारे थे" in a January report."""
    y = ref.year
    d = _dt.date(y, month, min(day or 15, calendar.monthrange(y, month)[1]))
    if tense == -1 and (d - ref).days > 60:
        return y - 1
    if tense == 1 and (ref - d).days > 60:
        return y + 1
    # across the turn of a year, the nearer one: "31 दिसंबर से 14 जनवरी तक अवकाश" in a 3 January
    # report began four days before, not eleven months ahead
    if tense != 1 and (d - ref).days > 300:
        return y - 1
    if tense != -1 and (ref - d).days > 300:
        return y + 1
    return y


@dataclass
class _Context:
    ref: _dt.date | None  # publication date
    today: _dt.date
    sentences: list[str]
    bases: list[int]
    paragraph: list[int]
    years_by_daymonth: dict = field(default_factory=dict)
    recent_years: list = field(default_factory=list)  # (sentence, year, month it holds for or None)
    day_values: dict = field(default_factory=dict)  # sentence -> [(nstart, value)]
    last_time: tuple | None = None  # (sentence, day value)
    last_hour: int | None = None  # the hour of that clock time
    last_year: int | None = None  # the latest year the text gave outright
    last_year_sentence: int = -9  # … and the sentence it stands in
    months: dict = field(default_factory=dict)  # sentence -> [(nstart, month)] of dates and months
    since: set = field(default_factory=set)  # (sentence, nstart) of days that start a stretch: "रविवार से"
    told: set = field(default_factory=set)  # (sentence, nstart) of days something was told: "सोमवार को … बताया"
    ahead: set = field(default_factory=set)  # (sentence, nstart) of days told as to come: "गुरुवार को परीक्षण होगा"

    def tense(self, c: _Cand) -> int | None:
        s, base = self.sentences[c.sentence], self.bases[c.sentence]
        return _tense(s, c.nstart - base, c.nend - base)

    def narrative_year(self, c: _Cand) -> int | None:
        """The year of a full date in this sentence or the one before it (same paragraph):
        "हमला 13 दिसम्बर 2001 को हुआ ... 11 सितम्बर के हमलों" — not for a clause that
        looks ahead, whose date belongs to the reporting year."""
        for si, year, month in reversed(self.recent_years):
            if month is not None and month != c.month:
                continue  # ("पिछले साल नवंबर में … । … 5 से 8 अप्रैल तक": another month, this year's)
            if c.sentence - si <= 1 and self.paragraph[si] == self.paragraph[c.sentence]:
                if self.ref and year != self.ref.year and self.tense(c) == 1:
                    return None
                return year
            if c.sentence - si > 1:
                break
        return None

    def context_month(self, c: _Cand) -> int | None:
        for si in (c.sentence, c.sentence - 1):
            months = [m for pos, m in self.months.get(si, []) if si < c.sentence or pos < c.nstart]
            if months:
                return months[-1]
        return self.ref.month if self.ref else None

    def context_day(self, c: _Cand, use_publication: bool) -> str | None:
        same = self.day_values.get(c.sentence, [])
        before = [v for pos, v in same if pos < c.nstart]
        # (a day named after the hour is its day only close by: "सुबह 11 बजे कार्यवाही शुरू होते ही
        # सांसद ने 17 नवंबर की परीक्षा का मुद्दा उठाया" is not the 17th's morning)
        # (nor across a से: "दोपहर 3:25 बजे से शनिवार सुबह 7 बजे तक" starts on another day)
        text = self.sentences[c.sentence]
        base = self.bases[c.sentence]
        after = [v for pos, v in same if c.nstart < pos <= c.nend + DAY_AFTER_HOUR_CHARS
                 and "से" not in WORD_RE.findall(text, c.nend - base, pos - base)]
        if before or after:
            return before[-1] if before else after[0]
        prev = [(pos, v) for pos, v in self.day_values.get(c.sentence - 1, []) if (c.sentence - 1, pos) not in self.told]
        prev_ok = bool(prev) and self.paragraph[c.sentence - 1] == self.paragraph[c.sentence]
        if self.last_time is not None and c.sentence - self.last_time[0] <= 2 and self.last_time[1] and not (
                prev_ok and self.last_time[0] < c.sentence - 1
                and self.paragraph[self.last_time[0]] != self.paragraph[c.sentence]):
            return self.last_time[1]  # (a day the sentence before names in the paragraph is nearer than a
            # time of another: "शुक्रवार देर रात … टूट गया। … रात करीब 11:45 बजे" after a page's time stamp)
        if prev_ok:
            return prev[-1][1]
        if use_publication and self.ref:
            return _iso(self.ref)
        return None

    def past_story_day(self, sentence: int, skip: set) -> str | None:
        """The last past day named before ``sentence`` (not one of ``skip``): of the week before the
        reference day where one is named, since an older date told in passing ("17 नवंबर की
        परीक्षा") is background, not the day the report is on; else any."""
        ref = _iso(self.ref) if self.ref else None
        week_before = _iso(self.ref - _dt.timedelta(days=7)) if self.ref else None
        first = None
        for si in range(sentence - 1, -1, -1):
            for pos, v in reversed(self.day_values.get(si, [])):
                if not v or len(v) < 10 or not v[:4].isdigit() or (si, pos) in skip or (ref and v[:10] > ref):
                    continue
                if week_before is None or v[:10] >= week_before:
                    return v[:10]
                first = first or v[:10]
        return first

    def last_day_before(self, si: int, pos: int) -> str | None:
        """The value of the last day named before position ``pos`` of sentence ``si``."""
        for k in range(si, -1, -1):
            values = [v for p, v in self.day_values.get(k, []) if v and (k < si or p < pos)]
            if values:
                return values[-1]
        return None

    def story_day(self, c: _Cand, use_publication: bool) -> str | None:
        """The day of a past moment of the story named by a part of day alone ("देर शाम"):
        a day in its sentence, else the last past day named before it that is not the start
        of a stretch ("रविवार रात से हो रही बारिश" is no day of the collapse told after it),
        else (if ``use_publication``) the publication day."""
        same = self.day_values.get(c.sentence, [])
        if same:
            before = [v for pos, v in same if pos < c.nstart]
            return before[-1] if before else same[0][1]
        ref = _iso(self.ref) if self.ref else None
        found = self.past_story_day(c.sentence, self.since)
        return found or (ref if use_publication else None)

    def morning_after_night(self, c: _Cand, day: str) -> str:
        """The next day for a morning hour told after the night of the day its sentence names:
        in "गुरुवार देर रात से भीड़ जुटने लगी और सुबह चार बजे से स्नान शुरू हुआ" the bathing began
        on Friday morning."""
        base = self.bases[c.sentence]
        text = self.sentences[c.sentence]
        days = [pos for pos, v in self.day_values.get(c.sentence, []) if pos < c.nstart and v and v[:10] == day[:10]]
        if not days or not MORNING_WORDS_RE.match(text, c.nstart - base):
            return day
        if not NIGHT_WORD_RE.search(text, days[-1] - base, c.nstart - base):
            return day
        return _iso(_dt.date.fromisoformat(day[:10]) + _dt.timedelta(days=1)) + day[10:]

    def clock_day(self, c: _Cand) -> str | None:
        """The day a clock time belongs to.

        Nearby (``context_day``), unless the clock time's clause looks ahead
        while that day is past: ``रात 8 बजे के बाद दुकानें खुली मिलीं तो कार्रवाई होगी``
        is a rule for every night, not the evening of the meeting the sentence
        before reports.  A report's later paragraphs tell the story of the day its
        lead named (``मंगलवार तड़के आग लग गई`` … ``रात करीब 2 बजे धुआं उठता देख``),
        so a past-tense clock time with no day near it takes the last day named
        earlier (a past one)."""
        before = self.sentences[c.sentence][:c.nstart - self.bases[c.sentence]]
        if self.day_values.get(c.sentence) and DAILY_AFTER_RANGE_RE.search(before):
            return None  # "20 से 25 फरवरी तक सुबह 6 बजे से": the hours of every day of the range
        tense = self.tense(c)
        day = self.context_day(c, use_publication=False)
        if day is not None and len(day) >= 10 and day[:4].isdigit():
            day = self.morning_after_night(c, day)
        near = self.day_values.get(c.sentence, []) + self.day_values.get(c.sentence - 1, [])
        if day is None and any(v is None for _, v in near):
            return None  # its day is near but unknown ("मंगलवार दोपहर 11 बजकर 45 मिनट", no date given)
        if day is not None:
            borrowed = not self.day_values.get(c.sentence)
            if borrowed and tense == 1 and self.ref and day[:10] < _iso(self.ref):
                return None  # a rule for days to come, not the day the sentence before reports
            # a past moment is not on a day to come named after it in its sentence or before it:
            # "दोपहर 3:05 बजे कार्यवाही बुधवार तक के लिए स्थगित कर दी" was adjourned on the day of the report
            ahead_only = borrowed or all(pos > c.nstart for pos, _ in self.day_values.get(c.sentence, []))
            if ahead_only and tense == -1 and self.ref and day[:10] > _iso(self.ref):
                # (the day the story told just before, else the reference day: "मंगलवार को हुई बैठक …
                # शाम 5:40 बजे सभापति ने बैठक 27 फरवरी तक स्थगित कर दी")
                return self.past_story_day(c.sentence, self.told | self.since) or _iso(self.ref)
            return day
        if tense != -1:
            return None
        ref = _iso(self.ref) if self.ref else None
        # (a day ahead named in between, "बुधवार को जांच होगी", is not the story's day)
        found = self.past_story_day(c.sentence, self.told | self.since | self.ahead)
        if found:
            return found
        return None


# Words that make a day the day something was told, not a day of the story: "अधिकारियों ने सोमवार
# को यह जानकारी दी" (the fires it reports were on Sunday).
TELLING_WORDS = {_fold(w) for w in ("कहा", "बताया", "जानकारी", "बयान", "ट्वीट", "पुष्टि")}
# … and a press conference that day, however long the clause that tells what was said there:
# "गुरुवार को एसपी कार्यालय में प्रेस वार्ता में एसपी … ने बताया कि …".
PRESS_WORDS = {_fold(w) for w in ("प्रेस", "प्रेसवार्ता", "पत्रकारों", "संवाददाताओं")}


DAY_AFTER_HOUR_CHARS = 30
START_WORDS = {_fold(w) for w in ("शुरू", "शुरुआत", "आरंभ", "प्रारंभ")}


def _clause_words_after(s: str, end: int) -> list[str]:
    """The words from ``end`` to the end of their clause."""
    stop = CLAUSE_BREAK_RE.search(s, end)
    return WORD_RE.findall(s, end, stop.start() if stop else len(s))


def _told_that_day(s: str, end: int) -> bool:
    """Does the clause after a day (up to its end) report a telling ("… को यह जानकारी दी")?"""
    words = _clause_words_after(s, end)
    return (len(words) <= 6 and any(w in TELLING_WORDS for w in words)) or any(w in PRESS_WORDS for w in words[:6])


def _resolve(c: _Cand, ctx: _Context) -> str | None:
    ref = ctx.ref
    if c.fixed:
        return c.fixed
    if c.kind == "date":
        return _resolve_day_month(c, ctx)
    if c.kind == "month":
        year = _resolve_year_of(c, ctx)
        return f"{year:04d}-{c.month:02d}" if year else f"XXXX-{c.month:02d}"
    if c.kind in ("year", "fiscal_year"):
        year = ctx.last_year if c.same_year else c.year
        return f"{year:04d}" if year else None
    if c.kind == "relunit" and c.unit == "year" and c.rel == 1 and ctx.tense(c) == -1:
        # a life told year by year: "1989 में विधायक बने … अगले साल मंत्री बने" is 1990
        if ctx.last_year and 0 <= c.sentence - ctx.last_year_sentence <= 1:
            return f"{ctx.last_year + 1:04d}"
    if ref is None and c.kind not in ("event_day", "part_of_day"):
        return None
    if c.kind == "weekday":
        if c.rel == -1:
            return _iso(_weekday_from(ref, c.weekday, -1, strict=True))
        if c.rel == 1:
            return _iso(_weekday_from(ref, c.weekday, 1, strict=True))
        tense = ctx.tense(c)
        return _iso(_weekday_from(ref, c.weekday, 1 if tense == 1 else -1, strict=False))
    if c.kind == "relday":
        if c.word == "आज":
            return _iso(ref)
        tense = ctx.tense(c)
        if tense is None:
            return None
        step = 1 if c.word == "कल" else 2
        return _iso(ref + _dt.timedelta(days=step * tense))
    if c.kind == "relunit":
        return _unit_value(ref, c.unit, c.rel)
    if c.kind == "ago":
        return _unit_value(ref, c.unit, c.count)
    if c.kind == "part_of_day" and c.word in ("story", "that"):
        # a past moment of the story: the story's day, else (but for "उस रात", which points
        # back) the publication's
        return ctx.story_day(c, use_publication=c.word == "story")
    if c.kind in ("event_day", "part_of_day"):
        # "उसी दिन" and "अगले दिन" count from the day just spoken of: with none, not from
        # the publication day ("अगली सुबह मंत्री पहुंचे" is no day after publication)
        day = ctx.context_day(c, use_publication=c.word != "same" and not c.count)
        if day is None and c.kind == "event_day" and (c.word == "same" or c.count):
            # "उसी दिन", "अगले दिन", "अगली सुबह": from the day last spoken of, however far back
            day = ctx.last_day_before(c.sentence, c.nstart)
        if day and c.count and re.fullmatch(r"\d{4}-\d\d-\d\d", day):
            return _iso(_dt.date.fromisoformat(day) + _dt.timedelta(days=c.count))
        return None if c.count else day
    return None


def _unit_value(ref: _dt.date, unit: str, n: int) -> str:
    if unit == "day":
        return _iso(ref + _dt.timedelta(days=n))
    if unit == "week":
        return _iso_week(ref + _dt.timedelta(days=7 * n))
    if unit == "month":
        y, m = _add_months(ref, n)
        return f"{y:04d}-{m:02d}"
    return f"{ref.year + n:04d}"


def _resolve_year_of(c: _Cand, ctx: _Context) -> int | None:
    """The year of a day-month or month the text gives no year for."""
    if c.year:
        return c.year
    if c.same_year:
        return ctx.last_year
    if c.rel_year is not None:
        return ctx.ref.year + c.rel_year if ctx.ref else None
    partner = c.partner
    if partner is not None and partner.year_explicit and partner.month:
        before_end = (c.month, c.day or 0) <= (partner.month, partner.day or 0)
        return partner.year if before_end or c.range_role != "range_start" else partner.year - 1
    if c.day and (c.month, c.day) in ctx.years_by_daymonth:
        return ctx.years_by_daymonth[(c.month, c.day)]
    narrative = ctx.narrative_year(c)
    if narrative:
        return narrative
    if ctx.ref:
        tense = c.hint if c.hint is not None else ctx.tense(c)
        return _publication_year(c.month, c.day, ctx.ref, tense)
    return None


def _resolve_day_month(c: _Cand, ctx: _Context) -> str | None:
    if c.month is None:  # "5 तारीख": the month of a date just before, else of publication
        c.month = ctx.context_month(c)
        if c.month is None:
            return None
        if not _valid_day(c.day, c.month, None):
            c.month = None
            return None
    if c.year is None and c.weekday is not None:
        ref = ctx.ref or ctx.today
        c.year = _pin_year(c.day, c.month, c.weekday, ref, ctx.tense(c))
        if c.year:
            ctx.years_by_daymonth.setdefault((c.month, c.day), c.year)
    year = _resolve_year_of(c, ctx)
    if c.year is None and ctx.ref and THIS_BEFORE_RE.search(ctx.sentences[c.sentence][:c.nstart - ctx.bases[c.sentence]]):
        year = ctx.ref.year  # "इसी 18 जुलाई": this year's, whatever year the text told last
    if year and _valid_day(c.day, c.month, year):
        return f"{year:04d}-{c.month:02d}-{c.day:02d}"
    return f"XXXX-{c.month:02d}-{c.day:02d}"



DAY_PRECISION = {"date", "weekday", "relday", "event_day", "part_of_day"}
# A morning hour, and a night before it: "गुरुवार देर रात … सुबह चार बजे" is the next morning.
MORNING_WORDS_RE = re.compile(r"(?:सुबह|तड़के|तडके|भोर)")
NIGHT_WORD_RE = re.compile(r"(?<![\w\u0900-\u097F])(?:देर रात|रात|आधी रात|मध्यरात्रि)(?![\u0900-\u097F])")
# A range of days just closed before a clock time: "20 से 25 फरवरी तक | सुबह 6 बजे".
DAILY_AFTER_RANGE_RE = re.compile(r"(?:\sसे|-)\s*\S+(?:\s+\S+)?\s+तक\s*(?:रोजाना\s+|रोज\s+|हर\s+दिन\s+)?$")


def _resolve_all(cands: list[_Cand], ctx: _Context) -> None:
    """Values in text order; within a sentence days before times (a time joins its day)."""
    by_sentence: dict[int, list[_Cand]] = {}
    for c in cands:
        by_sentence.setdefault(c.sentence, []).append(c)
    for si in sorted(by_sentence):
        group = by_sentence[si]
        days = [c for c in group if c.kind not in ("time", "part_of_day", "event_day")]
        # a range's start may take its year from the end, so ends with years go first
        for c in sorted(days, key=lambda c: (c.range_role != "range_end", c.nstart)):
            c.value = _resolve(c, ctx)
            if c.year_explicit and c.year:
                ctx.last_year, ctx.last_year_sentence = c.year, si
            if c.year_explicit and c.year and c.kind in ("date", "month"):
                ctx.recent_years.append((si, c.year, None))
                if c.day and c.month:
                    ctx.years_by_daymonth[(c.month, c.day)] = c.year
            elif c.rel_year is not None and c.kind in ("date", "month") and c.value and c.value[:4].isdigit():
                # "पिछले साल अप्रैल में … 25 अप्रैल को": the later day-month is in that year too
                ctx.recent_years.append((si, int(c.value[:4]), c.month))
            if c.month and c.kind in ("date", "month"):
                ctx.months.setdefault(si, []).append((c.nstart, c.month))
            elif c.kind == "relunit" and c.value and re.fullmatch(r"\d{4}-\d{2}", c.value):
                # "पिछले महीने 12 तारीख को": the day is in that month (and year)
                ctx.months.setdefault(si, []).append((c.nstart, int(c.value[5:])))
                ctx.recent_years.append((si, int(c.value[:4]), int(c.value[5:])))
            if c.kind in DAY_PRECISION:
                ctx.day_values.setdefault(si, []).append((c.nstart, c.value))
                after = _clause_words_after(ctx.sentences[si], c.nend - ctx.bases[si])
                if c.range_role is None and after[:1] == ["से"] and (
                        not START_WORDS & set(after) or PAST_PERFECT_AUX & set(after)):
                    # (not "1 मई से टीकाकरण शुरू हो गया": the day it began is a day of the story;
                    # but "बंद सोमवार आधी रात से शुरू हुआ था" tells a start before it)
                    ctx.since.add((si, c.nstart))
                if _told_that_day(ctx.sentences[si], c.nend - ctx.bases[si]):
                    ctx.told.add((si, c.nstart))
                if ctx.tense(c) == 1 and all((si, pos) in ctx.ahead for pos, _ in ctx.day_values[si][:-1]):
                    # (not the end of a stretch begun on a day named before it: "हड़ताल मंगलवार आधी रात
                    # से शुरू हुई और बुधवार आधी रात तक चलेगी" is on now, and its hours may be Wednesday's)
                    ctx.ahead.add((si, c.nstart))
        ctx.recent_years.sort(key=lambda t: t[0])
        for c in group:
            if c.kind in ("part_of_day", "event_day"):
                c.value = _resolve(c, ctx)
                ctx.day_values.setdefault(si, []).append((c.nstart, c.value))
        ctx.day_values.get(si, []).sort(key=lambda t: t[0])
        for c in group:
            if c.kind == "weekday" and c.range_role is None and c.value and len(c.value) == 10 \
                    and _word_before(ctx.sentences[si], c.nstart - ctx.bases[si]) == "से" \
                    and "तक" in _words_after(ctx.sentences[si], c.nend - ctx.bases[si], 4):
                # "दोपहर 3:25 बजे से शनिवार सुबह 7 बजे तक कर्फ्यू": a stretch that ends on a weekday
                # ends after the day the story is on
                story = ctx.last_day_before(si, c.nstart)
                if story and len(story) >= 10 and story[:4].isdigit() and c.value < story[:10]:
                    _set_day(ctx, si, c, _iso(_weekday_from(_dt.date.fromisoformat(story[:10]), c.weekday, 1,
                                                            strict=True)))
            if c.kind == "weekday" and c.range_role == "range_end" and c.partner.value and c.value \
                    and c.value < c.partner.value:
                # सोमवार से शुक्रवार: the end is the first such weekday after the start
                end = _dt.date.fromisoformat(c.partner.value)
                _set_day(ctx, si, c, _iso(_weekday_from(end, c.weekday, 1, strict=True)))
            if c.kind == "weekday" and c.range_role == "range_end" and c.partner.value and c.value and ctx.ref \
                    and c.partner.kind == "weekday" and c.partner.value > _iso(ctx.ref):
                # "शुक्रवार रात से सोमवार सुबह तक बंदी लागू कर दी गई है", told on the Saturday: the
                # closure under way, not next week's
                week = _dt.timedelta(days=7)
                start, end = (_dt.date.fromisoformat(x.value) - week for x in (c.partner, c))
                words = WORD_RE.findall(ctx.sentences[si])
                # (not what will be: "दफ्तर सोमवार से शुक्रवार तक खुले रहेंगे" are the coming days)
                # (… unless its hours say which: "इंटरनेट सोमवार सुबह छह बजे से बुधवार सुबह छह बजे तक बंद
                # रहेगा", told on the Tuesday, is this one)
                if start <= ctx.ref <= end and (c.hours_range or not any(_is_future(words, k)
                                                                         for k in range(len(words)))):
                    _set_day(ctx, si, c.partner, _iso(start))
                    _set_day(ctx, si, c, _iso(end))
            if c.kind == "date" and c.range_role == "range_end" and not c.year_explicit \
                    and c.value and c.partner.value and len(c.value) == len(c.partner.value) == 10 \
                    and c.value[:4].isdigit() and c.value < c.partner.value:
                # "25 दिसंबर से 1 जनवरी तक": a range runs forward, over the new year
                later = f"{int(c.value[:4]) + 1}{c.value[4:]}"
                if _valid_day(int(later[8:]), int(later[5:7]), int(later[:4])):
                    c.value = later
        for c in group:
            if c.kind == "time" and c.range_role == "range_end" and c.partner.kind == "time" \
                    and c.partner.hour >= 12 and c.hour < 12 and c.hour + 12 > c.partner.hour \
                    and not PART_START_RE.match(ctx.sentences[si], c.nstart - ctx.bases[si]):
                c.hour += 12  # "दोपहर 2 बजे से 4 बजे तक": the end keeps the start's half of the day
        for c in group:
            if c.kind == "time" and c.bare_small_hour and not (
                    ctx.last_hour is not None and ctx.last_time and ctx.last_time[0] >= si - 2
                    and (ctx.last_hour >= 18 or ctx.last_hour < 6)):
                c.hour += 12  # "करीब 2 बजे मौके पर पहुंचे": the afternoon, unless the story is in the night
            if c.kind == "time":
                if c.range_role == "range_end" and c.partner.kind == "time" and c.partner.value:
                    # "सुबह 6 बजे से 9 बजे के बीच": the end's day is the start's
                    day = c.partner.value[:-6] or None
                else:
                    day = ctx.clock_day(c)
                if (day and len(day) == 10 and day[:4].isdigit() and ctx.last_hour is not None and ctx.last_time
                        and ctx.last_time[1] == day and not ctx.day_values.get(si)
                        and ctx.last_hour >= 18 and c.hour < 6):
                    # "रात पौने बारह बजे … एक बजे": the story ran past midnight
                    day = _iso(_dt.date.fromisoformat(day) + _dt.timedelta(days=1))
                clock = f"T{c.hour:02d}:{c.minute:02d}"
                c.value = f"{day}{clock}" if day else clock
                ctx.last_time, ctx.last_hour = (si, day), c.hour


# --------------------------------------------------------------------------- dateline
_LABEL_RE = re.compile(
    r"(?P<label>प्रकाशित(?:\s+तिथि)?|(?i:published(?:\s+on)?|posted(?:\s+on)?|updated(?:\s+on)?|last\s+updated"
    r"|date)|अपडेट(?:ेड)?|अद्यतन|दिनांक|तारीख)\s*[:\-–]?\s*")
_DATELINE_RE = re.compile(r"^[^\n,:।]{2,40}?[,:]\s*")


def _parse_date_at(s: str, pos: int) -> tuple[_dt.date | None, int]:
    """A full date (day, month and year) starting at ``pos`` of ``s``, and where it ends."""
    skip = re.compile(rf"\s*(?:(?i:{WEEKDAY_ALT}),?\s*)?").match(s, pos)
    pos = skip.end() if skip else pos
    for rx in (DAY_MONTH_RE, MONTH_DAY_YEAR_RE, NUMERIC_DATE_RE):
        m = rx.match(s, pos)
        if not m:
            continue
        try:
            if rx is NUMERIC_DATE_RE:
                a, b, c = m["a"], m["b"], m["c"]
                if len(a) == 4:
                    return _dt.date(int(a), int(b), int(c)), m.end()
                if len(c) == 4:
                    return _dt.date(int(c), int(b), int(a)), m.end()
                continue
            if not m["year"]:
                continue
            return _dt.date(int(m["year"]), _month_of(m["month"]), _num(m["day"])), m.end()
        except (ValueError, KeyError):
            continue
    return None, pos


def detect_published(text: str) -> str | None:
    """The publication date an article carries at its top: a labelled line (प्रकाशित:, Updated:)
    or a dateline (``नई दिल्ली, 5 जनवरी 2024``) not continued by a postposition."""
    head = NormalisedText.build(text[:1500]).text
    best_label = None
    for m in _LABEL_RE.finditer(head):
        d, _ = _parse_date_at(head, m.end())
        if d:
            label = m["label"].lower()
            rank = 0 if label.startswith(("प्रकाशित", "published", "posted", "date", "दिनांक", "तारीख")) else 1
            if best_label is None or rank < best_label[0]:
                best_label = (rank, d)
    if best_label:
        return best_label[1].isoformat()
    for line in head.split("\n")[:6]:
        line = line.strip()
        if not line:
            continue
        for start in [0] + [m.end() for m in _DATELINE_RE.finditer(line)]:
            d, end = _parse_date_at(line, start)
            if d and not POSTPOSITION_AFTER_RE.match(line, end):
                return d.isoformat()
    return None


# --------------------------------------------------------------------------- entry point
def annotate_dates(doc: Document) -> None:
    """Append the article's date and time expressions to ``doc.dates``, in text order."""
    if doc.published is None:
        found = detect_published(doc.text)
        if found:
            doc.published, doc.published_from = found, "dateline"
    view = doc.norm_text
    sentences = [view[s.nstart:s.nend] for s in doc.sentences]
    bases = [s.nstart for s in doc.sentences]
    paragraph, para = [], 0
    for i, s in enumerate(doc.sentences):
        if i and "\n" in view[doc.sentences[i - 1].nend:s.nstart]:
            para += 1
        paragraph.append(para)

    cands: list[_Cand] = []
    for si, s in enumerate(sentences):
        chosen = _select(_find_in_sentence(s, bases[si], si))
        chosen = sorted(chosen + _expand_left_days(s, bases[si], chosen), key=lambda c: c.nstart)
        _link_ranges(s, bases[si], chosen)
        cands.extend(chosen)

    ref = _dt.date.fromisoformat(doc.published) if doc.published else None
    ctx = _Context(ref=ref, today=_dt.date.today(), sentences=sentences, bases=bases, paragraph=paragraph)
    _resolve_all(cands, ctx)
    _share_years(cands)

    index = {id(c): i + len(doc.dates) for i, c in enumerate(cands)}
    for c in cands:
        start, end = doc.orig_span(c.nstart, c.nend)
        kind = c.range_role or _KIND_NAMES.get(c.kind, c.kind)
        # The guidelines' values are days, months, years and times: a week ("पिछले सप्ताह") has
        # none, so its ISO week goes in a field of its own.
        week = c.value if c.value and WEEK_RE.fullmatch(c.value) else None
        doc.dates.append(DateExpr(text=doc.text[start:end], value=None if week else c.value, start=start,
                                  end=end, sentence=c.sentence, kind=kind, week=week,
                                  range_with=index[id(c.partner)] if c.partner is not None else None))


def _share_years(cands: list["_Cand"]) -> None:
    """A day-month left without a year takes the year the article gives the
    same day-month elsewhere, later as well as earlier: a headline's
    "12 फरवरी" is the body's "12 फरवरी, सोमवार" (pinned by its weekday)."""
    known: dict[str, set[str]] = {}
    for c in cands:
        v = c.value or ""
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", v):
            known.setdefault(v[5:], set()).add(v[:4])
    for c in cands:
        v = c.value or ""
        if v.startswith("XXXX-") and re.fullmatch(r"XXXX-\d{2}-\d{2}", v):
            years = known.get(v[5:])
            if years and len(years) == 1:
                c.value = next(iter(years)) + v[4:]


_KIND_NAMES = {"relday": "relative", "relunit": "relative", "ago": "relative", "event_day": "relative",
               "part_of_day": "date"}
