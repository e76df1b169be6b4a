"""Printed forms of one person's name: initials against given names, the fuller form."""

from __future__ import annotations

import pytest

from extract.normalise.names import fuller_name, person_key, same_person, title_case


@pytest.mark.parametrize(
    "first,second,expected",
    [
        pytest.param("K. Dunmore", "Karen Dunmore", True, id="initial-and-name"),
        pytest.param("R.K. Patel", "Rohan Kumar Patel", True, id="two-initials"),
        pytest.param("Siân Roberts", "S Roberts", True, id="welsh-name-initial-without-dot"),
        pytest.param("A. Jones", "B. Jones", False, id="other-initial"),
        pytest.param("Alan Jones", "Alun Jones", False, id="other-given-name"),
        pytest.param("J. Smith", "J. Smyth", False, id="other-surname"),
    ],
)
def test_same_person(first, second, expected):
    assert same_person(first, second) is expected


@pytest.mark.parametrize("first,second", [
    ("K. Dunmore", "Karen Dunmore"), ("R.K. Patel", "Rohan Kumar Patel"), ("A. Jones", "B. Jones"),
    ("J. Smith", "J. Smyth"), ("Dunmore", "Dunmore"), ("Dunmore", "K. Dunmore"), ("Cher", "Madonna"),
    ("Eluned Parrott", "Parrott"), ("Mair", "Mair."),
])
def test_names_that_are_one_person_share_a_person_key(first, second):
    assert same_person(first, second) <= (person_key(first) == person_key(second))


def test_fuller_name_prefers_given_names():
    assert fuller_name("K. Dunmore", "Karen Dunmore") == "Karen Dunmore"
    assert fuller_name("Karen Dunmore", "K. Dunmore") == "Karen Dunmore"


@pytest.mark.parametrize(
    "heading,expected",
    [
        pytest.param("THE TOTAL PLACE PROJECT", "The Total Place Project", id="words"),
        pytest.param("PLANNING APPLICATION 23/02321/REM: LAND EAST OF LONDON ROAD",
                     "Planning Application 23/02321/REM: Land East of London Road", id="planning-reference"),
        pytest.param("SECTION 106 AGREEMENT, S106/2024/07", "Section 106 Agreement, S106/2024/07", id="s106"),
        pytest.param("MINUTES OF THE AGM", "Minutes of the AGM", id="known-acronym"),
        pytest.param("NHS GRAMPIAN AUDIT AND RISK COMMITTEE", "NHS Grampian Audit and Risk Committee",
                     id="acronym-without-vowels"),
        pytest.param("SUPPORT FOR SEND PUPILS (SEND)", "Support for SEND Pupils (SEND)",
                     id="acronym-in-brackets"),
        pytest.param("CCTV IN TOWN CENTRES", "CCTV in Town Centres", id="cctv"),
        pytest.param("Review of CCTV", "Review of CCTV", id="mixed-case-kept"),
        pytest.param("REPORT OF MR J JONES, ST HELENS", "Report of Mr J Jones, St Helens",
                     id="words-without-vowels"),
    ],
)
def test_title_case_keeps_references_and_acronyms(heading, expected):
    assert title_case(heading) == expected
