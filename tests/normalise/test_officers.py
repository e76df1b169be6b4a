"""Contact blocks, the report's author and posts in running text, read without a pipeline."""

from __future__ import annotations

import pytest

from extract.normalise.block_openings import Line
from extract.normalise.contact_blocks import LinesFrom
from extract.normalise.contacts import find_emails
from extract.normalise.officers import (
    ContactRules,
    author_posts,
    english_half,
    find_contact_officers,
    find_post_mentions,
    iter_values,
    looks_like_name,
    looks_like_title,
    merge_officers,
)
from extract.normalise.phones import find_phone_numbers


def contacts(text: str, rules: ContactRules) -> list[dict]:
    """The officers of every contact block in text, as plain values."""
    phones = [(p.start, p.end) for p in find_phone_numbers(text)]
    found = find_contact_officers(text, phones, find_emails(text), rules)
    out = []
    for officer in found:
        values = dict(iter_values(officer, text))
        values["phones"] = [text[a:b] for a, b in officer.phones]
        values["email"] = text[officer.email[0]:officer.email[1]] if officer.email else None
        values["role"] = officer.role
        assert 0 <= officer.start < officer.end <= len(text)
        out.append(values)
    return out


ONE_LINE = (
    "Contact Officer: Jane Smith, Head of Democratic Services, Tel 01234 567890, jane.smith@example.gov.uk\n"
)
WELSH = """Swyddog Cyswllt / Contact Officer:
Dafydd Rhys, Pennaeth Gwasanaethau Democrataidd, Cyngor Sir Ceredigion
Ffôn: 01545 570881
E-bost: Dafydd.Rhys@ceredigion.gov.uk
"""
SCOTTISH = """Person to Contact:
Morag MacLeod, Service Manager (Early Years)
Highland Council
Tel: 01463 702000
Email: morag.macleod@highland.gov.uk
"""
TWO_OFFICERS = """Officers to Contact

Priya Shah, Strategic Finance Manager
Tel: 0113 378 1234
Email: priya.shah@example.gov.uk

Tom Hart
Senior Solicitor
Tel: 0113 378 5678
Email: tom.hart@example.gov.uk

Equality Implications
None arising from this report.
"""
TWO_PHONES = """Contact officer: Alan Reed, Flood Risk Engineer
Tel: 020 8356 3000 / 07917 123456
Email: alan.reed@example.gov.uk
"""
ROLE_LINES = """Contact
Project lead: Ruth Barker, Director, Centre for Rural Policy
email: r.barker@example.ac.uk
telephone: 01603 456789
Finance lead: Owen Price, Head of Finance
email: oprice@example.gov.uk
telephone: 029 2087 2000
Category: pilot
"""
RUN_TOGETHER = (
    "Contact officers: Jo Bell, Head of Legal Services (01522 552000); "
    "Sam Kerr, Policy Officer (01522 553000)\n"
)


@pytest.mark.parametrize(
    "text,expected",
    [
        pytest.param(ONE_LINE, [("Jane Smith", "Head of Democratic Services", None, ["01234 567890"],
                                 "jane.smith@example.gov.uk")], id="one-line-block"),
        pytest.param(WELSH, [("Dafydd Rhys", "Pennaeth Gwasanaethau Democrataidd", "Cyngor Sir Ceredigion",
                              ["01545 570881"], "Dafydd.Rhys@ceredigion.gov.uk")], id="welsh-bilingual-block"),
        pytest.param(SCOTTISH, [("Morag MacLeod", "Service Manager (Early Years)", "Highland Council",
                                 ["01463 702000"], "morag.macleod@highland.gov.uk")], id="scottish-block-org-line"),
        pytest.param(TWO_OFFICERS, [
            ("Priya Shah", "Strategic Finance Manager", None, ["0113 378 1234"], "priya.shah@example.gov.uk"),
            ("Tom Hart", "Senior Solicitor", None, ["0113 378 5678"], "tom.hart@example.gov.uk"),
        ], id="two-officers-heading-after"),
        pytest.param(TWO_PHONES, [("Alan Reed", "Flood Risk Engineer", None, ["020 8356 3000", "07917 123456"],
                                   "alan.reed@example.gov.uk")], id="two-phone-numbers"),
        pytest.param(ROLE_LINES, [
            ("Ruth Barker", "Director, Centre for Rural Policy", None, ["01603 456789"], "r.barker@example.ac.uk"),
            ("Owen Price", "Head of Finance", None, ["029 2087 2000"], "oprice@example.gov.uk"),
        ], id="role-prefixed-lines"),
        pytest.param(RUN_TOGETHER, [
            ("Jo Bell", "Head of Legal Services", None, ["01522 552000"], None),
            ("Sam Kerr", "Policy Officer", None, ["01522 553000"], None),
        ], id="two-officers-one-line"),
        pytest.param("For further information please contact Lee Chan on 01904 551550 or email lee.chan@example.gov.uk\n",
                     [("Lee Chan", None, None, ["01904 551550"], "lee.chan@example.gov.uk")], id="sentence-style"),
        pytest.param("Report author: Gemma Hughes\nJob title: Principal Accountant\nTelephone: 01824 706000\n",
                     [("Gemma Hughes", "Principal Accountant", None, ["01824 706000"], None)], id="labelled-fields"),
        pytest.param("Lead officer: Head of Planning and Regeneration\n",
                     [(None, "Head of Planning and Regeneration", None, [], None)], id="post-only"),
        pytest.param("Report of: Director of Place\nTitle: Land at Mill Lane, Hightown\nWard(s): Hightown\n",
                     [(None, "Director of Place", None, [], None)], id="report-of-then-the-report-title"),
        pytest.param("Report of: Head of Finance\nTitle: Treasury Management Outturn 2023/24\n",
                     [(None, "Head of Finance", None, [], None)], id="report-of-then-a-title-with-years"),
        pytest.param("Report author: Ewa Nowak\nTitle: Senior Planning Officer\nTel: 01792 636000\n",
                     [("Ewa Nowak", "Senior Planning Officer", None, ["01792 636000"], None)],
                     id="title-label-for-the-job-title"),
    ],
)
def test_contact_blocks(rules, text, expected):
    found = contacts(text, rules)
    assert [(o["name"], o["job_title"], o["organisation"], o["phones"], o["email"]) for o in found] == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Contact Centre performance improved over the year.\n", id="prose-after-label-word"),
        pytest.param("Contact:\nCouncillor Jane Doe, Cabinet Member for Housing\nTel: 01234 567890\n", id="councillor"),
        pytest.param("Contact\n\nFinancial Implications\nThe costs are met from reserves.\n", id="heading-not-name"),
    ],
)
def test_no_officer_from(rules, text):
    assert [o for o in contacts(text, rules) if o["name"] or o["job_title"]] == []


def test_report_author_block_has_role_author(rules):
    found = contacts("Report Author: Nia Jenkins, Policy Officer, Tel: 01492 574000\n", rules)
    assert [(o["name"], o["role"]) for o in found] == [("Nia Jenkins", "author")]


def test_phone_numbers_and_emails_are_never_names(rules):
    text = "Contact:\n01234 567890\njane.smith@example.gov.uk\n"
    assert all(o["name"] is None for o in contacts(text, rules))


@pytest.mark.parametrize(
    "text,expected",
    [
        pytest.param("Jane Smith", True, id="first-last"),
        pytest.param("J. R. Hartley", True, id="initials"),
        pytest.param("Siân O'Neill-Jones", True, id="welsh-diacritic-hyphen"),
        pytest.param("Gwenllïan McAllister", True, id="diaeresis-mc"),
        pytest.param("Rhys ap Gwyn", True, id="welsh-particle"),
        pytest.param("List of Appendices", False, id="heading"),
        pytest.param("Equality Implications", False, id="heading-two-words"),
        pytest.param("Head of Finance", False, id="job-title"),
        pytest.param("0116 305 7017", False, id="phone"),
    ],
)
def test_looks_like_name(rules, text, expected):
    assert looks_like_name(text, rules) is expected


@pytest.mark.parametrize(
    "text,expected",
    [
        pytest.param("Team Leader, Performance & Improvement", True, id="two-part"),
        pytest.param("OD Manager", True, id="acronym"),
        pytest.param("Section 151 Officer", True, id="section-151"),
        pytest.param("Cabinet Member for Health", False, id="councillor-post"),
        pytest.param("Centre performance improved and the officer said so", False, id="prose"),
    ],
)
def test_looks_like_title(rules, text, expected):
    assert looks_like_title(text, rules) is expected


@pytest.mark.parametrize(
    "text,post,expected",
    [
        pytest.param("REPORT OF THE CHIEF EXECUTIVE", "Chief Executive", ["Chief Executive"], id="one-post"),
        pytest.param("REPORT OF THE HEAD OF FINANCE AND MONITORING OFFICER", "Head of Finance and Monitoring Officer",
                     ["Head of Finance", "Monitoring Officer"], id="two-posts-joined"),
    ],
)
def test_author_posts(rules, text, post, expected):
    start = text.index(post.upper())
    found = author_posts(post, start, text, rules)
    assert [dict(iter_values(o, text))["job_title"] for o in found] == expected
    assert all(o.role == "author" and o.name is None for o in found)


@pytest.mark.parametrize(
    "text,expected",
    [
        pytest.param("The Director of Public Health informed the Committee that rates had fallen.",
                     [("Director of Public Health", "presenter")], id="presenter-verb"),
        pytest.param("The Panel considered a report of the Monitoring Officer on the code of conduct.",
                     [("Monitoring Officer", "author")], id="report-of"),
        pytest.param("A presentation was given by the Chief Fire Officer.", [("Chief Fire Officer", "presenter")],
                     id="presentation-by"),
        pytest.param("The Deputy Chief Executive will write to the Secretary of State.",
                     [("Deputy Chief Executive", "mentioned")], id="longest-post"),
        pytest.param("The Corporate Director of Place and Economy attended.",
                     [("Corporate Director of Place and Economy", "mentioned")], id="director-of-extended"),
        pytest.param("Members thanked the officers and the director for their work.", [], id="no-listed-post"),
        pytest.param("The Chief Executive's Department will reply.", [], id="department-not-post"),
        pytest.param("The Chief Executive of the hospital trust answered questions.", [], id="another-bodys-post"),
    ],
)
def test_post_mentions(rules, text, expected):
    found = find_post_mentions(text, rules)
    assert [(dict(iter_values(o, text))["job_title"], o.role) for o in found] == expected


def test_merge_keeps_each_post_once_and_drops_posts_held_by_named_officers(rules):
    text = ("The Director of Public Health said the Director of Public Health would reply. "
            "The Head of Finance agreed.\n\nContact Officer: Ann Lowe, Head of Finance, Tel 01234 567890\n")
    named = find_contact_officers(text, [(p.start, p.end) for p in find_phone_numbers(text)], [], rules)
    merged = merge_officers(named, find_post_mentions(text, rules), text)
    values = [(dict(iter_values(o, text))["name"], dict(iter_values(o, text))["job_title"], o.role) for o in merged]
    assert values == [(None, "Director of Public Health", "presenter"), ("Ann Lowe", "Head of Finance", "contact")]


def test_post_written_before_the_name_is_the_job_title(rules):
    found = contacts("Contact\nHead of Planning: Ruth Lowe\nTel: 01392 265700\n", rules)
    assert [(o["name"], o["job_title"], o["phones"]) for o in found] == [("Ruth Lowe", "Head of Planning", ["01392 265700"])]


def test_enquiries_to_with_bracketed_phone(rules):
    found = contacts("Enquiries to: Carys Morgan (Tel: 01656 643148)\n", rules)
    assert [(o["name"], o["phones"]) for o in found] == [("Carys Morgan", ["01656 643148"])]


def test_bare_name_on_the_label_line_is_the_contact(rules):
    found = contacts("Report Author: J Smith\nDate: 12 March 2024\n", rules)
    assert [(o["name"], o["role"]) for o in found] == [("J Smith", "author")]


def test_an_initial_is_not_a_field_label(rules):
    found = contacts("Contact officers:\nE Fraser, Head of Finance\nT: 01463 702000\nE: e.fraser@example.gov.uk\n", rules)
    assert [(o["name"], o["phones"], o["email"]) for o in found] == [
        ("E Fraser", ["01463 702000"], "e.fraser@example.gov.uk"),
    ]


COVER_TABLE = """Report to:                 Housing Scrutiny Panel

Accountable                Helen Croft, Director of Housing
Director:                  email: helen.croft@example.gov.uk
                           tel: 01902 550000

Report author:             Sam Ode, Housing Strategy Officer
                           tel: 01902 551111 / 07723 456789
"""
SCOTTISH_INLINE = (
    "Governance Team, City Chambers, Glasgow G2 1DU. For further information contact Mr J. Reid, "
    "Committee Officer, on 0141 287 0000 or james.reid@example.gov.uk\n"
)
SIGNED_OFF = """Monitoring Officer
Ruth Kelly, Assistant Director (Legal)
14 March 2024
"""
SHARED = """Contact officers: Amy Low and Raj Dev, Committee Administrators
Tel: 01392 000001 (Amy) or 01392 000002 (Raj)
Email: committees@example.gov.uk
"""
WELSH_BILINGUAL = """Cyswllt / Contact: Elin Morgan, Swyddog Democrataidd / Democratic Services Officer
Ffôn / Tel: 01352 702345
E-bost / Email: elin.morgan@example.gov.uk
"""
BLOCK_THEN_SERVICE = """Contact officers:

Jo Reed, Finance Manager
Tel: 01604 000000

General enquiries: Customer Services, County Hall, Northampton NN1 1ED – 0300 000 0000
"""
ADDRESS_AFTER_ORG = ("Contact: Iain Ross, Committee Officer, Highland Council, Glenurquhart Road, Inverness IV3 5NX. "
                     "Tel: 01463 702000. Email: iain.ross@example.gov.uk\n")
ADDRESS_LINE_FIRST = """Enquiries:
Planning Service, Civic Offices, 1 Market Street, Exeter EX1 1AA
Liam Ford, Senior Planning Officer – 01392 265000 – planning@example.gov.uk
"""
PARISH_CLERK = """Parish Clerk: Gemma Price, Youlgreave Parish Council, The Old Hall, Church Street, Youlgreave DE45 1UR
Tel: 01629 000111 (Mon–Wed) / 07831 224466
clerk@example-pc.gov.uk
"""


@pytest.mark.parametrize(
    "text,expected",
    [
        pytest.param(COVER_TABLE, [
            ("Helen Croft", "Director of Housing", None, ["01902 550000"], "helen.croft@example.gov.uk"),
            ("Sam Ode", "Housing Strategy Officer", None, ["01902 551111", "07723 456789"], None),
        ], id="cover-table-wrapped-label-and-two-phones"),
        pytest.param(SCOTTISH_INLINE, [("J. Reid", "Committee Officer", None, ["0141 287 0000"],
                                        "james.reid@example.gov.uk")], id="scottish-label-after-full-stop"),
        pytest.param(SIGNED_OFF, [("Ruth Kelly", "Assistant Director (Legal)", None, [], None)],
                     id="post-line-over-signature"),
        pytest.param(SHARED, [
            ("Amy Low", "Committee Administrator", None, ["01392 000001"], "committees@example.gov.uk"),
            ("Raj Dev", "Committee Administrator", None, ["01392 000002"], "committees@example.gov.uk"),
        ], id="two-officers-sharing-a-title-and-mailbox"),
        pytest.param(WELSH_BILINGUAL, [("Elin Morgan", "Swyddog Democrataidd / Democratic Services Officer", None,
                                        ["01352 702345"], "elin.morgan@example.gov.uk")],
                     id="welsh-bilingual-labels"),
        pytest.param(BLOCK_THEN_SERVICE, [("Jo Reed", "Finance Manager", None, ["01604 000000"], None)],
                     id="block-ends-at-a-service-after-a-blank-line"),
        pytest.param(ADDRESS_AFTER_ORG, [("Iain Ross", "Committee Officer", "Highland Council", ["01463 702000"],
                                          "iain.ross@example.gov.uk")], id="one-line-with-address"),
        pytest.param(ADDRESS_LINE_FIRST, [("Liam Ford", "Senior Planning Officer", None, ["01392 265000"],
                                           "planning@example.gov.uk")], id="address-line-before-the-officer"),
        pytest.param(PARISH_CLERK, [("Gemma Price", "Parish Clerk", "Youlgreave Parish Council",
                                     ["01629 000111", "07831 224466"], "clerk@example-pc.gov.uk")],
                     id="post-as-label-parish-clerk"),
    ],
)
def test_more_contact_block_layouts(rules, text, expected):
    found = contacts(text, rules)
    assert [(o["name"], o["job_title"], o["organisation"], o["phones"], o["email"]) for o in found] == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Head of Finance\nThe budget was approved without amendment.\n", id="post-heading-then-prose"),
        pytest.param("Officers:\nM. Hale, Chief Officer (Finance)\n", id="attendance-line-is-not-a-post-label"),
        pytest.param("Chair: Councillor Ann Bright\nTel: 01234 567890\n", id="councillor-under-a-post"),
        pytest.param("REPORT OF THE DIRECTOR OF PLACE\n\nPurpose of the report\n", id="report-of-heading"),
    ],
)
def test_no_contact_officer_from(rules, text):
    assert [o for o in contacts(text, rules) if o["name"]] == []


@pytest.mark.parametrize(
    "title,expected",
    [
        pytest.param("Swyddog Monitro / Monitoring Officer", "Monitoring Officer", id="welsh-first"),
        pytest.param("Head of Finance / Pennaeth Cyllid", "Head of Finance", id="english-first"),
        pytest.param("City Solicitor/Director of Legal Services", "City Solicitor/Director of Legal Services",
                     id="two-english-posts-kept"),
    ],
)
def test_english_half_of_a_bilingual_title(rules, title, expected):
    text = f"Name, {title}"
    start = text.index(title)
    a, b = english_half(title, start, rules)
    assert text[a:b] == expected


def test_name_dash_title_lines_do_not_open_blocks(rules):
    text = "Officers in attendance\nLiz Hart - Director of Public Health\nOmar Said - Committee Clerk\n"
    assert contacts(text, rules) == []


@pytest.mark.parametrize(
    "text,expected",
    [
        pytest.param("Authority is delegated to the Executive Director for Housing, Health and Care, in consultation "
                     "with the Leader.", [("Executive Director for Housing, Health and Care", "mentioned")],
                     id="director-for-a-list-of-services"),
        pytest.param("The Corporate Director of Transport for Greater Manchester reported on the bus network.",
                     [("Corporate Director of Transport for Greater Manchester", "presenter")],
                     id="director-of-a-body-named-with-for"),
        pytest.param("The matter was discussed with the corporate director for adults and health on 3 May.", [],
                     id="lower-case-remit-left-out"),
        pytest.param("The Director of Place, Councillor Ahmed and the Chair met residents.",
                     [("Director of Place", "mentioned")], id="councillor-after-a-comma-not-the-remit"),
    ],
)
def test_post_mentions_with_a_remit(rules, text, expected):
    found = find_post_mentions(text, rules)
    assert [(dict(iter_values(o, text))["job_title"], o.role) for o in found] == expected


SCOTTISH_AUTHOR_TABLE = """Author(s)
Name                Designation                 Contact Details
Ewan Wallace        Head of Roads               01467 530000, ewan.wallace@example.gov.uk
"""
LEAD_OFFICERS = """Lead Officer(s):         Jan Ross, Corporate Director – Adult Social Care
                         Tel: 01305 224000
                         Email: jan.ross@example.gov.uk

Report author:           Kay Lamb, Service Manager, tel 01305 225000 or 07831 224466,
                         kay.lamb@example.gov.uk

Contact: Committee Services, 01305 000000, committees@example.gov.uk
"""
WELSH_AUTHOR = """Awdur / Author: Siôn Pryce, Pennaeth Cyllid / Head of Finance
Ffôn / Tel: 01824 706000
E-bost / Email: sion.pryce@example.gov.uk

Swyddog Arweiniol / Lead Officer: Chief Executive
"""
DECISION_NOTICE = """Officer Decision Notice
Decision maker: Ruth Ahmed, Assistant Director (Housing)
"""
INTERNATIONAL_FORM = "Report Contact Officer(s): Mark Cole, Principal Planning Officer, Tel: +44 (0)28 9032 0202\n"


@pytest.mark.parametrize(
    "text,expected",
    [
        pytest.param(SCOTTISH_AUTHOR_TABLE, [("Ewan Wallace", "Head of Roads", ["01467 530000"],
                                              "ewan.wallace@example.gov.uk", "author")], id="scottish-author-table"),
        pytest.param(LEAD_OFFICERS, [
            ("Jan Ross", "Corporate Director – Adult Social Care", ["01305 224000"], "jan.ross@example.gov.uk",
             "contact"),
            ("Kay Lamb", "Service Manager", ["01305 225000", "07831 224466"], "kay.lamb@example.gov.uk", "author"),
        ], id="county-cover-two-phones-and-a-team-mailbox"),
        pytest.param(WELSH_AUTHOR, [
            ("Siôn Pryce", "Pennaeth Cyllid / Head of Finance", ["01824 706000"], "sion.pryce@example.gov.uk",
             "author"),
            (None, "Chief Executive", [], None, "contact"),
        ], id="welsh-author-and-lead-officer"),
        pytest.param(DECISION_NOTICE, [("Ruth Ahmed", "Assistant Director (Housing)", [], None, "author")],
                     id="decision-maker-under-a-heading"),
        pytest.param(INTERNATIONAL_FORM, [("Mark Cole", "Principal Planning Officer", ["+44 (0)28 9032 0202"],
                                           None, "contact")], id="plus-44-with-zero-in-brackets"),
    ],
)
def test_cover_sheet_labels(rules, text, expected):
    found = contacts(text, rules)
    assert [(o["name"], o["job_title"], o["phones"], o["email"], o["role"]) for o in found] == expected


SUMMONS = """Dear Councillor,

You are summoned to attend a meeting of the Standards Committee.

Yours faithfully,



Rhodri Vaughan
Head of Legal and Democratic Services

AGENDA
"""
NEWS_CONTACT = """ENDS

Press enquiries:
Owain Hughes, Media Officer, Conwy County Borough Council
T: 01492 576000 | E: owain.hughes@example.gov.uk
"""
QUERIES_LEAD = """The meeting closed at 8.05pm.

If you have any questions about these minutes please contact:
Meera Shah, Governance Officer, 0113 378 0000, meera.shah@example.gov.uk
"""
POST_THEN_HOLDER = """Decision taken by:   Corporate Director of Place, Planning and Regulation (Anne Howe)
Date of decision:    3 June 2024
"""
COMMUNITY_CLERK = """Clerc / Clerk: Mrs Ann Parry, Ty Newydd, Bontnewydd, Caernarfon LL54 7UN
Ffôn / Tel: 01286 830000
"""
BODY_THEN_ADDRESS = """Contact officer:
Ffion Lloyd, Waste Strategy Manager
Powys County Council, County Hall, Spa Road East, Llandrindod Wells LD1 5LG
Tel: 01597 826000
"""
PLURAL_LABEL = """Report Originator(s):   Kerry Dunn, Economic Development Manager
                        Tel: 01945 000111   Email: kdunn@example.gov.uk
Responsible Officer(s): Neil Sharp, Head of Growth
"""


@pytest.mark.parametrize(
    "text,expected",
    [
        pytest.param(SUMMONS, [("Rhodri Vaughan", "Head of Legal and Democratic Services", None, [], None)],
                     id="letter-signed-after-yours-faithfully"),
        pytest.param(NEWS_CONTACT, [("Owain Hughes", "Media Officer", "Conwy County Borough Council",
                                     ["01492 576000"], "owain.hughes@example.gov.uk")], id="press-enquiries"),
        pytest.param(QUERIES_LEAD, [("Meera Shah", "Governance Officer", None, ["0113 378 0000"],
                                     "meera.shah@example.gov.uk")], id="sentence-ending-please-contact"),
        pytest.param(POST_THEN_HOLDER, [("Anne Howe", "Corporate Director of Place, Planning and Regulation", None,
                                         [], None)], id="post-with-its-holder-in-brackets"),
        pytest.param(COMMUNITY_CLERK, [("Ann Parry", "Clerc / Clerk", None, ["01286 830000"], None)],
                     id="house-name-and-village-are-no-title"),
        pytest.param(BODY_THEN_ADDRESS, [("Ffion Lloyd", "Waste Strategy Manager", "Powys County Council",
                                          ["01597 826000"], None)], id="body-before-the-address-on-its-line"),
        pytest.param(PLURAL_LABEL, [("Kerry Dunn", "Economic Development Manager", None, ["01945 000111"],
                                     "kdunn@example.gov.uk"), ("Neil Sharp", "Head of Growth", None, [], None)],
                     id="labels-with-plural-s"),
    ],
)
def test_contact_labels_of_letters_releases_and_notices(rules, text, expected):
    found = contacts(text, rules)
    assert [(o["name"], o["job_title"], o["organisation"], o["phones"], o["email"]) for o in found] == expected


def test_a_known_body_with_commas_is_one_organisation(rules):
    text = ("Contact: Ms J Quinn, Democratic Services Officer, Armagh City, Banbridge and Craigavon Borough\n"
            "Council, The Palace, Armagh BT61 9DA. Tel: 028 3831 2400\n")
    start = text.index("Armagh City")
    body = (start, text.index(", The Palace"))
    phones = [(p.start, p.end) for p in find_phone_numbers(text)]
    [quinn] = find_contact_officers(text, phones, [], rules, organisations=[body])
    values = dict(iter_values(quinn, text))
    assert values["job_title"] == "Democratic Services Officer"
    assert values["organisation"] == "Armagh City, Banbridge and Craigavon Borough Council"


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Jane EVANS                Chief Finance Officer\nTom REID                  Chief Officer\n",
                     id="two-column-attendance-row-is-no-post-label"),
        pytest.param("Residents who need help can contact:\nCitizens Advice Gwynedd\n", id="lead-line-without-a-person"),
    ],
)
def test_no_contact_officer_from_layouts(rules, text):
    assert [o for o in contacts(text, rules) if o["name"]] == []


FORWARD_PLAN = """Ref   Decision                          Decision taker     Date due     Contact officer
---------------------------------------------------------------------------------------------
FP41  Library Service Strategy          Cabinet            12/06/2025   Megan Price,
      2025-2030                                                         Head of Libraries and
                                                                        Heritage
                                                                        01597 826000
FP44  Disposal of the former depot,     Cabinet Member     By           Owain Bevan,
      Station Road                      for Assets         30/06/2025   Senior Estates
                                                                        Surveyor
                                                                        owain.bevan@example.gov.uk
---------------------------------------------------------------------------------------------
"""
SIGNED_AGENDA = """                                              R. Okafor
                                              Director of Legal and Democratic Services
                                              Town Hall
                                              Rotherham
"""
SIGNED_REPORT = """The proposal meets the Authority's equality duty.

Helen Marsh
Chief Executive
Peak District National Park Authority

Contact Officer: Joe Bain, Rights of Way Officer, Tel: 01629 816200
"""


@pytest.mark.parametrize(
    "text,expected",
    [
        pytest.param(FORWARD_PLAN, [
            ("Megan Price", "Head of Libraries and Heritage", None, ["01597 826000"], None, "contact"),
            ("Owain Bevan", "Senior Estates Surveyor", None, [], "owain.bevan@example.gov.uk", "contact"),
        ], id="contact-column-of-a-forward-plan"),
        pytest.param(SIGNED_AGENDA, [("R. Okafor", "Director of Legal and Democratic Services", None, [], None,
                                      "author")], id="signature-at-the-foot-of-an-agenda"),
        pytest.param(SIGNED_REPORT, [
            ("Helen Marsh", "Chief Executive", "Peak District National Park Authority", [], None, "author"),
            ("Joe Bain", "Rights of Way Officer", None, ["01629 816200"], None, "contact"),
        ], id="signature-over-the-contact-officer"),
        pytest.param("Scrutiny support contact: Aled Wyn, Scrutiny Officer, Conwy County Borough Council\n"
                     "Tel: 01492 574000   Email: aled.wyn@example.gov.uk\n",
                     [("Aled Wyn", "Scrutiny Officer", "Conwy County Borough Council", ["01492 574000"],
                       "aled.wyn@example.gov.uk", "contact")], id="label-of-other-words-before-a-person"),
        pytest.param("Panel support: Ffion Rees, Democratic Services Officer, Powys County Council,\n"
                     "County Hall, Llandrindod Wells LD1 5LG. Tel: 01597 826374. Email: panel@example.gov.uk\n",
                     [("Ffion Rees", "Democratic Services Officer", "Powys County Council", ["01597 826374"],
                       "panel@example.gov.uk", "contact")], id="label-before-a-person-with-an-address"),
        pytest.param("Enquiries: Nia Hughes, Clerk, Tel: 01248 752000, email: nia.hughes@example.gov.uk,\n"
                     "Canolfan Prifysgol, Heol Deiniol, Bangor\nLL57 2UW\n",
                     [("Nia Hughes", "Clerk", None, ["01248 752000"], "nia.hughes@example.gov.uk", "contact")],
                     id="address-after-the-contact-details"),
        pytest.param("Officer contact:\nTom Pryor\nCoastal Manager\nTel: 01202 123456\n"
                     "Civic Centre, Bournemouth Road, Poole BH15 2RU\n",
                     [("Tom Pryor", "Coastal Manager", None, ["01202 123456"], None, "contact")],
                     id="address-line-below-the-block"),
    ],
)
def test_contact_layouts_of_a_fifth_round(rules, text, expected):
    found = contacts(text, rules)
    assert [(o["name"], o["job_title"], o["organisation"], o["phones"], o["email"], o["role"])
            for o in found] == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Signed: Cllr Rhian Price, Cabinet Member for Housing, Tel: 01443 000000\n",
                     id="a-councillor-under-a-label"),
        pytest.param("Present:   Jane Lee, Head of Finance; Tom Hart, Solicitor\n",
                     id="a-label-without-contact-details"),
        pytest.param("The report was noted.\nJane Lee\nHead of Finance, Town Hall\n",
                     id="a-name-not-after-a-blank-line"),
    ],
)
def test_no_contact_officer_from_fifth_round_layouts(rules, text):
    assert [o for o in contacts(text, rules) if o["name"]] == []


@pytest.mark.parametrize("text", ["South Downs National Park Authority", "Leeds Tenants Federation",
                                  "Police Scotland"])
def test_a_bodys_name_is_no_persons(rules, text):
    assert not looks_like_name(text, rules)


def test_a_surname_that_is_an_address_word_is_still_a_name(rules):
    text = "Contact Officer: Penny Lane, Clerk, Tel: 01234 567890\nAnn Hall, Deputy Clerk, Tel: 01234 567891\n"
    assert [o["name"] for o in contacts(text, rules)] == ["Penny Lane", "Ann Hall"]


@pytest.mark.parametrize(
    "text,expected",
    [
        pytest.param("To delegate authority to the Director of Housing, Regeneration and Culture to agree terms.",
                     ["Director of Housing, Regeneration and Culture"], id="a-listed-post-and-the-rest-of-its-remit"),
        pytest.param("The Board considered a report of the Director of Communities, Housing and\n"
                     "      Environment on damp and mould.", ["Director of Communities, Housing and Environment"],
                     id="a-remit-wrapped-over-a-line"),
        pytest.param("Signed:  A. Ruddock\n         Director of Planning, Economy and Skills\n\nDate published: 2 May",
                     ["Director of Planning, Economy and Skills"], id="a-blank-line-ends-the-remit"),
        pytest.param("The Director of Finance, Chief Executive and Monitoring Officer were consulted.",
                     ["Director of Finance", "Chief Executive", "Monitoring Officer"],
                     id="a-list-of-posts-is-no-remit"),
        pytest.param("Consulted: the Strategic Director Communities, Housing and Wellbeing.", [],
                     id="a-remit-without-of-left-out"),
    ],
)
def test_post_mentions_with_a_listed_remit(rules, text, expected):
    found = find_post_mentions(text, rules)
    assert [dict(iter_values(o, text))["job_title"] for o in found] == expected


WORK_PROGRAMME = """Item  Report                         Lead Officer           Contact

5     Budget Monitoring Q2           Jane Smith, Head of    01234 567890
                                     Finance

6     Local Plan Review              Tom Hart, Planning     t.hart@example.gov.uk
                                     Policy Manager
"""
ONE_LINE_ROWS = """Item  Report                         Contact officer
5     Budget Monitoring Q2           Jane Smith, Head of Finance, Tel: 01234 567890
6     Local Plan Review              Tom Hart, Planning Policy Manager, 01234 567891

The meeting closed at 9pm.
"""


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(WORK_PROGRAMME, id="details-in-the-next-column-rows-apart"),
        pytest.param(ONE_LINE_ROWS, id="one-line-rows-details-in-the-cell"),
    ],
)
def test_contact_columns_in_other_layouts(rules, text):
    found = contacts(text, rules)
    assert [(o["name"], o["job_title"]) for o in found] == [("Jane Smith", "Head of Finance"),
                                                            ("Tom Hart", "Planning Policy Manager")]
    assert found[0]["phones"] == ["01234 567890"] and (found[1]["phones"] or found[1]["email"])


@pytest.mark.parametrize("start", [0, 1, 3, 5, 6])
def test_a_blocks_lines_read_in_place_are_the_lines_copied(start: int) -> None:
    lines = [Line(i * 10, i * 10 + 5, f"line {i}") for i in range(5)]
    first = Line(100, 104, "head")
    copied = [first, *lines[start:]]
    read = LinesFrom(first, tuple(lines), start)
    assert list(read) == copied and len(read) == len(copied)
    assert [read[i] for i in range(-len(copied), len(copied))] == [copied[i] for i in range(-len(copied), len(copied))]
    for a, b in [(0, 3), (1, 4), (2, 99), (-2, None), (None, None)]:
        assert read[a:b] == copied[a:b]
    with pytest.raises(IndexError):
        read[len(copied)]
