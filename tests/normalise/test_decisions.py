"""Cutting decisions out of text: blocks, limbs, clauses, status verbs, bodies and attributes."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from extract.normalise.decisions import (
    attribute_rules,
    block_end,
    body_pattern,
    clause_bounds,
    clean_body,
    find_attributes,
    is_block_lead,
    same_body,
    split_limbs,
    status_of,
)
from tests.regex_cues import needs_a_cue

LEXICONS = Path(__file__).resolve().parents[2] / "models" / "lexicons"
STATUS = json.loads((LEXICONS / "status_verbs.json").read_text(encoding="utf-8"))
BODIES = json.loads((LEXICONS / "decision_bodies.json").read_text(encoding="utf-8"))
ATTRIBUTE_DATA = json.loads((LEXICONS / "decision_attributes.json").read_text(encoding="utf-8"))
ATTRIBUTES = {k: v for k, v in ATTRIBUTE_DATA.items() if isinstance(v, list)}
CUES = ATTRIBUTE_DATA["cues"]
STOP_LINES = re.compile(
    "|".join(
        f"(?:{p})"
        for p in json.loads((LEXICONS / "decision_layout.json").read_text(encoding="utf-8"))["stop_lines"]
    ),
    re.IGNORECASE,
)
ABBREVIATIONS = frozenset(
    json.loads((LEXICONS / "decision_layout.json").read_text(encoding="utf-8"))["abbreviations"]
)


def limbs(text: str) -> list[tuple[str | None, str]]:
    """(label, text) of each limb of a whole text."""
    return [(p.limb, text[p.start : p.end]) for p in split_limbs(text, 0, len(text))]


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "(a) That the report be noted;\n(b) That the budget be approved; and\n(c) That the item be deferred.",
            [
                ("a", "That the report be noted"),
                ("b", "That the budget be approved"),
                ("c", "That the item be deferred."),
            ],
            id="moderngov-lettered",
        ),
        pytest.param(
            "that (i) the report be noted; and (ii) the plan be endorsed.",
            [("i", "the report be noted"), ("ii", "the plan be endorsed.")],
            id="inline-roman",
        ),
        pytest.param(
            "1. To note the report.\n2. To agree the revised timetable.",
            [("1", "To note the report."), ("2", "To agree the revised timetable.")],
            id="scottish-numbered",
        ),
        pytest.param(
            "That the Council be recommended to:\n(a) approve the budget;\n(b) set the council tax.",
            [("a", "approve the budget"), ("b", "set the council tax.")],
            id="lead-in-with-colon-dropped",
        ),
        pytest.param(
            "(1) That the report be noted. (2) That the action plan be approved.",
            [("1", "That the report be noted."), ("2", "That the action plan be approved.")],
            id="cmis-inline-numbered",
        ),
        pytest.param("That the report be noted.", [(None, "That the report be noted.")], id="single"),
        pytest.param(
            "- approve the annual report;\n- note the progress made.",
            [(None, "approve the annual report"), (None, "note the progress made.")],
            id="bullets",
        ),
        pytest.param(
            "(a) That officers report back in June, with (i) costs and (ii) options;\n(b) That the report be noted.",
            [
                ("a", "That officers report back in June, with (i) costs and (ii) options"),
                ("b", "That the report be noted."),
            ],
            id="nested-labels-stay-in-limb",
        ),
        pytest.param(
            "That the application under section 73(2) be approved.",
            [(None, "That the application under section 73(2) be approved.")],
            id="section-number-not-a-limb",
        ),
        pytest.param(
            "The Committee:\n1.\tApproved the revised charges for the Park and Ride sites.\n"
            "2.\tApproved the pilot of evening parking at the Quayside car park.\n"
            "4.\tDelegated authority to the Head of Highways to make the traffic orders.\n",
            [("1", "Approved the revised charges for the Park and Ride sites."),
             ("2", "Approved the pilot of evening parking at the Quayside car park."),
             ("4", "Delegated authority to the Head of Highways to make the traffic orders.")],
            id="decision-notice-skips-a-number",
        ),
        pytest.param(
            "(1) That the report be noted. (2) That officers consult on 12 options. (9) That the plan be approved.",
            [("1", "That the report be noted."), ("2", "That officers consult on 12 options. (9) That the plan be "
                                                        "approved.")],
            id="a-far-number-is-no-limb",
        ),
    ],
)
def test_split_limbs(text, expected):
    assert limbs(text) == expected


@pytest.mark.parametrize(
    "text, expected_end",
    [
        pytest.param(
            "That the report be noted.\n\nThe meeting closed at 8pm.",
            "That the report be noted.",
            id="paragraph",
        ),
        pytest.param(
            "\n\n(a) That X be noted;\n\n(b) That Y be approved.\n\n24. Next item",
            "(b) That Y be approved.",
            id="list-across-blank-lines",
        ),
        pytest.param(
            "To approve the scheme.\nReasons for the decision:\nSafety.",
            "To approve the scheme.",
            id="stop-line",
        ),
        pytest.param(
            "1. To note the report.\n\n2. Budget Monitoring\n",
            "1. To note the report.",
            id="item-heading-stops",
        ),
    ],
)
def test_block_end(text, expected_end):
    headings = [m.start() for m in re.finditer(r"^\d+\. Budget Monitoring$", text, re.MULTILINE)]
    end = block_end(text, 0, stops=headings, stop_lines=STOP_LINES)
    assert text[:end].endswith(expected_end)
    assert expected_end in text[:end]


def test_inline_block_ends_with_its_sentence():
    text = "After debate it was RESOLVED that the report be noted. Members thanked the officers."
    start = text.index("that")
    assert text[start : block_end(text, start, inline=True)] == "that the report be noted."


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("it was RESOLVED that the minutes be signed by the Chairman, Cllr. Smith. The Clerk read a "
                     "letter.", "that the minutes be signed by the Chairman, Cllr. Smith.", id="cllr"),
        pytest.param("it was agreed to appoint Mrs. Jones as Clerk. She will start in May.",
                     "to appoint Mrs. Jones as Clerk.", id="mrs"),
        pytest.param("it was RESOLVED to pay invoice No. 2041 to Mr. T. Price. Members thanked him.",
                     "to pay invoice No. 2041 to Mr. T. Price.", id="no-and-initial"),
        pytest.param("it was agreed to buy a bench for St. Mary's churchyard. Cllr. Ward will order it.",
                     "to buy a bench for St. Mary's churchyard.", id="saint"),
    ],
)
def test_inline_block_is_not_cut_at_an_abbreviation(text, expected):
    start = text.index("that") if " that " in text else text.index("to ")
    assert text[start : block_end(text, start, inline=True, abbreviations=ABBREVIATIONS)] == expected


@pytest.mark.parametrize(
    "text, lead, expected",
    [
        pytest.param("Decision:\nTo approve the scheme.", "Decision:", True, id="decision-colon"),
        pytest.param("Decision\n\n1) To note the report.", "Decision", True, id="scottish-decision-heading"),
        pytest.param(
            "Decision Maker: Cabinet Member for Highways", "Decision", False, id="decision-maker-label"
        ),
        pytest.param("Reasons for the decision:", "decision", False, id="mid-line"),
        pytest.param("Resolved – that the minutes be approved.", "Resolved", True, id="resolved-dash"),
        pytest.param(
            "Resolved issues are listed in the appendix.", "Resolved", False, id="resolved-in-a-sentence"
        ),
    ],
)
def test_is_block_lead(text, lead, expected):
    start = text.index(lead)
    assert is_block_lead(text, start, start + len(lead)) is expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("That the report be noted.", "noted", id="be-noted"),
        pytest.param("To approve the revised terms of reference.", "approved", id="to-approve"),
        pytest.param("That the minutes be confirmed as a correct record.", "approved", id="confirmed"),
        pytest.param("That planning permission be refused.", "rejected", id="refused"),
        pytest.param("That consideration of the item be deferred.", "deferred", id="deferred"),
        pytest.param("That the matter be referred to Cabinet.", "referred", id="referred"),
        pytest.param("That the application be not approved.", "rejected", id="not-approved"),
        pytest.param(
            "That the Committee recommends to Council that the budget be approved.",
            "recommended",
            id="first-verb-wins",
        ),
        pytest.param("That the strategy be endorsed.", "endorsed", id="endorsed"),
        pytest.param("That the public be excluded from the meeting.", None, id="no-status-verb"),
    ],
)
def test_status_of(text, expected):
    assert status_of(text, STATUS["statuses"], negated=STATUS["negated"]) == expected


def test_clause_bounds_cut_at_commas_and_and_the():
    text = (
        "(i) The model had been approved by Cabinet in December 2019 and the service was due to start in April "
        "2021 but due to the pandemic the start date had been postponed until April 2022."
    )
    first = clause_bounds(text, 0, len(text), text.index("had been approved"), text.index(" by Cabinet"))
    assert text[first.start : first.end] == "The model had been approved by Cabinet in December 2019"
    second = clause_bounds(text, 0, len(text), text.index("had been postponed"), text.index(" until"))
    assert (
        text[second.start : second.end]
        == "due to the pandemic the start date had been postponed until April 2022."
    )


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "considered by the Leicestershire Together Board on 8 March",
            "Leicestershire Together Board",
            id="partnership-board",
        ),
        pytest.param("approved by Cabinet in December", "Cabinet", id="cabinet"),
        pytest.param(
            "taken by the Cabinet Member for Adult Social Care on 3 May",
            "Cabinet Member for Adult Social Care",
            id="cabinet-member",
        ),
        pytest.param("agreed by the Planning Sub-Committee", "Planning Sub-Committee", id="sub-committee"),
        pytest.param(
            "presented to district Local Strategic Partnerships", "Local Strategic Partnerships", id="plural"
        ),
    ],
)
def test_body_pattern(text, expected):
    found = body_pattern(BODIES["body_words"], BODIES["leaders"]).search(text)
    assert clean_body(found.group("body"), BODIES["lead_words"]) == expected


def test_clean_body_drops_sentence_openers():
    assert clean_body("Since Cabinet", BODIES["lead_words"]) == "Cabinet"
    assert (
        clean_body("After Leicestershire County Council", BODIES["lead_words"])
        == "Leicestershire County Council"
    )


@pytest.mark.parametrize(
    "name, committee, expected",
    [
        pytest.param("the Commission", "Scrutiny Commission", True, id="short-form"),
        pytest.param("Cabinet", "Cabinet", True, id="same"),
        pytest.param("Council", "Scrutiny Commission", False, id="other-body"),
        pytest.param("Cabinet", None, False, id="committee-unknown"),
    ],
)
def test_same_body(name, committee, expected):
    assert same_body(name, committee) is expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "Key Decision: Yes\nThis decision is subject to call-in.",
            {"key_decision": True, "subject_to_call_in": True},
            id="notice-yes",
        ),
        pytest.param(
            "Key decision: No. Call-in does not apply because the decision is urgent (urgency procedure).",
            {"key_decision": False, "subject_to_call_in": False, "urgent": True},
            id="urgent-no-call-in",
        ),
        pytest.param(
            "exempt information as defined in paragraph 3 of Part 1 of Schedule 12A to the Act",
            {"exempt_paragraph": "3"},
            id="schedule-12a",
        ),
        pytest.param("Exempt – Paragraph 5", {"exempt_paragraph": "5"}, id="exempt-heading"),
        pytest.param(
            "RECORD OF OFFICER DECISION taken under delegated powers",
            {"delegated": True},
            id="officer-decision",
        ),
        pytest.param("That the report be noted.", {}, id="nothing-stated"),
    ],
)
def test_find_attributes(text, expected):
    assert find_attributes(text, attribute_rules(ATTRIBUTES)) == expected
    assert find_attributes(text, attribute_rules(ATTRIBUTES, CUES)) == expected


@pytest.mark.parametrize("attribute", sorted(ATTRIBUTES))
def test_every_attribute_rule_needs_one_of_its_cues(attribute):
    # the cues let find_attributes skip a text; that is safe only if no rule can match without one
    assert CUES[attribute], attribute
    for rule in ATTRIBUTES[attribute]:
        assert needs_a_cue(rule["pattern"], CUES[attribute]), rule["pattern"]


@pytest.mark.parametrize("text", [
    "KEY DECISION: YES", "\u212aey decision: yes", "record of an offİcer decision", "This is not a Key Decision.",
    "Subject to Call-In", "paragraph 3 of Schedule 12A", "GENERAL EXCEPTION applies", "under Delegated Powers", "That the report be noted.",
])
def test_cues_change_no_attribute_found(text):
    ungated = find_attributes(text, attribute_rules(ATTRIBUTES))
    assert find_attributes(text, attribute_rules(ATTRIBUTES, CUES)) == ungated


@pytest.mark.parametrize(
    "text, expected_end",
    [
        pytest.param("It was APPROVED;\nThat the Committee for Housing\n\n1. Approved the plan.\n\n2. Noted the risks.\n",
                     "2. Noted the risks.", id="unpunctuated-lead-in-line-then-limbs"),
        pytest.param("to write to the police for their views. Clerk\n\n10. DONATIONS\ni) Requests were read.\n",
                     "for their views. Clerk", id="an-action-note-is-no-lead-in"),
    ],
)
def test_a_lead_in_keeps_a_block_going_only_when_it_is_one(text, expected_end):
    assert text[: block_end(text, 0)].endswith(expected_end)


STATUS_RULES = {
    "movers": frozenset(STATUS["movers"]),
    "record_phrases": re.compile("|".join(STATUS["record_phrases"]), re.IGNORECASE),
    "asides": frozenset(STATUS["asides"]),
}


@pytest.mark.parametrize(
    "clause, status",
    [
        pytest.param("Young Farmers - £100 (proposed by Cllr. Rees, seconded by Cllr. Pugh)", None, id="mover"),
        pytest.param("that the minutes of the meeting held on 3 May were a correct record", "approved",
                     id="correct-record"),
        pytest.param("The minutes of the previous meeting were agreed as accurate.", "approved", id="agreed-as-accurate"),
        pytest.param("that the scheme proposed by officers be deferred", "deferred", id="proposed-by-then-verb"),
        pytest.param("to hold a drop-in session in the spring, as proposed at the March public meeting", None,
                     id="as-proposed-is-an-aside"),
        pytest.param("a letter be sent to the health board in support of the new surgery", None,
                     id="in-support-of-is-an-aside"),
        pytest.param("to write to the police, as agreed last month, and to approve the quote", "approved",
                     id="aside-then-the-decision"),
        pytest.param("Agree to submit a bid to the Shared Prosperity Fund for the town centre", "agreed",
                     id="submitting-a-bid-is-no-referral"),
        pytest.param("to refer the petition to the Highways Committee", "referred", id="refer"),
    ],
)
def test_movers_and_minutes_records(clause, status):
    assert status_of(clause, STATUS["statuses"], negated=STATUS["negated"], **STATUS_RULES) == status
