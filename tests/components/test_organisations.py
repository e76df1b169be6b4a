"""minutes_gazetteer + minutes_organisations in the full pipeline: one record per body, canonical names,
references resolved against the paper, acronyms linked. Papers written in several councils' styles."""

from __future__ import annotations

import pytest

from tests.conftest import assert_grounded


def organisations(extractor, text):
    records = extractor.extract_text(text)
    assert_grounded(records, text)
    return {r.name: r for r in records if r.record_type == "organisation"}


MODERNGOV_MINUTES = """MID SUFFOLK DISTRICT COUNCIL

Minutes of the meeting of the Planning Committee held in the King Edmund Chamber, Endeavour House,
on Wednesday, 6 March 2024 at 9.30 am.

PRESENT: Councillor Sarah Mansel (Chair)

41. DC/23/04412 LAND EAST OF STATION ROAD, ELMSWELL

41.1 The Committee heard that Suffolk County Council, as Local Highway Authority, had raised no
objection, and that Anglian Water Services Ltd had confirmed capacity at the treatment works.
The Elmswell Parish Council objected to the loss of open space.

41.2 The Chair of Planning Committee reminded Members that the Council had adopted the Joint Local
Plan in November 2023 and that the County Council would decide the highway works.

RESOLVED that the application be approved subject to conditions.
"""


def test_moderngov_minutes(extractor):
    found = organisations(extractor, MODERNGOV_MINUTES)
    assert set(found) == {
        "Mid Suffolk District Council", "Planning Committee", "Suffolk County Council",
        "Anglian Water", "Elmswell Parish Council",
    }
    assert found["Planning Committee"].kind == "committee"
    assert found["Planning Committee"].aliases == ["Committee"]
    assert found["Mid Suffolk District Council"].aliases == ["MID SUFFOLK DISTRICT COUNCIL", "Council"]
    assert found["Suffolk County Council"].aliases == ["County Council"]
    assert found["Anglian Water"].kind == "company"
    assert found["Anglian Water"].aliases == ["Anglian Water Services Ltd"]  # a listed company with its legal form
    assert found["Elmswell Parish Council"].kind == "council"


WELSH_CABINET = """CYNGOR SIR CEREDIGION COUNTY COUNCIL

Minutes of the meeting of the Cabinet held at Canolfan Rheidol, Aberystwyth on 5 December 2023.

12. SCHOOL ORGANISATION PROPOSALS

Cyngor Sir Ceredigion had consulted Estyn, the Welsh Government and Cyngor Gwynedd. Hywel Dda
University Health Board supported the proposal. Dyfed-Powys Police raised no concerns.

RESOLVED that Cabinet approve the proposal.
"""


def test_welsh_council_with_welsh_names(extractor):
    found = organisations(extractor, WELSH_CABINET)
    assert set(found) == {
        "Ceredigion County Council", "Cabinet", "Estyn", "Welsh Government", "Gwynedd Council",
        "Hywel Dda University Health Board", "Dyfed-Powys Police",
    }
    assert "Cyngor Sir Ceredigion" in found["Ceredigion County Council"].aliases
    assert found["Gwynedd Council"].aliases == ["Cyngor Gwynedd"]
    assert found["Cabinet"].mentions.count == 2
    assert {found[n].kind for n in ("Estyn", "Welsh Government", "Dyfed-Powys Police")} == {
        "inspectorate", "government", "police"}


SCOTTISH_MINUTE = """Aberdeenshire Council

Minute of Meeting of the Audit Committee held in the Council Chamber, Woodhill House, on 14 March 2024.

Sederunt: Councillor G Carr (Convener)

5. PARTNER PERFORMANCE

The Committee considered reports from Police Scotland, the Scottish Fire and Rescue Service and NHS
Grampian. Audit Scotland had reviewed the Council's arrangements; the Care Inspectorate had visited.

The Committee agreed to note the reports.
"""


def test_scottish_committee_minute(extractor):
    found = organisations(extractor, SCOTTISH_MINUTE)
    assert set(found) == {
        "Aberdeenshire Council", "Audit Committee", "Police Scotland", "Scottish Fire and Rescue Service",
        "NHS Grampian", "Audit Scotland", "Care Inspectorate",
    }
    assert found["Audit Committee"].mentions.count == 3
    assert found["Aberdeenshire Council"].aliases == ["Council"]


def test_acronym_defined_after_first_use(extractor):
    text = """DERBYSHIRE POLICE AND CRIME PANEL – 1 FEBRUARY 2024

1. The OPCC presented the precept. The Office of the Police and Crime Commissioner for Derbyshire
(OPCC) explained that the OPCC would consult residents. NHS Derby and Derbyshire Integrated Care
Board (ICB) welcomed the plan; the ICB will fund two posts and the Integrated Care Board will report back.
"""
    found = organisations(extractor, text)
    opcc = found["Office of the Police and Crime Commissioner for Derbyshire"]
    assert (opcc.acronym, opcc.mentions.count) == ("OPCC", 4)
    icb = found["NHS Derby and Derbyshire Integrated Care Board"]
    assert icb.acronym == "ICB" and icb.mentions.count == 4
    assert icb.aliases == ["Integrated Care Board"]  # the wrapped full name is the canonical name, on one line
    assert found["Derbyshire Police and Crime Panel"].kind == "committee"


def test_acronym_after_a_name_found_by_pattern(extractor):
    text = ("Report to the Safer Stockport Partnership (SSP).\n\n"
            "1. The SSP Board met twice. Members asked the SSP for figures.\n")
    found = organisations(extractor, text)
    assert found["Safer Stockport Partnership"].acronym == "SSP"
    assert found["Safer Stockport Partnership"].mentions.count == 3


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("The Brightlingsea Town Council and Tendring District Council met.\n",
                     {"Brightlingsea Town Council": "council", "Tendring District Council": "council"},
                     id="town-council-beside-district"),
        pytest.param("Contract awarded to Kier Integrated Services Ltd and reviewed by Healthwatch Derbyshire.\n",
                     {"Kier Integrated Services Ltd": "company", "Healthwatch Derbyshire": "health"},
                     id="company-and-healthwatch"),
        pytest.param("The Safer Leicestershire Partnership and the Margate Task Force reported.\n",
                     {"Safer Leicestershire Partnership": "partnership", "Margate Task Force": "partnership"},
                     id="partnership-and-task-force"),
        pytest.param("Pupils of Ysgol Bro Pedr visited the University of Wales Trinity Saint David.\n",
                     {"Ysgol Bro Pedr": "education", "University of Wales Trinity Saint David": "education"},
                     id="welsh-school-and-university"),
        pytest.param("The Adults and Health Select Committee referred it to the Budget Working Group.\n",
                     {"Adults and Health Select Committee": "committee", "Budget Working Group": "committee"},
                     id="committee-and-working-group"),
        pytest.param("Healthwatch Barnsley, Healthwatch Doncaster and Healthwatch Sheffield, and NHS South\n"
                     "Yorkshire Integrated Care Board and attended.\n",
                     {"Healthwatch Barnsley": "health", "Healthwatch Doncaster": "health",
                      "Healthwatch Sheffield": "health", "NHS South Yorkshire Integrated Care Board": "health"},
                     id="list-of-bodies-opening-with-their-body-word"),
        pytest.param("Hallam Grounds Maintenance LLP, the contractor, attended with the Looe Harbour Commissioners.\n",
                     {"Hallam Grounds Maintenance LLP": "company", "Looe Harbour Commissioners": "other"},
                     id="auditor-and-commissioners"),
    ],
)
def test_names_not_in_the_gazetteer(extractor, text, expected):
    found = organisations(extractor, text)
    assert {name: record.kind for name, record in found.items()} == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Council Tax will rise by 4.99% and the Council Plan is attached.\n", id="council-compounds"),
        pytest.param("The Cabinet Member for Housing and the Executive Director of Place agreed.\n", id="posts"),
        pytest.param("The Medium Term Financial Strategy and the Local Area Agreement were noted.\n",
                     id="plans-not-bodies"),
        pytest.param("Residents of Leicestershire and Rutland were consulted on Social Care.\n", id="places-topics"),
        pytest.param("Contact: jane.smith@essex.gov.uk, Tel 01245 430000\n", id="contact-details"),
        pytest.param("1. The County Council will reply.\n", id="reference-with-no-council-named"),
    ],
)
def test_no_organisation_from(extractor, text):
    assert organisations(extractor, text) == {}


def test_reference_to_a_city_council_among_several(extractor):
    text = ("LEICESTERSHIRE COUNTY COUNCIL\n\nCABINET – 9 MARCH 2010\n\n"
            "1. Leicester City Council and Rutland County Council were consulted. The City Council agreed; "
            "the County Council will respond.\n")
    found = organisations(extractor, text)
    assert found["Leicester City Council"].aliases == ["City Council"]
    assert found["Leicestershire County Council"].aliases == ["LEICESTERSHIRE COUNTY COUNCIL", "County Council"]
    assert found["Rutland County Council"].aliases == []


def test_the_meetings_own_body_takes_its_short_references(extractor):
    text = ("HEREFORD & WORCESTER FIRE AUTHORITY\n27 March 2024\n\n"
            "1. The Authority is recommended to approve the plan. The Service will consult staff, and "
            "Hereford & Worcester Fire and Rescue Service will report to the Fire Authority.\n")
    found = organisations(extractor, text)
    authority = found["Hereford and Worcester Fire Authority"]
    assert set(authority.aliases) == {"HEREFORD & WORCESTER FIRE AUTHORITY", "Authority", "Fire Authority"}
    service = found["Hereford and Worcester Fire and Rescue Service"]
    assert set(service.aliases) == {"Service", "Hereford & Worcester Fire and Rescue Service"}


def test_spans_point_at_every_mention(extractor):
    text = "Cornwall Council and Cornwall Council's partners met the Environment Agency.\n"
    records = extractor.extract_text(text)
    [council] = [r for r in records if r.record_type == "organisation" and r.name == "Cornwall Council"]
    assert [text[s.start:s.end] for s in council.mentions.spans] == ["Cornwall Council", "Cornwall Council"]


def test_a_council_meeting_headed_council_is_the_councils_own(extractor):
    text = ("Agenda Item 3\nCOUNCIL\n13 NOVEMBER 2024\n\nPRESENT: The Mayor, Councillor A Jones (in the Chair)\n\n"
            "1. RESOLVED that the minutes be approved. The Greater London Authority and the GLA Housing Team "
            "replied. The Greater London Authority will fund the scheme.\n\n"
            "Democracy Services, London Borough of Sutton, Civic Offices, Sutton SM1 1EA\n")
    records = extractor.extract_text(text)
    assert records[0].committee == "London Borough of Sutton"
    [resolution] = [r for r in records if r.record_type == "resolution"]
    assert resolution.decision_maker == "London Borough of Sutton"


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("Age UK Exeter and Citizens Advice Torbay ran the advice sessions.\n",
                     {"Age UK Exeter": "voluntary", "Citizens Advice Torbay": "voluntary"}, id="local-branches"),
        pytest.param("Healthwatch Somerset and the VCS Alliance responded, as did the Fire Brigades Union.\n",
                     {"Healthwatch Somerset": "health", "VCS Alliance": "partnership",
                      "Fire Brigades Union": "voluntary"}, id="two-bodies-joined-by-and-the"),
        pytest.param("The Local Planning Authority consulted the Bus Service Improvement Plan board.\n", {},
                     id="generic-authority-and-a-plan"),
    ],
)
def test_names_around_listed_and_generic_ones(extractor, text, expected):
    found = organisations(extractor, text)
    assert {name: record.kind for name, record in found.items()} == expected


def test_a_short_form_of_the_meetings_body_is_that_body(extractor):
    text = ("At a MEETING of the ANGUS HEALTH AND SOCIAL CARE INTEGRATION JOINT BOARD held in Forfar on 24th April,"
            "\n2024.\n\nPLANNING UPDATE\nThe Integration Joint Board noted the report. Members of the Integration "
            "Joint Board asked questions.\n")
    found = organisations(extractor, text)
    assert list(found) == ["Angus Health and Social Care Integration Joint Board"]
    assert found["Angus Health and Social Care Integration Joint Board"].mentions.count == 3


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("Barrow-in-Furness Town Council and Newcastle-under-Lyme Youth Council replied.\n",
                     {"Barrow-in-Furness Town Council", "Newcastle-under-Lyme Youth Council"}, id="hyphenated-places"),
        pytest.param("The BC's Strategic Sites Committee and the Panel's Budget Working Group met.\n",
                     {"Strategic Sites Committee", "Budget Working Group"}, id="possessives"),
        pytest.param("Cabinet approves the Expansion of Ashby Primary School and approves the Council's plan.\n",
                     {"Ashby Primary School", "Cabinet"}, id="phrases-about-a-body"),
        pytest.param("Public Sector Audit Appointments Ltd appointed the auditor; Exeter Citizens Advice agreed.\n",
                     {"Public Sector Audit Appointments", "Exeter Citizens Advice"}, id="legal-form-and-branch"),
        pytest.param("Membership of the Planning Cttee was agreed, and the Kent Association of Local Councils "
                     "was thanked.\n", {"Planning Cttee", "Kent Association of Local Councils"}, id="cttee-and-place-led"),
    ],
)
def test_name_edges(extractor, text, expected):
    assert set(organisations(extractor, text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("The proposal was referred to the Parking Strategy Task and Finish Group, and the Road\n"
                     "Safety Task & Finish Group will report in June.\n",
                     {"Parking Strategy Task and Finish Group", "Road Safety Task & Finish Group"},
                     id="task-and-finish-groups"),
        pytest.param("i) Lloyds Bank Statement dated 01/02/2025 Noted\n"
                     "ii) HSBC Bank Statement dated 15/01/2025 Noted\n"
                     "The sponsorship by Barclays Bank and a loan from the Bank of Scotland were welcomed.\n",
                     {"Lloyds Bank", "HSBC", "Barclays Bank", "Bank of Scotland"}, id="banks"),
        pytest.param("Tenants of Elderpark HA and Linthouse HA raised fly tipping.\n",
                     {"Elderpark HA", "Linthouse HA"}, id="housing-associations-as-ha"),
        pytest.param("The March Committee agreed the list, the October Committee confirmed it and the "
                     "December\n"
                     "County Council adopted it.\n", set(), id="months-are-no-bodies"),
        pytest.param("Minutes of a meeting of the above Council held on Monday 26th February 2025.\n", set(),
                     id="above-council"),
        pytest.param("It was agreed that Corlands and the Parish Council would share the cost.\n", set(),
                     id="a-name-and-a-reference"),
        pytest.param("Notices were put on the Capel Isaac Notice Board. 12. Public Forum: two spoke.\n",
                     set(), id="notice-board-and-public-forum"),
        pytest.param("Funding for the West of England Nature Partnership and the North of Tyne Skills "
                     "Board.\n", {"West of England Nature Partnership", "North of Tyne Skills Board"},
                     id="compass-of-place"),
        pytest.param("The West of England Mayoral Combined Authority met. The Mayoral Combined Authority "
                     "agreed.\n",
                     {"West of England Combined Authority"}, id="short-form-of-a-listed-body"),
    ],
)
def test_bodies_real_papers_name(extractor, text, expected):
    assert set(organisations(extractor, text)) == expected


COMMUNITY_COUNCIL = """TINTERN HILL COMMUNITY COUNCIL

Minutes of the meeting held on Monday 3rd March 2025 at 7.30pm.

Present: Cllr Shaw (Chairman), Cllrs Reed, Ames and the Clerk.

204. The Chairman explained that THCC had given £500 to the Village Hall Committee last year.
The VHC asked whether THCC could match-fund the new kitchen. The VHC will write.
Ann Roe (TGS) sent her apologies.
"""


def test_a_community_councils_heading_and_its_initials(extractor):
    found = organisations(extractor, COMMUNITY_COUNCIL)
    assert set(found) == {"Tintern Hill Community Council", "Village Hall Committee"}
    assert found["Tintern Hill Community Council"].acronym == "THCC"
    assert found["Tintern Hill Community Council"].mentions.count == 3
    assert found["Village Hall Committee"].acronym == "VHC"


def test_initials_used_once_are_left_alone(extractor):
    text = "The Glasgow Gardens Society met. Jo Lee (GGS) reported on the allotments.\n"
    assert organisations(extractor, text)["Glasgow Gardens Society"].acronym is None


def test_weca_is_the_west_of_england_combined_authority(extractor):
    found = organisations(extractor, "Officers assured Councillors that BCC and WECA had agreed it.\n")
    assert [r.name for r in found.values()] == ["West of England Combined Authority"]


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("An e-mail had been received from Friends of the Lake District about the verges.\n",
                     {"Friends of the Lake District"}, id="friends-of-the-place"),
        pytest.param("The Chair thanked the Friends of Hollin Park for the gala.\n",
                     {"Friends of Hollin Park"}, id="friends-of-a-park"),
        pytest.param("A grant application to Keep Wales Tidy was made; SPT replied about the bus route.\n",
                     {"Keep Wales Tidy", "Strathclyde Partnership for Transport"}, id="national-bodies"),
    ],
)
def test_bodies_named_by_what_they_care_for(extractor, text, expected):
    assert set(organisations(extractor, text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("We will work with NHS partners and the local NHS on the plan.\n", {"NHS": "health"},
                     id="the-nhs"),
        pytest.param("The Leader attended the Council of the Nations and Regions; the Green Party and Plaid\n"
                     "Cymru objected.\n",
                     {"Council of the Nations and Regions": "other", "Green Party": "other",
                      "Plaid Cymru": "other"},
                     id="council-of-and-parties"),
    ],
)
def test_bodies_named_without_a_body_word_at_the_end(extractor, text, expected):
    assert {name: r.kind for name, r in organisations(extractor, text).items()} == expected


POLICY_COMMITTEE = """Environment and Sustainability Policy Committee - 4 June 2025

Minutes

The Environment Sustainability Committee received the update and the Environment and Sustainability
Committee agreed the plan.
"""


def test_a_shortened_name_of_the_meetings_body(extractor):
    found = organisations(extractor, POLICY_COMMITTEE)
    assert list(found) == ["Environment and Sustainability Policy Committee"]
    assert found["Environment and Sustainability Policy Committee"].mentions.count == 3


def test_a_heading_naming_the_papers_body_is_not_a_longer_name_found_later(extractor):
    text = ("GOVAN HILL COMMUNITY COUNCIL\n\nMINUTES OF GENERAL MEETING\n\n"
            "The Chair had met the Chair of East Govan Hill Community Council.\n")
    expected = {"Govan Hill Community Council", "East Govan Hill Community Council"}
    assert set(organisations(extractor, text)) == expected


GLASGOW_COMMUNITY_COUNCIL = """GOVAN HILL COMMUNITY COUNCIL

Minutes of the general meeting, 3 March 2025

Present: Gina Preston, Ali Shah
A letter had been sent to the City Council about the bins in Glasgow. The City Council had not replied.
Glasgow streets were cleaner in March; the Westminster budget was discussed.
"""


def test_a_council_by_its_sort_and_the_place_the_paper_names(extractor):
    found = organisations(extractor, GLASGOW_COMMUNITY_COUNCIL)
    assert found["Glasgow City Council"].aliases == ["City Council"]
    assert found["Glasgow City Council"].mentions.count == 2


def test_no_council_by_sort_where_no_place_names_it(extractor):
    text = "A letter had been sent to the City Council about the bins. The City Council had not replied.\n"
    assert organisations(extractor, text) == {}


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("The actions were agreed by the Corporate Management Team and the Senior Leadership "
                     "Team.\n", {"Corporate Management Team", "Senior Leadership Team"}, id="officers-boards"),
        pytest.param("The Finance Team and the Project Team met the Kent and Medway Housing Group.\n",
                     {"Kent and Medway Housing Group"}, id="teams-are-no-bodies-a-housing-group-is"),
    ],
)
def test_officers_boards_and_housing_groups(extractor, text, expected):
    assert set(organisations(extractor, text)) == expected


KENT_PANEL = """Minutes of the Fostering Panel held on 4 March 2025

Present: Jo Lee (Chair), Sam Patel
1. The panel heard that children placed outside Kent did better when the placement was planned.
2. KCC would write to the carers in Kent about the new allowances.
"""


def test_an_undefined_council_acronym_by_the_place_the_paper_names(extractor):
    found = organisations(extractor, KENT_PANEL)
    assert found["Kent County Council"].acronym == "KCC"
    assert found["Kent County Council"].mentions.count == 1


def test_no_council_acronym_where_the_paper_never_names_its_place(extractor):
    text = "Correspondence: MCC Highways re the potholes on the road to the village hall. MCC replied.\n"
    assert organisations(extractor, text) == {}


WPL_REPORT = """Committee Report

COMMITTEE: Environment Committee
DATE: 12 May 2025
TITLE: Workplace Parking Levy

Purpose of Report: This report sets out how a levy could work in Leeds and seeks approval to spend
money on a business case for it. Leeds has a growing economy and congested roads at peak times, and the
levy is one of the few powers left to a city such as Leeds to manage demand for travel by car.
Background: the options were set out in an earlier report, which looked at the costs of running a scheme,
the exemptions that might be given to small employers and the way the money raised could be spent.

1. Nottingham City Council (NCC) introduced the first levy in 2012. NCC reported a fall in congestion.
2. The Full Council asked for this report. Leeds City Council owns several car parks in Leeds.
3. Nottingham City Council can support with the work. Leeds City Council will consult in Leeds.
4. The business case for Leeds City Council will come back to the committee; Nottingham took four years.
5. Leeds City Council would need ten posts; Leeds has no levy yet.
"""


def test_the_own_council_named_as_often_as_another_is_the_one_whose_place_the_paper_names_most(extractor):
    found = organisations(extractor, WPL_REPORT)
    assert "Full Council" in found["Leeds City Council"].aliases
    assert found["Nottingham City Council"].aliases == []


COUNTY_COUNCIL_MINUTES = """COUNTY COUNCIL

MINUTES of a meeting of the County Council held in the Council Chamber, County Hall, on Thursday,
6 February 2025.

1. The Leader said that Surrey County Council would bid for a mayor. The County Council agreed.
2. The Chair thanked the staff of the County Council for their work on the floods across Surrey.
"""


def test_a_meeting_of_the_council_named_by_its_sort_is_the_council_of_that_sort_the_paper_names(extractor):
    found = organisations(extractor, COUNTY_COUNCIL_MINUTES)
    assert "County Council" not in found
    assert found["Surrey County Council"].mentions.count >= 3


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("Ms Reid suggested we ask Partick CC, who had run a similar survey. The flats are in "
                     "Whiteinch CC's area.\n", {"Partick CC", "Whiteinch CC"}, id="community-councils"),
        pytest.param("The clerk had written to Surrey CC about the verges.\n", {"Surrey County Council"},
                     id="a-listed-county-council"),
        pytest.param("Cllr Ann Webb CC reported on the roads; Mr Dale Morgan CC sent apologies.\n", set(),
                     id="county-councillors"),
        pytest.param("Minutes of Partick Community Council\n\nThe Secretary said Partick CC had six vacant "
                     "seats and Partick Community Council would advertise them.\n",
                     {"Partick Community Council"},
                     id="the-papers-own-council"),
    ],
)
def test_a_council_by_its_short_form(extractor, text, expected):
    assert set(organisations(extractor, text)) == expected


COMMUNITY_COUNCIL_ACCOUNTS = """Minutes of Cwm Tawel Community Council, 9 March 2025

7. Donations: it was agreed to make a donation to Llanfynydd Young Farmers Club.
8. Accounts for payment:
i) Severn Valley Mowing Services, Grass cutting, Chq No 2041\t£320.00
ii) Gwen Morgan, Clerk's salary, Chq No 2042\t£410.00
"""


def test_payees_and_grant_recipients_are_bodies_people_are_not(extractor):
    found = organisations(extractor, COMMUNITY_COUNCIL_ACCOUNTS)
    assert {"Llanfynydd Young Farmers Club", "Severn Valley Mowing Services"} <= set(found)
    assert not any("Morgan" in name for name in found)


def test_a_cabinet_committee_is_not_the_cabinet_the_paper_is_for(extractor):
    text = ("From:\tRoger Hale, Cabinet Member for Adult Services\nTo:\tCabinet – 6 February 2025\n\n"
            "Past Pathway of report:\tAdult Services and Public Health Cabinet Committee – 14 January 2025\n"
            "Growth, Economy and Transport Cabinet Committee – 15 January 2025\n\n"
            "1. Cabinet is asked to agree the plan, which the Adult Services and Public Health Cabinet Committee "
            "endorsed. Recommend to the Executive that the plan be published.\n")
    found = organisations(extractor, text)
    assert {"Cabinet", "Adult Services and Public Health Cabinet Committee",
            "Growth, Economy and Transport Cabinet Committee"} <= set(found)
    assert found["Adult Services and Public Health Cabinet Committee"].mentions.count == 2
    assert "Executive" in found["Cabinet"].aliases and "Executive" not in found


def test_directorates_and_their_initials(extractor):
    text = ("1. The Reablement Service moves from the Children, Families and Learning Directorate to the "
            "Adults, Health and Wellbeing Directorate on 1 April. The CFL Directorate will transfer the "
            "staff.\n2. The Children, Families and Learning Cabinet Committee considered the decision; the "
            "CFL Cabinet Committee will see a further report.\n")
    found = organisations(extractor, text)
    assert {"Children, Families and Learning Directorate", "Adults, Health and Wellbeing Directorate",
            "Children, Families and Learning Cabinet Committee"} <= set(found)
    assert "CFL Directorate" in found["Children, Families and Learning Directorate"].aliases
    assert "CFL Cabinet Committee" in found["Children, Families and Learning Cabinet Committee"].aliases
    assert not any(name.startswith("CFL") for name in found)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Places at the Special School rose, and Civil Society groups were consulted.\n",
                     id="sorts-of-body"),
        pytest.param("The Multi-Agency panel met weekly.\n", id="one-hyphenated-word"),
        pytest.param("The Hampshire Devolution White Paper was noted by Members.\n", id="a-white-paper"),
    ],
)
def test_no_body_named_by_a_sort_of_body_or_a_paper(extractor, text):
    assert organisations(extractor, text) == {}


def test_national_brands_and_unions_named_in_running_text(extractor):
    text = ("5. Community food: surplus from Tesco, Asda and Ikea is passed on weekly; Amazon and Unilever "
            "fund the depot. The GMB and the Court of Session were mentioned.\n")
    found = organisations(extractor, text)
    assert {"Tesco", "Asda", "Ikea", "Amazon", "Unilever", "GMB", "Court of Session"} <= set(found)


def test_a_name_among_those_present_is_no_organisation(extractor):
    text = ("Present: Alan Burns, Karen Carabine, Ewan Clark, Morag Davidson, Hazel Preston, Iain Skeoch\n\n"
            "1. The minutes were approved.\n")
    assert not any("Preston" in name for name in organisations(extractor, text))


def test_the_opening_of_a_plans_title_is_no_organisation(extractor):
    text = "The scheme supports the aims of the Leicester Transport Strategy and the Local Plan.\n"
    assert not any(name.startswith("Leicester Transport") for name in organisations(extractor, text))


TENANTS_FORUM_MINUTES = """LEITH HARBOUR COMMUNITY COUNCIL
Minutes of the General Meeting held on Tuesday 3 March 2026 in the Kirk Hall

Present: Margaret Doyle (Chair), Tom Gillespie, Cllr Fraser

3. Community reports
Sandra McLeish of Harbour Tenants Voice reported that repairs were still outstanding. Duncan Baird
of PLANA asked for the survey to be shared. Ian Rennie (also representing Leith Heritage Circle) spoke
about the summer fair, which groups such as Shore Stitchers, and others will support.
Mr Colin Watt of Newhaven thanked the Council. Alan Mair, representing Joan Kerr MSP, gave apologies.

4. Independent examiner
It was agreed to ask Fiona Grant, director of Braes Money Advice, to examine the accounts. The grant
to Shorefront Arts SCIO was paid.
"""


def test_bodies_named_by_who_belongs_to_them(extractor):
    found = organisations(extractor, TENANTS_FORUM_MINUTES)
    assert {"Harbour Tenants Voice", "PLANA", "Leith Heritage Circle", "Shore Stitchers", "Braes Money Advice",
            "Shorefront Arts SCIO"} <= set(found)
    assert found["Harbour Tenants Voice"].kind == "other"
    assert not {"Newhaven", "Joan Kerr MSP", "Joan Kerr"} & set(found)  # a place; a person and her letters


def test_a_list_of_places_before_councils_names_each_council(extractor):
    text = ("4. Allocations\n4.1 Funding is held back for Brighton and Hove, East Sussex and West Sussex Councils "
            "until the review.\n4.2 The Audit and Standards, Licensing, Planning and Appeals Committee will "
            "be told.\n")
    found = organisations(extractor, text)
    assert {"Brighton and Hove City Council", "East Sussex County Council", "West Sussex County Council",
            "Appeals Committee"} <= set(found)
    assert found["East Sussex County Council"].aliases == ["East Sussex"]
    assert not any("Licensing" in name for name in found)


def test_a_table_cell_wrapped_mid_name_is_no_name(extractor):
    text = ("Public forum: statements received\n"
            "No.\tName\tSubject\n"
            "7\tPeter Lund, Leeds\tTraffic calming on Otley Road Review\n"
            "Cycling Alliance\n"
            "8\tAnna Ross\tHousing Advisory\n"
            "Panel membership\n"
            "9\tLeeds Civic Trust\tWest Yorkshire Integrated\n"
            "Care Board funding\n")
    found = organisations(extractor, text)
    assert not any("Review" in name or name.startswith("Advisory") for name in found)
    assert "West Yorkshire Integrated Care Board" in found or "West Yorkshire Integrated Care Board" in {
        alias for record in found.values() for alias in record.aliases}
