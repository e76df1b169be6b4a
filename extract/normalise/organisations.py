"""Pure functions for organisation names: trimming a matched phrase to the name, references, the own council.

A pattern or the NER finds a run of capitalised words ending in a body word; these functions cut
it to the name ("Chair of Audit Committee" -> "Audit Committee"), tell a name from a reference to a
body named elsewhere ("the County Council", "Integrated Care Board") and say which body a
reference means.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Iterable, Mapping, Optional, Sequence

from ..span_index import Coverage
from .whole_words import whole_word

CONNECTORS = frozenset({"and", "&", "of", "for", "the", "-", ",", "'s", "’s"})
MONTHS_AND_DAYS = frozenset(
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday".split()
)


@dataclass(frozen=True)
class NameRules:
    """The word lists of lexicons/organisation_words.json (and the posts of decision_bodies.json)."""

    leading: frozenset[str]
    roles: frozenset[str]
    of_words: frozenset[str]
    generic: frozenset[str]
    generic_heads: frozenset[str]
    council_types: tuple[str, ...]
    standalone: tuple[str, ...]
    not_organisation: frozenset[str]
    compound_next: frozenset[str]
    posts: tuple[str, ...]
    places: frozenset[str]
    heads: frozenset[str]
    place_endings: frozenset[str] = frozenset()
    """The not_organisation words that end a place, which a body named for it keeps ("Friends of X Park")."""
    not_body_endings: tuple[tuple[str, ...], ...] = ()
    """Phrases that end the name of a thing, not a body, though ending in a body's word ("Notice Board")."""
    sort_names: frozenset[tuple[str, ...]] = frozenset()
    """Phrases, whole, that name a sort of body and never one body ("Special School", "Civil Society")."""
    standalone_same: Mapping[str, str] = field(default_factory=dict)
    """A standalone body that is another when the paper names both ("Executive" -> "Cabinet")."""


def name_rules(words: Mapping[str, Any], bodies: Mapping[str, Any], council_names: Iterable[str],
               heads: Iterable[str]) -> NameRules:
    """NameRules from the organisation word lexicon, the decision-body lexicon, the councils' names and the
    words that end a name in the organisation patterns (lower case)."""
    return NameRules(
        leading=frozenset(words["leading_words"]) | frozenset(bodies.get("lead_words", [])),
        roles=frozenset(words["role_words"]),
        of_words=frozenset(words["of_words"]),
        generic=frozenset(words["generic_words"]),
        generic_heads=frozenset(words["generic_heads"]),
        council_types=tuple(words["council_types"]),
        standalone=tuple(words["standalone_bodies"]),
        not_organisation=frozenset(words["not_organisation_words"]),
        compound_next=frozenset(words["compound_next"]),
        posts=tuple(bodies.get("leaders", [])),
        places=place_words(council_names, words["place_stop_words"]),
        heads=frozenset(heads),
        place_endings=frozenset(words.get("place_endings", [])),
        not_body_endings=tuple(tuple(phrase.lower().split()) for phrase in words.get("not_body_endings", [])),
        sort_names=frozenset(tuple(phrase.lower().split()) for phrase in words.get("sort_names", [])),
        standalone_same=dict(words.get("standalone_same", {})),
    )


def place_words(council_names: Iterable[str], stop_words: Iterable[str]) -> frozenset[str]:
    """The places councils are named after, word by word ("Wyre", "Forest", "Essex")."""
    stop = set(stop_words)
    return frozenset(word for name in council_names for word in re.findall(r"[\w'’-]+", name)
                     if word[:1].isupper() and word not in stop)


@lru_cache(maxsize=8192)  # asked of the same names over and over as a long paper's bodies are compared
def name_key(name: str) -> str:
    """A name folded for comparison: lower case, "&" as "and", no leading "the", no punctuation."""
    words = re.findall(r"[a-z0-9]+", name.lower().replace("&", " and "))
    if words and words[0] == "the":
        words = words[1:]
    return " ".join(words)


def body_id(name: str) -> str:
    """The canonical id of a body found in a paper, not in a gazetteer: "body-" and its folded name."""
    return "body-" + name_key(name).replace(" ", "-")


def trim_name(words: Sequence[str], rules: NameRules, line_ends: Iterable[int] = ()) -> tuple[int, int]:
    """Token range of the name inside a matched phrase.

    Drops whatever comes before: a phrase about a body and its "of"/"for" ("Chair of", "Minutes of",
    "Expansion of"), unless the word before is one names use ("University of", "Council of"); a body word and the "and" or comma after it ("Safer Leicestershire Partnership and the");
    "and the"; a line ending in a body word or a line in capitals (a heading); a comma that no "and"
    follows ("Cabinet, Scrutiny Commission"); a list of names that has an "and" before its first comma, down
    to the item after its last "and" ("Governance and Audit, Planning and Regulation Committee"); a place's, acronym's or body's possessive ("Leicestershire's",
    "BC's"); a "the" not after "of" or "and"; leading words and connectors.
    line_ends holds the indices of words that end a line.
    """
    start, end = 0, len(words)
    while end > start and words[end - 1] in CONNECTORS:
        end -= 1
    ends = set(line_ends)
    for i in range(1, end):
        before = words[i - 1]
        if words[i] in ("of", "for") and before not in rules.of_words:
            start = i + 1  # "Chair of Audit Committee", "Expansion of Bowland High School"
        elif words[i].lower() == "the" and before not in ("of", "for", "and", "&"):
            start = i + 1  # "Approves the Council", "Village Hall The Village Hall Committee" (run in)
        elif (words[i] in ("and", "&", ",") or i - 1 in ends) and before.lower() in rules.heads:
            start = i + (i - 1 not in ends)
        elif words[i] == "the" and before in ("and", "&") and i > 1:
            start = i + 1  # "Healthwatch Gloucestershire and the VCS Alliance", "Corlands and the Parish …"
        elif i - 1 in ends and before.isupper() and not words[i].isupper():
            start = i  # "PLANNING APPLICATIONS" heading, then "The Committee …" on the next line
    commas = [i for i in range(start, end) if words[i] == ","]
    ands = [i for i in range(start, end) if words[i] in ("and", "&")]
    if commas and not any(i > commas[-1] for i in ands):
        start = commas[-1] + 1
    elif commas and ands[0] < commas[0]:
        start = ands[-1] + 1  # "Governance and Audit, Planning, Scrutiny and Regulation Committee": a list
    while start < end and (words[start] in rules.leading or words[start] in CONNECTORS
                           or words[start].lower() in MONTHS_AND_DAYS):
        start += 1  # "December County Council": the month of a meeting, not a body
    if start + 2 < end and words[start + 1] in ("'s", "’s") and (
            words[start] in rules.places or words[start].isupper() or words[start].lower() in rules.heads):
        start += 2  # "Leicestershire's …", "BC's Strategic Sites Committee", "Panel's Budget Working Group"
    while end > start and words[end - 1] in CONNECTORS:
        end -= 1
    return start, end


def names_a_thing(words: Sequence[str], rules: NameRules) -> bool:
    """Whether a name found by pattern ends in a phrase that names a thing, not a body ("Capel Isaac Notice
    Board", "Public Forum"), or is all a phrase that names a sort of body, not one ("Special School")."""
    folded = tuple(word.lower() for word in words)
    return folded in rules.sort_names or any(folded[-len(phrase):] == phrase for phrase in rules.not_body_endings)


def is_generic(words: Sequence[str], rules: NameRules) -> bool:
    """Whether a name only refers to a body named elsewhere ("County Council", "Integrated Care Board")."""
    return words[-1] in rules.generic_heads and all(w in rules.generic for w in words[:-1])


def council_type(words: Sequence[str], rules: NameRules) -> Optional[str]:
    """The sort of council a reference names ("City" in "the City Council"), if any."""
    return next((w for w in words if w in rules.council_types), None)


def is_whole_council(name: Optional[str]) -> bool:
    """Whether a meeting's body is just "Council" or "Full Council": the paper's own council in full."""
    return bool(name) and name_key(name) in ("council", "full council", "ordinary council", "annual council",
                                             "extraordinary council", "county council meeting", "council meeting")


def is_post(name: Optional[str], posts: Iterable[str]) -> bool:
    """Whether a name is a post that decides ("Cabinet Member for Highways"), not a body; posts are
    decision_bodies.json's leaders."""
    return bool(name) and any(name.startswith(post) for post in posts)


def plausible_ner_name(words: Sequence[str], rules: NameRules) -> bool:
    """Whether words the NER took for an organisation read as a body's name.

    Two to four words, every one capitalised or a connector ("&" not among them), no digits, dates, posts
    or the last word of a plan, fund, place or document ("Medium Term Financial Strategy") nor a body word
    in the plural, and a place among them but not only places ("Essex Highways", not "Social Care" or
    "Leicestershire and Rutland").
    """
    if len(words) < 2 or words[-1] in rules.not_organisation or words[-1] in CONNECTORS or "&" in words:
        return False  # "&" joins places and topics ("Temple Gate & West End") more often than a body's words
    if words[-1].lower() in {head + "s" for head in rules.heads} | {"authorities"}:
        return False  # "Wye Valley Councils": several bodies, not one
    named = [w for w in words if w not in CONNECTORS]
    if len(named) > 4:
        return False  # "Bath Local Centres High Street Improvement": a project's title
    if not any(w in rules.places for w in named) or all(w in rules.places for w in named):
        return False
    for word in words:
        if word in CONNECTORS:
            continue
        if not word[:1].isupper() or word.isupper() or any(ch.isdigit() for ch in word):
            return False
        if word.lower() in MONTHS_AND_DAYS or word in rules.roles or word in rules.leading:
            return False
    return True


@dataclass(frozen=True)
class Body:
    """An organisation found in a paper: its key (canonical id), name and kind."""

    key: str
    name: str
    kind: str


class BodiesNamed:
    """The bodies a paper has named so far, in order, each with the form written, and the first of them by
    each run of last words of its name or form, so a shorter name finds its fuller body by one look-up."""

    def __init__(self) -> None:
        self.forms: dict[tuple[Optional[Body], str], None] = {}
        self.endings: dict[str, Body] = {}
        """Each run of last words (name_key folded, the first word left out) -> the first body it ends."""

    def add(self, body: Optional[Body], written: str) -> None:
        """A body named, as written; a pair already named keeps its place."""
        if (body, written) in self.forms:
            return
        self.forms[(body, written)] = None
        for form in (body.name, written) if body is not None else ():
            key = name_key(form)
            for at, letter in enumerate(key):
                if letter == " ":
                    self.endings.setdefault(key[at + 1:], body)

    def fuller_body(self, phrase: str) -> Optional[Body]:
        """The first body named whose full name, or a form the paper writes it in, ends with this shorter
        one ("Integration Joint Board" in a paper of the Dundee City Integration Joint Board; "Mayoral
        Combined Authority" beside "West of England Mayoral Combined Authority")."""
        key = name_key(phrase)
        return self.endings.get(key) if len(key.split()) >= 2 else None


def ends_with(name: str, key: str) -> bool:
    """Whether a name, folded, is the folded key or ends with it as whole words."""
    folded = name_key(name)
    return folded == key or folded.endswith(" " + key)


def resolve_reference(reference: str, *, committee: Optional[Body], own_council: Optional[Body],
                      bodies: Iterable[Body], rules: NameRules, kind: str = "committee",
                      referenced: Iterable[str] = ()) -> Optional[Body]:
    """The body a reference means, or None when the paper does not say.

    "Council" and "Full Council" are the paper's own council; otherwise the meeting's own body if
    its name ends with the reference ("the Commission" at the Scrutiny Commission), then the own
    council, then the one body in the paper whose name ends so ("Integrated Care Board"), then a
    standalone body under its own name, of the reference's kind ("Cabinet"; "NHS", of kind health), or as
    the one it is the same as when the paper names that too, as a body or among the references
    ("the Executive" beside "Cabinet"). A
    bare head ("the Committee") at a meeting whose own body is named otherwise (a Board) is left
    unresolved: it is that body, not another committee.
    """
    words = reference.split()
    key = name_key(reference)
    if words[-1] == "Council" and council_type(words, rules) is None:
        return own_council
    for body in (committee, own_council):
        if body is not None and ends_with(body.name, key):
            return body
    bare = len(key.split()) == 1 and reference.split()[-1] not in rules.standalone
    if bare and committee is not None and committee.kind != "council":
        return None  # "The Committee approved …" in a Board's minutes: the Board, never another committee
    bodies = list(bodies)
    matching = {b.key: b for b in bodies if ends_with(b.name, key)}
    if len(matching) == 1:
        return next(iter(matching.values()))
    if reference in rules.standalone:
        same = rules.standalone_same.get(reference)
        if same is not None:
            named = next((b for b in bodies if name_key(b.name) == name_key(same)), None)
            if named is not None or same in referenced:
                return named or Body(key=body_id(same), name=same, kind=kind)
        return Body(key=body_id(reference), name=reference, kind=kind)
    return None


def council_by_place(reference: str, text: str, councils: Sequence[tuple[str, str]], rules: NameRules,
                     people: Optional[Coverage] = None) -> Optional[Body]:
    """The council a reference of a sort ("the City Council") means when the paper never names it in full
    but names its place: of the listed councils of that sort, the one whose place the text names most,
    twice or more and more often than any other, outside people's names ("Glasgow" in a Glasgow community
    council's minutes gives Glasgow City Council, not "Gina Preston"'s Preston); councils are (name, id)."""
    words = reference.split()
    sort = council_type(words, rules)
    if sort is None or words[-1] != "Council":
        return None
    tail = f" {sort} Council"
    counts: list[tuple[int, str, str]] = []
    for name, key in councils:
        place = name[:-len(tail)] if name.endswith(tail) else ""
        if not place or place not in text:
            continue
        if found := place_mentions(place, text, people):
            counts.append((found, name, key))
    counts.sort(reverse=True)
    if not counts or counts[0][0] < 2 or (len(counts) > 1 and counts[1][0] == counts[0][0]):
        return None
    _, name, key = counts[0]
    return Body(key=key, name=name, kind="council")


def place_mentions(place: str, text: str, people: Optional[Coverage] = None) -> int:
    """How often the text names a place as a word of its own, outside people's names."""
    return sum(1 for m in whole_word(place, r"\w-").finditer(text)
               if people is None or not people.overlaps(m.start(), m.start() + 1))


def council_place(name: str, rules: NameRules) -> str:
    """The place a council is named after: its name without the council words ("Nottingham" of
    "Nottingham City Council", "Kent" of "Kent County Council")."""
    words = name.split()
    while words and (words[-1] == "Council" or words[-1] in rules.council_types):
        words.pop()
    return " ".join(words)


def own_council(councils: Sequence[tuple[Body, int, int]], committee: Optional[Body],
                header_chars: int, places: Optional[Mapping[str, int]] = None) -> Optional[Body]:
    """The paper's own council from (council, first offset, mentions): the meeting's body when it is a
    council, else the first council named in the header, else the one named most (twice or more),
    a tie settled by the one whose place the paper names most (places: body key to place mentions;
    a Bristol report citing Nottingham City Council's scheme as often as its own council), else the
    only one named."""
    if committee is not None and committee.kind == "council":
        return committee
    if not councils:
        return None
    in_header = [c for c in councils if c[1] < header_chars]
    if in_header:
        return min(in_header, key=lambda c: c[1])[0]
    places = places or {}
    ranked = sorted(councils, key=lambda c: (c[2], places.get(c[0].key, 0)), reverse=True)
    most = ranked[0]
    if most[2] >= 2 and (len(ranked) == 1 or (ranked[1][2], places.get(ranked[1][0].key, 0))
                         < (most[2], places.get(most[0].key, 0))):
        return most[0]
    return councils[0][0] if len(councils) == 1 else None


LIST_SEPARATOR = re.compile(r",? (?:and|&|or) |, ")


def council_list(phrase: str, places: Mapping[str, tuple[str, str]]) -> list[tuple[int, int, str, str]]:
    """The councils of a list before a plural "Councils" ("Bath and North East Somerset, North Somerset or
    South Gloucestershire Councils"), read from its end: each item the place of one listed council, an
    item's own "and" kept when the place has it; places maps a place to its council (name, id). Returns
    (start, end, name, id) per item, offsets in phrase; none unless two items or more are places."""
    cuts = [0] + [i for m in LIST_SEPARATOR.finditer(phrase) for i in (m.start(), m.end())] + [len(phrase)]
    parts = [(cuts[i], cuts[i + 1]) for i in range(0, len(cuts), 2)]  # each part's start and end
    found: list[tuple[int, int, str, str]] = []
    end = len(parts)
    while end > 0:
        start = next((s for s in range(end) if phrase[parts[s][0]:parts[end - 1][1]] in places), None)
        if start is None:
            break
        a, b = parts[start][0], parts[end - 1][1]
        found.append((a, b, *places[phrase[a:b]]))
        end = start
    return found[::-1] if len(found) >= 2 else []
