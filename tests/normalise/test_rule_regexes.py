"""The regexes the officer and attendance rules compile once, written for speed: each matches what its plain
form (the one built per call before) matches."""

from __future__ import annotations

import random
import re

import pytest

from extract.normalise.attendance_entries import is_member_post, role_prefix, trailing_role
from extract.normalise.members import AttendanceRules, attendance_rules, split_entries
from extract.normalise.named_in_text import NAME
from extract.normalise.officers import alternation, contact_rules
from extract.normalise.officer_rules import word_start_alternation
from extract.normalise.whole_words import whole_word
from extract.resources import read_lexicon, read_patterns

POSTS = ["Head of Finance", "Head of Finance and IT", "Clerk", "Chief Executive", "Deputy Chief Executive",
         "Director of Place", "director of place", "Swyddog Monitro"]
TEXTS = [
    "Head of Finance",
    "The Deputy Chief Executive and the Head of Finance and IT presented the report.",
    "the head  of\nfinance reported; the CLERK read the minutes",
    "Sub-Clerk and ex-Chief Executive are not posts here, nor is Clerkship.",
    "Swyddog Monitro / Monitoring Officer: Director of Placement, Director of Place.",
    "\u212alerk is no post, but Hea\u017fd is no word either; Directo\u0130 of place.",
    "",
]


@pytest.mark.parametrize("ignore_case", [True, False])
@pytest.mark.parametrize("text", TEXTS)
def test_word_start_alternation_matches_as_the_plain_alternation(text, ignore_case):
    plain = rf"(?<![\w-])(?i:{alternation(POSTS)})" if ignore_case else rf"(?<![\w-])(?:{alternation(POSTS)})"
    fast = word_start_alternation(POSTS, ignore_case=ignore_case)
    assert fast != plain  # the form that opens with the first letters
    spans = [m.span() for m in re.finditer(rf"(?P<p>{plain})(?![\w-])", text)]
    assert [m.span() for m in re.finditer(rf"(?P<p>{fast})(?![\w-])", text)] == spans


def test_a_kelvin_sign_folds_to_k_as_in_the_plain_alternation():
    fast = re.compile(word_start_alternation(["Key Worker"], ignore_case=True))
    assert fast.search("the \u212aey worker") is not None
    assert fast.search("the monkey worker") is None


@pytest.mark.parametrize("phrases", [["Ökonom", "Head of Finance"], ["(Acting) Clerk", "Clerk"], []])
def test_phrases_not_opening_with_a_plain_letter_keep_the_plain_alternation(phrases):
    assert word_start_alternation(phrases, ignore_case=True) == rf"(?<![\w-])(?i:{alternation(phrases)})"


@pytest.mark.parametrize("text", [
    "Dr A. Lee, chief executive of Age UK, said", "Mrs J. Davies, Clerk's Salary", "SAID Tom Ridley, head",
    "Mc-Tom Ridley", "x'Tom Ridley", "Tom  Ridley", "T.A.M. Lo Ng Ba Ri Zo", "A B", "ABC",
])
def test_the_name_pattern_matches_as_its_plain_form(text):
    plain = r"(?<![\w'’-])(?:[A-Z][\w.'’-]*[ \t]+){1,4}[A-Z][\w'’-]+"
    assert [m.span() for m in re.finditer(NAME, text)] == [m.span() for m in re.finditer(plain, text)]


@pytest.fixture(scope="module")
def attendance() -> AttendanceRules:
    names = contact_rules([], read_patterns("patterns/job_titles.jsonl"), read_lexicon("lexicons/honorifics.json"),
                          read_lexicon("lexicons/contact_words.json"))
    return attendance_rules(read_lexicon("lexicons/attendance.json"), read_lexicon("lexicons/parties.json"), names)


@pytest.mark.parametrize("head,expected", [
    ("Chair: Councillor Amy Price", ("chair", "       Councillor Amy Price")),
    ("Convener Councillor Ross Bain", ("chair", "         Councillor Ross Bain")),
    ("Vice-Chair Cllr T Odell", ("vice_chair", "           Cllr T Odell")),
    ("Mrs K Shaw", (None, "Mrs K Shaw")),
])
def test_a_role_before_the_name_is_blanked_out(attendance, head, expected):
    assert role_prefix(head, attendance) == expected


@pytest.mark.parametrize("name,expected", [
    ("Cllr Ann Jones in the Chair", ("chair", 14)),
    ("Ann Jones - in the chair", ("chair", 9)),
    ("A Jones, Vice Chair", ("vice_chair", 7)),
    ("Ann Jones", None),
    ("In the Chair", None),
])
def test_a_role_after_the_name_ends_it(attendance, name, expected):
    assert trailing_role(name, attendance) == expected


@pytest.mark.parametrize("value,expected", [
    ("Cabinet Member for Health", True), ("Leader of the Council", True), ("Head of Finance", False),
    ("Memberships Officer", False),
])
def test_a_councillors_post_in_brackets(attendance, value, expected):
    assert is_member_post(value, attendance) is expected


@pytest.mark.parametrize("line", [
    "Civic Centre, Glasgow G2 1DU. Enquiries to: Mr P. Hall", "BT1 5GS.  Contact Officer Jane Smith",
    "Enquiries to Mr P. Hall", "No label here. Just prose.", "x.\tFurther information: Ann Roe",
])
def test_a_label_inside_a_line_opens_where_it_did(rules, line):
    plain = re.compile(rules.inline_label.pattern.replace(r"[ \t](?<=[.;!?][ \t])[ \t]*", r"(?<=[.;!?])[ \t]+"),
                       re.I)
    assert plain.pattern != rules.inline_label.pattern
    fast = rules.inline_label.search(line)
    slow = plain.search(line)
    assert (fast and (fast.span(), fast.group("label"))) == (slow and (slow.span(), slow.group("label")))


@pytest.mark.parametrize("body,kept,gaps,expected", [
    ("Cllr A Lee (Chair, Lab), Cllr B Rowe and Cllr C Kaur", [], [], ["Cllr A Lee (Chair, Lab)", "Cllr B Rowe",
                                                                     "Cllr C Kaur"]),
    ("Mr T Bell\n(Audit Scotland); Ms R Fox", [], [], ["Mr T Bell\n(Audit Scotland)", "Ms R Fox"]),
    ("Jo Kent, Newry, Mourne and Down Council", [(9, 39)], [], ["Jo Kent", "Newry, Mourne and Down Council"]),
    ("Cllr A Lee      Cllr B Rowe", [], [(10, 16)], ["Cllr A Lee", "Cllr B Rowe"]),
])
def test_a_list_splits_into_its_entries(body, kept, gaps, expected):
    assert [e.text for e in split_entries(body, 0, len(body), kept, gaps)] == expected


@pytest.mark.parametrize("joiners", [r"\w-", r"\w&"])
def test_a_whole_word_pattern_finds_what_the_look_back_first_form_finds(joiners):
    rng = random.Random(joiners)
    for _ in range(3000):
        literal = "".join(rng.choice("ab-& .") for _ in range(rng.randint(0, 3)))
        text = "".join(rng.choice("ab-& .x_é") for _ in range(40))
        plain = re.compile(rf"(?<![{joiners}]){re.escape(literal)}(?![{joiners}])")
        assert [m.span() for m in whole_word(literal, joiners).finditer(text)] == [
            m.span() for m in plain.finditer(text)], (literal, text)


def test_a_whole_word_is_no_part_of_a_longer_word_or_a_hyphenated_place():
    text = "Kent, Mid-Kent, Kentish and Kent-wide; Kent"
    assert [m.start() for m in whole_word("Kent", r"\w-").finditer(text)] == [0, 39]
