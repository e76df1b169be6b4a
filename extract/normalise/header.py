"""Read the header block of a paper: what kind of paper it is, whose meeting, when, and its title.

Works on plain text so it can be tested without a pipeline. It looks only at the first lines,
where councils put the header: "SCRUTINY COMMISSION – 3 FEBRUARY 2010", "Minutes of a meeting of
the Cabinet held at County Hall on Tuesday, 9 March 2010", "Report to: Cabinet", "Decision Maker:".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Optional

from .dates import parse_date
from .names import title_case

HEADER_LINES = 40
"""How many non-blank lines at the top of a paper can hold its header."""

MONTHS = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
WEEKDAY = r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)"
DAY_MONTH_YEAR = (
    rf"{WEEKDAY}?(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)?(?:\s+of)?\s+{MONTHS}\.?,?\s+\d{{4}}"
    rf"|{WEEKDAY}?{MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    r"|\d{1,2}[./]\d{1,2}[./](?:\d{4}|\d{2})"
)
DATE_RE = re.compile(DAY_MONTH_YEAR, re.IGNORECASE)

BODY_DATE_LINE = re.compile(
    rf"^(?P<body>[A-Z][A-Za-z&',()/ -]{{2,80}}?)\s*[–—-]+\s*(?P<date>{DAY_MONTH_YEAR})\s*$", re.IGNORECASE
)
MINUTES_OF = re.compile(
    r"\bminutes?\s+of\s+(?:the\s+|an?\s+)?(?:(?:special|extraordinary|ordinary|annual|additional|"
    r"reconvened|remote|virtual|hybrid|public)\s+)*(?:meeting\s+of\s+(?:the\s+)?)?"
    r"(?P<body>[A-Za-z&',() -]{3,120}?)(?:\s+meeting)?\s*,?\s+(?:held|which\s+took\s+place)\b(?P<rest>.{0,200})",
    re.IGNORECASE | re.DOTALL,
)
BODY_WORDS = (r"(?:council|committee|sub-committee|board|cabinet|panel|commission|authority|executive|forum|"
              r"partnership|assembly|corporation)")
BODY_LINE = re.compile(rf"^(?P<body>(?:[A-Za-z&',.()-]+\s+){{0,8}}{BODY_WORDS})\s*$", re.IGNORECASE)
"""A line that is only a body's name: "HEALTH AND WELLBEING BOARD", "Cheshire East Council"."""
COUNCIL_NAME = re.compile(r"\b(?:county|district|borough|city|town|parish|community|metropolitan|unitary)\s+council\b|"
                          r"^(?:london\s+borough|royal\s+borough|city|county\s+borough)\s+of\b|^cyngor\b|council$",
                          re.IGNORECASE)
WHOLE_COUNCIL = re.compile(r"^(?:full|annual|ordinary|extraordinary|special|the)?\s*(?:council|town\s+council|parish\s+council)$",
                           re.IGNORECASE)
MINUTES_LINE = re.compile(
    r"^(?:the\s+)?(?:confirmed\s+|draft\s+|unconfirmed\s+)?minutes?\s+of\s+(?:the\s+|an?\s+)?(?:(?:special|extraordinary|"
    r"ordinary|annual|additional|reconvened|remote|virtual|hybrid|public)\s+)*(?:meeting\s+of\s+(?:the\s+)?)?"
    r"(?P<body>.*?)(?:\s+meeting)?(?:\s*,?\s+(?:held|which\s+took\s+place|on)\b(?P<rest>.*))?$",
    re.IGNORECASE,
)
"""The opening line of minutes, with or without the place and date on it."""
MEETING_OF = re.compile(
    r"^(?:(?:notice|agenda)\s+(?:of|for)\s+(?:the\s+|a\s+)?)?meeting\s+of\s+(?:the\s+)?(?P<body>.{3,100}?)\s*$",
    re.IGNORECASE,
)
LABELLED = re.compile(
    r"^(?:(?P<loose>report\s+to|report\s+for|posted\s+on|published)\s*[:–-]?\s+|"
    r"(?P<label>meeting|committee|decision\s+maker|decision\s+taken\s+by|"
    r"date\s+of\s+(?:the\s+)?meeting|meeting\s+date|date\s+of\s+decision|decision\s+date|date|"
    r"title|subject|report\s+title|decision\s+title|title\s+of\s+(?:the\s+)?report|"
    r"date\s+published|publication\s+date|issued|date\s+of\s+issue)\s*[:–-]\s*)(?P<value>\S.*)$",
    re.IGNORECASE,
)
"""A "Label: value" header line; only "Report to", "Posted on" and the like may leave out the colon."""
REPORT_OF = re.compile(r"^(?:joint\s+)?report\s+(?:of|by)\s+(?:the\s+)?(?P<author>.{3,120})$", re.IGNORECASE)
DECISION_NOTICE = re.compile(
    r"^(?:(?:executive|officer|cabinet(?:\s+member)?|delegated|key)\s+)*(?:decision\s+notice|"
    r"record\s+of\s+(?:an?\s+)?(?:(?:executive|officer|delegated|key|individual\s+cabinet\s+member)\s+)*decision|"
    r"notice\s+of\s+(?:executive\s+|key\s+)?decision|decision\s+record)s?\b",
    re.IGNORECASE,
)
DATED_LINE = re.compile(rf"^(?P<label>[A-Za-z ]{{0,30}}?)\s*[:,–-]?\s*(?P<date>{DAY_MONTH_YEAR})\s*$", re.IGNORECASE)
"""A line that is a date, perhaps after a short label ("Headlines: December 9th, 2009")."""
AGENDA_LINE = re.compile(r"^(?:agenda|notice\s+of\s+meeting|summons(?:\s+and\s+agenda)?)\s*$", re.IGNORECASE)
AGENDA_ITEM_PAGE = re.compile(r"^agenda\s+item\s*$", re.IGNORECASE)
MINUTE_NARRATIVE = re.compile(
    r"\bRESOLVED\b|\bresolved\s+(?:that|to)\b|filed\s+with\s+these\s+minutes|\bthe\s+(?:committee|"
    r"cabinet|board|commission|panel|council|sub-committee)\s+(?:considered|received|noted|agreed)\b",
    re.IGNORECASE,
)
NOT_TITLE = re.compile(
    r"^(?:part\s+[a-z]|agenda\s+item|item\s+\d|appendix|annex|public|exempt|not\s+for\s+publication|"
    r"open|restricted|confidential|introduction|purpose|background|summary|\d)",
    re.IGNORECASE,
)
PUBLICATION_LABELS = ("published", "date published", "publication date", "posted on", "issued", "date of issue")
MEETING_DATE_LABELS = ("date of meeting", "date of the meeting", "meeting date", "date", "date of decision",
                       "decision date")


@dataclass(frozen=True)
class Line:
    """A line of the header with its offsets in the text."""

    text: str
    start: int

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


def header_lines(text: str, limit: int = HEADER_LINES) -> list[Line]:
    """The first non-blank lines of the text, stripped, with their offsets."""
    lines: list[Line] = []
    offset = 0
    for raw in text.splitlines(keepends=True):
        stripped = raw.strip()
        if stripped:
            lead = len(raw) - len(raw.lstrip())
            lines.append(Line(stripped, offset + lead))
            if len(lines) >= limit:
                break
        offset += len(raw)
    return lines


def first_date(text: str) -> Optional[str]:
    """ISO value of the first full date (day, month and year) in a short piece of text."""
    match = DATE_RE.search(text)
    if not match:
        return None
    found = parse_date(match.group(0))
    return found.value if found and found.precision == "day" else None


def clean_body(name: str) -> str:
    """A body's name as a record should carry it: no leading "the", trailing punctuation, bracketed
    acronym ("Safer Stockport Partnership (SSP)") or capitals."""
    name = re.sub(r"^\s*the\s+", "", name.strip(" \t,.;:–-"), flags=re.IGNORECASE)
    name = re.sub(r"\s*\([A-Za-z&]{2,10}\)$", "", name)
    return title_case(name)


def clean_title(text: str) -> str:
    """A title without a trailing full stop, title-cased if written in capitals."""
    return title_case(text.strip().rstrip(".").strip())


def is_title_line(line: Line) -> bool:
    """A line that could be a paper's title: short, in capitals or a heading, not a boilerplate label."""
    words = line.text.split()
    return (
        1 <= len(words) <= 20
        and not NOT_TITLE.match(line.text)
        and not line.text.endswith((":", ";", ","))
        and line.text.upper() == line.text
        and any(ch.isalpha() for ch in line.text)
    )


def parse_header(text: str, *, lines: int = HEADER_LINES) -> Header:
    """Read doc_type, committee, meeting date, publication date and title from the top of a paper."""
    top = header_lines(text, lines)
    found: dict[str, object] = {}
    used: set[int] = set()
    bodies: dict[int, str] = {}  # header lines that are only a body's name

    for i, line in enumerate(top):
        if m := BODY_DATE_LINE.match(line.text):
            found.setdefault("committee", clean_body(m.group("body")))
            if meeting := first_date(m.group("date")):
                found.setdefault("meeting_date", meeting)
            used.add(i)
        elif m := REPORT_OF.match(line.text):
            found.setdefault("doc_type", "report")
            found.setdefault("report_of", (title_case(m.group("author").strip(" .:")), line.start + m.start("author")))
            used.add(i)
        elif DECISION_NOTICE.match(line.text):
            found.setdefault("doc_type", "decision_notice")
            used.add(i)
        elif AGENDA_LINE.match(line.text):
            found.setdefault("agenda_line", True)
            used.add(i)
        elif m := LABELLED.match(line.text):
            read_label((m.group("loose") or m.group("label")).lower(), m.group("value"), line, found)
            used.add(i)
        elif i < 5 and (m := DATED_LINE.match(line.text)):
            if (dated := first_date(m.group("date"))) and i > 0 and (i - 1) in bodies and not m.group("label"):
                found.setdefault("meeting_date", dated)  # a body's name, then the date of its meeting
            elif dated:
                found.setdefault("publication_date", dated)
            used.add(i)
        elif i < 8 and (m := BODY_LINE.match(line.text)) and not MINUTES_LINE.match(line.text):
            bodies[i] = clean_body(m.group("body"))
            used.add(i)
        elif m := MEETING_OF.match(line.text):
            found.setdefault("committee", clean_body(m.group("body")))
            used.add(i)

    joined = " ".join(line.text for line in top[:12])
    read_minutes_line(top, bodies, found)
    if "doc_type" not in found and (m := MINUTES_OF.search(joined)):
        found["doc_type"] = "minutes"
        found.setdefault("committee", clean_body(m.group("body")))
        if meeting := first_date(m.group("rest")):
            found.setdefault("meeting_date", meeting)
    if bodies and "committee" not in found and found.get("doc_type") in ("minutes", "report", "agenda"):
        found["committee"] = bodies[max(bodies)]

    if top and AGENDA_ITEM_PAGE.match(top[0].text) and len(top) > 1:
        # A ModernGov agenda-item page: the next line is the item's title.
        found.setdefault("title", (clean_title(top[1].text), top[1]))
        found.setdefault("doc_type", "minutes" if MINUTE_NARRATIVE.search(text) else "agenda")
    if found.get("agenda_line"):
        found.setdefault("doc_type", "minutes" if MINUTES_OF.search(joined) else "agenda")

    if "doc_type" not in found and "committee" in found and MINUTE_NARRATIVE.search(text):
        found["doc_type"] = "minutes"
    doc_type = str(found.get("doc_type", "other"))
    if doc_type == "report" and "title" not in found:
        for i, line in enumerate(top):
            if i not in used and is_title_line(line):
                found["title"] = (clean_title(line.text), line)
                break
    if doc_type == "report" and "title" not in found and (after := title_after_author(top, used)) is not None:
        found["title"] = (clean_title(after.text), after)
    return build_header(doc_type, found)


def read_minutes_line(top: list[Line], bodies: dict[int, str], found: dict[str, object]) -> None:
    """The first "Minutes of …" line: the body (or the body line above it) and the meeting date."""
    for i, line in enumerate(top[:12]):
        m = MINUTES_LINE.match(line.text)
        if not m or not re.match(r"^(?:the\s+)?(?:confirmed\s+|draft\s+|unconfirmed\s+)?minutes?\b", line.text, re.I):
            continue
        found["doc_type"] = "minutes"
        body = clean_body(m.group("body") or "")
        above = [bodies[j] for j in sorted(bodies) if j < i]
        if not body or body.lower() in ("meeting", "the meeting") or DATE_RE.search(body):
            body = above[-1] if above else ""
        elif WHOLE_COUNCIL.match(body):
            councils = [b for b in above if COUNCIL_NAME.search(b)]
            body = councils[-1] if councils else body
        if body:
            found.setdefault("committee", body)
        rest = (m.group("rest") or "") + " " + (top[i + 1].text if i + 1 < len(top) else "")
        if meeting := first_date(rest):
            found.setdefault("meeting_date", meeting)
        return


def title_after_author(top: list[Line], used: set[int]) -> Optional[Line]:
    """A report's title written in ordinary case: the first heading-like line after "Report of …"."""
    author = next((i for i, line in enumerate(top) if REPORT_OF.match(line.text)), None)
    if author is None:
        return None
    for i in range(author + 1, min(author + 4, len(top))):
        line = top[i]
        words = line.text.split()
        if i not in used and 1 <= len(words) <= 16 and not NOT_TITLE.match(line.text) \
                and not line.text.endswith((".", ":", ";", ",")):
            return line
    return None


def read_label(label: str, value: str, line: Line, found: dict[str, object]) -> None:
    """Fill found from a "Label: value" header line."""
    label = re.sub(r"\s+", " ", label)
    if label in ("report to", "report for", "meeting", "committee"):
        found.setdefault("committee", clean_body(DATE_RE.split(value)[0]))
        if meeting := first_date(value):
            found.setdefault("meeting_date", meeting)
        if label in ("report to", "report for"):
            found.setdefault("doc_type", "report")
    elif label in ("decision maker", "decision taken by"):
        found.setdefault("doc_type", "decision_notice")
        found.setdefault("committee", clean_body(re.sub(r"\s*\([^)]*\)\s*$", "", value)))
    elif label in MEETING_DATE_LABELS:
        if meeting := first_date(value):
            found.setdefault("meeting_date", meeting)
    elif label in PUBLICATION_LABELS:
        if published := first_date(value):
            found.setdefault("publication_date", published)
    else:
        start = line.start + line.text.index(value)
        found.setdefault("title", (clean_title(value), Line(value, start)))


def build_header(doc_type: str, found: dict[str, object]) -> Header:
    """Assemble the Header; a paper of no known kind gets no committee or title from layout guesses."""
    title = found.get("title")
    report_of = found.get("report_of")
    header = Header(
        doc_type=doc_type,
        committee=found.get("committee") if doc_type != "other" else None,  # type: ignore[arg-type]
        meeting_date=found.get("meeting_date") if doc_type != "other" else None,  # type: ignore[arg-type]
        publication_date=found.get("publication_date"),  # type: ignore[arg-type]
        report_of=report_of[0] if isinstance(report_of, tuple) else None,
        report_of_start=report_of[1] if isinstance(report_of, tuple) else None,
    )
    if isinstance(title, tuple) and doc_type != "other":
        text, line = title
        header = Header(**{**header.__dict__, "title": text, "title_start": line.start, "title_end": line.end})
    return header


def anchor_date(header: Header) -> tuple[Optional[date], Optional[str]]:
    """The date partial dates are resolved against: the meeting date, else the publication date."""
    if header.meeting_date:
        return date.fromisoformat(header.meeting_date), "meeting"
    if header.publication_date:
        return date.fromisoformat(header.publication_date), "publication"
    return None, None
