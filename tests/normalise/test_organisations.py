"""Organisation names: trimming a matched phrase, references, the paper's own council."""

from __future__ import annotations

import pytest

from extract import resources
from extract.normalise.wrapped_lines import join_wrapped_lines
from extract.normalise.organisations import (
    Body,
    council_list,
    is_generic,
    name_key,
    name_rules,
    own_council,
    plausible_ner_name,
    resolve_reference,
    trim_name,
)


@pytest.fixture(scope="module")
def rules():
    words = resources.read_lexicon("lexicons/organisation_words.json")
    bodies = resources.read_lexicon("lexicons/decision_bodies.json")
    councils = ["Essex County Council", "Wyre Forest District Council", "Leicestershire County Council"]
    return name_rules(words, bodies, councils, ["committee", "commission", "partnership", "council", "board", "force"])


@pytest.mark.parametrize(
    "phrase, expected",
    [
        pytest.param("The Planning Committee", "Planning Committee", id="article"),
        pytest.param("Chair of Audit and Governance Committee", "Audit and Governance Committee", id="post-of"),
        pytest.param("Minutes of Licensing Committee", "Licensing Committee", id="part-of-paper"),
        pytest.param("Cabinet , Scrutiny Commission", "Scrutiny Commission", id="comma-list"),
        pytest.param("Housing , Planning and Development Scrutiny Panel",
                     "Housing , Planning and Development Scrutiny Panel", id="comma-inside-name"),
        pytest.param("Audit and Standards , Licensing , Planning and Appeals Committee", "Appeals Committee",
                     id="a-list-of-bodies-one-head"),
        pytest.param("Environment , Housing and Transport Committee", "Environment , Housing and Transport Committee",
                     id="one-and-in-a-list-of-topics"),
        pytest.param("Safer Essex Partnership and the Margate Task Force", "Margate Task Force",
                     id="two-names-joined-by-and"),
        pytest.param("Leicestershire 's Children and Young People 's Service",
                     "Children and Young People 's Service", id="place-possessive"),
        pytest.param("Following Cabinet approval", "Cabinet approval", id="sentence-opener"),
    ],
)
def test_trim_name(rules, phrase, expected):
    words = phrase.split()
    start, end = trim_name(words, rules)
    assert " ".join(words[start:end]) == expected


def test_a_heading_line_ending_in_a_body_word_is_cut_off(rules):
    words = "SCRUTINY COMMISSION Total Place Board".split()
    start, end = trim_name(words, rules, line_ends=[1])
    assert words[start:end] == ["Total", "Place", "Board"]


def test_wrapped_lines_are_joined_offsets_kept():
    text = "Hywel Dda\nUniversity Health Board\n\nNext"
    joined = join_wrapped_lines(text)
    assert joined == "Hywel Dda University Health Board\n\nNext" and len(joined) == len(text)


@pytest.mark.parametrize(
    "name, expected",
    [
        pytest.param("County Council", True, id="county-council"),
        pytest.param("Integrated Care Board", True, id="icb"),
        pytest.param("Full Council", True, id="full-council"),
        pytest.param("Planning Committee", False, id="committee-names-are-names"),
        pytest.param("Local Highways Panel", False, id="panel"),
        pytest.param("Wivenhoe Town Council", False, id="named-town-council"),
    ],
)
def test_is_generic(rules, name, expected):
    assert is_generic(name.split(), rules) is expected


@pytest.mark.parametrize(
    "words, expected",
    [
        pytest.param(["Essex", "Highways"], True, id="place-and-word"),
        pytest.param(["Social", "Care"], False, id="topic"),
        pytest.param(["Essex", "and", "Leicestershire"], False, id="only-places"),
        pytest.param(["Essex", "Strategy"], False, id="plan"),
        pytest.param(["Cllr", "Essex"], False, id="honorific"),
        pytest.param(["ESSEX", "HIGHWAYS"], False, id="capitals"),
        pytest.param("Essex Cycling Campaign".split(), True, id="campaign-group"),
        pytest.param("Leicestershire Harbour Place Shaping Town Centres".split(), False,
                     id="a-projects-long-title"),
        pytest.param("Wyre & Forest Green".split(), False, id="places-joined-by-ampersand"),
        pytest.param("Essex Valley Councils".split(), False, id="plural-of-a-body-word"),
        pytest.param("Essex Bridge Junction".split(), False, id="a-junction"),
    ],
)
def test_plausible_ner_name(rules, words, expected):
    assert plausible_ner_name(words, rules) is expected


COMMITTEE = Body("body-scrutiny-commission", "Scrutiny Commission", "committee")
COUNTY = Body("leicestershire-county-council", "Leicestershire County Council", "council")
CITY = Body("leicester-city-council", "Leicester City Council", "council")
ICB = Body("nhs-x-icb", "NHS Leicester, Leicestershire and Rutland Integrated Care Board", "health")


@pytest.mark.parametrize(
    "reference, expected",
    [
        pytest.param("Council", COUNTY, id="council-is-own-council"),
        pytest.param("Full Council", COUNTY, id="full-council"),
        pytest.param("Commission", COMMITTEE, id="meetings-own-body"),
        pytest.param("County Council", COUNTY, id="own-council-by-type"),
        pytest.param("City Council", CITY, id="other-council-by-type"),
        pytest.param("Integrated Care Board", ICB, id="only-body-so-named"),
        pytest.param("Cabinet", Body("body-cabinet", "Cabinet", "committee"), id="standalone"),
        pytest.param("Trust", None, id="unknown"),
    ],
)
def test_resolve_reference(rules, reference, expected):
    found = resolve_reference(reference, committee=COMMITTEE, own_council=COUNTY, bodies=[COUNTY, CITY, ICB],
                              rules=rules)
    assert found == expected


CABINET = Body("body-cabinet", "Cabinet", "committee")


@pytest.mark.parametrize(
    "bodies, referenced, expected",
    [
        pytest.param([COUNTY, CABINET], (), CABINET, id="the-cabinet-named-as-a-body"),
        pytest.param([COUNTY], ("Cabinet", "Executive"), CABINET, id="the-cabinet-among-the-references"),
        pytest.param([COUNTY], ("Executive",), Body("body-executive", "Executive", "committee"),
                     id="no-cabinet-named"),
    ],
)
def test_the_executive_is_the_cabinet_when_the_paper_names_it(rules, bodies, referenced, expected):
    found = resolve_reference("Executive", committee=None, own_council=COUNTY, bodies=bodies, rules=rules,
                              referenced=referenced)
    assert found == expected


BOARD = Body("body-audit-and-risk-board", "Audit and Risk Board", "committee")
FINANCE = Body("body-finance-and-performance-committee", "Finance and Performance Committee", "committee")


@pytest.mark.parametrize(
    "reference, committee, expected",
    [
        pytest.param("Committee", BOARD, None, id="bare-committee-at-a-board-is-not-another-committee"),
        pytest.param("the Committee", BOARD, None, id="with-article"),
        pytest.param("Board", BOARD, BOARD, id="the-board-is-the-meetings-own"),
        pytest.param("Committee", None, FINANCE, id="no-meeting-body-the-one-committee-named"),
        pytest.param("Cabinet", BOARD, Body("body-cabinet", "Cabinet", "committee"), id="standalone-still"),
    ],
)
def test_a_bare_reference_at_a_known_meeting_means_that_body_or_none(rules, reference, committee, expected):
    found = resolve_reference(reference, committee=committee, own_council=None, bodies=[BOARD, FINANCE],
                              rules=rules)
    assert found == expected


def test_own_council():
    header = [(COUNTY, 900, 1), (CITY, 40, 1)]
    assert own_council(header, None, header_chars=600) == CITY
    assert own_council([(COUNTY, 900, 3), (CITY, 1200, 1)], None, header_chars=600) == COUNTY
    assert own_council([(COUNTY, 900, 1), (CITY, 1200, 1)], None, header_chars=600) is None
    assert own_council([(COUNTY, 900, 1)], None, header_chars=600) == COUNTY
    town = Body("body-wivenhoe-town-council", "Wivenhoe Town Council", "council")
    assert own_council([(COUNTY, 10, 1)], town, header_chars=600) == town


def test_name_key_folds_case_ampersand_and_article():
    assert name_key("The Hereford & Worcester Fire Authority") == "hereford and worcester fire authority"


@pytest.mark.parametrize(
    "phrase, expected",
    [
        pytest.param("Brighton and Hove, East Sussex or West Sussex",
                     [("Brighton and Hove", "bh"), ("East Sussex", "es"), ("West Sussex", "ws")],
                     id="an-and-inside-a-place"),
        pytest.param("Wealden, Cumbria and Lewes", [("Cumbria", "c"), ("Lewes", "l")], id="read-from-the-end"),
        pytest.param("Surrey and Lewes", [], id="one-place-is-no-list"),
    ],
)
def test_council_list(phrase, expected):
    places = {"Brighton and Hove": ("Brighton and Hove City Council", "bh"), "East Sussex": (
        "East Sussex County Council", "es"), "West Sussex": ("West Sussex County Council", "ws"),
              "Lewes": ("Lewes District Council", "l"), "Cumbria": ("Cumbria County Council", "c")}
    assert [(phrase[a:b], key) for a, b, _, key in council_list(phrase, places)] == expected
