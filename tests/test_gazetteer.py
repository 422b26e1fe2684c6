"""Gazetteers: data sanity, matching, helpers (``newsparse.entities.gazetteer``)."""
import json
from importlib import resources

import pytest

from newsparse.entities import gazetteer as gz
from newsparse.entities.gazetteer import (
    alias_tokens, find_gazetteer_mentions, is_demonym, is_not_name, party_by_alias,
    place_by_alias, strip_titles,
)
from newsparse.normalise import normalise_token
from newsparse.segment import tokenize


def toks(text: str) -> list[str]:
    """Normalised tokens of a sentence, exactly as the pipeline produces them."""
    return [t for t, _, _ in tokenize(normalise_token(text))]


def found(text: str):
    t = toks(text)
    return [(" ".join(t[m.start:m.end]), m.type, m.name) for m in find_gazetteer_mentions(t)]


def data(name):
    return json.loads((resources.files("newsparse") / "data" / "gazetteer" / name).read_text("utf-8"))


# -- the data files ---------------------------------------------------------

def test_party_file_coverage():
    d = data("parties.json")
    ids = {p["id"] for p in d["parties"]}
    assert len(d["parties"]) >= 60
    for pid in ["bjp", "inc", "aap", "bsp", "sp", "rjd", "jdu", "aitc", "cpi", "cpim", "ncp", "ncpsp",
                "shs", "shsubt", "dmk", "aiadmk", "tdp", "ysrcp", "brs", "bjd", "jmm", "aimim", "rld",
                "sbsp", "ads", "nishad", "ljprv", "ham", "vip", "inld", "jjp", "sad", "agp", "npp", "mnf",
                "jknc", "pdp", "rlp", "aiudf", "ajsu", "mns", "vck", "pmk", "cpiml", "iuml", "kcm", "rsp",
                "ainrc", "ndpp", "skm", "zpm", "bjs"]:
        assert pid in ids, pid
    for p in d["parties"]:
        assert p["hi"] and p["en"] and p["aliases_hi"], p["id"]
    assert {a["id"] for a in d["alliances"]} >= {"nda", "india", "upa", "mgb"}


def test_place_file_coverage_and_size():
    d = data("places.json")
    kinds = {}
    for p in d["places"]:
        kinds[p["kind"]] = kinds.get(p["kind"], 0) + 1
        assert p["hi"] and p["en"]
    assert kinds["state"] == 28 and kinds["ut"] == 8
    assert kinds["country"] >= 190
    assert kinds["district"] + kinds["city"] >= 600
    for name in ["parties.json", "places.json", "titles.json"]:
        size = len((resources.files("newsparse") / "data" / "gazetteer" / name).read_bytes())
        assert size < 1_000_000, name


def test_titles_file():
    d = data("titles.json")
    assert len(d["roles"]) + len(d["prefixes"]) + len(d["suffixes"]) >= 120
    assert "मुख्यमंत्री" in d["roles"] and "श्री" in d["prefixes"] and "जी" in d["suffixes"]


def test_no_alias_is_a_not_name_word():
    # a place or party alias that is also a pronoun/generic word would flood the output
    g = gz.gazetteer()
    for key in list(g.place_lookup) + list(g.party_lookup):
        assert key not in g.not_names, key


# -- matching ---------------------------------------------------------------

def test_inflection_does_not_leak():
    t = ["भाजपा", "के"]
    ms = find_gazetteer_mentions(t)
    assert [(m.start, m.end, m.type, m.name, m.english) for m in ms] == \
        [(0, 1, "PARTY", "भारतीय जनता पार्टी", "BJP")]


def test_multiword_longest_match_wins():
    assert found("तृणमूल कांग्रेस और कांग्रेस के नेता") == [
        ("तृणमूल कांग्रेस", "PARTY", "अखिल भारतीय तृणमूल कांग्रेस"),
        ("कांग्रेस", "PARTY", "भारतीय राष्ट्रीय कांग्रेस"),
    ]
    assert found("भारतीय जनता पार्टी ने कहा") == [("भारतीय जनता पार्टी", "PARTY", "भारतीय जनता पार्टी")]
    assert found("राष्ट्रीय जनता दल और जनता दल (यूनाइटेड)") == [
        ("राष्ट्रीय जनता दल", "PARTY", "राष्ट्रीय जनता दल"),
        ("जनता दल ( यूनाइटेड )", "PARTY", "जनता दल (यूनाइटेड)"),
    ]


@pytest.mark.parametrize("text,name", [
    ("जद(यू) के प्रवक्ता", "जनता दल (यूनाइटेड)"),
    ("जद (यू) नेता", "जनता दल (यूनाइटेड)"),
    ("जदयू", "जनता दल (यूनाइटेड)"),
    ("भा.ज.पा. का", "भारतीय जनता पार्टी"),
    ("बीजेपी", "भारतीय जनता पार्टी"),
    ("BJP", "भारतीय जनता पार्टी"),
    ("सपा और", "समाजवादी पार्टी"),
    ("बसपा", "बहुजन समाज पार्टी"),
    ("राजद", "राष्ट्रीय जनता दल"),
    ("टीएमसी", "अखिल भारतीय तृणमूल कांग्रेस"),
    ("माकपा", "भारतीय कम्युनिस्ट पार्टी (मार्क्सवादी)"),
    ("एनसीपी (एसपी)", "राष्ट्रवादी कांग्रेस पार्टी (शरदचंद्र पवार)"),
    ("शिवसेना (यूबीटी)", "शिवसेना (उद्धव बालासाहेब ठाकरे)"),
    ("द्रविड़ मुनेत्र कड़गम", "द्रविड़ मुनेत्र कड़गम"),  # nukta folded on both sides
    ("अन्नाद्रमुक", "अखिल भारतीय अन्ना द्रविड़ मुनेत्र कड़गम"),
    ("लोजपा (रामविलास)", "लोक जनशक्ति पार्टी (रामविलास)"),
    ("सुभासपा", "सुहेलदेव भारतीय समाज पार्टी"),
])
def test_party_aliases(text, name):
    ms = found(text)
    assert ms and ms[0][1] == "PARTY" and ms[0][2] == name


def test_party_units_stand_for_the_party():
    ms = find_gazetteer_mentions(toks("प्रदेश कांग्रेस कमेटी और पीसीसी"))
    assert [(m.name, m.unit) for m in ms] == [("भारतीय राष्ट्रीय कांग्रेस", True)] * 2


def test_context_alias_aap():
    assert found("आप पार्टी के नेता") == [("आप पार्टी", "PARTY", "आम आदमी पार्टी")]
    assert found("आप नेता संजय सिंह") == [("आप", "PARTY", "आम आदमी पार्टी")]
    assert found("आप सरकार ने") == [("आप", "PARTY", "आम आदमी पार्टी")]
    # "you": not the party
    assert found("आप के लिए") == []
    assert found("आप कहां हैं") == []
    assert found("क्या आप") == []
    assert found("क्या आप मंत्री हैं") == []
    assert found("आप प्रदेश के विकास के लिए") == []
    assert party_by_alias("आप") is None
    assert party_by_alias("आम आदमी पार्टी")["id"] == "aap"


def test_alliances_are_org():
    assert found("एनडीए और इंडिया गठबंधन तथा यूपीए") == [
        ("एनडीए", "ORG", "राष्ट्रीय जनतांत्रिक गठबंधन"),
        ("इंडिया गठबंधन", "ORG", "इंडियन नेशनल डेवलपमेंटल इन्क्लूसिव अलायंस"),
        ("यूपीए", "ORG", "संयुक्त प्रगतिशील गठबंधन"),
    ]


def test_places_with_state_and_kind():
    ms = find_gazetteer_mentions(toks("उत्तर प्रदेश के लखनऊ में और मध्यप्रदेश के भोपाल में"))
    got = [(m.name, m.english, m.kind, m.state) for m in ms]
    assert got == [
        ("उत्तर प्रदेश", "Uttar Pradesh", "state", "Uttar Pradesh"),
        ("लखनऊ", "Lucknow", "district", "Uttar Pradesh"),
        ("मध्य प्रदेश", "Madhya Pradesh", "state", "Madhya Pradesh"),
        ("भोपाल", "Bhopal", "district", "Madhya Pradesh"),
    ]


@pytest.mark.parametrize("alias,canonical", [
    ("यूपी", "उत्तर प्रदेश"), ("एमपी", "मध्य प्रदेश"), ("बंबई", "मुंबई"), ("बंगलौर", "बेंगलुरु"),
    ("बंगाल", "पश्चिम बंगाल"), ("जम्मू और कश्मीर", "जम्मू-कश्मीर"), ("जम्मू कश्मीर", "जम्मू-कश्मीर"),
    ("उड़ीसा", "ओडिशा"), ("अमरीका", "अमेरिका"), ("बर्मा", "म्यांमार"), ("इलाहाबाद", "प्रयागराज"),
    ("गुड़गांव", "गुरुग्राम"), ("कलकत्ता", "कोलकाता"), ("बनारस", "वाराणसी"),
])
def test_place_spelling_variants(alias, canonical):
    assert place_by_alias(alias)["hi"] == canonical
    assert found(alias)[0][2] == canonical


def test_new_delhi_and_delhi_are_both_places():
    assert found("नई दिल्ली और दिल्ली") == [("नई दिल्ली", "PLACE", "नई दिल्ली"), ("दिल्ली", "PLACE", "दिल्ली")]


def test_common_word_places_are_flagged_ambiguous():
    # गया = "went" and the city Gaya; सागर = "ocean" and the city Sagar
    ms = find_gazetteer_mentions(toks("वह गया था"))
    assert len(ms) == 1 and ms[0].ambiguous
    assert find_gazetteer_mentions(["सागर"])[0].ambiguous
    assert not find_gazetteer_mentions(["भोपाल"])[0].ambiguous
    # इंडिया names India but is part of many organisation names
    assert find_gazetteer_mentions(["इंडिया"])[0].ambiguous


def test_same_name_in_two_states():
    m = find_gazetteer_mentions(["औरंगाबाद"])[0]
    assert m.candidates == 2
    assert {p["state"] for p in gz.places_by_alias("औरंगाबाद")} == {"Bihar", "Maharashtra"}


def test_demonyms_are_not_places():
    # (पाकिस्तानी सेना is an organisation, but neither adjective is a place)
    assert [m for m in found("भारतीय और पाकिस्तानी सेना") if m[1] == "PLACE"] == []
    assert found("भारतीय और पाकिस्तानी नागरिक") == []
    for w in ["भारतीय", "पाकिस्तानी", "अमेरिकी", "चीनी", "पाकिस्तानियों", "अमेरिकियों", "श्रीलंकाइयों"]:
        assert is_demonym(w), w
    for w in ["भारत", "पाकिस्तान", "भोपाल"]:
        assert not is_demonym(w), w
    assert gz.demonym_place("अमेरिकी") == "अमेरिका"


def test_lookup_helpers_normalise_input():
    assert party_by_alias("भाजपा")["en"] == "BJP"
    assert party_by_alias("जद (यू)")["id"] == "jdu"
    assert place_by_alias("झाँसी")["en"] == "Jhansi"  # chandrabindu folded
    assert place_by_alias("प्रदेश") is None
    assert party_by_alias("कहा") is None


def test_alias_tokens_split_like_article_text():
    assert alias_tokens("जद(यू)") == ("जद", "(", "यू", ")")
    assert alias_tokens("जम्मू-कश्मीर") == ("जम्मू", "-", "कश्मीर")


def test_empty_and_unknown():
    assert find_gazetteer_mentions([]) == []
    assert find_gazetteer_mentions(["कहा", "कि", "वह"]) == []


# -- titles and non-names ----------------------------------------------------

def test_strip_titles_roles_and_honorifics():
    assert strip_titles(toks("पूर्व मुख्यमंत्री श्री शिवराज सिंह चौहान जी")) == \
        (["शिवराज", "सिंह", "चौहान"], ["पूर्व मुख्यमंत्री"])
    assert strip_titles(toks("श्री जीतू पटवारी जी")) == (["जीतू", "पटवारी"], [])
    assert strip_titles(toks("प्रदेश कांग्रेस अध्यक्ष जीतू पटवारी")) == \
        (["जीतू", "पटवारी"], ["प्रदेश कांग्रेस अध्यक्ष"])
    assert strip_titles(toks("डॉ. राम मनोहर लोहिया")) == (["राम", "मनोहर", "लोहिया"], ["डॉ"])
    assert strip_titles(toks("श्रीमती सोनिया गांधी")) == (["सोनिया", "गांधी"], [])


def test_strip_titles_surname_like_prefixes():
    # सरदार is a name as well as a title: only stripped before a full name
    assert strip_titles(["सरदार", "प्रसाद"]) == (["सरदार", "प्रसाद"], [])
    assert strip_titles(["सरदार", "अनूप", "सिंह"]) == (["अनूप", "सिंह"], ["सरदार"])
    # … and some title-like words are kept: the press names these people with them
    assert strip_titles(["ठाकुर", "अनूप", "सिंह"]) == (["ठाकुर", "अनूप", "सिंह"], [])
    assert strip_titles(["मुफ्ती", "मोहम्मद", "सईद"]) == (["मुफ्ती", "मोहम्मद", "सईद"], [])
    assert strip_titles(["स्वामी", "प्रसाद", "मौर्य"]) == (["स्वामी", "प्रसाद", "मौर्य"], [])
    # a name is never stripped to nothing
    assert strip_titles(["मुख्यमंत्री"]) == (["मुख्यमंत्री"], [])
    assert strip_titles(["श्री"]) == (["श्री"], [])


def test_is_not_name():
    for w in ["उन्होंने", "उनका", "वह", "प्रदेश", "राज्य", "शहर", "जिला", "सरकार", "मुख्यमंत्री", "श्री"]:
        assert is_not_name(w), w
    for w in ["भोपाल", "पटवारी", "मोदी"]:
        assert not is_not_name(w), w


def test_foreign_places_carry_their_country():
    m = find_gazetteer_mentions(["लाहौर"])[0]
    assert (m.type, m.english, m.country, m.state) == ("PLACE", "Lahore", "Pakistan", None)
    assert find_gazetteer_mentions(["भोपाल"])[0].country == "India"


def test_context_alias_beats_place_only_in_context():
    # माले: the CPI(ML) in "माले विधायक", the Maldives' capital otherwise
    assert found("माले विधायक") == [("माले", "PARTY",
                                    "भारतीय कम्युनिस्ट पार्टी (मार्क्सवादी-लेनिनवादी) लिबरेशन")]
    ms = find_gazetteer_mentions(["माले", "में"])
    assert ms[0].type == "PLACE" and ms[0].english == "Malé" and ms[0].ambiguous


def test_latin_context_alias():
    # SP is also a superintendent of police
    assert found("SP नेता") == [("SP", "PARTY", "समाजवादी पार्टी")]
    assert found("SP ने बताया") == []
    assert found("एसपी ने बताया") == []


# -- organisations -------------------------------------------------------------

def orgs_found(text: str):
    t = toks(text)
    return [(" ".join(t[m.start:m.end]), m.type, m.id, m.kind) for m in find_gazetteer_mentions(t)]


def test_org_file_coverage():
    d = data("orgs.json")
    orgs = d["orgs"]
    assert len(orgs) >= 250
    ids = [o["id"] for o in orgs]
    assert len(ids) == len(set(ids))
    kinds = {o["kind"] for o in orgs}
    assert kinds == {"government", "court", "agency", "police", "legislature", "media", "company", "union",
                     "university", "international", "sports", "religious", "ngo"}
    for o in orgs:
        assert o["hi"] and o["en"] and o["aliases_hi"], o["id"]
    for oid in ["cbi", "ed", "nia", "cag", "sc", "hc", "hc_allahabad", "hc_delhi", "ec", "loksabha",
                "rajyasabha", "parliament", "niti", "rbi", "sebi", "isro", "drdo", "army", "iaf", "navy", "crpf",
                "bsf", "itbp", "ndrf", "sdrf", "cisf", "nsg", "railways", "aiims", "iit", "ugc", "ncert", "cbse",
                "upsc", "ssc", "who", "un", "unicef", "imf", "worldbank", "nato", "asean", "brics", "g20", "icc",
                "bcci", "fifa", "rss", "vhp", "bajrangdal", "abvp", "nsui", "bku", "pti", "ani", "ians", "reuters",
                "afp", "bbc", "bbchindi", "dd", "air", "reliance", "tata", "adani", "infosys", "lic", "sbi",
                "google", "facebook", "twitter", "whatsapp", "microsoft", "amazon", "apple", "mha", "mea",
                "mof", "mod", "mohfw", "pmo", "trai", "dept_it"]:
        assert oid in ids, oid
    size = len((resources.files("newsparse") / "data" / "gazetteer" / "orgs.json").read_bytes())
    assert size < 1_000_000


@pytest.mark.parametrize("text,oid,kind", [
    ("केंद्रीय अन्वेषण ब्यूरो", "cbi", "agency"), ("सीबीआई", "cbi", "agency"), ("CBI", "cbi", "agency"),
    ("प्रवर्तन निदेशालय", "ed", "agency"), ("ईडी", "ed", "agency"), ("एनआईए", "nia", "agency"),
    ("राष्ट्रीय जांच एजेंसी", "nia", "agency"), ("आयकर विभाग", "dept_it", "government"),
    ("ट्राई", "trai", "agency"), ("भारतीय दूरसंचार नियामक प्राधिकरण", "trai", "agency"),
    ("नियंत्रक एवं महालेखा परीक्षक", "cag", "agency"), ("कैग", "cag", "agency"), ("सीएजी", "cag", "agency"),
    ("सुप्रीम कोर्ट", "sc", "court"), ("सर्वोच्च न्यायालय", "sc", "court"), ("उच्चतम न्यायालय", "sc", "court"),
    ("हाईकोर्ट", "hc", "court"), ("उच्च न्यायालय", "hc", "court"),
    ("इलाहाबाद हाईकोर्ट", "hc_allahabad", "court"), ("दिल्ली हाई कोर्ट", "hc_delhi", "court"),
    ("पटना उच्च न्यायालय", "hc_patna", "court"),
    ("चुनाव आयोग", "ec", "government"), ("निर्वाचन आयोग", "ec", "government"),
    ("भारत निर्वाचन आयोग", "ec", "government"), ("लोकसभा", "loksabha", "legislature"),
    ("राज्यसभा", "rajyasabha", "legislature"), ("संसद", "parliament", "legislature"),
    ("नीति आयोग", "niti", "government"), ("आरबीआई", "rbi", "agency"), ("भारतीय रिज़र्व बैंक", "rbi", "agency"),
    ("सेबी", "sebi", "agency"), ("इसरो", "isro", "agency"), ("डीआरडीओ", "drdo", "agency"),
    ("भारतीय सेना", "army", "agency"), ("थल सेना", "army", "agency"), ("वायुसेना", "iaf", "agency"),
    ("नौसेना", "navy", "agency"), ("सीआरपीएफ", "crpf", "police"), ("बीएसएफ", "bsf", "police"),
    ("एनडीआरएफ", "ndrf", "police"), ("भारतीय रेल", "railways", "government"), ("एम्स", "aiims", "university"),
    ("यूपीएससी", "upsc", "government"), ("विश्व स्वास्थ्य संगठन", "who", "international"),
    ("डब्ल्यूएचओ", "who", "international"), ("संयुक्त राष्ट्र", "un", "international"),
    ("यूएन", "un", "international"), ("आईएमएफ", "imf", "international"), ("विश्व बैंक", "worldbank", "international"),
    ("नाटो", "nato", "international"), ("जी-20", "g20", "international"), ("जी20", "g20", "international"),
    ("बीसीसीआई", "bcci", "sports"), ("आईसीसी", "icc", "sports"), ("फीफा", "fifa", "sports"),
    ("आरएसएस", "rss", "religious"), ("राष्ट्रीय स्वयंसेवक संघ", "rss", "religious"), ("वीएचपी", "vhp", "religious"),
    ("बजरंग दल", "bajrangdal", "religious"), ("एबीवीपी", "abvp", "union"), ("एनएसयूआई", "nsui", "union"),
    ("संयुक्त किसान मोर्चा", "skm_farmers", "union"), ("भारतीय किसान यूनियन", "bku", "union"),
    ("पीटीआई", "pti", "media"), ("एएनआई", "ani", "media"), ("रॉयटर्स", "reuters", "media"),
    ("बीबीसी हिंदी", "bbchindi", "media"), ("दूरदर्शन", "dd", "media"), ("आकाशवाणी", "air", "media"),
    ("रिलायंस", "reliance", "company"), ("अडानी समूह", "adani", "company"), ("इंफोसिस", "infosys", "company"),
    ("एलआईसी", "lic", "company"), ("एसबीआई", "sbi", "company"), ("गूगल", "google", "company"),
    ("व्हाट्सऐप", "whatsapp", "company"), ("ट्विटर", "twitter", "company"), ("माइक्रोसॉफ्ट", "microsoft", "company"),
    ("गृह मंत्रालय", "mha", "government"), ("विदेश मंत्रालय", "mea", "government"),
    ("प्रधानमंत्री कार्यालय", "pmo", "government"), ("पीएमओ", "pmo", "government"),
])
def test_org_aliases(text, oid, kind):
    ms = find_gazetteer_mentions(toks(text))
    assert len(ms) == 1 and (ms[0].start, ms[0].end) == (0, len(toks(text))), ms
    assert (ms[0].type, ms[0].id, ms[0].kind) == ("ORG", oid, kind)
    assert gz.org_by_alias(text)["id"] == oid


def test_org_in_a_sentence_with_parties_and_places():
    assert orgs_found("सीबीआई ने भाजपा नेता के लखनऊ स्थित घर पर छापा मारा, ईडी भी पहुंची") == [
        ("सीबीआई", "ORG", "cbi", "agency"), ("भाजपा", "PARTY", "bjp", None),
        ("लखनऊ", "PLACE", None, "district"), ("ईडी", "ORG", "ed", "agency"),
    ]


def test_longer_org_wins_over_place_inside_it():
    assert orgs_found("दिल्ली पुलिस") == [("दिल्ली पुलिस", "ORG", "delhipolice", "police")]
    assert orgs_found("इलाहाबाद हाईकोर्ट ने कहा") == [("इलाहाबाद हाईकोर्ट", "ORG", "hc_allahabad", "court")]
    assert orgs_found("मध्य प्रदेश हाईकोर्ट") == [("मध्य प्रदेश हाईकोर्ट", "ORG", "hc_mp", "court")]
    assert orgs_found("भारतीय रिजर्व बैंक") == [("भारतीय रिजर्व बैंक", "ORG", "rbi", "agency")]
    assert orgs_found("बिहार लोक सेवा आयोग") == [("बिहार लोक सेवा आयोग", "ORG", "bpsc", "government")]
    # the bare place is still a place
    assert orgs_found("दिल्ली में") == [("दिल्ली", "PLACE", None, "state")] or \
        orgs_found("दिल्ली में")[0][1] == "PLACE"


def test_place_plus_police_pattern():
    ms = find_gazetteer_mentions(toks("भोपाल पुलिस और यूपी पुलिस ने"))
    got = [(m.name, m.english, m.id, m.kind, m.state, m.type) for m in ms]
    assert got == [
        ("भोपाल पुलिस", "Bhopal Police", "police:Bhopal", "police", "Madhya Pradesh", "ORG"),
        ("उत्तर प्रदेश पुलिस", "Uttar Pradesh Police", "police:Uttar Pradesh", "police", "Uttar Pradesh", "ORG"),
    ]
    assert gz.org_by_alias("भोपाल पुलिस")["id"] == "police:Bhopal"
    assert gz.org_by_alias("भोपाल") is None
    # पुलिस alone is no organisation; a police-lines compound stays a place
    assert orgs_found("पुलिस ने कहा") == []
    assert orgs_found("कानपुर पुलिस लाइन में")[0][1] == "PLACE"


def test_place_plus_assembly_pattern():
    assert orgs_found("बिहार विधानसभा में हंगामा") == [("बिहार विधानसभा", "ORG", "legislature:Bihar", "legislature")]
    assert orgs_found("राजस्थान विधान सभा") == [("राजस्थान विधान सभा", "ORG", "legislature:Rajasthan",
                                                  "legislature")]
    # an election or a constituency is not the house
    assert orgs_found("बिहार विधानसभा चुनाव में") == [("बिहार", "PLACE", None, "state")]
    assert orgs_found("वाराणसी विधानसभा सीट")[0][:2] == ("वाराणसी", "PLACE")
    # a district has no legislature of its own
    assert orgs_found("भोपाल विधानसभा")[0][:2] == ("भोपाल", "PLACE")
    assert find_gazetteer_mentions(toks("भोपाल नगर निगम"))[0].name == "भोपाल नगर निगम"
    assert orgs_found("पटना विश्वविद्यालय") == [("पटना विश्वविद्यालय", "ORG", "pu", "university")]
    assert find_gazetteer_mentions(toks("इंदौर यूनिवर्सिटी"))[0].name == "इंदौर विश्वविद्यालय"


def test_campus_institutes():
    ms = find_gazetteer_mentions(toks("आईआईटी कानपुर और एम्स भोपाल के डॉक्टर"))
    assert [(m.id, m.kind, m.end - m.start) for m in ms] == [("iit:Kanpur", "university", 2),
                                                              ("aiims:Bhopal", "university", 2)]
    assert orgs_found("आईआईटी के छात्र") == [("आईआईटी", "ORG", "iit", "university")]
    # the place may come first: गोरखपुर एम्स is एम्स गोरखपुर
    m = find_gazetteer_mentions(toks("गोरखपुर एम्स में"))[0]
    assert (m.id, m.end - m.start, m.type) == ("aiims:Gorakhpur", 2, "ORG")


def test_shorter_place_reading_takes_the_suffix():
    # कानपुर नगर is a district, but कानपुर नगर निगम is Kanpur's municipal corporation
    m = find_gazetteer_mentions(toks("कानपुर नगर निगम ने"))[0]
    assert (m.type, m.name, m.end - m.start) == ("ORG", "कानपुर नगर निगम", 3)
    assert orgs_found("कानपुर नगर में")[0][1] == "PLACE"
    # an old name gives the canonical place: इलाहाबाद पुलिस is प्रयागराज पुलिस
    assert find_gazetteer_mentions(toks("इलाहाबाद पुलिस"))[0].name == "प्रयागराज पुलिस"


def test_national_forces_need_no_foreign_adjective():
    assert orgs_found("वायुसेना ने बचाव अभियान चलाया") == [("वायुसेना", "ORG", "iaf", "agency")]
    assert orgs_found("इजराइली वायुसेना ने हमला किया") == []
    assert orgs_found("अमेरिकी नौसेना") == []
    assert orgs_found("भारतीय नौसेना") == [("भारतीय नौसेना", "ORG", "navy", "agency")]
    assert orgs_found("पाकिस्तानी सेना") == [("पाकिस्तानी सेना", "ORG", "pakarmy", "agency")]
    assert orgs_found("नेपाल सुप्रीम कोर्ट") == [("नेपाल", "PLACE", None, "country")]


def test_org_not_next_context():
    assert orgs_found("रेलवे ने ट्रेनें रद्द कीं") == [("रेलवे", "ORG", "railways", "government")]
    assert orgs_found("रेलवे स्टेशन पर भीड़") == []
    assert orgs_found("संसद भवन")[0][1] == "PLACE"
    assert orgs_found("संसद में") == [("संसद", "ORG", "parliament", "legislature")]


def test_ambiguous_org_aliases_are_flagged():
    m = find_gazetteer_mentions(toks("एक्स पर पोस्ट"))[0]
    assert (m.type, m.id, m.ambiguous) == ("ORG", "twitter", True)
    for text in ["सीबीआई", "सुप्रीम कोर्ट", "संसद", "लोकसभा", "इसरो"]:
        assert not find_gazetteer_mentions(toks(text))[0].ambiguous, text
    # generic words alone are never organisations
    for text in ["आयोग", "सेना", "पुलिस", "सरकार", "विभाग", "मंत्रालय", "बोर्ड"]:
        assert find_gazetteer_mentions(toks(text)) == [], text
        assert gz.org_by_alias(text) is None


def test_org_priorities_at_equal_length():
    # a party alias keeps its party reading; alliances stay ORG without a kind
    assert orgs_found("भाजयुमो")[0][1] == "PARTY"
    assert orgs_found("एनडीए") == [("एनडीए", "ORG", "nda", None)]
    assert gz.org_by_alias("एनडीए") is None and gz.alliance_by_alias("एनडीए")["id"] == "nda"


def test_org_countries():
    assert find_gazetteer_mentions(toks("सीबीआई"))[0].country == "India"
    assert find_gazetteer_mentions(toks("एफबीआई"))[0].country == "United States"
    assert find_gazetteer_mentions(toks("संयुक्त राष्ट्र"))[0].country is None


# -- not entities --------------------------------------------------------------

@pytest.mark.parametrize("phrase", ["जनवरी", "सोमवार", "सोशल मीडिया", "कोरोना", "कोविड", "कोविड-19",
                                    "कोरोना वायरस", "दिवाली", "होली", "सोमवार और मंगलवार", "लॉकडाउन",
                                    "7 जनवरी", "गणतंत्र दिवस"])
def test_is_not_entity(phrase):
    assert gz.is_not_entity(phrase)


@pytest.mark.parametrize("phrase", ["भाजपा", "सीबीआई", "भोपाल", "नरेंद्र मोदी", "कोरोना योद्धा संघ", "", "2024"])
def test_is_an_entity_or_unknown(phrase):
    assert not gz.is_not_entity(phrase)


def test_not_entities_never_block_a_gazetteer_name():
    g = gz.gazetteer()
    for t in g.not_entities:
        key = " ".join(t)
        for lookup in (g.place_lookup, g.party_lookup, g.org_lookup, g.alliance_lookup):
            assert key not in lookup, key
    assert "not_entities" in data("titles.json")


# -- loading -------------------------------------------------------------------

def test_fast_loading_reads_aliases_like_article_text():
    # the loader trusts the build's table of words that normalisation changes;
    # without it (normalising every alias) the index must come out the same
    fast = gz.Gazetteer()
    slow = gz.Gazetteer(trust_word_table=False)
    assert set(fast._aliases) == set(slow._aliases)
    assert set(fast.org_lookup) == set(slow.org_lookup)
    assert set(fast.place_lookup) == set(slow.place_lookup)
    assert fast.not_entities == slow.not_entities
    # and the quick normaliser writes what normalise_token writes
    for text in ["भारतीय रिज़र्व बैंक", "झाँसी", "जद(यू)", "ज़ी न्यूज़", "CBI", "कोविड-19", "“सीबीआई”"]:
        assert gz._normalise_text(text) == normalise_token(text), text




def test_delhis_districts_by_direction():
    from newsparse import analyse
    doc = analyse("बाहरी उत्तरी दिल्ली के अलीपुर इलाके में हादसा हुआ। उत्तर-पूर्वी दिल्ली के शास्त्री पार्क में आग लगी।")
    places = {e.name for e in doc.entities if e.type == "PLACE"}
    assert {"बाहरी उत्तरी दिल्ली", "अलीपुर", "उत्तर-पूर्वी दिल्ली", "शास्त्री पार्क"} <= places


@pytest.mark.parametrize("name, english", [
    ("किर्गिस्तान", "Kyrgyzstan"), ("बिश्केक", "Bishkek"), ("ताशकंद", "Tashkent"), ("बेनापोल", "Benapole"),
    ("अटारी", "Attari"), ("सोनौली", "Sonauli"), ("महराजगंज", "Maharajganj"), ("लॉस एंजेलिस", "Los Angeles")])
def test_border_posts_central_asian_capitals_and_spelling_variants_are_known_places(name, english):
    entry = gz.place_by_alias(gz.normalise_phrase(name))
    assert entry is not None and entry["en"] == english
