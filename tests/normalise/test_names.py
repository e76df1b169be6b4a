"""Printed forms of one person's name: initials against given names, the fuller form."""

from __future__ import annotations

import pytest

from extract.normalise.names import fuller_name, same_person


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


def test_fuller_name_prefers_given_names():
    assert fuller_name("K. Dunmore", "Karen Dunmore") == "Karen Dunmore"
    assert fuller_name("Karen Dunmore", "K. Dunmore") == "Karen Dunmore"
