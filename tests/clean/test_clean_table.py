"""Table-driven tests of clean: exact cleaned text and citation markers.

Expected texts mark where a citation stood with ⟨label⟩; the marker is not
part of the cleaned text.
"""

from __future__ import annotations

import re
import unicodedata

import pytest

from upheaval.clean import clean_document, clean_text
from upheaval.model import Citation, Document

_MARK = re.compile(r"⟨([^⟩]+)⟩")


def expected_parts(marked: str) -> tuple[str, list[Citation]]:
    """Split an expected text with ⟨n⟩ marks into text and citations."""
    text, citations, cursor = "", [], 0
    for match in _MARK.finditer(marked):
        text += marked[cursor : match.start()]
        citations.append(Citation(match.group(1), len(text)))
        cursor = match.end()
    return text + marked[cursor:], citations


WRAPPED = (
    "Hundreds of nurses from the regional hospital joined teachers in\n"
    "La Paz on Wednesday, and a group of miners from Oruro joined\n"
    "them later that day. Union leader Juan Perez told reporters\n"
    "Government offices would stay shut until the talks resumed."
)
WRAPPED_CLEAN = " ".join(WRAPPED.split("\n"))
HEADLINE_WRAPPED = (
    "Strike ends in Oruro\n"
    "Miners returned to work on Monday after the company agreed to\n"
    "raise wages by ten percent, a union spokesman said on the\n"
    "phone from the mine, adding that talks would continue soon."
)
INDENTED = (
    "The strike closed the three largest ports of the country for\n"
    "a week and cost the exporters millions, the union said today.\n"
    "  Police later detained four organisers in the port of Callao\n"
    "and charged them with blocking a public road near the docks."
)

HEADERS = (
    "Miners in Potosi walked out on Monday after the\n\n"
    "Andes Labour Monitor | page 2\n\n"
    "company cut their bonuses. The union said that\n\n"
    "Andes Labour Monitor | page 3\n\n"
    "talks had failed. Police watched the march.\n\n"
    "Andes Labour Monitor | page 4\n\n"
    "Nobody was arrested."
)

WEB_SUBHEADING = (
    "Tractors block highways\n"
    "Farmers drove tractors onto the highways of the province on Saturday, blocking "
    "traffic for hours in protest at new water charges.\n"
    "Police response\n"
    "Police said they had made no arrests and urged calm.\n"
    "Talks with the ministry are due on Monday."
)

WEB_PARAGRAPHS = (
    "Thousands rallied in Tbilisi on Sunday against the new media law.\n"
    "Organisers said the march was the largest this year.\n"
    "What happens next\n"
    "The bill returns to parliament for a final reading on Wednesday.\n"
    "Opposition parties promised more rallies in Batumi and Kutaisi."
)

CASES: list[tuple[str, str, str]] = [
    # --- PDF-like broken lines ---
    (
        "mid-sentence newline",
        "Thousands of workers walked off the job in\nthe port of Durban.",
        "Thousands of workers walked off the job in the port of Durban.",
    ),
    (
        "page-break blank line, lowercase",
        "The council raised bus fares, and students\n\nmarched to city hall.",
        "The council raised bus fares, and students marched to city hall.",
    ),
    (
        "real paragraph break",
        "Shops stayed closed in Kano.\n\nIn Abuja, traders reopened.",
        "Shops stayed closed in Kano.\n\nIn Abuja, traders reopened.",
    ),
    (
        "headline stays its own paragraph",
        "Teachers strike in Santiago\nThousands of teachers marched.",
        "Teachers strike in Santiago\n\nThousands of teachers marched.",
    ),
    (
        "page break after function word",
        "Workers occupied the offices of the\n\nNational Oil Company.",
        "Workers occupied the offices of the National Oil Company.",
    ),
    (
        "page break after comma",
        "Protests spread to Mombasa, Kisumu,\n\nNakuru and Eldoret.",
        "Protests spread to Mombasa, Kisumu, Nakuru and Eldoret.",
    ),
    (
        "blank line and capital: paragraph",
        "Curfew lifted in Colombo\n\nAuthorities lifted it on Monday.",
        "Curfew lifted in Colombo\n\nAuthorities lifted it on Monday.",
    ),
    ("wrapped full lines join before capitals", WRAPPED, WRAPPED_CLEAN),
    (
        "short line in wrapped text is a headline",
        HEADLINE_WRAPPED,
        "Strike ends in Oruro\n\n" + " ".join(HEADLINE_WRAPPED.split("\n")[1:]),
    ),
    (
        "indented line after sentence end",
        INDENTED,
        " ".join(INDENTED.split("\n")[:2])
        + "\n\n"
        + " ".join(line.strip() for line in INDENTED.split("\n")[2:]),
    ),
    (
        "form feed inside a sentence",
        "The governor declared a curfew in\f the northern districts.",
        "The governor declared a curfew in the northern districts.",
    ),
    (
        "CRLF line ends",
        "Farmers blocked the highway\r\nnear Lahore on Friday.",
        "Farmers blocked the highway near Lahore on Friday.",
    ),
    (
        "indented continuation line",
        "   Hundreds marched in Lima\n   on Saturday.",
        "Hundreds marched in Lima on Saturday.",
    ),
    (
        "em dash at line end",
        "The march — the largest since 2011 —\nended at the square.",
        "The march — the largest since 2011 — ended at the square.",
    ),
    (
        "bullets stay separate",
        "Key events:\n• Strike in Lagos\n• Rally in Abuja",
        "Key events:\n\n• Strike in Lagos\n\n• Rally in Abuja",
    ),
    (
        "lowercase paragraph after a full stop stays",
        "Police withdrew.\n\nlater, residents returned.",
        "Police withdrew.\n\nlater, residents returned.",
    ),
    (
        "diacritics and lowercase continuation",
        "Crowds gathered in Ciudad Juárez\nand Chihuahua.",
        "Crowds gathered in Ciudad Juárez and Chihuahua.",
    ),
    # --- hyphenation ---
    (
        "hyphenated word",
        "Riot police dispersed the demon-\nstrators with water cannon.",
        "Riot police dispersed the demonstrators with water cannon.",
    ),
    (
        "capitalised second part keeps hyphen",
        "Crowds gathered in Petropavl and Ust-\nKamenogorsk.",
        "Crowds gathered in Petropavl and Ust-Kamenogorsk.",
    ),
    (
        "compound first word keeps hyphen",
        "The well-\nknown activist was detained.",
        "The well-known activist was detained.",
    ),
    (
        "compound suffix keeps hyphen",
        "The Russian-\nled bloc sent troops.",
        "The Russian-led bloc sent troops.",
    ),
    (
        "document spells it joined",
        "The march-\ners were peaceful. The marchers left at noon.",
        "The marchers were peaceful. The marchers left at noon.",
    ),
    (
        "document spells it hyphenated",
        "The sit-\nin went on. A second sit-in began on Friday.",
        "The sit-in went on. A second sit-in began on Friday.",
    ),
    (
        "anti- keeps its hyphen",
        "Thousands joined the anti-\ngovernment march.",
        "Thousands joined the anti-government march.",
    ),
    (
        "pro- is a syllable, not a prefix",
        "Students staged a pro-\ntest outside parliament.",
        "Students staged a protest outside parliament.",
    ),
    (
        "number before hyphen",
        "A 20-\nyear-old student was shot.",
        "A 20-year-old student was shot.",
    ),
    (
        "spaced dash at line end",
        "The curfew -\nimposed on Friday - was lifted.",
        "The curfew - imposed on Friday - was lifted.",
    ),
    (
        "hyphen across a page break",
        "Police arrested the organ-\n\nisers at dawn.",
        "Police arrested the organisers at dawn.",
    ),
    # --- unicode ---
    (
        "soft hyphen at line end",
        "The demon\u00ad\nstration ended peacefully.",
        "The demonstration ended peacefully.",
    ),
    ("soft hyphen inside a word", "A demon\u00adstration began.", "A demonstration began."),
    (
        "no-break and thin spaces",
        "About\u00a02,000 people rallied in\u2009Dhaka.",
        "About 2,000 people rallied in Dhaka.",
    ),
    ("zero-width characters", "Police\u200b fired tear\ufeff gas.", "Police fired tear gas."),
    ("ligatures", "Ofﬁcials conﬁrmed the curfew.", "Officials confirmed the curfew."),
    ("decomposed accent", "Protesters in Bogota\u0301 marched.", "Protesters in Bogotá marched."),
    ("tabs", "Police\tarrested\t\tten people.", "Police arrested ten people."),
    ("document edges", "\n\n  Rally in Quito.  \n", "Rally in Quito."),
    # --- spaces ---
    (
        "space runs and before punctuation",
        "Police  fired   tear gas ,  witnesses said .",
        "Police fired tear gas, witnesses said.",
    ),
    (
        "missing space after comma",
        "The Socialist Party,which led the march,said so.",
        "The Socialist Party, which led the march, said so.",
    ),
    (
        "numbers untouched",
        "Some 5,000 people joined; turnout was 3.5 times higher.",
        "Some 5,000 people joined; turnout was 3.5 times higher.",
    ),
    (
        "missing space after period",
        "The army withdrew.Residents returned home.",
        "The army withdrew. Residents returned home.",
    ),
    (
        "abbreviations untouched",
        "U.S. and U.N. officials, e.g. envoys, met.",
        "U.S. and U.N. officials, e.g. envoys, met.",
    ),
    (
        "URL untouched",
        "Details at https://news.example.com/a,b/Story.Html today.",
        "Details at https://news.example.com/a,b/Story.Html today.",
    ),
    (
        "spaces inside brackets and before ?",
        "Who ordered it ( the army ) ?",
        "Who ordered it (the army)?",
    ),
    ("ellipsis kept", "They waited ... and waited.", "They waited ... and waited."),
    # --- citation markers ---
    (
        "round marker before period",
        "Protesters stormed the governor's office (3).",
        "Protesters stormed the governor's office⟨3⟩.",
    ),
    (
        "square marker glued",
        "Troops were sent to the capital[12] on Sunday.",
        "Troops were sent to the capital⟨12⟩ on Sunday.",
    ),
    (
        "two markers",
        "Two journalists were detained (12, 13).",
        "Two journalists were detained⟨12⟩⟨13⟩.",
    ),
    ("range marker", "Strikes spread to the mines (4–6).", "Strikes spread to the mines⟨4⟩⟨5⟩⟨6⟩."),
    ("marker after a quote", 'He said "we will not leave" (7).', 'He said "we will not leave"⟨7⟩.'),
    ("marker between words", "A fire (20) spread to the hall.", "A fire⟨20⟩ spread to the hall."),
    (
        "marker on the next line",
        "in which dozens were hurt\n(5). Later, police withdrew.",
        "in which dozens were hurt⟨5⟩. Later, police withdrew.",
    ),
    (
        "marker after page break",
        "Shops were looted and\n\nburned (8).\n\nThe next day was calm.",
        "Shops were looted and burned⟨8⟩.\n\nThe next day was calm.",
    ),
    (
        "superscript marker",
        "Three people died in the clashes² on Monday.",
        "Three people died in the clashes⟨2⟩ on Monday.",
    ),
    (
        "superscript unit is no marker",
        "An area of 40 km² was sealed off.",
        "An area of 40 km² was sealed off.",
    ),
    (
        "year is no marker",
        "The unrest (2021) began in the south.",
        "The unrest (2021) began in the south.",
    ),
    (
        "time is no marker",
        "The curfew starts at 9 (9 p.m. local time).",
        "The curfew starts at 9 (9 p.m. local time).",
    ),
    (
        "inline list is no marker",
        "Their demands: (1) higher wages, (2) lower rents.",
        "Their demands: (1) higher wages, (2) lower rents.",
    ),
    (
        "list after a verb is no marker",
        "They demanded (1) a new constitution and (2) early elections (5).",
        "They demanded (1) a new constitution and (2) early elections⟨5⟩.",
    ),
    (
        "marker 1 before a word without a list",
        "Protests began (1) and spread quickly (2).",
        "Protests began⟨1⟩ and spread quickly⟨2⟩.",
    ),
    (
        "list lines are no markers",
        "(1) The union called a strike.\n(2) Police arrested its leaders.",
        "(1) The union called a strike.\n\n(2) Police arrested its leaders.",
    ),
    ("letter item is no marker", "Rule (a) bans rallies.", "Rule (a) bans rallies."),
    (
        "thousands are no marker",
        "Security forces (1,500) were deployed.",
        "Security forces (1,500) were deployed.",
    ),
    (
        "number after number is no marker",
        "Under Article 5 (2) rallies need a permit.",
        "Under Article 5 (2) rallies need a permit.",
    ),
    (
        "page number between pages",
        "Riot police surrounded the square and\n\n12\n\nbegan arresting people.",
        "Riot police surrounded the square and began arresting people.",
    ),
    (
        "page x of y footer",
        "The unions called a general\n\nPage 3 of 10\n\nstrike for Friday.",
        "The unions called a general strike for Friday.",
    ),
    (
        "number line first in the text stays",
        "1\n\nIntroduction of the curfew.",
        "1\n\nIntroduction of the curfew.",
    ),
    (
        "running headers between pages",
        HEADERS,
        "Miners in Potosi walked out on Monday after the company cut their bonuses. "
        "The union said that talks had failed. Police watched the march.\n\n"
        "Nobody was arrested.",
    ),
    (
        "subheadings between one-line paragraphs",
        WEB_SUBHEADING,
        WEB_SUBHEADING.replace("\n", "\n\n"),
    ),
    (
        "unwrapped short paragraphs stay apart",
        WEB_PARAGRAPHS,
        WEB_PARAGRAPHS.replace("\n", "\n\n"),
    ),
    (
        "digest lines with dates",
        "12 May: strike in Yerevan.\n13 May: rally in Gyumri.\n14 May: march in Vanadzor.",
        "12 May: strike in Yerevan.\n\n13 May: rally in Gyumri.\n\n14 May: march in Vanadzor.",
    ),
    (
        "closing quote ends a sentence",
        "She said: \u201cWe will return.\u201d\nPolice did not comment.",
        "She said: \u201cWe will return.\u201d\n\nPolice did not comment.",
    ),
    (
        "marker after closing quote on the next line",
        "He called it \u201ca massacre\u201d\n(14), and left.",
        "He called it \u201ca massacre\u201d\u27e814\u27e9, and left.",
    ),
    (
        "wire dateline",
        "NAIROBI, Kenya (AP) — Police fired tear gas on Tuesday.\nThe crowd fled.",
        "NAIROBI, Kenya (AP) — Police fired tear gas on Tuesday.\n\nThe crowd fled.",
    ),
    (
        "blog style with marker and spaces",
        "so yeah,the cops showed up  [3] and it got ugly .",
        "so yeah, the cops showed up⟨3⟩ and it got ugly.",
    ),
]


@pytest.mark.parametrize(("raw", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_clean_text_table(raw: str, expected: str) -> None:
    text, offsets, citations = clean_text(raw)
    want_text, want_citations = expected_parts(expected)
    assert text == want_text
    assert citations == want_citations
    assert_offsets(raw, text, offsets)


def assert_offsets(original: str, cleaned: str, offsets: list[int] | tuple[int, ...]) -> None:
    """The offset map is complete, non-decreasing and maps letters to letters."""
    assert len(offsets) == len(cleaned)
    assert all(a <= b for a, b in zip(offsets, offsets[1:], strict=False))
    assert all(0 <= o < len(original) for o in offsets)
    for index, char in enumerate(cleaned):
        if char.isalnum():
            source = original[offsets[index] : offsets[index] + 3]
            assert char == source[0] or char in unicodedata.normalize("NFKC", source), index


def test_clean_document_maps_evidence_back() -> None:
    raw = "Police  detained the organ-\nisers of the rally (4) in\n\nTunis."
    document = Document("d1", raw, "test.txt")
    cleaned = clean_document(document)
    assert cleaned.text == "Police detained the organisers of the rally in Tunis."
    start = cleaned.text.index("Tunis")
    assert raw[cleaned.original_offset(start) :].startswith("Tunis")
    assert cleaned.citations_between(0, len(cleaned.text)) == ("4",)
    assert cleaned.document is document


@pytest.mark.parametrize("raw", [c[1] for c in CASES])
def test_clean_is_idempotent_on_text(raw: str) -> None:
    once, _, _ = clean_text(raw)
    twice, offsets, citations = clean_text(once)
    assert twice == once
    assert offsets == list(range(len(once)))
    assert citations == []
