"""Officers named with their post beside the name in running text, wherever the paper's layout puts them:
"Tony Reed, Head of Virtual School, presented the report", "Ann Lee (Interim Director of Finance) and
Raj Kaur (Chief Accountant) were in attendance for this item", "a letter to Jo Marsh as director of City
Properties". The names are the NER's PERSON entities (so a name in a layout no rule was written for is
still a candidate); the post beside the name decides that the person is an officer."""

from __future__ import annotations

import re
from typing import Iterator, Optional, Sequence

from .named_in_text import OWNER
from .officer_rules import (
    TITLE_CONNECTORS,
    ContactRules,
    OfficerFound,
    Offsets,
    looks_like_name,
    looks_like_title,
    strip_honorifics,
)

LIST_MARKER = re.compile(r"^(?:\(?(?:\d{1,3}|[a-z]|[ivx]{1,4})[.)][ \t]+)+")
"""A list marker the NER takes into a name ("c. Sarah Hale")."""
HONORIFIC_BEFORE = re.compile(r"(?:^|(?<=[\s(]))(?P<title>[A-Z][A-Za-z]{1,11}\.?)[ \t]+$")
"""One capitalised word just before a name, kept with it when it is an honorific ("Mr", "Cllr")."""
ATTENDING = re.compile(r"^\s*(?:(?:was|were)\s+(?:also\s+)?(?:in\s+attendance|present)|attended)\b", re.I)


def find_apposed_officers(text: str, people: Sequence[Offsets], rules: ContactRules,
                          listed: Sequence[Offsets] = ()) -> list[OfficerFound]:
    """Each person the NER found whose post stands beside the name ("Name, Post," / "Name (Post)" /
    "Name as post"); listed are the stretches attendance lists cover, whose people those lists read."""
    starts = {start for start, _ in people}
    found = []
    for start, end in people:
        if any(a <= start < b for a, b in listed):
            continue
        officer = apposed_officer(text, start, end, starts, rules)
        if officer is not None:
            found.append(officer)
    return found


def apposed_officer(text: str, start: int, end: int, starts: set[int],
                    rules: ContactRules) -> Optional[OfficerFound]:
    """The officer a PERSON entity at start:end names with a post beside it, or None."""
    marker = LIST_MARKER.match(text[start:end])
    start += marker.end() if marker else 0
    before = HONORIFIC_BEFORE.search(text[max(0, start - 14):start])
    if before and before.group("title").rstrip(".") in rules.honorifics | rules.councillor_titles:
        start -= len(text[max(0, start - 14):start]) - before.start()
    n_start, n_end, councillor = strip_honorifics(text[start:end], start, rules)
    name = text[n_start:n_end]
    if councillor or "\n" in name or len(name.split()) < 2 or not looks_like_name(name, rules):
        return None
    post = post_beside(text, end, starts, rules)
    if post is None:
        return None
    t_start, t_end = post
    return OfficerFound(role=role_after(text[t_end:t_end + 60], rules), rule="apposition",
                        name=(n_start, n_end), job_title=(t_start, t_end), start=n_start, end=t_end)


def post_beside(text: str, end: int, starts: set[int], rules: ContactRules) -> Optional[Offsets]:
    """Offsets of the post after a name: in brackets, between commas, or after "as"."""
    bracket = re.match(r"[ \t]*\(((?:[^()\n]|\([^()\n]*\))+)\)", text[end:])
    if bracket:
        at = end + bracket.start(1)
        return title_within(text, at, end + bracket.end(1), starts, rules, whole=True)
    lead = re.match(r",[ \t]+|[ \t]+as[ \t]+|[ \t]*\(", text[end:])  # "(" left open: "(Head of X (Y)"
    if not lead:
        return None
    at = end + lead.end()
    stop = re.search(r"[,;:()\n]|\.(?:\s|$)", text[at:at + 120])
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
    if len(value.split()) < 2 and not any(value.lower() == post.lower() for post in rules.posts):
        return None  # "Roger Lee, Leader,", "Ann Roe (Secretary)": a one-word post may be a member's
    if not looks_like_title(value, rules, lower_case=True):
        return None
    return start, start + len(value) + remit_after(text[start + len(value):end + 80], starts, start + len(value), rules)


def remit_after(rest: str, starts: set[int], at: int, rules: ContactRules) -> int:
    """The length of a remit printed after a post and a comma ("Corporate Director, Adult Social Care and
    Health"): capitalised words and connectors to the line's end, holding no job-title word and no person."""
    remit = re.match(r",[ \t]+((?:[A-Z][\w'’-]*|and|&|of|for|the)(?:[ \t]+(?:[A-Z][\w'’-]*|and|&|of|for|the))*)"
                     r"[ \t]*(?=\n|$)", rest)
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
    if any(re.match(rf"{re.escape(verb)}\b", head) for verb in rules.speech_verbs):
        return "mentioned"
    if any(re.match(rf"{re.escape(verb)}\b", head) for verb in rules.presenter_verbs):
        return "presenter"
    return "mentioned"

