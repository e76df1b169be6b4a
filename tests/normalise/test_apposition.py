"""Officers named with their post beside the name in running text: the NER's people, read by context."""

from __future__ import annotations

import pytest

from extract.normalise.apposition import find_apposed_officers
from extract.normalise.officers import ContactRules, iter_values


def apposed(text: str, people: list[str], rules: ContactRules) -> list[tuple]:
    """(name, job title, role) of each officer found, the people given as the NER would find them."""
    offsets, at = [], 0
    for person in people:
        start = text.index(person, at)
        offsets.append((start, start + len(person)))
        at = start + len(person)
    found = find_apposed_officers(text, offsets, rules)
    values = [(dict(iter_values(o, text)), o.role) for o in found]
    return [(value["name"], value["job_title"], role) for value, role in values]


@pytest.mark.parametrize(
    "text,people,expected",
    [
        pytest.param("3. Lena Ward, Head of Virtual School, presented the report to the Panel.\n",
                     ["Lena Ward"], [("Lena Ward", "Head of Virtual School", "presenter")],
                     id="commas-presented"),
        pytest.param("Omar Haddad (Interim Director of Finance) and Jo Kent (Chief Accountant) were in "
                     "attendance for this item\n", ["Omar Haddad", "Jo Kent"],
                     [("Omar Haddad", "Interim Director of Finance", "mentioned"),
                      ("Jo Kent", "Chief Accountant", "attendee")], id="brackets-in-attendance-for-the-item"),
        pytest.param("Nia Powell, Head of Risk & Assurance and Carl Bright, Director of Strategy were in "
                     "attendance.\n",
                     ["Nia Powell", "Carl Bright"],
                     [("Nia Powell", "Head of Risk & Assurance", "mentioned"),
                      ("Carl Bright", "Director of Strategy", "attendee")], id="and-before-the-next-person"),
        pytest.param("Talk from Rhys Mort, Regional Partnerships Manager for Dŵr Cymru re the mains.\n",
                     ["Rhys Mort"],
                     [("Rhys Mort", "Regional Partnerships Manager for Dŵr Cymru", "mentioned")],
                     id="post-ended-by-prose"),
        pytest.param("It was agreed to write to Moira Blair as director of City Estates about the yard.\n",
                     ["Moira Blair"], [("Moira Blair", "director of City Estates", "mentioned")],
                     id="as-post"),
        pytest.param("Legal advice: Priya Nair, Senior Solicitor Planning 14 March 2025.\n",
                     ["Priya Nair"], [("Priya Nair", "Senior Solicitor Planning", "mentioned")],
                     id="sign-off-date"),
        pytest.param("From: Alan Crewe, Corporate Director, Adult Social Care and Health\nTo: Cabinet\n",
                     ["Alan Crewe"],
                     [("Alan Crewe", "Corporate Director, Adult Social Care and Health", "mentioned")],
                     id="remit-after-a-comma"),
        pytest.param("Date of decision: 2nd May 2024 Head of Planning and Development Ruth Lowe\n",
                     ["Ruth Lowe"], [("Ruth Lowe", "Head of Planning and Development", "mentioned")],
                     id="post-before-the-name-signing-a-notice"),
        pytest.param("Officer presenting the report: Adam Crane Job title: Head of City Transport\n",
                     ["Adam Crane Job"], [("Adam Crane", "Head of City Transport", "mentioned")],
                     id="cover-sheet-job-title-label"),
        pytest.param("Executive Director lead: Jon Smythe: Executive Director for Growth & Regeneration\n",
                     ["Jon Smythe"],
                     [("Jon Smythe", "Executive Director for Growth & Regeneration", "mentioned")],
                     id="name-colon-post"),
        pytest.param("c. Mr D Orme, Participation Support Officer, thanked the young people.\n",
                     ["c. Mr D Orme"], [("D Orme", "Participation Support Officer", "mentioned")],
                     id="list-marker-and-honorific"),
    ],
)
def test_officer_named_beside_post(rules, text, people, expected):
    assert apposed(text, people, rules) == expected


@pytest.mark.parametrize(
    "text,people",
    [
        pytest.param("From: Ray Gold, Leader,\n", ["Ray Gold"], id="one-word-post-a-member-may-hold"),
        pytest.param("Ann Roe (Secretary) opened the meeting.\n", ["Ann Roe"], id="secretary-in-brackets"),
        pytest.param("Cllr Jo Watts, Executive Member for Housing, presented the report.\n",
                     ["Cllr Jo Watts"], id="councillor"),
        pytest.param("Ian Bell, Cabinet Member for Children's Services, introduced the item.\n", ["Ian Bell"],
                     id="member-post"),
        pytest.param("The reply was signed by Ewan Hart, Secretary of State for Wales.\n", ["Ewan Hart"],
                     id="minister"),
        pytest.param("The Chair congratulated Mia Dunn, a care leaver who won an award.\n", ["Mia Dunn"],
                     id="not-a-post"),
        pytest.param("Present: Tom Fry, Ana Lopes, Bea Kerr\n", ["Tom Fry", "Ana Lopes", "Bea Kerr"],
                     id="a-list-of-names"),
    ],
)
def test_no_officer_beside(rules, text, people):
    assert apposed(text, people, rules) == []


def test_a_signature_the_ner_missed_is_read_after_its_post(rules):
    text = "Date of decision: 2nd May 2024 Head of Planning and Development Ruth Lowe\n"
    found = find_apposed_officers(text, [], rules)
    assert [dict(iter_values(o, text))["name"] for o in found] == ["Ruth Lowe"]


def test_people_in_attendance_lists_are_left_to_them(rules):
    text = "In attendance: Ravi Shah (Clerk to the Council)\n"
    start = text.index("Ravi")
    assert find_apposed_officers(text, [(start, start + 9)], rules, listed=[(start, len(text))]) == []


def test_names_the_ner_missed_before_a_comma_and_a_post_are_read(rules):
    text = ("Fiona Agnew, Chief Executive Officer, Gareth Lloyd, Director of Resources and Hywel Price, "
            "General Counsel were in attendance for this item.\n")
    found = find_apposed_officers(text, [], rules)
    assert [(v["name"], v["job_title"]) for v in (dict(iter_values(o, text)) for o in found)] == [
        ("Fiona Agnew", "Chief Executive Officer"),
        ("Gareth Lloyd", "Director of Resources"),
        ("Hywel Price", "General Counsel"),
    ]


def test_a_person_the_ner_finds_inside_a_post_is_not_another_officer(rules):
    text = "2. Dana Holt, Headteacher of Virtual School Devon, presented the annual report.\n"
    people = [(text.index("Dana Holt"), text.index("Dana Holt") + 9),
              (text.index("School Devon"), text.index("School Devon") + 12)]
    found = find_apposed_officers(text, people, rules)
    assert [dict(iter_values(o, text))["name"] for o in found] == ["Dana Holt"]


@pytest.mark.parametrize(
    "text",
    [
        "Present: Councillors Tom Fry, Ana Lopes and Bea Kerr.\n",
        "The Local Plan Review, Housing Delivery Test and Five Year Supply were discussed.\n",
        "Visitors from Ysgol Gymraeg Bro Teifi, Llandysul were welcomed.\n",
    ],
)
def test_capitalised_words_before_a_comma_without_a_post_are_no_officer(rules, text):
    assert find_apposed_officers(text, [], rules) == []


def test_a_post_in_a_table_cell_ends_at_the_cell(rules):
    text = "Adam Lee, Head of City\tStreetspace 2: Denmark St\t5 Feb 2026\n"
    found = apposed(text, ["Denmark St"], rules)
    assert found == [("Adam Lee", "Head of City", "mentioned")]


def employed(text: str, people: list[str], rules: ContactRules) -> list[tuple]:
    """(name, organisation) of each officer found, the people given as the NER would find them."""
    offsets = [(text.index(p), text.index(p) + len(p)) for p in people]
    return [(v["name"], v["organisation"]) for v in
            (dict(iter_values(o, text)) for o in find_apposed_officers(text, offsets, rules))]


@pytest.mark.parametrize(
    "text,people,expected",
    [
        pytest.param("3061. Correspondence: Email from Gwen Rhys, MCC asking about Easter parking.\n",
                     ["Gwen Rhys"], [("Gwen Rhys", "MCC")], id="council-acronym"),
        pytest.param("12i) Mr T. Parry, C.C.C. Highways Department advised that the gang would attend.\n",
                     ["T. Parry"], [("T. Parry", "C.C.C. Highways Department")], id="dotted-acronym-and-unit"),
        pytest.param("A letter from Ruth Bell, Powys County Council about the bridge was read.\n",
                     ["Ruth Bell"], [("Ruth Bell", "Powys County Council")], id="council-named"),
    ],
)
def test_a_person_printed_with_a_council_is_its_officer(rules, text, people, expected):
    assert employed(text, people, rules) == expected


@pytest.mark.parametrize(
    "text,people",
    [
        pytest.param("From:\tRhodri Price, Leader of the Council\n", ["Rhodri Price"], id="member-post"),
        pytest.param("The group was Ann Hook, Steve Manion and the Leader of the Council.\n",
                     ["Ann Hook", "Steve Manion"], id="a-list-of-people"),
        pytest.param("9. Zurich Municipal, Council Insurance, Chq No 1369 £277.10\n", [], id="payee-not-a-person"),
        pytest.param("Thanks went to Jean Lloyd, MBE for the flowers.\n", ["Jean Lloyd"], id="postnominal"),
    ],
)
def test_no_employer_beside(rules, text, people):
    assert employed(text, people, rules) == []
