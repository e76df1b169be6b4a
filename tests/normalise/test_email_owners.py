"""E-mail addresses given to the officers they name, wherever a two-column layout printed them."""

from __future__ import annotations

from extract.normalise.email_owners import claim_emails_by_name, names_officer
from extract.normalise.officer_rules import OfficerFound

TWO_COLUMNS = (
    "Contact details\n"
    "Gwen Lloyd\tOwain Rees, Director of Education\n"
    "Head of Inclusion\t+443000416334\n"
    "+443000412070\towain.rees@sirgar.gov.uk\n"
    "gwen.lloyd@sirgar.gov.uk\tMair Baldwin-Price, Head of Finance\n"
    "mair.baldwin-price2@sirgar.gov.uk\n"
    "enquiries@sirgar.gov.uk\n"
)


def officer(name: str, email: str | None = None) -> OfficerFound:
    """An officer found by name, with the address it was read with, if any."""
    start = TWO_COLUMNS.index(name)
    found = OfficerFound(role="contact", rule="test", name=(start, start + len(name)), start=start,
                         end=start + len(name))
    if email:
        at = TWO_COLUMNS.index(email)
        found.email = (at, at + len(email))
    return found


def offsets(email: str) -> tuple[int, int]:
    at = TWO_COLUMNS.index(email)
    return at, at + len(email)


def test_each_officer_gets_the_address_that_names_them():
    gwen, owain, mair = officer("Gwen Lloyd", "owain.rees@sirgar.gov.uk"), officer("Owain Rees"), officer(
        "Mair Baldwin-Price", "enquiries@sirgar.gov.uk")
    emails = [offsets(e) for e in ("owain.rees@sirgar.gov.uk", "gwen.lloyd@sirgar.gov.uk",
                                   "mair.baldwin-price2@sirgar.gov.uk", "enquiries@sirgar.gov.uk")]
    claim_emails_by_name([gwen, owain, mair], emails, TWO_COLUMNS)
    held = [TWO_COLUMNS[o.email[0]:o.email[1]] if o.email else None for o in (gwen, owain, mair)]
    assert held == ["gwen.lloyd@sirgar.gov.uk", "owain.rees@sirgar.gov.uk", "mair.baldwin-price2@sirgar.gov.uk"]


def test_a_shared_or_initialled_address_names_nobody():
    gwen = officer("Gwen Lloyd")
    assert not names_officer("enquiries@sirgar.gov.uk", gwen, TWO_COLUMNS)
    assert not names_officer("g.lloyd@sirgar.gov.uk", gwen, TWO_COLUMNS)
    assert names_officer("Gwen.Lloyd@sirgar.gov.uk", gwen, TWO_COLUMNS)
