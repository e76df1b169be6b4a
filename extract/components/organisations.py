"""minutes_organisations: organisations and committees under one canonical name each, acronyms linked.

Mentions come, in order of trust, from the gazetteer (minutes_gazetteer, before the NER), the
meeting's own body from the header, token patterns for names not listed ("X Town Council",
"X Partnership", "NHS X"), acronyms defined beside a long form, references resolved against the
paper ("the Council", "the Commission") and, last, the NER's ORG entities that read as a name.
Every mention of one body carries the same canonical id in span.id_.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from typing import Any, Iterable, Optional

import numpy
from spacy.attrs import ORTH
from spacy.language import Language
from spacy.tokens import Doc, Span

from ..doc_text import doc_text
from ..extensions import CONTACTS, KNOWN_ORGANISATIONS, MEMBERS, OFFICERS, ORGANISATIONS
from ..stretch_matcher import StretchMatcher
from .gazetteer import slug
from ..normalise.wrapped_lines import joined_lines_doc
from ..normalise.acronyms import (
    acronym_after,
    acronym_before,
    acronym_mentions,
    acronyms_by_initials,
    initials,
    undefined_uses,
)
from ..normalise.organisations import (
    MONTHS_AND_DAYS,
    Body,
    BodiesNamed,
    NameRules,
    body_id,
    council_by_place,
    council_list,
    council_place,
    council_type,
    ends_with,
    is_generic,
    is_post,
    is_whole_council,
    name_key,
    names_a_thing,
    name_rules,
    own_council,
    place_mentions,
    plausible_ner_name,
    resolve_reference,
    trim_name,
)
from ..normalise.names import title_case
from ..normalise.payees import PayeeRules, payee_names
from ..normalise.affiliations import AffiliationRules, affiliation_names
from ..span_index import Bounds, Coverage

LEXICON = "minutes.lexicon.v1"
HYPHEN_JOINS = frozenset({"on", "upon", "under", "in", "le", "by", "the", "en", "super", "sur", "de", "cum"})
"""Little words inside hyphenated place names ("Milford-on-Sea", "Newcastle-under-Lyme")."""
PLACE_LED_OPENERS = frozenset({"Association", "Federation", "Society", "Friends", "Centre", "Institute"})
"""Words that open a name and may have a place before them ("Hampshire Association of Local Councils")."""
BRAND_KINDS = frozenset({"voluntary", "other", "company"})
"""Kinds of listed body whose local branches are named by a place before or after the name."""
SHORT_COUNCIL_FORM = "form-council-short"
"""The organisation form of a council by its short form ("Govan East CC"), which a person's name may
look like."""
PLACE_RUN = re.compile(r"[A-Z][\w'’.-]*(?:(?:,? (?:and|&|or) |, | )[A-Z][\w'’.-]*)*$")
"""A run of capitalised words in a list, up to where the text searched ends (before a plural "Councils")."""
COUNCIL_NAMED = re.compile(r"\bCouncil\b|^(?:London|Royal) Borough of\b|^Cyngor\b|^Comhairle\b|Corporation$")
"""A council's own name, which "the Council" can stand for."""


@dataclass
class Mention:
    """One mention of a body: token offsets, the body and the rule that found it."""

    start: int
    end: int
    body: Body
    rule: str


class OrganisationFinder:
    """Organisations into doc.spans["organisations"]: canonical id in span.id_, name, kind and acronym."""

    def __init__(self, nlp: Language, name: str, *, forms: list[dict[str, Any]], rules: NameRules,
                 header_chars: int, listed_councils: list[tuple[str, str]],
                 person_titles: frozenset[str] = frozenset(), payees: Optional[PayeeRules] = None,
                 affiliations: Optional[AffiliationRules] = None,
                 post_nominals: frozenset[str] = frozenset()) -> None:
        self.name = name
        self.post_nominals = post_nominals
        """Letters after a person's name ("MP", "OBE"), so "Chris Stephens MP" is no body."""
        self.affiliations = affiliations or AffiliationRules({"links": [], "roles": [], "before": []})
        """Where a body is named by who belongs to it ("Ruby Kelly from Maslows")."""
        self.person_titles = person_titles
        self.payees = payees or PayeeRules({"before": [], "payment_marks": [], "amount_marks": []})
        """Words that open a person's name ("Cllr", "Mr"), so "Cllr Webb CC" is no council."""
        self.listed_councils = listed_councils
        """The gazetteers' councils by canonical name, (name, id), for a reference by sort and place."""
        self.council_initials: dict[str, list[tuple[str, str]]] = {}
        """The listed councils by their initials ("KCC"), for an acronym the paper never defines."""
        for council in listed_councils:
            self.council_initials.setdefault(initials(council[0]), []).append(council)
        self.tokenizer = nlp.tokenizer
        self.rules = rules
        by_place: dict[str, list[tuple[str, str]]] = {}
        for council in listed_councils:
            by_place.setdefault(council_place(council[0], rules), []).append(council)
        self.council_places = {place: found[0] for place, found in by_place.items() if len(found) == 1}
        """The listed councils by the place each is named after, when no other listed council has it."""
        self.plural_heads = frozenset(head + "s" for head in rules.heads)
        """Body words in the plural ("associations"): several bodies, not one."""
        self.header_chars = header_chars
        self.councils_word = nlp.vocab.strings.add("Councils")
        """The word that ends a list of councils ("A, B or C Councils"), as the Doc's ORTH array holds it."""
        self.kinds: dict[str, str] = {}
        self.references: set[str] = set()
        self.open_ended: set[str] = set()  # "NHS X", "University of X": the name runs on to the end of its line
        self.two_word_heads: dict[str, set[str]] = {}  # "Management Team": a head that ends a name whole
        for row in forms:
            pattern = row["pattern"]
            two_words = len(pattern) > 1 and isinstance(pattern[-2].get("LOWER"), (dict, str))
            self.two_word_heads[row["id"]] = set(name_heads(pattern)) if two_words else set()
            if row["pattern"][-1].get("OP") in ("*", "+"):
                self.open_ended.add(row["id"])
            self.kinds[row["id"]] = row.get("kind") or "other"
            if row["label"] == "ORG_REFERENCE":
                self.references.add(row["id"])
        self.matcher = StretchMatcher(nlp, [(row["id"], [row["pattern"]], {"greedy": "LONGEST"}) for row in forms])

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        flat = joined_lines_doc(doc, self.tokenizer)
        taken = {i for span in doc.spans.get(CONTACTS, []) for i in range(span.start, span.end)}
        mentions: list[Mention] = []

        def add(start: int, end: int, body: Body, rule: str) -> bool:
            if start >= end or any(i in taken for i in range(start, end)):
                return False
            taken.update(range(start, end))
            mentions.append(Mention(start, end, body, rule))
            return True

        for span in doc.spans.get(KNOWN_ORGANISATIONS, []):
            start, end, body = self.extended(doc, span)
            add(start, end, body, "gazetteer")
        self.add_council_lists(doc, text, add)
        ents = doc.ents  # spaCy makes the entity spans afresh on every read of doc.ents
        persons = self.person_names(doc, ents)
        people = Coverage.of((e.start_char, e.end_char) for e in ents if e.label_ == "PERSON" and len(e) > 1)
        committee = self.add_committee(doc, text, mentions, add, people)
        references = self.add_forms(doc, flat, text, mentions, add, committee, persons)
        acronyms = self.add_acronyms(doc, text, mentions, add, people)
        councils = self.councils(doc, mentions)
        places = {body.key: place_mentions(council_place(body.name, self.rules), text, people)
                  for body, _, _ in councils if council_place(body.name, self.rules)}
        council = own_council(councils, committee, self.header_chars, places)
        if council is not None and is_whole_council(doc._.committee):
            doc._.committee = council.name  # "COUNCIL – 13 NOVEMBER 2024": the meeting of the paper's own council
        bodies = list(dict.fromkeys(m.body for m in reversed(mentions)))[::-1]  # each once, where last named
        referenced = {phrase for _, _, phrase, _ in references}
        resolved: dict[tuple[str, str], Optional[Body]] = {}  # a reference written again means the same
        for start, end, phrase, kind in references:  # people: "Gina Preston" is no mention of Preston
            if (phrase, kind) not in resolved:
                resolved[(phrase, kind)] = resolve_reference(
                    phrase, committee=committee, own_council=council, bodies=bodies, rules=self.rules,
                    kind=kind, referenced=referenced) or council_by_place(
                    phrase, text, self.listed_councils, self.rules, people)
            if (body := resolved[(phrase, kind)]) is not None:
                add(start, end, body, "reference")
        ner_people = Coverage.of((e.start, e.end) for e in ents if e.label_ == "PERSON")  # token offsets
        self.add_payees(doc, text, add, ner_people, persons)
        self.add_affiliations(doc, text, add, ents, ner_people, persons)
        self.add_ner_fallback(doc, text, add, ents, persons)
        doc.spans[ORGANISATIONS] = self.to_spans(doc, mentions, acronyms)
        return doc

    def add_council_lists(self, doc: Doc, text: str, add: Any) -> None:
        """The listed councils a list of places before a plural "Councils" names ("no allocations for Bath and
        North East Somerset, North Somerset or South Gloucestershire Councils"): each place is its council."""
        for i in numpy.flatnonzero(doc.to_array(ORTH) == self.councils_word):  # no Token made for every word
            token = doc[int(i)]
            if token.i == 0:
                continue
            line_start = text.rfind("\n", 0, token.idx) + 1
            run = PLACE_RUN.search(text, line_start, token.idx - 1) if text[token.idx - 1] == " " else None
            for start, end, name, key in council_list(run.group(), self.council_places) if run else ():
                span = doc.char_span(run.start() + start, run.start() + end)
                if span is not None:
                    add(span.start, span.end, Body(key, name, "council"), "council-list")

    def extended(self, doc: Doc, span: Span) -> tuple[int, int, Body]:
        """A listed name and its body, or a longer name it is part of on the same line: a local branch
        named by place ("Age UK" + "Exeter", "Coventry" + "Citizens Advice") or a body named after it
        ("NHS Gloucestershire" + "Integrated Care Board")."""
        known = Body(span.id_, span._.org_name, span._.org_kind)
        start = self.places_before(doc, span.start) if known.kind in BRAND_KINDS else span.start
        if start < span.start:  # "Coventry" + "Citizens Advice": the local body of a national one
            name = " ".join(doc[start:span.end].text.split())
            return start, span.end, Body(body_id(name), name, known.kind)
        if doc[span.end - 1].text in self.rules.generic_heads:
            return span.start, span.end, known
        places = self.run_of(doc, span.end, lambda w: w in self.rules.places)
        heads = self.run_of(doc, span.end, lambda w: w in self.rules.generic or w in self.rules.generic_heads)
        while heads > span.end and doc[heads - 1].text not in self.rules.generic_heads:
            heads -= 1
        end = max(places, heads)
        if end == span.end:
            return span.start, span.end, known
        name = " ".join(doc[span.start:end].text.split())
        return span.start, end, Body(body_id(name), name, known.kind)

    def places_before(self, doc: Doc, start: int) -> int:
        """Where a run of place words just before start on the same line begins ("Coventry" before
        "Citizens Advice"); start when there is none."""
        while start > 0 and doc[start - 1].text in self.rules.places and doc[start - 1].whitespace_ == " ":
            start -= 1
        return start

    def run_of(self, doc: Doc, start: int, fits: Any) -> int:
        """The end of the run of words from start on the same line that fit, "and" allowed between two."""
        end = start
        while end < len(doc) and not doc[end].is_space and "\n" not in doc[end - 1].whitespace_:
            word = doc[end].text
            if fits(word) and word not in ("and", "&"):
                end += 1
            elif word in ("and", "&") and end + 1 < len(doc) and end > start and fits(doc[end + 1].text):
                end += 2
            else:
                break
        return end

    def add_committee(self, doc: Doc, text: str, mentions: list[Mention], add: Any,
                      people: Coverage) -> Optional[Body]:
        """The meeting's own body from the header ("Scrutiny Commission"), with its mentions in the text; a
        council named only by its sort ("County Council") is the council of that sort the paper names."""
        name = doc._.committee
        if not name or is_post(name, self.rules.posts) or is_whole_council(name) or not name[:1].isupper():
            return None  # "the above Council": no name
        key = name_key(name)
        known = next((m.body for m in mentions if name_key(m.body.name) == key or
                      name_key(doc[m.start:m.end].text) == key), None)
        if known is None and is_generic(name.split(), self.rules) and council_type(name.split(), self.rules):
            full = {m.body.key: m.body for m in mentions
                    if m.body.kind == "council" and ends_with(m.body.name, key)}
            known = next(iter(full.values())) if len(full) == 1 else council_by_place(
                name, text, self.listed_councils, self.rules, people)
        named = name.split()[-1].lower() in self.rules.heads or name in self.rules.standalone
        if known is None and not named:
            return None  # "General" from "MINUTES OF GENERAL MEETING": no body's name
        body = known or Body(body_id(name), name, "council" if key.endswith(" council") else "committee")
        pattern = r"\s+".join(re.escape(word) for word in name.split())
        for found in re.finditer(rf"(?<!\w){pattern}(?!\w)", text, re.IGNORECASE):
            span = doc.char_span(found.start(), found.end())
            if span is not None and not (span.start > 0 and doc[span.start - 1].text in self.rules.places
                                         and doc[span.start - 1].whitespace_ == " ") and not self.heads_on(doc, span):
                add(span.start, span.end, body, "committee")  # "East" before it: a longer name, another body
        return body if known or any(m.body == body for m in mentions) else None

    def heads_on(self, doc: Doc, span: Span) -> bool:
        """Whether a body word follows a span on its line, so that the span opens a longer name ("Cabinet"
        of "Health Reform and Public Health Cabinet Committee"), which the patterns then find whole."""
        return span.end < len(doc) and doc[span.end - 1].whitespace_ == " " and \
            doc[span.end].is_title and doc[span.end].lower_ in self.rules.heads

    def add_forms(self, doc: Doc, flat: Doc, text: str, mentions: list[Mention], add: Any,
                  committee: Optional[Body],
                  persons: Bounds) -> list[tuple[int, int, str, str]]:
        """Names found by token pattern (matched on the text with wrapped lines joined); returns the
        references among them ("the Committee", "County Council"), for resolving once all names are known;
        persons are the person_names, which a short council form may be part of."""
        known: set[int] = set()
        for mention in mentions:
            span = doc[mention.start:mention.end]
            if (same := flat.char_span(span.start_char, span.end_char)) is not None:
                known.update(range(same.start, same.end))
        found: list[tuple[int, int, str]] = []
        self.collect_forms(flat, text, 0, len(flat), known, found)
        names = [(s, e, rule) for s, e, rule in found if rule not in self.references]
        mixed = {name_key(flat[s:e].text) for s, e, _ in names if not flat[s:e].text.isupper()}
        mixed |= {name_key(m.body.name) for m in mentions}
        references = []
        named = BodiesNamed()
        named.add(committee, committee.name if committee else "")
        seen = 0  # the mentions already in named
        for start, end, rule in sorted(found, key=lambda n: (-(n[1] - n[0]), n[0])):
            span = doc.char_span(flat[start].idx, flat[end - 1].idx + len(flat[end - 1]))
            if span is None:
                continue
            words = [t.text for t in flat[start:end]]
            phrase = " ".join(span.text.split())  # as written: "Barrow-in-Furness", "BC's"
            if rule in self.references or is_generic(words, self.rules):
                references.append((span.start, span.end, phrase, self.kinds[rule]))
            elif phrase.isupper() and (name_key(phrase) not in mixed and span.start_char >= self.header_chars
                                       or is_generic(title_case(phrase).split(), self.rules)):
                continue  # capitals: a heading, unless the name is used in the text or heads the paper
            elif names_a_thing(words, self.rules) or " " not in phrase:
                continue  # "Capel Isaac Notice Board", "Public Forum"; one word: "Multi-Agency" is a sort of work
            elif rule == SHORT_COUNCIL_FORM and self.names_a_person(doc, span, persons):
                continue  # "Cllr Ann Webb CC": a county councillor
            elif (words[-1] in self.rules.not_organisation and not self.opens_with_body(rule, words)
                  and words[-1].lower() not in self.two_word_heads[rule]) or (
                    self.kinds[rule] == "other" and self.names_a_plan(flat, end)):
                continue  # "NHS Act"; "Bus Service" of "Bus Service Improvement Plan" (a board's plan still names it)
            else:
                heading = phrase.isupper() and span.start_char < self.header_chars  # the paper's own body
                for m in mentions[seen:]:
                    named.add(m.body, doc[m.start:m.end].text)
                seen = len(mentions)
                body = None if heading else named.fuller_body(phrase)
                body = body or self.meetings_body_shortened(phrase, committee)
                body = body or self.body_by_initials(phrase, named.forms)
                if rule == SHORT_COUNCIL_FORM:
                    body = body or self.council_by_short_form(phrase, [b for b, _ in named.forms])
                name = title_case(phrase)  # "TINTERN COMMUNITY COUNCIL" heading the paper
                add(span.start, span.end, body or Body(body_id(name), name, self.kinds[rule]), rule)
        return sorted(references)

    @staticmethod
    def person_names(doc: Doc, ents: tuple[Span, ...]) -> Bounds:
        """Character bounds of the names of two words or more the NER reads as a person's (ents: the Doc's
        entities), and of members and officers: read once per Doc, then asked of each candidate name."""
        named = [(e.start_char, e.end_char) for e in ents if e.label_ == "PERSON"
                 and sum(1 for t in e if t.text != "CC") > 1]  # "Partick CC" may be read as one
        return Bounds(named + [(s.start_char, s.end_char)
                               for key in (MEMBERS, OFFICERS) for s in doc.spans.get(key, [])])

    def names_a_person(self, doc: Doc, span: Span, named: Bounds, *, from_start: bool = False) -> bool:
        """Whether a span is, or is part of, a person's name: after a person's title ("Cllr", "Mr"), or over
        one of the person_names (from_start: one starting in the span, not a person with a post and an
        employer before it)."""
        if span.start > 0 and doc[span.start - 1].text.rstrip(".") in self.person_titles:
            return True
        if from_start:
            return named.overlaps_from(span.start_char, span.end_char)
        return named.overlaps(span.start_char, span.end_char)

    def council_by_short_form(self, phrase: str, named: list[Optional[Body]]) -> Optional[Body]:
        """The council a short form means when its place is that council's and the letters after it are the
        initials of its council words: one the paper names ("Govan CC" in Govan Community Council's
        minutes), else the one listed ("Kent CC": Kent County Council), if only one."""
        place, _, letters = phrase.rpartition(" ")
        short = initials(place) + letters
        for candidates in ([(b.name, b.key) for b in named if b is not None and b.kind == "council"],
                           self.council_initials.get(short, [])):
            found = {key: name for name, key in candidates
                     if initials(name) == short and council_place(name, self.rules) == place}
            if len(found) == 1:
                key, name = next(iter(found.items()))
                return Body(key, name, "council")
        return None

    def meetings_body_shortened(self, phrase: str, committee: Optional[Body]) -> Optional[Body]:
        """The meeting's own body when a name is its name with words left out, the last word kept
        ("Transport Connectivity Committee" in the Transport and Connectivity Policy Committee's papers)."""
        if committee is None:
            return None
        short, full = name_key(phrase).split(), name_key(committee.name).split()
        if len(short) < 2 or short[-1] != full[-1] or len(short) >= len(full):
            return None
        words = iter(full)
        return committee if all(word in words for word in short) else None

    @staticmethod
    def body_by_initials(phrase: str, bodies: Iterable[tuple[Optional[Body], str]]) -> Optional[Body]:
        """The one body already named whose name is this one with its opening acronym spelt out ("CYPE
        Cabinet Committee" beside "Children, Young People and Education Cabinet Committee"); bodies are
        (body, form written)."""
        short, _, tail = phrase.partition(" ")
        if not (short.isupper() and short.isalpha() and 2 <= len(short) <= 6 and tail):
            return None
        key, size = " " + name_key(tail), len(tail.split())
        found = {b.key: b for b, _ in bodies if b is not None and name_key(b.name).endswith(key)
                 and initials(" ".join(b.name.split()[:-size])) == short}
        return next(iter(found.values())) if len(found) == 1 else None

    def opens_with_body(self, rule: str, words: list[str]) -> bool:
        """Whether a name opens with its body and "of" or "for" ("Friends of Elder Park", "Centre for
        Cities"): what follows is a place or a topic, which may end in a place's word."""
        return rule in self.open_ended and len(words) > 2 and words[1] in ("of", "for") \
            and words[-1] in self.rules.place_endings

    def names_a_plan(self, flat: Doc, end: int) -> bool:
        """Whether the capitalised words after a name end in a plan's, fund's or document's word: the name
        is then part of that title, not a body ("Bus Service Improvement Plan")."""
        for token in flat[end:end + 3]:
            if not token.is_title:
                return False
            if token.text in self.rules.not_organisation:
                return True
        return False

    def collect_forms(self, flat: Doc, text: str, lo: int, hi: int, known: set[int],
                      found: list[tuple[int, int, str]]) -> None:
        """Pattern matches in flat[lo:hi] as (start, end, rule), cut to their names; a match over a known
        name, or with a name cut off its front, is split and its parts matched again."""
        whole = (lo, hi) == (0, len(flat))
        for match_id, start, end in self.matcher(flat) if whole else self.matcher.on_part(flat, lo, hi):
            start, end, rule = start + lo, end + lo, flat.vocab.strings[match_id]
            if rule in self.references:
                if not self.is_compound(flat, start, end):
                    found.append((start + (flat[start].lower_ in ("the", "this")), end, rule))
                continue
            start = max(lo, self.name_start(flat, start))  # never back past the part being matched
            inside = [i for i in range(start, end) if i in known]
            if inside:  # "Cheshire West and Chester Council and Middlewich Town Council"
                for a, b in zip([start] + [i + 1 for i in inside], inside + [end]):
                    if b - a >= 2:
                        self.collect_forms(flat, text, a, b, known, found)
                continue
            words = [t.text for t in flat[start:end]]
            line_ends = [i for i, t in enumerate(flat[start:end]) if text[t.idx + len(t):t.idx + len(t) + 1] == "\n"]
            if line_ends and self.wraps_mid_cell(text, flat[start].idx):
                if end - (start + line_ends[0] + 1) >= 2:  # "…\tRoad Safety Review\nWalking Alliance"
                    self.collect_forms(flat, text, start + line_ends[0] + 1, end, known, found)
                continue
            if rule in self.open_ended and (cut := self.open_name_end(words, line_ends)) < len(words):
                if end - (start + cut) >= 2:  # "Healthwatch Barnsley, Healthwatch Doncaster and …"
                    self.collect_forms(flat, text, start + cut, end, known, found)
                end, words = start + cut, words[:cut]
            first, last = trim_name(words, self.rules, line_ends)
            if 2 <= first < end - start:  # a name may stand in the part cut off ("X Partnership and the")
                self.collect_forms(flat, text, start, start + first, known, found)
            if rule in self.open_ended and first > 0:  # cut off its opening word: match what is left afresh
                if last - first >= 2:
                    self.collect_forms(flat, text, start + first, start + last, known, found)
                continue
            if last - first >= 2:
                found.append((start + first, start + last, rule))

    @staticmethod
    def wraps_mid_cell(text: str, start: int) -> bool:
        """Whether a name starting at start on a table row (a line with tabs) starts inside its cell, not at
        the cell's start: the next line then carries on some cell of the row, not this name."""
        line_start = text.rfind("\n", 0, start) + 1
        before = text[line_start:start]
        return "\t" in before and before.rstrip(" ")[-1:] != "\t"

    def name_start(self, flat: Doc, start: int) -> int:
        """A match's start moved back over a hyphenated place ("Milford-on-" before "Sea Parish Council")
        and, for "Association of …" names, over the place that opens them ("Hampshire Association of …")."""
        while start >= 4 and flat[start - 1].text == "-" and flat[start - 2].lower_ in HYPHEN_JOINS and (
                flat[start - 3].text == "-" and flat[start - 4].is_title):
            start -= 4
        if flat[start].text in PLACE_LED_OPENERS:
            while start > 0 and flat[start - 1].text in self.rules.places and flat[start - 1].whitespace_ == " ":
                start -= 1
        return start

    def open_name_end(self, words: list[str], line_ends: list[int]) -> int:
        """Where a name that opens with its body word ("NHS X", "Healthwatch X") ends: at its line's end,
        a comma, or an "and" before the same opening word (a list of such bodies)."""
        for i, word in enumerate(words):
            if word == "," or (word in ("and", "&") and i + 1 < len(words) and words[i + 1] == words[0]):
                return i
            if i in line_ends:
                return i + 1
        return len(words)

    def is_compound(self, doc: Doc, start: int, end: int) -> bool:
        """Whether a reference word is part of another phrase ("Council Tax", "Cabinet Member")."""
        following = doc[end] if end < len(doc) else None
        if following is None or "\n" in doc[end - 1].text_with_ws:  # the text up to the next word
            return False
        return following.text in self.rules.compound_next or following.is_title

    def add_acronyms(self, doc: Doc, text: str, mentions: list[Mention], add: Any,
                     people: Coverage) -> dict[str, str]:
        """Acronyms defined beside a long form, used as the initials of one body the paper names or of one
        listed council whose place it names, and every later or earlier use of them."""
        acronyms: dict[str, str] = {}
        for mention in list(mentions):
            span = doc[mention.start:mention.end]
            found = acronym_after(text, span.end_char, span.text) or acronym_before(text, span.start_char, span.text)
            if found is not None and mention.body.key not in acronyms:
                acronyms[mention.body.key] = found[0]
        names = {m.body.key: m.body.name for m in mentions if m.body.key not in acronyms}
        uses = undefined_uses(text)
        used = {key: acronym for key, acronym in acronyms_by_initials(uses, names).items()
                if acronym not in acronyms.values()}  # "TCC" in Tintern Community Council's minutes
        bodies = {m.body.key: m.body for m in mentions}
        linked = {*acronyms.values(), *used.values()}
        councils = self.councils_by_acronym(text, uses, linked, people)
        bodies.update((body.key, body) for body in councils.values() if body.key not in bodies)
        for key, acronym in [*acronyms.items(), *used.items(), *((b.key, a) for a, b in councils.items())]:
            body = bodies[key]
            for start, end in acronym_mentions(text, acronym):
                span = doc.char_span(start, end)
                if span is not None and add(span.start, span.end, body, "acronym"):
                    acronyms.setdefault(key, acronym)
        return acronyms

    def councils_by_acronym(self, text: str, uses: dict[str, int], linked: set[str],
                            people: Coverage) -> dict[str, Body]:
        """Acronyms the paper never defines (uses: its undefined_uses) that are the initials of one listed
        council whose place it names twice or more, outside people's names ("KCC" in a Kent panel's minutes
        that say "Kent" throughout, never "Kent County Council"): acronym -> council."""
        found: dict[str, Body] = {}
        for acronym in uses:
            if acronym in linked or acronym not in self.council_initials:
                continue
            named = [(name, key) for name, key in self.council_initials[acronym]
                     if place_mentions(council_place(name, self.rules), text, people) >= 2]
            if len(named) == 1:
                found[acronym] = Body(named[0][1], named[0][0], "council")
        return found

    def councils(self, doc: Doc, mentions: list[Mention]) -> list[tuple[Body, int, int]]:
        """Each council named: (body, first character offset, mentions), in order of first mention; an
    authority ("Greater London Authority") is never "the Council"."""
        seen: dict[str, list[Any]] = {}
        for mention in sorted(mentions, key=lambda m: m.start):
            if mention.body.kind == "council" and COUNCIL_NAMED.search(mention.body.name):
                entry = seen.setdefault(mention.body.key, [mention.body, doc[mention.start].idx, 0])
                entry[2] += 1
        return [(body, first, count) for body, first, count in seen.values()]

    def add_payees(self, doc: Doc, text: str, add: Any, ner_people: Coverage, persons: Bounds) -> None:
        """Bodies the paper lists as payees or grant recipients ("a donation to Wales Air Ambulance"), though
        their names hold no body word; never a person (persons, or a word of ner_people: the tokens of the
        NER's PERSON entities), a place alone or a thing ("Notice Board")."""
        for start, end in payee_names(text, self.payees):
            span = doc.char_span(start, end)
            if span is None or self.names_a_person(doc, span, persons, from_start=True) or (
                    ner_people.overlaps(span.start, span.end)):
                continue  # "Gwen Morgan, Clerk's salary": a word of it read as a person's is enough
            words = [t.text for t in span]
            if all(w in self.rules.places for w in words) or names_a_thing(words, self.rules) or (
                    words[0].lower() in MONTHS_AND_DAYS or words[0] in self.rules.leading):
                continue
            name = " ".join(span.text.split())
            add(span.start, span.end, Body(body_id(name), name, "other"), "payee")

    def add_affiliations(self, doc: Doc, text: str, add: Any, ents: tuple[Span, ...], ner_people: Coverage,
                         persons: Bounds) -> None:
        """Bodies the paper names by a person who belongs to them or after a phrase that lists bodies
        ("Brendan Murphy of BARBI", "representing Govan Reminiscence Group"), though their names hold no
        body word; never a person (persons, or a word of ner_people), a place (the NER's or a council's), a
        post, a date or a thing."""
        places = Bounds((e.start_char, e.end_char) for e in ents if e.label_ in ("GPE", "LOC"))
        for start, end in affiliation_names(text, [b for _, b in persons.bounds], self.affiliations):
            span = doc.char_span(start, end)
            if span is None or self.names_a_person(doc, span, persons, from_start=True) or places.holds(
                    span.start_char, span.end_char) or ner_people.overlaps(span.start, span.end):
                continue  # "on behalf of Reinhild": a person; "Mrs Evans of Penybanc": a place
            first, last = trim_name([t.text for t in span], self.rules)
            span = doc[span.start + first:span.start + last]
            words = [t.text for t in span]
            if not words or (len(words) == 1 and not words[0].isupper()) or names_a_thing(words, self.rules) or (
                    all(w in self.rules.places for w in words) or words[0].lower() in MONTHS_AND_DAYS
                    or words[0] in self.rules.roles or words[-1] in self.rules.not_organisation
                    or words[-1] in self.post_nominals or words[-1].lower() in self.plural_heads):
                continue  # one word, not an acronym: "Mr Rick Robbins of Newlands" names a farm or a place
            name = " ".join(span.text.split())
            add(span.start, span.end, Body(body_id(name), name, "other"), "affiliation")

    def add_ner_fallback(self, doc: Doc, text: str, add: Any, ents: tuple[Span, ...],
                         persons: Bounds) -> None:
        """The NER's ORG entities not found otherwise, when they read as a body's name, not as a person's (a
        member in the list of those present) nor as the opening of a plan's title ("Bristol Transport" of
        "Bristol Transport Strategy"); ents are the Doc's entities, persons the person_names."""
        people = [(e.start_char, e.text) for e in ents if e.label_ == "PERSON"]  # in order, as ents are
        people_starts = [start for start, _ in people]
        for ent in ents:
            if ent.label_ != "ORG" or "\n" in ent.text:
                continue
            words = [t.text for t in ent]
            first, last = trim_name(words, self.rules)
            span = doc[ent.start + first:ent.start + last]
            if not plausible_ner_name(words[first:last], self.rules) or self.is_heading(text, span) or (
                    self.names_a_person(doc, span, persons)
                    or self.among_people(people, people_starts, text, span)
                    or self.names_a_plan(doc, span.end)):
                continue
            name = " ".join(span.text.split())
            add(span.start, span.end, Body(body_id(name), name, "other"), "ner")

    @staticmethod
    def among_people(people: list[tuple[int, str]], starts: list[int], text: str, span: Span) -> bool:
        """Whether a span is one whole item of a comma-separated list on its line whose other items the NER
        reads as people's names, twice or more (a list of those present: "Ruth Kerr, Ian Bell, Ann Weir");
        people are the NER's PERSON entities (start_char, text) in order, starts their start_chars."""
        line_start = text.rfind("\n", 0, span.start_char) + 1
        line_end = text.find("\n", span.end_char)
        line_end = len(text) if line_end < 0 else line_end
        items = {item.strip(" .;:") for item in re.split(r"[,:]", text[line_start:line_end])}
        if span.text not in items:
            return False
        on_line = {name for _, name in people[bisect_left(starts, line_start):bisect_left(starts, line_end)]}
        return len(on_line & items) >= 2

    def is_heading(self, text: str, span: Span) -> bool:
        """Whether a span is a whole line on its own (a heading or a title, not running text)."""
        line_start = text.rfind("\n", 0, span.start_char) + 1
        line_end = text.find("\n", span.end_char)
        line = text[line_start: line_end if line_end >= 0 else len(text)]
        return line.strip(" \t.:-–") == span.text

    def to_spans(self, doc: Doc, mentions: Iterable[Mention], acronyms: dict[str, str]) -> list[Span]:
        """One span per mention, sorted, with the body's canonical id, name, kind and acronym."""
        spans = []
        for mention in sorted(mentions, key=lambda m: (m.start, m.end)):
            span = Span(doc, mention.start, mention.end, label="ORG", span_id=mention.body.key)
            span._.org_name = mention.body.name
            span._.org_kind = mention.body.kind
            span._.org_acronym = acronyms.get(mention.body.key)
            span._.rule = mention.rule
            spans.append(span)
        return spans


@Language.factory(
    "minutes_organisations",
    assigns=["doc.spans"],
    requires=["doc.ents"],
    default_config={
        "forms": {"@misc": "minutes.patterns.v1", "name": "patterns/organisation_forms.jsonl"},
        "words": {"@misc": LEXICON, "name": "lexicons/organisation_words.json"},
        "bodies": {"@misc": LEXICON, "name": "lexicons/decision_bodies.json"},
        "gazetteers": {"@misc": "minutes.pattern_files.v1", "pattern": "patterns/gazetteer_*.jsonl"},
        "honorifics": {"@misc": LEXICON, "name": "lexicons/honorifics.json"},
        "payees": {"@misc": LEXICON, "name": "lexicons/payee_contexts.json"},
        "affiliations": {"@misc": LEXICON, "name": "lexicons/affiliation_contexts.json"},
        "header_chars": 600,
    },
)
def make_organisation_finder(nlp: Language, name: str, forms: list[dict[str, Any]], words: dict[str, Any],
                             bodies: dict[str, Any], gazetteers: list[dict[str, Any]],
                             honorifics: dict[str, Any], payees: dict[str, Any],
                             affiliations: dict[str, Any], header_chars: int) -> OrganisationFinder:
    """Factory for OrganisationFinder; the gazetteers' council names give the place words, header_chars
    how far the header reaches, for the own council, the honorifics the titles that open a person's name and
    the letters after it, the payee and affiliation contexts where bodies without a body word are named."""
    councils = [row["pattern"] for row in gazetteers if row.get("kind") == "council"]
    heads = {word for row in forms if row["label"] == "ORG" for word in name_heads(row["pattern"])}
    listed = [(row["pattern"], row["id"]) for row in gazetteers
              if row.get("kind") == "council" and slug(row["pattern"]) == row["id"]]
    titles = frozenset(title.split()[-1].rstrip(".") for key in ("honorifics", "councillor_titles", "ranks")
                       for title in honorifics.get(key, []))
    return OrganisationFinder(nlp, name, forms=forms, rules=name_rules(words, bodies, councils, heads),
                              header_chars=header_chars, listed_councils=listed, person_titles=titles,
                              payees=PayeeRules(payees), affiliations=AffiliationRules(affiliations),
                              post_nominals=frozenset(honorifics.get("postnominals", [])))


def name_heads(pattern: list[dict[str, Any]]) -> list[str]:
    """The words that end a name in one organisation pattern (its last token's LOWER list), if any."""
    last = pattern[-1].get("LOWER")
    return list(last["IN"]) if isinstance(last, dict) else [last] if isinstance(last, str) else []
