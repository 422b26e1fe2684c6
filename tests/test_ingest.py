"""Reading, decoding, HTML extraction, boilerplate removal, language warnings.

These run without the NER model: ``prepare`` stops before the annotators.
"""
from __future__ import annotations


import pytest
from conftest import ENGLISH_ARTICLE, HINDI_ARTICLE, SEED, URDU_ARTICLE

from newsparse.ingest import (InputError, InputRef, UsageProblem, check_output_names, clean,
                              collect_inputs,
                              decode_bytes, html_to_text, parse_size, read_article)
from newsparse.pipeline import prepare

PNG_HEADER = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10"


def ref(path) -> InputRef:
    return InputRef(str(path), str(path), path.name + ".json")


def kept_text(text: str) -> list[str]:
    return [text[s:e] for s, e in clean(text).body]


# --------------------------------------------------------------------------
# decoding
# --------------------------------------------------------------------------

def test_utf8_decodes_with_newlines_untouched():
    assert decode_bytes("पहली पंक्ति\r\nदूसरी\r".encode()) == "पहली पंक्ति\r\nदूसरी\r"


def test_utf8_bom_is_removed():
    assert decode_bytes(b"\xef\xbb\xbf" + "भोपाल".encode()) == "भोपाल"


@pytest.mark.parametrize("codec,bom", [("utf-16-le", b"\xff\xfe"), ("utf-16-be", b"\xfe\xff"),
                                       ("utf-32-le", b"\xff\xfe\x00\x00")])
def test_utf16_and_utf32_with_bom_decode(codec, bom):
    assert decode_bytes(bom + "भोपाल\r\nइंदौर".encode(codec)) == "भोपाल\r\nइंदौर"


def test_invalid_utf8_names_the_byte():
    with pytest.raises(InputError, match=r"not valid UTF-8 \(byte 0xff at offset 6\)"):
        decode_bytes("भो".encode() + b"\xff\xfe\xfd")


def test_latin1_text_is_refused_not_guessed():
    with pytest.raises(InputError, match="not valid UTF-8"):
        decode_bytes("café société".encode("latin-1"))


def test_png_is_binary():
    with pytest.raises(InputError, match="PNG image"):
        decode_bytes(PNG_HEADER)


def test_nul_bytes_are_binary():
    with pytest.raises(InputError, match="NUL"):
        decode_bytes(b"some\x00thing")


def test_empty_is_refused():
    with pytest.raises(InputError, match="empty"):
        decode_bytes(b"")


def test_bom_only_is_empty():
    with pytest.raises(InputError, match="empty"):
        decode_bytes(b"\xef\xbb\xbf")


def test_whitespace_only_is_refused():
    with pytest.raises(InputError, match="only whitespace"):
        decode_bytes(" \n\t\r\n\u00a0\u3000 ".encode())


@pytest.mark.parametrize("text,size", [("5000000", 5_000_000), ("5MB", 5_000_000), ("5 mb", 5_000_000),
                                       ("500k", 500_000), ("2MiB", 2 * 1024 * 1024), ("1.5G", 1_500_000_000)])
def test_parse_size(text, size):
    assert parse_size(text) == size


@pytest.mark.parametrize("text", ["", "five", "5 XB", "-3", "5i"])
def test_parse_size_rejects_nonsense(text):
    with pytest.raises(ValueError):
        parse_size(text)


# --------------------------------------------------------------------------
# reading files
# --------------------------------------------------------------------------

def test_oversized_file_refused_before_reading(tmp_path):
    big = tmp_path / "big.txt"
    with open(big, "wb") as fh:  # sparse: 20 MB on paper, nothing on disk
        fh.truncate(20_000_000)
    with pytest.raises(InputError, match=r"20 MB, larger than the size limit of 5 MB"):
        read_article(ref(big), max_size=5_000_000)


def test_max_size_is_inclusive(tmp_path):
    f = tmp_path / "a.txt"
    f.write_bytes(HINDI_ARTICLE.encode())
    size = f.stat().st_size
    assert read_article(ref(f), max_size=size).text == HINDI_ARTICLE
    with pytest.raises(InputError, match="size limit"):
        read_article(ref(f), max_size=size - 1)


def test_html_file_is_extracted(tmp_path):
    page = tmp_path / "page.html"
    page.write_text((SEED.parent.parent / "samples" / "farmers_protest.html").read_text("utf-8"), "utf-8")
    article = read_article(ref(page))
    assert article.is_html
    assert article.text.startswith("पटना में किसानों का धरना, न्यूनतम समर्थन मूल्य की मांग\n")
    assert "दिनेश पासवान" in article.text
    for furniture in ("होम", "सर्वाधिकार", "मौसम"):
        assert furniture not in article.text


def test_html_is_sniffed_in_a_txt_file(tmp_path):
    page = tmp_path / "page.txt"
    page.write_text("<!DOCTYPE html><html><body><article><p>"
                    + HINDI_ARTICLE.replace("\n", " ") + "</p></article></body></html>", "utf-8")
    assert read_article(ref(page)).is_html


def test_html_without_article_text_is_refused():
    nav_only = ("<html><head><title>होम</title></head><body><nav><a href=/>होम</a> "
                "<a href=/a>देश</a> <a href=/b>खेल और मनोरंजन की खबरें</a></nav></body></html>")
    with pytest.raises(InputError, match="no article text"):
        html_to_text(nav_only)


def test_html_headline_is_put_first_once():
    page = ("<html><head><title>बैठक की खबर | साइट</title></head><body><article><h1>बैठक की खबर</h1>"
            "<p>" + HINDI_ARTICLE.replace("\n", " ") + "</p></article></body></html>")
    text = html_to_text(page)
    assert text.startswith("बैठक की खबर\n")
    assert text.count("बैठक की खबर") == 1


# --------------------------------------------------------------------------
# finding inputs
# --------------------------------------------------------------------------

def test_folders_are_walked_recursively_and_sorted(tmp_path):
    for name in ["b.txt", "a.html", "sub/c.md", "sub/d.htm", "skip.json", ".hidden.txt", "sub/e.TXT"]:
        p = tmp_path / name
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text("x", "utf-8")
    refs = collect_inputs([str(tmp_path)])
    assert [r.output_name for r in refs] == ["a.html.json", "b.txt.json", "sub/c.md.json",
                                             "sub/d.htm.json", "sub/e.TXT.json"]


def test_missing_path_is_a_usage_problem(tmp_path):
    with pytest.raises(UsageProblem, match="no such file"):
        collect_inputs([str(tmp_path / "nope.txt")])


def test_folder_without_articles_is_a_usage_problem(tmp_path):
    (tmp_path / "notes.json").write_text("{}", "utf-8")
    with pytest.raises(UsageProblem, match="holds no articles"):
        collect_inputs([str(tmp_path)])


def test_colliding_output_names_are_a_usage_problem(tmp_path):
    for d in ("x", "y"):
        (tmp_path / d).mkdir()
        (tmp_path / d / "a.txt").write_text("x", "utf-8")
    refs = collect_inputs([str(tmp_path / "x" / "a.txt"), str(tmp_path / "y" / "a.txt")])
    with pytest.raises(UsageProblem, match="both be written"):
        check_output_names(refs)


def test_stdin_named_twice_is_a_usage_problem():
    with pytest.raises(UsageProblem, match="stdin"):
        collect_inputs(["-", "-"])


# --------------------------------------------------------------------------
# cleaning
# --------------------------------------------------------------------------

def test_seed_boilerplate_and_repeated_headline_are_dropped():
    text = SEED.read_bytes().decode("utf-8-sig")
    cleaned = clean(text)
    kept = [text[s:e] for s, e in cleaned.body]
    assert cleaned.title == text.splitlines()[0]
    assert kept[0] == cleaned.title  # the title line stays: its names count
    assert sum(k == cleaned.title for k in kept) == 1  # its repeat does not
    assert kept[1].startswith("भोपाल। कांग्रेस")
    assert kept[-1].endswith("पहुंचाया जा सकेगा।")
    joined = "\n".join(kept)
    for junk in ("Leave a Reply", "Your email address", "Back to top"):
        assert junk not in joined


def test_body_ranges_index_the_original_text():
    text = "  शीर्षक\r\n\r\n\tपहला पैराग्राफ। \r\nShare this:\r\nदूसरा। "
    assert kept_text(text) == ["शीर्षक", "पहला पैराग्राफ।", "दूसरा।"]


def test_a_nearly_identical_repeat_is_dropped():
    text = "कांग्रेस की बैठक आज\n\nकांग्रेस की बैठक आज।\n\nखबर का पहला वाक्य यहां है।\n"
    assert kept_text(text) == ["कांग्रेस की बैठक आज", "खबर का पहला वाक्य यहां है।"]


def test_a_different_second_line_is_kept():
    text = "कांग्रेस की बैठक आज\n\nकांग्रेस की बैठक कल होगी, अध्यक्ष ने बताया।\n"
    assert len(kept_text(text)) == 2


def test_long_first_paragraph_is_not_a_title():
    text = "इस मामले में अदालत ने फैसला सुनाया। " * 20 + "\n"
    assert clean(text).title is None
    assert kept_text(text) == [text.strip()]


def test_markdown_heading_marks_leave_the_title():
    assert clean("# भोपाल की खबर\n\nपहला वाक्य।\n").title == "भोपाल की खबर"


@pytest.mark.parametrize("line", [
    "Leave a Reply", "Leave a Reply Cancel reply", "Your email address will not be published.",
    "Required fields are marked *", "Back to top button", "Comment", "Name*", "Email *", "Website",
    "Save my name, email, and website in this browser for the next time I comment.",
    "Post Comment", "Related Posts", "Advertisement", "Share this:", "Facebook Twitter WhatsApp",
    "Follow us on Google News", "Also Read: Something else happened", "Tags: कांग्रेस, भोपाल",
    "© 2024 Some News Pvt Ltd", "Copyright 2024. All rights reserved.",
    "विज्ञापन", "यह भी पढ़ें: भोपाल में बारिश", "ये भी पढ़ें", "यह भी पढें- इंदौर की खबर", "इसे भी पढ़ें",
    "हमें फॉलो करें", "डाउनलोड करें दैनिक खबर ऐप", "शेयर करें", "संबंधित खबरें",
    "हमें फेसबुक और ट्विटर पर फॉलो करें",
])
def test_boilerplate_line_is_dropped(line):
    text = f"शीर्षक\n\n{line}\n\nखबर का वाक्य।\n"
    assert kept_text(text) == ["शीर्षक", "खबर का वाक्य।"]


@pytest.mark.parametrize("line", [
    "उन्होंने फेसबुक पर लिखा कि सरकार ने वादा तोड़ा है।",
    "कंपनी ने बताया कि ऐप डाउनलोड करने वालों की संख्या बढ़ी है।",
    "और खबरें आ रही हैं कि बैठक टल सकती है, पर पार्टी ने इसकी पुष्टि नहीं की है।",
    "Twitter ने नई नीति की घोषणा की।",
    "नाम न छापने की शर्त पर एक अधिकारी ने बताया।",
])
def test_article_line_mentioning_web_words_is_kept(line):
    text = f"शीर्षक\n\n{line}\n"
    assert kept_text(text) == ["शीर्षक", line]


def test_related_link_list_is_dropped_up_to_the_next_paragraph():
    paragraph = "भोपाल में आज फिर से बैठक हुई जिसमें कई नेताओं ने हिस्सा लिया और आगे की रणनीति पर चर्चा की। " * 3
    text = ("शीर्षक\n\nपहला पैराग्राफ।\n\nसंबंधित खबरें\nइंदौर में बारिश\nग्वालियर में हादसा\n\n"
            + paragraph.strip() + "\n")
    assert kept_text(text) == ["शीर्षक", "पहला पैराग्राफ।", paragraph.strip()]


def test_bbc_app_trailer_is_cut_from_inside_a_line():
    body = "कांग्रेस ने सरकार से इस्तीफ़े की मांग की है."
    text = (body + "(बीबीसी हिन्दी के एंड्रॉएड ऐप के लिए \n\n\n\nयहां क्लिक करें. आप हमें \n\n\n\n"
            "फ़ेसबुक और \n\n\n\nट्विटर पर भी फ़ॉलो कर सकते हैं.)\n")
    assert kept_text(text) == [body]


def test_nukta_and_zero_width_variants_still_match():
    text = "शीर्षक\n\nये भी पढ\u093C\u200Dें: कुछ और\n\nखबर।\n"
    assert kept_text(text) == ["शीर्षक", "खबर।"]


# --------------------------------------------------------------------------
# language
# --------------------------------------------------------------------------

def test_hindi_gets_no_language_warning():
    assert prepare(HINDI_ARTICLE).warnings == []


def test_english_gets_a_warning():
    warnings = prepare(ENGLISH_ARTICLE).warnings
    assert any("not look like Hindi" in w and "English" in w for w in warnings)


def test_urdu_gets_a_warning():
    warnings = prepare(URDU_ARTICLE).warnings
    assert any("not look like Hindi" in w and "Urdu" in w for w in warnings)


def test_marathi_gets_a_warning():
    marathi = ("मुंबई: राज्यातील शेतकऱ्यांच्या प्रश्नांवर आज मंत्रालयात बैठक झाली आहे आणि या बैठकीत अनेक निर्णय घेण्यात आले आहेत. "
               "मुख्यमंत्र्यांनी सांगितले की सरकार शेतकऱ्यांच्या पाठीशी आहे आणि मदत लवकरच दिली जाईल. "
               "विरोधकांनी मात्र या निर्णयांवर टीका केली आहे आणि हे निर्णय अपुरे आहेत असे म्हटले आहे.\n")
    assert any("Marathi" in w for w in prepare(marathi).warnings)


def test_no_letters_gets_a_warning():
    assert prepare("12345 ... 678\n").warnings == ["no letters found: is this an article?"]


@pytest.mark.parametrize("line,dropped", [
    ("होम | भारत | अंतरराष्ट्रीय | मनोरंजन | खेल | वीडियो", True),   # a menu
    ("होम » राज्य » उत्तर प्रदेश", True),                              # a breadcrumb
    ("इमेज स्रोत, Getty Images", True),                               # BBC picture credit
    ("इमेज कैप्शन, हमले के बाद जहाज़ से उठता धुआं", False),          # a caption's words stay
    ("बाढ़ से हाहाकार | 20 की मौत | सेना बुलाई", False),             # a headline in parts
    ("मोदी | शाह बैठक", False),
])
def test_menus_and_picture_credits_are_boilerplate(line, dropped):
    from newsparse.ingest import _is_boilerplate_line

    assert _is_boilerplate_line(line) is dropped


def test_a_picture_captions_label_goes_and_its_words_stay():
    text = ("ड्रोन हमला\n\nइमेज स्रोत, Reuters\nइमेज कैप्शन, सोमवार को काठमांडू में प्रदर्शन\n\n"
            "यूक्रेन में हमला हुआ।")
    body = " ".join(text[s:e] for s, e in clean(text).body)
    assert "Reuters" not in body and "इमेज कैप्शन" not in body
    assert "सोमवार को काठमांडू में प्रदर्शन" in body


def test_a_site_menu_copied_with_the_article_is_left_out():
    text = ("बीबीसी न्यूज़, हिंदी\n\nसेक्शन\nहोम पेज\nभारत\nविदेश\nमनोरंजन\nखेल\nवीडियो\n\n"
            "मुंबई में किसानों ने मंगलवार को प्रदर्शन किया।\n")
    cleaned = clean(text)
    kept = "".join(text[s:e] for s, e in cleaned.body)
    assert "विदेश" not in kept and "मनोरंजन" not in kept and "मुंबई" in kept
    # a few short lines (a dateline, a byline) are no menu
    text = "रामपुर\nराजेश कुमार\n\nगांव में सोमवार को बाढ़ आई।\n"
    kept = "".join(text[s:e] for s, e in clean(text).body)
    assert "रामपुर" in kept and "राजेश कुमार" in kept


def test_rows_of_share_buttons_go_and_a_dated_line_keeps_its_date():
    text = ("मोदी ने कहा।\n\nShare on WhatsApp   Share on Facebook   Tweet   Copy Link\n\nShare | Tweet | WhatsApp\n\n"
            "प्रकाशित: 12 मार्च 2024 | Share: Facebook | Twitter | WhatsApp\n\nराहुल ने कहा।")
    kept = [text[a:b] for a, b in clean(text).body]
    assert kept == ["मोदी ने कहा।", "प्रकाशित: 12 मार्च 2024", "राहुल ने कहा।"]


def test_a_wire_desk_credit_under_a_story_is_left_out():
    text = ("जयपुर में बारिश से तीन लोगों की मौत हो गई।\n\nभाषा कुंज सुरेश\n\nसुरेश\n\n"
            "अस्पताल का ऑडिट जुलाई में होना था।\n\nभाषा विवाद पर बोले मंत्री\n")
    kept = "\n".join(text[s:e] for s, e in clean(text).body)
    assert "कुंज" not in kept and "सुरेश" not in kept
    assert "भाषा विवाद पर बोले मंत्री" in kept  # a headline about language stays
    first = "भाषा संजय नरेश\n\nजयपुर में बारिश हुई।"
    assert any(first[s:e] == "भाषा संजय नरेश" for s, e in clean(first).body)  # a first line is no credit


def test_a_topics_line_is_furniture():
    from newsparse.ingest import _is_boilerplate_line

    assert _is_boilerplate_line("टॉपिक्स: Delhi Hit and Run, Mehrauli Accident, दिल्ली पुलिस")
