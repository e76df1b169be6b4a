"""minutes_officers in the full pipeline: officer spans, their values and the officer records built from them."""

from __future__ import annotations

import pytest

from extract.extensions import CONTACTS, OFFICERS
from tests.conftest import assert_grounded

DISTRICT_REPORT = """BRECKLAND DISTRICT COUNCIL

OVERVIEW AND SCRUTINY COMMISSION – 14 MARCH 2024

REPORT OF THE DIRECTOR OF PLACE

HOMELESSNESS STRATEGY REVIEW

1. The purpose of this report is to update Members on the homelessness strategy.

2. The Monitoring Officer has confirmed that the Commission may comment on the draft.

Background Papers and Contact:
Paula Greaves, Housing Options Manager
Tel: 01362 656870 / 07788 123456
Email: Paula.Greaves@breckland.gov.uk
"""

CARDIFF_DECISION = """CABINET DECISION NOTICE

Contact Officer: Owen Price, Operational Manager, Cardiff Council, Tel 029 2087 2000, O.Price@cardiff.gov.uk
"""

MINUTES = """MINUTES of the HEALTH SCRUTINY PANEL held on 5 June 2024

Present: Councillor Jane Doe (Chair), Councillors A. Jones and B. Patel

Officers in attendance: Karen Lloyd (Director of Public Health)

1. The Director of Public Health introduced the report and the Chief Executive of the hospital trust answered questions.
"""


def officers(extractor, text):
    records = extractor.extract_text(text, source="paper.txt")
    assert_grounded(records, text)
    return [r for r in records if r.record_type == "officer"]


def test_contact_block_two_phones_and_author(extractor):
    found = officers(extractor, DISTRICT_REPORT)
    values = [(o.name, o.job_title, o.phones, o.email, o.role) for o in found]
    assert values == [
        (None, "Director of Place", [], None, "author"),
        (None, "Monitoring Officer", [], None, "presenter"),
        ("Paula Greaves", "Housing Options Manager", ["01362 656870", "07788 123456"],
         "paula.greaves@breckland.gov.uk", "contact"),
    ]
    contact = found[-1]
    assert contact.phone == "01362 656870" and contact.phone_e164 == "+441362656870"
    assert DISTRICT_REPORT[contact.span.start:contact.span.end].startswith("Paula Greaves")


def test_one_line_block_with_organisation(extractor):
    [officer] = officers(extractor, CARDIFF_DECISION)
    assert (officer.name, officer.job_title, officer.organisation, officer.phone, officer.email) == (
        "Owen Price", "Operational Manager", "Cardiff Council", "029 2087 2000", "o.price@cardiff.gov.uk")


def test_officer_spans_link_phone_spans(nlp):
    doc = nlp(DISTRICT_REPORT)
    contact = [s for s in doc.spans[OFFICERS] if s._.officer_name][0]
    phones = [s for s in doc.spans[CONTACTS] if s.label_ == "PHONE"]
    assert contact._.officer_phones == phones
    assert contact._.officer_role == "contact"


def test_attendance_officers_and_posts_in_minutes(extractor):
    found = officers(extractor, MINUTES)
    assert [(o.name, o.job_title, o.role) for o in found] == [
        ("Karen Lloyd", "Director of Public Health", "attendee"),
    ]
    assert all("Doe" not in (o.name or "") for o in found)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Contact: Councillor Huw Thomas, Leader of the Council, Tel 029 2087 2088\n", id="councillor-contact"),
        pytest.param("The Cabinet Member for Health said the panel would meet again.\n", id="cabinet-member"),
    ],
)
def test_councillors_are_never_officers(extractor, text):
    assert officers(extractor, text) == []


def test_officer_in_attendance_and_contact_is_one_record(extractor):
    text = ("Minutes of the Cabinet\n\nOfficers present: Ian Ward (Group Director, Finance)\n\n"
            "1. The Group Director reported on the budget.\n\n"
            "Lead officer: Ian Ward, ian.ward@example.gov.uk\n")
    found = officers(extractor, text)
    assert [(o.name, o.job_title, o.email, o.role) for o in found] == [
        ("Ian Ward", "Group Director, Finance", "ian.ward@example.gov.uk", "contact"),
    ]


PARISH_MINUTES = """Minutes of the Meeting of Ashby Parva Parish Council held on 9 April 2024

Present: Cllrs P. Lowe (Chair), D. Amin and S. Holt
In attendance: Mrs J. Rees (Clerk and Responsible Financial Officer), 3 members of the public

1. Apologies. None.

Clerk: Joanna Rees, Ashby Parva Parish Council, The Old School, Main Street, Ashby Parva LE17 5HY
Tel: 01455 000123
clerk@example-pc.gov.uk
"""

WELSH_MINUTES = """Yn bresennol / Present: Y Cynghorydd Eryl Price (Cadeirydd / Chair)

Swyddogion / Officers:
G. Pugh, Prif Weithredwr / Chief Executive
N. Rees, Swyddog Democrataidd / Democratic Services Officer

Cyswllt / Contact: N. Rees, Democratic Services Officer / Swyddog Democrataidd
Ffôn / Tel: 01352 702345
"""


def test_attendee_and_contact_with_initial_are_one_record(extractor):
    found = officers(extractor, PARISH_MINUTES)
    assert [(o.name, o.job_title, o.phone, o.email, o.role) for o in found] == [
        ("Joanna Rees", "Clerk and Responsible Financial Officer", "01455 000123", "clerk@example-pc.gov.uk",
         "contact"),
    ]


def test_welsh_bilingual_minutes_keep_english_titles(extractor):
    found = officers(extractor, WELSH_MINUTES)
    assert [(o.name, o.job_title, o.phone) for o in found] == [
        ("G. Pugh", "Chief Executive", None),
        ("N. Rees", "Democratic Services Officer", "01352 702345"),
    ]


COMBINED_AUTHORITY_COVER = """Greater Manchester Combined Authority

Date:                      12 July 2024

Subject:                   Bus Franchising – Tranche 3 Update

Accountable Chief          Ruth Okafor, Managing Director, Transport for Greater Manchester
Executive:                 email: ruth.okafor@example.org.uk
                           tel: (0161) 244 0000

Accountable Employee:      Liam Hurst, Head of Bus Finance
                           email: liam.hurst@example.org.uk
                           tel: 0161 244 1111 / 07831 224466

1. The Managing Director will report progress to the Board in September.
"""


def test_combined_authority_cover_table(extractor):
    found = officers(extractor, COMBINED_AUTHORITY_COVER)
    assert [(o.name, o.job_title, o.phones, o.email, o.role) for o in found] == [
        ("Ruth Okafor", "Managing Director, Transport for Greater Manchester", ["(0161) 244 0000"],
         "ruth.okafor@example.org.uk", "author"),
        ("Liam Hurst", "Head of Bus Finance", ["0161 244 1111", "07831 224466"], "liam.hurst@example.org.uk",
         "author"),
    ]


JOINT_BOARD_MINUTES = """MINUTE of MEETING of the WEST LOTHIAN INTEGRATION JOINT BOARD held on 4 June 2024

Present:-

Members                           Role

Ann DUFFY (Chair)                 Appointed by West Lothian Council (Elected Member)
Kate ROSS                         Chief Officer
Ian BELL                          Chief Finance Officer

Officers in attendance at the request of the Chair:-

Mr P Crane (Senior Auditor)
Dr L Moyo                         Clinical Director, NHS Lothian

1. The Chief Officer introduced the annual performance report and the Chief Finance Officer
advised on the budget. The Chief Social Work Officer reported on inspections.

For any queries about this minute please contact:
Peter Crane, Senior Auditor, 01506 280000, peter.crane@example.gov.uk
"""


def test_joint_board_table_posts_and_contact_merge(extractor):
    found = officers(extractor, JOINT_BOARD_MINUTES)
    assert [(o.name, o.job_title, o.phone, o.role) for o in found] == [
        ("Kate ROSS", "Chief Officer", None, "attendee"),
        ("Ian BELL", "Chief Finance Officer", None, "attendee"),
        ("L Moyo", "Clinical Director, NHS Lothian", None, "attendee"),
        (None, "Chief Social Work Officer", None, "presenter"),
        ("Peter Crane", "Senior Auditor", "01506 280000", "contact"),
    ]


NEWS_RELEASE = """Blackpool Council – News

New library opens in Layton

Councillor Dee Hart, cabinet member for culture, said: "This is a great day for Layton."

Siobhan Reilly, chief executive of Lancashire Reading Trust, said: "We are proud to help."

"Everyone is welcome," said Graham Platt, the council's head of libraries.

Press enquiries:
Sam Kirby, Communications Officer, Blackpool Council
T: 01253 477000 | E: sam.kirby@example.gov.uk
"""


def test_news_release_quotes_and_press_contact(extractor):
    found = officers(extractor, NEWS_RELEASE)
    assert [(o.name, o.job_title, o.organisation, o.role) for o in found] == [
        ("Siobhan Reilly", "chief executive of Lancashire Reading Trust", None, "mentioned"),
        ("Graham Platt", "head of libraries", None, "mentioned"),
        ("Sam Kirby", "Communications Officer", "Blackpool Council", "contact"),
    ]
