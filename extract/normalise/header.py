"""Read the header block of a paper: what kind of paper it is, whose meeting, when, and its title.

Works on plain text so it can be tested without a pipeline. It reads the first lines, where councils
put the header ("SCRUTINY COMMISSION – 3 FEBRUARY 2010", "Minutes of a meeting of the Cabinet held
at County Hall on Tuesday, 9 March 2010", "Report to: Cabinet", "Decision Maker:", "Cofnodion /
Minutes"), first gathering what each line says, then deciding: the earliest line that names the
kind of paper wins; a body named by the header's own words ("Minutes of the X", "Meeting: X") beats
a line that is only a body's name; a labelled meeting date beats a bare date line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import Any, Mapping, Optional, Sequence

from .date_mentions import FULL_DATE, FULL_DATE_RE, first_full_date, typed_digits
from .names import title_case

HEADER_LINES = 40
"""How many non-blank lines at the top of a paper can hold its header."""
BODY_LINES = 12
"""How far down a line that is only a body's name still belongs to the header."""

DAY_MONTH_YEAR = FULL_DATE
DATE_RE = FULL_DATE_RE
DIGIT = re.compile(r"\d")
DATE_DIGITS = re.compile(r"(?:19|20)\d\d|\d[./]\d")
"""What every form of DATE_RE holds: a year of four digits or digits around a full stop or slash."""
TIME_TAIL = re.compile(
    r"^[\s,]*(?:(?:at|from|commencing(?:\s+at)?|starting(?:\s+at)?|\(commencing\s+at)\s+|@\s*)?"
    r"(?:\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.|hrs)?|noon)?\)?\.?\s*$",
    re.IGNORECASE,
)
"""What may follow the date on a date line: a time ("at 10.00 am", "(commencing at 2.00 pm)")."""

AT_TIME = re.compile(r"^[\s,]*(?:at|from|commencing|@)\s*\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)?\b",
                     re.IGNORECASE)
"""A time after a date, with the place after it: "6th February, 2025 at 2.00 pm in Committee Room B"."""
BODY_DATE_LINE = re.compile(
    rf"^(?P<body>[A-Z][A-Za-z&',()/ -]{{2,80}}?)\s*[–—-]+\s*(?P<date>{DAY_MONTH_YEAR})"
    r"(?P<time>[^\n]{0,30})$",
    re.IGNORECASE,
)
"""A body and its meeting's date ("LICENSING SUB-COMMITTEE – 4 MAY 2021"), perhaps with the time after it, as
ModernGov titles its meeting pages ("Council - Thursday, 26 July 2012 2.00 p.m.")."""
MEETING_ADJECTIVES = (r"(?:special|extraordinary|ordinary|annual|additional|reconvened|remote|virtual|hybrid|"
                      r"public|formal|general|monthly)")
MINUTES_OF = re.compile(
    rf"\bminutes?\s+of\s+(?:the\s+|an?\s+)?(?:{MEETING_ADJECTIVES}\s+)*(?:meeting\s+of\s+(?:the\s+)?)?"
    r"(?P<body>[A-Za-z&',() -]{3,120}?)(?:\s+meeting)?\s*,?\s+(?:held|which\s+took\s+place)\b(?P<rest>.{0,200})",
    re.IGNORECASE | re.DOTALL,
)
MINUTES_LINE = re.compile(
    r"^(?:the\s+)?(?:confirmed\s+|draft\s+|unconfirmed\s+)?minutes?\s+(?:of|for)\s+(?:the\s+|an?\s+)?"
    rf"(?:{MEETING_ADJECTIVES}\s+)*"
    r"(?:meeting\s+of\s+(?:the\s+)?)?(?P<body>.*?)(?:\s+meeting)?(?:\s*,?\s+(?:held|which\s+took\s+place|on)\b(?P<rest>.*))?$",
    re.IGNORECASE,
)
"""The opening line of minutes, with or without the place and date on it."""
MINUTES_OPENING = re.compile(
    r"^(?:the\s+)?(?:confirmed\s+|draft\s+|unconfirmed\s+)?minutes?\s+(?:of|for)\s+"
    r"(?!(?:the\s+)?(?:last|previous|"
    r"preceding|above)\b)", re.IGNORECASE)
"""A line opening minutes, not one about "the minutes of the last meeting"."""
MEETING_HELD = re.compile(
    rf"^(?:at\s+)?(?:(?:an?|the)\s+)?(?:{MEETING_ADJECTIVES}\s+)*meeting\s+of\s+(?:the\s+)?(?P<body>.{{3,120}}?)\s+"
    r"(?:held|which\s+took\s+place)\b(?P<rest>.*)$",
    re.IGNORECASE,
)
"""The minutes of a meeting opened without the word minutes: "MEETING OF THE X HELD IN THE LAVERY ROOM",
"At a MEETING of the X held remotely on 20th February, 2024"."""
BODY_MEETING_HELD = re.compile(
    r"^(?P<body>[A-Z][A-Za-z&',() -]{2,80}?)\s+meeting\s+(?:held|in\s+public|in\s+private)\b", re.IGNORECASE)
"""A body's meeting named by the body first: "Board of Directors Meeting held in Public"."""
MEETING_TO_BE_HELD = re.compile(
    r"\bmeeting\s+of\s+(?:the\s+)?(?P<body>[A-Z][A-Za-z&',() -]{2,100}?)\s+(?:to\s+be|which\s+will\s+be)\s+held\b"
    r"(?P<rest>.*)$",
    re.IGNORECASE,
)
"""A summons: "You are requested to attend a meeting of the X to be held on WEDNESDAY, 13 MARCH 2024"."""
MEETING_OF = re.compile(
    r"^(?:(?:notice|agenda)\s+(?:of|for)\s+(?:the\s+|a\s+)?)?meeting\s+of\s+(?:the\s+)?(?P<body>.{3,100}?)\s*$",
    re.IGNORECASE,
)
WELSH_MEETING_HELD = re.compile(
    r"^cynhaliwyd\s+(?:cyfarfod|cyfarfod\s+\w+)\s+(?:o\s+|y\s+)?"
    r"(?P<body>(?:[cg]yngor|[pb]wyllgor|[bf]wrdd)\b[^,.]{2,80}?)"
    r"\s+(?:am|ar|yn|o\s+bell|drwy|trwy)\b(?P<rest>.*)$", re.IGNORECASE | re.DOTALL)
"""Welsh minutes opened by a sentence: "Cynhaliwyd cyfarfod o Gyngor Cymuned X am 7.30pm ar y 14eg Mehefin
2017"."""
SOFT_MUTATION = {"gyngor": "Cyngor", "bwyllgor": "Pwyllgor", "fwrdd": "Bwrdd"}
BODY_HELD_MEETING = re.compile(
    r"^(?P<body>[A-Z][A-Za-z&',() -]{2,100}?)\s+held\s+(?:its|their|an?|the)\s+(?:[a-z]+\s+){0,3}?meeting\b"
    r"(?P<rest>.*)$", re.IGNORECASE | re.DOTALL)
"""Minutes opened by a sentence: "X Community Council held their meeting at 7.30pm on the 10th June 2020"."""
DECISIONS_AT = re.compile(
    r"\bdecisions?\s+(?:(?:to\s+be|were|was)\s+)?(?:determined|taken|made)\s+(?:at|by)\s+(?:the\s+)?"
    r"(?:meeting\s+of\s+(?:the\s+)?)?(?P<body>[A-Za-z&',() -]{3,120}?)(?:\s+meeting)?"
    r"(?:\s+(?:on|held\s+on)\s+(?P<rest>.*)|\s*[.:]?\s*$)", re.IGNORECASE | re.DOTALL)
"""A decision form's or forward plan's body: "Decision determined at X meeting on 12 September 2024",
"key decisions to be taken at X"."""
ABOVE_BODY = re.compile(r"^(?:above|above-named|above\s+named|aforementioned|said)\b", re.IGNORECASE)
"""A minutes line naming its body by pointing at the line above: "… of the above Council"."""
BODY_DASH_KIND = re.compile(r"^(?P<body>[A-Z][A-Za-z&',() -]{2,80}?)\s+[–—-]+\s+(?P<kind>\S.*)$")
"""A body's name and the kind of paper on one line: "X COUNTY COUNCIL – RECORD OF DECISION"."""
FRONT_MATTER = re.compile(r"\A---[ \t]*\n(?P<body>(?:[^\n]*\n){0,40}?)---[ \t]*\n")
FRONT_FIELD = re.compile(r"^(?P<key>[A-Za-z_]+):[ \t]*(?P<value>[^\n]*?)[ \t]*$", re.MULTILINE)
MARKDOWN_OPENING = re.compile(r"^(?:#{1,6}[ \t]+|\*\*|__)")
MARKDOWN_CLOSING = re.compile(r"[ \t]*(?:\*\*|__)[ \t]*$")
TO_MEMBERS_OF = re.compile(r"^to:?\s+(?:all\s+)?(?:the\s+)?members\s+of\s+(?:the\s+)?(?P<body>.{3,100}?)\s*[:,.]?\s*$",
                           re.IGNORECASE)
LABEL_LINE = re.compile(r"^(?P<label>[A-Za-z][A-Za-z() /'-]{1,40}?)\s*(?::-?|[–—]|\s-\s|(?=\s{3}))\s*(?P<value>\S.*)$")
"""A "Label: value" line (also "Label – value", and a cover-sheet table's "Label     value")."""
LOOSE_LABEL = re.compile(r"^(?P<label>report\s+to|report\s+for|posted\s+on|published)\s+(?P<value>\S.*)$", re.IGNORECASE)
"""Labels that may leave out their colon ("Report to Cabinet", "Posted on 18 August 2009")."""
REPORT_OF = re.compile(r"^(?:joint\s+)?report\s+(?:of|by|from)\s*:?\s+(?:the\s+)?(?P<author>.{3,120})$", re.IGNORECASE)
AGENDA_ITEM_PAGE = re.compile(r"^agenda\s+item(?:\s+(?:no\.?\s*)?[0-9]+[a-z]?)?\s*:?\s*$", re.IGNORECASE)
MINUTE_NARRATIVE = re.compile(
    r"\bRESOLVED\b|\bresolved\s+(?:that|to)\b|filed\s+with\s+these\s+minutes|\bthe\s+(?:committee|"
    r"cabinet|board|commission|panel|council|sub-committee)\s+(?:considered|received|noted|agreed)\b",
    re.IGNORECASE,
)
NOT_TITLE = re.compile(
    r"^(?:part\s+[a-z]\b|agenda\s+item|item\s+\d|appendix|annex|public|exempt|not\s+for\s+publication|"
    r"open\b|restricted|confidential|introduction|purpose|background|summary|\d+(?:\.\d+)*[.)]?\s|\d+$|>|https?:|www\.)",
    re.IGNORECASE,
)
COUNCIL_NAME = re.compile(r"\b(?:county|district|borough|city|town|parish|community|metropolitan|unitary)\s+council\b|"
                          r"^(?:london\s+borough|royal\s+borough|city|county\s+borough)\s+of\b|^cyngor\b|council$",
                          re.IGNORECASE)
WHOLE_COUNCIL = re.compile(r"^(?:full|annual|ordinary|extraordinary|special|the)?\s*(?:council|town\s+council|parish\s+council)$",
                           re.IGNORECASE)

CONTENT_START = re.compile(
    r"^(?:(?:members\s+)?present|in\s+attendance|also\s+in\s+attendance|apologies|sederunt|yn\s+bresennol|"
    r"membership|\d{1,3}[.)]?\s+[A-Z])", re.IGNORECASE)
"""A line where the paper's content begins: attendance, or its first numbered item."""

ATTENDED = re.compile(r"^(?:(?:members\s+|councillors\s+)?present\s*(?::|-|$)|sederunt\b|"
                      r"(?:yn\s+)?bresennol\b|presennol\b)",
                      re.IGNORECASE)
"""An attendance line: a paper that lists who was present is a meeting's minutes, not its agenda."""

MEETING_KINDS = ("minutes", "report", "agenda", "decision_notice")
KIND_PRIORITY = {"decision_notice": 0, "minutes": 1, "report": 2, "agenda": 3}


@dataclass(frozen=True)
class HeaderRules:
    """The header's word lists (lexicons/header_words.json), compiled."""

    minutes_line: re.Pattern[str]
    decision_notice: re.Pattern[str]
    agenda_line: re.Pattern[str]
    body_line: re.Pattern[str]
    labels: dict[str, str]
    generic_bodies: frozenset[str]
    publication_words: frozenset[str]
    report_line: re.Pattern[str] = re.compile(r"(?!)")
    forward_plan_line: re.Pattern[str] = re.compile(r"(?!)")
    person: re.Pattern[str] = re.compile(r"(?!)")
    posts: tuple[str, ...] = ()


def phrases(words: list[str]) -> str:
    """An alternation of phrases, longest first, a space matching any run of spaces."""
    return "|".join(r"\s+".join(map(re.escape, w.split())) for w in sorted(words, key=len, reverse=True))


def header_rules(words: Mapping[str, Any], posts: Sequence[str] = ()) -> HeaderRules:
    """HeaderRules from the header lexicon; posts are the posts that decide alone (decision_bodies.json's
    leaders), read from a decision maker's value without the holder's name."""
    labels: dict[str, str] = {}
    for kind in ("report", "meeting", "decision_maker", "meeting_date", "publication", "title", "reference"):
        for label in words[f"{kind}_labels"]:
            labels.setdefault(" ".join(label.lower().split()), kind)
    return HeaderRules(
        minutes_line=re.compile(rf"^(?:{phrases(words['minutes_words'])})\s*$", re.IGNORECASE),
        decision_notice=re.compile(rf"^(?:the\s+)?(?:{phrases(words['decision_notice_lines'])})s?\b", re.IGNORECASE),
        agenda_line=re.compile(rf"^(?:{phrases(words['agenda_lines'])})\s*$", re.IGNORECASE),
        body_line=re.compile(
            rf"^(?P<body>(?:[A-Za-z&',.()’-]+\s+){{0,16}}(?:{phrases(words['body_words'])})"
            r"(?:\s*\([A-Za-z ,&'-]+\))?"
            rf"|(?:{phrases(words['welsh_body_words'])})(?:\s+[A-Za-zÀ-ÿŵŷŴŶ&'’.-]+){{1,8}})\s*$",
            re.IGNORECASE),
        labels=labels,
        generic_bodies=frozenset(w.lower() for w in words["generic_bodies"]),
        publication_words=frozenset(w.lower() for w in words["publication_words"]),
        report_line=re.compile(rf"^(?:{phrases(words['report_lines'])})\s*$", re.IGNORECASE),
        forward_plan_line=re.compile(rf"^(?:{phrases(words['forward_plan_lines'])})\s*$", re.IGNORECASE),
        person=re.compile(rf"^(?:{phrases(words['person_titles'])})\.?\s+(?=[A-Z])", re.IGNORECASE),
        posts=tuple(posts),
    )


@lru_cache(maxsize=1)
def default_rules() -> HeaderRules:
    """The rules from the installed lexicon, for callers that do not pass their own."""
    from ..resources import read_lexicon

    leaders = read_lexicon("lexicons/decision_bodies.json")["leaders"]
    return header_rules(read_lexicon("lexicons/header_words.json"), leaders)


@dataclass(frozen=True)
class Line:
    """A line of the header with its offsets in the text."""

    text: str
    start: int
    column: int = 0
    gap_before: bool = False  # a blank line above it

    @property
    def end(self) -> int:
        return self.start + len(self.text)


@dataclass(frozen=True)
class Header:
    """What the header says; None for what it does not say."""

    doc_type: str = "other"
    committee: Optional[str] = None
    meeting_date: Optional[str] = None
    publication_date: Optional[str] = None
    title: Optional[str] = None
    title_start: Optional[int] = None
    title_end: Optional[int] = None
    report_of: Optional[str] = None
    report_of_start: Optional[int] = None
    holder: Optional[tuple[int, int]] = None  # offsets of the councillor named beside a decision maker's post


@dataclass
class Signals:
    """What the header's lines say, each with the index of its line (earlier lines count first)."""

    kinds: list[tuple[int, str]] = field(default_factory=list)
    weak_kinds: list[tuple[int, str]] = field(default_factory=list)
    committees: list[tuple[int, int, str]] = field(default_factory=list)  # (rank, line, name)
    bodies: dict[int, str] = field(default_factory=dict)  # lines that are only a body's name
    meeting_dates: list[tuple[int, int, str]] = field(default_factory=list)  # (rank, line, ISO date)
    bare_dates: list[tuple[int, str]] = field(default_factory=list)
    publication_dates: list[str] = field(default_factory=list)
    titles: list[tuple[int, str, Line]] = field(default_factory=list)  # (line, title, where)
    report_of: Optional[tuple[str, int, int]] = None  # (post, offset, line)
    forward_plan: bool = False
    meeting_named: bool = False  # a "Meeting: X - date" field: the paper is about that meeting, of any kind
    holder: Optional[tuple[int, int]] = None
    agenda_item_page: bool = False
    attendance: bool = False  # a "Present:" list: the meeting has been held
    content_started: bool = False  # an attendance list or a numbered item: no more of the header's body lines
    used: set[int] = field(default_factory=set)


def header_lines(text: str, limit: int = HEADER_LINES, offset: int = 0) -> list[Line]:
    """The first non-blank lines of the text from offset, stripped (of Markdown's heading and bold marks
    too), with their offsets; a cover table's label cut over two rows is read as one line."""
    lines: list[Line] = []
    gap = False
    for raw in text[offset:].splitlines(keepends=True):
        stripped = raw.strip()
        if stripped:
            lead = len(raw) - len(raw.lstrip())
            if mark := MARKDOWN_OPENING.match(stripped):
                unmarked = stripped[mark.end():].lstrip()
                stripped, lead = unmarked, lead + len(stripped) - len(unmarked)
            stripped = MARKDOWN_CLOSING.sub("", stripped)
            if stripped:
                lines.append(Line(stripped, offset + lead, lead, gap))
                gap = False
                if len(lines) >= limit:
                    break
        else:
            gap = True
        offset += len(raw)
    return joined_label_rows(lines)


def joined_label_rows(lines: list[Line]) -> list[Line]:
    """Lines with a cover table's row pairs whose label wraps ("REPORT<tab>VALUE" over "TITLE:<tab>MORE")
    joined into one "REPORT TITLE: VALUE MORE" line."""
    out: list[Line] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        first = line.text.split("\t")
        second = nxt.text.split("\t") if nxt is not None else []
        if (nxt is not None and not nxt.gap_before and len(first) == 2 and 1 <= len(second) <= 2
                and not first[0].rstrip().endswith(":") and second[0].rstrip().endswith(":")
                and len(first[0].split()) <= 3 and len(second[0].split()) <= 3):
            label = f"{first[0].strip()} {second[0].strip()}"
            value = " ".join(p.strip() for p in (first[1], *second[1:]) if p.strip())
            out.append(Line(f"{label} {value}", line.start, line.column, line.gap_before))
            i += 2
            continue
        out.append(line)
        i += 1
    return out


def front_matter(text: str) -> tuple[dict[str, tuple[str, int]], int]:
    """A Markdown post's front matter ("---", "title: …", "date: …", "---"): its fields, each with the
    offset of its value, and the offset where the post's own text begins."""
    match = FRONT_MATTER.match(text)
    if match is None:
        return {}, 0
    fields: dict[str, tuple[str, int]] = {}
    for found in FRONT_FIELD.finditer(match.group("body")):
        value, start = found.group("value"), match.start("body") + found.start("value")
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
            value, start = value[1:-1].strip(), start + 1 + len(value[1:]) - len(value[1:].lstrip())
        fields.setdefault(found.group("key").lower(), (value, start))
    return fields, match.end()


def window(i: int, top: list[Line], size: int = 4) -> str:
    """Line i and those after it in its paragraph (no blank line between), joined by spaces: a sentence
    of the header wrapped over lines ("Decision determined at" / "X Committee" / "meeting on …")."""
    parts = [top[i].text]
    for line in top[i + 1:i + size]:
        if line.gap_before:
            break
        parts.append(line.text)
    return " ".join(parts)


def unspaced(text: str) -> str:
    """A heading written with spaced letters, closed up ("A G E N D A" -> "AGENDA")."""
    return text.replace(" ", "") if re.fullmatch(r"(?:\w ){2,}\w", text) else text


def first_date(text: str) -> Optional[str]:
    """ISO value of the first full date (day, month and year) in a short piece of text."""
    return first_full_date(text)


def clean_body(name: str) -> str:
    """A body's name as a record should carry it: no leading "the", trailing punctuation, bracketed
    acronym ("Safer Stockport Partnership (SSP)") or capitals."""
    name = re.sub(r"^\s*(?:(?:an?\s+)?meeting\s+of\s+)?the\s+", "", name.strip(" \t,.;:–-"), flags=re.IGNORECASE)
    name = re.sub(r"\s*\([A-Za-z&]{2,10}\)$", "", name)
    return title_case(name)


def english_part(text: str, rules: HeaderRules) -> str:
    """The part of a bilingual line that names a body in English ("Bwrdd Gweithredol / Executive Board")."""
    if " / " not in text:
        return text
    parts = [p.strip() for p in text.split(" / ")]
    return next((p for p in reversed(parts) if rules.body_line.match(p) and not p.lower().startswith(
        ("cyngor", "pwyllgor", "bwrdd"))), parts[-1])


def clean_title(text: str) -> str:
    """A title without a trailing full stop, title-cased if written in capitals."""
    return title_case(text.strip().rstrip(".").strip())


def is_title_line(line: Line) -> bool:
    """A line that could be a paper's title: short, in capitals, not a boilerplate label or a reference."""
    words = line.text.split()
    return (
        1 <= len(words) <= 20
        and not NOT_TITLE.match(line.text)
        and not line.text.endswith((":", ";", ","))
        and line.text.upper() == line.text
        and any(len(w) >= 3 and w.isalpha() for w in words)
    )


@lru_cache(maxsize=256)
def date_line(text: str) -> Optional[tuple[str, str]]:
    """(label, ISO date) when a line is a date, perhaps after a short label or a place ("Edinburgh,
    Thursday 21 March 2024") and before a time ("at 10.00 am"); Welsh before English is allowed.

    Kept for the last lines asked: a header line is asked about alone and again as the line after another."""
    if not DIGIT.search(text):
        return None  # every date form has a digit: most lines are searched no further
    text = typed_digits(text)
    if not DATE_DIGITS.search(text):
        return None
    for match in DATE_RE.finditer(text):  # the English date after a Welsh one: "7 Mawrth 2024 / 7 March 2024"
        label = text[:match.start()].strip(" \t,:–-/")
        if not TIME_TAIL.match(text[match.end():]) and (label or not AT_TIME.match(text[match.end():])):
            continue  # a date opening its line may go on with the time and place of the meeting
        if len(label) > 40 or len(label.split()) > 6:
            return None
        found = first_date(match.group(0))
        return (label, found) if found else None
    return None


def parse_header(text: str, *, lines: int = HEADER_LINES, rules: Optional[HeaderRules] = None,
                 source: Optional[str] = None) -> Header:
    """Read doc_type, committee, meeting date, publication date and title from the top of a paper; a
    meeting's paper that prints no date takes the one its file name carries (source, "2024-10-28.txt")."""
    rules = rules or default_rules()
    fields, body_start = front_matter(text)
    top = header_lines(text, lines, body_start)
    signals = Signals()
    read_front_matter(fields, signals)
    for i, line in enumerate(top):
        read_line(i, line, top, signals, rules)
    doc_type = kind_of(signals, top, text)
    committee = committee_of(signals, doc_type, rules)
    meeting_date = min(signals.meeting_dates)[2] if signals.meeting_dates else None
    if meeting_date is None and signals.bare_dates and doc_type in MEETING_KINDS:
        meeting_date = signals.bare_dates[0][1]
    if meeting_date is None and doc_type == "decision_notice":
        meeting_date = signed_date(text)
    if meeting_date is None and doc_type in MEETING_KINDS and source:
        meeting_date = date_in_name(source)
    publication = signals.publication_dates[0] if signals.publication_dates else None
    if publication is None and doc_type not in MEETING_KINDS and signals.bare_dates:
        publication = signals.bare_dates[0][1]
    title = title_of(signals, top, doc_type)
    report_of = signals.report_of if doc_type == "report" or (signals.report_of and signals.report_of[2] < 8) else None
    meeting_paper = doc_type in MEETING_KINDS or signals.meeting_named
    return Header(
        doc_type=doc_type,
        committee=committee if meeting_paper or signals.forward_plan else None,
        meeting_date=meeting_date if meeting_paper else None,
        publication_date=publication,
        title=title[0] if title else None,
        title_start=title[1].start if title else None,
        title_end=title[1].end if title else None,
        report_of=report_of[0] if report_of else None,
        report_of_start=report_of[1] if report_of else None,
        holder=signals.holder if doc_type == "decision_notice" else None,
    )


def read_front_matter(fields: Mapping[str, tuple[str, int]], signals: Signals) -> None:
    """A Markdown post's title is the paper's title, its date the day it was posted (not the meeting's)."""
    if "title" in fields and (title := fields["title"][0]):
        signals.titles.append((-1, clean_title(title), Line(title, fields["title"][1])))
    if "date" in fields and (posted := first_date(fields["date"][0])):
        signals.publication_dates.append(posted)


def read_line(i: int, line: Line, top: list[Line], signals: Signals, rules: HeaderRules) -> None:
    """Note what one header line says."""
    text = line.text
    following = top[i + 1].text if i + 1 < len(top) else ""
    signals.content_started = signals.content_started or bool(CONTENT_START.match(text))
    signals.attendance = signals.attendance or bool(ATTENDED.match(text))
    if i < BODY_LINES and (m := DECISIONS_AT.search(window(i, top))) and (
            m.start() < len(text) or rules.decision_notice.match(text)):
        read_decisions_at(i, m, top, signals, rules)
    if (m := BODY_DASH_KIND.match(text)) and i < BODY_LINES and rules.decision_notice.match(m.group("kind")):
        signals.kinds.append((i, "decision_notice"))
        signals.bodies[i] = clean_body(m.group("body"))
        signals.used.add(i)
    elif rules.forward_plan_line.match(text):
        signals.forward_plan = True
        signals.titles.append((i, clean_title(text), line))
        signals.used.add(i)
    elif rules.report_line.match(text) and i < BODY_LINES:
        signals.kinds.append((i, "report"))
        signals.used.add(i)
    elif i < BODY_LINES and (m := WELSH_MEETING_HELD.match(window(i, top, 2))):
        first, _, rest = m.group("body").partition(" ")
        signals.kinds.append((i, "minutes"))
        signals.committees.append((0, i, clean_body(f"{SOFT_MUTATION.get(first.lower(), first)} {rest}")))
        if meeting := first_date(m.group("rest")):
            signals.meeting_dates.append((0, i, meeting))
        signals.used.add(i)
    elif i < BODY_LINES and (m := BODY_HELD_MEETING.match(window(i, top, 2))) and rules.body_line.match(
            m.group("body")) and not MINUTES_OPENING.match(text):
        signals.kinds.append((i, "minutes"))
        signals.committees.append((0, i, clean_body(m.group("body"))))
        if meeting := first_date(m.group("rest")):
            signals.meeting_dates.append((0, i, meeting))
        signals.used.add(i)
    elif ((m := BODY_DATE_LINE.match(text)) and i < BODY_LINES and "   " not in m.group("body")
            and TIME_TAIL.match(m.group("time"))):
        signals.committees.append((0, i, clean_body(m.group("body"))))
        if meeting := first_date(m.group("date")):
            signals.meeting_dates.append((0, i, meeting))
        signals.used.add(i)
    elif m := REPORT_OF.match(text):
        signals.kinds.append((i, "report"))
        if signals.report_of is None:
            signals.report_of = (title_case(m.group("author").strip(" .:")), line.start + m.start("author"), i)
        signals.used.add(i)
    elif rules.decision_notice.match(text):
        signals.kinds.append((i, "decision_notice"))
        signals.used.add(i)
    elif rules.agenda_line.match(unspaced(text)):
        signals.kinds.append((i, "agenda"))
        signals.used.add(i)
    elif rules.minutes_line.match(text):
        signals.kinds.append((i, "minutes"))
        if (dated := date_line(following)) is not None:
            signals.meeting_dates.append((1, i + 1, dated[1]))
        signals.used.add(i)
    elif i < BODY_LINES and MINUTES_OPENING.match(text):
        read_minutes_line(i, line, top, signals, rules)
    elif m := MEETING_HELD.match(text):
        signals.kinds.append((i, "minutes"))
        signals.committees.append((0, i, clean_body(m.group("body"))))
        if meeting := first_date(m.group("rest") + " " + following):
            signals.meeting_dates.append((0, i, meeting))
        signals.used.add(i)
    elif i < BODY_LINES and (m := BODY_MEETING_HELD.match(text)) and not signals.content_started:
        signals.committees.append((1, i, clean_body(m.group("body"))))
        signals.used.add(i)
    elif AGENDA_ITEM_PAGE.match(text):
        signals.agenda_item_page = signals.agenda_item_page or i == 0
        signals.used.add(i)
    elif read_label(i, line, top, signals, rules):
        signals.used.add(i)
    elif (dated := date_line(text)) is not None:
        label, value = dated
        if label and label.split()[0].lower().rstrip(":") in rules.publication_words:
            signals.publication_dates.append(value)
        else:
            signals.bare_dates.append((i, value))
        signals.used.add(i)
    elif i < BODY_LINES and not signals.content_started and "   " not in text and (
            m := rules.body_line.match(english_part(text, rules))):
        signals.bodies[i] = clean_body(m.group("body"))
        signals.used.add(i)
    elif m := MEETING_OF.match(text):
        signals.committees.append((1, i, clean_body(m.group("body"))))
        signals.used.add(i)
    elif m := TO_MEMBERS_OF.match(text):
        signals.committees.append((1, i, clean_body(m.group("body"))))
        signals.weak_kinds.append((i, "agenda"))
        signals.used.add(i)
    elif m := MEETING_TO_BE_HELD.search(text):
        signals.committees.append((1, i, clean_body(m.group("body"))))
        signals.weak_kinds.append((i, "agenda"))
        if meeting := first_date(m.group("rest") + " " + following):
            signals.meeting_dates.append((0, i, meeting))


def read_decisions_at(i: int, m: re.Match[str], top: list[Line], signals: Signals,
                      rules: HeaderRules) -> None:
    """A decision form's "Decision determined at X meeting on DATE" or a forward plan's "decisions to be
    taken at X": the body, when its name ends in a body's word, and the date."""
    body = m.group("body").strip()
    if not rules.body_line.match(body) or DATE_RE.search(body):
        return
    signals.committees.append((0, i, clean_body(body)))
    if m.group("rest") and (meeting := first_date(m.group("rest"))):
        signals.meeting_dates.append((0, i, meeting))
    signals.used.update(range(i, min(i + 4, len(top))))


def read_minutes_line(i: int, line: Line, top: list[Line], signals: Signals, rules: HeaderRules) -> None:
    """A "Minutes of …" line: the paper is minutes; the body named (else the body line above it), its name
    carried onto the next line when cut short ("Minutes of the Transport and" / "Policy Committee"), and
    the date, on the line or under it ("Minutes for General Meeting 12th of January 2026")."""
    signals.kinds.append((i, "minutes"))
    signals.used.add(i)
    following = top[i + 1] if i + 1 < len(top) else None
    after = following.text if following is not None else ""
    m = MINUTES_LINE.match(line.text) or MINUTES_OF.search(line.text + " " + after)
    if m is None:
        return
    body = m.group("body") or ""
    rest = m.group("rest") or ""
    if dated := DATE_RE.search(body):
        body, rest = body[:dated.start()], body[dated.start():] + " " + rest
    body = re.sub(rf"^(?:{MEETING_ADJECTIVES}\s+)*(?:meeting\b)?\s*", "", body.strip(), flags=re.IGNORECASE)
    if (body and not rest.strip() and following is not None and not following.gap_before
            and not rules.body_line.match(body) and rules.body_line.match(following.text)
            and not DATE_RE.search(following.text)):
        body = f"{body} {following.text}"
        signals.used.add(i + 1)
    elif not rest.strip():
        rest = after
    body = clean_body(body) if body and not ABOVE_BODY.match(body) else ""
    if body and body.lower() not in ("meeting", "the meeting"):
        signals.committees.append((0, i, body))
    if meeting := first_date(rest):
        signals.meeting_dates.append((0, i, meeting))


def read_label(i: int, line: Line, top: list[Line], signals: Signals, rules: HeaderRules) -> bool:
    """Note a "Label: value" line the header knows; False for any other line."""
    m = LABEL_LINE.match(line.text) or LOOSE_LABEL.match(line.text)
    if m is None:
        return read_label_alone(i, line, top, signals, rules)
    label = " ".join(m.group("label").lower().split())
    kind = rules.labels.get(label)
    if kind is None:
        return False
    value = m.group("value").strip()
    if value.endswith(":") and read_label_alone(i, line, top, signals, rules):
        return True  # a row of labels, the values under it
    dated = first_date(value)
    if label == "to" and (TO_MEMBERS_OF.match(line.text) or not rules.body_line.match(
            clean_body(DATE_RE.split(value)[0]))):
        return False  # "To: Members of the X" is a summons; "To: Jane Smith" a letter
    addressed = label in ("report to", "report for", "to")  # "Report to: Cabinet" names the meeting
    if addressed:
        signals.kinds.append((i, "report"))
    if kind == "meeting" or addressed:
        signals.meeting_named = signals.meeting_named or kind == "meeting"
        body = clean_body(meeting_body(value))
        if body:
            signals.committees.append((0, i, body))
        if dated:
            signals.meeting_dates.append((0, i, dated))
    elif kind == "report":
        signals.weak_kinds.append((i, "report"))
        if label in ("report title", "title of report"):
            title = wrapped_value(i, line, value, top, signals)
            signals.titles.append((i, clean_title(title), Line(value, line.start + line.text.index(value))))
    elif kind == "decision_maker":
        signals.kinds.append((i, "decision_notice"))
        signals.committees.append((0, i, clean_body(post_alone(value, rules))))
        note_holder(value, line.start + line.text.index(value), signals, rules)
    elif kind == "meeting_date":
        if dated:
            signals.meeting_dates.append((0, i, dated))
    elif kind == "publication":
        if dated:
            signals.publication_dates.append(dated)
    elif kind == "title":
        title = wrapped_value(i, line, value, top, signals)
        signals.titles.append((i, clean_title(title), Line(value, line.start + line.text.index(value))))
    return True


def meeting_body(value: str) -> str:
    """The body in a meeting label's value, before its date ("Cabinet - Tuesday, 12 March 2024 10.00 am") or
    after it ("13/11/2023 - Staff Governance Committee (Item 3)")."""
    value = re.sub(r"\s*\(item\s+[\w.]+\)\s*$", "", value, flags=re.IGNORECASE)
    before, *after = DATE_RE.split(value, maxsplit=1)
    if not before.strip(" \t,.;:–—-") and after:
        return re.sub(r"^[^A-Za-z]*", "", after[0])
    return before


def label_kind(cell: str, rules: HeaderRules) -> Optional[str]:
    """The kind of a label cell, from either half of a pair ("Subject Matter / Title of Decision")."""
    halves = (" ".join(half.lower().split()) for half in cell.split(" / "))
    return next((rules.labels[half] for half in halves if half in rules.labels), None)


def read_label_alone(i: int, line: Line, top: list[Line], signals: Signals, rules: HeaderRules) -> bool:
    """A label on a line of its own, its value on the lines under it: a decision form's "Subject Matter /
    Title of Decision" over the title, "DECISION TO BE TAKEN BY:<tab>DECISION NUMBER:" over the number and
    the decision maker; False for any other line."""
    cells = [c.strip().rstrip(":").strip() for c in re.split(r"\t|\s{3,}", line.text) if c.strip()]
    kinds = [label_kind(cell, rules) for cell in cells]
    if not cells or None in kinds or len(line.text) > 80 or i + 1 >= len(top):
        return False
    values = [j for j in range(i + 1, min(i + 4, len(top))) if not re.fullmatch(r"[\d/ .-]+", top[j].text)]
    if not values or LABEL_LINE.match(top[values[0]].text) and not rules.person.match(top[values[0]].text):
        return False
    j = values[0]
    value = value_under(j, top) if not top[j].gap_before or j == i + 1 or "decision_maker" in kinds else ""
    if not value or "title" in kinds and top[j].gap_before and j > i + 1:
        return False
    if "meeting_date" in kinds and (dated := first_date(value)):
        signals.meeting_dates.append((0, i, dated))
    elif "decision_maker" in kinds:
        signals.kinds.append((i, "decision_notice"))
        signals.committees.append((0, i, clean_body(post_alone(value, rules))))
        note_holder(top[j].text, top[j].start, signals, rules)
    elif "title" in kinds:
        signals.titles.append((i, clean_title(top[j].text), top[j]))
    else:
        return False
    signals.used.update(range(i, j + 1))
    return True


def value_under(j: int, top: list[Line], size: int = 3) -> str:
    """A label's value on the lines from j: those of its paragraph, up to the next label."""
    parts = [top[j].text]
    for line in top[j + 1:j + size]:
        if line.gap_before or LABEL_LINE.match(line.text) or line.text.endswith(":"):
            break
        parts.append(line.text)
    return " ".join(parts)


def post_alone(value: str, rules: HeaderRules) -> str:
    """A decision maker's post without its holder's name or a note in brackets: "Cabinet Member for Adult
    Social Care, Councillor Zoe Brown", "Mrs Ann Lee, Cabinet Member for X" and "Councillor Zoe Brown
    (Cabinet Member for X)" give the post; a value naming no known post is kept, less a bracketed note."""
    def is_post(part: str) -> bool:
        part = re.sub(r"^the\s+", "", part.strip(), flags=re.IGNORECASE)
        return any(part.startswith(post) or f" and {post}" in part for post in rules.posts)

    bracket = re.search(r"\s*\((?P<inner>[^()]*)\)\s*$", value)
    if bracket and is_post(bracket.group("inner")) and not is_post(value[:bracket.start()]):
        return bracket.group("inner").strip()
    if bracket:
        value = value[:bracket.start()]
    parts = [p.strip() for p in re.split(r",|\s+[–—-]\s+", value) if p.strip()]
    first = next((k for k, part in enumerate(parts) if is_post(part)), None)
    if first is None:
        return value.strip()
    kept = [parts[first]]
    for part in parts[first + 1:]:
        if rules.person.match(part):
            break
        kept.append(part)
    return ", ".join(kept)


HOLDER_PART = re.compile(r"[^,()–—]+")


def note_holder(value: str, offset: int, signals: Signals, rules: HeaderRules) -> None:
    """The councillor named beside a decision maker's post ("Cabinet Member for X, Councillor Zoe Brown",
    "Mrs Ann Lee, Cabinet Member for X"): the offsets of the name, without its title, in the text."""
    if signals.holder is not None or post_alone(value, rules) == value.strip():
        return
    for part in HOLDER_PART.finditer(value):
        words = part.group().strip()
        title = rules.person.match(words)
        if title and len(words[title.end():].split()) <= 4:
            start = offset + part.start() + part.group().index(words) + title.end()
            signals.holder = (start, start + len(words) - title.end())
            return


def wrapped_value(i: int, line: Line, value: str, top: list[Line], signals: Signals) -> str:
    """A label's value with the lines that carry on under it in a cover-sheet table (same column)."""
    column = line.column + line.text.index(value)
    for j in range(i + 1, min(i + 4, len(top))):
        nxt = top[j]
        if abs(nxt.column - column) > 1 or LABEL_LINE.match(nxt.text) and nxt.column < column:
            break
        value = f"{value} {nxt.text}"
        signals.used.add(j)
    return value


def kind_of(signals: Signals, top: list[Line], text: str) -> str:
    """The paper's kind: the earliest line that names it, then weaker hints, then minutes-like narrative."""
    if signals.kinds:
        return min(signals.kinds, key=lambda k: (k[0], KIND_PRIORITY[k[1]]))[1]
    if signals.agenda_item_page and len(top) > 1:
        return "minutes" if MINUTE_NARRATIVE.search(text) else "agenda"
    if signals.weak_kinds:
        return min(signals.weak_kinds)[1]
    if (signals.committees or signals.bodies) and MINUTE_NARRATIVE.search(text) or signals.attendance:
        return "minutes"
    return "other"


def committee_of(signals: Signals, doc_type: str, rules: HeaderRules) -> Optional[str]:
    """The body whose meeting the paper is for: named by the header's words, else the first line that
    is only a committee's name (under its council's), else the council; a short name stands for a
    fuller one above it ("Meeting: Authority")."""
    bodies = [signals.bodies[i] for i in sorted(signals.bodies)]
    if signals.committees:
        rank, line, name = min(signals.committees)
        above = [signals.bodies[j] for j in sorted(signals.bodies) if j < line] or bodies
        if WHOLE_COUNCIL.match(name):
            councils = [b for b in above if COUNCIL_NAME.search(b)]
            return councils[-1] if councils else name
        if name.lower() in rules.generic_bodies:
            fuller = [b for b in above if b.lower().endswith(" " + name.lower())]
            return fuller[-1] if fuller else name
        return name
    if not bodies or doc_type not in MEETING_KINDS:
        return None
    committees = [b for b in bodies if not COUNCIL_NAME.search(b)]
    return (committees or bodies)[0] if committees else bodies[-1]


def title_of(signals: Signals, top: list[Line], doc_type: str) -> Optional[tuple[str, Line]]:
    """The paper's title: a labelled title; in a report, the first heading after "Report of" or the first
    line in capitals; on an agenda-item page, the line after it; in other papers, a heading over its date;
    in a decision notice naming no subject, its form's name ("Decision Recording Form")."""
    if signals.titles and (doc_type != "other" or signals.forward_plan):
        _, title, where = signals.titles[0]
        return title, where
    if signals.agenda_item_page and doc_type in ("minutes", "agenda") and len(top) > 1:
        if 1 not in signals.used and 1 not in signals.bodies:  # not "COUNCIL" or a date under "Agenda Item 3"
            return clean_title(top[1].text), top[1]
        return None
    if doc_type == "report":
        author = signals.report_of[2] if signals.report_of else None
        candidates = range(author + 1, min(author + 4, len(top))) if author is not None else range(len(top))
        for i in candidates:
            line = top[i]
            if i not in signals.used and (is_title_line(line) or (author is not None and is_heading(line))):
                return clean_title(line.text), line
        if author is not None:
            for i, line in enumerate(top):
                if i not in signals.used and is_title_line(line):
                    return clean_title(line.text), line
        return None
    if doc_type == "other":
        for i, line in enumerate(top[:6]):
            dated = i + 1 < len(top) and (i + 1) in signals.used and date_line(top[i + 1].text) is not None
            labelled = i + 1 < len(top) and re.match(r"^(?:published|posted|date)\b", top[i + 1].text, re.I)
            if i not in signals.used and is_heading(line) and (dated or labelled):
                return clean_title(line.text), line
    if doc_type == "decision_notice":  # a notice that names no subject is titled by its form
        for i, kind in sorted(signals.kinds):
            if kind == "decision_notice" and i < len(top) and is_heading(top[i]) and len(top[i].text.split()) <= 6:
                return clean_title(top[i].text), top[i]
    return None


def is_heading(line: Line) -> bool:
    """A short line in ordinary case that reads as a heading, not a sentence or a label."""
    words = line.text.split()
    return (1 <= len(words) <= 16 and not NOT_TITLE.match(line.text)
            and not line.text.endswith((".", ":", ";", ",")) and any(w[:1].isalpha() for w in words))


SIGNED_UNDER = re.compile(rf"(?P<date>{FULL_DATE})[ \t.…_]*(?:\n[ \t.…_]+)?\n[ \t]*signed\b"
                          r"[^\n]{0,120}\bdate\b", re.IGNORECASE)
"""A decision's signature block: the date written over its "signed … date" labels."""
SIGNED_BESIDE = re.compile(rf"\bsigned\b[^\n]{{0,160}}\n?[^\n]{{0,80}}?\bdated?\s*:?[ \t.…_]*"
                           rf"(?P<date>{FULL_DATE})",
                           re.IGNORECASE)
"""...or after them: "Signed: ……… Date: 17 January 2025"."""
SIGNATURE_CHARS = 2000
"""How far from the end of a decision notice its signature block is looked for."""


def signed_date(text: str) -> Optional[str]:
    """The date a decision notice was signed, from the signature block at its end (its header has none)."""
    tail = typed_digits(text[-SIGNATURE_CHARS:])
    for pattern in (SIGNED_UNDER, SIGNED_BESIDE):
        if (m := pattern.search(tail)) and (value := first_date(m.group("date"))):
            return value
    return None


FILE_NAME_DATE = re.compile(r"(?<!\d)((?:19|20)\d\d)([-_.]?)(\d\d)\2(\d\d)(?!\d)")
"""A date in a file name, year first ("minutes_2021-01-26.pdf", "20241028.txt"): the only order that
cannot be misread."""


def date_in_name(source: str) -> Optional[str]:
    """ISO value of the year-first date in a file's name, if it has one that is a real date."""
    name = re.split(r"[\\/]", source)[-1]
    for match in FILE_NAME_DATE.finditer(name):
        try:
            return date(int(match.group(1)), int(match.group(3)), int(match.group(4))).isoformat()
        except ValueError:
            continue
    return None


def anchor_date(header: Header) -> tuple[Optional[date], Optional[str]]:
    """The date partial dates are resolved against: the meeting date, else the publication date."""
    if header.meeting_date:
        return date.fromisoformat(header.meeting_date), "meeting"
    if header.publication_date:
        return date.fromisoformat(header.publication_date), "publication"
    return None, None
