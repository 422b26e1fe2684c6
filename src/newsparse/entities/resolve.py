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
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import lru_cache

from ..document import Document, Entity, Mention, Sentence
from . import context
from . import gazetteer as gz
from ..normalise import normalise_token
from ..segment import ABBREVIATIONS, tokenize
from .latin import acronym_letters, initials, latin_name

MODEL_TYPES = {"PER": "PERSON", "LOC": "PLACE", "ORG": "ORG"}
POSTPOSITIONS = {"के", "की", "का", "ने", "को", "में", "से", "पर", "तक", "और", "व", "एवं", "भी", "ही",
                 "द्वारा", "लिए", "साथ", "बाद", "पास", "वाले", "वाली", "वाला"}
PUNCT_RE = re.compile(r"^[\W_]+$")
# Words that may open a person span in model output but are never part of a name.
NON_NAME_OPENERS = {"बकौल", "नये", "नए", "नई", "पूर्व", "वरिष्ठ", "युवा", "दिवंगत", "तत्कालीन", "मौजूदा", "इस", "उस", "यह", "वह",
                    "एक", "साथ", "बीच", "अब", "तब", "वहीं", "यहीं", "वहां", "यहां", "तभी", "फिर",
                    # discourse words that open a sentence before a name: "हालांकि साहू ने कहा"
                    "हालांकि", "दरअसल", "बहरहाल", "फिलहाल", "उधर", "इधर", "लेकिन", "मगर", "जबकि", "इसलिए",
                    "वैसे", "खासकर", "यानी", "प्रतिपक्ष", "परिजन", "लौटे", "व्यापारी", "दुकानदार", "ग्रामीण",
                    "सहयोगी",
                    # who rode what: "कार सवार मोहन पांडेय", "बाइक सवार युवक"
                    "सवार",
                    # adverbs of place ending a postposition phrase: "विधान भवन के बाहर यादव ने कहा"
                    "बाहर", "भीतर", "अंदर", "सामने",
                    # "सुनवाई के दौरान दीक्षित ने कहा": a postposition phrase ending before the name
                    "दौरान", "इसी", "उसी", "चलते",
                    # what someone became: "पहली बार मंत्री बनीं निनामा ने कहा"
                    "बनीं", "बने"}
# Common nouns in news that an ORG/PLACE span may consist of alone.
GENERIC_WORDS = {"सरकार", "पार्टी", "प्रदेश", "राज्य", "शहर", "जिला", "जिले", "गांव", "देश", "केंद्र", "पुलिस",
                 "पालिका", "नगरपालिका",
                 "विभाग", "संगठन", "कार्यालय", "मंत्रालय", "सदन", "विधानसभा", "न्यायालय", "अदालत", "कोर्ट",
                 "समिति", "आयोग", "थाना", "थाने", "कंपनी", "बैंक", "स्कूल", "कॉलेज", "अस्पताल"}
PERSON_MAX_TOKENS = 5
PLURAL_OBLIQUE = ("ों", "ओं")  # (ग्रामीणों, "आहूजा बंधुओं": groups, not names)


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
    from_context: bool = False  # found by the words around it (entities/context.py)
    shown_i: int | None = None  # where the mention starts in the text, if before i (मो. of "मो. इरफान")


def bio_spans(tags: list[str]) -> list[tuple[int, int, str]]:
    """Entity spans (start, end, type) of a BIO tag sequence; a stray I- opens a span."""
    out, start, typ = [], None, None
    for k, t in enumerate(tags + ["O"]):
        if t.startswith("B-") or t == "O" or (t.startswith("I-") and t[2:] != typ):
            if start is not None:
                out.append((start, k, typ))
                start, typ = None, None
            if t != "O":
                start, typ = k, t[2:]
    return out


# Words that close a list by what it includes ("X समेत कई शहरों"); never inside a name.
INCLUSIVE_WORDS = {"समेत", "सहित"}


def _model_spans(tags: list[str]) -> list[tuple[int, int, str]]:
    return [s for s in bio_spans(tags) if s[2] in MODEL_TYPES]


def _trim(words: list[str], i: int, j: int) -> tuple[int, int]:
    """Drop postpositions and punctuation at either edge of a span."""
    while i < j and (words[i] in POSTPOSITIONS or PUNCT_RE.match(words[i])):
        i += 1
    while j > i and (words[j - 1] in POSTPOSITIONS or PUNCT_RE.match(words[j - 1])):
        j -= 1
    return i, j


# Words that relate one person to another inside a model span:
# "अशफाक पुत्र अंसार" is two people, "सतीश उर्फ सतई" one person with a nickname.
RELATION_WORDS = {"पुत्र", "पुत्री", "पत्नी", "पति", "बेटा", "बेटी", "बेटे", "पिता", "वल्द", "भाई", "बहन", "मां", "पोता",
                  "पोती", "पोते", "भतीजा", "भतीजी", "भतीजे",
                  # in-laws and the wider family, as dowry and accident reports list them ("ससुर
                  # बाबूराम यादव, सास शांति देवी, देवर मुकेश"); not दादा/नाना/मामा/ताई, which are
                  # also names or nicknames (नाना पटोले)
                  "सास", "ससुर", "देवर", "जेठ", "जेठानी", "देवरानी", "ननद", "भाभी", "बहू", "दामाद", "साली", "जीजा",
                  "मामी", "चाचा", "चाची", "ताऊ", "नानी", "दादी", "भांजा", "भांजी", "भांजे", "पौत्र", "पौत्री"}
ALIAS_WORDS = {"उर्फ", "अलियास"}
RESIDENCE_WORDS = {"निवासी", "निवासियों", "ग्रामवासी"}
# Generic place nouns around a name: "ग्राम इकमा", "रखाइन प्रांत", "लालीपुर थाना".
PLACE_GENERIC = {"प्रांत", "राज्य", "जिला", "जिले", "जनपद", "शहर", "कस्बा", "कस्बे", "गांव", "ग्राम", "थाना",
                 "थाने", "क्षेत्र", "इलाका", "इलाके", "तहसील", "प्रखंड", "ब्लॉक", "मोहल्ला", "मोहल्ले", "मंडल",
                 "संभाग", "देश", "महानगर", "उपनगर", "टोला", "कोतवाली", "उपजिले", "उपजिला", "उपमंडल", "अनुमंडल",
                 "उपखंड", "तालुक", "तालुका"}
# Generic place nouns that are also common surnames ("अजय मंडल (24)", "राजेश मंडल"): a name
# word, and the end of a person's name where the model's person span ends with it.
SURNAME_GENERICS = {"मंडल"}
# Words that make a place name a landmark inside it: "सहारनपुर चौक", "रायपुर रोड".
LANDMARK_WORDS = {"चौक", "रोड", "मार्ग", "कॉलोनी", "कालोनी", "बाजार", "घाट", "चौराहा", "चौराहे", "तिराहा", "तिराहे",
                  "पुल", "गली",
                  "पार्क", "मैदान", "विहार", "पुरम", "एन्क्लेव", "स्ट्रीट", "सेक्टर", "फेज", "बस्ती",
                  normalise_token("मोड़"), "गोलंबर", "जंक्शन", "टर्मिनस", "मार्केट", "कैंट", "पुलिया", "गेट"}
# Landmarks numbered after their word: "सेक्टर-4", "फेज 2".
NUMBERED_LANDMARKS = {"सेक्टर", "फेज", "ब्लॉक"}
# Landmark words that make an unknown rare word before them a place ("नक्खास चौराहे");
# not "सेक्टर"/"फेज", which also mean an industry or a stage ("टूरिज्म सेक्टर").
NAMED_LANDMARK_WORDS = LANDMARK_WORDS - {"सेक्टर", "फेज"} | {"नदी", "राजमार्ग", "हाईवे", "एक्सप्रेसवे", "कॉम्प्लेक्स",
                                                            "स्टेडियम", "जेल", "पोखर", "तालाब", "झील", "टाउन",
                                                            "कॉम्पलेक्स", "मॉल", "प्लाजा"}
# (a known place before a highway word is where the road goes, "दिल्ली हाईवे": so these
# are not LANDMARK_WORDS, which make a known place and the word one landmark)
# Landmarks a town calls by their common noun: "घंटाघर" (the clock tower).
CITY_LANDMARKS = {"घंटाघर"}
# Localities and grounds that many towns have by the same name (the annotated articles list them).
CITY_LOCALITIES = {tuple(normalise_token(w) for w in loc.split()) for loc in (
    "सिविल लाइंस", "सिविल लाइन्स", "सिविल लाइन", "मॉडल टाउन", "सदर बाजार", "सदर बाज़ार", "शहीद स्मारक",
    "रामलीला मैदान", "गांधी मैदान", "आजाद मैदान", "आज़ाद मैदान", "पुरानी सब्जी मंडी", "पुरानी सब्ज़ी मंडी",
    "पुलिस लाइन", "पुलिस लाइंस", "पुलिस लाइन्स", "पुलिस लाइन मैदान", "पुलिस लाइंस मैदान",
    "स्टेशन रोड", "रेलवे रोड", "कचहरी रोड", "स्टेशन मार्ग", "कॉलेज स्ट्रीट", "सिटी सेंटर")}
CITY_LOCALITY_FIRST = {loc[0] for loc in CITY_LOCALITIES}
# Transport hubs and public landmarks: a span the model ends with one is a place
# (guidelines: named buildings and landmarks), not an organisation: "आईएसबीटी", "घंटाघर".
FACILITY_WORDS = {"आईएसबीटी", "एयरपोर्ट", "हवाईअड्डा", "हवाईअड्डे", "स्टेशन", "घंटाघर", "स्टेडियम", "बंदरगाह", "जेल",
                  "अड्डा", "अड्डे", "स्टैंड", "टर्मिनल", "कॉम्प्लेक्स", "कॉम्पलेक्स", "मॉल", "प्लाजा", "टावर", "टॉवर"}
# Landmarks named after people: "गांधी प्रतिमा", "राजघाट समाधि", "अंबेडकर पार्क".
MONUMENT_WORDS = {"प्रतिमा", "मूर्ति", "स्मारक", "समाधि", "पार्क", "चौक", "मार्ग", "भवन", "द्वार", "उद्यान",
                  "मंदिर", "मस्जिद", "गुरुद्वारा", "दरगाह", "चर्च", "गिरजाघर", "समाहरणालय", "कलेक्ट्रेट",
                  "कलेक्टोरेट", "सचिवालय"}
# A model person span ending in (or followed by) one of these is a landmark.
PERSON_LANDMARK_WORDS = MONUMENT_WORDS | FACILITY_WORDS | {"नहर", "सेतु", "बांध", "गोलंबर", "राजपथ", "पथ", "हॉल",
                                                          "दरबार", "एयरबेस", "महल",
                                                          "पुलिया", "कैंप", "बाजार", "मार्केट", normalise_token("अखाड़ा"),
                                                          normalise_token("अखाड़े")}
# ("इंदिरा गांधी नहर", "अशोक राजपथ", "व्हीलर सीनेट हॉल")
# Heads of a locality named after a person, and the words after नगर that make it a town's body.
LOCALITY_AFTER_NAME = {"नगर", "विहार", "पुरम", "कॉलोनी", "कालोनी", "एन्क्लेव"}
TOWN_BODY_WORDS = {"निगम", "पालिका", "पंचायत", "परिषद", "आयुक्त", "निकाय", "विकास", "निगमों", "पालिकाओं",
                   "निरीक्षक", "कोतवाल", "प्रमुख", "अध्यक्ष", "सेठ"}
# A word in a model span that makes it (or the part up to it) a place.
PLACE_HEAD_WORDS = LANDMARK_WORDS | FACILITY_WORDS
# The last word of a political party's name ("… पार्टी", "… जनता दल").
PARTY_HEADS = {"पार्टी"}
# Institutions named after a person or a deity: "सरस्वती हॉस्पिटल", "राजेंद्र प्रसाद विद्यालय".
INSTITUTION_WORDS = {"अस्पताल", "हॉस्पिटल", "कॉलेज", "महाविद्यालय", "विद्यालय", "विश्वविद्यालय", "यूनिवर्सिटी",
                     "स्कूल", "संस्थान", "इंस्टीट्यूट", "ट्रस्ट", "फाउंडेशन", "क्लिनिक", "अकादमी", "मेडिकल",
                     "चिकित्सालय", "पीजीआई"}
MEMORIAL_WORDS = {"मेमोरियल", "स्मृति", "स्मारक"}
STATION_KINDS = {normalise_token(w) for w in ("साइबर", "क्राइम", "महिला", "मेडिकल", "यातायात", "ट्रैफिक", "अजाक", "सदर",
                                               "जीआरपी", "कोतवाली", "शहर", "ग्रामीण", "देहात", "सिटी", "पुलिस")}
# The railways' police forces, whose stations and posts are named with them: "जीआरपी थाना बीना".
RAIL_FORCES = {normalise_token(w) for w in ("जीआरपी", "आरपीएफ")}
# Officers in charge of a station, written after its town: "टहला थानाधिकारी".
STATION_OFFICERS = {normalise_token(w) for w in ("थानाधिकारी", "थानाध्यक्ष", "थानेदार")}
# Kinds of station a town has one of, which name it without the town: "शहर कोतवाली", "देहात थाना".
NAMED_STATION_KINDS = {normalise_token(w) for w in ("शहर", "कोतवाली", "देहात", "साइबर", "सदर")}
STATION_FOLLOWERS = {"प्रभारी", "पुलिस", "में", "के", "की", "का", "ने", "से", "पर"}
WARD_NAME_WORDS = {"नगर", "विहार", "पुरम", "कॉलोनी", "कालोनी"}  # ("इंदिरा नगर वार्ड")
# Oblique forms of the heads of bodies' names, folded for clustering and naming.
OBLIQUE_HEADS = {"थाने": "थाना", "मोर्चे": "मोर्चा", "दस्ते": "दस्ता", "कारखाने": "कारखाना"}
ORG_KIND_WORDS = {normalise_token(w) for w in ("ब्रोकरेज", "फर्म", "फ़र्म", "कंपनी", "रेटिंग", "एजेंसी", "संस्था",
                                                "निवेश", "बैंकिंग", "कंसल्टेंसी")}
MINOR_WORDS = {"नाबालिग", "किशोर", "मासूम"}
STUDENT_WORDS = {"छात्रा", "छात्र", "छात्राएं", "छात्रों", "छात्राओं"}
AGE_GROUP_NOUNS = {"किशोर", "किशोरी", "युवक", "युवती", "बालक", "बालिका"}
NAMESAKE_HONORIFICS = {normalise_token(w) for w in ("गुरु", "गुरू", "संत", "शहीद", "स्वामी", "महात्मा", "महर्षि", "पंडित",
                                                     "लोकनायक", "महाराजा", "महारानी", "रानी", "राजा", "बाबा", "वीर",
                                                     "सर", "लाला", "सवाई")}  # (सर गंगाराम अस्पताल, लाला लाजपत राय अस्पताल)
HOSPITAL_AND_COLLEGE_WORDS = {"अस्पताल", "हॉस्पिटल", "कॉलेज", "महाविद्यालय", "विश्वविद्यालय", "यूनिवर्सिटी"}
# Initials written as Hindi letter names before a name ("जी किशन रेड्डी", "के शिवलिंगप्पा"); the
# genitive के only where an office or the start of a clause stands before it.
NAME_INITIALS = set(context.LETTER_NAMES)
INITIAL_OPENERS = {",", "और", "व", "तथा", "एवं", "नेता", "विधायक", "सांसद", "मंत्री", "मुख्यमंत्री"}
MARKET_WORDS = {"मार्केट", "बाजार", "मंडी", "कॉम्प्लेक्स", "कॉम्पलेक्स", "प्लाजा"}
UNIT_ORG_ENDS = context.BLOCK_WORDS | {"पंचायत", "वार्ड"}  # ("इंदिरा नगर वार्ड": the ward, a place)
DEITIES = {"दुर्गा", "गणेश", "हनुमान", "काली", "सरस्वती", "लक्ष्मी", "शिव", "राम", "कृष्ण", "विश्वकर्मा"}
IDOL_WORDS = {"प्रतिमा", "प्रतिमाओं", "मूर्ति", "मूर्तियों", "पंडाल"}
QUANTITY_UNITS = {"प्रतिशत", "फीसदी", "%", "करोड़", "लाख", "हजार", "फीसद", "गुना"}
QUANTITY_UNITS = {normalise_token(w) for w in QUANTITY_UNITS}
# Words that stand before a name without being part of it: "अस्पताल के मुताबिक प्रकाश मेहरा".
BEFORE_NAMES = {normalise_token(w) for w in ("मुताबिक", "मुताबिक़", "अनुसार", "बुजुर्ग", "युवक", "युवती", "किशोर",
                                             "मिले", "बाएं", "दाएं", "पंडित")}
# Words that end women's names: "गंगा देवी", "सरस्वती बाई".
WOMENS_NAME_ENDS = {"देवी", "बाई", "कुमारी", "बेगम", "खातून"}
# Gatherings that a name-like word may qualify: "विजय जुलूस", "शांति मार्च".
GATHERING_NOUNS = {"जुलूस", "रैली", "सभा", "मार्च", "यात्रा", "दिवस", "समारोह", "उत्सव", "महोत्सव", "मेला"}
COLONY_WORDS = {"कॉलोनी", "कालोनी"}
# Businesses named after a person ("यादव मिष्ठान भंडार") are not people.
BUSINESS_WORDS = {"मिष्ठान", "भंडार", "दूल्हाघर", "स्टोर", "स्टोर्स", "ट्रेडर्स", "एंटरप्राइजेज", "ज्वैलर्स",
                  "होटल", "ढाबा", "रेस्टोरेंट", "एजेंसी", "इंडस्ट्रीज", "फर्म", "गारमेंट्स", "इलेक्ट्रॉनिक्स",
                  "टेलर्स", "ज्वेलर्स", "मेडिकल्स", "मोटर्स", "स्वीट्स", "ट्रैवल्स", "वर्क्स", "कलेक्शन", "एम्पोरियम",
                  "मार्ट", "हब", "बर्तन", "क्लॉथ", "फर्नीचर", "पॉलिमर्स", "प्लास्टिक्स", "केमिकल्स", "टेक्सटाइल्स",
                  "फूड्स", "फार्मा", "सॉल्यूशंस", "बिल्डर्स", "डेवलपर्स", "लॉजिस्टिक्स", "हार्डवेयर", "पेपर्स",
                  "केबल्स", "स्विचगियर", "इलेक्ट्रिकल्स", "इलेक्ट्रिकल", "टेक्सटाइल", "प्रिंटर्स", "पैकेजिंग",
                  "कोलियरीज", "कोलफील्ड्स", "ऑर्गेनिक्स", "मिल्स", "स्पिनिंग", "इंफ्रास्ट्रक्चर", "इंफ्राटेक",
                  # studios and event firms: "रेतघर फिल्म्स", "सुरमयी इवेंट्स"
                  "फिल्म्स", "फ़िल्म्स", "प्रोडक्शंस", "प्रोडक्शन्स", "पिक्चर्स", "इवेंट्स", "एंटरटेनमेंट", "स्टूडियोज"}
# Business words that end a firm's own name ("शिवम ट्रैवल्स"); not the generic ones a
# phrase like "हैरिटेज होटल" or "समाचार एजेंसी" ends with.
FIRM_TITLE = normalise_token("मेसर्स")  # (M/s, before a firm's name)
FIRM_WORDS = BUSINESS_WORDS - {"होटल", "ढाबा", "रेस्टोरेंट", "एजेंसी", "फर्म", "दूल्हाघर", "कलेक्शन"}
# "देहरादून क्षेत्रीय कार्यालय": a place plus office words is that place's office,
# not a named organisation — the place is what the article names.
OFFICE_WORDS = {"क्षेत्रीय", "कार्यालय", "मुख्यालय", "शाखा", "इकाई", "प्रशासन", "दफ्तर", "ऑफिस", "प्रांतीय",
                "स्थित", "स्थानीय", "नगर", "निगम", "पालिका"}
ROLE_SUFFIXES = ("कर्मी", "कर्मियों")  # शिक्षाकर्मी, पुलिसकर्मी: roles, not names


# Adjectives the model takes into a place's span: "सीमावर्ती राजौरी", "पड़ोसी नेपाल".
PLACE_ADJECTIVES = {normalise_token(w) for w in ("सीमावर्ती", "पड़ोसी", "तटीय", "पहाड़ी", "दूरदराज", "दूर-दराज",
                                                 "नक्सल प्रभावित", "सुदूर")}


def _shape_place(words: list[str], i: int, j: int) -> tuple[int, int]:
    """Drop generic place nouns around a name; keep a landmark word that follows it."""
    if j - i >= 3 and words[i] in DIRECTION_WORDS and words[i + 1] in PLACE_GENERIC:
        i += 1  # "दक्षिणी शहर मिकोलाइव": a city described by where it lies, then named
    while i < j - 1 and (words[i] in PLACE_GENERIC or words[i] in PLACE_ADJECTIVES) \
            and not (j - i == 2 and words[j - 1] in LANDMARK_WORDS):
        i += 1  # (not "थाना चौक": a landmark word alone names nothing; "सीमावर्ती | राजौरी")
    while j > i + 1 and words[j - 1] in PLACE_GENERIC:
        j -= 1
    if j > i + 1 and words[j - 1] in ("विधानसभा", "लोकसभा") and j < len(words) and words[j] in ("क्षेत्र", "सीट"):
        j -= 1  # "फेफना विधानसभा | क्षेत्र": the constituency is the place
    if j < len(words) and (words[j] in LANDMARK_WORDS or words[j] in context.VILLAGE_SUFFIXES or (
            words[j] == context.NAGAR and (j + 1 >= len(words) or words[j + 1] in context.COLONY_AFTER))):
        j += 1  # "सहारनपुर चौक", "रामगढ़ कलां", "वैशाली नगर निवासी" (not "भोपाल नगर निगम")
    elif j < len(words) and words[j] in RIVER_WORDS:
        j += 1  # "ब्यास नदी", as written (one entity with a bare "ब्यास": _merge_rivers)
    if j - i >= 2 and words[j - 1] in NUMBERED_LANDMARKS and j < len(words) and (
            words[j].isdigit() or (words[j] == "-" and j + 1 < len(words) and words[j + 1].isdigit())):
        j += 1 if words[j].isdigit() else 2  # "वैशाली सेक्टर-4", "फेज 2"
    elif (hub_end := context.hub_after(words, j)) is not None:
        j = hub_end  # "बस्ती रेलवे स्टेशन": the station, a landmark (its town is added beside it)
    return i, j


LANDMARK_QUALIFIERS = context.VENUE_QUALIFIERS | {"हवाई"}


def _landmark_after_name(words: list[str], j: int) -> int | None:
    """The end of a landmark phrase right after a person's name at ``j``: a landmark word,
    after up to two words of what it is ("अंतरराष्ट्रीय हवाई | अड्डे", "खेल | परिसर")."""
    k = j
    while k < len(words) and k - j < 2 and words[k] in LANDMARK_QUALIFIERS:
        k += 1
    if k < len(words) and (words[k] in PERSON_LANDMARK_WORDS or (words[k] == "परिसर" and k > j)):
        return k + 1
    return None


NAMED_INSTITUTION_ENDS = INSTITUTION_WORDS | {"कारा", "जेल", "कारागार"}


def _institution_after_name(words: list[str], j: int) -> int | None:
    """The end of an institution's name after a person's name at ``j``: an abbreviation in
    brackets and up to three words of what it is, then an institution word."""
    k = j
    if k + 2 < len(words) and words[k] == "(" and words[k + 2] == ")":
        k += 3
    start = k
    while k < len(words) and k - start <= 3:
        w = words[k]
        if w in NAMED_INSTITUTION_ENDS:
            while k + 1 < len(words) and words[k + 1] in NAMED_INSTITUTION_ENDS:
                k += 1  # "… (एसएमएस) मेडिकल कॉलेज", "… मेडिकल कॉलेज अस्पताल": the name runs to its last word
            if k + 1 < len(words) and words[k + 1] in ARRIVAL_WORDS:
                return None  # (someone going to a college or hospital)
            return k + 1 if k > j else None
        if w in POSTPOSITIONS or PUNCT_RE.match(w) or w in FUNCTION_WORDS:
            return None
        k += 1
    return None


def _split_person(words: list[str], i: int, j: int) -> list[tuple[int, int, str]]:
    """Pieces (i, j, type) of a model PER span: people, and places it runs into."""
    pieces: list[tuple[int, int, str]] = []
    start, typ = i, "PERSON"
    k = i
    while k < j:
        w = words[k]
        if w in context.GENITIVES_AFTER and start < k < j - 1 and words[k + 1] != "." and k - start == 1 \
                and context.town_like(words[start]):
            # "मीनापुर के | मो. शमीम अंसारी": where the person is from, then the person (a genitive
            # is no part of a name; the initial के is written with its dot)
            pieces.append((start, k, "PLACE"))
            start, typ = k + 1, "PERSON"
            k += 1
            continue
        if (w in RELATION_WORDS or w in ALIAS_WORDS or w in RESIDENCE_WORDS or w in PLACE_GENERIC) \
                and not (w in SURNAME_GENERICS and k == j - 1 and k > start):
            if k > start:
                # "रामसाला थाना …": the name before a place noun is that place
                pieces.append((start, k, "PLACE" if w in PLACE_GENERIC else typ))
            if w in ALIAS_WORDS:
                return pieces  # the nickname after उर्फ is not a second person
            typ = "PERSON" if w in RELATION_WORDS else "PLACE"
            start = k + 1
        k += 1
    if start < j:
        pieces.append((start, j, typ))
    return pieces


def _names_a_body(span: list[str]) -> bool:
    """Is ``span`` only the genitive phrase of a body the gazetteer knows ("भाजपा के",
    "झारखंड मुक्ति मोर्चा (झामुमो) के"), or words that name nothing?"""
    covered = {k for m in gz.find_gazetteer_mentions(span) for k in range(m.start, m.end)}
    return all(k in covered or w in ("का", "की", "के", "(", ")") or not _name_word(w) for k, w in enumerate(span))


def _from_gazetteer(si: int, i: int, j: int, m) -> Candidate:
    """A candidate over tokens [i, j) that is the gazetteer match ``m``'s entry (its type,
    canonical and English names, identity and state)."""
    return Candidate(si, i, j, m.type, canonical=m.name, english=m.english, key=m.id or m.name, state=m.state,
                     from_gazetteer=True)


def _place_candidate(si: int, words: list[str], i: int, j: int) -> Candidate:
    """A place over tokens [i, j): the gazetteer's entry where it names exactly these words,
    else one found by the words around it."""
    known = [m for m in gz.find_gazetteer_mentions(words[i:j]) if m.type == gz.PLACE and m.start == 0
             and m.end == j - i]
    return _from_gazetteer(si, i, j, known[0]) if known else Candidate(si, i, j, "PLACE", from_context=True)


def _role_then_name(words: list[str], i: int, j: int) -> int | None:
    """Where the name starts in a span ``[i, j)`` that is an office (one to three words) and then a
    person's name of two or three words ending in a surname; else None."""
    for k in (3, 2, 1):
        start = i + k
        if 2 <= j - start <= 3 and gz.is_role(" ".join(words[i:start])) and words[j - 1] in context.NAME_PARTS \
                and all(_name_word(w) for w in words[start:j]):
            return start
    return None


# Ranks and offices that are also surnames: before a full name of their own, the rank.
RANKS_ALSO_SURNAMES = {"नायक", "सिपाही", "कप्तान", "मेजर", "प्रधान", "मुखिया", "पटवारी", "प्रमुख"}
# A pronoun and a copula around one word make it a predicate ("वे बहादुर थे"), not a name.
SUBJECT_PRONOUNS = {"वे", "वह", "वो", "ये", "यह", "मैं", "हम", "तुम", "आप"}
COPULAS = {"था", "थे", "थी", "थीं", "है", "हैं", "हूं", "हो", "रहे", "रहा", "रही"}


def _person_candidate(si: int, words: list[str], i: int, j: int) -> Candidate | None:
    if any(w in BUSINESS_WORDS for w in words[i:j + 1]):
        # "मेहता गारमेंट्स", "जैन बर्तन भंडार": a shop named after its owner is an organisation
        end = max(k for k in range(i, min(len(words), j + 1)) if words[k] in BUSINESS_WORDS) + 1
        while end < len(words) and words[end] in BUSINESS_WORDS:
            end += 1
        if i > 0 and words[i - 1] in context.BUSINESS_OPENERS:
            i -= 1  # "श्री गणेश मिष्ठान भंडार": the shop's name keeps its श्री
        return Candidate(si, i, end, "ORG", from_model=True)
    while i >= 2 and words[i - 1] == "." and words[i - 2] in context.LETTER_NAMES and words[i] != ".":
        i -= 2  # "के.आर. नटराजन" with the first initial left out (its के read as a postposition)
    # an abbreviated title glued to its dot: "मो. अशफाक", "डॉ. शर्मा" (an initial stays: "एस. जयशंकर")
    while j - i > 2 and words[i + 1] == "." and (words[i] in ABBREVIATIONS or gz.is_title_prefix(words[i])):
        i += 2
    while j - i > 1 and words[j - 1] in STATE_WORDS_AFTER_NAME:
        j -= 1  # "मालिक सुधीर प्रसाद फ़रार है": his state, not his name
    if j - i > 1 and words[j - 1] == AMAR and j < len(words) and words[j] in LIVE_ON:
        j -= 1  # "'सुरेंद्र सिंह अमर रहें' के नारे": the slogan's "live on", not his name
    name, roles = gz.strip_titles(words[i:j])
    if len(name) > 1 and gz.is_role(name[-1]) and gz.is_not_name(name[-1]):
        # "बोधगया थानाध्यक्ष ने बताया": an office of a place, no name at all; the place stays one
        # (a role that is also a surname, पटवारी or प्रधान, may end a name: is_not_name says no)
        rest = words[i:j - 1]
        place = next((m for m in gz.find_gazetteer_mentions(rest) if m.type == gz.PLACE and m.start == 0
                      and m.end == len(rest)), None)
        return Candidate(si, i, j - 1, "PLACE", from_model=True) if place is not None else None
    if len(name) > 2 and name[0] == words[i] and i > 0 and gz.is_role(words[i - 1] + " " + name[0]):
        roles.append(words[i - 1] + " " + name[0])  # "लांस | नायक भगत सिंह रावत": the rank's second word
        name = name[1:]
    if name[0] in RANKS_ALSO_SURNAMES and name[0] == words[i] and name[-1] in context.NAME_PARTS and (
            len(name) >= 4 or (len(name) == 3 and name[1] not in context.NAME_PARTS)):
        roles.append(name[0])  # "सेवानिवृत्त नायक भगत सिंह रावत": a rank before a full name
        name = name[1:]
    if len(name) == 1 and gz.is_title_prefix(name[0]):
        return None  # a title cut off its name ("मो" of "… के मो. शमीम")
    if len(name) == 1 and i > 0 and words[i - 1] in SUBJECT_PRONOUNS and j < len(words) and words[j] in COPULAS:
        return None  # "वे बहादुर थे": what someone is, not a name
    lead = 0
    while lead < len(name) and (name[lead] in NON_NAME_OPENERS or name[lead].endswith(ROLE_SUFFIXES) or (
            # "एसपी | मेला संजय कुमार ओझा": the office's charge after it, no part of the name
            lead == 0 and len(name) > 2 and name[0] == words[i] and name[0] in context.ROLE_QUALIFIERS
            and _role_before(words, i))):
        if name[lead].endswith(ROLE_SUFFIXES):
            roles.append(name[lead])
        lead += 1
    name = name[lead:]
    if not name or len(name) > PERSON_MAX_TOKENS:
        return None
    if len(name) == 1 and gz.is_demonym(name[0]):
        return None
    start = i + _find_sub(words[i:j], name)  # where the bare name sits in the span
    cand = Candidate(si, start, start + len(name), "PERSON", roles=roles, from_model=True)
    if cand.i == i and len(name) == 1 and cand.i > 1 and _name_word(words[cand.i - 1]) \
            and (_role_before(words, cand.i - 1) or _office_of_a_place_before(words, cand.i - 2)):
        # "प्रदेश उपाध्यक्ष अभिनव बारोलिया" with only the surname tagged: the word
        # between a role and the surname is the first name (also after an office's place:
        # "एसडीएम सदर अंकित | खंडेलवाल")
        cand.i -= 1
    elif cand.i == i and len(name) == 2 and cand.i > 1 and _name_word(words[cand.i - 1]) \
            and words[cand.i - 1] not in context.ROLE_QUALIFIERS \
            and not gz.find_gazetteer_mentions(words[cand.i - 1:cand.i]) \
            and _role_before(words, cand.i - 1) and not _office_of_a_place_before(words, cand.i - 1) \
            and not _role_before(words, cand.i):
        # "सचिव भक्त चरण दास" without the first name; but after an office of a place the
        # word is the place ("बीडीओ बिक्रमगंज राजेश कुमार", "सीओ सिटी अमित कुमार"), and a
        # word that ends an office is no first name ("नेता प्रतिपक्ष तेजस्वी यादव")
        cand.i -= 1
    elif cand.i == i and len(name) == 1 and name[0] in context.NAME_PARTS and name[0] not in context.MIDDLE_NAMES \
            and name[0] not in GIVEN_NAME_FOLLOWERS and cand.i > 0 and _name_word(words[cand.i - 1]) \
            and not words[cand.i - 1].endswith(context.COMMON_ENDINGS) and not _role_before(words, cand.i) \
            and not gz.find_gazetteer_mentions(words[cand.i - 1:cand.i]) \
            and (cand.i < 2 or words[cand.i - 2] in ("के", "की", ",", "और", "व", "तथा", "एवं")
                 or words[cand.i - 2] in NAME_INTRODUCERS or gz.is_title_prefix(words[cand.i - 2])
                 or (words[cand.i - 2] == "." and cand.i > 2 and gz.is_title_prefix(words[cand.i - 3]))
                 or _office_of_a_place_before(words, cand.i - 2)):
        # "उज्जैन के अंकित सोलंकी (21)" with only the surname tagged: the word before it is
        # the first name (after a place's genitive or in a list, where a name begins; after a
        # title, "डा. सीमा | श्रीवास्तव"; after an office's place, "एसडीएम महरौनी अंकुर | श्रीवास्तव")
        cand.i -= 1
    elif cand.i == i and len(name) == 1 and name[0] in GIVEN_NAME_FOLLOWERS and cand.i > 0 \
            and _name_word(words[cand.i - 1]) and not words[cand.i - 1].endswith(context.COMMON_ENDINGS):
        # "सरिता देवी", "गुड्डी बाई" with only the second word tagged: it never stands alone
        cand.i -= 1
    if context.surname_after(words, cand.i, cand.j, _name_word) and words[cand.j] not in STATE_WORDS_AFTER_NAME:
        cand.j += 1  # "शिक्षाकर्मी मन्नूराम | गोटा को": the rare surname the model left out
    k = cand.i  # the role may stand before a title: "विदेश मंत्री डॉ. एस. जयशंकर"
    while k >= 2 and words[k - 1] == "." and gz.is_title_prefix(words[k - 2]):
        k -= 2
    while k >= 1 and gz.is_title_prefix(words[k - 1]):
        k -= 1
    role = _office_before(words, k)
    if role is None and k >= 2 and (any(m.type == gz.PLACE and not m.ambiguous
                                        for m in gz.find_gazetteer_mentions(words[k - 1:k]))
                                    or (context.rare(words[k - 1]) and _office_of_a_place_before(words, k - 1))):
        # "डीएम सीतापुर अनुज सिंह", "एसडीएम नानपारा डॉ. अंजलि वर्मा": the office of a place
        role = _office_before(words, k - 1)
    if role and role not in cand.roles:
        cand.roles.append(role)
        # "जिलाधिकारी एवं जिला निर्वाचन अधिकारी नेहा त्रिपाठी", "केंद्रीय गृह मंत्री और भाजपा के
        # वरिष्ठ नेता X": both offices are his (the second may name its body first)
        rs = k - len(role.split())
        joint = next((c for c in range(rs - 1, max(0, rs - 9), -1) if words[c] in ("एवं", "और", "व", "तथा")), None)
        other = _office_before(words, joint) if joint is not None and joint >= 1 and _names_a_body(
            words[joint + 1:rs]) else None
        if other and other not in cand.roles:
            cand.roles.insert(0, other)
    # "फायर ऑफिसर" said, "ऑफिसर" (its tail, stripped from the span) says nothing more
    cand.roles = [r for r in cand.roles if not any(o != r and o.endswith(" " + r) for o in cand.roles)]
    if cand.i >= 2 and words[cand.i - 1] == "." and words[cand.i - 2] in MOHAMMAD_SHORT:
        # "मो. इरफान": the abbreviation is part of the name as written (not a title), though
        # the person is known by the rest ("मोहम्मद इरफान" elsewhere joins him)
        cand.shown_i = cand.i - 2
    return cand


MOHAMMAD_SHORT = {"मो", "मोह"}
# Participles after which a name begins: "पिता को लेकर आए विकास | मौर्य ने", "दुकान चलाने वाले X".
NAME_INTRODUCERS = {"आए", "आये", "लौटे", "पहुंचे", "वाले", "वाली"}


# Words of a person's state that the model may take into the name ("सुधीर प्रसाद फ़रार").
STATE_WORDS_AFTER_NAME = {"फरार", "घायल", "गिरफ्तार", "लापता", "मृत", "बरामद", "गंभीर", "सुरक्षित", "जख्मी", "झुलस",
                          "झुलसे", "झुलसी", "बेहोश", "पंचतत्व", "पंचतत्वों", "शहीद"}  # ("… पंचतत्व में विलीन": cremated)
# Second words of a name that are not a name by themselves: "सरिता देवी", "गुड्डी बाई", "राम कुमार".
GIVEN_NAME_FOLLOWERS = {"देवी", "बाई", "कुमारी", "कुमार", "बेगम", "बानो", "खातून", "प्रसाद", "लाल", "चंद"}
# Auxiliaries, common verbs and particles that may stand between a role and a name
# ("सांसद रहे शर्मा"): never a first name.
FUNCTION_WORDS = {"है", "हैं", "था", "थे", "थी", "थीं", "रहे", "रही", "रहा", "रहीं", "बने", "बनी", "बना", "गए", "गई",
                  "गया", "चुके", "चुकी", "चुका", "तो", "जो", "कि", "नहीं", "यहां", "वहां", "अब", "जब", "तब", "सभी",
                  "सब", "कई", "हुए", "हुई", "हुआ", "किया", "किए", "कर", "करते", "करने", "बनाए", "बनाया", "रहते",
                  "होने", "होते", "कहा", "बताया", "स्वयं", "खुद", "भी", "ही", "मात्र", "केवल", "लिए"}


def _association_word(w: str) -> bool:
    """Could this word be in an association's name (which is made of everyday nouns: "किसान
    संघर्ष समिति", "जिला बार एसोसिएशन")?"""
    return (len(w) > 1 and not PUNCT_RE.match(w) and not any(ch.isdigit() for ch in w)
            and w not in POSTPOSITIONS and w not in FUNCTION_WORDS and not gz.is_role(w))


@lru_cache(maxsize=100_000)
def _name_word(w: str) -> bool:
    """Could this word be part of a personal name (not a function word, title or common noun)?"""
    return (len(w) > 1 and not PUNCT_RE.match(w) and not any(ch.isdigit() for ch in w)
            and w not in POSTPOSITIONS and w not in NON_NAME_OPENERS and w not in GENERIC_WORDS
            and w not in FUNCTION_WORDS and w not in RELATION_WORDS
            and (w not in PLACE_GENERIC or w in SURNAME_GENERICS)
            and not gz.is_not_name(w) and not gz.is_role(w) and not gz.strip_titles([w])[1])


def _candidates(si: int, sent: Sentence) -> list[Candidate]:
    words = [t.norm for t in sent.tokens]
    gaz = gz.find_gazetteer_mentions(words)
    out: list[Candidate] = []
    used = [False] * len(words)
    tags = sent.ner_tags or ["O"] * len(words)

    for i, j, mtype in _model_spans(tags):
        i, j = _trim(words, i, j)
        while i < j and used[i]:
            i += 1  # (a span an earlier one was extended over: "… पंत | राष्ट्रीय … संस्थान")
        if inside := [k for k in range(i + 1, j) if words[k] in INCLUSIVE_WORDS]:
            # "गढ़मुक्तेश्वर समेत प्रदेश के घाटों पर": what a list includes, no part of a name
            j = inside[0]
            i, j = _trim(words, i, j)
        if "(" in words[i + 1:j]:
            # "भारतीय बैंक संगठन (आईबीए": the name ends at the bracket; the abbreviation
            # inside is its alias (joined by _merge_bracketed_aliases)
            j = words.index("(", i + 1)
            i, j = _trim(words, i, j)
        if i >= j:
            continue
        typ = MODEL_TYPES[mtype]
        wala_end = None
        if typ == "PLACE" and j - i == 1:
            # a village named by two words, only one of them tagged: "नगला | बसंत", "कुइयां | खेड़ा"
            if words[i] in context.VILLAGE_PREFIXES and j < len(words) and tags[j] == "O" and _name_word(words[j]):
                j += 1
            elif words[i] in context.VILLAGE_SUFFIXES and i > 0 and tags[i - 1] == "O" \
                    and _name_word(words[i - 1]) and not words[i - 1].endswith(context.COMMON_ENDINGS):
                i -= 1
        if typ == "ORG" and j - i >= 2 and words[j - 1] in UNIT_ORG_ENDS and all(
                _name_word(w) or w in WARD_NAME_WORDS for w in words[i:j - 1]):
            typ, j = "PLACE", j - 1  # "महमूदाबाद ब्लॉक", "तेतराई पंचायत": the block or village, a place
        if typ == "PERSON" and words[i] in context.MIDDLE_NAMES and i > 0 and tags[i - 1] == "O" \
                and not any(used[i - 1:i]) and _name_word(words[i - 1]) and not _office_before(words, i) \
                and words[i - 1] not in BEFORE_NAMES and not words[i - 1].endswith(context.COMMON_ENDINGS) \
                and words[i - 1] not in context.ROLE_QUALIFIERS:
            i -= 1  # "नवनीत | कौर संधू": the given name the model left out before a middle name (not "एसडीएम सदर")
        if typ == "PERSON" and (gathering := max((k for k in range(i, j - 1) if words[k] in GATHERING_NOUNS),
                                                 default=None)) is not None:
            i = gathering + 1  # "विजय जुलूस | गांधी चौक से निकला": the procession is no part of a name
        if typ == "PERSON" and i >= 2 and tags[i - 1] == "O" and not used[i - 1] and _name_word(words[i - 1]) \
                and words[i - 1] not in BEFORE_NAMES and not words[i - 1].endswith(context.COMMON_ENDINGS) \
                and not _office_before(words, i) and _office_before(words, i - 1) \
                and words[i - 1] not in context.ROLE_QUALIFIERS and not any(m.start <= i - 1 < m.end for m in gaz) \
                and not (_office_of_a_place_before(words, i - 1) and (
                    words[i - 1].endswith(context.PLACE_NAME_ENDINGS) or context.rare(words[i - 1]))) \
                and not (j - i >= 3 and words[i + 1] in context.MIDDLE_NAMES and context.town_like(words[i - 1])):
            # (nor a town-like word before a name already whole: "एफएसओ पनकी | विनोद कुमार यादव")
            # (after an office of a place a rare word is likelier the place: "एसडीएम महमूदाबाद | …")
            i -= 1  # "जिलाधिकारी प्रभात | रंजन सिन्हा": the given name after an office, left out
        if typ == "PERSON" and i >= 2 and tags[i - 1] == "O" and not used[i - 1] and _name_word(words[i - 1]) \
                and (words[i - 1] in EVERYDAY_GIVEN_NAMES or context.rare(words[i - 1], context.PERSON_RANK)) \
                and not gz.is_title_prefix(words[i - 1]) and (
                    gz.is_title_prefix(words[i - 2]) or (words[i - 2] == "." and gz.is_title_prefix(words[i - 3]))):
            i -= 1  # "डॉ. विकास | आनंद": after a title, the given name the model left out
        if typ == "PERSON" and i >= 2 and words[i - 1] == "जो" and tags[i - 1] == "O" \
                and words[i - 2] in ("राष्ट्रपति", "उपराष्ट्रपति", "सीनेटर"):
            i -= 1  # "राष्ट्रपति जो | बाइडन": after a president's title, जो is a given name, not "who"
        if typ == "PERSON" and j - i >= 3 and words[j - 2] in WOMENS_NAME_ENDS and context.rare(words[j - 1]) \
                and words[j - 1] not in context.NAME_PARTS and j < len(words) and words[j] in ("और", "से", "सीट"):
            # "राबड़ी देवी | राघोपुर और सोनपुर से हार गईं": her seat after her name
            out.append(_place_candidate(si, words, j - 1, j))
            used[j - 1] = True
            j -= 1
        if typ == "PERSON" and j - i > 1 and words[j - 1] in PERSON_LANDMARK_WORDS:
            typ = "PLACE"  # "गांधी प्रतिमा", "अंबेडकर पार्क": a landmark named after a person
        elif typ == "PERSON" and j + 1 < len(words) and words[j] in ("वाला", "वाली") and (
                words[j + 1] in PLACE_GENERIC or words[j + 1] in context.BLOCK_WORDS or words[j + 1] in (
                    "में", "से", "के", "की", "का", "निवासी", "क्षेत्र")):
            typ, j, wala_end = "PLACE", j + 1, j + 1  # "निहाल सिंह वाला ब्लॉक": Punjab's towns named "X वाला"
        elif typ == "PERSON" and j + 1 < len(words) and words[j] in LOCALITY_AFTER_NAME \
                and words[j + 1] not in TOWN_BODY_WORDS:
            # "अशोक नगर थाना", "राजीव गांधी नगर में": a locality named after someone (not "नगर
            # निगम", a town's body)
            typ, j = "PLACE", j + 1
        elif typ == "PERSON" and (landmark_end := _landmark_after_name(words, j)) is not None:
            # "नरेंद्र मोदी स्टेडियम" with only the name tagged, "इंदिरा गांधी अंतरराष्ट्रीय हवाई
            # अड्डे", "राजीव गांधी खेल परिसर"
            typ, j = "PLACE", landmark_end
        elif typ == "PERSON" and j - i > 1 and words[j - 1] in INSTITUTION_WORDS:
            typ = "ORG"  # "सरस्वती हॉस्पिटल", "लाल बहादुर शास्त्री कॉलेज": named after someone
        elif typ == "PERSON" and j - i > 1 and (inst_end := _institution_after_name(words, j)) is not None:
            # "जवाहरलाल नेहरू (जेएलएन) अस्पताल", "गोविंद बल्लभ पंत राष्ट्रीय हिमालयी पर्यावरण संस्थान",
            # "शहीद खुदीराम बोस केंद्रीय कारा": an institution named after someone, its words between
            typ, j = "ORG", inst_end
        elif typ == "PERSON" and j < len(words) and words[j] in INSTITUTION_WORDS and not (
                j + 1 < len(words) and words[j + 1] in ARRIVAL_WORDS):
            typ, j = "ORG", j + 1  # (not "नवनीत कौर संधू | अस्पताल पहुंचे": she went to hospital)
        elif typ == "PERSON" and j + 1 < len(words) and words[j + 1] in INSTITUTION_WORDS and (
                words[j] in context.NAME_PARTS or words[j] in MEMORIAL_WORDS) and not _office_before(words, i) \
                and not (j + 2 < len(words) and words[j + 2] in ARRIVAL_WORDS):
            # "लाल बहादुर | शास्त्री अस्पताल" (the surname left out), "सोनम नुरबू मेमोरियल अस्पताल"
            # (not "एसएसपी नवनीत कौर संधू अस्पताल पहुंचे": an officer, going to hospital)
            typ, j = "ORG", j + 2
        if typ == "ORG":
            while j - i > 2 and words[i] in ORG_KIND_WORDS:
                i += 1  # "ब्रोकरेज फर्म | पारेख कैपिटल": what kind of body it is, not its name
        if typ == "PLACE" and j - i >= 2 and words[j - 1] in HOSPITAL_AND_COLLEGE_WORDS:
            typ = "ORG"  # "सफ़दरजंग अस्पताल", "राजेंद्र मेडिकल कॉलेज": a named hospital or college is a body
        if typ == "ORG" and words[j - 1] in HOSPITAL_AND_COLLEGE_WORDS and i > 0 and tags[i - 1] == "O" \
                and not used[i - 1] and context.is_abbreviation(words[i - 1]) and len(words[i - 1]) > 1:
            i -= 1  # "जेके | लोन अस्पताल": the initials the model left out of a hospital's name
        if typ == "PLACE" and words[j - 1] not in FACILITY_WORDS and any(
                len(inst) < j - i and tuple(words[j - len(inst):j]) == inst for inst in PLACE_INSTITUTIONS):
            typ = "ORG"  # "खाटूश्यामजी नगर पालिका": a town's body, all of it a place to the model
        if typ in ("PLACE", "PERSON") and j - i >= 2 and words[j - 1] in FIRM_WORDS \
                and i > 0 and words[i - 1] == FIRM_TITLE and tags[i - 1] == "O" and not used[i - 1]:
            typ, i = "ORG", i - 1  # "मेसर्स | दुर्गा ट्रेडर्स": a firm, by its title (M/s)
        if (MODEL_TYPES[mtype] == "PERSON" and typ != "PERSON" or typ == "ORG" and words[j - 1] in INSTITUTION_WORDS) \
                and i > 0 and words[i - 1] in NAMESAKE_HONORIFICS and tags[i - 1] == "O" and not used[i - 1]:
            # (also a hospital the model found without it: "सर | गंगाराम अस्पताल")
            i -= 1  # "गुरु | तेग बहादुर अस्पताल": the honorific is part of the name of what is named after him
        if typ in ("PERSON", "ORG") and j - i >= 2 and (
                words[j - 1] in ("उपचुनाव", "चुनाव") or (
                    words[j - 1] in ("विधानसभा", "लोकसभा") and j < len(words)
                    and words[j] in ("सीट", "उपचुनाव", "चुनाव", "क्षेत्र"))):
            # "चंदनपुर उपचुनाव", "चंदनपुर विधानसभा सीट": a constituency, named before its election
            typ, j = "PLACE", j - 1
        if typ == "PLACE" and i > 0 and words[i - 1] == context.RESIDENT and context.aged_at(words, j):
            typ = "PERSON"  # "सुजानगढ़ निवासी कैलाश प्रजापत (29)": the resident, named with his age
        if typ == "PERSON" and j - i <= 2 and (_office_of_place_after(words, j) or _lives_there_after(words, j)):
            typ = "PLACE"  # "मिकोलाइव के गवर्नर", "बेरी से कांग्रेस विधायक": the place the office is of
        if typ == "PLACE" and i > 0 and (words[i - 1] in RELATION_WORDS or words[i - 1] == "माता") and j - i >= 2:
            k = j
            while k > i + 2 and words[k - 1] in PLACE_GENERIC:
                k -= 1
            if context._name_part(words[k - 1]) and not any(
                    m.type == gz.PLACE and m.start < k and m.end > i for m in gaz):
                # "अंकित के पिता शिवनाथ राजभर | गांव में": a relative named with a surname, not a place
                typ, j = "PERSON", k
        if typ == "PERSON" and context.dateline_place(words, i, _name_word) == (i, j) \
                and not (j - i > 1 and words[j] == ":"):
            # "चंदनपुर, जागरण संवाददाता।": the dateline's town, not a person; but two words the
            # model calls a person before a colon open a headline ("विनेश फोगाट: वज़न …")
            typ = "PLACE"
        if typ == "PERSON" and context.address_place_span(words, i, j):
            typ = "PLACE"  # "निवासी लालीपुर थाना …": a village the model took for a person
            while j < len(words) and words[j] in context.VILLAGE_SUFFIXES:
                j += 1
        if typ == "PERSON" and j - i >= 3 and (inner := _office_inside(words, i, j)) is not None:
            # "बांसडीह कोतवाल संजय त्रिपाठी": a place, its office, then the name, in one model span
            role_start, name_start = inner
            if context.rare(words[i]) and all(_name_word(w) for w in words[i:role_start]):
                out.append(_place_candidate(si, words, i, role_start))
                used[i:role_start] = [True] * (role_start - i)
            i = name_start
        lead_place = None
        if typ == "PERSON" and j - i >= 3 and _role_before(words, i):
            # "एसडीएम महमूदाबाद अंकिता सिंह": an office, the place it is of, then the name
            lead_place = next((m for m in gaz if m.start == i and m.type == gz.PLACE and not m.ambiguous
                               and j - m.end >= 2 and words[m.end] not in context.MIDDLE_NAMES), None)
            # (not "मुख्यमंत्री पुष्कर सिंह धामी": no name starts with सिंह, so पुष्कर is his)
        lead_end = lead_place.end if lead_place is not None else None
        if lead_end is None and typ == "PERSON" and j - i == 3 and context._name_part(words[j - 1]) \
                and words[i + 1] not in context.MIDDLE_NAMES and (
                    words[i].endswith(context.PLACE_NAME_ENDINGS) or words[i + 1] in EVERYDAY_GIVEN_NAMES) \
                and _office_of_a_place_before(words, i):
            lead_end = i + 1  # "एसडीएम महमूदाबाद अंकिता सिंह": after an office of a place, the place
        if lead_end is not None:
            pieces = [(i, lead_end, "PLACE")] + _split_person(words, lead_end, j)
        else:
            pieces = _split_person(words, i, j) if typ == "PERSON" else [(i, j, typ)]
        if typ == "ORG" and "स्थित" in words[i + 1:j - 1]:
            # "बैंकॉक स्थित संगठन": the place a body is based in, then the body (dropped below
            # when it is only a generic word)
            k = words.index("स्थित", i + 1)
            pieces = [(i, k, "PLACE"), (k + 1, j, "ORG")]
        if typ in ("ORG", "PLACE") and any(w in LANDMARK_WORDS for w in words[i:j - 1]) or (
                typ == "ORG" and words[j - 1] in PLACE_HEAD_WORDS):
            # "इंदिरा कॉलोनी कालसी": a colony and its town, not an organisation (nor one place)
            k = next(k for k in range(i, j) if words[k] in PLACE_HEAD_WORDS)
            while k + 1 < j and words[k + 1] in PLACE_HEAD_WORDS:
                k += 1  # "सरस्वती विहार कॉलोनी": a colony named after its vihar is one place
            pieces = [(i, k + 1, "PLACE")] + ([(k + 1, j, "PLACE")] if k + 1 < j else [])
        if pieces == [(i, j, "PLACE")] and j - i == 3 and words[i + 1] == "-" and not any(
                m.start == i and m.end == j for m in gaz) and all(
                context.town_like(w) or any(m.start == x and m.end == x + 1 and m.type == gz.PLACE for m in gaz)
                for x, w in ((i, words[i]), (i + 2, words[i + 2]))):
            pieces = [(i, i + 1, "PLACE"), (i + 2, j, "PLACE")]  # "सियागंज-मल्हारगंज": two towns named together
        if pieces == [(i, j, "PLACE")] and (river := next(
                (g for g in range(i + 1, j - 1) if words[g] in RIVER_WORDS), None)) is not None:
            pieces = [(i, river + 1, "PLACE"), (river + 1, j, "PLACE")]  # "ब्रह्मपुत्र नदी | जोरहाट के …"
        if pieces == [(i, j, "PLACE")]:
            inner = [g for g in range(i + 1, j - 1) if words[g] in ("के", "की", "का")]
            if inner:
                # "तिलहर के गांधी चौक", "कुसुमखेड़ा की गणेश कॉलोनी": a place in a place, two places
                pieces = [(i, inner[0], "PLACE"), (inner[0] + 1, j, "PLACE")]
        for pi, pj, ptyp in pieces:
            pi, pj = _trim(words, pi, pj)
            if pi >= pj:
                continue
            if ptyp == "PLACE" and wala_end is not None and pj == wala_end - 1:
                pj = wala_end  # (वाला is the town's own word here, no postposition)
            if ptyp == "PLACE":
                pi, pj = _shape_place(words, pi, pj)
            inside = [m for m in gaz if m.start < pj and m.end > pi]
            uncovered = [k for k in range(pi, pj) if not any(m.start <= k < m.end for m in inside)
                         and not PUNCT_RE.match(words[k])]
            named_rest = [k for k in uncovered if words[k] not in OFFICE_WORDS and words[k] not in GENERIC_WORDS
                          and words[k] not in PLACE_GENERIC]
            if ptyp == "PERSON" and inside and all(m.type == gz.PLACE and m.ambiguous for m in inside):
                inside = []  # वैशाली, रोहिणी: names of people as well as places; the model says person
            if ptyp == "PLACE" and len(inside) == 1 and inside[0].type == gz.PLACE and named_rest \
                    and all(words[k] in DIRECTION_WORDS for k in named_rest):
                # "पश्चिमी राजस्थान": the region, and the place it is part of (the gold lists
                # बर्मा for "पश्चिमी बर्मा", the region itself as optional)
                m = inside[0]
                out.append(_from_gazetteer(si, m.start, m.end, m))
            if inside and not (ptyp in ("PERSON", "PLACE", "ORG") and all(m.type == gz.PLACE for m in inside)
                               and named_rest):
                # The gazetteer knows these words: its party/place/alliance
                # reading wins, unless the model's span is longer and the
                # gazetteer only saw a place inside it (सहारनपुर चौक, मोदी नगर).
                continue
            if ptyp == "ORG" and _is_country_name(words[pi:pj], inside, named_rest, words):
                ptyp = "PLACE"  # "सेन्ट्रल अफ्रीकी रिपब्लिक", "पश्चिमी जर्मनी": a state, not a body
            if ptyp == "PERSON" and pi > 0 and words[pi - 1] in NAME_INITIALS and not used[pi - 1] and (
                    pi == 1 or (PUNCT_RE.match(words[pi - 2]) and words[pi - 2] != ")")
                    or words[pi - 2] in INITIAL_OPENERS or gz.is_role(words[pi - 2])):
                # (not "आम आदमी पार्टी (आप) के | अमित डागा": the genitive of the party in brackets)
                pi -= 1  # "केंद्रीय मंत्री जी | किशन रेड्डी", "सांसद एम | प्रभाकरन": an initial left out
            elif ptyp == "PERSON" and pi > 0 and not used[pi - 1] and context.is_abbreviation(words[pi - 1]) \
                    and words[pi - 1] not in NAME_INITIALS \
                    and not gz.is_role(words[pi - 1]) and not any(m.start == pi - 1 for m in gaz):
                pi -= 1  # "केएल | राहुल": initials written as one word (not an office, एसपी, or a body)
            if ptyp == "PERSON" and pj - pi >= 3 and _office_of_a_place_before(words, pi) \
                    and _role_before(words, pi).split()[-1] not in ("विधायक", "सांसद") \
                    and words[pi + 1] not in context.MIDDLE_NAMES and (
                        any(m.type == gz.PLACE and m.start == pi and m.end == pi + 1 and not m.ambiguous
                            for m in inside)
                        # (or an unknown town before a full name: "थानाध्यक्ष तंबौर | प्रदीप कुमार राय")
                        or (pj - pi in (3, 4) and words[pi + 2] in GIVEN_NAME_FOLLOWERS
                            and words[pi] not in EVERYDAY_GIVEN_NAMES and context.town_like(words[pi]))) \
                    and words[pj - 1] in context.NAME_PARTS | context.MIDDLE_NAMES | context.EVERYDAY_GIVEN_NAMES:
                # "डीएसपी थानेसर | सुभाष चंद्र", "एसीपी लोनी | अजय सिंह चौहान": the office's place, then
                # the officer, taken as one name
                out.append(_place_candidate(si, words, pi, pi + 1))
                used[pi] = True
                pi += 1
            if ptyp == "PERSON":
                cand = _person_candidate(si, words, pi, pj)
                if cand is None:
                    continue
                if lead_end is not None and not cand.roles:
                    cand.roles.append(_role_before(words, i))  # the office of "डीएम सीतापुर अनुज सिंह"
            elif ptyp == "ORG" and (name_start := _role_then_name(words, pi, pj)) is not None:
                # "एसपी सिटी अंकिता त्यागी" taken whole for a body: an office, then the one holding it
                cand = _person_candidate(si, words, name_start, pj)
                if cand is None:
                    continue
                cand.roles.append(" ".join(words[pi:name_start]))
            else:
                if ptyp == "ORG" and pj - pi >= 2 and words[pj - 1] in PARTY_HEADS:
                    ptyp = "PARTY"  # "राष्ट्रीय स्वतंत्र पार्टी": a party the data file does not know
                cand = Candidate(si, pi, pj, ptyp, from_model=True)
            out.append(cand)
            for k in range(cand.i, cand.j):
                used[k] = True

    for m in gaz:
        if any(used[m.start:m.end]):
            continue
        if _not_the_named_thing(words, m):
            continue
        if m.ambiguous and not any(t != "O" for t in tags[m.start:m.end]) \
                and not (m.type == gz.PLACE and _said_to_be_a_place(words, m, gaz)) \
                and not (m.kind == "police" and _said_to_be_a_force(words, m)):
            continue  # an everyday word unless the model also saw a name here, or "धार जिले"
        if m.type == gz.PLACE and m.end - m.start == 1 and gz.is_demonym(words[m.start]):
            continue
        if m.type == gz.PLACE and m.end - m.start == 1 and m.end < len(words) and words[m.end] in WOMENS_NAME_ENDS \
                and not any(used[m.start:m.end + 1]) and not (
                    m.end + 1 < len(words) and words[m.end + 1] in MONUMENT_WORDS):
            # "गंगा देवी घायल हो गईं": a woman named after the river (not "विंध्यवासिनी देवी मंदिर")
            out.append(Candidate(si, m.start, m.end + 1, "PERSON", from_context=True))
            continue
        if m.type == gz.PLACE:
            i, j = _shape_place(words, m.start, m.end)
            if j > m.end and not any(used[m.end:j]):
                # a landmark named after the place: its own entity, not the city
                out.append(Candidate(si, i, j, "PLACE", from_model=False, from_gazetteer=True))
                continue
        start = m.start
        if m.type == gz.ORG and start > 0 and words[start - 1] == "केंद्रीय" and not used[start - 1] \
                and words[m.end - 1] in ("मंत्रालय", "विभाग"):
            start -= 1  # "केंद्रीय | आवास एवं शहरी कार्य मंत्रालय": the ministry as the text names it
        out.append(_from_gazetteer(si, start, m.end, m))
    out = _join_place_and_institution(si, words, out)
    out = [_bodies_of_institutions(words, c) for c in out]
    taken = {k for c in out for k in range(c.i, c.j)}
    for c in list(out):
        if c.type != "PLACE":
            continue
        k = c.i
        while k > 0 and words[k - 1] in CITY_HALVES and k - 1 not in taken:
            k -= 1
        if k >= 2 and tuple(words[k - 2:k]) in (("नगर", "निगम"), ("नगर", "परिषद")) and not taken & {k - 2, k - 1}:
            # "नगर निगम कोटा दक्षिण", "नगर निगम ग्रेटर जयपुर": the corporation named after its city
            # (and its half), as Rajasthan and Chhattisgarh write it; the city stays a place
            j = c.j
            while j < len(words) and words[j] in CITY_HALVES and j not in taken:
                j += 1
            out.append(Candidate(si, k - 2, j, "ORG", from_context=True))
            taken.update(range(k - 2, j))
    for n, c in enumerate(out):
        if c.type == "ORG" and words[c.j - 1] in BROADCASTERS and c.j < len(words) \
                and words[c.j] in LANGUAGE_SERVICES and c.j not in taken:
            # "बीबीसी उर्दू", "बीबीसी नेपाली": a broadcaster's language service, as the text names it
            out[n] = Candidate(si, c.i, c.j + 1, "ORG", from_model=c.from_model, from_context=True)
    for n, c in enumerate(out):
        if c.type == "ORG" and c.j < len(words) and words[c.j] in COLONY_WORDS:
            # "हाउसिंग बोर्ड कॉलोनी": a colony named after the body that built it is a place
            out[n] = Candidate(si, c.i, c.j + 1, "PLACE", from_model=c.from_model, from_context=True)
    taken = {k for c in out for k in range(c.i, c.j)}
    for n, c in enumerate(out):
        end = _org_named_after_place(words, c, taken)
        if end is not None:
            # "झारखंड जन अधिकार मंच", "बुंदेलखंड जल मंच": a body named after its region
            out[n] = Candidate(si, c.i, end, "ORG", from_model=c.from_model, from_context=True)
            taken.update(range(c.j, end))
    place_ends = {x.i: x.j for x in out if x.type == "PLACE"}
    out = [c for c in out if not _names_a_train(words, c, place_ends)]
    out = [_station_of_its_police(words, _team_of_place(si, words, c)) for c in out]
    out = _hospitals_of_bodies(si, words, out)
    person_spans = {x.i: x.j for x in out if x.type == "PERSON"}
    # (a city right after an office named by it is that office's city, joined to it by
    # _offices_in_cities: "मौसम केंद्र जयपुर के निदेशक")
    city_office_ends = {x.j for x in out if x.type == "ORG" and words[x.j - 1] in CITY_OFFICE_HEADS}
    for n, c in enumerate(out):
        if c.j - c.i == 1 and c.type in ("PERSON", "PLACE") and c.j + 1 < len(words) \
                and words[c.j] in ("के", "की", "का") and words[c.j + 1] in INSTITUTION_OFFICES \
                and not (c.type == "PLACE" and c.i in city_office_ends):
            # "रिम्स के अधीक्षक": what has a superintendent is an institution
            out[n] = Candidate(si, c.i, c.j, "ORG", from_model=c.from_model, from_context=True)
        elif c.type == "PERSON" and c.j - c.i == 1 and c.j + 1 < len(words) and words[c.j] in ("के", "की") \
                and words[c.j + 1] in JURISDICTION_OFFICES and not (
                    c.j + 2 < len(words) and words[c.j + 2].startswith("बन")):
            # "महमूदाबाद के थानाध्यक्ष", "बेनीपट्टी के एसडीपीओ": an office of a place
            out[n] = Candidate(si, c.i, c.j, "PLACE", from_model=c.from_model, from_context=True)
        elif c.type == "PERSON" and c.j - c.i == 1 and _origin_of_person(words, c, person_spans):
            # "डोरंडा की 54 वर्षीय शांति देवी": where the person named next is from
            out[n] = Candidate(si, c.i, c.j, "PLACE", from_model=c.from_model, from_context=True)
    taken = {k for c in out for k in range(c.i, c.j)}
    for n, c in enumerate(out):
        if c.type == "PLACE" and c.j - c.i == 1 and context.age_before(words, c.i):
            # "चार वर्षीय कृष्णा की": after an age, a name that is also a place is the child
            out[n] = Candidate(si, c.i, c.j, "PERSON", from_model=c.from_model, from_context=True)
        elif c.j - c.i == 1 and c.type in ("PERSON", "PLACE") and not c.from_gazetteer \
                and (words[c.i] in context.NAME_PARTS or (
                    # (any surname after an age: "24 वर्षीय छात्र अंकित | राज")
                    c.type == "PERSON" and c.i >= 2 and (context.age_before(words, c.i - 1)
                                                         or context.age_before(words, c.i - 2)))) \
                and c.i > 0 and c.i - 1 not in taken \
                and _name_word(words[c.i - 1]) and (context.rare(words[c.i - 1])
                                                    or words[c.i - 1] in EVERYDAY_GIVEN_NAMES):
            # a surname alone, after the given name the model left out: "विकास | शर्मा",
            # "कालूराम | मीणा" (which it took for a place)
            out[n] = Candidate(si, c.i - 1, c.j, "PERSON", from_model=c.from_model, from_context=True)
            taken.add(c.i - 1)
        elif c.j - c.i == 1 and c.type == "PLACE" and c.i > 1 and c.i - 1 not in taken \
                and _name_word(words[c.i - 1]) and context.rare(words[c.i - 1], context.PERSON_RANK) \
                and not words[c.i - 1].endswith(context.COMMON_ENDINGS) and _role_before(words, c.i - 1):
            # "कांग्रेस जिलाध्यक्ष रामनिवास | ढाका": after an office and a given name, a surname
            # that is also a town (ढाका, सागर, बरेली) is the office holder's
            out[n] = Candidate(si, c.i - 1, c.j, "PERSON", from_model=c.from_model, from_context=True)
            taken.add(c.i - 1)
    out = _surname_taken_for_a_place(si, words, out)
    out = _retype_listed_places(si, words, out)
    out = _join_cut_names(si, words, out)
    everyday_places = {m.start for m in gaz if m.type == gz.PLACE and m.ambiguous and m.end - m.start == 1}
    out += _context_candidates(si, words, out, everyday_places)
    out = _highways(si, words, out, gaz)
    out = _protected_areas(si, words, out)
    out = [_government_of(c, words) for c in out]
    out = [_place_of_an_office(si, c, words) for c in out]
    out = [c for c in out if _acceptable(c, words)]
    taken = {k for c in out for k in range(c.i, c.j)}
    for n, c in enumerate(out):
        if c.type == "ORG" and c.j - c.i >= 2 and words[c.j - 1] == "सरकार" and c.i > 0 \
                and c.i - 1 not in taken and words[c.i - 1] in NAME_OPENING_WORDS:
            # "योगी | आदित्यनाथ सरकार": the head's whole name, as the press writes it
            out[n] = Candidate(si, c.i - 1, c.j, "ORG", from_model=c.from_model, from_context=True)
    out = _fire_stations(si, words, out)
    out = _offices_in_cities(words, out)
    out = _numbered_units(words, out)
    out = _bodies_before_abbreviations(si, words, out)
    out = _departments(si, words, out)
    out = _bodies_of_foreign_states(si, words, out)
    out = _court_names(si, words, out)
    out = _aged_people(si, words, out)
    out = _with_their_shri(words, out)
    out = _seers_without_swami(words, out)
    out = _villages_of_residents(si, words, out)
    out = [c for c in out if not (c.type == "PLACE" and c.j - c.i == 1 and words[c.i] in RAIL_SECTION_WORDS)]
    return (out + _places_named_in_orgs(si, words, out) + _towns_of_hubs(si, words, out)
            + _towns_of_rail_sections(si, words, out)
            + _police_stations(si, words, out)
            + _heads_named_in_governments(si, words, out) + _forces_of_countries(si, words, out))


def _villages_of_residents(si: int, words: list[str], cands: list[Candidate]) -> list[Candidate]:
    """Between "गांव" and "निवासी" stands one village's name, however many places were found in
    it: "गांव नंगला फतेहपुर निवासी शाहनवाज" is the village नंगला फतेहपुर (फतेहपुर alone is also
    a district)."""
    out = cands
    for k, w in enumerate(words):
        if w not in context.VILLAGE_WORDS_BEFORE_LIST:
            continue
        end = next((e for e in range(k + 3, min(len(words), k + 5)) if words[e] == context.RESIDENT), None)
        if end is None or not all(_name_word(x) for x in words[k + 1:end]):
            continue
        inside = {id(c) for c in out if k < c.i and c.j <= end}
        if len(inside) < 2 or any(c.type != "PLACE" for c in out if id(c) in inside) \
                or any(c.i < end and c.j > k + 1 and id(c) not in inside for c in out):
            continue
        out = [c for c in out if id(c) not in inside] + [Candidate(si, k + 1, end, "PLACE", from_context=True)]
    return out


SHRI = normalise_token("श्री")
# Heads of a place that is a building a श्री may open: "श्री महाकालेश्वर मंदिर", "श्री कल्याण
# राजकीय महाविद्यालय".
SHRI_PLACE_HEADS = MONUMENT_WORDS | {normalise_token(w) for w in ("मठ", "धाम", "महाविद्यालय", "ठाकुरबाड़ी")}


def _with_their_shri(words: list[str], cands: list[Candidate]) -> list[Candidate]:
    """An institution's name keeps the श्री it opens with ("श्री कल्याण राजकीय अस्पताल", "श्री
    साईबाबा संस्थान ट्रस्ट"): it is part of the name, not a person's title."""
    taken = {k for c in cands for k in range(c.i, c.j)}
    out = []
    for c in cands:
        if c.i > 0 and words[c.i - 1] == SHRI and c.i - 1 not in taken and (
                c.type == "ORG" or (c.type == "PLACE" and words[c.j - 1] in SHRI_PLACE_HEADS)):
            c = replace(c, i=c.i - 1)
        out.append(c)
    return out


# A seer's name: "स्वामी प्रज्ञानंद गिरि", "स्वामी चिदानंद सरस्वती" (the order's name ends it, or the
# given name ends in -आनंद); there स्वामी is a title, as in the guidelines, not part of the name
# the way it is in "स्वामी प्रसाद मौर्य".
SWAMI = normalise_token("स्वामी")
SEER_ORDER_NAMES = {normalise_token(w) for w in ("गिरि", "गिरी", "पुरी", "भारती", "सरस्वती", "तीर्थ", "अरण्य", "आश्रम")}


def _seers_without_swami(words: list[str], cands: list[Candidate]) -> list[Candidate]:
    """A seer's स्वामी is a title, kept as a role: "स्वामी प्रज्ञानंद गिरि" is प्रज्ञानंद गिरि."""
    out = []
    for c in cands:
        if c.type == "PERSON" and c.j - c.i >= 2 and words[c.i] == SWAMI and (
                words[c.j - 1] in SEER_ORDER_NAMES or words[c.i + 1].endswith("नंद")):
            c = replace(c, i=c.i + 1, roles=list(c.roles) + ["स्वामी"])
        elif c.type == "PERSON" and c.j - c.i == 1 and words[c.i] == SWAMI:
            continue  # (the title alone, cut off a name the model split)
        out.append(c)
    return out


# A stretch of railway line, named by the towns at its ends: "कटिहार-बरौनी रेलखंड".
RAIL_SECTION_WORDS = {normalise_token(w) for w in ("रेलखंड", "रेलखंडों", "सेक्शन")}


def _towns_of_rail_sections(si: int, words: list[str], cands: list[Candidate]) -> list[Candidate]:
    """The towns a stretch of line is named by are places themselves, each one
    ("कटिहार-बरौनी रेलखंड": कटिहार, बरौनी); the stretch stays a place too."""
    out = []
    for c in cands:
        if c.type != "PLACE" or words[c.j - 1] not in RAIL_SECTION_WORDS or "-" not in words[c.i:c.j - 1]:
            continue
        start = c.i
        for k in range(c.i, c.j):
            if words[k] == "-" or k == c.j - 1:
                if start < k and not any(x.type == "PLACE" and (x.i, x.j) == (start, k) for x in cands):
                    out.append(_place_candidate(si, words, start, k))
                start = k + 1
    return out


def _surname_taken_for_a_place(si: int, words: list[str], cands: list[Candidate]) -> list[Candidate]:
    """"कांग्रेस जिलाध्यक्ष सुनील | गढ़वाल ने आरोप लगाया", "सरपंच ओमप्रकाश | ढाका को सूचना दी": an
    office holder's given name, then a one-word place that acts or is told, is his whole name (a
    place he went to is no agent: "डीएम सुनील बस्ती पहुंचे"; nor after an office of a place:
    "एसडीएम सदर | ...")."""
    by_start = {c.i: c for c in cands}
    joined: set[int] = set()
    out = []
    for c in cands:
        if id(c) in joined:
            continue
        nxt = by_start.get(c.j)
        if c.type == "PERSON" and c.j - c.i == 1 and nxt is not None and nxt.type == "PLACE" \
                and nxt.j - nxt.i == 1 and nxt.j < len(words) and words[nxt.j] in ("ने", "को") \
                and _role_before(words, c.i) and not _office_of_a_place_before(words, c.i):
            out.append(Candidate(si, c.i, nxt.j, "PERSON", roles=c.roles, from_model=c.from_model,
                                 from_context=True))
            joined.add(id(nxt))
            continue
        out.append(c)
    return out


def _aged_people(si: int, words: list[str], cands: list[Candidate]) -> list[Candidate]:
    """A name followed by an age in brackets is a person's, whatever it was taken for: "रामकली
    साकेत (67)" (साकेत is also a place), "गांव नई बसई का मुबारिक (31)"; a span running from a
    village through निवासी to the name is the village and the resident ("रहेड़ा निवासी साहिल (24)")."""
    taken = {k for c in cands for k in range(c.i, c.j)}
    out = []
    for c in cands:
        # (an "organisation" too when it runs through निवासी: "पलवल निवासी सतपाल (46)")
        resident_span = c.type == "ORG" and context.RESIDENT in words[c.i:c.j]
        if (c.type != "PLACE" and not resident_span) or not context.aged_at(words, c.j) or c.j - c.i > 4:
            out.append(c)
            continue
        i = c.i
        if context.RESIDENT in words[c.i:c.j]:
            r = words.index(context.RESIDENT, c.i)
            out.append(Candidate(si, c.i, r, "PLACE", from_model=c.from_model, from_context=True))
            i = r + 1
        elif c.j - c.i > 2:
            out.append(c)
            continue
        elif i > 0 and i - 1 not in taken and _name_word(words[i - 1]) and (
                context.rare(words[i - 1], context.PERSON_RANK) or words[i - 1] in EVERYDAY_GIVEN_NAMES):
            i -= 1  # "रामकली | साकेत (67)": the given name the model left out
        if i < c.j:
            out.append(Candidate(si, i, c.j, "PERSON", from_model=c.from_model, from_context=True))
    return out


# Heads of a state's ministries and departments: India's, unless a foreign state is named with them.
STATE_BODY_HEADS = {"मंत्रालय", "विभाग", "दूतावास"}
HOME_COUNTRY = {"भारत", "इंडिया", "हिंदुस्तान", "हिन्दुस्तान"}


COURT_HEADS = {"अदालत", "न्यायालय", "कोर्ट"}
# Words that name which court: "न्यायिक प्रथम श्रेणी मजिस्ट्रेट अदालत", "आर्थिक अपराध मामलों की विशेष अदालत".
COURT_DESCRIPTORS = {normalise_token(w) for w in (
    "न्यायिक", "मजिस्ट्रेट", "प्रथम", "द्वितीय", "श्रेणी", "विशेष", "जिला", "सत्र", "एवं", "व", "अपर", "मुख्य",
    "सीजेएम", "एसीजेएम", "एसडीएम", "पॉक्सो", "पोक्सो", "फास्ट", "ट्रैक", "फास्टट्रैक", "परिवार", "उपभोक्ता",
    "सिविल", "आर्थिक", "अपराध", "अपराधों", "मामलों", "एमपीआईडी", "सीबीआई", "एनआईए", "ईडी", "पीएमएलए", "एनडीपीएस",
    "एससी-एसटी", "एससी/एसटी", "भ्रष्टाचार", "निवारण", "किशोर", "न्याय", "बोर्ड", "लोक", "अदालत", "ग्राम",
    "राजस्व", "तहसील", "कुटुंब", "पारिवारिक", "वाणिज्यिक", "श्रम", "उपभोक्ता", "फोरम", "ड्यूटी", "रेलवे",
    "एसीबी", "सतर्कता", "विजिलेंस", "न्यायाधीश", "लोकायुक्त", "ईओडब्ल्यू", "मेट्रोपॉलिटन", "महानगर", "उपमंडल",
    "अनुमंडल", "अनुमंडलीय", "दंडाधिकारी")}
# What a court's name may take a genitive after: the cases it hears, the judge who sits in it.
COURT_GENITIVE_BEFORE = {normalise_token(w) for w in ("मामलों", "अपराधों", "मजिस्ट्रेट", "न्यायाधीश", "जज")}


# A court named by its town starts with these ("मल्लाकम मजिस्ट्रेट अदालत").
COURT_TOWN_KINDS = {normalise_token(w) for w in ("मजिस्ट्रेट", "न्यायिक", "सत्र", "जिला")}


def _court_names(si: int, words: list[str], cands: list[Candidate]) -> list[Candidate]:
    """A court named by what it is ("तलश्शेरी की न्यायिक प्रथम श्रेणी मजिस्ट्रेट अदालत", "विशेष
    एमपीआईडी अदालत") is a body the model seldom finds whole: the court words before its head,
    brackets included ("न्यायिक मजिस्ट्रेट (प्रथम श्रेणी) अदालत")."""
    out = list(cands)
    for k, w in enumerate(words):
        if w not in COURT_HEADS:
            continue
        i = k
        while i > 0 and k - i < 8 and (words[i - 1] in COURT_DESCRIPTORS or words[i - 1] in ("(", ")") or (
                words[i - 1] in ("की", "के") and i > 1 and words[i - 2] in COURT_GENITIVE_BEFORE)):
            i -= 1  # (a genitive only after the cases it hears or the judge who sits in it:
            # "आर्थिक अपराध मामलों की विशेष अदालत", "अपर मुख्य न्यायिक मजिस्ट्रेट की अदालत")
        while i < k and words[i] in ("(", ")", "एवं", "व"):
            i += 1
        if k - i < 1 or not any(words[x] in COURT_DESCRIPTORS for x in range(i, k)) or any(
                c.from_gazetteer and c.i <= i and c.j >= k + 1 for c in out):
            continue  # (nor a court the gazetteer names whole)
        # (a body inside goes too: "एसीबी | मामलों की विशेष अदालत" is one court)
        out = [c for c in out if not (c.type == "ORG" and i <= c.i and c.j <= k + 1)]
        if any(c.i < k + 1 and i < c.j for c in out):
            continue
        city = next((c for c in out if c.type == "PLACE" and c.from_gazetteer and c.j == i and c.j - c.i == 1), None)
        if city is not None and k - i >= 3:
            # "जयपुर महानगर प्रथम जिला एवं सत्र न्यायालय": a court's full title opens with its city
            # (the city stays a place of the story)
            i = city.i
        elif i > 0 and words[i] in COURT_TOWN_KINDS and _name_word(words[i - 1]) and len(words[i - 1]) > 2 \
                and context.rare(words[i - 1], context.RESIDENT_PLACE_RANK) and not context.is_abbreviation(words[i - 1]) \
                and not words[i - 1].endswith(context.COMMON_ENDINGS) and not any(c.i <= i - 1 < c.j for c in out):
            # "मल्लाकम मजिस्ट्रेट अदालत": a magistrate's court named by its town, the town a place too
            i -= 1
            out.append(Candidate(si, i, i + 1, "PLACE", from_context=True))
        out.append(Candidate(si, i, k + 1, "ORG", from_context=True))
    return out


INDUSTRIAL_AREA_WORDS = {"क्षेत्र", "इलाके", "इलाका", "एरिया", "क्षेत्रों", "परिक्षेत्र"}


def _foreign_country_at(words: list[str], k: int, cands: list[Candidate]) -> bool:
    """Does a foreign country stand at token ``k``: its demonym ("चीनी", "रूसी") or its name (a
    place the gazetteer knows as a country)?"""
    place = gz.demonym_place(words[k]) if gz.is_demonym(words[k]) else None
    if place is not None:
        return place not in HOME_COUNTRY
    return any(c.type == "PLACE" and c.j == k + 1 and c.canonical and c.canonical not in HOME_COUNTRY
               and any(e.get("kind") == "country" for e in gz.places_by_alias(c.canonical)) for c in cands)


def _foreign_state_body(tokens: list[str]) -> bool:
    """Is this a foreign state's ministry ("चीनी विदेश मंत्रालय", "ताइवान के रक्षा मंत्रालय"), which a
    bare "विदेश मंत्रालय" elsewhere (India's) is not a short form of?"""
    if tokens[-1] not in STATE_BODY_HEADS:
        return False
    if gz.is_demonym(tokens[0]):
        return gz.demonym_place(tokens[0]) not in HOME_COUNTRY
    return any(t in ("के", "का", "की") for t in tokens[1:-1]) and tokens[0] not in HOME_COUNTRY


def _bodies_of_foreign_states(si: int, words: list[str], cands: list[Candidate]) -> list[Candidate]:
    """A ministry named with a foreign state is that state's, not India's the gazetteer knows:
    "चीनी विदेश मंत्रालय", "रूसी रक्षा मंत्रालय", "ताइवान के रक्षा मंत्रालय" (the country stays a place)."""
    out = list(cands)
    for n, c in enumerate(cands):
        if c.type != "ORG" or words[c.j - 1] not in STATE_BODY_HEADS or c.i == 0:
            continue
        if c.from_gazetteer and _foreign_country_at(words, c.i - 1, cands) and gz.is_demonym(words[c.i - 1]):
            out[n] = Candidate(si, c.i - 1, c.j, "ORG", from_model=c.from_model, from_context=True)
        elif c.i >= 2 and words[c.i - 1] in ("के", "का", "की") and _foreign_country_at(words, c.i - 2, cands):
            start = next(x.i for x in cands if x.type == "PLACE" and x.j == c.i - 1)
            out[n] = Candidate(si, start, c.j, "ORG", from_model=c.from_model, from_context=True)
    return out


# A country's army named by its genitive: "म्यांमार की सेना".
FORCES = {"सेना", "सेनाएं"}  # (not नौसेना: "श्रीलंका की नौसेना" is the "श्रीलंकाई नौसेना" named elsewhere)


def _join_cut_names(si: int, words: list[str], cands: list[Candidate]) -> list[Candidate]:
    """One name the model cut in two: two people with nothing between them ("एसएसपी दिनेश |
    प्रताप सिंह"), or a name ending in a middle name and a one-word place right after it that
    a postposition closes ("सुरेंद्र कुमार | ढाका ने": a surname that is also a place)."""
    # (a person inside a longer one is that one, extended over it: "महामंडलेश्वर | स्वामी |
    # प्रज्ञानंद गिरि", the second name taken back to the first's word after the office)
    out = sorted((c for c in cands if not (c.type == "PERSON" and any(
        o.type == "PERSON" and o.i <= c.i and c.j <= o.j and o.j - o.i > c.j - c.i for o in cands))),
        key=lambda c: c.i)
    n = 0
    while n + 1 < len(out):
        a, b = out[n], out[n + 1]
        join = a.type == "PERSON" and a.j == b.i and (
            (b.type == "PERSON" and a.j - a.i == 1 and b.j - b.i <= 2)
            or (b.type == "PLACE" and b.j - b.i == 1 and words[a.j - 1] in context.MIDDLE_NAMES
                and a.j - a.i >= 2 and b.j < len(words) and words[b.j] == "ने"))
        # (only before ने: "बलजीत सिंह | पंजाब के गुरदासपुर के थे" names his state)
        if join:
            out[n] = Candidate(si, a.i, b.j, "PERSON", from_model=True, roles=list(a.roles))
            del out[n + 1]
            continue
        n += 1
    return out


def _retype_listed_places(si: int, words: list[str], cands: list[Candidate]) -> list[Candidate]:
    """One-word people and bodies the model found in a list that a plural place noun closes
    are places like the rest: "बराक, कुशियारा, दिसांग और धनसिरी नदियां", "कीव, ल्वीव, ओडेसा
    और द्निप्रो समेत कई शहरों" (the model took बराक for a person, ओडेसा for a body)."""
    at = {c.i: n for n, c in enumerate(cands)}
    taken = {k for c in cands for k in range(c.i, c.j)}
    out = list(cands)
    n, k = len(words), 0
    while k < n:
        items: list[tuple[int, int]] = []
        pos = k
        while pos < n:
            if pos in at:
                end = cands[at[pos]].j
            elif pos not in taken and _name_word(words[pos]) and not words[pos].endswith(context.COMMON_ENDINGS):
                end = pos + 1
            else:
                break
            items.append((pos, end))
            if end + 1 < n and words[end] in context.LIST_JOINERS:
                pos = end + 1
            else:
                break
        closed = len(items) >= 3 and context.plural_place_closes(words, items[-1][1])
        for n_item, (a, b) in enumerate(items):
            c = cands[at[a]] if a in at else None
            if c is None or c.type not in ("PERSON", "ORG") or b - a != 1 or c.from_gazetteer:
                continue
            # (unclosed, an item between two places still is one: "सरदारपुरा, रातानाडा, पावटा")
            if closed or (0 < n_item < len(items) - 1 and all(
                    x[0] in at and cands[at[x[0]]].type == "PLACE" for x in (items[n_item - 1], items[n_item + 1]))):
                out[at[a]] = Candidate(si, a, b, "PLACE", from_model=c.from_model, from_context=True)
        k = items[-1][1] if items else k + 1
    return out


def _forces_of_countries(si: int, words: list[str], cands: list[Candidate]) -> list[Candidate]:
    """A country followed by की and its army is that body (the country stays a place),
    unless the gazetteer already read the phrase as one ("पाकिस्तान की सेना")."""
    taken = {k for c in cands for k in range(c.i, c.j)}
    extra = []
    for c in cands:
        if c.type == "PLACE" and c.j + 1 < len(words) and words[c.j] == "की" and words[c.j + 1] in FORCES \
                and c.j not in taken and c.j + 1 not in taken and c.canonical \
                and any(e.get("kind") == "country" for e in gz.places_by_alias(c.canonical)):
            extra.append(Candidate(si, c.i, c.j + 2, "ORG", from_context=True))
    return extra


def _heads_named_in_governments(si: int, words: list[str], cands: list[Candidate]) -> list[Candidate]:
    """The head a government is named after is a person of the story: ``गहलोत सरकार``,
    ``नवीन पटनायक सरकार`` (the government stays an organisation).  Only name words the
    gazetteer does not read as a place or party (``बिहार सरकार``, ``भाजपा सरकार`` name none)."""
    have = {(c.i, c.j) for c in cands if c.type == "PERSON"}
    extra = []
    for c in cands:
        if c.type != "ORG" or c.j - c.i < 2 or c.j - c.i > 4 or words[c.j - 1] != "सरकार":
            continue
        i, j = c.i, c.j - 1
        if (i, j) in have or gz.find_gazetteer_mentions(words[i:j]) or not all(
                _name_word(w) and not w.endswith(context.COMMON_ENDINGS) for w in words[i:j]) \
                or any(w in GOVERNMENT_QUALIFIERS for w in words[i:j]):
            continue
        extra.append(Candidate(si, i, j, "PERSON", from_model=True))
    return extra


# Words that open a person's name as the press writes it, which the model may leave out:
# "योगी आदित्यनाथ", "स्वामी प्रसाद मौर्य".
NAME_OPENING_WORDS = {"योगी", "स्वामी", "चौधरी", "सैयद", "शेख", "कुंवर", "ठाकुर"}


# Words before सरकार that say which government, not whose: "केंद्र सरकार", "मौजूदा सरकार".
GOVERNMENT_QUALIFIERS = {normalise_token(w) for w in (
    "केंद्र", "केंद्रीय", "राज्य", "प्रदेश", "मौजूदा", "पिछली", "पूर्व", "नई", "गठबंधन", "महागठबंधन", "एनडीए",
    "यूपीए", "सैन्य", "अंतरिम", "कार्यवाहक", "अल्पमत", "बहुमत", "डबल", "इंजन", "जिला", "स्थानीय", "तालिबान")}


FIRE_STATION_WORDS = (("फायर", "स्टेशन"), ("अग्निशमन", "केंद्र"), ("फायर", "स्टेशनों"))


def _fire_stations(si: int, words: list[str], cands: list[Candidate]) -> list[Candidate]:
    """A fire station is a body named after its locality: "मीरपुर कैंट फायर स्टेशन" is the body
    and मीरपुर कैंट the place (as annotators list them), not one place."""
    out = []
    for c in cands:
        k = next((x for x in range(c.i + 1, c.j - 1) if tuple(words[x:x + 2]) in FIRE_STATION_WORDS
                  and x + 2 == c.j), None)
        if c.type in ("PLACE", "ORG") and k is not None:
            out.append(Candidate(si, c.i, k, "PLACE", from_model=c.from_model, from_context=True))
            out.append(Candidate(si, c.i, c.j, "ORG", from_model=c.from_model, from_context=True))
        else:
            out.append(c)
    return out


# Heads of the names of offices a body keeps in many cities: "मौसम विज्ञान केंद्र देहरादून",
# "क्षेत्रीय कार्यालय भोपाल".
CITY_OFFICE_HEADS = {"केंद्र", "कार्यालय", "मुख्यालय", "ब्यूरो", "शाखा", "प्रकोष्ठ", "परिषद", "निगम"}
CITY_OFFICE_ENDERS = {"ने", "के", "की", "का", "में", "से", "को", "द्वारा", "पर"}


def _offices_in_cities(words: list[str], cands: list[Candidate]) -> list[Candidate]:
    """An office named with the city it is in right after it is that city's office, a body of its
    own (the weather centres of Dehradun and Bhubaneswar are two); the city stays a place."""
    places = {c.i: c for c in cands if c.type == "PLACE" and c.j - c.i <= 2}
    out = []
    for c in cands:
        p = places.get(c.j)
        if c.type == "ORG" and words[c.j - 1] in CITY_OFFICE_HEADS and p is not None and p.j < len(words) \
                and words[p.j] in CITY_OFFICE_ENDERS:
            c = Candidate(c.sentence, c.i, p.j, "ORG", from_model=c.from_model, from_context=True)
        out.append(c)
    return out


# Heads of the names of bodies, which a bracketed abbreviation after the name confirms: "राजस्थान
# राज्य औद्योगिक सुरक्षा बल (आरएसआईएसएफ)", "माध्यमिक शिक्षा बोर्ड राजस्थान (आरबीएसई)".
ABBREVIATED_BODY_HEADS = {normalise_token(w) for w in (
    "निदेशालय", "मंडल", "सचिवालय", "कार्यालय", "बोर्ड", "बल", "परिषद", "प्राधिकरण", "ब्यूरो", "आयोग", "निगम", "संस्थान", "समिति", "संघ", "मंच", "एसोसिएशन",
    "विभाग", "इकाई", "ऑपरेशंस", "केंद्र", "मिशन", "प्रकोष्ठ", "संगठन", "अकादमी", "विश्वविद्यालय", "कॉलेज",
    "अस्पताल", "कंपनी", "लिमिटेड", "मोर्चा", "महासंघ", "फेडरेशन", "कॉरपोरेशन", "बैंक", "सेल", "दस्ता", "कोर")}
BODY_SPAN_MAX = 7
BODY_NAME_WORDS = {normalise_token(w) for w in ("राज्य", "राष्ट्रीय", "जिला", "केंद्रीय", "भारतीय", "प्रदेश")}


# Pronouns that may stand right before a body's name: "इसे संयुक्त संसदीय समिति (जेपीसी) के पास भेजे".
DEMONSTRATIVES = {"इसे", "उसे", "इन्हें", "उन्हें", "इसको", "उसको", "इस", "उस", "इन", "उन", "यह", "वह", "ये", "वे"}


def _bodies_before_abbreviations(si: int, words: list[str], cands: list[Candidate]) -> list[Candidate]:
    """A run of words ending in a body's head noun (or its head and a place) before a bracketed
    abbreviation is the body's name, however little of it the model tagged; the places inside
    stay places, and the abbreviation becomes its alias (``_merge_bracketed_aliases``)."""
    n = len(words)
    out = list(cands)
    taken = {k for c in cands if c.type != "PLACE" for k in range(c.i, c.j)}
    place_end = {c.j: c.i for c in cands if c.type == "PLACE"}
    for b in range(2, n - 2):
        if words[b] != "(" or words[b + 2] != ")" or not context.is_abbreviation(words[b + 1]):
            continue
        head = b - 1
        if words[head] not in ABBREVIATED_BODY_HEADS and head > 0 and words[head - 1] in ABBREVIATED_BODY_HEADS \
                and any(c.type == "PLACE" and c.i == head and c.j == b for c in cands):
            head -= 1  # "… बोर्ड राजस्थान (आरबीएसई)"
        if words[head] not in ABBREVIATED_BODY_HEADS:
            continue
        start = head
        while start > 0 and b - (start - 1) <= BODY_SPAN_MAX:
            w = words[start - 1]
            if start in place_end and b - place_end[start] <= BODY_SPAN_MAX:
                start = place_end[start]  # "उत्तर प्रदेश | क्रिकेट संघ": a place opens the name
            elif w in context.LIST_JOINERS - {","} and start > 1 and start - 2 not in taken \
                    and _name_word(words[start - 2]) and not context.is_abbreviation(words[start - 2]):
                start -= 1  # "जमा बीमा और ऋण गारंटी निगम" (not "एनडीआरएफ और ओडिशा … बल")
            elif (_name_word(w) or w in BODY_NAME_WORDS) and w not in POSTPOSITIONS and w != context.LOCATED \
                    and w not in DEMONSTRATIVES and not PUNCT_RE.match(w):
                start -= 1
            else:
                break
        if b - start < 2 or any(c.type in ("PERSON", "PARTY") and c.i < b and c.j > start for c in cands):
            continue
        if any(c.type == "ORG" and c.i <= start and c.j == b for c in out):
            continue  # (the model found it, as long or longer)
        out = [c for c in out if not (c.type == "ORG" and start <= c.i and c.j <= b)]
        out.append(Candidate(si, start, b, "ORG", from_context=True))
    return out


DEPARTMENT_WORDS = {normalise_token(w) for w in ("विभाग", "मंत्रालय", "निदेशालय")}
# What departments are of (a closed class in Indian administration): the words of their names.
DEPARTMENT_DOMAINS = {normalise_token(w) for w in (
    "स्वास्थ्य", "चिकित्सा", "शिक्षा", "सहकारिता", "कृषि", "उद्यान", "उद्यानिकी", "पशुपालन", "राजस्व", "वन", "पर्यटन",
    "संस्कृति", "खेल", "ऊर्जा", "बिजली", "विद्युत", "सिंचाई", "जल", "पेयजल", "आबकारी", "उत्पाद", "परिवहन", "गृह",
    "वित्त", "आपूर्ति", "खाद्य", "नागरिक", "खनन", "खनिज", "खनिकर्म", "भूतत्व", "पंचायती", "पंचायत", "ग्रामीण", "नगर",
    "नगरीय", "शहरी", "विकास", "आवास", "श्रम", "रोजगार", "समाज", "सामाजिक", "कल्याण", "महिला", "बाल", "अल्पसंख्यक",
    "उद्योग", "वाणिज्य", "वाणिज्यिक", "कर", "निर्माण", "लोक", "सार्वजनिक", "सूचना", "जनसंपर्क", "प्रदूषण", "पर्यावरण",
    "मौसम", "विज्ञान", "प्रौद्योगिकी", "स्वायत्त", "शासन", "अभियांत्रिकी", "पुरातत्व", "संग्रहालय", "मत्स्य", "डेयरी",
    "भूमि", "अभिलेख", "निबंधन", "पंजीयन", "कारा", "आपदा", "प्रबंधन", "अग्निशमन", "यातायात", "कार्मिक", "विधि", "न्याय",
    "संसदीय", "कार्य", "आयुष", "परिवार", "पेंशन", "युवा", "तकनीकी", "उच्च", "माध्यमिक", "प्राथमिक", "बेसिक",
    "जनजातीय", "आदिवासी", "दलित", "पिछड़ा", "वर्ग", "भाषा", "राजभाषा", "धर्मार्थ", "वक्फ", "मनोरंजन", "वाणिज्यकर",
    "मेडिकल", "पुलिस", "रेल", "डाक", "दूरसंचार", "बागवानी", "गन्ना", "चीनी", "लघु", "सिंचित", "जलसंसाधन", "संसाधन",
    "ग्राम्य", "पथ", "भवन", "सड़क", "मार्ग", "स्टांप", "सतर्कता", "आर्थिक", "सांख्यिकी", "योजना", "कोषागार")}
DEPARTMENT_SPAN_MAX = 5


def _departments(si: int, words: list[str], cands: list[Candidate]) -> list[Candidate]:
    """A department named by what it does (``सहकारिता विभाग``, ``नगर विकास विभाग``, ``खाद्य एवं
    नागरिक आपूर्ति विभाग``) is a body even where the model saw none — not "सभी विभाग",
    "कहा कि विभाग"."""
    taken = {k for c in cands for k in range(c.i, c.j) if c.type != "PLACE"}
    out = list(cands)
    for h, w in enumerate(words):
        if w not in DEPARTMENT_WORDS or h in taken or h == 0:
            continue
        start = h
        while start > 0 and h + 1 - (start - 1) <= DEPARTMENT_SPAN_MAX and start - 1 not in taken:
            prev = words[start - 1]
            if prev in context.LIST_JOINERS - {","} and start > 1 and words[start - 2] in DEPARTMENT_DOMAINS \
                    and start < h:
                start -= 1  # "खाद्य एवं नागरिक आपूर्ति विभाग"
            elif prev in DEPARTMENT_DOMAINS or (prev in BODY_NAME_WORDS and start < h):
                start -= 1  # ("जिला आबकारी विभाग": a level before the domain)
            else:
                break
        if start < h:
            out.append(Candidate(si, start, h + 1, "ORG", from_context=True))
    return out


UNIT_HEADS = {normalise_token(w) for w in ("राइफल्स", "बटालियन", "रेजिमेंट", "कोर", "डिवीजन", "ब्रिगेड", "वाहिनी")}


def _numbered_units(words: list[str], cands: list[Candidate]) -> list[Candidate]:
    """A unit named with its number is that unit: "9 राष्ट्रीय राइफल्स", "118 बटालियन"."""
    taken = {k for c in cands for k in range(c.i, c.j)}
    out = []
    for c in cands:
        if c.type == "ORG" and words[c.j - 1] in UNIT_HEADS and c.i > 0 and words[c.i - 1].isdigit() \
                and c.i - 1 not in taken:
            c = Candidate(c.sentence, c.i - 1, c.j, "ORG", from_model=c.from_model, from_context=True)
        out.append(c)
    return out


STATION_EN = normalise_token("स्टेशन")


def _police_stations(si: int, words: list[str], cands: list[Candidate]) -> list[Candidate]:
    """A police station named after its place is a body beside the place: "मैरवा थाना में एफआईआर",
    "पानूर थाना प्रभारी", "थाना इकमा" (in "निवासी हूसेपुर थाना इकमा" the station is इकमा's), but
    not "नौगांव थाना क्षेत्र के ग्राम …", the area it polices."""
    taken = {k for c in cands if c.type != "PLACE" for k in range(c.i, c.j)}
    place_at = {c.i: c for c in cands if c.type == "PLACE" and c.j - c.i <= 2}
    place_to = {c.j: c for c in cands if c.type == "PLACE" and c.j - c.i <= 2}
    org_word = {c.i for c in cands if c.type == "ORG" and c.j - c.i == 1}

    def town_before(s_: int) -> bool:
        # an untagged word before a station (or its officer) that reads as its town: rare (a name
        # commoner than a rare word too), not an abbreviation, and where the name clearly starts
        if s_ == 0:
            return False
        w = words[s_ - 1]
        return (s_ - 1 not in taken and _name_word(w) and context.rare(w, context.RESIDENT_PLACE_RANK)
                and len(w) > 2 and not context.is_abbreviation(w)
                and not (s_ > 1 and s_ - 2 not in taken and _name_word(words[s_ - 2]) and context.rare(words[s_ - 2])))

    extra = []
    for s_ in range(len(words) - 1):
        if words[s_] == "पुलिस" and words[s_ + 1] == STATION_EN and s_ not in taken and s_ + 1 not in taken \
                and (s_ - 1 in place_to or town_before(s_)):
            # "वनराई पुलिस स्टेशन": a station named in English after its locality (a place too)
            start = place_to[s_ - 1].i if s_ - 1 in place_to else s_ - 1
            if s_ - 1 not in place_to:
                extra.append(_place_candidate(si, words, s_ - 1, s_))
            extra.append(Candidate(si, start, s_ + 2, "ORG", from_context=True))
    for s_ in range(len(words)):
        if words[s_] in STATION_OFFICERS and s_ > 1 and s_ - 1 not in place_to and words[s_ - 1] in WARD_NAME_WORDS \
                and not {s_ - 2, s_ - 1} & taken and _name_word(words[s_ - 2]):
            extra.append(_place_candidate(si, words, s_ - 2, s_))  # "अरावली विहार थानाधिकारी"
            continue
        if words[s_] in STATION_OFFICERS and s_ - 1 not in place_to and town_before(s_):
            extra.append(_place_candidate(si, words, s_ - 1, s_))  # "टहला थानाधिकारी": the station's town
            continue
        if not (words[s_] in context.STATION_WORDS or words[s_] == "पोस्ट" and s_ > 0 and words[s_ - 1] in RAIL_FORCES) \
                or s_ in taken:
            continue  # ("आरपीएफ पोस्ट बीना": the railway force's post at a station)
        if s_ + 1 in place_at:
            start, end = s_, place_at[s_ + 1].j
        elif words[s_] == "पोस्ट":
            if not (s_ + 1 < len(words) and s_ + 1 not in taken and _name_word(words[s_ + 1])):
                continue
            start, end = s_, s_ + 2  # "आरपीएफ पोस्ट बीना": the town it is at, whatever the model made of it
            extra.append(_place_candidate(si, words, s_ + 1, s_ + 2))
        elif s_ in place_to:
            start, end = place_to[s_].i, s_ + 1
        elif s_ > 1 and words[s_ - 1] in WARD_NAME_WORDS and not {s_ - 2, s_ - 1} & taken \
                and _name_word(words[s_ - 2]) and s_ + 1 < len(words) and words[s_ + 1] in STATION_FOLLOWERS:
            start, end = s_ - 2, s_ + 1  # "उद्योग नगर थाना प्रभारी": a station named after its colony
            extra.append(_place_candidate(si, words, s_ - 2, s_))
        elif s_ + 1 < len(words) and words[s_ + 1] in STATION_FOLLOWERS and town_before(s_):
            # "कुंडली थाने में मुकदमा दर्ज": a station names its town, a name commoner than a rare
            # word too (कुंडली is also a horoscope); both are found
            start, end = s_ - 1, s_ + 1
            if words[s_ - 1] not in STATION_KINDS:
                extra.append(_place_candidate(si, words, s_ - 1, s_))  # ("साइबर थाना": what kind, no place)
        elif s_ > 0 and s_ - 1 not in taken and words[s_ - 1] in NAMED_STATION_KINDS \
                and s_ + 1 < len(words) and words[s_ + 1] in STATION_FOLLOWERS:
            start, end = s_ - 1, s_ + 1  # "शहर कोतवाली में", "कोतवाली थाना प्रभारी": a town's station by its kind
        elif s_ > 0 and (s_ - 1 not in taken or s_ - 1 in org_word) and context.is_abbreviation(words[s_ - 1]) \
                and len(words[s_ - 1]) > 2 \
                and s_ + 1 < len(words) and words[s_ + 1] in STATION_FOLLOWERS:
            start, end = s_ - 1, s_ + 1  # "पीजीआईएमएस थाना प्रभारी": a station named after an institution
        else:
            continue
        if end < len(words) and words[end] in context.AREA_WORDS | {"अंतर्गत", "इलाकों"}:
            continue
        while start > 0 and (start - 1 not in taken or start - 1 in org_word and words[start - 1] in RAIL_FORCES) \
                and (words[start - 1] in STATION_KINDS or words[start - 1] in RAIL_FORCES) and words[start] != "पुलिस":
            start -= 1  # "साइबर क्राइम थाना लखनऊ", "जीआरपी थाना बीना": what kind of station, part of its name
        extra.append(Candidate(si, start, end, "ORG", from_context=True))
    return extra


def _places_named_in_orgs(si: int, words: list[str], cands: list[Candidate]) -> list[Candidate]:
    """The place an organisation is named after is a place of the story too: ``दुर्ग नगर
    निगम``, ``थाना इकमा``, ``छत्तीसगढ़ कैबिनेट``, ``दिल्ली पुलिस`` (the guidelines' gold lists
    इकमा of ``थाना इकमा`` and देहरादून of ``देहरादून क्षेत्रीय कार्यालय`` as places).

    Only a place the gazetteer knows, at the start or the end of the name; a word
    that is also an everyday word only at the start, before a body word."""
    have = {(c.i, c.j) for c in cands if c.type == "PLACE"}
    extra = []
    for c in cands:
        if c.type != "ORG" or c.j - c.i < 2:
            continue
        # (the gazetteer gives the longest match, "दिल्ली पुलिस" itself: so a place at the
        # start is looked for without the name's last word, one at the end without its first)
        at_start = [(c.i + m.start, c.i + m.end, m) for m in gz.find_gazetteer_mentions(words[c.i:c.j - 1])
                    if m.start == 0 and m.type == gz.PLACE]
        if not at_start:
            # (a longer name may hide it: "पटना विश्वविद्यालय छात्र संघ" starts with an organisation)
            at_start = next(([(c.i, c.i + w, m)] for w in (2, 1) if c.i + w < c.j
                             for m in gz.find_gazetteer_mentions(words[c.i:c.i + w])
                             if m.start == 0 and m.end == w and m.type == gz.PLACE), [])
        at_end = [(c.i + 1 + m.start, c.i + 1 + m.end, m) for m in gz.find_gazetteer_mentions(words[c.i + 1:c.j])
                  if m.end == c.j - c.i - 1]
        if not at_start and (c.i, c.i + 1) not in have and words[c.j - 1] in context.STATION_WORDS \
                and (c.j - c.i == 2 or c.j - c.i == 3 and words[c.i + 1] in STATION_KINDS) \
                and words[c.i] not in STATION_KINDS and _name_word(words[c.i]) and len(words[c.i]) > 2 \
                and context.rare(words[c.i], context.RESIDENT_PLACE_RANK) and not context.is_abbreviation(words[c.i]):
            # "धूरी सिटी थाना", "रेवती थाना": a station is named after its town, known or not
            have.add((c.i, c.i + 1))
            extra.append(Candidate(si, c.i, c.i + 1, "PLACE", from_context=True))
        if not at_start and context.local_body_after(words, c.i + 1) == c.j and (c.i, c.i + 1) not in have \
                and context.town_like(words[c.i]) and _name_word(words[c.i]):
            # "नवाबगंज नगर पालिका परिषद": a local body is named after its town, known or not
            have.add((c.i, c.i + 1))
            extra.append(Candidate(si, c.i, c.i + 1, "PLACE", from_context=True))
        for i, j, m in at_start + at_end:
            if m.type != gz.PLACE or (i, j) in have:
                continue
            if (j < c.j and words[j] == "-") or (i > c.i and words[i - 1] == "-"):
                continue  # half of a compound: "भारत-तिब्बत सीमा पुलिस" names no place
            if m.ambiguous and not (i == c.i and words[j] in PLACE_BODY_WORDS):
                continue
            if j - i == 1 and gz.is_demonym(words[i]):
                continue
            have.add((i, j))
            extra.append(_from_gazetteer(si, i, j, m))
    return extra


def _towns_of_hubs(si: int, words: list[str], cands: list[Candidate]) -> list[Candidate]:
    """The town a station, bus stand or airport is named after is a place of the story
    too (``बस्ती रेलवे स्टेशन`` names बस्ती, as the annotated articles list it)."""
    have = {(c.i, c.j) for c in cands if c.type == "PLACE"}
    extra = []
    for c in cands:
        if c.type != "PLACE" or c.j - c.i < 2:
            continue
        town = next((k for k in range(c.i + 1, c.j) if context.hub_after(words, k) == c.j), None)
        if town is None or (c.i, town) in have:
            continue
        place = _place_candidate(si, words, c.i, town)
        if not place.from_gazetteer and not (town - c.i == 1 and _name_word(words[c.i])):
            continue
        extra.append(place)
        have.add((c.i, town))
    return extra


EVERYDAY_GIVEN_NAMES = context.EVERYDAY_GIVEN_NAMES
# Words around a force's name that make it the force: "पीएसी की छह कंपनियां", "पुलिस व पीएसी".
FORCE_WORDS = {normalise_token(w) for w in (
    "पुलिस", "कंपनी", "कंपनियां", "कंपनियाँ", "कंपनियों", "जवान", "जवानों", "बल", "तैनात", "टुकड़ी", "आरएएफ",
    "फोर्स", "बटालियन", "प्लाटून", "सुरक्षाबल", "सुरक्षा")}


# Roads named after the towns they join ("लालसोट-कोटा मेगा हाईवे", "बलिया-सिकंदरपुर मार्ग") and
# by number ("राष्ट्रीय राजमार्ग 715", "एनएच-227", "नेशनल हाईवे-11"): places (landmarks).
ROAD_HEADS = {"हाईवे", "राजमार्ग", "मार्ग", "रोड", "एक्सप्रेसवे", "फोरलेन", "बाईपास"}
EXPRESSWAY_WORDS = {"एक्सप्रेसवे", normalise_token("एक्सप्रेस-वे")}
ROAD_QUALIFIERS = {"मेगा", "राष्ट्रीय", "नेशनल", "स्टेट", "राज्य", "फोर", "लेन", "मुख्य", "स्टेट"}
NUMBERED_ROADS = (("राष्ट्रीय", "राजमार्ग"), ("नेशनल", "हाईवे"), ("स्टेट", "हाईवे"), ("राज्य", "राजमार्ग"),
                  ("एनएच",), ("एसएच",), ("हाईवे",), ("राजमार्ग",))
NUMBERED_ROAD_FIRST = {r[0] for r in NUMBERED_ROADS}
ALERT_COLOURS = {"ऑरेंज", "येलो", "रेड", "ग्रीन"}


# What a figure right after a road's name measures ("हाईवे 12 किलोमीटर तक जाम"): no number of the road.
NUMBER_UNITS_AFTER_ROAD = {normalise_token(w) for w in ("किलोमीटर", "किमी", "मीटर", "घंटे", "घंटों", "दिन", "लोग",
                                                         "लोगों", "वाहन", "वाहनों", "गाड़ियां", "ट्रक", "बजे")}


def _highways(si: int, words: list[str], cands: list[Candidate], gaz: list) -> list[Candidate]:
    """Roads between towns and numbered roads as places: ``दिल्ली-अमृतसर राष्ट्रीय राजमार्ग``
    is one place, and its towns (दिल्ली, अमृतसर) are places too; ``एनएच-227`` is a place.
    Whatever the model or the rules made of the words (``लालसोट - कोटा`` as one place,
    ``सिकंदरपुर मार्ग``) gives way to the road and its towns."""
    n = len(words)
    if "-" not in words and not any(w in ROAD_HEADS or w in NUMBERED_ROAD_FIRST for w in words):
        return cands
    gaz_places = [(m.start, m.end) for m in gaz if m.type == gz.PLACE]

    def town_at(x: int, ending: bool) -> tuple[int, int] | None:
        """A town's words starting (or, ``ending``, ending) at x: a place the gazetteer
        knows ("नई दिल्ली"), else one name word."""
        for a, b in gaz_places:
            if (b - 1 == x if ending else a == x):
                return a, b
        return (x, x + 1) if 0 <= x < n and _name_word(words[x]) and words[x] not in ROAD_HEADS else None

    roads: list[tuple[int, int, list[tuple[int, int]]]] = []
    k = 0
    while k < n:
        first = town_at(k, False) if k + 1 < n else None
        towns, x = [], k
        if first and first[1] < n and words[first[1]] == "-" and not (k > 0 and words[k - 1] == "-"):
            towns, x = [first], first[1]
            while x < n and words[x] == "-" and (nxt := town_at(x + 1, False)):
                towns.append(nxt)
                x = nxt[1]
        head = x
        while head < n and words[head] in ROAD_QUALIFIERS:
            head += 1
        if len(towns) >= 2 and head < n and words[head] in ROAD_HEADS:
            end = head + 1
            if end + 1 < n and words[end] == "-" and words[end + 1].isdigit():
                end += 2  # (and its number: "दिल्ली-देहरादून राष्ट्रीय राजमार्ग-58")
            elif end < n and words[end].isdigit() and not (end + 1 < n and words[end + 1] in NUMBER_UNITS_AFTER_ROAD):
                end += 1
            roads.append((k, end, towns))
            k = end
            continue
        if not towns and k + 1 < n and words[k + 1] in EXPRESSWAY_WORDS and _name_word(words[k]) \
                and words[k] not in ROAD_HEADS and words[k] not in NON_NAME_OPENERS:
            roads.append((k, k + 2, []))  # "यमुना एक्सप्रेसवे", "पूर्वांचल एक्सप्रेसवे": one road, named
            k += 2
            continue
        numbered = next((len(r) for r in NUMBERED_ROADS if tuple(words[k:k + len(r)]) == r), None)
        if numbered:
            y = k + numbered
            if y < n and words[y] == "-":
                y += 1
            if y < n and words[y].isdigit() and not (k > 0 and words[k - 1] in ROAD_QUALIFIERS):
                roads.append((k, y + 1, []))
                k = y + 1
                continue
        k += 1
    if not roads:
        return cands
    covered = {x for a, b, _ in roads for x in range(a, b)}
    out = [c for c in cands if not any(x in covered for x in range(c.i, c.j))]
    for a, b, towns in roads:
        out.append(Candidate(si, a, b, "PLACE", from_context=True))
        out += [_place_candidate(si, words, i, j) for i, j in towns]
    return out


# What names a protected area after its name: "अमानगढ़ टाइगर रिज़र्व", "चंबल घड़ियाल अभयारण्य",
# "कॉर्बेट नेशनल पार्क" (the model finds some; the rest it leaves untagged).
PROTECTED_AREA_WORDS = [tuple(normalise_token(w) for w in p.split()) for p in (
    "टाइगर रिजर्व", "टाइगर रिज़र्व", "बाघ अभयारण्य", "हाथी रिजर्व", "हाथी रिज़र्व", "एलीफेंट रिजर्व",
    "वन्यजीव अभयारण्य", "वन्य जीव अभयारण्य", "पक्षी अभयारण्य", "पक्षी विहार", "घड़ियाल अभयारण्य", "अभयारण्य",
    "राष्ट्रीय उद्यान", "नेशनल पार्क", "बायोस्फीयर रिजर्व", "अरण्य")]
PROTECTED_AREA_LAST = {p[-1] for p in PROTECTED_AREA_WORDS}


def _protected_areas(si: int, words: list[str], cands: list[Candidate]) -> list[Candidate]:
    """A tiger reserve, sanctuary or national park named by one or two name words (or a place
    the model or gazetteer found) before its kind is one place, the place named in it a place too."""
    n = len(words)
    if not any(w in PROTECTED_AREA_LAST for w in words):
        return cands
    by_start = {c.i: c for c in cands}
    areas: list[tuple[int, int]] = []
    k = 0
    while k < n:
        c = by_start.get(k)
        if c is not None and c.type == "PLACE" and c.j - c.i <= 3:
            name_end = c.j
        elif c is None and _name_word(words[k]) and not any(x.i <= k < x.j for x in cands):
            name_end = k + 1
            if name_end < n and name_end not in by_start and _name_word(words[name_end]) \
                    and not any(tuple(words[name_end:name_end + len(p)]) == p for p in PROTECTED_AREA_WORDS):
                name_end += 1
        else:
            k += 1
            continue
        kind = max((len(p) for p in PROTECTED_AREA_WORDS if tuple(words[name_end:name_end + len(p)]) == p), default=0)
        if kind and not any(x.i < name_end + kind and name_end < x.j for x in cands if x is not c):
            start = k - 1 if k > 0 and words[k - 1] == "राष्ट्रीय" else k  # "राष्ट्रीय चंबल घड़ियाल अभयारण्य"
            areas.append((start, name_end + kind))
            k = name_end + kind
            continue
        k += 1
    if not areas:
        return cands
    out = [c for c in cands if not any(a <= c.i and c.j <= b and c.type != "PLACE" for a, b in areas)]
    out += [Candidate(si, a, b, "PLACE", from_context=True) for a, b in areas]
    return out


def _said_to_be_a_force(words: list[str], m) -> bool:
    """Is a force's short name that is also something else (पीएसी: the Provincial Armed
    Constabulary or a Public Accounts Committee) among words of deployed forces?"""
    return any(w in FORCE_WORDS for w in words[max(0, m.start - 3):m.start] + words[m.end:m.end + 3])


def _said_to_be_a_place(words: list[str], m, gaz: list) -> bool:
    """Is a place name that is also an everyday word (धार, सागर, दुर्ग) used as the place
    here: before a word saying what kind of place it is ("धार जिले"), or as where someone
    goes, from another place ("भोपाल से सागर पहुंचे") or straight on ("सागर पहुंचे")?"""
    after = words[m.end] if m.end < len(words) else ""
    if after in PLACE_KIND_AFTER or after in ARRIVAL_WORDS or context.hub_after(words, m.end):
        return True  # (also "बस्ती रेलवे स्टेशन": a station is named after its town)
    return m.start >= 2 and words[m.start - 1] == "से" and any(
        o.end == m.start - 1 and o.type == gz.PLACE and not o.ambiguous for o in gaz)


# Arriving and setting off: "सागर पहुंचे", "सागर रवाना हुए".
ARRIVAL_WORDS = {normalise_token(w) for w in ("पहुंचे", "पहुंचा", "पहुंची", "पहुंचीं", "पहुंचकर", "पहुंचते", "रवाना")}
# Words after a place saying what kind of place it is: "धार जिले के", "दुर्ग शहर में".
PLACE_KIND_AFTER = {"जिले", "जिला", "जनपद", "शहर", "कस्बे", "कस्बा", "तहसील", "प्रखंड", "ब्लॉक", "गांव", "राज्य"}
# Offices written before the place they are of: "बीडीओ बिक्रमगंज", "डीएम सीतापुर", "एसडीएम सदर".
PLACE_OFFICES = {"डीएम", "एसपी", "एसएसपी", "जिलाधिकारी", "कलेक्टर", "सीएमओ", "सीडीओ", "एसडीएम", "बीडीओ", "सीओ",
                 "एसीपी", "डीसीपी", "सीएसपी",
                 "डीएसपी", "एसडीपीओ", "एसडीओ", "तहसीलदार", "थानाध्यक्ष", "प्रभारी", "एसएचओ", "एसओ", "कोतवाल",
                 "विधायक", "सांसद", "उपजिलाधिकारी", "क्षेत्राधिकारी"}
# Offices of a place (a station, a block, a district, a constituency): "महमूदाबाद के थानाध्यक्ष".
# (Not विधायक or एसपी: "रमेश के विधायक बनने पर" is about a person.)
JURISDICTION_OFFICES = {"थानाध्यक्ष", "थानेदार", "कोतवाल", "एसडीएम", "एसडीपीओ", "एसडीओ", "तहसीलदार", "बीडीओ", "सीओ",
                        "एसएचओ"}
# Offices only an institution has: "रिम्स के अधीक्षक", "कॉलेज के प्राचार्य".
INSTITUTION_OFFICES = {"अधीक्षक", "चिकित्सा अधीक्षक", "निदेशक", "प्राचार्य", "प्रिंसिपल", "कुलपति", "कुलसचिव", "डीन",
                       "रजिस्ट्रार", "सीएमएस", "प्रबंधन", "प्रशासन"}
# Words that end a train's name: "कोसी-गंगा एक्सप्रेस" names no river.
TRAIN_WORDS = {"एक्सप्रेस", "मेल", "सुपरफास्ट", "पैसेंजर", "राजधानी", "शताब्दी", "जनशताब्दी", "वंदे", "स्पेशल"}


def _train_word_at(words: list[str], k: int) -> bool:
    """Does a train's name end at ``k`` (राजधानी only as "राजधानी एक्सप्रेस": else the capital)?"""
    return words[k] in TRAIN_WORDS and words[k] != "राजधानी" or (
        words[k] == "राजधानी" and k + 1 < len(words) and words[k + 1] == "एक्सप्रेस")


def _names_a_train(words: list[str], c: Candidate, place_ends: dict[int, int]) -> bool:
    """Is the place ``c`` part of a train's name (places joined by hyphens, then एक्सप्रेस)?
    ``place_ends`` maps each place candidate's first token to its end. A body the model
    finds in a train's name is none either: "सीमांचल एक्सप्रेस", "अकाल तख्त | एक्सप्रेस"
    (a newspaper named so is in the gazetteer: "इंडियन एक्सप्रेस")."""
    if c.type == "ORG":
        return c.j < len(words) and words[c.j] == "एक्सप्रेस" or (
            not c.from_gazetteer and words[c.j - 1] in TRAIN_WORDS - {"राजधानी", "स्पेशल"})
    if c.type != "PLACE":
        return False
    if not c.from_gazetteer and c.j - c.i >= 2 and words[c.j - 1] == "एक्सप्रेस":
        return True  # "साप्ताहिक एक्सप्रेस"
    k = c.j
    while k < len(words):
        if words[k] == "-" and k + 1 < len(words):
            k = place_ends.get(k + 1, k + 2)
            continue
        return _train_word_at(words, k)
    return False


TEAM_WORDS = {"टीम", "टीमों"}


def _team_of_place(si: int, words: list[str], c: Candidate) -> Candidate:
    """A state's or a town's side ("झारखंड टीम", "बिहार हॉकी टीम") is no organisation of
    its own: only its place is named."""
    if c.type != "ORG" or c.from_gazetteer or words[c.j - 1] not in TEAM_WORDS or c.j - c.i > 3:
        return c
    known = [m for m in gz.find_gazetteer_mentions(words[c.i:c.j - 1]) if m.type == gz.PLACE and m.start == 0]
    return _from_gazetteer(si, c.i, c.i + known[0].end, known[0]) if known else c


def _hospitals_of_bodies(si: int, words: list[str], cands: list[Candidate]) -> list[Candidate]:
    """A body known by its initials, then "अस्पताल", is its hospital: "ईएसआईसी अस्पताल"."""
    starts = {c.i for c in cands}
    return [Candidate(si, c.i, c.j + 1, "ORG", from_model=c.from_model, from_context=True)
            if c.type == "ORG" and c.j - c.i == 1 and context.is_abbreviation(words[c.i]) and c.j < len(words)
            and words[c.j] in HOSPITAL_WORDS and c.j not in starts else c for c in cands]


def _station_of_its_police(words: list[str], c: Candidate) -> Candidate:
    """"बांसडीह कोतवाली पुलिस ने": the station's police is the station, named without them; "गोरेगांव
    पुलिस | स्टेशन": a town's police before स्टेशन is its police station, named whole."""
    if c.type == "ORG" and c.j - c.i >= 2 and words[c.j - 1] == "पुलिस" and c.j < len(words) \
            and words[c.j] == STATION_EN:
        return Candidate(c.sentence, c.i, c.j + 1, "ORG", from_model=c.from_model, from_context=True)
    if c.type == "ORG" and not c.from_gazetteer and c.j - c.i >= 3 and words[c.j - 1] == "पुलिस" \
            and words[c.j - 2] in context.STATION_WORDS:
        return Candidate(c.sentence, c.i, c.j - 1, "ORG", from_model=c.from_model, from_context=c.from_context)
    return c


LIST_AFTER_PERSON = context.LIST_JOINERS | INCLUSIVE_WORDS


def _origin_of_person(words: list[str], c: Candidate, person_spans: dict[int, int]) -> bool:
    """``X की 54 वर्षीय Y`` / ``X के 62 साल के Y`` with Y a person: X is a place; so is X
    of ``X की शांति देवी ने कहा`` (a full name right after it, speaking or acting)."""
    if c.j + 1 >= len(words) or words[c.j] not in ("के", "की", "का"):
        return False
    if words[c.j + 1] in context.KIN_AFTER_AGE or words[c.j + 1] in RELATION_WORDS:
        return False  # "गीता के पति 36 वर्षीय रामनरेश": her husband, not her village
    after = person_spans.get(c.j + 1)
    if after is not None and after - c.j - 1 >= 2 and after < len(words) and (
            words[after] == "ने" or context.aged_at(words, after)):
        return True  # (… or listed with an age: "शिवाजीनगर की रेणु देवी (41)")
    if after is not None and after - c.j - 1 >= 2 and after < len(words) and words[after] in LIST_AFTER_PERSON \
            and c.i > 0 and words[c.i - 1] in (",", "और", "व", "तथा") and context.town_like(words[c.i]):
        return True  # a list of people by where they are from: "…, साहेबगंज के विजय कुमार सहनी समेत"
    return any(m in person_spans and context.age_before(words, m) for m in range(c.j + 2, min(len(words), c.j + 6)))


# Last words of the names of associations, fronts and unions.
ORG_HEADS = {"मंच", "मोर्चा", "संघ", "समिति", "संगठन", "यूनियन", "फाउंडेशन", "ट्रस्ट", "सोसाइटी", "महासभा",
             "परिषद", "एसोसिएशन", "फेडरेशन", "महासंघ", "बॉडी", "काउंसिल", "कमेटी", "कमिटी", "गिल्ड", "चैंबर"}


# Institutions a place's name goes before: "इस्लामाबाद हाई कोर्ट", "पटना विश्वविद्यालय".
PLACE_INSTITUTIONS = {("हाई", "कोर्ट"), ("हाईकोर्ट",), ("उच्च", "न्यायालय"), ("विश्वविद्यालय",), ("यूनिवर्सिटी",),
                      ("नगर", "निगम"), ("नगर", "पालिका"), ("जिला", "अदालत"), ("जिला", "न्यायालय"),
                      ("पुलिस",), ("मेडिकल", "कॉलेज"), ("एयरपोर्ट",), ("हवाई", "अड्डा"), ("फायर", "ब्रिगेड"),
                      ("अग्निशमन", "विभाग"), ("अग्निशमन", "सेवा"), ("फायर", "सर्विस"), ("दमकल", "विभाग"),
                      ("रेल", "मंडल"), ("रेलवे", "मंडल"), ("नगर", "पंचायत"), ("जिला", "पंचायत"),
                      ("स्टील", "प्लांट"), ("इस्पात", "संयंत्र"), ("चीनी", "मिल"), ("शुगर", "मिल"),
                      ("सेंट्रल", "जेल"), ("जिला", "जेल"), ("केंद्रीय", "कारा"), ("जिला", "कारागार"),
                      ("केंद्रीय", "कारागार"), ("वन", "मंडल"), ("वन", "प्रभाग"), ("वन", "परिक्षेत्र"),
                      ("नगरपालिका",)}
# Words after a place that make the place's body: "दुर्ग नगर निगम", "छत्तीसगढ़ कैबिनेट".
PLACE_BODY_WORDS = {inst[0] for inst in PLACE_INSTITUTIONS} | {
    "सरकार", "कैबिनेट", "मंत्रिमंडल", "प्रशासन", "पुलिस", "क्षेत्रीय", "विकास", "कलेक्ट्रेट", "कोतवाली", "थाना",
    "महानगरपालिका", "महानगर", "नगरपालिका"}


# Last words of government bodies' names: "आपदा प्रबंधन विभाग", "मौसम विज्ञान केंद्र".
BODY_HEADS = {"विभाग", "केंद्र", "आयोग", "प्राधिकरण", "निदेशालय", "बोर्ड", "निगम", "मंडल", "सचिवालय", "कार्यालय",
              "परिषद", "समिति", "संस्थान", "अकादमी", "ब्यूरो"}


# Bodies of an institution's members: "पटना विश्वविद्यालय छात्र संघ".
MEMBER_BODIES = (("छात्र", "संघ"), ("शिक्षक", "संघ"), ("कर्मचारी", "संघ"), ("छात्रसंघ",))


def _bodies_of_institutions(words: list[str], c: Candidate) -> Candidate:
    """An institution followed by its members' union is that union ("पटना विश्वविद्यालय छात्र
    संघ"); a hospital or college named in full and then its town is the institution, the town
    apart ("जवाहरलाल नेहरू मेडिकल कॉलेज अस्पताल | भागलपुर", as the annotated articles list them)."""
    if c.type != "ORG":
        return c
    body = next((len(b) for b in MEMBER_BODIES if tuple(words[c.j:c.j + len(b)]) == b), None)
    if body and words[c.j - 1] in INSTITUTION_WORDS:
        return Candidate(c.sentence, c.i, c.j + body, "ORG", from_model=c.from_model, from_context=True)
    if c.j - c.i >= 3 and words[c.j - 2] in INSTITUTION_WORDS and not c.from_gazetteer \
            and not (c.j - c.i == 3 and words[c.i] in TOWN_HOSPITAL_KINDS):  # (not "जिला अस्पताल मुरैना")
        tail = gz.find_gazetteer_mentions(words[c.j - 1:c.j])
        if tail and tail[0].type == gz.PLACE and not tail[0].ambiguous:
            return Candidate(c.sentence, c.i, c.j - 1, "ORG", from_model=c.from_model, from_context=c.from_context)
    return c


def _join_place_and_institution(si: int, words: list[str], cands: list[Candidate]) -> list[Candidate]:
    """A place right before a generic institution the gazetteer knows alone ("इस्लामाबाद" +
    "हाई कोर्ट") is that place's institution: one organisation."""
    by_start = {c.i: c for c in cands}
    covered = {k for c in cands for k in range(c.i, c.j)}
    out, skip = [], set()
    for c in sorted(cands, key=lambda c: c.i):
        if id(c) in skip:
            continue
        nxt = by_start.get(c.j)
        if c.type == "PLACE" and nxt is not None and nxt.type == "ORG" \
                and tuple(words[nxt.i:nxt.j]) in PLACE_INSTITUTIONS:
            typ = "PLACE" if words[nxt.j - 1] in FACILITY_WORDS else "ORG"
            out.append(Candidate(si, c.i, nxt.j, typ, from_model=c.from_model or nxt.from_model,
                                 from_gazetteer=c.from_gazetteer and nxt.from_gazetteer))
            skip.add(id(nxt))
            continue
        if c.type == "PLACE" and nxt is not None and nxt.type == "ORG" and nxt.j - nxt.i >= 2 \
                and words[nxt.j - 1] in BODY_HEADS and c.j - c.i <= 2:
            # "बिहार आपदा प्रबंधन विभाग", "पटना मौसम विज्ञान केंद्र": a place right before a body's
            # name makes it that place's body (the place is still named inside it)
            out.append(Candidate(si, c.i, nxt.j, "ORG", from_model=c.from_model or nxt.from_model))
            skip.add(id(nxt))
            continue
        kind_hospital = out[-1] if out and out[-1].type == "ORG" and (out[-1].i, out[-1].j) == (c.i - 2, c.i) \
            else None  # ("सदर अस्पताल" alone is taken for a hospital's name)
        if c.type == "PLACE" and c.j - c.i <= 2 and c.i >= 1 and words[c.i - 1] == "हॉकी" and c.i - 1 not in covered \
                and c.j < len(words) and words[c.j] in context.ASSOCIATION_FOLLOWERS and c.from_gazetteer:
            # "हॉकी झारखंड के अध्यक्ष", "हॉकी सिमडेगा ने": a state's or district's hockey body is
            # named so (the place still a place in it)
            out.append(Candidate(si, c.i - 1, c.j, "ORG", from_model=c.from_model, from_context=True))
            out.append(c)
            continue
        if c.type == "PLACE" and c.j - c.i <= 2 and c.i >= 1 and words[c.i - 1] in CLINIC_HEADS \
                and c.i - 1 not in covered:
            # "सीएचसी नगरा": a health centre is named by its town after it too
            out.append(Candidate(si, c.i - 1, c.j, "ORG", from_model=c.from_model, from_context=True))
            out.append(c)
            continue
        if c.type == "PLACE" and c.j - c.i <= 2 and c.i >= 2 and words[c.i - 2] in TOWN_HOSPITAL_KINDS \
                and words[c.i - 1] in HOSPITAL_HEADS and (kind_hospital or not covered & {c.i - 2, c.i - 1}):
            # "जिला अस्पताल उत्तरकाशी", "सदर अस्पताल औरंगाबाद": a hospital of a kind every district
            # has is named by the town after it (the town still a place in it)
            if kind_hospital:
                out.pop()
            out.append(Candidate(si, c.i - 2, c.j, "ORG", from_model=c.from_model, from_context=True))
            out.append(c)
            continue
        if c.type == "PLACE" and c.j - c.i <= 2:
            # "बलरामपुर अस्पताल", "औरंगाबाद सदर अस्पताल", "दरभंगा मेडिकल कॉलेज अस्पताल": a town's hospital
            # by name (the town still a place in it)
            end = _hospital_after_place(words, c.j, covered)
            if end is not None:
                out.append(Candidate(si, c.i, end, "ORG", from_model=c.from_model, from_context=True))
                out.append(c)
                continue
        if c.type == "PLACE":
            # ... or an institution nothing tagged: "सहरसा रेल मंडल"
            end = next((c.j + len(inst) for inst in PLACE_INSTITUTIONS if len(inst) >= 2
                        and tuple(words[c.j:c.j + len(inst)]) == inst
                        and not covered & set(range(c.j, c.j + len(inst)))), None)
            if end is not None:
                typ = "PLACE" if words[end - 1] in FACILITY_WORDS else "ORG"
                out.append(Candidate(si, c.i, end, typ, from_model=c.from_model))
                continue
        out.append(c)
    return out


def _org_named_after_place(words: list[str], c: Candidate, taken: set[int]) -> int | None:
    """The end of an organisation's name that starts with the place ``c`` and runs over
    up to three untagged words to an organisation head word, else None."""
    if c.type != "PLACE":
        return None
    k = c.j
    # a state's undertaking: "राजस्थान राज्य पथ परिवहन निगम", "बिहार राज्य पुल निर्माण निगम लिमिटेड"
    undertaking = k < len(words) and words[k] == "राज्य"
    heads, reach = (ORG_HEADS | BODY_HEADS | {"बैंक"}, 6) if undertaking else (ORG_HEADS, 4)
    while k < len(words) and k - c.j < reach and k not in taken:
        w = words[k]
        if w in heads and k > c.j + undertaking:
            end = k + 1
            while undertaking and end < len(words) and words[end] in context.COMPANY_SUFFIXES and end not in taken:
                end += 1
            return end
        if w in heads:
            return None  # (not "बिहार परिषद" alone: too little to go on)
        if w in POSTPOSITIONS or PUNCT_RE.match(w) or w in FUNCTION_WORDS or w.isdigit() or w in ADVERBS \
                or w == "स्थित":
            return None  # ("क्यूबा दोबारा संगठन में शामिल हो", "बैंकॉक स्थित संगठन": no body's name)
        k += 1
    return None


ADVERBS = {"दोबारा", "फिर", "पुनः", "अब", "तब", "जल्द", "भी", "ही", "तो", "सिर्फ", "केवल", "अभी", "आज", "कल"}


def _place_of_an_office(si: int, c: Candidate, words: list[str]) -> Candidate:
    """"ग्वालियर कलेक्टर" taken for a body is the office of a place: the place is what is named."""
    if c.type == "ORG" and c.j - c.i == 2 and not c.from_gazetteer and gz.is_role(words[c.j - 1]) \
            and _name_word(words[c.i]):
        return _place_candidate(si, words, c.i, c.j - 1)
    return c


def _government_of(c: Candidate, words: list[str]) -> Candidate:
    """A place followed by सरकार (बिहार सरकार, बर्मा की सरकार) is that place's government, an
    organisation (the guidelines' ``बिहार सरकार``), not the place."""
    if c.type != "PLACE" or c.j >= len(words):
        return c
    if words[c.j] == "सरकार":
        end = c.j + 1
    elif words[c.j] in ("की", "के") and c.j + 1 < len(words) and words[c.j + 1] == "सरकार":
        end = c.j + 2
    else:
        return c
    place = c.canonical or " ".join(words[c.i:c.j])
    return Candidate(c.sentence, c.i, end, "ORG", canonical=f"{place} सरकार",
                     english=f"Government of {c.english}" if c.english else None,
                     key=f"{place} सरकार", from_model=c.from_model, from_gazetteer=c.from_gazetteer)


# Community and primary health centres, named by their town before or after them: "जेवर सीएचसी", "सीएचसी नगरा".
CLINIC_HEADS = {normalise_token(w) for w in ("सीएचसी", "पीएचसी")}
HOSPITAL_WORDS = {normalise_token(w) for w in ("अस्पताल", "हॉस्पिटल", "चिकित्सालय")}
HOSPITAL_HEADS = HOSPITAL_WORDS | CLINIC_HEADS
# Kinds of a town's hospital between the town and the head: "औरंगाबाद सदर अस्पताल".
HOSPITAL_KINDS = {normalise_token(w) for w in ("सदर", "जिला", "मंडलीय", "रेफरल", "अनुमंडलीय", "सामान्य")}
# ... and the kinds that name a town's hospital with the town after them: "क्षेत्रीय अस्पताल कुल्लू".
TOWN_HOSPITAL_KINDS = HOSPITAL_KINDS | {normalise_token(w) for w in ("क्षेत्रीय", "संयुक्त", "महिला")}
# Hospitals many towns have by these names: "सदर अस्पताल" (the district headquarters' hospital).
TOWN_HOSPITAL_NAMES = {normalise_token(w) for w in ("सदर",)}
PARTICIPLE_ENDINGS = ("ते", "ने")
# A hospital's name may be a fairly common word ("संजीवनी"): the head says what it names.
HOSPITAL_NAME_RANK = 5_000
# Words before a hospital's head that say what kind it is or how big, never its name.
NOT_HOSPITAL_NAMES = (HOSPITAL_KINDS | TOWN_HOSPITAL_KINDS) - TOWN_HOSPITAL_NAMES | {normalise_token(w) for w in (
    "शैय्या", "शय्या", "बेड", "बेडेड", "बिस्तर", "बिस्तरों", "सरकारी", "निजी", "प्राइवेट", "प्रमुख", "बड़े", "नजदीकी")}


def _hospital_end(words: list[str], k: int, free: Callable[[int], bool]) -> int | None:
    """The end of a hospital's head starting at ``k``: "अस्पताल", or "मेडिकल कॉलेज [अस्पताल]"."""
    n = len(words)
    if k < n and words[k] in HOSPITAL_HEADS and free(k):
        return k + 1
    if words[k:k + 2] == ["मेडिकल", "कॉलेज"] and free(k) and free(k + 1):
        return k + 3 if k + 2 < n and words[k + 2] in HOSPITAL_HEADS and free(k + 2) else k + 2
    return None


def _hospital_after_place(words: list[str], k: int, covered: set[int]) -> int | None:
    """The end of a hospital named by the town before ``k``: [kind] head, or मेडिकल कॉलेज [head]."""
    def free(x: int) -> bool:
        return x not in covered

    if k < len(words) and words[k] in HOSPITAL_KINDS and free(k) and k + 1 < len(words) \
            and words[k + 1] in HOSPITAL_HEADS and free(k + 1):
        return k + 2
    return _hospital_end(words, k, free)


def _named_hospital(words: list[str], k: int, free: Callable[[int], bool]) -> tuple[int, int] | None:
    """``[k, j)`` if up to three untagged name words (each rare or an abbreviation, the first
    perhaps an honorific) name a hospital or a medical college after them: "सफदरजंग अस्पताल",
    "एमवाय अस्पताल", "सर गंगाराम अस्पताल", "एसएन मेडिकल कॉलेज" (not "जिला अस्पताल", "निजी अस्पताल")."""
    if not any(w in HOSPITAL_HEADS or w == "मेडिकल" for w in words[k + 1:k + 4]):
        return None  # (no head within reach: the common case, decided cheaply)
    if words[k] in NOT_HOSPITAL_NAMES:
        return None  # ("पहले रेफरल अस्पताल", "सौ शैय्या अस्पताल": what kind of hospital, not its name)
    if k > 0 and free(k - 1) and _name_word(words[k - 1]) and (
            context.rare(words[k - 1], HOSPITAL_NAME_RANK) or context.is_abbreviation(words[k - 1])
            or words[k - 1] in NAMESAKE_HONORIFICS):
        return None  # (the name starts further left; not after an everyday word: "इसके चलते | एसएमएस
        # अस्पताल", "सरकारी | कमलाराजा अस्पताल")
    for width in (1, 2, 3):
        head = k + width
        if head >= len(words) or not all(free(x) and _name_word(words[x]) and not words[x].endswith(PARTICIPLE_ENDINGS)
                                         for x in range(k, head)):
            return None  # (not "ऑक्सीजन की कमी से जूझते अस्पताल")
        name = words[k:head]
        if width == 1 and name[0] in NAMESAKE_HONORIFICS:
            continue  # "सर | गंगाराम अस्पताल": the honorific starts the name
        if not (all(context.rare(w, HOSPITAL_NAME_RANK) or context.is_abbreviation(w)
                    or (x == 0 and w in NAMESAKE_HONORIFICS)
                    # (after initials any name word: "जेके लोन अस्पताल")
                    or (x > 0 and context.is_abbreviation(name[0]) and w not in NOT_HOSPITAL_NAMES
                        and not w.endswith(context.COMMON_ENDINGS))
                    for x, w in enumerate(name))
                or (width == 1 and name[0] in TOWN_HOSPITAL_NAMES)):
            return None
        end = _hospital_end(words, head, free)
        if end is not None:
            return k, end
    return None


def _context_candidates(si: int, words: list[str], found: list[Candidate],
                        everyday_places: set[int] = frozenset()) -> list[Candidate]:
    """Untagged names that the words around them make a person or a place
    (``उपसरपंच सकालूराम``, ``निवासी रामसाला थाना``; see ``context``).
    ``everyday_places``: where a one-word town the gazetteer knows is also an
    everyday word (आरा, गया), which a list of places can make the town."""
    taken = [False] * len(words)
    for c in found:
        for k in range(c.i, c.j):
            taken[k] = True
    person_starts = {c.i for c in found if c.type == "PERSON"}
    person_spans = {c.i: c.j for c in found if c.type == "PERSON"}
    known_places = {c.i: c.j for c in found if c.type == "PLACE"}
    place_ends = {c.j for c in found if c.type == "PLACE"}  # (context.place_in_named_place)

    def free(k: int) -> bool:
        return not taken[k]

    def person_at(k: int) -> bool:
        # a person the model found, possibly after an abbreviated title (मो. अशफाक)
        return any(x in person_starts for x in range(k, k + 3)) or bool(gz.strip_titles(words[k:k + 2])[1])

    out: list[Candidate] = []
    k = 0
    while k < len(words):
        span = context.place_in_address(words, k, free, _name_word, person_at, known_places.__contains__)
        typ = "PLACE"
        if span is None:
            span = context.person_after_role(words, k, free, _name_word, _office_before)
            typ = "PERSON"
        if span is None:
            span = (context.person_after_age(words, k, free, _name_word)
                    or context.person_after_kin(words, k, free, _name_word)
                    or context.person_before_bracketed_age(words, k, free, _name_word)
                    or context.person_before_alias(words, k, free, _name_word))
        if span is None:
            span = (context.place_before_landmark(words, k, free, _name_word, NAMED_LANDMARK_WORDS)
                    or context.colony_before_nagar(words, k, free, _name_word)
                    or context.place_before_seat(words, k, free, _name_word)
                    or context.place_before_located(words, k, free, _name_word)
                    or context.place_in_named_place(words, k, free, _name_word, place_ends)
                    or (context.dateline_place(words, k, _name_word) if free(k) else None)
                    or context.place_before_bracketed_place(words, k, known_places, free, _name_word)
                    or context.hub_named_after_town(words, k, free, _name_word)
                    or context.stations_of_a_stretch(words, k, free, _name_word)
                    or context.named_venue(words, k, free, _name_word)
                    or context.place_of_ward(words, k, free, _name_word)
                    or context.place_named_by_its_unit(words, k, free, _name_word))
            typ = "PLACE" if span else typ
        if span is None and k in everyday_places and free(k) and k + 2 < len(words) and words[k + 1] == "(" \
                and k + 2 in known_places and known_places[k + 2] < len(words) and words[known_places[k + 2]] == ")":
            # "बस्ती (उत्तर प्रदेश) निवासी": a town whose name is also a word, placed in its state
            span, typ = (k, k + 1), "PLACE"
        if span is None and free(k) and k + 2 < len(words) and words[k + 1] in ("के", "की", "का") \
                and (after := person_spans.get(k + 2)) is not None and after < len(words) \
                and (context.aged_at(words, after) or words[after] == "ने") \
                and words[k].endswith(context.PLACE_NAME_ENDINGS) and context.rare(words[k]) and len(words[k]) > 4:
            # "शिवाजीनगर की रेणु देवी (41)": a town-like word where a person named next is from
            span, typ = (k, k + 1), "PLACE"
        if span is None and k > 0 and words[k - 1] in FACILITIES_BEFORE_TOWN and free(k) and _name_word(words[k]) \
                and context.rare(words[k]) and len(words[k]) > 2 and not words[k].endswith(context.COMMON_ENDINGS) \
                and words[k] not in REFERRAL_VERBS \
                and (k + 1 >= len(words) or words[k + 1] in POSTPOSITIONS or PUNCT_RE.match(words[k + 1])
                     or words[k + 1] in REFERRAL_VERBS):
            # "अनुमंडलीय अस्पताल बिक्रमगंज ले जाया गया", "सीएचसी करहल में": the town a facility is in
            span, typ = (k, k + 1), "PLACE"
            if words[k - 1] in CLINIC_HEADS and free(k - 1):
                # (and "सीएचसी रसड़ा" is the town's health centre, as _join_place_and_institution has it)
                out.append(Candidate(si, k - 1, k + 1, "ORG", from_context=True))
                taken[k - 1] = True
        if span is None and k + 2 < len(words) and words[k + 1] == "के" and words[k + 2] in NEAR_WORDS and free(k) \
                and words[k].endswith(context.PLACE_NAME_ENDINGS) and context.rare(words[k]) and len(words[k]) > 4 \
                and _name_word(words[k]) and (k == 0 or not (_name_word(words[k - 1]) and free(k - 1))):
            # "ठियोग उपमंडल के धारगांव के पास": a town-like word one is near
            span, typ = (k, k + 1), "PLACE"
        if span is None and free(k) and _name_word(words[k]) and len(words[k]) > 2 and context.rare(words[k]) \
                and not context.is_abbreviation(words[k]) and not words[k].endswith(context.COMMON_ENDINGS) and (
                    (k + 1 < len(words) and words[k + 1] in BORDER_POST_WORDS
                     and (k == 0 or not (_name_word(words[k - 1]) and free(k - 1))))
                    or (k > 0 and words[k - 1] in CAPITAL_WORDS
                        and (k + 1 >= len(words) or words[k + 1] in POSTPOSITIONS or PUNCT_RE.match(words[k + 1])))):
            # "ठूठीबारी बॉर्डर से", "किर्गिस्तान की राजधानी बिश्केक में": a border post's town, a capital
            span, typ = (k, k + 1), "PLACE"
        if span is None and free(k) and _lives_there_after(words, k + 1) and _name_word(words[k]) \
                and (words[k + 1] != "में" or context.town_like(words[k])) \
                and not words[k].endswith(context.COMMON_ENDINGS) and words[k] not in PLACE_GENERIC \
                and (k == 0 or not (_name_word(words[k - 1]) and free(k - 1))):
            # "बदायूं जिले के उझानी के रहने वाले": where someone lives ("… की झोपड़ी में रहने वाले":
            # in what, a town-like word only)
            span, typ = (k, k + 1), "PLACE"
        if span is None and k + 1 < len(words) and words[k + 1] in SEAT_CUES and free(k) and _name_word(words[k]) \
                and context.rare(words[k]) and len(words[k]) > 2 \
                and not words[k].endswith(context.COMMON_ENDINGS) and not (k > 0 and words[k - 1] == "-") \
                and (k == 0 or not (_name_word(words[k - 1]) and context.rare(words[k - 1], context.PERSON_RANK))) \
                and _members_seat_after(words, k + 1):
            # "जाले के विधायक", "डबरा की विधायक", "धोद विधायक गोरधन वर्मा": the seat a member holds
            span, typ = (k, k + 1), "PLACE"
        if span is None and free(k) and k + 2 < len(words) and words[k + 1] == "औद्योगिक" \
                and words[k + 2] in INDUSTRIAL_AREA_WORDS and _name_word(words[k]) and free(k + 1) and free(k + 2) \
                and not words[k].endswith(context.COMMON_ENDINGS) and (k == 0 or not _name_word(words[k - 1])):
            # "पानीपत के सिवाह औद्योगिक क्षेत्र में": an industrial area named after its village
            span, typ = (k, k + 3), "PLACE"
        if span is None and words[k] in CITY_LANDMARKS and free(k):
            # "घंटाघर पर", "घंटाघर चौक": the clock tower is a named landmark of its town
            span = (k, k + 2 if k + 1 < len(words) and words[k + 1] in LANDMARK_WORDS and free(k + 1) else k + 1)
            typ = "PLACE"
        dash = 1 if words[k] == "सेक्टर" and k + 2 < len(words) and words[k + 1] == "-" else 0
        if span is None and words[k] == "सेक्टर" and free(k) and k + 1 + dash < len(words) \
                and words[k + 1 + dash].isdigit() and not (k > 0 and not free(k - 1)) and not (
                    k + 2 + dash < len(words) and words[k + 2 + dash] in QUANTITY_UNITS):
            # "सेक्टर 14 में धरना", "सेक्टर-63 की झुग्गियां": a numbered sector of a planned city is a
            # locality (not "सेक्टर 5 प्रतिशत")
            span, typ = (k, k + 2 + dash), "PLACE"
        if span is None and words[k] in CITY_LOCALITY_FIRST:
            # "सिविल लाइंस", "मॉडल टाउन", "सदर बाजार": localities many towns have, by these names
            n_loc = max((len(loc) for loc in CITY_LOCALITIES if tuple(words[k:k + len(loc)]) == loc
                         and all(free(x) for x in range(k, k + len(loc)))), default=None)
            if n_loc:
                span, typ = (k, k + n_loc), "PLACE"
        if span is None and free(k):
            span = _named_hospital(words, k, free)
            typ = "ORG" if span else typ
        if span is None:
            span = (context.registered_company(words, k, free, _name_word, BUSINESS_WORDS)
                    or context.association_name(words, k, free, _association_word)
                    or context.business_name(words, k, free, _name_word, FIRM_WORDS)
                    or context.body_of_named_place(words, k, free, _name_word))
            typ = "ORG" if span else typ
            if span and span[1] < len(words) and words[span[1]] in MARKET_WORDS and free(span[1]):
                span, typ = (span[0], span[1] + 1), "PLACE"  # "शिवशक्ति फर्नीचर मार्केट": a market, a place
        if span is None:
            k += 1
            continue
        a, b = span
        cand = Candidate(si, a, b, typ, from_context=True)
        role = _office_before(words, a) if typ == "PERSON" else None
        if role:
            cand.roles.append(role)
        out.append(cand)
        for x in range(a, b):
            taken[x] = True
        k = b
    places = [(c.i, c.j) for c in found + out if c.type == "PLACE"]

    def place_like(x: int) -> bool:
        return x in everyday_places or (words[x].endswith(context.PLACE_NAME_ENDINGS) and context.rare(words[x])
                                        and len(words[x]) > 4)

    for a, b in context.places_in_list(words, places, free, _name_word, frozenset(NAMED_LANDMARK_WORDS),
                                       place_like):
        out.append(Candidate(si, a, b, "PLACE", from_context=True))
    return out


# Words that make भारत/इंडिया part of a scheme's or slogan's name (स्वच्छ भारत अभियान,
# डिजिटल इंडिया, मेक इन इंडिया, भारत जोड़ो यात्रा) rather than the country.
SLOGAN_BEFORE = {normalise_token(w) for w in (
    "स्वच्छ", "डिजिटल", "न्यू", "नया", "आत्मनिर्भर", "आयुष्मान", "वंदे", "खेलो", "फिट", "स्किल", "स्टार्टअप",
    "स्टैंडअप", "इन", "श्रेष्ठ", "सशक्त", "समृद्ध", "स्वस्थ", "साक्षर", "विकसित", "अतुल्य", "शाइनिंग")}
SLOGAN_AFTER = {normalise_token(w) for w in ("मिशन", "अभियान", "जोड़ो", "छोड़ो", "एक्सप्रेस", "योजना")}
SLOGAN_PLACES = {normalise_token(w) for w in ("भारत", "इंडिया", "हिंदुस्तान", "हिन्दुस्तान")}
# Heads of a country's formal name the model may type as an organisation.
STATE_HEADS = {"रिपब्लिक", "गणराज्य", "गणतंत्र", "अमीरात", "किंगडम", "राजशाही"}
DIRECTION_WORDS = {"पूर्वी", "पश्चिमी", "उत्तरी", "दक्षिणी", "मध्य", "पूर्वोत्तर", "उत्तर", "दक्षिण", "पूर्व", "पश्चिम"}


def _not_the_named_thing(words: list[str], m) -> bool:
    """A gazetteer match whose words here name something else: भारत in स्वच्छ भारत अभियान,
    टीएमसी in "2.4 टीएमसी" (a unit after a number)."""
    if m.type == gz.PLACE and m.end - m.start == 1 and words[m.start] in SLOGAN_PLACES:
        before = words[m.start - 1] if m.start else ""
        after = words[m.end] if m.end < len(words) else ""
        return before in SLOGAN_BEFORE or after in SLOGAN_AFTER
    if m.type != gz.PLACE and m.end - m.start == 1 and m.start > 0:
        # an abbreviation right after a figure is a unit: "2.4 टीएमसी", "50 एमबी"
        return bool(re.fullmatch(r"\d[\d.,]*", words[m.start - 1])) and words[m.start] not in GENERIC_WORDS
    return False


def _is_country_name(span: list[str], inside, named_rest: list[int], words: list[str]) -> bool:
    """Does a span the model typed ORG name a country (``डेमोक्रेटिक रिपब्लिक ऑफ द काँगो``,
    ``संघीय जर्मन गणराज्य``, ``पश्चिमी जर्मनी``)?"""
    if span[-1] in STATE_HEADS or (len(span) > 2 and span[0] in {"डेमोक्रेटिक", "रिपब्लिक", "किंगडम"}
                                   and "ऑफ" in span):
        return True
    countries = [m for m in inside if m.type == gz.PLACE and m.kind == "country"]
    return bool(countries) and all(words[k] in DIRECTION_WORDS for k in named_rest)


def _role_before(words: list[str], i: int) -> str | None:
    """A role phrase just before a name (प्रदेश कांग्रेस अध्यक्ष जीतू पटवारी), also with its
    abbreviation in brackets between them (पुलिस अधीक्षक (एसपी) अनुराग सिंह)."""
    if i >= 3 and words[i - 1] == ")" and "(" in words[max(0, i - 4):i - 1]:
        opening = max(k for k in range(max(0, i - 4), i - 1) if words[k] == "(")
        role = _role_before(words, opening)
        if role is not None:
            return role
    for k in range(min(5, i), 0, -1):
        phrase = " ".join(words[i - k:i])
        if gz.is_role(phrase):
            return phrase
    return None


# Offices held for a place, written after it: "मद्दूर के पूर्व विधायक", "मिकोलाइव के गवर्नर".
# (In IL-NER and HiNER the word before "के/से (पूर्व) विधायक/गवर्नर/…" is a place or a body
# 27 times in 38 and never a person.)
OFFICES_OF_PLACES = {"विधायक", "सांसद", "गवर्नर", "राज्यपाल", "मेयर", "महापौर", "जिलाधिकारी", "डीएम", "कलेक्टर",
                     "उपायुक्त", "सरपंच", "मुखिया", "एसपी", "एसएसपी", "विधायकों", "सांसदों"}
OFFICE_TENSES = {"पूर्व", "निवर्तमान", "मौजूदा", "तत्कालीन", "वर्तमान"}


def _office_of_place_after(words: list[str], j: int) -> bool:
    """Does ``के``/``से`` and an office of a place follow ``j`` ("के पूर्व विधायक", "से कांग्रेस
    विधायक": a member elected from there)?"""
    if j >= len(words) or words[j] not in ("के", "की", "का", "से"):
        return False
    k = j + 1
    if k < len(words) and words[k] in OFFICE_TENSES:
        k += 1
    if words[j] == "से" and k + 1 < len(words) and words[k + 1] in ("विधायक", "सांसद") \
            and gz.find_gazetteer_mentions(words[k:k + 1]):
        k += 1  # "से कांग्रेस विधायक": the member's party between
    return k < len(words) and words[k] in OFFICES_OF_PLACES and (words[j] != "से" or words[k] in ("विधायक", "सांसद")) \
        and not (k + 1 < len(words) and words[k + 1] in RELATION_WORDS)  # (not "प्रियंका की सांसद बहन")


def _office_inside(words: list[str], i: int, j: int) -> tuple[int, int] | None:
    """(role start, name start) of an office inside a model person span after a place word
    ("बांसडीह | कोतवाल | संजय त्रिपाठी"), with a name of two words or more after it."""
    for x in range(i + 2, j - 1):
        role = _role_before(words, x)
        if role is None:
            continue
        start = x - len(role.split())
        if i < start and start - i <= 2 and not gz.is_role(words[x]) and not context._name_part(words[start]):
            return start, x
    return None


SEAT_CUES = {"के", "की", "का", "विधायक"}  # (the word after a seat's name, checked first: it is cheap)
NEAR_WORDS = {"पास", "निकट", "नजदीक", "समीप", "करीब"}
BORDER_POST_WORDS = {normalise_token(w) for w in ("बॉर्डर", "बार्डर")}
CAPITAL_WORDS = {normalise_token(w) for w in ("राजधानी",)}
FACILITIES_BEFORE_TOWN = {"अस्पताल", "हॉस्पिटल", "सीएचसी", "पीएचसी"}
REFERRAL_VERBS = {"ले", "भेजा", "भेजे", "भेज", "रेफर", "लाया", "लाए", "पहुंचाया", "पहुंचाए"}


def _lives_there_after(words: list[str], j: int) -> bool:
    """Does "के रहने वाले" ("में रहने वाली") follow ``j`` (the place before it is where someone lives)?"""
    return (j + 2 < len(words) and words[j] in ("के", "की", "का", "में") and words[j + 1] == "रहने"
            and words[j + 2] in ("वाले", "वाली", "वाला"))


def _members_seat_after(words: list[str], j: int) -> bool:
    """Does an office of a place follow ``j`` ("के (पूर्व) विधायक", "की विधायक"), or "विधायक" and a
    name ("धोद विधायक गोरधन वर्मा")?"""
    if j < len(words) and words[j] in ("के", "की", "का"):
        return _office_of_place_after(words, j)
    return j + 1 < len(words) and words[j] == "विधायक" and _name_word(words[j + 1]) and context.rare(
        words[j + 1], context.PERSON_RANK)


def _office_of_a_place_before(words: list[str], i: int) -> bool:
    """Is the role just before ``i`` an office written before the place it is of ("बीडीओ
    बिक्रमगंज", "एसडीएम महमूदाबाद")?"""
    role = _role_before(words, i)
    return role is not None and role.split()[-1] in PLACE_OFFICES


def _office_before(words: list[str], i: int) -> str | None:
    """A role phrase before ``i``, or a word naming one by its ending (शिक्षाकर्मी, पुलिसकर्मी)."""
    role = _role_before(words, i)
    if role is None and i > 0 and words[i - 1].endswith(ROLE_SUFFIXES) and len(words[i - 1]) > 5:
        return words[i - 1]
    return role


def _find_sub(words: list[str], sub: list[str]) -> int:
    for k in range(len(words) - len(sub) + 1):
        if words[k:k + len(sub)] == sub:
            return k
    return 0


MOTHER = "माता"
AMAR = "अमर"
LIVE_ON = {"रहें", "रहे", "रहेंगे"}


def _acceptable(c: Candidate, words: list[str]) -> bool:
    span = words[c.i:c.j]
    if not span or all(PUNCT_RE.match(w) for w in span):
        return False
    text = " ".join(span)
    if c.type == "PLACE" and c.j + 1 < len(words) and words[c.j] == MOTHER and words[c.j + 1] in ("की", "के"):
        return False  # "'भारत माता की जय'": a slogan's mother, no place the story is in
    if c.from_gazetteer:
        return True
    if len(span) == 1 and (gz.is_not_name(span[0]) or span[0] in POSTPOSITIONS or len(span[0]) < 2):
        return False
    if all(w.isascii() for w in span) and len(span) <= 3:
        return False  # "Author,", "Share:", "Posted By": a page's English furniture the gazetteer does not know
    if c.type == "PLACE" and len(span) == 1 and gz.is_demonym(span[0]):
        return False
    if gz.is_not_entity(text):  # months, weekdays, कोरोना, सोशल मीडिया …
        return False
    if c.type in ("ORG", "PLACE") and all(w in GENERIC_WORDS or w in PLACE_GENERIC for w in span):
        return False
    if c.type == "PLACE" and all(w in DIRECTION_WORDS or w == "-" for w in span):
        return False  # "उत्तर-पूर्वी (दिल्ली)": a direction alone names no place
    if c.type == "PLACE" and len(span) == 1 and (span[0] in ROAD_HEADS or span[0] in ALERT_COLOURS):
        return False  # "हाईवे पर जाम": a road, not named; "ऑरेंज (अलर्ट)": a colour
    if c.type == "PLACE" and all(w in OFFICE_WORDS for w in span):
        return False  # "नगर पालिका की टीमें": the town's body, no place named
    if c.type == "PLACE" and len(span) == 1 and span[0].endswith("भर") and (
            span[0][:-2] in GENERIC_WORDS or span[0][:-2] in PLACE_GENERIC):
        # शहरभर, देशभर: "all over the city/country", not a named place
        return False
    if c.type == "PERSON" and (gz.is_role(text) or any(ch.isdigit() for ch in text)):
        return False
    if c.type == "ORG" and not c.from_gazetteer and gz.is_role(text):
        return False  # "एसपी सिटी ने बताया": an office the model took for a body
    if c.type == "ORG" and _law_after(words, c.j):
        return False  # "उत्तर प्रदेश नगर पालिका (संशोधन) विधेयक": a bill's title, not the body
    if c.type in ("PERSON", "PLACE") and len(span) == 2 and span[0] in DEITIES and span[1] in IDOL_WORDS:
        return False  # "दुर्गा प्रतिमा": a goddess's idol, neither a person nor a place
    if c.type == "PERSON" and len(span) == 1 and span[0] in DEITIES and c.j < len(words) \
            and words[c.j] in IDOL_WORDS | {"पूजा", "पूजन", "जयंती"}:
        return False  # "दुर्गा | पूजा": a festival of a goddess
    if c.type == "PERSON" and span[-1] in GATHERING_NOUNS:
        return False  # "विजय जुलूस": a victory procession, not Vijay
    if c.type == "PERSON" and len(span) == 1 and span[0] in AGE_GROUP_NOUNS and c.i > 0 \
            and (words[c.i - 1] in context.AGE_ADJECTIVES or words[c.i - 1] in MINOR_WORDS):
        return False  # "एक 17 वर्षीय किशोर", "नाबालिग किशोरी": a teenager, not Kishore
    if c.type == "PERSON" and span[-1] in STUDENT_WORDS:
        return False  # "बीएससी छात्रा": a student, unnamed
    if c.type == "ORG" and len(span) == 2 and not c.from_gazetteer and gz.is_role(span[-1]):
        return False  # "ग्वालियर कलेक्टर": an office of a place, no body
    if c.type == "PERSON" and all(gz.is_not_name(w) or w in NON_NAME_OPENERS for w in span):
        return False  # "ईश्वर दिवंगत (आत्माओं को शांति दे)": God and "the departed", nobody's name
    if c.type == "PERSON" and span[-1].endswith(PLURAL_OBLIQUE) and len(span[-1]) > 3 \
            and span[-1] not in context.NAME_PARTS:  # (सेखों, ढिल्लों: surnames)
        # names do not take the plural oblique: प्रत्यक्षदर्शियों, ग्रामीणों are groups
        return False
    return True


# Words that make the name before them a law's or a bill's title.
LAW_WORDS = {"विधेयक", "अधिनियम", "एक्ट", "बिल", "अध्यादेश", "संहिता", "नियमावली"}
AMENDMENT_WORDS = {"संशोधन", "संशोधित", "द्वितीय", "तृतीय"}


def _law_after(words: list[str], j: int) -> bool:
    """Does a law's title end at ``j`` ("… विधेयक", "… (संशोधन) विधेयक", "… अधिनियम, 1973")?"""
    if j + 2 < len(words) and words[j] == "(" and words[j + 1] in AMENDMENT_WORDS and words[j + 2] == ")":
        j += 3
    return j < len(words) and words[j] in LAW_WORDS


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
    cands = _propagate(doc, _rejoin_split_names(doc, cands))
    cands = _given_name_then_place(doc, cands)
    cands = _pakistani_party_initials(doc, cands)
    cands = _no_generic_young_people(doc, cands)
    clusters = _cluster(doc, cands)
    doc.entities = _build_entities(doc, clusters)


# Initials a Pakistani party shares with an Indian body (पीटीआई the news agency, पीपीपी a
# public-private partnership): the party's in a story set in Pakistan.
PAKISTANI_INITIALS = {"पीटीआई": "पाकिस्तान तहरीक-ए-इंसाफ़", "पीपीपी": "पाकिस्तान पीपल्स पार्टी"}
PAKISTANI_PARTIES = {"pti_pk", "pmln", "ppp_pk"}
# Words around the agency's or the scheme's initials: "समाचार एजेंसी पीटीआई", "पीटीआई-भाषा",
# "पीपीपी मॉडल".
NOT_PARTY_INITIALS_BEFORE = {"एजेंसी", "("}
NOT_PARTY_INITIALS_AFTER = {"भाषा", "-", "मॉडल", "मोड", "आधार", "आधारित", "परियोजना", "परियोजनाओं"}


def _no_generic_young_people(doc: Document, cands: list[Candidate]) -> list[Candidate]:
    """"एक 17 वर्षीय किशोर … किशोर को बाल सुधार गृह भेजा गया": where the article calls someone a
    teenager (after an age or नाबालिग), the bare word later is that teenager, no name."""
    generic = set()
    for sent in doc.sentences:
        words = [t.norm for t in sent.tokens]
        for k in range(1, len(words)):
            if words[k] in AGE_GROUP_NOUNS and (words[k - 1] in context.AGE_ADJECTIVES or words[k - 1] in MINOR_WORDS):
                generic.add(words[k])
    if not generic:
        return cands
    return [c for c in cands if not (c.type == "PERSON" and c.j - c.i == 1 and _words(doc, c)[0] in generic)]


def _pakistani_party_initials(doc: Document, cands: list[Candidate]) -> list[Candidate]:
    """In a story that names a Pakistani party or a place in Pakistan, पीटीआई and पीपीपी
    stand for Imran Khan's and the Bhuttos' parties (the gazetteer leaves these
    initials to the agency and the scheme they also are in Indian news)."""
    def in_pakistan(c: Candidate) -> bool:
        if c.type == "PARTY":
            return c.key in PAKISTANI_PARTIES
        if c.type != "PLACE" or not c.canonical:
            return False
        entries = gz.places_by_alias(c.canonical)
        return bool(entries) and entries[0].get("country") == "Pakistan" or c.canonical == "पाकिस्तान"
    if not any(in_pakistan(c) for c in cands):
        return cands
    # (the initials read as an organisation are found again below: as the party where the words allow it)
    out = [c for c in cands if not (c.type == "ORG" and c.j - c.i == 1 and _words(doc, c)[0] in PAKISTANI_INITIALS)]
    for si, sent in enumerate(doc.sentences):
        words = [t.norm for t in sent.tokens]
        for k, w in enumerate(words):
            if w not in PAKISTANI_INITIALS:
                continue
            if any(c.sentence == si and c.i <= k < c.j and not (c.j - c.i == 1 and c.type == "ORG") for c in cands):
                continue
            after_party = k > 1 and words[k - 1] == "(" and any(
                c.sentence == si and c.j == k - 1 and c.type == "PARTY" for c in cands)
            if not after_party and ((k > 0 and words[k - 1] in NOT_PARTY_INITIALS_BEFORE) or (
                    k + 1 < len(words) and words[k + 1] in NOT_PARTY_INITIALS_AFTER)):
                # (a credit, "इस्लामाबाद (पीटीआई)", is the agency; "तहरीक-ए-इंसाफ़ (पीटीआई)" the party)
                out.extend(c for c in cands if c.sentence == si and c.i == k and c.type == "ORG")
                continue
            party = gz.party_by_alias(PAKISTANI_INITIALS[w])
            out.append(Candidate(si, k, k + 1, "PARTY", canonical=party["hi"], english=party["en"],
                                 key=party["id"], from_gazetteer=True))
    return out


def _words(doc: Document, c: Candidate) -> list[str]:
    return [t.norm for t in doc.sentences[c.sentence].tokens[c.i:c.j]]


# Words after a person's given name and a town that say the town is where something is: "अमित
# सूरत की एक मिल में काम करता है", "आदित्य बांसडीह के आदर्श इंटर कॉलेज का छात्र है".
GENITIVE_OR_LOCATIVE = {"की", "के", "का", "में"}


def _given_name_then_place(doc: Document, cands: list[Candidate]) -> list[Candidate]:
    """A two-word "person" the model found whose first word is the given name of someone the
    article names in full with another surname, and whose second word is a town the gazetteer
    knows, followed by a genitive or में, is that person's short name and the town: "अमित यादव"
    … "अमित सूरत की एक कपड़ा मिल में काम करता है"."""
    full_names = [_words(doc, c) for c in cands if c.type == "PERSON" and c.j - c.i >= 2]
    out = []
    for c in cands:
        if c.type != "PERSON" or c.j - c.i != 2 or c.roles:
            out.append(c)
            continue
        words = [t.norm for t in doc.sentences[c.sentence].tokens]
        if c.j < len(words) and words[c.j] in GENITIVE_OR_LOCATIVE and gz.place_by_alias(words[c.i + 1]) \
                and any(n[0] == words[c.i] and n[-1] != words[c.i + 1] for n in full_names):
            out.append(Candidate(c.sentence, c.i, c.i + 1, "PERSON", from_model=c.from_model))
            out.append(_place_candidate(c.sentence, words, c.i + 1, c.j))
        else:
            out.append(c)
    return out


def _rejoin_split_names(doc: Document, cands: list[Candidate]) -> list[Candidate]:
    """Where the model cut a name it found whole elsewhere into adjacent pieces of its type
    (``ऑल इंडिया बैंक`` + ``एम्पलाइज एसोसिएशन``), the pieces become the whole name again."""
    wholes = {tuple(_words(doc, c)): c.type for c in cands if c.from_model and c.j - c.i >= 2}
    if not wholes:
        return cands
    by_sentence: dict[int, list[Candidate]] = {}
    for c in cands:
        by_sentence.setdefault(c.sentence, []).append(c)
    drop: set[int] = set()
    joined = []
    for si, group in by_sentence.items():
        group.sort(key=lambda c: c.i)
        words = [t.norm for t in doc.sentences[si].tokens]
        a = 0
        while a < len(group):
            b = a  # the run of adjacent same-type pieces starting at a
            while b + 1 < len(group) and group[b].j == group[b + 1].i and group[b + 1].type == group[a].type:
                b += 1
            for end in range(b, a, -1):  # the longest run that spells a known whole
                if wholes.get(tuple(words[group[a].i:group[end].j])) == group[a].type:
                    drop.update(id(c) for c in group[a:end + 1])
                    joined.append(Candidate(si, group[a].i, group[end].j, group[a].type, from_model=True))
                    a = end
                    break
            a += 1
    return [c for c in cands if id(c) not in drop] + joined


def _propagate(doc: Document, cands: list[Candidate]) -> list[Candidate]:
    """Find again, in every sentence, the model-found names already known.

    Only multi-token names and single tokens the model tagged at least twice
    or that end a known full name (a surname), so common words are not spread.
    """
    known: dict[tuple[str, ...], str] = {}
    counts: dict[tuple[str, ...], int] = {}
    for c in cands:
        if c.from_model or c.from_context:
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
    cands = sorted(_surnames_typed_as_others(doc, cands), key=lambda c: (c.sentence, c.i))
    for c in cands:
        words = _words(doc, c)
        if c.type == "PERSON" and len(words) == 1:
            persons_single.append(c)
            continue
        if c.type == "ORG" and not c.key:
            words = _direct_case(words)  # "झूंसी थाने में" is "झूंसी थाना"
        key = c.key or " ".join(words)
        ck = (c.type, key)
        cl = clusters.get(ck)
        if cl is None:
            cl = _Cluster(c.type, key, words)
            cl.canonical, cl.english, cl.state = c.canonical, c.english, c.state
            clusters[ck] = cl
            order.append(cl)
        cl.cands.append(c)
    order = _merge_name_variants(order)
    order = _merge_rivers(order)
    order = _merge_directions(order)
    order = _merge_org_short_forms(order)
    order = _merge_orgs_named_like_places(order)
    persons_single = _places_taken_for_people(doc, order, persons_single)
    _attach_single_names(doc, order, persons_single)
    order = _towns_taken_for_people(doc, order)
    order = _merge_nicknames(doc, order)
    order = _merge_bracketed_aliases(doc, order)
    order = _merge_inner_abbreviations(order)
    return sorted(order, key=lambda cl: min((c.sentence, c.i) for c in cl.cands))


def _direct_case(words: list[str]) -> list[str]:
    """A body's name with its head in the direct case: "झूंसी थाने" → "झूंसी थाना"."""
    direct = OBLIQUE_HEADS.get(normalise_token(words[-1]))
    return words[:-1] + [direct] if direct else words


def _surnames_typed_as_others(doc: Document, cands: list[Candidate]) -> list[Candidate]:
    """A one-word place or organisation only the model found that is the surname of a
    person the article names in full is that person: "महेश चंद्र मीणा ने …" then "मीणा के
    मुताबिक" (tagged a place), "देवेंद्र फडणवीस" then "फडणवीस ने कहा" (tagged an organisation)."""
    surnames = {_words(doc, c)[-1] for c in cands if c.type == "PERSON" and c.j - c.i >= 2}
    one_word = Counter((c.type, _words(doc, c)[0]) for c in cands if c.j - c.i == 1)
    out = []
    for c in cands:
        toks = doc.sentences[c.sentence].tokens
        # (a town the gazetteer knows too, where it acts: "रामनिवास ढाका" … "ढाका ने आरोप लगाया")
        acts = c.j < len(toks) and toks[c.j].norm == "ने"
        word = _words(doc, c)[0]
        if c.type == "PLACE" and c.j - c.i == 2 and c.from_model and not c.from_gazetteer and word in surnames \
                and (known := [m for m in gz.find_gazetteer_mentions(_words(doc, c)[1:])
                               if m.type == gz.PLACE and m.start == 0 and m.end == 1 and not m.ambiguous]):
            # "श्योराण भिवानी के बापोड़ा रोड पर": the coach named in full before, then his town
            out.append(Candidate(c.sentence, c.i, c.i + 1, "PERSON", from_model=True))
            out.append(_from_gazetteer(c.sentence, c.i + 1, c.j, known[0]))
            continue
        if c.type in ("PLACE", "ORG") and c.j - c.i == 1 and not c.from_context and (
                ((acts or not c.from_gazetteer) and word in surnames)
                # a name the model took for a place once, in a list of towns, and for a person
                # more often ("शाहनवाज पर मेरठ, मुजफ्फरनगर … में मुकदमे"), or after a kinship
                # word ("पुत्र यासीन")
                or (c.type == "PLACE" and not c.from_gazetteer and (
                    one_word[("PERSON", word)] > one_word[("PLACE", word)]
                    or (c.i > 0 and toks[c.i - 1].norm in context.KINSHIP_BEFORE_RESIDENT)))):
            c = Candidate(c.sentence, c.i, c.j, "PERSON", from_model=c.from_model)
        out.append(c)
    return out


def _places_taken_for_people(doc: Document, order: list[_Cluster], singles: list[Candidate]) -> list[Candidate]:
    """A one-word "person" the model found where the article names that word as a place
    known from the gazetteer or its own words ("नाहन, 4 नवंबर (भाषा)" … "हरिदत्त शर्मा और
    नाहन से …") is the place, unless a role or title marks a person."""
    places = {tuple(cl.tokens): cl for cl in order if cl.type == "PLACE"
              and (len(cl.cands) >= 2 or any(c.from_gazetteer or c.from_context for c in cl.cands))}
    kept = []
    for c in singles:
        cl = places.get(tuple(_words(doc, c)))
        toks = doc.sentences[c.sentence].tokens
        after = toks[c.j].norm if c.j < len(toks) else ""
        # (only before a postposition of place: "वैशाली ने कहा" is someone named Vaishali)
        words = [t.norm for t in toks]
        if cl is not None and not c.from_context and (
                (not c.roles and after in ("से", "में", "के", "की", "का", "तक"))
                or _office_of_a_place_before(words, c.i)):
            # (… or right after an office of a place: "एसडीएम धौलाना | विनीता राणा")
            cl.cands.append(Candidate(c.sentence, c.i, c.j, "PLACE", from_model=True))
        else:
            kept.append(c)
    return kept


# Words after a town's name, not a person's: "भोकरदन में", "भोकरदन क़स्बे".
IN_PLACE_AFTER = {"में", "कस्बे", "कस्बा", "शहर", "इलाके", "जिले", "तहसील", "गांव", "स्थित", "थाने", "थाना",
                  "क्षेत्र", "कोतवाली"}
PLACE_POSTPOSITIONS = {"में", "से", "के", "की", "का", "तक"} | IN_PLACE_AFTER


def _towns_taken_for_people(doc: Document, order: list[_Cluster]) -> list[_Cluster]:
    """A one-word "person" the article names several times, always before a postposition of
    place and at least once as where something is ("भोकरदन में तनाव", "भोकरदन के गांधी चौक",
    "भोकरदन क़स्बे"), with no office or title, is a town ("एसडीएम धौलाना": an office of a place
    before it names the place, and says nothing either way)."""
    gone: set[int] = set()
    for cl in order:
        if cl.type != "PERSON" or len(cl.tokens) != 1 or len(cl.cands) < 2 or any(c.roles for c in cl.cands):
            continue
        signs = []  # the word after each mention that tells a place ("" where nothing does)
        for c in cl.cands:
            words = [t.norm for t in doc.sentences[c.sentence].tokens]
            if _office_of_a_place_before(words, c.i):
                signs.append("")
                continue
            if c.i > 0 and (gz.strip_titles([words[c.i - 1]])[1] or _office_before(words, c.i)):
                break  # a title or an office: a person
            signs.append(words[c.j] if c.j < len(words) else "")
        else:
            if all(a in PLACE_POSTPOSITIONS or not a for a in signs) and any(a in IN_PLACE_AFTER for a in signs):
                for c in cl.cands:
                    c.type = "PLACE"
                place = next((x for x in order if x.type == "PLACE" and x.tokens == cl.tokens), None)
                if place is not None:
                    place.cands.extend(cl.cands)
                    gone.add(id(cl))
                else:
                    cl.type = "PLACE"
    return [cl for cl in order if id(cl) not in gone]


def _merge_name_variants(order: list[_Cluster]) -> list[_Cluster]:
    """"सुशील मोदी" is "सुशील कुमार मोदी": same first and last word, fewer middle ones."""
    persons = sorted((cl for cl in order if cl.type == "PERSON"), key=lambda cl: -len(cl.tokens))
    gone: set[int] = set()
    for short in persons:
        if id(short) in gone or len(short.tokens) < 2:
            continue
        for full in persons:
            if full is short or id(full) in gone or len(full.tokens) <= len(short.tokens):
                continue
            if (full.tokens[0] == short.tokens[0] and full.tokens[-1] == short.tokens[-1]
                    and _is_subsequence(short.tokens, full.tokens)):
                full.cands.extend(short.cands)
                gone.add(id(short))
                break
        else:
            # "महेंद्र सिंह" is "महेंद्र सिंह गुर्जर" named before: a name up to its middle name, when
            # one person only has it so
            if short.tokens[-1] not in context.MIDDLE_NAMES and len(short.tokens) < 3:
                continue  # (a name of three words or more is specific enough: "पुष्प कमल दहाल")
            owners = [full for full in persons if full is not short and id(full) not in gone
                      and len(full.tokens) > len(short.tokens) and full.tokens[:len(short.tokens)] == short.tokens]
            first = min((c.sentence, c.i) for c in short.cands)
            if len(owners) == 1 and (len(short.tokens) >= 3 or min((c.sentence, c.i) for c in owners[0].cands) < first):
                # (named in full first, as news does; not the BDO "राजेश कुमार" before the DM
                # "राजेश कुमार सिंह": two people)
                owners[0].cands.extend(short.cands)
                gone.add(id(short))
    return [cl for cl in order if id(cl) not in gone]


RIVER_WORDS = {"नदी", "दरिया"}


def _merge_directions(order: list[_Cluster]) -> list[_Cluster]:
    """"दक्षिण बस्तर" beside "बस्तर" is a part of the place named, one entity with it (the
    gazetteer's own "पश्चिम बंगाल", "पूर्वी चंपारण" stay themselves)."""
    bare = {tuple(cl.tokens): cl for cl in order if cl.type == "PLACE"}
    gone: set[int] = set()
    for cl in order:
        if cl.type == "PLACE" and len(cl.tokens) >= 2 and cl.tokens[0] in DIRECTION_WORDS and not cl.canonical \
                and not any(c.from_gazetteer for c in cl.cands):
            target = bare.get(tuple(cl.tokens[1:]))
            if target is not None and target is not cl:
                target.cands.extend(cl.cands)
                gone.add(id(cl))
    return [cl for cl in order if id(cl) not in gone]


def _merge_rivers(order: list[_Cluster]) -> list[_Cluster]:
    """"तीस्ता नदी" and "तीस्ता" in one article are one river: the longer form joins the
    bare name (which keeps what the gazetteer knows of it); so for a border post."""
    bare = {tuple(cl.tokens): cl for cl in order if cl.type == "PLACE"}
    gone: set[int] = set()
    for cl in order:
        if cl.type == "PLACE" and len(cl.tokens) >= 2 and (cl.tokens[-1] in RIVER_WORDS or cl.tokens[-1] in BORDER_POST_WORDS):
            # (so are "खनौरी बॉर्डर" and "खनौरी", the border post and its village)
            target = bare.get(tuple(cl.tokens[:-1]))
            if target is not None and target is not cl:
                target.cands.extend(cl.cands)
                gone.add(id(cl))
    return [cl for cl in order if id(cl) not in gone]


# Words after a body's name that name a service of it, not another body: "बीबीसी हिंदी".
SERVICE_WORDS = {"हिंदी", "हिन्दी", "न्यूज"}  # (tokens are normalised: न्यूज़ arrives as न्यूज)
# Halves of a city with corporations of their own: "नगर निगम ग्रेटर जयपुर", "नगर निगम कोटा दक्षिण".
CITY_HALVES = {"ग्रेटर", "हेरिटेज", "उत्तर", "दक्षिण", "पूर्व", "पश्चिम", "पूर्वी", "पश्चिमी", "उत्तरी", "दक्षिणी"}
# Broadcasters with services in other languages: "बीबीसी उर्दू" is its own newsroom.
BROADCASTERS = {"बीबीसी", "BBC", "वीओए", "डीडब्ल्यू"}
LANGUAGE_SERVICES = {normalise_token(w) for w in (
    "उर्दू", "बांग्ला", "बंगाली", "नेपाली", "गुजराती", "मराठी", "तमिल", "तेलुगु", "पंजाबी", "पश्तो", "फ़ारसी", "अरबी",
    "सिंहला")}


def _merge_org_short_forms(order: list[_Cluster]) -> list[_Cluster]:
    """One organisation under two names: "बीबीसी हिंदी" is "बीबीसी"; a bare "हाई कोर्ट" is the
    one high court the article names in full ("मध्य प्रदेश हाईकोर्ट"), if it names one."""
    orgs = [cl for cl in order if cl.type == "ORG"]
    joined = {id(cl): "".join(cl.tokens) for cl in orgs}
    gone: set[int] = set()
    for cl in orgs:
        if len(cl.tokens) >= 2 and cl.tokens[-1] in SERVICE_WORDS:
            base = next((x for x in orgs if x.tokens == cl.tokens[:-1]), None)
            if base is not None:
                base.cands.extend(cl.cands)
                gone.add(id(cl))
                continue
        if len(cl.tokens) == 1 and (letters := acronym_letters(cl.tokens[0])) and len(letters) >= 3:
            # "एसटीएच" for "सुशीला तिवारी अस्पताल" named in the same article: the acronym of its
            # words (their English initials, an institution word by its English name)
            fuller = [x for x in orgs if x is not cl and id(x) not in gone and len(x.tokens) == len(letters)
                      and initials(x.tokens) == letters]
            if len(fuller) == 1:
                fuller[0].cands.extend(cl.cands)
                gone.add(id(cl))
                continue
        if len(cl.tokens) <= 2:
            # (a bare head such as "हाई कोर्ट" / "हाईकोर्ट" matches by its letters)
            fuller = [x for x in orgs if x is not cl and id(x) not in gone and len(x.tokens) > len(cl.tokens)
                      and joined[id(x)].endswith(joined[id(cl)]) and x.tokens[0] != cl.tokens[0]
                      and not _foreign_state_body(x.tokens)]
            if len(fuller) == 1:
                fuller[0].cands.extend(cl.cands)
                gone.add(id(cl))
    return [cl for cl in order if id(cl) not in gone]


def _merge_orgs_named_like_places(order: list[_Cluster]) -> list[_Cluster]:
    """A name found as a place and, elsewhere, as an organisation ("ओडेसा") is the place: the
    model's ORG for a city is the commoner slip than a body named after nothing but it."""
    places = {tuple(cl.tokens): cl for cl in order if cl.type == "PLACE"}
    gone: set[int] = set()
    for cl in order:
        if cl.type == "ORG" and not cl.canonical and tuple(cl.tokens) in places:
            places[tuple(cl.tokens)].cands.extend(cl.cands)
            gone.add(id(cl))
    return [cl for cl in order if id(cl) not in gone]


def _is_subsequence(short: list[str], full: list[str]) -> bool:
    it = iter(full)
    return all(w in it for w in short)


def _attach_single_names(doc: Document, order: list[_Cluster], singles: list[Candidate]) -> None:
    """A one-word person mention joins a known full name holding that word.

    With several candidates (राहुल गांधी, सोनिया गांधी) the one mentioned most
    recently before it wins — news refers back to the person just talked about.
    """
    persons = [cl for cl in order if cl.type == "PERSON" and len(cl.tokens) > 1]
    for c in singles:
        w = _words(doc, c)[0]
        owners = [cl for cl in persons if w in cl.tokens]
        if owners:
            def last_before(cl: _Cluster) -> tuple[int, int]:
                before = [(x.sentence, x.i) for x in cl.cands if (x.sentence, x.i) < (c.sentence, c.i)]
                return max(before) if before else (-1, -1)
            best = max(owners, key=lambda cl: (last_before(cl), cl.tokens[-1] == w))
            best.cands.append(c)
            continue
        cl = next((x for x in order if x.type == "PERSON" and x.tokens == [w]), None)
        if cl is None:
            cl = _Cluster("PERSON", w, [w])
            order.append(cl)
        cl.cands.append(c)


OPENING_QUOTES = {"‘", "'", '"', "“"}
CLOSING_QUOTES = {"’", "'", '"', "”"}


def _merge_nicknames(doc: Document, order: list[_Cluster]) -> list[_Cluster]:
    """"सतीश कुमार उर्फ सतई प्रधान": the name after उर्फ is the same person's; so is a nickname in
    quotes right after a name ("जितेंद्र यादव ‘पिंटू’")."""
    persons = [cl for cl in order if cl.type == "PERSON"]
    ends = {(c.sentence, c.j): cl for cl in persons for c in cl.cands}
    gone: set[int] = set()
    for cl in persons:
        for c in cl.cands:
            tokens = doc.sentences[c.sentence].tokens
            quoted = c.i >= 2 and c.j < len(tokens) and tokens[c.i - 1].norm in OPENING_QUOTES \
                and tokens[c.j].norm in CLOSING_QUOTES  # "जितेंद्र यादव ‘पिंटू’ ने": a nickname in quotes
            if c.i >= 2 and (tokens[c.i - 1].norm in ALIAS_WORDS or quoted):
                owner = ends.get((c.sentence, c.i - 1))
                if owner is not None and owner is not cl and id(owner) not in gone:
                    owner.cands.extend(cl.cands)
                    gone.add(id(cl))
                    break
    return [cl for cl in order if id(cl) not in gone]


BRACKET_RE = re.compile(r"\s*[(\[]\s*([^()\[\]\n]{1,40}?)\s*[)\]]")


def _merge_bracketed_aliases(doc: Document, order: list[_Cluster]) -> list[_Cluster]:
    """"भारतीय बैंक संगठन (आईबीए)": the bracketed short form is the same entity."""
    by_text: dict[str, _Cluster] = {}
    for cl in order:
        for c in cl.cands:
            by_text.setdefault(" ".join(_words(doc, c)), cl)
    gone: set[int] = set()
    # (where mentions end at one bracket, the longest takes it: "माध्यमिक शिक्षा बोर्ड राजस्थान
    # (आरबीएसई)" is the board's, not Rajasthan's)
    first_start: dict[tuple[int, int], int] = {}
    for cl in order:
        for c in cl.cands:
            key = (c.sentence, c.j)
            first_start[key] = min(first_start.get(key, c.i), c.i)
    for cl in order:
        for c in list(cl.cands):
            sent = doc.sentences[c.sentence]
            m = BRACKET_RE.match(doc.text, sent.tokens[c.j - 1].end)
            if not m or first_start[(c.sentence, c.j)] < c.i:
                continue
            inner = " ".join(t.norm for t in sent.tokens if m.start(1) <= t.start and t.end <= m.end(1))
            other = by_text.get(inner)
            # (a body's abbreviation the model took for a person elsewhere is the body: "आर्थिक अपराध
            # इकाई (ईओयू)" … "ईओयू ने 14 लोगों को गिरफ्तार किया")
            person_ok = cl.type in ("ORG", "PARTY") and context.is_abbreviation(inner)
            if other is not None and other is not cl and id(other) not in gone \
                    and (other.type != "PERSON" or person_ok) and not (other.type == "PLACE" and (
                        cl.type == "PLACE" or other.canonical)):
                # ("बेनीपट्टी (मधुबनी)": a place in brackets after a place is its district; a known
                # place after a person or a body, "ममता तिवारी (ग्वालियर)", is where they are from)
                cl.cands.extend(other.cands)
                gone.add(id(other))
    return [cl for cl in order if id(cl) not in gone]


# An abbreviation bracketed inside a name, between its words.
INNER_BRACKET_RE = re.compile(r"(?<=\S) ?\([^()\s\d]{2,12}\) ?(?=\S)")


def _merge_inner_abbreviations(order: list[_Cluster]) -> list[_Cluster]:
    """"सवाई मानसिंह (एसएमएस) अस्पताल" is also "एसएमएस अस्पताल" and "सवाई मानसिंह अस्पताल": a body
    whose abbreviation stands in brackets before its head word is the same body under either form."""
    orgs = [cl for cl in order if cl.type == "ORG"]
    by_tokens = {tuple(cl.tokens): cl for cl in orgs}
    gone: set[int] = set()
    for cl in orgs:
        t = cl.tokens
        if "(" not in t or id(cl) in gone:
            continue
        a = t.index("(")
        if not (a >= 1 and a + 2 < len(t) - 1 and t[a + 2] == ")" and context.is_abbreviation(t[a + 1])):
            continue
        head = t[a + 3:]
        for form in (tuple([t[a + 1]] + head), tuple(t[:a] + head)):
            other = by_tokens.get(form)
            if other is not None and other is not cl and id(other) not in gone:
                cl.cands.extend(other.cands)
                gone.add(id(other))
    return [cl for cl in order if id(cl) not in gone]


def _build_entities(doc: Document, clusters: list[_Cluster]) -> list[Entity]:
    entities: list[Entity] = []
    for n, cl in enumerate(clusters, 1):
        mentions = []
        roles: list[str] = []
        for c in sorted(cl.cands, key=lambda c: (c.sentence, c.i)):
            sent = doc.sentences[c.sentence]
            start, end = sent.tokens[c.i if c.shown_i is None else c.shown_i].start, sent.tokens[c.j - 1].end
            mentions.append(Mention(text=doc.text[start:end], start=start, end=end, sentence=c.sentence))
            for r in c.roles:
                if r not in roles:
                    roles.append(r)
        surfaces = [" ".join(m.text.split()) for m in mentions]
        if cl.canonical and (cl.type == "PARTY" or _norm_form(cl.canonical) in {_norm_form(x) for x in surfaces}):
            name = cl.canonical
        elif cl.canonical and cl.type == "PLACE":
            # the article's own spelling (बंबई) stays the name; the gazetteer's
            # canonical form is kept only where the article uses it
            # (not a part of it named by direction, "दक्षिणी ग़ज़ा", merged in by _merge_directions)
            name = max(set(surfaces), key=lambda x: (not _by_direction(x), surfaces.count(x), len(x)))
        elif cl.canonical:
            # an organisation is named as the article names it most fully
            # (सुप्रीम कोर्ट, not the gazetteer's सर्वोच्च न्यायालय)
            name = max(set(surfaces), key=lambda x: (len(x.split()), surfaces.count(x), len(x)))
        else:
            # the fullest form as written (original spelling, nukta and all)
            best = max(mentions, key=lambda m: (cl.type != "PLACE" or not _by_direction(m.text),
                                                len(m.text.split()), len(m.text)))
            name = " ".join(best.text.split())
            if cl.type == "ORG":
                name = " ".join(_direct_case(name.split()))  # named in the direct case: झूंसी थाना
                # named without the abbreviation bracketed inside it: "सवाई मानसिंह (एसएमएस) अस्पताल"
                name = INNER_BRACKET_RE.sub(" ", name)
        if cl.type == "PLACE" and len(name.split()) > 1 and normalise_token(name.split()[-1]) in RIVER_WORDS:
            # a river is named bare ("ब्यास"); its mentions keep the word as written ("ब्यास नदी")
            name = " ".join(name.split()[:-1])
        ent = Entity(id=f"e{n}", type=cl.type, name=name, mentions=mentions, roles=roles,
                     english=cl.english, state=cl.state,
                     source="gazetteer" if any(c.from_gazetteer for c in cl.cands)
                     else "model" if any(c.from_model for c in cl.cands) else "context")
        ent.latin = cl.english or latin_name(name, cl.type)
        entities.append(ent)
    _link_parties(doc, entities)
    return entities


def _by_direction(text: str) -> bool:
    """Does a place's mention open with a direction ("दक्षिणी ग़ज़ा"): a part of it, not its name?"""
    return normalise_token(text.split()[0]) in DIRECTION_WORDS


def _norm_form(text: str) -> str:
    return " ".join(t for t, _, _ in tokenize(normalise_token(text)))


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
                before = pe <= m.start
                gap = doc.text[pe:m.start] if before else doc.text[m.end:ps]
                if len(gap) <= 25 and _party_link(gap, before):
                    votes[pid] = votes.get(pid, 0) + 1
        if votes:
            e.party = max(votes, key=votes.get)


# Words that may stand between a party and its member's name: "भाजपा के प्रदेश अध्यक्ष X",
# "कांग्रेस नेता X", "X (भाजपा)"; anything else ("X ने कहा कि कांग्रेस") is no link.
PARTY_LINK_WORDS = {"के", "की", "का", "(", ")", "-", "–", "से", "नेता", "पूर्व", "वरिष्ठ", "युवा", "प्रदेश",
                    "राष्ट्रीय", "जिला", "नगर", "शहर", "महिला", "ब्लॉक", "मंडल", "कार्यकर्ता", "उम्मीदवार", "प्रत्याशी"}


def _party_link(gap: str, party_first: bool) -> bool:
    """Does the text between a party mention and a name tie them (the party before the
    name: genitives and roles only; after it: a bracket)?"""
    tokens = [t for t, _, _ in tokenize(gap)]
    if party_first:
        return all(t in PARTY_LINK_WORDS or gz.is_role(t) for t in tokens)
    return bool(tokens) and tokens[0] in {"(", "-", "–"} and len(tokens) <= 2
