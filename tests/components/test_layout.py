"""minutes_layout: agenda items and headings, and sentence starts at layout breaks."""

from __future__ import annotations

import pytest
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from extract.bench.corpus import generate_papers
from extract.components.layout import INITIAL, LIST_START, mark_line_sentence_starts, mark_name_continuations
from extract.extensions import AGENDA_ITEMS, HEADINGS
from extract.normalise.layout import find_agenda_items
from extract.resources import read_lexicon

MINUTES = "Minutes of a meeting of the Cabinet held on Tuesday, 12 March 2024\n\n"


@pytest.fixture
def layout_nlp(blank_nlp):
    """A blank pipeline with the header reader (for doc_type) and the layout finder."""
    blank_nlp.add_pipe("minutes_header")
    blank_nlp.add_pipe("minutes_layout")
    return blank_nlp


def items(text: str) -> list[tuple[str | None, str]]:
    """(number, title) of each agenda item found in text."""
    return [(b.number, b.text) for b in find_agenda_items(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "41. Minutes of the previous meeting\n\nRESOLVED: That the minutes be approved.\n\n"
            "42. Revenue Budget Monitoring 2023/24\n",
            [("41", "Minutes of the previous meeting"), ("42", "Revenue Budget Monitoring 2023/24")],
            id="moderngov-numbered",
        ),
        pytest.param(
            "12 CORPORATE PARENTING STRATEGY\nRESOLVED - That the strategy be approved.\n",
            [("12", "CORPORATE PARENTING STRATEGY")],
            id="cmis-caps",
        ),
        pytest.param(
            "Minute 23/10 – Budget Setting 2024/25\n",
            [("23/10", "Budget Setting 2024/25")],
            id="minute-number",
        ),
        pytest.param(
            "56. 22/01234/FUL – Land off Mill Lane, Ashby\n",
            [("56", "22/01234/FUL – Land off Mill Lane, Ashby")],
            id="planning-application-reference",
        ),
        pytest.param(
            "5. PLANNING APPLICATION 15/00615/REM: LAND EAST OF LONDON ROAD\n\nRESOLVED that it be approved.\n\n"
            "6. PREMISES LICENCE APPLICATION: THE CROWN INN\n",
            [("5", "PLANNING APPLICATION 15/00615/REM: LAND EAST OF LONDON ROAD"),
             ("6", "PREMISES LICENCE APPLICATION: THE CROWN INN")],
            id="heading-with-a-colon",
        ),
        pytest.param(
            "3. Minutes\nTo confirm the minutes of the meeting held on 2 May 2024.\n"
            "4. Public Participation\nNo members of the public were present.\n",
            [("3", "Minutes"), ("4", "Public Participation")],
            id="heading-with-its-text-on-the-next-line",
        ),
        pytest.param(
            "Agenda item\n\nRecommissioning of Library Services.\n",
            [(None, "Recommissioning of Library Services")],
            id="moderngov-agenda-item-page",
        ),
    ],
)
def test_find_agenda_items(text, expected):
    assert items(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "RESOLVED:\n1. That the report be noted;\n2. That the plan be approved.\n", id="numbered-limbs"
        ),
        pytest.param(
            "The Committee agreed:\n1. To note the report.\n2. To agree the timetable.\n", id="scottish-limbs"
        ),
        pytest.param(
            "3. The purpose of this report is to seek approval. It sets out the options.\n",
            id="report-paragraph",
        ),
        pytest.param(
            "RESOLVED:\n1. Decision: To approve the scheme.\n2. Reason: The scheme meets the policy.\n",
            id="labelled-limbs-with-a-colon",
        ),
        pytest.param(
            "2. The Council has considered the\nproposals set out in the report.\n", id="wrapped-report-paragraph"
        ),
        pytest.param(
            "1. Noted the outcomes of the review of evidence and of best practice.\n\n2. Approved launching a six-week public engagement on the "
            "outcomes of that technical assessment.\n", id="limbs-that-are-sentences",
        ),
        pytest.param(
            "DECISION\n\n1.  To award the contract for routes 12 and 14 (Bridport –\n"
            "    Lyme Regis) to First Wessex for the period\n    2 June 2024 to 31 May 2027.\n\n"
            "2.  To award the contract for the Dial-a-Ride service (Beaminster and villages)\n"
            "    to the community transport trust for twelve months.\n",
            id="wrapped-numbered-limbs",
        ),
    ],
)
def test_limbs_and_paragraphs_are_not_items(text):
    assert items(text) == []


def test_items_are_spans_with_number_and_title(layout_nlp):
    doc = layout_nlp(
        MINUTES + "7. Treasury Management Strategy\n\nRESOLVED: That the strategy be approved.\n"
    )
    [item] = doc.spans[AGENDA_ITEMS]
    assert (item._.item_number, item._.item_title, item.text) == (
        "7",
        "Treasury Management Strategy",
        "7. Treasury Management Strategy",
    )


def test_reports_have_headings_but_no_items(layout_nlp):
    doc = layout_nlp(
        "CABINET – 18 JULY 2023\n\nREPORT OF THE DIRECTOR OF PLACE\n\nBackground\n\n"
        "1. The Council adopted its plan in 2021.\n"
    )
    assert list(doc.spans[AGENDA_ITEMS]) == []
    assert "Background" in [h.text for h in doc.spans[HEADINGS]]


def test_list_items_and_paragraphs_start_sentences(layout_nlp):
    doc = layout_nlp(MINUTES + "RESOLVED:\n(a) That the report be noted\n(b) That the plan be approved\n")
    starts = [t.text for t in doc if t.is_sent_start]
    assert "RESOLVED" in starts
    assert starts.count("(") == 2


def test_minute_numbers_and_item_words_are_headings_even_with_run_in_text():
    text = ("The Leader welcomed members to the meeting and thanked officers\n"
            "ITEM 6  HOME TO SCHOOL TRAVEL POLICY 2024/25 (KEY DECISION)\n"
            "25/24 MINUTES OF THE AUDIT COMMITTEE – The Committee Manager presented the\n"
            "minutes of the meeting.\n\n24/58 Finance\na) Payments for May were approved.\n")
    assert items(text) == [("6", "HOME TO SCHOOL TRAVEL POLICY 2024/25 (KEY DECISION)"),
                           ("25/24", "MINUTES OF THE AUDIT COMMITTEE – The Committee Manager presented the"),
                           ("24/58", "Finance")]



@pytest.mark.parametrize(
    "sentence",
    [
        "It was agreed that Cllr. O. Williams would take over from Cllr. P. Harries as representative.",
        "The report was presented by Mr. J. Smith and Dr. Ahmed of the highways team.",
        "Apologies were received from Cllrs. Evans and Rees and from Mrs. A.B. Lloyd.",
        "The Clerk would write to Cllr.\nR. Hughes about the footpath.",
    ],
)
def test_a_name_after_a_short_title_with_a_full_stop_stays_in_its_sentence(nlp, sentence):
    text = MINUTES + "4. CORRESPONDENCE\n" + sentence + " Members noted the letter.\n"
    start = text.index(sentence)
    doc = nlp(text)
    inside = [t.text for t in doc if start < t.idx < start + len(sentence) and t.is_sent_start]
    assert inside == []


def test_a_title_ending_a_sentence_does_not_hold_the_next_one(nlp):
    doc = nlp(MINUTES + "Councillor Ann Price was elected Mayor. Members thanked her.\n")
    assert "Members thanked her." in [s.text.strip() for s in doc.sents]


def line_starts_word_by_word(doc: Doc) -> list[int]:
    """The sentence starts mark_line_sentence_starts gives, read token by token: the plain statement of
    its rule, to hold the array version to."""
    text, starts, previous, gap = doc.text, [], None, ""
    for token in doc:
        if token.is_space:
            gap += token.text_with_ws
            continue
        if previous is not None and "\n" in gap and (
                gap.count("\n") >= 2 or previous.text in (".", ":", ";", "!", "?") or LIST_START.match(text, token.idx)):
            starts.append(token.i)
        previous, gap = token, token.whitespace_
    return starts


def continuations_word_by_word(doc: Doc, short_titles: frozenset[str]) -> list[int]:
    """The tokens mark_name_continuations keeps on their sentence, read token by token."""
    inside, after_title, previous = [], False, ""
    for token in doc:
        if token.is_space:
            after_title = after_title and token.text.count("\n") <= 1
            continue
        word = token.text
        initial = INITIAL.fullmatch(word) is not None
        if after_title and (initial or (word[:1].isupper() and word.isalpha())):
            inside.append(token.i)
            after_title = initial
        else:
            after_title = word in short_titles or (word == "." and previous in short_titles) or (
                word.endswith(".") and word[:-1] in short_titles)
        previous = word
    return inside


LAYOUT_TEXTS = [
    "Present: Cllr. P. Harries (Chair), Mr. J. Smith, Dr. A.B. Jones\nand Mrs Evans.\n\n1. Apologies\n(a) none",
    "Cllr Cllr. Mr. . J. Smith said\n\n\nthat Mr.\n\nJones agreed: yes\n  - bullet one\n2) two; three\n",
    "Mr.\nP.\nHarries\n\nCllr.\n\n\nO. Owen\ni) first\n(ii) second\n\tline with tab.\nNext",
    "Cllr Mr . J. Smith and Cllr Dr\n. A. Jones", "", "\n\n", "Cllr.", "word", "Mr. Mr. Mr. Smith Jones Brown. Dr.",
    *[paper.text for paper in generate_papers(6, 5)],
]


@pytest.mark.parametrize("text", LAYOUT_TEXTS)
def test_line_starts_and_name_continuations_are_those_read_word_by_word(blank_nlp: Language, text: str) -> None:
    titles = frozenset(read_lexicon("lexicons/honorifics.json")["abbreviated_titles"])
    doc = blank_nlp(text)
    expected = {i: 1 for i in line_starts_word_by_word(doc)}
    expected.update({i: -1 for i in continuations_word_by_word(doc, titles)})
    mark_line_sentence_starts(doc)
    mark_name_continuations(doc, titles)
    marked = {i: v for i, v in enumerate(doc.to_array(SENT_START).astype("int64").tolist()) if v and i}
    assert marked == expected  # the first token starts a sentence however the rest are set
