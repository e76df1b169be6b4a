"""Payees and grant recipients: the names of bodies the accounts and donations of small councils list."""

from __future__ import annotations

import pytest

import re

from extract.normalise.payees import PayeeRules, payee_names, phrase_opening
from extract.resources import read_lexicon


@pytest.fixture(scope="module")
def rules() -> PayeeRules:
    """The payee contexts of models/lexicons/payee_contexts.json."""
    return PayeeRules(read_lexicon("lexicons/payee_contexts.json"))


def names(text: str, rules: PayeeRules) -> list[str]:
    return [text[start:end] for start, end in payee_names(text, rules)]


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("It was agreed to make a donation to Llanfynydd Young Farmers Club; details awaited.\n",
                     ["Llanfynydd Young Farmers Club"], id="donation-to"),
        pytest.param("Donation requests from Sefydliad y Merched Talley, Brecon Mountain Rescue and Dyfed "
                     "Riding Group were considered.\n",
                     ["Sefydliad y Merched Talley", "Brecon Mountain Rescue", "Dyfed Riding Group"],
                     id="a-list-of-requests"),
        pytest.param("Accounts for payment:\nvi) Severn Valley Mowing Services, Grass cutting, Chq No 2041\t"
                     "£320.00\nvii) Jo Price, Clerk's salary, Chq No 2042\t£410.00\n",
                     ["Severn Valley Mowing Services", "Jo Price"], id="accounts-lines"),
        pytest.param("•\tRiver Usk Rowing Club, Abergavenny Food Bank - £50 each (proposed by Cllr Lee)\n",
                     ["River Usk Rowing Club", "Abergavenny Food Bank"], id="grants-with-amounts"),
        pytest.param("A grant to the Friends of Bailey Park for the benches.\n", ["Friends of Bailey Park"],
                     id="small-words-inside-never-at-the-end"),
        pytest.param("The Clerk paid the Insurance, Annual premium, by cheque.\nA donation to charity was "
                     "discussed.\n", [], id="no-name"),
    ],
)
def test_payee_names(rules, text, expected):
    assert names(text, rules) == expected


PHRASES = ["donation to", "donations to", "grant to", "Sponsorship of", "skate park", "on behalf of"]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("A donation to X; DONATIONS TO Y; Grant To Z.", id="any-case"),
        pytest.param("xdonation to X, _grant to Y, 3grant to Z, égrant to W", id="only-opening-a-word"),
        pytest.param("(donation to X) «grant to» —on behalf of them", id="after-punctuation"),
        pytest.param("ſkate park and ſponſorſhip of the KATE PARK", id="letters-that-fold-to-ascii"),
        pytest.param("donations to donation to grant tox", id="first-phrase-that-fits-wins"),
    ],
)
def test_phrase_opening_matches_as_a_word_bounded_alternation(text):
    plain = re.compile(r"\b(?i:" + "|".join(re.escape(p) for p in PHRASES) + ")")
    fast = re.compile(phrase_opening(PHRASES))
    assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_phrase_opening_class_holds_every_letter_that_folds_to_a_first_letter():
    letters = re.compile(phrase_opening(PHRASES).split("](", 1)[0] + "]")
    folded = re.compile("(?i:[" + "".join(sorted({p[0] for p in PHRASES})) + "])")
    found = [chr(code) for code in range(0x110000) if folded.fullmatch(chr(code))]
    assert "ſ" in found and all(letters.fullmatch(char) for char in found)
