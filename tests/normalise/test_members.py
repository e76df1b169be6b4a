"""Attendance lists read into members and officers in attendance, without a pipeline."""

from __future__ import annotations

import pytest

from extract.normalise.members import AttendanceRules, attendance_rules, find_attendance
from extract.normalise.officers import contact_rules, iter_values
from extract.resources import read_lexicon, read_patterns


@pytest.fixture(scope="module")
def rules() -> AttendanceRules:
    names = contact_rules([], read_patterns("patterns/job_titles.jsonl"), read_lexicon("lexicons/honorifics.json"),
                          read_lexicon("lexicons/contact_words.json"))
    return attendance_rules(read_lexicon("lexicons/attendance.json"), read_lexicon("lexicons/parties.json"), names)


def members(text: str, rules: AttendanceRules) -> list[tuple]:
    """(name, role, attendance, party, ward) of every member in text."""
    out = []
    for entry in find_attendance(text, rules):
        if entry.member is not None:
            m = entry.member
            ward = text[m.ward[0]:m.ward[1]] if m.ward else None
            out.append((text[m.name[0]:m.name[1]], m.role, m.attendance, m.party, ward))
    return out


def officers(text: str, rules: AttendanceRules) -> list[tuple]:
    """(name, job title) of every officer listed in attendance."""
    out = []
    for entry in find_attendance(text, rules):
        if entry.officer is not None:
            values = dict(iter_values(entry.officer, text))
            assert entry.officer.role == "attendee"
            out.append((values["name"], values["job_title"]))
    return out


MODERNGOV = """PRESENT: Councillor Amelia Grant (Chair)
Councillors B. Patel (Vice-Chair), C. Wright, D. O'Neill and E. Smith-Jones

Also present: Councillor F. Hughes (Cabinet Member for Housing)

Officers in attendance: Karen Lloyd (Head of Planning), Tom Baines (Senior Solicitor) and the Democratic Services Officer

1. Apologies for absence were received from Councillors G. Khan and H. Morris.
"""
CMIS = """Present: Cllr Jane Doe (Lab, Abbey Ward) (Chair); Cllr Sam Lee (Con - Eastfield); Cllr Ian Ross (Liberal Democrat); Mr Peter Grey (Co-opted Member)
Substitutes: Cllr Kate Moss (substitute for Cllr Tim Hale)
Absent: Cllr Ann Field
"""
SCOTTISH = """Sederunt: Councillor Jane Doe (Convener), Councillor Alan Brown (Vice-Convener), Provost Gordon Hunter, Councillors C Davidson, E Fraser and M McAllister.

In attendance: Director of Education and Children's Services; Head of Finance; Committee Officer (Sarah Reid).

Apologies: Councillor P Ross.
"""
COUNTY = """PRESENT

Mr. J. Smith CC (in the Chair)

Mrs. A. Jones CC
Dr. R. K. A. Feltham CC

In attendance
Mrs. J. Bloggs CC, Cabinet Lead Member for Health.
Alex Moran, Director of Adults and Communities.

Apologies for absence were received from Mr. T. Barkley CC and Ms. Betty Newton CC.

52. Minutes.
"""
WELSH = """Yn bresennol: Y Cynghorydd Siân Gwenllian (Cadeirydd), Y Cynghorydd Dafydd Meurig (Is-gadeirydd)
Ymddiheuriadau: Y Cynghorydd Elin Walker Jones
"""
SURNAMES = "Present: Councillor Smith (Chairman), Councillors Brown, Green and White.\n"


@pytest.mark.parametrize(
    "text,expected",
    [
        pytest.param(MODERNGOV, [
            ("Amelia Grant", "chair", "present", None, None),
            ("B. Patel", "vice_chair", "present", None, None),
            ("C. Wright", "member", "present", None, None),
            ("D. O'Neill", "member", "present", None, None),
            ("E. Smith-Jones", "member", "present", None, None),
            ("F. Hughes", "other", "present", None, None),
            ("G. Khan", "member", "apologies", None, None),
            ("H. Morris", "member", "apologies", None, None),
        ], id="moderngov"),
        pytest.param(CMIS, [
            ("Jane Doe", "chair", "present", "Labour", "Abbey Ward"),
            ("Sam Lee", "member", "present", "Conservative", "Eastfield"),
            ("Ian Ross", "member", "present", "Liberal Democrat", None),
            ("Peter Grey", "co-opted", "present", None, None),
            ("Kate Moss", "substitute", "present", None, None),
            ("Ann Field", "member", "absent", None, None),
        ], id="cmis-party-ward"),
        pytest.param(SCOTTISH, [
            ("Jane Doe", "chair", "present", None, None),
            ("Alan Brown", "vice_chair", "present", None, None),
            ("Gordon Hunter", "member", "present", None, None),
            ("C Davidson", "member", "present", None, None),
            ("E Fraser", "member", "present", None, None),
            ("M McAllister", "member", "present", None, None),
            ("P Ross", "member", "apologies", None, None),
        ], id="scottish-sederunt-convener"),
        pytest.param(COUNTY, [
            ("J. Smith", "chair", "present", None, None),
            ("A. Jones", "member", "present", None, None),
            ("R. K. A. Feltham", "member", "present", None, None),
            ("J. Bloggs", "other", "present", None, None),
            ("T. Barkley", "member", "apologies", None, None),
            ("Betty Newton", "member", "apologies", None, None),
        ], id="county-cc-in-the-chair"),
        pytest.param(WELSH, [
            ("Siân Gwenllian", "chair", "present", None, None),
            ("Dafydd Meurig", "vice_chair", "present", None, None),
            ("Elin Walker Jones", "member", "apologies", None, None),
        ], id="welsh-cynghorydd"),
        pytest.param(SURNAMES, [
            ("Smith", "chair", "present", None, None),
            ("Brown", "member", "present", None, None),
            ("Green", "member", "present", None, None),
            ("White", "member", "present", None, None),
        ], id="surnames-only"),
    ],
)
def test_members_in_attendance(rules, text, expected):
    assert members(text, rules) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        pytest.param(MODERNGOV, [("Karen Lloyd", "Head of Planning"), ("Tom Baines", "Senior Solicitor"),
                                 (None, "Democratic Services Officer")], id="moderngov-officers"),
        pytest.param(SCOTTISH, [(None, "Director of Education and Children's Services"), (None, "Head of Finance"),
                                ("Sarah Reid", "Committee Officer")], id="scottish-posts"),
        pytest.param(COUNTY, [("Alex Moran", "Director of Adults and Communities")], id="county-name-comma-title"),
    ],
)
def test_officers_in_attendance(rules, text, expected):
    assert officers(text, rules) == expected


def test_a_councillor_is_never_an_officer(rules):
    text = "In attendance: Councillor Rita Vaughan (Head of the Labour Group), Cllr Ben Ode, Portfolio Holder\n"
    assert officers(text, rules) == []
    assert [m[0] for m in members(text, rules)] == ["Rita Vaughan", "Ben Ode"]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Attendance\n\nSchool attendance rose by two per cent this year.\n", id="heading-then-prose"),
        pytest.param("Members present their reports at each meeting.\n", id="present-as-verb"),
    ],
)
def test_no_attendance_from_prose(rules, text):
    assert find_attendance(text, rules) == []


def test_job_title_with_a_comma_inside_brackets(rules):
    text = "Officers present: Ian Ward (Group Director, Finance and Corporate Resources), Amy Cole (Solicitor)\n"
    assert officers(text, rules) == [
        ("Ian Ward", "Group Director, Finance and Corporate Resources"), ("Amy Cole", "Solicitor"),
    ]


@pytest.mark.parametrize(
    "text,expected",
    [
        pytest.param("Councillors: A Jones (Chair), B Patel\n", [("A Jones", "chair"), ("B Patel", "member")],
                     id="councillors-heading"),
        pytest.param("An apology for absence was received from Councillor Ruth Bell.\n", [("Ruth Bell", "member")],
                     id="single-apology-sentence"),
        pytest.param("Apologies for absence\n\nThere were no apologies for absence.\n", [], id="no-apologies"),
        pytest.param("Also in attendance: 3 members of the public\n", [], id="public-not-people"),
    ],
)
def test_more_attendance_shapes(rules, text, expected):
    assert [(m[0], m[1]) for m in members(text, rules)] == expected


BILINGUAL_OFFICERS = """Yn bresennol / Present: Y Cynghorydd Eryl Price (Cadeirydd / Chair)

Swyddogion / Officers:
G. Pugh, Prif Weithredwr / Chief Executive
L. Beynon, Head of Legal and Democratic Services (Monitoring Officer)
"""
ENGLISH_FIRST = "Officers / Swyddogion: N. Rees (Head of Finance), T. Vaughan (Committee Clerk)\n"
BY_DIRECTORATE = """Officers (by directorate):
Place:                 J Okafor (Director of Place)
Law and Democracy:     K Patel (Monitoring Officer), L Chan (Committee Officer)

Apologies: Councillor R Webb
"""
LOWER_CASE = ("Officers: Jane Ward (director of resources and section 151 officer), "
              "Tom Bird (head of legal and democratic services)\n")
ONE_PER_LINE = """IN ATTENDANCE:
Mary Hill, Director of Operations, Cumbria and Lancashire Ambulance Alliance
Raj Patel - Assistant Director, Adult Social Care and Housing
Dr Sue Imrie, Clinical Lead, NHS Grampian
"""
POLICE_RANKS = """Also in attendance:
PC Kate Lowry, Licensing Officer, Avon and Somerset Police
Mr Ian Frost, agent, Frost Planning Ltd, for the applicant
Ch Supt Alan Dunne (Local Policing Commander)
"""


@pytest.mark.parametrize(
    "text,expected",
    [
        pytest.param(BILINGUAL_OFFICERS, [("G. Pugh", "Prif Weithredwr / Chief Executive"),
                                          ("L. Beynon", "Head of Legal and Democratic Services (Monitoring Officer)")],
                     id="welsh-bilingual-heading"),
        pytest.param(ENGLISH_FIRST, [("N. Rees", "Head of Finance"), ("T. Vaughan", "Committee Clerk")],
                     id="english-first-bilingual-heading"),
        pytest.param(BY_DIRECTORATE, [("J Okafor", "Director of Place"), ("K Patel", "Monitoring Officer"),
                                      ("L Chan", "Committee Officer")], id="service-area-labels"),
        pytest.param(LOWER_CASE, [("Jane Ward", "director of resources and section 151 officer"),
                                  ("Tom Bird", "head of legal and democratic services")], id="lower-case-titles"),
        pytest.param(ONE_PER_LINE, [("Mary Hill", "Director of Operations"),
                                    ("Raj Patel", "Assistant Director, Adult Social Care and Housing"),
                                    ("Sue Imrie", "Clinical Lead")], id="one-officer-per-line"),
        pytest.param(POLICE_RANKS, [("Kate Lowry", "Licensing Officer"), ("Ian Frost", None),
                                    ("Alan Dunne", "Local Policing Commander")], id="police-ranks-and-notes"),
    ],
)
def test_officers_in_more_attendance_layouts(rules, text, expected):
    assert officers(text, rules) == expected


def test_organisation_split_at_and_is_joined_again(rules):
    [entry] = [e for e in find_attendance(ONE_PER_LINE, rules) if e.officer and e.officer.organisation][:1]
    start, end = entry.officer.organisation
    assert ONE_PER_LINE[start:end] == "Cumbria and Lancashire Ambulance Alliance"


@pytest.mark.parametrize(
    "text,expected",
    [
        pytest.param("In attendance: District Cllr P. Ames (Mid Devon DC), Town Councillor R. Lee\n",
                     [("P. Ames", "other"), ("R. Lee", "other")], id="district-and-town-councillors"),
        pytest.param("Present: Councillor A Shah (Chair)\n\nCo-opted member: Mrs B Ince (independent member)\n",
                     [("A Shah", "chair"), ("B Ince", "co-opted")], id="co-opted-member-heading"),
        pytest.param(BILINGUAL_OFFICERS, [("Eryl Price", "chair")], id="welsh-bilingual-present"),
    ],
)
def test_members_in_more_layouts(rules, text, expected):
    assert [(m[0], m[1]) for m in members(text, rules)] == expected
    assert officers(text, rules) == [] or text is BILINGUAL_OFFICERS


NI_MINUTES = """Present:     Alderman J. Kelly (Chairperson);
             Councillors Boyle, Maskey and Ó Néill.

Also present: Inspector S. Dolan (Police Service of Northern Ireland)
In attendance: Mr E. Lynn, Director of Planning and Building Control; and
               Ms C. Dunne, Democratic Services Officer.
"""


def test_northern_irish_attendance(rules):
    assert officers(NI_MINUTES, rules) == [
        ("S. Dolan", "Inspector, Police Service of Northern Ireland"),
        ("E. Lynn", "Director of Planning and Building Control"),
        ("C. Dunne", "Democratic Services Officer"),
    ]
    assert [(m[0], m[1]) for m in members(NI_MINUTES, rules)] == [
        ("J. Kelly", "chair"), ("Boyle", "member"), ("Maskey", "member"), ("Ó Néill", "member"),
    ]
    [dolan] = [e.officer for e in find_attendance(NI_MINUTES, rules) if e.officer and e.officer.organisation]
    assert NI_MINUTES[dolan.organisation[0]:dolan.organisation[1]] == "Police Service of Northern Ireland"


def test_a_role_line_above_the_list_names_the_chair(rules):
    text = "Chair:        Cllr Morven Hay\n\nPresent:      Cllr Ian Lusk, Mrs Ann Tait and Cllr Ravi Bains\n"
    assert [(m[0], m[1]) for m in members(text, rules)] == [
        ("Morven Hay", "chair"), ("Ian Lusk", "member"), ("Ann Tait", "member"), ("Ravi Bains", "member"),
    ]


def test_the_right_honourable_lord_provost_is_the_convener(rules):
    text = "Present:- The Right Honourable Lord Provost Ewan Baird (Convener); Councillors Adams and Lyle.\n"
    assert [(m[0], m[1]) for m in members(text, rules)] == [
        ("Ewan Baird", "chair"), ("Adams", "member"), ("Lyle", "member"),
    ]
    assert officers(text, rules) == []


def test_colon_dash_heading_and_and_between_officers(rules):
    text = "Also in attendance:- Ms R Dow (Depute Chief Executive) and Mr K Lamb (Clerk).\n"
    assert officers(text, rules) == [("R Dow", "Depute Chief Executive"), ("K Lamb", "Clerk")]


TWO_COLUMNS = """PRESENT

Name                           Designation

Councillor Ann Reid (Chair)    Nominated by Fife Council (Elected Member)
Dr Sam OJO                     Chief Officer
Li WEI                         Chief Finance Officer
Pat MOORE                      Service User Representative
Morven Tait                    Head of Strategic Planning, Fife Health and Social
                               Care Partnership
"""
OFFICIALS_COLUMN = """Officers:     Mrs J Patel          Head of Planning
              Mr K O'Hara          Principal Solicitor
              Miss D Ahern         Committee Clerk

1.  APOLOGIES
"""
GROUPED_BESIDE_HEADING = """PRESENT:      Members
              Representing Cardiff Council:
              Councillors Abbott, Bevan (Chair) and Crane

              Representing Newport City Council:
              Councillors Dyer and Evans

              Officers of South Wales Fire and Rescue Service
              Huw Jenkins – Chief Fire Officer, Alys Rhys – Director of
              Corporate Services, and Owen Pugh – Head of Finance &
              Procurement

1.  APOLOGIES
"""


@pytest.mark.parametrize(
    "text,expected",
    [
        pytest.param(TWO_COLUMNS, [("Sam OJO", "Chief Officer"), ("Li WEI", "Chief Finance Officer"),
                                   ("Morven Tait", "Head of Strategic Planning")], id="two-column-table"),
        pytest.param(OFFICIALS_COLUMN, [("J Patel", "Head of Planning"), ("K O'Hara", "Principal Solicitor"),
                                        ("D Ahern", "Committee Clerk")], id="officials-in-a-column"),
        pytest.param(GROUPED_BESIDE_HEADING, [("Huw Jenkins", "Chief Fire Officer"),
                                              ("Alys Rhys", "Director of Corporate Services"),
                                              ("Owen Pugh", "Head of Finance & Procurement")],
                     id="grouped-list-beside-its-heading"),
        pytest.param("In attendance: Ms T Greaves Senior Democratic Services Officer and Mr P Lund Head of Finance\n",
                     [("T Greaves", "Senior Democratic Services Officer"), ("P Lund", "Head of Finance")],
                     id="name-and-title-without-a-comma"),
        pytest.param("Also in attendance at the invitation of the Chair:-\n\nRuth Kerr, Audit Manager, KPMG LLP\n",
                     [("Ruth Kerr", "Audit Manager")], id="heading-with-a-qualifier"),
        pytest.param("In attendance: Mrs F Doyle (Head of Housing), Mr R Khan\n(Senior Planning Officer)\n",
                     [("F Doyle", "Head of Housing"), ("R Khan", "Senior Planning Officer")],
                     id="bracket-note-on-the-next-line"),
        pytest.param("Officers: Sarah Lowe – Director of\nPublic Health, Tom Baines – Senior Solicitor\n",
                     [("Sarah Lowe", "Director of Public Health"), ("Tom Baines", "Senior Solicitor")],
                     id="title-wrapped-after-of"),
        pytest.param("Apologies for absence were received from Councillor Rhian Dee and Mrs Carys Hale (Head of "
                     "Education).\n", [("Carys Hale", "Head of Education")], id="apologies-from-an-officer"),
    ],
)
def test_officers_in_page_layouts(rules, text, expected):
    assert officers(text, rules) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        pytest.param(TWO_COLUMNS, [("Ann Reid", "chair"), ("Pat MOORE", "member")], id="two-column-table"),
        pytest.param(GROUPED_BESIDE_HEADING, [("Abbott", "member"), ("Bevan", "chair"), ("Crane", "member"),
                                              ("Dyer", "member"), ("Evans", "member")],
                     id="grouped-list-beside-its-heading"),
        pytest.param("Also present: Mr T Bell (Portfolio Holder for Housing), Mrs A Cole (Cabinet Member for "
                     "Finance)\n", [("T Bell", "other"), ("A Cole", "other")], id="councillors-posts-in-brackets"),
    ],
)
def test_members_in_page_layouts(rules, text, expected):
    assert [(m[0], m[1]) for m in members(text, rules)] == expected


def test_a_wrapped_cell_keeps_the_body_whole(rules):
    [tait] = [e.officer for e in find_attendance(TWO_COLUMNS, rules) if e.officer and e.officer.organisation]
    start, end = tait.organisation
    assert " ".join(TWO_COLUMNS[start:end].split()) == "Fife Health and Social Care Partnership"


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Members were asked to consider the following:\nJane Smith as Head of Finance\n",
                     id="sentence-ending-in-a-colon-is-no-heading"),
        pytest.param("Officers of the trust gave a presentation on waiting times.\n", id="officers-of-in-prose"),
    ],
)
def test_no_attendance_heading_in(rules, text):
    assert officers(text, rules) == [] and members(text, rules) == []


# Layouts from a fifth round of councils: headings, designations holding commas, ranks, boards' members.

BOARD_OF_DIRECTORS = """Present:
  Ms A Fenwick           Chair
  Dr Priya Nair          Director of Workforce, Education and Training
  Mr Tom Bell            Non-Executive Director (Senior Independent Director)
  Mrs R Quayle           Associate Non-Executive Director

In attendance:
  Mr Owen Rees           Caldicott Guardian (item 12 only)
  Mrs J Hollis           Public Governor, Council of Governors
"""


@pytest.mark.parametrize(
    "text,expected",
    [
        pytest.param("Together with:\n\nR. Pugh (Chief Executive), S. Lloyd (Head of Democratic Services) and "
                     "T. Vaughan (Scrutiny\nOfficer).\n",
                     [("R. Pugh", "Chief Executive"), ("S. Lloyd", "Head of Democratic Services"),
                      ("T. Vaughan", "Scrutiny Officer")], id="together-with"),
        pytest.param("    The following officers were in attendance:\n\n    -  Hannah Cole, Head of Parks\n"
                     "    -  Idris Khan, Principal Engineer, Highways and Transport\n",
                     [("Hannah Cole", "Head of Parks"), ("Idris Khan", "Principal Engineer, Highways and Transport")],
                     id="the-following-were-in-attendance"),
        pytest.param("The following officers were also present:\n\n  •  Rhian Owen - Licensing Manager\n"
                     "  •  Dafydd Hughes - Senior Licensing Officer\n",
                     [("Rhian Owen", "Licensing Manager"), ("Dafydd Hughes", "Senior Licensing Officer")],
                     id="bulleted-list-after-a-sentence"),
        pytest.param("The following were present at the site visit on 3 May.\n", [], id="a-sentence-is-no-heading"),
        pytest.param("Officers:  Rhona Baird, Principal Solicitor, Legal and Governance; Euan Muir, Senior\n"
                     "           Planner, Development Management; and Iain Shaw, Clerk.\n",
                     [("Rhona Baird", "Principal Solicitor, Legal and Governance"),
                      ("Euan Muir", "Senior Planner, Development Management"), ("Iain Shaw", "Clerk")],
                     id="semicolons-part-people-commas-part-a-designation"),
        pytest.param(BOARD_OF_DIRECTORS, [("Priya Nair", "Director of Workforce, Education and Training"),
                                          ("Owen Rees", "Caldicott Guardian")], id="board-of-directors"),
    ],
)
def test_officers_in_fifth_round_layouts(rules, text, expected):
    assert officers(text, rules) == expected


def test_a_boards_non_executives_and_governors_are_members(rules):
    assert [(m[0], m[1]) for m in members(BOARD_OF_DIRECTORS, rules)] == [
        ("A Fenwick", "chair"), ("Tom Bell", "member"), ("R Quayle", "member"), ("J Hollis", "other"),
    ]


@pytest.mark.parametrize(
    "text,expected",
    [
        pytest.param("Also present: Sergeant Mark Doyle, Durham Constabulary (for item 4).\n",
                     [("Mark Doyle", "Sergeant, Durham Constabulary")], id="police-rank-and-force"),
        pytest.param("In attendance: Station Manager Rhys Owen, Mid and West Wales Fire and Rescue Service\n",
                     [("Rhys Owen", "Station Manager, Mid and West Wales Fire and Rescue Service")],
                     id="fire-rank-and-service"),
        pytest.param("In attendance: Ch Supt Ann Lee, District Commander, Thames Valley Police\n",
                     [("Ann Lee", "District Commander")], id="a-post-after-the-name-replaces-the-rank"),
    ],
)
def test_ranks_before_names_are_job_titles(rules, text, expected):
    assert officers(text, rules) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        pytest.param("In attendance:\nJo Hale – Chief Executive, Office of the Police and Crime\n"
                     "          Commissioner\n", "Office of the Police and Crime Commissioner",
                     id="a-body-wrapped-under-the-title"),
        pytest.param("In attendance:\nSam Ure – Chief Inspector, Devon and Cornwall Police (for item 6)\n",
                     "Devon and Cornwall Police", id="a-body-and-a-bracket-note"),
    ],
)
def test_a_body_split_at_and_is_joined_again(rules, text, expected):
    [officer] = [e.officer for e in find_attendance(text, rules) if e.officer]
    start, end = officer.organisation
    assert " ".join(text[start:end].split()) == expected


def test_a_post_with_a_bracket_note_split_at_and_is_joined_again(rules):
    text = "In attendance:\nMark Eddy – Police and Crime Commissioner (PCC)\n"
    assert officers(text, rules) == [("Mark Eddy", "Police and Crime Commissioner")]


def test_a_sentence_after_the_list_is_no_body(rules):
    text = ("In attendance: Kay Moss (Audit Manager, Grant Thornton) attended for item 7/24.\n\n"
            "               The meeting was held at the Cheshire Fire & Rescue Service Headquarters,\n"
            "               Sadler Road, Winsford CW7 2FQ.\n")
    found = [e.officer for e in find_attendance(text, rules) if e.officer]
    assert [dict(iter_values(o, text))["name"] for o in found] == ["Kay Moss"]
    assert found[0].organisation is None


@pytest.mark.parametrize(
    "text,expected",
    [
        pytest.param("Present:   Councillor A Reid (Chair)        Councillor B Lowe\n"
                     "           Councillor C Hay (Vice Chair)    Councillor D Muir\n",
                     [("A Reid", "chair"), ("B Lowe", "member"), ("C Hay", "vice_chair"), ("D Muir", "member")],
                     id="councillors-side-by-side"),
        pytest.param("Present:\n\nMember                      Representing\nCllr Rhodri Bowen (Chair)   "
                     "Ceredigion County Council\nCllr Anwen Lloyd            Powys County Council\n",
                     [("Rhodri Bowen", "chair"), ("Anwen Lloyd", "member")], id="member-representing-table"),
        pytest.param("PRESENT:\n\nCouncillor E. Rowlands - Chair\n", [("E. Rowlands", "chair")],
                     id="role-after-a-dash"),
    ],
)
def test_members_in_fifth_round_layouts(rules, text, expected):
    assert [(m[0], m[1]) for m in members(text, rules)] == expected


def test_officers_side_by_side_are_two(rules):
    text = "Officers:   Jane Moss (Clerk)        Tom Hale (Solicitor)\n"
    assert officers(text, rules) == [("Jane Moss", "Clerk"), ("Tom Hale", "Solicitor")]
