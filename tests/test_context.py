"""Names found by the words around them (entities/context.py), on text written for these tests."""
import pytest

from newsparse import analyse
from newsparse.entities import context
from newsparse.entities.resolve import _name_word, _role_before


def words(text):
    return text.split()


def person_after_role(text, k):
    w = words(text)
    return context.person_after_role(w, k, lambda i: True, _name_word, _role_before)


def place_in_address(text, k, persons=()):
    w = words(text)
    return context.place_in_address(w, k, lambda i: True, _name_word, lambda i: i in persons)


def test_common_words_are_everyday_hindi():
    common = context.word_ranks()
    assert len(common) > 20_000
    for w in ("अधिकारी", "पंचायत", "पुलिस", "मौके", "सरकार"):
        assert w in common
    assert context.rare("टेकचंदुआ")
    assert not context.rare("पुलिस")
    assert not context.rare("पंचायतों")  # an inflected common word is not a name


@pytest.mark.parametrize("text,k,span", [
    ("उपसरपंच टेकचंदुआ , पंच बुधारूनाग और सचिव", 1, (1, 2)),
    ("उपसरपंच टेकचंदुआ , पंच बुधारूनाग और सचिव", 4, (4, 5)),
    ("बाद में एडीएम घसीटाराम व एसपी मौके पर पहुंचे", 3, (3, 4)),
    ("खंड शिक्षा अधिकारी केके बघेलवा और अन्य", 3, (3, 5)),
])
def test_a_rare_word_after_an_office_is_a_person(text, k, span):
    assert person_after_role(text, k) == span


@pytest.mark.parametrize("text,k", [
    ("जिले के अधिकारी मौके पर पहुंचे", 3),           # an everyday word
    ("अधिकारी फूंकटा - फूंकटा कर कदम रख रहे", 1),     # a doubled word, not a name
    ("एक प्रमुख प्रवाहिका जल स्रोत है", 2),           # प्रमुख is an adjective here
    ("एसडीएम सदर ने आदेश दिया", 1),                  # an area qualifier, not a name
    ("उपसरपंच टेकचंदुआ बोलकरवा गांवहिं जाकरवा", 1),   # no end of a name within three words
    ("मैंने टेकचंदुआ को देखा", 1),                     # no office before it
])
def test_no_person_without_an_office_and_a_name_end(text, k):
    assert person_after_role(text, k) is None


@pytest.mark.parametrize("text,k,span,persons", [
    ("निवासी रमझोलिया थाना बरसैनी", 1, (1, 2), ()),
    ("निवासी रमझोलिया , जिला बरसैनी", 1, (1, 2), ()),
    ("थाना बरसैनी क्षेत्र में", 1, (1, 2), ()),
    ("ग्राम कुटमौली में", 1, (1, 2), ()),
    ("वह कुटमौली थाना क्षेत्र का है", 1, (1, 2), ()),
    ("हुसैनटोला कला निवासी मो. सलीमुद्दीन", 0, (0, 2), (3,)),
])
def test_a_rare_word_in_an_address_is_a_place(text, k, span, persons):
    assert place_in_address(text, k, persons) == span


@pytest.mark.parametrize("text,k,persons", [
    ("ग्राम पंचायतें बनीं", 1, ()),            # common word after ग्राम
    ("थाना पुलिस पहुंची", 1, ()),
    ("टेकचंदुआ निवासी रमझोलिया थाना बरसैनी", 0, ()),  # X निवासी Y: X is the resident
    ("निवासी टेकचंदुआ ने कहा", 1, ()),          # after निवासी alone: may be a person
])
def test_no_place_without_an_address(text, k, persons):
    assert place_in_address(text, k, persons) is None


def test_addresses_and_offices_in_an_article():
    doc = analyse("अमेठी। निवासी रमझोलिया थाना बरसैनी के रहने वाले एक युवक की हत्या कर दी गई। "
                  "मौके पर एडीएम घसीटाराम व पुलिस पहुंची। उपसरपंच टेकचंदुआ ने बताया कि गांव में तनाव है।")
    found = {(e.type, e.name) for e in doc.entities}
    assert ("PLACE", "रमझोलिया") in found, found
    assert ("PLACE", "बरसैनी") in found, found
    assert ("PERSON", "घसीटाराम") in found, found
    assert ("PERSON", "टेकचंदुआ") in found, found
    person = next(e for e in doc.entities if e.name == "टेकचंदुआ")
    assert "उपसरपंच" in person.roles
    assert not any(e.type == "PERSON" and e.name in {"रमझोलिया", "बरसैनी"} for e in doc.entities)


@pytest.mark.parametrize("word,expected", [
    ("एआईपीए", True), ("एसएस", True), ("एसडीएम", True), ("डब्ल्यूएचओ", True),
    ("सकालूराम", False), ("एक", False), ("ए", False),
])
def test_abbreviations_are_spelled_with_letter_names(word, expected):
    assert context.is_abbreviation(word) is expected


def test_an_abbreviation_alone_after_an_office_is_not_a_person():
    assert person_after_role("वरिष्ठ अधिकारी एआईपीए के सदस्य होंगे", 2) is None
    assert person_after_role("शिक्षा अधिकारी एसएस नवरजीता और", 2) == (2, 4)  # initials and a name


def test_a_rare_word_after_an_office_is_a_name_only_while_uninflected():
    assert person_after_role("राष्ट्रपति निम्नांकितवा दशाओं में", 1) is None


def test_common_initials_before_a_rare_surname_after_an_office():
    assert person_after_role("तहसीलदार एसी उनियालवा ने बताया", 1) == (1, 3)
    assert person_after_role("तहसीलदार एसी लगवाएंगे", 1) is None  # एसी (air conditioner) alone


def test_a_rare_surname_after_a_middle_name():
    assert context.surname_after(words("कृषि मंत्री गुरमीत सिंह खुड्डवाल बताते हैं"), 2, 4, _name_word)
    assert not context.surname_after(words("कृषि मंत्री गुरमीत सिंह बताते हैं"), 2, 4, _name_word)
    assert not context.surname_after(words("मंत्री गुरमीत खुड्डवाल बताते हैं"), 1, 2, _name_word)  # no middle name, no end
    assert context.surname_after(words("आरोपी मन्नूरामा गोटावल ने कहा"), 1, 2, _name_word)  # the name ends at ने


def test_a_name_after_a_word_naming_an_office_by_its_ending():
    doc = analyse("गांव के शिक्षाकर्मी मन्नूरामा गोटावल को आजीवन कारावास की सजा सुनाई गई।")
    person = next(e for e in doc.entities if e.type == "PERSON")
    assert (person.name, person.roles) == ("मन्नूरामा गोटावल", ["शिक्षाकर्मी"])


def test_the_last_word_of_an_office_is_not_a_name():
    assert person_after_role("विधानसभा में नेता प्रतिपक्ष ने कहा", 3) is None


def person_after_age(text, k):
    return context.person_after_age(words(text), k, lambda i: True, _name_word)


@pytest.mark.parametrize("text,k,span", [
    ("62 साल के रामकिशोरवा अहिरवारू कहते हैं ,", 3, (3, 5)),
    ("गांव की 45 वर्षीय सुनीतावा ने बताया", 4, (4, 5)),
    ("70 साल की भगवती बाई पास के चबूतरे पर", 3, (3, 5)),   # a frequent first name, then a name part
    ("25 वर्षीया एलगोलवा नरसम्मावा हैं", 2, (2, 4)),
])
def test_a_name_after_an_age_is_a_person(text, k, span):
    assert person_after_age(text, k) == span


@pytest.mark.parametrize("text,k", [
    ("15 साल के कुशासनवा से मुक्ति मिली", 3),     # one rare word, no sign that it names someone
    ("30 साल की महिला ने बताया", 3),               # an everyday noun
    ("भारत के रामकिशोरवा अहिरवारू कहते हैं", 2),     # no age before it
])
def test_no_person_after_an_age_without_a_name(text, k):
    assert person_after_age(text, k) is None


def test_after_a_resident_just_named_nivasi_gives_his_village():
    w = words("अमरजीत उर्फ गुड्डू ( 26 ) पुत्र रामलखन यादव निवासी पूरेदीवनवा , सोनू")
    k = w.index("पूरेदीवनवा")
    assert context.address_place_span(w, k, k + 1)
    w = words("गुड्डू ( 26 ) निवासी पूरेदीवनवा , सोनू")
    assert context.address_place_span(w, w.index("पूरेदीवनवा"), w.index("पूरेदीवनवा") + 1)
    w = words("हुसैनटोला निवासी सलीमुद्दीनवा ने कहा")  # X निवासी Y: Y may be the resident
    assert not context.address_place_span(w, 2, 3)


def places_in_list(text, places):
    return context.places_in_list(words(text), places, lambda i: True, _name_word)


def test_unknown_items_of_a_list_of_places_are_places():
    # one item known (जलालाबाद), the list closed by a postposition
    assert places_in_list("जबकि तिलहरवा , पुवायांवा और जलालाबाद से मामले आए", [(5, 6)]) == [(1, 2), (3, 4)]
    assert places_in_list("जबकि पुवायांवा और जलालाबाद से मामले आए", [(3, 4)]) == []  # two items: too weak
    assert places_in_list("मुथुबानवा , भारत की एक जनजाति है", [(2, 3)]) == []  # an apposition
    # no item known, but closed by a plural place noun
    assert places_in_list("फैक्टरी से सटे लखीगामवा और अंबेठावा गांवों को खाली कराया", []) == [(3, 4), (5, 6)]


def test_a_list_that_goes_on_or_knows_no_place_is_left_alone():
    assert places_in_list("लखीगामवा और जलालाबाद घूमने गए", [(2, 3)]) == []      # not closed like a list
    assert places_in_list("तिलहरवा , पुवायांवा और कांटवा से मामले आए", []) == []   # no place known in it


def test_a_rare_name_before_a_landmark_word_is_a_place():
    landmarks = {"चौराहे", "चौराहा", "बाजार", "मार्ग"}
    w = words("व्यापारियों ने नक्खासवा चौराहे पर जाम लगाया")
    assert context.place_before_landmark(w, 2, lambda i: True, _name_word, landmarks) == (2, 4)
    w = words("लोग मुख्य बाजार में जमा हुए")  # an everyday word before it
    assert context.place_before_landmark(w, 1, lambda i: True, _name_word, landmarks) is None


@pytest.mark.parametrize("text,k,span", [
    ("वैशालीवा नगर निवासी सुनीता ने कहा", 0, (0, 2)),
    ("लोग आदर्श नगर में जमा हुए", 1, (1, 3)),
])
def test_a_name_before_nagar_is_a_colony(text, k, span):
    assert context.colony_before_nagar(words(text), k, lambda i: True, _name_word) == span


@pytest.mark.parametrize("text,k", [
    ("पूरे नगर में जाम रहा", 0),            # which town, not a name
    ("भोपाल नगर निगम ने बैठक की", 0),        # the town's body
    ("आदर्श नगर बनाने की योजना", 0),         # no end of a place name after it
])
def test_no_colony_without_a_name_before_nagar(text, k):
    assert context.colony_before_nagar(words(text), k, lambda i: True, _name_word) is None


def test_a_name_before_an_age_in_brackets_is_a_person():
    w = words("मृतकों में पिपलोदा की गुड्डी बाई ( 36 ) और रमझोलवा ( 24 ) शामिल हैं")
    f = lambda i: True  # noqa: E731
    assert context.person_before_bracketed_age(w, w.index("गुड्डी"), f, _name_word) == (4, 6)
    assert context.person_before_bracketed_age(w, w.index("रमझोलवा"), f, _name_word) == (10, 11)
    w = words("आरोपी पर धारा ( 302 ) लगी और कोविड ( 19 ) फैला")
    assert context.person_before_bracketed_age(w, 2, f, _name_word) is None
    assert context.person_before_bracketed_age(w, 7, f, _name_word) is None


def test_a_list_announced_by_a_plural_place_noun_takes_everyday_words_too():
    text = "शहर के सात मोहल्लों पीरबटवा , सत्यप्रेमी नगर , आवास विकास कॉलोनी और ओबरवा को कंटेनमेंट जोन घोषित किया"
    # (the colony and the colony-named items are known, as the other rules find them)
    assert places_in_list(text, [(6, 8), (9, 12)]) == [(4, 5), (13, 14)]
    text = "जिले के तीन गांवों पीरबटवा , नाका सतरिख और ओबरवा में"
    assert places_in_list(text, []) == [(4, 5), (6, 8), (9, 10)]
    # without the announcing noun, everyday words are no list items
    assert places_in_list("शहर के आवास विकास , सड़क और बिजली को प्राथमिकता", []) == []


def test_a_firm_is_named_before_its_business_word():
    business = {"ट्रैवल्स", "वर्क्स", "भंडार", "बर्तन"}
    f = lambda i: True  # noqa: E731
    w = words("श्री बालाजी ग्लास वर्क्स में आग लगी")
    assert context.business_name(w, 3, f, _name_word, business) == (0, 4)
    w = words("बाजार में बर्तन भंडार बंद रहे")  # no name before it
    assert context.business_name(w, 2, f, _name_word, business) is None
