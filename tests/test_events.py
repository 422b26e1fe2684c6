"""Events: triggers, types, arguments, status and merging of mentions.

Every sentence here is written for these tests.  Entities and dates are added
by hand (their annotators are tested on their own), found with ``str.index``.
"""
from __future__ import annotations


import pytest

from newsparse import analyse
from newsparse.document import DateExpr, Entity, Mention
from newsparse.events import annotate_events
from newsparse.pipeline import prepare


def run(text: str, entities: tuple = (), dates: tuple = ()) -> list:
    """Events of ``text``; entities are (type, name, [forms]), dates (text, value)."""
    doc = prepare(text)
    for n, (etype, name, forms) in enumerate(entities, 1):
        ent = Entity(id=f"e{n}", type=etype, name=name)
        for form in forms:
            start = 0
            while (start := text.find(form, start)) != -1:
                ent.mentions.append(Mention(form, start, start + len(form), doc.sentence_at(start)))
                start += len(form)
        doc.entities.append(ent)
    for dtext, value in dates:
        start = text.index(dtext)
        doc.dates.append(DateExpr(dtext, value, start, start + len(dtext), doc.sentence_at(start)))
    annotate_events(doc)
    for ev in doc.events:  # the trigger is a slice of the input, and so is every mention
        assert ev.trigger == doc.text[ev.start:ev.end]
        assert all(m.text == doc.text[m.start:m.end] for m in ev.mentions)
    return doc.events


def only(text: str, entities: tuple = (), dates: tuple = ()):
    events = run(text, entities, dates)
    assert len(events) == 1, [(e.type, e.trigger) for e in events]
    return events[0]


# --- types and triggers ---------------------------------------------------------------------

@pytest.mark.parametrize("text, etype, trigger, plover", [
    ("पुलिस ने चोर को गिरफ्तार किया।", "CRIME", "गिरफ्तार", "COERCE"),
    ("गांव में एक किसान की हत्या हुई।", "CRIME", "हत्या", "ASSAULT"),
    ("भाजपा ने शहर में रोड शो किया।", "CAMPAIGN", "रोड शो", "MOBILIZE"),
    ("किसानों ने कलेक्ट्रेट के बाहर धरना दिया।", "PROTEST", "धरना", "PROTEST"),
    ("मुख्यमंत्री ने नई योजना की घोषणा की।", "ANNOUNCEMENT", "घोषणा", None),
    ("थाने में मामला दर्ज किया गया।", "LEGAL", "मामला दर्ज", "SANCTION"),
    ("नए कुलपति ने पदभार ग्रहण किया।", "APPOINTMENT", "पदभार ग्रहण", None),
    ("विधायक ने पद से इस्तीफा दे दिया।", "RESIGNATION", "इस्तीफा", "RETREAT"),
    ("विपक्ष ने सरकार पर निशाना साधा।", "ACCUSATION", "निशाना साधा", "ACCUSE"),
    ("बदमाशों ने दुकानदार पर हमला किया।", "VIOLENCE", "हमला", "ASSAULT"),
    ("फैक्टरी में भीषण आग लगी।", "ACCIDENT_DISASTER", "भीषण आग", None),
    ("दो गुटों में झड़प हुई।", "VIOLENCE", "झड़प", "ASSAULT"),
    ("थाने में एफआईआर दर्ज की गई।", "LEGAL", "एफआईआर दर्ज", "SANCTION"),
    ("नेताओं ने बजट पर चर्चा की।", "MEETING", "चर्चा", "CONSULT"),
])
def test_trigger_types(text, etype, trigger, plover):
    ev = only(text)
    assert (ev.type, ev.trigger, ev.plover) == (etype, trigger, plover)


@pytest.mark.parametrize("text, etype, trigger", [
    ("तीमारदारों ने अस्पताल में जमकर हंगामा किया।", "PROTEST", "हंगामा किया"),
    ("विपक्ष के नेता सदन से वॉकआउट कर गए।", "PROTEST", "वॉकआउट"),
    ("हाईवे पर कार और बोलेरो की भिड़ंत हो गई।", "ACCIDENT_DISASTER", "भिड़ंत"),
    ("गांव में वज्रपात से दो किसानों की मौत हो गई।", "ACCIDENT_DISASTER", "वज्रपात"),
    ("प्रशासन ने कस्बे में निषेधाज्ञा लागू कर दी।", "ANNOUNCEMENT", "निषेधाज्ञा लागू"),
])
def test_triggers_of_regional_reports(text, etype, trigger):
    ev = only(text)
    assert (ev.type, ev.trigger) == (etype, trigger)


def test_an_idiomatic_uproar_is_no_protest():
    assert not [e for e in run("इस वीडियो पर हंगामा है क्यों बरपा?") if e.type == "PROTEST"]


def test_plural_inflection():
    ev = only("नेताओं ने पूरे हफ्ते कई बैठकें कीं।")
    assert (ev.type, ev.trigger, ev.status) == ("MEETING", "बैठकें", "occurred")


def test_nukta_spelling_is_matched_and_reported_as_written():
    ev = only("दो गुटों में झड़प हुई।")
    assert ev.trigger == "झड़प"


def test_multiword_trigger_beats_its_parts():
    ev = only("केंद्रीय मंत्री ने भाजपा के चुनाव प्रचार की शुरुआत की।")
    assert (ev.type, ev.trigger) == ("CAMPAIGN", "चुनाव प्रचार")


def test_party_joining_is_appointment():
    ev = only("पूर्व सांसद कल पार्टी में शामिल हो गए।")
    assert (ev.type, ev.trigger, ev.status) == ("APPOINTMENT", "पार्टी में शामिल", "occurred")


def test_swearing_in_planned():
    ev = only("नई सरकार का शपथ ग्रहण समारोह सोमवार को होगा।")
    assert (ev.type, ev.trigger, ev.status) == ("APPOINTMENT", "शपथ ग्रहण", "planned")


def test_sports_final_and_match_are_one_event():
    ev = only("फाइनल मुकाबला भारत और ऑस्ट्रेलिया के बीच खेला जाएगा।")
    assert ev.type == "SPORTS" and ev.status == "planned"
    assert len(ev.mentions) == 2


# --- ambiguous triggers -----------------------------------------------------------------------

def test_verbal_attack_is_accusation():
    ev = only("नेता ने सरकार पर जोरदार हमला बोला।")
    assert (ev.type, ev.plover) == ("ACCUSATION", "ACCUSE")
    assert ev.trigger.endswith("हमला बोला")


def test_court_decision_is_legal():
    ev = only("अदालत ने इस मामले में फैसला सुनाया।")
    assert (ev.type, ev.trigger) == ("LEGAL", "फैसला सुनाया")


def test_government_decision_is_announcement_with_its_verbal_noun():
    ev = only("सरकार ने स्कूल बंद रखने का फैसला किया।")
    assert ev.type == "ANNOUNCEMENT"
    assert ev.trigger == "रखने का फैसला"


def test_election_commission_is_not_an_election():
    assert run("चुनाव आयोग ने नई सूची जारी की।") == []


def test_being_in_the_news_is_not_a_meeting():
    assert run("यह फिल्म इन दिनों काफी चर्चा में रही।") == []


def test_fire_as_metaphor_is_no_event():
    assert run("उनके बयान ने आग में घी डालने का काम किया।") == []


def test_political_yatra_is_campaign():
    ev = only("कांग्रेस नेता ने भारत जोड़ो यात्रा शुरू की।")
    assert ev.type == "CAMPAIGN" and "यात्रा" in ev.trigger


def test_official_trip_is_visit_private_trip_is_not():
    ev = only("प्रधानमंत्री तीन दिन की यात्रा पर अमेरिका जाएंगे।")
    assert (ev.type, ev.status) == ("VISIT", "planned")
    assert run("वह परिवार के साथ छुट्टियों में यात्रा पर गया।") == []


def test_arriving_counts_only_for_officials():
    ev = only("घटना के बाद जिलाधिकारी मौके पर पहुंचे।")
    assert ev.type == "VISIT" and ev.status == "occurred"
    assert run("बच्चे शाम को घर पहुंचे।") == []


# --- status and negation ------------------------------------------------------------------------

@pytest.mark.parametrize("text, status", [
    ("रविवार को पार्टी की बैठक होगी।", "planned"),
    ("कल मुख्यमंत्री की अधिकारियों के साथ बैठक हुई।", "occurred"),
    ("बैंक कर्मचारी हड़ताल कर रहे हैं।", "ongoing"),
    ("इलाके में हिंसा जारी है।", "ongoing"),
    ("पार्टी ने नेताओं की बैठक बुलाई है जो अगले हफ्ते होगी।", "planned"),
    ("आगामी लोकसभा चुनाव के लिए तैयारी तेज है।", "planned"),
    ("प्रधानमंत्री कल पुल का उद्घाटन करेंगे।", "planned"),
    ("सुधार पर मंथन किया जाना है।", "planned"),
    ("विवाद के कारण सम्मेलन।", "unknown"),
    ("मामले की सुनवाई की जा रही है।", "ongoing"),
    ("पंचायत चुनाव की रणनीति पर होगी चर्चा", "planned"),
])
def test_status(text, status):
    assert only(text).status == status


def test_proposed_strike_stays_planned_when_called_off():
    events = run("बैंक कर्मचारियों की प्रस्तावित हड़ताल टल गई।")
    strike = next(e for e in events if e.type == "PROTEST")
    assert strike.status == "planned"


def test_status_of_a_verb_inside_the_trigger():
    ev = only("अधिकारियों ने राहत शिविरों का जायजा लिया।")
    assert (ev.type, ev.status) == ("VISIT", "occurred")


def test_participle_before_trigger_means_occurred():
    ev = only("संसद पर हुए हमले की बरसी पर श्रद्धांजलि दी गई।")
    assert (ev.type, ev.status) == ("VIOLENCE", "occurred")


def test_negated_event():
    ev = only("तय समय पर बैठक नहीं हुई।")
    assert ev.negated is True
    assert only("तय समय पर बैठक हुई।").negated is False


# --- arguments ----------------------------------------------------------------------------------

def test_who_where_when_from_sentence():
    text = "रमेश वर्मा ने 5 मार्च को भोपाल में सीमा गुप्ता के साथ बैठक की।"
    ev = only(text,
              entities=(("PERSON", "रमेश वर्मा", ["रमेश वर्मा"]), ("PERSON", "सीमा गुप्ता", ["सीमा गुप्ता"]),
                        ("PLACE", "भोपाल", ["भोपाल"])),
              dates=(("5 मार्च", "2024-03-05"),))
    assert ev.who == ["सीमा गुप्ता", "रमेश वर्मा"]  # nearest first
    assert ev.where == ["भोपाल"]
    assert ev.when == "2024-03-05"


def test_when_falls_back_to_date_text():
    ev = only("रविवार को पार्टी की बैठक होगी।", dates=(("रविवार", None),))
    assert ev.when == "रविवार"


def test_clock_time_of_the_same_day_is_preferred():
    ev = only("बैठक 7 जनवरी को सुबह 10:30 बजे होगी।",
              dates=(("7 जनवरी", "2024-01-07"), ("सुबह 10:30 बजे", "2024-01-07T10:30")))
    assert ev.when == "2024-01-07T10:30"


def test_no_date_no_when_no_entities():
    ev = only("पार्टी की बैठक होगी।")
    assert ev.when is None and ev.who == [] and ev.where == []


# --- merging ------------------------------------------------------------------------------------

def test_anaphoric_mentions_merge():
    events = run("मंगलवार को भाजपा की बैठक हुई। इस बैठक में कई सांसद मौजूद थे। बैठक के बाद नेता लौट गए।")
    assert len(events) == 1
    assert [m.sentence for m in events[0].mentions] == [0, 1, 2]
    assert events[0].start == events[0].mentions[0].start


def test_synonyms_merge_into_one_crime():
    events = run("युवती से बलात्कार के मामले में तीन लोग पकड़े गए। दुष्कर्म की यह घटना पिछले महीने की है।")
    crimes = [e for e in events if e.type == "CRIME"]
    assert len(crimes) == 1 and len(crimes[0].mentions) == 2


def test_different_dates_keep_events_apart():
    text = "5 मार्च को शहर में रैली हुई। 9 मार्च को गांव में एक और रैली होगी।"
    events = run(text, dates=(("5 मार्च", "2024-03-05"), ("9 मार्च", "2024-03-09")))
    assert [(e.type, e.when, e.status) for e in events] == [
        ("CAMPAIGN", "2024-03-05", "occurred"), ("CAMPAIGN", "2024-03-09", "planned")]


def test_different_houses_are_different_elections():
    events = run("विधानसभा चुनाव में पार्टी हार गई थी। अब लोकसभा चुनाव की तैयारी चल रही है।")
    assert [(e.trigger, e.type) for e in events] == [("विधानसभा चुनाव", "ELECTION"), ("लोकसभा चुनाव", "ELECTION")]


def test_petition_and_hearing_are_one_legal_event():
    ev = only("अदालत में याचिका पर सुनवाई होगी।")
    assert ev.type == "LEGAL" and ev.status == "planned" and len(ev.mentions) == 2


def test_ids_in_text_order():
    events = run("पुलिस ने आरोपी को गिरफ्तार किया। शाम को विरोध प्रदर्शन हुआ।")
    assert [(e.id, e.type) for e in events] == [("v1", "CRIME"), ("v2", "PROTEST")]


def test_empty_and_unannotated_documents():
    assert run("") == []
    assert run("आज मौसम साफ रहा और धूप खिली।") == []



def test_a_pronoun_subject_brings_the_person_named_before_into_who():
    text = ("कांग्रेस नेता रमेश वर्मा सोमवार को इंदौर पहुंचे। उन्होंने कार्यकर्ताओं के साथ बैठक की। "
            "शहर में कल एक धरना भी हुआ।")
    events = run(text, entities=(("PERSON", "रमेश वर्मा", ["रमेश वर्मा"]),))
    meeting = next(e for e in events if e.type == "MEETING")
    assert meeting.who == ["रमेश वर्मा"]
    # no pronoun, no person: nobody is guessed
    protest = next(e for e in events if e.type == "PROTEST")
    assert protest.who == []


def test_counted_events_are_other_events():
    text = ("रविवार को हाईवे पर बस पलटने से बड़ा हादसा हुआ। "
            "स्थानीय लोगों ने बताया कि इस जगह पर पिछले साल भी दो बड़े हादसे हुए थे।")
    events = run(text, dates=(("रविवार", "2024-01-07"), ("पिछले साल", "2023")))
    assert [(e.type, e.when) for e in events] == [("ACCIDENT_DISASTER", "2024-01-07"),
                                                  ("ACCIDENT_DISASTER", "2023")]
    # a count of something else before the trigger does not matter
    events = run("अदालत ने उसे पांच साल कैद की सजा सुनाई।")
    assert [e.type for e in events] == ["LEGAL"]


def test_meeting_in_is_a_back_reference_whatever_verb_follows():
    text = "पार्टी की बैठक रविवार को होगी। बैठक में सभी पदाधिकारियों को शामिल होने के लिए कहा गया है।"
    events = run(text, dates=(("रविवार", "2024-01-07"),))
    assert [(e.type, e.status, len(e.mentions)) for e in events] == [("MEETING", "planned", 2)]


def test_a_modified_trigger_shares_its_head_words_family():
    events = run("शनिवार रात गोदाम में भीषण आग लग गई। आग लगने की वजह शॉर्ट सर्किट बताई गई।")
    fires = [e for e in events if e.type == "ACCIDENT_DISASTER"]
    assert len(fires) == 1 and len(fires[0].mentions) == 2


def test_a_headline_with_the_verb_first_and_two_dates():
    events = run("मध्य प्रदेश में 17 नवंबर को होगा मतदान, 3 दिसंबर को आएंगे नतीजे",
                 dates=(("17 नवंबर", "2023-11-17"), ("3 दिसंबर", "2023-12-03")))
    vote = next(e for e in events if e.trigger == "मतदान")
    assert (vote.when, vote.status) == ("2023-11-17", "planned")


def test_an_event_whose_dates_are_announced_is_planned():
    events = run("आयोग ने सोमवार को विधानसभा चुनाव की तारीखों का ऐलान कर दिया।")
    election = next(e for e in events if e.type == "ELECTION")
    assert election.status == "planned"


def test_a_meeting_described_by_its_own_participle_is_not_a_back_reference():
    events = run("कांग्रेस ने सोमवार को बैठक बुलाई है। पिछले महीने अजमेर में हुई बैठक में नेताओं ने नाराजगी जताई थी।")
    meetings = [e for e in events if e.type == "MEETING"]
    assert len(meetings) == 2
    assert {e.status for e in meetings} == {"planned", "occurred"}


def test_a_bare_government_is_the_one_named_before():
    events = run("बर्मा की सरकार ने रोहिंग्या पर बयान दिया। बाद में सरकार ने प्रभावित इलाकों में कर्फ्यू लगाया।",
                 entities=(("ORG", "बर्मा की सरकार", ["बर्मा की सरकार"]),))
    curfew = next(e for e in events if "कर्फ्यू" in e.trigger)
    assert curfew.who == ["बर्मा की सरकार"]


def test_a_bare_government_with_none_named_has_no_who():
    events = run("सरकार ने प्रभावित इलाकों में कर्फ्यू लगाया।")
    assert next(e for e in events if "कर्फ्यू" in e.trigger).who == []


@pytest.mark.parametrize("text,trigger", [
    ("सरकार ने घटना की मजिस्ट्रेट जांच के आदेश दिए हैं।", "मजिस्ट्रेट जांच के आदेश"),
    ("जिलाधिकारी ने आदेश जारी कर सात मोहल्लों को सील कर दिया।", "आदेश जारी कर"),
])
def test_an_official_order_is_an_announcement(text, trigger):
    ev = only(text)
    assert (ev.type, ev.trigger, ev.status) == ("ANNOUNCEMENT", trigger, "occurred")


def test_a_road_show_and_a_rally_are_two_campaign_events():
    events = run("भाजपा प्रत्याशी ने शुक्रवार को शहर में रोड शो निकाला। शाम को गांधी मैदान में जनसभा हुई, "
                 "जिसमें हजारों लोग पहुंचे। जनसभा में मंत्री ने भी भाषण दिया।")
    campaign = [e for e in events if e.type == "CAMPAIGN"]
    assert sorted(e.trigger for e in campaign) == ["जनसभा", "रोड शो"]


def test_an_earlier_time_with_also_is_another_event_of_the_kind():
    text = ("यहियागंज बाजार में मंगलवार सुबह भीषण आग लग गई। व्यापारियों का कहना है कि बिजली लाइनें पुरानी हैं और "
            "पिछले साल दिसंबर में भी इसी गली में एक दुकान में आग लगी थी।")
    events = run(text, dates=(("मंगलवार सुबह", "2024-05-14"), ("पिछले साल दिसंबर", "2023-12")))
    assert [(e.type, e.when) for e in events] == [("ACCIDENT_DISASTER", "2024-05-14"), ("ACCIDENT_DISASTER", "2023-12")]
    # without "भी" a far date does not split the story's own fire
    text = "यहियागंज बाजार में मंगलवार सुबह भीषण आग लग गई। दमकल की गाड़ियों ने घंटों बाद आग पर काबू पाया।"
    assert len(run(text, dates=(("मंगलवार सुबह", "2024-05-14"),))) == 1


def test_declarations_custody_famine_and_arriving_at_the_spot():
    def types(text):
        return [(e.type, e.trigger) for e in run(text)]
    assert types("स्वास्थ्य विभाग ने दोनों गांवों को कंटेनमेंट जोन घोषित कर दिया है।") == [
        ("ANNOUNCEMENT", "घोषित कर दिया")]
    assert types("डॉक्टरों ने उन्हें मृत घोषित कर दिया।") == []  # declared dead: no announcement
    assert types("आरोपियों को 14 दिन की न्यायिक हिरासत में भेज दिया गया।") == [("LEGAL", "न्यायिक हिरासत में भेज")]
    assert types("2019 के अकाल में बकरियां बेचनी पड़ीं।") == [("ACCIDENT_DISASTER", "अकाल")]
    # arriving at the spot and the visit are one event
    assert [e.type for e in run("एसडीएम ने मौके का दौरा किया। वह रात में ही मौके पर पहुंचीं।")] == ["VISIT"]


def test_two_people_accusing_are_two_accusations():
    text = ("इससे पहले राजद प्रवक्ता भोला यादव ने आरोप लगाया था कि राजधानी में जलजमाव है। वहीं, जदयू प्रवक्ता सुमन झा ने "
            "राजद पर आपदा में भी राजनीति करने का आरोप लगाया। भाजपा ने इन आरोपों को खारिज किया।")
    ents = (("PERSON", "भोला यादव", ["भोला यादव"]), ("PERSON", "सुमन झा", ["सुमन झा"]))
    events = [e for e in run(text, entities=ents) if e.type == "ACCUSATION"]
    assert [len(e.mentions) for e in events] == [1, 2]  # the rebuttal's "आरोपों" refers back to the last one


def test_press_conferences_dismissed_pleas_committees_and_a_plural_arrival():
    def types(text):
        return [(e.type, e.trigger) for e in run(text)]
    assert types("महापौर देर शाम घटनास्थल पर पहुंचीं।") == [("VISIT", "घटनास्थल पर पहुंचीं")]
    assert types("सुप्रीम कोर्ट ने जमानत याचिका खारिज कर दी।") == [("LEGAL", "जमानत याचिका खारिज")]
    assert ("MEETING", "प्रेस कॉन्फ्रेंस") in types("सपा नेता ने प्रेस कॉन्फ्रेंस में आरोप लगाए।")
    assert types("भाजपा ने इन आरोपों को खारिज कर दिया।") == [("ACCUSATION", "आरोपों")]  # no legal event


def test_a_sentence_naming_no_one_takes_the_people_of_the_one_before():
    text = "पुलिस ने राम और श्याम को पकड़ा। दोनों के खिलाफ मुकदमा दर्ज किया गया।"
    ents = (("PERSON", "राम", ["राम"]), ("PERSON", "श्याम", ["श्याम"]))
    legal = [e for e in run(text, entities=ents) if e.type == "LEGAL"]
    assert legal and {"राम", "श्याम"} <= set(legal[0].who)


def test_a_mention_no_demonstrative_points_back_is_not_merged_with_another_word_family():
    events = run("सीबीआई ने कई ठिकानों पर छापे मारे थे। 2जी स्पैक्ट्रम घोटाले के बारे में सीएजी ने अपनी रिपोर्ट में"
                 " कहा है कि इससे सरकार को नुकसान हुआ।")
    assert sorted(e.trigger for e in events if e.type == "CRIME") == ["घोटाले", "छापे मारे"]
    # … but one a demonstrative points back to is
    events = run("सीबीआई ने कई ठिकानों पर छापे मारे। इस कार्रवाई के दौरान दस्तावेज़ मिले, इस छापेमारी में तीन लोग थे।")
    assert len([e for e in events if e.type == "CRIME"]) == 1


def test_an_election_defeat_is_that_election():
    events = run("कांग्रेस विधानसभा चुनाव में करारी हार से उबरने की कोशिश कर रही है।")
    assert len([e for e in events if e.type == "ELECTION"]) == 1


def test_a_body_acting_unnamed_takes_part():
    ev = only("कोतवाली पुलिस ने दो युवकों को गिरफ्तार किया।")
    assert ev.who == ["कोतवाली पुलिस"]
    # a named police force is an entity of its own, not repeated
    events = run("इस्लामाबाद पुलिस ने छह लोगों को गिरफ्तार किया।", (("ORG", "इस्लामाबाद पुलिस", ["इस्लामाबाद पुलिस"]),))
    assert events[0].who == ["इस्लामाबाद पुलिस"]


def test_the_dead_and_injured_named_later_take_part_in_the_disaster():
    text = ("हाईवे पर बस और ट्रेलर की भीषण टक्कर हुई। पुलिस मौके पर पहुंची।"
            " मृतकों में रामनिवास जाट और सुमन देवी शामिल हैं।")
    events = run(text, (("PERSON", "रामनिवास जाट", ["रामनिवास जाट"]), ("PERSON", "सुमन देवी", ["सुमन देवी"])))
    crash = [e for e in events if e.type == "ACCIDENT_DISASTER"]
    assert len(crash) == 1 and {"रामनिवास जाट", "सुमन देवी"} <= set(crash[0].who)


def test_compared_with_and_unopposed_are_no_match():
    assert run("पिछले साल के मुकाबले इस बार ज्यादा लोग आए।") == []
    assert run("अवामी लीग के उम्मीदवार बिना मुक़ाबले के जीत सकते हैं।") == []
    assert [e.type for e in run("भारत और पाकिस्तान के बीच मुकाबले में भारत जीता।")] == ["SPORTS"]


def test_the_pandemic_is_the_background_not_a_disaster_event():
    assert run("कोरोना महामारी के बीच स्कूल बंद रहेंगे।") == []


def test_accusations_by_a_party_and_by_a_later_speaker_are_apart():
    ents = (("PARTY", "भारतीय जनता पार्टी", ["भाजपा"]), ("PARTY", "भारतीय राष्ट्रीय कांग्रेस", ["कांग्रेस"]),
            ("PERSON", "स्वामी प्रसाद मौर्य", ["स्वामी प्रसाद मौर्य"]), ("PERSON", "वाजपेयी", ["वाजपेयी"]))
    # the ने marks the accuser, not the party nearer the trigger
    events = run("भाजपा ने कांग्रेस पर भ्रष्टाचार का आरोप लगाया। स्वामी प्रसाद मौर्य ने सरकार पर निशाना साधा।"
                 " वाजपेयी ने भी आरोप लगाया कि जमीनें लूटी जा रही हैं।", ents)
    assert len([e for e in events if e.type == "ACCUSATION"]) == 3


def test_a_trigger_that_is_a_future_verb_is_planned_and_apart_from_the_visit_done():
    events = run("अध्यक्ष रात में ही मौके पर पहुंचे। बिजली विभाग की एक टीम मंगलवार दोपहर को जांच के लिए मौके पर पहुंचेगी।")
    assert sorted((e.trigger, e.status) for e in events if e.type == "VISIT") == [
        ("पहुंचेगी", "planned"), ("मौके पर पहुंचे", "occurred")]


def test_road_blockades_scuffles_resolutions_passed_and_remand():
    evs = analyse("ग्रामीणों ने शव रखकर दिल्ली-अमृतसर राष्ट्रीय राजमार्ग जाम कर दिया।").events
    assert [e.type for e in evs] == ["PROTEST"]
    assert not analyse("शहर में दो घंटे तक जाम लगा रहा।").events  # a traffic jam
    evs = analyse("बैठक में पार्षदों के बीच धक्का-मुक्की हुई और बाद में बजट ध्वनिमत से पारित कर दिया गया।").events
    assert [e.type for e in evs] == ["MEETING", "VIOLENCE", "ANNOUNCEMENT"]
    # producing the accused in court and the remand it ends in: one legal step
    evs = analyse("आरोपी को अदालत में पेश किया गया, जहां से उसे पुलिस हिरासत में भेज दिया गया।").events
    assert [e.type for e in evs] == ["LEGAL"] and len(evs[0].mentions) == 2


def test_blockades_committees_alerts_and_heatstroke():
    assert [e.type for e in analyse("ग्रामीणों ने चक्काजाम कर दिया।").events] == ["PROTEST"]
    assert [e.type for e in analyse("जांच के लिए तीन सदस्यीय कमेटी गठित की गई है।").events] == ["ANNOUNCEMENT"]
    assert [e.type for e in analyse("मौसम विभाग ने ऑरेंज अलर्ट जारी किया है।").events] == ["ANNOUNCEMENT"]
    assert [e.type for e in analyse("बिहार में लू लगने से नौ लोगों की मौत हो गई।").events] == ["ACCIDENT_DISASTER"]
    # police teams formed to make arrests are no announcement (the annotated dev articles)
    assert not [e for e in analyse("आरोपियों की तलाश के लिए पांच टीमें गठित की गई हैं।").events if e.type == "ANNOUNCEMENT"]


def test_production_in_court_keeps_its_verb_and_a_recurring_scuffle_is_no_event():
    evs = analyse("अग्रवाल को कल विशेष सीबीआई अदालत में पेश किया जाएगा और एजेंसी उसकी रिमांड मांगेगी।").events
    assert [(e.type, e.trigger) for e in evs] == [("LEGAL", "अदालत में पेश किया जाएगा")]
    assert not analyse("टैंकर आने पर धक्का-मुक्की की नौबत आ जाती है ।").events


def test_a_bus_that_overturned_in_the_headline_and_the_story_is_one_accident():
    evs = analyse("बस पलटी, 18 यात्री घायल\n\nइंदौर में रविवार तड़के एक निजी बस पलट गई। हादसे में 18 यात्री घायल हो गए।").events
    assert [e.type for e in evs] == ["ACCIDENT_DISASTER"] and len(evs[0].mentions) == 3


def test_a_leaders_party_takes_part_with_him():
    doc = analyse("कांग्रेस के प्रदेश सचिव संदीप शुक्ला ने कहा कि मजदूरों को मुआवजा नहीं मिला। "
                  "शुक्ला ने गुरुवार को समर्थकों के साथ कलेक्ट्रेट पर प्रदर्शन किया।")
    protest = next(e for e in doc.events if e.type == "PROTEST")
    assert "संदीप शुक्ला" in protest.who and "भारतीय राष्ट्रीय कांग्रेस" in protest.who


def test_a_count_before_an_arrest_counts_people():
    doc = analyse("प्रेमी ने दोस्त के साथ मिलकर पति को मारा, पत्नी समेत तीन गिरफ्तार\n\n"
                  "पुलिस ने बताया कि तीनों आरोपियों को सोमवार को गिरफ्तार कर लिया गया।")
    assert len([e for e in doc.events if e.type == "CRIME" and "गिरफ्तार" in e.trigger]) == 1


def test_each_report_on_a_page_of_several_keeps_its_own_events():
    doc = analyse("अजमेर, 19 दिसंबर (भाषा) नसीराबाद के एक ढाबे में मंगलवार शाम सिलेंडर फटने से आग लग गई।\n\n"
                  "अस्पताल के वार्ड में आग\n\n"
                  "जोधपुर, 19 दिसंबर (भाषा) जोधपुर के एक अस्पताल के वार्ड में मंगलवार तड़के आग लग गई।")
    fires = [e for e in doc.events if e.type == "ACCIDENT_DISASTER"]
    assert len(fires) == 2


def test_walkouts_and_tournaments():
    doc = analyse("विपक्ष ने सदन से बहिर्गमन किया। जिला स्तरीय कबड्डी प्रतियोगिता का फाइनल रविवार को खेला गया।")
    assert {e.type for e in doc.events} >= {"PROTEST", "SPORTS"}


def test_a_case_reports_protagonist_takes_part_in_its_legal_steps():
    doc = analyse("सपा विधायक सुरेश प्रताप यादव को पुलिस ने सोमवार को गिरफ्तार कर लिया। यादव पर ठेकेदार से मारपीट का आरोप "
                  "है। ठेकेदार राकेश कुमार गौड़ की तहरीर पर फेफना थाने में एफआईआर दर्ज की गई थी। यादव के समर्थकों ने "
                  "हाईवे जाम किया। एसपी अजीत राजभर ने बताया कि मोनू सिंह को भी अदालत में पेश किया गया।")
    legal = [e for e in doc.events if e.type in ("LEGAL", "CRIME")]
    assert len(legal) >= 2 and all("सुरेश प्रताप यादव" in e.who for e in legal)


def test_two_people_named_equally_often_leave_a_case_without_a_protagonist():
    def arrest_who(second_sentence):
        doc = analyse("राकेश वर्मा की तहरीर पर पुलिस ने सोमवार को चोरी के मामले में एफआईआर दर्ज की। राकेश वर्मा और "
                      "सुनील यादव गांव के रहने वाले हैं। राकेश वर्मा ने बताया कि घर का ताला टूटा था। "
                      + second_sentence + " सुनील यादव खेत पर थे। गांव में तनाव है। "
                      "पुलिस ने मंगलवार को दो आरोपियों को गिरफ्तार किया।")
        return next(e.who for e in doc.events if e.trigger == "गिरफ्तार")
    assert "राकेश वर्मा" in arrest_who("गहने गायब थे।")
    assert "राकेश वर्मा" not in arrest_who("सुनील यादव ने कहा कि गहने गायब थे।")


def test_words_for_parts_of_one_protest_told_together_are_one_event():
    doc = analyse("किसानों ने सोमवार को तहसील परिसर में धरना दिया। इस दौरान उन्होंने सरकार के खिलाफ जमकर नारेबाजी की।"
                  " बाद में किसानों ने हाईवे जाम कर दिया।")
    protests = [e for e in doc.events if e.type == "PROTEST"]
    assert len(protests) == 1 and len(protests[0].mentions) == 3
    # … but not a protest told sentences later, nor one on another day
    doc = analyse("किसानों ने सोमवार को तहसील परिसर में धरना दिया। गांव में बिजली नहीं है। फसल सूख रही है। नहर में पानी"
                  " नहीं है। बुधवार को मजदूरों ने कलेक्ट्रेट पर प्रदर्शन किया।")
    assert len([e for e in doc.events if e.type == "PROTEST"]) == 2
    doc = analyse("किसानों ने 3 मार्च को तहसील परिसर में धरना दिया। 5 मार्च को उन्होंने नारेबाजी की।")
    assert len([e for e in doc.events if e.type == "PROTEST"]) == 2


def test_a_poll_and_its_count_are_one_election_but_two_peoples_announcements_are_two():
    doc = analyse("पंचायत उपचुनाव में रविवार को मतदान हुआ। मतगणना के बाद नतीजे घोषित किए गए।")
    assert len([e for e in doc.events if e.type == "ELECTION"]) == 1
    doc = analyse("मुख्यमंत्री सुखविंदर सिंह सुक्खू ने मृतकों के परिजनों को चार लाख रुपये देने की घोषणा की। प्रधानमंत्री"
                  " नरेंद्र मोदी ने भी दो लाख रुपये देने का एलान किया।")
    assert len([e for e in doc.events if e.type == "ANNOUNCEMENT"]) == 2


def test_a_protest_threatened_to_go_on_is_the_protest_held():
    doc = analyse("कर्मचारियों ने सोमवार को नगर निगम कार्यालय पर धरना दिया। उन्होंने चेतावनी दी कि मांगें नहीं मानी गईं तो"
                  " धरना जारी रहेगा और आंदोलन तेज करेंगे।")
    assert len([e for e in doc.events if e.type == "PROTEST"]) == 1


def test_the_accused_a_sentence_lists_take_part_in_the_crimes_and_legal_steps_of_their_story():
    doc = analyse("साइबर थाना पुलिस ने बुधवार रात चार गांवों में छापेमारी कर नौ साइबर ठगों को गिरफ्तार किया। एसपी सुधीर कुमार"
                  " ने बताया कि गिरोह लोगों को फर्जी कॉल करता था। इसके लिए गांव के बाहर खेतों में बैठकर कॉल किए जाते थे। "
                  "गिरफ्तार आरोपियों में रंजीत मंडल (24), उसका भाई संजीत मंडल (21) और अख्तर अंसारी (27) शामिल हैं। पुलिस ने"
                  " उनके पास से 14 मोबाइल फोन बरामद किए। सभी को अदालत में पेश कर न्यायिक हिरासत में भेज दिया गया।")
    case = [e for e in doc.events if e.type in ("CRIME", "LEGAL")]
    assert {e.type for e in case} == {"CRIME", "LEGAL"}
    assert all({"रंजीत मंडल", "संजीत मंडल", "अख्तर अंसारी"} <= set(e.who) for e in case)


def test_paper_leaks_digital_arrests_and_demands_being_made():
    doc = analyse("एसटीएफ ने पेपर लीक के मामले में छह लोगों को पकड़ा। ठगों ने डिजिटल अरेस्ट के नाम पर रकम ऐंठी। विपक्ष "
                  "सीबीआई जांच की मांग करते हुए सदन से बाहर चला गया।")
    found = {(e.type, e.trigger) for e in doc.events}
    assert {("CRIME", "पेपर लीक"), ("CRIME", "डिजिटल अरेस्ट"), ("ANNOUNCEMENT", "मांग")} <= found
    # … but not the demand for goods
    assert not [e for e in analyse("त्योहार में सोने की मांग बढ़ गई है।").events if e.type == "ANNOUNCEMENT"]


def test_a_poll_and_its_count_hours_apart_on_one_day_are_one_election():
    doc = analyse("विश्वविद्यालय में गुरुवार सुबह नौ बजे छात्र संघ चुनाव के लिए मतदान शुरू हुआ। दोपहर तीन बजे से मतगणना हुई।",
                  published="2023-10-05")
    assert len([e for e in doc.events if e.type == "ELECTION"]) == 1


def test_religious_processions_hearings_village_assemblies_curfew_relaxed_and_electrocution():
    doc = analyse("मोहर्रम का जुलूस शांतिपूर्वक निकला। कलेक्टर ने मंगलवार को जनसुनवाई की। गांव में विशेष ग्राम सभा आयोजित हुई। "
                  "प्रशासन ने कर्फ्यू में ढील दी। खेत में करंट लगने से किसान की मौत हो गई।")
    types = {e.type for e in doc.events}
    assert "PROTEST" not in types
    assert {"MEETING", "ANNOUNCEMENT", "ACCIDENT_DISASTER"} <= types
    # a village assembly that is only named, and a hearing by video link, are no meetings
    doc = analyse("ग्राम सभा की सहमति के बिना लीज दी गई। आरोपी को वीडियो कॉन्फ्रेंसिंग के जरिए अदालत में पेश किया गया।")
    assert "MEETING" not in {e.type for e in doc.events}


def test_charges_framed_are_a_legal_step_and_a_web_series_no_sport():
    doc = analyse("अदालत ने सोमवार को दोनों आरोपियों पर आरोप तय कर दिए। पुलिस ने 60 दिन में चालान पेश किया था। वेब सीरीज "
                  "की शूटिंग के दौरान सेट पर आग लगी।")
    found = {(e.type, e.trigger) for e in doc.events}
    assert ("LEGAL", "आरोप तय कर दिए") in found and ("LEGAL", "चालान पेश किया") in found
    assert not [e for e in doc.events if e.type in ("SPORTS", "ACCUSATION")]


def test_reaching_someone_and_arriving_in_a_when_clause_are_no_visits():
    doc = analyse("फुटेज के बाद टीम ऑटो चालक तक पहुंची। एसपी ने कहा कि जैसे ही सुरक्षा बल एक मकान के पास पहुंचे, आतंकियों ने"
                  " गोलीबारी शुरू कर दी। मंत्री रविवार को अस्पताल पहुंचे और घायलों का हालचाल जाना।")
    visits = [e for e in doc.events if e.type == "VISIT"]
    assert [e.trigger for e in visits] == ["पहुंचे"] and visits[0].sentence == 2


def test_a_count_of_nominations_and_their_scrutiny_are_the_nominations():
    doc = analyse("महापौर पद के लिए पांच नामांकन\n\nइंदौर। महापौर पद के लिए शुक्रवार को पांच प्रत्याशियों ने नामांकन भरा। "
                  "नामांकन पत्र 27 से 30 दिसंबर तक भरे गए, जबकि 31 दिसंबर को नामांकन पत्रों की जांच हुई।",
                  published="2024-12-27")
    assert len([e for e in doc.events if e.type == "ELECTION"]) == 1


def test_a_sound_like_an_explosion_is_no_explosion():
    doc = analyse("सरपंच ने कहा, “धमाके जैसी आवाज सुनकर हम खेतों से भागे।” बस पलट गई थी।")
    assert "VIOLENCE" not in {e.type for e in doc.events}


def test_memorial_meetings_cyber_attacks_electrocution_and_members_elected():
    doc = analyse("रविवार को सर्वदलीय श्रद्धांजलि सभा हुई। पोर्टल पर साइबर हमले के बाद सेवाएं ठप रहीं। करंट से दो लोगों की मौत "
                  "हो गई। वह 1977 में विधायक चुने गए थे।")
    found = {(e.type, e.trigger) for e in doc.events}
    assert {("MEETING", "श्रद्धांजलि सभा"), ("CRIME", "साइबर हमले"), ("ACCIDENT_DISASTER", "करंट से"),
            ("ELECTION", "चुने गए")} <= found


def test_officials_arriving_are_one_visit_but_a_leader_touring_after_them_another():
    text = ("सूचना पर डीएम रमाकांत वर्मा और एसपी नीलिमा राय मौके पर पहुंचे। बाद में एसडीएम अरुण गोयल भी पहुंचे।"
            " शाम को विधायक सुरेश पाल ने गांव का दौरा किया और पीड़ितों से बात की।")
    people = (("PERSON", "रमाकांत वर्मा", ["रमाकांत वर्मा"]), ("PERSON", "नीलिमा राय", ["नीलिमा राय"]),
              ("PERSON", "अरुण गोयल", ["अरुण गोयल"]), ("PERSON", "सुरेश पाल", ["सुरेश पाल"]))
    visits = [e for e in run(text, people) if e.type == "VISIT"]
    assert [(e.trigger, sorted(e.who)) for e in visits] == [
        ("मौके पर पहुंचे", ["अरुण गोयल", "नीलिमा राय", "रमाकांत वर्मा"]), ("दौरा", ["सुरेश पाल"])]


def test_a_headline_tour_by_no_one_named_is_the_tour_told_below():
    text = "कलेक्टर ने नाव से किया दौरा\n\nकलेक्टर दीपक सोनी ने सोमवार को बाढ़ग्रस्त गांवों का दौरा किया।"
    visits = [e for e in run(text, (("PERSON", "दीपक सोनी", ["दीपक सोनी"]),)) if e.type == "VISIT"]
    assert len(visits) == 1 and visits[0].who == ["दीपक सोनी"]


def test_a_raid_or_a_detention_told_with_an_arrest_never_names_the_crime_event():
    doc = analyse("एनआईए ने बुधवार तड़के रांची और खूंटी में छापेमारी की। छापे के दौरान दो आरोपियों को गिरफ्तार किया गया।"
                  " पुलिस ने 30 लोगों को हिरासत में लिया और 11 लोगों को गिरफ्तार किया।")
    crimes = [e for e in doc.events if e.type == "CRIME"]
    assert crimes and all("गिरफ्तार" in e.trigger for e in crimes)


def test_an_event_told_in_the_headlines_is_the_one_the_report_tells_far_below():
    text = ("पाइपलाइन फटी, 40 मोहल्लों में पानी को तरसे लोग\n\n- महिलाओं ने जल संस्थान दफ्तर पर किया प्रदर्शन\n\n"
            "झांसी : शहर की मुख्य पाइपलाइन रविवार को फट गई। मरम्मत का काम जारी है। अधिकारियों ने बताया कि टैंकर भेजे"
            " गए हैं। कई घरों में पानी नहीं आया।\n\nसोमवार को करीब 60 महिलाओं ने जल संस्थान कार्यालय पहुंचकर जमकर"
            " नारेबाजी की।")
    protests = [e for e in analyse(text).events if e.type == "PROTEST"]
    assert len(protests) == 1 and len(protests[0].mentions) == 2


def test_a_memorandum_handed_over_is_a_demand_announced_and_one_to_be_announced_is_not():
    doc = analyse("आशा कार्यकर्ताओं ने मंगलवार को डीएम को ज्ञापन सौंपकर मानदेय बढ़ाने की मांग की।")
    assert [(e.type, len(e.mentions)) for e in doc.events if e.type == "ANNOUNCEMENT"] == [("ANNOUNCEMENT", 2)]
    doc = analyse("सपा ने बुधवार को ज्ञापन देने का ऐलान किया।")
    assert [e.trigger for e in doc.events if e.type == "ANNOUNCEMENT"] == ["ऐलान"]


def test_an_accusation_by_a_side_named_by_no_one_is_made_by_who_speaks_next():
    text = "विपक्ष ने इस मुद्दे पर सरकार को घेरा है। सपा के प्रवक्ता नरेंद्र पाल ने कहा कि सरकार सो रही है।"
    events = run(text, (("PARTY", "समाजवादी पार्टी", ["सपा"]), ("PERSON", "नरेंद्र पाल", ["नरेंद्र पाल"])))
    accusation = next(e for e in events if e.type == "ACCUSATION")
    assert set(accusation.who) == {"समाजवादी पार्टी", "नरेंद्र पाल"}


def test_a_body_acting_by_its_head_noun_alone_is_the_one_of_that_head_named_before():
    text = ("श्री साईबाबा संस्थान ट्रस्ट की बैठक सोमवार को हुई। ट्रस्ट ने दर्शन पास की कीमत बढ़ाने का फैसला किया।")
    events = run(text, (("ORG", "श्री साईबाबा संस्थान ट्रस्ट", ["श्री साईबाबा संस्थान ट्रस्ट"]),))
    decision = next(e for e in events if e.type == "ANNOUNCEMENT")
    assert decision.who == ["श्री साईबाबा संस्थान ट्रस्ट"]


def test_a_cylinder_blast_is_a_mishap_and_one_with_its_bang_and_a_bomb_blast_an_attack():
    doc = analyse("बुधवार शाम ढाबे में रखा सिलेंडर फटा। धमाका इतना तेज था कि आसपास के मकान हिल गए।")
    assert [(e.type, len(e.mentions)) for e in doc.events] == [("ACCIDENT_DISASTER", 2)]
    doc = analyse("नक्सलियों ने आईईडी से धमाका किया।")
    assert [e.type for e in doc.events] == ["VIOLENCE"]


def test_night_and_weekend_curfews_are_announcements():
    doc = analyse("जिले में शनिवार से रात्रि कर्फ्यू रहेगा।")
    assert [(e.type, e.trigger) for e in doc.events] == [("ANNOUNCEMENT", "रात्रि कर्फ्यू")]


def test_a_victory_or_nomination_procession_is_campaigning():
    doc = analyse("जीत के बाद भाजपा प्रत्याशी ने शहर में विजय जुलूस निकाला।")
    assert [(e.type, e.trigger) for e in doc.events if "जुलूस" in e.trigger] == [("CAMPAIGN", "विजय जुलूस")]


def test_a_bail_plea_rejected_is_one_legal_event_and_a_remand_until_a_day_joins_the_hearing():
    doc = analyse("सोमवार को अदालत ने आरोपी की जमानत अर्जी पर सुनवाई की और अर्जी खारिज कर दी। अदालत ने जमानत देने से"
                  " इनकार किया।", published="2024-02-07")
    assert [e.type for e in doc.events] == ["LEGAL"]
    doc = analyse("पांचों आरोपियों को मंगलवार को अदालत में पेश किया गया, जहां से उन्हें 12 फरवरी तक पुलिस रिमांड पर"
                  " भेज दिया गया।", published="2024-02-07")
    legal = [e for e in doc.events if e.type == "LEGAL"]
    assert len(legal) == 1 and legal[0].when == "2024-02-06"


def test_collapses_and_falls_into_gorges_are_one_accident_and_chain_snatching_is_a_crime():
    doc = analyse("बारिश में स्कूल की दीवार ढह गई। हादसे में चार लोगों की मौत हो गई।")
    assert [(e.type, len(e.mentions)) for e in doc.events] == [("ACCIDENT_DISASTER", 2)]
    doc = analyse("श्रद्धालुओं से भरी बस गहरी खाई में गिरी। हादसे में 12 लोगों की जान गई।")
    assert [(e.type, len(e.mentions)) for e in doc.events] == [("ACCIDENT_DISASTER", 2)]
    doc = analyse("बाइक सवार बदमाशों ने महिला की चेन झपट ली।")
    assert [e.type for e in doc.events] == ["CRIME"]


def test_a_suspension_spoken_of_again_is_the_same_event():
    doc = analyse("विधानसभा अध्यक्ष ने सपा विधायक राजपाल सैनी को तीन दिन के लिए निलंबित कर दिया। नेता प्रतिपक्ष ने"
                  " निलंबन को एकतरफा करार दिया।", published="2025-02-20")
    assert [(e.type, len(e.mentions)) for e in doc.events if e.type == "RESIGNATION"] == [("RESIGNATION", 2)]


def test_a_walkout_from_the_house_and_a_sit_in_outside_are_two_protests():
    doc = analyse("मंत्री के जवाब से असंतुष्ट सपा के सदस्यों ने सदन से बहिर्गमन किया। सदन से निकलने के बाद सपा विधायक"
                  " परिसर में प्रतिमा के पास धरने पर बैठ गए।", published="2025-02-20")
    protests = [e for e in doc.events if e.type == "PROTEST"]
    assert len(protests) == 2 and {"बहिर्गमन", "धरने"} <= {m.text.split()[0] for e in protests for m in e.mentions}


def test_a_protest_announced_warned_of_or_called_and_talks_called_to_are_planned():
    doc = analyse("पार्टी ने गुरुवार को जिला मुख्यालय पर धरने की घोषणा की है। अभाविप ने विश्वविद्यालय बंद का आह्वान"
                  " किया है।", published="2024-08-07")
    assert [(e.type, e.status) for e in doc.events if e.type == "PROTEST"] == [("PROTEST", "planned")] * 2
    doc = analyse("कांग्रेस ने भी नागपुर में प्रदर्शन की चेतावनी दी है।", published="2024-08-07")
    assert [e.status for e in doc.events if e.type == "PROTEST"] == ["planned"]
    doc = analyse("श्रम विभाग ने यूनियन प्रतिनिधियों को गुरुवार को त्रिपक्षीय वार्ता के लिए बुलाया है।",
                  published="2024-02-27")
    assert [e.status for e in doc.events if e.type == "MEETING"] == ["planned"]
    doc = analyse("किसानों ने सोमवार को कलेक्ट्रेट पर धरना दिया।", published="2024-08-07")
    assert [e.status for e in doc.events if e.type == "PROTEST"] == ["occurred"]


def test_an_accusation_stated_or_made_in_the_perfect_has_occurred():
    for text in ("इमरान का आरोप है कि इंजेक्शन के लिए उनसे पैसे लिए गए।",
                 "सोलंकी ने सरकार पर वादाखिलाफी के आरोप लगाए।",
                 "विपक्षी भाजपा ने राहत कार्य में देरी का आरोप लगाया है."):
        doc = analyse(text)
        assert [(e.type, e.status) for e in doc.events] == [("ACCUSATION", "occurred")], text


def test_an_election_prepared_for_or_still_to_be_held_is_planned_but_a_result_declared_is_not():
    doc = analyse("बैठक में 2027 के विधानसभा चुनाव की तैयारी पर चर्चा हुई।")
    assert [e.status for e in doc.events if e.type == "ELECTION"] == ["planned"]
    doc = analyse("कलायत सीट पर 13 नवंबर को होने वाले उपचुनाव में कड़ा मुकाबला है।")
    assert [e.status for e in doc.events if e.type == "ELECTION"] == ["planned"]
    doc = analyse("आयोग ने मंगलवार को चुनाव परिणाम की घोषणा की।")
    assert "planned" not in [e.status for e in doc.events if e.type == "ELECTION"]


def test_defrauding_in_any_form_is_one_crime_and_feeling_cheated_is_none():
    doc = analyse("पुलिस ने निवेशकों से 86 करोड़ रुपये ठगने के आरोप में निदेशक को गिरफ्तार किया। ठगी के शिकार निवेशकों"
                  " ने राहत की सांस ली।", published="2024-07-18")
    crimes = [e for e in doc.events if e.type == "CRIME"]
    assert any({"ठगने", "ठगी"} <= {m.text for m in e.mentions} for e in crimes)
    doc = analyse("गिरोह ने युवती से सेक्सटॉर्शन कर 50 हजार रुपये वसूले।")
    assert [e.type for e in doc.events] == ["CRIME"]
    doc = analyse("कार्यकर्ता ठगा हुआ महसूस कर रहे हैं।")
    assert not doc.events


def test_blacklisting_a_court_stay_a_named_murder_case_and_a_bridge_collapse_are_events():
    doc = analyse("विभाग ने निर्माण कंपनी को ब्लैकलिस्ट कर दिया है।")
    assert [e.type for e in doc.events] == ["ANNOUNCEMENT"]
    doc = analyse("हाईकोर्ट ने तहसीलदार के आदेश पर अंतरिम रोक लगा दी।")
    assert [e.type for e in doc.events] == ["LEGAL"]
    doc = analyse("लिसाड़ी गेट हत्याकांड में अदालत ने तीनों आरोपियों को दोषी ठहराया।")
    assert "CRIME" in [e.type for e in doc.events]
    doc = analyse("निर्माणाधीन पुल ढह गया। हादसे में दो मजदूरों की मौत हो गई।")
    assert [(e.type, len(e.mentions)) for e in doc.events] == [("ACCIDENT_DISASTER", 2)]


def test_a_by_election_its_count_and_its_results_are_one_election():
    doc = analyse("पिपरा विधानसभा सीट के उपचुनाव में जदयू ने जीत दर्ज की। पहले दौर से ही जदयू आगे रहा। राजद उम्मीदवार"
                  " पीछे रहे। कार्यकर्ताओं में उत्साह था। शनिवार को सुबह आठ बजे मतगणना शुरू हुई। दोपहर तक तस्वीर साफ"
                  " हो गई। समर्थक जुटने लगे। भीड़ बढ़ती गई। इसके बाद नतीजे घोषित किए गए।", published="2024-11-24")
    assert [e.type for e in doc.events if e.type == "ELECTION"] == ["ELECTION"]


def test_a_bare_procession_after_a_victory_procession_is_that_procession():
    doc = analyse("रोक के बावजूद जेडीयू समर्थकों ने विजय जुलूस निकाला। थाना प्रभारी ने बताया कि बिना अनुमति जुलूस"
                  " निकालने के मामले में 40 लोगों पर केस दर्ज किया गया है।", published="2024-11-24")
    assert [e.type for e in doc.events if e.type in ("CAMPAIGN", "PROTEST")] == ["CAMPAIGN"]
    doc = analyse("किसानों ने कलेक्ट्रेट तक जुलूस निकाला।")
    assert [e.type for e in doc.events] == ["PROTEST"]


def test_a_reward_declared_a_flag_off_and_selection_trials_are_events_a_press_officer_and_a_train_are_not():
    doc = analyse("फरार आरोपी पर 10 हजार रुपये का इनाम घोषित किया गया है।")
    assert [(e.type, e.trigger) for e in doc.events] == [("ANNOUNCEMENT", "इनाम घोषित किया")]
    doc = analyse("रेल राज्य मंत्री ने रविवार को नई ट्रेन को हरी झंडी दिखाकर रवाना किया।")
    assert [e.type for e in doc.events] == ["ANNOUNCEMENT"]
    doc = analyse("मुख्य जनसंपर्क अधिकारी ने बताया कि अकाल तख्त एक्सप्रेस 14 घंटे देरी से चली।")
    assert doc.events == []
    doc = analyse("40 खिलाड़ियों को हॉकी झारखंड के चयन ट्रायल के लिए बुलाया जाएगा।")
    assert [(e.type, e.status) for e in doc.events] == [("SPORTS", "planned")]


def test_an_event_put_off_is_still_to_come_but_an_adjourned_hearing_was_held():
    doc = analyse("विवाद के कारण संघ ने अंडर-19 टीम के चयन ट्रायल स्थगित कर दिए हैं।")
    assert [(e.type, e.status) for e in doc.events if e.type == "SPORTS"] == [("SPORTS", "planned")]
    doc = analyse("कर्मचारियों की हड़ताल टल गई है।")
    assert [(e.type, e.status) for e in doc.events if e.type == "PROTEST"] == [("PROTEST", "planned")]
    doc = analyse("सुप्रीम कोर्ट ने याचिका पर सुनवाई गुरुवार तक के लिए टाल दी है।")
    assert "planned" not in [e.status for e in doc.events if e.type == "LEGAL"]


def test_a_bar_associations_general_meeting_lawyers_abstaining_a_complaint_case_and_a_membership_drive():
    doc = analyse("जिला अधिवक्ता संघ की आम सभा में अधिवक्ताओं ने न्यायिक कार्य से विरत रहने का निर्णय लिया। पीड़ित ने"
                  " अदालत में परिवाद दायर किया। राजद ने सदस्यता अभियान शुरू किया।")
    kinds = {(e.type, e.trigger) for e in doc.events}
    assert {("MEETING", "आम सभा"), ("PROTEST", "न्यायिक कार्य से विरत"), ("LEGAL", "परिवाद दायर"),
            ("CAMPAIGN", "सदस्यता अभियान")} <= kinds
