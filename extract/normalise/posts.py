"""The report's author from its header, posts named in running text, and merging them with named officers."""

from __future__ import annotations

import re
from typing import Iterator, Optional

from .names import fuller_name, person_key, same_person
from .officer_rules import ContactRules, OfficerFound, Offsets, trimmed

def author_posts(post: str, start: int, text: str, rules: ContactRules) -> list[OfficerFound]:
    """The report's author(s) from "REPORT OF THE …": one officer per known post joined by "and"."""
    end = start + len(post)
    written = text[start:end]
    if written.lower() != post.lower():
        return []
    pieces = re.split(r"\s+(?:and|&)\s+", written, flags=re.I)
    if len(pieces) > 1 and all(p.lower() in rules.post_keys for p in pieces):
        out, cursor = [], 0
        for piece, normal in zip(pieces, re.split(r"\s+(?:and|&)\s+", post, flags=re.I)):
            at = written.index(piece, cursor)
            cursor = at + len(piece)
            out.append(OfficerFound(role="author", rule="report-of", job_title=(start + at, start + cursor),
                                    start=start + at, end=start + cursor, title_as=normal))
        return out
    return [OfficerFound(role="author", rule="report-of", job_title=(start, end), start=start, end=end,
                         title_as=post)]


def find_post_mentions(text: str, rules: ContactRules) -> list[OfficerFound]:
    """Posts from the job-title list named in running text, with role presenter, author or mentioned."""
    found = []
    for match, post, start, end in posts_in(text, rules):
        before = text[max(0, start - 40):start].lower()
        after = text[end:end + 40]
        if post.endswith("director") and end == match.end("post") and re.match(r"[ \t]+[A-Z]", after):
            continue  # "the Strategic Director Place, Operations and …": where the post ends is unclear
        if re.match(r"['’]s\s+(?:Department|Directorate|Office|Unit|Team|Service)", after):
            continue
        if re.match(r"\s+(?:of|at|from)\s", after) and end == match.end("post"):
            continue  # "the Chief Executive of the hospital trust": another body's post
        if match.group("post").lower().endswith("director") and re.match(r"\s+(?:of|for)\s+[a-z]", after):
            continue  # "the corporate director for children and young people": where the post ends is unclear
        if re.search(r"(?:councillor|cllr\.?)\s+$", before, re.I):
            continue
        found.append(OfficerFound(role=mention_role(before, after, rules), rule="post-mention",
                                  job_title=(start, end), start=start, end=end))
    return found


def posts_in(text: str, rules: ContactRules) -> Iterator[tuple[re.Match[str], str, int, int]]:
    """Each post in the text with the remit that reads on after it: (match, post in lower case, start,
    end); the search goes on after the post where its remit does not read on, so a list of posts
    ("the Director of Finance, Chief Executive and …") gives each."""
    at = 0
    while match := rules.post_mention.search(text, at):
        start, post = match.start(), match.group("post").lower()
        if remit_reads_on(post, match.group("rest") or "", rules):
            end = trimmed(text, start, match.end())[1]  # "Director of Place", "Director of Planning, …"
        else:
            end = match.end("post")
        yield match, post, start, end
        at = end


def remit_reads_on(post: str, rest: str, rules: ContactRules) -> bool:
    """Whether the words after a director's post are its remit: "of …" / "for …" after "Director", or the
    rest of a list after a post naming its first part ("Director of Planning" ", Transport and
    Sustainability"), which holds no other post ("…, Chief Executive and Monitoring Officer")."""
    if not rest or "director" not in post:
        return False
    if not rest.lstrip().startswith(","):
        return post.endswith("director")
    words = {w.lower() for w in re.findall(r"[\w'’-]+", rest)}
    return bool(re.search(r"\s(?:of|for)\s", post)) and not words & rules.title_words


def mention_role(before: str, after: str, rules: ContactRules) -> str:
    """author after "report of the"; presenter before "presented", "informed"… or after "presented by"."""
    before = re.sub(r"\s+", " ", before)
    if any(before.endswith(cue + " ") for cue in rules.author_cues):
        return "author"
    if any(before.endswith(cue + " ") for cue in rules.presenter_cues):
        return "presenter"
    head = re.sub(r"^[\s,]*(?:\([^)]*\)\s*)?(?:(?:also|further|then|had|has|duly)\s+)*", "", after).lower()
    if any(head.startswith(verb + " ") or head.startswith(verb + ",") for verb in rules.presenter_verbs):
        return "presenter"
    return "mentioned"


ROLE_STRENGTH = {"contact": 4, "attendee": 3, "author": 2, "presenter": 1, "mentioned": 0}


def merge_officers(named: list[OfficerFound], posts: list[OfficerFound], text: str) -> list[OfficerFound]:
    """Named officers, then each post once (strongest role) unless a named officer holds it, in text order;
    a contact block's post without a name is dropped too when a named officer holds it."""
    def title_of(o: OfficerFound) -> str:
        if o.title_as:
            return o.title_as.lower()
        return re.sub(r"\s+", " ", text[o.job_title[0]:o.job_title[1]]).strip().lower() if o.job_title else ""

    named = merge_same_person(named, text)
    held = {title_of(o) for o in named if o.name}
    named = [o for o in named if o.name or not is_held(title_of(o), held)]  # a post a named officer holds
    held |= {title_of(o) for o in named}
    taken = [(o.start, o.end) for o in named]
    best: dict[str, OfficerFound] = {}
    for post in sorted(posts, key=lambda o: o.rule != "report-of"):  # the header's author before mentions
        key = title_of(post)
        if not key or is_held(key, held) or any(a <= post.start < b or a < post.end <= b for a, b in taken):
            continue
        taken.append((post.start, post.end))
        kept = best.get(key)
        if kept is None or ROLE_STRENGTH[post.role] > ROLE_STRENGTH[kept.role]:
            best[key] = post
    return sorted([*named, *best.values()], key=lambda o: (o.start, o.end))


def is_held(post: str, titles: set[str]) -> bool:
    """Whether a named officer's job title is the post or holds it whole ("director of planning" within
    "assistant director of planning and growth"): the post then names that officer, not another."""
    within = re.compile(rf"(?<!\w){re.escape(post)}(?!\w)")
    return any(post == title or within.search(title) for title in titles)


def merge_same_person(officers: list[OfficerFound], text: str) -> list[OfficerFound]:
    """One officer per person: an officer in attendance who is also a contact is one record, the contact's,
    with the fuller name ("Karen Dunmore" over "K. Dunmore") and job title ("Clerk & RFO" over "Clerk")
    and what it lacks (organisation, phones, e-mail) taken from the other."""
    kept: dict[tuple[str, ...], list[OfficerFound]] = {}  # by person_key, which a merge never changes
    out = []
    for officer in sorted(officers, key=lambda o: -ROLE_STRENGTH[o.role]):
        if officer.name is None:
            out.append(officer)
            continue
        name = value_of(officer.name, text)
        alike = kept.setdefault(person_key(name), [])
        first = next((k for k in alike if same_person(value_of(k.name, text), name)), None)
        if first is None:
            alike.append(officer)
            out.append(officer)
            continue
        if fuller_name(value_of(first.name, text), value_of(officer.name, text)) != value_of(first.name, text):
            first.name = officer.name
        if first.job_title is None or holds_title(officer, first, text):
            first.job_title, first.title_as = officer.job_title, officer.title_as
        first.organisation = first.organisation or officer.organisation
        first.phones = first.phones or officer.phones
        first.email = first.email or officer.email
    return sorted(out, key=lambda o: (o.start, o.end))


def value_of(offsets: Optional[Offsets], text: str) -> str:
    """The text at offsets, spaces folded ("" for None)."""
    return re.sub(r"\s+", " ", text[offsets[0]:offsets[1]]).strip() if offsets else ""


def holds_title(fuller: OfficerFound, other: OfficerFound, text: str) -> bool:
    """Whether fuller's job title holds every word of other's and more ("Clerk & RFO" holds "Clerk")."""
    def words(o: OfficerFound) -> set[str]:
        return set(re.findall(r"\w+", (o.title_as or value_of(o.job_title, text)).lower()))

    mine, theirs = words(fuller), words(other)
    return bool(mine) and theirs < mine


def iter_values(officer: OfficerFound, text: str) -> Iterator[tuple[str, Optional[str]]]:
    """(field, value as written) for an officer's name, job title and organisation."""
    for name in ("name", "job_title", "organisation"):
        offsets = getattr(officer, name)
        if name == "job_title" and officer.title_as:
            yield name, officer.title_as
            continue
        yield name, (re.sub(r"\s+", " ", text[offsets[0]:offsets[1]]) if offsets else None)
