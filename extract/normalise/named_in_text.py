"""Officers named with their post in running text: people quoted in a news release ("Lucinda Marsh,
chief executive of Norfolk Community Foundation, said: …", "… said Tom Ridley, the council's head of
communities.") and officers named by a police rank ("The report of PCSO Leah Morgan, North Wales Police,
was read"). Councillors quoted the same way are members, never officers."""

from __future__ import annotations

import re
from typing import Iterator, Optional, Sequence

from .officer_rules import (
    ContactRules,
    OfficerFound,
    Offsets,
    alternation,
    looks_like_name,
    looks_like_organisation,
    looks_like_title,
    strip_honorifics,
    word_start_alternation,
)

NAME = r"[A-Z](?<![\w'’-][A-Z])[\w.'’-]*[ \t]+(?:[A-Z][\w.'’-]*[ \t]+){0,3}[A-Z][\w'’-]+"
"""Two to five capitalised words, honorifics and initials included ("Dr A. Lee", "Tom Ridley"); the capital
comes before the look back at what precedes it, so a search skips in C to the capitals."""
SURNAME = r"[A-Z][a-z'’-]{2,}(?![\w'’-])"
"""One capitalised word: a surname after a rank ("Sergeant Hale")."""
APPOSITION = r"[^,;:\"“”\n]{3,90}?(?:\n[^,;:\"“”\n]{1,60}?)?"
"""A post between commas, maybe wrapped over one line break."""
RELATIVE_CLAUSE = r"(?:,\s+(?:which|who|whose)\s(?:(?!\n[ \t]*\n)[^\"“”:;]){1,200}?)?"
"""A clause about the post's body or the person before the speech verb ("…, which helped to design the
meadows, said:")."""
OWNER = re.compile(r"^(?:(?:the|our|its|their)\s+(?:[\w'’ -]{1,40}?['’]s\s+)?)?", re.I)
"""A determiner or owner before a post ("the council's head of communities"): not part of the post."""


def find_named_in_text(text: str, rules: ContactRules,
                       organisations: Sequence[Offsets] = ()) -> list[OfficerFound]:
    """Officers named with their post in running text: quoted people, officers named by a police rank and
    officers paid in a parish council's accounts."""
    found = [*quoted_people(text, rules), *ranked_officers(text, rules, organisations), *paid_officers(text, rules)]
    return sorted(found, key=lambda o: (o.start, o.end))


def quoted_people(text: str, rules: ContactRules) -> Iterator[OfficerFound]:
    """"Name, post, said: …" (maybe with a clause before "said": "…, which runs the site, said:") and
    "…, said Name, post.": the person quoted, with the post as job title."""
    verbs = alternation(rules.speech_verbs)
    before = re.compile(rf"(?P<name>{NAME}),[ \t]+(?P<title>{APPOSITION}){RELATIVE_CLAUSE},\s+(?:{verbs})\b")
    after = re.compile(rf"\b(?:{verbs})[ \t]+(?P<name>{NAME}),[ \t]+(?P<title>{APPOSITION})(?=[.,;]|\s*$)",
                       re.M)
    for pattern in (before, after):
        for match in pattern.finditer(text):
            officer = quoted_officer(text, match, rules)
            if officer is not None:
                yield officer


def officer_name(text: str, match: re.Match[str], rules: ContactRules) -> Optional[Offsets]:
    """Offsets of the name in a match's "name" group without honorifics: a person's of two words or more,
    never a councillor's."""
    n_start, n_end, councillor = strip_honorifics(match.group("name"), match.start("name"), rules)
    name = text[n_start:n_end]
    if councillor or not looks_like_name(name, rules) or len(name.split()) < 2:
        return None
    return n_start, n_end


def quoted_officer(text: str, match: re.Match[str], rules: ContactRules) -> OfficerFound | None:
    """The officer a quotation names, or None for a councillor or a phrase that is no person and post."""
    if (person := officer_name(text, match, rules)) is None:
        return None
    n_start, n_end = person
    t_start = match.start("title") + OWNER.match(match.group("title")).end()
    t_end = match.end("title")
    title = text[t_start:t_end]
    if not looks_like_title(title, rules, lower_case=True) or re.search(r"\n[ \t]*\n", title):
        return None
    return OfficerFound(role="mentioned", rule="quoted", name=(n_start, n_end), job_title=(t_start, t_end),
                        start=match.start("name"), end=t_end)


def ranked_officers(text: str, rules: ContactRules,
                    organisations: Sequence[Offsets]) -> Iterator[OfficerFound]:
    """"PCSO Leah Morgan, North Wales Police": an officer named by rank, the rank as job title and the
    force named after the name as organisation."""
    if not rules.ranks:
        return
    rank = word_start_alternation(rules.ranks, ignore_case=False)
    pattern = re.compile(rf"(?P<rank>{rank})\.?[ \t]+(?P<name>{NAME}|{SURNAME})"
                         rf"(?:,[ \t]+(?P<body>[^,;:()\n]{{3,60}}))?")
    for match in pattern.finditer(text):
        n_start, n_end, councillor = strip_honorifics(match.group("name"), match.start("name"), rules)
        name = text[n_start:n_end]
        surname_only = re.fullmatch(r"[A-Z][a-z'’-]{2,}", name) and re.search(r"[a-z]", match.group("rank"))
        if councillor or not looks_like_name(name, rules) or (len(name.split()) < 2 and not surname_only):
            continue  # "Sergeant Hale" by surname alone, where the rank is a word (not "PC World")
        officer = OfficerFound(role="mentioned", rule="rank", name=(n_start, n_end),
                               job_title=match.span("rank"), start=match.start(), end=match.end("name"))
        if match.group("body"):
            body = match.span("body")
            known = any(a <= body[0] < b for a, b in organisations)
            if known or (looks_like_organisation(match.group("body"), rules)
                         and not looks_like_title(match.group("body"), rules)):
                officer.organisation = (body[0], body[0] + len(match.group("body").rstrip()))
                force = text[officer.organisation[0]:officer.organisation[1]]
                officer.title_as = f"{match.group('rank')}, {force}"  # "PCSO, North Wales Police"
                officer.cover(*officer.organisation)
        yield officer


def paid_officers(text: str, rules: ContactRules) -> Iterator[OfficerFound]:
    """"Mrs J. Davies, Clerk's Salary February 2016, Chq No 1158": in a parish council's accounts, the person
    paid as a post is the officer holding it, the post as job title."""
    if not rules.pay_words:
        return
    pattern = re.compile(rf"(?P<name>{NAME}),[ \t]+(?P<title>[A-Z][\w/&-]*(?:[ \t]+[\w/&-]+){{0,3}}?)['’]s[ \t]+"
                         rf"(?:[A-Z]?[a-z]+[ \t]+)?(?i:{alternation(rules.pay_words)})\b")
    for match in pattern.finditer(text):
        if (person := officer_name(text, match, rules)) is None or not looks_like_title(match.group("title"), rules):
            continue
        yield OfficerFound(role="mentioned", rule="paid", name=person, job_title=match.span("title"),
                           start=match.start("name"), end=match.end("title"))
