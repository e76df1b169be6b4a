"""Phone numbers found in running text and written as E.164."""

from __future__ import annotations

import random

import phonenumbers
import pytest

from extract.normalise.phones import (PhoneMention, e164, fewest_digits, find_phone_numbers, lines_to_read,
                                     phone_mention)


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


def whole_text_numbers(text: str) -> list[PhoneMention]:
    """The oracle: phonenumbers' matcher over the whole text at once, as find_phone_numbers read it before."""
    matcher = phonenumbers.PhoneNumberMatcher(text, "GB", leniency=phonenumbers.Leniency.VALID)
    return [phone_mention(match, 0) for match in matcher]


FRAGMENTS = ["Tel: ", "0116 305 7017", "(0191) 233 6161", "+44 20 7946 0000", "07917 123456", " ext 25", "2019",
             "12 March 2024", "£1,234,567", "/", " ", "Room 2.13", "-", "\n", "\n", "x", "LE3 8RA", "(", ")", "+",
             "2024/25", "Minute 23/10", "10:30", "0300 ", "123 4567", "Councillor Smith", ", ", "\r\n", "\t"]


def test_reading_line_by_line_finds_what_the_whole_text_gives():
    rng = random.Random(7)
    found = 0
    for _ in range(300):
        text = "".join(rng.choice(FRAGMENTS) for _ in range(rng.randint(5, 60)))
        oracle = whole_text_numbers(text)
        assert find_phone_numbers(text) == oracle, text
        found += len(oracle)
    assert found > 300  # the texts are full of numbers: the comparison is not of empty lists


@pytest.mark.parametrize("region", ["GB", "IE", "US"])
def test_no_example_number_has_fewer_digits_than_lines_must_hold(region):
    least = fewest_digits(region)
    for other in phonenumbers.SUPPORTED_REGIONS:
        for kind in (phonenumbers.PhoneNumberType.FIXED_LINE, phonenumbers.PhoneNumberType.MOBILE,
                     phonenumbers.PhoneNumberType.TOLL_FREE):
            example = phonenumbers.example_number_for_type(other, kind)
            if example is None:
                continue
            written = phonenumbers.format_number(example, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
            assert sum(c.isdigit() for c in written) >= least, (other, written)
            if other == region:
                national = phonenumbers.format_number(example, phonenumbers.PhoneNumberFormat.NATIONAL)
                assert sum(c.isdigit() for c in national) >= least, (other, national)


def test_a_line_with_too_few_digits_is_not_read():
    lines = lines_to_read("Tel 12345\nTel: 0116 305 7017\n", "GB")
    assert [line for _, line in lines] == ["Tel: 0116 305 7017"]


def test_the_shortest_valid_numbers_are_still_read():
    # Vienna's +43 1 110 has six digits, the fewest any country's numbers have: its line must be read
    assert [p.e164 for p in find_phone_numbers("Police (Vienna):\n+43 1 110\n")] == ["+431110"]
