"""Acronym definitions beside a long form (Schwartz-Hearst style)."""

from __future__ import annotations

import pytest

from extract.normalise.acronyms import (
    acronym_after,
    acronym_before,
    acronym_mentions,
    acronyms_by_initials,
    is_abbreviation,
    undefined_uses,
)


@pytest.mark.parametrize(
    "short, long, expected",
    [
        pytest.param("OPCC", "Office of the Police and Crime Commissioner", True, id="skips-small-words"),
        pytest.param("BLMK ICB", "Bedfordshire, Luton and Milton Keynes Integrated Care Board", True, id="two-words"),
        pytest.param("RIEP", "Regional Improvement & Efficiency Partnership", True, id="ampersand"),
        pytest.param("DfT", "Department for Transport", True, id="mixed-case"),
        pytest.param("HMICFRS", "Her Majesty's Inspectorate of Constabulary and Fire & Rescue Services", True,
                     id="long-acronym"),
        pytest.param("WMCA", "West Midlands Combined Authority", True, id="initials"),
        pytest.param("CQC", "Audit Commission", False, id="letters-missing"),
        pytest.param("ICB", "Integrated Board", False, id="one-letter-missing"),
        pytest.param("Ofsted", "Office for Standards in Education", False, id="one-capital-is-not-an-acronym"),
        pytest.param("XCC", "Worcestershire County Council", False, id="first-letter-must-open-a-word"),
    ],
)
def test_is_abbreviation(short, long, expected):
    assert is_abbreviation(short, long) is expected


def test_acronym_after_a_long_form():
    text = "The West Midlands Combined Authority (WMCA) agreed."
    end = text.index(" (")
    assert acronym_after(text, end, "West Midlands Combined Authority") == ("WMCA", 38, 42)
    assert acronym_after(text, end, "Cabinet") is None


def test_acronym_before_a_bracketed_long_form():
    text = "GLA (Greater London Authority) funding"
    start = text.index("Greater")
    assert acronym_before(text, start, "Greater London Authority") == ("GLA", 0, 3)


def test_mentions_are_whole_words_as_written():
    text = "The OPCC said OPCCs and opcc and the OPCC-led work."
    assert [text[s:e] for s, e in acronym_mentions(text, "OPCC")] == ["OPCC", "OPCC"]


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("The SEND review and SEND funding.\nNHS and ICB leads met.\n",
                     {"SEND": 2, "NHS": 1, "ICB": 1}, id="counted-in-order-of-first-use"),
        pytest.param("AGENDA ITEM FOUR\nThe WMCA agreed.\n", {"WMCA": 1},
                     id="a-line-in-capitals-is-a-heading"),
        pytest.param("Paid to Mr.ABC and A&BCD, the UK, DEFRA-led and ABCDEFG work.\n", {"DEFRA": 1},
                     id="whole-words-of-three-to-six-capitals"),
        pytest.param("Cllr Jones (KCC) spoke; KCCs are not KCC's.\u2028KCC AGREED\r\nso KCC", {"KCC": 3},
                     id="any-line-break-ends-a-line"),
    ],
)
def test_undefined_uses(text, expected):
    assert undefined_uses(text) == expected


def test_acronyms_by_initials_need_two_uses_and_one_body():
    text = "TCC gave a grant. TCC will review it. The BCC view differs; TCR was absent. TCR noted it."
    names = {"tintern-cc": "Tintern Community Council", "trellech-cr": "Trellech Community Rangers",
             "tintern-cr": "Tintern Cycle Route", "brecon-cc": "Brecon Community Council"}
    assert acronyms_by_initials(undefined_uses(text), names) == {"tintern-cc": "TCC"}
