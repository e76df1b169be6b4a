"""Officers named with their post beside the name in running text, wherever the paper's layout puts them:
"Tony Reed, Head of Virtual School, presented the report", "Ann Lee (Interim Director of Finance) and
Raj Kaur (Chief Accountant) were in attendance for this item", "a letter to Jo Marsh as director of City
Properties". The names are the NER's PERSON entities (so a name in a layout no rule was written for is
still a candidate); the post beside the name decides that the person is an officer."""

from __future__ import annotations

import re
from typing import Optional, Sequence

from ..span_index import Coverage
from .named_in_text import OWNER
from .officer_rules import (
    TITLE_CONNECTORS,
    ContactRules,
    OfficerFound,
    Offsets,
    looks_like_name,
    looks_like_organisation,
    looks_like_title,
    strip_honorifics,
)

LIST_MARKER = re.compile(r"^(?:\(?(?:\d{1,3}|[a-z]|[ivx]{1,4})[.)][ \t]+)+")
"""A list marker the NER takes into a name ("c. Sarah Hale")."""
HONORIFIC_BEFORE = re.compile(r"(?:^|(?<=[\s(]))(?P<title>[A-Z][A-Za-z]{1,11}\.?)[ \t]+$")
"""One capitalised word just before a name, kept with it when it is an honorific ("Mr", "Cllr")."""
POST_OPENING = re.compile(r"(?:^|[:;,.()–—]|\b\d+(?:st|nd|rd|th)?\b)[ \t]*", re.M)
"""Where a post printed before a name may open: its line's start, after a label or a stop, after a number."""
ATTENDING = re.compile(r"^\s*(?:(?:was|were)\s+(?:also\s+)?(?:in\s+attendance|present)|attended)\b", re.I)


def find_apposed_officers(text: str, people: Sequence[Offsets], rules: ContactRules,
                          listed: Sequence[Offsets] = ()) -> list[OfficerFound]:
    """Each person the NER found whose post stands beside the name ("Name, Post," / "Name (Post)" /
    "Name as post"); listed are the stretches attendance lists cover, whose people those lists read."""
    persons = set(people)
    found_by_ner, in_lists = Coverage.of(people), Coverage.of(listed)
    people = [*people, *(span for span in [*names_ending_lines(text), *names_before_commas(text)]
                         if not found_by_ner.overlaps(*span))]
    starts = {start for start, _ in people}
    found: list[OfficerFound] = []
    titles = Coverage()
    for start, end in sorted(people):
        if in_lists.overlaps(start, start + 1):
            continue
        if titles.overlaps(start, start + 1):
            continue  # "Tony Doran, Headteacher of Virtual School Kent": the NER's "School Kent" is the post's
        officer = apposed_officer(text, start, end, starts, rules, (start, end) in persons)
        if officer is not None:
            found.append(officer)
            if officer.job_title:
                titles.add(*officer.job_title)
    return found


LINE_END_NAME = re.compile(r"(?<=[a-z)][ \t])(?:[A-Z][a-z'’-]+[ \t]+){1,2}[A-Z][a-z'’-]+(?=[ \t]*$)", re.M)
"""Two or three capitalised words ending a line after a lower-case word: a signature's name after its post
("… Head of Planning and Development Rebecca Lowe"), which the NER does not always find."""


def names_ending_lines(text: str) -> list[Offsets]:
    """Offsets of the names that end lines after a post (candidates beside the NER's people): the last two
    and the last three words of each such line."""
    spans = []
    for match in LINE_END_NAME.finditer(text):
        words = list(re.finditer(r"\S+", match.group()))
        spans += [(match.start() + word.start(), match.end()) for word in words[:-1]]
    return spans


NAME_BEFORE_COMMA = re.compile(r"(?<![\w'’.-])[A-Z][a-z'’-]+[ \t]+(?:[A-Z][a-z'’-]+[ \t]+)?[A-Z][a-z'’-]+(?=,[ \t]+[A-Z])")
"""Two or three capitalised words before a comma and a capital: "Amanda Beer, Chief Executive Officer, …",
which the NER does not always find."""
RUN_ON = re.compile(r"[A-Z][\w'’.-]*[ \t]+$")
"""A capitalised word just before: the words are the end of a longer name ("Ysgol Bro Teifi, …")."""


def names_before_commas(text: str) -> list[Offsets]:
    """Offsets of the names that stand before a comma and a capital, not run on from another capitalised
    word (candidates beside the NER's people; the post after the comma decides)."""
    return [match.span() for match in NAME_BEFORE_COMMA.finditer(text)
            if not RUN_ON.search(text[max(0, match.start() - 30):match.start()])]


def apposed_officer(text: str, start: int, end: int, starts: set[int],
                    rules: ContactRules, person: bool = True) -> Optional[OfficerFound]:
    """The officer a PERSON entity (person, else a name-shaped candidate) at start:end names with a post
    beside it, or with its employer when it is surely a person (the NER's, or titled: "Mr S. Quick, C.C.C.")."""
    marker = LIST_MARKER.match(text[start:end])
    start += marker.end() if marker else 0
    before = HONORIFIC_BEFORE.search(text[max(0, start - 14):start])
    if before and before.group("title").rstrip(".") in rules.honorifics | rules.councillor_titles:
        start -= len(text[max(0, start - 14):start]) - before.start()
    label = rules.title_label_after.search(text[start:end + 20])
    if label and start + label.start() < end:
        end = start + label.start()  # "Adam Crane Job title: Head of City Transport": the NER took "Job"
    n_start, n_end, councillor = strip_honorifics(text[start:end], start, rules)
    name = text[n_start:n_end]
    if councillor or "\n" in name or len(name.split()) < 2 or not looks_like_name(name, rules):
        return None
    post = post_beside(text, end, starts, rules)
    if post is not None:
        t_start, t_end = post
        return OfficerFound(role=role_after(text[t_end:t_end + 60], rules), rule="apposition",
                            name=(n_start, n_end), job_title=(t_start, t_end), start=n_start, end=t_end)
    post = post_before(text, start, rules)
    if post is None:
        employer = employer_beside(text, end, rules) if person or n_start > start else None
        if employer is None:
            return None
        return OfficerFound(role=role_after(text[employer[1]:employer[1] + 60], rules), rule="employer",
                            name=(n_start, n_end), organisation=employer, start=n_start, end=employer[1])
    return OfficerFound(role=role_after(text[end:end + 60], rules), rule="apposition", name=(n_start, n_end),
                        job_title=post, start=post[0], end=n_end)


EMPLOYER = re.compile(r",[ \t]+(?P<body>(?:[A-Z]\.){2,5}|[A-Z]{2,6}\b|[A-Z][\w&'’.-]*(?:[ \t]+(?:[A-Z][\w&'’.-]*|of|and|&|for|the)){0,6})"
                      r"(?P<unit>(?:[ \t]+[A-Z][\w&'’-]*){0,4})")
"""A body after a name and a comma: an acronym ("MCC", "C.C.C.") or capitalised words, then maybe a unit of it
("C.C.C. Highways Department")."""


def employer_beside(text: str, end: int, rules: ContactRules) -> Optional[Offsets]:
    """Offsets of the council or other body a name is printed with ("Email from Matthew Lewis, MCC", "Mr S.
    Quick, C.C.C. Highways Department advised"): an acronym of a council (ending in C) or words naming a body."""
    match = EMPLOYER.match(text, end)
    if match is None:
        return None
    body, unit = match.group("body"), match.group("unit")
    acronym = re.fullmatch(r"(?:[A-Z]\.){2,5}|[A-Z]{2,6}", body)
    if acronym and (body.replace(".", "").endswith("C")) and body not in rules.postnominals:
        return match.start("body"), match.end("unit" if looks_like_organisation(body + unit, rules) else "body")
    whole = body + unit
    if {w.lower() for w in whole.split()} & rules.title_words or re.search(r"\sand\s+the\s", whole):
        return None  # "Roger Gough, Leader of the Council"; "Antony Hook, Steve Manion and the Leader of …"
    if not acronym and looks_like_organisation(whole, rules):
        return match.start("body"), match.end("unit")
    return None


def post_before(text: str, start: int, rules: ContactRules) -> Optional[Offsets]:
    """Offsets of a post printed before a name on its line, after a label, a stop or a date ("Date of
    decision: 2 May 2024 Head of Planning Rebecca Lowe"); two words or more, or a post of the list."""
    line_start = text.rfind("\n", 0, start) + 1
    for boundary in POST_OPENING.finditer(text, line_start, start):
        at = boundary.end()
        title = text[at:start].rstrip()
        words = title.split()
        if not title[:1].isupper() or words[-1].lower() in TITLE_CONNECTORS or re.search(r"[,:;()\d]", title):
            continue  # "Adam Lee, Head of City Streetspace 2: Denmark St": a table row, not a post and name
        known = title.lower() in rules.post_keys
        if (len(words) >= 2 or known) and looks_like_title(title, rules):
            return at, at + len(title)
    return None


def post_beside(text: str, end: int, starts: set[int], rules: ContactRules) -> Optional[Offsets]:
    """Offsets of the post after a name: in brackets, between commas, or after "as"."""
    bracket = re.match(r"[ \t]*\(((?:[^()\n]|\([^()\n]*\))+)\)", text[end:])
    if bracket:
        at = end + bracket.start(1)
        return title_within(text, at, end + bracket.end(1), starts, rules, whole=True)
    lead = rules.post_lead.match(text[end:])
    # "(" left open: "(Head of X (Y)"; "Name Job title: Head of X" on a cover sheet
    if not lead:
        return None
    at = end + lead.end()
    stop = re.search(r"[,;:()\n]|(?<!\bof)(?<!\bfor)(?<!\band)(?<!&)\t|\.(?:\s|$)", text[at:at + 120])
    # a tab ends a table cell, unless the post runs on over it ("Head of\tHighways")
    return title_within(text, at, at + (stop.start() if stop else len(text[at:at + 120])), starts, rules)


def title_within(text: str, start: int, end: int, starts: set[int], rules: ContactRules,
                 whole: bool = False) -> Optional[Offsets]:
    """The job title that opens text[start:end]: it ends before prose (a lower-case word that is neither a
    connector nor a job-title word, a number) or before "and" and another person; whole asks that the
    title fill the stretch (a post in brackets)."""
    start += OWNER.match(text[start:end]).end()
    cut = end
    for word in re.finditer(r"[^\s]+", text[start:end]):
        bare = word.group().strip("()&").lower()
        at = start + word.start()
        if any(ch.isdigit() for ch in bare) and not re.fullmatch(r"\d{1,2}-\d{1,2}", bare):
            cut = at
            break
        if word.group()[:1].islower() and bare not in TITLE_CONNECTORS and bare not in rules.title_words:
            cut = at
            break
        if bare in ("and", "&") and person_follows(text, start + word.end(), starts):
            cut = at
            break
    while True:
        value = text[start:cut].rstrip(" \t,–—-")
        last = (value.split() or [""])[-1].lower()
        if last not in TITLE_CONNECTORS or not value:
            break
        cut = start + len(value) - len(last)
    if not value or (whole and start + len(value) < end - 1):
        return None
    if len(value.split()) < 2 and value.lower() not in rules.post_keys:
        return None  # "Roger Lee, Leader,", "Ann Roe (Secretary)": a one-word post may be a member's
    if not looks_like_title(value, rules, lower_case=True):
        return None
    at = start + len(value)
    return start, at + remit_after(text[at:end + 80], starts, at, rules)


def remit_after(rest: str, starts: set[int], at: int, rules: ContactRules) -> int:
    """The length of a remit printed after a post and a comma ("Corporate Director, Adult Social Care and
    Health"): capitalised words and connectors to the line's end, holding no job-title word and no person."""
    word = r"(?:[A-Z][\w'’-]*|and|&|of|for|the)"
    remit = re.match(rf",[ \t]+({word}(?:[ \t]+{word})*)[ \t]*(?=\n|$)", rest)
    if not remit or at + remit.start(1) in starts:
        return 0
    words = {w.lower() for w in remit.group(1).split()}
    if words & rules.title_words or not re.search(r"\s(?:and|&)\s", remit.group(1)):
        return 0
    return remit.end(1)


def person_follows(text: str, at: int, starts: set[int]) -> bool:
    """Whether a PERSON entity starts at the next word after position at."""
    gap = re.match(r"[ \t]*", text[at:])
    return at + gap.end() in starts


def role_after(after: str, rules: ContactRules) -> str:
    """presenter when a presenting verb follows the post, attendee when "were in attendance", else mentioned
    (a person quoted, "…, said:", is mentioned, as the quotation rule has it)."""
    head = re.sub(r"^[\s,)]*", "", after)
    if ATTENDING.match(head):
        return "attendee"
    if rules.speech_opening.match(head):
        return "mentioned"
    if rules.presenter_opening.match(head):
        return "presenter"
    return "mentioned"

