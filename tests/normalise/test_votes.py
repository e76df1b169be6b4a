"""Votes read from minutes text: counts, outcome, recorded votes and the clerk's checks."""

from __future__ import annotations

import re

import pytest

import extract.normalise.votes as votes_module
from extract.normalise.votes import CUES, parse_votes, vote_warnings
from tests.regex_cues import needs_a_cue


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "On being put to the vote the motion was carried (For 5, Against 2, Abstentions 1).",
            {"for": 5, "against": 2, "abstentions": 1, "outcome": "carried"},
            id="moderngov-counts",
        ),
        pytest.param(
            "The amendment was lost by 6 votes to 3.",
            {"for": 6, "against": 3, "outcome": "lost"},
            id="by-votes-to",
        ),
        pytest.param(
            "The recommendation was carried by seven votes to four, with two abstentions.",
            {"for": 7, "against": 4, "abstentions": 2, "outcome": "carried"},
            id="number-words",
        ),
        pytest.param(
            "Upon a vote being taken, 8 members voted for and 1 against.",
            {"for": 8, "against": 1},
            id="counts-before-words",
        ),
        pytest.param(
            "RESOLVED unanimously that the report be noted.", {"outcome": "unanimous"}, id="unanimous"
        ),
        pytest.param("The motion was agreed nem. con.", {"outcome": "unanimous"}, id="nem-con"),
        pytest.param(
            "The motion was declared carried on the Chair's casting vote.",
            {"outcome": "tied"},
            id="casting-vote",
        ),
        pytest.param("The meeting adjourned for 10 minutes.", None, id="for-ten-minutes-is-no-vote"),
        pytest.param("The Committee noted the report.", None, id="no-vote"),
    ],
)
def test_parse_votes(text, expected):
    assert parse_votes(text) == expected


def test_recorded_vote_names_and_counts():
    text = (
        "A recorded vote was taken:\n"
        "For: Councillors Ahmed, Baker and O'Neill (3)\n"
        "Against: Councillor Davies (1)\n"
        "Abstained: Councillors Evans and Ford (2)\n"
        "The motion was carried."
    )
    votes = parse_votes(text)
    assert votes == {
        "for": 3,
        "against": 1,
        "abstentions": 2,
        "outcome": "carried",
        "recorded": {
            "for": ["Ahmed", "Baker", "O'Neill"],
            "against": ["Davies"],
            "abstained": ["Evans", "Ford"],
        },
    }


def test_recorded_vote_with_sides_on_one_line():
    votes = parse_votes("For the motion: Cllrs Grant and Hughes; Against the motion: Cllr Irving.")
    assert votes["recorded"] == {"for": ["Grant", "Hughes"], "against": ["Irving"]}
    assert (votes["for"], votes["against"]) == (2, 1)


@pytest.mark.parametrize(
    "votes, present, expected",
    [
        pytest.param(
            {"for": 9, "against": 3},
            10,
            ["The vote records 12 votes cast but only 10 members are listed as present."],
            id="tally-above-present",
        ),
        pytest.param({"for": 9, "against": 3}, None, [], id="present-unknown"),
        pytest.param(
            {"outcome": "unanimous", "recorded": {"against": ["Jones"]}},
            None,
            ["The vote is recorded as unanimous but members are recorded voting against or abstaining."],
            id="unanimous-with-dissent",
        ),
        pytest.param(
            {"for": 5, "recorded": {"for": ["A", "B", "C", "D"]}},
            None,
            ["The vote records 5 for but names 4 members for."],
            id="names-short-of-count",
        ),
        pytest.param(
            {"for": 2, "against": 6, "outcome": "carried"},
            None,
            ["The motion is recorded as carried but 2 voted for and 6 against."],
            id="carried-minority",
        ),
        pytest.param({"for": 6, "against": 2, "outcome": "carried"}, 9, [], id="all-well"),
    ],
)
def test_vote_warnings(votes, present, expected):
    assert vote_warnings(votes, members_present=present) == expected


@pytest.mark.parametrize("pattern", sorted(CUES, key=lambda p: p.pattern), ids=lambda p: p.pattern[:30])
def test_every_vote_pattern_needs_one_of_its_cues(pattern):
    # parse_votes skips a pattern on a text without its cues: safe only if no match can lack them all
    assert needs_a_cue(pattern.pattern, CUES[pattern])


def test_every_pattern_parse_votes_searches_has_cues():
    searched = {value for name, value in vars(votes_module).items()
                if isinstance(value, re.Pattern) and name in {"BY_VOTES", "FOR", "FOR_BEFORE", "AGAINST",
                                                              "AGAINST_BEFORE", "ABSTAIN", "ABSTAIN_BEFORE",
                                                              "NAMED", "LOST", "TIED", "UNANIMOUS", "CARRIED"}}
    assert searched == set(CUES)


@pytest.mark.parametrize("text", [
    "The motion was CARRIED, FOR 9, AGAINST 2.", "By 6 VOTES TO 3 the amendment FELL.", "nem. con.",
    "RESOLVED unanimously", "On the casting vote of the Chair", "For: Cllrs A and B; Against: Cllr C.",
    "Abstentions: 2", "The motion was not carried", "for 10 minutes",
])
def test_cues_change_no_vote_read(text, monkeypatch):
    gated = parse_votes(text)
    monkeypatch.setattr(votes_module, "holds_a_cue", lambda lower, cues: True)
    assert parse_votes(text) == gated
