"""minutes_decisions: resolutions of the meeting, and decisions recommended, reported or scheduled,
each with its status, decision maker, date, vote and UK attributes.

Trigger phrases (models/patterns/decision_triggers.jsonl) are matched with a spaCy Matcher; the
text of each decision is cut from the layout around the trigger by the pure functions of
normalise/decisions.py. It runs last, so it can use the organisation and date spans.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Optional

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..doc_text import doc_text
from ..extensions import AGENDA_ITEMS, DATES, DECISIONS, HEADINGS, MEMBERS, ORGANISATIONS
from ..stretch_matcher import StretchMatcher
from ..normalise.date_mentions import first_date_value
from ..normalise.decisions import (
    BULLET_MARKER,
    LIMB_MARKER,
    Piece,
    attribute_rules,
    block_end,
    body_pattern,
    clause_bounds,
    clean_body,
    find_attributes,
    is_block_lead,
    lead_in_awaiting_list,
    line_bounds,
    opens_line,
    paragraph_bounds,
    post_expression,
    proposal_status,
    same_body,
    skip_lead_separator,
    skip_space,
    split_limbs,
    status_of,
    tidy,
    trim_end,
)
from ..normalise.organisations import is_post
from ..normalise.votes import parse_votes, trailing_vote_end, vote_warnings
from ..span_index import Coverage, last_match_before, span_index

RESOLUTION_DOC_TYPES = ("minutes", "decision_notice", "other", None)
"""Papers whose RESOLVED blocks are the meeting's own resolutions (a report quoting one reports it)."""
TRIGGER_ORDER = (
    "RESOLUTION",
    "RESOLUTION_LINE",
    "BODY_RESOLUTION",
    "PROPOSAL",
    "ITEM_OUTCOME",
    "BARE_RESOLUTION",
    "OUTCOME_SENTENCE",
    "RECOMMENDATION_OBJECT",
    "RECOMMENDATION_SUBJECT",
    "RECOMMENDATION_LINE",
    "SCHEDULED_BY",
    "SCHEDULED_SUBJECT",
    "SCHEDULED_PURPOSE",
    "REPORTED_BY",
    "REPORTED_SUBJECT",
)
"""Trigger labels in the order they are read: a resolution block claims its text before the
narrative triggers inside it are looked at ("RESOLVED that" is a resolution, not a body that
"resolved that")."""
SUBJECT_GAP = re.compile(r"\s*(?:\([A-Z][A-Za-z& ]{1,15}\)\s*)?(?:\w+ly\s+|had\s+|has\s+|have\s+|also\s+|then\s+|itself\s+)*")
"""What may stand between a body and its verb: "Cabinet had formally approved", "… Board (BLMK ICB) has agreed"."""
OUTCOME_NOT_AFTER = frozenset({"had", "has", "have", "been", "be", "being", "to", "not", "never", "once", "if",
                               "when", "already", "previously", "was", "were", "is", "are", "yet", "also"})
"""Words before an outcome verb that make it another tense, a condition or a report ("had been approved")."""
OUTCOME_ACTIVE_NEXT = frozenset({"and", "as", "until", "subject", "in", "unanimously", "without", "nem", "on"})
"""Words that may follow an outcome verb with no "was" ("agreed & signed", "deferred until June")."""
OUTCOME_NOT_IN_SUBJECT = frozenset({"reported", "said", "explained", "advised", "informed", "stated", "confirmed",
                                    "asked", "if", "whether", "when"})
"""Words that make a sentence reported speech or a condition, not the meeting's outcome."""
OUTCOME_MAX_WORDS = 30
"""An outcome sentence is short: a longer one is narrative."""
WORD_RE = re.compile(r"[A-Za-z][A-Za-z'’-]*")
LEAD_ENDS_IN_COLON = re.compile(r"[^.;:\n]*(?:\n[^.;:\n]+)?\s*:\s*[-–]?[ \t]*\n")
"""A lead running on to a colon at the end of its line (within two lines): a list of limbs follows."""
FORWARD_PLAN_HEAD = 1000
"""How far into a paper its title says it is a forward plan (characters)."""
PARAGRAPH_NUMBER_AT = re.compile(r"[ \t]*(?:\d{1,5}(?:\.\d{1,3})*\.?[ \t]+)?")
"""A minute's paragraph number at the start of a line ("3788.\t"), skipped when a line's outcome is read."""
SHORT_CLAUSE = 8
"""Fewer words than this after an inline lead ("it was resolved to adopt.") do not say what was decided:
the record takes the whole sentence."""
LEAD_IN_WORDS = 3
"""An inline resolution keeps its sentence when the words before its clause (with "it was agreed") are no
more than the clause's and these few ("Additional information was sought … and it was agreed that …")."""
PROPOSAL_OUTCOME = re.compile(
    r"\b(?:agreed|resolved|approved|carried|accepted|passed|adopted|lost|defeated|fell|not\s+carried)\b",
    re.IGNORECASE,
)
"""What says a proposal's fate ("seconded by Cllr B and unanimously agreed", "Carried.", "It fell")."""
NOT_CARRIED = re.compile(
    r"\b(?:not\s+(?:approved|agreed|carried|supported)|fell|lost|was\s+rejected|was\s+refused)\b",
    re.IGNORECASE,
)
"""A line between two limbs saying the next was not carried ("Recommendation 3 was not approved:")."""
MEETING_OPENING = re.compile(
    r"(?:At|In|On)\s+(?:the|its|a|their)\s+(?:\w+\s+){0,2}?meeting\s+of\s+[^,;.]{3,120}?,\s*", re.IGNORECASE)
"""A sentence opening with the meeting that decided ("At the meeting of the MCA Committee in January, £50k …
was approved"): the clause keeps it, for its body and date."""
BARE_LEAD_IN = re.compile(r"That\s+the\s+[^\n.;:]{3,80}:[ \t]*\n\s*(?:\d{1,2}[.)]|\(?[a-z]\)|[a-z][.)])\s")
"""A lead-in line "That the Committee for Transport and Connectivity:" over numbered limbs, standing for
RESOLVED in minutes."""
MOVED = re.compile(r"\b(?:moved|proposed|seconded)\b", re.IGNORECASE)
"""A sentence that puts a motion or amendment to the meeting."""
LINE_BREAK: dict[str, Any] = {"IS_SPACE": True, "TEXT": {"REGEX": r"\A[ \t]*\n[ \t]*\Z"}, "OP": "?"}
"""One line break (not a blank line) that may stand between the words of a trigger."""
SECONDED = re.compile(r"\bseconded\b", re.IGNORECASE)
"""A motion put to the meeting: it has a seconder."""
ANAPHOR = re.compile(r"\b(?:this|these|that|it)\s*$", re.IGNORECASE)
"""An outcome whose subject points back ("… and this was agreed"): the motion is in the sentence before."""
LIMBS_SUB_HEADING = re.compile(r"(?:[^\s:]+[ \t]+){0,5}[^\s:]+:[ \t]*\n\s*(?=\d{1,2}\.)")
"""A short line ending in a colon that heads the numbered limbs under it ("Contractual:")."""
TOPIC_THEN_OUTCOME = re.compile(r"\S(?::|[ \t]{2,}|\t)[ \t]*$")
"""An item's topic, then its outcome after a colon or a gap ("Bus Transport and petition: agreed to return to
it at the next meeting", "Meeting with the MSP  Agreed to defer"): the outcome's verb opens it."""
LOOKBACK = 1500
"""How far before a resolution to look for the vote on it (characters)."""


@dataclass
class Found:
    """A decision cut from the text, before it becomes a span."""

    piece: Piece
    kind: str
    status: str
    rule: str
    lead: int = 0
    """Offset of the trigger that opened it: the limbs of one block share it."""
    maker: Optional[str] = None
    date: Optional[str] = None
    date_span: Optional[tuple[int, int]] = None
    text: Optional[str] = None
    parts: list[tuple[int, int]] = field(default_factory=list)
    votes: Optional[dict[str, Any]] = None
    attributes: dict[str, Any] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)


class DecisionFinder:
    """Find resolutions and decisions and put them in doc.spans["decisions"] with their details."""

    def __init__(
        self,
        nlp: Language,
        name: str,
        *,
        triggers: list[dict[str, Any]],
        status_verbs: dict[str, Any],
        bodies: dict[str, Any],
        layout: dict[str, Any],
        attributes: dict[str, Any],
    ) -> None:
        self.name = name
        self.trigger_status: dict[str, Optional[str]] = {}
        rules = []
        bounded: dict[str, dict[int, int]] = {}
        for row in triggers:
            key = f"{row['label']}|{row.get('id') or row['label']}"
            pattern, at_most = across_line_breaks(*starred(row["pattern"]))
            rules.append((key, [pattern], {}))
            if at_most:
                bounded[key] = at_most
            self.trigger_status[key] = row.get("kind")
        self.matcher = StretchMatcher(nlp, rules, at_most=bounded)
        self.at_most: dict[int, dict[int, int]] = {nlp.vocab.strings[key]: m for key, m in bounded.items()}
        """For each trigger whose "{0,m}" tokens are matched as "*", by match id: each such token's index and its m."""
        self.statuses: dict[str, list[str]] = status_verbs["statuses"]
        self.negated: dict[str, str] = status_verbs.get("negated", {})
        self.status_rules: dict[str, Any] = {
            "movers": frozenset(status_verbs.get("movers", [])),
            "asides": frozenset(status_verbs.get("asides", [])),
            "record_phrases": re.compile("|".join(status_verbs["record_phrases"]), re.IGNORECASE)
            if status_verbs.get("record_phrases") else None,
        }
        self.body_re = body_pattern(bodies["body_words"], bodies["leaders"])
        self.post_re = re.compile(rf"\b{post_expression(bodies['leaders'])}\b")
        self.lead_words: list[str] = bodies.get("lead_words", [])
        self.leaders: tuple[str, ...] = tuple(bodies["leaders"])
        self.stop_lines = re.compile("|".join(f"(?:{p})" for p in layout["stop_lines"]), re.IGNORECASE)
        self.abbreviations = frozenset(layout.get("abbreviations", []))
        self.not_lead = re.compile(
            "|".join(rf"[ \t]*(?:{p})" for p in layout.get("not_lead_after", [])) or r"(?!)", re.IGNORECASE)
        verbs = "|".join(layout.get("joined_limb_verbs", [])) or r"(?!)"
        self.joined_limb = re.compile(
            rf"(?:;[^\S\n]*(?:and[^\S\n]+)?|,?[^\S\n]+and[^\S\n]+(?=to\b))(?=(?:to[^\S\n]+)?(?:{verbs})\b)")
        self.forward_plan_lines = re.compile(
            "|".join(f"(?:{p})" for p in layout.get("forward_plan_lines", [])) or r"(?!)", re.IGNORECASE)
        self.forward_plan_end = re.compile(
            "|".join(rf"^[ \t]*(?:{p})" for p in layout.get("forward_plan_end_lines", [])) or r"(?!)",
            re.IGNORECASE | re.MULTILINE)
        self.extract_lines = re.compile(
            "|".join(rf"^[ \t]*(?:{p}).*$" for p in layout.get("minutes_extract_lines", [])) or r"(?!)",
            re.IGNORECASE | re.MULTILINE,
        )
        self.attribute_rules = attribute_rules({k: v for k, v in attributes.items() if isinstance(v, list)},
                                               attributes.get("cues", {}))

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        item_starts = sorted(s.start_char for s in doc.spans.get(AGENDA_ITEMS, []))
        headings = {s.start_char for s in doc.spans.get(HEADINGS, [])
                    if not s.text.rstrip().endswith(":")}  # "Contractual:" leads a list
        stops = sorted(set(item_starts) | headings)
        matches = sorted(
            (
                Span(doc, s, e, label=doc.vocab.strings[key])
                for key, s, e, aligned in self.matcher(doc, with_alignments=True)
                if key not in self.at_most or within_counts(aligned, self.at_most[key])
            ),
            key=lambda m: (m.start, -len(m)),
        )
        found: list[Found] = []
        covered = Coverage()
        for label in TRIGGER_ORDER:
            for match in matches:
                key = match.label_
                if key.split("|")[0] != label or covered.overlaps(match.start_char, match.end_char):
                    continue
                results = [
                    r
                    for r in self.read(doc, match, key, stops)
                    if not covered.overlaps(r.piece.start, r.piece.end)
                ]
                for result in results:
                    result.lead = match.start_char
                found.extend(results)
                for result in results:
                    covered.add(result.piece.start, result.piece.end)
                if results:
                    lead_start = (
                        line_bounds(text, match.start_char)[0]
                        if opens_line(text, match.start_char)
                        else match.start_char
                    )
                    covered.add(lead_start, max(r.piece.end for r in results))
        found = drop_repeats(found)
        self.add_votes_and_attributes(doc, found, item_starts)
        doc.spans[DECISIONS] = [
            span
            for result in sorted(found, key=lambda f: (f.piece.start, f.piece.end))
            if (span := self.to_span(doc, result)) is not None
        ]
        return doc

    def read(self, doc: Doc, match: Span, key: str, stops: list[int]) -> list[Found]:
        """The decisions a trigger match opens, by the kind of trigger."""
        label, rule = key.split("|")
        status = self.trigger_status.get(key)
        if label in ("RESOLUTION", "RESOLUTION_LINE", "BODY_RESOLUTION"):
            return self.resolutions(doc, match, label, rule, status, stops)
        if label == "PROPOSAL":
            return self.proposal(doc, match, rule, stops)
        if label == "ITEM_OUTCOME":
            return self.item_outcome(doc, match, rule)
        if label == "BARE_RESOLUTION" and (
            BARE_LEAD_IN.match(doc_text(doc), match.start_char) and reads_as_minutes(doc)
        ):  # "That the Committee for X:" over numbered limbs
            return self.resolutions(doc, match, "RESOLUTION", rule, None, stops)
        if label == "BARE_RESOLUTION":
            return self.bare_resolution(doc, match, rule)
        if label == "OUTCOME_SENTENCE":
            return self.outcome_sentence(doc, match, rule)
        if label.startswith("RECOMMENDATION"):
            return self.recommendations(doc, match, label, rule, stops)
        if label == "SCHEDULED_PURPOSE":
            return self.forward_plan_entry(doc, match, rule)
        return self.narrative(doc, match, label, rule, status)

    # Resolutions of the meeting ------------------------------------------------------------

    def resolutions(
        self, doc: Doc, match: Span, label: str, rule: str, lead_status: Optional[str], stops: list[int]
    ) -> list[Found]:
        """The limbs of a RESOLVED / DECISION / "The Committee AGREED" block."""
        text = doc_text(doc)
        start, end = match.start_char, match.end_char
        if label == "RESOLUTION_LINE" and (
            not is_block_lead(text, start, end) or self.not_lead.match(text, end)
        ):
            return []
        if label == "BODY_RESOLUTION" and match[-1].text == "noted" and re.match(r"\s+that\b", text[end:]):
            return []  # "The Committee noted that costs had risen": the discussion, not a resolution
        if label == "BODY_RESOLUTION" and match[-1].lower_ == "voted" and re.match(r"[ \t]*(?:[.;]|\n|$)", text[end:]):
            return []  # "The committee then voted.": the vote, with nothing it decided
        lead_status = lead_status or status_of(match.text, self.statuses, **self.status_rules)
        after = skip_lead_separator(text, end)
        rest = text[end : line_bounds(text, end)[1]]
        object_follows = bool(rest.strip()) and not re.match(
            r"\s*(?:\w+ly\s+)?(?:that\b|to\b|[:–—-]|\()", rest, re.IGNORECASE
        )
        line_lead = opens_line(text, start)
        if label == "BODY_RESOLUTION":
            content_start = start
        elif object_follows:  # "Members NOTED the report": keep the subject and the verb
            content_start = max(match.sent.start_char, line_bounds(text, start)[0])
        else:
            content_start = after
        list_follows = match.text.rstrip().endswith(":") or bool(re.match(r"\s*:", rest)) or bool(
            LEAD_ENDS_IN_COLON.match(text, end))  # "the Committee agreed, in terms of\nSection 149 …:-" then limbs
        sentence_lead = rule.startswith("it-was") and len(WORD_RE.findall(rest)) >= 3  # "It was AGREED that …"
        inline = (label == "BODY_RESOLUTION" or not line_lead or sentence_lead) and not list_follows
        stop = block_end(text, after, stops=stops, stop_lines=self.stop_lines, inline=inline,
                         abbreviations=self.abbreviations)
        if stop <= content_start:
            return []
        pieces = split_limbs(text, content_start, stop, self.abbreviations)
        if inline and len(pieces) == 1:  # "… no amendments made and it was resolved to adopt."
            opening = sentence_start(text, match.sent.start_char, start)
            sentence = tidy(text, opening, pieces[0].end)
            clause_words = len(WORD_RE.findall(text[pieces[0].start : pieces[0].end]))
            lead_in_words = len(WORD_RE.findall(text[opening : pieces[0].start]))
            if (sentence is not None and sentence.start < pieces[0].start
                    and (clause_words < SHORT_CLAUSE or lead_in_words <= clause_words + LEAD_IN_WORDS)):
                pieces = [sentence]
        pieces = [part for piece in pieces for part in self.joined_limbs(text, piece)]
        meeting = self.meeting_of(doc, start)
        if meeting is not None:
            maker, date = meeting
            own_post = None
            if maker is None and pieces and pieces[0].start > content_start:  # "As Cabinet Member … I agree:"
                named = self.post_re.search(text, content_start, pieces[0].start)
                own_post = named.group(0) if named else None
                maker = own_post
            one_person = (doc._.doc_type == "decision_notice" or own_post is not None) and is_post(
                maker, self.leaders)
            kind = "individual" if one_person else "resolution"
            statuses = [  # "2. Approved …" / "Recommendation 3 was not approved:" / "3. Authorise …"
                "rejected" if i and NOT_CARRIED.search(text, pieces[i - 1].end, piece.start)
                else self.limb_status(text, piece, end, lead_status)
                for i, piece in enumerate(pieces)
            ]
            return [Found(piece, kind, status, rule, maker=maker, date=date)
                    for piece, status in zip(pieces, statuses)]
        if lead_status == "recommended":  # "RECOMMENDED: That the Cabinet …" in a report
            return [
                Found(
                    piece,
                    "recommendation",
                    "recommended",
                    rule,
                    maker=self.body_in(doc, piece.start, min(piece.end, piece.start + 40)) or doc._.committee,
                )
                for piece in pieces
            ]
        maker = self.maker_before(
            doc, match.sent.start_char, start
        )  # a report quoting another body's resolution
        if maker is None:
            return []
        out = [
            Found(piece, "reported", self.limb_status(text, piece, end, lead_status), rule, maker=maker)
            for piece in pieces
        ]
        for result in out:
            self.link_date(doc, result, result.piece.start)
        return out

    def joined_limbs(self, text: str, piece: Piece) -> list[Piece]:
        """A limb split where a second decision runs on inside it ("… note the settlement; and agree to
        delegate …", "… notes the progress and to support the actions"): gold and clerks count two decisions.
        A labelled limb ("(a) …") keeps its label on its first part only."""
        cuts = [m for m in self.joined_limb.finditer(text, piece.start, piece.end) if m.start() > piece.start]
        if not cuts:
            return [piece]
        bounds = [piece.start, *[m.start() for m in cuts], piece.end]
        starts = [piece.start, *[m.end() for m in cuts]]
        parts = [tidy(text, begin, bounds[i + 1], piece.limb if i == 0 else None) for i, begin in enumerate(starts)]
        return [part for part in parts if part is not None]

    def meeting_of(self, doc: Doc, offset: int) -> Optional[tuple[Optional[str], Optional[str]]]:
        """(decision maker, date) when a resolution at offset is a meeting's own: in minutes or a notice,
        the paper's body and date; in a report, after an "Extract from the minutes of the Cabinet, 13
        February 2024" line, the body and date of that line (else the paper's). None for a quote."""
        if doc._.doc_type in RESOLUTION_DOC_TYPES:
            return doc._.committee, doc._.meeting_date
        text = doc_text(doc)
        heading = last_match_before(doc, text, self.extract_lines, offset)
        if heading is None:
            return None
        next_line_end = line_bounds(text, min(len(text) - 1, heading.end() + 1))[1]
        dates = [s._.date_value for s in span_index(doc, DATES).between(heading.start(), next_line_end - 1)
                 if s._.date_precision == "day"]  # the date may wrap onto the next line
        maker = self.body_in(doc, heading.start(), heading.end())
        return maker or doc._.committee, dates[0] if dates else doc._.meeting_date

    def limb_status(self, text: str, piece: Piece, lead_end: int, lead_status: Optional[str]) -> str:
        """A limb's status from its own first status verb (after the lead word), else the lead's."""
        own = (
            text[max(piece.start, lead_end) : piece.end]
            if piece.start < lead_end < piece.end
            else text[piece.start : piece.end]
        )
        own_status = status_of(own, self.statuses, negated=self.negated, **self.status_rules)
        return own_status or lead_status or "other"

    def proposal(self, doc: Doc, match: Span, rule: str, stops: list[int]) -> list[Found]:
        """ "It was proposed by Cllr A, seconded by Cllr B and unanimously agreed that …": the sentence is
        the resolution when it (or a short sentence after it: "Carried.") says the proposal was carried;
        a proposal alone decides nothing (minutes and decision notices only)."""
        text = doc_text(doc)
        if doc._.doc_type not in RESOLUTION_DOC_TYPES:
            return []
        start = match.start_char
        end = block_end(text, start, stops=stops, inline=True, abbreviations=self.abbreviations)
        outcome = PROPOSAL_OUTCOME.search(text, start, end)
        if outcome is None:
            after = skip_space(text, end)
            following = block_end(text, after, stops=stops, inline=True, abbreviations=self.abbreviations)
            if (
                after == end
                or "\n\n" in text[end:after]
                or len(WORD_RE.findall(text[after:following])) > SHORT_CLAUSE
                or (outcome := PROPOSAL_OUTCOME.search(text, after, following)) is None
            ):
                return []
            end = following
        piece = tidy(text, start, end)
        if piece is None:
            return []
        status = proposal_status(text[outcome.start() : end], outcome.group(0), self.statuses, self.negated,
                                 **self.status_rules)
        return [Found(piece, "resolution", status, rule, maker=doc._.committee, date=doc._.meeting_date)]

    def item_outcome(self, doc: Doc, match: Span, rule: str) -> list[Found]:
        """ "The item was deferred / withdrawn": the meeting's decision on an item (minutes only)."""
        if doc._.doc_type not in RESOLUTION_DOC_TYPES:
            return []
        sentence = match.sent
        text = doc_text(doc)
        start = sentence_start(text, sentence.start_char, match.start_char)
        start = moving_sentence(doc, sentence, start)
        piece = tidy(text, start, trim_end(text, start, sentence.end_char))
        if piece is None:
            return []
        status = self.record_status(doc_text(doc), piece) or status_of(
            match.text, self.statuses, negated=self.negated, **self.status_rules) or "other"
        return [Found(piece, "resolution", status, rule, maker=doc._.committee, date=doc._.meeting_date)]

    def record_status(self, text: str, piece: Piece) -> Optional[str]:
        """ "approved" when a piece says minutes are a correct record ("were agreed as accurate")."""
        record = self.status_rules["record_phrases"]
        return "approved" if record is not None and record.search(text, piece.start, piece.end) else None

    def bare_resolution(self, doc: Doc, match: Span, rule: str) -> list[Found]:
        """A paragraph "That … be noted." standing alone in minutes: a resolution without RESOLVED, one per
        limb."""
        text = doc_text(doc)
        in_minutes = reads_as_minutes(doc) or doc._.doc_type == "decision_notice"
        if not in_minutes or not opens_line(text, match.start_char):
            return []
        start, end = paragraph_bounds(text, match.start_char)
        if start != match.start_char:
            return []
        body = text[start:end]
        if not body.endswith((".", ";")) or not re.search(r"\bbe\s+(?:\w+\s+)?\w+ed\b", body):
            return []
        status = status_of(body, self.statuses, negated=self.negated, **self.status_rules)
        if status is None:
            return []
        return [  # "That … be delayed …;\nThat a valuation be undertaken;\nAnd, that …": a limb each
            Found(piece, "resolution",
                  status_of(text[piece.start:piece.end], self.statuses, negated=self.negated,
                            **self.status_rules) or status,
                  rule, maker=doc._.committee, date=doc._.meeting_date)
            for piece in split_limbs(text, start, end, self.abbreviations)
        ]

    def outcome_sentence(self, doc: Doc, match: Span, rule: str) -> list[Found]:
        """A short line in minutes that records an outcome without RESOLVED ("Payments for April
        approved.", "Cllr Bennett was elected Chair.", "Quote from Zurich Municipal accepted."): parish
        and town council minutes. Not a report of another body's decision ("approved by Cabinet"), a
        past one ("had been approved"), reported speech ("She said that …"), a noting of facts
        ("Members noted a late representation"), apologies, or a bare "Noted."."""
        if not reads_as_minutes(doc):
            return []
        text = doc_text(doc)
        verb = match[-1]
        passive = match[0].lower_ in ("was", "were")
        sentence = match.sent
        line_start = self.after_headings(doc, sentence.start_char, match.start_char)
        sentence_end = sentence.end_char
        row_start, row_end = line_bounds(text, match.start_char)
        if not text[verb.idx + len(verb) : row_end].strip(" \t.;"):  # "24/01122/FUL – Old Forge. Approved."
            row_start = self.after_headings(doc, row_start, match.start_char)
            row_start = skip_lead_separator(text, PARAGRAPH_NUMBER_AT.match(text, row_start).end())
            if row_start < line_start and len(WORD_RE.findall(text[row_start:row_end])) <= OUTCOME_MAX_WORDS:
                line_start, sentence_end = row_start, row_end
        subject = doc.char_span(line_start, match.start_char, alignment_mode="contract")
        after = doc[verb.i + 1] if verb.i + 1 < sentence.end else None
        too_long = len(subject) > 2 * OUTCOME_MAX_WORDS if subject is not None else True
        if subject is None or sum(1 for t in subject if t.is_alpha) < 2 or too_long:
            return []
        if subject[-1].lower_ in OUTCOME_NOT_AFTER or subject[0].lower_ in ("it", "which", "that") or (
            subject[0].lower_ in ("this", "these") and not subject[1].is_alpha
        ):
            return []  # "This project was approved" names its subject; "This, she noted, …" does not
        topic = bool(TOPIC_THEN_OUTCOME.search(text, line_start, match.start_char))  # "d) Bus petition: agreed to …"
        if not (passive or topic) and after is not None and (after.is_alpha and after.lower_ not in OUTCOME_ACTIVE_NEXT):
            return []  # "Members noted a late representation": narrative, not an outcome
        if after is not None and after.lower_ in ("by", "with", "for", *(() if topic else ("that",))):
            return []
        if {t.lower_ for t in subject} & OUTCOME_NOT_IN_SUBJECT or self.is_apologies(text, line_start):
            return []
        end = trim_end(text, line_start, sentence_end)
        piece = tidy(text, line_start, end)
        if piece is None or len(WORD_RE.findall(text[piece.start:piece.end])) > OUTCOME_MAX_WORDS:
            return []
        if ANAPHOR.search(text[line_start:match.start_char]):  # "… and Cllr B seconded this. This was agreed."
            piece = tidy(text, self.motion_before(doc, sentence, line_start), end) or piece
        status = self.record_status(text, piece) or status_of(
            text[verb.idx:piece.end] if topic else verb.text,  # "Agreed to defer …" is deferred
            self.statuses, negated=self.negated, **self.status_rules) or "agreed"
        if text[piece.start:piece.end].rstrip().endswith((":", ":-")):
            if status == "noted":
                return []  # "the following points were noted:" opens the discussion; "… were approved:" decides
            piece = tidy(text, piece.start, paragraph_bounds(text, piece.end)[1]) or piece  # with its list
        return [Found(piece, "resolution", status, rule, maker=doc._.committee, date=doc._.meeting_date)]

    def motion_before(self, doc: Doc, sentence: Span, start: int) -> int:
        """Where the motion an outcome sentence refers back to starts: the sentence before it in its
        paragraph when that one was seconded ("Cllr A proposed … and Cllr B seconded this."), else start."""
        if sentence.start == 0:
            return start
        before = doc[sentence.start - 1].sent
        text = doc_text(doc)
        if "\n\n" in text[before.end_char:sentence.start_char] or not SECONDED.search(before.text):
            return start
        return self.after_headings(doc, before.start_char, before.end_char)

    def after_headings(self, doc: Doc, start: int, trigger: int) -> int:
        """Where a sentence's own text starts: after any heading or item title that the sentence splitter
        left at its front ("PLANNING APPEALS" above "The Planning Inspectorate has dismissed …")."""
        heads = [s.end_char for key in (HEADINGS, AGENDA_ITEMS) for s in span_index(doc, key, "end").between(
            start + 1, trigger)]
        start = max([start, *heads])
        text = doc_text(doc)
        while start < trigger and text[start].isspace():
            start += 1
        return start

    def is_apologies(self, text: str, line_start: int) -> bool:
        """Whether a line belongs to the apologies item (its own line or the heading line above it)."""
        above = text.rfind("\n", 0, max(0, line_start - 1)) + 1
        return "apolog" in text[above:line_start + 80].lower()

    # Recommendations in reports -------------------------------------------------------------

    def recommendations(self, doc: Doc, match: Span, label: str, rule: str, stops: list[int]) -> list[Found]:
        """Recommendations to a body: one decision of kind recommendation per limb."""
        text = doc_text(doc)
        start, end = match.start_char, match.end_char
        if doc._.doc_type in ("minutes",) and label != "RECOMMENDATION_SUBJECT":
            return []
        if label == "RECOMMENDATION_LINE":
            if not is_block_lead(text, start, end):
                return []
            line_end = line_bounds(text, end)[1]
            maker = self.body_in(doc, end, line_end) or doc._.committee
            content = skip_lead_separator(text, end)
            if re.match(r"\s*to\b", text[content:line_end], re.IGNORECASE):
                content = line_end
            stop = block_end(text, content, stops=stops, stop_lines=self.stop_lines)
            blocks = paragraphs(text, content, stop)
            pieces = [
                p for n, (a, b) in enumerate(blocks) for p in numbered_paragraph_limbs(text, a, b)
                if not (n + 1 < len(blocks) and lead_in_awaiting_list(text, a, b))  # "That the Committee …"
            ]
        else:
            sentence_start = clause_bounds(text, match.sent.start_char, match.sent.end_char, start, end).start
            if label == "RECOMMENDATION_SUBJECT":
                maker = self.maker_before(doc, sentence_start, start)
                subject = text[sentence_start:start]
                if maker is None and re.search(r"\b(?:members|councillors)\b", subject, re.IGNORECASE):
                    maker = doc._.committee
                if maker is None:
                    return []
            else:
                head = text[end : end + 80]
                named = self.body_re.match(re.sub(r"^\s*(?:the\s+)?", "", head, flags=re.IGNORECASE))
                maker = self.named(doc, named.group("body")) if named else doc._.committee
            stop = block_end(
                text,
                end,
                stops=stops,
                stop_lines=self.stop_lines,
                inline=not text[end : line_bounds(text, end)[1]].rstrip().endswith(":"),
                abbreviations=self.abbreviations,
            )
            pieces = split_limbs(text, sentence_start, stop, self.abbreviations)
        out = []
        for piece in pieces:
            named = self.body_in(doc, piece.start, min(piece.end, piece.start + 40))
            body_maker = named if named and label == "RECOMMENDATION_LINE" else maker
            out.append(Found(piece, "recommendation", "recommended", rule, maker=body_maker))
        return out

    # Reported and scheduled decisions in the narrative --------------------------------------

    def narrative(self, doc: Doc, match: Span, label: str, rule: str, status: Optional[str]) -> list[Found]:
        """A decision taken elsewhere (reported) or to come (scheduled), cut to its clause."""
        text = doc_text(doc)
        start, end = match.start_char, match.end_char
        sentence = match.sent
        scheduled = label.startswith("SCHEDULED")
        if label == "SCHEDULED_BY" and re.match(r"\s*:", text[end : end + 3]):
            return self.scheduled_list(doc, match, rule)
        opening = self.after_headings(doc, sentence.start_char, start)
        clause = clause_bounds(text, opening, trim_end(text, opening, sentence.end_char), start, end)
        setting = MEETING_OPENING.match(text, opening, clause.start)
        if setting is not None and setting.end() == clause.start:  # "At the meeting of the X Committee in …,"
            clause = Piece(opening, clause.end)
        if label.endswith("_BY"):
            after = re.match(r"\s*(?:the\s+)?", text[end:])
            maker = (
                self.body_at(doc, end + (after.end() if after else 0), clause.end)
                if label == "SCHEDULED_BY"
                else None
            )
            by = re.match(
                r"\s+(?:by|at)\s+(?:(?:a\s+)?meeting\s+of\s+)?(?:the\s+)?", text[end : clause.end], re.I
            )
            if label == "REPORTED_BY" and by:
                maker = self.body_at(doc, end + by.end(), clause.end)
            elif label == "REPORTED_BY" and match[-1].lower_ == "of":  # "the decision of the Combined Authority"
                maker = self.body_at(doc, end + (after.end() if after else 0), clause.end)
            elif label == "REPORTED_BY" and match[0].lower_ in ("had", "has", "have") and "been" not in {
                    t.lower_ for t in match}:  # "the Combined Authority had agreed to …": the subject decided
                maker = self.maker_before(doc, clause.start, start)
        else:
            maker = self.maker_before(doc, clause.start, start)
        if maker is None and setting is not None and setting.end() <= start:
            maker = self.body_in(doc, setting.start(), setting.end())
        result = Found(
            clause,
            "scheduled" if scheduled else "reported",
            "scheduled" if scheduled else "other",
            rule,
            maker=maker,
        )
        self.link_date(doc, result, start)
        if maker is None and (scheduled or label != "REPORTED_BY" or not dated_precisely(result.date)):
            return []  # no one decided and no day or month to say when: "Freezing fees for 2025/26 was rejected"
        if not scheduled:
            verb_status = status_of(match.text, self.statuses, negated=self.negated, **self.status_rules)
            result.status = status or verb_status or "other"
        return [result]

    def forward_plan_entry(self, doc: Doc, match: Span, rule: str) -> list[Found]:
        """ "To seek approval to adopt the Movement Plan" in a forward plan: a decision to come, dated by the
        meeting date in its row (the last day before it in its paragraph), by the plan's body. Only in a
        paper that says it is a forward plan or notice of key decisions (a report's purpose is none)."""
        text = doc_text(doc)
        if not self.forward_plan_lines.search(text[:FORWARD_PLAN_HEAD]):
            return []
        start = match.start_char
        row_start, row_end = paragraph_bounds(text, start)
        end = row_end
        for m in LIMB_MARKER.finditer(text, start + 1, row_end):
            if opens_line(text, m.start()):
                end = m.start()
                break
        closing = self.forward_plan_end.search(text, start, end)
        end = closing.start() if closing else end
        piece = tidy(text, start, trim_end(text, start, end))
        if piece is None:
            return []
        result = Found(piece, "scheduled", "scheduled", rule, maker=doc._.committee)
        days = [s for s in doc.spans.get(DATES, []) if row_start <= s.start_char and s.end_char <= start
                and s._.date_precision == "day" and s._.date_value]
        if days:
            result.date, result.date_span = days[-1]._.date_value, (days[-1].start_char, days[-1].end_char)
        return [result]

    def scheduled_list(self, doc: Doc, match: Span, rule: str) -> list[Found]:
        """ "is being considered by:" and a list of "<body> on <date>" items: one decision each, its
        text the lead-in joined to the item."""
        text = doc_text(doc)
        colon = text.index(":", match.end_char) + 1
        lead = clause_bounds(text, match.sent.start_char, colon, match.start_char, match.end_char)
        lead = Piece(lead.start, colon)
        stop = block_end(text, colon, stop_lines=self.stop_lines)
        out = []
        for piece in split_limbs(text, colon, stop, self.abbreviations):
            maker = self.body_at(doc, piece.start, piece.end)
            if maker is None:
                continue
            result = Found(
                Piece(lead.start, piece.end, piece.limb),
                "scheduled",
                "scheduled",
                rule,
                maker=maker,
                text=f"{text[lead.start : lead.end]} {text[piece.start : piece.end]}",
                parts=[(lead.start, lead.end), (piece.start, piece.end)],
            )
            self.link_date(doc, result, piece.start, within=(piece.start, piece.end))
            out.append(result)
        return out

    # Decision makers, dates, votes and attributes ---------------------------------------------

    def body_at(self, doc: Doc, start: int, end: int) -> Optional[str]:
        """The body named right at start: an organisation span, unless the body pattern reads on past
        it ("Leicestershire Together" + " Board" is the partnership's board, not the partnership)."""
        found = self.body_re.match(doc_text(doc), start, end)
        for span in span_index(doc, ORGANISATIONS).between(start - 4, start + 4):
            at_start = span.end_char <= end + 1
            if at_start and (found is None or found.end() <= span.end_char):
                return span._.org_name or span.text
        return self.named(doc, found.group("body")) if found else None

    def body_in(self, doc: Doc, start: int, end: int) -> Optional[str]:
        """The first body named between start and end."""
        spans = [s for s in span_index(doc, ORGANISATIONS).between(start, end) if s.end_char <= end]
        if spans:
            return spans[0]._.org_name or spans[0].text
        found = self.body_re.search(doc_text(doc), start, end)
        return self.named(doc, found.group("body")) if found else None

    def maker_before(self, doc: Doc, start: int, trigger: int) -> Optional[str]:
        """The body that is the subject of a trigger, named just before it ("Cabinet had approved"):
        an organisation span, unless the body pattern reads on past it."""
        text = doc_text(doc)
        window_start = max(start, trigger - 120)
        spans = [
            s
            for s in span_index(doc, ORGANISATIONS).between(window_start, trigger)
            if s.end_char <= trigger
            and SUBJECT_GAP.fullmatch(text, s.end_char, trigger)
        ]
        last = None
        for found in self.body_re.finditer(text, window_start, trigger):
            last = found
        if last is not None and not SUBJECT_GAP.fullmatch(text, last.end(), trigger):
            last = None
        if spans and (last is None or last.end() <= spans[-1].end_char):
            return spans[-1]._.org_name or spans[-1].text
        return self.named(doc, last.group("body")) if last is not None else None

    def named(self, doc: Doc, name: str) -> str:
        """A body name without its article; the meeting's own body under its full name ("the
        Commission" in a report to the Scrutiny Commission)."""
        name = clean_body(name, self.lead_words)
        return doc._.committee if same_body(name, doc._.committee) else name

    def link_date(
        self, doc: Doc, result: Found, after: int, within: Optional[tuple[int, int]] = None
    ) -> None:
        """The decision's date: of the date spans in its text, the most precise (a day or month before
        a year or a period), then the nearest the trigger at offset after, a date after it before one
        before it ("approved by Cabinet in December 2019", "At its meeting on 16 February 2022 the
        Authority approved … 2022-2027"); else a date mention there parsed against the anchor."""
        lo, hi = within or (result.piece.start, result.piece.end)
        spans = sorted(
            (
                s
                for s in span_index(doc, DATES).between(lo, hi)
                if s.end_char <= hi and s._.date_value
            ),
            key=lambda s: (
                s._.date_precision not in ("day", "month"),
                s.start_char - after if s.start_char >= after else after - s.end_char,
                s.start_char < after,
            ),
        )
        if spans:
            result.date, result.date_span = spans[0]._.date_value, (spans[0].start_char, spans[0].end_char)
            return
        anchor = date.fromisoformat(doc._.anchor) if doc._.anchor else None
        if (parsed := first_date_value(doc_text(doc), lo, hi, anchor=anchor)) is not None:
            result.date = parsed.value

    def add_votes_and_attributes(self, doc: Doc, found: list[Found], item_starts: list[int]) -> None:
        """UK attributes from the item each decision sits in; for resolutions, the vote stated between
        the previous resolution block (or the item's start) and the end of this block, or in the short
        paragraphs right after it ("(For 8, Against 2)", "This was agreed unanimously.")."""
        text = doc_text(doc)
        present = sum(1 for s in doc.spans.get(MEMBERS, []) if s._.member_attendance == "present") or None
        blocks: dict[int, list[Found]] = {}
        for result in found:
            blocks.setdefault(result.lead, []).append(result)
        previous_end = 0
        leads = sorted(blocks)
        firsts = [min([lead] + [r.piece.start for r in blocks[lead]]) for lead in leads]
        next_starts = [len(text)] * (len(leads) + 1)  # where the blocks after each one start
        for n in range(len(leads) - 1, -1, -1):
            next_starts[n] = min(firsts[n], next_starts[n + 1])
        regions: dict[tuple[int, int], dict[str, object]] = {}
        for n, lead in enumerate(leads):
            block = blocks[lead]
            block_start = min(r.piece.start for r in block)
            block_stop = max(r.piece.end for r in block)
            at = bisect_right(item_starts, block_start)
            item_start = item_starts[at - 1] if at else 0
            item_end = item_starts[at] if at < len(item_starts) else len(text)
            next_block = next_starts[n + 1]
            if item_starts or doc._.doc_type == "decision_notice":
                bounds = (item_start, item_end)
            else:
                bounds = paragraph_bounds(text, block_start)
            if bounds not in regions:  # blocks of one item share it: read it once, not once a block
                regions[bounds] = find_attributes(text[slice(*bounds)], self.attribute_rules)
            attributes = dict(regions[bounds])
            votes = None
            if block[0].kind == "resolution":
                vote_start = max(item_start, previous_end, min(lead, block_start) - LOOKBACK)
                vote_end = trailing_vote_end(text, block_stop, min(item_end, next_block))
                votes = parse_votes(text[vote_start:vote_end])
                previous_end = vote_end
            for result in block:
                result.attributes = attributes
                result.votes = votes
                result.warnings = vote_warnings(votes, members_present=present) if votes else []

    def to_span(self, doc: Doc, result: Found) -> Optional[Span]:
        """The span for a decision, its details in the decision_* extensions."""
        span = doc.char_span(result.piece.start, result.piece.end, label=result.kind.upper())
        if span is None:  # a cut inside a token: keep the whole tokens within it, so the quote stays exact
            span = doc.char_span(
                result.piece.start, result.piece.end, label=result.kind.upper(), alignment_mode="contract"
            )
        if span is None or not len(span):
            return None
        span._.decision_text = result.text
        span._.decision_parts = result.parts or None
        span._.decision_kind = result.kind
        span._.decision_status = result.status
        span._.decision_maker = result.maker
        span._.decision_date = result.date
        span._.decision_date_span = result.date_span
        span._.decision_limb = result.piece.limb
        span._.decision_votes = result.votes
        span._.decision_attributes = result.attributes or None
        span._.decision_warnings = result.warnings or None
        span._.rule = result.rule
        return span


def starred(pattern: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], dict[int, int]]:
    """The pattern with each "{0,m}" / "{,m}" token made "*", and those tokens' indices with their m.

    spaCy spells "{0,m}" as m optional tokens, and a run of words then reaches the same token by many
    paths, each followed apart ("{0,16}" cost half of all the trigger matching); "*" follows one, and
    within_counts keeps exactly the matches the bounded run gives.
    """
    out, at_most = [], {}
    for i, token in enumerate(pattern):
        bounds = re.fullmatch(r"\{0?,(\d+)\}", str(token.get("OP", "")))
        if bounds:
            token = {**token, "OP": "*"}
            at_most[i] = int(bounds.group(1))
        out.append(token)
    return out, at_most


def across_line_breaks(
    pattern: list[dict[str, Any]], at_most: dict[int, int]
) -> tuple[list[dict[str, Any]], dict[int, int]]:
    """The pattern with an optional line break between its tokens, so a trigger wrapped by the page
    still matches ("… It\nwas agreed that …"); the starred tokens' indices follow their tokens."""
    out: list[dict[str, Any]] = []
    moved: dict[int, int] = {}
    for i, token in enumerate(pattern):
        if out and ("LOWER" in token or "IS_TITLE" in token):  # a word, not punctuation after a lead
            out.append(LINE_BREAK)
        if i in at_most:
            moved[len(out)] = at_most[i]
        out.append(token)
    return out, moved


def within_counts(aligned: list[int], at_most: dict[int, int]) -> bool:
    """Whether a match's tokens aligned to each starred pattern token are at most that token's m."""
    return all(aligned.count(i) <= most for i, most in at_most.items())


def numbered_paragraph_limbs(text: str, start: int, end: int) -> list[Piece]:
    """The limbs of a report paragraph: numbered lines are limbs ("2. That … 3. That …"); a lone
    paragraph number is dropped ("9. The Committee is asked …"), and so is a sub-heading over the limbs
    ("Contractual:" above "3. Authorises …")."""
    heading = LIMBS_SUB_HEADING.match(text, start, end)
    start = heading.end() if heading else start
    pieces = split_limbs(text, start, end)
    number = re.compile(r"\d{1,3}(?:\.\d{1,2})*\.?[^\S\n]+").match(text, start, end)
    return split_limbs(text, number.end(), end) if len(pieces) == 1 and number else pieces


def paragraphs(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The blank-line separated paragraphs between start and end, as (start, end)."""
    out = []
    for m in re.finditer(r"\S(?:.|\n(?![ \t]*\n))*", text[start:end]):
        a, b = start + m.start(), start + m.end()
        if (
            out
            and (LIMB_MARKER.match(text, a) or BULLET_MARKER.match(text, a))
            and text[out[-1][0] : out[-1][1]].rstrip().endswith((":", ";"))
        ):
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


def moving_sentence(doc: Doc, sentence: Span, start: int) -> int:
    """Start of the sentence just before sentence, in its paragraph, when it moved the amendment whose fate
    sentence records ("An amendment was moved by … On being put to the vote the amendment was lost."); else
    start."""
    if sentence.start == 0:
        return start
    before = doc[sentence.start - 1].sent
    if (before.start_char >= paragraph_bounds(doc_text(doc), start)[0] and MOVED.search(before.text)
            and not PROPOSAL_OUTCOME.search(before.text)):
        return before.start_char
    return start


def sentence_start(text: str, start: int, offset: int) -> int:
    """Where the sentence holding offset starts, without a short unpunctuated heading line that the sentence
    splitter left at its front ("Minutes of previous meeting" above "These were moved as correct …")."""
    line_start = line_bounds(text, offset)[0]
    above = text[start:line_start].strip()
    if above and "\n" not in above and len(above.split()) <= 8 and not above.endswith((".", ",", ";", ":")):
        return line_start
    return start


def reads_as_minutes(doc: Doc) -> bool:
    """Whether a paper is a meeting's minutes: so typed, or of no known type but with members recorded as
    present (a parish council's minutes that open "Present:" with no title)."""
    return doc._.doc_type == "minutes" or (
        doc._.doc_type in ("other", None)
        and any(s._.member_attendance == "present" for s in doc.spans.get(MEMBERS, [])))


def dated_precisely(value: Optional[str]) -> bool:
    """Whether a decision's date is a day or a month (YYYY-MM or longer), not a year or a financial year."""
    return bool(value) and len(str(value)) >= 7


def drop_repeats(found: list[Found]) -> list[Found]:
    """A reported decision that repeats an earlier one (same maker and status, no date of its own,
    "Since Cabinet had approved the proposals …") is dropped."""
    seen: set[tuple[Optional[str], str]] = set()
    out = []
    for result in sorted(found, key=lambda f: f.piece.start):
        key = (result.maker, result.status)
        if result.kind == "reported" and result.date is None and key in seen:
            continue
        if result.kind == "reported":
            seen.add(key)
        out.append(result)
    return out


@Language.factory(
    "minutes_decisions",
    assigns=["doc.spans"],
    requires=["doc._.doc_type"],
    default_config={
        "triggers": {"@misc": "minutes.patterns.v1", "name": "patterns/decision_triggers.jsonl"},
        "status_verbs": {"@misc": "minutes.lexicon.v1", "name": "lexicons/status_verbs.json"},
        "bodies": {"@misc": "minutes.lexicon.v1", "name": "lexicons/decision_bodies.json"},
        "layout": {"@misc": "minutes.lexicon.v1", "name": "lexicons/decision_layout.json"},
        "attributes": {"@misc": "minutes.lexicon.v1", "name": "lexicons/decision_attributes.json"},
    },
)
def make_decision_finder(
    nlp: Language,
    name: str,
    *,
    triggers: list[dict[str, Any]],
    status_verbs: dict[str, Any],
    bodies: dict[str, Any],
    layout: dict[str, Any],
    attributes: dict[str, Any],
) -> DecisionFinder:
    """Factory for DecisionFinder."""
    return DecisionFinder(
        nlp,
        name,
        triggers=triggers,
        status_verbs=status_verbs,
        bodies=bodies,
        layout=layout,
        attributes=attributes,
    )
