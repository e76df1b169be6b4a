"""Affiliations: bodies a paper names through the people who belong to them or after a phrase listing bodies."""

from __future__ import annotations

import pytest

from extract.normalise.affiliations import AffiliationRules, affiliation_names
from extract.resources import read_lexicon


@pytest.fixture(scope="module")
def rules() -> AffiliationRules:
    """The affiliation contexts of models/lexicons/affiliation_contexts.json."""
    return AffiliationRules(read_lexicon("lexicons/affiliation_contexts.json"))


def names(text: str, person: str, rules: AffiliationRules) -> list[str]:
    ends = [text.index(person) + len(person)] if person else []
    return [text[start:end] for start, end in affiliation_names(text, ends, rules)]


@pytest.mark.parametrize(
    "text, person, expected",
    [
        pytest.param("Karen Hume from Food Train Dundee’ said volunteers were needed.", "Karen Hume",
                     ["Food Train Dundee"], id="from-and-an-apostrophe"),
        pytest.param("We wrote to Paul Innes, managing director of Clyde Kayak Hire, about the slipway.",
                     "Paul Innes", ["Clyde Kayak Hire"], id="a-post-in-it"),
        pytest.param("Legal work goes to Ruth Dale of Morton and Reid of Dunfermline.", "Ruth Dale",
                     ["Morton and Reid"], id="of-opens-a-place"),
        pytest.param("Partners such as Fife Men’s Shed, Aberdour Gala and the Rotary were thanked.", "",
                     ["Fife Men’s Shed", "Aberdour Gala", "Rotary"], id="a-list-after-a-phrase"),
        pytest.param("Kirsty Lamb of the Council reported.", "Kirsty Lamb", ["Council"], id="the-dropped"),
        pytest.param("A note from the station, an officer of North FBU, was read.", "", ["North FBU"],
                     id="a-post-without-a-person"),
        pytest.param("Kirsty Lamb said the hall was booked.", "Kirsty Lamb", [], id="no-link"),
    ],
)
def test_affiliation_names(text: str, person: str, expected: list[str], rules: AffiliationRules) -> None:
    assert names(text, person, rules) == expected
