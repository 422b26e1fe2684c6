"""Generate the benchmark corpus: synthetic Hindi news-style articles.

    python bench/make_corpus.py            # writes bench/corpus/ and bench/corpus_long/
    python bench/make_corpus.py --check    # regenerate in memory, fail if files differ

Everything here -- names, templates, word lists -- is written for this
project and free to redistribute with it; nothing is taken from any news
site or from the evaluation data.  People's names are made up (first name +
surname drawn at random); parties, cities and states are real proper nouns.
The output is deterministic: a fixed seed and no dependence on the clock,
the locale or hash ordering.

Output:
  bench/corpus/NNN.txt        N_ARTICLES articles, mostly 450-550 words
  bench/corpus_long/short.txt one ~500-word article
  bench/corpus_long/long.txt  the same body repeated to ~5,000 words

Each article: a headline line, a blank line, a dateline paragraph
(``भोपाल। ...``), more paragraphs, then a few lines of web boilerplate.
"""
from __future__ import annotations

import argparse
import random
import re
import sys
from pathlib import Path

SEED = 20240107
N_ARTICLES = 120
HERE = Path(__file__).resolve().parent

# --------------------------------------------------------------------------
# Word lists
# --------------------------------------------------------------------------

FIRST_NAMES = [
    "रमेश", "सुरेश", "महेश", "राजेंद्र", "विनोद", "अनिल", "सुनील", "मनोज", "अशोक", "प्रदीप",
    "संजय", "अजय", "विजय", "राकेश", "दिनेश", "नरेंद्र", "हरीश", "गोपाल", "कमलेश", "मुकेश",
    "जितेंद्र", "धर्मेंद्र", "शैलेंद्र", "अरविंद", "नीरज", "पंकज", "आलोक", "विवेक", "अभिषेक", "रोहित",
    "सुनीता", "अनीता", "कविता", "ममता", "रेखा", "सीमा", "पूनम", "मीना", "प्रीति", "नेहा",
    "साधना", "उषा", "आरती", "ज्योति", "किरण", "रश्मि", "अर्चना", "वंदना", "शबनम", "नसीम",
    "इमरान", "सलीम", "आरिफ", "जावेद", "गुरप्रीत", "हरजीत", "भूपेंद्र", "यशपाल", "ओमप्रकाश", "रामनिवास",
]
SURNAMES = [
    "शर्मा", "वर्मा", "यादव", "सिंह", "चौहान", "पटेल", "तिवारी", "मिश्रा", "पांडेय", "दुबे",
    "गुप्ता", "अग्रवाल", "जैन", "चौधरी", "ठाकुर", "राठौर", "मीणा", "गुर्जर", "कुशवाहा", "साहू",
    "श्रीवास्तव", "त्रिपाठी", "शुक्ला", "बघेल", "सोलंकी", "परमार", "तोमर", "भदौरिया", "कुरैशी", "खान",
    "अंसारी", "सिद्दीकी", "गिल", "संधू", "नेगी", "रावत", "बिष्ट", "जोशी", "डामोर", "मरकाम",
]
# (role, is a party role)
ROLES = [
    ("मुख्यमंत्री", False), ("उपमुख्यमंत्री", False), ("गृह मंत्री", False), ("कृषि मंत्री", False),
    ("स्वास्थ्य मंत्री", False), ("नगरीय विकास मंत्री", False), ("विधायक", True), ("पूर्व विधायक", True),
    ("सांसद", True), ("पूर्व मंत्री", True), ("प्रदेश अध्यक्ष", True), ("जिलाध्यक्ष", True),
    ("प्रवक्ता", True), ("महापौर", True), ("नेता प्रतिपक्ष", True), ("राष्ट्रीय महासचिव", True),
    ("युवा मोर्चा अध्यक्ष", True), ("महिला मोर्चा अध्यक्ष", True),
]
OFFICIAL_ROLES = [
    "कलेक्टर", "पुलिस अधीक्षक", "एसपी", "थाना प्रभारी", "एएसपी", "नगर निगम आयुक्त", "तहसीलदार",
    "एसडीएम", "सीएमएचओ", "डीआईजी", "आईजी", "जिला पंचायत सीईओ",
]
PARTIES = [
    "भाजपा", "कांग्रेस", "आम आदमी पार्टी", "समाजवादी पार्टी", "बसपा", "राजद", "जदयू",
    "शिवसेना", "तृणमूल कांग्रेस", "भारतीय जनता पार्टी",
]
# city -> state
CITIES = [
    ("भोपाल", "मध्य प्रदेश"), ("इंदौर", "मध्य प्रदेश"), ("ग्वालियर", "मध्य प्रदेश"), ("जबलपुर", "मध्य प्रदेश"),
    ("उज्जैन", "मध्य प्रदेश"), ("सागर", "मध्य प्रदेश"), ("रीवा", "मध्य प्रदेश"), ("छिंदवाड़ा", "मध्य प्रदेश"),
    ("जयपुर", "राजस्थान"), ("जोधपुर", "राजस्थान"), ("कोटा", "राजस्थान"), ("उदयपुर", "राजस्थान"),
    ("लखनऊ", "उत्तर प्रदेश"), ("कानपुर", "उत्तर प्रदेश"), ("वाराणसी", "उत्तर प्रदेश"), ("आगरा", "उत्तर प्रदेश"),
    ("प्रयागराज", "उत्तर प्रदेश"), ("गोरखपुर", "उत्तर प्रदेश"), ("पटना", "बिहार"), ("गया", "बिहार"),
    ("मुजफ्फरपुर", "बिहार"), ("रांची", "झारखंड"), ("धनबाद", "झारखंड"), ("रायपुर", "छत्तीसगढ़"),
    ("बिलासपुर", "छत्तीसगढ़"), ("देहरादून", "उत्तराखंड"), ("हल्द्वानी", "उत्तराखंड"), ("शिमला", "हिमाचल प्रदेश"),
    ("चंडीगढ़", "पंजाब"), ("लुधियाना", "पंजाब"), ("अंबाला", "हरियाणा"), ("हिसार", "हरियाणा"),
    ("नई दिल्ली", "दिल्ली"), ("अहमदाबाद", "गुजरात"), ("सूरत", "गुजरात"), ("मुंबई", "महाराष्ट्र"),
    ("नागपुर", "महाराष्ट्र"),
]
LOCALES = [
    "कलेक्ट्रेट परिसर", "रेलवे स्टेशन चौराहे", "जिला अस्पताल", "नगर निगम कार्यालय", "पुराने बस स्टैंड",
    "गांधी मैदान", "विधानसभा भवन", "प्रदेश कार्यालय", "सर्किट हाउस", "मंडी प्रांगण", "पुलिस लाइन",
    "कृषि उपज मंडी", "टाउन हॉल", "स्टेडियम", "तहसील कार्यालय", "राजीव गांधी चौक", "शहीद पार्क",
]
HIGHWAYS = ["राष्ट्रीय राजमार्ग 44", "राष्ट्रीय राजमार्ग 52", "राज्य राजमार्ग 18", "बायपास रोड",
            "एक्सप्रेस-वे", "रिंग रोड"]
VILLAGES = ["रामपुर", "सिमरिया", "खजुरी", "बरखेड़ा", "पिपलिया", "देवरी", "कुंडा", "सुखी सेवनिया",
            "बिलखिरिया", "नयागांव", "मालीखेड़ी", "गोपालपुर"]
VEHICLES = ["ट्रक", "बस", "कार", "डंपर", "ट्रैक्टर-ट्रॉली", "पिकअप वाहन", "बाइक"]
ISSUES = ["बिजली कटौती", "पेयजल संकट", "खराब सड़कों", "बढ़ती महंगाई", "बेरोजगारी", "किसानों के कर्ज",
          "फसल बीमा", "अवैध खनन", "अतिक्रमण", "छात्रवृत्ति में देरी", "भर्ती परीक्षा में गड़बड़ी",
          "शहर की सफाई व्यवस्था", "अस्पतालों में डॉक्टरों की कमी"]
SCHEMES = ["लाड़ली बहना योजना", "प्रधानमंत्री आवास योजना", "जल जीवन मिशन", "स्मार्ट सिटी परियोजना",
           "किसान सम्मान निधि", "मुख्यमंत्री तीर्थ दर्शन योजना", "आयुष्मान भारत योजना"]
CRIMES = ["धोखाधड़ी", "रिश्वतखोरी", "अवैध शराब की तस्करी", "जमीन के फर्जीवाड़े", "मारपीट",
          "सट्टेबाजी", "चोरी", "साइबर ठगी", "हत्या के प्रयास"]
ORGS = ["नगर निगम", "लोक निर्माण विभाग", "बिजली कंपनी", "जिला प्रशासन", "पुलिस विभाग",
        "स्वास्थ्य विभाग", "शिक्षा विभाग", "राज्य निर्वाचन आयोग", "उच्च न्यायालय", "किसान संघ",
        "व्यापारी संघ", "छात्र संगठन"]

MONTHS = ["जनवरी", "फरवरी", "मार्च", "अप्रैल", "मई", "जून", "जुलाई", "अगस्त", "सितंबर", "अक्टूबर",
          "नवंबर", "दिसंबर"]
WEEKDAYS = ["सोमवार", "मंगलवार", "बुधवार", "गुरुवार", "शुक्रवार", "शनिवार", "रविवार"]
DEV_DIGITS = str.maketrans("0123456789", "०१२३४५६७८९")

# --------------------------------------------------------------------------
# Sentence templates.  Slots: {P1} {P2} {P3} cast (names), {R1} {R2} {R3} their
# roles, {PARTY1} {PARTY2}, {CITY} {STATE} {LOC} {VILLAGE} {HW} {VEH},
# {OFF} an official's name with role, {PX} a fresh person, {WHEN} a date
# expression, {WD} weekday, {DM} day+month, {TIME} clock time, {N} {NBIG}
# numbers, {AMT} money, {ISSUE} {SCHEME} {CRIME} {ORG}.
# --------------------------------------------------------------------------

LEADS = {
    "meeting": [
        "{R1} {P1} ने {WHEN} {LOC} में {ISSUE} को लेकर अधिकारियों की बैठक ली।",
        "{PARTY1} की प्रदेश कार्यसमिति की बैठक {WHEN} {CITY} में होगी, जिसमें {R1} {P1} भी शामिल होंगे।",
        "{ISSUE} के मुद्दे पर {WHEN} {R1} {P1} की अध्यक्षता में एक अहम बैठक आयोजित की गई।",
    ],
    "rally": [
        "{PARTY1} ने {WHEN} {LOC} में एक बड़ी जनसभा का आयोजन किया, जिसे {R1} {P1} ने संबोधित किया।",
        "{R1} {P1} {WHEN} {CITY} में रोड शो करेंगे और इसके बाद {LOC} में आमसभा को संबोधित करेंगे।",
        "{STATE} में चुनावी माहौल के बीच {PARTY1} की रैली {WHEN} {LOC} में हुई।",
    ],
    "arrest": [
        "पुलिस ने {CRIME} के एक मामले में {WHEN} {PX} को गिरफ्तार किया है।",
        "{CRIME} के आरोप में फरार चल रहे {PX} को पुलिस ने {WHEN} {VILLAGE} से गिरफ्तार कर लिया।",
        "{CITY} पुलिस ने {CRIME} के गिरोह का पर्दाफाश करते हुए {WHEN} {N} आरोपियों को हिरासत में लिया।",
    ],
    "protest": [
        "{ISSUE} के विरोध में {PARTY2} कार्यकर्ताओं ने {WHEN} {LOC} पर धरना प्रदर्शन किया।",
        "{ISSUE} को लेकर नाराज ग्रामीणों ने {WHEN} {HW} पर चक्काजाम कर दिया।",
        "{ORG} के खिलाफ {WHEN} सैकड़ों लोगों ने {LOC} का घेराव किया और नारेबाजी की।",
    ],
    "accident": [
        "{HW} पर {WHEN} एक तेज रफ्तार {VEH} और {VEH2} की आमने-सामने भिड़ंत में {N} लोगों की मौत हो गई।",
        "{VILLAGE} के पास {WHEN} एक {VEH} अनियंत्रित होकर पलट गई, जिसमें {N} यात्री घायल हो गए।",
        "{CITY} में {WHEN} हुए सड़क हादसे में एक परिवार के {N} सदस्यों की जान चली गई।",
    ],
    "inauguration": [
        "{R1} {P1} ने {WHEN} {CITY} में {AMT} की लागत से बने नए अस्पताल भवन का लोकार्पण किया।",
        "{SCHEME} के तहत {WHEN} {LOC} में आयोजित कार्यक्रम में {R1} {P1} ने कई विकास कार्यों का शिलान्यास किया।",
        "{R1} {P1} {WHEN} {CITY} पहुंचकर {AMT} के विकास कार्यों का भूमिपूजन करेंगे।",
    ],
}
HEADLINES = {
    "meeting": ["{ISSUE} पर {P1} की बैठक, अफसरों को दिए सख्त निर्देश",
                "{CITY} में {PARTY1} की अहम बैठक, चुनावी रणनीति पर चर्चा",
                "बैठक में {P1} बोले- {ISSUE} पर लापरवाही बर्दाश्त नहीं"],
    "rally": ["{CITY} में {P1} की जनसभा, {PARTY2} पर साधा निशाना",
              "{PARTY1} का रोड शो आज, {CITY} में यातायात रहेगा प्रभावित",
              "रैली में उमड़ी भीड़, {P1} ने गिनाईं सरकार की उपलब्धियां"],
    "arrest": ["{CRIME} का आरोपी गिरफ्तार, {CITY} पुलिस की कार्रवाई",
               "{CITY} में {CRIME} गिरोह का भंडाफोड़, {N} आरोपी पकड़े गए",
               "फरार आरोपी {VILLAGE} से गिरफ्तार, पूछताछ जारी"],
    "protest": ["{ISSUE} के खिलाफ {PARTY2} का प्रदर्शन, {LOC} पर धरना",
                "{ISSUE} से नाराज लोगों ने किया चक्काजाम",
                "{CITY} में {ORG} के खिलाफ प्रदर्शन, ज्ञापन सौंपा"],
    "accident": ["{HW} पर भीषण हादसा, {N} की मौत",
                 "{CITY}: {VEH} पलटी, कई यात्री घायल",
                 "सड़क हादसे में परिवार उजड़ा, गांव में मातम"],
    "inauguration": ["{P1} ने किया {AMT} के विकास कार्यों का लोकार्पण",
                     "{CITY} को मिली नई सौगात, {SCHEME} के तहत कार्य शुरू",
                     "{P1} आज {CITY} में, करेंगे भूमिपूजन"],
}
DETAILS = {
    "meeting": [
        "बैठक में {ISSUE} की समीक्षा की गई और सभी विभागों से {DM} तक प्रगति रिपोर्ट मांगी गई।",
        "{R1} ने अधिकारियों को निर्देश दिए कि {SCHEME} का लाभ हर पात्र व्यक्ति तक पहुंचे।",
        "बैठक में {OFF} समेत विभिन्न विभागों के अधिकारी मौजूद रहे।",
        "सूत्रों के मुताबिक बैठक में आगामी चुनाव के लिए {N} सदस्यीय समिति बनाने पर भी सहमति बनी।",
        "बैठक करीब {N} घंटे चली और इसमें {N} प्रस्ताव पारित किए गए।",
        "अगली बैठक {WHEN} {TIME} {LOC} में होगी।",
        "{P2} ने बैठक में {ISSUE} का मुद्दा उठाया और जल्द समाधान की मांग की।",
    ],
    "rally": [
        "जनसभा में करीब {NBIG} लोग पहुंचे और कार्यक्रम {TIME} शुरू हुआ।",
        "{R1} {P1} ने मंच से {SCHEME} की उपलब्धियां गिनाईं।",
        "रैली के दौरान {PARTY1} कार्यकर्ताओं ने जमकर नारेबाजी की और फूलों से स्वागत किया।",
        "सभा स्थल पर सुरक्षा के लिए {N} सौ पुलिसकर्मी तैनात किए गए थे।",
        "रोड शो के कारण {LOC} से {LOC2} तक का यातायात {TIME} से डायवर्ट रहेगा।",
        "मंच पर {R2} {P2} और {R3} {P3} भी मौजूद थे।",
        "{P1} ने कहा कि {PARTY2} ने {ISSUE} पर जनता को सिर्फ धोखा दिया है।",
    ],
    "arrest": [
        "थाना प्रभारी {PX} ने बताया कि आरोपी के खिलाफ पहले से {N} मामले दर्ज हैं।",
        "आरोपी के पास से {AMT} नकद, {N} मोबाइल फोन और एक {VEH} जब्त की गई है।",
        "पुलिस को {WHEN} मुखबिर से सूचना मिली थी कि आरोपी {VILLAGE} में छिपा है।",
        "आरोपी को {WHEN} अदालत में पेश किया जाएगा, जहां से उसे रिमांड पर लेने की तैयारी है।",
        "{OFF} ने कार्रवाई करने वाली टीम को {NBIG} रुपये के इनाम की घोषणा की।",
        "मामले में {N} अन्य आरोपियों की तलाश जारी है।",
        "पूछताछ में आरोपी ने {CRIME} की कई वारदातों में शामिल होने की बात कबूल की है।",
    ],
    "protest": [
        "प्रदर्शनकारियों ने {ORG} के खिलाफ नारेबाजी की और {R3} {P3} को ज्ञापन सौंपा।",
        "धरना {TIME} शुरू हुआ और देर शाम तक चलता रहा।",
        "चक्काजाम के कारण {HW} पर करीब {N} किलोमीटर लंबा जाम लग गया।",
        "मौके पर पहुंचे {OFF} ने प्रदर्शनकारियों को समझाइश दी।",
        "प्रदर्शन में {PARTY2} के {R2} {P2} भी शामिल हुए।",
        "आंदोलनकारियों ने चेतावनी दी कि मांगें पूरी नहीं होने पर {WHEN} से अनिश्चितकालीन हड़ताल शुरू की जाएगी।",
        "लिखित आश्वासन मिलने के बाद करीब {N} घंटे बाद जाम खुल सका।",
    ],
    "accident": [
        "हादसा {TIME} उस समय हुआ जब {VEH} {CITY} से {CITY2} की ओर जा रही थी।",
        "घायलों को तुरंत जिला अस्पताल पहुंचाया गया, जहां {N} की हालत गंभीर बताई जा रही है।",
        "सूचना मिलते ही {OFF} मौके पर पहुंचे और राहत कार्य शुरू कराया।",
        "पुलिस ने {VEH} चालक के खिलाफ मामला दर्ज कर लिया है, चालक मौके से फरार हो गया।",
        "मृतकों की पहचान {VILLAGE} निवासी {PX} और {PX} के रूप में हुई है।",
        "{R1} {P1} ने हादसे पर दुख जताया और मृतकों के परिजनों को {AMT} की सहायता राशि देने की घोषणा की।",
        "स्थानीय लोगों के अनुसार इस मोड़ पर पिछले {N} महीनों में कई हादसे हो चुके हैं।",
    ],
    "inauguration": [
        "कार्यक्रम में {SCHEME} के {NBIG} हितग्राहियों को लाभ वितरित किया गया।",
        "{R1} ने कहा कि {CITY} के विकास के लिए {AMT} की अतिरिक्त राशि मंजूर की गई है।",
        "नया भवन {N} मंजिला है और इसमें {N} सौ बिस्तरों की व्यवस्था की गई है।",
        "कार्यक्रम में {R2} {P2}, {R3} {P3} और {OFF} भी उपस्थित रहे।",
        "इस परियोजना का काम {WHEN} शुरू हुआ था और इसे {DM} तक पूरा किया जाना था।",
        "लोकार्पण के बाद {P1} ने {LOC} में पौधारोपण भी किया।",
        "अधिकारियों ने बताया कि दूसरे चरण का काम {WHEN} से शुरू होगा।",
    ],
}
REPORTED = [
    "{R1} {P1} ने कहा कि {ISSUE} को लेकर सरकार पूरी तरह गंभीर है और जल्द ठोस कदम उठाए जाएंगे।",
    "{P2} ने आरोप लगाया कि {PARTY1} सरकार {ISSUE} पर केवल घोषणाएं कर रही है।",
    "{PARTY2} के {R2} {P2} ने कहा कि उनकी पार्टी {ISSUE} के मुद्दे को विधानसभा में उठाएगी।",
    "{OFF} ने बताया कि मामले की जांच के लिए {N} सदस्यीय दल गठित किया गया है।",
    "{P3} ने दावा किया कि पिछले {N} वर्षों में {STATE} में {SCHEME} से लाखों परिवारों को फायदा हुआ है।",
    "पुलिस के अनुसार {WHEN} {TIME} के आसपास सूचना मिली थी।",
    "सूत्रों ने बताया कि {PARTY1} नेतृत्व इस पूरे घटनाक्रम से नाराज है।",
    "{R1} ने स्पष्ट किया कि किसी भी दोषी को बख्शा नहीं जाएगा।",
    "{P2} के मुताबिक {ORG} ने {WHEN} तक काम पूरा करने का भरोसा दिलाया है।",
    "{R3} {P3} ने बताया कि {DM} से {DM2} तक विशेष अभियान चलाया जाएगा।",
    "स्थानीय निवासी {PX} ने बताया कि {ISSUE} की शिकायत कई बार की गई, लेकिन कोई सुनवाई नहीं हुई।",
    "{PARTY2} प्रवक्ता {PX} ने कहा कि सरकार को इस मामले में जवाब देना चाहिए।",
]
QUOTES = [
    "{P1} ने कहा, “हम {ISSUE} की समस्या को किसी भी कीमत पर खत्म करेंगे। जनता ने हम पर भरोसा किया है।”",
    "“{PARTY2} के लोग सिर्फ भ्रम फैला रहे हैं,” {R1} {P1} ने कहा।",
    "{P2} बोले, “{CITY} की जनता सब देख रही है और {WHEN} होने वाले चुनाव में जवाब देगी।”",
    "{OFF} ने कहा, “कानून व्यवस्था बिगाड़ने वालों के खिलाफ सख्त कार्रवाई की जाएगी।”",
    "“हमने {DM} को ही प्रशासन को ज्ञापन दे दिया था, लेकिन कुछ नहीं हुआ,” {PX} ने बताया।",
    "{R3} {P3} का कहना है, “{SCHEME} का लाभ अंतिम व्यक्ति तक पहुंचाना हमारी प्राथमिकता है।”",
    "{P1} ने ट्वीट कर लिखा, “{CITY} के लोगों का आभार, आपका स्नेह ही मेरी ताकत है।”",
    "“यह लोकतंत्र की जीत है,” {PARTY1} के {R2} {P2} ने पत्रकारों से कहा।",
]
BACKGROUND = [
    "गौरतलब है कि {WHEN} भी {CITY} में {ISSUE} को लेकर विवाद हुआ था।",
    "उल्लेखनीय है कि {STATE} में विधानसभा चुनाव {MONTH} {YEAR} में होने हैं।",
    "इससे पहले {DM} को {PARTY1} ने इसी मुद्दे पर प्रदेशव्यापी आंदोलन की घोषणा की थी।",
    "पिछले साल {MONTH} में भी {ORG} के खिलाफ इसी तरह की शिकायतें सामने आई थीं।",
    "{CITY} जिले में {SCHEME} के तहत अब तक {NBIG} आवेदन स्वीकृत किए जा चुके हैं।",
    "जानकारी के अनुसार {ORG} ने {DATE_NUM} को इस संबंध में आदेश जारी किया था।",
    "{YEAR} के लोकसभा चुनाव में {PARTY1} ने इस क्षेत्र की सभी सीटों पर जीत दर्ज की थी।",
    "बताया जाता है कि {P3} और {P2} के बीच लंबे समय से मतभेद चल रहे हैं।",
    "मौसम विभाग ने {WHEN} से अगले {N} दिनों तक {STATE} के कई जिलों में बारिश की संभावना जताई है।",
    "{ORG} की ओर से जारी बयान में कहा गया कि {WHEN} तक सभी लंबित मामलों का निपटारा कर दिया जाएगा।",
    "{DM} को {CITY} में {R1} {P1} का दौरा भी प्रस्तावित है।",
    "इस बीच {PARTY2} ने {WHEN} {LOC} में कार्यकर्ता सम्मेलन बुलाया है।",
]
CLOSERS = [
    "फिलहाल मामले की जांच जारी है।",
    "खबर लिखे जाने तक स्थिति नियंत्रण में थी।",
    "इस मामले में आगे की कार्रवाई {WHEN} की जाएगी।",
    "प्रशासन ने लोगों से अफवाहों पर ध्यान न देने की अपील की है।",
    "अब सबकी नजरें {DM} को होने वाले फैसले पर टिकी हैं।",
]
BOILERPLATE_POOL = [
    "Share this:", "Twitter", "Facebook", "WhatsApp", "Like this:", "Loading...",
    "Leave a Reply", "Your email address will not be published. Required fields are marked *",
    "Related Posts", "टिप्पणियाँ", "अपनी राय दें", "हमें फॉलो करें", "Advertisement",
    "© सर्वाधिकार सुरक्षित", "ताजा खबरों के लिए हमारे व्हाट्सएप चैनल से जुड़ें",
]

# --------------------------------------------------------------------------


_POSTPOSITION_CLASH = re.compile(r" (?:को|में) (तक|से|की|के)(?=\s)")


class Article:
    """The cast and setting of one article, and a slot filler for templates."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        self.kind = rng.choice(sorted(LEADS))
        self.city, self.state = rng.choice(CITIES)
        self.city2 = rng.choice([c for c, _ in CITIES if c != self.city])
        self.parties = rng.sample(PARTIES, 2)
        self.year = rng.choice([2022, 2023, 2024, 2025])
        self.cast = []
        used = set()
        for i in range(3):
            name = self.person(used)
            role, _party_role = rng.choice(ROLES)
            self.cast.append((name, role))
        self.official = f"{rng.choice(OFFICIAL_ROLES)} {self.person(used)}"

    def person(self, used: set | None = None) -> str:
        while True:
            name = f"{self.rng.choice(FIRST_NAMES)} {self.rng.choice(SURNAMES)}"
            if used is None or name not in used:
                if used is not None:
                    used.add(name)
                return name

    def date_expr(self) -> str:
        r = self.rng
        day, month = r.randint(1, 28), r.choice(MONTHS)
        wd = r.choice(WEEKDAYS)
        forms = [
            lambda: f"{day} {month} को",
            lambda: f"{day} {month} {self.year} को",
            lambda: f"{wd} को",
            lambda: f"{wd} सुबह",
            lambda: f"{wd} देर रात",
            lambda: f"{wd} दोपहर",
            lambda: "आज",
            lambda: "कल",
            lambda: "परसों",
            lambda: "बीते दिन",
            lambda: f"बीते {wd}",
            lambda: f"गत {day} {month} को",
            lambda: f"आगामी {day} {month} को",
            lambda: f"{str(day).translate(DEV_DIGITS)} {month} को",
            lambda: f"{day:02d}/{MONTHS.index(month) + 1:02d}/{self.year} को",
            lambda: f"{day}-{MONTHS.index(month) + 1}-{self.year} को",
            lambda: f"{r.choice(['दो', 'तीन', 'चार', 'पांच'])} दिन पहले",
            lambda: f"{r.choice(['दो', 'तीन'])} दिन बाद",
            lambda: "पिछले सप्ताह",
            lambda: "अगले सप्ताह",
            lambda: "अगले महीने",
            lambda: f"{month} {self.year} में",
            lambda: f"{day} {month} की शाम",
            lambda: "रविवार को",
        ]
        return r.choice(forms)()

    def time_expr(self) -> str:
        r = self.rng
        part = r.choice(["सुबह", "दोपहर", "शाम", "रात"])
        hour = {"सुबह": r.randint(6, 11), "दोपहर": r.randint(12, 3 + 12) - 12 or 12,
                "शाम": r.randint(4, 7), "रात": r.randint(8, 11)}[part]
        minute = r.choice([None, None, "15", "30", "45"])
        clock = f"{hour}:{minute}" if minute else str(hour)
        return r.choice([f"{part} {clock} बजे", f"{part} करीब {clock} बजे", f"{clock} बजे"])

    def slots(self) -> dict:
        r = self.rng
        (p1, r1), (p2, r2), (p3, r3) = self.cast
        month_i = r.randrange(12)
        return {
            "P1": p1, "P2": p2, "P3": p3, "R1": r1, "R2": r2, "R3": r3,
            "PARTY1": self.parties[0], "PARTY2": self.parties[1],
            "CITY": self.city, "CITY2": self.city2, "STATE": self.state,
            "LOC": r.choice(LOCALES), "LOC2": r.choice(LOCALES), "VILLAGE": r.choice(VILLAGES),
            "HW": r.choice(HIGHWAYS), "VEH": r.choice(VEHICLES), "VEH2": r.choice(VEHICLES),
            "OFF": self.official, "PX": self.person(),
            "WHEN": self.date_expr(), "WD": r.choice(WEEKDAYS),
            "DM": f"{r.randint(1, 28)} {MONTHS[month_i]}",
            "DM2": f"{r.randint(1, 28)} {MONTHS[(month_i + 1) % 12]}",
            "MONTH": r.choice(MONTHS), "YEAR": str(self.year + r.choice([-1, 0, 1])),
            "DATE_NUM": f"{r.randint(1, 28)}.{r.randint(1, 12)}.{self.year}",
            "TIME": self.time_expr(),
            "N": str(r.choice([2, 3, 4, 5, 6, 7, 8, 10, 12, 15])),
            "NBIG": r.choice(["500", "1200", "2 हजार", "5 हजार", "10 हजार", "25,000", "करीब 3 हजार"]),
            "AMT": r.choice(["2.5 करोड़ रुपये", "50 लाख रुपये", "4 लाख रुपये", "120 करोड़ रुपये",
                             "75 हजार रुपये", "1.2 करोड़ रुपये", "₹35 लाख"]),
            "ISSUE": r.choice(ISSUES), "SCHEME": r.choice(SCHEMES), "CRIME": r.choice(CRIMES),
            "ORG": r.choice(ORGS),
        }

    def fill(self, template: str) -> str:
        out = template.format_map(self.slots())
        # "{WHEN} तक" with WHEN = "7 जनवरी को" -> "7 जनवरी तक"
        out = _POSTPOSITION_CLASH.sub(r" \1", out)
        # a fresh {PX} per occurrence
        while "{PX}" in out:
            out = out.replace("{PX}", self.person(), 1)
        return out


def _pick(rng: random.Random, pool: list[str], used: set[str]) -> str:
    fresh = [t for t in pool if t not in used]
    t = rng.choice(fresh or pool)
    used.add(t)
    return t


def make_article(rng: random.Random, target_words: int) -> tuple[str, list[str], list[str]]:
    """(headline, paragraphs, boilerplate lines); about ``target_words`` words in all."""
    a = Article(rng)
    headline = a.fill(rng.choice(HEADLINES[a.kind]))
    boiler = []
    for _ in range(rng.randint(1, 2)):
        b = Article(rng)
        boiler.append("यह भी पढ़ें: " + b.fill(rng.choice(HEADLINES[b.kind])))
    boiler += rng.sample(BOILERPLATE_POOL, rng.randint(2, 5))
    if "Leave a Reply" not in boiler and rng.random() < 0.5:
        boiler.append("Leave a Reply")
    closer = a.fill(rng.choice(CLOSERS))
    budget = target_words - len(headline.split()) - sum(len(b.split()) for b in boiler) - len(closer.split())
    used: set[str] = set()
    paragraphs: list[str] = []
    words = 0
    while words < budget:
        sents = []
        for _ in range(rng.randint(2, 5)):
            if words >= budget:
                break
            if not paragraphs and not sents:
                t = rng.choice(LEADS[a.kind])
            else:
                other = DETAILS[rng.choice(sorted(DETAILS))]
                pools = [(DETAILS[a.kind], 4), (REPORTED, 3), (QUOTES, 2), (BACKGROUND, 2), (other, 1)]
                fresh = [(pool, w) for pool, w in pools if any(t not in used for t in pool)] or pools
                pool = rng.choices([p for p, _ in fresh], weights=[w for _, w in fresh])[0]
                t = _pick(rng, pool, used)
            s = a.fill(t)
            sents.append(s)
            words += len(s.split())
        para = " ".join(sents)
        if not paragraphs:
            para = f"{a.city}। " + para
            words += 1
        paragraphs.append(para)
    paragraphs.append(closer)
    return headline, paragraphs, boiler


def render(headline: str, paragraphs: list[str], boiler: list[str]) -> str:
    return headline + "\n\n" + "\n\n".join(paragraphs) + "\n\n" + "\n".join(boiler) + "\n"


def build() -> dict[str, str]:
    """relative path -> file content, for the whole benchmark set."""
    rng = random.Random(SEED)
    files: dict[str, str] = {}
    for i in range(N_ARTICLES):
        target = rng.randint(450, 550) if rng.random() < 0.9 else rng.randint(300, 800)
        files[f"corpus/{i:03d}.txt"] = render(*make_article(rng, target))
    # linearity pair: one ~500-word article and its body repeated to ~5,000 words
    headline, paragraphs, boiler = make_article(random.Random(SEED + 1), 500)
    files["corpus_long/short.txt"] = render(headline, paragraphs, boiler)
    files["corpus_long/long.txt"] = render(headline, paragraphs * 10, boiler)
    return files


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=HERE, help="folder to write corpus/ and corpus_long/ into")
    ap.add_argument("--check", action="store_true", help="only compare with the files on disk")
    args = ap.parse_args(argv)
    files = build()
    if args.check:
        bad = [p for p, text in files.items()
               if not (args.out / p).exists() or (args.out / p).read_text(encoding="utf-8") != text]
        print(f"{len(bad)} of {len(files)} files differ" + (": " + ", ".join(bad[:5]) if bad else ""))
        return 1 if bad else 0
    for sub in ("corpus", "corpus_long"):
        d = args.out / sub
        d.mkdir(parents=True, exist_ok=True)
        for old in d.glob("*.txt"):
            old.unlink()
    total_words = total_bytes = 0
    for p, text in files.items():
        (args.out / p).write_text(text, encoding="utf-8")
        if p.startswith("corpus/"):
            total_words += len(text.split())
            total_bytes += len(text.encode("utf-8"))
    n = sum(p.startswith("corpus/") for p in files)
    print(f"corpus: {n} articles, {total_words} words, {total_bytes} bytes; "
          f"corpus_long: short.txt {len(files['corpus_long/short.txt'].split())} words, "
          f"long.txt {len(files['corpus_long/long.txt'].split())} words")
    return 0


if __name__ == "__main__":
    sys.exit(main())
