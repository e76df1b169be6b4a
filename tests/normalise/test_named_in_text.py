"""Officers named with their post in running text (quotations, police ranks), and bodies kept in job titles."""

from __future__ import annotations

import pytest

from extract.normalise.named_in_text import find_named_in_text
from extract.normalise.officers import ContactRules, OfficerFound, iter_values
from extract.normalise.title_bodies import keep_bodies_in_titles


def named(text: str, rules: ContactRules) -> list[tuple]:
    """(name, job title, organisation) of every officer named in the running text."""
    return [tuple(dict(iter_values(o, text)).values()) for o in find_named_in_text(text, rules)]


@pytest.mark.parametrize(
    "text,expected",
    [
        pytest.param('Dr Nia Jones, director of public health for Cardiff and Vale, said: "Book early."\n',
                     [("Nia Jones", "director of public health for Cardiff and Vale", None)], id="name-post-said"),
        pytest.param('"The park will reopen in May," said Mark Evans, the council\'s head of parks.\n',
                     [("Mark Evans", "head of parks", None)], id="said-name-post-owner-dropped"),
        pytest.param("Ann Lee, Chief Executive of Age UK Leeds, added: “We are delighted.”\n",
                     [("Ann Lee", "Chief Executive of Age UK Leeds", None)], id="capitalised-post-added"),
        pytest.param("The update from Sgt Ria Hale, Police Scotland, was noted.\n",
                     [("Ria Hale", "Sgt, Police Scotland", "Police Scotland")], id="rank-and-force"),
        pytest.param("Inspector Dave Kirk gave an update on antisocial behaviour.\n",
                     [("Dave Kirk", "Inspector", None)], id="rank-alone"),
        pytest.param("Cllr Ames will call Sergeant Hale about patrols in the valley.\n",
                     [("Hale", "Sergeant", None)], id="rank-and-surname"),
        pytest.param("P.C.S.O. Louise Lewin joined the meeting and gave her report.\n",
                     [("Louise Lewin", "P.C.S.O", None)], id="rank-with-full-stops"),
        pytest.param("Priya Das, director of the Canal & River Trust, which owns the towpath, said: \"Come along.\"\n",
                     [("Priya Das", "director of the Canal & River Trust", None)], id="a-clause-before-said"),
        pytest.param("Owen Tate, Head of Museums, who led the bid over two\nyears, added: “It is a proud day.”\n",
                     [("Owen Tate", "Head of Museums", None)], id="a-clause-over-a-line-before-added"),
    ],
)
def test_officers_named_in_running_text(rules, text, expected):
    assert named(text, rules) == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Councillor Jo Watts, cabinet member for housing, said: “This is good news.”\n",
                     id="a-quoted-councillor-is-a-member"),
        pytest.param("Sarah Green, a local resident, said the path was often flooded.\n", id="resident"),
        pytest.param("Tom Price, who chairs the friends group, said they would help.\n", id="clause-not-post"),
        pytest.param("The Inspector agreed with the Council.\n", id="rank-without-a-name"),
        pytest.param("The laptop came from PC World in the retail park.\n", id="acronym-rank-and-one-word"),
    ],
)
def test_no_officer_named_in(rules, text):
    assert named(text, rules) == []


@pytest.mark.parametrize(
    "text,role,expected",
    [
        pytest.param("Ruth Kerr, Audit Manager, KPMG LLP", "attendee", "Audit Manager, KPMG LLP",
                     id="attendance-outside-body"),
        pytest.param("Ben Ode, Committee Officer, Leeds City Council", "attendee",
                     "Committee Officer, Leeds City Council", id="attendance-council"),
        pytest.param("Ffion Hart, Head of Integration, NHS Dorset", "contact", "Head of Integration, NHS Dorset",
                     id="contact-outside-body"),
        pytest.param("Tom Hart, Committee Officer, Torfaen County Borough Council", "contact", "Committee Officer",
                     id="contact-council-is-the-employer"),
    ],
)
def test_body_printed_after_the_title(rules, text, role, expected):
    title_at = text.index(",") + 2
    body_at = text.index(",", title_at) + 2
    officer = OfficerFound(role=role, rule="test", name=(0, title_at - 2), job_title=(title_at, body_at - 2),
                           organisation=(body_at, len(text)))
    keep_bodies_in_titles([officer], text, rules)
    assert dict(iter_values(officer, text))["job_title"] == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        pytest.param("iv) Mrs S. Pritchard, Clerk’s Salary February 2021 and Expenses, Chq No 1201\t£436.63\n",
                     [("S. Pritchard", "Clerk", None)], id="clerk-salary-welsh-community-council"),
        pytest.param("7. Mr Alan Morgan, Caretaker's April wages, BACS\t£120.00\n",
                     [("Alan Morgan", "Caretaker", None)], id="caretaker-wages"),
        pytest.param("Payments: Jo Blake, Clerk/RFO's expenses (postage) £12.40; HMRC, PAYE £85.00\n",
                     [("Jo Blake", "Clerk/RFO", None)], id="clerk-rfo-expenses"),
    ],
)
def test_the_person_paid_as_a_post_in_parish_accounts_is_its_officer(rules, text, expected):
    assert named(text, rules) == expected


@pytest.mark.parametrize(
    "text",
    [
        "iii) Cllr. Gwyn Rees, Chairman's allowance 2021, Chq No 1204\t£100.00\n",
        "v) Dyfed Hire Ltd, Hall Hire, Chq No 1203\t£40.00\n",
        "The Clerk's salary was reviewed against the national pay scales.\n",
    ],
)
def test_no_officer_paid_in(rules, text):
    assert named(text, rules) == []
