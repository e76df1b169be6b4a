"""minutes_contacts alone: phone numbers and e-mail addresses as PHONE and EMAIL spans."""

from __future__ import annotations

import pytest

import extract.components.contacts  # noqa: F401  (registers the factory)
from extract.extensions import CONTACTS


@pytest.mark.parametrize(
    "text,expected",
    [
        pytest.param("Tel: 01286 679000\nE-bost: Gwen.Jones@gwynedd.llyw.cymru\n",
                     [("01286 679000", "PHONE", "+441286679000"), ("Gwen.Jones@gwynedd.llyw.cymru", "EMAIL", None)],
                     id="welsh-labels"),
        pytest.param("Telephone 020 8356 3000 / 07917 123456",
                     [("020 8356 3000", "PHONE", "+442083563000"), ("07917 123456", "PHONE", "+447917123456")],
                     id="two-numbers"),
        pytest.param("Email democratic.services@highland.gov.uk.",
                     [("democratic.services@highland.gov.uk", "EMAIL", None)], id="address-before-full-stop"),
        pytest.param("Resolved on 12 March 2024 (minute 23/10) to spend £1,250,000 in 2024/25.", [],
                     id="dates-sums-minutes-are-not-contacts"),
    ],
)
def test_contacts(blank_nlp, text, expected):
    blank_nlp.add_pipe("minutes_contacts")
    doc = blank_nlp(text)
    found = [(s.text, s.label_, s._.phone_e164) for s in doc.spans[CONTACTS]]
    assert found == expected
    for span in doc.spans[CONTACTS]:
        assert doc.text[span.start_char:span.end_char] == span.text


def test_region_is_a_setting(blank_nlp):
    blank_nlp.add_pipe("minutes_contacts", config={"region": "IE"})
    doc = blank_nlp("Call 01 222 2222 for the Dublin office.")
    assert [s._.phone_e164 for s in doc.spans[CONTACTS]] == ["+35312222222"]
