"""The organisation gazetteers under models/patterns/: valid rows, one canonical name per id, no clashes.

The canonical name of an id is the row whose pattern slugifies to exactly that id; every other row
with the id is an alias. The rows feed a PhraseMatcher, so they are also checked by matching them in
sentences written the way different councils write.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

import pytest
import spacy
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.util import filter_spans

from extract import resources as data
from extract.resources import PatternRow

GAZETTEERS = sorted(
    name for name, _ in data.data_files() if re.fullmatch(r"patterns/gazetteer_[a-z_]+\.jsonl", name)
)
KINDS = {
    "council", "committee", "police", "fire", "health", "inspectorate", "government", "partnership",
    "education", "voluntary", "company", "other",
}
ACRONYM = re.compile(r"^(?=(?:.*[A-Z]){2})[A-Za-z]{2,8}$")
# One-word names that are not acronyms, each reviewed: a brand, not an everyday word or a place.
ONE_WORD_NAMES = {
    "Addaction", "Barnardo's", "Cadw", "Defra", "Estyn", "Girlguiding", "Mencap", "Merseytravel", "Nacro",
    "NatureScot", "Nestrans", "NHSScotland", "Ofcom", "Ofgem", "Ofqual", "Ofsted", "Ofwat", "Openreach",
    "Samaritans", "Sustrans", "SWestrans", "Tactran", "YoungMinds",
    "Tesco", "Asda", "Morrisons", "Aldi", "Lidl", "Waitrose", "Amazon", "Unilever", "Ikea", "Thales", "Airbus",
    "Arup", "McDonald’s", "Sainsbury's",
}
GENERIC = [
    "Council", "the Council", "County Council", "City Council", "District Council", "Borough Council",
    "Cabinet", "Executive", "Committee", "Scrutiny Commission", "Commission", "Board", "Health Board",
    "Authority", "Fire Authority", "Police Authority", "Partnership", "Trust", "NHS Trust", "Service",
    "Fire Service", "Police", "Constabulary", "NHS", "Government", "Department", "Office", "Ombudsman",
    "University", "College", "Parliament", "Assembly", "Agency", "Inspectorate", "Primary Care Trust",
    "Clinical Commissioning Group", "Integrated Care Board", "Local Enterprise Partnership",
]
# Names and acronyms that are everyday words once case is folded: a case-folding matcher would fire on
# "a good idea" or "in the mind". They are matched in their long forms only.
EVERYDAY_WORDS = [
    "IDeA", "SOLACE", "MOD", "ONS", "NICE", "Mind", "Scope", "Sense", "Shelter", "Crisis", "Refuge",
    "Relate", "Monitor", "Turning Point", "Victim Support", "London Councils", "NHS Providers",
]
PLACES = [
    "Leicestershire", "Leicester", "Worcestershire", "Worcester", "Kent", "Camden", "Tower Hamlets",
    "Gwynedd", "Ynys Môn", "Cardiff", "Fife", "Highland", "Glasgow", "Belfast", "Derry", "London",
    "England", "Wales", "Scotland", "Northern Ireland", "West Mercia", "Thames Valley", "Black Country",
]
COUNCIL_FORM = re.compile(
    r"^(?:London Borough of |Royal Borough of |City of |Borough Council of |Council of the )?(?P<place>.+?)"
    r"(?: (?:County Borough|Metropolitan Borough|Metropolitan District|County|District|Borough|City|"
    r"City and District|Islands))? Council$"
)

SPOT_CHECKS = {  # test id: (pattern, expected id)
    "english-county": ("Leicestershire County Council", "leicestershire-county-council"),
    "english-district": ("Wyre Forest District Council", "wyre-forest-district-council"),
    "english-borough": ("Redditch Borough Council", "redditch-borough-council"),
    "english-unitary-city": ("Leicester City Council", "leicester-city-council"),
    "london-borough-alias": ("Camden Council", "london-borough-of-camden"),
    "royal-borough": ("Royal Borough of Greenwich", "royal-borough-of-greenwich"),
    "city-of-london": ("City of London Corporation", "city-of-london-corporation"),
    "gla": ("Greater London Authority", "greater-london-authority"),
    "ca": ("Greater Manchester Combined Authority", "greater-manchester-combined-authority"),
    "welsh-name-of-welsh-council": ("Cyngor Gwynedd", "gwynedd-council"),
    "welsh-name-non-ascii": ("Cyngor Sir Ynys Môn", "isle-of-anglesey-county-council"),
    "welsh-variant": ("Rhondda Cynon Taff Council", "rhondda-cynon-taf-county-borough-council"),
    "scottish-gaelic-name": ("Comhairle nan Eilean Siar", "comhairle-nan-eilean-siar"),
    "scottish-alias": ("Edinburgh City Council", "city-of-edinburgh-council"),
    "ni-current": ("Mid Ulster District Council", "mid-ulster-district-council"),
    "ni-pre-2015": ("Moyle District Council", "moyle-district-council"),
    "english-abolished": ("Taunton Deane Borough Council", "taunton-deane-borough-council"),
    "english-force": ("West Mercia Police", "west-mercia-police"),
    "welsh-force": ("Dyfed-Powys Police", "dyfed-powys-police"),
    "scottish-force": ("Police Scotland", "police-scotland"),
    "psni": ("Police Service of Northern Ireland", "police-service-of-northern-ireland"),
    "special-force": ("British Transport Police", "british-transport-police"),
    "pcc-alias": (
        "Leicestershire Police and Crime Commissioner",
        "office-of-the-police-and-crime-commissioner-for-leicestershire",
    ),
    "generic-opcc": (
        "Office of the Police and Crime Commissioner",
        "office-of-the-police-and-crime-commissioner",
    ),
    "fire-alias": (
        "Hereford and Worcester Fire and Rescue",
        "hereford-and-worcester-fire-and-rescue-service",
    ),
    "scottish-fire": ("Scottish Fire and Rescue Service", "scottish-fire-and-rescue-service"),
    "ni-fire": ("Northern Ireland Fire and Rescue Service", "northern-ireland-fire-and-rescue-service"),
    "pct-trading-name": ("NHS Worcestershire", "worcestershire-primary-care-trust"),
    "pct-trading-name-2": (
        "NHS Leicestershire County and Rutland",
        "leicestershire-county-and-rutland-primary-care-trust",
    ),
    "icb": (
        "NHS Herefordshire and Worcestershire ICB",
        "nhs-herefordshire-and-worcestershire-integrated-care-board",
    ),
    "trust-short-form": ("University Hospitals of Leicester", "university-hospitals-of-leicester-nhs-trust"),
    "welsh-health-board": (
        "Betsi Cadwaladr University Health Board",
        "betsi-cadwaladr-university-health-board",
    ),
    "scottish-health-board": ("NHS Greater Glasgow and Clyde", "nhs-greater-glasgow-and-clyde"),
    "historical-health": ("Public Health England", "public-health-england"),
    "ofsted": ("Ofsted", "ofsted"),
    "well-known-acronym": ("CQC", "care-quality-commission"),
    "hmicfrs": ("HMICFRS", "hm-inspectorate-of-constabulary-and-fire-and-rescue-services"),
    "renamed-auditor": ("Wales Audit Office", "audit-wales"),
    "scottish-inspectorate": ("Care Inspectorate", "care-inspectorate"),
    "welsh-inspectorate": ("Estyn", "estyn"),
    "dclg-short-name": (
        "Communities and Local Government",
        "department-for-communities-and-local-government",
    ),
    "devolved-historical": ("Welsh Assembly Government", "welsh-assembly-government"),
    "cosla": ("COSLA", "convention-of-scottish-local-authorities"),
    "riep-ampersand": (
        "Regional Improvement & Efficiency Partnership",
        "regional-improvement-and-efficiency-partnership",
    ),
    "probation": ("Probation Service", "probation-service"),
    "university-alias": ("Worcester University", "university-of-worcester"),
    "ni-university": ("Queen's University Belfast", "queen-s-university-belfast"),
    "fe-college": ("Worcester College of Technology", "worcester-college-of-technology"),
}


def slug(text: str) -> str:
    """The id a canonical name gives: lower-case, runs of other characters as one hyphen, trimmed."""
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


@pytest.fixture(scope="module")
def rows_by_file() -> dict[str, list[PatternRow]]:
    return {name: data.load_pattern_rows(name) for name in GAZETTEERS}


@pytest.fixture(scope="module")
def rows(rows_by_file: dict[str, list[PatternRow]]) -> list[PatternRow]:
    return [row for file_rows in rows_by_file.values() for row in file_rows]


@pytest.fixture(scope="module")
def canonical(rows: list[PatternRow]) -> dict[str, PatternRow]:
    return {row.id: row for row in rows if slug(row.pattern) == row.id}


@pytest.fixture(scope="module")
def id_of(rows: list[PatternRow]) -> dict[str, str]:
    return {row.pattern.lower(): row.id for row in rows}


@pytest.fixture(scope="module")
def organisation_matcher(rows: list[PatternRow]) -> tuple[Language, PhraseMatcher]:
    """A case-folding PhraseMatcher over every gazetteer row, keyed by id (as a ruler would use them)."""
    nlp = spacy.blank("en")
    matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
    by_id: dict[str, list[str]] = defaultdict(list)
    for row in rows:
        by_id[row.id].append(row.pattern)
    for oid, patterns in by_id.items():
        matcher.add(oid, list(nlp.tokenizer.pipe(patterns)))
    return nlp, matcher


def longest_matches(nlp: Language, matcher: PhraseMatcher, text: str) -> list[tuple[str, str]]:
    """(text, id) of each longest gazetteer match in TEXT, in order."""
    doc = nlp.make_doc(text)
    spans = filter_spans(matcher(doc, as_spans=True))
    return [(span.text, span.label_) for span in spans]


def test_the_gazetteer_files_are_present():
    expected = {"councils", "police_fire", "health", "national", "education"}
    assert {f"patterns/gazetteer_{name}.jsonl" for name in expected} <= set(GAZETTEERS)


@pytest.mark.parametrize("name", GAZETTEERS)
def test_rows_are_tidy_organisation_phrases_with_id_and_kind(rows_by_file, name):
    for row in rows_by_file[name]:
        assert row.label == "ORG", row
        assert isinstance(row.pattern, str), f"{name}: gazetteer rows are phrases, not token patterns: {row}"
        assert row.pattern == row.pattern.strip() and "  " not in row.pattern, row
        assert row.pattern[0].isupper() or row.pattern[0].isdigit(), row
        assert row.id and row.id == slug(row.id), f"{name}: id must be a slug: {row}"
        assert row.kind in KINDS, f"{name}: unknown kind: {row}"


def test_no_pattern_appears_twice_in_any_gazetteer(rows):
    counts = Counter(row.pattern.lower() for row in rows)
    assert [pattern for pattern, n in counts.items() if n > 1] == []


def test_every_id_has_exactly_one_canonical_row(rows):
    canonical_rows = Counter(row.id for row in rows if slug(row.pattern) == row.id)
    ids = {row.id for row in rows}
    assert sorted(oid for oid in ids if canonical_rows[oid] != 1) == []


def test_aliases_share_the_kind_and_file_of_their_canonical_name(rows_by_file, canonical):
    file_of = {}
    for name, file_rows in rows_by_file.items():
        file_of.update({row.id: name for row in file_rows if slug(row.pattern) == row.id})
    for name, file_rows in rows_by_file.items():
        for row in file_rows:
            assert row.kind == canonical[row.id].kind, row
            assert file_of[row.id] == name, f"{row} is in {name}, its canonical name in {file_of[row.id]}"


def test_one_word_patterns_are_acronyms_or_reviewed_names(rows):
    one_word = [row.pattern for row in rows if " " not in row.pattern]
    assert [word for word in one_word if not ACRONYM.match(word) and word not in ONE_WORD_NAMES] == []


@pytest.mark.parametrize("word", GENERIC)
def test_generic_words_are_not_gazetteer_patterns(id_of, word):
    assert word.lower() not in id_of


@pytest.mark.parametrize("word", EVERYDAY_WORDS)
def test_names_that_are_everyday_words_are_left_out(id_of, word):
    assert word.lower() not in id_of


@pytest.mark.parametrize("place", PLACES)
def test_bare_place_names_are_not_gazetteer_patterns(id_of, place):
    assert place.lower() not in id_of


def test_no_council_place_name_is_itself_a_pattern(canonical, id_of):
    places = set()
    for row in canonical.values():
        if row.kind == "council" and (found := COUNCIL_FORM.match(row.pattern)):
            places.add(found["place"])
    assert len(places) > 400
    assert sorted(place for place in places if place.lower() in id_of) == []


@pytest.mark.parametrize(
    "pattern,expected_id", [pytest.param(*check, id=name) for name, check in SPOT_CHECKS.items()]
)
def test_named_bodies_from_every_nation_are_present(id_of, pattern, expected_id):
    assert id_of.get(pattern.lower()) == expected_id


@pytest.mark.parametrize(
    "note_prefix,count",
    [
        pytest.param("Welsh principal council", 22, id="welsh-councils"),
        pytest.param("Scottish council", 32, id="scottish-councils"),
        pytest.param("London borough council", 32, id="london-boroughs"),
        pytest.param("territorial police force", 45, id="uk-territorial-forces"),
        pytest.param("integrated care board", 42, id="icbs"),
        pytest.param("NHS Scotland territorial health board", 14, id="scottish-health-boards"),
    ],
)
def test_complete_sets_are_complete(canonical, note_prefix, count):
    assert sum(1 for row in canonical.values() if (row.note or "").startswith(note_prefix)) == count


def test_northern_ireland_has_eleven_councils_and_twenty_six_before_2015(canonical):
    ni = [row for row in canonical.values() if (row.note or "").startswith("Northern Ireland district")]
    assert sum("abolished" not in row.note for row in ni) == 11
    assert sum("abolished" in row.note or "before" in row.note for row in ni) == 26


@pytest.mark.parametrize(
    "text,expected_ids",
    [
        pytest.param(
            "Contact Officer: Rhian Jones, Cyngor Gwynedd, Tel 01286 679000",
            ["gwynedd-council"],
            id="welsh-contact-block",
        ),
        pytest.param(
            "CYNGOR SIR YNYS MÔN / ISLE OF ANGLESEY COUNTY COUNCIL - Pwyllgor Gwaith / Executive",
            ["isle-of-anglesey-county-council", "isle-of-anglesey-county-council"],
            id="bilingual-welsh-header",
        ),
        pytest.param(
            "The Highland Council's Education Committee noted the report.",
            ["highland-council"],
            id="scottish-possessive",
        ),
        pytest.param(
            "Cllr A. Begum (London Borough of Tower Hamlets) asked a question.",
            ["london-borough-of-tower-hamlets"],
            id="london-bracketed",
        ),
        pytest.param(
            "Officers of Hereford & Worcester Fire and Rescue Service attended.",
            ["hereford-and-worcester-fire-and-rescue-service"],
            id="ampersand-form",
        ),
        pytest.param(
            "A report from the Office of the Police and Crime Commissioner for Leicestershire (OPCC).",
            ["office-of-the-police-and-crime-commissioner-for-leicestershire"],
            id="longest-opcc",
        ),
        pytest.param(
            "RESOLVED that the views of NHS Worcestershire and WEST MERCIA POLICE be sought.",
            ["worcestershire-primary-care-trust", "west-mercia-police"],
            id="capitals-and-two-bodies",
        ),
        pytest.param(
            "Derry City and Strabane District Council and the PSNI met on 3 May.",
            ["derry-city-and-strabane-district-council", "police-service-of-northern-ireland"],
            id="northern-ireland",
        ),
        pytest.param(
            "The Wales Audit Office (now Audit Wales) reported to the Governance and Audit Committee.",
            ["audit-wales", "audit-wales"],
            id="renamed-body",
        ),
        pytest.param(
            "6. Report of Police Scotland and the Scottish Fire and Rescue Service (Convener: Cllr Reid)",
            ["police-scotland", "scottish-fire-and-rescue-service"],
            id="scottish-partners",
        ),
        pytest.param(
            "Ofsted, the Care Quality Commission and the former Audit Commission all commented.",
            ["ofsted", "care-quality-commission", "audit-commission"],
            id="inspectorates",
        ),
        pytest.param("Leicestershire and Rutland residents were consulted.", [], id="places-are-not-bodies"),
        pytest.param("The Council and the Cabinet agreed the Commission's report.", [], id="generic-words"),
    ],
)
def test_gazetteer_names_match_in_running_text(organisation_matcher, id_of, text, expected_ids):
    nlp, matcher = organisation_matcher
    found = longest_matches(nlp, matcher, text)
    assert [oid for _, oid in found] == expected_ids
    assert all(id_of[quoted.lower()] == oid for quoted, oid in found)
