"""Phone numbers found in running text and written as E.164."""

from __future__ import annotations

import pytest

from extract.normalise.phones import e164, find_phone_numbers


@pytest.mark.parametrize(
    "text,expected",
    [
        pytest.param("0116 305 7017", "+441163057017", id="county-hall-spaced"),
        pytest.param("01286 679000", "+441286679000", id="welsh-five-digit-code"),
        pytest.param("+44 (0)1224 522000", "+441224522000", id="international-with-trunk-zero"),
        pytest.param("029 2087 2000", "+442920872000", id="cardiff-three-digit-code"),
        pytest.param("0300 123 4567", "+443001234567", id="non-geographic-0300"),
        pytest.param("not a number", None, id="words"),
    ],
)
def test_e164(text, expected):
    assert e164(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        pytest.param("Tel: 01467 530000", ["01467 530000"], id="labelled"),
        pytest.param("Tel: 020 8356 3000 / 07917 123456", ["020 8356 3000", "07917 123456"], id="two-numbers-slash"),
        pytest.param("Jo Bell, Head of Legal Services (01522 552000)", ["01522 552000"], id="in-brackets"),
        pytest.param("Ffôn: 01970 633900", ["01970 633900"], id="welsh-label"),
        pytest.param("Tel: 0117 922 2000 ext 4417.", ["0117 922 2000"], id="extension-left-out"),
        pytest.param("Tel 01392 265000 Extension 2210", ["01392 265000"], id="extension-word-left-out"),
        pytest.param("Tel: 020 8489 1000 x 3321", ["020 8489 1000"], id="extension-x-left-out"),
        pytest.param("Savings of £1,234,567 over 2024/25 to 2026/27, minute 23/10.", [], id="sums-years-minutes"),
        pytest.param("The plan runs from 2008 to 2013 with 12345678901 hits.", [], id="years-and-counts"),
    ],
)
def test_find_phone_numbers_keeps_numbers_as_written(text, expected):
    found = find_phone_numbers(text)
    assert [p.text for p in found] == expected
    for phone in found:
        assert text[phone.start:phone.end] == phone.text
        assert phone.e164.startswith("+44")
