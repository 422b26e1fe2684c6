"""Gazetteers: data sanity, matching, helpers (``newsparse.entities.gazetteer``)."""
import json
import time
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
    assert found("भारतीय और पाकिस्तानी सेना") == []
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


def test_matching_is_fast():
    sentence = toks("मुख्यमंत्री ने भोपाल में कहा कि भाजपा और कांग्रेस के नेता उत्तर प्रदेश तथा बिहार में रैली करेंगे")
    tokens = (sentence * 30)[:500]
    find_gazetteer_mentions(tokens)  # warm the cache
    t = time.perf_counter()
    for _ in range(20):
        find_gazetteer_mentions(tokens)
    per_call = (time.perf_counter() - t) / 20
    assert per_call < 0.005, per_call


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
    # ठाकुर is a surname as well as a title: only stripped before a full name
    assert strip_titles(["ठाकुर", "प्रसाद"]) == (["ठाकुर", "प्रसाद"], [])
    assert strip_titles(["ठाकुर", "अनूप", "सिंह"]) == (["अनूप", "सिंह"], ["ठाकुर"])
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
