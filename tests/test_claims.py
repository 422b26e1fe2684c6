"""Claims: reported speech, quotations, speakers and their types.

Every sentence here is written for these tests.  Entities and dates are added
by hand (the entity and date annotators are tested on their own), found in the
text with ``str.index``.
"""
from __future__ import annotations


import pytest

from newsparse import analyse
from newsparse.claims import annotate_claims
from newsparse.document import Entity, Mention
from newsparse.pipeline import prepare


def run(text: str, entities: tuple = ()) -> list:
    """Claims of ``text``; ``entities`` are (type, name, [forms], roles) tuples."""
    doc = prepare(text)
    for n, (etype, name, forms, roles) in enumerate(entities, 1):
        ent = Entity(id=f"e{n}", type=etype, name=name, roles=list(roles))
        for form in forms:
            start = 0
            while (start := text.find(form, start)) != -1:
                ent.mentions.append(Mention(form, start, start + len(form), doc.sentence_at(start)))
                start += len(form)
        doc.entities.append(ent)
    annotate_claims(doc)
    for c in doc.claims:  # every text field is a slice of the input
        assert c.text == doc.text[c.start:c.end]
    return doc.claims


def only(text: str, entities: tuple = ()):
    claims = run(text, entities)
    assert len(claims) == 1, [c.text for c in claims]
    return claims[0]


# --- indirect speech: X ने कहा कि Y ------------------------------------------------------

def test_ne_kaha_ki_with_entity():
    c = only("मुख्यमंत्री रमेश वर्मा ने कहा कि राज्य में नई सड़कें बनेंगी।",
             (("PERSON", "रमेश वर्मा", ["रमेश वर्मा"], ()),))
    assert (c.speaker, c.speaker_id, c.speaker_type) == ("रमेश वर्मा", "e1", "named")
    assert c.text == "राज्य में नई सड़कें बनेंगी"
    assert (c.cue, c.kind) == ("कहा", "indirect")


def test_ne_kaha_ki_without_entities_uses_noun_phrase():
    c = only("मुख्यमंत्री रमेश वर्मा ने कहा कि राज्य में नई सड़कें बनेंगी।")
    assert c.speaker == "मुख्यमंत्री रमेश वर्मा"
    assert c.speaker_id is None and c.speaker_type == "named"


def test_police_batayaa():
    c = only("पुलिस ने बताया कि आरोपी को गिरफ्तार कर लिया गया है।")
    assert (c.speaker, c.cue, c.speaker_type) == ("पुलिस", "बताया", "named")
    assert c.text == "आरोपी को गिरफ्तार कर लिया गया है"


def test_kaha_hai_cue_keeps_auxiliary():
    c = only("आयोग ने कहा है कि नियम अगले साल से सख्त होंगे।")
    assert c.cue == "कहा है"
    assert c.text == "नियम अगले साल से सख्त होंगे"


def test_content_directly_after_verb_without_ki():
    c = only("मंत्री ने कहा सरकार हर गांव तक बिजली पहुंचाएगी।")
    assert c.text == "सरकार हर गांव तक बिजली पहुंचाएगी"


def test_adverbs_between_ne_and_verb():
    c = only("सांसद विजय कुमार ने मंगलवार को पत्रकारों से बातचीत में कहा कि सड़क का काम जल्द पूरा होगा।")
    assert "विजय कुमार" in c.speaker
    assert c.text == "सड़क का काम जल्द पूरा होगा"


def test_aarop_lagaya():
    c = only("विपक्ष ने आरोप लगाया कि सरकार ने भर्ती में घोटाला किया है।")
    assert (c.speaker, c.cue) == ("विपक्ष", "आरोप लगाया")
    assert c.text == "सरकार ने भर्ती में घोटाला किया है"


def test_daava_kiya():
    c = only("कंपनी ने दावा किया कि उसकी दवा पूरी तरह सुरक्षित है।")
    assert (c.speaker, c.cue) == ("कंपनी", "दावा किया")


def test_tweet_kar_kaha():
    c = only("मंत्री ने ट्वीट कर कहा कि राहत का काम तेजी से चल रहा है।")
    assert c.cue == "ट्वीट कर कहा"
    assert c.text == "राहत का काम तेजी से चल रहा है"


def test_parenthesised_abbreviation_stays_with_speaker():
    c = only("केंद्रीय जांच ब्यूरो (सीबीआई) ने कहा कि जांच पूरी हो गई है।")
    assert "सीबीआई" in c.speaker and "केंद्रीय जांच ब्यूरो" in c.speaker


def test_nukta_spelling_offsets_point_into_original():
    text = "प्रवक्ता ने कहा कि फ़ैसला ज़रूरी था।"
    c = only(text)
    assert c.text == "फ़ैसला ज़रूरी था"
    assert text[c.start:c.end] == c.text


# --- speakers: types -----------------------------------------------------------------------

def test_sources_are_anonymous():
    c = only("सूत्रों का कहना है कि मंत्री जल्द इस्तीफा दे सकते हैं।")
    assert (c.speaker_type, c.cue) == ("anonymous", "का कहना है")
    assert c.text == "मंत्री जल्द इस्तीफा दे सकते हैं"


def test_local_people_anonymous():
    c = only("स्थानीय लोगों ने बताया कि रात भर बिजली नहीं आई।")
    assert c.speaker_type == "anonymous" and "लोगों" in c.speaker


def test_villagers_anonymous_with_noun_cue():
    c = only("ग्रामीणों का कहना है कि सड़क पिछले साल से टूटी पड़ी है।")
    assert c.speaker_type == "anonymous"


def test_official_on_condition_of_anonymity():
    c = only("एक अधिकारी ने नाम न छापने की शर्त पर बताया कि फाइल गायब है।")
    assert c.speaker_type == "anonymous"
    assert c.text == "फाइल गायब है"


def test_some_students_anonymous():
    c = only("कुछ छात्रों ने बताया कि परीक्षा का पेपर पहले ही बाहर आ गया था।")
    assert c.speaker_type == "anonymous"


def test_family_members_allegation_anonymous():
    c = only("परिजनों ने आरोप लगाया कि अस्पताल ने इलाज में लापरवाही की।")
    assert c.speaker_type == "anonymous" and c.cue == "आरोप लगाया"


@pytest.mark.parametrize("cue", ["कहा जा रहा है", "माना जा रहा है", "बताया जाता है", "बताया जा रहा है"])
def test_impersonal_cues_are_unattributed(cue):
    c = only(f"{cue} कि पार्टी नया अध्यक्ष चुनेगी।")
    assert c.speaker is None and c.speaker_type == "unattributed"
    assert c.cue == cue
    assert c.text == "पार्टी नया अध्यक्ष चुनेगी"


def test_impersonal_cue_with_fillers():
    c = only("कहा तो यह भी जा रहा है कि चुनाव समय से पहले होंगे।")
    assert c.speaker_type == "unattributed"
    assert c.text == "चुनाव समय से पहले होंगे"


def test_khabar_hai():
    c = only("खबर है कि कंपनी अपना दफ्तर बंद करेगी।")
    assert c.speaker_type == "unattributed" and c.cue == "खबर है"


def test_aarop_hai_without_source():
    c = only("आरोप है कि ठेकेदार ने घटिया सामग्री लगाई।")
    assert c.speaker_type == "unattributed"
    assert c.text == "ठेकेदार ने घटिया सामग्री लगाई"


def test_party_speaker_resolved_to_entity():
    # the speaker as the text names it (guidelines), linked to the party's entity
    c = only("भाजपा ने कहा कि वह सभी सीटों पर उम्मीदवार उतारेगी।",
             (("PARTY", "भारतीय जनता पार्टी", ["भाजपा"], ()),))
    assert (c.speaker, c.speaker_id) == ("भाजपा", "e1")


def test_organisation_speaker():
    c = only("निर्वाचन आयोग ने बताया कि मतदान शांतिपूर्ण रहा।",
             (("ORG", "निर्वाचन आयोग", ["निर्वाचन आयोग"], ()),))
    assert c.speaker == "निर्वाचन आयोग" and c.speaker_type == "named"


def test_party_spokesperson_is_not_the_party():
    c = only("कांग्रेस प्रवक्ता ने कहा कि सरकार सच छिपा रही है।",
             (("PARTY", "भारतीय राष्ट्रीय कांग्रेस", ["कांग्रेस"], ()),))
    assert (c.speaker, c.speaker_id, c.speaker_type) == ("कांग्रेस प्रवक्ता", None, "named")


def test_party_sources_stay_anonymous():
    c = only("भाजपा के सूत्रों ने बताया कि टिकट की सूची तैयार है।",
             (("PARTY", "भारतीय जनता पार्टी", ["भाजपा"], ()),))
    assert c.speaker_type == "anonymous"


def test_impersonal_cue_in_an_organisations_notice_is_named():
    c = only("उच्च न्यायालय की ओर से जारी अधिसूचना में कहा गया है कि अदालतें सोमवार तक बंद रहेंगी।",
             (("ORG", "उच्च न्यायालय", ["उच्च न्यायालय"], ()),))
    assert (c.speaker, c.speaker_type) == ("उच्च न्यायालय", "named")
    assert c.text == "अदालतें सोमवार तक बंद रहेंगी"


def test_letter_sent_to_an_organisation_is_not_its_claim():
    c = only("मानवाधिकार आयोग को एक पत्र सौंपा गया, जिसमें कहा गया है कि जांच अधूरी रही।",
             (("ORG", "मानवाधिकार आयोग", ["मानवाधिकार आयोग"], ()),))
    assert c.speaker_type == "unattributed"


def test_police_is_not_read_as_an_earlier_police_officer():
    claims = run("पुलिस अधीक्षक अमर नाथ ने बताया कि दो लोग पकड़े गए। पुलिस का कहना है कि और गिरफ्तारियां होंगी।")
    assert [c.speaker for c in claims] == ["पुलिस अधीक्षक अमर नाथ", "पुलिस"]


# --- speakers: pronouns and roles ---------------------------------------------------------

def test_pronoun_resolves_to_last_person():
    claims = run("राहुल सिंह ने रैली को संबोधित किया। उन्होंने कहा कि बेरोजगारी सबसे बड़ा मुद्दा है।",
                 (("PERSON", "राहुल सिंह", ["राहुल सिंह"], ()),))
    assert len(claims) == 1
    assert (claims[0].speaker, claims[0].speaker_id) == ("राहुल सिंह", "e1")


def test_pronoun_resolves_to_previous_speaker_without_entities():
    claims = run("विधायक मोहन लाल ने कहा कि पुल जल्द बनेगा। उन्होंने यह भी कहा कि स्कूल की मरम्मत होगी।")
    assert [c.speaker for c in claims] == ["विधायक मोहन लाल", "विधायक मोहन लाल"]
    assert claims[1].text == "स्कूल की मरम्मत होगी"


def test_person_inside_reported_content_is_not_the_antecedent():
    claims = run("सीमा गुप्ता ने कहा कि अजय देव ने नियम तोड़े हैं। उन्होंने कहा कि जांच होनी चाहिए।",
                 (("PERSON", "सीमा गुप्ता", ["सीमा गुप्ता"], ()), ("PERSON", "अजय देव", ["अजय देव"], ())))
    assert claims[1].speaker == "सीमा गुप्ता"


def test_unka_kahna_hai():
    claims = run("डॉक्टर नीना शर्मा अस्पताल की प्रमुख हैं। उनका कहना है कि बिस्तरों की कमी है।",
                 (("PERSON", "नीना शर्मा", ["नीना शर्मा"], ()),))
    assert len(claims) == 1
    assert claims[0].speaker == "नीना शर्मा" and claims[0].cue.startswith("उनका कहना")


def test_role_resolves_to_holder_from_entity_roles():
    c = only("मुख्यमंत्री ने कहा कि बजट संतुलित है।",
             (("PERSON", "सुरेश पाल", [], ("मुख्यमंत्री",)),))
    assert (c.speaker, c.speaker_id) == ("सुरेश पाल", "e1")


def test_role_resolves_to_name_written_after_it_earlier():
    claims = run("कलेक्टर अनिल राठौर ने बैठक ली। कलेक्टर ने बताया कि सभी स्कूल बंद रहेंगे।",
                 (("PERSON", "अनिल राठौर", ["अनिल राठौर"], ()),))
    assert claims[0].speaker == "अनिल राठौर"


def test_role_without_holder_is_named_role():
    c = only("जिलाधिकारी ने बताया कि राहत शिविर खोले गए हैं।")
    assert (c.speaker, c.speaker_type) == ("जिलाधिकारी", "named")


# --- other constructions --------------------------------------------------------------------

def test_ke_anusaar():
    c = only("पुलिस के अनुसार, हादसे में तीन लोगों की मौत हुई।")
    assert (c.speaker, c.cue) == ("पुलिस", "के अनुसार")
    assert c.text == "हादसे में तीन लोगों की मौत हुई"


def test_report_ke_mutabik():
    c = only("रिपोर्ट के मुताबिक देश में बेरोजगारी दर बढ़ी है।")
    assert c.speaker == "रिपोर्ट" and c.cue == "के मुताबिक"


def test_rules_are_not_a_source():
    assert run("नियमों के अनुसार सभी यात्रियों को टिकट लेना होगा।") == []


def test_habitual_kahti_hain():
    c = only("अर्थशास्त्री नीना शर्मा कहती हैं कि महंगाई अभी और बढ़ेगी।")
    assert "नीना शर्मा" in c.speaker
    assert c.text == "महंगाई अभी और बढ़ेगी"


def test_verb_first_yah_kahna_hai():
    c = only("शहर को नई बसों की जरूरत है, यह कहना है परिवहन मंत्री का।")
    assert c.speaker == "परिवहन मंत्री"
    assert c.text == "शहर को नई बसों की जरूरत है"


def test_verb_last_unhone_kaha():
    claims = run("मंत्री कमला देवी ने अस्पताल का दौरा किया। सरकार हर मरीज का इलाज कराएगी, उन्होंने कहा।",
                 (("PERSON", "कमला देवी", ["कमला देवी"], ()),))
    assert len(claims) == 1
    assert claims[0].text == "सरकार हर मरीज का इलाज कराएगी"
    assert claims[0].speaker == "कमला देवी"


def test_bakaul():
    c = only("बकौल सीमा, यह फैसला जल्दबाजी में लिया गया।")
    assert c.speaker == "सीमा" and c.cue == "बकौल"
    assert c.text == "यह फैसला जल्दबाजी में लिया गया"


def test_describe_as_content_between_speaker_and_verb():
    c = only("विपक्ष ने इस बजट को जनविरोधी बताया।")
    assert c.text == "इस बजट को जनविरोधी" and c.cue == "बताया"


def test_allegation_object_before_cue():
    c = only("कांग्रेस ने सरकार पर जांच एजेंसियों के दुरुपयोग का आरोप लगाया।")
    assert c.text == "सरकार पर जांच एजेंसियों के दुरुपयोग"


def test_iski_jankari_di_takes_previous_sentence():
    claims = run("जिले के सभी स्कूल सोमवार तक बंद रहेंगे। शिक्षा विभाग ने एक बयान में इसकी जानकारी दी।")
    assert len(claims) == 1
    assert claims[0].text == "जिले के सभी स्कूल सोमवार तक बंद रहेंगे"
    assert "शिक्षा विभाग" in claims[0].speaker


def test_headline_with_speaker_after_colon():
    c = only("सरकार ने जनता को धोखा दिया : अखिलेश")
    assert (c.speaker, c.text) == ("अखिलेश", "सरकार ने जनता को धोखा दिया")


# --- quotations ------------------------------------------------------------------------------

def test_straight_quote_speaker_before():
    c = only('सांसद अनीता राय ने कहा, "हम किसानों के साथ खड़े हैं।"',
             (("PERSON", "अनीता राय", ["अनीता राय"], ()),))
    assert (c.kind, c.speaker) == ("direct", "अनीता राय")
    assert c.text == "हम किसानों के साथ खड़े हैं"


def test_curly_quote_over_two_sentences():
    c = only("नेता ने कहा- “यह सरकार हर मोर्चे पर विफल रही है. जनता चुनाव में इसका जवाब देगी।”")
    assert c.kind == "direct"
    assert c.text == "यह सरकार हर मोर्चे पर विफल रही है. जनता चुनाव में इसका जवाब देगी"


def test_quote_with_speaker_after():
    claims = run("सुनील यादव ने मंच संभाला। “हम यह लड़ाई जीतेंगे,” उन्होंने कहा।",
                 (("PERSON", "सुनील यादव", ["सुनील यादव"], ()),))
    assert len(claims) == 1
    assert (claims[0].kind, claims[0].speaker) == ("direct", "सुनील यादव")
    assert claims[0].text == "हम यह लड़ाई जीतेंगे"


def test_single_curly_quotes():
    c = only("उन्होंने कहा, ‘हम पीछे नहीं हटेंगे और लड़ाई जारी रखेंगे।’")
    assert c.kind == "direct" and c.text == "हम पीछे नहीं हटेंगे और लड़ाई जारी रखेंगे"


def test_scare_quotes_are_not_claims():
    assert run("इस योजना को ‘गेम चेंजर’ बताया जा रहा है।") == []


# --- not claims ------------------------------------------------------------------------------

def test_instruction_ke_liye_kaha_gaya():
    assert run("सभी कार्यकर्ताओं को बैठक में शामिल होने के लिए कहा गया है।") == []


def test_instruction_se_karne_ko_kaha():
    assert run("अधिकारी ने कर्मचारियों से समय पर दफ्तर आने को कहा।") == []


def test_appeal_is_not_a_claim():
    assert run("मंत्री ने लोगों से घरों में रहने की अपील की।") == []


def test_reported_request_in_subjunctive_is_not_a_claim():
    assert run("उन्होंने कहा कि सभी लोग घरों में रहें।") == []


def test_imperative_headline_is_not_a_claim():
    assert run("किसान आंदोलन खत्म करें : मंत्री") == []


def test_claims_in_text_order_and_no_annotations_needed():
    claims = run("पुलिस ने बताया कि चोर पकड़ा गया। सूत्रों का कहना है कि वह पहले भी जेल जा चुका है।")
    assert [c.speaker_type for c in claims] == ["named", "anonymous"]
    assert claims[0].start < claims[1].start
    assert [c.sentence for c in claims] == [0, 1]


def test_empty_document():
    assert run("") == []



def test_people_joined_by_and_speak_together():
    people = (("PERSON", "नीता शर्मा", ["नीता शर्मा"], ()), ("PERSON", "अजय गुप्ता", ["अजय गुप्ता"], ()))
    c = only("नीता शर्मा और अजय गुप्ता ने कहा कि फैसला गलत है।", people)
    assert (c.speaker, c.speaker_type) == ("नीता शर्मा और अजय गुप्ता", "named")
    # someone else who belongs to both is not a joint speaker
    c = only("नीता शर्मा और अजय गुप्ता के वकील ने कहा कि फैसला गलत है।", people)
    assert c.speaker != "नीता शर्मा और अजय गुप्ता"


def test_the_author_of_a_book_or_report_is_the_source_of_what_it_says():
    person = (("PERSON", "रमेश चंद्र", ["रमेश चंद्र"], ()),)
    c = only("पूर्व मंत्री रमेश चंद्र की हाल ही में प्रकाशित किताब में भी ज़िक्र है कि सरकार ने विपक्ष की मदद ली थी।",
             person)
    assert (c.speaker, c.speaker_type) == ("रमेश चंद्र", "named")
    # a place of writing with no author named stays unattributed
    c = only("एक पुरानी किताब में ज़िक्र है कि यहां कभी नदी बहती थी।")
    assert (c.speaker, c.speaker_type) == (None, "unattributed")


# --- X Y को Z मानता है: holding or calling something so, without कि -----------------------
def test_a_body_that_holds_something_so_makes_a_claim():
    c = only("नेपाल की सरकार इन शरणार्थियों को अवैध घुसपैठिए मानती है।",
             (("PLACE", "नेपाल", ["नेपाल"], ()),))
    assert c.speaker == "नेपाल की सरकार" and c.speaker_type == "named"
    assert c.text == "इन शरणार्थियों को अवैध घुसपैठिए"
    assert c.cue == "मानती है"


def test_a_person_who_calls_charges_false_makes_a_claim():
    c = only("हालांकि मंत्री रमेश वर्मा इन आरोपों को बेबुनियाद ठहराते हैं।",
             (("PERSON", "रमेश वर्मा", ["रमेश वर्मा"], ("मंत्री",)),))
    assert c.speaker == "रमेश वर्मा"
    assert c.text == "इन आरोपों को बेबुनियाद"


def test_a_pronoun_speaker_with_a_dative_pronoun_object():
    claims = run("सुनील यादव ने सभा में भाषण दिया। वे इसे जनता की जीत बताते हैं।",
                 (("PERSON", "सुनील यादव", ["सुनील यादव"], ()),))
    assert [(c.speaker, c.text) for c in claims] == [("सुनील यादव", "इसे जनता की जीत")]


@pytest.mark.parametrize("text", [
    "किसान इन फसलों को कीमती मानते हुए बचाते हैं।",   # a participle, not a finite verb
    "पुलिस ने आरोपी को दोषी मानते हुए गिरफ्तार किया।",
    "गांव के लोग बच्चों को स्कूल भेजते हैं।",           # no cue
])
def test_no_predicative_claim_without_a_finite_holding_verb(text):
    assert [c.text for c in run(text) if c.cue.startswith(("मान", "बता", "ठहरा"))] == []


def test_an_accusation_whose_content_is_long():
    c = only("विपक्षी दल ने राज्य सरकार पर पिछले तीन वर्षों से किसानों की उपज की सही कीमत न देकर "
             "उनके साथ लगातार धोखा करने का आरोप लगाया है।",
             (("ORG", "विपक्षी दल", ["विपक्षी दल"], ()),))
    assert "आरोप लगाया" in c.cue
    assert c.text.startswith("राज्य सरकार पर") and c.text.endswith("धोखा करने")


def test_the_object_of_a_holding_verb_is_not_its_speaker():
    claims = run("गांव के लोग सुनील यादव को अपना नेता मानते हैं।",
                 (("PERSON", "सुनील यादव", ["सुनील यादव"], ()),))
    assert not any(c.speaker == "सुनील यादव" for c in claims), claims


def test_a_notification_speaks_for_the_body_that_issued_it():
    claims = run("उच्च न्यायालय ने सभी अदालतों में अवकाश घोषित किया। एक अन्य नोटिफिकेशन के अनुसार "
                 "जिला अदालतों में केवल जरूरी मामलों की सुनवाई होगी।",
                 (("ORG", "उच्च न्यायालय", ["उच्च न्यायालय"], ()),))
    c = next(c for c in claims if c.cue == "के अनुसार")
    assert (c.speaker, c.speaker_type) == ("उच्च न्यायालय", "named")


def test_a_notification_with_no_body_named_stays_anonymous():
    claims = run("एक अन्य नोटिफिकेशन के अनुसार जिला अदालतों में केवल जरूरी मामलों की सुनवाई होगी।")
    assert [c.speaker_type for c in claims if c.cue == "के अनुसार"] == ["anonymous"]


def test_a_bare_office_is_the_person_named_earlier_by_its_abbreviation():
    claims = run("मौके पर एसपी रघुवीर सिंह पहुंचे। पुलिस अधीक्षक ने कहा कि आरोपियों को जल्द पकड़ा जाएगा।",
                 (("PERSON", "रघुवीर सिंह", ["रघुवीर सिंह"], ("एसपी",)),))
    assert [(c.speaker, c.speaker_type) for c in claims] == [("रघुवीर सिंह", "named")]


def test_a_said_thing_before_the_cue_wins_over_the_previous_sentence():
    claims = run("विपक्ष सोमवार को धरना देगा। ममता बनर्जी ने भी इस प्रदर्शन को समर्थन देने की बात कही है।",
                 (("PERSON", "ममता बनर्जी", ["ममता बनर्जी"], ()),))
    c = next(c for c in claims if c.speaker == "ममता बनर्जी")
    assert c.text == "इस प्रदर्शन को समर्थन देने"


def test_a_circular_from_a_department_named_earlier_speaks_for_it():
    claims = run("स्वास्थ्य विभाग ने नए नियम बनाए। विभाग की ओर से जारी एडवाइजरी के अनुसार लोगों को "
                 "भीड़ वाली जगहों पर मास्क पहनना होगा।",
                 (("ORG", "स्वास्थ्य विभाग", ["स्वास्थ्य विभाग"], ()),))
    c = next(c for c in claims if c.cue == "के अनुसार")
    assert (c.speaker, c.speaker_type) == ("स्वास्थ्य विभाग", "named")


@pytest.mark.parametrize("text,speaker,cue", [
    ('सुनील यादव मंच पर आए। उनका कहना था, "हम पीछे हटने वाले नहीं हैं. सरकार हमारी बात सुने."', "सुनील यादव",
     "उनका कहना था"),
    ('सुनील यादव का कहना है: "हम पीछे हटने वाले नहीं हैं. सरकार हमारी बात सुने."', "सुनील यादव", "का कहना है"),
])
def test_a_noun_cue_before_a_quotation_of_several_sentences(text, speaker, cue):
    claims = run(text, (("PERSON", "सुनील यादव", ["सुनील यादव"], ()),))
    assert [(c.speaker, c.cue, c.kind) for c in claims] == [(speaker, cue, "direct")]
    assert claims[0].text.endswith("सुने.")


def test_one_of_a_bodys_people_is_anonymous():
    c = only("विदेश मंत्रालय के एक अधिकारी ने कहा कि बातचीत जारी रहेगी।",
             (("ORG", "विदेश मंत्रालय", ["विदेश मंत्रालय"], ()),))
    assert (c.speaker, c.speaker_type) == ("विदेश मंत्रालय के एक अधिकारी", "anonymous")


def test_a_quotation_after_a_habitual_speech_verb():
    doc = analyse('सूखे से गांव खाली\n\nमहोबा। 62 साल के रामकिशोरवा अहिरवारू कहते हैं, "हमारे बचपन में '
                  'कुएं साल भर भरे रहते थे. अब तली दिखती है." गांव में पानी नहीं है।')
    claims = [c for c in doc.claims if c.kind == "direct"]
    assert [(c.speaker, c.cue, c.speaker_type) for c in claims] == [
        ("रामकिशोरवा अहिरवारू", "कहते हैं", "named")]
    assert claims[0].text.startswith("हमारे बचपन में")


def test_a_quotation_after_a_habitual_verb_whose_subject_is_someones_relative():
    doc = analyse('सूखे से गांव खाली\n\nमहोबा। 62 साल के रामकिशोरवा अहिरवारू खेत में हैं। रामकिशोरवा के बेटे कहते '
                  'हैं, "हम दिल्ली में मजदूरी करते हैं और घर नहीं लौट सकते."')
    assert not any(c.speaker == "रामकिशोरवा अहिरवारू" for c in doc.claims if c.kind == "direct")


def test_a_date_between_ne_and_kaha():
    doc = analyse("चुनाव पर बयान\n\nभोपाल। पार्टी अध्यक्ष रमेशवा थापावा ने सोमवार को कहा कि चुनाव जल्द कराए जाएंगे।")
    assert [(c.speaker, c.text) for c in doc.claims] == [("रमेशवा थापावा", "चुनाव जल्द कराए जाएंगे")]
    # an instruction ("… करने को कहा") is still no claim, with a date in the sentence or not
    doc = analyse("निर्देश\n\nभोपाल। कलेक्टर ने सोमवार को अधिकारियों को काम पूरा करने को कहा।")
    assert doc.claims == []


def test_unke_anusar_takes_the_person_named_before():
    doc = analyse("कोविड बुलेटिन\n\nलखनऊ। अपर मुख्य सचिव विनीतावा अग्रवालू ने बताया कि जांच बढ़ी है। उनके अनुसार "
                  "संक्रमण दर घटकर 0.7 प्रतिशत पर आ गई है।")
    claims = [c for c in doc.claims if c.text.startswith("संक्रमण दर")]
    assert [(c.speaker, c.speaker_type) for c in claims] == [("विनीतावा अग्रवालू", "named")]


def test_a_passive_reporting_verb_after_its_content_is_unattributed():
    doc = analyse("फैक्टरी में आग\n\nभरूच। हादसे में पांच मजदूरों की मौत हो गई। घायलों में से छह की हालत गंभीर "
                  "बताई जा रही है। आग लगने की वजह शॉर्ट सर्किट बताई जा रही है।")
    assert [(c.speaker, c.speaker_type, c.text) for c in doc.claims] == [
        (None, "unattributed", "घायलों में से छह की हालत गंभीर"),
        (None, "unattributed", "आग लगने की वजह शॉर्ट सर्किट")]


def test_a_passive_instruction_is_no_claim():
    doc = analyse("कर्फ्यू\n\nदेहरादून। सायरन बजाकर लोगों को घरों से बाहर न निकलने को कहा गया। छात्रों को घर पर "
                  "रहकर तैयारी करने के लिए कहा जा रहा है।")
    assert doc.claims == []


def test_an_office_abbreviation_speaks_for_the_person_named_with_it_in_brackets():
    doc = analyse('लूट का खुलासा\n\nसुल्तानपुर। पुलिस अधीक्षक (एसपी) अनुरागवा सिंह चौहानू ने बताया कि तीन आरोपी पकड़े गए। '
                  'एसपी ने कहा, "आरोपियों ने पूछताछ में जुर्म कबूल कर लिया है।"')
    person = next(e for e in doc.entities if e.type == "PERSON")
    assert person.roles == ["पुलिस अधीक्षक"]
    assert {c.speaker for c in doc.claims} == {person.name}


def test_a_statement_issued_by_a_body_speaks_for_it():
    doc = analyse("समीक्षा बैठक\n\nनई दिल्ली। प्रधानमंत्री कार्यालय की ओर से जारी बयान के मुताबिक़, प्रधानमंत्री ने "
                  "अधिकारियों को अस्पतालों में दवाओं की उपलब्धता सुनिश्चित करने के निर्देश दिए।")
    assert [(c.speaker, c.speaker_type) for c in doc.claims] == [("प्रधानमंत्री कार्यालय", "named")]


def test_the_object_of_a_headline_accusation_is_no_speaker():
    doc = analyse("सपा ने भाजपा पर लगाया प्रशासन के दुरुपयोग का आरोप, 10 जुलाई को होगा मतदान\n\nबलिया। उपचुनाव "
                  "के लिए प्रचार तेज हो गया है।")
    assert not any(c.speaker and "दुरुपयोग" in c.speaker for c in doc.claims)


def test_an_announced_act_is_a_claim_but_a_list_of_acts_is_not():
    doc = analyse("आग\n\nसीतापुर। जिलाधिकारी ने मृतकों के परिजनों को चार लाख रुपये की आर्थिक सहायता देने की घोषणा की "
                  "है। प्रधानमंत्री ने सोमवार देर रात संबोधन में सभा भंग करने की सिफारिश की और अप्रैल में चुनाव "
                  "कराने का ऐलान किया।")
    assert [(c.speaker, c.text) for c in doc.claims] == [
        ("जिलाधिकारी", "मृतकों के परिजनों को चार लाख रुपये की आर्थिक सहायता देने")]


def test_a_headline_x_bole_dash():
    doc = analyse("राहुल गांधी बोले- महंगाई पर चर्चा से भाग रही है सरकार\n\nनई दिल्ली। संसद में हंगामा हुआ।")
    assert [(c.speaker, c.cue, c.text) for c in doc.claims] == [
        ("राहुल गांधी", "बोले", "महंगाई पर चर्चा से भाग रही है सरकार")]
    doc = analyse("खेल\n\nनई दिल्ली। वह बोले तो सब चुप हो गए।")  # no dash: no quotation of words
    assert doc.claims == []


def test_agencies_quoting_others_and_unsourced_information():
    doc = analyse("श्रीलंका\n\nकोलंबो। समाचार एजेंसी रॉयटर्स के मुताबिक़ गुणसेकरा ने कहा कि जहाज़ों को अनुमति नहीं दी "
                  "जाएगी। समाचार एजेंसी एएफ़पी ने चीनी दूतावास के एक अधिकारी के हवाले से बताया कि जहाज़ शोध के लिए "
                  "आते हैं। जानकारी के मुताबिक़ मालिक घटना के बाद से फरार है।")
    got = [(c.speaker, c.speaker_type, c.text) for c in doc.claims]
    assert got == [("गुणसेकरा", "named", "जहाज़ों को अनुमति नहीं दी जाएगी"),
                   ("चीनी दूतावास के एक अधिकारी", "anonymous", "जहाज़ शोध के लिए आते हैं"),
                   (None, "unattributed", "मालिक घटना के बाद से फरार है")], got


def test_this_news_is_not_the_claim_of_the_sentence_before():
    doc = analyse("रोक बढ़ी\n\nश्रीलंका ने विदेशी जहाज़ों पर रोक बढ़ाने का फ़ैसला किया है. माना जा रहा है कि इसका असर "
                  "चीन पर पड़ेगा.\n\nविदेश मंत्री चमिंडा गुणसेकरा ने संसद को इस फ़ैसले की जानकारी दी.")
    assert all(c.speaker_type == "unattributed" or not c.text.startswith("माना") for c in doc.claims)
    assert not any(c.speaker and "गुणसेकरा" in c.speaker and "असर" in c.text for c in doc.claims)


def test_a_body_speaks_through_its_report():
    doc = analyse("रिपोर्ट\n\nनई दिल्ली। राष्ट्रीय मानवाधिकार आयोग की एक नई रिपोर्ट के मुताबिक़ हर तीसरी घरेलू कामगार "
                  "महिला ने उत्पीड़न झेला है। विदेश मंत्रालय के एक अधिकारी ने कहा कि बातचीत जारी रहेगी।")
    assert [(c.speaker, c.speaker_type) for c in doc.claims] == [
        ("राष्ट्रीय मानवाधिकार आयोग", "named"), ("विदेश मंत्रालय के एक अधिकारी", "anonymous")]



def test_a_report_inside_reported_content_and_a_denial_are_no_claims_of_their_own():
    doc = analyse("रामसखी के बेटे कमलेश अहिरवार ने आरोप लगाया कि आग लगने के बाद करीब 20 मिनट तक स्टाफ ने "
                  "परिजनों को कुछ नहीं बताया। उन्होंने कहा कि अस्पताल ने लापरवाही की।")
    assert [(c.speaker, c.cue) for c in doc.claims] == [("कमलेश अहिरवार", "आरोप लगाया"), ("कमलेश अहिरवार", "कहा")]
    # a headline's colon is no denial: "X को … जानकारी नहीं : Y" is Y's claim
    doc = analyse("तेजस्वी यादव को जमीनी हकीकत की जानकारी नहीं : डिप्टी सीएम सुशील मोदी\n\nपटना में बैठक हुई।")
    assert any(c.text.startswith("तेजस्वी यादव को जमीनी हकीकत") for c in doc.claims)


def test_a_bare_office_as_subject_is_the_antecedent_of_a_pronoun():
    doc = analyse("पुलिस अधीक्षक मनीष खत्री ने बताया कि मामला दर्ज कर लिया गया है। मुख्यमंत्री ने घटना पर गहरा दुख "
                  "जताते हुए मृतकों के परिजनों को चार-चार लाख रुपये देने की घोषणा की है। उन्होंने ट्वीट किया, "
                  "\"सागर की घटना हृदयविदारक है। दोषियों को बख्शा नहीं जाएगा।\"")
    tweet = next(c for c in doc.claims if c.cue == "ट्वीट किया")
    assert (tweet.speaker, tweet.speaker_type) == ("मुख्यमंत्री", "named")


def test_two_offices_joined_before_a_name_are_both_hers():
    doc = analyse("उपचुनाव का कार्यक्रम जिलाधिकारी एवं जिला निर्वाचन अधिकारी नेहा त्रिपाठी ने बताया कि 17 जनवरी से "
                  "नामांकन होंगे। डीएम के मुताबिक क्षेत्र में कुल 3.41 लाख मतदाता हैं।")
    assert [c.speaker for c in doc.claims] == ["नेहा त्रिपाठी", "नेहा त्रिपाठी"]


def test_what_someone_called_something_in_quotation_marks():
    doc = analyse("कांग्रेस ने इस मसौदे को \"पिछले दरवाज़े से किसानों पर लगाया गया टैक्स\" बताया है. "
                  "भाजपा ने कांग्रेस के आरोपों को \"राजनीतिक ड्रामा\" करार दिया.")
    assert [(c.cue, c.text, c.kind) for c in doc.claims] == [
        ("बताया", "पिछले दरवाज़े से किसानों पर लगाया गया टैक्स", "direct"),
        ("करार दिया", "राजनीतिक ड्रामा", "direct")]
    # two quoted words alone are a name or a title, not a claim
    assert not analyse("उन्होंने \"राजनीतिक ड्रामा\" नाम की किताब पढ़ी।").claims


def test_announcements_complaints_and_fears():
    doc = analyse("संयुक्त किसान मोर्चा ने 20 मार्च को जिला मुख्यालयों पर धरना देने का एलान किया है। "
                  "मरीजों के परिजनों की शिकायत है कि कंट्रोल रूम का नंबर अक्सर व्यस्त रहता है। "
                  "प्रारंभिक जांच में बिजली के पैनल में शॉर्ट सर्किट से आग लगने की आशंका जताई जा रही है।")
    assert [(c.speaker_type, c.text) for c in doc.claims] == [
        ("named", "20 मार्च को जिला मुख्यालयों पर धरना देने"),
        ("anonymous", "कंट्रोल रूम का नंबर अक्सर व्यस्त रहता है"),
        ("unattributed", "प्रारंभिक जांच में बिजली के पैनल में शॉर्ट सर्किट से आग लगने")]


def test_a_second_act_after_an_announcement_is_not_its_content():
    doc = analyse("कलेक्टर आशीष तिवारी मौके पर पहुंचे। कलेक्टर ने मृतकों के परिजनों को चार-चार लाख रुपये की आर्थिक "
                  "सहायता देने की घोषणा की और हादसे की मजिस्ट्रियल जांच के आदेश दिए।")
    assert [c.text for c in doc.claims] == ["मृतकों के परिजनों को चार-चार लाख रुपये की आर्थिक सहायता देने"]


def test_a_party_and_an_office_find_the_office_holder_named_before():
    doc = analyse("सूचना मिलने पर अंचलाधिकारी प्रीति कुमारी मौके पर पहुंचीं. सीओ ने बताया कि नुकसान का आकलन कराया जा "
                  "रहा है. स्थानीय विधायक रमेश चौधरी भी घटनास्थल पर पहुंचे. जदयू विधायक ने कहा कि वे फायर स्टेशन "
                  "खोलने का मामला उठाएंगे.")
    assert [c.speaker for c in doc.claims] == ["प्रीति कुमारी", "रमेश चौधरी"]


def test_a_body_speaks_through_its_figures_and_initials_stay_in_a_speakers_name():
    doc = analyse("स्वास्थ्य विभाग के आंकड़ों के अनुसार, इस वर्ष अब तक राज्य में डेंगू के 3,162 मामले सामने आ चुके हैं। "
                  "सरकारी आंकड़ों के मुताबिक 20 लोग मरे।")
    assert [(c.speaker, c.speaker_type) for c in doc.claims] == [("स्वास्थ्य विभाग", "named")]
    doc = analyse("संघ ने कार्रवाई की आलोचना की। कुलपति प्रो. के. एल. वर्मा ने हालांकि कहा कि निलंबन नियमों के तहत "
                  "की गई सामान्य प्रक्रिया है।")
    assert [c.speaker for c in doc.claims] == ["के. एल. वर्मा"]


def test_a_clause_opened_by_jabki_is_not_the_content_of_the_cue_before_it():
    doc = analyse("कांग्रेस ने इस कार्रवाई को राजनीतिक बदले की भावना से प्रेरित बताया है, जबकि भारतीय जनता पार्टी का कहना "
                  "है कि क़ानून अपना काम कर रहा है. देरी के आरोप पर उन्होंने सफाई दी कि शहर में कोई स्थायी चौकी नहीं है.")
    assert [(c.cue, c.text) for c in doc.claims] == [
        ("बताया है", "इस कार्रवाई को राजनीतिक बदले की भावना से प्रेरित"),
        ("का कहना है", "क़ानून अपना काम कर रहा है"),
        ("सफाई दी", "शहर में कोई स्थायी चौकी नहीं है")]


def test_warnings_issued_or_begun_are_speech():
    doc = analyse("मौसम विभाग ने चेतावनी जारी की है कि अगले 48 घंटों में भारी बारिश होगी। पुलिस ने लाउडस्पीकर से चेतावनी "
                  "शुरू कर दी थी कि 10 बजे के बाद दुकान खुली मिली तो कार्रवाई की जाएगी।")
    assert [c.cue for c in doc.claims] == ["चेतावनी जारी की है", "चेतावनी शुरू कर दी थी"]
    # a long adverbial between the subject and the cue is fine when कि opens the content
    doc = analyse("साढ़े नौ बजते ही पुलिस ने वाहनों के माध्यम से शहर के बाजारों और गलियों में लाउडस्पीकर से चेतावनी "
                  "शुरू कर दी थी कि 10 बजे बाद दुकान खुली मिली तो कड़ी कार्रवाई की जाएगी।")
    assert [c.speaker for c in doc.claims] == ["पुलिस"]


def test_a_shortened_title_and_a_title_joined_over_a_party_name_find_the_person():
    doc = analyse("नाहन, 4 नवंबर (भाषा) केंद्रीय गृह राज्य मंत्री देवेंद्र नाथ भारद्वाज ने आज कहा कि सीमा सुरक्षित है। "
                  "केंद्रीय मंत्री ने भाजपा पर निशाना साधा। उन्होंने आरोप लगाया कि भाजपा विफल है।")
    assert [c.speaker for c in doc.claims] == ["देवेंद्र नाथ भारद्वाज", "देवेंद्र नाथ भारद्वाज"]
    doc = analyse("रांची : झारखंड के उपमुख्यमंत्री एवं झारखंड मुक्ति मोर्चा (झामुमो) के वरिष्ठ नेता राजकिशोर मुंडा ने "
                  "ट्वीट कर भाजपा पर आरोप लगाया। उपमुख्यमंत्री ने अपने ट्वीट में कहा कि भाजपा भ्रम फैला रही है।")
    assert [c.speaker for c in doc.claims] == ["राजकिशोर मुंडा", "राजकिशोर मुंडा"]


def test_a_phrase_quoted_inside_an_accusation_and_its_also():
    c = only('नीरज शेखावत ने विपक्ष पर "डर की राजनीति" करने का आरोप लगाया.', (("PERSON", "नीरज शेखावत", ["नीरज शेखावत"], ()),))
    assert (c.speaker, c.kind) == ("नीरज शेखावत", "indirect") and "डर की राजनीति" in c.text
    c = only("पासवान ने भाजपा पर छात्रों के आंदोलन को भड़काने का आरोप भी लगाया.", (("PERSON", "पासवान", ["पासवान"], ()),))
    assert c.text == "भाजपा पर छात्रों के आंदोलन को भड़काने"


def test_warnings_announced_protests_and_remarks_are_claims():
    c = only("महासंघ ने शुक्रवार को कलक्ट्रेट पर धरना देने की चेतावनी दी है।")
    assert c.text == "शुक्रवार को कलक्ट्रेट पर धरना देने"
    c = only("मौसम विभाग ने अगले 48 घंटों में भारी बारिश की चेतावनी जारी की है।")
    assert c.text == "अगले 48 घंटों में भारी बारिश"
    c = only("डीएमके ने 18 नवंबर को चेन्नई में राज्यव्यापी प्रदर्शन का एलान किया है.")
    assert c.text == "18 नवंबर को चेन्नई में राज्यव्यापी प्रदर्शन"
    c = only('एकल पीठ ने सुनवाई करते हुए टिप्पणी की, "हिरासत में किसी नागरिक की मौत क़ानून के राज पर सीधा सवाल है."')
    assert c.kind == "direct" and c.text.startswith("हिरासत में")


def test_what_someone_feared_according_to_sources_is_the_sources_claim():
    c = only("सूत्रों के मुताबिक़, स्थानीय अभिसूचना इकाई ने जुलूस से दो दिन पहले ही तनाव की आशंका जताई थी, लेकिन"
             " जुलूस का रास्ता नहीं बदला गया.")
    assert c.speaker_type == "anonymous" and c.text.startswith("स्थानीय अभिसूचना इकाई ने")


def test_sources_believed_a_condition_reported_a_help_announced_after_an_order():
    c = only("सूत्रों की मानें तो स्टेडियम को भी कोविड केयर सेंटर बनाने पर विचार चल रहा है।")
    assert (c.speaker, c.speaker_type) == ("सूत्रों", "anonymous") and c.text.startswith("स्टेडियम को")
    c = only("डाक्टरों ने नसीमा की हालत नाजुक बताई है।")
    assert (c.speaker_type, c.text) == ("anonymous", "नसीमा की हालत नाजुक")
    c = only("उन्होंने मृतकों के परिजनों को दो-दो लाख रुपये की सहायता राशि देने की घोषणा भी की।")
    assert c.text == "मृतकों के परिजनों को दो-दो लाख रुपये की सहायता राशि देने"
    c = only("मुख्यमंत्री ने घटना की न्यायिक जांच के आदेश दिए और मृतक के परिवार को दो लाख रुपये की सहायता देने की"
             " घोषणा की।")
    assert c.text == "मृतक के परिवार को दो लाख रुपये की सहायता देने"


def test_a_family_is_an_unnamed_group():
    c = only("परिवार का आरोप है कि थाने की पुलिस ने शिकायत दर्ज नहीं की।")
    assert c.speaker_type == "anonymous"


def test_an_accusation_levelled_with_jad_diya():
    c = only("पूर्व मंत्री ने सरकार पर मौतों के आंकड़े छिपाने का आरोप जड़ दिया.")
    assert c.text.endswith("सरकार पर मौतों के आंकड़े छिपाने")


def test_an_assurance_after_another_act_a_second_cue_after_a_quoted_label_and_an_unattributed_charge():
    c = only("गृह मंत्री ने मुख्यमंत्री से बात कर हालात की जानकारी ली और अतिरिक्त सुरक्षा बल भेजने का भरोसा दिलाया.")
    assert c.text == "अतिरिक्त सुरक्षा बल भेजने"
    c = only("महतो ने इन मुलाक़ातों को 'शिष्टाचार भेंट' बताया और कहा कि आजसू कोई भी फ़ैसला राय लेने के बाद ही करेगी.")
    assert (c.speaker, c.cue) == ("महतो", "कहा")
    c = only("श्रीलंकाई नौसेना पर मछुआरों पर हमला करने का आरोप लगाया गया है.")
    assert (c.speaker_type, c.text) == ("unattributed", "श्रीलंकाई नौसेना पर मछुआरों पर हमला करने")
    c = only("झाविमो के महासचिव ने हालाँकि साफ़ कर दिया कि उनकी पार्टी किसी भी सरकार में शामिल नहीं होगी.")
    assert c.cue == "साफ़ कर दिया"


def test_a_report_inside_a_quotation_is_the_quotations_not_a_claim_or_an_antecedent():
    doc = analyse('महतो ने कहा, "मंत्री जी ने भरोसा दिलाया है कि एक महीने के भीतर हमारी मांगों पर ठोस फैसला होगा." '
                  "उन्होंने चेतावनी दी कि तय समय में मांगें पूरी नहीं हुईं तो काम बंद कर दिया जाएगा.")
    assert [(c.speaker, c.kind) for c in doc.claims] == [("महतो", "direct"), ("महतो", "indirect")]


def test_an_announcement_far_from_its_subject_after_a_review_or_a_condolence():
    c = only("मुख्यमंत्री अखिलेश यादव ने सोमवार शाम लखनऊ में वरिष्ठ अधिकारियों के साथ बैठक कर हालात की समीक्षा की और"
             " मृतक के परिवार को पाँच लाख रुपये का मुआवज़ा देने की घोषणा की.")
    assert c.text == "मृतक के परिवार को पाँच लाख रुपये का मुआवज़ा देने"
    c = only("मुख्यमंत्री ने हादसे पर गहरा शोक व्यक्त करते हुए मृतकों के परिजनों को पांच-पांच लाख रुपये और गंभीर रूप से"
             " घायलों को 50-50 हजार रुपये की अनुग्रह राशि देने की घोषणा की ।")
    assert c.text.startswith("मृतकों के परिजनों को")


def test_a_quotation_after_a_long_clause_between_its_subject_and_cue():
    doc = analyse("जस्टिस प्रसाद की एकल पीठ ने बुधवार को मृतक की पत्नी की ओर से दायर याचिका पर सुनवाई करते हुए टिप्पणी की,"
                  ' "हिरासत में किसी नागरिक की मौत क़ानून के राज पर सीधा सवाल है." मामले की अगली सुनवाई 12 अगस्त को होगी.')
    assert [(c.cue, c.kind) for c in doc.claims] == [("टिप्पणी की", "direct")]


def test_said_with_bole_before_a_quotation():
    claims = analyse("पत्रकारों से बातचीत में मौर्य बोले, “जिन लोगों के राज में गुंडे थानों पर क़ब्ज़ा कर लेते थे, वे आज"
                     " भाषण दे रहे हैं.”").claims
    assert [(c.speaker, c.kind) for c in claims] == [("मौर्य", "direct")]


def test_what_something_is_called_in_the_progressive_and_before_a_comma():
    claims = analyse("परिजनों ने पुलिस पर हत्या करने का आरोप लगाया है, जबकि पुलिस इसे ख़ुदकुशी बता रही है.").claims
    assert ("इसे ख़ुदकुशी", "पुलिस") in [(c.text, c.speaker) for c in claims]
    claims = analyse("कई पूर्व खिलाड़ियों ने इसे खिलाड़ियों की आवाज़ दबाने की कोशिश बताया है, वहीं मंत्री ने बोर्ड से"
                     " जवाब मांगा है.").claims
    assert [c.text for c in claims] == ["इसे खिलाड़ियों की आवाज़ दबाने की कोशिश"]


def test_a_contrast_clause_with_another_source_is_its_own_claim():
    claims = analyse("भाजपा का कहना है कि विपक्ष राजनीति कर रहा है, जबकि तृणमूल कांग्रेस का दावा है कि केंद्र सरकार"
                     " खेल पर नियंत्रण बढ़ाना चाहती है.").claims
    assert [(c.text, c.speaker) for c in claims] == [
        ("विपक्ष राजनीति कर रहा है", "भाजपा"),
        ("केंद्र सरकार खेल पर नियंत्रण बढ़ाना चाहती है", "तृणमूल कांग्रेस")]
    # ... but what the speaker contrasts is still what he said
    claims = analyse("उन्होंने कहा कि सरकार काम कर रही है, जबकि विपक्ष ने कुछ नहीं किया.").claims
    assert [c.text for c in claims] == ["सरकार काम कर रही है, जबकि विपक्ष ने कुछ नहीं किया"]


def test_a_claim_made_too():
    claims = analyse("उन्होंने यह दावा भी किया कि कई बूथों पर समर्थकों के नाम मतदाता सूची से काट दिए गए हैं.").claims
    assert [c.text for c in claims] == ["कई बूथों पर समर्थकों के नाम मतदाता सूची से काट दिए गए हैं"]


def test_a_second_statement_after_and_and_what_was_called_so_on_the_way():
    claims = analyse("वन मंत्री उनियाल ने परिजनों को 10 लाख रुपये की आर्थिक सहायता देने की घोषणा की और कहा कि घायल के"
                     " इलाज का पूरा ख़र्च सरकार उठाएगी.").claims
    assert [c.text for c in claims] == ["परिजनों को 10 लाख रुपये की आर्थिक सहायता देने",
                                        "घायल के इलाज का पूरा ख़र्च सरकार उठाएगी"]
    claims = analyse("भाजपा प्रवक्ता हरीश चंद्र जोशी ने इन आरोपों को बेबुनियाद बताते हुए कहा कि भारत और नेपाल के रिश्ते"
                     " मजबूत हैं.").claims
    assert [(c.text, c.speaker) for c in claims] == [("इन आरोपों को बेबुनियाद", "हरीश चंद्र जोशी"),
                                                     ("भारत और नेपाल के रिश्ते मजबूत हैं", "हरीश चंद्र जोशी")]


def test_a_relative_clause_between_the_speaker_and_ne():
    claims = analyse("गांव में रहने वाले सुरेश चौहान, जिनकी बेटी 11वीं कक्षा में पढ़ती है, ने कहा कि बच्चे घर में"
                     " चिड़चिड़े हो गए हैं ।").claims
    assert [c.speaker for c in claims] == ["सुरेश चौहान"]


def test_a_quotation_opening_the_next_sentence_goes_on_from_its_speaker():
    claims = analyse("नेता युवराज पंत ने कहा कि प्रधानमंत्री ने कार्यक्रम को ताक पर रख दिया था.“हमने बार-बार आगाह किया,"
                     " लेकिन सिंह दरबार में बैठे लोगों ने किसी की नहीं सुनी.”").claims
    assert [(c.speaker, c.kind) for c in claims] == [("युवराज पंत", "indirect"), ("युवराज पंत", "direct")]
    # no speaker before: a quotation alone stays unattributed
    assert not analyse("बारिश से सड़कें डूब गईं.“हमने बार-बार आगाह किया, लेकिन किसी ने नहीं सुनी.”").claims


def test_a_speaker_after_a_quotation_with_words_before_the_cue():
    claims = analyse("“ऐसी सरकार को ढोते रहने का कोई मतलब नहीं था,” पंत ने काठमांडू में पत्रकारों से कहा.").claims
    assert [(c.speaker, c.kind) for c in claims] == [("पंत", "direct")]


def test_confirmations_and_statements_already_made():
    claims = analyse("ओडिशा में विशेष राहत आयुक्त के दफ़्तर ने नौ लोगों की मौत की पुष्टि की है.").claims
    assert [c.text for c in claims] == ["नौ लोगों की मौत"]
    assert not analyse("पुलिस ने घटना की पुष्टि की है.").claims
    claims = analyse("केंद्र सरकार इस साल जून में घोषणा कर चुकी है कि अगली जनगणना 2027 में पूरी होगी.").claims
    assert [(c.text, c.speaker) for c in claims] == [("अगली जनगणना 2027 में पूरी होगी", "केंद्र सरकार")]
    claims = analyse("किसान नेता कई बार कह चुके हैं कि आंदोलन जारी रहेगा.").claims
    assert [c.speaker for c in claims] == ["किसान नेता"]


def test_bare_offices_and_owners_resolve_to_the_people_named_with_them():
    doc = analyse("शिविर का उद्घाटन मुख्य चिकित्साधिकारी (सीएमओ) डॉ. विनोद कुमार पांडेय ने किया। सीएमओ ने बताया कि "
                  "जिले के हर ब्लाक में अब रोज शिविर लगेंगे। आग के बाद फैक्टरी मालिक राजीव अग्रवाल के खिलाफ केस दर्ज "
                  "हुआ। फैक्टरी मालिक के अनुसार करीब ढाई करोड़ रुपये का माल जल गया।")
    assert [c.speaker for c in doc.claims] == ["विनोद कुमार पांडेय", "राजीव अग्रवाल"]


def test_a_bare_party_court_or_union_speaks_for_the_one_named_before():
    doc = analyse("पटना उच्च न्यायालय ने पूर्व विधायक को जमानत दे दी। अदालत ने कहा कि आरोपी गवाहों से संपर्क नहीं करेगा। "
                  "समाजवादी पार्टी की बैठक लखनऊ में हुई। पार्टी ने कहा कि जातीय जनगणना होनी चाहिए। भारतीय किसान "
                  "यूनियन ने धरना दिया। संगठन ने कहा कि आंदोलन जारी रहेगा। कांग्रेस के जिलाध्यक्ष अनिल मानकर ने आरोप "
                  "लगाया कि किसानों को ठगा गया है।")
    assert [c.speaker for c in doc.claims] == ["पटना उच्च न्यायालय", "समाजवादी पार्टी", "भारतीय किसान यूनियन",
                                               "अनिल मानकर"]
    doc = analyse("अदालत ने कहा कि सुनवाई अगले महीने होगी।")
    assert [c.speaker for c in doc.claims] == ["अदालत"]
    doc = analyse("प्रवर्तन निदेशालय (ईडी) ने झामुमो विधायक से पूछताछ की। एजेंसी ने तब एक बयान में कहा था कि छापेमारी"
                  " में 50 लाख रुपये बरामद हुए।")
    assert [c.speaker for c in doc.claims] == ["प्रवर्तन निदेशालय"]  # an investigating agency by its kind


def test_figures_ages_between_commas_and_complaints():
    doc = analyse("राष्ट्रीय अपराध रिकॉर्ड ब्यूरो (एनसीआरबी) के आंकड़ों के मुताबिक़, साल 2022 में अपराध के मामलों में बढ़ोतरी "
                  "हुई। जिला प्रशासन के आंकड़ों के अनुसार, इस साल जिले में 262 किसानों ने आत्महत्या की। संयोजक दैतारी "
                  "कुंभार, 52, ने आरोप लगाया कि ग्राम सभा की सहमति के बिना ही लीज दी गई है। खजराना निवासी इमरान कुरैशी "
                  "(46) ने शिकायत की थी कि उनके पिता को अस्पताल में भर्ती नहीं किया गया।")
    assert [c.speaker for c in doc.claims] == ["राष्ट्रीय अपराध रिकॉर्ड ब्यूरो", "जिला प्रशासन", "दैतारी कुंभार",
                                               "इमरान कुरैशी"]


def test_what_was_held_in_the_past_is_unattributed_too():
    doc = analyse("विधानसभा में भाजपा के 163 विधायक हैं, ऐसे में प्रस्ताव का गिरना पहले से तय माना जा रहा था।")
    assert [(c.speaker_type, c.cue) for c in doc.claims] == [("unattributed", "माना जा रहा था")]


def test_what_officials_told_is_the_paragraph_so_far_without_its_dateline():
    doc = analyse("खेतों में आग\n\nबठिंडा, 22 अप्रैल (भाषा) पंजाब के बठिंडा जिले में रविवार को आग लगने से 180 एकड़ फसल जल "
                  "गई। आग बुझाने की कोशिश में एक किसान की मौत हो गई। अधिकारियों ने सोमवार को यह जानकारी दी।")
    claim = next(c for c in doc.claims if c.speaker == "अधिकारियों")
    assert claim.text.startswith("पंजाब के बठिंडा") and claim.text.endswith("मौत हो गई")


def test_a_bodys_spokesperson_speaks_for_it_on_record():
    doc = analyse("हुर्रियत के एक प्रवक्ता ने कहा कि बंद पूरे हफ्ते जारी रहेगा। विदेश मंत्रालय के एक अधिकारी ने कहा कि "
                  "बातचीत अगले हफ्ते होगी।")
    assert [(c.speaker, c.speaker_type) for c in doc.claims] == [
        ("हुर्रियत के एक प्रवक्ता", "named"), ("विदेश मंत्रालय के एक अधिकारी", "anonymous")]


def test_an_office_of_a_place_before_a_title_and_a_name_resolves_the_bare_office():
    doc = analyse("गुरुवार सुबह एसडीएम नानपारा डॉ. अंजलि वर्मा और तहसीलदार राकेश चौरसिया ने गांव पहुंचकर परिवार को "
                  "ढांढस बंधाया। एसडीएम ने कहा, “राज्य आपदा मोचक निधि से परिजनों को चार-चार लाख रुपये की सहायता दी जाएगी।”")
    assert [c.speaker for c in doc.claims] == ["अंजलि वर्मा"]


def test_what_a_body_issues_speaks_for_it_named_or_bare():
    doc = analyse("पुलिस द्वारा बुधवार को जारी प्रेस नोट के अनुसार मंगलवार देर रात छापा मारकर छह लोगों को पकड़ा गया। "
                  "दिल्ली नगर निगम (एमसीडी) की सोमवार को जारी साप्ताहिक रिपोर्ट के मुताबिक़ इस साल अब तक डेंगू के 1200 "
                  "मामले आए हैं।")
    assert [(c.speaker, c.speaker_type) for c in doc.claims] == [("पुलिस", "named"), ("दिल्ली नगर निगम", "named")]


def test_a_bare_ministry_department_or_bench_speaks_for_the_one_named_before():
    doc = analyse("राष्ट्रीय हरित अधिकरण ने मंगलवार को मामले पर स्वतः संज्ञान लिया। पीठ ने कहा कि यमुना को साफ करने के लिए "
                  "ठोस योजना चाहिए। भारत मौसम विज्ञान विभाग ने चेतावनी जारी की। विभाग ने कहा है कि बुधवार तक हालात में "
                  "सुधार नहीं होगा।")
    assert [c.speaker for c in doc.claims] == ["राष्ट्रीय हरित अधिकरण", "भारत मौसम विज्ञान विभाग"]


def test_a_slogan_shouted_is_a_direct_claim_of_its_shouters_and_a_cheer_is_none():
    doc = analyse('विधायकों ने “गन्ना किसान का भुगतान करो” के नारे लगाए। इसके बाद विपक्षी सांसद "तानाशाही नहीं'
                  ' चलेगी" के नारे लगाते हुए बाहर चले गए। लोगों ने ‘भारत माता की जय’ के नारे लगाए।')
    got = {(c.text, c.speaker_type, c.kind) for c in doc.claims}
    assert got == {("गन्ना किसान का भुगतान करो", "anonymous", "direct"),
                   ("तानाशाही नहीं चलेगी", "anonymous", "direct")}


def test_a_party_shouting_a_slogan_is_named():
    doc = analyse('पटना में भाजपा ने "किसान विरोधी सरकार नहीं चलेगी" के नारे लगाए।')
    assert [(c.speaker, c.speaker_type) for c in doc.claims] == [("भाजपा", "named")]


def test_one_of_a_place_or_body_with_an_emphatic_particle_is_still_anonymous():
    doc = analyse("गांव के ही एक शिक्षक ने बताया कि स्कूल में पानी की व्यवस्था नहीं है।")
    assert [(c.speaker_type, c.speaker) for c in doc.claims] == [("anonymous", "गांव के ही एक शिक्षक")]


def test_an_office_by_its_full_title_then_its_abbreviation_a_bare_forum_and_a_timeline():
    doc = analyse("संवाद सूत्र, बलिया : बेसिक शिक्षा अधिकारी (बीएसए) शिवनारायण सिंह ने मंगलवार को स्कूल का निरीक्षण किया।"
                  " बीएसए ने बताया कि शिक्षक 23 दिन से गायब थे। दून हरित मंच ने पेड़ कटान का विरोध किया। मंच ने कहा कि"
                  " पेड़ नहीं कटने चाहिए।")
    assert [c.speaker for c in doc.claims] == ["शिवनारायण सिंह", "दून हरित मंच"]
    doc = analyse("घटनाक्रम\n\n9 अगस्त, रात 11:40 बजे : पूरनपुर में गिरफ्तारी\n\n10 अगस्त, दोपहर 3 बजे : अदालत में"
                  " पेशी\n", published="2024-08-10")
    assert doc.claims == []


def test_a_district_magistrate_is_no_sub_divisional_magistrate():
    doc = analyse("सपा ने सरकार को घेरा, डीएम बोले- जिले में खाद की कमी नहीं\n\nसूचना पर एसडीएम महरौनी अंकुर श्रीवास्तव"
                  " मौके पर पहुंचे। जिलाधिकारी सत्यप्रकाश मौर्य ने कहा कि जिले में खाद की कोई कमी नहीं है।")
    assert [c.speaker for c in doc.claims] == ["सत्यप्रकाश मौर्य", "सत्यप्रकाश मौर्य"]  # the headline's डीएम too


def test_a_deed_alleged_in_a_headline_is_no_speaker():
    doc = analyse("- डिस्टिलरी का दूषित पानी नदी में छोड़ने का आरोप, डीएम ने बनाई जांच कमेटी\n\nसुल्तानपुर में मछलियां मरीं।")
    assert doc.claims == []
    doc = analyse("भाजपा का आरोप, सरकार ने किसानों को ठगा\n\nलखनऊ में बैठक हुई।")
    assert [(c.speaker, c.text) for c in doc.claims] == [("भाजपा", "सरकार ने किसानों को ठगा")]  # as the text names it


def test_a_three_word_office_spoken_of_later_is_the_officer_named_with_it():
    doc = analyse("शिकायत मिलने पर जिला कृषि अधिकारी विकेश कुमार पटेल ने पुलिस टीम के साथ छापा मारा। जिला कृषि अधिकारी के"
                  " अनुसार इस माह जिले को 9,000 टन डीएपी की जरूरत है।")
    assert [(c.speaker, c.speaker_type) for c in doc.claims] == [("विकेश कुमार पटेल", "named")]
